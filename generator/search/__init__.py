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
import pickle
import subprocess
import sys
from collections.abc import Iterable
from importlib.metadata import version
from pathlib import Path

from generator.load.signed import SignedCache
from generator.unchanged import FileKey, TreeCache, digest_of, file_key, tree_files

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


def _glob(pages: Iterable[str]) -> str:
    """A glob of Pagefind's for the pages' folders of the first level, and the pages at the top: a shard is
    indexed in place, with no tree of links to make and remove (folder names are slugs: no glob characters)."""
    tops = dict.fromkeys(rel.split("/", 1)[0] + ("/**/*.html" if "/" in rel else "") for rel in pages)
    return "{" + ",".join(tops) + "}"


def _pagefind(site: Path, output: Path, glob: str | None = None) -> None:
    """Index the pages of `site` (those matching `glob`, when given) into `output`."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pagefind",
            "--site",
            str(site),
            "--output-path",
            str(output),
            *_ARGS,
            *(["--glob", glob] if glob else []),
        ],
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


_BODY = b"data-pagefind-body"


class BundleCache(TreeCache):
    """Pagefind bundles by the pages they index: a shard whose pages did not change is not indexed again."""

    def key(self, keys: list[tuple[str, bytes]]) -> str:
        return digest_of("pagefind", version("pagefind_bin"), _ARGS, sorted(keys))


class PageDigests:
    """What each page holds for the index — a digest of its bytes, and whether Pagefind indexes it — kept by
    file identity between builds (signed). A page taken from the section cache keeps its identity and is not
    read again; a page written anew is read once, and when its bytes are those of an earlier build (the
    department's pages are written again whenever any school changes) its shard's key does not change."""

    def __init__(self, folder: Path | None) -> None:
        self.store = SignedCache(folder) if folder is not None else None
        self.digest = digest_of("page-digests")
        self.known: dict[FileKey, tuple[bytes, bool]] = {}
        payload = self.store.get("pages", self.digest) if self.store is not None else None
        if payload is not None:
            try:
                self.known = pickle.loads(payload)
            except Exception:  # an entry of an older layout: start afresh
                self.known = {}
        self.seen: dict[FileKey, tuple[bytes, bool]] = {}

    def of(self, path: Path) -> tuple[bytes, bool]:
        key = file_key(path.stat())
        found = self.known.get(key) if key is not None else None
        if found is None:
            data = path.read_bytes()
            found = (hashlib.blake2b(data, digest_size=20).digest(), _BODY in data)
        if key is not None:
            self.seen[key] = found
        return found

    def save(self) -> None:
        if self.store is not None and self.seen != self.known:
            self.store.put("pages", self.digest, pickle.dumps(self.seen, pickle.HIGHEST_PROTOCOL))


def _indexed(
    pages: list[tuple[str, Path]], digests: PageDigests
) -> tuple[list[tuple[str, Path]], list[tuple[str, bytes]]]:
    """The pages Pagefind indexes, and a key of each (its address and a digest of its bytes). A page without
    data-pagefind-body is left out: Pagefind skips it (other pages have one), and the department's lists of
    every school's practices and mentors change with any school — kept in, they would re-index the department's
    shard each time."""
    kept: list[tuple[str, Path]] = []
    keys: list[tuple[str, bytes]] = []
    for rel, path in pages:
        digest, indexed = digests.of(path)
        if indexed:
            kept.append((rel, path))
            keys.append((rel, digest))
    return kept, keys


def index_site(
    site_dir: Path,
    shards: list[list[str]] | None = None,
    cache_dir: Path | None = None,
    files: list[tuple[str, str, os.stat_result]] | None = None,
) -> list[Path]:
    """Write the search bundle into site_dir/pagefind/ (and pagefind-2/, … for a region's further shards);
    only elements marked data-pagefind-body are indexed. With `cache_dir`, a shard whose pages did not change
    since an earlier build gets that build's bundle. `files`: the site's files as tree_files lists them, when
    already known. → the bundles' folders."""
    shards = shards or [[""]]
    bundles = [site_dir / (BUNDLE if i == 0 else f"{BUNDLE}-{i + 1}") for i in range(len(shards))]
    sections = {key for shard in shards for key in shard if key}
    shard_of = {key: i for i, shard in enumerate(shards) for key in shard}
    pages: list[list[tuple[str, Path]]] = [[] for _ in shards]
    for rel, full, _ in files if files is not None else tree_files(site_dir, ".html"):
        if rel.endswith(".html") and not rel.startswith(BUNDLE):
            pages[shard_of.get(_section_of(rel, sections), 0) if len(shards) > 1 else 0].append((rel, Path(full)))
    cache = BundleCache(cache_dir) if cache_dir is not None else None
    digests = PageDigests(cache_dir.with_name(cache_dir.name + "-pages") if cache_dir is not None else None)
    used: set[str] = set()
    for all_pages, bundle in zip(pages, bundles, strict=True):
        shard_pages, page_keys = (
            _indexed(all_pages, digests) if cache is not None or len(shards) > 1 else (all_pages, [])
        )
        if not shard_pages:
            continue
        key = cache.key(page_keys) if cache is not None else ""
        used.add(key)
        if cache is not None and cache.restore(key, bundle):
            continue
        _pagefind(site_dir, bundle, None if len(shards) == 1 else _glob(rel for rel, _ in shard_pages))
        if cache is not None:
            cache.store(key, bundle, (rel for rel, _, _ in tree_files(bundle)))
    if cache is not None:
        cache.prune(used)
        digests.save()
    others = [f"../{b.name}/" for b in bundles[1:] if b.is_dir()]
    (bundles[0] / "bundles.json").write_text(json.dumps(others) + "\n", encoding="utf-8")
    return [b for b in bundles if b.is_dir()]
