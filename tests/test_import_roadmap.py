"""`nastavnik import roadmap`: the seeds' roadmaps, rebuilt as real Word files, become roadmaps the project's own
loader accepts, with every item, deadline wording, responsible and section of the seed; the variants schools
produce (merged cells, a table over two pages, extra columns, a header lower down, workbooks with several sheets,
CSV from Russian Excel) read the same; what is not a roadmap is refused with nothing written."""

from __future__ import annotations

import re
import time
from pathlib import Path

import docx
import pytest
from conftest import snapshot
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from seeddocs import (
    Row,
    add_table,
    build_csv,
    build_xlsx,
    expected,
    grid_of,
    norm,
    parse_seed,
    seed_docx,
    seed_rows_for_excel,
)

from generator.load import load_project
from generator.model.roadmap import Roadmap

UO = "data/orgs/uo"


def consent(project: Path, org: str, names: list[str]) -> None:
    """What a curator does before publishing: record the named people's consent."""
    path = project / "data" / "orgs" / org / "people.yml"
    text = path.read_text("utf-8") if path.is_file() else ""
    for name in names:
        if f"- name: {name}\n" not in text:
            text += f"- name: {name}\n  consent:\n    date: 2022-02-10\n"
    path.write_text(text, encoding="utf-8")


def names_in_report(out: str) -> list[str]:
    match = re.search(r"в тексте названы люди: (.+?) — их имена", out)
    return match.group(1).split(", ") if match else []


def roadmap(project: Path, org: str, ident: str) -> Roadmap:
    loaded = load_project(project, use_cache=False)
    orgs = [loaded.project.department, *loaded.project.schools]
    found = next(o for o in orgs if o.slug == org)
    return next(r for r in found.roadmaps if r.id == ident)


def compare_with_seed(name: str, result: Roadmap) -> None:
    seed = parse_seed(name)
    want = expected(seed)
    got = result.all_items()
    assert len(got) == len(want), [i.event[:30] for _, i in got]
    for (section, item), exp in zip(got, want, strict=True):
        assert norm(item.event) == norm(exp.event)
        assert norm(item.deadline) == norm(exp.deadline), "the deadline wording is kept verbatim"
        assert (item.number or None) == exp.number
        if exp.responsible is not None:
            assert norm(item.responsible or "") == norm(exp.responsible)
        assert norm(item.result or "") == norm(exp.result or "")
        assert norm(section.title if section else "") == norm(exp.section or "")


@pytest.mark.parametrize("name", ["000", "003", "004"])
def test_seed_roadmaps_import_into_data_the_loader_accepts(name: str, mini: Path, cli, tmp_path: Path) -> None:
    source = seed_docx(name, tmp_path)
    code, out, err = cli("--project", str(mini), "import", "roadmap", str(source), "--org", "uo")
    assert code == 0, err
    written = re.search(r"Записано: (\S+)", out)
    assert written and written.group(1).startswith(f"{UO}/roadmaps/")
    ident = Path(written.group(1)).stem
    consent(mini, "uo", names_in_report(out))
    compare_with_seed(name, roadmap(mini, "uo", ident))
    code, out, err = cli("--project", str(mini), "validate")
    assert code == 0, err


def test_seed_000_keeps_typos_and_names_the_people_who_need_consent(mini: Path, cli, tmp_path: Path) -> None:
    code, out, _ = cli("--project", str(mini), "import", "roadmap", str(seed_docx("000", tmp_path)), "--org", "uo")
    assert code == 0
    text = (mini / UO / "roadmaps" / "dk-2022.yml").read_text("utf-8")
    assert "deadline: 14.02.022\n" in text and "deadline: до 25.02.022\n" in text  # typos stay as written
    assert "title: План мероприятий «Дорожная карта» по организации внедрения" in text
    assert (
        "# Приложение к приказу МУ «Управление образования администрации Петушинского района от 14.02.2022 № 91" in text
    )
    assert sorted(names_in_report(out)) == ["М.И. Донченко", "О.А. Сибилёва"]
    # without their consent the project's own check stops on exactly those names
    loaded = load_project(mini, collect_privacy=True, use_cache=False)
    flagged = {re.search(r"имя «(.+?)»", p.message).group(1) for p in loaded.privacy}
    assert flagged == {"М.И. Донченко", "О.А. Сибилёва"}


def test_seed_003_mixed_column_is_split_and_the_page_break_row_joined(mini: Path, cli, tmp_path: Path) -> None:
    code, out, _ = cli("--project", str(mini), "import", "roadmap", str(seed_docx("003", tmp_path)), "--org", "uo")
    assert code == 0
    result = roadmap(mini, "uo", "dk-2021-2022")
    assert result.academic_year == "2021/2022"
    assert [s.number for s in result.sections] == ["1", "2", "3", "4", "5", "6"]
    first = result.sections[0].items[0]
    assert first.deadline == "До 15.09.2021г./ МУ «РЦ УО» До 1.10.2021г./ ОО"
    assert first.responsible == "МУ «РЦ УО», ОО"
    # each deadline still knows its own responsible: the wording was not cut
    assert [who for _, who in first.parsed.responsible] == ["МУ «РЦ УО»", "ОО"]
    assert result.sections[3].items[0].responsible == "ОО, МУ «РЦ УО»"
    assert result.sections[5].items[0].event.endswith("в номинации «Лучший наставник»")
    text = (mini / UO / "roadmaps" / "dk-2021-2022.yml").read_text("utf-8")
    assert text.count("# угадано: ответственный выделен из графы") == 6
    assert "# угадано: текст из следующей строки таблицы (таблица 1, строка 8)" in text
    assert "Не прочитано, 1:" in out and "строка 9: строка из одних черт" in out
    assert "строка 8: «наставник»» присоединено к пункту выше" in out


def test_seed_004_sections_numbers_and_unreadable_deadline(mini: Path, cli, tmp_path: Path) -> None:
    code, out, _ = cli("--project", str(mini), "import", "roadmap", str(seed_docx("004", tmp_path)), "--org", "uo")
    assert code == 0
    result = roadmap(mini, "uo", "dk-2022-2024")
    assert [(s.number, len(s.items)) for s in result.sections] == [("1", 8), ("2", 9), ("3", 13), ("4", 5)]
    numbers = [i.number for _, i in result.all_items()]
    assert numbers.count("3.2.") == 2 and "3.3" in numbers  # the seed's own numbering, duplicates included
    assert str(result.start) == "2022-01-01" and str(result.end) == "2024-12-31"
    assert "в таблице нет графы «№»: номера 35 пунктов взяты из начала текста мероприятия" in out
    assert "В соответствии со сроками, устанавливаемыми МОиН" in out  # flagged, not guessed
    assert "approved_by" in out  # the order it is appended to is named; its id is for the user to give


def test_report_lists_every_imported_row(cli, mini: Path, tmp_path: Path) -> None:
    code, out, _ = cli("--project", str(mini), "import", "roadmap", str(seed_docx("000", tmp_path)), "--output", "-")
    assert code == 0
    assert "id: dk-2022" in out  # the YAML on stdout
    assert not (mini / UO / "roadmaps" / "dk-2022.yml").exists()


def test_largest_seed_imports_quickly(mini: Path, cli, tmp_path: Path) -> None:
    source = seed_docx("004", tmp_path)
    started = time.perf_counter()
    code, _, _ = cli("--project", str(mini), "import", "roadmap", str(source), "--org", "uo")
    assert code == 0
    assert time.perf_counter() - started < 5


# --------------------------------------------------------------------------------------------------
# Variants


def _rows(*cells: list[str], kinds: list[str] | None = None) -> list[Row]:
    return [Row((kinds or [])[i] if kinds else "item", list(c)) for i, c in enumerate(cells)]


def _import(cli, project: Path, source: Path, *extra: str) -> tuple[int, str, str, Roadmap | None]:
    code, out, err = cli("--project", str(project), "import", "roadmap", str(source), "--org", "uo", *extra)
    if code != 0:
        return code, out, err, None
    ident = Path(re.search(r"Записано: (\S+)", out).group(1)).stem
    consent(project, "uo", names_in_report(out))
    return code, out, err, roadmap(project, "uo", ident)


def test_merged_cells_vertical_and_horizontal(mini: Path, cli, tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("План мероприятий на 2024/2025 учебный год")
    table = add_table(
        document,
        _rows(
            ["№", "Мероприятие", "Срок", "Ответственный"],
            ["1. Организационный этап"],
            ["1.1", "Приказ о наставничестве", "до 30.08.2024", "Директор"],
            ["1.2", "Закрепление пар", "Сентябрь, 2024", ""],
            ["1.3", "Анкетирование", "Октябрь, 2024", ""],
            ["2. Реализация"],
            ["2.1", "Встречи пар", "ежемесячно", "Куратор"],
            kinds=["header", "section", "item", "item", "item", "section", "item"],
        ),
        4,
    )
    table.cell(2, 3).merge(table.cell(4, 3))  # «Директор» over three rows
    merged = table.cell(6, 2).merge(table.cell(6, 3))  # deadline and responsible merged across
    merged.text = "ежемесячно"
    path = tmp_path / "merged.docx"
    document.save(str(path))
    code, out, err, result = _import(cli, mini, path)
    assert code == 0, err
    assert result is not None and result.academic_year == "2024/2025"
    assert [(s.number, s.title) for s in result.sections] == [("1", "Организационный этап"), ("2", "Реализация")]
    assert [i.responsible for i in result.sections[0].items] == ["Директор"] * 3
    assert result.sections[1].items[0].deadline == "ежемесячно"
    assert result.sections[1].items[0].responsible is None  # a cell merged across is read once
    assert "объединённая ячейка отнесена и к этой строке: ответственный" in out


@pytest.mark.parametrize("repeat_header", [True, False])
def test_table_split_across_pages(repeat_header: bool, mini: Path, cli, tmp_path: Path) -> None:
    seed = parse_seed("000")
    header, items = seed.rows[0], seed.rows[1:]
    document = docx.Document()
    document.add_paragraph("План мероприятий «Дорожная карта» на 2022 год")
    add_table(document, [header, *items[:7]], 4)
    document.add_paragraph("")  # the page break between the two parts
    add_table(document, ([header] if repeat_header else []) + items[7:], 4)
    document.add_paragraph("Начальник управления")
    path = tmp_path / "split.docx"
    document.save(str(path))
    code, out, err, result = _import(cli, mini, path)
    assert code == 0, err
    assert [i.number for i in result.items] == [f"{n}." for n in range(1, 13)]
    assert (
        "таблица 2 — продолжение таблицы " + ("с повторённым заголовком" if repeat_header else "без заголовка") in out
    )
    if not repeat_header:
        assert "таблица без заголовка прочитана как продолжение" in out


def test_two_different_tables_are_not_joined(mini: Path, cli, tmp_path: Path) -> None:
    seed = parse_seed("000")
    document = docx.Document()
    document.add_paragraph("Приложение 1")
    add_table(document, seed.rows[:4], 4)
    document.add_paragraph("Приложение 2. План на 2023 год")
    add_table(document, [seed.rows[0], *seed.rows[4:6]], 4)
    path = tmp_path / "two.docx"
    document.save(str(path))
    code, out, _, result = _import(cli, mini, path)
    assert code == 0 and len(result.items) == 3
    assert "ещё одна таблица дорожной карты — таблица 2" in out and "--table 2" in out
    code, out, _, result = _import(cli, mini, path, "--table", "2", "--id", "plan-2023")
    assert code == 0 and [i.number for i in result.items] == ["4.", "5."]


def test_extra_empty_columns_and_an_unknown_column(mini: Path, cli, tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Дорожная карта школы на 2024-2025 учебный год")
    add_table(
        document,
        _rows(
            ["№", "", "Мероприятие", "Сроки", "Ответственный", "Отметка куратора", "", ""],
            ["1", "", "Утверждение дорожной карты", "Август 2024 г.", "Директор", "", "", ""],
            ["2", "", "Пополнение базы наставников", "до 10 сентября 2024 г.", "Куратор", "сделано", "", ""],
            ["", "", "", "", "", "", "", ""],
            kinds=["header", "item", "item", "item"],
        ),
        8,
    )
    path = tmp_path / "extra.docx"
    document.save(str(path))
    code, out, err, result = _import(cli, mini, path)
    assert code == 0, err
    assert [(i.number, i.event) for i in result.items] == [
        ("1", "Утверждение дорожной карты"),
        ("2", "Пополнение базы наставников"),
    ]
    # a column nobody recognised is kept, with its heading, in the note — and said so
    assert result.items[1].note == "Отметка куратора: сделано"
    assert result.items[0].note is None
    assert "графа «Отметка куратора» не распознана — её текст перенесён в примечание" in out


def test_header_lower_down_two_rows_and_column_numbers(mini: Path, cli, tmp_path: Path) -> None:
    document = docx.Document()
    table = add_table(
        document,
        _rows(
            ["План работы наставников МБОУ СОШ № 5 на 2023-2024 учебный год"],
            ["", "", "", ""],
            ["№ п/п", "Содержание работы", "Сроки проведения", ""],
            ["", "", "начало", "окончание"],
            ["1", "2", "3", "4"],
            ["1.", "Входная диагностика", "01.09.2023", "15.09.2023"],
            ["2.", "Открытые уроки наставников", "01.10.2023", "30.04.2024"],
            kinds=["section", "item", "item", "item", "item", "item", "item"],
        ),
        4,
    )
    table.cell(2, 0).merge(table.cell(3, 0))
    table.cell(2, 1).merge(table.cell(3, 1))
    table.cell(2, 2).merge(table.cell(2, 3))
    path = tmp_path / "lower.docx"
    document.save(str(path))
    code, _, err, result = _import(cli, mini, path)
    assert code == 0, err
    assert result.title == "План работы наставников МБОУ СОШ № 5 на 2023-2024 учебный год"
    assert result.academic_year == "2023/2024"
    assert [(i.number, i.event, i.deadline) for i in result.items] == [
        ("1.", "Входная диагностика", "01.09.2023 – 15.09.2023"),
        ("2.", "Открытые уроки наставников", "01.10.2023 – 30.04.2024"),
    ]
    assert result.items[1].parsed.first is not None  # the period is a deadline the project reads


def test_xlsx_with_several_sheets_roadmap_not_first(mini: Path, cli, tmp_path: Path) -> None:
    seed = parse_seed("004")
    title = [
        ["Приложение 2 к приказу Управления образования Администрации города Глазова от 22.04.2022 № 70-ОД"],
        [seed.before[-2] if seed.before[-1] == "" else seed.before[-1]],
        [],
    ]
    rows, merges = seed_rows_for_excel(seed, first_row=len(title) + 1)
    path = build_xlsx(
        tmp_path / "plan.xlsx",
        [
            ("Титул", [["Управление образования"], ["Документы по наставничеству"]], []),
            ("Скрытый", [["Мероприятие", "Срок"], ["старое", "2020"]], []),
            ("Пояснения", [["Термин", "Значение"], ["ЦМН", "целевая модель наставничества"]], []),
            ("План", title + rows, ["A1:D1", "A2:D2", *merges]),
        ],
        hidden=("Скрытый",),
    )
    code, out, err, result = _import(cli, mini, path)
    assert code == 0, err
    assert "лист «План»" in out and "скрытый лист «Скрытый» не читался" in out
    compare_with_seed("004", result)
    assert result.title.startswith("План мероприятий (дорожная карта) внедрения Целевой модели")
    # the same sheet asked for by name; a sheet that is not a roadmap is refused by name
    code, _, _, _ = _import(cli, mini, path, "--sheet", "План", "--id", "plan-2")
    assert code == 0
    before = snapshot(mini)
    code, _, err, _ = _import(cli, mini, path, "--sheet", "Пояснения", "--id", "plan-3")
    assert code == 2 and "на листе «Пояснения» не найдена таблица дорожной карты" in err
    assert snapshot(mini) == before


def test_xlsx_dates_and_numbers_as_cells(mini: Path, cli, tmp_path: Path) -> None:
    import datetime

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["№", "Мероприятие", "Срок исполнения", "Ответственный"])
    sheet.append([1, "Совещание кураторов", datetime.datetime(2024, 9, 5), "Куратор"])
    sheet.append([2.0, "Отчёт", "до 31.05.2025", "Куратор"])
    path = tmp_path / "dates.xlsx"
    book.save(path)
    code, _, err, result = _import(cli, mini, path, "--title", "План на 2024/2025 учебный год")
    assert code == 0, err
    assert [(i.number, i.deadline) for i in result.items] == [("1", "05.09.2024"), ("2", "до 31.05.2025")]


@pytest.mark.parametrize(("encoding", "delimiter"), [("cp1251", ";"), ("utf-8-sig", ";"), ("utf-8", ",")])
def test_csv_from_russian_excel(encoding: str, delimiter: str, mini: Path, cli, tmp_path: Path) -> None:
    seed = parse_seed("000")
    rows = [["План мероприятий «Дорожная карта» на 2022 год", "", "", ""], *grid_of(seed)]
    path = build_csv(tmp_path / "plan.csv", rows, encoding, delimiter)
    code, out, err, result = _import(cli, mini, path)
    assert code == 0, err
    consent(mini, "uo", names_in_report(out))
    compare_with_seed("000", roadmap(mini, "uo", result.id))
    wanted = {"cp1251": "Windows-1251", "utf-8-sig": "UTF-8", "utf-8": "UTF-8"}[encoding]
    assert f"кодировка {wanted}, разделитель — {'точка с запятой' if delimiter == ';' else 'запятая'}" in out
    assert "М.И. Донченко, О.А. Сибилёва,\nруководители ОО" in result.items[8].responsible  # a multi-line cell


# --------------------------------------------------------------------------------------------------
# Refusals: a clear message, exit code 2, nothing written


def _refused(cli, project: Path, source: Path, *extra: str) -> str:
    before = snapshot(project)
    code, out, err = cli("--project", str(project), "import", "roadmap", str(source), "--org", "uo", *extra)
    assert code == 2, out
    assert "Импорт не выполнен, ничего не записано." in err
    assert "Traceback" not in err
    assert snapshot(project) == before
    return err


def test_an_order_without_a_table_is_not_a_roadmap(mini: Path, cli, tmp_path: Path) -> None:
    err = _refused(cli, mini, seed_docx("001", tmp_path))
    assert "seed-001.docx: ошибка: в файле нет таблиц" in err


def test_a_table_that_is_not_a_roadmap(mini: Path, cli, tmp_path: Path) -> None:
    document = docx.Document()
    add_table(document, _rows(["Должность", "ФИО"], ["Директор", "Иванова И.И."], kinds=["header", "item"]), 2)
    path = tmp_path / "staff.docx"
    document.save(str(path))
    err = _refused(cli, mini, path)
    assert "не найдена таблица дорожной карты" in err and "«Мероприятие»" in err and "«Сроки»" in err


def test_a_text_file_renamed_docx(mini: Path, cli, tmp_path: Path) -> None:
    path = tmp_path / "план.docx"
    path.write_text("№;Мероприятие;Срок\n1;Совещание;сентябрь\n", encoding="utf-8")
    err = _refused(cli, mini, path)
    assert "файл повреждён или это не документ Word (.docx)" in err


@pytest.mark.parametrize("cut", [0.5, 0.9])
def test_a_truncated_xlsx(cut: float, mini: Path, cli, tmp_path: Path) -> None:
    seed = parse_seed("000")
    whole = build_xlsx(tmp_path / "whole.xlsx", [("План", grid_of(seed), [])])
    data = whole.read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(data[: int(len(data) * cut)])
    err = _refused(cli, mini, path)
    assert "cut.xlsx: ошибка: файл повреждён" in err


def test_a_truncated_docx_and_old_formats(mini: Path, cli, tmp_path: Path) -> None:
    data = seed_docx("000", tmp_path).read_bytes()
    cut = tmp_path / "cut.docx"
    cut.write_bytes(data[: len(data) - 200])
    assert "файл повреждён" in _refused(cli, mini, cut)
    old = tmp_path / "plan.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    assert "старого формата Word 97–2003 (.doc)" in _refused(cli, mini, old)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert "файл пустой" in _refused(cli, mini, empty)
    assert "файл не найден" in _refused(cli, mini, tmp_path / "нет.docx")


def test_no_overwrite_without_force_and_paths_stay_in_the_project(mini: Path, cli, tmp_path: Path) -> None:
    source = seed_docx("004", tmp_path)
    code, _, _ = cli("--project", str(mini), "import", "roadmap", str(source), "--org", "uo")
    assert code == 0
    target = mini / UO / "roadmaps" / "dk-2022-2024.yml"
    target.write_text(target.read_text("utf-8").replace("Январь, 2022", "Январь, 2022 (правка)"), "utf-8")
    err = _refused(cli, mini, source)
    assert "файл уже есть: data/orgs/uo/roadmaps/dk-2022-2024.yml" in err and "--force" in err
    code, _, _ = cli("--project", str(mini), "import", "roadmap", str(source), "--org", "uo", "--force")
    assert code == 0 and "(правка)" not in target.read_text("utf-8")
    assert "выходит за пределы проекта" in _refused(cli, mini, source, "--output", str(tmp_path / "out.yml"))
    assert "выходит за пределы проекта" in _refused(cli, mini, source, "--output", str(mini / ".." / "x.yml"))
    code, _, err = cli("--project", str(mini), "import", "roadmap", str(source), "--org", "../uo")
    assert code == 2 and "не имя папки организации" in err
    code, _, err = cli("--project", str(mini), "import", "roadmap", str(source), "--org", "nobody")
    assert code == 2 and "нет организации «nobody»" in err and "school-a" in err
    code, _, err = cli("--project", str(mini), "import", "roadmap", str(source))
    assert code == 2 and "--org" in err and "--output" in err


def test_a_failure_while_writing_leaves_nothing(mini: Path, cli, tmp_path: Path, monkeypatch) -> None:
    import generator.importers.writer as writer

    calls = []
    real = writer.os.replace

    def failing(src: str, dst: str) -> None:
        calls.append(dst)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real(src, dst)

    monkeypatch.setattr(writer.os, "replace", failing)
    before = snapshot(mini)
    code, _, err = cli(
        "--project", str(mini), "import", "order", str(seed_docx("003", tmp_path)), "--org", "uo", "--roadmaps"
    )
    assert code == 2 and "не удалось записать файл" in err and "ничего не записано" in err
    assert len(calls) == 2
    assert snapshot(mini) == before
    assert not [p for p in (mini / UO).rglob("*.tmp")]


# --------------------------------------------------------------------------------------------------
# Any cell text: the import either reads it verbatim into data the model accepts, or refuses in Russian


_CELL = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(_CELL, _CELL, _CELL), min_size=1, max_size=6))
def test_any_cell_text_round_trips(rows: list[tuple[str, str, str]], tmp_path: Path) -> None:
    from generator.importers.roadmap import RoadmapOptions, read_roadmap
    from generator.importers.tables import clean_text, read_source
    from generator.importers.writer import verify
    from generator.importers.yamlout import dump
    from generator.problems import InvalidInput

    assume(all(clean_text(c).strip(" -–—_=*.·") for row in rows for c in row))
    table = [["№", "Мероприятие", "Срок", "Ответственный"]]
    table += [[str(n), event, deadline, who] for n, (event, deadline, who) in enumerate(rows, 1)]
    path = build_csv(tmp_path / "any.csv", table, "utf-8", ";")
    try:
        imp = read_roadmap(read_source(path), RoadmapOptions(title="План на 2024/2025 учебный год"))
    except InvalidInput as exc:
        assert all(p.message for p in exc.problems)
        return
    text = dump(imp.data)
    value = verify(text, "any.yml", Roadmap, False, {})
    items = value.get("items") or [i for s in value["sections"] for i in s["items"]]
    read = {(i["event"], i["deadline"], i.get("responsible")) for i in items}
    for event, deadline, who in rows:
        expected_row = (clean_text(event), clean_text(deadline), clean_text(who))
        assert expected_row in read


@pytest.mark.parametrize(
    ("title", "name", "expected"),
    [
        ("Дорожная карта на 2024-2025 учебный год", "x.docx", "dk-2024-2025"),
        ("", "Дорожная карта.docx", "dk-dorozhnaya-karta"),
        ("", "dk.csv", "dk"),  # the file's own «dk» is not doubled into «dk-dk»
        ("", "dk-shkola.xlsx", "dk-shkola"),
    ],
)
def test_default_id_from_title_or_file_name(title: str, name: str, expected: str) -> None:
    from generator.importers.roadmap import default_id

    assert default_id(title, Path(name)) == expected
