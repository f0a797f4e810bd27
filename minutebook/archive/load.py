"""Write one document and its records to the archive, in one transaction, replacing an older version whole."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from sqlite_utils import Database

from ..schemas import Extraction
from .columns import LINKS, delete_order
from .councils import council_ref
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
    whose hash goes to `document_history`."""
    with write_transaction(db):
        old = next(db.query("select id, sha256, ingested_at from documents where source = ?", [rows.source]), None)
        if old and old["sha256"] == rows.document["sha256"]:
            return LoadStatus.UNCHANGED
        rows.document["council_id"], rows.document["council"] = council_ref(db, rows.document["council"])
        row = {**rows.document, "ingested_at": now()}
        if old:
            doc_id = old["id"]
            _retire(db, doc_id, rows.source, old["sha256"], old["ingested_at"])
            db["documents"].update(doc_id, row)
        else:
            doc_id = db["documents"].insert(row).last_pk
        db.conn.executemany("insert into pages (document, page, text, ocr) values (?, ?, ?, ?)",
                            [(doc_id, n, text, int(rows.ocr)) for n, text in enumerate(rows.pages, 1)])
        rows = linked(db, doc_id, rows)
        _insert_records(db, doc_id, rows.records)
        db["ingest_errors"].delete_where("path = ?", [rows.source])
    return LoadStatus.REPLACED if old else LoadStatus.NEW


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


def _retire(db: Database, doc_id: int, source: str, sha256: str, ingested_at: str) -> None:
    db["document_history"].insert(
        {"document": doc_id, "source": source, "sha256": sha256, "ingested_at": ingested_at, "replaced_at": now()}
    )
    for table in DELETE_ORDER:
        db[table].delete_where("document = ?", [doc_id])


def _insert_records(db: Database, doc_id: int, records: dict[str, list[tuple]]) -> None:
    """Insert each table's rows, turning positions of meetings and minutes into their new ids: meetings and
    minutes first, one by one (few per document, and their ids are needed), the rest in bulk."""
    ids: dict[str, list[int]] = {target: [] for _, target in LINKS.values()}
    for table in (*ids, *(t for t in records if t not in ids)):
        columns = row_columns(table)
        links = [(i, ids[LINKS[c][1]]) for i, c in enumerate(columns) if c in LINKS]
        values = [_linked(row, links) for row in records[table]] if links else records[table]
        sql = (f"insert into [{table}] (document, {', '.join(f'[{c}]' for c in columns)}) "
               f"values (?{', ?' * len(columns)})")
        if table in ids:
            ids[table] = [db.execute(sql, [doc_id, *row]).lastrowid for row in values]
        else:
            db.conn.executemany(sql, [(doc_id, *row) for row in values])


def _linked(row: tuple, links: list[tuple[int, list[int]]]) -> tuple:
    """The row with each position (of a meeting or minute) replaced by that row's id."""
    values = list(row)
    for index, ids in links:
        if values[index] is not None:
            values[index] = ids[values[index]]
    return tuple(values)
