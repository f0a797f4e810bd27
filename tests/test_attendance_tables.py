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
