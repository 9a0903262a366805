"""Best practices of mentoring, and the competitions that awarded them."""

from __future__ import annotations

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from generator.model.base import (
    Audience,
    CompetitionLevel,
    Form,
    Id,
    Markdown,
    Record,
    Ref,
    Role,
    ShortText,
    Text,
    Url,
)


class Material(Record):
    title: ShortText
    file: ShortText | None = None
    url: Url | None = None

    @model_validator(mode="after")
    def _source(self) -> Material:
        if bool(self.file) == bool(self.url):
            raise PydanticCustomError(
                "material_source", "у материала должен быть ровно один источник: file или url", {}
            )
        return self


class Practice(Record):
    title: Text
    forms: list[Form] = Field(min_length=1)
    year: int = Field(ge=2000, le=2100)
    summary: Text
    description: Markdown
    authors: list[ShortText] = Field(default_factory=list)
    audience: list[Audience] = Field(default_factory=list)
    results: Markdown | None = None
    materials: list[Material] = Field(default_factory=list)
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
    document: Ref | None = None  # order on the results
    url: Url | None = None
