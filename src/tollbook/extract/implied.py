"""Whose claim a figure is when the outlet states it in its own voice.

A wire headline rarely names its source, but what it says often shows whose figure it is,
and careful analysts attribute it that way: forces announcing the enemy they destroyed
("Russian troops destroyed 25 Ukrainian soldiers": the Russian side), a side counting its
own dead ("Two DPR servicemen killed in shelling by Ukrainian troops": the DPR), a side
blaming the other's fire for civilian deaths ("Two people died in Ukrainian shelling": the
other side). Claims attributed this way are marked ``implied``; a named source anywhere in the
document takes precedence.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from ..regexes import compiled
from ..countries import adversaries
from ..lexicon import alternation, data_json, lowerable, lowers_alike, may_hold, needles, table_key
from ..records import Claimant, Victims
from ..victims import is_perpetrator
from ..resolve import country_in, demonym_regex, find_location, role_kind


@lru_cache(maxsize=1)
def _table() -> dict:
    return data_json("implied.json")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    t = _table()
    forces, attacks, verbs = alternation(t["forces"]), alternation(t["attacks"]), alternation(t["kill_verbs"])
    side = demonym_regex().pattern
    return {
        # "Russian Armed Forces destroyed more than 25", "units of the National Guard eliminated":
        # a kill verb after a word for forces (see _agent: the subject runs from the clause start)
        "agent_verb": compiled(rf"\s++(?:have\s++|has\s++)?(?:{verbs})\b", re.I),
        # "Ukraine shoots down Russian jet": a side named as the subject, without a word for forces
        # (or the speaker itself right after its cue: "the ministry said it destroyed 12 tanks")
        "side_agent": compiled(rf"(?:^|[,;:]\s*|\b(?:says|said)\s+)(?P<subj>(?:{side})|(?<=s\s)(?:it|we)|(?<=d\s)(?:it|we))\s+(?:says\s+it\s+|said\s+it\s+)?(?:has\s+|have\s+|had\s+)?(?:{verbs})\b(?P<gap>[^;:–—]*)$", re.I),
        "passive_agent": compiled(rf"^[^;:]{{0,60}}?\b(?:{verbs})\s+by\s+(?P<subj>(?:the\s+)?(?:[\w'’-]+\s+){{0,4}}?(?:{forces}))\b", re.I),
        # "Ukrainian shelling", "shelling by Ukrainian troops", "attack of the AFU"
        # most telling first: "shelling by X", then "X shelling", then "attack of X" ("of" may
        # also name the target: "shelling of Donetsk")
        "blame": (
            compiled(rf"\b(?:{attacks})\s+(?:by|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{side})", re.I),
            # "Russian shelling", not "a shooting at a Russian military base" (a place, the target)
            compiled(rf"(?:{side})(?:['’]s)?\s+(?:(?!(?:{alternation(t['places'] + t['clause_joiners'])})\b)[\w-]+\s+){{0,2}}?(?:{attacks})\b(?!\s+(?:{alternation(t['targets'])})\b)", re.I),
            compiled(rf"\b(?:{attacks})\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{side})", re.I),
        ),
        # forces named as one party to a fight: its verb after them, perhaps after the other party
        # ("X troops and rebels clash", "X troops, Y fighters clash", "X forces clash with"), or its
        # noun before them ("clashes between X troops and …", "fighting with X forces")
        "fights_after": compiled(rf"\s*+(?:(?:,|\band\b|\bwith\b)\s*+(?:[\w'’-]+\s+){{0,3}}?)?(?:{alternation(t['fighting_each_other']['verbs'])})\b", re.I),
        "fights_before": compiled(rf"\b(?:{alternation(t['fighting_each_other']['nouns'])})\s+(?:between|with)\s+(?:the\s+)?$", re.I),
        "any_side": compiled(rf"(?<![\w-])(?:{alternation(_side_words())})(?![\w])", re.I),
        "not_their_own": compiled(rf"(?:{side})\s+(?:{alternation(t['not_their_own'])})\b"
                                    rf"|\b(?:{alternation(t['not_their_own'])})\s+in\s+(?:the\s+)?(?:\w+ern\s+)?(?:{side})\b", re.I),
        "strikes": compiled(rf"\b(?:{alternation(t['strikes'])})\b", re.I),
        # a side's strike, named with the side: "strikes by Ukrainian forces", "a Ukrainian (missile) strike"
        "struck_by": compiled(rf"\b(?:{alternation(t['strikes'])})\s+(?:by|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{side})", re.I),
        "side_strike": compiled(rf"(?:(?:{side})\s+(?:and|or)\s+)?(?:{side})(?:['’]s)?\s+(?:(?!(?:by|in|of|on|at|from|and|or|to)\b)[\w-]+\s+)?(?:{alternation(t['strikes'])})\b"
                                rf"(?!\s+(?:{alternation(t['targets'])})\b)", re.I),
        "state_services": compiled(rf"\b(?:{alternation(t['state_services'])})\b", re.I),
        "from_afar": compiled(rf"\b(?:{alternation(t['from_afar'])})\b", re.I),
        "named_by_others": compiled(rf"\b(?:{alternation(t['named_by_others'])})\b", re.I),
        "held": compiled(rf"(?<![\w-])(?:{alternation(list(t['held_by']))})(?![\w])(?!['’]s)(?!\s+(?:region|regional|oblast|province|direction|area)\b)", re.I),
        "forces": compiled(rf"\b(?:{forces})\b", re.I),
        "attack_head": compiled(rf"\b(?:{attacks})\s*$", re.I),
        "attack_in": compiled(rf"\b(?:{alternation([a for a in t['attacks'] if a not in t['forces']])})\b", re.I),
        "force_head": compiled(rf"\b(?:{forces})\s*$", re.I),
        "state_forces": compiled(rf"\b(?:{alternation(t['state_forces'])})\s*$", re.I),
    }


# a body of an occupation: "the occupation authorities", "the head of the occupation
# administration" (the word "occupation" right before the body's noun, nothing but an article, a
# title "of the" or a plain adjective before it: not "prosecutors investigating the occupation")
_OCCUPATION = compiled(r"(?:the\s+)?(?:(?:local|so-called|self-proclaimed|regional|city)\s+)?(?:[\w'’-]+\s+of\s+the\s+)?"
                       r"(?:occupation|occupying)\s+(?P<body>[\w'’-]+)", re.I)


def occupiers_body(words: str) -> bool:
    """Whether a claimant's words name a body of an occupation without naming the occupier
    ("the occupation authorities in Melitopol"; not "Russian occupation authorities"): it speaks
    for the adversary of the country of the place it holds."""
    if "occup" not in words.lower():
        return False
    m = _OCCUPATION.match(words.strip())
    return m is not None and role_kind(m.group("body")) is not None and country_in(m.group(0)) is None


def speaks_from_afar(words: str) -> bool:
    """Whether a claimant's words name a body that reports on places it does not govern (data/
    implied.json from_afar: "the intelligence agency"): a place gives it no side."""
    return bool(_patterns()["from_afar"].search(words))


def is_state_service(words: str) -> bool:
    """Whether a claimant's words name a state's armed service or unit ("the air force", "the
    brigade"), which fights anywhere, not a place's authorities."""
    return bool(_patterns()["state_services"].search(words))


def names_forces(text: str) -> bool:
    """Whether words name armed forces ("the troops of the Russian Federation", "the AFU")."""
    return bool(_patterns()["forces"].search(text))


def _side_words() -> list[str]:
    """Every word that names a side of a known conflict ("Ukrainian", "DPR", "AFU", "pro-Kyiv")."""
    places = data_json("places.json")
    sides = set(adversaries())
    return [w for table in (places["demonyms"], places["sides"]) for w, c in table.items() if c in sides]


def _side_of(words: str) -> str | None:
    """The side a phrase names, unless the country is only where they are ("Ukraine rebels")."""
    if _patterns()["not_their_own"].search(words):
        return None
    return country_in(words)


def held_side(sentence: str, start: int = 0, end: int | None = None) -> str | None:
    """The side holding the territory named ("in Donetsk republic") in the clause of the figure
    at ``start:end``, if any: "in Kharkiv region five were hurt and in Donetsk seven killed"
    places the five in Kharkiv."""
    if not _may_name_held(sentence):
        return None
    end = start if end is None else end
    lo, hi = _held_clause(sentence, start, end)
    return _held_in(sentence, lo, hi)


def _held_clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``start:end``: from the end of the last clause break wholly before
    ``start`` to the start of the first at or after ``end``. The breaks are found once a
    sentence (a sentence of a thousand figures was read from its start a thousand times)."""
    starts, ends, seen = _clause_breaks(sentence)
    k = bisect_right(seen, start)  # the breaks read before ``start``, their lookahead too
    lo = ends[k - 1] if k else 0
    j = bisect_left(starts, end)
    if j and ends[j - 1] > end:
        after = _CLAUSE.search(sentence, end)  # a break across ``end``: search from it, as ever
        return lo, after.start() if after else len(sentence)
    return lo, starts[j] if j < len(starts) else len(sentence)


@lru_cache(maxsize=64)
def _clause_breaks(sentence: str) -> tuple[list[int], list[int], list[int]]:
    """Starts and ends of the clause breaks of a sentence, and where each one's lookahead ends."""
    starts, ends, seen = [], [], []
    for m in _CLAUSE.finditer(sentence):
        look = _CLAUSE_LOOK.match(sentence, m.end()) if m.group()[:1].isspace() else None  # "and": its lookahead
        starts.append(m.start())
        ends.append(m.end())
        seen.append(look.end() if look else m.end())
    return starts, ends, seen


@lru_cache(maxsize=1)
def _held_words() -> tuple[str, ...]:
    """What every match of the "held" pattern holds, lower-cased: a word of a held place's name."""
    return needles(list(_table()["held_by"]))


def may_name_held(text: str, lower: str | None = None) -> bool:
    """False only where no part of ``text`` (a document) can name a held place, so held_side
    finds none in any of its sentences: it holds no word of such a name, lower-cased
    (``lower``: ``text.lower()``, if known). Where the document lowers alike (may_hold: no
    "İ", lower-cased to two characters), a sentence's lower case is the document's at its
    place (a capital sigma's hangs on the letters around it, but is no ASCII letter): an ASCII
    word in the one is in the other. Asked once a document, where each sentence asked."""
    words = _held_words()
    return not all(map(str.isascii, words)) or may_hold(text, words, lower)


@lru_cache(maxsize=64)
def _may_name_held(sentence: str) -> bool:
    """False only where a sentence holds no word of a held place's name, so no clause of it can
    name one: a few substring tests once a sentence, where the pattern reads every position
    once a figure (most sentences name no such place)."""
    return may_hold(sentence, _held_words())


@lru_cache(maxsize=256)
def _held_in(sentence: str, lo: int, hi: int) -> str | None:
    t = _table()
    for m in _patterns()["held"].finditer(sentence, lo, hi):
        name = table_key(m.group(0)).replace("’", "'")
        if name in t["governed_oblasts"] and (_GOVERNOR.match(sentence, m.end())
                                              or _GOVERNOR_OF.search(sentence, max(0, m.start() - 24), m.start())):
            continue  # "the Donetsk governor": the oblast's, not the held city's (data/implied.json)
        return t["held_by"][name]
    return None


_GOVERNOR = compiled(r"\s+governor", re.I)
_GOVERNOR_OF = compiled(r"governor\s+of\s+(?:the\s+)?$", re.I)  # ("the Kyiv-appointed governor of Luhansk")


_LOSSES = compiled(r"\s*losses\b", re.I)
# "losses of (the) X (on the southern front, in battles with Y) came to": X a side in a few words,
# perhaps a place or the fighting, the verb right after; not "losses of X's population in the
# flood", "losses of X from the storm"
_NOT_FORCES = rf"(?:{alternation(data_json('implied.json')['not_forces'])})\b"  # (data/implied.json not_forces)
_LOSSES_OF = compiled(rf"\blosses\s+of\s+(?:the\s+)?(?!{_NOT_FORCES})[\w'’.-]+(?:\s+(?!{_NOT_FORCES})[\w'’.-]+){{0,2}}?"
                      r"(?:\s+(?:on|near|at|around)\s+(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+)?"
                      r"|\s+in\s+(?:battles?|fighting|clashes|combat|action)\b[^.;:]{0,40}?)?\s+"
                      r"(?:came|amounted|rose|reached|totall?ed|stood|were|was|are|is)\b[^.;:]{0,30}$", re.I)
# "two soldiers were among the dead", "soldiers among victims of the strike" (data/cues.json among_the_groups)
_AMONG = compiled(r"(?:\s+[\w'’-]+){0,6}?\s+(?:(?:were|was|are|is)\s+(?:also\s+)?)?among\s+(?:(?:the|those)\s+)?"
                  rf"(?:{alternation(data_json('cues.json')['among_the_groups'])})\b", re.I)
_CLAUSE = compiled(r";|\s+and\s+(?=in\s|at\s|near\s|on\s)|,\s+while\s")
_CLAUSE_LOOK = compiled(r"in\s|at\s|near\s|on\s")  # what the lookahead after "and" reads


# "the ministry": which one is not said (in a war story most often defence, of either side)
_BARE_MINISTRY = compiled(r"\s*(?:the\s+)?ministry\s*", re.I)


def army_or_bare_ministry(kind: str, words: str) -> bool:
    """Whether a speaker of ``kind``, named by ``words``, is an army or a ministry not said
    to be any other than defence ("the military", "the ministry")."""
    return kind == "military" or _BARE_MINISTRY.fullmatch(words) is not None


def counts_others_dead(claimant: Claimant, sentence: str, start: int, end: int, victims: Victims, words: str, unit: str) -> bool:
    """Whether a speaker of no stated side counting the dead of the place's side (``victims``,
    whose ``words`` name them at ``start:end``) is not shown by the place to be of that side: a
    service that fights anywhere ("the national guard said its troops killed 40 Ukrainian
    soldiers near Kupiansk"), or a bare army or ministry telling of the other side's troops
    killing those soldiers ("Russian troops killed 40 Ukrainian soldiers near Avdiivka, the
    ministry said": most often the killers')."""
    if is_state_service(claimant.text):
        return True
    return victims.kind == "military" and army_or_bare_ministry(claimant.kind, claimant.text) \
        and killers_side(sentence, start, end, None, words.lower(), unit) == victims.affiliation


def names_insurgents(words: str) -> bool:
    """Whether a speaker's words name fighters as others call them ("rebels", "separatists",
    "insurgents"): they fight the state of the place they speak of, so it gives them no side."""
    return _patterns()["named_by_others"].search(words) is not None


# a count of a side's dead below this is a day's toll, not a war total
DAILY_TOLL = 100


def implied_side(sentence: str, start: int, end: int, victims: Victims, metric: str = "killed",
                 country: str | None = None, headline: bool = False, value: int | None = None) -> tuple[str, str] | None:
    """(side, the words that imply it) for a figure at ``start:end`` of ``sentence``, or None.
    Only sides of a conflict the lexicon knows (``adversaries``) are implied: outside a war,
    "two American tourists killed" says nothing about who counted them."""
    if country not in adversaries() and not _names_a_side(sentence):
        return None  # most sentences name no side of a known conflict: skip the analysis
    found = _implied(sentence, start, end, victims, metric, country, headline, value)
    return found if found and found[0] in adversaries() else None


def _agent(before: str) -> tuple[str, str] | None:
    """(subject, the words after its verb) when the clause ending ``before`` has forces as the
    subject of a kill verb. In linear time: the subject runs from the clause start (after the
    last ; : – —) to the first kill verb after the first word for forces."""
    p = _patterns()
    start = max(before.rfind(c) for c in ";:–—") + 1
    forces = p["forces"].search(before, start)
    verb = forces and p["agent_verb"].search(before, forces.end())
    if verb:
        return before[start:verb.start()], before[verb.end():]
    # the side itself as the subject: it may follow the clause's own ; or :
    m = p["side_agent"].search(before, max(start - 1, 0))
    if m:
        return m.group("subj"), m.group("gap")
    # "Russian forces struck a command post, killing 30": the striker's subject, the figure in
    # the participle's clause right after it
    part = _KILLING.search(before, start) if "ing" in before[-40:] else None
    struck = part and _STRUCK.search(before, start, part.start())
    return (before[start:struck.start()], "") if struck else None


_KILLING = compiled(r",\s*(?:killing|destroying|downing|eliminating|wounding|injuring)\s+(?:[\w-]+\s+){0,3}$", re.I)
# the verb of a strike whose subject is the killer, its object after it (no other clause)
_STRUCK = compiled(r"\s+(?:had\s+|has\s+|have\s+)?(?:struck|hit|attacked|ambushed|shelled|targeted|bombed|raided|stormed)\b[^,;:]*$", re.I)


def struck_side(sentence: str, start: int, end: int) -> str | None:
    """The side whose soldiers a figure counts when its clause names one side's strike or fire
    ("63 servicemen were killed in a Ukrainian strike": Russia's), the adversary of the side that
    struck; ``None`` where none is named, or both sides' are ("Russian and Ukrainian artillery")."""
    if not _names_a_side(sentence):
        return None
    lo = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, start)), default=0)
    hi = next((m.start() for m in _CLAUSE_BREAK.finditer(sentence, end)), len(sentence))
    clause = sentence[lo:start] + " " * (end - start) + sentence[end:hi]
    p = _patterns()
    if not p["strikes"].search(clause):
        return None  # (no strike word in the clause: the side patterns, tried at every position, are not)
    blamed = {_side_of(w) for m in p["struck_by"].finditer(clause) for w in m.group(0).split()}
    blamed.update(_side_of(w) for m in p["side_strike"].finditer(clause) if _strikes_agent(clause, m) for w in m.group(0).split())
    blamed.discard(None)
    return adversaries().get(blamed.pop()) if len(blamed) == 1 else None


def killers_side(sentence: str, start: int, end: int, speaker: str | None, victims: str, unit: str,
                 source_end: int | None = None, claimant_side: str | None = None) -> str | None:
    """The side whose soldiers or weapons a figure counts when its clause names one side's
    forces as killing or destroying them ("Russian troops killed 50 soldiers": Ukraine's; in a
    side's own words, "its forces had killed up to 300 soldiers": the adversary of ``speaker``'s
    side). ``None`` where the forces are of no side or of both, where another subject or clause
    comes between, where the dead may be the killers' own, fighters of no army, things other than
    weapons, or the sentence names a place of a third country (``victims``: the victim words;
    ``unit``: what the figure counts; ``source_end``: where the speaker's words end before the
    figure, if they do; ``claimant_side``: the side of whoever states it, named or implied)."""
    if speaker not in adversaries() and not _names_a_side(sentence[:start]):
        return None
    t = _table()
    if unit != "people" and unit not in t["weapon_units"] or set(victims.lower().split()) & set(t["not_army"]) \
            or _CAPITAL.search(victims) or is_perpetrator(victims):
        return None  # ("destroyed 3 Red Cross vehicles", "killed 12 militants", "30 soldiers of the Wagner group")
    low = sentence.lower()
    if any(w in low[end:end + 60] or w in victims.lower() for w in t["own_side_after"]) or any(w in low for w in t["own_side_words"]):
        return None  # ("… killed 12 soldiers who tried to retreat", "in a friendly-fire incident": their own)
    if claimant_side and claimant_side not in adversaries() or _EARLIER_WAR.search(sentence):
        return None  # ("…, Georgia said", "in 2008"): another war's
    w0 = max(0, start - _KILLERS_REACH)
    window = sentence[w0:start]
    found = _agent(window)
    if found is None:
        return None
    subject, gap = found
    if len(gap.split()) > _KILLERS_GAP or _OTHER_CLAUSE.search(gap) or _ANOTHER_SUBJECT.search(gap):
        return None  # ("Russian forces killed 12 soldiers and Ukrainian forces killed 8": another subject's)
    if " and " in gap and not _AND_KILLED.search(gap) and _CLAUSE_GOES_ON.match(sentence, end):
        return None  # ("Russian troops blew up the dam and 40 soldiers drowned": not what they killed)
    # the killers' own noun phrase: after the last word that joins a clause or says something
    joined = None
    for joined in _JOINED.finditer(subject):
        pass
    tail = subject[joined.end():] if joined is not None else subject
    if not _FORCES_DO.search(tail) and not _SIDE_DOES.search(tail) and not _SIDE_ENDS.search(tail):
        # the forces are not what does it ("at a Russian military base, 2 soldiers were killed");
        # but "artillerymen of the Russian Federation destroyed" (a side ends the subject)
        return None
    if any(w in tail.lower() for w in t["own_side_forces"]):
        return None  # ("Russian barrier troops killed …")
    words = tail.split()
    said = None
    for said in _SAID.finditer(subject):
        pass
    if words and words[0].lower().lstrip("\"“‘'") in ("its", "our", "it", "we"):
        # the speaker's own forces, where no one else is named between the speaker's words and
        # them ("Ukraine's military said Moscow claimed its forces …": Moscow's; "dismissed a
        # Russian report that its forces …": Russia's), or before them in words the speaker's cue
        # follows ("Our forces killed 100 soldiers, Zelensky said": his); "it" or "we" the speaker
        # itself ("the Russian military said it had killed 30 soldiers")
        tail_at = w0 + window.find(subject) + len(subject) - len(tail)
        between = sentence[source_end if source_end is not None and source_end <= tail_at else w0:tail_at]
        if demonym_regex().search(between) or _CAPITAL.search(between) or _REPORT_NOUN.search(between):
            return None
        side = speaker
    else:
        # a side that qualifies the forces (not one naming a place before them: "in Russian-held
        # Donetsk, troops killed"), and the only side after the last cue ("Russian and Ukrainian
        # forces" are both)
        qualified = _SIDE_QUALIFIES.search(tail) or _SIDE_ENDS.search(tail) or len(words) == 1 and country_in(words[0])
        said_on = subject[said.end():] if said is not None else subject
        sides = {_side_of(m.group(0)) for m in demonym_regex().finditer(said_on)} - {None}
        named = {_side_of(m.group(0)) for m in demonym_regex().finditer(tail)} - {None}
        side = sides.pop() if len(sides) == 1 and sides == named and qualified else None
    place = find_location(sentence) if side else None
    comma = sentence.find(",", end)
    clause = sentence[w0:comma if comma >= 0 else len(sentence)]  # (the killers' clause: not "…, the ministry in Moscow said")
    if side and (place is None and _IN_A_PLACE.search(clause) or place is not None and place.country and (
            place.country not in adversaries()
            or place.country != place.name and place.country == "Russia" and place.name.lower() not in t["front_in_russia"])):
        # ("Russian aviation killed 30 fighters in Syria's Idlib province", "… in Dagestan": a
        # place of no known front, or none the gazetteer knows)
        return None
    return adversaries().get(side) if side else None


# how far before a figure its killers are looked for, and the words at most between their verb
# and the figure ("destroyed five tanks and killed up to")
_KILLERS_REACH = 160
_KILLERS_GAP = 8
_OTHER_CLAUSE = compiled(r"\b(?:where|when|which|who|whose|that|after|before|as|while|because|since|if|its|our|their)\b|[,(]", re.I)
# (armies and their fire, not soldiers or fighters one by one: "Russian soldiers killed 3
# commanders" may be their own)
_FORCES_WORDS = (r"forces|troops|army|military|units?|guards?|guardsmen|marines|paratroopers|aviation|artillery|"
                 r"artillerymen|gunners|defenders|brigades?|navy|operators|snipers|crews|air[\s-]defen[cs]es?(?:\s+systems?)?|"
                 r"shelling|strikes?|attacks?|fire|barrages?|bombardment|drones?|missiles?")
# another subject in the words between the verb and the figure: a side's or a speaker's forces and
# their verb ("… and Ukrainian forces killed", "… and its own units destroyed")
_KILLED = r"(?:killed|kills?|destroy(?:ed|s)?|eliminat(?:ed|es?)|wiped|wipes?|shot|shoots?|downed|downs?|captured|captures?)"
_ANOTHER_SUBJECT = compiled(rf"\b(?:its|our|their|[A-Z][\w.-]*(?:['’]s)?)\s+(?:[\w-]+\s+){{0,2}}(?:{_FORCES_WORDS})\s+"
                            rf"(?:(?:had|have|has|also)\s+){{0,2}}{_KILLED}\b")
# "… five tanks and killed up to": the same subject's second verb, the figure its object
_AND_KILLED = compiled(rf"\band\s+(?:(?:also|then)\s+)?{_KILLED}(?:\s+[a-z]+){{0,3}}\s*$", re.I)
# the figure opening a clause of its own: its victims, then their verb ("… and 40 soldiers drowned")
_CLAUSE_GOES_ON = compiled(r"\s+(?:[\w-]+\s+){0,3}?(?:were|was|are|is|had|have|has|died|drowned|perished|burned|went|remain)\b", re.I)
# a report or claim named between the speaker and "its forces": another's words
_REPORT_NOUN = compiled(r"\b(?:reports?|claims?|statements?|allegations?|accounts?|version)\b", re.I)
# the forces (or their fire) right before their verb, or a side named bare as the subject
# ("Ukraine said it destroyed")
_FORCES_DO = compiled(rf"\b(?:{_FORCES_WORDS})(?:\s+(?:had|have|has|also|reportedly)){{0,2}}\s*$", re.I)
_SIDE_DOES = compiled(r"\b(?:it|we)(?:\s+(?:had|have|has|also)){0,2}\s*$|^\s*\S+\s*$", re.I)
# a side named right before the forces it qualifies ("Russian barrier troops", "Ukraine's army"),
# or ending the subject ("artillerymen of the Russian Federation")
_SIDE_QUALIFIES = compiled(rf"^\s*(?:the\s+)?[A-Z][\w.-]*(?:['’]s)?\s+(?:[a-z][\w-]*\s+){{0,2}}(?i:{_FORCES_WORDS})\b")
# a place named ("in Dagestan", "near Goma")
_IN_A_PLACE = compiled(r"\b(?:in|near|around|outside)\s+(?:the\s+)?[A-Z][a-z]")
# a war before this one ("during the five-day war in 2008")
_EARLIER_WAR = compiled(r"\b(?:19\d\d|200\d|201[0-3])\b")
_SIDE_ENDS = compiled(r"\bof\s+(?:the\s+)?(?:Russian\s+Federation|Russia|Ukraine)(?:\s+(?:had|have|has))?\s*$")
# what starts the killers' own noun phrase: a cue, or a word that joins a clause
_CUES = r"said|says|say|stated|claimed|claims|reported|reports|added|announced|that"
_JOINED = compiled(rf"\b(?:{_CUES}|and|but|as|after|while|when|because|since|if|then)\b|[,;:]", re.I)
# the last cue before the forces: what is said starts after it
_SAID = compiled(rf"\b(?:{_CUES})\b", re.I)
_CAPITAL = compiled(r"\b[A-Z][a-z]")


# a side's strike that does the killing: "in a Ukrainian strike", "by overnight Russian shelling",
# "Russian shelling killed"; not a side's word qualifying a person, a unit or a target ("a Russian
# artillery commander", "a Ukrainian missile defence unit was hit", "an attack on a Russian artillery position")
_STRIKE_IN = compiled(r"\b(?:in|by|from|during|under|amid)\s+(?:(?:a|an|the|another|overnight|new|fresh|heavy|massive|latest|recent|renewed|intense)\s+){0,3}$", re.I)
# the people, unit or place a side's strike word qualifies ("a Russian artillery commander")
_STRIKE_QUALIFIES = compiled(r"\s+(?:[a-z]+\s+)?(?:commanders?|operators?|officers?|crews?|experts?|specialists?|units?|positions?|batter(?:y|ies)|defen[cs]es?|teams?|troops|soldiers|men)\b")
_STRIKE_DOES = compiled(r"\s+(?:(?:strikes?|attacks?|fire|barrages?|shelling)\s+)?(?:(?:has|have|had)\s+)?(?:killed|kills?|wounded|wounds|injured|injures|hit|hits|struck|strikes|left|leaves|claimed|destroyed|destroys|eliminated|eliminates)\b", re.I)


def _strikes_agent(clause: str, m: re.Match[str]) -> bool:
    """Whether the side's strike matched by ``m`` is what kills or hurts, not a word qualifying a
    person, a unit or a place (what follows it: a verb, or nothing of the clause's noun)."""
    if _STRIKE_DOES.match(clause, m.end()):
        return True
    if not _STRIKE_IN.search(clause, max(0, m.start() - 40), m.start()):
        return False
    return not _STRIKE_QUALIFIES.match(clause, m.end(), m.end() + 40)


# what ends a figure's clause for struck_side
_CLAUSE_BREAK = compiled(r"[,;:—–]|\b(?:as|while|whereas|but)\b")


def names_a_side(text: str) -> bool:
    """Whether a text names a side of a conflict the lexicon knows ("Ukrainian", "the DPR")."""
    low = _any_side_lowered()
    if low is not None and lowers_alike(text):
        return low.search(text.lower()) is not None
    return bool(_patterns()["any_side"].search(text))


@lru_cache(maxsize=1)
def _any_side_lowered() -> re.Pattern[str] | None:
    """The "any_side" pattern for the text lower-cased, case-sensitive, its words grouped by
    first letter with the look-behind after that letter: the engine skips ahead to the letters
    that open a side's word, where the look-behind first made it try every position of a whole
    document (names_a_side reads every document once). ``None`` if a word does not open with a
    letter a-z or the pattern is not the same test lower-cased (lexicon.lowerable)."""
    groups: dict[str, list[str]] = {}
    for w in _side_words():
        w = w.lower()
        if not "a" <= w[:1] <= "z":
            return None
        groups.setdefault(w[0], []).append(w[1:])
    pattern = "(?:" + "|".join(k + r"(?<![\w-].)(?:" + alternation(v) + ")" for k, v in groups.items()) + r")(?![\w])"
    return compiled(pattern) if groups and lowerable(pattern) else None


@lru_cache(maxsize=256)
def _names_a_side(sentence: str) -> bool:
    """Whether a sentence names a side of a known conflict: once per sentence, not per figure."""
    return names_a_side(sentence)


def _implied(sentence: str, start: int, end: int, victims: Victims, metric: str, country: str | None,
             headline: bool = False, value: int | None = None) -> tuple[str, str] | None:
    p = _patterns()
    own = victims.affiliation
    # "Losses of X amounted to 70 people": a side's losses are its forces'
    military = victims.kind == "military" or (victims.kind == "unspecified" and metric == "casualties" and bool(own)
                                              and bool(_LOSSES_OF.search(sentence, max(0, start - 120), start)))
    if military and not own and country in adversaries() and p["state_forces"].search(victims.text):
        # "Two soldiers killed in eastern Ukraine": the army of the country they fell in.
        own = country
    if military:
        # Forces claiming the enemy they destroyed: the killer's side speaks.
        m = _agent(sentence[:start])
        subj = m and (m[0].split(",")[-1] if "," in m[0] and " and " not in m[0] else m[0])
        # "Ukrainian shelling kills a militiaman" blames; it does not boast.
        if m and not re.search(r"[.!?]", m[1]) and not (p["attack_head"].search(subj) and not p["force_head"].search(subj)):
            side = _side_of(subj) or adversaries().get(own or "")
            if side and side != own:
                return side, subj.strip()
        m = p["passive_agent"].match(sentence[end:])
        if m and not p["attack_in"].search(p["force_head"].sub("", m.group("subj"))):
            # "killed by Ukrainian forces" boasts; "killed by sniper fire from Ukrainian positions" blames
            side = _side_of(m.group("subj")) or adversaries().get(own or "")
            if side and side != own:
                return side, m.group("subj").strip()
        if own and (metric in ("casualties", "destroyed", "shot_down") or _LOSSES.match(sentence, end)) and adversaries().get(own):
            # "Losses of the X army amounted to 40", "heavy losses of X troops", "X jet shot down":
            # the enemy's count of them.
            return adversaries()[own], victims.text
    if own and headline and metric == "captured" and adversaries().get(own):
        # "Two Russian soldiers captured near the town": prisoners are announced by who took them
        return adversaries()[own], victims.text
    if own and headline and (value is None or value < DAILY_TOLL) and not _AMONG.match(sentence, end) \
            and not p["named_by_others"].search(victims.text):
        # A headline's day toll of a side's own dead ("Three Ukrainian soldiers killed in the
        # east") is that side's communiqué. A side's dead in a story's body, or a war total,
        # are not thereby its own count: those come from the enemy or third parties as often.
        # Nor are those said to be among the dead: a part of a toll, told by whoever counted it.
        # Nor rebels ("20 pro-Russian rebels killed"): the army they fight counts them as often.
        return own, victims.text
    rest = sentence[:start] + " " * (end - start) + sentence[end:]
    for pattern in p["blame"]:
        m = pattern.search(rest)
        if m and _fights_each_other(rest, m):
            return None  # ("X troops and rebels clash, six dead": a party to the fight, not who killed them)
        if m:
            blamed = _side_of(m.group(0))
            side = adversaries().get(blamed or "")
            # "Ukrainian soldiers killed in clashes" blames no Ukrainian fire for them
            if side and blamed != own:
                return side, m.group(0)
    return None


# how far before a side's forces the noun of a fight they are a party to is looked for
_FIGHT_REACH = 40


def _fights_each_other(text: str, m: re.Match[str]) -> bool:
    """Whether the side's forces or fire matched by ``m`` are named as one party to a fight
    (data/implied.json fighting_each_other): "Ukrainian troops, pro-Russian rebels clash",
    "clashes between Ukrainian troops and rebels"; not "Ukrainian shelling kills two"."""
    p = _patterns()
    return p["fights_after"].match(text, m.end()) is not None \
        or p["fights_before"].search(text, max(0, m.start() - _FIGHT_REACH), m.start()) is not None
