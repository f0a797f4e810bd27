"""The decisions' full-text index (`decisions_fts`): what a decision is about, not only its wording.

A decision's row in the index holds its title (its minute's title, and the title of the agenda item of its meeting
numbered as its minute, where one is), its wording and its meeting's body, so "parking levy" finds the decisions
under a minute titled "Workplace Parking Levy" whose wording never says it. Triggers keep the index in step with
every write (loading, replacing and removing documents, re-deriving meetings), so there is one place that knows
what is indexed. Its rank is bm25 with the title weighted above the wording (FTS5's persistent `rank`), so every
`order by rank` over it ranks alike.
"""

from __future__ import annotations

from sqlite_utils import Database

TABLE = "decisions_fts"
COLUMNS = ("title", "text", "body")
WEIGHTS = (5.0, 1.0, 1.0)
"""bm25 weight of each of COLUMNS: a word of the title counts five times a word of the wording."""

_TITLE = """trim(coalesce(mi.title, '') || coalesce(' ' || (select a.title from agenda_items a
    where a.meeting = r.meeting and lower(trim(a.number)) = lower(trim(r.minute_number))
      and a.title is not mi.title limit 1), ''))"""
_ROWS = f"""insert into {TABLE} (rowid, title, text, body)
  select r.id, {_TITLE}, r.text, (select m.body from meetings m where m.id = r.meeting)
  from resolutions r left join minutes mi on mi.id = r.minute where {{where}};"""
_DROP = f"delete from {TABLE} where rowid in (select r.id from resolutions r where {{where}});"

TRIGGERS = {
    "after insert on resolutions": _ROWS.format(where="r.id = new.id"),
    "after delete on resolutions": f"delete from {TABLE} where rowid = old.id;",
    "after update of text, minute, minute_number, meeting on resolutions":
        f"delete from {TABLE} where rowid = old.id;" + _ROWS.format(where="r.id = new.id"),
    "after update of title on minutes": _DROP.format(where="r.minute = new.id") + _ROWS.format(
        where="r.minute = new.id"),
    "after update of body on meetings": _DROP.format(where="r.meeting = new.id") + _ROWS.format(
        where="r.meeting = new.id"),
    "after insert on agenda_items": _DROP.format(where="r.meeting = new.meeting") + _ROWS.format(
        where="r.meeting = new.meeting"),
    "after delete on agenda_items": _DROP.format(where="r.meeting = old.meeting") + _ROWS.format(
        where="r.meeting = old.meeting"),
}
"""What changes a decision's row: the decision itself, its minute's title, its meeting's body, its meeting's agenda."""

RANKED = "decisions_ranked"
RANKED_SQL = f"select x.*, f.rank as relevance, f.{TABLE} as search from decisions x join {TABLE} f on f.rowid = x.id"
"""The decisions view with each decision's relevance to a search: `where search match ? order by relevance`
ranks them (FTS5 sees the match through the view). `search` itself holds nothing of use (a cursor number)."""


def create(db: Database) -> None:
    """Make the index, its triggers and the ranked view (after `decisions`), and index the decisions already
    archived (inside the schema's transaction)."""
    db.execute(f"create virtual table if not exists {TABLE} using fts5({', '.join(COLUMNS)}, tokenize='porter')")
    db.execute(f"insert into {TABLE} ({TABLE}, rank) values ('rank', 'bm25({', '.join(map(str, WEIGHTS))})')")
    for number, (when, body) in enumerate(TRIGGERS.items()):
        db.execute(f"create trigger if not exists {TABLE}_{number} {when} begin {body} end")
    db.execute(f"delete from {TABLE}")
    db.execute(_ROWS.format(where="1"))
    db.create_view(RANKED, RANKED_SQL, ignore=True)
