"""The URL scheme of the built site, owned by the generator: «a/b.md» is served as «a/b/»."""

from __future__ import annotations

import posixpath


def page_url(path: str) -> str:
    """Site path of a page source → its URL directory ('' for the site root)."""
    stem = path[: -len(".md")] if path.endswith(".md") else path
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def relative_url(from_page: str, target: str) -> str:
    """A link from the page `from_page` to a page («x.md», optionally with «#anchor») or a file."""
    target, _, anchor = target.partition("#")
    base = page_url(from_page) or "."
    is_page = target.endswith(".md")
    dest = page_url(target) if is_page else target
    rel = posixpath.relpath(dest or ".", base)
    if is_page:
        rel = "./" if rel == "." else rel + "/"
    return rel + (f"#{anchor}" if anchor else "")
