"""A hostile ModernGov site on 127.0.0.1: the fake site of tests/moderngov_site.py (whose good documents stay
good) with extra meetings whose pages and documents misbehave, one way each (`MODES`), and a second server on
another port (`Elsewhere`) that links and redirects point at, which must never be asked for anything.

Meetings 6001-6004 of committee 163 are copies of 4967. 6001's document page links every hostile document;
GetMeeting answers 6001 with an off-site linked document, 6002 in an unknown encoding, 6003 in a multi-byte one;
GetMeetings lists a meeting with id `TBC`.
"""

from __future__ import annotations

import gzip
import hashlib
import threading
import time
import zlib
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import hostile
from moderngov_site import ModernGovSite

BOMB_BYTES = 256 * 2**20
"""What each compression bomb inflates to: 256 MB (the tests allow a few MB)."""


class Elsewhere:
    """Another origin (same host, another port): logs every request it gets and answers a PDF."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                outer.requests.append(self.path)
                body = hostile.pdf_bytes(hostile.good_pages(1))
                self.send_response(200)
                self.send_header("Content-Type", "application/pdf")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self._server.server_address[1]}/"

    def __enter__(self) -> Elsewhere:
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


_BOMBS: dict[int, bytes] = {}


def bomb(levels: int) -> bytes:
    """256 MB of zeros gzipped `levels` times (one level: ~260 KB; two: ~1 KB); made once per session."""
    if levels not in _BOMBS:
        compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        zeros = b"\0" * 2**20
        data = b"".join(compressor.compress(zeros) for _ in range(BOMB_BYTES // len(zeros))) + compressor.flush()
        for _ in range(levels - 1):
            data = gzip.compress(data, 9)
        _BOMBS[levels] = data
    return _BOMBS[levels]


def send(handler: BaseHTTPRequestHandler, site: ModernGovSite, status: int, body: bytes,
         headers: dict[str, str] | None = None) -> None:
    site.requests.append((handler.key, status))
    handler.send_response(status)
    for name, value in {"Content-Type": "application/pdf", "Content-Length": str(len(body)), **(headers or {})}.items():
        handler.send_header(name, value)
    handler.send_header("Connection", "close")
    handler.end_headers()
    handler.wfile.write(body)
    handler.close_connection = True


def drip(handler: BaseHTTPRequestHandler, site: ModernGovSite, every: float, seconds: float = 60) -> None:
    """A 1 KB page sent one byte every `every` seconds (for at most `seconds`, or until the client hangs up)."""
    site.requests.append((handler.key, 200))
    handler.send_response(200)
    handler.send_header("Content-Type", "application/pdf")
    handler.send_header("Content-Length", "1024")
    handler.end_headers()
    body = b"%PDF-1.7\n" + b" " * 1015
    stop = time.monotonic() + seconds
    for byte in body:
        if time.monotonic() > stop:
            return
        handler.wfile.write(bytes([byte]))
        handler.wfile.flush()
        time.sleep(every)


def unique_pdf(label: str) -> bytes:
    return hostile.pdf_bytes([hostile.text_stream([f"Report {label}", hostile.PARAGRAPH])])


# document id -> (what it does, how `watch` must record it: the fetch's kind)
MODES: dict[str, tuple[str, str]] = {
    "80001": ("redirects to another origin", "origin"),
    "80002": ("redirects to itself", "redirect"),
    "80003": ("Content-Encoding: gzip, gzip (a doubly-gzipped 256 MB)", "encoding"),
    "80004": ("Content-Encoding: gzip, inflating to 256 MB", "too large"),
    "80005": ("says gzip, sends a plain PDF", "encoding"),
    "80006": ("a good PDF whose store folder cannot be made (as on a full disk)", "store"),
    "80007": ("drips a 1 KB body one byte at a time", "timeout"),
    "80008": ("answers 404", "http"),
    "80009": ("triply gzipped, declared once", "not a pdf"),
}
OFFSITE = {"offsite html link": "origin", "offsite xml link": "origin", "invalid URL": "url",
           "ftp link": "url", "refused connection": "network", "escapes in a link": "http"}


def make_hostile(site: ModernGovSite, elsewhere: Elsewhere, dead_port: int, today: date,
                 drip_every: float = 0.3) -> tuple[dict[str, str], str]:
    """Add the hostile meetings, pages and documents to `site`: the URL of each off-site link by its name, and
    the store folder (`<sha[:2]>`) that 80006 needs and the test must block, one no other document shares."""
    for meeting in (6001, 6002, 6003, 6004):
        site.dates[meeting] = today - timedelta(days=5)
        site.committee_of[meeting] = 163
    for attachment in MODES:
        site.put_attachment(attachment, unique_pdf(attachment))
    del site.documents["/mgConvert2PDF.aspx?ID=80008"]
    taken = {hashlib.sha256(d.body).hexdigest()[:2] for d in site.documents.values()}
    pdf = next(p for n in range(1000) if hashlib.sha256(p := unique_pdf(f"80006-{n}")).hexdigest()[:2] not in taken)
    site.put_attachment("80006", pdf)
    links = {"offsite html link": f"{elsewhere.base}documents/s1/evil.pdf",
             "offsite xml link": f"{elsewhere.base}mgConvert2PDF.aspx?ID=1",
             "invalid URL": "http://[::1/documents/s2/x.pdf",
             "ftp link": "ftp://127.0.0.1/documents/s3/x.pdf",
             "refused connection": f"http://127.0.0.1:{dead_port}/documents/s4/x.pdf",
             "escapes in a link": f"{site.base}documents/s5/evil&#27;]0;owned&#7;&#8238;.pdf"}
    page = site.documents_page

    def documents_page(meeting: int) -> str:
        if meeting != 6001:
            return page(meeting)
        anchors = [f'<a href="mgConvert2PDF.aspx?ID={a}">Report {a}</a>' for a in MODES]
        anchors += [f'<a href="{url}">{name}</a>' for name, url in links.items() if name != "offsite xml link"]
        return f"<html><body><ul><li>{'</li><li>'.join(anchors)}</li></ul></body></html>"

    site.documents_page = documents_page
    meeting_xml, meetings_xml = site.meeting, site.meetings

    def meeting(number: int) -> str:
        text = meeting_xml(number)
        if number == 6001:
            return text.replace(f"{site.base}mgConvert2PDF.aspx?ID=70860", links["offsite xml link"], 1)
        if number == 6002:
            return '<?xml version="1.0" encoding="x-klingon"?>' + text
        if number == 6003:
            return '<?xml version="1.0" encoding="shift_jis"?>' + text
        return text

    def meetings(committee: int, start: date, end: date) -> str:
        text = meetings_xml(committee, start, end)
        bad = "<meeting><meetingid>TBC</meetingid><meetingdate>01/01/2026</meetingdate></meeting>"
        return text.replace("</committeemeetings>", bad + "</committeemeetings>")

    site.meeting, site.meetings = meeting, meetings
    document = "/mgConvert2PDF.aspx?ID={}"
    bombs = {1: bomb(1), 2: bomb(2)}  # made now: the server must answer within the client's deadline
    site.answers.update({
        document.format("80001"): lambda h, q: send(h, site, 302, b"", {"Location": links["offsite html link"]}),
        document.format("80002"): lambda h, q: send(h, site, 302, b"", {"Location": f"{site.base}mgConvert2PDF.aspx"
                                                                                    "?ID=80002"}),
        document.format("80003"): lambda h, q: send(h, site, 200, bombs[2], {"Content-Encoding": "gzip, gzip"}),
        document.format("80004"): lambda h, q: send(h, site, 200, bombs[1], {"Content-Encoding": "gzip"}),
        document.format("80005"): lambda h, q: send(h, site, 200, pdf, {"Content-Encoding": "gzip"}),
        document.format("80007"): lambda h, q: drip(h, site, drip_every),
        document.format("80009"): lambda h, q: send(h, site, 200, gzip.compress(gzip.compress(gzip.compress(
            b"%PDF-" + b"\0" * 2**20))), {"Content-Encoding": "gzip"}),
    })
    return links, hashlib.sha256(pdf).hexdigest()[:2]
