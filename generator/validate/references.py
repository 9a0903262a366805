"""Cross-references inside the data: every id referred to exists, ids are unique, one department."""

from __future__ import annotations

from collections.abc import Iterable

from generator.model.directory import Directory
from generator.model.documents import split_ref
from generator.model.project import Org
from generator.validate import Reporter


def _docs(directory: Directory, reader: Reporter, org: Org, record: object, path: tuple, ref: str | None) -> None:
    if ref is None:
        return
    org_slug, ident = split_ref(ref, org.slug)
    if (org_slug, ident) in directory.declared or directory.resolve(ref, org.slug):
        return
    target = directory.org(org_slug)
    if target is None:
        known = ", ".join(directory.entries)
        message = f"ссылка «{ref}»: нет организации «{org_slug}» (есть: {known})"
    else:
        hint = _closest(ident, target.documents)
        message = f"ссылка «{ref}»: в documents.yml организации «{org_slug}» нет документа с id «{ident}»{hint}"
    reader.report(record, path, message, "missing_reference")


def _closest(word: str, options: Iterable[str]) -> str:
    import difflib

    match = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return f"; возможно, «{match[0]}»" if match else ""


def _unique(reader: Reporter, records: Iterable[object], what: str) -> None:
    seen: set[str] = set()
    for record in records:
        ident = getattr(record, "id", None)
        if ident is None:
            continue
        if ident in seen:
            reader.report(record, ("id",), f"{what} с id «{ident}» уже есть; id должны быть уникальны", "duplicate_id")
        seen.add(ident)


def check_references(org: Org, directory: Directory, reader: Reporter) -> None:
    """One organisation's references, checked against the directory of all organisations."""
    dept_indicators = directory.department.indicators if directory.department else frozenset()
    _unique(reader, org.documents, "документ")
    _unique(reader, org.roadmaps, "дорожная карта")
    _unique(reader, org.programmes, "программа")
    _unique(reader, org.competitions, "конкурс")
    _unique(reader, [m for m in org.mentors if m.id], "наставник")
    for doc in org.documents:
        for i, ref in enumerate(doc.supersedes):
            _docs(directory, reader, org, doc, ("supersedes", i), ref)
            if split_ref(ref, org.slug) == (org.slug, doc.id):
                reader.report(doc, ("supersedes", i), "документ не может заменять сам себя", "self_reference")
        _docs(directory, reader, org, doc, ("approved_by",), doc.approved_by)
    for roadmap in org.roadmaps:
        _docs(directory, reader, org, roadmap, ("approved_by",), roadmap.approved_by)
        _docs(directory, reader, org, roadmap, ("document",), roadmap.document)
    for prog in org.programmes:
        _docs(directory, reader, org, prog, ("document",), prog.document)
    for row in org.participation:
        _docs(directory, reader, org, row, ("order",), row.order)
    for comp in org.competitions:
        _docs(directory, reader, org, comp, ("document",), comp.document)
        for i, result in enumerate(comp.results):
            if result.practice is None:
                continue
            p_org, p_slug = split_ref(result.practice, org.slug)
            target = directory.org(p_org)
            if (p_org, p_slug) in directory.declared or (target and p_slug in target.practices):
                continue
            options = target.practices if target else []
            reader.report(
                comp,
                ("results", i, "practice"),
                f"нет практики «{result.practice}» (ожидалось имя файла из practices/ без .yml"
                f"{_closest(p_slug, options)})",
                "missing_reference",
            )
    monitoring = org.monitoring
    if id(monitoring) in reader.origins:
        seen: set[str] = set()
        for i, indicator in enumerate(monitoring.indicators):
            if indicator.id in seen:
                reader.report(
                    monitoring, ("indicators", i, "id"), f"показатель «{indicator.id}» уже есть", "duplicate_id"
                )
            seen.add(indicator.id)
        for i, report in enumerate(monitoring.reports):
            _docs(directory, reader, org, monitoring, ("reports", i, "document"), report.document)
        for i, indicator in enumerate(monitoring.indicators):
            _docs(directory, reader, org, monitoring, ("indicators", i, "basis"), indicator.basis)
            if indicator.title is None and (org.is_department or indicator.id not in dept_indicators):
                reader.report(
                    monitoring,
                    ("indicators", i, "title"),
                    f"у показателя «{indicator.id}» нет названия, и у управления нет показателя с таким id"
                    f"{_closest(indicator.id, dept_indicators)}",
                    "missing_reference",
                )
