"""A compliance rule and the overlay that adds, drops or changes rules for a region or municipality."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import BeforeValidator, Field

from generator.model.base import Audience, DocumentKind, Level, OrgKind, Record, RuDate, ShortText, Text

BASELINE = Path(__file__).resolve().parent / "baseline.yml"

Check = Literal[
    "document",
    "roadmap",
    "roadmap_overdue",
    "roadmap_due",
    "programme",
    "participation",
    "monitoring",
    "indicators",
    "practices",
    "news",
    "contacts",
    "file_format",
    "file_size",
    "file_text_layer",
    "file_signature",
]
Severity = Annotated[
    Literal["error", "warning"],
    BeforeValidator(lambda v: {"ошибка": "error", "предупреждение": "warning"}.get(v, v)),
]


class Rule(Record):
    id: ShortText
    title: Text
    publisher: list[OrgKind] = Field(min_length=1)
    basis: Text
    severity: Severity
    check: Check
    fix: Text
    # document matching
    kind: list[DocumentKind] = Field(default_factory=list)
    level: Level | None = None
    audience: Audience | None = None
    title_any: list[ShortText] = Field(default_factory=list)  # stems, case-insensitive; any one matches
    # conditions
    in_force: bool = True
    approved_by_order: bool = False
    current_academic_year: bool = False
    max_age_months: int | None = Field(default=None, ge=1, le=240)
    deadline: RuDate | None = None  # the requirement applies from this date (e.g. seed 002: by 01.05.2024)
    days: int = Field(default=14, ge=1, le=365)  # roadmap_due: how far ahead to look


class RuleChange(Record):
    id: ShortText
    title: Text | None = None
    severity: Severity | None = None
    deadline: RuDate | None = None
    max_age_months: int | None = Field(default=None, ge=1, le=240)
    days: int | None = Field(default=None, ge=1, le=365)
    fix: Text | None = None
    basis: Text | None = None


class RuleSet(Record):
    rules: list[Rule]


class Overlay(Record):
    """data/rules.yml: what a region or municipality requires beyond (or instead of) the baseline."""

    title: Text | None = None  # e.g. «Распоряжение администрации района от 05.04.2024 № 125»
    add: list[Rule] = Field(default_factory=list)
    drop: list[ShortText] = Field(default_factory=list)
    change: list[RuleChange] = Field(default_factory=list)
