"""One meeting, whichever documents print it: one `meetings` row per (council, body, date), records from the most
authoritative copy, the other copies as extra sources, disagreements as conflicts, re-derived on replace/remove."""

from __future__ import annotations

from functools import partial

import pytest
from conftest import shared_extraction
from helpers import invented_document

from minutebook.archive import load_extraction, open_archive
from minutebook.archive.load import LoadStatus, remove_document
from minutebook.archive.meetings import body_display, body_key
from minutebook.cli import main
from minutebook.schemas import Attendance, Extraction, Meeting, Minute, Resolution, Vote

COUNCIL = "Fernleigh District Council"


document = partial(invented_document, council=COUNCIL, pages=4, folder="/packs")


def printed_minutes(version: str = "", against: int = 7) -> Extraction:
    return Extraction(
        document=document("planning-minutes.pdf", "minutes", version=version),
        meetings=[Meeting(body="PLANNING COMMITTEE", date="2025-06-03", time="18:00", page=1)],
        attendance=[Attendance(meeting_date="2025-06-03", name="Cllr Nadia Oduya", status="present", page=1),
                    Attendance(meeting_date="2025-06-03", name="Cllr Tom Rask", status="apologies", page=1)],
        minutes=[Minute(meeting_date="2025-06-03", number="12", title="Land at Mill Lane", page=2)],
        resolutions=[Resolution(meeting_date="2025-06-03", minute_number="12", outcome="resolved", page=2,
                                text="That planning permission be refused.")],
        votes=[Vote(meeting_date="2025-06-03", minute_number="12", result="lost", page=2,
                    **{"for": 2, "against": against})],
    )


def decision_notice(result: str = "lost") -> Extraction:
    return Extraction(
        document=document("planning-decisions.pdf", "decision notice"),
        meetings=[Meeting(body="Planning Cttee", date="2025-06-03", venue="Council Chamber", page=1)],
        attendance=[Attendance(meeting_date="2025-06-03", name="N Oduya", status="present", page=1)],
        minutes=[Minute(meeting_date="2025-06-03", number="12", title="Land at Mill Lane", page=1)],
        resolutions=[Resolution(meeting_date="2025-06-03", minute_number="12", outcome="resolved", page=1,
                                text="That planning permission be REFUSED")],
        votes=[Vote(meeting_date="2025-06-03", minute_number="12", result=result, page=1,
                    **{"for": 2, "against": 7})],
    )


def rows(db, sql: str, params=()) -> list[tuple]:
    return db.execute(sql, params).fetchall()


def test_body_names_match_within_case_ampersands_and_abbreviations():
    assert body_key("PLANNING COMMITTEE") == body_key("Planning Cttee") == body_key("Meeting of the Planning "
                                                                                     "Committee")
    assert body_key("Transport & Connectivity Committee") == body_key("Transport and Connectivity Committee")
    assert body_key("Cabinet") != body_key("Cabinet Member Decisions")
    assert body_display("PLANNING COMMITTEE") == "Planning Committee"
    assert body_display("Transport & Connectivity Committee") == "Transport & Connectivity Committee"


def test_two_documents_of_one_meeting_are_one_meeting_with_the_minutes_records(archive):
    load_extraction(archive, decision_notice(), [])
    load_extraction(archive, printed_minutes(), [])
    assert rows(archive, "select council, body, printed_body, date, time, venue from meetings") == [
        (COUNCIL, "Planning Committee", "PLANNING COMMITTEE", "2025-06-03", "18:00", "Council Chamber")]
    assert rows(archive, "select d.file_name, l.role from document_meetings l join documents d on d.id = l.document "
                         "order by d.file_name") == [("planning-decisions.pdf", "decision notice"),
                                                      ("planning-minutes.pdf", "minutes")]
    minutes_doc = rows(archive, "select id from documents where file_name = 'planning-minutes.pdf'")[0][0]
    notice_doc = rows(archive, "select id from documents where file_name = 'planning-decisions.pdf'")[0][0]
    for table in ("attendance", "minutes", "resolutions", "votes"):
        assert {d for (d,) in rows(archive, f"select document from {table}")} == {minutes_doc}, table
    assert rows(archive, "select text from resolutions") == [("That planning permission be refused.",)]
    assert sorted(rows(archive, "select table_name, document, page from record_sources")) == [
        ("attendance", notice_doc, 1), ("minutes", notice_doc, 1), ("resolutions", notice_doc, 1),
        ("votes", notice_doc, 1)]
    assert rows(archive, "select count(*) from conflicts") == [(0,)]


def test_copies_that_disagree_are_conflicts_with_both_sources(archive):
    load_extraction(archive, printed_minutes(), [])
    load_extraction(archive, decision_notice(result="carried"), [])
    assert rows(archive, "select table_name, field, value, page, other_value, other_page from conflicts") == [
        ("votes", "result", "lost", 2, "carried", 1)]


def test_replacing_or_removing_a_document_rederives_its_meetings(archive):
    load_extraction(archive, printed_minutes(), [])
    load_extraction(archive, decision_notice(), [])
    assert load_extraction(archive, printed_minutes(), []) is LoadStatus.UNCHANGED
    assert load_extraction(archive, printed_minutes(version="2", against=6), []) is LoadStatus.REPLACED
    assert rows(archive, "select votes_against from votes") == [(6,)]
    assert rows(archive, "select value, other_value from conflicts") == [("6", "7")]
    assert remove_document(archive, "/packs/planning-minutes.pdf")
    assert rows(archive, "select count(*), body from meetings") == [(1, "Planning Cttee")]
    assert rows(archive, "select text from resolutions") == [("That planning permission be REFUSED",)]
    assert rows(archive, "select count(*) from record_sources union all select count(*) from conflicts") == [(0,),
                                                                                                             (0,)]
    assert rows(archive, "select name from people") == [("N Oduya",)]
    assert remove_document(archive, "/packs/planning-decisions.pdf")
    for table in ("meetings", "attendance", "resolutions", "votes", "people", "document_meetings"):
        assert rows(archive, f"select count(*) from {table}") == [(0,)], table
    assert not remove_document(archive, "/packs/planning-decisions.pdf")


def test_remove_on_the_command_line(tmp_path, capsys):
    db = open_archive(tmp_path / "archive.db")
    load_extraction(db, printed_minutes(), [])
    load_extraction(db, decision_notice(), [])
    db.close()
    archive_path = str(tmp_path / "archive.db")
    assert main(["remove", "/packs/planning-minutes.pdf", "/packs/never.pdf", "--db", archive_path]) == 1
    assert capsys.readouterr().out.splitlines() == ["removed: /packs/planning-minutes.pdf",
                                                    "not in the archive: /packs/never.pdf"]
    db = open_archive(tmp_path / "archive.db")
    assert rows(db, "select file_name from documents") == [("planning-decisions.pdf",)]
    assert main(["remove", "x.pdf", "--db", str(tmp_path / "none.db")]) == 2
    assert not (tmp_path / "none.db").exists()


def test_meetings_of_other_councils_or_days_stay_apart(archive):
    load_extraction(archive, printed_minutes(), [])
    other = decision_notice().model_copy(update={"document": document("other.pdf", "decision notice",
                                                                      council="Brackwater Town Council")})
    load_extraction(archive, other, [])
    later = printed_minutes().model_copy(update={
        "document": document("later.pdf", "minutes"),
        "meetings": [Meeting(body="Planning Committee", date="2025-06-03", time="10:00", page=1)]})
    load_extraction(archive, later, [])
    assert rows(archive, "select council, time from meetings order by id") == [
        (COUNCIL, "18:00"), ("Brackwater Town Council", None), (COUNCIL, "10:00")]


def test_a_pack_carrying_earlier_minutes_is_a_lesser_copy_of_them(archive):
    pack = Extraction(
        document=document("next-pack.pdf", "agenda pack"),
        meetings=[Meeting(body="Planning Committee", date="2025-07-01", page=1),
                  Meeting(body="Planning Committee", date="2025-06-03", page=5)],
        minutes=[Minute(meeting_date="2025-06-03", number="12", title="Land at Mill Lane", page=5)],
        resolutions=[Resolution(meeting_date="2025-06-03", minute_number="12", outcome="resolved", page=5,
                                text="That planning permission be refused.")],
    )
    load_extraction(archive, pack, [])
    load_extraction(archive, printed_minutes(), [])
    assert rows(archive, "select m.date, l.role from document_meetings l join meetings m on m.id = l.meeting "
                         "join documents d on d.id = l.document where d.file_name = 'next-pack.pdf' "
                         "order by m.date") == [("2025-06-03", "carried minutes"), ("2025-07-01", "agenda")]
    assert rows(archive, "select page from resolutions") == [(2,)]
    assert rows(archive, "select table_name, page from record_sources order by table_name") == [
        ("minutes", 5), ("resolutions", 5)]


def test_decisions_of_one_minute_pair_by_their_wording(archive):
    """Several decisions under one minute: each copy's decision is a source of the primary's it is worded like
    (word for word, or the closest at least half alike), in whatever order printed; one worded like none of
    several is not."""
    def decision(text: str, page: int) -> Resolution:
        return Resolution(meeting_date="2025-06-03", minute_number="12", outcome="resolved", page=page, text=text)

    minutes = printed_minutes().model_copy(update={"resolutions": [
        decision("That planning permission be refused.", 2), decision("That the enforcement team visit the site.", 2),
        decision("That the applicant be thanked for attending.", 3)]})
    notice = decision_notice().model_copy(update={"resolutions": [
        decision("To adjourn for ten minutes at 8pm", 1), decision("That the Enforcement Team visit the site "
                                                                   "within 14 days", 1),
        decision("That planning permission be refused.", 1)]})
    load_extraction(archive, minutes, [])
    load_extraction(archive, notice, [])
    assert rows(archive, "select r.text from record_sources s join resolutions r on r.id = s.record "
                         "where s.table_name = 'resolutions' order by r.id") == [
        ("That planning permission be refused.",), ("That the enforcement team visit the site.",)]


@pytest.mark.shared
def test_bristol_printed_minutes_and_decision_notice_are_one_meeting(archive):
    for name in ("bristol_tcpc_2024-09-12_decision_notice.pdf", "bristol_tcpc_2024-09-12_printed_minutes.pdf"):
        result = shared_extraction(f"real/{name}")
        load_extraction(archive, result.extraction, result.pages)
    assert rows(archive, "select body, date, time from meetings") == [
        ("Transport and Connectivity Policy Committee", "2024-09-12", "17:00")]
    assert rows(archive, "select d.kind, l.role from document_meetings l join documents d on d.id = l.document "
                    "order by l.role") == [("decision notice", "decision notice"), ("minutes", "minutes")]
    assert rows(archive, "select count(distinct document) from resolutions") == [(1,)]
    sourced = rows(archive, "select r.minute_number from record_sources s join resolutions r on r.id = s.record "
                       "where s.table_name = 'resolutions'")
    assert {"7", "8", "9", "11", "12"} <= {number for (number,) in sourced}
    # minute 12: the minutes print "Resolved – that the Committee noted …", the notice "The Committee noted …"
    assert rows(archive, "select r.minute_number, c.field, c.value, c.other_value from conflicts c "
                         "join resolutions r on r.id = c.record") == [("12", "outcome", "resolved", "noted")]
