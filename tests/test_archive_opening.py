"""Opening archives: `search`, `serve`, `ingest` and `check` open only minutebook archives, readers never write,
a damaged archive is refused before any write; each refusal is one line and exit code 2. The foreign files,
damaged archives and read-only media are made here."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from conftest import EXAMPLES, free_port

from minutebook.archive import open_archive, open_readonly
from minutebook.archive.opening import APPLICATION_ID, SCHEMA_VERSION, ArchiveError, inspect
from minutebook.cli import main


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def settled_copy(archive: Path, folder: Path) -> Path:
    """A copy of `archive` with its WAL checkpointed into the file and no -wal/-shm beside it."""
    folder.mkdir(parents=True, exist_ok=True)
    db = open_archive(archive)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    copy = folder / archive.name
    shutil.copy(archive, copy)
    return copy


def foreign_sqlite(path: Path) -> Path:
    with sqlite3.connect(path) as db:
        db.execute("create table notes (id integer primary key, text text)")
        db.execute("insert into notes (text) values ('school transport')")
    return path


@pytest.mark.parametrize("make, why", [
    (foreign_sqlite, ""),
    (lambda p: (p.write_text("school transport minutes\n"), p)[1], " (not an SQLite file)"),
])
def test_a_file_that_is_not_an_archive_is_refused_and_left_as_it_was(tmp_path, capsys, make, why):
    path = make(tmp_path / "x.db")
    before = digest(path)
    for argv in (["search", "school", "--db", str(path)], ["serve", "--db", str(path)],
                 ["ingest", str(EXAMPLES), "--db", str(path)], ["check", "--db", str(path)],
                 ["watch", "--db", str(path), "--once"]):
        code, out, err = run(capsys, *argv)
        assert (code, out, err) == (2, "", f"minutebook: not a minutebook archive: {path}{why}\n"), argv
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.db"]  # no -wal, no -shm, no journal


def test_an_empty_file_is_not_read_as_an_archive(tmp_path, capsys):
    """Readers refuse it and leave it empty; a writer may make the archive there (SQLite's file is empty until the
    first commit, so an ingest killed that early leaves one behind)."""
    path = tmp_path / "x.db"
    path.write_bytes(b"")
    for argv in (["search", "school", "--db", str(path)], ["serve", "--db", str(path)], ["check", "--db", str(path)]):
        assert run(capsys, *argv) == (2, "", f"minutebook: not a minutebook archive: {path} (an empty file)\n")
    assert path.stat().st_size == 0 and sorted(p.name for p in tmp_path.iterdir()) == ["x.db"]
    open_archive(path).close()
    assert inspect(path) == "archive"


def damage(archive: Path) -> Path:
    """Overwrite 20 bytes at the start of the `pages` table's root b-tree page (its header)."""
    with sqlite3.connect(f"file:{archive}?mode=ro", uri=True) as db:
        root = db.execute("select rootpage from sqlite_master where name = 'pages'").fetchone()[0]
        size = db.execute("PRAGMA page_size").fetchone()[0]
    with archive.open("r+b") as fh:
        fh.seek((root - 1) * size)
        fh.write(b"\xff" * 20)
    return archive


def test_a_damaged_archive_is_refused_before_ingest_writes_and_not_served(sample_archive, tmp_path, capsys):
    archive = damage(settled_copy(sample_archive, tmp_path / "damaged"))
    before = digest(archive)
    for argv in (["ingest", str(EXAMPLES), "--db", str(archive)], ["serve", "--db", str(archive)],
                 ["check", "--db", str(archive)]):
        code, out, err = run(capsys, *argv)
        assert code == 2 and out == "" and err.count("\n") == 1, (argv, err)
        assert err.startswith(f"minutebook: damaged archive: {archive} (") and "minutebook check" in err, err
    code, out, err = run(capsys, "search", "school", "--db", str(archive))
    assert code in (0, 2) and err.count("\n") <= 1 and "Traceback" not in err
    assert digest(archive) == before


def test_check_reports_a_sound_archive(sample_archive, capsys):
    code, out, err = run(capsys, "check", "--db", str(sample_archive))
    assert (code, err) == (0, "") and out == f"ok: {sample_archive} is a sound minutebook archive (schema " \
                                             f"{SCHEMA_VERSION}; 2 documents)\n"


def test_an_archive_made_before_the_marker_is_read_as_it_is_and_marked_by_a_writer(sample_archive, tmp_path,
                                                                                    capsys):
    archive = settled_copy(sample_archive, tmp_path / "old")
    with sqlite3.connect(archive) as db:
        db.execute("PRAGMA application_id = 0")
        db.execute("PRAGMA user_version = 0")
        db.execute("PRAGMA journal_mode = DELETE")
    before = digest(archive)
    assert inspect(archive) == "unmarked"
    code, out, _ = run(capsys, "search", "school transport", "--db", str(archive))
    assert code == 0 and "Home to School Transport Policy" in out
    assert digest(archive) == before  # read: not marked, not switched to WAL
    open_archive(archive).close()
    assert inspect(archive) == "archive"
    with sqlite3.connect(archive) as db:
        assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_an_archive_of_a_newer_schema_is_refused(sample_archive, tmp_path):
    archive = settled_copy(sample_archive, tmp_path / "newer")
    with sqlite3.connect(archive) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    for opening in (open_readonly, open_archive):
        with pytest.raises(ArchiveError, match="archive of a newer minutebook"):
            opening(archive)


@pytest.fixture
def read_only_medium(tmp_path):
    """A read-only tmpfs (mounting needs root; skipped otherwise)."""
    if os.geteuid() != 0:
        pytest.skip("mounting a read-only file system needs root")
    mount = tmp_path / "ro"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)]).returncode:
        pytest.skip("cannot mount a tmpfs here")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def test_an_archive_on_a_read_only_medium_is_searched_checked_and_served(sample_archive, read_only_medium, capsys):
    archive = settled_copy(sample_archive, read_only_medium)
    subprocess.run(["mount", "-o", "remount,ro", str(read_only_medium)], check=True)
    assert sorted(p.name for p in read_only_medium.iterdir()) == ["archive.db"]
    code, out, err = run(capsys, "search", "school transport", "--db", str(archive))
    assert (code, err) == (0, "") and "Home to School Transport Policy" in out
    assert run(capsys, "check", "--db", str(archive))[0] == 0
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "minutebook.cli", "serve", "--db", str(archive), "--port",
                               str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/archive/documents.json?_shape=array", timeout=2)
                break
            except httpx.TransportError:
                assert server.poll() is None and time.monotonic() < deadline, server.stderr.read().decode()[-2000:]
                time.sleep(0.3)
        assert response.status_code == 200 and len(response.json()) == 2
    finally:
        server.terminate()
        server.wait(timeout=20)
