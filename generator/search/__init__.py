"""Stage 5 — search: a Pagefind index over the built HTML (any engine's), loaded by need in the browser.

Pagefind splits the index into chunks and fetches only those a query needs, with a Russian stemmer picked by
the pages' lang="ru"; lunr's single index (MkDocs' default) grows with the whole site.

A region's index is made in parts (shards) of whole sections, each by its own Pagefind run: the indexer holds
a shard in memory, not the region (2.2 GB for 22,000 pages in one run). The browser merges them
(`mergeIndex`); `pagefind/bundles.json` lists the other parts for theme/assets/search.js.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

from generator.derive.files import link_or_copy
from generator.unchanged import TreeCache, digest_of, file_key

BUNDLE = "pagefind"
MAX_SHARD_PAGES = 8000  # per Pagefind run: bounds its memory; each more shard costs the first query ~10 KB


class SearchIndexError(Exception):
    pass


def shard_sections(pages_per_section: dict[str, int]) -> list[list[str]]:
    """Sections (in order) grouped into shards of at most MAX_SHARD_PAGES pages; the root section first.
    An edit that keeps a school's page count keeps every boundary, so the other shards come from the cache."""
    shards: list[list[str]] = [[]]
    count = 0
    for key in sorted(pages_per_section):
        pages = pages_per_section[key]
        if shards[-1] and count + pages > MAX_SHARD_PAGES:
            shards.append([])
            count = 0
        shards[-1].append(key)
        count += pages
    return shards


def _pagefind(site: Path, output: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", str(site), "--output-path", str(output), *_ARGS],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0 or not (output / "pagefind.js").is_file():
        raise SearchIndexError(f"Pagefind: {(result.stderr or result.stdout).strip() or 'индекс не создан'}")


_ARGS = ["--silent", "--exclude-selectors", ".headerlink"]


def _section_of(rel: str, sections: set[str]) -> str:
    first = rel.split("/", 1)[0]
    return first if first in sections and "/" in rel else ""


class BundleCache(TreeCache):
    """Pagefind bundles by the pages they index: a shard whose pages did not change is not indexed again."""

    def key(self, pages: list[tuple[str, Path]]) -> str:
        """Pages taken from the section cache (hard links) by their identity, pages written anew by their bytes:
        the 404 page and a changed section's pages are fresh files each build, their content often the same."""
        keys: list[tuple[str, object]] = []
        for rel, path in pages:
            st = path.stat()
            key = file_key(st) if st.st_nlink > 1 else None
            keys.append((rel, key if key is not None else hashlib.blake2b(path.read_bytes()).digest()))
        return digest_of("pagefind", version("pagefind_bin"), _ARGS, sorted(keys))


def index_site(site_dir: Path, shards: list[list[str]] | None = None, cache_dir: Path | None = None) -> None:
    """Write the search bundle into site_dir/pagefind/ (and pagefind-2/, … for a region's further shards);
    only elements marked data-pagefind-body are indexed. With `cache_dir`, a shard whose pages did not change
    since an earlier build gets that build's bundle."""
    shards = shards or [[""]]
    bundles = [site_dir / (BUNDLE if i == 0 else f"{BUNDLE}-{i + 1}") for i in range(len(shards))]
    sections = {key for shard in shards for key in shard if key}
    shard_of = {key: i for i, shard in enumerate(shards) for key in shard}
    pages: list[list[tuple[str, Path]]] = [[] for _ in shards]
    for dirpath, dirnames, names in os.walk(site_dir):
        dirnames[:] = [d for d in dirnames if not d.startswith(BUNDLE)]
        for name in names:
            if name.endswith(".html"):
                source = Path(dirpath) / name
                rel = source.relative_to(site_dir).as_posix()
                pages[shard_of.get(_section_of(rel, sections), 0) if len(shards) > 1 else 0].append((rel, source))
    cache = BundleCache(cache_dir) if cache_dir is not None else None
    used: set[str] = set()
    for shard_pages, bundle in zip(pages, bundles, strict=True):
        if not shard_pages:
            continue
        key = cache.key(shard_pages) if cache is not None else ""
        used.add(key)
        if cache is not None and cache.restore(key, bundle):
            continue
        if len(shards) == 1:
            _pagefind(site_dir, bundle)
        else:  # the shard's pages in a tree of their own, as hard links
            tree = site_dir.parent / f".{site_dir.name}.search-{bundle.name}"
            try:
                for rel, source in shard_pages:
                    link_or_copy(source, tree / rel)
                _pagefind(tree, bundle)
            finally:
                shutil.rmtree(tree, ignore_errors=True)
        if cache is not None:
            cache.store(key, bundle, (p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.is_file()))
    if cache is not None:
        cache.prune(used)
    others = [f"../{b.name}/" for b in bundles[1:] if b.is_dir()]
    (bundles[0] / "bundles.json").write_text(json.dumps(others) + "\n", encoding="utf-8")
