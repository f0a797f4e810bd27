"""Agendas: a parish 'Agenda & Summons', a summons letter with a 'Business to be transacted' table, an
'Item | Subject | Page' front sheet, a front sheet in two regions (a sidebar beside an agenda table), and a report
cover that names its meeting."""

from __future__ import annotations

from . import banks
from .context import Ctx, Meeting
from .doc import esc


def draw_items(ctx: Ctx, m: Meeting, prev_date: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """(number, title, sub-items) for an agenda; sub-items are (number, title)."""
    verb = ctx.chance(0.6)
    titles = list(banks.AGENDA_STANDARD) if verb else ["Apologies for absence", "Declarations of interest",
                                                       "Minutes of the last meeting", "Public forum"]
    titles[2] = titles[2].replace("the previous meeting", f"the meeting held on {prev_date}")
    topics = ctx.rng.sample(banks.TOPICS, ctx.rng.randint(3, 5))
    for t in topics:
        title = t["title"]
        if verb and not title.startswith("Christmas"):
            title = title[0].lower() + title[1:]
        titles.append(("To consider " if verb else "") + title)
    out = [(str(i + 1), t, []) for i, t in enumerate(titles)]
    if ctx.f.get("sub_items", True):
        subs = []
        style = ctx.rng.choice(["dot", "letter"])
        for k in range(ctx.rng.randint(2, 3)):
            ref = f"{m.date.year % 100}/{ctx.rng.randint(100, 999):05d}/{ctx.rng.choice(['FUL', 'HOU', 'LBC'])}"
            street = ctx.rng.choice(banks.STREETS)
            work = ctx.rng.choice(["single storey rear extension", "two new dwellings", "replacement garage",
                                   "change of use to holiday let", "loft conversion with dormer"])
            subs.append((f"{k + 1}", f"{ref} \u2013 {ctx.rng.randint(1, 60)} {street}: {work}"))
        n = str(len(out) + 1)
        subs = [(f"{n}.{s}" if style == "dot" else f"{n}{'abc'[int(s) - 1]}", t) for s, t in subs]
        out.append((n, "Planning applications" if not verb else "To consider planning applications", subs))
    out.append((str(len(out) + 1), "Finance: to approve payments" if verb else "Finance", []))
    out.append((str(len(out) + 1), "Date of next meeting", []))
    return out


def members_list(ctx: Ctx, m: Meeting, lead: str) -> str:
    form = ctx.name_form
    parts = []
    for p in m.members:
        role = m.roles.get(p.full)
        anchor = ctx.ledger.person(m.iso, p.name(form), "member", role)
        parts.append(anchor + esc(p.printed(form)) + (f" ({esc(role)})" if role else ""))
    return f"<p class='att'><b>{lead}</b> " + ", ".join(parts) + "</p>"


def summons(ctx: Ctx, m: Meeting, prev_date: str) -> str:
    """A parish 'Agenda & Summons': numbered items, sub-items under planning."""
    led = ctx.ledger
    clerk = ctx.officers[0][0]
    head = ctx.rng.choice(["Agenda &amp; Summons", "SUMMONS AND AGENDA", "Notice of Meeting and Agenda"])
    out = [f"<h1 class='council'>{led.meeting(m.body, m.iso, m.time, m.venue)}{esc(m.council)}</h1>",
           f"<h2 class='doc'>{head}</h2>",
           f"<p>Members of the {esc(m.heading)} are hereby summoned to attend the meeting to be held in the "
           f"{esc(m.venue)} on {esc(ctx.d(m.date))} at {ctx.t(m.time)} to transact the business below.</p>"]
    if ctx.chance(0.6):
        out.append(members_list(ctx, m, "To: Councillors"
                                if not ctx.name_form.startswith("cllr") else "To:"))
    out.append(f"<p class='sig'>{esc(clerk.full)}<br/>{esc(ctx.officers[0][1])}<br/>"
               f"{esc(ctx.d(m.date.fromordinal(m.date.toordinal() - 7)))}</p><h2 class='doc'>AGENDA</h2>")
    for num, title, subs in draw_items(ctx, m, prev_date):
        out.append(f"<div class='ai'>{led.agenda(m.iso, num, title)}<span class='an'>{num}.</span> "
                   f"{esc(title)}</div>")
        for sn, st in subs:
            out.append(f"<div class='ai sub'>{led.agenda(m.iso, sn, st)}<span class='an'>{sn}</span> "
                       f"{esc(st)}</div>")
    return "".join(out)


def letter(ctx: Ctx, m: Meeting, prev_date: str) -> str:
    """'Dear Councillor, you are summoned ...' with a 'Business to be transacted' table."""
    led = ctx.ledger
    clerk = ctx.officers[0][0]
    out = [f"<div class='addr'>{esc(ctx.officers[0][1])}: {esc(clerk.full)}<br/>{esc(m.council)}<br/>"
           f"{esc(ctx.rng.choice(banks.STREETS))}, {esc(ctx.town)}</div>",
           f"<p class='council'>{led.meeting(m.body, m.iso, m.time, m.venue)}<b>{esc(m.council)}</b></p>",
           "<p>Dear Councillor,</p>",
           f"<p>You are summoned to attend a meeting of the <b>{esc(m.heading)}</b> on {esc(ctx.d(m.date))} at "
           f"{ctx.t(m.time)} in the {esc(m.venue)}, for the purpose of transacting the business set out below.</p>",
           f"<p>Yours faithfully,<br/><br/>{esc(clerk.full)}</p>",
           "<table class='grid biz'><tr><th colspan='2'>Business to be transacted</th></tr>"]
    for num, title, subs in draw_items(ctx, m, prev_date):
        out.append(f"<tr><td class='n'>{led.agenda(m.iso, num, title)}{num}</td><td>{esc(title)}")
        for sn, st in subs:
            out.append(f"<div class='sub'>{led.agenda(m.iso, sn, st)}{sn} {esc(st)}</div>")
        out.append("</td></tr>")
    out.append("</table>")
    return "".join(out)


def front_sheet(ctx: Ctx, m: Meeting, prev_date: str) -> str:
    """A ModernGov-like front sheet: meeting details, membership, and an 'Item | Subject | Page' table."""
    led = ctx.ledger
    out = ["<p class='pdp'>Public Document Pack</p>",
           f"<h1 class='council'>{esc(m.council)}</h1>",
           f"<table class='kv'><tr><th>Meeting:</th><td>{led.meeting(m.body, m.iso, m.time, m.venue)}"
           f"{esc(m.body)}</td></tr><tr><th>Date:</th><td>{esc(ctx.d(m.date))}</td></tr>"
           f"<tr><th>Time:</th><td>{ctx.t(m.time)}</td></tr><tr><th>Venue:</th><td>{esc(m.venue)}</td></tr></table>",
           members_list(ctx, m, "Membership:")]
    out.append("<h2 class='doc'>AGENDA</h2><table class='grid isp'><tr><th>Item</th><th>Subject</th>"
               "<th>Page</th></tr>")
    page = 3
    for num, title, subs in draw_items(ctx, m, prev_date):
        out.append(f"<tr><td class='n'>{led.agenda(m.iso, num, title)}{num}</td><td>{esc(title)}</td>"
                   f"<td class='r'>{page} - {page + 2}</td></tr>")
        page += 3
        for sn, st in subs:
            out.append(f"<tr><td class='n'>{led.agenda(m.iso, sn, st)}{sn}</td><td>{esc(st)}</td><td></td></tr>")
    out.append("</table>")
    return "".join(out)


PORTFOLIOS = ["Finance and Corporate Resources", "Housing and Planning", "Children, Schools and Families",
              "Environment and Climate Action", "Health and Adult Social Care", "Community Safety and Culture",
              "Transport and Highways", "Economy and Regeneration", "Leisure, Parks and Open Spaces"]


def sidebar(ctx: Ctx, m: Meeting, prev_date: str) -> str:
    """A landscape ModernGov-like front sheet in two regions side by side: a sidebar with the council, the body in
    capitals, the date, time and venue lines and the members (name | role, the role wrapping in its column) beside
    the agenda as an 'Item | Title | Lead member | Wards | Key decision | Pages' table."""
    led = ctx.ledger
    portfolios = ctx.rng.sample(PORTFOLIOS, len(m.members))
    rows = []
    for p, portfolio in zip(m.members, portfolios, strict=True):
        role = m.roles.get(p.full) or f"{ctx.rng.choice(['Cabinet', 'Executive'])} Member for {portfolio}"
        printed, name = ctx.name_html(p, "cllr_full")
        rows.append(f"<tr><td style='white-space:nowrap;padding:0 6pt 1pt 0;vertical-align:top'>"
                    f"{led.person(m.iso, name, 'member', role)}{printed}</td>"
                    f"<td style='padding:0 0 1pt 0;vertical-align:top'>{esc(role)}</td></tr>")
    side = (f"<div style='float:left;width:8.2cm'><p>{esc(m.council)}</p>"
            f"<h1 class='rt'>{led.meeting(m.body, m.iso, m.time, m.venue)}{esc(m.heading.upper())}</h1>"
            f"<p class='meetline'><b>{esc(ctx.d(m.date))}</b></p><p>{ctx.t(m.time)}</p>"
            f"<p style='margin-top:.6em'>{esc(m.venue)}</p>"
            f"<p class='lab'><b>Members</b></p><table>{''.join(rows)}</table>"
            f"<p style='margin-top:1em'>Contact: {esc(ctx.officers[0][0].full)}, {esc(ctx.officers[0][1])}</p>"
            f"</div>")
    lines = ["<table class='grid'><tr><th>Item</th><th style='width:46%'>Title</th><th>Lead member</th>"
             "<th>Wards</th><th>Key decision</th><th>Pages</th></tr>"]
    page = 3
    for num, title, _ in draw_items(ctx, m, prev_date):
        lead = ctx.rng.choice(m.members).printed("cllr_full").split()[-1] if ctx.chance(0.5) else ""
        key = "Yes" if lead and ctx.chance(0.5) else "No"
        wards = ctx.rng.choice(["All", "All", "Northfield; Eastgate", "Riverside"]) if lead else ""
        pages = f"{page} - {page + ctx.rng.randint(2, 12)}" if ctx.chance(0.7) else ""
        page += 14
        lines.append(f"<tr><td>{led.agenda(m.iso, num, title)}{num}.</td><td>{esc(title)}</td>"
                     f"<td>{'Cllr ' + esc(lead) if lead else ''}</td><td>{wards}</td><td>{key}</td>"
                     f"<td>{pages}</td></tr>")
    main = f"<div style='margin-left:9.2cm'><h2 class='doc'>AGENDA</h2>{''.join(lines)}</table></div>"
    return side + main


def report_cover(ctx: Ctx, m: Meeting, title: str) -> str:
    """A report cover naming its meeting ('... Meeting 21 February 2025, Agenda Item 16') — a meeting record."""
    led = ctx.ledger
    n = str(ctx.rng.randint(5, 180))
    author = ctx.cast.one()
    return (f"<p class='council'><b>{esc(m.council)}</b></p>"
            f"<p class='meetline'>{led.meeting(m.body, m.iso)}{esc(m.body)} Meeting {esc(ctx.d(m.date))}, "
            f"{led.agenda(m.iso, n, title, optional=True)}Agenda Item {n}</p>"
            f"<h1 class='rt'>{esc(title)}</h1>"
            f"<table class='kv'><tr><th>Report of:</th><td>{esc(author.full)}, "
            f"{esc(ctx.rng.choice(['Head of Finance', 'Performance Manager', 'Director of Resources']))}</td></tr>"
            f"<tr><th>Purpose:</th><td>To report progress to the end of the period.</td></tr></table>"
            "<h2 class='doc'>1. Recommendation</h2><p>That the report be noted.</p>"
            "<h2 class='doc'>2. Background</h2><p>The tables below set out the position for the year so far. "
            "Figures are provisional until the year-end return is made.</p>")
