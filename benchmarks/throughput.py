"""Documents per second and peak memory for extract and ingest, on real-size articles, and
the same as a ratio to a plain regex peer run on the same articles in the same run.

The article texts are read in place from ../shared/eval/dev (their terms forbid copying them
into the project); so is the peer, ../shared/eval/baseline_regex.py, whose own loop runs
verbatim over the articles held in memory (its input lines given to it, its output lines
kept). Machines differ by 2x and more: the ratio is the figure to compare. One pass over each
text for both, no warm repeats, taking turns by chunks of 100 articles so that both run
under the same load. Run on one core:

    taskset -c 0 .venv/bin/python benchmarks/throughput.py [--eval-dir ../shared/eval/dev] [--repeat 1]
"""
from __future__ import annotations

import argparse
import ast
import json
import resource
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

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


def regex_peer(eval_dir: Path):
    """The peer's loop, compiled from its file, as a function of its input lines."""
    path = eval_dir.parent / "baseline_regex.py"
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    setup = ast.Module([n for n in tree.body if not isinstance(n, ast.For)], [])
    loop = ast.Module([n for n in tree.body if isinstance(n, ast.For)], [])
    ns: dict = {"__name__": "baseline_regex"}
    exec(compile(setup, str(path), "exec"), ns)
    body = compile(loop, str(path), "exec")

    def run(lines: list[str]) -> list[str]:
        out: list[str] = []
        # its loop reads open(sys.argv[1]) and prints: give it the lines, keep what it prints
        exec(body, {**ns, "open": lambda *a, **k: iter(lines), "print": out.append,
                    "sys": SimpleNamespace(argv=[str(path), "<articles in memory>"])})
        return out

    return run


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser()
    # ../shared/eval/dev beside the checkout (or beside a parent: a worktree may sit deeper)
    near = next((d / "shared" / "eval" / "dev" for d in Path(__file__).resolve().parents if (d / "shared" / "eval" / "dev").is_dir()),
                Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev")
    ap.add_argument("--eval-dir", type=Path, default=near)
    ap.add_argument("--repeat", type=int, default=1, help="passes over the articles (1: each text read once)")
    ap.add_argument("--no-ingest", action="store_true", help="extract and the peer only")
    ap.add_argument("--chunk", type=int, default=100, help="documents per turn of peer and extract")
    a = ap.parse_args()
    sources = load(a.eval_dir)
    words = sum(len(s.raw.split()) for s in sources) / len(sources)
    lines = [json.dumps({"id": s.doc_id, "text": s.raw}) for s in sources]
    peer = regex_peer(a.eval_dir)
    # compile patterns and load lexicons outside the timing, on text that is not in the set
    warm = "Two people were killed and 3 wounded in shelling by Russian forces, police said."
    process(Source("warm", warm))
    # the dependency parser's model loads on first use (about a second): outside the timing
    # too, like the patterns; `import tollbook.cli` and a first document are timed on their own
    from tollbook.extract.attributions import find_attributions
    find_attributions("Moscow-backed fighters in the east said 12 people died.", parser=True)
    peer([json.dumps({"id": "warm", "text": warm})])
    # Interleaved in chunks, so that both see the same load on a shared machine (a peer timed
    # alone for its few seconds swings by 2x with what else runs).
    dt_peer = dt_extract = 0.0
    peer_lines = n_claims = 0
    for _ in range(a.repeat):
        for k in range(0, len(sources), a.chunk):
            t = time.perf_counter()
            peer_lines += len(peer(lines[k:k + a.chunk]))
            dt_peer += time.perf_counter() - t
            t = time.perf_counter()
            for s in sources[k:k + a.chunk]:
                n_claims += len(process(s).claims)
            dt_extract += time.perf_counter() - t
    extract_rate = len(sources) * a.repeat / dt_extract
    peer_rate = len(sources) * a.repeat / dt_peer
    dt_ingest = None
    if not a.no_ingest:
        with tempfile.TemporaryDirectory() as tmp:
            with Ledger.open(str(Path(tmp) / "bench.db")) as ledger:
                t = time.perf_counter()
                for s in sources:
                    p = process(s)
                    ledger.add(p.document, p.claims)
                dt_ingest = time.perf_counter() - t
    result = {
        "documents": len(sources), "mean_words": round(words), "claims_per_pass": n_claims // a.repeat,
        "extract_docs_per_s": round(extract_rate, 1), "regex_peer_docs_per_s": round(peer_rate, 1),
        "ratio_to_peer": round(extract_rate / peer_rate, 3), "peer_claims_per_pass": peer_lines // a.repeat,
        "ingest_sqlite_docs_per_s": round(len(sources) / dt_ingest, 1) if dt_ingest else None,
        "peak_rss_mb": round(peak_mb(), 1),
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
