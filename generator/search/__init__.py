"""Stage 5 — search: a Pagefind index over the built HTML (any engine's), loaded by need in the browser.

Pagefind splits the index into chunks and fetches only those a query needs, with a Russian stemmer picked by
the pages' lang="ru"; lunr's single index (MkDocs' default) grows with the whole site.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BUNDLE = "pagefind"


class SearchIndexError(Exception):
    pass


def index_site(site_dir: Path) -> None:
    """Write the search bundle into site_dir/pagefind/; only elements marked data-pagefind-body are indexed."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pagefind",
            "--site",
            str(site_dir),
            "--output-subdir",
            BUNDLE,
            "--silent",
            "--exclude-selectors",
            ".headerlink",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0 or not (site_dir / BUNDLE / "pagefind.js").is_file():
        raise SearchIndexError(f"Pagefind: {(result.stderr or result.stdout).strip() or 'индекс не создан'}")
