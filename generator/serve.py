"""`nastavnik serve`: live preview that regenerates pages when data/ or content/ change."""

from __future__ import annotations

import sys
import threading
import time
from datetime import date
from pathlib import Path

from generator.build import generate
from generator.engine import serve_html, write_sources
from generator.engine.mkdocs import write_config
from generator.problems import InvalidInput


def regenerate(root: Path, today: date, work: Path) -> Path:
    """Data → pages in work/docs; returns the generated MkDocs config. Raises InvalidInput."""
    site = generate(root, today)[1]
    write_sources(site, work / "docs")
    return write_config(site, root, work, work / "docs", work / "preview")


def _watch(root: Path, today: date, work: Path) -> None:
    from watchdog.events import FileSystemEvent, FileSystemEventHandler
    from watchdog.observers import Observer

    changed = threading.Event()

    class Handler(FileSystemEventHandler):
        def on_any_event(self, event: FileSystemEvent) -> None:
            if event.event_type in ("created", "modified", "deleted", "moved"):
                changed.set()

    observer = Observer()
    for name in ("data", "content"):
        if (root / name).is_dir():
            observer.schedule(Handler(), str(root / name), recursive=True)
    observer.daemon = True
    observer.start()

    def loop() -> None:
        while True:
            changed.wait()
            time.sleep(0.3)  # editors save in several steps; take them as one change
            changed.clear()
            try:
                regenerate(root, today, work)
                print("Данные изменились — страницы пересобраны.", file=sys.stderr)
            except InvalidInput as exc:
                print("Данные содержат ошибки, предпросмотр показывает прежнюю версию:", file=sys.stderr)
                for problem in exc.problems:
                    print("  " + problem.render(), file=sys.stderr)

    threading.Thread(target=loop, daemon=True).start()


def serve(root: Path, today: date, host: str, port: int) -> None:
    work = root / ".nastavnik"
    work.mkdir(exist_ok=True)
    config = regenerate(root, today, work)
    _watch(root, today, work)
    serve_html(config, host, port)
