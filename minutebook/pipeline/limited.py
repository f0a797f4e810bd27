"""One command run in a child process under the per-document limits the ingest workers have: its address space
capped (RLIMIT_AS) and killed, with anything it started, once its time is up. `minutebook extract` runs this way,
so one PDF cannot take the machine's memory or hold a terminal for ever."""

from __future__ import annotations

import contextlib
import os
import resource
import signal
import subprocess
import sys

from .outcome import Limits

CHILD = "MINUTEBOOK_LIMITED_MB"
"""Set in the child to its memory cap: the command runs there, not again in a child."""


def limited_child() -> int | None:
    """The memory cap (MB) when this process is the limited child, else None."""
    value = os.environ.get(CHILD, "")
    return int(value) if value.isdigit() else None


def run_limited(argv: list[str], limits: Limits) -> tuple[int, str | None]:
    """Run `minutebook *argv` in a child under `limits` (its output goes where ours does): its exit code, and why
    it was stopped when a limit or a crash stopped it."""
    cap = limits.memory_mb * 2**20

    def limit_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (cap, resource.RLIM_INFINITY))

    child = subprocess.Popen([sys.executable, "-m", "minutebook.cli", *argv], preexec_fn=limit_memory,
                             env={**os.environ, CHILD: str(limits.memory_mb)}, start_new_session=True)
    try:
        code = child.wait(timeout=limits.seconds)
    except subprocess.TimeoutExpired:
        _kill(child)
        return 2, f"killed after {limits.seconds:g} s (the time limit; --time-limit sets it)"
    except BaseException:  # interrupted: the child (in its own session) goes too
        _kill(child)
        raise
    if code < 0:
        return 2, (f"the extraction died of {signal.Signals(-code).name} (a crash in the PDF library, or over the "
                   f"{limits.memory_mb} MB memory limit; --memory-limit sets it)")
    return code, None


def _kill(child: subprocess.Popen) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(child.pid, signal.SIGKILL)  # the group: Tesseract and other helpers too
    child.wait()
