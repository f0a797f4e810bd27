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
