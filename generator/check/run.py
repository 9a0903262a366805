"""`nastavnik check` over a region: each organisation is read, cross-checked and evaluated in the worker that
read it; only small summaries and the reports travel between processes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from generator.check.evaluate import Evaluator, OrgReport, Report, add_privacy_findings
from generator.load import RegionLoad
from generator.load.orgcache import OrgPart
from generator.model.directory import Directory
from generator.problems import Problem, Severity
from generator.rules.model import Rule


@dataclass
class Checked:
    report: Report
    warnings: list[Problem]


def check_project(root: Path, rules: list[Rule], today: date, use_cache: bool = True) -> Checked:
    """Load and evaluate; raises InvalidInput listing every error in the data (personal-data violations are
    findings of the report instead)."""
    region = RegionLoad(root, use_cache)
    evaluators: dict[int, Evaluator] = {}  # one per worker: it keeps what it learnt of the files it read

    def second(part: OrgPart, directory: Directory) -> tuple[list[Problem], OrgReport | None]:
        problems = region.references(part, directory)
        invalid = any(p.severity is Severity.ERROR for p in (*part.problems, *problems))
        if part.org is None or invalid:  # the data will be refused: no report to make
            return problems, None
        evaluator = evaluators.setdefault(id(directory), Evaluator(directory, today))
        evaluator.files.update(part.files)
        evaluator.add_facts(part.facts)
        return problems, evaluator.run_org(part.org, rules)

    directory, results, summaries = region.phases(second)
    for problems, _ in results:
        region.reader.problems.extend(problems)
    _, privacy = region.finish(summaries, collect_privacy=True)
    reports = [r for _, r in results if r is not None]
    department = directory.department.slug if directory.department else ""
    report = Report(today, sorted(reports, key=lambda r: r.slug != department))
    add_privacy_findings(report, privacy)
    return Checked(report, region.reader.problems.sorted())
