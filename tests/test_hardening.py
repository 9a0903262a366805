"""Defects found in review, each proved by a test: data loss, personal-data leaks, crashes on odd input."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import snapshot

NEWS = "content/school-a/news/2024-09-10-start.md"
MENTORS = "data/orgs/school-a/mentors.yml"


@pytest.mark.parametrize("target", [".", "data", "content", "data/orgs"])
def test_site_dir_cannot_replace_the_project(mini: Path, cli, target: str) -> None:
    before = snapshot(mini)
    code, _, err = cli("--project", str(mini), "build", "--today", "2024-09-15", "--site-dir", str(mini / target))
    assert code == 2
    assert "укажите другую --site-dir" in err
    assert snapshot(mini) == before


def test_site_dir_that_holds_someone_elses_files_is_refused(mini: Path, cli, tmp_path: Path) -> None:
    other = tmp_path / "documents"
    other.mkdir()
    (other / "отчёт.docx").write_bytes(b"not ours")
    code, _, err = cli("--project", str(mini), "build", "--today", "2024-09-15", "--site-dir", str(other))
    assert code == 2 and "не пуста" in err
    assert (other / "отчёт.docx").read_bytes() == b"not ours"
    # a folder built by nastavnik is replaced as usual
    assert cli("--project", str(mini), "build", "--today", "2024-09-15")[0] == 0
    assert cli("--project", str(mini), "build", "--today", "2024-09-16")[0] == 0


def test_name_in_a_news_title_is_caught(mini: Path, cli) -> None:
    path = mini / NEWS
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "title: Стартовала программа наставничества", "title: Поздравляем Смирнову Елену Викторовну"
        ),
        encoding="utf-8",
    )
    code, _, err = cli("--project", str(mini), "validate")
    assert code == 2
    assert f"{NEWS}:2: ошибка" in err and "Смирнову Елену Викторовну" in err


def test_name_split_across_lines_is_caught(mini: Path, cli) -> None:
    path = mini / NEWS
    path.write_text(
        path.read_text(encoding="utf-8") + "\nБлагодарим учителя М.И.\nДонченко за помощь.\n", encoding="utf-8"
    )
    code, _, err = cli("--project", str(mini), "validate")
    assert code == 2
    assert "М.И. Донченко" in err or "М.И.\nДонченко" in err or "Донченко" in err


def test_photo_outside_the_consent_scope_is_refused(mini: Path, cli) -> None:
    (mini / "data/orgs/school-a/files/sidorova.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 64)
    path = mini / MENTORS
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "  category: высшая\n", "  category: высшая\n  photo: files/sidorova.png\n", 1
        ),
        encoding="utf-8",
    )
    code, _, err = cli("--project", str(mini), "validate")
    assert code == 2
    assert "не разрешает публикацию фото" in err


def test_name_in_a_file_name_is_caught(mini: Path, cli) -> None:
    files = mini / "data/orgs/school-a/files"
    (files / "Приказ о премировании Орловой Дарьи Павловны.pdf").write_bytes((files / "prikaz-12.pdf").read_bytes())
    docs = mini / "data/orgs/school-a/documents.yml"
    docs.write_text(
        docs.read_text(encoding="utf-8").replace(
            "file: files/prikaz-12.pdf", "file: files/Приказ о премировании Орловой Дарьи Павловны.pdf"
        ),
        encoding="utf-8",
    )
    code, _, err = cli("--project", str(mini), "validate")
    assert code == 2 and "Орловой Дарьи Павловны" in err


def test_iso_deadline_is_one_day(mini: Path, cli) -> None:
    from datetime import date

    from generator.derive.status import Status, item_state
    from generator.model.roadmap import Item

    item = Item.model_validate({"event": "Семинар", "deadline": "2024-09-01"})
    assert item.parsed.periods[0].start == item.parsed.periods[0].end == date(2024, 9, 1)
    assert item_state(item, date(2024, 10, 1), None).status is Status.OVERDUE


def test_control_characters_are_refused_not_crashing_reports(mini: Path, cli) -> None:
    path = mini / "data/orgs/uo/roadmaps/cmn-2022.yml"
    path.write_text(
        path.read_text(encoding="utf-8")
        .replace("event: Мониторинг реализации", 'event: "Мониторинг\\u0007 реализации')
        .replace("программ наставничества\n    deadline: Октябрь", 'программ наставничества"\n    deadline: Октябрь'),
        encoding="utf-8",
    )
    code, _, err = cli("--project", str(mini), "check", "--format", "junit")
    assert code == 2
    assert "управляющий символ (код U+0007)" in err


@pytest.mark.parametrize(
    "args", [["--today", "9999-12-31"], ["--today", "0001-01-01"], ["--days", "-5"], ["--days", "5000000"]]
)
def test_out_of_range_dates_and_days_are_usage_errors(mini: Path, cli, args: list[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli("--project", str(mini), "check", *args)
    assert exit_info.value.code == 2


def test_report_to_an_unwritable_place_is_an_error_not_a_crash(mini: Path, cli, tmp_path: Path) -> None:
    code, _, err = cli("--project", str(mini), "check", "--format", "json", "--output", str(tmp_path / "no" / "r.json"))
    assert code == 2 and "Не удалось записать отчёт" in err


def test_org_archive_is_reproducible(mini: Path, cli) -> None:
    assert cli("--project", str(mini), "build", "--today", "2024-09-15", "--org", "school-a")[0] == 0
    first = (mini / "site-school-a.zip").read_bytes()
    assert cli("--project", str(mini), "build", "--today", "2024-09-15", "--org", "school-a")[0] == 0
    assert (mini / "site-school-a.zip").read_bytes() == first


def test_name_in_a_document_address_is_caught(mini: Path, cli) -> None:
    """An address is published as a link and read: «…/Благодарность%20Орловой%20Д.П.pdf» names a person."""
    docs = mini / "data/orgs/uo/documents.yml"
    text = docs.read_text(encoding="utf-8")
    url = "https://docs.edu.gov.ru/document/c4d7feb359d9563f114aea8106c9a2aa/"
    assert url in text
    docs.write_text(text.replace(url, "https://example.org/files/Благодарность%20Орловой%20Д.П.pdf"), "utf-8")
    code, _, err = cli("--project", str(mini), "validate")
    assert code == 2
    assert "data/orgs/uo/documents.yml:8: ошибка" in err and "Орловой Д.П." in err and "url" in err
    docs.write_text(text.replace(url, "https://example.org/files/Polozhenie_o_nastavnichestve.pdf"), "utf-8")
    code, _, err = cli("--project", str(mini), "validate")
    assert code == 0, err  # an address without a name is fine
