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


TABLE = """<html><head><style>body{font-family:sans-serif;font-size:10pt} td,th{border:1px solid #000;padding:3pt;
vertical-align:top;text-align:left} table{border-collapse:collapse;width:100%}</style></head><body>
<p><b>BRAMLEY COMBE PARISH COUNCIL</b></p><p>Minutes of the meeting of the Parish Council held on Tuesday 13 January
2026 at 7.30pm in the Village Hall</p><p>Present: Cllrs P Amos (Chairman), D Bell and K Crane</p>
<table><tr><th style="width:18%">Minute</th><th>Item</th><th style="width:12%">Action</th></tr>
<tr><td>2025/26-071</td><td><b>Apologies for absence</b><br>Apologies were received from Cllr F Drew (work).<br>
Resolution: That the apologies be accepted.</td><td>Clerk</td></tr>
<tr><td>2025/26-072</td><td><b>Bench on the green</b><br>A quotation of £640 had been received.<br>
That the quotation from Combe Joinery be accepted.<br>Proposed: Cllr Bell &nbsp;&nbsp;&nbsp; Seconded: Cllr Crane
&nbsp;&nbsp;&nbsp; All in favour</td><td>Clerk</td></tr></table></body></html>"""


def test_minutes_numbered_within_a_financial_year_with_resolution_labels_and_motions_carried(html_pack):
    """'2025/26-071' numbers a minute within the year; 'Resolution:' labels a decision; a motion over its proposer,
    seconder and 'All in favour' was resolved."""
    pack = html_pack(TABLE)
    assert [(r.minute_number, r.outcome, r.text) for r in resolutions.extract(pack)] == [
        ("2025/26-071", "resolved", "That the apologies be accepted."),
        ("2025/26-072", "resolved", "That the quotation from Combe Joinery be accepted.")]


def test_a_body_named_without_the_approving_is_a_decision_and_a_reported_view_is_not(html_pack):
    """'Councillors approved the …' and 'Parish Council adopted the …', the body named at the sentence's start in
    capitals, are decisions (approved: other); a resident's report that members approved something is not."""
    pack = html_pack("""<html><body><p><b>OAKCROFT PARISH COUNCIL</b></p>
    <p>Minutes of the meeting of the Parish Council held on Monday 3 March 2025 at 7pm in the Pavilion.</p>
    <p>Present: Cllrs T Abbot (Chairman), V Baird and W Crane.</p>
    <p><b>25/031 Finance</b></p><p>Councillors approved the payments listed in the schedule totalling £612.40.</p>
    <p><b>25/032 Policies</b></p><p>Parish Council adopted the revised Grievance Policy.</p>
    <p><b>25/033 Public forum</b></p><p>Residents said members approved the play area plans without consultation.</p>
    </body></html>""")
    assert [(r.minute_number, r.outcome, r.text) for r in resolutions.extract(pack)] == [
        ("25/031", "other", "Councillors approved the payments listed in the schedule totalling £612.40."),
        ("25/032", "other", "Parish Council adopted the revised Grievance Policy."),
    ]
