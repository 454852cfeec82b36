"""Sentences with their offsets, cheaply: paragraphs split on blank lines and line breaks,
then on sentence-final punctuation not preceded by a known abbreviation."""
from __future__ import annotations

import re

from ..records import Sentence

_ABBREV = frozenset(
    "mr mrs ms dr prof gen lt col sgt capt maj cpl pvt adm gov sen rep st jr sr no vs etc inc ltd co corp "
    "jan feb mar apr jun jul aug sep sept oct nov dec mt ft u.s u.k u.n a.m p.m e.g i.e approx est dept "
    "fig al rev hon supt det insp cmdr brig cmdt ave blvd rd".split()
)
# ";" with no space after it joins headlines in wire digests ("Five killed;Toll rises").
# and "injured.Christopher": a full stop glued to the next sentence by careless page text.
_BOUNDARY = re.compile(r"[.!?]+[\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|;(?=[A-Z0-9“\"])|(?<=[a-z]{3})\.(?=[A-Z][a-z]{2}|\d{1,2}[ -](?:year|month))")
_LINES = re.compile(r"[^\n]+")


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
        for m in _BOUNDARY.finditer(s):
            word = re.search(r"([\w.]+)[.!?]*$", s[pos:m.start() + 1])
            token = word.group(1).lower().rstrip(".") if word else ""
            # "Mr. Smith", "U.S. officials", "No. 5", single initials "J. Smith".
            if token in _ABBREV or (len(token) == 1 and token.isalpha()):
                continue
            # A ";" joining headlines belongs to neither: "… - Defence Ministry" must end its sentence.
            end = m.start() if m.group(0) == ";" else m.start() + len(m.group(0).rstrip())
            _emit(out, text, start + pos, start + end, paragraph)
            pos = m.end()
        _emit(out, text, start + pos, line.end(), paragraph)
    return out


def _emit(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(text[start:end], start, end, len(out), paragraph))
