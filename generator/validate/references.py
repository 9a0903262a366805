"""Cross-references inside the data: every id referred to exists, ids are unique, one department."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

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


def references(org: Org) -> Iterator[tuple[object, tuple[str | int, ...], str, str]]:
    """Every reference an organisation's records make: (record, field path, reference, "doc" or "practice").
    A reference may name another organisation («uo-zarechny:prikaz-91»): its pages then show that one's data."""
    for doc in org.documents:
        for i, ref in enumerate(doc.supersedes):
            yield doc, ("supersedes", i), ref, "doc"
        if doc.approved_by is not None:
            yield doc, ("approved_by",), doc.approved_by, "doc"
    for roadmap in org.roadmaps:
        for name in ("approved_by", "document"):
            if getattr(roadmap, name) is not None:
                yield roadmap, (name,), getattr(roadmap, name), "doc"
    for prog in org.programmes:
        if prog.document is not None:
            yield prog, ("document",), prog.document, "doc"
    for row in org.participation:
        if row.order is not None:
            yield row, ("order",), row.order, "doc"
    for comp in org.competitions:
        if comp.document is not None:
            yield comp, ("document",), comp.document, "doc"
        for i, result in enumerate(comp.results):
            if result.practice is not None:
                yield comp, ("results", i, "practice"), result.practice, "practice"
    monitoring = org.monitoring
    for i, report in enumerate(monitoring.reports):
        if report.document is not None:
            yield monitoring, ("reports", i, "document"), report.document, "doc"
    for i, indicator in enumerate(monitoring.indicators):
        if indicator.basis is not None:
            yield monitoring, ("indicators", i, "basis"), indicator.basis, "doc"


def check_references(org: Org, directory: Directory, reader: Reporter) -> None:
    """One organisation's references, checked against the directory of all organisations."""
    dept_indicators = directory.department.indicators if directory.department else frozenset()
    _unique(reader, org.documents, "документ")
    _unique(reader, org.roadmaps, "дорожная карта")
    _unique(reader, org.programmes, "программа")
    _unique(reader, org.competitions, "конкурс")
    _unique(reader, [m for m in org.mentors if m.id], "наставник")
    for record, path, ref, kind in references(org):
        if kind == "doc":
            _docs(directory, reader, org, record, path, ref)
            if path[0] == "supersedes" and split_ref(ref, org.slug) == (org.slug, record.id):  # type: ignore[attr-defined]
                reader.report(record, path, "документ не может заменять сам себя", "self_reference")
            continue
        p_org, p_slug = split_ref(ref, org.slug)
        target = directory.org(p_org)
        if (p_org, p_slug) in directory.declared or (target and p_slug in target.practices):
            continue
        options = target.practices if target else []
        reader.report(
            record,
            path,
            f"нет практики «{ref}» (ожидалось имя файла из practices/ без .yml{_closest(p_slug, options)})",
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
        for i, indicator in enumerate(monitoring.indicators):
            if indicator.title is None and (org.is_department or indicator.id not in dept_indicators):
                reader.report(
                    monitoring,
                    ("indicators", i, "title"),
                    f"у показателя «{indicator.id}» нет названия, и у управления нет показателя с таким id"
                    f"{_closest(indicator.id, dept_indicators)}",
                    "missing_reference",
                )
