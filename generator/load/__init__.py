"""Stage 1 — load: data/ and content/ → the validated model, or every problem at once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from pydantic import Field

from generator.derive.files import FileInfo, PdfFacts
from generator.load.content import unknown_content
from generator.load.organisations import OrgReader
from generator.load.orgcache import OrgJob, OrgPart, part_reader
from generator.load.yamlfile import read_yaml
from generator.model.base import Record, ShortText
from generator.model.directory import Directory, OrgEntry, org_entry
from generator.model.project import Org, Project
from generator.model.vocabulary import Term, Vocabulary
from generator.parallel import fork_phases
from generator.problems import Problem, Problems, Severity
from generator.validate.privacy import PrivacyScan, check_privacy
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
        "compliance",
    }
)
RESERVED_PREFIX = "pagefind"  # the search index's folders: pagefind/, and pagefind-2/, … for a region's parts


def reserved_slug(slug: str) -> bool:
    return slug in RESERVED_SLUGS or slug.startswith(RESERVED_PREFIX)


R = TypeVar("R")
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
    facts: dict[Path, tuple[FileInfo, PdfFacts | None]]  # real file → its format, size, hash, PDF text layer
    reader: OrgReader
    privacy: list[Problem]  # personal-data violations, when the caller asked to collect them (nastavnik check)
    digests: dict[str, str] = field(default_factory=dict)  # org slug → digest of its folders as read (if cached)


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


@dataclass
class OrgSummary:
    """What the parent needs of one organisation folder to check the region as a whole."""

    entry: OrgEntry | None
    problems: list[Problem]
    declared: set[tuple[str, str]]
    privacy: PrivacyScan | None


class RegionLoad:
    """Loading organisation by organisation. Each folder is read (or taken from the cache) on its own; the
    parent gets only a summary of each, checks what spans organisations, and hands back a directory of all of
    them against which each organisation's references are checked where it was read (`phases`)."""

    def __init__(self, root: Path, use_cache: bool = True) -> None:
        self.root = root = root.resolve()
        self.reader = reader = OrgReader(root, Problems(), {})
        forms = _read_forms(reader, FORMS_FILE, None)
        assert forms is not None, "the package's own vocabulary must load"
        if (root / "data" / "forms.yml").is_file():
            forms = _read_forms(reader, root / "data" / "forms.yml", forms) or forms
        reader.context["forms"] = self.forms = forms
        orgs_dir = root / "data" / "orgs"
        if not orgs_dir.is_dir():
            reader.problems.add(
                Problem(
                    "data/orgs",
                    None,
                    None,
                    "нет папки data/orgs/ с организациями: по папке на управление образования и на каждую школу",
                    "missing_file",
                )
            )
            reader.problems.raise_if_errors()
        self.folders: list[Path] = []
        for folder in sorted(orgs_dir.iterdir()):
            if folder.is_dir() and not folder.name.startswith("."):
                self.folders.append(folder)
            elif not folder.name.startswith("."):
                reader.problems.add(
                    Problem(
                        reader.rel(folder),
                        None,
                        None,
                        "в data/orgs/ ожидались только папки организаций",
                        "unknown_file",
                    )
                )
        self.job = OrgJob.make(reader, root / CACHE_DIR if use_cache else None, self.folders)

    def first(self, folder: Path) -> tuple[OrgPart, OrgSummary]:
        part = self.job.part(folder)
        entry = org_entry(part.org) if part.org is not None else None
        return part, OrgSummary(entry, part.problems, part.declared, part.privacy if part.org else None)

    def combine(self, summaries: list[OrgSummary]) -> Directory:
        problems = self.reader.problems
        for summary in summaries:
            problems.extend(summary.problems)
            self.reader.declared |= summary.declared
        entries = [s.entry for s in summaries if s.entry is not None]
        unknown_content(self.reader, self.root / "content", {e.slug for e in entries})
        departments = [e.slug for e in entries if e.is_department]
        if len(departments) != 1:
            names = ", ".join(departments) or "нет ни одного"
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
        for entry in entries:
            if not entry.is_department and reserved_slug(entry.slug):
                problems.add(
                    Problem(
                        f"data/orgs/{entry.slug}",
                        None,
                        None,
                        f"имя папки школы «{entry.slug}» совпадает с "
                        "адресом страницы раздела управления; переименуйте папку (например, "
                        f"«school-{entry.slug}»)",
                        "reserved_slug",
                    )
                )
        return Directory(entries, self.reader.declared)

    def references(self, part: OrgPart, directory: Directory) -> list[Problem]:
        """The part's references checked against the directory, by a reader that knows the part's records."""
        own = part_reader(self.reader, part)
        if part.org is not None:
            check_references(part.org, directory, own)
        return own.problems.items

    def phases(self, second: Callable[[OrgPart, Directory], R]) -> tuple[Directory, list[R], list[OrgSummary]]:
        # what the first phase read is stored (one pack per worker) once the results are sent
        summaries, directory, results = fork_phases(self.folders, self.first, self.combine, second, idle=self.job.flush)
        return directory, results, summaries

    def finish(self, summaries: list[OrgSummary], collect_privacy: bool) -> tuple[list[Problem], list[Problem]]:
        """The checks over all organisations' people; raises InvalidInput listing every error.
        → (warnings, personal-data violations when `collect_privacy`, else they are errors too)."""
        problems = self.reader.problems
        check_privacy([s.privacy for s in summaries if s.privacy is not None], self.reader)
        privacy: list[Problem] = []
        if collect_privacy:
            privacy = [p for p in problems.errors if p.code in PRIVACY_CODES]
            problems.items = [p for p in problems.items if p not in privacy]
        problems.raise_if_errors()
        return [p for p in problems.sorted() if p.severity is Severity.WARNING], privacy


def load_project(root: Path, collect_privacy: bool = False, use_cache: bool = True) -> Loaded:
    """Read the whole project; raises InvalidInput listing every error (warnings included).

    With `collect_privacy`, personal-data violations do not raise but come back in `Loaded.privacy`, so that
    a compliance check can report them as findings next to everything else. Organisation folders that did not
    change since the last run are taken from the cache in .nastavnik/cache/ (`use_cache=False`: read them all).
    """
    region = RegionLoad(root, use_cache)
    reader = region.reader

    def second(part: OrgPart, directory: Directory) -> tuple[list[Problem], OrgPart]:
        return region.references(part, directory), part

    directory, results, summaries = region.phases(second)
    orgs: list[Org] = []
    files: dict[tuple[str, str], Path] = {}
    facts: dict[Path, tuple[FileInfo, PdfFacts | None]] = {}
    digests: dict[str, str] = {}
    for problems, part in results:
        reader.problems.extend(problems)
        if part.org is None:
            continue
        orgs.append(part.org)
        if part.digest:
            digests[part.org.slug] = part.digest
        files.update(part.files)
        facts.update(part.facts)
        for record, doc, prefix in part.origins:
            reader.origins[id(record)] = (doc, prefix)
            reader.documents[doc.file] = doc
    department = next(o for o in orgs if o.is_department)
    project = Project(region.root, department, [o for o in orgs if not o.is_department], region.forms, directory)
    warnings, privacy = region.finish(summaries, collect_privacy)
    return Loaded(project, warnings, files, facts, reader, privacy, digests)
