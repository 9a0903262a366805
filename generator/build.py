"""The whole pipeline: load → derive/render → engine → verify → publish. Each stage is its own package."""

from __future__ import annotations

import shutil
import zipfile
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from generator.check import evaluate
from generator.engine import EngineError, StaleSection, build_html, section_cache, unit_digests
from generator.export.cms import export_cms
from generator.load import Loaded, load_project
from generator.load.rules import load_rules
from generator.parallel import in_background, in_child
from generator.problems import InvalidInput, Problem
from generator.publish import commit, replace_dir, staging
from generator.render.pages import Site, render_site
from generator.render.reuse import PagesCache
from generator.search import SearchIndexError, index_site, shard_sections
from generator.spare import SpareTree, Units, record, reuse
from generator.unchanged import tree_files
from generator.verify.links import BrokenLink, check_links
from generator.verify.personal_data import NameGuard, check_personal_data, leak_messages, withheld_people


@dataclass
class BuildResult:
    pages: int
    files: int  # documents published
    site_dir: Path
    warnings: list[Problem]


class BuildFailed(Exception):
    """The site was generated but is not fit to publish; site/ was left untouched."""

    def __init__(self, messages: list[str]) -> None:
        self.messages = messages
        super().__init__(f"сборка не опубликована: {len(messages)} проблем(ы)")

    def __reduce__(self) -> tuple[type, tuple[list[str]]]:  # raised in a worker, re-raised in the parent
        return type(self), (self.messages,)


def generate(root: Path, today: date, only: str | None = None, reuse: PagesCache | None = None) -> tuple[Loaded, Site]:
    """Data → the checked model → pages: the part of a build that does not depend on the engine. With `reuse`,
    schools whose sources did not change are taken from it (their pages without Markdown, see render/reuse.py)."""
    loaded = load_project(root)
    if only is not None and loaded.project.org(only) is None:
        known = ", ".join(o.slug for o in loaded.project.orgs)
        raise InvalidInput(
            [Problem("data/orgs", None, None, f"нет организации «{only}»; есть: {known}", "unknown_org")]
        )
    report = evaluate(loaded.project, load_rules(root), today, files=loaded.files, facts=loaded.facts)
    return loaded, render_site(loaded, today, report, only, reuse)


SECTIONS_CACHE = Path(".nastavnik") / "cache" / "sections"  # rendered sections, by digest (engine/mkdocs.py)
PAGES_CACHE = Path(".nastavnik") / "cache" / "pages"  # what each school's pages publish, by its sources' digest
SCANS_CACHE = Path(".nastavnik") / "cache" / "scans"  # output files found free of withheld names
SEARCH_CACHE = Path(".nastavnik") / "cache" / "search"  # Pagefind bundles by the pages they index
LINKS_CACHE = Path(".nastavnik") / "cache" / "links"  # what each unchanged page links to (verify/links.py)
TREES_CACHE = Path(".nastavnik") / "cache" / "trees"  # what the site and its spare hold (generator/spare.py)
SITE_MARK = ".nastavnik-site"  # written into every built site: a folder without it is not ours to replace


def check_site_dir(root: Path, site_dir: Path) -> None:
    """Refuse an output folder whose replacement would destroy the project or someone's files."""
    protected = [root, root / "data", root / "content", root / "theme", root / "generator"]
    reason = None
    if any(site_dir == p or p.is_relative_to(site_dir) for p in protected):
        reason = "папка сайта совпадает с папкой проекта или содержит её — сборка заменила бы данные"
    elif any(site_dir.is_relative_to(p) for p in protected[1:]):
        reason = "папка сайта лежит внутри data/, content/ или другой папки проекта"
    elif site_dir.is_dir() and any(site_dir.iterdir()) and not (site_dir / SITE_MARK).is_file():
        reason = "папка не пуста и не является сайтом, собранным nastavnik: её содержимое было бы удалено"
    if reason:
        raise InvalidInput([Problem(str(site_dir), None, None, f"{reason}; укажите другую --site-dir", "bad_site_dir")])


def write_zip(folder: Path, target: Path, today: date) -> None:
    """The folder as a .zip with fixed times and order: the same build gives the same archive."""
    stamp = (today.year, today.month, today.day, 0, 0, 0)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(path.relative_to(folder).as_posix(), stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes())


def build(
    root: Path, today: date, site_dir: Path | None = None, only: str | None = None, cms_base_url: str | None = None
) -> BuildResult:
    """Build the site of the project in `root` into `site_dir` (default root/site).

    Raises InvalidInput (bad data), EngineError or BuildFailed; in every case the previous site stays.
    """
    root = root.resolve()
    site_dir = (site_dir or root / ("site" if only is None else f"site-{only}")).resolve()
    check_site_dir(root, site_dir)
    kind = "site" if only is None else f"org-{only}"  # each kind of output keeps caches of its own
    if only is not None:
        check_site_dir(root, site_dir.with_name(site_dir.name + "-cms"))
    spare = SpareTree(site_dir, root / TREES_CACHE / kind) if only is None else None
    with staging(site_dir) as folder:
        out = folder / "site"
        recorded = spare.take(out) if spare is not None else None  # the replaced site, to start from

        def render() -> tuple[BuildResult, list[list[str]], str, NameGuard, dict[str, str]]:
            sections = section_cache(root, root / SECTIONS_CACHE / kind)
            loaded, site = generate(root, today, only, PagesCache(root / PAGES_CACHE / kind, sections.has_source))
            # names the data holds without a consent, from every organisation: none may reach any page
            guard = NameGuard.of(withheld_people(loaded.project.orgs, loaded.reader.origins))
            units, digests = unit_digests(site, sections)
            kept = reuse(out, recorded, units) if recorded is not None else set()
            try:
                try:
                    build_html(site, root, folder / "work", out, cache=sections, kept=kept, digests=digests)
                except StaleSection:  # another build pruned a section between the two looks: make every page
                    shutil.rmtree(out, ignore_errors=True)
                    loaded, site = generate(root, today, only)
                    units, digests = unit_digests(site, sections)
                    build_html(site, root, folder / "work", out, cache=sections, digests=digests)
            except EngineError as exc:
                raise BuildFailed([f"MkDocs: {m}" for m in exc.messages]) from None
            result = BuildResult(len(site.pages), len(site.files), site_dir, loaded.warnings)
            shards = shard_sections({key: 0 for key in site.sections} | Counter(p.section for p in site.pages))
            return result, shards, urlsplit(site.url).path if site.url else "/", guard, units

        # in a child process: the region's model and pages are given back whole before the indexer needs memory
        result, shards, base_path, guard, units = in_child(render)
        (out / SITE_MARK).write_text("Сайт собран nastavnik; папку можно заменять при следующей сборке.\n")
        listing = tree_files(out)  # one look at the tree serves the index, the checks and the spare's record
        # Pagefind keeps ~1.6 of the two cores busy; the pages' links (none lead into the search bundles) are
        # checked meanwhile
        indexing = in_background(lambda: index_site(out, shards, root / SEARCH_CACHE / kind, listing))
        try:
            broken: list[BrokenLink] = check_links(out, base_path, root / LINKS_CACHE / kind, listing)
        except BaseException:
            indexing.cancel()
            raise
        try:
            bundles = indexing.result()
        except SearchIndexError as exc:
            raise BuildFailed([str(exc)]) from None
        if broken:
            raise BuildFailed([b.render() for b in broken])
        listing += [(f"{b.name}/{rel}", full, st) for b in bundles for rel, full, st in tree_files(b)]
        places = [(out, "")]
        if only is not None:  # a school's section to upload anywhere: the folder, a .zip, fragments for a CMS
            write_zip(out, folder / "archive.zip", today)
            export_cms(out, folder / "cms", cms_base_url)
            places += [(folder / "archive.zip", site_dir.with_suffix(".zip").name)]
            places += [(folder / "cms", site_dir.name + "-cms")]
        # everything to be published is checked before any of it replaces the previous version
        leaks = check_personal_data(guard, places, root / SCANS_CACHE, {out: listing})
        if leaks:
            raise BuildFailed(leak_messages(leaks))
        if only is not None:
            (folder / "archive.zip").replace(site_dir.with_suffix(".zip"))
            replace_dir(folder / "cms", site_dir.with_name(site_dir.name + "-cms"))
        commit(folder, site_dir)
        if spare is not None:
            built: Units = record(listing, units)
            spare.keep(site_dir, built, folder / "site" if (folder / "site").exists() else None)
    return result
