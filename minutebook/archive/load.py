"""Write one document and its records to the archive, in one transaction, replacing an older version whole."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from sqlite_utils import Database

from ..schemas import Extraction
from .attribution import domains
from .columns import RECORD_COLUMNS, delete_order
from .councils import council_ref
from .meetings import link_document, rederive, unlink_document
from .people import refresh_people
from .rows import DocumentRows, document_rows, row_columns
from .schema import write_transaction
from .series import linked

DELETE_ORDER = delete_order()


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
    """Archive a document's pages and records (see `load_rows`); `ocr` marks page texts that came from OCR."""
    return load_rows(db, document_rows(extraction, pages, ocr))


def load_rows(db: Database, rows: DocumentRows) -> LoadStatus:
    """Archive a document's rows atomically: all of them or, on any error, none (and the old version, if any,
    untouched). The same bytes again change nothing; new bytes at the same source replace the old version,
    whose hash goes to `document_history`. The meetings it prints, and those its old version printed, are
    re-derived from all their documents (`meetings.rederive`)."""
    with write_transaction(db):
        old = next(db.query("select id, sha256, ingested_at from documents where source = ?", [rows.source]), None)
        if old and old["sha256"] == rows.document["sha256"]:
            return LoadStatus.UNCHANGED
        rows.document["council_id"], rows.document["council"] = council_ref(db, rows.document["council"])
        row = {**rows.document, "ingested_at": now(), "domains": json.dumps(domains(rows.pages))}
        touched: set[int] = set()
        if old:
            doc_id = old["id"]
            touched = _retire(db, doc_id, rows.source, old["sha256"], old["ingested_at"])
            db["documents"].update(doc_id, row)
        else:
            doc_id = db["documents"].insert(row).last_pk
        db.conn.executemany("insert into pages (document, page, text, ocr) values (?, ?, ?, ?)",
                            [(doc_id, n, text, int(rows.ocr)) for n, text in enumerate(rows.pages, 1)])
        rows = linked(db, doc_id, rows)
        db["document_records"].insert({"document": doc_id, "records": json.dumps(rows.records)})
        _insert_records(db, doc_id, rows.records)
        touched |= link_document(db, doc_id, rows.document["council"], rows.document["kind"], rows)
        rederive(db, touched)
        if old:
            refresh_people(db)
        db["ingest_errors"].delete_where("path = ?", [rows.source])
    return LoadStatus.REPLACED if old else LoadStatus.NEW


def remove_document(db: Database, source: str) -> bool:
    """Take a document and everything read from it out of the archive, re-deriving the meetings it printed from
    the documents that remain (in one transaction); False when the archive does not hold `source`."""
    with write_transaction(db):
        old = next(db.query("select id, sha256, ingested_at from documents where source = ?", [source]), None)
        if not old:
            return False
        rederive(db, _retire(db, old["id"], source, old["sha256"], old["ingested_at"]))
        refresh_people(db)
        db["document_history"].delete_where("document = ?", [old["id"]])
        db["documents"].delete(old["id"])
    return True


def record_error(db: Database, path: str, sha256: str | None, stage: str, kind: str, message: str) -> None:
    """Keep the latest failure of `path` (a later success clears it); the same failure again changes nothing, so
    `at` says since when it has failed this way."""
    with db.atomic():
        db.execute(
            """insert into ingest_errors (path, sha256, stage, kind, message, at) values (?, ?, ?, ?, ?, ?)
            on conflict (path) do update set sha256 = excluded.sha256, stage = excluded.stage, kind = excluded.kind,
              message = excluded.message, at = excluded.at
            where (sha256, stage, kind, message) is not
              (excluded.sha256, excluded.stage, excluded.kind, excluded.message)""",
            [path, sha256, stage, kind, message, now()],
        )


@dataclass(frozen=True)
class PastFailure:
    """How a source failed last time, and since when."""

    sha256: str | None
    stage: str
    kind: str | None
    message: str
    at: str


def past_failure(db: Database, path: str) -> PastFailure | None:
    """The recorded failure of `path` that left it out of the archive (not a document archived in part)."""
    row = db.execute("select sha256, stage, kind, message, at from ingest_errors where path = ? "
                     "and kind is not 'partial'", [path]).fetchone()
    return PastFailure(*row) if row else None


def _retire(db: Database, doc_id: int, source: str, sha256: str, ingested_at: str) -> set[int]:
    """Move the old version to `document_history` and delete what it alone holds (its pages and the records of no
    meeting); the meetings it printed, to re-derive."""
    db["document_history"].insert(
        {"document": doc_id, "source": source, "sha256": sha256, "ingested_at": ingested_at, "replaced_at": now()}
    )
    meetings = unlink_document(db, doc_id)
    for table in DELETE_ORDER:
        if table != "meetings":
            own = " and meeting is null" if "meeting" in RECORD_COLUMNS.get(table, {}) else ""
            db[table].delete_where(f"document = ?{own}", [doc_id])
    db["document_records"].delete_where("document = ?", [doc_id])
    return meetings


def _insert_records(db: Database, doc_id: int, records: dict[str, list[tuple]]) -> None:
    """Insert the records of no meeting (risks, indicators, and records whose meeting the document does not name);
    those of a meeting are the meeting's (`meetings.rederive`). Minutes go first, one by one, for their ids."""
    minute_ids: dict[int, int] = {}
    for table in ("minutes", *(t for t in RECORD_COLUMNS if t not in ("meetings", "minutes"))):
        columns = row_columns(table)
        meeting = columns.index("meeting") if "meeting" in columns else None
        minute = columns.index("minute") if "minute" in columns else None
        sql = (f"insert into [{table}] (document, {', '.join(f'[{c}]' for c in columns)}) "
               f"values (?{', ?' * len(columns)})")
        kept = [(position, row) for position, row in enumerate(records[table])
                if meeting is None or row[meeting] is None]
        if minute is not None:
            kept = [(p, (*r[:minute], minute_ids.get(r[minute]), *r[minute + 1:])) for p, r in kept]
        if table == "minutes":
            minute_ids = {p: db.execute(sql, [doc_id, *row]).lastrowid for p, row in kept}
        else:
            db.conn.executemany(sql, [(doc_id, *row) for _, row in kept])
