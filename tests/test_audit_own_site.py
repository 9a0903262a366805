"""Issue 6, point 4: an audit of a site built by this project reads its manifest and finds every document
exactly — the same documents, and for document rules the same outcomes as `nastavnik check` on the same date."""

from __future__ import annotations

import functools
import json
import threading
from datetime import date
from http.server import ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urljoin

import pytest
from conftest import _QuietHandler

from generator.audit.run import audit
from generator.audit.targets import Target
from generator.check.run import check_project
from generator.load.rules import load_rules

REPO = Path(__file__).resolve().parent.parent
TODAY = date(2024, 10, 1)


@pytest.fixture(scope="module")
def served(demo_site: tuple[Path, str]) -> tuple[Path, str]:
    """The demo as built for the browser tests (same date), served over HTTP: (its project folder, base URL)."""
    site, base = demo_site
    return site.parent, base + "/"


@pytest.mark.parametrize("slug", ["gimnaziya-2", "uo-zarechny"])
def test_manifest_gives_every_document_and_the_checks_outcomes(served: tuple[Path, str], slug: str) -> None:
    project, base = served
    rules = load_rules(project)
    checked = {o.slug: o for o in check_project(project, rules, TODAY).report.orgs}[slug]
    department = slug == "uo-zarechny"
    section = base if department else f"{base}{slug}/"
    target = Target(slug, checked.name, checked.kind, base, section)
    result = audit([target], rules, TODAY)
    site = result.sites[slug]
    assert site.crawl.status == "ok" and site.crawl.manifest is not None

    manifest_path = project / "site" / ("" if department else slug) / "manifest.json"
    manifest = json.loads(manifest_path.read_text("utf-8"))
    listed = {urljoin(site.crawl.manifest_url, d["url"]) for d in manifest["documents"]}
    local = {url for url in listed if url.startswith(base)}
    fetched = {s.url for s in site.crawl.seen if not s.is_page and s.status == "ok"}
    assert local and local <= fetched, local - fetched
    # documents kept on other sites (docs.edu.gov.ru) are tried too; offline they are reported, not dropped
    elsewhere = {s.url: s.status for s in site.crawl.seen if s.url in listed - local}
    assert set(elsewhere) == listed - local and "ok" not in elsewhere.values()

    audited = {f.rule: f for f in result.report.orgs[0].findings}
    document_rules = [r.id for r in rules if r.check == "document" and checked.kind in r.publisher]
    assert document_rules
    for finding in checked.findings:
        if finding.rule in document_rules:
            assert audited[finding.rule].outcome == finding.outcome, (finding.rule, audited[finding.rule].message)
            assert all("100%" in e for e in audited[finding.rule].evidence)


class _NoManifest(_QuietHandler):
    def do_GET(self) -> None:
        if self.path.split("?")[0].endswith("/manifest.json"):
            self.send_error(404)
        else:
            super().do_GET()


def test_without_the_manifest_the_pages_microdata_names_each_documents_kind(served: tuple[Path, str]) -> None:
    project, _ = served
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_NoManifest, directory=str(project / "site")))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        slug = "gimnaziya-2"
        rules = load_rules(project)
        checked = {o.slug: o for o in check_project(project, rules, TODAY).report.orgs}[slug]
        result = audit([Target(slug, checked.name, checked.kind, base, f"{base}{slug}/")], rules, TODAY)
    finally:
        server.shutdown()
        server.server_close()
    crawl = result.sites[slug].crawl
    assert crawl.status == "ok" and crawl.manifest is None
    manifest = json.loads((project / "site" / slug / "manifest.json").read_text("utf-8"))
    kinds = {
        urljoin(f"{base}{slug}/manifest.json", d["url"]): d["kind"]
        for d in manifest["documents"]
        if not d["url"].startswith("http")
    }
    assert kinds and {url: crawl.microdata[url]["additionalType"] for url in kinds} == kinds

    audited = {f.rule: f for f in result.report.orgs[0].findings}
    found = [f.rule for f in checked.findings if f.outcome.name == "FOUND" and f.rule in audited]
    document_found = [r for r in found if any(x.id == r and x.check == "document" for x in rules)]
    assert document_found
    for rule in document_found:
        assert audited[rule].outcome.name == "FOUND", (rule, audited[rule].message)
        assert all("95%" in e for e in audited[rule].evidence), audited[rule].evidence
