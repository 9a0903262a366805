"""From what a site publishes to the same findings `nastavnik check` makes: each rule found, partial or missing,
with the evidence (URL, the site's own title, confidence).

Where the site publishes this project's manifest the documents are known exactly (kind, level, dates, whether in
force and approved); otherwise their titles are read with morphology (`classify`). Rules about things a site
cannot show — whether roadmap items were done on time, a signature recorded in the data — are not judged, and
the report says so.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from urllib.parse import urljoin

from generator.audit.classify import Reading, read_title
from generator.audit.crawl import MACHINE_TYPES, SITE_STATUSES, Seen, SiteCrawl
from generator.check.evaluate import (
    SCAN,
    UNREADABLE_PDF,
    Finding,
    OrgReport,
    Outcome,
    finding,
    format_problem,
    months_ago,
    rule_matches,
    size_problem,
)
from generator.derive.files import ALLOWED_FORMATS
from generator.model.base import academic_year_bounds, academic_year_of
from generator.model.vocabulary import DOCUMENT_KINDS
from generator.rules.model import Rule

NOT_JUDGED = frozenset({"roadmap_overdue", "roadmap_due", "file_signature", "news"})
SITE_RULE = ("site-section", "Раздел «Наставничество» на сайте", "Приказ Рособрнадзора от 04.08.2023 № 1493")
# What else a school appoints curators and issues orders about: «куратор профминимума» is not mentoring's.
OTHER_SUBJECTS = frozenset(
    {
        "профориентационный",
        "профориентация",
        "профминимум",
        "медиация",
        "воспитательный",
        "питание",
        "безопасность",
        "антитеррористический",
        "пожарный",
        "режим",
        "олимпиада",
        "аттестация",
        "дежурство",
        "фгос",  # «Приказ о внедрении обновлённых ФГОС», «Дорожная карта введения ФООП»: not the target model's
        "фооп",
        "фоп",
        "всоко",
    }
)
# Subjects named by a phrase, not a word: «рост» alone is a mentee's «профессиональный рост».
_OTHER_PHRASES = re.compile(r"точк\w*\s+роста|кванториум|it-куб|цифров\w*\s+образовательн\w*\s+сред")


def other_subject(reading: Reading) -> bool:
    """The title is about another programme of the school (ФГОС, «Точка роста», профориентация…)."""
    return bool(OTHER_SUBJECTS & reading.words) or _OTHER_PHRASES.search(reading.text.lower()) is not None


CONFIDENCE_MANIFEST = 1.0
CONFIDENCE_MICRODATA = 0.95  # the page's schema.org markup names the kind and date; level and audience are read
CONFIDENCE_TITLE = 0.9  # the title names the kind and the subject
CONFIDENCE_CONTEXT = 0.7  # only the section around it says it is about mentoring
TYPO_PENALTY = 0.1  # the title had to be read through a misspelling


@dataclass(frozen=True, slots=True)
class Candidate:
    seen: Seen
    reading: Reading
    title: str
    confidence: float
    in_force: bool | None = None  # known from a manifest
    approved: bool | None = None
    academic_year: str | None = None


@dataclass(frozen=True, slots=True)
class Match:
    """A document (or page) of the site taken as satisfying a rule."""

    rule: str
    url: str
    title: str
    confidence: float
    outcome: Outcome


def _own_level(kind: str) -> str:
    return "муниципальный" if kind == "управление" else "локальный"


def candidates(crawl: SiteCrawl, org_kind: str) -> list[Candidate]:
    level = _own_level(org_kind)
    by_url = {s.url: s for s in crawl.seen}
    if crawl.manifest is not None:
        found = []
        for entry in crawl.manifest["documents"]:
            url = urljoin(crawl.manifest_url, str(entry.get("url") or ""))
            seen = by_url.get(url) or Seen(url, str(entry.get("title")), crawl.manifest_url, False, status="unchecked")
            title = str(entry.get("title") or "")
            guessed = read_title(title, level)
            reading = Reading(
                str(entry.get("kind") or ""),
                True,
                tuple(entry.get("audience") or guessed.audience),
                str(entry.get("level") or level),
                _iso(entry.get("date")),
                (str(entry["academic_year"]),) if entry.get("academic_year") else (),
                guessed.words,
                title,  # the manifest's own title: exact, nothing to read through
            )
            found.append(
                Candidate(
                    seen,
                    reading,
                    title,
                    CONFIDENCE_MANIFEST,
                    in_force=bool(entry.get("in_force", True)),
                    approved=entry.get("approved_by") is not None,
                    academic_year=entry.get("academic_year"),
                )
            )
        pages = [s for s in crawl.seen if s.is_page and s.status == "ok"]  # practices, monitoring are pages
        return found + [Candidate(s, read_title(s.title, level), s.title, CONFIDENCE_MANIFEST) for s in pages]
    found = []
    for seen in crawl.seen:
        if seen.status != "ok" or not (seen.is_page or is_document(seen)):
            continue
        if not seen.is_page and (seen.format is None or not seen.complete):
            continue  # not read to the end, or not a file anyone can open: nothing to take it for
        item = crawl.microdata.get(seen.url)
        title = (item.get("name") if item else None) or seen.title
        reading = read_title(title, level)
        if item is not None:
            reading = _with_microdata(reading, item)
        if reading.kind == "положение" and reading.mentoring and not reading.audience:
            # the Положение of the target model (Р-145) is about students unless it names teachers
            reading = dataclasses.replace(reading, audience=("обучающиеся",))
        confidence = CONFIDENCE_MICRODATA if item is not None and reading.kind else CONFIDENCE_TITLE
        confidence = (confidence if reading.mentoring else CONFIDENCE_CONTEXT) - TYPO_PENALTY * bool(reading.fixes)
        found.append(Candidate(seen, reading, title, confidence))
    return found


def _with_microdata(reading: Reading, item: dict[str, str]) -> Reading:
    """What a DigitalDocument item says exactly: the kind (when it is one of ours) and the date."""
    term = DOCUMENT_KINDS.resolve(item.get("additionalType", ""))
    return dataclasses.replace(
        reading,
        kind=term.name if term is not None else reading.kind,
        date=_iso(item.get("dateCreated", "")[:10]) or reading.date,
    )


def is_document(seen: Seen) -> bool:
    """A file a reader opens — not a page, not the site's machinery (a manifest, a calendar, a style sheet);
    a picture counts only when its name says it is a document (a scan published as JPEG)."""
    if seen.is_page or seen.status != "ok" or seen.content_type in MACHINE_TYPES:
        return False
    if seen.format in ALLOWED_FORMATS:
        return True
    return bool(read_title(seen.title, "").kind)


def _confidence(c: Candidate) -> str:
    read = "; ".join(f"«{written}» прочитано как «{meant}»" for written, meant in c.reading.fixes)
    return f"уверенность {c.confidence:.0%}" + (f"; {read}" if read else "")


def _iso(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


class Judge:
    def __init__(self, today: date) -> None:
        self.today = today
        self.own_level = "локальный"
        self.year = academic_year_of(today)
        self.checks: dict[str, Callable[[Rule, list[Candidate], SiteCrawl], tuple[Outcome, str, list[Candidate]]]] = {
            "document": self.document,
            "roadmap": self.by_words(
                lambda r: (
                    r.kind == "дорожная карта"
                    and r.level == self.own_level  # not the municipality's
                    and not other_subject(r)
                    and not r.statement
                ),
                "дорожная карта",
            ),
            "programme": self.by_words(
                lambda r: r.kind in ("программа", "персонализированная программа") and r.mentoring and not r.statement,
                "программа",
            ),
            "monitoring": self.by_words(
                lambda r: (
                    ("мониторинг" in r.words and not other_subject(r))
                    # a bare «Аналитическая справка» in the section is its own, unless it names another subject
                    or (r.kind == "аналитическая справка" and (r.mentoring or not other_subject(r)))
                ),
                "результаты мониторинга",
            ),
            "participation": self.by_words(
                lambda r: (
                    (
                        bool({"банк", "база", "перечень", "список", "состав", "сведение"} & r.words)
                        and bool({"наставник", "наставляемый", "пара"} & r.words)
                    )
                    or r.words == {"наставник"}
                ),  # the section's page «Наставники»
                "сведения о наставниках",
            ),
            "practices": self.by_words(lambda r: "практика" in r.words and r.kind in ("", "иное"), "практики"),
            "indicators": self.by_words(
                lambda r: "показатель" in r.words or {"наставнический", "центр"} <= r.words, "центр и показатели"
            ),
            "contacts": self.contacts,
            "file_format": self.file_format,
            "file_size": self.file_size,
            "file_text_layer": self.file_text_layer,
        }

    # conditions a site can show
    def _problems(self, rule: Rule, c: Candidate) -> list[str]:
        problems = []
        if rule.in_force and (c.in_force is False or "утратил" in c.title.lower()):
            problems.append("утратил силу")
        if rule.approved_by_order and c.approved is False:
            problems.append("не указан утверждающий приказ")
        if rule.current_academic_year and not self._current(c):
            problems.append(f"не относится к {self.year} учебному году")
        if rule.max_age_months and c.reading.date and c.reading.date < months_ago(self.today, rule.max_age_months):
            problems.append(f"старше {rule.max_age_months} мес.")
        return problems

    def _current(self, c: Candidate) -> bool:
        years = (c.academic_year,) if c.academic_year else c.reading.academic_years
        if years:
            return self.year in years
        if c.reading.date:
            start, end = academic_year_bounds(self.year)
            return start <= c.reading.date <= end
        return True  # the title says no year: the site does not show otherwise

    def _judge(self, rule: Rule, matched: list[Candidate], what: str) -> tuple[Outcome, str, list[Candidate]]:
        if not matched:
            return Outcome.MISSING, f"{what}: не найдено", []
        judged = sorted(((self._problems(rule, c), c) for c in matched), key=lambda x: (len(x[0]), -x[1].confidence))
        problems, best = judged[0]
        if not problems:
            return Outcome.FOUND, best.title, [best]
        return Outcome.PARTIAL, f"{best.title}: {'; '.join(problems)}", [best]

    def document(self, rule: Rule, found: list[Candidate], crawl: SiteCrawl) -> tuple[Outcome, str, list[Candidate]]:
        matched = [
            c
            for c in found
            if not c.seen.is_page
            and (rule.level or c.reading.level == self.own_level)  # a school's own order, not the ministry's
            and rule_matches(rule, c.reading.kind, c.reading.level, list(c.reading.audience), c.reading.text)
            and (c.reading.mentoring or any(stem.lower() in c.reading.text.lower() for stem in rule.title_any))
            and (c.reading.mentoring or not other_subject(c.reading))
        ]
        return self._judge(rule, matched, "документ")

    def by_words(self, test: Callable[[Reading], bool], what: str) -> Callable[..., tuple[Outcome, str, list]]:  # type: ignore[type-arg]
        def check(rule: Rule, found: list[Candidate], crawl: SiteCrawl) -> tuple[Outcome, str, list[Candidate]]:
            return self._judge(rule, [c for c in found if test(c.reading)], what)

        return check

    def contacts(self, rule: Rule, found: list[Candidate], crawl: SiteCrawl) -> tuple[Outcome, str, list[Candidate]]:
        if crawl.contacts:
            return Outcome.FOUND, "на страницах раздела есть телефон или эл. почта", []
        return Outcome.MISSING, "на страницах раздела нет ни телефона, ни эл. почты", []

    def _files(
        self, crawl: SiteCrawl, bad: Callable[[Seen], str | None], ok: str
    ) -> tuple[Outcome, str, list[Candidate]]:
        files = [s for s in crawl.seen if is_document(s)]
        problems = [(s, reason) for s in files if (reason := bad(s))]
        if not problems:
            return Outcome.FOUND, f"{ok} (файлов: {len(files)})", []
        evidence = [Candidate(s, read_title(s.title, ""), f"{s.url}: {reason}", 1.0) for s, reason in problems]
        return Outcome.MISSING, f"файлов с нарушением: {len(problems)} из {len(files)}", evidence

    def file_format(self, rule: Rule, found: list[Candidate], crawl: SiteCrawl) -> tuple[Outcome, str, list[Candidate]]:
        def bad(s: Seen) -> str | None:
            if s.format not in ALLOWED_FORMATS:
                return format_problem(s.format)
            return UNREADABLE_PDF if s.format == "pdf" and s.complete and not s.readable else None

        return self._files(crawl, bad, "все файлы в допустимом формате")

    def file_size(self, rule: Rule, found: list[Candidate], crawl: SiteCrawl) -> tuple[Outcome, str, list[Candidate]]:
        def bad(s: Seen) -> str | None:
            return size_problem(s.size or 0)

        return self._files(crawl, bad, "все файлы не больше 15 МБ")

    def file_text_layer(
        self, rule: Rule, found: list[Candidate], crawl: SiteCrawl
    ) -> tuple[Outcome, str, list[Candidate]]:
        def bad(s: Seen) -> str | None:
            return SCAN if s.format == "pdf" and s.readable and s.text_layer is False else None

        return self._files(crawl, bad, "у всех PDF есть текстовый слой")

    def run(
        self, slug: str, name: str, kind: str, crawl: SiteCrawl, rules: list[Rule]
    ) -> tuple[OrgReport, list[Match]]:
        report = OrgReport(slug, name, kind)
        self.own_level = _own_level(kind)
        rule_id, title, basis = SITE_RULE
        status = SITE_STATUSES.get(crawl.status, crawl.status)
        detail = f" ({crawl.detail})" if crawl.detail and crawl.status != "ok" else ""
        section = ", ".join(crawl.section)
        report.findings.append(
            Finding(
                rule_id,
                title,
                slug,
                Outcome.FOUND if crawl.status == "ok" else Outcome.MISSING,
                "error",
                f"{status}{detail}" + (f": {section}" if section else ""),
                "Разместите раздел «Наставничество» и ссылку на него с главной страницы сайта.",
                basis,
                tuple(crawl.section),
            )
        )
        found = candidates(crawl, kind) if crawl.status == "ok" else []
        matches: list[Match] = []
        for rule in rules:
            if kind not in rule.publisher or rule.check in NOT_JUDGED:
                continue
            if crawl.status != "ok":
                outcome, message, evidence = Outcome.MISSING, f"не проверено: {status}", []
            else:
                outcome, message, evidence = self.checks[rule.check](rule, found, crawl)
            told = tuple(f"{c.seen.url} — «{c.title}» ({_confidence(c)})" for c in evidence)
            report.findings.append(finding(rule, slug, outcome, message, told, self.today))
            if rule.check in ("file_format", "file_size", "file_text_layer"):
                continue
            matches.extend(Match(rule.id, c.seen.url, c.title, c.confidence, outcome) for c in evidence)
        return report, matches
