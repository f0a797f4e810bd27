"""Minutes set with side headings: each minute's number and bold heading in a narrow left column, its text in a
wide column beside them, with no header row over the two ("45." over "Apologies for Absence" at the left, "Apologies
for absence were received from ..." at the right, at the same height).

The layout groups words into lines across the page, so a heading's line carries the text's line beside it
("Apologies for Absence C Lockwood, P Mellor, ..."). Where the document sets its minutes so, each minute is read
as its side heading (the number on the heading's first line) and then its text. Lines across both columns
(the attendance, a vote's table) are read as they are.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from .layout import Line, Word

_NUMBER_ONLY = re.compile(r"^[A-Z]{0,4}[/.]?\d{1,4}(?:[./]\d{1,3})?[.:)]?$")
MIN_HEADINGS = 3  # side headings (text beside a body line) the document needs to count as set so
ALIGN = 3.0  # points within which the text column's lines start at its edge


def read_side_headings(lines: list[Line]) -> list[Line]:
    """The lines with every minute set with side headings read heading first, then its text."""
    edge = _text_edge(lines)
    if edge is None:
        return lines
    out: list[Line] = []
    block: list[tuple[list[Word], list[Word], Line]] = []  # (side words, text words, line) of one heading's rows
    for line in lines:
        parts = _parts(line, edge)
        if parts is None or (block and (line.page != block[-1][2].page or parts[0] and (
                not block[-1][0] or _NUMBER_ONLY.match(parts[0][0].text)))):
            out += _emit(block)
            block = []
        if parts is None:
            out.append(line)
        else:
            block.append((*parts, line))
    return out + _emit(block)


def _text_edge(lines: list[Line]) -> float | None:
    """The left edge of the text column where at least MIN_HEADINGS side headings stand beside its lines, at
    least two of them numbered and worded (a number and a title, on one side line or the number over its title: a
    number alone in the margin heads a title printed in the text column), and text lines start there alone too;
    None where the document has no such layout."""
    left = min((line.x0 for line in lines), default=0.0)
    edges: Counter[int] = Counter()
    worded = 0
    numbered = False  # the side heading on the line before is a number alone
    for line in lines:
        split = _split(line) if line.x0 <= left + ALIGN else None
        if split is None or (split[1] and all(w.bold for w in split[1])):  # (a number in the margin beside its
            numbered = False  # bold title: ModernGov's headings, the title in the text column)
            continue
        side, text = split
        if text:
            edges[round(text[0].x0)] += 1
        alone = len(side) == 1 and bool(_NUMBER_ONLY.match(side[0].text))
        worded += not side[-1].text.endswith(":") and (
            numbered and not alone or bool(text) and bool(_NUMBER_ONLY.match(side[0].text)) and len(side) > 1)
        numbered = alone and bool(text)
    if not edges:
        return None
    edge = edges.most_common(1)[0][0]
    count = sum(n for x, n in edges.items() if abs(x - edge) <= ALIGN)
    alone = sum(abs(line.x0 - edge) <= ALIGN for line in lines)
    return float(edge) if count >= MIN_HEADINGS and worded >= 2 and alone >= MIN_HEADINGS else None


def _split(line: Line, edge: float | None = None) -> tuple[list[Word], list[Word]] | None:
    """A line's side heading (a few bold words) and the text after it: split at the text column's `edge` once it is
    known, else at the first gap wider than a space; the text is empty where the line has no such break; None where
    the line opens with no side heading ("Present: Councillor ...": a bold label run in). The text may open in bold
    ("RESOLVED that ...")."""
    words = line.words
    if edge is not None:
        k = next((k for k, w in enumerate(words) if abs(w.x0 - edge) <= ALIGN), len(words))
    else:
        k = next((k for k in range(1, len(words)) if words[k].x0 - words[k - 1].x1 >= _GAP * line.size), len(words))
    if not 0 < k <= _SIDE_WORDS or not all(w.bold for w in words[:k]):
        return None
    return words[:k], words[k:]


_SIDE_WORDS = 8
_GAP = 0.6  # ems between a side heading and the text beside it: wider than a space


def _parts(line: Line, edge: float) -> tuple[list[Word], list[Word]] | None:
    """A line's side-heading words and text words, or None for a line across both columns (or left of them)."""
    if line.x0 >= edge - ALIGN:
        return [], line.words
    split = _split(line, edge)
    return None if split is None or split[0][-1].x1 > edge else split


def _emit(block: list[tuple[list[Word], list[Word], Line]]) -> list[Line]:
    """One heading's rows: its side lines (a lone number moved onto the heading's first line), then its text."""
    if not block:
        return []
    page = block[0][2].page
    if not any(side for side, _, _ in block):
        return [line for _, _, line in block]
    sides = [side for side, _, _ in block if side]
    if len(sides) > 1 and len(sides[0]) == 1 and _NUMBER_ONLY.match(sides[0][0].text):
        heading = sides[1][0]
        number = replace(sides[0][0], top=heading.top, bottom=heading.bottom)
        sides = [[number, *sides[1]], *sides[2:]]
    return [Line(page, side) for side in sides] + [Line(page, text) for _, text, _ in block if text]
