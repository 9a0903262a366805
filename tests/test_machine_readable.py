"""Machine-readable publication: document manifests (with their schema), microdata, iCalendar deadlines."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from datetime import date, timedelta
from pathlib import Path

import jsonschema
import pytest
from conftest import REPO
from icalendar import Calendar

from generator.build import build
from generator.load import load_project
from generator.render.machine import MANIFEST_SCHEMA


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("demo")
    for name in ("data", "content"):
        shutil.copytree(REPO / name, project / name)
    build(project, date(2024, 10, 1))
    return project / "site"


def test_manifests_validate_and_point_at_the_published_files(site: Path) -> None:
    schema = json.loads(MANIFEST_SCHEMA.read_text(encoding="utf-8"))
    project = load_project(REPO).project
    for org in project.orgs:
        folder = site if org.is_department else site / org.slug
        data = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        jsonschema.validate(data, schema, format_checker=jsonschema.FormatChecker())
        assert data["organisation"]["slug"] == org.slug
        assert [d["id"] for d in data["documents"]] == [d.id for d in org.documents]
        for entry, doc in zip(data["documents"], org.documents, strict=True):
            assert (entry["title"], entry["number"], entry["kind"]) == (doc.title, doc.number, doc.kind)
            if doc.file:
                published = folder / entry["url"]
                assert published.is_file(), entry["url"]
                assert hashlib.sha256(published.read_bytes()).hexdigest() == entry["sha256"]
                assert published.stat().st_size == entry["size"]
            else:
                assert entry["url"] == doc.url


def test_document_links_carry_microdata(site: Path) -> None:
    project = load_project(REPO).project
    school = project.schools[0]
    page = (site / school.slug / "documents/index.html").read_text(encoding="utf-8")
    marked = re.findall(r'data-nk-doc="([a-z0-9-]+/[a-z0-9-]+)"', page)
    own = {f"{school.slug}/{d.id}" for d in school.documents}
    assert own <= set(marked)
    assert page.count('itemtype="https://schema.org/DigitalDocument"') == len(marked)
    assert 'itemprop="url"' in page and 'itemprop="name"' in page


def test_ics_holds_every_dated_deadline(site: Path) -> None:
    from collections import Counter

    project = load_project(REPO).project
    every = Calendar.from_ical((site / "deadlines-all.ics").read_bytes())
    all_events = list(every.walk("VEVENT"))
    expected_total = 0
    for org in project.orgs:
        folder = site if org.is_department else site / org.slug
        events = list(Calendar.from_ical((folder / "deadlines.ics").read_bytes()).walk("VEVENT"))
        uids = [str(e["UID"]) for e in events]
        assert len(uids) == len(set(uids)), "UIDs are unique"
        assert all(uid.startswith(f"{org.slug}-") for uid in uids)
        expected = Counter(
            (period.start or period.end, period.end + timedelta(days=1))
            for roadmap in org.roadmaps
            for _, item in roadmap.all_items()
            for period in item.parsed.periods
        )
        assert Counter((e.decoded("DTSTART"), e.decoded("DTEND")) for e in events) == expected
        expected_total += sum(expected.values())
    assert len(all_events) == expected_total > 50
    assert len({str(e["UID"]) for e in all_events}) == expected_total


def test_charts_show_the_numbers_of_their_tables(site: Path) -> None:
    page = (site / "monitoring/index.html").read_text(encoding="utf-8")
    sections = page.split("<h2 ")[1:]
    charted = 0
    for section in sections:
        if 'class="nk-chart"' not in section:
            continue
        charted += 1
        bars = {
            (period, kind): value
            for period, kind, value in re.findall(
                r'<rect [^>]*data-period="([^"]+)" data-kind="(target|actual)" data-value="([^"]+)"', section
            )
        }
        table = section.split('<table class="nk-indicator">')[1].split("</table>")[0]
        rows = re.findall(r'<th scope="row">([^<]+)</th><td>[^<]*</td><td>([^<]+)</td><td>([^<]+)</td>', table)
        assert rows
        expected = {}
        for period, target, actual in rows:
            if target != "—":
                expected[(period, "target")] = target
            if actual != "—":
                expected[(period, "actual")] = actual
        assert bars == expected
        assert 'role="img"' in section and "<desc" in section
    assert charted == 2


def _icalendar_events(org, today: date) -> bytes:  # type: ignore[no-untyped-def]
    """The same deadlines as the icalendar library writes them: the reference for machine.org_events."""
    from datetime import datetime

    from icalendar import Event

    from generator.render.machine import deadlines

    blocks = []
    for d in deadlines(org):
        event = Event()
        event.add("uid", d.uid)
        event.add("dtstamp", datetime(today.year, today.month, today.day))
        event.add("dtstart", d.start)
        event.add("dtend", d.end)
        event.add("summary", d.summary)
        event.add("description", d.description)
        blocks.append(event.to_ical())
    return b"".join(blocks)


def test_calendar_lines_are_those_the_icalendar_library_writes() -> None:
    """Deadlines are written without the icalendar library (its folding took a tenth of a region's pages),
    byte for byte as it writes them — also for text that escapes and folds awkwardly: backslashes, carets,
    commas and semicolons where a line is cut, Cyrillic and four-byte characters across the cut."""
    from icalendar import Event

    from generator.render.machine import _content_line, _text, org_events

    day = date(2024, 10, 1)
    compared = 0
    for org in load_project(REPO).project.orgs:
        ours = org_events(org, day)
        assert ours == _icalendar_events(org, day), org.slug
        compared += ours.count(b"BEGIN:VEVENT")
    assert compared > 20
    awkward = [
        "Сбор; анализ, \\ итоги " * 6,
        "x" * 60 + "\\\\;;,,^^" + "ю" * 40,
        "а" * 36 + "😀 " * 30,
        "^" * 100,
        "q" * 64 + "\\" + "w" * 80,
        "q" * 73 + "^" + "w" * 80,
        "строка\nвторая\r\nтретья\rчетвёртая \\N",
        "",
    ]
    for text in awkward + [t[k:] for t in awkward for k in range(1, 9)]:
        event = Event()
        event.add("summary", text)
        event.add("description", text)
        expected = event.to_ical()
        ours = b"BEGIN:VEVENT\r\n" + _content_line("SUMMARY:" + _text(text))
        ours += _content_line("DESCRIPTION:" + _text(text)) + b"END:VEVENT\r\n"
        assert ours == expected, text
        assert all(len(line) <= 75 for line in ours.split(b"\r\n"))
