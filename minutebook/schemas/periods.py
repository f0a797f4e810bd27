"""The dates a printed indicator period covers: "Q2 2018/19" is 1 July to 30 September 2018.

Financial years are UK ones (1 April to 31 March) and their quarters start in April (Q1 = Apr-Jun). A period
is read whole or not at all: `parse_period` gives (start, end), or (None, None) where the text does not fix its
dates ("+3 Years", a quarter of a bare year, which may be a calendar or a financial quarter). "Latest" and
"Current" end at the report's date where it has one, from an unknown start.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date
from functools import lru_cache

Period = tuple[date | None, date | None]
UNKNOWN: Period = (None, None)

_MONTHS = {name: n for n, name in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                             "nov", "dec"), 1)}
_MONTH = (r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_YEAR = r"((?:19|20)?\d{2})"
_FY = rf"((?:19|20)\d{{2}}|\d{{2}})\s?[/-]\s?{_YEAR}"  # 2018/19, 2018-2019, 18/19
_QUARTER = r"(?:q|qtr|quarter)\s?([1-4])"
_SPAN = r"(\d{1,2}\s?m(?:onths?|ths?)?|rolling\s12\s?m(?:onths?|ths?)?|quarter|qtr|(?:financial\s)?year|ytd)"


def _year(text: str) -> int:
    return int(text) if len(text) == 4 else 2000 + int(text)


def _month(text: str) -> int:
    return _MONTHS[text[:3]]


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _months_back(year: int, month: int, months: int) -> date:
    """The first day of the `months`-month span that ends with `month` of `year`."""
    index = year * 12 + month - months
    return date(index // 12, index % 12 + 1, 1)


def _financial_year(first: str, second: str) -> Period:
    start = _year(first)
    follows = int(second) == start + 1 if len(second) == 4 else int(second) == (start + 1) % 100
    return (date(start, 4, 1), date(start + 1, 3, 31)) if follows else UNKNOWN


def _year_span(first: str, last: str) -> Period:
    """"2019 - 21", "2016-2018", years apart: the calendar years a statistic pools; "2023-24" is a financial year."""
    start = int(first)
    end = int(last) if len(last) == 4 else start - start % 100 + int(last) + 100 * (int(last) < start % 100)
    if end == start + 1:
        return _financial_year(first, last)
    return (date(start, 1, 1), date(end, 12, 31)) if start + 1 < end <= start + 10 else UNKNOWN


def _quarter(quarter: str, first: str, second: str) -> Period:
    year, _ = _financial_year(first, second)
    if year is None:
        return UNKNOWN
    month = 4 + 3 * (int(quarter) - 1)
    start_year = year.year + (month > 12)
    month = (month - 1) % 12 + 1
    return date(start_year, month, 1), _month_end(start_year, month + 2)


def _month_year(month: str, year: str) -> Period:
    y, m = _year(year), _month(month)
    return date(y, m, 1), _month_end(y, m)


def _month_range(first: str, first_year: str | None, last: str, last_year: str) -> Period:
    """"Apr 24 – Jun 24", "Apr – Jun 24", "Oct–Dec 2023": a first month without a year is the latest one before
    the last month."""
    end_year, start_month, end_month = _year(last_year), _month(first), _month(last)
    start_year = _year(first_year) if first_year else end_year - (start_month > end_month)
    if (start_year, start_month) > (end_year, end_month):
        return UNKNOWN
    return date(start_year, start_month, 1), _month_end(end_year, end_month)


def _span_to(span: str, month: str, year: str) -> Period:
    """"12m to Dec 24", "Quarter to Sep 24", "Year to Mar 24", "YTD to Dec 24" (from the financial year's start)."""
    y, m = _year(year), _month(month)
    if span == "ytd":
        months = (m - 4) % 12 + 1
    elif span in ("quarter", "qtr"):
        months = 3
    elif span.endswith("year"):
        months = 12
    else:
        months = int(re.findall(r"\d+", span)[-1])
    if not 1 <= months <= 36:
        return UNKNOWN
    return _months_back(y, m, months), _month_end(y, m)


def _day(day: str, month: str, year: str) -> Period:
    y, m, d = _year(year), _month(month), int(day)
    if d > calendar.monthrange(y, m)[1]:
        return UNKNOWN
    return date(y, m, d), date(y, m, d)


def _numeric_day(day: str, month: str, year: str) -> Period:
    y, m, d = _year(year), int(month), int(day)
    if not 1 <= m <= 12 or not 1 <= d <= calendar.monthrange(y, m)[1]:
        return UNKNOWN
    return date(y, m, d), date(y, m, d)


def _calendar_year(year: str) -> Period:
    return date(int(year), 1, 1), date(int(year), 12, 31)


_FORMS: list[tuple[re.Pattern[str], Callable[..., Period]]] = [
    (re.compile(p, re.I), f) for p, f in [
        (rf"{_QUARTER}\s?(?:fy\s?)?{_FY}", _quarter),  # Q2 2018/19, Quarter 2 2018-19, Q2 FY18/19
        (rf"{_FY}\s?{_QUARTER}", lambda first, second, quarter: _quarter(quarter, first, second)),  # 2018/19 Q2
        (r"((?:19|20)\d{2})-((?:19|20)\d{2}|\d{2})", _year_span),  # 2019 - 21, 2023-24 (dashes made "-")
        (rf"(?:fy\s?)?{_FY}", _financial_year),  # 2023/24, FY 2023/24
        (rf"{_MONTH}\s?{_YEAR}?\s?(?:-|to)\s?{_MONTH}\s?{_YEAR}", _month_range),  # Apr 24 - Jun 24, Apr-Jun 24
        (rf"{_SPAN}\s(?:to|ending)\s{_MONTH}\s?{_YEAR}", lambda span, month, year: _span_to(
            re.sub(r"\s", "", span.lower()).removeprefix("financial").removeprefix("rolling"), month, year)),
        (rf"(?:as\s(?:at|of)\s)?(\d{{1,2}})(?:st|nd|rd|th)?\s?-?\s?{_MONTH}\s?-?\s?{_YEAR}", _day),  # 30-September-24
        (r"(?:as\s(?:at|of)\s)?(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d{2}|\d{2})", _numeric_day),  # 30/09/2024
        (rf"{_MONTH}\s?-?\s?{_YEAR}", _month_year),  # Jul 2018, Dec-23, July 18
        (r"((?:19|20)\d{2})", _calendar_year),  # 2019
    ]
]
_AS_AT_REPORT = re.compile(r"(latest|current|now|this\s(?:period|quarter|month))(\s(?:position|value|data))?", re.I)
_DASHES = re.compile(r"\s*[-‐‑‒–—―]\s*")


@lru_cache(maxsize=4096)
def parse_period(printed: str, report_date: date | None = None) -> Period:
    """(first day, last day) of the printed period; "Latest" is (None, the report's date); (None, None) where
    the text does not fix it."""
    text = _DASHES.sub("-", " ".join(printed.split())).strip(" .:")
    if _AS_AT_REPORT.fullmatch(text):
        return (None, report_date) if report_date else UNKNOWN
    for pattern, read in _FORMS:
        match = pattern.fullmatch(text)
        if match:
            return read(*(group.lower() if group else group for group in match.groups()))
    return UNKNOWN
