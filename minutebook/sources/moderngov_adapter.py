"""The ModernGov adapter: a site's meetings in a rolling window (`moderngov.discover`), their PDFs fetched politely
with conditional GETs into the store, and what the web service says about each meeting for the crosscheck.

A document is identified by its URL (without cache-busters), so a re-issued pack or late minutes at the same
address replace the archived version whole; an unchanged document costs one conditional GET (304). Every fetch is
logged in `fetches`; nothing archived is touched by a failed download.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from urllib.parse import unquote, urlsplit

from sqlite_utils import Database

from ..archive.sources import last_fetch, record_fetch
from ..pipeline import Failed, Job
from .base import Found, SourceAttendee, SourceMeeting
from .config import ModernGovSource
from .fetch import Fetcher, FetchError, FetchSettings, check_pdf, store
from .moderngov import DocLink, FoundMeeting, discover
from .moderngov_xml import parse_time


@dataclass
class ModernGovAdapter:
    source: ModernGovSource
    settings: FetchSettings = field(default_factory=FetchSettings)
    today: date = field(default_factory=date.today)
    kind: str = "moderngov"

    @property
    def location(self) -> str:
        return self.source.url

    def find(self, db: Database, source_id: int, folder: Path) -> Found:
        with Fetcher(self.settings, origins=self.source.origins) as fetcher:
            found = discover(fetcher, self.source, self.today)
            for page in found.pages:
                record_fetch(db, page.url, page.status, page.http_status, {"source": source_id, "role": "page"},
                             None if page.status == "failed" else {}, page.error, page.kind)
            result = Found(meetings=[platform_meeting(m) for m in found.meetings],
                           problems=[f"{where}: {why}" for where, why in found.errors],
                           notes=f"{len(found.meetings)} meetings via {found.via}, "
                                 f"{sum(m.in_pack for m in found.meetings)} reports taken only inside their pack")
            seen: set[str] = set()
            for link in (link for meeting in found.meetings for link in meeting.documents):
                if link.url not in seen:
                    got = fetch_document(fetcher, db, source_id, link, folder)
                    if isinstance(got, Failed):
                        result.failed.append((link.url, got))
                    else:
                        path, sha = got
                        result.jobs.append(Job(path=path, source=link.url, file_name=file_name(link), sha256=sha,
                                               council=self.source.council))
                seen.add(link.url)
        return result


def fetch_document(fetcher: Fetcher, db: Database, source_id: int, link: DocLink,
                   folder: Path) -> tuple[Path, str] | Failed:
    """The stored PDF of `link` and its hash, or why it could not be had (logged in `fetches`). A 304 gives the
    copy stored last time."""
    prior = last_fetch(db, link.url)
    kept = prior if prior and prior.sha256 and prior.path and Path(prior.path).is_file() else None
    where = {"source": source_id, "committee_id": link.committee_id, "meeting_id": link.meeting_id,
             "role": link.role, "title": link.title}
    http_status = None
    try:
        got = fetcher.get(link.url, kept and kept.etag, kept and kept.last_modified)
        http_status = got.http_status
        if got.body is None:
            record_fetch(db, link.url, "not modified", 304, where)
            return Path(kept.path), kept.sha256
        check_pdf(got.body)
        sha, path = store(got.body, folder)
    except FetchError as exc:
        record_fetch(db, link.url, "failed", exc.http_status or http_status, where, error=exc.message, kind=exc.kind)
        kind = "unreadable" if exc.kind in ("not a pdf", "too large", "encoding") else "network"
        return Failed(stage="fetch", kind=kind, message=exc.message)
    record_fetch(db, link.url, "ok", 200, where, {"etag": got.etag, "last_modified": got.last_modified,
                                                 "sha256": sha, "path": str(path)})
    return path, sha


def file_name(link: DocLink) -> str:
    """A readable name for the archive (never used as a path): the URL's PDF name, else the link's title."""
    name = unquote(urlsplit(link.url).path).rsplit("/", 1)[-1]
    return name if name.lower().endswith(".pdf") else f"{link.title or name}.pdf"


def platform_meeting(meeting: FoundMeeting) -> SourceMeeting:
    """The web service's view of a meeting in the adapters' common form."""
    ref, detail = meeting.ref, meeting.detail
    documents = [link.url for link in meeting.documents]
    if detail is None:
        return SourceMeeting(ref.id, ref.committee_id, ref.committee, ref.date, documents)
    return SourceMeeting(
        ref.id, ref.committee_id, ref.committee, detail.date or ref.date, documents, detailed=True,
        time=parse_time(detail.time), status=detail.status, location=detail.location,
        attendees=[SourceAttendee(a.name, a.status, a.member_id, a.role, a.party, a.ward) for a in detail.attendees],
        minutes=list(detail.minute_items))
