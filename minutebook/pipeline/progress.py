"""Let a caller (the CLI's progress bar) follow an ingest without the flow knowing how it is shown."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass


@dataclass(frozen=True)
class Progress:
    documents: int
    done: int
    pages: int


Listener = Callable[[Progress], None]
_listener: ContextVar[Listener | None] = ContextVar("minutebook_ingest_progress", default=None)


@contextmanager
def listen(listener: Listener) -> Iterator[None]:
    """Call `listener` with the running totals each time the ingest in this context finishes a document."""
    token = _listener.set(listener)
    try:
        yield
    finally:
        _listener.reset(token)


def notify(progress: Progress) -> None:
    listener = _listener.get()
    if listener is not None:
        listener(progress)
