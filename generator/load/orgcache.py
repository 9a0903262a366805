"""Reading many organisation folders fast: a content-addressed cache, and the misses read over all cores.

A folder's reading depends only on its YAML files, the forms vocabulary and this package's code, so its result
is stored under a digest of exactly those. What is stored is the org together with its problems and the
origins of its records (record → file, path), pickled as one object so that records keep their identity.

Entries are signed with a key kept outside the project (HMAC): a cache shipped inside someone's project folder
is not ours and is never unpickled.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import stat
import time
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from generator.derive.files import FileInfo, PdfFacts, file_facts
from generator.load.content import read_org_content
from generator.load.organisations import OrgReader
from generator.load.signed import PackCache
from generator.load.yamlfile import YamlDocument
from generator.model.project import Org
from generator.parallel import settle
from generator.problems import Problem, Problems
from generator.validate.deadlines import check_deadlines
from generator.validate.files import check_files
from generator.validate.privacy import PrivacyScan, scan_privacy

PACKAGE = Path(__file__).resolve().parent.parent


@dataclass
class OrgPart:
    """What reading and checking one organisation on its own produced (data/orgs/<slug>, content/<slug>)."""

    folder: Path
    org: Org | None
    problems: list[Problem]
    declared: set[tuple[str, str]]
    origins: list[tuple[Any, YamlDocument, tuple[str | int, ...]]] = field(default_factory=list)
    files: dict[tuple[str, str], Path] = field(default_factory=dict)  # (slug, reference) → the real file
    facts: dict[Path, tuple[FileInfo, PdfFacts | None]] = field(default_factory=dict)  # what each file is
    privacy: PrivacyScan = field(default_factory=PrivacyScan)
    digest: str = ""  # of the folder as read (folder_digest); "" when read without the cache


@cache
def code_digest() -> bytes:
    """Changes whenever the package's code or vocabulary changes: a cache entry never outlives the code."""
    h = hashlib.blake2b(digest_size=16)
    for path in sorted(PACKAGE.rglob("*")):
        if path.suffix in (".py", ".yml") and "__pycache__" not in path.parts:
            h.update(path.relative_to(PACKAGE).as_posix().encode())
            h.update(path.read_bytes())
    return h.digest()


# A file modified this recently may change again within the file system's timestamp resolution (a second on
# some) without its size or time changing: its bytes are hashed too (git's «racily clean» entries).
RACY_NS = 3 * 10**9


def folder_digest(folder: Path, content: Path, context: bytes) -> str:
    """Digest of everything `read_part` looks at: the name, size, modification time and inode of every file (an
    edit changes the time, a replacement the inode), and the bytes of data files modified in the last seconds."""
    h = hashlib.blake2b(context, digest_size=20)
    now = time.time_ns()
    for base in (folder, content):
        h.update(b"\0r" + str(base).encode())
        for dirpath, dirnames, filenames in os.walk(base):
            dirnames.sort()
            h.update(b"\0d" + dirpath.encode())
            for name in sorted(filenames):
                path = os.path.join(dirpath, name)
                try:
                    st = os.stat(path)
                except OSError:
                    h.update(b"\0missing" + name.encode())
                    continue
                h.update(f"\0f{name}\0{st.st_size}:{st.st_mtime_ns}:{st.st_ino}".encode())
                if (
                    now - st.st_mtime_ns < RACY_NS
                    and name.endswith((".yml", ".yaml", ".md"))
                    and stat.S_ISREG(st.st_mode)  # a named pipe would block the run until someone writes into it
                ):
                    try:
                        with open(path, "rb") as f:  # in pieces: a huge file is refused later, not held here
                            while chunk := f.read(1 << 20):
                                h.update(chunk)
                    except OSError:
                        h.update(b"\0unreadable")
    return h.hexdigest()


def read_part(reader: OrgReader, folder: Path) -> OrgPart:
    """Read one folder with a reader of its own, so that its problems and origins are its own."""
    own = OrgReader(reader.root, Problems(), reader.context, reader.real_folders)
    org = own.read_org(folder)
    if org is None:
        return OrgPart(folder, None, own.problems.items, own.declared)
    about, org.news = read_org_content(own, reader.root / "content" / folder.name)
    if about is not None:
        org.about, org.about_source = about, f"content/{org.slug}/index.md"
    else:
        org.about = org.profile.about
    files = check_files(org, own, own.real_folder(str(folder)))
    facts = {path: file_facts(path) for path in dict.fromkeys(files.values())}
    check_deadlines(org, own)
    privacy = scan_privacy(org, own)
    records = {id(r): r for r in (*org.records(), *(item.meta for item in org.news))}
    origins = [(records[key], doc, prefix) for key, (doc, prefix) in own.origins.items() if key in records]
    for _, doc, _ in origins:
        doc.value = None  # validated into records from here on
        if doc.file.endswith((".yml", ".yaml")):
            doc.drop_lines(reader.root / doc.file)
    return OrgPart(folder, org, own.problems.items, own.declared, origins, files, facts, privacy)


@dataclass
class OrgJob:
    """Reads one folder from the cache when its digest matches, else from disk (then stores it). Made before
    the workers are forked, so they inherit it."""

    reader: OrgReader
    store: PackCache | None
    context: bytes
    pending: list[tuple[str, str, OrgPart]] = field(default_factory=list)  # read, to be stored by `flush`

    @classmethod
    def make(cls, reader: OrgReader, cache_dir: Path | None, folders: list[Path]) -> OrgJob:
        own_forms = reader.root / "data" / "forms.yml"
        context = code_digest() + str(reader.root).encode() + (own_forms.read_bytes() if own_forms.is_file() else b"")
        settle()  # the workers of a load before this one may still be writing their packs
        store = PackCache(cache_dir, {f.name for f in folders}) if cache_dir is not None else None
        return cls(reader, store, context)

    def part(self, folder: Path) -> OrgPart:
        digest = ""
        if self.store is not None:
            digest = folder_digest(folder, self.reader.root / "content" / folder.name, self.context)
            payload = self.store.get(folder.name, digest)
            part = _unpickle(payload) if payload is not None else None
            if part is not None:
                return part
        part = read_part(self.reader, folder)
        part.digest = digest
        if self.store is not None:
            self.pending.append((folder.name, digest, part))
        return part

    def flush(self) -> None:
        """Store the parts read since the last flush (in a worker: the ones it read), as one pack. In a region's
        load each worker calls it after sending its results, while the parent goes on: pickling costs ~0.6 ms
        a school."""
        if self.store is not None:
            for name, digest, part in self.pending:
                self.store.put(name, digest, pickle.dumps(part, pickle.HIGHEST_PROTOCOL))
            self.pending.clear()
            self.store.flush()


def part_reader(reader: OrgReader, part: OrgPart) -> OrgReader:
    """A reader that knows where the part's records came from, for the checks that follow."""
    own = OrgReader(reader.root, Problems(), reader.context)
    for record, doc, prefix in part.origins:
        own.origins[id(record)] = (doc, prefix)
        own.documents[doc.file] = doc
    return own


def _unpickle(payload: bytes) -> OrgPart | None:
    try:
        part = pickle.loads(payload)
    except Exception:  # an entry from an older layout of the classes: read the folder again
        return None
    return part if isinstance(part, OrgPart) else None
