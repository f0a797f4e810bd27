"""`minutebook search`: ranked FTS hits with snippet, meeting, date and PDF page; filters; hostile input."""

from __future__ import annotations

import importlib
import json
import sqlite3

import pytest
from sqlite_utils import Database

from minutebook.archive import open_archive, search
from minutebook.archive.search import MARK_END, MARK_START, QueryError
from minutebook.cli import main


@pytest.fixture
def db(sample_archive):
    database = open_archive(sample_archive)
    yield database
    database.close()


def test_resolution_hit_has_meeting_date_snippet_and_page(db):
    hits = search(db, "school transport", types=("resolutions",))
    assert len(hits) == 1
    hit = hits[0]
    assert (hit.body, hit.date, hit.council, hit.page) == ("Cabinet", "2025-02-12", "Example Borough Council", 2)
    assert hit.link == "example_cabinet_2025-03-12.pdf#page=2"
    assert f"{MARK_START}school{MARK_END} {MARK_START}transport{MARK_END}" in hit.snippet


def test_types_council_and_since_filter(db):
    assert {h.type for h in search(db, "school")} >= {"resolutions", "minutes", "pages"}
    assert {h.type for h in search(db, "youth centre", types=("minutes",))} == {"minutes"}
    assert search(db, "school", council="Another Council") == []
    noted = search(db, "update", types=("resolutions",), since="2025-03-01")
    assert [(h.date, h.title) for h in noted] == [("2025-03-05", "Youth Centre in Eastwick")]
    assert search(db, "transport", types=("resolutions",), since="2025-03-01") == []


def test_pages_hits_are_ranked_and_carry_their_page(db):
    hits = search(db, "Quarterly Performance", types=("pages",))
    assert hits and all(h.page in (1, 3) for h in hits)
    assert [h.rank for h in hits] == sorted(h.rank for h in hits)


@pytest.mark.parametrize("text", ["*", "transport -policy", "covid-19", "2025/26 school", "school*"])
def test_words_that_look_like_fts_syntax_are_not_an_error(db, text):
    search(db, text)


@pytest.mark.parametrize("text", ['"school', "school OR (", "NEAR("])
def test_malformed_fts_syntax_is_a_clear_error(db, text):
    with pytest.raises(QueryError, match="could not be understood"):
        search(db, text)


def test_cli_prints_json_hits_and_exit_codes(sample_archive, capsys, tmp_path):
    assert main(["search", "transport policy", "--db", str(sample_archive), "--type", "resolutions", "--json"]) == 0
    lines = capsys.readouterr().out.splitlines()
    hit = json.loads(lines[0])
    assert hit["link"] == "example_cabinet_2025-03-12.pdf#page=2"
    assert "<mark>transport</mark> <mark>policy</mark>" in hit["snippet"]
    assert main(["search", "zebra", "--db", str(sample_archive)]) == 1
    assert "no matches" in capsys.readouterr().out
    assert main(["search", "school", "--db", str(tmp_path / "none.db")]) == 2
    assert not (tmp_path / "none.db").exists()


def test_cli_prints_meeting_and_page_link(sample_archive, capsys):
    main(["search", "eastwick", "--db", str(sample_archive), "--type", "resolutions"])
    out = capsys.readouterr().out
    assert "Children and Young People Committee 2025-03-05" in out
    assert "example_children_committee_2025-04-09.pdf#page=2" in out


def test_unfiltered_search_ranks_the_newest_matches_and_filters_rank_all(db, monkeypatch):
    search_module = importlib.import_module("minutebook.archive.search")  # the package exports a function of that name

    def page_of(row_id: int) -> tuple[str, int]:
        row = next(db.query("select d.file_name, p.page from pages p join documents d on d.id = p.document "
                            "where p.id = ?", [row_id]))
        return row["file_name"], row["page"]

    matches = sorted(row["id"] for row in db.query("select rowid as id from pages_fts where pages_fts match 'council'"))
    assert len(matches) >= 3
    monkeypatch.setattr(search_module, "RANK_WINDOW", 2)
    windowed = search(db, "council", types=("pages",), limit=50)
    assert {(h.file_name, h.page) for h in windowed} == {page_of(i) for i in matches[-2:]}
    filtered = search(db, "council", types=("pages",), council="Example Borough Council", limit=50)
    assert len(filtered) == len(matches)


def test_a_limit_beyond_sqlites_integers_is_taken_as_the_most_there_can_be(db, sample_archive, capsys):
    assert len(search(db, "council", limit=99999999999999999999)) == len(search(db, "council", limit=10_000))
    assert main(["search", "council", "--db", str(sample_archive), "--limit", "99999999999999999999"]) == 0
    assert "council" in capsys.readouterr().out.lower()


def test_searching_the_types_at_once_finds_what_one_connection_finds(db):
    """A file archive's types are ranked on connections of their own at once; a copy in memory has only its own
    connection: the hits are the same."""
    memory = Database(sqlite3.connect(":memory:"))
    db.conn.backup(memory.conn)
    for phrase in ["school", "council", "transport OR budget", "youth centre"]:
        assert search(db, phrase, limit=7) == search(memory, phrase, limit=7)


def test_a_search_inside_a_transaction_sees_its_writes(db):
    page = next(db.query("select rowid as id from pages_fts where pages_fts match 'eastwick' limit 1"))["id"]
    db.execute("begin")
    try:
        db.execute("delete from pages where id = ?", [page])
        assert page not in {h.id for h in search(db, "eastwick") if h.type == "pages"}
    finally:
        db.conn.rollback()
    assert page in {h.id for h in search(db, "eastwick", limit=50) if h.type == "pages"}
