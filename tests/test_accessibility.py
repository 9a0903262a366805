"""Issue 7: every kind of page of the demo is accessible — proven in Debian's Chromium with axe-core (the checker
auditors use), at 200 % zoom, by keyboard alone, in the normal and the visually-impaired version; the feed and
the sitemap are read back by real parsers."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest
from conftest import REPO

AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = Path(os.environ.get("NASTAVNIK_SCREENSHOTS", REPO / "screenshots"))
SCHEMES = ("bw", "wb", "blue")
SCHOOLS = ("gimnaziya-2", "oosh-ustye", "sosh-1")


def _vi(scheme: str, size: str = "3", images: str = "off", spacing: str = "wide") -> str:
    state = {"on": True, "size": size, "scheme": scheme, "images": images, "spacing": spacing}
    return f"localStorage.setItem('nk-vi', {json.dumps(json.dumps(state))})"


def page_kinds(site: Path) -> dict[str, str]:
    """One URL path per kind of page: a school's roadmap stands for every school's, one news post for all."""
    kinds: dict[str, str] = {}
    for html in sorted(site.rglob("*.html")):
        rel = html.relative_to(site).as_posix()
        if rel.startswith(("pagefind/", "assets/")):
            continue
        parts = rel.split("/")
        key = ["школа", *parts[1:]] if parts[0] in SCHOOLS else parts
        if len(key) >= 3 and key[-3] in ("news", "practices"):
            key = [*key[:-2], "*"]
        kinds.setdefault("/".join(key), "/" + rel.removesuffix("index.html"))
    kinds["404.html"] = "/nastavnichestvo/no-such-page/"  # served for a missing page, as a web server does
    return kinds


@pytest.fixture(scope="module")
def kinds(demo_site: tuple[Path, str]) -> dict[str, str]:
    found = page_kinds(demo_site[0])
    # the kinds a visitor meets: department and school home, documents, roadmap, practices and one practice, news…
    for expected in ("index.html", "школа/roadmap/index.html", "школа/practices/*", "news/*", "404.html"):
        assert expected in found, sorted(found)
    return found


def _axe(page) -> list[str]:  # type: ignore[no-untyped-def]
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes'][:3]]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def test_axe_finds_no_serious_violation_on_any_kind_of_page_in_either_mode(base_url, browser, kinds) -> None:  # type: ignore[no-untyped-def]
    assert AXE.is_file(), "axe-core is needed: npm ci (scripts/test.sh does it)"
    problems = []
    for mode in ("обычная", "для слабовидящих"):
        context = browser.new_context()
        for i, (kind, path) in enumerate(sorted(kinds.items())):
            page = context.new_page()
            if mode != "обычная":  # every colour scheme gets its turn across the kinds
                page.add_init_script(_vi(SCHEMES[i % len(SCHEMES)]))
            page.goto(base_url + path)
            assert (page.evaluate("document.documentElement.getAttribute('data-nk-vi')") == "on") == (mode != "обычная")
            problems += [f"{mode} версия, {kind}: {v}" for v in _axe(page)]
            page.close()
        context.close()
    assert not problems, "\n".join(problems)


def test_at_200_percent_zoom_no_page_scrolls_sideways(base_url, browser, kinds) -> None:  # type: ignore[no-untyped-def]
    # a 1280-pixel window at 200 % zoom: 640 CSS pixels, each drawn with two device pixels
    wide = []
    for vi in ("", _vi("wb"), _vi("blue", size="2", images="on", spacing="normal")):
        context = browser.new_context(viewport={"width": 640, "height": 900}, device_scale_factor=2)
        if vi:
            context.add_init_script(vi)
        for kind, path in sorted(kinds.items()):
            page = context.new_page()
            page.goto(base_url + path)
            page.wait_for_load_state("load")
            scroll, client = page.evaluate(
                "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
            )
            if scroll > client:
                wide.append(f"{kind} ({'слабовидящие' if vi else 'обычная'}): {scroll} > {client} px")
            page.close()
        context.close()
    assert not wide, "\n".join(wide)


def _tab_to(page, test: str, limit: int = 150) -> dict:  # type: ignore[no-untyped-def,type-arg]
    """Press Tab until the focused element satisfies the JS predicate `test` (of `el`); its description."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        found = page.evaluate(
            f"""() => {{ const el = document.activeElement; if (!el || !({test})) return null;
                const s = getComputedStyle(el);
                return {{text: el.textContent.trim(), href: el.getAttribute('href'), outline: s.outlineStyle,
                         width: parseFloat(s.outlineWidth)}}; }}"""
        )
        if found:
            return found  # type: ignore[no-any-return]
    raise AssertionError(f"Tab never reached: {test}")


def test_visually_impaired_version_by_keyboard_alone_survives_navigation(base_url, browser) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context()
    page = context.new_page()
    page.goto(base_url + "/gimnaziya-2/")
    page.keyboard.press("Tab")
    first = page.evaluate("document.activeElement.textContent.trim()")
    assert first == "Перейти к содержанию"  # the skip link comes first
    switch = _tab_to(page, "el.matches('[itemprop=copy]')")
    assert switch["text"].startswith("Версия для слабовидящих")
    assert switch["outline"] != "none" and switch["width"] >= 2  # the focus is visible
    page.keyboard.press("Enter")
    html = "document.documentElement.getAttribute"
    assert page.evaluate(f"{html}('data-nk-vi')") == "on"
    assert page.evaluate("document.querySelector('[data-nk-vi-switch]').getAttribute('aria-expanded')") == "true"
    # into the panel: the size group, then another size with the arrow keys, as radio buttons work
    _tab_to(page, "el.name === 'size'", limit=5)
    before = page.evaluate(f"{html}('data-nk-size')")
    page.keyboard.press("ArrowRight")
    after = page.evaluate(f"{html}('data-nk-size')")
    assert after != before
    _tab_to(page, "el.name === 'scheme'", limit=5)
    page.keyboard.press("ArrowRight")
    scheme = page.evaluate(f"{html}('data-nk-scheme')")
    assert scheme == "wb"
    # on to another page by keyboard: a link to the roadmap, followed with Enter
    _tab_to(page, "el.tagName === 'A' && /roadmap\\/?$/.test(el.getAttribute('href') || '')")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.rstrip("/").endswith("/roadmap")
    assert page.evaluate(f"{html}('data-nk-vi')") == "on"
    assert (page.evaluate(f"{html}('data-nk-size')"), page.evaluate(f"{html}('data-nk-scheme')")) == (after, "wb")
    colours = page.evaluate("[getComputedStyle(document.body).color, getComputedStyle(document.body).backgroundColor]")
    assert colours == ["rgb(255, 255, 255)", "rgb(0, 0, 0)"]  # white on black, as chosen
    # and back to the normal version, by keyboard too
    _tab_to(page, "el.matches('[itemprop=copy]')")
    page.keyboard.press("Enter")
    assert page.evaluate(f"{html}('data-nk-vi')") is None
    page.reload()
    assert page.evaluate(f"{html}('data-nk-vi')") is None
    context.close()


def test_images_off_keeps_their_text(base_url, browser, kinds) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context()
    context.add_init_script(_vi("bw", images="off"))
    page = context.new_page()
    page.goto(base_url + kinds["школа/mentors/index.html"])
    images = page.locator(".md-content img[alt]")
    assert images.count() >= 1
    assert not images.first.is_visible()
    alt = images.first.get_attribute("alt")
    assert page.locator(".nk-alt").first.inner_text() == f"Изображение: {alt}"
    context.close()


def test_screenshots_of_home_roadmap_and_practice_in_both_modes(base_url, browser, kinds) -> None:  # type: ignore[no-untyped-def]
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shots = {
        "home": kinds["школа/index.html"],
        "roadmap": kinds["школа/roadmap/index.html"],
        "practice": kinds["школа/practices/*"],
    }
    for mode, vi in (("normal", ""), ("vi", _vi("wb", size="2", images="on", spacing="normal"))):
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        if vi:
            context.add_init_script(vi)
        for name, path in shots.items():
            page = context.new_page()
            page.goto(base_url + path)
            page.screenshot(path=str(SCREENSHOTS / f"{name}-{mode}.png"), full_page=True)
            page.close()
        context.close()
    for name in shots:
        normal, vi = (SCREENSHOTS / f"{name}-{mode}.png" for mode in ("normal", "vi"))
        assert normal.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and normal.stat().st_size > 20_000
        assert vi.stat().st_size > 20_000 and vi.read_bytes() != normal.read_bytes()


def test_roadmap_prints_on_a4_without_the_sites_chrome(base_url, browser, kinds, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    page = browser.new_page()
    page.goto(base_url + kinds["школа/roadmap/index.html"])
    page.emulate_media(media="print")
    hidden = page.evaluate(
        "['.md-header', '.md-sidebar--primary', '.nk-vi', '.md-footer']"
        ".map(s => document.querySelector(s)).filter(Boolean).map(e => getComputedStyle(e).display)"
    )
    assert hidden and set(hidden) == {"none"}
    first_item = page.locator("table.nk-roadmap tbody td").first.inner_text().strip()
    pdf = tmp_path / "roadmap.pdf"
    page.pdf(path=str(pdf), format="A4", print_background=False)
    page.close()
    reader = PdfReader(pdf)
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - 595.3) < 2 and abs(float(box.height) - 841.9) < 2  # A4 in points
    text = " ".join(p.extract_text() for p in reader.pages)
    assert "Дорожная карта" in text and first_item.split()[0] in text
    assert "Версия для слабовидящих" not in text and "Перейти к содержанию" not in text


def test_news_feeds_parse_as_atom_and_link_to_their_posts(demo_site: tuple[Path, str]) -> None:
    import feedparser

    site, _ = demo_site
    feeds = sorted(site.rglob("feed.xml"))
    assert len(feeds) >= 3
    for feed_path in feeds:
        parsed = feedparser.parse(feed_path.read_bytes())
        assert not parsed.bozo, (feed_path, parsed.get("bozo_exception"))
        assert parsed.version == "atom10" and parsed.feed.title.startswith("Новости наставничества")
        posts = sorted(p for p in feed_path.parent.iterdir() if p.is_dir())
        assert len(parsed.entries) == len(posts) > 0
        for entry in parsed.entries:
            path = urlsplit(entry.link).path.removeprefix("/nastavnichestvo/")
            assert (site / path / "index.html").is_file(), entry.link
            assert entry.title and entry.published_parsed
        # every page of the section announces its feed
        html = (feed_path.parent.parent / "index.html").read_text("utf-8")
        assert 'type="application/atom+xml"' in html


def test_every_page_is_in_the_sitemap(demo_site: tuple[Path, str]) -> None:
    site, _ = demo_site
    tree = ElementTree.parse(site / "sitemap.xml")
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = {urlsplit(u.findtext("s:loc", namespaces=ns) or "").path for u in tree.getroot().findall("s:url", ns)}
    pages = {
        "/nastavnichestvo/" + html.relative_to(site).as_posix().removesuffix("index.html")
        for html in site.rglob("index.html")
        if not html.relative_to(site).as_posix().startswith(("pagefind/", "assets/"))
    }
    assert pages and locs == pages, (pages - locs, locs - pages)
    dates = [u.findtext("s:lastmod", namespaces=ns) for u in tree.getroot().findall("s:url", ns)]
    assert all(d is None or re.fullmatch(r"\d{4}-\d\d-\d\d", d) for d in dates) and any(dates)
    # each news folder has its own sitemap (the theme's script asks for one beside the feed): the news pages
    news = sorted(site.glob("**/news/sitemap.xml"))
    assert news and len(news) == len(list(site.glob("**/news/feed.xml")))
    for path in news:
        folder = "/nastavnichestvo/" + path.parent.relative_to(site).as_posix() + "/"
        own = ElementTree.parse(path).getroot().findall("s:url", ns)
        listed = {urlsplit(u.findtext("s:loc", namespaces=ns) or "").path for u in own}
        assert listed == {p for p in pages if p.startswith(folder)}, path


def test_pages_carry_open_graph_and_the_pretty_404(demo_site: tuple[Path, str]) -> None:
    site, _ = demo_site
    html = (site / "gimnaziya-2" / "roadmap" / "index.html").read_text("utf-8")
    for prop in ("og:title", "og:description", "og:url", "og:locale", "og:site_name"):
        assert f'property="{prop}"' in html, prop
    assert 'content="https://uo.zarechny-edu.ru/nastavnichestvo/gimnaziya-2/roadmap/"' in html
    assert "Страница обновлена:" in html
    missing = (site / "404.html").read_text("utf-8")
    assert "Страница не найдена" in missing and "На главную страницу" in missing


def test_a_page_shows_when_its_own_data_last_changed(tmp_path: Path) -> None:
    import shutil
    from datetime import date, datetime

    from generator.build import build

    for name in ("data", "content"):
        shutil.copytree(REPO / name, tmp_path / name)
    school = tmp_path / "data" / "orgs" / "gimnaziya-2"

    def stamp(path: Path, day: date) -> None:
        moment = datetime(day.year, day.month, day.day, 12).timestamp()
        for p in [path, *path.rglob("*")] if path.is_dir() else [path]:
            os.utime(p, (moment, moment))

    stamp(school / "roadmaps", date(2024, 5, 17))
    stamp(school / "documents.yml", date(2024, 3, 2))
    stamp(school / "files", date(2024, 2, 1))
    build(tmp_path, date(2024, 10, 1))
    site = tmp_path / "site" / "gimnaziya-2"
    assert '<time datetime="2024-05-17">17 мая 2024 г.</time>' in (site / "roadmap" / "index.html").read_text("utf-8")
    assert '<time datetime="2024-03-02">' in (site / "documents" / "index.html").read_text("utf-8")
    # data changed after the date the site is built «as of» is shown as of that date, not from the future
    assert '<time datetime="2024-10-01">' in (site / "programmes" / "index.html").read_text("utf-8")
