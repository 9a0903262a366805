"""When a page's data last changed — the date a reader sees as «Страница обновлена» and the sitemap's lastmod:
the newest modification time among the files the page is made from (its part of data/orgs/<slug>/ and
content/<slug>/), not the build date, so a rebuild alone does not make old information look new."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

# The files each page of an organisation's section is made from, relative to data/orgs/<slug>/.
SOURCES: dict[str, tuple[str, ...]] = {
    "documents": ("documents.yml", "files"),
    "roadmap": ("roadmaps",),
    "programmes": ("programmes.yml",),
    "mentors": ("mentors.yml", "people.yml", "participation.yml"),
    "practices": ("practices",),
    "competitions": ("competitions.yml",),
    "monitoring": ("monitoring.yml",),
}


class Freshness:
    def __init__(self, root: Path) -> None:
        self.root = root
        self._newest: dict[Path, float] = {}

    def newest(self, path: Path) -> float:
        """The newest mtime under `path` (a file or a folder); 0 when there is nothing."""
        if path not in self._newest:
            found = 0.0
            try:
                if path.is_dir():
                    for folder, _, names in os.walk(path):
                        for name in names:
                            found = max(found, os.stat(os.path.join(folder, name)).st_mtime)
                else:
                    found = path.stat().st_mtime
            except OSError:
                pass
            self._newest[path] = found
        return self._newest[path]

    def page(self, slug: str, name: str, sources: list[str] | None = None) -> date | None:
        """`name`: the page within its section («roadmap.md», «news/index.md»); `sources`: its own files, relative
        to the project's root, when the page is made from named files (a news post)."""
        data, content = self.root / "data" / "orgs" / slug, self.root / "content" / slug
        first = name.split("/")[0].removesuffix(".md")
        if sources is not None:
            paths = [self.root / s for s in sources]
        elif first == "news":
            paths = [content / "news"]
        elif first in SOURCES:
            paths = [data / s for s in SOURCES[first]]
        elif first == "index":
            paths = [data, content]
        else:
            return None
        newest = max(self.newest(p) for p in paths)
        return date.fromtimestamp(newest) if newest else None
