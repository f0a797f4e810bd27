"""A report that names the meeting it goes to on its cover is a meeting record: a 'Committee Meeting <date>, Agenda
Item N' line, 'COMMITTEE:' and 'DATE:' fields, or a committee's name over a date line. Rendered from invented covers."""

from datetime import date

import pytest

from minutebook.extractors import meetings

COVER = """<html><body style="font-family:sans-serif;font-size:11pt">{cover}<h1>Play Area Renewal Programme</h1>
<p>Purpose of report: to set out the renewal programme for 2025/26.</p><h2>1. Recommendation</h2>
<p>That the programme be approved.</p></body></html>"""


@pytest.mark.parametrize("cover", [
    "<p><b>Harrowfield Borough Council</b></p><p>Community Services Committee Meeting 9 April 2025, Agenda Item 14</p>",
    "<p><b>COMMITTEE:</b> Community Services Committee</p><p><b>DATE:</b> 9 April 2025</p>",
    "<h2>Community Services Committee</h2><p>9 April 2025</p><p>Report by the Director of Place</p>",
])
def test_a_report_cover_names_its_meeting(html_pack, cover):
    found = meetings.extract(html_pack(COVER.format(cover=cover)))
    assert [(m.body, m.date) for m in found] == [("Community Services Committee", date(2025, 4, 9))]


def test_a_report_without_a_meeting_on_its_cover_has_none(html_pack):
    assert meetings.extract(html_pack(COVER.format(cover="<p>Report of the Director of Place, April 2025</p>"))) == []
