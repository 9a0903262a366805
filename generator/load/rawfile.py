"""Reading the project's files with as few system calls as the job needs: a region has tens of thousands of them,
and pathlib's stat + open + read (with its own fstat, lseek and isatty) cost eight times what the bytes do."""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path


class TooLarge(Exception):
    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


def read_limited(path: Path | str, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes. Raises TooLarge (with the size) beyond it, OSError
    when the file cannot be read — a directory or a named pipe included (a pipe would block the build)."""
    fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC | os.O_NONBLOCK)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise OSError(errno.EINVAL, "это не обычный файл")
        if st.st_size > limit:
            raise TooLarge(st.st_size)
        parts: list[bytes] = []
        total, want = 0, st.st_size + 1
        while True:  # the file may have grown since fstat: read on to its end, within the limit
            chunk = os.read(fd, want)
            if not chunk:
                break
            parts.append(chunk)
            total += len(chunk)
            if total > limit:
                raise TooLarge(total)
            if len(chunk) < want:  # a regular file gives less than asked only at its end
                break
            want = 1 << 16
        return parts[0] if len(parts) == 1 else b"".join(parts)
    finally:
        os.close(fd)


@dataclass(frozen=True, slots=True)
class Listing:
    """A folder's entries from one scandir: which are files, folders, links — without a stat per name."""

    names: tuple[str, ...]  # every entry, sorted: pipes, sockets and broken links too, to be reported
    files: frozenset[str]  # regular files, through links
    folders: frozenset[str]
    links: frozenset[str]


def list_folder(folder: Path | str) -> Listing | None:
    """None when `folder` is not a readable folder."""
    names, files, folders, links = [], set(), set(), set()
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                names.append(entry.name)
                if entry.is_symlink():
                    links.add(entry.name)
                if entry.is_file():  # follows a link, as reading the file will
                    files.add(entry.name)
                elif entry.is_dir():
                    folders.add(entry.name)
    except OSError:
        return None
    return Listing(tuple(sorted(names)), frozenset(files), frozenset(folders), frozenset(links))


EMPTY = Listing((), frozenset(), frozenset(), frozenset())
