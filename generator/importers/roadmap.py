"""A roadmap table (Word, Excel, CSV) → a roadmap record: sections, numbered items, deadlines as written.

What is read from a row, and how it was decided, goes to the report; every decision that is not certain from
the table itself is a guess, marked «# угадано» in the YAML next to the value it concerns:

* section rows: one cell merged across the table («1. Нормативно-правовое регулирование…»), or a row with
  only a one-level number and a title followed by deeper numbers («1.» then «1.1»); with a «этап» column, each
  new stage is a section;
* numbering: the «№» column as written, or the number at the start of the event text when there is no «№»;
* merged cells: a cell merged down applies to each row it covers, a cell merged across is read once;
* a row with text only in the event column and no number is the rest of the previous row, cut by a page break;
* a column that mixes deadline and responsible keeps the wording in `deadline` (the model reads each
  deadline's responsible from it) and gives the responsible parties to `responsible`;
* a table continued on the next page — with its header repeated or without a header — is one roadmap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from generator.importers.header import ROADMAP_PATTERNS, Header, Role, find_header, same_layout
from generator.importers.heading import Appendix, academic_year_in, one_line, title_before, year_span_in
from generator.importers.report import Entry, Report, short
from generator.importers.tables import Grid, Source, fail
from generator.importers.yamlout import Map
from generator.model.deadline import parse_deadline
from generator.model.roadmap import Item
from generator.render.slug import slugify

REQUIRED = (frozenset({Role.EVENT, Role.STAGE}), frozenset({Role.DEADLINE, Role.DEADLINE_RESPONSIBLE}))
NO_DEADLINE = "не указан"  # an item needs a deadline; an empty cell is not invented into a date

_NUMBER_IN_TEXT = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*\.|\d{1,2}(?:\.\d{1,2})+)(?=\s|[А-ЯЁA-Zа-яё«\"])\s*")
_SECTION = re.compile(
    r"^(?:раздел\s+|этап\s+)?((?:\d{1,2}|[IVXLC]{1,5})\.?)(?=\s|[А-ЯЁ«])\s*(.+)$", re.IGNORECASE | re.S
)
_ONE_LEVEL = re.compile(r"^(\d{1,2}|[IVXLC]{1,5})\.?$")
_RULE = re.compile(r"^[\s\-–—_=*.·]+$")
_TERMINAL = re.compile(r"[.;:!?]\s*$")


@dataclass
class RoadmapOptions:
    id: str | None = None
    title: str | None = None
    approved_by: str | None = None
    table: int | None = None  # which table (Word) or sheet (Excel), from 1
    sheet: str | None = None
    documents: dict[tuple[str, str], str] = field(default_factory=dict)  # (number, ДД.ММ.ГГГГ) → document id


@dataclass
class Found:
    """A roadmap table in a file: the grids it spans (a table continued over pages) and its header."""

    grids: list[Grid]
    header: Header
    continued: dict[int, bool]  # grid index → whether it repeats the header
    title: str | None
    appendix: Appendix | None


@dataclass
class RoadmapImport:
    data: Map
    report: Report
    found: Found
    names: list[str] = field(default_factory=list)


@dataclass
class _Row:
    where: str
    values: dict[Role, str]
    inherited: set[Role]  # roles whose text comes from a cell merged down from a row above
    extra: list[str]  # ««Заголовок»: значение» of columns no role was found for
    starts: dict[Role, bool]  # whether the cell of a role starts here (for stages merged down)


# --------------------------------------------------------------------------------------------------
# Finding the table


def _context_lines(source: Source, grid: Grid, header: Header) -> list[str]:
    """What is written above the table: Word paragraphs before it, or the sheet's rows above its header."""
    lines = list(grid.before) if source.kind == "docx" else []
    for row in range(header.row):  # a title (or «Приложение…») in the table's own rows above its header
        texts = list(dict.fromkeys(grid.text(row, c) for c in range(grid.width) if grid.text(row, c)))
        lines.append(" ".join(texts))
    return lines


def find_roadmaps(source: Source) -> list[Found]:
    """Every roadmap table of the file, each with the tables that continue it on the following pages."""
    found: list[Found] = []
    used: set[int] = set()
    for i, grid in enumerate(source.grids):
        if grid.index in used:
            continue
        header = find_header(grid, ROADMAP_PATTERNS, REQUIRED)
        if header is None:
            continue
        title, appendix = title_before(_context_lines(source, grid, header))
        item = Found([grid], header, {}, title, appendix)
        if source.kind == "docx":
            for nxt in source.grids[i + 1 :]:
                if any(p.strip() for p in nxt.before):
                    break  # text between two tables: the next one is another table, not a page's continuation
                again = find_header(nxt, ROADMAP_PATTERNS, REQUIRED)
                if again is not None and same_layout(again, header):
                    item.continued[nxt.index] = True
                elif again is None and nxt.width == grid.width:
                    item.continued[nxt.index] = False
                else:
                    break
                item.grids.append(nxt)
                used.add(nxt.index)
        found.append(item)
    return found


def choose(source: Source, options: RoadmapOptions) -> tuple[Found, list[Found]]:
    """The roadmap to import (by --table / --sheet, else the first) and the others the file holds."""
    if not source.grids:
        raise fail(source.label, "в файле нет таблиц — дорожная карта должна быть таблицей", "import_not_roadmap")
    everything = find_roadmaps(source)
    wanted = everything
    if options.sheet is not None:
        if not any(g.name == f"лист «{options.sheet}»" for g in source.grids):
            names = ", ".join(g.name.removeprefix("лист ") for g in source.grids)
            raise fail(source.label, f"нет листа «{options.sheet}»; листы: {names}", "import_usage")
        wanted = [f for f in everything if f.grids[0].name == f"лист «{options.sheet}»"]
    if options.table is not None:
        if not 1 <= options.table <= len(source.grids):
            raise fail(
                source.label, f"нет таблицы № {options.table}: в файле таблиц {len(source.grids)}", "import_usage"
            )
        wanted = [f for f in everything if f.grids[0].index == options.table]
    if not wanted:
        where = f"в {source.grids[(options.table or 1) - 1].name}" if options.table else "в файле"
        if options.sheet:
            where = f"на листе «{options.sheet}»"
        raise fail(
            source.label,
            f"{where} не найдена таблица дорожной карты: нужна строка заголовка с графами «Мероприятие» "
            "(или «Наименование мероприятия», «Содержание») и «Сроки» (или «Срок исполнения», «Дата»); "
            f"просмотрено таблиц: {len(source.grids)}",
            "import_not_roadmap",
        )
    chosen = wanted[0]
    return chosen, [f for f in everything if f is not chosen]


# --------------------------------------------------------------------------------------------------
# Reading rows


def _read_row(grid: Grid, row: int, header: Header) -> _Row:
    values: dict[Role, list[str]] = {}
    inherited: set[Role] = set()
    starts: dict[Role, bool] = {}
    extra: list[str] = []
    for col in range(grid.width):
        text = grid.text(row, col)
        role = header.roles.get(col)
        if role is not None:
            starts.setdefault(role, not grid.merged_from_above(row, col))
        if not text or grid.merged_from_left(row, col):
            continue
        if role is None:
            label = header.unknown.get(col) or f"столбец {col + 1}"
            extra.append(f"{label}: {text}")
            continue
        if grid.merged_from_above(row, col):
            inherited.add(role)
        bucket = values.setdefault(role, [])
        if text not in bucket:
            bucket.append(text)
    # two deadline columns under one heading («Сроки»: «начало», «окончание») are a period
    joined = {r: (" – " if r is Role.DEADLINE else "\n").join(v) for r, v in values.items()}
    return _Row(grid.where[row], joined, inherited, extra, starts)


def _is_repeated_header(grid: Grid, row: int, header: Header) -> bool:
    again = find_header(Grid(grid.name, [grid.rows[row]], [grid.where[row]]), ROADMAP_PATTERNS, REQUIRED)
    return again is not None and same_layout(again, header)


def _own_cells(grid: Grid, row: int) -> list[int]:
    """Columns whose cell starts in this row and holds text (a cell merged across counts once)."""
    return [
        c
        for c in range(grid.width)
        if grid.text(row, c) and not grid.merged_from_left(row, c) and not grid.merged_from_above(row, c)
    ]


def _section_row(grid: Grid, row: int, header: Header, next_numbers: list[str]) -> tuple[str | None, str, bool] | None:
    """(number, title, guessed) when the row is a section heading, else None."""
    own = _own_cells(grid, row)
    if any(grid.text(row, c) and grid.merged_from_above(row, c) for c in range(grid.width)):
        return None
    if len(own) == 1:
        col = own[0]
        text = grid.text(row, col)
        spans = col + 1 < grid.width and grid.origin(row, col + 1) == grid.origin(row, col)
        role = header.roles.get(col)
        match = _SECTION.match(text)
        if spans or (role in (Role.NUMBER, Role.EVENT, Role.STAGE) and match and "\n" not in text.strip()):
            if match:
                return match.group(1).rstrip("."), one_line(match.group(2)), not spans
            return None, one_line(text), not spans
    number_cols = header.columns(Role.NUMBER)
    text_cols = header.columns(Role.EVENT) + header.columns(Role.STAGE)
    if len(own) == 2 and number_cols and own[0] in number_cols and own[1] in text_cols:
        number = grid.text(row, own[0])
        plain = number.rstrip(".")
        if _ONE_LEVEL.match(number) and next_numbers and next_numbers[0].startswith(plain + "."):
            return plain, one_line(grid.text(row, own[1])), True
    return None


def _upcoming_numbers(grid: Grid, start: int, header: Header) -> list[str]:
    cols = header.columns(Role.NUMBER) or header.columns(Role.EVENT)
    out = []
    for row in range(start, min(start + 3, len(grid.rows))):
        for col in cols:
            text = grid.text(row, col)
            match = _NUMBER_IN_TEXT.match(text) if col not in header.columns(Role.NUMBER) else None
            number = match.group(1) if match else text
            if number:
                out.append(number)
                break
    return out


# --------------------------------------------------------------------------------------------------
# Building the record


@dataclass
class _Builder:
    report: Report
    header: Header
    has_number_column: bool
    sections: list[Map] = field(default_factory=list)
    loose: list[Map] = field(default_factory=list)  # items before any section
    last_item: Map | None = None
    last_row_where: str = ""
    numbers_from_text: int = 0
    current_stage: str | None = None

    def items_list(self) -> list[Map]:
        return self.sections[-1]["items"] if self.sections else self.loose

    def add_section(self, number: str | None, title: str, where: str, guessed: bool, how: str) -> None:
        section = Map()
        if number:
            section["number"] = number
        section["title"] = title
        section["items"] = []
        if guessed:
            section.before.append(f"угадано: {how}")
            self.report.guess(where, f"«{short(title)}» — {how}")
        self.sections.append(section)
        self.last_item = None

    def add_item(self, row: _Row) -> None:
        values = row.values
        item = Map()
        event = values.get(Role.EVENT, "")
        number = values.get(Role.NUMBER, "") if Role.NUMBER not in row.inherited else ""
        if Role.STAGE in self.header.roles.values() and Role.STAGE in values and row.starts.get(Role.STAGE, False):
            number = ""  # the number of a stage row numbers the stage (the section)
        if not self.has_number_column:
            match = _NUMBER_IN_TEXT.match(event)
            if match:
                number, event = match.group(1), event[match.end() :]
                self.numbers_from_text += 1
        if number:
            item["number"] = number
        item["event"] = event
        deadline = values.get(Role.DEADLINE, "")
        mixed = values.get(Role.DEADLINE_RESPONSIBLE, "")
        responsible = values.get(Role.RESPONSIBLE, "")
        if mixed:
            deadline = "\n".join(x for x in (deadline, mixed) if x)
            who = split_responsible(mixed)
            if who and not responsible:
                responsible = who
                item.note("responsible", "угадано: ответственный выделен из графы, где он записан вместе со сроком")
            elif not who:
                self.report.guess(
                    row.where, f"в графе «срок и ответственный» ответственный не найден: «{short(mixed)}»"
                )
        if not deadline:
            deadline = NO_DEADLINE
            item.note("deadline", "угадано: в таблице срок не указан — впишите срок из документа")
            self.report.guess(row.where, f"срок не указан, записано «{NO_DEADLINE}»")
        item["deadline"] = deadline
        if responsible:
            if len(responsible) > 500:
                row.extra.append(f"Ответственный: {responsible}")
                self.report.guess(row.where, "ответственный длиннее 500 знаков — перенесён в примечание (note)")
            else:
                item["responsible"] = responsible
        if values.get(Role.RESULT):
            item["result"] = values[Role.RESULT]
        notes = [values[Role.NOTE]] if values.get(Role.NOTE) else []
        notes += row.extra
        if row.extra:
            item.note("note", "угадано: сюда перенесены графы без распознанного заголовка")
            self.report.guess(
                row.where, "графы без распознанного заголовка перенесены в примечание: " + short("; ".join(row.extra))
            )
        if notes:
            item["note"] = "\n".join(notes)
        merged = sorted(r.value for r in row.inherited if r is not Role.STAGE)
        if merged:
            self.report.guess(row.where, "объединённая ячейка отнесена и к этой строке: " + ", ".join(merged))
        problem = _item_problem(item)
        if problem:
            self.report.unreadable(row.where, f"«{short(event or ' '.join(values.values()))}» — {problem}")
            return
        self.items_list().append(item)
        self.last_item = item
        self.last_row_where = row.where
        who = item.get("responsible", "")
        self.report.imported.append(
            _imported(row.where, item.get("number"), event, deadline, who, self.sections[-1] if self.sections else None)
        )

    def continue_item(self, row: _Row) -> None:
        assert self.last_item is not None
        for role, key in ((Role.EVENT, "event"), (Role.RESULT, "result"), (Role.NOTE, "note")):
            text = row.values.get(role)
            if not text:
                continue
            previous = self.last_item.get(key, "")
            self.last_item[key] = f"{previous} {text}".strip() if previous else text
        self.last_item.note(
            "event", f"угадано: текст из следующей строки таблицы ({row.where}) — продолжение этого пункта"
        )
        self.report.guess(
            row.where, f"«{short(' '.join(row.values.values()))}» присоединено к пункту выше ({self.last_row_where})"
        )


def _imported(where: str, number: str | None, event: str, deadline: str, who: str, section: Map | None) -> Entry:
    parts = [f"{number} " if number else "", f"«{short(event, 60)}»", f" — срок «{short(deadline, 50)}»"]
    if who:
        parts.append(f", ответственный «{short(who, 50)}»")
    if section is not None:
        parts.append(f" [раздел {section.get('number', '') or '«' + short(section['title'], 30) + '»'}]")
    return Entry(where, "".join(parts))


def _item_problem(item: Map) -> str | None:
    try:
        Item.model_validate(dict(item))
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        field_name = ".".join(str(p) for p in first["loc"]) or "пункт"
        return f"не записан: поле {field_name}: {first['msg']}"
    return None


def split_responsible(mixed: str) -> str | None:
    """The responsible parties of a «Сроки/ Ответственный» cell, read by the project's own deadline parser so
    that `responsible` and the deadline's reading agree («До 15.09.2021г./ МУ «РЦ УО» До 1.10.2021г./ ОО» →
    «МУ «РЦ УО», ОО»)."""
    parsed = parse_deadline(mixed)
    who = list(dict.fromkeys(w for _, w in parsed.responsible))
    if not who:  # «Сентябрь / Иванова И.И.»: text after a slash that is not a date
        parts = [p.strip() for p in re.split(r"/", mixed)[1:]]
        who = [p for p in parts if p and not parse_deadline(p).periods]
    return ", ".join(who) or None


def _is_continuation(row: _Row, builder: _Builder) -> bool:
    """Text only in the event/result columns, no number, no deadline: the rest of the row above, cut by a page
    break — when the row above does not end its sentence or this text does not begin one."""
    if builder.last_item is None or row.inherited or row.extra:
        return False
    roles = set(row.values)
    if not roles or not roles <= {Role.EVENT, Role.RESULT}:
        return False
    text = row.values.get(Role.EVENT) or row.values.get(Role.RESULT) or ""
    previous = builder.last_item.get("event", "")
    return text[:1].islower() or not _TERMINAL.search(previous)


def read_roadmap(source: Source, options: RoadmapOptions, found: Found | None = None) -> RoadmapImport:
    others: list[Found] = []
    if found is None:
        found, others = choose(source, options)
    header = found.header
    report = Report(f"Импорт дорожной карты из «{source.label}»")
    report.source += source.notes
    names = " + ".join(g.name for g in found.grids)
    report.source.append(f"таблица: {names}; заголовок ({found.grids[0].where[header.row]}): {header.describe()}")
    for grid in found.grids[1:]:
        how = "с повторённым заголовком" if found.continued.get(grid.index) else "без заголовка"
        report.source.append(f"{grid.name} — продолжение таблицы {how} (перенос на следующую страницу)")
        if not found.continued.get(grid.index):
            report.guess(
                grid.name, f"таблица без заголовка прочитана как продолжение: столько же столбцов ({grid.width})"
            )
    for label in header.unknown.values():
        report.guess(found.grids[0].name, f"графа «{short(label)}» не распознана — её текст перенесён в примечание")
    if Role.DEADLINE_RESPONSIBLE in header.roles.values():
        label = header.labels[header.columns(Role.DEADLINE_RESPONSIBLE)[0]]
        report.guess(
            f"графа «{short(label)}»",
            "срок и ответственный в одной графе: срок записан как есть (в deadline), ответственные выделены в "
            "responsible",
        )
    for other in others:
        first = other.grids[0]
        flag = (
            f"--sheet «{first.name.removeprefix('лист «').rstrip('»')}»"
            if source.kind == "xlsx"
            else f"--table {first.index}"
        )
        report.offers.append(
            f"ещё одна таблица дорожной карты — {first.name}"
            + (f" («{short(other.title, 60)}»)" if other.title else "")
            + f": nastavnik import roadmap {source.label} {flag}"
        )

    builder = _Builder(report, header, Role.NUMBER in header.roles.values())
    empty = 0
    for grid in found.grids:
        grid_header = header if grid is found.grids[0] else _header_for(grid, found, header)
        start = grid_header.first_data_row if (grid is found.grids[0] or found.continued.get(grid.index)) else 0
        for r in range(start, len(grid.rows)):
            texts = [grid.text(r, c) for c in range(grid.width) if grid.text(r, c)]
            if not texts:
                empty += 1
                continue
            if all(_RULE.match(t) for t in texts):
                report.unreadable(grid.where[r], f"строка из одних черт «{short(' '.join(texts), 30)}» — пропущена")
                continue
            if _is_repeated_header(grid, r, header):
                report.source.append(f"{grid.where[r]}: заголовок таблицы повторён — пропущен")
                continue
            section = _section_row(grid, r, grid_header, _upcoming_numbers(grid, r + 1, grid_header))
            if section is not None:
                number, title, guessed = section
                how = "строка с номером без срока прочитана как раздел" if guessed else ""
                builder.add_section(number, title, grid.where[r], guessed, how)
                continue
            row = _read_row(grid, r, grid_header)
            if _is_continuation(row, builder):
                builder.continue_item(row)
                continue
            stage = row.values.get(Role.STAGE)
            if stage and (row.starts.get(Role.STAGE, True) or stage != builder.current_stage):
                number = row.values.get(Role.NUMBER, "") if Role.NUMBER not in row.inherited else ""
                match = _SECTION.match(stage) if not number else None
                if match:
                    number, stage_title = match.group(1), one_line(match.group(2))
                else:
                    stage_title = one_line(stage)
                builder.add_section(number.rstrip(".") or None, stage_title, grid.where[r], False, "")
                builder.current_stage = stage
            if not row.values.get(Role.EVENT):
                if stage and set(row.values) <= {Role.STAGE, Role.NUMBER}:
                    continue  # a stage heading row without events of its own
                report.unreadable(
                    grid.where[r],
                    f"нет текста мероприятия: «{short(' '.join(row.values.values()))}» — не импортировано",
                )
                continue
            builder.add_item(row)
    if empty:
        report.source.append(f"пустых строк пропущено: {empty}")
    if builder.numbers_from_text:
        report.guess(
            found.grids[0].name,
            f"в таблице нет графы «№»: номера {builder.numbers_from_text} пунктов взяты из начала текста мероприятия",
        )
    return _finish(source, options, found, builder, report)


def _header_for(grid: Grid, found: Found, header: Header) -> Header:
    if found.continued.get(grid.index):
        again = find_header(grid, ROADMAP_PATTERNS, REQUIRED)
        if again is not None:
            return again
    return Header(-1, dict(header.roles), dict(header.labels), [], dict(header.unknown))


def _finish(source: Source, options: RoadmapOptions, found: Found, builder: _Builder, report: Report) -> RoadmapImport:
    sections = [s for s in builder.sections if s["items"]]
    for s in builder.sections:
        if not s["items"]:
            report.unreadable("раздел", f"«{short(s['title'])}» — раздел без мероприятий, не импортирован")
    loose = builder.loose
    if sections and loose:
        first = Map(title="Без раздела", items=loose)
        first.before.append("угадано: эти пункты стоят в таблице до первого раздела — назовите раздел")
        report.guess("начало таблицы", f"{len(loose)} пунктов до первого раздела собраны в раздел «Без раздела»")
        sections.insert(0, first)
    total = sum(len(s["items"]) for s in sections) + (0 if sections else len(loose))
    if total == 0:
        raise fail(
            source.label,
            f"в таблице дорожной карты ({found.grids[0].name}) не прочитано ни одного мероприятия",
            "import_not_roadmap",
        )

    data = Map()
    title = options.title or found.title
    if not title:
        title = one_line(source.path.stem.replace("_", " "))
        data.note("title", "угадано: название взято из имени файла — впишите название дорожной карты")
        report.guess("название", f"над таблицей нет названия, взято имя файла: «{title}»")
    data["id"] = options.id or default_id(title, source.path, found.appendix)
    data["title"] = title
    year = academic_year_in(title)
    span = year_span_in(title)
    if year:
        data["academic_year"] = year
        data.note("academic_year", "угадано: учебный год взят из названия")
        report.guess("название", f"учебный год {year} взят из названия")
    elif span:
        from datetime import date

        data["start"], data["end"] = date(span[0], 1, 1), date(span[1], 12, 31)
        data.note("start", f"угадано: период {span[0]}–{span[1]} взят из названия")
        report.guess("название", f"период действия {span[0]}–{span[1]} годы взят из названия")
    approved = options.approved_by
    if approved is None and found.appendix and found.appendix.number and found.appendix.date:
        approved = options.documents.get((found.appendix.number.lower(), f"{found.appendix.date:%d.%m.%Y}"))
        if approved:
            data.note("approved_by", "угадано: приказ найден в documents.yml по номеру и дате из «Приложение к …»")
            report.guess("над таблицей", f"«{found.appendix.text}» → документ «{approved}» из documents.yml")
    if approved:
        data["approved_by"] = approved
    elif found.appendix:
        report.attention.append(
            f"таблица — «{found.appendix.text}»: укажите approved_by — id этого документа в documents.yml "
            "(или импортируйте приказ: nastavnik import order)"
        )
    if sections:
        data["sections"] = sections
    else:
        data["items"] = loose
    sections_count = len(sections)
    report.summary = f"Мероприятий: {total}" + (f", разделов: {sections_count}" if sections_count else "") + "."
    imp = RoadmapImport(data, report, found)
    _attention(imp)
    return imp


def default_id(title: str, path: Path, appendix: Appendix | None = None) -> str:
    """«dk-2021-2022» from the years in the title, else the year of the order it is appended to, else the file."""
    years = list(dict.fromkeys(re.findall(r"(?<!\d)(20\d\d)(?!\d)", title)))
    if not years and appendix is not None and appendix.date is not None:
        years = [str(appendix.date.year)]
    if years:
        return "dk-" + "-".join([years[0], years[-1]] if len(years) > 1 else years)
    stem = slugify(path.stem, 60).strip("-")
    return stem if stem == "dk" or stem.startswith("dk-") else f"dk-{stem}".rstrip("-")  # «dk.csv» → «dk», not «dk-dk»


def _attention(imp: RoadmapImport) -> None:
    """Deadlines the project will flag, and names that need a recorded consent before anything is published."""
    from generator.validate.privacy import find_names

    items: list[tuple[Map, str]] = []
    data = imp.data
    for section in data.get("sections", []):
        items += [(i, section.get("number", "")) for i in section["items"]]
    items += [(i, "") for i in data.get("items", [])]
    unclear = []
    names: dict[str, None] = {}
    year = data.get("academic_year")
    for item, _ in items:
        parsed = parse_deadline(item["deadline"], year)
        if parsed.unparsed and item["deadline"] != NO_DEADLINE:
            unclear.append(f"«{short(item['deadline'], 50)}»")
        for key in ("event", "deadline", "responsible", "result", "note"):
            for mention in find_names(item.get(key, "")):
                names[mention.text] = None
    texts = [data["title"]] + [s["title"] for s in data.get("sections", [])]
    for text in texts:
        for mention in find_names(text):
            names[mention.text] = None
    if unclear:
        imp.report.attention.append(
            f"сроки, которые генератор не распознал (на сайте — «срок не распознан»): {', '.join(unclear)}"
        )
    if names:
        imp.names = list(names)
        imp.report.attention.append(
            "в тексте названы люди: "
            + ", ".join(imp.names)
            + " — их имена публикуются только с записанным согласием (people.yml, consent с датой); "
            "иначе замените имя должностью, или nastavnik validate остановит сборку"
        )
