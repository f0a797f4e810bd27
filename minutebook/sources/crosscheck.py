"""How far a platform's own record of a meeting (attendees, minute numbers) agrees with the records read from the
PDFs archived for it: one `crosscheck` row per meeting the platform described."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from ..archive import archived_sha256
from ..archive.sources import meeting_documents, pdf_attendance, pdf_minute_numbers, record_meeting, web_meeting
from .base import SourceMeeting
from .moderngov import compare


def remember_meeting(db: Database, source_id: int, meeting: SourceMeeting) -> None:
    """Store the platform's view of a meeting (only when it gave one: a failed request keeps the last)."""
    if not meeting.detailed:
        return
    day = meeting.date.isoformat() if meeting.date else None
    row = {"meeting_id": meeting.meeting_id, "committee_id": meeting.committee_id, "committee": meeting.committee,
           "date": day, "time": meeting.time, "status": meeting.status, "location": meeting.location}
    attendees = [{"member_id": a.member_id, "name": a.name, "status": a.status, "role": a.role, "party": a.party,
                  "ward": a.ward} for a in meeting.attendees]
    minutes = [{"number": number, "title": title} for number, title in meeting.minutes]
    record_meeting(db, source_id, row, attendees, minutes)


def crosscheck(db: Database, source_id: int, meeting: SourceMeeting, found: list[SourceMeeting]) -> dict[str, Any]:
    """The crosscheck row of one meeting: the platform's attendees and minute numbers against the records
    extracted for the meeting's date from the committee's archived PDFs: those of any meeting of the committee in
    this pass (`found`) or fetched for it before (a meeting's minutes are often printed in the next one's pack)."""
    day = meeting.date.isoformat() if meeting.date else ""
    documents = sorted({*meeting_documents(db, source_id, meeting.committee_id),
                        *(url for other in found if other.committee_id == meeting.committee_id
                          for url in other.documents)})
    web_people, web_numbers = web_meeting(db, source_id, meeting.meeting_id)
    pdf_people = pdf_attendance(db, documents, day) if documents else []
    pdf_numbers = pdf_minute_numbers(db, documents, day) if documents else []
    row = compare(web_people, pdf_people, web_numbers, pdf_numbers)
    notes = []
    if web_people and not row["web_attendees"]:
        notes.append("web service has not recorded attendance yet")
    if not (pdf_people or pdf_numbers):
        notes.append("no PDF records for this meeting yet")
    return {"source": source_id, "meeting_id": meeting.meeting_id, "committee": meeting.committee,
            "meeting_date": day or None,
            "documents": len([url for url in meeting.documents if archived_sha256(db, url)]),
            **row, "note": "; ".join(notes) or None}
