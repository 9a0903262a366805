"""`nastavnik import order`: the heading of each seed order (number, date, title, issuing body) becomes a document
entry appended to documents.yml, the Word file is copied into files/, and the roadmaps of its appendices are
offered — or imported with --roadmaps, approved by the new entry. Everything written passes the project's loader."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import docx
import pytest
from conftest import snapshot
from seeddocs import add_table, norm, parse_seed, seed_docx, text_of
from test_import_roadmap import consent, names_in_report

from generator.load import load_project

UO = "data/orgs/uo"

# (seed, kind, number, date, issuer) read off the seed texts; the title is checked against the text itself
HEADINGS = [
    ("000", "приказ", "91", date(2022, 2, 14), "МУ «Управление образования администрации Петушинского района»"),
    (
        "001",
        "приказ",
        "465",
        date(2020, 9, 21),
        "УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ЗЕРНОГРАДСКОГО РАЙОНА РОСТОВСКОЙ ОБЛАСТИ",
    ),
    ("002", "распоряжение", "125", date(2024, 4, 5), "АДМИНИСТРАЦИЯ КИРОВСКОГО МУНИЦИПАЛЬНОГО РАЙОНА"),
    (
        "003",
        "приказ",
        "156",
        date(2021, 8, 30),
        "УПРАВЛЕНИЕ ОБРАЗОВАНИЕМ АДМИНИСТРАЦИИ ИВАНТЕЕВСКОГО МУНИЦИПАЛЬНОГО РАЙОНА САРАТОВСКОЙ ОБЛАСТИ",
    ),
]
TITLES = {
    "000": "Об организации и внедрении муниципальной целевой модели наставничества на территории Петушинского района",
    "001": "О внедрении методологии (целевой модели) наставничества обучающихся для общеобразовательных "
    "организаций Зерноградского района",
    "002": "О создании муниципальной Школы наставничества Кировского муниципального района",
    "003": "Об организации работы ОО по развитию системы наставничества в 2021-2022 учебном году",
}


def documents(project: Path, org: str = "uo") -> dict[str, object]:
    loaded = load_project(project, use_cache=False)
    orgs = [loaded.project.department, *loaded.project.schools]
    return {d.id: d for d in next(o for o in orgs if o.slug == org).documents}


@pytest.mark.parametrize(("name", "kind", "number", "day", "issuer"), HEADINGS)
def test_seed_orders_become_document_entries(
    name: str, kind: str, number: str, day: date, issuer: str, mini: Path, cli, tmp_path: Path
) -> None:
    docs_before = (mini / UO / "documents.yml").read_bytes()
    code, out, err = cli("--project", str(mini), "import", "order", str(seed_docx(name, tmp_path)), "--org", "uo")
    assert code == 0, err
    ident = f"{'prikaz' if kind == 'приказ' else 'rasporyazheniye'}-{day.year}-{number}"
    found = documents(mini)[ident]
    assert (found.kind, found.number, found.date, found.issuer, found.level) == (
        kind,
        number,
        day,
        issuer,
        "муниципальный",
    )
    assert found.title == TITLES[name]
    assert norm(found.title) in norm(text_of(name).replace("\n", " "))  # the title is the seed's own words
    assert found.file == f"files/{ident}.docx"
    assert (mini / UO / "files" / f"{ident}.docx").read_bytes() == (tmp_path / f"seed-{name}.docx").read_bytes()
    # appended: the entries and comments already there are byte for byte the same
    assert (mini / UO / "documents.yml").read_bytes().startswith(docs_before)
    assert f"{kind} от {day:%d.%m.%Y} № {number}" in out
    code, _, err = cli("--project", str(mini), "validate")
    assert code == 0, err


def test_academic_year_from_the_title_and_the_appendix_offered(mini: Path, cli, tmp_path: Path) -> None:
    code, out, _ = cli("--project", str(mini), "import", "order", str(seed_docx("003", tmp_path)), "--org", "uo")
    assert code == 0
    assert documents(mini)["prikaz-2021-156"].academic_year == "2021/2022"
    assert "дорожная карта в приложении (таблица 1)" in out
    assert "--approved-by prikaz-2021-156" in out and "--roadmaps" in out
    assert not (mini / UO / "roadmaps" / "dk-2021-2022.yml").exists()  # offered, not imported


def test_text_appendix_is_named(mini: Path, cli, tmp_path: Path) -> None:
    code, out, _ = cli("--project", str(mini), "import", "order", str(seed_docx("002", tmp_path)), "--org", "uo")
    assert code == 0
    assert "приложение «ПОЛОЖЕНИЕ МУНИЦИПАЛЬНОЙ ШКОЛЫ НАСТАВНИЧЕСТВА Кировского муниципального района»" in out


@pytest.mark.parametrize(("name", "roadmap_id"), [("000", "dk-2022"), ("003", "dk-2021-2022")])
def test_order_with_its_roadmap(name: str, roadmap_id: str, mini: Path, cli, tmp_path: Path) -> None:
    code, out, err = cli(
        "--project", str(mini), "import", "order", str(seed_docx(name, tmp_path)), "--org", "uo", "--roadmaps"
    )
    assert code == 0, err
    consent(mini, "uo", names_in_report(out))
    loaded = load_project(mini, use_cache=False)
    roadmap = next(r for r in loaded.project.department.roadmaps if r.id == roadmap_id)
    order = next(d for d in loaded.project.department.documents if d.id == roadmap.approved_by)
    assert order.number == {"000": "91", "003": "156"}[name]
    assert len(roadmap.all_items()) == len(parse_seed(name).items())


def test_appendix_file_and_its_order_found_by_number_and_date(mini: Path, cli, tmp_path: Path) -> None:
    # the department already has the order the appendix belongs to
    with (mini / UO / "documents.yml").open("a", encoding="utf-8") as handle:
        handle.write(
            "- id: prikaz-70-od\n  kind: приказ\n  level: муниципальный\n  number: 70-ОД\n  date: 22.04.2022\n"
            "  title: О внедрении целевой модели наставничества\n  file: files/prikaz-91.pdf\n"
        )
    code, out, err = cli(
        "--project", str(mini), "import", "order", str(seed_docx("004", tmp_path)), "--org", "uo", "--roadmaps"
    )
    assert code == 0, err
    loaded = load_project(mini, use_cache=False)
    department = loaded.project.department
    entry = next(d for d in department.documents if d.id == "prikaz-2022-70-od-prilozhenie-2")
    assert entry.kind == "дорожная карта" and entry.number is None
    assert "от 22.04.2022 № 70-ОД" in (entry.summary or "")
    roadmap = next(r for r in department.roadmaps if r.id == "dk-2022-2024")
    assert roadmap.approved_by == "prikaz-70-od"  # found in documents.yml by the appendix's number and date
    assert roadmap.document == entry.id
    assert "→ документ «prikaz-70-od» из documents.yml" in out


def test_all_five_seeds_into_one_project(mini: Path, cli, tmp_path: Path) -> None:
    """Done when 1: the orders and roadmaps of all five seeds import into data that validates."""
    names: list[str] = []
    for name in ("000", "001", "002", "003", "004"):
        code, out, err = cli(
            "--project", str(mini), "import", "order", str(seed_docx(name, tmp_path)), "--org", "uo", "--roadmaps"
        )
        assert code == 0, f"{name}: {err}"
        names += names_in_report(out)
    consent(mini, "uo", names)
    code, out, err = cli("--project", str(mini), "validate")
    assert code == 0, err
    department = load_project(mini, use_cache=False).project.department
    assert {"dk-2022", "dk-2021-2022", "dk-2022-2024"} <= {r.id for r in department.roadmaps}
    assert {"prikaz-2022-91", "prikaz-2020-465", "rasporyazheniye-2024-125", "prikaz-2021-156"} <= {
        d.id for d in department.documents
    }


def test_same_order_twice_gets_a_new_id_not_an_overwrite(mini: Path, cli, tmp_path: Path) -> None:
    source = seed_docx("001", tmp_path)
    assert cli("--project", str(mini), "import", "order", str(source), "--org", "uo")[0] == 0
    code, out, _ = cli("--project", str(mini), "import", "order", str(source), "--org", "uo")
    assert code == 0 and "«prikaz-2020-465» уже есть в documents.yml — записано «prikaz-2020-465-2»" in out
    before = snapshot(mini)
    code, _, err = cli("--project", str(mini), "import", "order", str(source), "--org", "uo", "--id", "prikaz-2020-465")
    assert code == 2 and "уже есть документ с id «prikaz-2020-465»" in err
    assert snapshot(mini) == before


def test_order_to_a_file_or_the_screen(mini: Path, cli, tmp_path: Path) -> None:
    code, out, err = cli("--project", str(mini), "import", "order", str(seed_docx("002", tmp_path)), "--output", "-")
    assert code == 0
    assert "- id: rasporyazheniye-2024-125\n  kind: распоряжение\n" in out
    assert "скопируйте «seed-002.docx»" in err  # the report goes to stderr when YAML goes to stdout
    code, _, _ = cli(
        "--project", str(mini), "import", "order", str(seed_docx("002", tmp_path)), "--output", str(mini / "order.yml")
    )
    assert code == 0 and "kind: распоряжение" in (mini / "order.yml").read_text("utf-8")


def _refused(cli, project: Path, source: Path) -> str:
    before = snapshot(project)
    code, _, err = cli("--project", str(project), "import", "order", str(source), "--org", "uo")
    assert code == 2 and "ничего не записано" in err and "Traceback" not in err
    assert snapshot(project) == before
    return err


def test_not_an_order(mini: Path, cli, tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Протокол заседания методического объединения")
    document.add_paragraph("Присутствовали: 12 человек.")
    path = tmp_path / "protokol.docx"
    document.save(str(path))
    err = _refused(cli, mini, path)
    assert "это не приказ" in err and "«ПРИКАЗ»" in err
    table_only = docx.Document()
    add_table(table_only, parse_seed("000").rows[:3], 4)
    path = tmp_path / "table.docx"
    table_only.save(str(path))
    assert "это не приказ" in _refused(cli, mini, path)
    text = tmp_path / "prikaz.docx"
    text.write_text("ПРИКАЗ от 01.09.2024 № 5", encoding="utf-8")
    assert "файл повреждён или это не документ Word" in _refused(cli, mini, text)
    xlsx = tmp_path / "prikaz.csv"
    xlsx.write_text("a;b\n1;2\n", encoding="utf-8")
    assert "приказ читается из документа Word (.docx)" in _refused(cli, mini, xlsx)


def test_spaced_heading_and_text_date(mini: Path, cli, tmp_path: Path) -> None:
    document = docx.Document()
    for line in (
        "Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 1»",
        "",
        "П Р И К А З",
        "«02» сентября 2024 г.                         № 118-од",
        "",
        "О закреплении наставнических пар",
        "на 2024/2025 учебный год",
        "",
        "В соответствии с Положением о наставничестве",
    ):
        document.add_paragraph(line)
    path = tmp_path / "school.docx"
    document.save(str(path))
    code, out, err = cli("--project", str(mini), "import", "order", str(path), "--org", "school-a")
    assert code == 0, err
    found = documents(mini, "school-a")["prikaz-2024-118-od"]
    assert (found.number, found.date, found.level) == ("118-од", date(2024, 9, 2), "локальный")
    assert found.title == "О закреплении наставнических пар на 2024/2025 учебный год"
    assert found.academic_year == "2024/2025"
    assert re.search(r"уровень «локальный» — по издателю", out)
