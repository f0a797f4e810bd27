"""Opening an archive: only a minutebook archive is opened, readers never write, writers check it first.

A minutebook archive carries a marker set on creation: `PRAGMA application_id` (APPLICATION_ID) and
`PRAGMA user_version` (the schema version, for future migrations). A file with minutebook's tables and no marker
(made before the marker existed) is recognised, and a writer sets its marker. Any other file, an empty one, a
folder, or a file of a newer schema is refused with one line (`ArchiveError`) and left untouched.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from urllib.parse import quote

from sqlite_utils import Database

from .schema import BUSY_TIMEOUT_S, ArchiveTooOld, ensure_schema

APPLICATION_ID = 0x4D4E4254
"""'MNBT' in the SQLite header: this file is a minutebook archive."""
SCHEMA_VERSION = 2
SQLITE_HEADER = b"SQLite format 3\x00"
CORE_TABLES = {"documents", "pages", "ingest_errors"}


class ArchiveError(Exception):
    """An archive that cannot be used as asked, with a one-line reason that names the file."""


def inspect(path: str | Path) -> str:
    """'new' (no file yet), 'empty' (a file of 0 bytes or an SQLite file without tables: SQLite's state until the
    first commit, so an archive being created or whose creation was cut short), 'archive' (a marked minutebook
    archive) or 'unmarked' (minutebook's tables, made before the marker); raises ArchiveError for anything else,
    without writing to it."""
    path = Path(path)
    if not path.exists():
        return "new"
    if not path.is_file():
        raise ArchiveError(f"not a minutebook archive: {path} (not a file)")
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise ArchiveError(f"cannot read the archive {path}: {exc.strerror or exc}") from exc
    if not header:
        return "empty"
    if header != SQLITE_HEADER:
        raise ArchiveError(f"not a minutebook archive: {path} (not an SQLite file)")
    conn, _ = _connect_readonly(path)
    try:
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {row[0] for row in conn.execute("select name from sqlite_master where type = 'table'")}
    except sqlite3.DatabaseError as exc:
        raise ArchiveError(damaged(path, str(exc))) from exc
    finally:
        conn.close()
    if application_id == APPLICATION_ID:
        if version > SCHEMA_VERSION:
            raise ArchiveError(f"{path} is an archive of a newer minutebook (schema {version}; this one reads "
                               f"{SCHEMA_VERSION}): upgrade minutebook")
        return "archive"
    if application_id == 0 and tables >= CORE_TABLES:
        return "unmarked"
    if application_id == 0 and not tables:  # another writer has just created it and not yet made its schema
        return "empty"
    raise ArchiveError(f"not a minutebook archive: {path}")


def damaged(path: str | Path, problem: str) -> str:
    return (f"damaged archive: {path} ({' '.join(problem.split())[:200]}); nothing was written to it "
            f"(`minutebook check --db {path}` lists the damage)")


def open_archive(path: str | Path, check: bool = False) -> Database:
    """The archive at `path` for writing, created or brought up to date (and marked): WAL (readers during
    writes), foreign keys on. With `check`, `PRAGMA quick_check` runs first and a damaged archive is refused.
    With WAL, synchronous=NORMAL saves a disk flush per document: a killed process still loses nothing, and a
    crash of the machine may lose the last documents loaded but never leaves the archive inconsistent."""
    state = inspect(path)
    db = Database(path)
    try:
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")  # first: another ingest may hold the lock
        if check and state not in ("new", "empty"):
            quick_check(db, path)
        _enable_wal(db)
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute("PRAGMA foreign_keys = ON")
        ensure_schema(db)
        if state != "archive":
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except ArchiveTooOld as exc:
        db.close()
        raise ArchiveError(f"cannot use the archive {path}: {exc}") from exc
    except sqlite3.OperationalError as exc:  # a full disk, an unwritable folder: one line, not a traceback
        db.close()
        if "locked" in str(exc) or "busy" in str(exc):
            raise
        raise ArchiveError(f"cannot open the archive {path} for writing ({exc}; is its disk full, or its folder "
                           "read-only?)") from exc
    except BaseException:
        db.close()
        raise
    return db


def open_readonly(path: str | Path) -> Database:
    """The archive at `path` for reading only (`mode=ro`; `immutable=1` on a read-only medium where SQLite
    cannot make the `-shm` file WAL needs): nothing is ever written, not even the WAL switch."""
    state = inspect(path)
    if state == "new":
        raise ArchiveError(f"no archive at {path} (run `minutebook ingest` first)")
    if state == "empty":
        raise ArchiveError(f"not a minutebook archive: {path} (an empty file)")
    return Database(_connect_readonly(Path(path))[0])


def needs_immutable(path: str | Path) -> bool:
    """Whether `path` can be read only as immutable (a read-only medium without the WAL's `-shm` file)."""
    conn, immutable = _connect_readonly(Path(path))
    conn.close()
    return immutable


def quick_check(db: Database, path: str | Path, full: bool = False) -> None:
    """Raise ArchiveError unless `PRAGMA quick_check` (with `full`, `integrity_check`) finds the file sound."""
    try:
        found = [row[0] for row in db.execute(f"PRAGMA {'integrity_check' if full else 'quick_check'}(20)")]
    except sqlite3.DatabaseError as exc:
        raise ArchiveError(damaged(path, str(exc))) from exc
    if found != ["ok"]:
        raise ArchiveError(damaged(path, f"{len(found)}{'+' if len(found) == 20 else ''} problems, first: "
                                         f"{found[0]}"))


def check(path: str | Path) -> str:
    """The full `integrity_check` of an existing archive, read-only: a one-line verdict, or ArchiveError."""
    state = inspect(path)
    db = open_readonly(path)
    try:
        quick_check(db, path, full=True)
        version = db.execute("PRAGMA user_version").fetchone()[0]
        documents = db.execute("select count(*) from documents").fetchone()[0]
    finally:
        db.close()
    marker = f"schema {version}" if state == "archive" else "made before the marker; the next ingest marks it"
    return f"ok: {path} is a sound minutebook archive ({marker}; {documents} documents)"


def _connect_readonly(path: Path) -> tuple[sqlite3.Connection, bool]:
    """A read-only connection, and whether it had to be immutable."""
    uri = f"file:{quote(str(path.resolve()))}"
    try:
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, check_same_thread=False)
        conn.execute("select count(*) from sqlite_master").fetchone()
        return conn, False
    except sqlite3.OperationalError as exc:
        if "unable to open" not in str(exc) and "readonly" not in str(exc):
            raise ArchiveError(damaged(path, str(exc))) from exc
    except sqlite3.DatabaseError as exc:
        raise ArchiveError(damaged(path, str(exc))) from exc
    conn = sqlite3.connect(f"{uri}?immutable=1", uri=True, check_same_thread=False)
    return conn, True


def _enable_wal(db: Database) -> None:
    """Switch to WAL. The switch needs the file to itself, and SQLite answers "locked" at once, without waiting
    out the busy timeout, while another process (a second ingest, a reader) has the new file open: so ask again
    until the timeout."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            db.enable_wal()
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)
