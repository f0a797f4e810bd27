"""Read the ModernGov web service's XML (`mgWebService.asmx`): committees, meetings, one meeting's details.

Quirks of the real service: dates are DD/MM/YYYY, times like `10.00 am`, counts carry a leading space, empty
elements hold a newline, and HTML fragments arrive escaped inside elements.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TypeVar

T, R = TypeVar("T"), TypeVar("R")

# The web service's attendance values, as the archive's attendance statuses; "Expected" (not yet recorded) is none.
ATTENDANCE = {"present": "present", "present as substitute": "present", "in attendance": "in_attendance",
              "apologies": "apologies", "absent": "absent"}


class BadXML(ValueError):
    """A web-service response that is not the XML it should be."""


@dataclass(frozen=True)
class Committee:
    id: int
    title: str
    deleted: bool = False


@dataclass(frozen=True)
class MeetingRef:
    id: int
    committee_id: int
    committee: str
    date: date | None
    status: str = ""


@dataclass
class LinkedDoc:
    attachment_id: str
    title: str
    url: str


@dataclass
class Attendee:
    member_id: str
    name: str
    status: str | None
    role: str
    party: str
    ward: str


@dataclass
class MeetingDetail:
    id: int
    date: date | None
    time: str
    status: str
    location: str
    linked_docs: list[LinkedDoc] = field(default_factory=list)
    attendees: list[Attendee] = field(default_factory=list)
    minute_items: list[tuple[str, str]] = field(default_factory=list)
    """(minute number, title) of the items whose minutes are published."""


def parse_committees(text: str | bytes, errors: list[str] | None = None) -> list[Committee]:
    """The committees listed; a malformed one is skipped with its reason added to `errors` (raised as BadXML
    when `errors` is None)."""
    root = _root(text, "committees")
    return _each(root.iter("committee"), lambda c: Committee(
        _int(c, "committeeid"), _text(c, "committeetitle"), _text(c, "committeedeleted").lower() == "true"), errors)


def parse_meetings(text: str | bytes, errors: list[str] | None = None) -> list[MeetingRef]:
    """The meetings listed, each with its committee; a malformed meeting (an id `TBC`) is skipped with its
    reason added to `errors` (raised as BadXML when `errors` is None)."""
    root = _root(text, "getmeetings")
    return _each(((c, m) for c in root.iter("committee") for m in c.iter("meeting")), lambda pair: MeetingRef(
        _int(pair[1], "meetingid"), _int(pair[0], "committeeid"), _text(pair[0], "committeetitle"),
        parse_date(_text(pair[1], "meetingdate")), _text(pair[1], "meetingstatus")), errors)


def parse_meeting(text: str | bytes) -> MeetingDetail:
    root = _root(text, "meeting")
    detail = MeetingDetail(_int(root, "meetingid"), parse_date(_text(root, "meetingdate")),
                           _text(root, "meetingtime"), _text(root, "meetingstatus"), _text(root, "meetinglocation"))
    for item in root.iter("agendaitem"):
        if _text(item, "isminutepublished").lower() == "true" and _text(item, "minutesitemnumber"):
            number = _text(item, "minutesitemnumber") + _text(item, "minutesitemsubnumber")
            detail.minute_items.append((number, _text(item, "agendaitemtitle")))
        for doc in item.iter("linkeddoc"):
            if _text(doc, "isrestricted").lower() != "true" and _text(doc, "url"):
                detail.linked_docs.append(LinkedDoc(_text(doc, "attachmentid"), _text(doc, "title"),
                                                    _text(doc, "url")))
    for person in root.iter("attendee"):
        detail.attendees.append(Attendee(
            person.get("memberid", ""), person.get("name", "").strip(),
            ATTENDANCE.get(person.get("attendance", "").strip().lower()), person.get("roledescription", ""),
            person.get("politicalparty", ""), person.get("ward", "")))
    return detail


def _each(elements: Iterable[T], build: Callable[[T], R], errors: list[str] | None) -> list[R]:
    """`build` of each element; one that is malformed costs only itself (its reason goes to `errors`)."""
    built = []
    for element in elements:
        try:
            built.append(build(element))
        except BadXML as exc:
            if errors is None:
                raise
            errors.append(str(exc))
    return built


def parse_date(text: str) -> date | None:
    """DD/MM/YYYY (the service's form), or None."""
    try:
        return datetime.strptime(text.strip(), "%d/%m/%Y").date()
    except ValueError:
        return None


def parse_time(text: str) -> str | None:
    """`10.00 am` as `10:00`, or None."""
    found = re.fullmatch(r"(\d{1,2})[.:](\d{2})\s*([ap])\.?m\.?", text.strip().lower())
    if not found:
        return None
    hour = int(found[1]) % 12 + (12 if found[3] == "p" else 0)
    return f"{hour:02d}:{found[2]}"


def _root(text: str | bytes, tag: str) -> ET.Element:
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        raise BadXML(f"not XML ({exc})") from exc
    except (LookupError, ValueError) as exc:  # an unknown or multi-byte encoding in the declaration
        raise BadXML(f"XML in an unreadable encoding ({exc})") from exc
    if root.tag != tag:
        raise BadXML(f"expected <{tag}>, got <{root.tag}>")
    return root


def _text(element: ET.Element, tag: str) -> str:
    return (element.findtext(tag) or "").strip()


def _int(element: ET.Element, tag: str) -> int:
    """An id: digits, else BadXML naming the field (`<meetingid> 'TBC' is not a number`)."""
    value = _text(element, tag)
    if not value.isascii() or not value.isdigit() or len(value) > 18:
        raise BadXML(f"<{tag}> {value[:40]!r} is not a number")
    return int(value)
