"""The audit's findings against the corpus's labels: precision and recall of «document present» per rule, and the
site statuses. Shared by the test (tests/test_audit.py) and the benchmark (bench/audit_accuracy.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from auditcorpus import DEPARTMENT_RULES, SCHOOL_RULES
from siteserver import Served, Site

from generator.audit.run import Audit, audit
from generator.audit.targets import Target
from generator.check.evaluate import Outcome
from generator.load.rules import load_rules

TODAY = date(2024, 10, 1)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def targets(sites: list[Site], served: Served) -> list[Target]:
    return [Target(s.name, s.name, s.kind, served[s.name] + "/") for s in sites]


def run(sites: list[Site], served: Served, **options: object) -> Audit:
    from pathlib import Path

    rules = load_rules(Path("/nonexistent-project"))  # the baseline alone
    return audit(targets(sites, served), rules, TODAY, **options)  # type: ignore[arg-type]


def score(sites: list[Site], result: Audit) -> tuple[dict[str, Score], list[str]]:
    """Per rule: present by the labels vs found or partial in the audit. Also the sites whose status differs."""
    scores = {rule: Score() for rule in (*SCHOOL_RULES, *DEPARTMENT_RULES)}
    wrong_status = []
    by_slug = {o.slug: o for o in result.report.orgs}
    for site in sites:
        crawl = result.sites[site.name].crawl
        if crawl.status != site.expected_status:
            wrong_status.append(f"{site.name}: {crawl.status} ({crawl.detail}), ожидалось {site.expected_status}")
        outcomes = {f.rule: f for f in by_slug[site.name].findings}
        for rule, path in site.truth.items():
            finding = outcomes.get(rule)
            found = finding is not None and finding.outcome is not Outcome.MISSING
            s = scores[rule]
            if path is not None and found:
                s.tp += 1
            elif path is not None:
                s.fn += 1
                s.misses.append(f"{site.name}: не найден {path}")
            elif found:
                s.fp += 1
                s.misses.append(f"{site.name}: лишнее — {finding.evidence if finding else ''}")
            else:
                s.tn += 1
    return scores, wrong_status
