"""Figures that refer back to one counted before them. Tables of (text, [(metric, value,
victims' side, claimant side)])."""
import pytest

from tollbook.extract.anaphora import figures_referring_back, may_refer, refers_back
from tollbook.extract.numbers import find_figures
from helpers import claims_of

WIRE = "Example Wire"

CASES = [
    # "the figure" in the next sentence counts what the figure before it counted
    ("Kyiv says its army has killed more than 3,000 enemy soldiers. A Western diplomat said the figure is closer to 1,200.",
     [("killed", 3000, "Russia", "Ukraine"), ("killed", 1200, "Russia", None)]),
    # a count named before but two sentences back is too far to be "the number"
    ("The ministry said 40 soldiers were wounded. Talks resumed on Friday. Officials said the number was 90.",
     [("wounded", 40, None, None)]),
    # a number that is no figure of anyone ("the number of trucks") refers to nothing
    ("The governor said 12 people died. The number of trucks sent was 30.", [("killed", 12, None, None)]),
    # a count the sentence before names without a figure ("how many ... were killed or wounded"):
    # "its" soldiers are the side named there, not the side that gives the number
    ("The Russian navy has not said how many of its sailors were killed or hurt. Ukrainian officials say the number is over 900.",
     [("casualties", 900, "Russia", "Ukraine")]),
    # ... the question's own subject, after "according to"; none where a reporter names it
    ("According to Tbilisi, Moscow keeps quiet about how many of its pilots were killed. Georgian officials say the number is 40.",
     [("killed", 40, "Russia", "Georgia")]),
    ("Tbilisi says Moscow keeps quiet about how many of its pilots were killed. Georgian officials say the number is 40.",
     [("killed", 40, None, "Georgia")]),
    ("Nobody knows how many villagers died in the flood. Officials said the number was 120.", [("killed", 120, None, None)]),
    # ... but not two sentences back
    ("Nobody knows how many villagers died in the flood. Talks resumed on Friday. Officials said the number was 120.", []),
    # the same value again is the same claim, not a new one
    ("Police said 7 people were hurt. The tally is 7, the mayor said.", [("wounded", 7, None, None)]),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:50] for c in CASES])
def test_a_figure_referring_back(text, want):
    got = [(c.metric, c.value, c.victims.affiliation, c.claimant.affiliation) for c in claims_of(text, outlet=WIRE)]
    assert got == want


LINKS = [
    ("An official told the paper the figure is more like 2,000.", ["more like 2,000"]),
    ("Officials in Lviv say the number is more than 12,500.", ["more than 12,500"]),
    ("The number of trucks is 40.", []),
    ("Officials said 40 were killed.", []),
]


@pytest.mark.parametrize("sentence,want", LINKS, ids=[c[0][:40] for c in LINKS])
def test_link_words_give_a_figure_to_a_count_named_before(sentence, want):
    assert [f.count_text for f in figures_referring_back(sentence, find_figures(sentence))] == want


@pytest.mark.parametrize("sentence,want", [
    ("But double this number were shot dead, an outlet said.", True),
    ("That figure could not be verified.", True),
    ("The figures were released on Monday.", False),
    # in capitals, and across a line break
    ("DOUBLE THIS NUMBER WERE SHOT DEAD.", True),
    ("The same\ntoll was given later.", True),
    ("Nobody was counted twice.", False),
])
def test_pointing_back(sentence, want):
    assert refers_back(sentence) is want


def test_a_sentence_pointing_back_is_at_the_place_and_side_of_the_figure_before():
    text = ("Shooting at a base\n\n"
            "The ministry said 11 soldiers were killed at a training ground in the Belgorod region. "
            "But an independent outlet said double this number died, with 22 soldiers dead and 16 wounded.")
    got = [(c.value, c.victims.affiliation, c.location.name if c.location else None) for c in claims_of(text, outlet=WIRE)]
    assert got == [(11, "Russia", "Belgorod"), (22, "Russia", "Belgorod"), (16, "Russia", "Belgorod")]


def test_a_number_put_to_the_cost_of_war_is_the_speaker_s():
    text = "The United Nations has put a number to the cost of the war: at least 3,924 civilians dead and 4,444 injured."
    assert {c.claimant.name for c in claims_of(text, outlet=WIRE)} == {"United Nations"}


# (lower-cased document, where a count's noun and its link start)
GATES = [
    ("the mayor said the toll stands at 40. the real number is higher.", [19, 47]),
    ("the count was slow. a recount is due.", [4]),  # "recount" is no "count"
    ("nothing here names a figure.", []),
    # a dotless i (a letter lower() leaves alone, matched as "i" case-insensitively): the slow path
    ("kyıv says the figure is now 9.", [14]),
]


@pytest.mark.parametrize("text,want", GATES, ids=[t[:30] for t, _ in GATES])
def test_may_refer(text, want):
    assert may_refer(text) == want
