"""Documents per second and peak memory for extract and ingest, on real-size articles.

The article texts are read in place from ../shared/eval/dev (their terms forbid copying them
into the project). Run on one core for the issue's figure:

    taskset -c 0 .venv/bin/python benchmarks/throughput.py [--eval-dir ../shared/eval/dev] [--repeat 2]
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from tollbook.pipeline import process
from tollbook.records import Source
from tollbook.store import Ledger

FILES = ("gva-articles.jsonl", "ukraine-war-news.jsonl")


def load(eval_dir: Path) -> list[Source]:
    out = []
    for name in FILES:
        with (eval_dir / name).open(encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                out.append(Source(r["id"], r["text"], r.get("url"), r.get("outlet"), r.get("published")))
    return out


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--eval-dir", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev")
    ap.add_argument("--repeat", type=int, default=2)
    a = ap.parse_args()
    sources = load(a.eval_dir)
    words = sum(len(s.raw.split()) for s in sources) / len(sources)
    process(sources[0])  # load lexicons and compile patterns outside the timing
    t = time.perf_counter()
    n_claims = 0
    for _ in range(a.repeat):
        for s in sources:
            n_claims += len(process(s).claims)
    dt_extract = time.perf_counter() - t
    extract_rate = len(sources) * a.repeat / dt_extract
    with tempfile.TemporaryDirectory() as tmp:
        with Ledger.open(str(Path(tmp) / "bench.db")) as ledger:
            t = time.perf_counter()
            for s in sources:
                p = process(s)
                ledger.add(p.document, p.claims)
            dt_ingest = time.perf_counter() - t
    result = {
        "documents": len(sources), "mean_words": round(words), "claims_per_pass": n_claims // a.repeat,
        "extract_docs_per_s": round(extract_rate, 1), "ingest_sqlite_docs_per_s": round(len(sources) / dt_ingest, 1),
        "peak_rss_mb": round(peak_mb(), 1),
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
