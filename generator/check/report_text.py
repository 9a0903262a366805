"""The terminal report: grouped by organisation and severity, saying what to do, in Russian."""

from __future__ import annotations

from generator.check.evaluate import OUTCOME_RU, Report

_SEVERITY = {"error": "ОШИБКА", "warning": "предупреждение"}


def render_text(report: Report, verbose: bool = False, extra: list[str] | None = None) -> str:
    lines = [f"{report.title} на {report.today:%d.%m.%Y}", ""]
    for org in sorted(report.orgs, key=lambda o: o.score):
        lines.append(f"{org.name} ({org.slug}) — соответствие {org.score:g} %")
        failed = [f for f in org.findings if f.failed]
        for severity in ("error", "warning"):
            for f in (f for f in failed if f.severity == severity):
                lines.append(f"  {_SEVERITY[severity]} [{f.rule}] {f.title}: {OUTCOME_RU[f.outcome]} — {f.message}")
                lines.append(f"      что сделать: {f.fix}")
                lines.extend(f"      • {e}" for e in f.evidence[:10])
        if verbose:
            lines.extend(f"  есть [{f.rule}] {f.title}: {f.message}" for f in org.findings if not f.failed)
        if not failed:
            lines.append("  замечаний нет")
        lines.append("")
    if any(f.rule == "roadmap-overdue" for o in report.orgs for f in o.findings):
        lines.append("Сроки дорожных карт по всем организациям (просрочено / в ближайшие дни):")
        for org, overdue, due in report.deadlines():
            lines.append(f"  {org.name}: {len(overdue)} / {len(due)}")
        lines.append("")
    if extra:
        lines.extend([*extra, ""])
    errors = sum(len(o.errors) for o in report.orgs)
    warnings = sum(1 for o in report.orgs for f in o.findings if f.failed and f.severity == "warning")
    lines.append(f"Итого: ошибок {errors}, предупреждений {warnings}.")
    return "\n".join(lines)
