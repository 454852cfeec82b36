"""Claims a document states without a figure of their own: "Eight men were shot, two of them
fatally" says six were wounded. Read from the claims assembled (extract/claims.py), each derived
claim naming those it is inferred from."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import alternation
from ..regexes import compiled
from ..records import Claim, replace, stable_id
from ..victims import gender, is_perpetrator, is_person_noun, victim_nouns, victim_tables
from .casualties import TALLY
from .casualties.shapes import cues
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
    if _other_incident(dead):
        return False  # ("Hours later another shooting left one dead")
    for c in shot:
        if c.count_text.lower().startswith("another") or _told_apart(c) or _other_incident(c):
            continue  # "another teen was shot in the foot": not the one who died
        if _one_victim(c.victims.text, dead.victims.text, _owned(dead), _owned(c)):
            return True
    return False


# one told as hit besides someone: "another teen", "a second man" just before the victim's
# words, or "was also shot"
_ANOTHER = compiled(rf"\b(?:{alternation(cues()['besides_ordinals'])})\s+(?!times?\b)(?:[\w'’-]+\s+){{0,3}}$", re.I)
_ALSO_HIT = compiled(rf"\balso\s+(?:been\s+)?(?:{alternation(cues()['also_hit_verbs'])})\b", re.I)


def _told_apart(c: Claim) -> bool:
    """Whether a sentence of ``c`` tells its victim as one hit besides another ("Another boy,
    also 15, was shot in the foot", "A woman was also shot")."""
    words = c.victims.text
    for e in c.evidence:
        at = e.sentence.find(words) if words else -1
        if at >= 0 and _ANOTHER.search(e.sentence, max(0, at - 60), at):
            return True
        # (near the victim's words: "the gunman also shot at a car" is not the victim's)
        if at >= 0 and _ALSO_HIT.search(e.sentence, at + len(words), at + len(words) + 40):
            return True
    return False


@lru_cache(maxsize=1)
def _other_incident_words() -> re.Pattern[str]:
    return compiled(rf"\b(?:{alternation(cues()['other_incident'])})\b", re.I)


def _other_incident(c: Claim) -> bool:
    """Whether a sentence of ``c`` tells of another incident ("Separately, …", "another
    shooting", "across town"; data/cues.json other_incident): its victim is no one told before."""
    return any(_other_incident_words().search(e.sentence) for e in c.evidence)


@lru_cache(maxsize=1)
def _relations() -> frozenset[str]:
    """Nouns of a person by a tie to another ("his friend", "her sister"), not by age: such a
    noun and one of age or sex ("a teenager", "the man") may name one person."""
    t = victim_tables()
    return frozenset(t["relations"]) - set(t["young"]) - set(t["occupation_ties"])


_NAMELESS = GENERIC_VICTIMS | {"victim"}


_POSSESSIVE = compiled(r"\b(?:his|her|their)\s+$", re.I)
# ... the owner the one who killed ("killing his little sister", "the fatal shooting of her grandson")
_KILLERS_OWN = compiled(r"\b(?:of|kill(?:s|ed|ing)?|shoot(?:s|ing)?|shot|murder(?:s|ed|ing)?|stabb(?:ed|ing))\s+(?:his|her|their)\s+$", re.I)


def _owned(c: Claim) -> bool:
    """Whether ``c``'s victim words follow "his", "her" or "their" of someone who need not be
    the one who killed ("his brother died"; not "charged with killing his sister")."""
    words = c.victims.text
    if not words:
        return False
    for e in c.evidence:
        at = e.sentence.find(words)
        if at > 0 and _POSSESSIVE.search(e.sentence, max(0, at - 7), at) \
                and not _KILLERS_OWN.search(e.sentence, max(0, at - 30), at):
            return True
        if _OF_HIS.search(words) or at >= 0 and _OF_HIS.match(e.sentence, at + len(words)):
            return True  # ("a friend of his")
    return False


_OF_HIS = compiled(r"\s+of\s+(?:his|hers|theirs)\b", re.I)


def _one_victim(a: str, b: str, b_owned: bool = False, a_owned: bool = False) -> bool:
    """Whether two victim phrases, each of one person, may name the same person: not of
    different sexes; not two names alone that differ ("Ann Lee" and "Mary Fox"; a place or a day
    beside a noun is no name of the person: "a Joplin girl", "the victim Sunday"); not two nouns
    of one sort that differ ("a woman" and "a boy", "his wife" and "his son"), but a tie and an
    age may ("his friend" and "the teen"), and two words of a child may ("the child", "a
    ten-year-old girl"). ``b_owned``: ``b`` follows "his", "her" or "their", a tie of someone
    told before, maybe of ``a`` ("his friend died"): no tie of ``b``'s is ``a``; so too ``a_owned``
    ("A man was killed. His nephew was shot": someone's nephew, maybe the dead man's)."""
    ga, gb = gender(a), gender(b)
    if ga and gb and ga != gb:
        return False
    age_a, age_b = _AGE.search(a), _AGE.search(b)
    if age_a and age_b and age_a.group(1) and age_b.group(1) and age_a.group(0).lower() != age_b.group(0).lower():
        return False  # ("a 6-year-old", "the 3-year-old")
    nouns_a = set(victim_nouns(a)) - _NAMELESS
    nouns_b = set(victim_nouns(b)) - _NAMELESS
    names_a, names_b = proper_names(a), proper_names(b)
    if names_a and names_b and not names_a & names_b and (not set(victim_nouns(a)) and not set(victim_nouns(b)) or nouns_a & nouns_b):
        return False  # (two names, or two places beside one noun: "a Dover man", "a Camden man")
    if not nouns_a or not nouns_b or nouns_a & nouns_b or _one_child(nouns_a, nouns_b, a, b):
        return True
    rel, grown, plain = _relations(), _grown(), _age_or_sex()
    if nouns_a <= rel and nouns_b <= plain:
        tie, other = nouns_a, nouns_b
    elif nouns_b <= rel and nouns_a <= plain:
        tie, other = nouns_b, nouns_a
    else:
        return False  # (a shot cashier is not his brother who died)
    if b_owned and tie is nouns_b or a_owned and tie is nouns_a:
        return False  # ("a man was shot …; his brother died": someone's brother, maybe the shot man's)
    # a grown person's tie is no young person ("their mother" and "the child")
    young = _young()
    return not (tie & grown and any(w in young for w in other))


@lru_cache(maxsize=1)
def _grown() -> frozenset[str]:
    return frozenset(victim_tables()["grown_relations"])


@lru_cache(maxsize=1)
def _age_or_sex() -> frozenset[str]:
    """Nouns of a person by age or sex alone ("boy", "teen", "woman"), not by a tie."""
    t = victim_tables()
    return (frozenset(t["young"]) | frozenset(t["male"]) | frozenset(t["female"])) - _relations()


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
    gunshot wound to the chest"): the wound was the fatal one. So too one found wounded or taken
    to hospital in critical condition whom a dead told elsewhere may be (:func:`_wound_was_fatal`)."""
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
    _wound_was_fatal(claims, people, out)
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


# how a story tells of one hit before it tells of the death: "officers found her hurt in the yard",
# "was rushed to a hospital in critical condition"; not of one who lives ("in stable condition",
# "expected to survive", "treated and released")
_BEFORE_DEATH = compiled(rf"\b(?:{alternation(cues()['before_death_words'])})\b", re.I)
# a death told beside the wound: the dead are others ("X was killed and a family friend critically
# wounded"), unless it came later (the wounded's own: "… in critical condition, and he later died")
_DEATH = compiled(rf"\b(?:{alternation(cues()['death_words'])})\b", re.I)
# ("the fourth victim", "a second man": one besides the dead)
_ORDINAL = compiled(rf"(?:{alternation(cues()['besides_ordinals'])})\b", re.I)
_LIVES = compiled(rf"\b(?:{alternation(cues()['survival_words'])})\b", re.I)
# one told as someone new ("A man was shot dead", "found a woman with a gunshot wound"): maybe
# another than one told before
_INDEFINITE = compiled(r"\b(?:an?|one|another)\s+(?:[\w'’-]+\s+){0,2}$", re.I)


def _new_one(c: Claim) -> bool:
    """Whether ``c``'s victim is told only as someone new ("a man"), in no sentence as one
    known ("the boy", "the victim", a name, a headline's bare noun)."""
    words = c.victims.text.strip()
    places = [(e.sentence, at) for e in c.evidence if words and (at := e.sentence.find(words)) >= 0]
    return bool(places) and all(_INDEFINITE.search(s, max(0, at - 30), at) for s, at in places)


def _may_be_the_dead(w: Claim, d: Claim) -> bool:
    """Whether the one found wounded ``w`` may be the dead ``d`` (:func:`_one_victim`): not in
    another incident; not a dead by their own hand or a shooter ("himself", "the gunman");
    not someone's tie ("his brother was found wounded") unless of the dead's own noun or both
    young ("his son", "the 3-year-old son"); not two told as someone new ("a man was shot
    dead … officers found a man with a gunshot wound") unless both young."""
    a, b = w.victims.text, d.victims.text
    if not _one_victim(a, b, _owned(d)) or _other_incident(d):
        return False
    if _SELF.fullmatch(b.strip()) or is_perpetrator(b):
        return False
    young = _one_child(set(victim_nouns(a)), set(victim_nouns(b)), a, b)
    if _owned(w) and not (set(victim_nouns(a)) & set(victim_nouns(b)) or young):
        return False
    return young or not (_new_one(d) and (_new_one(w) or _owned(w)))


def _wound_was_fatal(claims: list[Claim], people: list[int], out: list[Claim]) -> None:
    """"Officers found a 12-year-old girl shot in the yard … The girl died that night": one wounded, told
    as hit and taken to hospital, in no sentence that counts the dead, and one dead elsewhere
    in the story who may be that person (:func:`_one_victim`): the wound was the fatal one; the
    wounded figure becomes one of casualties (in ``out``)."""
    dead = [c for c in claims if c.metric == "killed" and _in_total(c) and c.value == 1 and not _tally(c)]
    if not dead:
        return
    told_dead = {e.start for c in dead for e in c.evidence}
    for i in people:
        w = out[i]
        if w.metric != "wounded" or w.value != 1 or w.derived_from or _tally(w) or any(e.start in told_dead for e in w.evidence):
            continue
        said = " ".join(e.sentence for e in w.evidence)
        if not _BEFORE_DEATH.search(said) or _LIVES.search(said) or _DEATH.search(said) and not _LATER_DEATH.search(said) or _told_apart(w) \
                or _ORDINAL.match(w.victims.text) or _other_incident(w):
            continue
        if any(_may_be_the_dead(w, d) for d in dead):
            out[i] = replace(w, metric="casualties")
