"""Casualty mentions in one sentence: a figure, what happened (metric), to whom (victims).

Pure functions over a sentence string. A figure counts only when casualty wording is tied to
it by position: the wording before it ("killed 21 people", "the death toll rose to 12"),
after it ("498 Russian troops have been killed"), or shared with a coordinated figure ("one
civilian and six assailants were killed"). Anything else (ages, years, money, addresses)
yields nothing.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from itertools import islice, takewhile
from functools import lru_cache

from ..lexicon import alternation, data_json
from ..records import Figure
from ..resolve import country_in, equipment_unit, is_known_name, is_person_noun, military_group, victim_tables
from .implied import names_forces
from .numbers import figure_regex, find_figures, word_pattern

@dataclass(frozen=True)
class Mention:
    """One casualty figure in a sentence (offsets inside the sentence)."""

    figure: Figure
    metric: str
    unit: str
    victims_text: str
    part_of: int | None = None  # index, in the sentence's mentions, of the larger figure
    how: str = ""  # "detonated": a suicide bomber's own death, counted only if nothing else counts the attackers
    owner: str = ""  # "Russia lost 950 soldiers": the words naming whose losses they are


@lru_cache(maxsize=1)
def cues() -> dict:
    return data_json("cues.json")


# a demonym or a side's possessive right before a toll noun ("the Russian deaths")
_SIDE_BEFORE = re.compile(r"\b((?:[A-Z][a-z]+(?:ian|ish|ese|i|an)|[A-Z][a-z]+['’]s)(?:\s+(?:military|civilian|army|troop))?)\s+\S*$")


@lru_cache(maxsize=1)
def patterns() -> dict[str, re.Pattern[str]]:
    c = cues()
    after, before, toll = c["after"], c["before"], c["toll"]
    stop = alternation(c["victim_stop"] + [a for a in c["aux"] if " " not in a] + list(after) + list(before))
    kinds_alt = alternation(list(victim_tables()["kinds"]))
    vword = (rf"(?:(?-i:\(?[A-Z]{{2,}}\)?)(?![\w'’-])|\d+(?:st|nd|rd|th)\b|(?:(?<=father of )|(?<=mother of )|(?<=parent of )|(?<=dad of )|(?<=mom of ))\d+\b|\([^()]{{1,80}}\)"
             rf"|(?!(?:{stop})(?![\w'’-])(?!\s+(?:{kinds_alt})\b))(?:[A-Za-z][\w'’./-]*|\d+-[A-Za-z][\w-]*))")
    paren = rf"(?:,\s*(?:{alternation(c['paren_starts'])})\b(?:(?!\b(?:were|was|are|is)\s+(?:\w+ly\s+)?(?:killed|injured|wounded|hurt|shot|dead)\b)[^;]){{0,120}}?,|{_WOUNDED_ASIDE}|\s*(?:--|[—–])\s*(?:{alternation(c['paren_starts'])})\b[^;—–]{{0,120}}?(?:--|[—–])|\s*\((?:{alternation(c['paren_starts'])})\b[^;()]{{0,120}}\)|\s+[-–—]{{1,2}}\s+(?:\d+|{word_pattern()}|an?)\s[^;—–]{{0,80}}?\s[-–—]{{1,2}}(?=\s)|,\s*(?:(?:believed to be|thought to be|aged|ages)\s+)?\d{{1,2}}(?:\s*(?:,|,?\s*and)\s*\d{{1,2}})*\s*(?:,|(?=\s+(?:were|was|are)\b))|,?\s+(?:including|among them)\s+(?:(?!(?:who|that|which)\b)[^,;]){{1,80}}?(?=\s+(?:were|was|have|has|had)\b))"
    tverbs = alternation(c["toll_verbs"])
    after_alt = f"{alternation(list(after))}|{c['wound_phrase']}"
    kinds = victim_tables()["kinds"]
    not_single = set(victim_tables()["not_singular"])
    single = sorted(_single_nouns())
    nouns = alternation(list(kinds))
    return {
        "right": re.compile(
            rf"^[”\"’]?(?P<vict>(?:\s+{vword}){{0,14}}?)(?<! and)(?<! or)(?P<paren>\s*{paren})?"
            rf"(?P<aux>(?:\s*,?\s+(?:{alternation(c['aux'])}|(?!fatally\b|mortally\b)[a-z]{{3,}}ly(?![\w'’-])))*)\s*(?:(?!died\b|killed\b)(?:[a-z]+ed|struck|hit|beaten)\s+and\s+)?(?<![\w-])(?P<cue>{after_alt})(?![\w])(?!\s+(?:{kinds_alt})\b)",
            re.I,
        ),
        "active": re.compile(
            rf"^\s+(?:and\s+(?:\w+ed|hurt)\s+)?(?:at least\s+|the\s+|his\s+|her\s+|their\s+|its\s+|a\s+|an\s+|another\s+|all\s+(?={word_pattern()})|(?:{word_pattern()})\b|several\s|multiple\s|dozens\s|\d"
            rf"|(?:them|him|himself|herself|themselves)\b|her\b(?!\s+\w)"
            rf"|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|In|On|At|After|During|When|As|By|From|Near|Outside|Inside|While|Amid|Following|Over|Across|Along|For|With|Near|Since|Before|Christmas|Easter|Thanksgiving|Halloween|New|Memorial|Labor|Independence)\b)[A-Z][a-z]+)",
        ),
        "active_cue": re.compile(rf"^(?:{alternation(c['active_cues'])})$", re.I),
        "before": re.compile(rf"(?<![\w])(?P<cue>{alternation(list(before))})\s+(?:(?:a|an|the)\s+family\s+of\s+)?(?:(?:the|his|her|their|its|both|all)\s+)?"
                             rf"(?:(?:{alternation(single)})\s+)?$", re.I),
        # "the number of residents who died from shelling increased to 2": a toll by its relative clause
        "toll_who": re.compile(
            rf"\bnumber\s+of\s+[^,;:.]{{1,60}}?\s+(?:who|that)\s+(?:have\s+|had\s+|were\s+|have\s+been\s+)?"
            rf"(?:(?P<killed>died|killed|perished)|(?P<wounded>injured|wounded|hurt))\b[^,;:.]{{0,80}}?(?:\s+(?:{tverbs}))+\s*$", re.I),
        # "destroyed an enemy howitzer and seven invaders": a verb's second object, the first uncounted
        "before_and": re.compile(rf"(?<!\bthe )(?<!\ban )(?<!\ba )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bis )(?<!\bare )(?<![\w])"
                                 rf"(?P<cue>{alternation(list(before))})"
                                 rf"(?:\s+(?:an?|the|his|her|their|its|[\w-]+['’]s)\s+(?:[A-Za-z][\w'’-]*\s+){{0,3}}?[A-Za-z][\w'’-]*(?:\s*,\s*(?:and\s+)?|\s+and\s+)){{1,4}}$", re.I),
        "toll": re.compile(
            rf"(?<![\w])(?P<cue>{alternation(list(toll))})(?P<of>\s+(?:of|among|for|from|in|on|near|along|at|during|over)\s+[^,;:.]{{1,140}}?)?"
            rf"(?:\s+(?:{tverbs}))+\s*$",
            re.I,
        ),
        "object": re.compile(
            rf"^(?P<vict>(?:\s+(?!(?:{stop}|in|at|on|during|when|and|with|near|as|by|from|to|after|while|inside|outside|overnight|"
            rf"yesterday|today|tonight|last|this|earlier|later|recently|since|so|far|over|across|along)(?![\w'’-]))(?:[A-Za-z][\w'’./-]*|\d+-(?:year|month|week|day)-old)){{0,5}})",
            re.I,
        ),
        "coord": re.compile(rf"^(?P<vict>(?:\s+{vword}){{0,5}}?)\s*(?:,\s*and|,|and)\s*(?:(?:the|his|her|their|its)\s+)?$", re.I),
        "subset_before": re.compile(rf"(?:{alternation(c['subset_before'])})\s*$", re.I),
        "subset_after": re.compile(r"^\s+of\s+(?:them|whom|those)\b", re.I),
        "subset_died": re.compile(r"^\s+of\s+(?:them|whom|those)\s+(?:\w+\s+){0,2}?(?:fatally|died|dead|killed|succumbed|later died)\b", re.I),
        "partitive": re.compile(rf"^\s+{c['partitive']}\s+", re.I),
        "partitive_cue": re.compile(
            rf"^(?:[\w'’-]+,?\s+){{0,12}}?(?:(?:{alternation(c['aux'])})\s+)*(?<![\w-])(?P<cue>{after_alt})(?![\w])", re.I),
        "agent_singular": re.compile(
            rf"(?<![\w])(?P<art>[Aa]n?)\s+(?=(?:[\w'’-]+\s+){{0,3}}?(?P<noun>[a-z]+(?:{alternation(victim_tables()['agent_suffixes'])}))\s+"
            rf"(?:(?:was|has been|had been|is)\s+(?:\w+\s+)?)?(?i:killed|died|shot dead|stabbed to death|beaten to death|murdered|assassinated|executed|wounded|injured|hurt|shot)\b"
            # "A gunman killed three": the gunman fired
            rf"(?!\s+(?:{word_pattern()}|\d|an?\b|the\b|his\b|her\b|their\b)))"),
        "headline": re.compile(
            rf"^(?P<says>(?:[A-Z][\w'’.-]*\s+)(?:[A-Za-z][\w'’.-]*\s+){{0,3}}(?:says|say|reports|report|claims|claim)\s+)?(?:[A-Z][\w'’.-]*\s+(?:(?!(?:who|that|which|was|is|has|had|after|by|in|of|and|or)\b)[a-z][\w'’-]*\s+)?|\d+-(?i:year|month)-(?i:old)\s+){{0,3}}(?P<noun>(?i:{alternation(single)})|\d+-(?i:year|month)-(?i:old)|(?P<agent>(?i:[a-z]{{3,}}(?:er|or|ist|ian))))\s+(?:was\s+|is\s+)?(?:\w+ly\s+)?"
            rf"(?i:killed|dies|died|dead|wounded|injured|hurt|shot dead|shot|captured|missing|hit by|struck by|suffers|sustains|in critical condition|in serious condition)\b"
            # "Boy Shot, Killed Brother": the boy fired
            rf"(?!,?\s+(?:and\s+)?(?i:killed|kills|wounded|wounds|injured|injures)\s+(?:[A-Z](?![a-z]+ing\b)|(?i:his|her|their|a|an|the)\b))"),
        # "Soldier, civilian killed in clashes": two bare nouns share a headline's verb
        "headline_pair": re.compile(
            rf"^(?:[A-Z][\w'’.-]*\s+){{0,2}}(?P<a>(?i:{alternation(single)}))(?:,|\s+and)\s+(?:[A-Za-z][\w'’.-]*\s+){{0,2}}?(?P<b>(?i:{alternation(single)}))"
            rf"\s+(?:was\s+|were\s+)?(?i:killed|dead|die|wounded|injured|hurt|shot dead)\b"),
        # "a father and daughter dead": two people sharing one article
        "article_pair": re.compile(
            rf"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w'’-]+\s+)?(?i:{alternation(single)})\s+and\s+(?P<b>(?i:{alternation(single)}))\b(?!\s+(?:of|who)\b)"),
        "cue_article": re.compile(rf"(?<![\w])(?P<cue>{alternation(c['article_verbs'])})\s+(?P<art>an?|his|her|their)\s+", re.I),
        "headline_object": re.compile(
            rf"\b(?i:kills|killed|kill|slays|slay|wounds|wounded|injures|injured|shoots|fatally shooting|fatally shoots)\s+(?P<np>(?:[A-Z][\w'’.-]*\s+|(?!(?:by|in|at|on|of|after|during|near|with|as|from|for|to|while|when)\b)(?-i:[a-z]+)\s+|\d+-(?i:year|month)-old\s+){{0,2}}(?i:{alternation(single)})|\d+-(?i:year|month)-old)"
            rf"(?=\s*$|\s+(?:in|near|on|at|during|as|after|amid|with|while)\b|\s+[-–—]\s|;)"),
        # "Ukraine shoots down Russian jet", "rebels who downed plane": one piece of equipment
        "headline_thing": re.compile(
            rf"\b(?i:shoots\s+down|shot\s+down|downs|downed|destroys|destroyed)\s+(?P<np>(?:[A-Z][\w'’.-]*\s+|(?!(?:by|in|at|on|of|after|during|near|with|as|from|for|to|while|when|the|a|an|two|three|four|five)\b)(?-i:[a-z]+)\s+){{0,2}}"
            rf"(?i:{alternation(victim_tables()['equipment_single'])}))"
            rf"(?=\s*$|\s+(?:in|near|over|on|at|during|as|after|amid|with|while)\b|\s+[-–—]\s|[;:,])"),
        # "Russian jet shot down over Kharkiv": the thing, bare, as the headline's subject
        "headline_thing_subject": re.compile(
            rf"^(?P<np>(?:[A-Z][\w'’.-]*\s+){{0,3}}(?i:{alternation(victim_tables()['equipment_single'])}))\s+(?:was\s+|is\s+)?(?i:shot\s+down|downed|destroyed)\b"),
        "named": re.compile(
            r"(?<![\w'’-])(?P<name>[A-Z][a-z'’-]+(?:\s+(?:[A-Z]\.\s*)?[A-Z][a-z'’-]+){0,3})(?P<app>,\s+[^,;]{2,120},|\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?"
            r"(?=\s+(?:(?:was|has been|had been|is)\s+(?:\w+\s+){0,2}?(?:killed|shot|stabbed|found dead|pronounced|declared|fatally|murdered|beaten|wounded|injured|hurt)|(?:was|has been|had been)\s+(?:beheaded|executed|assassinated|slain|lynched|decapitated|hospitalized|hospitalised)|(?:is|was|remains)\s+in\s+(?:critical|serious|stable|grave)\s+condition|(?:later\s+|since\s+|subsequently\s+)?(?:died|dies|passed away))\b)"
        ),
        # "the bomber detonated, killing himself": the attacker is among the dead.
        "reflexive": re.compile(r"(?<!\bthe )\b(?:killing|killed|kills|shooting|shot|shoots|fatally shooting|fatally shot|turning the gun on|turned the gun on)\s+(?P<who>himself|herself)\b", re.I),
        # "opened fire on a civilian, killing him": one dead (merged with the civilian if counted)
        "pronoun_object": re.compile(r"\b(?:killing|killed|shot dead|shooting dead|stabbing to death|stabbed to death|executing|executed)\s+(?P<who>him|her)\b(?!\s+(?:own|self))", re.I),
        "body": re.compile(
            r"(?<![\w])(?P<np>(?:[Tt]he|[Aa]n?)\s+(?:[\w'’-]+\s+){0,2}?bod(?:y|ies)\s+of\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)"
            r"(?=\s+(?:was|were|has been|had been|have been)\s+(?:\w+\s+){0,2}?"
            r"(?:found|discovered|recovered|retrieved|pulled|dumped|exhumed|unearthed)\b)"),
        # "He died at the hospital": one dead, most often someone counted already (merged then)
        "pronoun_died": re.compile(
            r"\b(?P<who>[Hh]e|[Ss]he)\s+(?:(?:later|eventually|subsequently|also|was later|has since)\s+)?"
            r"(?:died|was pronounced dead|was declared dead|pronounced dead|succumbed|passed away|was killed)\b"),
        "pronoun_dead": re.compile(r"\b(?:shot|shooting|beat|beating|stabbed|stabbing|hacked|hacking|found|discovered)\s+(?P<who>him|her)\s+(?:dead|to death)\b", re.I),
        # "deputies found Durcan dead"
        "found_dead": re.compile(r"\b(?:found|discovered)\s+(?:\d+-year-old\s+)?(?P<who>(?:[A-Z][a-z'’-]+\s+){0,2}[A-Z][a-z'’-]+)(?:\s+of\s+[A-Z][a-z]+)?\s+(?:dead|shot dead|shot to death)\b"),
        # "The hostages were killed": as many as the document counted before.
        "anaphoric": re.compile(
            rf"(?<![\w])(?P<det>[Tt]he|[Aa]ll the|[Bb]oth)\s+(?=(?:{alternation([w for w in kinds if w.endswith('s') and w not in not_single])})\b"
            rf"(?:,[^,]{{1,100}},)?\s+(?:were|have been|had been)\s+(?:\w+\s+){{0,2}}?(?i:killed|shot dead|shot and killed|executed|found dead|beheaded|murdered))"),
        # "her mother": a possessive, not a pronoun victim
        "determines": re.compile(rf"\s+(?:[\w'’-]+\s+){{0,3}}?(?:{alternation(victim_tables()['relations'])})\b", re.I),
        "bare_plural": re.compile(
            rf"(?:^|(?<=[-–—:;] ))(?!(?:The|These|Those|Both|All|Their|His|Her|Its|Our|Some|Many|Several|Other)\b)(?P<np>(?:[A-Z][\w'’-]*\s+){{0,2}}(?i:{alternation([w for w in kinds if (w.endswith('s') or w in _IRREGULAR_PLURALS) and w not in not_single and ' ' not in w])}))"
            rf"(?=\s+(?:were\s+|are\s+)?(?i:killed and wounded|killed and injured|killed|dead|wounded|injured|hurt)\b)"),
        "vague_casualties": re.compile(r"\b(?:heavy|major|significant|mass|numerous|serious|huge|massive)\s+(?=(?:casualties|losses)\b)"
                                       r"|\b(?P<suffer>suffers?|suffered|suffering|sustains?|sustained|sustaining|incurs?|incurred)\s+(?=(?:casualties|losses)\b)"
                                       r"|\bthe\s+(?=losses\s+of\s+(?:the\s+)?(?-i:[A-Z])[a-z]+\s+(?:troops|forces|army|military|servicemen|soldiers|occupiers|invaders)\b)"
                                       r"|\bfirst\s+(?:(?:combat|military|civilian|reported|confirmed)\s+)?(?=casualties\b)"
                                       r"|(?:\b(?P<adj>(?-i:[A-Z][a-z]+(?:ian|ish|ese))\s+))?(?=casualties\s+(?:reported|rise|rises|climb|climbs|mount|mounts)\b)", re.I),
        # "Ukraine reports first combat death since truce": one dead
        "first_death": re.compile(r"\bfirst\s+(?:(?:combat|military|civilian|reported|confirmed)\s+)?(?:death|fatality)\b(?!s)", re.I),
        "there_are": re.compile(rf"\bthere\s+(?:is|are|was|were|have been|has been)\s+(?P<what>{alternation(list(c['there_are']))})\b(?!\s+(?:of|among|in the)\b)", re.I),
        "units": re.compile(rf"^\s*(?:-\s*(?:year|month|week|day)|-\s*\d|%|(?:{alternation(c['units_not_victims'])})(?![\w]))", re.I),
        "noise_before": re.compile(rf"(?<![\w])(?:{alternation(c['noise_before'])})\s*$", re.I),
        "ages": re.compile(r"\bage[sd]?(?:\s+of)?\b[\s\d,and-]*$", re.I),
        "apposition_age": re.compile(rf"(?:[A-Z][\w'’.-]*|\b(?:{nouns}))\s*[,(]\s*(?:also\s+|aged\s+|age\s+|both\s+)?$", re.I),
        "address": re.compile(r"^\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Court|Ct|Place|Pl|Highway|Hwy|Parkway|Pkwy|Circle|Terrace|Trail)\b|^\s+block\b"),
        "person_after": re.compile(rf"^\s+(?:[\w'’-]+\s+){{0,2}}?(?:{nouns})\b", re.I),
        "then_died": re.compile(rf"^(?:\s+[\w'’-]+){{0,4}}?\s*,?\s*{c['then_died']}\b(?!\s+(?:an?|the|his|her|their|\d)\b|\s+(?-i:[A-Z]))", re.I),
        "to_death": re.compile(r"^\s*(?:to death|dead)\b", re.I),
        "along_with": re.compile(rf"\b(?:{c['along_with']})\s+$", re.I),
        "in_addition": re.compile(
            rf"\b(?:{c['in_addition']})\s+(?:the\s+)?(?P<n>two|three|\d+|a|an|one)?\s*(?:suicide\s+)?(?P<perp>bomber|bombers|assailant|assailants|attacker|attackers|gunman|gunmen|perpetrator|perpetrators)\b", re.I),
    }


def candidate_figures(sentence: str) -> list[Figure]:
    """Figures that may be counts of people or things: numbers minus obvious non-counts,
    plus a singular person ("a man", "the officer", "Khan") as one. Each later pass skips
    words an earlier one took."""
    low = sentence.lower()
    c = _Candidates([f for f in find_figures(sentence) if not is_noise(sentence, f) and not _both_kinds(sentence, f)])
    for k, f in enumerate(c.out):
        if f.count_text.lower() == "both" and (m := _BOTH_NAMES.match(sentence, f.end)):
            c.taken[k] = (f.start, m.end())  # "Both Jermon and Harris died": the two are the names
    for add in (_add_singulars, _add_headline_victims, _add_unnumbered, _add_named_after_verbs, _add_pronouns,
                _add_bodies, _add_named_subjects):
        add(sentence, low, c)
    return sorted(c.out, key=lambda f: f.start)


class _Candidates:
    """The figures found so far and the spans of words they took."""

    def __init__(self, figures: list[Figure]) -> None:
        self.out = figures
        self.taken = [(f.start, f.end) for f in figures]

    def free(self, pos: int) -> bool:
        return not any(s <= pos < e for s, e in self.taken)

    def add(self, figure: Figure, start: int, end: int) -> None:
        self.out.append(figure)
        self.taken.append((start, end))


@lru_cache(maxsize=1)
def _before_tails() -> frozenset[str]:
    """Every word that can end what ``patterns()["before"]`` matches: a cue's last word, "of",
    a determiner, a single noun's last word. A text ending in another word cannot match."""
    words = {k.split()[-1].lower() for k in cues()["before"]} | {"of", "the", "his", "her", "their", "its", "both", "all"}
    return frozenset(words | {w.split()[-1].lower() for w in _single_nouns()})


_FORCES_BEFORE = re.compile(r"\b(?:enemy|troops|forces|army|armies|occupiers|invaders|units?|brigades?|battalions?|regiments?|companies|"
                            r"military|militants|fighters|rebels|separatists|soldiers|servicemen|side|sides|group|groups|russians|ukrainians)\b", re.I)
_CLAUSE_MARK = re.compile(r"[-–—:;] ")


def _first_words(phrases) -> frozenset[str]:
    return frozenset(re.match(r"[a-z]*", p.lower()).group() for p in phrases)


@lru_cache(maxsize=1)
def _cue_heads() -> frozenset[str]:
    """The first word of every cue that may follow a figure, and of the wound phrase's verbs."""
    return _first_words(list(cues()["after"]) + ["sustained", "suffered", "suffers", "received", "receiving", "suffering", "being", "treated"])


@lru_cache(maxsize=1)
def _toll_heads() -> frozenset[str]:
    return _first_words(cues()["toll"])


def _has_word(words: frozenset[str], text: str) -> bool:
    """Whether ``text`` holds one of ``words``: a set lookup that lets a costly regex be skipped."""
    return not words.isdisjoint(_WORD_LOWER.findall(text.lower()))


_WORD_LOWER = re.compile(r"[a-z]+")
_LAST_WORD = re.compile(r"([\w'’-]+)\s+$")


def _before_cue(text: str) -> re.Match[str] | None:
    """``patterns()["before"]`` searched at the end of ``text``, after a set lookup of its last
    word rules most texts out (the regex alone is the costliest step of candidate search)."""
    last = _LAST_WORD.search(text, max(len(text) - 40, 0))
    if not last or last.group(1).lower() not in _before_tails():
        return None
    return patterns()["before"].search(text)


def _both_kinds(sentence: str, f: Figure) -> bool:
    """ "both staff and patients", "both men and women", "both Russian and Ukrainian forces",
    "both Russia and Ukraine", "both killed and wounded": both kinds of people, both sides or both
    fates, not two people."""
    if f.count_text.lower() != "both" or not (m := _BOTH_KINDS.match(sentence, f.end)):
        return False
    # "soldiers, both killed and wounded": both fates, not two people
    if all(w.lower() in cues()["after"] for w in m.group("kind", "other")):
        return True
    # "both assailants and one officer", "both sons and then himself": two, and someone more
    return all(w.lower() in _IRREGULAR_PLURALS or w.islower() and w.endswith("s") and not w.endswith("ss")
               or country_in(w) is not None for w in m.group("kind", "other"))


def _one(text: str, start: int, end: int) -> Figure:
    return Figure(1, None, None, "exact", text, start, end)


def _add_singulars(sentence: str, low: str, c: _Candidates) -> None:
    """ "a 25-year-old man", "the officer": one person."""
    for start, word in _singulars(sentence, low):
        if _SOURCE_BEFORE.search(sentence, max(start - 20, 0), start):
            continue  # "according to the deputy coroner": the source, not a victim
        if _PREDICATE_BEFORE.search(sentence, max(start - 30, 0), start):
            continue  # "one male believed to be a teenager": the same male, described
        if c.free(start):
            c.add(_one(word, start, start + len(word)), start, start + len(word) + 1)


def _add_headline_victims(sentence: str, low: str, c: _Candidates) -> None:
    """Headline English drops the article: "Ukraine soldier killed", "Soldier, civilian
    killed", "Shelling kills DPR militiaman"."""
    p = patterns()
    m = p["headline"].match(sentence)
    if m and m.group("agent") and m.group("agent").lower() in victim_tables()["not_agents"]:
        m = None  # "Helicopter shot down": a thing, not a person; "Ukraine opera singer killed" is one
    if m and not any(s < m.start("noun") for s, _ in c.taken):
        # The words before the noun are the victims' too: "Ukraine soldier killed"; not "Kyiv says".
        at = m.end("says") if m.group("says") else m.start()
        c.add(_one("", at, at), at, m.end("noun"))
    m = p["headline_pair"].match(sentence) if not c.out else None
    if m:
        for g in ("a", "b"):
            c.add(_one("", m.start(g), m.start(g)), m.start(g), m.end(g))
    headline = not sentence.rstrip().endswith(".")
    m = p["headline_object"].search(sentence) if headline else None
    if m and m.group("np").split()[-1].lower() not in _IRREGULAR_PLURALS and c.free(m.start("np")):
        c.add(_one("", m.start("np"), m.start("np")), m.start("np"), m.end("np"))
    if headline and ("down" in low or "destroy" in low):
        for key in ("headline_thing", "headline_thing_subject"):
            m = p[key].search(sentence)
            if m and c.free(m.start("np")):
                c.add(_one("", m.start("np"), m.start("np")), m.start("np"), m.end("np"))


def _add_unnumbered(sentence: str, low: str, c: _Candidates) -> None:
    """Victims without a number: "a father and daughter", "another", "Azov fighters killed"
    (no count), "heavy casualties", "the first death", "an attacker was killed"."""
    p = patterns()
    for m in (p["article_pair"].finditer(sentence) if " and " in low else ()):
        if c.free(m.start("b")):
            c.add(_one("", m.start("b"), m.start("b")), m.start("b"), m.end("b"))
    for m in (_ANOTHER.finditer(sentence) if "another" in low or "the other" in low else ()):
        if c.free(m.start()):
            c.add(_one(m.group(1), m.start(1), m.end(1)), m.start(1), m.end(1))
    for m in (_ANOTHER_OBJECT.finditer(sentence) if "another" in low else ()):
        # "killed one man and wounded another": the pronoun is the verb's object
        if c.free(m.start(1)):
            c.add(_one(m.group(1), m.start(1), m.end(1)), m.start(1), m.end(1))
    # the pattern starts a sentence or follows a dash, colon or semicolon: try only there
    starts = [0] + [k.end() for k in _CLAUSE_MARK.finditer(sentence)]
    for m in filter(None, (p["bare_plural"].match(sentence, at) for at in starts)):
        if c.free(m.start("np")):
            # "Azov fighters killed and wounded in night attacks": a claim without a count
            c.add(Figure(None, None, None, "vague", "", m.start("np"), m.start("np")), m.start("np"), m.end("np"))
    for m in (p["vague_casualties"].finditer(sentence) if "casualties" in low or "losses" in low else ()):
        # "Heavy casualties reported in eastern fighting": casualties without a count; but
        # "suffered losses of up to 200 servicemen" counts them
        counted = any(m.end() < f.start < m.end() + 100 and f.value is not None and not re.search(r"[.;]", sentence[m.end():f.start])
                      for f in c.out) or bool(_MONEY_LOSSES.match(sentence, m.end()))
        if m.group("suffer") and not _FORCES_BEFORE.search(sentence, max(m.start() - 80, 0), m.start()):
            continue  # "the city is suffering losses" may be money; "the enemy suffers losses" is not
        if c.free(m.start()) and not counted:
            at = m.start() if m.group("adj") else m.end()  # "Ukrainian casualties reported": whose they are
            c.add(Figure(None, None, None, "vague", "", at, at), m.start(), m.end() + 1)  # the noun too: one claim per phrase
    for m in (p["first_death"].finditer(sentence) if "first" in low else ()):
        if c.free(m.start()):
            c.add(_one(m.group(0), m.start(), m.end()), m.start(), m.end())
    not_agents = frozenset(victim_tables()["not_agents"])
    for m in (p["agent_singular"].finditer(sentence) if "a " in low or "an " in low else ()):
        if m.group("noun") not in not_agents and c.free(m.start()):
            c.add(_one(m.group("art"), m.start(), m.start() + len(m.group("art"))), m.start(), m.end())


def _add_named_after_verbs(sentence: str, low: str, c: _Candidates) -> None:
    """ "shot and killed Abdul Manan Arghand", "killed Nabi, a civilian", "killed a National
    Directorate of Security (NDS) official": a victim after a killing verb."""
    p = patterns()
    for rx in (_NAME, _NAME_APPOSED):
        for m in rx.finditer(sentence):
            name = m.group("name")
            # "killed Jamie Salazar, 34, and 2-year-old Jordan Reeves": the second name shares the verb
            named_before = (a := _AND_BEFORE.search(sentence, max(m.start() - 12, 0), m.start())) and any(
                f.end == a.start() and f.count_text[:1].isupper() for f in c.out)
            aged = _AGE_AFTER.match(sentence, m.end("name"))  # "Barry Washington, 56,": a person, whatever place he shares a name with
            if (named_before or _before_cue(sentence[max(m.start() - 60, 0): m.start()])) and (aged or not is_known_name(name)) \
                    and c.free(m.start("name")):
                # the figure starts at "8-month-old" so the verb stands right before it
                c.add(_one(name, m.start(), m.end("name")), m.start(), m.end("name"))
    for m in p["cue_article"].finditer(sentence):
        # the noun may come a few words on
        head = _person_within(sentence, m.end())
        if head and not any(s <= m.start("art") < e or m.start("art") <= s < head for s, e in c.taken):
            # the words are the noun phrase: "her 3-year-old grandson" is a grandson, not "her"
            c.add(_one(sentence[m.start("art"):head], m.start("art"), m.end("art")), m.start("art"), head)


def _add_pronouns(sentence: str, low: str, c: _Candidates) -> None:
    """ "killing himself", "shot him dead", "He died at the hospital", "found Durcan dead"."""
    p = patterns()
    # Cheap word checks first: most sentences have no pronoun victim.
    present = ("self" in low, "him" in low or "her" in low, "him" in low or "her" in low, "he " in low,
               " dead" in low or "to death" in low)
    for key, there in zip(("reflexive", "pronoun_object", "pronoun_dead", "pronoun_died", "found_dead"), present):
        for m in (p[key].finditer(sentence) if there else ()):
            if c.free(m.start("who")):
                c.out.append(_one(m.group("who"), m.start("who"), m.end("who")))


def _add_bodies(sentence: str, low: str, c: _Candidates) -> None:
    """The body and whose it was are one victim: drop "a young man" inside it; "the bodies of
    two men" are as many as the count inside."""
    for m in (patterns()["body"].finditer(sentence) if "bod" in low else ()):
        inside = [f for f in c.out if m.start() <= f.start < m.end() and f.count_text.lower() not in _DETERMINERS]
        n = inside[0].value if len(inside) == 1 and inside[0].value and inside[0].count_text[:1].isalnum() \
            and not inside[0].count_text[:1].isupper() else 1
        c.out = [f for f in c.out if not (m.start() <= f.start < m.end())]
        c.out.append(Figure(n, None, None, "exact", m.group("np"), m.start(), m.end()))


def _add_named_subjects(sentence: str, low: str, c: _Candidates) -> None:
    """ "The hostages were killed" (as many as counted before), "Khan and his son were
    killed", "Ahmad, the acting head of the office, was killed"."""
    p = patterns()
    for m in p["anaphoric"].finditer(sentence):
        if c.free(m.start()):
            c.out.append(Figure(None, None, None, "anaphoric", m.group("det"), m.start(), m.start() + len(m.group("det"))))
    for m in (_NAME_AND.finditer(sentence) if " and " in sentence else ()):
        name = m.group("name")
        if not is_known_name(name, places=False) and not any(s <= m.start("name") < e or m.start("name") <= s < m.end("name") for s, e in c.taken):
            c.add(_one(name, m.start("name"), m.end("name")), m.start("name"), m.end("name"))
    for m in p["named"].finditer(sentence):
        name = m.group("name")
        clash = [(s, e) for s, e in c.taken if s <= m.start() < e or m.start() <= s < m.end()]
        if is_known_name(name, places=False) or _LOCATIVE.search(sentence, max(m.start() - 12, 0), m.start()):
            continue  # "shot in Miami dies": a place after "in" is no victim
        if clash:
            # "Ahmad, the acting head of the office, was killed": the apposition is the named person
            if not m.group("app") or not all(m.start("app") <= s < m.end("app") for s, _ in clash):
                continue
            c.out = [f for f in c.out if not (m.start("app") <= f.start < m.end("app"))]
        c.out.append(_one(name, m.start(), m.end()))


_WORD = re.compile(r"\d+-(?:year|month)-old|[A-Za-z][\w'’-]*")
_NAME = re.compile(r"(?:\d+-(?:year|month|week|day)-old\s+)?(?P<name>[A-Z][a-z'’-]+(?:\s+(?:[A-Z]\.\s*)?[A-Z][a-z'’-]+){1,3})")
_ARTICLES = frozenset({"a", "an", "another"})
_NOT_IN_NP = frozenset({"and", "or", "of", "in", "at", "on", "with", "by", "for", "to", "from", "was", "were", "is", "are"})
_DIGIT = re.compile(r"\d+(?!\d|st\b|nd\b|rd\b|th\b|[\s-]*(?:years?|yrs?|months?|weeks?|days?)\b)")  # not an age or rank: "an 11 year old boy", "an 8th teen"
_NAME_APPOSED = re.compile(r"(?P<name>[A-Z][a-z'’-]{2,})(?=,\s+(?:a|an|the)\s|\s+(?:who|in|on|at|near|inside|outside)\s|\s*[.;]|$)")
_COLLECTIVE = frozenset(data_json("victims.json")["collective"])
_NP_TOKEN = re.compile(r"\s*(\([A-Z]{2,}\)|\d+-(?:year|month|week|day)-old|[A-Za-z][\w'’-]*)")


def _person_within(sentence: str, pos: int, limit: int = 7) -> int | None:
    """End of the first person noun within a few words of ``pos``, if the words between are one
    noun phrase ("intelligence official", "Afghan National Army (ANA) soldier")."""
    for _ in range(limit):
        m = _NP_TOKEN.match(sentence, pos)
        if not m:
            return None
        word = m.group(1)
        if word.lower() in ("in", "at", "on", "near", "and", "or", "who", "which", "that", "with", "after", "during", "from"):
            return None
        if word.lower() in _COLLECTIVE:
            return None  # "a family of five": the count follows
        if not word.startswith("(") and is_person_noun(word):
            return m.end()
        pos = m.end()
    return None
# "Khan and his son were killed": a named person coordinated with a counted group is one victim.
_NAME_AND = re.compile(
    r"(?:^|(?<=[,;:] ))(?P<name>[A-Z][a-z'’-]+(?:\s+(?:[A-Z]\.\s*)?[A-Z][a-z'’-]+){0,2})\s+and\s+(?=(?:his|her|their|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b)")
_IRREGULAR_PLURALS = frozenset(data_json("victims.json")["irregular_plurals"])
_DEFINITE = frozenset({"the", "his", "her", "their", "this", "that"})


@lru_cache(maxsize=1)
def _single_nouns() -> frozenset[str]:
    kinds = victim_tables()["kinds"]
    not_single = set(victim_tables()["not_singular"])
    return frozenset(w for w in kinds if not w.endswith("s") and w not in not_single and w.split()[-1] not in _IRREGULAR_PLURALS)


@lru_cache(maxsize=1)
def _single_equipment() -> frozenset[str]:
    return frozenset(victim_tables()["equipment_single"])


# Only these verbs make a thing a claim (destroyed, shot down, lost): elsewhere "a tank" or
# "a drone" is the weapon, not the loss.
_LOSS_WORDS = ("destroy", "down", "sank", "sunk", "lost", "lose", "losing", "knocked out", "burn", "eliminat", "wiped out")
# ... and only as the verb's object or its subject: "a Russian tank destroyed by Ukrainian forces"
# under a photo is a description, not a count
_LOSS_BEFORE = re.compile(r"(?:destroy(?:ed|ing|s)?|shot down|shoot(?:s|ing)? down|down(?:ed|ing|s)?|sank|sunk|lost|los(?:es|ing)|knocked out|eliminat(?:ed|ing|es))"
                          r"(?:,?\s+[\w'’-]+){0,6}?,?\s+(?:and\s+)?$", re.I)
_LOSS_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,5}?\s+(?:was|were|has\s+been|had\s+been|have\s+been|is|are|got)\s+(?:\w+\s+)?"
                         r"(?:destroyed|shot\s+down|downed|sunk|sank|knocked\s+out|burned|burnt|eliminated|lost)\b", re.I)


def _singulars(sentence: str, low: str) -> list[tuple[int, str]]:
    """(offset, article) of each "a/an/the … <person noun>" ("a 25-year-old man", "the officer",
    "a 19-year-old"): one person; or one piece of military equipment ("a Russian jet") in a
    sentence that destroys or downs something. Word by word with set lookups: far cheaper than
    a regex alternation of every noun at every position."""
    singles = _single_nouns()
    things = _single_equipment() if any(w in low for w in _LOSS_WORDS) else frozenset()
    body = victim_tables()["body_parts"]
    toks = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(sentence)]
    out: list[tuple[int, str]] = []
    used: set[int] = set()
    for j, (_, _, w) in enumerate(toks):
        two = f"{w} {toks[j + 1][2]}" if j + 1 < len(toks) else ""
        is_noun = w in singles or two in singles or w.endswith(("-year-old", "-month-old"))
        if not is_noun and things and (w in things or two in things):
            noun_end = toks[j + 1][1] if two in things else toks[j][1]
            is_noun = bool(_LOSS_AFTER.match(sentence, noun_end) or _LOSS_BEFORE.search(sentence, max(toks[j][0] - 90, 0), toks[j][0]))
        if not is_noun:
            continue
        if j + 1 < len(toks) and toks[j + 1][2] in _NOUN_AFTER_ADJECTIVE:
            continue  # "the first civilian deaths": an adjective, not a person
        if w in body and j >= 2 and toks[j - 2][2] in ("in", "to", "into", "through", "on"):
            continue  # "shot in the head"
        for k in range(1, 7):
            if j - k < 0 or j - k in used:
                break
            start, end, art = toks[j - k]
            if art in _NOT_IN_NP or (d := _DIGIT.search(sentence, end)) and d.start() < toks[j - k + 1][0]:
                break  # "the border police and 1 member": two phrases, not one
            if k > 4 and not sentence[toks[j - k + 1][0]].isupper():
                break  # beyond four words only a name's words: "a Palm Beach State College student"
            if _PUNCT.search(sentence, end, toks[j][0]):
                break  # punctuation between: not one noun phrase
            if art in _ARTICLES or (art in _DEFINITE and k <= 4 and not w.endswith(("-year-old", "-month-old"))):
                out.append((start, sentence[start:end]))
                used.add(j - k)
                break
    return out


def is_noise(sentence: str, f: Figure) -> bool:
    """Numbers that are not counts: ages, years, times, money, measures, addresses, labels."""
    p = patterns()
    # Patterns anchored at the end of the left context only need its tail.
    right, left = sentence[f.end: f.end + 80], sentence[max(f.start - 60, 0): f.start]
    tail = left.rstrip().lower()
    if tail.endswith(("how", "so", "too")) and f.qualifier == "vague":
        return True
    if tail.endswith((" no", "(no")) or tail == "no":
        return True
    # "Image 1 of 16 A man died": a count is never followed by an article
    if f.count_text[:1].isdigit() and _ARTICLE_AFTER.match(right):
        return True
    # "19.3 deaths per 100,000": a rate, not a count
    if _DECIMAL.fullmatch(f.count_text) or _RATE.match(right):
        return True
    if p["units"].match(right) or p["noise_before"].search(left):
        return True
    # "ages 7 and 5"; but "ages 21 and 49, and two males": a count after the list
    if p["ages"].search(left[-40:]) and (f.count_text[:1].isdigit() or _AGE_WORD.search(left)):
        return True
    if f.count_text.lower() in ("a single", "one", "a") and _A_GUNSHOT.match(right):
        return True  # "a single shot that hit both of them": one bullet
    if f.count_text.lower() == "both" and _FLOATING.search(tail):
        return True  # "two men, who were both shot": the two again, not two more
    if _SOURCE_BEFORE.search(left):
        return True  # "according to the two men": the source, not victims
    if _MAY_DATE.search(left):
        return True  # "on May 29": the month, not the modal verb
    if p["address"].match(right):
        return True
    if len(f.count_text) >= 3 and f.count_text.isdigit() and _STREET_NUMBER.match(right) and re.search(r"\b(?:on|at|near|of)\s*$", tail):
        return True  # "On 11700 Robertson, one person has been killed": a house number
    # "two girls, 7 and 5, were shot": ages listed after the people they describe
    if f.count_text.isdigit() and (_AGE_LIST.search(left) and _AGE_LIST_RIGHT.match(right) or _AGE_LIST_LAST.search(left)):
        return True
    if f.count_text.isdigit() and len(f.count_text) <= 2 and _SUFFIX.search(left):
        return True  # "Larry Watkins Jr. 26"
    # "Julian Bryant, 22, died" / "the suspect (34)": an age in apposition, not a count.
    if f.count_text[:1].isdigit() and f.qualifier == "exact" and _CLOSES.match(right) and p["apposition_age"].search(left):
        return True
    # "Dennie Reeves, 66 and Ginger Reeves, 64 were found dead"; "Shawn Johnson Jr., 21 of Lynchburg"
    if f.count_text.isdigit() and len(f.count_text) <= 2 and _AFTER_NAME.search(left) and (
            _NAME_AGE_NEXT.match(right) or _NAME_AGE_BEFORE.search(sentence, max(f.start - _LEFT_WINDOW, 0), f.start) or _HOMETOWN.match(right)):
        return True
    v = f.value
    if v is not None and f.qualifier == "exact" and 1800 <= v <= 2100 and f.count_text.isdigit():
        return not p["person_after"].match(right)
    return False


def _victims_after(text: str) -> str:
    m = patterns()["object"].match(re.sub(r"^\s+(?:are|were|is|was)\b", "", text))
    return m.group("vict").strip().rstrip(".,") if m else ""


def _right_match(sentence: str, figures: list[Figure], i: int):
    """Cue after the figure: "498 Russian troops have been killed"; not "a gunman killed three"."""
    p = patterns()
    f = figures[i]
    right = sentence[f.end:]
    if not f.count_text:  # a headline's bare noun: the noun itself is the first victim word
        right = " " + right
    part = p["partitive"].match(right)
    if part:
        # "One of the five people hospitalized has died": the cue comes after the partitive phrase.
        clause = re.split(r"[;:]", right[part.end():], maxsplit=1)[0]
        cue = p["partitive_cue"].search(clause)
        if not cue:
            return None
        later = p["partitive_cue"].search(clause[cue.end():].lstrip())
        if re.search(r"\b(?:who|that|which)\b", clause[: cue.start("cue")]) and p["active"].match(clause[cue.end():]) \
                and not (later and _FINITE.search(later.string, 0, later.start("cue"))):
            return None  # "one of the shooters in the incident that killed X and left five injured": the verbs are the incident's
        if later and (re.search(r"\b(?:who|that)\b", clause[: cue.start("cue")])
                      or _FINITE.search(later.string, 0, later.start("cue")) and not _FINITE.search(cue.string, 0, cue.start("cue"))):
            # "One of the victims who was shot in the head died", "one of the five people
            # hospitalized has died": the main verb says what befell them
            cue = later
        if _NOT_PEOPLE.search(clause, 0, cue.start("cue")):
            return None  # "one of those two homicide cases": cases, not people
        if cue.group("cue").lower() == "shot" and _A_SHOT.search(cue.string, 0, cue.start("cue")):
            return None  # "one of them fired at least one shot": a gunshot, not a victim
        # "One of the four men, a 30-year-old, was in critical condition": the apposition is the same man
        appos = _PARTITIVE_APPOS.match(clause)
        shift = 0 if f.count_text else 1
        return after_metric(cue.group("cue")), "", (f.end + part.end() + appos.end() - shift) if appos else 0
    if _ONE_DEATH.match(right):
        return "killed", "", 0  # "resulting in 1 death"; not "the 4 people arrested in the death of"
    # cues start at most ~150 characters after a figure; most figures have none, and the regex is slowest to fail
    m = p["right"].match(right) if _has_word(_cue_heads(), right[:260]) else None
    if not m:
        w = _WHO_DIED.match(right)
        # "A teen who was caught in the crossfire of a shooting has died"
        return ("killed", w.group("vict").strip(), 0) if w else None
    # A figure inside the victim words means two coordinated figures: the later one owns the cue.
    vict_end = f.end + m.end("vict") - (1 if not f.count_text else 0)
    # a figure right before the cue owns it: "three shootings … resulted in two deaths"
    # (figures are in order: only those before the end of the victim words)
    if any(f.end < g.start and (_COORDINATED.search(sentence[f.end:g.start]) or _WITH.search(sentence[f.end:g.start])
                                or not sentence[g.end:vict_end].strip())
           for g in takewhile(lambda g: g.start < vict_end, islice(figures, i + 1, None))):
        return None
    aux = m.group("aux") or ""
    if _NEGATED.search(aux + " " + m.group("vict")) and not _DEGREE.search(aux):
        return None  # "two passengers were not hurt"; but "not seriously injured" is injured
    if _COUNTERFACTUAL.search(aux) and not (f.count_text[:1].isdigit() or figure_regex().fullmatch(f.count_text or "-")):
        return None  # "she could have been killed": nobody was
    cue = re.sub(r"\s+", " ", m.group("cue").lower())
    # adverbs ("fatally", "allegedly") do not make a verb passive: "three men fatally shot two others"
    bare = not _NOT_PASSIVE.sub("", _ADVERBS.sub("", m.group("aux") or "")).strip(" ,")
    if bare and not m.group("paren") and p["active_cue"].match(cue) and p["active"].match(right[m.end():]) \
            and not _TALLY_LIST.match(right[m.end():]):
        return None  # active voice: the figure is the agent, not the victims
    if re.match(r"\s+or\s+(?:alive|not)\b", right[m.end():], re.I):
        return None  # "was dead or alive", "injured or not": a question, not a claim
    if aux.strip(" ,").lower() in ("who", "that") and re.match(r"\s+at\b", right[m.end():]):
        return None  # "the officer who shot at the suspect" fired; nobody was hit
    victims = m.group("vict").strip().rstrip(".,")
    # "both were taken to the hospital, where Loften died": one of the two
    metric = _befell(after_metric(cue), aux, right[m.end():], single=(f.value or 0) <= 1)
    if not victims and re.match(r"\s+(?:among|of)\s", right[m.end():]):
        victims = _victims_after(right[m.end():].replace(" among ", " ", 1).replace(" of ", " ", 1))
    # "one person, a former district chief, was killed": the apposition is the same person
    appos = m.group("paren") and _APPOSITION.match(m.group("paren"))
    return metric, victims, (f.end + m.end("paren") - (len(right) - len(sentence) + f.end)) if appos else 0


def _one_of_group(sentence: str, figures: list[Figure], i: int) -> tuple[str, str, str, str]:
    """ "He was one of three soldiers killed in the ambush", "Teen one of two people injured":
    the group is the count (three killed), the one is among them: kind "group". When a later
    verb says what befell the one ("one of two men shot Monday dies"), both count: "both".
    Neither ("") for a running tally ("one of 400 people shot this year"). With the kind, the
    group's metric and victim words, and what befell the one."""
    f, group = figures[i], figures[i + 1]
    if f.value != 1 or f.count_text.lower() not in ("one", "1") or not _OF_GROUP.fullmatch(sentence, f.end, group.start):
        return "", "", "", ""
    p = patterns()
    rest = sentence[group.end:]
    m = p["right"].match(rest)
    metric = after_metric(m.group("cue")) if m else ""
    aux = re.sub(r"^\s*(?:who|that)\s+(?:were|have been|had been)\b", "", m.group("aux") or "") if m else ""  # "four teenagers who were struck"
    if not m or m.group("paren") or _FINITE_WORD.search(aux) or metric not in ("killed", "wounded", "shot"):
        return "", "", "", ""
    clause = re.split(r"[;:.]", rest[m.end():], maxsplit=1)[0].strip()
    if TALLY.search(clause):
        return "", "", "", ""
    later = p["partitive_cue"].search(clause)
    if later and any(group.end < g.start < group.end + m.end() + len(clause) for g in figures[i + 2:]):
        return "", "", "", ""  # "one of three people killed and 27 wounded that night": a round-up's tally
    if later:
        # the one's fate may differ from the group's: the "hospitalized" five include the one who died
        return "both", "shot" if metric == "wounded" else metric, m.group("vict").strip(), after_metric(later.group("cue"))
    return "group", metric, m.group("vict").strip(), ""


_OF_GROUP = re.compile(r"\s+of\s+(?:(?:the|those)\s+)?")
_FINITE_WORD = re.compile(r"\b(?:has|have|had|was|were|is|are|who|that|which)\b", re.I)
# "242 people have been shot since January": a running tally, not one incident's victims
TALLY = re.compile(r"\b(?:since|so far|this year|last year|a year|per year|each year|every year|in (?:19|20)\d\d)\b", re.I)


def _befell(metric: str, aux: str, after: str, single: bool) -> str:
    """What befell the victims, from the metric of the cue after them, read with the words
    before the cue (``aux``) and after it: "were found fatally shot", "was kidnapped and later
    found dead", "was also shot, but survived". ``single``: a figure of one person, who alone
    may be the one that died "at the hospital"."""
    if metric in ("shot", "wounded") and _FATAL_AUX.search(aux):
        return "killed"
    if metric in ("captured", "shot", "wounded") and (patterns()["then_died"].match(after) or _HAS_DIED.match(after)
                                                   or single and metric == "shot" and _SHOT_DIES.match(after)
                                                   or single and _WHERE_DIED.match(after)
                                                   or single and _OFF_LIFE_SUPPORT.match(after)):
        return "killed"
    if metric in ("shot", "wounded") and re.search(r"\bwho\b", aux, re.I) and _THEN_DIED.match(after):
        return "killed"  # "a boy who was critically wounded on Friday died on Saturday"
    if metric == "shot" and _SURVIVED.match(after):
        return "wounded"
    if metric == "captured" and _PRISONERS_DIED.match(after):
        return "killed"  # "47 prisoners were killed": the prisoners are the victims
    return metric


def _is_name(count_text: str) -> bool:
    """Whether a figure's words name its victim ("Khan", "Jordan Reeves"), not count them
    ("Two", "The", "a")."""
    return count_text[:1].isupper() and count_text.split()[0].lower() not in _DETERMINERS and not figure_regex().fullmatch(count_text)


def _sharing(sentence: str, f: Figure, metric: str) -> Mention:
    """A later figure that shares an earlier figure's verb ("killed a guard and two drivers",
    "died along with 27 assailants"), unless its own words say what befell it: "two other
    shooting victims" were hit by gunfire, not killed."""
    shot = _SHOT_VICTIMS.match(sentence, f.end)
    return Mention(f, "shot" if shot else metric, "people", f.count_text if _is_name(f.count_text) else _victims_after(sentence[f.end:]))


def mentions(sentence: str) -> list[Mention]:
    """Every casualty figure the sentence states, with metric, unit and victim words.

    One pass per way English ties a figure to what befell it, in this order: the figure's own
    cue; a verb shared with an earlier or later figure; subsets and pseudo-metrics settled;
    counts stated without a figure; victims listed by name; what might have happened dropped."""
    if "-" in sentence[:40]:
        # "UPDATE 2-Six servicemen killed": a wire service's version tag, blanked to keep offsets
        sentence = _WIRE_TAG.sub(lambda m: " " * len(m.group()), sentence)
    figures = candidate_figures(sentence)
    found, how, own_cue = _cued(sentence, figures)
    _share_earlier_verb(sentence, figures, found, how)
    _coordinate(sentence, figures, found)
    _along_with(sentence, figures, found)
    besides = _perpetrators_besides(sentence, found)
    result = _settled(sentence, found, own_cue)
    result = _with_name_list(sentence, result + besides + _uncounted(sentence, result))
    result = [r for r in result if not _imagined(sentence, r.figure)]
    return _shared_victim_words(_toll_restated(sentence, result))


def _cued(sentence: str, figures: list[Figure]) -> tuple[dict[int, Mention], dict[int, str], set[int]]:
    """Figures with a cue of their own, by index: a verb before ("killing two"), a toll word
    ("the death toll rose to 12"), a cue after ("three were killed"), a subset ("one of them
    fatally"). Also which came by a verb before (``how``) and which by their own cue after."""
    p = patterns()
    c = cues()
    found: dict[int, Mention] = {}
    how: dict[int, str] = {}
    own_cue: set[int] = set()
    prev_end = 0
    covered = 0  # figures inside an earlier mention's victim words belong to it
    groups = {i + 1: g for i in range(len(figures) - 1) if (g := _one_of_group(sentence, figures, i))[0]}
    for j, (kind, metric, victims, fate) in groups.items():
        if kind == "both":  # "one of the three men shot on Sunday has died": three were shot, one died
            found[j] = Mention(figures[j], metric, "people", victims)
            if not re.search(r",\s*$", sentence[: figures[j - 1].start]):
                found[j - 1] = Mention(figures[j - 1], fate, "people", "")  # unless in apposition: "a woman, one of four …, has died"
    for i, f in enumerate(figures):
        if f.start < covered or groups.get(i + 1, ("",))[0] == "group" or i in found:
            continue
        left = sentence[prev_end: f.start]
        right = sentence[f.end:] if f.count_text else " " + sentence[f.end:]
        if i and i not in groups and _OF_THE.fullmatch(sentence, figures[i - 1].end, f.start):
            continue  # "four of the five victims were killed": the five are the group, not a count of dead
        metric = victims = None
        if f.count_text and p["first_death"].fullmatch(f.count_text):
            found[i] = Mention(f, "killed", "people", "")
            prev_end = f.end
            continue
        if f.qualifier == "anaphoric":
            r = _right_match(sentence, figures, i)
            if r and r[0]:
                found[i] = Mention(f, r[0], "people", r[1])
                prev_end = f.end
            continue
        named = (f.value == 1 and _is_name(f.count_text)) or (f.count_text.lower() in ("himself", "herself", "him", "her", "he", "she") and not p["determines"].match(sentence, f.end)) \
            or bool(_BODY.search(f.count_text))
        if named:
            victims = f.count_text
        m = _before_cue(left[-80:])
        if m and (_PASSIVE.search(left[-80:][: m.start()]) or _number_ends(sentence, f.start - len(left[-80:]) + m.start())) \
                and p["right"].match(right if f.count_text else right):
            # "one person was killed two people were wounded", "1 killed 3 injured": a participle takes no object
            m = None
        if m and _RECORDED.search(left[-80:], 0, m.start()) and c["before"][_key(m.group("cue"))] == "captured":
            m = None  # "footage captures the pilot": a camera's capture
        if m:
            metric = c["before"][_key(m.group("cue"))]
            victims = victims if named else _victims_after(right)
            how[i] = "before"
            if metric in ("shot", "harmed") and p["to_death"].match(right if named or not victims else right[len(victims) + 1:]):
                metric = "killed"  # "shot two men to death", "beat a young man to death"
            elif metric in ("shot", "wounded") and _FATAL_AUX.search(left[-80:], max(0, m.start() - 12), m.start()):
                metric = "killed"  # "fatally wounded the gunman"
            elif metric == "harmed":
                metric = "wounded"  # "stabbed two guards"
            elif metric == "shot" and named and (_SHOT_DIES.match(right) or _HAS_DIED.match(right)):
                metric = "killed"  # "Boy who shot himself accidentally in head dies"
        if metric is None and not named:
            lo = max(f.start - 160, 0)
            m = p["toll"].search(sentence, lo, f.start) if _has_word(_toll_heads(), sentence[lo:f.start]) else None
            if m and m.start() >= _clause_start(sentence, f.start):
                metric = c["toll"][_key(m.group("cue"))]
                of = m.group("of") or ""
                victims = re.sub(r"^\s*(?:of|among)\s+", "", of) if re.match(r"\s*(?:of|among)\b", of) else ""
                if not victims:
                    # "the Russian deaths", "Ukraine's military death toll": the side before the noun
                    victims = _SIDE_BEFORE.search(sentence, max(m.start() - 40, 0), m.start() + 1).group(1) \
                        if _SIDE_BEFORE.search(sentence, max(m.start() - 40, 0), m.start() + 1) else ""
            elif "number of" in sentence[lo:f.start].lower() and (m := p["toll_who"].search(sentence, lo, f.start)) \
                    and m.start() >= _clause_start(sentence, f.start):
                metric, victims = ("killed" if m.group("killed") else "wounded"), ""
        if metric is None:
            r = _right_match(sentence, figures, i)
            if r and r[0]:
                metric, v, appos_end = r
                victims = victims if named else v
                own_cue.add(i)
                if v and not named:
                    covered = f.end + 1 + len(v)
                covered = max(covered, appos_end)
        if metric is None and found and (p["subset_died"].match(right) or _FATALLY.match(right)):
            metric, victims = "killed", ""
        if metric is None and found and p["subset_before"].search(left):
            metric, victims = found[max(found)].metric, _victims_after(right)
        if metric is None and not named and left.endswith((" with ", " carrying ")) \
                and (m := _VEHICLE_WITH.search(sentence, max(f.start - 120, 0), f.start)) \
                and (equipment_unit(m.group("thing")) or equipment_unit(m.group("thing") + "s")):  # "a truck": trucks
            # "blew up a car with four invaders", "destroyed a tank with its crew of three": those aboard died
            metric, victims = "killed", _victims_after(right)
        if metric is None and not named and left.rstrip().endswith((",", " and")) and (m := p["before_and"].search(left[-100:])):
            metric, victims = c["before"][_key(m.group("cue"))], _victims_after(right)
            how[i] = "before"
        if metric is None:
            continue
        found[i] = Mention(f, metric, "people", victims or "")
        prev_end = f.end
    # "was injured and taken to a hospital, where he died": "he" is the one counted before him
    for i in [i for i in found if found[i].figure.count_text.lower() in ("he", "she")]:
        if any(j < i for j in found):
            del found[i]
    return found, how, own_cue


def _share_earlier_verb(sentence: str, figures: list[Figure], found: dict[int, Mention], how: dict[int, str]) -> None:
    """ "killed a police officer and a civilian": a later figure shares an earlier verb."""
    for i in sorted(found):
        j = i + 1
        while j < len(figures) and j not in found and how.get(i) == "before":
            between = sentence[figures[j - 1].end: figures[j].start]
            if not (_SHARED_VERB_GAP.fullmatch(between)
                    or _COMMA_GAP.fullmatch(between) and (_OTHERS.match(sentence, figures[j].end) or _list_goes_on(sentence, figures, j))):
                break  # but "wounded an 8-year-old, 2 others", "killed the driver, a guard and two passengers"
            found[j] = _sharing(sentence, figures[j], found[i].metric)
            how[j] = "before"
            j += 1


def _list_goes_on(sentence: str, figures: list[Figure], j: int) -> bool:
    """Whether figure ``j``, after a comma, is an item of a list "A, B and C" that goes on."""
    if j + 1 >= len(figures):
        return False
    gap = sentence[figures[j].end: figures[j + 1].start]
    return bool(_SHARED_VERB_GAP.fullmatch(gap) or _COMMA_GAP.fullmatch(gap) and _list_goes_on(sentence, figures, j + 1))


def _coordinate(sentence: str, figures: list[Figure], found: dict[int, Mention]) -> None:
    """ "one civilian and six assailants were killed": the first figure shares the later cue."""
    p = patterns()
    for i in sorted(found, reverse=True):
        j = i - 1
        if p["subset_after"].match(sentence, figures[i].end) or p["partitive"].match(sentence[figures[i].end:]):
            continue  # "two victims, one of whom died": a part of the two, not a second group
        while j >= 0 and j not in found:
            m = p["coord"].match(sentence[figures[j].end: figures[j + 1].start] if figures[j].count_text
                                 else " " + sentence[figures[j].end: figures[j + 1].start])  # a headline's bare noun
            if not m or m.group("vict").strip().lower() in _OTHER_FATES:
                break  # "86 Sick, 7 Dead": the sick are not dead
            ct = figures[j].count_text
            own = ct if _is_name(ct) else ""
            found[j] = Mention(figures[j], found[i].metric, "people", own or m.group("vict").strip())
            j -= 1


def _along_with(sentence: str, figures: list[Figure], found: dict[int, Mention]) -> None:
    """ "five hostages died along with 27 assailants": the figure after shares the cue."""
    p = patterns()
    for i in sorted(found):
        along = False
        for j in range(i + 1, len(figures)):
            if j in found:
                continue
            between = sentence[figures[j - 1].end: figures[j].start]
            # "killed along with his deputy and five other people": the list goes on after "and"
            if not (p["along_with"].search(between) or along and _SHARED_VERB_GAP.fullmatch(between)):
                break
            along = True
            found[j] = _sharing(sentence, figures[j], found[i].metric)


def besides_perpetrators(sentence: str) -> bool:
    """Whether a sentence counts victims "in addition to the assailants"."""
    return bool(patterns()["in_addition"].search(sentence))


def _perpetrators_besides(sentence: str, found: dict[int, Mention]) -> list[Mention]:
    """Perpetrators killed too: "in addition to the bomber, four people were killed"."""
    ia = patterns()["in_addition"].search(sentence)
    killed = [k for k in found.values() if k.metric == "killed"]
    if not ia or not killed or any(ia.start() <= k.figure.start < ia.end() for k in found.values()):
        return []
    n = ia.group("n")
    if not n and ia.group("perp").lower().endswith(("s", "men")):
        # "in addition to the assailants": some, as many as counted elsewhere
        return [Mention(Figure(None, None, None, "vague", ia.group(0), ia.start(), ia.end()), "killed", "people", ia.group("perp"))]
    value = 1 if not n or n.lower() in ("a", "an", "one") else (int(n) if n.isdigit() else {"two": 2, "three": 3}[n.lower()])
    return [Mention(Figure(value, None, None, "exact", ia.group(0), ia.start(), ia.end()), "killed", "people", ia.group("perp"))]


def _settled(sentence: str, found: dict[int, Mention], own_cue: set[int]) -> list[Mention]:
    """Subsets pointed at their larger figure ("136 civilians killed, of whom 13 are
    children"), internal metrics turned into claims or dropped, units set."""
    p = patterns()
    result: list[Mention] = []
    for i in sorted(found):
        ment = found[i]
        f = ment.figure
        if result:
            last = result[-1]
            between = sentence[last.figure.end: f.start]
            among = False
            if p["subset_died"].match(sentence[f.end:]):
                # "five were shot, one of them fatally": a killed figure, not a part of the same metric.
                ment = Mention(f, "killed", last.unit, ment.victims_text or last.victims_text, None)
                if last.metric == "wounded":
                    # "four victims wounded, two of them already dead": the four were hit, two survived
                    result[-1] = Mention(last.figure, "shot", last.unit, last.victims_text, last.part_of, last.how, last.owner)
            elif _within_subset(between) or p["subset_after"].match(sentence[f.end:]) or (among := bool(_AMONG_THE.match(sentence, f.end))):
                own = ment.metric if i in own_cue else None
                if own and own != last.metric and (among or last.metric in ("shot", "casualties") or (own, last.metric) == ("killed", "wounded")):
                    # "two were killed and a nurse was among the wounded": another group
                    # "five people were shot, including one who was pronounced dead"
                    ment = Mention(f, own, last.unit, ment.victims_text or last.victims_text, None)
                else:
                    ment = Mention(f, last.metric, last.unit, ment.victims_text or _victims_after(sentence[f.end:]), len(result) - 1)
            elif _in_condition(sentence, last, ment, between):
                # "five people were hurt, with two in critical condition": the state of two of the five
                ment = Mention(f, "wounded", last.unit, ment.victims_text or last.victims_text, len(result) - 1)
            elif last.part_of is not None and _NEXT_PART.fullmatch(between) and last.metric == ment.metric:
                # "…, one with serious injuries and the other three in stable condition": parts too
                ment = Mention(f, ment.metric, ment.unit, ment.victims_text, last.part_of)
        real = _real_metric(sentence, ment)
        if real is not None:
            result.append(real)
    return result


def _real_metric(sentence: str, ment: Mention) -> Mention | None:
    """The claim an internal metric makes, with its unit, or ``None``: bodies "found" were
    killed, patients "sent" to hospital wounded, "lost" servicemen are losses and "lost" tanks
    destroyed; people are never "destroyed" but killed; things are never killed."""
    f = ment.figure
    unit = _unit_of(ment.victims_text)
    if ment.metric == "found":
        if not re.search(r"\b(?:bod(?:y|ies)|corpses?|remains)\b", ment.victims_text, re.I):
            return None
        ment = Mention(f, "killed", unit, ment.victims_text, ment.part_of)
    if ment.metric == "sent":
        if not _TO_HOSPITAL.match(sentence[f.end:]):
            return None
        ment = Mention(f, "wounded", unit, ment.victims_text, ment.part_of)
    if ment.metric == "detonated":
        if not re.search(r"\bsuicide\b|\bbombers?\b", ment.victims_text, re.I):
            return None
        ment = Mention(f, "killed", unit, ment.victims_text, ment.part_of, "detonated")
    if ment.metric == "lost":
        # "lost 130 servicemen": losses; "lost five tanks": destroyed; "lost 300 jobs": nothing.
        if unit != "people":
            ment = Mention(f, "destroyed", unit, ment.victims_text, ment.part_of)
        elif _person_head(ment.victims_text):
            owner = sentence[_clause_start(sentence, f.start): f.start]
            ment = Mention(f, "casualties", unit, ment.victims_text, ment.part_of, "", owner if " lost" in owner or " losing" in owner else "")
        else:
            return None
    if ment.metric in ("wounded", "shot", "casualties") and _DECEASED.match(ment.victims_text):
        ment = Mention(f, "killed", unit, ment.victims_text, ment.part_of)  # "located a deceased male"
    if ment.metric == "destroyed" and unit == "people" and (_person_head(ment.victims_text) or _person_head(_first_conjunct(ment.victims_text))):
        # Military communiqués "destroy" soldiers: that is a claim of killed.
        ment = Mention(f, "killed", unit, ment.victims_text, ment.part_of)
    if ment.metric in ("destroyed", "shot_down") and unit == "people":
        return None
    if unit != "people" and ment.metric in ("killed", "wounded", "casualties", "missing", "displaced", "shot"):
        return None  # "two cars were hit by gunfire"
    return Mention(f, ment.metric, unit, ment.victims_text, ment.part_of, ment.how, ment.owner)


def _unit_of(victims: str) -> str:
    """People, or the equipment unit the victim words name: "200 soldiers and military
    equipment" are soldiers (the first of the two); "two tanks and their crews" are tanks."""
    if _person_head(_first_conjunct(victims)):
        return "people"
    return equipment_unit(victims) or "people"


def _first_conjunct(victims: str) -> str:
    return re.split(r"\s+and\s+|,\s*", victims, maxsplit=1)[0]


# A party's claim that nothing was lost: "no casualties", "no warplanes were damaged". A figure
# of zero, so a denial of losses can be set against a claim of them; the document's totals are
# unchanged (what did not happen to a named person is still no claim).
_ZERO = re.compile(
    r"\bno\s+(?:(?P<cas>casualties|fatalities|deaths|losses)\b"
    r"|(?P<eq>(?:aircraft|warplanes|planes|jets|helicopters|tanks|equipment))\s+(?:was\s+|were\s+|had\s+been\s+|have\s+been\s+)?(?:damaged|destroyed|lost|hit)\b)",
    re.I)


def zeros(sentence: str, result: list[Mention]) -> list[Mention]:
    """A party's "no casualties" or "no warplanes were damaged" (extract/claims.py keeps them only
    where someone named says so: the outlet's own "there were no casualties" is no claim)."""
    low = sentence.lower()
    if "no " not in low:
        return []
    out = []
    for m in _ZERO.finditer(sentence):
        if any(r.figure.start <= m.start() < r.figure.end for r in result):
            continue
        fig = Figure(0, None, None, "exact", "no", m.start(), m.start() + 2)
        if m.group("cas"):
            metric = "killed" if m.group("cas").lower() in ("fatalities", "deaths") else "casualties"
            out.append(Mention(fig, metric, "people", ""))
        else:
            unit = equipment_unit(m.group("eq")) or "aircraft"
            out.append(Mention(fig, "destroyed", unit, m.group("eq")))
    return out


def _uncounted(sentence: str, result: list[Mention]) -> list[Mention]:
    """Counts stated without a figure: "there are dead and wounded", "resulting in her death"."""
    out: list[Mention] = []
    for m in patterns()["there_are"].finditer(sentence):
        if any(r.figure.start <= m.start("what") < r.figure.end + 1 for r in result):
            continue
        what = _key(m.group("what"))
        one = what.startswith(("a ", "one "))
        fig = Figure(1 if one else None, None, None, "exact" if one else "vague", m.group("what"), m.start("what"), m.end("what"))
        out.append(Mention(fig, cues()["there_are"][what], "people", ""))
    for m in _MULTIPLE.finditer(sentence):
        # "a quadruple shooting": four shot; "a double homicide": two dead, unless the sentence counts them
        what = "shot" if m.group("what").lower() == "shooting" else "killed"
        same = ("shot", "casualties") if what == "shot" else ("killed",)
        if not any(r.figure.value and r.metric in same for r in result + out):
            n = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5, "sextuple": 6}[m.group("n").lower()]
            out.append(Mention(Figure(n, None, None, "exact", m.group("n"), m.start("n"), m.end("n")), what, "people", "victims"))
    low = sentence.lower()
    for m in (_GROUP_ELIMINATED.finditer(sentence) if any(w in low for w in _GROUP_WORDS) else ()):
        # "neutralized a Russian assault unit": its men were killed, how many is not said
        if military_group(m.group("np")) and not any(m.start("np") <= r.figure.start < m.end("np") for r in result):
            np = m.group("np")
            fig = Figure(None, None, None, "vague", "", m.start("np"), m.start("np"))
            out.append(Mention(fig, "killed", "people", _LEADING_ARTICLE.sub("", np)))
    for m in (_VAGUE_VICTIMS.finditer(sentence) if "victims" in low else ()):
        # "Massive strikes and dozens of victims": killed and wounded, not told apart
        fig = next((f for f in find_figures(sentence) if f.start == m.start("q")), None)
        if fig is not None and fig.qualifier == "vague" and not any(r.figure.start == fig.start for r in result):
            out.append(Mention(fig, "casualties", "people", "victims"))
    for m in (_FORMATION_LOST.finditer(sentence) if "lost" in low or "losses" in low else ()):
        # "lost more than two companies killed and wounded": losses counted in formations, not men
        owner = sentence[_clause_start(sentence, m.start()): m.start()] + (m.group("whose") or "") + " lost"
        # a firm loses companies as clients: only soldiers' formations, or forces' losses
        military = m.group("fate") or m.group("men") or not re.search(r"compan", m.group("np"), re.I) \
            or names_forces(owner) or country_in(owner)
        if military and not any(m.start() <= r.figure.start < m.end() for r in result):
            metric = "killed" if m.group("fate") and m.group("fate").lower() == "killed" else "casualties"
            fig = Figure(None, None, None, "vague", "", m.start("np"), m.start("np"))
            out.append(Mention(fig, metric, "people", m.group("np"), owner=owner))
    for m in (_CAUSED_DEATH.finditer(sentence) if "death" in sentence else ()):
        # "one shot struck his wife in the neck, resulting in her death"
        if not any(r.metric == "killed" for r in result):
            out.append(Mention(Figure(1, None, None, "exact", m.group("whose"), m.start("whose"), m.end("whose")), "killed", "people", m.group("whose")))
    return out


def _with_name_list(sentence: str, result: list[Mention]) -> list[Mention]:
    """Victims listed by name take the place of the figures found inside the list."""
    listed = _name_list(sentence) if " and " in sentence else []
    if not listed or any(r.figure.end <= listed[0].figure.start and r.metric == listed[0].metric for r in result):
        return result  # "The two elders, identified as X and Y, were killed": the names are the two
    lo, hi = listed[0].figure.start, listed[-1].figure.end
    both = _BOTH_AFTER.match(sentence, hi)
    hi = both.end() if both else hi  # "X, 44, and Y, 36, both listed in serious condition": the two again
    out = sorted([r for r in result if not lo <= r.figure.start < hi] + listed, key=lambda r: r.figure.start)
    # part_of is an index: point it at the same parent in the new order
    at = {id(r): k for k, r in enumerate(out)}
    return [replace(r, part_of=at.get(id(result[r.part_of]))) if r.part_of is not None else r for r in out]


def _toll_restated(sentence: str, result: list[Mention]) -> list[Mention]:
    """ "A woman … has died, bringing the death toll to three": the toll counts her; she is a
    part of it (put after it, as part_of points back)."""
    if len(result) < 2 or not _BRINGING.search(sentence):
        return result
    # the first "bringing the toll" after a figure: the last one found serves every figure before it
    searched_from, bringing = len(sentence) + 1, None
    for k, ment in enumerate(result):
        if ment.metric not in ("killed", "wounded") or ment.part_of is not None or not ment.figure.value:
            continue
        pos = ment.figure.end
        if not searched_from <= pos <= (bringing.start() if bringing else len(sentence)):
            searched_from, bringing = pos, _BRINGING.search(sentence, pos)
        if bringing is None:
            continue
        # the toll comes after the words that bring it (a cheap test before the exact one)
        toll = next((t for t in result[k + 1:] if t.metric == ment.metric and t.part_of is None and t.figure.value
                     and t.figure.value > ment.figure.value and t.figure.start >= bringing.end()
                     and _BRINGING.search(sentence, ment.figure.end, t.figure.start)), None)
        if toll is not None:
            out = [r for r in result if r is not ment]
            out.insert(out.index(toll) + 1, ment)
            at = {id(r): i for i, r in enumerate(out)}
            return [replace(r, part_of=at[id(toll)]) if r is ment else
                    replace(r, part_of=at.get(id(result[r.part_of]))) if r.part_of is not None else r for r in out]
    return result


_BRINGING = re.compile(r"\b(?:bringing|brings|raising|raises|taking|takes|pushing|pushes)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:toll|total|number)\b", re.I)


def _shared_victim_words(result: list[Mention]) -> list[Mention]:
    """Figures sharing one victim group: "498 Russian troops killed, with 1,597 wounded"."""
    out = []
    # the figures that have words to lend, by unit, in order (found once, not once a figure)
    lenders: dict[tuple[str, ...], list[int]] = {}
    for k, r in enumerate(result):
        if r.victims_text and r.part_of is None:
            lenders.setdefault((r.unit,), []).append(k)
            lenders.setdefault((), []).append(k)
    for k, ment in enumerate(result):
        if not ment.victims_text and ment.part_of is None and lenders:
            # people never borrow the words of equipment: "a crew of three died when a missile
            # destroyed their howitzer" are no howitzer
            # the nearest lender before it, else the first after it
            ks = lenders.get(() if ment.metric in ("destroyed", "shot_down") else (ment.unit,), [])
            n = bisect_left(ks, k)
            sib = result[ks[n - 1]] if n else result[ks[n]] if n < len(ks) else None
            if sib is not None:
                ment = Mention(ment.figure, ment.metric, ment.unit, sib.victims_text, ment.part_of, ment.how, ment.owner)
        out.append(ment)
    return out


_ANOTHER_OBJECT = re.compile(r"\b(?:killed|killing|wounded|wounding|injured|injuring|shot|shooting|hurt|hurting|hit|hitting|struck|striking)\s+(another)"
                             r"(?=\s*(?:[,.;:]|$)|\s+(?:in|at|on|and|before|after|during|with|near|as|when|while|who)\b)", re.I)
_OFF_LIFE_SUPPORT = re.compile(r"^[^.;]{0,80}?\b(?:taken|removed)\s+(?:off|from)\s+life\s+support\b", re.I)
_AGE_AFTER = re.compile(r",\s*\d{1,2}\s*[,)]")
_PREDICATE_BEFORE = re.compile(r"\b(?:believed|thought|said|reported|confirmed|known|presumed)\s+to\s+be\s+$|\b(?:identified|described)\s+as\s+$", re.I)
_BOTH_NAMES = re.compile(r"\s+(?:[A-Z][\w'’.-]*\s+){1,3}?and\s+(?:[A-Z][\w'’.-]*\s*){1,3}")
_BOTH_AFTER = re.compile(r",?\s*\d{0,2},?\s*both\b", re.I)
# not across a relative clause: "killed a woman who barricaded herself and a child" killed one
_SHARED_VERB_GAP = re.compile(r"(?:,\s*\d{1,2})?(?:\s+(?!(?:who|whom|which|that)\b)[\w'’-]+){0,6}?\s*,?\s*and\s+(?:(?:the|his|her|their|its)\s+)?", re.I)
_COMMA_GAP = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s*,\s*")
_OTHERS = re.compile(r"\s+(?:others|more|other\s+\w+)\b", re.I)
_PREPOSITION = re.compile(r"\s+(?:of|in|from|near|at|on|during|with|across|along)\s+", re.I)


def _person_head(victims: str) -> bool:
    """Whether a noun phrase is about people: its head ("servicemen of the 113th Brigade")
    is a person noun, not a thing ("civilian houses")."""
    np = _PREPOSITION.split(victims, maxsplit=1)[0].split()
    while len(np) > 1 and np[-1].isupper():
        np.pop()  # "100 military APU": the side's abbreviation after the noun, translated word for word
    return bool(np) and (is_person_noun(np[-1]) or (len(np) > 1 and is_person_noun(" ".join(np[-2:]))))


_APPOSITION = re.compile(r"^\s*,\s*(?:a|an|the|identified as|named|his|her|their|one of|both|all)\b", re.I)
_SOURCE_BEFORE = re.compile(r"\b(?:according to|per|citing)\s+(?:the\s+|their\s+|his\s+|her\s+)?$", re.I)
# "The man who was shot on Friday has died"
_HAS_DIED = re.compile(r"^(?:\s+[\w'’-]+){0,8}?\s*,?\s+(?:has|have|had)\s+(?:since\s+|now\s+|later\s+)?died\b", re.I)
_TO_HOSPITAL = re.compile(r"^(?:\s+[\w'’-]+){0,3}?\s+(?:to|in|into)\s+(?:(?:the|a|an|area|local|nearby|two|three|different)\s+)*hospitals?\b", re.I)
_FATALLY = re.compile(r"^\s+(?:of (?:them|whom)\s+)?(?:fatally|mortally)\b(?!\s+(?:wounded|injured|shot)\s+(?:a|an|the|\d))", re.I)
# "taken to a hospital, where he died"
_WHERE_DIED = re.compile(r"^[^.;]{0,120}?\b(?:where|before|until)\s+(?:he|she|they|the \w+)\s+(?:later\s+|was later\s+)?(?:died|was pronounced dead|were pronounced dead|succumbed)\b", re.I)
# headline English: "Teen shot in Miami dies"
_SHOT_DIES = re.compile(r"^(?:\s+(?!and\b)[\w'’-]+){0,5}?\s*,?\s+(?:dies|died|killed)\b", re.I)
_LOCATIVE = re.compile(r"\b(?:in|at|near|from|outside|of|into)\s+$", re.I)
_PUNCT = re.compile(r"[^\w\s'’-]")
_ARTICLE_AFTER = re.compile(r"^\s+(?:A|An|The)\s")
_DECIMAL = re.compile(r"[\d,]*\.\d+")
_RATE = re.compile(r"^\s+\w+\s+per\s+(?:\d|capita|cent)")
_CLOSES = re.compile(r"^\s*[,)]")
_AGE_LIST = re.compile(r"(?:[A-Za-z]s|[mM]en|[cC]hildren|[pP]eople)\s*,\s*(?:(?:believed to be|thought to be|aged|both|all)\s+)?(?:\d{1,2}\s*(?:,|and)\s*)*$")
_AGE_LIST_LAST = re.compile(r"(?:[A-Za-z]s|[mM]en|[cC]hildren|[pP]eople)\s*,\s*(?:\d{1,2}\s*(?:,|,?\s*and)\s*)+$")
_SUFFIX = re.compile(r"[A-Z][a-z]+\s+(?:Jr|Sr)\.?,?\s*$")
_AGE_LIST_RIGHT = re.compile(r"^\s*(?:,|and\s+\d{1,2}\b)")
_ADVERBS = re.compile(r"\b(?:also|then|later|still|just|reportedly|allegedly|apparently|subsequently|eventually)\b", re.I)
_NOT_PASSIVE = re.compile(r"\b(?:[a-z]+ly|who|that|had|has|have)\b", re.I)
_NEGATED = re.compile(r"\b(?:not|never|nearly|almost)\b|n['’]t\b", re.I)
_DEGREE = re.compile(r"\b(?:seriously|critically|severely|badly|gravely|life-threateningly)\b", re.I)
# "would have", "could easily have": what might have happened, not what did. "Up to 300 could
# have died" is a hedged count, so a number as the subject keeps the claim.
_COUNTERFACTUAL = re.compile(r"\b(?:would|should|could)\s+(?:\w+ly\s+|well\s+)?(?:have|['’]ve)\b", re.I)
# "A resident, wounded in the shelling, died": the aside tells how; the verb after it, the fate
_WOUNDED_ASIDE = (r",\s*(?:(?:seriously|badly|critically|severely|gravely)\s+)?(?:wounded|injured|hit|shot)\b[^;,]{0,100},"
                  r"(?=\s*(?:later\s+|subsequently\s+|then\s+)?(?:died|dies|has died|succumbed)\b)")
# "suffered losses of $3 million": money, not people
_MONEY_LOSSES = re.compile(r"\s*losses\s+(?:of|worth|totaling|totalling|amounting to)\s+(?:about\s+|around\s+|nearly\s+|over\s+|more than\s+)?[$€£]", re.I)
_ASKED = re.compile(r"\b(?:whether|if)\s+(?:or not\s+)?(?:the\s+|any\s+|anyone\s+)?$", re.I)
_IMAGINED_BEFORE = re.compile(
    r"\b(?:(?:would|should)(?:\s+(?:\w+ly\s+)?have|['’]ve)\s+(?:been\s+)?|could(?:\s+(?:\w+ly\s+)?have|['’]ve)\s+(?:killed|shot|wounded|injured|hurt)\s+"
    r"|(?:nearly|almost)\s+(?:killed|killing|shot)\s+(?:(?:his|her|their|the)\s+)?)$",
    re.I)


_PERSON_NAME = r"[A-Z][a-z'’-]+(?:\s+(?:[A-Z]\.|[A-Z][a-z'’.-]+)){0,3}"
_NAME_ITEM = re.compile(rf"(?P<name>{_PERSON_NAME})(?P<age>(?:,|(?<=\.))\s+\d{{1,2}})?")
_NAME_LIST = re.compile(
    rf"(?<![\w'’-])(?P<list>{_PERSON_NAME}(?:(?:,|(?<=\.))\s+\d{{1,2}})?(?:\s*[,;]\s*(?:and\s+)?{_PERSON_NAME}(?:(?:,|(?<=\.))\s+\d{{1,2}})?)*"
    rf"\s*[,;]?\s+and\s+{_PERSON_NAME}(?:(?:,|(?<=\.))\s+\d{{1,2}})?),?(?=\s)")


def _name_list(sentence: str) -> list[Mention]:
    """ "John Smith, 22, and Mark Jones, 19, were killed": one victim per name. Each name needs an
    age or two words, and none may be a place or party."""
    p = patterns()
    for m in _NAME_LIST.finditer(sentence):
        r = p["right"].match(sentence[m.end():])
        if not r or r.group("vict").strip() or r.group("paren"):
            continue
        metric = cues()["after"].get(_key(r.group("cue")))
        if metric not in ("killed", "wounded", "shot", "missing", "captured"):
            continue
        metric = _befell(metric, r.group("aux") or "", sentence[m.end() + r.end():], single=False)
        items = list(_NAME_ITEM.finditer(m.group("list")))
        if len(items) < 2 or any(is_known_name(i.group("name")) or not (i.group("age") or " " in i.group("name")) for i in items):
            continue
        base = m.start("list")
        return [Mention(Figure(1, None, None, "exact", i.group("name"), base + i.start(), base + i.end("name")), metric, "people", i.group("name"))
                for i in items]
    return []


def _imagined(sentence: str, f: Figure) -> bool:
    """ "It could have killed her", "there should have been six people dead": a figure in what
    might have happened."""
    left = sentence[max(f.start - 40, 0): f.start]
    if _ASKED.search(left):
        return True  # "police could not say if the man had died": a question, not a claim
    window = sentence[max(f.start - 60, 0): f.start]
    low = window.lower()
    if any(w in low for w in ("kill", "murder", "shoot", "assassin", "execut", "behead", "stab")) and _INTENDED.search(window):
        return True  # "tried to kill his neighbor", "plotted the murder of his wife": meant, not done
    m = _IMAGINED_BEFORE.search(left)
    return bool(m) and (m.group(0).lower().startswith(("would", "should", "nearly", "almost")) or not f.count_text[:1].isdigit())


_OTHER_FATES = frozenset(cues()["other_fates"])
_RECORDED = re.compile(r"\b(?:footage|video|videos|camera|cameras|cctv|photo|photos|photograph|image|images|picture|pictures|film|lens|shot)\s+(?:that\s+|which\s+)?$", re.I)
# "both staff and patients", "both men and women": both kinds, not two people
_BOTH_KINDS = re.compile(r"\s+(?:the\s+)?(?P<kind>[A-Za-z][\w'’-]*)\s+and\s+(?:the\s+)?(?P<other>[A-Za-z][\w'’-]*)\b")
_INTENDED = re.compile(
    r"\b(?:(?:tr(?:y|ied|ies|ying)|attempt(?:s|ed|ing)?|plot(?:s|ted|ting)?|plan(?:s|ned|ning)?|conspir(?:e|ed|es|ing)|threaten(?:s|ed|ing)?"
    r"|vow(?:s|ed|ing)?|want(?:s|ed|ing)?|intend(?:s|ed|ing)?|sought|seek(?:s|ing)?|set\s+out|bid|plot|plan|attempt|threats?)\s+to\s+"
    r"(?:kill|murder|shoot|assassinate|execute|behead|stab)"
    r"|(?:plan(?:s|ned|ning)?|plott?(?:ed|ing)?|attempt(?:ed|ing)?|conspiracy|conspired)\s+(?:to\s+commit\s+)?(?:the\s+)?(?:murders?|killings?|assassinations?)\s+of)"
    r"\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+|at\s+least\s+)?$", re.I)
_FATAL_AUX = re.compile(r"\b(?:fatally|mortally)\b", re.I)
_OF_THE = re.compile(r"\s+of\s+(?:(?:the|those|these)\s+)?")
_SURVIVED = re.compile(
    r"^[^.;]{0,80}?\b(?:survived|(?:is|was|are|were)\s+(?:also\s+)?expected\s+to\s+(?:survive|recover|live|be\s+ok(?:ay)?)|"
    r"(?:stable|critical|serious|fair|good)\s+condition|non-life[- ]threatening)", re.I)
_ANOTHER = re.compile(r"\b([Aa]nother|[Tt]he other)\s+(?=(?:(?:was|were|is)\s+)?(?:\w+ly\s+)?(?i:injured|wounded|hurt|killed|shot)\b)")
_NOUN_AFTER_ADJECTIVE = frozenset(data_json("victims.json")["nouns_after_adjective"])
_AFTER_NAME = re.compile(r"(?-i:[A-Z][a-z'’.-]+),\s+$")
_NAME_AGE_NEXT = re.compile(r"^,?\s+and\s+(?:[A-Z][\w'’.-]*\s+){1,4}?(?-i:[A-Z][\w'’.-]*),\s+\d{1,2}\b")
_NAME_AGE_BEFORE = re.compile(r"[A-Z][a-z'’.-]+,\s+\d{1,2}\s*[,;]?\s+and\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][a-z'’.-]+,\s+$")
_HOMETOWN = re.compile(r"^\s+of\s+[A-Z][a-z]")
_AND_BEFORE = re.compile(r"(?:,\s*\d{1,2})?,?\s+and\s+$")
_DECEASED = re.compile(r"(?:the\s+)?(?:deceased|dead)\s+\w", re.I)
_WIRE_TAG = re.compile(r"(?:^|(?<=;)|(?<=; ))(?:UPDATE|REFILE|CORRECTED|WRAPUP|RPT)\s*\d*\s*-")
_AGE_WORD = re.compile(r"\bage[sd]?(?:\s+of)?\s*$", re.I)
_FINITE = re.compile(r"\b(?:has|have|had|was|were|is|are)\s+(?:\w+ly\s+)?(?:been\s+)?$", re.I)
_NOT_PEOPLE = re.compile(r"^(?:\w+\s+){0,3}?(?:cases|incidents|shootings|homicides|attacks|investigations|calls|reports|times|crimes|killings|murders)\b", re.I)
# "On 11700 Robertson,", "of 1121 W. Columbus Ave.,": a house number before its street
_STREET_NUMBER = re.compile(r"^\s+(?:[NSEW]\.?\s+|(?:North|South|East|West)\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:\s+(?:St|Ave|Rd|Blvd|Dr|Ln|Ct|Pl|Way|Street|Avenue|Road|Drive|Lane|Court|Place|Boulevard)\b\.?)?\s*[,.;]")
_A_SHOT = re.compile(r"(?:\b(?:a|one|first|single|fired)|\d)\s+$", re.I)
# "One of the four men, a 30-year-old, …", "One of the victims, Jeffery Webb, 47, …": the same one
_PARTITIVE_APPOS = re.compile(r"^[^,;]{1,60}?,\s*(?:(?:a|an)\s+[^,;]{1,60}?|[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}(?:,\s*\d{1,2})?),")
_MULTIPLE = re.compile(r"\b(?P<n>double|triple|quadruple|quintuple|sextuple)[\s-]+(?P<what>shooting|homicide|murder|slaying)\b", re.I)
_VEHICLE_WITH = re.compile(r"\b(?:destroyed|destroying|blew\s+up|blowing\s+up|blown\s+up)\s+(?P<thing>(?:an?|the|their|its|one|two|three|\d+)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:with|carrying)\s+$", re.I)
_GROUP_WORDS = ("eliminat", "neutrali", "liquidat", "destroy", "wiped out")
_GROUP_ELIMINATED = re.compile(
    r"\b(?:eliminat(?:ed|ing|es)|neutrali[sz](?:ed|ing|es)|liquidat(?:ed|ing|es)|destroy(?:ed|ing|s)?|wip(?:ed|ing)\s+out)\s+"
    rf"(?P<np>(?:(?:an?|the|several|{word_pattern()}|\d+)\s+)?(?:[\w'’-]+\s+){{0,4}}?(?i:{alternation(data_json('victims.json')['military_groups'])}))"
    r"(?![\w'’-])", re.I)
_FORMATION_LOST = re.compile(
    r"(?:\blost|\blosses\s+of\s+(?P<whose>[^,.;:]{1,80}?)(?:\s+(?:in|during|near|on|at|over|for|with)\s+[^,.;:]{0,60}?)?\s+amounted\s+to)\s+"
    rf"(?P<np>(?:(?:more\s+than|over|up\s+to|about|almost|nearly)\s+)?(?:an?|{word_pattern()}|\d+)\s+"
    r"(?:compan(?:y|ies)|battalions?|platoons?|regiments?|brigades?)(?P<men>\s+of\s+(?:personnel|manpower|servicemen|soldiers|troops))?)"
    r"(?:\s+(?P<fate>killed\s+and\s+wounded|killed|dead\s+and\s+wounded))?(?![\w'’-])", re.I)
# after what harms ("left", "with", "and") or heading a clause; not "interviewed hundreds of victims"
_VAGUE_VICTIMS = re.compile(r"(?:^|[:;,]\s*|\b(?:and|with|left|leaving|caused|causing|claimed|claiming|resulting\s+in)\s+)"
                            r"(?P<q>(?:dozens|scores|hundreds|thousands|tens\s+of\s+thousands)\s+of\s+(?:civilian\s+)?victims)\b"
                            r"(?!\s+(?:of|were|was|had|have|in|and)\b)", re.I)
_LEADING_ARTICLE = re.compile(r"^(?:an?|the)\s+", re.I)


_CAUSED_DEATH = re.compile(r"\b(?:resulting in|resulted in|causing|caused|led to)\s+(?P<whose>his|her)\s+death\b", re.I)
_THEN_DIED = re.compile(r"^(?:(?!\b(?:told|said|says|saying|that|whose|his|her|their|and)\b)[^;:]){0,120}?\s(?:(?:has|have|had)\s+)?(?:later\s+|since\s+)?"
                        r"(?:died|was pronounced dead|were pronounced dead)\b", re.I)
_LEFT_WINDOW = 200  # patterns anchored at a figure read this far back, not to the sentence's start


def _number_ends(text: str, end: int) -> bool:
    """Whether ``text[:end]`` ends in a digit, spaces aside (r"\d\s*$", without a scan from the start)."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end > 0 and text[end - 1].isdecimal()
_TALLY_LIST = re.compile(r"^\s*,?\s+\d+\s+(?:injured|wounded|hurt)\b", re.I)  # "1 killed 3 injured": a list, not an agent
_ONE_DEATH = re.compile(r"^\s+death\b(?!\s+(?:of|toll|row|penalty|sentence|threat|threats|certificate))", re.I)
_A_GUNSHOT = re.compile(r"^\s+(?:shot|round|bullet|gunshot)\b(?!\s+(?:dead|and|in|at|on|to|by|after|while|during|near|outside|inside|,)\b|\s*[,.;:-]|\s*$)", re.I)
_FLOATING = re.compile(r"\b(?:were|are|have|had|been|who|they|them|we|us)$")
_MAY_DATE = re.compile(r"\bMay\s+$")
_SHOT_VICTIMS = re.compile(r"(?:\s+[\w'’-]+){0,2}?\s+(?:shooting|gunshot)\s+victims?\b", re.I)
_WHO_DIED = re.compile(r"^(?P<vict>(?:\s+[\w'’-]+){0,4}?)\s+who\s+(?:was|were|had been)\s+[^,.;]{1,100}?\s+(?:(?:has|have|had)\s+(?:since\s+|now\s+|later\s+)?)?died\b", re.I)
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$", re.I)
_PRISONERS_DIED = re.compile(
    r"^\s*,?\s*(?:who\s+)?(?:were|was|have been|had been|are|reportedly|also|all|\s)*\s*(?:killed|dead|died|executed|shot dead|murdered|burned to death)\b", re.I)
_WITH = re.compile(r"\bwith\s*$", re.I)  # "a party of 400 people ends with one dead"
_COORDINATED = re.compile(r"(?:\band|,|\bor)\s*(?:(?:his|her|their|the)\s+)?$", re.I)
_BODY = re.compile(r"\bbod(?:y|ies)\s+of\b", re.I)
_DETERMINERS = frozenset("a an another the his her their its this that one".split())


_SUBSET_WORD = re.compile(r"\b(?:including|among them|among whom|of whom|of them|among those|among the dead|among the victims)\b", re.I)
_CLAUSE_BREAK = re.compile(r"[;:]|\b(?:were|was|are|is|have|has|had)\b", re.I)


_CONDITION = re.compile(
    r"\s+(?:(?:people|persons?|victims?|of them|men|women)\s+)?(?:who\s+)?(?:(?:is|was|are|were|remains?|remained|(?:was|were)\s+left|left)\s+)?"
    r"(?:listed\s+)?(?:in\s+(?:\w+\s+){0,3}condition\b|(?:critically|seriously)\b(?!\s+(?:and|or)\b)|with\s+(?:\w+[\s-]+){0,4}injuries\b)", re.I)
_NEXT_PART = re.compile(r"[^,;]{0,70}?(?:,\s*and|,|and)\s+(?:the\s+)?(?:other\s+)?", re.I)
# "left a baby among the injured": one of the group counted before
_AMONG_THE = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?among\s+(?:the|those)\s+(?:injured|wounded|hurt|dead|killed|victims|casualties)\b", re.I)
_CONDITION_JOIN = re.compile(r"[^;:.]{0,60}?(?:,\s*with|,|\bwith|,?\s+and|\s[—–-])\s+", re.I)


def _in_condition(sentence: str, group: Mention, ment: Mention, between: str) -> bool:
    """A smaller figure after a group of the hit, stating only how some of them are ("four
    people were shot, with two in serious condition"), is a part of the group."""
    return (group.metric in ("wounded", "shot", "casualties") and ment.metric in ("wounded", "shot", "casualties")
            and ment.figure.value is not None and group.figure.value is not None and ment.figure.value < group.figure.value
            and bool(_CONDITION_JOIN.fullmatch(between)) and bool(_CONDITION.match(sentence, ment.figure.end)))


def _within_subset(between: str) -> bool:
    """"…, including two soldiers and at least one citizen": still inside the subset list."""
    m = _SUBSET_WORD.search(between)
    return bool(m) and not _CLAUSE_BREAK.search(between[m.end():])


def after_metric(cue: str) -> str:
    """The metric of a cue after the figure: a listed phrase, or the wound phrase. "Sustained
    non-fatal wounds" are wounded; "found suffering from a gunshot wound" were hit, and may have
    died since (the document's wounded figure is then derived from them)."""
    listed = cues()["after"].get(_key(cue))
    if listed:
        return listed
    if re.search(r"\b(?:non-?fatal|non-life-threatening|minor)\b", cue, re.I):
        return "wounded"
    return "killed" if re.search(r"\b(?:fatal|mortal)\b", cue, re.I) else "shot"


def _key(cue: str) -> str:
    return re.sub(r"\s+", " ", cue.lower())


def _clause_start(sentence: str, pos: int) -> int:
    cut = max(sentence.rfind(";", 0, pos), sentence.rfind(":", 0, pos))
    return cut + 1
