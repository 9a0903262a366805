"""`nastavnik serve` is a live preview: a change in data/ reaches the served page without a restart."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def _wait_for(url: str, text: str, seconds: float = 60) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        page = _fetch(url)
        if page and text in page:
            return True
        time.sleep(0.5)
    return False


def test_serve_rebuilds_when_data_changes(mini: Path) -> None:
    port = _free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "generator.cli",
            "--project",
            str(mini),
            "serve",
            "--today",
            "2024-09-15",
            "--port",
            str(port),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        url = f"http://127.0.0.1:{port}/school-a/practices/matematicheskiy-klub/"
        assert _wait_for(url, "Математический клуб «Равный – равному»"), "the preview did not start"
        practice = mini / "data/orgs/school-a/practices/matematicheskiy-klub.yml"
        text = practice.read_text(encoding="utf-8")
        practice.write_text(text.replace("Математический клуб", "Клуб юных математиков"), encoding="utf-8")
        assert _wait_for(url, "Клуб юных математиков «Равный – равному»"), "the change did not reach the page"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
