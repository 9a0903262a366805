"""Controlled vocabularies with aliases: the same thing is spelled many ways in real documents."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

_DASHES = re.compile(r"\s*[-‐‑‒–—―]\s*")
_SPACES = re.compile(r"\s+")
_SEEN_MAX = 4096


def normalize_term(text: str) -> str:
    """The comparison key: case, «ё», dash kinds and spacing around dashes do not matter."""
    text = text.strip().lower().replace("ё", "е").strip(" .«»\"'")
    text = _DASHES.sub("-", text)
    return _SPACES.sub(" ", text)


@dataclass(frozen=True, slots=True)
class Term:
    name: str  # the canonical spelling shown on pages
    aliases: tuple[str, ...] = ()
    group: str = ""  # e.g. «роли» / «вид» for forms of mentoring
    basis: str = ""  # where the term comes from (Р-145, АЗ-1128/08…)


@dataclass
class Vocabulary:
    title: str  # what the terms are, in Russian, for messages: «форма наставничества»
    terms: list[Term] = field(default_factory=list)
    _index: dict[str, Term] = field(default_factory=dict, repr=False)
    # spellings as written → term: a region repeats the same few spellings a hundred thousand times
    _seen: dict[str, Term | None] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for term in list(self.terms):
            self._register(term)

    def _register(self, term: Term) -> None:
        self._seen.clear()
        for spelling in (term.name, *term.aliases):
            self._index[normalize_term(spelling)] = term

    def add(self, term: Term) -> None:
        existing = self._index.get(normalize_term(term.name))
        if existing is not None:
            merged = Term(existing.name, (*existing.aliases, *term.aliases), existing.group, existing.basis)
            self.terms[self.terms.index(existing)] = merged
            self._register(merged)
        else:
            self.terms.append(term)
            self._register(term)

    def resolve(self, text: str) -> Term | None:
        try:
            return self._seen[text]
        except KeyError:
            term = self._index.get(normalize_term(text))
            if len(self._seen) < _SEEN_MAX:  # hostile data with endless spellings must not grow it unbounded
                self._seen[text] = term
            return term

    def suggest(self, text: str) -> str | None:
        """The nearest known spelling, for «did you mean» messages."""
        key = normalize_term(text)
        match = difflib.get_close_matches(key, list(self._index), n=1, cutoff=0.6)
        return self._index[match[0]].name if match else None

    def names(self) -> list[str]:
        return [t.name for t in self.terms]

    def extended(self, terms: Iterable[Term]) -> Vocabulary:
        copy = Vocabulary(self.title, list(self.terms))
        for term in terms:
            copy.add(term)
        return copy


def closed(title: str, *spec: str | tuple[str, ...]) -> Vocabulary:
    """A fixed vocabulary: each item is a name or (name, alias, alias…)."""
    terms = [Term(s) if isinstance(s, str) else Term(s[0], tuple(s[1:])) for s in spec]
    return Vocabulary(title, terms)


DOCUMENT_KINDS = closed(
    "вид документа",
    ("закон", "федеральный закон"),
    ("постановление",),
    ("приказ",),
    ("распоряжение",),
    ("письмо", "информационное письмо"),
    ("методические рекомендации", "рекомендации"),
    ("положение",),
    ("дорожная карта", "план мероприятий", "план мероприятий (дорожная карта)", "план"),
    ("программа", "программа наставничества"),
    ("персонализированная программа", "персонализированная программа наставничества", "индивидуальная программа"),
    ("протокол", "протокол заседания"),
    ("аналитическая справка", "справка", "анализ", "аналитический отчёт"),
    ("отчёт",),
    ("договор", "соглашение", "договор о сетевом взаимодействии"),
    ("иное", "другое", "прочее", "other"),
)

LEVELS = closed(
    "уровень документа",
    ("федеральный", "федеральный уровень", "РФ"),
    ("региональный", "региональный уровень", "областной", "краевой", "республиканский"),
    ("муниципальный", "муниципальный уровень"),
    ("локальный", "школьный", "уровень ОО", "уровень образовательной организации"),
)
LEVEL_ORDER = ["федеральный", "региональный", "муниципальный", "локальный"]

ORG_KINDS = closed(
    "вид организации",
    ("школа", "ОО", "образовательная организация", "общеобразовательная организация", "детский сад", "колледж"),
    ("управление", "УО", "управление образования", "отдел образования", "орган управления образованием"),
)

AUDIENCES = closed(
    "категория участников",
    ("обучающиеся", "учащиеся", "ученики", "обучающихся", "дети"),
    ("педагоги", "педагогические работники", "учителя", "педагогов", "молодые педагоги"),
)

COMPETITION_LEVELS = closed(
    "уровень конкурса",
    ("школьный", "уровень ОО"),
    ("муниципальный", "городской", "районный"),
    ("региональный", "республиканский", "областной", "краевой"),
    ("федеральный", "всероссийский"),
    ("международный",),
)

QUALIFICATION_CATEGORIES = closed(
    "квалификационная категория",
    ("высшая", "высшая категория", "высшая квалификационная категория"),
    ("первая", "первая категория", "первая квалификационная категория"),
    ("соответствие занимаемой должности", "СЗД"),
    ("без категории", "нет"),
)

ROLES = closed(
    "роль участника",
    ("наставник",),
    ("педагог", "учитель"),
    ("обучающийся", "учащийся", "ученик", "ученица", "обучающаяся", "студент"),
    ("команда",),
    ("организация", "ОО", "школа"),
)
