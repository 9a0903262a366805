"""Issue 9, the auditor as a guest on hostile sites, against real HTTP servers on 127.0.0.1 and 127.0.0.2 (Linux
routes all of 127.0.0.0/8 to the loopback: a server on 127.0.0.2 is "another machine" the configuration may forbid).

Each test first lets the attack through (no forbidden networks, no budget…) or names what would happen without the
protection, then shows it stopped: a forbidden server counts ZERO requests, a canary file's text is nowhere in the
report, a 1 GB bomb costs a few megabytes, a slow site is cut at its budget while the others are audited in full.
"""

from __future__ import annotations

import asyncio
import json
import struct
import time
import tracemalloc
import uuid
import zlib
from dataclasses import replace
from pathlib import Path

import aiohttp
import pytest
from auditcorpus import text_pdf
from auditscore import TODAY, run
from siteserver import Resource, Site, serve

from generator.audit.fetch import FORBIDDEN, Fetched, Fetcher, FetchError, ForbiddenAddress, Limits, networks
from generator.audit.report import audit_data, audit_text
from generator.audit.run import audit
from generator.audit.targets import Target
from generator.derive.files import MAX_PUBLISHED_BYTES
from generator.load.rules import load_rules

FAST = Limits(timeout=1.0, deadline=3.0, retries=1, backoff=0.05, max_bytes=2 * 1024 * 1024)
PDF = (("Content-Type", "application/pdf"),)
EVIL = "127.0.0.2"  # the address the configuration forbids in these tests


def _pdf(title: str) -> bytes:
    return text_pdf(title, (title,))


def _school(section_body: str, extra: dict[str, Resource] | None = None) -> dict[str, Resource]:
    """A school whose main page links «Наставничество» at /cmn/, and that page's body as given."""
    return {
        "/": Resource('<html><body><nav><a href="/cmn/">Наставничество</a></nav></body></html>'.encode()),
        "/cmn/": Resource(f"<html><body><h1>Наставничество</h1>{section_body}</body></html>".encode()),
        **(extra or {}),
    }


def _fetch(url: str, limits: Limits = FAST) -> Fetched | FetchError:
    async def go() -> Fetched | FetchError:
        async with Fetcher(limits) as fetcher:
            try:
                return await fetcher.get(url)
            except FetchError as exc:
                return exc

    return asyncio.run(go())


def _code(outcome: Fetched | FetchError) -> str:
    return outcome.code if isinstance(outcome, FetchError) else f"HTTP {outcome.status}"


def _report_text(result) -> str:  # type: ignore[no-untyped-def]
    """Everything the audit tells: the JSON report and the text lines."""
    return json.dumps(audit_data(result), ensure_ascii=False) + "\n".join(audit_text(result, verbose=True))


# ---- 1. a time budget per site ----------------------------------------------------------------------------------


def test_a_site_slow_in_every_answer_is_cut_at_its_budget_and_the_others_are_audited() -> None:
    # Every document answers in 0.5 s — well within the per-response limits — but twenty of them, two at a time,
    # would hold the audit 5 s; the budget is 1.5 s. Without the budget the site is audited to the end ("ok").
    slow_docs = {
        f"/files/{i}.pdf": Resource(_pdf(f"Приказ № {i}"), headers=PDF, behaviour="slow", delay=0.5) for i in range(20)
    }
    slow_links = "".join(
        f'<p><a href="{path}">Приказ № {i} о наставничестве</a></p>' for i, path in enumerate(slow_docs)
    )
    quick_docs = {f"/files/{i}.pdf": Resource(_pdf(f"Приказ № {i}"), headers=PDF) for i in range(20)}
    sites = [Site("slow", _school(slow_links, slow_docs)), Site("quick", _school(slow_links, quick_docs))]
    limits = replace(FAST, site_budget=1.5)
    with serve(sites) as served:
        started = time.perf_counter()
        result = run(sites, served, limits=limits)
        elapsed = time.perf_counter() - started
        slow_requests = served.requests("slow")
    slow, quick = result.sites["slow"].crawl, result.sites["quick"].crawl
    assert slow.status == "site_timeout", (slow.status, slow.detail)
    assert 1.5 <= slow.seconds < 2.5 and elapsed < 4.5
    assert slow_requests < 2 + 20  # the rest of its documents were never asked for
    section = next(f for f in result.report.orgs[0].findings if f.rule == "site-section")
    assert section.message.startswith("проверка сайта прервана: превышено время на сайт (1.5 с)")
    assert "проверка сайта прервана: превышено время на сайт" in _report_text(result)
    assert quick.status == "ok" and len([s for s in quick.seen if s.status == "ok" and not s.is_page]) == 20


# ---- 2. forbidden addresses, enforced where the connection is made ------------------------------------------------


def _hostile_section(evil: str) -> str:
    """Every way a page can send the auditor to another server: a link, a frame, an object, a redirect through
    the site itself, a manifest entry, a meta refresh."""
    return (
        f'<p><a href="{evil}/doc.pdf">Положение о наставничестве</a></p>'
        f'<iframe src="{evil}/frame.pdf"></iframe>'
        f'<object data="{evil}/object.pdf"></object>'
        '<p><a href="/go.pdf">Приказ о наставничестве</a></p>'
        '<link rel="alternate" type="application/json" href="/manifest.json">'
        f'<meta http-equiv="refresh" content="0; url={evil}/refresh">'
    )


def _hostile_school(evil: str) -> dict[str, Resource]:
    manifest = {"generator": "nastavnik", "schema_version": 1, "documents": [{"url": f"{evil}/manifest.pdf"}]}
    return _school(
        _hostile_section(evil),
        {
            "/go.pdf": Resource(status=302, headers=(("Location", f"{evil}/redirected.pdf"),)),
            "/manifest.json": Resource(json.dumps(manifest).encode(), headers=(("Content-Type", "application/json"),)),
        },
    )


EVIL_PATHS = ("/doc.pdf", "/frame.pdf", "/object.pdf", "/redirected.pdf", "/manifest.pdf")


def _evil_site(host: str) -> Site:
    resources = {path: Resource(_pdf("Положение о наставничестве"), headers=PDF) for path in EVIL_PATHS}
    resources["/"] = Resource(b"<html><body><a href='/cmn/'>Nastavnichestvo</a></body></html>")
    resources["/refresh"] = Resource(b"<html><body>secret</body></html>")
    return Site("evil", resources, host=host)


def test_hostile_html_and_redirects_cannot_reach_a_forbidden_address() -> None:
    forbid = FORBIDDEN + networks(f"{EVIL}/32")
    with serve([_evil_site(EVIL)]) as evil:
        school = Site("school", _hostile_school(evil["evil"]))
        with serve([school]) as served:
            # the attack: with nothing forbidden, the page sends the auditor to the other server by each way
            run([school], served, limits=FAST)
            for path in EVIL_PATHS:
                assert evil.requests("evil", path) >= 1, path
            assert evil.requests("evil", "/refresh") == 0  # a meta refresh is not followed at all
            evil.reset_counts()
            served.reset_counts()
            # forbidden: not one request reaches it, whichever way the page points there
            targets = [
                Target("school", "Школа", "школа", served["school"] + "/"),
                Target("evil", "Чужой", "школа", evil["evil"] + "/"),
            ]
            result = audit(targets, load_rules(Path("/nonexistent-project")), TODAY, replace(FAST, forbid=forbid))
            assert evil.requests("evil") == 0
            assert served.requests("school", "/go.pdf") == 1  # the site's own redirect is asked, its target is not
    crawl = result.sites["school"].crawl
    assert crawl.status == "ok"
    refused = {s.url.removeprefix(evil["evil"]): s.status for s in crawl.seen if s.url.startswith(evil["evil"])}
    assert refused == {
        "/doc.pdf": "forbidden",
        "/frame.pdf": "forbidden",
        "/object.pdf": "forbidden",
        "/manifest.pdf": "forbidden",
    }
    assert next(s for s in crawl.seen if s.url.endswith("/go.pdf")).status == "forbidden"
    target = result.sites["evil"].crawl
    assert (target.status, target.requests) == ("forbidden", 1)  # one attempt, refused before connecting
    section = next(f for o in result.report.orgs if o.slug == "evil" for f in o.findings if f.rule == "site-section")
    assert section.message.startswith("адрес запрещён настройками проверки (http://127.0.0.2:")


def test_a_name_that_resolves_to_a_forbidden_address_is_refused_at_connect() -> None:
    # The school is at 127.0.0.2; its page links «localhost», which resolves to 127.0.0.1 — here the forbidden one.
    forbid = FORBIDDEN + networks("127.0.0.1/32", "::1/128")
    with serve([_evil_site("127.0.0.1")]) as evil:
        port = evil["evil"].rsplit(":", 1)[1]
        by_name = f"http://localhost:{port}"
        school = Site("school", _hostile_school(by_name), host=EVIL)
        with serve([school]) as served:
            run([school], served, limits=FAST)  # the attack, nothing forbidden: the name leads there
            assert evil.requests("evil", "/doc.pdf") >= 1 and evil.requests("evil", "/redirected.pdf") >= 1
            evil.reset_counts()
            result = run([school], served, limits=replace(FAST, forbid=forbid))
            outcome = _fetch(f"{by_name}/doc.pdf", replace(FAST, forbid=forbid))
            assert evil.requests("evil") == 0
    assert result.sites["school"].crawl.status == "ok"
    assert {s.status for s in result.sites["school"].crawl.seen if s.url.startswith(by_name)} == {"forbidden"}
    assert isinstance(outcome, FetchError) and outcome.code == "forbidden" and "127.0.0.1" in outcome.detail


def test_default_forbidden_addresses_never_get_a_connection() -> None:
    with serve([Site("t", {"/": Resource(b"<html><body>local</body></html>")})]) as served:
        port = served["t"].rsplit(":", 1)[1]
        # the attack: 0.0.0.0 and ::ffff:127.0.0.1 are this machine; with nothing forbidden they reach the server
        nothing = replace(FAST, forbid=())
        assert _code(_fetch(f"http://0.0.0.0:{port}/", nothing)) == "HTTP 200"
        assert _code(_fetch(f"http://[::ffff:127.0.0.1]:{port}/", nothing)) == "HTTP 200"
        before = served.requests("t")
        assert before == 2
        assert _code(_fetch(f"http://0.0.0.0:{port}/")) == "forbidden"  # the defaults
        mapped = replace(FAST, forbid=networks("127.0.0.1/32"))
        assert _code(_fetch(f"http://[::ffff:127.0.0.1]:{port}/", mapped)) == "forbidden"  # IPv4 in IPv6 clothes
        assert served.requests("t") == before
        assert _code(_fetch(served["t"] + "/")) == "HTTP 200"  # loopback itself stays allowed by default
    started = time.perf_counter()
    for url in (
        "http://169.254.169.254/latest/meta-data/",
        "http://[fe80::1]/",
        "http://[fd00:ec2::254]/",
        "http://224.0.0.1/",
    ):
        assert _code(_fetch(url, replace(FAST, timeout=5.0))) == "forbidden", url
    assert time.perf_counter() - started < 1.0  # refused at once: no connection was even tried


def test_the_connection_itself_is_refused_whatever_asks_for_it() -> None:
    # `get` checks each URL; the connector is the second gate. Even a request that skips those checks — aiohttp
    # following a redirect by itself, a future code path — cannot open a socket to a forbidden address.
    with (
        serve([Site("evil", {"/": Resource(b"secret")}, host=EVIL)]) as evil,
        serve([Site("t", {"/go": Resource(status=302, headers=(("Location", evil["evil"] + "/"),))})]) as served,
    ):

        async def go(forbid: tuple) -> object:  # type: ignore[type-arg]
            async with Fetcher(replace(FAST, forbid=forbid)) as fetcher:
                assert fetcher._session is not None
                try:
                    async with fetcher._session.get(served["t"] + "/go", allow_redirects=True) as response:
                        return response.status
                except aiohttp.ClientConnectorError as exc:
                    return exc.os_error

        assert asyncio.run(go(())) == 200 and evil.requests("evil") == 1  # the attack, nothing forbidden
        outcome = asyncio.run(go(networks(f"{EVIL}/32")))
        assert isinstance(outcome, ForbiddenAddress) and outcome.address == EVIL
        assert evil.requests("evil") == 1 and served.requests("t") == 2


def _write_list(path: Path, sites: dict[str, str]) -> Path:
    path.write_text("Наименование,Сайт\n" + "".join(f"{n},{u}/\n" for n, u in sites.items()), "utf-8")
    return path


def test_cli_forbid_no_private_and_site_time(tmp_path: Path, cli, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    slow = {
        f"/files/{i}.pdf": Resource(_pdf(f"Приказ № {i}"), headers=PDF, behaviour="slow", delay=0.5) for i in range(8)
    }
    links = "".join(f'<p><a href="{p}">Приказ № {i} о наставничестве</a></p>' for i, p in enumerate(slow))
    with serve([Site("t", _school(links, slow))]) as served:
        table = _write_list(tmp_path / "list.csv", {"Школа": served["t"]})

        def audit_json(*options: str) -> dict:  # type: ignore[type-arg]
            out = tmp_path / "a.json"
            base = ["--project", str(tmp_path), "audit", "--list", str(table), "--today", TODAY.isoformat()]
            cli(*base, "--state", str(tmp_path / "state.jsonl"), "--format", "json", "--output", str(out), *options)
            return json.loads(out.read_text("utf-8"))["organisations"][0]["site"]  # type: ignore[no-any-return]

        for options in (
            ("--no-private",),
            ("--forbid", "127.0.0.0/30"),
            ("--forbid", "10.0.0.0/8", "--forbid", "127.0.0.1"),
        ):
            site = audit_json(*options)
            assert (site["status"], site["status_text"]) == ("forbidden", "адрес запрещён настройками проверки")
        assert served.requests("t") == 0
        site = audit_json("--site-time", "1")
        assert site["status"] == "site_timeout" and site["detail"] == "1 с"
        assert site["status_text"] == "проверка сайта прервана: превышено время на сайт"
        assert served.requests("t") < 2 + 8
    for bad in (("--forbid", "школа.рф"), ("--site-time", "0")):
        with pytest.raises(SystemExit) as caught:
            cli("--project", str(tmp_path), "audit", *bad)
        assert caught.value.code == 2
        assert "ожидал" in capsys.readouterr().err


# ---- 3. local files ------------------------------------------------------------------------------------------------


def test_hostile_html_cannot_make_the_auditor_read_local_files(tmp_path: Path) -> None:
    secret = f"CANARY-{uuid.uuid4().hex}"
    canary = tmp_path / "canary.txt"
    canary.write_text(secret, "utf-8")
    local = canary.as_uri()  # file:///tmp/…/canary.txt
    passwd = Path("/etc/passwd").read_text("utf-8", "replace").splitlines()[0] if Path("/etc/passwd").is_file() else ""
    section = (
        f'<p><a href="{local}">Положение о наставничестве</a></p>'
        '<p><a href="file:///etc/passwd">Приказ о наставничестве</a></p>'
        '<p><a href="/../../etc/passwd">Приказ о внедрении целевой модели наставничества</a></p>'
        f'<p><a href="data:text/plain,{secret}">План наставничества</a></p>'
        f"<p><a href=\"javascript:fetch('{local}')\">Отчёт о наставничестве</a></p>"
        f'<iframe src="{local}"></iframe><object data="{local}"></object><embed src="{local}">'
        '<p><a href="/go.pdf">Приказ о закреплении наставников</a></p>'
        '<p><a href="/cmn/based/">Документы наставничества</a></p>'
        '<link rel="alternate" type="application/json" href="/manifest.json">'
        '<div itemscope itemtype="https://schema.org/DigitalDocument">'
        f'<a itemprop="url" href="{local}">Положение</a></div>'
    )
    manifest = {"generator": "nastavnik", "schema_version": 1, "documents": [{"url": local, "title": "Положение"}]}
    extra = {
        "/go.pdf": Resource(status=302, headers=(("Location", local),)),
        # a <base> that points into the file system makes every relative link of the page a file:// one
        "/cmn/based/": Resource(
            f'<html><head><base href="file:///"></head><body><a href="{canary.relative_to("/")}">'
            "Положение о наставниках</a></body></html>".encode()
        ),
        "/manifest.json": Resource(json.dumps(manifest).encode(), headers=(("Content-Type", "application/json"),)),
        "/etc/passwd": Resource(b"<html><body><h1>the site's own page</h1></body></html>"),
    }
    with serve([Site("t", _school(section, extra))]) as served:
        targets = [
            Target("t", "Школа", "школа", served["t"] + "/"),
            Target("file", "Файл", "школа", local),  # a project whose `site` is a file
            Target("section", "Раздел-файл", "школа", served["t"] + "/", local),
        ]
        result = audit(targets, load_rules(Path("/nonexistent-project")), TODAY, FAST)
        assert served.requests("t", "/etc/passwd") == 1  # «/../../etc/passwd» is a path on the site, asked of it
    told = _report_text(result) + json.dumps([str(s.crawl) for s in result.sites.values()], ensure_ascii=False)
    assert secret not in told and (not passwd or passwd not in told)
    crawl = result.sites["t"].crawl
    assert crawl.status == "ok"
    other = {s.url: s.status for s in crawl.seen if not s.url.startswith(("http://", "https://"))}
    assert other == {local: "bad_scheme"}, other  # the manifest's entry; the page's own file links are skipped
    assert next(s for s in crawl.seen if s.url.endswith("/go.pdf")).status == "bad_scheme"
    assert result.sites["file"].crawl.status == "bad_scheme"
    assert [s.status for s in result.sites["section"].crawl.seen] == ["bad_scheme"]


# ---- 4. compressed bombs -----------------------------------------------------------------------------------------


def _bomb(encoding: str, gigabytes: int = 1) -> bytes:
    """Zeros that inflate to `gigabytes` GB from about 1 MB: one flushed deflate block repeated (a full flush
    resets the compressor, so every megabyte compresses to the same bytes), in a gzip or zlib wrapper."""
    zeros = bytes(1 << 20)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(zeros) + compressor.flush(zlib.Z_FULL_FLUSH)
    megabytes = 1024 * gigabytes
    raw = block * megabytes + compressor.flush()
    crc = adler = 0
    for _ in range(megabytes):
        crc, adler = zlib.crc32(zeros, crc), zlib.adler32(zeros, adler or 1)
    if encoding == "gzip":
        return (
            b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff" + raw + struct.pack("<II", crc, (megabytes << 20) & 0xFFFFFFFF)
        )
    return b"\x78\xda" + raw + struct.pack(">I", adler)


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_a_1_gb_bomb_costs_a_few_megabytes(encoding: str) -> None:
    # Without our bounded inflation a single 64 KB read of this body inflates to 64 MB, and the whole to 1 GB.
    bomb = _bomb(encoding)
    assert len(zlib.decompressobj(47).decompress(bomb[:65536])) > 60 * 1024 * 1024  # the attack is real
    headers = (*PDF, ("Content-Encoding", encoding))
    with serve([Site("t", {"/bomb.pdf": Resource(bomb, headers=headers, behaviour="gzip-bomb")})]) as served:
        tracemalloc.start()
        try:
            fetched = _fetch(served["t"] + "/bomb.pdf")
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert isinstance(fetched, Fetched) and not fetched.complete and len(fetched.body) == FAST.max_bytes
    assert peak < 4 * FAST.max_bytes, peak


def test_unknown_and_stacked_encodings_are_refused_not_passed_on() -> None:
    bomb = _bomb("gzip")
    resources = {
        "/br": Resource(b"\x1b\xff\xff\x1f" * 1000, headers=(*PDF, ("Content-Encoding", "br"))),
        "/twice": Resource(bomb, headers=(*PDF, ("Content-Encoding", "gzip, gzip")), behaviour="gzip-bomb"),
        "/broken": Resource(b"\x1f\x8b\x08\x00garbage" * 100, headers=(*PDF, ("Content-Encoding", "gzip"))),
    }
    with serve([Site("t", resources)]) as served:
        for path in resources:
            outcome = _fetch(served["t"] + path)
            assert isinstance(outcome, FetchError) and outcome.code == "bad_response", (path, outcome)


def test_a_bomb_in_an_audit_is_reported_as_too_large_and_the_audit_goes_on() -> None:
    bomb = _bomb("gzip")
    extra = {
        "/files/bomb.pdf": Resource(bomb, headers=PDF, behaviour="gzip-bomb"),
        "/files/ok.pdf": Resource(_pdf("Положение о наставничестве"), headers=PDF),
    }
    section = '<p><a href="/files/bomb.pdf">Приказ о наставничестве</a></p><p><a href="/files/ok.pdf">Положение</a></p>'
    sites = [Site("t", _school(section, extra))]
    with serve(sites) as served:
        run(sites, served, limits=FAST)  # once untraced: the rules and dictionaries loaded, only the audit measured
        tracemalloc.start()
        try:
            result = run(sites, served, limits=FAST)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    seen = {s.url.rsplit("/", 1)[1]: s for s in result.sites["t"].crawl.seen}
    assert not seen["bomb.pdf"].complete and seen["bomb.pdf"].size == MAX_PUBLISHED_BYTES + 1
    assert seen["ok.pdf"].complete and seen["ok.pdf"].status == "ok"
    assert peak < 8 * FAST.max_bytes, peak  # the whole audit, parsers included; the bomb alone would be 1 GB


# ---- 5. redirects --------------------------------------------------------------------------------------------------


def test_redirects_are_bounded_and_only_to_http(tmp_path: Path) -> None:
    canary = tmp_path / "canary.txt"
    canary.write_text("CANARY", "utf-8")
    chain = {f"/r{i}": Resource(status=302, headers=(("Location", f"/r{i + 1}"),)) for i in range(20)}
    chain["/r20"] = Resource(b"<html><body>the end</body></html>")
    locations = {
        "/to-file": canary.as_uri(),
        "/to-passwd": "file:///etc/passwd",
        "/to-ftp": "ftp://example.org/file.pdf",
        "/to-js": "javascript:alert(1)",
        "/to-data": "data:text/html,<h1>x</h1>",
        "/to-metadata": "http://169.254.169.254/latest/meta-data/",
    }
    resources = {**chain, **{p: Resource(status=301, headers=(("Location", loc),)) for p, loc in locations.items()}}
    with serve([Site("t", resources)]) as served:
        # distinct addresses, not a loop: only the limit stops it (without it the 21st answers 200)
        assert _code(_fetch(served["t"] + "/r0")) == "redirect_loop"
        assert sum(served.requests("t", f"/r{i}") for i in range(21)) == FAST.redirects + 1
        assert served.requests("t", "/r20") == 0
        for path in locations:
            expected = "forbidden" if path == "/to-metadata" else "bad_scheme"
            assert _code(_fetch(served["t"] + path)) == expected, path


def test_a_site_can_be_served_on_another_loopback_address() -> None:
    """The test server itself: a site on 127.0.0.2 is served there (what the tests above rely on)."""
    with serve([Site("a", {"/": Resource(b"a")}), Site("b", {"/": Resource(b"b")}, host=EVIL)]) as served:
        assert served["a"].startswith("http://127.0.0.1:") and served["b"].startswith(f"http://{EVIL}:")
        assert _code(_fetch(served["b"] + "/")) == "HTTP 200" and served.requests("b") == 1
