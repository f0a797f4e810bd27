"""Datasette metadata for an archive: descriptions, default sorts and facets, search, and canned queries."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import markupsafe

from .. import topics
from ..schema import RECORD_COLUMNS
from ..topics import RANKED
from .linked import FOUND, FTS_TABLES, LINKED
from .plugin import PLUGIN

PDF_MOUNT = "pdfs"

PROVENANCE = {"document": "the source PDF (see documents)", "page": "1-based page of the PDF where it is printed",
              "bbox": "box of its first line on the page, PDF points (JSON)", "ocr": "1 where the text came from OCR"}

DECISIONS: dict[str, Any] = {
    "description": "Every decision with its minute, meeting, council and the PDF page it is on. Search matches "
                   "its wording, its minute's and agenda item's titles and its meeting's body, best matches first "
                   "(a title counts above the wording); \"a phrase\", word*, OR, NOT and parentheses work.",
    "sort_desc": "date", "facets": ["council", "body", "outcome", {"date": "date"}],
    "fts_table": topics.TABLE, "fts_pk": "id",
    "columns": {"minute_title": "title of the minute the decision is in", "text": "the decision's wording",
                "meeting": "the meeting (see meetings)"},
}

TABLES: dict[str, dict[str, Any]] = {
    "documents": {
        "description": "Each archived PDF, identified by the sha256 of its bytes; a changed file replaces its "
                       "older version (kept in document_history).",
        "label_column": "file_name", "sort_desc": "ingested_at", "facets": ["council", "kind", {"date": "ingested_at"}],
        "columns": {"source": "path or URL it was read from", "kind": "agenda pack, minutes, report, ...",
                    "council": "its council's name: given for its source, else printed on it (null: neither)",
                    "council_id": "its council (see councils)",
                    "pages": "number of pages", "ingested_at": "when this version was archived (UTC)"},
    },
    "councils": {"description": "Each council documents belong to, one row for every spelling of its name.",
                 "label_column": "name", "sort": "name", "facets": ["kind"],
                 "columns": {"name": "the name as first given or printed",
                             "key": "what its spellings share (case, '&'/'and', a leading 'The' ignored)",
                             "kind": "county, district, unitary, metropolitan, london borough, parish/town, "
                                     "combined/joint or other, as the name's words say"}},
    "document_history": {"description": "Older versions of documents, replaced when their file changed.",
                         "sort_desc": "replaced_at", "facets": [{"date": "replaced_at"}]},
    "pages": {"description": "The text of every page, for full-text search.", "sort": "id",
              "columns": {"text": "the page's text layer"}},
    "meetings": {
        "description": "Each meeting once, whichever documents print it (see document_meetings): one row per "
                       "council, body and date. Its records come from its most authoritative document.",
        "label_column": "body", "sort_desc": "date", "facets": ["council", "body", {"date": "date"}],
        "columns": {"body": "the committee, cabinet or council that met (capitals given their case)",
                    "date": "meeting date", "council": "the council whose meeting it is",
                    "printed_body": "the body's name as its most authoritative document prints it",
                    "body_key": "the name it is matched by (case, '&'/'and', 'Cttee' ignored)",
                    "document": "its most authoritative document"},
    },
    "document_meetings": {
        "description": "Which documents print which meeting, and as what: minutes, decision notice, carried "
                       "minutes (a copy inside a later pack), agenda or report.", "facets": ["role"],
        "columns": {"position": "the meeting's place among the document's meetings"}},
    "record_sources": {
        "description": "Other pages that print a record: the copies of a meeting's records in its less "
                       "authoritative documents, which are not archived as rows again.",
        "facets": ["table_name"], "columns": {"table_name": "the record's table", "record": "the record's id"}},
    "conflicts": {
        "description": "Where two documents of one meeting disagree about a record: a vote's counts or result, "
                       "a decision's outcome, a name's status. value is the archived copy's, other_value the "
                       "other document's.", "facets": ["table_name", "field"]},
    "document_records": {"description": "Each document's records as extracted, from which its meetings are "
                                        "derived again when another document of them changes.", "hidden": True},
    "people": {
        "description": "Each person of a council, however their name is printed: merged by surname and "
                       "compatible forenames, initials and honorifics, members apart from officers.",
        "label_column": "name", "facets": ["council", "kind", "unresolved"],
        "columns": {"name": "the fullest form printed", "aliases": "every form printed (JSON)",
                    "surname": "the surname they are matched by", "kind": "member or officer",
                    "unresolved": "1 where the name fits two people (see person_review)",
                    "first_meeting": "the meeting they were first seen at"}},
    "vote_names": {"description": "Named votes, one row per member and side, linked to the person.",
                   "facets": ["side"], "columns": {"name": "as printed in the vote"}},
    "person_review": {
        "description": "Names that fit two or more people of the council at a meeting, kept apart for a person "
                       "to decide.", "columns": {"candidates": "ids of the people the name fits (JSON)"}},
    "attendance": {
        "description": "Who was a member, present, sent apologies, was absent or in attendance.",
        "sort_desc": "meeting_date", "facets": ["status", "role", {"date": "meeting_date"}],
        "columns": {"status": "member, present, apologies, absent or in_attendance", "role": "role as printed",
                    "person": "the person (see people)"},
    },
    "agenda_items": {"description": "Items on the agenda of the meeting a pack is for.", "sort_desc": "meeting_date",
                     "facets": [{"date": "meeting_date"}], "columns": {"number": "item number as printed"}},
    "minutes": {"description": "Each numbered minute, with its full text.", "label_column": "title",
                "sort_desc": "meeting_date", "facets": [{"date": "meeting_date"}],
                "columns": {"number": "minute number as printed", "text": "the minute's full text"}},
    "resolutions": {"description": "Each decision recorded in minutes.", "sort_desc": "meeting_date",
                    "facets": ["outcome", {"date": "meeting_date"}],
                    "columns": {"outcome": "resolved, agreed, noted, recommended, deferred or other",
                                "text": "the decision's wording"}},
    "votes": {"description": "Recorded votes: divisions, named votes, counted shows of hands.",
              "sort_desc": "meeting_date", "facets": ["result", {"date": "meeting_date"}],
              "columns": {"votes_for": "votes for, as printed", "votes_against": "votes against",
                          "votes_abstain": "abstentions", "result": "carried or lost",
                          "names": "members by side, where named (JSON)"}},
    "indicators": {"description": "Performance and population indicator values from report tables, one row per "
                                  "indicator and period of a report.",
                   "facets": ["period", "unit", {"date": "period_end"}],
                   "sort": "period_end",
                   "columns": {"code": "the council's indicator code", "value": "the number as printed",
                               "unit": "unit, % or per 10,000, ...", "period": "period as printed",
                               "series": "the indicator across reports (see indicator_series)",
                               "period_start": "first day of the period (UK financial years from 1 April)",
                               "period_end": "last day of the period (for 'Latest', the report's date)"}},
    "indicator_series": {"description": "Each indicator of a council, by its code (else its name), across its "
                                        "reports; codes of different councils are different series.",
                         "label_column": "name", "facets": ["council"],
                         "columns": {"council": "the council (null: known to one document only)",
                                     "code": "indicator code as first seen", "name": "name as first seen",
                                     "key": "what identifies it: council and code or name"}},
    "risks": {"description": "Rows of risk registers.", "facets": ["level", "trend_normalised"],
              "columns": {"level": "rating as printed (HIGH, RED, 16, ...)", "trend": "direction as printed",
                          "register": "the register it is a row of (see risk_registers)",
                          "trend_normalised": "improving, worsening or unchanged (a rising risk is worsening)"}},
    "risk_registers": {"description": "Each council's risk register at each report date, whichever documents "
                                      "print it.", "label_column": "name", "sort_desc": "report_date",
                       "facets": ["council", "name", {"date": "report_date"}],
                       "columns": {"name": "the register's heading (Corporate Risk Register, ...)",
                                   "report_date": "date of the meeting the report is for",
                                   "document": "set where the register is one document's alone (no council "
                                               "or no report date)"}},
    "alerts": {"description": "Saved searches (minutebook alerts add): a phrase, optionally of one council.",
               "hidden": True},
    "alert_seen": {"description": "The decisions each alert has given (document bytes, page and wording, hashed).",
                   "hidden": True},
    "ingest_errors": {"description": "Files that could not be archived, with the stage and the reason.",
                      "sort_desc": "at", "facets": ["stage", {"date": "at"}]},
    "decisions": DECISIONS,
    RANKED: {**DECISIONS, "title": "decisions, best matches first", "hidden": True, "sort": "relevance",
             "columns": {**DECISIONS["columns"], "relevance": "bm25 rank of the search (lower is better)"}},
}
PDF_URL = "the PDF page it is printed on (the URL this archive serves it at)"

_WITHIN = """and (:council = '' or x.council = :council)
  and (:since = '' or x.date >= :since) and (:until = '' or x.date <= :until)"""
_LEVEL_SCORE = """case upper(r.level) when 'VERY LOW' then 0 when 'LOW' then 1 when 'GREEN' then 1
  when 'MEDIUM' then 2 when 'AMBER' then 2 when 'HIGH' then 3 when 'RED' then 3 when 'VERY HIGH' then 4
  else cast(r.level as real) end"""

QUERIES: dict[str, dict[str, str]] = {
    "decisions_mentioning": {
        "title": "Decisions on a topic",
        "description": "Decisions whose wording, minute or agenda item title or meeting body match the search "
                       "(word stems match: school finds schools; \"a phrase\", word*, OR, NOT work), best "
                       "matches first; optionally of one council and between two dates (YYYY-MM-DD).",
        "sql": f"""select x.date, x.body, x.council, x.minute_number, x.minute_title, x.outcome,
  snippet({topics.TABLE}, -1, '<mark>', '</mark>', '…', 24) as snippet, x.text,
  pdf_url(d.source, x.page) as pdf_url, x.document, x.page, x.meeting
from {topics.TABLE} join decisions x on x.id = {topics.TABLE}.rowid join documents d on d.id = x.document
where {topics.TABLE} match escape_fts(:phrase) {_WITHIN}
order by {topics.TABLE}.rank limit 500""",
    },
    "decisions_matching": {
        "title": "New decisions on a topic",
        "description": "Decisions matching the search, newest meeting first, as a feed: add .atom to the URL "
                       "(decisions_matching.atom?phrase=...) for an Atom feed to follow in a feed reader.",
        "sql": f"""select 'urn:minutebook:decision:' || decision_key(d.sha256, x.page, x.text) as atom_id,
  d.ingested_at as atom_updated,
  coalesce(x.minute_title, substr(x.text, 1, 80)) || ' (' || coalesce(x.body || ', ', '') || coalesce(x.date, 'undated')
    || ')' as atom_title,
  coalesce(pdf_url(d.source, x.page), '/meeting/' || x.meeting) as atom_link,
  coalesce(x.council, 'minutebook') as atom_author_name,
  '<p>' || replace(replace(replace(x.text, '&', '&amp;'), '<', '&lt;'), '>', '&gt;') || '</p><p>'
    || coalesce('<a href="' || pdf_url(d.source, x.page) || '">' || replace(replace(d.file_name, '&', '&amp;'),
       '<', '&lt;') || ' p. ' || x.page || '</a> · ', '')
    || coalesce('<a href="/meeting/' || x.meeting || '">the meeting</a>', '') || '</p>' as atom_content_html,
  x.date, x.body, x.council, x.minute_title, x.outcome, x.text, pdf_url(d.source, x.page) as pdf_url, x.meeting
from {topics.TABLE} join decisions x on x.id = {topics.TABLE}.rowid join documents d on d.id = x.document
where {topics.TABLE} match escape_fts(:phrase) {_WITHIN}
order by x.date desc, d.ingested_at desc, x.id limit 200""",
    },
    "person_attendance": {
        "title": "One person's attendance across meetings",
        "description": "Every meeting of each person whose name (any form printed) contains the text given, "
                       "oldest meeting first; optionally of one council.",
        "sql": """select p.name as person, p.council, a.name as printed, a.status, a.role, m.date, m.body,
  pdf_url(d.source, a.page) as pdf_url, a.document, a.page, a.meeting
from people p join attendance a on a.person = p.id left join meetings m on m.id = a.meeting
  join documents d on d.id = a.document
where p.aliases like '%' || :name || '%' and (:council = '' or p.council = :council)
order by p.council, p.name, m.date, m.body""",
    },
    "indicator_values": {
        "title": "One indicator's values across reports",
        "description": "A time series: the values of each council's indicator with this code (or a name "
                       "containing the text), in period order.",
        "sql": """select s.council, i.code, i.name, i.period, i.period_start, i.period_end, i.value, i.unit,
  d.file_name as report, pdf_url(d.source, i.page) as pdf_url, i.document, i.page
from indicators i join indicator_series s on s.id = i.series join documents d on d.id = i.document
where i.series in (select series from indicators where code = :indicator or name like '%' || :indicator || '%')
order by s.council, i.series, i.period_end is null, i.period_end, i.period_start, i.document""",
    },
    "risks_worsened": {
        "title": "Risks whose level got worse since the council's previous register",
        "description": "Each council's register against its previous one of the same name (by report date): "
                       "risks with the same id (or title, where the register prints no ids) rated higher in the "
                       "later one (LOW<MEDIUM<HIGH, GREEN<AMBER<RED, or numeric scores). Give a council, or "
                       "leave it blank for all.",
        "sql": f"""with rated as (
  select r.*, g.council, g.name as register_name, g.report_date, {_LEVEL_SCORE} as score
  from risks r join risk_registers g on g.id = r.register
  where g.council is not null and g.report_date is not null),
pairs as (
  select b.council, b.name, b.report_date as later_date,
    (select max(a.report_date) from risk_registers a where a.council = b.council and a.name is b.name
       and a.report_date < b.report_date) as earlier_date
  from risk_registers b where b.council is not null and b.report_date is not null
    and (:council = '' or b.council = :council))
select p.council, p.name as register, p.earlier_date, p.later_date, b.risk_id, b.title,
  a.level as earlier_level, b.level as later_level, b.trend,
  (select pdf_url(d.source, b.page) from documents d where d.id = b.document) as pdf_url, b.document, b.page
from pairs p
join rated a on a.council = p.council and a.register_name is p.name and a.report_date = p.earlier_date
join rated b on b.council = p.council and b.register_name is p.name and b.report_date = p.later_date
  and coalesce(a.risk_id, a.title) = coalesce(b.risk_id, b.title)
where b.score > a.score
order by p.council, p.later_date, b.score desc, b.risk_id""",
    },
}


def build_metadata(db_path: str | Path, pdf_dir: str | Path | None = None) -> dict[str, Any]:
    """Metadata for serving the archive at `db_path` (Datasette names the database after the file's stem)."""
    database = Path(db_path).stem
    metadata: dict[str, Any] = {
        "title": "minutebook: council decisions archive",
        "description": "Meetings, attendance, agenda items, minutes, decisions, votes, performance indicators and "
                       "risks read from English council agenda packs and minutes, each linked to the PDF page "
                       "it is printed on. Use 'Search all tables' or the decisions view to find a topic.",
        "source": "Council agenda packs and minutes (PDF), as published by each council",
        "license": "Council documents: Open Government Licence v3.0 unless the council states otherwise; "
                   "extracted records may contain errors: check the linked page",
        "license_url": "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
        "databases": {database: {"tables": _tables(),
                                 "queries": {name: {"hide_sql": True, **query} for name, query in QUERIES.items()}}},
    }
    metadata["description_html"] = str(markupsafe.escape(metadata["description"]) + markupsafe.Markup(
        ' Or <a href="/councils">browse by council</a>: its meetings (attendance, minutes, decisions and votes, '
        "each with its PDF page), its people and its indicators' charts."))
    metadata["plugins"] = {PLUGIN: {"database": database, "pdf_dir": str(Path(pdf_dir).resolve()) if pdf_dir else None,
                                    "pdf_mount": f"/{PDF_MOUNT}/"}}
    return metadata


def _tables() -> dict[str, dict[str, Any]]:
    """Record tables also describe the provenance columns every record carries; each table shown through a view
    (linked.py) lends it its title, description, sort and facets, and its full-text index."""
    tables = {name: {**table, "columns": {**(PROVENANCE if name in RECORD_COLUMNS else {}),
                                          **table.get("columns", {})}}
              for name, table in TABLES.items()}
    for name, view in LINKED.items():
        shown = {key: value for key, value in tables[name].items() if key != "label_column"}
        tables[view] = {**shown, "title": name, "hidden": True, "columns": {**shown["columns"], "pdf_url": PDF_URL},
                        **({"fts_table": FTS_TABLES[name], "fts_pk": "id"} if name in FTS_TABLES else {})}
    for name, view in FOUND.items():
        shown = {key: value for key, value in tables[LINKED[name]].items()
                 if key not in ("sort", "sort_desc", "fts_table", "fts_pk")}  # searched by finding.py's filter alone
        tables[view] = {**shown, "title": f"{name}, best matches first", "sort": "relevance",
                        "columns": {**shown["columns"], "relevance": "bm25 rank of the search (lower is better)"}}
    return tables
