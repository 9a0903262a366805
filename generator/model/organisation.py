"""The organisation profile: a school or an education department, with its contacts."""

from __future__ import annotations

from pydantic import Field

from generator.model.base import Markdown, OrgKind, Person, Record, RuDate, ShortText, Text, Url


class Contact(Person):
    role: ShortText  # «куратор», «руководитель муниципального наставнического центра»…


class Centre(Record):
    """The municipal mentoring centre (often the методический кабинет), seeds 000 and 001."""

    name: Text
    address: ShortText | None = None
    phone: ShortText | None = None
    email: ShortText | None = None
    head: Person | None = None
    basis: ShortText | None = None  # id of the order that created it
    functions: list[Text] = Field(default_factory=list)


class StructureUnit(Record):
    """One level of the management structure (seed 000: coordinator, centre, schools) with its functions."""

    role: ShortText
    holder: ShortText | None = None
    functions: list[Text] = Field(default_factory=list)


class Organisation(Record):
    kind: OrgKind
    full_name: Text
    short_name: ShortText
    municipality: ShortText | None = None
    region: ShortText | None = None
    address: ShortText | None = None
    phone: ShortText | None = None
    email: ShortText | None = None
    site: Url | None = None
    section_url: Url | None = None  # where the «Наставничество» section lives on the organisation's own site
    head: Person | None = None
    curator: Person | None = None  # school: куратор; department: муниципальный координатор
    contacts: list[Contact] = Field(default_factory=list)
    centre: Centre | None = None
    structure: list[StructureUnit] = Field(default_factory=list)
    implements_since: RuDate | None = None  # when the organisation started implementing the target model
    students_total: int | None = Field(default=None, ge=0)
    teachers_total: int | None = Field(default=None, ge=0)
    about: Markdown | None = None
