"""An outlet that cites or quotes its source: "RIA reported, citing the defence ministry, that
90 …" (:func:`cited_by_outlet`), "RIA Novosti quoted the defence ministry as saying that 45 …",
"the general was quoted by Interfax as saying …" (:func:`quoted_by_outlet`). The source's words
hold the figure; the outlet only relays them, and a state outlet's bare "the ministry" or army
is its own state's (:func:`outlets_own`)."""
from __future__ import annotations

import re

from ..regexes import compiled
from ..records import Attribution, Claimant, Evidence
from .attribution import Relay
from ..resolve import is_indefinite, resolve_claimant
from .claimants import _source_claimant
from .implied import army_or_bare_ministry
from .recall import _Context

# the cues of an outlet that passes another's words on
_QUOTED = frozenset({"quoted", "cited"})
# "the ministry was quoted by TASS as saying": the outlet between the source and its cue
# (or set off before it, "the governor, quoted by Interfax, said", "a resident quoted by Reuters said")
_QUOTED_BY = compiled(r"\s+(?:was|were|has\s+been|had\s+been)\s+(?:quoted|cited)\s+by\s+(?P<o>[^,.;:“”\"()]{2,60}?)\s+as\s*"
                      r"|(?:\s*,)?\s+(?:quoted|cited)\s+by\s+(?P<o2>[^,.;:“”\"()]{2,60}?)\s*,?\s*", re.I)
_GAP = 90


def quoted_by_outlet(text: str, a: Attribution, c: Claimant, cued: list[Attribution],
                     ctx: _Context) -> tuple[Claimant, Claimant] | None:
    """The outlet that quotes ``a``'s source and the claimant ``c`` read with it, where another
    attribution of the sentence (in ``cued``) has an outlet "quote" or "cite" that source right
    before it ("TASS quoted the ministry as saying"), or the words between the source and ``a``'s
    cue name one ("the ministry was quoted by TASS as saying"). ``None`` where no outlet does."""
    if a.source is None or c.kind == "media":
        return None
    outlets = [(text[b.source.start:b.source.end], b.source.start) for b in cued
               if b is not a and b.source is not None and text[b.cue.start:b.cue.end].lower() in _QUOTED
               and b.cue.end <= a.source.start and not text[b.cue.end:a.source.start].strip()]
    for named, pos in outlets:
        outlet = _source_claimant(named, pos, ctx)
        if outlet is not None and outlet.kind == "media":
            return outlet, outlets_own(text[a.source.start:a.source.end], c, outlet)
    outlet = quoted_between(text, a, ctx)
    return (outlet, outlets_own(text[a.source.start:a.source.end], c, outlet)) if outlet is not None else None


def quoted_between(text: str, a: Attribution, ctx: _Context) -> Claimant | None:
    """The outlet the words between ``a``'s source and its cue name as quoting it ("the ministry
    was quoted by TASS as saying", "A witness quoted by AFP said"), else ``None``."""
    by = _QUOTED_BY.fullmatch(text, a.source.end, a.cue.start) if a.source is not None and 0 < a.cue.start - a.source.end <= _GAP else None
    if by is None:
        return None
    o = "o" if by.group("o") is not None else "o2"
    outlet = _source_claimant(by.group(o), by.start(o), ctx)
    return outlet if outlet is not None and outlet.kind == "media" else None


# a source an outlet cites beside its own name or cue: "RIA, citing the defence ministry,
# reported", "…, TASS reported, citing the ministry.", "Citing the ministry, TASS reported"
_CITED = r"(?:citing|quoting)\s+(?P<y>[^,.;:“”\"()]{2,80}?)"
_CITED_AFTER_SOURCE = compiled(rf"\s*,\s*{_CITED}\s*,")
_CITED_AFTER_CUE = compiled(rf"\s*,\s*{_CITED}\s*(?:[,.;!?]|$)")
_CITED_BEFORE = compiled(r"(?:^|[.;!?\n]\s*)(?:[Cc]iting|[Qq]uoting)\s+(?P<y>[^,.;:“”\"()]{2,80}?)\s*,\s*$")
# (how far before the source an opening "Citing …," is looked for)
_CITED_REACH = 100


def cited_by_outlet(text: str, a: Attribution, outlet: Claimant, ctx: _Context) -> Claimant | None:
    """The party an outlet's report cites as its source ("RIA reported, citing the defence
    ministry, that 90 …": the ministry's figure, RIA relays it); ``None`` where it cites none, or
    none the tables know to speak for a side or body ("citing witnesses")."""
    if outlet.kind != "media" or a.source is None:
        return None
    m = _CITED_AFTER_SOURCE.match(text, a.source.end) or _CITED_AFTER_CUE.match(text, a.cue.end)
    if m is None:
        start = max(0, a.source.start - _CITED_REACH)
        m = _CITED_BEFORE.search(text, start, a.source.start)
    if m is None:
        return None
    words = m.group("y")
    c = _source_claimant(words, m.start("y"), ctx)
    if c is None or c.kind == "media" or c.kind == "unknown" and not c.affiliation:
        return None
    return outlets_own(words, c, outlet)


def outlets_own(words: str, c: Claimant, outlet: Claimant) -> Claimant:
    """``c``, the body an outlet cites or quotes in ``words``, as its state's where ``c`` names
    no side and is a state outlet's own army or defence ministry ("TASS, citing the defence
    ministry", "the ministry"); any other body ("the health ministry", "the regional
    governor") may be of either side, the place says which."""
    if c.affiliation or not outlet.affiliation or is_indefinite(words) \
            or not army_or_bare_ministry(c.kind, words):
        return c
    own = resolve_claimant(words, lambda: outlet.affiliation)
    return own if own.affiliation else c


def distinct_outlets(names: tuple[str, ...]) -> tuple[str, ...]:
    """Outlets named once each, in order: "the BBC" and "BBC" are one (the first as written)."""
    seen: dict[str, str] = {}
    for n in names:
        seen.setdefault(_outlet_key(n), n)
    return tuple(seen.values())


def _outlet_key(name: str) -> str:
    """An outlet's name as :func:`distinct_outlets` compares it ("the BBC" and "BBC" alike)."""
    return name.lower().removeprefix("the ")


def claim_via(evidence: list[Evidence], marks: tuple[Relay, ...], cited: tuple[str, ...], claimant: Claimant,
              outlet: str | None, text: str) -> tuple[str, ...]:
    """The outlets a claim reaches its document through: those credited for the whole text, those
    its own sentences (``evidence``) name ("..., according to CNN"; "an official told ABC News" in
    another outlet's story), one a speaker "told" earlier in the paragraph where a pronoun speaks
    for it now ("The governor told Reuters … He said 14 were killed"), and those ``cited``
    quoting or citing its source; not the claimant, nor the document's own outlet ("told ABC News"
    in ABC News's story is its own reporting)."""
    names = [r.name for r in marks if r.whole or any(e.start <= r.start < e.end for e in evidence)
             or r.told and _told_before(r, evidence[0].start, claimant, text)]
    own = {_outlet_key(n) for n in (claimant.name, outlet) if n}
    return tuple(v for v in distinct_outlets((*names, *cited)) if _outlet_key(v) not in own)


# how far back in its paragraph a speaker's "told X" still covers what a pronoun says for it
_TOLD_REACH = 600


def _told_before(r: Relay, at: int, claimant: Claimant, text: str) -> bool:
    """Whether "X told <outlet>" before ``at``, in the same paragraph, is where the speaker a
    pronoun now stands for spoke ("He said 14 people had been killed")."""
    return r.end <= at <= r.end + _TOLD_REACH and claimant.text.strip().lower() in PRONOUN_SPEAKERS \
        and "\n" not in text[r.end:at]


# the pronouns a speaker is named by ("He said …"; claims.py reads them too)
PRONOUN_SPEAKERS = frozenset({"he", "she", "they"})
