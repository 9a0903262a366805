"""Work shared out over the cores by forked workers.

Workers are forked after the inputs exist, so they inherit them (nothing is pickled on the way in); only the
results travel back. Small jobs stay in this process: starting workers costs more than it saves.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import os
import pickle
import signal
import struct
import traceback
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")
S = TypeVar("S")  # what a worker keeps of an item between the phases
A = TypeVar("A")  # what the first phase sends back for an item
D = TypeVar("D")  # what the parent makes of all of them, sent to every worker
B = TypeVar("B")  # what the second phase sends back

_task: tuple[Callable[[Any], Any], Sequence[Any]] | None = None


def _run_chunk(bounds: tuple[int, int]) -> list[Any]:
    assert _task is not None
    fn, items = _task
    return [fn(items[i]) for i in range(*bounds)]


def workers() -> int:
    return min(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1, 8)


PARALLEL_FROM = 48
_CAN_FORK = hasattr(os, "fork")  # what multiprocessing's «fork» start method needs
_in_child = False  # this process is in_child's: it ends when its stage does
ENABLED = True  # False where forking is unsafe: a process with threads (the live preview, a browser driver)


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection while a region is loaded: the data makes no cycles worth collecting, and
    each full collection walks every object read so far — 30 % of a region's load time when left on. In a
    child that ends with its stage (`in_child`), what was made meanwhile is then left out of collection
    (gc.freeze): left in, it was all walked by the first collection after (a region's model: 0.4–1 s). A
    process that lives on collects it as usual, so that nothing is kept from being freed."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if _in_child:
                gc.freeze()
            gc.enable()


@contextlib.contextmanager
def frozen_heap() -> Iterator[None]:
    """Objects that exist when workers are forked are left out of garbage collection while they run: a
    collection in a worker would touch every inherited object and so copy the parent's whole heap into each
    worker (a region's pages, three times over)."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _serial(items: Sequence[T], min_items: int | None) -> bool:
    return (
        not ENABLED
        or len(items) < (PARALLEL_FROM if min_items is None else min_items)
        or workers() < 2
        or not _CAN_FORK
    )


def fork_map(fn: Callable[[T], R], items: Sequence[T], min_items: int | None = None) -> list[R]:
    """[fn(x) for x in items], over all cores when there are at least `min_items` items."""
    global _task
    if _serial(items, min_items):
        return [fn(x) for x in items]
    n = workers()
    step = max(1, len(items) // (n * 8))  # small chunks even out slow and fast items
    chunks = [(i, min(i + step, len(items))) for i in range(0, len(items), step)]
    _task = (fn, items)
    try:
        from concurrent.futures import ProcessPoolExecutor  # here: every command imports this module, few map
        from multiprocessing import get_context

        with frozen_heap(), ProcessPoolExecutor(n, mp_context=get_context("fork")) as pool:
            return [result for chunk in pool.map(_run_chunk, chunks) for result in chunk]
    finally:
        _task = None


class WorkerFailed(RuntimeError):
    """A forked worker raised or died; the message carries its traceback."""


def _send(fd: int, value: object) -> None:
    data = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
    with os.fdopen(os.dup(fd), "wb", closefd=True) as out:
        out.write(struct.pack("<Q", len(data)))
        out.write(data)


def _receive(fd: int) -> object:
    with os.fdopen(os.dup(fd), "rb", closefd=True) as stream:
        head = stream.read(8)
        if len(head) < 8:
            raise WorkerFailed("рабочий процесс завершился, не передав результат")
        (size,) = struct.unpack("<Q", head)
        data = stream.read(size)
    if len(data) < size:
        raise WorkerFailed("рабочий процесс завершился, не передав результат")
    return pickle.loads(data)


_finishing: list[int] = []  # workers that sent all their results and still run `idle`


def settle() -> None:
    """Wait for the workers still storing what they read: before a store is read again, and at exit."""
    while _finishing:
        pid = _finishing.pop()
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)


atexit.register(settle)


def _idle(idle: Callable[[], None]) -> int:
    """Run a worker's `idle` after its results are sent: a failure there (a bug in storing the cache) cannot
    fail a run that has its results, so it is told on stderr and the worker ends with status 1."""
    try:
        idle()
    except BaseException:
        with contextlib.suppress(Exception):
            os.write(2, ("не удалось сохранить кэш прочитанного:\n" + traceback.format_exc()).encode())
        return 1
    return 0


def fork_phases(
    items: Sequence[T],
    first: Callable[[T], tuple[S, A]],
    combine: Callable[[list[A]], D],
    second: Callable[[S, D], B],
    min_items: int | None = None,
    idle: Callable[[], None] | None = None,
) -> tuple[list[A], D, list[B]]:
    """Map, combine, map again — with each item staying in the worker that took it.

    `first(item)` → (state, summary): the state stays in the worker, the summary goes to the parent;
    `combine(summaries)` runs in the parent and its result is sent to every worker; `second(state, combined)`
    → a result for the parent. Only summaries, the combined value and results cross processes: a region's
    organisations are loaded, cross-checked through a small index and evaluated without their models ever
    being pickled. `idle()` runs in each worker after it sent its results, while the parent goes on (work that
    can wait: storing what was read); `settle()` waits for it. Returns (summaries, combined, results), in the
    order of `items`.
    """
    with paused_gc():
        return _fork_phases(items, first, combine, second, min_items, idle or (lambda: None))


def _fork_phases(
    items: Sequence[T],
    first: Callable[[T], tuple[S, A]],
    combine: Callable[[list[A]], D],
    second: Callable[[S, D], B],
    min_items: int | None,
    idle: Callable[[], None],
) -> tuple[list[A], D, list[B]]:
    if _serial(items, min_items):
        firsts = [first(x) for x in items]
        combined = combine([a for _, a in firsts])
        results = [second(s, combined) for s, _ in firsts]
        idle()
        return [a for _, a in firsts], combined, results
    n = min(workers(), len(items))
    shares = [range(k, len(items), n) for k in range(n)]
    children: list[tuple[int, int, int]] = []  # pid, read end of its results, write end of its input
    done = False
    gc.freeze()
    try:
        for share in shares:
            up_r, up_w = os.pipe()
            down_r, down_w = os.pipe()
            pid = os.fork()
            if pid == 0:  # the worker: never returns
                code = 0
                try:
                    for _, r, w in children:
                        os.close(r)
                        os.close(w)
                    os.close(up_r)
                    os.close(down_w)
                    try:
                        firsts = [first(items[i]) for i in share]
                        _send(up_w, ("ok", [a for _, a in firsts]))
                        combined = _receive(down_r)
                        _send(up_w, ("ok", [second(s, combined) for s, _ in firsts]))  # type: ignore[arg-type]
                    except BaseException:
                        code = 1
                        _send(up_w, ("error", traceback.format_exc()))
                    else:
                        os.close(up_w)  # the parent has all it needs and goes on; this worker finishes `idle`
                        code = _idle(idle)
                finally:
                    os._exit(code)
            os.close(up_w)
            os.close(down_r)
            children.append((pid, up_r, down_w))
        summaries: list[A] = [None] * len(items)  # type: ignore[list-item]
        for share, (_, r, _) in zip(shares, children, strict=True):
            for i, a in zip(share, _result(r), strict=True):
                summaries[i] = a
        combined = combine(summaries)
        for _, _, w in children:
            _send(w, combined)
        results: list[B] = [None] * len(items)  # type: ignore[list-item]
        for share, (_, r, _) in zip(shares, children, strict=True):
            for i, b in zip(share, _result(r), strict=True):
                results[i] = b
        done = True
        return summaries, combined, results
    finally:
        for pid, r, w in children:
            for fd in (r, w):
                with contextlib.suppress(OSError):
                    os.close(fd)
            if done:  # it sent every result and is storing what it read (`idle`): reaped by settle()
                _finishing.append(pid)
                continue
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)  # a worker still waiting for its input after a failure elsewhere
            os.waitpid(pid, 0)
        gc.unfreeze()


def _result(fd: int) -> list:  # type: ignore[type-arg]
    status, value = _receive(fd)  # type: ignore[misc]
    if status != "ok":
        raise WorkerFailed(str(value))
    return value  # type: ignore[no-any-return]


def in_child(fn: Callable[[], R]) -> R:
    """fn() in a forked child; its result (or exception) comes back pickled. Memory the work takes is given
    back whole when the child ends — a region's model and pages are not held while the next stage runs."""
    return in_background(fn).result()


class Background(Generic[R]):
    """fn() running in a forked child while this process goes on; `result()` waits for it."""

    def __init__(self, fn: Callable[[], R]) -> None:
        self.fn: Callable[[], R] | None = None
        self.pid = 0
        if not ENABLED or not _CAN_FORK:
            self.fn = fn  # run by result(), here
            return
        self.read_end, write_end = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:
            global _in_child
            _in_child = True
            code = 0
            try:
                os.close(self.read_end)
                try:
                    value = fn()
                    settle()  # this child's own workers: whoever reads their stores next must find them written
                    _send(write_end, ("ok", value))
                except BaseException as exc:  # sent to the parent, raised there
                    code = 1
                    try:
                        _send(write_end, ("raised", exc))
                    except Exception:
                        _send(write_end, ("error", traceback.format_exc()))
            finally:
                os._exit(code)
        os.close(write_end)

    def result(self) -> R:
        if self.fn is not None:
            return self.fn()
        try:
            status, value = _receive(self.read_end)  # type: ignore[misc]
        finally:
            self.cancel()
        if status == "raised":
            raise value
        if status != "ok":
            raise WorkerFailed(str(value))
        return value  # type: ignore[no-any-return]

    def cancel(self) -> None:
        """Stop the child if it still runs, and reap it; there is no result() after."""
        if self.pid:
            with contextlib.suppress(OSError):
                os.close(self.read_end)
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
            self.pid = 0


def in_background(fn: Callable[[], R]) -> Background[R]:
    """Start fn() in a forked child. This process must have no other threads, as for every fork here."""
    return Background(fn)
