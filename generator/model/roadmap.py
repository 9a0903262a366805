"""Roadmaps (планы мероприятий): sections of numbered items with deadlines as people write them."""

from __future__ import annotations

from datetime import date
from functools import cached_property
from typing import Annotated, Any, ClassVar

from pydantic import BeforeValidator, Field, model_validator
from pydantic_core import PydanticCustomError

from generator.model.base import AcademicYear, Id, Record, Ref, RuDate, ShortText, Text, _to_date, academic_year_of
from generator.model.deadline import Deadline, parse_deadline


def _to_done(value: Any) -> Any:
    """`done` is yes/no, the date it was done, or the dates of each occurrence done."""
    if value is None or isinstance(value, bool):
        return bool(value)
    items = value if isinstance(value, list) else [value]
    try:
        return tuple(sorted(_to_date(v) for v in items))
    except PydanticCustomError as exc:
        raise PydanticCustomError(
            "bad_done",
            "done: ожидалось true/false, дата выполнения или список дат; {reason}",
            {"reason": str(exc)},
        ) from None


Done = Annotated[bool | tuple[date, ...], BeforeValidator(_to_done)]


class Item(Record):
    number: ShortText | None = None
    event: Text
    deadline: Text
    responsible: ShortText | None = None
    result: Text | None = None  # expected result or kind of document
    done: Done = False
    report: Ref | None = None  # a document that reports the item done
    note: Text | None = None
    # the roadmap's, set by it for «в течение учебного года»; a class default rather than a private attribute,
    # which pydantic would set up for each of a region's 30,000 items
    _academic_year: ClassVar[str | None] = None

    @cached_property
    def parsed(self) -> Deadline:
        return parse_deadline(self.deadline, self._academic_year)

    @property
    def done_dates(self) -> tuple[date, ...]:
        return self.done if isinstance(self.done, tuple) else ()

    @property
    def responsible_text(self) -> str | None:
        """The responsible as written, or as read from a column that mixed deadline and responsible."""
        if self.responsible:
            return self.responsible
        who = [w for _, w in self.parsed.responsible]
        return ", ".join(dict.fromkeys(who)) or None


class Section(Record):
    number: ShortText | None = None
    title: Text
    items: list[Item] = Field(min_length=1)


class Roadmap(Record):
    id: Id
    title: Text
    academic_year: AcademicYear | None = None
    start: RuDate | None = None  # when the roadmap begins (else its approval date, else its first deadline)
    end: RuDate | None = None
    approved_by: Ref | None = None  # the order approving it
    document: Ref | None = None  # the signed file of the roadmap itself
    sections: list[Section] = Field(default_factory=list)
    items: list[Item] = Field(default_factory=list)  # a roadmap without sections

    @model_validator(mode="after")
    def _has_items(self) -> Roadmap:
        if not self.sections and not self.items:
            raise PydanticCustomError("empty_roadmap", "в дорожной карте нет мероприятий (sections или items)", {})
        if self.sections and self.items:
            raise PydanticCustomError(
                "mixed_roadmap", "укажите мероприятия либо по разделам (sections), либо списком (items), не вместе", {}
            )
        year = self.academic_year
        if year is None and self.start and self.end and academic_year_of(self.start) == academic_year_of(self.end):
            year = academic_year_of(self.start)  # a roadmap for one academic year that does not say so
        if year:
            for _, item in self.all_items():
                object.__setattr__(item, "_academic_year", year)  # the item is frozen; this is not a field
        return self

    def item_paths(self) -> list[tuple[tuple[str | int, ...], Item]]:
        """Each item with its path inside the roadmap file (for messages that name the line)."""
        if self.items:
            return [(("items", i), item) for i, item in enumerate(self.items)]
        return [
            (("sections", s, "items", i), item)
            for s, section in enumerate(self.sections)
            for i, item in enumerate(section.items)
        ]

    def all_items(self) -> list[tuple[Section | None, Item]]:
        if self.items:
            return [(None, item) for item in self.items]
        return [(section, item) for section in self.sections for item in section.items]
