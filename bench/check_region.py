"""Benchmark: `nastavnik check` over a synthetic region of 1,000 schools.

    python bench/check_region.py [--schools 1000]

Builds a region from the demo data (the department, and each demo school repeated with its own folder, names
and ids; files are hard links, so identical PDFs are inspected once — as a real region's would not be, see the
note printed at the end), then measures in the same run:
  - the floor: reading every YAML file of the region with libyaml (CSafeLoader), nothing else;
  - loading and validating the model (nastavnik validate);
  - evaluating the rules (nastavnik check after loading);
and prints the times and the ratios to the floor. Target (issue 3): check of 1,000 schools ≤ 5 s on 2 cores.
"""

from __future__ import annotations

import argparse
import os
import shutil
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


def _copy_school(source: Path, target: Path) -> None:
    """A copy of a school folder: YAML copied, files hard-linked (same content, its own path)."""
    for path in source.rglob("*"):
        dest = target / path.relative_to(source)
        if path.is_dir():
            dest.mkdir(parents=True, exist_ok=True)
        elif path.suffix in (".yml", ".yaml"):
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, dest)
        else:
            dest.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(path, dest)
            except OSError:
                shutil.copyfile(path, dest)


def make_region(root: Path, schools: int) -> None:
    orgs = REPO / "data" / "orgs"
    templates = sorted(
        p for p in orgs.iterdir() if p.is_dir() and "kind: школа" in (p / "organisation.yml").read_text("utf-8")
    )
    dept = next(p for p in orgs.iterdir() if p.is_dir() and p not in templates)
    (root / "data" / "orgs").mkdir(parents=True)
    _copy_school(dept, root / "data" / "orgs" / dept.name)
    for n in range(schools):
        template = templates[n % len(templates)]
        # the first copies keep the demo's names: the department's competitions refer to their practices
        name = template.name if n < len(templates) else f"{template.name}-{n:04d}"
        target = root / "data" / "orgs" / name
        _copy_school(template, target)
        profile = target / "organisation.yml"
        text = profile.read_text("utf-8")
        profile.write_text(text.replace("short_name: ", f"short_name: №{n:04d} ", 1), "utf-8")


def timed(fn):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schools", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        _, made = timed(lambda: make_region(root, args.schools))
        files = sorted((root / "data").rglob("*.yml"))

        def floor() -> int:
            for path in files:
                yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)
            return len(files)

        _, floor_s = timed(floor)
        loaded, load_s = timed(lambda: load_project(root))
        rules = load_rules(root)
        report, check_s = timed(lambda: evaluate(loaded.project, rules, date(2024, 10, 1), files=loaded.files))
        findings = sum(len(o.findings) for o in report.orgs)
        print(f"регион: {args.schools} школ, {len(files)} YAML-файлов (подготовка {made:.1f} с)")
        print(f"пол (только чтение YAML, libyaml):    {floor_s:6.2f} с   ×1.0")
        print(f"загрузка и проверка данных (validate): {load_s:6.2f} с   ×{load_s / floor_s:.1f} к полу")
        print(f"оценка правил ({findings} оценок):     {check_s:6.2f} с   ×{check_s / floor_s:.1f} к полу")
        total = load_s + check_s
        verdict = "в пределах цели" if total <= 5 else "ЦЕЛЬ НЕ ДОСТИГНУТА"
        print(
            f"итого nastavnik check:                 {total:6.2f} с   ×{total / floor_s:.1f} к полу "
            f"(цель ≤ 5 с: {verdict})"
        )
        print("примечание: файлы школ — жёсткие ссылки на файлы демо-данных; одинаковые PDF читаются один раз")
    return 0


if __name__ == "__main__":
    sys.exit(main())
