"""What a process pays before its first claim: `tollbook extract` of a one-line JSONL file, run as
a user runs it, against the regex peer (../shared/eval/baseline_regex.py) run on the same file
as a process of its own; both are new Python processes, so the ratio is tollbook's start-up
over a bare interpreter's with a little regex work. Taking turns, ``--runs`` times each, with
the compiled-pattern file (TOLLBOOK_PATTERN_CACHE: kept from the run before) and without it
(``0``: every pattern compiled, as on a first run). CPU seconds of each child process:

    .venv/bin/python benchmarks/startup.py [--runs 5]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

PEER = next((d / "shared" / "eval" / "baseline_regex.py" for d in Path(__file__).resolve().parents
             if (d / "shared" / "eval" / "baseline_regex.py").is_file()), None)
LINE = {"id": "one", "text": "Two people were killed and three wounded in shelling of the town, police said."}


def child_cpu(cmd: list[str], env: dict) -> float:
    """CPU seconds (user and system) the command's process spent."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        doc = Path(tmp) / "one.jsonl"
        doc.write_text(json.dumps(LINE) + "\n", encoding="utf-8")
        cache = Path(tmp) / "patterns"
        tollbook = [sys.executable, "-m", "tollbook", "extract", "--format", "jsonl", str(doc)]
        runs = {"tollbook": ({"TOLLBOOK_PATTERN_CACHE": str(cache)}, tollbook),
                "tollbook_no_pattern_file": ({"TOLLBOOK_PATTERN_CACHE": "0"}, tollbook)}
        if PEER is not None:
            runs["regex_peer"] = ({}, [sys.executable, str(PEER), str(doc)])
        child_cpu(tollbook, {**os.environ, "TOLLBOOK_PATTERN_CACHE": str(cache)})  # writes the pattern file
        spent: dict[str, list[float]] = {k: [] for k in runs}
        for _ in range(a.runs):
            for name, (env, cmd) in runs.items():
                spent[name].append(child_cpu(cmd, {**os.environ, **env}))
    out = {f"{k}_cpu_s": round(statistics.median(v), 3) for k, v in spent.items()}
    if "regex_peer" in spent:
        peer = statistics.median(spent["regex_peer"])
        out["ratio_to_peer"] = round(peer / statistics.median(spent["tollbook"]), 3)
        out["ratio_to_peer_no_pattern_file"] = round(peer / statistics.median(spent["tollbook_no_pattern_file"]), 3)
    out["runs"] = a.runs
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
