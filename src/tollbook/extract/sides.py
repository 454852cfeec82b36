"""Whose victims: the side of a claim's victims when their own words do not name it.

A reader knows it from the document: civilians killed in a Ukrainian city are Ukraine's (and
in a city one side has held since 2014, that side's); "14 others injured" are of the group
counted just before them; "the enemy" in a side's statement is its adversary, "our troops" the
speaker's own; "N were killed" after a headline about a strike on Kharkiv are Kharkiv's. Only
sides of a conflict the lexicon knows are given; when the text does not say, nothing is.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..regexes import compiled
from ..lexicon import Caseless, alternation, data_json
from ..records import Claimant, Location, Victims, replace
from ..places import countries_named
from ..resolve import country_in, find_location, joins_countries
from .implied import adversaries, held_side

# victim words that name nobody of their own: they are the group counted before them
_CONTINUING = frozenset({"", "more", "others", "another", "more people", "other people", "others more"})
# words that name nobody in particular
_ANYONE = frozenset({"people", "persons", "individuals", "victims"})


@lru_cache(maxsize=1)
def _words() -> dict[str, re.Pattern[str]]:
    d = data_json("sides.json")
    return {key: compiled(rf"\b(?:{alternation(words)})\b", re.I) for key, words in d.items() if not key.startswith("_")}


def place_side(sentence: str, start: int, end: int, country: str | None, names_held: bool = True) -> str | None:
    """The side a figure's place belongs to: a held city's holder, else the country if at war.
    ``names_held``: False where the sentence's document can name no held place (implied.may_name_held)."""
    held = held_side(sentence, start, end) if names_held else None
    if held:
        return held
    return country if country in adversaries() else None


# "in" right before a country's name: where something happened (not "from", "to", "over")
_IN_BEFORE = compiled(r"(?i)\b(?:in|across|throughout)\s+$")


def elsewhere(sentence: str, location: Location | None) -> bool:
    """Whether the sentence puts its figures in a country at no war (not the story's place):
    "protests in Iran over the death of a student", "floods in Pakistan killed 40" are no side's.
    Only a country's own name right after "in", past the sentence's opening words: not a city
    ("the UN said in Geneva", "talks in Istanbul"), not "drones from Iran", "a bus heading to
    Moldova", not an opening where a speaker stands ("In Germany, the chancellor said …")."""
    if location is None or location.country is None or location.country in adversaries() or location.name != location.country:
        return False
    at = sentence.find(location.text)
    opening = _IN_BEFORE.fullmatch(sentence[:at].lstrip()) is not None
    return at > 0 and not opening and _IN_BEFORE.search(sentence, max(0, at - 12), at) is not None


@lru_cache(maxsize=1)
def _not_where_before() -> re.Pattern[str]:
    """Words before a place that make it where something came from, or where someone spoke
    (data/places.json not_where_before)."""
    return compiled(rf"\b(?:{alternation(data_json('places.json')['not_where_before'])})\b", re.I)


def abroad(sentence: str, location: Location | None) -> bool:
    """Whether the sentence is set in a country at no war and names nothing of the story's war:
    "a fire in a Cairo church killed 41", "19 died in an avalanche in Nepal". The story's side
    does not reach its figures, nor the sentences after it that name no place (a side is given
    again by the next sentence placed in the war). Not a sentence that also names a side, its
    people or a place of a country at war ("talks in Istanbul after the strike on Odesa")."""
    if location is None or location.country is None or location.country in adversaries():
        return False
    at = sentence.find(location.text)
    if at < 0 or _not_where_before().search(sentence, max(0, at - 48), at) or _IN_BEFORE.fullmatch(sentence[:at].lstrip()):
        # ("drones from Iran", "men from the republic of X", "the UN said in Geneva"; an opening
        # where the speaker stands: "In Germany, the chancellor said …")
        return False
    return not names_war(sentence) and not any(c in adversaries() for c in countries_named(sentence))


# a sentence set abroad keeps the story's side from this many sentences after it
ABROAD_REACH = 3


def still_abroad(sentences, k: int, reach: int = ABROAD_REACH, locate=None) -> bool:
    """Whether sentence ``k``, which names no place, follows one set abroad (:func:`abroad`)
    within ``reach`` sentences, none from that one to it naming the war or a place at war
    ("Protests spread across Iran. Officials said 40 were killed"). ``locate``: the place of
    sentence ``j`` (the caller's, read once a sentence), else read here."""
    for j in range(k, max(-1, k - reach - 1), -1):
        text = sentences[j].text
        if names_war(text):
            return False
        location = (locate(j) if locate is not None else find_location(text)) if j < k else None
        if location is not None and location.country is not None:
            return abroad(text, location)
    return False


@lru_cache(maxsize=64)
def names_war(sentence: str) -> bool:
    """Whether the sentence names the story's war: its sides, their people, capitals or
    leaders (data/places.json war_stems)."""
    return _war_stems().search(sentence.lower()) is not None


@lru_cache(maxsize=1)
def _war_stems() -> re.Pattern[str]:
    """The stems as one pattern (each anywhere in the lower-cased words, as a substring test)."""
    return compiled("|".join(re.escape(stem) for stem in data_json("places.json")["war_stems"]))


# a speaker's cue that confirms deaths, right before their count ("confirmed the deaths of four",
# "… of medic John Smith")
_CONFIRMED_DEATHS = compiled(r"(?i)(?:confirmed|acknowledged|admitted)\s+(?:the\s+)?deaths?\s+of\s+(?:at\s+least\s+|another\s+)?(?-i:[a-z-]+\s+){0,2}$")


def told_side(sentence: str, cue_start: int, cue_end: int, figure_start: int, victims: str, claimant: Claimant) -> str | None:
    """The side of dead a country's speaker counts of no side named, where its own words say
    whose: its own where it confirms their deaths (:func:`confirms_deaths`: "Moscow has confirmed
    the deaths of four generals"), its enemy's where it claims to have killed them ("Kyiv claims
    to have killed 12 generals", "Ukraine says its forces killed 40 servicemen", an army's "claimed to
    have killed him": not a security service's, who may be its own people); not a body of no country ("the UN confirmed …")."""
    side = claimant.affiliation
    if not side or claimant.kind in ("international", "ngo", "media") or country_in(side) != side:
        return None
    if confirms_deaths(sentence, cue_start, figure_start, victims):
        return side
    foe = adversaries().get(side)
    return foe if foe and _KILLED_BY_SPEAKER.match(sentence, cue_end, figure_start) \
        and (_troops(victims) or claimant.kind == "military" and victims.strip().lower() in _killed_pronouns()) else None


def described(victims: Victims, sentence: str, figure_start: int, words: str) -> Victims:
    """A victim named by name, with what the words right before the name say: the country of a
    journalist or aid worker (:func:`described_side`), or a soldier's calling ("navy commander
    Ivan Petrov", "police officer John Smith": military, whose side the place they fell in does
    not tell: an enemy's officer dies on the other side's ground)."""
    if victims.affiliation is None and (side := described_side(sentence, figure_start, words)):
        return replace(victims, affiliation=side)  # "American journalist Brent Renaud": the US's
    if victims.kind == "unspecified" and _named(words) and (r := _ranked_pattern().search(sentence, max(0, figure_start - 40), figure_start)):
        before = sentence[max(0, r.start() - 20):r.start()].split()
        if before and before[-1].lower() in ("volunteer", "retired", "former", "ex-", "civilian"):
            return victims  # ("volunteer medic X", "retired officer X": no soldier)
        side = country_in(before[-1]) if before else None
        return replace(victims, kind="military", affiliation=side if side in adversaries() else victims.affiliation)
    return victims


def _named(words: str) -> bool:
    """Whether victims' words are a name of two capitalised words or more."""
    return bool(words) and " " in words.strip() and all(w[:1].isupper() for w in words.split())


@lru_cache(maxsize=1)
def _ranked_pattern() -> re.Pattern[str]:
    """A soldier's calling right before a name (data/victims.json military, singular)."""
    words = [w for w in data_json("victims.json")["military"] if not w.endswith("s") and " " not in w or w.endswith(" officer")]
    return compiled(rf"(?i)(?<![\w-])(?:{alternation(words)})\s+$")


def described_side(sentence: str, figure_start: int, victims: str) -> str | None:
    """The country of a journalist or aid worker named as the victim whom the words right before
    the name describe by a people's word ("award-winning American journalist and filmmaker Brent
    Renaud", "British aid worker John Smith"): their own country, as they fight for no side. Not
    a soldier or a volunteer (the side they serve may be another's), not a people's word further
    off ("Russian troops shot dead journalist X": a verb stands between)."""
    if not _named(victims):
        return None
    described, describing = _described()
    m = described.search(sentence, max(0, figure_start - 80), figure_start)
    if m is None or any(w not in describing for w in m.group("between").split()):
        return None
    return country_in(m.group("people"))


@lru_cache(maxsize=1)
def _described() -> tuple[re.Pattern[str], frozenset[str]]:
    """A people's word, up to three describing words, a profession of no side, then the name
    (data/sides.json noncombatants, describing); and the describing words."""
    d = data_json("sides.json")
    professions = alternation(d["noncombatants"])
    return (compiled(rf"(?<![\w-])(?P<people>[A-Z][a-z]+)\s+(?P<between>(?:[a-z]+(?:-[a-z]+)?\s+){{0,3}}?)(?:{professions})\s+$"),
            frozenset(d["describing"]))


# the speaker the killer, right between its cue and the count ("claims to have killed 12", "says
# its forces killed 40"; not "it had killed", "they had killed": "it" or "they" may be another)
_KILLED_BY_SPEAKER = compiled(r"(?i)\s+(?:that\s+)?(?:to\s+have|its\s+(?:forces|troops)(?:\s+(?:had|have))?)\s+"
                              r"killed\s+(?:at\s+least\s+|more\s+than\s+|over\s+|about\s+|around\s+|up\s+to\s+|nearly\s+|some\s+)?$")


def confirms_deaths(sentence: str, cue_start: int, figure_start: int, victims: str) -> bool:
    """Whether a speaker's cue at ``cue_start`` confirms the deaths counted at ``figure_start``
    ("Moscow has confirmed the deaths of four generals"): a country confirms its own dead, where
    the words name its own troops (data/sides.json own_troops) or a person by name; not the
    enemy's fighters, militants, migrants or a ship's crew ("confirmed the deaths of 20 Boko
    Haram fighters")."""
    if _CONFIRMED_DEATHS.match(sentence, max(0, cue_start), figure_start) is None:
        return False
    words = victims.split()
    return bool(words) and (_troops(victims) or all(w[:1].isupper() for w in words))


def _troops(victims: str) -> bool:
    """Whether victims' words end in a word a side names its own troops by (data/sides.json
    own_troops: "soldiers", "generals")."""
    words = victims.split()
    return bool(words) and words[-1].lower() in _own_troops()


@lru_cache(maxsize=1)
def _killed_pronouns() -> frozenset[str]:
    return frozenset(data_json("sides.json")["killed_pronouns"])


@lru_cache(maxsize=1)
def _own_troops() -> frozenset[str]:
    return frozenset(data_json("sides.json")["own_troops"])


_SUFFERER = compiled(r"(?:^|\bthat\s+|[,;:]\s*)(?P<subj>[^,;:]{1,60}?)\s+(?:has\s+|have\s+|had\s+)?(?:admitted\s+|acknowledged\s+)?"
                       r"(?:suffer|sustain|incur)\w*\b[^,;:]*(?:,\s*with\b[^,;:]*)?$", re.I)
_SELF = frozenset({"it", "we", "the country"})
# the verbs _SUFFERER needs: a window without them is passed over at once (the full pattern
# tries every start of the window); looked for in the window lower-cased where that is the same
# test (Caseless: the engine then skips to the verbs' first letters)
_SUFFER_VERB = Caseless(r"suffer|sustain|incur")


def base_side(sentence: str, here: str | None) -> str | None:
    """The side whose soldiers fell at a military place the sentence names: "at a Russian
    military base" is Russia's; "on a training ground in the Belgorod region" is the side of
    the place (bases and training grounds stand behind a side's own lines)."""
    named, side = _facility(sentence)
    if not named:
        return None
    if side in adversaries():
        return side
    return here if side is None else None


@lru_cache(maxsize=64)
def _facility(sentence: str) -> tuple[bool, str | None]:
    """Whether a sentence names a military place, and the country of the words before it: read
    once a sentence, not once for each of its figures (a sentence of hundreds of figures)."""
    m = _words()["facility"].search(sentence)
    if not m:
        return False, None
    return True, country_in(" ".join(sentence[max(0, m.start() - 40):m.start()].split()[-2:]))


def prisoners_side(lead: str, text: str) -> str | None:
    """The side of the prisoners of war a story is about, when its headline or first sentence
    (``lead``) tells of them: the one nationality the story gives them ("Ukrainian prisoners
    of war"), else the adversary of the side holding the place they are held in ("a prison in
    the Donetsk People's Republic")."""
    w = _words()["prisoners"]
    if not w.search(lead):
        return None
    # the word before each mention: "Ukrainian prisoners of war"
    before = (text[max(0, m.start() - 30):m.start()].split() for m in w.finditer(text[:_PRISONER_REACH]))
    sides = {country_in(words[-1]) for words in before if words} & set(adversaries())
    if len(sides) == 1:
        return sides.pop()
    if sides:
        return None
    held = held_side(lead)
    return adversaries().get(held) if held else None


# how far into a story the prisoners' nationality is looked for
_PRISONER_REACH = 6000


def sufferer_side(before: str, claimant: Claimant) -> str | None:
    """The side that "suffered" or "sustained" the losses counted right after: "Russian forces
    have sustained up to 80,000 deaths", "the country had suffered significant losses" (the
    speaker's own country), "… suffered heavy losses, with 300 killed"."""
    window = before[-200:]
    m = _SUFFERER.search(window) if _SUFFER_VERB.found(window) else None
    if not m:
        return None
    subj = re.split(r"\bthat\b", m.group("subj"))[-1].strip()
    if joins_countries(subj):
        return None  # "both Ukrainian and Russian forces suffered heavy losses": no one side's
    side = country_in(subj)
    if side is None and subj.lower() in _SELF:
        side = claimant.affiliation
    return side if side in adversaries() else None


# "some thousands dead on the Russian side", "losses on Ukraine's side": the side named after the
# figure, in its clause (no comma, stop or quotation mark between)
_ON_SIDE = compiled(r"(?P<between>[^,;:.!?\"“”()]{0,80}?)\bon\s+(?:the\s+(?P<adj>[A-Z][\w'’-]+)|(?P<poss>[A-Z][\w'’-]+)['’]s)\s+side\b(?!\s+of\b)")
_DIGIT = compiled(r"\d")
# "killed serving in the Russian army", "died fighting for Ukraine": the victims' fate, then the
# side they served (their own words before the fate, a few of the fate's after it: no clause mark)
_SERVING = compiled(r"[^,;:.!?\"“”()]{0,60}?\b(?:serving|fighting|enlisted|deployed)\s+(?:(?:in|with|for)\s+(?:the\s+)?"
                    r"(?P<who>[A-Z][\w'’-]+)\s+(?:army|armed\s+forces|military|navy|side)\b|for\s+(?P<for>[A-Z][\w'’-]+)\b)")


def side_named_after(sentence: str, end: int) -> str | None:
    """The side a figure's victims are "on" when the words right after it name it: "some
    thousands dead on the Russian side" are Russia's; the words between are the victims' and
    their fate only (data/sides.json side_after_stops). "On both sides", "on the other side"
    name none."""
    serving = _SERVING.match(sentence, end) if "ing " in sentence[end:end + 120] else None
    if serving is not None:
        # "… has been killed serving in the Russian army", "died fighting for Ukraine"
        side = country_in(serving.group("who") or serving.group("for"))
        return side if side in adversaries() else None
    if sentence.find("side", end) < 0:
        return None  # (every match ends in "side": most sentences hold none after the figure)
    m = _ON_SIDE.match(sentence, end)
    if not m or _DIGIT.search(m.group("between")) or _words()["side_after_stops"].search(m.group("between")):
        return None  # "killed by shelling from positions on the Russian side": the side is another's
    side = country_in(m.group("adj") or m.group("poss"))
    return side if side in adversaries() else None


# "20 of 25 drones launched by Russia", "missiles fired by Russian forces": the weapons' side is
# who sent them, named right after them
# (only the words of the count itself between: "of 25 drones"; no verb, "and" or "by" of another clause)
_SENT_BY = compiled(r"(?:\s+(?!(?:and|by|were|was|had|have|has|been|or)\b)[\w'’-]+){0,4}?\s+(?:launched|fired|sent|flown)\s+"
                    r"(?:overnight\s+)?by\s+(?:the\s+)?(?P<who>[A-Z][\w'’-]+)")


def sender_side(sentence: str, end: int) -> str | None:
    """The side that launched or fired the things counted by the figure ending at ``end``, when
    the words right after them name it ("shot down 20 of 25 drones launched by Russia")."""
    if sentence.find(" by ", end) < 0:
        return None
    m = _SENT_BY.match(sentence, end)
    side = country_in(m.group("who")) if m else None
    return side if side in adversaries() else None


def local_voice(claimant: Claimant) -> str | None:
    """The side of an authority speaking of a place it governs ("local Russia-installed officials
    said the strike killed two"; "Kyiv said 25 were killed"): officials and governments, not
    armies counting the enemy, nor outlets or persons."""
    if claimant.kind in ("official", "government") and claimant.affiliation in adversaries():
        return claimant.affiliation
    return None


# an authority a side put in place by those words ("Russian-installed", "Moscow-appointed",
# "occupation authorities"), not any appointee ("newly appointed", "appointed by")
_INSTALLED_BY_A_SIDE = compiled(r"(?i)-(?:installed|appointed)\b|\b(?:occupation|proxy)\b")


def installed_voice(claimant: Claimant, here: str | None = None) -> str | None:
    """The side of an authority a side installed, by its own title ("the Kremlin-installed
    governor of Zaporizhzhia said a drone killed four people": the four are of the places Russia
    holds, not of Ukraine on the map); ``None`` for any other speaker. ``here``: the map's
    country of the place its sentence names, for a title that names none ("In Mariupol,
    Russian-installed officials said …")."""
    if claimant.kind in ("official", "government") and claimant.affiliation in adversaries() \
            and _words()["installed"].search(claimant.text):
        # (only of a place its title (or else its sentence) names that the map gives the other
        # side: a governor the state itself appointed, of a place it lost, "the Kyiv-appointed
        # governor of Luhansk", speaks from exile; "the newly appointed mayor of Kharkiv" is no
        # one's installed)
        title = find_location(claimant.text)
        if title is None and not _INSTALLED_BY_A_SIDE.search(claimant.text):
            return None  # (the sentence's place only for "Russian-installed", "occupation": not "newly appointed")
        if (title.country if title is not None else here) == adversaries()[claimant.affiliation]:
            return claimant.affiliation
    return None


def from_a_side(words: str) -> bool:
    """Whether victims' words name them as one side does, "the enemy" or "our soldiers": whose
    they are is the speaker's adversary or own."""
    w = _words()
    return w["enemy"].search(words) is not None or w["own"].search(words) is not None


def enemy_of(words: str, claimant: Claimant) -> str | None:
    """The adversary of a side's speaker whose owner of losses is "the enemy" (:func:`enemy_owner`):
    "The enemy lost up to 200 men," the ministry said; else ``None``."""
    if claimant.affiliation in adversaries() and enemy_owner(words):
        return adversaries()[claimant.affiliation]
    return None


# a circumstance an owner's words may open with ("In the Bakhmut direction over the past day the
# enemy lost"): a preposition, and "the enemy" the last words, before the verb (data/sides.json)
_CIRCUMSTANCE = compiled(rf"[\s\"“]*(?:{alternation(data_json('sides.json')['circumstance_openings'])})\b", re.I)
_AUX_ONLY = compiled(r"[\s\"”’']*(?:(?:has|have|had|also|so\s+far)\b\s*)*", re.I)


def enemy_owner(words: str) -> bool:
    """Whether the owner of losses (the words before "lost") is "the enemy": words opening with it
    ("the enemy commander had lost"), or ending in it after a circumstance ("Near the river the
    occupiers have lost"); not one only facing it ("brigades facing the enemy lost")."""
    found = list(_words()["enemy"].finditer(words))
    if not found:
        return False
    if not words[:found[0].start()].strip(" ,.;:\"“”").lower().removesuffix("the").strip():
        return True  # (the owner's words open with the enemy)
    return _AUX_ONLY.fullmatch(words, found[-1].end()) is not None and _CIRCUMSTANCE.match(words) is not None


# "… lost 1,290 troops, bringing total losses to 650,000": the total after it is of the same group
_BROUGHT = compiled(rf"^[^;:.]*\b(?:{alternation(data_json('cues.json')['bringing'])})\s+(?:the\s+|its\s+|their\s+)?"
                    r"(?:[\w-]+\s+){0,3}?(?:toll|total|number|losses|tally|count)\s+(?:to|at)\s+(?:[\w-]+\s+){0,2}$", re.I)


def brought_to(sentence: str, before_end: int, start: int) -> bool:
    """Whether the figure at ``start`` is the toll or total the words after the figure ending at
    ``before_end`` bring it to ("lost 1,290 troops in a day, bringing total losses to 650,000")."""
    if not 0 < start - before_end <= 120:
        return False
    gap = sentence[before_end:start]
    return _BROUGHT.match(gap) is not None and _BOTH_SIDES.search(gap) is None


# a total of more than one side's ("the combined toll", "the toll on both sides"; data/sides.json)
_BOTH_SIDES = compiled(r"(?i)\b(?:" + alternation(data_json("sides.json")["combined_totals"]) + r")\b")


# the words naming both sides after a word that ties them to a count ("on both sides", not "as
# both sides traded fire"), not a place's two sides ("on both sides of the river"), or a combined
# count; the figure's clause: back to a comma or stop before it, on to one after it (bounded)
_BOTH = compiled(r"(?i)\b(?:(?:" + alternation(data_json("sides.json")["both_sides_after"]) + r")\s+(?:"
                 + alternation(data_json("sides.json")["both_sides"]) + r")\b(?!\s+of\s+(?:the\s+)?(?!(?:war|conflict|fighting)\b)\w)"
                 r"|(?:" + alternation(data_json("sides.json")["combined_counts"]) + r")\b)")
_CLAUSE_MARKS = ",;:.!?"
_CLAUSE_REACH = 80


@lru_cache(maxsize=1)
def _kin_words() -> frozenset[str]:
    return frozenset(data_json("victims.json")["relations"])


def _kin(words: str) -> bool:
    """Whether victims' words name someone's kin ("father", "son"; data/victims.json relations)."""
    return any(w in _kin_words() for w in words.replace(",", " ").split())


def of_both_sides(sentence: str, start: int, end: int) -> bool:
    """Whether the clause of the figure at ``start:end`` counts the dead of more than one side
    ("bringing the combined toll of both sides to 900,000", "20,000 people on both sides")."""
    floor = max(0, start - _CLAUSE_REACH)  # (a mark further back moves nothing: read no further)
    lo = max([floor] + [sentence.rfind(c, floor, start) + 1 for c in _CLAUSE_MARKS])
    stops = [i for i in (sentence.find(c, end, end + _CLAUSE_REACH) for c in _CLAUSE_MARKS) if i >= 0]
    hi = min(stops) if stops else min(len(sentence), end + _CLAUSE_REACH)
    if _BOTH.search(sentence, lo, hi) is not None:
        return True
    # "with both Ukrainian and Russian forces suffering heavy losses": the two sides by name
    pair = _BOTH_NAMED.search(sentence, lo, hi)
    return pair is not None and joins_countries(pair.group(1))


# "both" and two words joined, each a people's word or a country ("both Ukrainian and Russian")
_BOTH_NAMED = compiled(r"(?i)\bboth\s+((?:the\s+)?[\w'’-]+\s+and\s+(?:the\s+)?[\w'’-]+)")


def victims_side(victims: Victims, claimant: Claimant, here: str | None, before: Victims | None,
                 metric: str = "killed", base: str | None = None, prisoners: str | None = None,
                 brought: bool = False) -> Victims:
    """``victims`` with the side the document shows, if their words name none.

    ``here`` is the side of the place the figure is in (or the story's place so far), ``before``
    the victims of the figure just before it in the same sentence, ``base`` the side of a
    military place the sentence names (:func:`base_side`), ``prisoners`` the side of the
    prisoners of war the story is about (:func:`prisoners_side`), ``brought`` whether the figure is
    the total the one before it brings the count to (:func:`brought_to`). A side's "losses"
    (casualties of nobody named) and its equipment are not placed: armies lose them on the
    enemy's ground; "dozens of people killed and wounded" are."""
    words = victims.text.strip().lower()
    w = _words()
    speaker = claimant.affiliation if claimant.affiliation in adversaries() else None
    if victims.affiliation:
        if speaker and victims.kind == "unspecified" and victims.affiliation == adversaries()[speaker] \
                and len(words.split()) == 1 and country_in(words) == victims.affiliation:
            # "Ukraine puts the Russian deaths at 19,000": a side's count of its enemy's dead
            # named by nationality alone is of soldiers
            return replace(victims, kind="military")
        return victims
    if speaker and w["enemy"].search(words):
        return replace(victims, affiliation=adversaries()[speaker], kind="military")
    if speaker and w["own"].search(words):
        return replace(victims, affiliation=speaker)
    if before is not None and (words in _CONTINUING or brought and words == before.text.strip().lower()):
        # "nearly 500 of its soldiers killed and another 1,600 injured"; "… 1,290 troops, bringing
        # total losses to 650,000" (the words lent to the total)
        return replace(victims, affiliation=before.affiliation,
                       kind=before.kind if victims.kind == "unspecified" else victims.kind)
    if prisoners and metric in ("killed", "wounded", "casualties") and (
            w["prisoners"].search(words) or words in _CONTINUING or words in _ANYONE):
        # "killed 50 prisoners", "40 killed" in a story of a strike on a prison of war
        return replace(victims, affiliation=prisoners, kind="military")
    if base and (metric in ("killed", "wounded", "casualties")
                 or metric == "destroyed" and speaker is None and not w["munitions"].search(words)) \
            and (victims.kind == "military" or not words):
        # soldiers at a base or training ground, or a toll there of nobody named ("death toll in
        # shooting at Russian military base rises to 22"): the side that holds it; so too the
        # aircraft an onlooker (no side) sees destroyed there, but not the drones or missiles
        # sent at it (a side's "we destroyed" is of its enemy's, wherever they stood)
        return replace(victims, affiliation=base)
    placed = metric not in ("casualties", "destroyed", "shot_down", "captured") or metric == "casualties" and words
    if victims.kind == "mixed" and _kin(words):
        # "the father of a serviceman killed in eastern Ukraine", "a soldier whose sailor father
        # died": a soldier with his kin, whose side the place he fell in does not tell
        return victims
    if victims.kind != "military" and here and placed:
        # civilians and people of no stated kind, where they were: that place's side
        return replace(victims, affiliation=here)
    return victims
