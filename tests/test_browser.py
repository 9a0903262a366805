"""What a person sees, in a real browser: Debian's Chromium driven by Playwright over the built demo."""

from __future__ import annotations

import contextlib
import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from conftest import REPO

from generator.build import build


@contextlib.contextmanager
def _built_and_served(project: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, str]]:
    """The demo copied into `project`, built here with what the test patched, served on 127.0.0.1: (site, base
    URL). Built in this process: no fork while Playwright's threads run."""
    from generator import parallel

    monkeypatch.setattr(parallel, "ENABLED", False)
    for name in ("data", "content"):
        shutil.copytree(REPO / name, project / name)
    build(project, date(2024, 10, 1))
    site = project / "site"
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield site, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_practice_filter_by_form_of_mentoring(base_url: str, browser) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page()
    page.goto(f"{base_url}/practices/")
    cards = page.locator(".nk-practices > li")
    total = cards.count()
    assert total >= 6
    assert page.locator("[data-nk-count]").inner_text() == f"Показано практик: {total} из {total}"
    page.select_option("select[name=forms]", "реверсивное")
    visible = page.locator(".nk-practices > li:visible")
    assert 0 < visible.count() < total
    for i in range(visible.count()):
        assert "реверсивное" in visible.nth(i).locator(".nk-muted").inner_text()
    hidden = page.locator(".nk-practices > li:not(:visible)")
    for i in range(hidden.count()):
        assert "реверсивное" not in hidden.nth(i).get_attribute("data-forms").split("|")
    # and the other filters narrow further; reset shows everything again
    page.select_option("select[name=award]", "1")
    assert page.locator(".nk-practices > li:visible").count() <= visible.count()
    page.click("form.nk-filters button[type=reset]")
    page.wait_for_function(f"document.querySelectorAll('.nk-practices > li:not([hidden])').length === {total}")
    page.close()


def test_without_javascript_every_practice_is_listed(base_url: str, browser) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{base_url}/practices/")
    assert page.locator(".nk-practices > li:visible").count() == page.locator(".nk-practices > li").count()
    assert not page.locator("form.nk-filters").is_visible()
    context.close()


def test_pages_ask_the_server_for_nothing_that_is_not_there(demo_site: tuple[Path, str], browser) -> None:  # type: ignore[no-untyped-def]
    """Every request a page makes by itself finds its answer: a 404 in a school's server log is noise to its
    admins and a wasted request for a reader (Material asked for news/sitemap.xml beside the news feed link)."""
    site, base_url = demo_site
    news_item = next(p for p in sorted(site.glob("*/news/*/index.html")))
    paths = ["/", "/sosh-1/", "/sosh-1/news/", "/" + news_item.parent.relative_to(site).as_posix() + "/", "/roadmap/"]
    missing: list[str] = []
    page = browser.new_page()
    page.on("response", lambda r: missing.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    page.on("requestfailed", lambda r: missing.append(f"failed {r.url}"))
    for path in paths:
        page.goto(base_url + path)
        page.wait_for_load_state("networkidle")
    page.close()
    assert not [m for m in missing if base_url in m], missing


def test_russian_search_finds_inflected_forms_and_loads_little(base_url: str, browser) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page()
    loaded: list[tuple[str, int]] = []
    page.goto(f"{base_url}/search/")
    page.wait_for_load_state("networkidle")
    page.on("response", lambda r: loaded.append((r.url, len(r.body()) if r.ok else 0)))
    # «наставнику» (dative) must find pages that say «наставник» / «Наставники»
    page.fill("#nk-search-input", "наставнику")
    page.wait_for_selector(".nk-search__results li", timeout=15000)
    page.wait_for_load_state("networkidle")
    titles = page.locator(".nk-search__results li a").all_inner_texts()
    assert titles and any("Наставники" in t for t in titles)
    assert page.locator(".nk-search__status").inner_text().startswith("Найдено:")
    first_query = sum(size for url, size in loaded if url.startswith(base_url))
    assert any("/pagefind/" in url for url, _ in loaded), "the query did not use the index"
    assert first_query <= 300 * 1024, f"the first query downloaded {first_query} bytes"
    # ten results at a time (each fetches its own fragment of the index); the rest on request
    found = int(page.locator(".nk-search__status").inner_text().split()[1])
    assert page.locator(".nk-search__results li").count() == min(found, 10)
    assert found > 10, "the demo must have enough results to show the button"
    page.locator(".nk-search__more").focus()
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelectorAll('.nk-search__results li').length > 10")
    assert page.locator(".nk-search__results li").count() == min(found, 20)
    # a word that is nowhere gives an honest «nothing»
    page.fill("#nk-search-input", "зюзюкабра")
    page.wait_for_function("document.querySelector('.nk-search__status').textContent === 'Ничего не найдено'")
    page.close()


def test_search_over_an_index_in_parts_finds_pages_of_every_part(  # type: ignore[no-untyped-def]
    tmp_path: Path, browser, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A region's index is made shard by shard (bounded memory) and merged in the browser."""
    import json

    from generator import search

    monkeypatch.setattr(search, "MAX_SHARD_PAGES", 15)  # the demo's sections then fall into several shards
    with _built_and_served(tmp_path, monkeypatch) as (site, base):
        others = json.loads((site / "pagefind/bundles.json").read_text("utf-8"))
        assert len(others) >= 2 and all((site / "pagefind" / o / "pagefind.js").resolve().is_file() for o in others)
        page = browser.new_page()
        page.goto(f"{base}/search/")
        page.fill("#nk-search-input", "дорожная карта")
        page.wait_for_selector(".nk-search__results li", timeout=15000)
        found = int(page.locator(".nk-search__status").inner_text().split()[1])
        for _ in range(found // 10 + 1):
            if not page.locator(".nk-search__more").is_visible():
                break
            shown = page.locator(".nk-search__results li").count()
            page.click(".nk-search__more")
            page.wait_for_function(f"document.querySelectorAll('.nk-search__results li').length > {shown}")
        urls = page.locator(".nk-search__results li a").evaluate_all("links => links.map(a => a.href)")
        assert len(urls) == found
        sections = {url.split("/")[3] for url in urls}
        assert {"sosh-1", "gimnaziya-2", "oosh-ustye"} <= sections, sections  # schools from every shard
        assert "roadmap" in sections  # and the department's own pages
        page.close()


def test_a_region_bank_loads_every_practice_when_filtered(  # type: ignore[no-untyped-def]
    tmp_path: Path, browser, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page of a region's bank holds the newest practices; the first filter brings in all of them from
    practices/bank.json, so the filter chooses among every practice, not among the few on the page."""
    import json

    from generator.render import pages

    monkeypatch.setattr(pages, "BANK_SHOWN", 2)
    with _built_and_served(tmp_path, monkeypatch) as (site, base):
        entries = json.loads((site / "practices/bank.json").read_text("utf-8"))
        reverse = [e["t"] for e in entries if "реверсивное" in e["f"]]
        assert len(entries) > 2 and reverse
        page = browser.new_page()
        page.goto(f"{base}/practices/")
        assert page.locator(".nk-practices > li").count() == 2
        assert page.locator("[data-nk-count]").inner_text() == f"Показаны новейшие практики: 2 из {len(entries)}"
        page.select_option("select[name=forms]", "реверсивное")
        page.wait_for_function(f"document.querySelectorAll('.nk-practices > li').length === {len(entries)}")
        visible = page.locator(".nk-practices > li:visible .nk-card__title").all_inner_texts()
        assert sorted(visible) == sorted(reverse)
        assert page.locator("[data-nk-count]").inner_text() == f"Показано практик: {len(reverse)} из {len(entries)}"
        assert not page.locator("[data-nk-bank-more]").is_visible()
        page.click("form.nk-filters button[type=reset]")
        everything = f"document.querySelectorAll('.nk-practices > li:not([hidden])').length === {len(entries)}"
        page.wait_for_function(everything)
        link = page.locator(".nk-practices > li:visible a").last
        link.click()  # a card made from the JSON leads to the practice's own page
        page.wait_for_load_state()
        assert page.locator("h1").inner_text().rstrip("¶").strip() == entries[-1]["t"]
        page.goto(f"{base}/practices/")  # «Показать все», by keyboard
        page.locator("[data-nk-all]").focus()
        page.keyboard.press("Enter")
        page.wait_for_function(everything)
        assert page.locator("[data-nk-count]").inner_text() == f"Показано практик: {len(entries)} из {len(entries)}"
        page.close()

        context = browser.new_context(java_script_enabled=False)
        page = context.new_page()
        page.goto(f"{base}/practices/")
        assert page.locator(".nk-practices > li:visible").count() == 2
        assert page.locator("[data-nk-bank-more] a").is_visible()  # each school's own list, without JavaScript
        context.close()
