"""The `watch` pass: for each source, find new and changed PDFs, archive them, and say what happened.

A ModernGov document is identified by its URL (without cache-busters), so a re-issued pack or late minutes at the
same address replace the archived version whole; unchanged documents cost one conditional GET (304). Folders go
through the `ingest` flow. Every failure is logged where it happened (`fetches`, `ingest_errors`) and the pass goes
on; nothing archived is touched by a failed download.
"""

# No `from __future__ import annotations`: a served run gets the flow pickled by value, and Prefect validates its
# parameters against the annotations, which must then be real types rather than names.
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field, replace
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed
from prefect.task_runners import ProcessPoolTaskRunner
from sqlite_utils import Database

from ..archive import archived_sha256, open_archive
from ..archive.sources import (
    ensure_source_tables,
    last_fetch,
    mark_pass,
    meeting_documents,
    pdf_attendance,
    pdf_minute_numbers,
    record_crosscheck,
    record_fetch,
    record_meeting,
    remember_source,
    remembered_sources,
    web_meeting,
)
from ..sources.config import FolderSource, ModernGovSource, Source, SourceError, make_source
from ..sources.fetch import Fetcher, FetchError, FetchSettings, check_pdf, store
from ..sources.moderngov import Discovery, DocLink, FoundMeeting, compare, discover
from ..sources.moderngov_xml import parse_time
from .ingest import _archive, _warn, extract_file, ingest, one_line
from .report import Failure, IngestReport, StageError


@dataclass
class SourceReport:
    kind: str
    location: str
    documents: IngestReport
    meetings: int = 0
    in_pack: int = 0
    via: str = ""
    problems: list[str] = field(default_factory=list)
    """Pages that could not be read and filters that matched nothing (one line each)."""

    def summary(self) -> str:
        d = self.documents
        line = (f"{self.kind} {self.location}: {len(d.new)} new, {len(d.replaced)} changed, {len(d.unchanged)} "
                f"unchanged, {len(d.failed)} failed documents")
        if self.kind == "moderngov":
            line += f"; {self.meetings} meetings via {self.via}, {self.in_pack} reports taken only inside their pack"
        return line + (f"; {len(self.problems)} discovery problems" if self.problems else "")


@dataclass
class PassReport:
    sources: list[SourceReport] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed(self) -> list[Failure]:
        return [f for s in self.sources for f in s.documents.failed]

    @property
    def ok(self) -> bool:
        """Every document archived or unchanged, every page read, every filter matched."""
        return not self.failed and not any(s.problems for s in self.sources)

    def summary(self) -> str:
        return "\n".join([s.summary() for s in self.sources] + [f"pass took {self.seconds:.1f} s"])


def default_store(db_path: str) -> Path:
    """Downloaded PDFs live next to the archive: `archive.db` -> `archive-pdfs/`."""
    path = Path(db_path)
    return path.parent / f"{path.stem}-pdfs"


@flow(name="watch-pass", task_runner=ProcessPoolTaskRunner(max_workers=2))
def watch_pass(sources: list[Source], db_path: str, store_dir: str | None = None,
               fetch: FetchSettings | None = None, parallel: bool = True) -> PassReport:
    """One pass over `sources` into the archive `db_path`; ModernGov PDFs are kept under `store_dir`. New PDFs
    are extracted in two worker processes, or with `parallel=False` in the flow's thread (a pass often finds one
    or two new documents, and starting the workers costs seconds)."""
    started = time.perf_counter()
    report = PassReport()
    db = open_archive(db_path)
    ensure_source_tables(db)
    folder = Path(store_dir) if store_dir else default_store(db_path)
    for source in sources:
        source_id = remember_source(db, source.kind, source.location, source.model_dump(mode="json"))
        try:
            if isinstance(source, FolderSource):
                found = SourceReport("folder", source.path, ingest([source.path], db_path, source.council))
            else:
                found = moderngov_pass(db, db_path, source_id, source, folder, fetch or FetchSettings(), parallel,
                                       date.today())
        except Exception as exc:  # a bug or a full disk costs this source's pass, not the other sources'
            get_run_logger().exception("pass over %s failed", source.location)
            found = SourceReport(source.kind, source.location, IngestReport(), problems=[one_line(exc)])
        mark_pass(db, source_id)
        get_run_logger().info(found.summary())
        report.sources.append(found)
    db.close()
    report.seconds = time.perf_counter() - started
    return report


def moderngov_pass(db: Database, db_path: str, source_id: int, source: ModernGovSource, folder: Path,
                   settings: FetchSettings, parallel: bool, today: date) -> SourceReport:
    documents = IngestReport()
    with Fetcher(settings, origins=source.origins) as fetcher:
        found = discover_site(fetcher, source, today)
        _log_pages(db, source_id, found)
        for meeting in found.meetings:
            _remember_meeting(db, source_id, meeting)
        todo, seen = {}, set()
        for link in (link for meeting in found.meetings for link in meeting.documents):
            if link.url not in seen and (fetched := fetch_document(fetcher, db, source_id, link, folder, documents)):
                todo[link] = fetched
            seen.add(link.url)
    _extract_and_load(db, db_path, todo, source.council, parallel, documents)
    for meeting in found.meetings:
        if meeting.detail:
            record_crosscheck(db, crosscheck(db, source_id, meeting))
    return SourceReport("moderngov", source.url, documents, len(found.meetings),
                        sum(m.in_pack for m in found.meetings), found.via,
                        [f"{where}: {why}" for where, why in found.errors])


@task(cache_policy=NO_CACHE)
def discover_site(fetcher: Fetcher, source: ModernGovSource, today: date) -> Discovery:
    found = discover(fetcher, source, today)
    for where, why in found.errors:
        get_run_logger().warning("discover: %s: %s", where, why)
    return found


@task(cache_policy=NO_CACHE)
def fetch_document(fetcher: Fetcher, db: Database, source_id: int, link: DocLink, folder: Path,
                   report: IngestReport) -> tuple[Path, str] | None:
    """The stored PDF and its hash when `link` needs archiving; None when it is archived already or failed
    (listed in `report`, logged in `fetches`). A 304 counts as archived only if the archived version is the
    one fetched last time; otherwise the stored copy is archived again (an earlier extraction failed)."""
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
            sha, path = kept.sha256, Path(kept.path)
        else:
            check_pdf(got.body)
            sha, path = store(got.body, folder)
            record_fetch(db, link.url, "ok", 200, where, {"etag": got.etag, "last_modified": got.last_modified,
                                                         "sha256": sha, "path": str(path)})
    except FetchError as exc:
        record_fetch(db, link.url, "failed", exc.http_status or http_status, where, error=exc.message, kind=exc.kind)
        get_run_logger().warning("fetch: %s: %s", link.url, exc.message)
        report.failed.append(Failure(link.url, "fetch", exc.message))
        return None
    if archived_sha256(db, link.url) == sha:
        report.unchanged.append(link.url)
        return None
    return path, sha


def _extract_and_load(db: Database, db_path: str, todo: dict[DocLink, tuple[Path, str]], council: str | None,
                      parallel: bool, report: IngestReport) -> None:
    """Extract (in the flow's worker processes, or in its own thread), then validate and load one document at a
    time as `ingest` does, under the document's URL rather than its stored path."""
    for link, result in _extractions(todo, council, parallel):
        sha = todo[link][1]
        try:
            payload = result()
        except Exception as exc:  # an extractor bug or a lost worker: record it, keep the pass going
            _warn(db, report.failed, link.url, sha, StageError("extract", one_line(exc)))
            continue
        try:
            if "rows" in payload:  # archived under its URL
                rows = payload["rows"]
                payload["rows"] = replace(rows, document={**rows.document, "source": link.url,
                                                          "file_name": file_name(link)})
            _archive(db, db_path, payload, report)
        except StageError as exc:
            _warn(db, report.failed, link.url, sha, exc)
        except Exception as exc:  # a loader bug: record it, keep the pass going
            _warn(db, report.failed, link.url, sha, StageError("load", one_line(exc)))


def _extractions(todo: dict[DocLink, tuple[Path, str]], council: str | None,
                 parallel: bool) -> Iterator[tuple[DocLink, Callable[[], dict[str, Any]]]]:
    """Each link with a call giving its extraction payload, in the order extractions finish."""
    if not parallel:
        yield from ((link, partial(extract_file, path, council)) for link, (path, _) in todo.items())
        return
    futures = {extract_file.submit(path, council): link for link, (path, _) in todo.items()}
    yield from ((futures[future], future.result) for future in as_completed(list(futures)))


def file_name(link: DocLink) -> str:
    """A readable name for the archive (never used as a path): the URL's PDF name, else the link's title."""
    name = unquote(urlsplit(link.url).path).rsplit("/", 1)[-1]
    return name if name.lower().endswith(".pdf") else f"{link.title or name}.pdf"


def _log_pages(db: Database, source_id: int, found: Discovery) -> None:
    for page in found.pages:
        record_fetch(db, page.url, page.status, page.http_status, {"source": source_id, "role": "page"},
                     None if page.status == "failed" else {}, page.error, page.kind)


def _remember_meeting(db: Database, source_id: int, meeting: FoundMeeting) -> None:
    """Store the web service's view of a meeting (only when it answered: a failed GetMeeting keeps the last)."""
    detail = meeting.detail
    if detail is None:
        return
    ref = meeting.ref
    row = {"meeting_id": ref.id, "committee_id": ref.committee_id, "committee": ref.committee,
           "date": (detail.date or ref.date).isoformat() if (detail.date or ref.date) else None,
           "time": parse_time(detail.time), "status": detail.status, "location": detail.location}
    attendees = [{"member_id": a.member_id, "name": a.name, "status": a.status, "role": a.role, "party": a.party,
                  "ward": a.ward} for a in detail.attendees]
    minutes = [{"number": number, "title": title} for number, title in detail.minute_items]
    record_meeting(db, source_id, row, attendees, minutes)


def crosscheck(db: Database, source_id: int, meeting: FoundMeeting) -> dict[str, Any]:
    """The crosscheck row of one meeting: the web service's attendees and minute numbers against the records
    extracted from the committee's archived PDFs for the meeting's date."""
    ref = meeting.ref
    day = (meeting.detail.date or ref.date).isoformat() if (meeting.detail.date or ref.date) else ""
    documents = meeting_documents(db, source_id, ref.committee_id)
    web_people, web_numbers = web_meeting(db, source_id, ref.id)
    pdf_people = pdf_attendance(db, documents, day) if documents else []
    pdf_numbers = pdf_minute_numbers(db, documents, day) if documents else []
    row = compare(web_people, pdf_people, web_numbers, pdf_numbers)
    notes = []
    if web_people and not row["web_attendees"]:
        notes.append("web service has not recorded attendance yet")
    if not (pdf_people or pdf_numbers):
        notes.append("no PDF records for this meeting yet")
    return {"source": source_id, "meeting_id": ref.id, "committee": ref.committee, "meeting_date": day or None,
            "documents": len([link for link in meeting.documents if archived_sha256(db, link.url)]),
            **row, "note": "; ".join(notes) or None}


def run_once(sources: list[ModernGovSource | FolderSource], db_path: str, store_dir: str | None = None,
             fetch: FetchSettings | None = None, parallel: bool = True) -> PassReport:
    """One pass from a terminal (cron): Prefect's quiet defaults and a temporary API when none is configured."""
    from .api import prefect_api
    from .console import PREFECT_DEFAULTS

    for key, value in PREFECT_DEFAULTS.items():
        os.environ.setdefault(key, value)
    with prefect_api():
        return watch_pass(sources, db_path, store_dir, fetch, parallel)


def remembered(db_path: str) -> list[ModernGovSource | FolderSource]:
    """The sources an archive has watched before (so `watch --db archive.db` alone carries on)."""
    if not Path(db_path).is_file():
        return []
    db = open_archive(db_path)
    ensure_source_tables(db)
    try:
        return [make_source(config["kind"], config, db_path) for config in remembered_sources(db)]
    finally:
        db.close()


def serve(sources: list[ModernGovSource | FolderSource], db_path: str, every: timedelta,
          store_dir: str | None = None, fetch: FetchSettings | None = None, parallel: bool = True) -> None:
    """Serve the pass as a Prefect deployment run every `every` (needs a Prefect server: PREFECT_API_URL), one
    run at a time: a late pass waits rather than writing the archive beside another."""
    from prefect.settings import PREFECT_API_URL
    from prefect.types.entrypoint import EntrypointType

    if not PREFECT_API_URL.value():
        raise SourceError("--every needs a Prefect server: run `prefect server start` and set PREFECT_API_URL "
                          "(or use --once from cron)")
    parameters = {"sources": [s.model_dump(mode="json") for s in sources], "db_path": str(Path(db_path).resolve()),
                  "store_dir": str(Path(store_dir).resolve()) if store_dir else None,
                  "fetch": asdict(fetch) if fetch else None, "parallel": parallel}
    watch_pass.serve(name="minutebook-watch", interval=every, parameters=parameters, limit=1,
                     entrypoint_type=EntrypointType.MODULE_PATH)
