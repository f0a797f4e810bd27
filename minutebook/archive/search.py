"""Full-text search over the archive: ranked hits with a highlighted snippet, their meeting and PDF page."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from sqlite_utils import Database

MARK_START, MARK_END = "\x02", "\x03"
"""Snippet highlight markers: control characters never found in extracted text, swapped for markup on output."""

_PAGE_MEETING = "(select {col} from meetings where document = d.id order by date desc limit 1)"

QUERIES: dict[str, str] = {
    "resolutions": """
        select 'resolutions' as type, snippet(resolutions_fts, 0, :start, :end, '…', 16) as snippet,
          x.minute_title as title, x.body, x.date, x.council, x.page, d.file_name, d.source, resolutions_fts.rank
        from resolutions_fts join decisions x on x.id = resolutions_fts.rowid join documents d on d.id = x.document
        where resolutions_fts match :query""",
    "minutes": """
        select 'minutes' as type, snippet(minutes_fts, -1, :start, :end, '…', 16) as snippet,
          trim(mi.number || ' ' || mi.title) as title, m.body, coalesce(m.date, mi.meeting_date) as date,
          d.council, mi.page, d.file_name, d.source, minutes_fts.rank
        from minutes_fts join minutes mi on mi.id = minutes_fts.rowid join documents d on d.id = mi.document
          left join meetings m on m.id = mi.meeting
        where minutes_fts match :query""",
    "pages": f"""
        select 'pages' as type, snippet(pages_fts, 0, :start, :end, '…', 16) as snippet, null as title,
          {_PAGE_MEETING.format(col="body")} as body, {_PAGE_MEETING.format(col="date")} as date,
          d.council, p.page, d.file_name, d.source, pages_fts.rank
        from pages_fts join pages p on p.id = pages_fts.rowid join documents d on d.id = p.document
        where pages_fts match :query""",
}
SEARCH_TYPES = tuple(QUERIES)


@dataclass(frozen=True)
class Hit:
    type: str
    snippet: str
    title: str | None
    body: str | None
    date: str | None
    council: str | None
    page: int | None
    file_name: str
    source: str
    rank: float

    @property
    def link(self) -> str:
        return f"{self.file_name}#page={self.page}" if self.page else self.file_name

    def highlighted(self, start: str, end: str) -> str:
        return self.snippet.replace(MARK_START, start).replace(MARK_END, end)

    def to_json_dict(self) -> dict[str, Any]:
        return {**asdict(self), "snippet": self.highlighted("<mark>", "</mark>"), "link": self.link}


def fts_query(phrase: str) -> str:
    """Each word quoted, so user text never trips FTS5 syntax (as Datasette's `_search` does): all words must match."""
    return " ".join('"' + word.replace('"', '""') + '"' for word in re.findall(r"[^\s\"]+", phrase))


def search(db: Database, phrase: str, types: tuple[str, ...] = SEARCH_TYPES, council: str | None = None,
           since: str | None = None, limit: int = 20) -> list[Hit]:
    """Best `limit` hits over `types`, best first (FTS5 bm25 rank), filtered by council and meeting date >= since."""
    query = fts_query(phrase)
    if not query:
        return []
    where = (" and x.council = :council" if council else "") + (" and x.date >= :since" if since else "")
    sql = " union all ".join(f"select * from ({QUERIES[t]}) as x where 1{where}" for t in types)
    params = {"start": MARK_START, "end": MARK_END, "query": query, "council": council, "since": since}
    rows = db.query(f"{sql} order by rank limit :limit", {**params, "limit": limit})
    return [Hit(**row) for row in rows]
