"""The audit's own part of the reports: each site's status, where its section is, every document found with
what it is and which rule it was taken for — added to the `check` report in each format."""

from __future__ import annotations

from typing import Any

from generator.audit.crawl import SITE_STATUSES
from generator.audit.run import Audit
from generator.check.report_json import report_data
from generator.derive.files import human_size


def documents(audit: Audit, slug: str) -> list[dict[str, Any]]:
    site = audit.sites[slug]
    rules: dict[str, list[dict[str, Any]]] = {}
    for match in site.matches:
        rules.setdefault(match.url, []).append({"rule": match.rule, "confidence": round(match.confidence, 2)})
    return [
        {
            "url": s.url,
            "title": s.title,
            "found_on": s.found_on,
            "page": s.is_page,
            "status": s.status,
            "http_status": s.http_status,
            "content_type": s.content_type,
            "format": s.format,
            "size": s.size,
            "text_layer": s.text_layer,
            "rules": rules.get(s.url, []),
        }
        for s in site.crawl.seen
    ]


def audit_data(audit: Audit) -> dict[str, Any]:
    data = report_data(audit.report)
    data["kind"] = "audit"
    for org in data["organisations"]:
        site = audit.sites[org["slug"]]
        org["site"] = {
            "url": site.target.site,
            "status": site.crawl.status,
            "status_text": SITE_STATUSES.get(site.crawl.status, site.crawl.status),
            "detail": site.crawl.detail,
            "section": site.crawl.section,
            "manifest": site.crawl.manifest_url or None,
            "requests": site.crawl.requests,
            "seconds": round(site.crawl.seconds, 2),
        }
        org["documents"] = documents(audit, org["slug"])
        org["changes"] = audit.changes.get(org["slug"], [])
    return data


def audit_text(audit: Audit, verbose: bool = False) -> list[str]:
    """Lines to add after the findings: each site's status, its documents (with --verbose), and changes."""
    lines = ["Сайты:"]
    for slug, site in audit.sites.items():
        status = SITE_STATUSES.get(site.crawl.status, site.crawl.status)
        lines.append(f"  {site.target.name}: {site.target.site} — {status}")
        if verbose:
            for s in site.crawl.seen:
                size = f", {human_size(s.size)}" if s.size else ""
                lines.append(
                    f"      {s.status} {s.format or ('страница' if s.is_page else '?')}{size}: {s.title} — {s.url}"
                )
        lines.extend(f"      изменение: {change}" for change in audit.changes.get(slug, []))
    return lines


def audit_sheets(audit: Audit) -> dict[str, list[list[object]]]:
    """The workbook's extra sheets: every document found, and the changes since the previous audit."""
    documents_sheet: list[list[object]] = [
        [
            "Организация",
            "Сайт",
            "Состояние сайта",
            "Документ",
            "Адрес",
            "Состояние",
            "Формат",
            "Размер, байт",
            "Текстовый слой",
            "Требования (уверенность)",
        ]
    ]
    for slug, site in audit.sites.items():
        status = SITE_STATUSES.get(site.crawl.status, site.crawl.status)
        if not site.crawl.seen:
            documents_sheet.append([site.target.name, site.target.site, status, "", "", "", "", "", "", ""])
        for row in documents(audit, slug):
            layer = "" if row["text_layer"] is None else ("есть" if row["text_layer"] else "нет")
            rules = ", ".join(f"{r['rule']} ({r['confidence']:.0%})" for r in row["rules"])
            kind = "страница" if row["page"] else (row["format"] or "")
            documents_sheet.append(
                [
                    site.target.name,
                    site.target.site,
                    status,
                    row["title"],
                    row["url"],
                    row["status"],
                    kind,
                    row["size"],
                    layer,
                    rules,
                ]
            )
    sheets = {"Документы": documents_sheet}
    if audit.changes:
        sheets["Изменения"] = [["Организация", "Изменение"]] + [
            [audit.sites[slug].target.name, line] for slug, lines in audit.changes.items() for line in lines
        ]
    return sheets
