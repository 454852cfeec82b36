"""Dates: a document's publication date and the period a figure covers.

Relative words ("on Thursday", "yesterday") are read against the publication date; a
weekday names the most recent such day on or before it (so "on Thursday" in a Thursday
article is that day, not a week later).
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ..regexes import compiled
from ..lexicon import Caseless, data_json, holds_any, lowerable, lowers_alike, table_key
from ..records import Period
from ..required import may_match, required_words

MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
_MON = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DATE_PATTERNS = [
    compiled(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
    compiled(rf"\b{_MON}\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+(?P<y>(?:19|20)\d\d))?\b", re.I),
    compiled(rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}(?:,?\s+(?P<y>(?:19|20)\d\d))?\b", re.I),
    compiled(r"\b(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>(?:19|20)\d\d)\b"),
]
_WEEKDAY_MD = compiled(r"\b(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*\((?P<d1>\d{1,2})/(?P<d2>\d{1,2})\)", re.I)
_RELATIVE = compiled(r"\b(?:(?P<yest>yesterday)|(?P<today>today|tonight|this morning)|(?:on|as of|by|until|through|last)\s+(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?P<lastweek>last week))\b", re.I)
# "in late March": the part of a month a figure is dated to, without its day.
_PART_OF_MONTH = compiled(rf"\b(?P<part>early|mid|late|end\s+of)[\s-]+(?:the\s+month\s+of\s+)?{_MON}(?:,?\s+(?P<y>(?:19|20)\d\d))?\b", re.I)
_PART_DAY = {"early": 5, "mid": 15, "late": 25, "end": 28}
_REPORT_WORD = compiled(r"\b(?:update[ds]?|toll|figures?|count|tally|report(?:ed|s)?|statement|announce(?:d|ment)|briefing|data|said|gave)\b", re.I)


_MONTH_AFTER = compiled(rf"\s*(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}(?![\w])", re.I)
_MONTH_BEFORE = compiled(rf"(?<![\w]){_MON}\s+$", re.I)


def is_day_of_month(sentence: str, start: int, end: int) -> bool:
    """Whether the digits at ``start:end`` are a day of a written date ("on 24 February",
    "March 3"), not a count."""
    digits = sentence[start:end]
    if not digits.isdigit() or not 1 <= int(digits) <= 31 or not _holds(sentence)[0]:
        return False  # (a written date names its month: most sentences name none)
    return bool(_MONTH_AFTER.match(sentence, end) or _MONTH_BEFORE.search(sentence, max(0, start - 12), start))


def parse_date(text: str | None) -> dt.date | None:
    """A calendar date from an ISO string or a written date with a year."""
    if not text:
        return None
    try:
        return dt.date.fromisoformat(str(text)[:10])
    except ValueError:
        pass
    for rx in _DATE_PATTERNS:
        m = rx.search(text)
        if m and m.group("y"):
            d = _from_match(m, int(m.group("y")))
            if d:
                return d
    return None


def _from_match(m: re.Match[str], year: int) -> dt.date | None:
    gd = m.groupdict()
    month = int(gd["m"]) if gd.get("m") else MONTHS.get(gd["mon"].lower().rstrip("."))
    try:
        return dt.date(year, month, int(gd["d"]))
    except (TypeError, ValueError):
        return None


def infer_published(text: str, today: dt.date | None = None) -> dt.date | None:
    """A date line near the top of an article: a full date, or "Thursday (3/3)" (day/month or
    month/day, whichever falls on that weekday, in the latest year not after ``today``)."""
    head = text[:600]
    d = parse_date(head)
    if d:
        return d
    m = _WEEKDAY_MD.search(head)
    if not m:
        return None
    wd = WEEKDAYS[table_key(m.group("wd"))]
    a, b = int(m.group("d1")), int(m.group("d2"))
    today = today or dt.date.today()
    for year in range(today.year, today.year - 15, -1):
        for month, day in ((a, b), (b, a)):
            try:
                d = dt.date(year, month, day)
            except ValueError:
                continue
            if d <= today and d.weekday() == wd:
                return d
    return None


_DIGIT = compiled(r"\d")
# the date patterns as tested on text lower-cased (lexicon.lowerable, lowers_alike): several times faster
_DATE_PATTERNS_LOW = [compiled(rx.pattern) if rx.flags & re.I and lowerable(rx.pattern) else rx for rx in _DATE_PATTERNS]


# The first letters of every month _MON names; the words _RELATIVE and _AFTER_EVENT need.
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_RELATIVE_WORDS = ("day", "tonight", "morning", "week")  # yesterday, today, on Monday, last week …
_TIME_UNITS = ("day", "week", "month")


@lru_cache(maxsize=256)
def _holds(sentence: str) -> tuple[bool, bool, bool]:
    """Whether a sentence may hold a month's name, a relative day and a unit of time: what the
    date patterns need, tested once a sentence with plain substring tests (each pattern reads
    the sentence from every position, and most sentences hold none of them). Where lower case
    is not what the patterns' case-insensitivity matches ("ı", "ſ", "İ"): all may be there."""
    if not lowers_alike(sentence):
        return True, True, True
    low = sentence.lower()
    return holds_any(low, _MONTH_STEMS), holds_any(low, _RELATIVE_WORDS), holds_any(low, _TIME_UNITS)


def _dates(sentence: str) -> list[tuple[re.Match[str], list[bool]]]:
    """Every written date of a sentence, pattern by pattern, each with a slot for whether it
    starts a period (read once, on first need, for both _dated passes)."""
    if _DIGIT.search(sentence) is None:
        return []  # every date pattern holds a day or a year in digits
    if lowers_alike(sentence):
        low = sentence.lower()  # a match's groups read the same, lower-cased: MONTHS are
        month = _holds(sentence)[0]
        # a pattern runs only where what its match holds is there: "-", a month's name, "/"
        run = ("-" in low, month, month, "/" in low)
        return [(m, []) for rx, go in zip(_DATE_PATTERNS_LOW, run) if go for m in rx.finditer(low)]
    return [(m, []) for rx in _DATE_PATTERNS for m in rx.finditer(sentence)]


def _dated(sentence: str, published: dt.date | None, since: bool,
           dates: list[tuple[re.Match[str], list[bool]]] | None = None) -> dt.date | None:
    """The first written date that is (``since``) or is not the start of a period."""
    for m, start in _dates(sentence) if dates is None else dates:
        if not start:
            start.append(_is_start(sentence[: m.start()]) and not _WHEN_GIVEN.match(sentence, m.end()))
        if start[0] != since:
            continue
        year = int(m.group("y")) if m.groupdict().get("y") else (published.year if published else None)
        if year:
            d = _from_match(m, year)
            if d and published and d > published and not m.groupdict().get("y"):
                d = _from_match(m, year - 1)
            if d:
                return d
    return None


_SINCE = compiled(r"\b(?:since|from|starting|beginning)\s+(?:\w+\s+)?$", re.I)
# "since the invasion on 24 February", "since Russia invaded on Feb. 24": the date starts the
# counted period, however many words stand between "since" and it (within its clause).
_SINCE_FAR = compiled(r"\bsince\b[^.;:!?()]{0,60}$", re.I)
# "after the invasion began on 24 February": the war's start date, never a figure's as-of date.
_WAR_START = compiled(r"\b(?:invasion|invaded|invade|war|offensive|operation|hostilities)\s+(?:(?:of|in|on|against)\s+[A-Z][\w’'-]*\s+)?(?:\w+\s+)?(?:(?:began|started|was launched|launched|broke out)\s+)?(?:on|in)\s+(?:the\s+)?$", re.I)
# "has not updated its figures since 25 March, when it said that …": the date the figure was given
_WHEN_GIVEN = compiled(r",?\s+when\s+(?:it|they|he|she|the\s+\w+)\s+(?:said|says|reported|announced|gave|put|published|released|last\s+\w+)\b", re.I)


def _is_start(before: str) -> bool:
    """Whether the date written after ``before`` starts a period rather than dating a figure."""
    return bool(_SINCE.search(before) or _SINCE_FAR.search(before) or _WAR_START.search(before))


# "wounded five in an attack in March": a figure of a month before the story's
_IN_MONTH = compiled(rf"\bin\s+{_MON}(?:\s+(?P<y>(?:19|20)\d\d))?(?![\w])", re.I)


def _past_month(sentence: str, published: dt.date) -> dt.date | None:
    """The last day of a month named with "in" that ended before the publication date."""
    for m in _IN_MONTH.finditer(sentence):
        if _is_start(sentence[: m.start()]):
            continue
        month = MONTHS[table_key(m.group("mon")).rstrip(".")]
        year = int(m.group("y")) if m.group("y") else (published.year if month <= published.month else published.year - 1)
        if (year, month) >= (published.year, published.month):
            continue
        nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return None


def as_of(sentence: str, published: dt.date | None, dates=None) -> dt.date | None:
    """The date a sentence dates its figure to, else the publication date."""
    d = _dated(sentence, published, since=False, dates=dates) if dates is None or dates else None
    if d:
        return d
    month, relative, _ = _holds(sentence)
    m = _PART_OF_MONTH.search(sentence) if month else None
    # only where it dates a report ("the last update was in late March"), not a story's past
    # ("captured after the fall of the city in late May")
    if m and (m.group("y") or published) and not _is_start(sentence[: m.start()]) \
            and _REPORT_WORD.search(sentence[max(0, m.start() - 60): m.start()]):
        year = int(m.group("y")) if m.group("y") else published.year
        month = MONTHS[table_key(m.group("mon")).rstrip(".")]
        d = dt.date(year, month, _PART_DAY[m.group("part").split()[0].lower()])
        if published and d > published and not m.group("y"):
            d = d.replace(year=year - 1)
        if not published or d <= published:
            return d
    if published:
        d = _past_month(sentence, published) if month else None
        if d:
            return d
        m = _RELATIVE.search(sentence) if relative else None
        if m:
            if m.group("yest"):
                return published - dt.timedelta(days=1)
            if m.group("wd"):
                back = (published.weekday() - WEEKDAYS[table_key(m.group("wd"))]) % 7
                return published - dt.timedelta(days=back)
    return published


# "about a week after the attack", "two days later": a date counted from the event told before
_AFTER_EVENT = compiled(r"\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\d{1,2})\s+"
                          r"(?P<unit>day|week|month)s?\s+(?:after\s+(?:the|that|this)\b|later\b)", re.I)
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "a few": 3, "several": 5}
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30}
# what every match of _AFTER_EVENT holds ("after", "later"): most sentences hold neither
_AFTER_WORDS = required_words(_AFTER_EVENT.pattern, re.I)
# the written dates looked back over, before a sentence that counts from one
_LOOK_BACK = 3000


def after_event(sentence: str, text: str, at: int, published: dt.date | None) -> dt.date | None:
    """The date a sentence (starting at ``at`` in ``text``) dates its figure to by counting from
    the event the story told before it ("struck on March 16 … About a week after the attack, the
    council said …"): the last date written in the text before it plus the time counted; ``None``
    when the sentence counts nothing, no date was written before it, or the sum would pass the
    publication date."""
    m = _AFTER_EVENT.search(sentence) if _holds(sentence)[2] and may_match(sentence, _AFTER_WORDS) else None
    if not m or _dated(sentence, published, since=False):
        return None
    window = text[max(0, at - _LOOK_BACK):at]
    last = max((d for d, _ in _dates(window) if not _is_start(window[: d.start()])), key=lambda d: d.start(), default=None)
    anchor = _dated(last.group(0), published, since=False) if last else None
    if anchor is None:
        return None
    n = m.group("n").lower()
    d = anchor + dt.timedelta(days=(_COUNTS.get(n) or int(n)) * _UNIT_DAYS[table_key(m.group("unit"))])
    return d if published is None or d <= published else None


@lru_cache(maxsize=1)
def _anchors() -> list[tuple[Caseless, str, tuple[str, ...]]]:
    return [(Caseless(a["pattern"]), a["date"], tuple(a["requires"])) for a in data_json("anchors.json")["since"]]


@lru_cache(maxsize=64)
def _holds_all(doc_lower: str, words: tuple[str, ...]) -> bool:
    """Whether a document holds every one of ``words`` (looked for once a document: a page of
    many sentences searched the whole page for them once a sentence)."""
    return all(w in doc_lower for w in words)


def period(sentence: str, doc_lower: str, published: dt.date | None, lower: str | None = None) -> Period:
    """The period a sentence's figure covers (``lower``: ``sentence.lower()``, if known)."""
    dates = _dates(sentence)
    since = _dated(sentence, published, since=True, dates=dates) if dates else None
    start = since.isoformat() if since else None
    for rx, date, requires in _anchors():
        if start:
            break
        # (the document's words first: asked once a document, they rule the pattern out of most)
        if _holds_all(doc_lower, requires) and rx.found(sentence, lower):
            start = date
            break
    end = as_of(sentence, published, dates)
    return Period(start, end.isoformat() if end else None)
