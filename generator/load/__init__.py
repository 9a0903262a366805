"""Stage 1 — load: data/ and content/ → the validated model, or every problem at once."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import Field

from generator.load.content import unknown_content
from generator.load.organisations import OrgReader
from generator.load.orgcache import read_orgs
from generator.load.yamlfile import read_yaml
from generator.model.base import Record, ShortText
from generator.model.project import Org, Project
from generator.model.vocabulary import Term, Vocabulary
from generator.problems import Problem, Problems, Severity
from generator.validate.privacy import check_privacy
from generator.validate.references import check_references

# Addresses used by the department's pages at the site root: a school's folder cannot take them.
RESERVED_SLUGS = frozenset(
    {
        "documents",
        "roadmap",
        "programmes",
        "mentors",
        "practices",
        "competitions",
        "monitoring",
        "news",
        "files",
        "schools",
        "assets",
        "search",
        "pagefind",
        "compliance",
    }
)
CACHE_DIR = Path(".nastavnik") / "cache" / "orgs"
FORMS_FILE = Path(__file__).resolve().parent.parent / "vocabulary" / "forms.yml"


class FormEntry(Record):
    name: ShortText
    group: ShortText = ""
    basis: ShortText = ""
    aliases: list[ShortText] = Field(default_factory=list)


class FormsFile(Record):
    forms: list[FormEntry]


@dataclass
class Loaded:
    project: Project
    warnings: list[Problem]
    files: dict[tuple[str, str], Path]  # (org slug, file reference) → the real file
    reader: OrgReader
    privacy: list[Problem]  # personal-data violations, when the caller asked to collect them (nastavnik check)


def _read_forms(reader: OrgReader, path: Path, base: Vocabulary | None) -> Vocabulary | None:
    doc = read_yaml(path, path.name if base is None else reader.rel(path), reader.problems)
    if doc is None:
        return base
    parsed = reader.validate(FormsFile, doc.value, doc)
    if parsed is None:
        return base
    terms = [Term(f.name, tuple(f.aliases), f.group, f.basis) for f in parsed.forms]
    if base is None:
        return Vocabulary("форма наставничества", terms)
    for i, term in enumerate(terms):
        own = base.resolve(term.name)
        for alias in term.aliases:
            taken = base.resolve(alias)
            if taken is not None and taken is not own:
                reader.problems.add(
                    Problem(
                        doc.file,
                        doc.line_of(("forms", i)),
                        f"forms → №{i + 1} → aliases",
                        f"написание «{alias}» уже означает форму «{taken.name}»",
                        "alias_taken",
                    )
                )
    return base.extended(terms)


PRIVACY_CODES = frozenset({"name_without_consent", "student_name", "photo_without_consent"})


def load_project(root: Path, collect_privacy: bool = False, use_cache: bool = True) -> Loaded:
    """Read the whole project; raises InvalidInput listing every error (warnings included).

    With `collect_privacy`, personal-data violations do not raise but come back in `Loaded.privacy`, so that
    a compliance check can report them as findings next to everything else. Organisation folders that did not
    change since the last run are taken from the cache in .nastavnik/cache/ (`use_cache=False`: read them all).
    """
    root = root.resolve()
    problems = Problems()
    reader = OrgReader(root, problems, {})
    forms = _read_forms(reader, FORMS_FILE, None)
    assert forms is not None, "the package's own vocabulary must load"
    if (root / "data" / "forms.yml").is_file():
        forms = _read_forms(reader, root / "data" / "forms.yml", forms) or forms
    reader.context["forms"] = forms

    orgs_dir = root / "data" / "orgs"
    if not orgs_dir.is_dir():
        problems.add(
            Problem(
                "data/orgs",
                None,
                None,
                "нет папки data/orgs/ с организациями: по папке на управление образования и на каждую школу",
                "missing_file",
            )
        )
        problems.raise_if_errors()
    folders = []
    for folder in sorted(orgs_dir.iterdir()):
        if folder.is_dir() and not folder.name.startswith("."):
            folders.append(folder)
        elif not folder.name.startswith("."):
            problems.add(
                Problem(
                    reader.rel(folder), None, None, "в data/orgs/ ожидались только папки организаций", "unknown_file"
                )
            )
    parts = read_orgs(reader, folders, root / CACHE_DIR if use_cache else None)
    orgs: list[Org] = [p.org for p in parts if p.org is not None]
    unknown_content(reader, root / "content", {o.slug for o in orgs})

    departments = [o for o in orgs if o.is_department]
    if len(departments) != 1:
        names = ", ".join(o.slug for o in departments) or "нет ни одного"
        problems.add(
            Problem(
                "data/orgs",
                None,
                None,
                f"в данных должно быть ровно одно управление образования (kind: управление); найдено: {names}",
                "department_count",
            )
        )
        problems.raise_if_errors()
    for org in orgs:
        if not org.is_department and org.slug in RESERVED_SLUGS:
            problems.add(
                Problem(
                    f"data/orgs/{org.slug}",
                    None,
                    None,
                    f"имя папки школы «{org.slug}» совпадает с "
                    "адресом страницы раздела управления; переименуйте папку (например, "
                    f"«school-{org.slug}»)",
                    "reserved_slug",
                )
            )
    project = Project(root, departments[0], [o for o in orgs if not o.is_department], forms)
    check_references(project, reader)
    files = {key: path for part in parts for key, path in part.files.items()}
    check_privacy([p.privacy for p in parts if p.org is not None], reader)
    privacy: list[Problem] = []
    if collect_privacy:
        privacy = [p for p in problems.errors if p.code in PRIVACY_CODES]
        problems.items = [p for p in problems.items if p not in privacy]
    problems.raise_if_errors()
    warnings = [p for p in problems.sorted() if p.severity is Severity.WARNING]
    return Loaded(project, warnings, files, reader, privacy)
