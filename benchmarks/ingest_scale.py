"""Batch ingest at scale: documents/s on every core into SQLite and PostgreSQL, peak memory,
and how time grows from 10k to 100k documents.

The articles are built by sampling the real article texts of ../shared/eval/dev (read in
place; the perturbed batch is a temporary file outside the project, deleted afterwards) and
perturbing them: figures shifted, paragraphs reordered, a dateline added, so each is a new
document of real size and wording.

    .venv/bin/python benchmarks/ingest_scale.py --sizes 10000 100000 [--postgres URL] [--jobs 2]
"""
from __future__ import annotations

import argparse
import json
import random
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

from tollbook.batch import ingest_all
from tollbook.sources import read_sources
from tollbook.store import Ledger

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev"
FILES = ("gva-articles.jsonl", "ukraine-war-news.jsonl")


def articles() -> list[str]:
    out = []
    for name in FILES:
        with (EVAL / name).open(encoding="utf-8") as f:
            out += [json.loads(line)["text"] for line in f]
    return out


def perturb(text: str, rnd: random.Random, i: int) -> str:
    shift = rnd.randint(0, 40)
    text = re.sub(r"\b(\d{1,3})\b", lambda m: str(int(m.group(1)) + shift), text)
    paras = text.split("\n\n")
    head, body = paras[:1], paras[1:]
    rnd.shuffle(body)
    return "\n\n".join(head + body) + f"\n\n(Report {i}, filed 2022-{1 + i % 12:02d}-{1 + i % 28:02d}.)"


def make_batch(path: Path, n: int, seed: int = 11) -> None:
    rnd = random.Random(seed)
    pool = articles()
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps({"id": f"scale-{i}", "text": perturb(rnd.choice(pool), rnd, i), "outlet": f"Outlet {i % 250}",
                                "published": f"2022-{1 + i % 12:02d}-{1 + i % 28:02d}"}) + "\n")


def peak_mb() -> dict:
    return {"parent_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "worker_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)}


def run(db: str, batch: Path, jobs: int) -> dict:
    with Ledger.open(db) as ledger:
        t = time.perf_counter()
        stats = ingest_all(ledger, read_sources([str(batch)]), jobs=jobs)
        dt = time.perf_counter() - t
        docs, claims = ledger.count()
    return {"documents": docs, "claims": claims, "failed": stats.failed, "seconds": round(dt, 1),
            "docs_per_s": round(stats.done / dt, 1), **peak_mb()}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[10000, 100000])
    ap.add_argument("--jobs", type=int, default=None)
    ap.add_argument("--postgres", help="a PostgreSQL URL whose database may be filled (and is not emptied)")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for n in a.sizes:
            batch = Path(tmp) / f"batch-{n}.jsonl"
            make_batch(batch, n)
            res = {"backend": "sqlite", "n": n, **run(str(Path(tmp) / f"scale-{n}.db"), batch, a.jobs)}
            print(json.dumps(res), flush=True)
            if a.postgres:
                res = {"backend": "postgresql", "n": n, **run(a.postgres.replace("{n}", str(n)), batch, a.jobs)}
                print(json.dumps(res), flush=True)
            batch.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
