"""Is there real text to extract? Tell scans and garbage text layers from readable ones."""

from __future__ import annotations

import re
from pathlib import Path

from .errors import NoTextLayer
from .layout import Page

_WORDLIKE = re.compile(r"^[(\"'“‘]?([A-Za-z][a-z]+|[A-Z]{2,}|[A-Z]|\d[\d,.:/%-]*)[)\"'”’.,;:!?]*$")
MIN_WORDLIKE = 0.45  # readable council text scores 0.7-0.95; custom-encoded garbage scores ~0.0-0.1


def wordlike_ratio(pages: list[Page]) -> tuple[float, int]:
    """Share of tokens that look like words or numbers, and how many tokens there are."""
    tokens = [w.text for page in pages for line in page.lines for w in line.words]
    if not tokens:
        return 0.0, 0
    good = sum(1 for t in tokens if _WORDLIKE.match(t))
    return good / len(tokens), len(tokens)


def check_readable(path: Path, pages: list[Page]) -> None:
    """Raise NoTextLayer where the text layer is missing (a scan) or is garbage (broken font encoding)."""
    ratio, count = wordlike_ratio(pages)
    if count == 0:
        raise NoTextLayer(path, f"no text layer on any of {len(pages)} pages (a scan? try --ocr)")
    if ratio < MIN_WORDLIKE:
        raise NoTextLayer(
            path, f"text layer is not readable ({ratio:.0%} of {count} words look like words; broken font "
                  "encoding? try --ocr)"
        )
