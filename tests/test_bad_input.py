"""Invalid data stops the build with exit code 2, one message per problem, naming file, line and field;
the previous site/ stays exactly as it was."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import snapshot


def edit(project: Path, rel: str, old: str, new: str) -> None:
    path = project / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, f"the fixture changed: «{old}» not in {rel}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def append(project: Path, rel: str, text: str) -> None:
    path = project / rel
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def line_of(project: Path, rel: str, needle: str) -> int | None:
    lines = (project / rel).read_text(encoding="utf-8").splitlines()
    return next((i for i, line in enumerate(lines, 1) if needle in line), None)


DOCS = "data/orgs/school-a/documents.yml"
MENTORS = "data/orgs/school-a/mentors.yml"
PRACTICE = "data/orgs/school-a/practices/matematicheskiy-klub.yml"
ROADMAP = "data/orgs/uo/roadmaps/cmn-2022.yml"

# (id, mutation, file, line needle (a text on the expected line), field, words the message must contain)
CASES: list[tuple[str, Callable[[Path], None], str, str | None, str | None, list[str]]] = [
    (
        "yaml-syntax",
        lambda p: edit(p, MENTORS, "  post: учитель математики", "  post: учитель: математики"),
        MENTORS,
        "учитель: математики",
        None,
        ["кавычки"],
    ),
    (
        "missing-required-field",
        lambda p: edit(p, DOCS, "  title: Положение о наставничестве обучающихся\n", ""),
        DOCS,
        "- id: polozhenie",
        "№2 → title",
        ["обязательное поле"],
    ),
    (
        "wrong-type",
        lambda p: edit(p, MENTORS, "experience: 22", "experience: двадцать два"),
        MENTORS,
        "experience: двадцать",
        "№1 → experience",
        ["целое число", "двадцать два"],
    ),
    (
        "impossible-date",
        lambda p: edit(p, DOCS, "date: 2024-08-30\n  title: О внедрении", "date: 2024-02-30\n  title: О внедрении"),
        DOCS,
        "date: 2024-02-30",
        "№1 → date",
        ["невозможная дата", "2024-02-30"],
    ),
    (
        "unknown-key-typo",
        lambda p: edit(p, DOCS, "  number: 12-од", "  nubmer: 12-од"),
        DOCS,
        "nubmer",
        "№1",
        ["неизвестное поле «nubmer»", "«number»"],
    ),
    (
        "unknown-form-of-mentoring",
        lambda p: edit(p, PRACTICE, "forms: [учащийся-учащийся]", "forms: [учащийся-учащейся]"),
        PRACTICE,
        "forms:",
        "forms → №1",
        ["учащийся-учащейся", "возможно", "ученик – ученик"],
    ),
    (
        "missing-file",
        lambda p: edit(p, DOCS, "file: files/prikaz-12.pdf", "file: files/prikaz-13.pdf"),
        DOCS,
        "prikaz-13.pdf",
        "№1 → file",
        ["файл не найден", "prikaz-13.pdf"],
    ),
    (
        "missing-document-reference",
        lambda p: edit(p, DOCS, "approved_by: prikaz-12", "approved_by: prikaz-21"),
        DOCS,
        "approved_by: prikaz-21",
        "№2 → approved_by",
        ["prikaz-21", "нет документа", "prikaz-12"],
    ),
    (
        "mentor-named-without-consent",
        lambda p: append(p, MENTORS, "- name: Орлова Дарья Павловна\n  post: учитель истории\n"),
        MENTORS,
        "Орлова Дарья",
        "№3 → name",
        ["Орлова Дарья Павловна", "согласие"],
    ),
    (
        "student-name-in-practice-text",
        lambda p: edit(p, PRACTICE, "итоговая олимпиада.", "итоговая олимпиада, победитель — Петя Иванов."),
        PRACTICE,
        "description:",
        "description",
        ["Петя Иванов", "без записанного согласия"],
    ),
    (
        "student-named-in-competition",
        lambda p: (p / "data/orgs/school-a/competitions.yml").write_text(
            "- id: olimp\n  name: Олимпиада наставников\n  level: школьный\n  year: 2024\n  results:\n"
            "    - place: '1'\n      role: обучающийся\n      participant: Соня Белова, 7 «А»\n",
            encoding="utf-8",
        ),
        "data/orgs/school-a/competitions.yml",
        "participant:",
        "№1 → results → №1 → participant",
        ["обучающихся не публикуются"],
    ),
    (
        "unconsented-name-in-news",
        lambda p: edit(p, "content/school-a/news/2024-09-10-start.md", "провела", "и учитель Н.Н. Зайцев провели"),
        "content/school-a/news/2024-09-10-start.md",
        "Зайцев",
        None,
        ["Н.Н. Зайцев"],
    ),
    (
        "path-escaping-the-organisation",
        lambda p: edit(p, DOCS, "file: files/prikaz-12.pdf", "file: ../uo/files/prikaz-91.pdf"),
        DOCS,
        "../uo/files",
        "№1 → file",
        ["за пределы"],
    ),
]


@pytest.mark.parametrize(
    ("mutate", "rel", "needle", "field", "words"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_bad_input_is_reported_and_site_untouched(
    mini: Path, cli, mutate, rel: str, needle: str | None, field: str | None, words: list[str]
) -> None:
    site = mini / "site"
    code, _, _ = cli("--project", str(mini), "build", "--today", "2024-09-15")
    assert code == 0
    before = snapshot(site)
    assert before, "the first build must produce a site"

    # The expected line holds `needle` after the edit (or before it, when the edit removed a line).
    before_edit = line_of(mini, rel, needle) if needle and (mini / rel).is_file() else None
    mutate(mini)
    expected_line = line_of(mini, rel, needle) if needle and needle in (mini / rel).read_text("utf-8") else before_edit

    code, _, err = cli("--project", str(mini), "build", "--today", "2024-09-20")
    assert code == 2, err
    errors = [line for line in err.splitlines() if ": ошибка: " in line]
    assert len(errors) == 1, err  # one message per problem, and only the one we made
    message = errors[0]
    assert message.startswith(f"{rel}:{expected_line}:" if expected_line else f"{rel}:"), message
    if field:
        assert f"поле «{field}" in message, message
    for word in words:
        assert word in message, message
    assert re.search(r"[а-яё]{4}", message.split(": ошибка: ")[1]), "the message is in Russian"
    assert snapshot(site) == before, "a failed build must leave site/ untouched"


def test_all_problems_are_listed_at_once(mini: Path, cli) -> None:
    edit(mini, DOCS, "  number: 12-од", "  nubmer: 12-од")
    edit(mini, MENTORS, "experience: 22", "experience: много")
    edit(mini, PRACTICE, "forms: [учащийся-учащийся]", "forms: [ученик-учитель-директор]")
    append(mini, MENTORS, "- name: Орлова Дарья Павловна\n")
    code, _, err = cli("--project", str(mini), "validate")
    assert code == 2
    errors = [line for line in err.splitlines() if ": ошибка: " in line]
    assert len(errors) == 4, err
    assert {e.split(":")[0] for e in errors} == {DOCS, MENTORS, PRACTICE}
    assert "Найдено ошибок: 4" in err


def test_duplicate_key_and_tabs_are_errors(mini: Path, cli) -> None:
    edit(
        mini, DOCS, "  level: локальный\n  number: 12-од", "  level: локальный\n  level: муниципальный\n  number: 12-од"
    )
    code, _, err = cli("--project", str(mini), "validate")
    assert code == 2
    assert f"{DOCS}:{line_of(mini, DOCS, 'level: муниципальный')}:" in err
    assert "ключ «level» повторяется" in err


def test_unknown_file_in_organisation_folder(mini: Path, cli) -> None:
    (mini / "data/orgs/school-a/document.yml").write_text("- id: x\n", encoding="utf-8")
    code, _, err = cli("--project", str(mini), "validate")
    assert code == 2
    assert "data/orgs/school-a/document.yml: ошибка: неизвестный файл" in err
    assert "documents.yml" in err


def test_html_in_text_fields_is_escaped(mini: Path, cli) -> None:
    edit(mini, PRACTICE, "summary: Старшеклассники", "summary: <script>alert(1)</script> Старшеклассники")
    edit(mini, PRACTICE, "итоговая олимпиада.", "итоговая олимпиада. <img src=x onerror=alert(2)>")
    code, _, err = cli("--project", str(mini), "build", "--today", "2024-09-15")
    assert code == 0, err
    page = (mini / "site/school-a/practices/matematicheskiy-klub/index.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Старшеклассники" in page
    assert "onerror" not in page
    assert "итоговая олимпиада." in page


@pytest.mark.parametrize("taken", ["documents", "pagefind-2"])  # a page of the department; a part of the index
def test_school_folder_cannot_take_a_department_page_address(mini: Path, cli, taken: str) -> None:
    (mini / "data/orgs/school-a").rename(mini / f"data/orgs/{taken}")
    (mini / "content/school-a").rename(mini / f"content/{taken}")
    code, _, err = cli("--project", str(mini), "validate")
    assert code == 2
    assert f"data/orgs/{taken}: ошибка: имя папки школы «{taken}» совпадает" in err


def test_named_pipes_in_the_project_are_reported_not_waited_on(mini: Path, cli) -> None:
    """A FIFO where a file is expected blocks whoever opens it for reading until someone writes into it: the
    build would hang for ever. It is reported like any unreadable file, with every other problem."""
    news = next((mini / "content/school-a/news").glob("*.md"))
    news.unlink()
    os.mkfifo(news)
    os.mkfifo(mini / "data/orgs/school-a/roadmaps/pipe.yml")
    code, _, err = cli("--project", str(mini), "validate")
    assert code == 2
    assert f"content/school-a/news/{news.name}: ошибка: не удалось прочитать файл: это не обычный файл" in err
    assert "data/orgs/school-a/roadmaps/pipe.yml: ошибка: ожидались только файлы .yml" in err


def test_a_warning_repeated_in_many_files_is_printed_once_with_every_place(mini: Path, cli) -> None:
    """A region's schools copy one roadmap template: the same warning in each copy is one line to read, and
    the line after it names every other place, so nothing is lost."""
    folder = mini / "data/orgs/school-a/roadmaps"
    for n in range(1, 5):
        (folder / f"copy-{n}.yml").write_text(
            f"id: copy-{n}\ntitle: Дорожная карта {n}\nacademic_year: 2024/2025\nstart: 2024-09-01\n"
            "sections:\n  - number: '1'\n    title: Подготовка\n    items:\n"
            "      - event: Совещание\n        deadline: 01.02.025\n        responsible: Директор\n",
            encoding="utf-8",
        )
    code, _, err = cli("--project", str(mini), "validate")
    assert code == 0, err
    lines = [line for line in err.splitlines() if "«025» прочитан как 2025" in line]
    assert lines == [lines[0]] and lines[0].startswith("data/orgs/school-a/roadmaps/copy-1.yml:10: предупреждение:")
    rest = err.splitlines()[err.splitlines().index(lines[0]) + 1]
    assert rest == "  то же ещё в 3 местах: " + ", ".join(
        f"data/orgs/school-a/roadmaps/copy-{n}.yml:10" for n in (2, 3, 4)
    )
