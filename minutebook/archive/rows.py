"""A document's extraction as the archive's rows, made without the archive.

The rows are plain tuples, cheap to send between processes, so they can be made where the records were
extracted (a worker) and the archive's one writer only inserts them. A record's link to its meeting or minute
is held as that meeting's or minute's position in the document until the writer knows their ids.

Text is stored without control characters and bidi overrides (a ToUnicode map can turn glyphs into ESC, OSC or
U+202E; a file name can hold them too): the printable text is kept, nothing that a terminal or a browser acts on.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import BaseModel

from ..schemas import RECORD_TYPES, Extraction
from .columns import RECORD_COLUMNS, field_columns
from .derived import archived, derived_values, report_date

COLUMNS = {table: field_columns(table, model) for table, model in RECORD_TYPES.items()}
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\uffff]")
"""Controls but tab and newline (C0, DEL, C1), the bidi controls, and the noncharacter U+FFFF."""
HYPHEN = "\ufffe"
"""A noncharacter some PDFs' text layers give for a hyphen ('Barrington\ufffeKing'): archived as '-'."""


def clean(value: Any) -> Any:
    """`value` (a string, or a list or dict of them) without control characters and bidi overrides, U+FFFE as
    the hyphen it stands for."""
    if isinstance(value, str):
        return UNSAFE.sub("", value.replace(HYPHEN, "-"))
    if isinstance(value, list):
        return [clean(item) for item in value]
    if isinstance(value, dict):
        return {key: clean(item) for key, item in value.items()}
    return value


def row_columns(table: str) -> list[str]:
    """A record table's columns in the order of its rows' values (all but id and document)."""
    return ["page", *RECORD_COLUMNS[table], "bbox", "ocr"]


@dataclass(frozen=True)
class DocumentRows:
    """One document's `documents` row (without ingested_at), its page texts, and each record table's rows."""

    document: dict[str, Any]
    pages: list[str]
    ocr: bool
    records: dict[str, list[tuple]]

    @property
    def source(self) -> str:
        return self.document["source"]

    def counts(self) -> dict[str, int]:
        return {table: len(rows) for table, rows in self.records.items()}

    def table(self, name: str) -> list[dict[str, Any]]:
        """One record table's rows as column -> value (for reading, not loading)."""
        return [dict(zip(row_columns(name), row, strict=True)) for row in self.records[name]]


def document_rows(extraction: Extraction, pages: list[str], ocr: bool = False) -> DocumentRows:
    """The rows of an extraction; `ocr` marks page texts that came from OCR."""
    document = extraction.document
    row = {"source": document.source or document.file_name, "file_name": clean(document.file_name),
           "sha256": document.sha256, "council": document.council, "kind": document.kind, "pages": document.pages,
           "extracted_at": document.extracted_at.isoformat() if document.extracted_at else None}
    meetings: dict[str, int] = {}
    for index, meeting in enumerate(extraction.meetings):
        meetings.setdefault(meeting.date.isoformat(), index)
    minutes: dict[tuple[str | None, str], int] = {}
    for index, minute in enumerate(extraction.minutes):
        minutes.setdefault((_iso(minute.meeting_date), minute.number), index)
    report = report_date(extraction)
    records = {table: [_values(table, record, meetings, minutes, report) for record in archived(extraction, table)]
               for table in RECORD_COLUMNS}
    return DocumentRows(row, [clean(text) for text in pages], ocr, records)


def _iso(day: Any) -> str | None:
    return day.isoformat() if day else None


def _values(table: str, record: BaseModel, meetings: dict[str, int],
            minutes: dict[tuple[str | None, str], int], report: date | None) -> tuple:
    """A record as a row of `table`: JSON-typed values, with its meeting and minute as positions, and the
    columns derived from it (`report` is the document's report date)."""
    data = clean(record.model_dump(mode="json", by_alias=True))
    for field, column in COLUMNS[table].items():
        value = data.pop(field)
        data[column] = (json.dumps(value) if value else None) if isinstance(value, dict | list) else value
    data["meeting"] = meetings.get(data.get("meeting_date"))
    data["minute"] = minutes.get((data.get("meeting_date"), data.get("minute_number")))
    data["bbox"] = json.dumps(data["bbox"]) if data.get("bbox") else None
    data["ocr"] = int(data["ocr"])
    data.update(derived_values(table, data, report))
    return tuple(data.get(column) for column in row_columns(table))
