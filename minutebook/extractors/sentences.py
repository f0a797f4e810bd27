"""Sentence ends in minute text, by rule: fast, and good enough for the short formal sentences of minutes.

A full stop ends a sentence unless it belongs to an honorific, an initial ("J. Smith"), a common
abbreviation or a number ("£1,033.00"); the next sentence must start with a capital, digit or quote.
"""

from __future__ import annotations

import re

_END = re.compile(r"[.!?][\"”’)]*\s+(?=[A-Z0-9\"“‘(£])")
_NO_END_BEFORE = re.compile(
    r"(\b(mr|mrs|ms|dr|cllr|prof|rev|st|no|nos|min|para|paras|cf|vs|approx|e\.g|i\.e|etc|inc|ltd|co)|\b[A-Z]|\b\w\.\w)$",
    re.I,
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each sentence of `text`, in order, covering its non-blank characters."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        head = text[start:match.start()]
        if _NO_END_BEFORE.search(head):
            continue
        spans.append((start, match.start() + 1))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def sentences(text: str) -> list[str]:
    return [text[a:b].strip() for a, b in sentence_spans(text)]
