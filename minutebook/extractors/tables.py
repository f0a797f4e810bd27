"""Table helpers shared by the indicator and risk extractors: header columns, cells by column, row grouping.

Tables are read from the layout's words, not from ruling lines, so ruled, unruled and monospace
tables go through one path. A header line is split into column phrases where words are further
apart than a space (relative to the line's own character width, which also copes with monospace
blocks); header lines stacked under it ("Risk" over "ID", "Current" over "Likelihood (1-5)") join the
column they overlap. A body word belongs to the last column whose left edge is left of the word's
centre: left-aligned text, right-aligned numbers and centred ratings all land in their column.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..schemas import BBox
from .layout import Line, Word

MISSING = re.compile(r"^(n/?a|-{1,3}|–|—|tbc|tbd|\*|\.\.|nil|none|x)$", re.I)
NUMBER = re.compile(r"^\(?[-−]?\d{1,3}(,\d{3})+(\.\d+)?%?\)?$|^\(?[-−]?\d+(\.\d+)?%?\)?$")


@dataclass
class Column:
    """One header column: its words joined in reading order, and its horizontal extent."""

    text: str
    x0: float
    x1: float
    role: str | None = None
    words: list[Word] = field(default_factory=list)


@dataclass
class Row:
    """A table row: the lines it spans, each line's words already split by column."""

    lines: list[Line] = field(default_factory=list)
    cells: list[list[list[Word]]] = field(default_factory=list)

    def words(self, index: int, only: Callable[[Word], bool] | None = None) -> list[Word]:
        """Every word of one column over the row's lines, top to bottom."""
        return [w for cells in self.cells for w in cells[index] if only is None or only(w)]

    def text(self, index: int, only: Callable[[Word], bool] | None = None) -> str:
        return join(self.words(index, only))


def join(words: Iterable[Word]) -> str:
    """Words as text, rejoining a word hyphenated across a line break is left to the reader."""
    return " ".join(w.text for w in words).strip()


def bbox(line: Line) -> BBox:
    return BBox(x0=line.x0, top=line.top, x1=line.x1, bottom=line.bottom)


def by_page(lines: Iterable[Line]) -> dict[int, list[Line]]:
    """Lines grouped by page, with lines the layout split at one baseline put back together."""
    pages: dict[int, list[Line]] = defaultdict(list)
    for line in lines:
        pages[line.page].append(line)
    return {page: merge_split_lines(found) for page, found in pages.items()}


def merge_split_lines(lines: list[Line]) -> list[Line]:
    """Rejoin lines on one baseline that the layout emitted separately (a quoted word whose glyph
    box sits a point lower becomes its own line, sometimes ordered before the rest of its line)."""
    out: list[Line] = []
    for line in sorted(lines, key=lambda ln: ln.top):
        prev = out[-1] if out else None
        if prev is not None and abs(prev.top - line.top) < 0.3 * line.size and not _overlaps(prev, line):
            out[-1] = Line(prev.page, sorted(prev.words + line.words, key=lambda w: w.x0))
        else:
            out.append(line)
    return out


def _overlaps(a: Line, b: Line) -> bool:
    return any(w.x0 < v.x1 and v.x0 < w.x1 for w in a.words for v in b.words)


def char_width(words: list[Word]) -> float:
    """Mean width of one character over the words: the unit for 'wider than a space'."""
    chars = sum(len(w.text) for w in words)
    return sum(w.x1 - w.x0 for w in words) / chars if chars else 6.0


def phrases(line: Line) -> list[list[Word]]:
    """The line's words split where the gap is wider than a space: one list per cell-like phrase."""
    gap = 1.3 * char_width(line.words)
    out: list[list[Word]] = []
    for word in line.words:
        if out and word.x0 - out[-1][-1].x1 <= gap:
            out[-1].append(word)
        else:
            out.append([word])
    return out


def header_columns(line: Line) -> list[Column]:
    return [Column(join(p), p[0].x0, p[-1].x1, words=p) for p in phrases(line)]


def stack(columns: list[Column], line: Line) -> list[Column] | None:
    """Columns with a stacked header line added under the columns it overlaps; None if a phrase of the
    line overlaps no column or two of them (then the line is not part of this header)."""
    out = [Column(c.text, c.x0, c.x1, c.role, list(c.words)) for c in columns]
    for phrase in phrases(line):
        x0, x1 = phrase[0].x0, phrase[-1].x1
        hits = [c for c in out if x0 < c.x1 + 2 and c.x0 - 2 < x1]
        if len(hits) != 1:
            return None
        hit = hits[0]
        hit.text, hit.x0, hit.x1 = f"{hit.text} {join(phrase)}", min(hit.x0, x0), max(hit.x1, x1)
        hit.words += phrase
    return out


def column_of(word: Word, columns: list[Column]) -> int:
    """Index of the last column starting left of the word's centre (the first column takes the rest)."""
    centre = (word.x0 + word.x1) / 2
    index = 0
    for i, column in enumerate(columns):
        if column.x0 - 2 <= centre:
            index = i
    return index


def split(line: Line, columns: list[Column]) -> list[list[Word]]:
    cells: list[list[Word]] = [[] for _ in columns]
    for word in line.words:
        cells[column_of(word, columns)].append(word)
    return cells


def body_size(lines: Iterable[Line]) -> float:
    sizes = Counter(round(line.size) for line in lines)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def spans_columns(line: Line, columns: list[Column]) -> bool:
    """True when one phrase of the line runs across two column starts: prose, not a table line."""
    starts = [c.x0 for c in columns[1:]]
    return any(sum(p[0].x0 < s - 2 and p[-1].x1 > s + 6 for s in starts) >= 2 for p in phrases(line))


def number(text: str) -> float | None:
    """A printed table number ('1,234', '45.6%', '(3)') as a float, or None."""
    text = text.strip()
    if not NUMBER.match(text):
        return None
    negative = text.startswith("(") or text.lstrip("(").startswith(("-", "−"))
    value = float(text.strip("()%").replace(",", "").replace("−", "-").lstrip("-"))
    return -value if negative else value
