"""The layout layer on small PDFs made here, and on real PDFs from the shared corpus."""

import hostile
from conftest import shared_pdf

from minutebook.extractors.layout import Layout

PAGE = """
<html><head><style>@page {{ size: A4; margin: 2cm; @bottom-center {{ content: "Page " counter(page); }} }}
h1 {{ font-size: 20pt; }} p {{ font-size: 11pt; }}</style></head><body>{body}</body></html>
"""


def test_lines_carry_font_size_weight_and_position(make_pdf):
    pdf = make_pdf(PAGE.format(body="<h1>Planning Committee</h1><p>Present: <b>Councillor A Smith</b></p>"))
    with Layout(pdf) as layout:
        lines = layout.pages[0].lines
    title, body = lines[0], lines[1]
    assert title.text == "Planning Committee" and title.bold
    assert body.text == "Present: Councillor A Smith"
    assert title.size > body.size
    assert title.top < body.top
    assert [w.bold for w in body.words] == [False, True, True, True]


def test_running_footers_removed_and_blank_pages_flagged(make_pdf):
    words = ["Apologies", "Minutes", "Budget", "Parking"]
    pages = "".join(
        f'<p style="page-break-after: always">{word} were discussed.</p>' for word in words
    ) + "<p>This page is intentionally left blank</p>"
    with Layout(make_pdf(PAGE.format(body=pages))) as layout:
        texts = [page.text for page in layout.pages]
        blanks = [page.blank for page in layout.pages]
    assert texts[:4] == [f"{word} were discussed." for word in words]
    assert blanks == [False, False, False, False, True]


def test_page_numbers_between_dashes_are_furniture(make_pdf):
    """A page number printed "- 3 -" at a page's foot is removed like "3" or "Page 3 of 4"."""
    words = ["Apologies", "Minutes", "Budget"]
    pages = "".join(f'<p style="page-break-after: always">{word} were discussed.</p>' for word in words)
    dashed = PAGE.replace('content: "Page " counter(page);', 'content: "- " counter(page) " -";')
    with Layout(make_pdf(dashed.format(body=pages))) as layout:
        assert [page.text for page in layout.pages][:3] == [f"{word} were discussed." for word in words]


def test_a_word_in_quotes_stays_on_its_line(make_pdf):
    """"'Yes'" is boxed by its letters, not by its quotes alone (which sit above the baseline): it is read in its
    place on the line, not as a line of its own above it."""
    body = "<p>each assertion being answered \u2018Yes\u2019 and \u201cNo\u201d in turn.</p>"
    with Layout(make_pdf(PAGE.format(body=body))) as layout:
        assert [line.text for line in layout.pages[0].lines] == [
            "each assertion being answered \u2018Yes\u2019 and \u201cNo\u201d in turn."]


def test_cells_split_at_wide_gaps(make_pdf):
    html = PAGE.format(body='<p>Risk 01 <span style="padding-left: 120pt">HIGH</span></p>')
    with Layout(make_pdf(html)) as layout:
        line = layout.pages[0].lines[0]
    assert [text for _, text in line.cells()] == ["Risk 01", "HIGH"]


def test_real_minutes_first_lines():
    with Layout(shared_pdf("real/kent_cabinet_2025-01-30_printed_minutes.pdf")) as layout:
        first = layout.pages[0].lines
        assert layout.page_count == 17
    assert [line.text for line in first[:2]] == ["KENT COUNTY COUNCIL", "CABINET"]
    assert first[4].text.startswith("PRESENT: Mr R W Gough (Chairman), Mr N Baker")
    assert all(line.text != "1" for line in first)  # the page-number footer is gone


def test_pdfium_hyphen_noncharacter_read_as_a_hyphen():
    """pdfium gives U+FFFE for the hyphens of some PDFs' text layers (these minutes print 'in-line' and a
    hyphenated name that way): the layout reads a hyphen, so no extractor or page text sees the noncharacter."""
    with Layout(shared_pdf("real/bristol_tcpc_2025-10-23_printed_minutes.pdf")) as layout:
        texts = [page.plain for page in layout.pages] + [line.text for line in layout.lines]
    assert not [text for text in texts if "\ufffe" in text]
    assert sum(text.count("-") for text in texts) > 0


def test_a_word_broken_at_its_hyphen_stays_on_the_lines_it_is_printed_on(make_pdf):
    """pdfium joins a word hyphenated across a line break into one ("Crow\ufffeBrown"), boxed from its first
    character on one line to its last on the next: each part is a word of its own line."""
    body = ('<p style="width: 280pt; font-family: sans-serif">The Democratic Services Manager reported apologies from '
            "Mr Paul Barrington-King, Mr Conrad Broadley, Mr Tom Cannon and Mr Derek Crow-Brown.</p>")
    with Layout(make_pdf(PAGE.format(body=body))) as layout:
        texts = [line.text for line in layout.pages[0].lines][:4]
    assert texts == ["The Democratic Services Manager reported", "apologies from Mr Paul Barrington-King, Mr Conrad",
                     "Broadley, Mr Tom Cannon and Mr Derek Crow-", "Brown."]


def test_type_set_at_one_point_and_scaled_by_its_matrix_has_its_printed_size(tmp_path):
    """macOS Quartz sets every glyph in 1pt type scaled up by the text matrix: the line's size is the printed one,
    so the same page set either way gives the same lines."""
    plain = hostile.text_stream(["Present: Cllr A Hale (Chair)", "Cllr B Innes"], size=11)
    scaled = b"BT /F1 1 Tf 11 0 0 11 50 780 Tm 1.2727 TL (Present: Cllr A Hale \\(Chair\\)) Tj T* (Cllr B Innes) Tj ET"
    pages = []
    for name, stream in (("plain", plain), ("scaled", scaled)):
        with Layout(hostile.write(tmp_path / f"{name}.pdf", hostile.pdf_bytes([stream]))) as layout:
            pages.append([(line.text, line.size, round(line.top)) for line in layout.pages[0].lines])
    assert pages[0] == pages[1] == [("Present: Cllr A Hale (Chair)", 11.0, 54), ("Cllr B Innes", 11.0, 68)]


def test_a_row_of_dashes_does_not_cut_its_line_in_two():
    """Cells holding only '–' are boxed by the dash's own thin stroke: three of them in a row must not narrow the
    line to that stroke, or the row's words with descenders ('approve', 'spend') start a line of their own."""
    from minutebook.extractors.layout import Word, group_lines

    def word(text: str, x: float, top: float, bottom: float) -> Word:
        return Word(text, x, x + 20, top, bottom, 10.0, False)

    words = [word("Roof", 10, 100.0, 107.2), word("RESOLVED", 40, 100.0, 107.2),
             word("–", 200, 103.4, 104.1), word("–", 240, 103.4, 104.1), word("–", 280, 103.4, 104.1),
             word("approve", 80, 102.2, 109.3), word("spend.", 120, 102.2, 109.3)]
    assert [line.text for line in group_lines(words, 1)] == ["Roof RESOLVED approve spend. – – –"]
