"""`nastavnik import mentors`: a school's Excel or CSV list of mentors becomes mentors.yml. A mentor is published
only with a consent to dissemination that has a date (152-ФЗ ст. 10.1); every other row is imported with
`publish: false` and named in the report — never dropped."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from conftest import snapshot
from seeddocs import build_csv, build_xlsx

from generator.load import load_project

MENTORS = "data/orgs/school-a/mentors.yml"
HEADER = [
    "№ п/п",
    "ФИО наставника",
    "Должность",
    "Педагогический стаж",
    "Квалификационная категория",
    "Формы наставничества",
    "Согласие на обработку ПД",
    "Согласие на публикацию на сайте",
    "Дата согласия",
    "Телефон",
]
ROWS = [
    [
        "1",
        "Кузнецова Ирина Петровна",
        "учитель математики",
        "28",
        "высшая",
        "педагог-педагог, традиционное",
        "да",
        "да",
        "01.09.2024",
        "+7 900 000-00-00",
    ],
    [
        "2",
        "Волков Сергей Александрович",
        "учитель физики",
        "19 лет",
        "Высшая квалификационная категория",
        "педагог – ученик",
        "да",
        "да",
        "",
        "",
    ],
    [
        "3",
        "Никитина Татьяна Юрьевна",
        "учитель начальных классов",
        "24",
        "первая",
        "учитель-учитель; в группе",
        "да",
        "нет",
        "",
        "",
    ],
    ["4", "Орлова Анна Дмитриевна", "учитель английского языка", "7", "первая", "реверсивное", "да", "", "", ""],
    [
        "5",
        "Белов Артём Игоревич",
        "учитель информатики",
        "стажёр",
        "молодой специалист",
        "наставничество онлайн",
        "нет",
        "+",
        "04.09.2023",
        "",
    ],
    ["6", "", "педагог-психолог", "15", "", "", "", "", "", ""],
    [
        "7",
        "Сидорова Мария Петровна",
        "учитель математики",
        "22",
        "высшая",
        "учитель – учитель",
        "да",
        "да",
        "03.09.2024",
        "",
    ],
]


def mentors(project: Path) -> list:
    loaded = load_project(project, use_cache=False)
    return next(s for s in loaded.project.schools if s.slug == "school-a").mentors


def test_xlsx_list_with_consent_columns(mini: Path, cli, tmp_path: Path) -> None:
    path = build_xlsx(
        tmp_path / "наставники.xlsx",
        [
            ("Инструкция", [["Заполните лист «Банк»"]], []),
            ("Банк", [["Банк наставников МБОУ «СШ № 1»"], HEADER, *ROWS], ["A1:J1"]),
        ],
    )
    code, out, err = cli("--project", str(mini), "import", "mentors", str(path), "--org", "school-a", "--force")
    assert code == 0, err
    result = mentors(mini)
    assert len(result) == len(ROWS)  # every row, none dropped
    by_name = {m.name: m for m in result}
    published = {m.name for m in result if m.publish and m.name}  # an unnamed row shows no one
    assert published == {"Кузнецова Ирина Петровна", "Белов Артём Игоревич", "Сидорова Мария Петровна"}
    kuznetsova = by_name["Кузнецова Ирина Петровна"]
    assert kuznetsova.consent.date == datetime.date(2024, 9, 1)
    assert kuznetsova.forms == ["учитель – учитель", "традиционное"] and kuznetsova.experience == 28
    assert kuznetsova.phone is None  # contacts are not imported
    assert by_name["Волков Сергей Александрович"].category == "высшая"
    assert by_name["Волков Сергей Александрович"].experience == 19
    assert not by_name["Волков Сергей Александрович"].publish  # «да» without a date is no recorded consent
    assert by_name["Никитина Татьяна Юрьевна"].forms == ["учитель – учитель", "в группе"]
    assert by_name[None].post == "педагог-психолог"
    text = (mini / MENTORS).read_text("utf-8")
    assert "# не публикуется: согласие отмечено («да»), но без даты" in text
    assert "# не публикуется: согласия на публикацию нет («нет»)" in text
    assert "# не публикуется: отметки о согласии нет" in text
    assert "Наставников: 7; публикуются: 3; без согласия на публикацию (publish: false): 3." in out
    assert "было записано согласие, которого в новом списке нет" not in out
    assert "Волков Сергей Александрович, Никитина Татьяна Юрьевна, Орлова Анна Дмитриевна" in out
    assert "«Согласие на обработку ПД» — согласие на обработку, а не на распространение" in out
    assert "стаж «стажёр» не прочитан" in out
    assert "категория «молодой специалист» не распознана" in out
    assert "форма наставничества «наставничество онлайн» не распознана" in out
    code, _, err = cli("--project", str(mini), "validate")
    assert code == 0, err


def test_csv_cp1251_with_separate_name_columns(mini: Path, cli, tmp_path: Path) -> None:
    rows = [
        ["Фамилия", "Имя", "Отчество", "Должность", "Согласие на размещение (дата)"],
        ["Сидорова", "Мария", "Петровна", "учитель математики", "03.09.2024"],
        ["Ёлкин", "Пётр", "Ильич", "учитель труда", "нет"],
    ]
    path = build_csv(tmp_path / "list.csv", rows, "cp1251", ";")
    code, out, err = cli("--project", str(mini), "import", "mentors", str(path), "--org", "school-a", "--force")
    assert code == 0, err
    result = {m.name: m for m in mentors(mini)}
    assert result["Сидорова Мария Петровна"].consent.date == datetime.date(2024, 9, 3)
    assert result["Ёлкин Пётр Ильич"].publish is False
    assert "кодировка Windows-1251, разделитель — точка с запятой" in out


def test_only_a_processing_consent_column_publishes_nobody(mini: Path, cli, tmp_path: Path) -> None:
    rows = [["ФИО", "Согласие на обработку персональных данных"], ["Иванова Ольга Сергеевна", "01.09.2024"]]
    path = build_csv(tmp_path / "list.csv", rows, "utf-8", ",")
    code, out, err = cli("--project", str(mini), "import", "mentors", str(path), "--output", "-")
    assert code == 0
    assert "  publish: false\n" in out
    assert "нет графы согласия на публикацию" in err  # the report goes to stderr when YAML goes to stdout


def test_refusals_write_nothing(mini: Path, cli, tmp_path: Path) -> None:
    before = snapshot(mini)
    path = build_xlsx(
        tmp_path / "list.xlsx", [("Лист1", [["ФИО", "Должность"], ["Сидорова Мария Петровна", "учитель"]], [])]
    )
    code, _, err = cli("--project", str(mini), "import", "mentors", str(path), "--org", "school-a")
    assert code == 2 and "файл уже есть: data/orgs/school-a/mentors.yml" in err
    not_mentors = build_xlsx(tmp_path / "plan.xlsx", [("План", [["Мероприятие", "Срок"], ["Совещание", "май"]], [])])
    code, _, err = cli("--project", str(mini), "import", "mentors", str(not_mentors), "--org", "school-a", "--force")
    assert code == 2 and "не найдена таблица наставников" in err
    code, _, err = cli("--project", str(mini), "import", "mentors", str(path), "--org", "school-a", "--sheet", "Банк")
    assert code == 2 and "нет листа «Банк»; листы: «Лист1»" in err
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(path.read_bytes()[:300])
    code, _, err = cli("--project", str(mini), "import", "mentors", str(broken), "--org", "school-a", "--force")
    assert code == 2 and "файл повреждён" in err and "Traceback" not in err
    assert snapshot(mini) == before


@pytest.mark.parametrize("mark", ["да", "+", "согласен"])
def test_a_yes_in_the_consent_column_with_its_date(mark: str, mini: Path, cli, tmp_path: Path) -> None:
    rows = [["ФИО", "Согласие на публикацию", "Дата согласия"], ["Петрова Ольга Ивановна", mark, "2024-09-01"]]
    path = build_csv(tmp_path / "list.csv", rows, "utf-8", ";")
    code, out, _ = cli("--project", str(mini), "import", "mentors", str(path), "--output", "-")
    assert code == 0
    assert "consent:\n    date: 2024-09-01\n" in out and "  publish: false" not in out


def test_replacing_the_list_warns_of_consents_it_drops(mini: Path, cli, tmp_path: Path) -> None:
    rows = [["ФИО", "Дата согласия"], ["Петрова Ольга Ивановна", "01.09.2024"]]
    path = build_csv(tmp_path / "list.csv", rows, "utf-8", ";")
    code, out, _ = cli("--project", str(mini), "import", "mentors", str(path), "--org", "school-a", "--force")
    assert code == 0
    assert "было записано согласие, которого в новом списке нет: Сидорова Мария Петровна" in out
    # and the project's own check agrees: her name in a practice now lacks a consent
    code, _, err = cli("--project", str(mini), "validate")
    assert code == 2 and "Сидорова М.П." in err
