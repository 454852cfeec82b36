"""Places: the gazetteer (GeoNames towns and the regions it lacks) and the most specific known
place a sentence puts something in, near or of."""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import chain

from .countries import demonyms
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
_PREPOSITIONS = by_first_letter("in|near|of|outside|at|around|across|from|to|on|into|over", r"(?<!\w.)")
_AFTER_PREPOSITION = (
    r"\s+(?:the\s+)?"
    # "in rebel-held eastern Ukraine": the qualifiers are not part of the name
    r"(?:(?:rebel|rebel-held|separatist|separatist-held|war-torn|(?:north|south)?(?:east|west)(?:ern)?|northern|southern|central"
    r"|(?:Russian|Russia|Ukrainian|Moscow|Kremlin)-(?:annexed|occupied|held|controlled)|annexed|occupied)\s+){0,2}"
    r"((?:[A-Z][\w'’-]+)(?:\s+(?:[A-Z][\w'’-]+)){0,2})"
)
_PLACE = compiled("(?:" + _PREPOSITIONS + ")" + _AFTER_PREPOSITION)
# the same at a sentence's start, where it may open with one capitalised ("In Kharkiv, …",
# "Near Bakhmut, …"): matched there alone (a "^" alternative in _PLACE stops the engine's
# skipping ahead, and costs every position of every sentence)
_PLACE_AT_START = compiled("(?:" + _PREPOSITIONS + r"|^[\s\"“‘(]*(?:In|Near|Outside|Around|Across)(?!\w))" + _AFTER_PREPOSITION)


def _places_named(sentence: str) -> Iterable[re.Match[str]]:
    """The matches of _PLACE_AT_START read through the sentence: the one at its start, then
    _PLACE's after it (the "^" alternative matches nowhere else)."""
    first = _PLACE_AT_START.match(sentence)
    if first is None:
        return _PLACE.finditer(sentence, 1)  # (at 0 _PLACE's alternatives failed in the match above)
    return chain((first,), _PLACE.finditer(sentence, first.end()))


# a settlement's name after "of" (find_location's opening place)
_SETTLEMENT_OF = compiled(r"\b(?:village|town|city|hamlet|settlement|district|region|province|oblast)\s+of\s", re.I)
_BORDER = compiled(r"\s*(?:-\s*)?(?:border|frontier)\b", re.I)


@lru_cache(maxsize=1)
def _unit_after() -> re.Pattern[str]:
    """Words after a place's name that make it a unit's ("the Azov brigade", data/places.json)."""
    words = data_json("places.json")["units_named_for"]
    return compiled(r"\s+(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b", re.I)


@lru_cache(maxsize=1)
def _owned_after() -> re.Pattern[str]:
    """Words after a country's possessive that make it an owner ("Russia's war"; data/places.json)."""
    return compiled(r"\s+(?:" + "|".join(re.escape(w) for w in data_json("places.json")["owned_after_possessive"]) + r")\b", re.I)


@lru_cache(maxsize=1)
def _us_state_after() -> re.Pattern[str]:
    """", Texas" or ", Tex." after a town's name (data/places.json us_states, us_state_abbreviations)."""
    # (the state's name ending its phrase: not "…, Washington-based analysts said", "…, Texas Senator …")
    d = data_json("places.json")
    return compiled(r"(?:'s)?,\s+(" + "|".join(re.escape(w) for w in d["us_states"] + d["us_state_abbreviations"])
                    + r")(?=\s*(?:[,.;:(—–)]|$|\s+(?:on|in|at|after|before|when|while|where|late|early)\b))")


def find_location(sentence: str, went: bool = False) -> Location | None:
    """The most specific known place a sentence puts something 'in', 'near', 'of' … (``went``:
    also a country someone came from or went to, "aid to Ukraine", which tells what a story's lead
    is about, not where its figures are)."""
    if sentence[3:].islower():
        # no capital where a name can start (after a word of two letters and a space): no
        # place named (a page of lower-case clauses was read from every position for one)
        return None
    gaz = gazetteer()
    best: Location | None = None
    opening: Location | None = None  # a place the sentence opens with ("In Kyiv, officials said …")
    named_after = False
    for m in _places_named(sentence):
        if _BORDER.match(sentence, m.end(1)):
            continue  # "near the Ukraine border", "on the Ukrainian border": not inside it
        words = m.group(1).replace("’", "'").split()
        # (another place named after the opening: a known one, below, or a settlement the
        # gazetteer lacks, "the village of X"; not any capital after "in", "in Monday's attack";
        # asked only after an opening place: most sentences open with none)
        named_after = named_after or opening is not None and _SETTLEMENT_OF.search(sentence, max(0, m.start() - 16), m.start() + 4) is not None
        # Longest known prefix: "Kryvyi Rih", "New York", then "Kharkiv".
        for n in range(len(words), 0, -1):
            cand = " ".join(words[:n])
            if n == len(words) and cand.endswith("'s") and (m.group(0).lstrip().lower().startswith("of")
                                                            or _owned_after().match(sentence, m.end(1))):
                continue  # "the human cost of Russia's war", "news on Russia's war in Ukraine": an owner, not a place
            cand = cand.removesuffix("'s")
            hit = gaz.get(cand.lower())
            if hit and _unit_after().match(" " + " ".join(words[n:]) if n < len(words) else sentence[m.end(1):m.end(1) + 30]):
                break  # "a commander of the Azov brigade": a unit's name, not a place
            if hit and hit[2] != "country" and (state := _us_state_after().match(sentence, m.start(1) + len(" ".join(words[:n])))) \
                    and not (state.group(1) == "Georgia" and hit[1] == "Georgia"):
                hit = (cand, "United States", "town")  # "Odessa, Texas": the Texan town, not the Ukrainian city
            if hit and hit[2] == "country" and m.group(0).lstrip()[:4].lower() == "near" and not " ".join(words[:n]).endswith("'s"):
                break  # "a Russian city near Ukraine": near a country is outside it (not "near Ukraine's capital")
            if hit and hit[2] == "country" and m.group(0).lstrip()[:3].lower() in ("fro", "to ") and not went and not " ".join(words[:n]).endswith("'s"):
                break  # "counterparts from Russia", "aid to Ukraine": where someone came from or went, no place of theirs
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
    return (None if named_after else opening) or best or _peoples_place(sentence)


def countries_named(sentence: str) -> set[str]:
    """The countries of every known place the sentence puts something in, near or of (not
    find_location's one place: "talks in Istanbul on the strike on Odesa" names Turkey and Ukraine)."""
    gaz = gazetteer()
    found = set()
    for m in _places_named(sentence):
        words = m.group(1).replace("’", "'").split()
        for n in range(len(words), 0, -1):
            hit = gaz.get(" ".join(words[:n]).removesuffix("'s").lower())
            if hit:
                found.add(hit[1] if hit[2] != "country" else hit[0])
                break
    return found


# "in a Russian border town", "in the Ukrainian city": a settlement a people's word places (read
# where the sentence names no known place)
_PEOPLES_PLACE = compiled(r"\bin\s+(?:an?\s+|the\s+)?(?P<people>[A-Z][a-z]+)\s+(?:(?:border|frontline|front-line|southern|northern|eastern|"
                          r"western|central|industrial|port)\s+)?(?:city|town|village|region|oblast|province|territory|settlement)\b")


def _peoples_place(sentence: str) -> Location | None:
    m = _PEOPLES_PLACE.search(sentence) if " in " in sentence else None
    country = demonyms().get(m.group("people").lower()) if m else None
    return Location(m.group(0)[3:].strip(), country, country) if country else None
