"""MkDocs + Material as the engine. Swapping the engine means replacing this module only.

The generator hands over plain Markdown pages, files and a nav tree; here they become a docs folder, a config
derived from the project's mkdocs.yml (theme, extensions) and a call to MkDocs.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import logging
import os
import re
from collections.abc import Callable, Collection, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import markdown
import yaml
from markupsafe import Markup, escape
from mkdocs import __version__ as mkdocs_version
from mkdocs.structure import pages as mkpages
from mkdocs.structure.nav import Link as MkLink
from mkdocs.structure.nav import Section as MkSection
from mkdocs.structure.pages import Page as MkPage
from mkdocs.structure.toc import get_toc

from generator.derive.files import link_or_copy
from generator.parallel import fork_map
from generator.render.compiled import compiled_templates
from generator.render.pages import NavItem, Page, Site
from generator.render.urls import page_url
from generator.spare import unit_digest
from generator.unchanged import TreeCache, file_key


class StaleSection(Exception):
    """A section given without its Markdown (taken from the caches) is no longer in the section cache."""


class EngineError(Exception):
    """MkDocs refused the site (in strict mode a warning is an error); carries MkDocs' messages."""

    def __init__(self, messages: list[str]) -> None:
        self.messages = messages
        super().__init__("; ".join(messages) or "MkDocs завершился с ошибкой")

    def __reduce__(self) -> tuple[type, tuple[list[str]]]:  # raised in a worker, re-raised in the parent
        return type(self), (self.messages,)


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
        "theme": {"name": "material", "custom_dir": str(custom_dir)},
    }
    if site.url:
        config["site_url"] = site.url  # canonical links and og:url; our own sitemap lists every section
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


@contextlib.contextmanager
def _engine_warnings() -> Iterator[list[str]]:
    """MkDocs' warnings while the block runs (strict: each one is an error of the build)."""
    collector = _Collect()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collector)
    try:
        yield collector.messages
    finally:
        logger.removeHandler(collector)


def _epoch(site: Site) -> str:
    # MkDocs and Material stamp the build date into sitemap and gzip headers; pin it to --today.
    return str(int(datetime(site.today.year, site.today.month, site.today.day, tzinfo=UTC).timestamp()))


_HEADING = re.compile(r"#{1,6}\s")
_TOKEN = "nkhtmlblock{}end"
_TOKEN_P = re.compile(r"<p>nkhtmlblock(\d+)end</p>|nkhtmlblock(\d+)end")


def stash_html(body: str) -> tuple[str, list[str]]:
    """The page's Markdown with every raw HTML block replaced by a one-word paragraph.

    Generated pages are Markdown headings between blocks of HTML. Python-Markdown parses every raw HTML block
    again (with html.parser) only to pass it through unchanged — 60 % of a build. Stashed, the blocks go
    around Markdown: the headings still get their ids, permalinks and table of contents from the configured
    extensions, and the HTML comes back verbatim (`restore_html`)."""
    pieces: list[str] = []
    blocks: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = "\n".join(current).strip("\n")
        if text.strip():
            pieces.append(_TOKEN.format(len(blocks)))
            blocks.append(text)
        current.clear()

    for line in body.split("\n"):
        if _HEADING.match(line):
            flush()
            pieces.append(line)
        else:
            current.append(line)
    flush()
    return "\n\n".join(pieces) + "\n", blocks


def restore_html(html: str, blocks: list[str]) -> str:
    return _TOKEN_P.sub(lambda m: blocks[int(m.group(1) or m.group(2))], html)


# Meta values the theme prints as text (the others are dates and addresses).
_TEXT_META = frozenset({"description", "nk_updated_text"})


def _text(value: str) -> Markup:
    """Text from the data as the theme must print it. Material's templates are not autoescaped and write titles,
    the site name and the description into HTML as they are, so they get them escaped — as Markup, which their
    own `| e` leaves alone (a school named МБОУ "СОШ № 1" is not shown as &quot;)."""
    return escape(value)


def _nav_items(items: list[NavItem], pages: dict[str, MkPage]) -> list[Any]:
    """Our nav tree → MkDocs' objects: pages of the section, links to the rest of the site, sections."""
    result: list[Any] = []
    for item in items:
        if item.path is None:
            section = MkSection(_text(item.title), _nav_items(item.children, pages))
            for child in section.children:
                child.parent = section
            result.append(section)
        elif item.path in pages:
            result.append(pages[item.path])
        else:
            result.append(MkLink(_text(item.title), page_url(item.path) or "./"))
    return result


def _pages_in(items: list[Any]) -> list[MkPage]:
    found: list[MkPage] = []
    for item in items:
        if isinstance(item, MkPage):
            found.append(item)
        elif isinstance(item, MkSection):
            found.extend(_pages_in(item.children))
    return found


class SectionRenderer:
    """Renders the site section by section with the theme's templates, loaded once.

    A section is one organisation's pages (the department's at the root): its navigation holds its own pages
    and links to the rest of the site, so a page's HTML depends only on its section — sections render in
    parallel, and the work grows with the page count, not with its square as in one MkDocs build."""

    def __init__(
        self,
        site: Site,
        project_root: Path,
        work_dir: Path,
        out_dir: Path,
        cache: SectionCache | None = None,
        kept: Collection[str] = (),
        digests: dict[str, str] | None = None,
    ) -> None:
        from mkdocs.config import load_config

        self.site = site
        self.cache = cache
        self.kept = kept  # sections whose folders out_dir already holds, unchanged (generator/spare.py)
        self.digests = digests or {}  # section → its cache key, where already known
        self.out_dir = out_dir
        self.docs_dir = work_dir / "docs"  # where MkDocs believes the sources are: pages come from memory
        self.docs_dir.mkdir(parents=True, exist_ok=True)
        self.config = load_config(
            config_file=str(write_config(site, project_root, work_dir, self.docs_dir, out_dir)), strict=True
        )
        if self.config.plugins:
            raise EngineError(["плагины MkDocs (plugins в mkdocs.yml) не поддерживаются: сборка идёт по разделам"])
        self.config["site_name"] = _text(self.config["site_name"])  # the organisation's name, from the data
        self.env = self.config.theme.get_env()
        self.env.bytecode_cache = compiled_templates(f"mkdocs {mkdocs_version}")
        self.template = self.env.get_template("main.html")
        self.markdown = markdown.Markdown(
            extensions=self.config["markdown_extensions"], extension_configs=self.config["mdx_configs"] or {}
        )
        self.by_section = _sections_of(site)

    def _file(self, path: str) -> Any:
        from mkdocs.structure.files import File

        return File(path, str(self.docs_dir), str(self.out_dir), self.config.use_directory_urls)

    def render_section(self, key: str) -> tuple[list[str], str]:
        """Write the HTML of one section's pages; returns the engine's warnings (strict: each is an error) and
        the section's cache key."""
        from mkdocs.commands.build import get_context
        from mkdocs.structure.files import Files
        from mkdocs.structure.nav import Navigation

        digest = self.digests.get(key) or (self.cache.key(self.site, key, self.by_section[key]) if self.cache else "")
        if key in self.kept or (self.cache and self.cache.restore(digest, self.out_dir)):
            return [], digest
        if any(p.body is None for p in self.by_section[key]):
            raise StaleSection(key)
        written: list[str] = []
        with _engine_warnings() as messages:
            sources = self.by_section[key]
            files = Files([self._file(p.path) for p in sources])
            pages = {p.path: MkPage(_text(p.title), files.get_file_from_path(p.path), self.config) for p in sources}
            items = _nav_items(self.site.sections[key], pages)
            ordered = _pages_in(items)
            for before, after in itertools.pairwise(ordered):  # rel="prev"/"next" within the section
                before.next_page, after.previous_page = after, before
            nav = Navigation(items, ordered)
            if nav.homepage is None:  # a school's section: the theme's logo and title lead to the site's root
                nav.homepage = MkLink(_text(self.site.name), "./")  # type: ignore[assignment]
            section = {"nk_section": _text(self.site.section_titles.get(key, ""))}
            for source in sources:
                page = pages[source.path]
                page.markdown, blocks = stash_html(source.body or "")
                page.meta = section | {k: _text(v) if k in _TEXT_META else v for k, v in source.meta.items()}
                self._convert(page, files)
                page.content = restore_html(page.content or "", blocks)
                page.active = True
                try:
                    output = self.template.render(get_context(nav, files, self.config, page))
                finally:
                    page.active = False
                target = Path(page.file.abs_dest_path)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(output.encode("utf-8", errors="xmlcharrefreplace"))
                written.append(page.file.dest_uri)
        if self.cache and not messages:
            self.cache.store(digest, self.out_dir, written)
        return messages, digest

    def _convert(self, page: MkPage, files: Any) -> None:
        """MkDocs' Page.render with one Markdown instance for all pages: MkDocs makes a new one per page, and
        loading the extensions each time was a quarter of a section's render. The per-page treeprocessors
        are MkDocs' own, registered anew under their names (a registration replaces the previous page's)."""
        md = self.markdown
        md.reset()
        raw_html = mkpages._RawHTMLPreprocessor()
        raw_html._register(md)
        anchors = mkpages._ExtractAnchorsTreeprocessor(page.file, files, self.config)
        anchors._register(md)
        relative = mkpages._RelativePathTreeprocessor(page.file, files, self.config)
        relative._register(md)
        title = mkpages._ExtractTitleTreeprocessor()
        title._register(md)
        page.content = md.convert(page.markdown or "")
        page.toc = get_toc(getattr(md, "toc_tokens", []))
        page._title_from_render = title.title
        page.present_anchor_ids = anchors.present_anchor_ids | raw_html.present_anchor_ids
        page.links_to_anchors = relative.links_to_anchors

    def render_theme(self) -> list[str]:
        """Theme assets (stored once for the whole site), the 404 page and the sitemap."""
        from mkdocs.commands.build import _build_theme_template
        from mkdocs.structure.files import Files
        from mkdocs.structure.nav import Navigation

        with _engine_warnings() as messages:
            files = Files([self._file(p.path) for p in self.site.pages])
            theme = Files([])
            theme.add_files_from_theme(self.env, self.config)
            theme.copy_static_files()
            root = self.by_section.get("", [])
            pages = {p.path: MkPage(_text(p.title), files.get_file_from_path(p.path), self.config) for p in root}
            nav = Navigation(_nav_items(self.site.sections.get("", []), pages), list(pages.values()))
            for name in self.config.theme.static_templates:
                _build_theme_template(name, self.env, files, self.config, nav)
        return messages


def _engine_digest(project_root: Path) -> bytes:
    """Everything besides a section's own pages that its HTML depends on: our code, the theme, the config."""
    import material

    from generator.load.orgcache import code_digest

    h = hashlib.blake2b(code_digest(), digest_size=16)
    config, theme = engine_files(project_root)
    h.update(config.read_bytes())
    for path in sorted(theme.rglob("*")):
        if path.is_file():
            h.update(path.relative_to(theme).as_posix().encode() + b"\0" + path.read_bytes())
    h.update(f"{mkdocs_version}|{material.__version__ if hasattr(material, '__version__') else ''}".encode())
    return h.digest()


class SectionCache(TreeCache):
    """Rendered sections by the digest of what they are made of: a rebuild renders only sections that changed
    and takes the others' HTML as hard links from here. Entries not used by the last build are removed."""

    def __init__(self, folder: Path, context: bytes) -> None:
        super().__init__(folder)
        self.context = context

    def source_key(self, source: str) -> str:
        """The key of a section known by the digest of what it is made from (Site.section_keys)."""
        return hashlib.blake2b(self.context + b"\0source\0" + source.encode(), digest_size=20).hexdigest()

    def has_source(self, source: str) -> bool:
        return (self.folder / self.source_key(source)).is_dir()

    def key(self, site: Site, section: str, pages: list[Page]) -> str:
        if section in site.section_keys:
            return self.source_key(site.section_keys[section])
        h = hashlib.blake2b(self.context, digest_size=20)
        h.update(
            repr(
                (site.name, site.url, site.today, section, site.section_titles.get(section), site.sections[section])
            ).encode()
        )
        for page in pages:
            h.update(b"\0p" + page.path.encode() + b"\0" + page.title.encode() + b"\0" + (page.body or "").encode())
            h.update(repr(sorted(page.meta.items())).encode())
        return h.hexdigest()


def section_cache(project_root: Path, folder: Path) -> SectionCache:
    """The cache of rendered sections for a project (its theme and config are part of every key)."""
    return SectionCache(folder, _engine_digest(project_root))


def unit_digests(site: Site, cache: SectionCache) -> tuple[dict[str, str], dict[str, str]]:
    """What each school's folder of the output is made of (generator/spare.py): its section's pages (their cache
    key), the documents published in it (path, source's identity) and the files generated into it (bytes). The
    department's section lies at the top of the site, among the theme's files: it is not a unit.
    → (unit → digest, section → its cache key)."""
    keys: dict[str, str] = {}
    parts: dict[str, list[bytes]] = {}
    for key, pages in _sections_of(site).items():
        keys[key] = cache.key(site, key, pages)
        if key and all(p.path.startswith(key + "/") for p in pages):
            parts[key] = []
    for path, source in site.files.items():
        unit = path.split("/", 1)[0]
        if unit in parts:
            identity = file_key(source.stat())
            if identity is None:  # its changes cannot be told: the folder is always written anew
                del parts[unit]
            else:
                parts[unit].append(f"f\0{path}\0{source}\0{identity}".encode())
    for path, content in site.generated.items():
        unit = path.split("/", 1)[0]
        if unit in parts:
            parts[unit].append(b"g\0" + path.encode() + b"\0" + hashlib.blake2b(content, digest_size=20).digest())
    units = {unit: unit_digest([keys[unit].encode(), *sorted(items)]) for unit, items in parts.items()}
    return units, keys


def _sections_of(site: Site) -> dict[str, list[Page]]:
    by_section: dict[str, list[Page]] = {}
    for page in site.pages:
        by_section.setdefault(page.section, []).append(page)
    return by_section


def build_html(
    site: Site,
    project_root: Path,
    work_dir: Path,
    out_dir: Path,
    quiet: bool = True,
    parallel: bool = True,
    cache: SectionCache | None = None,
    kept: Collection[str] = (),
    digests: dict[str, str] | None = None,
) -> None:
    """Render `site` to HTML in `out_dir` (which must not exist yet, be empty, or hold only the folders of the
    sections in `kept`, unchanged); sections over all cores. `digests`: the sections' cache keys, where known.
    Raises StaleSection when a section given without its Markdown is not in `cache`."""
    from mkdocs.exceptions import Abort, ConfigurationError

    os.environ["SOURCE_DATE_EPOCH"] = _epoch(site)
    logger = logging.getLogger("mkdocs")
    previous = logger.level
    if quiet:
        logger.setLevel(logging.WARNING)
    try:
        renderer = SectionRenderer(site, project_root, work_dir, out_dir, cache, kept, digests)
        messages = renderer.render_theme()
        for path, source in site.files.items():
            if path.split("/", 1)[0] not in kept:
                link_or_copy(source, out_dir / path)
        for path, content in site.generated.items():
            if path.split("/", 1)[0] not in kept:
                (out_dir / path).parent.mkdir(parents=True, exist_ok=True)
                (out_dir / path).write_bytes(content)
        keys = sorted(renderer.by_section)
        rendered = fork_map(renderer.render_section, keys, min_items=8 if parallel else len(keys) + 1)
        for found, _ in rendered:
            messages.extend(found)
        if cache is not None and not messages:
            cache.prune({digest for _, digest in rendered})  # keys as computed by the renders: not hashed again
    except (Abort, ConfigurationError, SystemExit) as exc:
        raise EngineError([str(exc)]) from None
    finally:
        logger.setLevel(previous)
    if messages:
        raise EngineError(messages)


def serve_html(site_dir: Path, host: str, port: int, rebuild: Callable[[], None], watched: list[Path]) -> None:
    """Live preview: MkDocs' live-reload server over the built folder; a change in a watched folder calls
    `rebuild`, then reloads the open pages."""
    from mkdocs.livereload import LiveReloadServer

    server = LiveReloadServer(builder=rebuild, host=host, port=port, root=str(site_dir))
    for path in watched:
        server.watch(str(path))
    try:
        server.serve()
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
