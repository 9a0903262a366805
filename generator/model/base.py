"""Shared pieces of the data model: the record base, and field types that explain themselves in Russian."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from typing import Annotated, Any, get_args

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationInfo, model_validator
from pydantic_core import PydanticCustomError, PydanticUndefined

from generator.model.vocabulary import (
    AUDIENCES,
    COMPETITION_LEVELS,
    DOCUMENT_KINDS,
    LEVELS,
    ORG_KINDS,
    QUALIFICATION_CATEGORIES,
    ROLES,
    Vocabulary,
)

_new = object.__new__
_set = object.__setattr__


def _restore(cls: type[Record], state: dict[str, Any], fields_set: set[str], private: dict[str, Any] | None) -> Any:
    record = _new(cls)
    _set(record, "__dict__", state)
    _set(record, "__pydantic_fields_set__", fields_set)
    _set(record, "__pydantic_extra__", None)  # extra="forbid": never any
    _set(record, "__pydantic_private__", private)
    return record


class Record(BaseModel):
    """Every data record: unknown keys are errors (typos must not vanish silently), values are immutable."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        coerce_numbers_to_str=True,  # «number: 91» in YAML is an int; a document number is text
        str_strip_whitespace=True,
    )

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as a call of `_restore` with the record's state: the cache holds a region's records by the
        hundred thousand, and pydantic's own state (a dict per record, set back by Python code) takes a fifth
        longer to write and to read."""
        private = self.__pydantic_private__
        if private:
            private = {k: v for k, v in private.items() if v is not PydanticUndefined}
        return _restore, (type(self), self.__dict__, self.__pydantic_fields_set__, private)


def model_classes(annotation: object) -> Iterator[type[BaseModel]]:
    """The record classes a field's annotation can hold: «list[Mentor] | None» → Mentor."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation
    for arg in get_args(annotation):
        yield from model_classes(arg)


_RU_DATE = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*(?:г\.?)?\s*$")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def _to_date(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        match = _ISO_DATE.match(value)
        parts = (match.group(1), match.group(2), match.group(3)) if match else None
        if parts is None and (match := _RU_DATE.match(value)):
            parts = (match.group(3), match.group(2), match.group(1))
        if parts is not None:
            try:
                return date(int(parts[0]), int(parts[1]), int(parts[2]))
            except ValueError:
                raise PydanticCustomError(
                    "impossible_date", "невозможная дата «{value}»: такого дня нет в календаре", {"value": value}
                ) from None
    raise PydanticCustomError(
        "date_expected", "ожидалась дата в виде ГГГГ-ММ-ДД или ДД.ММ.ГГГГ, получено «{value}»", {"value": value}
    )


def _to_datetime(value: Any) -> Any:
    if isinstance(value, datetime):
        return value
    if isinstance(value, str):
        text = value.strip()
        ru = re.match(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})[ T](.*)$", text)
        if ru:  # «30.08.2024 14:05» → ISO
            text = f"{ru.group(3)}-{int(ru.group(2)):02d}-{int(ru.group(1)):02d} {ru.group(4)}"
        try:
            return datetime.fromisoformat(re.sub(r"\s+([+-]\d{2}:?\d{2})$", r"\1", text))
        except ValueError:
            pass
        try:
            return datetime.combine(_to_date(value), datetime.min.time())
        except PydanticCustomError:
            pass
    if isinstance(value, date):
        return datetime.combine(value, datetime.min.time())
    raise PydanticCustomError(
        "datetime_expected",
        "ожидались дата и время в виде ГГГГ-ММ-ДД ЧЧ:ММ (можно с часовым поясом, например +03:00), получено «{value}»",
        {"value": value},
    )


RuDate = Annotated[date, BeforeValidator(_to_date)]
RuDateTime = Annotated[datetime, BeforeValidator(_to_datetime)]


def _term_validator(vocabulary: Vocabulary | None, context_key: str | None = None) -> BeforeValidator:
    def check(value: Any, info: ValidationInfo) -> str:
        vocab = vocabulary
        if context_key and info.context and context_key in info.context:
            vocab = info.context[context_key]
        assert vocab is not None
        if not isinstance(value, str):
            raise PydanticCustomError("term_type", "ожидался текст: {title}", {"title": vocab.title})
        term = vocab.resolve(value)
        if term is not None:
            return term.name
        hint = vocab.suggest(value)
        if hint:
            raise PydanticCustomError(
                "unknown_term",
                "неизвестное значение «{value}» ({title}); возможно, имелось в виду «{hint}»",
                {"value": value, "title": vocab.title, "hint": hint},
            )
        raise PydanticCustomError(
            "unknown_term",
            "неизвестное значение «{value}» ({title}); допустимо: {allowed}",
            {"value": value, "title": vocab.title, "allowed": ", ".join(vocab.names())},
        )

    return BeforeValidator(check)


DocumentKind = Annotated[str, _term_validator(DOCUMENT_KINDS)]
Level = Annotated[str, _term_validator(LEVELS)]
OrgKind = Annotated[str, _term_validator(ORG_KINDS)]
Audience = Annotated[str, _term_validator(AUDIENCES)]
CompetitionLevel = Annotated[str, _term_validator(COMPETITION_LEVELS)]
Category = Annotated[str, _term_validator(QUALIFICATION_CATEGORIES)]
Role = Annotated[str, _term_validator(ROLES)]
# Forms of mentoring are extendable by data/forms.yml, so the vocabulary comes from the validation context.
Form = Annotated[str, _term_validator(None, "forms")]


def matching(pattern: str, code: str, expected: str) -> BeforeValidator:
    """A text field that must match `pattern`; `expected` says in Russian what it should look like."""
    regex = re.compile(pattern)

    def check(value: Any) -> Any:
        if isinstance(value, str) and regex.match(value.strip()):
            return value.strip()
        raise PydanticCustomError(code, expected + ", получено «{value}»", {"value": value})

    return BeforeValidator(check)


_SLUG = r"[a-z0-9][a-z0-9-]{0,79}"
Id = Annotated[
    str,
    matching(
        rf"^{_SLUG}$",
        "bad_id",
        "ожидался идентификатор из строчных латинских букв, цифр и дефисов (например, «polozhenie-2024»)",
    ),
]
# A reference to a record by id: «id» in the same organisation or «org-slug/id» in another one.
Ref = Annotated[
    str,
    matching(
        rf"^(?:{_SLUG}/)?{_SLUG}$",
        "bad_ref",
        "ожидалась ссылка: id («prikaz-91») или «организация/id» («uo-zarechny/prikaz-91»)",
    ),
]
_CONTROL_CHARACTERS = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f"
_CONTROL = re.compile(f"[{_CONTROL_CHARACTERS}]")


def control_character(value: object) -> str | None:
    """Control characters (from copy-paste out of Word or PDF) break XML, XLSX and pages: the Russian message
    for a text that holds one (the load's messages use it for the check below), None for a clean text."""
    found = _CONTROL.search(value) if isinstance(value, str) else None
    if found is None:
        return None
    code = f"U+{ord(found.group(0)):04X}"
    return f"в тексте невидимый управляющий символ (код {code}) — удалите его, перепечатав текст вокруг"


# Checked by pydantic's core with the type (a Python call per value would cost a tenth of a region's load);
# a mismatch of this pattern is reported by `control_character`.
NO_CONTROL_CHARACTERS = f"^[^{_CONTROL_CHARACTERS}]*$"
Text = Annotated[str, Field(min_length=1, max_length=5000, pattern=NO_CONTROL_CHARACTERS)]
ShortText = Annotated[str, Field(min_length=1, max_length=500, pattern=NO_CONTROL_CHARACTERS)]
Markdown = Annotated[str, Field(max_length=200_000, pattern=NO_CONTROL_CHARACTERS)]


Url = Annotated[
    str, matching(r"(?i)^https?://[^\s/$.?#][^\s]*$", "bad_url", "ожидался адрес, начинающийся с http:// или https://")
]


def _to_academic_year(value: Any) -> Any:
    text = str(value).strip()
    match = re.match(r"^(\d{4})\s*[/–—-]\s*(\d{4})$", text)
    if match and int(match.group(2)) == int(match.group(1)) + 1:
        return f"{match.group(1)}/{match.group(2)}"
    raise PydanticCustomError(
        "bad_academic_year",
        "ожидался учебный год в виде «2024/2025» (два соседних года), получено «{value}»",
        {"value": value},
    )


AcademicYear = Annotated[str, BeforeValidator(_to_academic_year)]


def academic_year_bounds(year: str) -> tuple[date, date]:
    """«2024/2025» → 1 September 2024 … 31 August 2025."""
    start = int(year[:4])
    return date(start, 9, 1), date(start + 1, 8, 31)


def academic_year_of(day: date) -> str:
    start = day.year if day.month >= 9 else day.year - 1
    return f"{start}/{start + 1}"


class Consent(Record):
    """A person's written consent to dissemination of personal data (152-ФЗ ст. 10.1)."""

    date: RuDate
    scope: list[ShortText] = Field(
        default_factory=list, description="что разрешено публиковать: имя, фото, должность, стаж…"
    )
    document: ShortText | None = None  # where the signed consent is kept, e.g. «согласие от 02.09.2024, вх. № 15»


class Person(Record):
    """An adult whose data may be published: a name only with a recorded consent."""

    name: ShortText | None = None
    post: ShortText | None = None
    phone: ShortText | None = None
    email: ShortText | None = None
    consent: Consent | None = None
    publish: bool = True  # False: kept for counts, never shown


class Attachment(Record):
    """A file or a link attached to a record: a practice's materials, a document's appendices or parts."""

    title: ShortText
    file: ShortText | None = None  # path inside the organisation's folder
    url: Url | None = None

    @model_validator(mode="after")
    def _source(self) -> Attachment:
        if bool(self.file) == bool(self.url):
            raise PydanticCustomError("attachment_source", "укажите ровно один источник: file или url", {})
        return self
