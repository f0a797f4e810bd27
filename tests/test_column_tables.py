"""Side-by-side columns read one after the other: minutes as an 'Item | Decision' table, and 'Present: | Members of
the public: | Apologies:' lists printed beside each other. Rendered from invented minutes."""

from minutebook.extractors import attendance, minutes, resolutions

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
