"""Figures as written: digits, number words, qualifiers, ranges and vague quantities.

Conventions for vague words (their ``low``/``high``) live in ``data/numbers.json``.
"""
from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache

from ..regexes import compiled
from ..lexicon import alternation, data_json, table_key
from ..records import Figure

_SPACE = "[ \u202f\u2009]"  # (a no-break space is a space once cleaned)
# a decimal comma ("1,5 million": read only before a scale word; alone, "1,5" may be a list)
DECIMAL_COMMA = r"\d{1,3},\d{1,2}"
_GROUPING = str.maketrans("", "", ", \u202f\u2009")


@lru_cache(maxsize=1)
def tables() -> dict:
    return data_json("numbers.json")


def _scale_words() -> list[str]:
    return list(tables()["scales"])


@lru_cache(maxsize=1)
def word_pattern() -> str:
    t = tables()
    unit = alternation(list(t["small"]) + list(t["scales"]) + list(t["misspelt"]))
    scales = alternation(_scale_words())
    plurals = alternation([w + "s" for w in _scale_words()])
    # A run of number words: "twenty-one", "one hundred and twelve", "two thousand",
    # "seventy-five thousands". Before a scale word: "a hundred and twenty", "a thousand" (the
    # article is a one), "half a million", "a quarter of a million", "two and a half thousand".
    head = rf"(?:half\s+an?\s+|(?:an?\s+)?quarter\s+(?:of\s+)?(?:an?\s+)?|an?\s+(?:half\s+)?)(?=(?:{scales})\b)"
    joint = rf"(?:[\s-]+|\s+and\s+(?:an?\s+half\s+(?=(?:{scales})\b))?)"
    return rf"(?:{head})?(?:{unit})(?:{joint}(?:{plurals}|{unit}))*"


@lru_cache(maxsize=1)
def digits_pattern() -> str:
    """Digits as written: one run of digits (possessive: a shorter run is never a count here, the
    digit after it rules it out), then what continues it. A run of one to three digits may go on
    in groups of three by commas ("12,000"), or by spaces where the last group is "000" ("12 000",
    "1 500 000": machine-translated and European copy). Other groups after a space are another
    number as often ("kills 5 100 wounded", "on March 12 300 people"), so they are read apart. A
    spaced run is not grouped where more digits follow a space (a phone number) or a hyphen
    follows without a digit ("3 000-year-old"); it is read from its first group only, at most five
    groups: a run of groups is scanned once, not from each of its groups. A decimal comma is read
    before a scale ("1,5 million"). Any run may take a decimal point."""
    scales = alternation(list(tables()["digit_scales"]))
    return (r"\d++(?:(?<!\d{4})(?:(?:,\d{3})+(?:\.\d+)?"
            rf"|(?<!\d{_SPACE}\d)(?<!\d{_SPACE}\d\d)(?<!\d{_SPACE}\d\d\d)(?:{_SPACE}\d{{3}}){{0,3}}{_SPACE}000(?!\d|\s\d|-(?!\d))"
            rf"|,\d{{1,2}}(?=\s*(?:{scales})\b))|\.\d+)?")


@lru_cache(maxsize=1)
def figure_regex() -> re.Pattern[str]:
    t = tables()
    quals = alternation(list(t["qualifiers"]))
    vague = alternation(list(t["vague"]))
    dozens = alternation([k for k in t["dozens"] if k not in ("a", "an")])
    scale = rf"(?:\s*(?:{alternation(list(t['digit_scales']))})\b)?"
    digits = digits_pattern()
    num = rf"(?:(?:{digits}){scale}|{dozens}|{word_pattern()})"
    return compiled(
        rf"(?<![\w$£€#.,/:-])(?:(?P<qual>{quals})\s+)?"
        rf"(?:between\s+(?P<r1>{num})\s+(?:and|to)\s+(?P<r2>{num})"
        rf"|from\s+(?P<f1>{num})\s+to\s+(?P<f2>{num})"
        rf"|(?P<d1>(?:{digits}){scale})\s*(?:-|–|—|to)\s*(?P<d2>(?:{digits}){scale})(?![\w/])"
        rf"|(?P<n>{num})"
        # "two and a half" is no whole count: not "two"
        rf"|(?P<vague>{vague}))(?![\w]|[/:.,]\d|\s+and\s+an?\s+half\b)",
        re.I,
    )


_WORDS = compiled(r"[\s-]+")
_SPACES = compiled(r"\s+")


def parse_words(text: str) -> int | None:
    """Value of a run of number words ("one hundred and twelve" -> 112), or None when the words
    are no one quantity ("twenty thirty", "one one", "two and a half"): never a wrong number.

    A scale multiplies everything before it that is smaller ("two hundred fifty thousand",
    "two thousand million"); plural scales count the same ("seventy-five thousands"); a half or
    a quarter is a fraction of the scale after it ("half a million", "two and a half thousand")."""
    t = tables()
    small, scales = t["small"], t["scales"]
    groups: list[tuple[int, float]] = []  # (scale, value) of the scales read so far, largest first
    current = 0.0  # the part below the next scale: "two hundred fifty" before "thousand"
    last = ""  # what the previous word was: "", "unit", "teen", "tens", "hundred", "scale", "fraction"
    article = False
    words = [w for w in _WORDS.split(text.lower()) if w]
    for k, w in enumerate(words):
        if w in ("a", "an"):
            article = True
            continue
        if w in ("and", "of"):
            continue
        w = w[:-1] if w.endswith("s") and w[:-1] in scales and last not in ("", "scale") else w
        if w in t["misspelt"]:
            w = next(n for n, v in small.items() if v == t["misspelt"][w])
        if w in small:
            v = small[w]
            below_hundred = current % 100
            if v < 10 and v > 0:
                ok = below_hundred == 0 and last != "unit" or last == "tens" and below_hundred % 10 == 0
            else:  # zero, ten to nineteen, and the tens: only where no smaller word came yet
                ok = below_hundred == 0 and last not in ("unit", "teen", "tens")
            if not ok or last == "fraction":
                return None
            current += v
            last = "tens" if v >= 20 else "teen" if v >= 10 or v == 0 else "unit"
        elif w in t["fractions"]:
            # "half a million", "two and a half thousand": a fraction of the next scale
            if last == "fraction" or not any(x in scales for x in words[k + 1:k + 4]):
                return None
            current += t["fractions"][w]
            last = "fraction"
        elif w == "hundred":
            if last == "hundred" or current >= 100 or (current % 1 and last != "fraction") or (current == 0 and k > 0 and not article):
                return None  # "two hundred hundred", "a thousand hundred"
            current = (current or 1) * 100
            last = "hundred"
        elif w in scales:
            size = scales[w]
            # everything read since a larger scale is the count of this one
            if any(s == size for s, _ in groups):
                return None  # "two thousand three thousand"
            acc = current + sum(v for s, v in groups if s < size)
            groups = [(s, v) for s, v in groups if s > size]
            if acc == 0 and k > 0 and not article:
                return None  # "one million thousand"
            groups.append((size, (acc or 1) * size))
            current = 0
            last = "scale"
        else:
            return None
        article = False
    if last in ("", "fraction") or article:
        return None
    total = sum(v for _, v in groups) + current
    return int(total) if total == int(total) else None


@lru_cache(maxsize=1)
def _digits_scale() -> re.Pattern[str]:
    return compiled(rf"({digits_pattern()})\s*([a-z]+)?")


_DECIMAL_COMMA = compiled(DECIMAL_COMMA)


def _decimal(digits: str) -> Decimal:
    """The value of digits as written: "12,000" and "12 000" grouped, "1,5" a decimal comma."""
    if _DECIMAL_COMMA.fullmatch(digits):
        return Decimal(digits.replace(",", "."))
    return Decimal(digits.translate(_GROUPING))


def parse_number(text: str) -> int | None:
    """Value of one number as written: "1,597", "1.2 million", "2.3 billion", "twenty-one",
    "a dozen"; None when it is no whole count ("2.5")."""
    s = text.strip().lower()
    d = tables()["dozens"]
    if s in d:
        return d[s]
    if s.isdecimal():  # digits alone: the common case ("000", "0188": a code, no count)
        return int(s) if len(s) <= _MOST_DIGITS and (s[0] != "0" or len(s) == 1) else None
    m = _digits_scale().fullmatch(s)
    if m:
        mult = tables()["digit_scales"]
        if m.group(2) and m.group(2) not in mult:
            return None
        # decimal arithmetic: "2.3 billion" is 2,300,000,000, not a float's 2,299,999,999.99
        value = _decimal(m.group(1)) * mult.get(m.group(2) or "", 1)
        return int(value) if value <= _MOST and value == int(value) else None
    return parse_words(s)


# No count in the news comes near a quadrillion: a longer number is an identifier or hostile text
# (and past ~4,300 digits Python will not even convert it), so it is read as no count.
_MOST = 10 ** 15
_MOST_DIGITS = len(str(_MOST)) - 1


def shared_scale(low: int | None, high: int, low_text: str, high_text: str) -> int | None:
    """The low end of a range whose scale is written once, after the high end: "between two and
    three hundred" is 200 to 300, "2.5 to 3 million" two and a half million to three."""
    words = high_text.strip().lower().split()
    scale = tables()["digit_scales"].get(words[-1]) if words else None
    if not scale or scale <= 1 or any(w in tables()["digit_scales"] for w in low_text.lower().split()):
        return low
    if low is None:  # "2.5" alone is no count; before "3 million" it is two and a half million
        m = re.fullmatch(digits_pattern(), low_text.strip())
        value = _decimal(low_text.strip()) * scale if m else None
        return int(value) if value is not None and value == int(value) and value < high else None
    return low * scale if high % scale == 0 and 0 < low < high // scale else low


def is_round(n: int) -> bool:
    return n >= 10 and n % 10 == 0


@lru_cache(maxsize=1)
def _lower_figure_regex() -> re.Pattern[str]:
    # Matching lower-cased text without re.I is twice as fast; offsets are the same.
    return compiled(figure_regex().pattern)


def to_figure(m: re.Match[str], sentence: str | None = None) -> Figure | None:
    """The :class:`Figure` of a match of :func:`figure_regex`, or ``None`` if it is no count.
    ``sentence``: the text as written, when the match was made on a lower-cased copy."""
    t = tables()
    qual_text = (m.group("qual") or "").lower()
    if qual_text:
        qual_text = _SPACES.sub(" ", qual_text)
    span = (m.start(), m.end())
    text = sentence[span[0]:span[1]] if sentence is not None else m.group(0)
    n = m.group("n")
    if n is None:  # (the alternatives are exclusive: a single number has no range or vague word)
        for a, b in (("r1", "r2"), ("f1", "f2"), ("d1", "d2")):
            if m.group(a):
                lo, hi = parse_number(m.group(a)), parse_number(m.group(b))
                if hi is not None:
                    lo = shared_scale(lo, hi, m.group(a), m.group(b))
                if lo is None or hi is None or lo >= hi:
                    return None
                return Figure(None, lo, hi, "range", text, *span)
        if m.group("vague"):
            if qual_text:
                return None
            key = _SPACES.sub(" ", table_key(m.group("vague")))
            lo, hi = t["vague"][key]
            return Figure(None, lo, hi, "vague", text, *span)
    value = parse_number(n)
    if value is None:
        return None
    return _qualified(value, qual_text, text, *span)


def _qualified(value: int, qual_text: str, text: str, start: int, end: int) -> Figure:
    """``value`` with the qualifier its words give it ("more than": at least, its bound the
    value; "as many as" before a count that is not round: exact, an emphasis; "up to": at most,
    always)."""
    t = tables()
    qualifier = t["qualifiers"].get(qual_text, "exact") if qual_text else "exact"
    if qual_text in t["emphasis_when_not_round"] and not is_round(value):
        qualifier = "exact"
    return Figure(value, value if qualifier == "at_least" else None, value if qualifier == "at_most" else None,
                  qualifier, text, start, end)


def find_figures(sentence: str, lowered: str | None = None) -> list[Figure]:
    """Every count written in a sentence, left to right (casualty or not: callers decide).
    ``lowered``: ``sentence.lower()``, if known."""
    out: list[Figure] = []
    lowered = sentence.lower() if lowered is None else lowered
    same = len(lowered) == len(sentence)  # lower() keeps offsets for all but a few letters ("İ")
    near = lowered if same else sentence  # (what is read right after a figure, at its offsets)
    read_to = 0  # the end of a decimal said in words: the words inside it are read with it
    numerator = None  # the latest figure read as a share's numerator ("up to three" quarters of …)
    points = " point " in lowered
    for m in (_lower_figure_regex().finditer(lowered) if same else figure_regex().finditer(sentence)):
        if m.start() < read_to:
            continue
        if m.group("f2") and _changed().search(near, max(0, m.start() - 40), m.start()):
            # "the toll rose from 12 to 15": the count now, not a range (nor nothing, "fell from 15 to 12")
            one = (_lower_figure_regex() if same else figure_regex()).fullmatch(near, m.start("f2"), m.end("f2"))
            f = to_figure(one, sentence) if one else None
        else:
            f = to_figure(m, sentence)
        if f is None:
            continue
        if f.qualifier == "at_most" and f.count_text[:2].lower() == "up" and _RAISED.search(near, max(0, f.start - 40), f.start) \
                and not _NOT_THE_COUNT.search(near, max(0, f.start - 60), f.start):
            # "the toll rose up to 15", "revised the figure up to 15": the count now, no bound
            f = Figure(f.value, None, None, "exact", f.count_text, f.start, f.end)
        prev = out[-1] if out else None
        worded = f.count_text[:1].isalpha()  # (digits are never a scale alone, a vague word or a couple)
        if worded and prev is not None and (scaled := _times_scale(sentence, prev, f)) is not None:
            out[-1] = scaled  # "several hundred", "a few thousand": the scale counts in the vague word's steps
            continue
        if (prev and prev.qualifier == "exact" and f.qualifier == "exact" and prev.value is not None and f.value is not None
                and prev.value < f.value and _RANGE_JOIN.fullmatch(sentence, prev.end, f.start)):
            # "five or six", "thirteen to fifteen thousand": a range (the regex finds the two
            # numbers; joining them here is cheaper than a third alternation of every number word)
            low = shared_scale(prev.value, f.value, prev.count_text, f.count_text)  # "two or three hundred"
            out[-1] = Figure(None, low, f.value, "range", sentence[prev.start:f.end], prev.start, f.end)
            continue
        # what the next word may be, from its first letter: most figures are followed by a noun
        # that starts none of the words looked for below (a share's, a scale's)
        nxt = near[f.end + 1:f.end + 3].lower() if near[f.end:f.end + 1] in _SEPARATORS else ""
        if nxt[:1] in _SEPARATORS:
            nxt = "*"  # more than one separator: any word may follow
        if nxt and nxt in _heads()[0] and _share_patterns()[0].match(sentence, f.end):
            numerator = f
            continue  # "two-thirds of", "three quarters of": a share's numerator, no count
        if points and (said := _POINT_AFTER.match(near, f.end)) and f.value is not None and f.qualifier == "exact" \
                and said.group("digits")[:1].isdigit() == f.count_text[:1].isdigit() and not _AT_BEFORE.search(near, 0, f.start):
            read_to = said.end()
            f = _decimal_said(sentence, f, said)  # "two point five million": 2,500,000
            if f is None:
                continue  # "three point two": no whole count
        elif nxt and nxt in _heads()[1] and f.qualifier == "exact" and _scale_after().match(sentence, f.end) \
                and (not worded or _scale_alone(f) is None and _multiplier(f) is None):
            continue  # "two million and a half": the run read only in part, its head is no count
        counted = _scale_alone(f) if worded else None
        if counted is not None:
            share = _share_of_scale(sentence, f, numerator)
            if share is not None:
                f = share  # "three quarters of a million"
            elif not counted or _share_patterns()[1].search(sentence, max(0, f.start - 40), f.start):
                continue  # "a third of a million" (no whole count); "Thousand Oaks", "the hundred-year-old"
        out.append(f)
    if "dozen" in lowered:
        out = _by_the_dozen(sentence, out)
    return out


def changed_verb() -> str:
    """A verb of a count that changed and what may follow it before "from N to M" ("rose",
    "was revised down", "climbed sharply"; numbers.json changed_verbs), as a pattern's text."""
    return rf"(?:{alternation(tables()['changed_verbs'])})\s+(?:\w+ly\s+)?(?:up\s+|down\s+)?"


# before "up to N": a verb of a count that changed, a count's noun after one ("brought the toll
# up to"), or a count's noun and where it stands, a few words between ("the count is now up to",
# "the tally of the dead is up to", "the body count in the county is up to"), or where a count
# stands now ("… is now up to 23", not "there are now up to"), so "up" is the verb's, not a
# bound's; a copula alone is no count ("there were up to 50 killed") (numbers.json
# changed_verbs, brought_up, count_stands)
_RAISED = compiled(rf"\b(?:(?:{alternation(tables()['changed_verbs'])})\s+(?:\w+ly\s+)?"
                   rf"|(?:{alternation(tables()['brought_up'])})(?:(?:\s+[\w'’-]+){{0,4}}?\s+(?:{alternation(tables()['count_stands'])}))?"
                   rf"(?:\s+now)?\s+"
                   rf"|(?<!there\s)(?:{alternation(tables()['count_stands'])})\s+now\s+)$", re.I)
# ... unless estimates are what reach up to it (numbers.json not_the_count)
_NOT_THE_COUNT = compiled(rf"\b(?:{alternation(tables()['not_the_count'])})\b", re.I)


@lru_cache(maxsize=1)
def _changed() -> re.Pattern[str]:
    """:func:`changed_verb` right before "from N to M"."""
    return compiled(rf"\b{changed_verb()}$", re.I)


_RANGE_JOIN = compiled(r"\s+(?:or|to)\s+")  # (digits joined by "to" are the regex's own ranges)
# what may come between a figure and the next word: a hyphen, or what \s matches (str.isspace:
# every such character is below U+3001)
_SEPARATORS = frozenset("-").union(c for c in map(chr, range(0x3001)) if c.isspace())


@lru_cache(maxsize=1)
def _heads() -> tuple[frozenset[str], frozenset[str]]:
    """The first two letters of a share's words and of the scales': what a figure's next word is
    tested for before any pattern is tried ("*": a next word not known)."""
    t = tables()
    return frozenset([w[:2] for w in t["denominators"]] + ["*"]), frozenset([w[:2] for w in t["scales"]] + ["*"])


@lru_cache(maxsize=1)
def _scale_after() -> re.Pattern[str]:
    """A scale word right after a figure: "two (million) and a half"."""
    return compiled(rf"[\s-]+(?:{alternation(list(tables()['scales']))})s?\b", re.I)


_AT_BEFORE = compiled(r"\bat\s+$", re.I)  # "at one point": the idiom, no decimal
_DIGIT_WORDS = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
                "seven": "7", "eight": "8", "nine": "9"}
# a decimal said in words, after its whole part: "(two) point five (million)", "(5) point 3", on
# lower-cased text
_POINT_AFTER = compiled(rf"\s+point\s+(?P<digits>\d+|(?:{'|'.join(_DIGIT_WORDS)})(?:[\s-]+(?:{'|'.join(_DIGIT_WORDS)})\b)*)\b"
                        r"(?:\s+(?P<scale>[a-z]+))?", re.I)


def _decimal_said(sentence: str, whole: Figure, said: re.Match[str]) -> Figure | None:
    """A decimal said in words ("two point five million"), when it is a whole count."""
    digits = "".join(_DIGIT_WORDS.get(w, w) for w in _WORDS.split(said.group("digits").lower()) if w)
    word = (said.group("scale") or "").lower()
    if word == "hundred":
        return None  # "one point five hundred": no decimal is said so
    scale = tables()["scales"].get(word, 1)
    end = said.end() if word in tables()["scales"] else said.end("digits")
    value = Decimal(f"{whole.value}.{digits}") * scale
    if value > _MOST or value != int(value):
        return None
    return Figure(int(value), None, None, "exact", sentence[whole.start:end], whole.start, end)


@lru_cache(maxsize=1)
def _share_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    dens = alternation(list(tables()["denominators"]))
    # what follows a numerator: a plural share ("two thirds", "three quarters"), or a singular
    # one joined to it or before "of" ("one-third", "one fifth of"); not an ordinal ("seventh
    # graders", "third-graders", "Third Army")
    plural = alternation([d for d in tables()["denominators"] if d.endswith("s")])
    single = alternation([d for d in tables()["denominators"] if not d.endswith("s")])
    after = compiled(rf"(?:[\s-]+(?:{plural})|-(?:{single})|\s+(?:{single})(?=\s+of\b))\b(?!-)", re.I)
    # a share before a scale, up to the scale: "three quarters of ", "a third of ", "two-thirds of "
    nums = alternation(["an", "a"] + list(tables()["small"]))
    before = compiled(rf"(?:(?<![\w-])(?P<num>{nums}|\d{{1,2}})[\s-]+|(?<![\w-]))(?P<den>{dens})\s+of\s+$", re.I)
    return after, before


@lru_cache(maxsize=1)
def _scale_ends() -> tuple[str, ...]:
    return tuple(tables()["scales"])


def _scale_alone(f: Figure) -> bool | None:
    """For a figure written as scale words alone: whether a count stands before them ("a
    million", "one thousand": True) or nothing does ("hundred", "Thousand", "hundred thousand":
    False; on its own that is a name or a compound, no count). ``None`` for any other figure."""
    if f.value is None or f.qualifier != "exact" or not f.count_text.lower().endswith(_scale_ends()):
        return None
    scales = tables()["scales"]
    words = [w for w in _WORDS.split(f.count_text.lower()) if w]
    counted = words[0] in ("a", "an", "one")
    rest = words[1:] if counted else words
    if not rest or not all(w in scales for w in rest):
        return None
    return counted


def _share_of_scale(sentence: str, f: Figure, numerator: Figure | None) -> Figure | None:
    """A scale after a share ("three quarters of a million") as the share of it, when that is a
    whole count (750,000); ``None`` when no share comes before it or its share is no whole count
    ("a third of a million"). ``numerator``: the figure last read as a share's numerator, whose
    words ("up to three") may bound the share."""
    m = _share_patterns()[1].search(sentence, max(0, f.start - 40), f.start)
    if m is None:
        return None
    t = tables()
    num = (m.group("num") or "a").lower()  # "third of a million": one third
    top = 1 if num in ("a", "an") else int(num) if num.isdigit() else t["small"].get(num)
    if not top:
        return None
    value = Fraction(top, t["denominators"][table_key(m.group("den"))]) * f.value
    if value.denominator != 1:
        return None
    start, qual_text = m.start(), ""
    if numerator is not None and numerator.start <= m.start() < numerator.end:
        # "up to three quarters of a million": the numerator's qualifier bounds the share
        start, head = numerator.start, _qualifier_head().match(numerator.count_text)
        qual_text = _SPACES.sub(" ", head.group(1).lower()) if head else ""
    return _qualified(int(value), qual_text, sentence[start:f.end], start, f.end)


@lru_cache(maxsize=1)
def _qualifier_head() -> re.Pattern[str]:
    return compiled(rf"({alternation(list(tables()['qualifiers']))})\s+", re.I)


# only "dozen", only after words: "12 dozens more", "Feb. 24 dozens of", "since 2014 dozens of"
# are a figure and the vague "dozens", read apart
_DOZEN_AFTER = compiled(r"[\s-]+dozen\b(?!-)", re.I)


def _by_the_dozen(sentence: str, figures: list[Figure]) -> list[Figure]:
    """A count before "dozen" counts dozens: "four dozen" is 48, "a few dozen" 24 to 60, "five
    or six dozen" 60 to 72 ("a dozen", "two dozen" are read whole already)."""
    out: list[Figure] = []
    for f in figures:
        if out and f.start < out[-1].end:
            continue  # "dozens" after "two": read with it
        m = _DOZEN_AFTER.match(sentence, f.end) if f.count_text[:1].isalpha() else None
        if m is not None:
            dozens = _times(f, 12, sentence[f.start:m.end()], m.end())
            if dozens is not None and max(v or 0 for v in (dozens.value, dozens.low, dozens.high)) > _MOST:
                continue  # past any count
            f = dozens or f
        out.append(f)
    return out


def _multiplier(f: Figure) -> list[int | None] | None:
    """The [low, high] a vague word or a couple counts in steps of ("several": 3 to 9), else None."""
    return tables()["multipliers"].get(_SPACES.sub(" ", f.count_text.lower()))


def _times(f: Figure, unit: int, text: str, end: int) -> Figure | None:
    """``f`` counted in steps of ``unit`` ("several" hundred, "four" dozen), spanning ``text``."""
    mult = _multiplier(f)
    if mult is not None:
        lo, hi = mult
        if lo == hi:  # "a couple of hundred": about two hundred
            return Figure(lo * unit, None, None, "about", text, f.start, end)
        return Figure(None, lo * unit, hi * unit if hi is not None else None, "vague", text, f.start, end)
    if f.qualifier == "vague":
        return None  # "dozens of", "many": no steps to count
    scaled = [None if v is None else v * unit for v in (f.value, f.low, f.high)]
    return Figure(*scaled, f.qualifier, text, f.start, end)


def _times_scale(sentence: str, prev: Figure, f: Figure) -> Figure | None:
    """``prev`` a vague word or a couple ("several", "a few", "a couple of") right before the
    scale ``f`` ("hundred", "thousand", "tens of thousands"): the two read as one count."""
    t = tables()
    if not sentence[prev.end:f.start].isspace() or _multiplier(prev) is None:
        return None
    if _scale_alone(f) is False:
        unit = f.value
    elif f.qualifier == "vague":
        unit = t["vague_units"].get(_SPACES.sub(" ", f.count_text.lower()))
    else:
        unit = None
    return None if unit is None else _times(prev, unit, sentence[prev.start:f.end], f.end)
