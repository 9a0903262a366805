"""What one organisation's data may ask of the others: a small index of every organisation.

References cross organisations (a school's roadmap approved by the department's order, a document superseding
another one). The directory answers them without the other organisations' full models, so that a region can
be checked organisation by organisation, in parallel, with only this index passed between the workers.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from generator.model.documents import split_ref

if TYPE_CHECKING:
    from generator.model.project import Org


@dataclass(frozen=True, slots=True)
class DocEntry:
    id: str
    kind: str
    date: date | None


@dataclass(frozen=True, slots=True)
class OrgEntry:
    slug: str
    is_department: bool
    documents: dict[str, DocEntry]
    practices: tuple[str, ...]
    indicators: frozenset[str]
    supersedes: frozenset[tuple[str, str]]  # (org, document id) that this organisation's documents replace


def org_entry(org: Org) -> OrgEntry:
    documents: dict[str, DocEntry] = {}
    for doc in org.documents:
        documents.setdefault(doc.id, DocEntry(doc.id, doc.kind, doc.date))  # the first one, as Org.document
    return OrgEntry(
        org.slug,
        org.is_department,
        documents,
        tuple(org.practices),
        frozenset(i.id for i in org.monitoring.indicators),
        frozenset(split_ref(ref, org.slug) for doc in org.documents for ref in doc.supersedes),
    )


class Directory:
    def __init__(self, entries: Iterable[OrgEntry], declared: set[tuple[str, str]] | None = None) -> None:
        self.entries = {e.slug: e for e in entries}
        # ids of entries that failed validation: a reference to them is not reported a second time as missing
        self.declared = declared if declared is not None else set()
        self.superseded = frozenset(key for e in self.entries.values() for key in e.supersedes)
        self.department = next((e for e in self.entries.values() if e.is_department), None)

    def org(self, slug: str) -> OrgEntry | None:
        return self.entries.get(slug)

    def resolve(self, ref: str, own_slug: str) -> tuple[str, DocEntry] | None:
        """A reference «id» or «org/id» → the organisation that holds the document, and its entry."""
        org_slug, ident = split_ref(ref, own_slug)
        entry = self.entries.get(org_slug)
        doc = entry.documents.get(ident) if entry else None
        return (org_slug, doc) if doc else None
