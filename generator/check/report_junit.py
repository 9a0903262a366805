"""JUnit XML for CI systems: a test suite per organisation, a test case per rule; errors fail."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from generator.check.evaluate import OUTCOME_RU, Report


def render_junit(report: Report) -> str:
    root = ET.Element("testsuites", name=f"nastavnik check {report.today.isoformat()}")
    total = failures = 0
    for org in report.orgs:
        failed = org.errors
        suite = ET.SubElement(
            root,
            "testsuite",
            name=f"{org.name} ({org.slug})",
            tests=str(len(org.findings)),
            failures=str(len(failed)),
            errors="0",
            skipped="0",
        )
        props = ET.SubElement(suite, "properties")
        ET.SubElement(props, "property", name="score", value=f"{org.score:g}")
        for finding in org.findings:
            case = ET.SubElement(suite, "testcase", classname=org.slug, name=finding.rule)
            text = f"{finding.title}: {OUTCOME_RU[finding.outcome]} — {finding.message}. Что сделать: {finding.fix}"
            details = "\n".join(finding.evidence)
            if finding in failed:
                failure = ET.SubElement(case, "failure", message=text, type=finding.outcome.value)
                failure.text = details or text
            elif finding.failed:  # a warning: visible, but does not fail the build
                ET.SubElement(case, "system-out").text = f"предупреждение: {text}\n{details}".strip()
        total += len(org.findings)
        failures += len(failed)
    root.set("tests", str(total))
    root.set("failures", str(failures))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
