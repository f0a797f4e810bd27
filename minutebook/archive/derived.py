"""Columns the archive derives from a record as it makes its row (`columns.DERIVED`): an indicator's period as
dates, a risk's printed trend as one of three words; and which of a document's indicator values it archives.

A document's report date is the date of its first meeting (the meeting a pack is for, or the one a report or
minutes name); it fixes periods such as "Latest" and dates a document's risk register.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from pydantic import BaseModel

from ..schemas import Extraction
from ..schemas.periods import parse_period

IMPROVING, WORSENING, UNCHANGED = "improving", "worsening", "unchanged"
_TRENDS = [
    (re.compile(r"improv|better|decreas|reduc|lower|down|fall|↓|⬇|▼|↘|⇩|🡇", re.I), IMPROVING),
    (re.compile(r"wors|deteriorat|increas|higher|escalat|rising|up\b|↑|⬆|▲|↗|⇧|🡅", re.I), WORSENING),
    (re.compile(r"unchang|no\s*change|static|stable|same|steady|constant|level|↔|→|⇔|◄►|⬌|^[-=]$", re.I), UNCHANGED),
]
"""A risk's trend words and arrows; a risk's rising score is a worsening, a falling one an improvement."""
_WORDS = re.compile(r"[a-z0-9]+")


def report_date(extraction: Extraction) -> date | None:
    return extraction.meetings[0].date if extraction.meetings else None


def normalise_trend(printed: str | None) -> str | None:
    """improving, worsening or unchanged for a printed trend ("Reducing", "▲", "No change"); None for one that
    says none of them ("New") or for two at once."""
    if not printed:
        return None
    found = {word for pattern, word in _TRENDS if pattern.search(printed)}
    return found.pop() if len(found) == 1 else None


def series_key(code: str | None, name: str) -> str:
    """An indicator's identity within its council: its code where it prints one ("NI 155" = "NI155"), else its
    name (case, spacing and punctuation aside)."""
    if code:
        return "code:" + "".join(_WORDS.findall(code.lower()))
    return "name:" + " ".join(_WORDS.findall(name.lower()))


def derived_values(table: str, data: dict[str, Any], report: date | None) -> dict[str, Any]:
    """The derived columns of one row of `table` (its fields by column, as JSON values)."""
    if table == "indicators":
        start, end = parse_period(data["period"], report)
        return {"period_start": _iso(start), "period_end": _iso(end)}
    if table == "risks":
        return {"trend_normalised": normalise_trend(data["trend"])}
    return {}


def archived(extraction: Extraction, table: str) -> list[BaseModel]:
    """The records of `table` to archive: one indicator value per (indicator, period) of the document (a value
    printed twice, in a summary and a detail table, is archived once). Two values of one name and period are two
    tables' rows that share a label ("Adult Education" in calls and in complaints by service) and are both kept."""
    records = getattr(extraction, table)
    if table != "indicators":
        return records
    report = report_date(extraction)
    seen: set[tuple] = set()
    kept = []
    for record in records:
        period = parse_period(record.period, report)
        key = (series_key(record.code, record.name), period if period[1] else record.period.casefold(), record.value)
        if key not in seen:
            seen.add(key)
            kept.append(record)
    return kept


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
