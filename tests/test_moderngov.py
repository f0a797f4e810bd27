"""ModernGov discovery: the real web-service XML, and a fake site (real HTTP on 127.0.0.1) with and without it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from conftest import SHARED

from minutebook.sources.config import ModernGovSource
from minutebook.sources.fetch import Fetcher, FetchSettings
from minutebook.sources.moderngov import Page, canonical, compare, discover, minute_key, person_key, text_date
from minutebook.sources.moderngov_xml import BadXML, parse_committees, parse_meeting, parse_meetings, parse_time

XML = SHARED / "moderngov"


def real(name: str) -> str:
    path = XML / f"{name}.xml"
    if not path.exists():
        pytest.skip(f"needs {path}")
    return path.read_text()


def test_real_committees_and_meetings():
    committees = parse_committees(real("committees"))
    assert [(c.id, c.title) for c in committees] == [
        (312, "Appointment Sub Committee for Director of Adult Social Services"), (163, "Art Galleries Committee"),
        (144, "Audit Committee")]
    meetings = parse_meetings(real("meetings"))
    assert [(m.id, m.committee_id, m.date, m.status) for m in meetings] == [
        (4966, 144, date(2026, 1, 13), "Cancelled"), (4967, 144, date(2026, 2, 10), "Confirmed")]


def test_real_meeting_documents_attendees_and_minute_numbers():
    meeting = parse_meeting(real("meeting_with_minutes"))
    assert (meeting.id, meeting.date, parse_time(meeting.time)) == (4967, date(2026, 2, 10), "10:00")
    assert [(d.attachment_id, d.url) for d in meeting.linked_docs] == [
        ("60860", "https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=60860"),
        ("60909", "https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=60909")]
    assert meeting.minute_items == [("1", "Minutes"), ("9", "Work Programme")]
    assert [(a.name, a.status, a.party, a.ward) for a in meeting.attendees] == [
        ("Councillor Basil Curley", None, "LAB", "Charlestown")]  # "Expected": nothing recorded yet
    cancelled = parse_meeting(real("meeting_no_minutes"))
    assert (cancelled.status, cancelled.linked_docs, cancelled.minute_items) == ("Cancelled", [], [])
    with pytest.raises(BadXML, match="expected <meeting>, got <committees>"):
        parse_meeting(real("committees"))
    with pytest.raises(BadXML, match="not XML"):
        parse_meeting("<html><body>Service unavailable")


def test_urls_dates_names_and_numbers():
    pack = "https://x.gov.uk/documents/g4967/Public reports pack 10th-Feb-2026 10.00 Audit Committee.pdf?T=10"
    assert canonical(pack) == canonical(pack.replace("T=10", "T=11")) == (
        "https://x.gov.uk/documents/g4967/Public%20reports%20pack%2010th-Feb-2026%2010.00%20Audit%20Committee.pdf")
    assert canonical("https://x.gov.uk/mgConvert2PDF.aspx?ID=60860") == "https://x.gov.uk/mgConvert2PDF.aspx?ID=60860"
    assert text_date("10 Feb 2026 10.00 am") == text_date("10th February, 2026") == date(2026, 2, 10)
    assert text_date("31/02/2026") is None and text_date("Agenda") is None
    assert person_key("Councillor Basil Curley") == person_key("Cllr. Curley (Chair)") == "curley"
    assert minute_key("AC/26/01") == minute_key("1") == "1" and minute_key("12a") == "12a"


def test_compare_counts_agreement_over_both_sides():
    row = compare([("Councillor Basil Curley", "present"), ("Cllr Ada Pennington", "apologies"),
                   ("Councillor Emma Brown", "present"), ("Councillor Zed Expected", None)],
                  [("Curley", "present"), ("Pennington", "present"), ("Ahmed", "present")],
                  ["1", "9"], ["9", "10"])
    assert row == {"web_attendees": 3, "pdf_attendees": 3, "attendees_agree": 1, "attendance_agreement": 0.25,
                   "web_minutes": 2, "pdf_minutes": 2, "minutes_agree": 1, "minutes_agreement": 0.333}
    nothing_yet = compare([("Councillor Basil Curley", "present")], [], ["1"], [])
    assert (nothing_yet["attendance_agreement"], nothing_yet["minutes_agreement"]) == (None, None)


@pytest.fixture
def fetcher(moderngov_site):
    with Fetcher(FetchSettings(timeout=2, retries=1, backoff=0.01, delay=0), origins=[moderngov_site.base]) as fetcher:
        yield fetcher


def found_documents(found) -> dict[int, list[tuple[str, str]]]:
    return {m.ref.id: sorted((d.role, d.url.rsplit("/", 1)[1]) for d in m.documents) for m in found.meetings}


def test_web_service_discovery_takes_the_pack_not_the_reports_inside_it(moderngov_site, fetcher, moderngov_pdfs):
    moderngov_site.publish_minutes(4967, moderngov_pdfs["minutes"])
    found = discover(fetcher, ModernGovSource(url=moderngov_site.base), date.today())
    day = moderngov_site.day(4967)
    assert found.via == "web service" and found.errors == []
    assert found_documents(found) == {
        5001: [("document", "mgConvert2PDF.aspx?ID=70860"), ("document", "mgConvert2PDF.aspx?ID=70909")],
        4966: [],
        4967: [("minutes", f"Printed%20minutes%20{day:%d-%b-%Y}%2010.00%20Audit%20Committee.pdf"),
               ("pack", f"Public%20reports%20pack%20{day:%d-%b-%Y}%2010.00%20Audit%20Committee.pdf")]}
    assert {m.ref.id: m.in_pack for m in found.meetings} == {5001: 0, 4966: 0, 4967: 2}
    attendees = next(m for m in found.meetings if m.ref.id == 4967).detail.attendees
    assert [(a.name, a.status) for a in attendees] == [
        ("Councillor Basil Curley", "present"), ("Councillor Emma Brown", "present"),
        ("Councillor Ada Pennington", "apologies")]


def test_committee_filter_and_rolling_window(moderngov_site, fetcher):
    source = ModernGovSource(url=moderngov_site.base, committees=["audit committee", "163", "Planning"],
                             weeks_back=2)
    found = discover(fetcher, source, date.today())
    assert sorted(m.ref.id for m in found.meetings) == [4967, 5001]  # 4966 is three weeks back
    assert found.errors == [("committee filter", "no committee matches 'Planning'")]
    later = discover(fetcher, ModernGovSource(url=moderngov_site.base, committees=["144"], weeks_back=1),
                     date.today() + timedelta(days=28))
    assert later.meetings == []


def test_html_fallback_when_the_web_service_is_off(moderngov_site, fetcher):
    moderngov_site.service_on = False
    found = discover(fetcher, ModernGovSource(url=moderngov_site.base, committees=["Audit Committee"]),
                     date.today())
    assert (found.via, found.errors) == ("HTML pages", [])
    assert found.pages[0] == Page(moderngov_site.base + "mgWebService.asmx/GetCommittees", 404, "failed",
                                  "HTTP 404 Not Found", "http")
    assert {m.ref.id: m.ref.date for m in found.meetings} == {4966: moderngov_site.day(4966),
                                                             4967: moderngov_site.day(4967)}
    docs = found_documents(found)
    assert docs[4966] == [] and [role for role, _ in docs[4967]] == ["pack"]
    assert found.meetings[1].detail is None and found.meetings[1].in_pack == 2


def test_a_broken_meeting_page_is_reported_and_the_others_still_found(moderngov_site, fetcher):
    moderngov_site.faults["/mgWebService.asmx/GetMeeting"] = ["500", "500"]  # the first meeting asked for
    found = discover(fetcher, ModernGovSource(url=moderngov_site.base), date.today())
    assert [(url.split("?")[1], why) for url, why in found.errors] == [("lMeetingId=5001", "HTTP 500 Internal Server "
                                                                                             "Error")]
    assert found_documents(found)[5001] == [("document", "mgConvert2PDF.aspx?ID=70860"),
                                            ("document", "mgConvert2PDF.aspx?ID=70909")]
    assert len(found_documents(found)[4967]) == 1
