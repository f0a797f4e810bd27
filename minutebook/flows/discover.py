"""Turn the paths, folders and globs a user gives into PDF files, reporting what matched nothing."""

from __future__ import annotations

import glob
from pathlib import Path


def expand(patterns: list[str]) -> tuple[list[Path], list[str]]:
    """Files (folders searched recursively for *.pdf; globs expanded) in a stable order, without duplicates,
    and the patterns that matched no file."""
    files: dict[Path, None] = {}
    missing: list[str] = []
    for pattern in patterns:
        matches = [Path(p) for p in sorted(glob.glob(pattern, recursive=True))] or [Path(pattern)]
        found = [f for m in matches for f in _files_in(m)]
        if not found:
            missing.append(pattern)
        files.update((f.resolve(), None) for f in found)
    return list(files), missing


def _files_in(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.suffix.lower() == ".pdf" and p.is_file())
    return [path] if path.is_file() else []
