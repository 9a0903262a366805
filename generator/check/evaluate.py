"""One evaluator for every rule: the model on a date → findings per organisation and rule, and a score."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path

from generator.derive.files import (
    ALLOWED_FORMATS,
    MAX_PUBLISHED_BYTES,
    FileInfo,
    PdfFacts,
    file_facts,
    human_size,
)
from generator.derive.status import ItemState, Status, item_state, roadmap_start
from generator.model.base import academic_year_bounds, academic_year_of
from generator.model.directory import Directory
from generator.model.documents import Document
from generator.model.project import Org, Project
from generator.model.roadmap import Item, Roadmap
from generator.parallel import fork_map
from generator.problems import Problem
from generator.rules.model import Rule


class Outcome(StrEnum):
    FOUND = "found"
    PARTIAL = "partial"
    MISSING = "missing"


OUTCOME_RU = {Outcome.FOUND: "есть", Outcome.PARTIAL: "частично", Outcome.MISSING: "нет"}
_SCORE = {Outcome.FOUND: 1.0, Outcome.PARTIAL: 0.5, Outcome.MISSING: 0.0}


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    title: str
    org: str
    outcome: Outcome
    severity: str  # error | warning — as in force on the check date
    message: str  # what was found, in Russian
    fix: str
    basis: str
    evidence: tuple[str, ...] = ()  # ids of the records that satisfy the rule, or the items concerned

    @property
    def failed(self) -> bool:
        return self.outcome is not Outcome.FOUND


@dataclass
class OrgReport:
    slug: str
    name: str
    kind: str
    findings: list[Finding] = field(default_factory=list)

    @property
    def score(self) -> float:
        """Percentage over the organisation's rules: found 1, partial ½, missing 0."""
        if not self.findings:
            return 100.0
        return round(100 * sum(_SCORE[f.outcome] for f in self.findings) / len(self.findings), 1)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.failed and f.severity == "error"]


@dataclass
class Report:
    today: date
    orgs: list[OrgReport]
    title: str = "Проверка раздела «Наставничество»"

    @property
    def failed(self) -> bool:
        return any(o.errors for o in self.orgs)

    def deadlines(self) -> list[tuple[OrgReport, tuple[str, ...], tuple[str, ...]]]:
        """The department's view over all organisations: (org, overdue items, items due soon), worst first."""
        rows = []
        for org in self.orgs:
            by_rule = {f.rule: f for f in org.findings}
            overdue = by_rule["roadmap-overdue"].evidence if "roadmap-overdue" in by_rule else ()
            due = by_rule["roadmap-due-soon"].evidence if "roadmap-due-soon" in by_rule else ()
            rows.append((org, overdue, due))
        return sorted(rows, key=lambda r: (-len(r[1]), -len(r[2]), r[0].name))


def rule_matches(rule: Rule, kind: str, level: str, audience: list[str], title: str) -> bool:
    """Whether a document of this kind, level, audience and title is what a `document` rule asks for (the audit
    asks the same of what it read on a site)."""
    if rule.kind and kind not in rule.kind:
        return False
    if rule.level and level != rule.level:
        return False
    if rule.audience and audience and rule.audience not in audience:
        return False
    lowered = title.lower()
    by_title = any(stem.lower() in lowered for stem in rule.title_any)
    by_audience = bool(rule.audience and rule.audience in audience)
    return by_title or by_audience or not (rule.title_any or rule.audience)


def finding(rule: Rule, org: str, outcome: Outcome, message: str, evidence: tuple[str, ...], today: date) -> Finding:
    """A rule's finding on `today`: before the rule's deadline a failure is only a warning."""
    severity = rule.severity
    if outcome is not Outcome.FOUND and rule.deadline and today < rule.deadline:
        severity, message = "warning", f"{message}; требуется к {rule.deadline:%d.%m.%Y}"
    return Finding(rule.id, rule.title, org, outcome, severity, message, rule.fix, rule.basis, evidence)


# What is wrong with a published file, said the same way by the check (our files) and the audit (a site's).
UNREADABLE_PDF = "PDF повреждён и не открывается"
SCAN = "скан без текстового слоя"


def format_problem(found: str | None) -> str:
    return f"содержимое — {found or 'неизвестный формат'}, а допустимы {', '.join(sorted(ALLOWED_FORMATS))}"


def size_problem(size: int) -> str | None:
    return f"{human_size(size)} — больше 15 МБ" if size > MAX_PUBLISHED_BYTES else None


def months_ago(today: date, months: int) -> date:
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    return date(year, month + 1, min(today.day, 28))


class Evaluator:
    def __init__(
        self,
        directory: Directory,
        today: date,
        files: dict[tuple[str, str], Path] | None = None,
        facts: dict[Path, tuple[FileInfo, PdfFacts | None]] | None = None,
    ) -> None:
        self.directory = directory
        self.today = today
        self.files = files if files is not None else {}
        self._facts = facts if facts is not None else {}  # as the loader found them (and cached them)
        self.year = academic_year_of(today)
        self._states_of: Org | None = None
        self._item_states: list[tuple[Roadmap, Item, ItemState]] = []
        self.checks: dict[str, Callable[[Rule, Org], tuple[Outcome, str, tuple[str, ...]]]] = {
            "document": self.document,
            "roadmap": self.roadmap,
            "roadmap_overdue": self.roadmap_overdue,
            "roadmap_due": self.roadmap_due,
            "programme": self.programme,
            "participation": self.participation,
            "monitoring": self.monitoring,
            "indicators": self.indicators,
            "practices": self.practices,
            "news": self.news,
            "contacts": self.contacts,
            "file_format": self.file_format,
            "file_size": self.file_size,
            "file_text_layer": self.file_text_layer,
            "file_signature": self.file_signature,
        }

    # documents
    def _matches(self, rule: Rule, doc: Document) -> bool:
        return rule_matches(rule, doc.kind, doc.level, doc.audience, doc.title)

    def _covers_year(self, doc: Document) -> bool:
        if doc.academic_year:
            return doc.academic_year == self.year
        start, end = academic_year_bounds(self.year)
        if doc.valid_from or doc.valid_until:
            return (doc.valid_from or date.min) <= self.today <= (doc.valid_until or date.max)
        return doc.date is not None and start <= doc.date <= end

    def _problems(self, rule: Rule, org: Org, doc: Document) -> list[str]:
        problems = []
        if rule.in_force and (not doc.in_force or (org.slug, doc.id) in self.directory.superseded):
            problems.append("утратил силу")
        if rule.approved_by_order:
            found = self.directory.resolve(doc.approved_by, org.slug) if doc.approved_by else None
            if not found or found[1].kind not in ("приказ", "распоряжение", "постановление"):
                problems.append("не указан утверждающий приказ (approved_by)")
        if rule.current_academic_year and not self._covers_year(doc):
            problems.append(f"не относится к {self.year} учебному году")
        if rule.max_age_months and (doc.date is None or doc.date < months_ago(self.today, rule.max_age_months)):
            problems.append(f"старше {rule.max_age_months} мес.")
        return problems

    def document(self, rule: Rule, org: Org) -> tuple[Outcome, str, tuple[str, ...]]:
        candidates = [d for d in org.documents if self._matches(rule, d)]
        if not candidates:
            return Outcome.MISSING, "документ не найден", ()
        judged = sorted(((self._problems(rule, org, d), d) for d in candidates), key=lambda x: len(x[0]))
        problems, best = judged[0]
        if not problems:
            return Outcome.FOUND, f"{best.label}: {best.title}", (best.id,)
        return Outcome.PARTIAL, f"{best.label}: {'; '.join(problems)}", (best.id,)

    # roadmaps
    def _roadmap_span(self, org: Org) -> list[tuple[str, date | None, date | None]]:
        spans = []
        for roadmap in org.roadmaps:
            start = roadmap_start(roadmap, self.directory, org.slug)
            end = roadmap.end
            if roadmap.academic_year:
                a, b = academic_year_bounds(roadmap.academic_year)
                start, end = start or a, end or b
            periods = [p for _, item in roadmap.all_items() for p in item.parsed.periods]
            if periods:
                start = start or min((p.start or p.end) for p in periods)
                end = end or max(p.end for p in periods)
            spans.append((roadmap.id, start, end))
        return spans

    def roadmap(self, rule: Rule, org: Org) -> tuple[Outcome, str, tuple[str, ...]]:
        spans = self._roadmap_span(org)
        if not spans:
            return Outcome.MISSING, "дорожной карты нет", ()
        current = [i for i, s, e in spans if s and e and s <= self.today <= e]
        if current:
            return Outcome.FOUND, "дорожная карта охватывает дату проверки", tuple(current)
        last = max((e for _, _, e in spans if e), default=None)
        when = f" (последний срок — {last:%d.%m.%Y})" if last else ""
        return Outcome.PARTIAL, f"дорожная карта не охватывает {self.today:%d.%m.%Y}{when}", ()

    def _states(self, org: Org) -> list[tuple[Roadmap, Item, ItemState]]:
        """Every roadmap item of `org` with its state, worked out once for the rules that look at them."""
        if self._states_of is not org:
            self._item_states = [
                (roadmap, item, item_state(item, self.today, start))
                for roadmap in org.roadmaps
                for start in (roadmap_start(roadmap, self.directory, org.slug),)
                for _, item in roadmap.all_items()
            ]
            self._states_of = org
        return self._item_states

    def _items(self, org: Org, wanted: Callable[[Status, date | None], bool]) -> list[str]:
        found = []
        for roadmap, item, state in self._states(org):
            if wanted(state.status, state.next_due):
                label = f"{roadmap.id} п. {item.number}" if item.number else roadmap.id
                found.append(f"{label}: {item.event.splitlines()[0][:80]} — {state.explanation}")
        return found

    def roadmap_overdue(self, rule: Rule, org: Org) -> tuple[Outcome, str, tuple[str, ...]]:
        items = self._items(org, lambda status, _: status is Status.OVERDUE)
        if not items:
            return Outcome.FOUND, "просроченных мероприятий нет", ()
        return Outcome.MISSING, f"просрочено мероприятий: {len(items)}", tuple(items)

    def roadmap_due(self, rule: Rule, org: Org) -> tuple[Outcome, str, tuple[str, ...]]:
        horizon = self.today + timedelta(days=rule.days)
        items = self._items(
            org,
            lambda status, due: status in (Status.IN_PROGRESS, Status.PLANNED) and due is not None and due <= horizon,
        )
        if not items:
            return Outcome.FOUND, f"сроков в ближайшие {rule.days} дн. нет", ()
        return Outcome.PARTIAL, f"сроков в ближайшие {rule.days} дн.: {len(items)}", tuple(items)

    # the rest of the section
    def programme(self, rule: Rule, org: Org) -> tuple[Outcome, str, tuple[str, ...]]:
        if not org.programmes:
            return Outcome.MISSING, "программ нет", ()
        current = [
            p.id
            for p in org.programmes
            if p.academic_year == self.year or (p.start and p.end and p.start <= self.today <= p.end)
        ]
        if current or not rule.current_academic_year:
            return Outcome.FOUND, f"программ: {len(current or org.programmes)}", tuple(current)
        return Outcome.PARTIAL, f"нет программ на {self.year} учебный год", ()

    def participation(self, rule: Rule, org: Org) -> tuple[Outcome, str, tuple[str, ...]]:
        if not org.participation:
            return Outcome.MISSING, "сведений о наставниках и парах нет", ()
        if any(p.academic_year == self.year for p in org.participation):
            return Outcome.FOUND, f"сведения за {self.year} учебный год", ()
        latest = max(p.academic_year for p in org.participation)
        return Outcome.PARTIAL, f"последние сведения — за {latest} учебный год", ()

    def monitoring(self, rule: Rule, org: Org) -> tuple[Outcome, str, tuple[str, ...]]:
        dated = [r.date for r in org.monitoring.reports if r.date]
        if not dated:
            return Outcome.MISSING, "результатов мониторинга нет", ()
        latest = max(dated)
        if rule.max_age_months and latest < months_ago(self.today, rule.max_age_months):
            return Outcome.PARTIAL, f"последние результаты — от {latest:%d.%m.%Y}", ()
        return Outcome.FOUND, f"результаты от {latest:%d.%m.%Y}", ()

    def indicators(self, rule: Rule, org: Org) -> tuple[Outcome, str, tuple[str, ...]]:
        has_targets = any(v.target is not None for i in org.monitoring.indicators for v in i.values)
        has_centre = org.profile.centre is not None
        if has_targets and has_centre:
            return Outcome.FOUND, "центр и целевые показатели описаны", ()
        if has_targets or has_centre:
            missing = "целевых показателей" if has_centre else "сведений о наставническом центре"
            return Outcome.PARTIAL, f"нет {missing}", ()
        return Outcome.MISSING, "нет ни центра, ни целевых показателей", ()

    def practices(self, rule: Rule, org: Org) -> tuple[Outcome, str, tuple[str, ...]]:
        # The department keeps the municipal bank: its schools' practices count as its own.
        orgs = self.directory.entries.values() if org.is_department else [org]
        slugs = tuple(sorted(f"{o.slug}/{p}" for o in orgs for p in o.practices))
        if slugs:
            return Outcome.FOUND, f"практик: {len(slugs)}", slugs
        return Outcome.MISSING, "практик нет", ()

    def news(self, rule: Rule, org: Org) -> tuple[Outcome, str, tuple[str, ...]]:
        if not org.news:
            return Outcome.MISSING, "новостей нет", ()
        latest = max(n.meta.date for n in org.news)
        if rule.max_age_months and latest < months_ago(self.today, rule.max_age_months):
            return Outcome.PARTIAL, f"последняя новость — {latest:%d.%m.%Y}", ()
        return Outcome.FOUND, f"последняя новость — {latest:%d.%m.%Y}", ()

    def contacts(self, rule: Rule, org: Org) -> tuple[Outcome, str, tuple[str, ...]]:
        curator = org.profile.curator
        if curator is None:
            return Outcome.MISSING, "куратор (curator) не указан", ()
        if curator.phone or curator.email:
            return Outcome.FOUND, "контакты куратора указаны", ()
        return Outcome.PARTIAL, "у куратора нет ни телефона, ни эл. почты", ()

    # files
    def _documents_with_files(self, org: Org) -> list[tuple[Document, str, Path]]:
        found = []
        for doc in org.documents:
            for ref in [doc.file, *(a.file for a in doc.attachments)]:
                path = self.files.get((org.slug, ref)) if ref else None
                if path is not None:
                    found.append((doc, ref, path))
        return found

    def add_facts(self, facts: dict[Path, tuple[FileInfo, PdfFacts | None]]) -> None:
        self._facts.update(facts)

    def facts(self, path: Path) -> tuple[FileInfo, PdfFacts | None]:
        found = self._facts.get(path)
        if found is None:
            found = self._facts[path] = file_facts(path)
        return found

    def _file_rule(
        self,
        org: Org,
        bad: Callable[[Document, FileInfo, PdfFacts | None], str | None],
        ok: str,
        applies: Callable[[Document, str], bool] = lambda doc, ref: True,
    ) -> tuple[Outcome, str, tuple[str, ...]]:
        problems = []
        files = [(doc, ref, path) for doc, ref, path in self._documents_with_files(org) if applies(doc, ref)]
        for doc, ref, path in files:
            info, pdf = self.facts(path)
            reason = bad(doc, info, pdf)
            if reason:
                problems.append(f"{doc.id} ({ref}): {reason}")
        if not problems:
            return Outcome.FOUND, f"{ok} (файлов: {len(files)})", ()
        return Outcome.MISSING, f"файлов с нарушением: {len(problems)} из {len(files)}", tuple(problems)

    def file_format(self, rule: Rule, org: Org) -> tuple[Outcome, str, tuple[str, ...]]:
        def bad(doc: Document, info: FileInfo, pdf: PdfFacts | None) -> str | None:
            ext = info.path.suffix.lower().lstrip(".")
            if info.format not in ALLOWED_FORMATS:
                return format_problem(info.format)
            if ext != info.format and {ext, info.format} != {"doc", "xls"}:
                return f"расширение .{ext}, а по содержимому это {info.format}"
            if pdf is not None and not pdf.readable:
                return UNREADABLE_PDF
            return None

        return self._file_rule(org, bad, "все файлы в допустимом формате")

    def file_size(self, rule: Rule, org: Org) -> tuple[Outcome, str, tuple[str, ...]]:
        def bad(doc: Document, info: FileInfo, pdf: PdfFacts | None) -> str | None:
            return size_problem(info.size)

        return self._file_rule(org, bad, "все файлы не больше 15 МБ")

    def file_text_layer(self, rule: Rule, org: Org) -> tuple[Outcome, str, tuple[str, ...]]:
        def bad(doc: Document, info: FileInfo, pdf: PdfFacts | None) -> str | None:
            if pdf is not None and pdf.readable and not pdf.has_text_layer:
                return SCAN
            return None

        return self._file_rule(org, bad, "у всех PDF есть текстовый слой")

    def file_signature(self, rule: Rule, org: Org) -> tuple[Outcome, str, tuple[str, ...]]:
        def bad(doc: Document, info: FileInfo, pdf: PdfFacts | None) -> str | None:
            if pdf is not None and not pdf.signed:
                return "в данных указана электронная подпись, а в PDF её нет"
            return None

        # Only the document's own file is signed, not its appendices.
        return self._file_rule(
            org, bad, "подписи в PDF соответствуют данным", lambda doc, ref: bool(doc.signature) and ref == doc.file
        )

    def run(self, orgs: list[Org], rules: list[Rule]) -> Report:
        return Report(self.today, fork_map(lambda org: self.run_org(org, rules), orgs))

    def run_org(self, org: Org, rules: list[Rule]) -> OrgReport:
        kind = org.profile.kind
        report = OrgReport(org.slug, org.name, kind)
        for rule in rules:
            if kind not in rule.publisher:
                continue
            outcome, message, evidence = self.checks[rule.check](rule, org)
            report.findings.append(finding(rule, org.slug, outcome, message, evidence, self.today))
        return report


PERSONAL_DATA_RULE = (
    "personal-data",
    "Персональные данные: имена только с записанным согласием, имена обучающихся не публикуются",
    "Федеральный закон № 152-ФЗ, ст. 9 ч. 6 и ст. 10.1",
    "Запишите согласие на распространение (consent с датой) или замените имя должностью; "
    "обучающихся не называйте по имени.",
)


def evaluate(
    project: Project,
    rules: list[Rule],
    today: date,
    privacy: list[Problem] | None = None,
    files: dict[tuple[str, str], Path] | None = None,
    facts: dict[Path, tuple[FileInfo, PdfFacts | None]] | None = None,
) -> Report:
    """Evaluate `rules`; personal-data violations found by the loader become findings of their organisation."""
    report = Evaluator(project.directory, today, files, facts).run(project.orgs, rules)
    add_privacy_findings(report, privacy or [])
    return report


def add_privacy_findings(report: Report, privacy: list[Problem]) -> None:
    """Personal-data violations found by the loader become a finding of their organisation."""
    rule, title, basis, fix = PERSONAL_DATA_RULE
    by_org: dict[str, list[str]] = {}
    for problem in privacy:
        parts = problem.file.split("/")
        slug = parts[2] if parts[:2] == ["data", "orgs"] else parts[1] if parts[0] == "content" else ""
        by_org.setdefault(slug, []).append(problem.render())
    for org in report.orgs:
        issues = by_org.get(org.slug, [])
        outcome = Outcome.MISSING if issues else Outcome.FOUND
        message = f"нарушений: {len(issues)}" if issues else "нарушений не найдено"
        org.findings.append(Finding(rule, title, org.slug, outcome, "error", message, fix, basis, tuple(issues)))
