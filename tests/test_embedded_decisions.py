"""Decisions written inside a sentence without a marker word at its start: "… and it was agreed to adopt X" (the
sentence, as a clerk's prose tells it: no marker leads it), "it was RESOLVED to co-opt both" (X, after the marker in
capitals); a decision reported from another meeting is not. Invented minutes."""

from minutebook.extractors import resolutions

MINUTES = """<html><body style="font-family:serif;font-size:11pt"><h2>FERNLEY TOWN COUNCIL</h2>
<p>Minutes of the meeting of the Town Council held on Monday 8 July 2024 at 7pm</p>
<p><b>Present:</b> Cllrs Ian Mole (Mayor), Jo Pike, Kit Wren</p>
<p><b>24/101 Financial Regulations</b></p>
<p>The Clerk presented the revised regulations. After discussion it was agreed to adopt the Financial Regulations
as amended.</p>
<p><b>24/102 Co-option</b></p>
<p>Two applications had been received. Following a ballot it was RESOLVED to co-opt both applicants.</p>
<p><b>24/103 Allotments</b></p>
<p>At the previous meeting it was agreed to review rents. The Clerk reported that the review had begun.</p>
</body></html>"""


def test_decisions_inside_sentences(html_pack):
    found = resolutions.extract(html_pack(MINUTES))
    assert [(r.minute_number, r.outcome, r.text) for r in found] == [
        ("24/101", "agreed", "After discussion it was agreed to adopt the Financial Regulations as amended."),
        ("24/102", "resolved", "to co-opt both applicants.")]


def _parish(minutes_html: str) -> str:
    return f"""<html><body style="font-family:serif;font-size:11pt;width:15cm"><h2>THORNWICK PARISH COUNCIL</h2>
<p>Minutes of the meeting of the Parish Council held on Tuesday 9 September 2025 at 7.30pm</p>
<p><b>Present:</b> Cllrs Nora Pell (Chairman), Ivo Rudd, Lena Oakes</p>{minutes_html}</body></html>"""


def _found(pack) -> list[tuple[str, str, str]]:
    return [(r.minute_number, r.outcome, r.text) for r in resolutions.extract(pack)]


def test_noted_by_members_and_in_the_passive(html_pack):
    """'Members noted the report.' ending a paragraph or before a marked decision, and 'The bank reconciliation ...
    was noted.' (after a part label, or in capitals) are decisions noted, the whole sentence; what members note in
    discussion ('Members noted the rising cost', 'noted that ...'), 'It was noted that ...', an indefinite 'Bookings
    ... were noted.' and 'was noted and signed by the Chairman' are not."""
    pack = html_pack(_parish("""<p><b>25/041 Chairman's report</b></p>
<p>The Chairman reported on the spring clean, which forty residents had joined. Councillors noted the report.</p>
<p>Members noted the rising cost of the new mower. Members noted that the school had asked for a crossing.</p>
<p>Members noted the internal auditor's report. RESOLVED: that the annual return be approved.</p>
<p><b>25/042 Finance</b></p>
<p>(i) The bank reconciliation to 31st August 2025 was noted.</p>
<p>(ii) The internal audit plan for 2025/26 showing a fee of £240.00 was NOTED.</p>
<p>(iii) The police report for August was received and noted.</p>
<p><b>25/043 Village hall</b></p>
<p>It was noted that the hedge by the hall is overgrown. Bookings for the harvest supper were noted.</p>
<p>The hall's insurance schedule (premium £412.80) was noted and signed by the Chairman.</p>"""))
    assert _found(pack) == [
        ("25/041", "noted", "Councillors noted the report."),
        ("25/041", "noted", "Members noted the internal auditor's report."),
        ("25/041", "resolved", "that the annual return be approved."),
        ("25/042", "noted", "The bank reconciliation to 31st August 2025 was noted."),
        ("25/042", "noted", "The internal audit plan for 2025/26 showing a fee of £240.00 was NOTED."),
        ("25/042", "noted", "The police report for August was received and noted.")]


def test_a_decision_ends_with_its_sentence(html_pack):
    """A marked decision told inside a narrative paragraph ends with its sentence: what follows ('Cllr Oakes returned
    to the meeting.') is narrative again, its numbered parts and a note of who proposed it stay with it; a lead-in
    ending in ':' does not take the header row of the table under it."""
    pack = html_pack(_parish("""<p><b>12 Allotments</b></p>
<p>Cllr Oakes left the room. The council AGREED to raise allotment rents by £3 per plot from 1st April 2026. Cllr
Oakes returned to the meeting.</p>
<p><b>13 Election of Chairman</b></p>
<p>Cllr Pell was proposed by Cllr Rudd. Resolved unanimously that Cllr Nora Pell be elected Chairman for 2025/26.
Cllr Pell signed the declaration and took the chair.</p>
<p><b>14 Payments</b></p>
<p>The schedule had been circulated. RESOLVED: to approve the payments as listed. Proposed Cllr Rudd, seconded Cllr
Oakes, all in favour.</p>
<p><b>15 Footpath</b></p>
<p>The Clerk presented the quotes. RESOLVED that: 1. The quote from Fenby Ltd be accepted. 2. The work be done in
May. Cllr Oakes thanked the Clerk.</p>
<p><b>16 Planning applications</b></p>
<p>The council considered the applications below. RESOLVED to make the following comments to the District
Council:</p>
<table><tr><th>Application</th><th>Site</th><th>Comment</th></tr>
<tr><td>25/0101/FUL</td><td>3 Mill Row</td><td>No objection</td></tr></table>"""))
    assert _found(pack) == [
        ("12", "agreed", "to raise allotment rents by £3 per plot from 1st April 2026."),
        ("13", "resolved", "that Cllr Nora Pell be elected Chairman for 2025/26."),
        ("14", "resolved", "to approve the payments as listed. Proposed Cllr Rudd, seconded Cllr Oakes, all in "
                           "favour."),
        ("15", "resolved", "that: 1. The quote from Fenby Ltd be accepted. 2. The work be done in May."),
        ("16", "resolved", "to make the following comments to the District Council:")]


def test_an_action_column_is_not_the_decision(html_pack):
    """Minutes in a table with an Action column: the initials beside a decision are not its text."""
    pack = html_pack(_parish("""<style>td{vertical-align:top;padding:4pt;border:0.75pt solid} p{margin:0 0 4pt 0}
td.ac{width:2cm;text-align:center} table{font-family:sans-serif;font-size:10pt;line-height:1.25}</style>
<table style="width:100%;border-collapse:collapse"><tr><th>Minute</th><th>Item</th><th>Action</th></tr>
<tr><td style="width:1.6cm"><b>25/050</b></td><td><p><b>Minutes of the meeting held on 12th August 2025</b></p>
<p>Resolved: that the minutes be signed as a correct record.</p></td><td class="ac">Chairman</td></tr>
<tr><td><b>25/051</b></td><td><p><b>Noticeboard</b></p><p>The old board had rotted.</p><p>Resolved: to buy a new
noticeboard for the bus shelter, at a cost of £180.</p></td><td class="ac">LO</td></tr></table>"""))
    assert _found(pack) == [
        ("25/050", "resolved", "that the minutes be signed as a correct record."),
        ("25/051", "resolved", "to buy a new noticeboard for the bus shelter, at a cost of £180.")]


def test_a_marker_after_a_sub_label_or_an_opening_clause(html_pack):
    """'(i) Payments: Resolved: to ...', 'Following the consultation in March, Resolved: (a) ...; (b) ...': the
    decision is what follows the marker; a marker after a clause about another meeting is not this meeting's."""
    pack = html_pack(_parish("""<p><b>7 Finance</b></p>
<p>(i) Payments: Resolved: to approve payments of £812.40 as per the schedule.</p>
<p>(ii) Grants: RESOLVED to award £150 to the Thornwick Brownies.</p>
<p><b>8 Village plan</b></p>
<p>Following the consultation in March, Resolved: (a) to adopt the village plan; (b) to publish it on the
website.</p>
<p><b>9 Speed watch</b></p>
<p>At the previous meeting, RESOLVED to buy a speed gun; the Clerk reported that it had been delivered.</p>"""))
    assert _found(pack) == [
        ("7", "resolved", "to approve payments of £812.40 as per the schedule."),
        ("7", "resolved", "to award £150 to the Thornwick Brownies."),
        ("8", "resolved", "(a) to adopt the village plan; (b) to publish it on the website.")]


def test_a_motion_proposed_seconded_and_carried_without_a_marker(html_pack):
    """'Proposed Cllr A, seconded Cllr B, all in favour: to ...' is the decision after the colon, resolved, to the
    end of its sentence, as is one whose assent follows it ('... to repaint ... . All in favour.'); a motion put
    without its assent ('Proposed ..., seconded ...: to ...' then lost) is not."""
    pack = html_pack(_parish("""<p><b>3 Minutes of the last meeting</b></p>
<p>Proposed Cllr Rudd, seconded Cllr Oakes, all in favour: to approve the minutes of 12 August 2025 as a true record.
The Chairman signed the minutes.</p>
<p><b>4 Mower</b></p>
<p>Proposed Cllr Oakes, seconded Cllr Rudd: to buy a ride-on mower. For 1, against 2; the motion was lost.</p>
<p><b>5 Bus shelter</b></p>
<p>Proposed by Cllr Pell and seconded by Cllr Oakes – to repaint the bus shelter in May. All in favour.</p>"""))
    assert _found(pack) == [("3", "resolved", "to approve the minutes of 12 August 2025 as a true record."),
                            ("5", "resolved", "to repaint the bus shelter in May.")]


def test_a_clerks_prose_decisions(html_pack):
    """A parish clerk's prose: the verb with a clause for its object ("resolved it to be", "resolved this should",
    "agreed they had", "nominated & resolved that"), "it was agreed that" (a view agreed on, "that X could ...", is
    no decision), and a "Resolved to pay" run on after an amount. Each decision is its sentence."""
    pack = html_pack(_parish("""<p><b>25.09.1 Minutes</b></p><p>The minutes of the last meeting were read. The
Councillors resolved it to be a true record and the Chairman signed it.</p>
<p><b>25.09.2 Chairman</b></p><p>The Councillors nominated &amp; resolved that Councillor Pell remain as Chairman.</p>
<p><b>25.09.3 Insurance</b></p><p>The renewal quotation was discussed. The Councillors resolved this should stay with
the present insurer.</p>
<p><b>25.09.4 Planning</b></p><p>An application for a porch at Hill Cottage. The Councillors agreed they had no
objections.</p>
<p><b>25.09.5 Hall</b></p><p>After much deliberation, it was agreed that the Clerk write to the Hall Committee. It
was agreed that the car park could flood in winter.</p>
<p><b>25.09.6 Accounts</b></p><p>Presented for payment was Village Hall hire - £45.00 Resolved to pay</p>"""))
    assert _found(pack) == [
        ("25.09.1", "resolved", "The Councillors resolved it to be a true record and the Chairman signed it."),
        ("25.09.2", "resolved", "The Councillors nominated & resolved that Councillor Pell remain as Chairman."),
        ("25.09.3", "resolved", "The Councillors resolved this should stay with the present insurer."),
        ("25.09.4", "agreed", "The Councillors agreed they had no objections."),
        ("25.09.5", "agreed", "After much deliberation, it was agreed that the Clerk write to the Hall Committee."),
        ("25.09.6", "resolved", "Presented for payment was Village Hall hire - £45.00 Resolved to pay")]


def test_a_deferral_told_of_its_subject_at_any_length(html_pack):
    """'The application from X for £1,500 towards Y was DEFERRED until ...' and 'Consideration of the report was
    deferred to ...': a deferral however long its subject, in capitals or not; a matter deferred at another meeting
    is not one."""
    pack = html_pack(_parish("""<p><b>25/051 Grants</b></p>
<p>The application from Thornwick Bowls Club for £2,250 towards a replacement mower and roller was DEFERRED until
the October meeting, as no quotes had been supplied.</p>
<p><b>25/052 Play area</b></p>
<p>The inspection report had not been received. Consideration of the report was deferred to the next meeting.</p>
<p><b>25/053 Footpaths</b></p>
<p>At its last meeting the Council deferred the stile repairs; the contractor has since been appointed.</p>"""))
    assert _found(pack) == [
        ("25/051", "deferred", "The application from Thornwick Bowls Club for £2,250 towards a replacement mower and "
                               "roller was DEFERRED until the October meeting, as no quotes had been supplied."),
        ("25/052", "deferred", "Consideration of the report was deferred to the next meeting.")]


def test_it_was_resolved_opening_a_sentence_is_the_marker_in_either_case(html_pack):
    """'It was resolved to ...' opening a sentence is the clerk's formula, as 'It was RESOLVED to ...' is: the
    decision follows it (FORMAT.md: the text is without its leading marker), though its lines are set wide apart
    ('... to the earmarked' over 'play area reserve.'); after a clause ('After discussion it was resolved to ...')
    the sentence whole is the decision."""
    pack = html_pack(_parish("""<p><b>25/061 Reserves</b></p>
<p style="line-height:1.9">It was resolved to transfer £2,500 from the general reserve to the earmarked play area
reserve, to be spent on new safety surfacing under the swings.</p>
<p><b>25/062 Grants</b></p>
<p>It was RESOLVED to award £300 to the Thornwick Scouts towards a new tent.</p>
<p><b>25/063 Precept</b></p><p>After discussion it was resolved to set the precept at £18,000.</p>"""))
    assert _found(pack) == [
        ("25/061", "resolved", "to transfer £2,500 from the general reserve to the earmarked play area reserve, to be "
                               "spent on new safety surfacing under the swings."),
        ("25/062", "resolved", "to award £300 to the Thornwick Scouts towards a new tent."),
        ("25/063", "resolved", "After discussion it was resolved to set the precept at £18,000.")]


def test_what_members_agreed_was_so_is_a_view_and_a_list_noted_is_noted(html_pack):
    """'Members agreed that the lowest quotation also offered the best value' tells a view, no decision; 'Members
    agreed that the lowest quotation be accepted' decides, as 'Council agreed instead to ask ...' does; 'Members
    noted the list of ...' is a thing noted."""
    pack = html_pack(_parish("""<p><b>25/071 Mayor's announcements</b></p>
<p>Members noted the list of civic engagements attended since the Annual Meeting.</p>
<p><b>25/072 Christmas lights</b></p>
<p>Three quotations had been obtained. Members agreed that the lowest quotation also offered the best value.</p>
<p>Members agreed that the lowest quotation be accepted.</p>
<p><b>25/073 Recreation ground</b></p><p>The proposal was not carried. Council agreed instead to ask the Clerk to
obtain prices for fencing.</p>"""))
    assert _found(pack) == [
        ("25/071", "noted", "Members noted the list of civic engagements attended since the Annual Meeting."),
        ("25/072", "agreed", "Members agreed that the lowest quotation be accepted."),
        ("25/073", "agreed", "Council agreed instead to ask the Clerk to obtain prices for fencing.")]


def test_a_month_named_may_is_no_verb_that_states_a_view(html_pack):
    """'... it was resolved that the minutes of the meeting held on 12th May 2025 be approved': 'May' is the month,
    not the 'may' that makes a clause a view ('it was agreed that charges may displace parking')."""
    pack = html_pack(_parish("""<p><b>25/081 Minutes</b></p><p>After one correction it was resolved that the
minutes of the Annual Meeting of the Council held on 12th May 2025 be approved as a true record.</p>"""))
    assert _found(pack) == [
        ("25/081", "resolved", "After one correction it was resolved that the minutes of the Annual Meeting of the "
                               "Council held on 12th May 2025 be approved as a true record.")]


def test_a_body_and_its_capitals_marker_after_an_opening_clause(html_pack):
    """'Following discussion, Members AGREED to accept …': the marker in capitals after the body that decided, though
    a clause opens the sentence; the decision follows the marker, as after 'The Committee RESOLVED'."""
    pack = html_pack(_parish("""<p><b>25/091 Grounds maintenance</b></p><p>Three quotations had been received.
Following discussion, Members AGREED to accept the quotation from Greenacre Grounds for three years.</p>"""))
    assert _found(pack) == [("25/091", "agreed", "to accept the quotation from Greenacre Grounds for three years.")]


def test_agreed_by_a_majority_with_the_count_after_it(html_pack):
    """"It was agreed by a majority to …" is a decision, told in its sentence (as "it was agreed to …" is)."""
    pack = html_pack(_parish("""<p><b>25.09.7 Precept</b></p><p>Members debated the draft budget. It was agreed by a
majority to set the precept at £41,265 (7 for, 2 against).</p>"""))
    assert _found(pack) == [
        ("25.09.7", "agreed", "It was agreed by a majority to set the precept at £41,265 (7 for, 2 against).")]
