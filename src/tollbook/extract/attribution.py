"""Who states a figure: attribution phrases in a sentence, and the document's relay chain.

``attribution_phrases`` finds the words naming the source ("a Ukrainian official",
"the ministry", "He"); resolving pronouns and "the ministry" to a party needs the document
context and happens in :mod:`tollbook.extract.claims`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..regexes import compiled
from ..lexicon import alternation, by_first_letter, data_json, finditer_at, literal_heads, lowerable, lowers_alike
from ..resolve import lookup_entity, normalise, without_press_unit
from .numbers import figure_regex

VERBS = (
    "said|says|say|added|adds|reported|reports|claimed|claims|claim|stated|states|told|tells|announced|announces|confirmed|"
    "confirms|noted|notes|wrote|writes|estimated|estimates|estimate|put|puts|tweeted|posted|declared|insisted|alleged|revealed|"
    "reveals|shared|recorded|registered|released|published|acknowledged|admitted|denied|denies|reported on|believe|believes|"
    "counted|tallied|informed|explained|stressed|warned|warns|tracked|documented|verified"
)
_LEAD = r"(?:(?:later|meanwhile|however|earlier|separately|then|also|but|and|so|now|in a statement|in a separate statement|on \w+)\s*,?\s+)?"
_WHO = _LEAD + r"(?P<who>[^,;:“”\"()]{1,90}?)"
_ADVERBS = r"(?:(?:has|have|had|also|further|later|earlier|previously|then|on \w+|separately|officially|initially|finally|now|again|already|just|first)\s+)*"


@dataclass(frozen=True)
class Attribution:
    text: str
    start: int
    end: int
    headline: bool = False  # "… - command", "Police: …": no sentence around it to place a bare role


_RELAY_CUES = r"launched from|quoted from|as reported by|reported by|according to|citing|cited by|quoting|via|relayed by|reports?|told"


# the text each cue opens with (all lower case): each relay's match starts with one
_RELAY_HEADS = literal_heads(_RELAY_CUES)


def _via(media: str, cues: str = rf"\b(?:{_RELAY_CUES})") -> str:
    return (rf"{cues}\s+"
            rf"(?:the\s+)?(?:news agency\s+|agency\s+)?(?P<m>{media})\b(?!\s+(?:reporter|correspondent|journalist))")


@lru_cache(maxsize=1)
def _via_lowered() -> re.Pattern[str] | None:
    """The relay pattern for text lower-cased (lexicon.lowers_alike) (the media names lower-cased too), where
    that finds what the case-insensitive one finds (lexicon.lowerable), its cues grouped by
    first letter with the "\\b" after it (lexicon.by_first_letter): many times faster."""
    pattern = _via(alternation([m.lower() for m in data_json("claimants.json")["media"]]),
                   "(?:" + by_first_letter(_RELAY_CUES, after_first=r"(?<!\w.)") + ")")
    return compiled(pattern) if lowerable(pattern) else None


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    media = alternation(data_json("claimants.json")["media"])
    return {
        "according": compiled(r"\b(?:according to|citing|as reported by|as stated by)\s+(?P<who>[^,.;:“”\"()]{2,80})"
                                r"|,\s*(?:as\s+)?(?:it was\s+)?reported\s+(?:in|by)\s+(?P<who2>[^,.;:“”\"()]{2,60})", re.I),
        "report": compiled(
            r"(?P<who>[A-Z][^,;:“”\"()]{1,90}?)['’]s\s+(?:[\w-]+\s+){0,3}?(?:report|statement|figures|data|tally|count|update|"
            r"briefing|estimate|toll|numbers)\s+(?:said|says|showed|shows|stated|states|put|puts|released|published|indicated|indicates)\b"
        ),
        "subject": compiled(rf"{_WHO}\s+{_ADVERBS}(?P<verb>{VERBS})\b", re.I),
        # Headline style: "Two soldiers killed in shelling - Defence Ministry", "... : officials".
        "trailer": compiled(r"(?:\s(?:-|–|—)\s*|\s*:\s+)(?P<who>[^-–—:;,.“”\"()]{2,60}?)\s*$"),
        "inverted": compiled(r"(?:,|[”\"])\s*(?:said|says|added|adds|according to|told \w+)\s+(?P<who>[A-Z][^,.;:“”\"()]{2,80}?)\s*[.!]?\s*$"),
        "starts": compiled(r"(?:^|[,;:“”\"(]\s*|\b(?:that|and|but|while|as)\s+)"),
        "via": compiled(_via(media), re.I),
        # Headline style: "Police: two dead in shooting" (only a known role or party counts).
        "lead": compiled(r"^(?P<who>[A-Z][^:;,.“”\"()]{1,40}?):\s+\S"),
    }


# what no source's words hold: a digit, or a word of a clause or of casualties
_NOT_SOURCE = (r"has|have|had|is|are|was|were|how|what|killed|kills?|dead|dies|died|wounded|wounds|injured|injures|shot|shoots|"
               r"casualties|deaths|victims|fatalities|who|which|when|if|it is|there|this|that|these|those|reports?|media|sources? close")
_NOT_SOURCE_RX = compiled(rf"\d|\b(?:{_NOT_SOURCE})\b", re.I)
# the same test of ASCII words lower-cased, case-sensitive, the words grouped by first letter
# (lexicon.by_first_letter): at each position the engine compares the words of the letter there,
# where ignoring case it compared every word, letter by letter through Unicode's tables
_NOT_SOURCE_LOW = compiled(r"\d|(?:" + by_first_letter(_NOT_SOURCE, r"(?<!\w.)") + r")\b")


# a name of one or two capitals and a number ("M23 rebels", "G7 leaders"): no count; not a
# station's call sign of more letters ("… - KCTV5", a headline's trailer: the outlet's)
_SHORT_CODE = compiled(r"(?<![\w-])(?-i:[A-Z]{1,2})\d{1,3}(?![\w-])")


def _names_no_one(words: str) -> bool:
    """Whether ``words`` hold a digit (not of a short code, _SHORT_CODE) or a word no source's
    words hold (_NOT_SOURCE)."""
    if _SHORT_CODE.search(words) is not None:
        words = _SHORT_CODE.sub("X", words)
    if words.isascii():
        return _NOT_SOURCE_LOW.search(words.lower()) is not None
    return _NOT_SOURCE_RX.search(words) is not None
# a figure noun and a name, all the words a source phrase holds: "a figure Kyiv", "the claim
# Moscow" (not "a tally by the Associated Press": a source)
_FIGURE_NOUN = compiled(r"(?i:a|an|the|that|this|which)\s+(?i:figure|claim|number|estimate|toll|tally|assertion|account)s?"
                        r"(?:\s+[A-Z][\w'’.-]*)+")
# "UPDATE 2-Six servicemen killed", "REFILE-Ukraine's military says": a wire service's version
# tag before a headline (or a headline after a ";"): no words of the story's
WIRE_TAG = compiled(r"(?:^|(?<=;)|(?<=; ))(?:UPDATE|REFILE|CORRECTED|WRAPUP|RPT)\s*\d*\s*-")
# "Russian state media", "Ukrainian media", "local media": media of a country or a place as a
# source (not "media reports", "social media"): the media word itself is among the bad ones
_MEDIA_SOURCE = compiled(r"^(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){1,2}(?:state(?:-run|-owned|-controlled)?\s+|pro-[\w-]+\s+)?(?:news\s+)?media$"
                         r"|^(?:state|local|independent)(?:-run|-owned|-controlled)?\s+(?:news\s+)?media$", re.I)
_LOWER_OK = compiled(
    r"^(?:he|she|they|it|we|i|the|a|an|one|two|three|some|several|local|senior|police|officials|authorities|"
    r"witnesses|residents|doctors|medics|rescuers|sources|security|military|hospital|health|provincial|district|"
    r"government|russia|ukraine|its|his|her|their|rebels|insurgents|separatists|militants|activists|paramedics|"
    r"prosecutors|investigators|monitors|troops|soldiers)\b",
    re.I,
)


@lru_cache(maxsize=1)
def roles() -> frozenset[str]:
    return frozenset(data_json("claimants.json")["roles"])


def valid_source(who: str) -> bool:
    """Whether words can name who speaks: a party, a role, a pronoun or a name; not a count,
    a clause or a date ("Moscow's plan", "Initial", "Days ago we")."""
    return _valid(who)


def names_the_figure(who: str) -> bool:
    """Whether words read as a source open with the figure they speak of ("a figure Kyiv" in
    "…, a figure Kyiv dismissed"): the cue's object, its speaker after it, not a source."""
    return _FIGURE_NOUN.fullmatch(who.strip()) is not None


# "according to its daily update" after "the military said …": the speaker's own report, which
# names no one of its own ("its" is whoever the words around it are of)
_OWN_REPORT = compiled(r"(?:its|his|her|their)\s+(?:(?:daily|latest|last|new|weekly|nightly|morning|evening|official|regular|"
                       r"own|telegram|facebook)\s+){0,2}(?:update|report|statement|bulletin|summary|briefing|figures|data|tally|"
                       r"count|estimate|estimates|assessment|post|message|channel|address)s?", re.I)


_OWNER_PRONOUN = {"its": "it", "his": "he", "her": "she", "their": "they"}


def own_report_owner(who: str) -> str | None:
    """The pronoun a report's owner is named by, where words name a report by its possessive
    alone ("its daily update": "it", "his Telegram post": "he"); else ``None``."""
    w = who.strip()
    return _OWNER_PRONOUN[w.split()[0].lower()] if _OWN_REPORT.fullmatch(w) is not None else None


def names_no_speaker(who: str) -> bool:
    """Whether words read as a source name no speaker of their own: the figure the cue speaks of
    (:func:`names_the_figure`), or a report of whoever the words around it are of ("…, the
    military said, according to its daily update")."""
    return _NO_SPEAKER.fullmatch(who.strip()) is not None


# the two at once (asked of every figure's source)
_NO_SPEAKER = compiled(f"(?:{_FIGURE_NOUN.pattern})|(?i:{_OWN_REPORT.pattern})")


def _valid(who: str) -> bool:
    w = without_press_unit(who).strip()
    if not w or len(w.split()) > 9 or figure_regex().fullmatch(w):
        return False  # "Four reported killed": a count, not a source
    if _names_no_one(w) and not re.match(r"^(?:the\s+)?(?:it|they|he|she)$", w, re.I) and not _MEDIA_SOURCE.match(w):
        return w.lower() in ("it",)
    return w[0].isupper() or bool(_LOWER_OK.match(w)) or _names_a_party(w)


def _names_a_party(who: str) -> bool:
    n = normalise(who)
    words = set(n.split())
    if lookup_entity(who) is not None:
        return True
    single, several = _roles_by_words()
    if not words.isdisjoint(single):
        return True
    for r in several:  # (a plain loop: a role of more words is a substring of the words)
        if r in n:
            return True
    return False


@lru_cache(maxsize=1)
def _roles_by_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """The roles of one word (each a word of a text, or not there) and those of more (looked
    for in the text): what :func:`_names_a_party` asks of every role apart."""
    return frozenset(r for r in roles() if " " not in r), tuple(sorted(r for r in roles() if " " in r))


def _trailer_start(sentence: str) -> int | None:
    """Where a headline's trailer ("… - Defence Ministry", "…: officials") can start: at the
    whitespace before the sentence's last dash or colon (the words after the mark, to the end,
    hold none), or nowhere without one. The pattern tried from every position of the sentence
    read it once a position."""
    last = max(sentence.rfind("-"), sentence.rfind("–"), sentence.rfind("—"), sentence.rfind(":"))
    if last < 0:
        return None
    while last > 0 and sentence[last - 1].isspace():  # what "\s" matches
        last -= 1
    return last


# what a trailer's words are not made of ("trailer": [^-–—:;,.“”"()])
_NOT_TRAILER = frozenset("-–—:;,.“”\"()")


def _may_trail(sentence: str) -> bool:
    """Whether a trailer with a word in it may end ``sentence``: what ends it, but for
    whitespace, is no mark a trailer's words cannot hold ("… in Kharkiv." has no trailer)."""
    last = sentence.rstrip()[-1:]
    return bool(last) and last not in _NOT_TRAILER


def attribution_phrases(sentence: str, headline_only: bool = False) -> list[Attribution]:
    """The claimant phrases of a sentence, most explicit first. With ``headline_only``, only
    the headline's own ("… - command", "Police: …"), in the same order: the others are not
    looked for."""
    start = _trailer_start(sentence)
    if start is not None and not _may_trail(sentence):
        start = None  # no trailer can end the sentence (it ends with a full stop)
    if headline_only and start is None and ":" not in sentence:
        return []  # no trailer, and no "Police: …" (most figures' sentences)
    p = _patterns()
    out: list[Attribution] = []
    for key in ("trailer",) if headline_only else ("according", "report", "inverted", "trailer"):
        if key == "trailer":
            found = p[key].finditer(sentence, start) if start is not None else ()
        else:
            found = p[key].finditer(sentence)
        for m in found:
            g = "who2" if key == "according" and m.group("who") is None else "who"
            if key == "trailer" and ":" in sentence[m.start(): m.start(g)] and len(m.group(g).split()) > 3 and not _names_a_party(m.group(g)):
                continue  # "…: officials" names a source; "North: two villages shelled overnight" does not
            if _valid(m.group(g)):
                out.append(Attribution(m.group(g).strip(), m.start(g), m.end(g), key == "trailer"))
    m = p["lead"].match(sentence)
    if m and _valid(m.group("who")) and _names_a_party(m.group("who")):
        out.append(Attribution(m.group("who").strip(), m.start("who"), m.end("who"), True))
    if headline_only:
        return out
    for b in p["starts"].finditer(sentence):
        m = p["subject"].match(sentence, b.end())
        if m and _valid(m.group("who")):
            who = m.group("who").strip()
            if not any(a.start <= m.start("who") < a.end for a in out):
                out.append(Attribution(who, m.start("who"), m.end("who")))
    return out


@dataclass(frozen=True)
class Relay:
    """An outlet the document says it relays, where it says so: ``whole`` for a credit of the
    whole text ("Launched from Sputnik, ...", a line of its own: "Via Reuters"), else only
    the sentence it stands in relays it ("..., according to CNN", "an official told ABC News")."""
    name: str
    start: int
    end: int
    whole: bool
    told: bool = False  # "the governor told Reuters …": Reuters relays what the one it heard says next


# cues that credit the whole text, wherever they stand ("Launched from Sputnik, Thursday (3/3),
# the institute said": a translation's credit of its source)
_WHOLE_TEXT_CUES = ("launched from", "quoted from")
# a line this short that opens with a relay (after a dash or a bullet at most) is a credit line
# ("Via Reuters", "- via AFP")
CREDIT_LINE = 60
_CREDIT_OPENING = 12
# ... as is a sentence crediting the text itself ("This story was reported by Reuters", "The
# article first appeared, quoted from TASS"): looked for in the words just before the cue
_THE_TEXT = compiled(r"\b(?:this|the)\s+(?:story|article|report|piece|text|news)\b[^.!?]{0,40}$")


def relay_marks(text: str, lower: str | None = None) -> tuple[Relay, ...]:
    """Where a document says it relays news agencies and outlets (``lower``: ``text.lower()``,
    if the caller has it). A picture's credit ("(UGC via AP)", "Photo via CBS News.") relays
    no figure: left out."""
    low = _via_lowered()
    lower = text.lower() if lower is None else lower
    if low is not None and lowers_alike(text):
        # every match opens with a cue: tried where one occurs
        found = finditer_at(low, lower, _RELAY_HEADS)
    else:
        found = _patterns()["via"].finditer(text)
    out = []
    for m in found:
        if _picture_credit(text, lower, m.start(), m.end()):
            continue
        name = text[m.start("m"):m.end("m")]  # as written (the same offsets in the lower-cased text)
        name = name if not name.islower() else name.title()
        # a credit line: a line of its own, opening with the relay (looked for a few words away
        # only: a page with no line breaks and a relay every sentence is read in linear time)
        before = text.rfind("\n", max(0, m.start() - _CREDIT_OPENING - 1), m.start())
        line_start = before + 1 if before >= 0 else 0 if m.start() <= _CREDIT_OPENING else -1
        short = line_start >= 0 and not text[line_start:m.start()].strip(" \t-–—•*(:") \
            and (text.find("\n", m.end(), line_start + CREDIT_LINE + 1) >= 0 or len(text) <= line_start + CREDIT_LINE)
        near = text.rfind("\n", max(0, m.start() - 60), m.start()) + 1 or max(0, m.start() - 60)
        whole = lower.startswith(_WHOLE_TEXT_CUES, m.start()) or short or _THE_TEXT.search(lower, near, m.start()) is not None
        out.append(Relay(name, m.start(), m.end(), whole, lower.startswith("told", m.start())))
    return tuple(out)


def _picture_credit(text: str, lower: str, start: int, end: int) -> bool:
    """Whether a relay is a picture's credit: "(UGC via AP)", "(Jane Doe/Reuters via AP)",
    "Photo via CBS News", "Police Department/via AP"; not "(via Reuters)" or "(as reported by
    the BBC)" after a sentence's figures."""
    if lower[max(0, start - 6):start].rstrip().endswith(("photo", "/")):
        return True
    if text[end:end + 1] != ")":
        return False
    opening = text.rfind("(", max(0, start - 60), start)
    return opening >= 0 and bool(text[opening + 1:start].strip())


def relays(text: str, lower: str | None = None) -> tuple[str, ...]:
    """The news agencies and outlets a document says it relays, anywhere (each once, in order)."""
    return tuple(dict.fromkeys(r.name for r in relay_marks(text, lower)))
