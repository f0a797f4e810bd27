"""Find a ModernGov site's committees, the meetings in a rolling window and each meeting's documents.

The web service (`mgWebService.asmx`) comes first; a site that has switched it off is read from its HTML pages
(`mgListCommittees.aspx`, `mgCommitteeDetails.aspx?ID=`). Documents always come from both the service's linked
documents and the meeting's document page (`ieListDocuments.aspx`), which alone links the public reports pack
and the printed minutes. When a meeting has a pack, the reports inside it are not taken again one by one.

Every committee, meeting and document is handled on its own: a page that cannot be read, a malformed field (an id
`TBC`, an unreadable encoding, an invalid link) or a bug costs that item only; it is noted in `Discovery.errors`
and `Discovery.pages` (for the fetch log, with its kind) and the rest of the site is read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import partial
from html.parser import HTMLParser
from typing import Any, TypeVar
from urllib.parse import parse_qsl, quote, unquote, urlencode, urljoin, urlsplit, urlunsplit

from .config import ModernGovSource
from .fetch import Fetcher, FetchError
from .moderngov_xml import (
    BadXML,
    Committee,
    MeetingDetail,
    MeetingRef,
    parse_committees,
    parse_meeting,
    parse_meetings,
)

SERVICE = "mgWebService.asmx/"
T = TypeVar("T")


@dataclass(frozen=True)
class DocLink:
    url: str
    role: str
    """'pack' (public reports pack), 'minutes' (printed minutes) or 'document' (one linked document)."""
    title: str
    committee_id: int
    meeting_id: int


@dataclass
class FoundMeeting:
    ref: MeetingRef
    detail: MeetingDetail | None
    documents: list[DocLink]
    in_pack: int = 0
    """Linked documents left out because the meeting's pack holds them."""


@dataclass(frozen=True)
class Page:
    """One page asked for, for the fetch log: `status` is ok, partial (read, some items skipped) or failed."""

    url: str
    http_status: int | None
    status: str = "ok"
    error: str | None = None
    kind: str | None = None


@dataclass
class Discovery:
    meetings: list[FoundMeeting] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    """(URL, item or filter; one-line reason) of each page that could not be read, each item skipped and each
    filter that matched nothing."""
    pages: list[Page] = field(default_factory=list)
    via: str = "web service"


def discover(fetcher: Fetcher, source: ModernGovSource, today: date) -> Discovery:
    """Every meeting of the chosen committees from `weeks_back` before `today` to `weeks_ahead` after it."""
    found = Discovery()
    start, end = today - timedelta(weeks=source.weeks_back), today + timedelta(weeks=source.weeks_ahead)
    committees = _read(fetcher, service_url(source.url, "GetCommittees"), parse_committees, found, items=True)
    if committees is None:
        found.via = "HTML pages"
        committees = _read(fetcher, source.url + "mgListCommittees.aspx", html_committees, found)
        if committees is not None:
            found.errors.pop(0)  # the service is off, not broken: the pages answer (its failure stays in `pages`)
        committees = committees or []
    for committee in choose(committees, source.committees, found):
        refs = _isolated(found, f"committee {committee.id}",
                         partial(_meetings, fetcher, source.url, committee, start, end, found)) or []
        for ref in refs:
            meeting = _isolated(found, f"meeting {ref.id}", partial(_meeting, fetcher, source.url, ref, found))
            if meeting is not None:
                found.meetings.append(meeting)
    return found


def _isolated(found: Discovery, item: str, work: Callable[[], T]) -> T | None:
    """`work()`, or None with the reason noted when it fails in a way `_read` did not foresee (a bug)."""
    try:
        return work()
    except Exception as exc:  # one item's bug costs that item only
        found.errors.append((item, f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}"))
        return None


def service_url(base: str, method: str, **params: object) -> str:
    return base + SERVICE + method + (f"?{urlencode(params)}" if params else "")


def choose(committees: list[Committee], wanted: list[str], found: Discovery) -> list[Committee]:
    """The live committees named (by title, any case, or id) in `wanted`, or all of them when it is empty."""
    live = [c for c in committees if not c.deleted]
    if not wanted:
        return live
    keys = {w.casefold() for w in wanted}
    chosen = [c for c in live if str(c.id) in keys or c.title.casefold() in keys]
    matched = {str(c.id) for c in chosen} | {c.title.casefold() for c in chosen}
    found.errors.extend(("committee filter", f"no committee matches {w!r}") for w in wanted
                        if w.casefold() not in matched)
    return chosen


def _meetings(fetcher: Fetcher, base: str, committee: Committee, start: date, end: date,
              found: Discovery) -> list[MeetingRef]:
    if found.via == "web service":
        url = service_url(base, "GetMeetings", lCommitteeId=committee.id, sFromDate=start.strftime("%d/%m/%Y"),
                          sToDate=end.strftime("%d/%m/%Y"))
        refs = _read(fetcher, url, parse_meetings, found, items=True) or []
    else:
        url = f"{base}mgCommitteeDetails.aspx?ID={committee.id}"
        refs = _read(fetcher, url, lambda page: html_meetings(page, committee), found) or []
    return [r for r in refs if r.date is None or start <= r.date <= end]


def _meeting(fetcher: Fetcher, base: str, ref: MeetingRef, found: Discovery) -> FoundMeeting:
    detail = None
    if found.via == "web service":
        detail = _read(fetcher, service_url(base, "GetMeeting", lMeetingId=ref.id), parse_meeting, found)
    page = f"{base}ieListDocuments.aspx?CId={ref.committee_id}&MId={ref.id}"
    links = _read(fetcher, page, lambda html: document_links(html, page, ref), found) or []
    if detail:
        links += [DocLink(absolute(base, d.url), "document", d.title, ref.committee_id, ref.id)
                  for d in detail.linked_docs]
    unique = list({link.url: link for link in links}.values())
    if any(link.role == "pack" for link in unique):
        kept = [link for link in unique if link.role != "document"]
        return FoundMeeting(ref, detail, kept, in_pack=len(unique) - len(kept))
    return FoundMeeting(ref, detail, unique)


def _read(fetcher: Fetcher, url: str, parse: Callable[..., Any], found: Discovery, items: bool = False) -> Any:
    """`parse` of the page at `url`, or None with the reason noted in `found`. With `items`, `parse` takes a list
    for the reasons of the page's malformed items, which are skipped (the page is then 'partial')."""
    status, skipped = None, []
    try:
        response = fetcher.get(url)
        status = response.http_status
        body = response.body or b""
        parsed = parse(body, skipped) if items else parse(body)
    except Exception as exc:  # the page's failure, whatever it is, is this page's only
        kind = exc.kind if isinstance(exc, FetchError) else "bad page" if isinstance(exc, BadXML) else "bug"
        reason = str(exc) if isinstance(exc, FetchError | BadXML) else f"{type(exc).__name__}: {exc}"
        reason = " ".join(reason.split())[:500]
        found.errors.append((url, reason))
        found.pages.append(Page(url, getattr(exc, "http_status", status), "failed", reason, kind))
        return None
    found.errors.extend((url, f"skipped: {reason}") for reason in skipped)
    found.pages.append(Page(url, status, "partial", "; ".join(skipped)[:500], "bad item") if skipped
                       else Page(url, status))
    return parsed


class _Anchors(HTMLParser):
    """(href, text) of every link in a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str]] = []
        self._href: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a" and (href := dict(attrs).get("href")):
            self._href, self._text = href, []

    def handle_data(self, data: str) -> None:
        if self._href is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._href is not None:
            self.links.append((self._href, " ".join("".join(self._text).split())))
            self._href = None


def anchors(page: bytes | str) -> list[tuple[str, str]]:
    parser = _Anchors()
    parser.feed(page.decode("utf-8", "replace") if isinstance(page, bytes) else page)
    return parser.links


def html_committees(page: bytes) -> list[Committee]:
    found = {}
    for href, text in anchors(page):
        if match := re.search(r"mgCommitteeDetails\.aspx\?ID=(\d+)", href, re.I):
            found.setdefault(int(match[1]), Committee(int(match[1]), text))
    if not found:
        raise BadXML("no committee links on the committee list page")
    return list(found.values())


def html_meetings(page: bytes, committee: Committee) -> list[MeetingRef]:
    found = {}
    for href, text in anchors(page):
        if match := re.search(r"ieListDocuments\.aspx\?CId=(\d+)&(?:amp;)?MId=(\d+)", href, re.I):
            found.setdefault(int(match[2]), MeetingRef(int(match[2]), committee.id, committee.title,
                                                       text_date(text)))
    return list(found.values())


def document_links(page: bytes, page_url: str, ref: MeetingRef) -> list[DocLink]:
    """The pack, printed minutes and single documents linked from a meeting's document page."""
    links = []
    for href, text in anchors(page):
        url = absolute(page_url, href)
        name = unquote(url.split("?", 1)[0]).rsplit("/", 1)[-1].lower()
        if re.search(r"mgConvert2PDF\.aspx\?ID=\d+|/documents/s\d+/", url, re.I):
            role = "document"
        elif f"/documents/g{ref.id}/" in url.lower() and name.endswith(".pdf"):
            role = "pack" if "pack" in name else "minutes" if "minutes" in name else ""
        else:
            continue
        if role:
            links.append(DocLink(url, role, text or name, ref.committee_id, ref.id))
    return links


def absolute(base: str, href: str) -> str:
    """`href` resolved against `base`, canonical; a link too malformed to resolve (`http://[::1/x.pdf`) is kept
    as it is, for the fetcher to refuse and the fetch log to record."""
    try:
        return canonical(urljoin(base, href))
    except ValueError:
        return href


def canonical(url: str) -> str:
    """`url` without ModernGov's `T=` cache-buster, so a re-issued pack keeps its identity (and replaces); spaces,
    control characters and other bytes a URL cannot hold in its path are percent-encoded."""
    parts = urlsplit(url)
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k.upper() != "T"])
    path = quote(parts.path, safe="/%:@!$&'()*+,;=~")
    return urlunsplit((parts.scheme, parts.netloc, path, query, ""))


def text_date(text: str) -> date | None:
    """A date in a link's text: `10 Feb 2026`, `10th February, 2026` or `10/02/2026`."""
    if match := re.search(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", text):
        day = f"{match[1]} {match[2]} {match[3]}", "%d %m %Y"
    elif match := re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3})[a-z]*,?\s+(\d{4})\b", text):
        day = f"{match[1]} {match[2].title()} {match[3]}", "%d %b %Y"
    else:
        return None
    try:
        return datetime.strptime(*day).date()
    except ValueError:
        return None


TITLES = re.compile(r"\b(?:councillors?|cllrs?|mr|mrs|ms|miss|dr|sir|dame|lord|lady|rev|revd|prof|professor|"
                    r"mbe|obe|cbe|jp)\b\.?|\([^)]*\)", re.I)
COUNTED = {"present", "apologies", "absent"}


def person_key(name: str) -> str:
    """A name as its surname, lower case, without titles or bracketed roles: 'Cllr Basil Curley (Chair)' ->
    'curley'. Minutes often give only 'Councillor Curley', so the surname is what both sources share."""
    words = re.findall(r"[a-z'-]+", TITLES.sub(" ", name).lower())
    return words[-1] if words else ""


def minute_key(number: str) -> str:
    """A minute number as its last number and letter suffix: 'AC/26/01' and '1' are both '1'."""
    found = re.findall(r"(\d+)([a-z]?)", number.lower())
    return f"{int(found[-1][0])}{found[-1][1]}" if found else number.strip().lower()


def compare(web_attendance: list[tuple[str, str | None]], pdf_attendance: list[tuple[str, str]],
            web_minutes: list[str], pdf_minutes: list[str]) -> dict[str, object]:
    """How far the web service and the PDFs agree on one meeting: attendees with the same status, and minute
    numbers, each as matches over the union; None until both sides have some (a pack of reports lists nobody)."""
    web = {person_key(name): status for name, status in web_attendance if status in COUNTED}
    pdf = {person_key(name): status for name, status in pdf_attendance if status in COUNTED}
    agree = sum(1 for key, status in web.items() if pdf.get(key) == status)
    people = len(web.keys() | pdf.keys())
    web_numbers, pdf_numbers = {minute_key(n) for n in web_minutes}, {minute_key(n) for n in pdf_minutes}
    numbers = len(web_numbers | pdf_numbers)
    return {"web_attendees": len(web), "pdf_attendees": len(pdf), "attendees_agree": agree,
            "attendance_agreement": round(agree / people, 3) if web and pdf else None,
            "web_minutes": len(web_numbers), "pdf_minutes": len(pdf_numbers),
            "minutes_agree": len(web_numbers & pdf_numbers),
            "minutes_agreement": round(len(web_numbers & pdf_numbers) / numbers, 3) if web_numbers and pdf_numbers
            else None}
