"""minutes records (FORMAT.md), and the minute segmentation that resolutions and votes share.

Inside each set of minutes a minute starts at a numbered heading. Councils print it as
"34. Apologies" (bold), "Minute 16 Apologies", "EX 104/24 Apologies", a bold title over
"(Item 3)", or a bold title with the number in the left margin beside the first paragraph
(ModernGov). Numbered paragraphs look the same, so headings are the longest run of candidates
of one numbering scheme whose numbers go up; bold candidates are preferred to plain ones.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from itertools import pairwise

from ..schemas.provenance import BBox
from ..schemas.records import Minute
from .forms import DecisionForm
from .layout import Line, Word, join_lines, line_pitch
from .numbering import (
    ITEM_LINE,
    Number,
    follows,
    parse_number,
    rise,
    split_numbered,
    split_right,
    split_trailing,
    without_tags,
)
from .pack import Pack
from .parts import MEETING_END, Part

PART_LABEL = re.compile(r"^(\(?[a-zA-Z]\)|\(?[ivx]{1,4}\)|\(\d{1,2}\)|\d{1,2}[.)]|[a-zA-Z][.)]|[-•–·▪●◦*])(\s|$)")
DECISION_WORD = re.compile(r"^(resolved|agreed|noted|deferred|decision|recommended|approved|carried|lost)\b\W*$", re.I)
# a decision opening under its heading, in the heading's weight: "RESOLVED: that the minutes ...", "Agreed – to ..."
_DECISION_LEAD = re.compile(
    r"^(?:(?-i:RESOLVED|AGREED|DECISION|DECIDED|RECOMMENDED)\b|(?:resolved|agreed|decision)\s*[:–—-])", re.I)
_SIGNATURE = re.compile(r"^(signed\b|chair(man)?\s*:?\s*(_|\.{3}|$)|date[d]?\s*:?\s*(_|\.{3})|_{6,}|\.{10,})", re.I)
_REASONS = re.compile(r"^(?:\d{1,2}[.)]?\s+)?(?:the\s+)?reasons?\b", re.I)  # "3. Reasons", "Reasons for the decision"
_RUN_IN_WORDS = 8  # a run-in heading ("Apologies:", "Planning applications:") is a few words


@dataclass
class BodyLine:
    """A line of a minute, `text` without the minute number where the number shares the line."""

    index: int
    line: Line
    text: str
    labelled: bool = False  # the text follows a label cell ("Decision | RESOLVED – That ..."): a paragraph opens


@dataclass
class Paragraph:
    lines: list[BodyLine]

    @property
    def text(self) -> str:
        return join_lines(b.text for b in self.lines).strip()

    @property
    def bold(self) -> bool:
        return sum(b.line.bold for b in self.lines) * 2 > len(self.lines)

    @property
    def first(self) -> Line:
        return self.lines[0].line


@dataclass
class MinuteSpan:
    """One minute: its number and title, heading lines [start, head_end) and body lines."""

    meeting_date: date | None
    number: str | None  # None: a decision form that names no minute or agenda item
    title: str
    start: int
    first: Line
    body: list[BodyLine] = field(default_factory=list)
    right: float = 0.0  # right edge of the text column, for paragraph ends
    pitch: float = 0.0  # the document's line pitch, for paragraph gaps
    columns: dict[int, float] = field(default_factory=dict)  # where a page is set in two columns: the right edge
    # of the left column, by id of its lines (`_left_columns`)
    form: bool = False  # a decision form's decision: its body is one decision, whatever its wording
    minute: bool = True  # a numbered minute of its own (a form may only name the agenda item it decided)

    @cached_property
    def paragraphs(self) -> list[Paragraph]:
        return split_paragraphs(self.body, self.right, self.pitch, self.columns)

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.body)


@dataclass
class _Candidate:
    index: int  # the line with the number
    number: Number
    title: str
    start: int  # first heading line
    head_end: int  # first line after the heading
    strong: bool
    bold: bool
    body_text: str | None = None  # the number line is the first body line (number in the margin)


def extract(pack: Pack) -> list[Minute]:
    return [
        Minute(meeting_date=s.meeting_date, number=s.number, title=without_tags(s.title) or s.number, text=s.text,
               page=s.first.page, bbox=bbox(s.first), ocr=pack.ocr)
        for s in minute_spans(pack) if s.minute and s.number
    ]


def bbox(line: Line) -> BBox:
    return BBox(x0=line.x0, top=line.top, x1=line.x1, bottom=line.bottom)


def minute_spans(pack: Pack) -> list[MinuteSpan]:
    """Every minute of every set of minutes in the pack, cached on the pack."""
    if "minute_spans" not in pack.cache:
        # a schedule of decisions stands alone: a table of applications inside minutes or on an agenda is theirs
        forms = [f for f in pack.forms if not f.row or _part_kind(pack, f.subject.index) not in ("minutes", "front")]
        spans: list[MinuteSpan] = []
        pitch = line_pitch(pack.lines) if any(part.kind in ("minutes", "notice") for part in pack.parts) else 0.0
        for part in pack.parts:
            if part.kind == "minutes" and not any(part.start <= f.subject.index < part.end for f in forms):
                spans.extend(_part_spans(pack.lines, part, pitch))
            elif part.kind == "notice" and not any(part.start <= f.subject.index < part.end for f in forms):
                spans.append(_notice_span(pack.lines, part, pitch))
        spans += [_form_span(pack, form) for form in forms]
        pack.cache["minute_spans"] = sorted(spans, key=lambda span: span.start)
    return pack.cache["minute_spans"]


def _part_kind(pack: Pack, index: int) -> str | None:
    return next((p.kind for p in pack.parts if p.start <= index < p.end), None)


def _form_span(pack: Pack, form: DecisionForm) -> MinuteSpan:
    """A decision form as a minute: its subject the heading, its decision the body; the meeting its own fields
    give, else that of the part it stands in."""
    lines, at = pack.lines, form.subject.index
    part = next((p for p in pack.parts if p.start <= at < p.end and p.date), None)
    meeting_date = form.meeting_date or (part.date if part else None)
    first = form.decision.lines[0] if form.decision.lines else lines[form.decision.index]
    text = form.decision.text
    if form.decision.label.casefold() == "resolved":  # "RESOLVED: That ..." read as a field: its label is the marker
        text = f"{form.decision.label}: {text}"
    body = [BodyLine(form.decision.index, first, text)]
    return MinuteSpan(meeting_date, form.number, form.title, at, lines[at], body, form=True, minute=form.minute)


def _notice_span(lines: list[Line], part: Part, pitch: float) -> MinuteSpan:
    """A notice of decision that is no form: its text up to the reasons given for the decision is one record of the
    meeting it names, numbered by no minute (a hearing's "Notice of Determination" in sections "The application",
    "Decision", "Reasons")."""
    end = next((j for j in range(part.start, part.end) if lines[j].bold and _REASONS.match(lines[j].text)), part.end)
    body = [BodyLine(j, lines[j], lines[j].text) for j in range(part.start, end)]
    return MinuteSpan(part.date, None, "", part.start, lines[part.start], body, _right_edge(lines[part.start:end]),
                      pitch, minute=False)


def _part_spans(lines: list[Line], part: Part, pitch: float) -> list[MinuteSpan]:
    lo = (part.anchor if part.anchor is not None else part.start) + 1
    hi = part.end
    if hi <= lo:
        return []
    chain = _heading_chain(lines, lo, hi)
    if not chain:
        return []
    right = _right_edge(lines[lo:hi])
    columns = _left_columns(lines[lo:hi])
    spans = []
    for k, cand in enumerate(chain):
        stop = chain[k + 1].start if k + 1 < len(chain) else _last_minute_end(lines, cand.head_end, hi)
        body = []
        if cand.body_text is not None:
            body.append(BodyLine(cand.index, lines[cand.index], cand.body_text))
        body += [BodyLine(j, lines[j], lines[j].text) for j in range(cand.head_end, stop)
                 if not _foot_signature(lines, j)]
        own = max((b.line.x1 for b in body if _wrapped_prose(b)), default=right)  # a wide table elsewhere in the
        # part pushes `right` past where this minute's own prose wraps
        spans.append(MinuteSpan(part.date, cand.number.text, cand.title, cand.start, lines[cand.start], body,
                                min(right, own), pitch, columns))
    column = _label_column([b.line for span in spans for b in span.body])  # (the minutes' text, not headings)
    if column is not None:
        for span in spans:
            span.body = _without_labels(span.body, column)
    return spans


def _label_column(lines: list[Line]) -> float | None:
    """The text column of minutes set out as label and text ("Decision   RESOLVED – That ...", "Reasons for the
    decision   To keep ...", the text wrapping under itself): where two or more labels' texts start, after a gap,
    and wrap on the next line; None for minutes in running text."""
    margin = min((line.x0 for line in lines), default=0.0)
    wraps: Counter[int] = Counter()
    for line, below in pairwise(lines):
        words, size = line.words, line.size
        if line.x0 > margin + 2 * size:
            continue
        n = next((n for n in range(1, min(6, len(words))) if words[n].x0 - words[n - 1].x1 > size), 0)
        if n and words[n].x0 > margin + 4 * size and abs(below.x0 - words[n].x0) <= 3 and below.page == line.page \
                and all(w.text.isalpha() for w in words[:n]):
            wraps[round(words[n].x0)] += 1
    return next((float(x) for x, count in wraps.items() if count >= 2), None)


def _without_labels(body: list[BodyLine], column: float) -> list[BodyLine]:
    """The minute's lines that open with a label of a few words, a gap, then a word at the text column, read from
    it (a line of prose whose word falls at the column after a space is no label's)."""
    out = []
    for b in body:
        words = b.line.words
        n = next((n for n in range(1, min(6, len(words))) if abs(words[n].x0 - column) <= 3
                  and words[n].x0 - words[n - 1].x1 > b.line.size), 0)
        if n and words[0].text[:1].isupper() and all(w.text.isalpha() for w in words[:n]):
            label, text = " ".join(w.text for w in words[:n]), " ".join(w.text for w in words[n:])
            if label.casefold() == "decision":  # "Decision | Approved subject to conditions": the label marks it
                text = f"{label}: {text}"
            b = BodyLine(b.index, b.line, text, labelled=True)
        out.append(b)
    return out


def _left_columns(lines: list[Line]) -> dict[int, float]:
    """Where a page of the minutes is set in two columns (three or more lines of text across most of the page's
    right half, and three or more that end before its middle; an action column's short cells are no column of
    text): the edge the left column's lines wrap at, by id of each line."""
    edges: dict[int, float] = {}
    pages: dict[int, list[Line]] = {}
    for line in lines:
        pages.setdefault(line.page, []).append(line)
    for on_page in pages.values():
        end = max(line.x1 for line in on_page)
        middle = (min(line.x0 for line in on_page) + end) / 2
        left = [line for line in on_page if line.x1 < middle + line.size]
        if len(left) >= 3 and sum(line.x0 > middle and line.x1 - line.x0 > 0.6 * (end - middle)
                                  for line in on_page) >= 3:
            ends = sorted(line.x1 for line in left)
            edges.update((id(line), ends[int(len(ends) * 0.9)]) for line in left)
    return edges


def _wrapped_prose(b: BodyLine) -> bool:
    """A line of running prose that wraps (not a heading, a sentence's last line or a table row)."""
    return not b.line.bold and not b.text.rstrip().endswith((".", ":", ";")) and len(b.line.words) >= 4 \
        and len(b.line.cells()) == 1


def _foot_signature(lines: list[Line], j: int) -> bool:
    """A 'Signed ...... Chair' line printed at the foot of a page the minutes run on past: page furniture."""
    return j + 1 < len(lines) and lines[j + 1].page != lines[j].page and bool(_SIGNATURE.match(lines[j].text))


def _right_edge(lines: list[Line]) -> float:
    """Where the minutes' prose wraps: its plain lines, not a table's header row or cells of a right-hand column
    ('Action' initials) that start right of the text's middle."""
    if not lines:
        return 0.0
    middle = (min(line.x0 for line in lines) + max(line.x1 for line in lines)) / 2
    prose = [line for line in lines if line.x0 < middle and not line.bold] or lines
    edges = sorted(line.x1 for line in prose)
    return edges[int(len(edges) * 0.9)]


def _last_minute_end(lines: list[Line], start: int, hi: int) -> int:
    """The last minute runs to the close of the meeting or the chair's signature."""
    for j in range(start, hi):
        text = lines[j].text.strip()
        if MEETING_END.search(text) and len(text) < 120 or _SIGNATURE.match(text):
            return j
    return hi


def _heading_chain(lines: list[Line], lo: int, hi: int) -> list[_Candidate]:
    candidates = _candidates(lines, lo, hi)
    chain = _longest_chain([c for c in candidates if c.strong])
    if len(chain) < 2:
        weak = _longest_chain(candidates)
        if len(weak) > max(2, len(chain)):
            chain = weak
    if chain and chain[0].number.family[0] != "int":  # "19.05.03" printed before "19.05.01": keep it too
        seen = {c.number.text for c in chain}
        extra = [c for c in candidates if c.strong and c.number.family == chain[0].number.family
                 and c.number.text not in seen]
        chain = sorted(chain + extra, key=lambda c: c.start)
    return _with_subheadings(_with_repeats(lines, chain, candidates), candidates)


def _with_subheadings(chain: list[_Candidate], candidates: list[_Candidate]) -> list[_Candidate]:
    """Titled sub-minutes under a heading, numbered from its number ("25/31 Finance" over "25/31.1 Payments",
    "25/31.2 Bank reconciliation"; "PH/035" over "PH/035a", "PH/035b"): in turn from 1 or a, set as the heading is
    (a numbered paragraph is a sentence)."""
    out = list(chain)
    k, count = -1, 0  # the heading each candidate is under (both in reading order), and its sub-minutes so far
    for c in sorted(candidates, key=lambda c: c.start):
        while k + 1 < len(chain) and chain[k + 1].start <= c.start:
            k, count = k + 1, 0
        if k < 0 or c.start == chain[k].start:
            continue
        cur = chain[k]
        if c.number.text in (f"{cur.number.text}.{count + 1}", f"{cur.number.text}{chr(ord('a') + count)}") \
                and c.strong == cur.strong and c.bold == cur.bold:
            out.append(c)
            count += 1
    return sorted(out, key=lambda c: c.start) if len(out) > len(chain) else chain


def _with_repeats(lines: list[Line], chain: list[_Candidate], candidates: list[_Candidate]) -> list[_Candidate]:
    """Where the chain skips numbers: the skipped headings, if weaker candidates between carry every one of them
    in turn at the headings' margin ("152. Reports." alone in bold, read as a numbered sentence, among run-in
    headings); else a heading misprinted with the number before it ("24/028" twice, then "24/030"), which after
    the last heading may repeat it too."""
    out = list(chain)
    for k, cur in enumerate(chain):
        nxt = chain[k + 1] if k + 1 < len(chain) else None
        if nxt is not None and rise(cur.number, nxt.number) < 2:
            continue
        stop = nxt.start if nxt is not None else float("inf")
        between = [c for c in candidates if cur.start < c.start < stop and c.number.family == cur.number.family]
        skipped = _skipped_run(lines, cur, nxt, between) if nxt is not None else []
        if skipped:
            out += skipped
        elif nxt is None or rise(cur.number, nxt.number) == 2:
            out += [c for c in between if c.strong and c.bold == cur.bold and c.number.text == cur.number.text][:1]
    return sorted(out, key=lambda c: c.start) if len(out) > len(chain) else chain


def _skipped_run(lines: list[Line], cur: _Candidate, nxt: _Candidate, between: list[_Candidate]) -> list[_Candidate]:
    """The candidates at `cur`'s margin that number, in order, every minute from `cur` to `nxt`; else none."""
    run, last = [], cur
    for c in between:
        if abs(lines[c.index].x0 - lines[cur.index].x0) <= 3 and rise(last.number, c.number) == 1:
            run.append(c)
            last = c
    return run if run and rise(last.number, nxt.number) == 1 else []


def _longest_chain(candidates: list[_Candidate]) -> list[_Candidate]:
    """The longest run of candidates of one numbering scheme with rising numbers (bold ones break ties)."""
    best: list[tuple[int, int, int]] = []  # (length, bold count, previous position)
    for k, cand in enumerate(candidates):
        score = (1, int(cand.bold), -1)
        for j in range(k):
            length, bold, _ = best[j]
            if (length + 1, bold + cand.bold) > score[:2] and candidates[j].index != cand.index \
                    and follows(candidates[j].number, cand.number):
                score = (length + 1, bold + int(cand.bold), j)
        best.append(score)
    if not best:
        return []
    k = max(range(len(best)), key=lambda i: (best[i][0], best[i][1], -i))
    chain = []
    while k >= 0:
        chain.append(candidates[k])
        k = best[k][2]
    return chain[::-1]


def _candidates(lines: list[Line], lo: int, hi: int) -> list[_Candidate]:
    out: list[_Candidate] = []
    for i in range(lo, hi):
        line = lines[i]
        trailing = (split_trailing(line.text) or split_right(line.cells())) if line.bold else None
        if trailing:
            out.append(_Candidate(i, trailing[0], trailing[1], i, i + 1, True, True))
            continue
        item = ITEM_LINE.match(line.text.strip())
        if item:
            cand = _item_candidate(lines, i, lo, item["num"])
            if cand:
                out.append(cand)
            continue
        parsed = split_numbered(line.text)
        if parsed and parsed[1]:
            cand = _numbered_candidate(lines, i, lo, hi, *parsed)
            if cand:
                out.append(cand)
    return out


def _item_candidate(lines: list[Line], i: int, lo: int, num: str) -> _Candidate | None:
    """A bold title over "(Item 3)": the number is the title's own number if it has one, else the item's."""
    above = _bold_lines_above(lines, i, lo, None, cross_page=True)
    if not above:
        return None
    title = " ".join(lines[j].text for j in above)
    if _numbered_title(title):
        return None  # "84. Apologies" over "(Item 1)": the numbered title line is the candidate
    return _Candidate(i, parse_number(num), title, above[0], i + 1, True, True)


def _numbered_candidate(lines: list[Line], i: int, lo: int, hi: int, number: Number, rest: str) -> _Candidate | None:
    line = lines[i]
    n_rest = len(rest.split())
    rest_words = line.words[len(line.words) - n_rest:]
    num_words = line.words[:len(line.words) - n_rest]
    if not rest_words or not num_words:
        return None
    bold_number = all(w.bold for w in num_words)
    if run_in := _run_in(rest_words):  # "1. Apologies: Cllr A sent apologies." with "Apologies:" in bold
        return _Candidate(i, number, run_in[0], i, i + 1, True, True, body_text=run_in[1])
    bold_rest = rest_words[0].bold and sum(w.bold for w in rest_words) * 2 >= len(rest_words)
    above = _bold_lines_above(lines, i, lo, rest_words[0].x0) if rest_words[0].x0 > num_words[0].x0 + 15 else []
    if above and not (bold_rest and _looks_like_title(rest) and not bold_number):
        title = " ".join(lines[j].text for j in above)
        return _Candidate(i, number, title, above[0], i + 1, True, True, body_text=rest)
    title = _first_column(rest_words, line.size) or rest
    if bold_number or bold_rest:
        end = i + 1
        while end < hi and end - i <= 3 and _continues_title(lines, end, num_words[0].x0):
            title += " " + lines[end].text
            end += 1
        if end < hi and ITEM_LINE.match(lines[end].text.strip()):
            end += 1
        sentence = title.rstrip().endswith(".")  # a numbered bold paragraph, not a heading (unless the headings
        # skip its number: then a short one is a title with a full stop, "1048. Finance.")
        short = sentence and len(title.split()) <= _RUN_IN_WORDS
        return _Candidate(i, number, title.rstrip()[:-1] if short else title, i, end, not sentence, True)
    plain = _PLAIN_RUN_IN.match(rest)  # "301. Apologies. Apologies were received ...", all in one weight
    if plain and len(plain["title"].split()) <= _RUN_IN_WORDS and _closes_title(plain["title"].split()[-1] + "."):
        return _Candidate(i, number, plain["title"], i, i + 1, False, False, body_text=plain["text"])
    if _looks_like_title(title) and len(title) < 90:
        return _Candidate(i, number, title, i, i + 1, False, False)
    return None


def _run_in(words: list[Word]) -> tuple[str, str] | None:
    """A run-in heading: a few bold words ending in a colon or a full stop, then the minute's text on the same line
    (title, text): "Apologies: Cllr A sent apologies.", "Highways. The Clerk reported ...", and where the text is
    set in bold too, "Declarations of interest. None.", or "MINUTES: RESOLVED that ..." with its marker in bold."""
    k = next((k for k, w in enumerate(words) if not w.bold), len(words))
    # a colon closes the title before a decision marker set in bold with it: "MINUTES: RESOLVED that ..."
    colon = next((j + 1 for j, w in enumerate(words[:min(k, _RUN_IN_WORDS)]) if w.text.endswith(":")), None)
    if colon is not None and colon < len(words) and _DECISION_LEAD.match(words[colon].text):
        k = colon
    elif k == len(words):  # all bold: the title is its first short sentence
        k = next((j + 1 for j, w in enumerate(words[:-1]) if w.text.endswith(".") and _closes_title(w.text)), 0)
    if not 0 < k < len(words) or k > _RUN_IN_WORDS or not _closes_title(words[k - 1].text):
        return None
    return " ".join(w.text for w in words[:k]).rstrip(":.").strip(), " ".join(w.text for w in words[k:])


_PLAIN_RUN_IN = re.compile(r"^(?P<title>[A-Z][^.:;]{0,60}?)[.:]\s+(?P<text>[A-Z(\u201c\"'].*)$")
# "St.", "No.", "Cllr." is not a title's end ("Bell Inn." and "Mill Way." are)
_ABBREVIATION = re.compile(r"^(?:[A-Z]|[a-z]{1,3}|(?i:st|no|nos|mr|mrs|ms|dr|rd|co|ltd|cllr|rev|min|para|ref|vol))\.$")


def _closes_title(text: str) -> bool:
    return text.endswith(":") or (text.endswith(".") and not _ABBREVIATION.match(text))


def _first_column(words: list[Word], size: float) -> str | None:
    """A heading's title up to a column gutter: what stands beyond it ('Action by' names) is another column."""
    for k in range(1, len(words)):
        if words[k].x0 - words[k - 1].x1 > 3 * size:
            return " ".join(w.text for w in words[:k])
    return None


def _numbered_title(text: str) -> bool:
    parsed = split_numbered(text)
    return bool(parsed and parsed[1])


def _looks_like_title(text: str) -> bool:
    return bool(text) and not text.rstrip().endswith((".", ",", ";")) and (text[0].isupper() or text[0].isdigit())


def _continues_title(lines: list[Line], j: int, x0: float) -> bool:
    """A wrapped heading: the next bold line, close below, not itself numbered or a decision (its marker)."""
    prev, line = lines[j - 1], lines[j]
    return (line.bold and line.page == prev.page and line.top - prev.top <= 1.45 * line.size
            and line.x0 >= x0 - 2 and not _numbered_title(line.text) and not DECISION_WORD.match(line.text)
            and not _DECISION_LEAD.match(line.text)
            and not ITEM_LINE.match(line.text.strip()) and not PART_LABEL.match(line.text))


def _bold_lines_above(lines: list[Line], i: int, lo: int, x0: float | None, cross_page: bool = False) -> list[int]:
    """Indexes of the bold, unnumbered title lines right above line i (same page, aligned at x0 if given);
    `cross_page` lets the title end the previous page ("(Item 4)" at the top of a page)."""
    found: list[int] = []
    j = i - 1
    while j >= lo and len(found) < 3:
        line, below = lines[j], lines[j + 1]
        limit = 2.6 if not found else 1.45
        turned = cross_page and not found and line.page + 1 == below.page
        if (not line.bold or (line.page != below.page and not turned)
                or (not turned and below.top - line.top > limit * line.size)
                or (x0 is not None and abs(line.x0 - x0) > 4) or DECISION_WORD.match(line.text)
                or line.text.rstrip().endswith(".") or (not found and _numbered_title(line.text))):
            break
        found.insert(0, j)
        j -= 1
    return found


_LABEL_OPENS = re.compile(r"^[A-Z][\w'-]*(?:\s+[\w'-]+){0,3}:\s")  # a label of a few words and its colon


def split_paragraphs(body: list[BodyLine], right: float, pitch: float = 0.0,
                     columns: dict[int, float] | None = None) -> list[Paragraph]:
    """Group a minute's lines into paragraphs: a wider gap, a short last line (short of `right`, of its column's
    edge in `columns` or of its table cell's), a page turn after a full stop, a change of weight or of table column,
    or a line starting with a part label or bullet starts a new one."""
    paragraphs: list[Paragraph] = []
    for b in body:
        prev = paragraphs[-1].lines[-1] if paragraphs else None
        if prev is None:
            paragraphs.append(Paragraph([b]))
            continue
        edge = prev.line.cell.right if prev.line.cell else (columns or {}).get(id(prev.line), right)
        if _starts_paragraph(prev, b, edge, pitch):
            paragraphs.append(Paragraph([b]))
        else:
            paragraphs[-1].lines.append(b)
    return paragraphs


_MARKER_OPENS = re.compile(r"^(?:Resolved|RESOLVED|Agreed|AGREED)(?:\s+(?:to|that)\b|\s*[:–—-])")
_LEADS_ON = re.compile(r"(?:\b(?:and|was|were|it|be|been|unanimously|by|being)|[,(–—-])\s*$", re.I)


def _starts_paragraph(prev: BodyLine, cur: BodyLine, right: float, pitch: float = 0.0) -> bool:
    """(A gap wider than the lines' own pitch by a fifth: Word's 1.15 spacing sets lines 1.4 sizes apart.)"""
    a, b = prev.line, cur.line
    if cur.labelled or PART_LABEL.match(cur.text) or a.bold != b.bold or a.cell != b.cell \
            or DECISION_WORD.match(prev.text):
        return True
    ended = prev.text.rstrip().endswith((".", ":", ";", "!", "?"))
    if a.page != b.page:
        return ended
    if _MARKER_OPENS.match(cur.text) and not _LEADS_ON.search(prev.text):  # a clerk's decisions one to a line,
        return True  # no full stops: "Resolved to pay A £640.00 for grass cutting" over "Resolved to pay B ..."
    if cur.text[:1].islower() and not ended:
        return False  # a sentence running on ("... to the earmarked" over "play area reserve."), however far below
    if ended and _LABEL_OPENS.match(cur.text):  # "Reasons for decision: ..." after a sentence's end
        return True
    if b.top - a.top > max(1.4 * max(a.size, b.size) + 0.25, 1.2 * pitch):  # (a hair over: 1.15 spacing exactly)
        return True
    first = b.words[0]
    return right > 0 and a.x1 + (first.x1 - first.x0) + 0.6 * b.size < right
