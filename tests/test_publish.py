"""A build replaces site/ whole or not at all; concurrent builds do not mix."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from conftest import snapshot

from generator.publish import replace_dir


def test_replace_dir_swaps_whole_folders(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "old.html").write_text("old")
    new = tmp_path / "new"
    new.mkdir()
    (new / "new.html").write_text("new")
    replace_dir(new, site)
    assert sorted(p.name for p in site.iterdir()) == ["new.html"]
    assert sorted(p.name for p in new.iterdir()) == ["old.html"]  # the old site, for the caller to delete


def test_broken_link_in_content_fails_the_build_and_keeps_the_site(mini: Path, cli) -> None:
    assert cli("--project", str(mini), "build", "--today", "2024-09-15")[0] == 0
    before = snapshot(mini / "site")
    news = mini / "content/school-a/news/2024-09-10-start.md"
    news.write_text(news.read_text(encoding="utf-8") + "\nСм. [план](../../nowhere/)\n", encoding="utf-8")
    code, _, err = cli("--project", str(mini), "build", "--today", "2024-09-16")
    assert code == 1
    assert "school-a/news/2024-09-10-start/index.html: ссылка «../../nowhere/»" in err
    assert snapshot(mini / "site") == before
    assert not list(mini.glob(".site.staging-*")), "the staging folder is removed"


def test_a_failed_search_index_stops_the_build_and_keeps_the_site(mini: Path, cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The index is made in a child process while the links are checked: Pagefind's own failure (here an option
    it does not know) still stops the build with its message, and site/ stays as it was."""
    import generator.search as search

    assert cli("--project", str(mini), "build", "--today", "2024-09-15")[0] == 0
    before = snapshot(mini / "site")
    monkeypatch.setattr(search, "_ARGS", [*search._ARGS, "--no-such-option"])  # also a new cache key: runs again
    code, _, err = cli("--project", str(mini), "build", "--today", "2024-09-15")
    assert code == 1 and "Pagefind:" in err and "no-such-option" in err, err
    assert snapshot(mini / "site") == before
    assert not list(mini.glob(".site.staging-*"))


def test_a_crash_of_the_link_check_stops_the_indexer_too(mini: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """An unexpected error in the link check, while Pagefind runs in a child process, leaves no process behind."""
    import os
    from datetime import date

    import pytest

    import generator.build

    def crash(*args: object, **kwargs: object) -> None:
        raise RuntimeError("сбой проверки ссылок")

    monkeypatch.setattr(generator.build, "check_links", crash)
    with pytest.raises(RuntimeError, match="сбой проверки ссылок"):
        generator.build.build(mini, date(2024, 9, 15))
    with pytest.raises(ChildProcessError):  # every child of this process was reaped
        os.waitpid(-1, os.WNOHANG)
    assert not (mini / "site").exists() and not list(mini.glob(".site.staging-*"))


def test_two_builds_at_once_give_one_whole_site(mini: Path) -> None:
    results: list[subprocess.CompletedProcess[str]] = []

    def run(day: str) -> None:
        results.append(
            subprocess.run(
                [sys.executable, "-m", "generator.cli", "--project", str(mini), "build", "--today", day],
                capture_output=True,
                text=True,
                check=False,
            )
        )

    threads = [threading.Thread(target=run, args=(d,)) for d in ("2024-09-15", "2024-10-15")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [r.returncode for r in results] == [0, 0], [r.stderr for r in results]
    home = (mini / "site/index.html").read_text(encoding="utf-8")
    roadmap = (mini / "site/school-a/roadmap/index.html").read_text(encoding="utf-8")
    # every page of site/ comes from the same build
    dates = {d for d in ("15 сентября 2024", "15 октября 2024") if d in home}
    assert len(dates) == 1
    assert dates.pop() in roadmap
