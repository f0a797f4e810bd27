"""Finding decisions by topic: the decisions index holds each decision's minute and agenda item titles and its
meeting's body, ranks by bm25 with the title first, and reads FTS5 syntax; in the library and `minutebook search`."""

from __future__ import annotations

import json

import pytest
import topic_archive
from helpers import dump

from minutebook.archive import open_archive, search
from minutebook.archive.load import remove_document
from minutebook.archive.search import MARK_END, MARK_START, QueryError, fts_query
from minutebook.cli import main

LEVY = ["That the scheme be approved for public consultation.", "That officers report the responses in the autumn."]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("topics")
    return topic_archive.build(root / "topics.db", root / "pdfs")


@pytest.fixture
def db(archive):
    database = open_archive(archive)
    yield database
    database.close()


def test_a_decision_is_found_by_its_minutes_title_and_ranked_above_a_page_that_mentions_it(db):
    hits = search(db, "parking levy")
    decisions = [h for h in hits if h.type == "resolutions"]
    assert {h.title for h in decisions} == {"Workplace Parking Levy"} and len(decisions) == 2
    assert {(h.body, h.date, h.council, h.page) for h in decisions} == {
        ("Transport Committee", "2025-05-01", topic_archive.COUNCIL, 1)}
    (mention,) = [h for h in hits if h.file_name == "fenmoor_finance_report.pdf"]
    assert max(hits.index(h) for h in decisions) < hits.index(mention)
    assert [h.rank for h in hits] == sorted(h.rank for h in hits)


def test_snippets_mark_the_words_matched_in_the_title(db):
    hits = search(db, "parking levy", types=("resolutions",))
    assert {h.snippet for h in hits} == {f"Workplace {MARK_START}Parking{MARK_END} {MARK_START}Levy{MARK_END} — {text}"
                                         for text in LEVY}  # the match in the title, then the wording
    hit = hits[0]
    assert hit.meeting and hit.id


def test_fts5_syntax_is_read_as_typed(db):
    def texts(query: str) -> set[str]:
        return {text for (text,) in db.execute(
            "select r.text from resolutions r where r.id in ({})".format(
                ", ".join(str(h.id) for h in search(db, query, types=("resolutions",), limit=50)) or "0"))}

    assert texts("schools OR budget") == {"That the next phase be agreed.", "That the position be noted."}
    assert texts('"parking levy"') == set(LEVY)
    assert texts("park*") == set(LEVY)
    assert texts("levy -autumn") == {LEVY[0]}
    assert texts("(schools OR budget) streets") == {"That the next phase be agreed."}
    assert texts("transport committee consultation") == {LEVY[0]}  # the meeting's body is indexed too
    assert texts("levy autumn") == {LEVY[1]}  # words from the title and the wording together


@pytest.mark.parametrize("text", ['"parking', "levy OR (", "NOT levy", "levy AND"])
def test_malformed_syntax_is_a_clear_error(db, text):
    with pytest.raises(QueryError, match="could not be understood"):
        search(db, text)


def test_words_that_look_like_syntax_are_words():
    assert fts_query("covid-19 2024/25 a*b") == '"covid-19" AND "2024/25" AND "a*b"'
    assert fts_query("*") == '""'


def test_an_agenda_items_title_indexes_the_decision_numbered_as_it(tmp_path):
    path = topic_archive.build(tmp_path / "a.db", tmp_path, topic_archive.cabinet_notice)
    db = open_archive(path)
    (hit,) = search(db, "levy business case", types=("resolutions",))
    assert (hit.body, hit.date, hit.snippet.count(MARK_START)) == ("Cabinet", "2025-06-04", 3)
    db.close()


def test_the_index_follows_replaced_and_removed_documents(tmp_path):
    path = topic_archive.build(tmp_path / "a.db", tmp_path)
    db = open_archive(path)
    extraction, pages = topic_archive.transport_minutes(tmp_path)
    renamed = extraction.model_copy(update={
        "document": extraction.document.model_copy(update={"sha256": "e" * 64}),
        "minutes": [m.model_copy(update={"title": "Congestion Charge"}) if m.number == "12" else m
                    for m in extraction.minutes]})
    from minutebook.archive import load_extraction

    load_extraction(db, renamed, pages)
    assert search(db, "parking levy", types=("resolutions",)) == []
    assert {h.title for h in search(db, "congestion charge", types=("resolutions",))} == {"Congestion Charge"}
    assert remove_document(db, extraction.document.source)
    assert db.execute("select count(*) from decisions_fts").fetchone()[0] == 0
    db.close()


def test_an_archive_made_before_the_index_gains_it(tmp_path):
    path = topic_archive.build(tmp_path / "a.db", tmp_path)
    db = open_archive(path)
    before = dump(db)
    db.execute("drop view decisions_ranked")
    db.execute("drop table decisions_fts")  # its triggers go with it
    db.conn.commit()
    db.close()
    db = open_archive(path)
    assert dump(db) == before
    assert len(search(db, "parking levy", types=("resolutions",))) == 2
    db.close()


def test_cli_finds_by_topic_and_explains_malformed_syntax(archive, capsys):
    assert main(["search", "parking levy", "--db", str(archive), "--type", "resolutions", "--json"]) == 0
    hits = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(hits) == 2 and all("<mark>Parking</mark> <mark>Levy</mark>" in h["snippet"] for h in hits)
    assert main(["search", "schools OR budget", "--db", str(archive), "--type", "resolutions"]) == 0
    assert main(["search", '"parking\x1b[31m', "--db", str(archive)]) == 2
    err = capsys.readouterr().err
    assert "could not be understood" in err and "\x1b" not in err


def test_a_pdfs_ufffe_hyphen_is_archived_as_a_hyphen(tmp_path):
    from minutebook.archive import load_extraction

    extraction, pages = topic_archive.transport_minutes(tmp_path)
    odd = extraction.model_copy(update={"resolutions": [extraction.resolutions[0].model_copy(
        update={"text": "That the Park\ufffeand\ufffeRide scheme be approved.\uffff"})]})
    db = open_archive(tmp_path / "a.db")
    load_extraction(db, odd, [pages[0] + " Park\ufffeand\ufffeRide", pages[1]])
    assert db.execute("select text from resolutions").fetchall() == [("That the Park-and-Ride scheme be approved.",)]
    assert "Park-and-Ride" in db.execute("select text from pages where page = 1").fetchone()[0]
    assert not db.execute("select count(*) from pages where instr(text, char(65534))").fetchone()[0]
    db.close()
