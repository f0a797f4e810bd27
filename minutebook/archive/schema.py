"""The archive's tables, indexes, full-text indexes and views, made with sqlite-utils.

Every record table carries `document` (a foreign key to `documents`) and `page`, so each row can link to the
PDF page it was read from. Record rows of one document are deleted and re-inserted together when the document
changes, so they need no identity of their own beyond an integer id.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlite_utils import Database

from . import councils, series
from .columns import LINKS, RECORD_COLUMNS, SHARED

BUSY_TIMEOUT_S = 30

INDEXES: dict[str, list[list[str]]] = {
    "documents": [["council"], ["kind"], ["sha256"]],
    "meetings": [["date"], ["body"]],
    "attendance": [["name"], ["status"], ["meeting_date"]],
    "agenda_items": [["meeting_date"]],
    "minutes": [["meeting_date"], ["number"]],
    "resolutions": [["meeting_date"], ["outcome"], ["minute"]],
    "votes": [["meeting_date"], ["result"]],
    "indicators": [["code"], ["name"], ["period"]],
    "risks": [["risk_id"], ["level"], ["trend"]],
    "ingest_errors": [["stage"]],
}

FTS: dict[str, list[str]] = {
    "pages": ["text"],
    "minutes": ["title", "text"],
    "resolutions": ["text"],
    "risks": ["title"],
    "indicators": ["name"],
}

DECISIONS_SQL = """
select
  r.id, coalesce(m.date, r.meeting_date) as date, m.body, d.council, r.minute_number, mi.title as minute_title,
  r.outcome, r.text, d.file_name, r.document, r.page
from resolutions r
join documents d on d.id = r.document
left join meetings m on m.id = r.meeting
left join minutes mi on mi.id = r.minute
"""


@contextmanager
def write_transaction(db: Database) -> Iterator[None]:
    """One transaction that takes the write lock first (BEGIN IMMEDIATE, waiting up to the busy timeout): a second
    writer waits its turn instead of failing half-way on a stale read."""
    db.execute("BEGIN IMMEDIATE")
    try:
        with db.atomic():
            yield
    except BaseException:
        db.rollback()
        raise
    db.commit()


def ensure_schema(db: Database) -> None:
    """Create whatever is missing; a no-op on an up-to-date archive. It looks again under the write lock, so two
    ingests starting on a new archive create it once."""
    if _up_to_date(db):
        return
    with write_transaction(db):
        if "documents" not in db.table_names():
            _create_all(db)
        else:
            if "ocr" not in db["pages"].columns_dict:  # archives made before OCR
                db["pages"].add_column("ocr", int)
            if "kind" not in db["ingest_errors"].columns_dict:  # archives made before failure kinds
                db["ingest_errors"].add_column("kind", str)
            if "councils" not in db.table_names():  # archives made before councils
                councils.migrate(db)
            if "indicator_series" not in db.table_names():  # archives made before series and registers
                series.migrate(db)


def _up_to_date(db: Database) -> bool:
    return ("documents" in db.table_names() and "ocr" in db["pages"].columns_dict
            and "kind" in db["ingest_errors"].columns_dict and "councils" in db.table_names()
            and "indicator_series" in db.table_names())


def _create_all(db: Database) -> None:
    _create_tables(db)
    councils.migrate(db)
    for table, indexes in INDEXES.items():
        for columns in indexes:
            db[table].create_index(columns, if_not_exists=True)
    for table, columns in FTS.items():
        db[table].enable_fts(columns, fts_version="FTS5", create_triggers=True, tokenize="porter")
    series.create_triggers(db)
    db.create_view("decisions", DECISIONS_SQL, ignore=True)


def _create_tables(db: Database) -> None:
    db["documents"].create(
        {"id": int, "source": str, "file_name": str, "sha256": str, "council": str, "kind": str, "pages": int,
         "extracted_at": str, "ingested_at": str},
        pk="id", not_null={"source", "file_name", "sha256", "pages"},
    )
    db["documents"].create_index(["source"], unique=True)
    db["document_history"].create(
        {"id": int, "document": int, "source": str, "sha256": str, "ingested_at": str, "replaced_at": str},
        pk="id", foreign_keys=[("document", "documents", "id")],
    )
    db["pages"].create(
        {"id": int, "document": int, "page": int, "text": str, "ocr": int},
        pk="id", foreign_keys=[("document", "documents", "id")], not_null={"document", "page"},
    )
    db["pages"].create_index(["document", "page"], unique=True)
    series.create_tables(db)
    for table, columns in RECORD_COLUMNS.items():
        links = [("document", "documents", "id")] + [(c, LINKS[c][1], "id") for c in columns if c in LINKS]
        links += [(*SHARED[table], "id")] if table in SHARED else []
        db[table].create(
            {"id": int, "document": int, "page": int, **columns, "bbox": str, "ocr": int},
            pk="id", foreign_keys=links, not_null={"document"},
        )
        db[table].create_index(["document", "page"])
    db["ingest_errors"].create(
        {"path": str, "sha256": str, "stage": str, "kind": str, "message": str, "at": str}, pk="path",
    )
