"""Deadlines that could not be read, or were read with a correction, become warnings at their line."""

from __future__ import annotations

from generator.model.project import Project
from generator.problems import Severity
from generator.validate import Reporter


def check_deadlines(project: Project, reader: Reporter) -> None:
    for org in project.orgs:
        for roadmap in org.roadmaps:
            for s_i, section in enumerate(roadmap.sections or [None]):
                items = section.items if section else roadmap.items
                for i_i, item in enumerate(items):
                    path = ("sections", s_i, "items", i_i, "deadline") if section else ("items", i_i, "deadline")
                    for note in item.parsed.notes:
                        reader.report(
                            roadmap, path, f"срок «{item.deadline}»: {note}", "deadline_note", Severity.WARNING
                        )
