"""Claims as text: JSON lines, CSV, or a table for people. Returns strings; never prints."""
from __future__ import annotations

import csv
import io
import json
from typing import Iterable, Iterator

from .records import Claim

CSV_FIELDS = ["doc_id", "claim_id", "metric", "unit", "value", "low", "high", "qualifier", "count_text",
              "victims_text", "victims_affiliation", "victims_kind", "claimant_text", "claimant_name",
              "claimant_affiliation", "claimant_kind", "claimant_person", "via", "location", "location_country",
              "period_start", "period_end", "stance", "part_of", "evidence"]


def jsonl(items: Iterable[Claim]) -> Iterator[str]:
    for c in items:
        yield json.dumps(c.to_dict(), ensure_ascii=False)


def flat(c: Claim) -> dict:
    return {
        "doc_id": c.doc_id, "claim_id": c.claim_id, "metric": c.metric, "unit": c.unit, "value": c.value,
        "low": c.low, "high": c.high, "qualifier": c.qualifier, "count_text": c.count_text,
        "victims_text": c.victims.text, "victims_affiliation": c.victims.affiliation, "victims_kind": c.victims.kind,
        "claimant_text": c.claimant.text, "claimant_name": c.claimant.name, "claimant_affiliation": c.claimant.affiliation,
        "claimant_kind": c.claimant.kind, "claimant_person": c.claimant.person, "via": "; ".join(c.via),
        "location": c.location.name if c.location else None, "location_country": c.location.country if c.location else None,
        "period_start": c.period.start, "period_end": c.period.end, "stance": c.stance, "part_of": c.part_of,
        "evidence": " | ".join(e.sentence for e in c.evidence),
    }


def csv_rows(items: Iterable[Claim]) -> Iterator[str]:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_FIELDS)
    w.writeheader()
    for c in items:
        w.writerow(flat(c))
        yield buf.getvalue().rstrip("\r\n")
        buf.seek(0)
        buf.truncate()
    if buf.getvalue():
        yield buf.getvalue().rstrip("\r\n")


def figure_text(c: Claim) -> str:
    if c.value is not None:
        mark = {"about": "~", "at_least": "≥", "at_most": "≤"}.get(c.qualifier, "")
        return f"{mark}{int(c.value):,}"
    if c.low is not None and c.high is not None:
        return f"{int(c.low):,}–{int(c.high):,}"
    return c.count_text or "?"


def _cut(s: str | None, n: int) -> str:
    s = s or ""
    return s if len(s) <= n else s[: n - 1] + "…"


def table(items: Iterable[Claim]) -> Iterator[str]:
    cols = [("doc", 18), ("metric", 9), ("figure", 9), ("victims", 24), ("claimant", 28), ("place", 12), ("as of", 10), ("evidence", 60)]
    yield "  ".join(name.ljust(w) for name, w in cols)
    yield "  ".join("-" * w for _, w in cols)
    for c in items:
        victims = c.victims.text + (f" [{c.victims.affiliation}]" if c.victims.affiliation else "")
        who = (c.claimant.name or "?") + (f" ({c.claimant.person})" if c.claimant.person else "")
        metric = c.metric if c.unit == "people" else f"{c.metric}:{c.unit}"
        if c.stance != "asserted":
            metric += f" ({c.stance})"
        ev = c.evidence[0].sentence if c.evidence else ""
        if len(c.evidence) > 1:
            ev = f"[×{len(c.evidence)}] {ev}"
        vals = [c.doc_id, metric, figure_text(c), victims, who, c.location.name if c.location else "", c.period.end or "", ev]
        yield "  ".join(_cut(v, w).ljust(w) for v, (_, w) in zip(vals, cols)).rstrip()


RENDERERS = {"jsonl": jsonl, "csv": csv_rows, "table": table}
