"""A party's claim a sentence names as such ("…, contradicting Moscow's claim that 600 had
died"; "Russian claims that 300 died"): the figure inside it is that party's, whoever's words
hold the sentence, up to the end of the claim's own clause."""
from __future__ import annotations

import re

from ..regexes import compiled
from ..resolve import country_in

# a figure in a party's claim the sentence names as such, whoever's words hold it: "…,
# contradicting Moscow's claim that 600 had died", "rejected the ministry's claims that 40
# were killed", "Russian claims that 300 died": the claim, up to the figure, in one clause
_CLAIMER_WORD = (r"(?:[A-Z][\w.-]*|defen[cs]e|foreign|ministry|general|staff|military|army|armed|forces|president|"
                 r"minister|spokes(?:wo)?man|governor|officials?|command|government)")
# the claim's noun, then what it says up to the figure, in one clause
_CLAIM_NOUN = compiled(r"\b(?:claims?|assertions?|allegations?)\s+(?:that|of)\s+(?=[^,;:“”\"()]{0,80}$)")
# the party right before the noun: "Moscow's (earlier) claim", "Russian claims"
_CLAIMER = compiled(rf"(?:\b(?P<who>(?:[Tt]he\s+)?{_CLAIMER_WORD}(?:\s+(?:of\s+(?:the\s+)?)?{_CLAIMER_WORD}){{0,5}})['’]s|\b(?P<adj>[A-Z][a-z]+))"
                    r"\s+(?:(?:own|earlier|latest|initial|new|official|repeated)\s+)?$")
# (how far before the figure such a claim is looked for, and before the noun its party)
_CLAIM_REACH = 140
_CLAIMER_REACH = 90
# where the claim's own words end before the figure: another's words ("… and said 60 were
# killed", "locals who said"), a relative or adverbial clause ("the village where 30 died", "the
# theatre that killed 300"), the claim judged ("… was challenged by")
_CLAIM_ENDS = compiled(r"\b(?:said|says|say|told|tells|reported|reports|added|adds|according|stated|announced|insisted|"
                       r"where|who|whom|whose|which|that|when|while|whereas|after|before|because|since|although|though|but|until|"
                       r"(?:was|were|is|are|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:rejected|denied|disputed|challenged|dismissed|contradicted|refuted|false|untrue|wrong|baseless))\b")


def _claim_holds(sentence: str, content: int, at: int) -> bool:
    """Whether the figure at ``at`` is still in the claim whose words start at ``content``."""
    return _CLAIM_ENDS.search(sentence, content, at) is None


def claim_named(sentence: str, at: int) -> tuple[str, int] | None:
    """The words naming the party whose claim holds the figure at ``at`` of ``sentence``, and
    where they start ("Moscow" in "contradicting Moscow's claim that 600 had died"); a bare
    adjective only where it names a side's country ("Russian claims that …")."""
    window = max(0, at - _CLAIM_REACH)
    if sentence.find("laim", window, at) < 0 and sentence.find("ssertion", window, at) < 0 and sentence.find("llegation", window, at) < 0:
        return None  # (most figures have no such word before them)
    noun = None
    for noun in _CLAIM_NOUN.finditer(sentence, window, at):
        pass  # the last claim before the figure holds it ("Kyiv's claims of victory and Moscow's claim of 300 dead")
    if noun is None:
        return None
    m = _CLAIMER.search(sentence, max(0, noun.start() - _CLAIMER_REACH), noun.start())
    if m is None or not _claim_holds(sentence, noun.end(), at):
        return None
    if m.group("who") is not None:
        return m.group("who"), m.start("who")
    country = country_in(m.group("adj"))
    return (country, m.start("adj")) if country else None


# "the figure of 300 dead given by Russian officials", "a toll of 300 released by the ministry":
# a figure named as a count, then whose count it is, right after it
_COUNT_OF = compiled(r"\b(?:figure|toll|tally|count|number|estimate)\s+of\s+(?:about\s+|some\s+|at\s+least\s+|more\s+than\s+|over\s+)?$", re.I)
# (each word of the giver is one run of word characters and the space after it, or the end:
# a word cannot be split several ways; no "not" between the figure and the verb; not "claimed",
# which is said of attacks: "bombings claimed by the group")
_GIVEN_BY = compiled(r"(?:\s+(?!not\b|never\b)[\w-]+){0,2}?\s+(?:given|released|provided|published|reported|announced|issued|cited)\s+by\s+"
                     r"(?P<who>(?:the\s+)?(?:(?!(?:could|was|were|is|are|has|have|had|on|in|at|and|but|which|who|after|before)\b)[\w'’.-]+(?:\s+|(?=[,.;:]|$))){1,6}?)"
                     r"(?=[,.;:]|$|(?:could|was|were|is|are|has|have|had|on|in|at|and|but|which|who|after|before)\b)", re.I)


def given_by(sentence: str, start: int, end: int) -> tuple[str, int] | None:
    """The words naming whose count a figure is, where the sentence names it as a figure or toll
    given by someone ("the figure of 300 dead given by Russian officials could not be verified"),
    and where they start; else ``None``."""
    if " by " not in sentence[end:end + 60] or _COUNT_OF.search(sentence, max(0, start - 40), start) is None:
        return None
    m = _GIVEN_BY.match(sentence, end)
    return (m.group("who").strip(), m.start("who")) if m else None

