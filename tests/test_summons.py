"""A town council committee's summons: the body is the committee named in the summons (not the council on the
letterhead), and lettered lines under an item are its sub-items. Rendered to a real PDF."""

from datetime import date

import pytest

from minutebook.extractors import agenda, attendance, meetings

HTML = """<html><head><style>body{font-family:sans-serif;font-size:11pt}</style></head><body>
<p><b>ASHFORD VALE TOWN COUNCIL</b></p>
<p>Dear Councillor,</p>
<p>You are summoned to attend a meeting of the Finance and General Purposes Committee on
Monday 9 September 2024 at 7.15 pm in the Council Chamber, Town Hall.</p>
<p>Committee members: Cllrs P Adams (Chair), R Baker, S Clarke, T Dunn</p>
<p><b>AGENDA</b></p>
<p><b>1. Apologies for absence</b></p>
<p><b>2. Declarations of interest</b></p>
<p><b>3. Minutes</b> – to approve the minutes of the meeting held on 8 July 2024</p>
<p><b>4. Finance</b></p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;a) Payments list for July and August</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;b) Budget monitoring to 31 August</p>
<p><b>5. Grants to local organisations</b></p>
<p><b>6. Date of next meeting</b></p>
<p>J Smith, Town Clerk, 2 September 2024</p>
</body></html>"""


@pytest.fixture
def pack(html_pack):
    return html_pack(HTML)


def test_the_summoned_committee_is_the_body(pack):
    assert [(m.body, m.date, m.time) for m in meetings.extract(pack)] == [
        ("Finance and General Purposes Committee", date(2024, 9, 9), "19:15")]


def test_lettered_sub_items(pack):
    assert [(i.number, i.title) for i in agenda.extract(pack)][3:6] == [
        ("4", "Finance"), ("4a", "Payments list for July and August"), ("4b", "Budget monitoring to 31 August")]
    assert [i.number for i in agenda.extract(pack)][-2:] == ["5", "6"]


def test_committee_members(pack):
    assert [(a.name, a.status, a.role) for a in attendance.extract(pack)] == [
        ("P Adams", "member", "Chair"), ("R Baker", "member", None), ("S Clarke", "member", None),
        ("T Dunn", "member", None)]


MEMBERS_HEADING = """<html><head><style>body{font-family:sans-serif;font-size:11pt}</style></head><body>
<h1 style="font-size:18pt;text-align:center">Marrowby Borough Council</h1>
<p style="text-align:center">Environment Sub-Committee<br>Thursday 6 March 2025 at 10.00 a.m.<br>Guildhall</p>
<p><b>Members of the Sub-Committee</b></p>
<p>Councillor Ines Thorley (Chair)<br>Councillor Abel Umfreville (Vice-Chair)<br>Councillor Cora Vosper<br>
Councillor Dai Wethered</p>
<p><b>AGENDA</b></p><p>1. Apologies for Absence</p><p>2. Declarations of Interest</p><p>3. Litter Strategy</p>
</body></html>"""


def test_members_of_the_body_heading_over_one_member_a_line(html_pack):
    """'Members of the Sub-Committee' heads the membership as 'Members:' does."""
    pack = html_pack(MEMBERS_HEADING)
    assert [(a.name, a.status, a.role) for a in attendance.extract(pack)] == [
        ("Ines Thorley", "member", "Chair"), ("Abel Umfreville", "member", "Vice-Chair"),
        ("Cora Vosper", "member", None), ("Dai Wethered", "member", None)]


MEMO = """<html><head><style>body{{font-family:sans-serif;font-size:10pt}}
td{{padding:1pt 12pt 1pt 0;width:150pt;vertical-align:top}}</style></head><body>
<p style="font-size:18pt"><b>Westford County Council</b></p>
<p>To: Members of the Environment Scrutiny Committee<br>From: Director of Law and Governance<br>
Date: 24 October 2024<br><b>Subject: Environment Scrutiny Committee – Tuesday 5 November 2024 at 10.30 am</b></p>
<p>Dear Member,</p><p>You are invited to attend a meeting of the Environment Scrutiny Committee to be held in the Alder
Room, County Hall, Westford on Tuesday 5 November 2024 at 10.30 am. The agenda is attached.</p>
<p style="font-size:12pt"><b>Membership</b></p>
<table style="border-spacing:0">
<tr><td>Cllr Ann Ogle (Chairman)</td><td>Cllr Eva Foth</td><td>Cllr Mia Nkem</td></tr>
<tr><td>Cllr Dev Acheson (Vice-Chairman)</td><td>Cllr Gus Hanley</td><td>Cllr Pat Rourke</td></tr>
<tr><td>Cllr Amir Bash</td><td>Cllr Ivy Jeff</td><td>Cllr Ros Quay</td></tr></table>
<p><b>AGENDA</b></p><p>1. Apologies and Substitutions</p><p>2. Declarations of Interest</p>
</body></html>"""


def test_a_memo_whose_date_is_its_own_and_a_membership_grid_with_a_wrapped_role(html_pack):
    """A memo's 'Date:' is the memo's: the meeting is on the date its letter says it will be held; 'To: Members of
    the Committee' says whom it goes to and names nobody; a role wrapping in its grid cell ('(Vice-' over
    'Chairman)') stays with its member, and the grid's rows carry on below the wrapped line."""
    pack = html_pack(MEMO.format())
    assert any(line.text.startswith("Cllr Dev Acheson (Vice- ") for line in pack.lines)  # the role wraps in its cell
    (meeting,) = meetings.extract(pack)
    assert (meeting.body, meeting.date, meeting.time) == ("Environment Scrutiny Committee", date(2024, 11, 5),
                                                          "10:30")
    assert [(a.name, a.role) for a in attendance.extract(pack)] == [
        ("Ann Ogle", "Chairman"), ("Eva Foth", None), ("Mia Nkem", None), ("Dev Acheson", "Vice-Chairman"),
        ("Gus Hanley", None), ("Pat Rourke", None), ("Amir Bash", None), ("Ivy Jeff", None), ("Ros Quay", None)]


def test_site_visits_that_will_take_place_are_not_the_meeting(html_pack):
    """'Site visits for items 6.1 and 6.2 will take place on Thursday 26 June 2025' on a front sheet dated
    'Friday 27 June 2025 at 10.00 am' under its title: only a meeting that will take place is the meeting."""
    pack = html_pack("""<html><body style="font-family:sans-serif;font-size:10pt">
<p style="font-size:20pt"><b>Planning Committee</b></p>
<p>Friday 27 June 2025 at 10.00 am · The Old School, Ravensgill</p>
<p><b>Agenda</b></p><p>1 Apologies for absence</p><p>2 Declarations of interest</p>
<p>Site visits for items 6.1 and 6.2 will take place on Thursday 26 June 2025.</p></body></html>""")
    assert [(m.body, m.date, m.time) for m in meetings.extract(pack)] == [
        ("Planning Committee", date(2025, 6, 27), "10:00")]


def test_the_committee_under_a_council_name_set_larger(html_pack):
    """'Kestonbury' in 20pt over 'Borough Council', then 'Health Scrutiny Committee' in 16pt: the body is the one
    that names a kind of body, though the council's name is set larger."""
    pack = html_pack("""<html><body style="font-family:sans-serif;font-size:10pt">
<p style="font-size:20pt;margin:0"><b>Kestonbury</b></p><p style="font-size:11pt;margin:0">Borough Council</p>
<p style="font-size:16pt"><b>Health Scrutiny Committee</b></p><p>Date: Tuesday, 11 March 2025<br>Time: 6.30 pm</p>
<p><b>Agenda</b></p><p>1 Apologies for Absence</p><p>2 Declarations of Interest</p></body></html>""")
    assert [(m.body, m.date) for m in meetings.extract(pack)] == [("Health Scrutiny Committee", date(2025, 3, 11))]


@pytest.mark.parametrize("heading", ["Agenda Item No", "Item No.", "Item"])
def test_a_supplement_letter_lists_items_by_their_agenda_numbers(html_pack, heading):
    """A letter sending papers late lists the items they belong to under an item-number heading, numbered as on
    the agenda (not from 1): those items, in rising order, with their page references dropped."""
    pack = html_pack(f"""<html><body style="font-family:sans-serif;font-size:11pt">
    <p style="margin-left:60%">Ask for: Dana Marsh<br>Date: 3 February 2026</p>
    <p>Dear Member</p><p><b>PLANNING COMMITTEE - TUESDAY, 10 FEBRUARY 2026</b></p>
    <p>Please find enclosed the following reports, which were not available when the agenda was published.</p>
    <table style="font-weight:bold"><tr><td colspan="2">{heading}</td></tr>
    <tr><td style="width:60px">7</td><td>25/01422/FUL - Land east of Mill Lane, Orbury (Pages 1 - 12)</td></tr>
    <tr><td>9</td><td>Appeals Decisions (Pages 13 - 16)</td></tr></table>
    <p>Yours sincerely</p><p>Hal Penrose<br>Head of Democratic Services</p></body></html>""")
    assert [(i.number, i.title) for i in agenda.extract(pack)] == [
        ("7", "25/01422/FUL - Land east of Mill Lane, Orbury"), ("9", "Appeals Decisions")]


def test_an_items_purpose_after_a_dash_and_notes_under_it_are_not_its_title(html_pack):
    """'3. Minutes – to approve as a correct record …' is titled 'Minutes': the item's purpose ('to …', 'for
    information') follows a dash; a note set in sentences under an item ('Draft circulated with this agenda.') is not
    its title."""
    pack = html_pack("""<html><body style="font-family:serif;font-size:11pt"><p><b>ORMSKIRK VALE PARISH COUNCIL</b></p>
<p>Members are summoned to attend a meeting of the Parish Council on Tuesday 11th March 2025 at 7.30pm in the
Village Hall.</p><p><b>AGENDA</b></p>
<p>1. Apologies for absence – to receive and approve apologies.</p>
<p>2. Clerk's report – for information only.</p>
<p>3. Risk assessment – to review and adopt the risk assessment for 2025/26.<br>Draft circulated with this
agenda.</p><p>4. Date of next meeting</p></body></html>""")
    assert [(i.number, i.title) for i in agenda.extract(pack)] == [
        ("1", "Apologies for absence"), ("2", "Clerk's report"), ("3", "Risk assessment"),
        ("4", "Date of next meeting")]


def test_an_agenda_table_with_each_items_time_under_its_number(html_pack):
    """'Item | Subject | Lead' with '8.20pm' under item 7's number: a time is no item ('8.' and '20pm'), and the
    table's header row is not the body named on the sheet."""
    rows = [("1", "7.30pm", "Apologies for absence", "Chair"), ("2", "7.35pm", "Minutes", "Chair"),
            ("3", "8.00pm", "Planning applications", "Cllr Bexley"), ("4", "8.20pm", "Play area", "Clerk")]
    cells = "".join(f"<tr><td><b>{n}</b><br>{t}</td><td><b>{s}</b><br>To consider.</td><td><b>{lead}</b></td></tr>"
                    for n, t, s, lead in rows)
    pack = html_pack(f"""<html><head><style>td {{ vertical-align: top }}</style></head>
<body style="font-family:sans-serif;font-size:10pt"><p style="font-size:18pt"><b>FELLSIDE PARISH COUNCIL</b></p>
<p style="font-size:13pt"><b>Agenda – Meeting of the
Parish Council</b></p><p>Thursday 17 April 2025, 7.30pm, Reading Room</p>
<p>All members of the Council are summoned to attend.</p>
<table style="width:100%"><tr><th style="text-align:left">Item</th><th style="text-align:left">Subject</th>
<th style="text-align:left">Lead</th></tr>{cells}</table></body></html>""")
    assert [(m.body, m.date) for m in meetings.extract(pack)] == [("FELLSIDE PARISH COUNCIL", date(2025, 4, 17))]
    assert [(i.number, i.title) for i in agenda.extract(pack)] == [
        ("1", "Apologies for absence"), ("2", "Minutes"), ("3", "Planning applications"), ("4", "Play area")]


def test_a_second_meetings_agenda_on_a_new_page_is_a_meeting_of_its_own(html_pack):
    """A parish council's agenda, then its planning committee's on a new page under the letterhead again: each
    meeting keeps its own items and members; "Meeting of X – date" names X; a title wrapping after "and" runs on
    into a "to consider …" line; the "next meeting will be held on" line is no meeting."""
    head = '<p style="font-size:18pt;text-align:center"><b>BRINDLE MOOR PARISH COUNCIL</b></p>'
    pack = html_pack(f"""<html><body style="font-family:serif;font-size:11pt;width:14cm">{head}
<p>Members are summoned to attend the Meeting of the Parish Council to be held in the Village Hall on Monday 3rd
November 2025 at 7.30pm.</p><p><b>AGENDA</b></p>
<p>1. To receive apologies for absence.</p>
<p>2. To receive and note the report of the Footpaths Working Group and<br>to consider the quotation for the
stile repairs.</p>
<p>3. To note that the next meeting will be held on Monday 1st December 2025.</p>
<div style="page-break-before:always">{head}<p style="text-align:center"><b>PLANNING COMMITTEE</b></p>
<p>Members of the Committee: Cllr Ann Lyle (Chairman), Cllr Ben Moss, Cllr Cara Nunn.</p>
<p>Notice is hereby given that a meeting of the Planning Committee will be held in the Village Hall on Monday
17th November 2025 at 7.00pm.</p><p><b>AGENDA</b></p>
<p>1. To receive apologies for absence.</p><p>2. To consider planning applications.</p>
<p>3. To note planning decisions.</p></div></body></html>""")
    assert [(m.body, m.date) for m in meetings.extract(pack)] == [
        ("BRINDLE MOOR PARISH COUNCIL", date(2025, 11, 3)), ("Planning Committee", date(2025, 11, 17))]
    assert [(i.meeting_date.day, i.number, i.title) for i in agenda.extract(pack)] == [
        (3, "1", "To receive apologies for absence"),
        (3, "2", "To receive and note the report of the Footpaths Working Group and to consider the quotation for "
                 "the stile repairs"),
        (3, "3", "To note that the next meeting will be held on Monday 1st December 2025"),
        (17, "1", "To receive apologies for absence"), (17, "2", "To consider planning applications"),
        (17, "3", "To note planning decisions")]
    assert {(a.meeting_date.day, a.name) for a in attendance.extract(pack)} == {
        (17, "Ann Lyle"), (17, "Ben Moss"), (17, "Cara Nunn")}


def test_a_summons_letter_naming_the_meeting_of_its_council_before_the_date(html_pack):
    pack = html_pack("""<html><body style="font-family:sans-serif;font-size:11pt">
<p style="font-size:20pt"><b>WHITLOW TOWN COUNCIL</b></p><p>Dear Councillor, you are hereby summoned to attend a
meeting of the Council.</p><p style="text-align:center"><b>AGENDA</b></p>
<p style="text-align:center">Meeting of Whitlow Town Council – Tuesday 14 October 2025 at 7.00pm</p>
<p>1 Apologies for Absence</p><p>2 Declarations of Interest</p></body></html>""")
    assert [(m.body, m.date) for m in meetings.extract(pack)] == [("Whitlow Town Council", date(2025, 10, 14))]


def test_a_summons_letter_dated_above_its_summons_and_its_members_after_whom_it_is_to(html_pack):
    """A letter's "Date: 12 November 2025" is the letter's; the meeting is the one it summons members to. "To:
    Members of the Policy Committee: Councillors A (Chair), B …" names its members after the colon; party groups
    over the names ("Labour (2)") are no one."""
    pack = html_pack("""<html><body style="font-family:serif;font-size:11pt;width:16cm">
<p style="font-size:20pt"><b>Castleford Borough Council</b></p><p>Our ref: DS/PR/11 &nbsp; Please ask for: Ivy Lowe</p>
<p>Date: 12 November 2025</p><p>Dear Councillor,</p><p><b>POLICY COMMITTEE</b></p>
<p>I hereby summon you to attend a meeting of the Policy Committee to be held in the Council Chamber on Thursday,
20 November 2025 at 7.00 pm.</p><p><b>AGENDA</b></p><p>1. Apologies for Absence</p><p>2. Minutes</p>
<p>To: Members of the Policy Committee: Councillors Ann Cole (Chair), Raj Mistry (Vice-Chair), Ben Ash.</p>
</body></html>""")
    assert [(m.body, m.date) for m in meetings.extract(pack)] == [("Policy Committee", date(2025, 11, 20))]
    assert [(a.meeting_date.day, a.name, a.role) for a in attendance.extract(pack)] == [
        (20, "Ann Cole", "Chair"), (20, "Raj Mistry", "Vice-Chair"), (20, "Ben Ash", None)]


def test_a_membership_under_party_group_headings_with_their_sizes(html_pack):
    cell = "<td style='padding-right:40pt'>"
    pack = html_pack(f"""<html><body style="font-family:sans-serif;font-size:11pt">
<p style="font-size:18pt"><b>Wyrefield Borough Council</b></p><p>Notice of meeting</p>
<p>Date: Tuesday 17 June 2025</p><p><b>Membership</b></p><table>
<tr>{cell}<b>Conservative (2)</b></td>{cell}<b>Liberal Democrat (2)</b></td></tr>
<tr>{cell}Councillor Ann Ash (Chairman)</td>{cell}Councillor Bo Birch (Vice-Chairman)</td></tr>
<tr>{cell}Councillor Cy Cole</td>{cell}Councillor Di Dale</td></tr>
<tr>{cell}<b>Labour (1)</b></td>{cell}<b>Green (1)</b></td></tr>
<tr>{cell}Councillor Ed Elm</td>{cell}Councillor Flo Fir</td></tr></table>
<p><b>AGENDA</b></p><p>1. Apologies</p></body></html>""")
    assert sorted(a.name for a in attendance.extract(pack)) == [
        "Ann Ash", "Bo Birch", "Cy Cole", "Di Dale", "Ed Elm", "Flo Fir"]


def test_a_membership_closed_by_its_full_stop_does_not_take_the_clerks_signature_under_it(html_pack):
    """Lines set at a wide pitch (Word's 1.5 spacing): the list's full stop, not the gap, ends it."""
    pack = html_pack("""<html><body style="font-family:sans-serif;font-size:11pt;width:15cm;line-height:1.8">
<p style="font-size:16pt"><b>LITTLE WENBURY PARISH COUNCIL</b></p>
<p>Members of the Parish Council are hereby summoned to attend the Ordinary Meeting of the Parish Council to be
held in the Memorial Hall on Tuesday 10th March 2026 at 7.30pm.</p>
<p style="margin:0">Members: Cllrs Joanna Pattinson (Chairman), Derek Oyelaran (Vice-Chairman), Mary
Thistlewood and Gareth Minns.</p><p style="margin:0">Anita Crowther</p><p>Clerk to the Council</p>
<p><b>AGENDA</b></p><p>1. Apologies for absence</p><p>2. Declarations of interest</p></body></html>""")
    assert [a.name for a in attendance.extract(pack)] == [
        "Joanna Pattinson", "Derek Oyelaran", "Mary Thistlewood", "Gareth Minns"]


def test_a_membership_wrapping_after_an_initial_goes_on(html_pack):
    """"… D. Bramall, A." over "Chaudhry, J. Fennimore and T. Wragge": the full stop is an initial's, not the list's
    end, though the lines are set at a wide pitch."""
    pack = html_pack("""<html><body style="font-family:sans-serif;font-size:11pt;width:16.2cm;line-height:1.8">
<p style="font-size:16pt"><b>ASHWELL PARVA PARISH COUNCIL</b></p>
<p style="margin:0">To: Councillors G. Pennock (Chairman), S. Okafor (Vice-Chairman), M. Lytton, D. Bramall, A.
Chaudhry, J. Fennimore and T. Wragge</p>
<p>Members are summoned to attend the Meeting of the Parish Council to be held in the Village Hall on Tuesday,
9th December 2025 at 7.30 pm.</p><p><b>AGENDA</b></p><p>1. Apologies for absence</p><p>2. Minutes</p>
</body></html>""")
    assert [a.name for a in attendance.extract(pack)] == [
        "G. Pennock", "S. Okafor", "M. Lytton", "D. Bramall", "A. Chaudhry", "J. Fennimore", "T. Wragge"]


def test_a_membership_whose_party_groups_label_the_names_beside_them(html_pack):
    """'Conservative (3):' in a label column, its members beside it and wrapping under them, then the next party a
    row apart: each party's members, the labels no one."""
    pack = html_pack("""<html><body style="font-family:serif;font-size:11pt;width:15cm">
<p style="font-size:18pt"><b>Harbury County Council</b></p><p>Notice of meeting</p>
<p>Date: Thursday 22 January 2026</p><p><b>Membership (5)</b></p><table style="border-collapse:collapse">
<tr><td style="width:130pt;vertical-align:top;padding-bottom:6pt">Conservative (3):</td><td style="padding-bottom:6pt">
Mr R J Thorne (Chairman), Mrs P Venables (Vice-Chairman), Mr D Achterberg, Mrs S Dhaliwal and Mr K Quinlan-Harris
</td></tr><tr><td style="padding-bottom:6pt">Labour (1):</td><td style="padding-bottom:6pt">Ms A Whitlock</td></tr>
<tr><td style="padding-bottom:6pt">Green (1):</td><td style="padding-bottom:6pt">Mr B Quayle</td></tr></table>
<p><b>AGENDA</b></p><p>1. Apologies</p></body></html>""")
    assert [(a.name, a.status, a.role) for a in attendance.extract(pack)] == [
        ("R J Thorne", "member", "Chairman"), ("P Venables", "member", "Vice-Chairman"),
        ("D Achterberg", "member", None), ("S Dhaliwal", "member", None), ("K Quinlan-Harris", "member", None),
        ("A Whitlock", "member", None), ("B Quayle", "member", None)]


def test_a_summons_under_a_heading_that_names_a_meeting_of_the_parish_council(html_pack):
    """'SUMMONS TO ATTEND A MEETING OF THE PARISH COUNCIL' over 'You are hereby summoned to attend the Meeting of
    Ashby Parva Parish Council to be held …': the summons names the body, the heading only its kind."""
    pack = html_pack("""<html><body style="font-family:sans-serif;font-size:11pt">
<p style="text-align:center;font-size:16pt"><b>ASHBY PARVA PARISH COUNCIL</b></p>
<p style="text-align:center"><b>SUMMONS TO ATTEND A MEETING OF THE PARISH COUNCIL</b></p>
<p>You are hereby summoned to attend the Meeting of Ashby Parva Parish Council to be held in the Village Hall on
Tuesday 8 April 2025 at 7.30 pm for the purpose of transacting the business set out below.</p>
<p><b>AGENDA</b></p><p>1. Apologies</p><p>2. Minutes</p></body></html>""")
    assert [(m.body, m.date) for m in meetings.extract(pack)] == [("Ashby Parva Parish Council", date(2025, 4, 8))]
