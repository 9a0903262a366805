"""A mentor list (Excel, CSV) → mentors.yml, with publication decided by the recorded consent (152-ФЗ).

A name is disseminated on the site only with the person's written consent to dissemination, with its date
(ст. 10.1). So a row whose consent column is empty, says «нет», or says «да» without a date is imported with
`publish: false` — kept for counts, never shown — and listed in the report; no row is dropped. A column of
consent to *processing* (обработка) is not consent to dissemination and is not taken for one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from pydantic import ValidationError

from generator.importers.header import MENTOR_PATTERNS, Header, Role, find_header
from generator.importers.heading import find_date, one_line
from generator.importers.report import Entry, Report, short
from generator.importers.tables import Grid, Source, fail
from generator.importers.yamlout import Map
from generator.model.people import Mentor
from generator.model.vocabulary import QUALIFICATION_CATEGORIES, Vocabulary
from generator.render.slug import slugify

REQUIRED = (frozenset({Role.NAME, Role.SURNAME}),)
_YES = re.compile(
    r"^(?:(да|есть|имеется|получено|получен[оа]?|yes|согласен|согласна|дано)(?![а-яёa-z])|[+✓✔vV](?!\w))", re.IGNORECASE
)
_NO = re.compile(r"^(?:(нет|отсутствует|не получено|не дано|отказ|no)(?![а-яёa-z])|[-–—](?!\w))", re.IGNORECASE)
_EXPERIENCE = re.compile(r"^\s*(\d{1,2})(?:[.,]\d+)?\s*(?:л\.?|лет|год|года|г\.)?\s*$", re.IGNORECASE)


@dataclass
class MentorsImport:
    data: list[Map]
    report: Report
    unpublished: list[str] = field(default_factory=list)


def _choose(source: Source, sheet: str | None) -> tuple[Grid, Header]:
    grids = source.grids
    if sheet is not None:
        grids = [g for g in grids if g.name == f"лист «{sheet}»"]
        if not grids:
            names = ", ".join(g.name.removeprefix("лист ") for g in source.grids)
            raise fail(source.label, f"нет листа «{sheet}»; листы: {names}", "import_usage")
    for grid in grids:
        header = find_header(grid, MENTOR_PATTERNS, REQUIRED)
        if header is not None:
            return grid, header
    raise fail(
        source.label,
        "не найдена таблица наставников: нужна строка заголовка с графой «ФИО» (или «Фамилия», «Имя», «Отчество»); "
        f"просмотрено таблиц: {len(source.grids)}",
        "import_not_mentors",
    )


def _cell(grid: Grid, row: int, header: Header, role: Role) -> str:
    values = []
    for col in header.columns(role):
        text = grid.text(row, col)
        if text and not grid.merged_from_left(row, col) and text not in values:
            values.append(text)
    return "\n".join(values)


def _list(text: str) -> list[str]:
    return [p.strip(" .") for p in re.split(r"[;\n]|,(?![^()]*\))", text) if p.strip(" .")]


def read_mentors(source: Source, forms: Vocabulary, sheet: str | None = None) -> MentorsImport:
    grid, header = _choose(source, sheet)
    report = Report(f"Импорт наставников из «{source.label}»")
    report.source += source.notes
    report.source.append(f"{grid.name}; заголовок ({grid.where[header.row]}): {header.describe()}")
    if header.has(Role.PROCESSING_CONSENT):
        label = header.labels[header.columns(Role.PROCESSING_CONSENT)[0]]
        report.source.append(
            f"графа «{short(label)}» — согласие на обработку, а не на распространение (152-ФЗ ст. 10.1): "
            "для публикации не используется"
        )
    if not header.has(Role.CONSENT) and not header.has(Role.CONSENT_DATE):
        report.attention.append(
            "в таблице нет графы согласия на публикацию: все наставники записаны с publish: false — "
            "отметьте согласие (consent с датой) у тех, кто его дал"
        )
    if header.has(Role.CONTACT):
        report.source.append("графы с телефоном и почтой не импортированы: контакты наставников на сайте не нужны")
    for label in header.unknown.values():
        report.unreadable(grid.name, f"графа «{short(label)}» не распознана и не импортирована")
    mentors: list[Map] = []
    taken: set[str] = set()
    unpublished: list[str] = []
    for row in range(header.first_data_row, len(grid.rows)):
        where = grid.where[row]
        texts = [grid.text(row, c) for c in range(grid.width) if grid.text(row, c)]
        if not texts:
            continue
        if all(t.rstrip(".").isdigit() for t in texts):
            report.source.append(f"{where}: строка из одних чисел (номера граф) — пропущена")
            continue
        mentor = Map()
        name = _cell(grid, row, header, Role.NAME)
        if not name:
            parts = [_cell(grid, row, header, r) for r in (Role.SURNAME, Role.GIVEN_NAME, Role.PATRONYMIC)]
            name = " ".join(p for p in parts if p)
        name = one_line(name)
        if name:
            base = slugify(name.split()[0], 40)
            ident = base
            n = 2
            while ident in taken:
                ident, n = f"{base}-{n}", n + 1
            taken.add(ident)
            mentor["id"] = ident
            mentor["name"] = name
        for role, key in ((Role.POST, "post"),):
            if value := one_line(_cell(grid, row, header, role)):
                mentor[key] = value
        _experience(mentor, _cell(grid, row, header, Role.EXPERIENCE), where, report)
        _category(mentor, _cell(grid, row, header, Role.CATEGORY), where, report)
        _forms(mentor, _cell(grid, row, header, Role.FORMS), forms, where, report)
        for role, key in ((Role.COMPETENCIES, "competencies"), (Role.ACHIEVEMENTS, "achievements")):
            if value := _list(_cell(grid, row, header, role)):
                mentor[key] = value
        label = name or f"наставник без ФИО ({where})"
        if not name:
            report.guess(where, "нет ФИО — наставник записан без имени (учитывается только в числах)")
        published = _consent(mentor, grid, row, header, where, report, bool(name))
        if name and not published:
            unpublished.append(name)
        try:
            Mentor.model_validate(dict(mentor), context={"forms": forms})
        except ValidationError as exc:  # pragma: no cover - every field above is checked before it is set
            first = exc.errors(include_url=False)[0]
            raise fail(source.label, f"{where}: {first['msg']}", "import_invalid") from None
        mentors.append(mentor)
        state = "публикуется" if published else "не публикуется (publish: false)"
        report.imported.append(Entry(where, f"{label} — {state}"))
    if not mentors:
        raise fail(source.label, f"в таблице наставников ({grid.name}) нет ни одной строки", "import_not_mentors")
    published_count = len(mentors) - len(unpublished) - sum(1 for m in mentors if "name" not in m)
    report.summary = (
        f"Наставников: {len(mentors)}; публикуются: {published_count}; "
        f"без согласия на публикацию (publish: false): {len(unpublished)}."
    )
    if unpublished:
        report.attention.append(
            "не публикуются, пока не записано согласие на распространение с датой: " + ", ".join(unpublished)
        )
    return MentorsImport(mentors, report, unpublished)


def _experience(mentor: Map, text: str, where: str, report: Report) -> None:
    if not text:
        return
    match = _EXPERIENCE.match(text)
    if match and int(match.group(1)) <= 70:
        mentor["experience"] = int(match.group(1))
        if not text.strip().isdigit():
            report.guess(where, f"стаж «{text}» записан как {match.group(1)} (полных лет)")
    else:
        report.unreadable(where, f"стаж «{short(text)}» не прочитан (ожидалось число лет) — не записан")


def _category(mentor: Map, text: str, where: str, report: Report) -> None:
    if not text:
        return
    term = QUALIFICATION_CATEGORIES.resolve(text) or QUALIFICATION_CATEGORIES.resolve(
        re.sub(r"\s*(кв\.|квалификационная)\s*", " ", text)
    )
    if term is None:
        report.unreadable(
            where,
            f"категория «{short(text)}» не распознана (допустимо: {', '.join(QUALIFICATION_CATEGORIES.names())}) — "
            "не записана",
        )
        return
    mentor["category"] = term.name


def _forms(mentor: Map, text: str, forms: Vocabulary, where: str, report: Report) -> None:
    found = []
    for part in _list(text):
        term = forms.resolve(part)
        if term is None:
            hint = forms.suggest(part)
            report.unreadable(
                where,
                f"форма наставничества «{short(part)}» не распознана"
                + (f" (возможно, «{hint}»)" if hint else "")
                + " — не записана; добавьте её в data/forms.yml или исправьте",
            )
        elif term.name not in found:
            found.append(term.name)
    if found:
        mentor["forms"] = found


def _consent(mentor: Map, grid: Grid, row: int, header: Header, where: str, report: Report, named: bool) -> bool:
    """Set consent and publish; returns whether the mentor is published."""
    mark = _cell(grid, row, header, Role.CONSENT)
    date_text = _cell(grid, row, header, Role.CONSENT_DATE)
    day: date | None = find_date(date_text) if date_text else None
    day = day or (find_date(mark) if mark else None)
    said_yes = bool(mark and _YES.match(mark.strip()))
    said_no = bool(mark and _NO.match(mark.strip()))
    if not named:
        return False
    if day and not said_no:
        consent = Map(date=day)
        if scope := _list(_cell(grid, row, header, Role.CONSENT_SCOPE)):
            consent["scope"] = scope
        if document := one_line(_cell(grid, row, header, Role.CONSENT_DOCUMENT)):
            consent["document"] = document
        mentor["consent"] = consent
        return True
    mentor["publish"] = False
    if said_yes:
        reason = f"согласие отмечено («{short(mark, 20)}»), но без даты — укажите дату согласия (consent: {{date: …}})"
    elif said_no:
        reason = f"согласия на публикацию нет («{short(mark, 20)}»)"
    elif mark:
        reason = f"отметка о согласии «{short(mark, 30)}» не прочитана"
    else:
        reason = "отметки о согласии нет"
    mentor.note("publish", f"не публикуется: {reason}")
    report.guess(where, f"{mentor.get('name')}: publish: false — {reason}")
    return False
