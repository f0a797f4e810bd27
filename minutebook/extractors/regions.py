"""Page regions read one after the other: a page laid out as text flows side by side (a front sheet's sidebar
of meeting details and members beside its agenda) is read region by region, left then right.

The layout groups words into lines across the whole page width, so a sidebar line and a main-region line at one
height come out as one line mixing both. A region boundary is a vertical gutter that no word crosses (but for a
few spanning lines, such as a title or a footnote) with lines on both sides that are not row-aligned: where the
two sides meet at one height their baselines differ by varying amounts, as independent flows' do. A table's
columns have gutters too, but its cells share rows: their baselines coincide, or differ by one constant offset
(cells set in another size). Between spanning lines, each side's words are regrouped into lines and read in
turn; a side holding regions of its own is split again.
"""

from __future__ import annotations

import re
from itertools import pairwise

from .layout import Line, Word, baseline, group_lines
from .tables import CAPTION_START, join, phrases

MIN_LINES = 5  # lines a side needs to count as a flow
MIN_MEETINGS = 4  # heights at which both sides have a line, to judge their alignment by
ALIGNED_SHARE = 0.3  # at most this share of those lines at one baseline: more is a table's rows
OFFSET_SHARE = 0.5  # at most this share at one constant offset: more is a table with cells of another size
LEVEL_TOPS = 0.75  # points between the tops of two cells that start one row in different sizes
TOLERANCE = 0.25  # points between baselines of one row (round letters overshoot the baseline a little)
_MAX_DEPTH = 3


def read_regions(lines: list[Line]) -> list[Line]:
    """The lines with every page laid out in side-by-side regions read region by region."""
    out: list[Line] = []
    start = 0
    for i in range(1, len(lines) + 1):
        if i == len(lines) or lines[i].page != lines[start].page:
            out.extend(_regions(lines[start:i], 0))
            start = i
    return out


Cell = tuple[float, float, list[Word]]  # a run of a line's words closer than a gutter: (x0, x1, words)


def _regions(lines: list[Line], depth: int) -> list[Line]:
    if depth >= _MAX_DEPTH:
        return lines
    if (paired := _captioned_side_by_side(lines, depth)) is not None:
        return paired
    if len(lines) < 2 * MIN_LINES:
        return lines
    heights = sorted(line.bottom - line.top for line in lines)
    width = 1.5 * heights[len(heights) // 2]  # a gutter is wider than one and a half line heights
    if sum(_has_gutter(line, width) for line in lines) < MIN_MEETINGS:  # most pages: no two sides ever meet on a
        return lines  # line
    rows = [[(words[0].x0, words[-1].x1, words) for words in phrases(line, gap=width)] for line in lines]
    baselines: dict[int, float | None] = {}
    for a, b in _gutters(rows, width, max(2, len(lines) // 2)):
        if _independent(rows, a, b, baselines) or _captions_either_side(rows, a, b):
            return _split(lines, rows, a, b, depth)
    return lines


_LATER_CAPTION = re.compile(r"\s(?:table|figure|chart|graph)\s+\d", re.I)


def _captioned_side_by_side(lines: list[Line], depth: int) -> list[Line] | None:
    """Tables set side by side, each under its caption, the captions on one line ("Table 2: Anti-social behaviour"
    beside "Table 3: Fly-tipping"): from the captions' line down to a line that runs across where the second caption
    starts, the left table's lines are read, then the right's. Their rows share baselines, so no gutter between
    independent flows tells them apart; the captions do. None where no line holds two captions."""
    for k, line in enumerate(lines):
        if not (CAPTION_START.match(line.text) and _LATER_CAPTION.search(line.text)):
            continue
        size = line.bottom - line.top
        x = next((p[0].x0 for p in phrases(line, gap=size)[1:] if CAPTION_START.match(join(p[:2]))), None)
        if x is None:
            continue
        end = k
        while end < len(lines) and lines[end].page == line.page and not any(
                w.x0 < x - 2 < w.x1 for w in lines[end].words):
            end += 1
        band = [w for ln in lines[k:end] for w in ln.words]
        left = group_lines([w for w in band if w.x1 <= x - 2], line.page)
        right = group_lines([w for w in band if w.x0 >= x - 2], line.page)
        return lines[:k] + _regions(left, depth + 1) + _regions(right, depth + 1) + _regions(lines[end:], depth)
    return None


def _has_gutter(line: Line, width: float) -> bool:
    """Whether two of the line's words are further apart than `width` (it holds two cells of `rows`)."""
    words = line.words
    return any(words[k + 1].x0 - words[k].x1 > width for k in range(len(words) - 1))


def _gutters(rows: list[list[Cell]], width: float, most: int) -> list[tuple[float, float]]:
    """Vertical gutters at least `width` wide that at most `most` lines cross, fewest crossings first, then widest
    first: a sweep over the cells' left and right edges (O(cells log cells))."""
    starts = sorted([cell[0] for cells in rows for cell in cells])
    ends = sorted([cell[1] for cells in rows for cell in cells])
    segments: list[tuple[float, float, int]] = []  # (x0, x1, cells over it), where few enough
    i = j = active = 0
    x = starts[0]
    while i < len(starts):
        if ends[j] <= starts[i]:
            nxt, delta = ends[j], -1
            j += 1
        else:
            nxt, delta = starts[i], 1
            i += 1
        if nxt > x and active <= most:
            segments.append((x, nxt, active))
        x, active = nxt, active + delta
    found: list[tuple[int, float, float]] = []
    for limit in range(most + 1):
        run: tuple[float, float] | None = None
        for x0, x1, count in [*segments, (x, x, most + 1)]:
            if count <= limit and run is not None and x0 == run[1]:
                run = (run[0], x1)
                continue
            if run and run[1] - run[0] >= width and not any(a < run[1] and b > run[0] for _, a, b in found):
                found.append((limit, *run))
            run = (x0, x1) if count <= limit else None
    return [(a, b) for _, a, b in sorted(found, key=lambda gutter: (gutter[0], gutter[1] - gutter[2]))]


def _independent(rows: list[list[Cell]], a: float, b: float, baselines: dict[int, float | None]) -> bool:
    """Whether the lines left of the gutter (a, b) and right of it are two flows rather than a table's columns,
    judged by the cells either side of the gutter (a line may hold other columns further out); `baselines` keeps
    each cell's baseline for the next gutter tried."""
    left = right = 0
    offsets: list[float] = []
    for cells in rows:
        if _crosses(cells, a, b):
            continue  # a line across the gutter
        low_cell, high_cell = _either_side(cells, a, b)
        low = _cached(low_cell, baselines) if low_cell else None
        high = _cached(high_cell, baselines) if high_cell else None
        left += low is not None
        right += high is not None
        if low is not None and high is not None:
            offsets.append(low - high)
    if left < MIN_LINES or right < MIN_LINES or len(offsets) < MIN_MEETINGS:
        return False
    aligned = sum(abs(d) <= TOLERANCE for d in offsets)
    return (aligned < ALIGNED_SHARE * len(offsets) and _largest_cluster(offsets, TOLERANCE) < OFFSET_SHARE * len(
        offsets) and not _rows_start_level(rows, a, b)) or _running_text_side_by_side(rows, a, b)


PROSE_WORDS = 5  # words a line of running text holds at least, mostly
MIN_PARAGRAPHS = 3  # paragraphs each side starts, to judge whether they start level


def _running_text_side_by_side(rows: list[list[Cell]], a: float, b: float) -> bool:
    """Whether the two sides of the gutter (a, b) are columns of running text (newspaper columns), though set on one
    baseline grid, as a table's rows would be: each side's lines are mostly long and run to its right edge, and
    the paragraphs of one side start at heights where none of the other's does (a table's cells start level, row
    by row)."""
    sides: tuple[list[Cell], list[Cell]] = ([], [])
    for cells in rows:
        if _crosses(cells, a, b):
            continue
        for side, cell in zip(sides, _either_side(cells, a, b), strict=True):
            if cell is not None:
                side.append(cell)
    starts = []
    for side in sides:
        if len(side) < MIN_LINES or not _prose(side):
            return False
        starts.append(_paragraph_starts(side))
    if min(len(s) for s in starts) < MIN_PARAGRAPHS:
        return False
    level = sum(any(abs(top - other) <= 2 for other in starts[1]) for top in starts[0])
    return level <= ALIGNED_SHARE * len(starts[0])


def _prose(side: list[Cell]) -> bool:
    """Lines of running text: most (three in five) hold several words, and at least half reach near the side's right
    edge."""
    right = max(x1 for _, x1, _ in side)
    long = sum(len(words) >= PROSE_WORDS for _, _, words in side)
    full = sum(right - x1 <= 12 for _, x1, _ in side)
    return long >= 0.6 * len(side) and full >= 0.5 * len(side)


def _paragraph_starts(side: list[Cell]) -> list[float]:
    """The tops of a side's lines that follow a gap wider than its usual line step: where its paragraphs start."""
    tops = [min(w.top for w in words) for _, _, words in side]
    steps = sorted(b - a for a, b in pairwise(tops) if b > a)
    if not steps:
        return []
    usual = steps[len(steps) // 4]  # (a quarter of the way up: most steps are within a paragraph)
    return [b for a, b in pairwise(tops) if b - a > 1.4 * usual]


def _rows_start_level(rows: list[list[Cell]], a: float, b: float) -> bool:
    """Whether the lines either side of the gutter start level as a table's rows do where its cells are set in
    other sizes (a bold title over a smaller description beside the owner and score): their baselines differ, and
    the lines after a row's first are not level, but each row's first lines have the same top."""
    meetings = level = 0
    for cells in rows:
        if _crosses(cells, a, b):
            continue
        low, high = _either_side(cells, a, b)
        if low is not None and high is not None:
            meetings += 1
            level += abs(min(w.top for w in low[2]) - min(w.top for w in high[2])) <= LEVEL_TOPS
    return level >= max(MIN_MEETINGS, ALIGNED_SHARE * meetings)  # (a few lines level by chance are no rows)


def _captions_either_side(rows: list[list[Cell]], a: float, b: float) -> bool:
    """Whether a line holds a table's caption either side of the gutter ("Table 1: Recorded crime" beside "Table 2:
    Anti-social behaviour"): two tables side by side, whose rows may align as one table's would."""
    for cells in rows:
        left, right = _either_side(cells, a, b)
        if left and right and all(CAPTION_START.match(" ".join(w.text for w in cell[2][:2])) for cell in (left, right)):
            return True
    return False



def _crosses(cells: list[Cell], a: float, b: float) -> bool:
    """Whether a line's cells run across the gutter (a, b)."""
    return any(x0 < b and x1 > a for x0, x1, _ in cells)


def _either_side(cells: list[Cell], a: float, b: float) -> tuple[Cell | None, Cell | None]:
    """The line's cells nearest the gutter (a, b) on its left and on its right, where it has them."""
    return (next((cell for cell in reversed(cells) if cell[1] <= a), None),
            next((cell for cell in cells if cell[0] >= b), None))


def _cached(cell: Cell, baselines: dict[int, float | None]) -> float | None:
    key = id(cell[2])
    if key not in baselines:
        baselines[key] = baseline(cell[2])
    return baselines[key]


def _largest_cluster(values: list[float], spread: float) -> int:
    """The most values within `spread` of each other."""
    ordered = sorted(values)
    best = j = 0
    for i, value in enumerate(ordered):
        while value - ordered[j] > spread:
            j += 1
        best = max(best, i - j + 1)
    return best


def _split(lines: list[Line], rows: list[list[Cell]], a: float, b: float, depth: int) -> list[Line]:
    """The lines read band by band between lines that cross the gutter: each band's left words, then its right."""
    out: list[Line] = []
    left: list[Word] = []
    right: list[Word] = []
    page = lines[0].page

    def flush() -> None:
        for side in (left, right):
            if side:
                out.extend(_regions(group_lines(side, page), depth + 1))
            side.clear()

    for line, cells in zip(lines, rows, strict=True):
        if _crosses(cells, a, b):
            flush()
            out.append(line)
        else:
            left.extend(w for w in line.words if w.x1 <= a)
            right.extend(w for w in line.words if w.x0 >= b)
    flush()
    return out

