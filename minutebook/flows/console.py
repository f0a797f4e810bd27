"""Run the ingest flow from a terminal: quiet Prefect defaults and a progress bar of documents and pages."""

from __future__ import annotations

import os

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .isolate import Limits
from .report import IngestReport

# Offline-friendly Prefect defaults (see the stack notes); a user's own settings win.
PREFECT_DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "DASK_LOGGING__DISTRIBUTED": "warning",  # the local Dask cluster's start/stop chatter
}


def run_ingest(patterns: list[str], db_path: str, council: str | None, workers: int,
               dask_address: str | None = None, ocr: bool = False,
               limits: Limits | None = None) -> IngestReport:
    for key, value in PREFECT_DEFAULTS.items():
        os.environ.setdefault(key, value)
    from . import progress
    from .api import prefect_api
    from .ingest import with_workers

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.fields[pages]} pages"), TimeElapsedColumn()) as bar:
        task = bar.add_task("documents", total=None, pages=0)

        def show(p: progress.Progress) -> None:
            bar.update(task, total=p.documents, completed=p.done, pages=p.pages)

        with prefect_api(), progress.listen(show):
            return with_workers(workers, dask_address)(patterns, db_path, council, ocr, limits)
