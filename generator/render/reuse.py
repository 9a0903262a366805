"""Schools whose pages need not be made again: a rebuild after one school's edit renders that school, not a region.

A school's pages are made from its own folders, the department's (its name, shared documents, indicators), the
organisations its references name, its compliance findings, the build date and this package's code. Their
digest is the school's key. What the site needs of a school besides the HTML of its pages — each page's path,
title and dates, the files and feeds it publishes, its roadmap events, its line in the list of schools — is kept
here under that key; the HTML itself the engine keeps under the same key. A school is taken from here only when
both are there (`available`), else it is made again.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from generator.load.signed import PackCache
from generator.unchanged import digest_of


class PagesCache:
    def __init__(self, folder: Path, available: Callable[[str], bool]) -> None:
        self.store = PackCache(folder)
        self.available = available

    @staticmethod
    def key(deps: set[str], digests: dict[str, str], today: date, findings: str | None) -> str | None:
        """The digest of what a school's pages are made from: the folders of `deps` (the school, the department,
        the organisations linked to it by a reference either way), the date, its compliance findings as text;
        None when a folder's digest is unknown (read without the cache)."""
        if not deps <= digests.keys():
            return None
        return digest_of("org-pages", today, sorted((d, digests[d]) for d in deps), findings)

    def get(self, slug: str, key: str) -> Any | None:
        if not self.available(key):
            return None
        payload = self.store.get(slug, key)
        try:
            return pickle.loads(payload) if payload is not None else None
        except Exception:  # an entry of an older layout of the classes: make the pages again
            return None

    def put(self, slug: str, key: str, made: Any) -> None:
        """Keep what a school's pages publish, without their Markdown (the engine keeps their HTML)."""
        kept = replace(made, pages=[replace(p, body=None) for p in made.pages])
        self.store.put(slug, key, pickle.dumps(kept, pickle.HIGHEST_PROTOCOL))

    def flush(self, schools: set[str]) -> None:
        """Write what was put; entries of schools no longer in the data are dropped in time."""
        self.store.flush()
        self.store.tidy(schools)
