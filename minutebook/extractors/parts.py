"""Split a pack into its parts and find the meeting each part belongs to.

A pack is a front sheet (the meeting it is for, its membership and agenda), then any minutes
of earlier meetings, then officer reports. Minutes are found by their attendance block
("Present:", "Members Present:-", "PRESENT: Mr ...") and the heading just above it names the
meeting ("Minutes of the meeting held on ...", "MINUTES of a meeting of the Cabinet held ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .dates import find_dates, parse_time
from .layout import Line, Word
from .numbering import split_numbered, split_trailing
from .tables import join, phrases

PRESENT = re.compile(
    r"^((committee|board|panel|cabinet)\s+)?(members\s+|councillors\s+|cllrs\s+|those\s+)?present\b(?!ed|ing|ation|s\b)"
    r"(\s*\(?(virtually|remotely|in\s+person)\)?)?\s*(:|-|–|$|councillors?\b|cllrs?\b|were\b)|^(attendees|attendance|in\s+the\s+chair)\s*:",
    re.I,
)
MEETING_END = re.compile(
    r"\b(meeting|it)\s+(closed|ended|finished|concluded|terminated|rose)\s+at\s+\d|"
    r"^(the\s+)?meeting\s+(closed|ended|finished|concluded|terminated)\b|^(closed|ended) at\b",
    re.I,
)
NEW_DOCUMENT = re.compile(
    r"^(report\s+(to|of|by|for|title)\b|from\s*:|to\s*:|subject\s*:|title\b|purpose\s+of\b|summary\s*:|"
    r"agenda\s+item\b|appendix\s+\w{1,3}\s*$|classification\b|public\s+document\s+pack|decision\s+notice|"
    r"forward\s+plan)",
    re.I,
)
REPORT_STAMP = re.compile(r"^(agenda\s+item\s+\w+|appendix\s+\w+)\s*$", re.I)
AGENDA_CUE = re.compile(
    r"^\s*(a\s?g\s?e\s?n\s?d\s?a|public document pack|notice of (the )?meeting|summons\b.*|agenda for .*)\s*$|"
    r"\b(summoned|hereby summon|meeting\b[^.]{0,160}\b(will|is to|to) be held|membership\s*(\(\d+\))?\s*:?\s*$)|"
    r"^(meeting|date|venue|time)\s*:",
    re.I,
)
# a summons's sentence up to its date: "(is|are) summoned to …", "… to be held at the Pavilion on", "the meeting
# will take place on" (not "site visits will take place on"); never the minutes of, or the last meeting, held on a date
_HELD_BEFORE = re.compile(r"\b(?:summoned|(?:to|will|shall)\s+be\s+held|meeting\b[^.]{0,80}?\bwill\s+take\s+place)\b"
                          r"(?:(?!\.\s|\bminutes\b|\b(?:last|previous)\s+meeting\b).){0,160}$", re.I | re.S)
# the decisions a meeting took, published before its minutes: "Decisions of the Cabinet" (not an officer's)
_DECISIONS_OF = (r"^(?:notice\s+of\s+)?decisions\s+(?:of|taken\s+(?:by|at))\s+the\s+(?:[\w'-]+\s+){0,4}?"
                 r"(?:cabinet|committee|sub-committee|council|board|panel|executive|authority)\b")
_MINUTES_WORD = re.compile(rf"\bminutes\b|{_DECISIONS_OF}", re.I)
_MINUTES_TITLE = re.compile(r"^(printed\s+|draft\s+|confirmed\s+|unconfirmed\s+)?minutes\s+of\s+(a|an|the)\b"
                            r"|^(?:[^.:;]{3,80}?\s[–—:-]\s+)?record\s+of\s+(?:the\s+)?decisions\b"
                            rf"|{_DECISIONS_OF}", re.I)
REPORT_COVER = re.compile(r"^(committee\s+)?report\s*(to|of|by|title|author)?\b\s*:?|^purpose of (the )?report\b"
                          r"|^(\d+\.?\s+)?(purpose(\s+of\s+(the\s+)?report)?|executive\s+summary)\s*:?$", re.I)
_NOT_MEETING_DATE = re.compile(r"(publi(shed|cation)|\bdated\s*:?\s*$|signed|issued|despatch|next meeting|circulated|"
                               r"enquiries|deadline|closing date|by\s*$|before\s*$)", re.I)
_OCCASION = r"extraordinary|special|annual|ordinary|budget|statutory"  # what kind of meeting of a body it was
_BODY_IN_MINUTES = re.compile(
    rf"\bminutes\s+of\s+(?:an?\s+|the\s+)?(?:(?:{_OCCASION}|remote)\s+)*"
    r"(?:(?:meeting|hearing)\s+of\s+(?:the\s+)?)?(?P<body>.+?)"
    r"(?=,?\s+(held|which|at|on|in|of\s+\w+\s+council\b)\b|\s+(?:date|time|venue|place)\s*:|$)",
    re.I,
)
_BODY_WILL_BE_HELD = re.compile(
    rf"\b(?:an?\s+)?(?:(?:{_OCCASION})\s+)*meeting\s+of\s+(?:the\s+)?(?P<body>(?:(?!\bsummon)[^.;]){{2,80}}?)"
    r"\s+(?:of\s+[A-Z][\w ]+?\s+Council\s+)?(?:(?:which|that)\s+)?(?:will|is\s+to|to)\s+be\s+held"
    rf"|\bsummoned\s+to\s+attend\s+(?:an?\s+|the\s+)?(?:(?:{_OCCASION})\s+)*meeting\s+of\s+"
    r"(?:the\s+)?(?P<summoned>[^.;]{2,80}?)\s+(?:(?:(?:which|that)\s+(?:will|is\s+to)\s+be\s+|to\s+be\s+)?held\b"
    r"|on\s+\w+day\b|on\s+\d|at\s+\d|in\s+the\b)",
    re.I,
)
_BODY_LABEL = re.compile(r"^(meeting|committee|body|meeting of)\s*:?\s+(?P<body>[A-Z].+)$")
# "Decision determined at Environment Policy Committee meeting on …", "Decisions taken at the meeting of the Executive
# held on …"
_DECISION_AT = re.compile(r"decisions?\s+(?:determined|taken|made)\s+at\s+(?:the\s+)?(?:meeting\s+of\s+(?:the\s+)?"
                          r"(?P<of>[^.;:]+?)\s+(?=held\b|on\s)|(?P<body>(?!meeting\b)[^.;:]+?)\s+meeting\b)", re.I)
_STOP_TITLES = re.compile(
    r"^(a\s?g\s?e\s?n\s?d\s?a|public document pack|notice of (the )?meeting(\s+(and|&)\s+agenda)?|summons.*|"
    r"agenda\s+(and|&)\s+(summons|notice).*|minutes|printed minutes|"
    r"unrestricted items|membership.*|agenda item.*|members|item|page|date|time|venue|this page.*)\s*:?$",
    re.I,
)
_BODY_DASH_DATE = re.compile(
    r"^(?P<body>[A-Z][A-Za-z&,' ]{2,60}?)\s+[-–—]\s+((?i:\w+day),?\s+)?\d{1,2}\w*\s+[A-Za-z]+,?\s+\d{4}"
)
_BODY_DASH_MINUTES = re.compile(
    r"^(?P<body>[A-Z][A-Za-z&,' -]{2,80}?)\s*[-–—:]\s*(?:(?:draft\s+|printed\s+)?minutes(?:\s+of\s+the\s+meeting\b.*)?"
    r"|record\s+of\s+(?:the\s+)?decisions(?:\s+(?:taken|made)\b.*)?)$",
    re.I)  # "Finance Committee – Minutes", "… – minutes of the meeting held on …", "Executive – Record of Decisions"
# a kind of the council's own meeting, not a body: "Extraordinary Meeting – Minutes" (an Annual Parish Meeting is one)
_COUNCILS_MEETING = re.compile(r"^(the\s+)?(extraordinary|special|ordinary|emergency|annual|additional)\s+"
                               r"(general\s+)?meeting$", re.I)
# the full council's meeting of a principal council ("the County Council"), named as printed
_BARE_COUNCIL = re.compile(r"^(the\s+)?((county|city|borough|district|metropolitan\s+borough)\s+)?council$", re.I)
_BODY_WORD = re.compile(r"\b(committee|cabinet|board|panel|forum|authority|partnership|executive|assembly|commission|"
                        r"council|meeting|sub-committee|group|trust)\b", re.I)
_REPORT_TO = re.compile(r"^report\s+to\s*:\s*(?P<body>\S.*)$", re.I)
_COVER_LINE = re.compile(
    r"^(?P<body>[A-Z][\w&,' -]{2,80}?\b(?:committee|cabinet|board|panel|forum|council|authority|executive))"
    r"(?:\s+meeting)?\s*[,:|–-]?\s+(?P<date>(?:\w+day,?\s+)?\d{1,2}\w*\s+[A-Za-z]+,?\s+\d{4}).*$", re.I)
_NAMES_MEETING = re.compile(r"\bmeeting\b|\bagenda\s+item\b", re.I)
_VENUE_WORDS = re.compile(r"\b(hall|rooms?|chamber|centre|center|house|offices|library|church|pavilion|zoom)\b", re.I)
# "the Parish Council Meeting": which parish? (a county, city or borough's full council is "County Council")
GENERIC_COUNCIL = re.compile(r"^(the\s+)?((parish|town|community|village)\s+)?council$", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_LETTERHEAD_LINES = 4  # lines above a minutes heading, on its page, that may give the body's whole name
_NEXT_FIELD = re.compile(r"\s+(?=(?:date|time|venue|meeting|committee|place|item)(?:\s+of\s+(?:the\s+)?"
                         r"(?:meeting|hearing))?\s*:)", re.I)  # where the next of several fields on a line starts
# where minutes say a meeting was held: in or at a named place, before or after its date and time ("held on
# Thursday 20 March 2025 at 2.00 pm in the Council Chamber, ...")
_HELD_IN = re.compile(r"\bheld\s+(?:on\s+.{0,60}?\s+)?(?:in|at)\s+(?!\d)(?:the\s+)?(?P<v>[A-Z].+?)"
                      r"(?:\s+on\s+\w+day|\s+on\s+\d|\.$|$)")
_MEMO_FROM = re.compile(r"^from\s*:", re.I)  # a memo's header: "To:", "From:", "Date:", "Subject:"
_LETTER = re.compile(r"^(?:dear\s|our\s+ref\b|your\s+ref\b)", re.I)  # a letter's salutation or reference
# a front sheet's or cover's field label, the field's name its first word: "Date of hearing", "Venue", "Committee",
# "Meeting date"
_FIELD = (r"(?:meeting\s+)?(date|time|venue|meeting|committee|place|decision\s+(?:maker|taker))(?:\s+and\s+time)?"
          r"(?:\s+of\s+(?:the\s+)?(?:meeting|hearing|decision))?")  # "Decision maker: Cabinet Member for ..."
_LABEL_COLON = re.compile(rf"^{_FIELD}\s*:\s*(.+)$", re.I)  # "Date of hearing: Thursday 6 March 2025, 10.00 am"
NOTICE_OF_DECISION = r"(?:notice\s+of\s+(?:the\s+)?(?:decisions?|determination)|(?:decision|determination)\s+notice)\b"
# what a title says of the document or the occasion, after the body's name: "LICENSING SUB-COMMITTEE HEARING –
# NOTICE OF DECISION", "Planning Committee: Decision Notice"
_LIST_HEADING = re.compile(r"^(members|membership|councillors|present|apologies)\b", re.I)  # over names, not a body
_KIND_SUFFIX = re.compile(rf"(?:\s+hearing)?(?:\s*[-–—:]\s*{NOTICE_OF_DECISION})?$", re.I)
# a notice of the decisions of a meeting held, laid out as a front sheet: it records who sat, not an agenda
_NOTICE_TITLE = re.compile(rf"\b{NOTICE_OF_DECISION}", re.I)
_AT = re.compile(r"\bat\s+", re.I)
_AT_FIGURE = re.compile(r"\bat\s+(?=\d)", re.I)
_LABEL_CELL = re.compile(rf"^{_FIELD}\s*:?$", re.I)
_TIME_LINE = re.compile(r"^(?:at\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s?m\.?)?$", re.I)


@dataclass
class Part:
    """A run of lines of one kind, [start, end) in `Pack.lines`, with the meeting it belongs to."""

    kind: str  # "front", "notice", "minutes", "report"
    start: int
    end: int
    body: str | None = None
    date: date | None = None
    time: str | None = None
    venue: str | None = None
    page: int | None = None
    anchor: int | None = None  # minutes: index of the attendance ("Present") line


def split_parts(lines: list[Line]) -> list[Part]:
    """Front sheet, minutes and report parts, in order, covering the pack."""
    minutes = _minutes_parts(lines)
    first_start = minutes[0].start if minutes else len(lines)
    parts = _front_parts(lines, first_start)
    front = parts[0] if parts else None
    for i, part in enumerate(minutes):
        if part.body is None and front is not None:  # "Minutes of the meeting held on ...": the pack's own body
            part.body = front.body
        limit = minutes[i + 1].start if i + 1 < len(minutes) else len(lines)
        part.end = _minutes_end(lines, part.anchor, limit)
        parts.append(part)
        if part.end < limit:
            parts.append(Part("report", part.end, limit))
    if not minutes and front and parts[-1].end < len(lines):
        parts.append(Part("report", parts[-1].end, len(lines)))
    if not parts:
        parts.append(Part("report", 0, len(lines)))
        _describe_cover(parts[0], lines)
    return parts


def _describe_cover(part: Part, lines: list[Line]) -> None:
    """A report that names the meeting it goes to on its cover ("Overview Committee Meeting 11 September 2024,
    Agenda Item 7"; "COMMITTEE: Planning Committee" over "DATE: 12 September 2024"; a committee's name over a date
    line) belongs to that meeting."""
    head = [ln for ln in lines[:10] if ln.page == lines[0].page] if lines else []
    labelled = _labelled_fields(head)
    for k, line in enumerate(head[:-1]):  # "REPORT TO: WEST OF ENGLAND COMBINED AUTHORITY" wrapped over "COMMITTEE"
        if (m := _REPORT_TO.match(line.text)) and _BODY_WORD.search(line.text + " " + head[k + 1].text):
            wrapped = head[k + 1].text if len(head[k + 1].words) <= 2 and ":" not in head[k + 1].text else ""
            labelled.setdefault("committee", f"{m['body']} {wrapped}".strip())
    body = _field_body(labelled, ("committee", "meeting"))
    fielded = when = find_dates(labelled["date"]) if "date" in labelled else []
    meeting = next((m for line in head if _NAMES_MEETING.search(line.text) and (m := _COVER_LINE.match(line.text))
                    and find_dates(m["date"])), None)  # before a running header naming the council and a date
    if meeting and not (body and when):
        body, when = meeting["body"], find_dates(meeting["date"])
    if when and not body:  # a "Date of meeting" field under title lines: the nearest above it naming a body other
        # than a council ("Audit Committee" under "Fire and Rescue Authority")
        dated = next((k for k, ln in enumerate(head) if find_dates(ln.text)), len(head))
        body = next((ln.text for ln in reversed(head[:dated]) if len(_cover_cells(ln)) == 1 and len(ln.words) <= 12
                     and _names_a_body(ln.text) and ":" not in ln.text), None)
    text = " ".join(line.text for line in head)  # a decision form: "Decision determined at X meeting on <date>"
    if not (body and when) and (decided := _DECISION_AT.search(text)) and (dates := find_dates(text[decided.end():])):
        body, when = decided["body"] or decided["of"], dates
    for k, line in enumerate(head):
        if body and when:
            break
        # "Planning Committee – 12 March 2025", or so after a label ("Report to: Scrutiny Committee, 4 December 2025")
        same = _COVER_LINE.match(line.text) or ((to := _REPORT_TO.match(line.text)) and _COVER_LINE.match(to["body"]))
        if same and (dates := find_dates(same["date"])):
            body, when = same["body"], dates
        elif _BODY_WORD.search(line.text) and len(line.words) > 1 and not find_dates(line.text) and k + 1 < len(head) \
                and (dates := find_dates(head[k + 1].text)) and len(head[k + 1].words) <= 6 and len(line.words) <= 12:
            body, when = line.text, dates
    if body and when:
        part.body, part.date, part.page = _clean_body(body), when[0][1], lines[0].page
        if fielded and when == fielded:  # the date of the cover's own fields: its "Time:" and "Venue:" too
            part.time, part.venue = _field_time(labelled), labelled.get("venue")


def _minutes_parts(lines: list[Line]) -> list[Part]:
    parts: list[Part] = []
    for i, line in enumerate(lines):
        if not PRESENT.match(line.text):
            continue
        if parts and not _new_meeting_between(lines, parts[-1].anchor, i):
            continue
        head_start = _page_top(lines, _heading_start(lines, i, parts[-1].anchor + 1 if parts else 0))
        parts.append(_minutes_part(lines, head_start, i))
    parts += [_minutes_part(lines, _page_top(lines, _titles_above(lines, i, 0, lines[i].size)), i,
                            title_end=_title_end(lines, i)) for i in _unanchored_headings(lines, parts)]
    return sorted(parts, key=lambda part: part.start)


def _minutes_part(lines: list[Line], start: int, anchor: int, title_end: int | None = None) -> Part:
    heading = lines[start:title_end or anchor] or lines[anchor:anchor + 3]
    part = Part("minutes", start, len(lines), anchor=anchor, page=lines[start].page)
    above = [ln for ln in lines[max(0, start - _LETTERHEAD_LINES):start] if ln.page == lines[start].page]
    _describe_minutes(part, heading, above)
    return part


def _unanchored_headings(lines: list[Line], anchored: list[Part]) -> list[int]:
    """Minutes printed without an attendance block: a dated 'Minutes of ...' title at the top of a page."""
    covered = [(part.start, part.anchor + 40) for part in anchored]
    found = []
    for i, line in enumerate(lines):
        if not (_MINUTES_TITLE.match(line.text) and _near_page_top(lines, i) and (
                line.bold or line.text.isupper() or _under_title(lines, i))):
            continue
        if any(AGENDA_CUE.search(ln.text) for ln in lines[max(0, i - 3):i] if ln.page == line.page):  # an agenda
            continue
        if any(lo <= i <= hi for lo, hi in covered) or any(part.start > i and part.start - i < 40 for part in anchored):
            continue
        if find_dates(" ".join(ln.text for ln in lines[i:i + 3])):
            found.append(i)
            covered.append((i, i + 40))
    return found


def _title_end(lines: list[Line], i: int) -> int:
    """The end of a minutes title that wraps: up to two more lines of its size on its page, or in smaller type where
    they carry its sentence on ("MINUTES OF THE MEETING OF X TOWN COUNCIL" over "held in the Guildhall" over "on
    Monday 23rd June 2025"); a title that gives no date runs on to the line under it that does ("Executive – Record
    of Decisions" over "Meeting held on Tuesday 9 September 2025")."""
    end = i + 1
    while end < min(len(lines), i + 3) and lines[end].page == lines[i].page \
            and (lines[end].size == lines[i].size or lines[end].text[:1].islower()) \
            and not PRESENT.match(lines[end].text) and lines[end].top - lines[end - 1].top < 1.6 * lines[i].size:
        end += 1
    if not find_dates(" ".join(ln.text for ln in lines[i:end])):
        end = next((j + 1 for j in range(end, min(len(lines), i + 3)) if find_dates(lines[j].text)), end)
    return end


def _under_title(lines: list[Line], i: int) -> bool:
    """Right under a larger title on the same page ("Admissions Forum" over "Minutes of the meeting held on"), or a
    bold one a size up ("ANNUAL PARISH MEETING" at 12pt over 10pt); a logo's letters beside the title may come
    between them in reading order."""
    size = lines[i].size
    return any(above.page == lines[i].page and (above.size > size * 1.3 or (above.bold and above.size > size * 1.15))
               for above in lines[max(0, i - 2):i])


def _near_page_top(lines: list[Line], i: int) -> bool:
    """Among the first four lines of its page."""
    return i < 4 or lines[i - 4].page != lines[i].page


def _new_meeting_between(lines: list[Line], previous: int, current: int) -> bool:
    """A second 'Present' belongs to a new meeting only if a meeting heading or page break separates them."""
    between = lines[previous + 1:current]
    return len(between) > 25 or any(re.search(r"\bminutes\b", ln.text, re.I) for ln in between[-8:])


def _heading_start(lines: list[Line], anchor: int, floor: int) -> int:
    """First line of the heading block above an attendance line, on the same page.

    From the nearest line naming the minutes, extended up over title lines (bold or larger) only;
    without such a line, up to 8 lines above.
    """
    page = lines[anchor].page
    above = [j for j in range(anchor - 1, max(floor, anchor - 8) - 1, -1) if lines[j].page == page]
    named = next((j for j in above if _MINUTES_WORD.search(lines[j].text)), None)
    # a title further up the page, over the meeting's fields and a note that mentions minutes in passing
    # ("Decisions of the Cabinet" over "The formal minutes of the meeting will be submitted …")
    titled = next((j for j in range(anchor - 1, max(floor, anchor - 20) - 1, -1) if lines[j].page == page
                   and lines[j].bold and lines[j].size > lines[anchor].size * 1.1
                   and _MINUTES_TITLE.match(lines[j].text)), None)
    if titled is not None and (named is None or not (lines[named].bold or _MINUTES_TITLE.match(lines[named].text))):
        named = titled
    if named is None:
        return above[-1] if above else anchor
    return _titles_above(lines, named, floor, lines[anchor].size)


def _titles_above(lines: list[Line], start: int, floor: int, body_size: float) -> int:
    """`start`, extended up over up to three title lines (bold or larger) on its page."""
    top = start
    while top - 1 >= floor and start - top < 3 and lines[top - 1].page == lines[start].page and (
        lines[top - 1].bold or lines[top - 1].size > body_size * 1.1
    ) and not MEETING_END.search(lines[top - 1].text) and not re.match(r"\d", lines[top - 1].text):
        top -= 1
    return top


def _page_top(lines: list[Line], start: int) -> int:
    """Minutes that begin a page own the page's first lines too (a running title, an 'Agenda Item' stamp)."""
    top = start
    while top > 0 and lines[top - 1].page == lines[start].page and start - top < 2:
        top -= 1
    return top if top == 0 or lines[top - 1].page != lines[start].page else start


def _describe_minutes(part: Part, heading: list[Line], above: list[Line]) -> None:
    text = " ".join(line.text for line in heading)
    dates = [(pos, d) for pos, d in find_dates(text) if not _NOT_MEETING_DATE.search(text[max(0, pos - 30):pos])]
    titled = re.search(r"\bminutes\s+of\b", text, re.I)
    if titled:  # a running header or stamp above the title may carry the pack's own date
        dates = [(pos, d) for pos, d in dates if pos > titled.start()] or dates
    labelled = _labelled_fields(_fields_over(above) + heading)  # "Meeting | Date | Time | Venue": its fields first
    fielded = find_dates(labelled.get("date", ""))
    if fielded:
        part.date, part.time = fielded[0][1], _field_time(labelled)
    elif dates:
        pos, part.date = dates[0]
        part.time = _time_at(text, pos)
    named = _field_body(labelled)
    part.body = _clean_body(named) if named else _minutes_body(heading, above)
    venue = _HELD_IN.search(text)
    if "venue" in labelled or venue:
        part.venue = labelled.get("venue") or venue.group("v").strip(" ,.")


def _fields_over(above: list[Line]) -> list[Line]:
    """The lines of meeting fields set straight over a heading ("Date   Friday 14 March 2025"), nearest last: a
    front sheet's fields further up, over its agenda, are its own."""
    k = len(above)
    while k and (_LABEL_COLON.match(above[k - 1].text) or _LABEL_CELL.match(join(_cover_cells(above[k - 1])[0]))):
        k -= 1
    return above[k:]


def _minutes_body(heading: list[Line], above: list[Line]) -> str | None:
    """The body whose minutes these are; a short name in the title ("the Joint Waste Authority") is completed from
    a title line of the heading or of the letterhead above it ("WEST DOWNS JOINT WASTE AUTHORITY")."""
    text = " ".join(line.text for line in heading)
    match = _DECISION_AT.search(text)
    if match:
        return _clean_body(match["body"] or match["of"])
    titled = next((m for ln in heading if (m := _BODY_DASH_DATE.match(ln.text) or _BODY_DASH_MINUTES.match(ln.text))
                   and not _STOP_TITLES.match(m["body"]) and not _MINUTES_TITLE.match(m["body"])
                   and not _COUNCILS_MEETING.match(m["body"])), None)
    if titled:
        return _clean_body(titled.group("body"))
    title_lines = _title_lines(heading)
    # a name wrapped over two title lines, its body word on the second ("NETHERBY ST GILES" / "PARISH MEETING")
    wrapped = [(a, b) for a, b in zip(title_lines, title_lines[1:], strict=False)
               if a.size == b.size and a.bold == b.bold and a.page == b.page and not _BODY_WORD.search(a.text)]
    parted = {id(line) for pair in wrapped for line in pair}
    named = [(f"{a.text} {b.text}", a.size) for a, b in wrapped]
    named += [(line.text, line.size) for line in title_lines if id(line) not in parted]
    named.sort(key=lambda title: (not _BODY_WORD.search(title[0]), -title[1]))  # a body's name, larger first
    titles = [body for text, _ in named if (body := _clean_body(_strip_dates(text)))]
    generic = None
    match = _BODY_IN_MINUTES.search(text)
    if match and not re.match(r"(the\s+)?(meeting|previous)\b", match.group("body"), re.I):
        body = re.sub(r"(?<!parish)(?<!town)\s+meeting$", "", _clean_body(_strip_dates(match.group("body"))),
                      flags=re.I)
        body = re.sub(r"^(?:the\s+)?full\s+(?=council$)", "", body, flags=re.I)  # the full council is the council
        body = _OF_ELECTORS.sub("", body)  # "Parish Meeting of the electors of Netherby": the parish meeting
        if body and not find_dates(body) and len(body) > 2:
            whole = _whole_name(body, titles + [_clean_body(_strip_dates(ln.text)) for ln in above])
            if whole or not (GENERIC_COUNCIL.match(body) or _BARE_COUNCIL.match(body)):
                return whole or body
            if _BARE_COUNCIL.match(body):  # the full council's meeting, as printed: "Council", "County Council"
                named = re.sub(r"^the\s+", "", body, flags=re.I)
                return named.title() if named.isupper() else named
            generic = body
    for body in titles:  # a title line above "Minutes of the meeting held on ...": the body, maybe with a date
        if not _STOP_TITLES.match(body) and not re.search(r"\bcouncil\b", body, re.I):
            return body
    for body in titles:  # else the council itself (parish and town councils)
        if re.search(r"\bcouncil\b", body, re.I) and not _STOP_TITLES.match(body):
            return body
    return generic


def _title_lines(heading: list[Line]) -> list[Line]:
    """The heading's lines above the one naming the minutes, without letter-spaced banners ("N O R T H")."""
    lines = []
    for line in heading:
        if _MINUTES_WORD.search(line.text):
            break
        if sum(len(w.text) == 1 for w in line.words) * 2 <= len(line.words):
            lines.append(line)
    return lines


_OF_ELECTORS = re.compile(r"\s+of\s+the\s+(?:local\s+)?(?:electors|parishioners|residents)\s+of\s+.+$", re.I)


def _whole_name(body: str, titles: list[str]) -> str | None:
    """The title line that ends with the body the minutes name, giving its whole name: "the Joint Waste Authority"
    under "WEST DOWNS JOINT WASTE AUTHORITY". A bare "Council" is the full council's meeting unless the title is
    a parish or town council's."""
    words = body.casefold().removeprefix("the ").split()
    for title in titles:
        longer = title.casefold().split()
        if len(longer) > len(words) and longer[-len(words):] == words and not _STOP_TITLES.match(title):
            if _BARE_COUNCIL.match(body) and not GENERIC_COUNCIL.match(" ".join(longer[-2:])):
                continue
            return title
    return None


def _strip_dates(text: str) -> str:
    for pos, _ in reversed(find_dates(text)):
        text = text[:pos]
    return text


# the occasion after the body's name ("Licensing Committee AGM", "Drainage Board – Annual General Meeting")
_GENERAL_MEETING = re.compile(r"\s+(?:AGM|EGM|(?:annual|extraordinary)\s+general(?:\s+meeting)?)\W*$", re.I)
_FULL = re.compile(r"full\s+", re.I)
_LOCAL_COUNCIL = re.compile(r"^(?:parish|town|community|village)\s+council$", re.I)
# "Meeting of Kestonbury Town Council – Tuesday …", "Record of Decision of the Licensing Sub-Committee": the
# meeting's or the document's words before the body's name
_MEETING_OF = re.compile(rf"^(?:(?:an?|the)\s+)?(?:(?:(?:{_OCCASION})\s+)*(?:meeting|hearing)|record\s+of\s+(?:the\s+)?"
                         r"decisions?)"
                         r"\s+(?:of|taken\s+by|made\s+by)\s+(?:the\s+)?(?=[A-Z])", re.I)


def _clean_body(text: str) -> str:
    """A body's name without spacing, edge punctuation or a cover's "Report to (the)" before it, without the
    occasion ("Licensing Committee AGM"), and without the council's name a dash sets before it ("Brantingley Parish
    Council – Planning Committee")."""
    text = _REPORT_TO_BODY.sub("", _GENERAL_MEETING.sub("", re.sub(r"\s+", " ", text)).strip(" .,:;-–—"))
    text = _MEETING_OF.sub("", text)
    if (full := _FULL.match(text)) and (_names_a_body(text[full.end():]) or _LOCAL_COUNCIL.match(text[full.end():])):
        text = text[full.end():]  # "Full Licensing Committee": the whole committee meeting, as against its
        # sub-committees; "Full Town Council": the town council's ("Full Council" is a body)
    named = _COUNCIL_DASH.match(text)
    return named["rest"] if named and _names_a_body(named["rest"]) else text


def _names_a_body(text: str) -> bool:
    """Whether the text names a kind of body other than a council: a committee, board, panel, cabinet, ..."""
    return bool({w.lower() for w in _BODY_WORD.findall(text)} - {"council"})


_COUNCIL_DASH = re.compile(r"^.*\bcouncil\s+[-–—]\s+(?P<rest>\S.*)$", re.I)
_REPORT_TO_BODY = re.compile(r"^report\s+to\s+(?:the\s+)?(?=\S)", re.I)


def _minutes_end(lines: list[Line], anchor: int, limit: int) -> int:
    """Minutes run to the 'meeting ended' line, or to the first page that opens another document, or to the
    next part. A record of decisions printing one notice a page goes on where a page opens with the next notice,
    as its earlier ones opened ('DECISION NOTICE | Decision No. …')."""
    notices = False  # a decision notice opened within these minutes
    for j in range(anchor + 1, limit):
        if MEETING_END.search(lines[j].text) and len(lines[j].text) < 120:
            return j + 1
        if lines[j].page != lines[j - 1].page and opens_document(lines, j, limit) \
                and not (notices and _NOTICE.match(lines[j].text)):
            return j
        notices = notices or bool(_NOTICE.match(lines[j].text))
    return limit


_NOTICE = re.compile(r"^decision\s+notice\b", re.I)


def opens_document(lines: list[Line], j: int, limit: int) -> bool:
    """Whether the page starting at line j opens another document: a report's cover or memo header (not the
    fields of a minute whose numbered heading opens the page), an 'Agenda Item' stamp, or a title much larger than
    the text before it (not in the size of a heading on the page before, as the next minute's is)."""
    head = [ln for ln in lines[j:min(limit, j + 4)] if ln.page == lines[j].page]
    numbered = lines[j].bold and (heading := split_numbered(lines[j].text)) is not None and heading[1]
    if not numbered and any(NEW_DOCUMENT.match(ln.text) and len(ln.text) < 70 and not split_trailing(ln.text)
                            for ln in head):  # (not a minute's own "Report of:" under its numbered heading)
        return True
    before = [ln for ln in lines[max(0, j - 80):j] if ln.page == lines[j - 1].page]
    return lines[j].size > _page_text_size(lines, j - 1) * 1.25 and not any(
        ln.bold == lines[j].bold and abs(ln.size - lines[j].size) < 0.3 for ln in before)


def _page_text_size(lines: list[Line], last: int) -> float:
    """The size most of the page ending at line `last` is printed in (not its small running footer)."""
    sizes: dict[float, int] = {}
    k = last
    while k >= 0 and lines[k].page == lines[last].page:
        sizes[lines[k].size] = sizes.get(lines[k].size, 0) + len(lines[k].text)
        k -= 1
    return max(sizes, key=sizes.__getitem__)


def _front_parts(lines: list[Line], limit: int) -> list[Part]:
    """The front sheet, and the front sheet of each further meeting the document summons before `limit` (a planning
    committee's agenda on a new page after the council's): a page opening with a title over its text, whose top
    announces a meeting on another date."""
    front = _front_part(lines, 0, limit)
    fronts = [front] if front else []
    j = front.start if front else limit
    while fronts and (j := _next_page(lines, j, limit)) < limit:
        top = [ln for ln in lines[j:j + _SUMMONS_TOP] if ln.page == lines[j].page]
        if lines[j].size < 1.25 * _page_text_size(lines, j + len(top) - 1) or not any(
                AGENDA_CUE.search(ln.text) for ln in top):
            continue
        later = _front_part(lines, j, limit)
        if later and later.date and later.body and later.date != fronts[-1].date and _announces(lines, j, later.date):
            fronts[-1].end = min(fronts[-1].end, j)
            fronts.append(later)
    return fronts


def _announces(lines: list[Line], j: int, when: date) -> bool:
    """The page at line j gives `when` as its meeting's date in a summons's sentence or a "Date:" field (not as the
    date of minutes it asks to approve)."""
    page = lines[j:_next_page(lines, j, len(lines))]
    text = " ".join(ln.text for ln in page)
    fielded = _labelled_fields(page).get("date")
    held = [d for pos, d in _held(find_dates(text), text) if not _NEXT_MEETING.search(text, max(0, pos - 100), pos)]
    return when in held or bool(fielded and any(d == when for _, d in find_dates(fielded)))


_NEXT_MEETING = re.compile(r"\bnext\s+meeting\b", re.I)  # "the next meeting will be held on …": a later one
_SUMMONS_TOP = 10  # a later front sheet announces its meeting within this many lines of its page's top


def _next_page(lines: list[Line], j: int, limit: int) -> int:
    """The index of the first line of the page after line j's (`limit` if none)."""
    page = lines[j].page
    return next((k for k in range(j + 1, limit) if lines[k].page != page), limit)


def _front_part(lines: list[Line], start: int, limit: int) -> Part | None:
    """The front sheet starting at line `start`: where its first page announces a meeting (agenda, summons,
    notice), or a notice of decision printed like one (kind "notice")."""
    if start >= limit:
        return None
    first_page = lines[start].page
    pages = sorted({ln.page for ln in lines[start:limit]})[:2]  # a cover page may only name the meeting
    page_lines = [ln for ln in lines[start:limit] if ln.page in pages]
    if not any(AGENDA_CUE.search(ln.text) or _NOTICE_TITLE.search(ln.text) for ln in page_lines) or any(
        REPORT_COVER.search(ln.text) for ln in page_lines[:12]
    ):
        return None
    end = limit
    for j in range(start + 1, limit):
        if lines[j].page != lines[j - 1].page and (
            REPORT_STAMP.match(lines[j].text) or lines[j].page - first_page >= 4
        ):
            end = j
            break
    kind = "notice" if any(_NOTICE_TITLE.search(ln.text) for ln in page_lines[:12]) else "front"
    part = Part(kind, start, end, page=first_page)
    _describe_front(part, page_lines)
    return part


def _describe_front(part: Part, page_lines: list[Line]) -> None:
    text = " ".join(ln.text for ln in page_lines)
    labelled = _labelled_fields(page_lines)
    dates = _summons_first([(pos, d) for pos, d in find_dates(text)
                            if not _NOT_MEETING_DATE.search(text[max(0, pos - 30):pos])], text)
    titled = next((m for ln in page_lines if (m := _BODY_DASH_DATE.match(ln.text)) and find_dates(ln.text)
                   and _BODY_WORD.search(m["body"]) and not _COUNCILS_MEETING.match(m["body"])),
                  None)  # not a signature ("Jo Hart, Town Clerk – 7 May 2025"), nor a kind of meeting ("Ordinary
    # Meeting – Monday, 12 January 2026" over notes on the agenda: whose meeting the summons says)
    held = _held(dates, text)
    if titled:
        part.date = find_dates(titled.group(0))[0][1]
    elif held and any(_MEMO_FROM.match(ln.text) or _LETTER.match(ln.text) for ln in page_lines):  # a memo's or
        # letter's "Date:" is its own ("Our ref: … Date: 12 November", "Dear Councillor, I hereby summon you …")
        part.date = held[0][1]
    elif "date" in labelled and find_dates(labelled["date"]):
        part.date = find_dates(labelled["date"])[0][1]
    elif dates:
        part.date = dates[0][1]
    field_time = _field_time(labelled)
    if field_time or "time" in labelled:
        part.time = field_time
    elif dates:
        part.time = _time_at(text, dates[0][0])
    if "venue" in labelled:
        part.venue = labelled["venue"]
    if part.date is not None and (part.time is None or part.venue is None):
        time, venue = _under_date(page_lines, part.date)
        part.time, part.venue = part.time or time, part.venue or venue
    part.body = _clean_body(titled.group("body")) if titled else _front_body(page_lines, text, labelled)


def _summons_first(dates: list[tuple[int, date]], text: str) -> list[tuple[int, date]]:
    """The dates of a page, the one the summons sentence gives ("… to be held in the Village Hall on Tuesday 14
    January 2025") first: a letter's own date or the clerk's signature date may be printed before it."""
    held = _held(dates, text)
    return held + [found for found in dates if found not in held]


def _held(dates: list[tuple[int, date]], text: str) -> list[tuple[int, date]]:
    """The dates a summons's sentence gives the meeting ("... to be held in the Village Hall on <date>")."""
    return [(pos, d) for pos, d in dates if _HELD_BEFORE.search(text[max(0, pos - 160):pos])]


def _time_at(text: str, pos: int) -> str | None:
    """The time after 'at' just after the date at `pos` ('on 4 February 2025 at 7.00pm', 'ON 4 MAY 2025 AT 7PM'), or
    after the venue that follows it ('on 11 March 2025 in the Village Hall at 7.15pm')."""
    if at := _AT_FIGURE.search(text, pos, pos + 80):
        return parse_time(text[at.end():at.end() + 12])
    at = _AT.search(text, pos, pos + 40)
    return parse_time(text[at.end():pos + 60]) if at else None


def _field_time(labelled: dict[str, str]) -> str | None:
    """The time a cover's fields give: its "Time:" field, or a time printed after the date in its field."""
    return parse_time(labelled["time"]) if "time" in labelled else _time_after_date(labelled.get("date", ""))


def _time_after_date(value: str) -> str | None:
    """The time a date field prints after its year ('Thursday 6 March 2025, 10.00 am'); a date's own digits
    ('12.03.2025') are never read as one."""
    year = _YEAR.search(value)
    return parse_time(value[year.end():]) if year else None


def _under_date(page_lines: list[Line], when: date) -> tuple[str | None, str | None]:
    """An unlabelled time and venue set as lines under the meeting's date ('Monday 17 March 2025' over '7.00 pm'
    over 'Council Chamber,' / 'Town Hall'): a line that is only a time, then a run of close lines that opens with a
    place word."""
    k = next((k for k, ln in enumerate(page_lines) if any(d == when for _, d in find_dates(ln.text))), None)
    if k is None:
        return None, None
    time = None
    k += 1
    if k < len(page_lines) and _TIME_LINE.match(page_lines[k].text) and (time := parse_time(page_lines[k].text)):
        k += 1
    venue: list[Line] = []
    while k < len(page_lines) and len(venue) < 4:
        ln, prev = page_lines[k], page_lines[k - 1]
        close = ln.page == prev.page and 0 < ln.top - prev.top <= (1.6 if venue else 3) * prev.size
        if not close or ln.text.endswith(":") or find_dates(ln.text) or not (venue or _VENUE_WORDS.search(ln.text)):
            break
        venue.append(ln)
        k += 1
    return time, " ".join(ln.text for ln in venue).strip(" ,") or None


def _cover_cells(line: Line) -> list[list[Word]]:
    """A cover line's cells: its words split where the gap is wider than a space (a label's cell, then its value)."""
    return phrases(line, gap=0.45 * line.size)


def _labelled_fields(page_lines: list[Line]) -> dict[str, str]:
    """'Date: 14 January 2019', or a column of labels beside values ('Committee  Planning Committee'); first wins."""
    fields: dict[str, str] = {}
    for ln in page_lines:
        match = _LABEL_COLON.match(ln.text)
        if match:  # "Meeting: Cabinet  Date: 12 February 2025  Item: 11": each field to the next label
            for piece in _NEXT_FIELD.split(ln.text):
                if field := _LABEL_COLON.match(piece):
                    fields.setdefault(_field_key(field.group(1)), field.group(2).strip())
    # a column of labels ('Committee', 'Date of meeting', 'Subject'), a gap, then the values aligned
    rows = [(cells[0], cells[1][0].x0, ln) for ln in page_lines
            if len(cells := _cover_cells(ln)) > 1 and len(cells[0]) <= 5]
    for label, x0, ln in rows:
        if not (match := _LABEL_CELL.match(join(label))):
            continue
        column = {join(other).strip(" :").lower() for other, other_x0, _ in rows if abs(other_x0 - x0) < 3}
        if len(column) >= 3:
            fields.setdefault(_field_key(match.group(1)), " ".join(w.text for w in ln.words[len(label):]))
    for label, value in _grid_fields(page_lines).items():
        fields.setdefault(label, value)
    return fields


def _grid_fields(page_lines: list[Line]) -> dict[str, str]:
    """A grid of label cells, two or more to a row ('Meeting  …  Date  …' over 'Time  …  Place  …'): each value is
    the cells right of its label, before the row's next label, on the lines about its label's row (a value wraps
    over lines centred on its label) that are nearer that row than any other label's. A label word elsewhere
    ('Committee' wrapped under its value) is a label only in a row or column of labels."""
    cells = [(ln, ln.cells()) for ln in page_lines]
    words = [(k, x, text) for k, (_, row) in enumerate(cells) for x, text in row if _LABEL_CELL.match(text)]
    labels = [(k, x, text) for k, x, text in words
              if any((other == k and ox != x) or (other != k and abs(ox - x) <= 4) for other, ox, _ in words)]
    rows = sorted({k for k, _, _ in labels})
    if not any(sum(k == row for k, _, _ in labels) >= 2 for row in rows):
        return {}
    at = {(k, x) for k, x, _ in labels}
    fields: dict[str, str] = {}
    for k, x, text in labels:
        label_line = cells[k][0]
        right = min((lx for row, lx, _ in labels if row == k and lx > x), default=float("inf"))
        values = [value for j, (line, row) in enumerate(cells)
                  if abs(line.top - label_line.top) <= 1.5 * label_line.size
                  and min(rows, key=lambda r: abs(cells[r][0].top - line.top)) == k
                  and (j == k or not any(abs(cx - x) <= 4 for cx, _ in row))  # (a row of its own: "Report of  …")
                  for cx, value in row if x < cx < right and (j, cx) not in at]
        if values:
            fields.setdefault(_field_key(text), " ".join(values))
    return fields


def _field_body(labelled: dict[str, str], keys: tuple[str, ...] = ("meeting", "committee")) -> str | None:
    """The body the fields name ("Meeting: Cabinet", "Committee   Planning Committee"), first of `keys`; a date
    printed in such a field names none."""
    for key in keys:
        value = labelled.get(key)
        if value and not find_dates(value):
            return value
        if value and (dashed := _BODY_DASH_DATE.match(value)):  # "Meeting: Cabinet – Tuesday, 14 October 2025 …"
            return dashed["body"]
    return None


def _field_key(label: str) -> str:
    """A front sheet's label as its field's name: 'Place' is the venue, a decision's maker its meeting."""
    key = re.sub(r"\s+", " ", label.strip(" :").lower())
    return {"place": "venue", "decision maker": "meeting", "decision taker": "meeting"}.get(key, key)


def _front_body(page_lines: list[Line], text: str, labelled: dict[str, str]) -> str | None:
    if named := _field_body(labelled):
        return _clean_body(named)
    match = _BODY_WILL_BE_HELD.search(text)
    if match:
        body = _clean_body(match.group("body") or match.group("summoned"))
        if GENERIC_COUNCIL.match(body):  # "a meeting of the Parish Council will be held": the letterhead's parish
            return _whole_name(body, [ln.text.strip() for ln in page_lines]) or body
        return body
    titles = [ln for ln in page_lines if not _STOP_TITLES.match(ln.text.strip()) and not find_dates(ln.text)
              and len(ln.text) < 70 and not re.search(r"[@:]|\d|\b\w+day\b|\bheld\b", _UNDER_ACT.sub("", ln.text), re.I)
              and not _LIST_HEADING.match(ln.text) and not _NOTICE_ONLY.match(ln.text.strip())]
    if not titles:
        return None
    body_size = sorted(ln.size for ln in page_lines)[len(page_lines) // 2]
    big = _unwrap_titles([ln for ln in titles if (ln.size > body_size * 1.05 or ln.bold)
                          and not _VENUE_WORDS.search(ln.text)])
    councils = [t for t in big if re.search(r"\bcouncil\b", t[0], re.I)]
    # (a bold cell of a table in body type, "Chair" in a Lead column, names no body)
    others = [t for t in big if t not in councils and (t[1] > body_size * 1.05 or _BODY_WORD.search(t[0]))]
    # the largest title, one naming a kind of body first ("Health Scrutiny Committee" under a council's name set
    # larger, "Kestonbury" over "Borough Council")
    best = max(others or councils or [(ln.text, ln.size) for ln in titles],
               key=lambda t: (bool(_BODY_WORD.search(t[0])), t[1]))
    return _clean_body(_KIND_SUFFIX.sub("", _UNDER_ACT.sub("", best[0])))


# the Act a body sits under, after its name: "Licensing Sub-Committee – Licensing Act 2003"
_UNDER_ACT = re.compile(r"\s*[-–—:]\s*(?:the\s+)?[A-Z][\w ()]{0,60}?\bAct\s+\d{4}$")
_NOTICE_ONLY = re.compile(rf"^{NOTICE_OF_DECISION}$", re.I)  # a notice's title, naming no body


def _unwrap_titles(lines: list[Line]) -> list[tuple[str, float]]:
    """Title lines as (text, size), a title wrapped over lines of one size joined ('Children and Young People
    Scrutiny' over 'Committee')."""
    titles: list[tuple[str, float]] = []
    for k, ln in enumerate(lines):
        prev = lines[k - 1] if k else None
        if prev is not None and prev.page == ln.page and prev.size == ln.size and prev.bold == ln.bold \
                and 0 < ln.top - prev.top <= 1.5 * ln.size:
            titles[-1] = (f"{titles[-1][0]} {ln.text}", ln.size)
        else:
            titles.append((ln.text, ln.size))
    return titles
