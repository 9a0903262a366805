"""Where an import writes, and writing it so that a failure leaves nothing behind.

Targets are checked before anything is written: inside the project (no «..», no symlink out of it), into an
existing organisation folder, never over an existing file without --force. Each output is read back through
the project's own YAML reader and model first. Then every file goes to a temporary name beside its target and
is renamed over it (os.replace, atomic on one file system); an error before the renames removes the temporary
files, so the project is exactly as it was.
"""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from generator.load import FORMS_FILE, FormsFile
from generator.load.organisations import SLUG, OrgReader
from generator.load.yamlfile import parse_yaml_text, read_yaml
from generator.model.documents import Document
from generator.model.vocabulary import Term, Vocabulary
from generator.problems import InvalidInput, Problem, Problems


@dataclass
class Planned:
    path: Path  # absolute, inside the project
    content: bytes
    may_exist: bool = False  # documents.yml grows by an entry: the file is expected to be there
    identical_ok: bool = False  # a copied file already there with the same bytes is not a conflict


def usage(message: str, file: str = "nastavnik import") -> InvalidInput:
    return InvalidInput([Problem(file, None, None, message, "import_usage")])


def rel(root: Path, path: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)


def inside_project(root: Path, path: Path) -> Path:
    """`path` (relative to the current folder, or absolute) as a real path that stays inside the project."""
    real_root = root.resolve()
    target = (Path.cwd() / path) if not path.is_absolute() else path
    real = target.resolve()  # follows symlinks, including one at the target itself
    if real != real_root and real_root not in real.parents:
        raise usage(f"путь «{path}» выходит за пределы проекта ({real_root}); укажите файл внутри проекта")
    return real


def org_folder(root: Path, slug: str) -> Path:
    if not SLUG.match(slug):
        raise usage(f"--org: «{slug}» — не имя папки организации (строчные латинские буквы, цифры, дефисы)")
    folder = root.resolve() / "data" / "orgs" / slug
    if not (folder / "organisation.yml").is_file():
        known = sorted(p.parent.name for p in (root / "data" / "orgs").glob("*/organisation.yml"))
        hint = f"; есть: {', '.join(known)}" if known else ""
        raise usage(f"--org: нет организации «{slug}» (нет файла data/orgs/{slug}/organisation.yml){hint}")
    return inside_project(root, folder)


def forms_vocabulary(root: Path) -> Vocabulary:
    """The forms of mentoring as the loader knows them: the package's list plus the project's data/forms.yml."""
    problems = Problems()
    reader = OrgReader(root, problems, {})
    vocabulary: Vocabulary | None = None
    for path in (FORMS_FILE, root / "data" / "forms.yml"):
        if not path.is_file():
            continue
        doc = read_yaml(path, path.name, problems)
        parsed = reader.validate(FormsFile, doc.value, doc) if doc is not None else None
        if parsed is None:
            continue
        terms = [Term(f.name, tuple(f.aliases), f.group, f.basis) for f in parsed.forms]
        vocabulary = Vocabulary("форма наставничества", terms) if vocabulary is None else vocabulary.extended(terms)
    assert vocabulary is not None, "the package's own vocabulary must load"
    return vocabulary


def verify(text: str, name: str, model: type[BaseModel], many: bool, context: dict[str, Any]) -> Any:
    """Read YAML text as the loader will and validate it with the model; raises InvalidInput on any problem."""
    problems = Problems()
    doc = parse_yaml_text(text, name, problems)
    if doc is not None:
        reader = OrgReader(Path.cwd(), problems, context)
        values = doc.value if many else [doc.value]
        if not isinstance(values, list):
            problems.add(Problem(name, 1, None, "ожидался список записей", "list_type"))
        else:
            for i, value in enumerate(values):
                reader.validate(model, value, doc, (i,) if many else ())
    if problems.errors:
        raise InvalidInput(problems.sorted())
    return doc.value if doc is not None else None


def existing_document_ids(folder: Path) -> tuple[set[str], dict[tuple[str, str], str]]:
    """Ids of documents.yml, and (number in lower case, ДД.ММ.ГГГГ) → id for finding the order of an appendix."""
    path = folder / "documents.yml"
    if not path.is_file():
        return set(), {}
    doc = read_yaml(path, "documents.yml", Problems())
    ids: set[str] = set()
    by_number: dict[tuple[str, str], str] = {}
    for value in doc.value if doc is not None and isinstance(doc.value, list) else []:
        if not isinstance(value, dict) or not isinstance(value.get("id"), str):
            continue
        ids.add(value["id"])
        try:
            document = Document.model_validate(value)
        except Exception:  # an entry with its own errors is reported by validate, not by an import
            continue
        if document.number and document.date:
            by_number[(document.number.lower(), f"{document.date:%d.%m.%Y}")] = document.id
    return ids, by_number


def existing_roadmap_ids(folder: Path) -> dict[str, str]:
    """id → file name of the organisation's roadmaps (ids must stay unique)."""
    found: dict[str, str] = {}
    for path in sorted((folder / "roadmaps").glob("*.y*ml")):
        doc = read_yaml(path, path.name, Problems())
        if doc is not None and isinstance(doc.value, dict) and isinstance(doc.value.get("id"), str):
            found[doc.value["id"]] = path.name
    return found


def unique_id(base: str, taken: set[str]) -> str:
    ident, n = base, 2
    while ident in taken:
        ident = f"{base[:76]}-{n}"
        n += 1
    return ident


def check_id(ident: str, what: str) -> str:
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,79}", ident):
        raise usage(f"{what}: «{ident}» — ожидался идентификатор из строчных латинских букв, цифр и дефисов")
    return ident


def commit(root: Path, planned: list[Planned], force: bool) -> list[str]:
    """Write every planned file, or none of them."""
    conflicts = []
    for plan in planned:
        if plan.path.exists() and not plan.may_exist:
            if plan.identical_ok and plan.path.is_file() and plan.path.read_bytes() == plan.content:
                continue
            if not force:
                conflicts.append(rel(root, plan.path))
            elif not plan.path.is_file():
                raise usage(f"«{rel(root, plan.path)}» — не файл; его нельзя заменить")
    if conflicts:
        raise usage(
            "файл уже есть: " + ", ".join(conflicts) + " — ничего не записано; чтобы заменить, добавьте --force"
        )
    temps: list[tuple[Path, Path]] = []
    created: list[Path] = []
    replaced: list[tuple[Path, bytes | None]] = []  # target, its former content (None: it did not exist)
    try:
        for plan in planned:
            parent = plan.path.parent
            missing = [p for p in [parent, *parent.parents] if not p.exists()]
            for folder in reversed(missing):
                folder.mkdir()
                created.append(folder)
            fd, name = tempfile.mkstemp(dir=parent, prefix=f".{plan.path.name}.", suffix=".tmp")
            with os.fdopen(fd, "wb") as handle:
                handle.write(plan.content)
                handle.flush()
                os.fsync(handle.fileno())
            temps.append((Path(name), plan.path))
        for temp, target in temps:
            former = target.read_bytes() if target.is_file() else None
            os.replace(temp, target)
            replaced.append((target, former))
    except OSError as exc:
        for temp, _ in temps:
            temp.unlink(missing_ok=True)
        for target, former in reversed(replaced):  # a later file failed: the earlier ones go back as they were
            if former is None:
                target.unlink(missing_ok=True)
            else:
                target.write_bytes(former)
        for folder in reversed(created):
            if folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
        raise usage(f"не удалось записать файл: {exc.strerror or exc} — ничего не записано") from None
    return [rel(root, plan.path) for plan in planned]
