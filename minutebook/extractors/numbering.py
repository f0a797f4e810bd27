"""Minute numbers as councils print them: "44", "44.", "Minute 44", "Min. 12/19", "CAB 12/19", "LC.12", "111/2017",
"24/031", "18.11.1".

A number is parsed into the string kept in records (no prefix word, no trailing punctuation, council
references whole) and a sequence key: numbers of one scheme share a `family` and increase in `value`
from minute to minute, which is how headings are told from numbered paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PREFIX = r"(?i:minute|min|agenda\s+item|item)\.?\s*(?i:no\.?\s*)?"
_FORMS = (
    r"[A-Z]{2,6}\s?\d{1,4}/\d{2,4}"  # council reference: CAB 12/19, PRC23/19
    r"|[A-Z]{2,6}[.\s]?\d{1,4}(?![\d/.,:]\d)"  # committee-coded number: LC.12, PL 45, CAB7
    r"|\d{1,4}/\d{2,4}"  # 12/19, 111/2017
    r"|\d{1,3}(?:\.\d{1,3}){1,3}(?=[\s.:)–—-]|$)"  # 18.11.1, 12.1
    r"|\d{1,4}[a-z]?(?![\d/.,:]\d)"  # 44, 6a
)
NUMBERED = re.compile(
    rf"^(?:(?P<prefix>{_PREFIX})\s*)?(?P<num>{_FORMS})(?P<sep>\.?\)?(?:\s*[:–—-])?)(?:\s+(?P<rest>\S.*)|\s*$)"
)
ITEM_LINE = re.compile(r"^\(?\s*(?i:agenda\s+)?(?i:item)\s+(?P<num>\d{1,3}[a-z]?(?:\.\d{1,2})?)\s*\)?\s*$")
_NOT_TITLE = re.compile(r"^(am|pm|a\.m|p\.m|noon|hours?|mins?|minutes|per\s+cent|x)\b|^[%£$]")


@dataclass(frozen=True)
class Number:
    text: str  # as kept in records
    family: tuple  # numbers of one scheme (form, prefix word, punctuation after it) share a family
    value: int  # increases from minute to minute within a family
    prefixed: bool  # printed with a prefix word ("Minute 40")


def parse_number(token: str, prefixed: bool = False) -> Number:
    """The record form and sequence key of a printed minute number token."""
    text = re.sub(r"\s+", " ", token.strip().rstrip(".")).strip()
    if m := re.fullmatch(r"([A-Z]{2,6})\s?(\d+)/(\d+)", text):
        return Number(text, ("code", m[1], m[3]), int(m[2]) * 10, prefixed)
    if m := re.fullmatch(r"([A-Z]{2,6})([.\s]?)(\d+)", text):
        return Number(text, ("code", m[1], m[2]), int(m[3]) * 10, prefixed)
    if m := re.fullmatch(r"(\d+)/(\d+)", text):
        if len(m[2]) >= 3 and not re.fullmatch(r"(19|20)\d\d", m[2]):  # year/number: 24/031, 14/037
            return Number(text, ("year-slash", m[1]), int(m[2]) * 10, prefixed)
        return Number(text, ("slash", m[2]), int(m[1]) * 10, prefixed)  # number/year: 12/19, 111/2017
    if "." in text:
        head, _, last = text.rpartition(".")
        return Number(text, ("dot", head), int(last) * 10, prefixed)
    m = re.fullmatch(r"(\d+)([a-z]?)", text)
    value = int(m[1]) * 10 + (ord(m[2]) - 96 if m[2] else 0)
    return Number(text, ("int",), value, prefixed)


def split_numbered(text: str) -> tuple[Number, str] | None:
    """(number, rest of the line) for a line that starts with a minute number, else None."""
    m = NUMBERED.match(text.strip())
    if not m:
        return None
    rest = (m["rest"] or "").strip()
    if rest and _NOT_TITLE.match(rest):
        return None
    if not m["prefix"] and re.fullmatch(r"\d{4}|(19|20)\d\d/\d{2,4}", m["num"]):  # a year or "2023/24" starting a line
        return None
    number = parse_number(m["num"], bool(m["prefix"]))
    style = (m["prefix"] or "").strip().lower()[:3], re.sub(r"\s", "", m["sep"] or "")
    return Number(number.text, number.family + style, number.value, number.prefixed), rest


def follows(previous: Number, current: Number) -> bool:
    """True when `current` can be the next minute after `previous` (same scheme, a little further on)."""
    if previous.family != current.family:
        return False
    step = current.value - previous.value
    return 0 < step <= 150
