"""Loading a region: the org cache and the parallel reading give exactly what a plain serial read gives."""

from __future__ import annotations

import json
import os
import pickle
import select
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator import parallel
from generator.load import CACHE_DIR, load_project, signed
from generator.load.signed import PACK_SUFFIX, read_pack_index
from generator.problems import InvalidInput, Problem

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
    packs = sorted((demo / CACHE_DIR).glob("*" + PACK_SUFFIX))
    assert len(packs) == 1, "a serial load writes its entries as one pack"
    assert sorted(row[0] for row in read_pack_index(packs[0])) == sorted(p.name for p in (demo / "data/orgs").iterdir())
    stamps = {p: p.stat().st_mtime_ns for p in packs}
    second = _state(demo)
    assert {p: p.stat().st_mtime_ns for p in (demo / CACHE_DIR).iterdir()} == stamps, "the second load: all cached"
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

    (pack,) = (demo / CACHE_DIR).glob("*" + PACK_SUFFIX)
    blob = pack.read_bytes()
    rows = read_pack_index(pack)
    # the same name and digest with another body, the index rewritten to match: the signature (made with the
    # user's own key over name, digest and body) no longer holds
    forged, payloads = pickle.dumps(Payload()), []
    for name, digest, offset, length, mac in rows:
        payloads.append((name, digest, forged if name == "sosh-1" else blob[offset : offset + length], mac))
    body, index, offset = b"", [], 0
    for name, digest, payload, mac in payloads:
        index.append([name, digest, offset, len(payload), mac])
        body += payload
        offset += len(payload)
    text = json.dumps(index).encode()
    pack.write_bytes(body + text + len(text).to_bytes(8, "little") + b"NKPACK1\n")
    assert [r[0] for r in read_pack_index(pack)] == [r[0] for r in rows], "the forged pack must parse"
    assert _state(demo) == _state(demo, use_cache=False)
    assert not marker.exists()


def test_broken_packs_are_misses_and_many_packs_are_merged(demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A torn or foreign pack costs a re-read, never a wrong result; edits add small packs, which are merged
    into one when there are too many, without losing a live entry."""
    fresh = _state(demo, use_cache=False)
    _state(demo)
    (first,) = (demo / CACHE_DIR).glob("*" + PACK_SUFFIX)
    first.write_bytes(first.read_bytes()[:-5])  # cut short: no trailer, no index
    (demo / CACHE_DIR / f"0{PACK_SUFFIX}").write_bytes(b"\x00" * 100)
    assert _state(demo) == fresh
    monkeypatch.setattr(signed, "MAX_PACKS", 3)
    practice = demo / "data" / "orgs" / "sosh-1" / "practices" / "cifrovoy-nastavnik.yml"
    text = practice.read_text("utf-8")
    for n in range(5):  # each load re-reads one org and adds a pack of one entry
        practice.write_text(text.replace("«Цифровой наставник»", f"«Цифровой наставник {n}»"), "utf-8")
        loaded = load_project(demo)
        assert f"наставник {n}»" in loaded.project.org("sosh-1").practices["cifrovoy-nastavnik"].title  # type: ignore[union-attr]
        assert len(list((demo / CACHE_DIR).glob("*" + PACK_SUFFIX))) <= signed.MAX_PACKS + 1
    packs = {p: p.stat().st_mtime_ns for p in (demo / CACHE_DIR).iterdir()}
    _state(demo)
    assert {p: p.stat().st_mtime_ns for p in (demo / CACHE_DIR).iterdir()} == packs, "every org from the cache"
    practice.write_text(text, "utf-8")
    assert _state(demo) == fresh


def test_parallel_reading_equals_serial(demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    serial = _state(demo, use_cache=False)
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 1)
    monkeypatch.setattr(parallel, "workers", lambda: 2)
    assert _state(demo, use_cache=False) == serial
    assert _state(demo) == serial  # workers also fill the cache
    assert _state(demo) == serial


def _check_json(cli, root: Path) -> tuple[int, dict]:  # type: ignore[no-untyped-def]
    code, out, _ = cli("--project", str(root), "check", "--today", "2024-10-01", "--format", "json")
    return code, json.loads(out)


def test_parallel_check_equals_serial(demo: Path, cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Each organisation is evaluated in the worker that read it, against the directory of all of them."""
    serial = _check_json(cli, demo)
    assert serial[0] == 0 and len(serial[1]["organisations"]) == 4
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 1)
    monkeypatch.setattr(parallel, "workers", lambda: 2)
    assert _check_json(cli, demo) == serial  # workers fill the cache
    assert _check_json(cli, demo) == serial  # and read it


def test_a_replaced_pdf_is_inspected_again_after_a_cached_check(demo: Path, cli) -> None:  # type: ignore[no-untyped-def]
    """What a file is (format, text layer) is cached with its organisation; replacing the file invalidates it."""
    from pdfs import scan_pdf

    _, before = _check_json(cli, demo)
    layer = {(o["slug"], f["rule"]): f for o in before["organisations"] for f in o["findings"]}
    assert layer[("sosh-1", "file-text-layer")]["outcome"] == "found"
    docs = yaml.safe_load((demo / "data/orgs/sosh-1/documents.yml").read_text(encoding="utf-8"))
    entry = next(d for d in docs if d.get("file", "").endswith(".pdf") and not d.get("signature"))
    scan_pdf(demo / "data/orgs/sosh-1" / entry["file"])
    _, after = _check_json(cli, demo)
    layer = {(o["slug"], f["rule"]): f for o in after["organisations"] for f in o["findings"]}
    assert layer[("sosh-1", "file-text-layer")]["outcome"] == "missing"
    assert entry["id"] in layer[("sosh-1", "file-text-layer")]["evidence"][0]


def _fails_on_three(n: int) -> tuple[int, int]:
    if n == 3:
        raise ValueError("сбой в элементе 3")
    return n, n


def test_a_failing_worker_is_reported_and_leaves_no_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "workers", lambda: 2)
    summaries, combined, results = parallel.fork_phases(range(8), lambda n: (n, n * 10), sum, lambda s, d: s + d, 1)
    assert (summaries, combined, results) == ([n * 10 for n in range(8)], 280, [n + 280 for n in range(8)])
    parallel.settle()
    with pytest.raises(parallel.WorkerFailed, match="сбой в элементе 3"):
        parallel.fork_phases(range(8), _fails_on_three, sum, lambda s, d: s, 1)
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)  # every worker was reaped


def test_workers_store_what_they_read_after_the_results_are_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    """`idle` (storing the cache) runs once a worker has sent its results: the parent goes on meanwhile, and
    settle() waits for it. Here each worker's idle waits for a word the parent says only after it has all
    results: were idle run before the results, the parent would never say it and the workers would time out."""
    monkeypatch.setattr(parallel, "workers", lambda: 2)
    release_r, release_w = os.pipe()

    def idle() -> None:
        ready, _, _ = select.select([release_r], [], [], 20)
        (tmp_path / f"idle-{os.getpid()}").write_text("released" if ready else "timed out")

    _, _, results = parallel.fork_phases(range(6), lambda n: (n, n), sum, lambda s, d: s * d, 1, idle=idle)
    assert results == [n * 15 for n in range(6)]
    assert not list(tmp_path.iterdir())  # nothing stored yet: the workers wait for the parent
    os.write(release_w, b"go" * 2)
    parallel.settle()
    assert sorted(p.read_text() for p in tmp_path.iterdir()) == ["released", "released"]
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)  # both reaped

    def broken() -> None:
        raise OSError("диск переполнен")

    _, _, results = parallel.fork_phases(range(6), lambda n: (n, n), sum, lambda s, d: s, 1, idle=broken)
    assert results == list(range(6))  # a failure to store the cache does not take the results away
    parallel.settle()
    assert "не удалось сохранить кэш" in capfd.readouterr().err
    os.close(release_r)
    os.close(release_w)


_SLOW_STORE = """
import sys, time
import generator.load.orgcache as orgcache
from generator import parallel
parallel.PARALLEL_FROM = 1
parallel.workers = lambda: 2
flush = orgcache.OrgJob.flush
def slow(self):
    time.sleep(1)  # storing takes a while: the command must still end only after it
    flush(self)
orgcache.OrgJob.flush = slow
sys.argv = ["nastavnik", "--project", sys.argv[1], "check", "--today", "2024-10-01"]
from generator.cli import run
run()
"""


def test_the_command_ends_after_its_workers_stored_what_they_read(demo: Path) -> None:
    """`nastavnik check` ends the process with os._exit (no teardown of a region's heap): it must first wait for
    the workers that store the cache after sending their results, or the next command finds it half written."""
    with open(demo / "stderr.txt", "w+") as err:  # not a pipe: its end would be held open by the workers too
        done = subprocess.run([sys.executable, "-c", _SLOW_STORE, str(demo)], stdout=err, stderr=err, check=False)
        err.seek(0)
        assert done.returncode == 0, err.read()
    stored = {name for pack in (demo / CACHE_DIR).glob(f"*{PACK_SUFFIX}") for name, *_ in read_pack_index(pack)}
    assert stored == {p.name for p in (demo / "data" / "orgs").iterdir()}


def _invalid() -> None:
    raise InvalidInput([Problem("data/x.yml", 3, "поле", "ожидалась дата", "bad")])


def test_work_in_a_child_process_returns_its_result_or_its_error() -> None:
    """A build renders in a child process (its memory is given back whole); errors cross back intact."""
    assert parallel.in_child(lambda: {"pages": 3, "pid": os.getpid()})["pid"] != os.getpid()
    with pytest.raises(InvalidInput) as raised:
        parallel.in_child(_invalid)
    assert [p.render() for p in raised.value.problems] == ["data/x.yml:3: ошибка: поле «поле»: ожидалась дата"]


def test_an_edit_that_keeps_size_and_time_is_seen_while_the_file_is_recent(demo: Path) -> None:
    """Folders are recognised by the size, time and inode of their files; a file edited twice within the file
    system's timestamp resolution (a second on some) keeps all three, so a recent data file is read byte by byte."""
    practice = demo / "data" / "orgs" / "sosh-1" / "practices" / "cifrovoy-nastavnik.yml"
    text = practice.read_text("utf-8")
    assert "«Цифровой наставник»" in text
    os.utime(practice)  # edited just now
    _state(demo)  # cached, with the file as it was
    stamp = practice.stat().st_mtime_ns
    practice.write_text(text.replace("«Цифровой наставник»", "«Цифровой наставнек»"), "utf-8")  # the same size
    os.utime(practice, ns=(stamp, stamp))
    assert practice.stat().st_size == len(text.encode())
    title = load_project(demo).project.org("sosh-1").practices["cifrovoy-nastavnik"].title  # type: ignore[union-attr]
    assert "«Цифровой наставнек»" in title
