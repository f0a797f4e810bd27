"""Minutes set with side headings: each minute's number over its bold heading in a narrow left column, the text in
a wide column beside them, no header row (an invented borough council, rendered to a real PDF)."""

import pytest

from minutebook.extractors import minutes, resolutions

MINUTE = """<div style="display:flex;margin-top:10pt"><div style="width:150pt;flex:none;font-weight:bold">{number}<br>
{heading}</div><div>{text}</div></div>"""
HTML = """<html><head><style>body {{ font-family: serif; font-size: 11pt }} p {{ margin: 0 0 6pt }}</style></head>
<body><p style="text-align:center"><b>WENDLEBURY BOROUGH COUNCIL</b></p><p>Minutes of the meeting of the Council
held on Wednesday, 4 March 2026 at 6.30 pm.</p><p>Present: Councillor R Ambler (The Mayor) in the Chair; Councillors
J Birks, S Cole, T Dacre and M Ellis.</p>{minutes}</body></html>"""
MINUTES = [
    ("12.", "Apologies for Absence",
     "<p>Apologies for absence were received from Councillors P Frain and L Gower.</p>"),
    ("13.", "Minutes of the Previous Meeting", "<p><b>RESOLVED</b> that the minutes of the meeting held on 21 "
     "January 2026 be approved as a correct record.</p>"),
    ("14.", "Questions from Members of the Public", "<p>None.</p>"),
    ("15.", "Allotments Rent Review", "<p>The Council considered a report of the Director of Place which set out "
     "the rents charged for allotment plots across the borough and proposed an increase from April.</p>"
     "<p>RESOLVED that the allotment rents be increased by 4 per cent from 1 April 2026.</p>"),
]


@pytest.fixture
def pack(html_pack):
    body = "".join(MINUTE.format(number=n, heading=h, text=t) for n, h, t in MINUTES)
    return html_pack(HTML.format(minutes=body))


def test_each_minute_is_its_side_heading_and_the_text_beside_it(pack):
    """The heading is the left column's bold text, wrapped or not, though the text beside it starts level with
    the number, and the text opening in bold ('RESOLVED'); a heading longer than its one line of text ('Questions ...'
    over 'None.') ends at the next number."""
    assert [(m.number, m.title, m.text.replace("\n", " ")[:50]) for m in minutes.extract(pack)] == [
        ("12", "Apologies for Absence", "Apologies for absence were received from Councillo"),
        ("13", "Minutes of the Previous Meeting", "RESOLVED that the minutes of the meeting held on 2"),
        ("14", "Questions from Members of the Public", "None."),
        ("15", "Allotments Rent Review", "The Council considered a report of the Director of"),
    ]


def test_decisions_belong_to_the_minutes_beside_them(pack):
    assert [(r.minute_number, r.outcome, r.text[:40]) for r in resolutions.extract(pack)] == [
        ("13", "resolved", "that the minutes of the meeting held on "),
        ("15", "resolved", "that the allotment rents be increased by")]
