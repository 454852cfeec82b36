"""What a figure counts over: a running total, a span of time, or one event.

``scope(sentence, at)`` reads the clause of ``sentence`` that holds the figure at offset
``at`` ("200 were killed in the past 24 hours, bringing the total since the invasion to
30,000": the 200 is an interval's, the 30,000 the running total). Words live in
``data/scope.json``; the ledger compares only figures of the same scope.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from ..regexes import compiled
from ..lexicon import Caseless, alternation, data_json, holds_any, lowers_alike, may_hold, needles
from ..required import required_words

ORDER = ("cumulative", "interval", "event", "cumulative_weak", "perfect")
SCOPES = {"cumulative": "cumulative", "interval": "interval", "event": "event",
          "cumulative_weak": "cumulative", "perfect": "cumulative"}


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], dict[str, Caseless]]:
    d = data_json("scope.json")
    split = compiled("|".join(re.escape(s) for s in d["split"]), re.I)
    return split, {k: Caseless(r"(?<![\w-])(?:" + "|".join(d[k]) + r")(?![\w-])") for k in ORDER}


@lru_cache(maxsize=1)
def _required() -> dict[str, tuple[str, ...] | None]:
    """For each kind, words one of which every match of its pattern holds (tollbook/required.py)."""
    _, pats = _patterns()
    return {k: required_words(pats[k].rx.pattern, re.I) for k in ORDER}


def clause(sentence: str, at: int = 0) -> str:
    """The part of a sentence between the split words around offset ``at``: from the start of
    the last split word ending at or before ``at`` to the first starting after it."""
    starts, ends = _splits(sentence)
    k = bisect_right(ends, at)  # the split words before k end at or before ``at``
    start = starts[k - 1] if k else 0
    if k < len(starts) and starts[k] <= at:
        k += 1  # a split word around ``at`` bounds nothing
    return sentence[start: starts[k] if k < len(starts) else len(sentence)]


@lru_cache(maxsize=64)
def _splits(sentence: str) -> tuple[list[int], list[int]]:
    """Where the split words of a sentence start and end: found once a sentence, not once a
    figure (a sentence of a thousand figures was read a thousand times)."""
    split, _ = _patterns()
    found = list(split.finditer(sentence))
    return [m.start() for m in found], [m.end() for m in found]


@lru_cache(maxsize=256)
def _kinds(text: str) -> frozenset[str]:
    """The scope words' kinds in ``text``: each clause and sentence read once, however many
    figures it holds."""
    _, pats = _patterns()
    words = _required()
    if not lowers_alike(text):
        return frozenset(k for k in ORDER if pats[k].found(text))
    low = text.lower()
    # most clauses hold no word of any kind: substring tests rule them out before the patterns
    # (lowers_alike asked once a text, not once a kind and again by each pattern)
    return frozenset(k for k in ORDER if (words[k] is None or holds_any(low, words[k]))
                     and (pats[k].low.search(low) if pats[k].low is not None else pats[k].rx.search(text)) is not None)


@lru_cache(maxsize=1)
def _any_words() -> tuple[str, ...] | None:
    """Every kind's words (_required), one of which a sentence holds if any kind's pattern can
    match in it or in a clause of it; ``None`` if a kind's are not known."""
    words = _required()
    if any(w is None for w in words.values()):
        return None
    return tuple(sorted({w for k in ORDER for w in words[k]}))


def scope(sentence: str, at: int = 0) -> str | None:
    """"cumulative", "interval", "event" or None, for the figure at offset ``at``."""
    # most sentences hold no scope word: ruled out before the clause is found and read (a
    # clause is part of the sentence, and the words are ASCII: found in it lower-cased)
    words = _any_words()
    if words is not None and lowers_alike(sentence) and not holds_any(sentence.lower(), words):
        return None
    for text in (clause(sentence, at), sentence):
        found = _kinds(text)
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
def _disease() -> tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...]]:
    d = data_json("scope.json")["disease"]
    return (compiled(r"(?<![\w-])(?:" + alternation(d["words"]) + r")(?![\w])", re.I),
            compiled(r"(?<![\w-])(?:" + alternation(d["cases"]) + r")(?![\w-])", re.I),
            needles(d["cases"]))


def counts_disease(sentence: str) -> bool:
    """Whether a sentence counts an epidemic's cases and deaths, not casualties of violence."""
    words, cases, case_words = _disease()
    return may_hold(sentence, case_words) and bool(cases.search(sentence) and words.search(sentence))
