"""What an ingest did, for the summary line, the exit code and tests."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..archive import LoadStatus, PastFailure
from ..schemas import RECORD_TYPES
from .outcome import Extracted, Failed

STILL = {"unreadable": "still unreadable", "invalid": "still invalid", "timeout": "still over the time limit",
         "memory": "still over the memory limit", "crash": "still failing", "died": "still failing",
         "io": "still unreadable", "network": "still failing"}


@dataclass
class Failure:
    path: str
    stage: str
    kind: str
    message: str

    @classmethod
    def of(cls, path: str, failed: Failed) -> Failure:
        return cls(path, failed.stage, failed.kind, failed.message)

    def line(self) -> str:
        return f"failed ({self.stage}, {self.kind}): {self.path}: {self.message}"


@dataclass
class StillFailing:
    """A source that failed before and has not changed since, so was not tried again."""

    path: str
    before: PastFailure

    def line(self) -> str:
        still = STILL.get(self.before.kind or "", "still failing")
        return (f"{still}, unchanged since {self.before.at}: {self.path}: {self.before.message} "
                "(--retry-failed tries again)")


@dataclass
class IngestReport:
    planned: int = 0
    """Documents found, for progress."""
    new: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)
    """New failures: these make the run fail."""
    still_failing: list[StillFailing] = field(default_factory=list)
    partial: list[Failure] = field(default_factory=list)
    """Archived in part: pages read in part, or invalid records left out."""
    no_council: list[str] = field(default_factory=list)
    """Archived without a council: none given for the source, printed where the extractor reads it, or shared
    with the archive's other documents (a meeting, a web domain, councillors; archive/attribution.py)."""
    records: Counter[str] = field(default_factory=Counter)
    pages: int = 0
    seconds: float = 0.0
    stopped: str | None = None
    """Why the run ended before every document was tried (the archive's disk is full)."""

    @property
    def documents(self) -> int:
        return (len(self.new) + len(self.unchanged) + len(self.replaced) + len(self.failed)
                + len(self.still_failing))

    def count(self, source: str, outcome: Extracted | Failed, status: LoadStatus | Failed | None = None) -> None:
        """Count one document: its outcome and, for one that was extracted, what loading it did."""
        if isinstance(status, Failed):
            outcome = status
        if isinstance(outcome, Failed):
            self.failed.append(Failure.of(source, outcome))
            return
        {LoadStatus.NEW: self.new, LoadStatus.REPLACED: self.replaced,
         LoadStatus.UNCHANGED: self.unchanged}[status].append(source)
        if status is LoadStatus.UNCHANGED:
            return
        self.records.update(outcome.rows.counts())
        self.pages += outcome.rows.document["pages"]
        if outcome.rows.document.get("council") is None:
            self.no_council.append(source)
        if outcome.warnings or outcome.rejected:
            self.partial.append(Failure(source, "extract" if outcome.warnings else "validate", "partial",
                                        "; ".join(outcome.warnings + outcome.rejected)))

    def summary(self) -> str:
        """One line: documents by outcome, records by type, pages per second."""
        rate = self.pages / self.seconds if self.seconds else 0.0
        records = ", ".join(f"{name} {self.records[name]}" for name in RECORD_TYPES)
        return ((f"stopped early: {self.stopped}; " if self.stopped else "")
                + f"{len(self.new)} new, {len(self.unchanged)} unchanged, {len(self.replaced)} replaced, "
                f"{len(self.failed)} failed documents"
                + (f", {len(self.still_failing)} still failing unchanged" if self.still_failing else "")
                + f"; records: {records}; {self.pages} pages in {self.seconds:.1f} s ({rate:.1f} pages/s)"
                + (f"; {len(self.partial)} archived without invalid records (ingest_errors)" if self.partial else "")
                + (f"; {len(self.no_council)} with no council given or printed (--council NAME PATH... names it)"
                   if self.no_council else ""))
