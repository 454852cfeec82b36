"""The phrases of an attribution inside one sentence, walked on its tokens: the cue (a
reporting verb, "according to", "citing"), the source noun phrase's edges (appositions,
coordinated names and circumstances cut off: "Olena Kovalenko, a spokeswoman for the regional
administration, said on Monday") and the content span the cue governs.

Pure functions from a sentence's tokens to :class:`~.what_is_said.InSentence` records; the words
are data (``data/attribution.json``). A source a preposition or a count opens ("according to X",
"per X", "by X's count") is read in extract/according.py; extract/attributions.py places them in
the document.
"""
from __future__ import annotations

from functools import lru_cache

from ..regexes import compiled
from ..lexicon import WordStarts, data_json, lowers_alike
from ..records import Span
from ..resolve import country_in, resolve_claimant
from .source_phrases import DETERMINERS, MAX_SOURCE, PREPOSITIONS, Token, after_with, apposition_back, circumstance_cut, clause_subject, \
    cue_lexicon, np_back, np_forward, relative_back, tokens_at
from .according import according, by_count, ends_in_a_name, trailing_source
from .what_is_said import ADJUNCT_START, CITING, QUOTES_CLOSE, InSentence, content_after, content_before, continued

# a quotation followed back over at most this many sentences
MAX_QUOTE_SENTENCES = 6


def sentence_attributions(sentence: str) -> list[InSentence]:
    """The attributions of one sentence (offsets inside it). A sentence read among the latest
    few hundred is not walked again (a page that repeats itself, an outlet's standing lines)."""
    return list(_read(sentence))


# (the words read are the package's data only: nothing a user's tables change)
@lru_cache(maxsize=512)
def _read(sentence: str) -> tuple[InSentence, ...]:
    return tuple(_walked(sentence))


def _walked(sentence: str) -> list[InSentence]:
    lex = cue_lexicon()
    # (each branch below needs one of the words _walk_words gives: only the tokens that are one
    # are read, in order, past those a cue found before took in)
    toks, at = tokens_at(sentence, _walk_words())
    out: list[InSentence] = []
    i = 0
    n = len(toks)
    last_source: Span | None = None
    for k in at:
        if k < i:
            continue
        i = k
        t = toks[i]
        found = None
        quoted = _quoted_as(toks, i, sentence) if t.lower in _QUOTING else None
        if quoted:
            out.extend(quoted[0])
            last_source = quoted[0][-1].source or last_source
            i = quoted[1]
            continue
        if t.lower == "according" and i + 1 < n and toks[i + 1].lower == "to":
            found = according(toks, i, i + 2, sentence)
        elif t.lower == "by":
            found = by_count(toks, i, sentence)
        elif t.lower == "as" and i + 2 < n and toks[i + 1].lower == "reported" and toks[i + 2].lower == "by" \
                and (i == 0 or trailing_source(toks, i)):
            found = according(toks, i, i + 3, sentence)  # "as reported by the regional administration, …"
        elif t.lower == "per" and i + 1 < n and (
                (i == 0 or i == 1 and toks[0].lower == "as") and (toks[i + 1].lower == "the" or toks[i + 1].capital)
                or trailing_source(toks, i) and ends_in_a_name(toks, i + 1)):
            # "Per the General Staff, Russia lost …", "as per the ministry, …", "…, per Reuters"
            found = according(toks, i - (i > 0 and toks[i - 1].lower == "as"), i + 1, sentence)
        elif t.lower in CITING and i > 0 and toks[i - 1].text == ",":
            found = according(toks, i, i + 1, sentence)
        elif t.lower in lex.verbs and t.word and not t.capital:
            found = _verb(toks, i, sentence, last_source)
            if found and t.lower in lex.quotation_only:
                found = _quoting(found, sentence)
        if found:
            out.append(found[0])
            last_source = found[0].source or last_source
            i = found[1]
        else:
            i += 1
    return out


@lru_cache(maxsize=1)
def _walk_words() -> frozenset[str]:
    """The words a cue of :func:`_walked` opens with: "according", "citing", "quoting", the verbs."""
    return frozenset(cue_lexicon().verbs) | {"according", "by", "as", "per"} | CITING | _QUOTING


# "Interfax quoted the governor as saying …", "the governor was cited as saying …"
_QUOTING = frozenset({"quoted", "cited"})
_AS_SAYING = frozenset({"saying", "telling", "stating"})


def _cited_before(toks: list[Token], j: int) -> int | None:
    """The token before ", citing X," when the comma at ``j`` closes one (the speaker's words end
    there), else ``None``."""
    for p in range(j - 1, max(-1, j - MAX_SOURCE), -1):
        if toks[p].text == ",":
            return p - 1 if p > 0 and toks[p + 1].lower in CITING and toks[p - 1].word else None
    return None


# the nouns of what is read, not of who speaks: "figures cited by the UN show" keeps its owner
_READ_NOT_SPOKEN = frozenset({"figures", "figure", "data", "statistics", "numbers", "number", "estimates", "estimate", "report",
                              "reports", "count", "tally", "toll", "study", "survey", "documents", "document", "records",
                              "statement", "statements", "assessment", "assessments", "memo", "list",
                              # an unnamed source is the outlet's own: "A source quoted by TASS said" (TASS)
                              "source", "sources"})


def _relayed_before(toks: list[Token], j: int) -> int | None:
    """The speaker's last token before "(,) quoted by X(,)" when the token at ``j``, right before
    a cue, closes one ("A resident quoted by Reuters said", "The governor, quoted by local
    media, said": the resident, the governor; the outlet relays), else ``None``."""
    for p in range(j - 1, max(0, j - MAX_SOURCE), -1):
        if toks[p].lower in _QUOTING and toks[p + 1].lower == "by":
            q = p - 1 if toks[p - 1].text == "," else p
            if q == p and toks[j].text == ",":
                return None  # (a comma after the outlet opens with one before "quoted")
            last = toks[q - 1] if q > 0 else None
            return q - 1 if last is not None and last.word and last.lower not in _READ_NOT_SPOKEN else None
        if toks[p].text == "," and p < j - 1 or not toks[p].word and toks[p].text not in (".", "-", "'", "’"):
            return None
    return None


_DASHES = frozenset({"-", "–", "—"})
# an aside between dashes before a cue is this many words at most
_DASHED_WORDS = 8


def _dashed_before(toks: list[Token], j: int) -> int | None:
    """The token before " - aside - " when the dash at ``j`` closes one right before a cue (a
    hyphen only with spaces around it: not "Kremlin-backed"), else ``None``."""
    dash = toks[j].text
    if dash == "-" and (j == 0 or toks[j - 1].end == toks[j].start):
        return None
    for p in range(j - 2, max(-1, j - 2 - _DASHED_WORDS), -1):
        if toks[p].text == dash:
            spaced = dash != "-" or toks[p - 1].end < toks[p].start < toks[p].end < toks[p + 1].start
            return p - 1 if p > 0 and spaced and toks[p - 1].word else None
        if not toks[p].word:
            return None
    return None


def _quoted_as(toks: list[Token], i: int, sentence: str) -> tuple[list[InSentence], int] | None:
    """ "Interfax quoted the governor as saying 12 died": the governor says it, Interfax relays
    (two attributions, the governor's inside Interfax's); "the governor was quoted (by
    Interfax) as saying …": the governor. ``None`` where no "as saying" follows."""
    lex = cue_lexicon()
    n = len(toks)
    j = i - 1
    while j >= 0 and toks[j].word and not toks[j].capital and toks[j].lower.endswith("ly") and len(toks[j].lower) > 4:
        j -= 1  # "was also quoted", "was widely cited"
    passive = j >= 0 and toks[j].lower in lex.be_forms
    k = i + 1
    relay: Span | None = None
    if passive:
        if k < n and toks[k].lower == "by":
            end = np_forward(toks, k + 1, allow_apposition=False)
            if end is None:
                return None
            k = end
        start = np_back(toks, j - 1) if j > 0 and toks[j - 1].word else None
        if start is None:
            return None
        speaker = Span(toks[start].start, toks[j - 1].end)
    else:
        end = np_forward(toks, k, allow_apposition=False)
        if end is None:
            return None
        speaker = Span(toks[k].start, toks[end - 1].end)
        start = np_back(toks, i - 1) if i > 0 and toks[i - 1].word else None
        relay = Span(toks[start].start, toks[i - 1].end) if start is not None else None
        k = end
    if not (k + 1 < n and toks[k].lower == "as" and toks[k + 1].lower in _AS_SAYING):
        return None
    content = content_after(toks, k + 2, sentence)
    if content is None:
        return None
    said = InSentence(Span(toks[k + 1].start, toks[k + 1].end), speaker, content)
    if relay is None:
        return [said], k + 2
    return [InSentence(Span(toks[i].start, toks[i].end), relay, Span(speaker.start, content.end)), said], k + 2


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
    return WordStarts.of_words(cue_lexicon().verbs, before="a-z")


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
    it), and nothing it says follows it (content_after); or the sentence opens with marks and
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
        if not n.group(2) and (not w[0].isalnum() or w == "that" or w in lex.time_words or w in ADJUNCT_START):
            return True  # "said that.", "said on Monday."
    return False


# "I've suggested": the speaker without the auxiliary glued to it
# the words that open a circumstance after an addressee ("told reporters in Kyiv", "… at a briefing")
_CIRCUMSTANCE = frozenset({"in", "on", "at", "during", "after", "before"})
_CONTRACTED = compiled(r"(?i)^(i|we|you|they|he|she)['’](?:ve|d|ll|m|re|s)$")
# "initial reports of the blast", "scrutinized reports like …": the cue form is a noun after a
# participle or an adjective (on PolNeAR's training split 2 of 12 such were attributions)
_NOUN_FORMS = frozenset({"reports", "claims", "estimates"})
# what follows a cue's past form used as a participle describing a noun ("units accused of
# atrocities", "soldiers reported missing"), not as the verb of a speaker
_PASSIVE_NEXT = frozenset({"of", "dead", "missing", "killed", "wounded", "injured", "captured", "encircled", "surrounded",
                           "trapped", "among"})
_MODIFIER = compiled(r"[a-z]+(?:ed|ive|ial|ous|ic)$")
# a cue's past form that, right before a colon, is a headline's passive (data/attribution.json)
_HEADLINE_PASSIVES = frozenset(data_json("attribution.json")["headline_passives"])


def headline_passive(sentence: str, cue_start: int, cue: str) -> bool:
    """Whether ``cue``, right before a colon, is one of :data:`_HEADLINE_PASSIVES` ("revealed:")
    and the words before it name what was revealed, not who revealed it: "N of X" naming no
    party ("Full horror of the crash revealed:", "Identity of the gunman revealed:"), not
    "Pentagon revealed:", "Head of the SBU revealed:"."""
    if cue not in _HEADLINE_PASSIVES:
        return False
    words = _CLAUSE_MARK.split(sentence[:cue_start])[-1].strip()
    if " of " not in words:
        return False
    c = resolve_claimant(words)
    return c.kind == "unknown" and c.affiliation is None and c.person is None


_CLAUSE_MARK = compiled(r"[:;.!?]\s")


def is_demonym_adjective(word: str) -> bool:
    """ "Russian", "British": a people's adjective (a noun after it is theirs), not a name that
    speaks ("Russia", "Kyiv", "the Taliban")."""
    if not (word[:1].isupper() and word.lower().endswith(_ADJECTIVE_ENDS)):
        return False
    country = country_in(word)
    return country is not None and country.lower() != word.lower()


_ADJECTIVE_ENDS = ("an", "ish", "ese", "i")
_COMPARED = frozenset({"than", "above", "below", "with", "to", "exceeding"})
# a comparison a few words before "estimates", "reports", "claims": their noun ("below U.S. estimates")
_COMPARED_BEFORE = compiled(r"(?i)\b(?:than|above|below|exceeding|under|beyond)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,2}$")


def _verb(toks: list[Token], i: int, sentence: str, last_source: Span | None) -> tuple[InSentence, int] | None:
    lex = cue_lexicon()
    t = toks[i]
    if t.lower in _NOUN_FORMS and i > 0 and toks[i - 1].word and (
            not toks[i - 1].capital and _MODIFIER.fullmatch(toks[i - 1].lower)
            or is_demonym_adjective(toks[i - 1].text) and i > 1 and toks[i - 2].lower in _COMPARED):
        return None  # (and "far fewer than Russian estimates": compared, a people's estimates; not "Russian claims of …")
    if t.lower in _NOUN_FORMS and i > 1 and _COMPARED_BEFORE.search(sentence, max(0, t.start - 24), t.start):
        return None  # "a figure far below U.S. estimates", "higher than Western estimates": compared, a noun
    if t.lower in _NOUN_FORMS and i > 0 and toks[i - 1].text.endswith(("'s", "’s")):
        return None  # "despite Moscow's claims that …": a possession's noun, no verb ("Moscow's said" is "has said")
    if t.lower in _NOUN_FORMS and i > 0 and toks[i - 1].lower in lex.phrases:
        return None  # "said reports that …", "dismissed claims that …": the object of a cue, a noun
    if t.lower.endswith("ed") and i + 1 < len(toks) and toks[i + 1].lower in _PASSIVE_NEXT:
        return None  # "units accused of atrocities", "brigades reported encircled": a participle describing them
    if i + 1 < len(toks) and toks[i + 1].text == ":" and headline_passive(sentence, t.start, t.lower):
        return None  # "Full horror of the crash revealed: 13 dead": a headline's passive, no one speaks
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
        end = np_forward(toks, after, allow_apposition=False)
        if end is not None and end - after > 4:
            # "told NBC News in an interview on Monday": a named addressee ends before the
            # circumstance (not "told police the shooting happened on …": no name there)
            cut = next((x for x in range(after + 1, end) if toks[x].lower in _CIRCUMSTANCE), end)
            # (and no figure after it: "told Parliament in Kyiv at least 30 soldiers died" says it there)
            if all(x.capital for x in toks[after + (toks[after].lower == "the"):cut]) \
                    and not any(x.text[:1].isdigit() for x in toks[cut:]):
                end = cut
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
        end = np_forward(toks, after + 1, allow_apposition=True)
        if end is None or not be:
            return None
        return InSentence(cue, Span(toks[after + 1].start, toks[end - 1].end), None), end
    if be and not gerund:
        return None  # "Sanders was announced the winner"
    if gerund and i > 0 and toks[i - 1].text == "," and last_source is not None and not be:
        # "…, the ministry said in a statement, adding that 30 were wounded": the same speaker
        content = content_after(toks, after, sentence)
        return (InSentence(cue, last_source, content), after) if content is not None else None
    if gerund and not be and not after_with(toks, j):
        return None  # "Hispanics telling their stories"; but "with the UN estimating that …"
    if j < 0:
        return None
    tj = toks[j]
    if tj.text == "," and (c := _cited_before(toks, j)) is not None:
        j, tj = c, toks[c]  # "Ukrainian media, citing local officials, reported": the media
    elif j > 2 and (tj.text == "," or tj.word) and ("quoted by" in sentence or "cited by" in sentence) \
            and (c := _relayed_before(toks, j)) is not None:
        j, tj = c, toks[c]  # "The governor, quoted by local media, said": the governor (citing.quoted_by_outlet)
    elif tj.text in _DASHES and (c := _dashed_before(toks, j)) is not None:
        j, tj = c, toks[c]  # "The ministry - citing drone footage - said": the ministry
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
            source = last_source or clause_subject(toks, j)
            if source is None:
                return None
            return InSentence(cue, source, content_after(toks, after, sentence)), after
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
            if tj.lower in lex.clause or tj.lower in lex.verbish or tj.lower in PREPOSITIONS or tj.lower in DETERMINERS:
                return None
            start = relative_back(toks, j)
            start = np_back(toks, j) if start is None else start
            if start is None:
                return None
        source = Span(toks[start].start, source_end)
        content = content_after(toks, after, sentence)
        if content is None:
            return InSentence(cue, source, content_before(toks, start, sentence), True, continued(toks, after, sentence)), after
        return InSentence(cue, source, content), after
    if tj.text in (",",) or tj.text in QUOTES_CLOSE:
        # "Geoff Garin, a Democratic pollster, said …" (apposition), else ", said X." (inverted)
        if tj.text == ",":
            start = apposition_back(toks, j)
            if start is not None:
                source = Span(toks[start].start, toks[circumstance_cut(toks, start, j)].end)
                content = content_after(toks, after, sentence)
                if content is None:
                    return InSentence(cue, source, content_before(toks, start, sentence), True), after
                return InSentence(cue, source, content), after
        end = np_forward(toks, after, allow_apposition=True, inverted=True)
        if end is None:
            return None
        # the clause must end with the source: "tells reporters that …" is no inverted cue
        if end < len(toks) and toks[end].word and toks[end].lower not in ("in", "on", "at", "during", "after", "before", "when", "as"):
            return None
        if t.lower in _DENIAL_CUES and any(x.lower in _WHAT_IS_SAID for x in toks[after:end]):
            return None  # "…, denies Russian figure of 300,000": what is denied, not who denies (but "…, said the ministry's report")
        source = Span(toks[after].start, toks[end - 1].end)
        content = content_before(toks, j + (1 if tj.text in QUOTES_CLOSE else 0), sentence)
        return InSentence(cue, source, content, True), end
    return None


_DENIAL_CUES = frozenset({"denies", "denied", "rejects", "rejected", "dismisses", "dismissed", "disputes", "disputed",
                          "refutes", "refuted"})
# nouns of what is said, never who denies it: a denial's object ("…, denies Russian figure")
_WHAT_IS_SAID = frozenset({"figure", "figures", "claim", "claims", "report", "reports", "estimate", "estimates", "toll",
                           "tolls", "allegation", "allegations", "account", "accounts", "statement", "statements"})


# a quotation opened right after a cue ("he continued: “…", "he continued, “…")
_MARKS_BEFORE_QUOTATION = compiled(r"\s*([,:]?)\s*[“\"]")


def _quoting(found: tuple[InSentence, int], sentence: str) -> tuple[InSentence, int] | None:
    """A cue that says something only where it introduces a quotation ("continued"): kept
    where its content is one, closed before its speaker ("“…,” he continued") or opened right
    after the cue ("he continued: “…”"; after a comma, a pronoun's: "she continued, “…”");
    else ``None``."""
    a, end = found
    if a.source is None:
        return None
    if a.content_before and a.content is not None:
        return found if sentence[a.content.end:a.source.start].strip(" ,") in ("”", '"', "’") else None
    m = _MARKS_BEFORE_QUOTATION.match(sentence, a.cue.end)
    if m is None or m.group(1) != ":" and sentence[a.source.start:a.source.end].lower() not in cue_lexicon().pronouns:
        return None
    # the quotation runs to the sentence's end (not "…: “we hid,” a resident said": another's)
    close = _QUOTATION_CLOSES.search(sentence, m.end())
    if close is not None and any(c.isalnum() for c in sentence[close.end():]):
        return None
    return InSentence(a.cue, a.source, Span(m.end() - 1, len(sentence.rstrip()))), end


_QUOTATION_CLOSES = compiled(r"[”\"]")
