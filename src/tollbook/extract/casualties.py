"""Casualty mentions in one sentence: a figure, what happened (metric), to whom (victims).

Pure functions over a sentence string. A figure counts only when casualty wording is tied to
it by position: the wording before it ("killed 21 people", "the death toll rose to 12"),
after it ("498 Russian troops have been killed"), or shared with a coordinated figure ("one
civilian and six assailants were killed"). Anything else (ages, years, money, addresses)
yields nothing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import alternation, data_json
from ..records import Figure
from ..resolve import equipment_unit, victim_tables
from .numbers import find_figures


@dataclass(frozen=True)
class Mention:
    """One casualty figure in a sentence (offsets inside the sentence)."""

    figure: Figure
    metric: str
    unit: str
    victims_text: str
    part_of: int | None = None  # index, in the sentence's mentions, of the larger figure


@lru_cache(maxsize=1)
def cues() -> dict:
    return data_json("cues.json")


@lru_cache(maxsize=1)
def patterns() -> dict[str, re.Pattern[str]]:
    c = cues()
    after, before, toll = c["after"], c["before"], c["toll"]
    stop = alternation(c["victim_stop"] + [a for a in c["aux"] if " " not in a] + list(after) + list(before))
    vword = rf"(?!(?:{stop})(?![\w'’-]))(?:[A-Za-z][\w'’.-]*|\d+-[A-Za-z][\w-]*)"
    paren = rf",\s*(?:{alternation(c['paren_starts'])})\b[^,;]{{0,80}},"
    tverbs = alternation(c["toll_verbs"])
    single = [w for w, k in victim_tables()["kinds"].items() if not w.endswith("s") or w in ("boss",)]
    return {
        "right": re.compile(
            rf"^[”\"’]?(?P<vict>(?:\s+{vword}){{0,7}}?)(?<! and)(?<! or)(?P<paren>\s*{paren})?"
            rf"(?P<aux>(?:\s*,?\s+(?:{alternation(c['aux'])}))*)\s*,?\s*(?P<cue>{alternation(list(after))})(?![\w])",
            re.I,
        ),
        "before": re.compile(rf"(?<![\w])(?P<cue>{alternation(list(before))})\s*$", re.I),
        "toll": re.compile(
            rf"(?<![\w])(?P<cue>{alternation(list(toll))})(?P<of>\s+(?:of|among|for|from|in)\s+[^,;:.]{{1,80}}?)?"
            rf"(?:\s+(?:{tverbs}))+\s*$",
            re.I,
        ),
        "object": re.compile(rf"^(?P<vict>(?:\s+(?!(?:{stop}|in|at|on|during|when|and|with|near|as|by|from|to|after|while|inside|outside|overnight|yesterday|today|tonight|last|this|earlier|later|recently|since|so|far|over|across|along)(?![\w'’-]))[A-Za-z][\w'’.-]*){{0,5}})", re.I),
        "coord": re.compile(rf"^(?P<vict>(?:\s+{vword}){{0,5}}?)\s*(?:,\s*and|,|and)\s*$", re.I),
        "subset_before": re.compile(rf"(?:{alternation(c['subset_before'])})\s*$", re.I),
        "subset_after": re.compile(r"^\s+of\s+(?:them|whom|those)\b", re.I),
        "singular": re.compile(
            rf"(?<![\w])(?P<art>a|an|another)\s+(?=(?:[\w'’-]+\s+){{0,3}}?(?:{alternation(single)})(?![\w]))", re.I
        ),
        "units": re.compile(rf"^\s*(?:-\s*year|-\s*\d|%|(?:{alternation(c['units_not_victims'])})(?![\w]))", re.I),
        "noise_before": re.compile(rf"(?<![\w])(?:{alternation(c['noise_before'])})\s*$", re.I),
        "ages": re.compile(r"\bage[sd]?\b[\s\d,and-]*$", re.I),
        "address": re.compile(r"^\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Court|Ct|Place|Pl|Highway|Hwy|Parkway|Pkwy|Circle|Terrace|Trail)\b|^\s+block\b"),
        "person_after": re.compile(rf"^\s+(?:[\w'’-]+\s+){{0,2}}?(?:{alternation(list(victim_tables()['kinds']))})\b", re.I),
    }


def candidate_figures(sentence: str) -> list[Figure]:
    """Figures that may be counts of people or things: numbers minus obvious non-counts,
    plus 'a'/'an' before a person noun ("a man was killed" is one)."""
    p = patterns()
    out = [f for f in find_figures(sentence) if not is_noise(sentence, f)]
    taken = [(f.start, f.end) for f in out]
    for m in p["singular"].finditer(sentence):
        if not any(s <= m.start() < e for s, e in taken):
            out.append(Figure(1, None, None, "exact", m.group("art"), m.start(), m.start() + len(m.group("art"))))
    return sorted(out, key=lambda f: f.start)


def is_noise(sentence: str, f: Figure) -> bool:
    """Numbers that are not counts: ages, years, times, money, measures, addresses, labels."""
    p = patterns()
    right, left = sentence[f.end:], sentence[: f.start]
    if left.rstrip().lower().endswith(("how", "so", "too")) and f.qualifier == "vague":
        return True
    if p["units"].match(right) or p["noise_before"].search(left) or p["ages"].search(left[-40:]):
        return True
    if p["address"].match(right):
        return True
    v = f.value
    if v is not None and f.qualifier == "exact" and 1800 <= v <= 2100 and f.count_text.isdigit():
        return not p["person_after"].match(right)
    return False


def _victims_after(text: str) -> str:
    m = patterns()["object"].match(re.sub(r"^\s+(?:are|were|is|was)\b", "", text))
    return m.group("vict").strip().rstrip(".,") if m else ""


def mentions(sentence: str) -> list[Mention]:
    """Every casualty figure the sentence states, with metric, unit and victim words."""
    p = patterns()
    c = cues()
    figures = candidate_figures(sentence)
    found: dict[int, Mention] = {}
    prev_end = 0
    for i, f in enumerate(figures):
        left = sentence[prev_end: f.start]
        right = sentence[f.end:]
        metric = victims = None
        m = p["before"].search(left)
        if m:
            metric = c["before"][_key(m.group("cue"))]
            victims = _victims_after(right)
        if metric is None:
            m = p["toll"].search(sentence[: f.start])
            if m and m.start() >= _clause_start(sentence, f.start):
                metric = c["toll"][_key(m.group("cue"))]
                of = m.group("of") or ""
                victims = re.sub(r"^\s*(?:of|among)\s+", "", of) if re.match(r"\s*(?:of|among)\b", of) else ""
        if metric is None:
            m = p["right"].match(right)
            # A figure inside the victim words means two coordinated figures: the later one owns the cue.
            if m and not any(f.end < g.start < f.end + m.end("vict") for g in figures[i + 1:]):
                metric = c["after"][_key(m.group("cue"))]
                victims = m.group("vict").strip().rstrip(".,")
                if not victims:
                    victims = _victims_after(right[m.end():].replace(" among ", " ", 1).replace(" of ", " ", 1)) \
                        if re.match(r"\s+(?:among|of)\s", right[m.end():]) else ""
        if metric is None and found and p["subset_before"].search(left):
            metric, victims = found[max(found)].metric, _victims_after(right)
        if metric is None:
            continue
        found[i] = Mention(f, metric, "people", victims or "")
        prev_end = f.end
    # Coordination: "one civilian and six assailants were killed" -- the first figure shares the cue.
    for i in sorted(found, reverse=True):
        j = i - 1
        while j >= 0 and j not in found:
            m = p["coord"].match(sentence[figures[j].end: figures[j + 1].start])
            if not m:
                break
            found[j] = Mention(figures[j], found[i].metric, "people", m.group("vict").strip())
            j -= 1
    # Subsets: "136 civilians killed, of whom 13 are children"; "including two children".
    order = sorted(found)
    result: list[Mention] = []
    index_of: dict[int, int] = {}
    for i in order:
        ment = found[i]
        f = ment.figure
        parent = None
        if result:
            last = result[-1]
            between = sentence[last.figure.end: f.start]
            if p["subset_before"].search(between) or p["subset_after"].match(sentence[f.end:]):
                parent = len(result) - 1
                ment = Mention(f, last.metric, last.unit, ment.victims_text or _victims_after(sentence[f.end:]), parent)
        unit = equipment_unit(ment.victims_text) or "people"
        if ment.metric in ("destroyed", "shot_down") and unit == "people":
            continue
        if unit != "people" and ment.metric in ("killed", "wounded", "casualties", "missing", "displaced"):
            continue
        index_of[i] = len(result)
        result.append(Mention(f, ment.metric, unit, ment.victims_text, ment.part_of))
    # Figures sharing one victim group: "498 Russian troops killed, with 1,597 wounded".
    out = []
    for k, ment in enumerate(result):
        if not ment.victims_text and ment.part_of is None:
            sib = next((r for r in result[:k][::-1] + result[k + 1:] if r.victims_text and r.part_of is None), None)
            if sib is not None:
                ment = Mention(ment.figure, ment.metric, ment.unit, sib.victims_text, ment.part_of)
        out.append(ment)
    return out


def _key(cue: str) -> str:
    return re.sub(r"\s+", " ", cue.lower())


def _clause_start(sentence: str, pos: int) -> int:
    cut = max(sentence.rfind(";", 0, pos), sentence.rfind(":", 0, pos))
    return cut + 1
