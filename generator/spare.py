"""The site a build replaces is kept beside site/ and becomes the next build's starting tree.

Every page of a site lives in a folder of its own (…/name/index.html): a region's site is 23,000 folders.
Making a new tree of them for each build and removing the replaced one took ~6 s of a 27 s rebuild on this
project's machines (a folder costs ~0.1 ms to make and as much to remove; the pages themselves are hard links).
So the replaced site is not removed: it waits as `.site.spare` and the next build starts from it, keeping the
folder of each school whose output did not change and writing everything else anew.

A school's folder (a unit) is kept only when both hold:
- what it is made of is the same: the digest of its section's pages (the section cache's key), of the documents
  published in it (path and the source file's identity) and of the files generated into it (their bytes);
- it holds exactly the files recorded when it was built, each with the same identity (device, inode, size,
  modification time): a file edited, removed or added, or anything but a regular file, makes it written anew.

The records are signed like every cache (`load/signed.py`). The first build of a site has nothing to replace; it
leaves a copy of its site (folders and hard links) as the spare, so the second build starts from one too.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import stat
from collections.abc import Iterable
from pathlib import Path

from generator.load.signed import SignedCache
from generator.parallel import fork_map
from generator.publish import remove_entries
from generator.unchanged import FileKey, digest_of, file_key, tree_entries

Listing = tuple[tuple[str, FileKey], ...]  # a unit's files: (path inside the unit, identity), sorted
Units = dict[str, tuple[str, Listing]]  # unit (a folder at the top of the site) → (its digest, its files)
Tree = tuple[int, int]  # (device, inode) of a site's top folder: it keeps them through the renames


def unit_digest(parts: Iterable[bytes]) -> str:
    h = hashlib.blake2b(digest_size=20)
    for part in parts:
        h.update(len(part).to_bytes(8, "little") + part)
    return h.hexdigest()


def _tree(path: Path) -> Tree | None:
    try:
        st = path.lstat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino) if stat.S_ISDIR(st.st_mode) else None


def listing_of(folder: str) -> Listing | None:
    """Every file under `folder` with its identity; None when something there is not a regular file or its
    identity cannot be told (a file system that keeps whole seconds)."""
    found: list[tuple[str, FileKey]] = []
    for rel, _, st in tree_entries(folder):
        key = file_key(st) if stat.S_ISREG(st.st_mode) else None
        if key is None:
            return None
        found.append((rel, key))
    return tuple(sorted(found))


def _intact(job: tuple[str, Listing]) -> bool:
    folder, recorded = job
    try:
        return listing_of(folder) == recorded
    except OSError:
        return False


class SpareTree:
    """The spare of the site in `site_dir`, and the records of the trees it may be (signed, in `records_dir`)."""

    def __init__(self, site_dir: Path, records_dir: Path) -> None:
        self.site_dir = site_dir
        self.path = site_dir.with_name(f".{site_dir.name}.spare")
        self.store = SignedCache(records_dir)
        self.digest = digest_of("spare-trees")
        self.records: dict[Tree, Units] = {}
        payload = self.store.get("trees", self.digest)
        if payload is not None:
            try:
                self.records = pickle.loads(payload)
            except Exception:  # an entry of an older layout: no tree is known
                self.records = {}

    def take(self, out: Path) -> Units | None:
        """Move the spare to `out`, where the build writes; the units recorded of it ({} when none are known, and
        then nothing of it is kept), or None when there is no spare."""
        tree = _tree(self.path)
        if tree is None:
            return None
        self.path.rename(out)
        return self.records.get(tree, {})

    def keep(self, built: Path, units: Units, replaced: Path | None) -> None:
        """After the swap: `built` is the site now; the tree it replaced (`replaced`, if any) becomes the spare,
        or else a copy of the site does. Records are kept for these two trees only. Runs under the build lock."""
        live = _tree(built)
        if live is None:
            return
        records = {live: units}
        # copies left by killed builds, and whatever else took the spare's name (take() moved the spare away)
        remove_entries([str(p) for p in self.path.parent.glob(f"{self.path.name}.*.tmp")])
        if os.path.lexists(self.path):
            remove_entries([str(self.path)])
        spare = _tree(replaced) if replaced is not None else None
        if replaced is not None and spare is not None:
            try:
                replaced.rename(self.path)
            except OSError:  # left where it is: the staging folder goes, and the next build makes a whole tree
                return
            if spare in self.records:
                records[spare] = self.records[spare]
        else:
            copy = self.path.with_name(self.path.name + f".{os.getpid()}.tmp")
            try:
                _clone(built, copy, units)
                copy.rename(self.path)
            except Exception:  # no room, no hard links here, a worker lost: the site is published all the same,
                remove_entries([str(copy)])  # and the next build makes a whole tree, as before
            else:
                tree = _tree(self.path)
                if tree is not None:
                    records[tree] = units
        self.store.put("trees", self.digest, pickle.dumps(records, pickle.HIGHEST_PROTOCOL))


def reuse(out: Path, recorded: Units, wanted: dict[str, str]) -> set[str]:
    """Keep the units of the tree in `out` that are unchanged (`wanted`: unit → digest of what the build makes
    it of) and intact; remove everything else from it. → the units kept."""
    names = os.listdir(out)
    candidates = [
        n
        for n in names
        if n in recorded and n in wanted and recorded[n][0] == wanted[n] and not os.path.islink(out / n)
    ]
    intact = fork_map(_intact, [(str(out / n), recorded[n][1]) for n in candidates], min_items=64)
    kept = {n for n, ok in zip(candidates, intact, strict=True) if ok}
    remove_entries([str(out / n) for n in names if n not in kept])
    return kept


def record(files: Iterable[tuple[str, str, os.stat_result]], wanted: dict[str, str]) -> Units:
    """The units of a finished tree from its files ((path in the site, full path, lstat), as tree_files gives
    them): a unit with a file whose identity cannot be told is left out (never kept)."""
    found: dict[str, list[tuple[str, FileKey]]] = {}
    unknown: set[str] = set()
    for rel, _, st in files:
        unit, sep, inner = rel.partition("/")
        if not sep or unit not in wanted:
            continue
        key = file_key(st)
        if key is None:
            unknown.add(unit)
        else:
            found.setdefault(unit, []).append((inner, key))
    return {u: (wanted[u], tuple(sorted(found[u]))) for u in found if u not in unknown}


def _clone_unit(job: tuple[str, str, Listing]) -> None:
    source, target, listing = job
    made: set[str] = set()
    for rel, _ in listing:
        parent = os.path.dirname(os.path.join(target, rel))
        if parent not in made:
            os.makedirs(parent, exist_ok=True)
            made.add(parent)
        os.link(os.path.join(source, rel), os.path.join(target, rel))


def _clone(site: Path, copy: Path, units: Units) -> None:
    """A copy of the recorded units of `site` (the rest the next build writes anew anyway): folders and links."""
    copy.mkdir()
    fork_map(_clone_unit, [(str(site / u), str(copy / u), units[u][1]) for u in sorted(units)], min_items=64)
