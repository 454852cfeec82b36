"""Who states a figure: the claimant stage of claim extraction.

A figure's claimant is the source of the innermost attribution whose content holds it
(:class:`_Sources`, reading extract/attributions.py lazily); the source phrase is resolved to a
party (:func:`_source_claimant`): pronouns and roles ("he", "the ministry", "it") to the
party named before them in the document (:class:`_Context`), organs of a group the story
defined by its backer, outlets named at the end of a description. A headline's figure with no
attribution is its trailer's ("… - operations command") or the outlet's own
(:func:`_headline_claimant`, :func:`outlet_at`).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlparse

from ..regexes import compiled
from ..lexicon import data_json, lowers_alike
from ..records import Attribution, Claimant, Document, Sentence, Span, _quick_init, replace
from ..resolve import Entity, find_location, with_tables, country_in, defined_group_side, is_indefinite, role_kind, media_affiliation, lookup_entity, resolve_claimant
from .attribution import WIRE_TAG, attribution_phrases, own_report_owner, valid_source
from .source_phrases import report_owner, speaks as _speaker
from .speakers import MAX_QUOTE_SENTENCES
from .what_is_said import QUOTES_OPEN
from .attributions import MAX_REACH_BACK, has_cue_form, holds_cue, may_hold_before, quote_opened_at, sentence_relations
from .implied import adversaries, held_side, names_a_side
from .insurgents import insurgents_side
from .recall import _Context, one_role


def outlet_name(doc: Document) -> str | None:
    if doc.outlet:
        return doc.outlet
    if doc.url:
        return _host(doc.url).removeprefix("www.") or None
    return None


# a plain web address: its host (letters, digits, dots, hyphens), a port perhaps, then its path
_PLAIN_URL = compiled(r"https?://([A-Za-z0-9.-]+)(?::[0-9]*)?(?:[/?#]|\Z)")


def _host(url: str) -> str:
    """``urlparse(url).hostname or ""``: read at once from a plain web address (urlparse's
    other work was a tenth of a millisecond a document), by urlparse otherwise."""
    m = _PLAIN_URL.match(url)
    if m is not None:
        return m.group(1).lower()
    return urlparse(url).hostname or ""


_DIGEST_JOIN = compiled(r";(?=\S)")


def outlet_at(doc: Document) -> Callable[[int], str | None]:
    """The outlet of the text at an offset. A digest of headlines joined by ";" may carry its
    outlets joined the same way ("AFP;TASS"), one per headline: each headline gets its own."""
    name = outlet_name(doc)
    parts = (doc.outlet or "").split(";")
    if len(parts) < 2:
        return lambda pos: name
    starts = [0] + [m.end() for m in _DIGEST_JOIN.finditer(doc.text)]
    if len(starts) != len(parts):
        return lambda pos: name
    return lambda pos: parts[bisect_right(starts, pos) - 1].strip() or name


def _headline_claimant(sentence_text: str, start: int, ctx: _Context, outlet: str | None) -> Claimant:
    """The claimant a headline names in its own way ("… - operations command", "Police: …"),
    else the outlet's voice."""
    found = []
    for a in attribution_phrases(sentence_text, headline_only=True):
        pos = start + a.start
        # A headline's bare "- command" is no ministry named earlier: what it reports shows its side.
        c = insurgents_side(resolve_claimant(a.text))
        if c.kind == "media" and not c.affiliation:
            c = replace(c, affiliation=media_affiliation(c.name))  # ("… - TASS": a state's outlet, its state's, as in a story's body)
        if c.name:
            found.append((pos, c))
    # "According to Reuters, the ministry said …": the agency relays; the ministry claims.
    for pos, c in sorted(found, key=lambda pc: pc[1].kind == "media"):
        ctx.add(pos, c)
        return c
    return _outlet_voice(outlet)


@lru_cache(maxsize=1024)
def _outlet_voice(outlet: str | None) -> Claimant:
    """The outlet's own voice as a claimant (the same record for every headline it carries)."""
    return Claimant("", outlet, media_affiliation(outlet), "media", None)


_SURNAME = compiled(r"[A-Z][a-z'’-]+")
_COUNTED = compiled(r"^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\s", re.I)
_NAMED = compiled(r"[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+$")


def _may_count(words: str) -> bool:
    """Whether ``words`` open with a digit or a letter one of _COUNTED's words opens with (in
    either case; "ſ" is an "s" to a pattern ignoring case): the pattern is tried only then."""
    first = words[:1]
    return first.isdecimal() or first in "tTfFsSeEnNdDhHſ"


# pronouns that name a speaker only through the party named before them
_PRONOUNS = frozenset({"he", "she", "it", "they"})
# the sentences before a pronoun's whose speakers it may refer to (hear_before): only the one just
# before (further back, someone named in between may be who "he" is: "The chief said … The suspect
# was arrested. He said he shot three")
_HEARD_BACK = 1
_OUTLET_PARTS = frozenset({"service", "services", "edition", "desk", "channel"})
_POSSESSIVE_END = compiled(r"['’]s?$")


class _Sources:
    """The document's attributions, looked up by what their content covers. A sentence's are
    read on first need (most sentences hold no figure): those cued in it and in the few after
    it whose content may reach back to it (attributions.may_hold_before)."""

    def __init__(self, text: str, sentences: list[Sentence], lower: str | None = None) -> None:
        """``lower``: ``text.lower()``, if the caller has it."""
        self.text = text
        self.sentences = sentences
        self.by_sentence: dict[int, list[Attribution]] = {}
        self.parsed: set[int] = set()
        self._cued: dict[int, list[Attribution]] = {}  # attributions by the sentence of their cue
        self._rules: dict[int, list[Attribution]] = {}  # the rules' attributions, by their cue's sentence
        self._read: set[int] = set()  # sentences whose by_sentence holds every rule attribution
        self._at_war: bool | None = None
        self._cue_word: dict[int, bool] = {}  # whether a sentence holds a word a cue starts with
        self._cue_form: dict[int, bool] = {}  # whether a sentence holds a form of the parser's verbs
        self.starts = [s.start for s in sentences]
        self._lower = (text.lower() if lower is None else lower) if lowers_alike(text) else None
        self._heard: set[tuple[int, bool]] = set()  # sentences whose speakers a pronoun made known (hear_before)

    @property
    def at_war(self) -> bool:
        """The parser is spent on the stories of a known conflict, where who counts matters most
        and subjects run long ("Moscow-backed separatists in the Donetsk region said …");
        elsewhere the rules alone read the claimant ("police said"). Looked for once, on the
        first figure the rules leave without a source."""
        if self._at_war is None:
            self._at_war = names_a_side(self.text)
        return self._at_war

    def _cued_in(self, j: int) -> list[Attribution]:
        """The rules' attributions whose cue is in sentence ``j``."""
        found = self._rules.get(j)
        if found is None:
            found = self._rules[j] = sentence_relations(self.text, self.sentences, j) if self._has_cue_word(j) else []
        return found

    def _has_cue_word(self, j: int) -> bool:
        """Whether sentence ``j`` holds a word a cue starts with (attributions.holds_cue); one
        that does not is known to have no attribution of the rules."""
        found = self._cue_word.get(j)
        if found is None:
            found = self._cue_word[j] = holds_cue(self.text, self.sentences[j], self._lower)
            if not found:
                self._rules[j] = []
        return found

    def cued(self, k: int) -> list[Attribution]:
        """The attributions with a source whose cue is in sentence ``k``."""
        if k not in self._cued:
            self._cued[k] = [a for a in self._cued_in(k) if a.source is not None]
        return self._cued[k]

    def _sentence(self, k: int) -> list[Attribution]:
        """The attributions whose content holds part of sentence ``k``, cue order (the rules'
        first, then the parser's)."""
        if k not in self._read:
            self._read.add(k)
            for j in range(k, min(k + MAX_REACH_BACK + 1, len(self.sentences))):
                # (a sentence read already is looked at; of the next one, whether it holds a cue
                # word is asked before may_hold_before, which reads more of it)
                if j > k and j not in self._rules and (j == k + 1 and not self._has_cue_word(j)
                                                       or not may_hold_before(self.sentences, j, k)):
                    continue
                for a in self._cued_in(j):
                    if self._holds_part(a, k):
                        self.by_sentence.setdefault(k, []).append(a)
            self._quote_forward(k)
        return self.by_sentence.get(k, [])

    def _quote_forward(self, k: int) -> None:
        """A quotation a cue opens in an earlier sentence and sentence ``k`` goes on with
        ("Gladkov said: “Three were killed. Five more were wounded.”"): the cue's content runs
        on over the sentences to ``k``, at most MAX_QUOTE_SENTENCES after its own."""
        s = self.sentences[k]
        if not k or not _holds_mark(self.text, self.sentences[max(0, k - MAX_QUOTE_SENTENCES)].start, s.start):
            return  # (no mark that opens a quotation in the sentences before: most have none)
        opened = quote_opened_at(self.text, s.start)
        if opened is None:
            return
        j = bisect_right(self.starts, opened) - 1
        if not 0 <= j < k or k - j > MAX_QUOTE_SENTENCES \
                or any(m in self.text[opened + 1:s.start] for m in _QUOTE_MARKS):
            return  # (another mark since the one that opened: a quotation closed, or marks mixed up)
        # the quotation closes in its paragraph, within the sentences it may reach (an opening mark
        # never closed is page junk: the speakers after it are their own)
        close = "”" if self.text[opened] == "“" else '"'
        last = self.sentences[min(len(self.sentences) - 1, j + MAX_QUOTE_SENTENCES)].end
        line_end = self.text.find("\n", s.start, last)
        if self.text.find(close, s.start, line_end if line_end >= 0 else last) < 0:
            return
        for a in self._cued_in(j):
            # the cue before the quotation, its content the quotation to the end of its sentence
            if a.source is not None and a.content and a.cue.end <= opened and a.content[-1].start <= opened < a.content[-1].end \
                    and a.content[-1].end >= self.sentences[j].end - 2:
                on = tuple(Span(x.start, x.end) for x in self.sentences[j + 1:k + 1])
                self.by_sentence.setdefault(k, []).append(Attribution(a.cue, a.source, a.content + on))

    def _holds_part(self, a: Attribution, k: int) -> bool:
        """Whether ``a`` has a source and its content holds part of sentence ``k``."""
        if a.source is None or not a.content:
            return False
        # (``k in self._covered(a)``, asked of the two sentences' starts: no bisection, no range)
        starts = self.starts
        return starts[k] < a.content[-1].end and (k + 1 == len(starts) or starts[k + 1] > a.content[0].start)

    def _covered(self, a: Attribution) -> range:
        first = bisect_right(self.starts, a.content[0].start) - 1
        last = bisect_right(self.starts, a.content[-1].end - 1) - 1
        return range(max(first, 0), last + 1)

    def _add(self, found: list[Attribution]) -> None:
        for a in found:
            if a.source is not None:
                self.cued(bisect_right(self.starts, a.cue.start) - 1).append(a)
            if a.source is None or not a.content:
                continue
            for k in self._covered(a):
                self._sentence(k)
                self.by_sentence.setdefault(k, []).append(a)

    def covering(self, sentence: int, start: int, end: int) -> Attribution | None:
        """The innermost attribution whose content holds ``[start, end)``: in "AFP reported the
        ministry as saying 12 died" the ministry speaks, AFP relays. Where the rules found none,
        the figure's sentence is read by the parser once (extract/parse.py)."""
        best = self._innermost(sentence, start, end)
        # the parser reads only a sentence holding a form of its verbs (attributions.has_cue_form):
        # looked for before the scan of the whole document at_war makes (most such figures' sentences hold none)
        if best is None and sentence not in self.parsed and self._at_war is not False and self._may_parse(sentence) \
                and self.at_war:
            self.parsed.add(sentence)
            found = sentence_relations(self.text, self.sentences, sentence, parser=True)
            known = {(a.cue.start, a.cue.end) for a in self._sentence(sentence)}
            self._add([a for a in found if (a.cue.start, a.cue.end) not in known])
            best = self._innermost(sentence, start, end)
        if best is None and sentence:
            best = self._quotation_goes_on(sentence)
        return best

    def _quotation_goes_on(self, k: int) -> Attribution | None:
        """Who speaks a sentence that is one quotation and no one's words else, right after
        quotations credited to a speaker ('"We destroyed three tanks," the spokesman said. "In
        addition, 40 soldiers were killed."'): that speaker still, as a reader takes it (a few
        such sentences on at most, each one quotation)."""
        j = k
        while j > 0 and k - j < MAX_QUOTE_SENTENCES and _one_quotation(self.sentences[j].text):
            if j < k and self._cued_in(j):
                return None  # (a quotation with a cue of its own between)
            j -= 1
            for a in self.cued(j):
                if a.content and a.content[0].start > 0 and self.text[a.content[0].start - 1] in _QUOTE_MARKS:
                    return Attribution(a.cue, a.source, a.content + tuple(Span(x.start, x.end) for x in self.sentences[j + 1:k + 1]))
        return None

    def hear_before(self, k: int, a: Attribution, ctx: _Context) -> None:
        """Where ``a``'s source is a pronoun ("he said"), make the speakers named in the sentence
        before its own known to ``ctx`` even where they stated no figure ("Mayor
        Vitali Klitschko wrote on Telegram on Sunday. He said one person died"): a pronoun refers
        to the latest of them that fits. Each sentence's speakers once."""
        pronoun = self.text[a.source.start:a.source.end].strip().lower() if a.source is not None else ""
        if pronoun not in _PRONOUNS:
            return
        people = pronoun in ("he", "she")  # (named persons for these, bodies for "it", "they")
        for j in range(max(0, k - _HEARD_BACK), k):  # (its own sentence's: pronoun_speaker)
            if (j, people) in self._heard:
                continue
            self._heard.add((j, people))
            for b in self.cued(j):
                said = self.text[b.source.start:b.source.end].strip().lower()
                if b.source.end <= a.source.start and (said not in _PRONOUNS or people and said in ("he", "she")):
                    # (a "he" before, as whom it refers to: "He said Putin lied. He said …")
                    c = _source_claimant(self.text[b.source.start:b.source.end], b.source.start, ctx)
                    c = _as_person(c) if c is not None and c.name and c.kind != "media" else None
                    # (one named by a role alone, "the regional governor", only from the sentence
                    # right before: further back, someone unnamed may have come between)
                    if c is None or bool(c.person or people and j == k - 1 and one_role(c.text)) != people or c.person and country_in(c.person) \
                            or not people and c.kind == "unknown" and " " not in c.name:
                        continue  # (persons for "he", bodies for "they"; not "German, a resident" for either)
                    ctx.add(b.source.start, c)

    def _may_parse(self, k: int) -> bool:
        """Whether the parser could find an attribution in sentence ``k`` that the rules did not."""
        found = self._cue_form.get(k)
        if found is None:
            found = self._cue_form[k] = has_cue_form(self.sentences[k].text)
        return found

    def _innermost(self, sentence: int, start: int, end: int) -> Attribution | None:
        if sentence not in self._read:
            # An attribution cued in a later sentence holds the whole of each sentence it
            # reaches back to (the one before ", she said.", a quotation followed back:
            # attributions._place): one cued in this sentence whose content is shorter than
            # the sentence is innermost before any of those, which are then not read.
            s = self.sentences[sentence]
            own = [a for a in self._cued_in(sentence) if self._holds_part(a, sentence)]
            best, size = _smallest(own, start, end)
            if best is not None and size < s.end - s.start:
                return best
        return _smallest(self._sentence(sentence), start, end)[0]


# a person's name ending a speaker's words: "Mayor Vitali Klitschko", "Leontyev"
_NAME_END = compiled(r"(?:^|\s)((?:[A-Z][a-z'’-]+\s+){0,2}[A-Z][a-z'’-]{2,})$")


def _as_person(c: Claimant) -> Claimant:
    """``c`` as the person its words end in, where they name one no table knows as a party or
    place ("Mayor Vitali Klitschko": a "he" may be him)."""
    if c.person or c.kind not in ("unknown", "official", "government", "military"):
        return c
    m = _NAME_END.search(c.text.strip())
    if m is None:
        return c
    words = m.group(1).split()
    while len(words) > 1 and role_kind(words[0]):
        del words[0]  # a title before the name: "Mayor"
    name = " ".join(words)
    if lookup_entity(name) or country_in(name) or role_kind(name):
        return c
    return replace(c, person=name)


def _one_quotation(sentence: str) -> bool:
    """Whether a sentence is one quotation, marks at both ends and none inside."""
    t = sentence.rstrip()
    if t[:1] == "“":
        return t[-1:] == "”" and t.count("“") == 1 and t.count("”") == 1
    return t[:1] == '"' and t[-1:] == '"' and t.count('"') == 2


def _holds_mark(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds a mark that opens a quotation (QUOTES_OPEN), read in place:
    not cut out once a mark."""
    for m in QUOTES_OPEN:
        if text.find(m, lo, hi) >= 0:
            return True
    return False


def _smallest(found: list[Attribution], start: int, end: int) -> tuple[Attribution | None, int]:
    """The first of ``found`` with the least content that holds ``[start, end)``, and its size."""
    best, size = None, 0
    for a in found:
        if a.covers(start, end):
            n = 0
            for sp in a.content:
                n += sp.end - sp.start
            if best is None or n < size:
                best, size = a, n
    return best, size


def _headline_side(found, text: str, ctx: "_Context") -> Claimant | None:
    """The first side of a known conflict that speaks in a headline, as an implied claimant."""
    for a in found:
        c = _source_claimant(text[a.source.start:a.source.end], a.source.start, ctx)
        if c is not None and c.affiliation in adversaries() and c.kind != "media":
            return replace(c, implied=True)
    return None


@_quick_init
@dataclass(frozen=True)
class _Phrase:
    """What a source phrase's words say alone, before the document is asked (:func:`_phrase`)."""

    parts: tuple[str, ...]  # its parts between commas: the speaker first, then descriptions
    named_before: bool  # may be someone named before ("the Defence Ministry"; not "an official")
    outlet: Entity | None  # an outlet named at the end of its description ("Russia's state news agency TASS")


_QUOTE_MARKS = "“”\"‘’"
_COUNT_NOUN = compiled(r"(?i)tall(?:y|ies)|count|analysis|review|investigation|calculation|estimate|database")
# an outlet's own count or analysis as a source: "a Reuters tally", "an AFP count", "the BBC's analysis"
_OUTLET_COUNT = compiled(r"(?:an?\s+|the\s+)?(?P<outlet>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}?)(?:['’]s)?\s+(?:own\s+)?"
                         r"(?:tally|tallies|count|analysis|review|investigation|calculation|calculations|estimate|estimates|database)"
                         r"(?:\s+(?:of|based\s+on)\s.*)?$")
# the place a speaker serves, after it: "… in the Zaporizhzhia region", "… of Kharkiv"
_PLACE_AFTER = compiled(r"\s+(?:in|of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:region|oblast|province|city|district|republic|area))?$")
_RELATIVE = compiled(r"\s+(?:who|whom|whose|which|that)\s.*$", re.S)


@with_tables
def _phrase(words: str) -> _Phrase | None:
    """The source phrase ``words`` read alone; ``None`` where it names no one who speaks.
    Remembered: the same few phrases ("police", "the ministry") state figure after figure."""
    parts = _parts(words)
    # (most phrases hold none of its nouns: looked for first, the pattern tries every start)
    counted = _OUTLET_COUNT.match(parts[0]) if parts and _COUNT_NOUN.search(parts[0]) else None
    if counted is not None and (outlet := _outlet_in([counted.group("outlet")])) is not None:
        return _Phrase(parts, False, outlet)  # "a Reuters tally", "an AFP count": the outlet's own count
    # (its last word capitalised asked first: the cheaper test, and most new names pass it)
    if not parts or not (parts[0].split()[-1][:1].isupper() or valid_source(parts[0])
                         or valid_source(_PLACE_AFTER.sub("", parts[0]))):
        return None  # (a description ending in a name is a source: "independent news outlet SOTA"; so is one
        # the place it serves makes long: "the head of the Russian-installed council in the Zaporizhzhia region")
    if _may_count(parts[0]) and _COUNTED.match(parts[0]) and role_kind(parts[0]) is None:
        return None  # "Two ceasefire violations reported …": a count of things, not who speaks
    if not _speaker(parts[0]):
        return None
    # "the Defence Ministry" is the ministry of the party named before; "an official" or
    # "Interior Minister Denys Monastyrskyi" is no one named before: their side comes from
    # the place they speak of.
    named_before = not (is_indefinite(parts[0]) or _NAMED.search(parts[0]))
    outlet = None
    if lookup_entity(parts[0]) is None:
        words = parts[0].split()
        outlet = _outlet_in(" ".join(words[-n:]) for n in (3, 2, 1) if len(words) > n)
        if outlet is None and len(words) > 1 and words[-1].lower() in _OUTLET_PARTS:
            # "the BBC Russian service", "the BBC's Russian service": an outlet's service in a
            # language is the outlet's
            outlet = _outlet_in(_POSSESSIVE_END.sub("", " ".join(words[:n])) for n in (2, 1) if len(words) > n)
            owner = _POSSESSIVE_END.sub("", " ".join(words[:-2])) if len(words) > 2 else ""
            if outlet is None and len(words) > 2 and words[-1].lower() == "service" and words[-3][-2:] in ("'s", "’s") \
                    and country_in(words[-2]) is not None and country_in(owner) is None and lookup_entity(owner) is None \
                    and role_kind(owner) is None and owner[:1].isupper():
                # "Radio Liberty's Ukrainian service": a broadcaster's service in a language, no
                # state's body ("Ukraine's security service" is named by its country), nor a
                # party's or person's the tables know ("the ministry's", "Putin's")
                outlet = Entity(owner, None, "media")
    return _Phrase(parts, named_before, outlet)


def _parts(words: str) -> tuple[str, ...]:
    """A source phrase's parts between commas, none empty, each without a relative clause: it
    describes the speaker, it does not name them ("a commander who gave only his call sign" is
    a commander)."""
    out = []
    for p in words.replace("´", "'").split(","):
        if "wh" in p or "that" in p:  # (the words _RELATIVE needs: most parts hold neither)
            p = _RELATIVE.sub("", p)
        p = p.strip()
        if p:
            out.append(p)
    return tuple(out)


def _outlet_in(phrases) -> Entity | None:
    """The first of ``phrases`` that names a known outlet."""
    return next((ent for ent in map(lookup_entity, phrases) if ent and ent.kind == "media"), None)


def _worded(c: Claimant, words: str) -> Claimant:
    """``c`` stated in ``words`` (``replace(c, text=words)``, made directly)."""
    return Claimant(words, c.name, c.affiliation, c.kind, c.person, c.implied, c.party)


# a plural noun a "they" may refer to (a word in -s but the few that are no plural noun)
_PLURAL = compiled(r"\b(?!(?:was|has|is|its|his|hers|this|thus|as|us|yes|news|across|always|perhaps|towards|afterwards|besides|unless|whereas|status|various|series|says|does|goes)\b)"
                   r"[a-z][a-z'’-]+s\b|\b(?:police|people|men|women|children|military|army|militia|staff|personnel)\b", re.I)


def pronoun_speaker(c: Claimant, a: Attribution, cued: list[Attribution], text: str, ctx: _Context) -> Claimant:
    """``c``, a pronoun that found no one before it ("they"), as the speaker of the attribution
    whose words hold it in the same sentence: "Ukrainian prosecutors said they had confirmed 500
    deaths" are the prosecutors'. Else ``c``, nameless."""
    if c.name or a.source is None:
        return c
    for b in cued:
        if b is not a and b.source is not None and b.source.end <= a.source.start and b.covers(a.source.start, a.source.end):
            if c.text.strip().lower() == "they" and _PLURAL.search(text, max(b.source.end, b.cue.end), a.source.start):
                return c  # "officials said that after Russian troops retreated, they …": the troops, maybe
            outer = _source_claimant(text[b.source.start:b.source.end], b.source.start, ctx)
            if outer is not None and outer.name:
                return _worded(outer, c.text)
    return c


_INDEPENDENT = compiled(r"\b(?:independent|opposition|exiled|dissident)\b", re.I)
# what makes an outlet its state's: "state media", "semi-official", a country's own, the words'
# first ("Russia's …"; not "the outlet that counts Russia's dead")
_STATE_RUN = compiled(r"\bstate(?:-run|-owned|-controlled)?\b|\b(?:semi-)?official\b|^(?:the\s+)?(?-i:[A-Z])[\w-]*['’]s\s", re.I)


# a quantity that opens a source ("over 100 residents", "at least half of the deputies"): the
# attribution keeps it (as PolNeAR's annotators do); the claimant is the people it counts
_QUANTITY = compiled(r"(?:about|over|under|nearly|almost|more\s+than|at\s+(?:least|most))\s+"
                     r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds|half)\s+(?:of\s+(?:the\s+)?)?(?=\w)", re.I)
# the letters _QUANTITY's words open with, in either case: the pattern is tried only after one
_QUANTITY_FIRST = "aAoOuUnNmM"


# an owner named in a body's words: a capitalised possessive, or "of" a capitalised name
# ("the armed wing of the SPLM-N", not "the Ministry of Defence": a part of a group, of it)
_OWNER_NAMED = compiled(r"(?-i:[A-Z])[\w-]*['’]s\s|(?i:\b(?:wing|arm|branch|faction|units?|press\s+service)\s+of\s+(?:the\s+)?)(?-i:[A-Z])")
# "the country's foreign minister", "the nation's health ministry": of a country named before it
_THE_COUNTRYS = compiled(r"(?i)(?:the\s+)?(?:country|nation)['’]s\s")


@lru_cache(maxsize=1)
def _local_roles() -> frozenset[str]:
    return frozenset(data_json("claimants.json")["local_roles"])


def _local(words: str) -> bool:
    """Whether words name an authority of one place ("the regional governor", "city officials")."""
    return not _local_roles().isdisjoint(words.lower().split())


def _local_country(ctx: _Context, pos: int) -> str | None:
    """The country of the body named last, for an authority of one place named without it,
    unless the place its sentence names is another side's."""
    country = ctx.country(pos)
    if country is None:
        return None
    sentence = ctx.sentence_at(pos)
    place = find_location(sentence)
    here = held_side(sentence) or (place.country if place is not None and place.country in adversaries() else None)
    return country if here in (None, country) else None


def _source_claimant(words: str, pos: int, ctx: _Context) -> Claimant | None:
    """The party a source phrase names: "Olena Kovalenko, a spokeswoman for the regional
    administration" is the administration's, Kovalenko speaking; "he" the party named before."""
    if "-" in words[:12]:
        words = WIRE_TAG.sub("", words, 1)  # "UPDATE 1-Ukraine's military says": the military
    if words[:1] in _QUANTITY_FIRST and (q := _QUANTITY.match(words)) is not None:
        words, pos = words[q.end():], pos + q.end()  # "Over 100 residents said": the residents
    if " " in words and (owner := report_owner(words, _speaker)) is not None:
        # "the General Staff's daily update said", "data from the UN human rights office show":
        # the body whose report or figures they are
        words, pos = words[owner[0]:owner[1]], pos + owner[0]
    if words[:1] in "iIhHtT" and (owner := own_report_owner(words)) is not None:
        words = owner  # "according to its daily update": the body "it" is
    c = ctx.resolve(words, pos)
    if c is not None and (c.name or words.strip().lower() in _PRONOUNS):
        return c  # (a pronoun with no one before it to refer to names no one: "It said …")
    phrase = _phrase(words)
    if phrase is None:
        return None
    parts = phrase.parts
    same = ctx.same_person(parts[0])
    if same is not None:
        return _worded(same, words)
    # ("the ministry" is of the country of the body named last; "the regional governor" too,
    # but not where its sentence's place is another side's: "Kadyrov added. In the Odesa
    # region a missile wounded two, the regional governor said")
    # (nor a body of an owner its words name: "Hamas's armed wing", "the armed wing of the SPLM-N"
    # after an army's words is no body of that army's country)
    country = None if not phrase.named_before or _OWNER_NAMED.search(parts[0]) \
        else lambda: _local_country(ctx, pos) if _local(parts[0]) else ctx.country(pos)  # (asked only when wanted)
    if _THE_COUNTRYS.match(parts[0]) and (told := ctx.country_told(pos, words)) is not None:
        country = told or None  # "floods in Pakistan …, the country's foreign minister said": Pakistan's
    c = resolve_claimant(parts[0], country)
    if c.kind == "unknown" and len(parts) == 1 and _SURNAME.fullmatch(parts[0]):
        # "Petrov said" after "Ivan Petrov, a special envoy of Russia's foreign ministry, toured …":
        # the person the story introduced by that name, described then
        known = ctx.introduced(parts[0], pos)
        if known is not None:
            return _worded(known, words)
    for extra in parts[1:]:
        e = resolve_claimant(extra, country)
        if c.kind == "unknown" and e.kind == "ngo" and not e.affiliation and c.name and parts[0][:1].isupper() \
                and role_kind(extra.split()[-1]) == "ngo" and " of " not in extra:
            c = Claimant(c.text, c.name, c.affiliation, "ngo", c.person)  # "Oxfam, the charity": Oxfam, a group
        elif c.affiliation and e.affiliation and e.affiliation != c.affiliation and lookup_entity(extra) is None:
            continue  # "Britain, a major donor to the UN refugee agency": Britain (but a known person or body decides)
        elif e.affiliation and not c.affiliation or c.kind == "unknown" and e.kind != "unknown":
            person = c.person or (parts[0] if c.kind == "unknown" and parts[0][:1].isupper() else None)
            c = Claimant(c.text, e.name, e.affiliation or c.affiliation, e.kind, person)
    if phrase.outlet is not None:
        c = Claimant(c.text, phrase.outlet.name, None, "media", None)
    if c.kind == "media":
        # a state's outlet speaks for that state (TASS: Russia, "Russian state television",
        # "Iran's semi-official news agency"); others for no side ("Russian media", "Meduza, an
        # independent Russian news site": a country's outlets, not its state's)
        state_outlet = media_affiliation(c.name)
        if not c.affiliation:
            c = replace(c, affiliation=state_outlet)
        elif state_outlet is None and (_INDEPENDENT.search(words) or not _STATE_RUN.search(words)):
            c = replace(c, affiliation=None)
    c = insurgents_side(_worded(c, words))
    if c.affiliation is None and c.kind != "media":
        # "the separatists' emergency service" after "Russia-backed separatists": an organ of
        # the group the story defined
        # (the text before is cut out only for words naming such a group: most name none)
        # (a backer's side only in a war of two states the tables know, as for the group named
        # with it: insurgents.insurgents_side; "the militia" after "Iranian-backed militias": none)
        side = defined_group_side(words, lambda: ctx.text[max(0, pos - 4000):pos])
        if side and side in adversaries():
            c = replace(c, affiliation=side, kind="official" if c.kind == "unknown" else c.kind)
    return c if c.name else None
