"""The layout layer: every page as positioned lines of words with font size and weight.

Built on pypdfium2's text page, which reads a page ~20x faster than pdfplumber: we take the
page text once, split it into words, and ask pdfium for the box and font of each word's first
and last character only. Words are regrouped into lines by geometry (not content-stream
order), running headers/footers are dropped and "intentionally left blank" pages are skipped.
Ruling lines come from pdfium's path objects, read only for pages that hold a table (`vertical_rules`).
"""

from __future__ import annotations

import ctypes
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from itertools import pairwise
from operator import attrgetter
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .errors import UnreadablePDF

# Private-Use-Area glyphs (symbol-font bullets, unmapped glyphs) separate words as spaces do.
_TOKEN = re.compile(r"[^\s\x00-\x1f\x7f\ue000-\uf8ff]+")
_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi", re.I)
_BLANK_PAGE = re.compile(r"intentionally\s+(been\s+)?left\s+blank|this\s+page\s+is\s+blank", re.I)
_PAGE_NUMBER = re.compile(r"^([-–—]\s*)?(page\s*)?\d{1,4}(\s*(of|/)\s*\d{1,4})?(\s*[-–—])?$", re.I)  # "- 3 -"
_EDGE_PAGE_NUMBER = re.compile(r"^(page\s*)?\d{1,4}\b\s*|\s*\b(page\s*)?(?P<n>\d{1,4})(\s*(of|/)\s*(?P<of>\d{1,4}))?$")


def _untyped(function: object, restype: type, *argtypes: type) -> Callable:
    """A pdfium function called through a plain C prototype whose pointers are ints: ctypes converts them about
    twice as fast as pypdfium2's typed pointers, and these run once or twice per word (the layout's hot path)."""
    return ctypes.CFUNCTYPE(restype, *argtypes)(ctypes.cast(function, ctypes.c_void_p).value)


_POINTER, _INT = ctypes.c_void_p, ctypes.c_int
# the text object's address as an int: a cheap dictionary key for its font
_TEXT_OBJECT = _untyped(pdfium_c.FPDFText_GetTextObject, _POINTER, _POINTER, _INT)
_CHAR_BOX = _untyped(pdfium_c.FPDFText_GetCharBox, _INT, _POINTER, _INT, _POINTER, _POINTER, _POINTER, _POINTER)
_FONT_SIZE = _untyped(pdfium_c.FPDFText_GetFontSize, ctypes.c_double, _POINTER, _INT)
_FONT_OF = _untyped(pdfium_c.FPDFTextObj_GetFont, _POINTER, _POINTER)  # a text object's font, as an int
_RAISED = frozenset("'\"\u2018\u2019\u201c\u201d*^")  # marks printed above the baseline, boxed by their own height
_PDFIUM_HYPHEN = "\ufffe"  # the noncharacter pdfium gives for some PDFs' hyphens ('Barrington\ufffeKing')
MARGIN = 0.1  # share of the page height at top and bottom where running headers/footers live
MAX_PAGE_CHARS = 200_000  # a dense A4 page holds ~10,000; a page with more is hostile and read this far only


@dataclass(slots=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool


@dataclass(frozen=True, slots=True)
class Cell:
    """The table column a line was read from, column by column: its heading, and the right edge its text wraps at."""

    head: str
    right: float


@dataclass(slots=True)
class Line:
    """Words that share a baseline, left to right. `page` is 1-based. The geometry, size and weight are
    computed once from the words (extractors read them many times); a line's words are never changed. `cell` is
    set on a line read out of a minutes or agenda table's column (`columns.linearise`)."""

    page: int
    words: list[Word]
    text: str = ""
    cell: Cell | None = None
    x0: float = field(init=False, default=0.0)
    x1: float = field(init=False, default=0.0)
    top: float = field(init=False, default=0.0)
    bottom: float = field(init=False, default=0.0)
    size: float = field(init=False, default=0.0)  # font size of most of the line's characters
    bold: bool = field(init=False, default=False)  # most of the line's characters are bold

    def __post_init__(self) -> None:
        words = self.words
        if not words:
            return
        # list comprehensions and one size where the line has one: lines are built for every page of every document
        self.text = " ".join([w.text for w in words])
        self.x0, self.x1 = words[0].x0, max([w.x1 for w in words])
        self.top, self.bottom = min([w.top for w in words]), max([w.bottom for w in words])
        chars = len(self.text) - len(words) + 1  # (the words' characters: the text less its spaces)
        first = words[0].size
        if all([w.size == first for w in words]):
            self.size = round(first, 1)
        else:
            sizes: dict[float, int] = {}
            for w in words:
                key = round(w.size, 1)
                sizes[key] = sizes.get(key, 0) + len(w.text)
            self.size = max(sizes, key=sizes.__getitem__)
        self.bold = 2 * sum([len(w.text) for w in words if w.bold]) > chars

    @property
    def cell_gap(self) -> float:
        """A gap between words wider than this parts two cells of an unruled table."""
        return max(8.0, 1.2 * self.size)

    def cells(self, min_gap: float | None = None) -> list[tuple[float, str]]:
        """Split the line where words are far apart: (x0, text) per cell, for unruled tables."""
        gap = min_gap if min_gap is not None else self.cell_gap
        cells: list[tuple[float, list[str]]] = []
        last_x1 = None
        for w in self.words:
            if last_x1 is None or w.x0 - last_x1 > gap:
                cells.append((w.x0, [w.text]))
            else:
                cells[-1][1].append(w.text)
            last_x1 = w.x1
        return [(x, " ".join(parts)) for x, parts in cells]

    def __repr__(self) -> str:
        bold = " B" if self.bold else ""
        return f"Line(p{self.page} x{self.x0:.0f} y{self.top:.0f} s{self.size}{bold} {self.text!r})"


@dataclass(slots=True)
class Page:
    number: int
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)
    blank: bool = False
    plain: str = ""  # pdfium's text of the whole page, furniture included (the archive's page text)
    furniture: list[Line] = field(default_factory=list)  # running headers/footers and page numbers taken out

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


class _Glyphs:
    """Boxes and fonts of one text page's characters, read through pdfium's C calls once or twice per word (the
    layout's hot path, so the calls are made inline); a font is read once per text object (a run shares one)."""

    def __init__(self, textpage: pdfium.PdfTextPage):
        self.raw = textpage.raw
        self.address = ctypes.cast(textpage.raw, ctypes.c_void_p).value
        self.box = (ctypes.c_double * 4)()  # left, right, bottom, top
        base, step = ctypes.addressof(self.box), ctypes.sizeof(ctypes.c_double)
        self.refs = tuple(base + k * step for k in range(4))
        self.read_box = memoryview(self.box).cast("B").cast("d").tolist  # ~4x quicker than unpacking the array
        self.name = ctypes.create_string_buffer(128)
        self.flags = ctypes.c_int()
        self.matrix = pdfium_c.FS_MATRIX()
        self.fonts: dict[int, tuple[float, bool]] = {}  # by text object
        self.bold: dict[int, bool] = {}  # by font: a page sets many runs in few fonts

    def words(self, text: str, height: float, to_display: Callable | None) -> list[Word]:
        """The words of the page's text, boxed with a top-left origin; `to_display` turns a rotated page's boxes."""
        charbox, text_object, address, read_box, fonts = (_CHAR_BOX, _TEXT_OBJECT, self.address, self.read_box,
                                                          self.fonts)
        r0, r1, r2, r3 = self.refs
        words: list[Word] = []
        append = words.append
        spans = [m.span() for m in _TOKEN.finditer(text)]  # [start, stop) of each word
        for start, stop in spans:
            end = stop - 1
            if not charbox(address, start, r0, r1, r2, r3):
                raise pdfium.PdfiumError("Failed to get charbox.")
            left, right1, bottom, top = read_box()
            left2, right = left, right1
            if end > start:
                if not charbox(address, end, r0, r1, r2, r3):
                    raise pdfium.PdfiumError("Failed to get charbox.")
                left2, right, bottom2, top2 = read_box()
                if top2 < bottom and to_display is None:  # pdfium joined a word hyphenated across a line break:
                    # its part on each line is read as a word later in this loop (a turned page's lines run across
                    # its own space: left as one word)
                    spans += self._line_parts(start, stop, bottom)
                    continue
                if bottom2 < bottom:  # (comparisons, not min and max: this runs for every word)
                    bottom = bottom2
                if top2 > top:
                    top = top2
                # "'Yes'": the quotes' boxes sit above the baseline, so the word's height is its inner letters'
                inner = start + 1 if text[start] in _RAISED else end - 1 if text[end] in _RAISED else None
                if inner is not None and end - start > 1 and charbox(address, inner, r0, r1, r2, r3):
                    _, _, inner_bottom, inner_top = read_box()
                    bottom, top = min(bottom, inner_bottom), max(top, inner_top)
            key = text_object(address, start)  # 0 for a character pdfium generated: no text object to share
            font = fonts.get(key) if key else None
            if font is None:
                font = self._font(start, key)
                if key:
                    fonts[key] = font
            if to_display is not None:  # text runs down, up or right to left in the page's own space: the union
                x0, y0, x1, y1 = to_display(min(left, left2), bottom, max(right, right1), top)
                append(Word(text[start:stop], x0, x1, y0, y1, font[0], font[1]))
            else:
                append(Word(text[start:stop], left, right, height - top, height - bottom, font[0], font[1]))
        return words

    def _line_parts(self, start: int, stop: int, bottom: float) -> list[tuple[int, int]]:
        """A token's characters [start, stop) up to the first one printed below `bottom` (its first line), and the
        rest."""
        for k in range(start + 1, stop):
            if _CHAR_BOX(self.address, k, *self.refs) and self.box[3] < bottom:
                return [(start, k), (k, stop)]
        return [(start, stop)]

    def _font(self, index: int, text_object: int) -> tuple[float, bool]:
        """The font's size and weight. A size under 2 is no type size: the producer (macOS Quartz) sets 1pt type
        and scales it by the text matrix, so the size is the matrix's scale. (Sizes are otherwise the producer's:
        Word's 12pt is 12, Chrome's and WeasyPrint's 16px type in a 0.75 page scale is 16.) The weight is the
        font's own (its weight, or a name such as 'Arial-BoldMT'), read once per font."""
        size = _FONT_SIZE(self.address, index)
        if size < 2 and pdfium_c.FPDFText_GetMatrix(self.raw, index, ctypes.byref(self.matrix)):
            m = self.matrix
            size *= abs(m.a * m.d - m.b * m.c) ** 0.5 or 1.0
        font = _FONT_OF(text_object) if text_object else None
        bold = self.bold.get(font) if font else None
        if bold is None:
            weight = pdfium_c.FPDFText_GetFontWeight(self.raw, index)
            pdfium_c.FPDFText_GetFontInfo(self.raw, index, self.name, len(self.name), ctypes.byref(self.flags))
            bold = weight >= 600 or bool(_BOLD_NAME.search(self.name.value.decode("latin-1", "replace")))
            if font:
                self.bold[font] = bold
        return round(size, 2), bold


_DESCENDERS = frozenset("gjpqy,;()[]{}|/Q\u201a\u201e")  # a word box ending in one sits below the baseline


def baseline(words: list[Word]) -> float | None:
    """The baseline of these words: the bottom of the middle word whose box sits on it (a word box spans its
    first and last characters, so one ending in a descender or a dash does not)."""
    bottoms = sorted(w.bottom for w in words if w.text[0] not in _DESCENDERS and w.text[-1] not in _DESCENDERS
                     and (w.text[0].isalnum() or w.text[-1].isalnum()))
    return bottoms[len(bottoms) // 2] if bottoms else None


def line_pitch(lines: list[Line]) -> float:
    """The document's line pitch: the smallest step from a line to the next of its size on its page that is
    taken often (by at least one step in twenty, and three times), else 0. Producers set type in their own units
    (Word's 12pt reads 12, WeasyPrint's reads 16), so a gap is judged against the lines' own pitch too."""
    steps = Counter(round(2 * (b.top - a.top)) / 2 for a, b in pairwise(lines)
                    if a.page == b.page and a.size == b.size and 0 < b.top - a.top < 2 * a.size)
    floor = max(3, sum(steps.values()) / 20)
    return min((step for step, n in steps.items() if n >= floor), default=0.0)


def display_box(page: pdfium.PdfPage) -> Callable[[float, float, float, float], tuple[float, float, float, float]]:
    """A map from a box in the page's own space (left, bottom, right, top; y up) to the page as displayed
    (x0, top, x1, bottom; top-left origin), turned by the page's /Rotate: a landscape page stored portrait
    and rotated reads left to right like any other."""
    width, height = page.get_size()  # as displayed
    rotation = page.get_rotation() % 360
    if rotation == 90:
        return lambda left, bottom, right, top: (bottom, left, top, right)
    if rotation == 180:
        return lambda left, bottom, right, top: (width - right, bottom, width - left, top)
    if rotation == 270:
        return lambda left, bottom, right, top: (width - top, height - right, width - bottom, height - left)
    return lambda left, bottom, right, top: (left, height - top, right, height - bottom)


def read_words(page: pdfium.PdfPage) -> tuple[list[Word], str]:
    """The page's words with boxes (top-left origin, as the page is displayed) and font, and its plain text,
    from pdfium's text page."""
    height = page.get_height()
    turned = page.get_rotation() % 360 != 0
    textpage = page.get_textpage()
    try:
        count = min(textpage.count_chars(), MAX_PAGE_CHARS)
        plain = text = textpage.get_text_range(0, count).replace(_PDFIUM_HYPHEN, "-") if count else ""
        if len(text) != count:  # characters outside the BMP shift indices: measure per character
            text = "".join(textpage.get_text_range(i, 1)[:1] or " " for i in range(count)).replace(_PDFIUM_HYPHEN, "-")
        words = _Glyphs(textpage).words(text, height, display_box(page) if turned else None)
        return words, plain
    finally:
        textpage.close()


_BROKEN_WORD = re.compile(r"[^\W\d_]-$")
"""A line ending in a word broken at its hyphen ("Barrington-" over "King", "in-" over "line")."""


def ends_broken(text: str) -> bool:
    """Whether `text` ends in a word broken at its hyphen, looked for in its last characters only (running texts
    are tested each time a line is added to them)."""
    return _BROKEN_WORD.search(text, max(0, len(text) - 3)) is not None


def join_lines(texts: Iterable[str]) -> str:
    """Lines' texts as running text: a space between lines, none after a word broken at its hyphen."""
    out = ""
    for text in texts:
        if out and not ends_broken(out):
            out += " "
        out += text
    return out


def group_lines(words: list[Word], page_number: int) -> list[Line]:
    """Group words into lines by vertical overlap, lines top to bottom, words left to right. Words that overlap
    each other across the page were grouped from two lines a part-line apart (cells centred in a table row, a
    two-line cell beside a three-line one, chain up by overlap): those are regrouped by the share of height they
    have in common."""
    lines: list[list[Word]] = []
    for band in _bands(words, None):
        band.sort(key=_x0_key)
        if any(b.x0 < a.x1 - 1 for a, b in pairwise(band)):
            lines.extend(sorted(part, key=_x0_key) for part in _bands(band, SAME_LINE))
        else:
            lines.append(band)
    return [Line(page_number, ws) for ws in lines]


SAME_LINE = 0.6
"""In a regrouped band, a word is on a line when this share of its height (or the line's, if less) overlaps the
line's: a line set half a line off its neighbour's is a line of its own; a raised footnote mark is not."""


def _bands(words: list[Word], share: float | None) -> list[list[Word]]:
    """Words chained top to bottom into lines: each joins the line above when its middle falls within the extent of
    that line's last three words (`share` None), or when `share` of its height overlaps that extent."""
    lines: list[list[Word]] = []
    line: list[Word] = []
    lo = hi = 0.0  # the vertical extent of the current line's last three words
    for word in sorted(words, key=_middle_key):
        top, bottom = word.top, word.bottom
        if line and (lo <= (top + bottom) / 2 <= hi if share is None
                     else min(bottom, hi) - max(top, lo) >= share * min(bottom - top, hi - lo)):
            line.append(word)
            height = hi - lo
            if 2 * (bottom - top) >= height:  # (a dash or a full stop is too flat to measure the line by)
                # the extent of the last three of the line's last six words at least half that tall (a loop here,
                # not a function or list comprehensions: this runs for most words of every page)
                lo, hi, n = top, bottom, 1
                for w in reversed(line[-6:-1]):
                    if 2 * (w.bottom - w.top) >= height:
                        if w.top < lo:
                            lo = w.top
                        if w.bottom > hi:
                            hi = w.bottom
                        n += 1
                        if n == 3:
                            break
        else:
            line = [word]
            lines.append(line)
            lo, hi = top, bottom
    return lines


def _middle_key(word: Word) -> float:
    return word.top + word.bottom


_x0_key = attrgetter("x0")


def _furniture_key(line: Line) -> tuple[str, float]:
    """Running headers/footers repeat exactly but for a page number at either end, in one size of type (a first
    page's title in the top margin that a running head repeats is set larger)."""
    return _EDGE_PAGE_NUMBER.sub(_unless_reference, line.text.casefold()).strip(), round(line.size)


def _unless_reference(m: re.Match) -> str:
    """Nothing for a page number ("3", "page 3 of 12", "3/12"); a pair whose first number is the larger is no page of
    a count but a reference ("Minute No. CAB 80/26" opening each page of a record of decisions): kept."""
    return m[0] if m["of"] and int(m["n"]) > int(m["of"]) else ""


class Layout:
    """A PDF read into pages of lines. Pages are read once, in order, and kept as light line lists."""

    def __init__(self, path: str | Path, password: str | None = None, ocr: bool = False):
        self.path = Path(path)
        self.ocr = ocr
        """The text layer is OCR's: its font sizes are guesses, so each page's are set from its line pitch."""
        try:
            self._pdf = pdfium.PdfDocument(str(self.path), password=password)
        except pdfium.PdfiumError as exc:
            raise UnreadablePDF.from_pdfium(self.path, exc) from exc
        self.warnings: list[str] = []
        """Pages read in part or not at all, one line each."""

    def __enter__(self) -> Layout:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._pdf.close()

    @property
    def page_count(self) -> int:
        return len(self._pdf)

    def iter_raw_pages(self) -> Iterator[Page]:
        """Pages with every line, before header/footer removal: streams, holding one pdfium page at a time."""
        for index in range(len(self._pdf)):
            width, height, words, plain = self._read_page(index)
            yield Page(index + 1, width, height, group_lines(words, index + 1), plain=plain.replace("\r\n", "\n"))

    def _read_page(self, index: int) -> tuple[float, float, list[Word], str]:
        """A page's size, words and text; a page pdfium cannot read is kept empty, and noted in `warnings`."""
        try:
            page = self._pdf[index]
        except pdfium.PdfiumError as exc:
            self.warnings.append(f"page {index + 1} cannot be read ({exc}); left empty")
            return 595.0, 842.0, [], ""
        try:
            width, height = page.get_size()
            words, plain = read_words(page)
        except pdfium.PdfiumError as exc:
            self.warnings.append(f"page {index + 1} cannot be read ({exc}); left empty")
            return 595.0, 842.0, [], ""
        finally:
            page.close()
        if len(plain) >= MAX_PAGE_CHARS:
            self.warnings.append(f"page {index + 1} has over {MAX_PAGE_CHARS:,} characters; read that many")
        return width, height, words, plain

    @cached_property
    def pages(self) -> list[Page]:
        """All pages, cleaned: running headers/footers and page numbers removed, blank pages flagged."""
        pages = list(self.iter_raw_pages())
        if self.ocr:
            for page in pages:
                even_ocr_sizes(page)
        strip_furniture(pages)
        for page in pages:
            words = sum(len(line.words) for line in page.lines)
            page.blank = words == 0 or (words < 30 and bool(_BLANK_PAGE.search(page.text)))
        return pages

    def page_texts(self) -> list[str]:
        """One plain text per physical page, in order, for the archive's page table and its full-text index."""
        return [page.plain for page in self.pages]

    @property
    def lines(self) -> list[Line]:
        """Every line of every non-blank page, in reading order."""
        return [line for page in self.pages if not page.blank for line in page.lines]

    def vertical_rules(self, number: int) -> list[tuple[float, float, float]]:
        """The vertical edges of page `number`'s drawn paths (1-based) as (x, top, bottom): cell borders that
        separate table columns printed too close to tell apart by spacing alone.

        Read from pdfium's path objects (~1 ms a page); pdfplumber's `edges` give the same lines but parse
        the whole page (~120 ms), which on the corpus' table pages alone would halve extraction speed."""
        page = self._pdf[number - 1]
        try:
            to_display = display_box(page)
            rules = []
            for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=4):
                left, top, right, bottom = to_display(*obj.get_bounds())
                if bottom - top <= 2:
                    continue
                edges = [(left + right) / 2] if right - left < 3 else [left, right]
                rules += [(x, top, bottom) for x in edges]
            return rules
        finally:
            page.close()


def even_ocr_sizes(page: Page) -> None:
    """OCR sizes a line's text from its glyphs' box, so one font reads as 8.5pt on a line without capitals and
    12pt on the next; lines set closer than a paragraph gap are at the font's single spacing (about 1.2 times its
    size), so the middle of the page's tight pitches gives the size of its body text. No line is made smaller."""
    steps = sorted(b.top - a.top for a, b in pairwise(page.lines) if b.top - a.top > 0)
    if len(steps) < 4:
        return
    tight = [step for step in steps if step <= 1.5 * steps[len(steps) // 10]]  # not the gaps between paragraphs
    body = round(tight[len(tight) // 2] / 1.2, 1)
    for line in page.lines:
        line.size = max(line.size, body)


def strip_furniture(pages: list[Page]) -> None:
    """Remove running headers/footers: margin lines repeated on many pages, and bare page numbers."""
    counts: Counter[tuple[str, float]] = Counter()
    for page in pages:
        for line in _margin_lines(page):
            counts[_furniture_key(line)] += 1
    threshold = 3 if len(pages) < 30 else max(3, 0.1 * len(pages))
    repeated = {key for key, n in counts.items() if n >= threshold}
    for page in pages:
        margin = {id(line) for line in _margin_lines(page)}
        kept = [
            line for line in page.lines
            if id(line) not in margin
            or not (_furniture_key(line) in repeated or _PAGE_NUMBER.match(line.text.strip()))
        ]
        if len(kept) < len(page.lines):
            ids = {id(line) for line in kept}
            page.furniture = [line for line in page.lines if id(line) not in ids]
        page.lines = kept


def _margin_lines(page: Page) -> list[Line]:
    top, bottom = page.height * MARGIN, page.height * (1 - MARGIN)
    return [line for line in page.lines if line.bottom <= top or line.top >= bottom]
