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


SUBS = """<p>1. Apologies for absence</p><p style="margin-bottom:0">2. Planning</p>
<p style="margin:0 0 0 12pt">(a) 25/00311/FUL – New dwelling, land at Quarry Row</p>
<p style="margin:0 0 0 12pt">(b) Decisions notified by the District Council</p>
<p style="margin-bottom:0">3. Grants:</p><p style="margin:0 0 0 12pt">i) Tenby Lane Allotment Society</p>
<p style="margin:0 0 0 12pt">ii) Kestrel Vale Youth Band</p><p style="margin:0 0 0 12pt">iii) The Vale Larder</p>
<p>4. Correspondence</p>"""


def test_lettered_and_roman_sub_items_inside_the_items_paragraph(html_pack):
    """Sub-items on their own lines under their item's title, lettered ('(a) 25/00311/FUL – ...', a reference
    rather than a word after the letter) or in roman numerals ('i)', 'ii)'): each is an item of its own ('2a', '3ii')
    and the item's title stops before them."""
    found = agenda.extract(html_pack(FRONT.format(items=SUBS)))
    assert [(i.number, i.title) for i in found] == [
        ("1", "Apologies for absence"), ("2", "Planning"),
        ("2a", "25/00311/FUL – New dwelling, land at Quarry Row"), ("2b", "Decisions notified by the District Council"),
        ("3", "Grants"), ("3i", "Tenby Lane Allotment Society"), ("3ii", "Kestrel Vale Youth Band"),
        ("3iii", "The Vale Larder"), ("4", "Correspondence")]


WRAPPED = """<p>1) Apologies for absence</p>
<p>2) Councillors' declarations of disclosable pecuniary interests and of other registrable or non-registrable
interests in any item on this agenda</p>
<p>3) Proposed withdrawal of the number 41 bus service from Kestrel Vale – response to the County Council's
consultation, closing on 30th April 2025</p>
<p>4) Date of the next meeting</p>"""


def test_wrapped_titles_whose_second_line_returns_to_the_margin(html_pack):
    """A title too long for its line wraps back to the left margin, under the item's number rather than its title:
    the line below a full item line, as close as a line of text, carries the title on."""
    found = agenda.extract(html_pack(FRONT.format(items=WRAPPED)))
    assert [(i.number, i.title) for i in found] == [
        ("1", "Apologies for absence"),
        ("2", "Councillors' declarations of disclosable pecuniary interests and of other registrable or "
              "non-registrable interests in any item on this agenda"),
        ("3", "Proposed withdrawal of the number 41 bus service from Kestrel Vale – response to the County "
              "Council's consultation, closing on 30th April 2025"),
        ("4", "Date of the next meeting")]


def test_a_reference_number_opening_a_wrapped_line_is_no_item(html_pack):
    """"... under paragraph 3 of Schedule" over "12A to the Local Government Act 1972.": the wrapped line's number is
    the Schedule's, so the exempt item 12 after it is still read."""
    items = """<p><b>10. Scrutiny recommendations</b></p><p><b>11. Exclusion of the press and public</b></p>
    <p style="margin-left:12pt;width:300pt">To resolve that the press and public be excluded for the following item
    under paragraph 3 of Schedule<br>12A to the Local Government Act 1972.</p><p>Part B – exempt item</p>
    <p><b>12. Kingsgate House – lease renewal</b></p>"""
    found = agenda.extract(html_pack(FRONT.format(items="<p><b>1. Apologies</b></p><p><b>2. Declarations</b></p>"
                                                        + "".join(f"<p><b>{n}. Item {n}</b></p>" for n in range(3, 10))
                                                        + items)))
    assert [i.number for i in found] == [str(n) for n in range(1, 13)]
    assert found[-1].title == "Kingsgate House – lease renewal"



def test_sub_items_numbered_with_a_bracketed_letter(html_pack):
    """'3 Local Transport Plan' over '3(a) Bus Service Improvement Plan' and '3(b) ...': sub-items as printed."""
    items = [("1", "Apologies"), ("2", "Declarations of Interest"), ("3", "Local Transport Plan – Progress Report"),
             ("3(a)", "Bus Service Improvement Plan"), ("3(b)", "Rural Mobility Pilot"), ("4", "Work Programme")]
    rows = "".join(f"<p>{number} {title}</p>" for number, title in items)
    pack = html_pack(f"""<html><body style="font-family:sans-serif;font-size:10pt"><p><b>WESTFORD COUNTY COUNCIL</b></p>
<p>A meeting of the Environment Scrutiny Committee will be held on Tuesday 5 November 2024 at 10.30 am.</p>
<p><b>AGENDA</b></p>{rows}</body></html>""")
    assert [(item.number, item.title) for item in agenda.extract(pack)] == items


def test_a_bold_title_wrapped_past_its_page_reference_over_a_plain_description(html_pack):
    """A bold title that fills its line up to the page reference printed at its end and wraps onto a second bold
    line ('... Overview and Scrutiny (Pages 83 - 96)' over 'Committee: Library Review'): the second line is the
    title's; the plain description under it is not."""
    items = """<div style="width:500pt">
    <p style="margin:0 0 8pt 0"><b>1.&nbsp;&nbsp;Apologies for Absence</b><br>To receive any apologies.</p>
    <p style="margin:0 0 8pt 0;padding-left:22pt;text-indent:-22pt"><b>2.&nbsp;&nbsp;Recommendations from the
    Communities Overview and Scrutiny (Pages 83 - 96)<br>Committee: Library Review Task Group</b><br>To consider the
    report of the task group.</p>
    <p style="margin:0"><b>3.&nbsp;&nbsp;Exclusion of the Press and Public</b></p></div>"""
    found = agenda.extract(html_pack(FRONT.format(items=items)))
    assert [(i.number, i.title) for i in found] == [
        ("1", "Apologies for Absence"),
        ("2", "Recommendations from the Communities Overview and Scrutiny Committee: Library Review Task Group"),
        ("3", "Exclusion of the Press and Public")]


def test_items_numbered_within_lettered_parts_with_their_lead_member_and_purpose(html_pack):
    """'PART A' items A1 … A3 and 'PART B' items B1, B2, each over its lead member and purpose set in smaller type at
    the title's indent: the items in order, the titles alone."""
    def item(number: str, title: str) -> str:
        return (f'<p style="margin:8pt 0 0 0;font-size:11.5pt">{number}&nbsp;&nbsp;&nbsp;{title}</p>'
                f'<p style="margin:0 0 0 24pt;font-size:10pt">Lead Member: Councillor Ruth Ames<br>Purpose: To '
                f'consider the report.</p>')
    parts = ("<p><b>PART A</b></p>" + item("A1", "APOLOGIES FOR ABSENCE") + item("A2", "CORPORATE PLAN 2026")
             + item("A3", "CAR PARKING CHARGES") + "<p><b>PART B</b></p>" + item("B1", "SALE OF LAND AT MILL YARD")
             + item("B2", "LEASE OF UNIT 4"))
    found = agenda.extract(html_pack(FRONT.format(items=parts)))
    assert [(i.number, i.title) for i in found] == [
        ("A1", "APOLOGIES FOR ABSENCE"), ("A2", "CORPORATE PLAN 2026"), ("A3", "CAR PARKING CHARGES"),
        ("B1", "SALE OF LAND AT MILL YARD"), ("B2", "LEASE OF UNIT 4")]


def test_bold_titles_wrapped_in_a_narrow_column_of_an_agenda_table(html_pack):
    """'Item | Report | Lead Member | Wards Affected | Key Decision | Page', each bold title wrapping within its
    narrow column over the officer who reports: a title wraps where its column is full, not the page."""
    def row(number: str, title: str, member: str, key: str, pages: str) -> str:
        return (f"<tr><td><b>{number}</b></td><td><b>{title}</b><br>Director of Place</td><td>{member}</td>"
                f"<td>All</td><td>{key}</td><td>{pages}</td></tr>")
    rows = "".join([row("7.", "Local Transport and Connectivity Plan 2025–2040: Adoption", "Mayor Dan Oakes",
                        "KEY KD2025/014", "25 – 88"),
                    row("8.", "Adult Skills Fund: Commissioning Strategy and Provider Allocations 2025/26",
                        "Cllr Kwame Asante", "KEY KD2025/017", "89 – 112"),
                    row("9.", "Budget Monitoring Report – Quarter 1 2025/26", "Cllr Ann Tey", "No", "113 – 140")])
    table = ("<p>1.&nbsp;&nbsp;Apologies for Absence</p><p>2.&nbsp;&nbsp;Declarations of Interest</p>"
             "<p>3.&nbsp;&nbsp;Minutes</p><p>4.&nbsp;&nbsp;Announcements</p><p>5.&nbsp;&nbsp;Public Questions</p>"
             "<p>6.&nbsp;&nbsp;Forward Plan</p><style>.ag td, .ag th {padding: 4px 5px; text-align: left; "
             "vertical-align: top; font-size: 9.5pt} .ag th {vertical-align: bottom}</style>"
             "<table class='ag' style='width:100%'><tr><th style='width:7%'>Item</th><th style='width:28%'>Report"
             "</th><th style='width:20%'>Lead Member</th><th style='width:17%'>Wards Affected</th>"
             f"<th style='width:15%'>Key Decision</th><th>Page</th></tr>{rows}</table>")
    found = agenda.extract(html_pack(FRONT.format(items=table)))
    assert [(i.number, i.title) for i in found][6:] == [
        ("7", "Local Transport and Connectivity Plan 2025–2040: Adoption"),
        ("8", "Adult Skills Fund: Commissioning Strategy and Provider Allocations 2025/26"),
        ("9", "Budget Monitoring Report – Quarter 1 2025/26")]


def test_a_part_two_heading_across_an_agenda_table_and_the_rows_under_it(html_pack):
    """'Item | Subject | Lead officer | Pages' with "Part 2 – exempt items" run across the table: the rows under it
    are still read cell by cell, so no officer or page is glued onto their titles; a title wrapping onto a line
    that opens with a figure ("17 September 2025") is no new row, being set in from the item numbers."""
    def row(number: str, subject: str, lead: str, pages: str) -> str:
        return (f"<tr style='vertical-align:top'><td>{number}</td><td><b>{subject}</b></td><td>{lead}</td>"
                f"<td>{pages}</td></tr>")
    rows = "".join([row("1", "Apologies for Absence", "Democratic Services Officer", "–"),
                    row("2", "Minutes of the Meeting held on 17 September 2025", "Democratic Services Officer",
                        "5 - 18"),
                    row("3", "Work Programme", "Scrutiny Officer", "19 - 26"),
                    '<tr><td colspan="4"><b>Part 2 – exempt items</b></td></tr>',
                    row("4", "Exclusion of the Press and Public", "Monitoring Officer", "–"),
                    row("5", "Leisure Centre – Operator Contract Performance", "Director of Environment",
                        "27 - 40")])
    table = ("<table style='width:100%'><tr><th style='text-align:left;width:8%'>Item</th>"
             "<th style='text-align:left;width:50%'>Subject</th><th style='text-align:left'>Lead officer</th>"
             f"<th style='text-align:left'>Pages</th></tr>{rows}</table>")
    found = agenda.extract(html_pack(FRONT.format(items=table)))
    assert [(i.number, i.title) for i in found] == [
        ("1", "Apologies for Absence"), ("2", "Minutes of the Meeting held on 17 September 2025"),
        ("3", "Work Programme"), ("4", "Exclusion of the Press and Public"),
        ("5", "Leisure Centre – Operator Contract Performance")]


def test_a_bold_title_left_mid_phrase_wraps_though_its_line_is_not_full(html_pack):
    """"5. Recommendations from the Scrutiny Committee:" over "Review of Car Parking Charges", and "… of Market Place"
    over "and Bridge Street …": bold titles whose first line ends mid-phrase run on, full or not."""
    items = """<p style="margin:0"><b>4. Public Question Time</b></p><p style="margin:0 0 0 20pt">To receive
questions from members of the public.</p>
<p style="margin:0"><b>5. Recommendations from the Scrutiny Committee:<br>
&nbsp;&nbsp;&nbsp;&nbsp;Review of Car Parking Charges</b></p>
<p style="margin:0"><b>6. Pedestrianisation of Market Place<br>&nbsp;&nbsp;&nbsp;&nbsp;and Bridge Street on
Saturdays</b></p><p style="margin:0"><b>7. Finance</b></p>"""
    found = agenda.extract(html_pack(FRONT.format(items="<p>1. Apologies</p><p>2. Minutes</p><p>3. Interests</p>"
                                                  + items)))
    assert [(i.number, i.title) for i in found][3:] == [
        ("4", "Public Question Time"),
        ("5", "Recommendations from the Scrutiny Committee: Review of Car Parking Charges"),
        ("6", "Pedestrianisation of Market Place and Bridge Street on Saturdays"), ("7", "Finance")]


def test_a_key_decision_flag_after_a_title_is_no_part_of_it(html_pack):
    items = ("<p>1. Apologies</p><p>2. Council Tax Reduction Scheme 2026/27 (Key Decision)</p>"
             "<table style='width:100%'><tr><td>3. Housing Strategy</td><td style='text-align:right'>Key Decision"
             "</td></tr></table><p>4. Work Programme</p>")
    found = agenda.extract(html_pack(FRONT.format(items=items)))
    assert [(i.number, i.title) for i in found] == [
        ("1", "Apologies"), ("2", "Council Tax Reduction Scheme 2026/27"), ("3", "Housing Strategy"),
        ("4", "Work Programme")]


def test_a_lettered_sub_item_is_not_the_list_set_at_its_indent_under_it(html_pack):
    """"a) Applications received" over the applications listed at its title's indent: the sub-item's title is its
    own line ("5a Applications received"), the applications its business."""
    items = """<p>1. Apologies</p><p style="margin-bottom:0">2. Planning</p>
<p style="margin:0 0 0 20pt">a)&nbsp;&nbsp;&nbsp;Applications received</p>
<p style="margin:0 0 0 42pt">25/01873/FUL – Two-storey rear extension and detached garage, 4 Mill Cottages.</p>
<p style="margin:0 0 0 20pt">b)&nbsp;&nbsp;&nbsp;Decisions notified</p><p>3. Finance</p>"""
    found = agenda.extract(html_pack(FRONT.format(items=items)))
    assert [(i.number, i.title) for i in found] == [
        ("1", "Apologies"), ("2", "Planning"), ("2a", "Applications received"), ("2b", "Decisions notified"),
        ("3", "Finance")]


def test_a_parish_agenda_numbered_in_roman_numerals_with_notes_for_its_ordinary_meeting(html_pack):
    """Items 'i.' to 'xi.' (no item 1), each with a line under it; a second page of notes headed 'Ordinary Meeting –
    Monday, 9 March 2026' names a kind of meeting, not the body: the summons says whose meeting it is."""
    from minutebook.extractors import meetings

    titles = ["Apologies for Absence", "Declarations of Interest", "Minutes", "Public Forum", "Highways", "Planning",
              "Finance", "Allotments", "Correspondence", "Items for the Next Agenda", "Date of Next Meeting"]
    numerals = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi"]
    rows = "".join(f"<tr><td>{n}.</td><td><b>{t}</b><br>To receive the matters arising.</td></tr>"
                   for n, t in zip(numerals, titles, strict=True))
    html = f"""<html><head><style>body{{font-family:serif;font-size:11pt}}
td{{vertical-align:top;padding:1pt 14pt 1pt 0}}</style></head><body>
<p style="text-align:center"><b>HARTWELL PRIORS PARISH COUNCIL</b></p><p>You are hereby summoned to attend the
Ordinary Meeting of Hartwell Priors Parish Council to be held in the Village Hall on Monday, 9 March 2026
commencing at 7.30 p.m.</p>
<p style="text-align:center"><b>AGENDA</b></p><table>{rows}</table>
<p style="page-break-before:always;text-align:center"><b>Notes for Councillors</b></p>
<p>Ordinary Meeting – Monday, 9 March 2026</p><p>Item vi – Planning: two applications have been received.</p>
</body></html>"""
    pack = html_pack(html)
    assert [(i.number, i.title) for i in agenda.extract(pack)] == list(zip(numerals, titles, strict=True))
    assert [m.body for m in meetings.extract(pack)] == ["Hartwell Priors Parish Council"]


def test_for_decision_and_to_follow_flags_after_a_title_are_no_part_of_it(html_pack):
    """'For decision', 'For information', 'To follow' and 'Verbal' after a title say what kind of item it is and when
    its papers come; 'Requests for Information' and 'PAYMENTS FOR APPROVAL' are titles."""
    items = """<p>1 Apologies for Absence</p><p>2 Minutes of the Previous Meeting &nbsp; For decision</p>
    <p>3 Draft Parking Strategy &nbsp; For decision &nbsp; To follow</p><p>4 Work Programme &nbsp; For decision
    &nbsp; Verbal</p><p>5 Requests for Information</p><p>6 PAYMENTS FOR APPROVAL</p>"""
    found = agenda.extract(html_pack(FRONT.format(items=items)))
    assert [(i.number, i.title) for i in found] == [
        ("1", "Apologies for Absence"), ("2", "Minutes of the Previous Meeting"), ("3", "Draft Parking Strategy"),
        ("4", "Work Programme"), ("5", "Requests for Information"), ("6", "PAYMENTS FOR APPROVAL")]


def test_a_bold_title_before_a_plain_description_after_a_dash_is_the_bold_words(html_pack):
    """'Public session – a period of up to 15 minutes …' with the title bold and the description plain: the title
    is the bold words, as 'Minutes – to approve …' is already; a title bold through its dash stays whole."""
    items = "".join(f"<li>{t}</li>" for t in [
        "<b>Public session</b> – a period of up to 15 minutes for members of the public",
        "<b>Date of next meeting</b> – Tuesday 1 April 2025", "<b>Kingsgate House – lease renewal</b>"])
    found = agenda.extract(html_pack(FRONT.format(items=f"<ol>{items}</ol>")))
    assert [(i.number, i.title) for i in found] == [
        ("1", "Public session"), ("2", "Date of next meeting"), ("3", "Kingsgate House – lease renewal")]


def test_a_plain_description_set_as_a_paragraph_of_its_own_under_a_title_is_not_part_of_it(html_pack):
    """Sub-items listing planning applications, each its reference and site over a description of the works set
    a paragraph's space below: the title is the first line; a plain title wrapped within its paragraph ('… or
    Other' over 'Significant Interests …') runs on."""
    apps = "".join(f'<p style="margin:0 0 0 24pt">3.{n} {ref} – {site}</p><p style="margin:3pt 0 0 48pt">{what}</p>'
                   for n, ref, site, what in [(1, "25/00210/HOU", "4 Larch Close", "Two storey side extension."),
                                              (2, "25/00233/FUL", "The Plough Inn", "Change of use to two flats.")])
    items = ('<p style="margin:0;width:190pt">2. Declarations of Disclosable Pecuniary Interests or Other Significant '
             'Interests in items on the agenda</p><p style="margin:6pt 0 0">3. Planning applications</p>' + apps)
    note = ('<p style="width:220pt">Members of the public may speak on any application on this agenda for up to '
            "three minutes, having told the Clerk by noon on the day before the meeting. Plans may be seen at the Town "
            "Hall during its opening hours and on the planning authority's website.</p>")
    items = note + items.replace("2. Decl", "1. Apologies</p><p>2. Decl")
    found = agenda.extract(html_pack(FRONT.format(items=items)))
    assert [(i.number, i.title) for i in found] == [
        ("1", "Apologies"),
        ("2", "Declarations of Disclosable Pecuniary Interests or Other Significant Interests in items on the agenda"),
        ("3", "Planning applications"), ("3.1", "25/00210/HOU – 4 Larch Close"),
        ("3.2", "25/00233/FUL – The Plough Inn")]


def test_a_title_left_mid_phrase_before_its_page_reference_wraps_past_it(html_pack):
    """'6. Full Application – Conversion of chapel to dwelling,   Pages 5 – 6' over 'Chapel Row, Nether Ghyll': the
    line ends mid-phrase before its page reference, so the title carries on past it."""
    items = "".join(f'<p style="margin:0 0 8pt">{n}. {t}<span style="float:right">{p}</span>'
                    + (f'<br><span style="margin-left:16pt">{w}</span>' if w else "") + "</p>" for n, t, p, w in [
                        (1, "Apologies for absence", "", ""),
                        (2, "Full Application – Conversion of chapel to dwelling,", "Pages 5 – 6",
                         "Chapel Row, Nether Ghyll"),
                        (3, "Full Application – Extension of caravan site by 18 pitches,", "Page 7", "Hollins Bank")])
    found = agenda.extract(html_pack(FRONT.format(items=items)))
    assert [(i.number, i.title) for i in found] == [
        ("1", "Apologies for absence"),
        ("2", "Full Application – Conversion of chapel to dwelling, Chapel Row, Nether Ghyll"),
        ("3", "Full Application – Extension of caravan site by 18 pitches, Hollins Bank")]
