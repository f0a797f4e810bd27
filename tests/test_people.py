"""One person, however their name is printed: merged within a council by surname and compatible forenames and
initials; a bare surname only where one person fits; never across councils; ambiguous cases kept apart for review."""

from __future__ import annotations

import json

import pytest
from conftest import shared_extraction
from helpers import invented_document

from minutebook.archive import load_extraction
from minutebook.archive.attribution import attribute_all
from minutebook.archive.people import compatible, parse, person_kind
from minutebook.schemas import Attendance, Extraction, Meeting, Vote


@pytest.mark.parametrize(("a", "b", "same"), [
    ("R W Gough", "Roger Gough", True),
    ("Roger Gough", "Roger W. Gough", True),
    ("Cllr Roger Gough", "Mr R. Gough", True),
    ("Mr Gough", "Roger Gough", True),
    ("Gough", "R W Gough", True),
    ("Roger Gough", "Richard Gough", False),
    ("R Gough", "B Gough", False),
    ("Lesley Game", "L Game", True),
    ("Lesley Game", "Lesley Gale", False),
    ("Mrs P. Cole (Chair)", "Pat Cole", True),
    ("Mr Cole", "Mrs Cole", False),
    ("Ms Meade", "Mr J Meade", False),
    ("Mr Meade", "J Meade", True),
])
def test_compatible_names(a, b, same):
    assert compatible(parse(a), parse(b)) is same


def test_parsed_names_drop_titles_and_brackets():
    assert person_kind("in_attendance", "Cabinet Member for Integrated Children's Services") == "member"
    assert parse("Councillor Sir Paul Carter CBE") == parse("Mr Paul Carter")
    assert parse("Ann Lee (AL)").given == ("ann",)
    assert parse("Gough").surname == "gough" and parse("Gough").given == ()
    assert person_kind("in_attendance", "Democratic Services Officer") == "officer"
    assert person_kind("in_attendance", None) == person_kind("present", "Chair") == "member"


def minutes(name: str, council: str, day: str, people: list[tuple[str, str]], votes=None) -> Extraction:
    return Extraction(
        document=invented_document(name, "minutes", council, pages=2, folder="/m"),
        meetings=[Meeting(body="Cabinet", date=day, page=1)],
        attendance=[Attendance(meeting_date=day, name=n, status=s, page=1,
                               role="Head of Finance" if s == "in_attendance" else None) for n, s in people],
        votes=votes or [],
    )


def people(db) -> list[tuple]:
    return db.execute("select council, name, kind, aliases from people order by council, name").fetchall()


def test_spellings_of_one_councillor_are_one_person_within_a_council(archive):
    load_extraction(archive, minutes("a.pdf", "Ashdown County Council", "2025-01-09",
                                     [("L Game", "present"), ("R W Gough", "present"), ("Dan Watts", "present")]),
                    [])
    load_extraction(archive, minutes("b.pdf", "Ashdown County Council", "2025-01-30",
                                     [("Lesley Game", "present"), ("Roger Gough", "present"),
                                      ("Watts", "apologies"), ("Dan Watts", "in_attendance")],
                                     votes=[Vote(meeting_date="2025-01-30", minute_number="5", result="carried",
                                                 page=1, names={"for": ["Mr Gough", "Mrs Game"]})]), [])
    load_extraction(archive, minutes("c.pdf", "Brackwater Borough Council", "2025-01-30",
                                     [("B. Gough", "present")]), [])
    assert [row[:3] for row in people(archive)] == [
        ("Ashdown County Council", "Dan Watts", "member"), ("Ashdown County Council", "Dan Watts", "officer"),
        ("Ashdown County Council", "Lesley Game", "member"), ("Ashdown County Council", "Roger Gough", "member"),
        ("Brackwater Borough Council", "B. Gough", "member")]
    gough = archive.execute("select id, aliases from people where name = 'Roger Gough'").fetchone()
    assert json.loads(gough[1]) == ["R W Gough", "Roger Gough", "Mr Gough"]
    assert archive.execute("select person, side, name from vote_names order by name").fetchall() == [
        (gough[0], "for", "Mr Gough"),
        (archive.execute("select id from people where name = 'Lesley Game'").fetchone()[0], "for", "Mrs Game")]
    assert archive.execute("select count(distinct person) from attendance where name like '%Watts'").fetchone() == (2,)


def test_a_name_two_people_fit_is_kept_apart_for_review(archive):
    """'R Gough' fits Roger and Richard: it is one unresolved person of the council, listed for review at each
    meeting; a bare 'Gough' then fits the two as well (the unresolved 'R Gough' is no candidate)."""
    load_extraction(archive, minutes("a.pdf", "Ashdown County Council", "2025-01-09",
                                     [("Roger Gough", "present"), ("Richard Gough", "present")]), [])
    load_extraction(archive, minutes("b.pdf", "Ashdown County Council", "2025-02-09", [("R Gough", "present")]), [])
    load_extraction(archive, minutes("c.pdf", "Ashdown County Council", "2025-03-09",
                                     [("R Gough", "present"), ("Gough", "apologies")]), [])
    assert [name for _, name, _, _ in people(archive)] == ["Gough", "R Gough", "Richard Gough", "Roger Gough"]
    review = archive.execute("select p.name, r.candidates from person_review r join people p on p.id = r.person")
    assert [(name, len(json.loads(candidates))) for name, candidates in review] == [
        ("R Gough", 2), ("R Gough", 2), ("Gough", 2)]  # one unresolved 'R Gough', never a merge target


def test_an_honorific_s_sex_keeps_two_namesakes_apart(archive):
    load_extraction(archive, minutes("a.pdf", "Ashdown County Council", "2025-01-09", [("P T Cole", "present")],
                                     votes=[Vote(meeting_date="2025-01-09", minute_number="5", result="carried",
                                                 page=1, names={"for": ["Mr Cole"], "against": ["Mrs Cole"]})]),
                    [])
    load_extraction(archive, minutes("b.pdf", "Ashdown County Council", "2025-02-09", [("P Cole", "present")]), [])
    assert [(name, aliases) for _, name, _, aliases in people(archive)] == [
        ("Mrs Cole", '["Mrs Cole"]'), ("P T Cole", '["P T Cole", "Mr Cole", "P Cole"]')]  # forenames fit better


def test_a_bare_surname_takes_the_person_the_meeting_names(archive):
    load_extraction(archive, minutes("a.pdf", "Ashdown County Council", "2025-01-09",
                                     [("Roger Gough", "present"), ("Brian Gough", "present")]), [])
    load_extraction(archive, minutes("b.pdf", "Ashdown County Council", "2025-02-09",
                                     [("Brian Gough", "present"), ("Gough", "apologies")]), [])
    assert archive.execute("select count(*) from people").fetchone() == (2,)
    brian = archive.execute("select id from people where name = 'Brian Gough'").fetchone()[0]
    assert archive.execute("select person from attendance where name = 'Gough'").fetchone() == (brian,)


@pytest.mark.shared
def test_kent_spellings_join_attendance_and_named_votes(archive):
    """Kent prints one councillor as 'L Game', 'Lesley Game' and (in apologies) 'Game', and votes by 'Mr Gough'."""
    for name in ("kent_county_council_2025-01-09_printed_minutes.pdf", "kent_cpp_2024-10-29_minutes.pdf",
                 "kent_county_council_2025-03-13_printed_minutes.pdf"):
        result = shared_extraction(f"real/{name}")
        load_extraction(archive, result.extraction, result.pages)
    assert attribute_all(archive) == 1  # the panel's minutes print no council: they share its councillors
    assert archive.execute("select distinct council from people").fetchall() == [("Kent County Council",)]
    game = archive.execute("select name, aliases from people where surname = 'game'").fetchall()
    assert [(name, set(json.loads(aliases))) for name, aliases in game] == [
        ("Lesley Game", {"Game", "L Game", "Lesley Game", "Mrs Game"})]
    gough = archive.execute("select id from people where name = 'R W Gough'").fetchall()
    assert len(gough) == 1
    assert {p for (p,) in archive.execute("select person from vote_names where name = 'Mr Gough'")} == {gough[0][0]}
