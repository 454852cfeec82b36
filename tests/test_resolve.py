"""resolve: the fast scan for the parties a document names finds what the one pattern finds."""
import pytest

from tollbook.resolve import mention_regex, mention_spans

# (text, the words found, in order)
MENTIONS = [
    ("The Russian Defense Ministry said; the UN and AFP agreed.", ["The Russian Defense Ministry", "UN", "AFP"]),
    # at the very start, a short one right after a name, and upper case only for the short ones
    ("Reuters AFP reported, un and afp did not", ["Reuters", "AFP"]),
    # not inside a word; curly apostrophes; "the" kept with the name
    ("Preuters said the Ukraine’s armed forces, not U.N. staff", ["the Ukraine’s armed forces", "U.N"]),
    # the name first when a short one would start at the same place, none overlapping
    ("UNICEF staff and UN High Commissioner for Human Rights", ["UNICEF", "UN High Commissioner for Human Rights"]),
    # letters whose lower case is not what case-insensitivity matches: the plain pattern reads the text
    ("İstanbul: the Pentagon and NATO said", ["the Pentagon", "NATO"]),
    ("", []),
]


@pytest.mark.parametrize("text,words", MENTIONS)
def test_mentions_are_found_as_the_pattern_finds_them(text, words):
    spans = list(mention_spans(text))
    assert spans == [m.span() for m in mention_regex().finditer(text)]
    assert [text[a:b] for a, b in spans] == words
