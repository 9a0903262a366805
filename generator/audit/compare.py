"""What changed since the previous audit (its JSON report): documents that appeared, disappeared or broke,
requirements met or lost, sites that went down or came back."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from generator.check.evaluate import Outcome

if TYPE_CHECKING:
    from generator.audit.run import Audit


def compare(previous: dict[str, Any], audit: Audit) -> dict[str, list[str]]:
    before = {org.get("slug"): org for org in previous.get("organisations", []) if isinstance(org, dict)}
    changes: dict[str, list[str]] = {}
    for org in audit.report.orgs:
        old = before.get(org.slug)
        if old is None:
            changes[org.slug] = ["в прошлой проверке этой организации не было"]
            continue
        lines: list[str] = []
        site = audit.sites[org.slug]
        old_status = (old.get("site") or {}).get("status")
        if old_status and old_status != site.crawl.status:
            lines.append(f"состояние сайта: было «{old_status}», стало «{site.crawl.status}»")
        old_outcomes = {f.get("rule"): f.get("outcome") for f in old.get("findings", []) if isinstance(f, dict)}
        for finding in org.findings:
            was = old_outcomes.get(finding.rule)
            now = finding.outcome.value
            if was is None or was == now:
                continue
            if was == Outcome.MISSING.value:
                lines.append(f"появилось [{finding.rule}] {finding.title}: {finding.message}")
            elif now == Outcome.MISSING.value:
                lines.append(f"пропало [{finding.rule}] {finding.title}: {finding.message}")
            else:
                lines.append(f"изменилось [{finding.rule}] {finding.title}: было «{was}», стало «{now}»")
        old_docs = {d.get("url"): d for d in old.get("documents", []) if isinstance(d, dict) and not d.get("page")}
        new_docs = {s.url: s for s in site.crawl.seen if not s.is_page}
        for url, seen in new_docs.items():
            was_doc = old_docs.get(url)
            if was_doc is None:
                lines.append(f"новый документ: «{seen.title}» — {url}")
            elif was_doc.get("status") == "ok" and seen.status != "ok":
                lines.append(f"документ перестал открываться ({seen.status}): «{seen.title}» — {url}")
        if site.crawl.status == "ok":
            lines.extend(
                f"документ исчез: «{d.get('title')}» — {url}" for url, d in old_docs.items() if url not in new_docs
            )
        if lines:
            changes[org.slug] = lines
    return changes
