"""Benchmark: `nastavnik audit` over 1,000 locally served school sites.

    python bench/audit_region.py [--sites 1000]

Serves copies of the corpus's ordinary school sites (tests/auditcorpus.py: region) on 127.0.0.1, one port per
site, from a separate process, and audits them in this one, measuring in the same run:
  - the time for a quarter of the sites and for all of them, and sites per second;
  - peak memory (maximum resident set) after each, to show it does not grow with the number of sites.
Target (issue 6): 1,000 sites ≤ 60 s on 2 cores, memory not growing with the number of sites.
Note: the sites share their documents' bytes, so a PDF's text layer is inspected once per distinct file (as the
auditor memoises by content); a real region has more distinct files.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tests")]

from auditcorpus import region  # noqa: E402
from auditscore import TODAY, targets  # noqa: E402
from siteserver import serve  # noqa: E402

from generator.audit.run import audit  # noqa: E402
from generator.load.rules import load_rules  # noqa: E402


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=1000)
    args = parser.parse_args()
    sites = region(args.sites)
    rules = load_rules(REPO / "bench")  # the baseline
    with serve(sites) as served:
        all_targets = targets(sites, served)
        quarter = all_targets[: max(1, len(all_targets) // 4)]
        start = time.perf_counter()
        audit(quarter, rules, TODAY)
        quarter_s, quarter_mb = time.perf_counter() - start, _peak_mb()
        served.reset_counts()
        start = time.perf_counter()
        result = audit(all_targets, rules, TODAY)
        full_s, full_mb = time.perf_counter() - start, _peak_mb()
        requests = served.total_requests()
    ok = sum(1 for s in result.sites.values() if s.crawl.status == "ok")
    documents = sum(len(s.crawl.seen) for s in result.sites.values())
    print(f"сайтов: {len(sites)} (раздел найден: {ok}), страниц и документов: {documents}, запросов: {requests}")
    print(f"{len(quarter)} сайтов: {quarter_s:6.1f} с, пик памяти {quarter_mb:6.0f} МБ")
    print(f"{len(sites)} сайтов: {full_s:6.1f} с ({len(sites) / full_s:.0f} сайтов/с), пик памяти {full_mb:6.0f} МБ")
    growth = full_mb / quarter_mb
    print(f"рост памяти при ×{len(sites) / len(quarter):.0f} сайтов: ×{growth:.2f}")
    verdict = "в пределах цели" if full_s <= 60 and growth < 1.5 else "ЦЕЛЬ НЕ ДОСТИГНУТА"
    print(f"цель: ≤ 60 с и память не растёт с числом сайтов — {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
