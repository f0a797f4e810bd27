"""Datasette's table pages of a served archive, through its own test client: every record table's page and its
CSV/JSON exports carry the URL of each record's PDF page; bbox and ocr are left out of a page unless asked for;
column descriptions are folded above the data; table search of minutes and pages is ranked; date facets work on
every table with a date."""

from __future__ import annotations

import asyncio
import csv
import hashlib
import io
import re
from pathlib import Path

import httpx
import pytest
from datasette.app import Datasette

from minutebook.archive.schema import RECORD_COLUMNS
from minutebook.archive.web.metadata import build_metadata
from minutebook.archive.web.serve import SETTINGS
from minutebook.schemas import Document, Extraction, Meeting, Minute

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
CABINET_PDF = "/pdfs/example_cabinet_2025-03-12.pdf"


def client(archive: Path, pdfs: Path):
    datasette = Datasette([str(archive)], metadata=build_metadata(archive, pdfs), settings=SETTINGS)

    def fetch(url: str) -> httpx.Response:
        response = asyncio.run(datasette.client.get(url))
        assert response.status_code == 200, (url, response.text[:500])
        return response

    return fetch


@pytest.fixture(scope="module")
def get(sample_archive):
    return client(sample_archive, sample_archive.parent / "pdfs")


def pdf_urls(get, table: str) -> dict[int, str]:
    return {row["id"]: row["pdf_url"] for row in get(f"/archive/{table}.json?_shape=array&_size=max").json()}


@pytest.mark.parametrize("table", [*RECORD_COLUMNS, "pages"])
def test_every_record_table_exports_the_pdf_page_of_each_row(get, sample_archive, table):
    import sqlite3

    with sqlite3.connect(sample_archive) as db:
        expected = {id_: f"/pdfs/{Path(source).name}#page={page}" for id_, source, page in db.execute(
            f"select t.id, d.source, t.page from [{table}] t join documents d on d.id = t.document")}
    assert expected, f"the sample archive has {table}"
    assert pdf_urls(get, table) == expected
    rows = list(csv.DictReader(io.StringIO(get(f"/archive/{table}.csv?_size=max").text)))
    assert {int(row["id"]): row["pdf_url"] for row in rows} == expected
    streamed = list(csv.DictReader(io.StringIO(get(f"/archive/{table}.csv?_stream=on&_size=1").text)))
    assert {int(row["id"]): row["pdf_url"] for row in streamed} == expected


def test_the_table_page_links_its_exports_and_shows_the_pdf_page_link(get):
    html = get("/archive/resolutions").text
    export = re.search(r'<a href="([^"]+\.csv[^"]*)">CSV</a>', html)[1].replace("&amp;", "&")
    assert "pdf_url" in get(export).text.splitlines()[0]
    assert f'<a href="{CABINET_PDF}#page=2" target="_blank" rel="noopener">' in html
    assert '<a href="/archive/resolutions/1">1</a>' in html  # the row's own page, as on the table
    assert '<a href="/archive/documents/1">example_cabinet_2025-03-12.pdf</a>' in html  # its document by name
    decisions = get("/archive/decisions.csv").text
    assert f"{CABINET_PDF}#page=2" in decisions and "pdf_url" in decisions.splitlines()[0]


def test_bbox_and_ocr_are_left_out_of_table_pages_unless_asked_for(get):
    def headers(url: str) -> list[str]:
        return re.findall(r'<th [^>]*data-column="(\w+)"', get(url).text)

    for table in RECORD_COLUMNS:
        shown = headers(f"/archive/{table}")
        assert "pdf_url" in shown and not {"bbox", "ocr"} & set(shown), table
    assert "ocr" not in headers("/archive/pages")
    assert {"bbox", "ocr"} <= set(headers("/archive/risks?_col=title&_col=bbox&_col=ocr"))
    assert {"bbox", "ocr"} <= set(get("/archive/risks.json?_shape=array").json()[0])  # the API keeps every column


def test_column_descriptions_are_folded_above_the_rows(get):
    html = get("/archive/votes").text
    start = html.index('<details class="column-help">')
    folded = html[start:html.index("</details>", start)]
    assert "<dt>votes_for</dt><dd>votes for, as printed</dd>" in folded and "<dt>pdf_url</dt>" in folded
    assert html.index("</details>", start) < html.index('<table class="rows-and-columns">')
    assert "dl.column-descriptions { display: none; }" in html  # Datasette's own unfolded list is hidden


def test_date_facets_work_on_every_table_with_a_date(get):
    tables = [t["name"] for t in get("/archive.json").json()["tables"] if not t["hidden"]] + ["decisions"]
    dated = 0
    for table in tables:
        rows = get(f"/archive/{table}.json?_shape=array&_size=max&_nofacet=1").json()
        dates = {column for row in rows for column, value in row.items()
                 if isinstance(value, str) and ISO_DATE.match(value)}
        if not dates:
            continue
        dated += 1
        facets = get(f"/archive/{table}.json").json()["facet_results"]
        date_facets = [f for f in facets.values() if f["type"] == "date"]
        assert date_facets and all(f["results"] for f in date_facets), table
        assert {f["name"] for f in date_facets} <= dates, table
    assert dated >= 9  # documents, meetings, attendance, agenda, minutes, decisions (view and table), votes, ...


def _minutes(pdf_dir: Path) -> tuple[Extraction, list[str]]:
    """An invented committee's minutes: a later minute that mentions drainage in passing, an earlier one about it."""
    name = "marshby_environment_2025.pdf"
    document = Document(sha256=hashlib.sha256(name.encode()).hexdigest(), file_name=name, pages=2, kind="minutes",
                        source=str(pdf_dir / name), council="Marshby Town Council")
    passing = " ".join(f"Item {n} covered verges, litter bins and signage." for n in range(30))
    extraction = Extraction(
        document=document,
        meetings=[Meeting(body="Environment Committee", date="2025-06-02", page=1),
                  Meeting(body="Environment Committee", date="2025-03-03", page=2)],
        minutes=[Minute(meeting_date="2025-06-02", number="41", title="Grounds Maintenance",
                        text=f"{passing} Drainage was mentioned once. {passing}", page=1),
                 Minute(meeting_date="2025-03-03", number="17", title="Drainage of the Lower Field",
                        text="Members discussed drainage: the drainage survey and the drainage works.", page=2)],
    )
    pages = [f"Environment Committee 2 June 2025. 41 Grounds Maintenance. {passing} Drainage was mentioned once. "
             f"{passing}", "Environment Committee 3 March 2025. 17 Drainage of the Lower Field. Drainage survey, "
             "drainage works, drainage budget."]
    return extraction, pages


def test_minutes_and_pages_table_search_is_ranked_best_first(tmp_path):
    from minutebook.archive import load_extraction, open_archive

    db = open_archive(tmp_path / "archive.db")
    load_extraction(db, *_minutes(tmp_path))
    db.close()
    get = client(tmp_path / "archive.db", tmp_path)
    assert [r["number"] for r in get("/archive/minutes.json?_search=drainage&_shape=array").json()] == ["17", "41"]
    assert [r["number"] for r in get("/archive/minutes.json?_shape=array").json()] == ["41", "17"]  # unsearched: date
    assert [r["page"] for r in get("/archive/pages.json?_search=drainage&_shape=array").json()] == [2, 1]
    assert [r["page"] for r in get("/archive/pages.json?_search=drainage&_sort=id&_shape=array").json()] == [
        2, 1]  # the page form's own sort is no sort asked for
    assert [r["number"] for r in get("/archive/minutes.json?_search=drainage&_sort_desc=number&_shape=array")
            .json()] == ["41", "17"]  # a sort asked for is
    html = get("/archive/minutes?_search=drainage").text
    assert "sorted by relevance" in html and 'data-column="search"' not in html
    assert 'name="_search" value="drainage"' in html and 'where search matches &#34;drainage&#34;' in html
    assert '<a href="/pdfs/marshby_environment_2025.pdf#page=2" target="_blank"' in html
