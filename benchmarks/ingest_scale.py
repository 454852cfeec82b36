"""Batch ingest at scale: documents/s on every core into SQLite and PostgreSQL, peak memory,
and how time grows from 10k to 100k documents.

The articles are built by sampling the real article texts of ../shared/eval/dev (read in
place; the perturbed batch is a temporary file outside the project, deleted afterwards) and
perturbing them: figures shifted, paragraphs reordered, a dateline added, so each is a new
document of real size and wording.

    .venv/bin/python benchmarks/ingest_scale.py --sizes 10000 100000 [--postgres URL] [--jobs 2]

Whether ingest keeps up: ``--vs-extract N`` times ``ingest`` of the first N GVA articles on
``--jobs`` cores (default 2) into a new SQLite ledger against ``extract`` of the same articles
on one core, in a new process each round (each article read once, as ingest's workers, forked
fresh each round, read them; ``--warm-extract``: in this process, where a later round reads
articles its caches saw), taking turns ``--rounds`` times, and prints both rates and
their ratio for each round (machines and their load differ: the ratio is the figure), and the
CPU each side spent per document, with the ratio two idle cores would give (``cpu_ratio``:
twice extract's CPU per document over ingest's, parent and workers together; the fork server the
workers are started from counts with the workers: its start-up in the first round):

    .venv/bin/python benchmarks/ingest_scale.py --vs-extract 2000 [--rounds 2]

The writer alone: ``--writer N`` extracts the first N GVA articles once, in this process, then
stores the results into a new SQLite ledger ``--rounds`` times as ``ingest`` does (as many
documents a transaction) and prints the CPU the writing took per document, and the statements it ran per
document (each row of a many-row insert counted), without workers beside it:

    .venv/bin/python benchmarks/ingest_scale.py --writer 2000 [--rounds 3]
"""
from __future__ import annotations

import argparse
import inspect
import json
import os
import random
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

from tollbook.batch import ingest_all, quiet_gc
from tollbook.sources import read_sources
from tollbook.store import Ledger

# ../shared/eval/dev beside the checkout (or beside a parent: a worktree may sit deeper)
EVAL = next((d / "shared" / "eval" / "dev" for d in Path(__file__).resolve().parents if (d / "shared" / "eval" / "dev").is_dir()),
            Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev")
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


# One-core extract of a batch in a new interpreter: patterns, lexicons and the parser's model
# loaded on warm-up texts (as the workers' fork server loads them), then each article read
# once, as ingest's workers (forked fresh each round) read them.
_EXTRACT_FRESH = """
import json, sys, time
from tollbook.pipeline import process
from tollbook.records import Source
from tollbook.sources import read_sources
process(Source("warm", "Two people were killed and 3 wounded in shelling by Russian forces, police said."))
from tollbook.extract.attributions import find_attributions
find_attributions("Moscow-backed fighters in the east said 12 people died.", parser=True)  # (the parser's model, as the workers' fork server loads it)
t, c = time.perf_counter(), time.process_time()
docs = claims = 0
for s in read_sources([sys.argv[1]]):
    docs += 1
    claims += len(getattr(process(s), "claims", ()))
print(json.dumps([docs, claims, time.perf_counter() - t, time.process_time() - c]))
"""


def _extract_fresh(batch: Path) -> tuple[int, int, float, float]:
    """(documents, claims, wall seconds, CPU seconds) of one-core extract of ``batch`` in a new process."""
    import subprocess

    out = subprocess.run([sys.executable, "-c", _EXTRACT_FRESH, str(batch)], capture_output=True, text=True, check=True)
    docs, claims, wall, cpu = json.loads(out.stdout.strip().splitlines()[-1])
    return docs, claims, wall, cpu


def vs_extract(n: int, jobs: int, rounds: int, tmp: Path, warm_extract: bool = False) -> None:
    """Ingest on ``jobs`` cores against extract on one, on the same articles, taking turns.
    Extract runs in a new process each round, reading each article once as ingest's workers do
    (``warm_extract``: in this process, where a later round reads articles its caches saw)."""
    from tollbook.pipeline import process
    from tollbook.records import Source

    batch = tmp / "gva.jsonl"
    with (EVAL / "gva-articles.jsonl").open(encoding="utf-8") as f, batch.open("w", encoding="utf-8") as out:
        for _, line in zip(range(n), f):
            out.write(line)
    process(Source("warm", "Two people were killed and 3 wounded in shelling by Russian forces, police said."))
    worker_cpu = _count_worker_cpu()
    for r in range(rounds):
        load = os.getloadavg()[0]
        if warm_extract:
            t, c = time.perf_counter(), time.process_time()
            docs = claims = 0
            for s in read_sources([str(batch)]):
                p = process(s)
                docs += 1
                claims += len(getattr(p, "claims", ()))
            extract_rate = docs / (time.perf_counter() - t)
            extract_cpu = (time.process_time() - c) / docs
        else:
            docs, claims, wall, cpu = _extract_fresh(batch)
            extract_rate, extract_cpu = docs / wall, cpu / docs
        db = tmp / f"vs-{r}.db"
        worker_cpu.clear()
        server_before = _fork_server_cpu()
        with Ledger.open(str(db)) as ledger:
            t, c = time.perf_counter(), time.process_time()
            stats = ingest_all(ledger, read_sources([str(batch)]), jobs=jobs)
            ingest_rate = stats.done / (time.perf_counter() - t)
            parent_cpu = (time.process_time() - c) / stats.done
            stored = ledger.count()
        db.unlink()
        # the fork server's CPU in this round (its start, in the first round) counts as the workers'
        server_cpu = (_fork_server_cpu() - server_before) / stats.done
        workers_cpu = sum(worker_cpu) / stats.done + server_cpu
        print(json.dumps({"round": r + 1, "documents": docs, "claims": claims, "stored": stored, "jobs": jobs,
                          "load_before": round(load, 1),
                          "extract_1core_docs_per_s": round(extract_rate, 1),
                          "ingest_docs_per_s": round(ingest_rate, 1),
                          "ratio": round(ingest_rate / extract_rate, 3),
                          # CPU per document: extract; ingest's parent (reading, hand-off, the
                          # writer) and its workers together; and the ratio 2 idle cores would give
                          "cpu_ms_extract": round(1000 * extract_cpu, 2), "cpu_ms_parent": round(1000 * parent_cpu, 2),
                          "cpu_ms_workers": round(1000 * workers_cpu, 2), "cpu_ms_fork_server": round(1000 * server_cpu, 2),
                          "cpu_ratio": round(min(jobs, 2) * extract_cpu / max(workers_cpu + parent_cpu, 1e-9), 3)}), flush=True)


def writer(n: int, rounds: int, tmp: Path) -> None:
    """The writer's CPU per document: ``n`` GVA articles extracted once, stored ``rounds`` times."""
    from sqlalchemy import event

    from tollbook.pipeline import process

    batch = tmp / "gva.jsonl"
    with (EVAL / "gva-articles.jsonl").open(encoding="utf-8") as f, batch.open("w", encoding="utf-8") as out:
        for _, line in zip(range(n), f):
            out.write(line)
    done = [p for p in map(process, read_sources([str(batch)])) if hasattr(p, "claims")]
    group = inspect.signature(ingest_all).parameters["group"].default  # (documents per commit)

    def store(db: Path, statements: list | None = None) -> tuple[float, tuple[int, int]]:
        with Ledger.open(str(db)) as ledger:
            if statements is not None:
                event.listen(ledger.engine, "connect", lambda conn, _: conn.set_trace_callback(statements.append))
                ledger.engine.dispose()  # (its next connection is traced)
            c = time.process_time()
            # (garbage collection held back as ingest_all holds it: else each round's full
            # collections walk the extracted articles held here, ~0.06 ms a document, one or two
            # a round as the allocations fall)
            with quiet_gc():
                for i in range(0, len(done), group):
                    ledger.add_many([(p.document, list(p.claims)) for p in done[i:i + group]])
            cpu = (time.process_time() - c) / len(done)
            stored = ledger.count()
        db.unlink()
        return cpu, stored

    statements: list[str] = []
    store(tmp / "traced.db", statements)  # (counted apart: the trace costs time)
    for r in range(rounds):
        cpu, stored = store(tmp / f"writer-{r}.db")
        print(json.dumps({"round": r + 1, "documents": len(done), "stored": stored, "writer_cpu_ms": round(1000 * cpu, 3),
                          "statements_per_document": round(len(statements) / len(done), 2)}), flush=True)


def _proc_cpu(pid: int) -> float:
    """CPU seconds a process has spent (Linux /proc; 0 elsewhere)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def _fork_server_cpu() -> float:
    """CPU seconds of the fork server workers are started from (it lives as long as this process)."""
    from multiprocessing import forkserver

    pid = getattr(forkserver._forkserver, "_forkserver_pid", None)
    return _proc_cpu(pid) if pid else 0.0


def _count_worker_cpu() -> list[float]:
    """CPU seconds of each worker process, read from /proc as its pool closes (Linux)."""
    from tollbook import workers

    spent: list[float] = []
    close = workers.WorkerPool.close

    def counted(self):
        for s in self.slots:
            spent.append(_proc_cpu(s.process.pid))
        close(self)

    workers.WorkerPool.close = counted
    return spent


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[10000, 100000])
    ap.add_argument("--jobs", type=int, default=None)
    ap.add_argument("--postgres", help="a PostgreSQL URL whose database may be filled (and is not emptied)")
    ap.add_argument("--vs-extract", type=int, metavar="N", help="ingest on --jobs cores (default 2) against one-core extract, N GVA articles")
    ap.add_argument("--writer", type=int, metavar="N", help="the writer alone: N GVA articles extracted once, stored --rounds times")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--warm-extract", action="store_true",
                    help="--vs-extract: one-core extract in this process (a later round reads articles its caches saw)")
    a = ap.parse_args()
    if a.writer:
        with tempfile.TemporaryDirectory() as tmp:
            writer(a.writer, a.rounds, Path(tmp))
        return 0
    if a.vs_extract:
        with tempfile.TemporaryDirectory() as tmp:
            vs_extract(a.vs_extract, a.jobs or 2, a.rounds, Path(tmp), a.warm_extract)
        return 0
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
