"""`nastavnik serve`: live preview that rebuilds the pages when data/ or content/ change."""

from __future__ import annotations

import shutil
import sys
from datetime import date
from pathlib import Path

from generator import parallel
from generator.build import generate
from generator.engine import build_html, serve_html
from generator.engine.mkdocs import EngineError
from generator.problems import InvalidInput


def render_preview(root: Path, today: date, work: Path) -> Path:
    """Data → HTML in work/preview (swapped in whole, so a reload never sees half a site). Raises InvalidInput
    or EngineError; the previous preview then stays."""
    target = work / "preview"
    fresh = work / "preview.new"
    shutil.rmtree(fresh, ignore_errors=True)
    site = generate(root, today)[1]
    build_html(site, root, work / "work", fresh, parallel=False)  # the server's threads: no fork
    old = work / "preview.old"
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    fresh.rename(target)
    shutil.rmtree(old, ignore_errors=True)
    return target


def serve(root: Path, today: date, host: str, port: int) -> None:
    # rebuilds run in the server's thread: forking a process that has threads is unsafe, so no workers
    parallel.ENABLED = False
    work = root / ".nastavnik"
    work.mkdir(exist_ok=True)
    render_preview(root, today, work)

    def rebuild() -> None:
        try:
            render_preview(root, today, work)
            print("Данные изменились — страницы пересобраны.", file=sys.stderr)
        except InvalidInput as exc:
            print("Данные содержат ошибки, предпросмотр показывает прежнюю версию:", file=sys.stderr)
            for problem in exc.problems:
                print("  " + problem.render(), file=sys.stderr)
        except EngineError as exc:
            print("Страницы не собраны, предпросмотр показывает прежнюю версию:", file=sys.stderr)
            for message in exc.messages:
                print("  " + message, file=sys.stderr)

    watched = [root / name for name in ("data", "content") if (root / name).is_dir()]
    serve_html(work / "preview", host, port, rebuild, watched)
