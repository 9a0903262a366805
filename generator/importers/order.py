"""An order (приказ, распоряжение, постановление) in Word → a document entry, from its heading.

The heading of a Russian order is laid out by convention: the issuing body at the top, the kind of act in
capitals («ПРИКАЗ», also spaced «П Р И К А З»), the date and number (one line or two, with the place between
them), then the title starting «О…» / «Об…». The appendices that are roadmap tables are offered for import
(or imported with --roadmaps, approved by this order). A file that is only an appendix («Приложение 2 к
приказу … от 22.04.2022 № 70-ОД») becomes an entry for the appendix itself, with the order named in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.importers.heading import academic_year_in, find_date, find_number, one_line, parse_appendix
from generator.importers.report import Entry, Report, short
from generator.importers.roadmap import Found, find_roadmaps
from generator.importers.tables import Source, fail
from generator.importers.yamlout import Map
from generator.model.vocabulary import DOCUMENT_KINDS
from generator.render.slug import slugify

HEADING_PARAGRAPHS = 40  # the heading is in the first paragraphs; the body follows
_KINDS = {"ПРИКАЗ": "приказ", "РАСПОРЯЖЕНИЕ": "распоряжение", "ПОСТАНОВЛЕНИЕ": "постановление"}
_GENITIVE = {"приказ": "приказа", "распоряжение": "распоряжения", "постановление": "постановления"}
_ADDRESS = re.compile(r"\bул\.|улица|\bтел\b|тел\.|факс|e-?mail|@|\b\d{6}\b|\bинн\b|\bогрн\b|\bд\.\s*\d", re.I)
_PLACE = re.compile(r"^(г\.|п\.|с\.|пгт\.?|пос\.|рп\.?|ст\.|город|село|поселок|посёлок)\s*[А-ЯЁ]", re.I)
_TITLE_START = re.compile(r"^(О|Об|Обо)\s")
_PREAMBLE = re.compile(
    r"^(В целях|Во исполнение|В соответствии|В рамках|На основании|С целью|Руководствуясь|В связи)", re.I
)


@dataclass
class OrderImport:
    entry: Map
    report: Report
    roadmaps: list[Found] = field(default_factory=list)
    is_appendix: bool = False


def _letters(text: str) -> str:
    return re.sub(r"[^А-ЯЁA-Z]", "", text.upper())


def level_of(issuer: str | None) -> str | None:
    """The level of a document by who issued it; None when the issuer says nothing about it."""
    text = (issuer or "").lower()
    if re.search(r"министерств|правительств|губернатор|департамент образования .*области|институт развития", text):
        return "региональный"
    if re.search(r"\bмбоу|\bмаоу|\bмкоу|\bгбоу|школ|гимнази|лице[йя]|\bсош\b|\bоош\b|детск|\bдоу\b|колледж", text):
        return "локальный"
    if re.search(r"управлени|отдел образования|администраци|комитет|муниципальн|\bму\b", text):
        return "муниципальный"
    return None


def read_order(source: Source, org_kind: str | None, ident: str | None = None) -> OrderImport:
    if source.kind != "docx":
        raise fail(source.label, "приказ читается из документа Word (.docx)", "import_format")
    paragraphs = [p for p in source.paragraphs[: HEADING_PARAGRAPHS * 3]]
    report = Report(f"Импорт приказа из «{source.label}»")
    kind_at = None
    kind = None
    for i, paragraph in enumerate(paragraphs[:HEADING_PARAGRAPHS]):
        if _letters(paragraph) in _KINDS and len(paragraph) < 40:
            kind_at, kind = i, _KINDS[_letters(paragraph)]
            break
    roadmaps = find_roadmaps(source)
    if kind_at is None:
        return _appendix(source, paragraphs, roadmaps, org_kind, ident, report)
    entry = Map()
    issuer = _issuer(paragraphs[:kind_at])
    day = None
    number = None
    title_lines: list[str] = []
    where = {}
    for i in range(kind_at + 1, min(len(paragraphs), kind_at + 15)):
        text = one_line(paragraphs[i])  # «от 14.02.2022      № 91»: the gap is layout
        if not text:
            if title_lines:
                break
            continue
        if title_lines:
            if _PREAMBLE.match(text) or len(text) > 300:
                break
            title_lines.append(text)
            continue
        if day is None and (found := find_date(text)) and len(text) < 120 and not _TITLE_START.match(text):
            day, where["date"] = found, i
        if number is None and (found_number := find_number(text)) and len(text) < 120:
            number, where["number"] = found_number, i
        if find_date(text) or find_number(text) or _PLACE.match(text):
            continue
        if _PREAMBLE.match(text):
            break
        if _TITLE_START.match(text) or len(text) < 300:
            title_lines.append(text)
            if not _TITLE_START.match(text):
                report.guess("заголовок", f"название «{short(text)}» не начинается с «О…» — проверьте")
    title = one_line(" ".join(title_lines)) if title_lines else None
    if not title:
        raise fail(
            source.label,
            f"не найдено название {_GENITIVE[kind]} после строки «{paragraphs[kind_at].strip()}»: "
            "ожидалась строка «О …» / «Об …»",
            "import_not_order",
        )
    level = level_of(issuer)
    entry["id"] = ident or _order_id(kind, day, number)
    entry["kind"] = kind
    if level is None:
        level = "локальный" if org_kind == "школа" else "муниципальный"
        entry.note("level", "угадано: уровень документа по виду организации — проверьте")
        report.guess("заголовок", f"уровень «{level}» — по организации, издатель не назван")
    else:
        entry.note("level", f"угадано: уровень по издателю «{short(issuer or '', 60)}»")
        report.guess("заголовок", f"уровень «{level}» — по издателю")
    entry["level"] = level
    if number:
        entry["number"] = number
    else:
        report.unreadable("заголовок", "номер (№ …) не найден")
    if day:
        entry["date"] = day
    else:
        report.unreadable("заголовок", "дата не найдена")
    entry["title"] = title
    if issuer:
        entry["issuer"] = issuer
    else:
        report.unreadable("заголовок", "издатель (название органа над словом «ПРИКАЗ») не найден")
    year = academic_year_in(title)
    if year:
        entry["academic_year"] = year
        entry.note("academic_year", "угадано: учебный год взят из названия")
        report.guess("заголовок", f"учебный год {year} взят из названия")
    report.imported.append(
        Entry(
            "заголовок",
            f"{kind} от {day:%d.%m.%Y} № {number}: «{short(title, 80)}»"
            if day and number
            else f"{kind}: «{short(title, 80)}»",
        )
    )
    if issuer:
        report.imported.append(Entry("издатель", issuer))
    _other_appendices(paragraphs, kind_at, roadmaps, report)
    return OrderImport(entry, report, roadmaps)


def _issuer(lines: list[str]) -> str | None:
    """The first block of lines at the top: the issuing body, without its address and phones."""
    block: list[str] = []
    for paragraph in lines:
        for line in paragraph.split("\n") if paragraph.strip() else [""]:
            line = line.strip()
            if not line:
                if block:
                    return one_line(" ".join(block))
                continue
            if _ADDRESS.search(line):
                if block:
                    return one_line(" ".join(block))
                continue
            block.append(line)
    return one_line(" ".join(block)) or None


def _order_id(kind: str, day: object, number: str | None) -> str:
    parts = [slugify(kind)]
    if day is not None:
        parts.append(str(day.year))  # type: ignore[attr-defined]
    if number:
        parts.append(slugify(number))
    return "-".join(parts)[:80].rstrip("-")


def _other_appendices(paragraphs: list[str], kind_at: int, roadmaps: list[Found], report: Report) -> None:
    """Appendices written as text («ПОЛОЖЕНИЕ …» in capitals after the order): named in the report."""
    for i in range(kind_at + 5, len(paragraphs)):
        text = paragraphs[i].strip()
        first = text.split()[0] if text else ""
        if first.isupper() and len(first) > 4 and DOCUMENT_KINDS.resolve(first.lower()) is not None:
            lines = [text]
            for nxt in paragraphs[i + 1 : i + 4]:
                if not nxt.strip():
                    break
                lines.append(nxt.strip())
            name = one_line(" ".join(lines))
            report.offers.append(
                f"в файле есть приложение «{short(name, 90)}» — текст, а не таблица: разместите его отдельным "
                f"документом (kind: {DOCUMENT_KINDS.resolve(first.lower()).name})"  # type: ignore[union-attr]
            )


def _appendix(
    source: Source,
    paragraphs: list[str],
    roadmaps: list[Found],
    org_kind: str | None,
    ident: str | None,
    report: Report,
) -> OrderImport:
    """A file that holds only an appendix to an order: an entry for the appendix itself."""
    first = next((p for p in paragraphs[:HEADING_PARAGRAPHS] if p.strip()), "")
    block = []
    for paragraph in paragraphs:
        if not paragraph.strip():
            if block:
                break
            continue
        block.append(paragraph)
        if "№" in paragraph:
            break
    appendix = parse_appendix(" ".join(block)) if first.strip().lower().startswith("приложени") else None
    if appendix is None or appendix.kind is None:
        raise fail(
            source.label,
            "это не приказ: в начале документа нет слова «ПРИКАЗ», «РАСПОРЯЖЕНИЕ» или «ПОСТАНОВЛЕНИЕ» "
            "и нет строки «Приложение … к приказу … от … № …»",
            "import_not_order",
        )
    roadmap = roadmaps[0] if roadmaps else None
    title = roadmap.title if roadmap and roadmap.title else None
    if title is None:
        raise fail(
            source.label, f"файл — «{appendix.text}», но названия приложения в нём не найдено", "import_not_order"
        )
    entry = Map()
    base = _order_id(appendix.kind, appendix.date, appendix.number)
    number = re.search(r"\d+", appendix.text.split(" к ")[0])
    entry["id"] = ident or f"{base}-prilozhenie" + (f"-{number.group(0)}" if number else "")
    entry["kind"] = "дорожная карта" if roadmap else "иное"
    level = level_of(appendix.issuer) or ("локальный" if org_kind == "школа" else "муниципальный")
    entry["level"] = level
    entry.note("level", "угадано: уровень по органу, издавшему приказ")
    entry["title"] = title
    entry["summary"] = appendix.text
    entry.note(
        "summary", f"файл — приложение; номер и дата в этой строке — {_GENITIVE[appendix.kind]}, а не приложения"
    )
    report.source.append(f"файл — не сам {appendix.kind}, а «{appendix.text}»: запись создана для приложения")
    report.guess("начало файла", f"вид документа «{entry['kind']}», уровень «{level}»")
    report.imported.append(Entry("название", f"«{short(title, 90)}»"))
    return OrderImport(entry, report, roadmaps, is_appendix=True)
