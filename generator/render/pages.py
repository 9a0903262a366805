"""The pages of every organisation's section, built from the model on the build date."""

from __future__ import annotations

import html
import json
import posixpath
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup, escape

from generator.check.evaluate import Report
from generator.derive.files import FORMAT_LABELS, FileInfo, file_info, human_size
from generator.derive.status import ItemState, item_state, roadmap_start, status_counts
from generator.load import Loaded
from generator.model.base import Attachment
from generator.model.documents import Document, split_ref
from generator.model.people import Participation
from generator.model.practices import Competition, Practice
from generator.model.project import Org, Project
from generator.model.roadmap import Item, Section
from generator.model.vocabulary import LEVEL_ORDER
from generator.parallel import fork_map
from generator.render.charts import bar_chart
from generator.render.compiled import compiled_templates
from generator.render.feeds import FeedEntry, atom_feed, sitemap
from generator.render.freshness import Freshness
from generator.render.machine import calendar, manifest, org_events
from generator.render.markdown import render_markdown
from generator.render.reuse import PagesCache
from generator.render.slug import published_file_name
from generator.render.urls import relative_url
from generator.validate.references import references

TEMPLATES = Path(__file__).resolve().parent / "templates"
MONTHS_GENITIVE = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]
LEVEL_TITLES = {
    "федеральный": "Федеральный уровень",
    "региональный": "Региональный уровень",
    "муниципальный": "Муниципальный уровень",
    "локальный": "Локальные акты организации",
}


@dataclass
class Page:
    path: str  # site path of the Markdown source: «school-1/roadmap.md»
    title: str
    body: str | None  # Markdown (with HTML blocks); None for a page taken whole from the caches (render/reuse.py)
    org: str  # slug of the organisation the page belongs to
    section: str = ""  # the part of the site whose navigation the page carries: a school's slug, "" at the root
    meta: dict[str, str] = field(default_factory=dict)  # for the theme's <head> and footer: description, dates, feed


@dataclass
class NavItem:
    title: str
    path: str | None = None
    children: list[NavItem] = field(default_factory=list)


@dataclass
class Site:
    name: str
    pages: list[Page]
    files: dict[str, Path]  # site path → source file to publish
    sections: dict[str, list[NavItem]]  # section → its navigation: its own pages, links to the rest of the site
    today: date
    generated: dict[str, bytes] = field(default_factory=dict)  # site path → content made here (manifests, .ics)
    section_titles: dict[str, str] = field(default_factory=dict)  # section → the title over its navigation
    url: str | None = None  # where the site is published (the root organisation's section_url), when known
    section_keys: dict[str, str] = field(default_factory=dict)  # section → digest of what it is made from, if known


# --- formatting filters -------------------------------------------------------------------------------------


def rudate(value: date) -> str:
    return f"{value.day} {MONTHS_GENITIVE[value.month - 1]} {value.year} г."


def numdate(value: date) -> str:
    return f"{value:%d.%m.%Y}"


def rudatetime(value: datetime) -> str:
    text = f"{value:%d.%m.%Y %H:%M}"
    if value.utcoffset() is not None:
        text += f" (UTC{value:%z}"[:-2] + ":" + f"{value:%z}"[-2:] + ")"
    return text


def plural(n: int, one: str, few: str, many: str) -> str:
    n = abs(n)
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def number(value: float | None) -> str:
    if value is None:
        return "—"
    text = f"{value:g}"
    return text.replace(".", ",")


_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_{}[]()#+-.!|~"})


def mdtext(value: str) -> Markup:
    """Text for a Markdown heading: HTML escaped, Markdown syntax neutralised. Quotes stay as they are: text
    needs no escaping of them, and the table of contents would show «&#34;» escaped a second time."""
    return Markup(html.escape(value, quote=False).translate(_MD_SPECIAL))


def nl2br(value: str) -> Markup:
    return Markup("<br>".join(str(escape(line.strip())) for line in value.strip().splitlines()))


def tel(value: str) -> str:
    return "".join(c for c in value if c.isdigit() or c == "+")


def _no_heading_at_line_start(value: Any) -> Any:
    """Pages are Markdown headings written by the templates between blocks of HTML: text from the data (a
    roadmap item, a code block in a news story) must never start a line with «#» and become a heading."""
    if isinstance(value, str) and "\n#" in value:  # rare: checked first, for it runs on every value printed
        return Markup(str(escape(value)).replace("\n#", "\n&#35;"))
    return value


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        bytecode_cache=compiled_templates("pages"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        finalize=_no_heading_at_line_start,
    )
    env.filters.update(
        rudate=rudate,
        numdate=numdate,
        datetime=rudatetime,
        plural=plural,
        num=number,
        mdtext=mdtext,
        nl2br=nl2br,
        tel=tel,
    )
    return env


# --- view models --------------------------------------------------------------------------------------------


@dataclass
class DocView:
    doc: Document
    org: Org
    page: str  # the documents page that lists it
    anchor: str
    href: str  # site path of the file, or the external URL
    format: str | None
    size: str | None
    info: FileInfo | None
    approved_by: DocView | None = None
    supersedes: list[DocView] = field(default_factory=list)
    superseded_by: list[DocView] = field(default_factory=list)
    attachments: list[tuple[str, str, str]] = field(default_factory=list)  # (title, href, format and size)


@dataclass
class PracticeView:
    practice: Practice
    org: Org
    slug: str
    page: str
    awards: list[str] = field(default_factory=list)  # short: «1 место, Педагогический дебют, 2023»


@dataclass
class RoadmapRow:
    section: Section | None  # set on the first item of a section
    item: Item
    state: ItemState


class SiteBuilder:
    def __init__(
        self,
        loaded: Loaded,
        today: date,
        report: Report | None = None,
        only: str | None = None,
        reuse: PagesCache | None = None,
    ) -> None:
        self.project: Project = loaded.project
        self.report = report
        self.reuse = reuse
        self.digests = loaded.digests
        self.section_keys: dict[str, str] = {}
        # `only`: one organisation's section on its own, at the root of a self-contained site (build --org)
        self.only = self.project.org(only) if only else None
        self.sources = loaded.files
        self.today = today
        self.env = _environment()
        self.pages: list[Page] = []
        self.generated: dict[str, bytes] = {}
        self.files: dict[str, Path] = {}
        self.published: dict[Path, str] = {}  # source file → its site path (a file shared by records is copied once)
        self.file_infos: dict[Path, FileInfo] = {path: info for path, (info, _) in loaded.facts.items()}
        self.taken_names: dict[str, set[str]] = {}
        self.docs: dict[tuple[str, str], DocView] = {}
        self.docs_of: dict[str, list[DocView]] = {}  # org slug → its documents, in order
        self.practices: dict[tuple[str, str], PracticeView] = {}
        self.practices_of: dict[str, list[PracticeView]] = {}
        self.org_events: dict[str, bytes] = {}  # iCalendar events of each organisation's roadmaps
        self.freshness = Freshness(self.project.root)
        root_org = self.only or self.project.department
        self.url = str(root_org.profile.section_url).rstrip("/") + "/" if root_org.profile.section_url else None

    def events(self, org: Org) -> bytes:
        if org.slug not in self.org_events:
            self.org_events[org.slug] = org_events(org, self.today)
        return self.org_events[org.slug]

    # paths
    def prefix(self, org: Org) -> str:
        return "" if org.is_department or self.only else f"{org.slug}/"

    def in_scope(self) -> list[Org]:
        """Organisations whose pages are built."""
        return [self.only] if self.only else self.project.orgs

    def publish_file(self, org: Org, ref: str) -> tuple[str, FileInfo]:
        source = self.sources[(org.slug, ref)]
        info = self.file_infos.get(source) or file_info(source)
        self.file_infos[source] = info
        if source in self.published:
            return self.published[source], info
        taken = self.taken_names.setdefault("" if self.only else org.slug, set())
        # refs are POSIX paths in the data: a split, not pathlib (0.6 s over a region's 12,700 files)
        path = f"{self.prefix(org)}files/{published_file_name(posixpath.basename(ref), taken)}"
        self.files[path] = source
        self.published[source] = path
        return path, info

    def render(self, template: str, page_path: str, **context: Any) -> str:
        def url(target: str) -> str:
            if target.startswith(("http://", "https://", "mailto:", "tel:")):
                return target
            return relative_url(page_path, target)

        return self.env.get_template(template).render(url=url, today=self.today, **context)

    def add(
        self,
        org: Org,
        name: str,
        title: str,
        template: str,
        sources: list[str] | None = None,
        description: str = "",
        searchable: bool = True,
        **context: Any,
    ) -> None:
        path = self.prefix(org) + name
        body = self.render(template, path, org=org, **context)
        meta = {"description": description or f"{title} — {org.name}: раздел «Наставничество»"}
        if not searchable:  # the theme leaves out data-pagefind-body: Pagefind skips the page (search/__init__.py)
            meta["nk_unindexed"] = "1"
        updated = self.freshness.page(org.slug, name, sources)
        if updated is not None:
            updated = min(updated, self.today)  # a build «as of» a past date does not show later edits
            meta |= {"nk_updated": updated.isoformat(), "nk_updated_text": rudate(updated)}
        if org.news:
            meta["nk_feed"] = self.prefix(org) + "news/feed.xml"
        self.pages.append(Page(path, title, body, org.slug, self.prefix(org).rstrip("/"), meta))

    # documents
    def index_documents(self) -> None:
        for org in self.project.orgs:
            if self.only and org is not self.only and not org.is_department:
                continue
            page = self.prefix(org) + "documents.md"
            for doc in org.documents:
                if self.only and org is not self.only and doc.level == "локальный":
                    continue  # a school's own site shows the department's shared documents only
                if doc.file:
                    href, info = self.publish_file(org, doc.file)
                    fmt = FORMAT_LABELS.get(info.format or "", (info.format or "файл").upper())
                    size = human_size(info.size)
                else:
                    href, info = doc.url or "", None
                    fmt = (doc.format or "").upper() or None
                    size = human_size(doc.size) if doc.size is not None else None
                # anchors carry the organisation: a school page also lists the department's documents
                view = DocView(doc, org, page, f"{org.slug}-{doc.id}", href, fmt, size, info)
                view.attachments = self.attachment_links(org, doc.attachments)
                self.docs[(org.slug, doc.id)] = view
                self.docs_of.setdefault(org.slug, []).append(view)
        for view in self.docs.values():
            org = view.org
            if view.doc.approved_by:
                view.approved_by = self.doc_ref(view.doc.approved_by, org)
            for ref in view.doc.supersedes:
                old = self.doc_ref(ref, org)
                if old is not None:
                    view.supersedes.append(old)
                    old.superseded_by.append(view)

    def attachment_links(self, org: Org, attachments: list[Attachment]) -> list[tuple[str, str, str]]:
        """(title, href, «PDF, 245 КБ») for each attachment; files are published."""
        links = []
        for attachment in attachments:
            if attachment.file:
                href, info = self.publish_file(org, attachment.file)
                label = f"{FORMAT_LABELS.get(info.format or '', 'файл')}, {human_size(info.size)}"
                links.append((attachment.title, href, label))
            else:
                links.append((attachment.title, attachment.url or "", ""))
        return links

    def doc_ref(self, ref: str | None, org: Org) -> DocView | None:
        if ref is None:
            return None
        return self.docs.get(split_ref(ref, org.slug))

    def documents_page(self, org: Org) -> None:
        own = self.docs_of.get(org.slug, [])
        shared = []
        if not org.is_department:
            shared = [v for v in self.docs_of.get(self.project.department.slug, []) if v.doc.level != "локальный"]
        views = shared + own
        current = [v for v in views if v.doc.in_force and not v.superseded_by]
        shown = {id(v) for v in current}  # by identity: `in` compared whole views, models and all, pairwise
        old = [v for v in views if id(v) not in shown]

        def order(v: DocView) -> tuple[int, str, str]:
            return (-(v.doc.date.toordinal() if v.doc.date else 0), v.doc.kind, v.doc.title)

        levels = [(level, sorted((v for v in current if v.doc.level == level), key=order)) for level in LEVEL_ORDER]
        manifest_path = self.prefix(org) + "manifest.json"
        self.generated[manifest_path] = manifest(org, own, manifest_path, self.today)
        self.add(
            org,
            "documents.md",
            "Документы",
            "documents.md.j2",
            levels=levels,
            level_titles=LEVEL_TITLES,
            old=sorted(old, key=order),
            manifest=manifest_path,
        )

    # roadmaps
    def roadmap_page(self, org: Org) -> list[ItemState]:
        views = []
        all_states = []
        for roadmap in org.roadmaps:
            start = roadmap_start(roadmap, self.project.directory, org.slug)
            rows = []
            previous: Section | None = None
            for section, item in roadmap.all_items():
                state = item_state(item, self.today, start)
                all_states.append(state)
                rows.append(RoadmapRow(section if section is not previous else None, item, state))
                previous = section
            file_view = self.doc_ref(roadmap.document, org)
            views.append(
                {
                    "roadmap": roadmap,
                    "rows": rows,
                    "counts": status_counts([r.state for r in rows]),
                    "approved": self.doc_ref(roadmap.approved_by, org),
                    "file": file_view,
                }
            )
        self.generated[self.prefix(org) + "deadlines.ics"] = calendar([self.events(org)], f"Сроки: {org.name}")
        self.add(
            org,
            "roadmap.md",
            "Дорожная карта",
            "roadmap.md.j2",
            roadmaps=views,
            calendar=self.prefix(org) + "deadlines.ics",
        )
        return all_states

    def programmes_page(self, org: Org) -> None:
        groups: dict[str, list[dict[str, Any]]] = {}
        for prog in sorted(org.programmes, key=lambda p: (p.academic_year or "", p.title), reverse=True):
            title = "Персонализированные программы" if prog.personalised else "Программы наставничества"
            groups.setdefault(title, []).append({"programme": prog, "doc": self.doc_ref(prog.document, org)})
        ordered = sorted(groups.items(), key=lambda kv: kv[0] != "Программы наставничества")
        self.add(org, "programmes.md", "Программы", "programmes.md.j2", programmes=ordered)

    def mentors_page(self, org: Org) -> None:
        # The department's page is the municipal bank of mentors: every school's consented mentors.
        owners = self.project.orgs if org.is_department and not self.only else [org]
        shown = []
        total = 0
        for owner in owners:
            total += len(owner.mentors)
            for mentor in owner.mentors:
                if _shown(mentor):
                    photo = self.publish_file(owner, mentor.photo)[0] if mentor.photo else None
                    shown.append({"mentor": mentor, "photo": photo, "org": owner if owner is not org else None})
        shown.sort(key=lambda m: m["mentor"].name or "")
        unpublished = total - len(shown)
        elsewhere = sum(1 for m in shown if m["org"] is not None)
        if elsewhere > MENTORS_SHOWN:  # a region: the department's own here, the schools' on their own pages
            shown = [m for m in shown if m["org"] is None]
        else:
            elsewhere = 0
        participation: list[Participation] = sorted(org.participation, key=lambda p: p.academic_year, reverse=True)
        by_school = []
        if org.is_department and not self.only:  # pairs and mentees per school, as counts, latest year
            for school in self.project.schools:
                if school.participation:
                    latest = max(school.participation, key=lambda p: p.academic_year)
                    by_school.append((school, latest))
        self.add(
            org,
            "mentors.md",
            "Наставники",
            "mentors.md.j2",
            mentors=shown,
            participation=participation,
            by_school=by_school,
            unpublished=unpublished,
            elsewhere=elsewhere,
            schools=self.prefix(org) + "schools.md",
            # the department's list repeats every school's (each indexed on the school's own page), and would make
            # any school's edit re-index the department's part of the search
            searchable=not org.is_department,
        )

    # practices and competitions
    def index_practices(self) -> None:
        for org in self.in_scope():
            for slug, practice in sorted(org.practices.items()):
                page = f"{self.prefix(org)}practices/{slug}.md"
                view = self.practices[(org.slug, slug)] = PracticeView(practice, org, slug, page)
                self.practices_of.setdefault(org.slug, []).append(view)
        for org in self.project.orgs:
            for comp in org.competitions:
                for result in comp.results:
                    if result.practice:
                        view = self.practices.get(split_ref(result.practice, org.slug))
                        if view is not None:
                            view.awards.append(_award(comp, result.place))

    def practices_pages(self, org: Org) -> None:
        views = list(self.practices_of.get(org.slug, []))
        if org.is_department:  # the municipal bank of practices: every school's practices too
            views = list(self.practices.values())
        views.sort(key=lambda v: (-v.practice.year, v.practice.title))
        filters = None
        if len(views) > 1:
            filters = {
                "forms": sorted({f for v in views for f in v.practice.forms}),
                "orgs": sorted({(v.org.slug, v.org.name) for v in views}, key=lambda o: o[1]),
                "years": sorted({v.practice.year for v in views}, reverse=True),
                "tags": sorted({t for v in views for t in v.practice.tags}),
            }
        bank = None
        if org.is_department and len(views) > BANK_SHOWN:  # a region: the newest on the page, all on request
            bank = self.prefix(org) + "practices/bank.json"
            page = self.prefix(org) + "practices/index.md"
            self.generated[bank] = _bank_json(views, org, lambda target: relative_url(page, target))
        self.add(
            org,
            "practices/index.md",
            "Лучшие практики",
            "practices.md.j2",
            practices=views[:BANK_SHOWN] if bank else views,
            total=len(views),
            bank=bank,
            schools=self.prefix(org) + "schools.md",
            filters=filters,
            # a list of what the practices' own pages hold: a query finds the practice, not the list as well (and
            # the department's bank would make any school's edit re-index its part of the search, as above)
            searchable=False,
        )
        for view in self.practices_of.get(org.slug, []):
            materials = self.attachment_links(org, view.practice.materials)
            context = {
                "description": render_markdown(view.practice.description),
                "results": render_markdown(view.practice.results),
                "materials": materials,
                "awards_full": view.awards,
                "org_home": self.prefix(org) + "index.md",
                "back": self.prefix(org) + "practices/index.md",
            }
            page = view.page[len(self.prefix(org)) :]
            self.add(org, page, view.practice.title, "practice.md.j2", p=_Obj(view, context))

    def competitions_page(self, org: Org) -> None:
        views = []
        for comp in sorted(org.competitions, key=lambda c: (-c.year, c.name)):
            results = [
                {"result": r, "practice": self.practices.get(split_ref(r.practice, org.slug)) if r.practice else None}
                for r in comp.results
            ]
            views.append({"competition": comp, "results": results, "doc": self.doc_ref(comp.document, org)})
        self.add(org, "competitions.md", "Конкурсы", "competitions.md.j2", competitions=views)

    def monitoring_page(self, org: Org) -> None:
        dept = {i.id: i for i in self.project.department.monitoring.indicators}
        indicators = []
        for ind in org.monitoring.indicators:
            base = dept.get(ind.id)
            title = ind.title or (base.title if base else ind.id) or ind.id
            targets = {v.period: v for v in base.values} if base and base is not ind else {}
            values = []
            for v in ind.values:
                target = (
                    v.target if v.target is not None else (targets[v.period].target if v.period in targets else None)
                )
                date_ = v.date or (targets[v.period].date if v.period in targets else None)
                values.append({"period": v.period, "date": date_, "target": target, "actual": v.actual})
            by_school = []
            if org.is_department:  # the department also sees each school's actual values
                for school in self.project.schools:
                    own = next((i for i in school.monitoring.indicators if i.id == ind.id), None)
                    if own:
                        actual = {v.period: v.actual for v in own.values}
                        by_school.append((school.name, [actual.get(v["period"]) for v in values]))
            indicators.append(
                {
                    "title": title,
                    "unit": ind.unit,
                    "rows": values,
                    "chart": bar_chart(f"chart-{ind.id}", title, ind.unit, values),
                    "by_school": by_school,
                    "basis": self.doc_ref(ind.basis or (base.basis if base else None), org),
                }
            )
        reports = [
            {"report": r, "doc": self.doc_ref(r.document, org)}
            for r in sorted(org.monitoring.reports, key=lambda r: r.period, reverse=True)
        ]
        self.add(org, "monitoring.md", "Мониторинг", "monitoring.md.j2", indicators=indicators, reports=reports)

    def news_pages(self, org: Org) -> list[dict[str, Any]]:
        items = []
        for item in org.news:
            items.append(_Obj(item, {"page": f"{self.prefix(org)}news/{item.slug}.md"}))
        # the list repeats the news' own pages (as the practices' list does): search finds each item there
        first = len(self.pages)
        self.add(org, "news/index.md", "Новости", "news_index.md.j2", news=items, searchable=False)
        if items:
            entries = [FeedEntry(n.meta.title, n.meta.summary or "", n.meta.date, n.page) for n in items]
            index = self.prefix(org) + "news/index.md"
            self.generated[self.prefix(org) + "news/feed.xml"] = atom_feed(
                f"Новости наставничества — {org.name}", index, entries, self.url, self.today
            )
        for n in items:
            self.add(
                org,
                n.page[len(self.prefix(org)) :],
                n.meta.title,
                "news_item.md.j2",
                sources=[n.source],
                description=n.meta.summary or "",
                n=n,
                body=render_markdown(n.body),
                back=self.prefix(org) + "news/index.md",
            )
        if items and self.url:
            # Material's script fetches «sitemap.xml» beside every <link rel="alternate"> (for its language
            # switcher), so each page announcing the feed asked for news/sitemap.xml and got a 404: the news'
            # own sitemap answers (sitemaps.org lets a sitemap list the addresses below its folder)
            listed = [(p.path, _lastmod(p)) for p in self.pages[first:]]
            self.generated[self.prefix(org) + "news/sitemap.xml"] = sitemap(self.url, listed)[0]
        return items

    def home_page(self, org: Org, news: list[Any], states: list[ItemState]) -> None:
        p = self.prefix(org)
        overdue = sum(1 for s in states if s.status.value == "просрочено")
        docs_count = len(self.docs_of.get(org.slug, []))
        sections: list[tuple[str, str, str]] = [
            (
                "Документы",
                p + "documents.md",
                f"{docs_count} {plural(docs_count, 'документ', 'документа', 'документов')}",
            ),
            (
                "Дорожная карта",
                p + "roadmap.md",
                f"{len(states)} {plural(len(states), 'мероприятие', 'мероприятия', 'мероприятий')}"
                + (f", просрочено: {overdue}" if overdue else ""),
            ),
            ("Программы наставничества", p + "programmes.md", ""),
            ("Наставники", p + "mentors.md", ""),
            ("Лучшие практики", p + "practices/index.md", ""),
            ("Конкурсы", p + "competitions.md", ""),
            ("Мониторинг", p + "monitoring.md", ""),
            ("Новости", p + "news/index.md", ""),
        ]
        if org.is_department and not self.only:
            sections.insert(0, ("Школы", "schools.md", f"{len(self.project.schools)}"))
        elif not self.only:
            sections.append(("Управление образования", "index.md", self.project.department.name))
        elif self.project.department.profile.site:
            dept = self.project.department.profile
            sections.append(("Управление образования", dept.site or "", dept.short_name))
        self.add(
            org, "index.md", org.name, "home.md.j2", about=render_markdown(org.about), sections=sections, news=news[:3]
        )

    def schools_page(self, summaries: list[dict[str, Any]]) -> None:
        scores = {o.slug: o.score for o in self.report.orgs} if self.report else {}
        for summary in summaries:
            summary["score"] = scores.get(summary["org"].slug)
        self.add(
            self.project.department,
            "schools.md",
            "Школы",
            "schools.md.j2",
            schools=summaries,
            checked=bool(self.report),
        )

    def compliance_page(self) -> None:
        if self.report is None:
            return
        orgs = [
            {
                "report": r,
                "home": ("" if r.kind == "управление" else f"{r.slug}/") + "index.md",
                "warnings": [f for f in r.findings if f.failed and f.severity == "warning"],
            }
            for r in sorted(self.report.orgs, key=lambda r: r.score)
        ]
        self.add(
            self.project.department,
            "compliance.md",
            "Соответствие требованиям",
            "compliance.md.j2",
            orgs=orgs,
            deadlines=self.report.deadlines(),
        )

    def index_photos(self) -> None:
        """Photos of the mentors shown, published before the pages: a school's photo appears on its own page and
        in the department's bank under one name, whichever of them is made first (they are made in parallel)."""
        for org in self.in_scope():
            for mentor in org.mentors:
                if _shown(mentor) and mentor.photo:
                    self.publish_file(org, mentor.photo)

    def org_pages(self, org: Org) -> _OrgPages:
        """One organisation's pages and what they publish — for a region, made in a worker process; only
        what the organisation added comes back."""
        pages, files, generated = len(self.pages), set(self.files), set(self.generated)
        self.documents_page(org)
        states = self.roadmap_page(org)
        self.programmes_page(org)
        self.mentors_page(org)
        self.practices_pages(org)
        self.competitions_page(org)
        self.monitoring_page(org)
        news = self.news_pages(org)
        self.home_page(org, news, states)
        summary = None
        if not org.is_department and not self.only:
            summary = {
                "org": org.slug,
                "home": self.prefix(org) + "index.md",
                "documents": len(org.documents),
                "events": len(states),
                "overdue": sum(1 for s in states if s.status.value == "просрочено"),
                "practices": len(org.practices),
                "mentors": sum(1 for m in org.mentors if _shown(m)),
            }
        return _OrgPages(
            self.pages[pages:],
            {k: v for k, v in self.files.items() if k not in files},
            {k: v for k, v in self.generated.items() if k not in generated},
            self.org_events.get(org.slug),
            summary,
        )

    def school_keys(self) -> dict[str, str]:
        """School → the digest of what its pages are made from (render/reuse.py), for the schools it is known of."""
        if self.reuse is None or self.only:
            return {}
        linked: dict[str, set[str]] = {}  # a reference shows data on both sides (an award, «заменён документом»)
        for org in self.project.orgs:
            for _, _, ref, _ in references(org):
                target = split_ref(ref, org.slug)[0]
                linked.setdefault(org.slug, set()).add(target)
                linked.setdefault(target, set()).add(org.slug)
        findings = {o.slug: repr(o) for o in self.report.orgs} if self.report else {}
        dept = self.project.department.slug
        keys = {}
        for org in self.project.schools:
            deps = {org.slug, dept} | linked.get(org.slug, set())
            key = PagesCache.key(deps, self.digests, self.today, findings.get(org.slug))
            if key is not None:
                keys[org.slug] = key
        return keys

    def made_pages(self) -> list[_OrgPages]:
        """Each organisation's pages: made over all cores, or a school's taken from the cache when nothing it is
        made from changed."""
        orgs = self.in_scope()
        keys = self.school_keys()
        made: list[_OrgPages | None] = [None] * len(orgs)
        if self.reuse is not None:
            for i, org in enumerate(orgs):
                if org.slug in keys:
                    made[i] = self.reuse.get(org.slug, keys[org.slug])
        todo = [i for i, m in enumerate(made) if m is None]
        for i, out in zip(todo, fork_map(self.org_pages, [orgs[i] for i in todo]), strict=True):
            made[i] = out
            if self.reuse is not None and orgs[i].slug in keys:
                self.reuse.put(orgs[i].slug, keys[orgs[i].slug], out)
        if self.reuse is not None:
            self.reuse.flush(set(keys))
        self.section_keys = {self.prefix(o).rstrip("/"): keys[o.slug] for o in orgs if o.slug in keys}
        return made  # type: ignore[return-value]

    def build(self) -> Site:
        self.index_documents()
        self.index_practices()
        self.index_photos()
        summaries = []
        sections: dict[str, list[NavItem]] = {}
        titles: dict[str, str] = {}
        search = NavItem("Поиск", "search.md")
        pages, files, generated = list(self.pages), dict(self.files), dict(self.generated)
        made = self.made_pages()
        self.pages, self.files, self.generated = pages, files, generated  # then each organisation's additions
        for org, out in zip(self.in_scope(), made, strict=True):
            self.pages.extend(out.pages)
            self.files.update(out.files)
            self.generated.update(out.generated)
            if out.events is not None:
                self.org_events[org.slug] = out.events
            if out.summary is not None:
                key = self.prefix(org).rstrip("/")
                sections[key] = [*_section_nav(self.prefix(org)), NavItem(UP_TITLE, "index.md"), search]
                titles[key] = org.name
                summaries.append({**out.summary, "org": org})
        if self.only:
            self.add(self.only, "search.md", "Поиск", "search.md.j2")
            return self.site(self.only.name, {"": [*_section_nav(""), search]}, {})
        self.schools_page(summaries)
        self.compliance_page()
        self.add(self.project.department, "search.md", "Поиск", "search.md.j2")
        self.generated["deadlines-all.ics"] = calendar(
            [self.events(o) for o in self.project.orgs], f"Сроки: {self.project.department.name} и школы"
        )
        dept_nav = _section_nav("")
        schools = [NavItem("Все школы", "schools.md")]
        if self.report:
            schools.append(NavItem("Соответствие требованиям", "compliance.md"))
        if len(summaries) <= MAX_SCHOOLS_IN_NAV:  # a region's hundreds would outweigh every page: the list has them
            schools.extend(NavItem(s["org"].name, s["home"]) for s in summaries)
        sections[""] = [dept_nav[0], NavItem("Школы", None, schools), *dept_nav[1:], search]
        return self.site(self.project.department.name, sections, titles)

    def site(self, name: str, sections: dict[str, list[NavItem]], titles: dict[str, str]) -> Site:
        self.pages.sort(key=lambda p: p.path)
        if self.url:
            listed = [(p.path, _lastmod(p)) for p in self.pages]
            self.generated["sitemap.xml"], self.generated["sitemap.xml.gz"] = sitemap(self.url, listed)
        return Site(
            name,
            self.pages,
            dict(sorted(self.files.items())),
            sections,
            self.today,
            dict(sorted(self.generated.items())),
            titles,
            self.url,
            self.section_keys,
        )


def _lastmod(page: Page) -> date | None:
    """When the page's data last changed, for a sitemap."""
    return date.fromisoformat(page.meta["nk_updated"]) if "nk_updated" in page.meta else None


@dataclass
class _OrgPages:
    pages: list[Page]
    files: dict[str, Path]
    generated: dict[str, bytes]
    events: bytes | None
    summary: dict[str, Any] | None


def _shown(mentor: Any) -> bool:
    """A mentor is shown by name only with the name published and the consent recorded (152-ФЗ)."""
    return bool(mentor.name and mentor.publish and mentor.consent)


UP_TITLE = "Управление образования и все школы"
MAX_SCHOOLS_IN_NAV = 30


def _section_nav(prefix: str) -> list[NavItem]:
    return [
        NavItem("О разделе", prefix + "index.md"),
        NavItem("Документы", prefix + "documents.md"),
        NavItem("Дорожная карта", prefix + "roadmap.md"),
        NavItem("Программы", prefix + "programmes.md"),
        NavItem("Наставники", prefix + "mentors.md"),
        NavItem("Лучшие практики", prefix + "practices/index.md"),
        NavItem("Конкурсы", prefix + "competitions.md"),
        NavItem("Мониторинг", prefix + "monitoring.md"),
        NavItem("Новости", prefix + "news/index.md"),
    ]


# Mentors of the schools a department's bank of mentors lists; beyond that (a region: 10,000 mentors were a
# 3.8 MB page) it lists its own and sends to each school's page, where every consented mentor is.
MENTORS_SHOWN = 300

# Practices a department's bank shows on its page; a region's further practices (7,000 cards were a 7 MB page)
# come from practices/bank.json when a visitor filters or asks for all (theme/assets/filters.js). Without
# JavaScript every practice is still reached through its school's own list.
BANK_SHOWN = 100


def _bank_json(views: list[PracticeView], department: Org, url: Callable[[str], str]) -> bytes:
    """Every practice of the bank as the filters need it, in the page's order; addresses relative to the page."""
    entries = []
    for v in views:
        entry = {"t": v.practice.title, "u": url(v.page), "o": v.org.slug, "f": v.practice.forms}
        entry |= {"y": v.practice.year, "g": v.practice.tags, "a": v.awards, "s": v.practice.summary}
        if v.org is not department:
            entry["n"] = v.org.name
        entries.append(entry)
    return json.dumps(entries, ensure_ascii=False, separators=(",", ":")).encode()


def _award(comp: Competition, place: str) -> str:
    nomination = f", номинация «{comp.nomination}»" if comp.nomination else ""
    place_text = f"{place} место" if place.isdigit() else place
    return f"{place_text}: «{comp.name}»{nomination}, {comp.year}"


class _Obj:
    """A record with extra attributes for a template, without copying the record."""

    def __init__(self, base: object, extra: dict[str, Any]) -> None:
        self._base = base
        self._extra = extra

    def __getattr__(self, name: str) -> Any:
        extra = self.__dict__["_extra"]
        if name in extra:
            return extra[name]
        return getattr(self.__dict__["_base"], name)


def render_site(
    loaded: Loaded,
    today: date,
    report: Report | None = None,
    only: str | None = None,
    reuse: PagesCache | None = None,
) -> Site:
    return SiteBuilder(loaded, today, report, only, reuse).build()
