"""Decision notices printed as forms: a subject field and a decision field per decision, the label beside its value
(a two-column record of decision) or above it (a decision recording form), and a hearing's notice of decision laid
out like a front sheet. Rendered from invented notices."""

import re
from datetime import date

from minutebook.extractors import agenda, attendance, meetings, minutes, resolutions
from minutebook.extractors.classify import document_kind
from minutebook.extractors.forms import fields
from minutebook.schemas import DocumentKind

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


BOLD_VALUES = """<html><head><style>body{font-family:serif;font-size:11pt} .pb{page-break-before:always}
.v{margin-left:28pt;font-weight:bold} .s{margin-left:28pt}</style></head><body>
<h1>Decision Recording Form</h1>
<p style="font-size:12pt">Decision determined at Housing Policy Committee meeting on 14 May 2025</p>
<p><b>Committee Members present:</b><br>Councillor Nell Frith<br>Councillor Omar Shah</p>
<div class="pb"></div>
<p><b>(a) Subject:</b> Q2 2025/26 Performance Report<br><span style="margin-left:90pt">(agenda item 12)</span></p>
<p><b>(b) Decision taken</b></p>
<p class="v">The Housing Policy Committee noted the performance report.</p>
<p><b>(c) Reason for decision:</b></p><p class="s">As set out in the report.</p>
<div class="pb"></div>
<p><b>(a) Subject:</b> 30 mph Limits on Estate Roads<br><span style="margin-left:90pt">(agenda item 13)</span></p>
<p><b>(b) Decision taken</b></p>
<p class="v">Officer Recommendations:</p>
<p class="s">That the Housing Policy Committee</p>
<p class="s">1. Approved the consultation on new limits.</p>
<p class="v">Financial:</p>
<p class="s">2. Agreed to fund the signs from the highways budget.</p>
<p><b>(c) Reason for decision:</b></p><p class="s">As set out in the report.</p>
</body></html>"""


def test_a_bold_decision_indented_under_its_label_is_its_value_and_the_item_its_number(html_pack):
    """Indented under "(b) Decision taken", a bold sentence or a bold sub-label ("Officer Recommendations:") is the
    decision, not a heading or a field; a subject opening with a quarter ("Q2 2025/26") or a quantity ("30 mph")
    names the agenda item decided, not a minute."""
    pack = html_pack(BOLD_VALUES)
    assert [(r.minute_number, r.outcome, r.text) for r in resolutions.extract(pack)] == [
        ("12", "noted", "The Housing Policy Committee noted the performance report."),
        ("13", "other", "Officer Recommendations: That the Housing Policy Committee 1. Approved the consultation on "
                        "new limits. Financial: 2. Agreed to fund the signs from the highways budget.")]
    assert minutes.extract(pack) == []


HEARING = """<html><head><style>body{font-family:sans-serif;font-size:10.5pt} td{vertical-align:top;padding:1pt 0}
td.l{width:110pt} .pb{page-break-before:always}</style></head><body>
<p style="text-align:right"><b>Marrowby District Council</b><br>Licensing Team</p>
<h2>LICENSING PANEL HEARING – NOTICE OF DECISION</h2>
<table>
<tr><td class="l">Date of hearing:</td><td>Monday 12 May 2025, 2.00 pm</td></tr>
<tr><td class="l">Venue:</td><td>Room 3, Marrowby House</td></tr>
<tr><td class="l">Application:</td><td>Variation of a premises licence (ref. MDC/LIC/0917)</td></tr>
<tr><td class="l">Licensing Panel<br>members:</td><td>Councillor Nia Loft (Chair)<br>Councillor Omar Pike<br>
Councillor Rhys Dorn</td></tr>
<tr><td class="l">Officers:</td><td>Tess Wynn (Legal Adviser)<br>Ivo Marsh (Licensing Officer)</td></tr>
<tr><td class="l">Parties present:</td><td>Mr Ed Quill (the applicant)<br>Mrs Fay Orme (local resident)</td></tr>
</table>
<h3>1. The application</h3><p>The applicant sought to extend the hours for the sale of alcohol.</p>
<h3>2. Representations</h3><p>Two residents objected on the ground of public nuisance.</p>
<div class="pb"></div>
<h3>3. Decision</h3><p>The Panel RESOLVED that the variation be granted in part: (a) alcohol until 23.00; and (b)
the beer garden to close at 21.00.</p>
<h3>4. Right of appeal</h3><p>The applicant may appeal to the Magistrates' Court within 21 days.</p>
</body></html>"""


def test_a_hearing_notice_laid_out_like_a_front_sheet(html_pack):
    """Labelled fields of the hearing over numbered sections: those who sat (members present, officers and the
    parties who attended in attendance), its one decision from the 'Decision' section, and no agenda (its sections
    are the notice's, not the business of a meeting to come)."""
    pack = html_pack(HEARING)
    assert document_kind(pack) == DocumentKind.DECISION_NOTICE
    assert [(m.body, m.date, m.time) for m in meetings.extract(pack)] == [
        ("LICENSING PANEL", date(2025, 5, 12), "14:00")]
    assert [(a.name, a.status, a.role) for a in attendance.extract(pack)] == [
        ("Nia Loft", "present", "Chair"), ("Omar Pike", "present", None), ("Rhys Dorn", "present", None),
        ("Tess Wynn", "in_attendance", "Legal Adviser"), ("Ivo Marsh", "in_attendance", "Licensing Officer"),
        ("Ed Quill", "in_attendance", "the applicant"), ("Fay Orme", "in_attendance", "local resident")]
    assert agenda.extract(pack) == [] and minutes.extract(pack) == []
    assert [(r.minute_number, r.outcome, r.text, r.page) for r in resolutions.extract(pack)] == [
        (None, "resolved", "that the variation be granted in part: (a) alcohol until 23.00; and (b) the beer garden "
                           "to close at 21.00.", 2)]


DETERMINATION = """<html><head><style>body{font-family:serif;font-size:11pt} td{vertical-align:top;padding:2pt 6pt}
td.l{width:170pt} .pb{page-break-before:always}</style></head><body>
<p style="text-align:right">Licensing Section<br>Hollin Vale Borough Council</p>
<h2>LICENSING HEARINGS SUB-COMMITTEE</h2>
<p style="font-size:13pt">Premises Licence – Notice of Determination</p>
<table>
<tr><td class="l">Premises</td><td>Unit 4, Corn Exchange, Hollin Vale HV2 1AB</td></tr>
<tr><td class="l">Applicant</td><td>Brightline Amusements Ltd</td></tr>
<tr><td class="l">Date and time of hearing</td><td>Thursday 6 March 2025 at 2.30 pm</td></tr>
<tr><td class="l">Venue</td><td>Council Chamber, Hollin Vale Town Hall</td></tr>
<tr><td class="l">Sub-Committee members</td><td>Councillor Ada Brunt (Chair)<br>Councillor Carl Denny<br>
Councillor Eve Frost</td></tr>
<tr><td class="l">Officers present</td><td>Gail Hume – Legal Adviser<br>Ian Judd – Licensing Officer</td></tr>
<tr><td class="l">Parties present</td><td>For the applicant: Mr Kit Lowe, Director</td></tr>
</table>
<h3>1. The application</h3><p>The applicant sought a licence for an adult gaming centre.</p>
<h3>2. Decision</h3>
<p>Having considered the application and the representations, the Sub-Committee reached the following decision.
RESOLVED – That the licence be granted subject to the conditions in the annex.</p>
<div class="pb"></div>
<h3>3. Reasons</h3><p>The Sub-Committee noted that no representation had been made by the police.</p>
<h3>4. Right of appeal</h3><p>Any party may appeal to the Magistrates' Court within 21 days.</p>
</body></html>"""


def test_a_notice_of_determination_with_a_column_of_labels(html_pack):
    """A hearing's notice set out as labels in a column beside their values, no colons ("Date and time of
    hearing", "Sub-Committee members"): the meeting and who sat come from the fields, and its one decision is
    the RESOLVED sentence under the 'Decision' heading, not the lead-in before it; nothing in the reasons is a
    decision."""
    pack = html_pack(DETERMINATION)
    assert document_kind(pack) == DocumentKind.DECISION_NOTICE
    assert [(m.body, m.date, m.time, m.venue) for m in meetings.extract(pack)] == [
        ("LICENSING HEARINGS SUB-COMMITTEE", date(2025, 3, 6), "14:30", "Council Chamber, Hollin Vale Town Hall")]
    assert [(a.name, a.status, a.role) for a in attendance.extract(pack)] == [
        ("Ada Brunt", "present", "Chair"), ("Carl Denny", "present", None), ("Eve Frost", "present", None),
        ("Gail Hume", "in_attendance", "Legal Adviser"), ("Ian Judd", "in_attendance", "Licensing Officer")]
    assert agenda.extract(pack) == [] and minutes.extract(pack) == []
    assert [(r.minute_number, r.outcome, r.text, r.page) for r in resolutions.extract(pack)] == [
        (None, "resolved", "That the licence be granted subject to the conditions in the annex.", 1)]


def test_a_form_without_members_present_has_the_meeting_its_cover_names(html_pack):
    """"Decision determined at X meeting on <date>" over the forms names their meeting, whoever sat."""
    pack = html_pack(re.sub(r"<p><b>Committee Members present:</b>.*?</p>", "", BOLD_VALUES, flags=re.S))
    assert [(m.body, m.date) for m in meetings.extract(pack)] == [("Housing Policy Committee", date(2025, 5, 14))]
    assert [(r.minute_number, r.meeting_date) for r in resolutions.extract(pack)] == [
        ("12", date(2025, 5, 14)), ("13", date(2025, 5, 14))]
    assert attendance.extract(pack) == []


def test_a_record_of_decisions_set_out_as_labels_beside_their_text(html_pack):
    """Each item a box of labels beside their text ("Decision | RESOLVED – That ...", "Reasons for the decision |
    ...", "Voting | For 6, Against 1 ..."), the text wrapping under itself: the decision is read from its text, not
    from the label before it, whatever its marker."""
    def item(number, title, decision):
        rows = [("Decision", decision), ("Reasons for the decision", "To keep the plan in line with the timetable "
                 "agreed by both councils and to allow residents to comment on it."), ("Alternatives considered",
                 "None.")]
        cells = "".join(f"<tr><td style='width:24%;vertical-align:top'>{a}</td><td>{b}</td></tr>" for a, b in rows)
        return f"<p><b>Item {number}: {title}</b></p><table style='width:100%'>{cells}</table>"

    pack = html_pack(f"""<html><body style="font-family:sans-serif;font-size:10pt">
    <p><b>ORMBY AND WELLING JOINT PLANNING COMMITTEE</b></p>
    <p>Record of decisions of the meeting held on Friday 28 February 2025 at 10.00am</p>
    <p>Present: Cllr A Nwosu (Chair), Cllr T Able, Cllr R Gwill</p>
    {item(4, "Joint Local Plan consultation", "RESOLVED – That the Joint Committee approves the Preferred Options "
          "document for public consultation under Regulation 18 for eight weeks from 17 March 2025.")}
    {item(5, "Accommodation Assessment", "RECOMMENDED to both councils that the Accommodation Assessment 2025 be "
          "endorsed as evidence for the Joint Local Plan.")}
    {item(6, "Monitoring Report", "NOTED – the Annual Monitoring Report 2023/24, including the five-year housing land "
          "supply positions of both councils.")}</body></html>""")
    assert [(r.minute_number, r.outcome, " ".join(r.text.split()[:5])) for r in resolutions.extract(pack)] == [
        ("4", "resolved", "That the Joint Committee approves"), ("5", "recommended", "to both councils that the"),
        ("6", "noted", "the Annual Monitoring Report 2023/24,")]


def test_a_cabinet_members_record_of_decision_is_a_meeting_of_its_decision_maker(html_pack):
    """An individual decision: 'Decision maker: Cabinet Member for ...' and 'Date of decision: ...' fields over the
    decision name the occasion (the label is no part of the body's name)."""
    pack = html_pack("""<html><head><meta charset="utf-8"><style>body{font-family:sans-serif;font-size:10.5pt}
    td{vertical-align:top;padding:4pt}</style></head><body><p style="text-align:right">Marbury County Council</p>
    <h1 style="font-size:16pt">Record of Decision by a Cabinet Member</h1><table>
    <tr><td><b>Decision maker:</b></td><td>Cabinet Member for Highways and Transport</td></tr>
    <tr><td><b>Date of decision:</b></td><td>10 July 2025</td></tr>
    <tr><td><b>Subject:</b></td><td>Speed limit review – A4127 Fenby Road</td></tr>
    <tr><td><b>Key decision:</b></td><td>No</td></tr></table><h3>Decision</h3>
    <p>To approve the reduction of the speed limit on the A4127 Fenby Road from 50mph to 40mph.</p>
    <h3>Reasons for the decision</h3><p>Collision data show 14 injury collisions in five years on this length.</p>
    </body></html>""")
    assert [(m.body, m.date) for m in meetings.extract(pack)] == [
        ("Cabinet Member for Highways and Transport", date(2025, 7, 10))]
    assert [(r.meeting_date, r.outcome, r.text) for r in resolutions.extract(pack)] == [
        (date(2025, 7, 10), "other", "To approve the reduction of the speed limit on the A4127 Fenby Road from 50mph "
                                     "to 40mph.")]


def test_a_notice_titled_over_its_body_and_the_act_it_sits_under(html_pack):
    """'NOTICE OF DECISION' in large type over 'Licensing Sub-Committee – Licensing Act 2003': the notice's title
    names no body, and the Act the body sits under is no part of its name."""
    pack = html_pack("""<html><body style="font-family:sans-serif;font-size:10pt"><p>Brackmoor District Council</p>
    <p style="font-size:15pt"><b>NOTICE OF DECISION</b></p>
    <p style="font-size:10.5pt"><b>Licensing Sub-Committee – Licensing Act 2003</b></p>
    <table><tr><td>Reference</td><td>LIC/25/00613</td></tr>
    <tr><td>Date of hearing</td><td>Thursday 18 September 2025 at 10.00 am</td></tr>
    <tr><td>Venue</td><td>Committee Room 2, Brackmoor House</td></tr></table>
    <p><b>Decision</b></p><p>RESOLVED: That the application be granted subject to the conditions agreed.</p>
    </body></html>""")
    assert [(m.body, m.date, m.time) for m in meetings.extract(pack)] == [
        ("Licensing Sub-Committee", date(2025, 9, 18), "10:00")]


NOTICE_LINES = """
**NOTICE OF DECISION
**Licensing Sub-Committee – Licensing Act 2003
Application: Grant of a premises licence for The Old Tannery
Date of hearing: Thursday 18 September 2025 at 10.00 am
  **Decision
Having considered the representations, the Sub-Committee
RESOLVED: That the application be granted subject to the following conditions:
(a) off sales shall cease at 22:00 hours; and
(b) the courtyard shall not be used after 21:00 hours.
  **Reasons
1. The premises had traded without complaint.
"""


def test_a_decision_field_labelled_resolved_is_resolved_and_ends_at_an_indented_heading(text_pack):
    """'RESOLVED: That ...' read as a field of its own (the lead-in under 'Decision' set left of that heading) is the
    form's decision, its label the marker; a heading indented in a shaded bar under it ('Reasons') is no part of its
    value, though set further in than the label."""
    assert [(r.outcome, r.text) for r in resolutions.extract(text_pack(NOTICE_LINES))] == [
        ("resolved", "That the application be granted subject to the following conditions: (a) off sales shall cease "
                     "at 22:00 hours; and (b) the courtyard shall not be used after 21:00 hours.")]


def test_a_record_of_decision_lists_its_members_and_the_parties_one_a_line(html_pack):
    """"Record of Decision of the Licensing Sub-Committee" is the Licensing Sub-Committee's; "Members:" on a
    record of a hearing are those who sat; the parties are listed "Name – role" one a line, a role wrapping
    between them."""
    pack = html_pack("""<html><head><style>td {vertical-align: top}</style></head>
<body style="font-family:sans-serif;font-size:11pt;width:15cm"><h1>NOTICE OF DETERMINATION</h1>
<p style="font-size:14pt">Record of Decision of the Licensing Sub-Committee</p>
<table><tr><td style="width:4cm">Date of hearing:</td><td>Thursday 27 November 2025 at 10.00 am</td></tr>
<tr><td>Members:</td><td>Councillor Ann Kemp (Chair)<br>Councillor Bo Lund<br>Councillor Cy Moss</td></tr>
<tr><td>Officers present:</td><td>Dee Nash – Licensing Officer</td></tr>
<tr><td>Parties present:</td><td>Mr Ed Orr – Director, Lantern Leisure Ltd (Applicant)<br>Mr Fin Page –
Environmental Protection Officer (Responsible Authority)<br>Mrs Gil Rudd – local resident (Other Person)</td></tr>
</table><h3>Decision</h3><p>The Sub-Committee RESOLVED to grant the licence.</p></body></html>""")
    assert [(m.body, m.date) for m in meetings.extract(pack)] == [("Licensing Sub-Committee", date(2025, 11, 27))]
    assert [(a.name, a.status) for a in attendance.extract(pack)] == [
        ("Ann Kemp", "present"), ("Bo Lund", "present"), ("Cy Moss", "present"), ("Dee Nash", "in_attendance"),
        ("Ed Orr", "in_attendance"), ("Fin Page", "in_attendance"), ("Gil Rudd", "in_attendance")]


def test_under_a_decision_label_the_body_s_verb_gives_the_outcome(text_pack):
    """"Decision:" over "The Cabinet agrees to …" is agreed, over "Cabinet notes …" noted; "Cabinet resolved that the
    minutes … be approved" is resolved (the minutes approved in prose, "were agreed as a correct record", agreed)."""
    pack = text_pack("""**Cabinet
**Minutes of the meeting held on 6 November 2025
**Present:
Councillors A Smith (Chair), B Jones and C Brown

**29. MINUTES
Cabinet resolved that the minutes of the meeting held on 9 October 2025 be approved as a correct record.

**31. SCHOOL PLACES
**Decision:
The Cabinet agrees to the expansion of the Academy from 210 to 420 places.

**34. PERFORMANCE REPORT
**Decision:
The Cabinet notes the Quarter 2 performance report.
""")
    assert [(r.minute_number, r.outcome) for r in resolutions.extract(pack)] == [
        ("29", "resolved"), ("31", "agreed"), ("34", "noted")]


def test_a_bold_table_header_naming_an_application_is_no_subject_field(html_pack):
    """"Application" (its "no." wrapped under it) | Site | Proposal | Council's response" heads a table of planning
    applications in a minute, then "RESOLVED: that the responses above be submitted": minutes, not a decision
    form."""
    rows = "".join(f"<tr><td>25/11{n}</td><td>{n} Mill Road</td><td>Rear extension</td><td>No objection</td>"
                   "</tr>" for n in range(3))
    pack = html_pack(f"""<html><body style="font-family:sans-serif;font-size:10.5pt">
<p><b>BRINDLE PARISH COUNCIL</b></p><p>Minutes of the meeting held on Tuesday 11 February 2025 at 7.30 pm</p>
<p>Present: Cllr Ann Ash (Chairman), Cllr Bo Birch</p>
<p><b>124. HIGHWAYS</b></p><p>The Clerk reported on the potholes in Mill Road.</p>
<p><b>125. PLANNING</b></p><p>The Council considered the following applications.</p>
<table style="font-size:9pt; width:100%; border-spacing:14pt 2pt"><tr style="vertical-align:top">
<th style="width:12%">Application no.</th><th>Site</th>
<th>Proposal</th><th>Council's response</th></tr>{rows}</table>
<p><b>RESOLVED: that the responses above be submitted to the Local Planning Authority by the
Clerk before the closing date for comments.</b></p>
<p><b>126. FINANCE</b></p><p>RESOLVED to approve payments totalling £412.50.</p></body></html>""")
    assert [m.number for m in minutes.extract(pack)] == ["124", "125", "126"]
    assert [(r.minute_number, r.outcome) for r in resolutions.extract(pack)] == [("125", "resolved"),
                                                                                  ("126", "resolved")]


def test_a_page_opening_with_the_next_numbered_decision_and_its_report_of_field_goes_on(html_pack):
    """A record of decisions whose page opens with "6. Community Hub" over "Report of: Director of Housing": the
    next decision, not a report's cover."""
    def decision(n: int, title: str, marker: str) -> str:
        return (f"<p><b>{n}. {title}</b></p><p>Key decision: No</p><p>Report of: Director of Housing</p>"
                f"<p><b>Decision:</b></p><p>{marker}</p>")
    pack = html_pack(f"""<html><body style="font-family:sans-serif;font-size:11pt">
<p><b>HAVERFIELD DISTRICT COUNCIL</b></p><p>Minutes of the meeting of the Cabinet held on 13 November 2024</p>
<p><b>Present:</b> Councillors Ann Ash (Chair), Bo Birch and Cy Cole</p>
{decision(5, "Licensing Policy", "RESOLVED – That the policy be recommended to Council.")}
<div style="page-break-before:always"></div>
{decision(6, "Community Hub", "DEFERRED – That the transfer be deferred to a future meeting.")}</body></html>""")
    assert [(r.minute_number, r.outcome) for r in resolutions.extract(pack)] == [("5", "resolved"),
                                                                                  ("6", "deferred")]


def test_an_authority_resolves_over_its_parts_and_a_board_approves_under_a_decision_label(html_pack):
    """"The Authority RESOLVED:" over lettered parts is one resolved decision; "Decision: The Combined Authority
    Board approved …" is a decision of other kind (approving, as the corpus's unmarked "Approved …" are)."""
    pack = html_pack("""<html><body style="font-family:sans-serif;font-size:11pt">
<p><b>EASTFORD FIRE AND RESCUE AUTHORITY</b></p><p>Minutes of the meeting held on Wednesday 10 December 2025</p>
<p><b>Present:</b> Cllr Ann Ash (Chair), Cllr Bo Birch</p>
<p><b>FRA 25/41 Community Risk Management Plan</b></p><p>The Chief Fire Officer presented the plan.</p>
<p><b>The Authority RESOLVED:</b></p><p style="margin-left:20pt">(a) to note the outcome of the consultation;</p>
<p style="margin-left:20pt">(b) to approve the plan for publication.</p>
<p><b>FRA 25/42 Budget</b></p><p>Decision: The Combined Authority Board approved the budget for 2026/27.</p>
</body></html>""")
    found = [(r.minute_number, r.outcome, r.text) for r in resolutions.extract(pack)]
    assert found[0][:2] == ("FRA 25/41", "resolved") and found[0][2].startswith("(a) to note the outcome")
    assert found[0][2].endswith("(b) to approve the plan for publication.")
    assert found[1][:2] == ("FRA 25/42", "other")


def test_a_decision_row_of_an_application_s_details_is_its_decision(html_pack):
    """Planning minutes, an application's details in label and value rows: "Decision | Approved subject to
    conditions" is the minute's decision (approving: other), "Decision | Deferred for a site visit" deferred."""
    def application(n: int, ref: str, decision: str) -> str:
        rows = "".join(f"<tr><td style='width:90pt'>{label}</td><td>{value}</td></tr>" for label, value in (
            ("Proposal", "Two-storey rear extension and conversion of the garage to a habitable room"),
            ("Applicant", "Mr and Mrs Castle"), ("Decision", decision), ("Vote", "For 9, Against 1")))
        return (f"<p><b>{n} {ref} – 14 Quarry Close</b></p><table style='margin-left:20pt'>{rows}</table>"
                "<p>The officer recommendation was moved by Councillor Ade and seconded by Councillor Venn.</p>")
    pack = html_pack(f"""<html><body style="font-family:sans-serif;font-size:11pt">
<p><b>KESTRELFORD DISTRICT COUNCIL</b></p><p>Minutes of the meeting of the Planning Committee held on Wednesday
4 June 2025</p><p><b>Present:</b> Councillors Ann Ash (Chair), Bo Birch and Cy Cole</p>
{application(21, "25/00187/FUL", "Approved subject to conditions")}
{application(22, "25/00204/FUL", "Deferred for a site visit")}</body></html>""")
    assert [(r.minute_number, r.outcome, r.text) for r in resolutions.extract(pack)] == [
        ("21", "other", "Approved subject to conditions"), ("22", "deferred", "Deferred for a site visit")]


REFERENCED = """<html><head><style>body{font-family:sans-serif;font-size:10.5pt} td{border:1px solid #000;
vertical-align:top;padding:4pt} table{border-collapse:collapse} td.l{width:130pt;font-weight:bold}</style></head>
<body><h2>Record of Executive Decision by a Cabinet Member</h2><table>
<tr><td class="l">Decision reference</td><td>CMD/2026/031</td></tr>
<tr><td class="l">Decision maker</td><td>Cabinet Member for Environment</td></tr>
<tr><td class="l">Date of decision</td><td>12 February 2026</td></tr>
<tr><td class="l">Subject</td><td>Garden waste collection charges 2026/27</td></tr>
<tr><td class="l">Decision</td><td>The Cabinet Member agreed to set the annual garden waste charge at £55.</td></tr>
<tr><td class="l">Reasons</td><td>The charge covers the cost of the service.</td></tr></table></body></html>"""


def test_a_form_is_numbered_by_its_own_decision_reference(html_pack):
    """'Decision reference | CMD/2026/031': the form's decision is filed under its reference (no minute number)."""
    found = resolutions.extract(html_pack(REFERENCED))
    assert [(r.minute_number, r.meeting_date, r.outcome) for r in found] == [
        ("CMD/2026/031", date(2026, 2, 12), "agreed")]


PUBLISHED = """<html><head><style>body{font-family:sans-serif;font-size:10.5pt} td{padding:2pt 10pt 2pt 0;
vertical-align:top} h1{font-size:18pt}</style></head><body><h1>Decisions of the Cabinet</h1><table>
<tr><td>Meeting</td><td>Cabinet – Wednesday, 11 March 2026 at 6.30 pm, Council Chamber, Ashgrove House</td></tr>
<tr><td>Date of publication</td><td>Friday, 13 March 2026</td></tr>
<tr><td>Call-in deadline</td><td>5.00 pm, Friday, 20 March 2026</td></tr>
<tr><td>Contact</td><td>Democratic Services, 01632 960 211</td></tr></table>
<p>This notice records the decisions taken by the Cabinet at the above meeting. Decisions may be implemented
after the call-in deadline unless called in. The formal minutes of the meeting will be submitted to the next
meeting of the Cabinet for approval.</p>
<p><b>Cabinet Members present:</b></p><ul><li>Councillor Ann Rowe (Leader, in the Chair)</li>
<li>Councillor Tom Pike (Cabinet Member for Housing)</li></ul>
<p><b>Item 4 Empty Homes Strategy</b></p><p><b>Decision:</b></p><p>RESOLVED – That the Empty Homes Strategy be
adopted.</p>
<p><b>Item 5 Leisure Centre Roof</b></p><p><b>Decision:</b></p><p>Consideration of this item was deferred to the
meeting of Cabinet on 8 April 2026 so that further quotations could be obtained.</p></body></html>"""


def test_a_published_notice_of_a_meetings_decisions_names_its_meeting_from_its_meeting_field(html_pack):
    """A 'Decisions of the Cabinet' notice: the 'Meeting' field names the body and the date, though a note in between
    mentions minutes and a publication date; its decisions are that meeting's, a deferral deferred."""
    pack = html_pack(PUBLISHED)
    assert [(m.body, m.date, m.time) for m in meetings.extract(pack)] == [("Cabinet", date(2026, 3, 11), "18:30")]
    assert [(r.meeting_date, r.minute_number, r.outcome) for r in resolutions.extract(pack)] == [
        (date(2026, 3, 11), "4", "resolved"), (date(2026, 3, 11), "5", "deferred")]


SCHEDULE = """<html><head><style>@page{size:A4 landscape} body{font-family:sans-serif;font-size:10pt}
th{text-align:left} td,th{vertical-align:top;padding:3pt 10pt 3pt 0}</style></head><body>
<h3>Planning Committee – Wednesday 4 March 2026</h3><p>Schedule of decisions on the applications on the agenda.</p>
<table><tr><th>Application</th><th>Site</th><th style="width:40%">Proposal</th><th>Decision</th></tr>
<tr><td>26/00112/FUL</td><td>3 Mill Lane, Oxton</td><td>Two-storey rear extension</td>
<td>Approved subject to conditions</td></tr>
<tr><td>26/00131/OUT</td><td>Land north of Croft Road</td><td>Outline application for up to 40 dwellings</td>
<td>Refused*</td></tr>
<tr><td>26/00140/HOU</td><td>12 Church Row</td><td>Replacement windows</td><td>Deferred</td></tr></table>
<p>* Decision contrary to the officer recommendation.</p></body></html>"""


def test_a_schedule_of_decisions_is_one_decision_per_application(html_pack):
    """'Application | Site | Proposal | Decision' rows: each decision filed under its application's reference, the
    footnote mark after it aside; approved and refused are other outcomes, deferred deferred."""
    found = resolutions.extract(html_pack(SCHEDULE))
    assert [(r.meeting_date, r.minute_number, r.outcome, r.text) for r in found] == [
        (date(2026, 3, 4), "26/00112/FUL", "other", "Approved subject to conditions"),
        (date(2026, 3, 4), "26/00131/OUT", "other", "Refused"),
        (date(2026, 3, 4), "26/00140/HOU", "deferred", "Deferred")]


RECORD = """<html><head><style>body{{font-family:sans-serif;font-size:10.5pt}}
td{{vertical-align:top;padding:4pt}}
td.l{{width:130pt;font-weight:bold}} .pb{{page-break-before:always}}</style></head><body>
<h2>Cabinet – Record of Decisions</h2><table><tr><td class="l">Date of meeting</td><td>Tuesday, 3 March 2026</td></tr>
</table><p><b>Cabinet Members present:</b> Councillors A Rowe (in the Chair), T Pike and S Lund</p>{forms}
</body></html>"""
FORM = """<table class="{cls}"><tr><td class="l">Minute No.</td><td>CAB {n}/26</td></tr>
<tr><td class="l">Agenda item</td><td>{item}. {title}</td></tr><tr><td class="l">Decision</td><td>RESOLVED that the
{title} be approved.</td></tr></table>"""


def test_a_record_of_decisions_numbered_by_its_minute_fields_one_at_the_top_of_each_page(html_pack):
    """'Minute No. | CAB 41/26' over 'Agenda item | 5. Title': the minute's number, not the item's; a 'Minute No.'
    line opening each page is no running header (CAB 42/26 is no page 42 of 26)."""
    items = [(41, 5, "Leisure Strategy"), (42, 6, "Parking Tariffs"), (43, 7, "Asset Disposals"),
             (44, 8, "Grounds Maintenance Contract")]
    forms = "".join(FORM.format(cls="pb" if k else "", n=n, item=item, title=title)
                    for k, (n, item, title) in enumerate(items))
    pack = html_pack(RECORD.format(forms=forms))
    assert [(m.number, m.title) for m in minutes.extract(pack)] == [
        ("CAB 41/26", "Leisure Strategy"), ("CAB 42/26", "Parking Tariffs"), ("CAB 43/26", "Asset Disposals"),
        ("CAB 44/26", "Grounds Maintenance Contract")]


PLAIN_COLUMN = """<html><head><style>body{font-family:sans-serif;font-size:10.5pt}
td{vertical-align:top;padding:4pt 8pt} td.l{width:70pt;background:#e4e4e4}</style></head><body>
<h2>Record of Executive Decision</h2>
<table>
<tr><td class="l">Decision maker</td><td>Cabinet</td></tr>
<tr><td class="l">Subject</td><td>Minute 12: Car park tariffs in the town centre</td></tr>
<tr><td class="l">Options considered</td><td>Holding the tariffs at their present level, or raising them in line with
inflation, or raising them by more than inflation to fund the park and ride service.</td></tr>
<tr><td class="l">Decision</td><td>RESOLVED: That the tariffs rise by 10p an hour from 1 April.</td></tr>
<tr><td class="l">Date of decision</td><td>4 March 2025</td></tr>
</table></body></html>"""


def test_a_column_of_plain_labels_ends_a_value_at_any_label_and_joins_a_label_wrapped_in_its_cell(html_pack):
    """Labels in plain type in a narrow shaded column: 'Options considered', no label of a decision form, is a field
    of its own (its value, wrapped beside the label's own wrapped word, is not the subject's), and 'Date of' over
    'decision', printed after the decision, is one label: the form's date."""
    pack = html_pack(PLAIN_COLUMN)
    assert [(f.label, f.text) for f in fields(pack.lines)][1:] == [
        ("Decision maker", "Cabinet"), ("Subject", "Minute 12: Car park tariffs in the town centre"),
        ("Options considered", "Holding the tariffs at their present level, or raising them in line with inflation, "
                               "or raising them by more than inflation to fund the park and ride service."),
        ("Decision", "RESOLVED: That the tariffs rise by 10p an hour from 1 April."),
        ("Date of decision", "4 March 2025")]
    assert [(f.number, f.title, f.decision.text, f.body, f.meeting_date) for f in pack.forms] == [
        ("12", "Car park tariffs in the town centre", "RESOLVED: That the tariffs rise by 10p an hour from 1 April.",
         "Cabinet", date(2025, 3, 4))]


BANNERED = """<html><head><style>body{font-family:sans-serif;font-size:10pt} td{vertical-align:top;padding:3pt 6pt}
td.l{width:110pt} .pb{page-break-before:always} ol{margin:0;padding-left:18pt}</style></head><body>
<p><b>ORCHARD VALE COUNCIL</b><br><b>EXECUTIVE – RECORD OF DECISIONS</b></p>
<p>Decisions taken at the meeting of the Executive held on Tuesday 2 December 2025 at 6.30 pm in Room 4.</p>
<p>Executive Members present: Councillors Ada Finch (Leader of the Council, in the Chair), Ben Gale (Finance) and
Cara Hurst (Housing).</p>
<p><b>DECISION NOTICE | Decision No. OV/2025/070</b></p><table>
<tr><td class="l">Subject</td><td>Council Tax Support Scheme 2026/27</td></tr>
<tr><td class="l">Decision</td><td>RECOMMENDED TO COUNCIL – That the scheme set out at Appendix 2 be adopted.</td></tr>
</table><div class="pb"></div><p><b>DECISION NOTICE | Decision No. OV/2025/071</b></p><table>
<tr><td class="l">Subject</td><td>Acquisition of the Arcade Buildings</td></tr>
<tr><td class="l">Decision</td><td>RESOLVED – That the Executive:<ol style="list-style-type:lower-alpha">
<li>approves the acquisition of the freehold of the Arcade Buildings, 14–22 Bridge Street, at a price not exceeding
that in the exempt appendix;</li><li>delegates the final terms to the Director of Place.</li></ol></td></tr>
</table></body></html>"""


def test_a_record_of_decisions_numbered_in_each_notice_s_banner_with_parts_at_a_hanging_indent(html_pack):
    """Each notice on a page of its own, numbered in its banner line, no field of its own ('DECISION NOTICE |
    Decision No. OV/2025/070'): a page opening with the next notice goes on with the record of decisions;
    a recommendation's destination ('RECOMMENDED TO COUNCIL –') is no part of its wording; lettered parts' wrapped
    lines, at a hanging indent in the value column, are the decision's; the meeting is named in 'Decisions taken at
    the meeting of the Executive', and 'Executive Members present' lists who sat."""
    pack = html_pack(BANNERED)
    assert [(m.body, m.date) for m in meetings.extract(pack)] == [("Executive", date(2025, 12, 2))]
    assert [(a.name, a.status) for a in attendance.extract(pack)] == [
        ("Ada Finch", "present"), ("Ben Gale", "present"), ("Cara Hurst", "present")]
    assert [(r.minute_number, r.outcome, r.text) for r in resolutions.extract(pack)] == [
        ("OV/2025/070", "recommended", "That the scheme set out at Appendix 2 be adopted."),
        ("OV/2025/071", "resolved", "That the Executive: a. approves the acquisition of the freehold of the Arcade "
                                    "Buildings, 14–22 Bridge Street, at a price not exceeding that in the exempt "
                                    "appendix; b. delegates the final terms to the Director of Place.")]
