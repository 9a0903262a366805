"""Property tests of the loader (issue 9): any input yields the model or InvalidInput whose problems name a file,
a line and say in Russian what is wrong — never another exception, never a hang.

Three levels: the YAML reader on any text; every data file of a small project replaced by generated data (in the
shape of its records, with wrong types, odd values and YAML's own corners); and a real file of the project
mutated character by character. Each example has a deadline, and the file as a whole stays well under a minute."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import yaml
from conftest import MINI
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from generator.load import Loaded, load_project
from generator.load.yamlfile import parse_yaml_text
from generator.model.documents import Document
from generator.model.monitoring import Monitoring
from generator.model.news import NewsMeta
from generator.model.organisation import Organisation
from generator.model.people import Mentor, Participation, StaffMember
from generator.model.practices import Competition, Practice
from generator.model.programmes import Programme
from generator.model.roadmap import Roadmap
from generator.problems import InvalidInput, Problem, Problems

FUZZ = settings(
    max_examples=200,
    deadline=timedelta(seconds=3),  # a hang or a blow-up is a failure, not a slow pass
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
    derandomize=True,  # the same examples on every run: CI does not flake, a failure is reproducible
    database=None,
    phases=(Phase.explicit, Phase.generate, Phase.shrink),  # no «explain»: it writes patches into the tree
)
_RUSSIAN = re.compile(r"[а-яё]{3}", re.IGNORECASE)

# Pieces of YAML that reach the reader's corners far more often than random text does.
YAML_PIECES = [
    *"-:?,[]{}#&*!|>'\"%@`\t\n ",
    *("- ", ": ", "? ", "\n  ", "\n- ", "---\n", "...\n", "%YAML 1.1\n", "%TAG ! tag:x,2000:\n"),
    *(
        "&a ",
        "*a",
        "&b [*a, *a]",
        "<<: *a",
        "!!str ",
        "!!int ",
        "!!binary ",
        "!!set ",
        "!!omap ",
        "!!python/object:os.system ",
    ),
    *("!local ", "!<tag:yaml.org,2002:str> ", "key", "id", "title", "name", "значение", "Иванова И.И."),
    *("2024-02-30", "2024-09-01", "30.02.2024", "1e309", ".inf", ".nan", "0x1F", "0o17", "~", "null", "yes", "No"),
    *("'it''s'", '"\\u0000"', '"\\x85"', '"\\ud800"', "\ufeff", "\u2028", "\x00", "\x85", "\r\n", "\\"),
]
yaml_text = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(YAML_PIECES), max_size=60).map("".join),
    st.lists(st.one_of(st.sampled_from(YAML_PIECES), st.text(max_size=4)), max_size=40).map("".join),
)


def _line_count(text: str) -> int:
    return text.count("\n") + 2  # a mark may point just past the last line


@settings(FUZZ, max_examples=600)
@given(yaml_text)
def test_the_yaml_reader_takes_any_text(text: str) -> None:
    problems = Problems()
    doc = parse_yaml_text(text, "data/orgs/x/documents.yml", problems)
    for problem in problems.items:
        assert problem.file == "data/orgs/x/documents.yml"
        assert problem.line is None or 1 <= problem.line <= _line_count(text), problem
        assert problem.message and _RUSSIAN.search(problem.message), problem
    if doc is None:
        assert problems.errors, "nothing read, yet no reason given"
    else:
        assert doc.file == "data/orgs/x/documents.yml"
    # without the line map (as the loader reads data files) the value and the problems are the same
    quick = Problems()
    plain = parse_yaml_text(text, "data/orgs/x/documents.yml", quick, lines=False)
    assert (plain is None) == (doc is None)
    assert plain is None or doc is None or repr(plain.value) == repr(doc.value)
    assert [p.render() for p in quick.items] == [p.render() for p in problems.items]


# ---- the whole loader over a project with one file replaced -------------------------------------------------

# Values people (and copy-paste) put into fields: right and wrong types, words of the vocabularies, references,
# paths, dates possible and impossible, names, markup.
ODD_VALUES = [
    *("", " ", "\t", "\n", "—", "0", "-1", "1e309", "NaN", "null", "true", "[]", "{}", "~"),
    *("2024-09-01", "2024-02-30", "30.08.2024", "31.02.2024", "2024/2025", "2025/2024", "сентябрь 2024"),
    *("приказ", "положение", "локальный", "муниципальный", "школа", "управление", "учитель – учитель"),
    *("ученик – ученик", "высшая", "обучающийся", "педагог", "школьный", "региональный"),
    *("prikaz-12", "uo/prikaz-91", "nope", "uo/nope", "school-a/polozhenie", "Bad Id", "a" * 81),
    *("files/prikaz-12.pdf", "files/nope.pdf", "../uo/files/prikaz-91.pdf", "/etc/passwd", "files", "files/"),
    *("https://example.org/", "ftp://x", "javascript:alert(1)", "Иванова Ирина Петровна", "И.П. Иванова"),
    *("<script>alert(1)</script>", "**жирный**", "[x](javascript:alert(1))", "\x07", "\u200b", "é" * 600),
]
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(ODD_VALUES),
    st.text(max_size=12),
    st.dates().map(str),
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=12,
)


def _record(model: type, depth: int = 0) -> st.SearchStrategy[dict[str, object]]:
    """A mapping in the shape of a record: its field names (and a stranger now and then), any values; nested
    records get the shape of their own model."""
    fields = list(model.model_fields)
    nested: dict[str, type] = {}
    for name, info in model.model_fields.items():
        for arg in re.findall(r"\b([A-Z][A-Za-z]+)\b", str(info.annotation)):
            found = _MODELS.get(arg)
            if found is not None and found is not model and depth < 2:
                nested[name] = found

    def value_for(name: str) -> st.SearchStrategy[object]:
        if name in nested:
            shaped = _record(nested[name], depth + 1)
            return st.one_of(shaped, st.lists(shaped, max_size=2), values)
        return values

    keys = st.sampled_from([*fields, "nubmer", "<<"])
    return st.lists(keys, max_size=len(fields) + 1, unique=True).flatmap(
        lambda names: st.fixed_dictionaries({n: value_for(n) for n in names})
    )


_MODELS: dict[str, type] = {}


def _collect_models() -> None:
    """Every record class reachable from the file models, by name (nested shapes: a roadmap's sections…)."""
    todo = [Document, Mentor, StaffMember, Participation, Programme, Competition, Practice, Roadmap, Organisation]
    todo += [Monitoring, NewsMeta]
    while todo:
        model = todo.pop()
        if model.__name__ in _MODELS:
            continue
        _MODELS[model.__name__] = model
        for info in model.model_fields.values():
            for candidate in getattr(info.annotation, "__args__", ()) or (info.annotation,):
                for inner in (*getattr(candidate, "__args__", ()), candidate):
                    if isinstance(inner, type) and hasattr(inner, "model_fields"):
                        todo.append(inner)


_collect_models()

SCHOOL = "data/orgs/school-a"
NEWS = "content/school-a/news/2024-09-10-start.md"
# file → the shape of what it holds (None: free text)
TARGETS: dict[str, tuple[str, type | None]] = {
    f"{SCHOOL}/organisation.yml": ("one", Organisation),
    f"{SCHOOL}/documents.yml": ("list", Document),
    f"{SCHOOL}/mentors.yml": ("list", Mentor),
    f"{SCHOOL}/people.yml": ("list", StaffMember),
    f"{SCHOOL}/participation.yml": ("list", Participation),
    f"{SCHOOL}/programmes.yml": ("list", Programme),
    f"{SCHOOL}/competitions.yml": ("list", Competition),
    f"{SCHOOL}/monitoring.yml": ("one", Monitoring),
    f"{SCHOOL}/practices/matematicheskiy-klub.yml": ("one", Practice),
    f"{SCHOOL}/roadmaps/2024-2025.yml": ("one", Roadmap),
    "data/orgs/uo/roadmaps/cmn-2022.yml": ("one", Roadmap),
    NEWS: ("news", NewsMeta),
    "content/school-a/index.md": ("text", None),
}


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One copy of the small project for the module; each example changes one file and puts it back."""
    root = tmp_path_factory.mktemp("fuzz") / "project"
    shutil.copytree(MINI, root)
    yield root


def _check(root: Path) -> None:
    """The loader's contract: the model, or every problem with a file of the project, a line and a reason."""
    try:
        loaded = load_project(root, use_cache=False)
    except InvalidInput as exc:
        assert exc.errors, "InvalidInput without an error"
        for problem in exc.problems:
            _check_problem(root, problem)
        return
    assert isinstance(loaded, Loaded)
    for problem in loaded.warnings:
        _check_problem(root, problem)


def _check_problem(root: Path, problem: Problem) -> None:
    assert isinstance(problem.file, str) and problem.file, problem
    assert not Path(problem.file).is_absolute() and ".." not in Path(problem.file).parts, problem
    assert (root / problem.file).exists() or (root / problem.file).parent.exists(), problem
    if problem.line is not None:
        assert isinstance(problem.line, int) and problem.line >= 1, problem
        if (root / problem.file).is_file():
            lines = (root / problem.file).read_bytes().count(b"\n") + 2
            assert problem.line <= lines, problem
    assert problem.message and _RUSSIAN.search(problem.message), problem
    assert "Traceback" not in problem.message and "object at 0x" not in problem.message, problem


def _with_file(root: Path, rel: str, content: str) -> None:
    path = root / rel
    original = path.read_bytes() if path.exists() else None
    try:
        path.write_text(content, encoding="utf-8")
        _check(root)
    finally:
        if original is None:
            path.unlink()
        else:
            path.write_bytes(original)


def _as_file(kind: str, value: object) -> str:
    if kind == "news":
        return f"---\n{yaml.safe_dump(value, allow_unicode=True)}---\nТекст новости.\n"
    if kind == "text":
        return str(value)
    return yaml.safe_dump(value, allow_unicode=True, sort_keys=False)


@st.composite
def replaced_file(draw: st.DrawFn) -> tuple[str, str]:
    rel = draw(st.sampled_from(sorted(TARGETS)))
    kind, model = TARGETS[rel]
    if kind == "text":
        return rel, draw(st.one_of(st.text(max_size=300), yaml_text))
    shaped = _record(model)  # type: ignore[arg-type]
    value = draw(
        st.one_of(
            st.lists(shaped, max_size=3) if kind == "list" else shaped,
            values,  # the wrong shape altogether: a list for a mapping, a number for a file
        )
    )
    return rel, _as_file(kind, value)


@FUZZ
@given(replaced_file())
def test_any_data_file_gives_the_model_or_clear_problems(project: Path, case: tuple[str, str]) -> None:
    _with_file(project, *case)


@st.composite
def mutated_file(draw: st.DrawFn) -> tuple[str, str]:
    """A real file of the project with a few characters inserted, deleted or replaced: broken indentation,
    unclosed quotes, a key cut in half — what editing by hand produces."""
    rel = draw(st.sampled_from(sorted(TARGETS)))
    text = (MINI / rel).read_text(encoding="utf-8") if (MINI / rel).is_file() else ""
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        at = draw(st.integers(min_value=0, max_value=len(text)))
        cut = draw(st.integers(min_value=0, max_value=8))
        piece = draw(st.one_of(st.sampled_from(YAML_PIECES), st.text(max_size=3), st.just("")))
        text = text[:at] + piece + text[at + cut :]
    return rel, text


@FUZZ
@given(mutated_file())
def test_a_hand_edited_file_gives_the_model_or_clear_problems(project: Path, case: tuple[str, str]) -> None:
    _with_file(project, *case)


BROKEN = ["[", "{a: *b}", "&a [*a]", "---\n---\n", "- - -\n  x", "\xff\xfe"]  # none of them is a valid file


@settings(FUZZ, max_examples=40)
@given(
    st.lists(
        st.sampled_from(sorted(set(TARGETS) - {"content/school-a/index.md"})), min_size=2, max_size=4, unique=True
    ),
    st.sampled_from(BROKEN),
)
def test_several_broken_files_are_all_reported(project: Path, rels: list[str], content: str) -> None:
    originals = {rel: (project / rel).read_bytes() if (project / rel).exists() else None for rel in rels}
    try:
        for rel in rels:
            raw = b"\xff\xfe\x00x" if content == "\xff\xfe" else content.encode("utf-8")
            (project / rel).write_bytes(raw)
        with pytest.raises(InvalidInput) as caught:
            load_project(project, use_cache=False)
    finally:
        for rel, raw in originals.items():
            if raw is None:
                (project / rel).unlink()
            else:
                (project / rel).write_bytes(raw)
    for problem in caught.value.problems:
        _check_problem(project, problem)
    named = {p.file for p in caught.value.errors}
    if f"{SCHOOL}/organisation.yml" in rels:  # the school is not read without its profile: nothing more of it
        rels = [r for r in rels if r == f"{SCHOOL}/organisation.yml" or not r.startswith((SCHOOL, "content/"))]
    assert set(rels) <= named, (sorted(set(rels) - named), [p.render() for p in caught.value.errors])


@pytest.mark.parametrize(
    ("rel", "content"),
    [
        (f"{SCHOOL}/competitions.yml", "- id: k\n  name: Конкурс\n  level: школьный\n  year: 9.3e+18\n"),
        (f"{SCHOOL}/participation.yml", "- academic_year: 2024/2025\n  mentors: .inf\n  mentees: 1\n"),
    ],
    ids=["int_parsing_size", "finite_number"],
)
def test_out_of_range_numbers_are_explained_in_russian(project: Path, rel: str, content: str) -> None:
    # found by the fuzzing above: pydantic's English passed through for these two
    path = project / rel
    try:
        path.write_text(content, encoding="utf-8")
        with pytest.raises(InvalidInput) as caught:
            load_project(project, use_cache=False)
    finally:
        path.unlink()
    messages = [p.message for p in caught.value.errors]
    assert messages and all(_RUSSIAN.search(m) for m in messages), messages
