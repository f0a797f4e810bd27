"""The folder adapter: every PDF under a local folder, archived under its own path."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from ..pipeline import Job, hash_file
from .base import Found
from .config import FolderSource
from .discover import expand


@dataclass
class FolderAdapter:
    source: FolderSource
    ocr: bool = False
    kind: str = "folder"

    @property
    def location(self) -> str:
        return self.source.path

    def find(self, db: Database, source_id: int, store: Path) -> Found:
        skipped: list[tuple[str, str]] = []
        files, missing = expand([self.source.path], skipped=skipped)
        found = Found(problems=[f"{pattern}: no such folder, or no PDF in it" for pattern in missing]
                      + [f"{link}: {why}" for link, why in skipped])
        for path in files:
            sha = hash_file(path)
            if isinstance(sha, str):
                found.jobs.append(Job.for_file(path, sha, self.source.council, self.ocr))
            else:
                found.failed.append((str(path), sha))
        return found
