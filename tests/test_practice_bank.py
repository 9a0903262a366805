"""A region's bank of practices: its page lists the newest, every practice is in practices/bank.json for the
filters, and nothing is out of reach without JavaScript."""

from __future__ import annotations

import html
import json
import posixpath
import re
import shutil
from datetime import date
from pathlib import Path

import pytest
from conftest import REPO

from generator.build import build


def test_a_bank_larger_than_its_page_lists_the_newest_and_gives_every_practice_in_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator.render import pages

    for name in ("data", "content"):
        shutil.copytree(REPO / name, tmp_path / name)
    build(tmp_path, date(2024, 10, 1))  # the whole bank on its page: the demo is small
    site = tmp_path / "site"
    full = (site / "practices/index.html").read_text("utf-8")
    titles = re.findall(r'<h2 class="nk-card__title"><a href="([^"]+)">([^<]+)</a>', full)
    assert len(titles) > 3 and not (site / "practices/bank.json").exists()

    monkeypatch.setattr(pages, "BANK_SHOWN", 3)
    build(tmp_path, date(2024, 10, 1))
    page = (site / "practices/index.html").read_text("utf-8")
    shown = re.findall(r'<h2 class="nk-card__title"><a href="([^"]+)">([^<]+)</a>', page)
    assert shown == titles[:3], "the newest, in the bank's order"
    assert f'data-nk-bank="bank.json" data-nk-total="{len(titles)}"' in page
    assert f"Показаны 3 новейших практик из {len(titles)}" in page
    assert 'href="../schools/">список школ</a>' in page  # without JavaScript: each school's own list

    entries = json.loads((site / "practices/bank.json").read_text("utf-8"))
    assert [(e["u"], e["t"]) for e in entries] == [(u, html.unescape(t)) for u, t in titles]
    for entry in entries:  # every address leads to the practice's own page, which holds its title
        target = posixpath.normpath(posixpath.join("practices", entry["u"])) + "/index.html"
        assert entry["t"].split("«")[-1].split("»")[0] in (site / target).read_text("utf-8"), target
        assert set(entry) >= {"t", "u", "o", "f", "y", "g", "a", "s"}
    assert any("n" in e for e in entries) and any(e["a"] for e in entries)
