"""Real HTTP servers on 127.0.0.1 for the site auditor's tests and benchmarks.

Every site of a list gets its own listening port in ONE forked child process (aiohttp's low-level server, one
``web.Server`` per port on one event loop), so a test talks to real sockets: timeouts, resets, redirects, slow and
endless downloads behave as they do on the wild web, only faster and offline.

    with serve(corpus()) as urls:
        base = urls["s01-plain"]                  # "http://127.0.0.1:41234"
        ...                                       # crawl it
        assert urls.requests("s01-plain") < 100   # every request the site got
        assert urls.requests("s01-plain", "/docs/prikaz.pdf") == 1  # fetched once

Resource keys are request targets: path with query string ("/", "/file/card?id=12", "/index.php?option=..."). A key
may be written decoded ("/наставничество/") or percent-encoded; both the raw and the decoded request target are looked
up, then the path without the query, otherwise the answer is a 404 page.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import os
import resource as rlimit
import signal
import socket
import struct
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web
from multidict import CIMultiDict

BEHAVIOURS = frozenset({"", "slow", "trickle", "reset", "flaky", "gzip-bomb", "endless"})
MODES = frozenset({"http", "down", "garbage"})
KINDS = frozenset({"школа", "управление"})

PLACEHOLDER = "{site}"
DEFAULT_CONTENT_TYPE = "text/html; charset=utf-8"
TRICKLE_CHUNK = 1024  # bytes per write of a "trickle" body; `delay` seconds between writes
ENDLESS_CHUNK = 64 * 1024  # bytes per write of an "endless" body
FLAKY_FAILURES = 2  # a "flaky" path answers 503 this many times (counted per path), then normally
STARTUP_TIMEOUT = 120.0  # seconds the parent waits for the child to report its ports
# What a port of mode "garbage" sends: an SSH banner and binary noise, as a wrongly configured port does.
GARBAGE = b"SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n\x00\x00\x04\x2c\x0a\x14\x8f\xe3\x01\xff\xfe\x00garbage\x00\x17"

NOT_FOUND = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>404 Not Found</title></head>"
    "<body><h1>404</h1><p>Страница не найдена.</p></body></html>"
).encode()
UNAVAILABLE = (
    b"<html><head><title>503 Service Temporarily Unavailable</title></head><body>"
    b"<center><h1>503 Service Temporarily Unavailable</h1></center><hr><center>nginx</center></body></html>"
)


@dataclass(frozen=True)
class Resource:
    """One answer of a site: body, status, headers and how it is sent.

    behaviour: "" normal; "slow" sleeps `delay` s before answering; "trickle" sends the headers, then the body in
    TRICKLE_CHUNK-byte writes with `delay` s between them; "reset" drops the TCP connection (RST) without an answer;
    "flaky" answers 503 to the first FLAKY_FAILURES requests of its path, then normally; "gzip-bomb" sends `body`
    (already gzip-compressed) as is with Content-Encoding: gzip; "endless" sends `body` and then ENDLESS_CHUNK-byte
    chunks of zeros (chunked transfer, no Content-Length) until the client disconnects. Redirects are a 301/302
    status and a ("Location", ...) header. "{site}" in the body and header values becomes the site's base URL at
    serve time (not in a gzip-bomb body, which is compressed).
    """

    body: bytes = b""
    status: int = 200
    headers: tuple[tuple[str, str], ...] = ()
    behaviour: str = ""
    delay: float = 0.0


@dataclass
class Site:
    """A web site: its resources, and the ground truth the auditor's result is compared with."""

    name: str
    resources: dict[str, Resource]
    kind: str = "школа"
    truth: dict[str, str | None] = field(default_factory=dict)
    expected_status: str = "ok"
    mode: str = "http"
    note: str = ""
    host: str = "127.0.0.1"  # another loopback address (127.0.0.2) is another machine to the auditor


class Served(dict[str, str]):
    """{site name: base URL} of running sites, plus the request counters the child process keeps.

    The counters live in shared memory (a multiprocessing RawArray): the child increments them, the parent reads them
    at any time, also after serve() has exited.
    """

    def __init__(
        self, urls: dict[str, str], counts: Any, slots: dict[str, tuple[int, dict[str, int]]], open_: Any
    ) -> None:
        super().__init__(urls)
        self._counts = counts
        self._slots = slots
        self._open = open_  # per site: requests being answered now, and the most there ever were at once
        self._index = {name: i for i, name in enumerate(urls)}

    def most_at_once(self, name: str) -> int:
        """The most requests the site was answering at the same moment (how polite its visitor was)."""
        return int(self._open[2 * self._index[name] + 1])

    def requests(self, name: str, path: str | None = None) -> int:
        """Requests the site got (any method, any path, 404s and failed ones included; for mode "garbage" the
        connections). With `path` (a key of the site's resources): requests answered by that resource."""
        base, offsets = self._slots[name]
        if path is None:
            return int(self._counts[base])
        return int(self._counts[base + 1 + offsets[path]]) if path in offsets else 0

    def total_requests(self) -> int:
        """Requests all the sites got together."""
        return sum(int(self._counts[base]) for base, _ in self._slots.values())

    def reset_counts(self) -> None:
        """Zero every counter (the flaky paths keep their own count and do not fail again)."""
        for i in range(len(self._counts)):
            self._counts[i] = 0


def raise_open_files_limit() -> int:
    """Raise the soft RLIMIT_NOFILE to the hard limit (a thousand ports need a thousand descriptors); returns it."""
    soft, hard = rlimit.getrlimit(rlimit.RLIMIT_NOFILE)
    if hard == rlimit.RLIM_INFINITY:
        hard = max(soft, 1 << 16)
    if soft < hard:
        with contextlib.suppress(ValueError, OSError):
            rlimit.setrlimit(rlimit.RLIMIT_NOFILE, (hard, hard))
    return rlimit.getrlimit(rlimit.RLIMIT_NOFILE)[0]


@contextmanager
def serve(sites: list[Site]) -> Iterator[Served]:
    """Serve every site on its own port of 127.0.0.1 (or of its `host`, e.g. 127.0.0.2: Linux routes all of 127.0.0.0/8
    to the loopback) from ONE forked child process (multiprocessing 'fork' context,
    so the sites need not be picklable); yields a Served mapping {site.name: base_url} with base_url like
    "http://127.0.0.1:41234" (no trailing slash), whose .requests(name[, path]) tells how many requests a site (or
    one of its resources) got. Stops the child on exit (also on exceptions).

    Site.mode: "http" serves the resources; "down" keeps the port bound but never listens, so connecting is refused
    (holding the port keeps anyone else from taking it); "garbage" accepts, reads the request and answers non-HTTP
    bytes, then closes. Ports are bound with port 0 in the child and reported back over a pipe.
    """
    _validate(sites)
    slots: dict[str, tuple[int, dict[str, int]]] = {}
    size = 0
    for site in sites:
        slots[site.name] = (size, {key: i for i, key in enumerate(site.resources)})
        size += 1 + len(site.resources)
    ctx = multiprocessing.get_context("fork")
    counts = ctx.RawArray("q", max(size, 1))
    open_ = ctx.RawArray("q", 2 * max(len(sites), 1))
    parent_conn, child_conn = ctx.Pipe()
    process = ctx.Process(
        target=_child_main,
        args=(sites, child_conn, parent_conn, counts, open_, [slots[s.name][0] for s in sites]),
        name="siteserver",
        daemon=True,
    )
    process.start()
    child_conn.close()
    try:
        if not parent_conn.poll(STARTUP_TIMEOUT):
            raise RuntimeError(f"site server did not start in {STARTUP_TIMEOUT:.0f} s")
        try:
            message, payload = parent_conn.recv()
        except EOFError:
            raise RuntimeError("site server exited before reporting its ports") from None
        if message != "ready":
            raise RuntimeError(f"site server failed to start:\n{payload}")
        yield Served(dict(zip((s.name for s in sites), payload, strict=True)), counts, slots, open_)
    finally:
        with contextlib.suppress(OSError):
            parent_conn.send("stop")
        parent_conn.close()
        process.join(5)
        if process.is_alive():
            process.terminate()
            process.join(2)
        if process.is_alive():
            process.kill()
            process.join()


def _validate(sites: list[Site]) -> None:
    names: set[str] = set()
    for site in sites:
        if site.name in names:
            raise ValueError(f"two sites are named {site.name!r}")
        names.add(site.name)
        if site.mode not in MODES:
            raise ValueError(f"{site.name}: unknown mode {site.mode!r}")
        if site.kind not in KINDS:
            raise ValueError(f"{site.name}: unknown kind {site.kind!r}")
        for key, res in site.resources.items():
            if not key.startswith("/"):
                raise ValueError(f"{site.name}: resource key {key!r} does not start with '/'")
            if res.behaviour not in BEHAVIOURS:
                raise ValueError(f"{site.name}{key}: unknown behaviour {res.behaviour!r}")


# ---- the child process ----------------------------------------------------------------------------------------


def _child_main(sites: list[Site], conn: Any, parent_conn: Any, counts: Any, open_: Any, bases: list[int]) -> None:
    parent_conn.close()  # the parent's end: its closing (parent gone) must reach us as EOF
    with contextlib.suppress(ValueError, OSError):
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's business; it stops us
        signal.set_wakeup_fd(-1)  # an inherited event loop's wake-up pipe belongs to the parent
    for name in ("aiohttp", "aiohttp.server", "aiohttp.access", "aiohttp.web", "asyncio"):
        logging.getLogger(name).setLevel(logging.CRITICAL + 1)
        logging.getLogger(name).propagate = False
    try:
        asyncio.run(_run(sites, conn, counts, open_, bases))
    except BaseException:
        with contextlib.suppress(Exception):
            conn.send(("error", traceback.format_exc()))
    finally:
        os._exit(0)  # sockets and connections close with the process; no graceful shutdown of a thousand servers


async def _run(sites: list[Site], conn: Any, counts: Any, open_: Any, bases: list[int]) -> None:
    raise_open_files_limit()
    loop = asyncio.get_running_loop()
    sockets: list[socket.socket] = []
    for site in sites:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind((site.host, 0))
        if site.mode != "down":  # bound and not listening: connect() gets ECONNREFUSED
            sock.listen(512)
            sock.setblocking(False)
        sockets.append(sock)
    urls = [f"http://{site.host}:{sock.getsockname()[1]}" for site, sock in zip(sites, sockets, strict=True)]
    for number, (site, sock, url, base) in enumerate(zip(sites, sockets, urls, bases, strict=True)):
        if site.mode == "garbage":
            await asyncio.start_server(_Garbage(counts, base), sock=sock)
        elif site.mode == "http":
            handler = _Handler(site, url, counts, base, open_, 2 * number)
            server = web.Server(handler, handler_cancellation=True, access_log=None)
            await loop.create_server(server, sock=sock, backlog=512)
    conn.send(("ready", urls))
    stop = asyncio.Event()
    loop.add_reader(conn.fileno(), stop.set)  # a "stop" message or EOF when the parent is gone
    await stop.wait()


@dataclass(frozen=True)
class _Ready:
    """A resource prepared for serving: placeholder replaced, headers built once."""

    slot: int
    body: bytes
    status: int
    headers: tuple[tuple[str, str], ...]
    behaviour: str
    delay: float


def _prepare(res: Resource, url: str, slot: int) -> _Ready:
    body = res.body
    if res.behaviour != "gzip-bomb" and b"{site}" in body:
        body = body.replace(b"{site}", url.encode())
    headers = tuple((k, v.replace(PLACEHOLDER, url)) for k, v in res.headers)
    if body and not any(k.lower() == "content-type" for k, _ in headers):
        headers = (*headers, ("Content-Type", DEFAULT_CONTENT_TYPE))
    if res.behaviour == "gzip-bomb" and not any(k.lower() == "content-encoding" for k, _ in headers):
        headers = (*headers, ("Content-Encoding", "gzip"))
    return _Ready(slot, body, res.status, headers, res.behaviour, res.delay)


class _Handler:
    """Answers the requests of one site (one port)."""

    def __init__(self, site: Site, url: str, counts: Any, base: int, open_: Any, at: int) -> None:
        self.counts = counts
        self.base = base
        self.open, self.at = open_, at
        self.resources = {key: _prepare(res, url, base + 1 + i) for i, (key, res) in enumerate(site.resources.items())}
        self.failures: dict[int, int] = {}

    def lookup(self, request: web.BaseRequest) -> _Ready | None:
        raw = request.raw_path
        for key in (raw, request.path_qs, raw.partition("?")[0], request.path):
            found = self.resources.get(key)
            if found is not None:
                return found
        return None

    async def __call__(self, request: web.BaseRequest) -> web.StreamResponse:
        self.open[self.at] += 1
        self.open[self.at + 1] = max(self.open[self.at + 1], self.open[self.at])
        try:
            return await self._answer(request)
        finally:
            self.open[self.at] -= 1

    async def _answer(self, request: web.BaseRequest) -> web.StreamResponse:
        self.counts[self.base] += 1
        res = self.lookup(request)
        if res is None:
            return web.Response(status=404, body=NOT_FOUND, headers={"Content-Type": DEFAULT_CONTENT_TYPE})
        self.counts[res.slot] += 1
        behaviour = res.behaviour
        if behaviour == "reset":
            transport = request.transport
            if transport is not None:
                sock = transport.get_extra_info("socket")
                if sock is not None:
                    with contextlib.suppress(OSError):  # linger 0: close() sends RST, the client sees a reset
                        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                transport.abort()
            return web.Response(status=500)  # never sent: the connection is gone
        if behaviour == "flaky":
            seen = self.failures.get(res.slot, 0)
            if seen < FLAKY_FAILURES:
                self.failures[res.slot] = seen + 1
                return web.Response(status=503, body=UNAVAILABLE, headers={"Content-Type": DEFAULT_CONTENT_TYPE})
        if behaviour == "slow":
            await asyncio.sleep(res.delay)
        headers = CIMultiDict(res.headers)
        if behaviour in ("trickle", "endless") and request.method != "HEAD":
            return await self._stream(request, res, headers)
        if behaviour == "endless":  # HEAD of an endless body: no length is known
            response = web.StreamResponse(status=res.status, headers=headers)
            await response.prepare(request)
            return response
        return web.Response(status=res.status, body=res.body, headers=headers)

    @staticmethod
    async def _stream(request: web.BaseRequest, res: _Ready, headers: CIMultiDict[str]) -> web.StreamResponse:
        response = web.StreamResponse(status=res.status, headers=headers)
        if res.behaviour == "trickle":
            response.content_length = len(res.body)
        try:
            await response.prepare(request)
            if res.behaviour == "trickle":
                for start in range(0, len(res.body), TRICKLE_CHUNK):
                    if start:
                        await asyncio.sleep(res.delay)
                    await response.write(res.body[start : start + TRICKLE_CHUNK])
                await response.write_eof()
            else:
                if res.body:
                    await response.write(res.body)
                chunk = bytes(ENDLESS_CHUNK)
                while True:
                    await response.write(chunk)
        except (ConnectionError, RuntimeError):
            pass  # the client went away mid-body, as expected
        return response


class _Garbage:
    """A port that speaks no HTTP: reads what comes, answers noise, closes."""

    def __init__(self, counts: Any, base: int) -> None:
        self.counts = counts
        self.base = base

    async def __call__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.counts[self.base] += 1
        try:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(reader.read(65536), 2.0)  # read the request: closing then sends FIN, not RST
            writer.write(GARBAGE)
            await writer.drain()
        except (ConnectionError, OSError):
            pass
        finally:
            writer.close()
