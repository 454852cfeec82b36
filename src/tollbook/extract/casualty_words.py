"""Where a document names casualties: one pass of a pattern of casualty word stems over the
lower-cased text marks the sentences worth the full analysis (extract/claims.py reads only
those), less the words that only hold a stem's letters (data/cues.json not_casualty_words)."""
from __future__ import annotations

from ..lexicon import by_first_letter, data_json
from ..regexes import compiled

# Casualty word stems, matched on the lower-cased text: one pass over the document marks the
# sentences worth the full analysis. Every alternative starts with a letter (no "\b", no group)
# so the regex engine can skip ahead by first character: a third faster; grouped by that letter
# (lexicon.by_first_letter), three times faster again.
# ("losing" only before a count: "denied losing 300 troops"; not "losing a child", nor "closing")
CANDIDATE = compiled(by_first_letter(
    r"kill|dead|die[ds]?\b|death|wound|injur|hurt|perish|lives|slain|fatal|casualt|captur|prisoner|surrender|buried|trapped|missing|displaced|no (?:aircraft|warplanes|planes|jets|helicopters|tanks|equipment)|any (?:aircraft|warplanes|planes|jets|helicopters|tanks|equipment)|"
    r"destroy|sunk\b|sank\b|blew up|blown up|blowing up|shot|downed|downs\b|toll|murder|execut|massacr|martyr|drown|bod(?:y|ies)|corpse|hospitali|losses|abduct|kidnap|hostage|captiv|"
    r"refugee|fled|recovering|life support|pronounced deceased|deceased (?:male|female|man|woman|person|victim)|passed away|succumb|gunned|by gunfire|by (?:a )?bullet|bullet wound|decapitat|exhum|unearth|treated and released|"
    r"shooting (?:at least |a |an |the |his |her |their |one|two|three|four|five|six|seven|eight|nine|ten|\d)|intercept|unaccounted|pows|kia\b|wia\b|assassinat|behead|lynch|lost\b|losing(?<![a-z]losing) (?:[a-z]+ ){0,2}?\d|eliminat|neutrali[sz]|liquidat|victims|detonat|blew (?:him|her|them)sel|hospital|medical cent|trauma cent|condition|graze|shootings? of|shoots\b|double[\s-]+(?:shooting|homicide)|triple[\s-]+(?:shooting|homicide)|quadruple[\s-]+(?:shooting|homicide)|quintuple[\s-]+(?:shooting|homicide)|slay|slew\b|stray|stab|beat(?:en|ing)? (?:to death|him|her|them|an?|the|two|three|\d)|hack(?:ed|ing) "
))
# Words that hold a stem's letters and name no casualty: "shots", "everybody", "established"
_NOT_CASUALTY = frozenset(data_json("cues.json")["not_casualty_words"])
_LONGEST = max(map(len, _NOT_CASUALTY))
_LETTERS = compiled(r"[^\W\d_]*")  # (a letter: a word character, not a digit or "_")
_LETTERS_BEFORE = compiled(rf"[^\W\d_]{{1,{_LONGEST}}}$")
# each match CANDIDATE makes inside a false friend (at any offset), and whether letters stand
# before and after it there: only a stem with letters around it as in one of those is looked at
_INSIDE_FRIENDS: dict[str, set[tuple[bool, bool]]] = {}
for _w in _NOT_CASUALTY:
    for _i in range(len(_w)):
        if (_m := CANDIDATE.match(_w, _i)) is not None:
            _INSIDE_FRIENDS.setdefault(_m.group(), set()).add((_i > 0, _m.end() < len(_w)))


def casualty_words(lower: str) -> list[int]:
    """Where the lower-cased text names casualties (CANDIDATE), in order; a stem inside one of
    the words that only hold its letters (data/cues.json: not_casualty_words) is no casualty.
    Each word is read at most as far as the longest of those (a page of one endless word)."""
    hits = []
    n = len(lower)
    for m in CANDIDATE.finditer(lower):
        at, after = m.span()
        inside = _INSIDE_FRIENDS.get(m.group())
        if inside is None or (at > 0 and lower[at - 1].isalpha(), after < n and lower[after].isalpha()) not in inside:
            hits.append(at)  # (no false friend holds this stem with letters around it as here)
            continue
        before = _LETTERS_BEFORE.search(lower, max(at - _LONGEST - 1, 0), at) if at and lower[at - 1].isalpha() else None
        start = before.start() if before else at
        end = _LETTERS.match(lower, m.end(), max(m.end(), start + _LONGEST + 1)).end()
        if end - start > _LONGEST or lower[start:end] not in _NOT_CASUALTY:
            hits.append(at)
    return hits
