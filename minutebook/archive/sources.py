"""Tables of scheduled ingestion: the watched sources, every fetch, what the source's platform (ModernGov, ...) says
about each meeting (`source_meetings`, `source_attendance`, `source_minutes`), and how far that agrees with the
records read from the meeting's PDFs (`crosscheck`).

They live beside the document tables and never reference them by key: a source or a fetch outlives the documents
it produced, and re-archiving a document (replacement by source) leaves them alone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from .load import now

WEB_ATTENDANCE = {"source": int, "meeting_id": int, "meeting_date": str, "member_id": str, "name": str,
                  "status": str, "role": str, "party": str, "ward": str}
WEB_MINUTES = {"source": int, "meeting_id": int, "meeting_date": str, "number": str, "title": str}
ATTENDANCE_VIEW = """
select a.meeting_date, a.name, a.status, a.role, 'pdf' as source, a.document, a.page, null as meeting_id
from attendance a
union all
select a.meeting_date, a.name, a.status, a.role, s.kind, null, null, a.meeting_id
from source_attendance a join sources s on s.id = a.source
"""
PLATFORM_TABLES = {"moderngov_meetings": "source_meetings", "moderngov_attendance": "source_attendance",
                   "moderngov_minutes": "source_minutes"}
"""Old names (archives made when ModernGov was the only platform) and the neutral ones."""


def ensure_source_tables(db: Database) -> None:
    """Create whatever is missing; a no-op on an up-to-date archive."""
    if "crosscheck" in db.table_names():
        if "moderngov_meetings" in db.table_names():
            _rename_platform_tables(db)
        if "kind" not in db["fetches"].columns_dict:  # archives made before fetch failures had a kind
            with db.atomic():
                db["fetches"].add_column("kind", str)
        return
    with db.atomic():
        db["sources"].create({"id": int, "kind": str, "location": str, "config": str, "added_at": str,
                              "last_pass_at": str}, pk="id", not_null={"kind", "location"})
        db["sources"].create_index(["kind", "location"], unique=True)
        db["fetches"].create(
            {"url": str, "source": int, "committee_id": int, "meeting_id": int, "role": str, "title": str,
             "etag": str, "last_modified": str, "status": str, "http_status": int, "sha256": str, "path": str,
             "error": str, "kind": str, "fetched_at": str, "ok_at": str},
            pk="url", foreign_keys=[("source", "sources", "id")],
        )
        db["fetches"].create_index(["source", "meeting_id"])
        db["source_meetings"].create(
            {"source": int, "meeting_id": int, "committee_id": int, "committee": str, "date": str, "time": str,
             "status": str, "location": str, "seen_at": str},
            pk=("source", "meeting_id"), foreign_keys=[("source", "sources", "id")],
        )
        for table, columns in (("source_attendance", WEB_ATTENDANCE), ("source_minutes", WEB_MINUTES)):
            db[table].create({"id": int, **columns}, pk="id", foreign_keys=[("source", "sources", "id")])
            db[table].create_index(["source", "meeting_id"])
        db["crosscheck"].create(
            {"source": int, "meeting_id": int, "committee": str, "meeting_date": str, "documents": int,
             "web_attendees": int, "pdf_attendees": int, "attendees_agree": int, "attendance_agreement": float,
             "web_minutes": int, "pdf_minutes": int, "minutes_agree": int, "minutes_agreement": float,
             "note": str, "checked_at": str},
            pk=("source", "meeting_id"), foreign_keys=[("source", "sources", "id")],
        )
        db.create_view("attendance_all", ATTENDANCE_VIEW, ignore=True)


def _rename_platform_tables(db: Database) -> None:
    with db.atomic():
        db.execute("drop view if exists attendance_all")
        for old, new in PLATFORM_TABLES.items():
            db.execute(f"alter table [{old}] rename to [{new}]")
        db.create_view("attendance_all", ATTENDANCE_VIEW)


def remember_source(db: Database, kind: str, location: str, config: dict[str, Any]) -> int:
    """The id of the source (added, or its configuration brought up to date)."""
    with db.atomic():
        db.execute(
            """insert into sources (kind, location, config, added_at) values (?, ?, ?, ?)
            on conflict (kind, location) do update set config = excluded.config""",
            [kind, location, json.dumps(config, sort_keys=True), now()],
        )
    return db.execute("select id from sources where kind = ? and location = ?", [kind, location]).fetchone()[0]


def remembered_sources(db: Database) -> list[dict[str, Any]]:
    """The configuration of every source watched before, oldest first."""
    return [json.loads(row[0]) for row in db.execute("select config from sources order by id")]


def mark_pass(db: Database, source: int) -> None:
    with db.atomic():
        db["sources"].update(source, {"last_pass_at": now()})


@dataclass
class Fetch:
    """The last fetch of a URL: the validators and hash of its last good download, and the last outcome."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    sha256: str | None = None
    path: str | None = None
    status: str | None = None
    error: str | None = None


def last_fetch(db: Database, url: str) -> Fetch | None:
    row = next(db.query("select url, etag, last_modified, sha256, path, status, error from fetches where url = ?",
                        [url]), None)
    return Fetch(**row) if row else None


def record_fetch(db: Database, url: str, status: str, http_status: int | None, where: dict[str, Any],
                 good: dict[str, Any] | None = None, error: str | None = None, kind: str | None = None) -> None:
    """Log one fetch of `url`; a failure has its `kind` (origin, url, redirect, http, timeout, network, encoding,
    too large, not a pdf, store, bad page, bad item). `good` (etag, last_modified, sha256, path) is given only for
    a download that was kept: a failed fetch leaves the last good validators and hash in place, so nothing
    archived is disturbed and the next pass asks again."""
    row = {"url": url, **where, "status": status, "http_status": http_status, "error": error, "kind": kind,
           "fetched_at": now()}
    if good is not None or status == "not modified":
        row.update(good or {}, ok_at=row["fetched_at"])
    with db.atomic():
        db["fetches"].upsert(row, pk="url", alter=False)


def record_meeting(db: Database, source: int, meeting: dict[str, Any], attendees: list[dict[str, Any]],
                   minutes: list[dict[str, Any]]) -> None:
    """Replace what the platform said about one meeting (its details, attendees and minute numbers)."""
    key = [source, meeting["meeting_id"]]
    with db.atomic():
        db["source_meetings"].upsert({"source": source, **meeting, "seen_at": now()}, pk=("source", "meeting_id"))
        for table, rows in (("source_attendance", attendees), ("source_minutes", minutes)):
            db[table].delete_where("source = ? and meeting_id = ?", key)
            db[table].insert_all({"source": source, "meeting_id": meeting["meeting_id"],
                                  "meeting_date": meeting["date"], **row} for row in rows)


def record_crosscheck(db: Database, row: dict[str, Any]) -> None:
    with db.atomic():
        db["crosscheck"].upsert({**row, "checked_at": now()}, pk=("source", "meeting_id"))


def meeting_documents(db: Database, source: int, committee_id: int) -> list[str]:
    """Sources (URLs) of the archived documents fetched for any meeting of one committee of a site: a meeting's
    minutes can be printed in its own minutes and again in the next meeting's pack."""
    return [row[0] for row in db.execute(
        """select f.url from fetches f join documents d on d.source = f.url
        where f.source = ? and f.committee_id = ?""", [source, committee_id])]


def pdf_attendance(db: Database, documents: list[str], meeting_date: str) -> list[tuple[str, str]]:
    """(name, status) of the PDF-extracted attendance of a meeting, from the given documents."""
    return [(r[0], r[1]) for r in db.execute(
        f"""select a.name, a.status from attendance a join documents d on d.id = a.document
        where a.meeting_date = ? and d.source in ({", ".join("?" * len(documents))})""",
        [meeting_date, *documents])]


def pdf_minute_numbers(db: Database, documents: list[str], meeting_date: str) -> list[str]:
    return [r[0] for r in db.execute(
        f"""select m.number from minutes m join documents d on d.id = m.document
        where m.meeting_date = ? and d.source in ({", ".join("?" * len(documents))})""",
        [meeting_date, *documents])]


def web_meeting(db: Database, source: int, meeting_id: int) -> tuple[list[tuple[str, str]], list[str]]:
    """(name, status) of the web service's attendees, and its minute numbers, for one meeting."""
    key = [source, meeting_id]
    attendees = [(r[0], r[1]) for r in db.execute(
        "select name, status from source_attendance where source = ? and meeting_id = ?", key)]
    numbers = [r[0] for r in db.execute(
        "select number from source_minutes where source = ? and meeting_id = ?", key)]
    return attendees, numbers
