"""Claims as text: JSON lines, CSV, or a table for people. Returns strings; never prints."""
from __future__ import annotations

import csv
import io
import json
import textwrap
from functools import lru_cache
from typing import Callable, Iterable, Iterator

from .lexicon import data_json
from .records import Claim

DEFAULT_WIDTH = 120

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


# A column of a table for people: "num" (figures, right-aligned) and "fixed" (dates, counts)
# are never cut; "text" columns share what the width leaves and wrap onto more lines.
Column = tuple[str, str]


def _widths(cols: list[Column], rows: list[list[str]], width: int, indent: int) -> list[int]:
    natural = [max([len(name)] + [len(r[i]) for r in rows]) for i, (name, _) in enumerate(cols)]
    text = [i for i, (_, kind) in enumerate(cols) if kind == "text"]
    room = width - indent - 2 * (len(cols) - 1) - sum(n for i, n in enumerate(natural) if i not in text)
    out = list(natural)
    if sum(natural[i] for i in text) <= room:
        return out
    natural = [min(n, 80) if i in text else n for i, n in enumerate(natural)]
    # Water-filling: the narrowest text columns keep their width; the wider ones share the rest
    # in proportion to their widths.
    # A column is never narrower than its heading or its longest word (up to 14): words stay whole.
    floor = {i: max(len(cols[i][0]), min(max((len(w) for r in rows for w in r[i].split()), default=0), 14), 6)
             for i in text}
    left = sorted(text, key=lambda i: natural[i])
    while left:
        fair = max(room, 0) * natural[left[0]] // max(sum(natural[j] for j in left), 1)
        i = left.pop(0)
        out[i] = min(natural[i], max(fair, floor[i]))
        room -= out[i]
    return out


def fitted(cols: list[Column], rows: list[list[str]], width: int = DEFAULT_WIDTH, indent: int = 0,
           rule: bool = False, widths: list[int] | None = None) -> Iterator[str]:
    """``rows`` under ``cols`` in at most ``width`` characters: text columns wrap, figures and
    dates are never cut (a terminal narrower than those alone overflows rather than lie).
    ``widths`` (from :func:`_widths`) lines several tables up as one."""
    widths = widths or _widths(cols, rows, width, indent)
    pad = " " * indent
    yield pad + "  ".join(name[:w].ljust(w) for (name, _), w in zip(cols, widths)).rstrip()
    if rule:
        yield pad + "  ".join("-" * w for w in widths)
    for r in rows:
        cells = [textwrap.wrap(v, w, break_long_words=True, break_on_hyphens=False) or [""] if kind == "text" else [v]
                 for v, (_, kind), w in zip(r, cols, widths)]
        for line in range(max(len(c) for c in cells)):
            parts = []
            for c, (_, kind), w in zip(cells, cols, widths):
                v = c[line] if line < len(c) else ""
                parts.append(v.rjust(w) if kind == "num" else v.ljust(w))
            yield pad + "  ".join(parts).rstrip()


def table(items: Iterable[Claim], width: int = DEFAULT_WIDTH) -> Iterator[str]:
    cols = [("doc", "text"), ("metric", "text"), ("figure", "num"), ("victims", "text"), ("claimant", "text"),
            ("place", "text"), ("as of", "fixed"), ("evidence", "text")]
    rows = []
    for c in items:
        victims = c.victims.text + (f" [{c.victims.affiliation}]" if c.victims.affiliation else "")
        who = (c.claimant.name or "?") + (f" ({c.claimant.person})" if c.claimant.person else "")
        metric = c.metric if c.unit == "people" else f"{c.metric}:{c.unit}"
        if c.stance != "asserted":
            metric += f" ({c.stance})"
        ev = c.evidence[0].sentence if c.evidence else ""
        if len(c.evidence) > 1:
            ev = f"[×{len(c.evidence)}] {ev}"
        rows.append([c.doc_id, metric, figure_text(c), victims, who, c.location.name if c.location else "",
                     c.period.end or "", ev])
    yield from fitted(cols, rows, width, rule=True)


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


@lru_cache(maxsize=1)
def _vague_words() -> dict[tuple, str]:
    """(low, high) -> the words that give those bounds ("thousands" for 2,000-9,999)."""
    said: dict[tuple, list[str]] = {}
    for words, (low, high) in data_json("numbers.json")["vague"].items():
        said.setdefault((low, high), []).append(words)
    # "numerous" rather than "a number of": words that stand alone before those that need a noun
    return {k: next((w for w in ws if not w.endswith(" of")), ws[0].removesuffix(" of")) for k, ws in said.items()}


def vague_words(low, high) -> str | None:
    """The words for a vague figure's bounds, or None when no lexicon words give them."""
    key = (None if low is None else int(low), None if high is None else int(high))
    return _vague_words().get(key)


def entry_figure(d: dict) -> str:
    """A figure for a table: vague ones as words ("thousands"); their bounds stay in the record."""
    if d.get("qualifier") == "vague" and d["value"] is None:
        words = d.get("count_text") or vague_words(d["low"], d["high"])
        if words:
            return words
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


def entries_table(items: Iterable, width: int = DEFAULT_WIDTH, evidence: Callable[[str], str] | None = None) -> Iterator[str]:
    """Entries under one heading per victim group and metric (each heading once, groups in the
    order they first appear); ``evidence`` (entry id -> sentence) adds an evidence column."""
    cols = [("claimant", "text"), ("figure", "num"), ("place", "text"), ("as of", "fixed"), ("docs", "num"),
            ("indep", "num"), ("outlets", "text")]
    if evidence:
        cols.append(("evidence", "text"))
    groups: dict[str, list[list[str]]] = {}
    for e in items:
        d = e.to_dict()
        who = (d["claimant"]["name"] or "?") + (f" ({d['claimant']['person']})" if d["claimant"]["person"] else "")
        if d["stance"] != "asserted":
            who += f" [{d['stance']}]"
        row = [who, entry_figure(d), d["location"]["name"] if d["location"] else "", d["as_of"] or "",
               str(len(d["documents"])), str(d["independent_reports"]), ", ".join(d["outlets"])]
        if evidence:
            row.append(evidence(d["entry_id"]))
        groups.setdefault(_group_name(d), []).append(row)
    widths = _widths(cols, [r for rows in groups.values() for r in rows], width, 2)
    for n, (group, rows) in enumerate(groups.items()):
        if n:
            yield ""
        yield f"== {group}"
        yield from fitted(cols, rows, width, indent=2, widths=widths)


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


def conflicts_table(items: Iterable, width: int = DEFAULT_WIDTH, evidence: Callable[[str], str] | None = None) -> Iterator[str]:
    """Conflicts, one line each (more when text wraps); ``evidence`` adds each side's sentence."""
    cols = [("victims — metric", "text"), ("place", "text"), ("claimant A", "text"), ("figure", "num"), ("as of", "fixed"),
            ("claimant B", "text"), ("figure", "num"), ("as of", "fixed"), ("gap", "num")]
    if evidence:
        cols += [("evidence A", "text"), ("evidence B", "text")]
    rows = []
    for c in items:
        r = conflict_flat(c)
        row = [_group_name(c.to_dict()["entries"][0]), r["location"] or "", r["a_claimant"] or "?", r["a_figure"],
               r["a_as_of"] or "", r["b_claimant"] or "?", r["b_figure"], r["b_as_of"] or "", f"{int(r['gap']):,}"]
        if evidence:
            row += [evidence(r["a_entry_id"]), evidence(r["b_entry_id"])]
        rows.append(row)
    yield from fitted(cols, rows, width)


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
