"""Dates and times in every form councils print them.

"Monday, 14 January 2019", "14/01/2019", "14th Jan 2019", "Tuesday 3rd March 2020 at 7.00 pm",
"30th-Jan-2025", "January 14, 2019", "Wednesday the 16th day of October 2024"; times "10.00 am", "7pm", "14:00",
"2.30 p.m.".
"""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for name in names
}
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|[\"”'’](?=\s))?"  # a superscript "th" OCR'd as a quote mark: 29" April
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_SEP = r"[\s\-,]+"

DATE_PATTERNS = [
    re.compile(rf"\b{_WEEKDAY}(?:the\s+)?{_DAY}(?:\s+day)?(?:\s+of)?{_SEP}{_MONTH}{_SEP}{_YEAR}\b", re.I),
    re.compile(rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),
    re.compile(r"\b(?P<day>[0-3]?\d)[/.](?P<month>[01]?\d)[/.](?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),
]
TIME_PATTERN = re.compile(
    r"\b(?P<hour>[012]?\d)(?:[.:](?P<minute>[0-5]\d))?\s*(?P<ampm>[ap]\.?\s?m\b\.?)?",
    re.I,
)


def _to_date(match: re.Match) -> date | None:
    month = match.group("month")
    month_number = int(month) if month.isdigit() else MONTHS.get(month.lower().rstrip("."))
    try:
        return date(int(match.group("year")), month_number or 0, int(match.group("day")))
    except ValueError:
        return None


def find_dates(text: str) -> list[tuple[int, date]]:
    """Every date in the text with its offset, in order of position."""
    found: dict[int, date] = {}
    taken: list[tuple[int, int]] = []
    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            value = _to_date(match)
            if value is not None:
                found[match.start()] = value
                taken.append((match.start(), match.end()))
    return sorted(found.items())


def parse_date(text: str) -> date | None:
    """The first date in the text, or None."""
    dates = find_dates(text)
    return dates[0][1] if dates else None


def parse_time(text: str) -> str | None:
    """The first clock time in the text as HH:MM ("7.00 pm" -> "19:00", "14.00" -> "14:00"), or None.

    A bare number counts only with am/pm; "10.00" and "14:00" count on their own.
    """
    for match in TIME_PATTERN.finditer(text):
        hour, minute, ampm = int(match.group("hour")), match.group("minute"), match.group("ampm")
        if minute is None and ampm is None:
            continue
        if ampm:
            if not 1 <= hour <= 12:
                continue
            pm = ampm.lower().startswith("p")
            hour = hour % 12 + (12 if pm else 0)
        if hour > 23:
            continue
        return f"{hour:02d}:{int(minute or 0):02d}"
    return None
