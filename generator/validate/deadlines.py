"""Deadlines that could not be read, or were read with a correction, become warnings at their line."""

from __future__ import annotations

from generator.model.project import Org
from generator.problems import Severity
from generator.validate import Reporter


def check_deadlines(org: Org, reader: Reporter) -> None:
    for roadmap in org.roadmaps:
        for path, item in roadmap.item_paths():
            for note in item.parsed.notes:
                reader.report(
                    roadmap,
                    (*path, "deadline"),
                    f"срок «{item.deadline}»: {note}",
                    "deadline_note",
                    Severity.WARNING,
                )
