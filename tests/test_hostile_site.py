"""`watch` against a hostile ModernGov site on 127.0.0.1 (tests/hostile_site.py): no request leaves the site's
origin, memory stays bounded, the good documents are archived and each bad item is recorded with its kind."""

from __future__ import annotations

import html
import re
import time
import tracemalloc
from datetime import date

import pytest
from conftest import free_port
from hostile_site import MODES, OFFSITE, Elsewhere, make_hostile
from test_watch import names

from minutebook.archive import open_archive
from minutebook.flows.watch import watch_pass
from minutebook.sources.config import ModernGovSource
from minutebook.sources.fetch import Fetcher, FetchError, FetchSettings
from minutebook.sources.moderngov import absolute

HOSTILE = FetchSettings(timeout=1.0, retries=1, backoff=0.01, delay=0, max_bytes=4 * 2**20)
DOCUMENT = "/mgConvert2PDF.aspx?ID={}"
RAW = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

pytestmark = pytest.mark.usefixtures("prefect_harness")


@pytest.fixture
def elsewhere():
    with Elsewhere() as server:
        yield server


def test_a_hostile_site_costs_only_its_bad_items(moderngov_site, elsewhere, tmp_path):
    site, dead = moderngov_site, free_port()
    links, blocked = make_hostile(site, elsewhere, dead, date.today())
    store = tmp_path / "store"
    store.mkdir()
    (store / blocked).write_bytes(b"")  # where 80006 must go: a file, so its folder cannot be made
    source = ModernGovSource(url=site.base, committees=["144", "163"], allow_origins=[f"http://127.0.0.1:{dead}"])
    tracemalloc.start()
    started = time.monotonic()
    try:
        report = watch_pass([source], str(tmp_path / "archive.db"), str(store), HOSTILE, workers=1).sources[0]
        seconds = time.monotonic() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()

    assert elsewhere.requests == []
    assert peak < 100 * 2**20, f"peak {peak / 2**20:.0f} MB"
    assert seconds < 60
    assert names(report.documents.new) == ["70860", "70909", "pack"]
    db = open_archive(tmp_path / "archive.db")
    fetches = {row["url"]: row for row in db.query("select * from fetches")}
    got = {attachment: (fetches[site.base + DOCUMENT.format(attachment)[1:]]["status"],
                        fetches[site.base + DOCUMENT.format(attachment)[1:]]["kind"]) for attachment in MODES}
    assert got == {attachment: ("failed", kind) for attachment, (_, kind) in MODES.items()}
    recorded = {name: fetches[absolute(site.base, html.unescape(url))] for name, url in links.items()}
    assert {name: (row["status"], row["kind"]) for name, row in recorded.items()} == {
        name: ("failed", kind) for name, kind in OFFSITE.items()}
    assert all("\n" not in (row["error"] or "") for row in fetches.values())
    assert not any(RAW.search(row["url"] + (row["error"] or "")) for row in fetches.values())
    pages = {url.rsplit("/", 1)[1]: row for url, row in fetches.items() if row["role"] == "page"}
    assert (pages["GetMeeting?lMeetingId=6002"]["kind"], pages["GetMeeting?lMeetingId=6003"]["kind"]) == (
        "bad page", "bad page")
    assert "unreadable encoding" in pages["GetMeeting?lMeetingId=6003"]["error"]
    listing = next(row for name, row in pages.items() if name.startswith("GetMeetings?lCommitteeId=163"))
    assert (listing["status"], listing["kind"]) == ("partial", "bad item")
    assert listing["error"] == "<meetingid> 'TBC' is not a number"
    assert {m for m in db.execute("select meeting_id from source_meetings").fetchall()} >= {(6001,), (6004,)}

    asked = [path for path, _ in site.requests]
    assert {a: asked.count(DOCUMENT.format(a)) for a in MODES} == {**dict.fromkeys(MODES, 1), "80007": 2}
    assert sorted(p.name for p in store.rglob("*.pdf")) == sorted(
        f"{sha}.pdf" for (sha,) in db.execute("select sha256 from documents"))
    assert any("'TBC' is not a number" in problem for problem in report.problems)


def test_redirects_on_the_origin_are_followed_and_off_it_refused(moderngov_site, elsewhere, moderngov_pdfs):
    site = moderngov_site
    site.answers["/mgConvert2PDF.aspx?ID=1"] = lambda h, q: _redirect(h, site, f"{site.base}mgConvert2PDF.aspx?ID=2")
    site.answers["/mgConvert2PDF.aspx?ID=2"] = lambda h, q: _redirect(h, site, "mgConvert2PDF.aspx?ID=70860")
    site.answers["/mgConvert2PDF.aspx?ID=3"] = lambda h, q: _redirect(h, site, f"{elsewhere.base}x.pdf")
    with Fetcher(HOSTILE, origins=[site.base]) as fetcher:
        assert fetcher.get(f"{site.base}mgConvert2PDF.aspx?ID=1").body == moderngov_pdfs["70860"]
        with pytest.raises(FetchError, match=r"refused: http://127\.0\.0\.1:\d+/x\.pdf is not on the site's origin"):
            fetcher.get(f"{site.base}mgConvert2PDF.aspx?ID=3")
        with pytest.raises(FetchError, match="not on the site's origin") as caught:
            fetcher.get(site.base.replace("http:", "https:") + "mgConvert2PDF.aspx?ID=70860")
    assert caught.value.kind == "origin" and elsewhere.requests == []


def _redirect(handler, site, location: str) -> None:
    from hostile_site import send

    send(handler, site, 302, b"", {"Location": location})


def test_permanent_failures_are_not_retried(moderngov_site):
    """With a minute of backoff, any retry would show in the time taken."""
    dead = free_port()
    slow = FetchSettings(timeout=2.0, retries=3, backoff=60, delay=0)
    started = time.monotonic()
    with Fetcher(slow, origins=[moderngov_site.base, f"http://127.0.0.1:{dead}"]) as fetcher:
        for url, kind in ((f"http://127.0.0.1:{dead}/x.pdf", "network"), ("ftp://127.0.0.1/x.pdf", "url"),
                          (f"{moderngov_site.base}mgConvert2PDF.aspx?ID=404", "http"),
                          ("http://[::1/x.pdf", "url")):
            with pytest.raises(FetchError) as caught:
                fetcher.get(url)
            assert (caught.value.kind, caught.value.transient) == (kind, False), caught.value.message
        with pytest.raises(FetchError, match="cannot make the request: UnicodeEncodeError"):  # a stored ETag
            fetcher.get(f"{moderngov_site.base}mgConvert2PDF.aspx?ID=70860", etag='"caf\u00e9\u2603"')
    assert time.monotonic() - started < 20


def test_a_dripping_server_is_cut_off_at_the_deadline(moderngov_site):
    from hostile_site import drip

    moderngov_site.answers["/slow.pdf"] = lambda h, q: drip(h, moderngov_site, 0.2)
    with Fetcher(FetchSettings(timeout=1.0, retries=0, delay=0), origins=[moderngov_site.base]) as fetcher:
        started = time.monotonic()
        with pytest.raises(FetchError, match=r"^timeout: no complete answer within 1 s$") as caught:
            fetcher.get(moderngov_site.base + "slow.pdf")
        assert time.monotonic() - started < 2.5 and caught.value.transient
