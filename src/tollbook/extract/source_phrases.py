"""The source phrase of an attribution, walked on a sentence's tokens: where the noun phrase
before a cue begins ("Olena Kovalenko, a spokeswoman for the regional administration, said"),
where the one after it ends ("said Dean Baker, co-director of the centre"), and what cuts it
off (appositions, coordinated names, circumstances, dates).

Pure functions over :class:`Token` lists; the words are data (``data/attribution.json``, read
into :class:`CueLexicon`). extract/speakers.py finds the cues and calls these.
"""
from __future__ import annotations

import re

from dataclasses import dataclass
from typing import Callable
from functools import lru_cache

from ..regexes import compiled
from ..lexicon import data_json
from ..records import Span
from ..resolve import country_in, find_location, lookup_entity, normalise, party_tables, role_kind
from ..victims import is_person_noun
from .attribution import roles

# Words (with inner apostrophes, dots and hyphens: "Russia's", "U.S.", "pro-Kremlin"), or one
# punctuation mark. Linear: no alternative can match what another started. (An initialism's
# first two letters are written out, where "(?:[A-Za-z]\.){2,}" had the engine set up a repeat
# at every position: a sixth of the pattern's time; a word's inner marks are read possessively,
# "*+": nothing follows them to give any back to, and the engine keeps no state to backtrack.)
_TOKEN = compiled(r"[A-Za-z]\.[A-Za-z]\.(?:[A-Za-z]\.)*|\w+(?:[’'´.\-]\w+)*+|[^\w\s]")
# The same tokens of ASCII text, its classes written out: "\w" and "\s" ask Unicode's tables
# of each character, a class of ASCII characters is one look-up (a fifth faster over a
# sentence). In ASCII text "\w" is [A-Za-z0-9_], "\s" a space, \t\n\v\f\r and \x1c-\x1f.
_ASCII_TOKEN = compiled(r"[A-Za-z]\.[A-Za-z]\.(?:[A-Za-z]\.)*|[A-Za-z0-9_]+(?:['.\-][A-Za-z0-9_]+)*+"
                        r"|[^A-Za-z0-9_\t\n\x0b\x0c\r\x1c-\x1f ]")
_BOUNDARY_PUNCT = frozenset(",;:()[]—–“”\"‘’")
DETERMINERS = frozenset("the a an his her their its our my your this these those some many several two three four "
                         "other another one both each most all any no".split())
PREPOSITIONS = frozenset("of for at in from with on by to over under near about among between against within".split())
# a source of more tokens than this is a clause, not a speaker
MAX_SOURCE = 16


class Token:
    """A word or mark of a sentence (offsets in the sentence). A plain slotted class, not a
    frozen dataclass: built for every token of every sentence read, it is built at half the cost."""

    __slots__ = ("text", "lower", "start", "end")

    def __init__(self, text: str, lower: str, start: int, end: int) -> None:
        self.text = text
        self.lower = lower
        self.start = start
        self.end = end

    @property
    def word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def capital(self) -> bool:
        return self.text[0].isupper()


@dataclass(frozen=True)
class CueLexicon:
    verbs: dict[str, int]  # first word -> longest cue length in words
    phrases: frozenset[str]
    between: frozenset[str]
    pronouns: frozenset[str]
    clause: frozenset[str]
    not_sources: frozenset[str]
    verbish: frozenset[str]
    time_words: frozenset[str]
    be_forms: frozenset[str]
    modals: frozenset[str]
    relatives: frozenset[str]
    quotation_only: frozenset[str] = frozenset()  # cues only where what they say is a quotation


@lru_cache(maxsize=1)
def cue_lexicon() -> CueLexicon:
    d = data_json("attribution.json")
    verbs: dict[str, int] = {}
    quoting = d.get("quotation_verbs", [])
    for v in list(d["verbs"]) + quoting:
        first = v.split()[0]
        verbs[first] = max(verbs.get(first, 0), len(v.split()))
    return CueLexicon(verbs, frozenset(d["verbs"]) | frozenset(quoting), frozenset(d["between"]),
                    frozenset(d["pronouns"]), frozenset(d["clause_words"]), frozenset(d["not_sources"]),
                    frozenset(d["verbish"]), frozenset(d["time_words"]),
                    frozenset(d["be_forms"]), frozenset(d["modals"]), frozenset(d["relatives"]), frozenset(quoting))


def tokens(text: str) -> list[Token]:
    return tokens_at(text, frozenset())[0]


def tokens_at(text: str, words: frozenset[str]) -> tuple[list[Token], list[int]]:
    """The tokens of ``text``, and the indices of those whose lower case is one of ``words``,
    found as the tokens are made (the walk of speakers.py reads from those only)."""
    out: list[Token] = []
    at: list[int] = []
    for m in (_ASCII_TOKEN if text.isascii() else _TOKEN).finditer(text):
        w = m.group()
        low = w.lower()
        if low in words:
            at.append(len(out))
        start, end = m.span()
        out.append(Token(w, low, start, end))
    return out, at


YEAR = compiled(r"(?:1[89]|20)\d\d")


def after_with(toks: list[Token], j: int) -> bool:
    """Whether the noun phrase ending at ``j`` follows "with" ("with the UN estimating")."""
    for x in range(j, max(-1, j - 7), -1):
        if not toks[x].word:
            return False
        if toks[x].lower == "with":
            return x < j
    return False


def clause_subject(toks: list[Token], j: int) -> Span | None:
    """The subject that opens the sentence, for a cue coordinated with its first verb ("The
    judge rubbed his chin, and then said …"): a pronoun or a short name."""
    k = 0
    while k < j and not toks[k].word:
        k += 1
    if k >= j:
        return None
    if toks[k].lower in cue_lexicon().pronouns and toks[k].lower not in ("who", "which", "it"):
        return Span(toks[k].start, toks[k].end)
    end = np_forward(toks, k, allow_apposition=False)
    if end is None or end - k > 4 or end >= j or not toks[end].word or toks[end].capital:
        return None
    if toks[end].lower in cue_lexicon().clause or any(not x.capital and x.lower.endswith("ed") for x in toks[k + 1:end]):
        return None  # "Graham called both parties … and said": the phrase ran over its verb
    if not (toks[k].capital or toks[k].lower in DETERMINERS):
        return None
    return Span(toks[k].start, toks[end - 1].end)


@lru_cache(maxsize=1)
def _names_with_to() -> frozenset[str]:
    """The head words of names that hold "to" (data/attribution.json ``names_with_to``)."""
    return frozenset(data_json("attribution.json")["names_with_to"])


# words ending in "ing" that open no participle's phrase (data/attribution.json)
_NOT_PARTICIPLES = frozenset(data_json("attribution.json")["not_participles"])


def np_back(toks: list[Token], j: int) -> int | None:
    """The first token of the noun phrase ending at ``j``, if its left edge is a clause edge."""
    lex = cue_lexicon()
    k = j
    while True:
        if j - k + 1 > MAX_SOURCE:
            return None
        if k == 0:
            break
        p = toks[k - 1]
        if not p.word:
            if p.text == ")":
                # "Sen. Bernie Sanders (I-Vt.)": a short parenthesis inside the phrase
                o = next((x for x in range(k - 2, max(-1, k - 8), -1) if toks[x].text == "("), None)
                if o is not None and o > 0 and toks[o - 1].word:
                    k = o
                    continue
                break
            if p.text in ("-", "'", "’", ".", "&") and k - 2 >= 0 and toks[k - 2].word and p.text != "." \
                    and not (p.text == "-" and p.start > toks[k - 2].end):
                k -= 1  # (not a dash with a space before it: "an old favorite - others say")
                continue
            if p.text == "." and k - 2 >= 0 and toks[k - 2].capital and len(toks[k - 2].text) <= 3:
                k -= 1  # "Mr." "Gen."
                continue
            break
        if p.lower == "and" and _coordinated_start(toks, k - 1):
            k = _first_word(toks)  # "The court and the ministry said": both speak
            break
        if p.lower in lex.clause or p.lower in lex.relatives:
            break
        if p.lower == "to" and k >= 2 and toks[k].capital and toks[k - 2].capital and toks[k - 2].lower in _names_with_to():
            k -= 1  # "the Committee to Protect Journalists", "the Special Envoy to Sudan": inside a name
            continue
        if p.lower in lex.verbish or p.lower in lex.verbs and not p.capital:
            if not (p.lower == "to" and k == 2 and toks[0].lower.endswith("ing")):
                return None  # (but "Speaking to Reuters the official": cut below)
        k -= 1
    words = toks[k:j + 1]
    if k == 0 and len(words) > 3 and words[0].lower.endswith("ing") and words[0].lower not in _NOT_PARTICIPLES \
            and words[1].lower in PREPOSITIONS:
        # "Speaking to Reuters the official said": a leading participle's phrase is no speaker
        # (at the last determiner not right after a preposition: "Speaking at the funeral of a
        # soldier the mayor" is the mayor's, "Speaking to the BBC the widow of a Ukrainian
        # officer" the widow's)
        cut = next((x for x in range(len(words) - 1, 2, -1) if words[x].lower in DETERMINERS
                    and words[x - 1].lower not in PREPOSITIONS and words[x - 1].lower not in ("and", "or")), None)
        if cut is not None:
            k += cut
            words = toks[k:j + 1]
        elif words[1].lower == "to":
            return None  # ("Talking to reporters Zelensky": where the speaker starts is not seen)
    # "In a statement the ministry" / "On Tuesday the ministry": a leading adjunct is no speaker
    # (but "about four in ten voters", "at least half of voters": a quantity)
    if words[0].lower in PREPOSITIONS and not _quantity_at(words):
        cut = next((x for x in range(len(words) - 1, 0, -1) if words[x].lower in DETERMINERS), None)
        if cut is None and len(words) > 2 and not words[-1].capital and words[-1].lower in roles():
            cut = len(words) - 1  # "In Sumy region officials said"
        if cut is None and words[0].lower == "with" and 1 < len(words) <= 6 and words[-1].capital:
            cut = 1  # "with independent news outlet SOTA suggesting that …"
        if cut is None:
            return None
        k += cut
        words = toks[k:j + 1]
    if words[0].lower in lex.not_sources or words[-1].lower in PREPOSITIONS or words[-1].lower in DETERMINERS:
        return None
    if words[-1].lower in lex.time_words:
        return None
    if len(words) > 1 and words[-2].lower in PREPOSITIONS and words[-1].text.replace(",", "").isdigit():
        return None  # a count, not who speaks: "…, up from 18 reported on Monday"
    if len(words) > 6 and all(not w.capital for w in words):
        return None
    if words[0].lower == "both" and len(words) > 3:
        k += 1  # "Both Mr. King and Mr. Schultz say": the two, without the quantifier
    return k


# how many tokens a relative clause before a cue may hold ("who was captured near Kupiansk")
_RELATIVE_REACH = 10


def relative_back(toks: list[Token], j: int) -> int | None:
    """The first token of a noun phrase and the relative clause after it that end at ``j``, the
    subject of the cue after ``j``: "A Russian soldier who surrendered said", "a medic who fought
    in Bakhmut told". ``None`` where no "who" opens a clause of a few plain words (no comma, no
    other cue or clause word) right after a noun phrase, or where the clause opens with no verb
    ("the man who police say shot …": the police speak)."""
    lex = cue_lexicon()
    w = j
    while w > max(0, j - _RELATIVE_REACH) and toks[w].lower != "who":
        t = toks[w]
        if not t.word or t.lower in lex.clause or t.lower in lex.relatives or t.lower in lex.verbs:
            return None
        w -= 1
    if toks[w].lower != "who" or w == j or w == 0 or not toks[w - 1].word:
        return None
    after = toks[w + 1].lower
    if not (after in lex.be_forms or after in ("has", "had", "have") or after.endswith("ed") or after in _relative_verbs()):
        return None  # ("who police say shot", "who Russia says": another speaks inside)
    return np_back(toks, w - 1)


@lru_cache(maxsize=1)
def _relative_verbs() -> frozenset[str]:
    return frozenset(data_json("attribution.json")["relative_verbs"])


_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten dozen dozens half".split())
_TIME_UNITS = frozenset("minutes hours days weeks months years decades".split())


def _quantity_at(words: list[Token]) -> bool:
    """Whether a phrase opens with a quantity, not a preposition: "about four in ten", "at least
    half of", "over 60 percent of"."""
    k = 2 if len(words) > 2 and words[0].lower == "at" and words[1].lower in ("least", "most") else 1
    if words[0].lower not in ("about", "at", "over", "under") or k == 1 and words[0].lower == "at" or k >= len(words):
        return False
    w = words[k].lower
    if k + 1 < len(words) and words[k + 1].lower in _TIME_UNITS:
        return False  # "Over three days the ministry said": a span of time, no quantity of speakers
    return w[:1].isdigit() or w in _NUMBER_WORDS


def _first_word(toks: list[Token]) -> int:
    k = 0
    while k < len(toks) and not toks[k].word:
        k += 1
    return k


def _coordinated_start(toks: list[Token], a: int) -> bool:
    """Whether the words before the "and" at ``a`` are a short noun phrase that opens the
    sentence ("The State Department and the Pentagon said"): then both are the source."""
    lex = cue_lexicon()
    k = _first_word(toks)
    if a - k < 1 or a - k > 6:
        return False
    first = toks[k]
    if not (first.capital or first.lower in DETERMINERS) or first.lower in lex.not_sources:
        return False
    if first.lower in lex.pronouns or first.lower in lex.clause or first.lower in PREPOSITIONS:
        return False
    for x in toks[k:a]:
        if not x.word and x.text not in (".", "-", "’", "'", ","):
            return False
        if x.lower in lex.clause or x.lower in lex.verbish or x.lower in lex.relatives or x.lower in lex.be_forms \
                or x.lower in lex.verbs and not x.capital or x.lower in lex.time_words or x.lower in lex.modals \
                or not x.capital and x.lower.endswith("ed"):
            return False
    return True


def _doing(t: Token) -> bool:
    """Whether a token after a comma opens what someone was doing ("speaking to reporters")."""
    return t.word and not t.capital and t.lower.endswith("ing") and len(t.lower) > 4


def circumstance_cut(toks: list[Token], start: int, j: int) -> int:
    """The last token of a source "NAME, <what they were doing>," before a cue: "Trump,
    speaking to a veterans group, said" is Trump's; "Clinton, at a later press gaggle, said"
    Clinton's. A description proper ("Flynn, a top surrogate,") stays in the source, and so
    does where a person is from after their age ("Ivan Sirko, 54, of the valley road,")."""
    p = j - 1  # the last comma after start, if any
    while p > start and toks[p].text != ",":
        p -= 1
    if p <= start or p + 1 >= j or p - 1 < start:
        return j - 1
    desc = toks[p + 1]
    if desc.lower == "of" and toks[p - 1].text.isdigit() and p - 2 > start and toks[p - 2].text == ",":
        return j - 1
    if _doing(desc) or desc.lower in PREPOSITIONS or desc.lower in ("like", "unlike"):
        return p - 1
    return j - 1


def apposition_back(toks: list[Token], j: int) -> int | None:
    """"NAME, a DESCRIPTION," before a cue: the start of NAME, if the phrase has that shape.
    A description with a comma of its own ("Ivan Sirko, a delegate from Austin, Texas, said",
    "Ivan Sirko, head of the council, a regional body, said") runs back to the name before it;
    so does an age ("Ivan Sirko, 54, a farmer, said")."""
    start = _apposed(toks, j)
    if start is None:
        return None
    return _name_before(toks, start) if toks[start].word and not toks[start].capital else start


def _name_before(toks: list[Token], start: int) -> int:
    """The start of the name ", "-apposed before a description that starts at ``start`` (over an
    age: "Ivan Sirko, 54, a farmer"), where a name opens the sentence; else ``start``."""
    lex = cue_lexicon()
    e = start - 2  # the name's last token, before the comma
    if e >= 2 and toks[e].text.isdigit() and len(toks[e].text) <= 3 and toks[e - 1].text == ",":
        e -= 2  # "Ivan Sirko, 54,"
    if e < 0 or start < 2 or toks[start - 1].text != ",":
        return start
    k = e
    while k >= 0 and (toks[k].capital or toks[k].text in (".", "-", "’", "'")) and e - k < 6:
        k -= 1
    k += 1
    first = _first_word(toks)
    if k > e or k != first or not toks[k].capital or not toks[e].capital:
        return start
    if any(t.lower in lex.clause or t.lower in lex.time_words or t.lower in PREPOSITIONS or t.lower in lex.pronouns
           or t.lower in DETERMINERS for t in toks[k:e + 1]):
        return start  # "Meanwhile, …", "On Tuesday, …", "The …": no name of a speaker
    return k


def _apposed(toks: list[Token], j: int) -> int | None:
    lex = cue_lexicon()
    p = j - 1
    while p >= 0 and toks[p].text != ",":
        if toks[p].text in _BOUNDARY_PUNCT or toks[p].lower in lex.be_forms or j - p > MAX_SOURCE:
            return None
        p -= 1
    if p < 1 or p == j - 1:
        return None
    desc = toks[p + 1]
    if desc.lower in lex.clause or desc.lower in lex.pronouns and desc.lower not in ("who", "which"):
        return None
    described = p + 1  # the first token after the comma that is no part of a name (a capital, "." or "-")
    if desc.lower == "the" and p + 2 < j:
        described += 1  # "Ukraine's intelligence agency, the HUR, said": a name with its article
    while described < j and (toks[described].capital or toks[described].text in (".", "-")):
        described += 1
    if described == j:
        # "A top strategist, John Weaver, tells": the name second, the description first, which
        # opens with an article or a small word, or ends in one ("Ukraine's intelligence agency,
        # HUR,"; not a list of names, "Kovalenko, Sirko, said")
        start = np_back(toks, p - 1)
        if start is None or not (toks[start].lower in DETERMINERS or not toks[start].capital
                                 or toks[p - 1].word and not toks[p - 1].capital):
            return None
        return start
    if not (desc.lower in DETERMINERS or desc.lower in ("who", "whose", "which") or not desc.capital):
        return None
    name_end = p - 1
    if toks[name_end].text == ")":
        # "Rep. Jim Clyburn (D-S.C.), a member of …"
        o = next((x for x in range(name_end - 1, max(-1, name_end - 7), -1) if toks[x].text == "("), None)
        if o is None or o == 0:
            return None
        name_end = o - 1
    if not toks[name_end].capital:
        # "An Israeli official, speaking on condition of anonymity, said", "The health ministry,
        # which does not say who died, said": what a common noun's speaker was doing, or a
        # relative clause, describes no name: the speaker is the noun phrase before it
        if toks[name_end].word and (_doing(desc) or desc.lower in ("who", "whose", "which")) and toks[name_end].lower not in lex.pronouns:
            start = np_back(toks, name_end)
            if start is not None and _articles_inside(toks, start, name_end):
                return None  # "a drone hit a building, injuring 12, said X": a clause, not a speaker
            return start
        # a description of a name before it ("Ivan Sirko, head of the council, a regional body,";
        # "Ivan Sirko, 54, a farmer,"): from the name
        if toks[name_end].word and toks[name_end].lower not in lex.pronouns:
            start = np_back(toks, name_end)
            if start is not None and _name_before(toks, start) != start:
                return _name_before(toks, start)
        return None
    return np_back(toks, name_end)


def _articles_inside(toks: list[Token], start: int, end: int) -> bool:
    """Whether an article stands inside the words ``start..end`` other than after a preposition
    ("the head of the council" is one phrase; "a drone hit a building" a clause)."""
    # (nor after "and": "the mayor and the police chief" are two speakers)
    return any(toks[x].lower in ("a", "an", "the") and toks[x - 1].lower not in PREPOSITIONS
               and toks[x - 1].lower not in ("and", "or") and toks[x - 1].word for x in range(start + 1, end + 1))


def np_forward(toks: list[Token], k: int, allow_apposition: bool, inverted: bool = False,
                coordination: bool = False) -> int | None:
    """The end (exclusive) of the noun phrase starting at ``k``, up to a clause edge."""
    lex = cue_lexicon()
    n = len(toks)
    if k >= n or not toks[k].word:
        return None
    first = toks[k]
    if first.lower in PREPOSITIONS or first.lower in lex.time_words:
        return None  # "said on the same call", "said Saturday": an adjunct, not a speaker
    if first.lower in lex.pronouns:
        return k + 1 if first.lower not in ("who", "which", "it") else None
    if not (first.capital or first.lower in DETERMINERS or first.lower not in lex.not_sources):
        return None
    e = k
    while e < n and e - k < MAX_SOURCE:
        x = toks[e]
        if not x.word:
            if x.text in ("-", "&", "'", "’", "/") and e + 1 < n and toks[e + 1].word:
                e += 1
                continue
            if x.text == "." and e > k and toks[e - 1].capital and len(toks[e - 1].text) <= 3 and e + 1 < n:
                e += 1
                continue
            if x.text == "(" and e > k and toks[e - 1].capital and (c := _short_parenthesis(toks, e)) is not None:
                e = c + 1  # "said Rep. Ivan Sirko (D-Texas)": the party and state are part of the name
                continue
            break
        if coordination and e > k and x.lower in ("and", "or") and e + 1 < n and toks[e + 1].word \
                and (toks[e + 1].capital or toks[e + 1].lower in DETERMINERS or toks[e + 1].lower not in lex.clause
                     and toks[e + 1].lower not in lex.pronouns and toks[e + 1].lower not in lex.verbish
                     and toks[e + 1].lower not in lex.verbs and toks[e + 1].lower not in PREPOSITIONS):
            e += 1  # "according to exit polls for the networks and the AP"
            continue
        if e > k and (x.lower in lex.clause or x.lower in lex.verbish
                      or x.lower in lex.verbs and not (coordination and x.lower.endswith("s"))) and not x.capital:
            break  # but "according to press reports": a noun there
        if e > k and inverted and x.lower in ("in", "on") and e + 1 < n and (toks[e + 1].lower in DETERMINERS or toks[e + 1].lower in lex.time_words):
            break
        if e > k and x.lower in ("in", "on", "since") and e + 1 < n and YEAR.fullmatch(toks[e + 1].text):
            break  # "rejected by the council in 2015": a date, not part of the agent
        if e > k and x.lower in lex.time_words and not x.capital:
            break
        if e > k and x.capital and x.lower in lex.time_words and toks[e - 1].lower in ("on", "last", "this"):
            e -= 1
            break
        e += 1
    if e == k:
        return None
    if e < n and toks[e].lower in lex.time_words:
        while e > k + 1 and toks[e - 1].lower in _TIME_MODIFIERS:
            e -= 1  # "a poll taken last week": "last" is the date's
    while e > k and (toks[e - 1].lower in PREPOSITIONS or toks[e - 1].lower in DETERMINERS):
        e -= 1
    if e == k or e - k >= MAX_SOURCE:
        return None
    if allow_apposition and e < n and toks[e].text == ",":
        # "said Olena Kovalenko, a spokeswoman for the administration."
        # "said Dean Baker, co-director of the centre, a liberal think tank.": appositions in a
        # row, up to the end of the sentence
        d = e + 1
        for _ in range(4):
            if not (d < n and toks[d].word and (_opens_apposition(toks[d]) or toks[d].lower == "of" and d + 1 < n
                                                and toks[d + 1].capital)):
                break
            f = d
            while f < n and f - d < 2 * MAX_SOURCE and toks[f].text not in (",", ".", ";", ":", "”", "\"", "(", ")"):
                f += 1
            if f == n or toks[f].text == "." and f == n - 1:
                return f
            if not (f < n and toks[f].text == ","):
                break
            if f + 1 < n and toks[f + 1].lower in ("in", "on", "at", "during", "via"):
                return f  # "…, a spokesman for the ministry, in a statement."
            d = f + 1
    return e


# the words before a time word that belong to the date ("last week", "early Monday")
_TIME_MODIFIERS = frozenset({"last", "this", "next", "early", "late", "earlier", "later"})


def _short_parenthesis(toks: list[Token], o: int) -> int | None:
    """The ")" closing a short parenthesis opened at ``o`` whose first word is a capital
    ("(D-Texas)", "(I-Vt.)"), else ``None``."""
    if o + 1 >= len(toks) or not toks[o + 1].capital:
        return None
    return next((x for x in range(o + 2, min(len(toks), o + 8)) if toks[x].text == ")"), None)


def _opens_apposition(t: Token) -> bool:
    """"a spokeswoman", "who", "co-director": the first word of a description after a name."""
    lex = cue_lexicon()
    if t.lower in DETERMINERS or t.lower in ("who", "whose"):
        return True
    if t.capital and (t.lower.endswith("'s") or t.lower.endswith("’s")):
        return True  # "Facebook's vice president'
    return not t.capital and t.lower not in lex.clause and t.lower not in lex.verbish and t.lower not in PREPOSITIONS \
        and t.lower not in lex.pronouns and t.lower not in lex.verbs and t.lower not in lex.time_words \
        and not t.lower.endswith("ing") and not t.lower.endswith("ly")


# a party's report as a source: "the General Staff's daily update", "Kyiv's latest figures"
_REPORT_OF = compiled(r"(?P<owner>.+?)['’]s\s+(?:(?:daily|latest|last|new|weekly|nightly|morning|evening|official|regular|"
                      r"intelligence|own)\s+){0,2}(?:update|report|statement|bulletin|summary|briefing|figures|data|tally|"
                      r"count|estimate|estimates|assessment|telegram\s+channel)s?\s*$", re.I)
# a count named by its source: "data from the ministry", "the latest figures released by Kyiv"
_DATA_FROM = compiled(r"(?:the\s+|new\s+|latest\s+|official\s+|preliminary\s+){0,3}(?:data|figures|estimates?|statistics|tally|count)\s+"
                      r"(?:(?:released|published|compiled|provided|issued|gathered)\s+)?(?:from|by|of)\s+(?P<owner>\S.*)$", re.I)


def report_owner(words: str, speaks: Callable[[str], bool]) -> tuple[int, int] | None:
    """Where, in a source phrase naming a report or figures, the party they are of stands: "the
    General Staff's daily update" (the General Staff), "data from the UN human rights office"
    (the office). ``None`` where no such party
    is named: a day's ("Tuesday's bulletin", "data from Monday"), a place the figures come from
    ("data from Donetsk"; a country or a capital may speak: "figures from Ukraine", "from Kyiv"), or words ``speaks`` does
    not take for someone who speaks."""
    r = _REPORT_OF.match(words) if "s " in words else None
    if r is None:
        r = _DATA_FROM.match(words)
        if r is None:
            return None
        place = find_location("in " + r.group("owner"))
        if place is not None and place.name != place.country and place.text.lower() == r.group("owner").lower().removeprefix("the ") \
                and normalise(r.group("owner")) not in party_tables().whole:
            return None  # (a capital named for its state is who speaks: "figures from Kyiv")
    owner = r.group("owner")
    if _REPORT_OF.match(owner) is not None or owner.split()[-1].lower() in cue_lexicon().time_words or not speaks(owner):
        return None
    return r.start("owner"), r.end("owner")


def speaks(words: str) -> bool:
    """Whether words name someone who can speak: a known party or role, a person ("the boy's
    mother"), a name; not a thing ("One such image", "Discovery of the mass grave") nor a
    dateline in capitals."""
    w = words.strip()
    if not w or ":" in w:
        return False
    split = w.split()
    if w.isupper() and len(split) > 1:
        return False
    if lookup_entity(w) or role_kind(w) or country_in(w):
        return True
    for x in split:
        x = x.strip("'’,").removesuffix("'s").removesuffix("’s")
        if is_person_noun(x) or x[-1:] == "s" and is_person_noun(x[:-1]):
            return True  # "Nathan's mother", "Moscow-backed separatists in the region", "pro-Iranian militias"
    # ends in a name (its last word capitalised); not a thing, unless the thing's word is
    # part of the name ("the Institute for the Study of War"; not "Discovery of the grave")
    return split[-1][:1].isupper() and not any(m.start() == 0 or not w[m.start()].isupper() for m in _THINGS.finditer(w))


# a thing's words: what shows or states, no one who speaks ("One such image", "Discovery of the grave")
_THINGS = compiled(r"\b(?:image|images|photo|photos|photograph|video|footage|report|reports|discovery|data|figures|"
                     r"analysis|study|survey|poll|document|documents|records)\b", re.I)
