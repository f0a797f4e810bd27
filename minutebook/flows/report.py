"""What an ingest did, for the summary line and for tests."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..schemas import RECORD_TYPES


class StageError(Exception):
    """A document failed at a named stage, with a one-line reason."""

    def __init__(self, stage: str, message: str):
        self.stage, self.message = stage, message
        super().__init__(f"{stage}: {message}")


@dataclass
class Failure:
    path: str
    stage: str
    message: str


@dataclass
class IngestReport:
    new: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)
    partial: list[Failure] = field(default_factory=list)
    """Archived without some invalid records."""
    records: Counter[str] = field(default_factory=Counter)
    pages: int = 0
    seconds: float = 0.0

    @property
    def documents(self) -> int:
        return len(self.new) + len(self.unchanged) + len(self.replaced) + len(self.failed)

    def summary(self) -> str:
        """One line: documents by outcome, records by type, pages per second."""
        rate = self.pages / self.seconds if self.seconds else 0.0
        records = ", ".join(f"{name} {self.records[name]}" for name in RECORD_TYPES)
        return (f"{len(self.new)} new, {len(self.unchanged)} unchanged, {len(self.replaced)} replaced, "
                f"{len(self.failed)} failed documents; records: {records}; "
                f"{self.pages} pages in {self.seconds:.1f} s ({rate:.1f} pages/s)"
                + (f"; {len(self.partial)} archived without invalid records (ingest_errors)" if self.partial else ""))
