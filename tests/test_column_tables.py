"""Side-by-side columns read one after the other: minutes as an 'Item | Decision' table, and 'Present: | Members of
the public: | Apologies:' lists printed beside each other. Rendered from invented minutes."""

from minutebook.extractors import attendance, meetings, minutes, resolutions

HTML = """<html><head><style>body{font-family:sans-serif;font-size:10pt} td{vertical-align:top;padding:3pt 6pt}
th{text-align:left;padding:3pt 6pt} td.i{width:230pt}</style></head><body><h2>Brookwell Town Council</h2>
<h1 style="font-size:16pt">Finance Committee</h1><p>Minutes – Monday, 2 June 2025, 7.00 p.m.</p>
<table><tr><th>Present:</th><th>Members of the public:</th><th>Apologies:</th></tr>
<tr><td>Cllr Ada Fenn (Chair)<br>Cllr Bo Lyle<br>Cllr Cy Marsh</td><td>3 residents</td><td>Cllr Di Hart</td></tr>
</table>
<table><tr><th>Item</th><th>Decision</th></tr>
<tr><td class="i"><b>Min. 12/25 Bus shelter</b><br>The shelter on Mill Lane was damaged in the storm.</td>
<td>RESOLVED to replace the glazing at a cost of £940.</td></tr>
<tr><td class="i"><b>Min. 13/25 Allotment rents</b><br>Rents had not been reviewed since 2022.</td>
<td>AGREED – to increase the rents to £40 per plot.</td></tr>
</table></body></html>"""


def test_item_decision_table_and_side_by_side_attendance(html_pack):
    pack = html_pack(HTML)
    assert [(a.name, a.status) for a in attendance.extract(pack)] == [
        ("Ada Fenn", "present"), ("Bo Lyle", "present"), ("Cy Marsh", "present"), ("Di Hart", "apologies")]
    assert [(m.number, m.title) for m in minutes.extract(pack)] == [("12/25", "Bus shelter"),
                                                                     ("13/25", "Allotment rents")]
    assert [(r.minute_number, r.outcome, r.text) for r in resolutions.extract(pack)] == [
        ("12/25", "resolved", "to replace the glazing at a cost of £940."),
        ("13/25", "agreed", "to increase the rents to £40 per plot.")]


def test_side_by_side_attendance_ends_where_the_minutes_begin(html_pack):
    """The labelled columns end at the first heading, so a decision whose words run past a column's left edge is
    not cut into the table's columns ('RESOLVED that the minutes' | 'be approved.')."""
    pack = html_pack("""<html><head><style>body{font-family:serif;font-size:11pt} td{vertical-align:top;padding:4pt}
    </style></head><body><h2>Keswold Parish Council</h2>
    <p>Minutes of the meeting held on Wednesday 5 March 2025 at 7.30pm at Keswold Village Hall</p>
    <table style="width:100%"><tr><td><b>Present:</b><br>Cllr Ann Lee (Chair)<br>Cllr Bob Hart<br>Cllr Cat Dunn</td>
    <td><b>Members of the public:</b><br>3</td><td><b>Apologies:</b><br>Cllr Dan Ford<br>Cllr Eve Gray</td></tr>
    </table>
    <p><b>1. Apologies</b></p><p>As above.</p><p><b>2. Minutes</b></p><p>RESOLVED that the minutes be approved.</p>
    </body></html>""")
    assert [(a.name, a.status) for a in attendance.extract(pack)] == [
        ("Ann Lee", "present"), ("Bob Hart", "present"), ("Cat Dunn", "present"), ("Dan Ford", "apologies"),
        ("Eve Gray", "apologies")]
    assert [(r.minute_number, r.text) for r in resolutions.extract(pack)] == [("2", "that the minutes be approved.")]


def test_record_of_decisions_with_reasons_and_alternatives_columns(html_pack):
    """An executive's record of decisions, titled 'Executive – Record of Decisions' over the line that dates it, with
    no attendance: a 'Item | Decision | Reasons for decision | Alternatives considered' table. The title wraps in
    its cell, a decision wraps at its own column's edge (not the page's), and neither the reasons nor the
    alternatives are decisions, whatever their wording ('it was agreed that ...')."""
    pack = html_pack("""<html><head><style>@page{size:A4 landscape;margin:1.5cm} body{font-family:sans-serif;
    font-size:10pt} table{border-collapse:collapse;width:100%} td,th{border:1px solid #444;vertical-align:top;
    padding:4pt;text-align:left}</style></head><body><h2>Harrowby District Council</h2>
    <h1 style="font-size:15pt">Executive – Record of Decisions</h1>
    <p>Meeting held on Tuesday 9 September 2025 at 6.00 pm, Council Chamber</p>
    <table><tr><th>Item</th><th>Decision</th><th>Reasons for decision</th><th>Alternatives considered</th></tr>
    <tr><td>3. Leisure centre roof</td><td>RESOLVED to approve capital spend of £410,000 on the roof of the
    Harrowby Leisure Centre.</td><td>The roof has failed its condition survey and leaks – closing the pool.</td>
    <td>Patch repair – rejected as poor value.</td></tr>
    <tr><td>4. Fees and charges 2026/27</td><td>RESOLVED that the fees and charges set out in Appendix A be
    approved.</td><td>To set a balanced budget. The fees were last changed in 2023.</td><td>None.</td></tr>
    <tr><td>5. Car park strategy</td><td>RESOLVED that the draft strategy be published for consultation for
    eight weeks.</td><td>Consultation is required before adoption; it was agreed that residents must be heard.</td>
    <td>To adopt without consultation – rejected.</td></tr></table></body></html>""")
    assert [(m.body, str(m.date), m.time) for m in meetings.extract(pack)] == [("Executive", "2025-09-09", "18:00")]
    assert [(m.number, m.title) for m in minutes.extract(pack)] == [
        ("3", "Leisure centre roof"), ("4", "Fees and charges 2026/27"), ("5", "Car park strategy")]
    assert [(r.minute_number, r.outcome, r.text) for r in resolutions.extract(pack)] == [
        ("3", "resolved", "to approve capital spend of £410,000 on the roof of the Harrowby Leisure Centre."),
        ("4", "resolved", "that the fees and charges set out in Appendix A be approved."),
        ("5", "resolved", "that the draft strategy be published for consultation for eight weeks.")]


def test_item_discussion_action_table_with_the_number_over_its_title(html_pack):
    """'Item | Discussion | Action': the Item cell holds the minute's number in bold over its title in smaller plain
    type, the discussion (and the decision) beside it; the discussion is no title, and the number's title is the
    line under it."""
    def row(number: str, title: str, text: str, action: str) -> str:
        return (f"<tr><td><b>{number}</b><br><span style='font-size:9.5pt'>{title}</span></td><td>{text}</td>"
                f"<td>{action}</td></tr>")
    pack = html_pack(f"""<html><body style="font-family:sans-serif;font-size:10pt">
    <p><b>HALLMOOR TOWN COUNCIL</b></p><p>Minutes of the meeting of the Full Council held on Tuesday 18 November
    2025 at 7.00 pm</p><p><b>Present:</b> Cllr Ann Hale (Mayor), Cllr Bo Lumb, Cllr Cy Tran</p>
    <table style="width:100%"><tr><th style="width:25%">Item</th><th style="width:60%">Discussion</th>
    <th>Action</th></tr>
    {row("TC/25/112", "Apologies for Absence", "Apologies were received from Cllr Dee (work).<br>RESOLVED that the "
         "apologies be accepted.", "–")}
    {row("TC/25/113", "Allotment Rents", "The Clerk reported on the rents charged nearby.<br>RESOLVED that rents "
         "for 2026 be set at £48.00 per plot.", "DF")}</table></body></html>""")
    assert [(m.number, m.title) for m in minutes.extract(pack)] == [
        ("TC/25/112", "Apologies for Absence"), ("TC/25/113", "Allotment Rents")]
    assert [(r.minute_number, r.text) for r in resolutions.extract(pack)] == [
        ("TC/25/112", "that the apologies be accepted."),
        ("TC/25/113", "that rents for 2026 be set at £48.00 per plot.")]
