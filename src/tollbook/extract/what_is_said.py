"""What a cue says in its sentence: the words after it ("said that 12 died", "said on Sunday
24 soldiers died", "said, without providing evidence, that …", "said about 40 sailors drowned"),
read on the sentence's tokens (source_phrases.tokens). speakers.py finds the cues and their
sources; this module, where what they say begins and ends."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..regexes import compiled
from ..lexicon import data_json
from ..records import Span, _quick_init
from .numbers import parse_words
from .source_phrases import MAX_SOURCE, YEAR, Token, cue_lexicon

QUOTES_OPEN = frozenset("“\"‘")
QUOTES_CLOSE = frozenset("”\"’")
# the marks between what is said and an inverted cue (", she said", "—he said")
_TRAILING = frozenset({",", ":", ";", "—", "–", "-", "'"}) | QUOTES_CLOSE


@_quick_init
@dataclass(frozen=True)
class InSentence:
    """An attribution inside one sentence (offsets in the sentence)."""

    cue: Span
    source: Span | None
    content: Span | None
    content_before: bool = False  # the content is what precedes the cue (", she said.")
    more: Span | None = None  # and what follows it: "…, the minister told reporters, with 60 others injured"



# words that open an adjunct after a cue, not what is said: "said in a statement"
ADJUNCT_START = frozenset("in on at during via from after before while when late early last of about".split())
# the scale words a count may open with after "a" ("about a dozen"), or be ("about half")
_SCALES = frozenset({"dozen", "score", "hundred", "thousand", "million"})
_VAGUE_COUNTS = frozenset({"half", "dozens", "scores", "hundreds", "thousands", "millions"})
_CLOCK = ("a.m", "p.m", "am", "pm", "o'clock", "hours", "hrs", "gmt", "utc")


def _count_at(toks: list[Token], k: int) -> bool:
    """Whether a count starts at token ``k``: "40", "forty", "a dozen", "half", "hundreds". After
    a cue, "about" before one is "roughly" ("said about 40 sailors drowned"), not a topic."""
    if k >= len(toks):
        return False
    w = toks[k].lower
    if w[:1].isdigit():
        # not a time of day: "responded about 2 a.m.", "about 2:30", "about 10pm"
        after = toks[k + 1].lower if k + 1 < len(toks) else ""
        return w.isdigit() and after != ":" and not after.startswith(_CLOCK) or w.replace(",", "").isdigit() and "," in w
    if w in _VAGUE_COUNTS or parse_words(w) is not None:
        return True
    return w in ("a", "an") and k + 1 < len(toks) and toks[k + 1].lower in _SCALES


# cues after which "of" names a topic ("said of the assault"); after others it opens what is
# said ("warns of terror as two were killed", "put the death toll of soldiers at 2,870")
_SAID = frozenset("said says say saying added adds told tells".split())
# "…, citing a hospital source, …": a source cited
CITING = frozenset({"citing", "quoting"})
# a count a cue puts "at" a value ("put the figure at about half that"): what follows "at" is said
_COUNT_NOUNS = frozenset({"figure", "toll", "number", "tally", "count", "total", "estimate"})


def continued(toks: list[Token], k: int, sentence: str) -> Span | None:
    """ "…, X told reporters, with nearly 60 others injured": the clause the cue interrupts goes
    on after it (", with …", ", including …")."""
    n = len(toks)
    if k + 1 < n and toks[k].text == "," and toks[k + 1].lower in ("with", "including"):
        end = toks[-1].end
        while end > toks[k + 1].start and sentence[end - 1] in ".!?":
            end -= 1
        return Span(toks[k + 1].start, end)
    return None


# an aside between commas after a cue is this many words at most ("said, without evidence, that")
_ASIDE_WORDS = 8
# the words that open a short circumstance after a cue ("said on Sunday", "wrote late on
# Monday", "said in a statement", "said via Telegram", "said last week")
_CIRCUMSTANCE_OPEN = frozenset({"on", "in", "at", "during", "via", "late", "early", "last"})
# words that may open what is said after such a circumstance: a subject's first word ("it",
# "the", "Russia"), or a count's ("about 40", "more than", "up to", "at least")
_CLAUSE_OPENERS = frozenset("it its they their he his she her we our the a an some all no more nearly almost over "
                            "around roughly only another several many".split())
# ... and these before the word that makes them a count's ("at least", "up to"), not a place's
_COUNT_OPENERS = {"at": ("least", "most"), "up": ("to",)}
# a circumstance is this many words at most, its noun included ("in a post on his Telegram channel")
_CIRCUMSTANCE_WORDS = 6


@lru_cache(maxsize=1)
def _adjunct_heads() -> frozenset[str]:
    """The nouns that end a circumstance (data/attribution.json adjunct_heads), and the days and
    times of time_words."""
    return frozenset(data_json("attribution.json")["adjunct_heads"]) | cue_lexicon().time_words


def _past_circumstance(toks: list[Token], k: int) -> int | None:
    """Where what is said starts after one or two short circumstances at ``k`` ending in a day,
    a time or a channel, with no "that" ("said on Sunday 24 soldiers died", "said in a statement
    on Monday Russia had lost …"): the first word after them, if it may open a clause. None where
    no such circumstance stands there, or nothing that may be said follows it."""
    n = len(toks)
    heads = _adjunct_heads()
    end = None
    for _ in range(2):
        if k >= n or toks[k].lower not in _CIRCUMSTANCE_OPEN:
            break
        j = k + 1
        while j < n and j - k < _CIRCUMSTANCE_WORDS and toks[j].word and toks[j].lower not in heads:
            j += 1
        if j >= n or j - k >= _CIRCUMSTANCE_WORDS or toks[j].lower not in heads:
            break
        j += 1
        while j < n and (toks[j].lower in heads or YEAR.fullmatch(toks[j].text)):  # "on Sunday evening", "in June 2012", "Telegram channel"
            j += 1
        k = end = j
    if end is None or end + 1 >= n or not toks[end].word:
        return None
    t, after = toks[end], toks[end + 1].lower
    if t.lower in _CLAUSE_OPENERS or t.text[:1].isupper() or after in _COUNT_OPENERS.get(t.lower, ()) \
            or _count_at(toks, end) and after != ",":
        return end
    return None


def content_after(toks: list[Token], k: int, sentence: str) -> Span | None:
    """What follows a cue to the end of the sentence ("said that …", "told reporters: …").
    A cue followed by a comma ("…, a general said, and the fighting …") closes its clause:
    nothing after it is its content."""
    n = len(toks)
    if k + 1 < n and toks[k].text == "," and toks[k + 1].lower in CITING:
        # "reported, citing an emergency services source, that 14 …": past the source cited
        k = next((x + 1 for x in range(k + 2, min(n, k + 2 + MAX_SOURCE)) if toks[x].text == ","), n)
    lex = cue_lexicon()
    if k < n and toks[k].text == ",":
        # "said, without providing evidence, that 1,000 …": an aside between commas, then "that"
        # (not another cue's: "said, adding that …")
        close = next((x for x in range(k + 2, min(n - 1, k + 2 + _ASIDE_WORDS)) if toks[x].text == ","), None)
        if close is None or toks[close + 1].lower != "that" or any(t.lower in lex.phrases for t in toks[k + 1:close]):
            return None
        k = close + 1
    time_words = lex.time_words
    while k < n and toks[k].lower in time_words:
        k += 1
    if k < n and toks[k].lower in ADJUNCT_START and not (toks[k].lower == "of" and k > 0 and toks[k - 1].lower not in _SAID) \
            and not (k + 1 < n and toks[k + 1].lower in ("least", "most")) \
            and not (toks[k].lower == "about" and _count_at(toks, k + 1)) \
            and not (toks[k].lower == "at" and k > 0 and toks[k - 1].lower in _COUNT_NOUNS):
        # ("said at least 25 …" is what is said; so is the value "put the figure at" names)
        # "said in an update last month.", "told reporters on Tuesday that …"; not past a comma
        # ("said in a statement, adding that …": another cue's)
        said = _past_circumstance(toks, k)  # "said on Sunday 24 soldiers died": no "that"
        if said is not None:
            k = said
        else:
            that = next((x for x in range(k, n) if toks[x].lower == "that" or toks[x].text in (":", "“", "\"")
                         or toks[x].text == "," and x + 1 < n and toks[x + 1].lower.endswith("ing") and toks[x + 1].lower in lex.verbs
                         and toks[x + 1].lower not in CITING), None)
            if that is None or toks[that].text == ",":
                return None
            k = that
    while k < n and (toks[k].lower in ("that", ":", ",") or toks[k].lower in time_words):
        k += 1
    # (a word must follow: marks alone say nothing)
    w = k
    while w < n and not toks[w].word:
        w += 1
    if w >= n:
        return None
    # what is said ends at a semicolon after which another speaker speaks: "X said 12 were
    # killed; Moscow called it false" (not a list: "…: a 50-year-old …; a 19-year-old …")
    # (a ";" is a token of its own: none in the sentence past toks[w], no token of one)
    semi = next((j for j in range(w, n) if toks[j].text == ";" and _ANOTHER_SPEAKS.match(sentence, toks[j].end)), None) \
        if sentence.find(";", toks[w].start) >= 0 else None
    end = toks[-1].end if semi is None or _in_quotation(toks, k) else toks[semi - 1].end
    while end > toks[k].start and sentence[end - 1] in ".!?":
        end -= 1
    return Span(toks[k].start, end)


_ANOTHER_SPEAKS = compiled(r"\s*(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}(?:said|says|called|denied|denies|dismissed|rejected|rejects|"
                           r"claimed|claims|insisted|countered|disputed|disputes)\b")


def _in_quotation(toks: list[Token], k: int) -> bool:
    """Whether a quotation is open at token ``k`` (a ";" inside a quotation is the speaker's)."""
    return sum(1 for t in toks[:k] if t.text in ('"', "“", "”")) % 2 == 1 or any(t.text == "“" for t in toks[k:k + 2])


def content_before(toks: list[Token], k: int, sentence: str) -> Span | None:
    """What precedes the source of an inverted or trailing cue (", she said.")."""
    if k <= 0:
        return None
    while k > 0 and toks[k - 1].text in _TRAILING:
        k -= 1
    if k <= 0:
        return None
    first = 0
    while first < k and (toks[first].text in QUOTES_OPEN or toks[first].text == "'"):
        first += 1
    if first >= k:
        return None
    return Span(toks[first].start, toks[k - 1].end)
