"""Canonical entities: claimants, parties and places, from the data files (victim groups: victims.py).

Aliases are data (``data/claimants.json``, ``data/places.json``, ``data/gazetteer.tsv``);
a user adds their own with an alias file named by ``TOLLBOOK_ALIASES`` (same shape as
``claimants.json``: ``{"entities": [...]}``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable, Iterator

from .regexes import compiled
from .lexicon import WordStarts, alternation, data_json, lowerable, lowers_alike, user_aliases
from .records import Claimant, Location
from .places import find_location, gazetteer  # (read through resolve by the stages, as before)
# (the country words and the normal form of names: read through resolve by the stages, as before)
from .countries import REMEMBERED, adjective_only, country_in, demonym_regex, demonyms, events, joins_countries, normalise  # noqa: F401



@dataclass(frozen=True)
class Entity:
    name: str
    affiliation: str | None
    kind: str
    person: str | None = None


# what other modules read with the claimant or party tables and remember (with_tables): forgotten
# when the tables are built anew
_READ_WITH_TABLES: list = []


def with_tables(f: Callable | None = None, *, maxsize: int = 4096) -> Callable:
    """``f`` (a function of what the claimant and party tables say about its arguments)
    remembered, the latest ``maxsize`` calls, until those tables are built anew (a user's
    aliases changed)."""
    if f is None:
        return lambda g: with_tables(g, maxsize=maxsize)
    remembered = lru_cache(maxsize=maxsize)(f)
    _READ_WITH_TABLES.append(remembered)

    def read(*args):
        claimant_tables()  # (rebuilt if cleared, which forgets what was read with the old ones)
        party_tables()
        return remembered(*args)

    read.__name__, read.__qualname__, read.__doc__, read.__module__ = f.__name__, f.__qualname__, f.__doc__, f.__module__
    read.cache_clear = remembered.cache_clear  # type: ignore[attr-defined]
    read.__wrapped__ = f  # type: ignore[attr-defined]  # (not remembered: for arguments too long to keep)
    return read


def _forget_read_with_tables() -> None:
    for f in _READ_WITH_TABLES:
        f.cache_clear()


@lru_cache(maxsize=1)
def claimant_tables() -> tuple[dict[str, Entity], frozenset[str]]:
    """alias -> entity (persons included, with their names), and the media names."""
    _forget_read_with_tables()  # (claimants read with the tables these replace among them)
    data = data_json("claimants.json")
    entities = list(data["entities"]) + user_aliases().get("entities", [])
    table: dict[str, Entity] = {}
    for e in entities:
        ent = Entity(e["name"], e.get("affiliation"), e.get("kind", "unknown"))
        for a in e.get("aliases", []) + [e["name"]]:
            table[normalise(a)] = ent
        for p in e.get("persons", []):
            full = max((q for q in e["persons"] if q.endswith(p) or p.endswith(q.split()[-1])), key=len)
            table[normalise(p)] = Entity(ent.name, ent.affiliation, ent.kind, full.title())
    return table, frozenset(normalise(m) for m in data["media"])


@lru_cache(maxsize=1)
def _mention_words() -> tuple[list[str], list[str]]:
    """The aliases mentions are spotted by: the names, and the short ones (upper case)."""
    table, media = claimant_tables()
    # Bare place names ("Kyiv") name a government in a headline's "Kyiv says", but as mentions
    # they are mostly just places.
    places = gazetteer()
    names = [a for a in list(table) + list(media) if len(a) > 3 and a not in places]
    return names, [a.upper() for a in list(table) + list(media) if len(a) <= 3]


def _mention_patterns() -> tuple[str, str]:
    names, short = _mention_words()
    body = alternation(names).replace("defence", "defen[cs]e").replace("'", "['’]")
    return rf"(?:the\s+)?(?:{body})\b", rf"(?:{alternation(short)})\b"


@lru_cache(maxsize=1)
def mention_regex() -> re.Pattern[str]:
    """Every known alias, as whole words, for spotting entity mentions in a document."""
    names, short = _mention_patterns()
    return compiled(rf"(?i:\b{names})|\b{short}")


@lru_cache(maxsize=1)
def _mention_scans() -> tuple[WordStarts, WordStarts] | None:
    """:func:`mention_regex`'s two halves, each where a word starts (lexicon.WordStarts): the
    names case-sensitive for the text lower-cased, the short ones as they are; ``None`` where
    that is not the same test (an alias that opens with no word character: the "\\b" before
    it is no word start)."""
    names, short = _mention_words()
    if not all(re.match(r"\w", a) for a in names + short):
        return None
    names_rx, short_rx = _mention_patterns()
    return (WordStarts(names_rx), WordStarts(short_rx)) if lowerable(names_rx) else None


def mention_spans(text: str) -> Iterator[tuple[int, int]]:
    """Where ``mention_regex().finditer(text)`` matches, in order, found several times faster:
    its names on the text lower-cased (lexicon.lowers_alike), its short ones on the text,
    each scan skipping ahead to word starts (lexicon.WordStarts), the two merged as the one
    pattern's scan would take them (the leftmost first, the names' at a tie, none overlapping)."""
    scans = _mention_scans()
    if scans is None or not lowers_alike(text):
        for m in mention_regex().finditer(text):
            yield m.span()
        return
    names, short = scans
    low = text.lower()
    a, b = names.search(low), short.search(text)
    while a is not None or b is not None:
        m = a if b is None or a is not None and a.start("word") <= b.start("word") else b
        start, end = m.span("word")
        yield start, end
        if a is not None and a.start("word") < end:
            a = names.search(low, end)
        if b is not None and b.start("word") < end:
            b = short.search(text, end)


def lookup_entity(text: str) -> Entity | None:
    """The known entity a claimant phrase names, if any (whole phrase, or a known tail)."""
    # a source phrase is looked up by several readers (claimants._speaker, _phrase, then
    # _read_claimant): remembered with the tables
    return _entity(text) if len(text) <= REMEMBERED else _entity.__wrapped__(text)


@with_tables
def _entity(text: str) -> Entity | None:
    table, media = claimant_tables()
    t = normalise(text)
    if t in table:
        return table[t]
    if t in media:
        return Entity(text.strip(), None, "media")
    # "Defence Ministry spokesman Igor Konashenkov": a known person at the end speaks for its entity.
    words = t.split()
    for i in range(1, len(words)):
        tail = " ".join(words[i:])
        if tail in table and table[tail].person:
            # (not one the words before tell of: "a journalist who interviewed Kadyrov", "a critic
            # of Putin": they name another speaker)
            return None if _OTHER_THAN.intersection(words[:i]) else table[tail]
    # "the notorious Wagner group", "the Kremlin-funded RT": a known body or outlet after words
    # describing it (not after a preposition, nor "former" or "anti-…": "a defector from the
    # FSB", "the anti-Kremlin Russian media" speak for no such body; nor a verb's "-ing":
    # "families suing Sky News")
    if words and (d := _DESCRIBED.match(text.strip())) is not None \
            and not any(w in _NOT_DESCRIBING or w.startswith(("anti-", "ex-")) or w.endswith("ing")
                        for w in d.group("describing").lower().split()):
        name = normalise(d.group("name"))
        if name in table and not table[name].person:
            return table[name]
        if name in media:
            return Entity(d.group("name").strip(), None, "media")
    return None


# words before a known person's name that make the phrase another's ("a critic of Putin")
_OTHER_THAN = frozenset(data_json("claimants.json")["other_than_person"])
# up to two words in lower case before a name ("the nationalist Azov regiment")
_DESCRIBED = compiled(r"(?:(?:[Tt]he|[Aa]n?)\s+)?(?P<describing>(?:[a-z][\w-]*\s+){1,2})(?P<name>[A-Z][^,;:]{1,80})$")
_NOT_DESCRIBING = frozenset(data_json("claimants.json")["not_describing"])


@lru_cache(maxsize=1024)
def media_affiliation(outlet: str | None) -> str | None:
    """The state a state-run outlet speaks for (TASS: Russia); ``None`` for other outlets.
    Remembered: a document's headlines ask for their outlet's, one by one."""
    if not outlet:
        return None
    table = data_json("claimants.json")["media_affiliation"]
    sides = set()
    for part in re.split(r"[;,]", outlet):
        words = normalise(part).split()
        # "TASS World Service" speaks for TASS: match the outlet's leading words.
        sides.add(next((table[" ".join(words[:n])] for n in range(len(words), 0, -1) if " ".join(words[:n]) in table), None))
    sides.discard(None)
    return sides.pop() if len(sides) == 1 else None


@lru_cache(maxsize=1)
def _roles() -> re.Pattern[str]:
    # A lookahead finds a role at every position, overlapping ones too; longest first at each.
    # (written as a trie, lexicon.alternation: the same role at each position, the longest, where
    # the flat list tried each role in turn at every position; its "\s+" for a space reads the
    # same in normalised text, whose only spaces are single ones)
    return compiled(r"(?=\b(" + alternation(data_json("claimants.json")["roles"]) + r")\b)")


def without_press_unit(text: str) -> str:
    """``text`` without the words of a body's own press office ("the army's media wing": the
    army's), which speaks for its body, not as media (claimants.json press_units)."""
    return _press_units().sub(" ", text) if "media" in text.lower() else text


@lru_cache(maxsize=1)
def _press_units() -> re.Pattern[str]:
    return compiled(rf"\b(?:{alternation(data_json('claimants.json')['press_units'])})\b", re.I)


def role_kind(text: str) -> str | None:
    """The kind of party a role word names ("police": police), the longest role found."""
    # (remembered as country_in is: the bundled roles alone decide it)
    return _role_kind(text) if len(text) <= REMEMBERED else _read_role_kind(text)


def _read_role_kind(text: str) -> str | None:
    found = [m.group(1) for m in _roles().finditer(without_press_unit(normalise(text)))]
    return data_json("claimants.json")["roles"][max(found, key=len)] if found else None


_role_kind = lru_cache(maxsize=4096)(_read_role_kind)


_INDEFINITE = compiled(r"^(a|an|one|two|three|several|some|other|another|senior|local)\b", re.I)
# the letters _INDEFINITE's words open with, in either case ("ſ" is an "s" to a pattern ignoring case)
_INDEFINITE_FIRST = "aAoOtTsSlLſ"


def is_indefinite(text: str) -> bool:
    """ "an official", "two sources", "local officials": no one named before."""
    t = text.strip()
    # (the pattern only where the first letter may open one of its words: most phrases' does not)
    return t[:1] in _INDEFINITE_FIRST and _INDEFINITE.match(t) is not None


# (the first name's capital first: the engine skips ahead to a capital, where a repeated group
# first was set up at every position)
_PERSON_NAME = compiled(r"([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2})$")


def resolve_claimant(text: str, context_country: "str | None | Callable[[], str | None]" = None) -> Claimant:
    """Canonical claimant for the words that state a figure ("a Ukrainian official").

    ``context_country`` (or a function giving it) is the country a bare "the Defence
    Ministry" belongs to, from the parties named earlier in the document."""
    text = text.strip(" ,.;:\"'“”")
    done, kind, country, t = _read_claimant(text) if len(text) <= REMEMBERED else _read_claimant.__wrapped__(text)
    if done is not None:
        return done
    # "the Defence Ministry" with no country: a ministry of the country the document is about.
    if callable(context_country):
        context_country = context_country()
    if context_country:
        country = context_country
        probe = lookup_entity(f"{context_country}'s {t}") or lookup_entity(f"{country_adjective(context_country)} {t}")
        if probe:
            return Claimant(text, probe.name, probe.affiliation, probe.kind, probe.person)
    return _named_claimant(text, kind, country)


# a role inside a body: "sources in the SBU", "an official at the FSB", "the head of the SBU"
# (only a role the tables know before it: not "a defector from the FSB", "a target of the SBU";
# a role, a preposition and a body: three words at least, asked before the pattern)
_INSIDE = compiled(r"(?:(?:an?|the)\s+)?(?P<role>(?:[\w-]+\s+){0,3}?)(?:in|at|of|for|from|within|inside)\s+(?P<body>\S.{0,60})", re.I)
_INSIDE_ROLES = frozenset(data_json("claimants.json")["inside_roles"])
_OUTLET_STAFF = frozenset(data_json("claimants.json")["outlet_staff"])
# ... and named by their job before it: "a correspondent for Fox News", "a photographer with AFP"
_STAFF_OF = compiled(rf"(?:[\w'’.-]+\s+){{0,3}}?(?:{alternation(sorted(_OUTLET_STAFF))})\s+(?:for|with|of|at|from)\s+(?P<outlet>.{{1,60}})$", re.I)
# words saying a country's people speak against or apart from its state (data/claimants.json dissent)
_DISSENT = compiled(rf"(?<![\w-])(?:{alternation(data_json('claimants.json')['dissent'])})(?![\w-])", re.I)
_FORMER = compiled(r"(?i)\b(?:former|ex-|retired|exiled)")  # (one who left the body speaks for no side of it)
# the first "of" of a phrase: what stands before it is its head (only "of": a place after "in"
# or "near" says where a group is, which other rules read: "rebels in Ukraine")
_OF = compiled(r"(?i)\sof\s")


@with_tables
def _read_claimant(text: str) -> tuple[Claimant | None, str, str | None, str]:
    """What :func:`resolve_claimant` reads in ``text`` alone: the claimant, unless the words
    name a military or government body of no country (then the document's country decides:
    ``None``), its kind, country and normalised words. Remembered: the same few phrases
    ("police", "a local official") state figure after figure."""
    if "-based" in text and (unbased := _BASED.sub("", text)) != text and unbased.strip():
        # "the London-based Syrian Observatory", "a Kyiv-based think tank": where a group sits is
        # not whom it speaks for: read without it (its words kept); a state's body ("the
        # Kyiv-based military command") is of the place's country, read with it
        done, kind, country, t = _read_claimant(unbased)
        if kind not in _STATE_KINDS:
            return (replace(done, text=text) if done is not None else None), kind, country, t
    ent = lookup_entity(text)
    if ent:
        return Claimant(text, ent.name, ent.affiliation, ent.kind, ent.person), ent.kind, ent.affiliation, ""
    words = text.split()
    if (outlet := _staff_outlet(text, words)) is not None:
        # the outlet's own people speak as the outlet
        return Claimant(text, outlet.name, outlet.affiliation, "media", None), "media", outlet.affiliation, ""
    kind = role_kind(text) or "unknown"
    # (not the country an envoy is sent to: "the special envoy to Sudan" is no Sudanese)
    country = country_in(_sent_to().sub(r"\1", text) if "to " in text.lower() or "for " in text.lower() else text)
    if country is not None and joins_countries(text):
        country = None  # "Russian and Ukrainian officials": two sides' words joined speak for neither
    if country is not None and _DISSENT.search(text):
        country = None  # "independent Russian media", "exiled Belarusian journalists": not their state's voice
    if kind == "unknown" and country is not None and (prep := _OF.search(text)) is not None \
            and country_in(text[:prep.start()]) is None and adjective_only(text[prep.end():], country) \
            and text.rstrip(" .,;:").rsplit(None, 1)[-1].lower() in events():
        # words the tables do not know speak for a country they name only in their own head:
        # "Russian soldiers", not "the full horror of a Russian jet crash" or "survivors of a
        # Russian strike" (an event a people's word qualifies: data/places.json events); "the
        # port authority of the Donetsk People's Republic", "members of the Russian parliament"
        # name their owner
        country = None
    if country is None and len(text.split(None, 2)) > 2 and (inside := _INSIDE.match(text)) is not None and inside.group("role") and not _FORMER.search(inside.group("role")) \
            and (role_kind(inside.group("role")) in ("official", "military", "government")
                 or inside.group("role").split()[-1].lower() in _INSIDE_ROLES
                 or " ".join(inside.group("role").split()[-2:]).lower() in _INSIDE_ROLES):
        # "sources in the SBU", "the head of the FSB": of the body the tables know
        body = lookup_entity(inside.group("body"))
        country = body.affiliation if body is not None and body.kind != "media" else None
    if kind == "ngo" and _STATE_AGENCY.search(text) and (country or "state " in text.lower()):
        kind = "government"  # "Turkey's disaster relief agency", "Russia's state media watchdog": a state's
    elif kind == "ngo" and country == "United Nations":
        kind = "international"  # "the UN nuclear watchdog"
    elif country is not None and kind in ("ngo", "unknown") and _organisation_name(text):
        # "the Syrian Observatory for Human Rights": an organisation named for a country speaks
        # for itself, not for that country's state
        country = None
    if country is None and kind in ("military", "government") and place_in_title(text) is None:
        # (a body of a place the words name, "Gaza's health ministry", is not the ministry of
        # the country the document named last)
        return None, kind, country, normalise(text)
    return _named_claimant(text, kind, country), kind, country, ""


def _staff_outlet(text: str, words: list[str]) -> Entity | None:
    """The outlet whose own people the words name by their job: after its name ("a Reuters
    witness", "an AFP correspondent") or before it ("a correspondent for Fox News", "a Kyiv
    reporter with the BBC": not the place the job is named for; not "a former correspondent")."""
    for named in _staff_named(text, words):
        outlet = lookup_entity(_LEADING_ARTICLE.sub("", named))
        if outlet is not None and outlet.kind == "media":
            return outlet
    return None


def _staff_named(text: str, words: list[str]) -> Iterator[str]:
    """The words that may name the outlet of :func:`_staff_outlet`, in the order they are tried."""
    if len(words) > 1 and words[-1].lower() in _OUTLET_STAFF:
        yield " ".join(words[:-1])
    if (staff := _STAFF_OF.match(text)) is not None and not _FORMER.search(text, 0, staff.start("outlet")):
        yield staff.group("outlet")


def _named_claimant(text: str, kind: str, country: str | None) -> Claimant:
    """The claimant words of ``kind`` name, of ``country``: a person named after their body
    ("Defence Ministry spokesman Igor Konashenkov"), an unnamed one ("an official"), or the
    words themselves."""
    person = None
    t = text.strip()
    # (the person's name is looked for only where the kind lets it count)
    m = _PERSON_NAME.search(t) if kind in ("official", "government", "military") else None
    if m and len(m.group(1).split()) >= 2:
        head = text[: m.start()].strip()
        # (not a name after "the" or a participle, nor after "of", "in", … unless it opens with a
        # title: "the headquarters of the self-proclaimed Donetsk People's Republic", "officials in
        # Accomack County" name no person; "the office of Mayor Boichenko" does)
        prev = head.split()[-1].lower() if head else ""
        last = m.group(1).split()[-1]
        if head and not head.endswith("ed") and prev not in _ARTICLES \
                and (prev not in _BEFORE_NO_PERSON or role_kind(m.group(1).split()[0]) is not None) \
                and role_kind(last) is None and last.lower() not in _NOT_SURNAMES:
            person = m.group(1)
            org = lookup_entity(head)
            if org and not ("governor" in t.lower() and normalise(head.split()[0]) in data_json("implied.json")["governed_oblasts"]):
                # (not "Luhansk Governor Ivan Sirko": the oblast Ukraine governs, not the held city's republic)
                return Claimant(text, org.name, org.affiliation, org.kind, person)
    if kind != "unknown" and _INDEFINITE.match(t):
        core = _COUNT_WORD.sub("", t)
        return Claimant(text, f"{core[0].upper()}{core[1:]} (unnamed)", country, kind, None)
    name = _LEADING_ARTICLE.sub("", t) if t[:1] in "aAtT" else t  # (an article opens with one of these)
    name = name[0].upper() + name[1:] if name else name
    if len(name) > NAME_CHARS:
        name = ""  # junk, not a name (and past what PostgreSQL's index on names holds)
    return Claimant(text, name or None, country, kind, person)


_COUNT_WORD = compiled(r"^(a|an|one|two|three|several|some|other|another)\s+", re.I)
_LEADING_ARTICLE = compiled(r"^(the|a|an)\s+", re.I)
_ARTICLES = frozenset({"the", "a", "an"})
# last words of a body's name, never a person's surname ("Territorial Defense", "Donetsk People's Republic")
_NOT_SURNAMES = frozenset({"defense", "defence", "republic", "region", "county", "headquarters", "services", "bureau",
                           "college", "university", "forces", "guard", "command"})
_BEFORE_NO_PERSON = frozenset({"of", "for", "in", "at", "from", "to", "on", "by", "with", "and"})
# "London-based", "New York-based", "U.S.-based" (up to three words of a place before it, none
# an owner's: "Ukraine's Kharkiv-based brigade" keeps Ukraine's)
_BASED = compiled(r"(?:\b(?!(?:A|An|The)\s)[A-Z][\w.]*\s+){0,2}\b[A-Z][\w.]*-based\s+")
# a country's own agency: "Turkey's relief agency", "the state media watchdog"
_STATE_AGENCY = compiled(r"(?:['’]s|\b(?i:state|government|national|federal))\s+(?:[\w-]+\s+){0,3}(?i:agency|watchdog|charity)\b")


@lru_cache(maxsize=1)
def _sent_to() -> re.Pattern[str]:
    """Where someone is sent: "ambassador to Ukraine", "the Representative To Sudan"
    (data/claimants.json ``sent_to``)."""
    heads = alternation(data_json("claimants.json")["sent_to"])
    return compiled(rf"\b((?i:{heads}))\s+(?i:to|for)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}}")


def _organisation_name(text: str) -> bool:
    """Whether ``text`` is a civil group's capitalised name ("the Syrian American Medical
    Society"): capitalised words (short ones between), one of a civil group's (data/claimants.json
    ``civil_names``), not opening with an owner ("Ukraine's …")."""
    name = _LEADING_ARTICLE.sub("", text.strip())
    if not _PROPER_NAME.fullmatch(name) or name.split()[0].endswith(("'s", "’s")):
        return False
    civil = _civil_names()
    return any(w.lower() in civil for w in name.split())


@lru_cache(maxsize=1)
def _civil_names() -> frozenset[str]:
    return frozenset(data_json("claimants.json")["civil_names"])


_PROPER_NAME = compiled(r"[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|to|the|and|on|in)\s+)*[A-Z][\w'’.-]*)*")


# The words themselves as a claimant's name, up to this many characters: a source phrase is a few
# words (extract/source_phrases.MAX_SOURCE), but one "word" of hostile text can be any length.
NAME_CHARS = 200


def country_adjective(country: str) -> str:
    for word, c in demonyms().items():
        if c == country and word.endswith(("an", "sh", "ese", "i")) and not word.endswith("'s"):
            return word
    return country


# --- parties -----------------------------------------------------------------------------

@dataclass(frozen=True)
class PartyTables:
    whole: dict[str, str]  # a whole claimant phrase -> party
    inner: dict[str, str]  # an organ or person, anywhere in the claimant's words -> party
    inner_regex: re.Pattern[str] | None
    sides: dict[str, str]  # an affiliation -> the party it counts for
    persons: frozenset[str] = frozenset()  # the people of ``inner`` (a name says whose they are; an organ's words may not)


@lru_cache(maxsize=1)
def party_tables() -> PartyTables:
    """From ``data/parties.json`` and the user's ``parties`` / ``party_sides`` (TOLLBOOK_ALIASES)."""
    _forget_read_with_tables()
    data = data_json("parties.json")
    parties: dict[str, dict[str, list[str]]] = {}
    for src in (data["parties"], user_aliases().get("parties", {})):
        for name, p in src.items():
            mine = parties.setdefault(name, {"names": [], "organs": [], "persons": []})
            for k in mine:
                mine[k] = mine[k] + list(p.get(k, []))
    whole: dict[str, str] = {}
    inner: dict[str, str] = {}
    for name, p in parties.items():
        for a in p["names"] + [name]:
            whole[normalise(a)] = name
        for a in p["organs"] + p["persons"]:
            whole[normalise(a)] = inner[normalise(a)] = name
    sides = {**{n: n for n in parties}, **data["sides"], **user_aliases().get("party_sides", {})}
    rx = compiled(rf"(?<![\w-])(?:{alternation(list(inner))})(?![\w-])") if inner else None
    return PartyTables(whole, inner, rx, sides, frozenset(normalise(a) for p in parties.values() for a in p["persons"]))


_STATE_KINDS = frozenset({"government", "military", "official", "police"})


@lru_cache(maxsize=1)
def _anaphor_words() -> frozenset[str]:
    words = set()
    for phrases in data_json("claimants.json")["anaphors"].values():
        for p in phrases:
            words.update(normalise(p).split())
    return frozenset(words)


def person_party(claimant: Claimant) -> str | None:
    """The party of a person data/parties.json names, named in the claimant's words ("Ivan Sirko,
    deputy head of the region": whose deputy the region does not say, his name does)."""
    t = party_tables()
    if t.inner_regex is None:
        return None
    for phrase in (claimant.person, claimant.text):
        said = normalise(phrase or "")
        # (the speaker himself, named first: not "a critic of Putin", "a journalist who interviewed Kadyrov")
        # (asked at its start only: the leftmost match, the one a search of the words finds first)
        m = t.inner_regex.match(said)
        if m is not None and m.group(0) in t.persons and said[m.end():m.end() + 1] in ("", ","):
            party = t.inner[m.group(0)]
            return t.sides.get(party, party)
    return None


@with_tables
def party_of(claimant: Claimant) -> str | None:
    """The party a claimant speaks for ("Russia", "Ukraine", "United Nations", …): its name,
    person or words against data/parties.json (organs and persons anywhere in its words, the
    longest first), then a known entity's side; for a state's organs and officials their
    side, or the country holding a place in their title ("the Kharkiv governor"). A state's
    outlet speaks for its state (TASS: Russia); other media and people who hold no office
    speak for no party. Remembered (with_tables): a document's claims come back to the same few."""
    if claimant.kind == "media":
        return claimant.affiliation or None
    t = party_tables()
    name = (claimant.name or "").removesuffix(" (implied)").removesuffix(" (unnamed)")
    for phrase in (name, claimant.person, claimant.text):
        if phrase and normalise(phrase) in t.whole:
            party = t.whole[normalise(phrase)]
            return t.sides.get(party, party)
    if t.inner_regex is not None:
        for phrase in (claimant.person, name, claimant.text):
            found = [m.group(0) for m in t.inner_regex.finditer(normalise(phrase or ""))]
            if found:
                party = t.inner[max(found, key=len)]
                return t.sides.get(party, party)
    ent = lookup_entity(name) if name else None
    if ent and ent.affiliation and ent.kind != "media":
        return t.sides.get(ent.affiliation, ent.affiliation)
    implied_side = claimant.implied and (claimant.name or "").endswith("(implied)")
    if claimant.kind not in _STATE_KINDS and not implied_side:
        return None
    if claimant.affiliation:
        return t.sides.get(claimant.affiliation, claimant.affiliation)
    loc = place_in_title(claimant.text or name)
    if loc is not None:
        held_by = data_json("implied.json")
        held = loc.country if loc.name.lower() in held_by["governed_oblasts"] and "governor" in (claimant.text or name).lower() \
            else held_by["held_by"].get(loc.name.lower(), loc.country)  # ("the Donetsk governor": the oblast's)
        return t.sides.get(held, held)
    return None


def place_in_title(words: str) -> Location | None:
    """The place a title names ("the Kharkiv governor", "Gaza's health ministry"), not a role
    word that is also a town's name ("the ministry", "Ministry" in Brazil): the place must not
    be the role itself."""
    loc = find_location("in " + _LEADING_ARTICLE.sub("", words))
    if loc and loc.country and normalise(loc.text) not in data_json("claimants.json")["roles"] \
            and normalise(loc.text) not in _anaphor_words():
        return loc
    return None


@lru_cache(maxsize=1)
def _group_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    g = data_json("claimants.json")["defined_groups"]
    nouns, mods = alternation(g["nouns"]), alternation(g["modifiers"])
    bare = compiled(rf"^(?:the\s+)?(?P<noun>{nouns})(?:['’]s?)?(?:\s|$)", re.I)
    defined = compiled(rf"\b(?P<by>pro-[A-Za-z]+|[A-Za-z]+-(?:{mods}))\s+(?P<noun>{nouns})\b", re.I)
    return bare, defined


def defined_group_side(words: str, before: "str | Callable[[], str]") -> str | None:
    """The side of a group a story named bare ("the separatists' emergency service") after
    defining it by whom it serves ("Russia-backed separatists" earlier): the side of the last
    such definition of that group in ``before`` (or what a function gives, asked only for words
    naming such a group); ``None`` when the story defined it with no side or with two."""
    bare, defined = _group_patterns()
    m = bare.match(words.strip())
    if not m:
        return None
    if callable(before):
        before = before()
    stem = m.group("noun").lower().rstrip("s")
    sides = set()
    for d in defined.finditer(before):
        if d.group("noun").lower().rstrip("s") != stem:
            continue
        by = d.group("by")
        side = party_of(Claimant(d.group(0), d.group(0), None, "official", None)) or country_in(by.split("-")[-1] if by.lower().startswith("pro-") else by.split("-")[0])
        if side:
            sides.add(side)
    return sides.pop() if len(sides) == 1 else None
