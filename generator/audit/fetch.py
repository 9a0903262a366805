"""A polite, bounded HTTP client for the auditor.

Politeness: an honest User-Agent, a limit of simultaneous connections per host, bounded retries with
exponential backoff (only for what a retry can cure: connection failures, timeouts, 429 and 5xx). Bounds: a
connect/read timeout and a whole-response deadline (a server that trickles a byte a second is cut off), a
redirect limit, only http and https, and a maximum number of bytes read — counted after decompression, which
we do ourselves so that a gzip bomb inflates no further than the limit. Forbidden networks (the clouds' metadata
services, link-local, multicast by default; inner networks on request) are refused where the connection is made,
after name resolution, so neither a redirect nor a link in a hostile page nor a name that resolves there gets round.
"""

from __future__ import annotations

import asyncio
import ipaddress
import re
import socket
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from email.message import Message
from functools import partial
from urllib.parse import unquote, urljoin, urlsplit

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import DefaultResolver


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("nastavnik")
    except PackageNotFoundError:  # a checkout that was not installed
        return "0"


USER_AGENT = f"nastavnik-audit/{_version()} (проверка разделов «Наставничество» сайтов школ)"
MAX_BYTES = 20 * 1024 * 1024  # a document over 15 MB is a finding already; reading further proves nothing more
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
SITE_BUDGET = 300.0  # seconds for one whole site: slow in every answer, yet within each limit, it is cut off here

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def networks(*texts: str) -> tuple[Network, ...]:
    """Networks from their text ("10.0.0.0/8", "192.0.2.1"); ValueError on what is not one."""
    return tuple(ipaddress.ip_network(text.strip(), strict=False) for text in texts)


# Never a school's web server, always a way into the auditor's own surroundings: "this host" (0.0.0.0 and :: reach
# the local machine), link-local with the clouds' metadata services (169.254.169.254, fd00:ec2::254), multicast and
# reserved ranges. Loopback is not here: local previews and the tests serve sites on 127.0.0.1.
FORBIDDEN = networks(
    "0.0.0.0/8", "169.254.0.0/16", "224.0.0.0/4", "240.0.0.0/4", "::/128", "fe80::/10", "ff00::/8", "fd00:ec2::254/128"
)
# Inner networks, forbidden on request (`nastavnik audit --no-private`): RFC 1918, shared address space, loopback,
# unique local IPv6.
PRIVATE = networks(
    "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "127.0.0.0/8", "::1/128", "fc00::/7"
)


def forbidden(extra: Iterable[str] = (), private: bool = False) -> tuple[Network, ...]:
    """The networks never to connect to: the defaults, the inner ones when asked, and the department's own."""
    return FORBIDDEN + (PRIVATE if private else ()) + networks(*extra)


class FetchError(Exception):
    """A resource that could not be fetched; `code` is one of the statuses of `ERRORS`."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code, self.detail = code, detail


ERRORS = {
    "unreachable": "не удалось соединиться с сервером",
    "timeout": "сервер не ответил вовремя",
    "redirect_loop": "слишком много перенаправлений",
    "bad_scheme": "адрес не http и не https",
    "bad_response": "ответ сервера не по протоколу HTTP или повреждён",
    "forbidden": "адрес запрещён настройками проверки",
}


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # after redirects
    status: int
    content_type: str  # the MIME type, lower case, without parameters; "" when none was sent
    charset: str | None
    body: bytes = field(repr=False)  # decoded; at most the limit. Not in repr: asyncio and logs print results
    complete: bool  # False: the body was longer than the limit and was cut
    length: int | None  # Content-Length as declared (of the encoded body), if any
    filename: str | None  # from Content-Disposition

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300


@dataclass(frozen=True)
class Limits:
    concurrency: int = 64  # connections in all
    per_host: int = 2
    timeout: float = 10.0  # to connect, and between two reads
    deadline: float = 30.0  # for a whole response
    retries: int = 2
    backoff: float = 0.5  # seconds before the first retry; doubled each time
    redirects: int = 5
    max_bytes: int = MAX_BYTES
    site_budget: float = SITE_BUDGET  # for all the requests of one site together
    forbid: tuple[Network, ...] = FORBIDDEN  # never connected to, whatever the URL, the redirect or the DNS says


def is_forbidden(address: str, forbid: Iterable[Network]) -> bool:
    """Whether an IP address (text) is in a forbidden network; what is not an IP address is forbidden."""
    try:
        ip = ipaddress.ip_address(address.partition("%")[0])  # without an IPv6 zone ("fe80::1%eth0")
    except ValueError:
        return True  # fail closed: only an address we can place may be connected to
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped  # ::ffff:169.254.169.254 connects to 169.254.169.254
    return any(ip in network for network in forbid)


def _ip_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host.partition("%")[0])
    except ValueError:
        return False
    return True


class ForbiddenAddress(OSError):
    """A connection the configuration forbids; raised before any packet is sent."""

    def __init__(self, host: str, address: str) -> None:
        super().__init__(f"forbidden address: {host} → {address}" if host != address else f"forbidden address: {host}")
        self.host, self.address = host, address


class GuardedResolver(AbstractResolver):
    """The usual resolver, without the forbidden addresses: a name cannot lead where an address may not go."""

    def __init__(self, forbid: tuple[Network, ...], inner: AbstractResolver | None = None) -> None:
        self.forbid = forbid
        self.inner = inner or DefaultResolver()

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        found = await self.inner.resolve(host, port, family)
        allowed = [r for r in found if not is_forbidden(r["host"], self.forbid)]
        if found and not allowed:
            raise ForbiddenAddress(host, found[0]["host"])
        return allowed

    async def close(self) -> None:
        await self.inner.close()


def _guarded_socket(forbid: tuple[Network, ...], addr_info: tuple) -> socket.socket:  # type: ignore[type-arg]
    # The last gate, for every connection whatever its origin: aiohttp does not ask the resolver about an address
    # written in the URL, and this sees the very address connect() is about to be given.
    family, kind, proto, _, address = addr_info
    if is_forbidden(address[0], forbid):
        raise ForbiddenAddress(address[0], address[0])
    return socket.socket(family, kind, proto)


def _disposition_name(value: str | None) -> str | None:
    if not value:
        return None
    message = Message()
    message["content-disposition"] = value
    name = message.get_filename()
    if name is None:
        match = re.search(r"filename\*?=(?:UTF-8'')?\"?([^\";]+)", value, re.IGNORECASE)
        name = unquote(match.group(1)) if match else None
    return name


class Fetcher:
    def __init__(self, limits: Limits | None = None) -> None:
        self.limits = limits or Limits()
        self._session: aiohttp.ClientSession | None = None
        self._resolver: GuardedResolver | None = None

    async def __aenter__(self) -> Fetcher:
        self._resolver = GuardedResolver(self.limits.forbid)
        connector = aiohttp.TCPConnector(
            limit=self.limits.concurrency,
            limit_per_host=self.limits.per_host,
            ttl_dns_cache=600,
            resolver=self._resolver,
            socket_factory=partial(_guarded_socket, self.limits.forbid),
        )
        self._session = aiohttp.ClientSession(
            connector=connector,
            timeout=aiohttp.ClientTimeout(
                total=None, connect=self.limits.timeout, sock_connect=self.limits.timeout, sock_read=self.limits.timeout
            ),
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate", "Accept-Language": "ru"},
            auto_decompress=False,  # see _read: we inflate within the byte limit ourselves
            cookie_jar=aiohttp.DummyCookieJar(),
        )
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._session is not None:
            await self._session.close()
        if self._resolver is not None:  # a resolver given to the connector is not closed by it
            await self._resolver.close()

    async def get(self, url: str, max_bytes: int | None = None) -> Fetched:
        """GET `url` following redirects; raises FetchError. HTTP error statuses are returned, not raised."""
        attempt = 0
        while True:
            try:
                result = await self._follow(url, max_bytes or self.limits.max_bytes)
            except FetchError as exc:
                if exc.code not in ("unreachable", "timeout") or attempt >= self.limits.retries:
                    raise
            else:
                if result.status not in RETRY_STATUSES or attempt >= self.limits.retries:
                    return result
            await asyncio.sleep(self.limits.backoff * 2**attempt)
            attempt += 1

    async def _follow(self, url: str, max_bytes: int) -> Fetched:
        seen = set()
        for _ in range(self.limits.redirects + 1):
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https"):
                raise FetchError("bad_scheme", url)
            host = parts.hostname or ""
            if _ip_literal(host) and is_forbidden(host, self.limits.forbid):
                raise FetchError("forbidden", url)  # refused before any connection; names are refused at connect
            seen.add(url)
            try:
                async with asyncio.timeout(self.limits.deadline):
                    result, location = await self._once(url, max_bytes)
            except TimeoutError:
                raise FetchError("timeout", url) from None
            if location is None:
                return result
            url = urljoin(url, location)
            if url in seen:
                raise FetchError("redirect_loop", url)
        raise FetchError("redirect_loop", url)

    async def _once(self, url: str, max_bytes: int) -> tuple[Fetched, str | None]:
        assert self._session is not None, "use `async with Fetcher()`"
        try:
            async with self._session.get(url, allow_redirects=False) as response:
                location = response.headers.get("Location")
                if response.status in (301, 302, 303, 307, 308) and location:
                    return _empty(url, response.status), location
                body, complete = await _read(response, max_bytes)
                return (
                    Fetched(
                        url=str(response.url),
                        status=response.status,
                        content_type=(response.content_type or "").lower()
                        if "Content-Type" in response.headers
                        else "",
                        charset=response.charset,
                        body=body,
                        complete=complete,
                        length=response.content_length,
                        filename=_disposition_name(response.headers.get("Content-Disposition")),
                    ),
                    None,
                )
        except (TimeoutError, aiohttp.ServerTimeoutError):
            raise FetchError("timeout", url) from None
        except aiohttp.ClientConnectorError as exc:
            if isinstance(exc.os_error, ForbiddenAddress) or "forbidden address: " in str(exc.os_error):
                address = getattr(exc.os_error, "address", "")
                raise FetchError("forbidden", f"{url} ({address})" if address else url) from None
            raise FetchError("unreachable", str(exc)) from None
        except (aiohttp.ServerDisconnectedError, aiohttp.ClientOSError) as exc:
            raise FetchError("unreachable", str(exc) or type(exc).__name__) from None
        except (aiohttp.ClientResponseError, aiohttp.ClientPayloadError, aiohttp.InvalidURL, ValueError) as exc:
            raise FetchError("bad_response", str(exc) or type(exc).__name__) from None
        except aiohttp.ClientError as exc:
            raise FetchError("bad_response", str(exc) or type(exc).__name__) from None


def _mime(response: aiohttp.ClientResponse) -> str:
    # aiohttp reports application/octet-stream when nothing was sent; "" says the server did not say
    return (response.content_type or "").lower() if "Content-Type" in response.headers else ""


def _empty(url: str, status: int) -> Fetched:
    return Fetched(url, status, "", None, b"", True, 0, None)


async def _read(response: aiohttp.ClientResponse, max_bytes: int) -> tuple[bytes, bool]:
    """The body, inflated if it came compressed, never more than `max_bytes`; (body, complete)."""
    encoding = response.headers.get("Content-Encoding", "").strip().lower()
    inflate = None
    if encoding in ("gzip", "x-gzip", "deflate"):
        inflate = zlib.decompressobj(47)  # 32 + 15: gzip or zlib header, detected
    elif encoding not in ("", "identity"):
        raise FetchError("bad_response", f"неизвестное сжатие {encoding}")
    parts: list[bytes] = []
    size = 0
    async for chunk in response.content.iter_chunked(65536):
        if inflate is not None:
            try:
                chunk = inflate.decompress(chunk, max_bytes - size + 1)
                while inflate.unconsumed_tail and size + len(chunk) <= max_bytes:
                    chunk += inflate.decompress(inflate.unconsumed_tail, max_bytes - size - len(chunk) + 1)
            except zlib.error:
                raise FetchError("bad_response", "повреждённое сжатие") from None
        size += len(chunk)
        if size > max_bytes:
            parts.append(chunk[: len(chunk) - (size - max_bytes)])
            return b"".join(parts), False
        parts.append(chunk)
    return b"".join(parts), True
