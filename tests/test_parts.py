"""Splitting packs into front sheet, minutes and reports, and naming their meetings."""

from datetime import date

from conftest import TextPack, make_lines, shared_layout

from minutebook.extractors.pack import Pack


def parts_of(text: str):
    return TextPack(make_lines(text)).parts


def test_front_sheet_with_labels_and_minutes_with_heading():
    parts = parts_of("""
**Public Document Pack
Meeting: Planning Committee
Time: 10.00 am
Date: Monday, 14 January 2019
Venue: Council Chamber, Town Hall
**1. Apologies for Absence
**Minutes of the meeting held on Thursday, 11 October 2018 at 2.00 pm
Present:
Councillors A Smith (Chair) and B Jones
**40 Apologies
""")
    front, minutes = parts
    assert (front.kind, front.body, front.date, front.time, front.venue) == (
        "front", "Planning Committee", date(2019, 1, 14), "10:00", "Council Chamber, Town Hall")
    assert (minutes.kind, minutes.date, minutes.time) == ("minutes", date(2018, 10, 11), "14:00")
    assert minutes.start == 6 and minutes.anchor == 7


def test_body_from_minutes_heading_and_date_of_publication_ignored():
    parts = parts_of("""
**Notice of Meeting
Published: Monday, 27 April 2020
A meeting of the Licensing Committee will be held on 6 May 2020 at 10.30 am in Room 2.
**MINUTES of a meeting of the Licensing Committee held in Room 2 on Thursday, 5 March 2020.
PRESENT: Mr A Smith (Chairman), Mrs B Jones
""")
    assert [(p.kind, p.body, p.date) for p in parts] == [
        ("front", "Licensing Committee", date(2020, 5, 6)),
        ("minutes", "Licensing Committee", date(2020, 3, 5)),
    ]


def test_minutes_end_at_meeting_ended_line():
    parts = parts_of("""
**Minutes of the Audit Committee held on 2 May 2021
Present: Councillors A Smith and B Jones
**1 Apologies
None.
The meeting ended at 11.30 am
**Report of the Director
""")
    assert [(p.kind, p.start, p.end) for p in parts] == [("minutes", 0, 5), ("report", 5, 6)]


def test_report_cover_is_not_a_meeting():
    parts = parts_of("""
**Committee Report
DATE: 12 September 2024
COMMITTEE: Transport Committee
""")
    assert [p.kind for p in parts] == ["report"]


def test_real_frontsheet_meeting_on_a_cover_page():
    layout = shared_layout("real/kent_county_council_2025-01-09_agenda_frontsheet.pdf")
    front = Pack(layout).parts[0]
    assert (front.kind, front.body, front.date, front.time) == ("front", "County Council", date(2025, 1, 9), "10:00")


def test_real_minutes_bodies():
    expected = {
        "real/bristol_tcpc_2025-05-15_printed_minutes.pdf": ("Transport & Connectivity Policy Committee",
                                                             date(2025, 5, 15), "16:30"),
        "real/kent_cpp_2024-12-10_minutes.pdf": ("CORPORATE PARENTING PANEL", date(2024, 12, 10), None),
        "real/milburn_pc_2018-11-06_minutes.pdf": ("Milburn Parish Council", date(2018, 11, 6), None),
    }
    for name, meeting in expected.items():
        layout = shared_layout(name)
        part = Pack(layout).parts[0]
        assert (part.kind, part.body, part.date, part.time) == ("minutes", *meeting), name


def test_it_closed_in_prose_does_not_end_the_minutes():
    parts = parts_of("""
**Minutes of the County Council held on 19 December 2024
PRESENT: Mr A Smith (Chairman), Mrs B Jones
**1 Announcements
He encouraged residents to apply before it closed on 21 December.
**2 Questions
It closed at 12.40 pm
""")
    assert [(p.kind, p.start, p.end) for p in parts] == [("minutes", 0, 6)]


def test_real_minutes_run_to_the_last_page():
    layout = shared_layout("real/kent_county_council_2024-12-19_minutes.pdf")
    pack = Pack(layout)
    minutes = [p for p in pack.parts if p.kind == "minutes"]
    assert len(minutes) == 1
    assert pack.lines[minutes[0].end - 1].page == 15


def test_minutes_without_an_attendance_block_found_by_their_title():
    lines = make_lines("**AGENDA\nDate: 3 June 2021\n1. Apologies\n2. Minutes")
    lines += make_lines("**MINUTES OF THE MEETING HELD ON 6 MAY 2021\n**1. Apologies\nNone were received.", page=2)
    parts = TextPack(lines).parts
    assert [(p.kind, p.start, p.date) for p in parts] == [("front", 0, date(2021, 6, 3)),
                                                          ("minutes", 4, date(2021, 5, 6))]


def test_an_agenda_line_about_minutes_is_not_a_minutes_part():
    parts = parts_of("**AGENDA\nDate: 3 June 2021\n**Minutes of the meeting held on 6 May 2021\n1. Apologies")
    assert [p.kind for p in parts] == ["front"]


def test_minutes_end_where_a_report_opens_on_a_new_page():
    lines = make_lines("**Minutes of the Board held on 2 May 2021\nPresent: Councillors A Smith and B Jones\n"
                       "**1 Apologies\nNone.\nSigned .......... Chairman")
    lines += make_lines("From: Director of Resources\nTo: Board – 3 June 2021\nSubject: Budget", page=2)
    parts = TextPack(lines).parts
    assert [(p.kind, p.start, p.end) for p in parts] == [("minutes", 0, 5), ("report", 5, 8)]


def test_a_title_that_the_running_head_repeats_with_a_logo_beside_it(html_pack):
    """A running head repeating the authority's name in small type on every page is furniture; the first page's
    title saying the same in large type is not, and the minutes under it are found though the logo's letters
    come between them in reading order."""
    pages = "".join(f'<p style="page-break-before:always">Page {n} business continued.</p>' for n in (2, 3))
    pack = html_pack(f"""<html><head><style>@page {{ @top-right {{ content: "Wexmoor Combined Fire Authority";
font-size: 8pt }} }} body {{ font-family: sans-serif; font-size: 10pt }}</style></head><body>
<div style="float:left;width:40pt;height:40pt;line-height:48pt;background:#a00;color:white;font-weight:bold">WCFA</div>
<p style="font-size:14pt;font-weight:bold;margin-left:50pt">Wexmoor Combined Fire Authority</p>
<p style="margin-left:50pt">Minutes of the meeting of the Fire Authority held at Service Headquarters, Mill Road,
Wexmoor on Thursday 12 December 2024 at 10.00 am</p>
<p><b>Attendance</b></p>
<table><tr><th>Member</th><th>Constituent council</th><th>Present</th><th>Apologies</th></tr>
<tr><td>Cllr Vera Holt (Chair)</td><td>Wexmoor County Council</td><td>✓</td><td></td></tr>
<tr><td>Cllr Ian Marsh</td><td>Wexmoor County Council</td><td></td><td>✓</td></tr></table>
<p><b>41/24 Apologies for absence</b></p><p>Apologies were received from Councillor Marsh.</p>{pages}
</body></html>""")
    minutes = next(part for part in pack.parts if part.kind == "minutes")
    assert (minutes.body, minutes.date, minutes.time) == ("Wexmoor Combined Fire Authority", date(2024, 12, 12),
                                                          "10:00")
    assert [line.text for line in pack.layout.pages[1].furniture] == ["Wexmoor Combined Fire Authority"]
