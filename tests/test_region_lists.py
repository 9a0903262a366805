"""A region's department lists: the bank of practices lists the newest, every practice is in bank.json for the
filters; the bank of mentors lists the department's own and sends to the schools' pages; nothing is out of reach."""

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


def test_a_region_bank_of_mentors_lists_the_department_own_and_sends_to_the_schools(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator.render import pages

    for name in ("data", "content"):
        shutil.copytree(REPO / name, tmp_path / name)
    build(tmp_path, date(2024, 10, 1))
    site = tmp_path / "site"
    full = (site / "mentors/index.html").read_text("utf-8")
    names = re.findall(r'<h3 class="nk-card__title">([^<]+)</h3>', full)
    schools = [n for n in names if any(n in p.read_text("utf-8") for p in site.glob("*/mentors/index.html"))]
    assert len(schools) > 1

    monkeypatch.setattr(pages, "MENTORS_SHOWN", 1)
    build(tmp_path, date(2024, 10, 1))
    page = (site / "mentors/index.html").read_text("utf-8")
    assert re.findall(r'<h3 class="nk-card__title">([^<]+)</h3>', page) == [n for n in names if n not in schools]
    assert f"Наставники школ ({len(schools)}) — на странице «Наставники» каждой школы" in page
    assert 'href="../schools/">список школ</a>' in page
    for school_page in site.glob("*/mentors/index.html"):  # every school still lists its own
        assert re.findall(r'<h3 class="nk-card__title">', school_page.read_text("utf-8"))
