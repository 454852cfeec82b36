"""Figures about earlier events that a story only recalls: not the story's claims."""
import datetime as dt

import pytest

from helpers import claims_of
from tollbook.extract.background import recalled

STORY_DAY = dt.date(2016, 5, 1)

# (sentence, recalled before the story?)
SENTENCES = [
    ("In 2009, a man was killed and four others were hurt on the same corner.", True),
    ("A total of 212 people were killed in the city last year.", True),
    ("Two years ago, three teenagers were shot dead at the park.", True),
    ("Dozens gathered for a vigil for a boy killed nearby.", True),
    # running tallies are current, whatever year they start from
    ("More than 300 people have been shot since 2014.", False),
    ("Forty people have been killed in the city so far this year.", False),
    # numbers that look like years: a car's model, a street number; a hospital's name
    ("Two people were shot inside a 2006 grey Toyota.", False),
    ("A man was found dead in the 1900 block of Pine Street.", False),
    ("She died at Mercy Memorial Hospital.", False),
    ("Three men were wounded on Saturday night.", False),
]


@pytest.mark.parametrize("sentence,want", SENTENCES, ids=[s[:40] for s, _ in SENTENCES])
def test_recalled(sentence, want):
    assert recalled(sentence, STORY_DAY) is want


def totals(text):
    out = {"killed": 0, "wounded": 0}
    for c in claims_of(text, published="2016-05-01", outlet="Example Gazette"):
        if c.metric in out and c.value is not None and c.part_of is None and c.stance != "denied":
            out[c.metric] += c.value
    return out["killed"], out["wounded"]


# (story, killed, wounded)
STORIES = [
    # the story is a shooting with two wounded; the dead of 2009 and of last year are background
    ("Two men wounded in Elm Street shooting\n\nTwo men were wounded in a shooting on Elm Street on Saturday night, police said. "
     "Both were taken to hospital. Neighbours said the street has seen violence before. In 2009, a man was killed "
     "on the same corner. A total of 212 people were killed in the city last year.", 0, 2),
    # a trial's story recalls the killing it is about, and the wounded of that killing with it
    ("Gunman sentenced in girl's killing\n\nA man was sentenced to 30 years on Friday. Relatives wept in court. "
     "The judge spoke briefly. He was convicted over the June 2013 shooting in which a girl was killed and three women "
     "were injured.", 1, 3),
    # a story about an old killing (a trial) reports that killing
    ("Man sentenced for 2013 killing of two teenagers\n\nA man was sentenced on Monday to 40 years for killing two "
     "teenagers in 2013. The judge said the killings of the two teenagers in 2013 had shaken the town.", 2, 0),
    # a story that counts its own dead recalls another massacre: not its dead
    ("Three dead in cinema shooting\n\nThree people were killed when a gunman opened fire in a cinema on Thursday night, "
     "police said. The gunman was arrested. Witnesses described panic in the aisles. The cinema will stay closed "
     "this week. The attack came days after a verdict over a 2012 shooting that left 12 "
     "people dead and 58 wounded.", 3, 0),
    # a figure someone states is that source's claim, whatever its date
    ("Talks resume in the capital\n\nDelegations met again on Tuesday to discuss a ceasefire, the ministry said. "
     "Observers said the talks were tense. Last month, the United Nations said 40 civilians had been killed in the region.", 40, 0),
]


@pytest.mark.parametrize("text,killed,wounded", STORIES, ids=[t[:40] for t, _, _ in STORIES])
def test_story_totals(text, killed, wounded):
    assert totals(text) == (killed, wounded)


# written in capitals: the case-insensitive words are found the same
@pytest.mark.parametrize("sentence,want", [(s.upper(), w) for s, w in SENTENCES if "Memorial" not in s and "vigil" not in s],
                         ids=[s[:40] for s, _ in SENTENCES if "Memorial" not in s and "vigil" not in s])
def test_recalled_in_capitals(sentence, want):
    assert recalled(sentence, STORY_DAY) is want


# (opening, kinds not looked for, the kinds of harm it names)
OPENINGS = [
    ("Man sentenced in girl's killing", set(), {"dead"}),
    ("MAN SENTENCED IN GIRL'S KILLING", set(), {"dead"}),
    ("Two wounded, one killed in shooting", set(), {"dead", "hurt"}),
    ("Two wounded, one killed in shooting", {"dead"}, {"hurt"}),
    ("Two wounded, one killed in shooting", {"dead", "hurt", None}, set()),
    ("Council approves budget", set(), set()),
]


@pytest.mark.parametrize("opening,besides,want", OPENINGS)
def test_opening_kinds(opening, besides, want):
    from tollbook.extract.background import opening_kinds
    assert opening_kinds(opening, besides=besides) == want


def test_a_story_with_no_later_figure_in_its_own_voice_keeps_every_figure():
    # every figure is in the opening, or given by someone: nothing is background, nothing dropped
    text = ("Police say 3 were shot at a party.\n\nIn 2009, a man was killed on the same corner, police said. "
            "The party was quiet. Music played. Guests left.")
    got = {(c.metric, c.value) for c in claims_of(text, published="2016-05-01")}
    assert ("killed", 1) in got and 3 in {v for _, v in got}
