"""What the series check costs ingest: the same documents ingested into a fresh SQLite ledger
with the check switched off, on with no series imported, and on with the bundled General Staff
series; best of N interleaved rounds, as ratios to the run without the check (one core:
``taskset -c 0``).

    taskset -c 0 .venv/bin/python benchmarks/series_speed.py ../shared/eval/dev/ukraine-war-news.jsonl
"""
from __future__ import annotations

import argparse
import os
import tempfile
import time

from tollbook import store
from tollbook.pipeline import run
from tollbook.series import bundled_general_staff, mapping_files
from tollbook.store import Ledger

MODES = ("no check", "check, no series", "check, General Staff series")


def once(items, mode: str) -> float:
    real = store.check_document
    with tempfile.TemporaryDirectory() as d, Ledger.open(os.path.join(d, "l.db")) as led:
        if mode == MODES[2]:
            for path, m in mapping_files(bundled_general_staff()):
                led.import_series([path], m, recheck=False)
        store.check_document = (lambda *a, **k: 0) if mode == MODES[0] else real
        try:
            t = time.perf_counter()
            for doc, found in items:
                led.add(doc, found)
            return len(items) / (time.perf_counter() - t)
        finally:
            store.check_document = real


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("articles")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    items = [(i.document, i.claims) for i in run([args.articles]) if hasattr(i, "claims")]
    best = dict.fromkeys(MODES, 0.0)
    for _ in range(args.rounds):
        for m in MODES:
            best[m] = max(best[m], once(items, m))
    for m in MODES:
        print(f"{m:30s} {best[m]:7.0f} documents/s  ratio {best[m] / best[MODES[0]]:.2f}")


if __name__ == "__main__":
    main()
