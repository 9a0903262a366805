"""What machines and other sites read besides the pages: an Atom feed of each organisation's news, and the
sitemap of the whole site. Both need absolute addresses where the protocols demand them: the site's own address
is the root organisation's `section_url`; without it the feed links are relative to the feed (allowed by Atom)
and no sitemap is made (the protocol has no relative URLs)."""

from __future__ import annotations

import gzip
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from xml.sax.saxutils import escape

from generator.render.urls import page_url, relative_url

NAMESPACE = uuid.UUID("6f1c2b8e-8a55-4d6b-9a3e-2f4c1d7e9b10")  # entry ids stay the same from build to build


@dataclass(frozen=True, slots=True)
class FeedEntry:
    title: str
    summary: str
    published: date
    page: str  # the post's page source: «school/news/slug.md»


def _stamp(day: date) -> datetime:
    return datetime.combine(day, time(9, 0), tzinfo=UTC)


def absolute(base_url: str, page: str) -> str:
    return base_url.rstrip("/") + "/" + page_url(page)


def atom_feed(title: str, index_page: str, entries: list[FeedEntry], base_url: str | None, today: date) -> bytes:
    """The Atom feed (RFC 4287) that sits beside `index_page` (the news list) as «feed.xml»."""
    from feedgen.feed import FeedGenerator

    feed = FeedGenerator()
    here = page_url(index_page)
    feed.id(absolute(base_url, index_page) if base_url else f"urn:uuid:{uuid.uuid5(NAMESPACE, here)}")
    feed.title(title)
    feed.language("ru")
    feed.link(href=absolute(base_url, index_page) + "feed.xml" if base_url else "feed.xml", rel="self")
    feed.link(href=absolute(base_url, index_page) if base_url else "./", rel="alternate")
    feed.updated(_stamp(max((e.published for e in entries), default=today)))
    feed.generator("nastavnik")
    for entry in sorted(entries, key=lambda e: (e.published, e.page)):
        item = feed.add_entry()
        link = absolute(base_url, entry.page) if base_url else relative_url(index_page, entry.page)
        item.id(link if base_url else f"urn:uuid:{uuid.uuid5(NAMESPACE, entry.page)}")
        item.title(entry.title)
        item.link(href=link, rel="alternate")
        item.published(_stamp(entry.published))
        item.updated(_stamp(entry.published))
        if entry.summary:
            item.summary(entry.summary)
    return feed.atom_str(pretty=True)  # type: ignore[no-any-return]


def sitemap(base_url: str, pages: list[tuple[str, date | None]]) -> tuple[bytes, bytes]:
    """sitemap.xml (sitemaps.org 0.9) of every page, with the date its data last changed; and its gzip."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for page, updated in sorted(pages):
        lastmod = f"<lastmod>{updated.isoformat()}</lastmod>" if updated else ""
        lines.append(f"  <url><loc>{escape(absolute(base_url, page))}</loc>{lastmod}</url>")
    lines.append("</urlset>\n")
    text = "\n".join(lines).encode("utf-8")
    return text, gzip.compress(text, mtime=0)
