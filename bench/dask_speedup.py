"""The Prefect ingest flow on a local Dask cluster of 1 and of 2 workers, over the same PDFs."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# Offline Prefect, quiet Dask, no task-run recorder (stack notes); set before Prefect is imported.
ENV = {"PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1", "PREFECT_LOGGING_LEVEL": "ERROR",
       "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120", "DASK_LOGGING__DISTRIBUTED": "warning",
       "PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_ENABLED": "false"}


def flow_seconds(pdfs: list[Path], work: Path, workers_list: tuple[int, ...] = (1, 2)) -> dict[int, dict]:
    """Seconds and pages of one flow run per worker count (each into a fresh archive), on the flow's own clock:
    starting the local cluster (its processes, their imports, their first extraction process) is left out, as
    it is done before the flow begins; everything the flow does with the documents is in."""
    for key, value in ENV.items():
        os.environ.setdefault(key, value)
    os.environ.setdefault("PREFECT_HOME", tempfile.mkdtemp(prefix="minutebook-bench-prefect-"))
    from minutebook.flows.api import prefect_api
    from minutebook.flows.ingest import with_workers

    out = {}
    with prefect_api():
        for workers in workers_list:
            db_path = work / f"flow-{workers}.db"
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db_path}{suffix}").unlink(missing_ok=True)
            report = with_workers(workers)([str(p) for p in pdfs], str(db_path))
            out[workers] = {"seconds": report.seconds, "pages": report.pages, "failed": len(report.failed)}
    return out
