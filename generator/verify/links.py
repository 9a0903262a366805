"""Every internal link and anchor of the built site resolves (MkDocs checks Markdown links only).

A rebuild takes most pages from the section cache unchanged (`generator.unchanged`): what each page links to,
resolved against its own address, and the anchors it holds are kept by the page's address and file identity,
so only pages written anew are read and parsed again. Whether each target exists is decided afresh every time.
"""

from __future__ import annotations

import os
import pickle
import posixpath
import re
from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from html import unescape
from pathlib import Path
from urllib.parse import unquote, urlsplit

from generator.load.signed import SignedCache
from generator.parallel import fork_map
from generator.unchanged import FileKey, digest_of, file_key, tree_files

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


def _target_file(page: str, path: str, base_path: str = "/") -> str:
    base = posixpath.dirname(page)
    if path.startswith(base_path):  # «/nastavnichestvo/roadmap/» on a site published at …/nastavnichestvo/
        path = "/" + path[len(base_path) :]
    joined = posixpath.normpath(posixpath.join(base, path)) if not path.startswith("/") else path.lstrip("/")
    if path.endswith("/") or path in ("", "."):
        joined = posixpath.join(joined, "index.html") if joined != "." else "index.html"
    return joined


Target = tuple[str, str]  # (site path of the file a link leads to, anchor or "")


@dataclass(frozen=True, slots=True)
class PageLinks:
    """What one page needs of the rest of the site, found from the page alone: the targets of its links,
    resolved against its address, and its anchors; `broken`: links wrong whatever the rest of the site holds."""

    targets: dict[Target, str]  # → the first href written for it (for the message)
    ids: frozenset[str]
    broken: tuple[tuple[str, str], ...]  # (href, reason)


def page_links(page: str, html: str, base_path: str) -> PageLinks:
    links, ids = collect(html)
    targets: dict[Target, str] = {}
    broken = []
    for href in links:
        try:
            parts = urlsplit(href)
        except ValueError:  # e.g. «http://[host/…»: not a URL any browser can follow
            broken.append((href, "адрес записан с ошибкой"))
            continue
        if parts.scheme or parts.netloc or href.startswith(("mailto:", "tel:", "javascript:", "data:")):
            continue
        path = unquote(parts.path)
        target = page if path == "" else _target_file(page, path, base_path)
        if target.startswith(".."):
            broken.append((href, "ведёт за пределы сайта"))
            continue
        targets.setdefault((target, unquote(parts.fragment) if parts.fragment else ""), href)
    return PageLinks(targets, frozenset(ids), tuple(broken))


def _read(job: tuple[Path, str, str]) -> PageLinks:
    path, page, base_path = job
    return page_links(page, path.read_text(encoding="utf-8", errors="replace"), base_path)


class LinkCache:
    """PageLinks of pages by (address, file identity), kept between builds, one signed entry per section (the
    first folder of the address): a rebuild rewrites only the entries of sections with pages written anew.
    Strings are stored once per entry in a table, pages as arrays of their indices (a region has 22,000 pages
    of ~40 links, mostly the same addresses)."""

    def __init__(self, folder: Path | None, base_path: str) -> None:
        self.store = SignedCache(folder) if folder is not None else None
        self.digest = digest_of("links", base_path)
        self.pages: dict[tuple[str, FileKey], PageLinks] = {}

    def load(self, section: str) -> None:
        payload = self.store.get(_entry(section), self.digest) if self.store is not None else None
        if payload is None:
            return
        try:
            strings, rows = pickle.loads(payload)
            for page, key, flat, ids in rows:
                pairs = (strings[i] for i in flat)
                targets = {(t, f): h for t, f, h in zip(pairs, pairs, pairs, strict=True)}
                self.pages[(page, key)] = PageLinks(targets, frozenset(strings[i] for i in ids), ())
        except Exception:  # an entry of an older layout: read the section's pages again
            pass

    def save(self, section: str, pages: dict[tuple[str, FileKey], PageLinks]) -> None:
        if self.store is None:
            return
        index: dict[str, int] = {}

        def numbers(strings: Iterable[str]) -> array[int]:
            return array("I", (index.setdefault(s, len(index)) for s in strings))

        rows = []
        for (page, key), links in pages.items():
            flat = numbers(s for (target, fragment), href in links.targets.items() for s in (target, fragment, href))
            rows.append((page, key, flat, numbers(links.ids)))
        self.store.put(_entry(section), self.digest, pickle.dumps((list(index), rows), pickle.HIGHEST_PROTOCOL))

    def prune(self, sections: Iterable[str]) -> None:
        """Delete the entries of sections the site no longer has (a school removed or renamed)."""
        if self.store is None or not self.store.folder.is_dir():
            return
        keep = {f"{_entry(s)}.pickle" for s in sections}
        for path in self.store.folder.iterdir():
            if path.name.endswith(".pickle") and path.name not in keep:
                path.unlink(missing_ok=True)


def _entry(section: str) -> str:
    return f"section-{section}" if section else "root"


def _section(page: str) -> str:
    return page.split("/", 1)[0] if "/" in page else ""


def check_links(
    site: Path,
    base_path: str = "/",
    cache_dir: Path | None = None,
    files: list[tuple[str, str, os.stat_result]] | None = None,
) -> list[BrokenLink]:
    """Every link of every page of `site` leads somewhere; `base_path`: the path the site is published under
    (the 404 page links by absolute paths, as it is served at any address). With `cache_dir`, pages an earlier
    build parsed, unchanged since (same address and file identity), are not read again. `files`: the site's
    files as tree_files lists them, when already known."""
    listed = [f for f in files if f[0].endswith(".html")] if files is not None else tree_files(site, ".html")
    names = [rel for rel, _, _ in listed]
    keys = [file_key(st) for _, _, st in listed]
    cache = LinkCache(cache_dir, base_path)
    for section in dict.fromkeys(_section(n) for n in names):
        cache.load(section)
    found = [cache.pages.get((n, k)) if k is not None else None for n, k in zip(names, keys, strict=True)]
    todo = [i for i, links in enumerate(found) if links is None]
    jobs = [(Path(listed[i][1]), names[i], base_path) for i in todo]
    for i, links in zip(todo, fork_map(_read, jobs), strict=True):
        found[i] = links
    pages: dict[str, PageLinks] = dict(zip(names, found, strict=True))  # type: ignore[arg-type]
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
    for page, links in pages.items():
        broken += [BrokenLink(page, href, reason) for href, reason in links.broken]
        for (target, fragment), href in links.targets.items():
            found_file = resolve(target)
            if found_file is None:
                broken.append(BrokenLink(page, href, "страница или файл не существует"))
            elif fragment and found_file in pages and fragment not in pages[found_file].ids:
                broken.append(BrokenLink(page, href, f"на странице нет якоря «{fragment}»"))
    by_section: dict[str, dict[tuple[str, FileKey], PageLinks]] = {}
    for n, k, links in zip(names, keys, found, strict=True):
        if k is not None and not links.broken:  # a page with a link wrong in itself is read again every time
            by_section.setdefault(_section(n), {})[(n, k)] = links  # type: ignore[union-attr,assignment]
    changed = {_section(names[i]) for i in todo}
    for section, entries in by_section.items():
        if section in changed or any(page not in cache.pages for page in entries):
            cache.save(section, entries)
    cache.prune(by_section)
    return broken
