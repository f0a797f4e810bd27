"""Property tests (hypothesis) of the parsers: no exception on any string, and round-trips where they exist."""

from __future__ import annotations

from datetime import date

from conftest import TextPack, make_lines
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from minutebook.extractors import indicators, risks
from minutebook.extractors.dates import find_dates, parse_date, parse_time
from minutebook.extractors.names import people, split_name
from minutebook.extractors.numbering import parse_number, split_numbered
from minutebook.extractors.tables import header_columns, number, phrases

# Three times, and 0.6 times, the profile's count: 300 and 60 by default, fewer under `make test-fast`.
PATIENT = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow]}
FAST = settings(max_examples=3 * settings().max_examples, **PATIENT)
SLOW = settings(max_examples=max(1, settings().max_examples * 3 // 5), **PATIENT)
# Text like a PDF's: any characters, with council-ish words and digits mixed in so parsers get past their guards.
WORDS = st.sampled_from(["Councillor", "Cllr", "Mr", "Dr", "(Chair)", "Present:", "Apologies", "and", "RESOLVED",
                         "12", "1.2", "45/19", "March", "2025", "%", "£", "-", "·", ",", ";", "\t", "\n", "Q3",
                         "Risk", "CR01", "HIGH", "Target", "Actual", "2024/25", "\ufffe", "\u00ad", "\ue000"])
TEXT = st.one_of(st.text(max_size=200), st.lists(st.one_of(WORDS, st.text(max_size=8)), max_size=40).map(" ".join))
DAYS = st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))


@FAST
@given(TEXT)
def test_dates_and_times_never_raise(text):
    found = find_dates(text)
    assert all(isinstance(d, date) for _, d in found)
    assert parse_date(text) == (found[0][1] if found else None)
    time = parse_time(text)
    assert time is None or (len(time) == 5 and 0 <= int(time[:2]) <= 23 and 0 <= int(time[3:]) <= 59)


@FAST
@given(DAYS, st.sampled_from(["%d %B %Y", "%A, %d %B %Y", "%d/%m/%Y", "%Y-%m-%d", "%B %d, %Y", "%d %b %Y"]))
def test_printed_dates_round_trip(day, form):
    assert parse_date(f"Meeting held on {day.strftime(form)} at the Town Hall") == day


@FAST
@given(st.integers(0, 23), st.integers(0, 59))
def test_printed_times_round_trip(hour, minute):
    twelve = f"{hour % 12 or 12}.{minute:02d} {'pm' if hour >= 12 else 'am'}"
    assert parse_time(twelve) == parse_time(f"{hour:02d}:{minute:02d}") == f"{hour:02d}:{minute:02d}"


@SLOW
@given(TEXT, st.booleans())
def test_name_lists_never_raise(text, strict):
    assert all(p.name for p in people(text, strict=strict))
    split_name(text)


@FAST
@given(TEXT)
def test_minute_numbers_never_raise(text):
    split_numbered(text)


@FAST
@given(st.integers(1, 999), st.sampled_from(["", ".", ":"]),
       st.sampled_from(["Apologies for Absence", "Declarations of Interest", "Budget Monitoring Report"]))
def test_minute_numbers_round_trip(n, sep, title):
    found = split_numbered(f"{n}{sep} {title}")
    assert found is not None and found[0].text == str(n) and found[1] == title
    again = parse_number(found[0].text)
    assert (again.text, again.value, again.family[0]) == (found[0].text, found[0].value, found[0].family[0])


@FAST
@given(TEXT)
@example("(")
@example("-%")
def test_table_numbers_never_raise(text):
    value = number(text)
    assert value is None or isinstance(value, float)


@FAST
@given(st.decimals(min_value=-10**7, max_value=10**7, places=1, allow_nan=False))
def test_table_numbers_round_trip(value):
    printed = f"{abs(value):,.1f}"
    expected = float(value)
    assert number(f"({printed})" if value < 0 else printed) == expected
    assert number(f"{printed}%") == abs(expected)


@SLOW
@given(st.lists(TEXT, min_size=1, max_size=12))
def test_table_readers_never_raise(rows):
    lines = make_lines("\n".join(" ".join(row.split()) or "x" for row in rows))
    for line in lines:
        phrases(line)
        header_columns(line)
    pack = TextPack(lines)
    assert isinstance(indicators.extract(pack), list) and isinstance(risks.extract(pack), list)
