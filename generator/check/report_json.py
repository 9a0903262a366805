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


def render_json(report: Report) -> str:
    return json.dumps(report_data(report), ensure_ascii=False, indent=2, sort_keys=False)
