"""Load the data files (lexicons, aliases, patterns) shipped in ``tollbook/data``."""
from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterator

from .regexes import compiled, kept_text


def data_text(name: str) -> str:
    return resources.files("tollbook").joinpath("data", name).read_text(encoding="utf-8")


def data_lines(name: str) -> Iterator[str]:
    """Non-empty, non-comment lines of a data file."""
    for line in data_text(name).splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            yield line


@lru_cache(maxsize=None)
def data_json(name: str) -> Any:
    return json.loads(data_text(name))


@lru_cache(maxsize=1)
def user_aliases() -> dict:
    """The user's own additions to the lexicons: the JSON file named by ``TOLLBOOK_ALIASES``
    (keys ``entities``, ``adversaries``, ``outlets``), or nothing."""
    extra = os.environ.get("TOLLBOOK_ALIASES")
    return json.loads(Path(extra).read_text(encoding="utf-8")) if extra else {}


def alternation(words: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of literal phrases, longest first, spaces matching any whitespace.

    Written as a trie ("kill(?:ed|ing)?" for kill, killed, killing): the engine reads each
    letter once where a flat list would try every phrase at every position. It matches what the
    flat list matches, in the same order (at one position the longer phrase first); where two
    phrases differ only in case, or one is empty, the flat list is kept."""
    # longest first; among phrases of one length, in order, so a pattern has one text in every
    # process (a set's order changes with the hash seed: the same matches, another text)
    parts = sorted({w for w in words}, key=lambda w: (-len(w), w))
    if len(parts) < 32:
        return _alternation(parts)
    # a whole lexicon's (thousands of names): made once, then read back (regexes.kept_text)
    return kept_text("alternation", "\x00".join(parts), lambda: _alternation(parts))


def _alternation(parts: list[str]) -> str:
    flat = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts)
    if "" in parts or len(parts) < 2:
        return flat
    trie: dict = {}
    for p in parts:
        node = trie
        for ch in p:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie) or flat


def _trie_regex(node: dict) -> str | None:
    """The regex of a trie node's continuations, or None when two differ only in case."""
    # a run of nodes with one continuation each (most of a word) is its letters in a row
    letters = []
    while len(node) == 1 and "" not in node:
        (k, node), = node.items()
        letters.append(_letter(k))
    run = "".join(letters)
    keys = [k for k in node if k]
    if len({k.lower() for k in keys}) < len(keys):
        return None
    branches = []
    for k in keys:
        rest = _trie_regex(node[k])
        if rest is None:
            return None
        branches.append(_letter(k) + rest)
    if not branches:
        return run
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a phrase ends here: the longer ones first, then this one
        return run + ("(?:" + body + ")" if len(branches) == 1 and len(body) > 1 else body) + "?"
    return run + body


def _letter(ch: str) -> str:
    """One character of a phrase as a regex: a space matches any whitespace."""
    return r"\s+" if ch == " " else re.escape(ch)



def by_first_letter(pattern: str, after_first: str = "") -> str:
    """``pattern``, an alternation whose every alternative opens with a literal lower-case
    letter, grouped by that letter: "d(?:ead|eath)|k(?:ill)" for "dead|death|kill". At a
    position the engine tries only the alternatives of the letter it reads, where the flat
    alternation tries every one; what matches, and which alternative wins (the first listed),
    is unchanged. ``after_first`` goes after each letter: a look-behind there
    ("(?<!\\w.)" for a "\\b" before the letter) keeps the engine's skipping ahead, which a
    look-behind before the letters stops."""
    groups: dict[str, list[str]] = {}
    for a in _top_level(pattern):
        if not ("a" <= a[:1] <= "z") or a[1:2] in ("?", "*", "+", "{"):
            raise ValueError(f"does not open with a literal letter: {a!r}")
        groups.setdefault(a[0], []).append(a[1:])
    return "|".join(k + after_first + "(?:" + "|".join(v) + ")" for k, v in groups.items())


class WordStarts:
    """A regex matched only where no character of BEFORE precedes it, as
    ``compiled("(?<![" + BEFORE + "])(?:" + pattern + ")", flags)`` (BEFORE ``\\w`` by default:
    the ``\\b`` before a pattern that opens with a word character), searched several times
    faster. A look-behind, or a ``\\b``, first makes the engine try the whole pattern at every
    position; here it looks for a character outside BEFORE followed by the pattern (the engine
    skips ahead to such characters), and tries the start of the text on its own. The matches
    are the same; the whole match is the group ``word`` (``m.start("word")``, not ``m.start()``;
    named groups keep their names, numbered ones move by one). ``pattern`` never matches empty
    and holds no "^"."""

    __slots__ = ("head", "rest")

    def __init__(self, pattern: str, flags: int = 0, before: str = r"\w") -> None:
        self.head = compiled(f"(?P<word>{pattern})", flags)
        self.rest = compiled(f"[^{before}](?P<word>{pattern})", flags)

    @classmethod
    def of_words(cls, words, before: str, after: str = "") -> WordStarts:
        """Any of ``words`` (literal phrases: alternation) where no character of ``before``
        precedes it, ``after`` (a look-ahead) following it: a scan of a text for a lexicon.
        No words find nothing (an empty alternation would match everywhere, empty)."""
        return cls(f"(?:{alternation(words) if words else '(?!)'}){after}", before=before)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """The first match starting at ``pos`` or after (and ending by ``endpos``), as
        ``compiled.search(text, pos, endpos)`` finds it (the look-behind reads before ``pos``)."""
        end = len(text) if endpos is None else endpos
        if pos <= 0:
            m = self.head.match(text, 0, end)
            if m is not None:
                return m
            pos = 1
        return self.rest.search(text, pos - 1, end)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches ``compiled.finditer(text)`` finds (none empty: each starts where the last ended)."""
        m = self.search(text)
        while m is not None:
            yield m
            m = self.search(text, m.end())


def _boundary_after_first(pattern: str) -> str:
    """A pattern that opens with "\\b" and a group of alternatives each opening with a literal
    lower-case letter ("\\b(we use cookies|privacy policy)…"), grouped by that letter with the
    boundary after it (by_first_letter), so the engine can skip ahead (a "\\b" first stops
    that); else the pattern as it is. For a test of whether it matches: group numbers change."""
    for head in ("\\b(?:", "\\b("):
        if pattern.startswith(head):
            close = _group_end(pattern, 2)
            if close is None or pattern[close + 1:close + 2] in ("?", "*", "+", "{"):
                return pattern
            inner = pattern[len(head):close]
            if inner.startswith("(?:") and _group_end(inner, 0) == len(inner) - 1:
                inner = inner[3:-1]  # one group inside (an alternation's trie): its alternatives
            try:
                grouped = by_first_letter(inner, after_first=r"(?<!\w.)")
            except ValueError:
                return pattern
            return "(?:" + grouped + ")" + pattern[close + 1:]
    return pattern


def _outside(pattern: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """Each character of a regex outside escapes and character classes, with its offset and
    the group depth before it."""
    depth, in_class, i = 0, False, start
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "^":
                i += 1
            if pattern[i + 1:i + 2] == "]":
                i += 1  # "[]…]": a literal bracket first in the class
        else:
            yield i, c, depth
            depth += (c == "(") - (c == ")")
        i += 1


def _group_end(pattern: str, start: int) -> int | None:
    """The offset of the ")" that closes the group opened at ``start``."""
    return next((i for i, c, depth in _outside(pattern, start) if c == ")" and depth == 1), None)


def _top_level(pattern: str) -> list[str]:
    """The alternatives of a regex: split on "|" outside groups, classes and escapes."""
    out, start = [], 0
    for i, c, depth in _outside(pattern):
        if c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    out.append(pattern[start:])
    return out


def literal_heads(pattern: str) -> tuple[str, ...]:
    """The literal text each top-level alternative of ``pattern`` opens with, as far as it is
    sure to be matched ("report" for "reports?"): wherever ``pattern`` matches, one of them
    starts there (see :func:`finditer_at`)."""
    heads = []
    for alt in _top_level(pattern):
        n = 0
        while n < len(alt) and alt[n] not in "\\.^$*+?{}[]()|":
            n += 1
        if alt[n:n + 1] in ("?", "*", "{"):
            n -= 1  # the letter before an optional quantifier may be missing
        if n <= 0:
            raise ValueError(f"opens with no literal text: {alt!r}")
        heads.append(alt[:n])
    return tuple(sorted(set(heads)))


# heads more often than once in this many characters: the engine's own scan is as fast
_DENSE_HEADS = 32


def finditer_at(rx: re.Pattern[str], text: str, heads: tuple[str, ...]) -> Iterator[re.Match[str]]:
    """The matches ``rx.finditer(text)`` finds, for a pattern each match of which opens with one
    of ``heads`` (literal_heads) and none is empty: tried only where a head occurs (``str.find``
    skips through the text at C speed), where the engine tries an alternation of words opening
    with common letters at most positions of a text. Where the heads are dense (a hostile page
    of "via via via …"), the engine's own scan: as fast there, and no list of places is held."""
    most = len(text) // _DENSE_HEADS
    starts = set()
    for h in heads:
        i = text.find(h)
        while i >= 0:
            starts.add(i)
            if len(starts) > most:
                yield from rx.finditer(text)
                return
            i = text.find(h, i + 1)
    end = 0
    for p in sorted(starts):
        if p >= end:
            m = rx.match(text, p)
            if m is not None:
                yield m
                end = m.end()


class Caseless:
    """A case-insensitive regex, tested fast: where it is the same test (lowerable, lowers_alike),
    case-sensitive on the text lower-cased (the engine then skips ahead to literals: several
    times faster); elsewhere as it is."""

    __slots__ = ("rx", "low")

    def __init__(self, pattern: str, lowered: str | None = None) -> None:
        """``lowered``: the same pattern written for the lower-cased text (its words grouped
        by first letter: by_first_letter), if not ``pattern`` itself."""
        self.rx = compiled(pattern, re.I)
        lowered = _boundary_after_first(pattern) if lowered is None else lowered
        self.low = compiled(lowered) if lowerable(lowered) else None

    def found(self, text: str, lower: str | None = None) -> bool:
        """Whether the regex matches anywhere in ``text`` (``lower``: ``text.lower()``, if known)."""
        if self.low is not None and lowers_alike(text):
            return self.low.search(text.lower() if lower is None else lower) is not None
        return self.rx.search(text) is not None

    def finditer(self, text: str, lower: str | None = None) -> Iterator[re.Match[str]]:
        """The regex's matches in ``text``, at its offsets (``lower``: ``text.lower()``, if
        known; where the lower-cased text is searched, the groups hold its words)."""
        if self.low is not None and lowers_alike(text):
            return self.low.finditer(text.lower() if lower is None else lower)
        return self.rx.finditer(text)


# What could make a case-insensitive pattern differ from itself, case-sensitive, on lower-cased
# ASCII text: an upper-case letter (a literal or in a class: "[A-Z]"), a character written by
# its code ("\x41", "\101"), an inline flag ("(?-i:…)"). Escapes are read in pairs ("\\S").
_CASED = compiled(r"\\(?P<esc>.)|\(\?P[<=]|(?P<bad>\(\?[aiLmsux-]+[:)]|[A-Z])", re.S)
_SAFE_ESCAPES = frozenset("SWDBAZ") | frozenset("bswdntrfv.-^$|?*+()[]{}/\\'\"#&~ ,:;!<>=@%`")


def lowerable(pattern: str) -> bool:
    """Whether ``pattern``, case-insensitive, matches in ASCII text exactly where it matches,
    case-sensitive, in that text lower-cased (and its groups hold the same text, lower-cased)."""
    if any(m.group("bad") is not None or m.group("esc") is not None and m.group("esc") not in _SAFE_ESCAPES
           for m in _CASED.finditer(pattern)):
        return False
    # a letter outside ASCII: its case-insensitive matches are not all its lower case ("σ"
    # matches "ς"), or include ASCII ones ("ſ" matches "s")
    return not any(ord(c) > 127 and (c.lower() != c or c.upper() != c or c.casefold() != c or c in "ıſ")
                   for c in pattern)


# the only characters whose lower case is not what a case-insensitive regex of ASCII letters
# matches them as: "İ" (lower-cased to two characters), "ı" and "ſ" (matched as "i" and "s")
_FOLD_TRAPS = _DOTTED, _DOTLESS, _LONG_S = ("\u0130", "\u0131", "\u017f")


def needles(phrases: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """A word of each phrase, lower-cased: wherever :func:`alternation` of the phrases matches,
    case-insensitive, the text lower-cased holds one of them (see :func:`may_hold`). The word is
    one that is a phrase of its own if there is one ("toll" for "death toll"), else its longest."""
    if any(not p.strip() for p in phrases):
        raise ValueError("an empty phrase matches anywhere: no word to look for")
    singles = {p.lower().strip() for p in phrases if len(p.split()) == 1}
    return tuple(sorted({next((w for w in p.lower().split() if w in singles), max(p.lower().split(), key=len))
                         for p in phrases}))


def may_hold(text: str, words: tuple[str, ...], lower: str | None = None) -> bool:
    """False only where ``text`` holds none of ``words`` (:func:`needles`), so a case-insensitive
    pattern of those phrases cannot match: plain substring tests before the pattern, which
    reads the text from every position. Where lower case is not what case-insensitivity
    matches (lowers_alike), True. ``lower``: ``text.lower()``, if known."""
    # (lowers_alike and holds_any written out: called for every figure by several passes, the
    # two calls cost more than their tests)
    if not text.isascii() and (_DOTTED in text or _DOTLESS in text or _LONG_S in text):
        return True  # (not lowers_alike)
    low = text.lower() if lower is None else lower
    for w in words:
        if w in low:
            return True
    return False


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` is in ``text``: ``any(w in text for w in words)`` without the
    generator (called for every figure by several passes: half the cost)."""
    for w in words:
        if w in text:
            return True
    return False


# the letters a pattern ignoring case matches as ASCII ones that lower() does not give back as
# them (_FOLD_TRAPS: "ſhot dead", "KİLLED"; the Kelvin sign lower() makes "k" itself)
_FOLDS = str.maketrans({_DOTTED: "i", _DOTLESS: "i", _LONG_S: "s"})


def table_key(words: str) -> str:
    """Words a pattern ignoring case matched, as a table keyed by lower-case ASCII words holds
    them ("ſhot dead" -> "shot dead"): lower case, those letters folded."""
    return words.lower() if words.isascii() else words.translate(_FOLDS).lower()


def lowers_alike(text: str) -> bool:
    """Whether a :func:`lowerable` pattern finds in ``text.lower()``, case-sensitive, what it
    finds in ``text`` case-insensitive, at the same offsets (curly quotes, dashes and letters
    beyond ASCII included)."""
    # three substring tests: many times faster than one search for a class of the three
    dotted, dotless, long_s = _FOLD_TRAPS
    return text.isascii() or not (dotted in text or dotless in text or long_s in text)
