"""Parish and town minutes in layouts the corpus does not use, rendered from invented packs: a tick table of
members with the ticks centred under their column, minutes printed as 'Minute | Subject | Action' with the
action-holder right of the text, decisions after a proposer chain, a misprinted minute number, role-first
officers, a councillor in the public gallery, a running header that carries the date of another meeting, and
run-in headings ('1. Apologies: ...') under a one-paragraph attendance list."""

from datetime import date

from minutebook.extractors import attendance, meetings, minutes, resolutions, votes

STYLE = """<style>body{font-family:sans-serif;font-size:10pt} th{text-align:left} td,th{padding:2pt 10pt 2pt 0;
vertical-align:top} .tick{text-align:center} .act{text-align:right;width:12%}</style>"""

TICKS = f"""<html><head>{STYLE}</head><body><h1 style="font-size:18pt;text-align:center">HOLLINFORD PARISH COUNCIL</h1>
<p>Minutes of the meeting of the Parish Council held on Tuesday 4th March 2025 at 7.30 p.m. in the Reading Room</p>
<table><tr><th>Member</th><th>Ward</th><th style="width:20%">Present</th><th style="width:20%">Apologies</th></tr>
<tr><td>Mr K Ashby (Chairman)</td><td>Hollinford East</td><td class="tick">✓</td><td></td></tr>
<tr><td>Mrs L Brook</td><td>Hollinford West</td><td></td><td class="tick">✓</td></tr>
<tr><td>Dr P Carver</td><td>Hollinford East</td><td class="tick">✓</td><td></td></tr>
<tr><td>Ms T Dunmore</td><td>Hollinford West</td><td class="tick">✓</td><td></td></tr></table>
<p>Officers in attendance: Rosa Denby, Parish Clerk</p>
<table style="width:100%"><tr><th style="width:12%">Minute</th><th>Subject</th><th class="act">Action</th></tr>
<tr><td><b>03.25.01</b></td><td><b>Apologies</b><br>Apologies were received as recorded above.</td><td></td></tr>
<tr><td><b>03.25.02</b></td><td><b>Footpath lighting</b><br>Residents had asked for lighting on the path to the
school. Proposed by Cllr K Ashby, seconded by Cllr P Carver and RESOLVED that two solar lights be bought
for the school path.</td><td class="act">RD</td></tr>
<tr><td><b>03.25.03</b></td><td><b>Village hall roof</b><br>RESOLVED: That the quotation of £4,120 from Gorse
Lane Roofing Ltd for repairs to the Village Hall roof be accepted.</td><td class="act">KA</td></tr>
<tr><td><b>03.25.04</b></td><td><b>Date of the next meeting</b><br>Tuesday 1st April 2025.</td><td></td></tr>
</table></body></html>"""

CAPS = f"""<html><head>{STYLE}<style>@page {{ size: A4; margin: 2cm;
@top-left {{ content: "Wexcombe Town Council – Tuesday, 9 September 2025 – draft"; font-size: 8pt }} }}
</style></head><body><p><b>MINUTES OF THE MEETING OF WEXCOMBE TOWN COUNCIL HELD IN THE MARKET HALL ON TUESDAY,
12 AUGUST 2025 AT 7.00 P.M.</b></p>
<p><b>Members present</b><br>Chair Cllr V Elton<br>Member Cllr S Farrow<br>Member Cllr D Gaunt</p>
<p><b>Apologies received: Cllr M Hebden</b></p>
<p><b>Officers</b><br>&nbsp;&nbsp;&nbsp;Town Clerk (Mrs J Ingram)<br>&nbsp;&nbsp;&nbsp;Deputy Clerk (Mr O Jolly)</p>
<p>Public gallery: Cllr B Kemp (County Councillor), 4 members of the public</p>
<p><b>08.25.01 APOLOGIES</b></p><p>Apologies were received as recorded above.</p>
<p><b>08.25.02 MINUTES</b></p><p>RESOLVED: That the minutes of the meeting held on 8 July 2025 be approved.</p>
<p style="display:flex;justify-content:space-between"><b>08.25.02 BENCHES</b>
<span>Deputy Clerk</span></p><p>Two benches on the green need new slats.</p>
<p>DEFERRED to the next meeting pending a second quotation.</p>
<p><b>08.25.04 DATE OF NEXT MEETING</b></p><p>Tuesday, 9 September 2025 at 7.00 p.m.</p>
</body></html>"""


def test_tick_table_with_centred_ticks_and_minutes_with_an_action_column(html_pack):
    pack = html_pack(TICKS)
    assert [(a.name, a.status, a.role) for a in attendance.extract(pack)] == [
        ("K Ashby", "present", "Chairman"), ("L Brook", "apologies", None), ("P Carver", "present", None),
        ("T Dunmore", "present", None), ("Rosa Denby", "in_attendance", "Parish Clerk")]
    assert [(m.number, m.title) for m in minutes.extract(pack)] == [
        ("03.25.01", "Apologies"), ("03.25.02", "Footpath lighting"), ("03.25.03", "Village hall roof"),
        ("03.25.04", "Date of the next meeting")]
    assert [(r.minute_number, r.outcome, r.text) for r in resolutions.extract(pack)] == [
        ("03.25.02", "resolved", "that two solar lights be bought for the school path."),
        ("03.25.03", "resolved", "That the quotation of £4,120 from Gorse Lane Roofing Ltd for repairs to the "
                                 "Village Hall roof be accepted.")]


def test_caps_title_under_a_running_header_role_first_officers_and_a_misprinted_number(html_pack):
    pack = html_pack(CAPS)
    assert [(m.body, m.date) for m in meetings.extract(pack)] == [("Wexcombe Town Council", date(2025, 8, 12))]
    assert [(a.name, a.status) for a in attendance.extract(pack)] == [
        ("V Elton", "present"), ("S Farrow", "present"), ("D Gaunt", "present"), ("M Hebden", "apologies"),
        ("J Ingram", "in_attendance"), ("O Jolly", "in_attendance"), ("B Kemp", "in_attendance")]
    assert [(m.number, m.title) for m in minutes.extract(pack)] == [
        ("08.25.01", "APOLOGIES"), ("08.25.02", "MINUTES"), ("08.25.02", "BENCHES"),
        ("08.25.04", "DATE OF NEXT MEETING")]
    assert [(r.minute_number, r.outcome, r.text) for r in resolutions.extract(pack)] == [
        ("08.25.02", "resolved", "That the minutes of the meeting held on 8 July 2025 be approved."),
        ("08.25.02", "deferred", "to the next meeting pending a second quotation.")]


PROSE = f"""<html><head>{STYLE}<style>@page {{ size: A4; margin: 2cm;
@bottom-left {{ content: "Marlow End Parish Meeting – minutes – page " counter(page); font-size: 7pt }} }}
body {{ font-size: 11pt }}</style></head><body><h1 style="font-size:16pt">MARLOW END PARISH MEETING</h1>
<p>Minutes of the Annual Parish Meeting held in the Chapel Room on Thursday 8th May 2025 at 7.00 pm</p>
<p>Present: Mrs Nora Pike (Chair), County Councillor Ruth Sallow, Mr Alan Quayle (Clerk) and Mr Ivo Tamsin.</p>
<p><b>1. Minutes</b></p>
<p>Mr Quayle proposed and Mr Tamsin seconded that the minutes of the meeting held on 9th May 2024 be approved as
a true record. All in favour.</p>
<p>RESOLVED: That the minutes of the meeting held on 9th May 2024 be signed by the Chair.</p>
<p><b>2. Village green</b></p>
<p>Residents discussed the drainage of the green.</p>
<p style="break-before:page">Members discussed the quotations received. On being put to the vote there voted 6 in
favour, 1 abstention and it was RESOLVED: That consideration of the drainage works be DEFERRED until a survey
has been made.</p>
<p><b>3. Close</b></p><p>The meeting closed at 8.10 pm.</p></body></html>"""


def test_prose_decisions_a_motion_and_a_councillor_of_another_tier(html_pack):
    """A decision whose marker stands inside the sentence that reports the vote; a motion put ('A proposed and B
    seconded that ...') is not itself a decision; a vote that prints no votes against; a county councillor at a
    parish meeting attends; a page turn under a small running footer does not end the minutes."""
    pack = html_pack(PROSE)
    assert [(a.name, a.status) for a in attendance.extract(pack)] == [
        ("Nora Pike", "present"), ("Ruth Sallow", "in_attendance"), ("Alan Quayle", "in_attendance"),
        ("Ivo Tamsin", "present")]
    assert [(r.minute_number, r.outcome, r.text) for r in resolutions.extract(pack)] == [
        ("1", "resolved", "That the minutes of the meeting held on 9th May 2024 be signed by the Chair."),
        ("2", "deferred", "That consideration of the drainage works be DEFERRED until a survey has been made.")]
    assert [(v.minute_number, v.for_, v.against, v.abstain) for v in votes.extract(pack)] == [("2", 6, None, 1)]


VOTES = f"""<html><head>{STYLE}<style>@page {{ size: A4; margin: 2cm;
@bottom-center {{ content: "Signed ........................ Chair   Dated .............."; font-size: 9pt }} }}
body {{ font-size: 11pt }}</style></head><body><h1 style="font-size:16pt">Thornby Town Council</h1>
<p>Minutes of a meeting of Thornby Town Council held on Monday 6th October 2025 at the Guildhall at 7.30 p.m.</p>
<p>Members present: Cllr Ada Birch (Chair), Cllr Ben Cole, Cllr Cai Dorn, Cllr Di Eke and Cllr Fen Gray.</p>
<p>In attendance: Town Clerk – H Ives, Planning Officer – J Kerr, Committee
Administrator – L Moss; 6 members of the public.</p>
<p><b>40. Skate park</b></p><p>AGREED – to resurface the skate park at a cost of £3,100.<br>
3 in favour, 1 against, 1 abstention – CARRIED</p>
<p><b>41. Standing orders</b></p><p>RESOLVED: That the revised standing orders be adopted from the next
municipal year.</p>
<p>A recorded vote was taken on the motion:</p>
<table style="margin-left:4pt"><tr><th>For</th><th>Against</th><th>Abstain</th></tr>
<tr><td>Cllr A Birch</td><td>Cllr C Dorn</td><td>Cllr F Gray</td></tr><tr><td>Cllr B Cole</td><td></td><td></td></tr>
<tr><td>Cllr D Eke</td><td></td><td></td></tr>
<tr><th>Total: 3</th><th>Total: 1</th><th>Total: 1</th></tr></table><p>The motion was CARRIED.</p>
<p><b>42. Allotments</b></p><p>Members considered the allotment association's requests.</p>
<p style="margin-bottom:400pt">Committee resolved to:</p>
<p style="margin-left:30pt">i) renew the allotment lease for five years;</p>
<p style="margin-left:30pt">ii) repair the boundary fence at a cost of £640.</p>
<p><b>43. Date of the next meeting</b></p><p>Monday 3rd November 2025.</p></body></html>"""

TRAILING = f"""<html><head>{STYLE}</head><body><p><b>Fernley Parish Council</b></p>
<p>Minutes of the meeting of the Parish Council held on Tuesday 14th January 2025 at 7 pm.</p>
<p>Present: Cllrs Pia Lomas (Chair), Rex Marsh and Sol Nunn.</p>
<p><b>Apologies (minute 1)</b></p><p>None.</p><p><b>Finance (minute 2)</b></p>
<p style="margin-bottom:500pt">The payments were approved.</p>
<p style="break-before:page"><b>Report of the Ward Councillor – Minute 3</b></p><p>Noted.</p>
<p><b>Date of the next meeting – Minute 4</b></p><p>Tuesday 11th February 2025.</p></body></html>"""


def test_role_first_dashes_a_named_vote_table_and_parts_across_a_signed_page_foot(html_pack):
    """'Planning Officer – J Kerr' lists; a vote tally under a decision is not its text; a named vote printed as a
    'For | Against | Abstain' table with totals; a lead-in whose parts run past a 'Signed ... Chair' page foot; a
    two-page minutes keep their 'Signed' foot, which is not a minute's text."""
    pack = html_pack(VOTES)
    assert [(a.name, a.status) for a in attendance.extract(pack)][5:] == [
        ("H Ives", "in_attendance"), ("J Kerr", "in_attendance"), ("L Moss", "in_attendance")]
    assert [(r.minute_number, r.outcome, r.text) for r in resolutions.extract(pack)] == [
        ("40", "agreed", "to resurface the skate park at a cost of £3,100."),
        ("41", "resolved", "That the revised standing orders be adopted from the next municipal year."),
        ("42", "resolved", "Committee resolved to: i) renew the allotment lease for five years; ii) repair the "
                           "boundary fence at a cost of £640.")]
    assert [(v.minute_number, v.for_, v.against, v.abstain, v.result) for v in votes.extract(pack)] == [
        ("40", 3, 1, 1, "carried"), ("41", 3, 1, 1, "carried")]
    assert [m.number for m in minutes.extract(pack)] == ["40", "41", "42", "43"]


def test_a_minute_headed_report_at_a_page_top_is_not_a_new_document(html_pack):
    """'Report of the Ward Councillor – Minute 3' opening a page is the next minute, not a report's cover."""
    pack = html_pack(TRAILING)
    assert [(m.number, m.title) for m in minutes.extract(pack)] == [
        ("1", "Apologies"), ("2", "Finance"), ("3", "Report of the Ward Councillor"), ("4", "Date of the next meeting")]


LABEL_COLUMN = f"""<html><head>{STYLE}</head><body><h2>Oakwell Borough Council</h2><h2>CABINET</h2>
<p><b>Minutes of a meeting of the Cabinet held on Wednesday, 4 June 2025 at 2.00 pm in the Council Chamber</b></p>
<table><tr><td style="width:90pt">Present:</td><td>Councillor Uma Vance (Leader of the Council)<br>
Councillor Wes Yates (Cabinet Member for Housing)</td></tr>
<tr><td style="width:90pt">Also in attendance:</td><td>Councillor Zoe Abbot (Leader of the Opposition)<br>
Councillor Cy Bane (Chair of Scrutiny)</td></tr>
<tr><td>Officers:</td><td>Di Carew (Chief Executive)<br>Ed Drum (Democratic Services Officer)</td></tr></table>
<p><b>CAB 20/25 APOLOGIES</b></p><p>None.</p><p><b>CAB 21/25 BUDGET</b></p><p>Noted.</p></body></html>"""


def test_a_label_wrapped_in_a_column_of_labels_beside_the_names(html_pack):
    """'Also in' over 'attendance:' in the label column, the names beside it: the label still opens its section."""
    pack = html_pack(LABEL_COLUMN)
    assert [(a.name, a.status) for a in attendance.extract(pack)] == [
        ("Uma Vance", "present"), ("Wes Yates", "present"), ("Zoe Abbot", "in_attendance"),
        ("Cy Bane", "in_attendance"), ("Di Carew", "in_attendance"), ("Ed Drum", "in_attendance")]


SUMMONS = f"""<html><head>{STYLE}</head><body><h1 style="text-align:center">Brockley Vale Town Council</h1>
<h2>Notice of Meeting and Agenda</h2><p>Members of the Town Council are hereby summoned to attend the meeting to be
held in the Pavilion, Mill Lane on 12 March 2025 at 7.00 p.m. to transact the business below.</p>
<p>Ivy Lorne<br>Town Clerk<br>5 March 2025</p><h2>AGENDA</h2><p>1. Apologies for absence</p>
<p>2. Declarations of interest</p></body></html>"""

COVER = f"""<html><head>{STYLE}<style>@page {{ @top-left {{ content: "Elmford District Council – 7 January 2025";
font-size: 8pt }} }}</style></head><body><p><b>Elmford District Council</b></p>
<p>Licensing Committee Meeting Tuesday, 7 January 2025, Agenda Item 6</p><h2>Taxi Fares Review</h2>
<p>Report of: Head of Licensing</p><p>1. The fares were last reviewed in 2022.</p></body></html>"""


def test_a_summons_title_is_not_the_body_and_a_cover_names_its_meeting_under_a_running_header(html_pack):
    """'Notice of Meeting and Agenda' is the summons' title, not the body; a report cover naming its meeting wins
    over the running header that names the council and the same date."""
    assert [(m.body, m.date) for m in meetings.extract(html_pack(SUMMONS))] == [
        ("Brockley Vale Town Council", date(2025, 3, 12))]
    assert [(m.body, m.date) for m in meetings.extract(html_pack(COVER))] == [
        ("Licensing Committee", date(2025, 1, 7))]


FRONT = f"""<html><head>{STYLE}</head><body><p>Public Document Pack</p>
<h1 style="font-size:22pt;margin-left:40pt;width:150pt">Moorvale County Council</h1>
<h1 style="font-size:20pt;width:300pt">Adult Social Care Scrutiny Committee</h1>
<p style="font-size:12pt">Date: Thursday, 16 October 2025<br>Time: 10.00 am<br>Venue: Council Chamber, County Hall</p>
<p><b>Membership:</b> Councillors Ola Penn (Chairman), Rob Quick and Sue Rand</p>
<h2>AGENDA</h2><p><b>1. Apologies for absence</b></p><p><b>2. Minutes</b></p></body></html>"""


def test_a_front_sheet_title_wrapped_over_two_lines_is_the_body(html_pack):
    """The committee's name printed large over two lines under a larger council name is the meeting's body."""
    assert [(m.body, m.date) for m in meetings.extract(html_pack(FRONT))] == [
        ("Adult Social Care Scrutiny Committee", date(2025, 10, 16))]


CLOSE_TICKS = f"""<html><head>{STYLE}<style>td,th{{padding:2pt 4pt 2pt 0}}</style></head><body>
<h1 style="font-size:18pt">Licensing Committee</h1>
<p>Minutes of the meeting of the Licensing Committee held on Monday 2nd June 2025 at 7.30pm.</p>
<table><tr><th style="width:170pt">Member</th><th style="width:170pt">Organisation</th><th>Present</th>
<th>Apologies</th></tr>
<tr><td>Cllr Ros Tait</td><td>Upvale District Council</td><td class="tick">✓</td><td></td></tr>
<tr><td>Cllr Sam Ueno</td><td>County Council</td><td></td><td class="tick">✓</td></tr></table>
<p>In attendance: Tom Vane – Democratic Services Officer, Una Webb, Responsible Financial Officer, Val Xu -
Monitoring Officer; 3 members of the public.</p>
<p><b>LC 1/25 Apologies</b></p><p>As above.</p><p><b>LC 2/25 Fees</b></p><p>Noted.</p></body></html>"""


def test_status_headings_set_close_together_and_a_list_closing_with_the_public(html_pack):
    """'Present Apologies' printed closer than a column gap still gives two status columns; a comma list of
    officers that ends '; 3 members of the public' separates people by its commas."""
    assert [(a.name, a.status) for a in attendance.extract(html_pack(CLOSE_TICKS))] == [
        ("Ros Tait", "present"), ("Sam Ueno", "apologies"), ("Tom Vane", "in_attendance"),
        ("Una Webb", "in_attendance"), ("Val Xu", "in_attendance")]


ONE_PER_LINE = f"""<html><head>{STYLE}</head><body><h1 style="font-size:18pt">Cabinet</h1>
<p>Minutes of the meeting of the Cabinet held on Wednesday 9 April 2025 at 10.00 am.</p>
<p>Present: Councillors Ann Ray (Leader) and Bo Sim</p>
<p>Officers:<br>Cara Todd – Principal Officer, Licensing and Enforcement, Regulatory Services<br>
Dev Ure – Monitoring Officer</p>
<p><b>EX 1/25 Apologies</b></p><p>None.</p><p><b>EX 2/25 Budget</b></p><p>Noted.</p></body></html>"""


def test_one_officer_a_line_after_a_role_with_a_comma(html_pack):
    """'Name – Role' one a line: a long role holding a comma does not make the next line its continuation."""
    assert [(a.name, a.status) for a in attendance.extract(html_pack(ONE_PER_LINE))] == [
        ("Ann Ray", "present"), ("Bo Sim", "present"), ("Cara Todd", "in_attendance"), ("Dev Ure", "in_attendance")]


def test_run_in_headings_and_labels_inside_one_attendance_paragraph(html_pack):
    """'1. Apologies: Councillor S. Tate sent apologies.' (a bold run-in heading, the minute's text after it on its
    line) and 'Present: Councillors A, B. In attendance: C (Clerk).' in one paragraph."""
    pack = html_pack(f"""<html><head>{STYLE}</head><body><p style="text-align:center"><b>ASHWORTH PARISH COUNCIL</b>
    <br>Minutes of a meeting held at the Village Hall on Wednesday 8 January 2025 at 7.30 p.m.</p>
    <p>Present: Councillors L. Moss (Chair), M. Nunn, O. Platt, Q. Reed. In attendance: R. Shaw (Clerk).</p>
    <p><b>1. Apologies:</b> Councillor S. Tate sent apologies, which were accepted.</p>
    <p><b>2. Minutes:</b> The Council RESOLVED to approve the minutes of 4 December 2024.</p>
    <p><b>3. Defibrillator:</b> After discussion it was RESOLVED that the Clerk order a replacement pad set.</p>
    <p><b>4. Date of next meeting:</b> 5 February 2025.</p></body></html>""")
    assert [(a.name, a.status, a.role) for a in attendance.extract(pack)] == [
        ("L. Moss", "present", "Chair"), ("M. Nunn", "present", None), ("O. Platt", "present", None),
        ("Q. Reed", "present", None), ("R. Shaw", "in_attendance", "Clerk"), ("S. Tate", "apologies", None)]
    assert [(m.number, m.title) for m in minutes.extract(pack)] == [
        ("1", "Apologies"), ("2", "Minutes"), ("3", "Defibrillator"), ("4", "Date of next meeting")]
    assert [(r.minute_number, r.outcome, r.text) for r in resolutions.extract(pack)] == [
        ("2", "resolved", "to approve the minutes of 4 December 2024."),
        ("3", "resolved", "that the Clerk order a replacement pad set.")]


ROLE_TABLE = f"""<html><head>{STYLE}<style>td{{padding:2.5pt 24pt 2.5pt 6pt}}</style></head><body>
<h1 style="font-size:16pt">Pennick Green Parish Council – Minutes</h1>
<p>Monday 2nd June 2025, held in the Scout Hut, Ferry Lane at 7.30 pm</p>
<p><b>Councillors present:</b></p>
<table><tr><td>Cllr Hester Quayle</td><td>Chair</td></tr><tr><td>Cllr Noel Ruddock</td><td>Vice-Chair</td></tr>
<tr><td>Cllr Ines Varga</td><td></td></tr><tr><td>Cllr Otto Wainwright</td><td></td></tr></table>
<p>In attendance: Maud Tolley (Clerk and RFO); Cllr Basil Underhill (District Councillor); 3 members of the
public.</p>
<p>Absent: Cllr Pearl Yardley.</p>
<p><b>1. Apologies for absence</b></p><p>None.</p>
<p><b>2. Village green</b></p><p>Noted.</p></body></html>"""


def test_name_and_role_table_with_blank_role_cells_then_labelled_lines(html_pack):
    """A 'name | role' table where most role cells are empty: a row with its name alone is still a row of the list
    (its rows stand at the table's own pitch), and the labelled lines after the table open their own sections."""
    pack = html_pack(ROLE_TABLE)
    assert [(a.name, a.status, a.role) for a in attendance.extract(pack)] == [
        ("Hester Quayle", "present", "Chair"), ("Noel Ruddock", "present", "Vice-Chair"),
        ("Ines Varga", "present", None), ("Otto Wainwright", "present", None),
        ("Maud Tolley", "in_attendance", "Clerk and RFO"), ("Basil Underhill", "in_attendance", "District Councillor"),
        ("Pearl Yardley", "absent", None)]


ROLE_FIRST_LIST = f"""<html><head>{STYLE}</head><body><h1 style="font-size:16pt">TRENWITH PARISH COUNCIL</h1>
<p>Minutes of the meeting held in the Institute on Wednesday 9 April 2025 at 7.00pm</p>
<p>Present: Councillors H Ollerton (Chairman), J Penhale and K Quick.</p>
<p>Also present: County Councillor L Rosewarne, the Clerk Mrs M Sennen, and 4 members of the public.</p>
<p><b>Min 12/25 Apologies:</b> none.</p><p><b>Min 13/25 Footpaths:</b> noted.</p></body></html>"""


def test_also_present_with_roles_printed_before_the_names(html_pack):
    """'County Councillor L Rosewarne, the Clerk Mrs M Sennen': both attend, the title before each name its role."""
    pack = html_pack(ROLE_FIRST_LIST)
    assert [(a.name, a.status, a.role) for a in attendance.extract(pack)] == [
        ("H Ollerton", "present", "Chairman"), ("J Penhale", "present", None), ("K Quick", "present", None),
        ("L Rosewarne", "in_attendance", "County Councillor"), ("M Sennen", "in_attendance", "Clerk")]


def test_attendance_told_in_sentences(html_pack):
    """"Present were Cllrs …" opens the minutes as "Present:" does, and "Apologies were received and accepted from"
    and "Also present were" are labels too (the minutes gave nothing without a 'Present:' label)."""
    pack = html_pack("""<html><body style="font-family:serif;font-size:11pt"><h2>Cobbold End Parish Council</h2>
<p>Minutes of the meeting held on Tuesday 3rd June 2025 at 7pm in the Institute</p>
<p>Present were Cllrs Ada Quill (Chairman), Ben Rook and Cy Stoat.</p>
<p>Apologies were received and accepted from Cllr Dee Tern.</p>
<p>Also present were Mrs Eve Umber (Clerk) and two residents.</p>
<p><b>Min. 25.41 Declarations</b></p><p>None were made.</p>
<p><b>Min. 25.42 Minutes</b></p><p>RESOLVED: that the minutes of 6th May be signed.</p></body></html>""")
    assert [(m.body, m.date) for m in meetings.extract(pack)] == [("Cobbold End Parish Council", date(2025, 6, 3))]
    assert [(a.name, a.status, a.role) for a in attendance.extract(pack)] == [
        ("Ada Quill", "present", "Chairman"), ("Ben Rook", "present", None), ("Cy Stoat", "present", None),
        ("Dee Tern", "apologies", None), ("Eve Umber", "in_attendance", "Clerk")]


def test_run_in_headings_closed_by_a_full_stop(html_pack):
    """"C/25/003 **Minutes.** The minutes ... were considered." and a short minute set wholly in bold
    ("**C/25/002 Declarations of interest. None.**"): the bold words up to their full stop are the title; "St."
    does not close one."""
    pack = html_pack("""<html><body style="font-family:serif;font-size:11pt"><h2>WELLOW PARVA PARISH COUNCIL</h2>
<p>Minutes of the meeting of the Council held on Tuesday 21 January 2025 at 7.30 pm</p>
<p>Councillors present: Cllr E. Gale (Chair), Cllr N. Hebden and Cllr P. Jowitt.</p>
<p><b>C/25/001 Apologies.</b> None were received.</p>
<p><b>C/25/002 Declarations of interest. None.</b></p>
<p><b>C/25/003 Minutes.</b> The minutes of the meeting held on 17 December 2024 were considered.</p>
<p style="margin-left:2em"><b>DECISION:</b> That the minutes be approved as a true record.</p>
<p><b>C/25/004 St. Anne's churchyard wall.</b> The Clerk reported that repairs were due in the spring.</p>
</body></html>""")
    assert [(m.number, m.title) for m in minutes.extract(pack)] == [
        ("C/25/001", "Apologies"), ("C/25/002", "Declarations of interest"), ("C/25/003", "Minutes"),
        ("C/25/004", "St. Anne's churchyard wall")]
    assert [(r.minute_number, r.text) for r in resolutions.extract(pack)] == [
        ("C/25/003", "That the minutes be approved as a true record.")]


def test_an_annual_parish_meeting_headed_in_the_chair_and_councillors(html_pack):
    """Labels of a parish meeting's record: "In the Chair:" and "Councillors:" list those present."""
    pack = html_pack("""<html><body style="font-family:sans-serif;font-size:11pt">
    <p><b>ASHWELL PARISH MEETING</b></p>
    <p>Minutes of the Annual Parish Meeting held on Thursday 24th April 2025 at 7.00pm in the Schoolroom</p>
    <p>In the Chair: Cllr Martin Faircross (Chairman of Ashwell Parish Council)</p>
    <p>Councillors: Hazel Gott, Peter Kellow, Susan Lumm</p>
    <p>Also present: the Clerk (Mrs Dawn Morby) and 23 members of the public</p>
    <p>1. WELCOME: The Chairman welcomed everyone to the meeting.</p>
    <p>2. MINUTES: The minutes of the meeting held on 25th April 2024 were signed as a correct record.</p>
    <p>3. REPORTS: Village organisations gave their reports.</p></body></html>""")
    assert [(a.name, a.status, a.role) for a in attendance.extract(pack)] == [
        ("Martin Faircross", "present", "Chairman of Ashwell Parish Council"),
        ("Hazel Gott", "present", None), ("Peter Kellow", "present", None), ("Susan Lumm", "present", None),
        ("Dawn Morby", "in_attendance", "the Clerk")]


def test_lists_set_with_wide_line_spacing_wrap_inside_a_name_and_a_bracket(html_pack):
    """Word's 1.5 line spacing sets a list's wrapped lines as far apart as paragraphs: a line that filled its
    measure has wrapped, even inside a name ("… Cllr Una" over "Vail, …") or inside a bracket that goes on with a
    number ("(in the Chair for item" over "1); …")."""
    lines = ["Present: Cllr Ada Quill (retiring Chairman, in the Chair for item", "1); Cllr Ben Rook (in the "
             "Chair from item 2); Cllr Cy Stoat; Cllr Dee Tern;", "Cllr Eve Umber; Cllr Fay Wren; Cllr Gus Yarrow; "
             "Cllr Una", "Vail; Cllr Hal Zander and Cllr Ivo Abbot."]
    filled = "".join(f'<div class="j">{text}</div>' for text in lines[:-1]) + f"<div>{lines[-1]}</div>"
    pack = html_pack(f"""<html><head><style>body {{ font-family: serif; font-size: 11pt; line-height: 1.6;
width: 15cm }} .j {{ text-align: justify; text-align-last: justify }}</style></head><body>
<h2>Farrowdale Parish Council</h2><p>Minutes of the meeting held on Monday 2nd June 2025 at 7pm in the Hall</p>
{filled}<p>Also present: Jo Birch (Parish Clerk); 6 members of the public.</p>
<p><b>Item 1 – Apologies for Absence</b></p><p>There were none.</p></body></html>""")
    assert [(a.name, a.status, a.role) for a in attendance.extract(pack)] == [
        ("Ada Quill", "present", "retiring Chairman, in the Chair for item 1"),
        ("Ben Rook", "present", "in the Chair from item 2"), ("Cy Stoat", "present", None),
        ("Dee Tern", "present", None), ("Eve Umber", "present", None), ("Fay Wren", "present", None),
        ("Gus Yarrow", "present", None), ("Una Vail", "present", None), ("Hal Zander", "present", None),
        ("Ivo Abbot", "present", None), ("Jo Birch", "in_attendance", "Parish Clerk")]


def test_a_label_column_over_one_name_and_role_a_line_after_a_comma(html_pack):
    """'Officers:' beside 'Priya Rathore, Principal Licensing Officer' over 'Tom Greaves, Senior Lawyer (Legal
    Adviser to the Sub-' / 'Committee)' and 'Joan Pettifer, local resident': each line at the list's indent that
    opens with a name and a comma is the next person, its role in lower case no prose."""
    rows = [("Councillors:", "Amrit Sandhu (Chair)"), ("", "Fiona Lockhart"),
            ("Officers:", "Priya Rathore, Principal Licensing Officer"),
            ("", "Tom Greaves, Senior Lawyer (Legal Adviser to the Sub-Committee of the Council)"),
            ("Also in attendance:", "Joan Pettifer, local resident"),
            ("", "Mark Benbow, Environmental Protection Officer")]
    cells = "".join(f"<tr><td style='width:5cm'>{label}</td><td>{text}</td></tr>" for label, text in rows)
    pack = html_pack(f"""<html><body style="font-family:sans-serif;font-size:10pt;width:14cm">
<h2>LONDON BOROUGH OF KESTREL</h2><p>MINUTES OF THE LICENSING SUB-COMMITTEE held on Tuesday 11 March 2025</p>
<p>Present:</p><table style="border-collapse:collapse">{cells}</table>
<p><b>1. APOLOGIES FOR ABSENCE</b></p><p>There were none.</p></body></html>""")
    assert [(a.name, a.status, a.role) for a in attendance.extract(pack)] == [
        ("Amrit Sandhu", "present", "Chair"), ("Fiona Lockhart", "present", None),
        ("Priya Rathore", "in_attendance", "Principal Licensing Officer"),
        ("Tom Greaves", "in_attendance", "Senior Lawyer (Legal Adviser to the Sub-Committee of the Council)"),
        ("Joan Pettifer", "in_attendance", "local resident"),
        ("Mark Benbow", "in_attendance", "Environmental Protection Officer")]


def test_one_name_a_line_under_capital_labels_with_reasons_for_absence(html_pack):
    """'PRESENT:', 'APOLOGIES:', 'ABSENT:' and 'IN ATTENDANCE:' each over one name a line, set apart: an absence's
    reason after a dash ('– on holiday') is neither prose ending the list nor a role."""
    names = lambda *rows: "".join(f"<p style='margin:0 0 0 28pt'>{row}</p>" for row in rows)  # noqa: E731
    pack = html_pack(f"""<html><body style="font-family:serif;font-size:11pt">
    <p style="text-align:center"><b>MARKET FELBY TOWN COUNCIL</b></p>
    <p style="text-align:center"><b>MINUTES OF THE MEETING OF THE FULL COUNCIL</b><br>held in the Council Chamber
    on Wednesday 20th November 2024 at 7.00pm</p>
    <p><b>PRESENT:</b></p>{names("Councillor Mrs A. Penrose (Town Mayor, in the Chair)", "Councillor K. Amis",
                                 "Councillor B. Farr")}
    <p><b>APOLOGIES:</b></p>{names("Councillor R. Lind – on holiday", "Councillor E. Morgan-Pryce – hospital "
                                   "appointment")}
    <p><b>ABSENT:</b></p>{names("Councillor F. Dorr")}
    <p><b>IN ATTENDANCE:</b></p>{names("Mr K. Vane – Town Clerk")}
    <p>Min 110. APOLOGIES FOR ABSENCE</p><p>Apologies were received as listed above.</p></body></html>""")
    assert [(a.name, a.status, a.role) for a in attendance.extract(pack)] == [
        ("A. Penrose", "present", "Town Mayor, in the Chair"), ("K. Amis", "present", None),
        ("B. Farr", "present", None), ("R. Lind", "apologies", None), ("E. Morgan-Pryce", "apologies", None),
        ("F. Dorr", "absent", None), ("K. Vane", "in_attendance", "Town Clerk")]
