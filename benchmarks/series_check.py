"""The series check on war reporting: ingest a JSONL of articles (read in place), import the
bundled General Staff series, and print every checked claim with its verdict (no article text),
then per outlet how many reports are stale or differ.

    .venv/bin/python benchmarks/series_check.py ../shared/eval/dev/ukraine-war-news.jsonl
"""
from __future__ import annotations

import argparse
import collections
import tempfile
from pathlib import Path

from tollbook.pipeline import run
from tollbook.series import bundled_general_staff, mapping_files
from tollbook.sources import InputError
from tollbook.store import Ledger


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("articles")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d, Ledger.open(str(Path(d) / "l.db")) as led:
        for item in run([args.articles]):
            if not isinstance(item, InputError):
                led.add(item.document, item.claims)
        for path, m in mapping_files(bundled_general_staff()):
            led.import_series([path], m, recheck=False)
        counts = led.recheck()
        reports = led.checked(verdicts=None)
    print("| doc | outlet | as of | figure | claimant (as extracted) | verdict | series that day | fits |")
    print("|---|---|---|---|---|---|---|---|")
    for r in reports:
        d = r.to_dict()
        what = d["metric"] + ("" if d["unit"] == "people" else f" {d['unit']}")
        fig = f"{d['value']:,} {what} ({d['qualifier']})" if d["value"] is not None else f"vague {what}"
        series = f"{d['series_value']:,} ({d['series_as_of']})" if d["series_value"] is not None else ""
        fits = f"{d['matched_value']:,} on {d['matched_as_of']}" + (" (the day's increase)" if d["basis"] == "daily" else "") \
            if d["matched_as_of"] else ""
        print(f"| {d['doc_id']} | {d['outlet']} | {d['claim_as_of']} | {fig} | {d['claimant']} | {d['verdict']} | {series} | {fits} |")
    print()
    print("verdicts:", ", ".join(f"{v} {n}" for v, n in sorted(counts.items())))
    per = collections.defaultdict(collections.Counter)
    for r in reports:
        per[r.outlet][r.verdict.verdict] += 1
    print()
    print("| outlet | checked | matches | stale | differs | other |")
    print("|---|---|---|---|---|---|")
    for outlet, c in sorted(per.items()):
        other = sum(c.values()) - c["matches"] - c["stale"] - c["differs"]
        print(f"| {outlet} | {sum(c.values())} | {c['matches']} | {c['stale']} | {c['differs']} | {other} |")


if __name__ == "__main__":
    main()
