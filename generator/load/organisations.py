"""Reading one organisation's folder (data/orgs/<slug>/) into the model, collecting every problem."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from generator.load.messages import problems_from_validation
from generator.load.rawfile import EMPTY, Listing, list_folder
from generator.load.yamlfile import YamlDocument, read_yaml
from generator.model.documents import Document
from generator.model.monitoring import Monitoring
from generator.model.organisation import Organisation
from generator.model.people import Mentor, Participation, StaffMember
from generator.model.practices import Competition, Practice
from generator.model.programmes import Programme
from generator.model.project import Org
from generator.model.roadmap import Roadmap
from generator.problems import Problem, Problems, Severity, field_path

M = TypeVar("M", bound=BaseModel)

SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")

# file name → (attribute of Org, model of one entry, whether the file holds a list of entries)
LIST_FILES: dict[str, tuple[str, type[BaseModel]]] = {
    "documents.yml": ("documents", Document),
    "people.yml": ("people", StaffMember),
    "mentors.yml": ("mentors", Mentor),
    "participation.yml": ("participation", Participation),
    "programmes.yml": ("programmes", Programme),
    "competitions.yml": ("competitions", Competition),
}
FOLDERS = {"roadmaps", "practices", "files"}
KNOWN = {"organisation.yml", "monitoring.yml", *LIST_FILES, *FOLDERS}


class OrgReader:
    """Reads files of one organisation; `declared` keeps ids of entries that failed validation, so that a
    reference to them is not reported a second time as «missing»."""

    def __init__(
        self, root: Path, problems: Problems, context: dict[str, Any], real_folders: dict[str, str] | None = None
    ) -> None:
        self.root = root
        self.real_root = os.path.realpath(root)
        # folder → its real path; shared by the readers of one load (the same parents recur for every org)
        self.real_folders: dict[str, str] = {} if real_folders is None else real_folders
        self.links: dict[str, bool] = {}  # path → is a symlink, as a folder listing found it (saves an lstat)
        self.problems = problems
        self.context = context
        self.documents: dict[str, YamlDocument] = {}  # rel path → parsed file (for lines of later checks)
        self.declared: set[tuple[str, str]] = set()
        # id(record) → where it was read, so later checks can point at a file, line and field
        self.origins: dict[int, tuple[YamlDocument, tuple[str | int, ...]]] = {}

    def rel(self, path: Path) -> str:
        return path.relative_to(self.root).as_posix()

    def outside(self, path: Path) -> bool:
        """A file of data/ or content/ that is a link to a place outside the project: refused (reported), since
        whatever it points at — another user's files, /etc — would be read and published."""
        folder, name = os.path.split(path)
        link = self.links.pop(str(path), None)
        if link is None:
            link = os.path.islink(path)
        real = os.path.realpath(path) if link else os.path.join(self.real_folder(folder), name)
        if real.startswith(self.real_root + os.sep):
            return False
        self.problems.add(
            Problem(
                self.rel(path),
                None,
                None,
                "файл — символическая ссылка за пределы проекта; положите в проект сам файл, а не ссылку",
                "outside_project",
            )
        )
        return True

    def real_folder(self, folder: str) -> str:
        """os.path.realpath of a folder, each resolved once per load: realpath looks at every component (five
        lstat calls for data/orgs/<slug>), and the same parents recur for every organisation."""
        real = self.real_folders.get(folder)
        if real is None:
            parent, name = os.path.split(folder)
            if not os.path.isabs(folder) or parent == folder or name in ("", ".", "..") or os.path.islink(folder):
                real = os.path.realpath(folder)
            else:
                real = os.path.join(self.real_folder(parent), name)
            self.real_folders[folder] = real
        return real

    def read(self, path: Path, lines: bool = False) -> YamlDocument | None:
        if self.outside(path):
            return None
        doc = read_yaml(path, self.rel(path), self.problems, lines=lines)
        if doc is not None:
            self.documents[doc.file] = doc
        return doc

    def validate(self, model: type[M], value: Any, doc: YamlDocument, prefix: tuple[str | int, ...] = ()) -> M | None:
        try:
            record = model.model_validate(value, context=self.context)
        except ValidationError as exc:
            self.problems.extend(problems_from_validation(exc, doc, model, prefix))
            return None
        self.origins[id(record)] = (doc, prefix)
        return record

    def report(
        self,
        record: object,
        subpath: tuple[str | int, ...],
        message: str,
        code: str,
        severity: Severity = Severity.ERROR,
    ) -> None:
        """Report a problem about `record` (as read by this reader) at `subpath` inside it."""
        doc, path = self.where(record, subpath)
        self.problems.add(Problem(doc.file, doc.line_of(path), field_path(path) or None, message, code, severity))

    def where(self, record: object, subpath: tuple[str | int, ...]) -> tuple[YamlDocument, tuple[str | int, ...]]:
        """The file `record` was read from, and the path of `subpath` inside that file."""
        doc, prefix = self.origins[id(record)]
        return doc, (*prefix, *subpath)

    def read_list(self, path: Path, model: type[M], org_slug: str) -> list[M]:
        doc = self.read(path)
        if doc is None or doc.value is None:
            return []
        if not isinstance(doc.value, list):
            self.problems.add(
                Problem(doc.file, 1, None, "ожидался список записей (каждая начинается с «- »)", "list_type")
            )
            return []
        result = []
        for i, value in enumerate(doc.value):
            item = self.validate(model, value, doc, (i,))
            if item is not None:
                result.append(item)
            elif isinstance(value, dict) and isinstance(value.get("id"), str):
                self.declared.add((org_slug, value["id"]))
        return result

    def read_one(self, path: Path, model: type[M], lines: bool = False) -> M | None:
        doc = self.read(path, lines)
        if doc is None:
            return None
        if not isinstance(doc.value, dict):
            self.problems.add(Problem(doc.file, 1, None, "ожидался набор полей «ключ: значение»", "dict_type"))
            return None
        return self.validate(model, doc.value, doc)

    def read_org(self, folder: Path) -> Org | None:
        slug = folder.name
        rel = self.rel(folder)
        if not SLUG.match(slug):
            self.problems.add(
                Problem(
                    rel,
                    None,
                    None,
                    "имя папки организации должно состоять из строчных латинских букв, цифр и "
                    "дефисов (оно становится адресом раздела), например «school-1»",
                    "bad_slug",
                )
            )
            return None
        listing = self.listing(folder) or EMPTY
        for name in listing.names:
            if name.startswith(".") or name in KNOWN:
                continue
            self.problems.add(
                Problem(
                    f"{rel}/{name}",
                    None,
                    None,
                    "неизвестный файл в папке организации; ожидались: " + ", ".join(sorted(KNOWN)),
                    "unknown_file",
                )
            )
        profile_path = folder / "organisation.yml"
        if "organisation.yml" not in listing.files:
            self.problems.add(
                Problem(rel + "/organisation.yml", None, None, "нет файла с описанием организации", "missing_file")
            )
            return None
        profile = self.read_one(profile_path, Organisation)
        if profile is None:
            return None
        org = Org(slug=slug, profile=profile, folder=folder)
        for name, (attr, model) in LIST_FILES.items():
            if name in listing.files:
                setattr(org, attr, self.read_list(folder / name, model, slug))
        if "monitoring.yml" in listing.files:
            org.monitoring = self.read_one(folder / "monitoring.yml", Monitoring) or Monitoring()
        for path in self._yaml_files(folder / "roadmaps"):
            # with the line map: a third of a region's roadmaps get warnings about how a deadline was read, and
            # reading the file again for their lines would cost twice what the map does
            roadmap = self.read_one(path, Roadmap, lines=True)
            if roadmap is not None:
                org.roadmaps.append(roadmap)
        for path in self._yaml_files(folder / "practices"):
            if path.stem == "index":
                self.problems.add(
                    Problem(
                        self.rel(path),
                        None,
                        None,
                        "имя «index» занято страницей списка практик; переименуйте файл",
                        "bad_slug",
                    )
                )
                continue
            if not SLUG.match(path.stem):
                self.problems.add(
                    Problem(
                        self.rel(path),
                        None,
                        None,
                        "имя файла практики становится её адресом: только строчные латинские буквы, цифры и дефисы",
                        "bad_slug",
                    )
                )
                continue
            practice = self.read_one(path, Practice)
            if practice is not None:
                org.practices[path.stem] = practice
            else:
                self.declared.add((slug, path.stem))
        org.roadmaps.sort(key=lambda r: r.id)
        return org

    def listing(self, folder: Path) -> Listing | None:
        """The folder's entries (None when it is not a folder); remembers which are links, for `outside`."""
        listing = list_folder(folder)
        if listing is not None:
            base = str(folder)
            for name in listing.files:
                self.links[os.path.join(base, name)] = name in listing.links
        return listing

    def _yaml_files(self, folder: Path) -> list[Path]:
        listing = self.listing(folder) or EMPTY
        files: list[Path] = []
        for name in listing.names:
            path = folder / name
            if path.suffix in (".yml", ".yaml") and name in listing.files:
                if any(f.stem == path.stem for f in files):
                    self.problems.add(
                        Problem(
                            self.rel(path),
                            None,
                            None,
                            f"файл «{path.stem}» уже есть с другим расширением (.yml и .yaml); оставьте один",
                            "duplicate_file",
                        )
                    )
                    continue
                files.append(path)
            elif not path.name.startswith("."):
                self.problems.add(Problem(self.rel(path), None, None, "ожидались только файлы .yml", "unknown_file"))
        return files
