import re
from datetime import date

import pytest
from conftest import shared_layout

from minutebook.extractors import minutes, resolutions
from minutebook.extractors.numbering import follows, split_numbered
from minutebook.extractors.pack import Pack

HEAD = """
**Planning Committee
**Minutes of the meeting held on 3 March 2020
**Present:
Councillors A Smith (Chair), B Jones and C Brown

"""

INLINE = HEAD + """
**34. Apologies for Absence

Apologies were received from Councillor D Green.

**35. Budget Monitoring

(1) The Committee considered a report of the Director.

(2) Members asked about reserves.

**1. Background to the scheme was set out at length in the report to members.

**36. Urgent Business

There was no urgent business.
"""

MARGIN = HEAD + """
**   Apologies for Absence
40 Apologies were received from Councillor D Green.

**   Minutes
41 The minutes of the last meeting were agreed.
"""

ITEMS = HEAD + """
**Apologies and Substitutes
(Item 1)

Apologies were received from Councillor D Green.

**Work Programme
(Item 2)

The work programme was noted.
"""

NUMBERED_ITEMS = HEAD + """
**84. Apologies
(Item 1)

Apologies were received from Councillor D Green.

**85. Declarations of Interest
(Item 2)

None were made.
"""


def numbers_and_titles(pack):
    return [(m.number, m.title) for m in minutes.extract(pack)]


def test_inline_bold_headings_skip_paragraph_numbers_and_numbered_sentences(text_pack):
    pack = text_pack(INLINE)
    assert numbers_and_titles(pack) == [("34", "Apologies for Absence"), ("35", "Budget Monitoring"),
                                        ("36", "Urgent Business")]
    first = minutes.extract(pack)[0]
    assert first.meeting_date == date(2020, 3, 3)
    assert "Councillor D Green" in first.text


def test_number_in_the_margin_takes_the_bold_title_above(text_pack):
    pack = text_pack(MARGIN)
    assert numbers_and_titles(pack) == [("40", "Apologies for Absence"), ("41", "Minutes")]
    spans = minutes.minute_spans(pack)
    assert spans[1].body[0].text == "The minutes of the last meeting were agreed."


def test_item_line_numbers_an_unnumbered_title(text_pack):
    assert numbers_and_titles(text_pack(ITEMS)) == [("1", "Apologies and Substitutes"), ("2", "Work Programme")]


def test_title_number_wins_over_item_line(text_pack):
    assert numbers_and_titles(text_pack(NUMBERED_ITEMS)) == [("84", "Apologies"), ("85", "Declarations of Interest")]


def test_segmentation_is_cached_on_the_pack(text_pack):
    pack = text_pack(INLINE)
    assert minutes.minute_spans(pack) is minutes.minute_spans(pack)


@pytest.mark.parametrize(("line", "number", "rest"), [
    ("34. Apologies", "34", "Apologies"),
    ("Minute 16 Apologies for Absence", "16", "Apologies for Absence"),
    ("Min. 12/19 Minutes", "12/19", "Minutes"),
    ("CAB 12/19 Budget", "CAB 12/19", "Budget"),
    ("111/2017 Code of Conduct", "111/2017", "Code of Conduct"),
    ("18.11.1 Apologies", "18.11.1", "Apologies"),
    ("6a Parking Review", "6a", "Parking Review"),
    ("20 2024/25 Q4 Corporate Risk Report", "20", "2024/25 Q4 Corporate Risk Report"),
])
def test_printed_numbers_keep_council_references_whole(line, number, rest):
    parsed = split_numbered(line)
    assert parsed is not None and (parsed[0].text, parsed[1]) == (number, rest)


@pytest.mark.parametrize("line", ["10.30 am The meeting started", "2023/24 budget", "2019 was a good year",
                                  "£1,000 was spent", "(1) The Committee considered"])
def test_times_years_and_money_are_not_minute_numbers(line):
    assert split_numbered(line) is None


def test_numbers_follow_within_one_scheme_only():
    n = {t: split_numbered(t + " Title")[0] for t in ("34.", "35.", "2", "36", "CAB 12/19", "CAB 13/19")}
    assert follows(n["34."], n["35."])
    assert not follows(n["35."], n["34."])
    assert not follows(n["34."], n["36"])  # "36" has no full stop: another scheme
    assert follows(n["CAB 12/19"], n["CAB 13/19"])


def test_dorset_minutes_numbers_in_the_margin():
    layout = shared_layout("seed/dorset-safeguarding-2019-01-14.pdf")
    found = minutes.extract(Pack(layout))
    assert [m.number for m in found] == [str(n) for n in range(40, 50)]
    assert {m.meeting_date for m in found} == {date(2018, 10, 11)}
    by_number = {m.number: m for m in found}
    assert by_number["43"].title == "Public Participation"  # not the bold "Public Speaking" beside the number
    assert by_number["44"].title == "Children's Services Care & Protection Service Improvement Plan"
    assert by_number["44"].page == 4


def test_kent_panel_item_numbers_and_title_ending_a_page():
    layout = shared_layout("real/kent_cpp_2024-12-10_minutes.pdf")
    found = minutes.extract(Pack(layout))
    assert [m.number for m in found] == [str(n) for n in range(1, 11)]
    four = found[3]
    assert (four.title, four.page) == ("Participation Team Update", 1)  # "(Item 4)" is at the top of page 2


def test_kent_cabinet_wrapped_titles():
    layout = shared_layout("real/kent_cabinet_2025-01-30_printed_minutes.pdf")
    found = {m.number: m for m in minutes.extract(Pack(layout))}
    assert list(found) == [str(n) for n in range(84, 93)]
    assert found["88"].title == "24/00108 - Revenue and Capital Budget Monitoring Report – November 2024-25"
    assert found["88"].page == 9


def test_parish_dotted_numbers():
    layout = shared_layout("real/milburn_pc_2018-11-06_minutes.pdf")
    found = minutes.extract(Pack(layout))
    assert [m.number for m in found] == [f"18.11.{n}" for n in range(1, 11)]
    assert found[5].title == "Beacon to Commemorate 100 Years of Remembrance"


@pytest.mark.parametrize("weight", ["b", "span"])
def test_a_heading_alone_in_bold_with_a_full_stop_between_run_in_headings(html_pack, weight):
    """Run-in headings ("1047. Engineer's Report. The Engineer ...") around one set alone in bold with a full stop
    ("1048. Finance.") over lettered paragraphs: the lone heading is read as a numbered sentence, but its number is
    the one the headings skip, at their margin, so it is a minute too. The run-in headings may be bold or plain."""
    pack = html_pack(re.sub(r"<p>(\d+\. [^.]+\.)", rf"<p><{weight}>\1</{weight}>",
                           """<html><body style="font-family:serif;font-size:11pt">
    <p><b>WILLOWMEAD DRAINAGE BOARD</b></p>
    <p>Minutes of the meeting of the Board held on Wednesday 16 October 2024 at 2.00 p.m.</p>
    <p>Present: Mr A Lumb (Chairman), Mrs B Carr, Mr C Dale</p>
    <p>301. Apologies. Apologies were received from Mr E Fenn.</p>
    <p>302. Minutes. The minutes of the meeting held on 17 July 2024 were signed as a correct record.</p>
    <p><b>303. Finance.</b></p>
    <p style="margin-left:2em">(a) Accounts for payment. The Board approved payments totalling £8,316.72.</p>
    <p style="margin-left:2em">(b) Budget monitoring. Members noted the position to 30 September.</p>
    <p>304. Rates. It was agreed that the drainage rate be held for 2025/26.</p>
    <p>305. Date of next meeting. The next meeting will be held on 22 January 2025.</p>
    </body></html>"""))
    assert numbers_and_titles(pack) == [("301", "Apologies"), ("302", "Minutes"), ("303", "Finance"),
                                        ("304", "Rates"), ("305", "Date of next meeting")]


def test_several_headings_alone_in_bold_between_run_in_headings(html_pack):
    """Three headings in a row set alone in bold with a full stop ("62. Reports.", "63. Planning.") over lettered
    paragraphs, between run-in headings whose titles are bold: the chain skips all three numbers, and the lone
    headings at the chain's margin number each skipped minute in turn, so they are minutes too."""
    pack = html_pack("""<html><body style="font-family:serif;font-size:11pt">
    <p><b>ASHBY UNDERWOOD PARISH COUNCIL</b></p>
    <p>Minutes of the meeting held on Monday 3 February 2025 at 7.30pm</p>
    <p>Present: Cllrs D Roe (Chairman), E Vine, F Hale</p>
    <p><b>60. Apologies.</b> Apologies were received from Cllr G Moss.</p>
    <p><b>61. Minutes.</b> The minutes of the meeting held on 6 January 2025 were approved.</p>
    <p><b>62. Reports.</b></p>
    <p style="margin-left:3em">a) County Councillor. No report had been received.</p>
    <p><b>63. Planning.</b></p>
    <p style="margin-left:3em">a) 25/0041/HOU, 3 Mill Lane. No objection was raised.</p>
    <p><b>64. Finance.</b></p>
    <p style="margin-left:3em">a) Payments. Payments of £412.10 were approved.</p>
    <p style="margin-left:3em">b) Allotments. The rent review was noted.</p>
    <p><b>65. Playing field.</b> The inspection report was noted.</p>
    <p><b>66. Date of next meeting.</b> The next meeting will be held on 3 March 2025.</p>
    </body></html>""")
    assert numbers_and_titles(pack) == [("60", "Apologies"), ("61", "Minutes"), ("62", "Reports"),
                                        ("63", "Planning"), ("64", "Finance"), ("65", "Playing field"),
                                        ("66", "Date of next meeting")]


def test_a_decision_in_the_headings_bold_under_it_is_not_its_title(html_pack):
    """A bold heading over a decision set in bold too ("RESOLVED: that the minutes ..."): the decision is the
    minute's text, not the heading's wrapped title."""
    pack = html_pack("""<html><body style="font-family:sans-serif;font-size:11pt">
    <p><b>ORLEY PARISH COUNCIL</b></p><p>Minutes of the meeting held on Tuesday 14 January 2025 at 7.30pm</p>
    <p>Present: Cllr A Moss (Chair), Cllr B Hart, Cllr C Lowe</p>
    <p><b>2425/118 Apologies</b></p><p style="margin-left:4em">None.</p>
    <p style="margin:0"><b>2425/119 Minutes of the meeting held on 10th December 2024</b></p>
    <p style="margin:0 0 1em 4em"><b>RESOLVED: that the minutes of the meeting held on 10th December 2024, having been
    circulated, be approved as a true record and signed by the Chair.</b></p>
    <p><b>2425/120 Public participation</b></p><p style="margin-left:4em">No members of the public attended.</p>
    </body></html>""")
    assert numbers_and_titles(pack) == [("2425/118", "Apologies"),
                                        ("2425/119", "Minutes of the meeting held on 10th December 2024"),
                                        ("2425/120", "Public participation")]


def test_a_run_in_heading_closed_by_a_colon_before_a_bold_marker(html_pack):
    """"FGP 60/24 MINUTES: RESOLVED that ..." with the heading and the marker in bold: the colon ends the title."""
    pack = html_pack("""<html><body style="font-family:sans-serif;font-size:11pt">
    <p><b>DUNMERE TOWN COUNCIL</b></p>
    <p>Minutes of the Finance Committee meeting held on Monday 20 January 2025 at 7.00pm</p>
    <p>Present: Councillors A Quill (Chairman), B Rast and C Sole</p>
    <p>FGP 58/24 <b>APOLOGIES:</b> Apologies were received from Councillor Vent.</p>
    <p>FGP 59/24 <b>MINUTES: RESOLVED</b> that the minutes of the meeting held on 18th November 2024 be signed.</p>
    <p>FGP 60/24 <b>CEMETERY FEES: RECOMMENDED</b> that burial fees be increased by 5% from 1st April 2025.</p>
    <p>FGP 61/24 <b>STAFFING:</b> The Committee agreed to implement the pay award.</p></body></html>""")
    assert numbers_and_titles(pack) == [("FGP 58/24", "APOLOGIES"), ("FGP 59/24", "MINUTES"),
                                        ("FGP 60/24", "CEMETERY FEES"), ("FGP 61/24", "STAFFING")]


def test_paragraphs_of_widely_spaced_lines_are_judged_by_their_own_pitch(html_pack):
    """Lines set 1.45 type sizes apart (as Word's 1.15 spacing reads): a decision wrapped over three lines is one
    paragraph, told from the next by the wider gap between paragraphs, not by the type size."""
    pack = html_pack("""<html><body style="font-family:sans-serif;font-size:14px;line-height:1.95">
    <p><b>ORLEY TOWN COUNCIL</b></p><p>Minutes of the meeting held on Monday 9 December 2024 at 7.00pm</p>
    <p>Present: Cllr A Moss (Mayor), Cllr B Hart, Cllr C Lowe</p>
    <p><b>C/24/101 Apologies</b></p><p>There were none.</p>
    <p><b>C/24/102 Reports</b></p><p style="width:60%">The Council NOTED the minutes of the Planning Committee
    meetings held on 18th November and 2nd December 2024 and of the Amenities Committee.</p>
    <p>The Mayor thanked the committees for their work.</p>
    <p><b>C/24/103 Date of next meeting</b></p><p>Monday 13 January 2025.</p></body></html>""")
    assert [(r.minute_number, r.text) for r in resolutions.extract(pack)] == [
        ("C/24/102", "the minutes of the Planning Committee meetings held on 18th November and 2nd December 2024 "
                     "and of the Amenities Committee.")]


def test_plain_run_in_headings_ending_in_a_short_word(html_pack):
    """'46. Defibrillator at the Bell Inn. The Clerk reported ...', all in one weight: a short last word ('Inn',
    'Way') closes the title as any other word does (only an abbreviation, 'St.' or 'No.', does not)."""
    pack = html_pack("""<html><body style="font-family:sans-serif;font-size:11pt">
    <p><b>WRENDALE PARISH COUNCIL</b></p><p>Minutes of the meeting held on Wednesday 4 June 2025 at 7.30pm</p>
    <p>Present: Cllrs A Moss (Chairman), B Hart and C Lowe</p>
    <p>45. Apologies. Apologies were received from Cllr D Vane.</p>
    <p>46. Defibrillator at the Bell Inn. The Clerk reported that the landlord would host a defibrillator.</p>
    <p>47. Footpath at Mill Way. The footpath had been cleared.</p>
    <p>48. Date of next meeting. Wednesday 2 July 2025.</p></body></html>""")
    assert numbers_and_titles(pack) == [("45", "Apologies"), ("46", "Defibrillator at the Bell Inn"),
                                        ("47", "Footpath at Mill Way"), ("48", "Date of next meeting")]


def test_a_minute_heading_opening_a_page_in_the_size_of_the_headings_before_is_no_new_document(html_pack):
    """A record of decisions whose every item starts a page, its heading far larger than the page's text (a long
    attendance paragraph in small type): the heading is in the size the minutes' headings were set in on the page
    before, so the minutes go on, and no report begins there."""
    def item(number: int, title: str, decision: str, first: bool = False) -> str:
        brk = "" if first else "page-break-before:always;"
        return (f"<p style='{brk}font-size:14pt'><b>{number}. {title}</b></p><p>Decision: {decision}</p>"
                "<p>Reasons: To meet the Council's duties.</p>")
    members = ", ".join(f"Councillor {n} (Cabinet Member for {p})" for n, p in [
        ("Ann Fenn", "Finance and Resources"), ("Colin Mabb", "Highways and Transport"),
        ("Nadia Rahm", "Adult Social Care and Health"), ("Simon Threl", "Children and Families")])
    pack = html_pack(f"""<html><body style="font-family:sans-serif;font-size:9pt">
    <p style="font-size:20pt"><b>Cabinet – Record of Decisions</b></p><p>Wednesday, 15 October 2025 at 10.00 am</p>
    <p>Present: {members}, and Councillor Joan Wick (Cabinet Member for Environment and Climate Change).</p>
    <p>Apologies: Councillor Derek Yeo (Cabinet Member for Economy and Skills).</p>
    {item(5, "Medium Term Financial Strategy", "RESOLVED – That the Strategy be approved.", first=True)}
    {item(6, "Highways Winter Service Plan", "RESOLVED – That the Plan be approved.")}
    {item(7, "Award of Contract", "AGREED – That the contract be awarded to Meridian Ltd.")}</body></html>""")
    assert [(m.number, m.title, m.page) for m in minutes.extract(pack)] == [
        ("5", "Medium Term Financial Strategy", 1), ("6", "Highways Winter Service Plan", 2),
        ("7", "Award of Contract", 3)]


def test_minute_numbers_named_at_the_right_margin_under_part_banners(html_pack):
    """"Budget Monitoring        Min 34" (the number named a minute's, at the right), under "PART 1 – ITEMS
    CONSIDERED IN PUBLIC" banners that number no minute."""
    def heading(title: str, n: int) -> str:
        return (f"<table style='width:100%'><tr><td><b>{title}</b></td><td style='text-align:right'><b>Min {n}</b>"
                f"</td></tr></table><p>The Committee considered the report on {title.lower()}.</p>")
    pack = html_pack(f"""<html><body style="font-family:sans-serif;font-size:11pt">
<p><b>EASTFIELD BOROUGH COUNCIL</b></p><p>Minutes of a meeting of the Resources Committee held on Tuesday 8 October
2024 at 6.30 pm</p><p><b>PRESENT</b></p><p>Councillor Joan Alder (Chair), Councillor Femi Ade</p>
<p><b>PART 1 – ITEMS CONSIDERED IN PUBLIC</b></p>{heading("Apologies for Absence", 30)}
{heading("Budget Monitoring", 31)}<p><b>PART 2 – EXEMPT ITEMS</b></p>{heading("Disposal of Land", 32)}
</body></html>""")
    assert [(m.number, m.title) for m in minutes.extract(pack)] == [
        ("30", "Apologies for Absence"), ("31", "Budget Monitoring"), ("32", "Disposal of Land")]
