"""attendance records (FORMAT.md): the membership on a front sheet, and who was present, sent apologies,
was absent or attended (officers, other councillors) at each meeting whose minutes the pack carries.

Minutes open with an attendance block under the "Present" line that `parts` anchors on: labelled
sections ("PRESENT:", "Also present:", "IN ATTENDANCE:", "Officers in attendance:", "Apologies:",
"Absent:", "Clerk J Smith") whose lists run on over following lines. Apologies are often in the first
minutes instead: "Apologies for absence were received from A, B and C." or a bare list under an
"Apologies" heading. A front sheet lists the members after "Membership:", "Members:", "To: Councillors",
as a portfolio table, or as an unlabelled grid of names.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from itertools import pairwise

from ..schemas import Attendance, BBox
from .layout import Line, Word, ends_broken, line_pitch
from .names import CONNECTORS, HONORIFICS, Person, people, split_name
from .pack import Pack
from .parts import Part

_END = (r"(?:\s*\((?:virtual\w*|remote\w*|online|in\s+person|via\s+\w+)\))?"
        r"(?:\s*(?::-|:|-|–|—)\s*|\s*$|\s+(?=[A-Z]))")
# (label, status, role given by the label); status None: the public or the press, of whom only councillors (of
# another council, sitting in the gallery) are recorded, as in attendance.
_LABELS: list[tuple[re.Pattern[str], str | None, str | None]] = [
    (re.compile(rf"^(?:members\s+of\s+the\s+(?:public|press)|public(?:\s+gallery)?|press|observers?|visitors?)"
                rf"(?:{_END})", re.I), None, None),
    (re.compile(
        r"^(?:(?:other|non-committee|visiting)\s+(?:members|councillors)(?:\s+(?:present|attending|in\s+attendance))?"
        r"|also\s+(?:present|attending|in\s+attendance)(?:\s+were)?|(?:members|councillors)\s+attending"
        r"|parties(?:\s+(?:present|attending|in\s+attendance))?"  # a hearing's applicant and objectors
        r"|invited(?:\s+(?:guests?|speakers?|witnesses))?|(?:invited\s+)?guests?"  # those asked to speak to an item
        r"|(?:[\w-]+\s+){0,2}?members\s*\(\s*non-?\s?voting\s*\)"  # "Non-constituent members (non-voting):"
        r"|(?:officers?|staff|advisers?)(?:\s+(?:and|&)\s+(?:officers?|staff|advisers?))?"
        r"(?:\s+(?:present|attending|in\s+attendance))?"
        r"|in\s+attendance(?:\s+(?:virtually|remotely|online))?)"
        rf"(?:{_END})", re.I), "in_attendance", None),
    # "LEAD MEMBER ATTENDING:", "Portfolio Holders in attendance:", "Panel support officers:" (the colon keeps prose
    # out)
    (re.compile(r"^(?:[\w-]+\s+){1,3}?(?:attending|in\s+attendance|officers?)\s*(?::-|:|–|—)\s*", re.I),
     "in_attendance", None),
    (re.compile(rf"^(?:substitutes?|substitute\s+members?)(?:\s+present)?(?:{_END})", re.I), "present", None),
    (re.compile(r"^(?:(?:committee|board|panel|cabinet|executive)\s+)?(?:(?:members|councillors|cllrs|those)"
                r"(?:\s+of\s+the\s+(?:[\w-]+\s+){0,3}?(?:authority|board|panel|committee|council))?\s+)?present"
                r"(?:\s+were)?"  # "Present were Cllrs A (Chairman), B and C.", "Members of the Authority present"
                rf"(?:\s*\(?(?:virtually|remotely|in\s+person)\)?)?(?:{_END})|^(?:attendees|attendance)\s*:\s*"
                r"|^the\s+meeting\s+was\s+(?:attended|chaired)\s+by\s+"
                r"|^(?:in\s+the\s+chair|councillors|cllrs)\s*(?::-|:|–|—)\s*"  # "In the Chair: A", "Councillors: B"
                r"|^the\s+following\s+(?:other\s+)?(?:members|councillors)\b[^:.]{0,80}?\s+(?:were\s+)?present\s*:\s*",
                re.I),
     "present", None),
    # a record of a meeting held lists who sat under "Members:" or "Sub-Committee members:" (a front sheet's
    # "Members:" is its membership, read by _MEMBERSHIP before any of these); the colon keeps "Committee members
    # noted" prose
    # ("Constituent members:", "Co-opted members:", "Voting members:": the body's own, by the kind of seat)
    (re.compile(r"^(?:(?:[\w-]+\s+){0,3}?(?:sub-?\s?committee|committee|panel|board|cabinet)\s+|(?:[\w-]+\s+)?)"
                r"members\s*(?::-|:|–|—)\s*", re.I), "present", None),
    (re.compile(rf"^apologies(?:\s+for\s+absence)?(?:\s+(?:were\s+)?received(?:\s+and\s+(?:accepted|noted))?)?"
                rf"(?:\s+from)?(?:{_END})", re.I),
     "apologies", None),
    (re.compile(rf"^(?:absent(?:\s+without\s+apologies)?|not\s+present)(?:{_END})", re.I), "absent", None),
    (re.compile(r"^(?P<role>(?:the\s+)?(?:parish\s+|town\s+|deputy\s+|assistant\s+)?clerk(?:\s+to\s+the\s+council)?"
                r"|minute[\s-]?taker|responsible\s+financial\s+officer)(?:\s*[:\-–]\s*|\s+(?=[A-Z]))", re.I),
     "in_attendance", None),
]
_MEMBERSHIP = re.compile(  # "Members:", "Membership (9)", "Members of the Committee", "To the Members of the Council:"
    r"^(?:(?:committee|panel|board)\s+)?(?:membership|members|councillors|to(?:\s+(?:all\s+)?(?:the\s+)?members)?)"
    r"(?:\s+of\s+the\s+(?:[\w-]+\s+){0,4}?(?:sub-?committee|committee|panel|board|cabinet|council|forum))?"
    r"(?:\s*\(\d+\))?(?:\s*(?::-|:|–)\s*|\s*$)",
    re.I,
)
_ADDRESSEES = re.compile(  # "To: Members of the Scrutiny Committee", "To: All Members of the Council"
    r"^(?:all\s+(?:the\s+)?(?:members|councillors)\b|(?:the\s+)?(?:members|councillors)\s+of\s+the\b)", re.I)
_APOLOGIES = re.compile(
    r"\bapolog(?:ies|y)(?:\s+for\s+(?:absence|non-attendance))?\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?"
    r"(?:(?:received|submitted|given|tendered|noted|reported|presented|recorded|made)"
    r"(?:\s+and\s+(?:accepted|approved|noted|agreed))?)?\s*(?:from|by|on\s+behalf\s+of)\s+",
    re.I,
)
# what a sentence says of its subject, the names before it: "Cllr A had sent her apologies", "Cllr B was absent"
_SUBJECT_STATUS = [
    (re.compile(r"\s+(?:had\s+|has\s+|have\s+)?(?:also\s+)?(?:sent|gave|tendered|submitted|offered)\s+"
                r"(?:their\s+|his\s+|her\s+)?apologies\b", re.I), "apologies"),
    (re.compile(r"\s+(?:was|were)\s+(?:also\s+)?(?:absent|not\s+present)\b", re.I), "absent"),
    (re.compile(r",?\s+(?:(?:was|were)\s+(?:also\s+)?in\s+attendance|(?:took|recorded)\s+the\s+minutes)\b", re.I),
     "in_attendance"),  # "The Clerk, Fiona Grant, took the minutes."
    (re.compile(r"\s+(?:presided|(?:was\s+in|took)\s+the\s+chair)\b", re.I), "present"),  # "Cllr A (Chair) presided."
]
_NO = re.compile(r"\bno\s+$", re.I)
# after a full stop: not an initial's or a title's ("Cllr T. Fane", "Mr. Lee"), which goes on to a name
_NOT_ABBREVIATION = r"(?<!\b[A-Z]\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bMrs\.)"
# a full stop closing a list (not an initial's or a title's wrapping the name: "… D. Bramall, A." over "Chaudhry")
_CLOSED = re.compile(rf"\.{_NOT_ABBREVIATION}\s*$")
# a membership's party groups with their sizes, over the names ("Conservative (5)   Liberal Democrat (3)")
_GROUP_COUNT = r"[A-Z][\w&'’ -]{1,40}?\s*\(\d{1,3}\)"
_GROUP_COUNTS = re.compile(rf"^{_GROUP_COUNT}(?:\s+{_GROUP_COUNT})*$")
_GROUP_LABEL = re.compile(rf"^{_GROUP_COUNT}\s*:\s*")  # a label cell beside its members: "Conservative (7):"
_MORE_FROM = re.compile(r",?\s+(?:and\s+)?from\s+", re.I)  # "from A, who was substituted by B, and from C"
_SUBJECT_STOP = re.compile(r"(?<!\b[A-Z])\.\s|:\s")  # "Apologies: Councillor S. Tate sent apologies"
_CLAUSE_THAT = re.compile(r"\bthat\s+", re.I)  # "The Clerk reported that Cllr A had sent her apologies"
_APOLOGIES_HEADING = re.compile(
    r"^(?:minute\s+)?(?:[A-Z]{0,4}\s?\d[\w./]*\s+)?apologies(?:\s+for\s+absence)?(?:\s+(?:and|&)\s+substitut\w+)?\s*$",
    re.I,
)
_COUNT = r"(?:\d+|no|two|three|four|five|six|seven|eight|nine|ten)"
_PUBLIC_COUNT = re.compile(rf"\b{_COUNT}\s+(?:local\s+)?"
                           r"(?:members?\s+of\s+the\s+(?:public|press)|representatives?\s+of\s+the\s+(?:press|media)"
                           r"|residents?|electors?|parishioners?)\b", re.I)  # a list item
_COUNT_WORD = re.compile(_COUNT, re.I)
# the part of the meeting an entry attended ("Sgt N. Firbank for item TC24/091", "Cllr A from 7.45 pm"): no prose
_FOR_PART = re.compile(r"\b(?:for|from|until|during)\s+(?:(?:agenda\s+)?(?:items?|minutes?)\s+\S+"
                       r"(?:\s+(?:and|to)\s+\S+)?(?:\s+only\b)?"
                       r"|\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\b\.?)", re.I)
_REASON = re.compile(r"\s[–—-]\s+[^,;]*$")  # an absence's reason after a dash, to the line's end
_AWAY = ("apologies", "absent")  # the statuses of those not there, whose reasons may follow their names
_NEW_ITEM = re.compile(r"^(?:[A-Z][\w.'’-]*\s+){1,4}[–—-]\s")  # "Arthur Bennett – Monitoring Officer" opens an item
# "Thomas Greaves, Senior Lawyer": a name and its role after a comma, as a list set one a line opens each line
_NAME_COMMA = re.compile(r"^(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w.'’-]*,\s")
_LABEL_TEXT = r"apologies(?:\s+for\s+absence)?\s*(?::-|:|–|—)\s*(?=\S)"
_APOLOGIES_LABEL = re.compile(_LABEL_TEXT, re.I)  # at a line's start
_APOLOGIES_LABEL_AFTER = re.compile(rf"(?<=[.;] ){_LABEL_TEXT}", re.I)  # "The Chair welcomed all. Apologies: Cllr A."
_LIST_END = re.compile(r"\s+(?:who|whom|with|due|because|substitut\w*|represented|replaced|in\s+respect)\b", re.I)
_ROLE_LINE = re.compile(
    r"^(?P<role>(?:vice[\s-]?|deputy\s+)?(?:chair(?:man|woman|person)?|mayor|leader))\s*:\s*(?P<rest>\S.*)$", re.I
)  # "Chairman: Cllr A Smith" inside a list
_FIELD_LABEL = re.compile(
    r"^(?!(?i:councillors?|cllrs?|(?:vice[\s-]?|deputy\s+)?(?:chair(?:man|woman|person)?|mayor|leader))\s*:)"
    r"[A-Z][A-Za-z ]{0,30}:(?!-)"
)
_ASIDE = re.compile(r"^[(\[]\s*(?:note|item|minute|agenda|please|this|these|the)\b", re.I)
_WORD = re.compile(r"[(\[]|[)\]]|[A-Za-z][\w'’-]*")
_SENTENCE_GAP = re.compile(rf"(?<=[.;]){_NOT_ABBREVIATION}\s+(?=[A-Z])")  # where one sentence ends and the next begins
# a list line that cannot end a list: a separator, 'and', or an honorific ("..., District Cllr Mrs" / "Sims and ...")
# a list left open at its line's end: a separator, "and", an honorific, or an initial ("Mrs M" over "Fenn (Clerk)")
_SOFT_END = re.compile(rf"(?:[,;(&–-]|\b(?:and|{'|'.join(sorted(HONORIFICS))})\.?|(?-i:\b[A-Z])\.?)\s*$", re.I)
_TOLD_LABEL = re.compile(r"\b(?:by|were|from)\s*$", re.I)  # a label that is the start of a sentence
_SOFT_START = re.compile(r"^(?:[a-z,;)]|and\b|&)")
# a paragraph of names under the list's first ("Councillor A (Chair)" over "Councillors B, C and D")
_COUNCILLORS_OPEN = re.compile(r"^(?:councillors?|cllrs?\.?)\s+[A-Z]", re.I)
_HONORIFICS_ONLY = re.compile(
    r"^\W*(?:county\s+|district\s+|parish\s+|town\s+)?(?:councillors?|cllrs?\.?|members?)\W*$", re.I)
_OFFICER_ROLE = re.compile(r"^(?:the\s+)?(?:parish\s+|town\s+|deputy\s+|assistant\s+)?clerk\b|^minute[\s-]?taker", re.I)
# "Member", "Board member", "Councillor name"
_NAME_COLUMN = re.compile(r"^(?:[a-z-]+\s+)?(members?|names?|councillors?|attendees?)$|^(member|councillor)\s+name$",
                          re.I)
_ROLE_COLUMN = re.compile(r"^(roles?|positions?|office|title|portfolios?|responsibilit(?:y|ies))$", re.I)
_STATUS_COLUMN = {"present": "present", "attended": "present", "attendance": "present", "apologies": "apologies",
                  "apologies sent": "apologies", "absent": "absent"}
_STATUS_WORD = {word: status for word, status in _STATUS_COLUMN.items() if word != "attendance"}  # said in a cell
_MARK = re.compile(r"^(?:[✓✔☑•●*]|[A-Za-z]|yes)$", re.I)  # what a tick table's status cell holds
_BULLET = re.compile(r"^[•▪●◦·]\s*")
BLOCK_LINES = 60  # an attendance block is never longer than this
APOLOGY_LINES = 80  # apologies are minuted within this many lines of the block


@dataclass
class _Section:
    """One labelled list: its status, the role its label gives, and its text joined from lines."""

    status: str | None
    role: str | None = None
    text: str = ""
    starts: list[int] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    told: bool | None = False  # opened by a sentence ("The meeting was chaired by", "Present were"): it runs to the
    # sentence's end (None once it has ended)
    indent: float | None = None  # where the names start beside the label, or the indent of a list under a label
    # alone on its line: lines set there carry the list on
    label_x0: float | None = None
    stops: frozenset[int] = frozenset()  # the columns of the lines the list is in (`_stops`)

    def add(self, line: Line, text: str, joiner: str) -> None:
        if bullet := _BULLET.match(text):  # "• Ben Crossley (Consultant in Public Health)": an item of its own
            text, joiner = text[bullet.end():], "\n"
        if not self.lines and self.indent is None and self.label_x0 is not None and line.x0 > self.label_x0 + 5:
            self.indent = line.x0  # "The following members were present:" over an indented list
        if self.text:
            self.text += joiner
        self.starts.append(len(self.text))
        self.lines.append(line)
        self.text += text

    def line_at(self, offset: int) -> Line:
        return self.lines[max(0, bisect_right(self.starts, offset) - 1)]

    def people(self) -> Iterator[tuple[Person, Line]]:
        for person in people(self.text):
            for part in self._unwrap(person):
                yield part, self.line_at(part.start)

    def _unwrap(self, person: Person) -> list[Person]:
        """Two names run together across a line break with no separator ("P Moran / Alan Armstrong")."""
        end = person.start + len(person.name)
        breaks = [start for start in self.starts if person.start < start < end]
        if not breaks:
            return [person]
        first, second = split_name(self.text[person.start:breaks[0]]), split_name(self.text[breaks[0]:end])
        if first and second and len(first.name.split()) > 1 and len(second.name.split()) > 1:
            return [Person(first.name, None, person.start), Person(second.name, person.role, breaks[0])]
        return [person]


def extract(pack: Pack) -> list[Attendance]:
    """Attendance records of every front sheet and set of minutes in the pack, one per person and status (two
    named alike on one line are two people: "Ms J Meade, Mr J Meade")."""
    records: list[Attendance] = []
    seen: dict[tuple, Line] = {}
    margins = _Measures(pack.lines)
    for part in pack.parts:
        if part.date is None:
            continue
        if part.kind == "front":
            found = _membership(pack.lines, part, margins)
        elif part.kind == "minutes" and part.anchor is not None:
            found = _minutes(pack.lines, part, margins)
        elif part.kind == "notice" and (anchor := _first_block(pack.lines, part.start, part.end)) is not None:
            found = _minutes(pack.lines, replace(part, anchor=anchor), margins)
        else:
            continue
        for status, person, line in _named_once(found):
            key = (part.date, person.name.casefold(), status)
            if seen.setdefault(key, line) is line:
                records.append(Attendance(
                    meeting_date=part.date, name=person.name, status=status, role=person.role, page=line.page,
                    bbox=BBox(x0=line.x0, top=line.top, x1=line.x1, bottom=line.bottom), ocr=pack.ocr,
                ))
    return records


def _named_once(found: list[tuple]) -> list[tuple]:
    """Without a bare surname that is the surname of someone named in full with the same status ('accept the
    apologies from Cllr Stainsby' after 'Apologies: Cllr Harold Stainsby' names him again; a bare surname of
    another status is someone else: 'Apologies from Mr Meade' beside 'Present: J Meade' at a county council), nor a
    bare first name cut off at the end of a line that names its person in full."""
    named = {(status, person.name.split()[-1].casefold()) for status, person, _ in found if " " in person.name}
    # ("… Councillor Pauline" over "Rudd was absent.")
    given = {(id(line), person.name.split()[0].casefold()) for _, person, line in found if " " in person.name}
    return [(status, person, line) for status, person, line in found
            if " " in person.name or ((status, person.name.casefold()) not in named
                                      and (id(line), person.name.casefold()) not in given)]


def _minutes(lines: list[Line], part: Part, margins: _Measures) -> list[tuple]:
    """The attendance block under the 'Present' line (or a table of those present under the minutes' title), then
    apologies minuted just after it."""
    limit = min(part.end, part.anchor + BLOCK_LINES)
    found, start = _member_table(lines, part.anchor, limit)
    columns, start = _label_columns(lines, start, limit) if not found else ([], start)
    if not found and not columns:  # minutes found by their title: the block starts at the first label under it
        start = _first_block(lines, part.anchor, min(limit, part.anchor + 5), part.anchor)
    sections, end = _block(lines, start, limit, margins)
    sections = columns + sections
    found += [(_status(section.status, person, part.body),
               _with_role(_without_reason(section.status, person), section.role or _tier_role(person, part.body)),
               line) for section in sections if section.status for person, line in section.people()]
    found += [("in_attendance", person, line) for section in sections if section.status is None
              for person, line in section.people() if person.honorific]
    found += list(_subjects(_running(lines, part.anchor + 1, start)))  # "Cllr A (Chair) presided." over the block
    if not any(status == "present" for status, _, _ in found):  # "Members present are shown in the Record of
        found += _record_at_end(lines, part)  # Attendance at the end of these minutes"
    present = {person.name.casefold() for status, person, _ in found if status == "present"}
    known = {(status, person.name.casefold()) for status, person, _ in found}  # (the block's last line is read again)
    found += [(status, person, line) for status, person, line in _apologies(lines, end, part.end)
              if (status != "in_attendance" or person.name.casefold() not in present)  # "A was in attendance virtually"
              and (status, person.name.casefold()) not in known]
    return found


def _record_at_end(lines: list[Line], part: Part) -> list[tuple]:
    """The tick table of attendance printed under a "Record of attendance" heading at the end of the minutes (the
    meeting's close may come before it)."""
    end = min(len(lines), part.end + _AFTER_CLOSE)
    heading = next((k for k in range(end - 1, part.anchor, -1) if _ATTENDANCE_RECORD.match(lines[k].text)), None)
    return _member_table(lines, heading + 1, len(lines))[0] if heading is not None else []


_AFTER_CLOSE = 3  # lines after the minutes' end where their record of attendance may begin
_ATTENDANCE_RECORD = re.compile(r"^(?:record|register)\s+of\s+attendance$|^attendance(?:\s+record)?$", re.I)


def _first_block(lines: list[Line], start: int, limit: int, default: int | None = None) -> int | None:
    """The first line in [start, limit) that opens an attendance section (a label, or one wrapped over two lines)."""
    return next((j for j in range(start, limit) if _line_label(lines[j]) or (
        j + 1 < limit and _wrapped_label(lines[j], lines[j + 1]))), default)


def _block(lines: list[Line], start: int, limit: int, margins: _Measures) -> tuple[list[_Section], int]:
    """Labelled sections from `start` until a line that neither opens a section nor continues one."""
    sections: list[_Section] = []
    stops = _stops(lines[start:limit])
    i = start
    while i < limit:
        line = lines[i]
        label = _line_label(line)
        wrapped = _wrapped_label(line, lines[i + 1]) if label is None and i + 1 < limit else None
        if wrapped is not None:  # "Also in" over "attendance:" in a column of labels beside the names
            status, role, rests = wrapped
            sections.append(_Section(status, role, stops=stops))
            for k, rest in enumerate(rests):
                sections[-1].add(lines[i + k], rest, " " if k else "")
            i += 1
        elif label is not None:
            status, role, rest = label
            said = line.text[:len(line.text) - len(rest)]
            indent = line.words[len(said.split())].x0 if rest else None
            sections.append(_Section(status, role, told=bool(_TOLD_LABEL.search(said)), indent=indent,
                                     label_x0=line.x0, stops=stops))
            if rest:
                _add(sections, line, rest, "")
        elif sections and (note := _note_end(lines, i, limit)):  # "* Councillor A arrived at 7.15 pm …" under
            i = note  # the list its mark is set against: the block goes on after it
            continue
        elif not sections or not _continues(sections[-1], lines[i - 1], line, margins):
            break
        else:
            joiner = _joiner(sections[-1], lines[i - 1], line, margins)
            if text := _row_text(sections[-1], lines[i - 1], line):
                _add(sections, line, text, joiner)
        if sections[-1].told is None:  # a sentence naming them ended inside the line: its rest is read as prose
            break  # (apologies told after it are found there)
        i += 1
    return sections, i


def _note_end(lines: list[Line], i: int, limit: int) -> int:
    """The index after a footnote opening with its mark at line i and the lines it wraps onto, or 0."""
    if not _NOTE_LINE.match(lines[i].text):
        return 0
    j = i + 1
    while j < min(limit, i + 4) and not _line_label(lines[j]) and lines[j].x0 >= lines[i].x0 - 3 \
            and lines[j].top - lines[j - 1].bottom < lines[i].size:
        j += 1
    return j


_NOTE_LINE = re.compile(r"^[*†‡]\s*[A-Z]")


def _row_text(section: _Section, prev: Line, line: Line) -> str:
    """What a line adds to a list: its cells, less those that finish a cell of the row above."""
    rest = _unwrap_cells(section, prev, line)
    return _cells(line, section.stops) if rest is None else rest


def _unwrap_cells(section: _Section, prev: Line, line: Line) -> str | None:
    """A grid of names whose cell wraps in its column ("Beverley Blackmore (Vice-" over "Chairman)", "Alan Abbott"
    over "(Chairman)"): the wrapped words go back to their cell in the section's last row; returns the line's
    remaining cells, or None."""
    above, cells = prev.cells(), line.cells()
    row = "\t".join(text for _, text in above)
    if len(above) < 2 or not section.text.endswith(row):
        return None
    for n, (x, text) in enumerate(above):
        below = next((k for k, (x2, _) in enumerate(cells) if abs(x2 - x) <= 3), None)
        if below is None:
            continue
        if not (ends_broken(text) or text.count("(") > text.count(")") or cells[below][1].startswith("(")):
            continue
        joined = text + ("" if text.endswith("-") else " ") + cells[below][1]
        mended = "\t".join(joined if k == n else t for k, (_, t) in enumerate(above))
        section.text = section.text[:len(section.text) - len(row)] + mended
        return "\t".join(t for k, (_, t) in enumerate(cells) if k != below)
    return None


def _add(sections: list[_Section], line: Line, text: str, joiner: str) -> None:
    """A line's text added to the last section, a new section opened where a sentence ends before another label
    ('Councillors A, B and C. In attendance: D (Clerk).', '… Clerk. Apologies were received and accepted from E.')."""
    for gap in _SENTENCE_GAP.finditer(text):
        label = _opening(text[gap.end():])
        if label is not None:
            if gap.start():
                sections[-1].add(line, text[:gap.start()], joiner)
            said, (status, role, rest) = label
            sections.append(_Section(status, role, told=bool(_TOLD_LABEL.search(said)), stops=sections[-1].stops))
            _add(sections, line, rest, "")
            return
        if sections[-1].told:  # the sentence naming them has ended ("... and Laurence Upjohn. The Clerk took the
            sections[-1].add(line, text[:gap.start()], joiner)  # minutes."): the rest of the line is not theirs
            sections[-1].told = None
            return
    sections[-1].add(line, text, joiner)


def _opening(text: str) -> tuple[str, tuple[str | None, str | None, str]] | None:
    """(its words, the label) where a sentence opens a new section ("In attendance: ...", "Apologies were received
    and accepted from ...", "Also present were ...")."""
    label = _label(text)
    said = text[:len(text) - len(label[2])] if label is not None else ""
    return (said, label) if label is not None and (":" in said or re.search(r"\b(?:from|were)\s*$", said)) else None


def _wrapped_label(line: Line, below: Line) -> tuple[str | None, str | None, list[str]] | None:
    """A label wrapped over two lines of a label column, the names beside it: (status, role, the names' text of
    both lines)."""
    if line.page != below.page or below.top - line.top > 1.6 * line.size:
        return None
    cells, under = line.cells(), below.cells()
    if len(cells) < 2 or len(under) < 2 or abs(cells[0][0] - under[0][0]) > 3 or not under[0][1].endswith(":"):
        return None
    label = _label(f"{cells[0][1]} {under[0][1]}")
    if label is None or label[2]:
        return None
    return label[0], label[1], ["\t".join(t for _, t in cells[1:]), "\t".join(t for _, t in under[1:])]


def _member_table(lines: list[Line], start: int, limit: int) -> tuple[list[tuple], int]:
    """A table of those at the meeting right under `start`: a header row whose first cell names the people
    ('Member | Representing', 'Name | Organisation | Present | Apologies'), then a row per person; where the
    header has status columns, the column a row is ticked in, or the status word in its cell ('Present',
    'Apologies'), gives its status. The table may be set in halves side by side ('Councillor | Attendance' twice),
    a person to each half of a row. Returns the records and the index after the table."""
    header = next((j for j in range(start, min(limit, start + 4)) if _table_header(lines[j])), None)
    if header is None:
        return [], start
    cells = lines[header].cells()
    k = _name_column(cells)
    starts = [k] + [i for i in range(k + 1, len(cells)) if k == 0 and _NAME_COLUMN.match(cells[i][1].strip())]
    halves = [_TableHalf(lines[header], cells, a, b, first=not n)
              for n, (a, b) in enumerate(zip(starts, [*starts[1:], len(cells)], strict=True))]
    found = []
    j = header + 1
    while j < limit:
        line, prev = lines[j], lines[j - 1]
        if line.page != prev.page and line.text == lines[header].text:  # the header repeated over the rows running
            j += 1  # on to the next page
            continue
        # (a bold row of the table, the chair's, goes on: a bold line of one cell is a heading after it)
        if (line.bold and len(line.cells()) < 2) or _line_label(line) or line.x0 < cells[0][0] - 10 \
                or (line.page != prev.page and prev.text != lines[header].text) \
                or (line.page == prev.page and line.top - prev.top > 3 * line.size):
            break
        j += 1
        for half in halves:
            if read := half.read(line):
                status, person = read
                if half.carry:
                    person, half.carry = replace(person, role=f"{half.carry} {person.role or ''}".strip()), ""
                found.append((status, person, line))
                half.last = len(found) - 1
            elif more := half.role_wrap(line):  # "Chair; Cabinet Member for Health" over "and Adult Social Care"
                if half.last is not None and line.top - found[half.last][2].top <= half.next_row_top(lines, j, limit) \
                        - line.top:  # the role cell of the row above wraps
                    status, person, first = found[half.last]
                    found[half.last] = (status, replace(person, role=f"{person.role or ''} {more}".strip()), first)
                else:  # cells centred in their row: the role's first line is set above its row's name
                    half.carry = f"{half.carry} {more}".strip()
    return found, j


def _label_columns(lines: list[Line], start: int, limit: int) -> tuple[list[_Section], int]:
    """Lists set side by side under a header row of labels ("Councillors present | Apologies | Officers in
    attendance"), each column its own list, a name wrapping within its column ("Cllr D Oakes (Deputy" over
    "Mayor)"); returns the sections and the index after them, or none."""
    found = next(((j, labels) for j in range(start, min(limit, start + 5))
                  if lines[j].bold and (labels := _labels_row(lines[j]))), None)
    if found is None:
        return [], start
    header, labels = found
    cells = lines[header].cells()
    edges = [x - 4 for x, _ in cells[1:]] + [float("inf")]
    sections = [_Section(status, role) for status, role, _ in labels]
    j = header + 1
    while j < limit and not lines[j].bold and not _line_label(lines[j]) and lines[j].page == lines[header].page \
            and lines[j].top - lines[j - 1].top <= 3 * lines[j].size:
        for section, left, right in zip(sections, [float("-inf"), *edges[:-1]], edges, strict=True):
            if text := " ".join(w.text for w in lines[j].words if left <= w.x0 < right):
                section.add(lines[j], text, " " if _depth(section.text) else "\n")
        j += 1
    return sections, j


def _labels_row(line: Line) -> list[tuple[str | None, str | None, str]] | None:
    """The labels of a row of two or more cells that are each an attendance label ("Apologies"), else None."""
    labels = [_label(f"{text.strip(' :')}: ") for _, text in line.cells()]
    return labels if len(labels) >= 2 and all(labels) else None


class _TableHalf:
    """Where one half of a member table's header (cells [k, end): the names' cell, then its role and status
    columns) sets its names, roles and statuses across the page."""

    def __init__(self, header: Line, cells: list[tuple[float, str]], k: int, end: int, first: bool):
        self.left = float("-inf") if first else cells[k][0] - 4
        self.right = cells[end][0] - 4 if end < len(cells) else float("inf")
        self.name_start = cells[k][0] - 4 if k and first else self.left  # (a role column before the names)
        self.name_end = cells[k + 1][0] - 4 if k + 1 < end else self.right
        # a role column after the names ('Councillor | Portfolio', 'Member | Organisation | Role'): its cell is the
        # row's role, commas and all
        role = next((r for r in range(k + 1, end) if _ROLE_COLUMN.match(cells[r][1].strip())), None)
        self.role_start = cells[role][0] - 4 if role is not None else self.name_end
        self.role_end = (cells[role + 1][0] - 4 if role + 1 < end else self.right) if role is not None \
            else self.name_end
        self.columns = [(x, status) for x, status in _header_columns(header) if self.left <= x < self.right]
        self.status_start = min((cells[i][0] - 4 for i in range(k + 1, end) if _status_heading(cells[i][1])),
                                default=float("inf"))
        self.ticked = any(status for _, status in self.columns)
        self.last: int | None = None  # the record of this half's last row
        self.carry = ""  # role words set above the next row's name

    def read(self, line: Line) -> tuple[str, Person] | None:
        """(status, person) of this half of a row, or None where it names no one or gives no status."""
        words = [w for w in line.words if self.left <= w.x0 < self.right]
        name = " ".join(w.text for w in words if self.name_start <= w.x0 < self.name_end)
        person = split_name(name) if name else None
        role = " ".join(w.text for w in words if w.x0 < self.name_start or self.role_start <= w.x0 < self.role_end)
        if person and role and role.lower() != "member":
            person = _with_role(person, role)
        status = "present" if not self.ticked else next(
            (status for w in words if w.x0 >= self.name_end and (status := self._status(w))), None)
        if status is None and person and person.honorific:  # a member's row ticked in no column: not there
            status = "absent"  # (a line of a name without its honorific may be a name's wrapped end)
        return (status, person) if person and status else None

    def role_wrap(self, line: Line) -> str:
        """The words of a line under this half's role column, where the line has none in its name column: the role
        cell of the row above wrapping."""
        words = [w for w in line.words if self.left <= w.x0 < self.right]
        if self.role_start == self.name_end or any(self.name_start <= w.x0 < self.name_end for w in words):
            return ""
        return " ".join(w.text for w in words if self.role_start <= w.x0 < self.role_end)

    def next_row_top(self, lines: list[Line], j: int, limit: int) -> float:
        """The top of the next line from j that names someone in this half (a few lines on at most), else infinity."""
        return next((line.top for line in lines[j:min(limit, j + 3)] if self.read(line)), float("inf"))

    def _status(self, word: Word) -> str | None:
        """The status a word in a row's status cells gives: its own ('Present', 'Apologies'), a mark's column's, or
        the column's of words written in it past the role (the reason in an 'Apologies (reason)' column)."""
        if own := _STATUS_WORD.get(word.text.lower()):
            return own
        if _MARK.match(word.text) or (word.x0 >= self.status_start and word.text[:1].isalpha()):
            return _column_of(word, self.columns)
        return None


def _header_columns(line: Line) -> list[tuple[float, str | None]]:
    """The header's cells as (centre, status the column gives or None): ticks sit anywhere under their heading."""
    cells = line.cells()
    columns: list[tuple[float, str | None]] = []
    for k, (x0, text) in enumerate(cells):
        stop = cells[k + 1][0] if k + 1 < len(cells) else float("inf")
        words = [w for w in line.words if x0 <= w.x0 < stop]
        if len(words) > 1 and all(w.text.lower() in _STATUS_COLUMN for w in words):  # "Present Apologies" set close
            columns += [((w.x0 + w.x1) / 2, _STATUS_COLUMN[w.text.lower()]) for w in words]
            continue
        columns.append(((x0 + max(w.x1 for w in words)) / 2, _status_heading(text)))
    return columns


def _status_heading(text: str) -> str | None:
    """The status a column's heading gives its rows ('Present', 'Apologies (reason)'), or None."""
    return _STATUS_COLUMN.get(re.sub(r"\s*\([^)]*\)$", "", text.strip()).lower())


def _column_of(word: Word, columns: list[tuple[float, str | None]]) -> str | None:
    """The status of the column whose heading is nearest the mark: left-aligned, centred or right-aligned."""
    centre = (word.x0 + word.x1) / 2
    return min(columns, key=lambda column: abs(column[0] - centre))[1]


def _table_header(line: Line) -> bool:
    cells = line.cells()
    return line.bold and len(cells) >= 2 and _name_column(cells) is not None


def _name_column(cells: list[tuple[float, str]]) -> int | None:
    """Which header cell heads the names: the first, or the second after a role column ('Role | Member')."""
    if _NAME_COLUMN.match(cells[0][1].strip()):
        return 0
    if len(cells) > 2 and _ROLE_COLUMN.match(cells[0][1].strip()) and _NAME_COLUMN.match(cells[1][1].strip()):
        return 1
    return None


def _label(text: str) -> tuple[str | None, str | None, str] | None:
    """(status, role, rest of the line) where the line opens an attendance section."""
    for pattern, status, role in _LABELS:
        match = pattern.match(text)
        if match:
            role = role or (match.groupdict().get("role") or "").strip().capitalize() or None
            return status, role, text[match.end():].strip()
    return None


def _line_label(line: Line) -> tuple[str | None, str | None, str] | None:
    """`_label` of a line, or of a label set in a column beside its list, where the wide gap after the label's few
    words stands for its colon ("Sub-Committee members      Councillor A Ray (Chair)")."""
    if found := _label(line.text):
        return found
    words = line.words
    for k in range(1, min(len(words), 5)):
        if words[k].x0 - words[k - 1].x1 > line.cell_gap:
            label = " ".join(w.text for w in words[:k])
            return _label(f"{label}: {line.text[len(label):].lstrip()}")
    return None


def _continues(section: _Section, prev: Line, line: Line, margins: _Measures | None = None) -> bool:
    """Whether `line` carries on the section's list: close below it (further where the line above filled its
    measure, in `margins`: it wrapped), not a heading, a field or a sentence."""
    depth = _depth(section.text)
    soft = bool(_SOFT_END.search(section.text)) or depth > 0
    if line.page != prev.page:
        return soft and not line.bold
    step = line.top - prev.top
    # table rows, their gutters as narrow as an em (the row above may be a cell's wrapped last words: "(Vice-" over
    # "Chairman)")
    loose = soft or (_row(line, section.stops) and any(_row(above, section.stops) for above in section.lines[-2:]))
    if not section.text or _HONORIFICS_ONLY.match(section.text):  # "PRESENT: Councillors" over a grid of names
        close = step <= 2.6 * prev.size
    else:
        close = step <= 1.3 * prev.size or (margins is not None and step <= margins.pitch + 0.5) \
            or _at_pitch(section, prev, line) or (step <= 2.2 * prev.size and (
            loose or _hangs(section, line) or _COUNCILLORS_OPEN.match(line.text)
            or (margins is not None and _fills(prev, margins))))
    if close and _GROUP_COUNTS.match(line.text):  # "Labour (2)   Independent (1)" over their members' names
        return True
    if close and step > 1.3 * prev.size and _CLOSED.search(section.text) and not depth:
        return False  # a list closed by its full stop, a gap, then a clerk's signature under it: not a member
    if not close or (line.bold and section.text) or (line.text[:1].isdigit() and section.status and not depth
                                                      and not _PUBLIC_COUNT.match(line.text)):  # ("3 members of …")
        return False
    if depth == 0 and (_ASIDE.match(line.text) or _FIELD_LABEL.match(line.text)):
        return False
    if section.told and section.text and not section.text.rstrip().endswith((".", ";", ":")):
        return True  # the sentence that names them goes on ("... Chairman of the Parish" / "Council. Also ...")
    if _one_a_line(section, line):  # ("Joan Pettifer, local resident": a role in lower case is no prose)
        return True
    tail = section.text.rsplit(None, 1)[-1] if section.text.strip() else ""
    text = f"{tail} {line.text}" if _COUNT_WORD.fullmatch(tail) else line.text  # "...; 2" over "members of the public"
    if section.status in _AWAY:  # "Councillor R. Lindqvist – on holiday": the reason given
        text = _REASON.sub("", text)
    return not _sentence(_FOR_PART.sub("", _PUBLIC_COUNT.sub("", text)), depth)


def _one_a_line(section: _Section, line: Line) -> bool:
    """A list set one name and role a line at its hanging indent ("Officers:  Priya Rathore, Principal Licensing
    Officer" over "Thomas Greaves, Senior Lawyer"; "Mr A Lee – Applicant" over "Ms B Kaur – Objector", a role
    wrapped between them): the line opens the next item, set as the section's earlier ones are."""
    if not _hangs(section, line):
        return False
    for pattern in (_NAME_COMMA, _NEW_ITEM):
        if pattern.match(line.text) and any(pattern.match(above) for above in section.text.split("\n")):
            return True
    return False


def _row(line: Line, stops: frozenset[int]) -> bool:
    """A table row: cells apart, or a word set at one of the columns."""
    return "\t" in _cells(line, stops)


def _hangs(section: _Section, line: Line) -> bool:
    """The line starts where the names start beside the label ('Present: Cllr A (Chairman)' over 'Cllr B'): a
    hanging list, whose lines may be set as far apart as paragraphs."""
    return section.indent is not None and abs(line.x0 - section.indent) <= 0.35 * line.size


def _at_pitch(section: _Section, prev: Line, line: Line) -> bool:
    """A row of the list's own column at the list's own pitch: a table row whose other cells are empty ('Cllr A
    | Chair' over 'Cllr B |'), set further below than a line of text but as far as the rows above it."""
    rows = section.lines[-2:]
    if len(rows) < 2 or rows[-1] is not prev or rows[0].page != line.page:
        return False
    pitch = rows[1].top - rows[0].top
    return (pitch <= 2.2 * prev.size and abs(line.top - prev.top - pitch) <= 0.1 * prev.size
            and all(abs(row.x0 - line.x0) <= 2 for row in rows))


def _depth(text: str) -> int:
    depth = 0
    for ch in text:
        if ch in "([":
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
    return depth


def _sentence(text: str, depth: int = 0) -> bool:
    """Prose rather than a list: two or more lower-case words outside brackets that are not connectors."""
    prose = 0
    for match in _WORD.finditer(text):
        word = match.group()
        if word in "([":
            depth += 1
        elif word in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and word[0].islower() and word.lower() not in CONNECTORS:
            prose += 1
    return prose >= 2


def _joiner(section: _Section, prev: Line, line: Line, margins: _Measures) -> str:
    """How two lines of a list join: a wrapped line continues ('' after a hyphen), else a hard break."""
    if ends_broken(section.text):
        return ""
    if _SOFT_END.search(section.text) or _depth(section.text) or _SOFT_START.match(line.text):
        return " "
    if _NEW_ITEM.match(line.text) or (_row(prev, section.stops) and _row(line, section.stops)):  # a table's rows
        return "\n"
    if _one_a_line(section, line):
        return "\n"
    if _fills(prev, margins):
        return " "
    left, right = margins.edges(prev)
    # a comma-separated list wraps where the next name would overrun ("..., Sandra" over "Grainger (Vice-Chair), ...")
    first = line.words[0]
    overrun = prev.x1 + (first.x1 - first.x0) + 0.6 * line.size >= right
    wrapped = re.search(r"[,;]", section.text) and "\t" not in section.text and (
        overrun or prev.x1 - left >= 0.6 * (right - left))
    return " " if wrapped else "\n"


def _fills(line: Line, margins: _Measures) -> bool:
    """The line runs to the right edge of its column."""
    left, right = margins.edges(line)
    return line.x1 >= right - 0.15 * (right - left)


def _cells(line: Line, stops: frozenset[int] = frozenset()) -> str:
    """A line's text with wide gaps (table columns, name grids) as cell breaks, and a break before a word set at
    one of the `stops` after a gap wider than a word space (a column whose gutter is narrow: 'Councillor Adaeze
    Okonkwo (Chair)  Leader of the Council'); 'Chairman: X' as 'X (Chairman)'."""
    match = _ROLE_LINE.match(line.text)
    if match:
        return f"{match.group('rest')} ({match.group('role')})"
    text, gap = line.words[0].text, line.cell_gap
    for before, word in pairwise(line.words):
        space = word.x0 - before.x1
        at_stop = space > 0.8 * line.size and any(abs(word.x0 - stop) <= 2 for stop in stops)
        text += ("\t" if space > gap or at_stop else " ") + word.text
    return text


def _stops(lines: list[Line]) -> frozenset[int]:
    """Where three or more of the lines start a cell after a wide gap: the columns of a table among them."""
    starts = Counter(round(x) for line in lines for x, _ in line.cells()[1:])
    return frozenset(x for x, n in starts.items() if n >= 3)


_COLUMN_LINES = 8


class _Measures:
    """Where each page's lines wrap: a line reaching the right edge of its column has wrapped. A column is the
    lines set from about its left edge, and its right edge the one most of them reach (a page set in two
    columns, under a title across both, wraps each column at its own edge); where few lines start there, the
    page's edges. And the document's line pitch: a line that far below the one above is the next line of its
    block, however loose the spacing (Word's 1.15)."""

    def __init__(self, lines: list[Line]):
        self.pitch = line_pitch(lines)
        self._pages: dict[int, list[Line]] = {}
        for line in lines:
            self._pages.setdefault(line.page, []).append(line)
        self._known: dict[tuple[int, int], tuple[float, float]] = {}

    def edges(self, line: Line) -> tuple[float, float]:
        """The left and right edges of the line's column."""
        key = (line.page, round(line.x0))
        if key not in self._known:
            page = self._pages.get(line.page, [line])
            column = [other for other in page if abs(other.x0 - line.x0) <= 2 * line.size]
            if len(column) >= _COLUMN_LINES:
                ends = sorted(other.x1 for other in column)
                self._known[key] = min(other.x0 for other in column), ends[int(len(ends) * 0.9)]
            else:  # too few lines to tell a column's edge by: the page's
                self._known[key] = min(other.x0 for other in page), max(other.x1 for other in page)
        return self._known[key]


def _status(status: str, person: Person, body: str | None) -> str:
    """A clerk or officer named inside a 'Present' list attends but is not a member; so does a councillor of
    another tier ("County Councillor X" at a parish meeting)."""
    if status == "present" and person.role and _OFFICER_ROLE.match(person.role):
        return "in_attendance"
    if status == "present" and _tier_role(person, body):
        return "in_attendance"
    return status


def _tier_role(person: Person, body: str | None) -> str | None:
    """A councillor of another tier attends as one: 'District Councillor M Pardew' at a parish meeting."""
    if person.tier and body and not re.search(rf"\b{person.tier}\b", body, re.I):
        return f"{person.tier.capitalize()} Councillor"
    return None


def _without_reason(status: str, person: Person) -> Person:
    """An absence's reason told after the name ("Cllr R Lindqvist – on holiday") is no role."""
    if status in _AWAY and person.role and person.role[:1].islower():
        return Person(person.name, None, person.start, person.honorific, person.tier)
    return person


def _with_role(person: Person, role: str | None) -> Person:
    if role and not person.role:
        return Person(person.name, role, person.start, person.honorific, person.tier)
    return person


def _apologies(lines: list[Line], start: int, end: int) -> Iterator[tuple[str, Person, Line]]:
    """(status, person, line) of the apologies, absences and officers told of after the block: sentences,
    'Apologies:' lists and bare lists under the heading."""
    end = min(end, start + APOLOGY_LINES)
    region = _running(lines, start, end)
    for i in range(start, end):
        if _APOLOGIES_HEADING.match(lines[i].text):
            yield from (("apologies", person, line) for person, line in _listed_under(lines, i + 1, end))
    text = region.text
    begins = {label.end(): "apologies" for start in region.starts if (label := _APOLOGIES_LABEL.match(text, start))}
    begins |= {label.end(): "apologies" for label in _APOLOGIES_LABEL_AFTER.finditer(text)}
    # "No apology had been received from Cllr A": A was absent
    begins |= {match.end(): "absent" if _NO.search(text, max(0, match.start() - 4), match.start()) else "apologies"
               for match in _APOLOGIES.finditer(text)}
    for begin in sorted(begins):  # the list runs to the sentence end, naming more after each 'and from'
        stop = _sentence_end(text, begin)
        for piece in _pieces(_MORE_FROM, text, begin, stop):
            yield from ((begins[begin], person, line) for person, line in _listed(region, *piece))
    yield from _subjects(region)


def _running(lines: list[Line], start: int, end: int) -> _Section:
    """Lines [start, end) as running text."""
    region = _Section(None)
    for line in lines[start:end]:
        region.add(line, line.text, "" if ends_broken(region.text) else " ")  # "Barrington-" / "King"
    return region


def _subjects(region: _Section) -> Iterator[tuple[str, Person, Line]]:
    """(status, person, line) of those whom a sentence says something of: 'Cllr A had sent her apologies', 'Cllr B
    was absent', 'The Clerk, C, took the minutes', 'Cllr D (Chair) presided'."""
    for pattern, status in _SUBJECT_STATUS:
        for match in pattern.finditer(region.text):
            subject = _listed(region, _subject_start(region, match.start()), match.start())
            yield from ((status, person, line) for person, line in subject)


def _pieces(separator: re.Pattern[str], text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """[begin, end) cut at each separator, as (start, end) offsets into the text."""
    cuts = [(m.start(), m.end()) for m in separator.finditer(text, begin, end)]
    starts = [begin] + [after for _, after in cuts]
    return list(zip(starts, [before for before, _ in cuts] + [end], strict=True))


def _subject_start(region: _Section, pos: int) -> int:
    """Where the names before a verb at `pos` begin: the sentence start (not the full stop of an initial) or a
    label's colon, looking back over one line break (a name wraps), after any 'reported that'."""
    line = max(0, bisect_right(region.starts, pos) - 1)
    stops = [m.end() for m in _SUBJECT_STOP.finditer(region.text, region.starts[max(0, line - 1)], pos)]
    begin = stops[-1] if stops else region.starts[line]
    that = [m.end() for m in _CLAUSE_THAT.finditer(region.text, begin, pos)]
    return that[-1] if that else begin


def _listed(region: _Section, begin: int, end: int) -> Iterator[tuple[Person, Line]]:
    text = region.text[begin:end]
    cut = _LIST_END.search(text)
    if cut:
        text = text[:cut.start()]
    for person in people(text):
        yield person, region.line_at(begin + person.start)


def _listed_under(lines: list[Line], start: int, end: int) -> Iterator[tuple[Person, Line]]:
    """A bare list of names under an 'Apologies' heading (parish minutes), skipping an '(Item 1)' line."""
    section = _Section("apologies")
    for i in range(start, min(end, start + 6)):
        line = lines[i]
        if re.match(r"^\(item\s+\w+\)$", line.text, re.I) and not section.text:
            continue
        if section.lines and not _continues(section, section.lines[-1], line):
            break
        if line.bold or _sentence(line.text) or _line_label(line):
            break
        section.add(line, line.text, " ")
    yield from section.people()


def _sentence_end(text: str, start: int) -> int:
    """End of the sentence from `start`: a full stop that does not close an initial or honorific."""
    for match in re.finditer(r"\.(?=\s|$)", text[start:]):
        before = text[:start + match.start()].rsplit(" ", 1)[-1]
        if not re.fullmatch(r"[A-Z]|Mr|Mrs|Ms|Dr|Cllr|St", before):
            return start + match.start()
    return len(text)


def _membership(lines: list[Line], part: Part, margins: _Measures) -> list[tuple]:
    """Members of the body on the front sheet: a labelled list or table, else an unlabelled grid of names."""
    for i in range(part.start, part.end):
        match = _MEMBERSHIP.match(lines[i].text)
        if not match:
            continue
        rest = lines[i].text[match.end():].strip()
        if _ADDRESSEES.match(rest):  # "To: Members of the Scrutiny Committee": whom a letter goes to, no names
            rest = rest.partition(":")[2].strip()  # (but names after its colon: "… Committee: Councillors A, B")
        table, _ = _member_table(lines, i + 1, part.end)
        if table and not rest:  # 'Councillor | Portfolio' under the label: a row per member
            return [("member", person, line) for _, person, line in table]
        section = _Section("member")
        if rest:
            section.add(lines[i], rest, "")
        j = i + 1
        # "Labour (2):   Ms A Whitlock and Mr B Quayle": a party's members beside its label, a list hung at their edge
        ungrouped = [_ungrouped(line) for line in lines[i + 1:part.end]]
        if ungrouped and ungrouped[0] is not lines[i + 1]:
            lines, section.indent = lines[:i + 1] + ungrouped + lines[part.end:], ungrouped[0].x0
        while j < part.end and _continues(section, lines[j - 1], lines[j], margins) and not _line_label(lines[j]):
            joiner = _joiner(section, lines[j - 1], lines[j], margins)
            if text := _row_text(section, lines[j - 1], lines[j]):
                section.add(lines[j], text, joiner)
            j += 1
        column = _wrap_column(lines[i + 1:j])
        if column is not None:  # a table of name and role whose role cells wrap under their own column
            section = _Section("member")
            if rest:
                section.add(lines[i], rest, "")
            for line in lines[i + 1:j]:
                wrapped = abs(line.x0 - column) <= 2
                section.add(line, line.text if wrapped else _cells_at(line, column),
                            " " if wrapped else "\n" if section.text else "")
        elif (role_x := _role_column(lines[i + 1:j])) is not None:  # a long name set closer to its role than a gap
            section = _Section("member")
            if rest:
                section.add(lines[i], rest, "")
            for k in range(i + 1, j):
                section.add(lines[k], _cells_at(lines[k], role_x), _joiner(section, lines[k - 1], lines[k], margins))
        found = [("member", person, line) for person, line in section.people()]
        if found:
            return found
    return [("member", person, line) for person, line in _grid(lines, part)]


def _ungrouped(line: Line) -> Line:
    """The line without a party group's label cell at its start ("Conservative (7):"), or the line itself."""
    group = _GROUP_LABEL.match(line.text)
    return Line(line.page, line.words[len(group[0].split()):]) if group and group.end() < len(line.text) else line


def _wrap_column(lines: list[Line]) -> float | None:
    """The left edge of a list's second column whose cells wrap ('Cabinet Member for' over 'Housing'): where two or
    more lines start that two or more other lines have a word starting at, right of the first column."""
    if not lines:
        return None
    left = min(line.x0 for line in lines)
    inner = sorted(w.x0 for line in lines for w in line.words[1:])
    for line in lines:
        x = line.x0
        if x - left < 20 or sum(abs(other.x0 - x) <= 2 for other in lines) < 2:
            continue
        if bisect_right(inner, x + 2) - bisect_right(inner, x - 2) >= 2:
            return x
    return None


def _role_column(lines: list[Line]) -> float | None:
    """The left edge of a 'name | role' list's second column: where three or more of its two-cell rows start their
    second cell (in a list of no more than two cells a row)."""
    cells = [line.cells() for line in lines]
    if any(len(row) > 2 for row in cells):
        return None
    starts = [row[1][0] for row in cells if len(row) == 2]
    return next((x for x in starts if sum(abs(x - other) <= 2 for other in starts) >= 3), None)


def _cells_at(line: Line, column: float) -> str:
    """A line's text with a cell break where its words reach `column`."""
    before = " ".join(w.text for w in line.words if w.x0 < column - 2)
    after = " ".join(w.text for w in line.words if w.x0 >= column - 2)
    return f"{before}\t{after}" if before and after else _cells(line)


def _grid(lines: list[Line], part: Part) -> list[tuple[Person, Line]]:
    """An unlabelled grid of names: rows of name cells on one page, split at the columns the rows share."""
    found = []
    for run in _grid_runs(lines[part.start:part.end]):
        columns = _columns(run)
        for line in run:
            for cell in _split_at(line, columns):
                found.extend((person, line) for person in people(cell, strict=True))
    return found


def _grid_runs(lines: list[Line]) -> list[list[Line]]:
    """Runs of two or more consecutive rows that hold names only, two or more names in the first row and two or
    more cells in some row; a short last row joins."""
    runs: list[list[Line]] = []
    previous: Line | None = None
    for line in lines:
        names = people("\t".join(text for _, text in line.cells()), strict=True)
        if names:
            follows = runs and runs[-1][-1] is previous and line.top - previous.top <= 2.0 * line.size
            if follows and previous.page == line.page:
                runs[-1].append(line)
            elif len(names) >= 2:
                runs.append([line])
        previous = line
    return [run for run in runs if len(run) >= 2 and any(len(line.cells()) >= 2 for line in run)]


def _columns(run: list[Line]) -> list[float]:
    """Left edges of the grid's columns: cell starts that two or more rows share."""
    starts = [x for line in run for x, _ in line.cells()]
    return sorted({round(x) for x in starts if sum(abs(x - other) <= 4 for other in starts) >= 2})


def _split_at(line: Line, columns: list[float]) -> list[str]:
    """The line's cells, also cut where a word starts at a column edge (cells that overflow into the gap)."""
    starts = {round(x) for x, _ in line.cells()}
    cells: list[list[str]] = []
    for word in line.words:
        if not cells or round(word.x0) in starts or any(abs(word.x0 - x) <= 4 for x in columns):
            cells.append([])
        cells[-1].append(word.text)
    return [" ".join(cell) for cell in cells]
