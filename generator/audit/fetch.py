"""A polite, bounded HTTP client for the auditor.

Politeness: an honest User-Agent, a limit of simultaneous connections per host, bounded retries with
exponential backoff (only for what a retry can cure: connection failures, timeouts, 429 and 5xx). Bounds: a
connect/read timeout and a whole-response deadline (a server that trickles a byte a second is cut off), a
redirect limit, only http and https, and a maximum number of bytes read — counted after decompression, which
we do ourselves so that a gzip bomb inflates no further than the limit.
"""

from __future__ import annotations

import asyncio
import re
import zlib
from dataclasses import dataclass
from email.message import Message
from urllib.parse import unquote, urljoin, urlsplit

import aiohttp


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("nastavnik")
    except PackageNotFoundError:  # a checkout that was not installed
        return "0"


USER_AGENT = f"nastavnik-audit/{_version()} (проверка разделов «Наставничество» сайтов школ)"
MAX_BYTES = 20 * 1024 * 1024  # a document over 15 MB is a finding already; reading further proves nothing more
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


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
}


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # after redirects
    status: int
    content_type: str  # the MIME type, lower case, without parameters; "" when none was sent
    charset: str | None
    body: bytes  # decoded from the transfer encoding; at most the limit
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

    async def __aenter__(self) -> Fetcher:
        connector = aiohttp.TCPConnector(
            limit=self.limits.concurrency, limit_per_host=self.limits.per_host, ttl_dns_cache=600
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
            if urlsplit(url).scheme not in ("http", "https"):
                raise FetchError("bad_scheme", url)
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
