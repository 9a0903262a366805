"""The built site's link checker: it must find each kind of broken link, and only those."""

from __future__ import annotations

from pathlib import Path

from generator.verify.links import check_links


def _page(site: Path, path: str, body: str) -> None:
    target = site / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(f"<!doctype html><html><head></head><body>{body}</body></html>", "utf-8")


def test_each_kind_of_broken_link_is_found(tmp_path: Path) -> None:
    site = tmp_path / "site"
    _page(site, "index.html", '<h2 id="a&amp;b">x</h2><a href="docs/">docs</a><a href=\'docs/#part\'>part</a>')
    _page(
        site,
        "docs/index.html",
        '<p id="part"></p>'
        '<a href="../#a&amp;b">ok: the anchor written with an entity</a>'
        '<a href="../missing/">a page that does not exist</a>'
        '<a class="x" href="../#nowhere">an anchor that does not exist</a>'
        '<a href="../../outside.html">outside the site</a>'
        '<img alt="" src="../files/scan.png">'
        '<!-- <a href="../commented-out/">not a link</a> -->'
        '<a href="https://example.org/x">external</a><a href="mailto:a@b.ru">mail</a>'
        '<link rel="stylesheet" href="../assets/site.css">',
    )
    (site / "assets").mkdir()
    (site / "assets/site.css").write_text("", "utf-8")
    broken = {(b.page, b.href, b.reason) for b in check_links(site)}
    assert broken == {
        ("docs/index.html", "../missing/", "страница или файл не существует"),
        ("docs/index.html", "../#nowhere", "на странице нет якоря «nowhere»"),
        ("docs/index.html", "../../outside.html", "ведёт за пределы сайта"),
        ("docs/index.html", "../files/scan.png", "страница или файл не существует"),
    }


def test_a_recheck_parses_only_changed_pages_and_looks_at_every_target_afresh(tmp_path: Path, monkeypatch) -> None:
    from generator.verify import links

    site, cache = tmp_path / "site", tmp_path / "cache"
    _page(site, "index.html", '<a href="b/">b</a><a href="b/#part">part of b</a>')
    _page(site, "b/index.html", '<p id="part"></p><a href="../">home</a>')
    read: list[str] = []
    real_read = links._read
    monkeypatch.setattr(links, "_read", lambda job: read.append(job[1]) or real_read(job))

    assert check_links(site, cache_dir=cache) == []
    assert sorted(read) == ["b/index.html", "index.html"]
    read.clear()
    assert check_links(site, cache_dir=cache) == []
    assert read == []  # nothing changed: no page is read again

    _page(site, "b/index.html", '<p id="other"></p><a href="../">home, the anchor «part» is gone</a>')
    broken = {(b.page, b.href, b.reason) for b in check_links(site, cache_dir=cache)}
    assert read == ["b/index.html"]  # the unchanged home page is not read, yet its link to the anchor is checked
    assert broken == {("index.html", "b/#part", "на странице нет якоря «part»")}

    read.clear()
    (site / "b/index.html").unlink()
    broken = {(b.page, b.href, b.reason) for b in check_links(site, cache_dir=cache)}
    assert read == []
    assert broken == {
        ("index.html", "b/", "страница или файл не существует"),
        ("index.html", "b/#part", "страница или файл не существует"),
    }


def test_a_link_wrong_in_itself_is_reported_by_every_check(tmp_path: Path) -> None:
    """A page whose link is wrong whatever the site holds (outside the site, not a URL) is never taken from the
    cache without it: the second check reports it like the first."""
    site, cache = tmp_path / "site", tmp_path / "cache"
    _page(site, "index.html", '<a href="../outside.html">out</a><a href="http://[bad/">bad</a>')
    first = {(b.page, b.href, b.reason) for b in check_links(site, cache_dir=cache)}
    assert first == {
        ("index.html", "../outside.html", "ведёт за пределы сайта"),
        ("index.html", "http://[bad/", "адрес записан с ошибкой"),
    }
    assert {(b.page, b.href, b.reason) for b in check_links(site, cache_dir=cache)} == first


def test_the_entries_of_a_section_gone_from_the_site_are_removed(tmp_path: Path) -> None:
    """A school removed or renamed leaves no entry behind in the links' cache."""
    import shutil

    site, cache = tmp_path / "site", tmp_path / "cache"
    _page(site, "index.html", '<a href="a/">a</a>')
    _page(site, "a/index.html", '<a href="../">home</a>')
    _page(site, "b/index.html", '<a href="../">home</a>')
    assert check_links(site, cache_dir=cache) == []
    assert sorted(p.name for p in cache.iterdir()) == ["root.pickle", "section-a.pickle", "section-b.pickle"]
    shutil.rmtree(site / "b")
    assert check_links(site, cache_dir=cache) == []
    assert sorted(p.name for p in cache.iterdir()) == ["root.pickle", "section-a.pickle"]
