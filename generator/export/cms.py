"""An export for CMS-built school sites: an HTML fragment per page plus the files.

Many schools publish through site builders where one cannot upload a folder of pages, only paste HTML into a
page and upload files. Each fragment is the page's own content (without the theme), links rewritten to the
flat fragment names (or to absolute addresses when the final location is known: --cms-base-url).
"""

from __future__ import annotations

import posixpath
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

_ATTR = re.compile(r'(\s(?:href|src)=")([^"]*)(")')
_HEADERLINK = re.compile(r'<a class="headerlink"[^>]*>.*?</a>', re.S)


class _Body(HTMLParser):
    """Finds the offsets of the page's own content: the theme's element id="nk-content" (marked for search too,
    where the page is searched: not on the lists that repeat other pages)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.start: int | None = None
        self.end: int | None = None
        self.depth = 0
        self.lines: list[int] = []

    def position(self) -> int:
        line, col = self.getpos()
        return self.lines[line - 1] + col

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "div" or self.end is not None:
            return
        if self.start is None and ("id", "nk-content") in attrs:
            self.start = self.position() + len(self.get_starttag_text() or "")
            self.depth = 1
        elif self.start is not None:
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "div" and self.start is not None and self.end is None:
            self.depth -= 1
            if self.depth == 0:
                self.end = self.position()


def page_content(html: str) -> str | None:
    parser = _Body()
    parser.lines = [0]
    for line in html.splitlines(keepends=True):
        parser.lines.append(parser.lines[-1] + len(line))
    parser.feed(html)
    if parser.start is None or parser.end is None:
        return None
    return html[parser.start : parser.end]


def fragment_name(site_path: str) -> str:
    """«practices/klub/index.html» → «practices-klub.html»; the home page → «index.html»."""
    folder = posixpath.dirname(site_path)
    return (folder.replace("/", "-") or "index") + ".html"


def export_cms(site: Path, target: Path, base_url: str | None = None) -> int:
    """Write fragments and files of the built `site` into `target`; returns the number of fragments."""
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    prefix = (base_url.rstrip("/") + "/") if base_url else ""
    count = 0
    for page in sorted(site.rglob("index.html")):
        rel = page.relative_to(site).as_posix()
        if rel.startswith(("pagefind/", "search/")):
            continue
        content = page_content(page.read_text(encoding="utf-8"))
        if content is None:
            continue

        def rewrite(match: re.Match[str], rel: str = rel) -> str:
            link = match.group(2)
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or link.startswith(("#", "mailto:", "tel:")):
                return match.group(0)
            path = posixpath.normpath(posixpath.join(posixpath.dirname(rel), parts.path)) if parts.path else rel
            anchor = f"#{parts.fragment}" if parts.fragment else ""
            if path.endswith((".html", "/")) or (site / path).is_dir() or path == ".":
                index = path if path.endswith(".html") else posixpath.join(path, "index.html")
                new = prefix + fragment_name(posixpath.normpath(index)) + anchor
            else:
                new = prefix + path + anchor
            return match.group(1) + new + match.group(3)

        fragment = _ATTR.sub(rewrite, _HEADERLINK.sub("", content)).strip() + "\n"
        (target / fragment_name(rel)).write_text(fragment, encoding="utf-8")
        count += 1
    if (site / "files").is_dir():
        shutil.copytree(site / "files", target / "files")
    for name in ("manifest.json", "deadlines.ics"):  # linked from the documents and roadmap pages
        if (site / name).is_file():
            shutil.copyfile(site / name, target / name)
    (target / ".nastavnik-site").write_text("Экспорт nastavnik; папку можно заменять при следующей сборке.\n")
    (target / "README.txt").write_text(
        "Раздел «Наставничество» для сайта на конструкторе.\n\n"
        "Каждый файл .html — содержимое одной страницы раздела: вставьте его в страницу конструктора в режиме "
        "HTML. Папку files/ загрузите в хранилище файлов сайта.\n"
        + (
            f"Ссылки указывают на адрес {prefix}: страницы и папка files/ должны лежать там.\n"
            if prefix
            else "Ссылки относительные: страницы (под именами файлов .html) и папка files/ должны лежать в одной "
            "папке сайта; иначе пересоберите с --cms-base-url АДРЕС.\n"
        ),
        encoding="utf-8",
    )
    return count
