"""The parties a document has named so far, for the words that point back at one: "he", "the
ministry", "it", "officials" (the party named or heard before that fits, :meth:`_Context.resolve`),
a surname heard before (:meth:`_Context.same_person`) or introduced with a description
(:meth:`_Context.introduced`: "Petrov said" after "Ivan Petrov, a special envoy of Russia's
foreign ministry, …"). The claimant stage (extract/claimants.py) keeps one per document.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import takewhile

from ..regexes import compiled
from ..lexicon import data_json
from ..records import Claimant, Sentence, _quick_init
from ..resolve import Entity, country_in, find_location, is_indefinite, lookup_entity, mention_spans, normalise, resolve_claimant
from .source_phrases import cue_lexicon


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


# the kinds of party whose people "officials" or "they" may be
_BODIES = frozenset({"government", "military", "official", "international", "police", "ngo"})
# the parties named before a pronoun or role that it may refer to, nearest first
_RECALLED = 200
# how far back a story's introduction of a person is looked for ("Ivan Petrov, a special envoy, …")
_INTRODUCED_REACH = 20_000
# words before a surname that are no first name ("Mr Petrov", "President Petrov")
_TITLES = frozenset("Mr Mrs Ms Miss Dr Gen General Col Colonel Lt Maj Major Sgt Capt Captain President Minister "
                    "Governor Mayor Sen Senator Rep Prof Sir Lord Chief Officer Deputy Judge Commander".split())
_FIRST_NAME_BEFORE = compiled(r"\b[A-Z][\w'’-]*\s+$")
# "Ivan Petrov, a special envoy of Russia's foreign ministry, …"; "Russia's special envoy Ivan Petrov"
_DESCRIBED_AFTER = compiled(r",\s+((?:an?|the)\s+[^,.;:“”\"()]{3,80}?|[a-z][^,.;:“”\"()]{2,80}?|[A-Z][\w'’-]*['’]s\s[^,.;:“”\"()]{2,80}?)\s*[,.;]")
_DESCRIBED_BEFORE = compiled(r"(?:^|[,.;:(]\s*|\b(?:and|by|with|from|said|told|as|which|who|that|to)\s+)"
                             r"(?!(?:which|who|whom|that|according|to|when|where|while|after|before|as|and|but)\b)"
                             r"((?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,6}?)\s+$", re.I)


# a count right before a party's name makes it a group of victims or fighters ("30 Wagner
# mercenaries", "up to 200 Ukrainian soldiers", "dozens of Russian troops")
# (not a year or a day of a date: "in 2022 Russian forces", "on March 3 Ukrainian troops")
_COUNT_BEFORE = compiled(r"(?:(?<![\w,.])(?P<n>\d[\d,.]*)|\b(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)"
                         r"(?:\s+of)?)\s+(?:[a-z][\w-]*\s+){0,2}$")
_DATE_BEFORE = compiled(r"\b(?:[A-Z][a-z]{2,8}\.?|in|on|since|by|until|of|from|to)\s+$")


# the marks that open or close a quotation (_Context._quoted)
_QUOTE_MARKS = compiled(r'["“”]')
# "he" passes over at most this many people named only inside quotations
_QUOTED_PASSED = 8
# a speaker heard as a personal pronoun (_Context._speaker_beside)
_PERSONAL = compiled(r"(?i)(?:he|she)\b")


def _counted(text: str, pos: int) -> bool:
    """Whether a count stands right before the party named at ``pos`` (see _COUNT_BEFORE)."""
    m = _COUNT_BEFORE.search(text, max(0, pos - 30), pos)
    if m is None:
        return False
    n = m.group("n")
    return not (n and (len(n) == 4 and n.isdigit() or _DATE_BEFORE.search(text, max(0, m.start() - 12), m.start())))


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
        self._marks: dict[int, tuple[list[int], list[int], list[int]]] = {}  # each sentence's quotation marks (_quoted)

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

    def _modifies_a_noun(self, m: _Mentioned) -> bool:
        """Whether the words naming ``m`` qualify a noun right after them ("a Ukrainian military
        depot"), not a verb or a preposition ("the ministry had lied", "accused the ministry of")."""
        after = _NEXT_WORD.match(self.text, m.pos + len(m.claimant.text))
        if after is None:
            return False
        w = after.group(1)
        lex = cue_lexicon()
        return not (w in _FUNCTION_WORDS or w in lex.be_forms or w in lex.modals or w in lex.verbs
                    or w.endswith(("ed", "ing")))

    def _sentence_span(self, pos: int) -> tuple[int, int]:
        """Where the sentence ``pos`` stands in starts and ends."""
        k = bisect_right(self._starts, pos)
        return self._starts[k - 1] if k else 0, self._starts[k] if k < len(self._starts) else len(self.text)

    def _named_as(self, m: _Mentioned) -> str:
        """The words that named ``m`` (lower case): its own, its party's name, and a title right
        before it in its sentence ("Governor Oleh Syniehubov", "ministry spokesman Igor
        Konashenkov" where the name alone is what was found)."""
        start, end = self._sentence_span(m.pos)
        title = self.text[max(start, m.pos - _TITLE_REACH):m.pos]
        if title.rstrip().endswith(",") and not any(w.islower() for w in m.claimant.text.split()):
            # "The governor of Ukraine's northeastern Kharkiv region, Oleh Syniehubov, said": a
            # bare name set off after its title, read back further, to the comma before the title
            # (not where the words found hold their own title: "Acting on orders of the regional
            # administration, police chief Ivan Petrenko said")
            title = self.text[max(start, m.pos - _APPOSED_REACH):m.pos].rstrip()[:-1]
        title = title[title.rfind(",") + 1:]  # (not the clause before: "After a meeting at the
        # regional administration, the city's mayor, Ivan Shevchuk, said": the mayor)
        after = m.pos + len(m.claimant.text)
        if self.text[after:after + 1] == ",":
            # "Serhiy Haidai, the governor of Luhansk oblast, told …": the apposition after it
            title += " " + self.text[after + 1:min(end, after + 1 + _APPOSED_REACH)].split(",", 1)[0]
        return f"{title} {m.claimant.text} {m.claimant.name or ''}".lower()

    def _holds_role(self, m: _Mentioned, role: str) -> bool:
        """Whether the words that named ``m`` give it ``role`` (or a title that is that role in
        other words, data/claimants.json role_titles: "head of the regional military administration")."""
        named = self._named_as(m)
        return role in named or any(t in named for t in _ROLE_TITLES.get(role, ())) and _TITLE_HEAD.search(named) is not None

    def _sentence_start(self, pos: int) -> int:
        return self._sentence_span(pos)[0]

    def _quoted(self, pos: int) -> bool:
        """Whether ``pos`` stands inside a quotation opened in its own sentence. (The sentence's
        quotation marks are found once: a page of long sentences naming hundreds of people
        asks this of each of them.)"""
        start, end = self._sentence_span(pos)
        marks = self._marks.get(start)
        if marks is None:
            found: dict[str, list[int]] = {'"': [], "“": [], "”": []}
            for m in _QUOTE_MARKS.finditer(self.text, start, end):
                found[m.group()].append(m.start())
            marks = self._marks[start] = (found['"'], found["“"], found["”"])
        plain, opened, closed = marks
        return bisect_left(plain, pos) % 2 == 1 or bisect_left(opened, pos) > bisect_left(closed, pos)

    def country_told(self, pos: int, words: str) -> str | None:
        """The country of the place the sentence at ``pos`` names outside a speaker's ``words``
        ("floods in Pakistan killed 1,700, the country's foreign minister said": Pakistan), ""
        where a people's word names another country ("Israeli strikes killed 30 in Gaza, the
        country's military said": whose, the words do not say), None where it names no place."""
        rest = self.sentence_at(pos).replace(words, " ")
        place = find_location(rest)
        if place is None or not place.country:
            return None
        return place.country if country_in(rest) in (None, place.country) else ""

    def sentence_at(self, pos: int) -> str:
        """The text of the sentence ``pos`` stands in."""
        start, end = self._sentence_span(pos)
        return self.text[start:end]

    def _near(self, before: int, pos: int) -> bool:
        """Whether ``before`` stands in the sentence of ``pos`` or the one before it."""
        return bisect_right(self._starts, pos) - bisect_right(self._starts, before) <= 1

    def _speaker_beside(self, named: _Mentioned, recalled: list[_Mentioned]) -> _Mentioned | None:
        """The one person heard speaking in the sentence where ``named`` is only named, if one."""
        start = self._sentence_start(named.pos)
        spoke = [m for m in recalled if m.attributed and m.claimant.person and self._sentence_start(m.pos) == start]
        return spoke[-1] if len({m.claimant.person for m in spoke}) == 1 else None

    def _speakers_sentences(self, recalled: list[_Mentioned]) -> dict[int, int]:
        """The sentences in which a body (not a person, not an outlet) spoke, among the parties
        ``recalled``: each sentence's index and where its first such speaker stands."""
        out: dict[int, int] = {}
        for m in recalled:
            if m.attributed and m.claimant.kind not in ("media", "unknown") and not m.claimant.person:
                out.setdefault(bisect_right(self._starts, m.pos) - 1, m.pos)
        return out

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
            named = []  # (where the first name starts, where the surname stands) of each full name
            i = text.find(surname, start, pos)
            while i >= 0:
                first = _FIRST_NAME_BEFORE.search(text, max(start, i - 40), i)
                if first is not None and not (i + n < len(text) and (text[i + n].isalnum() or text[i + n] in "'’-")):
                    named.append((first.start(), i))
                i = text.find(surname, i + 1, pos)
            if len({text[f:i].split()[0] for f, i in named} - _TITLES) > 1:
                named = []  # two people of that surname ("Ivan Petrov … Maria Petrov"): which one speaks is not said
            verbs = cue_lexicon().verbs
            for f, i in named:
                after = _DESCRIBED_AFTER.match(text, i + n)
                before = _DESCRIBED_BEFORE.search(text, max(start, f - 80), f)
                for said in (after and after.group(1), before and before.group(1)):
                    if said and any(w in verbs for w in said.lower().split()):
                        continue  # ("police spokeswoman said Ivan Petrov": a cue, no description)
                    c = resolve_claimant(said) if said else None
                    # (only a description naming the side itself: a bare "President" would take
                    # the side of the story's country, whoever's president he is)
                    if c is not None and c.kind != "unknown" and c.kind != "media" and c.affiliation:
                        found = Claimant(c.text, (c.name or "").removesuffix(" (unnamed)") or None, c.affiliation, c.kind,
                                         text[f:i + n])
                        break
                if found is not None or after or before:
                    break  # (the first introduction decides)
            self._introduced[key] = found
        return self._introduced[key]

    def country(self, pos: int) -> str | None:
        """The country of the latest body named before ``pos`` ("the ministry" is its ministry);
        not a party named only as a counted group's ("Ukrainian forces killed 30 Wagner
        mercenaries, the command said": the victims, not the command's own)."""
        for m in reversed(self.before(pos)):
            if m.claimant.affiliation and m.claimant.kind in ("military", "government", "official") \
                    and not (not m.attributed and _counted(self.text, m.pos)):
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
            # "he", "the spokesman": one person, not a body of them ("local officials"); not a
            # person only named inside a quotation (the quoted speaker is not whom he quotes)
            # (one named by a role alone, "the regional governor", only from this sentence or the
            # one before: further back, someone unnamed may have come between, "a medic described
            # the scene. He said …")
            # (past at most _QUOTED_PASSED people named in quotations: a page of quotations
            # naming hundreds stays cheap, and which of so many is meant is not clear)
            # ("the governor", "the spokesperson": one whose words named that role, not any
            # person before, "Kadyrov added. … wounding two, the regional governor said")
            role = _role_stem(text)
            pick, passed = None, 0
            for m in newest_first():
                if role and not self._holds_role(m, role):
                    continue
                if not (m.claimant.person or m.claimant.kind == "official") and one_role(m.claimant.text):
                    if not self._near(m.pos, pos):
                        break  # (someone unnamed may have come between: no one further back either)
                elif not ((m.claimant.person or m.claimant.kind == "official")
                          and (m.claimant.person or not _plural(m.claimant.text))):
                    continue
                # (nor one named in a speaker's own title: "Kyrylo Tymoshenko, the deputy head of
                # Zelenskyy's office, said …")
                if m.attributed or not self._quoted(m.pos) and not _in_words_of(m, recalled):
                    pick = m
                    break
                passed += 1
                if passed > _QUOTED_PASSED:
                    break
            if pick is not None and not pick.attributed and (spoke := self._speaker_beside(pick, recalled)) is not None:
                # a person only named in what another said: "He said Putin was lying. He said …"
                # is the speaker again (a pronoun again); after a speaker named in full it may
                # be either ("Podolyak said Putin met his generals. He told them …"), so where
                # the two are of different sides, whose words they are is not said
                if _PERSONAL.match(self.text, spoke.pos):
                    pick = spoke
                elif spoke.claimant.affiliation != pick.claimant.affiliation:
                    pick = None
        elif kind == "any":
            # "officials said": the officials of a party who spoke before, not of one only named
            # ("Kyiv and Moscow exchanged 95 prisoners, officials said": no one's officials)
            # ("they", "officials": a body or its people, not a resident or a witness heard last)
            # ("officials": not one person of no office, "… warned retired general John Smith.
            # Officials said": a body, an official or a country named bare)
            many = normalise(text).endswith("officials")
            pick = next((m for m in newest_first() if m.attributed and (m.claimant.affiliation or m.claimant.kind in _BODIES)
                         and not (many and m.claimant.kind not in _BODIES and m.claimant.name != m.claimant.affiliation)), None)
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
            spoke = self._speakers_sentences(recalled) if it else {}
            for m in newest_first():
                if it and not m.attributed and spoke.get(bisect_right(self._starts, m.pos) - 1, m.pos) < m.pos \
                        and (self._modifies_a_noun(m) or _plural(m.claimant.text)):
                    # ("The ministry said its forces struck a Ukrainian military depot. It said
                    # …": a party's words qualifying a thing after a body that spoke, in its
                    # sentence, name no one who may speak; "it" is the body; nor are forces named
                    # after it, "… said Ukrainian forces attacked its positions. It said …". Not a party that
                    # does or is done to: "… said Russia's ministry had lied. It claimed …")
                    continue
                if not org(m) or not m.attributed and _counted(self.text, m.pos):
                    # (nor a party named only as a counted group: "Ukrainian forces killed 60
                    # Wagner fighters, the military said" is not Wagner's military)
                    continue
                newest = newest or m
                if not role or role in normalise(m.claimant.name or ""):
                    named = m if role else None
                    break
            if named is None and newest is not None and role in _STATE_ROLES and not newest.claimant.affiliation \
                    and newest.claimant.kind not in ("government", "military"):
                # "Police said … The ministry said …": a ministry, an army, a command is no police
                # force, nor officials of no side said (those of a side: its body, "Russian
                # officials said … The military said")
                newest = latest = None
            pick = named or newest or (latest if latest is None or latest.attributed or not _counted(self.text, latest.pos) else None)
        if pick is None:
            return Claimant(text, None, None, "unknown", None)
        c = pick.claimant
        return Claimant(text, c.name, c.affiliation, c.kind, c.person)


# the roles of a state's bodies an anaphor may name ("the ministry", "the army"): only a body of a
# state (a government's, an army's) is recalled for them when none named before holds the role
_STATE_ROLES = frozenset({"ministry", "staff", "military", "army", "government", "command"})


_AFTER_HEAD = compiled(r"\s(?:of|for|from|at|in|with|on)\s")


# the lower-case word right after a party's words, and the words that are no noun
_NEXT_WORD = compiled(r"[ \t]+([a-z][a-z-]*)\b")
_FUNCTION_WORDS = frozenset({"of", "to", "in", "on", "at", "for", "from", "by", "with", "about", "over", "and", "or", "but",
                             "had", "has", "have", "that", "which", "who", "as", "than", "its", "their", "the", "a", "an"})


@lru_cache(maxsize=1)
def _person_roles() -> frozenset[str]:
    """The roles one person holds, from the words that point back at a person ("the governor")."""
    return frozenset(w.split()[-1] for w in data_json("claimants.json")["anaphors"]["person"] if w.startswith("the "))


def one_role(words: str) -> bool:
    """Whether a speaker's words name one person by a role ("the regional governor", "the
    mayor of Kherson"), whom a later "he" may be, though no name is given."""
    head = _AFTER_HEAD.split(words.split(",")[0], 1)[0].split()
    return bool(head) and head[-1].lower() in _person_roles()


def _in_words_of(m: _Mentioned, recalled: list[_Mentioned]) -> bool:
    """Whether ``m`` is named inside the words of a speaker heard (their title or description)."""
    return any(a.attributed and a.pos < m.pos < a.pos + len(a.claimant.text) for a in recalled)


# how far before a name its title is read ("Kharkiv regional governor Oleh Syniehubov"), or
# after it, set off by commas
_TITLE_REACH = 40
# ... and where commas set the name off from its title, before it or after it
_APPOSED_REACH = 100
# other words for a role, as a title (data/claimants.json role_titles)
_ROLE_TITLES = {k: tuple(v) for k, v in data_json("claimants.json")["role_titles"].items()}
# ... held by the body's head, not any of its officials (data/claimants.json role_title_heads)
_TITLE_HEAD = compiled(r"\b(?:" + "|".join(data_json("claimants.json")["role_title_heads"]) + r")\b")
# an anaphor's role that any officeholder is (data/claimants.json any_office)
_ANY_OFFICE = frozenset(data_json("claimants.json")["any_office"])


def _role_stem(anaphor: str) -> str | None:
    """The role a person's anaphor names, as the words of whom it refers to hold it: "the
    regional governor" -> "governor", "the governor" -> "governor", "the spokeswoman" -> "spokes";
    ``None`` for "he", "she"."""
    if len(anaphor.split()) < 2:
        return None  # (a pronoun; "the governor" is one word once normalise drops its article)
    words = normalise(anaphor).split()
    if not words or len(words) == 1 and words[0] in _ANY_OFFICE:
        return None  # "the official": anyone who holds an office (a spokesman, a governor)
    return "spokes" if words[-1].startswith("spokes") else words[-1]


def _plural(words: str) -> bool:
    """Whether a speaker's words end with a plural common noun ("local officials", "the
    authorities"): many people, whom "he" or "the spokesman" does not name."""
    # (its head: before an apposition or a phrase after it, "Gen. Mark Lane, commander of the
    # ground forces" is one person, "officials of the region" many)
    head = _AFTER_HEAD.split(words.split(",")[0], 1)[0].split()
    last = head[-1] if head else ""
    return last.islower() and last.endswith("s") and not last.endswith(("ss", "us", "is"))


def _last_word(c: Claimant) -> str | None:
    """The word a later "Monastyrskyi said" names this speaker by (lower case): a person's
    surname, else the last word of what named them; none for an outlet."""
    words = (c.person or c.text or "").split() if c.kind != "media" else None
    return words[-1].lower() if words else None


def _claimant(text: str, ent: Entity) -> Claimant:
    return Claimant(text, ent.name, ent.affiliation, ent.kind, ent.person)
