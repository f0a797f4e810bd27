"""Write one document and its records to the archive, in one transaction, replacing an older version whole."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel
from sqlite_utils import Database

from ..schemas import Extraction
from .schema import RECORD_COLUMNS, write_transaction

# Children before the tables they reference, so deleting in this order never breaks a foreign key.
DELETE_ORDER = ["votes", "resolutions", "attendance", "agenda_items", "minutes", "indicators", "risks", "meetings",
                "pages"]
VOTE_COLUMNS = {"for": "votes_for", "against": "votes_against", "abstain": "votes_abstain"}


class LoadStatus(StrEnum):
    NEW = "new"
    UNCHANGED = "unchanged"
    REPLACED = "replaced"


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def archived_sha256(db: Database, source: str) -> str | None:
    """The hash of the version of `source` in the archive, or None when it has none."""
    row = db.execute("select sha256 from documents where source = ?", [source]).fetchone()
    return row[0] if row else None


def load_extraction(db: Database, extraction: Extraction, pages: list[str], ocr: bool = False) -> LoadStatus:
    """Archive a document's pages and records atomically: all of them or, on any error, none (and the old
    version, if any, untouched). The same bytes again change nothing; new bytes at the same source replace
    the old version, whose hash goes to `document_history`. `ocr` marks page texts that came from OCR."""
    document = extraction.document
    source = document.source or document.file_name
    with write_transaction(db):
        old = next(db.query("select id, sha256, ingested_at from documents where source = ?", [source]), None)
        if old and old["sha256"] == document.sha256:
            return LoadStatus.UNCHANGED
        row = {"source": source, "file_name": document.file_name, "sha256": document.sha256,
               "council": document.council, "kind": document.kind, "pages": document.pages,
               "extracted_at": document.extracted_at.isoformat() if document.extracted_at else None,
               "ingested_at": now()}
        if old:
            doc_id = old["id"]
            _retire(db, doc_id, source, old["sha256"], old["ingested_at"])
            db["documents"].update(doc_id, row)
        else:
            doc_id = db["documents"].insert(row).last_pk
        _insert_pages(db, doc_id, pages, ocr)
        _insert_records(db, doc_id, extraction)
        db["ingest_errors"].delete_where("path = ?", [source])
    return LoadStatus.REPLACED if old else LoadStatus.NEW


def record_error(db: Database, path: str, sha256: str | None, stage: str, message: str) -> None:
    """Keep the latest failure of `path` (a later success clears it); the same failure again changes nothing."""
    with db.atomic():
        db.execute(
            """insert into ingest_errors (path, sha256, stage, message, at) values (?, ?, ?, ?, ?)
            on conflict (path) do update set sha256 = excluded.sha256, stage = excluded.stage,
              message = excluded.message, at = excluded.at
            where (sha256, stage, message) is not (excluded.sha256, excluded.stage, excluded.message)""",
            [path, sha256, stage, message, now()],
        )


def _retire(db: Database, doc_id: int, source: str, sha256: str, ingested_at: str) -> None:
    db["document_history"].insert(
        {"document": doc_id, "source": source, "sha256": sha256, "ingested_at": ingested_at, "replaced_at": now()}
    )
    for table in DELETE_ORDER:
        db[table].delete_where("document = ?", [doc_id])


def _insert_pages(db: Database, doc_id: int, pages: list[str], ocr: bool) -> None:
    db["pages"].insert_all({"document": doc_id, "page": n, "text": text, "ocr": int(ocr)}
                           for n, text in enumerate(pages, 1))


def _insert_records(db: Database, doc_id: int, extraction: Extraction) -> None:
    meetings: dict[str, int] = {}
    for meeting in extraction.meetings:
        pk = db["meetings"].insert(_row("meetings", meeting, doc_id)).last_pk
        meetings.setdefault(str(meeting.date), pk)
    minutes: dict[tuple[str | None, str], int] = {}
    for minute in extraction.minutes:
        row = _row("minutes", minute, doc_id, meetings)
        minutes.setdefault((row["meeting_date"], row["number"]), db["minutes"].insert(row).last_pk)
    for table in ("attendance", "agenda_items", "resolutions", "votes", "indicators", "risks"):
        rows = [_row(table, record, doc_id, meetings, minutes) for record in getattr(extraction, table)]
        db[table].insert_all(rows)


def _row(table: str, record: BaseModel, doc_id: int, meetings: dict[str, int] | None = None,
         minutes: dict[tuple[str | None, str], int] | None = None) -> dict[str, Any]:
    """A record as a row of `table`: JSON-typed values, its document, and links to its meeting and minute."""
    data = record.model_dump(mode="json", by_alias=True)
    bbox = data.pop("bbox")
    row: dict[str, Any] = {"document": doc_id, "page": data.pop("page"), "ocr": int(data.pop("ocr")),
                           "bbox": json.dumps(bbox) if bbox else None}
    if table == "votes":
        for field, column in VOTE_COLUMNS.items():
            data[column] = data.pop(field)
        data["names"] = json.dumps(data["names"]) if data.get("names") else None
    columns = RECORD_COLUMNS[table]
    if "meeting" in columns:
        data["meeting"] = (meetings or {}).get(data.get("meeting_date"))
    if "minute" in columns:
        data["minute"] = (minutes or {}).get((data.get("meeting_date"), data.get("minute_number")))
    row.update({key: value for key, value in data.items() if key in columns})
    return row
