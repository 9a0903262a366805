"""The JSON report; its schema is published beside this module (check-report.schema.json, version 1)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator.check.evaluate import Report

SCHEMA_VERSION = 1
SCHEMA_PATH = Path(__file__).resolve().parent / "check-report.schema.json"


def report_data(report: Report) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "date": report.today.isoformat(),
        "passed": not report.failed,
        "organisations": [
            {
                "slug": org.slug,
                "name": org.name,
                "kind": org.kind,
                "score": org.score,
                "findings": [
                    {
                        "rule": f.rule,
                        "title": f.title,
                        "outcome": f.outcome.value,
                        "severity": f.severity,
                        "message": f.message,
                        "fix": f.fix,
                        "basis": f.basis,
                        "evidence": list(f.evidence),
                    }
                    for f in org.findings
                ],
            }
            for org in report.orgs
        ],
    }


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def render_json(report: Report) -> str:
    """Indented down to the findings, each finding on a line of its own: readable and diffable, and written by
    json's C encoder (`indent` switches to its Python one, three times slower on a region's 10 MB)."""
    data = report_data(report)
    orgs = data.pop("organisations")
    lines = ["{", *(f"  {_dumps(key)}: {_dumps(value)}," for key, value in data.items()), '  "organisations": [']
    for i, org in enumerate(orgs):
        findings = org.pop("findings")
        head = _dumps(org)[:-1]  # the organisation's fields; its findings (the last key) follow
        if not findings:
            lines.append(f'    {head}, "findings": []}}' + ("," if i < len(orgs) - 1 else ""))
            continue
        lines.append(f'    {head}, "findings": [')
        lines += [f"      {_dumps(f)}" + ("," if j < len(findings) - 1 else "") for j, f in enumerate(findings)]
        lines.append("    ]}" + ("," if i < len(orgs) - 1 else ""))
    lines += ["  ]", "}"]
    return "\n".join(lines) + "\n"
