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
