"""Datasette over the archive: through its test client, and a live `minutebook serve` over HTTP."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from datasette.app import Datasette

from minutebook.archive.web.metadata import PDF_MOUNT, build_metadata
from minutebook.archive.web.serve import SETTINGS

SCHOOL_DECISION = "That the home to school transport policy for 2025/26 be approved."


@pytest.fixture(scope="module")
def get(sample_archive):
    """GET through Datasette's own client, configured as `minutebook serve` configures it."""
    pdfs = sample_archive.parent / "pdfs"
    datasette = Datasette([str(sample_archive)], metadata=build_metadata(sample_archive, pdfs),
                          static_mounts=[(PDF_MOUNT, str(pdfs))], settings=SETTINGS)

    def fetch(path: str) -> httpx.Response:
        return asyncio.run(datasette.client.get(path))

    return fetch


def test_decisions_search_returns_the_decision_with_meeting_and_page(get):
    response = get("/archive/decisions.json?_search=schools+transport&_shape=array")
    assert response.status_code == 200
    rows = response.json()
    assert [(r["text"], r["date"], r["body"], r["page"]) for r in rows] == [(SCHOOL_DECISION, "2025-02-12",
                                                                              "Cabinet", 2)]


def test_record_pages_link_to_the_served_pdf_page(get):
    html = get("/archive/decisions?_search=transport").text
    assert 'href="/pdfs/example_cabinet_2025-03-12.pdf#page=2"' in html
    assert 'href="/pdfs/example_children_committee_2025-04-09.pdf#page=3"' in get("/archive/risks").text
    pdf = get("/pdfs/example_cabinet_2025-03-12.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")


def test_metadata_facets_and_search_all(get):
    metadata = get("/-/metadata.json").json()
    assert metadata["title"].startswith("minutebook") and metadata["license_url"]
    table = get("/archive/risks.json?_shape=objects").json()
    assert {"level", "trend"} <= set(table["facet_results"])
    assert "school" in get("/-/search?q=school").text.lower()
    assert get("/archive/decisions.json").json()["rows"][0][1] == "2025-03-05"  # newest first


def test_canned_queries(get):
    def rows(query: str) -> list[dict]:
        response = get(f"/archive/{query}&_shape=array")
        assert response.status_code == 200, response.text
        return response.json()

    assert [r["text"] for r in rows("decisions_mentioning.json?phrase=school+transport")] == [SCHOOL_DECISION]
    assert [(r["meeting_date"], r["status"]) for r in rows("person_attendance.json?name=Pennington")] == [
        ("2025-02-12", "present"), ("2025-03-05", "apologies")]
    assert [(r["period"], r["value"]) for r in rows("indicator_series.json?indicator=CS01")] == [
        ("Q2 2024/25", 91.2), ("Q3 2024/25", 92.5)]
    worse = rows("risks_worsened.json?earlier=example_cabinet_2025-03-12.pdf"
                 "&later=example_children_committee_2025-04-09.pdf")
    assert [(r["risk_id"], r["earlier_level"], r["later_level"]) for r in worse] == [("CR01", "MEDIUM", "HIGH")]
    assert rows("risks_worsened.json?earlier=example_children_committee_2025-04-09.pdf"
                "&later=example_cabinet_2025-03-12.pdf") == []


def test_archive_is_read_only_through_datasette(get):
    response = get("/archive.json?sql=delete+from+documents")
    assert response.status_code == 400
    assert get("/archive/documents.json?_shape=array").json()


def test_live_serve_answers_over_http(served_archive):
    response = httpx.get(f"{served_archive}/archive/decisions.json",
                         params={"_search": "school transport", "_shape": "array"}, timeout=10)
    assert response.status_code == 200
    assert [r["text"] for r in response.json()] == [SCHOOL_DECISION]
    assert httpx.get(f"{served_archive}/pdfs/example_cabinet_2025-03-12.pdf", timeout=10).status_code == 200
