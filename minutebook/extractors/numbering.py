"""Minute numbers as councils print them: "44", "44.", "Minute 44", "Min. 12/19", "CAB 12/19", "F&GP 31/24", "LC.12",
"PL/24/55", "111/2017", "24/031", "2025/26-045", "18.11.1", "10.25.02", "XIV."; after the title ("Apologies (minute
87)"), or apart at its right.

A number is parsed into the string kept in records (no prefix word, no trailing punctuation, council
references whole) and a sequence key: numbers of one scheme share a `family` (letters, separators, how many
groups of digits), and from one minute to the next exactly one group of digits rises a little. Which group
rises is the council's choice ("CAB 51/24" -> "CAB 52/24", "JWA 24/19" -> "JWA 24/20"), so it is not fixed
here; this is how headings are told from numbered paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PREFIX = r"(?i:minute|min|agenda\s+item|item)\.?\s*(?i:no\.?\s*)?"
_FORMS = (
    r"[A-Z](?:&?[A-Z]){0,5}(?:[./\s-]?\d{1,4}){1,4}(?:[a-z](?=[\s.:)–—-]|$))?(?![\d/.,:]\d)"  # council reference:
    # CAB 12/19, PL/24/55, LC.12, PL 45, F&GP 31/24, PH/035a
    r"|(?:19|20)\d{2}/\d{2}-\d{1,4}(?![\d/])"  # a financial year's own numbers: 2025/26-045
    r"|\d{1,4}(?:/\d{2,4}){1,2}(?:\.\d{1,2}(?=[\s.:)–—-]|$))?(?![\d/])"  # 12/19, 111/2017, 24/031, 25/31.1
    r"|\d{1,3}(?:\.\d{1,3}){1,3}(?=[\s.:)–—-]|$)"  # 18.11.1, 12.1
    r"|\d{1,4}[a-z]?(?![\d/.,:]\d)"  # 44, 6a
    r"|(?=[IVX])(?:XL|X{0,3})(?:IX|IV|V?I{0,3})(?=[.)]\s)"  # I., II., XIV. (capitals, closed by a full stop)
)
NUMBERED = re.compile(
    rf"^(?:(?P<prefix>{_PREFIX})\s*)?(?P<num>{_FORMS})(?P<sep>\.?\)?(?:\s*[:–—-])?)(?:\s+(?P<rest>\S.*)|\s*$)"
)
# the number printed after the title: "Apologies (minute 87)", "Christmas lights – Minute 90"
TRAILING = re.compile(
    rf"^(?P<title>\S.*?)\s*(?:\(\s*(?i:minute|min\.?)\s*(?i:no\.?\s*)?(?P<a>{_FORMS})\s*\)"
    rf"|[–—-]\s*(?i:minute|min\.?)\s*(?i:no\.?\s*)?(?P<b>{_FORMS}))\s*$"
)
ITEM_LINE = re.compile(r"^\(?\s*(?i:agenda\s+)?(?i:item)\s+(?P<num>\d{1,3}[a-z]?(?:\.\d{1,2})?)\s*\)?\s*$")
_NOT_TITLE = re.compile(r"^(am|pm|a\.m|p\.m|noon|hours?|mins?|minutes|per\s+cent|x)\b|^[%£$]")
_GROUPS = re.compile(r"\d+|[./\s-]+")
_PERIOD = re.compile(r"(Q[1-4]\s*)?((19|20)\d\d|(19|20)\d\d/\d{2,4})")  # a year, not minute 1043
_FULL_DATE = re.compile(r"\d{1,2}([./])\d{1,2}\1(19|20)\d\d")
_MAX_STEP = 15  # numbers further apart than this are not the next minute


def _is_period(num: str) -> bool:
    """A year or a financial year ("2023/24", "2023/2024": the second year the next), not a council's reference
    numbered within its year ("2025/118")."""
    if not (m := _PERIOD.fullmatch(num)):
        return False
    year, _, after = m[2].partition("/")
    return not after or int(after) == (int(year) + 1) % (100 if len(after) == 2 else 10_000)


@dataclass(frozen=True)
class Number:
    text: str  # as kept in records
    family: tuple  # numbers of one scheme (form, prefix word, punctuation after it) share a family
    value: int  # the last group of digits (x10, plus a letter suffix): the order of plain numbers
    prefixed: bool  # printed with a prefix word ("Minute 40")
    groups: tuple[int, ...] = ()  # every group of digits; one of them rises from minute to minute


ROMAN = tuple(tens + units for tens in ("", "x", "xx", "xxx", "xl")
              for units in ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"))[1:]
"""Roman numerals from i to xlix, each at its value less one."""


def parse_number(token: str, prefixed: bool = False) -> Number:
    """The record form and sequence key of a printed minute number token."""
    text = re.sub(r"\s+", " ", token.strip().rstrip(".")).strip()
    if text.isupper() and text.lower() in ROMAN:  # "XIV": numbered in Roman numerals, kept as printed
        value = ROMAN.index(text.lower()) + 1
        return Number(text, ("roman", "", (), 1), value * 10, prefixed, (value,))
    letters = re.match(r"[A-Z&]*", text).group()
    rest = text[len(letters):]
    suffix = rest[-1] if rest[-1:].isalpha() else ""
    rest = rest[:len(rest) - len(suffix)]
    pieces = _GROUPS.findall(rest)
    groups = tuple(int(p) for p in pieces if p.isdigit())
    seps = tuple(p.strip() or " " for p in pieces if not p.isdigit())
    kind = "code" if letters else ("int" if len(groups) == 1 else "ref")
    value = groups[-1] * 10 + (ord(suffix) - 96 if suffix else 0)
    return Number(text, (kind, letters, seps, len(groups)), value, prefixed, groups)


def split_numbered(text: str) -> tuple[Number, str] | None:
    """(number, rest of the line) for a line that starts with a minute number, else None."""
    m = NUMBERED.match(text.strip())
    if not m:
        return None
    rest = (m["rest"] or "").strip()
    if rest and _NOT_TITLE.match(rest):
        return None
    num = m["num"]
    if not m["prefix"] and (_is_period(num) or _FULL_DATE.fullmatch(num)):
        return None  # a year, "2023/24", a quarter of one ("Q1 2024/25") or a date starting a line
    number = parse_number(num, bool(m["prefix"]))
    style = (m["prefix"] or "").strip().lower()[:3], re.sub(r"\s", "", m["sep"] or "")
    return Number(number.text, number.family + style, number.value, number.prefixed, number.groups), rest


def split_trailing(text: str) -> tuple[Number, str] | None:
    """(number, title) for a heading whose minute number follows its title, else None."""
    m = TRAILING.match(text.strip())
    if not m:
        return None
    number = parse_number(m["a"] or m["b"], prefixed=True)
    return Number(number.text, number.family + ("after",), number.value, True, number.groups), m["title"]


def split_right(cells: list[tuple[float, str]]) -> tuple[Number, str] | None:
    """(number, title) for a heading whose council reference stands apart at its right ("Planning applications
    16/25", or named a minute: "Min 34"); a plain number there is more often a page number, so it is none."""
    if len(cells) != 2:
        return None
    if named := _MINUTE_REF.fullmatch(cells[1][1].strip()):  # "Budget Monitoring        Min 34": named a minute's
        number = parse_number(named["n"], prefixed=True)
        return Number(number.text, number.family + ("right",), number.value, True, number.groups), cells[0][1]
    if not (m := _REFERENCE.fullmatch(cells[1][1].strip())):
        return None
    number = parse_number(m[0])
    if len(number.groups) < 2 and number.family[0] != "code":
        return None
    return Number(number.text, number.family + ("right",), number.value, False, number.groups), cells[0][1]


_REFERENCE = re.compile(_FORMS)
_MINUTE_REF = re.compile(rf"(?i:minute|min\.?)\s*(?i:no\.?\s*)?(?P<n>{_FORMS})")


def without_tags(title: str) -> str:
    """An item's or minute's title without the flags printed after it ("… Strategy (Key Decision)", "… 2026/27
    Key Decision" in a column of its own, "… For decision", "… For information   To follow"): what kind of item it
    is, not the title's words."""
    return _KEY_DECISION.sub("", title).strip()


# (a flag in sentence case: "Requests for Information" and "PAYMENTS FOR APPROVAL" are titles)
_TAG = (r"[(\[]?\s*\b(?:key\s+decision|(?-i:For\s+(?:decision|information|noting|approval|comment|discussion"
        r"|recommendation))|(?-i:To\s+[Ff]ollow))\s*[)\]]?")
# "… (Key Decision)", "… For decision", "… For decision   Verbal", "… For decision   To follow": after the title
_KEY_DECISION = re.compile(rf"\s*[-–—]?\s*{_TAG}(?:\s+(?:{_TAG}|verbal(?:\s+(?:report|update))?))*\s*$", re.I)


def follows(previous: Number, current: Number) -> bool:
    """True when `current` can be the next minute after `previous`: same scheme, and one group of digits a
    little further on while the others stay (a letter suffix counts as a step of a plain number)."""
    if previous.family != current.family:
        return False
    if len(current.groups) <= 1:
        return 0 < current.value - previous.value <= _MAX_STEP * 10
    changed = [(a, b) for a, b in zip(previous.groups, current.groups, strict=True) if a != b]
    return len(changed) == 1 and 0 < changed[0][1] - changed[0][0] <= _MAX_STEP


def rise(previous: Number, current: Number) -> int:
    """How many minutes `current` is past `previous` where it `follows` it (a gap of one: a minute misnumbered)."""
    if len(current.groups) <= 1:
        return (current.value - previous.value) // 10
    return next((b - a for a, b in zip(previous.groups, current.groups, strict=True) if a != b), 0)
