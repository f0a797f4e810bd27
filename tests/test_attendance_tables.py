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
