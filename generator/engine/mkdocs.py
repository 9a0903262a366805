"""MkDocs + Material as the engine. Swapping the engine means replacing this module only.

The generator hands over plain Markdown pages, files and a nav tree; here they become a docs folder, a config
derived from the project's mkdocs.yml (theme, extensions) and a call to MkDocs.
"""

from __future__ import annotations

import logging
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from generator.render.pages import NavItem, Site


class EngineError(Exception):
    """MkDocs refused the site (in strict mode a warning is an error); carries MkDocs' messages."""

    def __init__(self, messages: list[str]) -> None:
        self.messages = messages
        super().__init__("; ".join(messages) or "MkDocs завершился с ошибкой")


def _nav(items: list[NavItem]) -> list[Any]:
    return [{i.title: i.path} if i.path else {i.title: _nav(i.children)} for i in items]


def write_sources(site: Site, docs_dir: Path) -> bool:
    """Write pages and files into `docs_dir`, touching only what changed (so a live preview reloads only
    what it must). Returns True when anything changed."""
    wanted: dict[Path, bytes | Path] = {}
    for page in site.pages:
        wanted[docs_dir / page.path] = page.body.encode("utf-8")
    for path, content in site.generated.items():
        wanted[docs_dir / path] = content
    for path, source in site.files.items():
        wanted[docs_dir / path] = source
    changed = False
    for target, content in wanted.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            if not target.is_file() or target.read_bytes() != content:
                target.write_bytes(content)
                changed = True
        else:
            stat = content.stat()
            if not target.is_file() or target.stat().st_size != stat.st_size or target.stat().st_mtime < stat.st_mtime:
                shutil.copyfile(content, target)
                changed = True
    if docs_dir.is_dir():
        for existing in sorted(docs_dir.rglob("*"), reverse=True):
            if existing.is_file() and existing not in wanted:
                existing.unlink()
                changed = True
            elif existing.is_dir() and not any(existing.iterdir()):
                existing.rmdir()
    return changed


def write_config(site: Site, project_root: Path, work_dir: Path, docs_dir: Path, site_dir: Path) -> Path:
    """A config that inherits the project's mkdocs.yml and adds what the data decides (nav, site name).

    `mkdocs serve -f <this file>` works as a plain MkDocs preview of the generated site.
    """
    base, custom_dir = engine_files(project_root)
    config = {
        "INHERIT": str(base),
        "site_name": f"Наставничество — {site.name}",
        "docs_dir": str(docs_dir),
        "site_dir": str(site_dir),
        "nav": _nav(site.nav),
        "theme": {"name": "material", "custom_dir": str(custom_dir)},
    }
    path = work_dir / "mkdocs.yml"
    text = "# Создан nastavnik build; не редактируйте — правьте mkdocs.yml в корне проекта.\n"
    text += yaml.safe_dump(config, allow_unicode=True, sort_keys=False)
    if not path.is_file() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
    return path


# The defaults that ship with nastavnik: a project without its own mkdocs.yml or theme/ uses these.
DEFAULT_ROOT = Path(__file__).resolve().parents[2]


def engine_files(project_root: Path) -> tuple[Path, Path]:
    """The base MkDocs config and the theme overrides: the project's own, else nastavnik's defaults."""
    config = project_root / "mkdocs.yml"
    theme = project_root / "theme"
    if not config.is_file():
        config = DEFAULT_ROOT / "mkdocs.yml"
    if not theme.is_dir():
        theme = DEFAULT_ROOT / "theme"
    return config, theme


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def _epoch(site: Site) -> str:
    # MkDocs and Material stamp the build date into sitemap and gzip headers; pin it to --today.
    return str(int(datetime(site.today.year, site.today.month, site.today.day, tzinfo=UTC).timestamp()))


def build_html(site: Site, project_root: Path, work_dir: Path, out_dir: Path, quiet: bool = True) -> None:
    """Render `site` to HTML in `out_dir` (which must not exist yet or be empty)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError

    docs_dir = work_dir / "docs"
    write_sources(site, docs_dir)
    config_file = write_config(site, project_root, work_dir, docs_dir, out_dir)
    os.environ["SOURCE_DATE_EPOCH"] = _epoch(site)
    collector = _Collect()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collector)
    previous = logger.level
    if quiet:
        logger.setLevel(logging.WARNING)
    try:
        config = load_config(config_file=str(config_file), strict=True)
        build(config)
    except (Abort, ConfigurationError, SystemExit) as exc:
        raise EngineError(collector.messages or [str(exc)]) from None
    finally:
        logger.removeHandler(collector)
        logger.setLevel(previous)


def serve_html(config_file: Path, host: str, port: int) -> None:
    """Live preview: MkDocs serves and reloads the browser when the generated docs change."""
    from mkdocs.commands.serve import serve

    serve(config_file=str(config_file), livereload=True, dev_addr=f"{host}:{port}", watch=[])
