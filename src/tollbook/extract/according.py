"""The attributions a preposition or a count opens, walked on a sentence's tokens: "according to
X", "as reported by X", "per X", ", citing X" (:func:`according`) and "by X's count" (:func:`by_count`),
with the tests speakers.py asks before it reads a trailing one ("…, per Reuters").

Pure functions from tokens to :class:`~.what_is_said.InSentence` records; the words are data
(``data/attribution.json``).
"""
from __future__ import annotations

from functools import lru_cache

from ..lexicon import data_json
from ..records import Span
from ..resolve import lookup_entity, role_kind
from .source_phrases import Token, cue_lexicon, np_forward
from .what_is_said import InSentence, content_after, content_before


# words that open a clause of its own after ", according to X,": the outlet's again ("…, according
# to the UN, and an unknown number of soldiers died")
_NEW_CLAUSE = frozenset({"and", "but", "while", "whereas", "as", "although", "though", "yet", "so"})


def _aside_goes_on(toks: list[Token], i: int, end: int, sentence: str) -> Span | None:
    """ "an attack that, according to officials, killed 300 people": an "according to X" between
    commas inside a clause of the outlet's own; the clause goes on after it, to a ";" (not where a
    new clause opens there, nor inside a speaker's words, whose figure it stays)."""
    if i == 0 or toks[i - 1].text != "," or end + 1 >= len(toks) or toks[end].text != "," \
            or not toks[end + 1].word or toks[end + 1].lower in _NEW_CLAUSE:
        return None
    phrases = cue_lexicon().phrases
    if any(t.lower in phrases for t in toks[:i]):
        return None  # (inside another's words: "the governor said the shelling, according to preliminary data, killed three")
    stop = next((x for x in range(end + 1, len(toks)) if toks[x].text == ";"), len(toks))
    last = toks[stop - 1].end
    while last > toks[end + 1].start and sentence[last - 1] in ".!?":
        last -= 1
    return Span(toks[end + 1].start, last)


def according(toks: list[Token], i: int, k: int, sentence: str) -> tuple[InSentence, int] | None:
    """"according to X": X is the source; the content is the clause before it, or after it."""
    before = content_before(toks, i, sentence)
    # "…, according to X, a spokesman for Y." runs to the end; "According to X, the …" does not
    end = np_forward(toks, k, allow_apposition=before is not None, coordination=True)
    if end is None:
        return None
    cue = Span(toks[i].start, toks[k - 1].end)
    source = Span(toks[k].start, toks[end - 1].end)
    if before is not None:
        return InSentence(cue, source, before, True, _aside_goes_on(toks, i, end, sentence)), end
    rest = end + 1 if end < len(toks) and toks[end].text == "," else end
    return InSentence(cue, source, content_after(toks, rest, sentence)), end


def trailing_source(toks: list[Token], i: int) -> bool:
    """Whether a source opening at ``i`` after a comma may hold the words before it: no other
    cue there ("Kyiv said 40 died, per the latest count" is Kyiv's), and not right after a figure
    it may qualify alone ("…, not 12, as reported by officials")."""
    if toks[i - 1].text != "," or i < 2 or toks[i - 2].text[:1].isdigit():
        return False
    return not _holds_a_cue(toks[:i - 1])


def _holds_a_cue(toks: list[Token]) -> bool:
    """Whether the tokens hold a cue of someone's words (a cue phrase's word, "according")."""
    phrases = cue_lexicon().phrases
    return any(x.lower in phrases or x.lower == "according" for x in toks)


def ends_in_a_name(toks: list[Token], k: int) -> bool:
    """Whether the words from ``k`` to the sentence's end (its mark aside) name someone: a name
    ("per Reuters", "per head coach Ayo Hart") or a role ("per the regional governor"), not a
    thing ("per the latest count", "per Ukrainian law")."""
    words = [x for x in toks[k:] if x.word]
    if not words or len(words) > _TRAILING_SOURCE_WORDS:
        return False
    phrase = " ".join(x.text for x in words)
    return words[-1].capital or role_kind(phrase) is not None or lookup_entity(phrase) is not None


@lru_cache(maxsize=1)
def counts() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns of a count owned by its source, and the words between owner and noun."""
    d = data_json("attribution.json")
    return frozenset(d["counts"]), frozenset(d["count_modifiers"])


# the words that open a new clause after a comma (", and 12 were hurt")
_CLAUSE_JOINS = frozenset({"and", "but", "while", "whereas", "although", "though"})
# the owner of a count is this many words at most ("by the General Staff's count")
_COUNT_OWNER_WORDS = 5
# a trailing "…, per X" names someone in this many words at most ("per Knights head coach Ayo Hart")
_TRAILING_SOURCE_WORDS = 7


def by_count(toks: list[Token], i: int, sentence: str) -> tuple[InSentence, int] | None:
    """"By Ukraine's count, Russia lost …", "…, by the UN's latest tally": the count's owner is
    the source (its possessive mark left out), the clause after or before it what is said; only
    at a clause's edge (the sentence's start or after a comma), with an owner named."""
    if i > 0 and toks[i - 1].text not in (",", ";") and toks[i - 1].lower not in ("and", "but"):
        return None
    nouns, modifiers = counts()
    n = len(toks)
    j = i + 1
    while j < n and j <= i + _COUNT_OWNER_WORDS and toks[j].word and not toks[j].lower.endswith(("'s", "’s")):
        j += 1
    if j >= n or j > i + _COUNT_OWNER_WORDS or not toks[j].word or not toks[j].lower.endswith(("'s", "’s")):
        return None
    k = j + 1
    while k < n and toks[k].lower in modifiers:
        k += 1
    if k >= n or toks[k].lower not in nouns or not toks[i + 1].text[:1].isupper() and toks[i + 1].lower != "the":
        return None  # ("by his own estimate", "by some counts": no one named)
    if toks[j].lower[:-2].rstrip("'’") in cue_lexicon().time_words:
        return None  # "By Monday's count": a day's count, no one's
    cue = Span(toks[k].start, toks[k].end)
    source = Span(toks[i + 1].start, toks[j].end - 2)
    lex = cue_lexicon()
    if i > 0 and toks[i - 1].text == ",":  # "…, by the UN's count": what is said is before it,
        # back to the clause's start (not over another's: "Kyiv said 40 died, and 12 were hurt,
        # by Russia's count" holds Kyiv's 40); not where another speaker's cue is in it
        start = next((x + 1 for x in range(i - 2, -1, -1) if toks[x].text == ";"
                      or toks[x].text == "," and x + 1 < i and toks[x + 1].lower in _CLAUSE_JOINS), 0)
        if _holds_a_cue(toks[start:i]):
            return None
        before = content_before(toks, i, sentence) if start == 0 else Span(toks[start + (toks[start].lower in _CLAUSE_JOINS)].start, toks[i - 2].end)
        return (InSentence(cue, source, before, True), k + 1) if before is not None else None
    # (at the sentence's start, or opening a clause of its own: "…; by Russia's count, 12 …",
    # "… and by Russia's count 12 …": what is said follows)
    rest = k + 2 if k + 1 < n and toks[k + 1].text == "," else k + 1
    content = content_after(toks, rest, sentence)
    if content is None:
        return None
    # what is said ends where another clause opens (", and …", "; …", "while …") or another's cue stands
    end = next((x for x in range(rest, n) if toks[x].text == ";" or toks[x].lower in ("while", "whereas")
                or toks[x].text == "," and x + 1 < n and toks[x + 1].lower in _CLAUSE_JOINS
                or toks[x].lower in lex.phrases and x > rest), n)
    if end < n:
        if end <= rest or toks[end].lower in lex.phrases:
            return None  # ("By Ukraine's count 40 died, Moscow claims": whose, is not clear)
        content = Span(content.start, toks[end - 1].end)
    return InSentence(cue, source, content), k + 1
