"""A figure's own cue: the casualty wording tied to it by position.

Before it ("killed 21 people"), as a toll ("the death toll rose to 12"), after it ("498 Russian
troops have been killed"), as a subset ("one of them fatally"), or through a group ("one of
three soldiers killed"). ``befell`` reads the words around a cue for what in the end befell
the victims ("was shot and later died").
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from itertools import islice

from ...lexicon import alternation, may_hold
from ...regexes import compiled
from ...records import Figure
from ...required import may_match, required_words
from ...victims import equipment_unit
from ..numbers import figure_regex, tables
from .shapes import (
    GUN_ON,
    Mention,
    after_metric,
    before_cue,
    clause_start,
    cue_heads,
    cue_key,
    cues,
    has_word,
    is_name,
    number_ends,
    patterns,
    toll_heads,
    victims_after,
)
from .units import lost_by_after


# a demonym or a side's possessive right before a toll noun ("the Russian deaths")
_SIDE_BEFORE = compiled(r"\b((?:[A-Z][a-z]+(?:ian|ish|ese|i|an)|[A-Z][a-z]+['’]s)(?:\s+(?:military|civilian|army|troop))?)\s+\S*$")


# small shapes read once a figure, compiled once
_CLAUSE_END = compiled(r"[;:]")
_CLAUSE_OR_STOP = compiled(r"[;:.]")
_RELATIVE = compiled(r"\b(?:who|that|which)\b")
_WHO_THAT = compiled(r"\b(?:who|that)\b")
_WHO = compiled(r"\bwho\b", re.I)
_WHO_WERE = compiled(r"^\s*(?:who|that)\s+(?:were|have been|had been)\b")
_SPACES = compiled(r"\s+")
_OR_NOT = compiled(r"\s+or\s+(?:alive|not)\b", re.I)
_AT = compiled(r"\s+at\b")
_AMONG_OF = compiled(r"\s+(?:among|of)\s")


def _right_match(sentence: str, figures: list[Figure], i: int):
    """Cue after the figure: "498 Russian troops have been killed"; not "a gunman killed three"."""
    p = patterns()
    f = figures[i]
    right = sentence[f.end:]
    if not f.count_text:  # a headline's bare noun: the noun itself is the first victim word
        right = " " + right
    part = p["partitive"].match(right)
    by_number = part is not None and not part.group().rstrip().lower().endswith(_PARTITIVE_WORDS)  # "of 30", not "of the"
    if by_number and not _counts_from_number(right[part.end():], f, sentence[max(0, f.start - 12): f.start]):
        part = None  # (read as before the partitive of a number was one: "one of two girls, …, has died")
    if part:
        # "One of the five people hospitalized has died": the cue comes after the partitive phrase.
        clause = _CLAUSE_END.split(right[part.end():], maxsplit=1)[0]
        cue = p["partitive_cue"].search(clause)
        if not cue:
            return None
        later = p["partitive_cue"].search(clause[cue.end():].lstrip())
        if _RELATIVE.search(clause[: cue.start("cue")]) and p["active"].match(clause[cue.end():]) \
                and not (later and _FINITE.search(later.string, 0, later.start("cue"))):
            return None  # "one of the shooters in the incident that killed X and left five injured": the verbs are the incident's
        if later and (_WHO_THAT.search(clause[: cue.start("cue")])
                      or _FINITE.search(later.string, 0, later.start("cue")) and not _FINITE.search(cue.string, 0, cue.start("cue"))):
            # "One of the victims who was shot in the head died", "one of the five people
            # hospitalized has died": the main verb says what befell them
            cue = later
        if _NOT_PEOPLE.search(clause, 0, cue.start("cue")):
            return None  # "one of those two homicide cases": cases, not people
        if cue.group("cue").lower() == "shot" and _A_SHOT.search(cue.string, 0, cue.start("cue")):
            return None  # "one of them fired at least one shot": a gunshot, not a victim
        if cue.group("cue").lower() in _DOES_TO and _DOES_IT_TO.match(clause, cue.end()) \
                and all(w in _BETWEEN_WORDS or w.endswith("ly") for w in clause[: cue.start("cue")].lower().split()) \
                and part.group().rstrip().lower().endswith("them"):
            return None  # "one of them shot the boy in the leg": the one is who shot
        # "One of the four men, a 30-year-old, was in critical condition": the apposition is the same man
        appos = _PARTITIVE_APPOS.match(clause)
        shift = 0 if f.count_text else 1
        # "23 out of 30 drones were shot down": the whole names the things (no person's words:
        # people are counted as before, by the cue alone)
        whole = _without_trailing_aux(clause[: cue.start("cue")])
        # (a noun phrase of a few words, no clause: not "of the riders who was struck by the car");
        # a whole a number names is the victims' words whatever it counts ("three of four
        # Ukrainian soldiers"), a whole named by "the" only where it counts things
        short = bool(whole) and len(whole.split()) <= _WHOLE_WORDS and not _RELATIVE.search(whole)
        things = part.group().strip() + " " + whole if short and (by_number or equipment_unit(whole)) else ""
        return after_metric(cue.group("cue")), things, (f.end + part.end() + appos.end() - shift) if appos else 0
    if _ONE_DEATH.match(right):
        return "killed", "", 0  # "resulting in 1 death"; not "the 4 people arrested in the death of"
    # cues start at most ~150 characters after a figure; most figures have none, and the regex is slowest to fail
    m = p["right"].match(right) if has_word(cue_heads(), right[:260]) else None
    if not m:
        if not may_match(right, _WHO_WORDS):
            return None  # (both shapes below hold "who": nine in ten texts here have none)
        w = _WHO_DIED.match(right)
        # "A teen who was caught in the crossfire of a shooting has died"
        if w:
            return "killed", w.group("vict").strip(), 0
        # "two men who stormed the post were shot dead by the guards": the relative clause
        # between the victims and their verb
        w = _WHO_THEN_CUE.match(right)
        if w and not _CLAUSE_WORDS.search(w.group("clause")) and not _subject_figure(w.group("clause")) \
                and not (w.group("aux").lower() == "was" and (f.value or 0) > 1):  # ("two doctors who treated the man who was shot")
            return ("wounded" if w.group("cue").lower() in ("wounded", "injured") else "killed"), w.group("vict").strip(), 0
        return None
    # A figure inside the victim words means two coordinated figures: the later one owns the cue.
    vict_end = f.end + m.end("vict") - (1 if not f.count_text else 0)
    # a figure right before the cue owns it: "three shootings … resulted in two deaths"
    # (figures are in order: only those before the end of the victim words)
    # (a plain loop: most figures have none after them, and a generator, takewhile and a lambda
    # cost more than the test)
    for g in islice(figures, i + 1, None):
        if g.start >= vict_end:
            break
        if f.end < g.start and (_COORDINATED.search(sentence[f.end:g.start]) or _WITH.search(sentence[f.end:g.start])
                                or not sentence[g.end:vict_end].strip()):
            return None
    aux = m.group("aux") or ""
    if _FINITE_AUX.match(aux) and (prep := _PREPOSITION_BEFORE.search(sentence, max(f.start - 12, 0), f.start)) \
            and sentence[:prep.start()].strip(_OPENING):
        # "two gunmen who opened fire on 12 worshippers were killed": a preposition's object is
        # no subject of the verb after it (the verb is the relative clause's antecedent's). A
        # preposition that opens the sentence attaches to nothing before it: a word is missing
        # ("At 42 people were killed", for "at least")
        return None
    if _NEGATED.search(aux + " " + m.group("vict")) and not _DEGREE.search(aux):
        return None  # "two passengers were not hurt"; but "not seriously injured" is injured
    if _COUNTERFACTUAL.search(aux) and not (f.count_text[:1].isdigit() or figure_regex().fullmatch(f.count_text or "-")):
        return None  # "she could have been killed": nobody was
    cue = _SPACES.sub(" ", m.group("cue").lower())
    # adverbs ("fatally", "allegedly") do not make a verb passive: "three men fatally shot two others"
    # so is a perfect infinitive: "five men are believed to have killed the guards" fired
    bare = not _NOT_PASSIVE.sub("", _ADVERBS.sub("", m.group("aux") or "")).strip(" ,") or bool(_TO_HAVE.search(aux))
    if bare and not m.group("paren") and p["active_cue"].match(cue) and p["active"].match(right[m.end():]) \
            and not _TALLY_LIST.match(right[m.end():]):
        return None  # active voice: the figure is the agent, not the victims
    if _OR_NOT.match(right[m.end():]):
        return None  # "was dead or alive", "injured or not": a question, not a claim
    if aux.strip(" ,").lower() in ("who", "that") and _AT.match(right[m.end():]):
        return None  # "the officer who shot at the suspect" fired; nobody was hit
    victims = m.group("vict").strip().rstrip(".,")
    if _INFINITIVE.match(victims):
        return None  # "sending hundreds to the shelters and cutting the number of deaths": the hundreds went
    # "both were taken to the hospital, where Loften died": one of the two
    metric = befell(after_metric(cue), aux, right[m.end():], single=(f.value or 0) <= 1)
    if not victims and _AMONG_OF.match(right[m.end():]):
        victims = victims_after(right[m.end():].replace(" among ", " ", 1).replace(" of ", " ", 1))
    # "one person, a former district chief, was killed": the apposition is the same person
    appos = m.group("paren") and _APPOSITION.match(m.group("paren"))
    return metric, victims, (f.end + m.end("paren") - (len(right) - len(sentence) + f.end)) if appos else 0


def _subject_figure(clause: str) -> bool:
    """Whether a relative clause holds a figure that may be a subject: any but a preposition's
    object ("who opened fire on 12 worshippers")."""
    return any(not _PREPOSITION_BEFORE.search(clause, max(d.start() - 12, 0), d.start()) for d in _DIGITS.finditer(clause))


_DIGITS = compiled(r"\d+")


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
    aux = _WHO_WERE.sub("", m.group("aux") or "") if m else ""  # "four teenagers who were struck"
    if not m or m.group("paren") or _FINITE_WORD.search(aux) or metric not in ("killed", "wounded", "shot") \
            or _FINITE_DEATH.fullmatch(m.group("cue")):
        return "", "", "", ""  # (not "one of the four died": the one died, the verb is the one's)
    clause = _CLAUSE_OR_STOP.split(rest[m.end():], maxsplit=1)[0].strip()
    if TALLY.search(clause):
        return "", "", "", ""
    later = p["partitive_cue"].search(clause)
    if later and any(group.end < g.start < group.end + m.end() + len(clause) for g in figures[i + 2:]):
        return "", "", "", ""  # "one of three people killed and 27 wounded that night": a round-up's tally
    if later:
        # the one's fate may differ from the group's: the "hospitalized" five include the one who died
        return "both", "shot" if metric == "wounded" else metric, m.group("vict").strip(), after_metric(later.group("cue"))
    return "group", metric, m.group("vict").strip(), ""


_OF_GROUP = compiled(r"\s+of\s+(?:(?:the|those)\s+)?")
_FINITE_DEATH = compiled(alternation(cues()["finite_death_verbs"]), re.I)  # (never a participle before a verb)
_FINITE_WORD = compiled(r"\b(?:has|have|had|was|were|is|are|who|that|which)\b", re.I)
# "242 people have been shot since January": a running tally, not one incident's victims
TALLY = compiled(r"\b(?:since|so far|this year|last year|a year|per year|each year|every year|in (?:19|20)\d\d)\b", re.I)


def befell(metric: str, aux: str, after: str, single: bool) -> str:
    """What befell the victims, from the metric of the cue after them, read with the words
    before the cue (``aux``) and after it: "were found fatally shot", "was kidnapped and later
    found dead", "was also shot, but survived". ``single``: a figure of one person, who alone
    may be the one that died "at the hospital"."""
    if metric in ("shot", "wounded") and _FATAL_AUX.search(aux):
        return "killed"
    # (each shape of a later death holds one of its words: most texts after a cue hold none)
    if metric in ("captured", "shot", "wounded") and may_hold(after, _LATER_DEATH_WORDS) \
            and (patterns()["then_died"].match(after) or _HAS_DIED.match(after)
                 or may_match(after, _AND_LATER_WORDS) and _AND_LATER_DIED.match(after)
                 or "but" in after and _BUT_DIED.match(after)
                 or single and metric == "shot" and _SHOT_DIES.match(after)
                 or single and _WHERE_DIED.match(after)
                 or single and _OFF_LIFE_SUPPORT.match(after)
                 or "before being" in after and _BEFORE_BEING_KILLED.match(after)):
        return "killed"
    if metric in ("shot", "wounded") and _WHO.search(aux) and _THEN_DIED.match(after):
        return "killed"  # "a boy who was critically wounded on Friday died on Saturday"
    if metric == "shot" and may_match(after, _SURVIVED_WORDS) and _SURVIVED.match(after):
        return "wounded"
    if metric == "captured" and _PRISONERS_DIED.match(after):
        return "killed"  # "47 prisoners were killed": the prisoners are the victims
    return metric


def opens_whole(sentence: str, figures: list[Figure], i: int) -> bool:
    """Whether figure ``i`` is the whole a clause opens with and counts from (_opening_whole)."""
    return _opening_whole(sentence, figures, i) is not None


def _opening_whole(sentence: str, figures: list[Figure], i: int) -> tuple[int, int] | None:
    """Where the words are ("Of the 30 drones", up to its comma) of the whole figure ``i`` is,
    where a clause opens with it and counts from it, with no cue of its own before that comma:
    "Of the 30 soldiers, 23 were killed", "Out of 48 drones, 40 were downed" (not "Of the 66
    people hospitalized, five …": the 66 were hurt); else ``None``."""
    f = figures[i]
    if i + 1 >= len(figures) or (m := _WHOLE_OPENS.search(sentence, max(0, f.start - 40), f.start)) is None:
        return None
    comma = sentence.find(",", f.end, figures[i + 1].start)
    if comma < 0 or patterns()["right"].match(sentence[f.end: comma]):
        return None
    return m.start("of"), comma


def _counts_from_number(after: str, f: Figure, left: str) -> bool:
    """Whether a part counts from a whole named by a number ("23 of 30 drones were shot down",
    ``after`` the words after "of"): a short noun phrase of words, then the cue. Not "one of":
    "one of three soldiers killed" is one of the three killed (_one_of_group); not "Image 7 of
    33 Officials said … dead", "2 of 8 AN 18-year-old was killed" (``left``: the words before)."""
    if f.value == 1 or _LABEL_BEFORE.search(left):
        return False
    clause = _CLAUSE_END.split(after, maxsplit=1)[0]
    cue = patterns()["partitive_cue"].search(clause)
    if cue is None or _BE_LATER.search(clause, cue.end(), _comma_or_end(clause, cue.end())):
        return False  # "five of 7 people killed (in the blast) were children": the whole's participle, not the part's fate
    before = clause[: cue.start("cue")]
    whole = _without_trailing_aux(before)
    if len(whole.split()) == 1 and whole == before.strip() and cue.group("cue").lower() not in ("died", "perished"):
        return False  # "3 of 10 wounded survived": "the wounded" are the whole (no verb before the cue)
    return _NUMBER_WHOLE.fullmatch(whole) is not None


def cued(sentence: str, figures: list[Figure]) -> tuple[dict[int, Mention], dict[int, str], set[int]]:
    """Figures with a cue of their own, by index: a verb before ("killing two"), a toll word
    ("the death toll rose to 12"), a cue after ("three were killed"), a subset ("one of them
    fatally"). Also which came by a verb before (``how``) and which by their own cue after."""
    p = patterns()
    c = cues()
    found: dict[int, Mention] = {}
    how: dict[int, str] = {}
    own_cue: set[int] = set()
    listed: dict[int, int | None] = {}  # figures of a subset's list ("including two women and a boy") -> the whole's value
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
        if sentence.endswith(_GROUP_ENDS, max(0, f.start - 7), f.start) and _group_share()[0].search(sentence, max(0, f.start - 60), f.start) \
                and _group_share()[1].match(sentence, f.end):
            continue  # "half of the 300 soldiers were killed", "two-thirds of the 120 … died": the group, not the victims
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
        named = (f.value == 1 and is_name(f.count_text)) or (f.count_text.lower() in ("himself", "herself", "him", "her", "he", "she") and not p["determines"].match(sentence, f.end)) \
            or bool(_BODY.search(f.count_text))
        if named:
            victims = f.count_text
        m = before_cue(left[-80:])
        if m and (_PASSIVE.search(left[-80:][: m.start()]) or number_ends(sentence, f.start - len(left[-80:]) + m.start())) \
                and p["right"].match(right if f.count_text else right):
            # "one person was killed two people were wounded", "1 killed 3 injured": a participle takes no object
            m = None
        if m and _RECORDED.search(left[-80:], 0, m.start()) and c["before"][cue_key(m.group("cue"))] == "captured":
            m = None  # "footage captures the pilot": a camera's capture
        if m:
            metric = c["before"][cue_key(m.group("cue"))]
            victims = victims if named else victims_after(right)
            how[i] = "before"
            if metric in ("shot", "harmed") and p["to_death"].match(right if named or not victims else right[len(victims) + 1:]):
                metric = "killed"  # "shot two men to death", "beat a young man to death"
            elif metric in ("shot", "wounded") and _FATAL_AUX.search(left[-80:], max(0, m.start() - 12), m.start()):
                metric = "killed"  # "fatally wounded the gunman"
            elif metric == "harmed":
                metric = "wounded"  # "stabbed two guards"
            elif metric == "shot" and named and (_SHOT_DIES.match(right) or _HAS_DIED.match(right)):
                metric = "killed"  # "Boy who shot himself accidentally in head dies"
        if metric is None and f.count_text.lower() in ("himself", "herself") and _GUN_ON.search(left[-60:]) \
                and not (_LIVED.search(right, 0, 160) and not _DIED_AFTER.search(right, 0, 160)):
            metric = "killed"  # "shot his wife before turning the gun on himself": a suicide, in news of one
        if metric is None and not named and f.count_text[:1].isalnum() and f.count_text.lower() not in _ARTICLE_WORDS \
                and _FOUND_BEFORE.search(left[-40:]) and (dead := _DEAD_FOUND.match(right)):
            # "recovered 12 bodies": a toll ("found 2 men shot": the verb after tells their fate;
            # "found five bodies" at a crime scene, how each died)
            metric, victims = "found", dead.group().strip()
            how[i] = "before"
        if metric is None and not named:
            lo = max(f.start - 160, 0)
            m = p["toll"].search(sentence, lo, f.start) if has_word(toll_heads(), sentence[lo:f.start]) else None
            if m and m.start() >= clause_start(sentence, f.start):
                metric = c["toll"][cue_key(m.group("cue"))]
                of = m.group("of") or ""
                victims = re.sub(r"^\s*(?:of|among)\s+", "", of) if re.match(r"\s*(?:of|among)\b", of) else ""
                if not victims:
                    # "the Russian deaths", "Ukraine's military death toll": the side before the noun
                    victims = _SIDE_BEFORE.search(sentence, max(m.start() - 40, 0), m.start() + 1).group(1) \
                        if _SIDE_BEFORE.search(sentence, max(m.start() - 40, 0), m.start() + 1) else ""
            elif "number of" in sentence[lo:f.start].lower() and (m := p["toll_who"].search(sentence, lo, f.start)) \
                    and m.start() >= clause_start(sentence, f.start):
                metric, victims = ("killed" if m.group("killed") else "wounded"), ""
        if metric is None and opens_whole(sentence, figures, i):
            continue  # "Of the 30 soldiers, 23 were killed": the 30 are the group the clause counts from
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
            metric, victims = found[max(found)].metric, victims_after(right)
            listed[i] = found[max(found)].figure.value
        elif metric is None and i - 1 in listed and i - 1 in found and _LIST_ITEM_GAP.fullmatch(sentence, figures[i - 1].end, f.start) \
                and not _VERB_AHEAD.match(right) and not _MORE_AFTER.match(right) \
                and (f.value is None or listed[i - 1] is None or f.value <= listed[i - 1]):
            # "including a journalist and six children": the list the subset opened goes on (up to
            # a verb of its own: "18 people, including five officers and seven civilians, were injured");
            # no part bigger than its whole, and "30 more" adds to it, no part of it
            metric, victims = found[i - 1].metric, victims_after(right)
            listed[i] = listed[i - 1]
        if metric is None and found and _HOW_BADLY.match(right) and found[max(found)].metric in ("wounded", "shot", "casualties"):
            metric, victims = found[max(found)].metric, ""  # "30 hurt, five of them seriously": how badly some were
        if metric is None and not named and left.endswith(_TOOK) and (m := _PRISONER_AFTER.match(right)):
            metric, victims = "captured", m.group("vict").strip() or m.group("what")  # "took 12 soldiers prisoner", "took 2 hostages"
        if metric is None and not named and left.endswith((" with ", " carrying ")) \
                and (m := _VEHICLE_WITH.search(sentence, max(f.start - 120, 0), f.start)) \
                and (equipment_unit(m.group("thing")) or equipment_unit(m.group("thing") + "s")):  # "a truck": trucks
            # "blew up a car with four invaders", "destroyed a tank with its crew of three": those aboard died
            metric, victims = "killed", victims_after(right)
        if metric is None and not named and f.count_text.lower() not in _ARTICLE_WORDS and (m := _SHOOTING_VICTIMS.match(right)):
            # "located three shooting victims": hit by gunfire ("a report of a gunshot victim" is
            # most often one counted already, who may have died)
            metric, victims = "shot", m.group("vict")
        if metric is None and not named and left.rstrip().endswith((",", " and")) and (m := p["before_and"].search(left[-100:])):
            metric, victims = c["before"][cue_key(m.group("cue"))], victims_after(right)
            how[i] = "before"
        owner = ""
        if metric is None and not named and (lost := lost_by_after(right)) is not None:
            # "30 people lost APU in battles": the forces' losses (units.py); no figure in their words
            metric, (victims, owner, owner_end) = "lost", lost
            covered = max(covered, f.end + owner_end - (0 if f.count_text else 1))  # (``right``'s offsets)
        if metric is None:
            continue
        if not victims and i and (whole := _opening_whole(sentence, figures, i - 1)):
            victims = sentence[whole[0]:whole[1]]  # "Of the 30 drones, 23 were shot down": drones
        found[i] = Mention(f, metric, "people", victims or "", owner=owner)
        prev_end = f.end
    # "killed 30 and wounded as many": the count before, again
    for i in [i for i in found if found[i].figure.count_text.lower() == "many"]:
        f = found[i].figure
        before = [found[j].figure for j in found if j < i and found[j].figure.value is not None]
        if before and sentence[max(f.start - 3, 0):f.start].lower() == "as " and not _AS_AFTER.match(sentence, f.end):
            b = before[-1]
            found[i] = replace(found[i], figure=replace(f, value=b.value, low=b.low, high=b.high, qualifier=b.qualifier,
                                                        count_text=sentence[f.start - 3:f.end], start=f.start - 3))
    # "was injured and taken to a hospital, where he died": "he" is the one counted before him
    for i in [i for i in found if found[i].figure.count_text.lower() in ("he", "she")]:
        if any(j < i for j in found):
            del found[i]
    return found, how, own_cue


# "was taken hostage from a bus before being shot and killed"
_BEFORE_BEING_KILLED = compiled(r"^[^.;]{0,80}?\bbefore\s+being\s+(?:[a-z]+\s+and\s+)?(?:killed|executed|murdered|beheaded|slain|shot\s+dead|shot\s+to\s+death)\b", re.I)
_OFF_LIFE_SUPPORT = compiled(r"^[^.;]{0,80}?\b(?:taken|removed)\s+(?:off|from)\s+life\s+support\b", re.I)
_APPOSITION = compiled(r"^\s*,\s*(?:a|an|the|identified as|named|his|her|their|one of|both|all)\b", re.I)
# "The man who was shot on Friday has died"
_HAS_DIED = compiled(r"^(?:\s+[\w'’-]+){0,8}?\s*,?\s+(?:has|have|had)\s+(?:since\s+|now\s+|later\s+)?died\b", re.I)
_FATALLY = compiled(r"^\s+(?:of (?:them|whom)\s+)?(?:fatally|mortally)\b(?!\s+(?:wounded|injured|shot)\s+(?:a|an|the|\d))", re.I)
# "taken to a hospital, where he died"
_WHERE_DIED = compiled(r"^[^.;]{0,120}?\b(?:where|before|until)\s+(?:he|she|they|the \w+)\s+(?:later\s+|was later\s+)?(?:died|was pronounced dead|were pronounced dead|succumbed)\b", re.I)
# headline English: "Teen shot in Miami dies"
_SHOT_DIES = compiled(r"^(?:\s+(?!and\b)[\w'’-]+){0,5}?\s*,?\s+(?:dies|died|killed)\b", re.I)
_ADVERBS = compiled(r"\b(?:also|then|later|still|just|reportedly|allegedly|apparently|subsequently|eventually)\b", re.I)
# victim words that open with an infinitive: the figure is a verb's object ("leading many to flee")
_INFINITIVE = compiled(r"to\s+(?!death\b|date\b|this\b|that\b|now\b|the\b|a\b|an\b|their\b|his\b|her\b|its\b|\d)[a-z]+\b", re.I)
_TO_HAVE = compiled(r"\bto\s+have\s*$", re.I)
_NOT_PASSIVE = compiled(r"\b(?:[a-z]+ly|who|that|had|has|have)\b", re.I)
_NEGATED = compiled(r"\b(?:not|never|nearly|almost)\b|n['’]t\b", re.I)
_DEGREE = compiled(r"\b(?:seriously|critically|severely|badly|gravely|life-threateningly)\b", re.I)
# "would have", "could easily have": what might have happened, not what did. "Up to 300 could
# have died" is a hedged count, so a number as the subject keeps the claim.
_COUNTERFACTUAL = compiled(r"\b(?:would|should|could)\s+(?:\w+ly\s+|well\s+)?(?:have|['’]ve)\b", re.I)
_RECORDED = compiled(r"\b(?:footage|video|videos|camera|cameras|cctv|photo|photos|photograph|image|images|picture|pictures|film|lens|shot)\s+(?:that\s+|which\s+)?$", re.I)
_FATAL_AUX = compiled(r"\b(?:fatally|mortally)\b", re.I)
_OF_THE = compiled(r"\s+(?:out\s+)?of\s+(?:(?:the|those|these)\s+)?")
_GROUP_ENDS = ("the ", "those ", "these ", "its ", "their ", "all ", "of ")
# "took 12 soldiers prisoner", "had taken 40 marines captive", "took two hostages": captured
_TOOK = (" took ", " taken ", " take ", " takes ", " taking ")
_PRISONER_AFTER = compiled(r"^(?P<vict>(?:\s+(?!(?:prisoners?|captives?|hostages?|and|or|but|the|an?|of|to|in|at|on|for|with|from|by)\b)"
                           r"[A-Za-z][\w'’-]*){0,4}?)\s+(?P<what>prisoners?|captives?|hostages?)\b", re.I)
# a clause that opens with the whole it counts from: "Of the 30 soldiers, 23 …", "Out of 30 drones, …",
# "…, and of 22 drones, 20 …"
_WHOLE_OPENS = compiled(r"(?:^|[;:]\s*|\s[-–—]\s*|,\s*(?:(?:and|while|but)\s+)?)[\"“‘']?(?P<of>(?:out\s+)?of)\s+(?:(?:the|those|these|all)\s+)?$", re.I)
# words at most in a partitive's whole that names things ("the 48 Shahed attack drones")
_WHOLE_WORDS = 5
# a partitive's whole named by its word ("of the", "of those", "of whom"), not by a number
_PARTITIVE_WORDS = ("the", "those", "these", "them", "whom")
# the whole of a partitive named by a number: the number, then at most three words of letters,
# the last in lower case, none an article ("30", "four soldiers", "48 Shahed drones"; not "11 A
# man": an article opens another noun phrase, as after a gallery's "Image 2 of 11")
_NOT_IN_WHOLE = r"(?!(?i:an?|the|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)"
_NUMBER_WHOLE = compiled(rf"(?:\d[\d,]*|[a-z]+)(?:(?:\s+{_NOT_IN_WHOLE}[A-Za-z][a-z'’-]*){{0,2}}\s+{_NOT_IN_WHOLE}[a-z][a-z'’-]*)?")
# a label's number ("Image 2 of 11", "Part 3 of 5"): no part of any whole
_LABEL_BEFORE = compiled(r"\b(?:image|photo|picture|slide|page|video|part|item|chapter|step|no\.)\s*$", re.I)
# a verb of being after a partitive's cue: the cue is the whole's participle ("7 people killed were …")
_BE_LATER = compiled(r"\b(?:were|was|are|is)\b", re.I)
# the verb's auxiliaries after a partitive's whole ("48 drones had been")
_AUX_WORDS = frozenset("was were is are had has have been be being reportedly also later".split())


def _comma_or_end(text: str, at: int) -> int:
    """Where the first comma from ``at`` is, else the end of ``text``."""
    comma = text.find(",", at)
    return len(text) if comma < 0 else comma


# an object right after a partitive's own verb, no auxiliary between ("one of them shot the boy",
# "two of them stabbed a guard"): the partitive's people did it; not "one of them killed himself"
# (verbs that take an object; not "one of them died the same day", whose words after are a time)
_BETWEEN_WORDS = frozenset({"later", "then", "also", "allegedly", "reportedly", "again"})
_DOES_TO = frozenset({"shot", "stabbed", "killed", "wounded", "injured", "hit", "struck", "beat", "attacked", "shot dead"})
_DOES_IT_TO = compiled(r"\s+(?:the|a|an|his|her|their|him|them|another|two|three|four|five)\s"
                       r"(?!(?:\w+\s+){0,2}?(?:day|days|week|weeks|month|months|hour|hours|night|morning|afternoon|evening|year|years|minutes|time|later)\b)", re.I)


def _without_trailing_aux(text: str) -> str:
    """``text``'s words without the auxiliaries at its end ("48 drones had been" -> "48
    drones"), word by word (a pattern anchored at the end tried from every word of a run of
    them is quadratic)."""
    words = text.split()
    while words and words[-1].lower() in _AUX_WORDS:
        words.pop()
    return " ".join(words)


@lru_cache(maxsize=1)
def _group_share() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A share of a group up to the group's figure ("half of the ", "most of ", "two-thirds of
    all ", "half the "; data/cues.json ``group_share_words`` and numbers.json's fractions), and
    what must follow the figure for the share to be the victims: the group as a verb's subject ("300
    soldiers were killed", "… died"), no participle or relative clause before the verb ("300
    people killed were civilians", "the 25 people who died were soldiers": those are the
    victims)."""
    t, c = tables(), cues()
    nums = alternation(["an", "a"] + list(t["small"]))
    share = rf"{alternation(c['group_share_words'])}|(?:(?:{nums})[\s-]+)?(?:{alternation(list(t['denominators']))})"
    before = compiled(rf"(?<![\w-])(?:{share})\s+(?:of\s+(?:(?:the|those|these|its|their|all)\s+)?|(?:the|those|these|its|their)\s+)$", re.I)
    fate = alternation(c["group_fate_participles"] + c["group_relatives"])
    after = compiled(rf"(?:\s+(?!(?:{fate})\b)[\w'’-]+){{0,5}}?\s+(?:{alternation(c['group_share_verbs'])})\b", re.I)
    return before, after
_SURVIVED = compiled(
    r"^[^.;]{0,80}?\b(?:survived|(?:is|was|are|were)\s+(?:also\s+)?expected\s+to\s+(?:survive|recover|live|be\s+ok(?:ay)?)|"
    r"(?:stable|critical|serious|fair|good)\s+condition|non-life[- ]threatening)", re.I)
_SURVIVED_WORDS = required_words(_SURVIVED.pattern, _SURVIVED.flags)  # (its lazy run fails slowly: tested first)
_FINITE = compiled(r"\b(?:has|have|had|was|were|is|are)\s+(?:\w+ly\s+)?(?:been\s+)?$", re.I)
_NOT_PEOPLE = compiled(r"^(?:\w+\s+){0,3}?(?:cases|incidents|shootings|homicides|attacks|investigations|calls|reports|times|crimes|killings|murders)\b", re.I)
_A_SHOT = compiled(r"(?:\b(?:a|one|first|single|fired)|\d)\s+$", re.I)
# "One of the four men, a 30-year-old, …", "One of the victims, Jeffery Webb, 47, …": the same one
_PARTITIVE_APPOS = compiled(r"^[^,;]{1,60}?,\s*(?:(?:a|an)\s+[^,;]{1,60}?|[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}(?:,\s*\d{1,2})?),")
_VEHICLE_WITH = compiled(r"\b(?:destroyed|destroying|blew\s+up|blowing\s+up|blown\s+up)\s+(?P<thing>(?:an?|the|their|its|one|two|three|\d+)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:with|carrying)\s+$", re.I)
_THEN_DIED = compiled(r"^(?:(?!\b(?:told|said|says|saying|that|whose|his|her|their|and)\b)[^;:]){0,120}?\s(?:(?:has|have|had)\s+)?(?:later\s+|since\s+)?"
                        r"(?:died|was pronounced dead|were pronounced dead)\b", re.I)
# "sustained severe injuries when the shell hit the house and later died": the verb joined to
# the cue's, however far after it, with no other subject or clause between
_AND_LATER_DIED = compiled(r"^(?:(?!\b(?:told|said|says|saying|that|who|which|whose|where|but|while|and)\b)[^.;:,]){0,120}?\s*,?\s+and\s+"
                           r"(?:later|subsequently|eventually)\s+(?:died|succumbed|passed\s+away)\b", re.I)
# "was taken to a hospital, but died the next day": the verb joined to the cue's by "but", no
# other subject or clause between ("…, and the man beside her was hit too, but died": his death)
_BUT_DIED = compiled(r"^(?:(?!\b(?:told|said|says|saying|that|who|which|whose|where|while)\b|\band\s+(?:the|an?|another|his|her|their|one|two|three|four|five|\d)\b)[^.;:]){0,120}?,?\s+but\s+"
                     r"(?:later\s+|subsequently\s+|eventually\s+)?(?:died|succumbed|passed\s+away)\b", re.I)
# "later", "subsequently" or "eventually": a text holding none cannot match _AND_LATER_DIED, whose
# lazy run tries a look-ahead at each of up to 120 characters before failing (it fails for
# nearly every cue: tested first)
_AND_LATER_WORDS = required_words(_AND_LATER_DIED.pattern, _AND_LATER_DIED.flags)
# a word every match of each shape of a death after the cue holds (befell: "and later died",
# "where she died", "taken off life support", "before being executed"; tests hold them to it)
_LATER_DEATH_WORDS = ("die", "dead", "killed", "executed", "murdered", "succumbed", "passed", "support", "slain", "beheaded", "death")
_TALLY_LIST = compiled(r"^\s*,?\s+\d+\s+(?:injured|wounded|hurt)\b", re.I)  # "1 killed 3 injured": a list, not an agent
_ONE_DEATH = compiled(r"^\s+death\b(?!\s+(?:of|toll|row|penalty|sentence|threat|threats|certificate))", re.I)
_WHO_THEN_CUE = compiled(r"^(?P<vict>(?:\s+[A-Za-z][\w'’-]*){1,3}?)\s+who\s+(?P<clause>[^,.;:()]{1,80}?)\s+(?P<aux>were|was|have\s+been|had\s+been)\s+"
                         r"(?:(?:later|then|also|subsequently|reportedly)\s+)?(?P<cue>killed|shot\s+dead|wounded|injured)\b", re.I)
# a clause that reports, or holds another clause, is not the victims' own: "two men who said
# that soldiers were killed", "who fled when others were wounded", "who chased the man who was
# shot"; nor one with a verb "to be"
# ("a man who was the party's leader was shot dead" is read by the singular pass already)
_CLAUSE_WORDS = compiled(rf"\b(?:{alternation(cues()['not_in_relative_clause'])})\b", re.I)
_WHO_DIED = compiled(r"^(?P<vict>(?:\s+[\w'’-]+){0,4}?)\s+who\s+(?:was|were|had been)\s+[^,.;]{1,100}?\s+(?:(?:has|have|had)\s+(?:since\s+|now\s+|later\s+)?)?died\b", re.I)
# what _WHO_DIED and _WHO_THEN_CUE cannot match without (their "\s+who\s+"; test_figure_cues holds
# them to it)
_WHO_WORDS = ("who",)
_PASSIVE = compiled(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$", re.I)
_PRISONERS_DIED = compiled(
    r"^\s*,?\s*(?:who\s+)?(?:were|was|have been|had been|are|reportedly|also|all|\s)*\s*(?:killed|dead|died|executed|shot dead|murdered|burned to death)\b", re.I)
# (a preposition right before a figure; "with" is not among them: "the commander along with 12
# soldiers were killed")
_PREPOSITION_BEFORE = compiled(r"\b(?:on|at|against|upon|onto|into|toward|towards|among|behind|beside)\s+$", re.I)  # (not "near": "near 50 people" is about 50)
_OPENING = " \"'“‘(—–-"
_FINITE_AUX = compiled(r"\s*(?:were|was|are|is|have|has|had)\b", re.I)
_WITH = compiled(r"\bwith\s*$", re.I)  # "a party of 400 people ends with one dead"
_COORDINATED = compiled(r"(?:\band|,|\bor)\s*(?:(?:his|her|their|the)\s+)?$", re.I)
_BODY = compiled(r"\bbod(?:y|ies)\s+of\b", re.I)
# between two items of a list: a few words (no verb), then "," or "and"
_LIST_ITEM_GAP = compiled(r"(?:\s+(?!(?:were|was|are|is|who|whom|which|that|had|have|has|while|but)\b)[\w'’-]+){0,4}?\s*(?:,\s*and|,|\s+and)\s+", re.I)
_MORE_AFTER = compiled(r"\s+(?:more|additional|further)\b", re.I)  # ("two other civilians" may still be a part)
_VERB_AHEAD = compiled(r"[^;.]{0,120}?\b(?:were|was|are|is|have|has|had)\b", re.I)
# how badly some of those hurt were, no verb after it: "five of them seriously", "two critically"
_HOW_BADLY = compiled(r"\s+(?:of\s+(?:them|whom)\s+)?(?:critically|seriously|severely|gravely|badly)\b(?!\s+(?:and|or)\b)(?!\s+[a-z]+ed\b)", re.I)
# victims named by what hit them, no verb needed: "two other gunshot victims", "three shooting victims"
_SHOOTING_VICTIMS = compiled(r"\s+(?P<vict>(?:(?:other|more|additional|remaining)\s+)?(?:gunshot|shooting)\s+victims?)\b")
_GUN_ON = compiled(rf"\b(?:turn(?:ed|ing|s)?)\s+{GUN_ON}\s+$", re.I)
# he lived: said of the gunman himself, right after "on himself" ("… but survived", "…; he is in
# critical condition", "… and was taken to a hospital"), not of others later in the sentence
_LIVED = compiled(r"^[^.;]{0,20}?(?:,?\s+(?:but|and)\s+|;\s+(?:he|she)\s+|,\s+(?:he|she)\s+)(?:(?:is|was|remains|remained)\s+)?(?:later\s+)?"
                  r"(?:survived|survives|(?:in\s+)?(?:critical|serious|stable|grave|fair)\s+condition|hospitali[sz]ed|(?:taken|rushed|flown|airlifted|transported)\s+to\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?(?:hospital|trauma|medical)|expected\s+to\s+(?:survive|recover|live)|recovering)\b", re.I)
_DIED_AFTER = compiled(r"\b(?:died|dies|dead|succumbed|pronounced|fatal(?:ly)?)\b", re.I)
_AS_AFTER = compiled(r"\s+as\b", re.I)
_ARTICLE_WORDS = frozenset({"a", "an", "the", "his", "her", "their", "its"})
# what a "found" before a figure must have found to count the dead: "recovered 12 bodies"
_FOUND_BEFORE = compiled(r"\b(?:recovered|retrieved|pulled|exhumed|unearthed)\s+(?:(?:another|the|a\s+further)\s+)?$", re.I)
# ("body" the noun, not a modifier: "3 body camera videos", "40 body armor vests", "a body bag")
_DEAD_FOUND = compiled(r"\s+(?:more\s+|other\s+|additional\s+)?(?:[\w'’-]+\s+){0,2}?(?:bod(?:y|ies)|corpses?|remains)\b"
                       r"(?!\s+(?:cam(?:era)?s?|armou?r|bags?|counts?|parts?|shops?|sprays?|washes|wash|doubles?|guards?|language|images?|searche?s?|scanners?|mass|heat|weight|fat|lotion|kits?|panels?|work)\b)", re.I)
