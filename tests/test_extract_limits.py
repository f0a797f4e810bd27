"""`minutebook extract` runs under the same per-document limits as ingest's workers: a 124 KB PDF whose ToUnicode
map turns each glyph into 30,000 characters (tens of GB unlimited) ends in one line and exit 2."""

from __future__ import annotations

import subprocess
import sys
import time

import hostile


def extract(*args: str) -> tuple[subprocess.CompletedProcess, float]:
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "minutebook.cli", "extract", *args], capture_output=True, text=True,
                          timeout=120)
    return done, time.monotonic() - started


def test_a_glyph_bomb_stops_at_the_memory_limit(tmp_path):
    bomb = hostile.glyph_bomb(tmp_path / "bomb.pdf")
    assert bomb.stat().st_size < 130_000
    done, _ = extract(str(bomb), "--memory-limit", "700")
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.startswith(f"minutebook: cannot extract {bomb}: ") and done.stderr.count("\n") == 1
    assert "700 MB memory limit" in done.stderr


def test_a_slow_extraction_stops_at_the_time_limit(tmp_path):
    bomb = hostile.glyph_bomb(tmp_path / "bomb.pdf")
    done, seconds = extract(str(bomb), "--time-limit", "1", "--memory-limit", "2500")
    assert (done.returncode, done.stdout) == (2, "") and seconds < 15
    assert done.stderr == (f"minutebook: cannot extract {bomb}: killed after 1 s (the time limit; --time-limit sets "
                           "it)\n")


def test_within_the_limits_the_records_come_out(tmp_path):
    done, _ = extract(str(hostile.good(tmp_path / "good.pdf")), "--time-limit", "120", "--memory-limit", "2000")
    assert done.returncode == 0 and '"body": "CABINET"' in done.stdout and done.stderr == ""
