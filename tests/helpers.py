"""Helpers shared by the tests (fixtures live in conftest.py): invented documents, whole-archive dumps for
comparing archives, a small pack to render, a free port."""

from __future__ import annotations

import hashlib
import socket
from pathlib import Path

from minutebook.schemas import Document

PACK = """<html><body><h1>Example Borough Council</h1><h2>Cabinet</h2><p>Date: 12 March 2025</p>
<p>{words}</p><div style="page-break-before: always"><p>The second page mentions {marker}.</p></div></body></html>"""


def invented_document(name: str, kind: str = "minutes", council: str | None = None, pages: int = 1,
                      folder: str | Path | None = None, version: str = "") -> Document:
    """The Document of an invented file, for Extractions built from the schemas (no PDF read): its hash made from
    its name (and `version`: new bytes of the same file), its source the name (in `folder`, if given)."""
    return Document(sha256=hashlib.sha256(f"{name}{version}".encode()).hexdigest(), file_name=name, pages=pages,
                    kind=kind, source=str(Path(folder) / name) if folder else name, council=council)


def dump(db) -> dict[str, list[tuple]]:
    """Every row of every table and view, for comparing whole archives (but decisions_ranked, whose `search`
    column is a cursor number: its rows are those of decisions)."""
    names = db.table_names() + [name for name in db.view_names() if name != "decisions_ranked"]
    return {name: db.execute(f"select * from [{name}] order by 1").fetchall() for name in names
            if not name.endswith(("_fts_data", "_fts_idx", "_fts_docsize", "_fts_config"))}


def without_times(rows: dict[str, list[tuple]]) -> dict[str, list[tuple]]:
    """Rows with the load timestamps of documents (ingested_at) blanked."""
    return {name: [tuple(v for v in row if not (isinstance(v, str) and v.startswith("20") and "T" in v[:11]))
                   for row in table] for name, table in rows.items()}


def archive_rows(db) -> dict[str, list[str]]:
    """Every table's rows, independent of the order documents finished in: documents by file name, ids counted
    from each document's first row, ids of rows shared across documents (people, series) and times left out."""
    files = dict(db.execute("select id, file_name from documents").fetchall())
    tables = [t for t in db.table_names() if "_fts" not in t]
    first = {(t, doc): low for t in tables if {"document", "id"} <= set(db[t].columns_dict)
             for doc, low in db.execute(f"select document, min(id) from [{t}] group by document")}
    joined = {"person", "record", "vote", "series", "register", "council_id", "first_meeting", "candidates"}

    def canonical(table: str, row: dict) -> str:
        doc = row.get("document")
        local = {"id": table, "meeting": "meetings", "minute": "minutes"}
        out = {}
        for key, value in row.items():
            if key == "at" or key.endswith("_at"):
                value = None
            elif key in ("document", "other_document") or (key == "id" and table == "documents"):
                value = files.get(value)
            elif key in local and value is not None:
                value = value - first[local[key], doc] if (local[key], doc) in first else None
            elif key in joined:  # ids of rows shared across documents: numbered in load order
                value = None
            out[key] = value
        return repr(sorted(out.items()))

    return {table: sorted(canonical(table, row) for row in db[table].rows) for table in tables}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
