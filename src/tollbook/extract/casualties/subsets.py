"""Figures that are parts of others: "136 civilians killed, of whom 13 are children", "five
hurt, with two in critical condition", "bringing the death toll to three"; and perpetrators
counted "in addition to" the victims.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ...regexes import compiled
from ...lexicon import alternation
from ...records import Figure
from ...required import may_match
from ...victims import victim_nouns
from .shapes import Mention, cues, pattern_words, patterns, victims_after
from .units import real_metric


def besides_perpetrators(sentence: str) -> bool:
    """Whether a sentence counts victims "in addition to the assailants"."""
    return bool(patterns()["in_addition"].search(sentence))


def perpetrators_besides(sentence: str, found: dict[int, Mention]) -> list[Mention]:
    """Perpetrators killed too: "in addition to the bomber, four people were killed"."""
    killed = [k for k in found.values() if k.metric == "killed"]
    # most sentences kill nobody, and hold none of the words "in addition to" needs: no search
    ia = patterns()["in_addition"].search(sentence) if killed and may_match(sentence, pattern_words("in_addition")) else None
    if not ia or not killed or any(ia.start() <= k.figure.start < ia.end() for k in found.values()):
        return []
    n = ia.group("n")
    if not n and ia.group("perp").lower().endswith(("s", "men")):
        # "in addition to the assailants": some, as many as counted elsewhere
        return [Mention(Figure(None, None, None, "vague", ia.group(0), ia.start(), ia.end()), "killed", "people", ia.group("perp"))]
    value = 1 if not n or n.lower() in ("a", "an", "one") else (int(n) if n.isdigit() else {"two": 2, "three": 3}[n.lower()])
    return [Mention(Figure(value, None, None, "exact", ia.group(0), ia.start(), ia.end()), "killed", "people", ia.group("perp"))]


def settled(sentence: str, found: dict[int, Mention], own_cue: set[int]) -> list[Mention]:
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
                # "five were shot, one of them fatally": a killed figure, not a part of the same metric,
                # the dead of the group before it (how="fatally")
                ment = Mention(f, "killed", last.unit, ment.victims_text or last.victims_text, None, "fatally")
                if last.metric == "wounded":
                    # "four victims wounded, two of them already dead": the four were hit, two survived
                    # (told as wounded, these two their dead: others killed in the sentence are not of them)
                    result[-1] = Mention(last.figure, "shot", last.unit, last.victims_text, last.part_of, "wounded", last.owner)
            elif _within_subset(between) or p["subset_after"].match(sentence[f.end:]) or (among := bool(_AMONG_THE.match(sentence, f.end))):
                own = ment.metric if i in own_cue else None
                if own and own != last.metric and (among or last.metric in ("shot", "casualties") or (own, last.metric) == ("killed", "wounded")):
                    # "two were killed and a nurse was among the wounded": another group
                    # "five people were shot, including one who was pronounced dead"
                    ment = Mention(f, own, last.unit, ment.victims_text or last.victims_text, None)
                else:
                    ment = Mention(f, last.metric, last.unit, ment.victims_text or victims_after(sentence[f.end:]), len(result) - 1)
            elif _in_condition(sentence, last, ment, between):
                # "five people were hurt, with two in critical condition": the state of two of the five
                ment = Mention(f, "wounded", last.unit, ment.victims_text or last.victims_text, len(result) - 1)
            elif last.part_of is not None and _NEXT_PART.fullmatch(between) and last.metric == ment.metric:
                # "…, one with serious injuries and the other three in stable condition": parts too
                ment = Mention(f, ment.metric, ment.unit, ment.victims_text, last.part_of)
        real = real_metric(sentence, ment)
        if real is not None:
            result.append(real)
    return result


def broken_down(sentence: str, result: list[Mention]) -> list[Mention]:
    """ "Five people, two boys and three men, were wounded": figures listed right after a group
    of people unnamed, that add up to it exactly, say who the group's members were; they are
    parts of it, not more victims. "Three of the four riders, a woman, a boy and a baby, were
    hurt": the list names the three; the four are the whole the three were taken from."""
    if len(result) < 3 or "," not in sentence:
        return result
    parts: dict[int, int] = {}
    wholes: set[int] = set()
    k = 0
    while k < len(result):
        group, items, whole = result[k], [], None
        if group.part_of is None and (group.figure.value or 0) >= 2:
            end, join = group.figure.end, _LIST_OPEN
            for j in range(k + 1, len(result)):
                ment = result[j]
                if ment.part_of is not None or ment.metric != group.metric or not ment.figure.value:
                    break
                if whole is None and not items and ment.figure.value > group.figure.value \
                        and _OF_THE.fullmatch(sentence, end, ment.figure.start):
                    whole, end = j, ment.figure.end  # "three of the four"
                    continue
                if not join.fullmatch(sentence, end, ment.figure.start):
                    break
                items.append(j)
                end, join = ment.figure.end, _LIST_NEXT
        if len(items) >= 2 and sum(result[j].figure.value for j in items) == group.figure.value \
                and (whole is not None or set(victim_nouns(group.victims_text)) <= _UNNAMED):
            parts.update((j, k) for j in items)
            if whole is not None:
                wholes.add(whole)
                if not group.victims_text:  # "three of the four riders": riders
                    result = result[:k] + [replace(group, victims_text=result[whole].victims_text)] + result[k + 1:]
            k = items[-1]
        k += 1
    if not parts:
        return result
    kept = [k for k in range(len(result)) if k not in wholes]
    at = {old: new for new, old in enumerate(kept)}
    return [replace(result[k], part_of=at[parts[k]]) if k in parts
            else replace(result[k], part_of=at.get(result[k].part_of)) if result[k].part_of is not None else result[k]
            for k in kept]


_UNNAMED = frozenset({"people", "persons", "person", "others", "other people", "victims", "individuals"})
# the group's words, a comma, the first of the list; then "," or "and" between the others
_LIST_OPEN = compiled(r"(?:\s+[\w'’-]+){0,4}?\s*,\s*", re.I)
_LIST_NEXT = compiled(r"(?:\s+[\w'’-]+){0,4}?\s*(?:,\s*and|,|\s+and)\s+", re.I)
_OF_THE = compiled(r"\s+of\s+(?:the\s+|those\s+)?", re.I)


def toll_restated(sentence: str, result: list[Mention]) -> list[Mention]:
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


def all_restated(sentence: str, result: list[Mention]) -> list[Mention]:
    """ "Two men were shot and both died", "the three women gunned down … all three died":
    "both" or "all three" after a figure of the same count and metric earlier in the sentence
    counts those again; it is dropped (a count of another metric stays: "three were shot; all
    three died" tells the shot were the dead)."""
    if len(result) < 2:
        return result
    for k, ment in enumerate(result):
        f = ment.figure
        if k == 0 or not f.value or ment.part_of is not None \
                or not (f.count_text.lower() == "both" or _ALL_BEFORE.search(sentence, max(0, f.start - 8), f.start)):
            continue
        if any(e.metric == ment.metric and e.figure.value == f.value and e.part_of is None and e.figure.end <= f.start
               and _same_victims(ment.victims_text, e.victims_text) for e in result[:k]) and not any(r.part_of == k for r in result):
            # (indices after it move one back)
            return [replace(r, part_of=r.part_of - 1 if r.part_of is not None and r.part_of > k else r.part_of)
                    for i, r in enumerate(result) if i != k]
    return result


def _same_victims(restated: str, first: str) -> bool:
    """Whether "both" or "all N" counts the figure's victims again: no victim words of its own
    ("both died"), or the same noun ("two guards …, both guards"; not "both suspects", "both
    pilots": others, maybe of another side)."""
    own = set(victim_nouns(restated))
    return not restated.strip() or bool(own & set(victim_nouns(first)))


_ALL_BEFORE = compiled(r"\ball\s+$", re.I)
_BRINGING = compiled(rf"\b(?:{alternation(cues()['bringing'])})\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:toll|total|number)\b", re.I)
_SUBSET_WORD = compiled(r"\b(?:including|among them|among whom|of whom|of them|among those|among the dead|among the victims)\b", re.I)
_CLAUSE_BREAK = compiled(r"[;:]|\b(?:were|was|are|is|have|has|had)\b", re.I)
_CONDITION = compiled(
    r"\s+(?:(?:people|persons?|victims?|of them|men|women)\s+)?(?:who\s+)?(?:(?:is|was|are|were|remains?|remained|(?:was|were)\s+left|left)\s+)?"
    r"(?:listed\s+)?(?:in\s+(?:\w+\s+){0,3}condition\b|(?:critically|seriously)\b(?!\s+(?:and|or)\b)|with\s+(?:\w+[\s-]+){0,4}injuries\b)", re.I)
_NEXT_PART = compiled(r"[^,;]{0,70}?(?:,\s*and|,|and)\s+(?:the\s+)?(?:other\s+)?", re.I)
# "left a baby among the injured": one of the group counted before
_AMONG_THE = compiled(r"\s+(?:[\w'’-]+\s+){0,3}?among\s+(?:the|those)\s+(?:injured|wounded|hurt|dead|killed|victims|casualties)\b", re.I)
_CONDITION_JOIN = compiled(r"[^;:.]{0,60}?(?:,\s*with|,|\bwith|,?\s+and|\s[—–-])\s+", re.I)


def _in_condition(sentence: str, group: Mention, ment: Mention, between: str) -> bool:
    """A smaller figure after a group of the hit, stating only how some of them are ("four
    people were shot, with two in serious condition"), is a part of the group."""
    return (group.metric in ("wounded", "shot", "casualties") and ment.metric in ("wounded", "shot", "casualties")
            and ment.figure.value is not None and group.figure.value is not None and ment.figure.value < group.figure.value
            and bool(_CONDITION_JOIN.fullmatch(between)) and bool(_CONDITION.match(sentence, ment.figure.end)))


def _within_subset(between: str) -> bool:
    """"…, including two soldiers and at least one citizen": still inside the subset list. Not
    the figure before's own "of them" ("killing two of them and wounding three others": the
    three are another group, not a part of the two)."""
    m = _SUBSET_WORD.search(between)
    if m and not between[:m.start()].strip() and m.group().lower() in ("of them", "of whom"):
        m = _SUBSET_WORD.search(between, m.end())
    return bool(m) and not _CLAUSE_BREAK.search(between[m.end():])
