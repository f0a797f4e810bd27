"""The `ingest` flow: discover -> hash -> skip what is archived or failed unchanged -> extract (in parallel) ->
load -> record. Prefect code only: each step is a function of `minutebook.pipeline`, submitted here in batches.

Extraction runs in worker processes (pdfium is not thread-safe, and the extractors are CPU-bound), which also
validate the records and make the archive's rows; everything that touches the archive runs in the flow's own
thread, one document per transaction, so SQLite has one writer. A file that fails at any stage is recorded in
`ingest_errors` with its stage and kind, and the batch goes on.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import quote

from ..archive import LoadStatus, open_archive
from ..archive.attribution import attribute_all, unattributed
from ..pipeline import (
    Extracted,
    Failed,
    IngestReport,
    Job,
    Limits,
    extract_rows,
    hash_file,
    load,
    plan,
    prestart,
    record,
    repeated,
)
from ..pipeline.batches import batches
from ..pipeline.progress import Progress, notify
from ..pipeline.steps import busy, disk_full
from ..sources.discover import expand_labelled


class NothingToIngest(ValueError):
    """Paths or globs that match no PDF: said before any archive is made."""

    def __init__(self, missing: list[str]):
        self.missing = missing
        super().__init__(f"no such file, or no PDF in it: {', '.join(missing)}")


def _busy(task, task_run, state) -> bool:
    """Retry a load only when SQLite was busy (another writer), not on a bad record."""
    try:
        state.result()
    except Exception as exc:
        return busy(exc)
    return False


@task(cache_policy=NO_CACHE)
def hash_files(paths: list[Path]) -> list[str | Failed]:
    """Each file's SHA-256 or why it could not be read: one task for the batch, since a task run costs more than
    hashing a typical PDF."""
    return [hash_file(path) for path in paths]


@task(cache_policy=NO_CACHE)
def extract_batch(jobs: list[Job], limits: Limits) -> list[Extracted | Failed]:
    """Extract a batch of documents in one task: a task submission costs tens of milliseconds in the flow's
    thread, which would otherwise cap what more workers can add."""
    return [extract_rows(job, limits) for job in jobs]


@task(retries=3, retry_delay_seconds=2, retry_condition_fn=_busy, cache_policy=NO_CACHE)
def load_batch(db_path: str, outcomes: list[Extracted | Failed]) -> list[LoadStatus | Failed | None]:
    """Load each extracted document of a batch, one transaction each (None for one that failed before). A busy
    archive fails the task, to be retried: documents loaded before that come back unchanged."""
    db = open_archive(db_path)
    try:
        return [load(db, outcome) if isinstance(outcome, Extracted) else None for outcome in outcomes]
    finally:
        db.close()


def archive_jobs(db_path: str, jobs: list[Job], limits: Limits, workers: int, report: IngestReport) -> None:
    """Extract `jobs` in batches on the flow's task runner and load, record and count each as its batch ends."""
    logger = get_run_logger()
    db = open_archive(db_path)
    futures = {extract_batch.submit(batch, limits): batch for batch in batches(jobs, workers)}
    for future in as_completed(list(futures)):
        batch = futures[future]
        try:
            outcomes = future.result()
        except Exception as exc:  # a lost worker: record the batch's documents, keep the rest going
            outcomes = [Failed(stage="extract", kind="died", message=f"{type(exc).__name__}: {exc}")] * len(batch)
        try:
            statuses = load_batch(db_path, quote(outcomes))
        except Exception as exc:  # the archive stayed busy through the retries, or its disk is full
            if disk_full(exc):
                _stop(report, batch, exc)
                break
            statuses = [Failed(stage="load", kind="busy", message=f"{type(exc).__name__}: {exc}")] * len(batch)
        for job, outcome, status in zip(batch, outcomes, statuses, strict=True):
            final = status if isinstance(status, Failed) else outcome
            try:
                record(db, job, final)
            except Exception as exc:
                if not disk_full(exc):
                    raise
                _stop(report, [], exc)
            if isinstance(final, Failed):
                logger.warning("%s (%s): %s: %s", final.stage, final.kind, job.source, final.message)
            report.count(job.source, outcome, status)
            notify(Progress(report.planned, report.documents, report.pages))
        if report.stopped:
            break
    if not report.stopped and report.no_council and attribute_all(db):
        report.no_council = unattributed(db, report.no_council)
    db.close()


def _stop(report: IngestReport, batch: list[Job], exc: BaseException) -> None:
    """End the run on a full disk: what is archived stays (each document is one transaction), the batch that
    could not be loaded is counted as failed (it cannot be recorded either), the rest is left for the next run."""
    report.stopped = f"the archive's disk is full or failing ({' '.join(str(exc).split())[:200]})"
    for job in batch:
        report.count(job.source, Failed(stage="load", kind="io", message=report.stopped))
    get_run_logger().error("stopping: %s", report.stopped)


@flow(name="ingest", task_runner=ThreadPoolTaskRunner(max_workers=2))
def ingest(patterns: list[str], db_path: str, council: str | None = None, ocr: bool = False,
           limits: Limits | None = None, workers: int = 2, retry_failed: bool = False,
           follow_links: bool = False) -> IngestReport:
    """Archive every PDF matched by `patterns` into the SQLite file `db_path`, `workers` extractions at once. A
    pattern may name its files' council ('PATH=NAME'); `council` is that of the others (else each document's
    is read from it). Raises NothingToIngest, before making the archive, for a path that matches no PDF. A file
    that failed before and has not changed is reported as still failing and left alone, unless `retry_failed`."""
    started = time.perf_counter()
    skipped: list[tuple[str, str]] = []
    labels, missing = expand_labelled(patterns, follow_links, skipped)
    files = list(labels)
    if missing:
        raise NothingToIngest(missing)
    report = IngestReport(planned=len(files))
    db = open_archive(db_path, check=True)
    unreadable = [(link, Failed(stage="discover", kind="link", message=why)) for link, why in skipped]
    jobs: list[Job] = []
    for path, sha in zip(files, hash_files(files), strict=True):
        if isinstance(sha, Failed):
            unreadable.append((str(path), sha))
        else:
            jobs.append(Job.for_file(path, sha, labels[path] or council, ocr))
    for source, failed in unreadable:  # a link out of the folder is recorded, not passed over in silence
        if still := repeated(db, source, failed, retry_failed):
            report.still_failing.append(still)
        else:
            record(db, Job.for_file(Path(source)), failed)
            report.count(source, failed)
    todo = plan(db, jobs, retry_failed, report)
    db.close()
    notify(Progress(report.planned, report.documents, 0))
    archive_jobs(db_path, todo, limits or Limits(), workers, report)
    report.seconds = time.perf_counter() - started
    get_run_logger().info(report.summary())
    return report


def with_workers(workers: int, dask_address: str | None = None) -> Callable[..., IngestReport]:
    """The flow with extraction on Dask: the cluster at `dask_address`, else a local one of `workers` processes,
    started for the run and stopped after it (threads driving worker processes, the flow's default, start faster
    and extract as fast on one machine: Dask is the way to scale out)."""
    from prefect_dask import DaskTaskRunner

    def run(*args: Any, **kwargs: Any) -> IngestReport:
        with dask_cluster(workers, dask_address) as (address, threads):
            flow = ingest.with_options(task_runner=DaskTaskRunner(address=address))
            return flow(*args, **kwargs, workers=threads)

    return run


def with_threads(workers: int) -> Callable[..., IngestReport]:
    """The flow with `workers` extraction processes on this machine, driven by as many threads."""

    def run(*args: Any, **kwargs: Any) -> IngestReport:
        flow = ingest.with_options(task_runner=ThreadPoolTaskRunner(max_workers=max(1, workers)))
        return flow(*args, **kwargs, workers=max(1, workers))

    return run


@contextmanager
def dask_cluster(workers: int, address: str | None = None) -> Iterator[tuple[str, int]]:
    """The scheduler address to run on and how many tasks its workers run at once: the cluster at `address`,
    else a local one on 127.0.0.1 of `workers` single-threaded processes, each with an extraction process
    loading before the flow begins. Its dashboard takes a free port (8787 collides between runs); its workers'
    own profiler, of no use here, is off."""
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
            client.run(prestart)
        yield cluster.scheduler_address, max(1, workers)
