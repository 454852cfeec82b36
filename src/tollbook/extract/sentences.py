"""Sentences with their offsets, cheaply: paragraphs split on blank lines and line breaks,
then on sentence-final punctuation not preceded by a known abbreviation.

Every pass after this one scans a sentence, some once per figure in it: a page with no full
stops must not become one sentence of a megabyte. A sentence longer than ``MAX_SENTENCE``
characters is cut at its last clause break (a comma, semicolon or dash) or else its last space
before the limit; real sentences stay far below it."""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..regexes import compiled
from ..records import Sentence

_ABBREV = frozenset(
    "mr mrs ms dr prof gen lt col sgt capt maj cpl pvt adm gov sen rep st jr sr no vs etc inc ltd co corp "
    "jan feb mar apr jun jul aug sep sept oct nov dec mt ft u.s u.k u.n a.m p.m e.g i.e approx est dept "
    "fig al rev hon supt det insp cmdr brig cmdt ave blvd rd del".split()
)
# ";" with no space after it joins headlines in wire digests ("Five killed;Toll rises"; the next
# title perhaps in Cyrillic, lost to "?" marks, or a "-" standing for none).
# and "injured.Christopher": a full stop glued to the next sentence by careless page text.
# The first alternative starts only at the start of a run of stops (possessive, so a run of
# a million dots is read once, not once per dot); every alternative opens with a stop, not a
# look-behind, so the engine can skip ahead to the next stop (twice as fast).
_BOUNDARY = compiled(r"[.!?](?<![.!?]{2})[.!?]*+[\"”’')\]]*+\s++(?=[\"“‘(\[]?[A-Z0-9])|;(?=[A-Z0-9“\"?\u0400-\u04FF–—-])|\.(?<=[a-z]{3}\.)(?=[A-Z][a-z]{2}|\d{1,2}[ -](?:year|month))")
_LINES = compiled(r"[^\n]+")
_INITIALS = compiled(r"(?:[a-z]\.)+[a-z]")  # "G.K. Butterfield", "J.R.R."
# the word before a stop, as a pattern: what _last_word reads (tests hold them to each other)
_LAST_WORD = compiled(r"([\w.]+)[.!?]*$")
MAX_SENTENCE = 4000
_WORD_WINDOW = 100  # no abbreviation is longer
_CLAUSE_BREAK = compiled(r"[,;]\s|\s[–—-]\s")


def split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    paragraph = 0
    last_end = 0
    for line in _LINES.finditer(text):
        if text.count("\n", last_end, line.start()) > 1 or not out:
            paragraph += 1
        last_end = line.end()
        start = line.start()
        s = line.group(0)
        pos = 0
        for m in _boundaries(s):
            token = _last_word(s, max(pos, m.start() + 1 - _WORD_WINDOW), m.start() + 1)
            # "Mr. Smith", "U.S. officials", "No. 5", single initials "J. Smith".
            if token in _ABBREV or (len(token) == 1 and token.isalpha()) or "." in token and _INITIALS.fullmatch(token):
                continue  # (initials hold a ".")
            # A ";" joining headlines belongs to neither: "… - Defence Ministry" must end its sentence.
            stop = m.group(0)
            end = m.start() if stop == ";" else m.start() + len(stop.rstrip())
            _emit(out, text, start + pos, start + end, paragraph)
            pos = m.end()
        _emit(out, text, start + pos, line.end(), paragraph)
    return out


# every match of _BOUNDARY opens with one of these
_STOPS = ".!?;"
# a line holding more stops than one in this many characters is read by the engine alone
_STOP_SPACING = 16


def _boundaries(s: str) -> Iterator[re.Match[str]]:
    """What ``_BOUNDARY.finditer(s)`` finds: the engine asked only where a stop stands, found by
    ``str.find`` (the engine, searching, tests every character of the line for one: two
    thirds of this pass's time). A match there is the one the search finds: none starts
    elsewhere, and ``match`` at an offset sees the text before it as ``search`` does (the
    look-behinds). A line dense in stops (a run of dots) is searched as before: one
    ``match`` a stop would cost more than the search, however long the line."""
    at: list[int] = []
    for c in _STOPS:
        i = s.find(c)
        while i >= 0:
            at.append(i)
            i = s.find(c, i + 1)
        if len(at) * _STOP_SPACING > len(s):
            yield from _BOUNDARY.finditer(s)
            return
    at.sort()
    end = 0
    for i in at:
        if i >= end and (m := _BOUNDARY.match(s, i)) is not None:
            end = m.end()
            yield m


def _last_word(s: str, lo: int, hi: int) -> str:
    """The word before the stops that end ``s[lo:hi]``, lower-cased, without its own final
    stops ("U.S." -> "u.s"): what ``_LAST_WORD.search(s, lo, hi)`` finds, read backwards from
    the end (a search forwards tries every position of the window)."""
    e = hi
    while e > lo and s[e - 1] in ".!?":
        e -= 1
    r = e
    while r > lo and (s[r - 1].isalnum() or s[r - 1] in "._"):  # "\w" or "."
        r -= 1
    return s[r:e].lower().rstrip(".")


def _emit(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while True:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end - start <= MAX_SENTENCE:
            break
        cut = _cut(text, start, start + MAX_SENTENCE)
        _emit(out, text, start, cut, paragraph)
        start = cut
    if end > start:
        out.append(Sentence(text[start:end], start, end, len(out), paragraph))


def _cut(text: str, start: int, limit: int) -> int:
    """Where to end an overlong sentence: after its last clause break before ``limit`` in the
    second half, else at its last space, else at the limit."""
    half = (start + limit) // 2
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, half, limit)]
    if breaks:
        return breaks[-1]
    space = max(text.rfind(" ", half, limit), text.rfind("\t", half, limit))
    return space + 1 if space > 0 else limit
