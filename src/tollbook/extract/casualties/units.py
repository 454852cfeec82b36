"""What a figure counts, people or a kind of equipment, and the claim an internal metric makes:
bodies "found" were killed, patients "sent" to hospital wounded, "lost" tanks destroyed,
soldiers "destroyed" killed, jets "blown up" destroyed; things are never killed.
"""
from __future__ import annotations

import re

from ...regexes import compiled
from ...lexicon import alternation, data_json
from ...resolve import country_in
from ...victims import equipment_unit
from .shapes import Mention, clause_start, person_head


def real_metric(sentence: str, ment: Mention) -> Mention | None:
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
    if ment.metric == "blown_up":
        # "four lorries had been blown up": destroyed; people "blown up" (by a mine) may have lived
        if unit == "people":
            return None
        ment = Mention(f, "destroyed", unit, ment.victims_text, ment.part_of)
    if ment.metric == "lost":
        # "lost 130 servicemen": losses; "lost five tanks": destroyed; "lost 300 jobs": nothing.
        # Who lost them is the clause's subject ("Russia has lost 300 tanks": Russia's)
        owner = ment.owner or sentence[clause_start(sentence, f.start): f.start]  # (one read after it: lost_by_after)
        owner = owner if " lost" in owner or " losing" in owner else ""
        gapped = _GAPPED_OWNER.search(owner) if owner else None
        if gapped is not None:
            owner = gapped.group("side") + " lost"  # "Russia lost 300 tanks and Ukraine 200": Ukraine's
        if unit != "people":
            ment = Mention(f, "destroyed", unit, ment.victims_text, ment.part_of, "", owner)
        elif person_head(ment.victims_text):
            ment = Mention(f, "casualties", unit, ment.victims_text, ment.part_of, "", owner)
        else:
            return None
    if ment.metric in ("wounded", "shot", "casualties") and (_DECEASED.match(ment.victims_text) or _BODIES_OF.match(ment.victims_text)):
        # "located a deceased male"; "the bodies of 3 men were found with gunshot wounds"
        ment = Mention(f, "killed", unit, ment.victims_text, ment.part_of)
    if ment.metric == "destroyed" and unit == "people" and (person_head(ment.victims_text) or person_head(_first_conjunct(ment.victims_text))):
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
    if person_head(_first_conjunct(victims)):
        return "people"
    return equipment_unit(victims) or "people"


# the side named right before a figure whose verb is left out ("… and Ukraine 200")
_GAPPED_OWNER = compiled(r"\band\s+(?:the\s+)?(?P<side>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+$")
_CONJUNCT = compiled(r"\s+and\s+|,\s*")


def _first_conjunct(victims: str) -> str:
    return _CONJUNCT.split(victims, maxsplit=1)[0]


# "sent two men to the hospital", "... to Mercy Medical Center", "... to the county trauma center"
_TO_HOSPITAL = compiled(r"^(?:\s+[\w'’-]+){0,3}?\s+(?:to|in|into)\s+(?:(?:the|a|an|area|local|nearby|two|three|different)\s+)*"
                        r"(?:hospitals?\b|(?:(?:(?-i:[A-Z])[\w'’.-]*|of|for|the|county|regional|university|community|children's)\s+){0,5}?"
                        r"(?:(?:medical|trauma)\s+cent(?:er|re)s?|hospitals?)\b)", re.I)
_BODIES_OF = compiled(r"^(?:the\s+)?(?:bod(?:y|ies)|corpses?|remains)\s+of\b", re.I)
_DECEASED = compiled(r"(?:the\s+)?(?:deceased|dead)\s+\w", re.I)


# Word for word from Russian, the losses' owner after the verb: "More than 30 people lost APU in
# battles per day", "40 servicemen lost the Armed Forces of Ukraine over the week". The figure's
# people nouns, "lost", then forces (data/implied.json forces, or "the enemy"), perhaps "of" a
# side, in at most five words that are no pronoun, article inside or preposition, and then a
# circumstance or the clause's end ("30 people lost their homes", "two soldiers lost contact with
# units", "five men lost the match" are no such loss)
_OWNER_WORD = r"(?!(?:their|his|her|its|our|my|your|contact|touch|track|control|sight|with|to|in|on|at|for|from|by|and|or)\b)[\w'’-]+"
_LOST_BY = compiled(
    rf"^(?P<vict>\s+(?:[\w'’-]+\s+){{0,2}}?[\w'’-]+)\s+lost\s+(?P<owner>(?:the\s+)?(?:{_OWNER_WORD}\s+){{0,3}}?"
    rf"(?:{alternation(data_json('implied.json')['forces'] + ['enemy'])})"
    rf"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?)"
    rf"(?=\s+(?:in|per|during|over|on|near|at|since|within|around|across|along|after|while)\b|\s*[,;:.]|\s+[-–—]\s|\s*$)", re.I)


def lost_by_after(right: str) -> tuple[str, str, int] | None:
    """(victim words, owner, where the owner's words end in ``right``) where the text after a
    figure ("right") names people "lost" by the forces named after the verb (_LOST_BY): the owner
    as "<forces> lost", as one before "lost" reads."""
    if " lost " not in right:
        return None
    m = _LOST_BY.match(right)
    if m is None or not person_head(m.group("vict").strip()):
        return None
    # (a side's forces, or the enemy, and a battle or a day told after them: "30 people lost the
    # AFU in battles per day"; not "two officers lost the trust of the troops", "two soldiers lost
    # the enemy in the fog", "five soldiers lost the unit during the night")
    owner = m.group("owner")
    if country_in(owner) is None and not _ENEMY.search(owner) or not _IN_BATTLE.search(right, m.end("owner"), m.end("owner") + 60):
        return None
    return m.group("vict").strip(), owner + " lost", m.end("owner")


_ENEMY = compiled(r"(?i)\benemy\b")
_IN_BATTLE = compiled(r"(?i)\b(?:battles?|fighting|combat|clashes|assaults?|attacks?|offensive|per\s+day|(?:in|over)\s+(?:a|one|the)\s+(?:past\s+)?(?:day|24\s+hours|week))\b")
