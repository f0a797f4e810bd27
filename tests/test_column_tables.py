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
