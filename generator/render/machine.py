"""Machine-readable publication: a JSON manifest of each organisation's documents, and iCalendar deadlines.

The manifest (schema in manifest.schema.json beside this module) lets an audit of a site built with this
project find every document exactly instead of guessing from link texts.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from generator.model.project import Org
    from generator.render.pages import DocView

MANIFEST_VERSION = 1
MANIFEST_SCHEMA = Path(__file__).resolve().parent / "manifest.schema.json"


def manifest(org: Org, docs: list[DocView], manifest_path: str, today: date) -> bytes:
    """`manifest_path` is the site path of the manifest; document URLs are relative to it."""
    import posixpath

    base = posixpath.dirname(manifest_path) or "."
    entries: list[dict[str, Any]] = []
    for view in docs:
        doc = view.doc
        href = view.href if view.href.startswith(("http://", "https://")) else posixpath.relpath(view.href, base)
        entries.append(
            {
                "id": doc.id,
                "kind": doc.kind,
                "level": doc.level,
                "title": doc.title,
                "number": doc.number,
                "date": doc.date.isoformat() if doc.date else None,
                "academic_year": doc.academic_year,
                "in_force": doc.in_force and not view.superseded_by,
                "url": href,
                "format": (view.info.format if view.info else (doc.format or None)),
                "size": view.info.size if view.info else doc.size,
                "sha256": view.info.sha256 if view.info else None,
                "signed": doc.signature is not None,
                "approved_by": view.approved_by.doc.id if view.approved_by else None,
                "supersedes": [s.doc.id for s in view.supersedes],
                "audience": list(doc.audience),
            }
        )
    data = {
        "schema_version": MANIFEST_VERSION,
        "generator": "nastavnik",
        "date": today.isoformat(),
        "organisation": {
            "slug": org.slug,
            "name": org.profile.short_name,
            "full_name": org.profile.full_name,
            "kind": org.profile.kind,
            "site": org.profile.site,
        },
        "documents": entries,
    }
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


@dataclass(frozen=True)
class Deadline:
    """One dated deadline of a roadmap item, as a calendar event."""

    uid: str
    start: date
    end: date  # the day after the last one (iCalendar's DTEND of an all-day event)
    summary: str
    description: str


def deadlines(org: Org) -> Iterator[Deadline]:
    """Every dated roadmap deadline of `org`; UIDs are stable, so a re-import updates events."""
    for roadmap in org.roadmaps:
        used: dict[str, int] = {}
        for index, (_, item) in enumerate(roadmap.all_items()):
            for n, period in enumerate(item.parsed.periods):
                # by the item's number where it has one, so that inserting an item does not shift the others
                key = f"n{item.number.strip('.')}" if item.number else str(index)
                if n == 0:
                    used[key] = used.get(key, 0) + 1
                if used[key] > 1:  # a number written twice in the source (seed 004 has two «3.2.»)
                    key = f"{key}-{used[key]}"
                number = f"{item.number} " if item.number else ""
                lines = [f"Срок: {' '.join(item.deadline.split())}"]
                if item.responsible_text:
                    lines.append(f"Ответственный: {item.responsible_text}")
                if item.result:
                    lines.append(f"Результат: {' '.join(item.result.split())}")
                lines.append(f"Дорожная карта: {roadmap.title}")
                yield Deadline(
                    f"{org.slug}-{roadmap.id}-{key}-{n}@nastavnik",
                    period.start or period.end,
                    period.end + timedelta(days=1),
                    f"{org.profile.short_name}: {number}{item.event.splitlines()[0]}",
                    "\n".join(lines),
                )


def org_events(org: Org, today: date) -> bytes:
    """`deadlines` of `org` as all-day events (iCalendar lines). Made once per organisation: its own calendar
    and the region's share them.

    The lines are written here, byte for byte as the icalendar library writes them (a test compares the two):
    its folding of long lines goes character by character and took 10–20 ms per school — a tenth of a
    region's pages."""
    stamp = f"{today:%Y%m%d}T000000Z"
    blocks = []
    for d in deadlines(org):
        blocks += [
            b"BEGIN:VEVENT\r\n",
            _content_line("SUMMARY:" + _text(d.summary)),
            _content_line(f"DTSTART;VALUE=DATE:{d.start:%Y%m%d}"),
            _content_line(f"DTEND;VALUE=DATE:{d.end:%Y%m%d}"),
            _content_line("DTSTAMP:" + stamp),
            _content_line("UID:" + _text(d.uid)),
            _content_line("DESCRIPTION:" + _text(d.description)),
            b"END:VEVENT\r\n",
        ]
    return b"".join(blocks)


def _text(value: str) -> str:
    """A TEXT value escaped as RFC 5545 says (and in the icalendar library's order)."""
    return (
        value.replace("\\N", "\n")
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


_FOLD = 74  # octets of a folded line's piece: under the 75 RFC 5545 allows


def _content_line(line: str) -> bytes:
    """One content line, folded into pieces of at most 74 octets, never inside a character, and not after a
    backslash or a caret (they stay with the character they escape) — the icalendar library's folding."""
    data = line.encode("utf-8")
    pieces = []
    start = 0
    while len(data) - start > _FOLD:
        end = start + _FOLD
        while data[end] & 0xC0 == 0x80:  # the middle of a character: cut before it
            end -= 1
        if data[end - 1] in b"\\^" and end - 1 > start:
            end -= 1
        pieces.append(data[start:end])
        start = end
    pieces.append(data[start:])
    return b"\r\n ".join(pieces) + b"\r\n"


def calendar(events: list[bytes], name: str) -> bytes:
    """A calendar file of events made by `org_events`."""
    from icalendar import Calendar

    cal = Calendar()
    cal.add("prodid", "-//nastavnik//Сроки дорожных карт//RU")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", name)
    head = cal.to_ical()
    end = b"END:VCALENDAR\r\n"
    assert head.endswith(end)
    return head[: -len(end)] + b"".join(events) + end
