"""Shared table helpers: phrase splitting, stacked headers, column assignment, numbers, split lines."""

from conftest import make_lines

from minutebook.extractors.layout import Line, Word
from minutebook.extractors.tables import (
    by_page,
    group_rows,
    header_columns,
    merge_split_lines,
    number,
    phrases,
    spans_columns,
    split,
    stack,
)


def _line(*words: tuple[str, float], top: float = 50.0, size: float = 12.0, page: int = 1) -> Line:
    """A line of words placed at the given x, each 6pt per character."""
    return Line(page, [Word(text, x, x + 6 * len(text), top, top + size, size, False) for text, x in words])


def _prose(text: str, x: float = 50.0, top: float = 50.0) -> Line:
    """Words set one space apart, like running text."""
    words = []
    for token in text.split():
        words.append((token, x))
        x += 6 * (len(token) + 1)
    return _line(*words, top=top)


def test_phrases_split_at_gaps_wider_than_a_space():
    line = _line(("Risk", 50), ("ID", 80), ("Likelihood", 200), ("Impact", 275), ("Score", 320))
    assert [" ".join(w.text for w in p) for p in phrases(line)] == ["Risk ID", "Likelihood", "Impact", "Score"]


def test_stacked_header_line_joins_the_column_it_overlaps():
    columns = header_columns(_line(("Risk", 50), ("Risk", 100), ("Current", 300)))
    stacked = stack(columns, header_columns(_line(("ID", 52), ("Likelihood", 296), top=64)))
    assert [c.text for c in stacked] == ["Risk ID", "Risk", "Current Likelihood"]
    assert stacked[2].x0 == 296


def test_stack_refuses_a_line_that_straddles_columns():
    columns = header_columns(_line(("Risk", 50), ("Level", 200)))
    assert stack(columns, header_columns(_prose("a long sentence running across both columns", x=60, top=64))) is None


def test_stack_splits_a_phrase_word_by_word_and_puts_a_line_above_first():
    columns = header_columns(_line(("Service", 50), ("Dec", 200), ("23", 224), ("Dec", 244), ("24", 268)))
    above = header_columns(_line(("12m", 200), ("to", 222), ("12m", 240), ("to", 262), top=36))
    assert [c.text for c in above] == ["12m to 12m to"]
    assert [c.text for c in stack(columns, above, above=True)] == ["Service", "12m to Dec 23", "12m to Dec 24"]


def _column_of(word: Word, columns) -> int:
    """The index of the cell `split` puts the word in."""
    return next(i for i, cell in enumerate(split(Line(1, [word]), columns)) if cell)


def test_word_goes_to_the_last_column_left_of_its_centre():
    columns = header_columns(_line(("Indicator", 50), ("Target", 300), ("RAG", 360)))
    green = Word("GREEN", 350, 380, 70, 82, 12, False)  # wider than its centred heading, starts left of it
    value = Word("93.1%", 305, 335, 70, 82, 12, False)
    name = Word("collected", 200, 254, 70, 82, 12, False)
    assert [_column_of(w, columns) for w in (name, value, green)] == [0, 1, 2]


def test_a_value_set_right_under_a_narrower_heading_goes_to_that_heading():
    """'90%' set right in its cell (a tick after it) starts left of its narrow heading 'Q3' and clear of 'Q2': it
    belongs under Q3, though its centre is left of where Q3 starts."""
    columns = header_columns(_line(("Measure", 68), ("Q2", 437), ("Q3", 493)))
    value, tick = Word("90%", 477, 494, 70, 82, 12, False), Word("✔", 498, 503, 70, 82, 12, False)
    left = Word("86%", 431, 449, 70, 82, 12, False)
    assert [_column_of(w, columns) for w in (left, value, tick)] == [1, 2, 2]


def test_prose_line_spans_columns():
    columns = header_columns(_line(("Indicator", 50), ("Unit", 200), ("2019/20", 300), ("2020/21", 400)))
    prose = _prose("the table below shows the results for each of the years and the units used for them")
    row = _line(("Rate", 50), ("of", 80), ("care", 98), ("%", 200), ("45.1", 310), ("46.0", 410))
    assert spans_columns(prose, columns)
    assert not spans_columns(row, columns)


def test_number_reads_printed_values():
    assert number("1,234") == 1234
    assert number("45.6%") == 45.6
    assert number("(3.5)") == -3.5
    assert number("-12") == -12
    assert number("n/a") is None
    assert number("2019/20") is None
    assert number("12,34") is None


def test_merge_split_lines_rejoins_a_word_the_layout_put_on_its_own_line():
    quoted = _line(("'Prevent'", 195), top=213)
    rest = _line(("06d", 51), ("duty", 260), top=212)
    merged = merge_split_lines([quoted, rest])
    assert [ln.text for ln in merged] == ["06d 'Prevent' duty"]


def test_by_page_keeps_lines_of_different_pages_apart():
    lines = make_lines("first page line") + make_lines("second page line", page=2)
    pages = by_page(lines)
    assert sorted(pages) == [1, 2]
    assert pages[2][0].text == "second page line"


def test_a_line_opening_in_lower_case_between_two_rows_carries_on_the_row_above():
    """'Year 6: prevalence of obesity (including' over 'severe obesity)' set a little nearer the next row than its
    own: by the baselines' steps the wrapped line would open the next row, but a line that opens in lower case
    only carries on the text above it."""
    columns = header_columns(_line(("Indicator", 50), ("Period", 330), ("Value", 400)))
    lines = [_line(("Year", 50), ("6:", 80), ("obesity", 98), ("(including", 146), ("2023/24", 330), ("21.9", 400),
                   top=100),
             _line(("severe", 50), ("obesity)", 92), top=109.5),
             _line(("2019/20", 330), ("23.4", 400), top=117.5)]
    rows = group_rows(lines, [True, False, True], columns)
    assert [[ln.text for ln in row.lines] for row in rows] == [
        ["Year 6: obesity (including 2023/24 21.9", "severe obesity)"], ["2019/20 23.4"]]
