"""Printed indicator periods as dates: every form the corpus prints, and the ones that fix no dates."""

from datetime import date

import pytest

from minutebook.schemas.periods import parse_period

D = date
REPORT = D(2025, 3, 4)

CASES = [
    # financial quarters (UK: Q1 = April to June)
    ("Q1 2018/19", D(2018, 4, 1), D(2018, 6, 30)),
    ("Q2 2018/19", D(2018, 7, 1), D(2018, 9, 30)),
    ("Q3 2020/21", D(2020, 10, 1), D(2020, 12, 31)),
    ("Q4 2019/20", D(2020, 1, 1), D(2020, 3, 31)),
    ("Quarter 4 2019-20", D(2020, 1, 1), D(2020, 3, 31)),
    ("Q1 19/20", D(2019, 4, 1), D(2019, 6, 30)),
    ("Qtr 2 2024-2025", D(2024, 7, 1), D(2024, 9, 30)),
    ("2019/20 Q3", D(2019, 10, 1), D(2019, 12, 31)),
    ("Q2 FY 2024/25", D(2024, 7, 1), D(2024, 9, 30)),
    # financial years
    ("2023/24", D(2023, 4, 1), D(2024, 3, 31)),
    ("2015/16", D(2015, 4, 1), D(2016, 3, 31)),
    ("2025-26", D(2025, 4, 1), D(2026, 3, 31)),
    ("2018-2019", D(2018, 4, 1), D(2019, 3, 31)),
    ("1999/00", D(1999, 4, 1), D(2000, 3, 31)),
    ("1999-00", D(1999, 4, 1), D(2000, 3, 31)),
    ("FY 2023/24", D(2023, 4, 1), D(2024, 3, 31)),
    # calendar years pooled ("three-year periods")
    ("2019 - 21", D(2019, 1, 1), D(2021, 12, 31)),
    ("2016-2018", D(2016, 1, 1), D(2018, 12, 31)),
    # months
    ("Jul 2018", D(2018, 7, 1), D(2018, 7, 31)),
    ("Feb 2024", D(2024, 2, 1), D(2024, 2, 29)),
    ("Dec-23", D(2023, 12, 1), D(2023, 12, 31)),
    ("Sep-24", D(2024, 9, 1), D(2024, 9, 30)),
    ("July 18", D(2018, 7, 1), D(2018, 7, 31)),
    ("Sept 2018", D(2018, 9, 1), D(2018, 9, 30)),
    ("JUNE 2017", D(2017, 6, 1), D(2017, 6, 30)),
    # month ranges
    ("Apr 24 – Jun 24", D(2024, 4, 1), D(2024, 6, 30)),
    ("Jan 24 - Mar 24", D(2024, 1, 1), D(2024, 3, 31)),
    ("Apr – Jun 24", D(2024, 4, 1), D(2024, 6, 30)),
    ("Oct–Dec 2023", D(2023, 10, 1), D(2023, 12, 31)),
    ("Nov - Jan 24", D(2023, 11, 1), D(2024, 1, 31)),
    ("Dec 2023 to Feb 2024", D(2023, 12, 1), D(2024, 2, 29)),
    # spans ending in a month
    ("12m to Dec 23", D(2023, 1, 1), D(2023, 12, 31)),
    ("12 mths to Dec 24", D(2024, 1, 1), D(2024, 12, 31)),
    ("Rolling 12 months to Jun 2024", D(2023, 7, 1), D(2024, 6, 30)),
    ("6 months to Sep 2024", D(2024, 4, 1), D(2024, 9, 30)),
    ("Quarter to Sep 24", D(2024, 7, 1), D(2024, 9, 30)),
    ("Year to Mar 24", D(2023, 4, 1), D(2024, 3, 31)),
    ("YTD to Dec 24", D(2024, 4, 1), D(2024, 12, 31)),
    # days
    ("30-September-24", D(2024, 9, 30), D(2024, 9, 30)),
    ("As at 31 March 2024", D(2024, 3, 31), D(2024, 3, 31)),
    ("31/03/2024", D(2024, 3, 31), D(2024, 3, 31)),
    # calendar years
    ("2019", D(2019, 1, 1), D(2019, 12, 31)),
    # the report's date
    ("Latest", None, REPORT),
    ("Current position", None, REPORT),
    # nothing fixes the dates
    ("+3 Years", None, None),
    ("3+ years", None, None),
    ("Q1 2018", None, None),  # a calendar or a financial quarter
    ("2019/21", None, None),
    ("Q5 2019/20", None, None),
    ("31/02/2024", None, None),
    ("Target", None, None),
    ("", None, None),
]


@pytest.mark.parametrize(("printed", "start", "end"), CASES)
def test_a_printed_period_gives_its_first_and_last_day(printed, start, end):
    assert parse_period(printed, REPORT) == (start, end)


def test_latest_without_a_report_date_is_unknown():
    assert parse_period("Latest") == (None, None)
