"""Councils for documents that print none, from what they share with the archive's other documents.

A front sheet under a logo, a decision form or a panel's minutes often never print their council's name, but they
print what belongs to one: a meeting another document of that council also prints (see meetings.py), the web or
e-mail domain of the council's other documents, their venue, its councillors, or its place named again and
again ('Kent' in a Kent risk register). A document without a council takes the one
council its evidence points to; where the evidence points two ways, or nowhere, it stays null. It is done for
a whole batch once it is archived (`attribute_all`), so evidence that arrives after a document in the same batch
counts as well.
"""

from __future__ import annotations

import json
import re
from collections import Counter

from sqlite_utils import Database

from .councils import council_ref
from .meetings import link_document, rederive, unlink_document
from .people import MEMBER, compatible, drop_orphans, parse
from .rows import DocumentRows
from .schema import write_transaction
from .series import relink

DOMAIN = re.compile(r"(?<![\w.-])(?:www\.|[\w.-]+@)?((?:[a-z0-9-]+\.)+(?:gov|org|co|ac|nhs|police)\.uk)\b", re.I)
MIN_PLACE_MENTIONS = 2
"""Times a document must name an archived council's place (and no other's) to be that council's."""
_KIND_WORDS = {"council", "county", "city", "borough", "district", "parish", "town", "community", "metropolitan",
               "royal", "london", "combined", "authority", "mayoral", "the", "of", "and"}
MIN_SHARED_PEOPLE = 3
"""Councillors a document must share with one council (and twice as many as with any other) to be its."""


_BROKEN = re.compile(r"(@[\w-]+(?:\.[\w-]+)*)\s*\n\s*(\.[a-z])", re.I)
"""An e-mail address broken before a dot at the end of a line ('georgina.little@kent' / '.gov.uk')."""


def domains(pages: list[str]) -> list[str]:
    """The UK web and e-mail domains a document prints ('democracy.kent.gov.uk' and 'x@kent.gov.uk' are both
    'kent.gov.uk': the last three labels)."""
    found = {".".join(match.lower().split(".")[-3:]) for text in pages if ".uk" in text
             for match in DOMAIN.findall(_BROKEN.sub(r"\1\2", text) if "@" in text else text)}
    return sorted(found)


def attribute(db: Database, doc_id: int) -> str | None:
    """Give the document the council its evidence points to, if it has none; that council's name, or None."""
    row = db.execute("select council, domains from documents where id = ?", [doc_id]).fetchone()
    if row is None or row[0] is not None:
        return None
    printed = json.loads(row[1] or "[]")
    votes = _votes(db, doc_id, printed)
    if not votes and _alone(db, doc_id):  # its meeting may have arrived after it, in another's document
        _relink(db, doc_id, None)
        votes = _votes(db, doc_id, printed)
    if len(votes) != 1:
        return None
    council_id, name = council_ref(db, votes.pop())
    db.execute("update documents set council = ?, council_id = ? where id = ?", [name, council_id, doc_id])
    _relink(db, doc_id, name)
    relink(db, doc_id)  # its indicator series and risk register are now its council's
    return name


def _votes(db: Database, doc_id: int, printed: list[str]) -> set[str]:
    """The councils the evidence points to; a place named in the text only counts where nothing else does (a
    Bristol notice may name the West of England authority as often as it likes)."""
    strong = {c for c in (_by_meetings(db, doc_id), _by_domains(db, doc_id, printed), _by_venues(db, doc_id),
                          _by_people(db, doc_id)) if c}
    return strong or {c for c in (_by_place(db, doc_id),) if c}


def _alone(db: Database, doc_id: int) -> bool:
    """Whether some meeting of the document is printed by no other document."""
    return db.execute("select 1 from document_meetings l where l.document = ? and not exists (select 1 from "
                      "document_meetings o where o.meeting = l.meeting and o.document != l.document)",
                      [doc_id]).fetchone() is not None


def attribute_all(db: Database) -> int:
    """Attribute every document still without a council, in one transaction (after a batch, when evidence may
    have arrived after the document did); how many were given one."""
    with write_transaction(db):
        unknown = [id_ for (id_,) in db.execute("select id from documents where council is null").fetchall()]
        given = sum(attribute(db, id_) is not None for id_ in unknown)
        if given:
            drop_orphans(db)
    return given


def unattributed(db: Database, sources: list[str]) -> list[str]:
    """Those of `sources` archived without a council still."""
    return [s for s in sources if db.execute("select 1 from documents where source = ? and council is null",
                                             [s]).fetchone()]


def _by_meetings(db: Database, doc_id: int) -> str | None:
    """The one council that has a meeting of the body and day of this document's meetings."""
    councils = {c for (c,) in db.execute(
        "select distinct other.council from document_meetings l join meetings m on m.id = l.meeting "
        "join meetings other on other.body_key = m.body_key and other.date = m.date "
        "where l.document = ? and other.council is not null", [doc_id])}
    return councils.pop() if len(councils) == 1 else None


def _by_domains(db: Database, doc_id: int, printed: list[str]) -> str | None:
    """The one council whose documents print the domains this one prints, of those only one council prints."""
    councils = set()
    for domain in printed:
        theirs = {c for (c,) in db.execute(
            "select distinct d.council from documents d, json_each(d.domains) j where j.value = ? and "
            "d.council is not null and d.id != ?", [domain, doc_id])}
        if len(theirs) == 1:
            councils |= theirs
    return councils.pop() if len(councils) == 1 else None


def _by_venues(db: Database, doc_id: int) -> str | None:
    """The one council whose meetings are held where this document's meetings are (as printed, give or take
    case, commas and spacing)."""
    mine = {_venue(v) for (v,) in db.execute("select distinct m.venue from document_meetings l join meetings m "
                                             "on m.id = l.meeting where l.document = ? and m.venue is not null",
                                             [doc_id])}
    if not mine:
        return None
    held: dict[str, set[str]] = {}
    for council, venue in db.execute("select distinct council, venue from meetings where council is not null "
                                     "and venue is not null"):
        held.setdefault(_venue(venue), set()).add(council)
    councils = set().union(*(held[v] for v in mine if len(held.get(v, ())) == 1))
    return councils.pop() if len(councils) == 1 else None


def _venue(printed: str) -> str:
    return " ".join(printed.lower().replace(",", " ").split())


def _by_people(db: Database, doc_id: int) -> str | None:
    """The council with at least MIN_SHARED_PEOPLE of the document's attendees among its members, twice as many
    as any other council has."""
    names = [parse(n) for (n,) in db.execute(
        "select distinct a.name from attendance a join document_meetings l on l.meeting = a.meeting "
        "where l.document = ? and a.status != 'in_attendance'", [doc_id])]
    shared: Counter[str] = Counter()
    for name in names:
        if not name.given:
            continue
        people = db.execute("select distinct council, name from people where surname = ? and kind = ? and "
                            "council is not null", [name.surname, MEMBER]).fetchall()
        for council in {c for c, other in people if compatible(name, parse(other))}:
            shared[council] += 1
    ranked = shared.most_common(2)
    if not ranked or ranked[0][1] < MIN_SHARED_PEOPLE:
        return None
    if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return None
    return ranked[0][0]


def place(council: str) -> str | None:
    """The place a council's name names: its words without the kind of council around them ('Kent' of 'Kent
    County Council', 'West of England' of 'West of England Mayoral Combined Authority', 'Camden' of 'London
    Borough of Camden')."""
    words = council.split()
    while words and words[0].lower() in _KIND_WORDS:
        words.pop(0)
    while words and words[-1].lower() in _KIND_WORDS:
        words.pop()
    return " ".join(words) or None


def _by_place(db: Database, doc_id: int) -> str | None:
    """The one archived council whose place the document's text names at least MIN_PLACE_MENTIONS times (a risk
    register that says 'Kent' throughout, where no other archived council's place is named)."""
    text = "\n".join(t for (t,) in db.execute("select text from pages where document = ?", [doc_id]) if t)
    named = set()
    for (council,) in db.execute("select distinct council from documents where council is not null"):
        where = place(council)
        if where and len(re.findall(rf"(?<![\w-]){re.escape(where)}(?![\w-])", text)) >= MIN_PLACE_MENTIONS:
            named.add(council)
    return named.pop() if len(named) == 1 else None


def _relink(db: Database, doc_id: int, council: str | None) -> None:
    """Join the document's meetings again under its council (they may now be one with that council's meetings)."""
    kind, records = db.execute("select d.kind, r.records from documents d join document_records r on "
                               "r.document = d.id where d.id = ?", [doc_id]).fetchone()
    rows = DocumentRows({"council": council, "kind": kind}, [], False, json.loads(records))
    touched = unlink_document(db, doc_id)
    rederive(db, touched)  # first: a meeting only it printed goes, and cannot be found again
    rederive(db, link_document(db, doc_id, council, kind, rows) | touched)
