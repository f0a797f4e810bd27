"""The pipeline's steps on the archive's side: hash a file, extract a job in an idle worker process, load an
outcome, record what went wrong. Plain Python: the flows submit batches of these, the CLI never calls them."""

from __future__ import annotations

import errno
import sqlite3
import threading
from pathlib import Path

from sqlite_utils import Database

from ..archive import LoadStatus, archived_sha256, load_rows, past_failure, record_error
from ..extractors.pipeline import sha256_of
from .outcome import DEFAULT_LIMITS, Extracted, Failed, Job, Limits
from .report import IngestReport, StillFailing
from .worker import Worker

_idle: dict[Limits, list[Worker]] = {}
_idle_lock = threading.Lock()


def hash_file(path: Path) -> str | Failed:
    """The file's SHA-256, taken once for the whole pipeline, or why it could not be read."""
    try:
        return sha256_of(path)
    except OSError as exc:
        return Failed(stage="hash", kind="io", message=f"{type(exc).__name__}: {exc.strerror or exc}")


def extract_rows(job: Job, limits: Limits = DEFAULT_LIMITS) -> Extracted | Failed:
    """Extract in an idle worker process of this process's pool (a new one when none is idle), returned to the
    pool for the next document. Never raises for anything the document does."""
    with _idle_lock:
        idle = _idle.setdefault(limits, [])
        worker = idle.pop() if idle else Worker(limits)
    try:
        return worker.run(job)
    finally:
        with _idle_lock:
            idle.append(worker)


def prestart(limits: Limits = DEFAULT_LIMITS) -> None:
    """Start a worker process into the pool, where it loads the extractors while the caller gets on with other
    things (importing Prefect, hashing): the first document then costs its extraction only."""
    worker = Worker(limits)
    worker.start()
    with _idle_lock:
        _idle.setdefault(limits, []).append(worker)


def close_workers() -> None:
    """Stop every idle worker process of this process's pool."""
    with _idle_lock:
        workers = [worker for idle in _idle.values() for worker in idle]
        _idle.clear()
    for worker in workers:
        worker.close()


def busy(exc: BaseException) -> bool:
    """SQLite gave up waiting for another writer: worth trying again, not the document's fault."""
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in str(exc) or "busy" in str(exc))


def disk_full(exc: BaseException) -> bool:
    """The archive's disk is full (or failing): no document can be archived now, so the run must stop."""
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EIO)
    return isinstance(exc, sqlite3.OperationalError) and ("disk is full" in str(exc) or "disk I/O" in str(exc))


def load(db: Database, outcome: Extracted) -> LoadStatus | Failed:
    """Archive one document's rows in one transaction; a loader bug costs this document only. A busy archive
    raises, so the caller can try again, and so does a full disk, which ends the run."""
    try:
        return load_rows(db, outcome.rows)
    except Exception as exc:
        if busy(exc) or disk_full(exc):
            raise
        return Failed(stage="load", kind="crash", message=f"{type(exc).__name__}: {exc}")


def record(db: Database, job: Job, outcome: Extracted | Failed) -> None:
    """Keep in `ingest_errors` why a document failed, or what an archived one lost (pages read in part, invalid
    records left out); a document archived whole has its row cleared by the load."""
    if isinstance(outcome, Failed):
        record_error(db, job.source, job.sha256 or None, outcome.stage, outcome.kind, outcome.message)
    elif outcome.warnings or outcome.rejected:
        record_error(db, job.source, job.sha256, "extract" if outcome.warnings else "validate", "partial",
                     "; ".join(outcome.warnings + outcome.rejected))


def plan(db: Database, jobs: list[Job], retry_failed: bool, report: IngestReport) -> list[Job]:
    """The jobs to extract; those archived unchanged, and those that failed before unchanged, are counted in
    `report` instead (see `triage`)."""
    todo = []
    for job in jobs:
        seen = triage(db, job, retry_failed)
        if seen is LoadStatus.UNCHANGED:
            report.unchanged.append(job.source)
        elif isinstance(seen, StillFailing):
            report.still_failing.append(seen)
        else:
            todo.append(job)
    return todo


def repeated(db: Database, source: str, failed: Failed, retry_failed: bool = False) -> StillFailing | None:
    """A failure with no hash to compare (unreadable file, a link not followed) that was recorded before in the
    same words: still failing, unless `retry_failed`."""
    before = None if retry_failed else past_failure(db, source)
    if before and (before.stage, before.kind, before.message) == (failed.stage, failed.kind, failed.message):
        return StillFailing(source, before)
    return None


def triage(db: Database, job: Job, retry_failed: bool = False) -> LoadStatus | StillFailing | None:
    """Whether a hashed job needs extracting (None), is archived already (UNCHANGED), or failed before with the
    same bytes (StillFailing: reported, not tried again, unless `retry_failed`)."""
    if archived_sha256(db, job.source) == job.sha256:
        return LoadStatus.UNCHANGED
    before = None if retry_failed else past_failure(db, job.source)
    if before and before.sha256 == job.sha256:
        return StillFailing(job.source, before)
    return None
