"""Decisions written inside a sentence without a marker word at its start: "… and it was agreed to adopt X", "it was
RESOLVED to co-opt both" are decisions of X; a decision reported from another meeting is not. Invented minutes."""

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
        ("24/101", "agreed", "to adopt the Financial Regulations as amended."),
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
<p><b>25/043 Village hall</b></p>
<p>It was noted that the hedge by the hall is overgrown. Bookings for the harvest supper were noted.</p>
<p>The hall's insurance schedule (premium £412.80) was noted and signed by the Chairman.</p>"""))
    assert _found(pack) == [
        ("25/041", "noted", "Councillors noted the report."),
        ("25/041", "noted", "Members noted the internal auditor's report."),
        ("25/041", "resolved", "that the annual return be approved."),
        ("25/042", "noted", "The bank reconciliation to 31st August 2025 was noted."),
        ("25/042", "noted", "The internal audit plan for 2025/26 showing a fee of £240.00 was NOTED.")]
