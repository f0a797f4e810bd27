"""Minutes: attendance layouts, numbering schemes, heading forms, decision phrasings, votes and false friends.

Each function returns HTML with the anchors of the gold records it prints; the gold goes to `ctx.ledger`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import banks
from .context import Ctx, Meeting
from .doc import esc
from .people import Person

TICK = "\u2713"


# ---------------------------------------------------------------------------------------------------- attendance
@dataclass
class Attendance:
    present: list[Person]
    apologies: list[Person]
    absent: list[Person]
    officers: list[tuple[Person, str]]
    visitors: list[tuple[Person, str]]   # councillors of another council sitting with the public
    public: int


def draw_attendance(ctx: Ctx, m: Meeting) -> Attendance:
    members = list(m.members)
    rest = members[1:]
    n_apol = ctx.rng.randint(1, min(3, len(rest) - 3))
    apologies = ctx.rng.sample(rest, n_apol)
    absent = [p for p in rest if p not in apologies][:1] if ctx.chance(0.3) else []
    present = [p for p in members if p not in apologies and p not in absent]
    visitors = []
    if ctx.chance(0.6):
        visitors.append((ctx.cast.one(), ctx.rng.choice(["District Councillor", "County Councillor"])))
    return Attendance(present, apologies, absent, list(ctx.officers), visitors, ctx.rng.randint(0, 9))


def _role(m: Meeting, p: Person) -> str | None:
    return m.roles.get(p.full)


def _names_run(ctx: Ctx, m: Meeting, people: list[Person], status: str, form: str, roles=True) -> str:
    parts = []
    for p in people:
        shown, gold = ctx.name_html(p, form)
        role = _role(m, p) if roles else None
        anchor = ctx.ledger.person(m.iso, gold, status, role if status == "present" else None)
        parts.append(f"{anchor}{shown}" + (f" ({esc(role)})" if role and status == "present" else ""))
    if len(parts) > 1 and ctx.chance(0.5):
        return ", ".join(parts[:-1]) + " and " + parts[-1]
    return ", ".join(parts)


def _officer(ctx: Ctx, m: Meeting, p: Person, role: str, style: str) -> str:
    """An officer line: 'Jo Hart – Town Clerk', 'Clerk (Ms J Wells)', 'Monitoring Officer – J Smith'."""
    if style == "role_bracket":
        shown, gold = esc(p.printed("hon_initial")), p.name("hon_initial")
        text = f"{esc(role)} ({shown})"
    elif style == "role_dash":
        shown, gold = esc(p.printed("initial")), p.name("initial")
        text = f"{esc(role)} \u2013 {shown}"
    else:
        shown, gold = esc(p.full), p.full
        dash = ctx.rng.choice([" \u2013 ", " - ", ", "])
        text = f"{shown}{dash}{esc(role)}"
    return ctx.ledger.person(m.iso, gold, "in_attendance", role) + text


def _visitor(ctx: Ctx, m: Meeting, p: Person, role: str) -> str:
    shown, gold = esc(p.printed("cllr_initial")), p.name("cllr_initial")
    return ctx.ledger.person(m.iso, gold, "in_attendance", role) + f"{shown} ({esc(role)})"


def attendance_html(ctx: Ctx, m: Meeting, a: Attendance, layout: str, apologies_here: bool = True) -> str:
    officer_style = ctx.pick("officer_style", ["name_dash", "role_bracket", "role_dash"])
    form = ctx.name_form
    out = []
    if layout == "inline":
        lead = ctx.rng.choice(["Present:", "PRESENT:", "Members present:"])
        out.append(f"<p class='att'><b>{lead}</b> " + ("Councillors " if not form.startswith("cllr") and
                                                       form != "full" else "")
                   + _names_run(ctx, m, a.present, "present", form) + ".</p>")
        if apologies_here and a.apologies:
            out.append("<p class='att'><b>Apologies:</b> " + _names_run(ctx, m, a.apologies, "apologies", form)
                       + ".</p>")
        if a.absent:
            out.append("<p class='att'><b>Absent:</b> " + _names_run(ctx, m, a.absent, "absent", form) + ".</p>")
        offs = [_officer(ctx, m, p, r, officer_style) for p, r in a.officers]
        offs += [_visitor(ctx, m, p, r) for p, r in a.visitors]
        tail = f"; {a.public} members of the public" if a.public else ""
        out.append("<p class='att'><b>In attendance:</b> " + ", ".join(offs) + tail + ".</p>")
    elif layout == "side_columns":
        def cell(items):
            return "<br/>".join(items) or "None"
        present = [ctx.ledger.person(m.iso, p.name(form), "present", _role(m, p)) + esc(p.printed(form))
                   + (f" ({esc(_role(m, p))})" if _role(m, p) else "") for p in a.present]
        public = [_visitor(ctx, m, p, r) for p, r in a.visitors]
        public.append(f"{a.public} residents" if a.public else "None")
        apol = ([ctx.ledger.person(m.iso, p.name(form), "apologies") + esc(p.printed(form)) for p in a.apologies]
                if apologies_here else ["See minute below"])
        out.append("<table class='cols3'><tr><th>Present:</th><th>Members of the public:</th><th>Apologies:</th>"
                   f"</tr><tr><td>{cell(present)}</td><td>{cell(public)}</td><td>{cell(apol)}</td></tr></table>")
        if a.absent:
            out.append("<p class='att'><b>Absent:</b> " + _names_run(ctx, m, a.absent, "absent", form) + "</p>")
        out.append("<p class='att'><b>In attendance:</b> "
                   + ", ".join(_officer(ctx, m, p, r, officer_style) for p, r in a.officers) + "</p>")
    elif layout == "initials_lines":
        def line(p, status, role=None):
            anchor = ctx.ledger.person(m.iso, p.full, status, role)
            return f"<div class='iline'>{anchor}{esc(p.full)} ({p.initials}){' ' + role.upper() if role else ''}</div>"
        out.append("<p class='lab'><b>Present</b></p>" + "".join(line(p, "present", _role(m, p)) for p in a.present))
        if apologies_here and a.apologies:
            out.append("<p class='lab'><b>Apologies</b></p>" + "".join(line(p, "apologies") for p in a.apologies))
        if a.absent:
            out.append("<p class='lab'><b>Absent</b></p>" + "".join(line(p, "absent") for p in a.absent))
        out.append("<p class='lab'><b>In attendance</b></p>"
                   + "".join(line(p, "in_attendance", r) for p, r in a.officers)
                   + "".join(f"<div class='iline'>{_visitor(ctx, m, p, r)}</div>" for p, r in a.visitors))
        if a.public:
            out.append(f"<p>{a.public} members of the public were present.</p>")
    elif layout == "tick_table":
        orgs = ctx.f.get("orgs") or [f"{ctx.town} Ward", "North Ward", "South Ward", "Rural Ward"]
        rows = []
        everyone = [(p, "present") for p in a.present] + [(p, "apologies") for p in a.apologies]
        everyone += [(p, "absent") for p in a.absent]
        everyone.sort(key=lambda x: m.members.index(x[0]))
        for i, (p, status) in enumerate(everyone):
            role = _role(m, p) if status == "present" else None
            shown = esc(p.printed("hon_full" if form == "full" else form))
            gold = p.name("hon_full" if form == "full" else form)
            anchor = ctx.ledger.person(m.iso, gold, status, role)
            tick_p = TICK if status == "present" else ""
            tick_a = TICK if status == "apologies" else ""
            label = f"{shown}" + (f" ({esc(role)})" if role else "")
            rows.append(f"<tr><td>{anchor}{label}</td><td>{esc(orgs[i % len(orgs)])}</td>"
                        f"<td class='c'>{tick_p}</td><td class='c'>{tick_a}</td></tr>")
        out.append("<table class='grid'><tr><th>Member</th><th>Organisation</th><th>Present</th><th>Apologies</th>"
                   "</tr>" + "".join(rows) + "</table>")
        out.append("<p class='att'><b>Officers in attendance:</b> "
                   + "; ".join(_officer(ctx, m, p, r, officer_style) for p, r in a.officers) + "</p>")
        if a.visitors:
            out.append("<p class='att'><b>Also present:</b> "
                       + ", ".join(_visitor(ctx, m, p, r) for p, r in a.visitors) + "</p>")
    elif layout == "name_columns":
        def block(label, people, status):
            lines = []
            for p in people:
                role = _role(m, p) if status == "present" else None
                anchor = ctx.ledger.person(m.iso, p.name(form), status, role)
                lines.append(f"<div>{anchor}{esc(p.printed(form))}{f' ({esc(role)})' if role else ''}</div>")
            return f"<p class='lab'><b>{label}</b></p><div class='ncols'>{''.join(lines)}</div>"
        out.append(block("Councillors present", a.present, "present"))
        if apologies_here and a.apologies:
            out.append(block("Apologies", a.apologies, "apologies"))
        if a.absent:
            out.append(block("Absent", a.absent, "absent"))
        style = ctx.rng.choice(["role_bracket", "role_dash"])
        out.append("<p class='lab'><b>Officers</b></p>" + "".join(  # one a line: roles are too long for columns
            f"<div class='iline'>{_officer(ctx, m, p, r, style)}</div>" for p, r in a.officers))
        if a.visitors or a.public:
            vis = [_visitor(ctx, m, p, r) for p, r in a.visitors]
            if a.public:
                vis.append(f"{a.public} members of the public")
            out.append("<p class='att'><b>Public gallery:</b> " + ", ".join(vis) + "</p>")
    elif layout == "role_first":
        rows = []
        for p in a.present:
            role = _role(m, p)
            anchor = ctx.ledger.person(m.iso, p.name(form), "present", role)
            rows.append(f"<tr><td>{esc(role or 'Member')}</td><td>{anchor}{esc(p.printed(form))}</td></tr>")
        out.append("<p class='lab'><b>Members present</b></p><table class='plain'>" + "".join(rows) + "</table>")
        if apologies_here and a.apologies:
            out.append("<p class='att'><b>Apologies received:</b> "
                       + _names_run(ctx, m, a.apologies, "apologies", form) + "</p>")
        if a.absent:
            out.append("<p class='att'><b>Absent:</b> " + _names_run(ctx, m, a.absent, "absent", form) + "</p>")
        style = ctx.rng.choice(["role_bracket", "role_dash"])
        out.append("<p class='lab'><b>Officers</b></p>" + "".join(
            f"<div class='iline'>{_officer(ctx, m, p, r, style)}</div>" for p, r in a.officers))
        if a.visitors or a.public:
            vis = [_visitor(ctx, m, p, r) for p, r in a.visitors]
            if a.public:
                vis.append(f"{a.public} members of the public")
            out.append("<p class='att'><b>Public gallery:</b> " + ", ".join(vis) + "</p>")
    else:
        raise ValueError(layout)
    return "".join(out)


def apologies_sentence(ctx: Ctx, m: Meeting, a: Attendance) -> str:
    form = ctx.name_form if ctx.name_form != "full" else "cllr_full"
    if not a.apologies:
        return "<p>There were no apologies.</p>"
    lead = ctx.rng.choice(["Apologies were received and accepted from ", "Apologies for absence were received from ",
                           "The Clerk reported apologies from "])
    return f"<p>{lead}" + _names_run(ctx, m, a.apologies, "apologies", form, roles=False) + ".</p>"


# ------------------------------------------------------------------------------------------------------ numbering
def numbers(ctx: Ctx, m: Meeting, count: int, scheme: str, body_code: str) -> list[tuple[str, str]]:
    """(printed, gold) minute numbers for one meeting; one may be misprinted (a repeat) where the family says."""
    yy = m.date.year % 100
    start = ctx.rng.randint(1, 180)
    out = []
    for i in range(count):
        n = start + i
        if scheme == "plain":
            out.append((f"{n}.", str(n)) if ctx.f.get("dot", True) else (str(n), str(n)))
        elif scheme == "min_slash":
            out.append((f"Min. {n}/{yy:02d}", f"{n}/{yy:02d}"))
        elif scheme == "yy_nnn":
            out.append((f"{yy:02d}/{n:03d}", f"{yy:02d}/{n:03d}"))
        elif scheme == "mm_yy_nn":
            ref = f"{m.date.month:02d}.{yy:02d}.{i + 1:02d}"
            out.append((ref, ref))
        elif scheme == "prefix":
            ref = f"{body_code} {n}/{yy:02d}"
            out.append((ref, ref))
        else:
            raise ValueError(scheme)
    if ctx.f.get("misprint") and count > 4:
        k = ctx.rng.randint(2, count - 2)
        out[k] = out[k - 1]  # the same number printed twice, as printed
    return out


def body_code(body: str) -> str:
    words = [w for w in body.split() if w[0].isupper() and w not in ("and", "Council")]
    return "".join(w[0] for w in words)[:3].upper() or "MIN"


# ------------------------------------------------------------------------------------------------------ decisions
@dataclass
class Item:
    printed: str
    number: str
    title: str
    paras: list[str] = field(default_factory=list)
    decision: list[str] = field(default_factory=list)  # HTML blocks printed as the decision
    action: str = ""
    extra: list[str] = field(default_factory=list)     # tables etc. after the decision


class Decider:
    """Writes one decision in a family's phrasing and records its gold."""

    def __init__(self, ctx: Ctx, m: Meeting, a: Attendance):
        self.ctx, self.m, self.a = ctx, m, a
        self.subject = ctx.f.get("subject") or ("the Committee" if ctx.f.get("committee") else "the Council")

    def mark(self, item: Item, outcome: str, text: str) -> str:
        return self.ctx.ledger.decision(self.m.iso, item.number, outcome, text)

    def pair(self) -> tuple[str, str]:
        """A proposer and a different seconder, as printed."""
        first, second = self.ctx.rng.sample(self.a.present, 2)
        form = "cllr_initial" if self.ctx.name_form != "cllr_full" else "cllr_full"
        return esc(first.printed(form)), esc(second.printed(form))

    def write(self, item: Item, topic: dict, style: str, talk: str | None = None) -> None:
        ctx = self.ctx
        values = ctx.values(self.m)
        inf, that = ctx.fill(topic["inf"], self.m, values), ctx.fill(topic["that"], self.m, values)
        talk = talk or ctx.fill(topic["talk"], self.m, values)
        item.paras.append(f"<p>{esc(talk)}</p>")
        S = self.subject[0].upper() + self.subject[1:]
        if style == "marker_colon":
            text = f"That {esc(that)}."
            item.decision.append(f"<p class='res'>{self.mark(item, 'resolved', text)}<b>RESOLVED:</b> {text}</p>")
        elif style == "marker_dash":
            word = ctx.rng.choice(["RESOLVED", "Resolved"])
            text = f"that {esc(that)}."
            item.decision.append(f"<p class='res'>{self.mark(item, 'resolved', text)}<b>{word}</b> \u2013 {text}</p>")
        elif style == "marker_to":
            text = f"to {esc(inf)}."
            item.decision.append(f"<p class='res'>{self.mark(item, 'resolved', text)}<b>RESOLVED</b> {text}</p>")
        elif style == "agreed":
            text = f"to {esc(inf)}."
            item.decision.append(f"<p class='res'>{self.mark(item, 'agreed', text)}<b>AGREED</b> \u2013 {text}</p>")
        elif style == "embedded_agreed":
            # told in lower-case prose after a lead-in, the decision is its whole sentence (as the shared corpus's
            # Milburn gold keeps "after discussion the Councillors resolved to ..."); "it was RESOLVED" in capitals
            # is a marker, and what follows it the decision
            lead = ctx.rng.choice(["Members discussed the options", "The matter was debated at length",
                                   "Members put questions to the Clerk"])
            text = f"{lead} and it was agreed to {esc(inf)}."
            item.paras[-1] = f"<p>{esc(talk)} {self.mark(item, 'agreed', text)}{text}</p>"
        elif style == "embedded_resolved":
            text = f"to {esc(inf)}."
            item.paras[-1] = (f"<p>{esc(talk)} Following discussion {self.mark(item, 'resolved', text)}"
                              f"it was RESOLVED {text}</p>")
        elif style == "present_tense":
            # the body's own sentence ("The Committee resolves ... to ...") is the decision's text as a whole,
            # as the real corpus gold keeps "Councillors resolved to ..."
            power = ", under section 137," if "grant" in topic["inf"] else ""
            text = f"{S} resolves{power} to {esc(inf)}."
            item.decision.append(f"<p class='res'>{self.mark(item, 'resolved', text)}{text}</p>")
        elif style == "proposer_before":
            text = f"that {esc(that)}."
            proposer, seconder = self.pair()
            chain = f"Proposed by {proposer}, seconded by {seconder} and "
            item.decision.append(f"<p class='res'>{self.mark(item, 'resolved', text)}{chain}<b>RESOLVED</b> {text}</p>")
        elif style == "proposer_after":
            tail = ctx.rng.choice(["all in favour.", "unanimous.", "agreed by all."])
            proposer, seconder = self.pair()
            text = f"to {esc(inf)}. Proposed {proposer}, seconded {seconder}, {tail}"
            item.decision.append(f"<p class='res'>{self.mark(item, 'resolved', text)}<b>RESOLVED</b> {text}</p>")
        else:
            raise ValueError(style)

    def parts(self, item: Item, topics: list[dict], talk: str, break_page: bool) -> None:
        """'Committee resolved to: i) ... ii) ...' — one record with all its parts, maybe split by a page break."""
        ctx = self.ctx
        labels = ctx.rng.choice([["i)", "ii)", "iii)"], ["(a)", "(b)", "(c)"], ["1.", "2.", "3."]])
        infs = [ctx.fill(t["inf"], self.m) for t in topics]
        lines = [f"{labels[i]} {esc(x)}{';' if i < len(infs) - 1 else '.'}" for i, x in enumerate(infs)]
        who = self.subject.replace("the ", "").capitalize() if ctx.chance(0.5) else self.subject.capitalize()
        text = f"{who} resolved to: " + " ".join(lines)  # the whole sentence, lead-in and parts
        item.paras.append(f"<p>{esc(talk)}</p>")
        anchor = self.mark(item, "resolved", text)
        if self.ctx.f.get("heading", "").startswith("table"):  # a narrow cell: the parts run on in one paragraph
            item.decision.append(f"<p class='res'>{anchor}{who} resolved to: {' '.join(lines)}</p>")
            return
        # the lead-in and first part, then (where the family says so) a page break before the later parts
        brk = " style='break-before: page'" if break_page else ""
        item.decision.append(f"<p class='res'>{anchor}{who} resolved to:</p><div class='parts'><div>{lines[0]}</div>"
                             f"</div><div class='parts'{brk}>" + "".join(f"<div>{x}</div>" for x in lines[1:])
                             + "</div>")

    def minutes_approved(self, item: Item, prev_date: str, style: str) -> None:
        text_that = f"that the minutes of the meeting held on {prev_date} be approved as a correct record"
        if style in ("embedded_agreed", "embedded_resolved", "present_tense", "agreed"):
            outcome = "agreed" if style in ("embedded_agreed", "agreed") else "resolved"
            text = f"to approve the minutes of the meeting held on {prev_date} as a true record."
            if outcome == "agreed":  # lower-case prose: the sentence (see `write`)
                text = f"The minutes had been circulated and it was agreed {text}"
                item.paras.append(f"<p>{self.mark(item, outcome, text)}{text}</p>")
            else:
                item.paras.append(f"<p>The minutes had been circulated and {self.mark(item, outcome, text)}"
                                  f"it was RESOLVED {text}</p>")
        else:
            text = text_that[0].upper() + text_that[1:] + " and signed by the Chair."
            item.decision.append(f"<p class='res'>{self.mark(item, 'resolved', text)}<b>RESOLVED:</b> {text}</p>")

    def noted(self, item: Item) -> None:
        if self.ctx.chance(0.5):
            item.decision.append(f"<p class='res'>{self.mark(item, 'noted', '')}<b>Noted.</b></p>")
        else:
            text = "That the report be noted."
            item.decision.append(f"<p class='res'>{self.mark(item, 'resolved', text)}<b>RESOLVED</b> \u2013 {text}</p>")

    def deferred(self, item: Item) -> None:
        text = "to the next meeting pending a further quotation."
        item.decision.append(f"<p class='res'>{self.mark(item, 'deferred', text)}<b>DEFERRED</b> {text}</p>")


# ----------------------------------------------------------------------------------------------------------- votes
def vote_html(ctx: Ctx, m: Meeting, a: Attendance, item: Item, style: str, motion: str) -> str:
    voters = list(a.present)
    n = len(voters)
    against = ctx.rng.randint(1, max(1, n // 3))
    abstain = ctx.rng.randint(0, 1)
    n_for = n - against - abstain
    carried = n_for > against
    result = "carried" if carried else "lost"
    if style == "counts":
        anchor = ctx.ledger.vote(m.iso, item.number, motion, n_for, against, abstain, result)
        ab = f", {abstain} abstention" + ("s" if abstain != 1 else "") if abstain else ", no abstentions"
        return f"<p>{anchor}{n_for} in favour, {against} against{ab} \u2013 {'CARRIED' if carried else 'LOST'}</p>"
    if style == "short":
        anchor = ctx.ledger.vote(m.iso, item.number, motion, n_for, against, None, None)
        return f"<p>{anchor}Vote: {n_for} for, {against} against</p>"
    if style == "named":
        ctx.rng.shuffle(voters)
        sides = {"for": voters[:n_for], "against": voters[n_for:n_for + against], "abstain": voters[n_for + against:]}
        form = "cllr_initial"
        names = {k: [p.name(form) for p in v] for k, v in sides.items()}
        anchor = ctx.ledger.vote(m.iso, item.number, motion, n_for, against, abstain, result, names=names)
        rows = max(len(v) for v in sides.values())
        body = "".join("<tr>" + "".join(f"<td>{esc(sides[k][i].printed(form)) if i < len(sides[k]) else ''}</td>"
                                        for k in ("for", "against", "abstain")) + "</tr>" for i in range(rows))
        return (f"<p>{anchor}A recorded vote was taken on the motion:</p><table class='grid vote'>"
                "<tr><th>For</th><th>Against</th><th>Abstain</th></tr>" + body
                + f"<tr><td><b>Total: {n_for}</b></td><td><b>Total: {against}</b></td><td><b>Total: {abstain}</b></td>"
                f"</tr></table><p>The motion was {'CARRIED' if carried else 'LOST'}.</p>")
    raise ValueError(style)


# ---------------------------------------------------------------------------------------------- the minute items
def false_friend_correspondence(ctx: Ctx) -> str:
    ref = f"{ctx.rng.randint(20, 25)}/{ctx.rng.randint(100, 999):05d}/TPO"
    street = ctx.rng.choice(banks.STREETS)
    return ("<table class='grid corr'><tr><th>From</th><th>Subject</th></tr>"
            f"<tr><td>{esc(ctx.town)} District Council</td><td>Decision \u2013 notice of works to trees, {ref}, "
            f"{street}: consent granted</td></tr>"
            "<tr><td>County Highways</td><td>Temporary road closure, "
            f"{esc(ctx.rng.choice(banks.STREETS))}, for resurfacing</td></tr></table>")


def actions_table(ctx: Ctx, m: Meeting, a: Attendance) -> str:
    mon = m.date.strftime("%b")[:4] if m.date.month != 9 else "Sept"
    tag = f"{mon}{m.date.year % 100:02d}"
    rows = []
    for i in range(ctx.rng.randint(2, 4)):
        who = ctx.rng.choice(a.present + [o for o, _ in a.officers])
        due = ctx.d(m.date.fromordinal(m.date.toordinal() + 14 * (i + 1)))
        rows.append(f"<tr><td>{tag}.{i + 1:02d}</td><td>{esc(ctx.rng.choice(ACTIONS))}</td>"
                    f"<td>{who.initials}</td><td>{esc(due)}</td></tr>")
    return ("<table class='grid actions'><tr><th>Ref</th><th>Action</th><th>Owner</th><th>By</th></tr>"
            + "".join(rows) + "</table>")


ACTIONS = ["Obtain three quotes for the fence repairs", "Write to the Highways Authority about the potholes",
           "Update the asset register", "Book the hall for the annual meeting", "Circulate the draft budget",
           "Report the broken streetlight", "Chase the insurer about the claim"]


def payments_table(ctx: Ctx) -> str:
    payees = ["HMRC", "Clerk's salary", "Hall hire", "Grass cutting contractor", "Stationery", "Insurance renewal"]
    rows = "".join(f"<tr><td>{p}</td><td class='r'>£{ctx.rng.randrange(20, 2400)}.{ctx.rng.randrange(0, 99):02d}"
                   "</td></tr>" for p in ctx.rng.sample(payees, 3))
    return f"<table class='grid pay'><tr><th>Payee</th><th>Amount</th></tr>{rows}</table>"


def build_items(ctx: Ctx, m: Meeting, a: Attendance, prev_date: str, apologies_in_minute: bool) -> list[Item]:
    scheme = ctx.f.get("numbering", "plain")
    n_topics = ctx.rng.randint(2, ctx.f.get("max_topics", 4))
    extras = []
    if ctx.f.get("correspondence"):
        extras.append("correspondence")
    if ctx.f.get("actions"):
        extras.append("actions")
    if ctx.f.get("payments", ctx.chance(0.5)):
        extras.append("payments")
    if ctx.chance(0.5):
        extras.append("noted")
    slots = ["apologies", "declarations", "previous"] + ["topic"] * n_topics + extras + ["next"]
    if ctx.f.get("parts"):
        slots.insert(4, "parts")
    if ctx.f.get("deferral", ctx.chance(0.3)):
        slots.insert(-1, "deferred")
    nums = numbers(ctx, m, len(slots), scheme, body_code(m.body))
    styles = ctx.f.get("decisions", ["marker_colon"])
    topics = ctx.rng.sample(banks.TOPICS, n_topics + 3)
    decider = Decider(ctx, m, a)
    caps = ctx.f.get("heading") == "caps"
    vote_style = ctx.f.get("votes")
    voted = False
    items: list[Item] = []
    for (printed, gold), slot in zip(nums, slots, strict=True):
        def item(title: str, _p=printed, _g=gold) -> Item:
            return Item(_p, _g, title.upper() if caps else title)
        if slot == "apologies":
            it = item(ctx.rng.choice(["Apologies for absence", "Apologies", "To receive apologies"]))
            if apologies_in_minute:
                it.paras.append(apologies_sentence(ctx, m, a))
            else:
                it.paras.append("<p>Apologies were received as recorded above.</p>")
        elif slot == "declarations":
            it = item(ctx.rng.choice(["Declarations of interest", "Declarations of Interests"]))
            it.paras.append("<p>There were no declarations of interest.</p>")
        elif slot == "previous":
            it = item(ctx.rng.choice(["Minutes of the previous meeting", "Minutes",
                                      f"Minutes of the meeting held on {prev_date}"]))
            decider.minutes_approved(it, prev_date, styles[0])
        elif slot == "topic":
            topic = topics.pop()
            it = item(topic["title"])
            decider.write(it, topic, ctx.rng.choice(styles))
            it.action = ctx.rng.choice([o for o, _ in a.officers]).initials
            if vote_style and not voted:
                voted = True
                it.extra.append(vote_html(ctx, m, a, it, vote_style, topic["title"]))
        elif slot == "parts":
            it = item(ctx.rng.choice(["Budget and precept", "Neighbourhood plan", "Village hall lease"]))
            decider.parts(it, [topics.pop(), topics.pop()], "Members considered the recommendations of the "
                          "working group.", ctx.f.get("parts") == "break")
        elif slot == "correspondence":
            it = item("Correspondence")
            it.paras.append("<p>The following correspondence was received and circulated:</p>")
            it.paras.append(false_friend_correspondence(ctx))
        elif slot == "actions":
            it = item(ctx.rng.choice(["Action points", "Matters arising and action log"]))
            it.paras.append("<p>The action log was reviewed; progress is shown below.</p>")
            it.paras.append(actions_table(ctx, m, a))
        elif slot == "payments":
            it = item(ctx.rng.choice(["Finance", "Payments for approval", "Accounts for payment"]))
            it.paras.append("<p>The schedule of payments had been circulated.</p>")
            it.extra.append(payments_table(ctx))
            topic = {"inf": "approve the payments as listed", "that": "the payments as listed be approved"}
            decider.write(it, topic, ctx.rng.choice(styles), "The Clerk confirmed the bank reconciliation.")
        elif slot == "noted":
            title, talk = ctx.rng.choice(banks.NOTE_TOPICS)
            it = item(title)
            it.paras.append(f"<p>{esc(talk)}</p>")
            decider.noted(it)
        elif slot == "deferred":
            it = item(ctx.rng.choice(["Noticeboard replacement", "Car park resurfacing", "Office equipment"]))
            it.paras.append("<p>Only one quotation had been received.</p>")
            decider.deferred(it)
        else:  # next meeting
            it = item(ctx.rng.choice(["Date of next meeting", "Date of the next meeting"]))
            nxt = ctx.next_date or m.date.fromordinal(m.date.toordinal() + ctx.rng.choice([28, 35]))
            when = ctx.t(m.time)
            it.paras.append(f"<p>The next meeting will be held on {esc(ctx.d(nxt))} at {when}"
                            f"{'' if when.endswith('.') else '.'}</p>")
        items.append(it)
    return items


# ---------------------------------------------------------------------------------------------- heading forms
def minutes_html(ctx: Ctx, m: Meeting, items: list[Item], form: str) -> str:
    led = ctx.ledger
    out = []

    def body(it: Item) -> str:
        return "".join(it.paras) + "".join(it.decision) + "".join(it.extra)

    if form in ("inline", "caps"):
        for it in items:
            out.append(f"<h3 class='mh'>{led.minute(m.iso, it.number, it.title)}{esc(it.printed)} "
                       f"{esc(it.title)}</h3>{body(it)}")
    elif form == "gap_indent":
        for it in items:
            out.append(f"<div class='gap'><span class='gn'>{led.minute(m.iso, it.number, it.title)}"
                       f"{esc(it.printed)}</span><span class='gt'>{esc(it.title)}</span></div>"
                       f"<div class='ind'>{body(it)}</div>")
    elif form == "numcol":
        for it in items:
            out.append(f"<table class='numcol'><tr class='h'><td class='n'>{led.minute(m.iso, it.number, it.title)}"
                       f"{esc(it.printed)}</td><td><b>{esc(it.title)}</b></td></tr>"
                       f"<tr><td></td><td>{body(it)}</td></tr></table>")
    elif form == "title_number":
        for it in items:
            pat = ctx.rng.choice(["({m} {n})", "\u2013 {M} {n}"])
            word = "minute" if "(" in pat else "Minute"
            tail = pat.format(m=word, M=word, n=esc(it.number))
            out.append(f"<h3 class='mh'>{led.minute(m.iso, it.number, it.title)}{esc(it.title)} {tail}</h3>"
                       f"{body(it)}")
    elif form == "table_item_decision":
        rows = []
        for it in items:
            # with no decision block (a decision inside the discussion) tables stay with the discussion
            dash = ["<p>\u2013</p>"]
            left, right = (it.paras, it.decision + it.extra) if it.decision else (it.paras + it.extra, dash)
            rows.append(f"<tr><td><p><b>{led.minute(m.iso, it.number, it.title)}{esc(it.printed)} {esc(it.title)}"
                        f"</b></p>{''.join(left)}</td><td>{''.join(right)}</td></tr>")
        out.append("<table class='grid mins'><thead><tr><th style='width:58%'>Item</th><th>Decision</th></tr>"
                   "</thead>" + "".join(rows) + "</table>")
    elif form == "table_min_subject_action":
        rows = []
        for it in items:
            rows.append(f"<tr><td class='n'>{led.minute(m.iso, it.number, it.title)}{esc(it.printed)}</td>"
                        f"<td><p><b>{esc(it.title)}</b></p>{body(it)}</td><td class='c'>{it.action}</td></tr>")
        out.append("<table class='grid mins'><thead><tr><th style='width:12%'>Minute</th><th>Subject</th>"
                   "<th style='width:10%'>Action</th></tr></thead>" + "".join(rows) + "</table>")
    else:
        raise ValueError(form)
    return "".join(out)
