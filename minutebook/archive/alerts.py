"""Saved searches that say when a new decision on a topic has been archived.

An alert is a phrase (FTS5 syntax, as `minutebook search` reads it) and optionally a council. Running the alerts
gives, per alert, the matching decisions it has not given before: on the first run every current match, later
only the decisions archived since. A decision is known by its document's bytes, page and wording
(`alert_seen.key`), not by its row id, so re-deriving a meeting (ids renumbered) repeats nothing, while a
decision read from a new version of a document is new. Matches are marked as given only once they have been
delivered (`mark_given`), so a failed e-mail loses none.
"""

from __future__ import annotations

import hashlib
import smtplib
import sqlite3
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any

from sqlite_utils import Database

from ..schemas.councils import council_key
from .rows import clean
from .schema import write_transaction
from .search import MARK_END, MARK_START, QueryError, fts_query, syntax_error
from .show import printable
from .topics import TABLE


@dataclass(frozen=True)
class Alert:
    id: int
    phrase: str
    council: str | None
    created_at: str
    last_run_at: str | None
    seen: int = 0


@dataclass
class Result:
    """One alert's decisions not given before, newest meeting first."""

    alert: Alert
    matches: list[dict[str, Any]] = field(default_factory=list)

    def to_json_dict(self) -> dict[str, Any]:
        return {"alert": self.alert.id, "phrase": self.alert.phrase, "council": self.alert.council,
                "matches": [{k: v for k, v in m.items() if k != "key"} for m in self.matches]}


def add(db: Database, phrase: str, council: str | None, now: str) -> Alert:
    """Save an alert (control characters dropped from the phrase); QueryError where the phrase is not a search.
    A council is matched as the archive spells it (any case, '&' or 'and')."""
    phrase = " ".join(clean(phrase).split())
    if not fts_query(phrase):
        raise QueryError("an alert needs words to look for")
    _check(db, phrase)
    if council:
        known = db.execute("select name from councils where key = ?", [council_key(council)]).fetchone()
        council = known[0] if known else " ".join(council.split())
    with write_transaction(db):
        alert_id = db["alerts"].insert({"phrase": phrase, "council": council or None, "created_at": now}).last_pk
    return alerts(db, alert_id)[0]


def alerts(db: Database, alert_id: int | None = None) -> list[Alert]:
    rows = db.execute("select a.id, a.phrase, a.council, a.created_at, a.last_run_at, "
                      "(select count(*) from alert_seen s where s.alert = a.id) from alerts a "
                      "where ? is null or a.id = ? order by a.id", [alert_id, alert_id]).fetchall()
    return [Alert(*row) for row in rows]


def remove(db: Database, alert_id: int) -> bool:
    with write_transaction(db):
        db["alert_seen"].delete_where("alert = ?", [alert_id])
        return db.execute("delete from alerts where id = ?", [alert_id]).rowcount > 0


def run(db: Database) -> list[Result]:
    """Each alert's matches not given before (nothing is marked: see `mark_given`)."""
    results = []
    for alert in alerts(db):
        given = {row[0] for row in db.execute("select key from alert_seen where alert = ?", [alert.id])}
        results.append(Result(alert, [m for m in _matches(db, alert.phrase, alert.council) if m["key"] not in given]))
    return results


def mark_given(db: Database, results: list[Result], now: str) -> None:
    with write_transaction(db):
        for result in results:
            db.conn.executemany("insert or ignore into alert_seen (alert, key) values (?, ?)",
                                [(result.alert.id, m["key"]) for m in result.matches])
            db["alerts"].update(result.alert.id, {"last_run_at": now})


_MATCHES = f"""select x.date, x.body, x.council, x.minute_title, x.outcome, x.text, d.file_name, d.source, x.page,
  x.meeting, d.sha256, snippet({TABLE}, -1, :start, :end, '…', 24) as snippet
from {TABLE} join decisions x on x.id = {TABLE}.rowid join documents d on d.id = x.document
where {TABLE} match :query and (:council is null or x.council = :council)
order by x.date desc, d.ingested_at desc, x.id"""


def decision_key(sha256: str, page: int | None, text: str) -> str:
    """What identifies a decision across re-derivations: its document's bytes, its page and its wording."""
    return hashlib.sha256(f"{sha256}\n{page}\n{text}".encode()).hexdigest()


def _check(db: Database, phrase: str) -> None:
    """QueryError unless SQLite can parse the phrase."""
    try:
        db.execute(f"select rowid from {TABLE} where {TABLE} match ? limit 1", [fts_query(phrase)]).fetchall()
    except sqlite3.OperationalError as exc:
        if error := syntax_error(exc):
            raise error from None
        raise


def _matches(db: Database, phrase: str, council: str | None) -> list[dict[str, Any]]:
    _check(db, phrase)
    rows = list(db.query(_MATCHES, {"query": fts_query(phrase), "council": council, "start": MARK_START,
                                    "end": MARK_END}))
    for row in rows:
        row["key"] = decision_key(row.pop("sha256"), row["page"], row["text"])
        row["link"] = f"{row['file_name']}#page={row['page']}" if row["page"] else row["file_name"]
        row["snippet"] = row["snippet"].replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
    return rows


def email(results: list[Result], sender: str, to: str) -> EmailMessage | None:
    """One message with every alert's new matches, or None where there are none."""
    found = [r for r in results if r.matches]
    if not found:
        return None
    message = EmailMessage()
    count = sum(len(r.matches) for r in found)
    message["Subject"] = f"minutebook: {count} new decision{'s' * (count != 1)} on " + ", ".join(
        f'"{printable(r.alert.phrase)}"' for r in found)
    message["From"], message["To"] = sender, to
    message.set_content("\n".join(text_lines(found)) + "\n")
    return message


def send(message: EmailMessage, server: str, timeout: float = 30) -> None:
    """Send through the SMTP server at HOST:PORT (plain SMTP, as a local relay takes it)."""
    host, _, port = server.rpartition(":")
    with smtplib.SMTP(host or "localhost", int(port), timeout=timeout) as smtp:
        smtp.send_message(message)


def text_lines(results: list[Result]) -> list[str]:
    """The results as plain lines, every control character escaped (see show.printable)."""
    lines = []
    for result in results:
        alert = result.alert
        where = f" ({printable(alert.council)})" if alert.council else ""
        lines.append(f'alert {alert.id} "{printable(alert.phrase)}"{where}: {len(result.matches)} new')
        for match in result.matches:
            title = match["minute_title"] or match["text"][:80]
            meeting = " ".join(printable(p) for p in (match["body"], match["date"], match["council"]) if p)
            lines.append(f"  - {printable(title)} · {meeting}")
            lines.append(f"    {printable(match['text'])}")
            lines.append(f"    {printable(match['link'])}")
    return lines
