"""meetings records: the meeting the pack is for, and each meeting whose minutes it carries."""

from __future__ import annotations

from ..schemas import BBox, Meeting
from .pack import Pack
from .parts import GENERIC_COUNCIL


def extract(pack: Pack) -> list[Meeting]:
    meetings: dict[tuple, Meeting] = {}
    for part in pack.parts:
        if part.date is None or not part.body:  # a front sheet, minutes, or a report naming its meeting
            continue
        key = (part.date, part.body.casefold())
        if key in meetings:
            continue
        line = pack.lines[part.start] if part.start < len(pack.lines) else None
        meetings[key] = Meeting(
            body=part.body, date=part.date, time=part.time, venue=part.venue, page=part.page,
            bbox=BBox(x0=line.x0, top=line.top, x1=line.x1, bottom=line.bottom) if line else None,
            ocr=pack.ocr,
        )
    return list(meetings.values())


def name_generic(found: list[Meeting], council: str | None) -> list[Meeting]:
    """A parish or town council's own meeting printed as "the Parish Council" (the letterhead, set as a running
    header, is page furniture) is the council the document names: "Great Oxendale Parish Council"."""
    named: dict[tuple, Meeting] = {}
    for meeting in found:
        generic = GENERIC_COUNCIL.match(meeting.body)
        kind = f"{generic[3]} council" if generic and generic[3] else None  # not a bare "Council"
        if kind and council and council.casefold().endswith(" " + kind.casefold()):
            meeting = meeting.model_copy(update={"body": council})
        named.setdefault((meeting.date, meeting.body.casefold()), meeting)  # one meeting, however it was named
    return list(named.values())
