"""One sentence's attributions, walked on its tokens: (sentence, [(cue, source, content)]),
offsets read back as the words they cover."""
import pytest

from tollbook.extract.speakers import sentence_attributions


def words(sentence, span):
    return sentence[span.start:span.end] if span is not None else None


FOUND = [
    ("The governor said four people died in the fire.", [("said", "The governor", "four people died in the fire")]),
    ("Four people died in the fire, the governor said.", [("said", "the governor", "Four people died in the fire")]),
    # an apposition is part of who speaks
    ("Ana Diaz, a spokeswoman for the county, said two deputies were hurt.",
     [("said", "Ana Diaz, a spokeswoman for the county", "two deputies were hurt")]),
    ("Nine miners are missing, according to the mine's owner.",
     [("according to", "the mine's owner", "Nine miners are missing")]),
]

# sentences in which no one is reported as saying anything
NONE = [
    "The bridge collapsed on Tuesday evening.",
    "Rescuers worked through the night to reach the trapped workers.",
]


@pytest.mark.parametrize("sentence,want", FOUND, ids=[s[:40] for s, _ in FOUND])
def test_found(sentence, want):
    got = [(words(sentence, a.cue), words(sentence, a.source), words(sentence, a.content)) for a in sentence_attributions(sentence)]
    assert got == want


@pytest.mark.parametrize("sentence", NONE, ids=[s[:40] for s in NONE])
def test_none(sentence):
    assert sentence_attributions(sentence) == []
