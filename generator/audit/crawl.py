"""One school's site: find the «Наставничество» section from the main page, crawl it within bounds, and collect
what it publishes — pages, and documents with what they really are (format by content, size, text layer).

The section is found by link text read with morphology («Наставничество», «Целевая модель наставничества»,
«ЦМН»…), on the main page or under the menus schools hide it in («Педагогам и сотрудникам», «Наша школа»…).
Inside the section every link is followed to a bounded depth, except the site's own menu (links the main page
also has), so documents linked only from a news post of the section are found and the rest of the site is not
crawled.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
import time
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

from generator.audit.fetch import ERRORS, Fetched, Fetcher, FetchError
from generator.audit.page import Link, Page, clean, is_generic, parse
from generator.audit.spelling import spell
from generator.derive.files import MAX_PUBLISHED_BYTES, PdfFacts, inspect_pdf, sniff_format
from generator.morphology import lemmas

MAX_DEPTH = 3  # from the section's page: its sub-pages, their news posts, the documents those link
MAX_PAGES = 60
MAX_DOCUMENTS = 150
MAX_HUBS = 12
HTML_BYTES = 3 * 1024 * 1024  # a page longer than this is not read further
_DOC_EXT = re.compile(r"\.(pdf|docx?|xlsx?|odt|ods|rtf|pptx?|zip|rar|7z|jpe?g|png)$", re.IGNORECASE)
_HUB_WORDS = frozenset(
    {
        "педагог",
        "сотрудник",
        "учитель",
        "национальный",
        "проект",
        "школа",
        "лицей",
        "гимназия",
        "деятельность",
        "методический",
        "методика",
        "работа",
        "сведение",
        "образование",
        "образовательный",
        "документ",
        "организация",
        "кадровый",
        "воспитание",
        "родитель",
        "учреждение",
        "информация",
    }
)
# Files that belong to the site's machinery, not documents: manifests, calendars, styles, scripts, feeds.
MACHINE_TYPES = frozenset(
    {
        "application/json",
        "text/calendar",
        "text/css",
        "application/javascript",
        "text/javascript",
        "application/xml",
        "text/xml",
        "application/rss+xml",
        "application/atom+xml",
        "image/svg+xml",
        "image/x-icon",
        "image/vnd.microsoft.icon",
    }
)
_SOFT_404 = re.compile(r"\b404\b|страница не найдена|не найдена|not found|файл не найден|документ не найден", re.I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_PHONE = re.compile(r"(?:\+7|\b8)[\s(-]*\d{3,5}[\s)-]*\d{1,3}[\s-]?\d{2}[\s-]?\d{2}\b")

SITE_STATUSES = {
    "ok": "раздел найден",
    "no_section": "сайт доступен, раздел «Наставничество» не найден",
    "http_error": "главная страница отвечает ошибкой",
    "not_html": "главная страница — не HTML",
    "site_timeout": "проверка сайта прервана: превышено время на сайт",
    **ERRORS,
}


@dataclass
class Seen:
    """A page or document of the section, as found."""

    url: str
    title: str  # what the site calls it: link text, or the text around a generic «Скачать»
    found_on: str  # the page that links it
    is_page: bool
    status: str = "ok"  # ok | dead | an ERRORS code
    http_status: int | None = None
    content_type: str = ""
    format: str | None = None  # by content
    size: int | None = None
    complete: bool = True
    text_layer: bool | None = None  # PDFs only
    readable: bool = True


@dataclass
class SiteCrawl:
    url: str
    status: str
    detail: str = ""
    section: list[str] = field(default_factory=list)  # the section's own pages, where it starts
    seen: list[Seen] = field(default_factory=list)
    contacts: bool = False  # an e-mail address or a phone number on the section's pages
    manifest: dict | None = None  # type: ignore[type-arg]  # this project's manifest, when the site has one
    manifest_url: str = ""
    microdata: dict[str, dict[str, str]] = field(default_factory=dict)  # document url → its DigitalDocument item
    requests: int = 0
    seconds: float = 0.0


def _host(url: str) -> str:
    return urlsplit(url).netloc.lower().removeprefix("www.")


@lru_cache(maxsize=1 << 14)
def section_score(text: str, url: str) -> int:
    """How surely a link leads to the mentoring section: 0 — not at all («Наставнечество» too)."""
    words = lemmas(spell(text).text)
    if not words or len(words) > 8:  # a news headline that mentions mentoring is not the section
        return 0
    path = urlsplit(url).path.lower()
    if _DOC_EXT.search(path):
        return 0
    score = 0
    if "наставничество" in words or "цмн" in words or ("целевой" in words and "модель" in words):
        score = 4 if words[0] in ("наставничество", "цмн", "целевой", "система", "о") else 3
    elif "наставник" in words or "наставнический" in words:
        score = 2
    if score and "nastavn" in path:
        score += 1
    return score


def _hub(link: Link) -> bool:
    words = lemmas(link.text)
    return 0 < len(words) <= 6 and bool(_HUB_WORDS & set(words)) and not _DOC_EXT.search(urlsplit(link.url).path)


def _looks_html(fetched: Fetched) -> bool:
    if fetched.content_type in ("text/html", "application/xhtml+xml"):
        return True
    if fetched.content_type and fetched.content_type not in ("text/plain", "application/octet-stream"):
        return False
    head = fetched.body[:512].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<div", b"<p", b"<a "))


_pdf_memo: dict[bytes, PdfFacts] = {}  # the same file on many sites (templates, federal documents) is read once


def _pdf_facts(body: bytes) -> PdfFacts:
    key = hashlib.blake2b(body, digest_size=16).digest()
    found = _pdf_memo.get(key)
    if found is None:
        try:
            found = inspect_pdf(body)
        except Exception:  # a hostile PDF may break the reader in ways it does not declare
            found = PdfFacts(0, 0, False, False)
        if len(_pdf_memo) > 50_000:
            _pdf_memo.clear()
        _pdf_memo[key] = found
    return found


class SiteCrawler:
    def __init__(self, fetcher: Fetcher) -> None:
        self.fetcher = fetcher

    async def crawl(self, site: str, section_url: str | None = None) -> SiteCrawl:
        started = time.perf_counter()
        result = SiteCrawl(site, "ok")
        budget = self.fetcher.limits.site_budget
        # Per-response limits alone let a site that is slow in every answer hold the audit for pages × deadline.
        limit = asyncio.timeout(budget)
        try:
            async with limit:
                await self._crawl(result, site, section_url)
        except TimeoutError:
            if not limit.expired():
                raise
            result.status, result.detail = "site_timeout", f"{budget:g} с"
        result.seconds = time.perf_counter() - started
        return result

    async def _get(self, result: SiteCrawl, url: str, max_bytes: int | None = None) -> Fetched:
        result.requests += 1
        return await self.fetcher.get(url, max_bytes)

    async def _page(self, result: SiteCrawl, url: str) -> Page | None:
        try:
            fetched = await self._get(result, url, HTML_BYTES)
        except FetchError:
            return None
        if not fetched.ok or not _looks_html(fetched):
            return None
        return parse(fetched.url, fetched.body, fetched.charset)

    async def _crawl(self, result: SiteCrawl, site: str, section_url: str | None) -> None:
        try:
            fetched = await self._get(result, site, HTML_BYTES)
        except FetchError as exc:
            result.status, result.detail = exc.code, exc.detail
            return
        if not fetched.ok:
            result.status, result.detail = "http_error", f"HTTP {fetched.status}"
            return
        if not _looks_html(fetched):
            result.status, result.detail = "not_html", fetched.content_type or "без Content-Type"
            return
        main = parse(fetched.url, fetched.body, fetched.charset)
        if not main.links and not main.text:
            result.status, result.detail = "bad_response", "пустая или нечитаемая страница"
            return
        host = _host(main.url)
        menu = {link.url for link in main.links}
        roots = [section_url] if section_url else await self._find_section(result, main, host)
        if not roots:
            result.status = "no_section"
            return
        result.section = roots
        await self._section(result, roots, host, menu, main)

    async def _find_section(self, result: SiteCrawl, main: Page, host: str) -> list[str]:
        def best(page: Page) -> list[str]:
            scored = [(section_score(link.text, link.url), link.url) for link in page.links if _host(link.url) == host]
            top = max((s for s, _ in scored), default=0)
            return list(dict.fromkeys(url for s, url in scored if s == top and s >= 2))[:3]

        found = best(main)
        if found:
            return found
        level = [link.url for link in main.links if _host(link.url) == host and _hub(link)]
        visited = {main.url}
        for _ in range(2):  # hubs, then the hubs' own sub-menus
            level = [url for url in dict.fromkeys(level) if url not in visited][:MAX_HUBS]
            visited.update(level)
            pages = [p for p in await asyncio.gather(*(self._page(result, url) for url in level)) if p]
            found = list(dict.fromkeys(url for page in pages for url in best(page)))
            if found:
                return found[:3]
            level = [link.url for page in pages for link in page.links if _host(link.url) == host and _hub(link)]
        return []

    async def _section(self, result: SiteCrawl, roots: list[str], host: str, menu: set[str], main: Page) -> None:
        # A section that is a site of its own (a portal built by this project) starts at "/": all of it is the section.
        prefixes = tuple(urlsplit(url).path.rstrip("/") + "/" for url in roots)
        queue: list[tuple[str, str, str, int]] = [(url, "", main.url, 0) for url in roots]  # url, title, from, depth
        done: set[str] = set(roots)
        pages = documents = 0
        while queue:
            batch, queue = queue, []
            fetched = await asyncio.gather(
                *(self._visit(result, url, title, source) for url, title, source, _ in batch)
            )
            for (_, _, _, depth), (seen, page) in zip(batch, fetched, strict=True):
                if seen is not None:
                    result.seen.append(seen)
                if page is None:
                    continue
                if _EMAIL.search(page.text) or _PHONE.search(page.text):
                    result.contacts = True
                for url, props in page.documents.items():
                    result.microdata.setdefault(url, props)
                for candidate in page.manifests + [
                    link.url for link in page.links if urlsplit(link.url).path.endswith("/manifest.json")
                ]:
                    if result.manifest is None and _host(candidate) == host:
                        await self._manifest(result, candidate)
                if depth >= MAX_DEPTH:
                    continue
                for link in page.links:
                    if link.url in done:
                        continue
                    internal = _host(link.url) == host
                    path = urlsplit(link.url).path
                    under = internal and path.startswith(prefixes)
                    if link.url in menu and not under and not section_score(link.text, link.url):
                        continue  # the site's own menu: the rest of the site, not the section
                    if link.chrome and not under:
                        continue
                    if not internal and not _DOC_EXT.search(path):
                        continue  # another site's page; its documents are followed only when linked directly
                    is_doc = bool(_DOC_EXT.search(path))
                    if (is_doc and documents >= MAX_DOCUMENTS) or (not is_doc and pages >= MAX_PAGES):
                        continue
                    documents += is_doc
                    pages += not is_doc
                    done.add(link.url)
                    queue.append((link.url, link.context, page.url, depth + 1))
            if not queue and result.manifest is not None:  # what the manifest lists and the pages did not link
                for entry in result.manifest["documents"]:
                    url = urljoin(result.manifest_url, str(entry.get("url") or ""))
                    if url not in done and documents < MAX_DOCUMENTS:
                        done.add(url)
                        documents += 1
                        queue.append((url, str(entry.get("title") or ""), result.manifest_url, MAX_DEPTH))

    async def _visit(self, result: SiteCrawl, url: str, title: str, source: str) -> tuple[Seen | None, Page | None]:
        seen = Seen(url, title, source, is_page=False)
        try:
            fetched = await self._get(result, url)
        except FetchError as exc:
            seen.status = exc.code
            return seen, None
        seen.http_status, seen.content_type = fetched.status, fetched.content_type
        if not fetched.ok:
            seen.status = "dead"
            return seen, None
        if _looks_html(fetched):
            page = parse(fetched.url, fetched.body, fetched.charset)
            seen.is_page = True
            if _SOFT_404.search(f"{page.heading} {page.title}"):  # an error page answered with 200
                seen.status = "dead"
                return seen, None
            heading = page.heading or page.title
            if heading and (is_generic(title) or not title):
                seen.title = heading
            elif heading and heading.lower() not in title.lower():
                seen.title = clean(f"{title}: {heading}")
            return seen, page
        name = fetched.filename or urlsplit(fetched.url).path.rsplit("/", 1)[-1]
        ext = name.rsplit(".", 1)[-1] if "." in name else ""
        seen.format = sniff_format(fetched.body, ext) if fetched.body else None
        seen.complete = fetched.complete
        seen.size = len(fetched.body) if fetched.complete else max(fetched.length or 0, len(fetched.body))
        if fetched.filename and (not title or is_generic(title)):
            seen.title = fetched.filename
        if seen.format == "pdf" and fetched.complete:
            facts = _pdf_facts(fetched.body)
            seen.text_layer, seen.readable = facts.has_text_layer, facts.readable
        elif not fetched.complete and seen.size <= MAX_PUBLISHED_BYTES:
            seen.size = MAX_PUBLISHED_BYTES + 1  # cut off at the limit: at least that big
        return seen, None

    async def _manifest(self, result: SiteCrawl, url: str) -> None:
        try:
            fetched = await self._get(result, url, 5 * 1024 * 1024)
            data = json.loads(fetched.body.decode("utf-8")) if fetched.ok and fetched.complete else None
        except (FetchError, UnicodeDecodeError, ValueError):
            return
        if (
            isinstance(data, dict)
            and data.get("generator") == "nastavnik"
            and data.get("schema_version") == 1
            and isinstance(data.get("documents"), list)
        ):
            result.manifest, result.manifest_url = data, fetched.url
