"""Everything one document is drawn from: the family's layout dimensions, a seeded generator, the cast, the
meeting, and the ledger its gold records go to."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from . import banks
from .doc import Ledger, esc
from .people import Cast, Person, fmt_date, fmt_time, meeting_date, place


@dataclass
class Meeting:
    council: str            # "Haxby Parish Council"
    body: str               # gold body: committee name, or the council for a full council meeting
    heading: str            # how the body is printed in the title ("Parish Council", "Planning Committee")
    date: dt.date
    time: str               # "19:30"
    venue: str
    chair: Person
    members: list[Person]   # including the chair
    roles: dict[str, str] = field(default_factory=dict)  # person.full -> role

    @property
    def iso(self) -> str:
        return self.date.isoformat()


class Ctx:
    def __init__(self, family: dict, seed: int):
        self.f = family
        self.rng = random.Random(seed)
        self.ledger = Ledger()
        self.cast = Cast(self.rng)
        self.town = place(self.rng)
        kind = family.get("council_kind") or self.rng.choice(["Parish Council", "Town Council"])
        self.council = f"{self.town} {kind}"
        self.date_style = self.pick("date_style", ["long", "ordinal", "dow"])
        self.time_style = self.pick("time_style", ["12h", "24h", "dotted_space"])
        self.name_form = self.pick("name_form", ["cllr_full", "cllr_initial", "full"])
        self.officers = [(self.cast.one(), role) for role in self.officer_roles()]
        self.next_date: dt.date | None = None  # set when a pack's earlier minutes should name the pack's meeting

    def pick(self, key: str, default: list):
        """A dimension value: the family's own list of options (or one value), else the default list."""
        options = self.f.get(key, default)
        if isinstance(options, (list, tuple)):
            return self.rng.choice(list(options))
        return options

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def officer_roles(self) -> list[str]:
        kind = self.council.split()[-2]
        clerk = {"Town": "Town Clerk", "Parish": "Parish Clerk"}.get(kind, "Democratic Services Officer")
        roles = [clerk]
        extra = [r for r in banks.OFFICER_ROLES if r not in roles and "Clerk" not in r or r == "Assistant Clerk"]
        roles += self.rng.sample(extra, self.rng.randint(0, 2))
        return roles

    def new_meeting(self, body: str | None = None, date: dt.date | None = None, n_members: int | None = None,
                    chair: Person | None = None, members: list[Person] | None = None) -> Meeting:
        if body is None:
            if self.f.get("committee"):
                local = "Parish" in self.council or "Town" in self.council
                body = self.rng.choice(banks.COMMITTEES[:6] if local else banks.COMMITTEES[4:])
                heading = body
            else:
                body, heading = self.council, self.council.split(" ", len(self.town.split()))[-1]
        else:
            heading = body
        if members is None:
            low, high = self.f.get("members", (6, 10))
            members = self.cast.many(n_members or self.rng.randint(low, high))
        chair = chair or members[0]
        mayor = "Town" in self.council and body == self.council
        roles = {chair.full: self.rng.choice(["Chair", "Town Mayor"] if mayor else ["Chair", "Chairman"])}
        if self.chance(0.5):
            roles[members[1].full] = "Vice-Chair"
        hour = self.rng.choice(["18:30", "19:00", "19:30", "14:00", "10:00", "18:00"])
        venue = f"{self.town} {self.rng.choice(banks.VENUES)}"
        return Meeting(council=self.council, body=body, heading=heading,
                       date=date or meeting_date(self.rng), time=hour, venue=venue,
                       chair=chair, members=members, roles=roles)

    def d(self, day: dt.date) -> str:
        return fmt_date(day, self.date_style)

    def t(self, hhmm: str) -> str:
        return fmt_time(hhmm, self.time_style)

    def values(self, m: Meeting) -> dict:
        """One draw of the placeholders a bank sentence may use, shared by an item's discussion and decision."""
        return dict(place=self.town, group=self.rng.choice(banks.GROUPS),
                    amount=f"{self.rng.randrange(120, 9800, 5):,}", street=self.rng.choice(banks.STREETS),
                    month=self.rng.choice(["March", "June", "September", "December"]),
                    year=f"{m.date.year - 1}/{str(m.date.year)[2:]}")

    def fill(self, text: str, m: Meeting, values: dict | None = None) -> str:
        """A bank sentence with its placeholders filled from this document's invented world."""
        return text.format(**(values or self.values(m)))

    def name_html(self, p: Person, form: str | None = None) -> tuple[str, str]:
        form = form or self.name_form
        return esc(p.printed(form)), p.name(form)
