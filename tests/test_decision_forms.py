"""Decision notices printed as forms: a subject field and a decision field per decision, the label beside its value
(a two-column record of decision) or above it (a decision recording form). Rendered from invented notices."""

from datetime import date

from minutebook.extractors import attendance, meetings, minutes, resolutions

BESIDE = """<html><head><style>body{font-family:sans-serif;font-size:10.5pt} td{vertical-align:top;padding:4pt 8pt}
td.l{width:120pt;font-weight:bold} .pb{page-break-before:always}</style></head><body>
<h2>Record of Decision</h2>
<table>
<tr><td class="l">Decision maker</td><td>Cabinet</td></tr>
<tr><td class="l">Date of decision</td><td>4 June 2025</td></tr>
<tr><td class="l">Subject</td><td><b>Minute 31: Renewal of the Library Management System Contract and Associated
Support Services</b></td></tr>
<tr><td class="l">Decision</td><td>RESOLVED: That Cabinet approves the renewal of the contract for three years.
</td></tr>
<tr><td class="l">Reasons for the decision</td><td>The current contract ends in September.</td></tr>
<tr><td class="l">Members present</td><td>Councillors R. Vane (Leader, in the Chair), T. Osei and L. Marsh</td></tr>
</table>
<div class="pb"></div><h2>Record of Decision</h2>
<table>
<tr><td class="l">Decision maker</td><td>Cabinet</td></tr>
<tr><td class="l">Date of decision</td><td>4 June 2025</td></tr>
<tr><td class="l">Subject</td><td><b>Minute 32: Allotment Rents 2026/27</b></td></tr>
<tr><td class="l">Decision</td><td>RESOLVED: That Cabinet notes the consultation responses and agrees the rents.
</td></tr>
<tr><td class="l">Members present</td><td>Councillors R. Vane (Leader, in the Chair), T. Osei and L. Marsh</td></tr>
</table></body></html>"""

ABOVE = """<html><head><style>body{font-family:sans-serif;font-size:10.5pt} .pb{page-break-before:always}
.v{margin-left:24pt}</style></head><body>
<h1>Decision Recording Form</h1>
<p style="font-size:14pt">Decision determined at Environment Policy Committee meeting on 9 July 2025</p>
<p><b>Committee Members present:</b><br>Councillor Amy Lowe<br>Councillor Raj Patel<br>Councillor Sue Dean</p>
<div class="pb"></div>
<p>(a) Subject: Street Tree Strategy<br><span style="margin-left:90pt">(agenda item 6)</span></p>
<p><b>(b) Declarations of interest:</b></p><p class="v">None</p>
<p><b>(c) Decision taken</b></p>
<p class="v">That the Environment Policy Committee:</p>
<p class="v">1. Noted the progress made on planting since 2023.</p>
<p class="v">2. Approved the draft strategy for consultation.</p>
<p><b>(d) Reason for decision:</b></p><p class="v">As set out in the report.</p>
<div class="pb"></div>
<p>(a) Subject: Quarterly Finance Report<br><span style="margin-left:90pt">(agenda item 7)</span></p>
<p><b>(c) Decision taken</b></p>
<p class="v">The Committee noted the forecast outturn.</p>
</body></html>"""


def test_record_of_decision_with_labels_beside_their_values(html_pack):
    pack = html_pack(BESIDE)
    assert [(m.body, m.date) for m in meetings.extract(pack)] == [("Cabinet", date(2025, 6, 4))]
    assert [(m.number, m.title) for m in minutes.extract(pack)] == [
        ("31", "Renewal of the Library Management System Contract and Associated Support Services"),
        ("32", "Allotment Rents 2026/27")]
    assert [(r.minute_number, r.outcome, r.text) for r in resolutions.extract(pack)] == [
        ("31", "resolved", "That Cabinet approves the renewal of the contract for three years."),
        ("32", "resolved", "That Cabinet notes the consultation responses and agrees the rents.")]
    assert [(a.name, a.status, a.role) for a in attendance.extract(pack)] == [
        ("R. Vane", "present", "Leader, in the Chair"), ("T. Osei", "present", None), ("L. Marsh", "present", None)]


def test_decision_recording_form_with_labels_above_their_values(html_pack):
    pack = html_pack(ABOVE)
    assert [(m.body, m.date) for m in meetings.extract(pack)] == [("Environment Policy Committee", date(2025, 7, 9))]
    assert minutes.extract(pack) == []  # the form names agenda items, not minutes
    assert [(r.minute_number, r.outcome, r.text) for r in resolutions.extract(pack)] == [
        ("6", "other", "That the Environment Policy Committee: 1. Noted the progress made on planting since 2023. "
                       "2. Approved the draft strategy for consultation."),
        ("7", "noted", "The Committee noted the forecast outturn.")]
    assert [a.name for a in attendance.extract(pack)] == ["Amy Lowe", "Raj Patel", "Sue Dean"]
