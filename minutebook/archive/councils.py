"""The `councils` table: one row per council (id, name, kind), found by `council_key`, so the spellings of one
council ('KENT COUNTY COUNCIL' read from a letterhead, 'Kent County Council' given on the command line) are one
council. A document's row keeps the council's name in `council` (the archived spelling: the first one seen) and
links to it by `council_id`, which Datasette shows as a link and facets by."""

from __future__ import annotations

from sqlite_utils import Database

from ..schemas.councils import council_key, council_kind


def migrate(db: Database) -> None:
    """Make the table and `documents.council_id`, and link the documents already archived (a new archive has
    none). Runs inside the schema's write transaction."""
    db["councils"].create({"id": int, "name": str, "key": str, "kind": str}, pk="id", not_null={"name", "key"},
                          if_not_exists=True)
    db["councils"].create_index(["key"], unique=True, if_not_exists=True)
    if "council_id" not in db["documents"].columns_dict:
        db.execute("alter table documents add column council_id integer references councils(id)")
    db["documents"].create_index(["council_id"], if_not_exists=True)
    named = db.execute("select distinct council from documents where council is not null").fetchall()
    for (name,) in named:
        council, archived = council_ref(db, name)
        db.execute("update documents set council_id = ?, council = ? where council = ?", [council, archived, name])


def council_ref(db: Database, name: str | None) -> tuple[int | None, str | None]:
    """The id and archived name of the council `name` spells, its row made where new; (None, None) for none."""
    if not name or not name.strip():
        return None, None
    key = council_key(name)
    row = db.execute("select id, name from councils where key = ?", [key]).fetchone()
    if row:
        return row[0], row[1]
    name = " ".join(name.split())
    new = db.execute("insert into councils (name, key, kind) values (?, ?, ?)", [name, key, council_kind(name)])
    return new.lastrowid, name
