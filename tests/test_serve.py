"""Datasette over the archive: through its test client, and a live `minutebook serve` over HTTP."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from datasette.app import Datasette

from minutebook.archive.web.metadata import build_metadata
from minutebook.archive.web.serve import SETTINGS

SCHOOL_DECISION = "That the home to school transport policy for 2025/26 be approved."


def client(archive, pdfs):
    """Requests through Datasette's own client, configured as `minutebook serve` configures it."""
    datasette = Datasette([str(archive)], metadata=build_metadata(archive, pdfs), settings=SETTINGS)

    def fetch(path: str, method: str = "get") -> httpx.Response:
        return asyncio.run(getattr(datasette.client, method)(path))

    return fetch


@pytest.fixture(scope="module")
def get(sample_archive):
    return client(sample_archive, sample_archive.parent / "pdfs")


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
    assert {"level", "trend_normalised"} <= set(table["facet_results"])
    assert "school" in get("/-/search?q=school").text.lower()
    assert get("/archive/decisions.json").json()["rows"][0][1] == "2025-03-05"  # newest first


def test_canned_queries(get):
    def rows(query: str) -> list[dict]:
        response = get(f"/archive/{query}&_shape=array")
        assert response.status_code == 200, response.text
        return response.json()

    assert [r["text"] for r in rows("decisions_mentioning.json?phrase=school+transport")] == [SCHOOL_DECISION]
    assert [(r["person"], r["date"], r["status"]) for r in rows("person_attendance.json?name=Pennington")] == [
        ("Ada Pennington", "2025-02-12", "present"), ("Ada Pennington", "2025-03-05", "apologies")]
    assert [(r["period"], r["period_start"], r["value"]) for r in rows("indicator_values.json?indicator=CS01")] == [
        ("Q2 2024/25", "2024-07-01", 91.2), ("Q3 2024/25", "2024-10-01", 92.5)]
    worse = rows("risks_worsened.json?council=Example+Borough+Council")  # the committee's register is earlier
    assert [(r["risk_id"], r["earlier_date"], r["earlier_level"], r["later_date"], r["later_level"])
            for r in worse] == [("CR01", "2025-03-05", "MEDIUM", "2025-03-12", "HIGH")]
    assert rows("risks_worsened.json?council=Another+Council") == []
    assert rows("risks_worsened.json?council=") == worse  # blank: every council


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


def test_only_pdfs_inside_the_folder_are_served(sample_archive, tmp_path):
    pdfs = tmp_path / "pdfs"
    (pdfs / "sub").mkdir(parents=True)
    good = (sample_archive.parent / "pdfs" / "example_cabinet_2025-03-12.pdf").read_bytes()
    (pdfs / "sub" / "pack one.pdf").write_bytes(good)
    (pdfs / "page.pdf").write_bytes(b"<html><script>alert(document.cookie)</script></html>")
    (pdfs / "page.html").write_bytes(b"<html><script>alert(1)</script></html>")
    (pdfs / ".secret.pdf").write_bytes(good)
    (tmp_path / "outside.pdf").write_bytes(good)
    (pdfs / "link.pdf").symlink_to(tmp_path / "outside.pdf")
    get = client(sample_archive, pdfs)
    served = get("/pdfs/sub/pack%20one.pdf")
    assert (served.status_code, served.headers["content-type"], served.content) == (200, "application/pdf", good)
    assert served.headers["x-content-type-options"] == "nosniff"
    for refused in ("page.pdf", "page.html", ".secret.pdf", "link.pdf", "sub/..%2F..%2Foutside.pdf",
                    "..%2Foutside.pdf", "sub", "missing.pdf"):
        response = get(f"/pdfs/{refused}")
        assert (response.status_code, response.headers["content-type"].split(";")[0]) == (404, "text/plain"), refused


def test_malformed_searches_and_writes_get_a_readable_answer(get, capfd):
    for query in ('_search="', '_search=a"b&_searchmode=raw', "_search=NEAR(&_searchmode=raw"):
        response = get(f"/archive/decisions?{query}")
        assert response.status_code == 400 and "Search not understood" in response.text, query
        assert "could not be understood" in get(f"/archive/decisions.json?{query}").json()["error"]
        assert "Traceback" not in "".join(capfd.readouterr()), "the server's console gets no traceback"
    for path in ("/nope", "/archive/decisions", "/archive", "/-/permissions"):
        response = get(path, method="post")
        assert (response.status_code, response.text) == (405, "This archive is read-only: only GET requests are "
                                                               "answered"), path
