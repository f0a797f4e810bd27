"""Finding decisions by topic in a served archive, through Datasette's own test client: the decisions view's
ranked search, the canned queries, search all, the Atom feed, facets and exports."""

from __future__ import annotations

import asyncio
import xml.etree.ElementTree as ET

import httpx
import pytest
import topic_archive
from datasette.app import Datasette

from minutebook.archive.web.metadata import build_metadata
from minutebook.archive.web.serve import SETTINGS

LEVY_PDF = "/pdfs/fenmoor_transport_2025-05-01.pdf#page=1"
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def get(tmp_path_factory):
    root = tmp_path_factory.mktemp("topics-web")
    path = topic_archive.build(root / "archive.db", root / "pdfs", topic_archive.transport_minutes,
                               topic_archive.finance_report, topic_archive.cabinet_notice)
    datasette = Datasette([str(path)], metadata=build_metadata(path, root / "pdfs"), settings=SETTINGS)

    def fetch(url: str) -> httpx.Response:
        return asyncio.run(datasette.client.get(url))

    return fetch


def rows(get, url: str) -> list[dict]:
    response = get(url)
    assert response.status_code == 200, response.text
    return response.json()


def test_the_decisions_view_finds_a_topic_by_title_best_first(get):
    found = rows(get, "/archive/decisions.json?_search=parking+levy&_shape=array")
    assert {r["minute_title"] for r in found} == {"Workplace Parking Levy", None}
    assert len(found) == 3 and "search" not in found[0]
    assert [r["relevance"] for r in found] == sorted(r["relevance"] for r in found)
    assert rows(get, "/archive/decisions.json?_search=parking+levy&_shape=array&_sort_desc=date")[0]["date"] == \
        "2025-06-04"  # a sort asked for wins
    assert rows(get, "/archive/decisions.json?_search=parking+levy&_sort=date&_sort_by_desc=on&_shape=array") == \
        found  # but not the page's own sort, which the table's form sends with every search
    either = rows(get, "/archive/decisions.json?_search=schools+OR+budget&_shape=array")
    assert {r["minute_title"] for r in either} == {"Schools Streets Programme", "Capital Budget Monitoring"}
    assert rows(get, "/archive/decisions.json?_search=levy+-autumn&_shape=array&_col=text") == [
        {"text": r["text"]} for r in found if "autumn" not in r["text"]]


def test_the_decisions_page_is_ranked_faceted_by_date_and_without_the_index_column(get):
    html = get("/archive/decisions?_search=parking+levy").text
    assert "Workplace Parking Levy" in html
    assert 'href="/pdfs/fenmoor_transport_2025-05-01.pdf#page=1" title="fenmoor_transport_2025-05-01.pdf page 1" ' \
           'target="_blank" rel="noopener">p. 1</a>' in html  # the PDF page opens beside the results
    assert "column-search" not in html
    facets = get("/archive/decisions.json").json()["facet_results"]
    assert {"council", "body", "outcome", "date"} <= set(facets)
    assert "meeting_date" in get("/archive/minutes.json").json()["facet_results"]


@pytest.mark.parametrize("search", ['"parking', "levy+OR+(", "NOT+levy"])
def test_a_malformed_search_is_a_message_not_a_500(get, search):
    for url in (f"/archive/decisions?_search={search}", f"/archive/decisions.json?_search={search}",
                f"/archive/pages.json?_search={search}"):
        response = get(url)
        assert response.status_code == 400 and "could not be understood" in response.text, url
    response = get(f"/-/search?q={search}")
    assert response.status_code == 400 and "could not be understood" in response.text
    for url in (f"/archive/decisions_mentioning.json?phrase={search}", f"/archive/decisions_mentioning?phrase={search}",
                f"/archive/decisions_matching.atom?phrase={search}"):
        response = get(url)
        assert response.status_code == 400 and "could not be understood" in response.text, url


def test_a_canned_query_without_a_phrase_yet_is_an_empty_result(get):
    response = get("/archive/decisions_mentioning")
    assert response.status_code == 200 and "message-error" not in response.text
    assert rows(get, "/archive/decisions_mentioning.json?phrase=&_shape=array") == []


def test_the_canned_query_ranks_by_topic_with_snippet_pdf_link_council_and_dates(get):
    found = rows(get, "/archive/decisions_mentioning.json?phrase=parking+levy&_shape=array")
    assert found == rows(get, "/archive/decisions_mentioning.json?phrase=parking+levy&_shape=array")
    assert [r["text"] for r in found] == [r["text"] for r in rows(
        get, "/archive/decisions.json?_search=parking+levy&_shape=array")]  # ranked as the view is
    levy = [r for r in found if r["minute_title"] == "Workplace Parking Levy"]
    assert len(levy) == 2 and all("<mark>Parking</mark> <mark>Levy</mark>" in r["snippet"] for r in levy)
    assert {r["pdf_url"] for r in levy} == {LEVY_PDF}
    assert rows(get, "/archive/decisions_mentioning.json?phrase=parking+levy&council=Other+Council&_shape=array") \
        == []
    assert [r["date"] for r in rows(get, "/archive/decisions_mentioning.json?phrase=parking+levy&since=2025-06-01"
                                         "&_shape=array")] == ["2025-06-04"]
    assert len(rows(get, "/archive/decisions_mentioning.json?phrase=parking+levy&until=2025-05-31"
                         "&_shape=array")) == 2
    html = get("/archive/decisions_mentioning?phrase=parking+levy").text
    assert "_show_sql=1" in html and "<textarea" not in html  # the SQL is hidden
    table = html[html.index("<table"):]
    assert "<mark>Parking</mark>" in table and "&lt;mark&gt;" not in table


def test_search_all_shows_ranked_sections_with_snippets_and_links(get):
    html = get("/-/search?q=parking+levy").text
    assert html.index("<h2>Decisions") < html.index("<h2>Minutes") < html.index("<h2>Pages")
    decisions = html[html.index("<h2>Decisions"):html.index("<h2>Minutes")]
    assert decisions.count("<li>") == 3 and "<mark>Parking</mark>" in decisions
    assert f'href="{LEVY_PDF}" target="_blank"' in decisions and 'href="/meeting/' in decisions
    pages = html[html.index("<h2>Pages"):]
    assert "fenmoor_finance_report.pdf p. 1" in pages
    assert get("/-/search?q=schools+OR+budget").text.count("<li>") >= 2


def test_the_atom_feed_lists_matching_decisions_newest_first_with_links(get):
    response = get("/archive/decisions_matching.atom?phrase=parking+levy")
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/xml")
    feed = ET.fromstring(response.content)
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 3
    titles = [e.find(f"{ATOM}title").text for e in entries]
    assert titles[0] == "That the recommendations be agreed. (Cabinet, 2025-06-04)"  # no minute: its wording
    assert all("2025-05-01" in t for t in titles[1:])
    assert entries[1].find(f"{ATOM}link").get("href") == LEVY_PDF
    content = entries[1].find(f"{ATOM}content").text
    assert 'href="/meeting/' in content and LEVY_PDF in content
    assert all(e.find(f"{ATOM}id").text and e.find(f"{ATOM}updated").text for e in entries)
    assert {e.find(f"{ATOM}author/{ATOM}name").text for e in entries} == {topic_archive.COUNCIL}
    assert len({e.find(f"{ATOM}id").text for e in entries}) == 3
    empty = get("/archive/decisions_matching.atom?phrase=zebra+crossing")
    assert empty.status_code == 200 and ET.fromstring(empty.content).findall(f"{ATOM}entry") == []


def test_canned_query_exports_carry_the_pdf_page_url(get):
    csv = get("/archive/decisions_mentioning.csv?phrase=parking+levy").text
    assert csv.splitlines()[0].split(",")[8] == "pdf_url" and LEVY_PDF in csv


def test_a_blank_search_lists_every_row(get):
    assert len(rows(get, "/archive/decisions.json?_search=+&_shape=array")) == 5
    assert len(rows(get, "/archive/pages.json?_search=&_shape=array")) == 4
