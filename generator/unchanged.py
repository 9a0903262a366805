"""Output files that did not change since an earlier build, told by their identity instead of their bytes.

A rebuild takes the HTML of unchanged sections from the section cache as hard links, so those files keep their
inode, size and modification time from build to build; a file written anew gets a new inode. (device, inode,
size, mtime) is then as good as a hash of the bytes and costs one stat. As with git's index, a file system that
keeps only whole seconds cannot tell two writes within a second apart: there nothing is trusted.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import pickle
import shutil
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from generator.load.orgcache import code_digest
from generator.load.signed import SignedCache

FileKey = tuple[int, int, int, int]


def file_key(st: os.stat_result) -> FileKey | None:
    """The identity of a file's content, or None when its time is too coarse to rely on."""
    if st.st_mtime_ns % 1_000_000_000 == 0:
        return None
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def tree_entries(folder: Path | str, suffix: str = "") -> Iterator[tuple[str, str, os.stat_result]]:
    """(path relative to `folder` in POSIX form, full path, lstat) of every entry under it that is not a folder
    (files, links, anything else) whose name ends with `suffix`, in no particular order. One scandir per folder
    and one lstat per entry: pathlib's rglob and stat cost more than the system calls for a region's 85,000."""
    todo = [("", str(folder))]
    while todo:
        rel_dir, full_dir = todo.pop()
        with os.scandir(full_dir) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    todo.append((f"{rel_dir}{entry.name}/", entry.path))
                elif entry.name.endswith(suffix):
                    yield rel_dir + entry.name, entry.path, entry.stat(follow_symlinks=False)


def tree_files(folder: Path, suffix: str = "") -> list[tuple[str, str, os.stat_result]]:
    """tree_entries' regular files, in the order of sorted(folder.rglob(…))."""
    found = [entry for entry in tree_entries(folder, suffix) if stat.S_ISREG(entry[2].st_mode)]
    found.sort(key=lambda item: item[0].split("/"))
    return found


def digest_of(*parts: object) -> str:
    """A 40-digit digest of values and of this package's code (a cache entry never outlives the code)."""
    h = hashlib.blake2b(code_digest(), digest_size=20)
    h.update(pickle.dumps(parts, pickle.HIGHEST_PROTOCOL))
    return h.hexdigest()


class KnownFiles:
    """Sets of file keys found to pass a check, kept for the next builds: signed, so that nobody can make a
    check skip a file by writing into the project's cache.

    The keys of the last two builds are known: a build starts from the site two builds old (generator/spare.py),
    so the files it keeps — the files each build writes anew, such as a school's manifest or feed — are those of
    the build before the last, and with one generation known a region's 4,000 of them were checked every time."""

    def __init__(self, folder: Path | None, name: str, digest: str) -> None:
        self.store = SignedCache(folder) if folder is not None else None
        self.name, self.digest = name, digest
        payload = self.store.get(name, digest) if self.store is not None else None
        self.last: set[FileKey] = set()
        self.keys: set[FileKey] = set()  # of either build
        try:
            last, before = pickle.loads(payload) if payload is not None else ((), ())
            self.last = set(last)
            self.keys = self.last | set(before)
        except Exception:  # an entry of an older layout: start afresh
            pass

    def save(self, keys: Iterable[FileKey | None]) -> None:
        if self.store is not None:
            now = {k for k in keys if k is not None}
            self.store.put(self.name, self.digest, pickle.dumps((now, self.last - now), 5))


class TreeCache:
    """Folders of output files by a digest of what made them (a section's pages, a search bundle): restored as
    hard links, so the files keep their identity from build to build; entries a build did not use are removed.

    An entry is flat — its files numbered, their paths in a manifest — because every page of a site lives in a
    folder of its own (…/name/index.html) and creating a folder costs ~0.3 ms on this project's machines, a
    hundred times a hard link: nested entries doubled the folders a region's build makes (22,000 per copy)."""

    MANIFEST = "manifest.json"

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def restore(self, key: str, target: Path) -> bool:
        entry = self.folder / key
        try:
            paths = json.loads((entry / self.MANIFEST).read_bytes())
        except (OSError, ValueError):
            return False
        if not isinstance(paths, list) or not all(_inside(rel) for rel in paths):
            return False  # not an entry this code wrote: render again rather than write outside the target
        made: set[str] = set()
        linked: list[str] = []
        try:
            for number, rel in enumerate(paths):
                destination = os.path.join(target, rel)
                parent = os.path.dirname(destination)
                if parent not in made:
                    os.makedirs(parent, exist_ok=True)
                    made.add(parent)
                _link(os.path.join(entry, str(number)), destination)
                linked.append(destination)
        except OSError:  # a damaged entry (a file gone): take back what was linked, and make the output again
            for destination in linked:
                with contextlib.suppress(OSError):
                    os.unlink(destination)
            return False
        return True

    def store(self, key: str, base: Path, files: Iterable[str]) -> None:
        """Keep the files `base`/rel under `key`."""
        tmp = self.folder / f"{key}.{os.getpid()}.tmp"
        try:
            tmp.mkdir(parents=True)
            paths = []
            for number, rel in enumerate(files):
                _link(os.path.join(base, rel), os.path.join(tmp, str(number)))
                paths.append(rel)
            (tmp / self.MANIFEST).write_text(json.dumps(paths, ensure_ascii=False), "utf-8")
            tmp.rename(self.folder / key)
        except OSError:  # another build stored it first, or the disk is full: the cache only saves time
            shutil.rmtree(tmp, ignore_errors=True)

    def prune(self, keep: set[str]) -> None:
        if self.folder.is_dir():
            for entry in self.folder.iterdir():
                if entry.name not in keep:
                    shutil.rmtree(entry, ignore_errors=True)


def _link(source: str, target: str) -> None:
    """A hard link, or a copy where the file system has none (the folder exists: no mkdir per file)."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def _inside(rel: object) -> bool:
    return isinstance(rel, str) and rel != "" and not rel.startswith("/") and ".." not in rel.split("/")
