"""Crash safety: ingests killed with SIGKILL at random points leave a sound archive with no partial document, a
rerun gives exactly the rows of a clean run; two writers at once serialise; Datasette reading during writes never
sees half a document."""

from __future__ import annotations

import asyncio
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from helpers import dump, without_times

from minutebook.archive import open_archive
from minutebook.schemas import Document, Extraction, Meeting, Minute, Resolution

# Loads documents from a JSON file with the archive's own loader, as the ingest flow's load task does.
WRITER = """
import json, sys
from minutebook.archive import load_extraction, open_archive
from minutebook.schemas import Extraction
db = open_archive(sys.argv[1])
for item in json.load(open(sys.argv[2])):
    load_extraction(db, Extraction.model_validate(item["extraction"]), item["pages"])
"""
MINUTES_PER_DOC = 150


def documents(first: int, count: int) -> list[dict]:
    """`count` big documents (pages and minutes of text, so each load is a long transaction), each the minutes of
    a meeting of its own."""
    items = []
    for n in range(first, first + count):
        doc = Document(sha256=f"{n:064x}", file_name=f"doc{n}.pdf", pages=120, kind="minutes", source=f"doc{n}.pdf")
        minutes = [Minute(meeting_date="2025-03-12", number=str(i), title=f"Item {i} of document {n}",
                          text="The committee considered the report. " * 30, page=1 + i % 120)
                   for i in range(1, MINUTES_PER_DOC + 1)]
        resolutions = [Resolution(meeting_date="2025-03-12", minute_number=str(i), outcome="resolved",
                                  text=f"That item {i} be approved.", page=1) for i in range(1, MINUTES_PER_DOC + 1)]
        extraction = Extraction(document=doc, meetings=[Meeting(body=f"Committee {n}", date="2025-03-12", page=1)],
                                minutes=minutes, resolutions=resolutions)
        pages = [f"Page {p} of document {n}. " + "Council business and decisions. " * 60 for p in range(1, 121)]
        items.append({"extraction": extraction.model_dump(mode="json", by_alias=True), "pages": pages})
    return items


def write_batch(path: Path, items: list[dict]) -> Path:
    path.write_text(json.dumps(items))
    return path


def writer(db_path: Path, batch: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", WRITER, str(db_path), str(batch)], stderr=subprocess.PIPE)


def check_sound(db_path: Path) -> None:
    """The archive opens, passes integrity and foreign-key checks, and holds only whole documents."""
    db = sqlite3.connect(db_path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        partial = db.execute(HALF_WRITTEN).fetchall()
        assert partial == [], f"half-written documents: {partial}"
    finally:
        db.close()


HALF_WRITTEN = f"""select d.id from documents d where d.pages != (select count(*) from pages p where p.document = d.id)
  or (select count(*) from minutes m where m.document = d.id) != {MINUTES_PER_DOC}
  or (select count(*) from resolutions r where r.document = d.id) != {MINUTES_PER_DOC}"""


def test_sigkill_at_random_points_never_leaves_half_a_document(tmp_path):
    batch = write_batch(tmp_path / "batch.json", documents(0, 10))
    clean_path = tmp_path / "clean.db"
    started = time.monotonic()
    assert writer(clean_path, batch).wait(timeout=120) == 0
    took = time.monotonic() - started  # kills are spread over a whole run: start-up, loads, commits
    clean = dump(open_archive(clean_path))

    db_path = tmp_path / "crashed.db"
    chance = random.Random(20261126)
    for _ in range(8):
        process = writer(db_path, batch)
        time.sleep(chance.uniform(0.2, took))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        check_sound(db_path)
    assert writer(db_path, batch).wait(timeout=120) == 0
    check_sound(db_path)
    assert without_times(dump(open_archive(db_path))) == without_times(clean)


def test_two_writers_serialise_and_datasette_never_sees_half_a_document(tmp_path):
    from datasette.app import Datasette

    db_path = tmp_path / "archive.db"
    first = write_batch(tmp_path / "first.json", documents(0, 6))
    second = write_batch(tmp_path / "second.json", documents(100, 6))
    writers = [writer(db_path, first), writer(db_path, second)]

    async def read_while_writing() -> int:
        """Read through Datasette's own client until both writers finish; each query is one snapshot."""
        reads = 0
        deadline = time.monotonic() + 180
        while any(w.poll() is None for w in writers) and time.monotonic() < deadline:
            if db_path.exists():
                ds = Datasette([str(db_path)], settings={"sql_time_limit_ms": 20000})
                response = await ds.client.get("/archive.json", params={"sql": HALF_WRITTEN, "_shape": "array"})
                if response.status_code == 200:
                    assert response.json() == [], "Datasette saw a half-written document"
                    reads += 1
                else:
                    assert "no such table" in response.text, response.text  # before the schema exists
            await asyncio.sleep(0.05)
        return reads

    reads = asyncio.run(read_while_writing())
    results = [w.wait(timeout=180) for w in writers]
    errors = [w.stderr.read().decode() for w in writers]
    assert results == [0, 0], errors  # with the busy timeout the second writer waits its turn
    assert reads > 0
    check_sound(db_path)
    names = [name for (name,) in sqlite3.connect(db_path).execute("select file_name from documents")]
    assert sorted(names) == sorted([f"doc{n}.pdf" for n in [*range(6), *range(100, 106)]])


def test_ingest_killed_mid_run_then_rerun(tmp_path):
    """The real command: `minutebook ingest` killed once it has archived something, then run again."""
    import hostile

    folder = tmp_path / "packs"
    folder.mkdir()
    for n in range(4):
        hostile.many_pages(folder / f"pack{n}.pdf", count=100 + n)
    db_path = tmp_path / "archive.db"
    command = [sys.executable, "-m", "minutebook.cli", "ingest", str(folder), "--db", str(db_path), "--workers", "1"]
    # its own session, so the kill takes the whole machine's worth of it: Prefect's server, Dask, the extractor
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 180
    while process.poll() is None and time.monotonic() < deadline and not archived(db_path):
        time.sleep(0.1)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    sound_pages(db_path)
    assert subprocess.run(command, capture_output=True, timeout=300).returncode == 0
    sound_pages(db_path)
    pages = sqlite3.connect(db_path).execute("select file_name, pages from documents order by 1").fetchall()
    assert pages == [(f"pack{n}.pdf", 100 + n) for n in range(4)]


def archived(db_path: Path) -> bool:
    try:
        return sqlite3.connect(db_path, timeout=1).execute("select count(*) from documents").fetchone()[0] > 0
    except sqlite3.OperationalError:
        return False


def sound_pages(db_path: Path) -> None:
    db = sqlite3.connect(db_path)
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("""select count(*) from documents d
                         where d.pages != (select count(*) from pages p where p.document = d.id)""").fetchone() == (0,)
