"""Monitoring: target indicators against actual values, and monitoring reports."""

from __future__ import annotations

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from generator.model.base import Id, Record, Ref, RuDate, ShortText, Text


class IndicatorValue(Record):
    period: ShortText  # «2022», «2023/2024», «I полугодие 2024»
    date: RuDate | None = None  # the value is as of this date (seed 001: «на 31.12.2022»)
    target: float | None = Field(default=None, allow_inf_nan=False, ge=0)
    actual: float | None = Field(default=None, allow_inf_nan=False, ge=0)

    @model_validator(mode="after")
    def _some_value(self) -> IndicatorValue:
        if self.target is None and self.actual is None:
            raise PydanticCustomError("empty_value", "укажите целевое (target) или фактическое (actual) значение", {})
        return self


class Indicator(Record):
    id: Id
    title: Text | None = None  # a school may only give actual values of the department's indicator by its id
    unit: ShortText = "%"
    basis: Ref | None = None
    values: list[IndicatorValue] = Field(default_factory=list)


class MonitoringReport(Record):
    period: ShortText
    title: Text
    date: RuDate | None = None
    document: Ref | None = None
    summary: Text | None = None


class Monitoring(Record):
    indicators: list[Indicator] = Field(default_factory=list)
    reports: list[MonitoringReport] = Field(default_factory=list)
