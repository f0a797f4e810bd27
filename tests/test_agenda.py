from datetime import date

from conftest import shared_layout

from minutebook.extractors import agenda
from minutebook.extractors.pack import Pack

FRONT = """
**AGENDA
Date: 3 March 2020
**1. Apologies for Absence
      To receive any apologies for absence.
**2. Minutes (Pages 3 - 8)
**3. Items for Decision
**3.1 Budget Monitoring 9 - 12
      To consider a report of the Director.
**3.2 Parking Review
**4. Urgent Business
Contact: 01305 224186 - clerk@example.gov.uk
14 January 2019
"""


def test_numbered_items_in_order_with_page_refs_removed(text_pack):
    items = agenda.extract(text_pack(FRONT))
    assert [(i.number, i.title) for i in items] == [
        ("1", "Apologies for Absence"), ("2", "Minutes"), ("3", "Items for Decision"),
        ("3.1", "Budget Monitoring"), ("3.2", "Parking Review"), ("4", "Urgent Business"),
    ]
    assert {i.meeting_date for i in items} == {date(2020, 3, 3)}


def test_a_title_runs_on_past_the_page_reference_on_its_first_line(text_pack):
    """'(Pages 1 - 26)' printed on a wrapped title's first line: a next line that can only continue it (lower case,
    a figure, a bracketed phrase) is still the title; a capitalised line after a page reference is not."""
    items = agenda.extract(text_pack("""
**AGENDA
Date: 3 March 2020
1. Minutes of the meetings held on 4 December 2019 and 8 January (Pages 1 - 26)
   2020 and, if in order, to be approved as a correct record
2. Revenue Budget 2020-21 (Pages 27 - 90)
   (including Council Tax Setting 2020/21)
3. Highways Review (Pages 91 - 99)
   Cabinet Member for Highways: Cllr Ann Jones
"""))
    assert [(i.number, i.title) for i in items] == [
        ("1", "Minutes of the meetings held on 4 December 2019 and 8 January 2020 and, if in order, to be approved "
              "as a correct record"),
        ("2", "Revenue Budget 2020-21 (including Council Tax Setting 2020/21)"), ("3", "Highways Review")]


def test_items_numbered_in_the_councils_own_series(text_pack):
    """A parish agenda numbered on from its minutes ('25/20', '25/21', ...): the run is the agenda, each title up to
    the next number of the series."""
    items = agenda.extract(text_pack("""
**AGENDA
Date: 20 March 2025
25/20 To receive apologies for absence
25/21 To approve the minutes of the meeting held on 20 February 2025 and to
      authorise the Chairman to sign them
25/22 Public forum
25/23 Finance: to approve payments
"""))
    assert [(i.number, i.title) for i in items] == [
        ("25/20", "To receive apologies for absence"),
        ("25/21", "To approve the minutes of the meeting held on 20 February 2025 and to authorise the Chairman to "
                  "sign them"),
        ("25/22", "Public forum"), ("25/23", "Finance: to approve payments")]


def test_out_of_sequence_numbers_are_not_items(text_pack):
    items = agenda.extract(text_pack("**AGENDA\nDate: 3 March 2020\n1. Apologies\n7 days notice\n2. Minutes\n"))
    assert [i.number for i in items] == ["1", "2"]


def test_no_front_sheet_no_items(text_pack):
    assert agenda.extract(text_pack("Minutes of the meeting held on 3 May 2020\nPresent: A Smith\n1. Apologies")) == []


def test_real_frontsheet_wrapped_titles():
    layout = shared_layout("real/kent_county_council_2025-01-09_agenda_frontsheet.pdf")
    items = agenda.extract(Pack(layout))
    assert [(i.number, i.title, i.page) for i in items] == [
        ("1", "Apologies for Absence", 3),
        ("2", "Declarations of Disclosable Pecuniary Interests or Other Significant Interests in items on the "
              "agenda", 3),
        ("3", "English Devolution White Paper", 3),
    ]


def test_real_frontsheet_title_with_year_range_wraps():
    layout = shared_layout("real/kent_cabinet_2025-01-30_agenda_frontsheet.pdf")
    items = {i.number: i.title for i in agenda.extract(Pack(layout))}
    assert items["6"] == ("Draft Revenue Budget 2025-26, MTFP 2025-28, Draft Capital Programme 2025-35 and Treasury "
                          "Management Strategy")
    assert items["3"] == "Minutes of the Meeting held on 9th January 2025"
