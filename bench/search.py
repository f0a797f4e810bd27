"""Search at scale: an archive grown to >= 1M records by SQL replication, timed through `minutebook search`'s
library call and through Datasette's `?_search=` JSON over HTTP on 127.0.0.1."""

from __future__ import annotations

import shutil
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

from minutebook.archive import ArchiveError, open_archive, search
from minutebook.archive.schema import RECORD_COLUMNS

RECORDS = list(RECORD_COLUMNS)
QUERIES = ["budget", "school transport", "planning application", "council tax", "adult social care", "highways",
           "risk register", "library", "climate change", "apologies", "recommendations approved", "flood"]
HTTP_TABLES = ["resolutions", "minutes", "pages"]


def count_records(db) -> int:
    return sum(db[table].count for table in RECORDS)


def build(base: Path, path: Path, target: int, max_pages: int) -> dict[str, int]:
    """Copy the archive at `base` to `path` and double its documents and records until there are `target` records,
    and its pages until there are `max_pages` (built once: an archive already that big is reused)."""
    if path.exists():
        try:
            db = open_archive(path)
        except ArchiveError:  # made by an older minutebook: built again
            for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                stale.unlink(missing_ok=True)
        else:
            if count_records(db) >= target:
                return _sizes(db, path)
            db.close()
    shutil.copy(base, path)
    db = open_archive(path)
    while count_records(db) < target:
        _double(db, pages=db["pages"].count < max_pages)
    db.execute("pragma wal_checkpoint(truncate)")
    db.execute("analyze")
    return _sizes(db, path)


def _double(db, pages: bool) -> None:
    """One more copy of every document with its records (and pages): ids shifted past the current largest ones."""
    shift = {t: db.execute(f"select coalesce(max(id), 0) from [{t}]").fetchone()[0]
             for t in ["documents", "pages", *RECORDS]}
    moved = {"id": None, "document": "documents", "meeting": "meetings", "minute": "minutes"}
    with db.conn:
        for table in ["documents", *(["pages"] if pages else []), *RECORDS]:
            columns = list(db[table].columns_dict)
            values = []
            for column in columns:
                if column in moved:
                    values.append(f"[{column}] + {shift[moved[column] or table]}")
                elif table == "documents" and column in ("source", "file_name"):
                    values.append(f"[{column}] || '~{shift['documents']}'")
                else:
                    values.append(f"[{column}]")
            names = ", ".join(f"[{c}]" for c in columns)
            db.execute(f"insert into [{table}] ({names}) select {', '.join(values)} from [{table}] order by id")


def _sizes(db, path: Path) -> dict[str, int]:
    sizes = {"records": count_records(db), "pages": db["pages"].count, "documents": db["documents"].count,
             "bytes": path.stat().st_size}
    db.close()
    return sizes


def percentiles(samples: list[float]) -> dict[str, float]:
    """p50 and p95 in milliseconds."""
    cuts = statistics.quantiles(samples, n=20, method="inclusive")
    return {"p50_ms": 1000 * statistics.median(samples), "p95_ms": 1000 * cuts[18], "n": len(samples)}


def library_latency(path: Path, rounds: int = 5) -> dict[str, float]:
    """`minutebook search` as a library call (all types, 20 hits), after one warm-up pass."""
    db = open_archive(path)
    samples = []
    for round_ in range(rounds + 1):
        for phrase in QUERIES:
            started = time.perf_counter()
            search(db, phrase)
            if round_:
                samples.append(time.perf_counter() - started)
    db.close()
    return percentiles(samples)


SERVE_START_S = 300  # `minutebook serve` checks the whole archive before it answers: minutes on a cold 1.5 GB file


def http_latency(path: Path, rounds: int = 3) -> dict[str, float]:
    """Datasette's table JSON with `?_search=`, from `minutebook serve` on 127.0.0.1, after one warm-up pass; and
    how long the server took to answer at all."""
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "minutebook.cli", "serve", "--db", str(path), "--port",
                               str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}/{path.stem}"
    try:
        with httpx.Client(timeout=30) as client:
            first_answer = _wait(client, f"http://127.0.0.1:{port}/-/versions.json", server)
            samples = []
            for round_ in range(rounds + 1):
                for phrase in QUERIES:
                    for table in HTTP_TABLES:
                        started = time.perf_counter()
                        client.get(f"{base}/{table}.json", params={"_search": phrase, "_shape": "array",
                                                                  "_size": 20}).raise_for_status()
                        if round_:
                            samples.append(time.perf_counter() - started)
    finally:
        server.terminate()
        server.wait(timeout=30)
    return percentiles(samples) | {"start_s": first_answer}


def _wait(client: httpx.Client, url: str, server: subprocess.Popen) -> float:
    """Seconds until the server answers `url`, by the clock (a request that times out counts its wait too)."""
    began = time.perf_counter()
    while time.perf_counter() - began < SERVE_START_S:
        if server.poll() is not None:
            raise RuntimeError("minutebook serve exited")
        try:
            client.get(url)
            return time.perf_counter() - began
        except httpx.TransportError:
            time.sleep(0.2)
    raise RuntimeError(f"minutebook serve did not answer in {SERVE_START_S} s")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
