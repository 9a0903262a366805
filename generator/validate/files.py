"""Files the data refers to: they exist, and they stay inside the organisation's folder."""

from __future__ import annotations

import os
import stat
from pathlib import Path, PurePosixPath

from generator.model.project import Org
from generator.validate import Reporter


def resolve_inside(
    base: Path, ref: str, inside: str | None = None, plain_dirs: set[str] | None = None
) -> tuple[Path | None, str | None]:
    """`ref` relative to `base` → the real path, or the reason it is refused (in Russian). `inside` is
    `base`'s real path when the caller already knows it; `plain_dirs` collects folders below it found not to be
    links, for the next call (an organisation refers to dozens of files in the same few folders)."""
    pure = PurePosixPath(ref.replace("\\", "/"))
    if pure.is_absolute() or ref.startswith(("/", "\\")) or (len(ref) > 1 and ref[1] == ":"):
        return None, "абсолютный путь не допускается: укажите путь внутри папки организации, например files/prikaz.pdf"
    if ".." in pure.parts:
        return None, "путь выходит за пределы папки организации («..»)"
    plain = set() if plain_dirs is None else plain_dirs
    try:
        # os.path on strings: a region has tens of thousands of references and pathlib costs 3× as much;
        # and only the components below the folder are looked at, unless one of them is a symlink
        inside = inside or os.path.realpath(base)
        real = inside
        mode = stat.S_IFDIR
        for name in pure.parts:
            real = os.path.join(real, name)
            if real in plain:
                mode = stat.S_IFDIR
                continue
            mode = os.lstat(real).st_mode
            if stat.S_ISLNK(mode):
                real = os.path.realpath(os.path.join(inside, *pure.parts), strict=True)
                mode = os.stat(real).st_mode
                break
            if stat.S_ISDIR(mode):
                plain.add(real)
    except (OSError, ValueError):  # ValueError: a NUL byte in the path
        return None, f"файл не найден: {base.name}/{pure.as_posix()}"
    if real == inside:  # «.»: the folder itself
        return None, f"это не файл: {base.name}/{pure.as_posix()}"
    if not real.startswith(inside + os.sep):
        return None, "ссылка (symlink) ведёт за пределы папки организации"
    if not stat.S_ISREG(mode):
        return None, f"это не файл: {base.name}/{pure.as_posix()}"
    return Path(real), None


def check_files(org: Org, reader: Reporter, inside: str | None = None) -> dict[tuple[str, str], Path]:
    """Check every file reference of `org`; returns (org slug, ref) → real path for those that are fine.
    `inside`: the real path of the organisation's folder, when the caller knows it."""
    found: dict[tuple[str, str], Path] = {}
    inside = inside or os.path.realpath(org.folder)
    plain_dirs: set[str] = set()

    def check(org_folder: Path, slug: str, record: object, path: tuple, ref: str | None) -> None:
        if not ref:
            return
        real, reason = resolve_inside(org_folder, ref, inside, plain_dirs)
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
