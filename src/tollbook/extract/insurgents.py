"""Whom rebels, separatists and proxies speak for (claimants read them through
:func:`insurgents_side`).

A group's words often name a state that is not the side it speaks for: the country rebels fight
in ("Ukraine rebels"), a people within a state ("Chechen rebels"), or a state backing a group
("Iranian-backed militia"). Where the words settle the side, it is given; where they do not,
none (a wrong side is worse than none).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import alternation, may_hold, needles
from ..records import Claimant, replace
from ..regexes import compiled
from ..resolve import country_in, demonym_regex, resolve_claimant
from .implied import _patterns as _implied_patterns, _table, adversaries


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    t = _table()
    return {
        # capitalised words right before a rebels' word, three at most ("Syrian Kurdish rebels",
        # "Chechen Islamist insurgents"): a nationality among them is read by demonym_regex
        # (a pattern of its own holding the side words would be large: start-up reads it);
        # each word read from its start only (not after a dot within it), 40 characters at most
        "named_rebels": compiled(rf"(?<![\w'’.-])(?P<names>[A-Z][\w'’.-]{{0,40}}(?:\s+[A-Z][\w'’.-]{{0,40}}){{0,2}})\s+"
                                 rf"(?i:{alternation(t['not_their_own'])})\b"),
        # a state named as a group's backer: "Iranian-backed", "Rwanda-supported" (data/implied.json proxy_words)
        "proxy": compiled(rf"(?<![\w-])(?P<backer>[\w.'’]{{1,40}})-(?:{alternation(t['proxy_words'])})\b\s*", re.I),
    }


def insurgents_side(c: Claimant) -> Claimant:
    """ "Ukraine rebels say …": rebels named by the country they fight in speak for its adversary;
    rebels and proxies named by a nationality they do not speak for speak for no side."""
    if not c.affiliation:
        return c
    words = c.text
    proxy = _patterns()["proxy"].search(words) if "-" in words else None
    if proxy is not None and country_in(proxy.group("backer")) == c.affiliation:
        # "Iranian-backed militia", "Rwandan-backed M23": who backs a group is not whom it speaks
        # for. It speaks for the side its own words give it before any place ("US-backed Iraqi
        # forces": Iraq's; not a group's name, "US-backed Syrian Democratic Forces"; "Turkish-
        # backed Syrian rebels": read on as "Syrian rebels"), else for its backer only in a war
        # of two states the tables know ("Moscow-backed separatists": Russia's, as the DPR is),
        # else for no side
        words = words[:proxy.start()] + words[proxy.end():]
        head = _PLACE_AFTER.split(words, 1)[0]
        own = None if _GROUP_NAME.search(head) else resolve_claimant(head).affiliation
        if own is None:
            return c if c.affiliation in adversaries() else replace(c, affiliation=None)
        if own != c.affiliation and c.affiliation in adversaries():
            # "Ukraine-backed Russian partisans", "Moscow-backed Ukrainian separatists": a people's
            # fighters backed by their own state's enemy fight for the backer, not their state;
            # a third state's ("Ukrainian-backed Belarusian volunteers", "Russian-backed Syrian
            # forces") for either, as the words do not say: none
            return c if adversaries().get(own) == c.affiliation else replace(c, affiliation=None)
        c = replace(c, affiliation=own)
    # The country by name ("Ukraine rebels", "separatists in eastern Ukraine"), as a word of its
    # own: not a side's own word ("DPR militia"), nor the name inside another word that names
    # the side they serve ("pro-Russian rebels", "Russian separatists": Russia's)
    # (the rebels' words first, by substring: most speakers name none)
    p = _implied_patterns()
    if not may_hold(words, _REBEL_WORDS):
        return c
    named = _named_rebels(words)
    their = p["not_their_own"].search(words)
    if named is None and not their:
        return c
    if c.affiliation not in adversaries():
        # "Syrian rebels", "Congolese rebels", "Syrian Kurdish rebels": fighters of a civil war
        # against their own state (no war of two states the tables know): the country's name
        # is not whom they speak for
        return c if _BACKED.search(words) else replace(c, affiliation=None)
    if _ANTI.search(words):
        # "anti-Kremlin Russian rebels": against a side, of no side the words settle
        return replace(c, affiliation=None)
    if their and _country_word(c.affiliation).search(words):
        # (the country's name right before the rebels' word or after "in": "Ukraine's Crimean
        # Tatar partisans" are Ukraine's, of a people its own)
        return replace(c, affiliation=adversaries()[c.affiliation])
    if named is not None and not _serves(named, c.affiliation) and not _BACKED.search(words):
        # "Chechen rebels": a people within a side's state, its rebels fighting that state,
        # not its own name ("Russian separatists") nor a land the side holds ("DPR rebels"), nor
        # rebels named for the side they serve ("pro-Kyiv Russian militia": Ukraine's)
        return replace(c, affiliation=None)
    return c


_REBEL_WORDS = needles(_table()["not_their_own"])


def _named_rebels(words: str) -> str | None:
    """The nationality named among the capitalised words right before a rebels' word ("Syrian
    Kurdish rebels": "Syrian"), if any."""
    m = _patterns()["named_rebels"].search(words)
    side = demonym_regex().search(m.group("names")) if m is not None else None
    return side.group(0) if side is not None else None


# where a group's own words end and a place begins ("militias in Syria")
_PLACE_AFTER = compiled(r"\s(?:in|of|from|at|near|on|across|around|inside)\s", re.I)
# a group's name: two capitalised words in a row, not after an article ("Syrian Democratic Forces")
_GROUP_NAME = compiled(r"(?<![\w-])(?!(?:The|A|An)\s)[A-Z][\w'’-]*\s+[A-Z][\w'’-]*")


def _serves(word: str, side: str) -> bool:
    """Whether rebels named by a side's ``word`` are of that side: the side's own name
    ("Russian", "Russia's": its stem) or a land it holds ("DPR"), or a word for whom they
    serve ("pro-Russian")."""
    w = word.lower().replace("’", "'").removesuffix("'s")
    return w.startswith(side.lower()[:4]) or w in _table()["held_by"] or w.startswith("pro-")


_ANTI = compiled(r"\banti-", re.I)
# a side the rebels serve, named before them ("pro-Russian"); a backer named by its state
# ("Turkish-backed") is read before, as a proxy's, and one of none ("Western-backed") gives none
_BACKED = compiled(r"\bpro-", re.I)


@lru_cache(maxsize=None)
def _country_word(country: str) -> re.Pattern[str]:
    """A country's name as a word of its own ("Ukraine", "Ukraine's"; not "Ukrainian", "pro-Ukraine")."""
    return compiled(rf"(?<![\w-]){re.escape(country)}(?![\w-])", re.I)
