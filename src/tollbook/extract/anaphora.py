"""Figures that refer back to one counted before them.

"Ukraine says its fighters have killed more than 5,000 Russian troops. An American official
told the paper the figure is more like 2,000": the 2,000 counts what the 5,000 counted, though
its own sentence names neither a death nor a victim. "But double this number were shot dead,
with an outlet suggesting 22 soldiers have died": the 22 tells of the same event as the figure
before, at the same place. Both are read from the words alone (data/anaphora.json); the
figure referred to is the last one the story counted.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..regexes import compiled
from ..lexicon import Caseless, alternation, data_json, finditer_at, lowers_alike, may_hold, needles
from ..records import Figure
from ..resolve import country_in


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    d = data_json("anaphora.json")
    nouns, dets = alternation(d["nouns"]), alternation(d["determiners"])
    links = alternation(d["to_figure"])
    return {
        # "the figure is closer to 300", "officials say the number is more than 12,500"
        "to_figure": compiled(rf"\b(?:the|this|that|{dets})\s+(?:real\s+|true\s+|actual\s+)?(?:{nouns})\s+(?:{links})\s*$", re.I),
        # "this number", "double this number", "the same figure"
        "back": compiled(rf"\b(?:(?:{alternation(d['multiples'])})\s+)?(?:{dets})\s+(?:{nouns})s?\b", re.I),
    }


@lru_cache(maxsize=1)
def _gate() -> Caseless:
    """A cheap first look over a whole document: a count's noun and a link ("the toll stands at")."""
    d = data_json("anaphora.json")
    return Caseless(rf"\b(?:{alternation(d['nouns'])})\s+(?:{alternation(d['to_figure'])})\b")


@lru_cache(maxsize=1)
def _nouns() -> tuple[str, ...]:
    """What every match of the patterns holds: a noun for a figure ("number", "toll")."""
    return needles(data_json("anaphora.json")["nouns"])


def may_refer(lower_text: str) -> list[int]:
    """Where in a document a figure may be given to a count named before it."""
    if not may_hold(lower_text, _nouns()):
        return []  # no count's noun anywhere (a substring test, far cheaper than the gate)
    # lower-cased, the words grouped by first letter and matched case-sensitively (Caseless),
    # tried only where a noun's first word occurs (lexicon.finditer_at: str.find skips through
    # the text at C speed, where the engine stops at every "n", "f", "t", "c", "d")
    gate = _gate()
    if gate.low is not None and lowers_alike(lower_text):
        return [m.start() for m in finditer_at(gate.low, lower_text, _noun_heads())]
    return [m.start() for m in gate.finditer(lower_text, lower_text)]


@lru_cache(maxsize=1)
def _noun_heads() -> tuple[str, ...]:
    """The first word of each noun, lower-cased: every match of the gate opens with one."""
    return tuple(sorted({n.lower().split()[0] for n in data_json("anaphora.json")["nouns"]}))


# how far before a figure its link words may start
_LINK_WINDOW = 60


def figures_referring_back(sentence: str, figures: list[Figure]) -> list[Figure]:
    """The figures of a sentence given to a count named before them ("the figure is 2,000")."""
    rx = _patterns()["to_figure"]
    return [f for f in figures if rx.search(sentence, max(0, f.start - _LINK_WINDOW), f.start)]


def asked_count(sentence: str) -> tuple[str, str, str] | None:
    """(metric, victim words, whose) of a count a sentence names without a figure: "the navy has
    not said how many of its sailors were killed or hurt" (a later "the number is 900" gives
    it). Whose: the words before the question, when the victims are "its" or
    "their" (the side named there, not the one who gives the figure later)."""
    m = _ASKED.search(sentence) if "how many" in sentence.lower() else None
    if not m:
        return None
    fates = {_FATES[v.lower()] for v in (m.group("v1"), m.group("v2")) if v}
    vict = m.group("vict").strip()
    own = _POSSESSIVE.match(vict)
    whose = ""
    if own:
        # the subject: the words before its verb, after a comma ("According to X, Y has not said");
        # none where another party is named between it and the question ("X says Y has not
        # said how many of its …": X reports, the question is Y's)
        before = sentence[:m.start()]
        head = _VERB.split(before, maxsplit=1)[0]
        whose = "" if country_in(before[len(head):]) else head.rsplit(",", 1)[-1]
    return ("casualties" if len(fates) > 1 else fates.pop()), vict[own.end():] if own else vict, whose


_VERB = compiled(r"\b(?:has|have|had|did|does|do|is|are|was|were|would|will|said|says)\b", re.I)
_POSSESSIVE = compiled(r"(?:its|their)\s+", re.I)
_FATES = {"killed": "killed", "died": "killed", "dead": "killed", "wounded": "wounded", "injured": "wounded", "hurt": "wounded"}
_ASKED = compiled(r"\bhow\s+many\s+(?:of\s+)?(?P<vict>(?:(?!(?:have|has|had|were|was|are|is)\b)[\w'’-]+\s+){1,4}?)"
                  r"(?:(?:have|has|had|were|was|are|is)\s+(?:been\s+)?)?(?P<v1>killed|died|dead|wounded|injured|hurt)\b"
                  r"(?:\s+(?:or|and)\s+(?P<v2>killed|died|dead|wounded|injured|hurt)\b)?", re.I)


def refers_back(sentence: str) -> bool:
    """Whether a sentence points back at a figure counted before it ("double this number")."""
    return may_hold(sentence, _nouns()) and bool(_patterns()["back"].search(sentence))
