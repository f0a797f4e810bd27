"""Source adapters: a platform the project has never seen is one adapter, run by the watch flow like the others,
its own view of meetings kept in the neutral source_* tables and crosschecked against the PDFs' records; archives
made when ModernGov was the only platform keep their data under the new names."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from conftest import EXAMPLES

from minutebook.archive import open_archive
from minutebook.archive.sources import ATTENDANCE_VIEW, ensure_source_tables, remember_source
from minutebook.pipeline import Job, hash_file
from minutebook.sources.base import Found, SourceAttendee, SourceMeeting

PACK = "https://shelf.example/cabinet/2025-03-12/pack.pdf"


@dataclass
class ShelfAdapter:
    """A made-up committee system: one Cabinet pack on a shelf, and the system's own record of the meeting whose
    minutes the pack prints (12 February 2025)."""

    shelf: Path
    kind: str = "shelf"
    location: str = "https://shelf.example/"

    def find(self, db, source_id: int, store: Path) -> Found:
        path = self.shelf / "pack.pdf"
        meeting = SourceMeeting(
            meeting_id=12, committee_id=7, committee="Cabinet", date=date(2025, 2, 12), documents=[PACK],
            detailed=True, attendees=[SourceAttendee("Cllr Ada Pennington", "present"),
                                      SourceAttendee("Councillor Rhys Okafor", "present")],
            minutes=[("21", "Minutes"), ("22", "Home to School Transport Policy")])
        return Found(jobs=[Job(path=path, source=PACK, file_name="pack.pdf", sha256=hash_file(path),
                               council="Example Borough Council")], meetings=[meeting], notes="1 meeting on the shelf")


def shelf_pass(shelf: Path, db_path: str):
    """One watch pass over the shelf, run as a Prefect flow. Prefect is imported here, not with the module: it
    takes over a second to import, and `make test-fast` runs this module's other test without it."""
    from prefect import flow

    return flow(name="shelf-pass")(_shelf_pass)(shelf, db_path)


def _shelf_pass(shelf: Path, db_path: str):
    from minutebook.flows.watch import SourceReport, source_pass
    from minutebook.pipeline import IngestReport

    db = open_archive(db_path)
    ensure_source_tables(db)
    adapter = ShelfAdapter(shelf)
    source_id = remember_source(db, adapter.kind, adapter.location, {})
    done = SourceReport(adapter.kind, adapter.location, IngestReport())
    source_pass(db, db_path, source_id, adapter, shelf, 1, False, done)
    return done


@pytest.mark.usefixtures("prefect_harness")
def test_a_new_platform_is_one_adapter(tmp_path):
    shelf = tmp_path / "shelf"
    shelf.mkdir()
    shutil.copy(EXAMPLES / "example_cabinet_2025-03-12.pdf", shelf / "pack.pdf")
    db_path = str(tmp_path / "archive.db")
    done = shelf_pass(shelf, db_path)
    assert done.summary() == ("shelf https://shelf.example/: 1 new, 0 changed, 0 unchanged, 0 failed documents; "
                              "1 meeting on the shelf")
    db = open_archive(db_path)
    assert db.execute("select source, file_name from documents").fetchall() == [(PACK, "pack.pdf")]
    assert db.execute("select meeting_id, committee, date from source_meetings").fetchall() == [
        (12, "Cabinet", "2025-02-12")]
    check = next(db.query("select * from crosscheck"))
    assert (check["documents"], check["web_attendees"], check["attendees_agree"]) == (1, 2, 2)
    assert (check["web_minutes"], check["minutes_agree"]) == (2, 2)
    assert db.execute("select source, count(*) from attendance_all group by 1 order by 1").fetchall()[-1] == (
        "shelf", 2)
    assert shelf_pass(shelf, db_path).documents.unchanged == [PACK]


def test_an_archive_of_the_moderngov_only_days_keeps_its_platform_data(tmp_path):
    db = open_archive(tmp_path / "archive.db")
    ensure_source_tables(db)
    source = remember_source(db, "moderngov", "https://democracy.example.gov.uk/", {})
    db.execute("drop view attendance_all")
    for table in ("meetings", "attendance", "minutes"):
        db.execute(f"alter table source_{table} rename to moderngov_{table}")
    db.execute("create view attendance_all as " + ATTENDANCE_VIEW.replace("source_attendance", "moderngov_attendance"))
    db["moderngov_attendance"].insert({"source": source, "meeting_id": 4967, "meeting_date": "2025-02-12",
                                       "name": "Councillor Emma Brown", "status": "present"})
    ensure_source_tables(db)
    assert not [t for t in db.table_names() if t.startswith("moderngov_")]
    assert db.execute("select name, status, source from attendance_all").fetchall() == [
        ("Councillor Emma Brown", "present", "moderngov")]


@pytest.mark.usefixtures("prefect_harness")
def test_a_watched_folder_fails_a_cron_pass_only_for_new_failures(tmp_path, capsys):
    from minutebook.cli import main

    folder = tmp_path / "packs"
    folder.mkdir()
    shutil.copy(EXAMPLES / "example_cabinet_2025-03-12.pdf", folder)
    (folder / "broken.pdf").write_text("<!DOCTYPE html><html><body>Not found</body></html>")
    watch = ["watch", "--folder", str(folder), "--db", str(tmp_path / "archive.db"), "--once", "--workers", "1"]
    assert main(watch) == 1
    assert "1 new, 0 changed, 0 unchanged, 1 failed documents" in capsys.readouterr().out
    assert main(watch) == 0
    out, err = capsys.readouterr()
    assert "0 new, 0 changed, 1 unchanged, 0 failed documents, 1 still failing unchanged" in out
    assert "still unreadable, unchanged since " in err and "broken.pdf" in err
