"""Pure helpers that shape ledger data for pages: highlighted paragraphs, document pieces,
chart series. No HTML here: templates escape every piece of article text."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..ledger import Conflict, Entry
from ..ledger_queries import entry_from_row, entry_from_record


@dataclass(frozen=True)
class Chunk:
    text: str
    mark: str | None = None  # a claim id (or "evidence") when highlighted


def paragraph_around(text: str, start: int, end: int) -> list[Chunk]:
    """The paragraph holding ``text[start:end]``, with that span marked."""
    p_start = text.rfind("\n", 0, start) + 1
    p_end = text.find("\n", end)
    p_end = len(text) if p_end < 0 else p_end
    return [Chunk(text[p_start:start]), Chunk(text[start:end], "evidence"), Chunk(text[end:p_end])]


def highlighted(text: str, spans: list[tuple[int, int, str]], offset: int = 0) -> list[Chunk]:
    """``text`` (which starts at ``offset`` of the document) cut into chunks, spans marked."""
    out: list[Chunk] = []
    pos = 0
    for s, e, mark in sorted((max(s - offset, 0), min(e - offset, len(text)), m) for s, e, m in spans):
        if e <= pos or s >= len(text):
            continue
        s = max(s, pos)
        if s > pos:
            out.append(Chunk(text[pos:s]))
        out.append(Chunk(text[s:e], mark))
        pos = e
    if pos < len(text):
        out.append(Chunk(text[pos:]))
    return out


def document_pieces(doc: dict) -> list[dict]:
    """The raw article in order: kept runs (with every claim's evidence marked) and the lines
    cleaning removed (shown greyed, with the reason)."""
    spans = [(e.start, e.end, c.claim_id) for c in doc["claims"] for e in c.evidence]
    pieces = []
    for seg in doc["segments"]:
        t = doc["text"][seg["clean_start"]: seg["clean_start"] + seg["length"]]
        pieces.append({"raw_start": seg["raw_start"], "kind": "kept", "chunks": highlighted(t, spans, seg["clean_start"])})
    for r in doc["removed"]:
        pieces.append({"raw_start": r["raw_start"], "kind": "removed", "text": r["text"], "reason": r["reason"]})
    return sorted(pieces, key=lambda p: p["raw_start"])


def chart_series(series: dict) -> list[dict]:
    """Timeline series as plain data for the chart script: one line per claimant."""
    out = []
    for claimant, points in series.items():
        xs, ys, lows, highs, labels = [], [], [], [], []
        for e in points:
            d = e.to_dict()
            value = d["value"] if d["value"] is not None else d["low"]
            if value is None:
                continue
            xs.append(d["as_of"])
            ys.append(value)
            lows.append(d["low"])
            highs.append(d["high"])
            place = f" in {d['location']['name']}" if d["location"] else ""
            labels.append(f"{claimant}: {d['qualifier'].replace('_', ' ')} {value:,}{place} ({len(d['documents'])} doc)")
        if xs:
            out.append({"name": claimant, "x": xs, "y": ys, "text": labels, "entry_ids": [e.entry_id for e in points]})
    return out


_WEB_URL = re.compile(r"(?i)https?://[^\s\x00-\x1f\x7f]+")


def web_url(url: str | None) -> str | None:
    """``url`` if it is an http: or https: address (and so may be a link), else None:
    ``javascript:``, ``data:`` and the like are shown as text, never followed."""
    return url if url and _WEB_URL.fullmatch(url) else None


def entry_of(row) -> Entry:
    """A ledger entry from its ``entries`` row."""
    return entry_from_row(row)


def conflict_of(row) -> Conflict:
    """A conflict from a row of browse's conflict columns (its two entries as stored records)."""
    return Conflict(row.metric, {"affiliation": row.victims_affiliation or None, "kind": row.victims_kind},
                    row.location or None, {"start": row.period_start, "end": row.period_end},
                    (entry_from_record(row.a), entry_from_record(row.b)), row.gap)


def safe_filename(name: str) -> str:
    return re.sub(r"[^\w.-]+", "_", name)[:120] or "upload"


def series_traces(lines: list[tuple], news: list[dict], margin_days: int = 30) -> list[dict]:
    """A party's own series as chart lines (``kind: series``), clipped to the news points' span
    (a month either side) so the reports stay readable against a years-long tally."""
    import datetime as dt

    xs = sorted(x for s in news for x in s["x"])
    lo = (dt.date.fromisoformat(xs[0]) - dt.timedelta(days=margin_days)).isoformat() if xs else None
    hi = (dt.date.fromisoformat(xs[-1]) + dt.timedelta(days=margin_days)).isoformat() if xs else None
    out = []
    for s, pts in lines:
        pts = [p for p in pts if (lo is None or p.as_of >= lo) and (hi is None or p.as_of <= hi)]
        if not pts:
            continue
        name = f"{s.claimant.get('name') or s.party} (own series" + ("" if s.unit == "people" else f", {s.unit}") + ")"
        out.append({"name": name, "kind": "series", "x": [p.as_of for p in pts], "y": [p.value for p in pts],
                    "text": [f"{name}: {p.value:,.0f} on {p.as_of} ({p.source} line {p.line})" for p in pts],
                    "entry_ids": [None] * len(pts)})
    return out
