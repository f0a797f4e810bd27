"""Councils for documents that print none: from a meeting, a web or e-mail domain, a venue or councillors they
share with one council's other documents; never where the evidence points two ways or nowhere."""

from __future__ import annotations

import pytest
from conftest import shared_extraction
from helpers import invented_document

from minutebook.archive import load_extraction
from minutebook.archive.attribution import attribute_all, domains
from minutebook.schemas import Attendance, Extraction, Meeting

FERN, BRACK = "Fernleigh District Council", "Brackwater Borough Council"


def doc(name: str, council: str | None, body: str = "Licensing Committee", day: str = "2025-05-01",
        venue: str | None = None, people: tuple[str, ...] = (), kind: str = "minutes") -> Extraction:
    return Extraction(document=invented_document(name, kind, council, folder="/p"),
                      meetings=[Meeting(body=body, date=day, venue=venue, page=1)],
                      attendance=[Attendance(meeting_date=day, name=n, status="present", page=1) for n in people])


def council_of(db, name: str) -> str | None:
    return db.execute("select council from documents where file_name = ?", [name]).fetchone()[0]


def test_domains_printed_in_addresses_and_links():
    assert domains(["Ask for: Ann Lee\nEmail: ann.lee@fernleigh\n.gov.uk", "www.fernleigh.gov.uk/meetings",
                    "see democracy.brackwater.gov.uk or example.com"]) == ["brackwater.gov.uk", "fernleigh.gov.uk"]


def test_a_meeting_only_one_council_has_gives_the_council(archive):
    load_extraction(archive, doc("minutes.pdf", FERN), [])
    load_extraction(archive, doc("frontsheet.pdf", None, body="LICENSING COMMITTEE"), [])
    assert attribute_all(archive) == 1
    assert council_of(archive, "frontsheet.pdf") == FERN
    assert archive.execute("select count(*) from meetings").fetchone() == (1,)
    load_extraction(archive, doc("copy.pdf", None, body="Licensing Committee"), [])
    load_extraction(archive, doc("theirs.pdf", BRACK, body="Licensing Committee"), [])
    assert attribute_all(archive) == 0  # two councils met as a Licensing Committee that day
    assert council_of(archive, "copy.pdf") is None


def test_a_report_cover_archived_before_its_meeting_joins_it_later(archive):
    load_extraction(archive, doc("report.pdf", None, body="Transport Committee", kind="report"), [])
    load_extraction(archive, doc("minutes.pdf", FERN, body="Transport Policy Committee"), [])
    assert archive.execute("select count(*) from meetings").fetchone() == (2,)
    assert attribute_all(archive) == 1
    assert council_of(archive, "report.pdf") == FERN
    assert archive.execute("select count(*), body from meetings").fetchone() == (1, "Transport Policy Committee")


def test_a_domain_only_one_council_prints(archive):
    load_extraction(archive, doc("a.pdf", FERN, day="2025-01-01"), ["Contact: clerk@fernleigh.gov.uk"])
    load_extraction(archive, doc("b.pdf", BRACK, day="2025-01-02"), ["See www.gov.uk and brackwater.gov.uk"])
    load_extraction(archive, doc("c.pdf", FERN, day="2025-01-03"), ["guidance at www.gov.uk"])
    load_extraction(archive, doc("report.pdf", None, day="2025-02-01"),
                    ["Report author: j.smith@fernleigh.gov.uk; background at www.gov.uk"])
    load_extraction(archive, doc("other.pdf", None, day="2025-02-02"), ["Background at www.gov.uk"])
    assert attribute_all(archive) == 1
    assert (council_of(archive, "report.pdf"), council_of(archive, "other.pdf")) == (FERN, None)


def test_the_place_of_one_archived_council_named_again_and_again(archive):
    load_extraction(archive, doc("a.pdf", FERN, day="2025-01-01"), [])
    load_extraction(archive, doc("b.pdf", BRACK, day="2025-01-02"), [])
    register = "Risk: Fernleigh's housing stock. Owner: Fernleigh Homes. Mitigation: the Fernleigh plan."
    for name, text in (("register.pdf", register), ("once.pdf", "Risk: Fernleigh's housing stock."),
                       ("both.pdf", register + " Shared with Brackwater, as Brackwater agreed.")):
        load_extraction(archive, doc(name, None, body="Audit Panel", day="2025-03-01", kind="report")
                        .model_copy(update={"meetings": []}), [text])
    load_extraction(archive, doc("notice.pdf", None, body="Audit Panel", day="2025-03-02"),
                    ["clerk@brackwater.gov.uk. " + register])  # its domain is stronger than a place it names
    load_extraction(archive, doc("c.pdf", BRACK, day="2025-01-03"), ["www.brackwater.gov.uk"])
    assert attribute_all(archive) == 2
    assert [council_of(archive, n) for n in ("register.pdf", "once.pdf", "both.pdf", "notice.pdf")] == [
        FERN, None, None, BRACK]


def test_a_venue_only_one_council_meets_in(archive):
    load_extraction(archive, doc("a.pdf", FERN, day="2025-01-01", venue="Council Chamber, Fernleigh House"), [])
    load_extraction(archive, doc("b.pdf", None, body="Audit Panel", venue="council chamber  fernleigh house"), [])
    assert attribute_all(archive) == 1
    assert council_of(archive, "b.pdf") == FERN


def test_councillors_it_shares_with_one_council_and_evidence_arriving_later(archive):
    panel = ("Nadia Oduya", "Tom Rask", "Priya Halden", "Sam Lowe")
    load_extraction(archive, doc("panel.pdf", None, body="Fostering Panel", people=panel), [])
    load_extraction(archive, doc("thin.pdf", None, body="Audit Panel", people=("Nadia Oduya", "Tom Rask")), [])
    assert attribute_all(archive) == 0  # nothing to compare with yet
    load_extraction(archive, doc("council.pdf", FERN, body="Full Council", day="2025-03-01",
                                 people=("Cllr N Oduya", "T Rask", "P Halden", "Jo Hart")), [])
    assert attribute_all(archive) == 1
    assert (council_of(archive, "panel.pdf"), council_of(archive, "thin.pdf")) == (FERN, None)
    assert archive.execute("select count(*) from people where name like '%Oduya'").fetchone() == (2,)
    assert archive.execute("select count(*) from people where council = ? and name like '%Rask'",
                           [FERN]).fetchone() == (1,)


@pytest.mark.shared
def test_kent_front_sheets_and_bristol_decision_notices(archive):
    for name in ("kent_cabinet_2025-01-30_supplement_prod_pack.pdf", "kent_cabinet_2025-03-04_agenda_frontsheet.pdf",
                 "bristol_tcpc_2025-10-23_printed_minutes.pdf", "bristol_tcpc_2025-05-15_decision_notice.pdf",
                 "kent_cpp_2024-10-29_minutes.pdf", "kent_county_council_2025-01-09_printed_minutes.pdf"):
        result = shared_extraction(f"real/{name}")
        load_extraction(archive, result.extraction, result.pages)
    assert attribute_all(archive) == 3  # the front sheet (a domain), the notice (its meeting), the panel (councillors)
    assert archive.execute("select file_name, council from documents order by file_name").fetchall() == [
        ("bristol_tcpc_2025-05-15_decision_notice.pdf", "Bristol City Council"),
        ("bristol_tcpc_2025-10-23_printed_minutes.pdf", "Bristol City Council"),
        ("kent_cabinet_2025-01-30_supplement_prod_pack.pdf", "Kent County Council"),
        ("kent_cabinet_2025-03-04_agenda_frontsheet.pdf", "Kent County Council"),
        ("kent_county_council_2025-01-09_printed_minutes.pdf", "Kent County Council"),
        ("kent_cpp_2024-10-29_minutes.pdf", "Kent County Council")]
