"""A district committee pack: label-table front sheet, agenda as an 'Item No.' table, and minutes numbered with a
committee code (LC.12) carrying a counted vote and a two-part resolution. Rendered to a real PDF."""

from datetime import date

import pytest

from minutebook.extractors import agenda, attendance, meetings, minutes, resolutions, votes

HTML = """<html><head><style>body{font-family:sans-serif;font-size:10.5pt} td{vertical-align:top;padding:2pt 6pt}
.pb{page-break-before:always}</style></head><body>
<h2>Northfield District Council</h2>
<h1>Licensing Committee</h1>
<table><tr><td>Date:</td><td>Wednesday, 5 June 2024</td></tr><tr><td>Time:</td><td>6.30 pm</td></tr>
<tr><td>Place:</td><td>Council Chamber, Civic Offices, Northfield</td></tr></table>
<p><b>Members:</b> Councillors A Khan (Chair), B Lewis (Vice-Chair), C Morgan, D Evans and E Shah</p>
<h3>AGENDA</h3>
<table>
<tr><td><b>Item No.</b></td><td><b>Subject</b></td><td><b>Pages</b></td></tr>
<tr><td>1.</td><td>Apologies for Absence</td><td></td></tr>
<tr><td>2.</td><td>Declarations of Interest</td><td></td></tr>
<tr><td>3.</td><td>Minutes of the meeting held on 8 May 2024</td><td>3 - 6</td></tr>
<tr><td>4.</td><td>Review of Taxi Licensing Policy</td><td>7 - 20</td></tr>
</table>
<div class="pb"></div>
<h2>Licensing Committee</h2>
<p><b>Minutes of the meeting held on Wednesday, 8 May 2024 at 6.30 pm</b></p>
<p><b>Present:</b> Councillors A Khan (Chair), B Lewis (Vice-Chair), C Morgan and E Shah</p>
<p><b>Officers:</b> F Green (Licensing Manager), G Hall (Solicitor)</p>
<p><b>LC.12 Apologies for Absence</b></p>
<p>Apologies for absence were received from Councillor D Evans.</p>
<p><b>LC.13 Declarations of Interest</b></p><p>There were no declarations of interest.</p>
<p><b>LC.14 Street Trading Consent Fees</b></p>
<p>The Committee considered the report of the Licensing Manager on fees for 2024/25.</p>
<p>On being put to the vote there voted: For: 3, Against: 1, Abstentions: 0.</p>
<p>RESOLVED – (1) That the fees set out in Appendix A be approved; and (2) That the fees be reviewed in 12 months.</p>
<p><b>LC.15 Hackney Carriage Tariff</b></p>
<p>The Committee noted the report.</p>
<p>The meeting ended at 7.45 pm.</p>
</body></html>"""


@pytest.fixture
def pack(html_pack):
    return html_pack(HTML)


def test_meetings_of_the_pack_and_of_its_minutes(pack):
    assert [(m.body, m.date, m.time) for m in meetings.extract(pack)] == [
        ("Licensing Committee", date(2024, 6, 5), "18:30"), ("Licensing Committee", date(2024, 5, 8), "18:30")]


def test_agenda_items_from_an_item_table(pack):
    assert [(i.number, i.title) for i in agenda.extract(pack)] == [
        ("1", "Apologies for Absence"), ("2", "Declarations of Interest"),
        ("3", "Minutes of the meeting held on 8 May 2024"), ("4", "Review of Taxi Licensing Policy")]


def test_members_then_attendance_and_apologies(pack):
    found = {(a.meeting_date, a.name, a.status) for a in attendance.extract(pack)}
    assert (date(2024, 6, 5), "D Evans", "member") in found
    assert (date(2024, 5, 8), "D Evans", "apologies") in found
    assert (date(2024, 5, 8), "G Hall", "in_attendance") in found
    assert len(found) == 12


def test_committee_coded_minute_numbers(pack):
    assert [(m.number, m.title) for m in minutes.extract(pack)] == [
        ("LC.12", "Apologies for Absence"), ("LC.13", "Declarations of Interest"),
        ("LC.14", "Street Trading Consent Fees"), ("LC.15", "Hackney Carriage Tariff")]


def test_counted_vote_and_two_part_resolution(pack):
    assert [(v.minute_number, v.for_, v.against, v.abstain) for v in votes.extract(pack)] == [("LC.14", 3, 1, 0)]
    decided = [(r.minute_number, r.outcome, r.text) for r in resolutions.extract(pack)]
    assert decided == [
        ("LC.14", "resolved", "(1) That the fees set out in Appendix A be approved; and (2) That the fees be reviewed "
                              "in 12 months."),
        ("LC.15", "noted", "The Committee noted the report."),
    ]
