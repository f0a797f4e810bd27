"""Pages of the served archive: a meeting, a person, a council, an indicator series, and the councils as a way in.

Server-rendered from the templates in `templates/` (Datasette's Jinja environment, autoescaped; no JavaScript):
each record links to its PDF page in a new tab. An id that is not an archived row's (or not an integer) answers
404 with a readable page.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from datasette.utils.asgi import Response
from jinja2 import ChoiceLoader, FileSystemLoader, FunctionLoader

from ..meetings import ROLES
from .chart import line_chart, period_length

TEMPLATES = Path(__file__).parent / "templates"
STATUSES = {"present": "Present", "member": "Members", "apologies": "Apologies", "absent": "Absent",
            "in_attendance": "In attendance"}
"""Attendance statuses in the order a meeting page lists them, with their headings."""
AS_MEMBER = {"present", "member", "apologies", "absent"}
"""Statuses that list someone as a member of the meeting (not an officer or guest in attendance)."""
SIDES = ("for", "against", "abstain")
ID = re.compile(r"[0-9]{1,18}")
"""An id: ASCII digits that fit SQLite's integer (not '①', '١' or 20 digits, which int() or SQLite refuse)."""
TABLE_PAGE = re.compile(r"table-.+\.html")
MEETINGS_SHOWN = 500
LATEST_DECISIONS = 20

PageLink = Callable[[str, int], "str | None"]
"""(document source, page) -> the URL of that PDF page, or None where it is not served."""


def add_templates(datasette) -> None:
    """Our templates after Datasette's own (a --template-dir still overrides them), and every table page as
    minutebook_table.html (Datasette asks for `table-<database>-<table>.html` before its own table.html)."""
    loader = datasette.jinja_env.loader
    if not getattr(loader, "minutebook", False):
        datasette.jinja_env.loader = ChoiceLoader([loader, FileSystemLoader(str(TEMPLATES)), _TablePages()])
        datasette.jinja_env.loader.minutebook = True


class _TablePages(FunctionLoader):
    """`table-<database>-<table>.html` as minutebook_table.html (listed as no templates: they are any table's)."""

    def __init__(self) -> None:
        super().__init__(lambda name: '{% extends "minutebook_table.html" %}' if TABLE_PAGE.fullmatch(name) else None)

    def list_templates(self) -> list[str]:
        return []


def routes(database: str, page_link: PageLink) -> list[tuple[str, Callable]]:
    """The pages' (regex, view) pairs for register_routes."""
    views = {"meeting": meeting_context, "person": person_context, "council": council_context,
             "series": series_context}

    def view(kind: str, find: Callable):
        async def render(datasette, request):
            raw = request.url_vars["id"]
            db = datasette.get_database(database)
            wanted = int(raw) if ID.fullmatch(raw) else None
            context = None if wanted is None else await find(db, wanted, Links(datasette, database, page_link))
            if context is None:
                return await _missing(datasette, request, kind, raw)
            return Response.html(await datasette.render_template(f"minutebook_{kind}.html", context, request))

        return render

    async def councils(datasette, request):
        context = await councils_context(datasette.get_database(database), Links(datasette, database, page_link))
        return Response.html(await datasette.render_template("minutebook_councils.html", context, request))

    return [(rf"^/{kind}/(?P<id>[^/]+)$", view(kind, find)) for kind, find in views.items()] + [
        (r"^/councils$", councils)]


async def _missing(datasette, request, kind: str, raw: str) -> Response:
    html = await datasette.render_template("minutebook_missing.html", {"kind": kind, "id": raw}, request)
    return Response.html(html, status=404)


class Links:
    """URLs of the pages, of Datasette's tables and of PDF pages, under Datasette's base_url."""

    def __init__(self, datasette, database: str, page_link: PageLink) -> None:
        self.datasette, self.database, self.page_link = datasette, database, page_link
        self.sources: dict[int, str] = {}
        self._served: dict[int, str | None] = {}

    def page(self, kind: str, id_: int | None) -> str | None:
        return None if id_ is None else self.datasette.urls.path(f"/{kind}/{id_}")

    def table(self, table: str, **where: Any) -> str:
        return self.datasette.urls.table(self.database, table) + (f"?{urlencode(where)}" if where else "")

    def pdf(self, document: int | None, page: int | None) -> str | None:
        """The PDF page's URL: the document's served address worked out once (it resolves paths on disk)."""
        source = self.sources.get(document)
        if source is None or page is None:
            return None
        if document not in self._served:
            url = self.page_link(source, 1)
            self._served[document] = url and url.rsplit("#", 1)[0]
        return self._served[document] and f"{self._served[document]}#page={page}"


async def _rows(db, sql: str, params: list) -> list[dict[str, Any]]:
    return [dict(row) for row in (await db.execute(sql, params)).rows]


async def _one(db, sql: str, params: list) -> dict[str, Any] | None:
    rows = await _rows(db, sql, params)
    return rows[0] if rows else None


async def _learn_sources(db, links: Links, rows: list[dict[str, Any]]) -> None:
    """Remember the sources of the documents `rows` cite, for their PDF links."""
    wanted = sorted({row["document"] for row in rows if row.get("document") is not None} - set(links.sources))
    if wanted:
        marks = ",".join("?" * len(wanted))
        found = await _rows(db, f"select id, source from documents where id in ({marks})", wanted)
        links.sources.update({row["id"]: row["source"] for row in found})


_ROLE_ORDER = "case dm.role " + " ".join(f"when '{role}' then {i}" for i, role in enumerate(ROLES)) + " else 9 end"


async def meeting_context(db, id_: int, links: Links) -> dict[str, Any] | None:
    meeting = await _one(db, "select m.*, c.id as council_id from meetings m left join councils c "
                             "on c.name = m.council where m.id = ?", [id_])
    if meeting is None:
        return None
    documents = await _rows(db, f"""select d.id as document, d.file_name, d.kind, dm.role, 1 as page
        from document_meetings dm join documents d on d.id = dm.document where dm.meeting = ?
        order by {_ROLE_ORDER}, d.file_name""", [id_])
    attendance = await _rows(db, """select a.*, p.name as person_name from attendance a
        left join people p on p.id = a.person where a.meeting = ? order by a.id""", [id_])
    agenda = await _rows(db, "select * from agenda_items where meeting = ? order by id", [id_])
    minutes = await _rows(db, "select * from minutes where meeting = ? order by id", [id_])
    decisions = await _rows(db, "select * from resolutions where meeting = ? order by id", [id_])
    votes = await _rows(db, "select * from votes where meeting = ? order by id", [id_])
    conflicts = await _rows(db, """select c.*, d.file_name, o.file_name as other_file_name from conflicts c
        join documents d on d.id = c.document join documents o on o.id = c.other_document where c.meeting = ?
        order by c.id""", [id_])
    await _named(db, votes)
    copies = [copy for table, rows in (("minutes", minutes), ("resolutions", decisions), ("votes", votes),
                                       ("agenda_items", agenda)) for copy in await _copies(db, table, rows)]
    others = [{"document": c["other_document"]} for c in conflicts]
    await _learn_sources(db, links, [meeting, *documents, *attendance, *agenda, *minutes, *decisions, *votes,
                                     *conflicts, *others, *copies])
    return {"meeting": meeting, "documents": documents, "attendance": _by_status(attendance), "agenda": agenda,
            "conflicts": conflicts, "council_crumb": {"id": meeting["council_id"], "name": meeting["council"]},
            "minutes": _under_minutes(minutes, decisions, votes), "links": links,
            "title": f"{meeting['body'] or 'Meeting'}, {meeting['date'] or 'undated'}"}


async def _named(db, votes: list[dict[str, Any]]) -> None:
    """Each vote gains `sides`: [(side, [{name, person}...])] of its named votes, for, against, abstain first."""
    ids = [vote["id"] for vote in votes]
    names = await _rows(db, f"select * from vote_names where vote in ({','.join('?' * len(ids))}) order by id",
                        ids) if ids else []
    for vote in votes:
        mine = [n for n in names if n["vote"] == vote["id"]]
        sides = sorted({n["side"] for n in mine}, key=lambda s: (SIDES.index(s) if s in SIDES else 9, s or ""))
        vote["sides"] = [(side, [n for n in mine if n["side"] == side]) for side in sides]


async def _copies(db, table: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each row gains `copies`: the pages of its other documents that print it too (record_sources)."""
    ids = [row["id"] for row in rows]
    found = await _rows(db, f"""select s.record, s.document, s.page, d.file_name from record_sources s
        join documents d on d.id = s.document where s.table_name = ? and s.record in ({','.join('?' * len(ids))})
        order by s.record, d.file_name, s.page""", [table, *ids]) if ids else []
    for row in rows:
        row["copies"] = [copy for copy in found if copy["record"] == row["id"]]
    return found


def _by_status(attendance: list[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    order = list(STATUSES)
    statuses = sorted({a["status"] for a in attendance}, key=lambda s: (order.index(s) if s in order else 9, s or ""))
    return [(STATUSES.get(s, s or "Listed"), [a for a in attendance if a["status"] == s]) for s in statuses]


def _under_minutes(minutes: list[dict], decisions: list[dict], votes: list[dict]) -> list[dict[str, Any]]:
    """Each minute with its decisions and votes; those under no minute of the meeting come last, untitled."""
    ids = {minute["id"] for minute in minutes}
    grouped = [{**minute, "decisions": [d for d in decisions if d["minute"] == minute["id"]],
                "votes": [v for v in votes if v["minute"] == minute["id"]]} for minute in minutes]
    loose = {"decisions": [d for d in decisions if d["minute"] not in ids],
             "votes": [v for v in votes if v["minute"] not in ids]}
    return grouped + ([{"id": None, **loose}] if loose["decisions"] or loose["votes"] else [])


async def person_context(db, id_: int, links: Links) -> dict[str, Any] | None:
    person = await _one(db, "select p.*, c.id as council_id from people p left join councils c "
                            "on c.name = p.council where p.id = ?", [id_])
    if person is None:
        return None
    meetings = await _rows(db, """select a.meeting, m.date, m.body, m.body_key, a.status, a.role, a.name as printed,
        a.document, a.page from attendance a left join meetings m on m.id = a.meeting where a.person = ?
        order by m.date, m.body, a.id""", [id_])
    votes = await _rows(db, """select n.side, n.name as printed, v.id, v.motion, v.result, v.minute_number,
        mi.title as minute_title, v.document, v.page, v.meeting, m.date, m.body
        from vote_names n join votes v on v.id = n.vote left join meetings m on m.id = v.meeting
        left join minutes mi on mi.id = v.minute where n.person = ? order by m.date, v.id""", [id_])
    await _learn_sources(db, links, [*meetings, *votes])
    aliases = [a for a in _json_list(person["aliases"]) if a != person["name"]]
    roles = sorted({m["role"] for m in meetings if m["role"]})
    return {"person": person, "aliases": aliases, "roles": roles, "meetings": meetings, "votes": votes,
            "record": attendance_record(meetings), "links": links, "title": person["name"],
            "council_crumb": {"id": person["council_id"], "name": person["council"]}}


def _json_list(text: str | None) -> list[str]:
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []


def attendance_record(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per body (its spellings as one, named as at its latest meeting): of the meetings where the person was
    listed as a member (present, member, apologies or absent), how many they were present at."""
    bodies: dict[str, dict[int, set[str]]] = {}
    names: dict[str, str] = {}
    for row in rows:  # in date order
        if row["status"] in AS_MEMBER and row["meeting"] is not None:
            key = row["body_key"] or row["body"] or ""
            bodies.setdefault(key, {}).setdefault(row["meeting"], set()).add(row["status"])
            names[key] = row["body"] or ""
    record = [{"body": names[key], "attended": sum("present" in s for s in meetings.values()), "of": len(meetings)}
              for key, meetings in bodies.items()]
    return sorted(record, key=lambda r: r["body"])


async def council_context(db, id_: int, links: Links) -> dict[str, Any] | None:
    council = await _one(db, "select * from councils where id = ?", [id_])
    if council is None:
        return None
    name = council["name"]
    # a body's spellings as one, named as at its latest meeting (SQLite takes a bare column from max()'s row)
    bodies = await _rows(db, """select body, max(date) as last, count(*) as meetings, min(date) as first
        from meetings where council = ? group by coalesce(body_key, body) order by body""", [name])
    meetings = await _rows(db, """select id, date, time, body, venue from meetings where council = ?
        order by date desc, body limit ?""", [name, MEETINGS_SHOWN + 1])
    decisions = await _rows(db, """select r.id, r.outcome, r.text, r.document, r.page, r.minute_number,
        mi.title as minute_title, m.id as meeting, m.date, m.body from resolutions r
        join meetings m on m.id = r.meeting left join minutes mi on mi.id = r.minute where m.council = ?
        order by m.date desc, r.id limit ?""", [name, LATEST_DECISIONS])
    series = await _rows(db, """select s.id, s.code, s.name, count(i.id) as values_ from indicator_series s
        left join indicators i on i.series = s.id where s.council = ? group by s.id order by s.code, s.name""",
                         [name])
    # attendance rows, not distinct meetings: counted from the index alone (200k rows of Kent x 256 in 20 ms, not 900)
    people = await _rows(db, """select p.id, p.name, p.kind,
        (select count(*) from attendance a where a.person = p.id) as listed from people p where p.council = ?
        order by p.kind = 'officer', p.surname, p.name""", [name])
    await _learn_sources(db, links, decisions)
    return {"council": council, "bodies": bodies, "meetings": meetings[:MEETINGS_SHOWN],
            "more_meetings": len(meetings) > MEETINGS_SHOWN, "decisions": decisions, "series": series,
            "people": people, "links": links, "title": name}


async def councils_context(db, links: Links) -> dict[str, Any]:
    councils = await _rows(db, """select c.id, c.name, c.kind,
        (select count(*) from meetings m where m.council = c.name) as meetings,
        (select count(*) from people p where p.council = c.name) as people from councils c order by c.name""", [])
    unattributed = (await _one(db, "select count(*) as n from meetings where council is null", []))["n"]
    return {"councils": councils, "unattributed": unattributed, "links": links, "title": "Councils"}


async def series_context(db, id_: int, links: Links) -> dict[str, Any] | None:
    series = await _one(db, "select s.*, c.id as council_id from indicator_series s left join councils c "
                            "on c.name = s.council where s.id = ?", [id_])
    if series is None:
        return None
    values = await _rows(db, """select i.*, d.file_name from indicators i join documents d on d.id = i.document
        where i.series = ? order by i.period_end is null, i.period_end, i.period_start, i.document, i.id""", [id_])
    await _learn_sources(db, links, values)
    lines: dict[str, list[tuple[date, float]]] = {}
    for v in values:
        if v["period_end"] and isinstance(v["value"], int | float):
            lines.setdefault(period_length(v["period_start"], v["period_end"]), []).append(
                (date.fromisoformat(v["period_end"]), float(v["value"])))
    units = sorted({v["unit"] for v in values if v["unit"]})
    plotted = sum(len(line) for line in lines.values())
    return {"series": series, "values": values, "chart": line_chart(lines, ", ".join(units)),
            "unplotted": len(values) - plotted, "links": links,
            "council_crumb": {"id": series["council_id"], "name": series["council"]},
            "title": series["name"] or series["code"] or f"Series {id_}"}
