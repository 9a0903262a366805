"""A rebuild renders only the sections that changed, and its output is byte for byte a clean build's."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

from generator.build import SECTIONS_CACHE, build

REPO = Path(__file__).resolve().parent.parent
DAY = date(2024, 10, 1)


def _snapshot(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


class _Log:
    """What a child process of the build did, kept in a file (a list in the test would stay empty)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def append(self, item: object) -> None:
        with self.path.open("a", encoding="utf-8") as f:
            f.write(f"{item}\n")

    def items(self) -> list[str]:
        return self.path.read_text("utf-8").split() if self.path.exists() else []

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)


def test_cached_rebuild_is_byte_identical_to_a_clean_build(tmp_path: Path) -> None:
    project = tmp_path / "project"
    for name in ("data", "content"):
        shutil.copytree(REPO / name, project / name)
    build(project, DAY)
    cache = project / SECTIONS_CACHE / "site"
    entries = {p.name for p in cache.iterdir()}
    assert len(entries) == 4, "one entry per section: the department and three schools"

    practice = project / "data/orgs/sosh-1/practices/cifrovoy-nastavnik.yml"
    practice.write_text(practice.read_text("utf-8").replace("«Цифровой наставник»", "«Цифровой помощник»"), "utf-8")
    build(project, DAY)
    rebuilt = _snapshot(project / "site")
    assert "«Цифровой помощник»" in rebuilt["sosh-1/practices/cifrovoy-nastavnik/index.html"].decode()
    # the other schools' pages came from the cache: the same files (hard links), not rendered again
    untouched = project / "site/gimnaziya-2/roadmap/index.html"
    assert any(os.path.samefile(untouched, p) for p in cache.glob("*/*") if p.name != "manifest.json")
    after = {p.name for p in cache.iterdir()}
    assert len(after) == 4 and len(after - entries) >= 1, "the changed school's section was rendered again"

    shutil.rmtree(project / ".nastavnik")
    shutil.rmtree(project / "site")
    build(project, DAY)
    clean = _snapshot(project / "site")
    assert rebuilt.keys() == clean.keys()
    differ = [path for path in clean if clean[path] != rebuilt[path]]
    assert differ == []


def test_pages_made_in_parallel_equal_pages_made_in_order(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A region's organisations get their pages in worker processes; the site is the one a serial build makes."""
    from generator import parallel

    project = tmp_path / "project"
    for name in ("data", "content"):
        shutil.copytree(REPO / name, project / name)
    build(project, DAY, site_dir=tmp_path / "serial")
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 1)
    monkeypatch.setattr(parallel, "workers", lambda: 2)
    shutil.rmtree(project / ".nastavnik")
    build(project, DAY, site_dir=tmp_path / "parallel")
    serial, forked = _snapshot(tmp_path / "serial"), _snapshot(tmp_path / "parallel")
    assert serial.keys() == forked.keys()
    assert [path for path in serial if serial[path] != forked[path]] == []


def test_rebuild_indexes_and_scans_only_what_changed(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Unchanged pages keep their identity from build to build (hard links to the section cache): the search
    index of an unchanged site comes from the cache and the name scan reads only files written anew — and a
    withheld name in a changed page is still found."""
    import generator.search as search
    from generator.build import BuildFailed
    from generator.verify.personal_data import NameGuard

    project = tmp_path / "project"
    for name in ("data", "content"):
        shutil.copytree(REPO / name, project / name)
    indexed = _Log(tmp_path / "indexed.txt")  # Pagefind runs in a child process of the build
    scanned: list[str] = []
    real_pagefind, real_scan = search._pagefind, NameGuard.scan_file
    monkeypatch.setattr(
        search, "_pagefind", lambda site, out, glob=None: (indexed.append(out), real_pagefind(site, out, glob))
    )
    monkeypatch.setattr(
        NameGuard, "scan_file", lambda self, path, where: (scanned.append(where), real_scan(self, path, where))[1]
    )

    build(project, DAY)
    first = _snapshot(project / "site")
    assert indexed.items()
    everything = len(scanned)
    indexed.clear()
    scanned.clear()
    build(project, DAY)
    assert indexed.items() == [], "nothing changed: the search bundle is the cached one"
    assert _snapshot(project / "site") == first
    # written anew by every build: the theme's assets, the 404 page, feeds, calendars — not the sections' pages
    assert 0 < len(scanned) < everything / 3, (len(scanned), everything)
    assert not [w for w in scanned if w.startswith(("gimnaziya-2/", "sosh-1/")) and w.endswith(".html")], scanned

    # a person the data withholds (mentors.yml: Мельникова, publish: false), written into a practice: the
    # input check is switched off, so that only the scan of the changed page can stop it
    import generator.load

    monkeypatch.setattr(generator.load, "check_privacy", lambda scans, reader: None)
    practice = project / "data/orgs/sosh-1/practices/cifrovoy-nastavnik.yml"
    text = practice.read_text("utf-8").replace("summary: ", "summary: Ведёт Мельникова Вера Ивановна. ", 1)
    practice.write_text(text, "utf-8")
    try:
        build(project, DAY)
    except BuildFailed as exc:
        assert any("cifrovoy-nastavnik" in m for m in exc.messages), exc.messages
    else:
        raise AssertionError("the withheld name reached a page and the build passed")
    assert _snapshot(project / "site") == first


def test_a_rebuild_makes_again_only_the_schools_whose_sources_changed(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A school's pages are taken from the caches while its folders, the department's and those of the schools
    linked to it by a reference stay the same; any of them changing makes them again — and every rebuild is
    byte for byte a clean build of the same data."""
    from generator.render.pages import SiteBuilder

    project = tmp_path / "project"
    for name in ("data", "content"):
        shutil.copytree(REPO / name, project / name)
    # a cross-school link: gimnaziya-2's competition awards a practice of sosh-1, shown on sosh-1's page
    competitions = project / "data/orgs/gimnaziya-2/competitions.yml"
    text = competitions.read_text("utf-8").replace(
        "      practice: metodicheskie-spidvstrechi",
        '      practice: metodicheskie-spidvstrechi\n    - place: "2"\n      role: наставник\n'
        "      participant: Сетевая команда\n      practice: sosh-1/shkola-molodogo-pedagoga",
    )
    competitions.write_text(text, "utf-8")
    log = tmp_path / "made.txt"  # pages are made in a child process: it tells which organisations through a file
    real = SiteBuilder.org_pages

    def org_pages(self, org):  # type: ignore[no-untyped-def]
        with log.open("a") as f:
            f.write(org.slug + "\n")
        return real(self, org)

    monkeypatch.setattr(SiteBuilder, "org_pages", org_pages)

    def made() -> list[str]:
        names = log.read_text().split() if log.exists() else []
        log.unlink(missing_ok=True)
        return sorted(names)

    made_again: list[list[str]] = []

    def rebuild_equals_clean() -> dict[str, bytes]:
        build(project, DAY)
        rebuilt = _snapshot(project / "site")
        made_again.append(made())
        fresh = tmp_path / "fresh"
        shutil.rmtree(fresh, ignore_errors=True)
        shutil.copytree(project / "data", fresh / "data")
        shutil.copytree(project / "content", fresh / "content")
        build(fresh, DAY)
        made()  # the clean build's, not counted
        clean = _snapshot(fresh / "site")
        assert rebuilt.keys() == clean.keys()
        assert [path for path in clean if clean[path] != rebuilt[path]] == []
        return rebuilt

    build(project, DAY)
    assert made() == ["gimnaziya-2", "oosh-ustye", "sosh-1", "uo-zarechny"]
    build(project, DAY)
    assert made() == ["uo-zarechny"], "nothing changed: only the department, whose pages gather every school's"

    competitions.write_text(text.replace("Наставник гимназии", "Лучший наставник гимназии"), "utf-8")
    site = rebuild_equals_clean()
    assert "Лучший наставник гимназии" in site["sosh-1/practices/shkola-molodogo-pedagoga/index.html"].decode()
    assert made_again[-1] == ["gimnaziya-2", "sosh-1", "uo-zarechny"], "oosh-ustye is not linked: kept"

    documents = project / "data/orgs/uo-zarechny/documents.yml"  # the department's documents are on every school's
    documents.write_text(documents.read_text("utf-8").replace("О направлении целевой модели", "О направлении модели"))
    site = rebuild_equals_clean()
    assert "О направлении модели наставничества" in site["oosh-ustye/documents/index.html"].decode()
    assert made_again[-1] == ["gimnaziya-2", "oosh-ustye", "sosh-1", "uo-zarechny"]


def test_files_checked_by_the_build_before_the_last_are_not_scanned_again(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A build starts from the site two builds old (the spare): the files a school's unit keeps from it were
    checked by the build before the last. When the two trees hold different copies of a school's generated files
    (after any build that wrote every school anew — here forced by forgetting what the trees hold), both copies
    are known clean: with only the last build's files known, every school's manifest, feed and calendar were
    read again by every build, 4,000 files in a region."""
    from generator.build import TREES_CACHE
    from generator.verify.personal_data import NameGuard

    project = tmp_path / "project"
    for name in ("data", "content"):
        shutil.copytree(REPO / name, project / name)
    scanned: list[str] = []
    real_scan = NameGuard.scan_file
    monkeypatch.setattr(
        NameGuard, "scan_file", lambda self, path, where: (scanned.append(where), real_scan(self, path, where))[1]
    )
    build(project, DAY)
    build(project, DAY)
    shutil.rmtree(project / TREES_CACHE)  # the next two builds keep no school: each writes its own copies
    build(project, DAY)
    build(project, DAY)
    scanned.clear()
    build(project, DAY)  # starts from the third build's tree, whose school files the fourth did not write
    assert scanned, "the files every build writes anew (assets, the root's calendar) are scanned"
    assert not [w for w in scanned if w.startswith(("sosh-1/", "gimnaziya-2/", "oosh-ustye/"))], scanned


def test_a_school_edit_does_not_index_the_department_shard_again(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The department's lists of every school's practices and mentors change with any school; they repeat what
    the schools' own pages hold, so search leaves them out — and a school's edit re-indexes its own shard only."""
    import generator.search as search

    project = tmp_path / "project"
    for name in ("data", "content"):
        shutil.copytree(REPO / name, project / name)
    monkeypatch.setattr(search, "MAX_SHARD_PAGES", 1)  # a shard per section, the department's first
    indexed = _Log(tmp_path / "indexed.txt")  # Pagefind runs in a child process of the build
    real_pagefind = search._pagefind
    monkeypatch.setattr(
        search, "_pagefind", lambda site, out, glob=None: (indexed.append(out.name), real_pagefind(site, out, glob))
    )
    build(project, DAY)
    assert sorted(indexed.items()) == ["pagefind", "pagefind-2", "pagefind-3", "pagefind-4"]
    site = project / "site"
    assert "data-pagefind-body" not in (site / "practices/index.html").read_text("utf-8")
    assert "data-pagefind-body" not in (site / "mentors/index.html").read_text("utf-8")
    assert "data-pagefind-body" in (site / "sosh-1/practices/cifrovoy-nastavnik/index.html").read_text("utf-8")
    # a school's lists repeat its practices' and news' own pages: a query finds the item, not the list as well
    for listing in ("sosh-1/practices/index.html", "sosh-1/news/index.html"):
        assert "data-pagefind-body" not in (site / listing).read_text("utf-8"), listing
    news = next(p for p in (site / "sosh-1/news").iterdir() if p.is_dir())
    assert "data-pagefind-body" in (news / "index.html").read_text("utf-8")

    indexed.clear()
    practice = project / "data/orgs/sosh-1/practices/cifrovoy-nastavnik.yml"
    practice.write_text(practice.read_text("utf-8").replace("«Цифровой наставник»", "«Цифровой помощник»"), "utf-8")
    build(project, DAY)
    assert "«Цифровой помощник»" in (site / "practices/index.html").read_text("utf-8"), "the bank shows the edit"
    # the school's shard, not the department's
    assert len(indexed.items()) == 1 and indexed.items() != ["pagefind"], indexed.items()
    rebuilt = _snapshot(site)
    shutil.rmtree(project / ".nastavnik")
    build(project, DAY)
    assert _snapshot(site) == rebuilt


def _identity(folder: Path) -> tuple[int, int]:
    """A folder's inode and change time: a folder made anew differs even where the inode number is reused."""
    st = folder.stat()
    return st.st_ino, st.st_ctime_ns


def test_a_build_starts_from_the_replaced_site_keeping_only_unchanged_intact_schools(tmp_path: Path) -> None:
    """The site a build replaces waits beside it (.site.spare) and the next build starts from it: a school's
    folder whose output did not change is kept as it is (the same folder, not made again); one that changed,
    or that was tampered with while it waited, is written anew — and the site is byte for byte a clean build."""
    project = tmp_path / "project"
    for name in ("data", "content"):
        shutil.copytree(REPO / name, project / name)
    site, spare = project / "site", project / ".site.spare"

    def clean_build() -> dict[str, bytes]:
        fresh = tmp_path / "fresh"
        shutil.rmtree(fresh, ignore_errors=True)
        shutil.copytree(project / "data", fresh / "data")
        shutil.copytree(project / "content", fresh / "content")
        build(fresh, DAY)
        return _snapshot(fresh / "site")

    build(project, DAY)
    assert spare.is_dir(), "the first build leaves a copy of its site to start the next one from"
    assert _snapshot(spare).keys() < _snapshot(site).keys()  # the schools' folders only: the rest is always new
    build(project, DAY)  # starts from that copy; the first site becomes the spare
    folders = {school: _identity(spare / school) for school in ("gimnaziya-2", "oosh-ustye", "sosh-1")}
    practice = project / "data/orgs/sosh-1/practices/cifrovoy-nastavnik.yml"
    practice.write_text(practice.read_text("utf-8").replace("«Цифровой наставник»", "«Цифровой помощник»"), "utf-8")
    build(project, DAY)
    assert _identity(site / "gimnaziya-2") == folders["gimnaziya-2"], "unchanged: the spare's folder is kept"
    assert _identity(site / "oosh-ustye") == folders["oosh-ustye"]
    assert _identity(site / "sosh-1") != folders["sosh-1"], "changed: written anew"
    assert _snapshot(site) == clean_build()

    build(project, DAY)  # both trees now hold the edit: every school is kept from here on
    # tampering with the spare while it waits: a file removed, one replaced, a symbolic link added
    (spare / "gimnaziya-2/roadmap/index.html").unlink()
    page = spare / "oosh-ustye/index.html"
    content = page.read_bytes()
    page.unlink()  # a new file in its place (writing into it would change the caches' hard link too)
    page.write_bytes(content.replace(b"</body>", b"<script>alert(1)</script></body>"))
    (spare / "sosh-1/leak.html").symlink_to(tmp_path / "outside.html")
    folders = {school: _identity(spare / school) for school in ("gimnaziya-2", "oosh-ustye", "sosh-1")}
    build(project, DAY)
    assert all(_identity(site / school) != was for school, was in folders.items()), "each written anew"
    assert _snapshot(site) == clean_build()
    assert not (site / "sosh-1/leak.html").exists()

    # something else under the spare's name — a link to someone's folder — is neither started from nor emptied
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keep.txt").write_text("чужой файл", "utf-8")
    shutil.rmtree(spare)
    spare.symlink_to(elsewhere, target_is_directory=True)
    build(project, DAY)
    assert (elsewhere / "keep.txt").read_text("utf-8") == "чужой файл"
    assert spare.is_dir() and not spare.is_symlink(), "the replaced site took the name"
    assert _snapshot(site) == clean_build()
