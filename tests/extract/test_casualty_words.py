"""Which sentences are read for casualties (extract/casualty_words.py): a casualty
word's stem found anywhere in a word marks the sentence, unless the whole word only holds
its letters ("shots", "everybody", "established", "studied")."""
import pytest

from tollbook.extract.casualty_words import casualty_words
from tollbook.extract.claims import extract_claims
from tollbook.records import Document


def _words(text: str) -> list[str]:
    low = text.lower()
    return [low[h:h + 6] for h in casualty_words(low)]


@pytest.mark.parametrize("sentence,marked", [
    # a casualty word, alone or inside a longer form of itself: marked
    ("Two men were shot on Friday.", True),
    ("Shooting victims were taken to the hospital.", True),
    ("He suffered a gunshot wound to the leg.", True),
    ("Their bodies were found near the river.", True),
    ("A nonfatal shooting of a teenager was reported.", True),
    # "losing" a counted number of people or things marks it; losing something uncounted, or "closing", not
    ("Ukraine denied losing 300 troops near the town.", True),
    ("The army is losing up to 90 men a week there.", True),
    ("Nothing is worse than losing a child, he said.", False),
    ("The plant is closing 3 lines this year.", False),
    ("Drones sank the patrol boat overnight.", True),
    ("The frigate was sunk near the coast.", True),
    # only words that hold the letters: not marked
    ("Shots rang out and everybody ran.", False),
    ("Somebody fired a shotgun; nobody could say why.", False),
    ("The company established a stable executive team.", False),
    ("She studied the deadline for livestock subsidies.", False),
    ("Officers in Lynchburg led the crackdowns after the lockdowns.", False),
])
def test_a_sentence_is_marked_only_by_a_casualty_word(sentence, marked):
    assert bool(_words(sentence)) == marked


def test_a_word_beside_a_false_friend_still_marks_its_sentence():
    assert _words("Shots were fired and two people were killed.") == ["killed"]


@pytest.mark.parametrize("text", [
    "Shots were fired at 3 cars on Main Street, but everybody was fine, police said.",
    "The 2 executives established a stable fund for 40 employees.",
])
def test_a_story_of_false_friends_yields_no_claim(text):
    assert extract_claims(Document("d", text, text)) == []


def test_a_word_is_read_only_as_far_as_the_longest_false_friend():
    # a page of one endless word of stems: every stem marks it (none is a false friend's), and
    # each is looked at in a few characters around it, not back to the word's start
    text = "kill" * 50_000
    assert casualty_words(text) == list(range(0, len(text), 4))
    # a false friend inside a longer word is that word's, not the false friend's
    assert _words("The xylophonistshots and Überbodies were hurt.") == ["shots ", "bodies", "hurt."]
