"""A speaker's stance toward a figure: asserted, hedged ("reportedly", "may have"), denied, or
not the speaker's at all (others' reports the speaker declines to comment on).

Stance is read from the words of the speaker who states the figure: a denial in another
speaker's words ("…; Moscow denied responsibility", "…, a figure Kyiv dismissed") is that
speaker's, not a denial of the figure by its own speaker.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from ..lexicon import Caseless, by_first_letter, holds_any
from ..regexes import compiled

# "was denied entry" denies a gunman a party, not a figure
_DENIED = r"denied|denies|deny|false|untrue|not true|fake|rejected|rejects|dismissed|refuted|refutes|baseless|fabricated"
_NOT_DENIED = r"\b(?!\s+(?:entry|access|bail|parole|admission|a permit|permission|the request))"
_HEDGED = (r"may|might|could|reportedly|allegedly|possibly|is possible that|was possible that|seems possible that|"
           r"feared|believed to|unconfirmed|unverified|rumou?red|purportedly")
# (lower-cased, the words grouped by first letter with the "\b" after it: the engine skips ahead)
_WORD_START = r"(?<!\w.)"  # after a word's first letter: no letter before it
DENIED = Caseless(rf"\b(?:{_DENIED}){_NOT_DENIED}", "(?:" + by_first_letter(_DENIED, _WORD_START) + ")" + _NOT_DENIED)
class _Hedged:
    """The hedging words of a sentence (:data:`_HEDGED`), "May" the month aside ("On 3 May 2022,
    …", "in May": a capital "May" inside a sentence, or opening one before a figure or a comma)."""

    __slots__ = ("words",)

    def __init__(self) -> None:
        self.words = Caseless(rf"\b(?:{_HEDGED})\b", "(?:" + by_first_letter(_HEDGED, _WORD_START) + r")\b")

    def found(self, text: str, low: str | None = None) -> bool:
        for m in self.words.finditer(text, low):
            if text[m.start():m.end()] == "May" and (m.start() > 0 or _MONTH_NEXT.match(text, m.end())):
                continue  # the month
            return True
        return False


_MONTH_NEXT = compiled(r"\s*(?:\d|,)")
HEDGED = _Hedged()
# a denial of the figure by someone else, in an aside after it: "…, a figure Kyiv dismissed"
# (read in a window of this many characters before the denial)
_ASIDE_REACH = 120
_FIGURE_DENIED = compiled(r",\s*(?:a|the|which)\s+(?:(?:figure|claim|number|estimate|toll|tally|assertion)s?\s+)?(?:that\s+|which\s+)?"
                          r"[^,;.]{0,60}?\b(?:denied|denies|dismissed|dismisses|rejected|rejects|disputed|disputes|refuted|refutes)\b[^,;.]{0,20}$", re.I)


# a speaker who neither makes nor denies a figure others report: "declined to comment on
# reports that …", "could not confirm claims that …", "asked about reports that …"
# ... "refused to confirm that …", "has not verified the deaths of …", "was checking reports that …" too
_NOT_CONFIRMING = (r"(?:declined|declines|refused|refuses|(?:would|did|could|can|does|has|have|had)\s*(?:not|n[o'’]t)(?:\s+yet)?"
                   r"(?:\s+been\s+able)?|(?:is|are|was|were)\s+(?:yet\s+)?unable|(?:is|are|was|were|has|have|had)\s+yet)"
                   r"\s+(?:to\s+)?(?:independently\s+)?")
_OTHERS_REPORT = compiled(r"\b(?:(?:" + _NOT_CONFIRMING + r"(?:comment|confirm(?:ed)?|verif(?:y|ied)|discuss|address)|asked\s+about"
                          r"|(?:no|any)\s+information\s+(?:on|about)|(?:checking|verifying|looking\s+into))"
                          r"\s+(?:on\s+|about\s+)?(?:the\s+)?(?:media\s+|press\s+|unconfirmed\s+)?(?:reports?|claims?|rumou?rs?|allegations?)"
                          r"\s+(?:that|of)|" + _NOT_CONFIRMING + r"(?:confirm(?:ed)?|verif(?:y|ied))\s+(?:that|the\s+(?:deaths?|death\s+toll|toll|figures?|number)\b))\b",
                          re.I)
_REPORT_WORDS = ("report", "claim", "rumo", "allegation", "confirm", "verif")
# what ends the reports' words before a figure: a clause mark, or the speaker's own words again
# ("declined to comment on reports that 300 died, but said 10 were wounded")
_REPORT_BREAK = compiled(r"[.;:]|\b(?:but|said|says|added|adding|while|whereas)\b", re.I)


def others_report_ends(text: str, low: str) -> list[int]:
    """Where each "declined to comment on reports that" of a sentence ends, in order."""
    return [m.end() for m in _OTHERS_REPORT.finditer(text)] if holds_any(low, _REPORT_WORDS) else []


def in_others_report(text: str, ends: list[int], at: int) -> bool:
    """Whether the figure at ``at`` is in the reports' words that end last before it (an earlier
    one reaches no further: the break that ends the last ends it too)."""
    k = bisect_right(ends, at) - 1
    return k >= 0 and _REPORT_BREAK.search(text, ends[k], at) is None


def _holds(a, where: int) -> bool:
    """Whether ``where`` is in the words of attribution ``a``: its source, cue or content."""
    return any(p.start <= where < p.end for p in (a.cue, *a.content, *((a.source,) if a.source is not None else ())))


# what a denial names as its object: another's figure or claim ("denies Russian figure of",
# "rejected Moscow's claim that", "dismissed reports of")
_DENIES_A_CLAIM = compiled(r"\s+(?:as\s+\w+\s+)?(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}?"
                           r"(?:figures?|claims?|reports?|estimates?|tolls?|allegations?|accounts?|assertions?)\b", re.I)


class Denials:
    """The words of denial of one sentence and whose words they are, read once a sentence."""

    def __init__(self, s, low: str, attributions: list) -> None:
        self.found = []  # (offset in the text, the innermost attribution whose words hold it)
        for d in DENIED.finditer(s.text, low):
            if _FIGURE_DENIED.search(s.text, max(0, d.start() - _ASIDE_REACH), d.end()):
                continue  # an aside on the figure: "…, a figure Kyiv dismissed"
            where = s.start + d.start()
            holders = [b for b in attributions if _holds(b, where)]
            # whose words it is: the attribution it is the cue of, else the one of least content
            # (one holder a denial, not every attribution whose content runs over it)
            speaker = next((b for b in holders if b.cue.start <= where < b.cue.end), None) \
                or min(holders, key=lambda b: sum(p.end - p.start for p in b.content), default=None)
            # (a denial that names what it denies as another's figure or claim: "…, denies
            # Russian figure of 300,000" denies that one only)
            self.found.append((where, speaker, bool(_DENIES_A_CLAIM.match(s.text, d.end()))))

    def all_anothers(self, at: int, to: int, own) -> bool:
        """Whether every denial is another speaker's than that of the figure at ``[at, to)``
        (``own``: the attribution that holds it, if any): in an attribution that does not hold
        the figure ("…; Moscow denied responsibility", "…, Russia called the figure false") or,
        where the figure is someone's, outside that speaker's words."""
        for where, speaker, of_a_claim in self.found:
            if speaker is not None and speaker is not own and not speaker.covers(at, to):
                continue  # another's words (though the figure's speaker's content runs over them)
            if of_a_claim and where >= to:
                continue  # ("says 31,000 died, denies Russian figure of 300,000": not the 31,000)
            if own is None or _holds(own, where):
                return False  # "Moscow denied that 50 sailors died"; the outlet's "…, though this was denied"
        return True
