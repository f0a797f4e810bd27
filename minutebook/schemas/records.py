"""The record types of ../shared/corpus/FORMAT.md, one pydantic model each."""

from datetime import date
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from .provenance import Provenance

Text = Annotated[str, StringConstraints(strip_whitespace=True)]
Time = Annotated[str, StringConstraints(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")]
Upper = Annotated[str, StringConstraints(strip_whitespace=True, to_upper=True, min_length=1)]


class AttendanceStatus(StrEnum):
    MEMBER = "member"
    PRESENT = "present"
    APOLOGIES = "apologies"
    ABSENT = "absent"
    IN_ATTENDANCE = "in_attendance"


class Outcome(StrEnum):
    RESOLVED = "resolved"
    AGREED = "agreed"
    NOTED = "noted"
    RECOMMENDED = "recommended"
    DEFERRED = "deferred"
    OTHER = "other"


class VoteResult(StrEnum):
    CARRIED = "carried"
    LOST = "lost"


class Record(Provenance):
    model_config = ConfigDict(populate_by_name=True, use_enum_values=True)


class Meeting(Record):
    body: Text
    date: date
    time: Time | None = None
    venue: Text | None = None


class Attendance(Record):
    meeting_date: date
    name: Text = Field(min_length=1)
    status: AttendanceStatus
    role: Text | None = None


class AgendaItem(Record):
    meeting_date: date | None
    number: Text = Field(min_length=1)
    title: Text


class Minute(Record):
    meeting_date: date | None
    number: Text = Field(min_length=1)
    title: Text
    text: str = Field(default="", description="the minute's full text as printed")


class Resolution(Record):
    meeting_date: date | None
    minute_number: Text | None
    outcome: Outcome
    text: Text


class VoteNames(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    for_: list[str] = Field(default_factory=list, alias="for")
    against: list[str] = Field(default_factory=list)
    abstain: list[str] = Field(default_factory=list)


class Vote(Record):
    meeting_date: date | None
    minute_number: Text | None
    motion: Text | None = None
    for_: int | None = Field(default=None, alias="for", ge=0)
    against: int | None = Field(default=None, ge=0)
    abstain: int | None = Field(default=None, ge=0)
    result: VoteResult | None = None
    names: VoteNames | None = None


class Indicator(Record):
    code: Text | None = None
    name: Text
    period: Text
    value: float
    unit: Text | None = None

    @field_validator("value", mode="before")
    @classmethod
    def _number(cls, value: object) -> object:
        """Accept printed numbers: '1,234', '45%'."""
        if isinstance(value, str):
            return float(value.replace(",", "").replace("%", "").strip())
        return value


class Risk(Record):
    risk_id: Text | None = Field(default=None, min_length=1, description="null where the register prints no IDs")
    title: Text
    level: Upper
    trend: Upper | None = None
