"""Decisions a parish clerk writes into the prose of the minutes, rendered from an invented parish's minutes: one
to a line without full stops ('Resolved to pay …'), deferred to a later meeting in a sentence of its own or in
the passive, marked with the vote in brackets after the marker; and a count of the press among those present."""

import pytest

from minutebook.extractors import attendance, resolutions

HTML = """<html><head><style>body{font-family:serif;font-size:11pt} p{margin:0 0 8pt}</style></head><body>
<p style="text-align:center"><b>ELMSWORTH PARISH COUNCIL</b></p>
<p>Minutes of the meeting of the Parish Council held on Tuesday 10 February 2026 at 7.30pm in the Village Hall.</p>
<p>Present: Cllrs A Barlow (Chairman), C Dent, E Frith and G Hulme.</p>
<table style="border-collapse:collapse"><tr><td style="width:110pt;vertical-align:top">Also present:</td>
<td>District Councillor M Nash (Elmsworth ward)<br>4 members of the public and 1 representative of the press</td></tr>
<tr><td>In attendance:</td><td>Mrs J Kirk (Clerk)</td></tr></table>
<p><b>26/014 Finance</b></p>
<p>The bank balance at 31 January 2026 was £9,204.17<br>Resolved to pay Clerk salary for January £412.50<br>
Resolved to pay Hulme Garden Services £310.00 for hedge cutting in the churchyard and on the green<br>
Resolved to pay the Village Hall committee £45.00 for room hire<br>
Discussion of the draft budget for 2026/2027 was deferred to the March meeting so that the new quotations could
be included.</p>
<p><b>26/015 Bus shelter</b></p>
<p>Two quotations had been received for a replacement bus shelter (£2,140 and £2,380). Deferred to the March
meeting pending a third quotation.</p>
<p><b>26/016 Community grants</b></p>
<p>Three applications had been received. Following discussion it was RESOLVED (5 for, 1 against) to award £250
to the Elmsworth Scouts.</p>
</body></html>"""


@pytest.fixture
def pack(html_pack):
    return html_pack(HTML)


def test_decisions_one_to_a_line_deferred_and_marked_with_their_vote(pack):
    assert [(r.minute_number, r.outcome, r.text) for r in resolutions.extract(pack)] == [
        ("26/014", "resolved", "to pay Clerk salary for January £412.50"),
        ("26/014", "resolved", "to pay Hulme Garden Services £310.00 for hedge cutting in the churchyard and on the "
                               "green"),
        ("26/014", "resolved", "to pay the Village Hall committee £45.00 for room hire"),
        ("26/014", "deferred", "Discussion of the draft budget for 2026/2027 was deferred to the March meeting so that "
                               "the new quotations could be included."),
        ("26/015", "deferred", "to the March meeting pending a third quotation."),
        ("26/016", "resolved", "(5 for, 1 against) to award £250 to the Elmsworth Scouts."),
    ]


def test_a_count_of_the_press_among_those_present_ends_no_list(pack):
    assert [(a.name, a.status) for a in attendance.extract(pack)] == [
        ("A Barlow", "present"), ("C Dent", "present"), ("E Frith", "present"), ("G Hulme", "present"),
        ("M Nash", "in_attendance"), ("J Kirk", "in_attendance")]
