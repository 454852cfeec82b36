"""Print, per evaluation row, the coded figure, tollbook's total and the claims with evidence.

    .venv/bin/python scripts/errors.py ../shared/eval/dev/gtd.jsonl --metric killed [--only wrong|over|under] [--extractable] [--limit 50]
    .venv/bin/python scripts/errors.py ../shared/eval/dev/ucdp-ukraine.jsonl --metric claimant [--only wrong|under|over]

``--extractable`` keeps the rows whose coded figure is written in the text (the scorer's
``*_em_extractable`` rows); ``--metric claimant`` compares UCDP's coded claimant side with the
sides of our claims (state "none": no claim at all; "wrong": claims, none of that side).

Reads the evaluation data in place (it must not be copied into the project).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import random
from pathlib import Path

from tollbook.pipeline import process
from tollbook.records import Source


def total(claims, metric):
    return sum(c.value for c in claims if c.metric == metric and c.value is not None and not c.part_of and c.stance != "denied")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("--metric", default="killed")
    ap.add_argument("--only", choices=["wrong", "over", "under", "all"], default="wrong")
    ap.add_argument("--limit", type=int, default=40)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--chars", type=int, default=600)
    ap.add_argument("--extractable", action="store_true", help="only rows whose coded figure is written in the text")
    a = ap.parse_args()
    rows = [json.loads(l) for l in open(a.data, encoding="utf-8")]
    random.Random(a.seed).shuffle(rows)
    if a.metric == "claimant":
        return claimants(rows, a)
    shown = 0
    for r in rows:
        gold = (r.get("gold") or {}).get(a.metric)
        if gold is None:
            continue
        if a.extractable and not (gold > 0 and _scorer(a.data).written(gold, r["text"])):
            continue
        claims = _claims_of(r)
        got = total(claims, a.metric)
        bad = got != gold
        if a.only == "wrong" and not bad or a.only == "over" and got <= gold or a.only == "under" and got >= gold:
            continue
        print(f"=== {r['id']} gold={gold} got={got}")
        print("   ", r["text"][: a.chars].replace("\n", " "))
        for c in claims:
            print(f"  -> {c.metric} {c.value} {c.qualifier} victims={c.victims.text!r} part_of={bool(c.part_of)} {c.stance} | {c.evidence[0].sentence[:200]}")
        shown += 1
        if shown >= a.limit:
            break


def _claims_of(r: dict):
    p = process(Source(r["id"], r["text"], r.get("url"), r.get("outlet"), r.get("published")))
    return getattr(p, "claims", ())


_SCORER = {}


def _scorer(data: str):
    """The evaluation's own scorer, loaded from beside the data so both agree."""
    if "m" not in _SCORER:
        spec = importlib.util.spec_from_file_location("score", Path(data).resolve().parent.parent / "score.py")
        _SCORER["m"] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(_SCORER["m"])
    return _SCORER["m"]


def claimants(rows, a) -> None:
    """UCDP rows: the coded claimant's side against the sides our claims name."""
    score = _scorer(a.data)
    shown = 0
    for r in rows:
        want = score.side_of(r["gold"].get("claimant"))
        if not want:
            continue
        claims = _claims_of(r)
        sides = {c.claimant.affiliation for c in claims}
        state = "ok" if want in sides else "none" if not claims else "wrong"
        if a.only == "wrong" and state == "ok" or a.only == "under" and state != "none" or a.only == "over" and state != "wrong":
            continue
        print(f"=== {r['id']} {state} want={want} ({r['gold']['claimant']!r})")
        print("   ", r["text"][: a.chars].replace("\n", " "))
        for c in claims:
            print(f"  -> {c.metric} {c.value} claimant={c.claimant.name!r}/{c.claimant.affiliation} | {c.evidence[0].sentence[:160]}")
        shown += 1
        if shown >= a.limit:
            break


if __name__ == "__main__":
    main()
