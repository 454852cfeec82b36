"""The casualty stage as a whole, from a sentence to claims: ranges, war reporting's own words, sides.
The tables for each pass are in tests/extract/casualties/, one file a module."""
import pytest

from tollbook.extract.casualties import mentions


def test_range_and_vague_bounds():
    (m,) = mentions("Between 2,000 and 4,000 soldiers have been killed, officials estimate.")
    assert (m.figure.value, m.figure.low, m.figure.high, m.figure.qualifier) == (None, 2000, 4000, "range")


# war reporting's own words for captured, missing and combined losses
WAR_WORDS = [
    ("The army said 200 marines had surrendered in the port city.", [("captured", 200)]),
    ("About 30 people were feared buried in the rubble of the block.", [("missing", 30)]),
    ("Officials estimated the enemy had sustained up to 60,000 deaths and injuries.", [("casualties", 60000)]),
    ("Analysts estimated that 9,000 soldiers had been killed, wounded, captured or missing.", [("casualties", 9000)]),
    ("The strike was deadlier than first thought, killing closer to 600 people.", [("killed", 600)]),
    ("The official death toll had reached 1,351 by then.", [("killed", 1351)]),
    # "killed or wounded" before the count: both, not the wounded alone
    ("The brigade said it had killed or wounded 300 marines near the bridge.", [("casualties", 300)]),
    # bodies recovered, pulled from the rubble, exhumed: the dead
    ("Divers recovered the bodies of 11 fishermen from the lake.", [("killed", 11)]),
    ("Investigators exhumed the bodies of 60 villagers from the pit.", [("killed", 60)]),
    # bodies not found are no deaths
    ("Divers have not found the bodies of the 4 fishermen.", []),
    # prisoners held, or in captivity
    ("Moscow said 40 Georgian fighters were being held as prisoners of war.", [("captured", 40)]),
    ("About 700 sailors remain in enemy captivity, the navy said.", [("captured", 700)]),
    # a fate after them is theirs ("hostages held prisoner … were killed": killed)
    ("Two hostages held prisoner by the gang were killed in the raid.", [("killed", 2)]),
    # a surrender without a count is none; "the rubble" with nobody buried is none
    ("The garrison refused to surrender.", []),
    ("Crews cleared the rubble on Monday.", []),
]


@pytest.mark.parametrize("sentence,want", WAR_WORDS, ids=[w[0][:40] for w in WAR_WORDS])
def test_war_words(sentence, want):
    from helpers import claims_of
    assert [(c.metric, c.value) for c in claims_of(sentence)] == want


def test_a_toll_of_a_side_names_its_victims():
    from helpers import claims_of
    (c,) = claims_of("Kyiv puts the Russian deaths at almost 20,000.")
    assert (c.metric, c.value, c.victims.affiliation, c.claimant.name) == ("killed", 20000, "Russia", "Ukrainian government")
    (d,) = claims_of("The death toll rose to 12.")
    assert d.victims.affiliation is None


def test_both_fates_are_not_two_people():
    from helpers import claims_of
    assert [(c.metric, c.value) for c in claims_of("The army lost 7,000 soldiers, both killed and wounded.")] == [("casualties", 7000)]
    assert [(c.metric, c.value) for c in claims_of("Both men were killed.")] == [("killed", 2)]


def test_a_long_victim_phrase_before_its_verb():
    from helpers import claims_of
    text = "Two residents of the village of Lypci in the Kharkiv region in the north were killed on Monday, police said."
    assert [(c.metric, c.value) for c in claims_of(text)] == [("killed", 2)]


def test_prisoners_of_war_who_died_are_dead_not_captured():
    from helpers import claims_of
    got = [(c.metric, c.low, c.high) for c in claims_of("Dozens of prisoners of war were feared dead after the strike on the camp.")]
    assert got == [("killed", 24, 99)]
    assert [(c.metric, c.value) for c in claims_of("The army said it took 40 prisoners of war.")] == [("captured", 40)]
