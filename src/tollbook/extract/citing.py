"""An outlet that quotes its source: "RIA Novosti quoted the defence ministry as saying that 45
…", "the general was quoted by Interfax as saying …". The source's words hold the figure (the
attribution ``as saying`` opens); the outlet only relays them, and a state outlet's bare "the
ministry" is its own state's (as in claimants.cited_by_outlet: "TASS, citing the ministry")."""
from __future__ import annotations

import re

from ..regexes import compiled
from ..records import Attribution, Claimant
from ..resolve import is_indefinite, resolve_claimant
from .claimants import _source_claimant
from .recall import _Context

# the cues of an outlet that passes another's words on
_QUOTED = frozenset({"quoted", "cited"})
# "the ministry was quoted by TASS as saying": the outlet between the source and its cue
_QUOTED_BY = compiled(r"\s+(?:was|were|has\s+been|had\s+been)\s+(?:quoted|cited)\s+by\s+(?P<o>[^,.;:“”\"()]{2,60}?)\s+as\s*", re.I)
_GAP = 90


def quoted_by_outlet(text: str, a: Attribution, c: Claimant, cued: list[Attribution],
                     ctx: _Context) -> tuple[Claimant, Claimant] | None:
    """The outlet that quotes ``a``'s source and the claimant ``c`` read with it, where another
    attribution of the sentence (in ``cued``) has an outlet "quote" or "cite" that source right
    before it ("TASS quoted the ministry as saying"), or the words between the source and ``a``'s
    cue name one ("the ministry was quoted by TASS as saying"). ``None`` where no outlet does."""
    if a.source is None or c.kind == "media":
        return None
    by = _QUOTED_BY.fullmatch(text, a.source.end, a.cue.start) if 0 < a.cue.start - a.source.end <= _GAP else None
    outlets = [(text[b.source.start:b.source.end], b.source.start) for b in cued
               if b is not a and b.source is not None and text[b.cue.start:b.cue.end].lower() in _QUOTED
               and b.cue.end <= a.source.start and not text[b.cue.end:a.source.start].strip()]
    if by is not None:
        outlets.append((by.group("o"), by.start("o")))
    for named, pos in outlets:
        outlet = _source_claimant(named, pos, ctx)
        if outlet is None or outlet.kind != "media":
            continue
        words = text[a.source.start:a.source.end]
        if not c.affiliation and outlet.affiliation and not is_indefinite(words):
            own = resolve_claimant(words, lambda: outlet.affiliation)
            if own.affiliation:
                return outlet, own
        return outlet, c
    return None
