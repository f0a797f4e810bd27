"""indicators records (FORMAT.md): one record per value printed in a performance-indicator table.

A table is recognised by its header: period-like column headings ("Q1 2019/20", "2018/19", "Jul 2018")
beside an indicator/measure column. Each body row starts on the line holding its values; lines
below it that hold no values continue the indicator's name (and a wrapped unit). Target, floor,
RAG and trend columns are not values. Tables with money headings (budget, forecast, £) are
financial and give nothing. Rows that carry their own periods ("S01 Name Q1 2018/19 32.7 Q2 2018/19
43.6"), as in headerless overview tables, are read by pattern.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from itertools import pairwise

from ..schemas import Indicator
from .layout import Line, Word, join_lines
from .pack import Pack
from .tables import (
    CAPTION_START,
    MISSING,
    NUMERIC,
    RULE,
    Column,
    Row,
    Rules,
    TableReader,
    bbox,
    char_width,
    group_rows,
    header_band,
    header_columns,
    join,
    left_heading,
    number,
    phrases,
    section_row,
    spans_columns,
    split,
    split_at_body,
    stack,
    ungroup,
)

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_YY = r"(?:\d{4}|\d{2})"
_SPAN = r"(?:12\s*m(?:onths|ths)?|\d{1,2}\s+months|quarter|qtr|year|ytd)\s+to\s+"  # "12m to Dec 24"
_SPAN_RE = re.compile(_SPAN.removesuffix(r"\s+"), re.I)
_PERIOD_BODY = (rf"(?:(?:Q[1-4]|Quarter\s+[1-4])\s*{_YY}(?:[/-]\d{{2,4}})?|(?:19|20)\d{{2}}(?:[/-]|\s[-–]\s)\d{{2,4}}"
                rf"|{_MONTH}[\s-]+{_YY}\s*(?:[-–]|to)\s*{_MONTH}[\s-]+{_YY}"  # "Jan 24 – Mar 24"
                rf"|(?:{_SPAN}|{_MONTH}\s*[-–]\s*)?{_MONTH}[\s-]+{_YY}|(?:19|20)\d{{2}}"
                r"|ytd\s+(?:19|20)\d{2}[/-]\d{2,4}"  # the year to date of a financial year
                r"|(?:mid|end)[\s-](?:19|20)\d{2}"  # a mid-year estimate's or year-end count's year: "Mid-2024"
                r"|\+\s?\d{1,2}\s+years?|\d{1,2}\s?\+\s+years?)")  # forward years of a plan: "+3 Years", "3+ years"
PERIOD = re.compile(rf"^{_PERIOD_BODY}$", re.I)
# a period inside a heading ("England 2021 - 23")
_PERIOD_IN = re.compile(rf"(?<![\w/-]){_PERIOD_BODY}(?![\w/-])", re.I)
# how the first word of any PERIOD starts: a cheap test before trying runs of words against PERIOD (per heading word)
_PERIOD_START = re.compile(r"[q\d+y]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mid|end", re.I)
_YEAR = re.compile(r"^(19|20)\d{2}$")
_MONEY_WORDS = r"£|\bbudget|\bvariance|\bspend\b|\bcost|\bexpenditure|\bsavings"
# a caption or row names money with these, or a forecast or outturn; an outturn or forecast column is a KPI
# table's too ("2023/24 Outturn | Q1", "Quarterly outturn"), so a header is money's only with a money word
_FINANCE = re.compile(rf"{_MONEY_WORDS}|\bforecast|\boutturn", re.I)
_MONEY = re.compile(_MONEY_WORDS, re.I)
_NAME_HEAD = re.compile(r"indicator|\bkpi|metric|description|title|performance|\bmeasures?\b|\bpi\b", re.I)
_UNIT_HEAD = re.compile(r"^(units?|measure|unit of measure|measure type|type|format)$", re.I)
_CODE_HEAD = re.compile(r"^(ref\.?|code|id|no\.?|pi|kpi|#|ref\.? no\.?|(pi|kpi|indicator) (ref|code|no\.?))$", re.I)
_CODE = re.compile(r"^[A-Z]{1,6}[-./]?\d{1,4}[A-Za-z]?(\.\d{1,2}[a-z]?)?$")
_CODE_LETTERS = re.compile(r"^[A-Z]{2,6}$")  # "NI 155", "KPI 1.2", "ASCOF 1C": letters and number apart
_CODE_NUMBER = re.compile(r"^\d{1,3}(\.\d{1,2})?[A-Za-z]?$")
_CODE_SEPARATOR = re.compile(r"^[-–—:]$")


def split_code(text: str) -> tuple[str | None, str]:
    """(code, name) for a name cell that prints the indicator's code in front ("PI/12: Processing of ...",
    "NI 155 Number of ...", "HS.03 – Average ..."); (None, text) where it does not."""
    words = text.split()
    n = 0
    if words and _CODE.match(words[0].rstrip(":")):
        n = 1
    elif len(words) > 2 and _CODE_LETTERS.match(words[0]) and _CODE_NUMBER.match(words[1].rstrip(":")):
        n = 2
    if not n:
        return None, text
    code = " ".join(words[:n]).rstrip(":")
    rest = words[n:]
    if rest and _CODE_SEPARATOR.match(rest[0]):
        rest = rest[1:]
    if not rest or not re.match(r"[A-Za-z(‘'\"“]", rest[0]):
        return None, text
    return code, " ".join(rest)
_NUMBER_WORDS = re.compile(r"^(number|no\.?|count|#|numeric|total|n)$", re.I)
_PERCENT_WORDS = re.compile(r"^(%|percent|percentage|per cent|rate \(%\))$", re.I)
_UNIT = r"(?:per\s+[\d,]+|%|days|kg|hours|weeks)"
_PAIR = re.compile(rf"({_PERIOD_BODY})\s+(\S+)(?:\s+({_UNIT}))?(?=\s|$)", re.I)


def extract(pack: Pack) -> list[Indicator]:
    """The indicators of the pack's tables. A row that carries its own period under a blank name cell is an earlier
    period of the indicator named above it (a profile's "2019" row under its "2023" row)."""
    out: list[Indicator] = []
    for record in _READER.read(pack):
        if not record.name and out:
            record = record.model_copy(update={"name": out[-1].name, "code": out[-1].code})
        if record.name and not (_RATING_NAME.match(record.name) and not record.code):
            out.append(record)
    return out


_RATING_NAME = re.compile(r"^(?:rated\s+)?(?:red|amber|green)$", re.I)  # a count of indicators by their rating


def _header(lines: list[Line], i: int, rules: Rules | None = None) -> tuple[list[Column] | None, int]:
    """The indicator header whose period line is line i (with the header lines stacked above and
    under it) and the index after it."""
    if len(lines[i].words) < 2 or CAPTION_START.match(lines[i].text):  # a caption naming its period heads no column
        return None, i
    if (found := _period_column(lines, i, rules))[0]:  # each row's own period ("Baseline (2023/24)" beside it)
        return found
    if not (_period_hint(lines[i].text) or _BARE_RUN.search(lines[i].text)):
        return _captioned(lines, i, rules)
    lo = header_band(lines, i, _SPAN_RE)
    wrapped = _period_wraps(lines, i, rules)  # the period line's periods are completed on the line under it
    last = i + 1 if wrapped else i
    columns: list[Column] | None = split_at_body(header_columns(lines[i], rules), lines[last + 1:last + 6], rules)
    columns = _split_periods(stack(columns, wrapped) if wrapped and columns else columns)
    for k in range(i - 1, lo - 1, -1):  # the period line is the finest split: stack the band above onto it
        above = _split_periods(header_columns(lines[k], rules))
        if columns and not _years_over(columns, above):
            columns = stack(columns, above, above=True)
    if columns is None:
        return None, i
    columns = _roles(_dated(_join_periods(columns), lines, i, lo))
    # a period still open at the end of the line ("Jan 24 –" over "Mar 24") is not a number in a heading
    if any(c.role != "period" and NUMERIC.search(_PERIOD_HINT.sub(" ", _unperiod(c.text))) for c in columns):
        return None, i
    j = last + 1
    while (j < len(lines) and lines[j].top - lines[j - 1].bottom < lines[i].size and lines[j].bold == lines[i].bold
           and not _has_values(lines[j], columns) and not section_row(lines[j], columns)
           and not (left_heading(lines[j], columns) and _values_follow(lines, j, lines[i].bold, columns))):
        parts = _split_periods(header_columns(lines[j], rules))
        # a period over "Target | Actual" on the next row is a group heading over both
        stacked = ungroup(columns, parts, rules, spanning=_year_over_its_parts) \
            if any(c.role == "period" for c in columns) else None
        if stacked is None:
            stacked = stack(columns, parts)
            # a new column only outside the periods: the name heading of a two-row header, centred between its
            # rows, or the headings either side of periods set over their own row ("Q1 2025/26" over "actual")
            periods = [c for c in columns if c.role == "period"]
            first = min((c.x0 for c in periods), default=0.0)
            # (headings right of the periods only where the line heads them too, or the header's next line does:
            # "Target" set between the stacked lines of "Quarter 1 / (Apr–Jun) / 2025/26", centred in its cell)
            heads = any(_overlapping_any(p, periods) for p in parts) or (
                j + 1 < len(lines) and lines[j + 1].bold == lines[i].bold
                and lines[j + 1].top - lines[j].bottom < lines[i].size / 2 and not _has_values(lines[j + 1], columns)
                and any(_overlapping_any(p, periods) for p in header_columns(lines[j + 1], rules)))
            last = max((c.x1 for c in periods), default=0.0) if heads else float("inf")
            if stacked is None or (len(stacked) > len(columns) and any(
                    c.x1 > first and c.x0 < last for c in stacked if not _overlapping_any(c, columns))):
                break
        _undate_going_on(columns, stacked)
        columns, j = _roles(_join_periods(stacked)), j + 1
    bare = [_bare_in_group(c) for c in columns]
    if any(bare):  # "Quarterly outturn" over "Q1 | Q2": quarters of the caption's year
        for column, label in zip(columns, bare, strict=True):
            column.text = label or column.text
        columns = _roles(_dated(columns, lines, i, lo))
    periods = [c for c in columns if c.role == "period"]
    named = any(c.role == "name" and _NAME_HEAD.search(c.text) for c in columns)
    if not periods or (len(periods) < 2 and not named) or _financial(columns) \
            or any(c.role != "period" and (NUMERIC.search(_unperiod(c.text)) or len(c.words) > 8)
                   for c in columns):
        return None, i
    areas = next((c for c in columns if c.role == "name" and _AREA_HEAD.match(c.text)), None)
    groups = _measure_groups(header_columns(lines[lo - 1], rules), periods) if areas is not None and lo > 0 \
        and lines[lo - 1].bold and lines[lo].top - lines[lo - 1].bottom < 1.6 * lines[i].size else None
    if groups is not None:  # (then the caption is over that line)
        for column, group in zip(periods, groups, strict=True):
            column.group = group
    caption = _caption(lines, lo - 1 if groups is not None else lo)
    # bare years across, or row labels under no heading, only in a statistics table set under its caption
    if sum(bool(_YEAR.match(c.text)) for c in periods) and not named and caption is None:
        return None, i
    if areas is not None:
        areas.role, areas.group = "area", _measure(caption)
    if any(c.role == "name" and _MEETINGS_HEAD.match(c.text) for c in columns):
        return None, i  # a calendar of meetings ("Meeting | Jun 25 | Jul 25": days of the month), no indicators
    if columns[0].role == "period":  # nothing to name the rows by, unless the caption's table has row labels
        if caption is None or caption.x0 >= columns[0].x0 - 20:
            return None, i
        columns = [Column("", caption.x0, caption.x0, role="name"), *columns]
    caption_text = caption.text if caption else _wrapped_caption(lines, lo)
    return _months_down(_years_down(columns, caption_text), caption_text), j


_MEETINGS_HEAD = re.compile(r"^(?:meetings?|committees?|bod(?:y|ies)|meeting\s+of)$", re.I)


def _years_down(columns: list[Column], caption: str | None) -> list[Column]:
    """A table of years down the side and bare months across ("Year | Apr | May | …" over "2024/25", "2025/26"),
    what it counts named by its caption: each row's year dates the months (April 2024/25 is April 2024), the caption
    names every row. Other tables are returned as they are."""
    name = next((c for c in columns if c.role == "name"), None)
    months = [c for c in columns if c.role == "period"]
    if caption is None or name is None or not _WHEN_HEAD.match(name.text) or not months \
            or not all(c.printed[:3].lower() in _MONTHS for c in months):
        return columns
    name.role = "year"
    measure = _caption_measure(caption).strip(" .:")
    return [Column(measure, -math.inf, -math.inf, role="label"), *columns]


_CAPTION_YEARS = re.compile(r",[^,]*\b(?:19|20)\d{2}\b[^,]*$")  # ", April to September 2024/25 and 2025/26"


def _caption_measure(caption: str) -> str:
    """What a statistics table's caption says it counts: its caption number and its years taken off."""
    return _CAPTION_YEARS.sub("", _CAPTION_LEAD.sub("", caption))


_MONTH_HEAD = re.compile(r"^(?:month|quarter)$", re.I)
_QUARTER = re.compile(r"^Q[1-4]$", re.I)


def _months_down(columns: list[Column], caption: str | None) -> list[Column]:
    """The other way about: months or quarters down the side and years across ("Month | 2024 | 2025" over "April",
    "May"; "Quarter | 2023/24 | 2024/25" over "Q1"), what it counts named by its caption: each column's year dates
    the row's month (April of 2024/25 is April 2024) or quarter ("Q1 2024/25")."""
    name = next((c for c in columns if c.role == "name"), None)
    years = [c for c in columns if c.role == "period"]
    if caption is None or name is None or not _MONTH_HEAD.match(name.text) or not years \
            or not all(_names_year(c.text) for c in years):
        return columns
    name.role = "month"
    measure = _BY_PERIOD.sub("", _caption_measure(caption)).strip(" .:")
    return [Column(measure, -math.inf, -math.inf, role="label"), *columns]


_BY_PERIOD = re.compile(r",?\s+by\s+(?:month|quarter)\s*$", re.I)  # "Applications received, by quarter"


def _names_year(text: str) -> bool:
    """A row's label that is a year or a financial year ("2024", "2024/25"), not a "Change" row's."""
    return bool(_FISCAL.fullmatch(text.strip()) or _YEAR.match(text.strip()))


def _month_in(month: str, year: str) -> str:
    """A month of a row's year (`_names_year`) as a period: in a financial year, April to December fall in its first
    calendar year ("Apr" of "2024/25" is "Apr 2024"), January to March in its second."""
    if fiscal := _FISCAL.fullmatch(year.strip()):
        start = int(fiscal.group(1))
        return f"{month} {start if _MONTHS.index(month[:3].lower()) >= 3 else start + 1}"
    return f"{month} {year.strip()}"


def _of_year(label: str, year: str) -> str:
    """A row's month or quarter in a column's year: "April" of "2024/25" is "April 2024", "Q1" of it "Q1 2024/25"."""
    return f"{label} {year.strip()}" if _QUARTER.match(label) else _month_in(label, year)


def _years_over(columns: list[Column], years: list[Column]) -> bool:
    """Date the bare quarters or months of the period line by the years centred over runs of them on the line
    above ("2024/25" over "Q3 | Q4", "2025/26" over "Q1 | Q2": each under the year whose middle is nearest), where
    that line is two or more years and nothing else; False, the columns untouched, where it is not."""
    bare = [c for c in columns if _BARE_LABEL.match(c.text)]
    if len(years) < 2 or not all(_YEAR_HEAD.match(y.text) for y in years) or len(bare) < len(years):
        return False
    nearest = [min(years, key=lambda y, c=c: abs((y.x0 + y.x1) - (c.x0 + c.x1))) for c in bare]
    if any(all(n is not y for n in nearest) for y in years):
        return False
    for column, year in zip(bare, nearest, strict=True):
        column.text = f"{column.text} {year.text}"
    return True


def _undate_going_on(before: list[Column], after: list[Column]) -> None:
    """A bare quarter or month dated from the caption ("Quarter 1" → "Quarter 1 2025/26") whose own cell goes on
    under it ("(Apr–Jun)", "2025/26") is headed by its cell as printed, not by the caption's date."""
    dated = {id(c.words[0]): c for c in before
             if c.words and c.text != join(c.words) and _BARE_LABEL.match(join(c.words))}
    for column in after:
        was = dated.get(id(column.words[0])) if column.words else None
        if was is not None and len(column.words) > len(was.words):
            column.text, column.printed = join(column.words), ""


def _values_follow(lines: list[Line], j: int, bold: bool, columns: list[Column]) -> bool:
    """Values follow line j: on the next line, or on the one after where the next is a body line (a row's name
    wrapped over two lines with its figures centred between them)."""
    return j + 1 < len(lines) and _has_values(lines[j + 1], columns) or (
        j + 2 < len(lines) and lines[j + 1].bold != bold and _has_values(lines[j + 2], columns))


_OPEN_END = re.compile(r"(?:[-–/]|\bto)$")
# a profile's rows are places ("Area | 2021 | 2022": "Ashby North", "District", "England"), what is counted named by
# the caption or a group heading over the periods
_AREA_HEAD = re.compile(r"^(?:areas?|wards?|locality|localities|geography|places?|region|neighbourhoods?|parish)$",
                        re.I)
_CAPTION_LEAD = re.compile(r"^(?:table|figure|chart|graph)\s+\d+[a-z]?\s*[:.–-]?\s*", re.I)
_CAPTION_SPAN = re.compile(rf",\s*(?:{_PERIOD_BODY})(?:\s*(?:to|[-–])\s*(?:{_PERIOD_BODY}))?\s*$", re.I)


def _measure_groups(headings: list[Column], periods: list[Column]) -> list[str] | None:
    """What each of a profile's periods counts, where headings stand over runs of them ("Claimant count rate" over
    "2021 | 2022 | 2023", "Pupils eligible for free school meals" over the next three): two or more headings, each
    over two or more periods, each period under the nearest; None where they are no such row."""
    if len(headings) < 2 or any(_PERIOD_IN.search(h.text) or NUMERIC.search(h.text) for h in headings):
        return None
    pitch = min((b.x0 - a.x0 for a, b in pairwise(periods)), default=0.0)

    def distance(heading: Column, column: Column) -> float:
        middle = (column.x0 + column.x1) / 2
        return max(heading.x0 - middle, middle - heading.x1, 0.0)

    nearest = [min(headings, key=lambda h, c=c: distance(h, c)) for c in periods]
    if any(distance(h, c) > pitch for h, c in zip(nearest, periods, strict=True)) \
            or any(sum(h is n for n in nearest) < 2 for h in headings):
        return None
    return [heading.text for heading in nearest]


def _measure(caption: Line | None) -> str:
    """What a profile table's caption says is counted: "Table 1: Total resident population (number of residents),
    2021 to 2023" counts "Total resident population (number of residents)"."""
    if caption is None:
        return ""
    return _CAPTION_SPAN.sub("", _CAPTION_LEAD.sub("", caption.text)).strip(" .:")


def _period_wraps(lines: list[Line], i: int, rules: Rules | None) -> list[Column] | None:
    """The headings of the line under line i where they complete periods begun on line i: left open in narrow
    columns ("2019 -" over "21", "England 2021 -" over "23"), or a quarter or month over its year ("Q1" over
    "2024/25"). Each sits under one heading of line i."""
    if i + 1 >= len(lines) or lines[i + 1].top - lines[i].bottom >= lines[i].size / 2 or not any(
            _OPEN_END.search(w.text) or _PERIOD_LEAD.match(w.text) for w in lines[i].words):
        return None
    heads, under = header_columns(lines[i], rules), header_columns(lines[i + 1], rules)
    for part in under:
        over = [h for h in heads if h.x0 < part.x1 and part.x0 < h.x1]
        joined = f"{over[0].text} {part.text}" if len(over) == 1 else ""
        if not joined or not (_OPEN_END.search(over[0].text) and _PERIOD_IN.search(joined)
                              or _PERIOD_LEAD.match(over[0].text) and PERIOD.match(joined)):
            return None
    return under or None


def _captioned(lines: list[Line], i: int, rules: Rules | None) -> tuple[list[Column] | None, int]:
    """The columns of a header that names no period, under a caption that closes on one ("Table 3: Homelessness
    approaches, April 2024 to September 2024" over "Main reason | Households"; "Table 4: Key measures, Quarter 2
    2024/25" over "Measure | Target | Actual"), and the index after the header: the rows are named in the first
    column and their one value column (Actual beside a Target) holds the values for the caption's period. The
    caption may wrap over lines, and a bold header's headings onto the bold line under it."""
    caption = _wrapped_caption(lines, i) or _period_heading(lines, i)
    if caption is None:
        return None, i
    period = " ".join(re.split(r"[,:]", caption)[-1].split())
    if not PERIOD.match(period) and (closing := [m for m in _PERIOD_IN.finditer(caption)
                                                 if not caption[m.end():].strip(" .)")]):
        period = " ".join(closing[-1][0].split())  # "Table 3: Planning – performance for Q2 2025/26"
    if not PERIOD.match(period) or (i + 1 < len(lines) and _period_row(lines[i + 1])):
        return None, i  # (rows led by a period: a table with periods down the side, read from its body)
    columns: list[Column] | None = header_columns(lines[i], rules)
    j = i + 1
    while (columns and j < len(lines) and lines[i].bold and lines[j].bold and not _has_values(lines[j], columns)
           and lines[j].top - lines[j - 1].bottom < 0.5 * lines[i].size):
        columns, j = stack(columns, header_columns(lines[j], rules)), j + 1
    if not columns:
        return None, i
    values = [c for c in columns[1:] if not any(_NOT_VALUE_LEAD.match(w) or _NOT_VALUE_WORD.match(w)
                                                 or _BASELINE.match(w) for w in c.text.split())]
    if len(values) > 1:
        values = [c for c in values if _TRAILING_QUALIFIER.match(c.text)]
    if len(columns) < 2 or len(values) != 1 or any(NUMERIC.search(c.text) or len(c.words) > 8 for c in columns) \
            or _financial(columns):
        return None, i
    coded = _CODE_HEAD.match(columns[0].text) and _NAME_HEAD.search(columns[1].text)  # "Ref | Measure | ..."
    columns[0].role = "code" if coded else "name"
    if coded:
        columns[1].role = "name"
    values[0].role, values[0].text = "period", period
    return columns, j


# "Period | Value", "Year | Rate", "Latest | Date of latest": the period is the row's own, in its cell
_WHEN_HEAD = re.compile(r"^(?:(?:time|reporting|data)\s+)?period$|^year$|^date\s+of\s+(?:latest|data)$", re.I)
_VALUE_HEAD = re.compile(r"^(?:local\s+)?(?:value|rate)$|^latest(?:\s+(?:value|figure|data))?$", re.I)
_WHEN_WORD = re.compile(r"\b(?:period|year|date)\b", re.I)
_VALUE_WORD = re.compile(r"\b(?:value|rate|latest)\b", re.I)


def _period_column(lines: list[Line], i: int, rules: Rules | None) -> tuple[list[Column] | None, int]:
    """The columns of a table whose rows carry their own period, as a public health profile prints it ("Indicator
    | Period | Count | Value | Lower CI | Upper CI | England"), and the index after the header: each row's value is
    its cell under the one Value heading, for the period in its cell under the Period heading."""
    when, value = _WHEN_WORD.search(lines[i].text), _VALUE_WORD.search(lines[i].text)  # (tried on every line)
    if not (when and value or (when or value) and lines[i].bold):  # (a bold header's words may wrap in their cells)
        return None, i
    columns: list[Column] | None = header_columns(lines[i], rules)
    j = i + 1
    # headings wrapped in their cells ("Date of" over "latest"), a one-line heading centred between them
    while (j < len(lines) and lines[j].bold == lines[i].bold
           and lines[j].top - lines[j - 1].bottom < 0.5 * lines[i].size
           and (lines[i].bold or not NUMERIC.search(lines[j].text))):
        stacked = stack(columns, header_columns(lines[j], rules))
        if stacked is None:
            break
        columns, j = stacked, j + 1
    whens = [c for c in columns if _WHEN_HEAD.match(c.text)]
    values = [c for c in columns if _VALUE_HEAD.match(c.text)]
    if len(values) > 1:  # "Value" under the area's name and "value" under "England": the comparator's is none
        above = [w for line in _bold_lines_over(lines, i) for w in line.words]
        values = [c for c in values if not any(_NOT_VALUE_LEAD.match(w.text) and w.x1 > c.x0 and w.x0 < c.x1
                                               for w in above)]
    if len(whens) != 1 or len(values) != 1 or _financial(columns):
        return None, i
    if whens[0] is columns[0] and (title := _block_title(lines, i)) is not None:  # an indicator set out as a block
        columns.insert(0, Column(title, -math.inf, -math.inf, role="label"))  # (its rows name it in no cell)
    elif not _NAME_HEAD.search(columns[0].text):
        return None, i
    else:
        columns[0].role = "name"
    whens[0].role, values[0].role = "when", "period"
    for column in columns:
        if column.role is None and _UNIT_HEAD.match(column.text):
            column.role = "unit"
    return columns, j


def _block_title(lines: list[Line], i: int) -> str | None:
    """The bold title just over a "Period | Value | Target" header at line i that names its one indicator ("CS01
    Percentage of customer calls answered within 60 seconds"): an indicator set out as a block of its own."""
    if not i or CAPTION_START.match(lines[i - 1].text):
        return None
    above = lines[i - 1]
    close = above.page == lines[i].page and lines[i].top - above.bottom < 1.6 * lines[i].size
    return above.text if close and above.bold and above.size >= lines[i].size - 0.5 else None


def _bold_lines_over(lines: list[Line], i: int, most: int = 3) -> list[Line]:
    """The bold header lines set close over line i (within a line's height of each other), nearest last."""
    k = i
    while k > max(0, i - most) and lines[k - 1].bold and lines[k].top - lines[k - 1].bottom < lines[i].size:
        k -= 1
    return lines[k:i]


def _bare_in_group(column: Column) -> str | None:
    """A bare month or quarter under a group heading that is no period ("Quarterly outturn" over "Q1"): the label."""
    own = column.text.removeprefix(column.group).strip() if column.group else ""
    return own if own != column.text and _BARE_LABEL.match(own) and not PERIOD.match(column.group) else None


def _financial(columns: list[Column]) -> bool:
    """A money table's header: a column headed in money words (an outturn or forecast alone is not one)."""
    return any(_MONEY.search(c.text) for c in columns)


def _wrapped_caption(lines: list[Line], i: int) -> str | None:
    """The text of the caption just above line i, over up to four lines ("Table 7: Households placed ..." /
    "... January 2025 to March 2025"), where it names no money."""
    for k in range(i - 1, max(-1, i - 5), -1):
        if CAPTION_START.match(lines[k].text):
            break
        if k == 0 or lines[k].top - lines[k - 1].bottom > 0.5 * lines[k].size or lines[k].bold != lines[k - 1].bold:
            return None
    else:
        return None
    if lines[i].top - lines[i - 1].bottom > 3 * lines[i].size:
        return None
    text = " ".join(line.text for line in lines[k:i])
    return None if _FINANCE.search(text) else text


def _period_heading(lines: list[Line], i: int) -> str | None:
    """A bold heading just above line i that closes on a period, no caption numbered as a table's ("Priority 1:
    Clean, green and safe neighbourhoods – results for Q2 2024/25"), where it names no money."""
    if not i or lines[i - 1].page != lines[i].page or not lines[i - 1].bold \
            or lines[i].top - lines[i - 1].bottom > 3 * lines[i].size:
        return None
    text = lines[i - 1].text
    closing = [m for m in _PERIOD_IN.finditer(text) if not text[m.end():].strip(" .)")]
    return text if closing and not _FINANCE.search(text) else None


def _caption(lines: list[Line], i: int) -> Line | None:
    """The caption line just above a table header at line i ("Table 2: Recorded crime by type, 2022 to 2024"),
    where it names no money."""
    k = i - 1
    if k < 0 or lines[i].top - lines[k].bottom > 3 * lines[i].size or not CAPTION_START.match(lines[k].text) \
            or _FINANCE.search(lines[k].text):
        return None
    return lines[k]


# bare months or quarters across ("Apr | May | Jun", "Q1 | Q2"), the year in a caption above the table
_BARE_RUN = re.compile(rf"\b{_MONTH}\b.*\b{_MONTH}\b")  # capitalised: "may" in prose is not a month


def _dated(columns: list[Column], lines: list[Line], i: int, top: int) -> list[Column]:
    """Headings that are a bare month or quarter take their year from the caption just above the header's lines
    (from `top` to i) ("Table 3: Applications received, 2024/25"); a month after December moves to the next
    year."""
    if not any(_BARE_LABEL.match(c.text) for c in columns):
        return columns
    caption = []
    for k in range(top - 1, max(-1, top - 4), -1):
        if lines[k + 1].top - lines[k].bottom > 3 * lines[i].size:
            break
        caption.insert(0, lines[k].text)
    last: tuple[int, int, bool] | None = None
    for column in columns:
        if _BARE_LABEL.match(column.text):
            label = column.text
            column.text, printed = _complete_period(label, " ".join(caption), last)
            column.printed = "" if printed else label
            if (match := _MONTH_YEAR.match(column.text)) and match.group(2):
                last = (_MONTHS.index(match.group(1)[:3].lower()), int(match.group(2)), printed)
    return columns


def _overlapping_any(column: Column, columns: list[Column]) -> bool:
    return any(column.x0 < c.x1 + 2 and c.x0 - 2 < column.x1 for c in columns)


# a cheap superset of _PERIOD_BODY for "might this line hold a period": every period has a year, a month with a
# two-digit year, a quarter or a count of years (searched on every line: the hot path)
_PERIOD_HINT = re.compile(rf"(?:19|20)\d{{2}}|\b{_MONTH}[\s-]+\d{{2}}|\bQ(?:uarter\s+)?[1-4]|\d{{1,2}}\s?\+?\s+years?",
                          re.I)
_DIGIT = re.compile(r"\d")


def _period_hint(text: str) -> bool:
    """Whether `text` might hold a period (`_PERIOD_HINT`): each of its forms has a digit, and a line without one is
    passed over at a tenth of the cost of searching it for them."""
    return _DIGIT.search(text) is not None and _PERIOD_HINT.search(text) is not None


# ("2024/25 Estimate": the council's figure for that year; "Latest (Sep 2025)")
_QUALIFIER = re.compile(r"^(actual|outturn|result|performance|value|latest|previous)\s+|"
                        r"\s+(actual|outturn|result|value|estimated?|provisional)$", re.I)
_PERIOD_LEAD = re.compile(rf"^({_MONTH}|Q[1-4]|Quarter\s+[1-4]|{_MONTH}\s*[-–]\s*{_MONTH}|{_SPAN}{_MONTH})$", re.I)
_PERIOD_RUN = re.compile(rf"^{_PERIOD_BODY}(\s+{_PERIOD_BODY})+$", re.I)


def _split_periods(columns: list[Column]) -> list[Column]:
    """One column per period: split heading phrases that run periods together ("Measure Q2 2021/22 Q3 2021/22",
    "2023/24 Q1 2024/25 Target 2024/25 RAG" where dense headings sit closer than a wide space) and rejoin a
    period split at its space ("Jun" | "2020", where the space is wide, as in monospace). A period led by a
    word naming a non-value ("Target 2024/25") stays one column with it; a trailing "Actual" stays too."""
    out: list[Column] = []
    for column in columns:
        words = list(column.words)
        pending: list[Word] = []
        k = 0
        while k < len(words):
            n = next((n for n in range(min(len(words) - k, 6), 0, -1) if PERIOD.match(join(words[k:k + n]))),
                     0) if _PERIOD_START.match(words[k].text) else 0
            if n == 1 and k + 1 < len(words) and _PERIOD_LEAD.match(words[k + 1].text) \
                    and PERIOD.match(f"{words[k + 1].text} {words[k].text}"):
                n = 2  # a year printed before its quarter: "2024/25 Q3 2024/25 Q4"
            if not n:
                pending.append(words[k])
                k += 1
                continue
            period, k = words[k:k + n], k + n
            if pending and _NOT_VALUE_LEAD.match(pending[-1].text):
                out.append(Column.of(pending + period))
                pending = []
                continue
            if pending:
                out.append(Column.of(pending))
                pending = []
            if k < len(words) and (_TRAILING_QUALIFIER.match(words[k].text)
                                   or (k == len(words) - 1 and re.match(r"^([-–]|to)$", words[k].text))):
                period, k = [*period, words[k]], k + 1
            out.append(Column.of(period))
        if pending:
            out.append(Column.of(pending))
    return out


_NOT_VALUE_LEAD = re.compile(r"^(targets?|tolerance|threshold|floor|ambition|goal|trajectory|profile|forecast|"
                             r"projected|projection|benchmark|comparator|national|england|regional|budget):?$", re.I)
_NOT_VALUE_WORD = re.compile(r"^(average|mean|median|neighbours?|comparators?|benchmarks?|plan|"
                             r"planned|expected|aim|limit|tolerance|polarity|change|variance|difference|direction|"
                             r"rag|status|dot|trend)$", re.I)
# a baseline is the value of the period printed with it ("Baseline 2023/24"), never of the period a caption names
_BASELINE = re.compile(r"^baseline$", re.I)
_DURATION = re.compile(r"\b(last|past|previous|rolling|latest)\s+\d{1,2}\s+(months|weeks|years|quarters)\b", re.I)


def _unperiod(heading: str) -> str:
    """A heading without the durations and periods it names: "England 2021 - 23" heads a comparator, and its
    period is no number in the heading."""
    return _PERIOD_IN.sub(" ", _DURATION.sub(" ", heading))


_TRAILING_QUALIFIER = re.compile(r"^(actual|outturn|result|value)$", re.I)


def _year_over_its_parts(heading: Column, phrases: list[Column]) -> bool:
    """A year heading the quarters or months it is divided into ("2024/25" over "Q1 | Q2 | Q3 | Q4")."""
    return bool(_YEAR_HEAD.match(heading.text)) and all(_PERIOD_LEAD.match(p.text) for p in phrases)


_YEAR_HEAD = re.compile(r"^(?:19|20)\d{2}(?:[/-]\d{2,4})?$")


def _join_periods(columns: list[Column]) -> list[Column]:
    out: list[Column] = []
    for column in columns:
        prev = out[-1] if out else None
        if (prev is not None and _PERIOD_LEAD.match(prev.text) and PERIOD.match(f"{prev.text} {column.text}")
                and column.x0 - prev.x1 < 2 * column.words[0].size):
            out[-1] = Column(f"{prev.text} {column.text}", prev.x0, column.x1, words=prev.words + column.words)
        else:
            out.append(column)
    return out


_MONTHS_IN_BRACKETS = re.compile(rf"\(\s*{_MONTH}\s*[-–]\s*{_MONTH}\s*\)", re.I)


def _roles(columns: list[Column]) -> list[Column]:
    """Give each header column its role: period, code, name, unit (others are ignored)."""
    for column in columns:
        period = _QUALIFIER.sub("", column.text).strip().removeprefix("(").removesuffix(")")  # "Latest (Sep 2025)"
        if _MONTHS_IN_BRACKETS.search(period) and PERIOD.match(" ".join(_MONTHS_IN_BRACKETS.sub(" ", period).split())):
            column.role, column.text = "period", " ".join(column.text.split())  # "Quarter 1 (Apr–Jun) 2025/26"
            continue
        words = period.split()
        printed = ""
        if len(words) == 2 and _PERIOD_LEAD.match(words[1]) and PERIOD.match(f"{words[1]} {words[0]}"):
            period = f"{words[1]} {words[0]}"  # a year over its quarters ("2024/25" over "Q1 | Q2"): "Q1 2024/25"
            if len(column.words) == len(column.text.split()) \
                    and max(w.top for w in column.words) - min(w.top for w in column.words) < 2:
                printed = " ".join(column.text.split())  # but "2024/25 Q3" printed so on one line: as printed
        if not PERIOD.match(period) and 1 < len(words) <= 8:  # "Online Jan 24 – Mar 24": a heading above the period
            for k in (1, 2):
                if PERIOD.match(" ".join(words[k:])) and not any(_NOT_VALUE_LEAD.match(w) or _NOT_VALUE_WORD.match(w)
                                                                  for w in words[:k]):
                    period = " ".join(words[k:])
                    break
        column.role = "period" if PERIOD.match(period) else None
        if column.role:
            column.text = printed or " ".join(period.split())
    # (a code's heading may be a name word too: "KPI | Measure" heads codes, then names)
    named = [c for c in columns if c.role is None and _NAME_HEAD.search(c.text)]
    uncoded = [c for c in named if not _CODE_HEAD.match(c.text)] or named
    names = [c for c in uncoded if not _UNIT_HEAD.match(c.text)] or uncoded
    if names:
        names[0].role = "name"
    for k, column in enumerate(columns):
        if column.role is None and _CODE_HEAD.match(column.text) and (
                k == 0 or k + 1 < len(columns) and columns[k + 1].role == "name"):
            column.role = "code"
        elif column.role is None and _UNIT_HEAD.match(column.text):
            column.role = "unit"
    if not names:
        first = next((c for c in columns if c.role is None), None)
        if first is not None and columns.index(first) <= 1:
            first.role = "name"
    return columns


def _value_word(cell: list) -> str | None:
    """The first word of a value cell, if it is a number or a 'no value' marker."""
    if not cell:
        return None
    text = _POUNDS.sub("", _clean(cell[0].text))  # a cost among counts and rates ("£14.62", "£1.2m"), flags
    # and marks after it aside ("12,340p", "38*")
    return text if number(text) is not None or MISSING.match(text) else None


_SCALE = r"m|bn|k"  # millions, billions or thousands after a figure in pounds
_POUNDS = re.compile(rf"^£|(?<=\d)(?:{_SCALE})$")
_IN_POUNDS = re.compile(rf"^£[\d,.]+({_SCALE})?$")


def _pounds(text: str) -> str | None:
    """The unit of a value printed in pounds: "£" ("£14.62"), "£m" ("£1.2m"), "£k"; None for other values."""
    match = _IN_POUNDS.match(_clean(text))
    return f"£{match[1] or ''}" if match else None


_ANSWER = re.compile(r"^(yes|no|met|not\s+met|achieved|n/?a)$", re.I)


def _answer_row(line: Line, columns: list[Column]) -> bool:
    """A row answered in words under every period ("Gross debt below the CFR | Yes | Yes | Yes"): no values, but
    the table goes on."""
    cells = [join(cell) for c, cell in zip(columns, split(line, columns), strict=True) if c.role == "period"]
    return bool(cells) and all(_ANSWER.match(cell) for cell in cells)


def _has_values(line: Line, columns: list[Column]) -> bool:
    cells = split(line, columns)
    found = [cell[0] for c, cell in zip(columns, cells, strict=True) if c.role == "period" and _value_word(cell)]
    return bool(found) and not _in_prose(line, found)


_WORDY = re.compile(r"[A-Za-z]{2,}")


def _in_prose(line: Line, values: list[Word]) -> bool:
    """Numbers set in running text ("... 11 were within tolerance and 7"): each one's phrase holds several words."""
    if sum(bool(_WORDY.search(w.text)) for w in line.words) < 4:
        return False
    ids = {id(w) for w in values}
    held = [p for p in phrases(line) if any(id(w) in ids for w in p)]
    return all(sum(bool(_WORDY.search(w.text)) for w in p) >= 4 for p in held)


def _rows(lines: list[Line], start: int, columns: list[Column]) -> tuple[list[Row], int]:
    """Body rows under a header, and the index of the first line after the table. A row is anchored
    on the line holding its values; a bold line without values in a plain table is a sub-heading."""
    body: list[Line] = []
    anchors: list[bool] = []
    size = bold = None
    left = min(c.x0 for c in columns)
    j = start
    while j < len(lines):
        line = lines[j]
        gap = line.top - lines[j - 1].bottom if j else 0.0
        if line.x0 < left - 20 or CAPTION_START.match(line.text) or _header(lines, j)[0] is not None:
            break  # (the next table's caption ends this one)
        if size is not None and _intervals(line, size):
            j += 1
            continue
        if size is not None and gap < size and (notes := [w for w in line.words if w.size < size - 1.5]) \
                and not _has_values(Line(line.page, notes), columns) and j + 1 < len(lines) \
                and abs(lines[j + 1].size - size) <= 0.5:  # a note in small type under a cell ("(Aug 2025 data)"),
            # beside a name's wrapped words or alone, the rows going on under it
            if len(notes) == len(line.words):
                j += 1
                continue
            line = Line(line.page, [w for w in line.words if w.size >= size - 1.5])
        if size is not None and (abs(line.size - size) > 1.5 or gap > 2.5 * size):
            break
        if RULE.match(line.text):
            j += 1
            continue
        values = _has_values(line, columns) or _answer_row(line, columns)  # (a row of its own, though no records)
        if not values and line.bold and section_row(line, columns):  # a section heading among the rows
            j += 1
            continue
        if not values and (spans_columns(line, columns) or (not body and gap > 3 * line.size) or _legend(line)):
            break
        if values and size is None:
            size, bold = line.size, line.bold
        if not values and bold is None and left_heading(line, columns) and _plain_row_next(lines, j, columns):
            j += 1  # a bold section heading over the first row ("Finance" over "F1 Council tax collected ...")
            continue
        if values or not line.bold or bold is not False:  # (a bold line in a plain table is a sub-heading)
            if not values and _words_in_periods(line, columns, body[-1] if body else None):
                break
            body.append(line)
            anchors.append(values)
        j += 1
    if _all_money(body, anchors, columns):
        return [], j
    return group_rows(body, anchors, columns), j


def _all_money(body: list[Line], anchors: list[bool], columns: list[Column]) -> bool:
    """Every row's values printed in pounds ("Highways | £1,200 | £1,300"): a table of money, not of indicators (a
    cost among counts and rates is one: "Average house price | £246,500")."""
    cells = [cell for line, anchor in zip(body, anchors, strict=True) if anchor
             for c, cell in zip(columns, split(line, columns), strict=True) if c.role == "period" and _value_word(cell)]
    return bool(cells) and all(cell[0].text.startswith("£") for cell in cells)


_INTERVAL_WORD = re.compile(r"^\(?-?\d[\d,]*(?:\.\d+)?\)?$|^[-–]$|^to$")
_INTERVAL = re.compile(r"\(\s*-?\d[\d,.]*\s*(?:[-–]|to)\s*-?\d[\d,.]*\s*\)")


def _intervals(line: Line, size: float) -> bool:
    """A line of bracketed ranges under a row's values ("(77.9 - 78.9)"): their confidence intervals, in small
    type or as ranges (a small-type line may hold a range broken over two lines)."""
    return (all(_INTERVAL_WORD.match(w.text) for w in line.words) and ("(" in line.text or ")" in line.text)
            and (line.size < size - 1 or bool(_INTERVAL.search(line.text))))


def _plain_row_next(lines: list[Line], j: int, columns: list[Column]) -> bool:
    """Whether the next line holding values, within a few lines of line j, is set in plain type."""
    row = next((ln for ln in lines[j + 1:j + 4] if _has_values(ln, columns)), None)
    return row is not None and not row.bold


# the marks a table's legend explains, opening a note under it ("– no return submitted", "* provisional"), and the
# labels of a note ("Source: ...", "Note: ...")
_LEGEND_MARK = re.compile(r"^(-{1,3}|–|—|\*{1,3}|\.\.|…|†|‡|(sources?|notes?|key|footnotes?):)$", re.I)


def _legend(line: Line) -> bool:
    """A line that opens with a legend mark or a note's label and goes on in words, or a notes heading alone: a note
    under the table, not a row's wrapped name."""
    words = line.words
    return (len(words) > 1 and bool(_LEGEND_MARK.match(words[0].text)) and bool(_WORDY.match(words[1].text))) \
        or bool(_NOTES_HEADING.match(line.text))


_NOTE_MARK = re.compile(r"\s*\[(?:note\s+)?\d{1,2}\]", re.I)  # a row label's "[note 2]": a note's number, not its name
_NOTES_HEADING = re.compile(r"^(?:notes?|sources?|footnotes?|key)\s*:?$", re.I)


def _words_in_periods(line: Line, columns: list[Column], above: Line | None = None) -> bool:
    """A line without values whose words run on into a value column: prose after the table, not a row's
    wrapped name, nor a note wrapped in its value cell ("Not yet" over "available")."""
    cells = split(line, columns)
    over = split(above, columns) if above is not None else [[] for _ in columns]
    return any(c.role == "period" and cell and _WORDY.match(cell[0].text) and not (up and _WORDY.match(up[-1].text))
               for c, cell, up in zip(columns, cells, over, strict=True))


def _records(row: Row, columns: list[Column], ocr: bool) -> list[Indicator]:
    roles = {c.role: i for i, c in reversed(list(enumerate(columns))) if c.role}
    if "area" in roles:
        return _area_records(row, columns, roles["area"], ocr)
    name = _NOTE_MARK.sub("", row.text(roles["name"])) if "name" in roles else ""
    if "label" in roles:  # the block's title names every row's indicator
        name = columns[roles["label"]].text
    code = row.text(roles["code"]) if "code" in roles else None
    if not code and name:
        code, name = split_code(name)
        if not code and row.anchor:  # a code in front of the name on the values line: the name starts there (the
            # lines above are the end of a row broken over the page)
            tail = join(w for cells in row.cells[row.anchor:] for w in cells[roles["name"]])
            if (split := split_code(tail))[0]:
                code, name = split
    if "year" in roles:  # years down the side: the row's year dates each month ("Change" rows name none)
        year = row.text(roles["year"])
        if not _names_year(year):
            return []
    if "month" in roles:  # months down the side: each column's year dates the row's month (no "Total" row)
        month = row.text(roles["month"])
        if month[:3].lower() not in _MONTHS and not _QUARTER.match(month):
            return []
    if not name and not code and "when" not in roles:  # (a row of its own period under a blank name: `extract`)
        return []
    unit = _unit(row.text(roles["unit"])) if "unit" in roles else None
    when = row.text(roles["when"]) if "when" in roles else None  # the row's own period, in a Period column
    if "unit" not in roles:
        unit = _heading_unit(name)[1]  # "Pupil absence (%)"
    out = []
    first = row.cells[row.anchor]
    for i, column in enumerate(columns):
        if column.role != "period" or when == "":
            continue
        text = _value_word(first[i])
        value = number(text) if text else None
        if value is None:
            continue
        shown = unit if "unit" in roles or (when and "label" not in roles) else (unit or ("%" if text.endswith("%")
                                                               else _pounds(first[i][0].text) or _cell_unit(first[i])))
        period = _month_in(column.printed, year) if "year" in roles else _of_year(month, column.text) \
            if "month" in roles else when or column.printed or column.text
        out.append(Indicator(code=code or None, name=name or code or "", period=period,
                             value=value, unit=shown, page=row.lines[0].page, bbox=bbox(row.lines[0]), ocr=ocr))
    return out


def _area_records(row: Row, columns: list[Column], area: int, ocr: bool) -> list[Indicator]:
    """A profile row: each value is what the period's group heading, or else the caption, counts, in the row's
    place ("Claimant count rate – Ashby North"), the unit a bracket in the caption gives ("(%)", "(per 1,000)")."""
    place, first = row.text(area), row.cells[row.anchor]
    out = []
    for i, column in enumerate(columns):
        text = _value_word(first[i]) if column.role == "period" else None
        if (value := number(text) if text else None) is None or not (measure := column.group or columns[area].group):
            continue
        name, unit = _heading_unit(measure)
        unit = unit or _caption_unit(columns[area].group) or ("%" if text.endswith("%") else None)
        name = " ".join(_BRACKETED.sub(" ", name).split())
        out.append(Indicator(code=None, name=f"{name} – {place}", period=column.printed or column.text,
                             value=value, unit=unit, page=row.lines[0].page, bbox=bbox(row.lines[0]), ocr=ocr))
    return out


_PER = re.compile(r"\bper\s+[\d,]+\b")
_BRACKETED = re.compile(r"\([^)]*\)")


def _caption_unit(measure: str) -> str | None:
    """The unit a caption's bracket names: "(% of residents)" is "%", "(live births per 1,000 population)" is
    "per 1,000"."""
    if not (bracket := _BRACKETED.search(measure)):
        return None
    inside = bracket[0].strip("() ")
    if inside.startswith("%"):
        return "%"
    return per[0] if (per := _PER.search(inside)) else None


_CELL_UNIT = re.compile(r"^(%|days|kg|hours|weeks)$", re.I)


def _cell_unit(cell: list[Word]) -> str | None:
    """A unit printed after the value in its cell ("85.2 %", "12 days")."""
    return cell[1].text.lower() if len(cell) > 1 and _CELL_UNIT.match(cell[1].text) else None


def _unit(text: str) -> str | None:
    """The unit as the gold convention writes it: '%', 'per 10,000', 'days', ... or None for counts."""
    text = " ".join(text.split())
    if not text or _NUMBER_WORDS.match(text):
        return None
    if _PERCENT_WORDS.match(text):
        return "%"
    return text.lower()


def _inline(lines: list[Line], used: set[int], ocr: bool) -> list[Indicator]:
    """Rows that print each value beside its period, in a table with no period header."""
    out: list[Indicator] = []
    for i, line in enumerate(lines):
        if i in used:
            continue
        parsed = _inline_row(line)
        if parsed is None:
            continue
        head, pairs, x_values = parsed
        for below in lines[i + 1:i + 4]:
            if (below.top - line.bottom > 2.2 * line.size or abs(below.x0 - line.x0) > 3 or below.x1 > x_values
                    or _inline_row(below)):
                break
            head = f"{head} {below.text}"
            line = below
        code, name = split_code(head)
        for period, value, unit in pairs:
            out.append(Indicator(code=code, name=name, period=period, value=value, unit=unit,
                                 page=lines[i].page, bbox=bbox(lines[i]), ocr=ocr))
    return out


def _inline_row(line: Line) -> tuple[str, list[tuple[str, float, str | None]], float] | None:
    """(name, [(period, value, unit)], x of the values) for 'Name | Q1 2018/19 32.7 | Q2 2018/19 43.6'."""
    if not _period_hint(line.text):  # most lines: the cheap test first
        return None
    parts = phrases(line)
    if len(parts) < 2:
        return None
    head = join(parts[0])
    tail = " ".join(join(p) for p in parts[1:])
    pairs, pos = [], 0
    for match in _PAIR.finditer(tail):
        if tail[pos:match.start()].strip():
            return None
        pos = match.end()
        text = match.group(2)
        value = number(text)
        if value is None and not MISSING.match(text):
            return None
        unit = match.group(3)
        if value is not None:
            pairs.append((" ".join(match.group(1).split()), value,
                          "%" if text.endswith("%") else (_unit(unit) if unit else None)))
    if tail[pos:].strip() or len(pairs) < 2 or not re.match(r"[A-Za-z]", head):
        return None
    return head, pairs, parts[1][0].x0


# Statistics tables turned the other way: periods down the side ("April", "Jan 2024", "2023/24"), one column per
# category across, headings in one or two rows (a group heading over its sub-columns), the year often only in the
# caption above ("Table 1: Homelessness approaches, April to September 2024"). Read from the body: a run of lines
# that are a period label followed by numbers only; the columns are where those numbers sit, named by the heading
# lines just above; a bare month or quarter takes its year from the caption.

_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
# a month's whole name with a statistics flag set close after it ("Decemberp": provisional, "r" revised, "e" estimated)
_FLAGGED = (r"(January|February|March|April|May|June|July|August|September|October|November|December)"
            r"(?-i:[pre])")
_ROW_LEAD = re.compile(rf"^(?:{_FLAGGED}|{_MONTH}|Q[1-4]|Quarter|(?:19|20)\d{{2}}(?:[/-]\d{{2,4}})?)\b", re.I)
_FLAGGED_LABEL = re.compile(rf"^{_FLAGGED}$", re.I)
_BARE_LABEL = re.compile(rf"^(?:{_MONTH}|Q[1-4]|Quarter\s+[1-4]|YTD)$", re.I)
_FISCAL = re.compile(r"\b((?:19|20)\d{2})\s*[/-]\s*(\d{2}|(?:19|20)\d{2})\b")
_MONTH_YEAR = re.compile(rf"\b({_MONTH})\b\.?(?:\s+((?:19|20)\d{{2}}))?", re.I)
_YEAR_IN = re.compile(r"\b(?:19|20)\d{2}\b")


_MARKS = "*†‡¹²³⁴⁵⁶⁷⁸⁹⁰"  # footnote marks printed after a value ("38*", "41.7%¹")
_FOOTNOTE = re.compile(rf"(?<=[\d%])(\[[a-z]\]|\([a-z]\)|[rpe])$|(?<=[\d%])[{_MARKS}]+$")
_YEAR_MONTH = re.compile(rf"^((?:19|20)\d{{2}})\s+({_MONTH})$", re.I)


def _clean(text: str) -> str:
    """A value without a trailing footnote or revision mark ("1,204r", "452[p]", "38*")."""
    return _FOOTNOTE.sub("", text)


def _period_row(line: Line, before: float | None = None) -> tuple[str, list[Word]] | None:
    """(period label, value words) for a line that is a period label followed by numbers or '..' only.
    A label printed year first ("2024 January", the year in a column of its own) reads "January 2024".
    `before`: where the value columns start ("December 97" is December and a value of 97 there)."""
    words = line.words
    if len(words) < 2 or not _ROW_LEAD.match(words[0].text):
        return None
    for n in range(min(len(words) - 1, 4), 0, -1):
        if before is not None and words[n - 1].x0 >= before:
            continue
        if n > 1 and _TWO_DIGITS.match(words[n - 1].text) and _apart(words[n - 2], words[n - 1]):
            continue  # "July   64": a value in the first column, not a two-digit year
        label = _FLAGGED_LABEL.sub(r"\1", join(words[:n]))
        if PERIOD.match(label) or _BARE_LABEL.match(label) or _YEAR_MONTH.match(label):
            values = words[n:]
            if all(number(_clean(w.text)) is not None or MISSING.match(w.text) for w in values) \
                    and any(number(_clean(w.text)) is not None for w in values):
                if match := _YEAR_MONTH.match(label):
                    label = f"{match.group(2)} {match.group(1)}"
                return label, values
            return None
    return None


_TWO_DIGITS = re.compile(r"^\d{2}$")


def _apart(left: Word, right: Word) -> bool:
    """Whether two words of a line are further apart than a space: they sit in different cells."""
    return right.x0 - left.x1 > 1.3 * char_width([left, right])


def _transposed(lines: list[Line], used: set[int], ocr: bool) -> list[Indicator]:
    out: list[Indicator] = []
    i = 0
    while i < len(lines):
        if i in used or _period_row(lines[i]) is None:
            i += 1
            continue
        run = [i]
        j = i + 1
        while (j < len(lines) and j not in used and _period_row(lines[j]) is not None
               and lines[j].top - lines[j - 1].bottom < 1.5 * lines[i].size):
            run.append(j)
            j += 1
        if len(run) >= 2 or len(lines[i].words) >= 3:
            found = _transposed_table(lines, run, used)
            if found:
                used.update(run)
                out += [Indicator(code=None, name=name, period=period, value=value, unit=unit, page=line.page,
                                  bbox=bbox(line), ocr=ocr) for name, period, value, unit, line in found]
        i = j
    return out


def _transposed_table(lines: list[Line], run: list[int], used: set[int]) -> list[tuple]:
    rows = [(lines[k], *_period_row(lines[k])) for k in run]
    columns = _value_columns([values for _, _, values in rows])
    # a label that ran into the first value column took a value as its year: read it again short of the column
    start = Counter(round(values[0].x0) for _, _, values in rows).most_common(1)[0][0] - 2
    rows = [(line, *(_period_row(line, start) or (label, values))) for line, label, values in rows]
    columns = _value_columns([values for _, _, values in rows])
    size = lines[run[0]].size
    head: list[Line] = []
    units: list[Word] = []  # a row of units under the headings ("tonnes  tonnes  %")
    k = run[0] - 1
    while k >= 0 and k not in used and len(head) < _HEAD_LINES and (lines[k + 1].top - lines[k].bottom) < 1.6 * size:
        line = lines[k]
        if not head and not units and all(_UNIT_WORD.match(w.text) for w in line.words):
            units, k = line.words, k - 1
            continue
        if CAPTION_START.match(line.text) or _period_hint(line.text) or _period_row(line) \
                or (head and line.bold != head[0].bold):
            break
        head.insert(0, line)
        k -= 1
    if not head or (len(rows) == 1 and not all(line.bold for line in head)):  # one row: only under a set header
        return []
    names = _column_names(head, columns, max(line.words[len(line.words) - len(values) - 1].x1
                                             for line, _, values in rows))
    caption = " ".join(ln.text for ln in lines[max(0, k - 3):k + 1] if head[0].top - ln.bottom < 6 * size)
    if any(_FINANCE.search(n) for n in names if n) or _FINANCE.search(caption):
        return []
    if sum(bool(n) for n in names) < (1 if len(rows) > 1 else max(2, len(columns))):
        return []  # one row (the rest of a table broken over the page) only under a heading for every column
    out = []
    last: tuple[int, int, bool] | None = None  # (month, year, printed) of the last row that printed its year
    for line, label, values in rows:
        period, printed = _complete_period(label, caption, last)
        period = period if printed else label
        if (match := re.match(rf"^({_MONTH})\s+((?:19|20)\d{{2}})$", period, re.I)) and match.group(1)[:3].lower() \
                in _MONTHS:
            last = (_MONTHS.index(match.group(1)[:3].lower()), int(match.group(2)), True)
        for word in values:
            value = number(_clean(word.text))
            index = next((c for c, (x0, x1) in enumerate(columns) if word.x0 < x1 and x0 < word.x1), None)
            if value is None or index is None or not names[index]:
                continue
            name, unit = _heading_unit(names[index])
            x0, x1 = columns[index]
            unit = next((_unit(u.text) for u in units if u.x0 < x1 + size and x0 - size < u.x1), unit)
            out.append((name, period, value, "%" if _clean(word.text).endswith("%") else unit, line))
    return out


_HEAD_LINES = 5  # a group heading over headings wrapped over up to four lines
_UNIT_WORD = re.compile(r"^(%|tonnes|kg|litres|days|weeks|hours|minutes|no\.?|number)$", re.I)  # (£ heads money)


# a unit printed in brackets at the end of a column heading ("Collected (tonnes)", "Recycled (%)"); a bracket that
# qualifies the count ("(cumulative)", "(end of month)") stays in the name
_BRACKET_UNIT = re.compile(r"\s*\((%|per\s?cent|percentage|number|no\.|tonnes|kg|megalitres|litres|days|weeks|hours|"
                           r"minutes|seconds|months|miles|km|per\s+[\d,]+(?:\s+[a-z]+)?)\)$", re.I)


def _heading_unit(heading: str) -> tuple[str, str | None]:
    """A column heading as (name, unit), the unit taken from a bracket closing the heading."""
    if not heading.endswith(")") or not (match := _BRACKET_UNIT.search(heading)):
        return heading, None
    return heading[:match.start()], _unit(match.group(1))


def _value_columns(rows: list[list[Word]]) -> list[tuple[float, float]]:
    """The x extents of the value columns: the numbers of all rows, merged where they overlap."""
    spans = sorted((w.x0, w.x1) for values in rows for w in values)
    merged: list[list[float]] = []
    for x0, x1 in spans:
        if merged and x0 < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], x1)
        else:
            merged.append([x0, x1])
    return [(a, b) for a, b in merged]


def _column_names(head: list[Line], columns: list[tuple[float, float]], labels_x1: float) -> list[str]:
    """Each value column's heading from the lines above, read as a stacked header (a wrapped heading joins the
    line above it; a heading with two or more headings under it is a group heading over them). The label
    column's heading ("Month") is dropped; headings pair with value columns in order where the counts agree,
    else each value column takes the heading nearest it."""
    # the label column's heading goes; headings sit closer than body cells: split at a gap clearly wider than
    # the spaces between the words of one heading
    head = [Line(line.page, kept) for line in head if (kept := [w for w in line.words if w.x0 >= labels_x1])]
    if not head:
        return [""] * len(columns)
    spaces = [g for line in head for a, b in zip(line.words, line.words[1:], strict=False) if (g := b.x0 - a.x1) > 0]
    gap = min(1.3 * char_width(head[0].words), max(0.45 * head[0].size, 1.5 * min(spaces, default=99.0)))
    heads = header_columns(head[0], gap=gap)
    for line in head[1:]:
        parts = header_columns(line, gap=gap)
        heads = ungroup(heads, parts, alone=_sub_heading) or stack(heads, parts) or heads
    if len(heads) == len(columns):
        return [_heading_name(h) for h in heads]
    out = []
    for x0, x1 in columns:
        def distance(h: Column, x0: float = x0, x1: float = x1) -> float:
            return max(h.x0 - x1, x0 - h.x1, 0.0) - min(h.x1, x1) + max(h.x0, x0)
        best = min(heads, key=distance, default=None)
        out.append(_heading_name(best) if best is not None else "")
    if len(set(out)) < len(out):  # two value columns under one heading: prose above the rows, or a heading missed
        return [""] * len(columns)
    return out


_READS_ON = re.compile(r"(\b(of|in|and|or|to|for|the|per|with|on|by|from|a|an)|[-–,/&])$", re.I)


def _sub_heading(head: Column, part: Column) -> bool:
    """Whether a capitalised phrase under one heading is a sub-heading ("Culture" over "Swim sessions"), not the
    heading's wrapped text ("Households in" over "temporary accommodation")."""
    return part.text[:1].isupper() and not _READS_ON.search(head.text)


def _heading_name(column: Column) -> str:
    """A value column's name: a sub-heading of several words names the count on its own ("Street scene" over
    "Missed bins" is "Missed bins"); a one-word sub-heading, a unit in brackets aside, qualifies its group ("Duties
    owed Relief")."""
    if column.group and column.text.startswith(f"{column.group} "):
        leaf = column.text[len(column.group) + 1:]
        if len(_heading_unit(leaf)[0].split()) > 1:  # "Collected (tonnes)" is one word and its unit
            return leaf
    return column.text


def _complete_period(label: str, caption: str, last: tuple[int, int, bool] | None = None) -> tuple[str, bool]:
    """A bare month or quarter with its year, and whether the document prints that year for it: the year of the
    row above that printed one (a year on only the first month, or on each January), or the caption naming this
    very quarter ("the Q1 2024/25 ... results") print it; the year a caption's span or financial year implies
    ("April" under "April to September 2024", "Jan" under "2024/25" is January 2025) does not, and a record keeps
    such a label as printed."""
    if not _BARE_LABEL.match(label):
        return label, True
    month = label[:3].lower()
    if month in _MONTHS:
        index = _MONTHS.index(month)
        if last is not None:  # (month, year, whether that year was printed)
            return f"{label} {last[1] + (1 if index < last[0] else 0)}", last[2]
        if fiscal := _FISCAL.search(caption):
            start = int(fiscal.group(1))
            return f"{label} {start if index >= 3 else start + 1}", False
        named = [(m.group(1)[:3].lower(), m.group(2)) for m in _MONTH_YEAR.finditer(caption)]
        years = _YEAR_IN.findall(caption)
        if len(set(years)) == 1:
            return f"{label} {years[0]}", False
        dated = [(_MONTHS.index(m), int(y)) for m, y in named if y and m in _MONTHS]
        if len(dated) >= 2:
            (m1, y1) = dated[0]
            return f"{label} {y1 if index >= m1 else y1 + 1}", False
        return label, True
    if named := re.search(rf"\b{re.escape(label)}\s+((?:19|20)\d{{2}}\s?/\s?\d{{2,4}})", caption, re.I):
        return f"{label} {named.group(1).replace(' ', '')}", True  # "the Q1 2024/25 ... results, and the 2023/24"
    if fiscal := _FISCAL.search(caption):
        return f"{label} {fiscal.group(0).replace(' ', '')}", False
    return label, True


def _leftovers(lines: list[Line], used: set[int], ocr: bool) -> list[Indicator]:
    """Lines no header table claimed: statistics tables with periods down the side, then inline rows."""
    used = set(used)
    found = _transposed(lines, used, ocr)
    return found + _inline(lines, used, ocr) + _panels(lines, used, ocr)


# a KPI panel's footer: "Latest: 14.9% Target: 15%, Floor: 20% Previous: 15.2% (Amber)"; Target and Floor are no
# values, the latest and previous figures are, under those labels as printed
_PANEL_FIELD = re.compile(r"\b(?P<label>latest|previous|target|floor)\s*:?\s*(?P<value>[-–]?\d[\d,]*(?:\.\d+)?%?)",
                          re.I)
_RAG_WORD = re.compile(r"^(?:RED|AMBER|GREEN)(?:\s+|$)|\s+(?:RED|AMBER|GREEN|R|A|G)$")  # beside the name, either side


def _panels(lines: list[Line], used: set[int], ocr: bool) -> list[Indicator]:
    """KPI panels: the measure's name (its RAG rating beside it) over a footer of labelled figures."""
    out: list[Indicator] = []
    for i, line in enumerate(lines):
        if i in used or line.text[:6].lower() != "latest":  # (a cheap test first: every line comes here)
            continue
        fields = {m["label"].lower(): m["value"] for m in _PANEL_FIELD.finditer(line.text)}
        if "latest" not in fields:
            continue
        head: list[Line] = []
        for k in range(i - 1, max(-1, i - 4), -1):  # the name: the lines above (a chart may stand between)
            above = lines[k]
            if above.page != line.page or k in used or above.bold or _PANEL_FIELD.search(above.text) or (
                    head and (above.top < head[0].top - 2.2 * line.size or abs(above.size - head[0].size) > 0.5
                              or above.text.endswith("."))):  # (a note under the panel above ends there)
                break
            head.insert(0, above)
        name = join_lines(_RAG_WORD.sub("", ln.text) for ln in head).strip()
        if not name:
            continue
        for label in ("latest", "previous"):
            if label in fields and (value := number(fields[label])) is not None:
                out.append(Indicator(code=None, name=name, period=label.capitalize(), value=value,
                                     unit="%" if fields[label].endswith("%") else None, page=line.page,
                                     bbox=bbox(line), ocr=ocr))
    return out


_READER = TableReader(_header, _rows, _records, _leftovers)
