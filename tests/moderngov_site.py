"""A ModernGov-shaped site on 127.0.0.1 for the watch tests, built from the real web-service XML in
../shared/moderngov (ids, dates and URLs rewritten to point at itself) and PDFs the tests make.

Committee 144 (Audit Committee) has the real meetings 4966 (cancelled, no documents) and 4967 (a public reports
pack; printed minutes once `publish_minutes` is called). Committee 163 (Art Galleries) gets meeting 5001, a copy
of 4967 without a pack, so its linked documents are taken one by one. Dates move to the weeks before `today`.

`faults[path]` is a queue of misbehaviours served instead of the page, one per request: `500`, `timeout` (answers
after `slow` seconds), `truncated` (half the announced body), `html200` (an HTML error page with status 200) and
`huge` (announces 1 GB, sends 1 KB, hangs up). `answers[path]` is a standing misbehaviour: a function given the
request handler and the query, which answers the request itself (tests/hostile_site.py) or returns False to let
the page be served as usual. `requests` logs (path, status) of every request.
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import threading
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

REAL_HOST = "https://democracy.manchester.gov.uk/"
REAL_DATES = {4966: "13/01/2026", 4967: "10/02/2026"}
HUGE = 1024 ** 3

MINUTES_HTML = """<html><body><h1>Manchester City Council</h1><h2>{committee}</h2>
<p>Minutes of the meeting held on {day}</p>
<p><b>Present:</b> Councillor Curley (Chair) – in the Chair<br>Councillors Ahmed, Brown and Hughes</p>
<p><b>Apologies:</b> Councillor Pennington</p>
<p><b>1. &nbsp; Minutes</b></p><p>Decision: To approve the minutes of the meeting held on 25 November 2025.</p>
<p><b>9. &nbsp; Work Programme</b></p><p>The Committee considered its {topic} work programme.</p>
<p>Decision: To note the report.</p></body></html>"""
PACK_HTML = """<html><body><h1>Manchester City Council</h1><h2>{committee}</h2><p>Date: {day}</p>
<p>Agenda</p><p>1. Minutes</p><p>9. Work Programme</p>
<div style="page-break-before: always"><p>Report on the {topic}.</p></div></body></html>"""
REPORT_HTML = """<html><body><h1>Manchester City Council</h1><p>Report to: {committee}</p><p>Date: {day}</p>
<p>Subject: {topic}</p><p>This report sets out the {topic} for members to note.</p></body></html>"""


def render(html: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=html).write_pdf()


def long_date(day: date) -> str:
    return f"{day:%A}, {day.day} {day:%B %Y}"


class Document:
    """A PDF (or any body) served with an ETag and a Last-Modified of its own."""

    def __init__(self, body: bytes):
        self.body = body
        self.etag = f'"{hashlib.sha256(body).hexdigest()[:16]}"'
        self.modified = format_datetime(datetime.now(UTC).replace(microsecond=0), usegmt=True)


class ModernGovSite:
    def __init__(self, xml_dir: Path, today: date):
        self.xml = {name: (xml_dir / f"{name}.xml").read_text() for name in
                    ("committees", "meetings", "meeting_with_minutes", "meeting_no_minutes")}
        self.dates = {4966: today - timedelta(days=21), 4967: today - timedelta(days=7),
                      5001: today - timedelta(days=10)}
        self.committee_of = {4966: 144, 4967: 144, 5001: 163}
        self.documents: dict[str, Document] = {}
        self.packs: dict[int, str] = {}
        self.pack_version = defaultdict(lambda: 1)
        self.minutes: dict[int, str] = {}
        self.service_on = True
        self.faults: dict[str, list[str]] = defaultdict(list)
        self.answers: dict[str, Callable[[BaseHTTPRequestHandler, dict[str, str]], bool]] = {}
        self.slow = 2.0
        self.requests: list[tuple[str, int]] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self._server.server_address[1]}/"

    # --- content ---------------------------------------------------------------------------------------------
    def day(self, meeting: int) -> date:
        return self.dates[meeting]

    def title(self, meeting: int) -> str:
        return "Audit Committee" if self.committee_of[meeting] == 144 else "Art Galleries Committee"

    def put_pack(self, meeting: int, pdf: bytes) -> str:
        """Publish (or re-issue, with a new `T=` cache-buster) the meeting's public reports pack; its path."""
        path = f"/documents/g{meeting}/Public reports pack {self.day(meeting):%d-%b-%Y} 10.00 {self.title(meeting)}.pdf"
        if meeting in self.packs:
            self.pack_version[meeting] += 1
        self.packs[meeting] = path
        self.documents[path] = Document(pdf)
        return path

    def publish_minutes(self, meeting: int, pdf: bytes) -> str:
        path = f"/documents/g{meeting}/Printed minutes {self.day(meeting):%d-%b-%Y} 10.00 {self.title(meeting)}.pdf"
        self.minutes[meeting] = path
        self.documents[path] = Document(pdf)
        return path

    def put_attachment(self, attachment: str, pdf: bytes) -> str:
        path = f"/mgConvert2PDF.aspx?ID={attachment}"
        self.documents[path] = Document(pdf)
        return path

    def pdf_requests(self) -> list[tuple[str, int]]:
        return [(path, status) for path, status in self.requests if path in self.documents]

    # --- the web service -------------------------------------------------------------------------------------
    def committees(self) -> str:
        return self.xml["committees"]

    def meetings(self, committee: int, start: date, end: date) -> str:
        root = ET.fromstring(self.xml["meetings"])
        block = root.find("committee")
        block.find("committeeid").text = str(committee)
        block.find("committeetitle").text = "Audit Committee" if committee == 144 else "Art Galleries Committee"
        listing = block.find("committeemeetings")
        template = copy.deepcopy(listing.find("meeting"))
        for meeting in list(listing):
            listing.remove(meeting)
        for meeting_id, day in self.dates.items():
            if self.committee_of[meeting_id] == committee and start <= day <= end:
                item = copy.deepcopy(template)
                item.find("meetingid").text = str(meeting_id)
                item.find("meetingdate").text = f"{day:%d/%m/%Y}"
                item.find("meetingstatus").text = "Cancelled" if meeting_id == 4966 else "Confirmed"
                listing.append(item)
        return ET.tostring(root, encoding="unicode")

    def meeting(self, meeting: int) -> str:
        """GetMeeting: the real responses, with this site's dates and URLs; after the meeting, 4967's attendance
        is recorded (Curley present, Brown present, Pennington's apologies)."""
        source = 4966 if meeting == 4966 else 4967
        text = self.xml["meeting_no_minutes" if source == 4966 else "meeting_with_minutes"]
        text = text.replace(REAL_DATES[source], f"{self.day(meeting):%d/%m/%Y}").replace(REAL_HOST, self.base)
        if meeting != source:
            text = text.replace(f">{source}<", f">{meeting}<").replace("Audit Committee", self.title(meeting))
            text = text.replace("ID=609", "ID=709").replace("ID=608", "ID=708")
        root = ET.fromstring(text)
        if source == 4967:
            attendees = root.find("attendees")
            first = attendees.find("attendee")
            first.set("attendance", "Present")
            for member, name, attendance in (("201", "Councillor Emma Brown", "Present"),
                                             ("202", "Councillor Ada Pennington", "Apologies")):
                person = copy.deepcopy(first)
                person.set("name", name)
                person.set("attendance", attendance)
                person.set("memberid", member)
                attendees.append(person)
        return ET.tostring(root, encoding="unicode")

    # --- HTML pages ------------------------------------------------------------------------------------------
    def documents_page(self, meeting: int) -> str:
        links = []
        if meeting in self.packs:
            links.append(f'<a href="{self.packs[meeting][1:]}?T={self.pack_version[meeting]}">Agenda reports pack</a>')
        if meeting in self.minutes:
            links.append(f'<a href="{self.minutes[meeting][1:]}?T=1">Printed minutes</a>')
        attachments = {4967: ("60860", "60909"), 5001: ("70860", "70909")}.get(meeting, ())
        links += [f'<a href="mgConvert2PDF.aspx?ID={a}">Report {a}</a>' for a in attachments]
        return f"<html><body><h1>{self.title(meeting)}</h1><ul><li>{'</li><li>'.join(links)}</li></ul></body></html>"

    def committee_list(self) -> str:
        return ('<html><body><a href="mgCommitteeDetails.aspx?ID=144">Audit Committee</a>'
                '<a href="mgCommitteeDetails.aspx?ID=163">Art Galleries Committee</a></body></html>')

    def committee_page(self, committee: int) -> str:
        items = [f'<a href="ieListDocuments.aspx?CId={committee}&amp;MId={m}">{self.day(m):%d %b %Y} 10.00 am</a>'
                 for m, c in self.committee_of.items() if c == committee]
        return f"<html><body>{''.join(items)}</body></html>"

    # --- serving ---------------------------------------------------------------------------------------------
    def page(self, path: str, query: dict[str, str]) -> tuple[int, str, str | Document]:
        """(status, content type, body) of a request other than a fault."""
        service = path.startswith("/mgWebService.asmx/")
        if service and not self.service_on:
            return 404, "text/html", "<html><body>The web service is not enabled.</body></html>"
        if path == "/mgWebService.asmx/GetCommittees":
            return 200, "text/xml", self.committees()
        if path == "/mgWebService.asmx/GetMeetings":
            start, end = (datetime.strptime(query[k], "%d/%m/%Y").date() for k in ("sFromDate", "sToDate"))
            return 200, "text/xml", self.meetings(int(query["lCommitteeId"]), start, end)
        if path == "/mgWebService.asmx/GetMeeting" and int(query["lMeetingId"]) in self.dates:
            return 200, "text/xml", self.meeting(int(query["lMeetingId"]))
        if path == "/ieListDocuments.aspx" and int(query.get("MId", 0)) in self.dates:
            return 200, "text/html", self.documents_page(int(query["MId"]))
        if path == "/mgListCommittees.aspx":
            return 200, "text/html", self.committee_list()
        if path == "/mgCommitteeDetails.aspx":
            return 200, "text/html", self.committee_page(int(query["ID"]))
        key = f"{path}?ID={query['ID']}" if path == "/mgConvert2PDF.aspx" and "ID" in query else path
        if key in self.documents:
            return 200, "application/pdf", self.documents[key]
        return 404, "text/html", "<html><body>Page not found</body></html>"

    def __enter__(self) -> ModernGovSite:
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


def _handler(site: ModernGovSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            parts = urlsplit(self.path)
            path = unquote(parts.path)
            key = f"{path}?{parts.query}" if path == "/mgConvert2PDF.aspx" else path
            query = {k: v[0] for k, v in parse_qs(parts.query).items()}
            fault = site.faults[key].pop(0) if site.faults.get(key) else None
            self.key = key
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                if key in site.answers and site.answers[key](self, query) is not False:
                    return
                self._answer(path, query, fault)

        def _answer(self, path: str, query: dict[str, str], fault: str | None) -> None:
            if fault == "500":
                return self._send(500, "text/html", b"<html><body>Server Error</body></html>")
            if fault == "html200":
                return self._send(200, "text/html", b"<!DOCTYPE html><html><body>Sorry, something went wrong."
                                                    b"</body></html>")
            if fault == "timeout":
                time.sleep(site.slow)
            status, kind, body = site.page(path, query)
            if isinstance(body, Document):
                if self.headers.get("If-None-Match") == body.etag:
                    return self._send(304, kind, b"", body)
                if fault == "truncated":
                    return self._send(200, kind, body.body[: len(body.body) // 2], body, length=len(body.body))
                if fault == "huge":
                    return self._send(200, kind, body.body[:1024], body, length=HUGE)
                return self._send(200, kind, body.body, body)
            return self._send(status, kind, body.encode())

        def _send(self, status: int, kind: str, data: bytes, document: Document | None = None,
                  length: int | None = None) -> None:
            site.requests.append((self.key, status))
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data) if length is None else length))
            if document:
                self.send_header("ETag", document.etag)
                self.send_header("Last-Modified", document.modified)
            self.send_header("Connection", "close")
            self.end_headers()
            if status != 304:
                self.wfile.write(data)
            self.wfile.flush()
            self.close_connection = True

        def log_message(self, *args: object) -> None:
            pass

    return Handler


def make_pdfs(today: date, render: Callable[[str], bytes] = render) -> dict[str, bytes]:
    """The site's PDFs, dated like its meetings: 4967's pack (and a re-issue), its printed minutes, and reports;
    `render` makes a PDF of HTML."""
    audit, galleries = today - timedelta(days=7), today - timedelta(days=10)
    pdfs = {
        "pack": PACK_HTML.format(committee="Audit Committee", day=long_date(audit), topic="internal audit plan"),
        "pack v2": PACK_HTML.format(committee="Audit Committee", day=long_date(audit),
                                    topic="revised internal audit plan and counter fraud"),
        "minutes": MINUTES_HTML.format(committee="Audit Committee", day=long_date(audit), topic="audit"),
    }
    for attachment, topic in (("60860", "minutes of 25 November"), ("60909", "audit work programme"),
                              ("70860", "gallery loans policy"), ("70909", "gallery work programme")):
        pdfs[attachment] = REPORT_HTML.format(
            committee="Audit Committee" if attachment.startswith("6") else "Art Galleries Committee",
            day=long_date(audit if attachment.startswith("6") else galleries), topic=topic)
    return {name: render(html) for name, html in pdfs.items()}


def populate(site: ModernGovSite, pdfs: dict[str, bytes]) -> None:
    """Before the minutes: 4967's pack and every linked document online."""
    site.put_pack(4967, pdfs["pack"])
    for attachment in ("60860", "60909", "70860", "70909"):
        site.put_attachment(attachment, pdfs[attachment])
