"""Shared fixtures: the shared corpus (skipped where absent), small PDFs made from HTML, lines made from text."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from minutebook.extractors.layout import Layout, Line, Word
from minutebook.extractors.pack import Pack

SHARED = Path(os.environ.get("MINUTEBOOK_SHARED", Path(__file__).resolve().parents[2] / "shared"))
CORPUS = SHARED / "corpus"


def shared_pdf(relative: str) -> Path:
    """A PDF of the shared corpus; skips the test where ../shared is absent (CI sets MINUTEBOOK_REQUIRE_SHARED=1)."""
    path = CORPUS / relative
    if not path.exists():
        if os.environ.get("MINUTEBOOK_REQUIRE_SHARED"):
            pytest.fail(f"shared corpus file missing: {path}")
        pytest.skip(f"needs the shared corpus at {CORPUS} (absent in a fresh clone)")
    return path


@pytest.fixture
def make_pdf(tmp_path):
    """Render HTML to a PDF with weasyprint and return its path."""
    from weasyprint import HTML

    def make(html: str, name: str = "doc.pdf") -> Path:
        path = tmp_path / name
        HTML(string=html).write_pdf(path)
        return path

    return make


def make_lines(text: str, page: int = 1, size: float = 12.0) -> list[Line]:
    """Lines from plain text: leading spaces become x offsets (6pt each), '**' at the start marks bold."""
    lines, top = [], 50.0
    for raw in text.strip("\n").splitlines():
        if not raw.strip():
            top += 12
            continue
        bold = raw.lstrip().startswith("**")
        body = raw.replace("**", "")
        x = 50.0 + 6 * (len(body) - len(body.lstrip()))
        words = []
        for token in body.split():
            words.append(Word(token, x, x + 6 * len(token), top, top + size, size, bold))
            x += 6 * (len(token) + 1)
        lines.append(Line(page, words))
        top += size * 1.3
    return lines


class TextPack(Pack):
    """A Pack over hand-made lines, for unit tests of one extractor."""

    def __init__(self, lines: list[Line]):
        super().__init__(layout=None)  # type: ignore[arg-type]
        self.__dict__["lines"] = lines


@pytest.fixture
def text_pack():
    return lambda text: TextPack(make_lines(text))


@pytest.fixture
def open_layout():
    opened: list[Layout] = []

    def open_(path: Path) -> Layout:
        opened.append(Layout(path))
        return opened[-1]

    yield open_
    for layout in opened:
        layout.close()
