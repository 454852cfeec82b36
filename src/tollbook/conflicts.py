"""When two figures contradict each other: the pure rules the ledger applies.

Two entries conflict only when a journalist would set them side by side as a dispute:

- different parties (one party changing its figure is a revision, on its timeline), and not
  two outlets' own figures (media against media is a toll growing, not a dispute);
- the same metric, unit and victims (side and kind, and the same group inside them: a count of
  children or of bodies recovered is no rival to a count of all the dead; "two more" adds to a
  toll, data/victim_groups.json);
- the same place: a city's count is not a country's (a whole country counts as no narrower place);
- the same scope: running totals against running totals within :data:`CONFLICT_DAYS` (their
  starts, where both are given, in the same week); one event against one event only when it is
  the same event (the same named place, dates at most :data:`SAME_EVENT_DAYS` apart); the same
  for a span of time ("in the past 24 hours"); never a daily figure against a total;
- figures that cannot both be true ("about N" is N ± 10%, "more than N" is N or more); a
  vague word ("several", "dozens") is no count to dispute.

A figure whose scope the sentence does not say is read as one event when it names a town or
region, as a running total when it is about a side's forces, and is otherwise unclear and
compared with nothing ("26 wounded", "one killed in Ukraine" are no war totals).
An event's toll that grows from one day to the next is no contradiction ("initial counts of 10"
then "at least 18"). An outlet's figure a tenth or less of a party's (or a party's a tenth or
less of an outlet's) is a part of the other ("193 of them children", "one victim found"), not a
rival count: outlets quote parts, parties dispute totals.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from functools import lru_cache

from .lexicon import alternation, data_json

CONFLICT_DAYS = 7
SAME_EVENT_DAYS = 1
ABOUT = 0.10
PART = 0.10


def interval(value, low, high, qualifier: str) -> tuple[float, float]:
    """The range of counts a figure allows ("about 100": 90–110; "more than 7,000": 7,000–∞)."""
    if qualifier == "about" and value is not None:
        return value * (1 - ABOUT), value * (1 + ABOUT)
    if qualifier == "at_least" and value is not None:
        return float(value), math.inf
    if qualifier == "at_most" and value is not None:
        return 0.0, float(value)
    if value is not None:
        return float(value), float(value)
    return float(low or 0), float(high) if high is not None else math.inf


def gap(a: tuple[float, float], b: tuple[float, float]) -> float:
    """How far apart two ranges are; 0 when they overlap."""
    return max(a[0] - b[1], b[0] - a[1], 0.0)


def days_apart(a: str | None, b: str | None) -> float:
    if not a or not b:
        return 0.0
    return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)


def effective_scope(scope: str | None, place: str, kind: str = "military", country_wide: bool = False) -> str | None:
    """The scope a figure is compared under: its own; else one event at a named place, a
    running total for a side's forces; else unclear (None). ``country_wide`` (stated for a
    whole country) is kept for callers but no longer makes a total."""
    if scope:
        return scope
    if place:
        return "event"
    # "1 killed in Ukraine" is one event somewhere: only a side's forces have an unstated total
    return "cumulative" if kind == "military" else None


@lru_cache(maxsize=1)
def _groups() -> tuple[list[tuple[str, re.Pattern[str]]], frozenset[str]]:
    d = data_json("victim_groups.json")
    return ([(g, re.compile(rf"\b(?:{alternation(words)})\b", re.I)) for g, words in d["groups"].items()],
            frozenset(d["additions"]))


def victim_group(words: str | None) -> str | None:
    """The group a count's victims are counted as ("193 children": children), if any."""
    for group, rx in _groups()[0]:
        if rx.search(words or ""):
            return group
    return None


def is_addition(words: str | None) -> bool:
    """Whether a count adds to one told before ("two more were found"), not a total."""
    return (words or "").strip().lower() in _groups()[1]


def comparable(a, b) -> bool:
    """Whether two entries (rows with ``scope``, ``location`` (place key), ``country_wide``,
    ``victims_kind``, ``as_of``, ``period_start``, ``party`` and ``claimant_kind``) can
    contradict each other; metric,
    unit, victims and a week's window are matched by the caller's query."""
    if a.party == b.party:
        return False
    if a.claimant_kind == "media" and b.claimant_kind == "media":
        return False
    if a.location != b.location:
        return False
    # "243 children" is a part of "4,031 civilians"; "two more" adds to a toll told before
    va, vb = getattr(a, "victims_text", None), getattr(b, "victims_text", None)
    if victim_group(va) != victim_group(vb) or is_addition(va) or is_addition(vb):
        return False
    sa = effective_scope(a.scope, a.location, a.victims_kind, a.country_wide)
    sb = effective_scope(b.scope, b.location, b.victims_kind, b.country_wide)
    if sa is None or sa != sb:
        return False
    if sa == "cumulative":
        if days_apart(a.as_of, b.as_of) > CONFLICT_DAYS:
            return False
        return not (a.period_start and b.period_start and days_apart(a.period_start, b.period_start) > CONFLICT_DAYS)
    # one event (at a named place), or one span of time: the same one
    return (sa == "interval" or bool(a.location)) and days_apart(a.as_of, b.as_of) <= SAME_EVENT_DAYS


def vague(qualifier: str) -> bool:
    """Whether a figure is a vague word ("several", "dozens"): no count to dispute."""
    return qualifier == "vague"


def toll_grew(a, ia: tuple[float, float], b, ib: tuple[float, float]) -> bool:
    """Whether two figures of one event on different days are a toll rising, not a dispute."""
    if a.as_of == b.as_of or effective_scope(a.scope, a.location, a.victims_kind, a.country_wide) == "cumulative":
        return False
    (early, ie), (late, il) = sorted(((a, ia), (b, ib)), key=lambda x: x[0].as_of)
    return il[0] >= ie[1]


def media_part(a, ia: tuple[float, float], b, ib: tuple[float, float]) -> bool:
    """Whether one of two figures, an outlet's own on either side, is a part of the other: the
    smaller's most is a tenth or less of the larger's least (never a zero: that denies)."""
    if "media" not in (a.claimant_kind, b.claimant_kind):
        return False
    small, large = sorted((ia, ib), key=lambda r: (r[0], r[1]))
    return small[1] > 0 and small[1] <= PART * large[0]
