"""Minutes found by their title alone (no 'Present' label) whose attendance is a table: 'Member | Representing' rows,
or a tick table whose status columns say who was present and who sent apologies. Rendered from invented minutes."""

from datetime import date

from minutebook.extractors import attendance, meetings, minutes

HEAD = """<html><head><style>body{font-family:sans-serif;font-size:10.5pt} th{text-align:left}
td,th{padding:2pt 16pt 2pt 0}</style></head><body><h1 style="font-size:22pt">Lowmoor Schools Forum</h1>
<p>Minutes of the meeting held on Tuesday 14 May 2024, 2.00pm, Council Offices</p>"""
TAIL = """<p><b>1 Apologies</b></p><p>Apologies were received from Nia Pugh.</p>
<p><b>2 Dedicated schools grant</b></p><p>Noted.</p></body></html>"""


def test_minutes_by_their_title_with_a_member_table(html_pack):
    pack = html_pack(HEAD + """<table><tr><th>Member</th><th>Representing</th></tr>
    <tr><td>Owen Cray (Chair)</td><td>Secondary headteachers</td></tr>
    <tr><td>Councillor Ivy Lund</td><td>Lowmoor County Council</td></tr>
    <tr><td>Tom Reyes</td><td>Primary governors</td></tr></table>
    <p>Officers: Kim Shah (Head of Finance)</p>""" + TAIL)
    assert [(m.body, m.date) for m in meetings.extract(pack)] == [("Lowmoor Schools Forum", date(2024, 5, 14))]
    assert [(a.name, a.status, a.role) for a in attendance.extract(pack)] == [
        ("Owen Cray", "present", "Chair"), ("Ivy Lund", "present", None), ("Tom Reyes", "present", None),
        ("Kim Shah", "in_attendance", "Head of Finance"), ("Nia Pugh", "apologies", None)]
    assert [m.number for m in minutes.extract(pack)] == ["1", "2"]


def test_tick_table_gives_each_member_the_status_ticked(html_pack):
    pack = html_pack(HEAD + """<table><tr><th>Name</th><th>Organisation</th><th>Present</th><th>Apologies</th></tr>
    <tr><td>Owen Cray</td><td>Secondary headteachers</td><td>✓</td><td></td></tr>
    <tr><td>Ivy Lund</td><td>Lowmoor County Council</td><td></td><td>✓</td></tr>
    <tr><td>Tom Reyes</td><td>Primary governors</td><td>✓</td><td></td></tr></table>""" + TAIL)
    assert [(a.name, a.status) for a in attendance.extract(pack)][:3] == [
        ("Owen Cray", "present"), ("Ivy Lund", "apologies"), ("Tom Reyes", "present")]


def test_a_member_ticked_in_no_column_was_absent(html_pack):
    """'Mr F Dean' ticked neither present nor apologies: absent; an honorific marks the row as a member's, where a
    line of a name alone may be a long name's wrapped end."""
    pack = html_pack(HEAD + """<table><tr><th>Member</th><th>Organisation</th><th>Present</th><th>Apologies</th></tr>
    <tr><td>Dr L Fair (Chairman)</td><td>North Ward</td><td>✓</td><td></td></tr>
    <tr><td>Mr F Dean</td><td>South Ward</td><td></td><td></td></tr>
    <tr><td>Mrs A Yates</td><td>Rural Ward</td><td></td><td>✓</td></tr></table>""" + TAIL)
    assert [(a.name, a.status) for a in attendance.extract(pack)][:3] == [
        ("L Fair", "present"), ("F Dean", "absent"), ("A Yates", "apologies")]


def test_front_sheet_membership_whose_long_names_run_close_to_the_role_column(html_pack):
    """A 'Membership' list as a name | role table: a long name leaves less than a cell gap before its role, so the
    row is cut where the other rows start their role."""
    rows = [("Councillor Ada Bell", "Chair"), ("Councillor Cy Dunn", "Vice-Chair"), ("Councillor Eve Fox", "Member"),
            ("Councillor Gwendolyn Hetherington", "Member"), ("Councillor Jo Kerr", "Member")]
    table = "".join(f"<tr><td>{name}</td><td>{role}</td></tr>" for name, role in rows)
    pack = html_pack("""<html><head><style>body{font-family:sans-serif;font-size:10.5pt}
    td{padding:2pt 9pt 2pt 0}</style></head><body>
    <h1 style="font-size:20pt">Nether Combe District Council</h1><p><b>AGENDA</b></p>
    <p>Meeting: Standards Committee</p><p>Date: Monday 3 March 2025</p><p>Time: 6.00 pm</p>
    <p><b>Membership</b></p><table>""" + table + """</table>
    <p><b>1. Apologies for absence</b></p><p><b>2. Declarations of interest</b></p></body></html>""")
    assert [(a.name, a.status, a.role) for a in attendance.extract(pack)] == [
        ("Ada Bell", "member", "Chair"), ("Cy Dunn", "member", "Vice-Chair"), ("Eve Fox", "member", "Member"),
        ("Gwendolyn Hetherington", "member", "Member"), ("Jo Kerr", "member", "Member")]


def test_a_role_column_before_the_names_under_a_heading_without_colon(html_pack):
    """'Members of the Authority present' (a heading, no colon) over 'Role | Member | Constituent authority': the
    names come from the Member column, the role from the column before it ('Member' there is no role), and the
    constituent council is not a name."""
    rows = [("Chair", "Councillor Anne Fenby", "Brackvale MBC"), ("Vice-Chair", "Councillor Desmond Ollerton",
                                                                  "Skelby MBC"),
            ("Member", "Councillor Nasreen Gill", "Calder Rise MBC")]
    table = ("<table><tr><th>Role</th><th>Member</th><th>Constituent authority</th></tr>"
             + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows) + "</table>")
    pack = html_pack(f"""<style>td, th {{ padding: 2pt 24pt 2pt 0; text-align: left }}</style>
        <h1>Wexmoor Fire and Rescue Authority</h1>
        <p>Minutes of the Budget Meeting of the Authority held at Headquarters on Tuesday 18 February 2025 at
        10.30 am</p><p><b>Members of the Authority present</b></p>{table}
        <p><b>Officers in attendance</b></p><p>Treasurer – Dr Susan Okoro<br>Clerk – Rachel Dunn</p>
        <p><b>55 APOLOGIES FOR ABSENCE</b></p><p>None.</p><p><b>56 DECLARATIONS OF INTEREST</b></p><p>None.</p>""")
    assert [(r.name, r.status, r.role) for r in attendance.extract(pack)] == [
        ("Anne Fenby", "present", "Chair"), ("Desmond Ollerton", "present", "Vice-Chair"),
        ("Nasreen Gill", "present", None), ("Susan Okoro", "in_attendance", "Treasurer"),
        ("Rachel Dunn", "in_attendance", "Clerk")]


def test_the_meeting_was_attended_by(html_pack):
    """Attendance told in a sentence: 'The meeting was attended by Councillors A (Chair, X Council), B (...)'."""
    pack = html_pack("""<h1>Severn Vale Police and Crime Panel</h1>
        <p>Minutes of a meeting held in Committee Room 2 on Thursday 6 February 2025 at 2.00 pm</p>
        <p>The meeting was attended by Councillors Ruth Amble (Chair, Ashby District Council), Colin Birk (Wyford
        City Council) and Janet Poole (Ashby County Council).</p>
        <p>Also in attendance were Mr Jon Price (Police and Crime Commissioner) and Mrs Deb Ince (Panel Support
        Officer).</p><p><b>Item 1: Apologies for Absence</b></p><p>None.</p>
        <p><b>Item 2: Declarations of Interest</b></p><p>None.</p>""")
    assert [(r.name, r.status) for r in attendance.extract(pack)] == [
        ("Ruth Amble", "present"), ("Colin Birk", "present"), ("Janet Poole", "present"),
        ("Jon Price", "in_attendance"), ("Deb Ince", "in_attendance")]


def test_name_and_portfolio_tables_with_a_narrow_gutter_under_headings(html_pack):
    """'Cabinet Members present' over a Name | Portfolio table whose gutter is an em: a long name runs almost into
    its portfolio, yet the word set at the column the other rows share starts the second cell; rows set a little
    apart carry the table on, each row its own person."""
    rows = [("Councillor Adaeze Okonkwo (Chair)", "Leader of the Council"), ("Councillor Liam Fair", "Cabinet Member"
            " for Finance"), ("Councillor Shab Qureshi", "Cabinet Member for Housing"),
            ("Councillor Harriet Pemberton-Lowe-Smythe", "Cabinet Member for Community Safety and Culture")]
    table = "".join(f"<tr><td>{name}</td><td>{role}</td></tr>" for name, role in rows)
    pack = html_pack(f"""<html><head><style>body{{font-family:sans-serif;font-size:9.5pt}}
td{{padding:2pt 11pt 2pt 0;vertical-align:top;white-space:nowrap}}</style></head><body>
<p style="font-size:20pt"><b>Cabinet</b></p><p>Minutes</p><p>Date: Monday 10 February 2025</p>
<p><b>Cabinet Members present</b></p><table style="border-spacing:0 3pt">{table}</table>
<p><b>Also present</b></p><p>Councillor Tom Eyre (Leader of the Opposition)</p>
<p><b>Minute 45 – Apologies for Absence</b></p><p>There were none.</p></body></html>""")
    assert any(line.text.startswith("Councillor Harriet Pemberton-Lowe-Smythe Cabinet") for line in pack.lines)
    assert [(a.name, a.status, a.role) for a in attendance.extract(pack)] == [
        ("Adaeze Okonkwo", "present", "Chair"), ("Liam Fair", "present", "Cabinet Member for Finance"),
        ("Shab Qureshi", "present", "Cabinet Member for Housing"),
        ("Harriet Pemberton-Lowe-Smythe", "present", "Cabinet Member for Community Safety and Culture"),
        ("Tom Eyre", "in_attendance", "Leader of the Opposition")]


def test_a_membership_table_headed_councillor_and_portfolio_whose_portfolios_have_commas(html_pack):
    """'Membership' over a headed 'Councillor | Portfolio' table: each row is one member and its portfolio cell
    is the role whole ('Cabinet Member for Children, Young People and Families' holds no second name)."""
    rows = [("Rhian Dace (Chairman)", "Leader of the Council"),
            ("Tobias Quell", "Cabinet Member for Children, Young People and Families"),
            ("Mei Ashgrove", "Cabinet Member for Economy, Skills and Growth")]
    table = "".join(f"<tr><td>{name}</td><td>{role}</td></tr>" for name, role in rows)
    pack = html_pack(f"""<html><head><style>body{{font-family:sans-serif;font-size:10pt}}
    td,th{{padding:2pt 14pt 2pt 0;text-align:left}}</style></head><body>
    <h1 style="font-size:20pt">Harrowdene County Council</h1><p style="font-size:26pt"><b>Cabinet</b></p>
    <p>Date: Wednesday, 12th February, 2025</p><p>Time: 10.00 am</p><p>Venue: Council Chamber, County Hall</p>
    <p><b>Membership</b></p><table><tr><th>Councillor</th><th>Portfolio</th></tr>{table}</table>
    <p>Quorum: 3 Members</p><p><b>AGENDA</b></p><p><b>1. Apologies for Absence</b></p></body></html>""")
    assert [(a.name, a.status, a.role) for a in attendance.extract(pack)] == [
        ("Rhian Dace", "member", "Chairman"),
        ("Tobias Quell", "member", "Cabinet Member for Children, Young People and Families"),
        ("Mei Ashgrove", "member", "Cabinet Member for Economy, Skills and Growth")]


def test_an_attendance_table_in_two_halves_with_the_status_written_in(html_pack):
    """'Councillor | Attendance' set twice side by side under the minutes' title, each cell saying 'Present',
    'Apologies' or 'Absent': a person in each half of a row, with the status the cell says."""
    rows = [("Cllr Ada Bell (Mayor)", "Present", "Cllr Cy Dunn", "Absent"),
            ("Cllr Eve Fox", "Apologies", "Cllr Gil Hart", "Present"), ("Cllr Ivy Jones", "Present", "", "")]
    table = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    pack = html_pack(f"""<html><head><style>body{{font-family:sans-serif;font-size:10pt}} th{{text-align:left}}
    td,th{{padding:1pt 14pt 1pt 0}}</style></head><body><p style="font-size:15pt"><b>OAKHAM TOWN COUNCIL</b></p>
    <p><b>Minutes of the Meeting of the Full Council held on Monday 17th March 2025 at 7.00pm</b></p>
    <p><b>Members' attendance</b></p><table><tr><th>Councillor</th><th>Attendance</th><th>Councillor</th>
    <th>Attendance</th></tr>{table}</table>
    <p>Officers in attendance: Mr G Hale (Town Clerk)</p>
    <p><b>2425/131 Apologies for Absence</b></p><p>It was resolved to accept the apologies.</p></body></html>""")
    assert [(a.name, a.status, a.role) for a in attendance.extract(pack)] == [
        ("Ada Bell", "present", "Mayor"), ("Cy Dunn", "absent", None), ("Eve Fox", "apologies", None),
        ("Gil Hart", "present", None), ("Ivy Jones", "present", None), ("G Hale", "in_attendance", "Town Clerk")]


def test_lists_side_by_side_under_a_header_row_of_labels(html_pack):
    """'Councillors present | Apologies | Officers in attendance' as a table's header row, each column its own list
    and a name wrapping within its cell ('... (Deputy Mayor, Chair' over 'of the Finance Committee)'): each has
    the status of the column they are in; an 'Also present:' line under the table is read as ever."""
    pack = html_pack("""<html><head><style>body{font-family:serif;font-size:10pt} td,th{padding:1pt 8pt;
    vertical-align:top;text-align:left;width:150pt}</style></head><body>
    <p style="font-size:13pt"><b>MINUTES OF THE MEETING OF HARLBURY TOWN COUNCIL</b></p>
    <p>held on Monday 23rd June 2025, commencing at 6.30pm</p>
    <table><tr><th>Councillors present</th><th>Apologies</th><th>Officers in attendance</th></tr>
    <tr><td>Cllr Ada Moss (Mayor)</td><td>Cllr Ben Hart</td><td>Mr Cy Lowe (Town Clerk)</td></tr>
    <tr><td>Cllr Dee Oakes (Deputy Mayor, Chair of the Finance Committee)</td><td></td>
    <td>Ms Eve Doyle (Deputy Town Clerk)</td></tr>
    <tr><td>Cllr Fay Gill</td><td></td><td></td></tr></table>
    <p>Also present: Inspector Gus Moy (Policing Team).</p>
    <p><b>101/25 APOLOGIES FOR ABSENCE</b></p><p>RESOLVED: That the apologies be accepted.</p></body></html>""")
    assert [(a.name, a.status, a.role) for a in attendance.extract(pack)] == [
        ("Ada Moss", "present", "Mayor"), ("Dee Oakes", "present", "Deputy Mayor, Chair of the Finance Committee"),
        ("Fay Gill", "present", None),
        ("Ben Hart", "apologies", None), ("Cy Lowe", "in_attendance", "Town Clerk"),
        ("Eve Doyle", "in_attendance", "Deputy Town Clerk"), ("Gus Moy", "in_attendance", "Policing Team")]


def test_a_board_member_table_with_organisation_then_role_and_bulleted_lists_after_it(html_pack):
    """'Board member | Organisation | Role': the role is the Role column's cell, wrapping over two lines (the
    Organisation column is no role); bulleted 'Also in attendance' and 'Apologies' lists under the table are an
    item a bullet."""
    pack = html_pack(HEAD + """<p><b>Present</b></p><table><tr><th>Board member</th><th>Organisation</th>
    <th>Role</th></tr>
    <tr><td>Councillor Ivy Lund</td><td>Lowmoor County Council</td><td style="width:9em">Chair; Cabinet Member for
    Schools and Skills</td></tr>
    <tr><td>Tom Reyes</td><td>Lowmoor Primary Partnership</td><td>Vice-Chair</td></tr></table>
    <p><b>Also in attendance</b></p><ul><li>Kim Shah (Head of Finance)</li><li>Ola Berg (Clerk to the Forum)</li></ul>
    <p><b>Apologies</b></p><ul><li>Nia Pugh (Secondary Headteacher, Fellside School)</li><li>Ravi Dutt</li></ul>
    """ + TAIL)
    assert [(a.name, a.status, a.role) for a in attendance.extract(pack)] == [
        ("Ivy Lund", "present", "Chair; Cabinet Member for Schools and Skills"), ("Tom Reyes", "present", "Vice-Chair"),
        ("Kim Shah", "in_attendance", "Head of Finance"), ("Ola Berg", "in_attendance", "Clerk to the Forum"),
        ("Nia Pugh", "apologies", "Secondary Headteacher, Fellside School"), ("Ravi Dutt", "apologies", None)]


def test_headings_without_colons_after_a_member_table_and_a_visitor_for_one_minute_only(html_pack):
    """'Members Present' over a 'Councillor | Role' table, then 'Also Present' (a ward member '– for minute 62
    only': which minutes they sat for is no prose), 'Officers Present' over name and title cells, 'Apologies' and
    'Absent', each heading bold without a colon."""
    cells = lambda *rows: "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)  # noqa: E731
    pack = html_pack(HEAD.replace("Lowmoor Schools Forum", "Strategic Planning Committee") + f"""
    <p><b>Members Present</b></p><table><tr><th>Councillor</th><th>Role</th></tr>
    {cells(("Cllr Fiona Garth", "Chair"), ("Cllr Marcus Oyo", "Vice-Chair"), ("Cllr Alan Bright", ""))}</table>
    <p><b>Also Present</b></p><p>Cllr Sally Dunn (Ward Member, Kingsmere) – for minute 62 only</p>
    <p><b>Officers Present</b></p><table>{cells(("Laura Penn", "Head of Development Management"),
                                              ("Tobias Greave", "Principal Planning Officer"))}</table>
    <p><b>Apologies</b></p><p>Cllr Owen Treg</p><p><b>Absent</b></p><p>Cllr Derek Olu</p>""" + TAIL)
    assert [(a.name, a.status, a.role) for a in attendance.extract(pack)] == [
        ("Fiona Garth", "present", "Chair"), ("Marcus Oyo", "present", "Vice-Chair"), ("Alan Bright", "present", None),
        ("Sally Dunn", "in_attendance", "Ward Member, Kingsmere"),
        ("Laura Penn", "in_attendance", "Head of Development Management"),
        ("Tobias Greave", "in_attendance", "Principal Planning Officer"), ("Owen Treg", "apologies", None),
        ("Derek Olu", "absent", None), ("Nia Pugh", "apologies", None)]


def test_a_tick_table_whose_apologies_column_holds_the_reason(html_pack):
    """'Councillor | Present | Apologies (reason) | Absent': a reason written in the Apologies column is an
    apology, as a tick would be; the role in brackets after the name stays the role."""
    pack = html_pack(HEAD + """<table><tr><th>Councillor</th><th>Present</th><th>Apologies (reason)</th>
    <th>Absent</th></tr><tr><td>Cllr M. Fair (Chairman)</td><td>✓</td><td></td><td></td></tr>
    <tr><td>Cllr O. Pritchard-Jones</td><td></td><td>Work commitment</td><td></td></tr>
    <tr><td>Cllr W. Ng</td><td>✓</td><td></td><td></td></tr>
    <tr><td>Cllr R. Mbeki</td><td></td><td></td><td>✓</td></tr></table>""" + TAIL)
    assert [(a.name, a.status, a.role) for a in attendance.extract(pack)][:4] == [
        ("M. Fair", "present", "Chairman"), ("O. Pritchard-Jones", "apologies", None), ("W. Ng", "present", None),
        ("R. Mbeki", "absent", None)]


def test_a_record_of_attendance_at_the_end_of_the_minutes(html_pack):
    """"Members present are shown in the Record of Attendance at the end": the tick table after the minutes."""
    rows = "".join(f"<tr><td>Councillor {name}</td><td>{p}</td><td>{a}</td></tr>"
                   for name, p, a in (("Ann Ash (Chairman)", "✓", ""), ("Bo Birch", "", "✓"), ("Cy Cole", "✓", "")))
    pack = html_pack(f"""<html><body style="font-family:sans-serif;font-size:11pt">
<p style="font-size:15pt"><b>HARROWFIELD DISTRICT COUNCIL</b></p><p style="font-size:13pt"><b>Minutes of the
meeting of the Leisure Committee held on Tuesday 14 October 2025 at 7.00 pm</b></p>
<p>Members present are shown in the Record of Attendance at the end of these minutes.</p>
<p>Officers: Helen Carrow (Head of Leisure).</p><p><b>41 Apologies</b></p><p>Apologies were received from Councillor
Birch.</p><p><b>42 Parks</b></p><p>RESOLVED: That the report be noted.</p><p>The meeting closed at 8.10 pm.</p>
<p><b>Record of attendance</b></p><table style="width:70%"><tr><th>Councillor</th><th>Present</th>
<th>Apologies</th></tr>{rows}</table></body></html>""")
    assert sorted((a.name, a.status) for a in attendance.extract(pack)) == [
        ("Ann Ash", "present"), ("Bo Birch", "apologies"), ("Cy Cole", "present"), ("Helen Carrow", "in_attendance")]


def test_a_tick_table_runs_on_under_its_header_repeated_on_the_next_page(html_pack):
    rows = "".join(f"<tr><td>Councillor {name}</td><td>✓</td><td></td></tr>"
                   for name in ("Ann Ash", "Bo Birch", "Cy Cole", "Di Dale"))
    pack = html_pack(f"""<html><body style="font-family:sans-serif;font-size:11pt">
<p style="font-size:15pt"><b>HARROWFIELD DISTRICT COUNCIL</b></p><p style="font-size:13pt"><b>Minutes of the
meeting of the Leisure Committee held on Tuesday 14 October 2025 at 7.00 pm</b></p>
<p>Members present are shown in the Record of Attendance at the end of these minutes.</p>
<p><b>41 Parks</b></p><p>RESOLVED: That the report be noted.</p><div style="height:17cm"></div>
<p><b>Record of attendance</b></p><table style="width:70%"><thead><tr><th>Councillor</th><th>Present</th>
<th>Apologies</th></tr></thead>{rows}</table></body></html>""")
    assert sorted(a.name for a in attendance.extract(pack) if a.status == "present") == [
        "Ann Ash", "Bo Birch", "Cy Cole", "Di Dale"]
