"""The archive's pages (meeting, person, council, indicator series, councils) through Datasette's test client, on a
small invented archive built from the record models: exact content, PDF-page links, escaping, 404s, and links to
the pages from Datasette's own tables."""

from __future__ import annotations

import asyncio
import html as htmllib
import re
from datetime import date
from pathlib import Path

import httpx
import pytest
from datasette.app import Datasette
from helpers import invented_document

from minutebook.archive import load_extraction, open_archive
from minutebook.archive.web.chart import line_chart, period_length, ticks
from minutebook.archive.web.metadata import build_metadata
from minutebook.archive.web.serve import SETTINGS
from minutebook.schemas import (
    AgendaItem,
    Attendance,
    Document,
    Extraction,
    Indicator,
    Meeting,
    Minute,
    Resolution,
    Vote,
)

COUNCIL = "Harrowdene Borough Council"
MAY, JUNE, CABINET = "2025-05-06", "2025-06-10", "2025-05-20"


def document(pdfs: Path, name: str, kind: str) -> Document:
    return invented_document(name, kind, COUNCIL, pages=3, folder=pdfs)


def listed(day: str, name: str, status: str = "present", role: str | None = None) -> Attendance:
    return Attendance(meeting_date=day, name=name, status=status, role=role, page=1)


def extractions(pdfs: Path) -> list[Extraction]:
    """Planning in May (minutes: every status, two minutes, a named vote), Planning in June (agenda and minutes:
    the minutes' attendance wins), and a Cabinet with an indicator printed for two quarters."""
    may = Extraction(
        document=document(pdfs, "planning-2025-05-06-minutes.pdf", "minutes"),
        meetings=[Meeting(body="Planning Committee", date=MAY, time="18:30", venue="Civic Hall", page=1)],
        attendance=[listed(MAY, "Cllr Maya Thorne", role="Chair"), listed(MAY, "Cllr Ivo Brandt"),
                    listed(MAY, "Cllr Lena Varga"), listed(MAY, "Cllr Ruth Okafor", "apologies"),
                    listed(MAY, "Cllr Sam Quill", "absent"),
                    listed(MAY, "Dana Pike", "in_attendance", "Planning Officer")],
        minutes=[Minute(meeting_date=MAY, number="31", title="Land at <Orchard> Way", text="Members debated it.",
                        page=2),
                 Minute(meeting_date=MAY, number="32", title="Tree Preservation Order", page=3)],
        resolutions=[Resolution(meeting_date=MAY, minute_number="31", outcome="resolved", page=2,
                                text="That permission be granted."),
                     Resolution(meeting_date=MAY, minute_number="32", outcome="agreed", page=3,
                                text="That the order be confirmed.")],
        votes=[Vote(meeting_date=MAY, minute_number="31", result="carried", page=2, motion="To grant permission.",
                    names={"for": ["Cllr Maya Thorne", "Cllr Ivo Brandt"], "against": ["Cllr Lena Varga"]},
                    **{"for": 2, "against": 1})],
    )
    may_notice = Extraction(
        document=document(pdfs, "planning-2025-05-06-decisions.pdf", "decision notice"),
        meetings=[Meeting(body="Planning Committee", date=MAY, page=1)],
        minutes=[Minute(meeting_date=MAY, number="31", title="Land at <Orchard> Way", page=1)],
        resolutions=[Resolution(meeting_date=MAY, minute_number="31", outcome="deferred", page=1,
                                text="That permission be granted.")],
    )
    june_agenda = Extraction(
        document=document(pdfs, "planning-2025-06-10-agenda.pdf", "agenda pack"),
        meetings=[Meeting(body="Planning Committee", date=JUNE, page=1)],
        attendance=[listed(JUNE, "Cllr Maya Thorne", "member"), listed(JUNE, "Cllr Ivo Brandt", "member")],
        agenda_items=[AgendaItem(meeting_date=JUNE, number="1", title="Apologies", page=1),
                      AgendaItem(meeting_date=JUNE, number="2", title="Land at Orchard Way", page=2)],
    )
    june_minutes = Extraction(
        document=document(pdfs, "planning-2025-06-10-minutes.pdf", "minutes"),
        meetings=[Meeting(body="Planning Committee", date=JUNE, page=1)],
        attendance=[listed(JUNE, "Cllr Maya Thorne"), listed(JUNE, "Cllr Ivo Brandt", "apologies")],
    )
    indicator = {"code": "HB01", "name": "Households in temporary accommodation", "page": 3}
    cabinet = Extraction(
        document=document(pdfs, "cabinet-2025-05-20-minutes.pdf", "minutes"),
        meetings=[Meeting(body="Cabinet", date=CABINET, page=1)],
        attendance=[listed(CABINET, "Cllr Maya Thorne", role="Leader")],
        indicators=[Indicator(period="Q4 2024/25", value=110, **indicator),
                    Indicator(period="Q1 2025/26", value=124, **indicator)],
    )
    return [may, may_notice, june_agenda, june_minutes, cabinet]


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("pages")
    db = open_archive(root / "archive.db")
    for extraction in extractions(root / "pdfs"):
        load_extraction(db, extraction, [])
    db.close()
    return root / "archive.db"


@pytest.fixture(scope="module")
def ids(archive) -> dict[str, int]:
    """Ids by what they are, read from the archive rather than assumed."""
    db = open_archive(archive)
    found = {f"meeting {body} {day}": id_ for id_, body, day in db.execute("select id, body, date from meetings")}
    found |= {name: id_ for id_, name in db.execute("select id, name from people")}
    found |= {"council": db.execute("select id from councils").fetchone()[0],
              "series": db.execute("select id from indicator_series").fetchone()[0]}
    db.close()
    return found


@pytest.fixture(scope="module")
def get(archive):
    datasette = Datasette([str(archive)], metadata=build_metadata(archive, archive.parent / "pdfs"),
                          settings=SETTINGS)

    def fetch(path: str) -> httpx.Response:
        return asyncio.run(datasette.client.get(path))

    return fetch


def content(page: str) -> str:
    """The page's content section as text: tags dropped, entities read, whitespace collapsed."""
    section = page.split('<section class="content">', 1)[1].split("</section>", 1)[0]
    text = " ".join(htmllib.unescape(re.sub(r"<[^>]+>", " ", section)).split())
    return re.sub(r" (?=[,.])", "", text)


def links(page: str) -> list[tuple[str, str]]:
    """(href, text) of each link in the content section, in order."""
    section = page.split('<section class="content">', 1)[1].split("</section>", 1)[0]
    return [(htmllib.unescape(href), " ".join(htmllib.unescape(re.sub(r"<[^>]+>", "", text)).split()))
            for href, text in re.findall(r'<a href="([^"]*)"[^>]*>(.*?)</a>', section, re.S)]


def pdf_links(page: str) -> list[str]:
    """The PDF-page links: each must open in a new tab without handing the PDF the opener."""
    found = re.findall(r'<a class="pdf" href="([^"]*)" target="_blank" rel="noopener"', page)
    assert len(found) == page.count('class="pdf" href='), "every PDF link opens in a new tab"
    return found


def test_meeting_page_shows_documents_attendance_minutes_decisions_and_named_votes(get, ids):
    page = get(f"/meeting/{ids['meeting Planning Committee 2025-05-06']}")
    assert page.status_code == 200
    text = content(page.text)
    assert text.startswith("Planning Committee Harrowdene Borough Council · 2025-05-06 p. 1 · 18:30 · Civic Hall "
                           "Documents planning-2025-05-06-minutes.pdf — minutes (its records come from this one) "
                           "planning-2025-05-06-decisions.pdf — decision notice ")
    assert ("Attendance Present (3) Cllr Maya Thorne, Chair p. 1 Cllr Ivo Brandt p. 1 Cllr Lena Varga p. 1 "
            "Apologies (1) Cllr Ruth Okafor p. 1 Absent (1) Cllr Sam Quill p. 1 "
            "In attendance (1) Dana Pike, Planning Officer p. 1 ") in text
    assert ("Minutes 31. Land at <Orchard> Way p. 2 also planning-2025-05-06-decisions.pdf p. 1 "
            "The minute's text Members debated it. "
            "Decision (resolved): That permission be granted. p. 2 also planning-2025-05-06-decisions.pdf p. 1 "
            "Vote: 2 for, 1 against: carried p. 2 To grant permission. for (2): Cllr Maya Thorne, Cllr Ivo Brandt "
            "against (1): Cllr Lena Varga "
            "32. Tree Preservation Order p. 3 Decision (agreed): That the order be confirmed. p. 3 "
            "Where its documents disagree resolutions outcome: resolved in planning-2025-05-06-minutes.pdf p. 2 "
            "(archived), deferred in planning-2025-05-06-decisions.pdf p. 1 "
            "As data: this meeting's row, all decisions.") in text
    assert "Land at &lt;Orchard&gt; Way" in page.text and "<Orchard>" not in page.text
    people = [(href, name) for href, name in links(page.text) if href.startswith("/person/")]
    assert people == [(f"/person/{ids[name]}", name) for name in (
        "Cllr Maya Thorne", "Cllr Ivo Brandt", "Cllr Lena Varga", "Cllr Ruth Okafor", "Cllr Sam Quill", "Dana Pike",
        "Cllr Maya Thorne", "Cllr Ivo Brandt", "Cllr Lena Varga")]
    assert (f"/council/{ids['council']}", COUNCIL) in links(page.text)
    assert (f'<p class="crumbs"><a href="/">home</a> / <a href="/councils">councils</a> / '
            f'<a href="/council/{ids["council"]}">{COUNCIL}</a></p>') in page.text
    minutes = "/pdfs/planning-2025-05-06-minutes.pdf"
    notice = "/pdfs/planning-2025-05-06-decisions.pdf#page=1"
    assert pdf_links(page.text) == [f"{minutes}#page=1"] * 7 + [f"{minutes}#page=2", notice] * 2 + [
        f"{minutes}#page=2"] + [f"{minutes}#page=3"] * 2 + [f"{minutes}#page=2", notice]
    assert f'<a href="{minutes}" target="_blank" rel="noopener">' in page.text


def test_meeting_of_two_documents_lists_both_and_its_agenda(get, ids):
    page = get(f"/meeting/{ids['meeting Planning Committee 2025-06-10']}")
    text = content(page.text)
    assert text.startswith("Planning Committee Harrowdene Borough Council · 2025-06-10 p. 1 ")
    assert ("Documents planning-2025-06-10-minutes.pdf — minutes (its records come from this one) "
            "planning-2025-06-10-agenda.pdf — agenda Attendance Present (1) Cllr Maya Thorne p. 1 "
            "Apologies (1) Cllr Ivo Brandt p. 1 Agenda 1 Apologies p. 1 2 Land at Orchard Way p. 2 "
            "Minutes No minutes recorded.") in text
    assert pdf_links(page.text) == ["/pdfs/planning-2025-06-10-minutes.pdf#page=1"] * 3 + [
        "/pdfs/planning-2025-06-10-agenda.pdf#page=1", "/pdfs/planning-2025-06-10-agenda.pdf#page=2"]


def test_person_page_counts_attendance_as_a_member_per_body_and_lists_named_votes(get, ids):
    page = get(f"/person/{ids['Cllr Ivo Brandt']}")
    assert page.status_code == 200
    text = content(page.text)
    assert text == ("Cllr Ivo Brandt Harrowdene Borough Council · member "
                    "Attendance as a member Planning Committee: attended 1 of 2 meetings as a member "
                    "Meetings (2) Date Body Status Role Printed Page "
                    "2025-05-06 Planning Committee present Cllr Ivo Brandt p. 1 "
                    "2025-06-10 Planning Committee apologies Cllr Ivo Brandt p. 1 "
                    "Named votes (1) Meeting Minute Voted Result Page "
                    "2025-05-06, Planning Committee 31 Land at <Orchard> Way for carried p. 2")
    may, june = ids["meeting Planning Committee 2025-05-06"], ids["meeting Planning Committee 2025-06-10"]
    assert [href for href, _ in links(page.text) if href.startswith("/meeting/")] == [
        f"/meeting/{may}", f"/meeting/{june}", f"/meeting/{may}"]
    assert pdf_links(page.text) == ["/pdfs/planning-2025-05-06-minutes.pdf#page=1",
                                    "/pdfs/planning-2025-06-10-minutes.pdf#page=1",
                                    "/pdfs/planning-2025-05-06-minutes.pdf#page=2"]


def test_person_page_per_body_and_roles(get, ids):
    text = content(get(f"/person/{ids['Cllr Maya Thorne']}").text)
    assert text.startswith("Cllr Maya Thorne Harrowdene Borough Council · member Roles: Chair; Leader "
                           "Attendance as a member Cabinet: attended 1 of 1 meeting as a member "
                           "Planning Committee: attended 2 of 2 meetings as a member Meetings (3) ")
    officer = content(get(f"/person/{ids['Dana Pike']}").text)
    assert officer == ("Dana Pike Harrowdene Borough Council · officer Roles: Planning Officer Meetings (1) "
                       "Date Body Status Role Printed Page 2025-05-06 Planning Committee in_attendance "
                       "Planning Officer Dana Pike p. 1")


def test_council_page_lists_bodies_meetings_latest_decisions_and_indicators(get, ids):
    page = get(f"/council/{ids['council']}")
    assert content(page.text) == (
        "Harrowdene Borough Council district · 6 people "
        "Bodies Body Meetings First Last Cabinet 1 2025-05-20 2025-05-20 Planning Committee 2 2025-05-06 2025-06-10 "
        "Latest decisions 2025-05-06, Planning Committee · Land at <Orchard> Way: That permission be granted. "
        "(resolved) p. 2 2025-05-06, Planning Committee · Tree Preservation Order: That the order be confirmed. "
        "(agreed) p. 3 "
        "Meetings by date 2025-06-10, Planning Committee 2025-05-20, Cabinet 2025-05-06, Planning Committee, 18:30 "
        "People Cllr Ivo Brandt (listed 2 times) Cllr Ruth Okafor (listed 1 time) Cllr Sam Quill (listed 1 time) "
        "Cllr Maya Thorne (listed 3 times) Cllr Lena Varga (listed 1 time) Dana Pike (officer, listed 1 time) "
        "Indicators HB01: Households in temporary accommodation (2 values)")
    assert (f"/series/{ids['series']}", "HB01: Households in temporary accommodation") in links(page.text)
    assert [href for href, _ in links(page.text) if href.startswith("/person/")] == [
        f"/person/{ids[name]}" for name in ("Cllr Ivo Brandt", "Cllr Ruth Okafor", "Cllr Sam Quill", "Cllr Maya Thorne",
                                            "Cllr Lena Varga", "Dana Pike")]


def test_series_page_draws_the_values_beside_their_table(get, ids):
    page = get(f"/series/{ids['series']}")
    text = content(page.text)
    assert text.startswith("HB01: Households in temporary accommodation Harrowdene Borough Council · 2 values ")
    assert text.endswith("Period From To Value Unit Report Page "
                         "Q4 2024/25 2025-01-01 2025-03-31 110.0 cabinet-2025-05-20-minutes.pdf p. 3 "
                         "Q1 2025/26 2025-04-01 2025-06-30 124.0 cabinet-2025-05-20-minutes.pdf p. 3")
    svg = re.search(r'<svg [^>]*class="minutebook-chart".*?</svg>', page.text, re.S).group(0)
    assert re.findall(r"<circle [^>]*><title>(.*?)</title>", svg) == ["2025-03-31: 110", "2025-06-30: 124"]
    assert "<polyline" in svg and "<script" not in page.text.split('<section class="content">')[1].split(
        "</section>")[0]


def test_councils_page_and_the_index_lead_to_the_pages(get, ids):
    assert links(get("/councils").text) == [(f"/council/{ids['council']}", COUNCIL)]
    assert content(get("/councils").text) == ("Councils Council Kind Meetings People "
                                              "Harrowdene Borough Council district 3 6")
    assert '<a href="/councils">browse by council</a>' in get("/").text
    assert '<a href="/councils">Councils, meetings and people</a>' in get("/").text


def test_datasette_tables_link_meetings_people_councils_and_series_to_their_pages(get, ids):
    may = ids["meeting Planning Committee 2025-05-06"]
    meetings = get("/archive/meetings").text
    assert f'<a href="/meeting/{may}">Planning Committee</a>' in meetings
    assert f'<a href="/meeting/{may}">2025-05-06</a>' in meetings
    attendance = get("/archive/attendance").text
    assert f'<a href="/person/{ids["Dana Pike"]}">Dana Pike</a>' in attendance
    assert f'<a href="/meeting/{may}">Planning Committee</a>' in attendance
    assert f'<a href="/person/{ids["Cllr Lena Varga"]}">Cllr Lena Varga</a>' in get("/archive/people").text
    assert f'<a href="/council/{ids["council"]}">{COUNCIL}</a>' in get("/archive/documents").text
    assert f'<a href="/council/{ids["council"]}">{COUNCIL}</a>' in get("/archive/councils").text
    assert f'<a href="/series/{ids["series"]}">HB01</a>' in get("/archive/indicator_series").text
    assert f'<a href="/series/{ids["series"]}">' in get("/archive/indicators").text
    assert f'<a href="/person/{ids["Cllr Lena Varga"]}">' in get("/archive/vote_names").text


@pytest.mark.parametrize("path", ["/meeting/999", "/meeting/abc", "/meeting/-1", "/meeting/1.5", "/person/0",
                                  "/person/%3Cscript%3E", "/council/99", "/series/x", "/meeting/%E2%91%A0",
                                  "/meeting/%D9%A1", "/person/99999999999999999999999"])
def test_missing_or_malformed_ids_are_a_readable_404(get, path):
    page = get(path)
    assert page.status_code == 404
    assert content(page.text).startswith("Not found There is no ")
    assert "<script>" not in page.text.split('<section class="content">')[1].split("</section>")[0]


def test_chart_ticks_and_a_single_value():
    assert ticks(103, 127) == [100, 110, 120, 130]
    assert ticks(0.2, 0.9) == [0.2, 0.4, 0.6, 0.8, 1.0]
    one = line_chart({"3 months": [(date(2025, 3, 31), 5.0)]})
    assert '<circle cx="330.0"' in one and "<title>2025-03-31: 5</title>" in one and "&#9679;" not in one
    assert line_chart({}) is None
    assert period_length("2024-04-01", "2025-03-31") == "12 months"
    assert period_length("2025-01-01", "2025-01-31") == "1 month"


def test_a_series_of_years_and_quarters_draws_a_line_for_each():
    chart = line_chart({"12 months": [(date(2024, 3, 31), 400.0), (date(2025, 3, 31), 420.0)],
                        "3 months": [(date(2024, 12, 31), 100.0), (date(2025, 3, 31), 110.0)]})
    assert chart.count("<polyline") == 2
    assert re.findall(r"&#9679; ([^<]+)</text>", chart) == ["12 months", "3 months"]


def test_without_a_pdf_folder_pages_name_the_page_and_a_web_source_is_linked(archive, tmp_path):
    plain = Datasette([str(archive)], metadata=build_metadata(archive))
    page = asyncio.run(plain.client.get("/meeting/1")).text
    assert 'class="pdf"' in page and "#page=" not in page
    assert '<span class="pdf">p.&nbsp;2</span>' in page
    db = open_archive(tmp_path / "web.db")
    url = "https://democracy.harrowdene.example/documents/s123/Minutes.pdf"
    load_extraction(db, Extraction(
        document=Document(sha256="a" * 64, file_name="Minutes.pdf", pages=2, kind="minutes", source=url,
                          council=COUNCIL),
        meetings=[Meeting(body="Licensing Committee", date="2025-07-01", page=1)],
        resolutions=[Resolution(meeting_date="2025-07-01", minute_number=None, outcome="agreed", page=2,
                                text="That the licence be granted.")]), [])
    db.close()
    web = Datasette([str(tmp_path / "web.db")], metadata=build_metadata(tmp_path / "web.db", tmp_path))
    page = asyncio.run(web.client.get("/meeting/1")).text
    assert content(page).endswith("Minutes Decisions and votes under no minute of this meeting "
                                  "Decision (agreed): That the licence be granted. p. 2 "
                                  "As data: this meeting's row, all decisions.")
    assert pdf_links(page) == [f"{url}#page=1", f"{url}#page=2"]
