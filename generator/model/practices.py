"""Best practices of mentoring, and the competitions that awarded them."""

from __future__ import annotations

from pydantic import Field

from generator.model.base import (
    Attachment,
    Audience,
    CompetitionLevel,
    Form,
    Id,
    Markdown,
    Record,
    Ref,
    Role,
    RuDate,
    ShortText,
    Text,
    Url,
)


class Practice(Record):
    title: Text
    forms: list[Form] = Field(min_length=1)
    year: int = Field(ge=2000, le=2100)
    summary: Text
    description: Markdown
    authors: list[ShortText] = Field(default_factory=list)
    audience: list[Audience] = Field(default_factory=list)
    results: Markdown | None = None
    materials: list[Attachment] = Field(default_factory=list)
    tags: list[ShortText] = Field(default_factory=list)
    partners: list[ShortText] = Field(default_factory=list)


class Result(Record):
    place: ShortText  # «1», «победитель», «лауреат», «призёр», «участник»
    role: Role = "педагог"
    participant: ShortText | None = None  # an adult's name (with consent), a team or an organisation
    practice: Ref | None = None  # the practice the result was awarded for
    note: ShortText | None = None


class Competition(Record):
    id: Id
    name: ShortText
    level: CompetitionLevel
    year: int = Field(ge=2000, le=2100)
    nomination: ShortText | None = None
    organiser: ShortText | None = None
    results: list[Result] = Field(default_factory=list)
    date: RuDate | None = None  # when the results were announced
    stage: ShortText | None = None  # «муниципальный этап», «заочный этап»…
    document: Ref | None = None  # order on the results
    url: Url | None = None
