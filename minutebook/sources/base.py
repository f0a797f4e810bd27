"""What a source adapter does: find the documents of one source (a folder, a council's committee system), each as
a `Job` ready to extract, and optionally what the platform itself says about its meetings (attendance, minute
numbers) for the crosscheck. The watch flow runs every adapter the same way; a new platform is a new adapter."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Protocol

from sqlite_utils import Database

from ..pipeline import Failed, Job


@dataclass
class SourceAttendee:
    name: str
    status: str | None
    """present, apologies, absent, in_attendance, or None where the platform has not recorded it yet."""
    member_id: str = ""
    role: str = ""
    party: str = ""
    ward: str = ""


@dataclass
class SourceMeeting:
    """A meeting as the platform lists it; `detailed` when it gave attendance and minute numbers (else only the
    meeting and its documents are known, and there is nothing to crosscheck)."""

    meeting_id: int
    committee_id: int
    committee: str
    date: date | None
    documents: list[str]
    """Sources (URLs) of the meeting's documents."""
    detailed: bool = False
    time: str | None = None
    status: str = ""
    location: str = ""
    attendees: list[SourceAttendee] = field(default_factory=list)
    minutes: list[tuple[str, str]] = field(default_factory=list)
    """(minute number, title) of the minutes the platform has published."""


@dataclass
class Found:
    """One pass of an adapter: the documents to consider (the flow skips the archived and the unchanged failed),
    those that could not even be fetched, the platform's meetings, and problems with the source itself."""

    jobs: list[Job] = field(default_factory=list)
    failed: list[tuple[str, Failed]] = field(default_factory=list)
    meetings: list[SourceMeeting] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    """One line each: pages that could not be read, filters that matched nothing, a folder that is not there."""
    notes: str = ""
    """The adapter's own part of the pass's summary line."""


class Adapter(Protocol):
    kind: str
    location: str

    def find(self, db: Database, source_id: int, store: Path) -> Found:
        """The source's documents now; an adapter that downloads keeps them under `store` and logs each fetch in
        the archive (`fetches`). Raises only for a bug: the flow records it as the source's problem."""
        ...
