"""Claimants: the document-wide tests the claimant stage makes, against the functions they stand for."""
import pytest

from tollbook.extract.claimants import _Sources
from tollbook.extract.implied import names_a_side
from tollbook.extract.sentences import split_sentences

# (text, whether it names a side of a known conflict: the parser is spent on it)
AT_WAR = [
    ("Ukrainian forces shelled the town. Two died.", True),
    ("Two died, the Kremlin said.", True),
    ("A pro-Russian official said two died.", True),
    ("The DPR said so; RUSSIANS too.", True),
    ("Shelling near Kyiv’s outskirts killed two.", True),
    ("Prussia and Ukrainianness are no side.", False),  # inside a word, or running on after it
    ("Anti-Russian protests; a non-Ukrainian.", False),  # a hyphen before the word
    ("Police said two people were shot in Ohio.", False),
    # letters whose lower case is not what case-insensitivity matches: the pattern reads the text
    ("İstanbul talks: Russia said two died.", True),
    ("İstanbul talks: two died.", False),
    ("", False),
]


@pytest.mark.parametrize("text,expected", AT_WAR)
def test_a_story_is_at_war_where_it_names_a_side(text, expected):
    assert names_a_side(text) is expected
    assert _Sources(text, split_sentences(text)).at_war is expected
