"""A landscape front sheet laid out in two regions side by side: a sidebar with the council, the body, date, time,
venue and the members (each role wrapping under its own column) beside the agenda printed as a table (item,
title, lead member, wards, key decision, pages; titles wrapping within their column). The regions are read one
after the other, so no sidebar line is glued onto an agenda row; the table keeps its rows. Rendered from an
invented front sheet."""

from datetime import date

import pytest

from minutebook.extractors import agenda, attendance, meetings
from minutebook.extractors.regions import read_regions

HTML = """<html><head><style>
@page { size: A4 landscape; margin: 1.4cm; }
body { font-family: sans-serif; font-size: 10pt; line-height: 1.35; }
.side { float: left; width: 7.6cm; }
.main { margin-left: 8.6cm; font-size: 9.5pt; line-height: 1.2; }
.side h1 { font-size: 15pt; margin: 0 0 .6em; }
.side h2 { font-size: 13pt; margin: 1em 0 .3em; }
.side p { margin: 0 0 .2em; }
.side td { padding: 0 6pt 1pt 0; vertical-align: top; }
.side td.n { white-space: nowrap; }
.main table { border-collapse: collapse; width: 100%; }
.main th, .main td { text-align: left; vertical-align: top; padding: 4pt 6pt 6pt 0; }
</style></head><body>
<div class="side">
<p>Harrowfield Borough Council</p>
<h1>EXECUTIVE</h1>
<h2>Wednesday 12 March 2025</h2>
<p>6.30 pm</p>
<p style="margin-top:.8em">Council Chamber,</p><p>Harrowfield Civic Centre,</p><p>Market Street</p>
<p style="margin-top:1em"><b>Members</b></p>
<table>
<tr><td class="n">Councillor Imogen Talbot</td><td>Leader of the Council</td></tr>
<tr><td class="n">Councillor Rafe Okonjo</td><td>Executive Member for Resources and Corporate Services</td></tr>
<tr><td class="n">Councillor Bryony Hale</td><td>Executive Member for Housing</td></tr>
<tr><td class="n">Councillor Tomasz Wilde</td><td>Executive Member for Environment and Climate Action</td></tr>
</table>
<p style="margin-top:1em">Contact: Delia Marsh, Democratic Services</p>
</div>
<div class="main">
<h2 style="font-size:14pt">AGENDA</h2>
<table>
<tr><th>Item</th><th style="width:48%">Title</th><th>Lead member</th><th>Wards</th><th>Key decision</th>
<th>Pages</th></tr>
<tr><td>1.</td><td>Apologies for absence</td><td></td><td></td><td>No</td><td></td></tr>
<tr><td>2.</td><td>Declarations of interest</td><td></td><td></td><td>No</td><td></td></tr>
<tr><td>3.</td><td>Minutes of the meeting held on 5 February 2025</td><td></td><td></td><td>No</td><td>5 - 10</td></tr>
<tr><td>4.</td><td>Quarterly Performance and Budget Monitoring Report for the Third Quarter</td><td>Cllr Okonjo</td>
<td>All</td><td>No</td><td>11 - 36</td></tr>
<tr><td>5.</td><td>Local Cycling and Walking Infrastructure Plan Adoption and Delivery Programme</td><td>Cllr Wilde</td>
<td>Eastgate; Millbrook</td><td>Yes</td><td>37 - 80</td></tr>
<tr><td>6.</td><td>Award of Contract for Grounds Maintenance Services</td><td>Cllr Wilde</td><td>All</td><td>Yes</td>
<td>81 - 94</td></tr>
<tr><td>7.</td><td>Exclusion of the press and public</td><td></td><td></td><td>No</td><td></td></tr>
</table>
</div>
</body></html>"""

DAY = date(2025, 3, 12)


@pytest.fixture
def pack(html_pack):
    return html_pack(HTML)


def test_the_sidebar_is_read_before_the_agenda(pack):
    texts = [line.text for line in read_regions(pack.layout.lines)]
    assert texts[:5] == ["Harrowfield Borough Council", "EXECUTIVE", "Wednesday 12 March 2025", "6.30 pm",
                         "Council Chamber,"]
    assert texts.index("Contact: Delia Marsh, Democratic Services") < texts.index("AGENDA")


def test_the_meeting_from_the_sidebar(pack):
    assert [(m.body, m.date, m.time, m.venue) for m in meetings.extract(pack)] == [
        ("EXECUTIVE", DAY, "18:30", "Council Chamber, Harrowfield Civic Centre, Market Street")]


def test_members_with_roles_wrapped_under_their_column(pack):
    assert [(a.meeting_date, a.name, a.status, a.role, a.page) for a in attendance.extract(pack)] == [
        (DAY, "Imogen Talbot", "member", "Leader of the Council", 1),
        (DAY, "Rafe Okonjo", "member", "Executive Member for Resources and Corporate Services", 1),
        (DAY, "Bryony Hale", "member", "Executive Member for Housing", 1),
        (DAY, "Tomasz Wilde", "member", "Executive Member for Environment and Climate Action", 1)]


def test_agenda_items_from_the_item_table(pack):
    assert [(i.meeting_date, i.number, i.title, i.page) for i in agenda.extract(pack)] == [
        (DAY, "1", "Apologies for absence", 1), (DAY, "2", "Declarations of interest", 1),
        (DAY, "3", "Minutes of the meeting held on 5 February 2025", 1),
        (DAY, "4", "Quarterly Performance and Budget Monitoring Report for the Third Quarter", 1),
        (DAY, "5", "Local Cycling and Walking Infrastructure Plan Adoption and Delivery Programme", 1),
        (DAY, "6", "Award of Contract for Grounds Maintenance Services", 1),
        (DAY, "7", "Exclusion of the press and public", 1)]


def test_a_table_with_cells_in_rows_is_not_split(html_pack):
    """A minutes table ('Item | Decision') has a gutter no word crosses too, and below each row's first line its
    cells drift apart (a heading and a paragraph beside a decision), but each row opens at one baseline."""
    rows = "".join(f"<tr><td><p style='margin:0 0 5pt'><b>Min. {n}/25 {title}</b></p><p style='margin:0'>Members "
                   f"discussed the report on the {title.lower()} and the options set out in it.</p></td>"
                   f"<td>RESOLVED to approve the {title.lower()} as presented, subject to the budget.</td></tr>"
                   for n, title in [(12, "Allotment rents"), (13, "Bus shelter repairs"), (14, "Play area survey"),
                                    (15, "Grant applications"), (16, "Footpath lighting"), (17, "War memorial")])
    html = ("<html><head><style>body{font-family:sans-serif;font-size:10pt} td{vertical-align:top;padding:3pt 20pt "
            "8pt 0;width:50%}</style></head><body><p>Larchbury Parish Council</p><table><tr><th>Item</th>"
            f"<th>Decision</th></tr>{rows}</table></body></html>")
    lines = html_pack(html).layout.lines
    assert [line.text for line in read_regions(lines)] == [line.text for line in lines]


def test_a_box_of_members_beside_a_summons_above_a_full_width_agenda(html_pack):
    """A letter's summons beside a floated box 'To the Members of the Council:' that ends halfway down the page,
    the agenda below running the page's full width: the two flows are read one after the other above the agenda
    (its lines cross the gutter, so the box is judged by the lines beside it), and the box's names are the
    members."""
    items = "".join(f"<p>{n}. To receive the report of the clerk on the business of the month, item {n}.</p>"
                    for n in range(1, 7))
    pack = html_pack(f"""<html><body style="font-family:serif;font-size:10.5pt">
<p style="font-size:18pt;text-align:center">Ashcott Parish Council</p>
<div style="float:right;width:160pt;border:1px solid #999;padding:4pt;font-size:9pt;margin-left:20pt">
<b>To the Members of the Council:</b><br>Cllr Alan Brink (Chairman)<br>Cllr Rose Tuck<br>Cllr Jon Ealey<br>
Cllr Meg Hose<br>Cllr Faye Lough<br>Cllr Pam Seal</div>
<p>Dear Councillor,</p><p>You are hereby summoned to attend the Ordinary Meeting of Ashcott Parish Council to be
held on Tuesday 14th January 2025 at 7.30pm in the Small Hall, Ashcott Village Hall, for the purpose of
transacting the business set out in the agenda below.</p>
<p style="clear:both">P. Gore, Clerk. Dated: 7th January 2025</p><p><b>AGENDA</b></p>{items}</body></html>""")
    (front,) = [part for part in pack.parts if part.kind == "front"]
    assert (front.body, front.date) == ("Ashcott Parish Council", date(2025, 1, 14))
    assert [(a.name, a.status) for a in attendance.extract(pack)] == [
        ("Alan Brink", "member"), ("Rose Tuck", "member"), ("Jon Ealey", "member"), ("Meg Hose", "member"),
        ("Faye Lough", "member"), ("Pam Seal", "member")]


def test_minutes_set_in_two_columns_with_a_narrow_gutter(html_pack):
    """Minutes set as a newspaper is, in two columns with a gutter of one and a half line heights and a rule in
    it, the text flowing from the foot of the left column to the top of the right (headings set larger, so the two
    columns' lines do not share baselines as a table's cells do): each column is read whole, so the attendance list
    and every minute keep their own lines."""
    from minutebook.extractors import minutes

    filler = ("The Director presented the report and answered questions from members on the timetable, the costs "
              "and the consultation with the parish councils and the commoners. ")
    pack = html_pack(f"""<html><head><style>@page {{ size: A4; margin: 1.6cm }}
body {{ font-family: serif; font-size: 10pt }} .cols {{ column-count: 2; column-gap: 20pt;
column-rule: 0.5pt solid #888; text-align: justify }} p {{ margin: 0 0 6pt }}
h4 {{ font-size: 11pt; margin: 9pt 0 3pt }}</style></head><body>
<h2>Tarnside National Park Authority</h2><p>Minutes of the meeting of the Authority held on Friday 27 June 2025 at
10.00 am</p><div class="cols">
<p>Present: Hugh Tennant (Chair), Councillor Mary Ambler (Deputy Chair), Councillor Alan Birkett, Councillor Janice
Coe, Councillor Robert Dent, Councillor Wendy Fothergill and Irene Halsall.</p>
<h4>12/25 Apologies for Absence</h4><p>Apologies were received from Councillor Peter Gaskell.</p>
<h4>13/25 Management Plan</h4><p>{filler * 4}</p><p>RESOLVED: That the Management Plan be adopted.</p>
<h4>14/25 Car Park Charges</h4><p>{filler * 3}</p><p>RESOLVED: That the charges be approved.</p>
<h4>15/25 Date of Next Meeting</h4><p>Friday 26 September 2025.</p></div></body></html>""")
    assert [(a.name, a.status) for a in attendance.extract(pack)] == [
        (name, "present") for name in ("Hugh Tennant", "Mary Ambler", "Alan Birkett", "Janice Coe", "Robert Dent",
                                       "Wendy Fothergill", "Irene Halsall")] + [("Peter Gaskell", "apologies")]
    assert [(m.number, m.title) for m in minutes.extract(pack)] == [
        ("12/25", "Apologies for Absence"), ("13/25", "Management Plan"), ("14/25", "Car Park Charges"),
        ("15/25", "Date of Next Meeting")]


def test_minutes_in_two_columns_on_one_baseline_grid_are_read_column_by_column(html_pack):
    """Newspaper columns whose headings are set in the body's size, so most lines of the two columns share
    baselines as a table's rows would: the columns are running text (long lines to the column's edge) whose
    paragraphs start at heights where the other column's do not, so each column is read whole."""
    from minutebook.extractors import minutes, resolutions

    para = ("The Clerk reported on the quotations received for the work and the timetable agreed with the "
            "contractor, and answered questions from councillors about the cost and the disruption to residents. ")
    items = [("1", "Apologies", "Apologies were received from Cllr N Gale."),
             ("2", "Footpaths", para * 2), ("3", "Finance", para + "The Council resolved to pay the accounts listed."),
             ("4", "Allotments", para), ("5", "Bus shelter", para + "It was agreed to order a new shelter."),
             ("6", "Next meeting", "Thursday 13 February 2025 at 7.30pm.")]
    body = "".join(f'<p style="font-weight:bold;margin-top:8pt">{n}. {t}</p><p>{text}</p>' for n, t, text in items)
    pack = html_pack(f"""<html><head><style>@page {{ size: A4; margin: 1.6cm }}
body {{ font-family: serif; font-size: 10pt }} .cols {{ column-count: 2; column-gap: 18pt; text-align: justify }}
p {{ margin: 0 0 6pt }}</style></head><body><h2>Fenmarsh Parish Council</h2>
<p>Minutes of the meeting of the Parish Council held on Thursday 9 January 2025 at 7.30pm.</p><div class="cols">
<p>Present: Cllrs H Ambler (Chairman), I Booth, J Cotton and K Drury.</p>{body}</div></body></html>""")
    assert [(m.number, m.title) for m in minutes.extract(pack)] == [(n, t) for n, t, _ in items]
    assert [(r.minute_number, r.outcome, r.text) for r in resolutions.extract(pack)] == [
        ("3", "resolved", "The Council resolved to pay the accounts listed."),
        ("5", "agreed", "It was agreed to order a new shelter.")]
