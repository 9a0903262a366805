"""A department with a region's worth of schools: its pages do not carry every school in their sidebar."""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

from generator.build import build

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
from region import make_region  # noqa: E402


def _nav(html: str) -> str:
    """The primary sidebar: from the main navigation to the table of contents' sidebar."""
    start = html.index('<nav class="md-nav md-nav--primary"')
    return html[start : html.index("md-sidebar--secondary", start)]


def test_department_pages_link_the_school_list_instead_of_every_school(tmp_path: Path) -> None:
    schools = make_region(tmp_path, 33)
    build(tmp_path, date(2024, 10, 1))
    site = tmp_path / "site"
    home_nav = _nav((site / "index.html").read_text("utf-8"))
    assert 'href="schools/"' in home_nav  # «Все школы»: the list of every school
    linked = {s for s in schools if re.search(rf'href="{re.escape(s)}/"', home_nav)}
    assert not linked, f"{len(linked)} schools listed in the department's sidebar"
    listing = (site / "schools" / "index.html").read_text("utf-8")
    assert all(f'href="../{s}/"' in listing for s in schools), "the list page must link every school"
    # a school's own sidebar stays scoped to that school
    school = schools[-1]
    school_nav = _nav((site / school / "index.html").read_text("utf-8"))
    assert f'href="../{school}/roadmap/"' not in school_nav and 'href="roadmap/"' in school_nav
    assert not any(f"/{other}/" in school_nav for other in schools if other != school)
