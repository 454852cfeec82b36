"""Figures as written: digits, number words, qualifiers, ranges and vague quantities.

Conventions for vague words (their ``low``/``high``) live in ``data/numbers.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import alternation, data_json
from ..records import Figure

DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


@lru_cache(maxsize=1)
def tables() -> dict:
    return data_json("numbers.json")


@lru_cache(maxsize=1)
def word_pattern() -> str:
    t = tables()
    unit = alternation(list(t["small"]) + list(t["scales"]))
    # A run of number words: "twenty-one", "one hundred and twelve", "two thousand".
    # "a hundred and twenty", "a thousand": the article is a one before a scale word
    return rf"(?:an?\s+(?=(?:hundred|thousand|million)\b))?(?:{unit})(?:(?:[\s-]+|\s+and\s+)(?:{unit}))*"


@lru_cache(maxsize=1)
def figure_regex() -> re.Pattern[str]:
    t = tables()
    quals = alternation(list(t["qualifiers"]))
    vague = alternation(list(t["vague"]))
    dozens = alternation([k for k in t["dozens"] if k not in ("a", "an")])
    scale = r"(?:\s*(?:million|thousand|hundred|bn|m\b|k\b))?"
    num = rf"(?:(?:{DIGITS}){scale}|{dozens}|{word_pattern()})"
    return re.compile(
        rf"(?<![\w$£€#.,/:-])(?:(?P<qual>{quals})\s+)?"
        rf"(?:between\s+(?P<r1>{num})\s+(?:and|to)\s+(?P<r2>{num})"
        rf"|from\s+(?P<f1>{num})\s+to\s+(?P<f2>{num})"
        rf"|(?P<d1>(?:{DIGITS}){scale})\s*(?:-|–|—|to)\s*(?P<d2>(?:{DIGITS}){scale})(?![\w/])"
        rf"|(?P<n>{num})"
        rf"|(?P<vague>{vague}))(?![\w]|[/:.,]\d)",
        re.I,
    )


def parse_words(text: str) -> int | None:
    """Value of a run of number words ("one hundred and twelve" -> 112)."""
    t = tables()
    total = current = 0
    seen = False
    for w in re.split(r"[\s-]+", text.lower()):
        if w in ("and", "a", "an") or not w:
            continue
        if w in t["small"]:
            current += t["small"][w]
        elif w == "hundred":
            current = max(current, 1) * 100
        elif w in t["scales"]:
            total += max(current, 1) * t["scales"][w]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_number(text: str) -> int | None:
    """Value of one number as written: "1,597", "1.2 million", "twenty-one", "a dozen"."""
    s = text.strip().lower()
    d = tables()["dozens"]
    if s in d:
        return d[s]
    m = re.fullmatch(rf"({DIGITS})\s*(million|thousand|hundred|bn|m|k)?", s)
    if m:
        base = float(m.group(1).replace(",", ""))
        mult = {"million": 10**6, "m": 10**6, "thousand": 1000, "k": 1000, "hundred": 100, "bn": 10**9}
        return int(round(base * mult.get(m.group(2) or "", 1)))
    return parse_words(s)


def is_round(n: int) -> bool:
    return n >= 10 and n % 10 == 0


@lru_cache(maxsize=1)
def _lower_figure_regex() -> re.Pattern[str]:
    # Matching lower-cased text without re.I is twice as fast; offsets are the same.
    return re.compile(figure_regex().pattern)


def to_figure(m: re.Match[str], sentence: str | None = None) -> Figure | None:
    """The :class:`Figure` of a match of :func:`figure_regex`, or ``None`` if it is no count.
    ``sentence``: the text as written, when the match was made on a lower-cased copy."""
    t = tables()
    qual_text = (m.group("qual") or "").lower()
    qual_text = re.sub(r"\s+", " ", qual_text)
    span = (m.start(), m.end())
    text = sentence[m.start():m.end()] if sentence is not None else m.group(0)
    for a, b in (("r1", "r2"), ("f1", "f2"), ("d1", "d2")):
        if m.group(a):
            lo, hi = parse_number(m.group(a)), parse_number(m.group(b))
            if lo is None or hi is None or lo >= hi:
                return None
            return Figure(None, lo, hi, "range", text, *span)
    if m.group("vague"):
        if qual_text:
            return None
        key = re.sub(r"\s+", " ", m.group("vague").lower())
        lo, hi = t["vague"][key]
        return Figure(None, lo, hi, "vague", text, *span)
    value = parse_number(m.group("n"))
    if value is None:
        return None
    qualifier = t["qualifiers"].get(qual_text, "exact") if qual_text else "exact"
    if qual_text in t["emphasis_when_not_round"] and not is_round(value):
        qualifier = "exact"
    low = value if qualifier == "at_least" else None
    high = value if qualifier == "at_most" else None
    return Figure(value, low, high, qualifier, text, *span)


def find_figures(sentence: str) -> list[Figure]:
    """Every count written in a sentence, left to right (casualty or not: callers decide)."""
    out: list[Figure] = []
    low = sentence.lower()
    same = len(low) == len(sentence)  # lower() keeps offsets for all but a few letters ("İ")
    for m in (_lower_figure_regex().finditer(low) if same else figure_regex().finditer(sentence)):
        f = to_figure(m, sentence)
        if f is None:
            continue
        prev = out[-1] if out else None
        if (prev and prev.qualifier == "exact" and f.qualifier == "exact" and prev.value is not None and f.value is not None
                and prev.value < f.value and _OR.fullmatch(sentence, prev.end, f.start)):
            # "five or six": a range (the regex finds the two numbers; joining them here is cheaper
            # than a third alternation of every number word)
            out[-1] = Figure(None, prev.value, f.value, "range", sentence[prev.start:f.end], prev.start, f.end)
            continue
        out.append(f)
    return out


_OR = re.compile(r"\s+or\s+")
