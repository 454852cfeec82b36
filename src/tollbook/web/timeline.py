"""The timeline as chart data: running totals per party drawn as lines, figures for one period
(a day, a week) as bars in a panel of their own, figures of unknown scope as unconnected marks,
never one line through all three (a total of 51,000 does not "fall" to a day's 950).

A figure's scope is ``scope`` on its record when the records carry it ("cumulative", "interval",
"event"); until then it is read from the dates: a period that starts before
the as-of date by more than two days is a running total (a war a week old has a total), a
shorter one an interval ("in the past day"); with no start, a war-wide figure of a side's forces
is a running total (the ledger's own rule) and anything else unknown. Series are per
party (the claimant's ``party`` when records carry it, else the claimant's name), victims' side
and unit. Pure functions: no HTML, no database."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from ..ledger_queries import entry_from_row, filtered
from ..render import entry_figure
from ..tables import entries

# Plotly's Dark24: 24 colours told apart; past 24 the dash pattern changes too (72 series).
PALETTE = ["#2E91E5", "#E15F99", "#1CA71C", "#FB0D0D", "#DA16FF", "#222A2A", "#B68100", "#750D86", "#EB663B",
           "#511CFB", "#00A08B", "#FB00D1", "#FC0080", "#B2828D", "#6C7C32", "#778AAE", "#862A16", "#A777F1",
           "#620042", "#1616A7", "#DA60CA", "#6C4516", "#0D2A63", "#AF0038"]
DASHES = ["solid", "dot", "dash"]
INTERVAL_DAYS = 2  # "in the past day", "over 48 hours"; a week-old war's total since its start is still a total
MAX_SERIES = 10  # more than this and nothing chosen: draw the busiest few and offer the rest in a picker
DEFAULT_PICK = 6


def scope_of(d: dict) -> str | None:
    """cumulative | interval | event | None: the record's, else read from its dates, else (as
    the ledger's own timeline does) a war-wide figure of a side's forces is a running total."""
    given = d.get("scope")
    if given:
        return given
    start, end = d.get("period_start"), d.get("as_of")
    if start and end:
        try:
            days = (dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days
            return "interval" if days <= INTERVAL_DAYS else "cumulative"
        except ValueError:
            return None
    place = d.get("location")
    countrywide = not place or place.get("name") == place.get("country")
    if countrywide and (d.get("victims") or {}).get("kind") == "military":
        return "cumulative"
    return None


def party_of(d: dict) -> str | None:
    """The party the claimant speaks for, when the records carry one."""
    return (d.get("claimant") or {}).get("party")


def timeline_entries(ledger, victims: str | None = None, metric: str | None = None) -> dict[str, list]:
    """Every dated, undenied entry for a victim group and metric, by claimant name: running
    totals, period figures and the rest (the chart puts each kind in its place)."""
    e = entries.c
    q = filtered(select(entries).where(e.as_of.is_not(None), e.stance != "denied"), entries,
                 metric=metric, victims=victims).order_by(e.as_of, e.entry_id)
    out: dict[str, list] = {}
    with ledger.engine.connect() as conn:
        for row in conn.execute(q):
            ent = entry_from_row(row)
            out.setdefault(ent.claimant.get("name") or "?", []).append(ent)
    return out


@dataclass(frozen=True)
class Point:
    series: str
    who: str
    as_of: str
    start: str | None
    value: float
    label: str
    scope: str | None
    entry_id: str


def _points(by_claimant: dict, by: str) -> list[Point]:
    out = []
    sides = {(e.victims.get("affiliation") or "unspecified") for es in by_claimant.values() for e in es}
    for claimant, entries in by_claimant.items():
        for e in entries:
            d = e.to_dict()
            d.setdefault("scope", getattr(e, "scope", None))
            value = d["value"] if d["value"] is not None else d["low"]
            if value is None or not d["as_of"]:
                continue
            who = (party_of(d) if by == "party" else None) or claimant
            name = who
            if len(sides) > 1:
                name += f" · on {d['victims'].get('affiliation') or 'unspecified'}"
            if d["unit"] != "people":
                name += f" ({d['unit']})"
            place = f" in {d['location']['name']}" if d["location"] else ""
            scope = scope_of(d)
            label = (f"{claimant}: {entry_figure(d)} {d['metric'].replace('_', ' ')}{place}, as of {d['as_of']}"
                     + (f" since {d['period_start']}" if d.get("period_start") else "")
                     + f" [{scope or 'scope unknown'}] ({len(d['documents'])} doc)")
            out.append(Point(name, claimant, d["as_of"], d.get("period_start"), value, label, scope, e.entry_id))
    return out


def timeline_chart(by_claimant: dict, chosen: list[str] | None = None, by: str = "party") -> dict:
    """Everything the page and its script need: the series (with counts and colours, for the
    picker), the traces to draw, and the drawn points in order (for the table of evidence)."""
    points = _points(by_claimant, by)
    counts: dict[str, int] = {}
    for p in points:
        counts[p.series] = counts.get(p.series, 0) + 1
    names = sorted(counts, key=lambda n: (-counts[n], n))
    chosen = [n for n in (chosen or []) if n in counts]
    picker = len(names) > MAX_SERIES
    drawn = chosen or (names[:DEFAULT_PICK] if picker else names)
    style = {n: (PALETTE[i % len(PALETTE)], DASHES[(i // len(PALETTE)) % len(DASHES)]) for i, n in enumerate(names)}
    traces = []
    for n in drawn:
        colour, dash = style[n]
        mine = sorted((p for p in points if p.series == n), key=lambda p: (p.as_of, p.value))
        for kind, pts in (("cumulative", [p for p in mine if p.scope == "cumulative"]),
                          ("unknown", [p for p in mine if p.scope not in ("cumulative", "interval", "event")]),
                          ("interval", [p for p in mine if p.scope in ("interval", "event")])):
            if not pts:
                continue
            traces.append({"kind": kind, "name": n, "colour": colour, "dash": dash,
                           "x": [p.as_of for p in pts], "y": [p.value for p in pts],
                           "start": [p.start for p in pts], "text": [p.label for p in pts],
                           "entry_ids": [p.entry_id for p in pts]})
    table = sorted((p for p in points if p.series in set(drawn)), key=lambda p: (p.as_of, p.series))
    return {"series": [{"name": n, "count": counts[n], "colour": style[n][0], "drawn": n in drawn} for n in names],
            "traces": traces, "points": table, "picker": picker or bool(chosen), "by": by,
            "has_party": any(party_of(e.to_dict()) for es in by_claimant.values() for e in es)}
