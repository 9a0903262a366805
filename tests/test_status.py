"""Roadmap statuses against the build date: the table a curator reads."""

from __future__ import annotations

from datetime import date

import pytest

from generator.derive.status import Status, item_state
from generator.model.roadmap import Item


def state(deadline: str, today: str, done: object = False, start: date | None = None) -> Status:
    item = Item.model_validate({"event": "Мероприятие", "deadline": deadline, "done": done})
    return item_state(item, date.fromisoformat(today), start).status


@pytest.mark.parametrize(
    ("deadline", "today", "done", "start", "expected"),
    [
        ("14.02.2022", "2022-02-01", False, None, Status.PLANNED),
        ("14.02.2022", "2022-02-14", False, None, Status.IN_PROGRESS),
        ("14.02.2022", "2022-02-15", False, None, Status.OVERDUE),
        ("14.02.2022", "2022-02-15", "2022-02-14", None, Status.DONE),
        ("14.02.2022", "2022-02-15", True, None, Status.DONE),
        ("до 25.02.2022", "2022-02-01", False, None, Status.IN_PROGRESS),
        ("до 25.02.2022", "2022-01-01", False, date(2022, 2, 1), Status.PLANNED),
        ("Март, 2022", "2022-03-31", False, None, Status.IN_PROGRESS),
        ("Март, 2022", "2022-04-01", False, None, Status.OVERDUE),
        ("ежемесячно, на постоянной основе", "2030-01-01", False, None, Status.ONGOING),
        ("По мере появления возможности", "2022-01-01", False, None, Status.ONGOING),
        ("01.03.2022, далее на постоянной основе", "2022-02-01", False, None, Status.PLANNED),
        ("01.03.2022, далее на постоянной основе", "2022-06-01", "2022-03-01", None, Status.ONGOING),
        ("01.03.2022, далее на постоянной основе", "2022-06-01", False, None, Status.OVERDUE),
        # a completion dated after the build date is not known on that date
        ("Март, 2022", "2022-03-15", "2022-03-20", None, Status.IN_PROGRESS),
        ("Март, 2022", "2022-04-15", "2022-05-20", None, Status.OVERDUE),
        # one occurrence a year: each passed October needs its own completion
        ("Октябрь 2022, 2023, 2024", "2022-05-01", False, None, Status.PLANNED),
        ("Октябрь 2022, 2023, 2024", "2023-05-01", ["2022-10-20"], None, Status.IN_PROGRESS),
        ("Октябрь 2022, 2023, 2024", "2024-09-01", ["2022-10-20"], None, Status.OVERDUE),
        ("Октябрь 2022, 2023, 2024", "2024-09-01", ["2022-10-20", "2023-10-18"], None, Status.IN_PROGRESS),
        ("Октябрь 2022, 2023, 2024", "2025-01-01", ["2022-10-20", "2023-10-18", "2024-10-15"], None, Status.DONE),
        # three completions in one October do not cover the next two years
        ("Октябрь 2022, 2023, 2024", "2025-01-01", ["2022-10-20", "2022-10-21", "2022-10-22"], None, Status.OVERDUE),
        # a late completion (November 2023) still counts for October 2023
        ("Октябрь 2022, 2023, 2024", "2024-09-01", ["2022-10-20", "2023-11-10"], None, Status.IN_PROGRESS),
        ("В соответствии со сроками, устанавливаемыми МОиН УР", "2023-01-01", False, None, Status.UNKNOWN),
    ],
)
def test_status(deadline: str, today: str, done: object, start: date | None, expected: Status) -> None:
    assert state(deadline, today, done, start) is expected
