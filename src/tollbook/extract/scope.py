"""What a figure counts over: a running total, a span of time, or one event.

``scope(sentence, at)`` reads the clause of ``sentence`` that holds the figure at offset
``at`` ("200 were killed in the past 24 hours, bringing the total since the invasion to
30,000": the 200 is an interval's, the 30,000 the running total). Words live in
``data/scope.json``; the ledger compares only figures of the same scope.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import data_json

ORDER = ("cumulative", "interval", "event", "cumulative_weak", "perfect")
SCOPES = {"cumulative": "cumulative", "interval": "interval", "event": "event",
          "cumulative_weak": "cumulative", "perfect": "cumulative"}


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], dict[str, re.Pattern[str]]]:
    d = data_json("scope.json")
    split = re.compile("|".join(re.escape(s) for s in d["split"]), re.I)
    return split, {k: re.compile(r"(?<![\w-])(?:" + "|".join(d[k]) + r")(?![\w-])", re.I) for k in ORDER}


def clause(sentence: str, at: int = 0) -> str:
    """The part of a sentence between the split words around offset ``at``."""
    split, _ = _patterns()
    start, end = 0, len(sentence)
    for m in split.finditer(sentence):
        if m.end() <= at:
            start = m.start()
        elif m.start() > at:
            end = m.start()
            break
    return sentence[start:end]


def scope(sentence: str, at: int = 0) -> str | None:
    """"cumulative", "interval", "event" or None, for the figure at offset ``at``."""
    _, pats = _patterns()
    for text in (clause(sentence, at), sentence):
        found = {k for k in ORDER if pats[k].search(text)}
        if not found:
            continue
        if "cumulative" in found:
            return "cumulative"
        if "interval" in found:
            return "interval"
        if "event" in found:
            return "event"
        return "cumulative"
    return None


@lru_cache(maxsize=1)
def _disease() -> tuple[re.Pattern[str], re.Pattern[str]]:
    d = data_json("scope.json")["disease"]
    return (re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, d["words"])) + r")(?![\w])", re.I),
            re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, d["cases"])) + r")(?![\w-])", re.I))


def counts_disease(sentence: str) -> bool:
    """Whether a sentence counts an epidemic's cases and deaths, not casualties of violence."""
    words, cases = _disease()
    return bool(cases.search(sentence) and words.search(sentence))
