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
    # several fields on one line; a column of labels and values with other labels among them; "Report to the ..."
    "<p><b>HARROWFIELD BOROUGH COUNCIL</b></p><p>Meeting: Community Services Committee &nbsp; Date: Wednesday 9 April "
    "2025 &nbsp; Item: 11</p>",
    "<table style='border-spacing: 12pt 0'><tr><td>Committee</td><td>Community Services Committee</td></tr>"
    "<tr><td>Date</td><td>9 April 2025</td></tr>"
    "<tr><td>Report of</td><td>Director of Place</td></tr><tr><td>Subject</td><td>Play areas</td></tr></table>",
    "<p>HARROWFIELD BOROUGH COUNCIL</p><p>Report to the Community Services Committee, 9 April 2025</p>",
    "<p>Community Services Committee | Wednesday 9 April 2025 | Appendix A to the Play Areas Update</p>",
    "<p><b>Harrowfield Borough Council</b></p><p><b>Report to: Community Services Committee, 9 April 2025</b></p>",
    "<p>Report to: Community Services Committee</p><p>Meeting date: 9 April 2025 at 6.30 pm, Council Chamber</p>",
    # a grid of labels and values, its second row of labels the cover's own ("Report of"), not the committee's name
    "<table style='width:100%; border-spacing: 14pt 2pt; font-size: 9pt'><tr><td>Committee</td>"
    "<td>Community Services Committee</td><td>Date</td>"
    "<td>Wednesday 9 April 2025</td></tr><tr><td>Report of</td><td>Director of Place</td><td>Lead member</td>"
    "<td>Cllr Ann Lee</td></tr></table>",
])
def test_a_report_cover_names_its_meeting(html_pack, cover):
    found = meetings.extract(html_pack(COVER.format(cover=cover)))
    assert [(m.body, m.date) for m in found] == [("Community Services Committee", date(2025, 4, 9))]


def test_a_report_without_a_meeting_on_its_cover_has_none(html_pack):
    assert meetings.extract(html_pack(COVER.format(cover="<p>Report of the Director of Place, April 2025</p>"))) == []


def test_a_report_cover_with_meeting_fields_and_numbered_sections_is_no_agenda(html_pack):
    """'Meeting: …', 'Date: …', 'Venue: …' fields over '1. Purpose', '1.1 To inform the Panel …': a report to that
    meeting, with the time and venue its fields give, and its numbered sections are not agenda items."""
    from minutebook.extractors import agenda

    pack = html_pack("""<html><body style="font-family:sans-serif;font-size:10pt">
<h1>Quarter 2 Budget and Performance Monitoring 2024/25</h1>
<p>Meeting: Environment Overview and Scrutiny Panel<br>Date: Thursday 21 November 2024 at 6.00pm<br>
Venue: Room 3, Civic Centre<br>Lead officer: Dan Orch, Finance Business Partner</p>
<h2>1. Purpose</h2><p>1.1 To inform the Panel of the forecast outturn at the end of September 2024.</p>
<h2>2. Recommendations</h2><p>2.1 That the Panel notes the forecast overspend.</p></body></html>""")
    assert [(m.body, m.date, m.time, m.venue) for m in meetings.extract(pack)] == [
        ("Environment Overview and Scrutiny Panel", date(2024, 11, 21), "18:00", "Room 3, Civic Centre")]
    assert agenda.extract(pack) == []


def test_a_cover_table_of_details_under_the_committee_s_name(html_pack):
    """A table of details with labels of several words ("Date of meeting", "Report title") under the council's and
    the committee's names: the meeting is the committee's on that date (the council's name, or a label's value
    naming a cabinet member, is not its body)."""
    rows = [("Report title", "Quarterly Performance Report – Quarter 1 2025/26"),
            ("Date of meeting", "Tuesday 16 September 2025"), ("Report of", "Head of Strategy"),
            ("Cabinet Member", "Councillor Ada Finch, Cabinet Member for Resources"), ("Wards affected", "All")]
    cells = "".join(f"<tr><td style='width:30%'>{a}</td><td>{b}</td></tr>" for a, b in rows)
    pack = html_pack(f"""<html><body style="font-family:sans-serif;font-size:10pt">
    <p style="text-align:right"><b>Agenda Item 7</b></p><p><b>Ormsby Borough Council</b></p>
    <p>Overview and Scrutiny Management Board</p><table style="width:100%">{cells}</table>
    <p><b>1. Purpose of the report</b></p><p>1.1 To report performance for the first quarter.</p></body></html>""")
    assert [(m.body, m.date) for m in meetings.extract(pack)] == [
        ("Overview and Scrutiny Management Board", date(2025, 9, 16))]
