"""One Prefect API for every run: the configured one, else a local server minutebook starts once and reuses.

With no server configured, Prefect starts a temporary API in each process (7-12 s, more under load), which made a
one-file ingest cost ten times its extraction. Instead the first run starts `prefect server start` on 127.0.0.1
in the background (its own session, so it outlives the run) and notes its URL in PREFECT_HOME; later runs find it
healthy and connect in milliseconds. `minutebook prefect-server --stop` stops it.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

STARTUP_SECONDS = 120.0


class PrefectServerError(RuntimeError):
    """The local Prefect server would not start; one line, with where its log is."""


def home() -> Path:
    from prefect.settings import PREFECT_HOME

    return Path(PREFECT_HOME.value()).expanduser()


@contextmanager
def prefect_api() -> Iterator[str]:
    """The configured API URL, else the local server's (started if it is not running) for the block."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    if PREFECT_API_URL.value():
        yield PREFECT_API_URL.value()
        return
    url = local_server()
    try:
        with temporary_settings({PREFECT_API_URL: url}):
            yield url
    finally:
        _drain()


def local_server() -> str:
    """The API URL of minutebook's local Prefect server, started now unless it is running and healthy. A lock
    file makes two runs starting at once share one server."""
    folder = home()
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "minutebook-server.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        state = _state(folder)
        if state and _alive(state["pid"]) and _wait_healthy(state["url"], state["pid"]):
            return state["url"]  # running, or still starting for a run that was stopped meanwhile
        if state:
            _kill(state["pid"])
        return _start(folder)


def stop_local_server() -> bool:
    """Stop the local server if minutebook started one; whether there was one."""
    folder = home()
    state = _state(folder)
    (folder / "minutebook-server.json").unlink(missing_ok=True)
    if not state:
        return False
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(state["pid"], signal.SIGTERM)
    return True


def _state(folder: Path) -> dict | None:
    try:
        return json.loads((folder / "minutebook-server.json").read_text())
    except (OSError, ValueError):
        return None


def _healthy(url: str, timeout: float = 2.0) -> bool:
    try:
        return httpx.get(f"{url}/health", timeout=timeout).status_code == 200
    except httpx.HTTPError:
        return False


def _start(folder: Path) -> str:
    """Start the server and note it at once (a run killed while it starts leaves it to the next run, not an
    orphan), then wait until it answers."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}/api"
    log = folder / "minutebook-server.log"
    command = [str(Path(sys.executable).with_name("prefect")), "server", "start", "--host", "127.0.0.1",
               "--port", str(port)]
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1"}
    env.pop("PREFECT_API_URL", None)
    with open(log, "wb") as out:
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT, env=env,
                                   start_new_session=True)
    (folder / "minutebook-server.json").write_text(json.dumps({"url": url, "pid": process.pid}))
    if not _wait_healthy(url, process.pid):
        _kill(process.pid)
        (folder / "minutebook-server.json").unlink(missing_ok=True)
        raise PrefectServerError(f"the local Prefect server did not start (its log: {log})")
    return url


def _wait_healthy(url: str, pid: int) -> bool:
    """Whether the server at `url` (process `pid`) answers within the start-up time."""
    deadline = time.monotonic() + STARTUP_SECONDS
    while not _healthy(url, timeout=1.0):
        if not _alive(pid) or time.monotonic() > deadline:
            return False
        time.sleep(0.2)
    return True


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    with contextlib.suppress(ChildProcessError):  # reap it if it is our own child that has exited
        if os.waitpid(pid, os.WNOHANG)[0] == pid:
            return False
    return True


def _kill(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _drain() -> None:
    """Send queued logs and events before the run exits (else their workers retry in vain at exit)."""
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    APILogWorker.drain_all()
    EventsWorker.drain_all()
