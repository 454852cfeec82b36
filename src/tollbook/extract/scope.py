"""What a figure counts over: a running total, a span of time, or one event.

``scope(sentence, at)`` reads the clause of ``sentence`` that holds the figure at offset
``at`` ("200 were killed in the past 24 hours, bringing the total since the invasion to
30,000": the 200 is an interval's, the 30,000 the running total). Words live in
``data/scope.json``; the ledger compares only figures of the same scope.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import Caseless, data_json

ORDER = ("cumulative", "interval", "event", "cumulative_weak", "perfect")
SCOPES = {"cumulative": "cumulative", "interval": "interval", "event": "event",
          "cumulative_weak": "cumulative", "perfect": "cumulative"}


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], dict[str, Caseless]]:
    d = data_json("scope.json")
    split = re.compile("|".join(re.escape(s) for s in d["split"]), re.I)
    return split, {k: Caseless(r"(?<![\w-])(?:" + "|".join(d[k]) + r")(?![\w-])") for k in ORDER}


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
    part = clause(sentence, at)
    for text in (part, sentence) if part != sentence else (part,):
        low = text.lower()
        # in ORDER, the first found decides: no need to look for the rest
        for k in ORDER:
            if pats[k].found(text, low):
                return SCOPES[k]
    return None
