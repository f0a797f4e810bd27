"""One document's extraction in a worker process that can be stopped: a time limit per document, a memory cap on
the worker (RLIMIT_AS), each answer one `Outcome` as a JSON line.

A `Worker` is a child Python (`python -m minutebook.pipeline`) that reads one `Job` per line on stdin and
answers each with one line; it is reused across documents and replaced after a kill or a crash, so a runaway
document costs its own extraction and nothing else. It is a plain subprocess, not a multiprocessing child, so it
runs under any task runner (Dask's daemonic workers included). The worker makes the archive's rows itself, so
what comes back is ready to load.
"""

from __future__ import annotations

import contextlib
import os
import resource
import select
import signal
import subprocess
import sys
import time
import traceback
from pathlib import Path

from .outcome import DEFAULT_LIMITS, OUTCOME, Extracted, Failed, Job, Kind, Limits


class Worker:
    """A reusable extraction process with limits; `run` never raises for anything the document does."""

    def __init__(self, limits: Limits = DEFAULT_LIMITS):
        self.limits = limits
        self._proc: subprocess.Popen | None = None

    def run(self, job: Job) -> Extracted | Failed:
        proc = self.start()
        try:
            proc.stdin.write(job.model_dump_json().encode() + b"\n")
            proc.stdin.flush()
            line = _read_line(proc, self.limits.seconds)
        except OSError:  # the worker died before reading the job
            line = b""
        if line is None:
            self.close()
            return failed("timeout", f"killed after {self.limits.seconds:g} s (the per-document time limit)")
        if not line:
            return self._died()
        return OUTCOME.validate_json(line)

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
            command = [sys.executable, "-m", "minutebook.pipeline", str(self.limits.memory_mb)]
            self._proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                          start_new_session=True)
        return self._proc

    def _died(self) -> Failed:
        code = self._proc.wait(timeout=30) if self._proc else None
        self.close()
        if code is not None and code < 0:
            name = signal.Signals(-code).name
            return failed("died", f"the extraction worker died of {name} (a crash in the PDF library, or over "
                                  f"the {self.limits.memory_mb} MB memory limit)")
        return failed("died", f"the extraction worker exited with code {code}")


def failed(kind: Kind, message: str) -> Failed:
    return Failed(stage="extract", kind=kind, message=message)


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

def crash_message(exc: BaseException) -> str:
    """A bug, not bad input, in one line: the exception and where it was raised."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" (at {Path(frames[-1].filename).name}:{frames[-1].lineno})" if frames else ""
    return f"{type(exc).__name__}: {exc}{where}"


def _crash(exc: BaseException) -> Failed:
    return failed("crash", crash_message(exc))


def serve(memory_mb: int) -> None:
    """Answer jobs from stdin until it closes; stdout carries only answers (prints go to stderr). The extractors
    are loaded before the first job is read."""
    resource.setrlimit(resource.RLIMIT_AS, (memory_mb * 2**20, resource.RLIM_INFINITY))
    from .rows import extracted, preload

    answers = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    preload()  # now, while the parent has other work
    for line in sys.stdin:
        out_of_memory = False
        try:
            answer = OUTCOME.dump_json(extracted(Job.model_validate_json(line)))
        except MemoryError:
            out_of_memory = True
            answer = OUTCOME.dump_json(failed("memory", f"ran out of memory (over the {memory_mb} MB limit)"))
        except Exception as exc:  # an extractor bug: report it, keep serving
            answer = OUTCOME.dump_json(_crash(exc))
        answers.write(answer + b"\n")
        answers.flush()
        if out_of_memory:
            return  # a fresh worker for the next document
