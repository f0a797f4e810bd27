"""Table helpers shared by the indicator and risk extractors: header columns, cells by column, row grouping.

Tables are read from the layout's words, so ruled, unruled and monospace tables go through one
path. A header line is split into column phrases where words are further apart than a space
(relative to the line's own character width, which also copes with monospace blocks) or where a
ruling line runs between them (read only for pages with a table header); header lines
stacked under it ("Risk" over "ID", "Current" over "Likelihood (1-5)") join the column they
overlap. A body word belongs to the last column whose left edge is left of the word's centre:
left-aligned text, right-aligned numbers and centred ratings all land in their column.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from itertools import pairwise

from ..schemas import BBox
from .layout import Layout, Line, Word, baseline

# points between the baseline steps of equally spaced lines (rounding, and round letters overshooting a little)
BASELINE_SLACK = 1.0
MISSING = re.compile(r"^(n/?a|-{1,3}|–|—|tbc|tbd|\*|\.\.|…|nil|none|x|\[[a-z]\])$", re.I)
NUMERIC = re.compile(r"(^|\s)[-(]?\d[\d,]*(\.\d+)?%?\)?($|\s)")  # a standalone number in a text
NUMBER = re.compile(r"^\(?[-−+]?\d{1,3}(,\d{3})+(\.\d+)?%?\)?$|^\(?[-−+]?\d+(\.\d+)?%?\)?$")  # "+1.4%": a rise


@dataclass
class Column:
    """One header column: its words joined in reading order, and its horizontal extent."""

    text: str
    x0: float
    x1: float
    role: str | None = None
    words: list[Word] = field(default_factory=list)
    group: str = ""  # the group heading printed over this sub-column, where one is ("Duties owed" over "Relief")
    printed: str = ""  # a bare period heading as printed ("Nov"), where `text` gives it the caption's year

    @classmethod
    def of(cls, words: list[Word], role: str | None = None, group: str = "") -> Column:
        """The column headed by these words, over their extent."""
        return cls(join(words), min(w.x0 for w in words), max(w.x1 for w in words), role=role, words=words,
                   group=group)


@dataclass
class Row:
    """A table row: the lines it spans, each line's words already split by column."""

    lines: list[Line] = field(default_factory=list)
    cells: list[list[list[Word]]] = field(default_factory=list)
    anchor: int = 0  # index in `lines` of the line the row was recognised by (its values, ID or rating)

    def words(self, index: int, only: Callable[[Word], bool] | None = None) -> list[Word]:
        """Every word of one column over the row's lines, top to bottom."""
        return [w for cells in self.cells for w in cells[index] if only is None or only(w)]

    def text(self, index: int, only: Callable[[Word], bool] | None = None) -> str:
        return join(self.words(index, only))


def join(words: Iterable[Word]) -> str:
    """Words as text; a compound broken after its hyphen at a cell's line end ("Medium-" over "term") is one word."""
    text = ""
    last: Word | None = None
    for word in words:
        broken = last is not None and word.top >= last.bottom - 1 and _hyphen_joins(last.text, word.text)
        text += word.text if broken or last is None else " " + word.text
        last = word
    return text.strip()


def _hyphen_joins(before: str, after: str) -> bool:
    """Text broken after a hyphen and going on in lower case ("Medium-" over "term", "self-" over "contained"): one
    word."""
    return bool(_HYPHENATED.search(before)) and after[:1].islower()


_HYPHENATED = re.compile(r"[A-Za-z]-$")


def bbox(line: Line) -> BBox:
    return BBox(x0=line.x0, top=line.top, x1=line.x1, bottom=line.bottom)


def by_page(lines: Iterable[Line]) -> dict[int, list[Line]]:
    """Lines grouped by page, with lines the layout split at one baseline put back together within each region
    of the page read on its own (a table beside another is read after it, not merged into its rows)."""
    pages: dict[int, list[list[Line]]] = defaultdict(list)
    for line in lines:
        runs = pages[line.page]
        if not runs or line.top < runs[-1][-1].top - line.size:  # back up the page: the next region
            runs.append([])
        runs[-1].append(line)
    return {page: [line for run in runs for line in merge_split_lines(run)] for page, runs in pages.items()}


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


class Rules:
    """One page's vertical ruling lines, read the first time a table header asks."""

    def __init__(self, layout: Layout | None, page: int):
        self._layout, self._page = layout, page
        self._rules: list[tuple[float, float, float]] | None = None

    def between(self, left: Word, right: Word) -> bool:
        """Whether a rule runs down between two words of one line: they sit in different cells."""
        if self._layout is None:
            return False
        if self._rules is None:
            self._rules = self._layout.vertical_rules(self._page)
        mid = (left.top + left.bottom) / 2
        return any(left.x1 - 1 <= x <= right.x0 + 1 and top - 1 <= mid <= bottom + 1 for x, top, bottom in self._rules)


    def cell(self, word: Word, x0: float, x1: float) -> tuple[float, float] | None:
        """The left and right border of the cell holding x0..x1 on the word's line, or None without rules."""
        if self._layout is None:
            return None
        if self._rules is None:
            self._rules = self._layout.vertical_rules(self._page)
        mid = (word.top + word.bottom) / 2
        xs = [x for x, top, bottom in self._rules if top - 1 <= mid <= bottom + 1]
        left = max((x for x in xs if x <= x0 + 1), default=None)
        right = min((x for x in xs if x >= x1 - 1), default=None)
        return None if left is None or right is None else (left, right)


def phrases(line: Line, rules: Rules | None = None, gap: float | None = None) -> list[list[Word]]:
    """The line's words split where the gap is wider than a space (or than `gap`), or where a cell border runs
    between them: one list per cell-like phrase."""
    gap = 1.3 * char_width(line.words) if gap is None else gap
    out: list[list[Word]] = []
    for word in line.words:
        if out and word.x0 - out[-1][-1].x1 <= gap and not (rules and rules.between(out[-1][-1], word)):
            out[-1].append(word)
        else:
            out.append([word])
    return out


def header_columns(line: Line, rules: Rules | None = None, gap: float | None = None) -> list[Column]:
    return [Column.of(p) for p in phrases(line, rules, gap)]


def ruled_cells(columns: list[Column], rules: Rules) -> list[Column]:
    """Columns set in from their ruled cells' borders (centred headings) widened to those borders, where every
    heading sits in a cell: a centred "Cause" heads the text set from its cell's left border ("Recruitment ...").
    Headings set flush in their cells keep their extent."""
    cells = [rules.cell(c.words[0], c.x0, c.x1) if c.words else None for c in columns]
    if any(cell is None for cell in cells) or any(a[1] > b[0] + 1 for a, b in pairwise(cells)):
        return columns
    return [replace(c, x0=left, x1=right) if c.x0 - left > _PADDING and right - c.x1 > _PADDING else c
            for c, (left, right) in zip(columns, cells, strict=True)]


_PADDING = 8.0  # a cell's text set further in from both its borders than this is centred in the cell


def split_at_body(columns: list[Column], body: list[Line], rules: Rules | None = None) -> list[Column]:
    """Headings set closer than a gutter ("Polarity Outturn", "Target RAG") split where the body rows below them
    break between cells: where two or more rows holding figures have a cell under the word before the space, a
    cell under the word after it, and the gutter between those cells under the space, the space is a gutter."""
    rows = [phrases(line, rules) for line in body if NUMERIC.search(line.text)][:4]
    out: list[Column] = []
    for column in columns:
        start = 0
        for k in range(1, len(column.words)):
            before, after = column.words[k - 1], column.words[k]
            if sum(_breaks_between(cells, before, after) for cells in rows) >= 2:
                out.append(Column.of(column.words[start:k], column.role, column.group))
                start = k
        out.append(Column.of(column.words[start:], column.role, column.group) if start else column)
    return out


def _breaks_between(cells: list[list[Word]], before: Word, after: Word) -> bool:
    middle = (before.x1 + after.x0) / 2
    return any(a[-1].x1 <= middle <= b[0].x0 and a[0].x0 < before.x1 and a[-1].x1 > before.x0
               and b[0].x0 < after.x1 and b[-1].x1 > after.x0 for a, b in pairwise(cells))


def stack(columns: list[Column], parts: list[Column], above: bool = False,
          group: bool = False) -> list[Column] | None:
    """Columns with the phrases of a stacked header line added: a phrase joins the column it overlaps,
    or starts a new column where it overlaps none; a phrase over several columns is split word by word
    ("12m to 12m to" over two columns). None where a word overlaps two columns (not a header line), unless
    `group`: then the phrase is a group heading over the columns under it ("Residual" over "L | I | Score")
    and prefixes each of their texts, their extents unchanged.
    `above`: the line is printed above the columns, so its words go first."""
    out = [replace(c, words=list(c.words)) for c in columns]
    for part in parts:
        hits = _overlapping(out, part.x0, part.x1)
        if len(hits) > 1:
            groups: dict[int, list[Word]] = {}
            for word in part.words:
                hit = _overlapping(out, word.x0, word.x1)
                if len(hit) != 1:
                    if not group:
                        return None
                    groups = {}
                    break
                groups.setdefault(id(hit[0]), []).append(word)
            if not groups:  # a group heading
                for column in hits:
                    column.text = f"{part.text} {column.text}" if above else f"{column.text} {part.text}"
                continue
            for words in groups.values():
                _add(out, _overlapping(out, words[0].x0, words[0].x1)[0], words, above)
        elif hits:
            _add(out, hits[0], part.words, above)
        else:
            out.append(Column(part.text, part.x0, part.x1, words=list(part.words)))
    return sorted(out, key=lambda c: c.x0)


def ungroup(columns: list[Column], parts: list[Column], rules: Rules | None = None,
            alone: Callable[[Column, Column], bool] | None = None,
            spanning: Callable[[Column, list[Column]], bool] | None = None) -> list[Column] | None:
    """Columns with the line printed under them, where some heading is a group heading over sub-columns
    ("Inherent" over "L | I | Score" on the next line): two or more phrases of the line sit under it, or one
    where `alone(heading, phrase)` says it is a sub-heading rather than the heading's wrapped text. Its
    sub-columns replace it, each headed "Inherent L", ... (`group` "Inherent"); a phrase under no heading is a
    sub-column of the group whose cell holds it (between ruling lines; unruled, the last heading starting left of
    it where the headings are set flush left, else the group it is nearer than any other heading). The other
    phrases stack as in `stack`. A heading spanning two or more phrases it overlaps fewer of (its cell holds them,
    or unruled it is centred over them) is a group over them where `spanning(heading, phrases)` says it may be
    ("2024/25" over "Q1 | Q2 | Q3 | Q4"). None where no heading is a group."""
    under: dict[int, list[Column]] = {}
    for part in parts:
        hits = _overlapping(columns, part.x0, part.x1)
        if len(hits) == 1:
            under.setdefault(id(hits[0]), []).append(part)
    for column in columns if spanning is not None else ():
        if len(under.get(id(column), ())) < 2 and (run := _spanned(column, columns, parts, rules)) \
                and spanning(column, run):
            under[id(column)] = run
    groups = [c for c in columns if len(subs := under.get(id(c), ())) >= 2
              or (alone is not None and len(subs) == 1 and alone(c, subs[0]))]
    if not groups:
        return None
    members = {id(g): list(under[id(g)]) for g in groups}
    # headings set flush left over their columns (each group starting where its first sub-column does): a heading's
    # columns run on to the next heading, so a phrase under none belongs to the last heading starting left of it
    flush = all(abs(g.x0 - min(s.x0 for s in members[id(g)])) <= 2 for g in groups)
    placed = {id(p) for ps in members.values() for p in ps}
    for part in parts:
        if _overlapping(columns, part.x0, part.x1) or id(part) in placed:
            continue
        for group in groups:
            cell = rules.cell(group.words[0], group.x0, group.x1) if rules is not None else None
            if cell is not None:
                inside = cell[0] - 1 <= part.x0 and part.x1 <= cell[1] + 1
            elif flush:
                inside = group is max((c for c in columns if c.x0 <= part.x0), key=lambda c: c.x0, default=None)
            else:
                subs = members[id(group)]
                near = min(abs(part.x0 - s.x1) if part.x0 >= s.x1 else abs(s.x0 - part.x1) for s in subs)
                others = [c for c in columns if c is not group]
                inside = all(near < (part.x0 - c.x1 if part.x0 >= c.x1 else c.x0 - part.x1) for c in others)
            if inside:
                members[id(group)].append(part)
                break
    grouped = {id(p) for ps in members.values() for p in ps}
    base = [c for c in columns if id(c) not in members]
    base += [Column(f"{g.text} {p.text}", p.x0, p.x1, words=list(p.words), group=g.text)
             for g in groups for p in members[id(g)]]
    return stack(sorted(base, key=lambda c: c.x0), [p for p in parts if id(p) not in grouped])


def _spanned(heading: Column, columns: list[Column], parts: list[Column], rules: Rules | None) -> list[Column] | None:
    """The phrases of the line below that a heading spans ("2024/25" over "Q1 | Q2 | Q3 | Q4"), two or more under
    no other heading: those inside its cell where rules bound it, else those between its neighbouring headings
    whose run (to one column's pitch past the last) has the heading's middle inside it."""
    cell = rules.cell(heading.words[0], heading.x0, heading.x1) if rules is not None else None
    left = cell[0] - 1 if cell else max((c.x1 for c in columns if c.x1 <= heading.x0), default=float("-inf"))
    right = cell[1] + 1 if cell else min((c.x0 for c in columns if c.x0 >= heading.x1), default=float("inf"))
    run = [p for p in parts if left < p.x0 and p.x1 < right
           and all(c is heading for c in _overlapping(columns, p.x0, p.x1))]
    if len(run) < 2:
        return None
    starts = sorted(p.x0 for p in run)
    pitch = (starts[-1] - starts[0]) / (len(starts) - 1)
    return run if cell or starts[0] <= (heading.x0 + heading.x1) / 2 <= starts[-1] + pitch else None


def _overlapping(columns: list[Column], x0: float, x1: float) -> list[Column]:
    return [c for c in columns if x0 < c.x1 + 2 and c.x0 - 2 < x1]


def _add(columns: list[Column], column: Column, words: list[Word], above: bool) -> None:
    if above:
        column.text = f"{join(words)} {column.text}"
    else:  # a heading wrapped at its hyphen is one word
        glue = "" if _hyphen_joins(column.text, words[0].text) else " "
        column.text = f"{column.text}{glue}{join(words)}"
    column.x0, column.x1 = min(column.x0, words[0].x0), max(column.x1, words[-1].x1)
    column.words = words + column.words if above else column.words + words


def header_band(lines: list[Line], i: int, allowed: re.Pattern | None = None) -> int:
    """First line of the header band around line i: bold lines just above it belong to the same header
    row where cells are vertically centred ("Q1" above the heading line, "2019/20" below it). A line
    with a number (outside what `allowed` matches) is body, not header."""
    lo, size = i, lines[i].size
    while (lo > 0 and lines[i].bold and lines[lo - 1].bold and lines[lo].top - lines[lo - 1].bottom < 0.5 * size
           and not NUMERIC.search(allowed.sub(" ", lines[lo - 1].text) if allowed else lines[lo - 1].text)):
        lo -= 1
    return lo


def group_rows(lines: list[Line], starts: list[bool], columns: list[Column]) -> list[Row]:
    """Rows from a table's body lines, one per anchor line (the line a row is recognised by). Lines
    between two anchors are split at the widest step between their baselines: all go to the upper row
    when cells are top-aligned (the padding comes just before the next anchor), and they split
    around the padding when cells are vertically centred. Lines before the first anchor go to it.
    (Baselines, not glyph boxes: a line of capitals and descenders and one of small letters sit a few
    points apart in their boxes at one line spacing, as much as a tight row's padding.)"""
    anchors = [i for i, start in enumerate(starts) if start]
    if not anchors:
        return []
    bases = [baseline(line.words) or line.bottom for line in lines]
    columns = _fit_to_body(columns, lines)
    owner = [anchors[0]] * len(lines)
    for a, b in zip(anchors, [*anchors[1:], len(lines)], strict=True):
        split_at = b - 1
        if b < len(lines):
            steps = [bases[k + 1] - bases[k] for k in range(a, b)]
            split_at = a + max(k for k, step in enumerate(steps) if step >= max(steps) - BASELINE_SLACK)
            while split_at + 1 < b and _LOWER_START.match(lines[split_at + 1].text):  # "(including" over "severe
                split_at += 1  # obesity)": a line that can only carry on the text above is the upper row's
        for k in range(a, b):
            owner[k] = a if k <= split_at else b
    rows = {a: Row() for a in anchors}
    for line, a in zip(lines, owner, strict=True):
        rows[a].lines.append(line)
    for a, row in rows.items():
        row.lines.sort(key=lambda ln: ln.top)
        row.cells = [split(ln, columns) for ln in row.lines]
        row.anchor = row.lines.index(lines[a])
    return [rows[a] for a in anchors]


_LOWER_START = re.compile(r"^[a-z)]")


def _fit_to_body(columns: list[Column], lines: list[Line]) -> list[Column]:
    """The columns with each heading centred over cells set to the left starting where those cells do ("Indicator"
    centred over names that start under the gap after "Ref"): a body phrase that starts after the heading to the
    left ends and runs on under a heading's start moves that start to it. (Words only: a figure set right in its
    cell may reach under the next heading's start.)"""
    starts = [c.x0 for c in columns]
    for line in lines:
        for phrase in phrases(line):
            x0, x1 = phrase[0].x0, phrase[-1].x1
            if number(phrase[0].text) is not None or not any(ch.isalpha() for ch in phrase[0].text):
                continue
            for k in range(1, len(columns)):
                if columns[k - 1].x1 < x0 < starts[k] and x1 > columns[k].x0 + 2 \
                        and (k + 1 == len(columns) or x1 < columns[k + 1].x0):  # (not a cell spanning columns)
                    starts[k] = x0
    return [c if x0 == c.x0 else replace(c, x0=x0) for c, x0 in zip(columns, starts, strict=True)]


CAPTION_START = re.compile(r"^(table|figure|chart|graph)\s+\d", re.I)  # "Table 2: Reasons for leaving ..."
RULE = re.compile(r"^[-=_–—\s|+]+$")


def split(line: Line, columns: list[Column]) -> list[list[Word]]:
    """The line's words by column: each in the last column starting left of its centre (the first column takes the
    rest), or in the next column where it reaches under that one's heading and not under its own (a value set
    right in its cell, "90% ✔" under a narrower "Q3")."""
    cells: list[list[Word]] = [[] for _ in columns]
    starts = [column.x0 - 2 for column in columns]  # (read once per line: rows are split many times)
    last = len(columns) - 1
    for word in line.words:
        centre = (word.x0 + word.x1) / 2
        index = 0
        for i, start in enumerate(starts):
            if start <= centre:
                index = i
        if index < last and word.x0 > columns[index].x1 + 2 and word.x1 > columns[index + 1].x0:
            index += 1
        cells[index].append(word)
    return cells


def body_size(lines: Iterable[Line]) -> float:
    sizes = Counter(round(line.size) for line in lines)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def section_row(line: Line, columns: list[Column]) -> bool:
    """One phrase run across a column's start ("Adult social care" over the code and name columns): a section
    heading among the rows, not a header line. A phrase centred under a heading narrower than it, clear of the
    column before, is that column's cell ("2025/26" under "Target")."""
    cells = phrases(line)
    if len(cells) != 1:
        return False
    x0, x1 = cells[0][0].x0, cells[0][-1].x1
    return any(x0 < c.x0 - 2 and x1 > c.x0 + 6 and not (x0 > before.x1 + 2 and c.x0 <= (x0 + x1) / 2 <= c.x1)
               for before, c in pairwise(columns))


def left_heading(line: Line, columns: list[Column]) -> bool:
    """A bold line of one phrase at the table's left edge ("Finance", "Communities and place"): a section heading
    if rows follow it (each reader judges what follows)."""
    return line.bold and len(phrases(line)) == 1 and line.x0 <= min(c.x0 for c in columns) + 3


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
    value = float(text.strip("()%").replace(",", "").replace("−", "-").lstrip("+-"))
    return -value if negative else value


def _repeated_header(lines: list[Line], columns: list[Column]) -> int:
    """The index after the lines near the top of a page that repeat the header of a table running on from the
    page before (each line's words all among the header's; a line above them, such as a running head the layout
    kept, is passed over, but not a caption: a header like it under a caption heads a table of its own), so its
    rows are read under the same columns; 0 where none does."""
    heading = Counter(w.text for column in columns for w in column.words)

    def repeats(line: Line) -> bool:
        return not Counter(w.text for w in line.words) - heading

    k = next((k for k in range(min(2, len(lines))) if len(lines[k].words) > 1 and repeats(lines[k])), None)
    if k is None or (k and CAPTION_START.match(lines[0].text)):
        return 0
    while k < len(lines) and repeats(lines[k]):
        k += 1
    return k


def _may_run_on(lines: list[Line], stop: int, rows: list[Row]) -> bool:
    """Whether a table whose rows end at line `stop` may run on over the page: nothing follows them on it but a
    line or two of a footer the layout kept, in smaller type or a few words set well apart ("Appendix A –
    Scorecard  Page 2", "Agenda Item A5 – page 1")."""
    size = rows[-1].lines[rows[-1].anchor].size
    last = rows[-1].lines[-1]
    return len(lines) - stop <= 2 and all(
        line.size < size - 0.5 or (len(line.words) <= 8 and line.top - last.bottom > 2 * size) for line in lines[stop:])


@dataclass(frozen=True)
class TableReader:
    """How one record type reads its tables: find a header at a line (optionally with cell borders), group the
    rows under it, turn a row into records, and read leftover lines that carry a whole record each."""

    header: Callable[[list[Line], int, Rules | None], tuple[list[Column] | None, int]]
    rows: Callable[[list[Line], int, list[Column]], tuple[list[Row], int]]
    records: Callable[[Row, list[Column], bool], list]
    inline: Callable[[list[Line], set[int], bool], list]

    def read(self, pack) -> list:
        """Every record of the pack's tables, a table running on over pages keeping its columns."""
        records: list = []
        carry: list[Column] | None = None
        for page, lines in by_page(pack.lines).items():
            found, carry = self._page(lines, pack.ocr, carry, Rules(pack.layout, page))
            records += found
        return records

    def _page(self, lines: list[Line], ocr: bool, carry: list[Column] | None,
              rules: Rules) -> tuple[list, list[Column] | None]:
        """Header tables first; lines no table claimed may still be records on their own."""
        records: list = []
        used: set[int] = set()
        i = 0
        open_columns = None
        if carry is not None:  # a table running on from the last page, its header repeated, or not printed
            start = _repeated_header(lines, carry)
            rows, stop = self.rows(lines, start, carry)
            if rows and (start or rows[0].lines[rows[0].anchor] is lines[0]):
                used.update(range(stop))
                records += [rec for row in rows for rec in self.records(row, carry, ocr)]
                i, open_columns = stop, (carry if _may_run_on(lines, stop, rows) else None)
        while i < len(lines):
            columns, end = self.header(lines, i, None)
            if columns is None:
                i += 1
                continue
            # read again with its cell borders, where they split a column that spacing alone did not: ruling
            # lines are read only for pages that hold a table
            bordered, bordered_end = self.header(lines, i, rules)
            if bordered is not None:
                columns, end = ruled_cells(bordered, rules), bordered_end
            rows, stop = self.rows(lines, end, columns)
            used.update(range(i, stop))
            records += [rec for row in rows for rec in self.records(row, columns, ocr)]
            open_columns = columns if rows and _may_run_on(lines, stop, rows) else None
            i = max(stop, i + 1)
        return records + self.inline(lines, used, ocr), open_columns
