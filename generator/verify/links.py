"""Every internal link and anchor of the built site resolves (MkDocs checks Markdown links only)."""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from html import unescape
from pathlib import Path
from urllib.parse import unquote, urlsplit

from generator.parallel import fork_map

_COMMENT = re.compile(r"<!--.*?-->", re.S)
_TAG = re.compile(r"<(a|link|img|script|[a-z][a-z0-9-]*)\b([^>]*)>", re.I)
_ATTR = re.compile(r"""\s([a-zA-Z:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_LINKING = {"a": "href", "link": "href", "img": "src", "script": "src"}


def collect(html: str) -> tuple[list[str], set[str]]:
    """The links (href of a and link, src of img and script) and the ids of a page.

    A regular expression over the tags instead of an HTML parser: the pages are ours, machine-written with
    quoted attributes, and a region has tens of thousands of them (a parser took as long as rendering them)."""
    links: list[str] = []
    ids: set[str] = set()
    for match in _TAG.finditer(_COMMENT.sub("", html)):
        tag, attrs = match.group(1).lower(), match.group(2)
        if "=" not in attrs:
            continue
        wanted = _LINKING.get(tag)
        for name, double, single, bare in _ATTR.findall(attrs):
            name = name.lower()
            if name == "id" or name == wanted:
                value = unescape(double or single or bare)
                if name == "id":
                    ids.add(value)
                else:
                    links.append(value)
    return links, ids


@dataclass(frozen=True, slots=True)
class BrokenLink:
    page: str  # site path of the HTML file
    href: str
    reason: str

    def render(self) -> str:
        return f"{self.page}: ссылка «{self.href}» — {self.reason}"


def _target_file(site: Path, page: str, path: str, base_path: str = "/") -> str:
    base = posixpath.dirname(page)
    if path.startswith(base_path):  # «/nastavnichestvo/roadmap/» on a site published at …/nastavnichestvo/
        path = "/" + path[len(base_path) :]
    joined = posixpath.normpath(posixpath.join(base, path)) if not path.startswith("/") else path.lstrip("/")
    if path.endswith("/") or path in ("", "."):
        joined = posixpath.join(joined, "index.html") if joined != "." else "index.html"
    return joined


def _read(path: Path) -> tuple[list[str], set[str]]:
    return collect(path.read_text(encoding="utf-8", errors="replace"))


def check_links(site: Path, base_path: str = "/") -> list[BrokenLink]:
    """Every link of every page of `site` leads somewhere; `base_path`: the path the site is published under
    (the 404 page links by absolute paths, as it is served at any address)."""
    files = sorted(site.rglob("*.html"))
    pages = dict(zip((f.relative_to(site).as_posix() for f in files), fork_map(_read, files), strict=True))
    exists: dict[str, str | None] = {}  # target → the file it resolves to (a folder → its index.html), or None

    def resolve(target: str) -> str | None:
        if target not in exists:
            full = site / target
            if full.is_dir():
                target_file = posixpath.join(target, "index.html")
                exists[target] = target_file if (site / target_file).is_file() else None
            else:
                exists[target] = target if full.is_file() else None
        return exists[target]

    broken = []
    for page, (links, _) in pages.items():
        for href in links:
            try:
                parts = urlsplit(href)
            except ValueError:  # e.g. «http://[host/…»: not a URL any browser can follow
                broken.append(BrokenLink(page, href, "адрес записан с ошибкой"))
                continue
            if parts.scheme or parts.netloc or href.startswith(("mailto:", "tel:", "javascript:", "data:")):
                continue
            path = unquote(parts.path)
            target = page if path == "" else _target_file(site, page, path, base_path)
            if target.startswith(".."):
                broken.append(BrokenLink(page, href, "ведёт за пределы сайта"))
                continue
            found = resolve(target)
            if found is None:
                broken.append(BrokenLink(page, href, "страница или файл не существует"))
                continue
            if parts.fragment and found in pages and unquote(parts.fragment) not in pages[found][1]:
                broken.append(BrokenLink(page, href, f"на странице нет якоря «{parts.fragment}»"))
    return broken
