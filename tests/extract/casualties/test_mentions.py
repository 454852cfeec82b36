"""casualties.mentions: a sentence read among the latest few hundred is not read again, and
what was read is forgotten when a user's aliases change what is a name."""
import json

import pytest

from tollbook.extract import casualties
from tollbook.extract.casualties import mentions


def _read(sentence):
    return [(m.metric, m.figure.value, m.victims_text) for m in mentions(sentence)]


def test_a_sentence_read_again_gives_the_same_mentions_without_the_passes(monkeypatch):
    sentence = "Two workers were wounded when the depot burned."
    first = _read(sentence)
    assert first == [("wounded", 2, "workers")]
    monkeypatch.setattr(casualties, "candidate_figures", lambda s: (_ for _ in ()).throw(AssertionError("read again")))
    assert _read(sentence) == first
    assert mentions(sentence) is not mentions(sentence)  # each caller its own list


def test_a_name_made_an_entity_by_the_users_aliases_is_read_again(tmp_path, monkeypatch):
    from tollbook import lexicon, resolve

    sentence = "Gunmen shot and killed Frobin Barov outside the mill on Monday."
    assert _read(sentence) == [("killed", 1, "Frobin Barov")]
    extra = tmp_path / "aliases.json"
    extra.write_text(json.dumps({"entities": [{"name": "Frobin Barov", "kind": "official", "aliases": ["frobin barov"]}]}))
    monkeypatch.setenv("TOLLBOOK_ALIASES", str(extra))
    try:
        for f in (lexicon.user_aliases, resolve.claimant_tables):
            f.cache_clear()
        assert _read(sentence) == []  # a known name, not a victim
    finally:
        monkeypatch.delenv("TOLLBOOK_ALIASES")
        for f in (lexicon.user_aliases, resolve.claimant_tables):
            f.cache_clear()
    assert _read(sentence) == [("killed", 1, "Frobin Barov")]


# (sentence, mentions): a few words in quotation marks around a figure or right before one are
# read as if unmarked; elsewhere the marks stay; "another" before a figure is a determiner
QUOTED = [
    ("The army said it had 'neutralised' 40 fighters.", [("killed", 40, "fighters")]),
    ("The army said it had 'neutralised' up to 40 fighters.", [("killed", 40, "fighters")]),  # a bound before the figure
    ("The ministry said the enemy had lost 'up to 900 troops' in the assault.", [("casualties", 900, "troops")]),
    ("Two men were shot and are in 'stable' condition.", [("shot", 2, "men")]),
    ("The enemy lost another 310 soldiers over the past day.", [("casualties", 310, "soldiers")]),
    # a toll that changed: what it is now
    ("The death toll rose from 12 to 15 overnight.", [("killed", 15, "")]),
]


def test_a_figure_in_quotation_marks_is_read(monkeypatch):
    for sentence, want in QUOTED:
        assert _read(sentence) == want, sentence


@pytest.mark.parametrize("sentence,want", [
    # animals counted are no people: victim words ending in one, one of a group of them
    ("A stray round killed the girl and hurt one of the neighbor's cats.", [("killed", 1, "girl")]),
    ("One of the neighbour's dogs was hurt.", []),
    ("Two horses were killed in the barn fire.", []),
    ("An officer was hurt and one of the police horses was killed.", [("wounded", 1, "officer")]),
    # ... but the people of an animal's word are people
    ("One of the dog owners was hurt.", [("wounded", 1, "")]),
    # ... an animal's word in a name is no animal ("Dwayne Bird"), nor is a person beside an animal
    ("Dwayne Bird, 41, was shot and killed on Tuesday.", [("killed", 1, "Dwayne Bird")]),
    ("Police said Kevin Bird was killed in the collision.", [("killed", 1, "Kevin Bird")]),
    ("Deputy Ann Sheep was wounded in the standoff.", [("wounded", 1, "Deputy Ann Sheep")]),
    ("A farmer and his dog were killed in the blaze.", [("killed", 1, "farmer and his dog")]),
    ("A boy and his three cats were killed when the roof fell.", [("killed", 1, "boy and his three cats")]),
])
def test_animals_are_no_people(sentence, want):
    assert _read(sentence) == want
