"""One Prefect API for the flow and its worker processes.

With no server configured, Prefect starts a temporary API per process; a process-pool worker would start its
own (10-30 s each). Starting it once here and exporting its URL makes the workers report to the flow's API.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from prefect.settings import PREFECT_API_URL, temporary_settings


@contextmanager
def prefect_api() -> Iterator[str]:
    """The configured API URL, or a temporary server's for the duration of the block."""
    if PREFECT_API_URL.value():
        yield PREFECT_API_URL.value()
        return
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()
    server.start()
    try:
        with temporary_settings({PREFECT_API_URL: server.api_url}):
            yield server.api_url
    finally:
        _drain()
        server.stop()


def _drain() -> None:
    """Send queued logs and events while the server is still up (else their workers retry a dead URL)."""
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    APILogWorker.drain_all()
    EventsWorker.drain_all()
