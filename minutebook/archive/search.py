"""Full-text search over the archive: ranked hits with a highlighted snippet, their meeting and PDF page.

What a user types is read as FTS5 syntax (`OR`, `AND`, `NOT`, "a phrase", prefix*, parentheses, `-word` for
NOT) with every plain word quoted, so words such as covid-19 or 2024/25 are words, not syntax; a query SQLite
still cannot parse (an unclosed quote, a dangling operator) is a `QueryError` that says so."""

from __future__ import annotations

import re
import sqlite3
import threading
import weakref
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from typing import Any, TypeVar

from sqlite_utils import Database

from . import topics
from .opening import ArchiveError, open_readonly

MARK_START, MARK_END = "\x02", "\x03"
"""Snippet highlight markers: control characters never found in extracted text, swapped for markup on output."""

_PAGE_MEETING = ("(select l.meeting from document_meetings l join meetings lm on lm.id = l.meeting "
                 "where l.document = d.id order by lm.date desc limit 1)")
"""A page's meeting: its document's latest."""

# Per searchable type: its FTS table, the snippet's columns (the first that holds a match, followed by the first
# column where that is another: for a decision or a minute its wording, else its title (or a decision's meeting's
# body) then its wording; naming the columns costs FTS5 less than letting it choose, -1), and the hit's columns by
# record id. Search ranks
# on the FTS index alone, then makes snippets and joins only for the `limit` winners: bm25 and snippets are
# the expensive parts, and the joins would otherwise run for every match.
SOURCES: dict[str, tuple[str, tuple[int, ...], str]] = {
    "resolutions": ("decisions_fts", (1, 0, 2), """
        select x.id, x.minute_title as title, x.body, x.date, x.council, x.page, d.file_name, d.source, x.meeting
        from decisions x join documents d on d.id = x.document"""),
    "minutes": ("minutes_fts", (1, 0), """
        select mi.id, trim(mi.number || ' ' || mi.title) as title, m.body, coalesce(m.date, mi.meeting_date) as date,
          d.council, mi.page, d.file_name, d.source, mi.meeting
        from minutes mi join documents d on d.id = mi.document left join meetings m on m.id = mi.meeting"""),
    "pages": ("pages_fts", (0,), f"""
        select p.id, null as title, m.body, m.date, d.council, p.page, d.file_name, d.source, m.id as meeting
        from pages p join documents d on d.id = p.document left join meetings m on m.id = {_PAGE_MEETING}"""),
}
SEARCH_TYPES = tuple(SOURCES)
RANK_WINDOW = 1000
OLDER = ("the archive was made before decisions were indexed by topic: any command that writes to it "
         "(`minutebook ingest`, `remove`, `alerts`) indexes them")
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
    meeting: int | None
    rank: float
    id: int = 0
    """The record's id in its table (for pages, the page row's)."""

    @property
    def link(self) -> str:
        return f"{self.file_name}#page={self.page}" if self.page else self.file_name

    def highlighted(self, start: str, end: str) -> str:
        return self.snippet.replace(MARK_START, start).replace(MARK_END, end)

    def to_json_dict(self) -> dict[str, Any]:
        return {**asdict(self), "snippet": self.highlighted("<mark>", "</mark>"), "link": self.link}


class QueryError(ValueError):
    """A search SQLite cannot parse, with what to do about it."""


OPERATORS = ("OR", "AND", "NOT")
_TOKEN = re.compile(r'"[^"]*"?\*?|[()]|[^\s()"]+')


def fts_query(text: str) -> str:
    """The FTS5 query for what a user typed: operators, parentheses and "phrases" kept, every other word quoted
    (a trailing * kept as a prefix), AND put between operands FTS5 would not join itself, `-word` read as NOT word.
    Malformed syntax is left for SQLite to report."""
    out: list[str] = []
    for token in _TOKEN.findall(text):
        after_operand = bool(out) and out[-1] not in (*OPERATORS, "(")
        if token in (*OPERATORS, ")"):
            out.append(token)
            continue
        if token.startswith("-") and len(token) > 1 and after_operand:
            out.append("NOT")
            token, after_operand = token[1:], False
        out += ["AND"] if after_operand else []
        out.append(token if token == "(" or token.startswith('"') else _word(token))
    return " ".join(out)


def _word(token: str) -> str:
    word = token.rstrip("*")
    return f'"{word}"' + ("*" if word != token and word else "")


def syntax_error(exc: sqlite3.Error) -> QueryError | None:
    """The QueryError for SQLite's complaint about a full-text query, or None for any other error."""
    message = str(exc)
    if not any(sign in message for sign in ("fts5", "unterminated string", "malformed MATCH")):
        return None
    return QueryError(f"the search could not be understood ({message}): use words, \"a phrase\", word*, "
                      "OR, NOT and parentheses, with every quote and parenthesis closed")


def _recent_matches(db: Database, table: str, query: str) -> str:
    """A rowid floor keeping the RANK_WINDOW most recently archived matches, or '' when there are fewer.

    bm25 costs about a microsecond per match, so a common word over a million records would take tens of
    milliseconds to rank; ranking the newest matches keeps search instant and favours recent documents."""
    row = db.execute(f"select rowid from {table} where {table} match ? order by rowid desc limit 1 offset ?",
                     [query, RANK_WINDOW - 1]).fetchone()
    return f"and rowid >= {int(row[0])}" if row else ""


def _ranking(kind: str, narrow: str) -> str:
    """SQL for the best `:limit` (type, id, rank) of one type among its matches that `narrow` keeps."""
    table = SOURCES[kind][0]
    weights = "".join(f", {w}" for w in topics.WEIGHTS) if table == topics.TABLE else ""
    # bm25() by hand, not FTS5's `rank` (the same figure): its sorter costs about half as much again per match
    return (f"select * from (select '{kind}' as type, rowid as id, bm25({table}{weights}) as rank from {table} "
            f"where {table} match :query {narrow} order by 3 limit :limit)")


def _narrowing(db: Database, kind: str, query: str, where: str) -> str:
    """The matches of one type a search ranks: those its filters keep, else the RANK_WINDOW newest."""
    table, _, columns = SOURCES[kind]
    if where:
        return f"and +rowid in (select x.id from ({columns}) as x where 1{where})"
    return _recent_matches(db, table, query)


def _hits(db: Database, kind: str, ranked: list[tuple[int, float]], query: str, window: str) -> list[Hit]:
    """The ranked ids as hits with snippets. Within the newest matches' `window`, FTS5 walks those few matches and
    the ids are a plain filter (`+rowid`); each id given to FTS5 itself costs a seek through every index segment."""
    table, snippet_columns, columns = SOURCES[kind]
    ids = ", ".join(str(int(i)) for i, _ in ranked)
    rows = {row["id"]: row for row in db.query(f"select * from ({columns}) where id in ({ids})")}
    snippets = ", ".join(f"snippet({table}, {column}, :start, :end, '…', 16)" for column in snippet_columns)
    found = {row[0]: row[1:] for row in db.execute(
        f"select rowid, {snippets} from {table} where {table} match :query {window} "
        f"and {'+' if window else ''}rowid in ({ids})", {"start": MARK_START, "end": MARK_END, "query": query})}
    hits = []
    for row_id, rank in ranked:
        if row_id not in rows:  # removed since it was ranked (another connection ranked it)
            continue
        texts = [text or "" for text in found.get(row_id, [""])]
        marked = next((text for text in texts if MARK_START in text), texts[0])
        snippet = marked if marked == texts[0] else f"{marked} — {texts[0]}"  # the match, then the wording
        row = {k: v for k, v in rows[row_id].items() if k != "id"}
        hits.append(Hit(type=kind, snippet=snippet, rank=rank, id=row_id, **row))
    return hits


def query_problem(text: str) -> str | None:
    """Why SQLite cannot parse what the user typed as a full-text search (a QueryError's message), or None."""
    probe = sqlite3.connect(":memory:")
    try:
        probe.execute("create virtual table probe using fts5(text)")
        probe.execute("select rowid from probe where probe match ?", [fts_query(text) or '""']).fetchall()
    except sqlite3.OperationalError as exc:
        error = syntax_error(exc)
        return str(error) if error else None
    finally:
        probe.close()
    return None


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
    except sqlite3.DatabaseError as exc:  # malformed syntax; else a damaged file, or tables not the archive's
        if error := syntax_error(exc):
            raise error from None
        if "no such table: decisions_fts" in str(exc):
            raise ArchiveError(OLDER) from None
        raise ArchiveError(f"the archive cannot be searched ({' '.join(str(exc).split())[:200]}); "
                           "`minutebook check --db FILE` says more") from exc


def _search(db: Database, query: str, types: tuple[str, ...], council: str | None, since: str | None,
            limit: int) -> list[Hit]:
    where = (" and x.council = :council" if council else "") + (" and x.date >= :since" if since else "")
    params = {"query": query, "council": council, "since": since, "limit": limit}
    readers = _Readers.of(db) if len(types) > 1 else _Serial(db)

    def ranking(conn: Database, kind: str) -> tuple[str, list[tuple[str, int, float]]]:
        narrow = _narrowing(conn, kind, query, where)
        return narrow, conn.execute(_ranking(kind, narrow), params).fetchall()

    ranked = dict(zip(types, readers.map(ranking, types), strict=True))
    best = sorted((found for _, rows in ranked.values() for found in rows), key=lambda found: found[2])[:limit]
    winners = [(kind, part) for kind in types for part in readers.share([(i, r) for t, i, r in best if t == kind])]
    hits = readers.map(lambda conn, won: _hits(conn, won[0], won[1], query, "" if where else ranked[won[0]][0]),
                       winners)
    return sorted((hit for found in hits for hit in found), key=lambda hit: hit.rank)


Item, T = TypeVar("Item"), TypeVar("T")


class _Readers:
    """Read-only connections to an archive file, one per worker thread, so a search over several types ranks each
    type's index, and makes each half of a type's hits, at the same time (SQLite runs without the GIL). Kept while
    the caller's Database is; a Database in memory, or in a transaction whose writes other connections cannot see
    yet, is searched on its own connection, one type after another."""

    _open: weakref.WeakKeyDictionary[Database, _Readers] = weakref.WeakKeyDictionary()

    def __init__(self, path: str) -> None:
        self.path = path
        self.local = threading.local()
        self.pool = ThreadPoolExecutor(len(SOURCES), thread_name_prefix="minutebook-search")

    @classmethod
    def of(cls, db: Database) -> _Readers | _Serial:
        file = next((row[2] for row in db.execute("pragma database_list") if row[1] == "main"), "")
        if not file or db.conn.in_transaction:
            return _Serial(db)
        readers = cls._open.get(db)
        if readers is None or readers.path != file:
            readers = cls._open[db] = cls(file)
        return readers

    def map(self, work: Callable[[Database, Item], T], items: Iterable[Item]) -> list[T]:
        return list(self.pool.map(lambda item: work(self._connection(), item), items))

    @staticmethod
    def share(hits: list[T]) -> list[list[T]]:
        """A type's winners in two halves, one per core: snippets of long minutes cost most of making hits."""
        half = (len(hits) + 1) // 2
        return [part for part in (hits[:half], hits[half:]) if part]

    def _connection(self) -> Database:
        if not hasattr(self.local, "db"):
            self.local.db = open_readonly(self.path)
        return self.local.db


@dataclass(frozen=True)
class _Serial:
    """The types one after another on the caller's own connection."""

    db: Database

    def map(self, work: Callable[[Database, Item], T], items: Iterable[Item]) -> list[T]:
        return [work(self.db, item) for item in items]

    @staticmethod
    def share(hits: list[T]) -> list[list[T]]:
        return [hits] if hits else []
