"""Attribution relations: who says what, as a stage of its own.

For every sentence, each cue ("said", "told reporters", "according to", "put the toll at")
yields one :class:`~tollbook.records.Attribution`: the cue, the source (the whole noun phrase
that speaks, appositions included: "Olena Kovalenko, a spokeswoman for the regional
administration") and the content (what is attributed: the rest of the clause, or the words
before ", she said", or a quotation that began sentences earlier).

The rules (extract/speakers.py) walk a sentence's tokens once, in bounded windows; the words
are data (``data/attribution.json``). A source whose edges the rules cannot see for sure is
left empty rather than guessed. Here the sentences' attributions are placed in the document:
quotations followed back, beliefs inside statements dropped, the parser (extract/parse.py)
read where the rules found no source.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ..regexes import compiled
from ..lexicon import WordStarts, alternation, data_json
from ..records import Attribution, Sentence, Span
from .sentences import split_sentences
from .source_phrases import cue_lexicon
from .according import counts
from .speakers import MAX_QUOTE_SENTENCES, may_say_the_sentence_before, sentence_attributions
from .what_is_said import QUOTES_OPEN, InSentence


def find_attributions(text: str, sentences: list[Sentence] | None = None, parser: bool = False,
                      unsourced: bool = False) -> list[Attribution]:
    """Every attribution of a document, in text order. With ``parser``, sentences holding a
    reporting verb the rules left without a source are read by the dependency parser too; with
    ``unsourced``, the cues whose speaker no sentence names are added (extract/unsourced.py:
    "Asked about …", "is expected to …"), which the claims never read."""
    sentences = split_sentences(text) if sentences is None else sentences
    out: list[Attribution] = []
    # one scan of the document for the words a cue can start with: most sentences hold none
    # and are never tokenized
    hits = [m.start() for m in _cue_words(parser).finditer(text)]
    for i, s in enumerate(sentences):
        k = bisect_left(hits, s.start)
        if k < len(hits) and hits[k] < s.end:
            out.extend(sentence_relations(text, sentences, i, parser))
    if unsourced:
        from .unsourced import unsourced as unsourced_cues

        out.extend(unsourced_cues(text, sentences, [a.cue for a in out]))
        out.sort(key=lambda a: a.cue.start)
    return out


# the most words between a source and its verb that a cue takes in (with_its_auxiliaries)
_MAX_AUXILIARIES = 5
_WORD_RUN = compiled(r"\S+")


def with_its_auxiliaries(text: str, a: Attribution) -> Attribution:
    """``a`` with its cue as a reader marks it: the auxiliaries, negation and adverbs between
    its source and its verb taken in ("The ministry has also said …": "has also said"; "she
    did not say": "did not say"). Only where the source ends before the cue and every word
    between is one the rules walk back over (data/attribution.json's "between", "be" and
    modal forms, an adverb in -ly). For what ``tollbook attributions`` prints: the claims read
    the cue as the rules found it, the verb alone."""
    src = a.source
    if src is None or src.end >= a.cue.start or a.cue.start - src.end > 60:
        return a
    words = _WORD_RUN.findall(text, src.end, a.cue.start)
    if not words or len(words) > _MAX_AUXILIARIES:
        return a
    lex = cue_lexicon()
    for w in words:
        low = w.lower()
        if not (low in lex.between or low in lex.be_forms or low in lex.modals or len(low) > 4 and low.endswith("ly")
                and low.isalpha()):
            return a
    start = text.find(words[0], src.end, a.cue.start)
    return Attribution(cue=Span(start, a.cue.end), source=src, content=a.content)


def as_printed(text: str, a: Attribution) -> Attribution:
    """``a`` as ``tollbook attributions`` prints it: its cue as a reader marks it, with its
    auxiliaries (:func:`with_its_auxiliaries`) and a phrasal verb's particle
    (:func:`with_its_particle`)."""
    return with_its_particle(text, with_its_auxiliaries(text, a))


# the particle after a cue, and the word after it
_PARTICLE = compiled(r"[ \t]+([A-Za-z]{2,7})\b(?:[ \t]+([\w']{1,12}))?")


def with_its_particle(text: str, a: Attribution) -> Attribution:
    """``a`` with the particle its verb takes in its cue ("called for", "referred to", "talked
    about": data/attribution.json's "cue_particles"), and out of its content; not one that opens
    a time ("called on Monday for …")."""
    m = _PARTICLE.match(text, a.cue.end)
    if m is None:
        return a
    verb = text[a.cue.start:a.cue.end].rsplit(None, 1)[-1].lower()
    if verb not in _particles().get(m.group(1).lower(), ()):
        return a
    after = (m.group(2) or "").lower()
    if after in cue_lexicon().time_words or after[:1].isdigit():
        return a
    end = m.end(1)
    content = a.content
    if content and a.cue.end <= content[0].start < end:
        nxt = _next_word_start(text, end)
        content = (Span(nxt, content[0].end),) + content[1:] if nxt < content[0].end else content[1:]
    return Attribution(cue=Span(a.cue.start, end), source=a.source, content=content)


def _next_word_start(text: str, pos: int) -> int:
    """Where the first character after ``pos`` that is no space is (a bounded look)."""
    for k in range(pos, min(len(text), pos + 8)):
        if not text[k].isspace():
            return k
    return pos


@lru_cache(maxsize=1)
def _particles() -> dict[str, frozenset[str]]:
    return {p: frozenset(forms) for p, forms in data_json("attribution.json")["cue_particles"].items()}


def holds_cue(text: str, s: Sentence, lower: str | None = None) -> bool:
    """Whether sentence ``s`` of ``text`` holds a word a cue can start with (the test
    :func:`find_attributions` makes with one scan of the whole document), looked for in the
    sentence alone: a sentence without one has no attribution of the rules. ``lower``:
    ``text.lower()``, where lexicon.lowers_alike(text), searched case-sensitive (several times
    faster)."""
    # the scan reads one character past a word (the look-ahead): as far as the whole text does
    end = s.end + _longest_cue_word() + 1
    if lower is None:
        m = _cue_words(False).search(text, s.start, end)
        return m is not None and m.start() < s.end
    m = _cue_words_lowered().search(lower, s.start, end)
    return m is not None and m.start("word") < s.end


@lru_cache(maxsize=1)
def _cue_words_lowered() -> WordStarts:
    """``_cue_words(False)`` for text lower-cased, case-sensitive (lexicon.lowers_alike), its
    look-behind a word start (lexicon.WordStarts), so the engine skips ahead to where a word
    starts (a look-behind first stops that)."""
    words = sorted({w.lower() for w in _cue_word_list(False)})
    return WordStarts.of_words(words, before=r"\w'’", after=r"(?![\w'’-])")


@lru_cache(maxsize=2)
def _cue_words(parser: bool) -> re.Pattern[str]:
    """The words any cue starts with (and the parser's verbs when it reads too), as whole
    words, any case."""
    return compiled(r"(?i)(?<![\w'’])(?:" + alternation(sorted(_cue_word_list(parser))) + r")(?![\w'’-])")


def _cue_word_list(parser: bool) -> set[str]:
    from .parse import cue_forms

    # (and a count's nouns: "By Ukraine's count, …" is said by its owner; according.by_count)
    return set(cue_lexicon().verbs) | {"according", "citing", "quoting", "per"} | counts()[0] | (set(cue_forms()) if parser else set())


@lru_cache(maxsize=1)
def _longest_cue_word() -> int:
    return max(len(w) for w in _cue_word_list(False))


def sentence_relations(text: str, sentences: list[Sentence], i: int, parser: bool = False) -> list[Attribution]:
    """The attributions whose cue is in sentence ``i``."""
    s = sentences[i]
    found = [a for a in sentence_attributions(s.text) if not _quoted(text, s.start + a.cue.start)]
    if parser and s.text and has_cue_form(s.text):
        from .parse import parsed_attributions

        for cue, source, content in parsed_attributions(s.text, [a.cue for a in found]):
            if not _quoted(text, s.start + cue.start):
                found.append(InSentence(cue, source, content))
        found.sort(key=lambda a: a.cue.start)
    # a belief inside a statement is part of it; "you" is the reader, not a speaker (the
    # parser's subjects too)
    # (a plain loop, each test asked only where it may hold: a cue of cognition, three letters)
    words, cognition = s.text, _cognition()
    out = []
    for a in found:
        if words[a.cue.start:a.cue.end].lower() in cognition and _held_within(words, a, found):
            continue
        src = a.source
        if src is not None and src.end - src.start == 3 and words[src.start:src.end].lower() == "you":
            continue
        out.append(_place(a, s, sentences, i, text))
    return out


@lru_cache(maxsize=1)
def _cognition() -> frozenset[str]:
    return frozenset(data_json("attribution.json")["cognition"])


_RELATIVE_BEFORE = compiled(r"\b(?:that|who|which|what|whom)\s+$", re.I)


def _held_within(sentence: str, a: "InSentence", found: list["InSentence"]) -> bool:
    """Whether ``a`` is a belief inside another statement of its sentence ("He says he believes
    …") or inside a relative clause ("a decision that he believes was …"): part of that, not an
    attribution of its own."""
    if sentence[a.cue.start:a.cue.end].lower() not in _cognition():
        return False
    if any(b.cue.start < a.cue.start and sentence[b.cue.start:b.cue.end].lower() not in _cognition() for b in found):
        return True
    return a.source is not None and sentence[a.source.start:a.source.end].lower() in cue_lexicon().pronouns \
        and bool(_RELATIVE_BEFORE.search(sentence, 0, a.source.start))


def _quoted(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside a quotation opened earlier in its paragraph: a speaker quoting
    someone ("He said, 'we lost …'") is one attribution, the speaker's."""
    lo = _paragraph_start(text, pos)  # (found once for both tests)
    return _opened_in(text, lo, pos) is not None or text.count("''", lo, pos) % 2 == 1


def _paragraph_start(text: str, pos: int) -> int:
    """Where ``pos``'s paragraph starts (looked for no further back than the reach: a page of
    one line was read back to its start for every cue)."""
    reach = max(0, pos - _QUOTE_REACH)
    return max(text.rfind("\n", reach, pos) + 1, reach)


def quote_opened_at(text: str, pos: int) -> int | None:
    """Where the quotation open at ``pos`` opened (earlier in its paragraph), if one is."""
    return _opened_in(text, _paragraph_start(text, pos), pos)


def _opened_in(text: str, lo: int, pos: int) -> int | None:
    """:func:`quote_opened_at`, the paragraph before ``pos`` starting at ``lo`` (read in place:
    no copy of it)."""
    opened = text.rfind("“", lo, pos)
    # the last opening mark not closed since (an unmatched mark further back is page junk);
    # a straight mark opens when a word follows it and no word precedes it. Marks mixed up
    # close a quotation too: "…,” he said (a straight mark opened it), “…,“ he said (an
    # opening mark after the words, a space after it)
    if opened >= 0 and text.find("”", opened, pos) < 0 and text.find('"', opened, pos) < 0 \
            and not _misused_closer(text, opened, lo, pos):
        return opened
    last = text.rfind('"', lo, pos)
    if last >= 0 and (last == lo or not text[last - 1].isalnum() and text[last - 1] not in ".,!?;:") \
            and last + 1 < pos and text[last + 1].isalnum() and text.find("”", last, pos) < 0:
        return last
    return None


def _misused_closer(text: str, k: int, lo: int, end: int) -> bool:
    """Whether the opening mark at ``k`` (in ``text[lo:end]``) closes a quotation: after a mark
    that ends the words quoted, before a space ("…,“ she said")."""
    return lo < k and text[k - 1] in ".,!?" and (k + 1 == end or text[k + 1].isspace())


# a quotation followed back at most this far
_QUOTE_REACH = 600


def has_cue_form(sentence: str) -> bool:
    """Whether ``sentence`` holds a written form of one of the parser's reporting verbs (as a
    whole run of the letters a-z, lower-cased): the parser reads no other sentence."""
    return _cue_form_scan().search(sentence.lower()) is not None


@lru_cache(maxsize=1)
def _cue_form_scan() -> WordStarts:
    """The parser's verb forms, each a whole run of a-z letters (one scan, where splitting the
    sentence into such runs and looking each up took twice as long)."""
    from .parse import cue_forms

    return WordStarts.of_words(cue_forms(), before="a-z", after="(?![a-z])")


def _place(a: InSentence, s: Sentence, sentences: list[Sentence], i: int, text: str) -> Attribution:
    cue = Span(s.start + a.cue.start, s.start + a.cue.end)
    source = Span(s.start + a.source.start, s.start + a.source.end) if a.source else None
    spans: tuple[Span, ...] = ()
    if a.content:
        spans = (Span(s.start + a.content.start, s.start + a.content.end),)
        if a.content_before:
            spans = _quote_back(spans, s, sentences, i, text)
        if a.more:
            spans = spans + (Span(s.start + a.more.start, s.start + a.more.end),)
    elif a.content_before and i > 0:
        # "…killed six. That is what the governor said." — nothing before the cue in its sentence
        prev = sentences[i - 1]
        spans = (Span(prev.start, prev.end),)
    return Attribution(cue=cue, source=source, content=spans)


# the most sentences before its own that an attribution's content may hold (may_hold_before)
MAX_REACH_BACK = MAX_QUOTE_SENTENCES


def may_hold_before(sentences: list[Sentence], j: int, k: int) -> bool:
    """Whether the content of an attribution cued in sentence ``j`` may hold part of sentence
    ``k`` before it (see :func:`_place`): the one just before (", she said." with nothing before
    it in its own sentence), or one a quotation closed in ``j`` is followed back over
    (:func:`_quote_back`): ``j`` closes one ("”") and does not open with a quotation mark, and
    the nearest sentence before it that does, at most :data:`MAX_QUOTE_SENTENCES` back, is
    ``k`` or one before it. Read from the sentences' characters, without their tokens: the
    one just before only where ``j`` closes a quotation or a cue of it may say nothing of ``j``
    (speakers.may_say_the_sentence_before)."""
    if j - k == 1:
        return "”" in sentences[j].text or may_say_the_sentence_before(sentences[j].text)
    text = sentences[j].text
    if not 1 < j - k <= MAX_QUOTE_SENTENCES or "”" not in text or text[:1] in QUOTES_OPEN:
        return False
    for m in range(j - 1, max(-1, j - 1 - MAX_QUOTE_SENTENCES), -1):
        if sentences[m].text[:1] in QUOTES_OPEN:
            return m <= k
    return False


def _quote_back(spans: tuple[Span, ...], s: Sentence, sentences: list[Sentence], i: int, text: str) -> tuple[Span, ...]:
    """A quotation closed in this sentence may have opened sentences earlier: follow it back."""
    head = text[s.start: spans[0].start + 1]
    # followed back only when the sentence closes a quotation it did not open
    if head[:1] in QUOTES_OPEN or head.count("“") or text[s.start:spans[0].end].count("”") != 1:
        return spans
    out = list(spans)
    for k in range(i - 1, max(-1, i - 1 - MAX_QUOTE_SENTENCES), -1):
        prev = sentences[k]
        out.insert(0, Span(prev.start, prev.end))
        if prev.text[:1] in QUOTES_OPEN:
            return tuple(out)
    return spans

