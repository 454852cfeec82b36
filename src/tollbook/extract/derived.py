"""Claims a document states without a figure of their own: "Eight men were shot, two of them
fatally" says six were wounded. Read from the claims assembled (extract/claims.py), each derived
claim naming those it is inferred from."""
from __future__ import annotations

import re
from functools import lru_cache

from ..regexes import compiled
from ..records import Claim, replace, stable_id
from ..victims import is_person_noun, victim_nouns, victim_tables
from .casualties import TALLY
from .merging import GENERIC_VICTIMS, Draft, may_be_same, proper_names

# "Man killed, 3 others shot": the others are over and above the dead
_BEYOND = compiled(r"(?:other|others|more)\b", re.I)
# the dead named by a reflexive pronoun: a shooter's own death ("turned the gun on himself")
_SELF = compiled(r"(?:him|her|them)sel(?:f|ves)", re.I)


def _tally(c: Claim) -> bool:
    """ "242 people have been shot since January": a running tally, not one incident's victims."""
    return c.period.start is not None or bool(TALLY.search(c.evidence[0].sentence))


@lru_cache(maxsize=1)
def _young() -> dict[str, str | None]:
    """Nouns of a young person and their age (data/victims.json young)."""
    return victim_tables()["young"]


_AGE = compiled(r"\b(\d{1,2})[-\s](year|month)s?[-\s]old\b|\b(teenage)\b", re.I)


def _age(text: str, nouns: set[str]) -> str | None:
    """A young victim's age as a class (baby, toddler, child, teen) from an age beside the
    noun ("a 9-year-old boy"), else from the noun ("a toddler"); None when neither says."""
    m = _AGE.search(text)
    if m and m.group(3):
        return "teen"
    if m:
        n = int(m.group(1)) / (12 if m.group(2).lower() == "month" else 1)
        return "baby" if n < 1 else "toddler" if n < 4 else "child" if n < 13 else "teen" if n < 20 else "adult"
    return next((age for w in nouns if (age := _young().get(w))), None)


def _one_child(a: set[str], b: set[str], text_a: str, text_b: str) -> bool:
    """Whether two victim phrases of a young person may name one child told twice: "the child"
    and "a ten-year-old girl", "the teenager" and "their son"; not "a toddler" and "a 9-year-old
    boy" (their ages differ)."""
    young = _young()
    if not (any(w in young for w in a) and any(w in young for w in b)):
        return False
    age_a, age_b = _age(text_a, a), _age(text_b, b)
    return age_a is None or age_b is None or age_a == age_b


def _among(dead: Claim, shot: list[Claim], told: frozenset[str]) -> bool:
    """Whether the dead may be among those counted as shot: any group of shot may hold them;
    one shot cashier is not the brother who died; the gunman dead by his own hand is none of those
    his sentence says he shot ("shot two coworkers before turning the gun on himself"), even where
    a later sentence restates them ("Both women were taken to the hospital"): ``told``, the
    sentences that tell of the shot, their parts' included."""
    if _SELF.fullmatch(dead.victims.text.strip()):
        said = dead.evidence[0].sentence
        if said in told and \
                not any(c.evidence[0].sentence == said and _SELF.fullmatch(c.victims.text.strip()) for c in shot):
            return False
    if any(c.value > 1 for c in shot):
        return True
    for c in shot:
        if c.count_text.lower().startswith("another"):
            continue  # "another teen was shot in the foot": not the one who died
        if may_be_same(c.victims.text, dead.victims.text):
            a = set(victim_nouns(c.victims.text)) - GENERIC_VICTIMS
            b = set(victim_nouns(dead.victims.text)) - GENERIC_VICTIMS
            if not (a and b and not a & b) or _one_child(a, b, c.victims.text, dead.victims.text):
                return True  # (two words of a child may name one: "the child", "a ten-year-old girl")
    return False


def _killed_apart(dead: Draft, shot: list[Draft]) -> bool:
    """Whether ``dead`` are counted in the sentence of a group told as wounded, some of them
    dead, and are not those dead: a group of their own ("Two guards were killed and five wounded,
    one of them mortally": the five are those hit and not killed outright; one of them died
    later), not among those shot. (Not a group told as shot: "3 dead in quadruple shooting"
    holds them.)"""
    said = dead.evidence[0].sentence
    return dead.mention.how != "fatally" and \
        any(s.mention.how == "wounded" and s.evidence[0].sentence == said for s in shot)


def _dead_of(dead: Draft, groups: list[Draft]) -> bool:
    """Whether ``dead`` are the dead of one of ``groups`` told right after it in its sentence
    ("three others were shot, one of them fatally")."""
    said, at = dead.evidence[0].sentence, dead.mention.figure.start
    return dead.mention.how == "fatally" and \
        any(g.evidence[0].sentence == said and g.mention.figure.end <= at for g in groups)


def wounded_from_shot(doc_id: str, kept: list[Draft], claims: list[Claim]) -> list[Claim]:
    """"Eight men were shot, two of them fatally": six wounded. Where the document's own wounded
    figures add up to fewer, they are parts of the derived figure; the derived claim names the
    claims it is inferred from."""
    shot = [(d, c) for d, c in zip(kept, claims) if d.mention.metric == "shot" and _in_total(c) and not _tally(c)]
    if not shot:
        return claims
    shot_claims = [c for _, c in shot]
    ids = {c.claim_id for c in shot_claims}
    told = frozenset(e.sentence for c in claims if c.claim_id in ids or c.part_of in ids for e in c.evidence)
    drafts = {c.claim_id: d for d, c in zip(kept, claims)}
    shot_drafts = [d for d, _ in shot]
    killed = [c for c in claims if c.metric == "killed" and _in_total(c) and not _tally(c) and _among(c, shot_claims, told)
              and not (c.claim_id in drafts and _killed_apart(drafts[c.claim_id], shot_drafts))]
    wounded = [c for c in claims if c.metric == "wounded" and _in_total(c)]
    # "Man killed, 3 others shot": the others are over and above the dead, all of them hit and alive
    others = sum(c.value for _, c in shot if _BEYOND.match(c.victims.text))
    beyond = [d for d, c in shot if _BEYOND.match(c.victims.text)]
    # ... less their own dead ("three others were shot, one fatally": two of them alive)
    theirs = [c for c in killed if c.claim_id in drafts and _dead_of(drafts[c.claim_id], beyond)]
    rest = sum(c.value for c in killed) - sum(c.value for c in theirs)
    n = max(sum(c.value for _, c in shot) - others - rest, 0) + max(others - sum(c.value for c in theirs), 0)
    if n <= sum(c.value for c in wounded):  # also n <= 0: wounded figures are never negative
        return claims
    first = shot[0][1]
    basis = tuple(c.claim_id for _, c in shot) + tuple(c.claim_id for c in killed)
    # "at least 55 shot, four of them killed": at least 51 wounded
    floor = any(c.qualifier == "at_least" for _, c in shot)
    derived = replace(first, claim_id=stable_id(doc_id, "wounded-from-shot", *basis), metric="wounded", value=n,
                      low=n if floor else None, high=None, qualifier="at_least" if floor else "exact",
                      count_text=first.count_text, derived_from=basis)
    parts = {c.claim_id for c in wounded}
    return [replace(c, part_of=derived.claim_id) if c.claim_id in parts else c for c in claims] + [derived]


# the dead of the next sentence told as some of the wounded before them ("One of them later
# died"; not "two of the victims", who may be any of those hit), and the words of a death after
# the wounding ("later", "succumbed", "pronounced dead", "of his injuries"), not at the scene
_SOME_OF_THEM = compiled(r"\s*(?:one|two|three|both|all)\s+of\s+(?:them|the\s+(?:wounded|injured))\b", re.I)
_HE_OR_SHE = compiled(r"\s*(?:he|she)\s", re.I)
_LATER_DEATH = compiled(r"\b(?:later|subsequently|since|succumb\w*|pronounced\s+dead|died\s+(?:at|in)\s+(?:a\s+|the\s+)?(?:\w+\s+){0,3}?hospital"
                        r"|(?:died|dying)\s+(?:of|from)\s+(?:his|her|their)\s+(?:injuries|wounds))\b", re.I)
_AT_THE_SCENE = compiled(r"\bat\s+the\s+scene\b", re.I)


def _in_total(c: Claim) -> bool:
    """Whether the document total adds ``c``."""
    return c.value is not None and c.part_of is None and c.stance != "denied"


def _counted(c: Claim) -> bool:
    return _in_total(c) and c.unit == "people"


def _same_name(na: set[str], nb: set[str]) -> bool:
    """Whether two names' capitalised words name one person: one's all in the other's ("Mendes"
    and "Carl Mendes"; not "Maria Lopez" and "Carlos Lopez")."""
    return bool(na and nb) and (na <= nb or nb <= na)


def _one_name(a: str, b: str) -> bool:
    """Whether two victim phrases name one person (:func:`_same_name`)."""
    return _same_name(proper_names(a), proper_names(b))


def _died_of_them(wounded: Claim, dead: Claim) -> bool:
    """Whether ``dead``, counted after ``wounded`` in a sentence that tells of a death after the
    wounding, are told as some of them: the wounded one's name ("Carl Mendes was wounded …
    Mendes succumbed"); in the very next sentence, "he" or "she" opening it after one wounded
    ("A man was wounded in the chest. He later died"), or "one of them" ("Two men were
    wounded. One of them died later")."""
    said = dead.evidence[0].sentence
    if dead.value > wounded.value or not _LATER_DEATH.search(said) or _AT_THE_SCENE.search(said):
        return False
    if wounded.value == 1 and _one_name(wounded.victims.text, dead.victims.text):
        return True
    told = next((e for e in wounded.evidence if 0 <= dead.evidence[0].start - e.end <= 3), None)
    if told is None:
        return False  # (another sentence between: another person may be "he")
    after = _after_the_wounded(told.sentence, wounded.victims.text)
    if after is None:
        return False
    if wounded.value == 1 and _HE_OR_SHE.match(said) and dead.victims.text.strip().lower() in ("he", "she"):
        # the wounded the subject of their sentence, no one else named after them ("A gunman
        # wounded a clerk. He later died" is the gunman)
        return not any(is_person_noun(w) for w in _WORDS.findall(after.lower()) if w not in _FATES) \
            and may_be_same(wounded.victims.text, dead.victims.text)
    # "One of them later died": the dead are that figure itself, and no other group was
    # counted after the wounded ("… and police arrested three men. One of them …")
    return _SOME_OF_THEM.match(said) is not None and said.lstrip().lower().startswith(dead.count_text.lower() + " ") \
        and not dead.victims.text.strip() and not _ANOTHER_COUNT.search(after)


# what follows a wounded group that is its sentence's subject ("A man was wounded …",
# "Two guards, both 30, were hurt …", "Smith suffered gunshot wounds …"): the rest of the
# sentence; else None
_WORDS = compiled(r"[a-z][a-z'’-]*")
_FATES = frozenset({"wounded", "injured", "hurt", "dead", "killed", "shot"})  # (people words too: "the wounded")
_ANOTHER_COUNT = compiled(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens?|many)\b", re.I)
_PASSIVE_AFTER = compiled(r"\s*(?:,[^,;]{1,60},\s*)?(?:was|were|had\s+been|has\s+been|have\s+been|is|are|(?:had\s+)?(?:suffered|sustained))\b", re.I)


def _after_the_wounded(sentence: str, words: str) -> str | None:
    at = sentence.find(words) if words else -1
    if at < 0 or not _PASSIVE_AFTER.match(sentence, at + len(words)):
        return None
    return sentence[at + len(words):]


def died_later(doc_id: str, claims: list[Claim]) -> list[Claim]:
    """"A man was wounded in the chest. He later died at a hospital": the wounded figure was of
    those hit, as "a man was shot" is (a claim of casualties), and the wounded left alive are
    derived from it and the dead ("Two men were wounded. One of them later died": one
    wounded). Only where the next figure of people after the wounded counts dead told as those
    wounded (:func:`_died_of_them`). So too a named person wounded whom the story counts dead
    by the same name, before or after ("Tyrone Banks was shot and killed … Banks suffered a
    gunshot wound to the chest"): the wound was the fatal one."""
    people = [i for i, c in enumerate(claims) if _counted(c)]
    out = list(claims)
    extra = []
    named_dead = [names for c in claims if c.metric == "killed" and c.stance != "denied" and c.count_text == c.victims.text
                  and (names := proper_names(c.victims.text))]
    for i in people:
        w = claims[i]
        if w.metric == "wounded" and w.value == 1 and w.count_text == w.victims.text and named_dead:
            names = proper_names(w.victims.text)
            if any(_same_name(names, d) for d in named_dead):
                out[i] = replace(w, metric="casualties")
    for i, j in zip(people, people[1:]):
        w, dead = out[i], claims[j]
        if w.metric != "wounded" or dead.metric != "killed" or w.derived_from or _tally(w) or _tally(dead) \
                or dead.evidence[0].start < w.evidence[-1].end or not _died_of_them(w, dead):
            continue
        out[i] = replace(w, metric="casualties")
        if (left := w.value - dead.value) > 0:
            extra.append(replace(w, claim_id=stable_id(doc_id, "wounded-alive", w.claim_id, dead.claim_id), value=left,
                                 low=left if w.qualifier == "at_least" else None, high=None,
                                 qualifier="at_least" if w.qualifier == "at_least" else "exact",
                                 derived_from=(w.claim_id, dead.claim_id)))
    return out + extra
