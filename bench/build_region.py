"""Benchmark: `nastavnik build` of a synthetic region (issue 5), everything measured in the same run.

    python bench/build_region.py [--schools 1000] [--subset 100] [--skip-stock]

Prints:
  - the full build of the region as a user runs it (a new process): time, pages per second, peak memory of the
    whole process tree (PSS, so that forked workers' shared pages count once);
  - the same content built by stock MkDocs + Material with `navigation.prune` on a subset of schools, and our
    build of that subset: the ratio (target ≥ 5×);
  - the floor: Python-Markdown + Jinja2 + writing the files for the same pages of the full region, one core, no
    theme, and our ratio to it (moonshot: within 2×);
  - a rebuild after one school's data changed, and its ratio to the full build (target ≤ 3 %);
  - average HTML per page (target ≤ 150 KB), total output size, theme assets stored once;
  - bytes a first search query downloads, measured in Chromium (target ≤ 300 KB).
"""

from __future__ import annotations

import argparse
import functools
import http.server
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))
from region import make_region  # noqa: E402

TODAY = "2024-10-01"


def _tree_pss_kb(root_pid: int) -> int:
    """PSS of a process and all its descendants, in KB (0 for processes that ended meanwhile)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as f:
                    ppid = int(f.read().rsplit(b")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    total, todo = 0, [root_pid]
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, []))
        try:
            with open(f"/proc/{pid}/smaps_rollup") as f:
                total += next(int(line.split()[1]) for line in f if line.startswith("Pss:"))
        except (OSError, StopIteration):
            pass
    return total


def run_measured(command: list[str], cwd: Path) -> tuple[float, int, str]:
    """Wall time, peak PSS of the process tree (KB, sampled every 50 ms) and output of a command."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    peak = 0
    output: list[str] = []
    reader = threading.Thread(target=lambda: output.append(proc.stdout.read() if proc.stdout else ""))
    reader.start()
    while proc.poll() is None:
        peak = max(peak, _tree_pss_kb(proc.pid))
        time.sleep(0.05)
    reader.join()
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(command)} завершилась с кодом {proc.returncode}:\n{''.join(output)[-3000:]}")
    return seconds, peak, "".join(output)


def nastavnik_build(root: Path) -> tuple[float, int]:
    seconds, peak, _ = run_measured([sys.executable, "-m", "generator.cli", "build", "--today", TODAY], root)
    return seconds, peak


def site_sizes(site: Path) -> tuple[int, int, int]:
    """(HTML pages, their bytes, all bytes) of a built site."""
    pages = html_bytes = total = 0
    for dirpath, _, names in os.walk(site):
        for name in names:
            size = os.path.getsize(os.path.join(dirpath, name))
            total += size
            if name.endswith(".html"):
                pages += 1
                html_bytes += size
    return pages, html_bytes, total


def generated_pages(root: Path) -> tuple[object, object]:
    """The pages our generator makes for a project (the same content given to the stock build and the floor)."""
    from generator.build import generate

    return generate(root, date.fromisoformat(TODAY))


def stock_build(root: Path, work: Path) -> float:
    """The same Markdown pages and files built by stock MkDocs + Material with navigation.prune, the navigation
    made by MkDocs from the folders, the default search plugin."""
    from generator.engine.mkdocs import engine_files

    _, site = generated_pages(root)
    docs = work / "docs"
    for page in site.pages:  # type: ignore[attr-defined]
        target = docs / page.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page.body, "utf-8")
    for path, source in site.files.items():  # type: ignore[attr-defined]
        (docs / path).parent.mkdir(parents=True, exist_ok=True)
        os.link(source, docs / path)
    for path, content in site.generated.items():  # type: ignore[attr-defined]
        (docs / path).parent.mkdir(parents=True, exist_ok=True)
        (docs / path).write_bytes(content)
    base, _ = engine_files(REPO)
    config = yaml.safe_load(base.read_text("utf-8").replace("!!python/object/apply:pymdownx.slugs.slugify", ""))
    config.update(
        site_name="Регион",
        docs_dir=str(docs),
        site_dir=str(work / "site"),
        strict=False,  # stock: the navigation MkDocs makes of the docs folder (nobody writes 2,000 pages by hand)
        theme={"name": "material", "language": "ru", "features": ["navigation.prune", "navigation.indexes"]},
        plugins=["search"],
        extra_css=[],
        extra_javascript=[],
    )
    config["markdown_extensions"] = ["toc", "tables", "attr_list", "md_in_html"]
    (work / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), "utf-8")
    seconds, _, _ = run_measured([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(work / "mkdocs.yml")], work)
    return seconds


def floor(root: Path, out: Path) -> tuple[float, int]:
    """Python-Markdown + Jinja2 + writing the files, for the same pages, one core, no theme."""
    import jinja2
    import markdown

    _, site = generated_pages(root)
    template = jinja2.Environment(autoescape=True).from_string(
        "<!doctype html><html lang=ru><head><meta charset=utf-8><title>{{ title }}</title></head>"
        "<body><main>{{ content | safe }}</main></body></html>"
    )
    start = time.perf_counter()
    for page in site.pages:  # type: ignore[attr-defined]
        content = markdown.markdown(page.body, extensions=["toc", "tables", "attr_list", "md_in_html"])
        target = out / page.path.removesuffix(".md") / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(template.render(title=page.title, content=content), "utf-8")
    return time.perf_counter() - start, len(site.pages)  # type: ignore[attr-defined]


def first_search_bytes(site: Path, query: str = "наставник") -> int | None:
    """Bytes the browser downloads for the first query typed on the search page (Pagefind's script, WASM, index
    chunks, fragments of the results shown), measured in Debian's Chromium."""
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    if not Path(chromium).exists():
        return None

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    sizes: dict[str, int] = {}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{server.server_address[1]}/search/")
            page.wait_for_load_state("networkidle")

            def seen(response) -> None:  # type: ignore[no-untyped-def]
                try:
                    sizes[response.url] = len(response.body())
                except Exception:  # a redirect or an aborted request carries no body
                    sizes.setdefault(response.url, 0)

            page.on("response", seen)
            page.fill("#nk-search-input", query)
            page.wait_for_selector(".nk-search__results li", timeout=60_000)
            page.wait_for_load_state("networkidle")
            browser.close()
    finally:
        server.shutdown()
    return sum(sizes.values())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schools", type=int, default=1000)
    parser.add_argument("--subset", type=int, default=100)
    parser.add_argument("--skip-stock", action="store_true", help="не собирать подмножество стоковым MkDocs")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        region, subset = base / "region", base / "subset"
        made = time.perf_counter()
        schools = make_region(region, args.schools)
        make_region(subset, args.subset)
        made = time.perf_counter() - made

        full_s, peak_kb = nastavnik_build(region)
        pages, html_bytes, total = site_sizes(region / "site")
        theme_copies = sum(1 for _ in (region / "site").rglob("bundle.*.min.js"))
        search_bytes = first_search_bytes(region / "site")

        practice = sorted((region / "data" / "orgs").glob("*/practices/*.yml"))[len(schools) // 2]
        record = yaml.safe_load(practice.read_text("utf-8"))
        record["title"] = "Обновлено: " + record["title"]
        practice.write_text(yaml.safe_dump(record, allow_unicode=True, sort_keys=False), "utf-8")
        rebuild_s, _ = nastavnik_build(region)

        floor_s, floor_pages = floor(region, base / "floor")
        ours_subset_s, _ = nastavnik_build(subset)
        stock_s = None if args.skip_stock else stock_build(subset, base / "stock")
        subset_pages = site_sizes(subset / "site")[0]

    print(f"регион: {args.schools} школ (подготовка данных {made:.1f} с); машина: {os.cpu_count()} ядра")
    print(f"полная сборка:             {full_s:7.1f} с   страниц: {pages}, {pages / full_s:.0f} стр./с")
    print(f"пиковая память (PSS):      {peak_kb / 1024:7.0f} МБ   (цель ≤ 1536 МБ)")
    print(f"HTML на страницу:          {html_bytes / pages / 1024:7.1f} КБ   (цель ≤ 150 КБ)")
    print(f"весь сайт:                 {total / 1024 / 1024:7.0f} МБ   копий ресурсов темы: {theme_copies}")
    if search_bytes is not None:
        print(f"первый поисковый запрос:   {search_bytes / 1024:7.0f} КБ   (цель ≤ 300 КБ)")
    else:
        print("первый поисковый запрос:   не измерен (нет Chromium или Playwright)")
    print(
        f"пересборка после правки одной школы: {rebuild_s:.1f} с = {100 * rebuild_s / full_s:.1f} % полной (цель ≤ 3 %)"
    )
    print(
        f"пол (Python-Markdown + Jinja2 + запись, 1 ядро, без темы): {floor_s:.1f} с на {floor_pages} страниц; "
        f"наша сборка ×{full_s / floor_s:.2f} к полу (мечта ≤ ×2)"
    )
    line = f"подмножество {args.subset} школ ({subset_pages} страниц): наша сборка {ours_subset_s:.1f} с"
    if stock_s is not None:
        ratio = stock_s / ours_subset_s
        line += f", стоковый MkDocs + Material (navigation.prune) {stock_s:.1f} с — ×{ratio:.1f} (цель ≥ 5)"
    print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
