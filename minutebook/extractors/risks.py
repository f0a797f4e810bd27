"""risks records (FORMAT.md): one record per row of a risk register table.

A register is recognised by its header: a risk/title column beside a rating column (Level, Rating,
RAG, Score, or Likelihood where no score is printed), with optional Ref/ID and Trend/Direction
columns. A row starts on the line with a risk ID in the ID column (or, in registers without IDs, a
rating in the rating column) and runs to the next row. Where a bold title is printed above a plain
description in the risk column, the title is the bold part. "4 x 3 = 12" ratings give the score.
Registers without a header ("02a - Title ... MEDIUM IMPROVING") are read by pattern.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..schemas import Risk
from .forms import Field, Labels, fields
from .layout import Line, Word
from .pack import Pack
from .tables import (
    Column,
    Row,
    Rules,
    TableReader,
    bbox,
    group_rows,
    header_band,
    header_columns,
    join,
    left_heading,
    phrases,
    section_row,
    spans_columns,
    split,
    split_at_body,
    stack,
    ungroup,
)

_ID_HEAD = re.compile(r"^(risk\s+)?(ref(erence)?\.?|id|no\.?|number|code|#)(\s+(no\.?|id))?$", re.I)
_LEVEL_HEAD = re.compile(r"\b(rating|level|score|rag|status|grade|severity)\b", re.I)
_SCORE_HEAD = re.compile(r"\bscore\b", re.I)
_LIKELIHOOD_HEAD = re.compile(r"\blikelihood\b|\bprobability\b", re.I)
_STAGE_HEAD = re.compile(r"^(current|residual|net|revised)(\s+risk)?$", re.I)
_NOT_CURRENT = re.compile(r"\b(target|inherent|previous|prior|original|gross|initial|last)\b", re.I)
_TREND_HEAD = re.compile(r"\btrend\b|\bdirection\b|\btravel\b|\bdot\b|\bmovement\b|^change\b", re.I)
_SCALE = re.compile(r"\(\s*\d{1,2}\s*(?:[-–]|to)\s*\d{1,2}\s*\)")  # "Score (1-25)": the scale, not a value
# (and "Potential impact (£000)": the unit of a money column, not a value)
_RISK_HEAD = re.compile(r"\brisks?\b|\btitle\b|\bdescription\b|\bhazard\b", re.I)
_OTHER_HEAD = re.compile(r"\bowner\b|\bcontrols?\b|\bmitigation|\bactions?\b|\bcause\b|\bconsequence|\bimpact\b", re.I)
_APART = re.compile(r"\bowner\b|\bcontrols?\b|\bmitigation|\bactions?\b", re.I)  # never the risk's title
_PREFIXES = r"(?:[A-Z]{1,6}[-/.](?=[A-Z]))*"  # lettered parts before an ID's last letters: "KV-" in "KV-CR-01"
# CR05, 02a, R.01, 2.1, KV-CR-01
_ID = re.compile(rf"^(?=.*\d){_PREFIXES}[A-Z]{{0,6}}[-/.]?\d{{1,4}}[a-z]?(\.\d{{1,2}}[a-z]?)?\.?$")
_SPACED_ID = re.compile(r"^[A-Z]{1,6}\s\d{1,4}[a-z]?$")  # "CRR 01"
_NUMBERED = re.compile(r"^\d{1,3}(\.\d{1,2}\.?|\.)$")  # "1.", "2.1" leading a title: "2026 elections" is no ID
_LETTERED = rf"{_PREFIXES}[A-Z]{{1,6}}[-/.]?\d{{1,4}}[a-z]?"  # an ID of letters and digits: "CR05", "SR-04"
_LETTERED_ID = re.compile(rf"^{_LETTERED}$")
_MERGED_ID = re.compile(rf"^{_LETTERED}:$")  # "CR07:" opening the ID and title cells merged
_RATING = (r"very\s+high|very\s+low|high|medium|med|low|red|amber|green|critical|severe|major|moderate|minor|"
           r"significant|extreme|tolerable|negligible|catastrophic|insignificant")
_RATING_WORD = re.compile(rf"^({_RATING})$", re.I)
_TREND = (r"improving|worsening|deteriorating|static|unchanged|stable|increasing|decreasing|reducing|"
          r"no\s+change|new|same|up|down|better|worse")
_INLINE = re.compile(rf"^(?P<id>\S+)\s*[-–—:]\s+(?P<title>.+?)\s+(?P<level>{_RATING})(\s+(?P<trend>{_TREND}))?$", re.I)


def extract(pack: Pack) -> list[Risk]:
    return _READER.read(pack)


def _header(lines: list[Line], i: int, rules: Rules | None = None) -> tuple[list[Column] | None, int]:
    """The register header starting at line i, with the stacked header lines under it."""
    line = lines[i]
    if len(line.words) < 2 or not _RISK_HEAD.search(line.text):
        return None, i
    if re.search(r"\d{2}", _SCALE.sub(" ", line.text).replace("£000", " ")):  # a row's values, not headings
        return None, i
    columns = header_columns(line, rules)
    if len(columns) < 2 or any(len(c.words) > 7 for c in columns):  # (a sentence of prose heads no column)
        return None, i
    j = i + 1
    while (j < len(lines) and lines[j].top - lines[j - 1].bottom < line.size and lines[j].bold == line.bold
           and not section_row(lines[j], columns)):
        parts = header_columns(lines[j], rules)
        stacked = ungroup(columns, parts, rules) or stack(columns, parts)
        if stacked is None or _starts_row(lines[j], _roles(stacked)):
            break
        columns, j = stacked, j + 1
    for k in range(i - 1, header_band(lines, i) - 1, -1):  # group headings above ("Inherent" | "Residual")
        stacked = stack(columns, header_columns(lines[k], rules), above=True, group=True)
        if stacked is None or len(stacked) > len(columns):
            break
        columns = stacked
    # headings set closer than a gutter ("Score Trend") split where the rows' cells break
    columns = _roles(split_at_body(columns, lines[j:j + _BODY_LINES], rules))
    roles = {c.role for c in columns}
    if "title" not in roles or "level" not in roles or any(len(c.words) > 7 for c in columns):
        return None, i
    return columns, j


_BODY_LINES = 8  # the rows under a header that show where its columns break


def _roles(columns: list[Column]) -> list[Column]:
    """Give each header column its role: id, title, level, trend (others are ignored)."""
    columns = [Column(c.text, c.x0, c.x1, None, c.words) for c in columns]
    for column in columns:
        text = column.text
        if _ID_HEAD.match(text):
            column.role = "id"
        elif _TREND_HEAD.search(text):
            column.role = "trend"
        elif _OTHER_HEAD.search(text) and not _LEVEL_HEAD.search(text) and not _LIKELIHOOD_HEAD.search(text):
            column.role = "other"
    levels = [c for c in columns if c.role is None and _LEVEL_HEAD.search(c.text)]
    levels = [c for c in levels if not _NOT_CURRENT.search(c.text)] or levels
    # a rating beside the current score ("Current risk | Score" and "RAG"): the rating as printed is the level
    levels.sort(key=lambda c: bool(_SCORE_HEAD.search(c.text)))
    if not levels:  # "Current" | "Target" headed by the stage alone: the current (residual, net) one
        levels = [c for c in columns if c.role is None and _STAGE_HEAD.match(c.text)]
    if not levels:
        levels = [c for c in columns if c.role is None and _LIKELIHOOD_HEAD.search(c.text)]
    if levels:
        levels[0].role = "level"
    titles = [c for c in columns if c.role is None and _RISK_HEAD.search(c.text)]
    if not titles:  # "Risk and consequences", "Risk description and impact": the risk, told with its effects
        titles = [c for c in columns if c.role == "other" and _RISK_HEAD.search(c.text) and not _APART.search(c.text)]
    if titles:
        max(titles, key=_title_rank).role = "title"
    return columns


def _title_rank(column: Column) -> tuple[int, float]:
    """Prefer a 'Title' heading, then a bare 'Risk', then any risk heading; leftmost on ties."""
    text = column.text.casefold()
    rank = 3 if "title" in text else 2 if text in ("risk", "risks") else 1 if "description" in text else 0
    return rank, -column.x0


def _index(columns: list[Column], role: str) -> int | None:
    return next((i for i, c in enumerate(columns) if c.role == role), None)


def _starts_row(line: Line, columns: list[Column]) -> bool:
    """A row begins with an ID in the ID column, or (no ID column) a rating in the rating column."""
    cells = split(line, columns)
    id_col = _index(columns, "id")
    if id_col is not None:
        first = cells[id_col]
        return bool(first) and bool(_ID.match(first[0].text) or _SPACED_ID.match(join(first[:2]))
                                    or _MERGED_ID.match(first[0].text))
    level_col = _index(columns, "level")
    return level_col is not None and _level(join(cells[level_col])) is not None


_SCORE_PRODUCT = re.compile(r"\b[A-Z]?\d{1,2}\s*[x×*]\s*[A-Z]?\d{1,2}\b", re.I)  # "L4 × I4", "4 x 3"


def _opens_row(lines: list[Line], j: int, start: int, columns: list[Column], titled: bool) -> bool:
    """Whether line j opens a register row (`_starts_row`), where the register prints its IDs in the title cell
    (`titled`) also a title opening with an ID; never a bold section heading at the register's left edge ("2. Place
    and communities") nor a line of a score cell stacked under the row's first ("16" under "L4 × I4")."""
    line = lines[j]
    if left_heading(line, columns):
        return False
    if titled and _titled(split(line, columns)[_index(columns, "title")]):
        return True
    return _starts_row(line, columns) and not _stacked_score(lines, j, start, columns)


def _titled(cell: list[Word]) -> bool:
    """A title cell opening with an ID set off from the title ("SR04: Failure to …", "CR7 – Loss of …")."""
    return bool(cell) and (bool(_MERGED_ID.match(cell[0].text))
                           or (len(cell) > 2 and bool(_ID.match(cell[0].text)) and cell[1].text in "-–—"))


def _ids_in_titles(lines: list[Line], start: int, columns: list[Column]) -> bool:
    """A register without an ID column whose titles open with IDs: a title cell on the page does (the page's first
    lines may carry on a row from the page before)."""
    title_col = _index(columns, "title")
    if _index(columns, "id") is not None or title_col is None or start >= len(lines):
        return False
    page = lines[start].page
    return any(_titled(split(line, columns)[title_col]) for line in lines[start:] if line.page == page)


def _score_kind(text: str) -> int | None:
    """Where a cell's text stands in a stacked score cell: likelihood × impact, then the score, then the rating."""
    text = text.strip()
    if not text:
        return None
    if _SCORE_PRODUCT.search(text):
        return 0
    return 1 if text[0].isdigit() else 2


def _stacked_score(lines: list[Line], j: int, start: int, columns: list[Column]) -> bool:
    """A register without IDs whose score cell stacks the product, the score and the rating over lines ("L4 × I4"
    over "16" over "High"): line j's rating, set close under the cell's line above of an earlier kind, continues that
    row. Rows of one line each print the same kind on every line, so they still each start a row."""
    level_col = _index(columns, "level")
    if level_col is None or _index(columns, "id") is not None:
        return False
    line = lines[j]
    lower = _score_kind(join(split(line, columns)[level_col]))
    for above in reversed(lines[max(start, j - 3):j]):
        if line.top - above.top > 1.6 * line.size or above.page != line.page:
            return False
        if (upper := _score_kind(join(split(above, columns)[level_col]))) is not None:
            return lower is not None and upper < lower
    return False


def _rows(lines: list[Line], start: int, columns: list[Column]) -> tuple[list[Row], int]:
    """Body rows under a header, and the index of the first line after the register."""
    body: list[Line] = []
    anchors: list[bool] = []
    size = None
    left = min(c.x0 for c in columns)
    titled = _ids_in_titles(lines, start, columns)
    j = start
    while j < len(lines):
        line = lines[j]
        gap = line.top - lines[j - 1].bottom if j else 0.0
        if line.x0 < left - 20 or _header(lines, j)[0] is not None:
            break
        anchor = _opens_row(lines, j, start, columns, titled)
        if anchor and size is not None and gap >= 6 * size:
            break
        if not anchor and _between_rows(lines, j, columns, size):
            j += 1  # a section heading across the register, or a row's description merged across its cells
            continue
        pitch = size or line.size
        if anchor or ((size is None or abs(line.size - size) <= 1.5)
                      and ((gap <= min(0.8 * line.size, 1.2 * pitch) and not spans_columns(line, columns))
                           # a vertically centred row's top lines, set above its ID line after the rows' padding
                           # (cells set a space apart run into one phrase there)
                           or (gap < 6 * pitch and _leads_to_row(lines, j, columns)))):
            body.append(line)
            anchors.append(anchor)
            size = size or (line.size if anchor else None)
        elif not _wider_than(line, size) and (size is not None or gap > 3 * line.size):
            break
        j += 1
    return group_rows(body, anchors, columns), j


def _between_rows(lines: list[Line], j: int, columns: list[Column], size: float | None) -> bool:
    """A line across the register that is no row of its own: a bold section heading at its left edge ("Finance
    and governance") over a row, or a row's description merged across its cells under its title, in type no
    larger than the rows', before the next row or section."""
    line, title = lines[j], next((c for c in columns if c.role == "title"), None)
    if left_heading(line, columns):
        heading = True
    elif size is not None and title is not None and line.size <= size + 0.5 and abs(line.x0 - title.x0) <= 6 \
            and spans_columns(line, columns):
        heading = False
    else:
        return False
    k = j + 1
    while not heading and k < min(j + 4, len(lines)) and abs(lines[k].x0 - line.x0) <= 3 \
            and lines[k].page == line.page and not _starts_row(lines[k], columns):
        k += 1  # the description's wrapped lines
    if k >= len(lines) or lines[k].page != line.page:
        return not heading
    following = lines[k]
    return _starts_row(following, columns) or (not heading and following.bold and len(phrases(following)) == 1)


def _leads_to_row(lines: list[Line], j: int, columns: list[Column]) -> bool:
    """True when a row's first line follows closely: line j opens a vertically centred cell, not prose."""
    for k in range(j + 1, min(j + 4, len(lines))):
        if lines[k].top - lines[k - 1].bottom > 0.8 * lines[k].size:
            return False
        if _starts_row(lines[k], columns):
            return True
    return False


def _wider_than(line: Line, size: float | None) -> bool:
    """Words in a larger font inside a row (a section banner drawn over the table) are skipped, not an end."""
    return size is not None and line.size > size + 1.5 and len(line.words) < 12


def _record(row: Row, columns: list[Column], ocr: bool) -> Risk | None:
    size = row.lines[row.anchor].size
    body = (lambda w: abs(w.size - size) <= 1.5)  # noqa: E731 - drop banner words in a larger font
    level_col = _index(columns, "level")
    levels = [lv for cells in row.cells if (lv := _level(join(w for w in cells[level_col] if body(w))))]
    # a cell printing the score and the rating it falls in ("4 x 4 = 16" over "HIGH") gives the rating word
    level = next((lv for lv in levels if not lv.isdigit()), levels[0] if levels else None)
    if level is None:
        return None
    title_col = _index(columns, "title")
    words = row.words(title_col, body)
    bold = [w for w in words if w.bold]
    lead = join(bold).rstrip(":–—-").strip()  # an ID set in bold before a plain title ("SR04: Failure ...")
    if bold and len(bold) < len(words) and words[0].bold and not (_ID.match(lead) or _SPACED_ID.match(lead)):
        words = bold
    title = join(words)
    id_col = _index(columns, "id")
    risk_id = _risk_id(join(row.cells[row.anchor][id_col])) if id_col is not None else None
    if id_col is not None and (merged := _merged_title(row, id_col, title_col, body)):
        risk_id, title = merged
    if risk_id is None and (match := re.match(r"^(\S+?):?\s*[-–—:]?\s+(.+)$", title)) and _ID.match(match.group(1)) \
            and (re.search(r"[-–—:]", title[:len(match.group(1)) + 3]) or _LETTERED_ID.match(match.group(1))
                 or (_NUMBERED.match(match.group(1)) and match.group(2)[:1].isupper())):
        # "SR04: Failure to ...", "CR05 Cyber attack ...", "1. Failure of ..."
        risk_id, title = match.group(1).rstrip("."), match.group(2)
    trend_col = _index(columns, "trend")
    trend = row.text(trend_col, body) if trend_col is not None else ""
    if not title:
        return None
    return _make(risk_id, title, level, trend or None, row.lines[0], ocr)


def _merged_title(row: Row, id_col: int, title_col: int, body: Callable[[Word], bool]) -> tuple[str, str] | None:
    """(ID, title) where the ID and title cells are merged into one that opens with the ID ("CR07: Failure to deliver
    the Town Centre" over "programme to time"): the merged cell's words run over both columns, line by line."""
    cell = row.cells[row.anchor][id_col]
    if not cell or not _MERGED_ID.match(cell[0].text):
        return None
    words = [w for cells in row.cells for w in sorted(cells[id_col] + cells[title_col], key=lambda w: w.x0)
             if body(w) and w is not cell[0]]
    return cell[0].text.rstrip(":"), join(words)


def _risk_id(text: str) -> str | None:
    """The ID as printed ('CR05', '02a', 'CRR 01'), without a trailing full stop."""
    text = text.rstrip(".")
    if _ID.match(text) or _SPACED_ID.match(text):
        return text
    return text.split()[0].rstrip(".") if text else None


def _level(text: str) -> str | None:
    """The printed rating of a cell: a rating word, a score, or the result of 'L x I = S'."""
    text = " ".join(text.split())
    if not text:
        return None
    if (match := re.search(rf"\b({_RATING})\b", text, re.I)) and re.match(r"^[\d\s x×=()]*$", text[:match.start()]):
        return " ".join(match.group(1).split()).upper()  # "16 (High)", "4 x 4 = 16 HIGH": the rating word
    if match := re.search(r"=\s*(\d+)", text):
        return match.group(1)
    if match := re.match(r"^(\d{1,3})(\b|$)", text):
        return match.group(1)
    if match := re.match(rf"^({_RATING})\b", text, re.I):
        return " ".join(match.group(1).split()).upper()
    return None


def _make(risk_id: str | None, title: str, level: str, trend: str | None, line: Line, ocr: bool) -> Risk:
    """A record; registers that print no IDs give risk_id null (FORMAT). An arrow printed beside the trend's word
    ("▲ WORSENING") is not part of it; an arrow alone is the trend as printed."""
    word = re.sub(r"^\W+|\W+$", "", trend) if trend else ""
    return Risk(risk_id=risk_id or None, title=title, level=level, trend=word or trend, page=line.page,
                bbox=bbox(line), ocr=ocr)


def _inline(lines: list[Line], used: set[int], ocr: bool) -> list[Risk]:
    """Headerless register rows: 'ID - title [wrapping below] LEVEL TREND' on one line."""
    out: list[Risk] = []
    for i, line in enumerate(lines):
        if i in used or not (match := _inline_match(line)):
            continue
        title = match.group("title")
        level_x = next(w.x0 for w in reversed(line.words) if _RATING_WORD.match(w.text))
        prev = line
        for below in lines[i + 1:i + 4]:
            if (below.top - prev.bottom > 1.2 * line.size or abs(below.x0 - line.x0) > 3 or below.x1 >= level_x
                    or _inline_match(below) or below.bold != line.bold or _RATING_WORD.match(below.words[-1].text)):
                break
            title, prev = f"{title} {below.text}", below
        trend = match.group("trend")
        out.append(_make(match.group("id"), title, " ".join(match.group("level").split()).upper(),
                         trend.upper() if trend else None, line, ocr))
    return out


def _inline_match(line: Line) -> re.Match | None:
    """The row pattern, where the rating is printed in capitals or set apart from the title."""
    match = _INLINE.match(line.text)
    if not match or not _ID.match(match.group("id")) or not re.search(r"[A-Za-z]{2}", match.group("title")):
        return None  # (a scoring key's "1 – 4 Low" names no risk)
    level = match.group("level")
    apart = len(phrases(line)) > 1
    return match if level.isupper() or apart else None


# a risk set out as a block, not a table row: "Risk SR3 – Special educational needs" over labelled fields
_BLOCK_TITLE = re.compile(r"^(?:risk\s+)?(?P<id>[A-Z]{0,6}[-/.]?\d{1,4}[a-z]?)\s*[-–—:]\s+(?P<title>\S.*)$", re.I)
_BLOCK_FIELD = re.compile(r"^(?P<label>(?:current|residual|net)?\s*(?:risk\s+)?(?:rating|score|level)|"
                          r"direction(?:\s+of\s+travel)?|trend)\s*:\s*(?P<value>\S.*)$", re.I)
BLOCK_LINES = 8  # a block's fields follow its title within this many lines


def _blocks(lines: list[Line], used: set[int], ocr: bool) -> list[Risk]:
    """Risks set out one block each: a title line naming the risk's ID ('Risk SR1 – Financial sustainability'),
    then fields ('Current rating: RED', 'Direction: Stable'); a target or previous rating is not the level."""
    out: list[Risk] = []
    for i, line in enumerate(lines):
        if i in used or not line.bold or not (title := _BLOCK_TITLE.match(line.text)):
            continue
        level = trend = None
        for below in lines[i + 1:i + 1 + BLOCK_LINES]:
            if _BLOCK_TITLE.match(below.text) and below.bold:
                break
            if not (field := _BLOCK_FIELD.match(below.text)) or _NOT_CURRENT.search(field["label"]):
                continue
            if _TREND_HEAD.search(field["label"]):
                trend = trend or field["value"].upper()  # (_make sets an arrow beside the word aside)
            else:
                level = level or _level(field["value"])
        if level:
            out.append(_make(title["id"], title["title"], level, trend, line, ocr))
            used.add(i)  # (a card's heading, read here)
    return out


# a risk set out as a card of labelled fields, a label in a cell of its own, before a colon or over its value:
# "Risk reference | SR01", "Risk title | Failure to …", "Current risk score | 16 (Red)", "Direction of travel | Stable"
_CARD_TITLE = re.compile(r"^(?:risk(?:\s+(?:title|name|description))?|title)$", re.I)
_CARD_LEVEL = re.compile(r"^(?:(?P<stage>current|residual|net|overall)\s+)?(?:risk\s+)?"
                         r"(?:rating|score|level|rag(?:\s+status|\s+rating)?)$", re.I)
_CARD_LABELS = Labels(
    label=re.compile(rf"{_ID_HEAD.pattern}|{_CARD_TITLE.pattern}|{_CARD_LEVEL.pattern}|{_TREND_HEAD.pattern}", re.I),
    start=re.compile(r"(?:risk|ref|current|residual|net|overall|direction|trend|title|score|rating|level)\b", re.I))
_CARD_START = re.compile(r"^(?:risk|ref)", re.I)  # a page holds a card only where a line opens so
_CARD_HEADING = re.compile(r"^risk\s+(?P<id>[A-Z]{0,6}[-/.]?\d{1,4}[a-z]?)$", re.I)  # "Risk 4" over the fields


@dataclass
class _Card:
    """One risk's card: its fields by role, and the heading line over them that names the risk, if any."""

    heading: int | None = None
    fields: dict[str, list[Field]] = field(default_factory=dict)


def _cards(lines: list[Line], used: set[int], ocr: bool) -> list[Risk]:
    """Risks set out one card each: labelled fields (`forms.fields`) giving the risk's ID, its title and its current
    rating (a target or inherent rating is no level), under a heading naming the risk ("SR01: Insufficient funding
    …") or with fields of their own; a card ends where the next one's heading, ID or title field begins."""
    if not any(_CARD_START.match(line.text) for line in lines):
        return []
    headings = [i for i, line in enumerate(lines) if i not in used and _BLOCK_TITLE.match(line.text)]
    cards: list[_Card] = []
    last = -1
    for f in fields(lines, _CARD_LABELS):
        role = _card_role(f.label)
        if role is None or f.index in used or not f.text:
            continue
        over = [h for h in headings if last < h < f.index]
        if over:
            cards.append(_Card(heading=over[-1]))
        elif not cards or (role in ("id", "title") and role in cards[-1].fields):
            cards.append(_Card())
        cards[-1].fields.setdefault(role, []).append(f)
        last = f.index
    return [risk for card in cards if (risk := _card(card, lines, ocr))]


def _card_role(label: str) -> str | None:
    if _ID_HEAD.match(label):
        return "id"
    if _CARD_TITLE.match(label):
        return "title"
    if _CARD_LEVEL.match(label):
        return "level"
    return "trend" if _TREND_HEAD.search(label) else None


def _card(card: _Card, lines: list[Line], ocr: bool) -> Risk | None:
    """A card's record: its title (a field's, or its heading's) and its current rating (one a stage names,
    "Residual rating", over a bare "Risk score"), its ID from its ID field or from its heading ("Risk 4", "SR01:
    …")."""
    found = card.fields
    heading = _BLOCK_TITLE.match(lines[card.heading].text) if card.heading is not None else None
    if ("title" not in found and heading is None) or "level" not in found:
        return None
    levels = sorted(found["level"], key=lambda f: not _CARD_LEVEL.match(f.label)["stage"])
    level = _level(levels[0].text)
    if level is None:
        return None
    first = min(f.index for fs in found.values() for f in fs) if card.heading is None else card.heading
    risk_id = None
    if "id" in found and (value := found["id"][0].text.split()[0]) and (_ID.match(value) or _SPACED_ID.match(value)):
        risk_id = value.rstrip(".")
    elif heading is not None:
        risk_id = heading["id"]
    elif first and (named := _CARD_HEADING.match(lines[first - 1].text)):
        risk_id = named["id"]
    title = found["title"][0].text if "title" in found else heading["title"]
    trend = found["trend"][0].text.upper() if "trend" in found else None
    return _make(risk_id, title, level, trend, lines[first], ocr)


def _leftovers(lines: list[Line], used: set[int], ocr: bool) -> list[Risk]:
    """Lines no header table claimed: headerless register rows, then risks set out as blocks, then as cards (a
    block's heading read as a block is no card's)."""
    used = set(used)
    return _inline(lines, used, ocr) + _blocks(lines, used, ocr) + _cards(lines, used, ocr)


def _records(row: Row, columns: list[Column], ocr: bool) -> list[Risk]:
    record = _record(row, columns, ocr)
    return [record] if record else []


_READER = TableReader(_header, _rows, _records, _leftovers)
