from datetime import date

import pytest

from minutebook.extractors.dates import find_dates, parse_date, parse_time


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Monday, 14 January 2019", date(2019, 1, 14)),
        ("14/01/2019", date(2019, 1, 14)),
        ("14th Jan 2019", date(2019, 1, 14)),
        ("Tuesday 3rd March 2020 at 7.00 pm", date(2020, 3, 3)),
        ("Thursday, 30th January, 2025, at 10.00 am", date(2025, 1, 30)),
        ("Printed minutes 30th-Jan-2025 10.00 Cabinet", date(2025, 1, 30)),
        ("January 14, 2019", date(2019, 1, 14)),
        ("held on the 4th September 2018 had been", date(2018, 9, 4)),
        ("2019-01-14", date(2019, 1, 14)),
        ("Sept 9 2021", date(2021, 9, 9)),
        ('Tuesday 29" April 2014 at 7.30 pm', date(2014, 4, 29)),  # a superscript "th" as OCR reads it
        ("held on 25” February 2014", date(2014, 2, 25)),
    ],
)
def test_parse_date_forms(text, expected):
    assert parse_date(text) == expected


def test_impossible_dates_are_not_dates():
    assert parse_date("31 February 2019") is None
    assert parse_date("Item 14 on page 2019") is None


def test_find_dates_in_order_without_overlaps():
    text = "minutes of the meetings held on 8th June 2017 and 10/07/2017."
    assert [d for _, d in find_dates(text)] == [date(2017, 6, 8), date(2017, 7, 10)]


@pytest.mark.parametrize(
    "text, expected",
    [("10.00 am", "10:00"), ("7pm", "19:00"), ("2.30 p.m.", "14:30"), ("at 14.00", "14:00"),
     ("12 noon 12.30 pm", "12:30"), ("12.15am", "00:15"), ("20:50", "20:50")],
)
def test_parse_time(text, expected):
    assert parse_time(text) == expected


def test_bare_numbers_are_not_times():
    assert parse_time("Room 3, 42 High Street") is None


def test_the_nth_day_of_a_month():
    """A board's formal date: 'on Wednesday the 16th day of October 2024 at 2.00 p.m.'."""
    assert find_dates("held on Wednesday the 16th day of October 2024 at 2.00 p.m.") == [(8, date(2024, 10, 16))]
