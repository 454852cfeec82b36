"""How the ledger's write path grows with what it already holds, on hostile feeds.

Each shape is N short documents of one day, ingested in batches of 100 into a fresh SQLite
ledger; the CPU time of each quarter of the documents is printed. A write path that stays
linear spends about the same on each quarter; one that reads everything before for each new
document spends ~7 times as much on the last quarter as on the first.

    .venv/bin/python benchmarks/ledger_scale.py [--docs 2000] [--shape carried|revised|claimants]

Shapes:
- carried: one figure, one claimant, carried by every document in its own words (one entry
  with N reports: each new report refreshes it);
- revised: one claimant giving a new figure in every document (N entries of one party, one
  victim group, one place and day: each is compared with the others' claimants);
- claimants: 200 claimants of one event, each with its own figure (200 entries, each new
  report compared with every other claimant's nearest).
"""
from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from tollbook.pipeline import process
from tollbook.records import Source
from tollbook.store import Ledger

SHAPES = {
    "carried": lambda i: f"Russia's defence ministry said 498 Ukrainian soldiers were killed in Bakhmut on Monday, report {i} said.",
    "revised": lambda i: f"Russia's defence ministry said {400 + i} Ukrainian soldiers were killed in Bakhmut on Monday.",
    "claimants": lambda i: f"Officials in district {i % 200} said {100 + i % 50} civilians were killed in Bakhmut on Monday, "
                           f"report {i} said.",
}


def run(shape: str, n: int, batch: int = 100) -> dict:
    done = [process(Source(f"d{i}", SHAPES[shape](i), f"https://outlet{i % 40}.example/a{i}", None, "2023-03-06"))
            for i in range(n)]
    spent: list[float] = []
    with tempfile.TemporaryDirectory() as tmp, Ledger.open(str(Path(tmp) / "ledger.db")) as ledger:
        for k in range(0, n, batch):
            t = time.process_time()
            ledger.add_many([(p.document, list(p.claims)) for p in done[k:k + batch]])
            spent.append(time.process_time() - t)
        entries = ledger.count_entries()
    quarters = [sum(spent[j * len(spent) // 4:(j + 1) * len(spent) // 4]) for j in range(4)]
    return {"shape": shape, "documents": n, "entries": entries, "quarters_cpu_s": [round(q, 2) for q in quarters],
            "last_over_first": round(quarters[3] / quarters[0], 1) if quarters[0] else None}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--shape", choices=sorted(SHAPES), action="append")
    a = ap.parse_args()
    for shape in a.shape or sorted(SHAPES):
        print(json.dumps(run(shape, a.docs)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
