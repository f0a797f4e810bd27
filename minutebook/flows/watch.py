"""The `watch` pass: for each source, its adapter finds the documents, the pipeline archives the new and changed
ones, and the platform's view of its meetings is crosschecked against their records. Every adapter runs the same
way; every failure is logged where it happened (`fetches`, `ingest_errors`) and the pass goes on.
"""

# No `from __future__ import annotations`: a served run gets the flow pickled by value, and Prefect validates its
# parameters against the annotations, which must then be real types rather than names.
import time
from dataclasses import asdict, dataclass, field
from datetime import timedelta
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import ThreadPoolTaskRunner
from sqlite_utils import Database

from ..archive import open_archive
from ..archive.sources import (
    ensure_source_tables,
    mark_pass,
    record_crosscheck,
    remember_source,
    remembered_sources,
)
from ..pipeline import Failure, IngestReport, Limits, StillFailing, plan
from ..sources.adapters import adapter_for
from ..sources.base import Adapter, Found
from ..sources.config import FolderSource, ModernGovSource, Source, SourceError, make_source
from ..sources.crosscheck import crosscheck, remember_meeting
from ..sources.fetch import FetchSettings
from .ingest import archive_jobs


@dataclass
class SourceReport:
    kind: str
    location: str
    documents: IngestReport
    notes: str = ""
    """The adapter's own summary (meetings found, ...)."""
    problems: list[str] = field(default_factory=list)
    """Pages that could not be read and filters that matched nothing (one line each)."""

    def summary(self) -> str:
        d = self.documents
        line = (f"{self.kind} {self.location}: {len(d.new)} new, {len(d.replaced)} changed, {len(d.unchanged)} "
                f"unchanged, {len(d.failed)} failed documents")
        line += f", {len(d.still_failing)} still failing unchanged" if d.still_failing else ""
        line += f"; {self.notes}" if self.notes else ""
        return line + (f"; {len(self.problems)} discovery problems" if self.problems else "")


@dataclass
class PassReport:
    sources: list[SourceReport] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed(self) -> list[Failure]:
        return [f for s in self.sources for f in s.documents.failed]

    @property
    def still_failing(self) -> list[StillFailing]:
        return [f for s in self.sources for f in s.documents.still_failing]

    @property
    def ok(self) -> bool:
        """No new failure: every document archived, unchanged or failing as before, every page read, every
        filter matched."""
        return not self.failed and not any(s.problems for s in self.sources)

    def summary(self) -> str:
        return "\n".join([s.summary() for s in self.sources] + [f"pass took {self.seconds:.1f} s"])


def default_store(db_path: str) -> Path:
    """Downloaded PDFs live next to the archive: `archive.db` -> `archive-pdfs/`."""
    path = Path(db_path)
    return path.parent / f"{path.stem}-pdfs"


@task(cache_policy=NO_CACHE)
def find_documents(adapter: Adapter, db: Database, source_id: int, folder: Path) -> Found:
    found = adapter.find(db, source_id, folder)
    for problem in found.problems:
        get_run_logger().warning("discover: %s", problem)
    return found


@flow(name="watch-pass", task_runner=ThreadPoolTaskRunner(max_workers=2))
def watch_pass(sources: list[Source], db_path: str, store_dir: str | None = None,
               fetch: FetchSettings | None = None, workers: int = 2, retry_failed: bool = False) -> PassReport:
    """One pass over `sources` into the archive `db_path`; downloaded PDFs are kept under `store_dir`, and new
    ones extracted in `workers` processes."""
    started = time.perf_counter()
    report = PassReport()
    db = open_archive(db_path)
    ensure_source_tables(db)
    folder = Path(store_dir) if store_dir else default_store(db_path)
    for source in sources:
        adapter = adapter_for(source, fetch)
        source_id = remember_source(db, adapter.kind, adapter.location, source.model_dump(mode="json"))
        done = SourceReport(adapter.kind, adapter.location, IngestReport())
        try:
            source_pass(db, db_path, source_id, adapter, folder, workers, retry_failed, done)
        except Exception as exc:  # a bug or a full disk costs this source's pass, not the other sources'
            get_run_logger().exception("pass over %s failed", adapter.location)
            done.problems.append(f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}")
        mark_pass(db, source_id)
        get_run_logger().info(done.summary())
        report.sources.append(done)
    db.close()
    report.seconds = time.perf_counter() - started
    return report


def source_pass(db: Database, db_path: str, source_id: int, adapter: Adapter, folder: Path, workers: int,
                retry_failed: bool, done: SourceReport) -> None:
    found = find_documents(adapter, db, source_id, folder)
    done.notes, done.problems = found.notes, list(found.problems)
    for meeting in found.meetings:
        remember_meeting(db, source_id, meeting)
    for source, failed in found.failed:  # logged by the adapter (`fetches`); a later pass asks again
        get_run_logger().warning("%s (%s): %s: %s", failed.stage, failed.kind, source, failed.message)
        done.documents.count(source, failed)
    archive_jobs(db_path, plan(db, found.jobs, retry_failed, done.documents), Limits(), workers, done.documents)
    for meeting in found.meetings:
        if meeting.detailed:
            record_crosscheck(db, crosscheck(db, source_id, meeting, found.meetings))


def run_once(sources: list[ModernGovSource | FolderSource], db_path: str, store_dir: str | None = None,
             fetch: FetchSettings | None = None, workers: int = 2, retry_failed: bool = False) -> PassReport:
    """One pass from a terminal (cron) on the shared local API (`console.quiet_prefect` first, for quiet logs)."""
    from ..pipeline import close_workers
    from .api import prefect_api

    try:
        with prefect_api():
            return watch_pass(sources, db_path, store_dir, fetch, workers, retry_failed)
    finally:
        close_workers()


def remembered(db_path: str) -> list[ModernGovSource | FolderSource]:
    """The sources an archive has watched before (so `watch --db archive.db` alone carries on)."""
    if not Path(db_path).is_file():
        return []
    db = open_archive(db_path)
    ensure_source_tables(db)
    try:
        return [make_source(config["kind"], config, db_path) for config in remembered_sources(db)]
    finally:
        db.close()


def serve(sources: list[ModernGovSource | FolderSource], db_path: str, every: timedelta,
          store_dir: str | None = None, fetch: FetchSettings | None = None, workers: int = 2) -> None:
    """Serve the pass as a Prefect deployment run every `every` (needs a Prefect server: PREFECT_API_URL), one
    run at a time: a late pass waits rather than writing the archive beside another."""
    from prefect.settings import PREFECT_API_URL
    from prefect.types.entrypoint import EntrypointType

    if not PREFECT_API_URL.value():
        raise SourceError("--every needs a Prefect server: run `prefect server start` and set PREFECT_API_URL "
                          "(or use --once from cron)")
    parameters = {"sources": [s.model_dump(mode="json") for s in sources], "db_path": str(Path(db_path).resolve()),
                  "store_dir": str(Path(store_dir).resolve()) if store_dir else None,
                  "fetch": asdict(fetch) if fetch else None, "workers": workers}
    watch_pass.serve(name="minutebook-watch", interval=every, parameters=parameters, limit=1,
                     entrypoint_type=EntrypointType.MODULE_PATH)
