"""The demo data builds a whole site whose pages carry the data: the foundation's end-to-end test."""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import pytest
from conftest import REPO, snapshot

from generator.build import build
from generator.load import load_project
from generator.verify.links import check_links

DEPT = "uo-zarechny"
SEED_004 = "cmn-2022-2024"


def _copy_demo(target: Path) -> Path:
    for name in ("data", "content"):
        shutil.copytree(REPO / name, target / name)
    return target


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The demo built on two dates, and once more on the first date from another folder."""
    sites = {}
    for name, day in (("2022", "2022-05-01"), ("2024", "2024-09-01"), ("2024-again", "2024-09-01")):
        project = _copy_demo(tmp_path_factory.mktemp(name))
        from datetime import date

        build(project, date.fromisoformat(day))
        sites[name] = project / "site"
    return sites


def _text(page: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


def _roadmap_rows(site: Path, roadmap_title_part: str) -> dict[str, str]:
    """Item number → status, read from the HTML table of one roadmap on the department's roadmap page."""
    page = (site / "roadmap/index.html").read_text(encoding="utf-8")
    tables = re.split(r"<h2 ", page)[1:]  # what precedes the first heading is the page's chrome
    table = next(t for t in tables if roadmap_title_part in t.split("</h2>")[0])
    rows = re.findall(r'<tr class="nk-row--\w+"><td>([^<]*)</td>.*?<span class="nk-status[^>]*>([^<]+)</span>', table)
    return dict(rows)


def test_every_organisation_has_its_section(demo: dict[str, Path]) -> None:
    site = demo["2024"]
    project = load_project(REPO).project
    assert len(project.schools) >= 3
    for org in project.orgs:
        prefix = "" if org.is_department else f"{org.slug}/"
        for page in (
            "",
            "documents/",
            "roadmap/",
            "programmes/",
            "mentors/",
            "practices/",
            "competitions/",
            "monitoring/",
            "news/",
        ):
            path = site / prefix / page / "index.html"
            assert path.is_file(), path
            assert org.name in _text((site / prefix / "index.html").read_text(encoding="utf-8"))


def test_roadmap_statuses_follow_the_build_date(demo: dict[str, Path]) -> None:
    early = _roadmap_rows(demo["2022"], "на 2022 – 2024")
    late = _roadmap_rows(demo["2024"], "на 2022 – 2024")
    assert early.keys() == late.keys()
    # «Октябрь 2022, 2023, 2024», done in October 2022 and 2023: not begun in May 2022, waiting for October 2024
    assert early["1.7."] == "запланировано"
    assert late["1.7."] == "в работе"
    # «Январь-февраль2023 г.», done 28.02.2023
    assert early["3.2."] in ("запланировано",)
    # «Январь, 2022», done 20.01.2022
    assert early["1.1."] == late["1.1."] == "выполнено"
    assert sum(early[k] != late[k] for k in early) >= 5
    assert "просрочено" in late.values()


def test_same_data_and_date_give_a_byte_identical_site(demo: dict[str, Path]) -> None:
    first, second = snapshot(demo["2024"]), snapshot(demo["2024-again"])
    assert first == second
    assert len(first) > 50


def test_no_broken_internal_link(demo: dict[str, Path]) -> None:
    for site in demo.values():  # published at the department's section_url: the 404 page links by its path
        assert check_links(site, "/nastavnichestvo/") == []


def test_pages_carry_the_data(demo: dict[str, Path]) -> None:
    site = demo["2024"]
    loaded = load_project(REPO)
    project = loaded.project
    for org in project.orgs:
        prefix = "" if org.is_department else f"{org.slug}/"
        documents = _text((site / prefix / "documents/index.html").read_text(encoding="utf-8"))
        for doc in org.documents:
            assert doc.title in documents
            if doc.number:
                assert f"№ {doc.number}" in documents
            if doc.date:
                assert f"{doc.date:%d.%m.%Y}" in documents
        roadmap = _text((site / prefix / "roadmap/index.html").read_text(encoding="utf-8"))
        for rm in org.roadmaps:
            for _, item in rm.all_items():
                first_line = item.deadline.strip().splitlines()[0].strip()
                assert first_line in roadmap, first_line  # the original wording, as written
        for slug, practice in org.practices.items():
            page = _text((site / prefix / f"practices/{slug}/index.html").read_text(encoding="utf-8"))
            assert practice.title in page
            assert practice.summary in page
    # the seed's typo'd wording is shown as written
    assert "14.02.022" in _text((site / "roadmap/index.html").read_text(encoding="utf-8"))


def test_published_files_have_transliterated_names(demo: dict[str, Path]) -> None:
    site = demo["2024"]
    files = [p for p in site.rglob("files/*") if p.is_file()]
    assert files
    for path in files:
        assert re.fullmatch(r"[a-z0-9.-]+", path.name), path.name
    project = load_project(REPO).project
    cyrillic = [d for o in project.orgs for d in o.documents if d.file and re.search("[а-яА-Я]", d.file)]
    assert cyrillic, "the demo keeps one Cyrillic file name to show the transliteration"


def test_signature_mark_is_shown(demo: dict[str, Path]) -> None:
    project = load_project(REPO).project
    signed = [(o, d) for o in project.orgs for d in o.documents if d.signature]
    assert signed
    org, doc = signed[0]
    prefix = "" if org.is_department else f"{org.slug}/"
    page = _text((demo["2024"] / prefix / "documents/index.html").read_text(encoding="utf-8"))
    assert "Документ подписан" in page
    assert doc.signature.certificate in page
    assert f"{doc.signature.signed_at:%d.%m.%Y %H:%M}" in page


def test_unpublished_names_appear_nowhere(demo: dict[str, Path]) -> None:
    project = load_project(REPO).project
    hidden = [m.name for o in project.orgs for m in o.mentors if m.name and not m.publish]
    assert hidden, "the demo has a mentor without consent, kept unpublished"
    for path in demo["2024"].rglob("*"):
        if path.is_file() and path.suffix in (".html", ".json", ".xml", ".js"):
            text = path.read_text(encoding="utf-8", errors="replace")
            for name in hidden:
                assert name.split()[0] not in text, f"{name} in {path}"


def test_target_indicators_from_seed_001(demo: dict[str, Path]) -> None:
    page = (demo["2024"] / "monitoring/index.html").read_text(encoding="utf-8")
    section = next(t for t in page.split("<h2 ")[1:] if "Доля обучающихся" in t.split("</h2>")[0])
    rows = re.findall(r"(20\d\d)\s+31\.12\.\1\s+(\d+)", _text(section))
    assert dict(rows) == {"2020": "10", "2021": "20", "2022": "35", "2023": "50", "2024": "70"}


def _primary_nav_targets(site: Path, page: Path) -> set[str]:
    """Site paths the primary navigation of `page` links to."""
    import posixpath

    text = page.read_text(encoding="utf-8")
    rest = text.split('<nav class="md-nav md-nav--primary"', 1)[1]
    depth, end = 1, 0
    for match in re.finditer(r"<nav\b|</nav>", rest):  # the primary nav holds the page's table of contents
        depth += 1 if match.group(0) == "<nav" else -1
        if depth == 0:
            end = match.start()
            break
    nav = rest[:end]
    base = posixpath.dirname(page.relative_to(site).as_posix())
    targets = set()
    for href in re.findall(r'href="([^"#]*)"', nav):
        path = posixpath.normpath(posixpath.join(base, href)) if href else base
        targets.add("" if path == "." else path.rstrip("/"))
    return targets


def test_each_school_page_carries_only_its_own_navigation(demo: dict[str, Path]) -> None:
    site = demo["2024"]
    project = load_project(REPO).project
    slugs = [s.slug for s in project.schools]
    for slug in slugs:
        for page in (site / slug).rglob("index.html"):
            targets = _primary_nav_targets(site, page)
            outside = {t for t in targets if t not in ("", "search") and not t.startswith(slug + "/") and t != slug}
            assert outside == set(), (page, outside)  # the root link ('') leads back to the department; search
            assert f"{slug}/roadmap" in targets and "" in targets
    for page in (site / "documents").rglob("index.html"):
        targets = _primary_nav_targets(site, page)
        assert {s for s in slugs if s in targets} == set(slugs)  # each school's home…
        assert not any("/" in t and t.split("/")[0] in slugs for t in targets)  # …and none of its subpages


def test_theme_assets_are_stored_once(demo: dict[str, Path]) -> None:
    site = demo["2024"]
    css = [p for p in site.rglob("*.css")]
    names = [p.name for p in css]
    assert len(names) == len(set(names)), "a stylesheet copied per organisation"
    assert all(p.relative_to(site).parts[0] in ("assets", "pagefind") for p in css)


def test_municipal_bank_of_mentors_has_consented_mentors_of_every_school(demo: dict[str, Path]) -> None:
    project = load_project(REPO).project
    page = _text((demo["2024"] / "mentors/index.html").read_text(encoding="utf-8"))
    assert "Муниципальный банк наставников" in page
    for school in project.schools:
        for mentor in school.mentors:
            if mentor.name and mentor.publish and mentor.consent:
                assert mentor.name in page
            elif mentor.name:
                assert mentor.name not in page
        latest = max(school.participation, key=lambda p: p.academic_year)
        assert f"{school.name} {latest.academic_year} {latest.mentors} {latest.mentees} {latest.pairs}" in " ".join(
            page.split()
        )


def test_every_folder_the_department_takes_at_the_root_is_reserved(demo: dict[str, Path]) -> None:
    """A school's folder becomes /<folder>/: the names the department's pages, files and search index take at
    the root must be refused for schools (load.reserved_slug), or a school would overwrite them."""
    from generator.load import reserved_slug

    schools = {org.slug for org in load_project(REPO).project.schools}
    taken = {p.name for p in demo["2024"].iterdir() if p.is_dir()} - schools
    assert taken and all(reserved_slug(name) for name in taken), sorted(n for n in taken if not reserved_slug(n))
