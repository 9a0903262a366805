"""Hand-written Markdown in content/<organisation>/: the intro text (index.md) and news posts."""

from __future__ import annotations

import re
from pathlib import Path

from generator.load.organisations import SLUG, OrgReader
from generator.load.rawfile import EMPTY, TooLarge, read_limited
from generator.load.yamlfile import parse_yaml_text
from generator.model.news import NewsItem, NewsMeta
from generator.problems import Problem

_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.S)
_NEWS_NAME = re.compile(r"^\d{4}-\d{2}-\d{2}-([a-z0-9][a-z0-9-]*)$")
MAX_MARKDOWN_BYTES = 1024 * 1024


def read_markdown(reader: OrgReader, path: Path) -> str | None:
    rel = reader.rel(path)
    if reader.outside(path):
        return None
    try:
        return read_limited(path, MAX_MARKDOWN_BYTES).decode("utf-8-sig").replace("\r\n", "\n")
    except TooLarge:
        reader.problems.add(Problem(rel, None, None, f"файл больше {MAX_MARKDOWN_BYTES} байт", "too_large"))
    except UnicodeDecodeError:
        reader.problems.add(Problem(rel, None, None, "файл должен быть в кодировке UTF-8", "encoding"))
    except OSError as exc:
        reader.problems.add(Problem(rel, None, None, f"не удалось прочитать файл: {exc.strerror}", "unreadable"))
    return None


def read_news(reader: OrgReader, path: Path) -> NewsItem | None:
    rel = reader.rel(path)
    match = _NEWS_NAME.match(path.stem)
    if not match:
        reader.problems.add(
            Problem(
                rel,
                None,
                None,
                "имя файла новости: ГГГГ-ММ-ДД-адрес.md, где адрес — строчные латинские буквы, "
                "цифры и дефисы (например, 2024-05-20-konkurs.md)",
                "bad_slug",
            )
        )
        return None
    text = read_markdown(reader, path)
    if text is None:
        return None
    front = _FRONT.match(text)
    if not front:
        reader.problems.add(
            Problem(rel, 1, None, "новость должна начинаться с блока «---» с полями title и date", "front_matter")
        )
        return None
    doc = parse_yaml_text(front.group(1), rel, reader.problems, first_line=2)
    if doc is None:
        return None
    if not isinstance(doc.value, dict):
        reader.problems.add(Problem(rel, 2, None, "ожидались поля title и date", "front_matter"))
        return None
    meta = reader.validate(NewsMeta, doc.value, doc)
    if meta is None:
        return None
    return NewsItem(path.stem, meta, text[front.end() :], rel, front.group(0).count("\n") + 1)


def unknown_content(reader: OrgReader, content_dir: Path, known: set[str]) -> None:
    """Folders in content/ that belong to no organisation."""
    if not content_dir.is_dir():
        return
    for folder in sorted(content_dir.iterdir()):
        if folder.name.startswith("."):
            continue
        if not folder.is_dir() or folder.name not in known or not SLUG.match(folder.name):
            reader.problems.add(
                Problem(
                    reader.rel(folder),
                    None,
                    None,
                    "в content/ ожидались папки организаций из data/orgs/: " + ", ".join(sorted(known)),
                    "unknown_file",
                )
            )


def read_org_content(reader: OrgReader, folder: Path) -> tuple[str | None, list[NewsItem]]:
    """content/<slug>/: the intro Markdown and the news, newest first."""
    about = None
    news: list[NewsItem] = []
    listing = reader.listing(folder)
    if listing is None:
        return about, news
    for name in listing.names:
        entry = folder / name
        if name == "index.md" and name in listing.files:
            about = read_markdown(reader, entry)
        elif name == "news" and name in listing.folders:
            for post_name in (reader.listing(entry) or EMPTY).names:
                post = entry / post_name
                if post.suffix == ".md":
                    item = read_news(reader, post)
                    if item is not None:
                        news.append(item)
                elif not post_name.startswith("."):
                    reader.problems.add(Problem(reader.rel(post), None, None, "ожидались файлы .md", "unknown_file"))
        elif not name.startswith("."):
            reader.problems.add(
                Problem(reader.rel(entry), None, None, "ожидались index.md и папка news/", "unknown_file")
            )
    news.sort(key=lambda n: (n.meta.date, n.slug), reverse=True)
    return about, news
