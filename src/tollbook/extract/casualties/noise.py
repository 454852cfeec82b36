"""Numbers that are not counts of people: ages, years, times, money, measures, addresses, labels.

``is_noise`` reads a bounded window either side of one figure; ``candidate_figures`` drops
what it flags before any cue is looked for.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...lexicon import alternation, holds_any, lowers_alike
from ...regexes import compiled
from ...records import Figure
from ...resolve import country_in
from ...required import may_match, required_words
from .shapes import IRREGULAR_PLURALS, LEFT_WINDOW, SOURCE_BEFORE, cues, patterns


def both_kinds(sentence: str, f: Figure) -> bool:
    """ "both staff and patients", "both men and women", "both Russian and Ukrainian forces",
    "both Russia and Ukraine", "both killed and wounded", "both armies": both kinds of people, both
    sides or both fates, not two people."""
    if f.count_text.lower() != "both":
        return False
    if (side := _NEXT_WORD.match(sentence, f.end)) is not None and side.group(1).lower() in cues()["both_sides"]:
        return True  # "the losses of both armies": both sides
    if not (m := _BOTH_KINDS.match(sentence, f.end)):
        return False
    # "soldiers, both killed and wounded": both fates, not two people
    if all(w.lower() in cues()["after"] for w in m.group("kind", "other")):
        return True
    # "both assailants and one officer", "both sons and then himself": two, and someone more
    return all(w.lower() in IRREGULAR_PLURALS or w.islower() and w.endswith("s") and not w.endswith("ss")
               or country_in(w) is not None for w in m.group("kind", "other"))


def is_noise(sentence: str, f: Figure) -> bool:
    """Numbers that are not counts: ages, years, times, money, measures, addresses, labels."""
    p = patterns()
    # Patterns anchored at the end of the left context only need its tail.
    right, left = sentence[f.end: f.end + 80], sentence[max(f.start - 60, 0): f.start]
    stripped = left.rstrip()
    tail = stripped.lower()
    if tail.endswith(("how", "so", "too")) and f.qualifier == "vague":
        return True
    if tail.endswith((" no", "(no")) or tail == "no":
        return True
    # "Image 1 of 16 A man died": a count is never followed by an article
    if f.count_text[:1].isdigit() and _ARTICLE_AFTER.match(right):
        return True
    # "19.3 deaths per 100,000": a rate, not a count
    # (each holds its mark or word, case and all: looked for first, most figures have neither)
    if "." in f.count_text and _DECIMAL.fullmatch(f.count_text) or "per" in right and _RATE.match(right):
        return True
    if holds_any(right, _TIME_UNITS) and (r := _TIME_RATE.match(right)) is not None and (r.group("per").lower() != "per" or _ONGOING.search(left)):
        # "losing 50 soldiers a day", "100 are killed every day", "an average of 200 per day": a
        # rate, not a toll; but "lost 500 servicemen per day" is a communiqué's day (its last 24 hours)
        return True
    if "and" in left[-40:] and _RATE_PARTNER.search(left):
        return True
    if p["units"].match(right) or _labelled(left, tail):
        return True
    # "ages 7 and 5"; but "ages 21 and 49, and two males": a count after the list
    # (each pattern below is searched only where the window holds a word its match holds:
    # most figures have none, and a search tries every position)
    if "age" in tail and p["ages"].search(left[-40:]) and (f.count_text[:1].isdigit() or _AGE_WORD.search(left)):
        return True
    if f.value is not None and f.value <= 120 and f.qualifier in ("exact", "at_least", "at_most") \
            and ((b := _BOUND_WORD.match(f.count_text)) or left[-1:].isspace() and tail.endswith(_AGE_BOUND_ENDS)) \
            and _AGE_BOUND.search(left + (b.group(1) + " " if b else "")):
        return True  # "two children under five", "a woman over 80": an age bound, not a count
    if f.count_text[:1].isdigit() and right[:1] == "-" and _SUSPENDED_AGE.match(right):
        return True  # "her 7- and 4-year-old nieces": an age whose "year-old" is told once, after the last
    if f.count_text.lower() in ("a single", "one", "a") and _A_GUNSHOT.match(right):
        return True  # "a single shot that hit both of them": one bullet
    if f.count_text.lower() == "both" and _FLOATING.search(tail):
        return True  # "two men, who were both shot": the two again, not two more
    if may_match(left, _SOURCE_WORDS, tail) and SOURCE_BEFORE.search(left):
        return True  # "according to the two men": the source, not victims
    if f.count_text == "911" and (_CALLED.search(tail) or tail.endswith((" a", " the")) or _CALL_AFTER.match(right)):
        return True  # "a neighbor called 911 and the victims were taken to the hospital": the number dialed
    if f.count_text.lower() in ("one", "a") and tail.endswith(("in", "at")) and _ONE_TIME.match(right):
        return True  # "In one case, a man was hurt"; "at one point": an occasion, not a person
    if "May" in left and _MAY_DATE.search(left):
        return True  # "on May 29": the month, not the modal verb
    if p["address"].match(right):
        return True
    if len(f.count_text) >= 3 and f.count_text.isdigit() and _STREET_NUMBER.match(right) and re.search(r"\b(?:on|at|near|of)\s*$", tail):
        return True  # "On 11700 Robertson, one person has been killed": a house number
    # "two girls, 7 and 5, were shot": ages listed after the people they describe
    if f.count_text.isdigit() and stripped.endswith(_AGE_LIST_ENDS) \
            and (_AGE_LIST.search(left) and _AGE_LIST_RIGHT.match(right) or _AGE_LIST_LAST.search(left)):
        return True
    if f.count_text.isdigit() and len(f.count_text) <= 2 and stripped.endswith(_SUFFIX_ENDS) and _SUFFIX.search(left):
        return True  # "Larry Watkins Jr. 26"
    # "Julian Bryant, 22, died" / "the suspect (34)": an age in apposition, not a count.
    if f.count_text[:1].isdigit() and f.qualifier == "exact" and _CLOSES.match(right) and p["apposition_age"].search(left):
        return True
    # "Dennie Reeves, 66 and Ginger Reeves, 64 were found dead"; "Shawn Johnson Jr., 21 of Lynchburg"
    if f.count_text.isdigit() and len(f.count_text) <= 2 and stripped.endswith(",") and len(stripped) < len(left) and _AFTER_NAME.search(left) and (
            _NAME_AGE_NEXT.match(right) or _NAME_AGE_BEFORE.search(sentence, max(f.start - LEFT_WINDOW, 0), f.start) or _HOMETOWN.match(right)):
        return True
    v = f.value
    if v is not None and f.qualifier == "exact" and 1800 <= v <= 2100 and f.count_text.isdigit():
        return not p["person_after"].match(right)
    return False


# (after a figure: a hyphen, then the next age of a list, "-year-old" or "-month-old" written after it)
_SUSPENDED_AGE = compiled(r"-,?\s+(?:(?:and|or|to)\s+)?\d{1,3}-(?:\s*(?:and|or|to)\s+\d{1,3}-)?(?:year|month|week)s?-old\b", re.I)


def _labelled(left: str, tail: str) -> bool:
    """``patterns()["noise_before"]`` ("route", "aged", "father of", "covid-") ends ``left``:
    read only where ``tail`` (``left`` stripped and lower-cased) ends in a phrase's last word.
    The pattern searched from every position of the 60 characters costs six times the test."""
    if lowers_alike(left) and not _ends_in_label(tail):
        return False
    return patterns()["noise_before"].search(left) is not None


def _ends_in_label(tail: str) -> bool:
    """``tail.endswith(ends)`` for the last words of ``noise_before``, asked as a set of each
    length's ending (a few lookups where ``endswith`` tries each of over a hundred words): only
    the lengths of the words ending in ``tail``'s last character (most end in none)."""
    ends, lengths = _label_ends()
    for n in lengths.get(tail[-1:], ()):
        if tail[-n:] in ends:  # (shorter than n: the whole tail, which ends in itself)
            return True
    return False


@lru_cache(maxsize=1)
def _label_ends() -> tuple[frozenset[str], dict[str, tuple[int, ...]]]:
    """The last word of every phrase of ``noise_before`` (the pattern's match ends in one), and
    their lengths by their last character."""
    ends = frozenset(phrase.split()[-1].lower() for phrase in cues()["noise_before"])
    lengths: dict[str, set[int]] = {}
    for e in ends:
        lengths.setdefault(e[-1:], set()).add(len(e))
    return ends, {c: tuple(sorted(ns)) for c, ns in lengths.items()}


_ARTICLE_AFTER = compiled(r"^\s+(?:A|An|The)\s")
_DECIMAL = compiled(r"[\d,]*\.\d+")
_RATE = compiled(r"^\s+\w+\s+per\s+(?:\d|capita|cent)")
# (a unit of time after one of these is a span, no rate: "on a day", "in a day", "within a week",
# "over a week", "for a week", "under a month", "more than a year")
_NOT_A_SPAN = r"(?<!\bon\s)(?<!\bin\s)(?<!\bwithin\s)(?<!\bover\s)(?<!\bfor\s)(?<!\bunder\s)(?<!\bthan\s)"
# a figure counted per unit of time in its own clause ("200 soldiers a day", "100 killed every
# day"); not a day named ("a day earlier", "on a day when", "the day after"), nor a thing ("a day care")
# ("within a week", "over a week", "a month into", "a day apart": a span, no rate)
_TIME_RATE = compiled(rf"^(?:\s+[\w'’-]+){{0,7}}?\s+{_NOT_A_SPAN}"
                      r"(?P<per>a|per|every|each)\s+(?:day|week|month|hour)\b(?![-'’])"
                      r"(?!\s+(?:earlier|later|before|after|ago|of|when|that|in which|on which|care|school|trip|camp|cent(?:er|re)|shift|into|apart|or\s+so\s+(?:after|later|before))\b)", re.I)
# a figure joined to a rate in its clause is a rate too ("200 are killed a day and another 600
# wounded", "150 a day were being killed and 800 wounded")
# (a count before the rate, in its clause, and the rate no span of time: "for a week and 47
# were killed", "every day and 30 died" are tolls)
_RATE_PARTNER = compiled(r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b)[^,;:.]{0,60}?\s"
                         rf"{_NOT_A_SPAN}"
                         r"(?:a|per|every|each)\s+(?:day|week|month|hour)\b(?!\s+(?:earlier|later|before|after|ago|of|when|that|into|apart)\b)"
                         r"(?:\s+[\w'’-]+){0,4}?\s+(?:and|while|with)\s+(?:(?:another|a\s+further|further|up\s+to|about|around|nearly|almost|some|more\s+than|over)\s+)?$", re.I)
# (the words _TIME_RATE needs, as a sentence writes them, a space before: not "Monday", "today"; a
# window without them is passed over at once)
_TIME_UNITS = (" day", " week", " month", " hour", " Day", " Week", " Month", " Hour", " DAY", " WEEK", " MONTH", " HOUR")
# what makes "per day" a rate: a figure going on, or an average ("is losing", "are being killed")
_ONGOING = compiled(r"\b(?:is|are|being|loses|losing|dying|averag\w*|rate)\b[^,;:.]*$", re.I)
_CLOSES = compiled(r"^\s*[,)]")
_AGE_LIST = compiled(r"(?:[A-Za-z]s|[mM]en|[cC]hildren|[pP]eople)\s*,\s*(?:(?:believed to be|thought to be|aged|both|all)\s+)?(?:\d{1,2}\s*(?:,|and)\s*)*$")
# what _AGE_LIST and _AGE_LIST_LAST end in, before their trailing spaces: a test of the text
# stripped before the patterns, which are tried at every position
_AGE_LIST_ENDS = (",", "and", "be", "aged", "both", "all")
_AGE_LIST_LAST = compiled(r"(?:[A-Za-z]s|[mM]en|[cC]hildren|[pP]eople)\s*,\s*(?:\d{1,2}\s*(?:,|,?\s*and)\s*)+$")
_SUFFIX = compiled(r"[A-Z][a-z]+\s+(?:Jr|Sr)\.?,?\s*$")
# what _SUFFIX ends in before its spaces (a test before the pattern, tried at every position;
# so is _AFTER_NAME's comma and the spaces after it)
_SUFFIX_ENDS = ("Jr", "Sr", "Jr.", "Sr.", "Jr,", "Sr,", "Jr.,", "Sr.,")
_AGE_LIST_RIGHT = compiled(r"^\s*(?:,|and\s+\d{1,2}\b)")
# "both staff and patients", "both men and women": both kinds, not two people
_NEXT_WORD = compiled(r"\s+([A-Za-z]+)\b")
_BOTH_KINDS = compiled(r"\s+(?:the\s+)?(?P<kind>[A-Za-z][\w'’-]*)\s+and\s+(?:the\s+)?(?P<other>[A-Za-z][\w'’-]*)\b")
_AFTER_NAME = compiled(r"(?-i:[A-Z][a-z'’.-]+),\s+$")
_NAME_AGE_NEXT = compiled(r"^,?\s+and\s+(?:[A-Z][\w'’.-]*\s+){1,4}?(?-i:[A-Z][\w'’.-]*),\s+\d{1,2}\b")
_NAME_AGE_BEFORE = compiled(r"[A-Z][a-z'’.-]+,\s+\d{1,2}\s*[,;]?\s+and\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][a-z'’.-]+,\s+$")
_HOMETOWN = compiled(r"^\s+of\s+[A-Z][a-z]")
_AGE_WORD = compiled(r"\bage[sd]?(?:\s+of)?\s*$", re.I)
# "On 11700 Robertson,", "of 1121 W. Columbus Ave.,": a house number before its street
_STREET_NUMBER = compiled(r"^\s+(?:[NSEW]\.?\s+|(?:North|South|East|West)\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:\s+(?:St|Ave|Rd|Blvd|Dr|Ln|Ct|Pl|Way|Street|Avenue|Road|Drive|Lane|Court|Place|Boulevard)\b\.?)?\s*[,.;]")
_A_GUNSHOT = compiled(r"^\s+(?:shot|round|bullet|gunshot)\b(?!\s+(?:dead|and|in|at|on|to|by|after|while|during|near|outside|inside|,)\b|\s*[,.;:-]|\s*$)", re.I)
_FLOATING = compiled(r"\b(?:were|are|have|had|been|who|they|them|we|us)$")
_MAY_DATE = compiled(r"\bMay\s+$")
_CALLED = compiled(r"\b(?:call|calls|called|calling|dial|dials|dialed|dialled|dialing|dialling)\s*$")
_CALL_AFTER = compiled(r"^\s+(?:call|calls|caller|callers|dispatch\w*|operators?|centers?|centres?|tapes?|recordings?)\b", re.I)
_ONE_TIME = compiled(r"^\s+(?:case|instance|incident|occasion|point|time)\b", re.I)
_SOURCE_WORDS = required_words(SOURCE_BEFORE.pattern, SOURCE_BEFORE.flags)  # "according to", "citing", "per"
_BOUND_WORD = compiled(r"(under|over|below|above)\s", re.I)
# a person noun (data/cues.json age_bound_nouns), then an age bound: "girls under seven",
# "boys younger than 12", "a woman over 80"
# what _AGE_BOUND ends in, lower-cased, before the space it ends with (the age bound, "than",
# "the age of"): a test of the window's end before the pattern, which is tried at every position
_AGE_BOUND_ENDS = ("under", "over", "below", "above", "than", "of")
_AGE_BOUND = compiled(rf"\b(?:{alternation(cues()['age_bound_nouns'])})"
                      r"\s+(?:(?:aged|age|ages)\s+)?(?:under|over|below|above|younger\s+than|older\s+than)\s+(?:the\s+age\s+of\s+)?$", re.I)
