"""Take page junk out of an article's text, keeping a map back to the original.

Scraped text carries lines that are not the article ("See also <headline>", "Leave a Reply",
newsletter plugs, share widgets). Figures in them belong to other stories, so they must go
before extraction; what goes is kept (the UI shows it greyed) and every kept character keeps
its offset in the raw text.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .regexes import compiled
from .lexicon import Caseless, data_lines, lowers_alike
from .records import Document, Removed, Segment, Source
from .required import required_words


@lru_cache(maxsize=1)
def boilerplate_rules() -> tuple[tuple[str, re.Pattern[str]], ...]:
    rules = []
    for line in data_lines("boilerplate.tsv"):
        reason, pattern = line.split("\t", 1)
        rules.append((reason, compiled(pattern.strip(), re.I)))
    return tuple(rules)


@lru_cache(maxsize=1)
def _caseless_rules() -> tuple[tuple[tuple[str, Caseless, str], ...], tuple[str, ...], _Union | None]:
    """Each rule, tested fast (Caseless), and when it is tried: a rule not tied to the line's
    start reads the line from every position ("privacy policy" alone took a third of all the
    rules' time), and matches only where the line holds one of its words (required_words):
    "gated", with the words of every gated rule, tested at once. The rules tied to the start
    ("start") are tried only where their union matches at the line's start (one attempt where
    each was one of its own: most lines start no rule); "always" the others. The union is
    ``None`` where a rule is tried always (every line must then be read by the rules)."""
    rules, words = [], set()
    for reason, rx in boilerplate_rules():
        needed = None if rx.pattern.startswith("^") else required_words(rx.pattern, re.I)
        when = "start" if rx.pattern.startswith("^") else "always" if needed is None else "gated"
        rules.append((reason, Caseless(rx.pattern), when))
        words.update(needed or ())
    starts = [c for _, c, when in rules if when == "start"]
    union = _Union(starts) if all(when != "always" for _, _, when in rules) else None
    return tuple(rules), tuple(sorted(words)), union


class _Union:
    """Whether one of the rules tied to a line's start matches a line (lowers_alike), in at
    most two attempts: those of them read lower-cased (Caseless.low: the engine then skips an
    alternative by its first letter, which it cannot do ignoring case), joined, on the line
    lower-cased; the others, joined, on the line. A pattern opening with "^" (no re.M) matches
    only at the start, so a union's match there is where one of its patterns matches."""

    def __init__(self, rules: list[Caseless]) -> None:
        low = [c.low.pattern for c in rules if c.low is not None]
        rest = [c.rx.pattern for c in rules if c.low is None]
        self.low = compiled("|".join(f"(?:{p})" for p in low)) if low else None
        self.rest = compiled("|".join(f"(?:{p})" for p in rest), re.I) if rest else None

    def match(self, line: str, low: str) -> bool:
        return (self.low is not None and self.low.match(low) is not None
                or self.rest is not None and self.rest.match(line) is not None)


def junk_reason(line: str, words_in_page: bool = True) -> str | None:
    """Why a line is page junk, or ``None`` when it may be article text. ``words_in_page``:
    False where the page the line is in holds none of the gated rules' words (_page_words)."""
    s = line.strip()
    if not s or len(s) > 300:
        return None
    if lowers_alike(s):
        low = s.lower()
        rules, words, union = _caseless_rules()
        # (most lines hold none: the gated rules cannot match)
        maybe = words_in_page and any(map(low.__contains__, words))
        starts = union is None or union.match(s, low)
        if not maybe and not starts:
            return None  # (no rule is tried always: see _caseless_rules)
        for reason, c, when in rules:
            if when == "gated" and not maybe or when == "start" and not starts:
                continue
            if (c.rx.search(s) if c.low is None else c.low.search(low)) is not None:
                return reason
        return None
    for reason, rx in boilerplate_rules():
        if rx.search(s):
            return reason
    return None


def _page_words(raw: str) -> bool:
    """Whether a page may hold a word of the gated rules (_caseless_rules) in a line: False
    only where no line can. A line read lower-cased is a line that lowers alike (no "İ", the
    one character lower-cased to two), so its lower case is the page's, lower-cased, at that
    line: an ASCII word there is in the page's (a capital sigma's lower case hangs on the letters
    around it, but is no ASCII letter). One scan of the page for each word, where each line
    was scanned for each: most pages hold none."""
    words = _caseless_rules()[1]
    if not all(w.isascii() for w in words):
        return True
    low = raw.lower()
    return any(map(low.__contains__, words))


def normalise_whitespace(raw: str) -> str:
    # Non-breaking and zero-width spaces confuse the number patterns; an acute accent or a
    # modifier letter typed for an apostrophe ("the separatists´ emergency service") hides a
    # possessive. One character for one keeps offsets.
    # (chained replace: C loops that skip strings without the character, unlike str.translate)
    out = raw.replace("\u00a0", " ").replace("\u200b", " ").replace("\r", "\n")
    if any(c in out for c in (_ASCII_SPACES if out.isascii() else _OTHER_SPACES)):
        # Any other space (a tab, a thin or ideographic space) is a space, any other line end
        # (a form feed, a line separator: those str.splitlines reads) a line break: extraction
        # tests sentences for words between spaces (" and ", "he ") before its patterns read them
        out = out.translate(_AS_SPACE)
    return out.replace("\u00b4", "\u2019").replace("\u02bc", "\u2019") if "\u00b4" in out or "\u02bc" in out else out


# (not U+0085: in the text we are given it is nearly always cp1252's "…" read as Latin-1, so a
# space, not a break in the middle of a sentence)
_LINE_ENDS = "\x0b\x0c\x1c\x1d\x1e\u2028\u2029"
# every character "\s" matches (str.isspace) but " " and "\n", as a space or a line break; found
# by a substring test of each (a regex class of them read the dev articles three times slower)
_AS_SPACE = {c: "\n" if chr(c) in _LINE_ENDS else " " for c in range(0x3001) if chr(c).isspace() and chr(c) not in " \n"}
_OTHER_SPACES = tuple(chr(c) for c in sorted(_AS_SPACE) if chr(c) not in "\u00a0\r")  # (those not replaced already)
_ASCII_SPACES = tuple(c for c in _OTHER_SPACES if c.isascii())


def clean(source: Source, text: str | None = None, title: str | None = None,
          published: str | None = None) -> Document:
    """Build the :class:`Document` of a source: junk lines out, offsets kept.

    ``text`` is the article text when it was taken out of HTML; else ``source.raw``.
    """
    raw = normalise_whitespace(text if text is not None else source.raw)
    kept: list[str] = []
    segments: list[Segment] = []
    removed: list[Removed] = []
    pos = clean_pos = 0
    run = None  # the run of kept lines being copied: [clean_start, raw_start, length]
    words_in_page = _page_words(raw)
    for line in raw.splitlines(keepends=True):
        reason = junk_reason(line, words_in_page)
        if reason:
            removed.append(Removed(pos, pos + len(line), line.rstrip("\n"), reason))
        else:
            kept.append(line)
            if run is not None and run[1] + run[2] == pos:
                run[2] += len(line)
            else:
                if run is not None:
                    segments.append(Segment(*run))
                run = [clean_pos, pos, len(line)]
            clean_pos += len(line)
        pos += len(line)
    if run is not None:
        segments.append(Segment(*run))  # (one record a run, not one a line)
    text = "".join(kept)
    return Document(
        doc_id=source.doc_id, raw=raw, text=text, segments=tuple(segments),
        removed=tuple(removed), url=source.url, outlet=source.outlet,
        published=published or source.published, title=title or headline(text),
    )


def headline(text: str) -> str | None:
    """The first line when it reads as a headline: short and not ending a sentence."""
    first = text.lstrip().split("\n", 1)[0].strip()
    return first if 0 < len(first) <= 150 and not first.endswith((".", "?", "!", ":", ";", ",")) else None
