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

import json
import os
import re
from functools import lru_cache
from pathlib import Path

from ..lexicon import alternation, data_json
from ..records import Victims
from ..resolve import country_in, demonym_regex


@lru_cache(maxsize=1)
def _table() -> dict:
    return data_json("implied.json")


@lru_cache(maxsize=1)
def adversaries() -> dict[str, str]:
    table = dict(_table()["adversaries"])
    extra = os.environ.get("TOLLBOOK_ALIASES")
    if extra:
        table.update(json.loads(Path(extra).read_text(encoding="utf-8")).get("adversaries", {}))
    return table


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    t = _table()
    forces, attacks, verbs = alternation(t["forces"]), alternation(t["attacks"]), alternation(t["kill_verbs"])
    side = demonym_regex().pattern
    return {
        # "Russian Armed Forces destroyed more than 25", "units of the National Guard eliminated"
        "agent": re.compile(rf"(?P<subj>[^;:–—]*?\b(?:{forces})\b[^;:–—]*?)\s+(?:have\s+|has\s+)?(?:{verbs})\b(?P<gap>[^;:–—]*)$", re.I),
        "passive_agent": re.compile(rf"^[^;:]{{0,60}}?\b(?:{verbs})\s+by\s+(?P<subj>(?:the\s+)?(?:[\w'’-]+\s+){{0,4}}?(?:{forces}))\b", re.I),
        # "Ukrainian shelling", "shelling by Ukrainian troops", "attack of the AFU"
        "blame": re.compile(
            rf"(?:{side})(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}?(?:{attacks})\b"
            rf"|\b(?:{attacks})\s+(?:of|by|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{side})", re.I),
        "forces_only": re.compile(rf"\b(?:{forces})\b", re.I),
    }


def implied_side(sentence: str, start: int, end: int, victims: Victims) -> tuple[str, str] | None:
    """(side, the words that imply it) for a figure at ``start:end`` of ``sentence``, or None.
    Only sides of a conflict the lexicon knows (``adversaries``) are implied: outside a war,
    "two American tourists killed" says nothing about who counted them."""
    found = _implied(sentence, start, end, victims)
    return found if found and found[0] in adversaries() else None


def _implied(sentence: str, start: int, end: int, victims: Victims) -> tuple[str, str] | None:
    p = _patterns()
    military = victims.kind == "military"
    if military:
        # Forces claiming the enemy they destroyed: the killer's side speaks.
        m = p["agent"].search(sentence[:start])
        if m and not re.search(r"[.!?]", m.group("gap")):
            subj = m.group("subj").split(",")[-1] if "," in m.group("subj") and " and " not in m.group("subj") else m.group("subj")
            side = country_in(subj) or adversaries().get(victims.affiliation or "")
            if side and side != victims.affiliation:
                return side, subj.strip()
        m = p["passive_agent"].match(sentence[end:])
        if m:
            side = country_in(m.group("subj")) or adversaries().get(victims.affiliation or "")
            if side and side != victims.affiliation:
                return side, m.group("subj").strip()
    if victims.affiliation:
        # A side counting its own dead, soldiers or civilians.
        return victims.affiliation, victims.text
    rest = sentence[:start] + " " * (end - start) + sentence[end:]
    m = p["blame"].search(rest)
    if m:
        blamed = country_in(m.group(0))
        side = adversaries().get(blamed or "")
        if side:
            return side, m.group(0)
    return None
