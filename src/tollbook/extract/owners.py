"""Whose losses the words around a figure make them: the owner before "lost" ("Russia has
lost", not the source before it), the speaker's own ("we lost", "his unit had lost", "498 of its
soldiers"), and where someone else stands between the speaker and them. Patterns and small
tests that extract/claims.py asks of a sentence and its attribution."""
from __future__ import annotations

import re

from ..regexes import compiled
from ..lexicon import alternation, data_json
from ..records import Attribution
from ..resolve import lookup_entity
from .source_phrases import cue_lexicon
from .speakers import is_demonym_adjective

OWN = compiled(r"\b(?:its|their|our)\b", re.I)
# "his men", "her unit": a person's own, where no one else is named between them and the speaker
HIS = compiled(r"\b(?:his|her|my)\b", re.I)
# where the owner of losses starts: after a clause mark, "that", or a verb by which someone or
# something states them, where a clause's subject follows it ("Data from Kyiv show Russia has
# lost …": Russia, not Kyiv; not a participle describing the owner: "troops posted in Ukraine have
# lost", "units accused of atrocities")
OWNER_CLAUSE = compiled(rf"\b(?:that|(?:{alternation(sorted(w for w in cue_lexicon().phrases if ' ' not in w))}|"
                        rf"{alternation(data_json('attribution.json')['evidence_verbs'])})"
                        r"(?=\s+(?:the|a|an|its|their|his|her|it|they|we|[A-Z0-9])\b|\s+[A-Z]))\b|[,;:(]")
WE = compiled(r"(?:^|[^\w\s]|\s)\s*(?:we|our\s+\w+)(?:\s+(?:have|has|had))?\s*$", re.I)  # "We lost", "our brigade has lost"
# "his forces had lost", "her unit has lost", "China said later it lost four troops": the
# speaker's own, where no one else is named between
HIS_OWNER = compiled(r"(?:^|[^\w\s]|\s)\s*(?:(?:his|her|my)\s+\w+|it)(?:\s+(?:have|has|had))?\s*$", re.I)
# someone else described between a speaker and "his men" ("the enemy commander had lost 200 of his men")
ANOTHER_PERSON = compiled(r"\b(?:the|a|an|this|that|another|him|her|them)\s", re.I)
# another speaker nested between a speaker and "we lost" ("said a prisoner told him 'we lost 40 men'")
OTHER_CUE = compiled(r"\b(?:told|tells|telling|said|says|saying|according)\b", re.I)
# an aside before "lost": a relative clause between commas, then only an auxiliary ("Russia, which
# invaded, has lost"); not the clause that holds the owner ("…, which described Russia as having lost")
AUX_ONLY = compiled(r"\s*(?:(?:has|have|had|so\s+far|now|also)\s*)*", re.I)
RELATIVE_START = compiled(r"\s*(?:which|who|whose)\b", re.I)
NAMED = compiled(r"(?<!\bin )(?<!\bon )(?<!\bat )(?<!\bnear )\b[A-Z]")  # (a place named after a preposition is no one)


# another speaker inside a sentence before its figure: "They claim only 5,000 of their soldiers …"
_NESTED_SPEAKER = compiled(r"\b(?P<who>they|he|she|[A-Z][\w'’-]+)\s+(?:claim|claims|claimed|say|says|insist|insists|insisted|allege|alleges|alleged)\b")


_THEIR = compiled(r"\btheir\b", re.I)
# a speaker of many, whose own "their" may be: "they", words ending in a plural common noun
# ("Ukrainian officials", "the authorities") or a body of many named as such ("police"); not
# "the General Staff", "Kyiv", "it"
_MANY = compiled(r"(?:^|\s)(?:[Tt]hey|[Pp]olice|[a-z][a-z-]*[a-rt-z]s)\s*$")


def theirs_of_others(speaker: str, victims: str) -> bool:
    """Whether "their" in victims' words is not the speaker's own: a speaker who is one body or
    person ("It said 40 of their soldiers were killed": the others it named, the attackers'),
    not many ("officials said 40 of their colleagues died"); "its", "our" are the speaker's."""
    if _THEIR.search(victims) is None or OWN.search(victims.replace("their", "").replace("Their", "")):
        return False
    return _MANY.search(speaker.split(",")[0]) is None


def nested_speaker(sentence: str, end: int) -> bool:
    """Whether a speaker and a verb of saying stand in a sentence before ``end``: a pronoun or a
    name ("Moscow says"), not a people's adjective before a noun ("Ukrainian claims of losses")."""
    for m in _NESTED_SPEAKER.finditer(sentence, 0, end):
        if not is_demonym_adjective(m.group("who")):
            return True
    return False


_THAT = compiled(r"\bthat\s")
# an addressee who only hears, never owns "his men": the press ("told reporters", "told the BBC",
# "told the Tass reporter")
_PRESS = compiled(r"(?:the\s+)?(?:[\w'’.-]+\s+){0,2}?(?:reporters?|journalists?|correspondents?|paper|newspaper|press|media|"
                  r"television|tv|radio|agency)", re.I)


def no_one_else(text: str, cue_end: int, start: int) -> bool:
    """Whether no one but the speaker is named or described between a cue and the words at
    ``start`` ("his men", "his unit had lost"): read from the first "that" after the cue, where
    what is said begins, when the words before it address the press ("told the BBC that his
    unit had lost 20 men"; not "told Putin that his army had lost": Putin's; "said that the
    enemy commander had lost 200 of his men" names another)."""
    at = cue_end
    m = _THAT.search(text, cue_end, start)
    if m is not None:
        addressee = text[cue_end:m.start()].strip()
        if _PRESS.fullmatch(addressee) or (ent := lookup_entity(addressee)) is not None and ent.kind == "media" \
                or not NAMED.search(text, cue_end, m.start()) and not ANOTHER_PERSON.search(text, cue_end, m.start()):
            at = m.end()  # (no one at all before "that": "said on Telegram that it lost")
    return not NAMED.search(text, at, start) and not ANOTHER_PERSON.search(text, at, start)


def between(a: Attribution, start: int, end: int) -> tuple[int, int]:
    """The text between an attribution's speaker and the words at ``start:end`` (document offsets):
    from the cue to them, or from them to the speaker or cue after them."""
    if a.cue.end <= start:
        return a.cue.end, start
    after = min(a.cue.start, a.source.start if a.source is not None and a.source.start >= end else a.cue.start)
    return min(end, after), after
