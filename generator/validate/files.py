"""Files the data refers to: they exist, and they stay inside the organisation's folder."""

from __future__ import annotations

import os
import stat
from pathlib import Path, PurePosixPath

from generator.model.project import Org
from generator.validate import Reporter


def resolve_inside(base: Path, ref: str, inside: str | None = None) -> tuple[Path | None, str | None]:
    """`ref` relative to `base` → the real path, or the reason it is refused (in Russian). `inside` is
    `base`'s real path when the caller already knows it."""
    pure = PurePosixPath(ref.replace("\\", "/"))
    if pure.is_absolute() or ref.startswith(("/", "\\")) or (len(ref) > 1 and ref[1] == ":"):
        return None, "абсолютный путь не допускается: укажите путь внутри папки организации, например files/prikaz.pdf"
    if ".." in pure.parts:
        return None, "путь выходит за пределы папки организации («..»)"
    try:
        # os.path on strings: a region has tens of thousands of references and pathlib costs 3× as much;
        # and only the components below the folder are looked at, unless one of them is a symlink
        inside = inside or os.path.realpath(base)
        real = inside
        for name in pure.parts:
            real = os.path.join(real, name)
            if stat.S_ISLNK(os.lstat(real).st_mode):
                real = os.path.realpath(os.path.join(inside, *pure.parts), strict=True)
                break
    except (OSError, ValueError):  # ValueError: a NUL byte in the path
        return None, f"файл не найден: {base.name}/{pure.as_posix()}"
    if real == inside:  # «.»: the folder itself
        return None, f"это не файл: {base.name}/{pure.as_posix()}"
    if not real.startswith(inside + os.sep):
        return None, "ссылка (symlink) ведёт за пределы папки организации"
    if not os.path.isfile(real):
        return None, f"это не файл: {base.name}/{pure.as_posix()}"
    return Path(real), None


def check_files(org: Org, reader: Reporter) -> dict[tuple[str, str], Path]:
    """Check every file reference of `org`; returns (org slug, ref) → real path for those that are fine."""
    found: dict[tuple[str, str], Path] = {}
    inside = os.path.realpath(org.folder)

    def check(org_folder: Path, slug: str, record: object, path: tuple, ref: str | None) -> None:
        if not ref:
            return
        real, reason = resolve_inside(org_folder, ref, inside)
        if reason:
            reader.report(record, path, reason, "bad_file")
        elif real is not None:
            found[(slug, ref)] = real

    for doc in org.documents:
        check(org.folder, org.slug, doc, ("file",), doc.file)
        for i, attachment in enumerate(doc.attachments):
            check(org.folder, org.slug, doc, ("attachments", i, "file"), attachment.file)
    for mentor in org.mentors:
        check(org.folder, org.slug, mentor, ("photo",), mentor.photo)
    for practice in org.practices.values():
        for i, material in enumerate(practice.materials):
            check(org.folder, org.slug, practice, ("materials", i, "file"), material.file)
    return found
