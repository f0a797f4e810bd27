"""The body a set of minutes belongs to, read from its title block: a short name in the minutes' title completed by
the letterhead above it, the full council's meeting as "Council", a "Body – Minutes" title; and a 'PRESENT:
Councillors' label over a grid of names. Rendered from small invented packs."""

from datetime import date

import pytest

from minutebook.extractors import attendance, meetings
from minutebook.extractors.pipeline import extract_pdf

MINUTES = """<html><head><style>body{{font-family:serif;font-size:11pt}} td{{padding:2pt 30pt 2pt 0}}</style></head>
<body>{title}<p><b>Present:</b> Councillors Una Moss (Chair), Vic Hale and Wyn Rees</p>
<p><b>1. Apologies</b></p><p>None.</p><p><b>2. Minutes</b></p><p>RESOLVED – That the minutes be approved.</p>
</body></html>"""


@pytest.mark.parametrize(("title", "body"), [
    ("<h2>HOLLOWAY GREEN TOWN COUNCIL</h2><p>Finance and General Purposes Committee – minutes of the meeting held on "
     "Monday 3 June 2024 at 6.00 pm in the Mayor's Parlour</p>", "Finance and General Purposes Committee"),
    ("<h2>NETHERLEA JOINT BURIAL AUTHORITY</h2><p>Minutes of the Meeting of the Joint Burial Authority held on "
     "Monday 3 June 2024 at 2.00 pm</p>", "NETHERLEA JOINT BURIAL AUTHORITY"),
    ("<p style='text-align:right;font-size:8pt'>HVJBA 03.06.24</p><h2>HOLTBY VALE JOINT BURIAL AUTHORITY</h2>"
     "<p style='font-size:9pt'>Ashmere · Holtby · Vale Parishes</p>"
     "<h1>Minutes of the Meeting of the Joint Burial Authority</h1><p>Monday 3 June 2024 at 2.00 pm</p>",
     "HOLTBY VALE JOINT BURIAL AUTHORITY"),  # a reference, the letterhead, a strapline, the short name in the title
    ("<h2>CRANMOOR COUNCIL</h2><h3>MINUTES OF THE MEETING OF THE COUNCIL held at the Guildhall on Monday 3 June "
     "2024 at 6.30 pm</h3>", "Council"),
    ("<h2>ORMSBY COUNTY COUNCIL</h2><h2>COUNTY COUNCIL</h2><p>MINUTES of a meeting of the County Council held in "
     "the Council Chamber on Monday, 3 June 2024.</p>", "County Council"),
    ("<h2>BRIDEWELL PARISH COUNCIL</h2><p>Minutes of the meeting of the Council held on Monday 3 June 2024 at "
     "7.30 pm</p>", "BRIDEWELL PARISH COUNCIL"),
    ("<h2>FOSSBY PARISH MEETING</h2><p>Minutes of the Annual Parish Meeting held on Monday 3 June 2024 at 7 pm</p>",
     "FOSSBY PARISH MEETING"),
    ("<p style='letter-spacing:4pt'><b>O A K V A L E</b></p><h1>Highways Panel – Minutes</h1>"
     "<p>Monday 3 June 2024 · 10.00 am · Room 2</p>", "Highways Panel"),
    ("<p><b>CHILBY TOWN COUNCIL</b></p><p><b>MINUTES OF THE FULL COUNCIL MEETING – 3 JUNE 2024</b></p>",
     "CHILBY TOWN COUNCIL"),  # a town council's full council, its date after a dash
    ("<h2>DENMOOR DISTRICT COUNCIL</h2><p>Minutes of the Full Council meeting held on 3 June 2024</p>", "Council"),
    ("<h2>Ashdale Fire and Rescue Authority</h2><p>Minutes of the Budget Meeting of the Authority held at Headquarters "
     "on Monday 3 June 2024 at 10.30 am</p>", "Ashdale Fire and Rescue Authority"),  # the kind of meeting named
    ("<p style='font-size:8pt'>Kelby Borough Council</p><h1>Full Licensing Committee AGM</h1>"
     "<p>Monday 3 June 2024 · 10.00 am · Room 2</p>", "Licensing Committee"),  # the whole committee's annual meeting
    ("<h2>SELWORTH INTERNAL DRAINAGE BOARD</h2><h1>Drainage Board – Annual General Meeting</h1>"
     "<p>Monday 3 June 2024 · 7.00 pm</p>", "Drainage Board"),
])
def test_body_from_the_title_block(html_pack, title, body):
    found = meetings.extract(html_pack(MINUTES.format(title=title)))
    assert [(m.body, m.date) for m in found] == [(body, date(2024, 6, 3))]


def test_present_councillors_over_a_grid_of_names(html_pack):
    html = """<html><body style="font-family:serif;font-size:11pt"><h2>CRANMOOR COUNCIL</h2>
    <h3>MINUTES OF THE MEETING OF THE COUNCIL held on Monday 3 June 2024 at 6.30 pm</h3>
    <p><b>PRESENT: Councillors</b></p><table style="margin-left:20pt;border-spacing:30pt 2pt">
    <tr><td>Ann Abel (Chair)</td><td>Ben Bray</td><td>Cal Cobb</td></tr>
    <tr><td>Dee Dunn</td><td>Eli East</td><td>Fay Fox</td></tr></table>
    <p><b>1. Apologies</b></p><p>Apologies were received from Councillor Gil Gray.</p></body></html>"""
    found = attendance.extract(html_pack(html))
    assert [(a.name, a.status) for a in found] == [
        ("Ann Abel", "present"), ("Ben Bray", "present"), ("Cal Cobb", "present"), ("Dee Dunn", "present"),
        ("Eli East", "present"), ("Fay Fox", "present"), ("Gil Gray", "apologies")]


def test_a_notice_of_decision_names_its_body_and_the_time_in_its_date_field(html_pack):
    """'PLANNING SUB-COMMITTEE HEARING – NOTICE OF DECISION' over 'Date of hearing: <date>, 2.30 pm' and 'Venue: ...':
    the body without what the title says of the occasion and the document, the time from the date's own field."""
    pack = html_pack("""<html><head><style>body{font-family:sans-serif;font-size:11pt}</style></head><body>
    <p style="text-align:right"><b>Tallow Vale Borough Council</b><br>Licensing Section</p>
    <h1 style="font-size:15pt">TAXI LICENSING SUB-COMMITTEE HEARING – NOTICE OF DECISION</h1>
    <p>Date of hearing: Tuesday 4 February 2025, 2.30 pm</p><p>Venue: Room 4, Tallow Vale Town Hall</p>
    <p>Application: renewal of a private hire driver's licence</p>
    <h2>1. The application</h2><p>The driver applied to renew the licence.</p></body></html>""")
    assert [(m.body, m.date, m.time, m.venue) for m in meetings.extract(pack)] == [
        ("TAXI LICENSING SUB-COMMITTEE", date(2025, 2, 4), "14:30", "Room 4, Tallow Vale Town Hall")]


def test_a_grid_of_label_cells_with_values_wrapped_about_their_labels(html_pack):
    """'Meeting | <body> | Date | <date>' over 'Time | <time> | Place | <venue>', each value wrapping over lines
    centred on its label's row: body, date, time and venue from the grid ('Committee' wrapped under the body is
    part of it, not a label)."""
    pack = html_pack("""<html><head><style>body{font-family:sans-serif;font-size:10pt}
    td{vertical-align:middle;padding:3pt 6pt;width:50pt} td.v{width:130pt}</style></head><body>
    <p style="font-size:16pt">FENHOLT District Council</p>
    <table><tr><td>Meeting</td><td class="v">Licensing and Appeals Committee</td><td>Date</td>
    <td class="v">Wednesday 5 March 2025</td></tr>
    <tr><td>Time</td><td class="v">7.00 pm</td><td>Place</td><td class="v">Room 2, The Old Granary, Fenholt Market
    Square</td></tr></table>
    <p><b>Agenda</b></p><p>1. Apologies for absence</p><p>2. Minutes of the last meeting</p></body></html>""")
    assert [(m.body, m.date, m.time, m.venue) for m in meetings.extract(pack)] == [
        ("Licensing and Appeals Committee", date(2025, 3, 5), "19:00",
         "Room 2, The Old Granary, Fenholt Market Square")]


def test_a_summons_to_the_parish_council_names_the_letterhead_parish(html_pack):
    """'The monthly meeting of the Parish Council will be held on ...' under 'FENBY PARISH COUNCIL': that parish."""
    pack = html_pack("""<html><body style="font-family:serif;font-size:11pt"><h2>FENBY PARISH COUNCIL</h2>
    <p>The monthly meeting of the Parish Council will be held on Tuesday 6 May 2025 at 7.30 pm in the Village Hall.</p>
    <h3>AGENDA</h3><p>1. Apologies for absence</p><p>2. Minutes of the last meeting</p></body></html>""")
    assert [(m.body, m.date) for m in meetings.extract(pack)] == [("FENBY PARISH COUNCIL", date(2025, 5, 6))]


def test_a_title_in_capitals_gives_the_time_after_its_date(html_pack):
    pack = html_pack("""<html><body style="font-family:sans-serif;font-size:11pt"><p><b>MINUTES OF THE MEETING OF
    ORBY TOWN COUNCIL HELD ON TUESDAY 4 FEBRUARY 2025 AT 7.00PM AT THE TOWN HALL</b></p>
    <p>PRESENT: Councillors A Barker (Mayor), B Carter</p><p><b>1. Apologies</b></p><p>None.</p></body></html>""")
    assert [(m.body, m.date, m.time) for m in meetings.extract(pack)] == [
        ("ORBY TOWN COUNCIL", date(2025, 2, 4), "19:00")]


def test_the_time_after_the_venue_that_follows_the_date(html_pack):
    pack = html_pack("""<html><body style="font-family:sans-serif;font-size:11pt"><p><b>WEYFORD PARISH COUNCIL</b></p>
    <p><b>Minutes of the Meeting held on Tuesday 11th March 2025 in the Village Hall at 7.15pm</b></p>
    <p><b>Councillors Present:</b> Mr J Adams (Chairman), Mrs K Bell</p><p><b>1. Minutes</b></p><p>Agreed.</p>
    </body></html>""")
    assert [(m.date, m.time) for m in meetings.extract(pack)] == [(date(2025, 3, 11), "19:15")]


SUMMONS_LETTER = """<html><head><style>body{font-family:serif;font-size:11pt}</style></head><body>
<p style="text-align:right">Tollbury Parish Council<br>4 Mill Lane<br>Tollbury</p>
<p>3rd February 2025</p>
<p><b>EXTRAORDINARY MEETING OF TOLLBURY PARISH COUNCIL</b></p>
<p>Dear Councillor,</p>
<p>You are hereby summoned to attend an Extraordinary Meeting of the Parish Council, to be held on Monday 10th
February 2025 commencing at 7.30pm, in the Reading Room, Tollbury.</p>
<p>Yours faithfully,<br>Ruth Anning<br>Parish Clerk</p>
<p><b>AGENDA</b></p><p>1) Apologies for absence</p><p>2) Declarations of interest</p><p>3) Village hall lease</p>
</body></html>"""

SIGNED_SUMMONS = """<html><head><style>body{font-family:sans-serif;font-size:11pt}</style></head><body>
<p><b>MARLOW END TOWN COUNCIL</b></p><p><b>AMENITIES COMMITTEE</b></p>
<p>Members of the Amenities Committee are summoned to a meeting to be held in the Council Chamber, Marlow End Town
Hall, on Wednesday 19th March 2025 at 6.00pm.</p>
<p>Gareth Penn, Deputy Town Clerk – 12th March 2025</p>
<p><b>1. Apologies</b></p><p><b>2. Minutes</b> – to confirm the minutes of the meeting held on 12th February 2025</p>
<p><b>3. Allotments</b></p>
</body></html>"""

COMMITTEE_SHEET = """<html><head><style>body{font-family:sans-serif;font-size:11pt}</style></head><body>
<p style="font-size:14pt;text-align:center"><b>Dunmere City Council</b></p>
<p style="font-size:11.9pt;text-align:center">Audit and Standards Committee</p>
<p style="text-align:center">Thursday 6 March 2025 at 10.00 a.m.<br>Committee Room 2, The Guildhall</p>
<p><b>Members of the Committee</b></p>
<p>Councillor Ada Rhys (Chair)<br>Councillor Bryn Tull<br>Councillor Cai Webb</p>
<p style="text-align:center"><b>AGENDA</b></p>
<p>1. Apologies for Absence</p><p>2. Internal Audit Progress Report</p>
</body></html>"""


WHICH_WILL_BE_HELD = """<html><body style="font-family:serif;font-size:11pt"><h2>DRAYMOOR TOWN COUNCIL</h2>
<p>You are hereby summoned to attend a meeting of Draymoor Town Council which will be held in the Council Chamber on
Monday 10 March 2025 at 7.00 pm.</p><p><b>AGENDA</b></p><p>1. Apologies</p><p>2. Minutes</p></body></html>"""


@pytest.mark.parametrize(("html", "body", "when"), [
    (SUMMONS_LETTER, "Tollbury Parish Council", date(2025, 2, 10)),  # the letter's date is printed first
    (WHICH_WILL_BE_HELD, "Draymoor Town Council", date(2025, 3, 10)),
    (SIGNED_SUMMONS, "AMENITIES COMMITTEE", date(2025, 3, 19)),  # "Name, Role – date" is a signature, not a title
    (COMMITTEE_SHEET, "Audit and Standards Committee", date(2025, 3, 6)),  # name set a little larger than the text
])
def test_a_summons_gives_the_meeting_its_sentence_names(html_pack, html, body, when):
    """The meeting a summons calls is the one its sentence names ("… to be held on <date>"), not the date of the
    letter or of the clerk's signature; its body is the council or committee, not an "Extraordinary Meeting of"
    heading or a "Members of the Committee" heading over the names."""
    assert [(m.body, m.date) for m in meetings.extract(html_pack(html))] == [(body, when)]


RUNNING_HEADER = """<html><head><style>body{font-family:serif;font-size:11pt} h1{font-size:14pt;margin:0}
@page{@top-center{content:"Foxley Green Parish Council";font-size:9pt}} .pb{page-break-before:always}</style></head>
<body><h1>Foxley Green Parish Council</h1>
<p>Minutes of the meeting of the Parish Council held on Tuesday 4th March 2025 at 7.30pm in the Pavilion</p>
<p><b>Present:</b> Cllrs Iona Pratt (Chair), Jem Ruddock and Kit Sallis</p>
<p><b>25/01 Apologies</b></p><p>None.</p><div class="pb"></div>
<p><b>25/02 Minutes</b></p><p>RESOLVED: that the minutes of 4th February 2025 be signed.</p>
<div class="pb"></div><p><b>25/03 Close</b></p><p>The meeting closed at 8.10pm.</p></body></html>"""


@pytest.mark.parametrize(("html", "body"), [
    (RUNNING_HEADER, "Foxley Green Parish Council"),  # the letterhead repeats the running header: page furniture
    (MINUTES.format(title="<h2>Orrin Vale Parish Council</h2><h3>Extraordinary Meeting – Minutes</h3>"
                          "<p>Thursday 6 March 2025, held at the Chapel Hall at 7pm</p>"), "Orrin Vale Parish Council"),
    (MINUTES.format(title="<h2>PENWICK PARISH COUNCIL</h2><p>Minutes of the Parish Council meeting</p>"
                          "<p><b>Date:</b> Tuesday 8th April 2025 <b>Time:</b> 7.30pm <b>Venue:</b> Church Room</p>"),
     "PENWICK PARISH COUNCIL"),  # a label row under the title
])
def test_the_parish_councils_own_meeting_is_named_by_its_council(tmp_path, make_pdf, html, body):
    """Minutes of "the Parish Council", of an "Extraordinary Meeting", or of "the Parish Council meeting" over a
    'Date: … Time: …' row, belong to the council the document names, however it prints its name."""
    extraction = extract_pdf(make_pdf(html))
    assert [m.body for m in extraction.meetings] == [body]


def test_an_annual_parish_meeting_with_no_attendance_label(html_pack):
    """A parish meeting's minutes under its name wrapped over two bold lines a size up ("FENWICK MAGNA" over
    "ANNUAL PARISH MEETING"), with no 'Present' label (the meeting 'was chaired by' its chairman) and the meeting
    'of the electors of' the parish: found by their title, named by the letterhead."""
    pack = html_pack("""<html><body style="font-family:serif;font-size:10pt">
    <p style="font-size:12pt;text-align:center"><b>FENWICK MAGNA</b><br><b>ANNUAL PARISH MEETING</b></p>
    <p>Minutes of the Annual Parish Meeting of the electors of Fenwick Magna, held in the Pavilion, Church Lane, on
    Thursday 24 April 2025 at 7.00 pm</p>
    <p>The meeting was chaired by Councillor Owen Quill, Chairman of the Parish Council.</p>
    <p>1. Welcome and apologies. The Chairman welcomed everyone. Apologies were received from Councillor Ida Yule.</p>
    <p>2. Minutes of the 2024 meeting. It was agreed that they were a true record and the Chairman signed them.</p>
    <p>3. Open forum. Residents raised the speed of traffic on the B4127.</p></body></html>""")
    assert [(m.body, m.date, m.time) for m in meetings.extract(pack)] == [
        ("FENWICK MAGNA ANNUAL PARISH MEETING", date(2025, 4, 24), "19:00")]
    assert [(a.name, a.status) for a in attendance.extract(pack)] == [("Owen Quill", "present"),
                                                                     ("Ida Yule", "apologies")]


@pytest.mark.parametrize("title", ["BRACKLEY TOWN COUNCIL – PLANNING COMMITTEE",
                                   "Brackley Town Council — Planning Committee"])
def test_a_title_naming_the_council_then_its_committee_after_a_dash(html_pack, title):
    """"X Town Council – Planning Committee": the body is the committee the dash names, not the council."""
    pack = html_pack(f"""<html><body style="font-family:sans-serif;font-size:11pt"><p><b>{title}</b></p>
    <p>Minutes of the meeting held on Tuesday 18 February 2025 at 6.30pm in the Council Chamber</p>
    <p>Present: Cllr A Moss (Chair), Cllr B Hart, Cllr C Lowe</p>
    <p><b>56. Apologies</b></p><p>None.</p><p><b>57. Applications</b></p><p>None were received.</p>
    <p><b>58. Date of next meeting</b></p><p>18 March 2025.</p></body></html>""")
    assert [m.body.casefold() for m in meetings.extract(pack)] == ["planning committee"]


def test_a_record_of_decisions_under_a_column_of_meeting_fields(html_pack):
    """'Meeting | Date | Time | Venue' set as labels beside their values over a record of decisions, and a note that
    names a later date (the call-in deadline) and 'the decisions taken at the meeting. It is not the minutes':
    the fields give the meeting; the note's sentence names no body."""
    rows = [("Meeting", "Joint Transport Board"), ("Date", "Friday 14 March 2025"), ("Time", "10.30 am"),
            ("Venue", "Board Room, Quay House, Ellerby")]
    table = "".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in rows)
    pack = html_pack(f"""<html><head><style>body{{font-family:sans-serif;font-size:10pt}}
    td{{padding:1pt 24pt 1pt 0}}</style></head><body><h1>Record of Decisions</h1><table>{table}</table>
    <p style="font-size:9pt">This record sets out the decisions taken at the meeting. It is not the minutes, which
    will be submitted to the next meeting. Decisions may not be implemented before 5.00 pm on Friday 21 March
    2025.</p>
    <p><b>Board members present</b></p><p>Cllr Ada Moss (Chair), Cllr Ben Hart, Cllr Cy Lowe</p>
    <p><b>1 Apologies for absence</b></p><p>None.</p><p><b>2 Minutes</b></p>
    <p>RESOLVED – That the minutes be approved.</p></body></html>""")
    assert [(m.body, m.date, m.time, m.venue) for m in meetings.extract(pack)] == [
        ("Joint Transport Board", date(2025, 3, 14), "10:30", "Board Room, Quay House, Ellerby")]


def test_a_title_whose_sentence_runs_on_in_smaller_type_over_an_attendance_table(html_pack):
    """'MINUTES OF THE MEETING OF X TOWN COUNCIL' over 'held in the Assembly Room' over 'on Monday 23rd June 2025'
    in smaller type, then a table 'Councillors present | Apologies' and no 'Present:' line: the title's own lines
    give the meeting its date and time."""
    pack = html_pack("""<html><body style="font-family:serif;font-size:11pt">
    <p style="text-align:center;font-size:13pt;margin:0"><b>MINUTES OF THE MEETING OF HARLBURY TOWN COUNCIL</b></p>
    <p style="text-align:center;margin:0">held in the Assembly Room, The Guildhall, Harlbury</p>
    <p style="text-align:center;margin:0">on Monday 23rd June 2025, commencing at 6.30pm</p>
    <table><tr><th>Councillors present</th><th>Apologies</th></tr>
    <tr><td>Cllr Ada Moss (Mayor)</td><td>Cllr Ben Hart</td></tr><tr><td>Cllr Cy Lowe</td><td></td></tr></table>
    <p><b>101/25 APOLOGIES FOR ABSENCE</b></p><p>RESOLVED: That the apologies be accepted.</p>
    <p><b>102/25 MINUTES</b></p><p>RESOLVED: That the minutes be signed.</p></body></html>""")
    assert [(m.body, m.date, m.time) for m in meetings.extract(pack)] == [
        ("HARLBURY TOWN COUNCIL", date(2025, 6, 23), "18:30")]


def test_the_full_town_council_is_the_town_council_the_letterhead_names(make_pdf):
    extraction = extract_pdf(make_pdf("""<html><body style="font-family:sans-serif;font-size:11pt">
<p style="font-size:15pt"><b>HARTFORD BRIDGE TOWN COUNCIL</b></p>
<p><b>MINUTES of the meeting of the FULL TOWN COUNCIL held on Monday 13 October 2025 at 7.00pm</b></p>
<p>Present: Councillors Ann Ash (Town Mayor), Bo Birch and Cy Cole.</p>
<p><b>2025/118 APOLOGIES FOR ABSENCE</b></p><p>None.</p></body></html>"""))
    assert [(m.body.casefold(), m.date) for m in extraction.meetings] == [
        ("hartford bridge town council", date(2025, 10, 13))]
