"""Mentors, other adults named on pages, and participation counted (never named) — 152-ФЗ."""

from __future__ import annotations

from pydantic import Field

from generator.model.base import AcademicYear, Category, Form, Id, Person, Record, Ref, ShortText


class Mentor(Person):
    id: Id | None = None
    experience: int | None = Field(default=None, ge=0, le=70)  # years of pedagogical experience
    category: Category | None = None
    forms: list[Form] = Field(default_factory=list)
    competencies: list[ShortText] = Field(default_factory=list)
    achievements: list[ShortText] = Field(default_factory=list)
    photo: ShortText | None = None  # path inside the organisation's folder


class StaffMember(Person):
    """An adult who may be named on pages (director, official, author): listed with the recorded consent."""

    id: Id | None = None


class Participation(Record):
    """Pairs, groups and the mentee bank of one academic year, as counts only."""

    academic_year: AcademicYear
    mentors: int = Field(ge=0)
    mentees: int = Field(ge=0)
    pairs: int = Field(default=0, ge=0)
    groups: int = Field(default=0, ge=0)
    by_form: dict[Form, int] = Field(default_factory=dict)
    mentees_by_category: dict[ShortText, int] = Field(default_factory=dict)
    students_involved: int | None = Field(default=None, ge=0)
    teachers_involved: int | None = Field(default=None, ge=0)
    order: Ref | None = None  # приказ о закреплении наставнических пар
