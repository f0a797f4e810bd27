"""The archive's tables, indexes, full-text indexes and views, made with sqlite-utils.

Every record table carries `document` (a foreign key to `documents`) and `page`, so each row can link to the
PDF page it was read from. Record rows of one document are deleted and re-inserted together when the document
changes, so they need no identity of their own beyond an integer id.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlite_utils import Database

from . import councils, series, topics
from .columns import LINKS, RECORD_COLUMNS, SHARED

BUSY_TIMEOUT_S = 30

INDEXES: dict[str, list[list[str]]] = {
    "documents": [["council"], ["kind"], ["sha256"]],
    "meetings": [["date"], ["body"], ["council", "body_key", "date"]],
    "attendance": [["name"], ["status"], ["meeting_date"], ["meeting"], ["person"]],
    "agenda_items": [["meeting_date"], ["meeting"]],
    "minutes": [["meeting_date"], ["number"], ["meeting"]],
    "resolutions": [["meeting_date"], ["outcome"], ["minute"], ["meeting"]],
    "votes": [["meeting_date"], ["result"], ["meeting"]],
    "indicators": [["code"], ["name"], ["period"]],
    "risks": [["risk_id"], ["level"], ["trend"]],
    "ingest_errors": [["stage"]],
    "document_meetings": [["meeting"]],
    "record_sources": [["table_name", "record"], ["document"]],
    "conflicts": [["meeting"]],
    "people": [["council", "surname", "kind"]],
    "vote_names": [["vote"], ["person"]],
    "person_review": [["meeting"], ["person"]],
}

JOINED_COLUMNS: dict[str, dict[str, type]] = {
    "meetings": {"council": str, "printed_body": str, "body_key": str},
    "attendance": {"person": int},
}
"""Columns of record tables that the archive adds when it joins documents (meetings across documents, people)."""

FTS: dict[str, list[str]] = {
    "pages": ["text"],
    "minutes": ["title", "text"],
    "resolutions": ["text"],
    "risks": ["title"],
    "indicators": ["name"],
}

DECISIONS_SQL = """
select
  r.id, coalesce(m.date, r.meeting_date) as date, m.body, coalesce(m.council, d.council) as council,
  r.minute_number, mi.title as minute_title,
  r.outcome, r.text, d.file_name, r.document, r.page, r.meeting
from resolutions r
join documents d on d.id = r.document
left join meetings m on m.id = r.meeting
left join minutes mi on mi.id = r.minute
"""


def insert(db: Database, table: str, row: dict[str, Any], replace: bool = False) -> int:
    """Insert one row by plain SQL and return its rowid: sqlite-utils' `insert` looks the table up on every call,
    which costs more than the insert itself in the per-record loops of meetings and people."""
    columns = ", ".join(f"[{c}]" for c in row)
    verb = "insert or replace" if replace else "insert"
    sql = f"{verb} into [{table}] ({columns}) values ({', '.join('?' * len(row))})"
    return db.execute(sql, list(row.values())).lastrowid


def update(db: Database, table: str, id_: int, row: dict[str, Any]) -> None:
    """Update one row by id with plain SQL (see `insert`)."""
    db.execute(f"update [{table}] set {', '.join(f'[{c}] = ?' for c in row)} where id = ?", [*row.values(), id_])


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
            if "document_records" not in db.table_names():
                raise ArchiveTooOld("it was made before meetings were joined across documents: ingest its PDFs "
                                    "into a new archive")
            if "ocr" not in db["pages"].columns_dict:  # archives made before OCR
                db["pages"].add_column("ocr", int)
            if "kind" not in db["ingest_errors"].columns_dict:  # archives made before failure kinds
                db["ingest_errors"].add_column("kind", str)
            if "indicator_series" not in db.table_names():  # archives made before series and registers
                series.migrate(db)
            if "councils" not in db.table_names():  # archives made before councils
                councils.migrate(db)
            if "alerts" not in db.table_names():  # archives made before alerts
                _create_alerts(db)
            if topics.TABLE not in db.table_names():  # archives made before decisions were indexed by topic
                db.execute("drop view if exists decisions")
                db.create_view("decisions", DECISIONS_SQL)
                topics.create(db)


class ArchiveTooOld(Exception):
    """An archive this minutebook cannot bring up to date in place."""


def _up_to_date(db: Database) -> bool:
    return ("document_records" in db.table_names() and "ocr" in db["pages"].columns_dict
            and "kind" in db["ingest_errors"].columns_dict and "indicator_series" in db.table_names()
            and "councils" in db.table_names() and topics.TABLE in db.table_names() and "alerts" in db.table_names())


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
    topics.create(db)


def _create_tables(db: Database) -> None:
    db["documents"].create(
        {"id": int, "source": str, "file_name": str, "sha256": str, "council": str, "kind": str, "pages": int,
         "extracted_at": str, "ingested_at": str, "domains": str},
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
    db["people"].create({"id": int, "council": str, "name": str, "surname": str, "kind": str, "aliases": str,
                         "first_meeting": int, "unresolved": int}, pk="id")
    series.create_tables(db)
    for table, columns in RECORD_COLUMNS.items():
        links = [("document", "documents", "id")] + [(c, LINKS[c][1], "id") for c in columns if c in LINKS]
        links += [(*SHARED[table], "id")] if table in SHARED else []
        db[table].create(
            {"id": int, "document": int, "page": int, **columns, "bbox": str, "ocr": int},
            pk="id", foreign_keys=links, not_null={"document"},
        )
        db[table].create_index(["document", "page"])
    for table, columns in JOINED_COLUMNS.items():
        for column, kind in columns.items():
            db[table].add_column(column, kind, fk="people" if column == "person" else None)
    _create_joins(db)
    _create_alerts(db)
    db["ingest_errors"].create(
        {"path": str, "sha256": str, "stage": str, "kind": str, "message": str, "at": str}, pk="path",
    )


def _create_joins(db: Database) -> None:
    """The tables that join documents: which meetings each prints, each record's other sources, the copies that
    disagree, people and their named votes (see meetings.py and people.py)."""
    db["document_records"].create({"document": int, "records": str}, pk="document",
                                  foreign_keys=[("document", "documents", "id")])
    db["document_meetings"].create({"document": int, "meeting": int, "position": int, "role": str},
                                   pk=("document", "meeting"),
                                   foreign_keys=[("document", "documents", "id"), ("meeting", "meetings", "id")])
    db["record_sources"].create({"id": int, "table_name": str, "record": int, "document": int, "page": int},
                                pk="id", foreign_keys=[("document", "documents", "id")])
    db["conflicts"].create(
        {"id": int, "meeting": int, "table_name": str, "record": int, "field": str, "value": str, "document": int,
         "page": int, "other_value": str, "other_document": int, "other_page": int},
        pk="id", foreign_keys=[("meeting", "meetings", "id"), ("document", "documents", "id"),
                               ("other_document", "documents", "id")])
    db["vote_names"].create({"id": int, "vote": int, "person": int, "side": str, "name": str}, pk="id",
                            foreign_keys=[("vote", "votes", "id"), ("person", "people", "id")])
    db["person_review"].create({"id": int, "person": int, "meeting": int, "name": str, "candidates": str},
                               pk="id", foreign_keys=[("person", "people", "id"), ("meeting", "meetings", "id")])


def _create_alerts(db: Database) -> None:
    """Saved searches and the decisions each has given (see alerts.py)."""
    db["alerts"].create({"id": int, "phrase": str, "council": str, "created_at": str, "last_run_at": str},
                        pk="id", not_null={"phrase"})
    db["alert_seen"].create({"alert": int, "key": str}, pk=("alert", "key"), foreign_keys=[("alert", "alerts", "id")])
