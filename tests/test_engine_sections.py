"""The engine renders the site section by section: HTML blocks go around Markdown, headings keep their ids and
table of contents, and text from the data can never turn into a heading."""

from __future__ import annotations

from pathlib import Path

from generator.engine.mkdocs import restore_html, stash_html


def test_html_blocks_go_around_markdown_verbatim() -> None:
    body = (
        '# Дорожная карта\n\n<p class="a">один</p>\n<ul>\n\n<li>два</li>\n</ul>\n'
        "## Раздел 1 & «2»\n<div>\n\n<pre>x &lt; y</pre>\n</div>\n"
    )
    text, blocks = stash_html(body)
    assert blocks == ['<p class="a">один</p>\n<ul>\n\n<li>два</li>\n</ul>', "<div>\n\n<pre>x &lt; y</pre>\n</div>"]
    assert "<" not in text  # Markdown sees the headings and one word per block
    import markdown

    html = restore_html(markdown.markdown(text), blocks)
    assert html.count(blocks[0]) == 1 and html.count(blocks[1]) == 1
    assert "<h2>Раздел 1 &amp; «2»</h2>" in html


def test_data_text_starting_a_line_with_hash_stays_text(mini: Path, cli) -> None:  # type: ignore[no-untyped-def]
    news = mini / "content/school-a/news/2024-09-10-start.md"
    news.write_text(news.read_text("utf-8") + "\n    x = 1\n    # не заголовок, а строка кода\n", "utf-8")
    roadmap = mini / "data/orgs/school-a/roadmaps/2024-2025.yml"
    roadmap.write_text(
        roadmap.read_text("utf-8").replace(
            "event: Назначение куратора", 'event: "Назначение куратора\\n# и тоже не заголовок"'
        ),
        "utf-8",
    )
    assert cli("--project", str(mini), "build", "--today", "2024-09-15")[0] == 0
    page = (mini / "site/school-a/news/2024-09-10-start/index.html").read_text("utf-8")
    article = page.split("data-pagefind-body", 1)[1]
    assert "&#35; не заголовок, а строка кода" in article or "# не заголовок, а строка кода" in article
    assert article.count("<h1") == 1 and '<h1 id="ne' not in article
    roadmap_page = (mini / "site/school-a/roadmap/index.html").read_text("utf-8").split("data-pagefind-body", 1)[1]
    assert "и тоже не заголовок" in roadmap_page
    assert not any(
        "и тоже не заголовок" in h
        for h in roadmap_page.split("<h")[1:]
        if h[0] in "123456" and "</h" in h.split("и тоже")[0] is False
    )
    headings = [
        chunk.split(">", 1)[1].split("</h", 1)[0] for chunk in roadmap_page.split("<h")[1:] if chunk[:1] in "123456"
    ]
    assert not any("не заголовок" in h for h in headings), headings


def test_sections_carry_prev_next_and_their_own_title(mini: Path, cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("--project", str(mini), "build", "--today", "2024-09-15")[0] == 0
    page = (mini / "site/school-a/roadmap/index.html").read_text("utf-8")
    assert '<link rel="prev" href="../documents/">' in page and '<link rel="next" href="../programmes/">' in page
    nav = page.split('<nav class="md-nav md-nav--primary"', 1)[1].split("</label>", 1)[0]
    school = (mini / "data/orgs/school-a/organisation.yml").read_text("utf-8")
    assert any(
        line.split(":", 1)[1].strip().strip('"') in nav
        for line in school.splitlines()
        if line.startswith("short_name:")
    )


def test_one_markdown_instance_renders_every_page_as_mkdocs_own_page_render(tmp_path: Path) -> None:
    """The engine converts all pages with one Markdown instance (MkDocs makes one per page, and loading the
    extensions each time was a quarter of the render): content, table of contents, title and anchors are those
    of MkDocs' own Page.render for every page of the demo — also when pages follow one another."""
    from datetime import date

    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page as MkPage

    from generator.build import generate
    from generator.engine.mkdocs import SectionRenderer

    repo = Path(__file__).resolve().parent.parent
    _, site = generate(repo, date(2024, 10, 1))
    renderer = SectionRenderer(site, repo, tmp_path / "work", tmp_path / "out")
    files = Files([renderer._file(p.path) for p in site.pages])
    compared = 0
    for source in site.pages:
        ours = MkPage(source.title, files.get_file_from_path(source.path), renderer.config)
        theirs = MkPage(source.title, files.get_file_from_path(source.path), renderer.config)
        ours.markdown = theirs.markdown = stash_html(source.body or "")[0]
        renderer._convert(ours, files)
        theirs.render(renderer.config, files)
        assert ours.content == theirs.content, source.path
        assert [(t.id, t.title, len(t.children)) for t in ours.toc] == [
            (t.id, t.title, len(t.children)) for t in theirs.toc
        ], source.path
        assert ours.title == theirs.title and ours.present_anchor_ids == theirs.present_anchor_ids, source.path
        compared += 1
    assert compared == len(site.pages) > 50
