"""Benchmark: `nastavnik check` over a synthetic region of 1,000 schools.

    python bench/check_region.py [--schools 1000]

Builds a region with bench/region.py (realistic volumes per school; document files are hard links, so
identical PDFs are inspected once — as a real region's would not be, see the note printed at the end), then
measures in the same run:
  - the floor: reading every YAML file of the region with libyaml (CSafeLoader), nothing else;
  - loading and validating the model without the cache, and evaluating the rules (in-process stages);
  - `nastavnik check` as a user runs it: first with an empty cache, then again with nothing changed — each
    `--runs` times (the machines are noisy: the median is printed, with every run);
and prints the times and the ratios to the floor. Target (issue 3): check of 1,000 schools ≤ 5 s on 2 cores.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from generator.check import evaluate  # noqa: E402
from generator.load import load_project  # noqa: E402
from generator.load.rules import load_rules  # noqa: E402

sys.path.insert(0, str(REPO / "bench"))
from region import make_region  # noqa: E402


def timed(fn):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schools", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3, help="запусков каждого вида (печатается медиана)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        _, made = timed(lambda: make_region(root, args.schools))
        os.sync()  # the region on disk: writing it back does not compete with what is measured
        files = sorted((root / "data").rglob("*.yml"))

        def floor() -> int:
            for path in files:
                yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)
            return len(files)

        _, floor_s = timed(floor)
        loaded, load_s = timed(lambda: load_project(root, use_cache=False))
        rules = load_rules(root)
        report, check_s = timed(
            lambda: evaluate(loaded.project, rules, date(2024, 10, 1), files=loaded.files, facts=loaded.facts)
        )
        findings = sum(len(o.findings) for o in report.orgs)
        loaded = report = None  # type: ignore[assignment]  # free the memory before the CLI runs

        def cli() -> None:  # what a user runs: a new process, imports included
            command = [sys.executable, "-m", "generator.cli", "check", "--today", "2024-10-01", "--format", "json"]
            done = subprocess.run([*command, "--output", str(root / "report.json")], cwd=root, check=False)
            if done.returncode not in (0, 1):  # 1: the check found errors — a result; anything else: no report
                raise SystemExit(f"nastavnik check завершилась с кодом {done.returncode}: время не измерено")

        colds = []
        for _ in range(args.runs):
            shutil.rmtree(root / ".nastavnik", ignore_errors=True)
            colds.append(timed(cli)[1])
        warms = [timed(cli)[1] for _ in range(args.runs)]
        cold_s, warm_s = statistics.median(colds), statistics.median(warms)
        print(f"регион: {args.schools} школ, {len(files)} YAML-файлов (подготовка {made:.1f} с)")
        print(f"пол (только чтение YAML, libyaml, 1 ядро):   {floor_s:6.2f} с   ×1.0")
        print(f"загрузка и проверка данных, без кэша:        {load_s:6.2f} с   ×{load_s / floor_s:.1f} к полу")
        print(f"оценка правил ({findings} оценок):            {check_s:6.2f} с   ×{check_s / floor_s:.1f} к полу")
        for label, seconds, runs in (
            ("nastavnik check, первый (кэш пуст)", cold_s, colds),
            ("nastavnik check, повторный", warm_s, warms),
        ):
            verdict = "в пределах цели" if seconds <= 5 else "ЦЕЛЬ НЕ ДОСТИГНУТА"
            print(f"{label + ':':<45}{seconds:6.2f} с   ×{seconds / floor_s:.1f} к полу (цель ≤ 5 с: {verdict})")
            print(f"{'':<45}медиана {len(runs)} запусков: " + ", ".join(f"{r:.2f}" for r in runs) + " с")
        print("примечание: файлы школ — жёсткие ссылки на файлы демо-данных; одинаковые PDF читаются один раз")
    return 0


if __name__ == "__main__":
    sys.exit(main())
