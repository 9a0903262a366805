"""Problems found in the input, as data; rendered for people only at the edge (CLI, reports).

Every stage that reads user input reports through `Problem`, so a run can list all problems at once
instead of stopping at the first.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TypeVar


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


SEVERITY_RU = {Severity.ERROR: "ошибка", Severity.WARNING: "предупреждение"}


def fast_pickle(cls: type[T]) -> type[T]:
    """Pickle a slots dataclass as its constructor call: a region's cache holds them by the hundred thousand,
    and the default (a state dict checked against fields()) takes four times as long to load."""

    def reduce(self: object) -> tuple[type, tuple[object, ...]]:
        return type(self), tuple(getattr(self, name) for name in cls.__slots__)  # type: ignore[attr-defined]

    cls.__reduce__ = reduce  # type: ignore[method-assign,assignment]
    return cls


T = TypeVar("T")


def field_path(loc: Iterable[str | int]) -> str:
    """A path inside a file as people read it: («sections», 0, «items») → «sections → №1 → items»."""
    parts = [f"№{p + 1}" if isinstance(p, int) else str(p) for p in loc]
    return " → ".join(parts)


@fast_pickle
@dataclass(frozen=True, slots=True)
class Problem:
    file: str  # path relative to the project root, POSIX style
    line: int | None  # 1-based
    field: str | None  # human-readable path to the field, e.g. «sections №1 → items №3 → deadline»
    message: str  # what is wrong and what was expected, in Russian
    code: str = "invalid"  # stable machine-readable identifier
    severity: Severity = Severity.ERROR

    def render(self) -> str:
        where = self.place()
        what = f"поле «{self.field}»: " if self.field else ""
        # One problem, one line: line breaks quoted from the data (multi-line deadlines) become spaces.
        return " ".join(f"{where}: {SEVERITY_RU[self.severity]}: {what}{self.message}".split())

    def sort_key(self) -> tuple[str, int, str, str]:
        return (self.file, self.line or 0, self.field or "", self.message)

    def place(self) -> str:
        return self.file + (f":{self.line}" if self.line else "")


GROUP_FROM = 3  # the same warning in this many places is printed once, with the list of the places


def render_grouped(problems: list[Problem]) -> list[str]:
    """Problems as lines for a terminal. A warning that recurs word for word in many places — a region's schools
    copied one roadmap template, and each copy gets the same warning — is one line, followed by every other
    place it was found: nothing is dropped, but the eye sees each thing to fix once. Errors stay one per line."""
    same: dict[tuple[str | None, str, str], list[Problem]] = {}
    for problem in problems:
        if problem.severity is Severity.WARNING:
            same.setdefault((problem.field, problem.message, problem.code), []).append(problem)
    lines = []
    for problem in problems:
        group = (
            same.get((problem.field, problem.message, problem.code)) if problem.severity is Severity.WARNING else None
        )
        if group is None or len(group) < GROUP_FROM:
            lines.append(problem.render())
        elif group[0] is problem:
            lines.append(problem.render())
            more = len(group) - 1
            places = "месте" if more % 10 == 1 and more % 100 != 11 else "местах"
            lines.append(f"  то же ещё в {more} {places}: " + ", ".join(p.place() for p in group[1:]))
    return lines


@dataclass
class Problems:
    """An accumulator that stages fill; `raise_if_errors` turns errors into one exception."""

    items: list[Problem] = field(default_factory=list)

    def add(self, problem: Problem) -> None:
        self.items.append(problem)

    def extend(self, problems: Iterable[Problem]) -> None:
        self.items.extend(problems)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if p.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.items if p.severity is Severity.WARNING]

    def sorted(self) -> list[Problem]:
        return sorted(set(self.items), key=Problem.sort_key)

    def raise_if_errors(self) -> None:
        if self.errors:
            raise InvalidInput(self.sorted())


class InvalidInput(Exception):
    """The input cannot be built from; carries every problem found (errors and warnings)."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        n = sum(1 for p in problems if p.severity is Severity.ERROR)
        super().__init__(f"ошибок во входных данных: {n}")

    def __reduce__(self) -> tuple[type, tuple[list[Problem]]]:  # raised in a worker, re-raised in the parent
        return type(self), (self.problems,)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]
