"""Candidate figures: the numbers of a sentence that may count people or things, and the
victims named without a number.

"a 25-year-old man" and "the officer" are one person; so is a headline's bare noun ("Soldier
killed"), a name after a killing verb ("killed Abdul Manan"), a pronoun ("killing himself"), a
body ("the body of a young man"), a named subject ("Khan and his son were killed"). Each pass
skips the words an earlier one took.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate

from ...regexes import compiled
from ...lexicon import Caseless, alternation, data_json, holds_any
from ...records import Figure
from ...victims import is_known_name, is_person_noun, model_word, not_aircraft_after, victim_tables
from ..numbers import find_figures
from ...required import may_match
from .noise import both_kinds, is_noise
from .shapes import (
    AND_THEN,
    DETERMINERS,
    IRREGULAR_PLURALS,
    SOURCE_BEFORE,
    WOUND_VERB_WORDS,
    before_cue,
    cues,
    pattern_words,
    patterns,
    single_equipment,
    single_nouns,
)


def candidate_figures(sentence: str, low: str | None = None) -> list[Figure]:
    """Figures that may be counts of people or things: numbers minus obvious non-counts,
    plus a singular person ("a man", "the officer", "Khan") as one. Each later pass skips
    words an earlier one took. ``low``: ``sentence.lower()``, if known."""
    low = sentence.lower() if low is None else low
    c = _Candidates([f for f in find_figures(sentence, low) if not is_noise(sentence, f) and not both_kinds(sentence, f)])
    for k, f in enumerate(c.out):
        if f.count_text.lower() == "both" and (m := _BOTH_NAMES.match(sentence, f.end)):
            c.taken[k] = (f.start, m.end())  # "Both Jermon and Harris died": the two are the names
    for add in (_add_singulars, _add_headline_victims, _add_unnumbered, _add_named_after_verbs, _add_pronouns,
                _add_bodies, _add_named_subjects):
        add(sentence, low, c)
    return sorted(c.out, key=lambda f: f.start)


class _Candidates:
    """The figures found so far and the spans of words they took."""

    def __init__(self, figures: list[Figure]) -> None:
        self.out = figures
        self.taken = [(f.start, f.end) for f in figures]

    def free(self, pos: int) -> bool:
        for s, e in self.taken:  # (a plain loop: any() over a generator costs a frame a call)
            if s <= pos < e:
                return False
        return True

    def add(self, figure: Figure, start: int, end: int) -> None:
        self.out.append(figure)
        self.taken.append((start, end))


_FORCES_BEFORE = compiled(rf"\b(?:{alternation(cues()['forces_before'])})\b", re.I)
_CLAUSE_MARK = compiled(r"[-–—:;] ")


def _one(text: str, start: int, end: int) -> Figure:
    return Figure(1, None, None, "exact", text, start, end)


def _add_singulars(sentence: str, low: str, c: _Candidates) -> None:
    """ "a 25-year-old man", "the officer": one person."""
    for start, word in _singulars(sentence, low):
        if SOURCE_BEFORE.search(sentence, max(start - 20, 0), start):
            continue  # "according to the deputy coroner": the source, not a victim
        if _PREDICATE_BEFORE.search(sentence, max(start - 30, 0), start):
            continue  # "one male believed to be a teenager": the same male, described
        if c.free(start):
            c.add(_one(word, start, start + len(word)), start, start + len(word) + 1)


def _add_headline_victims(sentence: str, low: str, c: _Candidates) -> None:
    """Headline English drops the article: "Ukraine soldier killed", "Soldier, civilian
    killed", "Shelling kills DPR militiaman"."""
    p = patterns()
    # (the pattern's verbs, "killed", "dies", "wounded", …: a sentence holding none is no such headline)
    m = p["headline"].match(sentence) if may_match(sentence, pattern_words("headline"), low) else None
    if m and m.group("agent") and m.group("agent").lower() in _not_agents():
        m = None  # "Helicopter shot down": a thing, not a person; "Ukraine opera singer killed" is one
    if m and not any(s < m.start("noun") for s, _ in c.taken):
        # The words before the noun are the victims' too: "Ukraine soldier killed"; not "Kyiv says".
        at = m.end("says") if m.group("says") else m.end("label") if m.group("label") else m.start()
        c.add(_one("", at, at), at, m.end("noun"))
    m = p["headline_pair"].match(sentence) if not c.out else None
    if m:
        for g in ("a", "b"):
            c.add(_one("", m.start(g), m.start(g)), m.start(g), m.end(g))
    headline = not sentence.rstrip().endswith(".")
    # (the pattern's verbs, "kills", "wounded", …: a headline holding none has no object of one)
    m = p["headline_object"].search(sentence) if headline and may_match(sentence, pattern_words("headline_object"), low) else None
    if m and m.group("np").split()[-1].lower() not in IRREGULAR_PLURALS and c.free(m.start("np")):
        c.add(_one("", m.start("np"), m.start("np")), m.start("np"), m.end("np"))
    if headline and ("down" in low or "destroy" in low):
        for key in ("headline_thing", "headline_thing_subject"):
            m = p[key].search(sentence)
            if m and c.free(m.start("np")):
                c.add(_one("", m.start("np"), m.start("np")), m.start("np"), m.end("np"))


def _add_unnumbered(sentence: str, low: str, c: _Candidates) -> None:
    """Victims without a number: "a father and daughter", "another", "Azov fighters killed"
    (no count), "heavy casualties", "the first death", "an attacker was killed"."""
    p = patterns()
    for m in (p["article_pair"].finditer(sentence) if " and " in low and p["pair_second"].search(sentence) else ()):
        if c.free(m.start("b")):
            c.add(_one("", m.start("b"), m.start("b")), m.start("b"), m.end("b"))
    for m in (_ANOTHER.finditer(sentence) if "another" in low or "the other" in low or "a second" in low or "a third" in low else ()):
        if c.free(m.start()):
            c.add(_one(m.group(1), m.start(1), m.end(1)), m.start(1), m.end(1))
    for m in (_ANOTHER_OBJECT.finditer(sentence) if "another" in low else ()):
        # "killed one man and wounded another": the pronoun is the verb's object
        if c.free(m.start(1)):
            c.add(_one(m.group(1), m.start(1), m.end(1)), m.start(1), m.end(1))
    # the pattern starts a sentence or follows a dash, colon or semicolon: try only there
    # (most sentences hold no such mark: the start alone, without a generator)
    starts = [0] + [k.end() for k in _CLAUSE_MARK.finditer(sentence)] if "- " in sentence or "– " in sentence \
        or "— " in sentence or ": " in sentence or "; " in sentence else (0,)
    bare_plural = p["bare_plural"]
    for at in starts:
        m = bare_plural.match(sentence, at)
        if m and c.free(m.start("np")):
            # "Azov fighters killed and wounded in night attacks": a claim without a count
            c.add(Figure(None, None, None, "vague", "", m.start("np"), m.start("np")), m.start("np"), m.end("np"))
    for m in (p["vague_casualties"].finditer(sentence) if "casualties" in low or "losses" in low else ()):
        # "Heavy casualties reported in eastern fighting": casualties without a count; but
        # "suffered losses of up to 200 servicemen" counts them
        counted = any(m.end() < f.start < m.end() + 100 and f.value is not None and not re.search(r"[.;]", sentence[m.end():f.start])
                      for f in c.out) or bool(_MONEY_LOSSES.match(sentence, m.end()))
        if m.group("suffer") and not _FORCES_BEFORE.search(sentence, max(m.start() - 80, 0), m.start()):
            continue  # "the city is suffering losses" may be money; "the enemy suffers losses" is not
        if c.free(m.start()) and not counted:
            at = m.start() if m.group("adj") else m.end()  # "Ukrainian casualties reported": whose they are
            c.add(Figure(None, None, None, "vague", "", at, at), m.start(), m.end() + 1)  # the noun too: one claim per phrase
    for m in (p["first_death"].finditer(sentence) if "first" in low else ()):
        if c.free(m.start()):
            c.add(_one(m.group(0), m.start(), m.end()), m.start(), m.end())
    not_agents = _not_agents()
    for m in (p["agent_singular"].finditer(sentence) if "a " in low or "an " in low else ()):
        if m.group("noun") not in not_agents and c.free(m.start()):
            c.add(_one(m.group("art"), m.start(), m.start() + len(m.group("art"))), m.start(), m.end())


def _add_named_after_verbs(sentence: str, low: str, c: _Candidates) -> None:
    """ "shot and killed Abdul Manan Arghand", "killed Nabi, a civilian", "killed a National
    Directorate of Security (NDS) official": a victim after a killing verb."""
    for rx in (_NAME, _NAME_APPOSED):
        for m in rx.finditer(sentence):
            start = _aged_from(sentence, m.start()) if rx is _NAME else m.start()
            # "killed Jamie Salazar, 34, and 2-year-old Jordan Reeves": the second name shares the verb
            named_before = "and" in sentence[max(start - 12, 0):start] and (
                a := _AND_BEFORE.search(sentence, max(start - 12, 0), start)) and any(
                f.end == a.start() and f.count_text[:1].isupper() for f in c.out)
            if not (named_before or before_cue(sentence[max(start - 60, 0):start])):
                continue  # most names follow no killing verb: the cheap test first
            name = m.group("name")
            aged = _AGE_AFTER.match(sentence, m.end("name"))  # "Barry Washington, 56,": a person, whatever place he shares a name with
            if (aged or not is_known_name(name)) and c.free(m.start("name")):
                # the figure starts at "8-month-old" so the verb stands right before it
                c.add(_one(name, start, m.end("name")), start, m.end("name"))
    for m in _cue_article().finditer(sentence, low):
        # the noun may come a few words on
        head = _person_within(sentence, m.end())
        if head and not any(s <= m.start("art") < e or m.start("art") <= s < head for s, e in c.taken):
            # the words are the noun phrase: "her 3-year-old grandson" is a grandson, not "her"
            c.add(_one(sentence[m.start("art"):head], m.start("art"), m.end("art")), m.start("art"), head)


@lru_cache(maxsize=1)
def _cue_article() -> Caseless:
    """``patterns()["cue_article"]``, read on the sentence lower-cased where that is the same
    test (lexicon.Caseless: the case-insensitive engine reads every position slower); the
    matches are used for their offsets only."""
    pattern = patterns()["cue_article"].pattern
    return Caseless(pattern, pattern)


# (a test only, as "\s(?:him|her)\b": the letter first, the space before it looked back at,
# lets the engine skip ahead to an "h")
_OBJECT_PRONOUN = compiled(r"h(?<=\sh)(?:im|er)\b")


def _add_pronouns(sentence: str, low: str, c: _Candidates) -> None:
    """ "killing himself", "shot him dead", "He died at the hospital", "found Durcan dead"."""
    p = patterns()
    # Cheap checks first: most sentences have no pronoun victim. An object pronoun follows a space
    # ("her" alone is in "other", "there", "where" and most sentences)
    obj = bool(_OBJECT_PRONOUN.search(low))
    present = ("self" in low, obj, obj and ("dead" in low or "to death" in low),
               "he " in low and may_match(sentence, pattern_words("pronoun_died"), low), " dead" in low or "to death" in low)
    for key, there in zip(("reflexive", "pronoun_object", "pronoun_dead", "pronoun_died", "found_dead"), present):
        for m in (p[key].finditer(sentence) if there else ()):
            if c.free(m.start("who")):
                c.out.append(_one(m.group("who"), m.start("who"), m.end("who")))


def _add_bodies(sentence: str, low: str, c: _Candidates) -> None:
    """The body and whose it was are one victim: drop "a young man" inside it; "the bodies of
    two men" are as many as the count inside."""
    for m in (patterns()["body"].finditer(sentence) if "bod" in low else ()):
        inside = [f for f in c.out if m.start() <= f.start < m.end() and f.count_text.lower() not in DETERMINERS]
        n = inside[0].value if len(inside) == 1 and inside[0].value and inside[0].count_text[:1].isalnum() \
            and not inside[0].count_text[:1].isupper() else 1
        c.out = [f for f in c.out if not (m.start() <= f.start < m.end())]
        c.out.append(Figure(n, None, None, "exact", m.group("np"), m.start(), m.end()))


def _add_named_subjects(sentence: str, low: str, c: _Candidates) -> None:
    """ "The hostages were killed" (as many as counted before), "Khan and his son were
    killed", "Ahmad, the acting head of the office, was killed"."""
    p = patterns()
    # (the pattern's verb, case-sensitive: "were", "have been" or "had been")
    for m in (p["anaphoric"].finditer(sentence) if "were" in sentence or "been" in sentence else ()):
        if c.free(m.start()):
            c.out.append(Figure(None, None, None, "anaphoric", m.group("det"), m.start(), m.start() + len(m.group("det"))))
    for m in (_NAME_AND.finditer(sentence) if " and " in sentence and _AND_GROUP_RX.search(sentence) else ()):
        name = m.group("name")
        if not is_known_name(name, places=False) and not any(s <= m.start("name") < e or m.start("name") <= s < m.end("name") for s, e in c.taken):
            c.add(_one(name, m.start("name"), m.end("name")), m.start("name"), m.end("name"))
    # (the fates of wounds a name's own verb tells only where their verbs are: WOUND_VERB_WORDS)
    fate, named = (p["named_fate_wounded"], p["named_wounded"]) if holds_any(low, WOUND_VERB_WORDS) else (p["named_fate"], p["named"])
    for m in (named.finditer(sentence) if fate.search(sentence) else ()):
        name = m.group("name")
        clash = [(s, e) for s, e in c.taken if s <= m.start() < e or m.start() <= s < m.end()]
        if is_known_name(name, places=False) or _LOCATIVE.search(sentence, max(m.start() - 12, 0), m.start()):
            continue  # "shot in Miami dies": a place after "in" is no victim
        opener = _phrase_before(sentence, m.start())
        if clash:
            # "Ahmad, the acting head of the office, was killed": the apposition is the named person
            if not m.group("app") or not all(m.start("app") <= s < m.end("app") for s, _ in clash):
                continue
            c.out = [f for f in c.out if not (m.start("app") <= f.start < m.end("app"))]
        if opener is not None and not _ANOTHER.search(sentence, opener, m.start()):
            # "The child's grandfather, Carl Mendes, 54, died": one person, counted by the name (not
            # "a second victim, NAME,": one more, as the noun says)
            c.out = [f for f in c.out if f.start != opener]
        c.out.append(_one(name, m.start(), m.end()))


# the words opening a noun phrase a name may be set off after ("a third victim, NAME,")
_PHRASE_OPENERS = DETERMINERS - {"this", "that"}
# a noun phrase of one more person than those counted before it
_ANOTHER = compiled(r"\b(?:another|other|second|third|fourth|fifth|sixth|additional)\b", re.I)


def _phrase_before(sentence: str, start: int) -> int | None:
    """Where the noun phrase the name at ``start`` is set off after begins ("a third victim, Carl
    Mendes, ...", "her son, Luis Ortega, ..."): a comma before the name, and before that a few
    lower-case words opened by an article or a possessive; None where there is none."""
    comma = start
    while comma and sentence[comma - 1].isspace():
        comma -= 1
    if not comma or sentence[comma - 1] != ",":
        return None
    lo = max(0, comma - 40)
    words = [(w.start() + lo, w.group()) for w in _SPACED.finditer(sentence, lo, comma - 1)][-4:]
    for k in range(len(words) - 1, -1, -1):
        at, word = words[k]
        if word.lower() in _PHRASE_OPENERS:
            return at if k < len(words) - 1 and all(w.islower() for _, w in words[k + 1:]) else None
        if not word.islower() and not word[0].isdigit():
            return None
    return None


_SPACED = compiled(r"\S+")


_WORD = compiled(r"\d+-(?:year|month)-old|[A-Za-z][\w'’-]*")
_WORD_SPLIT = compiled(f"({_WORD.pattern})")
# the same split of a text lower-cased that holds no "-old": the age alternative cannot match
# there, and "[A-Za-z]" is "[a-z]" in lower case; a pattern opening with a class lets the
# engine skip to a letter (one opening with a choice of "\d" or a letter tries every position)
_WORD_SPLIT_LOW = compiled(r"([a-z][\w'’-]*)")
_AGED = ("-year-old", "-month-old")
# (possessive: a name's word is followed by a space or by no more of the name, never by its own
# letters, so a shorter word never matched; the engine gives none back)
_NAME = compiled(r"(?P<name>[A-Z][a-z'’-]++(?:\s+(?:[A-Z]\.\s*)?[A-Z][a-z'’-]++){1,3})")
# the age before a name: "8-month-old Jordan Reeves" (read back from the name: a pattern that
# opens with an optional age is tried at every position, one that opens with a capital skips ahead)
_AGE_WORD = compiled(r"\d+-(?:year|month|week|day)-old$")


def _aged_from(sentence: str, start: int) -> int:
    """Where the name at ``start`` begins: at its age if one stands before it, spaces between."""
    end = start
    while end and sentence[end - 1].isspace():
        end -= 1
    # (an age ends in "-old": tested before the pattern, which is tried at each of 30 positions)
    m = _AGE_WORD.search(sentence, max(end - 30, 0), end) if end < start and sentence.endswith("-old", 0, end) else None
    if m is None:
        return start
    at = m.start()
    while at and sentence[at - 1].isdecimal():  # the whole number, however long
        at -= 1
    return at


_ARTICLES = frozenset({"a", "an", "another"})
_ANY_DIGIT = compiled(r"\d")
_NOT_IN_NP = frozenset({"and", "or", "of", "in", "at", "on", "with", "by", "for", "to", "from", "was", "were", "is", "are"})
_DIGIT = compiled(r"\d+(?!\d|st\b|nd\b|rd\b|th\b|[\s-]*(?:years?|yrs?|months?|weeks?|days?)\b)")  # not an age or rank: "an 11 year old boy", "an 8th teen"
# (possessive: what may follow the name, a comma, a space, "." or ";" or the end, is none of its
# letters, so a shorter name is never followed by it; the engine gives none back)
_NAME_APPOSED = compiled(r"(?P<name>[A-Z][a-z'’-]{2,}+)(?=,\s+(?:a|an|the)\s|\s+(?:who|in|on|at|near|inside|outside)\s|\s*[.;]|$)")
_COLLECTIVE = frozenset(data_json("victims.json")["collective"])
_NP_TOKEN = compiled(r"\s*(\([A-Z]{2,}\)|\d+-(?:year|month|week|day)-old|[A-Za-z][\w'’-]*)")


def _person_within(sentence: str, pos: int, limit: int = 7) -> int | None:
    """End of the first person noun within a few words of ``pos``, if the words between are one
    noun phrase ("intelligence official", "Afghan National Army (ANA) soldier")."""
    for _ in range(limit):
        m = _NP_TOKEN.match(sentence, pos)
        if not m:
            return None
        word = m.group(1)
        if word.lower() in ("in", "at", "on", "near", "and", "or", "who", "which", "that", "with", "after", "during", "from"):
            return None
        if word.lower() in _COLLECTIVE:
            return None  # "a family of five": the count follows
        if not word.startswith("(") and is_person_noun(word):
            return m.end()
        pos = m.end()
    return None


# "Khan and his son were killed": a named person coordinated with a counted group is one victim.
_GROUP = r"(?=(?:his|her|their|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b)"
_NAME_AND = compiled(r"(?:^|(?<=[,;:] ))(?P<name>[A-Z][a-z'’-]+(?:\s+(?:[A-Z]\.\s*)?[A-Z][a-z'’-]+){0,2})\s+and\s+" + _GROUP)
# its "and his", "and two" alone: a sentence without one holds no such pair (looked for first:
# the pattern tries every position)
_AND_GROUP_RX = compiled(AND_THEN + _GROUP)
_DEFINITE = frozenset({"the", "his", "her", "their", "this", "that"})
# Only these verbs make a thing a claim (destroyed, shot down, lost): elsewhere "a tank" or
# "a drone" is the weapon, not the loss.
_LOSS_WORDS = tuple(cues()["loss_words"])
_INTERCEPT_SEIZURE = tuple(cues()["intercept_seizure"])


def _of_losses(low: str) -> bool:
    """Whether a (lower-cased) sentence destroys, downs or loses something; "intercept" unless
    the sentence tells of a seizure (data/cues.json intercept_seizure): a drone carrying
    contraband intercepted at a border is seized, not shot down."""
    return holds_any(low, _LOSS_WORDS) or ("intercept" in low and not holds_any(low, _INTERCEPT_SEIZURE))
# ... and only as the verb's object or its subject: "a Russian tank destroyed by Ukrainian forces"
# under a photo is a description, not a count
_LOSS_BEFORE = compiled(r"(?:destroy(?:ed|ing|s)?|intercept(?:ed|ing|s)?|shot down|shoot(?:s|ing)? down|down(?:ed|ing|s)?|sank|sunk|lost|los(?:es|ing)|knocked out|eliminat(?:ed|ing|es))"
                          r"(?:,?\s+[\w'’-]+){0,6}?,?\s+(?:and\s+)?$", re.I)
_LOSS_AFTER = compiled(r"(?:\s+[\w'’-]+){0,5}?\s+(?:was|were|has\s+been|had\s+been|have\s+been|is|are|got)\s+(?:\w+\s+)?"
                         r"(?:destroyed|intercepted|shot\s+down|downed|sunk|sank|knocked\s+out|burned|burnt|eliminated|lost)\b", re.I)


@lru_cache(maxsize=1)
def _not_agents() -> frozenset[str]:
    """Words that end like a doer ("-er", "-or") but name no person: "water", "number"."""
    return frozenset(victim_tables()["not_agents"])


@lru_cache(maxsize=1)
def _two_word_heads() -> frozenset[str]:
    """The first word of every two-word person noun or piece of equipment."""
    return frozenset(w.split()[0] for w in single_nouns() | single_equipment() if len(w.split()) == 2)


@lru_cache(maxsize=2)
def _noun_keys(losses: bool) -> frozenset[str]:
    """The words that may start a singular victim: a person noun, the first word of a two-word
    one, and, in a sentence of losses, a piece of equipment."""
    return single_nouns() | _two_word_heads() | _before_a_verb() | (single_equipment() if losses else frozenset())


@lru_cache(maxsize=1)
def _before_a_verb() -> frozenset[str]:
    """Words that are a person only before a verb of their fate (data/victims.json nouns_before_a_verb)."""
    return frozenset(victim_tables()["nouns_before_a_verb"])


@lru_cache(maxsize=1)
def _fate_after() -> frozenset[str]:
    return frozenset(victim_tables()["fate_after_noun"])


def _singulars(sentence: str, low: str) -> list[tuple[int, str]]:
    """(offset, article) of each "a/an/the … <person noun>" ("a 25-year-old man", "the officer",
    "a 19-year-old"): one person; or one piece of military equipment ("a Russian jet") in a
    sentence that destroys or downs something. Word by word with set lookups: far cheaper than
    a regex alternation of every noun at every position."""
    # the words and the text between them, alternately: offsets are the sums of their lengths
    aged = "-old" in low  # (every word ending in an age holds it)
    if aged or "\u0130" in sentence or "\u212a" in sentence:
        parts = _WORD_SPLIT.split(sentence)
        if len(parts) == 1:
            return []
        # the words lower-cased in one call (no word holds a space, and lower-casing makes none)
        lows = " ".join(parts[1::2]).lower().split(" ")
    else:
        # the text lower-cased splits into the same words at the same offsets: lower-casing
        # keeps every character's length and class but "İ" and the Kelvin sign's (into "i̇",
        # "k"), and the pattern's one case-sensitive part is an age ("5-year-old")
        parts = _WORD_SPLIT_LOW.split(low)
        if len(parts) == 1:
            return []
        lows = parts[1::2]
    # only a word that may be a noun, or the first of a two-word one, is looked at closely: the
    # sentence's words that are such keys, in one set operation, then their places. A third of
    # the sentences hold no key even of the larger set (equipment too): whether a sentence is one
    # of losses is asked only of the rest
    keys = _noun_keys(True).intersection(lows)
    # an aircraft by its model ("a Su-25") in a sentence of losses: a word with a hyphen and a digit
    models = {w for w in lows if "-" in w and w[-1].isalnum() and model_word().fullmatch(w)} \
        if "-" in low and _of_losses(low) else set()
    if not keys and not aged and not models:
        return []
    losses = _of_losses(low)
    hits = keys if losses else _noun_keys(False).intersection(keys)  # (_noun_keys(False) is part of _noun_keys(True))
    hits = hits | models if models else hits
    if not hits and not aged:
        return []
    nouns = [j for j, w in enumerate(lows) if w in hits or w.endswith(_AGED)] if aged else [j for j, w in enumerate(lows) if w in hits]
    if not nouns:
        return []
    singles, heads = single_nouns(), _two_word_heads()
    things = single_equipment() if losses else frozenset()
    body = victim_tables()["body_parts"]
    ends = list(accumulate(map(len, parts)))  # word i runs from ends[2 * i] to ends[2 * i + 1]
    n = len(lows)
    out: list[tuple[int, str]] = []
    used: set[int] = set()
    for j in nouns:
        w = lows[j]
        # two words make a noun only after the first word of a two-word one ("police officer")
        two = f"{w} {lows[j + 1]}" if j + 1 < n and w in heads else ""
        is_noun = w in singles or two in singles or w.endswith(_AGED) \
            or w in _before_a_verb() and (j + 1 == n or lows[j + 1] in _fate_after())
        if w in models and j + 1 < n and lows[j + 1] in not_aircraft_after():
            continue  # "an F-16 simulator", "a Su-25 hangar": another thing, named by the model
        if not is_noun and things and (w in things or two in things or w in models):
            noun_end = ends[2 * j + 3] if two in things else ends[2 * j + 1]
            is_noun = bool(_LOSS_AFTER.match(sentence, noun_end) or _LOSS_BEFORE.search(sentence, max(ends[2 * j] - 90, 0), ends[2 * j]))
        if not is_noun:
            continue
        if j + 1 < n and lows[j + 1] in _NOUN_AFTER_ADJECTIVE:
            continue  # "the first civilian deaths": an adjective, not a person
        if w in body and j >= 2 and lows[j - 2] in ("in", "to", "into", "through", "on"):
            continue  # "shot in the head"
        # the words before the noun, nearest first, up to six (each test below ends the phrase;
        # their order is no matter)
        for i in range(j - 1, max(j - 7, -1), -1):
            art = lows[i]
            if i in used or art in _NOT_IN_NP:
                break  # "the border police and 1 member": two phrases, not one
            end, gap = ends[2 * i + 1], ends[2 * i + 2]  # the word's end, the next word's start
            if j - i > 4 and not sentence[gap].isupper():
                break  # beyond four words only a name's words: "a Palm Beach State College student"
            # what stands between this word and the next: one space, most often, which holds no
            # digit and no punctuation (no word holds punctuation)
            if gap - end != 1 or sentence[end] != " ":
                # (the first number after the word starts before the next word only if the space
                # between them holds a digit: looked for there first, not in the rest of the sentence)
                if _ANY_DIGIT.search(sentence, end, gap) and (d := _DIGIT.search(sentence, end)) and d.start() < gap:
                    break
                # punctuation between: not one noun phrase (the text between the next words
                # and the noun was read at the steps before)
                if _PUNCT.search(sentence, end, gap):
                    break
            if art in _ARTICLES or (art in _DEFINITE and j - i <= 4 and not w.endswith(_AGED)):
                out.append((ends[2 * i], sentence[ends[2 * i]:end]))
                used.add(i)
                break
    return out


_ANOTHER_OBJECT = compiled(r"\b(?:killed|killing|wounded|wounding|injured|injuring|shot|shooting|hurt|hurting|hit|hitting|struck|striking)\s+(another)"
                             r"(?=\s*(?:[,.;:]|$)|\s+(?:in|at|on|and|before|after|during|with|near|as|when|while|who)\b)", re.I)
_AGE_AFTER = compiled(r",\s*\d{1,2}\s*[,)]")
_PREDICATE_BEFORE = compiled(r"\b(?:believed|thought|said|reported|confirmed|known|presumed)\s+to\s+be\s+$|\b(?:identified|described)\s+as\s+$", re.I)
_BOTH_NAMES = compiled(r"\s+(?:[A-Z][\w'’.-]*\s+){1,3}?and\s+(?:[A-Z][\w'’.-]*\s*){1,3}")
_LOCATIVE = compiled(r"\b(?:in|at|near|from|outside|of|into)\s+$", re.I)
_PUNCT = compiled(r"[^\w\s'’-]")
# "suffered losses of $3 million": money, not people
_MONEY_LOSSES = compiled(r"\s*losses\s+(?:of|worth|totaling|totalling|amounting to)\s+(?:about\s+|around\s+|nearly\s+|over\s+|more than\s+)?[$€£]", re.I)
# ("a second" only before "was": "fired a second shot" is no person)
_ANOTHER = compiled(r"\b([Aa]nother|[Tt]he other|[Aa] (?:second|third)(?=\s+(?:was|is)\s))\s+(?=(?:(?:was|were|is)\s+)?(?:\w+ly\s+)?(?i:injured|wounded|hurt|killed|shot)\b)")
_NOUN_AFTER_ADJECTIVE = frozenset(data_json("victims.json")["nouns_after_adjective"])
_AND_BEFORE = compiled(r"(?:,\s*\d{1,2})?,?\s+and\s+$")
