"""Claims as text: JSON lines, CSV, or a table for people. Returns strings; never prints."""
from __future__ import annotations

import csv
import io
import json
from typing import Iterable, Iterator

from .records import Claim

CSV_FIELDS = ["doc_id", "claim_id", "metric", "unit", "value", "low", "high", "qualifier", "count_text",
              "victims_text", "victims_affiliation", "victims_kind", "claimant_text", "claimant_name",
              "claimant_affiliation", "claimant_kind", "claimant_person", "claimant_implied", "via", "location",
              "location_country", "period_start", "period_end", "stance", "part_of", "evidence"]


def jsonl(items: Iterable[Claim]) -> Iterator[str]:
    for c in items:
        yield json.dumps(c.to_dict(), ensure_ascii=False)


def flat(c: Claim) -> dict:
    return {
        "doc_id": c.doc_id, "claim_id": c.claim_id, "metric": c.metric, "unit": c.unit, "value": c.value,
        "low": c.low, "high": c.high, "qualifier": c.qualifier, "count_text": c.count_text,
        "victims_text": c.victims.text, "victims_affiliation": c.victims.affiliation, "victims_kind": c.victims.kind,
        "claimant_text": c.claimant.text, "claimant_name": c.claimant.name, "claimant_affiliation": c.claimant.affiliation,
        "claimant_kind": c.claimant.kind, "claimant_person": c.claimant.person, "claimant_implied": c.claimant.implied,
        "via": "; ".join(c.via),
        "location": c.location.name if c.location else None, "location_country": c.location.country if c.location else None,
        "period_start": c.period.start, "period_end": c.period.end, "stance": c.stance, "part_of": c.part_of,
        "evidence": " | ".join(e.sentence for e in c.evidence),
    }


def _csv(rows: Iterable[dict], fields: list[str]) -> Iterator[str]:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=fields)
    w.writeheader()
    for row in rows:
        w.writerow(row)
        yield buf.getvalue().rstrip("\r\n")
        buf.seek(0)
        buf.truncate()
    if buf.getvalue():
        yield buf.getvalue().rstrip("\r\n")


def csv_rows(items: Iterable[Claim]) -> Iterator[str]:
    return _csv((flat(c) for c in items), CSV_FIELDS)


def figure_text(c: Claim) -> str:
    """A claim's figure for a table; vague words as written ("dozens")."""
    if c.qualifier == "vague" and c.count_text:
        return c.count_text
    return entry_figure({"value": c.value, "low": c.low, "high": c.high, "qualifier": c.qualifier})


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


# --- ledger entries, conflicts, timelines --------------------------------------------------

ENTRY_FIELDS = ["entry_id", "metric", "unit", "value", "low", "high", "qualifier", "stance", "victims_text",
                "victims_affiliation", "victims_kind", "claimant_name", "claimant_affiliation", "claimant_kind",
                "claimant_person", "location", "as_of", "first_as_of", "period_start", "documents", "outlets", "via",
                "claims", "independent_reports", "party", "scope", "speakers"]


def speakers_text(d: dict) -> str:
    """Every claimant that stated an entry: "Russian Ministry of Defence (Igor Konashenkov); Kremlin"."""
    return "; ".join((s["name"] or "?") + (f" ({s['person']})" if s.get("person") else "") for s in d.get("speakers") or ())


def entry_flat(d: dict) -> dict:
    return {
        **{k: d[k] for k in ("entry_id", "metric", "unit", "value", "low", "high", "qualifier", "stance", "as_of",
                             "first_as_of", "period_start", "independent_reports")},
        "victims_text": d["victims"]["text"], "victims_affiliation": d["victims"]["affiliation"],
        "victims_kind": d["victims"]["kind"], "claimant_name": d["claimant"]["name"],
        "claimant_affiliation": d["claimant"]["affiliation"], "claimant_kind": d["claimant"]["kind"],
        "claimant_person": d["claimant"]["person"], "location": d["location"]["name"] if d["location"] else None,
        "documents": "; ".join(d["documents"]), "outlets": "; ".join(d["outlets"]), "via": "; ".join(d["via"]),
        "claims": "; ".join(d["claims"]), "party": d.get("party"), "scope": d.get("scope"),
        "speakers": speakers_text(d),
    }


def entry_figure(d: dict) -> str:
    if d["value"] is not None:
        mark = {"about": "~", "at_least": "≥", "at_most": "≤"}.get(d["qualifier"], "")
        return f"{mark}{int(d['value']):,}"
    if d["low"] is not None and d["high"] is not None:
        return f"{int(d['low']):,}–{int(d['high']):,}"
    if d["low"] is not None:
        return f"≥{int(d['low']):,}"
    return "?"


def _group_name(d: dict) -> str:
    v = d["victims"]
    who = " ".join(x for x in (v["affiliation"], v["kind"] if v["kind"] != "unspecified" else None) if x) or "unspecified victims"
    metric = d["metric"] if d["unit"] == "people" else f"{d['metric']} ({d['unit']})"
    return f"{who} — {metric}"


def entries_table(items: Iterable) -> Iterator[str]:
    cols = [("claimant", 34), ("figure", 9), ("place", 14), ("as of", 10), ("docs", 4), ("indep", 5), ("outlets", 40)]
    current = None
    for e in items:
        d = e.to_dict()
        group = _group_name(d)
        if group != current:
            if current is not None:
                yield ""
            current = group
            yield f"== {group}"
            yield "  " + "  ".join(n.ljust(w) for n, w in cols)
        who = (d["claimant"]["name"] or "?") + (f" ({d['claimant']['person']})" if d["claimant"]["person"] else "")
        if d["stance"] != "asserted":
            who += f" [{d['stance']}]"
        vals = [who, entry_figure(d), d["location"]["name"] if d["location"] else "", d["as_of"] or "",
                str(len(d["documents"])), str(d["independent_reports"]), ", ".join(d["outlets"])]
        yield "  " + "  ".join(_cut(v, w).ljust(w) for v, (_, w) in zip(vals, cols)).rstrip()


def entries_jsonl(items: Iterable) -> Iterator[str]:
    for e in items:
        yield json.dumps(e.to_dict(), ensure_ascii=False)


def entries_csv(items: Iterable) -> Iterator[str]:
    return _csv((entry_flat(e.to_dict()) for e in items), ENTRY_FIELDS)


CONFLICT_FIELDS = ["metric", "victims_affiliation", "victims_kind", "location", "period_start", "period_end", "gap",
                   "a_claimant", "a_figure", "a_as_of", "a_entry_id", "b_claimant", "b_figure", "b_as_of", "b_entry_id"]


def conflict_flat(c) -> dict:
    d = c.to_dict()
    row = {"metric": d["metric"], "victims_affiliation": d["victims"]["affiliation"], "victims_kind": d["victims"]["kind"],
           "location": d["location"], "period_start": d["period"]["start"], "period_end": d["period"]["end"], "gap": d["gap"]}
    for side, e in zip("ab", d["entries"]):
        row.update({f"{side}_claimant": e["claimant"]["name"], f"{side}_figure": entry_figure(e),
                    f"{side}_as_of": e["as_of"], f"{side}_entry_id": e["entry_id"]})
    return row


def conflicts_table(items: Iterable) -> Iterator[str]:
    yield "  ".join(n.ljust(w) for n, w in [("victims — metric", 30), ("place", 12), ("claimant A", 30), ("figure", 9),
                                               ("as of", 10), ("claimant B", 30), ("figure", 9), ("as of", 10), ("gap", 8)])
    for c in items:
        r = conflict_flat(c)
        vals = [(_group_name(c.to_dict()["entries"][0]), 30), (r["location"] or "", 12), (r["a_claimant"] or "?", 30),
                (r["a_figure"], 9), (r["a_as_of"] or "", 10), (r["b_claimant"] or "?", 30), (r["b_figure"], 9),
                (r["b_as_of"] or "", 10), (f"{int(r['gap']):,}", 8)]
        yield "  ".join(_cut(v, w).ljust(w) for v, w in vals).rstrip()


def conflicts_jsonl(items: Iterable) -> Iterator[str]:
    for c in items:
        yield json.dumps(c.to_dict(), ensure_ascii=False)


def conflicts_csv(items: Iterable) -> Iterator[str]:
    return _csv((conflict_flat(c) for c in items), CONFLICT_FIELDS)


def timeline_rows(series: dict) -> Iterator[dict]:
    for claimant, points in series.items():
        for e in points:
            d = e.to_dict()
            yield {"claimant": claimant, "as_of": d["as_of"], "value": d["value"], "low": d["low"], "high": d["high"],
                   "qualifier": d["qualifier"], "metric": d["metric"], "victims_affiliation": d["victims"]["affiliation"],
                   "victims_kind": d["victims"]["kind"], "location": d["location"]["name"] if d["location"] else None,
                   "documents": len(d["documents"]), "entry_id": d["entry_id"], "speakers": speakers_text(d)}


def timeline_table(series: dict) -> Iterator[str]:
    for claimant, points in series.items():
        yield f"== {claimant}"
        for e in points:
            d = e.to_dict()
            place = f"  {d['location']['name']}" if d["location"] else ""
            yield f"  {d['as_of']}  {entry_figure(d):>10}  {_group_name(d)}{place}  ({len(d['documents'])} doc)  {speakers_text(d)}"


def timeline_jsonl(series: dict) -> Iterator[str]:
    for row in timeline_rows(series):
        yield json.dumps(row, ensure_ascii=False)


def timeline_csv(series: dict) -> Iterator[str]:
    return _csv(timeline_rows(series), ["claimant", "as_of", "value", "low", "high", "qualifier", "metric",
                                        "victims_affiliation", "victims_kind", "location", "documents", "entry_id", "speakers"])


ENTRY_RENDERERS = {"table": entries_table, "jsonl": entries_jsonl, "csv": entries_csv}
CONFLICT_RENDERERS = {"table": conflicts_table, "jsonl": conflicts_jsonl, "csv": conflicts_csv}
TIMELINE_RENDERERS = {"table": timeline_table, "jsonl": timeline_jsonl, "csv": timeline_csv}


def render_attributions(items: Iterable[dict], fmt: str) -> Iterator[str]:
    """Attribution records (``tollbook attributions``) as JSON lines or a table."""
    if fmt == "jsonl":
        for d in items:
            yield json.dumps(d, ensure_ascii=False)
        return
    cols = [("doc", 18), ("source", 34), ("cue", 14), ("content", 80)]
    yield "  ".join(name.ljust(w) for name, w in cols)
    yield "  ".join("-" * w for _, w in cols)
    for d in items:
        vals = [d["doc_id"], (d["source"] or {}).get("text", ""), d["cue"]["text"], (d["content"] or {}).get("text", "")]
        yield "  ".join(_cut(" ".join(v.split()), w).ljust(w) for v, (_, w) in zip(vals, cols)).rstrip()
