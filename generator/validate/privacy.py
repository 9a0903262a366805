"""Personal data (152-ФЗ): an adult is named only with a recorded consent; a student is never named.

Names are found in free text with Russian morphology (pymorphy3 tags given names, surnames and patronymics),
in the forms people write them: «М.И. Донченко», «Донченко М.И.», «Смирнова Елена Викторовна», «Петя Иванов».
A name is allowed when it matches (surname in any case + first initial) a person whose consent is recorded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache, lru_cache
from typing import TYPE_CHECKING
from urllib.parse import unquote

from pydantic import BaseModel

from generator.model.base import Consent, Person
from generator.model.practices import Competition
from generator.model.project import Org
from generator.morphology import analyzer
from generator.problems import Problem, fast_pickle, field_path
from generator.validate import Reporter

if TYPE_CHECKING:  # the loader imports this module: a type-only import keeps the cycle out
    from generator.load.yamlfile import YamlDocument

_WORD = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_INITIALS_FIRST = re.compile(rf"(?<![А-ЯЁа-яё])([А-ЯЁ])\.\s?(?:([А-ЯЁ])\.\s?)?({_WORD})")
_SURNAME_FIRST = re.compile(rf"({_WORD})\s([А-ЯЁ])\.\s?(?:([А-ЯЁ])\.)?(?![а-яё])")
_CAPITALISED_RUN = re.compile(rf"{_WORD}(?:\s+{_WORD}){{1,3}}")
# Words after which a name is not a person's: «им. В.Г. Короленко», «ул. Карла Маркса».
_NOT_A_PERSON_BEFORE = re.compile(
    r"(?:им\.|имени|ул\.|улица|улицы|пр\.|пр-т|проспект|пер\.|переулок|бульвар|б-р|пл\.|площадь|наб\.)\s*$",
    re.IGNORECASE,
)
# Fields that are not published text, or that are checked as a person's name directly.
# (`file` is scanned: a file name is published too, transliterated, and may carry a name.)
_SKIP_FIELDS = {"email", "phone", "photo", "id", "certificate", "consent", "site", "section_url"}
# An address is published as a link and read by people: «…/Благодарность%20Орловой%20Д.П.pdf» names someone.
_ADDRESS_FIELDS = frozenset({"url"})


cache_bounded = lru_cache(maxsize=65536)


@cache
def _tags(word: str) -> frozenset[str]:
    """Which of Name / Surn / Patr a capitalised word can be, among its likelier readings."""
    found = set()
    for parse in analyzer().parse(word):
        if parse.score < 0.1:
            continue
        for tag in ("Name", "Surn", "Patr"):
            if tag in parse.tag:
                found.add(tag)
    return frozenset(found)


@cache
def surname_key(word: str) -> str:
    """A surname in any case → one key: «Смирновой» and «Смирнова» → «смирнов»."""
    for parse in analyzer().parse(word):
        if "Surn" in parse.tag:
            return parse.normal_form.replace("ё", "е")
    return word.lower().replace("ё", "е")


def _address_text(url: str) -> str:
    """The words of an address as a reader sees them: «%20», «_» and «+» are spaces."""
    return re.sub(r"[_+/]", " ", unquote(url))


@dataclass(frozen=True, slots=True)
class NameMention:
    text: str
    start: int
    key: tuple[str, str]  # (surname key, first initial)


def _person_before(text: str, start: int) -> bool:
    return _NOT_A_PERSON_BEFORE.search(text[max(0, start - 12) : start]) is None


def find_names(text: str) -> tuple[NameMention, ...]:
    """Every personal name written in `text` (cached: the same titles and wordings recur across a region)."""
    return _find_names(text) if len(text) > 2000 else _find_names_cached(text)


@cache_bounded
def _find_names_cached(text: str) -> tuple[NameMention, ...]:
    return _find_names(text)


def _find_names(text: str) -> tuple[NameMention, ...]:
    mentions: dict[int, NameMention] = {}
    for m in _INITIALS_FIRST.finditer(text):
        if _person_before(text, m.start()):
            mentions[m.start()] = NameMention(m.group(0), m.start(), (surname_key(m.group(3)), m.group(1)))
    for m in _SURNAME_FIRST.finditer(text):
        if _person_before(text, m.start()) and m.start() not in mentions:
            mentions[m.start()] = NameMention(m.group(0), m.start(), (surname_key(m.group(1)), m.group(2)))
    covered = [range(m.start, m.start + len(m.text)) for m in mentions.values()]
    for m in _CAPITALISED_RUN.finditer(text):
        if any(m.start() in r for r in covered) or not _person_before(text, m.start()):
            continue
        # trim words that cannot be part of a name («Поздравляем Смирнову Елену Викторовну»)
        words = [(w.start(), w.group(0)) for w in re.finditer(r"\S+", m.group(0))]
        while words and not _tags(words[0][1]):
            words.pop(0)
        while words and not _tags(words[-1][1]):
            words.pop()
        if len(words) < 2:
            continue
        start = m.start() + words[0][0]
        name = m.group(0)[words[0][0] : words[-1][0] + len(words[-1][1])]
        key = full_name_key(name)
        if key is not None:
            mentions[start] = NameMention(name, start, key)
    return tuple(sorted(mentions.values(), key=lambda n: n.start))


def full_name_key(name: str) -> tuple[str, str] | None:
    """«Смирнова Елена Викторовна», «Елена Викторовна Смирнова», «Петя Иванов» → (surname key, initial);
    None when the words are not a person's name."""
    words = name.split()
    tags = [_tags(w) for w in words]
    patr = next((i for i, t in enumerate(tags) if "Patr" in t), None)
    if patr is not None and patr >= 1 and "Name" in tags[patr - 1]:
        given = patr - 1
        others = [i for i in range(len(words)) if i not in (given, patr)]
        surname = words[others[0]] if others else None
        return (surname_key(surname), words[given][0]) if surname else ("", words[given][0])
    names = [i for i, t in enumerate(tags) if "Name" in t]
    surnames = [i for i, t in enumerate(tags) if "Surn" in t]
    for g in names:
        for s in surnames:
            if s != g and abs(s - g) == 1:
                return surname_key(words[s]), words[g][0]
    return None


def person_key(name: str) -> tuple[str, str] | None:
    """The key of a name given in a person record (any word order; initials allowed)."""
    found = find_names(name)
    if found:
        return found[0].key
    words = name.split()
    if len(words) >= 2:  # unknown to the dictionary: take the Russian order «Фамилия Имя Отчество»
        return surname_key(words[0]), words[1][0]
    return None


@cache
def _fields(cls: type[BaseModel]) -> tuple[tuple[str, bool], ...]:
    """The fields of a record class that hold published text (names of persons are checked separately), each
    with whether it is an address."""
    person = issubclass(cls, Person)
    return tuple(
        (n, n in _ADDRESS_FIELDS) for n in cls.model_fields if n not in _SKIP_FIELDS and not (person and n == "name")
    )


_LEAVES = frozenset({int, bool, float, date, datetime, type(None)})  # values that hold no text


Trail = tuple[object, ...]  # a path as nested pairs (parent, key): built per value, flattened only when needed


def _flat(trail: Trail) -> tuple:
    keys = []
    while trail:
        trail, key = trail  # type: ignore[misc]
        keys.append(key)
    return tuple(reversed(keys))


def _walk(value: object, trail: Trail, persons: list[tuple[Person, Trail]], texts: list[tuple[str, Trail]]) -> None:
    """The persons of a record, and its published text fields; one pass (a region has a million values)."""
    if isinstance(value, str):
        texts.append((value, trail))
    elif isinstance(value, BaseModel):
        if isinstance(value, Consent):
            return
        if isinstance(value, Person):
            persons.append((value, trail))
            if not value.publish:
                return
        state = value.__dict__  # the fields' values; getattr per field costs a fifth of the walk
        for name, address in _fields(type(value)):
            field_value = state[name]
            kind = type(field_value)
            if kind in _LEAVES:  # most values: no call for them
                continue
            if address and isinstance(field_value, str):
                field_value = _address_text(field_value)
            if kind is str:
                texts.append((field_value, (trail, name)))
            else:
                _walk(field_value, (trail, name), persons, texts)
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            if type(item) is str:
                texts.append((item, (trail, i)))
            else:
                _walk(item, (trail, i), persons, texts)
    elif isinstance(value, dict):
        for key, item in value.items():
            _walk(key, (trail, key), persons, texts)
            _walk(item, (trail, key), persons, texts)


@fast_pickle
@dataclass(frozen=True, slots=True)
class Mention:
    """A name written in an organisation's data without a consent of that organisation. It is a problem only if
    no organisation of the project consents, which the parent learns after all are read: the line is found
    then (that reads the file again), not for every mention."""

    key: tuple[str, str]
    name: str
    file: str
    field: str | None
    line: int | None = None
    doc: YamlDocument | None = None  # where to find the line, when `line` is not known yet
    path: tuple[str | int, ...] = ()

    def problem(self) -> Problem:
        line = self.doc.line_of(self.path) if self.doc is not None else self.line
        return Problem(self.file, line, self.field, _unconsented(self.name), "name_without_consent")


@dataclass
class PrivacyScan:
    """What one organisation's published data holds about people, found without looking at other orgs (so it
    is computed once per changed folder): problems of its own, the names it records consent for, and every
    name written in its texts with the problem to report if nobody in the project consented."""

    problems: list[Problem] = field(default_factory=list)
    consented: set[tuple[str, str]] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)


def scan_privacy(org: Org, reader: Reporter) -> PrivacyScan:
    scan = PrivacyScan()
    mark = len(reader.problems.items)
    walked = []
    for record in org.records():
        persons: list[tuple[Person, Trail]] = []
        texts: list[tuple[str, Trail]] = []
        _walk(record, (), persons, texts)
        walked.append((record, texts))
        for person, trail in persons:
            if not person.name or not person.publish:
                continue
            path = _flat(trail)
            if person.consent is None:
                reader.report(
                    record,
                    (*path, "name"),
                    f"имя «{person.name}» публикуется, но согласие этого человека на распространение "
                    "персональных данных не записано: добавьте consent с датой согласия или publish: false",
                    "name_without_consent",
                )
                continue
            photo = getattr(person, "photo", None)
            scope = [s.lower() for s in person.consent.scope]
            if photo and scope and not any(s.startswith("фото") for s in scope):
                reader.report(
                    record,
                    (*path, "photo"),
                    "фотография публикуется, но согласие не разрешает публикацию фото (consent.scope без «фото»)",
                    "photo_without_consent",
                )
            key = person_key(person.name)
            if key:
                scan.consented.add(key)
    for record, texts in walked:
        if id(record) not in reader.origins:
            continue
        students: set[tuple] = set()
        if isinstance(record, Competition):
            for i, result in enumerate(record.results):
                if result.role == "обучающийся" and result.participant:
                    students.add(("results", i, "participant"))
                    reader.report(
                        record,
                        ("results", i, "participant"),
                        "имена обучающихся не публикуются (152-ФЗ): укажите класс или «команда обучающихся», а не имя",
                        "student_name",
                    )
        for text, trail in texts:
            # a name this organisation holds a consent for is fine whatever other orgs hold: no problem to
            # prepare (preparing one reads the file again for its line)
            mentions = [m for m in find_names(text) if m.key not in scan.consented]
            path = _flat(trail) if mentions else ()
            if not mentions or path in students:
                continue
            doc, where = reader.where(record, path)
            for mention in mentions:
                scan.mentions.append(
                    Mention(mention.key, mention.text, doc.file, field_path(where) or None, doc=doc, path=where)
                )
    bodies = [(item.source, item.body_line, item.body) for item in org.news]
    if org.about and org.about_source:
        bodies.append((org.about_source, 1, org.about))
    for source, first_line, text in bodies:
        # the whole text at once: Markdown joins lines, so a name may be split by a line break
        for mention in find_names(" ".join(text.split("\n")) if len(text) < 200_000 else text):
            line = first_line + text.count("\n", 0, mention.start)
            scan.mentions.append(Mention(mention.key, mention.text, source, None, line))
    for item in org.news:  # title, summary and tags are published (pages, lists, search) like the body
        for value in (item.meta.title, item.meta.summary or "", *item.meta.tags):
            for mention in find_names(value):
                scan.mentions.append(Mention(mention.key, mention.text, item.source, "title/summary/tags", 2))
    scan.problems = reader.problems.items[mark:]
    del reader.problems.items[mark:]
    return scan


def check_privacy(scans: list[PrivacyScan], reader: Reporter) -> None:
    """Report the scans' own problems, and every name written without a consent recorded anywhere."""
    consented: set[tuple[str, str]] = set()
    for scan in scans:
        reader.problems.extend(scan.problems)
        consented |= scan.consented
    # A person file that failed to load may hold the consent a name relies on: report the file's own errors
    # first instead of a cascade of «no consent» for names that are in fact consented.
    person_files = {"organisation.yml", "people.yml", "mentors.yml"}
    privacy_codes = {"name_without_consent", "student_name", "photo_without_consent"}
    if any(p.file.rsplit("/", 1)[-1] in person_files and p.code not in privacy_codes for p in reader.problems.errors):
        return
    for scan in scans:
        reader.problems.extend(mention.problem() for mention in scan.mentions if mention.key not in consented)


def _unconsented(name: str) -> str:
    return (
        f"имя «{name}» публикуется без записанного согласия: добавьте этого человека с датой согласия "
        "(people.yml или mentors.yml) либо замените имя должностью; имена обучающихся не публикуются"
    )
