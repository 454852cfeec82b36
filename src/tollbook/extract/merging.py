"""A document's drafts of claims merged and linked: the same figure stated again is one claim
(``compatible``), a figure that is the sum of the others is their total (``link_totals``), and
a story's smaller figures are parts of the toll it restates (``link_restatements``).

Pure functions over the drafts extract/claims.py builds, one per figure read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..lexicon import alternation, data_json
from ..regexes import compiled
from ..countries import adversaries
from ..records import Claimant, Evidence, Period, Victims
from ..resolve import is_indefinite, normalise, party_of
from ..victims import gender, is_perpetrator, victim_nouns, victim_tables
from .attribution import roles
from .casualties import TALLY, Mention, besides_perpetrators, cues

GENERIC_VICTIMS = frozenset({"people", "persons", "person", "others", "victims", "individuals", "dead", "wounded", "injured", "casualties", "lives"})


@dataclass
class Draft:
    mention: Mention
    claimant: Claimant
    victims: Victims
    location: object
    period: Period
    stance: str
    evidence: list[Evidence]
    parent: "Draft | None" = None
    merged_into: "Draft | None" = None
    # (sentence, figure offset) of the drafts merged into this one, for what their words say
    restated: list[tuple[str, int]] = field(default_factory=list)
    told: set = field(default_factory=set)  # its evidence, for a quick "already there"
    # a pronoun that found no one ("he said") holds it, merged into the outlet's voice
    nameless: bool = False
    # outlets that relay this figure's source as they cite or quote it ("RIA, citing the
    # ministry, reported", "TASS quoted the ministry as saying"): this claim's, not the story's
    relays: tuple[str, ...] = ()


def outlet_voice(c: Claimant) -> bool:
    """The outlet speaking for itself, or a source only implied by what it reports: a source
    the document names for the same figure takes its place; so does it that of a pronoun that
    found no one to refer to ("he said", with no name)."""
    return c.kind == "media" and not c.text or c.implied or not c.name or _generic(c)


def nameless(d: Draft) -> bool:
    """Whether a pronoun that found no one to refer to holds the draft, or one merged into it."""
    return _nameless(d.claimant) or d.nameless and outlet_voice(d.claimant)


def _nameless(c: Claimant) -> bool:
    """A pronoun that found no one to refer to ("she said", no name): only that (not the
    outlet's voice, an implied or a generic source)."""
    return not c.name and not (c.kind == "media" and not c.text or c.implied)


def _same_victims(a, b) -> bool:
    """Whether two figures' victims may be one group as their kinds go: "people" or a person
    named are not "soldiers" (soldiers of other nouns, a man and a woman are told apart below)."""
    return (a.kind == "military") == (b.kind == "military")


def country_voice(c: Claimant) -> bool:
    """A country named as its own speaker ("Ukraine says it shot down 20 drones")."""
    return bool(c.affiliation) and c.name == c.affiliation and not c.person and c.kind in ("unknown", "government")


def country_and_organ(a: Claimant, b: Claimant) -> bool:
    """Whether one claimant is a country speaking and the other a body of that country: "Ukraine
    says" in a headline restates "Ukraine's air force said" further down (a state's body: not its
    outlets, a group or a person of that country, "a Ukrainian soldier")."""
    return a.affiliation == b.affiliation and (country_voice(a) and _organ(b) or country_voice(b) and _organ(a))


def one_role(a: Claimant, b: Claimant) -> bool:
    """Whether two claimants are one role named shorter and longer: "Governor" in a headline and
    "Regional governor" below it (the same side and kind, one name ending the other, by whole
    words; no person named differently)."""
    if a.affiliation != b.affiliation or a.kind != b.kind or (a.person and b.person and a.person != b.person):
        return False
    short, long = sorted(((a.name or "").removesuffix(" (unnamed)"), (b.name or "").removesuffix(" (unnamed)")), key=len)
    if not short or len(short) == len(long) or not long.lower().endswith(" " + short.lower()):
        return False
    # (what the longer adds says where the role is, not which of its holders: "regional", "city",
    # a place's name; not "deputy", "former", "acting")
    added = long[:-len(short)].split()
    return all(w.lower() in _WHERE_WORDS or w[:1].isupper() and w.lower() not in _RANK_WORDS for w in added)


_WHERE_WORDS = frozenset({"regional", "local", "city", "provincial", "district", "town", "county", "state", "oblast"})
_RANK_WORDS = frozenset({"deputy", "vice", "acting", "former", "assistant", "senior", "chief", "first", "interim"})


def _organ(c: Claimant) -> bool:
    return c.kind in ("government", "military", "official") and not c.person and not is_indefinite(c.text) and not country_voice(c)


def _local(c: Claimant) -> bool:
    return not c.affiliation and c.kind in ("official", "unknown")


def _generic(c: Claimant) -> bool:
    # "Police: two dead" in a headline is the "Stockton Police" the story names.
    return not c.person and not c.affiliation and normalise(c.name or "") in roles()


def _war_town(loc) -> bool:
    """Whether a place is a town or region of a country at war (narrower than the country)."""
    return loc is not None and bool(loc.name) and loc.name != loc.country and loc.country in adversaries()


def compatible(a: Draft, b: Draft, story_place=None, headline_end: int = 0) -> bool:
    """Whether two drafts of one figure, ``a`` told before ``b``, may be one claim.
    ``story_place``: the town or region the story's first sentences name, where the earlier
    figure is when its sentence names no place (a later one may follow the place told last);
    ``headline_end``: where the story's headline ends (a figure told in it is told shortly)."""
    fa, fb = a.mention.figure, b.mention.figure
    # (a headline's "kills 30" restates the body's "at least 30": its bounds may differ; elsewhere
    # "at least 13 people" and "13 assailants" are two counts)
    if (a.mention.metric, a.mention.unit, fa.value) != (b.mention.metric, b.mention.unit, fb.value) \
            or (fa.low, fa.high) != (fb.low, fb.high) and (fa.value is None or a.evidence[0].start >= headline_end):
        return False
    # Two figures of one sentence are two groups by construction ("a man and a woman were killed").
    if a.evidence[0] == b.evidence[0] or (a.stance == "denied") != (b.stance == "denied"):
        return False
    # A headline in the outlet's voice restates what a named source says further down; local
    # officials with no side (police, a spokeswoman, the coroner) restate one another.
    if a.claimant.name != b.claimant.name and not (outlet_voice(a.claimant) or outlet_voice(b.claimant)) \
            and not (_local(a.claimant) and _local(b.claimant)) and not country_and_organ(a.claimant, b.claimant) \
            and not one_role(a.claimant, b.claimant):
        return False
    if (nameless(a) and not outlet_voice(b.claimant)
            or nameless(b) and not outlet_voice(a.claimant)) \
            and not _same_victims(a.victims, b.victims):
        return False  # "She said two people …", "officials said two soldiers …": two claims
    if (a.parent is None) != (b.parent is None):
        return False
    if a.victims.affiliation and b.victims.affiliation and a.victims.affiliation != b.victims.affiliation:
        return False
    if fa.value is None and not fa.count_text and a.victims.affiliation != b.victims.affiliation:
        return False  # "heavy losses" on both sides, then "Russia incurred heavy losses": two claims of no count
    la = a.location or story_place
    if _war_town(la) and _war_town(b.location) and la.name != b.location.name:
        # in war reporting, one killed at a brewery in Donetsk and one killed by the blasts in
        # Saky are two strikes (elsewhere a street, a district and a city name one shooting)
        return False
    ga, gb = gender(a.victims.text), gender(b.victims.text)
    if ga and gb and ga != gb:
        return False
    if a.mention.how == "detonated" or b.mention.how == "detonated":
        if is_perpetrator(a.victims.text) != is_perpetrator(b.victims.text):
            return False  # the bomber is not the one person the blast killed
    ka, kb = a.victims.kind, b.victims.kind
    if ka != kb and "unspecified" not in (ka, kb):
        return False
    if ka == kb == "military":
        # Soldiers and assailants are different groups even with one figure.
        ha = set(victim_nouns(a.victims.text)) - GENERIC_VICTIMS
        hb = set(victim_nouns(b.victims.text)) - GENERIC_VICTIMS
        return not ha or not hb or bool(ha & hb) or is_perpetrator(a.victims.text) == is_perpetrator(b.victims.text)
    return True


def link_totals(kept: list[Draft]) -> None:
    """"A man and a woman were found dead. 2 fatalities.": a generic figure that equals the sum
    of the document's other figures of that metric is their total, and they are its parts."""
    # Figures that may add up, by what they count; with each group's count, sum and unknown values
    # of those not yet inside another (kept up to date, so each total is checked at once, not by a
    # pass over the whole document).
    groups: dict[tuple, list[Draft]] = {}
    for d in kept:
        groups.setdefault((d.mention.metric, d.mention.unit, d.stance == "denied"), []).append(d)
    tally = {key: [sum(d.parent is None for d in ds),
                   sum(d.mention.figure.value or 0 for d in ds if d.parent is None),
                   sum(d.mention.figure.value is None for d in ds if d.parent is None)] for key, ds in groups.items()}
    for total in kept:
        f = total.mention.figure
        if total.parent is not None or f.value is None or f.value < 2:
            continue
        if set(victim_nouns(total.victims.text)) - GENERIC_VICTIMS:
            continue
        key = (total.mention.metric, total.mention.unit, total.stance == "denied")
        n, added, unknown = tally[key]
        # the others of its group: all but the total itself (free, its value known)
        if n - 1 >= 2 and unknown == 0 and added - f.value == f.value:
            for p in groups[key]:
                if p is not total and p.parent is None:
                    p.parent = total
            tally[key] = [1, f.value, 0]


_ELSEWHERE = compiled(r"\b(?:separate|unrelated|elsewhere|another (?:incident|shooting|attack|case)|earlier this (?:year|month)|last (?:year|month))\b", re.I)


_PROPER = compiled(r"\b[A-Z][a-z'’-]{2,}\b")


def proper_names(text: str) -> set[str]:
    """The capitalised words of a victim phrase (a name's words)."""
    return set(_PROPER.findall(text))


def may_be_same(a: str, b: str) -> bool:
    """Whether two victim phrases may name the same people: not of different sexes, not two
    different names."""
    ga, gb = gender(a), gender(b)
    if ga and gb and ga != gb:
        return False
    na, nb = set(_PROPER.findall(a)), set(_PROPER.findall(b))
    return not (na and nb and not na & nb)


def _other_country(d: Draft, toll: Draft) -> bool:
    """Whether two figures' sentences are each set in a whole country, and not the same one: a
    roundup's "490 demonstrators killed in Iran" is no part of its "1,700 killed in floods in
    Pakistan". (A town, a region or a hometown is no such setting: "the widow of a soldier from
    Stavropol" may count one of a toll told in Ukraine, "a musician from Iran" one shot in Brooklyn.)"""
    a, b = d.location, toll.location
    return bool(a is not None and b is not None and a.country and b.country and a.name == a.country
                and b.name == b.country and a.country != b.country
                # (not where either names the other's: "the quake killed 50,000 in Turkey and
                # Syria … In Syria, 6,000 died"; "30 of those killed in Israel were Thai")
                and b.country not in d.evidence[0].sentence and a.country not in toll.evidence[0].sentence)


@lru_cache(maxsize=256)
def _elsewhere(sentence: str) -> bool:
    """Whether a sentence says it tells of another incident (read once a sentence)."""
    return bool(_ELSEWHERE.search(sentence))


# a part of the dead or wounded counted before: "two children were among the dead"
# (data/cues.json among_the_groups)
_AMONG_THE = compiled(r"(?:\s+[\w'’-]+){0,6}?\s+(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the|those)\s+"
                      rf"(?:{alternation(cues()['among_the_groups'])})\b", re.I)


def link_restatements(kept: list[Draft], story: bool = False) -> None:
    """A story restates its toll: "4 dead in shooting", "three died at the scene", "Hart died
    in hospital". The largest figure is the toll; smaller figures of the same metric in other
    sentences are parts of it, unless the sentence says it is about another incident. In a short
    record ("Two soldiers were killed. A civilian also died.") sentences list separate groups,
    so there only a figure for unnamed victims ("people", "victims") is taken for the toll; a
    ``story`` (a full article) restates whatever it counted."""
    everyone = None  # (how many the story's largest counts make: read once, where a place is told)
    for metric in ("killed", "wounded", "shot"):
        # Anyone "shot" is counted again and again in a story; deaths and wounds of named groups
        # ("two soldiers", "three civilians") may be separate groups.
        # A running tally of people shot ("50 shot since June") is no incident's toll: the story's
        # own victims are not parts of it.
        tolls = [d for d in kept if d.mention.metric == metric and d.parent is None and d.stance != "denied"
                 and d.mention.figure.value and (story or metric == "shot" or not (set(victim_nouns(d.victims.text)) - GENERIC_VICTIMS))
                 and not (metric == "shot" and TALLY.search(d.evidence[0].sentence))]
        if not tolls:
            continue
        toll = max(tolls, key=lambda d: d.mention.figure.value)
        sentences = {e.start for e in toll.evidence}
        for d in kept:
            if d is toll or d.parent is not None or d.mention.metric != metric or d.stance == "denied":
                continue
            v = d.mention.figure.value
            if v is None or v > toll.mention.figure.value or d.evidence[0].start in sentences:
                continue
            if _elsewhere(d.evidence[0].sentence) or _other_country(d, toll):
                continue
            if v == 1 and (place := _ordinal(d.victims.text)):
                if everyone is None:
                    everyone = _everyone(kept)
                if place > everyone:
                    # "four victims … A fifth victim was found later at a hospital": one more (the
                    # places count the dead and the hurt together: "one killed, three others shot …
                    # a fourth person was injured" is one of the three)
                    continue
            if is_perpetrator(d.victims.text) and any(besides_perpetrators(e.sentence) for e in toll.evidence):
                # "In addition to the (three) assailants, 19 people were killed": the assailants are
                # not among the 19, but among the three when counted there
                d.parent = next((k for k in kept if k is not d and k.parent is None and k.mention.metric == metric
                                 and is_perpetrator(k.victims.text) and (k.mention.figure.value or 0) >= v
                                 and k.evidence[0].start in sentences), None)
                continue
            if metric == "killed" and is_perpetrator(d.victims.text) and _named_victims(toll.victims.text):
                continue  # "3 members of a family shot dead; the suspect was killed": not one of the three
            if v == toll.mention.figure.value and not may_be_same(d.victims.text, toll.victims.text):
                continue  # "The father was pronounced dead"; "she was later pronounced dead": two people
            # Two parties' figures are two claims to set side by side, never one inside the other.
            a, b = d.claimant.affiliation, toll.claimant.affiliation
            if a and b and a != b:
                continue
            if d.victims.affiliation and toll.victims.affiliation and d.victims.affiliation != toll.victims.affiliation:
                continue
            d.parent = toll
            if d.claimant.kind == "media" and not d.claimant.text and not d.claimant.implied and not outlet_voice(toll.claimant) \
                    and _AMONG_THE.match(d.evidence[0].sentence, d.mention.figure.end) and _counted_last(toll, d, kept):
                # "Three children were among the dead", in the outlet's voice: a part of the toll
                # its source gave, as a restatement of that toll is (``compatible``)
                d.claimant = toll.claimant


_ORDINALS = data_json("numbers.json")["ordinals"]
_ORDINAL_DIGITS = compiled(r"(\d{1,3})(?:st|nd|rd|th)$")


def _everyone(kept: list[Draft]) -> int:
    """How many people the story's largest counts of the dead and of the hurt make together."""
    most = {}
    for d in kept:
        v = d.mention.figure.value
        if v and d.parent is None and d.stance != "denied" and d.mention.unit == "people":
            key = "dead" if d.mention.metric == "killed" else "hurt" if d.mention.metric in ("wounded", "shot", "casualties") else None
            if key:
                most[key] = max(most.get(key, 0), v)
    return sum(most.values())


def _ordinal(text: str) -> int:
    """The place a victim's words open with ("fifth victim": 5, "3rd man": 3); 0 where none."""
    first = text.split(maxsplit=1)[0].lower() if text.strip() else ""
    if first in _ORDINALS:
        return _ORDINALS[first]
    m = _ORDINAL_DIGITS.match(first)
    return int(m.group(1)) if m else 0


def _named_victims(text: str) -> bool:
    """Whether a toll's victim words name a group of victims by a civilian or military noun, none
    of them attackers ("members of a family", "three officers"), not anyone ("people", "men")."""
    kinds = victim_tables()["kinds"]
    return not is_perpetrator(text) and any(kinds.get(n) in ("civilian", "military") for n in victim_nouns(text))


def _counted_last(toll: Draft, part: Draft, kept: list[Draft]) -> bool:
    """Whether ``toll`` is the last count of the part's metric stated before it (the toll told
    again aside): "among the dead" after another incident's figure ("another attack killed 5 …
    Two children were among the dead") is a part of that one, not of the story's largest toll."""
    at = part.evidence[0].start
    last = max((e.start for e in toll.evidence if e.start < at), default=None)
    if last is None:
        return False
    return not any(k is not toll and k is not part and k.mention.metric == part.mention.metric
                   and k.mention.figure.value != toll.mention.figure.value
                   and any(last < e.start < at for e in k.evidence) for k in kept)


def credit_reports(reported: list[tuple[Draft, str]], drafts: list[Draft]) -> None:
    """"According to the latest casualty report, 18 people were killed": the report of the one
    party the story credits with its other counts ("Kiev had claimed the attack killed many"),
    implied; with no such party, or two, the figure stays in the outlet's voice."""
    if not reported:
        return
    mine = {id(d) for d, _ in reported}
    parties = {party_of(d.claimant) for d in drafts if id(d) not in mine and not outlet_voice(d.claimant)
               and d.claimant.kind != "media"}
    parties.discard(None)
    if len(parties) != 1:
        return
    party = parties.pop()
    for d, words in reported:
        d.claimant = Claimant(words, f"{party} (implied)", party, "official", None, implied=True)
