"""The claimant stage's own CPU over the throughput articles (benchmarks/throughput.py's): the
functions claim extraction calls to find who states each figure (claimants._Sources, the
source phrase and headline claimants, relays, party_of, the outlet), each wrapped with
``time.process_time`` (the outermost call only), beside the CPU of the whole extraction. One
pass over each text after a warm-up (the patterns compiled, the parser loaded). The machine's
load moves both: compare a checkout with another by taking turns, several runs each:

    taskset -c 0 .venv/bin/python benchmarks/claimant_stage.py [--eval-dir ../shared/eval/dev]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import throughput  # noqa: E402

from tollbook.extract import claimants, claims  # noqa: E402
from tollbook.pipeline import process  # noqa: E402
from tollbook.records import Source  # noqa: E402

# what claims.py calls for the claimant stage, by the name it calls it under
CALLED = ("_headline_claimant", "_headline_side", "_source_claimant", "relays", "party_of", "outlet_at")
METHODS = ("covering", "cued", "__init__")


def timed(spent: dict[str, float]) -> None:
    """Wrap the stage's functions where claims.py reaches them; ``spent`` gathers their CPU."""
    depth = [0]

    def wrap(name, f):
        def run(*args, **kwargs):
            if depth[0]:
                return f(*args, **kwargs)
            depth[0] += 1
            t = time.process_time()
            try:
                return f(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.process_time() - t
                depth[0] -= 1
        return run

    for name in CALLED:
        setattr(claims, name, wrap(name, getattr(claims, name)))
    for name in METHODS:
        setattr(claimants._Sources, name, wrap(f"_Sources.{name}", getattr(claimants._Sources, name)))


def main() -> int:
    ap = argparse.ArgumentParser()
    near = next((d / "shared" / "eval" / "dev" for d in Path(__file__).resolve().parents if (d / "shared" / "eval" / "dev").is_dir()),
                Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev")
    ap.add_argument("--eval-dir", type=Path, default=near)
    a = ap.parse_args()
    sources = throughput.load(a.eval_dir)
    process(Source("warm", "Two people were killed and 3 wounded in shelling by Russian forces, police said."))
    from tollbook.extract.attributions import find_attributions

    find_attributions("Moscow-backed fighters in the east said 12 people died.", parser=True)
    spent: dict[str, float] = {}
    timed(spent)
    t = time.process_time()
    for s in sources:
        process(s)
    total = time.process_time() - t
    stage = sum(spent.values())
    print(json.dumps({"documents": len(sources), "extract_cpu_s": round(total, 2), "stage_cpu_s": round(stage, 3),
                      "stage_share": round(stage / total, 3), **{k: round(v, 3) for k, v in sorted(spent.items())}}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
