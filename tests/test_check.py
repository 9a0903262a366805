"""`nastavnik check`: the demo passes; each kind of non-compliance gives its finding, severity and exit code."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import REPO

DAY = "2024-10-01"


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    for name in ("data", "content"):
        shutil.copytree(REPO / name, tmp_path / name)
    return tmp_path


def findings(cli, project: Path, *extra: str, day: str = DAY) -> tuple[int, dict[tuple[str, str], dict]]:
    """Run the check with a JSON report: exit code, and (organisation, rule) → finding."""
    code, out, _ = cli("--project", str(project), "check", "--today", day, "--format", "json", *extra)
    data = json.loads(out)
    assert data["schema_version"] == 1
    result = {(o["slug"], f["rule"]): f for o in data["organisations"] for f in o["findings"]}
    return code, result


def test_demo_passes(demo: Path, cli) -> None:
    code, result = findings(cli, demo)
    assert code == 0
    errors = [k for k, f in result.items() if f["outcome"] != "found" and f["severity"] == "error"]
    assert errors == []
    assert result[("sosh-1", "school-regulation-students")]["outcome"] == "found"
    assert result[("sosh-1", "school-regulation-students")]["evidence"]


def test_deleted_regulation_is_missing(demo: Path, cli) -> None:
    docs = demo / "data/orgs/sosh-1/documents.yml"
    entries = docs.read_text(encoding="utf-8").split("\n- ")
    kept = [e for e in entries if "Положение о наставничестве обучающихся" not in e]
    assert len(kept) == len(entries) - 1
    docs.write_text("\n- ".join(kept), encoding="utf-8")
    code, result = findings(cli, demo)
    assert code == 1
    finding = result[("sosh-1", "school-regulation-students")]
    assert (finding["outcome"], finding["severity"]) == ("missing", "error")
    assert result[("gimnaziya-2", "school-regulation-students")]["outcome"] == "found"


def test_date_past_a_deadline_gives_overdue_items(demo: Path, cli) -> None:
    code, result = findings(cli, demo)
    overdue_before = result[("sosh-1", "roadmap-overdue")]["evidence"]
    code, after = findings(cli, demo, day="2025-03-20")
    finding = after[("sosh-1", "roadmap-overdue")]
    assert (finding["outcome"], finding["severity"]) == ("missing", "warning")
    assert len(finding["evidence"]) > len(overdue_before)
    assert any("п. 1.3." in e for e in finding["evidence"])  # «До 01.03.2025», not marked done
    # overdue items are warnings unless an overlay makes them errors; by March 2025 the municipal roadmap
    # (2022–2024) has run out, which is the one error
    errors = sorted(k for k, f in after.items() if f["outcome"] != "found" and f["severity"] == "error")
    assert errors == [("uo-zarechny", "dept-roadmap")]
    assert code == 1


def test_mentor_named_without_consent_is_a_personal_data_error(demo: Path, cli) -> None:
    mentors = demo / "data/orgs/gimnaziya-2/mentors.yml"
    mentors.write_text(
        mentors.read_text(encoding="utf-8") + "\n- name: Орлова Дарья Павловна\n  post: учитель\n", encoding="utf-8"
    )
    code, result = findings(cli, demo)
    assert code == 1
    finding = result[("gimnaziya-2", "personal-data")]
    assert (finding["outcome"], finding["severity"]) == ("missing", "error")
    assert "Орлова Дарья Павловна" in finding["evidence"][0]
    assert result[("sosh-1", "personal-data")]["outcome"] == "found"


def test_overlay_changes_a_deadline_and_adds_a_rule(demo: Path, cli) -> None:
    (demo / "data/rules.yml").write_text(
        "title: Распоряжение администрации округа от 05.04.2024 № 125\n"
        "change:\n"
        "  - id: roadmap-overdue\n"
        "    severity: error\n"
        "    deadline: 2024-12-01\n"
        "add:\n"
        "  - id: school-mentoring-school-protocols\n"
        "    title: Протоколы заседаний школы наставничества\n"
        "    publisher: [школа]\n"
        "    basis: Распоряжение № 125, раздел 4\n"
        "    severity: error\n"
        "    check: document\n"
        "    kind: [протокол]\n"
        "    fix: Разместите протоколы заседаний (не реже 2 раз в год).\n",
        encoding="utf-8",
    )
    code, result = findings(cli, demo)
    added = result[("sosh-1", "school-mentoring-school-protocols")]
    assert (added["outcome"], added["severity"]) == ("missing", "error")
    assert ("uo-zarechny", "school-mentoring-school-protocols") not in result  # schools only
    # the changed rule is an error, but not before its deadline
    overdue = result[("sosh-1", "roadmap-overdue")]
    assert overdue["severity"] == "warning" and "01.12.2024" in overdue["message"]
    assert code == 1
    _, later = findings(cli, demo, day="2024-12-02")
    assert later[("sosh-1", "roadmap-overdue")]["severity"] == "error"


def test_bad_overlay_is_invalid_input(demo: Path, cli) -> None:
    (demo / "data/rules.yml").write_text("drop: [school-regulation-studnets]\n", encoding="utf-8")
    code, _, err = cli("--project", str(demo), "check", "--today", DAY)
    assert code == 2
    assert (
        "data/rules.yml:1: ошибка: нет правила «school-regulation-studnets»; возможно, «school-regulation-students»"
        in err
    )


def test_text_report_says_what_to_do(demo: Path, cli) -> None:
    code, out, _ = cli("--project", str(demo), "check", "--today", "2025-03-20")
    assert code == 1
    assert "ОШИБКА [dept-roadmap] Муниципальная дорожная карта" in out
    assert "МБОУ «СОШ № 1 г. Заречного» (sosh-1) — соответствие" in out
    assert "что сделать: Отметьте выполнение" in out
    assert out.strip().splitlines()[-1].startswith("Итого: ошибок 1")


# --- file checks, on real files made by real libraries -------------------------------------------------------


def _school_doc(demo: Path, ident: str) -> Path:
    """The file of a document of sosh-1, by id."""
    import yaml

    docs = yaml.safe_load((demo / "data/orgs/sosh-1/documents.yml").read_text(encoding="utf-8"))
    entry = next(d for d in docs if d["id"] == ident)
    return demo / "data/orgs/sosh-1" / entry["file"]


def _first_pdf_doc(demo: Path) -> str:
    import yaml

    docs = yaml.safe_load((demo / "data/orgs/sosh-1/documents.yml").read_text(encoding="utf-8"))
    return next(d["id"] for d in docs if d.get("file", "").endswith(".pdf") and not d.get("signature"))


def test_scan_without_text_layer_is_a_warning(demo: Path, cli) -> None:
    from pdfs import scan_pdf

    ident = _first_pdf_doc(demo)
    scan_pdf(_school_doc(demo, ident))
    code, result = findings(cli, demo)
    finding = result[("sosh-1", "file-text-layer")]
    assert (finding["outcome"], finding["severity"]) == ("missing", "warning")
    assert finding["evidence"] == [
        f"{ident} ({_school_doc(demo, ident).relative_to(demo / 'data/orgs/sosh-1')}): скан без текстового слоя"
    ]
    assert result[("gimnaziya-2", "file-text-layer")]["outcome"] == "found"
    assert code == 0


def test_extension_that_lies_about_the_content(demo: Path, cli) -> None:
    from PIL import Image

    path = _school_doc(demo, _first_pdf_doc(demo))
    Image.new("RGB", (40, 40), "white").save(path, format="PNG")  # a picture named .pdf
    code, result = findings(cli, demo)
    finding = result[("sosh-1", "file-format")]
    assert (finding["outcome"], finding["severity"]) == ("missing", "error")
    assert "содержимое — png" in finding["evidence"][0]
    assert code == 1


def test_oversized_file(demo: Path, cli) -> None:
    from pdfs import text_pdf

    path = text_pdf(_school_doc(demo, _first_pdf_doc(demo)))
    with path.open("ab") as fh:  # a valid PDF grown past 15 MB (trailing bytes are ignored by readers)
        fh.write(b"\n%" + b"0" * (15 * 1024 * 1024) + b"\n")
    code, result = findings(cli, demo)
    finding = result[("sosh-1", "file-size")]
    assert (finding["outcome"], finding["severity"]) == ("missing", "error")
    assert "больше 15 МБ" in finding["evidence"][0]
    assert code == 1


def test_declared_signature_must_be_in_the_pdf(demo: Path, cli) -> None:
    from pdfs import sign_pdf, text_pdf

    dept = demo / "data/orgs/uo-zarechny/files/prikaz-214-2024.pdf"
    code, result = findings(cli, demo)
    assert result[("uo-zarechny", "file-signature")]["outcome"] == "found"  # the demo's file is signed
    text_pdf(dept)  # replaced by an unsigned copy
    code, result = findings(cli, demo)
    finding = result[("uo-zarechny", "file-signature")]
    assert (finding["outcome"], finding["severity"]) == ("missing", "error")
    assert code == 1
    sign_pdf(text_pdf(demo / "unsigned.pdf"), dept)
    code, result = findings(cli, demo)
    assert result[("uo-zarechny", "file-signature")]["outcome"] == "found"
    assert code == 0


# --- report formats --------------------------------------------------------------------------------------------


def test_json_report_validates_against_its_published_schema(demo: Path, cli) -> None:
    import jsonschema

    from generator.check.report_json import SCHEMA_PATH

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    for day in (DAY, "2025-03-20"):
        _, out, _ = cli("--project", str(demo), "check", "--today", day, "--format", "json")
        jsonschema.validate(json.loads(out), schema, format_checker=jsonschema.FormatChecker())
    broken = json.loads(out)
    broken["organisations"][0]["findings"][0]["outcome"] = "maybe"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_junit_report_is_read_by_a_junit_parser(demo: Path, cli, tmp_path: Path) -> None:
    from junitparser import Failure, JUnitXml

    out_file = tmp_path / "check.xml"
    code, _, _ = cli(
        "--project", str(demo), "check", "--today", "2025-03-20", "--format", "junit", "--output", str(out_file)
    )
    assert code == 1
    xml = JUnitXml.fromfile(str(out_file))
    suites = {suite.name: suite for suite in xml}
    dept = next(s for name, s in suites.items() if "(uo-zarechny)" in name)
    failed = {case.name for case in dept if any(isinstance(r, Failure) for r in case.result)}
    assert failed == {"dept-roadmap"}
    assert sum(s.tests for s in suites.values()) == sum(
        len(o["findings"])
        for o in json.loads(cli("--project", str(demo), "check", "--today", "2025-03-20", "--format", "json")[1])[
            "organisations"
        ]
    )


def test_xlsx_holds_the_same_findings(demo: Path, cli, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    book_path = tmp_path / "check.xlsx"
    code, _, _ = cli(
        "--project", str(demo), "check", "--today", "2025-03-20", "--format", "xlsx", "--output", str(book_path)
    )
    assert code == 1
    _, out, _ = cli("--project", str(demo), "check", "--today", "2025-03-20", "--format", "json")
    data = json.loads(out)
    book = load_workbook(book_path)
    assert book.sheetnames == ["Сводка", *[o["slug"] for o in data["organisations"]]]
    summary = {row[1]: row for row in book["Сводка"].iter_rows(min_row=3, values_only=True)}
    for org in data["organisations"]:
        assert summary[org["slug"]][2] == org["score"]
        rows = list(book[org["slug"]].iter_rows(min_row=3, values_only=True))
        assert [(r[0], r[2]) for r in rows] == [
            (f["rule"], {"found": "есть", "partial": "частично", "missing": "нет"}[f["outcome"]])
            for f in org["findings"]
        ]


def test_built_site_has_the_compliance_page(demo: Path, cli) -> None:
    from generator.render.pages import number

    _, out, _ = cli("--project", str(demo), "check", "--today", "2025-03-20", "--format", "json")
    data = json.loads(out)
    assert cli("--project", str(demo), "build", "--today", "2025-03-20")[0] == 0
    page = (demo / "site/compliance/index.html").read_text(encoding="utf-8")
    for org in data["organisations"]:
        assert f">{org['name']}</a></th><td>{number(org['score'])}</td>" in page.replace("&quot;", '"')
    assert "Ошибка: Муниципальная дорожная карта, охватывающая текущую дату" in page
    schools = (demo / "site/schools/index.html").read_text(encoding="utf-8")
    assert "Соответствие, %" in schools


def test_department_sees_deadlines_over_all_schools(demo: Path, cli) -> None:
    _, short, _ = cli("--project", str(demo), "check", "--today", "2024-09-20")
    _, longer, _ = cli("--project", str(demo), "check", "--today", "2024-09-20", "--days", "60")

    def due(out: str) -> dict[str, tuple[int, int]]:
        section = out.split("Сроки дорожных карт по всем организациям")[1].split("\n\n")[0]
        rows = [line.strip().rsplit(": ", 1) for line in section.splitlines()[1:] if line.strip()]
        return {name: tuple(int(n) for n in counts.split(" / ")) for name, counts in rows}

    near, far = due(short), due(longer)
    assert set(near) == {
        "Управление образования Заречного округа",
        "МАОУ «Гимназия № 2»",
        "МБОУ «Устьинская ООШ»",
        "МБОУ «СОШ № 1 г. Заречного»",
    }
    assert all(far[name][1] >= near[name][1] for name in near)
    assert sum(f[1] for f in far.values()) > sum(n[1] for n in near.values())  # a longer horizon sees more
