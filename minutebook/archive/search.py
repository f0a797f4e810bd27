"""Full-text search over the archive: ranked hits with a highlighted snippet, their meeting and PDF page."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import asdict, dataclass
from typing import Any

from sqlite_utils import Database

from .opening import ArchiveError

MARK_START, MARK_END = "\x02", "\x03"
"""Snippet highlight markers: control characters never found in extracted text, swapped for markup on output."""

_PAGE_MEETING = ("(select m.{col} from document_meetings l join meetings m on m.id = l.meeting "
                 "where l.document = d.id order by m.date desc limit 1)")

# Per searchable type: its FTS table, the snippet's column, and the hit's columns by record id. Search ranks
# on the FTS index alone, then makes snippets and joins only for the `limit` winners: bm25 and snippets are
# the expensive parts, and the joins would otherwise run for every match.
SOURCES: dict[str, tuple[str, int, str]] = {
    "resolutions": ("resolutions_fts", 0, """
        select x.id, x.minute_title as title, x.body, x.date, x.council, x.page, d.file_name, d.source
        from decisions x join documents d on d.id = x.document"""),
    "minutes": ("minutes_fts", -1, """
        select mi.id, trim(mi.number || ' ' || mi.title) as title, m.body, coalesce(m.date, mi.meeting_date) as date,
          d.council, mi.page, d.file_name, d.source
        from minutes mi join documents d on d.id = mi.document left join meetings m on m.id = mi.meeting"""),
    "pages": ("pages_fts", 0, f"""
        select p.id, null as title, {_PAGE_MEETING.format(col="body")} as body,
          {_PAGE_MEETING.format(col="date")} as date, d.council, p.page, d.file_name, d.source
        from pages p join documents d on d.id = p.document"""),
}
SEARCH_TYPES = tuple(SOURCES)
RANK_WINDOW = 1000
MAX_LIMIT = 10_000
"""Most hits one search returns (a larger limit is taken as this; SQLite's integers end at 2**63)."""


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


def _recent_matches(db: Database, table: str, query: str) -> str:
    """A rowid floor keeping the RANK_WINDOW most recently archived matches, or '' when there are fewer.

    bm25 costs about a microsecond per match, so a common word over a million records would take tens of
    milliseconds to rank; ranking the newest matches keeps search instant and favours recent documents."""
    row = db.execute(f"select rowid from {table} where {table} match ? order by rowid desc limit 1 offset ?",
                     [query, RANK_WINDOW - 1]).fetchone()
    return f"and rowid >= {int(row[0])}" if row else ""


def _ranking(db: Database, kind: str, query: str, where: str) -> str:
    """SQL for the best `:limit` (type, id, rank) of one type: filters via its columns, else the index alone."""
    table, _, columns = SOURCES[kind]
    narrow = (f"and rowid in (select x.id from ({columns}) as x where 1{where})" if where
              else _recent_matches(db, table, query))
    return (f"select * from (select '{kind}' as type, rowid as id, rank from {table} where {table} match :query "
            f"{narrow} order by rank limit :limit)")


def _hits(db: Database, kind: str, ranked: list[tuple[int, float]], query: str) -> list[Hit]:
    table, column, columns = SOURCES[kind]
    rows = {row["id"]: row for row in db.query(
        f"select * from ({columns}) where id in ({', '.join(str(int(i)) for i, _ in ranked)})")}
    hits = []
    for row_id, rank in ranked:
        snippet = db.execute(f"select snippet({table}, {column}, ?, ?, '…', 16) from {table} "
                             f"where {table} match ? and rowid = ?", [MARK_START, MARK_END, query, row_id]).fetchone()
        row = {k: v for k, v in rows[row_id].items() if k != "id"}
        hits.append(Hit(type=kind, snippet=snippet[0] if snippet else "", rank=rank, **row))
    return hits


def search(db: Database, phrase: str, types: tuple[str, ...] = SEARCH_TYPES, council: str | None = None,
           since: str | None = None, limit: int = 20) -> list[Hit]:
    """Best `limit` hits (at most MAX_LIMIT) over `types`, best first (FTS5 bm25 rank), filtered by council and
    meeting date >= since.

    Unfiltered searches rank the RANK_WINDOW newest matches of each type; filtered ones rank every match."""
    query = fts_query(phrase)
    if not query:
        return []
    try:
        return _search(db, query, types, council, since, max(1, min(limit, MAX_LIMIT)))
    except sqlite3.DatabaseError as exc:  # a damaged file, or tables that are not the archive's
        raise ArchiveError(f"the archive cannot be searched ({' '.join(str(exc).split())[:200]}); "
                           "`minutebook check --db FILE` says more") from exc


def _search(db: Database, query: str, types: tuple[str, ...], council: str | None, since: str | None,
            limit: int) -> list[Hit]:
    where = (" and x.council = :council" if council else "") + (" and x.date >= :since" if since else "")
    union = " union all ".join(_ranking(db, kind, query, where) for kind in types)
    best = db.execute(f"select type, id, rank from ({union}) order by rank limit :limit",
                      {"query": query, "council": council, "since": since, "limit": limit}).fetchall()
    hits = [hit for kind in types if (ranked := [(i, r) for t, i, r in best if t == kind])
            for hit in _hits(db, kind, ranked, query)]
    return sorted(hits, key=lambda hit: hit.rank)
