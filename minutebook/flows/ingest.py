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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed
from prefect.task_runners import ProcessPoolTaskRunner
from prefect.utilities.annotations import quote
from sqlite_utils import Database

from ..archive import DocumentRows, LoadStatus, archived_sha256, document_rows, load_rows, open_archive, record_error
from ..extractors.errors import UnreadablePDF
from ..extractors.pipeline import sha256_of
from .discover import expand
from .isolate import Limits, extract_isolated, prestart
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


@task(cache_policy=NO_CACHE)
def hash_files(paths: list[Path]) -> dict[Path, str | OSError]:
    """Each file's SHA-256, or the OSError that stopped reading it: one task for the batch, since a task run
    costs more than hashing a typical PDF."""
    hashes: dict[Path, str | OSError] = {}
    for path in paths:
        try:
            hashes[path] = sha256_of(path)
        except OSError as exc:
            hashes[path] = exc
    return hashes


def extract_validated(path: Path, council: str | None, ocr: bool = False, limits: Limits | None = None
                      ) -> dict[str, Any]:
    """One document's extraction, made in a worker process under per-document time and memory limits (`isolate`),
    validated against the schemas and turned into the archive's rows where it was made, so the flow's one writer
    only inserts: {"rows", "warnings", "rejected"}. An unreadable PDF, one killed at a limit, or an invalid
    document comes back as {"error", "stage"}: bad input, not a failed task."""
    payload = extract_isolated(path, council, ocr, limits or Limits())
    if "error" in payload:  # logged and recorded once, by the flow (`_warn`)
        return {"error": payload["error"], "stage": "extract"}
    try:
        validated = validate_extraction(payload["extraction"])
    except StageError as exc:
        return {"error": exc.message, "stage": exc.stage}
    return {"rows": document_rows(validated.extraction, payload["pages"], payload["ocr"]),
            "warnings": payload["warnings"], "rejected": validated.rejected_summary() if validated.rejected else None}


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
            if "rows" not in payload:
                outcomes.append(None)
                continue
            try:
                outcomes.append(load_rows(db, payload["rows"]))
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
           limits: Limits | None = None, workers: int = 2) -> IngestReport:
    """Archive every PDF matched by `patterns` into the SQLite file `db_path`, sizing batches for `workers`
    extractions at once; `with_workers` runs it on Dask."""
    logger = get_run_logger()
    started = time.perf_counter()
    report = IngestReport()
    db = open_archive(db_path)
    files, missing = discover_files(patterns)
    for pattern in missing:
        _warn(db, report.failed, pattern, None, StageError("discover", "no such file, or no PDF in it"))
    todo: dict[Path, str] = {}
    for path, sha in hash_files(files).items():
        if isinstance(sha, OSError):
            _warn(db, report.failed, str(path), None, StageError("hash", one_line(sha)))
        elif archived_sha256(db, str(path)) == sha:
            report.unchanged.append(str(path))
        else:
            todo[path] = sha
    total = len(files) + len(missing)
    notify(Progress(total, report.documents, 0))
    futures = {extract_files.submit(batch, council, ocr, limits): batch for batch in _batches(list(todo), workers)}
    for future in as_completed(list(futures)):
        batch = futures[future]
        try:
            payloads = future.result()
        except Exception as exc:  # a lost worker: record the batch's documents, keep the rest going
            payloads = [{"error": one_line(exc), "stage": "extract"}] * len(batch)
        try:
            outcomes = load_documents(db_path, quote(payloads))
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


def with_workers(workers: int, dask_address: str | None = None) -> Callable[..., IngestReport]:
    """The flow with extraction on Dask: the cluster at `dask_address`, else a local one of `workers` processes,
    started for the run and stopped after it."""
    from prefect_dask import DaskTaskRunner

    def run(*args: Any, **kwargs: Any) -> IngestReport:
        with dask_cluster(workers, dask_address) as (address, threads):
            flow = ingest.with_options(task_runner=DaskTaskRunner(address=address))
            return flow(*args, **kwargs, workers=threads)

    return run


@contextmanager
def dask_cluster(workers: int, address: str | None = None) -> Iterator[tuple[str, int]]:
    """The scheduler address to run on and how many tasks its workers run at once: the cluster at `address`,
    else a local one on 127.0.0.1 of `workers` single-threaded processes (pdfium is not thread-safe), each with
    Prefect imported and an extraction process loading before the flow begins. Its dashboard takes a free port
    (8787 collides between runs); its workers' own profiler, of no use here, is off."""
    import dask
    from distributed import Client, LocalCluster

    if address:
        with Client(address, set_as_default=False) as client:
            threads = sum(client.nthreads().values())
        yield address, threads
        return
    # the local cluster's start and stop chatter (scheduler, nannies, workers) is not the user's business
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")
    logging.getLogger("distributed").setLevel(logging.WARNING)
    with dask.config.set({"distributed.worker.profile.enabled": False}), \
            LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True, host="127.0.0.1",
                         dashboard_address="127.0.0.1:0") as cluster:
        with Client(cluster, set_as_default=False) as client:
            client.run(_prepare_worker)
        yield cluster.scheduler_address, max(1, workers)


def _prepare_worker() -> None:
    """Run on each local Dask worker as it starts: calling this imports the flow's modules (Prefect among them)
    there, and an extraction process starts loading, before the first document arrives."""
    prestart()


def _batches(paths: list[Path], workers: int) -> list[list[Path]]:
    """Batches of documents for `workers` parallel extractions, largest documents first, each batch holding
    1/(2 x workers) of the bytes not yet batched, and at least 1/25 of all of them (guided scheduling): few
    batches, since each costs a task submission in the flow and a task run in a worker, yet small ones at the
    end, so the workers finish together."""
    sizes = {path: path.stat().st_size for path in paths}
    left = total = sum(sizes.values())
    batches: list[list[Path]] = []
    filled = target = 0.0
    for path in sorted(paths, key=sizes.__getitem__, reverse=True):
        if filled >= target:
            left -= filled
            target, filled = max(left / (2 * max(1, workers)), total / 25), 0.0
            batches.append([])
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
    rows: DocumentRows = payload["rows"]
    {LoadStatus.NEW: report.new, LoadStatus.REPLACED: report.replaced,
     LoadStatus.UNCHANGED: report.unchanged}[outcome].append(rows.source)
    if outcome is not LoadStatus.UNCHANGED:
        report.records.update(rows.counts())
        report.pages += rows.document["pages"]
        problems = payload["warnings"] + ([payload["rejected"]] if payload["rejected"] else [])
        if problems:  # archived, but in part: pages read in part, or invalid records left out
            problem = StageError("extract" if payload["warnings"] else "validate", "; ".join(problems))
            _warn(db, report.partial, rows.source, rows.document["sha256"], problem)


def _warn(db: Database, failures: list[Failure], path: str, sha: str | None, exc: StageError) -> None:
    """Log the problem, record it in `ingest_errors`, and list it in the report."""
    get_run_logger().warning("%s: %s: %s", exc.stage, path, exc.message)
    record_error(db, path, sha, exc.stage, exc.message)
    failures.append(Failure(path, exc.stage, exc.message))
