"""A sentence's stance words (extract/claims.py DENIED, HEDGED): searched lower-cased with the
words grouped by first letter, they are found where the case-insensitive pattern finds them."""
import re

import pytest

from tollbook.extract.claims import DENIED, HEDGED


@pytest.mark.parametrize("sentence", [
    "The ministry denied that 40 soldiers were killed.",
    "He was denied entry after the shooting killed two.",  # not a denial
    "Reports of 12 dead are FALSE, officials said.",
    "The claim was Rejected as baseless.",
    "Undenied and unrefuted, the toll stands.",  # inside other words: no stance word
    "Up to 30 may have died; others reportedly fled.",
    "Five were feared dead, it is BELIEVED TO be the worst attack.",
    "The rumored toll of 9 could not be confirmed.",
    "Dismissed-from-duty officers were among the 3 wounded.",
    "Bakı officials denied it.",  # a letter a regex folds otherwise: the sentence is searched as it is
])
def test_stance_words_found_alike(sentence):
    for c in (DENIED, HEDGED):
        assert c.found(sentence) == (re.search(c.rx.pattern, sentence, re.I) is not None)
        assert c.found(sentence, sentence.lower()) == c.found(sentence)
