"""A parish council's minutes laid out as a two-column table (year/number references such as 24/031 in the
left cell, bold title and text in the right), rendered to a real PDF: every record type they carry."""

from datetime import date

import pytest

from minutebook.extractors import attendance, meetings, minutes, resolutions
from minutebook.extractors.numbering import follows, split_numbered

HTML = """<html><head><style>body{font-family:serif;font-size:11pt} td{vertical-align:top;padding:3pt}</style></head>
<body><p style="text-align:center"><b>LITTLE MARSHAM PARISH COUNCIL</b></p>
<p style="text-align:center"><b>Minutes of the Parish Council Meeting held on Tuesday 12th March 2024 at 7.30pm in
the Village Hall</b></p>
<p><b>Present:</b> Cllrs J Peters (Chairman), M Hughes, S O'Neill and K Patel-Jones</p>
<p><b>In attendance:</b> Mrs L Grant (Clerk) and two members of the public</p>
<table>
<tr><td><b>24/031</b></td><td><b>Apologies for absence</b><br>Apologies were received and accepted from Cllr R Wood.
</td></tr>
<tr><td><b>24/032</b></td><td><b>Declarations of interest</b><br>None.</td></tr>
<tr><td><b>24/033</b></td><td><b>Minutes of the previous meeting</b><br>The minutes of the meeting held on 13th
February 2024 were approved and signed as a true record.</td></tr>
<tr><td><b>24/034</b></td><td><b>Playing field</b><br>Quotes for the new fence were considered. It was RESOLVED to
accept the quote from Marsham Fencing Ltd for £2,450.</td></tr>
</table><p>The meeting closed at 9.05pm.</p></body></html>"""


@pytest.fixture
def pack(html_pack):
    return html_pack(HTML)


def test_year_slash_numbers_run_in_sequence():
    first, _ = split_numbered("24/031 Apologies")
    second, _ = split_numbered("24/032 Declarations")
    assert follows(first, second)
    assert not follows(second, split_numbered("25/001 Apologies")[0])


def test_minutes_numbered_year_slash_number(pack):
    assert [(m.number, m.title) for m in minutes.extract(pack)] == [
        ("24/031", "Apologies for absence"), ("24/032", "Declarations of interest"),
        ("24/033", "Minutes of the previous meeting"), ("24/034", "Playing field")]


def test_the_parish_council_meeting_is_named_by_its_title(pack):
    assert [(m.body, m.date, m.time) for m in meetings.extract(pack)] == [
        ("LITTLE MARSHAM PARISH COUNCIL", date(2024, 3, 12), "19:30")]


def test_apologies_received_and_accepted(pack):
    assert {(a.name, a.status) for a in attendance.extract(pack)} == {
        ("J Peters", "present"), ("M Hughes", "present"), ("S O'Neill", "present"), ("K Patel-Jones", "present"),
        ("L Grant", "in_attendance"), ("R Wood", "apologies")}


def test_decisions_belong_to_their_minutes(pack):
    assert [(r.minute_number, r.outcome) for r in resolutions.extract(pack)] == [
        ("24/033", "agreed"), ("24/034", "resolved")]
