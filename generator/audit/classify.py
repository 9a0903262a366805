"""What a document's title on a site says it is: kind, audience, level, date, academic years — read with
Russian morphology, so «Положения о наставничестве педагогических работников», «ПОЛОЖЕНИЕ О НАСТАВНИЧЕСТВЕ
ПЕДАГОГОВ» and «положение_о_наставничестве.pdf» are all the teachers' regulation."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from generator.audit.spelling import spell
from generator.morphology import analyzer, lemmas

MENTORING = frozenset({"наставничество", "наставник", "наставнический", "наставляемый", "цмн", "наставничать"})
# Kinds by the lemma that names them; the earliest in the title wins («Приказ об утверждении Положения…» is an
# order). Multi-word kinds are matched on their first word and confirmed by the second.
_KIND_WORDS: dict[str, str] = {
    "приказ": "приказ",
    "распоряжение": "распоряжение",
    "постановление": "постановление",
    "положение": "положение",
    "программа": "программа",
    "справка": "аналитическая справка",
    "мониторинг": "аналитическая справка",
    "анализ": "аналитическая справка",  # «Анализ реализации целевой модели…»: the vocabulary's own alias
    "отчет": "отчёт",
    "протокол": "протокол",
    "дорожный": "дорожная карта",
    "план": "дорожная карта",
}
_PLAN_CONFIRM = frozenset({"мероприятие", "реализация", "внедрение", "наставничество", "дорожный"})
_NOT_MENTORING_PROGRAMME = frozenset({"развитие", "воспитание", "воспитательный", "дополнительный"})
_TEACHERS = frozenset({"педагогический", "педагог", "учитель", "специалист", "работник", "сотрудник"})
_STUDENTS = frozenset({"обучаться", "обучающийся", "учащийся", "ученик", "школьник", "ребенок", "обучающ"})
_FEDERAL = frozenset({"минпросвещение", "минпросвещения", "федерация", "федеральный", "правительство", "р-145"})
_REGIONAL = frozenset({"областной", "краевой", "республиканский", "региональный", "область", "край"})
_MUNICIPAL = frozenset({"администрация", "муниципальный", "район", "городской", "округ", "управление", "комитет"})
_ACADEMIC = re.compile(r"(20\d\d)\s*[/\-–—]\s*(20\d\d|\d\d)\b")
_DATE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(20\d\d|\d\d)\b")


@dataclass(frozen=True, slots=True)
class Reading:
    kind: str  # a DocumentKind term, or "" when the title names none
    mentoring: bool  # the title speaks of mentoring
    audience: tuple[str, ...]
    level: str
    date: date | None
    academic_years: tuple[str, ...]  # «2024/2025», as written in the title
    words: frozenset[str]
    text: str = ""  # the title as matched: misspellings read as the words meant
    fixes: tuple[tuple[str, str], ...] = ()  # (as written, as read)
    # opens with a verb: reports an event («Подведены итоги реализации программы…») — a news post about a
    # programme or a roadmap is not one, though a post with the results of monitoring does publish them
    statement: bool = False


def read_title(title: str, own_level: str) -> Reading:
    spelled = spell(title.replace("_", " "))
    words = lemmas(spelled.text)
    found = frozenset(words)
    kind = ""
    for i, word in enumerate(words):
        name = _KIND_WORDS.get(word)
        if name is None:
            continue
        if word == "план" and not (_PLAN_CONFIRM & set(words[i + 1 : i + 4])):
            continue
        if word == "дорожный" and "карта" not in words[i + 1 : i + 2]:
            continue
        if word == "программа" and (_NOT_MENTORING_PROGRAMME & set(words[i + 1 : i + 3])):
            kind = "иное"
            break
        kind = name
        break
    if kind == "программа" and ({"персонализированный", "индивидуальный"} & found):
        kind = "персонализированная программа"
    mentoring = bool(MENTORING & found) or ("целевой" in found and "модель" in found)
    audience: list[str] = []
    if _TEACHERS & found and not ({"молодой"} & found and "специалист" not in found and "педагог" not in found):
        audience.append("педагоги")
    if _STUDENTS & found:
        audience.append("обучающиеся")
    level = own_level
    lowered = spelled.text.lower()
    if _FEDERAL & found or "минпросвещ" in lowered or "российской федерации" in lowered:
        level = "федеральный"
    elif "министерств" in lowered or _REGIONAL & found:
        level = "региональный"
    elif own_level == "локальный" and _MUNICIPAL & found and "школ" not in lowered:
        level = "муниципальный"
    years = tuple(f"{a}/{int(a) + 1}" for a, b in _ACADEMIC.findall(title) if int(b[-2:]) == (int(a) + 1) % 100)
    return Reading(
        kind,
        mentoring,
        tuple(audience),
        level,
        _first_date(title),
        years,
        found,
        spelled.text,
        spelled.fixes,
        is_statement(spelled.text),
    )


def _first_date(title: str) -> date | None:
    for day, month, year in _DATE.findall(title):
        full = int(year) + (2000 if len(year) == 2 else 0)
        try:
            return date(full, int(month), int(day))
        except ValueError:
            continue
    return None


def is_statement(title: str) -> bool:
    """«Подведены итоги…», «Состоялось заседание…»: a title that opens with a verb reports an event (a news post);
    a document's title names a thing («Программа…», «Итоги…»)."""
    first = re.match(r"[^\W\d_]+", title.strip())
    return first is not None and analyzer().parse(first.group(0))[0].tag.POS in ("VERB", "PRTS")
