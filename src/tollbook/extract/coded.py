"""A dataset record's note of its own total ("Unknown fatalities coded as 10", "Fatalities are
split across 2 events (8)"), or of a count it divides among events ("coded as 9 and spread
across three sites", "[2 fatalities split among 4 events]": the record's share): the
record's total, in its outlet's voice."""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..lexicon import Caseless, data_json
from ..regexes import compiled
from ..records import Claimant, Evidence, Figure, Victims
from ..resolve import media_affiliation
from .casualties import Mention
from .dates import period
from .numbers import parse_number
from .merging import Draft


@lru_cache(maxsize=1)
def _coded_regex() -> Caseless:
    # (read on the text lower-cased where that is the same test: twice as fast over a long page)
    return Caseless(data_json("cues.json")["coded"])


@lru_cache(maxsize=1)
def _count_first_regex() -> Caseless:
    return Caseless(data_json("cues.json")["coded_count_first"])


@lru_cache(maxsize=1)
def _split_regex() -> re.Pattern[str]:
    return compiled(data_json("cues.json")["coded_split"])


def coded_total(text: str, lower: str, sentences, outlet: Callable[[int], str | None], published) -> Draft | None:
    """"Unknown fatalities coded as 10": a dataset record's note of its own total, in the
    record's (the outlet's) voice. The last note wins."""
    m = None
    if "coded" in lower or "split" in lower or "rounded" in lower:
        for m in _coded_regex().finditer(text, lower):
            pass
    if "fatalit" in lower and ("split" in lower or "distributed" in lower or "spread" in lower):
        # ("[2 fatalities split among 4 events]": its count first; the last note of either form wins)
        for first in _count_first_regex().finditer(text, lower):
            if m is None or first.start() > m.start():
                m = first
    if m is None:
        return None
    g = next(g for g in ("n", "m", "k") if g in m.re.groupindex and m.group(g))
    n = parse_number(m.group(g)) or 0
    end_of_note = m.end()
    if g != "m" and (split := _split_regex().match(lower, m.end())) is not None:
        # "coded as 9 and spread across three sites": this record's share, as the dataset
        # divides it (evenly, the remainder to one of them: rounded down here)
        n, end_of_note = n // max(parse_number(split.group("k")) or 0, 1), split.end()
    s = next(x for x in sentences if x.start <= m.start() < x.end)
    start, end = m.start(g) - s.start, m.end(g) - s.start
    # (the words as written: the match may be of the text lower-cased, at the same offsets)
    fig = Figure(n, None, None, "exact", text[m.start():end_of_note], start, end)
    name = outlet(s.start)
    return Draft(Mention(fig, "killed", "people", ""), Claimant("", name, media_affiliation(name), "media", None),
                  Victims("", None, "unspecified"), None, period(s.text, lower, published), "asserted",
                  [Evidence(s.text, s.start, s.end)])
