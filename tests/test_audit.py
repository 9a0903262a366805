"""Issue 6: `nastavnik audit` against real HTTP servers on 127.0.0.1 — the labelled corpus of school sites in
the styles met in the wild, every failure mode, resuming, comparing with the previous audit, the reports."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import pytest
from auditcorpus import corpus
from auditscore import TODAY, run, score, targets
from siteserver import Resource, Served, Site, serve

from generator.audit.fetch import Fetcher, FetchError, Limits
from generator.audit.run import State, audit
from generator.audit.targets import from_table
from generator.check.report_json import SCHEMA_PATH
from generator.load.rules import load_rules
from generator.problems import InvalidInput

FAST = Limits(timeout=1.0, deadline=3.0, retries=2, backoff=0.05, max_bytes=2 * 1024 * 1024)


@pytest.fixture(scope="module")
def served_corpus() -> Iterator[tuple[list[Site], Served]]:
    sites = corpus()
    with serve(sites) as served:
        yield sites, served


@pytest.fixture(scope="module")
def corpus_audit(served_corpus: tuple[list[Site], Served]):  # type: ignore[no-untyped-def]
    sites, served = served_corpus
    return run(sites, served, limits=FAST)


def test_corpus_findings_match_the_labels(served_corpus, corpus_audit) -> None:  # type: ignore[no-untyped-def]
    sites, _ = served_corpus
    assert len(sites) >= 30
    scores, wrong_status = score(sites, corpus_audit)
    assert not wrong_status
    for rule, s in scores.items():
        assert s.tp + s.fn > 0, f"{rule}: the corpus must label documents of every rule"
        assert s.precision >= 0.95 and s.recall >= 0.95, (rule, s.precision, s.recall, s.misses)


def test_every_site_gets_a_status_and_the_failures_say_what_happened(corpus_audit) -> None:  # type: ignore[no-untyped-def]
    statuses = {slug: site.crawl.status for slug, site in corpus_audit.sites.items()}
    assert {"unreachable", "timeout", "bad_response", "redirect_loop", "http_error", "no_section"} <= set(
        statuses.values()
    )
    for org in corpus_audit.report.orgs:
        section = next(f for f in org.findings if f.rule == "site-section")
        assert section.message  # the report says what happened to the site, in Russian
        if statuses[org.slug] != "ok":
            assert org.score < 50 and all(f.failed for f in org.findings if f.rule.startswith(("school-", "dept-")))


def test_scanned_and_dead_documents_are_reported(corpus_audit) -> None:  # type: ignore[no-untyped-def]
    scans = [
        s
        for site in corpus_audit.sites.values()
        for s in site.crawl.seen
        if s.format == "pdf" and s.text_layer is False
    ]
    dead = [s for site in corpus_audit.sites.values() for s in site.crawl.seen if s.status == "dead"]
    assert len(scans) >= 3 and len(dead) >= 2
    layer = [f for o in corpus_audit.report.orgs for f in o.findings if f.rule == "file-text-layer" and f.failed]
    assert len(layer) >= 3


def test_bombs_and_endless_files_are_cut_at_the_limit(corpus_audit) -> None:  # type: ignore[no-untyped-def]
    cut = [s for site in corpus_audit.sites.values() for s in site.crawl.seen if not s.complete]
    assert cut, "the gzip bomb and the endless file must be read only up to the limit"
    for seen in cut:
        assert seen.size is not None and seen.size > 0


# ---- the fetcher's bounds, each on a real server ------------------------------------------------------------


def _one(resources: dict[str, Resource], mode: str = "http") -> list[Site]:
    return [Site("t", resources, mode=mode)]


def _fetch(served: Served, path: str = "/", limits: Limits = FAST) -> object:
    async def go() -> object:
        async with Fetcher(limits) as fetcher:
            try:
                return await fetcher.get(served["t"] + path)
            except FetchError as exc:
                return exc.code

    return asyncio.run(go())


def test_flaky_server_is_retried_with_a_bound() -> None:
    with serve(_one({"/": Resource(b"<html><body>ok</body></html>", behaviour="flaky")})) as served:
        fetched = _fetch(served)
        assert getattr(fetched, "status", None) == 200
        assert served.requests("t", "/") == 3  # two 503, then the answer: no more
    with serve(_one({"/": Resource(b"", status=503)})) as served:
        assert getattr(_fetch(served), "status", None) == 503
        assert served.requests("t", "/") == FAST.retries + 1


def test_slow_trickle_reset_garbage_loop_and_scheme() -> None:
    resources = {
        "/slow": Resource(b"late", behaviour="slow", delay=5),
        "/trickle": Resource(b"x" * 100_000, behaviour="trickle", delay=0.5),
        "/reset": Resource(behaviour="reset"),
        "/loop": Resource(status=302, headers=(("Location", "/loop2"),)),
        "/loop2": Resource(status=302, headers=(("Location", "{site}/loop"),)),
        "/ftp": Resource(status=301, headers=(("Location", "ftp://example.org/file"),)),
    }
    with serve(_one(resources)) as served:
        assert _fetch(served, "/slow") == "timeout"
        assert _fetch(served, "/trickle") == "timeout"  # the whole-response deadline, not the read timeout
        assert _fetch(served, "/reset") == "unreachable"
        assert _fetch(served, "/loop") == "redirect_loop"
        assert _fetch(served, "/ftp") == "bad_scheme"
    with serve(_one({}, mode="garbage")) as served:
        assert _fetch(served) == "bad_response"
    with serve(_one({}, mode="down")) as served:
        assert _fetch(served) == "unreachable"


def test_gzip_bomb_inflates_no_further_than_the_limit() -> None:
    import gzip

    bomb = gzip.compress(b"\0" * (64 * 1024 * 1024), compresslevel=9)
    headers = (("Content-Type", "application/pdf"),)
    with serve(_one({"/bomb": Resource(bomb, headers=headers, behaviour="gzip-bomb")})) as served:
        fetched = _fetch(served, "/bomb")
        assert fetched.complete is False and len(fetched.body) == FAST.max_bytes  # type: ignore[attr-defined]


# ---- resuming, comparing, the table of schools ----------------------------------------------------------------


def test_an_interrupted_audit_resumes_without_fetching_again(served_corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sites, served = served_corpus
    ordinary = [s for s in sites if s.expected_status == "ok"][:6]
    rules = load_rules(tmp_path)
    state_path = tmp_path / "state.jsonl"
    first = audit(targets(ordinary[:3], served), rules, TODAY, FAST, State(state_path, resume=False))
    with state_path.open("a") as out:
        out.write('{"version": 1, "key": "cut sh')  # the line a crash leaves half written
    before = {s.name: served.requests(s.name) for s in ordinary}
    second = audit(targets(ordinary, served), rules, TODAY, FAST, State(state_path, resume=True))
    for site in ordinary[:3]:
        assert served.requests(site.name) == before[site.name]  # not fetched again
        assert second.sites[site.name].crawl.seen == first.sites[site.name].crawl.seen
    for site in ordinary[3:]:
        assert served.requests(site.name) > before[site.name]
    assert len(state_path.read_text().splitlines()) == 3 + 1 + 3


def test_a_resumed_audit_asks_again_the_sites_that_did_not_answer(served_corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A site that timed out or refused the connection says nothing about its section: resuming checks it again,
    while a site that answered (with or without a section) is taken from the state file."""
    sites, served = served_corpus
    answered = next(s for s in sites if s.expected_status == "ok")
    silent = next(s for s in sites if s.expected_status == "timeout")
    rules = load_rules(tmp_path)
    state_path = tmp_path / "state.jsonl"
    first = audit(targets([answered, silent], served), rules, TODAY, FAST, State(state_path, resume=False))
    assert first.sites[silent.name].crawl.status == "timeout"
    before = {s.name: served.requests(s.name) for s in (answered, silent)}
    audit(targets([answered, silent], served), rules, TODAY, FAST, State(state_path, resume=True))
    assert served.requests(answered.name) == before[answered.name]
    assert served.requests(silent.name) > before[silent.name]


def test_comparison_with_the_previous_audit(served_corpus, corpus_audit, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from generator.audit.report import audit_data

    sites, _ = served_corpus
    site = next(s for s in sites if s.expected_status == "ok" and s.truth.get("school-pairs-order"))
    path = site.truth["school-pairs-order"]
    changed = Site(site.name, {k: v for k, v in site.resources.items() if k != path}, site.kind, site.truth)
    previous = audit_data(corpus_audit)
    with serve([changed]) as served:
        # the same site at a new address: rebase the previous report's URLs onto it
        text = json.dumps(previous).replace(corpus_audit.sites[site.name].target.site.rstrip("/"), served[site.name])
        result = audit(targets([changed], served), load_rules(tmp_path), TODAY, FAST, previous=json.loads(text))
    lines = result.changes[site.name]
    assert any("перестал открываться" in line for line in lines), lines
    assert any(line.startswith("пропало [school-pairs-order]") for line in lines), lines


def test_the_departments_table_of_schools(tmp_path: Path) -> None:
    csv_path = tmp_path / "школы.csv"
    csv_path.write_bytes(
        "Наименование;Сайт;Вид\nМБОУ СОШ № 1;school1.ru;школа\nУО района;http://uo.ru;управление\n".encode("cp1251")
    )
    found = from_table(csv_path)
    assert [(t.name, t.site, t.kind) for t in found] == [
        ("МБОУ СОШ № 1", "https://school1.ru/", "школа"),
        ("УО района", "http://uo.ru/", "управление"),
    ]
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Организация", "Адрес сайта"])
    book.active.append(["Школа № 2", "ftp://nowhere"])
    book.active.append(["", "https://x.ru"])
    xlsx_path = tmp_path / "школы.xlsx"
    book.save(xlsx_path)
    with pytest.raises(InvalidInput) as caught:
        from_table(xlsx_path)
    rendered = [p.render() for p in caught.value.problems]
    assert any(":2:" in r and "ftp://nowhere" in r for r in rendered) and any(":3:" in r for r in rendered)


def test_cli_reports_in_every_format(served_corpus, tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    import junitparser
    from openpyxl import load_workbook

    sites, served = served_corpus
    chosen = [s for s in sites if s.expected_status == "ok"][:3]
    table = tmp_path / "list.csv"
    table.write_text("Наименование,Сайт\n" + "".join(f"{s.name},{served[s.name]}/\n" for s in chosen), "utf-8")
    base = ["--project", str(tmp_path), "audit", "--list", str(table), "--today", TODAY.isoformat()]
    code, _, _ = cli(*base, "--format", "json", "--output", str(tmp_path / "a.json"))
    data = json.loads((tmp_path / "a.json").read_text("utf-8"))
    jsonschema.validate(data, json.loads(SCHEMA_PATH.read_text("utf-8")))
    assert data["kind"] == "audit" and code in (0, 1)
    assert all(org["documents"] and org["site"]["status"] == "ok" for org in data["organisations"])
    cli(*base, "--format", "junit", "--output", str(tmp_path / "a.xml"))
    suites = junitparser.JUnitXml.fromfile(str(tmp_path / "a.xml"))
    assert sum(1 for suite in suites for _ in suite) == sum(len(o["findings"]) for o in data["organisations"])
    cli(*base, "--format", "xlsx", "--output", str(tmp_path / "a.xlsx"))
    book = load_workbook(tmp_path / "a.xlsx")
    rows = list(book["Документы"].iter_rows(values_only=True))
    assert len(rows) - 1 == sum(len(o["documents"]) for o in data["organisations"])


# ---- reading misspelt titles, politeness, progress --------------------------------------------------------------


def _school(section: str, documents: dict[str, str], behaviour: str = "", delay: float = 0.0) -> dict[str, Resource]:
    from auditcorpus import text_pdf

    items = "".join(f'<li><a href="/files/{path}">{title}</a></li>' for path, title in documents.items())
    pdf = {"Content-Type": "application/pdf"}
    return {
        "/": Resource(f'<html><body><nav><a href="/cmn/">{section}</a></nav></body></html>'.encode()),
        "/cmn/": Resource(
            f"<html><body><h1>{section}</h1><p>Тел. 8 (800) 000-00-00</p><ul>{items}</ul></body></html>".encode()
        ),
        **{
            f"/files/{path}": Resource(
                text_pdf(title, (title,)), headers=tuple(pdf.items()), behaviour=behaviour, delay=delay
            )
            for path, title in documents.items()
        },
    }


def test_misspelt_titles_are_read_as_meant_and_say_so() -> None:
    documents = {
        "1.pdf": "Положене о наставнечестве педагогических работников",
        "2.pdf": "Приказ о внедрени целевой модели наставничиства",
        "3.pdf": "Положение о школьной форме",
    }
    with serve(_one(_school("Наставнечество", documents))) as served:
        result = run(_one({}), served, limits=FAST)
    assert result.sites["t"].crawl.status == "ok"  # the section is found through its misspelt menu item
    findings = {f.rule: f for f in result.report.orgs[0].findings}
    teachers = findings["school-regulation-teachers"]
    assert teachers.outcome.name == "FOUND" and teachers.evidence[0].endswith(
        "уверенность 80%; «Положене» прочитано как «положение»; «наставнечестве» прочитано как «наставничестве»)"
    )
    assert findings["school-order-implementation"].outcome.name == "FOUND"
    assert findings["school-regulation-students"].outcome.name == "MISSING"  # the uniform's is nobody's
    assert "3.pdf" not in " ".join(e for f in findings.values() for e in f.evidence if "school-" in f.rule)


def test_no_host_is_asked_more_than_twice_at_once() -> None:
    documents = {f"{i}.pdf": f"Приказ № {i} о наставничестве" for i in range(12)}
    with serve(_one(_school("Наставничество", documents, behaviour="slow", delay=0.3))) as served:
        result = run(_one({}), served, limits=FAST)
        assert len([s for s in result.sites["t"].crawl.seen if s.status == "ok"]) >= 12
        assert served.most_at_once("t") == 2  # in parallel, and never more than the per-host limit


def test_a_long_audit_shows_progress_on_a_terminal(tmp_path: Path) -> None:
    import os
    import pty
    import subprocess
    import sys

    with serve([Site(f"s{i}", _school("Наставничество", {"1.pdf": "Приказ о наставничестве"})) for i in range(3)]) as s:
        table = tmp_path / "list.csv"
        table.write_text("Наименование,Сайт\n" + "".join(f"Школа {n},{url}/\n" for n, url in s.items()), "utf-8")
        leader, follower = pty.openpty()
        command = [sys.executable, "-m", "generator.cli", "--project", str(tmp_path), "audit", "--list", str(table)]
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=follower)
        os.close(follower)
        seen = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            seen += chunk
        process.wait(60)
        os.close(leader)
    text = seen.decode("utf-8", "replace")
    assert "\rПроверено сайтов: 1 из 3" in text and "Проверено сайтов: 3 из 3" in text, text


def test_schema_lists_every_site_status_the_audit_can_report() -> None:
    """A status missing from the published schema makes a valid report fail validation for its consumers."""
    from generator.audit.crawl import SITE_STATUSES

    schema = json.loads(SCHEMA_PATH.read_text("utf-8"))
    site = schema["properties"]["organisations"]["items"]["properties"]["site"]
    site = next(s for s in site.get("anyOf", site.get("oneOf", [site])) if "properties" in s)
    assert set(site["properties"]["status"]["enum"]) == set(SITE_STATUSES)


@pytest.mark.parametrize(
    ("title", "statement"),
    [
        ("Подведены итоги реализации программы наставничества", True),  # a news post about the programme
        ("Состоялось заседание методического объединения наставников", True),
        ("Программа наставничества «Учитель – учитель» на 2024-2025 учебный год", False),
        ("Итоги мониторинга программы наставничества", False),
        ("Дорожная карта внедрения целевой модели наставничества", False),
    ],
)
def test_a_title_that_reports_an_event_is_not_a_document_title(title: str, statement: bool) -> None:
    from generator.audit.classify import read_title

    assert read_title(title, "локальный").statement is statement


@pytest.mark.parametrize(
    ("title", "other"),
    [
        ("Приказ о назначении куратора центра «Точка роста»", True),
        ("Приказ о внедрении обновлённых ФГОС НОО и ФГОС ООО", True),
        ("Приказ о назначении куратора целевой модели наставничества", False),
        ("Программа профессионального роста молодого педагога", False),  # «рост» alone is not «Точка роста»
    ],
)
def test_orders_of_other_programmes_are_told_apart(title: str, other: bool) -> None:
    from generator.audit.classify import read_title
    from generator.audit.judge import other_subject

    assert other_subject(read_title(title, "локальный")) is other
