"""Loading a region: the org cache and the parallel reading give exactly what a plain serial read gives."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import pytest

from generator import parallel
from generator.load import CACHE_DIR, load_project
from generator.problems import InvalidInput

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    for name in ("data", "content"):
        shutil.copytree(REPO / name, tmp_path / name)
    return tmp_path


def _state(root: Path, **kwargs: object) -> tuple[list[str], list[str]]:
    """What a user sees of a load: every warning as printed, and every org's data in full."""
    loaded = load_project(root, **kwargs)  # type: ignore[arg-type]
    orgs = [
        repr((o.slug, o.profile, o.documents, o.roadmaps, o.practices, o.mentors, o.about))
        + repr([(n.slug, n.meta, n.body, n.source, n.body_line) for n in o.news])
        for o in loaded.project.orgs
    ]
    return [w.render() for w in loaded.warnings], orgs


def test_cached_load_equals_a_fresh_one(demo: Path) -> None:
    fresh = _state(demo, use_cache=False)
    assert fresh[0], "the demo has deadline warnings: the comparison must cover some"
    first = _state(demo)
    entries = sorted((demo / CACHE_DIR).glob("*.pickle"))
    assert [p.stem for p in entries] == sorted(p.name for p in (demo / "data" / "orgs").iterdir())
    stamps = {p: p.stat().st_mtime_ns for p in entries}
    second = _state(demo)
    assert {p: p.stat().st_mtime_ns for p in entries} == stamps, "the second load must come from the cache"
    assert fresh == first == second


def test_a_changed_file_is_read_again(demo: Path) -> None:
    _state(demo)
    practice = demo / "data" / "orgs" / "sosh-1" / "practices" / "cifrovoy-nastavnik.yml"
    practice.write_text(practice.read_text("utf-8").replace("«Цифровой наставник»", "«Цифровой помощник»"), "utf-8")
    loaded = load_project(demo)
    title = loaded.project.org("sosh-1").practices["cifrovoy-nastavnik"].title  # type: ignore[union-attr]
    assert "«Цифровой помощник»" in title
    news = demo / "content" / "sosh-1" / "news" / "2024-05-24-luchshaya-para.md"
    news.write_text(news.read_text("utf-8").replace("title: Итоги", "title: Новые итоги"), "utf-8")
    loaded = load_project(demo)
    assert any(n.meta.title.startswith("Новые итоги") for n in loaded.project.org("sosh-1").news)  # type: ignore[union-attr]


def test_an_error_found_after_the_cache_still_points_at_its_line(demo: Path) -> None:
    _state(demo)  # fill the cache; the line maps are dropped from it and read again when needed
    documents = demo / "data" / "orgs" / "gimnaziya-2" / "documents.yml"
    lines = documents.read_text("utf-8").splitlines()
    n = next(i for i, line in enumerate(lines) if line.strip().startswith("approved_by:"))
    lines[n] = lines[n].split(":")[0] + ": net-takogo-prikaza"
    documents.write_text("\n".join(lines) + "\n", "utf-8")
    with pytest.raises(InvalidInput) as exc:
        load_project(demo)
    wrong = [p for p in exc.value.problems if "net-takogo-prikaza" in p.message]
    assert [(p.file, p.line) for p in wrong] == [("data/orgs/gimnaziya-2/documents.yml", n + 1)]


def test_a_forged_cache_entry_is_never_unpickled(demo: Path) -> None:
    _state(demo)
    marker = demo / "pwned"

    class Payload:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (Path.touch, (str(marker),))  # type: ignore[return-value]

    entry = demo / CACHE_DIR / "sosh-1.pickle"
    blob = entry.read_bytes()
    # same digest, different body: the signature (made with the user's own key) no longer matches
    entry.write_bytes(blob[:72] + pickle.dumps(Payload()))
    assert _state(demo) == _state(demo, use_cache=False)
    assert not marker.exists()


def test_parallel_reading_equals_serial(demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    serial = _state(demo, use_cache=False)
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 1)
    monkeypatch.setattr(parallel, "workers", lambda: 2)
    assert _state(demo, use_cache=False) == serial
    assert _state(demo) == serial  # workers also fill the cache
    assert _state(demo) == serial
