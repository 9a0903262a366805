"""Every internal link and anchor of the built site resolves (MkDocs checks Markdown links only)."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name == "id":
                self.ids.add(value)
            elif (name == "href" and tag in ("a", "link")) or (name == "src" and tag in ("img", "script")):
                self.links.append(value)


@dataclass(frozen=True, slots=True)
class BrokenLink:
    page: str  # site path of the HTML file
    href: str
    reason: str

    def render(self) -> str:
        return f"{self.page}: ссылка «{self.href}» — {self.reason}"


def _target_file(site: Path, page: str, path: str) -> str:
    base = posixpath.dirname(page)
    joined = posixpath.normpath(posixpath.join(base, path)) if not path.startswith("/") else path.lstrip("/")
    if path.endswith("/") or path in ("", "."):
        joined = posixpath.join(joined, "index.html") if joined != "." else "index.html"
    return joined


def check_links(site: Path) -> list[BrokenLink]:
    pages: dict[str, _Collector] = {}
    for html in sorted(site.rglob("*.html")):
        collector = _Collector()
        collector.feed(html.read_text(encoding="utf-8", errors="replace"))
        pages[html.relative_to(site).as_posix()] = collector
    broken = []
    for page, collector in pages.items():
        for href in collector.links:
            try:
                parts = urlsplit(href)
            except ValueError:  # e.g. «http://[host/…»: not a URL any browser can follow
                broken.append(BrokenLink(page, href, "адрес записан с ошибкой"))
                continue
            if parts.scheme or parts.netloc or href.startswith(("mailto:", "tel:", "javascript:", "data:")):
                continue
            path = unquote(parts.path)
            target = page if path == "" else _target_file(site, page, path)
            if target.startswith(".."):
                broken.append(BrokenLink(page, href, "ведёт за пределы сайта"))
                continue
            full = site / target
            if full.is_dir():
                target = posixpath.join(target, "index.html")
                full = site / target
            if not full.is_file():
                broken.append(BrokenLink(page, href, "страница или файл не существует"))
                continue
            if parts.fragment and target in pages and unquote(parts.fragment) not in pages[target].ids:
                broken.append(BrokenLink(page, href, f"на странице нет якоря «{parts.fragment}»"))
    return broken
