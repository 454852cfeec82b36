"""Figures that share a cue with a neighbour: "killed a guard and two drivers" (a verb before),
"one civilian and six assailants were killed" (a cue after), "died along with 27 assailants";
victims listed by name ("John Smith, 22, and Mark Jones, 19, were killed"); and victim words
lent to a figure without its own ("498 Russian troops killed, with 1,597 wounded").
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from ...regexes import compiled
from ...records import Figure
from ...resolve import country_in
from ...victims import is_known_name
from .figure_cues import befell, opens_whole
from .shapes import AND_THEN, Mention, cue_key, cues, is_name, patterns, victims_after


def _sharing(sentence: str, f: Figure, metric: str) -> Mention:
    """A later figure that shares an earlier figure's verb ("killed a guard and two drivers",
    "died along with 27 assailants"), unless its own words say what befell it: "two other
    shooting victims" were hit by gunfire, not killed."""
    shot = _SHOT_VICTIMS.match(sentence, f.end)
    return Mention(f, "shot" if shot else metric, "people", f.count_text if is_name(f.count_text) else victims_after(sentence[f.end:]))


def share_earlier_verb(sentence: str, figures: list[Figure], found: dict[int, Mention], how: dict[int, str]) -> None:
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


def gapped_verb(sentence: str, figures: list[Figure], found: dict[int, Mention], how: dict[int, str]) -> None:
    """ "Russia lost 300 tanks and Ukraine 200": a figure after "and" and a side's name, the verb
    left out, is that side's count of what the figure before counts, by the same verb (the
    side is the clause's owner: units.py)."""
    for i in sorted(found):
        j = i + 1
        if j >= len(figures) or j in found or how.get(i) != "before":
            continue
        m = _GAPPED_GAP.fullmatch(sentence, figures[i].end, figures[j].start)
        if m is None or country_in(m.group("side")) is None:
            continue
        if not _LOSS_BEFORE.search(sentence, max(0, figures[i].start - 60), figures[i].start):
            continue  # "Russian troops killed 40 Ukrainian soldiers and Ukraine 25": whose 25, unsaid
        own = victims_after(sentence[figures[j].end:])
        found[j] = Mention(figures[j], found[i].metric, found[i].unit, own or found[i].victims_text)
        how[j] = "before"


def _list_goes_on(sentence: str, figures: list[Figure], j: int) -> bool:
    """Whether figure ``j``, after a comma, is an item of a list "A, B and C" that goes on."""
    if j + 1 >= len(figures):
        return False
    gap = sentence[figures[j].end: figures[j + 1].start]
    return bool(_SHARED_VERB_GAP.fullmatch(gap) or _COMMA_GAP.fullmatch(gap) and _list_goes_on(sentence, figures, j + 1))


def coordinate(sentence: str, figures: list[Figure], found: dict[int, Mention]) -> None:
    """ "one civilian and six assailants were killed": the first figure shares the later cue."""
    p = patterns()
    for i in sorted(found, reverse=True):
        j = i - 1
        if p["subset_after"].match(sentence, figures[i].end) or p["partitive"].match(sentence[figures[i].end:]):
            continue  # "two victims, one of whom died": a part of the two, not a second group
        while j >= 0 and j not in found and not opens_whole(sentence, figures, j):
            m = p["coord"].match(sentence[figures[j].end: figures[j + 1].start] if figures[j].count_text
                                 else " " + sentence[figures[j].end: figures[j + 1].start])  # a headline's bare noun
            if not m or m.group("vict").strip().lower() in _OTHER_FATES:
                break  # "86 Sick, 7 Dead": the sick are not dead
            ct = figures[j].count_text
            own = ct if is_name(ct) else ""
            found[j] = Mention(figures[j], found[i].metric, "people", own or m.group("vict").strip())
            j -= 1


def along_with(sentence: str, figures: list[Figure], found: dict[int, Mention]) -> None:
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


def with_name_list(sentence: str, result: list[Mention]) -> list[Mention]:
    """Victims listed by name take the place of the figures found inside the list."""
    listed = _name_list(sentence) if " and " in sentence and _AND_NAME.search(sentence) else []
    if not listed or any(r.figure.end <= listed[0].figure.start and r.metric == listed[0].metric for r in result):
        return result  # "The two elders, identified as X and Y, were killed": the names are the two
    lo, hi = listed[0].figure.start, listed[-1].figure.end
    both = _BOTH_AFTER.match(sentence, hi)
    hi = both.end() if both else hi  # "X, 44, and Y, 36, both listed in serious condition": the two again
    out = sorted([r for r in result if not lo <= r.figure.start < hi] + listed, key=lambda r: r.figure.start)
    # part_of is an index: point it at the same parent in the new order
    at = {id(r): k for k, r in enumerate(out)}
    return [replace(r, part_of=at.get(id(result[r.part_of]))) if r.part_of is not None else r for r in out]


def shared_victim_words(result: list[Mention], sentence: str = "") -> list[Mention]:
    """Figures sharing one victim group: "498 Russian troops killed, with 1,597 wounded"; not
    words a later figure names as a group apart ("40 killed, with 75 injured and eight staff
    members also wounded": the staff are others)."""
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
            sib = result[ks[n - 1]] if n else result[ks[n]] if n < len(ks) and not _apart(sentence, result[ks[n]]) \
                and not _own_fate(sentence, ment, result[ks[n]]) else None
            if sib is not None:
                # (the owner too, of a lender before it in one clause: "Russia lost 95 people killed
                # and 110 wounded", Russia's 110)
                owner = ment.owner or (sib.owner if n and sentence and _OWNED_GAP.fullmatch(sentence, sib.figure.end, ment.figure.start)
                                       and _PLAIN_FATE.match(sentence, ment.figure.end) else "")
                ment = Mention(ment.figure, ment.metric, ment.unit, sib.victims_text, ment.part_of, ment.how, owner)
        out.append(ment)
    return out


# between a figure whose owner lost them and one after it in the same clause: its words and fate,
# then "and" or "with" ("lost 95 people killed and 110 wounded", "lost 500 soldiers, with 900 hurt")
_OWNED_GAP = compiled(r"(?:\s+(?!(?:while|but|whereas|as|when|after|and)\b)[\w'’-]+){0,5}?\s*,?\s+(?:and|with)\s+(?:another\s+|a\s+further\s+)?", re.I)


# ... and the figure itself a bare count of a fate ("and 110 wounded"), not one with its own
# verb, cause or place ("and 14 were wounded in a strike on Kharkiv": another group, wherever)
_PLAIN_FATE = compiled(r"\s+(?:(?:more|other|others|people|soldiers|troops|servicemen)\s+)?(?:wounded|injured|hurt|killed|dead|captured|missing)\b"
                       r"(?!\s+(?:in\s+(?:a|an)\b|by\b|when\b|after\b|as\b|during\b))", re.I)


# "eight staff members at the facility also wounded": a group besides those counted before
_ALSO = compiled(r"\s+(?:were\s+|was\s+|had\s+been\s+|have\s+been\s+)?(?:also|too|as well)\b", re.I)


# a figure whose fate follows it at once ("Two dead, two officers wounded") borrows no words from
# a figure after it: those are that figure's own group
_LIST_BREAK = compiled(r"[,;]")
_OWN_FATE = compiled(r"\s*(?:were\s+|was\s+|are\s+|is\s+)?(?:killed|dead|died|die|wounded|injured|hurt)\b", re.I)


def _own_fate(sentence: str, ment: Mention, lender: Mention) -> bool:
    """Whether ``ment``'s fate follows it at once, a comma before the later ``lender``: "Two dead,
    two officers wounded"; not "a shooting that injured 11-year-old boy", the verb's object the lender."""
    m = _OWN_FATE.match(sentence, ment.figure.end) if sentence else None
    # (a list of clauses, a comma between: "3 died and 5 soldiers were wounded" may share them)
    return bool(m) and bool(_LIST_BREAK.search(sentence, m.end(), lender.figure.start))


def _apart(sentence: str, lender: Mention) -> bool:
    end = lender.figure.end + 1 + len(lender.victims_text)
    return bool(sentence) and bool(_ALSO.match(sentence, end))


_BOTH_AFTER = compiled(r",?\s*\d{0,2},?\s*both\b", re.I)
# not across a relative clause: "killed a woman who barricaded herself and a child" killed one
_SHARED_VERB_GAP = compiled(r"(?:,\s*\d{1,2})?(?:\s+(?!(?:who|whom|which|that)\b)[\w'’-]+){0,6}?\s*,?\s*and\s+(?:(?:the|his|her|their|its)\s+)?", re.I)
# "300 tanks and Ukraine 200": the first figure's words, then "and" and a side's name alone
_GAPPED_GAP = compiled(r"(?:\s+[\w'’-]+){0,3}?\s*,?\s+and\s+(?:the\s+)?(?P<side>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+")
# the verb of a side's own losses, right before the first figure ("lost", "has suffered about")
_LOSS_BEFORE = compiled(r"\b(?:lost|loses|lose|losing|suffered|suffers|sustained)\s+(?:(?:about|around|roughly|nearly|almost|over|some|more\s+than|up\s+to|at\s+least)\s+)?$")
_COMMA_GAP = compiled(r"(?:\s+[\w'’-]+){0,4}?\s*,\s*")
_OTHERS = compiled(r"\s+(?:others|more|other\s+\w+)\b", re.I)
_PERSON_NAME = r"[A-Z][a-z'’-]+(?:\s+(?:[A-Z]\.|[A-Z][a-z'’.-]+)){0,3}"
_NAME_ITEM = compiled(rf"(?P<name>{_PERSON_NAME})(?P<age>(?:,|(?<=\.))\s+\d{{1,2}})?")
_NAME_LIST = compiled(
    rf"(?<![\w'’-])(?P<list>{_PERSON_NAME}(?:(?:,|(?<=\.))\s+\d{{1,2}})?(?:\s*[,;]\s*(?:and\s+)?{_PERSON_NAME}(?:(?:,|(?<=\.))\s+\d{{1,2}})?)*"
    rf"\s*[,;]?\s+and\s+{_PERSON_NAME}(?:(?:,|(?<=\.))\s+\d{{1,2}})?),?(?=\s)")
# the last name of every list, after its "and": a sentence without one holds no list (looked
# for first: the list pattern tries every position, most sentences hold none)
_AND_NAME = compiled(AND_THEN + _PERSON_NAME)


def _name_list(sentence: str) -> list[Mention]:
    """ "John Smith, 22, and Mark Jones, 19, were killed": one victim per name. Each name needs an
    age or two words, and none may be a place or party."""
    p = patterns()
    for m in _NAME_LIST.finditer(sentence):
        r = p["right"].match(sentence[m.end():])
        if not r or r.group("vict").strip() or r.group("paren"):
            continue
        metric = cues()["after"].get(cue_key(r.group("cue")))
        if metric not in ("killed", "wounded", "shot", "missing", "captured"):
            continue
        metric = befell(metric, r.group("aux") or "", sentence[m.end() + r.end():], single=False)
        items = list(_NAME_ITEM.finditer(m.group("list")))
        if len(items) < 2 or any(is_known_name(i.group("name")) or not (i.group("age") or " " in i.group("name")) for i in items):
            continue
        base = m.start("list")
        return [Mention(Figure(1, None, None, "exact", i.group("name"), base + i.start(), base + i.end("name")), metric, "people", i.group("name"))
                for i in items]
    return []


_OTHER_FATES = frozenset(cues()["other_fates"])
_SHOT_VICTIMS = compiled(r"(?:\s+[\w'’-]+){0,2}?\s+(?:shooting|gunshot)\s+victims?\b", re.I)
