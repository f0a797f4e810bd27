"""The `ingest` flow: discover -> hash -> skip unchanged -> extract (in parallel) -> validate -> load.

Extraction runs in worker processes (pdfium is not thread-safe, and the extractors are CPU-bound); everything
that touches the archive runs in the flow's own thread, one document per transaction, so SQLite has one writer.
A file that fails at any stage is recorded in `ingest_errors` and the batch goes on.
"""

from __future__ import annotations

import logging
import os
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
from .discover import expand
from .isolate import Limits, extract_isolated
from .progress import Progress, notify
from .report import Failure, IngestReport, StageError
from .validation import validate_extraction


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


def extract_validated(path: Path, council: str | None, ocr: bool = False, limits: Limits | None = None
                      ) -> dict[str, Any]:
    """One document's extraction, made in a worker process under per-document time and memory limits (`isolate`)
    and validated against the schemas where it was made: {"validated", "pages", "ocr", "warnings"}. An unreadable
    PDF, one killed at a limit, or an invalid document comes back as {"error", "stage"}: bad input, not a failed
    task."""
    payload = extract_isolated(path, council, ocr, limits or Limits())
    if "error" in payload:  # logged and recorded once, by the flow (`_warn`)
        return {"error": payload["error"], "stage": "extract"}
    try:
        payload["validated"] = validate_extraction(payload.pop("extraction"))
    except StageError as exc:
        return {"error": exc.message, "stage": exc.stage}
    return payload


@task(cache_policy=NO_CACHE)
def extract_file(path: Path, council: str | None, ocr: bool = False, limits: Limits | None = None) -> dict[str, Any]:
    """Extract and validate one document (see `extract_validated`)."""
    return extract_validated(path, council, ocr, limits)


@task(cache_policy=NO_CACHE)
def extract_files(paths: list[Path], council: str | None, ocr: bool = False, limits: Limits | None = None
                  ) -> list[dict[str, Any]]:
    """Extract and validate a batch of documents in one task: a task submission costs tens of milliseconds in
    the flow's thread, which would otherwise cap what more workers can add."""
    return [extract_validated(path, council, ocr, limits) for path in paths]


@task(retries=3, retry_delay_seconds=2, retry_condition_fn=_locked, cache_policy=NO_CACHE)
def load_documents(db_path: str, payloads: list[dict[str, Any]]) -> list[LoadStatus | StageError | None]:
    """Load each valid extraction of a batch, one transaction per document: per document its status, the
    StageError that stopped it, or None where there was nothing to load. A busy archive fails the task, to be
    retried: documents loaded before that come back unchanged."""
    db = open_archive(db_path)
    outcomes: list[LoadStatus | StageError | None] = []
    try:
        for payload in payloads:
            if "validated" not in payload:
                outcomes.append(None)
                continue
            try:
                outcomes.append(load_extraction(db, payload["validated"].extraction, payload["pages"],
                                                payload.get("ocr", False)))
            except sqlite3.OperationalError as exc:
                if "locked" in str(exc) or "busy" in str(exc):
                    raise
                outcomes.append(StageError("load", one_line(exc)))
            except Exception as exc:  # a loader bug: this document only
                outcomes.append(StageError("load", one_line(exc)))
        return outcomes
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
    futures = {extract_files.submit(batch, council, ocr, limits): batch for batch in _batches(list(todo))}
    for future in as_completed(list(futures)):
        batch = futures[future]
        try:
            payloads = future.result()
        except Exception as exc:  # a lost worker: record the batch's documents, keep the rest going
            payloads = [{"error": one_line(exc), "stage": "extract"}] * len(batch)
        try:
            outcomes = load_documents(db_path, payloads)
        except Exception as exc:  # the archive stayed busy through the retries
            outcomes = [StageError("load", one_line(exc))] * len(batch)
        for path, payload, outcome in zip(batch, payloads, outcomes, strict=True):
            try:
                _record(db, payload, outcome, report)
            except StageError as exc:
                _warn(db, report.failed, str(path), todo[path], exc)
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
    # the local cluster's start and stop chatter (scheduler, nannies, workers) is not the user's business
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")
    logging.getLogger("distributed").setLevel(logging.WARNING)
    return DaskTaskRunner(cluster_kwargs={"n_workers": max(1, workers), "threads_per_worker": 1, "processes": True,
                                          "host": "127.0.0.1", "dashboard_address": "127.0.0.1:0"})


def _batches(paths: list[Path], count: int = 16) -> list[list[Path]]:
    """About `count` batches of similar size in bytes, largest documents first: the workers start on the long
    extractions and finish together on small ones, and each batch costs one task submission."""
    sizes = {path: path.stat().st_size for path in paths}
    share = sum(sizes.values()) / count
    batches: list[list[Path]] = []
    filled = share  # start a new batch with the first document
    for path in sorted(paths, key=sizes.__getitem__, reverse=True):
        if filled >= share:
            batches.append([])
            filled = 0
        batches[-1].append(path)
        filled += sizes[path]
    return batches


def _archive(db: Database, db_path: str, payload: dict[str, Any], report: IngestReport) -> None:
    """Load one document's payload and record the outcome (see `_record`)."""
    _record(db, payload, load_documents(db_path, [payload])[0], report)


def _record(db: Database, payload: dict[str, Any], outcome: LoadStatus | StageError | None,
            report: IngestReport) -> None:
    """Count a document's outcome in the report; raises the StageError that stopped it."""
    if "error" in payload:
        raise StageError(payload.get("stage", "extract"), payload["error"])
    if isinstance(outcome, StageError):
        raise outcome
    validated = payload["validated"]
    extraction = validated.extraction
    source = extraction.document.source or extraction.document.file_name
    {LoadStatus.NEW: report.new, LoadStatus.REPLACED: report.replaced,
     LoadStatus.UNCHANGED: report.unchanged}[outcome].append(source)
    if outcome is not LoadStatus.UNCHANGED:
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
