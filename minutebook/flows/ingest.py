"""The `ingest` flow: discover -> hash -> skip unchanged -> extract (in parallel) -> validate -> load.

Extraction runs in worker processes (pdfium is not thread-safe, and the extractors are CPU-bound); everything
that touches the archive runs in the flow's own thread, one document per transaction, so SQLite has one writer.
A file that fails at any stage is recorded in `ingest_errors` and the batch goes on.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed
from prefect.task_runners import ProcessPoolTaskRunner
from sqlite_utils import Database

from ..archive import LoadStatus, archived_sha256, load_extraction, open_archive, record_error
from ..extractors.errors import UnreadablePDF
from ..extractors.pipeline import sha256_of
from ..schemas import Extraction
from .discover import expand
from .isolate import Limits, extract_isolated
from .progress import Progress, notify
from .report import Failure, IngestReport, StageError
from .validation import Validated, validate_extraction


def _locked(task, task_run, state) -> bool:
    """Retry a load only when SQLite was busy (another writer), not on a bad record."""
    try:
        state.result()
    except sqlite3.OperationalError as exc:
        return "locked" in str(exc) or "busy" in str(exc)
    except Exception:
        return False
    return False


def one_line(exc: BaseException) -> str:
    text = exc.reason if isinstance(exc, UnreadablePDF) else f"{type(exc).__name__}: {exc}"
    return " ".join(text.split())[:500]


@task(cache_policy=NO_CACHE)
def discover_files(patterns: list[str]) -> tuple[list[Path], list[str]]:
    return expand(patterns)


@task(retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def hash_file(path: Path) -> str:
    return sha256_of(path)


@task(cache_policy=NO_CACHE)
def extract_file(path: Path, council: str | None, ocr: bool = False, limits: Limits | None = None) -> dict[str, Any]:
    """The extraction as JSON plus each page's text, made in a worker process under per-document time and memory
    limits (`isolate`); an unreadable PDF, or one killed at a limit, comes back as an error payload: it is bad
    input, not a failed task."""
    payload = extract_isolated(path, council, ocr, limits or Limits())
    if "error" in payload:
        get_run_logger().warning("cannot extract %s: %s", path.name, payload["error"])
    return payload


@task(cache_policy=NO_CACHE)
def validate(payload: dict[str, Any]) -> Validated:
    return validate_extraction(payload)


@task(retries=3, retry_delay_seconds=2, retry_condition_fn=_locked, cache_policy=NO_CACHE)
def load(db_path: str, extraction: Extraction, pages: list[str], ocr: bool = False) -> LoadStatus:
    db = open_archive(db_path)
    try:
        return load_extraction(db, extraction, pages, ocr)
    finally:
        db.close()


@flow(name="ingest", task_runner=ProcessPoolTaskRunner(max_workers=2))
def ingest(patterns: list[str], db_path: str, council: str | None = None, ocr: bool = False,
           limits: Limits | None = None) -> IngestReport:
    """Archive every PDF matched by `patterns` into the SQLite file `db_path`; `with_workers` runs it on Dask."""
    logger = get_run_logger()
    started = time.perf_counter()
    report = IngestReport()
    db = open_archive(db_path)
    files, missing = discover_files(patterns)
    for pattern in missing:
        _warn(db, report.failed, pattern, None, StageError("discover", "no such file, or no PDF in it"))
    todo: dict[Path, str] = {}
    for path in files:
        try:
            sha = hash_file(path)
        except OSError as exc:
            _warn(db, report.failed, str(path), None, StageError("hash", one_line(exc)))
            continue
        if archived_sha256(db, str(path)) == sha:
            report.unchanged.append(str(path))
        else:
            todo[path] = sha
    total = len(files) + len(missing)
    notify(Progress(total, report.documents, 0))
    futures = {extract_file.submit(path, council, ocr, limits): path for path in todo}
    for future in as_completed(list(futures)):
        path = futures[future]
        try:
            _archive(db, db_path, future.result(), report)
        except StageError as exc:
            _warn(db, report.failed, str(path), todo[path], exc)
        except Exception as exc:  # an extractor or loader bug: record it, keep the batch going
            stage = "load" if future.state.is_completed() else "extract"
            _warn(db, report.failed, str(path), todo[path], StageError(stage, one_line(exc)))
        notify(Progress(total, report.documents, report.pages))
    report.seconds = time.perf_counter() - started
    db.close()
    logger.info(report.summary())
    return report


def with_workers(workers: int, dask_address: str | None = None):
    """The flow with extraction on Dask: the cluster at `dask_address`, else a local one of `workers` processes."""
    return ingest.with_options(task_runner=dask_runner(workers, dask_address))


def dask_runner(workers: int, address: str | None = None):
    """prefect-dask's runner: an existing scheduler, or a local cluster of single-threaded worker processes
    (pdfium is not thread-safe), on 127.0.0.1 with the dashboard on a free port (8787 collides between runs)."""
    from prefect_dask import DaskTaskRunner

    if address:
        return DaskTaskRunner(address=address)
    return DaskTaskRunner(cluster_kwargs={"n_workers": max(1, workers), "threads_per_worker": 1, "processes": True,
                                          "host": "127.0.0.1", "dashboard_address": "127.0.0.1:0"})


def _archive(db: Database, db_path: str, payload: dict[str, Any], report: IngestReport) -> None:
    if "error" in payload:
        raise StageError("extract", payload["error"])
    validated = validate(payload["extraction"])
    extraction = validated.extraction
    status = load(db_path, extraction, payload["pages"], payload.get("ocr", False))
    source = extraction.document.source or extraction.document.file_name
    {LoadStatus.NEW: report.new, LoadStatus.REPLACED: report.replaced,
     LoadStatus.UNCHANGED: report.unchanged}[status].append(source)
    if status is not LoadStatus.UNCHANGED:
        report.records.update(extraction.counts())
        report.pages += extraction.document.pages
        problems = payload.get("warnings", []) + ([validated.rejected_summary()] if validated.rejected else [])
        if problems:  # archived, but in part: pages read in part, or invalid records left out
            problem = StageError("extract" if payload.get("warnings") else "validate", "; ".join(problems))
            _warn(db, report.partial, source, extraction.document.sha256, problem)


def _warn(db: Database, failures: list[Failure], path: str, sha: str | None, exc: StageError) -> None:
    """Log the problem, record it in `ingest_errors`, and list it in the report."""
    get_run_logger().warning("%s: %s: %s", exc.stage, path, exc.message)
    record_error(db, path, sha, exc.stage, exc.message)
    failures.append(Failure(path, exc.stage, exc.message))
