"""minutes records (FORMAT.md)."""

from __future__ import annotations

from .pack import Pack


def extract(pack: Pack) -> list:
    return []
