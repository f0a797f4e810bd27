"""Invented councils, people and dates, drawn from the word banks with one random generator per document."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from . import banks


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    hon: str  # Mr, Mrs, Ms, Dr ...

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def initials(self) -> str:
        return "".join(part[0] for part in (self.first, *self.last.split("-"))).upper()

    def name(self, form: str) -> str:
        """The name as the gold records it for a printed form (honorifics never part of it)."""
        if form in ("initial", "cllr_initial", "hon_initial"):
            return f"{self.first[0]} {self.last}"
        if form in ("dotted", "cllr_dotted"):
            return f"{self.first[0]}. {self.last}"
        return self.full

    def printed(self, form: str) -> str:
        """The name as printed for a form: full, initial, dotted, cllr_full, cllr_initial, hon_initial, hon_full."""
        bare = self.name(form)
        if form.startswith("cllr_"):
            return f"Cllr {bare}"
        if form.startswith("hon_"):
            return f"{self.hon} {bare}"
        return bare


class Cast:
    """Distinct people for one document."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[tuple[str, str]] = set()

    def one(self) -> Person:
        while True:
            first, last = self.rng.choice(banks.FIRST), self.rng.choice(banks.LAST)
            if (first, last) not in self.used and all(last != u[1] for u in self.used):
                self.used.add((first, last))
                hon = self.rng.choice(["Mrs", "Ms", "Miss"]) if first in FEMININE else self.rng.choice(["Mr", "Dr"])
                return Person(first, last, hon)

    def many(self, n: int) -> list[Person]:
        return [self.one() for _ in range(n)]


FEMININE = {"Alma", "Cerys", "Elspeth", "Gwenda", "Ines", "Kezia", "Mabli", "Nerys", "Perpetua", "Rhoswen", "Tamsin",
            "Verity", "Xanthe", "Yusra", "Anouk", "Clemmie", "Esme", "Greer", "Ottilie", "Lowri", "Niamh", "Orla",
            "Rosalind", "Tegan", "Una", "Winnie", "Bettina", "Delyth", "Flick"}


def place(rng: random.Random) -> str:
    return rng.choice(banks.PLACE_PREFIX) + rng.choice(banks.PLACE_HEAD) + rng.choice(banks.PLACE_TAIL)


def meeting_date(rng: random.Random) -> dt.date:
    day = dt.date(2023, 1, 2) + dt.timedelta(days=rng.randrange(0, 365 * 3))
    return day + dt.timedelta(days=(7 - day.weekday()) % 7 if day.weekday() >= 5 else 0)  # councils meet on weekdays


SUFFIX = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def fmt_date(day: dt.date, style: str) -> str:
    month = day.strftime("%B")
    if style == "ordinal":
        return f"{day.strftime('%A')} {day.day}{SUFFIX.get(day.day, 'th')} {month} {day.year}"
    if style == "dow":
        return f"{day.strftime('%A')}, {day.day} {month} {day.year}"
    if style == "slash":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    if style == "dotted":
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{day.day} {month} {day.year}"


def fmt_time(hhmm: str, style: str) -> str:
    hour, minute = (int(x) for x in hhmm.split(":"))
    h12 = hour - 12 if hour > 12 else hour
    half = "pm" if hour >= 12 else "am"
    if style == "24h":
        return hhmm
    if style == "dotted_space":
        return f"{h12}.{minute:02d} {half[0]}.m."
    return f"{h12}.{minute:02d}{half}"
