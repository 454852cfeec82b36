"""Cues whose speaker the sentence does not name, for what ``tollbook attributions`` prints: a
question put to someone ("Asked about the toll, the governor said …", "… when asked about
it", "she was asked to name …") and an expectation no one is named for ("the vote is expected
to …"). Each is an attribution with no source, its content what was asked or expected, up to
the end of its clause. The claims never read them: a figure's claimant is someone named.

One scan of the document (a pattern with no nested unbounded repetition), each find placed in
its sentence by bisection; the words are data (``data/attribution.json`` "unsourced_cues").
"""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from ..lexicon import alternation, data_json
from ..records import Attribution, Sentence, Span
from ..regexes import compiled

# what a clause's content runs to: a mark that ends the clause, looked for this far at most
_CLAUSE_ENDS = ",;:—()"
_REACH = 300


def unsourced(text: str, sentences: list[Sentence], taken: list[Span]) -> list[Attribution]:
    """The attributions with no source of ``text`` (split into ``sentences``), none whose cue
    overlaps one of ``taken`` (the cues found already)."""
    starts = [s.start for s in sentences]
    taken_at = sorted((c.start, c.end) for c in taken)
    lows = [a for a, _ in taken_at]
    out = []
    for m in _pattern().finditer(text):
        k = bisect_right(starts, m.start()) - 1
        if k < 0 or m.start() >= sentences[k].end:
            continue
        s = sentences[k]
        cue = _cue(m, text, s)
        if cue is None:
            continue
        j = bisect_right(lows, cue.end) - 1
        if j >= 0 and taken_at[j][1] > cue.start:
            continue  # (a cue the rules found)
        content = _clause_after(text, m.end(), s.end)
        if content is not None:
            out.append(Attribution(cue=cue, source=None, content=(content,)))
    return out


def _cue(m, text: str, s: Sentence) -> Span | None:
    """The cue of a find, or ``None`` where it is none: a capitalized "Asked" not opening its
    sentence (or "asked" with nothing before it that makes it a question put), a question whose
    asker follows ("was asked by …"), a request ("was asked for details")."""
    if m.group("lead") is not None:
        if not m.group("lead")[0].isupper() or text[s.start:m.start()].strip(" \t\n\"'“‘("):
            return None
        return Span(m.start("lead"), m.end())
    if m.group("by") is not None:
        return None
    return Span(m.start("be") if m.group("be") is not None else m.start("verb2"), m.end())


def _clause_after(text: str, pos: int, end: int) -> Span | None:
    """What follows a cue at ``pos``, to the end of its clause (at most :data:`_REACH` on), or
    ``None`` where nothing does ("… if asked.")."""
    stop = min(end, pos + _REACH)
    k = pos
    while k < stop and text[k] not in _CLAUSE_ENDS:
        k += 1
    a, b = pos, k
    while a < b and text[a].isspace():
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ".!?\"'”’"):
        b -= 1
    return Span(a, b) if b > a and text[a].isalnum() or b > a and text[a] in "\"“" else None


@lru_cache(maxsize=1)
def _pattern():
    d = data_json("attribution.json")["unsourced_cues"]
    be, openers = alternation(sorted(d["be"])), alternation(sorted(d["question_openers"]))
    asked, expected = alternation(sorted(d["question"])), alternation(sorted(d["expectation"]))
    between = r"(?:(?:" + alternation(sorted(d["between"])) + r"|[a-z]{2,15}ly)\s+)?"
    aux = r"(?:(?:" + alternation(sorted(d["auxiliaries"])) + r")\s+(?:not\s+)?)?"  # "has been asked", "might be expected"
    return compiled(
        rf"(?i)(?<![\w'’])(?:(?P<lead>{asked})(?=\s)"
        rf"|(?P<be>{aux}(?:{be})\s+{between})(?P<verb>(?:{asked})(?:\s+(?P<by>by|for)\b)?|(?:{expected})(?=\s+to\b))"
        rf"|(?:{openers})\s+(?P<verb2>{asked}))(?:\s+about)?(?![\w'’-])")
