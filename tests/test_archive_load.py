"""The archive on real SQLite files: schema, atomic loading, replacement, idempotency, FTS kept in sync."""

from __future__ import annotations

import pickle
import sqlite3

import pytest
from conftest import sample_extractions
from helpers import dump

from minutebook.archive import LoadStatus, document_rows, load_extraction, load_rows, record_error
from minutebook.archive.rows import row_columns
from minutebook.archive.schema import FTS


@pytest.fixture
def samples(tmp_path):
    (tmp_path / "pdfs").mkdir()
    return sample_extractions(tmp_path / "pdfs")


def test_schema_wal_foreign_keys_indexes_fts(archive):
    assert archive.execute("pragma journal_mode").fetchone()[0] == "wal"
    assert archive.execute("pragma foreign_keys").fetchone()[0] == 1
    for table in FTS:
        assert archive[table].detect_fts() == f"{table}_fts"
    indexed = {tuple(index.columns) for index in archive["resolutions"].indexes}
    assert {("document", "page"), ("outcome",), ("meeting_date",)} <= indexed
    assert {fk.other_table for fk in archive["resolutions"].foreign_keys} == {"documents", "meetings", "minutes"}
    assert "decisions" in archive.view_names()


def test_rows_are_plain_values_that_link_by_position_and_load_after_pickling(archive, samples):
    """Rows are made in a worker and pickled to the writer: only plain values, a record's meeting and minute held
    as positions within the document, and loaded from the pickle they give the same links."""
    (first, pages), _ = samples
    rows = document_rows(first, pages)
    values = {type(value) for table in rows.records.values() for row in table for value in row}
    assert values <= {str, int, float, type(None)}
    resolution = dict(zip(row_columns("resolutions"), rows.records["resolutions"][0], strict=True))
    minute = dict(zip(row_columns("minutes"), rows.records["minutes"][resolution["minute"]], strict=True))
    meeting = dict(zip(row_columns("meetings"), rows.records["meetings"][resolution["meeting"]], strict=True))
    assert (minute["number"], meeting["body"], meeting["date"]) == ("22", "Cabinet", resolution["meeting_date"])
    assert load_rows(archive, pickle.loads(pickle.dumps(rows))) is LoadStatus.NEW
    linked = archive.execute("select mi.number, m.body from resolutions r join minutes mi on mi.id = r.minute "
                             "join meetings m on m.id = r.meeting").fetchall()
    assert linked[0] == ("22", "Cabinet")


def test_load_links_records_to_document_page_meeting_and_minute(archive, samples):
    (first, pages), _ = samples
    assert load_extraction(archive, first, pages) is LoadStatus.NEW
    doc = archive.execute("select id, pages, council, sha256 from documents").fetchone()
    assert doc[1:] == (3, "Example Borough Council", first.document.sha256)
    assert archive.execute("select page from pages order by page").fetchall() == [(1,), (2,), (3,)]
    vote = next(archive.query("select * from votes"))
    assert (vote["votes_for"], vote["votes_against"], vote["votes_abstain"], vote["result"]) == (4, 1, 0, "carried")
    decision = next(archive.query("select * from decisions"))
    meeting = archive.execute("select id from meetings where date = '2025-02-12'").fetchone()[0]
    assert decision.pop("meeting") == meeting
    assert decision == {
        "id": 1, "date": "2025-02-12", "body": "Cabinet", "council": "Example Borough Council", "minute_number": "22",
        "minute_title": "Home to School Transport Policy", "outcome": "resolved",
        "text": "That the home to school transport policy for 2025/26 be approved.",
        "file_name": "example_cabinet_2025-03-12.pdf", "document": doc[0], "page": 2,
    }
    for table in ("meetings", "attendance", "agenda_items", "minutes", "resolutions", "votes", "indicators", "risks"):
        assert archive.execute(f"select count(*) from {table} where document = ? and page >= 1", [doc[0]]).fetchone()[0]


def test_loading_the_same_document_twice_changes_nothing(archive, samples):
    for extraction, pages in samples:
        load_extraction(archive, extraction, pages)
    before = dump(archive)
    assert [load_extraction(archive, e, p) for e, p in samples] == [LoadStatus.UNCHANGED] * 2
    assert dump(archive) == before


def test_new_version_replaces_records_and_keeps_old_hash(archive, samples):
    (first, pages), _ = samples
    load_extraction(archive, first, pages)
    newer = first.model_copy(update={
        "document": first.document.model_copy(update={"sha256": "f" * 64}),
        "resolutions": [first.resolutions[0].model_copy(update={"text": "That the bus pass scheme be extended."})],
    })
    assert load_extraction(archive, newer, ["replaced page one"]) is LoadStatus.REPLACED
    assert archive.execute("select sha256 from documents").fetchall() == [("f" * 64,)]
    assert archive.execute("select sha256 from document_history").fetchall() == [(first.document.sha256,)]
    assert archive.execute("select text from resolutions").fetchall() == [("That the bus pass scheme be extended.",)]
    assert archive["pages"].count == 1
    # the FTS indexes follow: the old wording is gone, the new one found
    assert archive.execute("select count(*) from resolutions_fts where resolutions_fts match 'transport'").fetchone() \
        == (0,)
    assert archive.execute("select rowid from resolutions_fts where resolutions_fts match 'bus'").fetchall() \
        == archive.execute("select id from resolutions").fetchall()
    assert archive.execute("select count(*) from pages_fts where pages_fts match 'transport'").fetchone() == (0,)


def test_failed_load_leaves_nothing_and_keeps_the_old_version(archive, samples):
    """A failure part-way (here: SQLite refusing the risk rows) rolls the whole document back."""
    (first, pages), (second, second_pages) = samples
    load_extraction(archive, first, pages)
    before = dump(archive)
    archive.execute("create trigger refuse_risks before insert on risks begin select raise(abort, 'refused'); end")
    with pytest.raises(sqlite3.IntegrityError, match="refused"):
        load_extraction(archive, second, second_pages)
    newer = first.model_copy(update={"document": first.document.model_copy(update={"sha256": "e" * 64})})
    with pytest.raises(sqlite3.IntegrityError, match="refused"):
        load_extraction(archive, newer, pages)
    assert dump(archive) == before


def test_success_clears_the_error_and_a_repeated_error_changes_nothing(archive, samples):
    (first, pages), _ = samples
    source = first.document.source
    record_error(archive, source, first.document.sha256, "extract", "unreadable", "no text layer")
    row = archive.execute("select * from ingest_errors").fetchall()
    record_error(archive, source, first.document.sha256, "extract", "unreadable", "no text layer")
    assert archive.execute("select * from ingest_errors").fetchall() == row
    load_extraction(archive, first, pages)
    assert archive["ingest_errors"].count == 0


def test_fts_uses_porter_stemming(archive, samples):
    for extraction, pages in samples:
        load_extraction(archive, extraction, pages)
    rows = archive.execute("select rowid from risks_fts where risks_fts match 'place'").fetchall()
    assert len(rows) == 2  # "places"
    assert archive.execute("select count(*) from indicators_fts where indicators_fts match 'schools'").fetchone() \
        == (2,)
    assert archive.execute("select count(*) from minutes_fts where minutes_fts match 'introduce'").fetchone() == (1,)
