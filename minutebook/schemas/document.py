"""A source document and everything extracted from it."""

from datetime import datetime
from enum import StrEnum
from typing import Any, get_args

from pydantic import BaseModel, ConfigDict, Field

from .records import AgendaItem, Attendance, Indicator, Meeting, Minute, Resolution, Risk, Vote


class DocumentKind(StrEnum):
    AGENDA_PACK = "agenda pack"
    MINUTES = "minutes"
    FRONT_SHEET = "front sheet"
    REPORT = "report"
    DECISION_NOTICE = "decision notice"


class Document(BaseModel):
    """One PDF as archived: identified by the sha256 of its bytes."""

    model_config = ConfigDict(use_enum_values=True)

    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    file_name: str
    pages: int = Field(ge=0)
    kind: DocumentKind
    source: str | None = Field(default=None, description="path or URL it was read from")
    council: str | None = None
    extracted_at: datetime | None = None


class Extraction(BaseModel):
    """What `minutebook extract` prints: the document and its records by type (FORMAT.md).

    Its record fields are the registry of record types: the archive's tables, columns, links, delete order and the
    Datasette metadata follow from them (tests/test_registry.py checks the rest agrees). A new record type is a
    model, an extractor and one line here."""

    document: Document
    meetings: list[Meeting] = Field(default_factory=list)
    attendance: list[Attendance] = Field(default_factory=list)
    agenda_items: list[AgendaItem] = Field(default_factory=list)
    minutes: list[Minute] = Field(default_factory=list)
    resolutions: list[Resolution] = Field(default_factory=list)
    votes: list[Vote] = Field(default_factory=list)
    indicators: list[Indicator] = Field(default_factory=list)
    risks: list[Risk] = Field(default_factory=list)

    def to_json_dict(self) -> dict[str, Any]:
        """FORMAT.md shape: aliases ('for'), ISO dates, no null boxes."""
        return self.model_dump(mode="json", by_alias=True, exclude_none=False)

    def counts(self) -> dict[str, int]:
        return {name: len(getattr(self, name)) for name in RECORD_TYPES}


RECORD_TYPES: dict[str, type[BaseModel]] = {
    name: get_args(field.annotation)[0] for name, field in Extraction.model_fields.items() if name != "document"}
"""Each record type's name (its field in `Extraction`, its table in the archive) and model, in the fields' order."""
