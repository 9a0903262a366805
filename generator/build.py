"""The whole pipeline: load → derive/render → engine → verify → publish. Each stage is its own package."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from generator.check import evaluate
from generator.engine import build_html
from generator.export.cms import export_cms
from generator.load import Loaded, load_project
from generator.load.rules import load_rules
from generator.problems import InvalidInput, Problem
from generator.publish import commit, replace_dir, staging
from generator.render.pages import Site, render_site
from generator.search import SearchIndexError, index_site
from generator.verify.links import BrokenLink, check_links


@dataclass
class BuildResult:
    site: Site
    site_dir: Path
    warnings: list[Problem]


class BuildFailed(Exception):
    """The site was generated but is not fit to publish; site/ was left untouched."""

    def __init__(self, messages: list[str]) -> None:
        self.messages = messages
        super().__init__(f"сборка не опубликована: {len(messages)} проблем(ы)")


def generate(root: Path, today: date, only: str | None = None) -> tuple[Loaded, Site]:
    """Data → the checked model → pages: the part of a build that does not depend on the engine."""
    loaded = load_project(root)
    if only is not None and loaded.project.org(only) is None:
        known = ", ".join(o.slug for o in loaded.project.orgs)
        raise InvalidInput(
            [Problem("data/orgs", None, None, f"нет организации «{only}»; есть: {known}", "unknown_org")]
        )
    report = evaluate(loaded.project, load_rules(root), today, files=loaded.files)
    return loaded, render_site(loaded, today, report, only)


def build(
    root: Path, today: date, site_dir: Path | None = None, only: str | None = None, cms_base_url: str | None = None
) -> BuildResult:
    """Build the site of the project in `root` into `site_dir` (default root/site).

    Raises InvalidInput (bad data), EngineError or BuildFailed; in every case the previous site stays.
    """
    from generator.engine.mkdocs import EngineError

    root = root.resolve()
    site_dir = (site_dir or root / ("site" if only is None else f"site-{only}")).resolve()
    loaded, site = generate(root, today, only)
    with staging(site_dir) as folder:
        out = folder / "site"
        try:
            build_html(site, root, folder / "work", out)
        except EngineError as exc:
            raise BuildFailed([f"MkDocs: {m}" for m in exc.messages]) from None
        try:
            index_site(out)
        except SearchIndexError as exc:
            raise BuildFailed([str(exc)]) from None
        broken: list[BrokenLink] = check_links(out)
        if broken:
            raise BuildFailed([b.render() for b in broken])
        if only is not None:  # a school's section to upload anywhere: the folder, a .zip, fragments for a CMS
            archive = shutil.make_archive(str(folder / "archive"), "zip", root_dir=out)
            Path(archive).replace(site_dir.with_suffix(".zip"))
            export_cms(out, folder / "cms", cms_base_url)
            replace_dir(folder / "cms", site_dir.with_name(site_dir.name + "-cms"))
        commit(folder, site_dir)
    return BuildResult(site, site_dir, loaded.warnings)
