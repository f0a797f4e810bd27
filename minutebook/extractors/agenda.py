"""agenda_items records: the numbered items on the front sheet's agenda.

Items are numbered lines at one left edge ("1. Apologies", "5.1 Risk Update (Pages 7 - 9)",
"6a Budget", "A1 Apologies" … "B1" in lettered parts), kept only while the numbers run in order, so dates,
phone numbers and numbered paragraphs are not taken for items; lettered or roman sub-items ("(a) 25/00141/FUL ...",
"ii) Resurfacing") under an item are items of their own ("5a", "4ii"). A title wraps onto the next
line when that line sits at the title's indent in the same weight and size (a bold title only when its line
was full), or back at the number's margin under a full line, or it is the page reference;
description lines ("To receive ...", "Report of ...") are not title.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..schemas import AgendaItem, BBox
from .dates import find_dates
from .layout import Line, line_pitch
from .numbering import ROMAN, Number, follows, rise, split_numbered, without_tags
from .pack import Pack

ITEM = re.compile(
    r"^(?:(?:agenda\s+)?item\s+)?(?P<num>(?-i:[A-H](?=\d))?\d{1,2}(?:\.\d{1,2})?(?:[a-z]|\([a-z]\)(?=\s))?)(?:[.):](?!\d)|\s)\s*(?P<title>\S.*)$",
    re.I)
# "a) Payments", "(b) 25/00166/HOU – Replacement garage", "ii) Resurfacing"
SUB_ITEM = re.compile(r"^\(?(?P<num>[a-h]|i{1,3}|iv|vi{0,3}|ix|x)[).]\s+(?P<title>[A-Z0-9].*)$")
PAGE_REF = re.compile(
    r"\s*\(?\bpages?\s+\d{1,4}(\s*[-–]\s*\d{1,4})?\)?\s*$|\s+\d{1,4}\s+[-–]\s+\d{1,4}\s*$", re.I
)
PAGE_REF_ONLY = re.compile(r"^\(?(pages?\s+)?\d{1,4}(\s*[-–]\s*\d{1,4})?\)?$", re.I)
DESCRIPTION = re.compile(
    r"^(to\s+(receive|consider|note|confirm|agree|approve|answer|discuss|review|elect|appoint|report)\b|"
    r"report\s+(of|by|from)\b|members\s+are\b|\(?during\s|-\s*to follow)",
    re.I,
)
ITEM_HEADING = re.compile(r"^(agenda\s+)?item\s*(no\.?|nos?\.?|number)?$", re.I)  # a column heading over items
INDENT_TOLERANCE = 4.0
COLUMN_TOLERANCE = 15.0


@dataclass
class _Item:
    number: str
    title: str
    line: Line


def extract(pack: Pack) -> list[AgendaItem]:
    """The items of each front sheet's agenda (a document may summon more than one meeting)."""
    return [
        AgendaItem(
            meeting_date=front.date, number=item.number, title=item.title, page=item.line.page,
            bbox=BBox(x0=item.line.x0, top=item.line.top, x1=item.line.x1, bottom=item.line.bottom), ocr=pack.ocr,
        )
        for front in pack.parts if front.kind == "front"
        for item in agenda_items(pack.lines[front.start:front.end])
    ]


def agenda_items(lines: list[Line]) -> list[_Item]:
    """The in-order chain of numbered items in these lines, with wrapped titles joined; lettered lines indented
    under an item ("a) Payments", "ii) Roof") are its sub-items ("4a", "4ii")."""
    candidates = [(i, m) for i, line in enumerate(lines) if (m := ITEM.match(line.text) or SUB_ITEM.match(line.text))]
    start = next((k for k, (_, m) in enumerate(candidates) if m.group("num") in ("1", "1.", "A1")), None)
    follows = _follows
    if start is None:  # a letter sending late papers: its items under an item-number heading, numbered as on the
        # agenda ("Agenda Item No" over "9  Commissioning Plan (Pages 1 - 4)"), in rising order from any number
        start = next((k for k, (i, m) in enumerate(candidates) if i and ITEM_HEADING.match(lines[i - 1].text)
                      and m.re is ITEM and lines[i - 1].page == lines[i].page), None)
        follows = _rises
    if start is None:
        return _roman_items(lines) or _reference_items(lines)
    column = lines[candidates[start][0]].x0
    right = max(line.x1 for line in lines)
    pitch = _pitch(lines)
    items: list[_Item] = []
    for i, match in candidates[start:]:
        number = match.group("num")
        if match.re is SUB_ITEM:
            if not items or lines[i].x0 < column + INDENT_TOLERANCE:
                continue
            number = f"{_SERIES.match(items[-1].number)[0]}{_split(items[-1].number)[0]}{number.lower()}"
        elif abs(lines[i].x0 - column) > COLUMN_TOLERANCE and not (_split(number)[1] and lines[i].x0 > column):
            continue  # off the items' column, unless a sub-item (6.1) indented under its item
        if not follows(items[-1].number if items else None, number) or _runs_on(lines, i, match.group("title")):
            continue
        title = _title(lines, i, match.group("title"), right, lettered=match.re is SUB_ITEM, pitch=pitch)
        if title:
            items.append(_Item(number, title, lines[i]))
    return items


def _runs_on(lines: list[Line], i: int, title: str) -> bool:
    """A line that carries on the sentence above it ("... under paragraph 3 of Schedule" over "12A to the Local
    Government Act 1972."): its number is a reference, not an item's."""
    above = lines[i - 1] if i else None
    return (above is not None and title[:1].islower() and above.page == lines[i].page
            and not above.text.rstrip().endswith((".", ":", ";")) and abs(above.x0 - lines[i].x0) <= 3)


def _roman_items(lines: list[Line]) -> list[_Item]:
    """Items numbered in Roman numerals from i ('i.', 'ii.', … 'xiii.', or in capitals), as a parish agenda may
    number them: the run at the first one's margin, each the next numeral, three or more."""
    items: list[_Item] = []
    column = None
    right = max((line.x1 for line in lines), default=0.0)
    for i, line in enumerate(lines):
        m = ROMAN_ITEM.match(line.text)
        if not m or m["num"].lower() not in ROMAN or ROMAN.index(m["num"].lower()) != len(items) \
                or (items and m["num"].islower() != items[0].number.islower()) \
                or (column is not None and abs(line.x0 - column) > INDENT_TOLERANCE):
            continue
        column = line.x0
        if title := _title(lines, i, m["title"], right, next_item=ROMAN_ITEM.match):
            items.append(_Item(m["num"], title, line))
    return items if len(items) >= 3 else []


ROMAN_ITEM = re.compile(r"^\(?(?P<num>[ivxl]{1,6}|[IVXL]{1,6})[).]\s+(?P<title>[A-Z0-9].*)$")


def _reference_items(lines: list[Line]) -> list[_Item]:
    """Items numbered in the council's own series, not from 1 ('25/20 To receive apologies', '25/21 ...'): the
    longest run, three or more, of one numbering scheme in one column, each number the next."""
    numbered = [(i, parsed) for i, line in enumerate(lines)
                if (parsed := split_numbered(line.text)) and parsed[1] and len(parsed[0].groups) > 1]
    runs: list[list[tuple[int, tuple[Number, str]]]] = []
    for i, parsed in numbered:
        run = next((run for run in runs if rise(run[-1][1][0], parsed[0]) == 1 and follows(run[-1][1][0], parsed[0])
                    and abs(lines[run[-1][0]].x0 - lines[i].x0) <= COLUMN_TOLERANCE), None)
        if run is None:
            runs.append([(i, parsed)])
        else:
            run.append((i, parsed))
    best = max(runs, key=len, default=[])
    if len(best) < 3:
        return []
    family, right = best[0][1][0].family, max(line.x1 for line in lines)

    def next_item(text: str) -> bool:
        return (parsed := split_numbered(text)) is not None and parsed[0].family == family

    return [_Item(number.text, title, lines[i]) for i, (number, rest) in best
            if (title := _title(lines, i, rest, right, next_item))]


_SERIES = re.compile(r"[A-H]?(?=\d)")  # a part's letter before its items' numbers: "A1" … "A6", then "B1"


def _follows(previous: str | None, number: str) -> bool:
    """Whether `number` can come next: 1 first, then n+1, or a sub-item (5.1, 5a) of the current item; in lettered
    parts, A1 first and B1 after the last of part A."""
    series = _SERIES.match(number)[0]
    number = number[len(series):]
    if previous is None:
        return number == "1" and series in ("", "A")
    last = _SERIES.match(previous)[0]
    previous = previous[len(last):]
    if series != last:
        return bool(last and series) and ord(series) == ord(last) + 1 and number == "1"
    prev_top, prev_sub = _split(previous)
    top, sub = _split(number)
    if top == prev_top + 1:
        return sub in ("", "1", "a")
    if top == prev_top:
        return bool(sub) and _sub_next(prev_sub, sub)
    return False


def _rises(previous: str | None, number: str) -> bool:
    """Whether `number` can come next in a list of some of an agenda's items: any first, then a higher item or a
    sub-item of the current one."""
    if previous is None:
        return True
    if _split(number)[0] > _split(previous)[0]:
        return _split(number)[1] in ("", "1", "a")
    return _follows(previous, number)


def _split(number: str) -> tuple[int, str]:
    match = re.match(r"[A-H]?(\d+)\.?\(?(\d*|[a-z]|[ivx]+)\)?$", number, re.I)  # "6", "6.1", "6a", "7(a)", "A6"
    return (int(match.group(1)), match.group(2).lower()) if match else (0, "")


def _sub_next(previous: str, current: str) -> bool:
    if not previous:
        return current in ("1", "a", "i")
    if previous.isdigit() and current.isdigit():
        return int(current) == int(previous) + 1
    if previous in ROMAN and current in ROMAN and ROMAN.index(current) == ROMAN.index(previous) + 1:
        return True
    return len(previous) == len(current) == 1 and ord(current) == ord(previous) + 1


def _pitch(lines: list[Line]) -> float:
    """The lines' pitch within a paragraph, or 0 where the pitch found is under half their type size, no such step
    (table cells set side by side, each a line, give steps of a fraction of a point)."""
    pitch = line_pitch(lines)
    sizes = sorted(line.size for line in lines)
    return pitch if sizes and pitch >= 0.5 * sizes[len(sizes) // 2] else 0.0


def _title(lines: list[Line], i: int, first: str, right: float,
           next_item: Callable[[str], object] = ITEM.match, lettered: bool = False, pitch: float = 0.0) -> str:
    """The item's title: `first` (its own line's) plus wrapped continuation lines up to the next item, page
    references (at a line's end) removed. A bold title, or a lettered sub-item's ("a) Applications received" over
    the applications listed at its indent), wraps only where its line is full or left mid-phrase; a line set
    further below than the document's line `pitch` starts a paragraph of its own (a description under the title)."""
    line = lines[i]
    parts = [first]
    title_x = _title_x(line)
    j = i + 1
    while j < len(lines) and j <= i + 3:
        nxt = lines[j]
        if nxt.page != line.page or (next_item(nxt.text) and not _opens_with_date(nxt.text)) \
                or SUB_ITEM.match(nxt.text):
            break
        if abs(nxt.x0 - title_x) > INDENT_TOLERANCE and not _wraps_back(lines, j, line):
            break
        if PAGE_REF_ONLY.match(nxt.text):
            j += 1
            continue
        # (what follows carries on a line left mid-phrase, before its page reference: "… to dwelling,  Pages 5 – 6")
        open_end = bool(_OPEN_END.search(PAGE_REF.sub("", parts[-1]).rstrip()))
        described = DESCRIPTION.match(nxt.text) and not open_end
        past_reference = PAGE_REF.search(lines[j - 1].text) and not (
            open_end or _RUNS_ON.match(nxt.text) or _bold_wrap(lines, j))
        if described or line.bold != nxt.bold or abs(line.size - nxt.size) > 0.5 or past_reference:
            break
        edge = lines[j - 1].cell.right if lines[j - 1].cell else right  # (a title in a table wraps in its column)
        if (line.bold or lettered) and lines[j - 1].x1 + 0.25 * nxt.size + _first_word_width(nxt) < edge \
                and not (open_end or parts[-1].endswith(":") or nxt.text[:1].islower()):
            break  # bold titles wrap only when full (the next line's first word, after a space, would not have
            # fitted), or left mid-phrase ("… Committee:" over "Review of …", "… Market Place" over "and Bridge …")
        if _SENTENCE_END.search(parts[-1]) and nxt.text[:1].isupper():  # a note under the item, in sentences
            break
        if pitch and nxt.top - lines[j - 1].top > _PARAGRAPH_STEP * pitch and nxt.text[:1].isupper() and not open_end:
            break
        parts.append(nxt.text)
        j += 1
    cells = line.cells()
    if len(parts) == 1 and len(cells) > 1 and PAGE_REF_ONLY.match(cells[-1][1]):  # the page in a column of its own
        parts[0] = parts[0][:len(parts[0]) - len(cells[-1][1])]
    title = " ".join(PAGE_REF.sub("", part).strip() for part in parts)
    if _bold_before_plain(line):  # "Public session – a period of up to 15 minutes …": the bold words
        title = _DASH.split(title, maxsplit=1)[0]
    return without_tags(_PURPOSE.split(title, maxsplit=1)[0].strip(" .:")).strip(" .:")


_DASH = re.compile(r"\s+[–—-]\s+")


def _bold_before_plain(line: Line) -> bool:
    """An item line whose title is bold and whose description follows in plain type after a dash: the words after
    the number up to the dash are bold, those after it not."""
    words = line.words[1:]
    k = next((k for k, w in enumerate(words) if w.text in "–—-"), 0)
    return 0 < k < len(words) - 1 and all(w.bold for w in words[:k]) and not any(w.bold for w in words[k + 1:])


_SENTENCE_END = re.compile(r"[a-z0-9)]{2}\.$")  # (not "St.")
_PARAGRAPH_STEP = 1.12  # a step this many line pitches down, or more, leaves a paragraph's space between lines
# a line left mid-phrase: what follows carries it on, even a "to consider …" that would open a description
_OPEN_END = re.compile(r"(?:,|\b(?:and|or|of|the|to|for|with|a|an|in|on|by))$")
# "Minutes – to approve as a correct record …", "Clerk's report – for information": the item's purpose follows its
# title after a dash ("Kingsgate House – lease renewal" is a title whole)
_PURPOSE = re.compile(r"(?<=\w)\s+[–—-]\s+(?=to\s+[a-z]|for\s+information\b)")


# a line that can only carry on the title above it, even past that line's page reference: "Minutes of the meetings
# held on 19 December 2024 and 9 January (Pages 1 - 26)" over "2025 and, if in order, ...", or "(including ...)"
_RUNS_ON = re.compile(r"^(?:[a-z]|\d|\((?!pages?\b)[a-z])")


def _opens_with_date(text: str) -> bool:
    """A title wrapped onto a line that opens with a date ("Minutes of the meeting held on" over "17 September
    2025"): no item of its own, though it opens with a number."""
    found = find_dates(text)
    return bool(found) and found[0][0] == 0


def _bold_wrap(lines: list[Line], j: int) -> bool:
    """Line j is a bold title's wrapped line set close under it, even past the page reference printed at the end of
    the line above ("12. Recommendations from the Scrutiny (Pages 283 - 296)" over "Committee: Flood Group"); the
    items' descriptions are plain."""
    above = lines[j - 1]
    return above.bold and lines[j].bold and lines[j].top - above.top <= 1.3 * above.size


def _wraps_back(lines: list[Line], j: int, item: Line) -> bool:
    """Line j carries on a title that wrapped back to the left margin, under the item's number (no hanging indent):
    it is as close as a line of text below a line too full for its first word, after a space as wide as that
    line's, by the right edge other lines from that margin reach on the page."""
    above, nxt = lines[j - 1], lines[j]
    if abs(nxt.x0 - item.x0) > INDENT_TOLERANCE or nxt.top - above.top > 1.3 * above.size:
        return False
    edge = max((other.x1 for other in lines if other.page == nxt.page and other is not above
                and abs(other.x0 - item.x0) <= INDENT_TOLERANCE), default=float("inf"))
    gaps = sorted(word.x0 - before.x1 for before, word in zip(above.words, above.words[1:], strict=False))
    space = gaps[len(gaps) // 2] if gaps else 0.0
    return above.x1 + space + _first_word_width(nxt) >= edge


def _first_word_width(line: Line) -> float:
    return line.words[0].x1 - line.words[0].x0


def _title_x(line: Line) -> float:
    """Where the title text starts on an item line (after the number)."""
    return line.words[1].x0 if len(line.words) > 1 else line.x0
