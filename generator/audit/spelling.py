"""Typos in what sites call their documents: «Положене о наставнечестве», «Положениео наставничестве». A word
the dictionary does not know is read as the nearest word of the field's own vocabulary (every inflected form of
it), at most one edit away in a short word and two in a long one, or split in two where a space was lost. Words
the dictionary knows are never changed, so a correct title reads exactly as before; every correction is kept for
the report, which lowers its confidence."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from generator.morphology import analyzer

# Lemmas whose misspelling changes what a title is taken for: kinds, subject, audience, the words of the rules.
VOCABULARY = [
    "наставничество",
    "наставник",
    "наставнический",
    "наставляемый",
    "наставлять",
    "положение",
    "приказ",
    "распоряжение",
    "постановление",
    "программа",
    "дорожный",
    "карта",
    "план",
    "мероприятие",
    "целевой",
    "модель",
    "внедрение",
    "реализация",
    "утверждение",
    "система",
    "организация",
    "педагогический",
    "педагог",
    "работник",
    "сотрудник",
    "учитель",
    "специалист",
    "обучающийся",
    "учащийся",
    "ученик",
    "персонализированный",
    "индивидуальный",
    "мониторинг",
    "аналитический",
    "справка",
    "отчёт",
    "практика",
    "показатель",
    "центр",
    "перечень",
    "список",
    "состав",
    "сведение",
    "куратор",
    "пара",
    "форма",
    "молодой",
]
_WORD = re.compile(r"[а-яё]{6,}", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Spelled:
    text: str  # the title with its misspellings read as the words meant
    fixes: tuple[tuple[str, str], ...]  # (as written, as read)


@cache
def _forms() -> tuple[str, ...]:
    found: dict[str, None] = {}
    for word in VOCABULARY:
        for form in analyzer().parse(word)[0].lexeme:
            found[form.word.replace("ё", "е")] = None
    return tuple(found)


@cache
def _form_set() -> frozenset[str]:
    return frozenset(_forms())


@lru_cache(maxsize=1 << 14)
def read_word(word: str) -> str | None:
    """The word meant by an unknown `word` (lower case), or None when it is a known word or nothing near."""
    morph = analyzer()
    if morph.word_is_known(word):
        return None
    limit = 1 if len(word) < 9 else 2
    best = process.extractOne(word, _forms(), scorer=OSA.distance, score_cutoff=limit)
    if best is not None:
        return str(best[0])
    forms = _form_set()
    for cut in range(2, len(word) - 1):
        left, right = word[:cut], word[cut:]
        if (left in forms or right in forms) and morph.word_is_known(left) and morph.word_is_known(right):
            return f"{left} {right}"
    return None


def spell(text: str) -> Spelled:
    fixes: list[tuple[str, str]] = []

    def fix(match: re.Match[str]) -> str:
        written = match.group(0)
        meant = read_word(written.lower().replace("ё", "е"))
        if meant is None:
            return written
        fixes.append((written, meant))
        return meant

    corrected = _WORD.sub(fix, text)
    return Spelled(corrected, tuple(fixes))
