"""Polite, bounded HTTP downloads (httpx): retries with backoff, conditional GET, a size limit, a per-host delay,
PDFs recognised by their bytes and stored under their hash.

A server may answer a `.pdf` URL with an HTML error page and status 200, cut a body short, or announce a gigabyte:
each of these is an error with a one-line reason, never a file in the store.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import httpx

USER_AGENT = "minutebook/0.1 (scheduled archive of council agendas and minutes; +https://github.com/minutebook)"
RETRY_STATUSES = {429, 500, 502, 503, 504}


class FetchError(Exception):
    """A download that failed, with a one-line reason and the last HTTP status (if any)."""

    def __init__(self, message: str, http_status: int | None = None):
        self.message, self.http_status = message, http_status
        super().__init__(message)


@dataclass(frozen=True)
class FetchSettings:
    timeout: float = 30.0
    retries: int = 3
    backoff: float = 2.0
    """Seconds before the first retry; doubled each time."""
    delay: float = 1.0
    """Seconds between two requests to the same host."""
    max_bytes: int = 250 * 1024 * 1024


@dataclass
class Download:
    """A 200 response's body (`body`), or a 304 (`body` None), with the validators to send next time."""

    http_status: int
    body: bytes | None
    etag: str | None
    last_modified: str | None


class Fetcher:
    """One httpx client shared by a pass; use as a context manager."""

    def __init__(self, settings: FetchSettings | None = None):
        self.settings = settings or FetchSettings()
        self.client = httpx.Client(timeout=self.settings.timeout, follow_redirects=True,
                                   headers={"User-Agent": USER_AGENT})
        self._last: dict[str, float] = {}

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.client.close()

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Download:
        """GET with retries on 5xx/429 and connection errors, timeouts and cut-off bodies; raises FetchError."""
        headers = {key: value for key, value in (("If-None-Match", etag), ("If-Modified-Since", last_modified))
                   if value}
        attempts = self.settings.retries + 1
        for attempt in range(attempts):
            try:
                return self._get_once(url, headers)
            except FetchError as exc:
                if exc.http_status not in RETRY_STATUSES or attempt == attempts - 1:
                    raise
            except httpx.TransportError as exc:
                if attempt == attempts - 1:
                    raise FetchError(f"{type(exc).__name__}: {exc}".strip(": ")) from exc
            time.sleep(self.settings.backoff * 2 ** attempt)
        raise AssertionError("unreachable")

    def _get_once(self, url: str, headers: dict[str, str]) -> Download:
        self._wait_turn(url)
        with self.client.stream("GET", url, headers=headers) as response:
            if response.status_code == 304:
                return Download(304, None, *_validators(response))
            if response.status_code != 200:
                raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}", response.status_code)
            body = self._read_limited(response)
            return Download(200, body, *_validators(response))

    def _read_limited(self, response: httpx.Response) -> bytes:
        limit = self.settings.max_bytes
        announced = response.headers.get("Content-Length", "")
        if announced.isdigit() and int(announced) > limit:
            raise FetchError(f"too large: Content-Length {announced} bytes is over the {limit}-byte limit", 200)
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise FetchError(f"too large: body over the {limit}-byte limit", 200)
            chunks.append(chunk)
        return b"".join(chunks)

    def _wait_turn(self, url: str) -> None:
        host = urlsplit(url).netloc
        wait = self._last.get(host, 0.0) + self.settings.delay - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        self._last[host] = time.monotonic()


def _validators(response: httpx.Response) -> tuple[str | None, str | None]:
    return response.headers.get("ETag"), response.headers.get("Last-Modified")


def check_pdf(body: bytes) -> None:
    """Raise FetchError unless `body` is a whole PDF: `%PDF-` in the first KB and `%%EOF` in the last."""
    if not body:
        raise FetchError("not a PDF: empty body")
    if b"%PDF-" not in body[:1024]:
        start = " ".join(body[:40].decode("latin-1").split())
        raise FetchError(f"not a PDF: body starts {start!r}" + (" (HTML)" if b"<" in body[:200] else ""))
    if b"%%EOF" not in body[-1024:]:
        raise FetchError(f"truncated PDF: no %%EOF at the end of {len(body)} bytes")


def store(body: bytes, folder: Path) -> tuple[str, Path]:
    """Write `body` to `<folder>/<sha[:2]>/<sha>.pdf` (atomically; once) and return its hash and path."""
    sha = hashlib.sha256(body).hexdigest()
    path = folder / sha[:2] / f"{sha}.pdf"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".part")
        with os.fdopen(fd, "wb") as fh:
            fh.write(body)
        os.replace(tmp, path)
    return sha, path
