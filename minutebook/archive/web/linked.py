"""The views a served archive's tables are shown through: each record table, `pages` and `decisions` with a `pdf_url`
column (the served URL of the record's PDF page), and the searchable ones ranked by relevance.

They are TEMP views, made on each of Datasette's connections to the archive (`create`), because `pdf_url` is the
plugin's SQL function: it knows the `--pdf-dir` given at serve time, so the archive itself holds nothing that
depends on it and stays readable by any SQLite client. Datasette finds views in `sqlite_master` only; plugin.py
teaches its database to look in `sqlite_temp_master` too.
"""

from __future__ import annotations

import sqlite3

from ..schema import FTS, RECORD_COLUMNS
from ..topics import TABLE as DECISIONS_FTS

LINKED = {table: f"{table}_linked" for table in [*RECORD_COLUMNS, "pages", "decisions"]}
"""Table (or the decisions view) -> its view with `pdf_url`."""
FTS_TABLES = {**{table: f"{table}_fts" for table in FTS if table in LINKED}, "decisions": DECISIONS_FTS}
"""Table -> its full-text index (the decisions view's is the topic index)."""
FOUND = {table: f"{table}_found" for table in ("decisions", "minutes", "pages")}
"""Table -> its view ranked for a search: `relevance` (bm25, lower is better) and `search`, the index's own column
that a `search match ?` filter goes through to (it holds a cursor number, of no use to show)."""
HIDDEN_COLUMNS = {**{table: ("bbox", "ocr") for table in RECORD_COLUMNS}, "pages": ("ocr",)}
"""Columns a table page leaves out unless asked for (`_col=`): a record's box on the page, whether it was OCR'd."""


SHOWN = {**{view: table for table, view in LINKED.items()}, **{view: table for table, view in FOUND.items()},
         **{table: table for table in LINKED}}
"""Every name a table is requested or shown by (itself, its views) -> the table."""


def linked_sql(table: str) -> str:
    """The table's rows and the URL of each one's PDF page (looked up per row shown, so paging by offset skips
    rows without touching documents)."""
    return (f"select t.*, pdf_url((select d.source from main.documents d where d.id = t.document), t.page) "
            f"as pdf_url from main.[{table}] t")


def found_sql(table: str) -> str:
    fts = FTS_TABLES[table]
    return (f"select x.*, f.rank as relevance, f.[{fts}] as search from temp.[{LINKED[table]}] x "
            f"join main.[{fts}] f on f.rowid = x.id")


def create(conn: sqlite3.Connection) -> None:
    """Make the views on one connection to the archive (tables an older archive lacks are left out)."""
    present = {row[0] for row in conn.execute("select name from main.sqlite_master where type in ('table', 'view')")}
    for table, view in LINKED.items():
        if table in present:
            conn.execute(f"create temp view if not exists [{view}] as {linked_sql(table)}")
    for table, view in FOUND.items():
        if table in present and FTS_TABLES[table] in present:
            conn.execute(f"create temp view if not exists [{view}] as {found_sql(table)}")


def temp_view_sql(conn: sqlite3.Connection, name: str) -> str | None:
    row = conn.execute("select sql from sqlite_temp_master where type = 'view' and name = ?", [name]).fetchone()
    return row[0] if row else None
