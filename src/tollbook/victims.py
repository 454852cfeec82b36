"""Victim groups: what a victim phrase's nouns say (kind, side, sex, a unit of equipment, a
fighting formation), and whether a capitalised phrase is a person's name.

The nouns are data (``data/victims.json``); sides and known names are read through
:mod:`tollbook.resolve` (countries, demonyms, claimants, places).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, data_json
from .records import Victims
from .regexes import compiled
from .resolve import claimant_tables, country_in, demonyms, gazetteer, joins_countries, normalise

@lru_cache(maxsize=1)
def victim_tables() -> dict:
    d = data_json("victims.json")
    kinds = {}
    for kind in ("unspecified", "civilian", "military"):
        for w in d[kind]:
            kinds[w] = kind
    d = dict(d)
    d["kinds"] = kinds
    d["noun_regex"] = compiled(rf"\b(?:{alternation(list(kinds) + list(d['equipment']))})\b", re.I)
    d["perp"] = frozenset(d["perpetrators"])
    return d


@lru_cache(maxsize=4096)
def victim_nouns(text: str) -> tuple[str, ...]:
    return tuple(normalise(m.group(0)) for m in victim_tables()["noun_regex"].finditer(text))


def equipment_unit(text: str) -> str | None:
    eq = victim_tables()["equipment"]
    for noun in victim_nouns(text):
        if noun in eq:
            return eq[noun]
    return model_unit(text) if "-" in text else None


def _model_alternatives(lower: bool) -> str:
    """The models' pattern: a family, a hyphen, its number and a few letters or digits after it;
    a family in ``aircraft_model_numbers`` only with its listed numbers and letters after them
    ("F-16C", not "F-150" or "F-1")."""
    t = victim_tables()
    listed = t["aircraft_model_numbers"]
    free = alternation([f for f in t["aircraft_models"] if f not in listed])
    tail = "[a-z\\d]" if lower else "[A-Za-z\\d]"
    alts = [rf"(?P<family>(?i:{free}))-\d{{1,3}}{tail}{{0,4}}"] if not lower else [rf"(?:{free})-\d{{1,3}}{tail}{{0,4}}"]
    for i, (fam, nums) in enumerate(sorted(listed.items())):
        group = f"(?P<f{i}>(?i:{re.escape(fam)}))" if not lower else re.escape(fam)
        alts.append(rf"{group}-(?i:{alternation(nums)})(?i:[a-z]{{0,2}})")
    return "|".join(alts)


@lru_cache(maxsize=1)
def aircraft_model() -> re.Pattern[str]:
    """An aircraft's model as written: its family, a hyphen, its number ("Su-25", "MiG-29SMT",
    "Ka-52s", "F-16"); the family opens with a capital. Lower-cased text: ``model_word``."""
    return compiled(rf"(?<![\w-])(?=[A-Z])(?:{_model_alternatives(False)})(?![\w-])")


@lru_cache(maxsize=1)
def model_word() -> re.Pattern[str]:
    """One lower-cased word that is an aircraft's model ("su-25", "ka-52s")."""
    return compiled(rf"(?:{_model_alternatives(True)})")


@lru_cache(maxsize=1)
def not_aircraft_after() -> frozenset[str]:
    """Nouns after a model that make it another thing's ("an F-16 simulator", "a Su-25 hangar")."""
    return frozenset(victim_tables()["not_aircraft_after"])


_NEXT_WORD = compiled(r"\s+([\w-]+)")


def model_unit(text: str) -> str | None:
    """The unit of the aircraft model a phrase names ("Russian Su-34s": aircraft), if any; none
    where a noun after it names another thing ("F-16 simulator")."""
    m = aircraft_model().search(text)
    if not m:
        return None
    after = _NEXT_WORD.match(text, m.end())
    if after and after.group(1).lower() in not_aircraft_after():
        return None
    family = next(v for k, v in m.groupdict().items() if v)
    return victim_tables()["aircraft_models"][family.lower()]


def military_group(np: str) -> bool:
    """Whether a phrase names a formation of fighters ("a Russian assault unit", "two sabotage
    groups"), not a flat, a business or a unit of equipment."""
    t = victim_tables()
    words = np.lower().replace("-", " ").split()
    two_word_head = " ".join(words[-2:]) in t["military_groups"]  # "command staff"
    if not words or words[-1] not in t["military_groups"] and not two_word_head:
        return False
    if equipment_unit(np) or "of" in words:
        return False
    if not two_word_head and all(w in _GROUP_DETERMINERS or w.isdigit() for w in words[:-1]):
        return False  # "destroy the group" (genocide's definition); "an assault group" is one
    if words[-1] in ("unit", "units", "company", "companies"):
        return not _military_group_words().isdisjoint(words) or country_in(np) is not None
    return True


_GROUP_DETERMINERS = frozenset({"a", "an", "the", "several", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})


@lru_cache(maxsize=1)
def _military_group_words() -> frozenset[str]:
    return frozenset(victim_tables()["military_group_words"])


@lru_cache(maxsize=1)
def _members_of() -> re.Pattern[str]:
    groups = alternation(data_json("victims.json")["not_fighters_groups"])
    return compiled(rf"\bmembers?\s+of\s+(?:the\s+|a\s+|an\s+|one\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+)?(?:{groups})\b", re.I)


_GENERATION = compiled(r"(?i)\bgen\s+(?:z|x|y|alpha)\b")


@lru_cache(maxsize=1024)
def resolve_victims(text: str) -> Victims:
    """Affiliation and kind of a victim phrase ("Ukrainian soldiers and nationalist battalions");
    a page repeats a few phrases ("people", "civilians") for each of its figures: read once."""
    t = victim_tables()
    nouns = victim_nouns(text)
    if "members" in nouns or "member" in nouns:
        if _members_of().search(text):
            # "three members of the same family": members of no armed group
            nouns = tuple(n for n in nouns if n not in ("members", "member"))
    if "gen" in nouns and _GENERATION.search(text):
        nouns = tuple(n for n in nouns if n != "gen")  # "Gen Z protesters": a generation, no rank
    kinds = {t["kinds"][n] for n in nouns if n in t["kinds"]}
    kinds.discard("unspecified")
    if not kinds and (equipment_unit(text) or military_group(text)):
        kinds = {"military"}
    kind = "mixed" if len(kinds) > 1 else (kinds.pop() if kinds else "unspecified")
    # (victims of two countries named together are of neither: "Nepalese and Indian guards")
    return Victims(text.strip(" ,"), None if joins_countries(text) else country_in(text), kind)


@lru_cache(maxsize=4096)
def gender(text: str) -> str | None:
    """'male' or 'female' when a victim phrase names only one sex ("a woman", "two boys");
    read once a phrase (drafts of one figure are compared pairwise when merged)."""
    t = victim_tables()
    # pronouns ("she was later pronounced dead") are no victim nouns but have a sex
    nouns = set(victim_nouns(text)) | {text.strip().lower()}
    male, female = bool(nouns & set(t["male"])), bool(nouns & set(t["female"]))
    return "male" if male and not female else "female" if female and not male else None


def is_perpetrator(text: str) -> bool:
    perp = victim_tables()["perp"]
    for n in victim_nouns(text):  # (a plain loop: any() over a generator costs a frame a call)
        if n in perp:
            return True
    return False


def is_person_noun(word: str) -> bool:
    w = normalise(word)
    # "40 Russians": a plural demonym is people too.
    return w in victim_tables()["kinds"] or (w.endswith("s") and w[:-1] in demonyms() and w in demonyms())


_NOT_NAMES = frozenset(
    "he she it they we i this that these those there the a an police officials authorities monday tuesday wednesday "
    "thursday friday saturday sunday january february march april may june july august september october november "
    "december nobody no none everyone someone somebody one each neither either both all christmas easter thanksgiving "
    "halloween new years valentine's eid ramadan memorial labor independence "
    # possessives open no name: "Ukraine Killed Its Own POWs"
    "its their his her our my your own "
    # title-case headlines capitalise prepositions: "Fatal Shooting In Aliquippa"
    "in at on near of for from to into after before during outside inside".split()
)


def is_known_name(name: str, places: bool = True) -> bool:
    """True when a capitalised phrase is a party, place, demonym or common word, not a person's name.
    ``places=False`` where only a person fits ("Lee and her children died", "X was pronounced
    dead"): towns share many surnames."""
    words = name.replace("’", "'").split()
    if words[0].lower() in _NOT_NAMES or any(w.lower() in _NOT_NAMES for w in words[:1]):
        return True
    key = name.lower()
    table, media = claimant_tables()
    if (places and key in gazetteer()) or normalise(name) in table or normalise(name) in media:
        return True
    return country_in(name) is not None or bool(victim_tables()["noun_regex"].fullmatch(name))
