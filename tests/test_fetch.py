"""The fetcher against a real HTTP server on 127.0.0.1 (the fake ModernGov site) misbehaving on purpose."""

from __future__ import annotations

import pytest

from minutebook.sources.fetch import USER_AGENT, Fetcher, FetchError, FetchSettings, check_pdf, store

REPORT = "/mgConvert2PDF.aspx?ID=70860"


@pytest.fixture
def fetcher(moderngov_site):
    with Fetcher(FetchSettings(timeout=0.5, retries=2, backoff=0.01, delay=0, max_bytes=1_000_000),
                 origins=[moderngov_site.base]) as fetcher:
        yield fetcher


def url(site, path: str) -> str:
    return site.base + path.lstrip("/").replace(" ", "%20")


def test_download_then_conditional_get_answers_304(moderngov_site, fetcher, moderngov_pdfs):
    got = fetcher.get(url(moderngov_site, REPORT))
    assert (got.http_status, got.body) == (200, moderngov_pdfs["70860"]) and got.etag and got.last_modified
    again = fetcher.get(url(moderngov_site, REPORT), got.etag, got.last_modified)
    assert (again.http_status, again.body) == (304, None)
    assert moderngov_site.requests == [(REPORT, 200), (REPORT, 304)]
    assert fetcher.client.headers["User-Agent"] == USER_AGENT


@pytest.mark.parametrize("faults", [["500", "500"], ["timeout"], ["truncated", "truncated"]])
def test_5xx_timeouts_and_cut_off_bodies_are_retried(moderngov_site, fetcher, moderngov_pdfs, faults):
    moderngov_site.faults[REPORT] = list(faults)
    moderngov_site.slow = 1.0
    assert fetcher.get(url(moderngov_site, REPORT)).body == moderngov_pdfs["70860"]
    assert not moderngov_site.faults[REPORT]


def test_retries_run_out_with_a_one_line_reason(moderngov_site, fetcher):
    moderngov_site.faults[REPORT] = ["500"] * 3
    with pytest.raises(FetchError) as caught:
        fetcher.get(url(moderngov_site, REPORT))
    assert (caught.value.message, caught.value.http_status) == ("HTTP 500 Internal Server Error", 500)
    moderngov_site.faults[REPORT] = ["truncated"] * 3
    with pytest.raises(FetchError, match="RemoteProtocolError"):
        fetcher.get(url(moderngov_site, REPORT))
    assert len(moderngov_site.requests) == 6


def test_a_gigabyte_content_length_is_refused_without_reading_it(moderngov_site, fetcher):
    moderngov_site.faults[REPORT] = ["huge"]
    with pytest.raises(FetchError, match=r"too large: Content-Length 1073741824 bytes is over the 1000000-byte"):
        fetcher.get(url(moderngov_site, REPORT))
    assert moderngov_site.requests == [(REPORT, 200)]  # not retried: it would be too large again


def test_client_errors_are_not_retried(moderngov_site, fetcher):
    with pytest.raises(FetchError, match="HTTP 404"):
        fetcher.get(url(moderngov_site, "/mgConvert2PDF.aspx?ID=1"))
    assert len(moderngov_site.requests) == 1


def test_an_html_error_page_with_status_200_is_not_a_pdf(moderngov_site, fetcher):
    moderngov_site.faults[REPORT] = ["html200"]
    body = fetcher.get(url(moderngov_site, REPORT)).body
    with pytest.raises(FetchError, match=r"^not a PDF: the body is an HTML page$"):
        check_pdf(body)


def test_pdf_check_and_content_addressed_store(tmp_path, moderngov_pdfs):
    pdf = moderngov_pdfs["pack"]
    check_pdf(pdf)
    for bad, reason in ((b"", "empty body"), (pdf[: len(pdf) // 2], "truncated PDF"), (b"PK\x03\x04zip", "not a PDF")):
        with pytest.raises(FetchError, match=reason):
            check_pdf(bad)
    sha, path = store(pdf, tmp_path)
    assert path == tmp_path / sha[:2] / f"{sha}.pdf" and path.read_bytes() == pdf
    assert store(pdf, tmp_path) == (sha, path)
    assert [p.name for p in tmp_path.rglob("*")] == [sha[:2], f"{sha}.pdf"]
