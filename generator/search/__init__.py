"""Stage 5 — search: a Pagefind index over the built HTML (any engine's), loaded by need in the browser.

Pagefind splits the index into chunks and fetches only those a query needs, with a Russian stemmer picked by
the pages' lang="ru"; lunr's single index (MkDocs' default) grows with the whole site.

A region's index is made in parts (shards) of whole sections, each by its own Pagefind run: the indexer holds
a shard in memory, not the region (2.2 GB for 22,000 pages in one run). The browser merges them
(`mergeIndex`); `pagefind/bundles.json` lists the other parts for theme/assets/search.js.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

BUNDLE = "pagefind"
MAX_SHARD_PAGES = 8000  # per Pagefind run: bounds its memory; each more shard costs the first query ~10 KB


class SearchIndexError(Exception):
    pass


def shard_sections(pages_per_section: dict[str, int]) -> list[list[str]]:
    """Sections (in order) grouped into shards of at most MAX_SHARD_PAGES pages; the root section first."""
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
        [
            sys.executable,
            "-m",
            "pagefind",
            "--site",
            str(site),
            "--output-path",
            str(output),
            "--silent",
            "--exclude-selectors",
            ".headerlink",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0 or not (output / "pagefind.js").is_file():
        raise SearchIndexError(f"Pagefind: {(result.stderr or result.stdout).strip() or 'индекс не создан'}")


def _section_of(rel: str, sections: set[str]) -> str:
    first = rel.split("/", 1)[0]
    return first if first in sections and "/" in rel else ""


def index_site(site_dir: Path, shards: list[list[str]] | None = None) -> None:
    """Write the search bundle into site_dir/pagefind/ (and pagefind-2/, … for a region's further shards);
    only elements marked data-pagefind-body are indexed."""
    shards = shards or [[""]]
    bundles = [site_dir / (BUNDLE if i == 0 else f"{BUNDLE}-{i + 1}") for i in range(len(shards))]
    if len(shards) == 1:
        _pagefind(site_dir, bundles[0])
    else:
        sections = {key for shard in shards for key in shard if key}
        shard_of = {key: i for i, shard in enumerate(shards) for key in shard}
        trees = [site_dir.parent / f".{site_dir.name}.search-{i}" for i in range(len(shards))]
        try:
            for dirpath, dirnames, names in os.walk(site_dir):
                dirnames[:] = [d for d in dirnames if not d.startswith(BUNDLE)]
                for name in names:
                    if name.endswith(".html"):
                        source = Path(dirpath) / name
                        rel = source.relative_to(site_dir).as_posix()
                        target = trees[shard_of.get(_section_of(rel, sections), 0)] / rel
                        target.parent.mkdir(parents=True, exist_ok=True)
                        try:
                            os.link(source, target)  # the same pages, in a tree per shard: nothing is copied
                        except OSError:
                            shutil.copyfile(source, target)
            for tree, bundle in zip(trees, bundles, strict=True):
                if tree.is_dir():
                    _pagefind(tree, bundle)
        finally:
            for tree in trees:
                shutil.rmtree(tree, ignore_errors=True)
    others = [f"../{b.name}/" for b in bundles[1:] if b.is_dir()]
    (bundles[0] / "bundles.json").write_text(json.dumps(others) + "\n", encoding="utf-8")
