"""Run the flows from a terminal: quiet Prefect defaults, the shared local API, a progress bar."""

from __future__ import annotations

import os

from ..pipeline import IngestReport, Limits

# Offline-friendly Prefect defaults (see the stack notes); a user's own settings win.
PREFECT_DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "DASK_LOGGING__DISTRIBUTED": "warning",  # the local Dask cluster's start/stop chatter
}


def quiet_prefect(verbose: bool = False) -> None:
    """Prefect's defaults for a terminal: only warnings and errors unless `verbose` (INFO lines carry run links
    of no use in a terminal)."""
    for key, value in PREFECT_DEFAULTS.items():
        os.environ.setdefault(key, value)
    if verbose:
        os.environ["PREFECT_LOGGING_LEVEL"] = "INFO"


def start_worker(limits: Limits | None = None) -> None:
    """Start an extraction process now, to load the extractors while Prefect is imported and the flow starts."""
    from ..pipeline import prestart

    prestart(limits or Limits())


def run_ingest(patterns: list[str], db_path: str, council: str | None, workers: int,
               dask_address: str | None = None, ocr: bool = False, limits: Limits | None = None,
               retry_failed: bool = False, verbose: bool = False, follow_links: bool = False) -> IngestReport:
    """The ingest flow on `workers` local extraction processes, or on the Dask cluster at `dask_address`."""
    quiet_prefect(verbose)
    limits = limits or Limits()
    from ..pipeline import close_workers

    if not dask_address:
        start_worker(limits)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from ..pipeline import progress
    from .api import prefect_api
    from .ingest import with_threads, with_workers

    run = with_workers(workers, dask_address) if dask_address else with_threads(workers)
    try:
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                      TextColumn("{task.fields[pages]} pages"), TimeElapsedColumn(), transient=False) as bar:
            task = bar.add_task("documents", total=None, pages=0)

            def show(p: progress.Progress) -> None:
                bar.update(task, total=p.documents, completed=p.done, pages=p.pages)

            with prefect_api(), progress.listen(show):
                return run(patterns, db_path, council, ocr, limits, retry_failed=retry_failed,
                           follow_links=follow_links)
    finally:
        close_workers()
