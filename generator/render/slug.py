"""Transliterated names for published files and URLs: Cyrillic file names break on many servers."""

from __future__ import annotations

import re
from functools import lru_cache

import iuliia

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=1 << 16)  # a region's schools publish the same names (~0.15 ms each to transliterate)
def slugify(text: str, max_length: int = 80) -> str:
    latin = iuliia.WIKIPEDIA.translate(text).lower()
    slug = _NOT_SLUG.sub("-", latin).strip("-")
    return slug[:max_length].rstrip("-") or "file"


def published_file_name(original: str, taken: set[str]) -> str:
    """«Приказ № 91.PDF» → «prikaz-91.pdf», unique among `taken` (which it updates)."""
    stem, dot, ext = original.rpartition(".")
    if not dot:
        stem, ext = original, ""
    ext = _NOT_SLUG.sub("", ext.lower())
    base = slugify(stem)
    name = f"{base}.{ext}" if ext else base
    n = 2
    while name in taken:
        name = f"{base}-{n}.{ext}" if ext else f"{base}-{n}"
        n += 1
    taken.add(name)
    return name
