"""`nastavnik audit`: crawl the schools' sites (many at once, each politely), judge each by the rules, and keep
every site's result in a state file as it comes, so an interrupted audit resumes where it stopped."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from generator.audit.crawl import Seen, SiteCrawl, SiteCrawler
from generator.audit.fetch import Fetcher, Limits
from generator.audit.judge import Judge, Match
from generator.audit.targets import Target
from generator.check.evaluate import OrgReport, Report
from generator.rules.model import Rule

SITES_AT_ONCE = 48
STATE_VERSION = 1


@dataclasses.dataclass
class SiteAudit:
    """What the report says of one site beyond the findings: where it was looked at and what it publishes."""

    target: Target
    crawl: SiteCrawl
    matches: list[Match]


@dataclasses.dataclass
class Audit:
    report: Report
    sites: dict[str, SiteAudit]  # by slug
    changes: dict[str, list[str]] = dataclasses.field(default_factory=dict)  # by slug, against a previous audit


def _crawl_to_json(crawl: SiteCrawl) -> dict:  # type: ignore[type-arg]
    return dataclasses.asdict(crawl)


def _crawl_from_json(data: dict) -> SiteCrawl:  # type: ignore[type-arg]
    seen = [Seen(**s) for s in data.pop("seen")]
    return SiteCrawl(**data, seen=seen)


# Results that say the site could not be reached, not what it holds: a resumed audit asks again.
RETRIED = frozenset({"unreachable", "timeout", "site_timeout"})


class State:
    """One JSON line per finished site; a line cut short by a crash is ignored. Resuming, the sites that did not
    answer (no connection, out of time) are checked again: an interruption often comes with the network's."""

    def __init__(self, path: Path | None, resume: bool) -> None:
        self.path = path
        self.done: dict[str, SiteCrawl] = {}
        if path is None:
            return
        if resume and path.is_file():
            text = path.read_text("utf-8", errors="replace")
            if text and not text.endswith("\n"):  # a crash cut the last line: the next one must not join it
                with path.open("a", encoding="utf-8") as out:
                    out.write("\n")
            for line in text.splitlines():
                try:
                    row = json.loads(line)
                    if row.get("version") == STATE_VERSION:
                        crawl = _crawl_from_json(row["crawl"])
                        if crawl.status in RETRIED:
                            self.done.pop(row["key"], None)
                        else:
                            self.done[row["key"]] = crawl
                except (ValueError, KeyError, TypeError):
                    continue
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("", "utf-8")

    def add(self, key: str, crawl: SiteCrawl) -> None:
        if self.path is None:
            return
        row = {"version": STATE_VERSION, "key": key, "crawl": _crawl_to_json(crawl)}
        with self.path.open("a", encoding="utf-8") as out:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def _key(target: Target) -> str:
    return f"{target.slug}\t{target.site}\t{target.section_url or ''}"


async def crawl_all(
    targets: list[Target],
    limits: Limits | None = None,
    state: State | None = None,
    progress: Callable[[int, int, Target, SiteCrawl], None] | None = None,
) -> dict[str, SiteCrawl]:
    state = state or State(None, False)
    results: dict[str, SiteCrawl] = {}
    todo = []
    for target in targets:
        key = _key(target)
        if key in state.done:
            results[target.slug] = state.done[key]
        else:
            todo.append(target)
    total, finished = len(targets), len(results)
    gate = asyncio.Semaphore(SITES_AT_ONCE)  # sites crawled at the same time; each keeps to its per-host limit
    async with Fetcher(limits) as fetcher:
        crawler = SiteCrawler(fetcher)

        async def one(target: Target) -> None:
            nonlocal finished
            async with gate:
                try:
                    crawl = await crawler.crawl(target.site, target.section_url)
                except Exception as exc:  # a site must never stop the audit of the others
                    crawl = SiteCrawl(target.site, "bad_response", f"{type(exc).__name__}: {exc}"[:300])
            results[target.slug] = crawl
            state.add(_key(target), crawl)
            finished += 1
            if progress is not None:
                progress(finished, total, target, crawl)

        await asyncio.gather(*(one(t) for t in todo))
    return results


def terminal_progress() -> Callable[[int, int, Target, SiteCrawl], None] | None:
    """A progress line on a terminal; nothing in CI or when the output is redirected."""
    if not sys.stderr.isatty():
        return None
    started = time.monotonic()

    def show(done: int, total: int, target: Target, crawl: SiteCrawl) -> None:
        elapsed = time.monotonic() - started
        line = f"\rПроверено сайтов: {done} из {total} ({elapsed:.0f} с) — {target.name[:40]}: {crawl.status}"
        print(f"{line:<100}", end="" if done < total else "\n", file=sys.stderr, flush=True)

    return show


def audit(
    targets: list[Target],
    rules: list[Rule],
    today: date,
    limits: Limits | None = None,
    state: State | None = None,
    previous: dict | None = None,  # type: ignore[type-arg]
    progress: Callable[[int, int, Target, SiteCrawl], None] | None = None,
) -> Audit:
    crawls = asyncio.run(crawl_all(targets, limits, state, progress))
    judge = Judge(today)
    orgs: list[OrgReport] = []
    sites: dict[str, SiteAudit] = {}
    for target in targets:
        crawl = crawls[target.slug]
        report, matches = judge.run(target.slug, target.name, target.kind, crawl, rules)
        orgs.append(report)
        sites[target.slug] = SiteAudit(target, crawl, matches)
    result = Audit(Report(today, orgs, title="Проверка сайтов: раздел «Наставничество»"), sites)
    if previous is not None:
        from generator.audit.compare import compare

        result.changes = compare(previous, result)
    return result
