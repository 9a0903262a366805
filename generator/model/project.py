"""The validated model: one department and its schools, each with all its data."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from generator.model.directory import Directory
from generator.model.documents import Document, split_ref
from generator.model.monitoring import Monitoring
from generator.model.news import NewsItem
from generator.model.organisation import Organisation
from generator.model.people import Mentor, Participation, StaffMember
from generator.model.practices import Competition, Practice
from generator.model.programmes import Programme
from generator.model.roadmap import Roadmap
from generator.model.vocabulary import Vocabulary


@dataclass
class Org:
    slug: str
    profile: Organisation
    folder: Path  # data/orgs/<slug>
    documents: list[Document] = field(default_factory=list)
    roadmaps: list[Roadmap] = field(default_factory=list)
    programmes: list[Programme] = field(default_factory=list)
    mentors: list[Mentor] = field(default_factory=list)
    people: list[StaffMember] = field(default_factory=list)
    participation: list[Participation] = field(default_factory=list)
    practices: dict[str, Practice] = field(default_factory=dict)  # slug → practice
    competitions: list[Competition] = field(default_factory=list)
    monitoring: Monitoring = field(default_factory=Monitoring)
    news: list[NewsItem] = field(default_factory=list)
    about: str | None = None  # Markdown from content/<slug>/index.md, else the profile's `about`
    about_source: str | None = None  # content/<slug>/index.md when the text came from there

    @property
    def is_department(self) -> bool:
        return self.profile.kind == "управление"

    @property
    def name(self) -> str:
        return self.profile.short_name

    def records(self) -> Iterator[object]:
        """Every record read from data/orgs/<slug> (news come from content/ and are not among them)."""
        yield self.profile
        yield from self.documents
        yield from self.roadmaps
        yield from self.programmes
        yield from self.mentors
        yield from self.people
        yield from self.participation
        yield from self.practices.values()
        yield from self.competitions
        if self.monitoring is not None:
            yield self.monitoring

    def document(self, ident: str) -> Document | None:
        return next((d for d in self.documents if d.id == ident), None)


@dataclass
class Project:
    root: Path
    department: Org
    schools: list[Org]
    forms: Vocabulary
    directory: Directory = field(default_factory=lambda: Directory(()))  # load_project fills it in

    @property
    def orgs(self) -> list[Org]:
        return [self.department, *self.schools]

    def org(self, slug: str) -> Org | None:
        index = self.__dict__.get("_by_slug")
        if index is None or len(index) != len(self.schools) + 1:
            index = self.__dict__["_by_slug"] = {o.slug: o for o in self.orgs}
        return index.get(slug)

    def resolve_document(self, ref: str, own: Org) -> tuple[Org, Document] | None:
        """A reference «id» or «org/id» → the organisation that holds the document, and the document."""
        org_slug, ident = split_ref(ref, own.slug)
        org = self.org(org_slug)
        doc = org.document(ident) if org else None
        return (org, doc) if org and doc else None
