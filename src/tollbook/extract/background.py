"""Figures about earlier events that a story only recalls.

A story about last night's shooting recalls a killing years ago, last year's toll in the city,
the man a vigil was held for. Careful analysts do not count those among the story's claims,
and a document's total must not add them. A figure is background when all of these hold:

- the outlet states it in its own voice: a figure someone states ("the UN said last month")
  is that source's claim, whatever its date;
- every sentence stating it places it before the story (an earlier year, "last year", "two
  years ago") or in remembrance (a vigil, an anniversary), and none makes it a running tally
  ("since 2014", "this year"): a tally up to now is current;
- it comes after the story's opening (headline and first sentences), and the opening does not
  name that harm without a count: a story about a killing in 2013 (a trial, an arrest) reports
  that killing, whatever year it names. Where the opening counts that harm ("three dead in
  cinema shooting"), a recalled figure that did not merge with the opening's is another event
  ("a 2012 shooting that left 12 dead").
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ..regexes import compiled
from ..lexicon import Caseless, alternation, data_json

# what the opening is compared on: a story of a shooting has its wounded as "shot" or "wounded"
KIND = {"killed": "dead", "wounded": "hurt", "shot": "hurt", "casualties": "hurt"}


@lru_cache(maxsize=1)
def _table() -> dict:
    return data_json("background.json")


@lru_cache(maxsize=1)
def _patterns() -> tuple[Caseless, re.Pattern[str], Caseless]:
    t = _table()
    # (case-insensitive ones tested on the sentence lower-cased, the engine skipping ahead: Caseless)
    return (Caseless(rf"\b(?:{alternation(t['past'])})\b"),
            compiled(rf"\b(?:{alternation(t['remembrance'])})\b"),
            Caseless(rf"\b(?:{alternation(t['running'])})\b"))


# a year, not a street number ("the 1900 block")
_YEAR = compiled(r"\b((?:19|20)\d\d)\b(?!\s+block)", re.I)


@lru_cache(maxsize=1)
def _model_year() -> re.Pattern[str]:
    # a car's model year: "a 2006 silver-colored, four-door Honda"
    return compiled(rf"\b(?:19|20)\d\d\s+(?:[\w,-]+\s+){{0,3}}?(?:{alternation(_table()['vehicles'])})\b", re.I)


def lead() -> tuple[int, int]:
    """How far the story's opening reaches: (characters, sentences), whichever ends first."""
    return int(_table()["lead_chars"]), int(_table()["lead_sentences"])


def opening_kinds(opening: str, besides: set[str | None] | frozenset[str] = frozenset()) -> set[str]:
    """The kinds of harm a story's opening names in words, counted or not: "sentenced in
    girl's killing" is a story about a death. Kinds in ``besides`` are not looked for."""
    low = opening.lower()
    return {kind for kind, rx in _opening_words().items() if kind not in besides and rx.found(opening, low)}


@lru_cache(maxsize=1)
def _opening_words() -> dict[str, Caseless]:
    return {kind: Caseless(rf"\b(?:{alternation(words)})") for kind, words in _table()["opening_words"].items()}


@lru_cache(maxsize=256)  # asked once a figure: answer once a sentence
def recalled(sentence: str, published: dt.date | None) -> bool:
    """Whether a sentence places what it tells before the story, or in remembrance of it."""
    past, remembrance, running = _patterns()
    low = sentence.lower()
    if running.found(sentence, low):
        return False
    if past.found(sentence, low) or remembrance.search(sentence):
        return True
    if published is None:
        return False
    return any(int(y) < published.year for y in _YEAR.findall(_model_year().sub(" ", sentence)))


def is_background(metric: str, sentences: list[str], outlet_voice: bool, published: dt.date | None,
                  uncounted: set[str]) -> bool:
    """Whether a figure after the story's opening (its metric, the sentences stating it, whether
    the outlet states it itself) is background. ``uncounted``: the kinds of harm (``KIND``
    values) the opening names without a count; a recalled figure of such a kind is what the
    opening spoke of ("sentenced in girl's killing … the 2013 shooting in which a girl was
    killed"). A recalled figure of a kind the opening counts is another event: had it been the
    opening's, it would have merged with it."""
    kind = KIND.get(metric)
    if kind is None or not outlet_voice or kind in uncounted:
        return False
    return all(recalled(s, published) for s in sentences)
