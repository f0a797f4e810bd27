"""Attendance records from front sheets and minutes: hand-made packs, a rendered PDF, and real council PDFs."""

from datetime import date

import pytest
from conftest import shared_layout

from minutebook.extractors import attendance
from minutebook.extractors.pack import Pack


def records(pack) -> list[tuple[str, str, str, str | None]]:
    return [(str(r.meeting_date), r.name, r.status, r.role) for r in attendance.extract(pack)]


def test_minutes_block_sections_and_minuted_apologies(text_pack):
    pack = text_pack("""
**Minutes of the meeting of the Audit Committee held on 2 May 2021
PRESENT: Mr R W Gough (Chairman), Mrs S Chandler and Dr M Gogarty
ALSO PRESENT: Mrs J Price (Cabinet Member for Children and Families)
IN ATTENDANCE: Mr A Brennan-Price (Director of Corporate Resources) and
Ms H Doherty, Head of Finance

**1. Apologies
Apologies were received from Mr C Bell and Mrs N Sayer who was substituted by Mr J Hills.
The Chairman thanked Mr T Jones for his work.
""")
    assert records(pack) == [
        ("2021-05-02", "R W Gough", "present", "Chairman"),
        ("2021-05-02", "S Chandler", "present", None),
        ("2021-05-02", "M Gogarty", "present", None),
        ("2021-05-02", "J Price", "in_attendance", "Cabinet Member for Children and Families"),
        ("2021-05-02", "A Brennan-Price", "in_attendance", "Director of Corporate Resources"),
        ("2021-05-02", "H Doherty", "in_attendance", "Head of Finance"),
        ("2021-05-02", "C Bell", "apologies", None),
        ("2021-05-02", "N Sayer", "apologies", None),
    ]


def test_officers_labelled_by_their_kind(text_pack):
    """"Panel support officers:", "Supporting officers:": a label of a few words closing with officers and a colon
    lists people in attendance, as "Officers:" does."""
    pack = text_pack("""
**Minutes of the meeting of the Police and Crime Panel held on 6 February 2025
PRESENT: Councillor A Rook (Chair) and Councillor B Fitch
Panel support officers: Claire Fenn (Scrutiny Officer) and Mo Iqbal (Legal Adviser to the Panel)

**1. Apologies
None.
""")
    assert records(pack)[2:] == [("2025-02-06", "Claire Fenn", "in_attendance", "Scrutiny Officer"),
                                 ("2025-02-06", "Mo Iqbal", "in_attendance", "Legal Adviser to the Panel")]


def test_labels_on_their_own_lines_absent_and_a_clerk(text_pack):
    pack = text_pack("""
**Minutes of the meeting held on Tuesday 9th August 2022
**Members Present:-
Councillors: Kate Watson (Chair), Gordon Dale
Absent: Cllr B Y Bradshaw and Cllr J Perry
Clerk E Ward
Members of the public: 4
**12 Apologies
There were no apologies.
""")
    assert records(pack) == [
        ("2022-08-09", "Kate Watson", "present", "Chair"),
        ("2022-08-09", "Gordon Dale", "present", None),
        ("2022-08-09", "B Y Bradshaw", "absent", None),
        ("2022-08-09", "J Perry", "absent", None),
        ("2022-08-09", "E Ward", "in_attendance", "Clerk"),
    ]


def test_block_stops_at_prose_and_bare_list_under_apologies_heading(text_pack):
    pack = text_pack("""
**Milburn Parish Council - 6th November 2018
**Present
Councillors D Richardson (Chair) R Healey and P Moran
Councillor Richardson welcomed Councillor Neil Cresswell to the Parish Council
**18.11.1 Apologies
A Armstrong EDC and M Armstrong
**18.11.2 Register of Interests
None
""")
    assert records(pack) == [
        ("2018-11-06", "D Richardson", "present", "Chair"),
        ("2018-11-06", "R Healey", "present", None),
        ("2018-11-06", "P Moran", "present", None),
        ("2018-11-06", "A Armstrong", "apologies", "EDC"),
        ("2018-11-06", "M Armstrong", "apologies", None),
    ]


def test_front_sheet_membership_ends_at_a_gap_and_each_minutes_part_has_its_date(text_pack):
    pack = text_pack("""
**Notice of Meeting
A meeting of the Planning Committee will be held on 6 May 2020 at 10.30 am.
**Members:
Duncan Sharma (Chair)
Caroline Wallace

Roger Turner, Chief Executive
**AGENDA
**1 Apologies for Absence
**Minutes of the Planning Committee held on 23 March 2020
Present: Councillors Duncan Sharma (Chair) and Caroline Wallace
**1 Apologies
""")
    assert records(pack) == [
        ("2020-05-06", "Duncan Sharma", "member", "Chair"),
        ("2020-05-06", "Caroline Wallace", "member", None),
        ("2020-03-23", "Duncan Sharma", "present", "Chair"),
        ("2020-03-23", "Caroline Wallace", "present", None),
    ]


def test_each_record_carries_the_page_and_box_of_its_line(text_pack):
    pack = text_pack("""
**Minutes of the meeting held on 2 May 2021
Present: Councillors A Smith, B Jones,
C Brown and D White
""")
    found = attendance.extract(pack)
    assert [(r.name, r.page) for r in found] == [("A Smith", 1), ("B Jones", 1), ("C Brown", 1), ("D White", 1)]
    first, third = pack.lines[1], pack.lines[2]
    assert (found[0].bbox.top, found[2].bbox.top) == (first.top, third.top)


def table(rows: list[list[str]]) -> str:
    """An HTML table with wide gaps between columns, as front sheets print membership grids."""
    cell = "<td style='padding: 2pt 30pt 2pt 0; font-size: 10pt'>{}</td>"
    return "<table>" + "".join("<tr>" + "".join(cell.format(c) for c in row) + "</tr>" for row in rows) + "</table>"


def test_unlabelled_name_grid_and_portfolio_table_on_rendered_front_sheets(make_pdf, open_layout):
    grid = table([["Pauline Batstone (Chairman)", "Katharine Garcia", "Derek Beer"],
                  ["Kevin Brookes", "Toni Coombs", "Bill Pipe"]])
    pdf = make_pdf(f"""<p>Meeting: Safeguarding Committee</p><p>Date: 14 January 2019</p>{grid}
        <p><b>Notes:</b></p><p>Mike Harries, Chief Executive</p><h2>Agenda</h2><p>1. Apologies for Absence</p>""")
    assert records(Pack(open_layout(pdf))) == [
        ("2019-01-14", name, "member", role) for name, role in [
            ("Pauline Batstone", "Chairman"), ("Katharine Garcia", None), ("Derek Beer", None),
            ("Kevin Brookes", None), ("Toni Coombs", None), ("Bill Pipe", None)]]
    portfolios = table([["<b>Councillor</b>", "<b>Portfolio</b>"],
                        ["Councillor Katharine West", "Leader of the Council"],
                        ["Councillor Dawn Bailey", "Cabinet Member for Children and Families"]])
    pdf = make_pdf(f"""<p>Meeting: Cabinet</p><p>Date: 12/03/2024</p><p><b>Membership</b></p>{portfolios}
        <p>Democratic Services contact: Malcolm Henderson</p><h2>Agenda</h2>""", name="cabinet.pdf")
    assert records(Pack(open_layout(pdf))) == [
        ("2024-03-12", "Katharine West", "member", "Leader of the Council"),
        ("2024-03-12", "Dawn Bailey", "member", "Cabinet Member for Children and Families")]


def by_name(path: str) -> dict[tuple[str, str], object]:
    layout = shared_layout(path)
    return {(r.name, r.status): r for r in attendance.extract(Pack(layout))}


@pytest.mark.shared
def test_kent_cabinet_printed_minutes():
    found = by_name("real/kent_cabinet_2025-01-30_printed_minutes.pdf")
    gough = found[("R W Gough", "present")]
    assert (gough.meeting_date, gough.role, gough.page) == (date(2025, 1, 30), "Chairman", 1)
    assert ("R C Love", "present") in found  # "Mr R C Love, OBE,"
    assert found[("McKay", "in_attendance")].role == "Acting Chief Accountant"  # role wraps onto the next line
    assert found[("M Gogarty", "in_attendance")].page == 1  # "Dr M" / "Gogarty" across lines
    assert found[("C Bell", "apologies")].page == 1


@pytest.mark.shared
def test_kent_corporate_parenting_panel_minutes():
    found = by_name("real/kent_cpp_2024-12-10_minutes.pdf")
    assert found[("Sue Chandler", "in_attendance")].role == "Cabinet Member for Integrated Children’s Services"
    assert ("Tom Byrne", "present") in found  # "Tom" / "Byrne" across lines
    assert ("Nancy Sayer", "apologies") in found and ("Roxanne Hills", "apologies") not in found


@pytest.mark.shared
def test_milburn_parish_minutes():
    found = by_name("real/milburn_pc_2018-11-06_minutes.pdf")
    assert found[("D Richardson", "present")].role == "Chair"
    assert found[("J Connelly", "in_attendance")].role == "Clerk"
    assert found[("A Armstrong", "apologies")].role == "EDC"
    assert sorted(status for _, status in found) == ["apologies"] * 2 + ["in_attendance"] + ["present"] * 4


@pytest.mark.shared
def test_dorset_pack_front_sheet_grid_and_minutes():
    found = by_name("seed/dorset-safeguarding-2019-01-14.pdf")
    member = found[("Pauline Batstone", "member")]
    assert (member.meeting_date, member.role, member.page) == (date(2019, 1, 14), "Chairman", 1)
    apologies = found[("Pauline Batstone", "apologies")]
    assert (apologies.meeting_date, apologies.page) == (date(2018, 10, 11), 3)
    assert found[("Steve Butler", "in_attendance")].role == "Cabinet Member for Safeguarding"
    assert found[("Katharine Garcia", "present")].role == "Vice-Chairman in the Chair"


def test_role_lines_qualified_labels_and_sent_apologies(text_pack):
    pack = text_pack("""
**Minutes of the meeting held on 2 May 2021
Present:
Chairman: Councillor A Smith
Councillors B Jones and C Brown
In attendance (virtually): Mr D White (Head of Finance)
**1 Apologies
Councillors E Green and F Black sent their apologies.
""")
    assert records(pack) == [
        ("2021-05-02", "A Smith", "present", "Chairman"),
        ("2021-05-02", "B Jones", "present", None),
        ("2021-05-02", "C Brown", "present", None),
        ("2021-05-02", "D White", "in_attendance", "Head of Finance"),
        ("2021-05-02", "E Green", "apologies", None),
        ("2021-05-02", "F Black", "apologies", None),
    ]


def test_a_qualified_attending_label_after_present(text_pack):
    """'LEAD MEMBER ATTENDING:' between PRESENT and ALSO PRESENT is a section (in attendance), not the block's end."""
    pack = text_pack("""
**Minutes of a meeting of the Wells Scrutiny Committee held on 24 September 2024
PRESENT: Councillors Ada Vine (Chairman), Ben Holt, Cy Moor. Di Lark (Parent Governor representative).
LEAD MEMBER ATTENDING: Councillor Ed Rowe, Lead Member for Education.
ALSO PRESENT: Fay Nunn, Director of Children's Services.
**1. Minutes
RESOLVED - to confirm the minutes.
""")
    assert records(pack) == [
        ("2024-09-24", "Ada Vine", "present", "Chairman"), ("2024-09-24", "Ben Holt", "present", None),
        ("2024-09-24", "Cy Moor", "present", None),
        ("2024-09-24", "Di Lark", "present", "Parent Governor representative"),
        ("2024-09-24", "Ed Rowe", "in_attendance", "Lead Member for Education"),
        ("2024-09-24", "Fay Nunn", "in_attendance", "Director of Children's Services"),
    ]


def test_a_grid_cell_wrapping_in_its_column(html_pack):
    """'PRESENT: Councillors' over a grid whose cell wraps in its column ('Bev Blackmore (Vice-' over
    'Chairman)', 'Alan Abbott' over '(Chairman)'): the wrapped words stay with their cell, not with the names beside
    them."""
    cell = "<td style='width: 120pt; padding: 1pt 20pt 1pt 0; vertical-align: top; font-size: 11pt'>{}</td>"
    rows = [["Alan Abbott (Chairman)", "Nicola Northam", "Derek Dart"],
            ["Bev Blackmore (Vice-Chairman)", "Owen Ottery", "Elaine Endacott"],
            ["Colin Chard", "Quentin Quick", "Gillian Gribble"]]
    grid = "<table>" + "".join("<tr>" + "".join(cell.format(c) for c in row) + "</tr>" for row in rows) + "</table>"
    pack = html_pack(f"""<h1>WEXLEY COUNCIL</h1><p><b>MINUTES OF THE MEETING OF THE COUNCIL</b></p>
        <p>held at the Guildhall on Tuesday 25 February 2025 at 6.30 pm</p><p>PRESENT: Councillors</p>{grid}
        <p><b>87. Apologies for Absence</b></p><p>None.</p>""")
    assert [line.text for line in pack.lines if line.text.startswith(("Chairman)", "(Chairman)"))] == [
        "(Chairman)", "Chairman)"]  # both cells wrap in the render
    assert [(r.name, r.role) for r in attendance.extract(pack)] == [
        ("Alan Abbott", "Chairman"), ("Nicola Northam", None), ("Derek Dart", None),
        ("Bev Blackmore", "Vice-Chairman"), ("Owen Ottery", None), ("Elaine Endacott", None),
        ("Colin Chard", None), ("Quentin Quick", None), ("Gillian Gribble", None)]


HANGING = """<html><body style="font-family:Liberation Sans;font-size:11pt;line-height:1.9">
<p style="text-align:center">BROOKFORD PARISH COUNCIL<br>Draft Minutes of the meeting held on 4th March 2025 at
7.30pm in the Village Hall</p>
<table style="border-spacing:0"><tr><td style="vertical-align:top;padding:0 6pt 0 0">Present:</td><td style="padding:0">
Cllr N Harker (Chairman)<br>Cllr A Dowell (Vice Chairman)<br>Cllrs Powell, Mrs Lay and Ms Donnelly</td></tr></table>
<p>In Attendance: District Cllr Whitlock</p>
<p style="width:390pt">Apologies for Absence: Cllr Mrs Clerkenwell, District Cllr Porter, District Cllr Mrs Simmonds and
County Cllr Mrs Barnes</p>
<p>Declarations of Interest: There were none</p>
<p>25/037: Minutes of the Last Meeting<br>The minutes were agreed as a true record and signed by the chairman.</p>
</body></html>"""
HANGING_PEOPLE = [
    ("N Harker", "present", "Chairman"), ("A Dowell", "present", "Vice Chairman"), ("Powell", "present", None),
    ("Lay", "present", None), ("Donnelly", "present", None), ("Whitlock", "in_attendance", "District Councillor"),
    ("Clerkenwell", "apologies", None), ("Porter", "apologies", "District Councillor"),
    ("Simmonds", "apologies", "District Councillor"), ("Barnes", "apologies", "County Councillor")]


def test_a_hanging_list_set_wide_and_a_line_ending_in_an_honorific(html_pack):
    """Lines set at 1.9 spacing: those that start where the names start beside 'Present:' hang under it and carry
    the list on; a line ending in 'District Cllr Mrs' cannot end the apologies, so 'Simmonds and ...' below it
    carries them on."""
    pack = html_pack(HANGING)
    assert [(a.name, a.status, a.role) for a in attendance.extract(pack)] == HANGING_PEOPLE


def test_a_chair_who_presided_and_members_present_by_council_under_a_label_alone(html_pack):
    """'Councillor A (Chair) presided.' under the title is present as Chair; 'The following other members of the
    Joint Committee were present:' alone on its line over an indented list, a line per council, carries on at the
    list's indent; the minutes' title wraps over two lines above 'Minutes of the meeting held on ...', and
    the venue follows the date and time."""
    pack = html_pack("""<html><body style="font-family:serif;font-size:11pt">
<p style="font-size:16pt;text-align:center;width:300pt"><b>Ashby and Wold Joint Strategic Planning Committee</b></p>
<p style="text-align:center">Minutes of the meeting held on Thursday 20 March 2025 at 2.00 pm<br>in the Council
Chamber, Wold House, Abbey Walk, Wold</p>
<p>Councillor Alma Brand (Chair) presided.</p>
<p>The following other members of the Joint Committee were present:</p>
<p style="margin-left:20pt;line-height:1.6">Ashby Borough Council – Councillors Ewan Cass, Mia Dyce (Vice-Chair).<br>
Wold District Council – Councillors Ben Elph and Cath Gill.</p>
<p>Officers in attendance: Jo Cuth (Committee Clerk).</p>
<p><b>Apologies for Absence (Minute 12/25)</b></p><p>Apologies were received from Councillor Ray Sand.</p>
</body></html>""")
    (minutes,) = [part for part in pack.parts if part.kind == "minutes"]
    assert (minutes.body, minutes.venue) == ("Ashby and Wold Joint Strategic Planning Committee",
                                             "Council Chamber, Wold House, Abbey Walk, Wold")
    assert sorted((a.name, a.status) for a in attendance.extract(pack)) == [
        ("Alma Brand", "present"), ("Ben Elph", "present"), ("Cath Gill", "present"), ("Ewan Cass", "present"),
        ("Jo Cuth", "in_attendance"), ("Mia Dyce", "present"), ("Ray Sand", "apologies")]


def test_a_chair_on_a_line_of_its_own_above_the_members_hanging_under_the_label(html_pack):
    """'PRESENT: Councillor A (Chairman)', a paragraph's gap, then the other members set where the names started:
    one hanging list; 'Councillor B had also sent apologies' is an apology."""
    pack = html_pack("""<html><body style="font-family:serif;font-size:10pt">
<p style="font-size:14pt"><b>MARLOW VALE DISTRICT COUNCIL</b></p>
<p><b>Minutes of a meeting of the Licensing and Regulatory Committee</b> held in Committee Room 2, Civic Offices on
Tuesday, 8 October 2024 at 10.00 am</p>
<table style="border-spacing:0"><tr><td style="vertical-align:top;width:60pt">PRESENT:</td>
<td><p style="margin:0 0 8pt 0">Councillor Mary Okon (Chairman)</p><p style="margin:0">Councillors Ben Ash, Pip Dunn and
Kath Shaw (Vice-Chairman).</p></td></tr></table>
<p>OFFICERS: Lorna Quig (Licensing Manager).</p>
<p><b>31 APOLOGIES FOR ABSENCE</b></p><p>Councillor Jas Tolley had also sent apologies.</p></body></html>""")
    assert [(a.name, a.status) for a in attendance.extract(pack)] == [
        ("Mary Okon", "present"), ("Ben Ash", "present"), ("Pip Dunn", "present"), ("Kath Shaw", "present"),
        ("Lorna Quig", "in_attendance"), ("Jas Tolley", "apologies")]


def test_a_bold_label_alone_over_a_chair_and_a_paragraph_of_councillors(html_pack):
    """A bold 'Present:' on its own line, the chair's line under it, then, a paragraph's gap below and at the same
    margin, 'Councillors B (Vice-Chair), C and D': one list; the next label's list is its own."""
    pack = html_pack("""<html><body style="font-family:sans-serif;font-size:10.5pt">
<p style="font-size:16pt"><b>Minutes of a meeting of the Housing Committee held in the Council Chamber on
Wednesday, 26 February 2025 at 6.00 pm</b></p>
<p><b>Present:</b></p><p>Councillor Ann Pike (Chair)</p>
<p>Councillors Bo Hart (Vice-Chair), Cy Dale, Di Moss and Ed Lunn (substitute for Councillor Fay Gill)</p>
<p><b>Officers in attendance:</b></p><p>Gus Hale (Head of Housing)</p>
<p><b>52 Apologies for Absence</b></p><p>Apologies were received from Councillor Fay Gill.</p></body></html>""")
    assert [(a.name, a.status, a.role) for a in attendance.extract(pack)] == [
        ("Ann Pike", "present", "Chair"), ("Bo Hart", "present", "Vice-Chair"), ("Cy Dale", "present", None),
        ("Di Moss", "present", None), ("Ed Lunn", "present", "substitute for Councillor Fay Gill"),
        ("Gus Hale", "in_attendance", "Head of Housing"),
        ("Fay Gill", "apologies", None)]


def test_the_part_of_the_meeting_an_entry_attended_is_no_prose(text_pack):
    """'... Sgt N. Firbank (Policing Team) for item 91; 11 members' wrapped onto a second line of the list: 'for
    item 91' says when he attended, so the line still carries the list on."""
    pack = text_pack("""
**Minutes of the Meeting of the Town Council held on Monday 25th November 2024
Present: Cllr P. Raven (Town Mayor), Cllr D. Umber
In attendance: Mrs K. Holt (Town Clerk); County
Cllr F. Dobbie; Sgt N. Firbank (Policing Team) for item 91; 11 members
of the public
**91 Police report
Sgt Firbank reported on crime in the town.
""")
    assert records(pack) == [
        ("2024-11-25", "P. Raven", "present", "Town Mayor"), ("2024-11-25", "D. Umber", "present", None),
        ("2024-11-25", "K. Holt", "in_attendance", "Town Clerk"),
        ("2024-11-25", "F. Dobbie", "in_attendance", "County Councillor"),
        ("2024-11-25", "N. Firbank", "in_attendance", "Policing Team")]


def test_two_members_named_alike_on_one_line(text_pack):
    """'Ms J Hale, Mr J Hale' are two members (a name that is given again on another line is one person)."""
    pack = text_pack("""
**Minutes of the meeting of the County Council held on 6 March 2025
PRESENT: Mrs A Oakes (Chairman), Ms J Hale, Mr J Hale and Mr P Ibbot
ABSENT: Mr R Dunn
""")
    assert records(pack) == [
        ("2025-03-06", "A Oakes", "present", "Chairman"),
        ("2025-03-06", "J Hale", "present", None),
        ("2025-03-06", "J Hale", "present", None),
        ("2025-03-06", "P Ibbot", "present", None),
        ("2025-03-06", "R Dunn", "absent", None),
    ]


def test_labels_over_lists_one_a_line_at_word_spacing(html_pack):
    """'Officers present:' over one officer a line with the role after a dash, the lines set at the document's own
    loose line pitch (as Word's 1.15 spacing reads: baselines more than 1.3 times the type's size apart; WeasyPrint's
    sizes read as 4/3 of its points, hence 1.8 here): each line is the list's next item."""
    officers = ["Jane Kerr – Head of Finance (Section 151 Officer)", "Mark Lowe – Monitoring Officer",
                "Sian Hale – Head of Internal Audit, Fenby and Ardle Audit Partnership",
                "Emma Vine – Committee Services Officer"]
    pack = html_pack(f"""<html><body style="font-family:sans-serif;font-size:10.5pt;line-height:1.8">
<p><b>Audit and Governance Committee</b></p><p>Minutes of a meeting held in Committee Room A on Tuesday 25 November
2025 at 7.00 pm</p><p style="margin:0"><b>Councillors present:</b></p>
<p style="margin:0">Councillor Robert Fenn (Chair)<br>Councillor Alison Marsh</p>
<p style="margin:10pt 0 0 0"><b>Officers present:</b></p><p style="margin:0">{"<br>".join(officers)}</p>
<p><b>31. APOLOGIES</b></p><p style="margin-left:40pt">There were none.</p>
<p>The Committee discussed the audit plan for the year ahead at some length and in detail.</p></body></html>""")
    assert [(r.name, r.status, r.role) for r in attendance.extract(pack)] == [
        ("Robert Fenn", "present", "Chair"), ("Alison Marsh", "present", None),
        ("Jane Kerr", "in_attendance", "Head of Finance (Section 151 Officer)"),
        ("Mark Lowe", "in_attendance", "Monitoring Officer"),
        ("Sian Hale", "in_attendance", "Head of Internal Audit, Fenby and Ardle Audit Partnership"),
        ("Emma Vine", "in_attendance", "Committee Services Officer")]


@pytest.mark.parametrize("run_on", [
    "In attendance: Mrs M\nFenn (Clerk) and two parishioners.",  # a name broken after its initial
    "Also present: the\nClerk, Mrs M Fenn, and two parishioners.",  # the role before the name, after "the"
    "Also present: the Clerk,\nMrs M Fenn, and two parishioners."])
def test_a_label_inside_a_wrapped_paragraph_of_names_opens_a_list_that_runs_onto_the_next_line(text_pack, run_on):
    """'Present: …, K Drury and L Ellis. In attendance: …' as one paragraph wrapped over lines: the second list
    carries on across the line break, a count of parishioners in it."""
    pack = text_pack(f"""
**Little Fenby Parish Council
**Minutes of the meeting held on 9 January 2025
Present: Cllrs H Ambler (Chairman), I Booth, J
Cotton, K Drury and L Ellis. {run_on}
**1. Apologies
""")
    assert records(pack) == [("2025-01-09", "H Ambler", "present", "Chairman")] + [
        ("2025-01-09", name, "present", None) for name in ("I Booth", "J Cotton", "K Drury", "L Ellis")] + [
        ("2025-01-09", "M Fenn", "in_attendance", "Clerk")]
