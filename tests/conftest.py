from __future__ import annotations

import contextlib
import functools
import hashlib
import http.server
import shutil
import threading
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from generator.cli import main

REPO = Path(__file__).resolve().parent.parent
MINI = Path(__file__).resolve().parent / "fixtures" / "mini"


def snapshot(folder: Path) -> dict[str, str]:
    """Every file of a folder with its hash: «unchanged» means this is equal before and after."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    """A copy of the small test project (a department and one school), safe to break."""
    target = tmp_path / "project"
    shutil.copytree(MINI, target)
    return target


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., tuple[int, str, str]]:
    def run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


# ---- a real browser over the built demo (Debian's Chromium driven by Playwright) --------------------------------

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    """A web server as a school's would be configured: the site also answers under the path of its section_url,
    and a missing page gets the site's own 404 page."""

    PREFIX = "/nastavnichestvo"  # the demo's section_url path

    def translate_path(self, path: str) -> str:
        if path == self.PREFIX or path.startswith(self.PREFIX + "/"):
            path = path[len(self.PREFIX) :] or "/"
        return super().translate_path(path)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            with contextlib.suppress(ConnectionError):  # the browser gave up on it (a favicon, a prefetch)
                self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def demo_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """The demo built as a user builds it and served over HTTP on 127.0.0.1: (its site/ folder, base URL)."""
    from generator.build import build

    project = tmp_path_factory.mktemp("demo")
    for name in ("data", "content"):
        shutil.copytree(REPO / name, project / name)
    build(project, date(2024, 10, 1))
    site = project / "site"
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield site, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def base_url(demo_site: tuple[Path, str]) -> str:
    return demo_site[1]


@pytest.fixture(scope="module")
def browser(demo_site: tuple[Path, str]) -> Iterator[object]:
    """Chromium; started after the demo is built, as the build forks and a fork must not copy Playwright's threads.
    Per module: Playwright's sync API holds an event loop on this thread, which other modules' asyncio.run needs."""
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "Chromium is needed: apt-get install chromium (scripts/test.sh does it)"
    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()
