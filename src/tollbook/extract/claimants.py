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
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import takewhile
from urllib.parse import urlparse

from ..regexes import compiled
from ..lexicon import data_json, lowers_alike
from ..records import Attribution, Claimant, Document, Sentence, Span, _quick_init, replace
from ..resolve import Entity, with_tables, country_in, defined_group_side, is_indefinite, is_person_noun, role_kind, media_affiliation, lookup_entity, mention_spans, normalise, resolve_claimant
from .attribution import WIRE_TAG, attribution_phrases, valid_source
from .speakers import MAX_QUOTE_SENTENCES, QUOTES_OPEN
from .attributions import MAX_REACH_BACK, has_cue_form, holds_cue, may_hold_before, quote_opened_at, sentence_relations
from .implied import adversaries, insurgents_side, names_a_side


@_quick_init
@dataclass(frozen=True)
class _Mentioned:
    pos: int
    claimant: Claimant
    attributed: bool  # said something in this document, not just named


@lru_cache(maxsize=1)
def _anaphors() -> dict[str, str]:
    table = {}
    for kind, words in data_json("claimants.json")["anaphors"].items():
        for w in words:
            table[normalise(w)] = kind
    return table


# a party named as a place ("in Ukraine"), not as one who acts
_AS_PLACE = compiled(r"\b(?:in|into|inside|across|throughout)\s+(?:the\s+)?$", re.I)


# a sentence's subject is looked for at most this far before the pronoun
_SUBJECT_REACH = 400


def _country_subject(text: str, sentence_start: int, pos: int) -> str | None:
    """The country a sentence (starting at ``sentence_start``) opens with as its subject
    ("Russia lists …, when it said"), if it starts at most :data:`_SUBJECT_REACH` before ``pos``
    (a pronoun's referent is near)."""
    if pos - sentence_start > _SUBJECT_REACH:
        return None
    head = text[sentence_start:pos]
    first = head.split(None, 1)[0] if head.strip() else ""
    side = country_in(first) if first[:1].isupper() else None
    return side if side and normalise(first) == normalise(side) else None


# the parties named before a pronoun or role that it may refer to, nearest first
_RECALLED = 200
# how far back a story's introduction of a person is looked for ("Ivan Petrov, a special envoy, …")
_INTRODUCED_REACH = 20_000
@lru_cache(maxsize=1)
def _cue_verbs() -> frozenset[str]:
    from .source_phrases import cue_lexicon

    return frozenset(cue_lexicon().verbs)


_FIRST_NAME_BEFORE = compiled(r"\b[A-Z][\w'’-]*\s+$")
_SURNAME = compiled(r"[A-Z][a-z'’-]+")
# "Ivan Petrov, a special envoy of Russia's foreign ministry, …"; "Russia's special envoy Ivan Petrov"
_DESCRIBED_AFTER = compiled(r",\s+((?:an?|the)\s+[^,.;:“”\"()]{3,80}?|[a-z][^,.;:“”\"()]{2,80}?|[A-Z][\w'’-]*['’]s\s[^,.;:“”\"()]{2,80}?)\s*[,.;]")
_DESCRIBED_BEFORE = compiled(r"(?:^|[,.;:(]\s*|\b(?:and|by|with|from|said|told|as|which|who|that|to)\s+)"
                             r"(?!(?:which|who|whom|that|according|to|when|where|while|after|before|as|and|but)\b)"
                             r"((?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,6}?)\s+$", re.I)


class _Context:
    """Parties named so far in the document, for "he", "the ministry", "they"."""

    def __init__(self, text: str, sentences: list[Sentence]) -> None:
        self.text = text
        self._starts = [s.start for s in sentences]
        self.attributed: list[_Mentioned] = []
        self._sorted: list[_Mentioned] | None = None
        self._positions: list[int] = []
        # the document's mentions of known parties, read as far as a pronoun needs them
        self._mentions: Iterator[tuple[int, int]] | None = None
        self._next: tuple[int, int] | None = None  # the first mention not read yet
        # the index in ``attributed`` of the latest speaker (not an outlet) by each last word
        self._by_last: dict[str, int] = {}
        self._introduced: dict[str, Claimant | None] = {}  # the party of a person by surname

    def _seen_to(self, pos: int) -> list[_Mentioned]:
        """The parties named and heard, in order, every one named before ``pos`` among them.
        Scanning a whole article for every known party is the costliest step of extraction,
        and most articles never need it: it starts on the first "he" or "the ministry", and
        goes no further than the latest one asks (a party named later is taken in when a later
        one does, in its place)."""
        if self._sorted is None:
            self._sorted = sorted(self.attributed, key=lambda m: m.pos)
            self._positions = [m.pos for m in self._sorted]
            self._mentions = mention_spans(self.text)
            self._next = next(self._mentions, None)
        while self._next is not None and self._next[0] < pos:
            start, end = self._next
            words = self.text[start:end]
            ent = lookup_entity(words)
            if ent:
                # before a speaker heard at the same place (as a sort of the named, then the heard)
                k = bisect_left(self._positions, start)
                self._sorted.insert(k, _Mentioned(start, _claimant(words, ent), False))
                self._positions.insert(k, start)
            self._next = next(self._mentions, None)  # type: ignore[arg-type]
        return self._sorted

    def before(self, pos: int) -> list[_Mentioned]:
        """The parties named or heard before ``pos``, the nearest :data:`_RECALLED` of them (a
        pronoun never reaches further back; a page of a thousand speakers stays linear)."""
        seen = self._seen_to(pos)
        k = bisect_left(self._positions, pos)
        return seen[max(0, k - _RECALLED):k]

    def add(self, pos: int, claimant: Claimant) -> None:
        m = _Mentioned(pos, claimant, True)
        last = _last_word(claimant)
        if last is not None:
            self._by_last[last] = len(self.attributed)
        self.attributed.append(m)
        if self._sorted is not None:
            # kept in order as it grows (re-sorting on every add was quadratic in a long page)
            k = bisect_right(self._positions, pos)
            self._sorted.insert(k, m)
            self._positions.insert(k, pos)

    def same_person(self, words: str) -> Claimant | None:
        """ "Monastyrskyi said" after "Interior Minister Denys Monastyrskyi told reporters": the
        speaker named before by the same surname."""
        w = words.split()
        if not w or not w[-1][:1].isupper():
            return None
        # the latest speaker by that last word, if among the latest _RECALLED heard, as for a
        # pronoun: looked up, not read back (a page of ten thousand speakers, each new, was read
        # back whole for each one, then 200 back for each: most of the claimant stage)
        k = self._by_last.get(w[-1].lower())
        return self.attributed[k].claimant if k is not None and k >= len(self.attributed) - _RECALLED else None

    def introduced(self, surname: str, pos: int) -> Claimant | None:
        """The party of the person a story introduced as "First Surname, a description," or "a
        description First Surname" before ``pos`` (the first such, within _INTRODUCED_REACH), for
        a later "Surname said"; ``None`` where the description names no side."""
        key = surname.lower()
        if key not in self._introduced:
            found = None
            start = max(0, pos - _INTRODUCED_REACH)
            text, n = self.text, len(surname)
            # (each place the surname stands, found by str.find: a page of ten thousand new
            # surnames is read that many times over the reach, which a pattern did too slowly)
            i = text.find(surname, start, pos)
            while i >= 0:
                first = _FIRST_NAME_BEFORE.search(text, max(start, i - 40), i)
                if first is None or i + n < len(text) and (text[i + n].isalnum() or text[i + n] in "'’-"):
                    i = text.find(surname, i + 1, pos)
                    continue
                after = _DESCRIBED_AFTER.match(text, i + n)
                before = _DESCRIBED_BEFORE.search(text, max(start, first.start() - 80), first.start())
                for said in (after and after.group(1), before and before.group(1)):
                    if said and any(w in _cue_verbs() for w in said.lower().split()):
                        continue  # ("police spokeswoman said Ivan Petrov": a cue, no description)
                    c = resolve_claimant(said) if said else None
                    # (only a description naming the side itself: a bare "President" would take
                    # the side of the story's country, whoever's president he is)
                    if c is not None and c.kind != "unknown" and c.kind != "media" and c.affiliation:
                        found = Claimant(c.text, (c.name or "").removesuffix(" (unnamed)") or None, c.affiliation, c.kind,
                                         text[first.start():i + n])
                        break
                if found is not None or after or before:
                    break  # (the first introduction decides)
                i = text.find(surname, i + 1, pos)
            self._introduced[key] = found
        return self._introduced[key]

    def country(self, pos: int) -> str | None:
        for m in reversed(self.before(pos)):
            if m.claimant.affiliation and m.claimant.kind in ("military", "government", "official"):
                return m.claimant.affiliation
        return None

    def resolve(self, text: str, pos: int) -> Claimant | None:
        kind = _anaphors().get(normalise(text))
        if kind is None or kind != "org" and is_indefinite(text):
            # "an official", "a spokesman": someone new, not the one named before (normalised,
            # the article gone, they read as "the official"); but "a statement said" is most
            # often the statement of the body the story has just named
            return None
        recalled = self.before(pos)

        def newest_first():
            """The parties recalled, newest first, outlets aside (read only as far as needed)."""
            return (m for m in reversed(recalled) if m.claimant.kind != "media")

        latest = next(newest_first(), None)
        if kind == "person":
            pick = next((m for m in newest_first() if m.claimant.person or m.claimant.kind == "official"), None)
        elif kind == "any":
            # "officials said": the officials of a party who spoke before, not of one only named
            # ("Kyiv and Moscow exchanged 95 prisoners, officials said": no one's officials)
            pick = next((m for m in newest_first() if m.attributed), None)
        else:
            # "the ministry" is the last ministry named, not the last party of any kind.
            role = next((w for w in ("ministry", "staff", "military", "army", "department", "office", "government", "command")
                         if w in normalise(text)), None)
            it = role is None and normalise(text) == "it"

            def org(m: _Mentioned) -> bool:
                """A body, not a person named by surname; for "it", not a country named as a
                place ("Russia … has not updated its figures in Ukraine since March, when it said")."""
                return not (m.claimant.person and m.claimant.text.lower().endswith(m.claimant.person.lower().split()[-1])) \
                    and not (it and _AS_PLACE.search(self.text, max(0, m.pos - 12), m.pos))

            # (the parties before, newest first, read only as far as the answer needs: a long
            # page recalls up to _RECALLED of them for every pronoun)
            if it:
                # the sentence holding the pronoun, or the one before when it opens its own
                # ("Ukraine has begun an investigation. It says 410 bodies …")
                k = bisect_right(self._starts, pos) - 1
                k -= k > 0 and not self.text[self._starts[k]:pos].strip()
                start = self._starts[k] if k >= 0 else 0
                subject = _country_subject(self.text, start, pos)
                if subject and not any(org(m) for m in takewhile(lambda m: m.pos >= start, newest_first())):
                    # the sentence's subject is a country named bare, and nobody since
                    return Claimant(text, subject, subject, "government", None)
            newest = named = None
            for m in newest_first():
                if not org(m):
                    continue
                newest = newest or m
                if not role or role in normalise(m.claimant.name or ""):
                    named = m if role else None
                    break
            pick = named or newest or latest
        if pick is None:
            return Claimant(text, None, None, "unknown", None)
        c = pick.claimant
        return Claimant(text, c.name, c.affiliation, c.kind, c.person)


def _last_word(c: Claimant) -> str | None:
    """The word a later "Monastyrskyi said" names this speaker by (lower case): a person's
    surname, else the last word of what named them; none for an outlet."""
    words = (c.person or c.text or "").split() if c.kind != "media" else None
    return words[-1].lower() if words else None


def _claimant(text: str, ent: Entity) -> Claimant:
    return Claimant(text, ent.name, ent.affiliation, ent.kind, ent.person)


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


_COUNTED = compiled(r"^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\s", re.I)
_NAMED = compiled(r"[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+$")


def _speaker(words: str) -> bool:
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
        if is_person_noun(x.strip("'’,").removesuffix("'s").removesuffix("’s")):
            return True  # "Nathan's mother", "Moscow-backed separatists in the region"
    # ends in a name (its last word capitalised); not a thing, unless the thing's word is
    # part of the name ("the Institute for the Study of War"; not "Discovery of the grave")
    return split[-1][:1].isupper() and not any(m.start() == 0 or not w[m.start()].isupper() for m in _THINGS.finditer(w))


_OUTLET_PARTS = frozenset({"service", "services", "edition", "desk", "channel"})
_THINGS = compiled(r"\b(?:image|images|photo|photos|photograph|video|footage|report|reports|discovery|data|figures|"
                     r"analysis|study|survey|poll|document|documents|records)\b", re.I)


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
        if not k or not any(m in self.text[self.sentences[max(0, k - MAX_QUOTE_SENTENCES)].start:s.start] for m in QUOTES_OPEN):
            return  # (no mark that opens a quotation in the sentences before: most have none)
        opened = quote_opened_at(self.text, s.start)
        if opened is None:
            return
        j = bisect_right(self.starts, opened) - 1
        if not 0 <= j < k or k - j > MAX_QUOTE_SENTENCES \
                or any(m in self.text[opened + 1:s.start] for m in _QUOTE_MARKS):
            return  # (another mark since the one that opened: a quotation closed, or marks mixed up)
        for a in self._cued_in(j):
            # the cue before the quotation, its content the quotation to the end of its sentence
            if a.source is not None and a.content and a.cue.end <= opened and a.content[-1].start <= opened < a.content[-1].end \
                    and a.content[-1].end >= self.sentences[j].end - 2:
                on = tuple(Span(x.start, x.end) for x in self.sentences[j + 1:k + 1])
                self.by_sentence.setdefault(k, []).append(Attribution(a.cue, a.source, a.content + on))

    def _holds_part(self, a: Attribution, k: int) -> bool:
        """Whether ``a`` has a source and its content holds part of sentence ``k``."""
        return a.source is not None and bool(a.content) and k in self._covered(a)

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
        return best

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
_RELATIVE = compiled(r"\s+(?:who|whom|whose|which|that)\s.*$", re.S)


@with_tables
def _phrase(words: str) -> _Phrase | None:
    """The source phrase ``words`` read alone; ``None`` where it names no one who speaks.
    Remembered: the same few phrases ("police", "the ministry") state figure after figure."""
    # (a relative clause describes the speaker, it does not name them: "a commander who gave
    # only his call sign" is a commander)
    parts = tuple(p for p in (_RELATIVE.sub("", p).strip() for p in words.replace("´", "'").split(",")) if p)
    if not parts or not (valid_source(parts[0]) or parts[0].split()[-1][:1].isupper()):
        return None  # (a description ending in a name is a source: "independent news outlet SOTA")
    if _COUNTED.match(parts[0]) and role_kind(parts[0]) is None:
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
        outlet = next((ent for n in (3, 2, 1) if len(words) > n
                       for ent in [lookup_entity(" ".join(words[-n:]))] if ent and ent.kind == "media"), None)
        if outlet is None and len(words) > 1 and words[-1].lower() in _OUTLET_PARTS:
            # "the BBC Russian service": an outlet's service in a language is the outlet's
            outlet = next((ent for n in (2, 1) if len(words) > n
                           for ent in [lookup_entity(" ".join(words[:n]))] if ent and ent.kind == "media"), None)
    return _Phrase(parts, named_before, outlet)


def _worded(c: Claimant, words: str) -> Claimant:
    """``c`` stated in ``words`` (``replace(c, text=words)``, made directly)."""
    return Claimant(words, c.name, c.affiliation, c.kind, c.person, c.implied, c.party)


_INDEPENDENT = compiled(r"\b(?:independent|opposition|exiled|dissident)\b", re.I)
# what makes an outlet its state's: "state media", "semi-official", a country's own, the words'
# first ("Russia's …"; not "the outlet that counts Russia's dead")
_STATE_RUN = compiled(r"\bstate(?:-run|-owned|-controlled)?\b|\b(?:semi-)?official\b|^(?:the\s+)?(?-i:[A-Z])[\w-]*['’]s\s", re.I)


def _source_claimant(words: str, pos: int, ctx: _Context) -> Claimant | None:
    """The party a source phrase names: "Olena Kovalenko, a spokeswoman for the regional
    administration" is the administration's, Kovalenko speaking; "he" the party named before."""
    if "-" in words[:12]:
        words = WIRE_TAG.sub("", words, 1)  # "UPDATE 1-Ukraine's military says": the military
    c = ctx.resolve(words, pos)
    if c is not None and c.name:
        return c
    phrase = _phrase(words)
    if phrase is None:
        return None
    parts = phrase.parts
    same = ctx.same_person(parts[0])
    if same is not None:
        return _worded(same, words)
    country = (lambda: ctx.country(pos)) if phrase.named_before else None
    c = resolve_claimant(parts[0], country)
    if c.kind == "unknown" and len(parts) == 1 and _SURNAME.fullmatch(parts[0]):
        # "Petrov said" after "Ivan Petrov, a special envoy of Russia's foreign ministry, toured …":
        # the person the story introduced by that name, described then
        known = ctx.introduced(parts[0], pos)
        if known is not None:
            return _worded(known, words)
    for extra in parts[1:]:
        e = resolve_claimant(extra, country)
        if e.affiliation and not c.affiliation or c.kind == "unknown" and e.kind != "unknown":
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
        side = defined_group_side(words, lambda: ctx.text[max(0, pos - 4000):pos])
        if side:
            c = replace(c, affiliation=side, kind="official" if c.kind == "unknown" else c.kind)
    return c if c.name else None
