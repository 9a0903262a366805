"""The status of a roadmap item on a given date — computed here and nowhere else."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from generator.model.deadline import Period
from generator.model.directory import Directory
from generator.model.roadmap import Item, Roadmap


class Status(StrEnum):
    DONE = "выполнено"
    IN_PROGRESS = "в работе"
    OVERDUE = "просрочено"
    PLANNED = "запланировано"
    ONGOING = "постоянно"
    UNKNOWN = "срок не распознан"

    @property
    def css(self) -> str:
        return {
            "выполнено": "done",
            "в работе": "progress",
            "просрочено": "overdue",
            "запланировано": "planned",
            "постоянно": "ongoing",
            "срок не распознан": "unknown",
        }[self.value]


STATUS_ORDER = list(Status)


@dataclass(frozen=True, slots=True)
class ItemState:
    status: Status
    next_due: date | None  # the nearest end of a period not yet past
    explanation: str  # why, in Russian, for a tooltip and for reports


def roadmap_start(roadmap: Roadmap, directory: Directory | None = None, org_slug: str = "") -> date | None:
    if roadmap.start:
        return roadmap.start
    if directory and roadmap.approved_by:
        found = directory.resolve(roadmap.approved_by, org_slug)
        if found and found[1].date:
            return found[1].date
    return None


def _start(period: Period, fallback: date | None) -> date | None:
    return period.start if period.start is not None else fallback


def _met(periods: tuple[Period, ...], done: list[date]) -> list[bool]:
    """Which periods have a completion of their own: each completion serves one period — the earliest one it can,
    dated after the previous period ended and before the next begins (a late completion still counts for its
    own period, not for the next one)."""
    free = sorted(done)
    met = []
    for i, period in enumerate(periods):
        after = periods[i - 1].end if i else date.min
        nxt = periods[i + 1] if i + 1 < len(periods) else None
        before = (nxt.start or nxt.end) if nxt else date.max
        found = next((d for d in free if after < d < before), None)
        if found is None and i == 0:
            found = next((d for d in free if d <= period.end), None)
        if found is not None:
            free.remove(found)
        met.append(found is not None)
    return met


def item_state(item: Item, today: date, start: date | None) -> ItemState:
    deadline = item.parsed
    if item.done is True:
        return ItemState(Status.DONE, None, "отмечено как выполненное")
    periods = deadline.periods
    # Only what was done by the build date counts: a build «as of May 2022» must not know about 2023.
    done = [d for d in item.done_dates if d <= today]
    if not periods:
        if done:
            return ItemState(Status.DONE, None, f"выполнено: {', '.join(f'{d:%d.%m.%Y}' for d in done)}")
        if deadline.recurrence or deadline.conditions or deadline.continues:
            return ItemState(Status.ONGOING, None, "срок без дат: выполняется постоянно или по мере необходимости")
        return ItemState(Status.UNKNOWN, None, "срок записан так, что его нельзя прочитать как дату")
    past = [p for p in periods if p.end < today]
    upcoming = [p for p in periods if p.end >= today]
    next_due = upcoming[0].end if upcoming else None
    met = _met(periods, done)
    if all(met):
        when = ", ".join(f"{d:%d.%m.%Y}" for d in done)
        if deadline.continues or deadline.recurrence:
            return ItemState(Status.ONGOING, None, f"срок выполнен ({when}), далее мероприятие продолжается")
        return ItemState(Status.DONE, None, f"выполнено: {when}")
    missed = [p for p, ok in zip(periods, met, strict=True) if not ok and p.end < today]
    if missed:
        if not upcoming and (deadline.continues or deadline.recurrence) and done:
            return ItemState(Status.ONGOING, None, "сроки прошли, мероприятие продолжается постоянно")
        return ItemState(Status.OVERDUE, next_due, f"срок {missed[0].end:%d.%m.%Y} прошёл, выполнение не отмечено")
    if not upcoming:  # every period done… but fewer completions than periods is handled above
        return ItemState(Status.ONGOING, None, "мероприятие продолжается")
    current = upcoming[0]
    begin = _start(current, start if not past else None)
    if begin is not None and today < begin and not past:
        return ItemState(Status.PLANNED, next_due, f"начало {begin:%d.%m.%Y}")
    return ItemState(Status.IN_PROGRESS, next_due, f"срок {current.end:%d.%m.%Y}")


def status_counts(states: list[ItemState]) -> list[tuple[Status, int]]:
    counts = Counter(s.status for s in states)
    return [(s, counts[s]) for s in STATUS_ORDER if counts[s]]
