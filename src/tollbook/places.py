"""Places: the gazetteer (GeoNames towns and the regions it lacks) and the most specific known
place a sentence puts something in, near or of."""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from heapq import merge
from itertools import chain

from .lexicon import by_first_letter, data_json, data_lines
from .records import Location
from .regexes import compiled


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, tuple[str, str, str]]:
    table = {}
    for line in data_lines("gazetteer.tsv"):
        alias, name, country, kind = line.split("\t")
        table[alias] = (name, country, kind)
    for line in data_lines("regions.tsv"):  # regions the city gazetteer lacks
        alias, name, country, kind = line.split("\t")
        table.setdefault(alias, (name, country, kind))
    return table


# the prepositions grouped by first letter, the word boundary after it (lexicon.by_first_letter):
# the engine skips ahead to a letter that opens one, where a "\b" first tries every position
# (and the verbs of a strike, whose object is where it fell: "a missile hit Kharkiv", "drones
# attacked Belgorod"; a town or region only, not a country: "Russia attacked Ukraine" says no more)
_STRUCK = frozenset(data_json("places.json")["struck_verbs"])
_PREPOSITIONS = by_first_letter("in|near|of|outside|at|around|across|from|to|on|into|over", r"(?<!\w.)")
_AFTER_PREPOSITION = (
    r"\s+(?:the\s+)?"
    # "in rebel-held eastern Ukraine": the qualifiers are not part of the name
    r"(?:(?:rebel|rebel-held|separatist|separatist-held|war-torn|(?:north|south)?(?:east|west)(?:ern)?|northern|southern|central"
    r"|(?:Russian|Russia|Ukrainian|Moscow|Kremlin)-(?:annexed|occupied|held|controlled)|annexed|occupied)\s+){0,2}"
    r"(?P<name>(?:[A-Z][\w'’-]+)(?:\s+(?:[A-Z][\w'’-]+)){0,2})"
)
_PLACE = compiled("(?:" + _PREPOSITIONS + ")" + _AFTER_PREPOSITION)
# (a scan of its own, asked only of a sentence holding one: few do, and their letters in
# _PLACE's would stop its skipping ahead at many more places)
_STRUCK_PLACE = compiled("(?:" + by_first_letter("|".join(sorted(_STRUCK)), r"(?<!\w.)") + ")" + _AFTER_PREPOSITION)
# (the verbs no other holds: "hit" for "hits", "shelled" and "shells")
_STRUCK_HEADS = tuple(sorted(v for v in _STRUCK if not any(o != v and o in v for o in _STRUCK)))


def _may_strike(sentence: str) -> bool:
    """Whether ``sentence`` holds a strike verb (a plain substring test, before the scan)."""
    for v in _STRUCK_HEADS:
        if v in sentence:
            return True
    return False
# the same at a sentence's start, where it may open with one capitalised ("In Kharkiv, …",
# "Near Bakhmut, …"): matched there alone (a "^" alternative in _PLACE stops the engine's
# skipping ahead, and costs every position of every sentence)
_PLACE_AT_START = compiled("(?:" + _PREPOSITIONS + r"|^[\s\"“‘(]*(?:In|Near|Outside|Around|Across)(?!\w))" + _AFTER_PREPOSITION)


def _places_named(sentence: str) -> Iterable[re.Match[str]]:
    """The matches of _PLACE_AT_START read through the sentence: the one at its start, then
    _PLACE's after it (the "^" alternative matches nowhere else)."""
    first = _PLACE_AT_START.match(sentence)
    if first is None:
        found: Iterable[re.Match[str]] = _PLACE.finditer(sentence, 1)  # (at 0 _PLACE's alternatives failed in the match above)
    else:
        found = chain((first,), _PLACE.finditer(sentence, first.end()))
    if _may_strike(sentence):
        found = merge(found, _STRUCK_PLACE.finditer(sentence), key=_start)
    return found


def _start(m: re.Match[str]) -> int:
    return m.start()


# a settlement's name after "of" (find_location's opening place)
_SETTLEMENT_OF = compiled(r"\b(?:village|town|city|hamlet|settlement|district|region|province|oblast)\s+of\s", re.I)
_BORDER = compiled(r"\s*(?:-\s*)?(?:border|frontier)\b", re.I)


@lru_cache(maxsize=1)
def _unit_after() -> re.Pattern[str]:
    """Words after a place's name that make it a unit's ("the Azov brigade", data/places.json)."""
    words = data_json("places.json")["units_named_for"]
    return compiled(r"\s+(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b", re.I)


@lru_cache(maxsize=1)
def _us_state_after() -> re.Pattern[str]:
    """", Texas" after a town's name (data/places.json us_states)."""
    # (the state's name ending its phrase: not "…, Washington-based analysts said", "…, Texas Senator …")
    return compiled(r"(?:'s)?,\s+(" + "|".join(re.escape(w) for w in data_json("places.json")["us_states"])
                    + r")(?=\s*(?:[,.;:(—–)]|$|\s+(?:on|in|at|after|before|when|while|where|late|early)\b))")


@lru_cache(maxsize=1)
def _strikers() -> frozenset[str]:
    """The words a strike verb's subject ends in where its object is a place: forces and attacks
    (data/implied.json), a side's or country's word (data/places.json demonyms, sides), and
    data/places.json struck_by."""
    implied, places = data_json("implied.json"), data_json("places.json")
    words = {*implied["forces"], *implied["attacks"], *places["demonyms"], *places["sides"], *places["struck_by"]}
    return frozenset(w.lower() for w in words if " " not in w)


def _strikes_before(sentence: str, at: int) -> bool:
    """Whether the word before a strike verb at ``at`` names a force or a weapon ("rockets hit",
    "the Russians shelled"), not a shot at a person nor a gang's raid."""
    before = sentence[max(0, at - 30):at].split()
    return bool(before) and before[-1].lower().strip(",;:'\"’”") in _strikers()


def find_location(sentence: str) -> Location | None:
    """The most specific known place a sentence puts something 'in', 'near', 'of' …"""
    if sentence[3:].islower():
        # no capital where a name can start (after a word of two letters and a space): no
        # place named (a page of lower-case clauses was read from every position for one)
        return None
    gaz = gazetteer()
    best: Location | None = None
    opening: Location | None = None  # a place the sentence opens with ("In Kyiv, officials said …")
    named_after = False
    for m in _places_named(sentence):
        if _BORDER.match(sentence, m.end("name")):
            continue  # "near the Ukraine border", "on the Ukrainian border": not inside it
        struck = m.re is _STRUCK_PLACE
        if struck and not _strikes_before(sentence, m.start()):
            continue  # "a shot struck Austin in the abdomen", "gunmen attacked Saint Joseph's College"
        words = m.group("name").replace("’", "'").split()
        # (another place named after the opening: a known one, below, or a settlement the
        # gazetteer lacks, "the village of X"; not any capital after "in", "in Monday's attack";
        # asked only after an opening place: most sentences open with none)
        named_after = named_after or opening is not None and _SETTLEMENT_OF.search(sentence, max(0, m.start() - 16), m.start() + 4) is not None
        # Longest known prefix: "Kryvyi Rih", "New York", then "Kharkiv".
        for n in range(len(words), 0, -1):
            cand = " ".join(words[:n])
            if n == len(words) and cand.endswith("'s") and m.group(0).lstrip().lower().startswith("of"):
                continue  # "the human cost of Russia's war": an owner, not a place
            cand = cand.removesuffix("'s")
            hit = gaz.get(cand.lower())
            if hit and _unit_after().match(" " + " ".join(words[n:]) if n < len(words) else sentence[m.end("name"):m.end("name") + 30]):
                break  # "a commander of the Azov brigade": a unit's name, not a place
            if hit and hit[2] != "country" and (state := _us_state_after().match(sentence, m.start("name") + len(" ".join(words[:n])))) \
                    and not (state.group(1) == "Georgia" and hit[1] == "Georgia"):
                hit = (cand, "United States", "town")  # "Odessa, Texas": the Texan town, not the Ukrainian city
            if hit and hit[2] == "country" and struck:
                break  # "Russia attacked Ukraine": a country struck is no place the dead were
            if hit:
                loc = Location(cand, hit[0], hit[1] if hit[2] != "country" else hit[0])
                if hit[2] != "country":
                    if m.start() > 0 or sentence[:1].islower():
                        return loc
                    # (where the story stands, not where the dead were when it names another:
                    # "In Kyiv, officials said a drone killed three in Belgorod")
                    opening = opening or loc
                    break
                best = best or loc
                break
    # (the opening place only where the sentence names no other: "Near Belgorod, troops
    # shelled the Ukrainian village of Kozacha Lopan" is not Belgorod's)
    return (None if named_after else opening) or best
