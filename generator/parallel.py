"""Work shared out over the cores by forked workers.

Workers are forked after the inputs exist, so they inherit them (nothing is pickled on the way in); only the
results travel back. Small jobs stay in this process: starting workers costs more than it saves.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_all_start_methods, get_context
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

_task: tuple[Callable[[Any], Any], Sequence[Any]] | None = None


def _run_chunk(bounds: tuple[int, int]) -> list[Any]:
    assert _task is not None
    fn, items = _task
    return [fn(items[i]) for i in range(*bounds)]


def workers() -> int:
    return min(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1, 8)


PARALLEL_FROM = 48


def fork_map(fn: Callable[[T], R], items: Sequence[T], min_items: int | None = None) -> list[R]:
    """[fn(x) for x in items], over all cores when there are at least `min_items` items."""
    global _task
    n = workers()
    if (
        len(items) < (PARALLEL_FROM if min_items is None else min_items)
        or n < 2
        or "fork" not in get_all_start_methods()
    ):
        return [fn(x) for x in items]
    step = max(1, len(items) // (n * 8))  # small chunks even out slow and fast items
    chunks = [(i, min(i + step, len(items))) for i in range(0, len(items), step)]
    _task = (fn, items)
    try:
        with ProcessPoolExecutor(n, mp_context=get_context("fork")) as pool:
            return [result for chunk in pool.map(_run_chunk, chunks) for result in chunk]
    finally:
        _task = None
