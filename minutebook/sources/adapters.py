"""Each kind of source and the adapter that reads it: one line per platform."""

from __future__ import annotations

from collections.abc import Callable

from .base import Adapter
from .config import FolderSource, ModernGovSource
from .fetch import FetchSettings
from .folder import FolderAdapter
from .moderngov_adapter import ModernGovAdapter

ADAPTERS: dict[str, Callable[..., Adapter]] = {
    "moderngov": lambda source, fetch: ModernGovAdapter(source, fetch or FetchSettings()),
    "folder": lambda source, fetch: FolderAdapter(source),
}


def adapter_for(source: ModernGovSource | FolderSource, fetch: FetchSettings | None = None) -> Adapter:
    return ADAPTERS[source.kind](source, fetch)
