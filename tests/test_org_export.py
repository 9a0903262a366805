"""`nastavnik build --org`: one school's section as a self-contained site that works under any path prefix."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
import urllib.error
import urllib.request
import zipfile
from collections import deque
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
from conftest import REPO


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value and ((name == "href" and tag in ("a", "link")) or (name == "src" and tag in ("img", "script"))):
                self.links.append(value)


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    for name in ("data", "content"):
        shutil.copytree(REPO / name, tmp_path / name)
    return tmp_path


def test_school_site_works_under_a_sub_path(demo: Path, cli, tmp_path: Path) -> None:
    code, _, err = cli("--project", str(demo), "build", "--today", "2024-10-01", "--org", "sosh-1")
    assert code == 0, err
    site = demo / "site-sosh-1"
    assert (site / "index.html").is_file() and (demo / "site-sosh-1.zip").is_file()
    assert not (site / "gimnaziya-2").exists() and not (site / "schools").exists()
    with zipfile.ZipFile(demo / "site-sosh-1.zip") as archive:
        assert sorted(n for n in archive.namelist() if not n.endswith("/")) == sorted(
            p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()
        )

    served = tmp_path / "srv"
    prefix = "/obrazovanie/nastavnichestvo/sosh-1/"
    shutil.copytree(site, served / prefix.strip("/"))
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(served))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    try:
        seen: set[str] = set()
        queue = deque([base])
        pages = 0
        while queue:
            url = queue.popleft()
            if url in seen:
                continue
            seen.add(url)
            assert urlsplit(url).path.startswith(prefix), f"a link leaves the section: {url}"
            try:
                with urllib.request.urlopen(url, timeout=10) as response:
                    body = response.read()
                    kind = response.headers.get_content_type()
            except urllib.error.HTTPError as exc:
                pytest.fail(f"{url}: {exc.code}")
            if kind == "text/html":
                pages += 1
                parser = _Links()
                parser.feed(body.decode("utf-8"))
                for link in parser.links:
                    target = urldefrag(urljoin(url, link))[0]
                    if urlsplit(target).netloc == urlsplit(base).netloc:
                        queue.append(target)
        assert pages >= 12  # the section's pages, practices and news
        assert any(u.endswith(".pdf") for u in seen)
    finally:
        server.shutdown()


def test_unknown_organisation_is_a_usage_error(demo: Path, cli) -> None:
    code, _, err = cli("--project", str(demo), "build", "--org", "sosh-42")
    assert code == 2
    assert "нет организации «sosh-42»" in err


def _fragment_links(folder: Path) -> list[tuple[str, str]]:
    links = []
    for fragment in sorted(folder.glob("*.html")):
        parser = _Links()
        parser.feed(fragment.read_text(encoding="utf-8"))
        links.extend((fragment.name, link) for link in parser.links)
    return links


def test_cms_fragments_link_to_each_other_and_to_the_files(demo: Path, cli) -> None:
    assert cli("--project", str(demo), "build", "--today", "2024-10-01", "--org", "sosh-1")[0] == 0
    cms = demo / "site-sosh-1-cms"
    fragments = sorted(p.name for p in cms.glob("*.html"))
    assert {"index.html", "documents.html", "roadmap.html", "practices.html"} <= set(fragments)
    for name in fragments:
        text = (cms / name).read_text(encoding="utf-8")
        assert "<html" not in text and "md-header" not in text  # the page's content only, no theme
    links = _fragment_links(cms)
    internal = [(f, link) for f, link in links if not urlsplit(link).scheme and not link.startswith(("#", "mailto:"))]
    assert internal
    for fragment, link in internal:
        assert (cms / link.split("#")[0]).is_file(), f"{fragment}: {link}"
    assert any(link.startswith("files/") and link.endswith(".pdf") for _, link in internal)


def test_cms_fragments_with_the_final_address(demo: Path, cli) -> None:
    base = "https://school1.example.ru/upload/nastavnichestvo/"
    assert (
        cli("--project", str(demo), "build", "--today", "2024-10-01", "--org", "sosh-1", "--cms-base-url", base)[0] == 0
    )
    links = _fragment_links(demo / "site-sosh-1-cms")
    relative = [(f, link) for f, link in links if not urlsplit(link).scheme and not link.startswith(("#", "mailto:"))]
    assert relative == []
    assert any(link == base + "documents.html" for _, link in links)
