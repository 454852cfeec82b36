"""The phrases of an attribution inside one sentence, walked on its tokens: the cue (a
reporting verb, "according to", "citing"), the source noun phrase's edges (appositions,
coordinated names and circumstances cut off: "Olena Kovalenko, a spokeswoman for the regional
administration, said on Monday") and the content span the cue governs.

Pure functions from a sentence's tokens to :class:`InSentence` records; the words are data
(``data/attribution.json``). extract/attributions.py places them in the document.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..regexes import compiled
from ..lexicon import WordStarts, alternation, data_json, lowers_alike
from ..records import Span
from .attribution import roles

# Words (with inner apostrophes, dots and hyphens: "Russia's", "U.S.", "pro-Kremlin"), or one
# punctuation mark. Linear: no alternative can match what another started.
_TOKEN = compiled(r"(?:[A-Za-z]\.){2,}|\w+(?:[’'´.\-]\w+)*|[^\w\s]")
QUOTES_OPEN = frozenset("“\"‘")
_QUOTES_CLOSE = frozenset("”\"’")
_TRAILING = frozenset({",", ":", ";", "—", "–", "-", "'"}) | _QUOTES_CLOSE
_BOUNDARY_PUNCT = frozenset(",;:()[]—–“”\"‘’")
_DETERMINERS = frozenset("the a an his her their its our my your this these those some many several two three four "
                         "other another one both each most all any no".split())
_PREPOSITIONS = frozenset("of for at in from with on by to over under near about among between against within".split())
# words that open an adjunct after a cue, not what is said: "said in a statement"
_ADJUNCT_START = frozenset("in on at during via from after before while when late early last of about".split())
# cues after which "of" names a topic ("said of the assault"); after others it opens what is
# said ("warns of terror as two were killed", "put the death toll of soldiers at 2,870")
_SAID = frozenset("said says say saying added adds told tells".split())
# a source of more tokens than this is a clause, not a speaker
_MAX_SOURCE = 16
# a quotation followed back over at most this many sentences
MAX_QUOTE_SENTENCES = 6


class _Tok:
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
class _Lexicon:
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


@lru_cache(maxsize=1)
def cue_lexicon() -> _Lexicon:
    d = data_json("attribution.json")
    verbs: dict[str, int] = {}
    for v in d["verbs"]:
        first = v.split()[0]
        verbs[first] = max(verbs.get(first, 0), len(v.split()))
    return _Lexicon(verbs, frozenset(d["verbs"]), frozenset(d["between"]),
                    frozenset(d["pronouns"]), frozenset(d["clause_words"]), frozenset(d["not_sources"]),
                    frozenset(d["verbish"]), frozenset(d["time_words"]),
                    frozenset(d["be_forms"]), frozenset(d["modals"]), frozenset(d["relatives"]))


def _tokens(text: str) -> list[_Tok]:
    out = []
    for m in _TOKEN.finditer(text):
        w = m.group()
        start, end = m.span()
        out.append(_Tok(w, w.lower(), start, end))
    return out



@dataclass(frozen=True)
class InSentence:
    """An attribution inside one sentence (offsets in the sentence)."""

    cue: Span
    source: Span | None
    content: Span | None
    content_before: bool = False  # the content is what precedes the cue (", she said.")
    more: Span | None = None  # and what follows it: "…, the minister told reporters, with 60 others injured"



def sentence_attributions(sentence: str) -> list[InSentence]:
    """The attributions of one sentence (offsets inside it)."""
    lex = cue_lexicon()
    toks = _tokens(sentence)
    out: list[InSentence] = []
    i = 0
    n = len(toks)
    last_source: Span | None = None
    while i < n:
        t = toks[i]
        found = None
        if t.lower == "according" and i + 1 < n and toks[i + 1].lower == "to":
            found = _according(toks, i, i + 2, sentence)
        elif t.lower in ("citing", "quoting") and i > 0 and toks[i - 1].text == ",":
            found = _according(toks, i, i + 1, sentence)
        elif t.lower in lex.verbs and t.word and not t.capital:
            found = _verb(toks, i, sentence, last_source)
        if found:
            out.append(found[0])
            last_source = found[0].source or last_source
            i = found[1]
        else:
            i += 1
    return out


# the marks _content_before reads past at a sentence's start (_TRAILING and the opening quotes)
_LEADING_MARKS = compiled(r"[\s,:;—–\-'”\"’“‘]*")
# marks no source phrase holds, nor the words between it and its cue; a "(" may be inside one
# (a short parenthesis: "Sen. Bernie Sanders (I-Vt.) said")
_NO_SOURCE_MARK = compiled(r"[;:“”\"—–\[\](]")
# the letters a token after a cue opens with, as far as the words a cue's content may not
# start with reach (a longer run is no such word: the second group holds its next letter)
_NEXT_WORD = compiled(r"\s*(\w{1,12})(\w?)")
# a run of characters between spaces
_CHUNK = compiled(r"\S+")
# the words the rules walk back over from a cue to its source (_verb), with "on Monday"
_WALKED = frozenset({"on", "last", "this", "early", "late", "earlier"})


@lru_cache(maxsize=1)
def _cue_starts() -> WordStarts:
    """Every verb a cue starts with, in text lower-cased, where no letter a-z precedes it (a
    token never starts right after a letter): where a cue token is, and other places."""
    return WordStarts("(?:" + alternation(sorted(cue_lexicon().verbs)) + ")", before="a-z")


@lru_cache(maxsize=1)
def _one_word_cues() -> frozenset[str]:
    """The cues whose content starts at the token after them: one word, no addressee ("told
    reporters"), not "put … at"."""
    lex = cue_lexicon()
    return frozenset(v for v, width in lex.verbs.items() if width == 1) - {"told", "tells", "telling", "informed", "put", "puts"}


def may_say_the_sentence_before(sentence: str) -> bool:
    """Whether a cue of ``sentence`` may say nothing of its own sentence, so that what it says
    is the sentence before (extract/attributions.py: "Six died. That is what the governor said."):
    ``False`` where none can, told from the characters without tokenizing the sentence. Such
    a cue's source opens the sentence, after marks alone (_content_before finds nothing before
    it), and nothing it says follows it (_content_after); or the sentence opens with marks and
    the cue, its source after it (", said the governor."). So a cue must come before any mark
    a source cannot hold (a "(" may be inside one), and either the words before it are those
    the rules walk back over ("also", "on Monday", "reportedly") or the token after it is no
    plain word ("said.", "said, and", "said on Monday", "said that."). A closing quotation is
    not looked at: a quotation followed back is the caller's."""
    if not lowers_alike(sentence):
        return True  # (its lower case would not keep the offsets: not looked at)
    lex = cue_lexicon()
    start = _LEADING_MARKS.match(sentence).end()
    stop = _NO_SOURCE_MARK.search(sentence, start)
    if stop is not None and stop.group() == "(":
        return True
    end = stop.start() if stop is not None else len(sentence)
    low = sentence.lower()
    # where the words the rules walk back over from a cue ("also", "on Monday") stop: a cue
    # whose source follows it comes no later
    walked = end
    for c in _CHUNK.finditer(low, start, end):
        w = c.group()
        if not (w in lex.between or w in lex.be_forms or w in lex.modals or w in lex.time_words or w in _WALKED
                or w.endswith("ly")):
            walked = c.start()
            break
    scan = _cue_starts()
    m = scan.search(low, start, end)
    while m is not None:
        a, b = m.span("word")
        m = scan.search(low, b, end)
        if sentence[a].isupper():
            continue  # "Said": a capital is no cue
        if a <= walked:
            return True  # the source may follow the cue (", said the governor.")
        if low[a:b] not in _one_word_cues():
            return True
        n = _NEXT_WORD.match(low, b)
        if n is None:
            return True  # a mark, or nothing, after the cue ("said.", "said, …")
        w = n.group(1)
        if not n.group(2) and (not w[0].isalnum() or w == "that" or w in lex.time_words or w in _ADJUNCT_START):
            return True  # "said that.", "said on Monday."
    return False


def _according(toks: list[_Tok], i: int, k: int, sentence: str) -> tuple[InSentence, int] | None:
    """"according to X": X is the source; the content is the clause before it, or after it."""
    before = _content_before(toks, i, sentence)
    # "…, according to X, a spokesman for Y." runs to the end; "According to X, the …" does not
    end = _np_forward(toks, k, allow_apposition=before is not None, coordination=True)
    if end is None:
        return None
    cue = Span(toks[i].start, toks[k - 1].end)
    source = Span(toks[k].start, toks[end - 1].end)
    if before is not None:
        return InSentence(cue, source, before, True), end
    rest = end + 1 if end < len(toks) and toks[end].text == "," else end
    return InSentence(cue, source, _content_after(toks, rest, sentence)), end


_YEAR = compiled(r"(?:1[89]|20)\d\d")
# "I've suggested": the speaker without the auxiliary glued to it
_CONTRACTED = compiled(r"(?i)^(i|we|you|they|he|she)['’](?:ve|d|ll|m|re|s)$")
# "initial reports of the blast", "scrutinized reports like …": the cue form is a noun after a
# participle or an adjective (on PolNeAR's training split 2 of 12 such were attributions)
_NOUN_FORMS = frozenset({"reports", "claims", "estimates"})
_MODIFIER = compiled(r"[a-z]+(?:ed|ive|ial|ous|ic)$")


def _verb(toks: list[_Tok], i: int, sentence: str, last_source: Span | None) -> tuple[InSentence, int] | None:
    lex = cue_lexicon()
    t = toks[i]
    if t.lower in _NOUN_FORMS and i > 0 and toks[i - 1].word and not toks[i - 1].capital and _MODIFIER.fullmatch(toks[i - 1].lower):
        return None
    # multi-word cues: "put the death toll"
    last = i
    width = lex.verbs[t.lower]
    if width > 1:
        for w in range(width, 1, -1):
            words = [x.lower for x in toks[i:i + w]]
            if len(words) == w and " ".join(words) in lex.phrases:
                last = i + w - 1
                break
    if t.lower in ("put", "puts") and last == i and any(x.lower == "at" for x in toks[i + 1:i + 9]):
        pass  # "Ukraine puts the Russian deaths at almost 19,000": an estimate stated
    elif t.lower not in lex.phrases and last == i:
        return None
    cue = Span(t.start, toks[last].end)
    after = last + 1
    if t.lower in ("told", "tells", "telling", "informed") and after < len(toks) and toks[after].word \
            and toks[after].lower not in ("that",):
        # "told reporters", "told the AP": the addressee is no content
        end = _np_forward(toks, after, allow_apposition=False)
        if end is not None and end - after <= 4:
            after = end
    gerund = t.lower.endswith("ing")
    # the subject before the cue, over "has also", "would later", "memorably"
    j = i - 1
    be = modal = False
    while j >= 0:
        x = toks[j]
        if x.lower in lex.time_words and j > 0 and toks[j - 1].lower in ("on", "last", "this", "early", "late", "earlier"):
            j -= 2  # "Clinton on Tuesday said"
            continue
        if x.capital or not (x.lower in lex.between or x.lower in lex.be_forms or x.lower in lex.modals
                             or x.lower.endswith("ly") and len(x.lower) > 4):
            break
        be = be or x.lower in lex.be_forms
        modal = modal or x.lower in lex.modals
        j -= 1
    if modal:
        return None  # "you may say", "he will argue": not said yet
    if after < len(toks) and toks[after].lower == "by" and not gerund:
        # "was first reported by Politico", "call sheets maintained by her aide": the agent speaks
        end = _np_forward(toks, after + 1, allow_apposition=True)
        if end is None or not be:
            return None
        return InSentence(cue, Span(toks[after + 1].start, toks[end - 1].end), None), end
    if be and not gerund:
        return None  # "Sanders was announced the winner"
    if gerund and not be and not _after_with(toks, j):
        return None  # "Hispanics telling their stories"; but "with the UN estimating that …"
    if j < 0:
        return None
    tj = toks[j]
    source_end = tj.end
    if tj.text == ")":
        # "Sen. Bernie Sanders (I-Vt.) said": a short parenthesis closes the source
        o = next((x for x in range(j - 1, max(-1, j - 7), -1) if toks[x].text == "("), None)
        if o is None or o == 0 or not toks[o - 1].word:
            return None
        j = o - 1
        tj = toks[j]
    source: Span | None = None
    if tj.word:
        if tj.lower in ("and", "but"):
            # "Paul suggested … and argued that …": one subject, two cues
            source = last_source or _clause_subject(toks, j)
            if source is None:
                return None
            return InSentence(cue, source, _content_after(toks, after, sentence)), after
        m = _CONTRACTED.match(tj.text)
        if m and m.group(1).lower() in lex.pronouns and m.group(1).lower() != "you":
            source_end = tj.start + len(m.group(1))  # "as I've suggested": I
            start = j
        elif tj.lower in lex.pronouns:
            if tj.lower in ("it", "which") and j > 0 and toks[j - 1].lower in lex.verbs:
                return None
            if tj.lower == "who" and j > 0 and toks[j - 1].word:
                return None  # "voters who say …": a kind of people, not a speaker (under half right on PolNeAR train)
            if tj.lower == "you":
                return None  # "as you say", "you know": the reader, not a speaker (7 of 22 on PolNeAR train)
            start = j
        else:
            if tj.lower in lex.clause or tj.lower in lex.verbish or tj.lower in _PREPOSITIONS or tj.lower in _DETERMINERS:
                return None
            start = _np_back(toks, j)
            if start is None:
                return None
        source = Span(toks[start].start, source_end)
        content = _content_after(toks, after, sentence)
        if content is None:
            return InSentence(cue, source, _content_before(toks, start, sentence), True, _continued(toks, after, sentence)), after
        return InSentence(cue, source, content), after
    if tj.text in (",",) or tj.text in _QUOTES_CLOSE:
        # "Geoff Garin, a Democratic pollster, said …" (apposition), else ", said X." (inverted)
        if tj.text == ",":
            start = _apposition_back(toks, j)
            if start is not None:
                source = Span(toks[start].start, toks[_circumstance_cut(toks, start, j)].end)
                content = _content_after(toks, after, sentence)
                if content is None:
                    return InSentence(cue, source, _content_before(toks, start, sentence), True), after
                return InSentence(cue, source, content), after
        end = _np_forward(toks, after, allow_apposition=True, inverted=True)
        if end is None:
            return None
        # the clause must end with the source: "tells reporters that …" is no inverted cue
        if end < len(toks) and toks[end].word and toks[end].lower not in ("in", "on", "at", "during", "after", "before", "when", "as"):
            return None
        source = Span(toks[after].start, toks[end - 1].end)
        content = _content_before(toks, j + (1 if tj.text in _QUOTES_CLOSE else 0), sentence)
        return InSentence(cue, source, content, True), end
    return None


def _after_with(toks: list[_Tok], j: int) -> bool:
    """Whether the noun phrase ending at ``j`` follows "with" ("with the UN estimating")."""
    for x in range(j, max(-1, j - 7), -1):
        if not toks[x].word:
            return False
        if toks[x].lower == "with":
            return x < j
    return False


def _clause_subject(toks: list[_Tok], j: int) -> Span | None:
    """The subject that opens the sentence, for a cue coordinated with its first verb ("The
    judge rubbed his chin, and then said …"): a pronoun or a short name."""
    k = 0
    while k < j and not toks[k].word:
        k += 1
    if k >= j:
        return None
    if toks[k].lower in cue_lexicon().pronouns and toks[k].lower not in ("who", "which", "it"):
        return Span(toks[k].start, toks[k].end)
    end = _np_forward(toks, k, allow_apposition=False)
    if end is None or end - k > 4 or end >= j or not toks[end].word or toks[end].capital:
        return None
    if toks[end].lower in cue_lexicon().clause or any(not x.capital and x.lower.endswith("ed") for x in toks[k + 1:end]):
        return None  # "Graham called both parties … and said": the phrase ran over its verb
    if not (toks[k].capital or toks[k].lower in _DETERMINERS):
        return None
    return Span(toks[k].start, toks[end - 1].end)


def _np_back(toks: list[_Tok], j: int) -> int | None:
    """The first token of the noun phrase ending at ``j``, if its left edge is a clause edge."""
    lex = cue_lexicon()
    k = j
    while True:
        if j - k + 1 > _MAX_SOURCE:
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
            if p.text in ("-", "'", "’", ".", "&") and k - 2 >= 0 and toks[k - 2].word and p.text != ".":
                k -= 1
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
        if p.lower in lex.verbish or p.lower in lex.verbs and not p.capital:
            return None
        k -= 1
    words = toks[k:j + 1]
    # "In a statement the ministry" / "On Tuesday the ministry": a leading adjunct is no speaker
    if words[0].lower in _PREPOSITIONS:
        cut = next((x for x in range(len(words) - 1, 0, -1) if words[x].lower in _DETERMINERS), None)
        if cut is None and len(words) > 2 and not words[-1].capital and words[-1].lower in roles():
            cut = len(words) - 1  # "In Sumy region officials said"
        if cut is None and words[0].lower == "with" and 1 < len(words) <= 6 and words[-1].capital:
            cut = 1  # "with independent news outlet SOTA suggesting that …"
        if cut is None:
            return None
        k += cut
        words = toks[k:j + 1]
    if words[0].lower in lex.not_sources or words[-1].lower in _PREPOSITIONS or words[-1].lower in _DETERMINERS:
        return None
    if words[-1].lower in lex.time_words:
        return None
    if all(not w.capital for w in words) and len(words) > 6:
        return None
    if words[0].lower == "both" and len(words) > 3:
        k += 1  # "Both Mr. King and Mr. Schultz say": the two, without the quantifier
    return k


def _first_word(toks: list[_Tok]) -> int:
    k = 0
    while k < len(toks) and not toks[k].word:
        k += 1
    return k


def _coordinated_start(toks: list[_Tok], a: int) -> bool:
    """Whether the words before the "and" at ``a`` are a short noun phrase that opens the
    sentence ("The State Department and the Pentagon said"): then both are the source."""
    lex = cue_lexicon()
    k = _first_word(toks)
    if a - k < 1 or a - k > 6:
        return False
    first = toks[k]
    if not (first.capital or first.lower in _DETERMINERS) or first.lower in lex.not_sources:
        return False
    if first.lower in lex.pronouns or first.lower in lex.clause or first.lower in _PREPOSITIONS:
        return False
    for x in toks[k:a]:
        if not x.word and x.text not in (".", "-", "’", "'", ","):
            return False
        if x.lower in lex.clause or x.lower in lex.verbish or x.lower in lex.relatives or x.lower in lex.be_forms \
                or x.lower in lex.verbs and not x.capital or x.lower in lex.time_words or x.lower in lex.modals \
                or not x.capital and x.lower.endswith("ed"):
            return False
    return True


def _circumstance_cut(toks: list[_Tok], start: int, j: int) -> int:
    """The last token of a source "NAME, <what they were doing>," before a cue: "Trump,
    speaking to a veterans group, said" is Trump's; "Clinton, at a later press gaggle, said"
    Clinton's. A description proper ("Flynn, a top surrogate,") stays in the source."""
    p = next((x for x in range(j - 1, start, -1) if toks[x].text == ","), None)
    if p is None or p + 1 >= j or p - 1 < start:
        return j - 1
    desc = toks[p + 1]
    doing = desc.word and not desc.capital and desc.lower.endswith("ing") and len(desc.lower) > 4
    if doing or desc.lower in _PREPOSITIONS or desc.lower in ("like", "unlike"):
        return p - 1
    return j - 1


def _apposition_back(toks: list[_Tok], j: int) -> int | None:
    """"NAME, a DESCRIPTION," before a cue: the start of NAME, if the phrase has that shape."""
    lex = cue_lexicon()
    p = j - 1
    while p >= 0 and toks[p].text != ",":
        if toks[p].text in _BOUNDARY_PUNCT or toks[p].lower in lex.be_forms or j - p > _MAX_SOURCE:
            return None
        p -= 1
    if p < 1 or p == j - 1:
        return None
    desc = toks[p + 1]
    if desc.lower in lex.clause or desc.lower in lex.pronouns and desc.lower not in ("who", "which"):
        return None
    if all(x.capital or x.text in (".", "-") for x in toks[p + 1:j]):
        # "A top strategist, John Weaver, tells": the name second, the description first
        start = _np_back(toks, p - 1)
        if start is None or not (toks[start].lower in _DETERMINERS or not toks[start].capital):
            return None
        return start
    if not (desc.lower in _DETERMINERS or desc.lower in ("who", "whose", "which") or not desc.capital):
        return None
    name_end = p - 1
    if toks[name_end].text == ")":
        # "Rep. Jim Clyburn (D-S.C.), a member of …"
        o = next((x for x in range(name_end - 1, max(-1, name_end - 7), -1) if toks[x].text == "("), None)
        if o is None or o == 0:
            return None
        name_end = o - 1
    if not toks[name_end].capital:
        return None
    return _np_back(toks, name_end)


def _np_forward(toks: list[_Tok], k: int, allow_apposition: bool, inverted: bool = False,
                coordination: bool = False) -> int | None:
    """The end (exclusive) of the noun phrase starting at ``k``, up to a clause edge."""
    lex = cue_lexicon()
    n = len(toks)
    if k >= n or not toks[k].word:
        return None
    first = toks[k]
    if first.lower in _PREPOSITIONS or first.lower in lex.time_words:
        return None  # "said on the same call", "said Saturday": an adjunct, not a speaker
    if first.lower in lex.pronouns:
        return k + 1 if first.lower not in ("who", "which", "it") else None
    if not (first.capital or first.lower in _DETERMINERS or first.lower not in lex.not_sources):
        return None
    e = k
    while e < n and e - k < _MAX_SOURCE:
        x = toks[e]
        if not x.word:
            if x.text in ("-", "&", "'", "’", "/") and e + 1 < n and toks[e + 1].word:
                e += 1
                continue
            if x.text == "." and e > k and toks[e - 1].capital and len(toks[e - 1].text) <= 3 and e + 1 < n:
                e += 1
                continue
            break
        if coordination and e > k and x.lower in ("and", "or") and e + 1 < n and toks[e + 1].word \
                and (toks[e + 1].capital or toks[e + 1].lower in _DETERMINERS or toks[e + 1].lower not in lex.clause
                     and toks[e + 1].lower not in lex.pronouns and toks[e + 1].lower not in lex.verbish
                     and toks[e + 1].lower not in lex.verbs and toks[e + 1].lower not in _PREPOSITIONS):
            e += 1  # "according to exit polls for the networks and the AP"
            continue
        if e > k and (x.lower in lex.clause or x.lower in lex.verbish
                      or x.lower in lex.verbs and not (coordination and x.lower.endswith("s"))) and not x.capital:
            break  # but "according to press reports": a noun there
        if e > k and inverted and x.lower in ("in", "on") and e + 1 < n and (toks[e + 1].lower in _DETERMINERS or toks[e + 1].lower in lex.time_words):
            break
        if e > k and x.lower in ("in", "on", "since") and e + 1 < n and _YEAR.fullmatch(toks[e + 1].text):
            break  # "rejected by the council in 2015": a date, not part of the agent
        if e > k and x.lower in lex.time_words and not x.capital:
            break
        if e > k and x.capital and x.lower in lex.time_words and toks[e - 1].lower in ("on", "last", "this"):
            e -= 1
            break
        e += 1
    if e == k:
        return None
    while e > k and (toks[e - 1].lower in _PREPOSITIONS or toks[e - 1].lower in _DETERMINERS):
        e -= 1
    if e == k or e - k >= _MAX_SOURCE:
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
            while f < n and f - d < 2 * _MAX_SOURCE and toks[f].text not in (",", ".", ";", ":", "”", "\"", "(", ")"):
                f += 1
            if f == n or toks[f].text == "." and f == n - 1:
                return f
            if not (f < n and toks[f].text == ","):
                break
            if f + 1 < n and toks[f + 1].lower in ("in", "on", "at", "during", "via"):
                return f  # "…, a spokesman for the ministry, in a statement."
            d = f + 1
    return e


def _opens_apposition(t: _Tok) -> bool:
    """"a spokeswoman", "who", "co-director": the first word of a description after a name."""
    lex = cue_lexicon()
    if t.lower in _DETERMINERS or t.lower in ("who", "whose"):
        return True
    if t.capital and (t.lower.endswith("'s") or t.lower.endswith("’s")):
        return True  # "Facebook's vice president'
    return not t.capital and t.lower not in lex.clause and t.lower not in lex.verbish and t.lower not in _PREPOSITIONS \
        and t.lower not in lex.pronouns and t.lower not in lex.verbs and t.lower not in lex.time_words \
        and not t.lower.endswith("ing") and not t.lower.endswith("ly")


def _continued(toks: list[_Tok], k: int, sentence: str) -> Span | None:
    """ "…, X told reporters, with nearly 60 others injured": the clause the cue interrupts goes
    on after it (", with …", ", including …")."""
    n = len(toks)
    if k + 1 < n and toks[k].text == "," and toks[k + 1].lower in ("with", "including"):
        end = toks[-1].end
        while end > toks[k + 1].start and sentence[end - 1] in ".!?":
            end -= 1
        return Span(toks[k + 1].start, end)
    return None


def _content_after(toks: list[_Tok], k: int, sentence: str) -> Span | None:
    """What follows a cue to the end of the sentence ("said that …", "told reporters: …").
    A cue followed by a comma ("…, a general said, and the fighting …") closes its clause:
    nothing after it is its content."""
    n = len(toks)
    if k < n and toks[k].text == ",":
        return None
    while k < n and toks[k].lower in cue_lexicon().time_words:
        k += 1
    if k < n and toks[k].lower in _ADJUNCT_START and not (toks[k].lower == "of" and k > 0 and toks[k - 1].lower not in _SAID) \
            and not (k + 1 < n and toks[k + 1].lower in ("least", "most")):  # "said at least 25 …" is what is said
        # "said in an update last month.", "told reporters on Tuesday that …"
        that = next((x for x in range(k, n) if toks[x].lower == "that" or toks[x].text in (":", "“", "\"")), None)
        if that is None:
            return None
        k = that
    while k < n and (toks[k].lower in ("that", ":", ",") or toks[k].lower in cue_lexicon().time_words):
        k += 1
    if k >= n or not any(t.word for t in toks[k:]):
        return None
    end = toks[-1].end
    while end > toks[k].start and sentence[end - 1] in ".!?":
        end -= 1
    return Span(toks[k].start, end)


def _content_before(toks: list[_Tok], k: int, sentence: str) -> Span | None:
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
