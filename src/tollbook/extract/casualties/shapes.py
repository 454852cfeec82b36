"""The words and phrase shapes every casualty pass reads, and the record they produce.

``Mention`` is one figure in a sentence with what befell whom. ``cues()`` is data/cues.json
(the cue words before, after and around a figure); ``patterns()`` compiles the phrase shapes
built from it once, on first use. The small helpers here are shared by several passes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...regexes import compiled
from ...lexicon import alternation, data_json, table_key
from ...records import Figure, _quick_init
from ...required import required_words
from ...resolve import country_in, demonym_regex
from ...victims import is_person_noun, victim_tables
from ..numbers import changed_verb, figure_regex, word_pattern


@_quick_init  # (made for every figure read: records._quick_init)
@dataclass(frozen=True)
class Mention:
    """One casualty figure in a sentence (offsets inside the sentence)."""

    figure: Figure
    metric: str
    unit: str
    victims_text: str
    part_of: int | None = None  # index, in the sentence's mentions, of the larger figure
    how: str = ""  # "detonated": a suicide bomber's own death, counted only if nothing else counts the attackers;
    # "wounded": those hit told as wounded, some of them dead later ("five wounded, one of them mortally"),
    # "fatally" those dead ("one of them mortally")
    owner: str = ""  # "Russia lost 950 soldiers": the words naming whose losses they are


@lru_cache(maxsize=1)
def cues() -> dict:
    return data_json("cues.json")


# a headline's label before its words: "Police: ", "Sheriff's Office: ", "UPDATE: " (one or two
# capitalised words and a colon)
_LABEL = r"(?P<label>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?:\s+)?"
# " and " before what follows it, for a test of whether a sentence may hold a pattern's second
# half: "and" found by its letter, the space before it looked back at (the engine skips ahead
# to an "a"; the same sentences as "\s+and\s+…", several times faster)
AND_THEN = r"a(?<=\sa)nd\s+"
# a gun turned on oneself, after "turned": "the rifle on" (himself); read as a death
# (figure_cues) and as the victim's pronoun (the reflexive pattern)
GUN_ON = r"(?:the|a|his|her)\s+(?:gun|weapon|rifle|shotgun|handgun|pistol|firearm)\s+on"


# after "were arrested and later": not a verb that takes an object, then its object ("were
# arrested and later killed two guards": they killed, they are not the dead)
_NO_OBJECT = (r"(?!(?:killed|executed|murdered|shot|wounded|injured)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|"
              r"several|dozens|scores|hundreds|some|many|a|an|the|his|her|their|its|\d+|[a-z]{2,}s)\b)")


@lru_cache(maxsize=1)
def patterns() -> dict[str, re.Pattern[str]]:
    c = cues()
    after, before, toll = c["after"], c["before"], c["toll"]
    stop = alternation(c["victim_stop"] + [a for a in c["aux"] if " " not in a] + list(after) + list(before))
    # the object of "killed": people nouns among the after-cues are victims there ("killed 53 prisoners")
    nouns_too = set(c["cue_nouns"])
    object_stop = alternation(c["victim_stop"] + [a for a in c["aux"] if " " not in a]
                              + [a for a in after if a not in nouns_too] + list(before))
    kinds_alt = alternation(list(victim_tables()["kinds"]))
    # an age bound is part of the victim words: "girls younger than 14", "boys under 7"
    # ("under the age of 15" is not read: such figures are mostly statistics of a year or a place)
    vword = (rf"(?:(?-i:\(?[A-Z]{{2,}}\)?)(?![\w'’-])|\d+(?:st|nd|rd|th)\b|(?:(?<=father of )|(?<=mother of )|(?<=parent of )|(?<=dad of )|(?<=mom of ))\d+\b|\([^()]{{1,80}}\)"
             rf"|(?:younger|older)\s+than(?=\s+(?:\d{{1,3}}|{word_pattern()})\b)|(?:(?<=under )|(?<=over )|(?<=below )|(?<=above )|(?<=than ))\d{{1,3}}\b"
             rf"|(?!(?-i:[A-Z]{{2,}})(?![\w'’./-]))(?!(?:{stop})(?![\w'’-])(?!\s+(?:{kinds_alt})\b))(?:[A-Za-z][\w'’./-]*|\d+-[A-Za-z][\w-]*))")
    paren = (rf"(?:,\s*(?:{alternation(c['paren_starts'])})\b(?:(?!\b(?:were|was|are|is)\s+(?:\w+ly\s+)?(?:killed|injured|wounded|hurt|shot|dead)\b)[^;]){{0,120}}?,|{_WOUNDED_ASIDE}|\s*(?:--|[—–])\s*(?:{alternation(c['paren_starts'])})\b[^;—–]{{0,120}}?(?:--|[—–])|\s*\((?:{alternation(c['paren_starts'])})\b[^;()]{{0,120}}\)|\s+[-–—]{{1,2}}\s+(?:\d+|{word_pattern()}|an?)\s[^;—–]{{0,80}}?\s[-–—]{{1,2}}(?=\s)|,\s*(?:(?:believed to be|thought to be|aged|ages)\s+)?\d{{1,2}}(?:\s*(?:,|,?\s*and)\s*\d{{1,2}})*\s*(?:,|(?=\s+(?:were|was|are)\b))|,?\s+(?:including|among them)\s+(?:(?!(?:who|that|which)\b)[^,;]){{1,80}}?(?=\s+(?:were|was|have|has|had)\b)"
             # an age range with no commas: "five men between the ages of 21 and 58 were shot"
             rf"|\s+(?:between\s+(?:the\s+)?ages\s+(?:of\s+)?|ages\s+|aged\s+)(?:about\s+)?\d{{1,2}}\s*(?:and|to|-|–)\s*\d{{1,2}}(?![\w-])"
             rf"|\s+ranging\s+(?:in\s+age\s+)?from\s+(?:[\w'’-]+\s+){{1,3}}?to\s+(?:(?:their|the)\s+)?(?:(?:early|mid|late)[\s-])?(?:\d{{1,2}}s?|teens|twenties|thirties|forties|fifties)(?![\w-]))")
    tverbs = alternation(c["toll_verbs"])
    changed = changed_verb()  # "the toll rose from 12 to": the count now
    after_alt = f"{alternation(list(after))}|{c['wound_phrase']}|{c['hospital_phrase']}"
    fate, fate_wounded = named_fate(), named_fate(wounds=True)
    named = (r"(?<![\w'’-])(?P<name>[A-Z][a-z'’-]+(?:\s+(?:[A-Z]\.\s*)?[A-Z][a-z'’-]+){0,3})"
             r"(?P<app>,\s+[^,;]{2,120},|\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?")
    kinds = victim_tables()["kinds"]
    not_single = set(victim_tables()["not_singular"])
    single = sorted(single_nouns())
    nouns = alternation(list(kinds))
    pair_second = rf"(?P<b>(?i:{alternation(single)}))\b(?!\s+(?:of|who)\b)"
    return {
        "right": compiled(
            rf"^[”\"’]?(?P<vict>(?:\s+{vword}){{0,14}}?)(?<! and)(?<! or)(?P<paren>\s*{paren})?"
            rf"(?P<aux>(?:\s*,?\s+(?:{alternation(c['aux'])}|(?!fatally\b|mortally\b)[a-z]{{3,}}ly(?![\w'’-])))*)\s*(?:(?!died\b|killed\b)(?:[a-z]+ed|struck|hit|beaten)\s+and\s+(?:(?:later|then|subsequently|eventually)\s+{_NO_OBJECT})?)?(?<![\w-])(?P<cue>{after_alt})(?![\w])(?!\s+(?:{kinds_alt})\b)",
            re.I,
        ),
        "active": compiled(
            rf"^\s+(?:and\s+(?:\w+ed|hurt)\s+)?(?:at least\s+|the\s+|his\s+|her\s+|their\s+|its\s+|a\s+|an\s+|another\s+|all\s+(?={word_pattern()})|(?:{word_pattern()})\b|several\s|multiple\s|dozens\s|\d"
            rf"|(?:them|him|himself|herself|themselves)\b|her\b(?!\s+\w)"
            rf"|(?!(?:{alternation(c['not_active_subjects'])})\b)[A-Z][a-z]+)",
        ),
        "active_cue": compiled(rf"^(?:{alternation(c['active_cues'])})$", re.I),
        "before": compiled(rf"(?<![\w])(?P<cue>{alternation(list(before))})\s+(?:(?:a|an|the)\s+family\s+of\s+)?(?:(?:the|his|her|their|its|both|all|another)\s+)?"
                             rf"(?:(?:{alternation(single)})\s+)?$", re.I),
        # "the number of residents who died from shelling increased to 2": a toll by its relative clause
        "toll_who": compiled(
            rf"\bnumber\s+of\s+[^,;:.]{{1,60}}?\s+(?:who|that)\s+(?:have\s+|had\s+|were\s+|have\s+been\s+)?"
            rf"(?:(?P<killed>died|killed|perished)|(?P<wounded>injured|wounded|hurt))\b[^,;:.]{{0,80}}?(?:\s+(?:{tverbs}))+\s*$", re.I),
        # "destroyed an enemy howitzer and seven invaders": a verb's second object, the first uncounted
        "before_and": compiled(rf"(?<!\bthe )(?<!\ban )(?<!\ba )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bis )(?<!\bare )(?<![\w])"
                                 rf"(?P<cue>{alternation(list(before))})"
                                 rf"(?:\s+(?:an?|the|his|her|their|its|[\w-]+['’]s)\s+(?:[A-Za-z][\w'’-]*\s+){{0,3}}?[A-Za-z][\w'’-]*(?:\s*,\s*(?:and\s+)?|\s+and\s+)){{1,4}}$", re.I),
        "toll": compiled(
            rf"(?<![\w])(?P<cue>{alternation(list(toll))})(?P<of>\s+(?:of|among|for|from|in|on|near|along|at|during|over|since)\s+[^,;:.]{{1,140}}?"
            rf"|\s+(?:this\s+(?:week|month|year)|so\s+far))?"
            rf"(?:\s+(?:{tverbs}|{changed}from\s+[\w,.]+(?:\s+\w+)?\s+to))+\s*$",
            re.I,
        ),
        "object": compiled(
            rf"^(?P<vict>(?:\s+(?!(?:{object_stop}|in|at|on|during|when|and|with|near|as|by|from|to|after|while|inside|outside|overnight|"
            rf"yesterday|today|tonight|last|this|earlier|later|recently|since|so|far|over|across|along|off|out)(?![\w'’-]))(?:[A-Za-z][\w'’./-]*|\d+-(?:year|month|week|day)-old)){{0,5}})",
            re.I,
        ),
        "coord": compiled(rf"^(?P<vict>(?:\s+{vword}){{0,5}}?)\s*(?:,\s*and|,|and)\s*(?:(?:the|his|her|their|its)\s+)?$", re.I),
        "subset_before": compiled(rf"(?:{alternation(c['subset_before'])})\s*$", re.I),
        "subset_after": compiled(r"^\s+of\s+(?:them|whom|those)\b", re.I),
        # "five were shot, one of them fatally", "six people wounded -- two mortally": some of the hit died
        # (the adverb alone only as the clause's last word: not "two fatally shot on Monday")
        "subset_died": compiled(r"^\s+(?:of\s+(?:them|whom|those)\s+(?:\w+\s+){0,2}?(?:fatally|mortally|died|dead|killed|succumbed|later died)\b|(?:fatally|mortally)(?=\s*(?:[,.;:)—–-]|$)))", re.I),
        "partitive": compiled(rf"^\s+{c['partitive']}\s+", re.I),
        "partitive_cue": compiled(
            rf"^(?:[\w'’-]+,?\s+){{0,12}}?(?:(?:{alternation(c['aux'])})\s+)*(?<![\w-])(?P<cue>{after_alt})(?![\w])", re.I),
        # (the look-behind after the article's first letter, not before it: the engine skips
        # ahead to an "a" instead of trying the pattern at every position)
        "agent_singular": compiled(
            rf"(?P<art>[Aa](?<!\w.)n?)\s+(?=(?:[\w'’-]+\s+){{0,3}}?(?P<noun>[a-z]+(?:{alternation(victim_tables()['agent_suffixes'])}))\s+"
            rf"(?:(?:was|has been|had been|is)\s+(?:\w+\s+)?)?(?i:killed|died|shot dead|stabbed to death|beaten to death|murdered|assassinated|executed|wounded|injured|hurt|shot)\b"
            # "A gunman killed three": the gunman fired
            rf"(?!\s+(?:{word_pattern()}|\d|an?\b|the\b|his\b|her\b|their\b)))"),
        "headline": compiled(
            rf"^{_LABEL}(?P<says>(?:[A-Z][\w'’.-]*\s+)(?:[A-Za-z][\w'’.-]*\s+){{0,3}}(?:says|say|reports|report|claims|claim)\s+)?(?:[A-Z][\w'’.-]*\s+(?:(?!(?:who|that|which|was|is|has|had|after|by|in|of|and|or)\b)[a-z][\w'’-]*\s+)?|\d+-(?i:year|month)-(?i:old)\s+){{0,3}}(?P<noun>(?i:{alternation(single)})|\d+-(?i:year|month)-(?i:old)|(?P<agent>(?i:[a-z]{{3,}}(?:er|or|ist|ian))))\s+(?:was\s+|is\s+)?(?:\w+ly\s+)?"
            rf"(?i:killed|dies|died|dead|wounded|injured|hurt|shot dead|shot|captured|missing|hit by|struck by|suffers|sustains|in critical condition|in serious condition)\b"
            # "Boy Shot, Killed Brother": the boy fired
            rf"(?!,?\s+(?:and\s+)?(?i:killed|kills|wounded|wounds|injured|injures)\s+(?:[A-Z](?![a-z]+ing\b)|(?i:his|her|their|a|an|the)\b))"),
        # "Soldier, civilian killed in clashes": two bare nouns share a headline's verb
        "headline_pair": compiled(
            rf"^{_LABEL}(?:[A-Z][\w'’.-]*\s+){{0,2}}(?P<a>(?i:{alternation(single)}))(?:,|\s+and)\s+(?:[A-Za-z][\w'’.-]*\s+){{0,2}}?(?P<b>(?i:{alternation(single)}))"
            rf"\s+(?:was\s+|were\s+)?(?i:killed|dead|die|wounded|injured|hurt|shot dead)\b"),
        # "a father and daughter dead": two people sharing one article
        "article_pair": compiled(rf"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w'’-]+\s+)?(?i:{alternation(single)})\s+and\s+{pair_second}"),
        # its second noun alone: a sentence without it holds no pair (searched first: the
        # pattern tries a noun after every article)
        "pair_second": compiled(AND_THEN + pair_second),
        "cue_article": compiled(rf"(?<![\w])(?P<cue>{alternation(c['article_verbs'])})\s+(?P<art>an?|his|her|their)\s+", re.I),
        "headline_object": compiled(
            rf"\b(?i:kills|killed|kill|slays|slay|wounds|wounded|injures|injured|shoots|fatally shooting|fatally shoots)\s+(?P<np>(?:[A-Z][\w'’.-]*\s+|(?!(?:by|in|at|on|of|after|during|near|with|as|from|for|to|while|when)\b)(?-i:[a-z]+)\s+|\d+-(?i:year|month)-old\s+){{0,2}}(?i:{alternation(single)})|\d+-(?i:year|month)-old)"
            rf"(?=\s*$|\s+(?:in|near|on|at|during|as|after|amid|with|while)\b|\s+[-–—]\s|;)"),
        # "Ukraine shoots down Russian jet", "rebels who downed plane": one piece of equipment
        "headline_thing": compiled(
            rf"\b(?i:shoots\s+down|shot\s+down|downs|downed|destroys|destroyed)\s+(?P<np>(?:[A-Z][\w'’.-]*\s+|(?!(?:by|in|at|on|of|after|during|near|with|as|from|for|to|while|when|the|a|an|two|three|four|five)\b)(?-i:[a-z]+)\s+){{0,2}}"
            rf"(?i:{alternation(victim_tables()['equipment_single'])}))"
            rf"(?=\s*$|\s+(?:in|near|over|on|at|during|as|after|amid|with|while)\b|\s+[-–—]\s|[;:,])"),
        # "Russian jet shot down over Kharkiv": the thing, bare, as the headline's subject
        "headline_thing_subject": compiled(
            rf"^(?P<np>(?:[A-Z][\w'’.-]*\s+){{0,3}}(?i:{alternation(victim_tables()['equipment_single'])}))\s+(?:was\s+|is\s+)?(?i:shot\s+down|downed|destroyed)\b"),
        "named": compiled(named + rf"(?={fate})"),
        "named_wounded": compiled(named + rf"(?={fate_wounded})"),
        # what "named" looks for after the name, alone: a sentence without it holds no match of
        # "named", which tries every capital (searched first: most sentences have none)
        "named_fate": compiled(fate),
        "named_fate_wounded": compiled(fate_wounded),
        # "the bomber detonated, killing himself": the attacker is among the dead.
        "reflexive": compiled(rf"(?<!\bthe )\b(?:killing|killed|kills|shooting|shot|shoots|fatally shooting|fatally shot|turn(?:ing|ed|s)\s+{GUN_ON})\s+(?P<who>himself|herself)\b", re.I),
        # "opened fire on a civilian, killing him": one dead (merged with the civilian if counted)
        "pronoun_object": compiled(r"\b(?:killing|killed|shot dead|shooting dead|stabbing to death|stabbed to death|executing|executed)\s+(?P<who>him|her)\b(?!\s+(?:own|self))", re.I),
        "body": compiled(
            r"(?<![\w])(?P<np>(?:[Tt]he|[Aa]n?)\s+(?:[\w'’-]+\s+){0,2}?bod(?:y|ies)\s+of\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)"
            r"(?=\s+(?:was|were|has been|had been|have been)\s+(?:\w+\s+){0,2}?"
            r"(?:found|discovered|recovered|retrieved|pulled|dumped|exhumed|unearthed)\b)"),
        # "He died at the hospital": one dead, most often someone counted already (merged then)
        "pronoun_died": compiled(
            r"\b(?P<who>[Hh]e|[Ss]he)\s+(?:(?:later|eventually|subsequently|also|was later|has since)\s+)?"
            r"(?:died|was pronounced dead|was declared dead|pronounced dead|succumbed|passed away|was killed)\b"),
        "pronoun_dead": compiled(r"\b(?:shot|shooting|beat|beating|stabbed|stabbing|hacked|hacking|found|discovered)\s+(?P<who>him|her)\s+(?:dead|to death)\b", re.I),
        # "deputies found Durcan dead"
        "found_dead": compiled(r"\b(?:found|discovered)\s+(?:\d+-year-old\s+)?(?P<who>(?:[A-Z][a-z'’-]+\s+){0,2}[A-Z][a-z'’-]+)(?:\s+of\s+[A-Z][a-z]+)?\s+(?:dead|shot dead|shot to death)\b"),
        # "The hostages were killed": as many as the document counted before.
        # (the determiner's first letter first, the word start looked back at after it: the
        # engine skips ahead to those letters, where a look-behind first tried every position)
        "anaphoric": compiled(
            rf"(?P<det>[TtAaBb](?<![\w].)(?:(?<=[Tt])he|(?<=[Aa])ll the|(?<=[Bb])oth))\s+(?=(?:{alternation([w for w in kinds if w.endswith('s') and w not in not_single])})\b"
            rf"(?:,[^,]{{1,100}},)?\s+(?:were|have been|had been)\s+(?:\w+\s+){{0,2}}?(?i:killed|shot dead|shot and killed|executed|found dead|beheaded|murdered"
            # "The hostages were injured and then released": the captives came back hurt
            rf"|(?:injured|wounded|hurt)\s+(?:and|before\s+being)\s+(?:then\s+|later\s+)?(?:released|freed)))"),
        # "her mother": a possessive, not a pronoun victim
        "determines": compiled(rf"\s+(?:[\w'’-]+\s+){{0,3}}?(?:{alternation(victim_tables()['relations'])})\b", re.I),
        "bare_plural": compiled(
            rf"(?:^|(?<=[-–—:;] ))(?!(?:The|These|Those|Both|All|Their|His|Her|Its|Our|Some|Many|Several|Other)\b)(?P<np>(?:[A-Z][\w'’-]*\s+){{0,2}}(?i:{alternation([w for w in kinds if (w.endswith('s') or w in IRREGULAR_PLURALS) and w not in not_single and ' ' not in w])}))"
            rf"(?=\s+(?:were\s+|are\s+)?(?i:killed and wounded|killed and injured|killed|dead|wounded|injured|hurt)\b)"),
        "vague_casualties": compiled(r"\b(?:heavy|major|significant|mass|numerous|serious|huge|massive)\s+(?=(?:casualties|losses)\b)"
                                       r"|\b(?P<suffer>suffers?|suffered|suffering|sustains?|sustained|sustaining|incurs?|incurred)\s+(?=(?:casualties|losses)\b)"
                                       r"|\bthe\s+(?=losses\s+of\s+(?:the\s+)?(?-i:[A-Z])[a-z]+\s+(?:troops|forces|army|military|servicemen|soldiers|occupiers|invaders)\b)"
                                       r"|\bfirst\s+(?:(?:combat|military|civilian|reported|confirmed)\s+)?(?=casualties\b)"
                                       r"|(?:\b(?P<adj>(?-i:[A-Z][a-z]+(?:ian|ish|ese))\s+))?(?=casualties\s+(?:reported|rise|rises|climb|climbs|mount|mounts)\b)", re.I),
        # "Ukraine reports first combat death since truce": one dead
        "first_death": compiled(r"\bfirst\s+(?:(?:combat|military|civilian|reported|confirmed)\s+)?(?:death|fatality)\b(?!s)", re.I),
        "there_are": compiled(rf"\bthere\s+(?:is|are|was|were|have been|has been)\s+(?P<what>{alternation(list(c['there_are']))})\b(?!\s+(?:of|among|in the)\b)", re.I),
        "units": compiled(rf"^\s*(?:-\s*(?:year|month|week|day)|-\s*\d|%|(?:{alternation(c['units_not_victims'])})(?![\w]))", re.I),
        "noise_before": compiled(rf"(?<![\w])(?:{alternation(c['noise_before'])})\s*$", re.I),
        "ages": compiled(r"\bage[sd]?(?:\s+of)?\b[\s\d,and-]*$", re.I),
        "apposition_age": compiled(rf"(?:[A-Z][\w'’.-]*|\b(?:{nouns}))\s*[,(]\s*(?:also\s+|aged\s+|age\s+|both\s+)?$", re.I),
        "address": compiled(r"^\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Court|Ct|Place|Pl|Highway|Hwy|Parkway|Pkwy|Circle|Terrace|Trail)\b|^\s+block\b"),
        "person_after": compiled(rf"^\s+(?:[\w'’-]+\s+){{0,2}}?(?:{nouns})\b", re.I),
        "then_died": compiled(rf"^(?:\s+[\w'’-]+|\s*,\s+[a-z]+(?:ed|en|wn)){{0,4}}?\s*,?\s*{c['then_died']}\b(?!\s+(?:an?|the|his|her|their|\d)\b|\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?-i:[A-Z]))", re.I),
        "to_death": compiled(r"^\s*(?:to death|dead)\b", re.I),
        "along_with": compiled(rf"\b(?:{c['along_with']})\s+$", re.I),
        "in_addition": compiled(
            rf"\b(?:{c['in_addition']})\s+(?:the\s+)?(?P<n>two|three|\d+|a|an|one)?\s*(?:suicide\s+)?(?P<perp>bomber|bombers|assailant|assailants|attacker|attackers|gunman|gunmen|perpetrator|perpetrators)\b", re.I),
    }


@lru_cache(maxsize=1)
def _before_tails() -> frozenset[str]:
    """Every word that can end what ``patterns()["before"]`` matches: a cue's last word, "of",
    a determiner ("lost another 520 soldiers"), a single noun's last word. A text ending in another word cannot match."""
    words = {k.split()[-1].lower() for k in cues()["before"]} | {"of", "the", "his", "her", "their", "its", "both", "all", "another"}
    return frozenset(words | {w.split()[-1].lower() for w in single_nouns()})


@lru_cache(maxsize=None)
def pattern_words(key: str) -> tuple[str, ...] | None:
    """The words a pattern of :func:`patterns` cannot match without (tollbook/required.py), for
    a substring test before it: "He died" needs "died", which three in four sentences holding
    "he " lack; "in addition to the bomber" needs one of "in addition", "besides", …"""
    rx = patterns()[key]
    return required_words(rx.pattern, rx.flags)


def _first_words(phrases) -> frozenset[str]:
    return frozenset(re.match(r"[a-z]*", p.lower()).group() for p in phrases)


@lru_cache(maxsize=1)
def cue_heads() -> frozenset[str]:
    """The first word of every cue that may follow a figure, and of the wound phrase's verbs."""
    return _first_words(list(cues()["after"]) + ["sustained", "suffered", "suffers", "received", "receiving", "suffering", "being", "treated"])


@lru_cache(maxsize=1)
def toll_heads() -> frozenset[str]:
    return _first_words(cues()["toll"])


def has_word(words: frozenset[str], text: str) -> bool:
    """Whether ``text`` holds one of ``words`` (lower-case letters) as a whole word: a run of
    letters "a" to "z" of ``text.lower()`` with none either side, as ``_WORD_LOWER`` reads them; a
    test that lets a costly regex be skipped."""
    return _whole_words(words).search(text.lower()) is not None


@lru_cache(maxsize=8)
def _whole_words(words: frozenset[str]) -> re.Pattern[str]:
    """``words`` as one pattern, each found only where no letter stands either side. Each word is
    written letter first, the letter before it looked back at ("k(?<![a-z].)illed"): the pattern
    opens with a choice of letters, so the engine skips ahead to one, and stops at the first word
    found (where a list of every word of the text cost an object per word)."""
    by_first: dict[str, list[str]] = {}
    for w in words:
        if _WORD_LOWER.fullmatch(w):  # (no other word is ever a run of those letters)
            by_first.setdefault(w[0], []).append(w[1:])
    return compiled("|".join(f"{c}(?<![a-z].)(?:{alternation(rests)})(?![a-z])" for c, rests in sorted(by_first.items())) or "(?!)")


_WORD_LOWER = compiled(r"[a-z]+")
# the word before the spaces that end a text, as a pattern: what last_word reads (tests hold
# them to each other)
_LAST_WORD = compiled(r"([\w'’-]+)\s+$")


def last_word(text: str, lo: int = 0) -> str | None:
    """The word before the spaces that end ``text``, from ``lo`` on: what
    ``_LAST_WORD.search(text, lo)`` finds as its group, read backwards from the end (a search
    forwards tries every position: ten times slower). ``None`` if ``text`` ends in no space."""
    end = len(text.rstrip())  # (rstrip's spaces are the pattern's "\s")
    if end == len(text) or end <= lo:
        return None
    # most last words are letters or digits alone: the text's last run without a space, whole
    # (split in C), where the loop below would read it a character at a time
    tail = text[lo:end].rsplit(None, 1)[-1]
    if tail.isalnum():
        return tail
    start = end
    while start > lo and (text[start - 1].isalnum() or text[start - 1] in "_'’-"):  # "\w" or "'’-"
        start -= 1
    return text[start:end] if start < end else None


def before_cue(text: str) -> re.Match[str] | None:
    """``patterns()["before"]`` searched at the end of ``text``, after a set lookup of its last
    word rules most texts out (the regex alone is the costliest step of candidate search)."""
    last = last_word(text, max(len(text) - 40, 0))
    if not last or last.lower() not in _before_tails():
        return None
    return patterns()["before"].search(text)


IRREGULAR_PLURALS = frozenset(data_json("victims.json")["irregular_plurals"])


@lru_cache(maxsize=1)
def single_nouns() -> frozenset[str]:
    kinds = victim_tables()["kinds"]
    not_single = set(victim_tables()["not_singular"])
    return frozenset(w for w in kinds if not w.endswith("s") and w not in not_single and w.split()[-1] not in IRREGULAR_PLURALS)


@lru_cache(maxsize=1)
def insurgent_names() -> frozenset[str]:
    return frozenset(victim_tables()["insurgent_names"])


@lru_cache(maxsize=1)
def single_equipment() -> frozenset[str]:
    return frozenset(victim_tables()["equipment_single"])


_LEADING_BE = compiled(r"^\s+(?:are|were|is|was)\b")
_OF_THE_WHOLE = compiled(rf"\s+(?:out\s+)?of\s+(?:(?:the|those|these)\s+)?(?:\d[\d,]*|{word_pattern()})(?=\s)", re.I)
_SPACES = compiled(r"\s+")
_PARTICIPLE_AFTER_NOUN = compiled(r"(?<=[A-Za-z])\s+[a-z]+ing\b")


def victims_after(text: str) -> str:
    text = _LEADING_BE.sub("", text)
    # "three of the five approaching enemy drones": the whole they are taken from, then its words
    # (as many as after a bare figure: the partitive's own words do not use them up), up to a
    # participle after its noun ("two of the six trucks carrying troops": the trucks, not the troops)
    whole = _OF_THE_WHOLE.match(text)
    if whole and (m := patterns()["object"].match(text[whole.end():])) and m.group("vict").strip():
        vict = _PARTICIPLE_AFTER_NOUN.split(m.group("vict"), maxsplit=1)[0]
        return (text[:whole.end()] + vict).strip().rstrip(".,")
    m = patterns()["object"].match(text)
    if m is None:
        return ""
    vict = m.group("vict")
    if _IN_A_NAME.search(vict) and (more := _NAME_GOES_ON.match(text, m.end())).end() > m.end() \
            and not insurgent_names().intersection((vict + more.group()).lower().split()):
        # "servicemen of the 113th Territorial Defence Brigade of the Armed Forces of Ukraine": the
        # name their words were cut inside runs on to its end (where the side is often named);
        # not an armed group's ("the People's Liberation Front of India": where it fights)
        vict += _name_run_on(more.group(), text[more.end():more.end() + 2])
    return vict.strip().rstrip(".,")


def _name_run_on(more: str, after: str) -> str:
    """The words of a name a victim phrase was cut inside, as far as they are the name's: a
    country only where it ends the name ("… of the Armed Forces of Ukraine"), not inside one ("the
    Freedom of Russia Legion"), nor an owner of what follows ("… of Ethiopia's north"), nor a
    people's adjective opening the next words ("… Special Police Russian media reported")."""
    stop = _NOT_IN_A_NAME.search(more)
    if stop is not None:
        more = more[:stop.start()]  # ("… Army Tuesday, …", "… of Myanmar's Rakhine state", "… Forces And Wagner")
    for m in demonym_regex().finditer(more):
        rest = more[m.end():]
        if rest.strip() in _STATE_WORDS or _FORCE_NAME_REST.fullmatch(rest):
            break  # "… of the Russian Federation", "… of the Ukrainian Ground Forces": the side's own name ends it
        if rest or after[:1] in ("'", "’") or after[1:2].islower() and after[:1] == " " and " " not in m.group() \
                and not _is_country_name(m.group()):
            more = more[:m.start()]
            break
    return _NAME_ENDS_BADLY.sub("", more.rstrip())


_STATE_WORDS = frozenset({"Federation", "Republic"})
_FORCE_NAME_REST = compiled(r"(?:\s+[A-Z][\w-]*){0,3}\s+(?:Forces|Navy|Army|Fleet|Guard|Corps|Troops)")
# what ends a name's run-on: a day or a month, "And" in capitals, an owner of what follows
# ("of Myanmar's Rakhine"; but "People's Republic" is one name)
_NOT_IN_A_NAME = compiled(r"\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|"
                          r"August|September|October|November|December|And)\b|\s(?!People['’]s)[A-Z][\w.-]*['’]s\b")


def _is_country_name(word: str) -> bool:
    country = country_in(word)
    return country is not None and country.lower() == word.lower()


# victim words cut off inside a name after "of": "… of the Armed", "… of the"
_IN_A_NAME = compiled(r"\bof(?:\s+the)?(?:\s+(?:[A-Z][\w'’.-]*|\d+(?:st|nd|rd|th)))*$")
# the rest of that name: capitalised words, ordinals, "of" and "the" between them (a dozen words at most)
_NAME_GOES_ON = compiled(r"(?:\s+(?:of|the|[A-Z][\w'’.-]*|\d+(?:st|nd|rd|th))(?![\w'’-])){0,12}")
_NAME_ENDS_BADLY = compiled(r"(?:\s+(?:of|the))+$")


def is_name(count_text: str) -> bool:
    """Whether a figure's words name its victim ("Khan", "Jordan Reeves"), not count them
    ("Two", "The", "a")."""
    return count_text[:1].isupper() and count_text.split()[0].lower() not in DETERMINERS and not figure_regex().fullmatch(count_text)


_PREPOSITION = compiled(r"\s+(?:of|in|from|near|at|on|during|with|across|along)\s+", re.I)


def person_head(victims: str) -> bool:
    """Whether a noun phrase is about people: its head ("servicemen of the 113th Brigade")
    is a person noun, not a thing ("civilian houses")."""
    np = _PREPOSITION.split(victims, maxsplit=1)[0].split()
    # "11 men holding the bridge": what they were doing is no part of the noun phrase
    doing = next((k for k in range(1, len(np)) if np[k].endswith("ing") and np[k].islower() and not is_person_noun(np[k])), None)
    if doing is not None:
        del np[doing:]
    while len(np) > 1 and np[-1].isupper():
        np.pop()  # "100 military APU": the side's abbreviation after the noun, translated word for word
    if len(np) > 1 and np[-1].lower() in ("bomber", "bombers") and _AIRCRAFT_MODIFIER.fullmatch(np[-2]):
        return False  # "a Tu-22 bomber", "two strategic bombers": aircraft, not people
    return bool(np) and (is_person_noun(np[-1]) or (len(np) > 1 and is_person_noun(" ".join(np[-2:]))))


# a word before "bomber" that makes it an aircraft: a model ("Tu-22M3", "B-52", "Su-34") or a kind
_AIRCRAFT_MODIFIER = compiled(r"[A-Z][A-Za-z]{0,3}-?\d[\w-]{0,5}|(?i:strategic|long-range|stealth|heavy|supersonic|nuclear-capable|jet|fighter)")


SOURCE_BEFORE = compiled(r"\b(?:according to|per|citing)\s+(?:the\s+|their\s+|his\s+|her\s+)?$", re.I)
# what befell a named subject ("Khan was shot", "Ahmad, the acting head of the office, died",
# "Reyes, 19, suffered a gunshot wound", "Reyes was treated for a stab wound"): with ``wounds``,
# the wounds of violence a name's own verb tells (suffered, sustained, treated for: not
# "found Reyes suffering from", whose name may be a street's), and the injuries police call
# (non-)life-threatening; not a name's "minor injury" or "injuries to his thumb", which are as
# often a player's or a driver's
_VIOLENT_WOUND = r"(?:gunshot|gun\s+shot|bullet|graze|shrapnel)\s+wounds?"
_HOW_BAD = r"(?:a|an|multiple|several|two|three|apparent|possible|fatal|mortal|non-fatal|nonfatal|serious|critical|minor|life-threatening|non-life-threatening)"


def named_fate(wounds: bool = False) -> str:
    """The fates after a name; with ``wounds``, the wounds of violence its own verb tells too."""
    told = "" if not wounds else (
        rf"|(?:(?:has|had)\s+)?(?:suffered|sustained)\s+(?:{_HOW_BAD}\s+){{0,3}}{_VIOLENT_WOUND}"
        r"|(?:(?:has|had)\s+)?(?:suffered|sustained)\s+(?:non-life-threatening|life-threatening|non-life\s+threatening)\s+injur(?:y|ies)"
        rf"|(?:was|is|has been|had been)\s+(?:being\s+)?treated\s+for\s+(?:{_HOW_BAD}\s+){{0,3}}{_VIOLENT_WOUND}")
    return (r"\s+(?:(?:was|has been|had been|is)\s+(?:\w+\s+){0,2}?(?:killed|shot|stabbed|found dead|pronounced|declared|fatally|murdered|beaten|wounded|injured|hurt)"
            r"|(?:was|has been|had been)\s+(?:beheaded|executed|assassinated|slain|lynched|decapitated|hospitalized|hospitalised)"
            r"|(?:is|was|remains)\s+in\s+(?:critical|serious|stable|grave)\s+condition|(?:later\s+|since\s+|subsequently\s+)?(?:died|dies|passed away)"
            + told + r")\b")


# the words every wound a name's own verb tells holds (named_fate): the longer fates are read
# only in a sentence that holds one
WOUND_VERB_WORDS = ("suffered", "sustained", "treated")


# "A resident, wounded in the shelling, died": the aside tells how; the verb after it, the fate
_WOUNDED_ASIDE = (r",\s*(?:(?:seriously|badly|critically|severely|gravely)\s+)?(?:wounded|injured|hit|shot)\b[^;,]{0,100},"
                  r"(?=\s*(?:later\s+|subsequently\s+|then\s+)?(?:died|dies|has died|succumbed)\b)")
LEFT_WINDOW = 200  # patterns anchored at a figure read this far back, not to the sentence's start


def number_ends(text: str, end: int) -> bool:
    """Whether ``text[:end]`` ends in a digit, spaces aside (r"\d\s*$", without a scan from the start)."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end > 0 and text[end - 1].isdecimal()


DETERMINERS = frozenset("a an another the his her their its this that one".split())


def after_metric(cue: str) -> str:
    """The metric of a cue after the figure: a listed phrase, or the wound phrase. "Sustained
    non-fatal wounds" are wounded; "found suffering from a gunshot wound" were hit, and may have
    died since (the document's wounded figure is then derived from them); injuries that are no
    gunshot's ("sustained severe injuries") are wounded."""
    listed = cues()["after"].get(cue_key(cue))
    if listed:
        return listed
    if _HOSPITAL_PHRASE.fullmatch(cue):
        return "shot"  # "taken to Mercy Medical Center": as "taken to the hospital"
    for metric, words in _wound_words():
        if words.search(cue):
            return metric
    return "wounded"


@lru_cache(maxsize=1)
def _wound_words() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """data/cues.json wound_words: each kind of wound's words, in the order they are tried."""
    return tuple((metric, compiled(rf"\b(?:{alternation(words)})\b", re.I)) for metric, words in cues()["wound_words"])


# a trip to a hospital by name (the cue comes lower-cased: its names are no longer capitals)
_HOSPITAL_PHRASE = compiled(r"(?:taken|transported|rushed|airlifted|flown)\s+to\s.*\b(?:hospitals?|cent(?:er|re)s?)", re.I)


def cue_key(cue: str) -> str:
    """A cue's words as the cue tables hold them: lower case, one space between."""
    return _SPACES.sub(" ", table_key(cue))


def clause_start(sentence: str, pos: int) -> int:
    cut = max(sentence.rfind(";", 0, pos), sentence.rfind(":", 0, pos))
    return cut + 1
