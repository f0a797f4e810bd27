"""What joins indicator values and risk rows across documents: an indicator's series and a risk's register.

An indicator series is one indicator of one council (`derived.series_key`: its code, else its name), so a code
that two councils both use is two series; a document without a council has series of its own. A risk register is
one council's register of one name at one report date: two documents printing it (a pack and its appendix) share
it, and a register of a document without a council or a report date is that document's alone. The writer links a
document's rows before it inserts them (`linked`); a series or register that no row links to any more is deleted
with its last row (a trigger), so a replaced or removed document leaves none behind.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from sqlite_utils import Database

from .columns import DERIVED, SHARED
from .derived import derived_values, series_key
from .rows import DocumentRows, row_columns

_REGISTER = re.compile(r"((?:[A-Z][\w&'’-]*\s+){0,3}Risks?\s+Register(?:\s+(?:19|20)\d{2}(?:[-/]\d{2,4})?)?)")
_NOT_NAME = re.compile(r"^(?:(?:appendix|annex|schedule|subject|of|report|the|item|agenda)\b\W*)+", re.I)


def create_tables(db: Database) -> None:
    """The shared tables (before the record tables that link into them)."""
    db["indicator_series"].create({"id": int, "council": str, "code": str, "name": str, "key": str}, pk="id",
                                  if_not_exists=True)
    db["risk_registers"].create({"id": int, "council": str, "name": str, "report_date": str, "document": int},
                                pk="id", foreign_keys=[("document", "documents", "id")], if_not_exists=True)


def create_triggers(db: Database) -> None:
    """Indexes on the links, and the triggers that delete a series or register with the last row linked to it."""
    for table, (column, target) in SHARED.items():
        db[table].create_index([column, *(["period_end", "period_start"] if table == "indicators" else [])],
                               if_not_exists=True)  # a series in period order
        for name, event in (("drop", "delete"), ("move", f"update of [{column}]")):
            db.execute(f"""create trigger if not exists [{table}_{name}_{column}] after {event} on [{table}]
                when old.[{column}] is not null begin
                  delete from [{target}] where id = old.[{column}]
                    and not exists (select 1 from [{table}] where [{column}] = old.[{column}]);
                end""")
    db["indicators"].create_index(["period_end"], if_not_exists=True)
    db["indicator_series"].create_index(["key"], unique=True, if_not_exists=True)
    db["risk_registers"].create_index(["council", "report_date", "name"], if_not_exists=True)


def linked(db: Database, doc_id: int, rows: DocumentRows) -> DocumentRows:
    """The document's rows with each indicator value linked to its series and each risk to its register (made
    where new). The document's row must be in the archive: its council is read from it."""
    council = db.execute("select council from documents where id = ?", [doc_id]).fetchone()[0]
    meetings = rows.table("meetings")
    report = meetings[0]["date"] if meetings else None
    indicators, risks = rows.table("indicators"), rows.table("risks")
    series = series_ids(db, doc_id, council, [(r["code"], r["name"]) for r in indicators])
    registers = register_ids(db, doc_id, council, report, [r["page"] for r in risks], _page_text(rows.pages))
    records = {**rows.records, "indicators": _with(indicators, "indicators", series),
               "risks": _with(risks, "risks", registers)}
    return dataclasses.replace(rows, records=records)


def series_ids(db: Database, doc_id: int, council: str | None, indicators: list[tuple[str | None, str]]) -> list[int]:
    """The series of each (code, name) of the document's indicator values."""
    ids: dict[str, int] = {}
    out = []
    for code, name in indicators:
        key = f"{council}\x1f{series_key(code, name)}" if council else f"document {doc_id}\x1f{series_key(code, name)}"
        if key not in ids:
            db.execute("insert into indicator_series (council, code, name, key) values (?, ?, ?, ?) "
                       "on conflict (key) do nothing", [council, code, name, key])
            ids[key] = db.execute("select id from indicator_series where key = ?", [key]).fetchone()[0]
        out.append(ids[key])
    return out


def register_ids(db: Database, doc_id: int, council: str | None, report: str | None, pages: list[int],
                 page_text: Callable[[int], str]) -> list[int]:
    """The register of each risk (by the page it is printed on): one per document, named by the first heading
    that names a register from the page before its first row to the page of its last."""
    if not pages:
        return []
    name = register_name([page_text(p) for p in range(min(pages) - 1, max(pages) + 1)])
    return [_register(db, doc_id, council, name, report)] * len(pages)


def register_name(pages: list[str]) -> str | None:
    """The first line of these pages that names a register ("Appendix A – Corporate Risk Register" ->
    "Corporate Risk Register"; "the corporate risk register" in a sentence does not)."""
    for text in pages:
        for line in text.splitlines():
            match = _REGISTER.search(line) if len(line) < 100 else None
            if match and _NOT_NAME.sub("", match.group(1)).strip():
                return _NOT_NAME.sub("", match.group(1)).strip()
    return None


def backfill(db: Database) -> None:
    """Fill the derived columns of an archive made before them, document by document."""
    for (doc_id,) in db.execute("select id from documents").fetchall():
        relink(db, doc_id)


def relink(db: Database, doc_id: int) -> None:
    """Derive an archived document's columns again and link its rows to the series and register of its council
    now (given after it was loaded, `attribution.attribute`); what it leaves unused is deleted (a trigger)."""
    council = db.execute("select council from documents where id = ?", [doc_id]).fetchone()[0]
    first = ("select m.date from document_meetings dm join meetings m on m.id = dm.meeting where dm.document = ? "
             "order by dm.position limit 1" if "document_meetings" in db.table_names() else
             "select date from meetings where document = ? order by id limit 1")  # before meetings were joined
    report = db.execute(first, [doc_id]).fetchone()
    _backfill_document(db, doc_id, council, report[0] if report else None)


def _backfill_document(db: Database, doc_id: int, council: str | None, report: str | None) -> None:
    indicators = db.execute("select id, code, name, period from indicators where document = ? order by id",
                            [doc_id]).fetchall()
    series = series_ids(db, doc_id, council, [(code, name) for _, code, name, _ in indicators])
    db.conn.executemany("update indicators set series = ?, period_start = ?, period_end = ? where id = ?", [
        (link, *derived_values("indicators", {"period": period}, report).values(), row_id)
        for (row_id, _, _, period), link in zip(indicators, series, strict=True)])
    risks = db.execute("select id, page, trend from risks where document = ? order by id", [doc_id]).fetchall()
    texts = dict(db.execute("select page, text from pages where document = ?", [doc_id]).fetchall())
    registers = register_ids(db, doc_id, council, report, [page for _, page, _ in risks],
                             lambda page: texts.get(page, ""))
    db.conn.executemany("update risks set register = ?, trend_normalised = ? where id = ?", [
        (link, derived_values("risks", {"trend": trend}, report)["trend_normalised"], row_id)
        for (row_id, _, trend), link in zip(risks, registers, strict=True)])


def _register(db: Database, doc_id: int, council: str | None, name: str | None, report: str | None) -> int:
    """The register of this council, name and report date; one of the document's own without both."""
    if council and report:
        found = db.execute("select id from risk_registers where council = ? and report_date = ? and name is ? "
                           "and document is null", [council, report, name]).fetchone()
        if found:
            return found[0]
    own = None if council and report else doc_id
    return db["risk_registers"].insert({"council": council, "name": name, "report_date": report,
                                        "document": own}).last_pk


def _with(rows: list[dict], table: str, links: list[int]) -> list[tuple]:
    column = SHARED[table][0]
    return [tuple({**row, column: link}[c] for c in row_columns(table)) for row, link in zip(rows, links, strict=True)]


def _page_text(pages: list[str]) -> Callable[[int], str]:
    return lambda page: pages[page - 1] if 0 < page <= len(pages) else ""


def migrate(db: Database) -> None:
    """Bring an archive made before series and registers up to date: the tables, the derived columns (added
    after the others), their triggers and values."""
    create_tables(db)
    for table, columns in DERIVED.items():
        link, target = SHARED[table]
        for column, kind in columns.items():
            if column not in db[table].columns_dict:
                sql_type = "INTEGER" if kind is int else "TEXT"
                refers = f" REFERENCES [{target}](id)" if column == link else ""
                db.execute(f"alter table [{table}] add column [{column}] {sql_type}{refers}")
    create_triggers(db)
    backfill(db)
