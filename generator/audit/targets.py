"""Whose sites to audit: the organisations of the project's data (their `site` and `section_url`), or the list a
department already keeps — a CSV or XLSX table with the school's name and its site's address."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from generator.problems import InvalidInput, Problem
from generator.render.slug import slugify

_NAME = ("наименование", "название", "организация", "оо", "школа", "name")
_SITE = ("сайт", "адрес сайта", "url", "site", "адрес", "ссылка на сайт")
_SECTION = ("раздел", "раздел наставничество", "адрес раздела", "section", "section_url")
_KIND = ("вид", "тип", "kind")
MAX_TABLE_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Target:
    slug: str
    name: str
    kind: str  # школа | управление
    site: str
    section_url: str | None = None


def normalise_url(text: str) -> str | None:
    """«school3.ru» → «https://school3.ru/»; None when it is not a web address."""
    text = text.strip()
    if not text:
        return None
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc or " " in parts.netloc:
        return None
    return text if parts.path else text + "/"


def from_project(root: Path) -> list[Target]:
    from generator.load import load_project

    project = load_project(root).project
    return [
        Target(org.slug, org.profile.short_name, org.profile.kind, org.profile.site, org.profile.section_url)
        for org in project.orgs
        if org.profile.site or org.profile.section_url
    ]


def _column(header: list[str], names: tuple[str, ...]) -> int | None:
    lowered = [h.strip().lower().strip('«»"') for h in header]
    for name in names:
        if name in lowered:
            return lowered.index(name)
    return None


def _rows(path: Path) -> list[list[str]]:
    if path.stat().st_size > MAX_TABLE_BYTES:
        raise InvalidInput([Problem(str(path), None, None, "файл больше 20 МБ: это не список школ", "too_large")])
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        try:
            book = load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
            raise InvalidInput(
                [Problem(str(path), None, None, f"не читается как книга Excel: {exc}", "bad_xlsx")]
            ) from None
        sheet = book.worksheets[0]
        return [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1251"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=";,\t")
    except csv.Error:
        dialect = csv.excel
    return [row for row in csv.reader(io.StringIO(text), dialect)]


def from_table(path: Path) -> list[Target]:
    """Targets from a CSV (UTF-8 or windows-1251, «;» or «,») or XLSX table with a header row."""
    rows = [r for r in _rows(path) if any(cell.strip() for cell in r)]
    if not rows:
        raise InvalidInput([Problem(str(path), None, None, "таблица пуста: нужны строка заголовков и школы", "empty")])
    header, body = rows[0], rows[1:]
    name_at, site_at = _column(header, _NAME), _column(header, _SITE)
    section_at, kind_at = _column(header, _SECTION), _column(header, _KIND)
    problems = []
    if name_at is None or site_at is None:
        problems.append(
            Problem(
                str(path),
                1,
                None,
                "в первой строке нужны столбцы «Наименование» и «Сайт»; найдены: " + ", ".join(h for h in header if h),
                "bad_header",
            )
        )
        raise InvalidInput(problems)
    targets: list[Target] = []
    used: set[str] = set()
    for number, row in enumerate(body, start=2):
        cells = row + [""] * (len(header) - len(row))
        name = cells[name_at].strip()
        site = normalise_url(cells[site_at])
        section = normalise_url(cells[section_at]) if section_at is not None and cells[section_at].strip() else None
        if not name:
            problems.append(Problem(str(path), number, "Наименование", "не указано наименование", "no_name"))
        if site is None and section is None:
            problems.append(
                Problem(
                    str(path), number, "Сайт", f"«{cells[site_at].strip()}» — не адрес сайта (http/https)", "bad_url"
                )
            )
        if not name or (site is None and section is None):
            continue
        kind = cells[kind_at].strip().lower() if kind_at is not None else ""
        kind = "управление" if kind.startswith(("управ", "уо", "отдел", "комитет")) else "школа"
        slug = base = slugify(name)[:60] or f"row-{number}"
        n = 2
        while slug in used:
            slug, n = f"{base}-{n}", n + 1
        used.add(slug)
        targets.append(Target(slug, name, kind, site or section or "", section))
    if problems:
        raise InvalidInput(problems)
    return targets
