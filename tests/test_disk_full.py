"""A full disk under the archive, for real (a small tmpfs; mounting needs root, skipped otherwise): `ingest` stops
with a summary of what it archived, no traceback, and the archive keeps every document it had."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import hostile
import pytest


@pytest.fixture
def small_disk(tmp_path):
    import os

    if os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root")
    mount = tmp_path / "disk"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(mount)]).returncode:
        pytest.skip("cannot mount a tmpfs here")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def ingest(folder, db_path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "minutebook.cli", "ingest", str(folder), "--db", str(db_path),
                           "--workers", "1"], capture_output=True, text=True, timeout=300)


def fill(disk, leave: int) -> None:
    """Write a filler file until only about `leave` bytes are free."""
    import os

    free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
    with (disk / "filler").open("wb") as fh:
        fh.write(b"\0" * max(0, free - leave))


def test_ingest_stops_on_a_full_disk_with_a_summary(small_disk, tmp_path):
    first, more = tmp_path / "first", tmp_path / "more"
    first.mkdir()
    more.mkdir()
    hostile.good(first / "a.pdf")
    for n in range(4):
        hostile.write(more / f"big{n}.pdf", hostile.pdf_bytes(
            [hostile.text_stream([f"Document {n} page {p}.", hostile.PARAGRAPH * 3]) for p in range(300)]))
    db_path = small_disk / "archive.db"
    assert ingest(first, db_path).returncode == 0
    fill(small_disk, leave=48 * 1024)

    done = ingest(more, db_path)
    assert done.returncode == 1, done.stderr[-2000:]
    assert "Traceback" not in done.stderr + done.stdout
    summary = done.stdout.strip().splitlines()[-1]
    assert summary.startswith("stopped early: the archive's disk is full or failing (") and " 0 new" in summary
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    assert db.execute("PRAGMA quick_check").fetchone() == ("ok",)
    assert [name for (name,) in db.execute("select file_name from documents")] == ["a.pdf"]
