"""One document's extraction in a worker process that can be stopped: a time limit per document, a memory cap
on the worker (RLIMIT_AS), results back as one JSON line.

A `Worker` is a child Python (`python -m minutebook.flows.isolate`) that reads one job per line on stdin and
answers each with one JSON line; it is reused across documents and replaced after a kill or a crash, so a
runaway document costs its own extraction and nothing else. The worker is a plain subprocess, not a
multiprocessing child, so it can run under any task runner (Dask's daemonic workers included). Each process
keeps its idle workers in a pool, which `prestart` can fill before the first document arrives.
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import select
import signal
import subprocess
import sys
import threading
import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Limits:
    """Per-document limits: wall-clock seconds for one extraction, and the worker's address space in MB."""

    seconds: float = 600.0
    memory_mb: int = 3072


class Worker:
    """A reusable extraction process with limits; `run` never raises for anything the document does."""

    def __init__(self, limits: Limits = Limits()):
        self.limits = limits
        self._proc: subprocess.Popen | None = None

    def run(self, path: str | Path, council: str | None = None, ocr: bool = False) -> dict[str, Any]:
        """The payload of one extraction: {"extraction", "pages", "ocr", "warnings"} or {"error", "kind"}."""
        job = {"path": str(path), "council": council, "ocr": ocr}
        proc = self.start()
        try:
            proc.stdin.write(json.dumps(job).encode() + b"\n")
            proc.stdin.flush()
            line = _read_line(proc, self.limits.seconds)
        except (BrokenPipeError, OSError):
            line = b""
        if line is None:
            self.close()
            return failure("timeout", f"killed after {self.limits.seconds:g} s (the per-document time limit)")
        if not line:
            return self._died()
        return json.loads(line)

    def close(self) -> None:
        """Stop the worker process (and anything it started, e.g. Tesseract)."""
        if self._proc is None:
            return
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self._proc.pid, signal.SIGKILL)  # the group: Tesseract and other helpers too
        self._proc.wait(timeout=30)
        for pipe in (self._proc.stdin, self._proc.stdout):
            pipe.close()
        self._proc = None

    def __enter__(self) -> Worker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start(self) -> subprocess.Popen:
        """The worker's process, started unless it is running."""
        if self._proc is None or self._proc.poll() is not None:
            self.close()
            command = [sys.executable, "-m", "minutebook.flows.isolate", str(self.limits.memory_mb)]
            self._proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                          start_new_session=True)
        return self._proc

    def _died(self) -> dict[str, Any]:
        code = self._proc.wait(timeout=30) if self._proc else None
        self.close()
        if code is not None and code < 0:
            name = signal.Signals(-code).name
            return failure("died", f"the extraction worker died of {name} (a crash in the PDF library, or over "
                                   f"the {self.limits.memory_mb} MB memory limit)")
        return failure("died", f"the extraction worker exited with code {code}")


def failure(kind: str, message: str) -> dict[str, Any]:
    """An error payload: `kind` is unreadable, crash, timeout, memory or died."""
    return {"error": " ".join(message.split())[:500], "kind": kind}


_idle: dict[Limits, list[Worker]] = {}
_idle_lock = threading.Lock()


def extract_isolated(path: str | Path, council: str | None, ocr: bool, limits: Limits) -> dict[str, Any]:
    """Extract in an idle worker process of this process's pool (a new one when none is idle), returned to the
    pool for the next document."""
    with _idle_lock:
        idle = _idle.setdefault(limits, [])
        worker = idle.pop() if idle else Worker(limits)
    try:
        return worker.run(path, council, ocr)
    finally:
        with _idle_lock:
            idle.append(worker)


def prestart(limits: Limits = Limits()) -> None:
    """Start one worker process into the pool, where it loads the extractors while the caller gets on with
    other things (hashing, submitting): the first document then costs its extraction only."""
    worker = Worker(limits)
    worker.start()
    with _idle_lock:
        _idle.setdefault(limits, []).append(worker)


def _read_line(proc: subprocess.Popen, seconds: float) -> bytes | None:
    """One line from the worker, b"" when it died first, None when the time limit passed."""
    deadline = time.monotonic() + seconds
    fd = proc.stdout.fileno()
    chunks: list[bytes] = []
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return None
        ready, _, _ = select.select([fd], [], [], left)
        if not ready:
            continue
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            return b""
        chunks.append(chunk)
        if chunk.endswith(b"\n"):
            return b"".join(chunks)


# --- the worker's side ------------------------------------------------------------------------------------------

def extract_job(job: dict[str, Any]) -> dict[str, Any]:
    """Run one job: the extraction as JSON, or an error payload for input that cannot give records."""
    from ..extractors.errors import UnreadablePDF
    from ..extractors.pipeline import extract_document

    path = Path(job["path"])
    try:
        result = extract_document(path, source=str(path), council=job["council"], ocr=job["ocr"])
    except UnreadablePDF as exc:
        return failure("unreadable", exc.reason)
    return {"extraction": result.extraction.model_dump(mode="json", by_alias=True), "pages": result.pages,
            "ocr": result.ocr, "warnings": result.warnings}


def _crash(exc: BaseException) -> dict[str, Any]:
    """A bug, not bad input: the exception and where it was raised."""
    frame = traceback.extract_tb(exc.__traceback__)[-1]
    where = f"{Path(frame.filename).name}:{frame.lineno}"
    return failure("crash", f"{type(exc).__name__}: {exc} (at {where})")


def serve(memory_mb: int) -> None:
    """Answer jobs from stdin until it closes; stdout carries only answers (prints go to stderr). The extractors
    are loaded before the first job is read."""
    resource.setrlimit(resource.RLIMIT_AS, (memory_mb * 2**20, resource.RLIM_INFINITY))
    from ..extractors.pipeline import preload

    answers = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    preload()  # now, while the parent has other work
    for line in sys.stdin:
        try:
            answer = json.dumps(extract_job(json.loads(line)))
        except MemoryError:
            answer = json.dumps(failure("memory", f"ran out of memory (over the {memory_mb} MB limit)"))
        except Exception as exc:  # an extractor bug: report it, keep serving
            answer = json.dumps(_crash(exc))
        answers.write(answer + "\n")
        answers.flush()
        if '"kind": "memory"' in answer:
            return  # a fresh worker for the next document


if __name__ == "__main__":
    serve(int(sys.argv[1]))
