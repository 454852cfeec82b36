"""Casualty mentions in one sentence: a figure, what happened (metric), to whom (victims).

Pure functions over a sentence string. A figure counts only when casualty wording is tied to
it by position: the wording before it ("killed 21 people", "the death toll rose to 12"),
after it ("498 Russian troops have been killed"), or shared with a coordinated figure ("one
civilian and six assailants were killed"). Anything else (ages, years, money, addresses)
yields nothing.

The passes run in order (see README.md in this folder): victim_phrases (candidate figures,
noise dropped), figure_cues (each figure's own cue), coordination (cues shared with
neighbours), subsets and units (parts of larger figures, internal metrics settled), uncounted
(claims without a figure), coordination again (name lists, shared victim words), imagined
(hedges dropped).
"""
from __future__ import annotations

import re

from ...lexicon import alternation, holds_any
from ...regexes import compiled
from ...resolve import with_tables
from ...victims import is_person_noun, victim_tables
from ..attribution import WIRE_TAG
from .coordination import along_with, coordinate, gapped_verb, share_earlier_verb, shared_victim_words, with_name_list
from .figure_cues import TALLY, cued
from .imagined import is_imagined
from .noise import is_noise
from .shapes import Mention, after_metric, cues, patterns
from .subsets import all_restated, besides_perpetrators, broken_down, perpetrators_besides, settled, toll_restated
from .uncounted import uncounted_mentions, zeros
from .victim_phrases import candidate_figures

# what other stages read from here: mentions, their record, and a few shapes
__all__ = ["Mention", "TALLY", "after_metric", "besides_perpetrators", "candidate_figures", "cues", "is_noise", "mentions", "patterns",
           "zeros"]


def mentions(sentence: str) -> list[Mention]:
    """Every casualty figure the sentence states, with metric, unit and victim words.

    One pass per way English ties a figure to what befell it, in this order: the figure's own
    cue; a verb shared with an earlier or later figure; subsets and pseudo-metrics settled;
    counts stated without a figure; victims listed by name; what might have happened dropped.

    A sentence read among the latest few hundred is not read again (a page that repeats
    itself, an outlet's standing lines): the same mentions, records that never change."""
    return list(_read(sentence))


# (what is a name and what a place depends on the claimant tables: a user's aliases)
@with_tables(maxsize=512)
def _read(sentence: str) -> tuple[Mention, ...]:
    return tuple(_mentions(sentence))


def _mentions(sentence: str) -> list[Mention]:
    if "-" in sentence[:40] and holds_any(sentence, _WIRE_WORDS):
        # "UPDATE 2-Six servicemen killed": a wire service's version tag, blanked to keep offsets
        # (its words, case-sensitive, tested first: the pattern tries every position)
        sentence = WIRE_TAG.sub(lambda m: " " * len(m.group()), sentence)
    if "'" in sentence or "‘" in sentence or '"' in sentence or "“" in sentence:
        # "had 'eliminated' 200 mercenaries", "lost 'up to 15,000 troops'": a few words in quotation
        # marks around a figure or right before one read as if unmarked (the marks blanked,
        # offsets kept; "in 'stable' condition" stays as written)
        sentence = _SCARE_QUOTED.sub(_unquoted, sentence)
    # the sentence lower-cased once, for every pass that tests its words
    low = sentence.lower()
    figures = candidate_figures(sentence, low)
    found, how, own_cue = cued(sentence, figures)
    share_earlier_verb(sentence, figures, found, how)
    gapped_verb(sentence, figures, found, how)
    coordinate(sentence, figures, found)
    along_with(sentence, figures, found)
    besides = perpetrators_besides(sentence, found)
    result = broken_down(sentence, settled(sentence, found, own_cue))
    result = with_name_list(sentence, result + besides + uncounted_mentions(sentence, result, low))
    result = [r for r in result if not is_imagined(sentence, r.figure) and not _limbs(r.victims_text) and not _animals(sentence, r)
              and not (r.metric == "captured" and _place_taken(sentence, r))]
    return shared_victim_words(all_restated(sentence, toll_restated(sentence, result)), sentence)


def _limbs(victims: str) -> bool:
    """Whether a figure's victim words end in a part of the body ("both her legs were wounded"):
    no people counted."""
    words = victims.rstrip(" .,;:").lower().split()
    # (the whole of the words: "a man struck in the leg" is a man)
    return 0 < len(words) <= 3 and words[-1] in _LIMBS and not _LIMB_OF.search(victims)


def _place_taken(sentence: str, m: Mention) -> bool:
    """Whether a figure of "captured" counts places, not people: its victim words end in a place
    ("captured several other cities"), or a name is followed by one ("capturing the Black Sea
    port city")."""
    words = m.victims_text.rstrip(" .,;:").lower().split()
    if words and words[-1] in _PLACES_TAKEN:
        from ...victims import victim_nouns
        return not set(victim_nouns(m.victims_text)) - {"other", "others", "more", "another"}  # (not "12 soldiers defending the village")
    after = _WORDS_AFTER.match(sentence, m.figure.end)
    return m.figure.count_text[:1].isupper() and after is not None and after.group(1).lower() in _PLACES_TAKEN


# a word or two after a figure, then the word looked at ("Black Sea| port city": "city")
_WORDS_AFTER = compiled(r"(?:\s+[a-z][\w-]*){0,1}\s+([a-z][\w-]*)")
_PLACES_TAKEN = frozenset(victim_tables()["places_taken"])


_LIMB_OF = compiled(r"(?i)\b(?:in|to|of|on)\s")


def _animals(sentence: str, r: Mention) -> bool:
    """Whether a figure counts animals: its victim words end in one ("two horses"), or it is one
    of a group of them ("one of the farm dogs was hurt"): no people counted."""
    words = r.victims_text.rstrip(" .,;:").split()
    if any(is_person_noun(w.lower()) for w in words[:-2]):
        return False  # ("a man and his dog": a person counted too; not "the farm dogs")
    if words and words[-1] in _ANIMALS:
        return True  # (in lower case: "Marcus Bird", "Officer Tom Sheep" are names)
    return bool(r.figure.count_text) and _OF_ANIMALS.match(sentence, r.figure.end) is not None


_ANIMALS = frozenset(victim_tables()["animals"])
# "one of the farm dogs": a group of animals, its noun a word or two after its article, the
# group's words ending there ("one of the dog owners" are people)
_OF_ANIMALS = compiled(rf"\s+of\s+(?:the|his|her|their|its|our|two|three|\d+)\s+(?:[\w'’-]+\s+){{0,2}}?(?-i:{alternation(sorted(_ANIMALS))})"
                       r"(?=\s*(?:[,.;:)]|$)|\s+(?:was|were|is|are|has|have|had|and|in|at|on|who|that)\b)", re.I)


_LIMBS = frozenset(victim_tables()["limbs"])


# a quotation of one to five words, its marks with a space or a bracket outside and a word
# character inside, no other mark in it (an apostrophe inside a word breaks it off: not read)
# (the opening mark first, what stands before it looked back at: the engine skips ahead to a
# mark, where a look-behind first tried every position; a fourth of the cost)
_SCARE_QUOTED = compiled(r"(['‘\"“])(?<![^\s(].)(?=\w)((?:[^'‘’\"“”\s]+\s){0,4}[^'‘’\"“”\s]+)(['’\"”])(?=[\s.,;:!?)]|$)")
# the words every wire tag holds (WIRE_TAG is case-sensitive)
_WIRE_WORDS = ("UPDATE", "REFILE", "CORRECTED", "WRAPUP", "RPT")


def _unquoted(m: "re.Match[str]") -> str:
    """A quotation :data:`_SCARE_QUOTED` found, its marks blanked where it holds a figure or
    one follows it; else as written."""
    if any(c.isdigit() for c in m.group(2)) or _DIGIT_NEXT.match(m.string, m.end()):
        return " " + m.group(2) + " "
    return m.group(0)


# (a figure right after the quotation, a bound or an approximation before it: "'eliminated' up to 400")
_DIGIT_NEXT = compiled(r"(?i)\s*(?:(?:up\s+to|at\s+least|at\s+most|about|around|nearly|almost|roughly|some|over|more\s+than)\s+)?\d")

