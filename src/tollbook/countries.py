"""Country words: the normal form of a name, the country (or party) a phrase names through a
people's word or a country's name (data/places.json demonyms and sides), and the readings
built on it (two sides at war named together, a country named only by an adjective)."""
from __future__ import annotations

import re
from functools import lru_cache

from .regexes import compiled
from .lexicon import alternation, data_json, user_aliases

QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "`": "'"})


def normalise(text: str) -> str:
    """Lower case, straight quotes, British spelling, no leading article, single spaces."""
    # the same few names and nouns come back all the time ("police", an outlet): remembered
    return _normalised(text) if len(text) <= REMEMBERED else _normalise(text)


REMEMBERED = 200  # characters: a longer text is normalised afresh
_DEFENSE = compiled(r"\bdefense\b")
_SPACES = compiled(r"\s+")
_ARTICLE = compiled(r"^(the|a|an)\s+")


def _normalise(text: str) -> str:
    t = text.translate(QUOTES).lower().strip(" \t\n,.;:\"'")
    if "defense" in t:
        t = _DEFENSE.sub("defence", t)
    if not (t.isascii() and t.isprintable()) or "  " in t:
        t = _SPACES.sub(" ", t)  # (ASCII and printable: its only whitespace is " ")
    return _ARTICLE.sub("", t) if t[:1] in "at" else t


_normalised = lru_cache(maxsize=8192)(_normalise)


def demonyms() -> dict[str, str]:
    return data_json("places.json")["demonyms"]


@lru_cache(maxsize=1)
def demonym_regex() -> re.Pattern[str]:
    d = data_json("places.json")
    words = [w for w in list(d["demonyms"]) + list(d["sides"]) if w not in ("us",)]
    return compiled(rf"(?<![\w-])(?:{alternation(words)})(?![\w])|\bUS\b|\bU\.S\.", re.I)


def country_in(text: str) -> str | None:
    """The first country (or party) a phrase names through a demonym or a country word."""
    # a source phrase is asked for its country by several readers (claimants._speaker, then
    # _read_claimant): remembered, as normalise is (the bundled places alone decide it)
    return _country_in(text) if len(text) <= REMEMBERED else _read_country(text)


def _read_country(text: str) -> str | None:
    d = data_json("places.json")
    # the names are read with straight quotes ("Donetsk People’s Republic" is the DPR)
    for m in demonym_regex().finditer(text.translate(QUOTES) if "’" in text or "‘" in text else text):
        w = normalise(m.group(0))
        if w in d["sides"]:
            return d["sides"][w]
        w = w.removesuffix("'s")
        if w in ("us", "u.s"):
            return "United States"
        if w in d["demonyms"]:
            return d["demonyms"][w]
    return None


_country_in = lru_cache(maxsize=4096)(_read_country)


@lru_cache(maxsize=1)
def events() -> frozenset[str]:
    return frozenset(data_json("places.json")["events"])


def adjective_only(text: str, country: str) -> bool:
    """Whether ``text`` names ``country`` only by an adjective ("a Russian strike"), not by the
    country's or a side's own name ("Russia", "the Donetsk People's Republic")."""
    named = [m.group(0) for m in demonym_regex().finditer(text)]
    return bool(named) and all(_ADJECTIVE.fullmatch(w) and w.lower() != country.lower() for w in named)


# a people's adjective: one word ("Russian", "Israeli", "British", "Chinese", "French")
_ADJECTIVE = compiled(r"[A-Z][a-z]+(?:ian|an|ish|ese|i|ic|ch)")


def joins_countries(text: str) -> bool:
    """Whether words joined by "and", "or" or "&" name two sides at war with each other ("Russian
    and Ukrainian officials", "officials in Kyiv and Moscow"): such speakers speak for neither.
    Not a join past a phrase's head ("the Ukrainian military in battles with the forces of
    Russia and the DPR": the first of the joined words holds at most three words)."""
    if _JOINED.search(text) is None:
        return False
    parts = _JOINED.split(text)
    if len(parts[0].split()) > 3:
        return False
    named = {c for part in parts if (c := country_in(part))}
    # (two sides at war with each other: "Ukrainian and US officials" are allies, one side's)
    foes = adversaries()
    return any(foes.get(a) == b for a in named for b in named)


@lru_cache(maxsize=1)
def adversaries() -> dict[str, str]:
    """Each side of a known war and its adversary (data/implied.json, and a user's aliases)."""
    return {**data_json("implied.json")["adversaries"], **user_aliases().get("adversaries", {})}


_JOINED = compiled(r"(?i)\s(?:and|or)\s|\s?&\s?")
