"""One person, however their name is printed: attendance and named votes of a meeting resolved to `people`.

A name is parsed (nameparser: titles, forenames, initials, suffixes) into a surname and given-name tokens, each a
full name or an initial. Two names are compatible when their surnames are equal and every given token they both
have agrees (an initial agrees with a name of that letter). People merge within a council only, and members
apart from officers. A name that fits exactly one person is theirs: among those the meeting already names
first, else among the council's. A name that fits two or more is kept apart, as the council's one unresolved
person of that printed name (which nobody is ever merged into), and listed in `person_review`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from nameparser import HumanName
from sqlite_utils import Database

from .schema import insert, update

OFFICER = "officer"
MEMBER = "member"
_NOT_LETTERS = re.compile(r"[^a-z]")
_BRACKETS = re.compile(r"\([^)]*\)")
_NOT_WORDS = re.compile(r"[^a-z]+")
_SEXES = {"mr": "m", "sir": "m", "lord": "m", "mrs": "f", "ms": "f", "miss": "f", "dame": "f", "lady": "f"}
_EXTRA_TITLES = {"cllr", "councillor", "county councillor", "alderman", "mayor", "deputy mayor"}


@dataclass(frozen=True)
class Name:
    """A parsed name: the surname's letters (the merge key), the given names or initials in order, and the sex
    its honorific says ('m' for Mr, 'f' for Mrs, Ms, Miss; None where it has none)."""

    surname: str
    given: tuple[str, ...]
    sex: str | None = None

    @property
    def fullness(self) -> tuple[int, int]:
        """How much the name says: full given names first, then given tokens of any kind."""
        return sum(len(token) > 1 for token in self.given), len(self.given)


@lru_cache(maxsize=4096)
def parse(printed: str) -> Name:
    """'Cllr Roger W. Gough' -> Name('gough', ('roger', 'w')); 'Mr Gough' and 'Gough' -> Name('gough', ())."""
    human = HumanName(_BRACKETS.sub(" ", printed))
    tokens = [t for t in (human.first, *human.middle.split()) if t and t.lower().strip(".") not in _EXTRA_TITLES]
    surname = human.last or (tokens.pop() if tokens else "")
    given = tuple(key for key in (_NOT_LETTERS.sub("", t.lower()) for t in tokens) if key)
    sexes = {_SEXES.get(word) for word in _NOT_WORDS.split(human.title.lower())} - {None}
    return Name(_NOT_LETTERS.sub("", surname.lower()), given, sexes.pop() if len(sexes) == 1 else None)


def merged(printed: list[str]) -> Name:
    """What the names of one person say together: the fullest name, with the sex any of them states."""
    names = [parse(p) for p in printed]
    best = max(names, key=lambda n: n.fullness)
    sexes = {n.sex for n in names} - {None}
    return Name(best.surname, best.given, sexes.pop() if len(sexes) == 1 else None)


def compatible(a: Name, b: Name) -> bool:
    """Same surname, no contrary honorifics, and each given token both names print agrees: equal names, or an
    initial and a name that starts with it ('R W Gough' ~ 'Roger Gough' ~ 'Roger W. Gough' ~ 'Mr Gough'; not
    'Roger Gough' ~ 'Richard Gough', nor 'Mr Cole' ~ 'Mrs Cole')."""
    if not a.surname or a.surname != b.surname or (a.sex and b.sex and a.sex != b.sex):
        return False
    return all(x == y or (min(len(x), len(y)) == 1 and x[0] == y[0]) for x, y in zip(a.given, b.given, strict=False))


_MEMBER_ROLE = re.compile(r"\b(?:councillor|cllr|member|cabinet|leader|chair\w*|mayor|portfolio)\b", re.I)


def person_kind(status: str | None, role: str | None) -> str:
    """Officers are those in attendance with a role that is not a member's ('Democratic Services Officer', not
    'Cabinet Member for Children's Services'); everyone else is a member."""
    if status == "in_attendance" and role and not _MEMBER_ROLE.search(role):
        return OFFICER
    return MEMBER


@dataclass
class Person:
    id: int
    name: str
    parsed: Name
    aliases: list[str]


class Directory:
    """The people of one council (one scope) and of one meeting, for resolving that meeting's names."""

    def __init__(self, db: Database, council: str | None, meeting: int) -> None:
        self.db, self.council, self.meeting = db, council, meeting
        self.in_meeting: dict[str, dict[int, Person]] = {MEMBER: {}, OFFICER: {}}

    def resolve(self, printed: str, kind: str) -> int:
        """The id of the person `printed` names: the one person it fits, else a new person; where two or more fit,
        the council's one unresolved person of that printed name (never a merge target), listed for review."""
        name = parse(printed)
        fits = [p for p in self.in_meeting[kind].values() if compatible(name, p.parsed)]
        if not fits:
            fits = [p for p in self._council_people(name.surname, kind) if compatible(name, p.parsed)]
        if len(fits) > 1 and name.given:  # a name with forenames: those who print forenames too fit better
            fits = [p for p in fits if p.parsed.given] or fits
        if len(fits) == 1:
            person = fits[0]
            self._seen(person, printed, name)
            self.in_meeting[kind][person.id] = person
            return person.id
        if not fits:
            person = self._create(printed, name, kind, unresolved=False)
            self.in_meeting[kind][person.id] = person
            return person.id
        person = self._unresolved(printed, kind) or self._create(printed, name, kind, unresolved=True)
        insert(self.db, "person_review", {"person": person.id, "meeting": self.meeting, "name": printed,
                                          "candidates": json.dumps(sorted(p.id for p in fits))})
        return person.id

    def _scope(self) -> tuple[str, object]:
        if self.council is not None:
            return "council is ?", self.council
        return "council is null and first_meeting = ?", self.meeting

    def _council_people(self, surname: str, kind: str) -> list[Person]:
        scope, value = self._scope()
        rows = self.db.execute(f"select id, name, aliases from people where {scope} and surname = ? and kind = ? "
                               "and not unresolved", [value, surname, kind])
        return [Person(id_, name, merged(json.loads(aliases)), json.loads(aliases)) for id_, name, aliases in rows]

    def _unresolved(self, printed: str, kind: str) -> Person | None:
        scope, value = self._scope()
        row = self.db.execute(f"select id, name, aliases from people where {scope} and name = ? and kind = ? "
                              "and unresolved", [value, printed, kind]).fetchone()
        return Person(row[0], row[1], merged(json.loads(row[2])), json.loads(row[2])) if row else None

    def _seen(self, person: Person, printed: str, name: Name) -> None:
        """Another printing of the person: a new alias, perhaps a fuller name or their honorific's sex."""
        if printed in person.aliases:
            return
        person.aliases.append(printed)
        person.parsed = merged(person.aliases)
        if name.fullness > parse(person.name).fullness:
            person.name = printed
        update(self.db, "people", person.id, {"name": person.name, "aliases": json.dumps(person.aliases)})

    def _create(self, printed: str, name: Name, kind: str, unresolved: bool) -> Person:
        row = {"council": self.council, "name": printed, "surname": name.surname, "kind": kind,
               "aliases": json.dumps([printed]), "first_meeting": self.meeting, "unresolved": int(unresolved)}
        return Person(insert(self.db, "people", row), printed, name, [printed])


def assign_people(db: Database, meeting: int, council: str | None) -> None:
    """Resolve the meeting's attendance rows to people, then its named votes to `vote_names` rows (a vote's
    'Mr Gough' is then the person the attendance list names 'R W Gough')."""
    directory = Directory(db, council, meeting)
    rows = db.execute("select id, name, status, role from attendance where meeting = ? order by id", [meeting])
    db.conn.executemany("update attendance set person = ? where id = ?",
                        [(directory.resolve(printed, person_kind(status, role)), id_)
                         for id_, printed, status, role in rows.fetchall()])
    for vote, names in db.execute("select id, names from votes where meeting = ? and names is not null",
                                  [meeting]).fetchall():
        for side, printed_names in json.loads(names).items():
            for printed in printed_names:
                insert(db, "vote_names", {"vote": vote, "person": directory.resolve(printed, MEMBER),
                                          "side": side, "name": printed})


def drop_orphans(db: Database) -> None:
    """People no attendance row or named vote mentions any more (their meetings were re-derived without them)."""
    unseen = ("select id from people where id not in (select person from attendance where person is not null "
              "union select person from vote_names)")
    db.execute(f"delete from person_review where person in ({unseen})")
    db.execute(f"delete from people where id in ({unseen})")


def refresh_people(db: Database) -> None:
    """After documents were replaced or removed: people no longer printed are dropped, and the others' aliases
    and fullest name are those still printed."""
    drop_orphans(db)
    printed: dict[int, list[str]] = {}
    for person, name in db.execute("select person, name from attendance where person is not null union "
                                   "select person, name from vote_names order by 1, 2"):
        printed.setdefault(person, []).append(name)
    for person, names in printed.items():
        update(db, "people", person, {"name": max(names, key=lambda n: parse(n).fullness),
                                     "aliases": json.dumps(names)})
