"""Words a pattern cannot match without (tollbook/required.py): what they are, and that the
test built on them never rules out a text the pattern matches."""
import re

import pytest

from tollbook.required import may_match, required_words

# (pattern, flags, the words every match holds, or None: no such words)
WORDS = [
    (r"shelling", 0, ("shelling",)),
    (r"Shelling", re.I, ("shelling",)),  # lower-cased
    (r"(?:attack|strike)s?", 0, ("attack", "strike")),
    (r"(?:the|a) (?:\w+ )?(?:raid|ambush)", re.I, ("ambush", "raid")),  # "the", "a": too common to pick
    (r"since \d{4}", 0, ("since ",)),
    (r"(?<![\w-])(?:so far|to date)(?![\w-])", re.I, ("so far", "to date")),
    (r"(?:blast|blasts)", 0, ("blast",)),  # "blasts" holds "blast": one test says both
    (r"(?:x+)", 0, ("x",)),  # repeated at least once
    (r"(?:over)?night", 0, ("night",)),  # optional: not required
    (r"\d+", 0, None),  # no literal at all
    (r"a?", 0, None),
    (r"(?:raid|\w+)", 0, None),  # one alternative holds no literal
    (r"(?=attack)\w+", 0, None),  # a look-ahead's words are not the match's
    (r"é", re.I, None),  # beyond ASCII: case-insensitivity is more than lower case
]


@pytest.mark.parametrize("pattern,flags,expected", WORDS)
def test_required_words(pattern, flags, expected):
    assert required_words(pattern, flags) == expected


# (pattern, text): the pattern matches, so the test must let the text through
MATCHING = [
    (r"(?:the|a) (?:\w+ )?(?:raid|ambush)", "AN AMBUSH: a night RAID near the town"),
    (r"(?<![\w-])(?:so far|to date)(?![\w-])", "Twelve have died So Far"),
    (r"since \d{4}", "SINCE 2014 the front has held"),
    (r"stra(?:ss|ß)e", "Hauptstraße was hit"),  # a non-ASCII text, holding no trap letter
    (r"kill", "\u212aILL"),  # the Kelvin sign lower-cases to "k"
    (r"sick", "\u017fick"),  # long s: lower case is not what re.I matches, so no test
    (r"sick", "\u0130s sick"),
]


@pytest.mark.parametrize("pattern,text", MATCHING)
def test_a_matching_text_is_never_ruled_out(pattern, text):
    assert re.search(pattern, text, re.I)
    assert may_match(text, required_words(pattern, re.I))


@pytest.mark.parametrize("pattern,text", [
    (r"(?:attack|strike)s?", "Two people died in a fire"),
    (r"since \d{4}", "Since Monday, three"),  # "since " is there: maybe
])
def test_texts_without_the_words(pattern, text):
    words = required_words(pattern, re.I)
    assert may_match(text, words) is bool(any(w in text.lower() for w in words))
    assert not may_match("nothing here", words)
    assert may_match("nothing here", None)  # no words: no test


def test_scope_patterns_hold_their_words():
    """Every kind of scope word has words to test for, and they let through every example."""
    from tollbook.extract.scope import ORDER, _required, scope
    words = _required()
    assert all(words[k] for k in ORDER)
    for sentence, expected in [
        ("200 were killed in the past 24 hours", "interval"),
        ("30,000 have died since the invasion began", "cumulative"),
        ("The strike on the station killed 50", "event"),
        ("So far 12 have died", "cumulative"),
        ("Russia has lost 19,000 soldiers", "cumulative"),
        ("12 people were killed", None),
        # a long s: the pattern, case-insensitive, reads it as "s"; no word test may rule it out
        ("200 were killed in the pa\u017ft 24 hours", "interval"),
        ("200 WERE KILLED IN THE PAST 24 HOURS", "interval"),
    ]:
        assert scope(sentence, sentence.index(next(c for c in sentence if c.isdigit()))) == expected, sentence


@pytest.mark.parametrize("pattern,words,holds", [
    (r"\s+and\s+later\s+died\b", ("die",), True),
    (r"(?:was\s+)?(?:killed|shot\s+dead)", ("killed", "dead"), True),  # every branch holds one
    (r"(?:killed|shot)", ("killed", "dead"), False),  # "shot" holds none
    (r"(?:dead)?\s+men", ("dead",), False),  # an optional part proves nothing
    (r"(?:\s+de){1,3}ad", ("dead",), False),  # a word across a group's edge is not read
    (r"(?i:DIED)", ("die",), True),  # lower-cased
])
def test_holds_one_of(pattern, words, holds):
    from tollbook.required import holds_one_of
    assert holds_one_of(pattern, re.I, words) is holds
