"""Checks over the whole model that a single record cannot make: references, files, personal data.

They report through a `Reporter` (the loader), which knows where each record was read, so every problem
names its file, line and field.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from generator.problems import Problems, Severity

if TYPE_CHECKING:  # the loader imports the checks: a type-only import keeps the cycle out
    from generator.load.yamlfile import YamlDocument


class Reporter(Protocol):
    problems: Problems
    declared: set[tuple[str, str]]  # (org slug, id) of records that exist but failed validation
    origins: dict[int, object]  # id(record) → where it was read

    def report(
        self,
        record: object,
        subpath: tuple[str | int, ...],
        message: str,
        code: str,
        severity: Severity = Severity.ERROR,
    ) -> None: ...

    def where(self, record: object, subpath: tuple[str | int, ...]) -> tuple[YamlDocument, tuple[str | int, ...]]: ...
