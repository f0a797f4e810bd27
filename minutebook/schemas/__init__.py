"""pydantic v2 models: the records, the documents, their provenance. The product's contract."""

from .document import RECORD_TYPES, Document, DocumentKind, Extraction
from .provenance import BBox, Provenance
from .records import (
    AgendaItem,
    Attendance,
    AttendanceStatus,
    Indicator,
    Meeting,
    Minute,
    Outcome,
    Resolution,
    Risk,
    Vote,
    VoteNames,
    VoteResult,
)

__all__ = [
    "RECORD_TYPES", "AgendaItem", "Attendance", "AttendanceStatus", "BBox", "Document", "DocumentKind",
    "Extraction", "Indicator", "Meeting", "Minute", "Outcome", "Provenance", "Resolution", "Risk", "Vote",
    "VoteNames", "VoteResult",
]
