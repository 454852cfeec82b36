"""Words a regular expression cannot match without: cheap substring tests before a pattern
that would read a text from every position.

``required_words(pattern)`` reads the parsed pattern and returns lower-cased literal strings
such that wherever the pattern matches (case-insensitive or not), the matched text, lower-cased,
holds one of them; or ``None`` when it cannot tell (a pattern that may match without any
literal: "\\d+", "a?"). ``may_match(text, words)`` is then False only where the pattern cannot
match ``text``. Which words are picked (the rarest-looking of the pattern's required parts)
changes only how often the test says "maybe", never what the pattern finds.
"""
from __future__ import annotations

from re import _constants as C
from re import _parser

from .lexicon import may_hold

# words so common in news, and in news of casualties, that a test for them rules out little
_COMMON = frozenset("the a an of in on at to and or for by was were is are has have had that this it as with from "
                    "be been he she they we his her their its said says people killed dead died wounded injured "
                    "soldiers civilians police".split())


def required_words(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Lower-cased strings one of which every match of ``pattern`` holds, or ``None``."""
    found = _required(_parser.parse(pattern, flags))
    if not found or any(not w.isascii() or not w for w in found):
        return None  # (beyond ASCII, case-insensitive matching is more than lower case)
    # a word holding another is found wherever that one is: the other says the same
    return tuple(sorted(w for w in found if not any(v != w and v in w for v in found)))


def may_match(text: str, words: tuple[str, ...] | None, lower: str | None = None) -> bool:
    """False only where ``text`` holds none of ``words`` (:func:`required_words`), so the pattern
    cannot match it (lexicon.may_hold; ``None``, no words known: True)."""
    return words is None or may_hold(text, words, lower)


def holds_one_of(pattern: str, flags: int, words: tuple[str, ...]) -> bool:
    """Whether every match of ``pattern``, lower-cased, holds one of ``words`` (lower-case ASCII),
    as the parsed pattern proves it: a run of its literals holding one, or a group, every branch
    of an alternation, or a part repeated at least once that does. False where it cannot tell.
    A test of a gate's words: ``may_match(text, words)`` (or ``lexicon.may_hold``) may then stand
    before the pattern. Under ``re.I`` a match may hold "ı", "İ" or "ſ" where the word has "i" or
    "s", and lower-cased it holds no word: those gates pass any text with those letters, so the
    proof holds for them; a plain substring test (``lexicon.holds_any``) would not."""
    return _holds(_parser.parse(pattern, flags), words)


def _holds(items, words: tuple[str, ...]) -> bool:
    run = ""
    for op, av in list(items) + [(None, None)]:
        if op is C.LITERAL:
            run += chr(av).lower()
            continue
        if run and any(w in run for w in words):
            return True
        run = ""
        if op is C.SUBPATTERN and _holds(av[3], words) or op is C.ATOMIC_GROUP and _holds(av, words) \
                or op is C.BRANCH and all(_holds(b, words) for b in av[1]) \
                or op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1 and _holds(av[2], words):
            return True
    return False


def _cost(words: set[str]) -> float:
    """How often a set of words looks likely to be found: lower is a better test."""
    return sum(100.0 if not w.strip() else 1.0 if w.strip() in _COMMON or len(w.strip()) < 3 else 0.5 ** len(w.strip())
               for w in words)


def _required(items) -> set[str] | None:
    """The best set of strings one of which every match of a parsed sequence holds."""
    options: list[set[str]] = []
    run = ""
    for op, av in items:
        if op is C.LITERAL:
            run += chr(av).lower()
            continue
        if run:
            options.append({run})
            run = ""
        sub = None
        if op is C.SUBPATTERN:
            sub = _required(av[3])
        elif op is C.ATOMIC_GROUP:
            sub = _required(av)
        elif op is C.BRANCH:
            subs = [_required(b) for b in av[1]]
            if all(subs):
                sub = set().union(*subs)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
            sub = _required(av[2])
        # anything else (a class, an anchor, a look-around, a back-reference) holds no
        # literal for sure in the match: it only ends a run of literals
        if sub:
            options.append(sub)
    if run:
        options.append({run})
    return min(options, key=_cost) if options else None
