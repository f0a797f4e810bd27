from conftest import TextPack, make_lines, shared_layout

from minutebook.extractors import resolutions
from minutebook.extractors.pack import Pack

HEAD = """
**Planning Committee
**Minutes of the meeting held on 3 March 2020
**Present:
Councillors A Smith (Chair), B Jones and C Brown

"""


def minute(body: str, number: int = 7) -> str:
    return HEAD + f"**{number}. Item Title\n\n" + body


def decided(text_pack, body):
    return [(r.outcome, r.text) for r in resolutions.extract(text_pack(minute(body)))]


def test_inline_marker_keeps_that(text_pack):
    assert decided(text_pack, "RESOLVED that the report be noted.") == [("resolved", "that the report be noted.")]


def test_block_marker_with_parts_is_one_decision(text_pack):
    body = """The Committee considered a report.

**Resolved

That:

(a) the strategy be approved; and

(b) the Head of Finance finalise the arrangements.
"""
    assert decided(text_pack, body) == [
        ("resolved", "That: (a) the strategy be approved; and (b) the Head of Finance finalise the arrangements.")]


def test_decision_block_stops_before_reasons(text_pack):
    body = """**Decision:

That the policy be adopted.

Reasons for decision: To meet statutory duties.
"""
    assert decided(text_pack, body) == [("resolved", "That the policy be adopted.")]


def test_a_label_after_a_decisions_last_part_ends_it_though_no_gap_parts_them(text_pack):
    """'Reasons for decision:' straight under the last part, no wider gap between: a label opening a line after a
    sentence's end starts a paragraph, so the reasons are not the decision's."""
    body = """The Cabinet Member presented the report.
Decision: That Cabinet:
  (1) approves the council tax base for 2025/26; and
  (2) delegates authority to the Director of Finance to submit the return.
Reasons for decision: The Council is required to set its tax base by 31 January.
Alternative options considered: None.
"""
    assert decided(text_pack, body) == [
        ("resolved", "That Cabinet: (1) approves the council tax base for 2025/26; and (2) delegates authority to the "
                     "Director of Finance to submit the return.")]


def test_a_decision_label_over_a_recommendation_is_recommended(text_pack):
    """Under a plain 'Decision:' label the decision's own words give a recommendation ('That Council be recommended
    to ...'); under 'RESOLVED' the marker's outcome stands."""
    assert decided(text_pack, "Decision: That Council be recommended to approve the budget.") == [
        ("recommended", "That Council be recommended to approve the budget.")]
    assert decided(text_pack, "RESOLVED: That Council be recommended to approve the budget.") == [
        ("resolved", "That Council be recommended to approve the budget.")]


def test_a_decision_in_the_left_of_two_columns_wraps_at_that_columns_edge():
    """Minutes set in two columns, a minute running from the right column of one page into the left column of the
    next: a left-column line that reaches its column's edge has wrapped, though it ends far short of the right
    column's, so the decision's first part stays whole."""
    right = " " * 50  # (make_lines: 6 pt a leading space, so these lines start past the page's middle)
    first = HEAD + f"""**6. Apologies
None were received.
{right}**7. Management Plan
{right}The Director presented the final draft
{right}of the plan, which had been prepared
{right}jointly with the partnership and was
{right}welcomed by members of the Authority.
"""
    second = f"""RESOLVED:
1. That the Tarnside Park Management
Plan 2025-30 be adopted, as amended
at the meeting on Objective P4.
2. That a report be brought each June.
{right}**8. Grants
{right}The Authority considered applications
{right}for grants from the sustainable fund
{right}and the officers recommended awards
{right}to the three applicants listed above.
"""
    found = resolutions.extract(TextPack(make_lines(first) + make_lines(second, page=2)))
    assert [(r.minute_number, r.text) for r in found] == [
        ("7", "1. That the Tarnside Park Management Plan 2025-30 be adopted, as amended at the meeting on Objective "
              "P4. 2. That a report be brought each June.")]


def test_bare_noted_and_deferred_have_no_text(text_pack):
    assert decided(text_pack, "**Noted\n") == [("noted", "")]
    assert decided(text_pack, "**Deferred\n") == [("deferred", "")]


def test_sentence_forms_keep_the_sentence(text_pack):
    body = """The minutes of the meeting held on 4 May 2020 were agreed as a correct record.

The Committee noted the report.

This item was deferred to the next meeting.
"""
    assert decided(text_pack, body) == [
        ("agreed", "The minutes of the meeting held on 4 May 2020 were agreed as a correct record."),
        ("noted", "The Committee noted the report."),
        ("deferred", "This item was deferred to the next meeting."),
    ]


def test_discussion_is_not_a_decision(text_pack):
    body = """Following discussion it was noted that the savings were achievable.

The matter was deferred at the last meeting so that further information could be obtained.

Bookings for the summer fete were noted.

Reasons for decision: To respond to the review.
"""
    assert decided(text_pack, body) == []


def test_recommended_and_it_was_agreed(text_pack):
    assert decided(text_pack, "RECOMMENDED to Council that the scheme be adopted.") == [
        ("recommended", "to Council that the scheme be adopted.")]
    assert decided(text_pack, "It was AGREED that the Chair write to the Minister.") == [
        ("agreed", "that the Chair write to the Minister.")]


def test_unmarked_decision_outcome_follows_its_verbs(text_pack):
    mixed = """**That the Committee:

**1. Noted the background.

**2. Approved the new contract.
"""
    noted = """**That the Committee:

**1. Noted the membership.

**2. Noted the meeting dates.
"""
    assert decided(text_pack, mixed) == [("other", "That the Committee: 1. Noted the background. 2. Approved the new "
                                                   "contract.")]
    assert decided(text_pack, noted)[0][0] == "noted"


def test_prose_resolution_is_the_sentence(text_pack):
    body = ("A letter asking for a donation had been received. "
            "After discussion the Councillors resolved to donate £65.\n")
    assert decided(text_pack, body) == [("resolved", "After discussion the Councillors resolved to donate £65.")]


def test_kent_cabinet_resolution_with_lettered_parts():
    layout = shared_layout("real/kent_cabinet_2025-01-30_printed_minutes.pdf")
    found = {r.minute_number: r for r in resolutions.extract(Pack(layout))}
    r88 = found["88"]
    assert (r88.outcome, r88.page) == ("resolved", 10)
    assert r88.text.startswith("that Cabinet agree to: A) Note the forecast revenue overspend of £23.3m")
    assert r88.text.endswith("f) Note the Reserves, Treasury Management and Prudential Indicators Monitoring")
    assert found["86"].text == ("that the minutes of the meeting on 9 January 2025 were a correct record and that "
                                "they be signed by the Chair")


def test_kent_panel_numbered_paragraph_resolutions():
    layout = shared_layout("real/kent_cpp_2024-12-10_minutes.pdf")
    found = [(r.minute_number, r.outcome, r.text) for r in resolutions.extract(Pack(layout))]
    assert ("4", "resolved", "that the update be noted.") in found
    assert ("10", "resolved", "that the work programme was noted.") in found
    assert not [f for f in found if "it was noted" in f[2].lower()]


def test_bristol_unmarked_decisions():
    layout = shared_layout("real/bristol_tcpc_2025-05-15_printed_minutes.pdf")
    found = {r.minute_number: r for r in resolutions.extract(Pack(layout))}
    assert found["7"].outcome == "noted"
    assert found["7"].text.startswith("That the Transport and Connectivity Policy Committee: 1. Noted the membership")
    assert (found["15"].outcome, found["19"].outcome) == ("other", "noted")
    assert found["8"].text.startswith("that the Policy Committee note the petition")
    assert "9" in found and found["9"].page == 6


def test_parish_prose_resolutions():
    layout = shared_layout("real/milburn_pc_2018-11-06_minutes.pdf")
    found = [(r.minute_number, r.outcome, r.text) for r in resolutions.extract(Pack(layout))]
    assert ("18.11.7", "resolved", "Invoice received from G & A M Johnston £1033.00 for grass cutting, Councillors "
                                   "resolved to pay") in found
    assert ("18.11.3", "agreed", "All agreed this was a true record and were signed and approved.") in found


def test_a_decision_reported_from_another_meeting_is_not_this_meetings(text_pack):
    pack = text_pack("""
**Minutes of the Cabinet held on 30 January 2025
Present: Mr A Smith (Chairman), Mrs B Jones
**86. Cabinet Member Updates
(a) The Scrutiny Committee considered the call-in. At that meeting, Members agreed to refer the decision to
full Council.
**87. Budget
RESOLVED that the budget be agreed.
""")
    assert [(r.minute_number, r.outcome) for r in resolutions.extract(pack)] == [("87", "resolved")]


def test_a_capitals_marker_straight_before_its_object(text_pack):
    """'NOTED the plan', 'AGREED the budget': the marker in capitals with no 'that' or colon; in running prose
    ('Noted the point', 'Agreed the day before') a capitalised word is no marker."""
    body = """The Board received a presentation on the winter plan.

NOTED the Winter Resilience Plan 2024/25 and the actions being taken.

AGREED the revised terms of reference.

Agreed the day before, the dates were then circulated."""
    assert decided(text_pack, body) == [("noted", "the Winter Resilience Plan 2024/25 and the actions being taken."),
                                        ("agreed", "the revised terms of reference.")]


def test_numbered_parts_after_a_lead_in_each_ending_in_a_full_stop(text_pack):
    """'It was APPROVED that;' over '1. That ... .' '2. That ... .', and 'That the Committee:' over an unlabelled
    'Approved ...': the parts are one decision, though each part ends in a full stop."""
    body = """It was APPROVED that;

1. That the Committee approved the expansion of the permit scheme to two further areas.

2. That the Committee approved an allocation of £120,000 for the expansion.

**8. Bus gate exemptions

RESOLVED:

That the Committee:

Approved a time limited exemption for eligible residents."""
    assert decided(text_pack, body) == [
        ("other", "1. That the Committee approved the expansion of the permit scheme to two further areas. 2. That "
                  "the Committee approved an allocation of £120,000 for the expansion."),
        ("resolved", "That the Committee: Approved a time limited exemption for eligible residents.")]


def test_a_proposer_chain_after_a_lead_gives_the_decision_after_it(text_pack):
    """'Following discussion it was proposed by A, seconded by B and unanimously agreed that ...': the chain need
    not open the sentence."""
    body = "Following discussion it was proposed by Cllr Lane, seconded by Cllr Hood and unanimously agreed that " \
           "the precept be set at £18,500."
    assert decided(text_pack, body) == [("agreed", "that the precept be set at £18,500.")]


def test_an_approved_marker_over_parts_of_mixed_verbs_is_other(text_pack):
    """"It was APPROVED that;" over "That the Committee:" and parts that note and approve: the parts' verbs give the
    outcome, each part's ("Appendix A." inside part 1 is no part label of its own)."""
    body = """It was APPROVED that;

That the Committee:
1. Noted the findings set out in Appendix A.
2. Approved a consultation on the proposals.
"""
    assert decided(text_pack, body) == [
        ("other", "That the Committee: 1. Noted the findings set out in Appendix A. 2. Approved a consultation on the "
                  "proposals.")]


def test_a_paragraph_running_on_that_is_no_decision(text_pack):
    """A discussion bullet set in bold runs on its sentence onto "that the work ..." below: no "That the Committee"
    decision, and its "It was noted that ..." is discussion."""
    body = """**• Concerning the bus study, officers confirmed

that the work is being done by the authority. It was noted that the council should wait for it.
"""
    assert decided(text_pack, body) == []


def test_headings_among_lettered_parts_stay_in_the_decision(text_pack):
    """A budget decision's parts grouped under short headings ("(b) ..." / "Council Tax" / "(c) ..."), and "In
    addition:" before the last: one decision; a numbered paragraph telling who proposed something ends it, and a
    line telling a result ("Recommendation 3 was not approved:") heads no part."""
    body = """RESOLVED that:

Council is asked to agree the following:

Capital Programme

(a) The capital programme of £41m over ten years.

(b) The directorate capital programmes in appendix A.

Revenue Budget

(c) The net revenue budget of £88.2m for 2025-26.

In addition:

(d) To delegate minor technical changes to the Director of Finance.

(e) To note the funding outlook.

Motion on rural bus services

(f) Cllr Amos proposed, and Cllr Vine seconded, the motion that the Council supports rural buses."""
    assert decided(text_pack, body) == [
        ("resolved", "Council is asked to agree the following: Capital Programme (a) The capital programme of £41m "
                     "over ten years. (b) The directorate capital programmes in appendix A. Revenue Budget (c) The "
                     "net revenue budget of £88.2m for 2025-26. In addition: (d) To delegate minor technical changes "
                     "to the Director of Finance. (e) To note the funding outlook.")]
    told = """That the Committee:

1. Noted the review of the evidence.

2. Approved a six-week public engagement.

Recommendation 3 was not approved:

3. Authorise the Director to decide which proposals proceed."""
    assert decided(text_pack, told) == [
        ("other", "That the Committee: 1. Noted the review of the evidence. 2. Approved a six-week public engagement.")]


def test_a_body_that_approved_and_a_body_before_noted_in_capitals(text_pack):
    """'The Board approved the payments ... and authorised ...' is the body's decision told in a sentence (outcome from
    its verbs); 'The Panel NOTED the report.' is the marker after the body that decided, like 'The Panel AGREED'. A
    body that approved something at another meeting, or 'approved' in a discussion, is no decision here."""
    body = """The Clerk presented the schedule of payments. The Board approved the payments totalling £5,967.59 and
authorised the Chairman to sign the bank mandate.

The Panel NOTED the report.

Members recalled that the Board had previously approved the scheme. The approved scheme was discussed."""
    assert decided(text_pack, body) == [
        ("other", "The Board approved the payments totalling £5,967.59 and authorised the Chairman to sign the bank "
                  "mandate."),
        ("noted", "the report.")]


def test_a_lead_in_without_to_or_that_over_bullets(text_pack):
    """'… were booked for August. The council resolved:' over bullets is one decision, the lead with its parts."""
    body = """The Clerk presented the annual return. The repairs were booked for August. The council resolved:

• to approve the Annual Governance Statement;

• that the period for public rights run from 16th June."""
    assert decided(text_pack, body) == [
        ("resolved", "The council resolved: • to approve the Annual Governance Statement; • that the period for public "
                     "rights run from 16th June.")]


def test_a_capitals_marker_straight_over_a_labelled_part(text_pack):
    """'It was APPROVED' run on into its part when the part opens the next page ('It was APPROVED 2a. Residents
    Parking - Approve ...'), and 'RESOLVED (a) that ...': the marker, then the part."""
    assert decided(text_pack, "It was APPROVED 2a. Residents Parking - Approve the increase in permit tariffs.") == [
        ("other", "2a. Residents Parking - Approve the increase in permit tariffs.")]
    assert decided(text_pack, "RESOLVED (a) that the strategy be adopted.") == [
        ("resolved", "(a) that the strategy be adopted.")]


def test_a_marker_over_unlabelled_paragraphs_indented_under_it_and_a_bare_agreed_after_a_vote(html_pack):
    """'5) RESOLVED that:' over two unlabelled paragraphs set at its text's indent: one decision holding both, ending
    at '6)' back at the margin; 'Agreed.' after a recorded vote is the outcome alone, not the paragraph below."""
    pack = html_pack("""<html><body style="font-family:serif;font-size:11pt">
<p><b>COUNTY COUNCIL</b></p><p>MINUTES of a meeting of the County Council held on Thursday, 13 March 2025.</p>
<p>PRESENT: Mr A Hale (Chairman), Mr B Innes</p>
<p><b>301. Armed Forces Covenant - Annual Report</b></p>
<p style="padding-left:30pt;text-indent:-30pt">5)&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;RESOLVED that:</p>
<p style="margin-left:30pt">Members note all that is being done to deliver the Armed Forces Covenant in Kent.</p>
<p style="margin-left:30pt">Members continue to support the Covenant across the county.</p>
<p style="padding-left:30pt;text-indent:-30pt">6)&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;The Chairman put the motion to extend the
meeting to the vote: For (37), Against (0), Abstain (2).</p><p>Agreed.</p>
<p>7) Following the debate, the Chairman thanked Members.</p></body></html>""")
    assert [(r.outcome, r.text) for r in resolutions.extract(pack)] == [
        ("resolved", "Members note all that is being done to deliver the Armed Forces Covenant in Kent. Members "
                     "continue to support the Covenant across the county."), ("agreed", "")]


def test_a_motion_proposed_and_seconded_then_agreed_unanimously(text_pack):
    """'It was proposed by A, seconded by B, that …. Agreed unanimously.': the motion is the decision, agreed; the
    assent is not a second one; 'It was agreed the group should …' after it is another, told in prose, so its
    sentence whole (as the blind labellers of real and invented minutes write it)."""
    body = ("It was proposed by Cllr Howe, seconded by Cllr Hack, that Council retain the consultants for the first "
            "stage. Agreed unanimously. It was agreed the group should meet the consultant.\n")
    assert decided(text_pack, body) == [
        ("agreed", "that Council retain the consultants for the first stage."),
        ("agreed", "It was agreed the group should meet the consultant.")]


def test_agreed_on_its_own_under_a_motion_proposed_and_seconded(html_pack):
    """'10) A proposed, and B seconded, that the Council record …' over 'Agreed unanimously.' set to the right: the
    motion is what was agreed; 'Agreed.' after a vote with no motion put above it stays the outcome alone."""
    pack = html_pack("""<html><body style="font-family:serif;font-size:11pt">
<p><b>COUNTY COUNCIL</b></p><p>MINUTES of a meeting of the County Council held on Thursday, 5 June 2025.</p>
<p>PRESENT: Mrs C Varney (Chairman), Mr D Ostler</p>
<p><b>41. Apologies and Tributes</b></p>
<p>10) Mrs Varney proposed, and Mr Ostler seconded, that the Council formally record its thanks to the retiring
Clerk of the Council for forty years of service.</p>
<p style="text-align:right">Agreed unanimously.</p>
<p><b>42. Time of Meeting</b></p>
<p>1) The Chairman put the extension of the meeting to the vote: For (30), Against (2), Abstain (0).</p>
<p style="text-align:right">Agreed.</p></body></html>""")
    assert [(r.minute_number, r.outcome, r.text) for r in resolutions.extract(pack)] == [
        ("41", "agreed", "that the Council formally record its thanks to the retiring Clerk of the Council for forty "
                         "years of service."), ("42", "agreed", "")]


def test_a_decision_label_over_the_verb_it_opens_with(text_pack):
    """Under a plain 'Decision:' label the decision's opening verb gives the outcome: 'Refused …' and 'Approved …'
    are other, 'Deferred for a site visit' deferred; 'That …' stays resolved."""
    assert decided(text_pack, "Decision: Refused for the reason set out in the report.") == [
        ("other", "Refused for the reason set out in the report.")]
    assert decided(text_pack, "Decision: Deferred for a site visit by the Committee.") == [
        ("deferred", "Deferred for a site visit by the Committee.")]
    assert decided(text_pack, "Decision: That the application be approved subject to conditions.") == [
        ("resolved", "That the application be approved subject to conditions.")]


def test_agreed_in_lower_case_after_a_proposer_chain_and_how_a_decision_was_carried(text_pack):
    """'It was proposed by A, seconded by B and agreed unanimously that X': the chain marks the decision, X;
    'unanimously' after a marker and 'by 6 votes to 1' after 'it was agreed' tell how it was carried, not what."""
    assert decided(text_pack, "Members considered the schedule. It was proposed by Cllr Ware, seconded by Cllr Fox "
                              "and agreed unanimously that the payments listed be approved.") == [
        ("agreed", "that the payments listed be approved.")]
    assert decided(text_pack, "RESOLVED unanimously that the report be noted.") == [
        ("resolved", "that the report be noted.")]
    assert decided(text_pack, "Cllr Fox disagreed. It was agreed by 6 votes to 1 to give £350 to the lights.") == [
        ("agreed", "It was agreed by 6 votes to 1 to give £350 to the lights.")]


def test_the_body_then_recommended_or_deferred_in_capitals(text_pack):
    """'The Committee RECOMMENDED to Council that …' and 'Members DEFERRED …' mark their decisions as RESOLVED and
    NOTED do after the body that decided."""
    assert decided(text_pack, "The Committee RECOMMENDED to Council that the revised strategy be approved.") == [
        ("recommended", "to Council that the revised strategy be approved.")]
    assert decided(text_pack, "After a short debate, Members DEFERRED the item to the next meeting.") == [
        ("deferred", "the item to the next meeting.")]


def test_a_motion_set_out_under_the_words_that_move_it_is_not_a_decision(html_pack):
    """'A moved and B seconded the following amendment:' over an indented 'That …': the amendment's wording, put to
    the vote; the decision is the RESOLVED after the vote."""
    pack = html_pack("""<html><body style="font-family:serif;font-size:11pt">
<p><b>FENSHAW COUNTY COUNCIL</b></p><p>Minutes of the meeting of the County Council held on Thursday 4 December
2025.</p><p>Present: Councillor Anne Tey (Chairman)</p>
<p><b>60. Budget Strategy</b></p>
<p style="margin-bottom:0">The Leader presented the strategy and the gap still to be closed before the budget is
set in February. Councillor Hale, Leader of the Opposition, moved and Councillor West seconded the following
amendment:</p>
<p style="margin:0 0 0 30pt">That the following be added as paragraph (d): "the reduction in the highways budget be
reversed".</p>
<p>On being put to the vote the amendment was lost.</p>
<p>RESOLVED – That the Budget Strategy be approved.</p></body></html>""")
    assert [(r.outcome, r.text) for r in resolutions.extract(pack)] == [
        ("resolved", "That the Budget Strategy be approved.")]


def test_a_labelled_vote_after_a_marked_decision_is_not_its_wording(text_pack):
    assert decided(text_pack, "RESOLVED to increase hire charges by 5% from 1 April. Vote: 6 for, 0 against, "
                              "1 abstention.") == [("resolved", "to increase hire charges by 5% from 1 April.")]
    assert decided(text_pack, "RESOLVED that the grant be paid. Voting – 4 in favour, 2 against.") == [
        ("resolved", "that the grant be paid.")]


def test_a_motion_proposed_in_its_own_sentence_and_carried_in_a_later_one_is_resolved(text_pack):
    """'Cllr A proposed that X.', seconded in the next sentence, 'put to the vote and carried' after: X is
    resolved; a motion proposed and seconded in one sentence and then lost is no decision."""
    assert decided(text_pack, "Cllr Shaw proposed that the Council contributes £5,000 to the skate park. This was "
                              "seconded by Cllr Tate. The motion was put to the vote and carried (For 5, Against 1).") \
        == [("resolved", "that the Council contributes £5,000 to the skate park.")]
    assert decided(text_pack, "It was proposed by Cllr Upton and seconded by Cllr Vance that the contract be renewed "
                              "for two years. Upon being put to the vote the motion was LOST by 3 votes to 4.") == []
