"""Agenda layouts: 'Agenda Item N' labels with the page in a column of its own, and sub-items (6.1, 6.2) indented
under their item. Rendered from invented front sheets."""

from minutebook.extractors import agenda

FRONT = """<html><head><style>body{{font-family:sans-serif;font-size:10.5pt}} td{{padding:2pt 30pt 2pt 0}}
</style></head><body><h2>Kestrel Vale District Council</h2><p>Notice of meeting</p>
<p>Date: Tuesday 4 March 2025</p><p>Time: 6.30 pm</p><p>Venue: Council Chamber</p><h3>AGENDA</h3>{items}
</body></html>"""


def test_agenda_item_labels_and_page_column(html_pack):
    rows = "".join(f"<tr><td>Agenda Item {n}</td><td>{t}</td><td>{p}</td></tr>" for n, t, p in [
        (1, "Apologies for Absence", ""), (2, "Minutes of the Meeting held on 4 February 2025", "3"),
        (3, "Internal Audit Progress Report", "11")])
    found = agenda.extract(html_pack(FRONT.format(items=f"<table>{rows}</table>")))
    assert [(i.number, i.title) for i in found] == [
        ("1", "Apologies for Absence"), ("2", "Minutes of the Meeting held on 4 February 2025"),
        ("3", "Internal Audit Progress Report")]


def test_sub_items_indented_under_their_item(html_pack):
    items = """<p>1 Apologies</p><p>2 Planning</p><p style="margin-left:30pt">2.1 Applications received</p>
    <p style="margin-left:30pt">2.2 Decisions notified</p><p>3 Finance</p>
    <p style="margin-left:30pt">3.1 Payments for approval</p><p>4 Correspondence</p>"""
    found = agenda.extract(html_pack(FRONT.format(items=items)))
    assert [(i.number, i.title) for i in found] == [
        ("1", "Apologies"), ("2", "Planning"), ("2.1", "Applications received"), ("2.2", "Decisions notified"),
        ("3", "Finance"), ("3.1", "Payments for approval"), ("4", "Correspondence")]
