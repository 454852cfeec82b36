"""Claims without a figure of their own: "there are dead and wounded", "a double homicide",
"neutralized an assault unit", "dozens of victims", "lost two companies", "resulting in her
death"; and a party's claim of zero ("no casualties", "no warplanes were damaged").
"""
from __future__ import annotations

import re

from ...regexes import compiled
from ...lexicon import alternation, data_json, holds_any, may_hold, needles, table_key
from ...records import Figure
from ...resolve import country_in
from ...victims import equipment_unit, military_group
from ..implied import names_forces
from ..numbers import find_figures, word_pattern
from .shapes import Mention, clause_start, cue_key, cues, patterns


# A party's claim that nothing was lost: "no casualties", "no warplanes were damaged". A figure
# of zero, so a denial of losses can be set against a claim of them; the document's totals are
# unchanged (what did not happen to a named person is still no claim).
_ZERO_EQUIPMENT = r"(?P<eq>(?:aircraft|warplanes|planes|jets|helicopters|tanks|equipment))\s+(?:was\s+|were\s+|had\s+been\s+|have\s+been\s+)?(?:damaged|destroyed|lost|hit)\b"
_ZERO = compiled(
    rf"\b(?P<zero>no)\s+(?:(?P<cas>casualties|fatalities|deaths|losses)\b|{_ZERO_EQUIPMENT})",
    re.I)
# "no Russian soldiers were killed", "no one was hurt": none of those people befell that fate
_ZERO_PEOPLE = compiled(r"\b(?P<zero>no)\s+(?P<who>(?:(?-i:[A-Z])[a-z]+\s+)?(?:soldiers|servicemen|troops|civilians|people|personnel|one|"
                        r"sailors|pilots|crew members|residents))\s+(?:was\s+|were\s+|had\s+been\s+|have\s+been\s+|has\s+been\s+)?"
                        r"(?P<fate>killed|wounded|injured|hurt|died)\b", re.I)
# words before "no one was killed" that make it a wish or a doubt, not a claim
_WISHED = compiled(r"\b(?:hope[sd]?|hoping|pray(?:s|ed|ing)?|wish(?:es|ed)?|whether|if)\s+(?:that\s+)?$", re.I)
_ZERO_FATES = {"killed": "killed", "died": "killed", "wounded": "wounded", "injured": "wounded", "hurt": "wounded"}
_ZERO_FATE_WORDS = tuple(_ZERO_FATES)  # (a sentence holding none of them holds no such zero)
# "Russia denied that any of its soldiers were killed": the denial claims that none were
# (the denier's own denial, opening the sentence, not another's inside someone's words ("Kyiv
# said Moscow denied …"), a non-denial ("has not denied"), a question or a denial of something
# else ("… were killed on his orders"))
_DENIED_ANY_PEOPLE = compiled(r"^(?P<denier>(?:[\w'’.-]+\s+){1,5}?)(?<!\bnot\s)(?<!\bnever\s)denie[sd]\s+(?:that\s+)?(?P<zero>any)\s+"
                              r"(?:of\s+(?:its|their|our|the)\s+)?"
                              r"(?P<who>soldiers|servicemen|troops|civilians|people|personnel|sailors|pilots|crew members|residents)\s+"
                              r"(?:was\s+|were\s+|had\s+been\s+|have\s+been\s+|has\s+been\s+)(?P<fate>killed|wounded|injured|hurt|died)\b"
                              r"(?!\s+(?:on|by|at\s+the\s+hands)\b)(?![^?]*\?)", re.I)
_CUE_BEFORE = compiled(r"\b(?:said|says|say|told|claimed|claims|reported|added|stated)\b", re.I)
# "Russia denied any aircraft were damaged": the denial claims that none were
_DENIED_ANY = compiled(rf"\bdenie[sd]\s+(?:that\s+)?(?P<zero>any)\s+(?:(?P<cas>casualties|fatalities|deaths|losses)\b|{_ZERO_EQUIPMENT})", re.I)


def zeros(sentence: str, result: list[Mention]) -> list[Mention]:
    """A party's "no casualties" or "no warplanes were damaged" (extract/claims.py keeps them only
    where someone named says so: the outlet's own "there were no casualties" is no claim)."""
    low = sentence.lower()
    if "no " not in low and "any " not in low:
        return []
    out = []
    for m in (*_ZERO.finditer(sentence), *(_DENIED_ANY.finditer(sentence) if "denie" in low else ())):
        if any(r.figure.start <= m.start() < r.figure.end for r in result):
            continue
        fig = Figure(0, None, None, "exact", m.group("zero"), m.start("zero"), m.end("zero"))
        if m.group("cas"):
            metric = "killed" if m.group("cas").lower() in ("fatalities", "deaths") else "casualties"
            out.append(Mention(fig, metric, "people", ""))
        else:
            unit = equipment_unit(m.group("eq")) or "aircraft"
            out.append(Mention(fig, "destroyed", unit, m.group("eq")))
    people = [*_ZERO_PEOPLE.finditer(sentence),
              *(m for m in (_DENIED_ANY_PEOPLE.finditer(sentence) if "denie" in low and "any " in low else ())
                if not _CUE_BEFORE.search(m.group("denier")))] if holds_any(low, _ZERO_FATE_WORDS) else ()
    for m in people:
        if _WISHED.search(sentence, max(0, m.start() - 40), m.start()):
            continue  # "officials hope no one was killed": no claim
        if not any(r.figure.start <= m.start() < r.figure.end for r in result):
            who = m.group("who")
            # ("no one": the figure spans its "one", no count of one)
            fig = Figure(0, None, None, "exact", m.group("zero"), m.start("zero"), m.end("who") if who.lower() == "one" else m.end("zero"))
            out.append(Mention(fig, _ZERO_FATES[table_key(m.group("fate"))], "people",
                               "" if who.lower() in ("one", "people") else sentence[m.end("zero"):m.end("who")].strip()))
    return out


def uncounted_mentions(sentence: str, result: list[Mention], low: str | None = None) -> list[Mention]:
    """Counts stated without a figure: "there are dead and wounded", "resulting in her death".
    ``low``: ``sentence.lower()``, if known."""
    out: list[Mention] = []
    low = sentence.lower() if low is None else low
    # (each pattern below runs only on a sentence holding a word every match of it holds)
    for m in (patterns()["there_are"].finditer(sentence) if may_hold(sentence, ("there",), low) else ()):
        if any(r.figure.start <= m.start("what") < r.figure.end + 1 for r in result):
            continue
        what = cue_key(m.group("what"))
        one = what.startswith(("a ", "one "))
        fig = Figure(1 if one else None, None, None, "exact" if one else "vague", m.group("what"), m.start("what"), m.end("what"))
        out.append(Mention(fig, cues()["there_are"][what], "people", ""))
    # (its count word first: "double", "triple" are rarer than "shooting")
    for m in (_MULTIPLE.finditer(sentence) if may_hold(sentence, _MULTIPLE_N, low) and may_hold(sentence, _MULTIPLE_WHAT, low) else ()):
        # "a quadruple shooting": four shot; "a double homicide": two dead, unless the sentence counts them
        # (casefold: what the case-insensitive pattern matched, "ſhooting" too, read as the word)
        what = "shot" if m.group("what").casefold() == "shooting" else "killed"
        same = ("shot", "casualties") if what == "shot" else ("killed",)
        if not any(r.figure.value and r.metric in same for r in result + out):
            n = cues()["multiple"][table_key(m.group("n"))]
            out.append(Mention(Figure(n, None, None, "exact", m.group("n"), m.start("n"), m.end("n")), what, "people", "victims"))
    for m in (_GROUP_ELIMINATED.finditer(sentence) if holds_any(low, _GROUP_WORDS) else ()):
        # "neutralized a Russian assault unit": its men were killed, how many is not said
        if military_group(m.group("np")) and not any(m.start("np") <= r.figure.start < m.end("np") for r in result):
            np = m.group("np")
            fig = Figure(None, None, None, "vague", "", m.start("np"), m.start("np"))
            out.append(Mention(fig, "killed", "people", _LEADING_ARTICLE.sub("", np)))
    for m in (_VAGUE_VICTIMS.finditer(sentence) if "victims" in low else ()):
        # "Massive strikes and dozens of victims": killed and wounded, not told apart
        fig = next((f for f in find_figures(sentence, low) if f.start == m.start("q")), None)
        if fig is not None and fig.qualifier == "vague" and not any(r.figure.start == fig.start for r in result):
            out.append(Mention(fig, "casualties", "people", "victims"))
    for m in (_FORMATION_LOST.finditer(sentence) if "lost" in low or "losses" in low else ()):
        # "lost more than two companies killed and wounded": losses counted in formations, not men
        owner = sentence[clause_start(sentence, m.start()): m.start()] + (m.group("whose") or "") + " lost"
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


_MULTIPLE_WHAT = ("shooting", "homicide", "murder", "slaying")
_MULTIPLE_N = needles(cues()["multiple"])  # "double", "triple", … (lower-cased)
_MULTIPLE = compiled(rf"\b(?P<n>{alternation(list(cues()['multiple']))})[\s-]+(?P<what>{'|'.join(_MULTIPLE_WHAT)})\b", re.I)
_GROUP_WORDS = tuple(cues()["group_words"])
_GROUP_ELIMINATED = compiled(
    r"\b(?:eliminat(?:ed|ing|es)|neutrali[sz](?:ed|ing|es)|liquidat(?:ed|ing|es)|destroy(?:ed|ing|s)?|wip(?:ed|ing)\s+out)\s+"
    rf"(?P<np>(?:(?:an?|the|several|{word_pattern()}|\d+)\s+)?(?:[\w'’-]+\s+){{0,4}}?(?i:{alternation(data_json('victims.json')['military_groups'])}))"
    r"(?![\w'’-])", re.I)
_FORMATION_LOST = compiled(
    r"(?:\blost|\blosses\s+of\s+(?P<whose>[^,.;:]{1,80}?)(?:\s+(?:in|during|near|on|at|over|for|with)\s+[^,.;:]{0,60}?)?\s+amounted\s+to)\s+"
    rf"(?P<np>(?:(?:more\s+than|over|up\s+to|about|almost|nearly)\s+)?(?:an?|{word_pattern()}|\d+)\s+"
    r"(?:compan(?:y|ies)|battalions?|platoons?|regiments?|brigades?)(?P<men>\s+of\s+(?:personnel|manpower|servicemen|soldiers|troops))?)"
    r"(?:\s+(?P<fate>killed\s+and\s+wounded|killed|dead\s+and\s+wounded))?(?![\w'’-])", re.I)
# after what harms ("left", "with", "and") or heading a clause; not "interviewed hundreds of victims"
_VAGUE_VICTIMS = compiled(r"(?:^|[:;,]\s*|\b(?:and|with|left|leaving|caused|causing|claimed|claiming|resulting\s+in)\s+)"
                            r"(?P<q>(?:dozens|scores|hundreds|thousands|tens\s+of\s+thousands)\s+of\s+(?:civilian\s+)?victims)\b"
                            r"(?!\s+(?:of|were|was|had|have|in|and)\b)", re.I)
_LEADING_ARTICLE = compiled(r"^(?:an?|the)\s+", re.I)
_CAUSED_DEATH = compiled(r"\b(?:resulting in|resulted in|causing|caused|led to)\s+(?P<whose>his|her)\s+death\b", re.I)
