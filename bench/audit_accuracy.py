"""Benchmark: how right `nastavnik audit` is on a labelled corpus of school sites.

    python bench/audit_accuracy.py                    # tests/auditcorpus.py, the corpus the matcher was tuned on
    python bench/audit_accuracy.py --corpus heldout   # tests/auditcorpus_heldout.py, labelled without the matcher

Serves the corpus on 127.0.0.1 (one port per site), audits it as a department would, and prints precision and
recall of «document present» per rule against the labels, the sites whose status differs from the expected one,
and every miss. Target (issue 6): precision and recall ≥ 0.95 for every rule.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tests")]

from auditscore import run, score  # noqa: E402
from siteserver import Site, serve  # noqa: E402

from generator.audit.fetch import Limits  # noqa: E402

CORPORA = ("original", "heldout")


def load(name: str) -> list[Site]:
    if name == "heldout":
        from auditcorpus_heldout import corpus as heldout

        return heldout()
    from auditcorpus import corpus

    return corpus()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Точность и полнота проверки сайтов на размеченном корпусе")
    parser.add_argument("--corpus", choices=CORPORA, default="original", help="какой корпус проверять")
    args = parser.parse_args(argv)
    sites = load(args.corpus)
    with serve(sites) as served:
        started = time.perf_counter()
        result = run(sites, served, limits=Limits(timeout=2.0, deadline=5.0, backoff=0.1))
        seconds = time.perf_counter() - started
    scores, wrong = score(sites, result)
    print(f"корпус {args.corpus}: {len(sites)} сайтов, проверка {seconds:.1f} с")
    print(f"{'правило':<30} {'точность':>9} {'полнота':>8}   TP  FP  FN  TN")
    worst = 1.0
    for rule, s in scores.items():
        worst = min(worst, s.precision, s.recall)
        print(f"{rule:<30} {s.precision:9.3f} {s.recall:8.3f}  {s.tp:3d} {s.fp:3d} {s.fn:3d} {s.tn:3d}")
    print(f"состояния сайтов: верно {len(sites) - len(wrong)} из {len(sites)}")
    for line in wrong:
        print(f"  {line}")
    for rule, s in scores.items():
        for miss in s.misses:
            print(f"  [{rule}] {miss}")
    verdict = "в пределах цели" if worst >= 0.95 and not wrong else "ЦЕЛЬ НЕ ДОСТИГНУТА"
    print(f"худшее значение: {worst:.3f} (цель ≥ 0.95: {verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
