"""Side-by-side columns read one after the other: minutes printed as a table ("Item | Decision", "Minute | Subject |
Action") and attendance lists printed beside each other ("Present: | Members of the public: | Apologies:").

The layout layer groups words into lines across the whole page width, so two columns at the same height come out
as one line mixing both. Under a header row naming such columns, each line is cut at the header's column edges
(the gutters no word crosses) and the table is re-emitted in reading order: a row's first column, then its
second, and so on; labelled columns ("Present:") each under their label. A line that crosses a gutter ends the
table. Only headers whose cells name minute or attendance columns are read this way: performance and risk tables
keep their rows for the table readers.

An agenda printed as a table ("Item | Title | Portfolio | Wards | Key decision | Pages", headings stacked over
two or three lines) is read row by row: the item's number and title, the title wrapped within its column, then
each other cell of the row as a line of its own, so no other column is glued onto the title.
"""

from __future__ import annotations

import re

from .layout import Cell, Line, Word
from .numbering import split_numbered
from .tables import phrases

_MINUTE_HEAD = re.compile(
    r"^(item|items|no\.?|ref\.?|minute(\s+no\.?)?|min\.?(\s+no\.?)?|subject|business|decisions?|resolutions?|"
    r"discussion|action(\s+by)?|actions|responsible|who|owner|item\s*/\s*discussion(\s*/\s*resolution)?|"
    r"subject\s*/\s*decision|minute\s+no\.?\s*subject|reasons?(\s+for\s+(the\s+)?decision)?|"
    r"alternatives?(\s+options?)?(\s+(considered|rejected))?)$", re.I)
_LABEL_HEAD = re.compile(
    r"^(present|apologies(\s+for\s+absence)?|absent|in\s+attendance|also\s+present|officers(\s+present)?|"
    r"members\s+of\s+the\s+public|public|councillors\s+present|members\s+present)\s*:?$", re.I)
_NUMBER_HEAD = re.compile(r"^(minute|min\.?|item|no\.?|ref\.?)(\s+no\.?)?$", re.I)
_SUBJECT_HEAD = re.compile(r"^(subject|business|title|heading|item)\b", re.I)  # the minute's title, beside its number
_MAX_HEAD_WORDS = 5
_AGENDA_TITLE_HEAD = re.compile(r"^(title|subject|business|report|description|matters?)$", re.I)
_AGENDA_HEAD_WORD = re.compile(
    r"^(item|items|no\.?|number|title|subject|business|report|reports|description|matters?|agenda|portfolios?|"
    r"wards?|wards?\(s\)|affected|key|decisions?|forward|plan|ref\.?|reference|pages?|lead|members?|cabinet|"
    r"officers?|author|contact|exempt|open|status|time|presenter|purpose|action|of|and|/|&)$", re.I)


def linearise(lines: list[Line]) -> list[Line]:
    """The lines with every minute or attendance table under a naming header read column by column, and every
    agenda table row by row."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        edges = _header_edges(lines[i])
        end = _table_end(lines, i, edges) if edges else i + 1
        if edges and end - i > 1:
            out.extend(_read(lines, i, end, edges))
            i = end
        elif (agenda := _agenda_table(lines, i)) is not None:
            rows, i = agenda
            out.extend(rows)
        else:
            out.append(lines[i])
            i += 1
    return out


def is_table_header(line: Line) -> bool:
    """The header row of a minutes or attendance table."""
    return _header_edges(line) is not None or _naming_header(line)


def _naming_header(line: Line) -> bool:
    if not line.bold:
        return False
    cells = line.cells()
    return len(cells) >= 2 and all(_MINUTE_HEAD.match(text.strip()) for _, text in cells)


def _header_edges(line: Line) -> list[float] | None:
    """Left edges of a header row's columns, where its cells name minute or attendance columns."""
    if not line.bold and line.text.count(":") < 2:  # cheap: most lines are neither
        return None
    labels = _label_cells(line)
    if labels:
        return labels
    cells = line.cells()
    if not 2 <= len(cells) <= 5 or any(len(text.split()) > _MAX_HEAD_WORDS for _, text in cells):
        return None
    minutes = [bool(_MINUTE_HEAD.match(text.strip())) for _, text in cells]
    if not (line.bold and sum(minutes) >= 2 and sum(minutes) + 1 >= len(cells)):
        return None
    edges = [x for x, _ in cells]
    if _NUMBER_HEAD.match(cells[0][1].strip()) and _SUBJECT_HEAD.match(cells[1][1].strip()):
        del edges[1]  # a minute number column stays on the line of the subject it numbers
    return edges if len(edges) >= 2 else None


def _label_cells(line: Line) -> list[float] | None:
    """Left edges of a row of attendance labels ("Present: Members of the public: Apologies:"), cut after each
    colon: such columns may stand closer than a gap between cells; or, in bold without colons, a row of label cells
    ("Members present    Officers present")."""
    if line.text.count(":") < 2:
        cells = line.cells() if line.bold and ":" not in line.text else []
        if len(cells) >= 2 and all(_LABEL_HEAD.match(text) for _, text in cells):
            return [x for x, _ in cells]
        return None
    edges, words = [], []
    for word in line.words:
        if not words:
            edges.append(word.x0)
        words.append(word.text)
        if word.text.endswith(":"):
            if not _LABEL_HEAD.match(" ".join(words)):
                return None
            words = []
    return edges if len(edges) >= 2 and not words else None


def _table_end(lines: list[Line], start: int, edges: list[float]) -> int:
    """The first line after the header that is not part of its table: it crosses a gutter, starts left of the
    table, or stands far below the line before it; under attendance labels, also a heading or a line whose text
    does not start each column it reaches at that column's edge (the lists stand left-aligned under their labels)."""
    labelled = _label_cells(lines[start]) is not None
    j = start + 1
    while j < len(lines):
        line, prev = lines[j], lines[j - 1]
        if line.x0 < edges[0] - 12 or _crosses(line, edges) or (labelled and (line.bold or not _aligned(line, edges))):
            break
        if line.page == prev.page and line.top - prev.top > 3.2 * max(line.size, prev.size):
            break
        if line.page != prev.page and j - start > 1 and not _cells_beyond(line, edges):
            break
        j += 1
    return j


def _aligned(line: Line, edges: list[float]) -> bool:
    """Each column the line reaches starts at the column's edge."""
    firsts: dict[int, float] = {}
    for w in line.words:
        firsts.setdefault(_column(w, edges), w.x0)
    return all(abs(x - edges[k]) <= 6 for k, x in firsts.items())


def _crosses(line: Line, edges: list[float]) -> bool:
    return any(w.x0 < edge - 4 < w.x1 - 2 for w in line.words for edge in edges[1:])


def _cells_beyond(line: Line, edges: list[float]) -> bool:
    return any(w.x0 >= edges[1] - 4 for w in line.words)


def _column(word: Word, edges: list[float]) -> int:
    return max(k for k, edge in enumerate(edges) if k == 0 or word.x0 >= edge - 4)


def _read(lines: list[Line], start: int, end: int, edges: list[float]) -> list[Line]:
    header = lines[start]
    labelled = _label_cells(header) is not None
    rows: list[list[list[Line]]] = []
    for line in lines[start + 1:end]:
        split = [[w for w in line.words if _column(w, edges) == k] for k in range(len(edges))]
        if not rows or (not labelled and split[0] and _opens_row(split[0])):
            rows.append([[] for _ in edges])
        for k, words in enumerate(split):
            if words:
                rows[-1][k].append(Line(line.page, words))
    heads = _split_header(header, edges)
    if labelled:  # each column under its own label
        return [ln for k, head in enumerate(heads) for ln in [head, *(rows[0][k] if rows else [])]]
    cells = [Cell(head.text, max((ln.x1 for row in rows for ln in row[k]), default=head.x1))
             for k, head in enumerate(heads)]  # (where the column's text wraps: its longest line)
    # the first column holds numbers and titles alone: no subject column was merged into it (`_header_edges`)
    numbers_only = _NUMBER_HEAD.match(heads[0].text) and len(edges) == len(header.cells())
    return [header] + [Line(ln.page, ln.words, cell=cells[k]) for row in rows
                       for k, column in enumerate(row)
                       for ln in (_wrapped_title(column) if k == 0 and numbers_only else column)]


def _wrapped_title(column: list[Line]) -> list[Line]:
    """A row's number and title cell ("3. Leisure centre" over "roof", "TC/25/112" over "Apologies") as one line:
    the title wraps within its column in the weight and size it opens in (a body set under a bold title stays
    apart), or starts under a number printed alone, in any weight."""
    if not column:
        return column
    first = column[0]
    numbered = split_numbered(first.text)
    below = first if numbered is None or numbered[1] or len(column) < 2 else column[1]  # (the title's first line)
    k = 2 if below is not first else 1
    while k < min(len(column), 3 if below is first else 4) and column[k].bold == below.bold \
            and column[k].size == below.size and not column[k - 1].text.rstrip().endswith("."):
        k += 1
    return [Line(first.page, [w for ln in column[:k] for w in ln.words]), *column[k:]] if k > 1 else column


def _opens_row(words: list[Word]) -> bool:
    """A row starts with a minute number in the first column ("Min. 46/23 ...", "24/061")."""
    return split_numbered(" ".join(w.text for w in words)) is not None


def _split_header(header: Line, edges: list[float]) -> list[Line]:
    return [Line(header.page, [w for w in header.words if _column(w, edges) == k]) for k in range(len(edges))]


def _agenda_table(lines: list[Line], start: int) -> tuple[list[Line], int] | None:
    """An agenda table from its header at `start`, read row by row, and the index of the line after it."""
    if not _agenda_head_line(lines[start]):
        return None
    end = start + 1
    while end < len(lines) and lines[end].page == lines[start].page and _agenda_head_line(lines[end]) \
            and lines[end].top - lines[end - 1].top <= 1.5 * lines[end].size:
        end += 1
    header = lines[start:end]
    columns = _head_columns(header)
    if not any(_AGENDA_TITLE_HEAD.match(w.text) for line in header for w in line.words) or len(columns) < 3:
        return None
    edges = [x0 for x0, _ in columns]
    if _AGENDA_TITLE_HEAD.match(columns[1][1].split()[0]):
        del edges[1]  # the item's number, in the column before the title's, stays on the line of its title
    stop = _table_end(lines, end - 1, edges)
    if stop - end < 2:
        return None
    rows = header + _agenda_rows(lines[end:stop], edges, columns[0][1])
    while _section_across(lines, stop, edges):  # "Part 2 – exempt items" across the table, then more rows
        resume = _table_end(lines, stop, edges)
        rows += [lines[stop], *_agenda_rows(lines[stop + 1:resume], edges, columns[0][1])]
        stop = resume
    return rows, stop


def _section_across(lines: list[Line], k: int, edges: list[float]) -> bool:
    """Line k is a section heading run across the table's columns, with the table's rows going on under it: one
    phrase, on the page of the row above, and the line under it opens a row without crossing a gutter."""
    if k + 1 >= len(lines) or not k or len(phrases(lines[k])) != 1:
        return False
    below = lines[k + 1]
    first = [w for w in below.words if _column(w, edges) == 0]
    return lines[k - 1].page == lines[k].page == below.page and not _crosses(below, edges) and bool(first) \
        and _opens_row(first)


def _agenda_head_line(line: Line) -> bool:
    return all(_AGENDA_HEAD_WORD.match(w.text) for w in line.words)


def _head_columns(header: list[Line]) -> list[tuple[float, str]]:
    """The header's columns as (left edge, heading): each line's cells (split where words stand further apart
    than a space) joined with the cells of the lines stacked above or below that overlap them."""
    cells = [(words[0].x0, words[-1].x1, [w.text for w in words])
             for line in header for words in phrases(line, gap=0.5 * line.size)]
    columns: list[list] = []  # [x0, x1, words]
    for x0, x1, words in sorted(cells, key=lambda cell: cell[0]):
        if columns and x0 < columns[-1][1]:
            columns[-1][1], columns[-1][2] = max(columns[-1][1], x1), columns[-1][2] + words
        else:
            columns.append([x0, x1, words])
    return [(x0, " ".join(words)) for x0, _, words in columns]


def _agenda_rows(lines: list[Line], edges: list[float], head: str) -> list[Line]:
    """Each row's first column line by line (the item's number and title, carrying the column's heading and the
    edge its titles wrap at), then its other cells, one line each."""
    out: list[Line] = []
    others: list[list[Word]] = [[] for _ in edges[1:]]
    splits = [[[w for w in line.words if _column(w, edges) == k] for k in range(len(edges))] for line in lines]
    cell = Cell(head, max((w.x1 for split in splits for w in split[0]), default=0.0))

    def close_row() -> None:
        out.extend(Line(page, list(words)) for words in others if words)
        for words in others:
            words.clear()

    page = lines[0].page
    numbers_x = min((split[0][0].x0 for split in splits if split[0]), default=0.0)
    for line, split in zip(lines, splits, strict=True):
        # (a title wrapped onto a line opening with a figure, "17 September 2025", is set in from the numbers)
        if (split[0] and split[0][0].x0 <= numbers_x + 4 and _opens_row(split[0])) or line.page != page:
            close_row()
            page = line.page
        if split[0]:
            out.append(Line(line.page, split[0], cell=cell))
        for k, words in enumerate(split[1:]):
            others[k].extend(words)
    close_row()
    return out
