"""Series and check results as text: JSON lines, CSV or a table. Returns strings; never prints."""
from __future__ import annotations

import json
from typing import Iterable, Iterator

from .render import _csv, _cut

CHECK_FIELDS = ["verdict", "party", "outlet", "doc_id", "published", "claim_id", "metric", "unit", "value", "qualifier",
                "count_text", "claimant", "claim_as_of", "series_as_of", "series_value", "matched_as_of", "matched_value",
                "basis", "note", "evidence", "url"]


def _fig(x) -> str:
    if x is None:
        return ""
    return f"{int(x):,}" if float(x).is_integer() else f"{x:,}"


def checks_table(items: Iterable) -> Iterator[str]:
    cols = [("verdict", 11), ("outlet", 18), ("doc", 18), ("as of", 10), ("report", 16), ("series", 20), ("fits", 22),
            ("evidence", 60)]
    yield "  ".join(n.ljust(w) for n, w in cols).rstrip()
    yield "  ".join("-" * w for _, w in cols)
    for r in items:
        d = r.to_dict()
        what = d["metric"] if d["unit"] == "people" else f"{d['metric']}:{d['unit']}"
        report = f"{_fig(d['value'])} {what}" if d["value"] is not None else d["count_text"]
        series = f"{_fig(d['series_value'])} on {d['series_as_of']}" if d["series_value"] is not None else ""
        fits = (f"{_fig(d['matched_value'])} on {d['matched_as_of']}" + (" (day)" if d["basis"] == "daily" else "")) \
            if d["matched_as_of"] else (d["note"] or "")
        vals = [d["verdict"], d["outlet"], d["doc_id"], d["claim_as_of"] or "", report, series, fits, d["evidence"]]
        yield "  ".join(_cut(str(v), w).ljust(w) for v, (_, w) in zip(vals, cols)).rstrip()


def checks_jsonl(items: Iterable) -> Iterator[str]:
    for r in items:
        yield json.dumps(r.to_dict(), ensure_ascii=False)


def checks_csv(items: Iterable) -> Iterator[str]:
    return _csv(({k: r.to_dict().get(k) for k in CHECK_FIELDS} for r in items), CHECK_FIELDS)


CHECK_RENDERERS = {"table": checks_table, "jsonl": checks_jsonl, "csv": checks_csv}


def series_table(items: Iterable[tuple]) -> Iterator[str]:
    """(series, number of days, first day, last day, revisions) rows."""
    cols = [("series", 16), ("party", 10), ("claimant", 30), ("figure", 28), ("victims", 18), ("days", 6),
            ("from", 10), ("to", 10), ("revised", 7)]
    yield "  ".join(n.ljust(w) for n, w in cols).rstrip()
    yield "  ".join("-" * w for _, w in cols)
    for s, n, first, last, revised in items:
        what = s.metric + ("" if s.unit == "people" else f":{s.unit}") + (f" ({s.column})" if s.column else "")
        victims = "/".join(x for x in (s.victims.affiliation, s.victims.kind) if x)
        vals = [s.series_id, s.party, s.claimant.get("name") or "", what, victims, n, first or "", last or "", revised]
        yield "  ".join(_cut(str(v), w).ljust(w) for v, (_, w) in zip(vals, cols)).rstrip()


def series_jsonl(items: Iterable[tuple]) -> Iterator[str]:
    for s, n, first, last, revised in items:
        yield json.dumps({**s.to_dict(), "days": n, "first": first, "last": last, "revised_days": revised}, ensure_ascii=False)


SERIES_RENDERERS = {"table": series_table, "jsonl": series_jsonl}


def points_table(records: Iterable[dict]) -> Iterator[str]:
    yield "as of       revision  figure        source"
    for d in records:
        src = f"{d['source']['file']}:{d['source']['line']}" + (f"  {d['note']}" if d["note"] else "")
        yield f"{d['period']['end']}  {d['revision']:>8}  {_fig(d['value']):>12}  {src}"


def points_jsonl(records: Iterable[dict]) -> Iterator[str]:
    for d in records:
        yield json.dumps(d, ensure_ascii=False)


POINT_RENDERERS = {"table": points_table, "jsonl": points_jsonl}
