"""Mentoring programmes and personalised programmes (published as titles and counts)."""

from __future__ import annotations

from pydantic import Field

from generator.model.base import AcademicYear, Audience, Form, Id, Record, Ref, RuDate, Text


class Programme(Record):
    id: Id
    title: Text
    personalised: bool = False  # персонализированная программа of a pair
    forms: list[Form] = Field(default_factory=list)
    audience: list[Audience] = Field(default_factory=list)
    academic_year: AcademicYear | None = None
    start: RuDate | None = None
    end: RuDate | None = None
    summary: Text | None = None
    pairs: int | None = Field(default=None, ge=0)
    document: Ref | None = None
