"""Loading the rule sets: the baseline shipped with the package, then the project's overlay."""

from __future__ import annotations

from pathlib import Path

from generator.load.organisations import OrgReader
from generator.load.yamlfile import read_yaml
from generator.problems import Problem, Problems
from generator.rules.model import BASELINE, Overlay, Rule, RuleSet


def load_rules(root: Path) -> list[Rule]:
    """Baseline rules with data/rules.yml applied; raises InvalidInput on a bad overlay."""
    problems = Problems()
    reader = OrgReader(root.resolve(), problems, {})
    doc = read_yaml(BASELINE, "baseline.yml", problems)
    baseline = reader.validate(RuleSet, doc.value, doc) if doc else None
    if baseline is None:
        problems.raise_if_errors()
        raise AssertionError("the shipped baseline rule set must load")
    rules = {r.id: r for r in baseline.rules}
    path = root / "data" / "rules.yml"
    if path.is_file():
        overlay_doc = reader.read(path)
        overlay = reader.validate(Overlay, overlay_doc.value, overlay_doc) if overlay_doc else None
        if overlay is not None and overlay_doc is not None:
            for i, ident in enumerate(overlay.drop):
                if rules.pop(ident, None) is None:
                    problems.add(_unknown(overlay_doc.file, overlay_doc.line_of(("drop", i)), ident, rules))
            for i, change in enumerate(overlay.change):
                rule = rules.get(change.id)
                if rule is None:
                    problems.add(_unknown(overlay_doc.file, overlay_doc.line_of(("change", i)), change.id, rules))
                    continue
                updates = change.model_dump(exclude_none=True, exclude={"id"})
                rules[change.id] = rule.model_copy(update=updates)
            for i, rule in enumerate(overlay.add):
                if rule.id in rules:
                    problems.add(
                        Problem(
                            overlay_doc.file,
                            overlay_doc.line_of(("add", i, "id")),
                            f"add → №{i + 1}",
                            f"правило «{rule.id}» уже есть; чтобы изменить его, используйте change",
                            "duplicate_rule",
                        )
                    )
                rules[rule.id] = rule
    problems.raise_if_errors()
    return list(rules.values())


def _unknown(file: str, line: int | None, ident: str, rules: dict[str, Rule]) -> Problem:
    import difflib

    close = difflib.get_close_matches(ident, list(rules), n=1)
    hint = f"; возможно, «{close[0]}»" if close else ""
    return Problem(file, line, None, f"нет правила «{ident}»{hint}", "unknown_rule")
