"""One meeting, whichever documents print it.

A meeting is one row per (council, body, date; and time, where two of a body meet on one day). Each document
that prints it is linked to it in `document_meetings` with its role. For each record table the meeting's records
come from its most authoritative document that has any (printed minutes, then a decision notice, then the minutes
carried in a later pack, then the agenda, then a report); the other documents' copies are not rows again but
extra sources of those records (`record_sources`), and where a copy disagrees (a vote's counts or result, an
outcome, a name's status) both sides go to `conflicts`.

Every document's records are kept as extracted (`document_records`), so a meeting is re-derived from what its
remaining documents say whenever one of them is added, replaced or removed.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from .columns import RECORD_COLUMNS
from .people import assign_people, parse
from .rows import DocumentRows, row_columns
from .schema import insert, update

ROLES = ("minutes", "decision notice", "carried minutes", "agenda", "report")
"""Most authoritative first."""
MEETING_TABLES = [t for t in ("minutes", "attendance", "agenda_items", "resolutions", "votes")
                  if "meeting" in RECORD_COLUMNS.get(t, {})]
"""The tables of a meeting's records, each after the tables it links into."""
COMPARED = {"attendance": ["status"], "resolutions": ["outcome"],
            "votes": ["votes_for", "votes_against", "votes_abstain", "result"]}
"""The fields whose disagreement between two copies of a record is a conflict."""
UNSAID = {None, "other", "member"}
"""Values that assert nothing to disagree with: no value, an outcome not read, membership (not attendance)."""

_AND = re.compile(r"\s*&\s*|\s*\+\s*")
_NOISE = re.compile(r"^(?:(?:the\s+)?(?:minutes|meeting|agenda)\s+of\s+(?:the\s+|a\s+)?)+|^the\s+|\s+meeting$")
_WORDS = re.compile(r"[a-z0-9]+")


def body_key(body: str) -> str:
    """The body's name for matching within a council: case, '&'/'and', 'Cttee', 'Meeting of the …' ignored."""
    text = _AND.sub(" and ", body.lower()).replace("cttee", "committee")
    return " ".join(_WORDS.findall(_NOISE.sub("", text.strip())))


def body_display(printed: str) -> str:
    """A body's name to show: as printed, but words in capitals are given their case ('CABINET' -> 'Cabinet')."""
    if printed.upper() != printed:
        return printed
    small = {"and", "of", "the", "for", "on", "in", "to"}
    words = printed.lower().split()
    return " ".join(w if i and w in small else w[:1].upper() + w[1:] for i, w in enumerate(words))


def roles(kind: str, rows: DocumentRows) -> dict[int, str]:
    """Each meeting position of the document -> the role the document plays for it. A pack's own meeting is its
    agenda; a meeting of the pack whose minutes it prints (and no agenda) is minutes carried in a later pack."""
    counts = {table: _per_meeting(rows, table) for table in ("agenda_items", "minutes")}
    out = {}
    for index in range(len(rows.records["meetings"])):
        if kind in ("minutes", "decision notice", "report"):
            out[index] = kind
        elif counts["minutes"].get(index) and not counts["agenda_items"].get(index):
            out[index] = "carried minutes"
        else:
            out[index] = "agenda"
    return out


def _per_meeting(rows: DocumentRows, table: str) -> dict[int, int]:
    position = row_columns(table).index("meeting")
    counts: dict[int, int] = {}
    for row in rows.records[table]:
        if row[position] is not None:
            counts[row[position]] = counts.get(row[position], 0) + 1
    return counts


def link_document(db: Database, doc_id: int, council: str | None, kind: str, rows: DocumentRows) -> set[int]:
    """Link the document to the meeting of each meeting it prints (made where none exists); their ids."""
    meeting_roles = roles(kind, rows)
    ids = set()
    for index, meeting in enumerate(rows.table("meetings")):
        meeting_id = _find_or_make(db, council, meeting, doc_id, meeting_roles[index] == "report")
        insert(db, "document_meetings", {"document": doc_id, "meeting": meeting_id, "position": index,
                                         "role": meeting_roles[index]}, replace=True)
        ids.add(meeting_id)
    return ids


def _find_or_make(db: Database, council: str | None, meeting: dict[str, Any], doc_id: int, report: bool) -> int:
    """The meeting of this council, body and day (a time where both print one must agree). A document that names
    no council joins the one meeting of that body and day, if only one council has one; a meeting found only in
    such documents takes the council of the first document that names it. A report's cover may name its
    committee short ('Transport Committee' for 'Transport Policy Committee'): it joins the one meeting that day
    whose name holds every word of it."""
    key = body_key(meeting["body"])
    rows = db.execute("select id, time, council, body_key from meetings where date = ? and "
                      "(council is ? or council is null or ? is null)",
                      [meeting["date"], council, council]).fetchall()
    fits = [(id_, their) for id_, time, their, theirs in rows if theirs == key
            and (time is None or meeting["time"] is None or time == meeting["time"])]
    if not fits and report:
        words = set(key.split())
        wider = [(id_, their) for id_, _, their, theirs in rows if words < set(theirs.split())]
        fits = wider if len(wider) == 1 else []
    named = [fit for fit in fits if fit[1] == council] or (fits if len({c for _, c in fits}) == 1 else [])
    if named:
        id_, their = named[0]
        if their is None and council is not None:
            update(db, "meetings", id_, {"council": council})
        return id_
    row = {column: meeting[column] for column in row_columns("meetings") if column in meeting}
    return insert(db, "meetings", {**row, "document": doc_id, "council": council, "body_key": key,
                                   "printed_body": meeting["body"], "body": body_display(meeting["body"])})


def unlink_document(db: Database, doc_id: int) -> set[int]:
    """Forget which meetings the document prints; the ids of those meetings (to re-derive)."""
    ids = {row[0] for row in db.execute("select meeting from document_meetings where document = ?", [doc_id])}
    db["document_meetings"].delete_where("document = ?", [doc_id])
    return ids


@dataclass
class Copy:
    """One document's records of one meeting."""

    document: int
    role: str
    tables: dict[str, list[dict[str, Any]]]
    meeting: dict[str, Any]


def rederive(db: Database, meeting_ids: Iterable[int]) -> None:
    """Rebuild each meeting's records from the documents that still print it (a meeting none prints is dropped)."""
    staged: dict[int, dict[str, list[list]]] = {}  # each document's records, parsed once for all its meetings
    for meeting_id in sorted(meeting_ids):
        _clear(db, meeting_id)
        copies = _copies(db, meeting_id, staged)
        if not copies:
            db.execute("delete from meetings where id = ?", [meeting_id])
            continue
        _update_meeting(db, meeting_id, copies)
        minute_ids: dict[str, int] = {}
        for table in MEETING_TABLES:
            having = [c for c in copies if c.tables[table]]
            if having:
                ids = _insert(db, table, meeting_id, having[0], minute_ids)
                if table == "minutes":
                    minute_ids = {_norm(row["number"]): id_ for row, id_ in zip(having[0].tables[table], ids,
                                                                                  strict=True)}
                for other in having[1:]:
                    _add_sources(db, meeting_id, table, having[0], ids, other)
        council = db.execute("select council from meetings where id = ?", [meeting_id]).fetchone()[0]
        assign_people(db, meeting_id, council)


def _clear(db: Database, meeting_id: int) -> None:
    for table in ("conflicts", "person_review"):
        db[table].delete_where("meeting = ?", [meeting_id])
    db.execute("delete from vote_names where vote in (select id from votes where meeting = ?)", [meeting_id])
    for table in reversed(MEETING_TABLES):
        db.execute("delete from record_sources where table_name = ? and record in "
                   f"(select id from [{table}] where meeting = ?)", [table, meeting_id])
        db[table].delete_where("meeting = ?", [meeting_id])


def _copies(db: Database, meeting_id: int, staged: dict[int, dict[str, list[list]]]) -> list[Copy]:
    """The meeting's copies, most authoritative first, then by source (so the archive is the same whatever order
    its documents were loaded in)."""
    links = db.execute("select l.document, l.position, l.role, d.source from document_meetings l join documents d "
                       "on d.id = l.document where l.meeting = ?", [meeting_id]).fetchall()
    copies = []
    for document, position, role, _ in sorted(links, key=lambda link: (ROLES.index(link[2]), link[3])):
        if document not in staged:
            records = db.execute("select records from document_records where document = ?", [document]).fetchone()
            staged[document] = json.loads(records[0])
        tables = {table: _rows_of(staged[document], table, position) for table in MEETING_TABLES}
        meeting = dict(zip(row_columns("meetings"), staged[document]["meetings"][position], strict=True))
        copies.append(Copy(document, role, tables, meeting))
    return copies


def _rows_of(staged: dict[str, list[list]], table: str, position: int) -> list[dict[str, Any]]:
    columns = row_columns(table)
    rows = [dict(zip(columns, row, strict=True)) for row in staged[table]]
    if table in ("resolutions", "votes"):  # their minute position, as the minute's number
        numbers = [row[row_columns("minutes").index("number")] for row in staged["minutes"]]
        for row in rows:
            row["minute"] = numbers[row["minute"]] if row.get("minute") is not None else row.get("minute_number")
    return [row for row in rows if row["meeting"] == position]


def _update_meeting(db: Database, meeting_id: int, copies: list[Copy]) -> None:
    """The meeting's details from its most authoritative copy, gaps (a time, a venue) filled from the others."""
    best = copies[0].meeting
    row = {"document": copies[0].document, "page": best["page"], "bbox": best["bbox"], "ocr": best["ocr"],
           "printed_body": best["body"], "body": body_display(best["body"])}
    for column in ("time", "venue"):
        row[column] = next((c.meeting[column] for c in copies if c.meeting[column]), None)
    update(db, "meetings", meeting_id, row)


def _insert(db: Database, table: str, meeting_id: int, copy: Copy, minute_ids: dict[str, int]) -> list[int]:
    columns = ["document", *row_columns(table)]
    sql = f"insert into [{table}] ({', '.join(f'[{c}]' for c in columns)}) values ({', '.join('?' * len(columns))})"
    ids = []
    for row in copy.tables[table]:
        values = {**row, "document": copy.document, "meeting": meeting_id}
        if "minute" in values:
            values["minute"] = minute_ids.get(_norm(values["minute"] or ""))
        ids.append(db.execute(sql, [values[c] for c in columns]).lastrowid)
    return ids


def _add_sources(db: Database, meeting_id: int, table: str, primary: Copy, ids: list[int], other: Copy) -> None:
    """The other copy's records as extra sources of the primary's records they match; disagreements as conflicts."""
    keys = [_key(table, row) for row in primary.tables[table]]
    texts = [_wording(row["text"]) for row in primary.tables[table]] if table == "resolutions" else []
    taken: set[int] = set()
    for row in other.tables[table]:
        index = _match(table, row, keys, texts, taken)
        if index is None:
            continue
        taken.add(index)
        insert(db, "record_sources", {"table_name": table, "record": ids[index], "document": other.document,
                                      "page": row["page"]})
        mine = primary.tables[table][index]
        for field in COMPARED.get(table, []):
            if mine[field] != row[field] and not {mine[field], row[field]} & UNSAID:
                insert(db, "conflicts", {
                    "meeting": meeting_id, "table_name": table, "record": ids[index], "field": field,
                    "value": _text(mine[field]), "document": primary.document, "page": mine["page"],
                    "other_value": _text(row[field]), "other_document": other.document, "other_page": row["page"]})


def _key(table: str, row: dict[str, Any]) -> tuple:
    if table == "attendance":
        name = parse(row["name"])
        return name.surname, name.given[0][0] if name.given else ""
    if table in ("minutes", "agenda_items"):
        return (_norm(row["number"]),)
    return (_norm(row.get("minute_number") or ""),)


def _match(table: str, row: dict[str, Any], keys: list[tuple], texts: list[str], taken: set[int]) -> int | None:
    """The primary record this copy's record is a copy of: same key (for decisions, the same or else the closest
    wording of the primary's `texts`)."""
    key = _key(table, row)
    candidates = [i for i, k in enumerate(keys) if i not in taken and _same(k, key, table)]
    if table == "resolutions" and len(candidates) > 1:
        words = _wording(row["text"])
        if (same := next((i for i in candidates if texts[i] == words), None)) is not None:
            return same  # (most copies print a decision word for word: no need to measure how alike)
        ratios: dict[int, float] = {}  # the closest wording, at least half alike; a wording is measured only where
        for i in candidates:  # its bound from above (quick_ratio) reaches the best so far
            matcher = difflib.SequenceMatcher(None, words, texts[i])
            if matcher.quick_ratio() >= max(ratios.values(), default=0.5):
                ratios[i] = matcher.ratio()
        best = max(ratios, key=ratios.__getitem__, default=None)
        return best if best is not None and ratios[best] >= 0.5 else None
    return candidates[0] if candidates else None


def _same(mine: tuple, theirs: tuple, table: str) -> bool:
    """Keys agree; for attendance a name without forenames agrees with any initial."""
    if table == "attendance":
        return mine[0] == theirs[0] and (not mine[1] or not theirs[1] or mine[1] == theirs[1])
    return mine == theirs


def _wording(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower()))


def _norm(number: str) -> str:
    return "".join(_WORDS.findall(str(number).lower()))


def _text(value: Any) -> str | None:
    return None if value is None else str(value)
