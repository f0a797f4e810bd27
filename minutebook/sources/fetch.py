"""Polite, bounded HTTP downloads (httpx) from one site: its own origin only, retries with backoff for transient
failures only, conditional GET, a size limit on the inflated body, a deadline per request, a per-host delay, PDFs
recognised by their bytes and stored under their hash.

A server may answer a `.pdf` URL with an HTML error page and status 200, cut a body short, announce a gigabyte,
send a compression bomb, drip one byte at a time, or redirect to another host: each of these is a `FetchError`
with a one-line reason and a kind, never a file in the store and never a request to another origin.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import socket
import ssl
import tempfile
import threading
import time
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx

from ..extractors.errors import looks_like

USER_AGENT = "minutebook/0.1 (scheduled archive of council agendas and minutes; +https://github.com/minutebook)"
TRANSIENT_STATUSES = {408, 429}
"""Besides every 5xx: statuses worth asking again for."""
REDIRECT_STATUSES = {301, 302, 303, 307, 308}
MAX_REDIRECTS = 5
CHUNK = 64 * 1024

Origin = tuple[str, str, int]


class FetchError(Exception):
    """A download that failed: a one-line reason, its kind, the last HTTP status (if any), and whether asking
    again may help (`transient`: 5xx, 408/429, timeouts, resets) or not (an off-site or bad URL, a refused
    connection, a 4xx, a body too large or wrongly encoded)."""

    def __init__(self, message: str, http_status: int | None = None, kind: str = "http", transient: bool = False):
        self.message, self.http_status, self.kind, self.transient = message, http_status, kind, transient
        super().__init__(message)


@dataclass(frozen=True)
class FetchSettings:
    timeout: float = 30.0
    """Seconds for a whole request (connecting, waiting, reading the body), redirects included."""
    retries: int = 3
    backoff: float = 2.0
    """Seconds before the first retry; doubled each time."""
    delay: float = 1.0
    """Seconds between two requests to the same host."""
    max_bytes: int = 250 * 1024 * 1024
    """Largest body, counted after content decoding."""


@dataclass
class Download:
    """A 200 response's body (`body`), or a 304 (`body` None), with the validators to send next time."""

    http_status: int
    body: bytes | None
    etag: str | None
    last_modified: str | None


def origin(url: str) -> Origin:
    """(scheme, host, port) of an http(s) URL, default ports filled in; raises FetchError for anything else."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise FetchError(f"invalid URL: {url[:200]!r} ({exc})", kind="url") from exc
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"not an http(s) URL: {url[:200]!r}", kind="url")
    return scheme, parts.hostname.lower(), port or (443 if scheme == "https" else 80)


def shown(text: str) -> str:
    """`text` (a URL, a server's words) with control characters and bidi overrides escaped, for messages that
    end up on a terminal."""
    return text if text.isprintable() else repr(text)[1:-1]


def _show(where: Origin) -> str:
    scheme, host, port = where
    default = port == (443 if scheme == "https" else 80)
    return f"{scheme}://{host}" + ("" if default else f":{port}")


@cache
def _tls() -> ssl.SSLContext:
    """httpx's default TLS settings, made once a process: loading the CA bundle takes ~50 ms, which every Fetcher
    (one a source a pass) paid again."""
    return httpx.create_ssl_context()


class Fetcher:
    """One httpx client for a pass over one site, allowed to ask only `origins` (each a URL: scheme, host and
    port count); use as a context manager."""

    def __init__(self, settings: FetchSettings | None = None, *, origins: Iterable[str]):
        self.settings = settings or FetchSettings()
        self.origins = {origin(url) for url in origins}
        # no keep-alive: each request has its own connection, whose socket the deadline can shut
        self.client = httpx.Client(timeout=self.settings.timeout, follow_redirects=False, verify=_tls(),
                                   limits=httpx.Limits(max_keepalive_connections=0),
                                   headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"})
        self._last: dict[str, float] = {}

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.client.close()

    def check(self, url: str) -> None:
        """Raise FetchError (kind 'origin') unless `url` is on one of the allowed origins."""
        if origin(url) not in self.origins:
            allowed = ", ".join(sorted(_show(o) for o in self.origins))
            raise FetchError(f"refused: {shown(url[:200])} is not on the site's origin ({allowed})", kind="origin")

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Download:
        """GET `url` (redirects followed on the allowed origins), retrying transient failures with backoff;
        raises FetchError and nothing else."""
        headers = {key: value for key, value in (("If-None-Match", etag), ("If-Modified-Since", last_modified))
                   if value}
        attempts = self.settings.retries + 1
        for attempt in range(attempts):
            try:
                return self._get_following(url, headers)
            except FetchError as exc:
                if not exc.transient or attempt == attempts - 1:
                    raise
            time.sleep(self.settings.backoff * 2 ** attempt)
        raise AssertionError("unreachable")

    def _get_following(self, url: str, headers: dict[str, str]) -> Download:
        """One attempt: the request and its redirects, each hop checked against the origins, within one
        deadline."""
        deadline = time.monotonic() + self.settings.timeout
        seen = {url}
        for _ in range(MAX_REDIRECTS + 1):
            self.check(url)
            target = self._get_once(url, headers, deadline)
            if isinstance(target, Download):
                return target
            if target in seen:
                raise FetchError(f"redirect loop at {shown(target[:200])}", kind="redirect")
            seen.add(target)
            url = target
        raise FetchError(f"more than {MAX_REDIRECTS} redirects", kind="redirect")

    def _get_once(self, url: str, headers: dict[str, str], deadline: float) -> Download | str:
        """The download, or the URL a redirect points at."""
        self._wait_turn(url)
        watchdog = _Deadline(deadline)
        try:
            with watchdog, self.client.stream("GET", url, headers=headers, extensions={"trace": watchdog.trace},
                                              timeout=watchdog.timeout(self.settings.timeout)) as response:
                status = response.status_code
                if status in REDIRECT_STATUSES and "Location" in response.headers:
                    try:
                        return urljoin(url, response.headers["Location"])
                    except ValueError as exc:
                        raise FetchError(f"bad redirect target ({exc})", status, "redirect") from exc
                if status == 304:
                    return Download(304, None, *_validators(response))
                if status != 200:
                    transient = status >= 500 or status in TRANSIENT_STATUSES
                    raise FetchError(f"HTTP {status} {response.reason_phrase}", status, "http", transient)
                body = _read_limited(response, self.settings.max_bytes, watchdog)
                return Download(200, body, *_validators(response))
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            if watchdog.expired:
                raise _too_slow(self.settings.timeout) from exc
            raise _classify(exc) from exc
        except ValueError as exc:  # a URL or a stored validator httpx cannot put in a request
            raise FetchError(f"cannot make the request: {type(exc).__name__}: {exc}"[:300], kind="url") from exc

    def _wait_turn(self, url: str) -> None:
        host = urlsplit(url).netloc
        wait = self._last.get(host, 0.0) + self.settings.delay - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        self._last[host] = time.monotonic()


class _Deadline:
    """Ends a request at `deadline` whatever the server does: the connection's socket (caught through httpcore's
    trace hook as it is made) is shut when the time is up, which wakes a read waiting on a dripping server."""

    def __init__(self, deadline: float):
        self.deadline = deadline
        self.expired = False
        self._socket: socket.socket | None = None
        self._timer = threading.Timer(max(0.0, deadline - time.monotonic()), self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()

    def timeout(self, limit: float) -> httpx.Timeout:
        return httpx.Timeout(max(0.001, min(limit, self.deadline - time.monotonic())))

    def trace(self, event: str, info: dict[str, Any]) -> None:
        if event in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
            stream = info.get("return_value")
            self._socket = stream.get_extra_info("socket") if stream is not None else None
            if self.expired:
                self._expire()

    def check(self) -> None:
        if time.monotonic() >= self.deadline:
            self.expired = True

    def _expire(self) -> None:
        self.expired = True
        if self._socket is not None:
            with contextlib.suppress(OSError):
                self._socket.shutdown(socket.SHUT_RDWR)


def _too_slow(seconds: float) -> FetchError:
    return FetchError(f"timeout: no complete answer within {seconds:g} s", kind="timeout", transient=True)


def _classify(exc: httpx.HTTPError | httpx.InvalidURL) -> FetchError:
    """An httpx failure as a FetchError: timeouts and cut-off connections are transient; a refused connection,
    an unsupported scheme or a bad URL are not."""
    text = shown(f"{type(exc).__name__}: {exc}".strip(": "))
    if isinstance(exc, httpx.TimeoutException):
        return FetchError(text, kind="timeout", transient=True)
    if isinstance(exc, httpx.ConnectError):
        refused = "refused" in str(exc).lower() or _errno_in(exc, errno.ECONNREFUSED)
        return FetchError(text, kind="network", transient=not refused)
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return FetchError(text, kind="url")
    if isinstance(exc, httpx.DecodingError):
        return FetchError(text, kind="encoding")
    return FetchError(text, kind="network", transient=isinstance(exc, httpx.TransportError))


def _errno_in(exc: BaseException, number: int) -> bool:
    while exc is not None:
        if isinstance(exc, OSError) and exc.errno == number:
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def _decoder(response: httpx.Response) -> Any:
    """A zlib decompressor for the body's one content coding (gzip or deflate), or None for none."""
    codings = [c.strip().lower() for c in response.headers.get("Content-Encoding", "").split(",")]
    codings = [c for c in codings if c and c != "identity"]
    if len(codings) > 1:
        raise FetchError(f"refused: more than one content coding ({', '.join(codings)})", 200, "encoding")
    if not codings:
        return None
    if codings[0] in ("gzip", "x-gzip"):
        return zlib.decompressobj(16 + zlib.MAX_WBITS)
    if codings[0] == "deflate":
        return zlib.decompressobj()
    raise FetchError(f"refused: unsupported content coding {codings[0][:40]!r}", 200, "encoding")


def _read_limited(response: httpx.Response, limit: int, watchdog: _Deadline) -> bytes:
    """The body, decoded (one level of gzip or deflate) as it streams in, and refused as soon as the decoded
    bytes pass `limit`: a small compressed body cannot become a large one in memory."""
    announced = response.headers.get("Content-Length", "")
    if announced.isdigit() and int(announced) > limit:
        raise FetchError(f"too large: Content-Length {announced} bytes is over the {limit}-byte limit", 200,
                         "too large")
    decoder = _decoder(response)
    chunks, size = [], 0
    for raw in response.iter_raw(CHUNK):
        watchdog.check()
        if watchdog.expired:
            raise httpx.ReadTimeout("deadline")
        try:
            chunk = decoder.decompress(raw, limit - size + 1) if decoder else raw
        except zlib.error as exc:
            raise FetchError(f"body is not the {response.headers['Content-Encoding']} it claims ({exc})", 200,
                             "encoding") from exc
        size += len(chunk)
        if size > limit or (decoder and decoder.unconsumed_tail):
            raise FetchError(f"too large: body over the {limit}-byte limit"
                             + (" once decompressed" if decoder else ""), 200, "too large")
        chunks.append(chunk)
    if decoder and not decoder.eof:
        raise FetchError("compressed body cut short", 200, "encoding", transient=True)
    return b"".join(chunks)


def _validators(response: httpx.Response) -> tuple[str | None, str | None]:
    return response.headers.get("ETag"), response.headers.get("Last-Modified")


def check_pdf(body: bytes) -> None:
    """Raise FetchError unless `body` is a whole PDF: `%PDF-` in the first KB and `%%EOF` in the last."""
    if not body:
        raise FetchError("not a PDF: empty body", 200, "not a pdf")
    if b"%PDF-" not in body[:1024]:
        raise FetchError(f"not a PDF: the body is {looks_like(body[:1024])}", 200, "not a pdf")
    if b"%%EOF" not in body[-1024:]:
        raise FetchError(f"truncated PDF: no %%EOF at the end of {len(body)} bytes", 200, "not a pdf")


def store(body: bytes, folder: Path) -> tuple[str, Path]:
    """Write `body` to `<folder>/<sha[:2]>/<sha>.pdf` (atomically; once) and return its hash and path; a full
    disk or an unwritable folder is a FetchError of kind 'store', leaving no partial file."""
    sha = hashlib.sha256(body).hexdigest()
    path = folder / sha[:2] / f"{sha}.pdf"
    if path.exists():
        return sha, path
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".part")
        with os.fdopen(fd, "wb") as fh:
            fh.write(body)
        os.replace(tmp, path)
    except OSError as exc:
        if tmp:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        raise FetchError(f"cannot store the PDF: {exc.strerror or exc} ({path.parent})", 200, "store") from exc
    return sha, path
