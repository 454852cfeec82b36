"""Claims without a figure of their own: formations, "there are dead", "heavy casualties", "dozens of victims": tables of (sentence, expected mentions)."""
import pytest

from tollbook.extract.casualties import mentions
from helpers import found_test, mention_rows, none_test

# (sentence, [(metric, value, unit, victims words)])
FOUND = [
    # a shooting or homicide named by how many it hit (the words are data/cues.json "multiple")
    ("Police are investigating a quintuple homicide on the east side.", [("killed", 5, "people", "victims")]),
    # losses in formations ("a company" of soldiers), counted without a number of men
    ("The enemy lost up to a battalion near the village.", [("casualties", None, "people", "up to a battalion")]),
    ("Losses of the brigade in the fighting amounted to a company of personnel.",
     [("casualties", None, "people", "a company of personnel")]),
    # victims by the dozen, killed and wounded not told apart
    ("Massive strikes and dozens of victims: the enemy shelled ten regions", [("casualties", None, "people", "victims")]),
    # a formation of fighters eliminated: killed, no count of people
    ("Marines eliminated two sabotage and reconnaissance groups overnight.",
     [("killed", None, "people", "two sabotage and reconnaissance groups")]),
    ("The brigade says it wiped out an enemy mortar crew.", [("killed", None, "people", "enemy mortar crew")]),
    # translated reports that give no count
    ("A missile hit the square, there is a dead person", [("killed", 1, "people", "")]),
    ("After the strike on the depot there are dead and wounded", [("casualties", None, "people", "")]),
    ("Heavy casualties reported after the strike on the depot", [("casualties", None, "people", "")]),
    ("The army reports its first combat casualties in a month", [("casualties", None, "people", "")]),
    # the same in capitals, and where lower case is not what case-insensitive matching reads
    # (a long s): the words these patterns need are looked for on the text lower-cased first
    ("POLICE ARE INVESTIGATING A DOUBLE SHOOTING DOWNTOWN.", [("shot", 2, "people", "victims")]),
    ("THERE ARE DEAD AND WOUNDED AFTER THE STRIKE", [("casualties", None, "people", "")]),
    ("Police are inveſtigating a double ſhooting downtown.", [("shot", 2, "people", "victims")]),
    ("A ſextuple homicide shook the town.", [("killed", 6, "people", "victims")]),
]

# sentences with no casualty figure
NONE = [
    "The detective interviewed hundreds of victims and witnesses over the years.",
    "The airline suffered losses of $40 million in the quarter.",
    "The town's shops are suffering losses since the bridge closed.",
    "There were no casualties in the fire.",
]


test_found = found_test(FOUND)


test_none = none_test(NONE)


# a party's claim that nothing was lost is a figure of zero; the outlet's own "no casualties" is none
ZEROS = [
    ("Blasts hit the air base on Tuesday. No warplanes were damaged, the defence ministry said.",
     [("destroyed", 0, "aircraft")]),
    ("The fire caused no casualties, the regional governor said.", [("casualties", 0, "people")]),
    ("There were no casualties in the fire.", []),
    ("The drones hit a depot, but no soldiers were killed, the ministry said.", [("killed", 0, "people")]),
    ("No one was injured in the fire.", []),
]


@pytest.mark.parametrize("text,want", ZEROS, ids=[z[0][:40] for z in ZEROS])
def test_a_claim_of_no_losses(text, want):
    from helpers import claims_of
    assert [(c.metric, c.value, c.unit) for c in claims_of(text)] == want


def test_a_side_denying_its_own_losses_speaks_of_its_own_equipment():
    from helpers import claims_of
    (c,) = claims_of("No warplanes were damaged, Russia's Defence Ministry said.")
    assert (c.value, c.claimant.affiliation, c.victims.affiliation) == (0, "Russia", "Russia")


@pytest.mark.parametrize("sentence,want", [
    # a party's claim of zero, in its own words or as a denial of any
    ("The ministry said no warplanes were damaged.", [("destroyed", 0, "aircraft", "warplanes")]),
    ("The army denied any aircraft were destroyed in the raid.", [("destroyed", 0, "aircraft", "aircraft")]),
    ("Officials denied that any helicopters had been hit.", [("destroyed", 0, "helicopters", "helicopters")]),
    ("He denied any casualties.", [("casualties", 0, "people", "")]),
    # none of a kind of people befell a fate: a zero of that fate and those people
    ("The ministry said no Russian servicemen were killed in the raid.", [("killed", 0, "people", "Russian servicemen")]),
    ("The mayor said no one had been hurt.", [("wounded", 0, "people", "")]),
    # ... or denied that any of them did
    ("The navy denied that any of its sailors were killed in the raid.", [("killed", 0, "people", "of its sailors")]),
    ("The army denied any civilians had been wounded.", [("wounded", 0, "people", "civilians")]),
    # ... but not a non-denial, a question, another's denial inside someone's words, or a denial
    # of something else
    ("The navy has never denied that any of its sailors were killed in the raid.", []),
    ("Has the navy denied that any of its sailors were killed?", []),
    ("The port said the navy denied that any of its sailors were killed.", []),
    ("The captain denied that any sailors were killed on his orders.", []),
    # anything else denied is no zero
    ("The ministry denied any involvement in the blast.", []),
])
def test_zeros(sentence, want):
    from tollbook.extract.casualties import zeros
    got = zeros(sentence, mentions(sentence))
    assert mention_rows(got) == want


@pytest.mark.parametrize("text,want", [
    # "no one" is none, never a count of one
    ("“No one was injured,” the fire chief said.", [("wounded", 0)]),
    # a wish or a doubt is no claim of none
    ("Rescuers hope no one was killed in the landslide, the governor said.", []),
    ("It is not known if no one was hurt, the sheriff said.", []),
])
def test_no_one_is_a_claim_of_none_only_as_said(text, want):
    from helpers import claims_of
    assert [(c.metric, c.value) for c in claims_of(text, outlet="Wire")] == want


def test_a_zero_s_victims_take_no_side_from_the_story():
    from helpers import claims_of
    text = ("A Russian jet flew close to a US drone over the Black Sea, near Ukraine. "
            "No one was hurt, a Pentagon spokesman said.")
    assert [(c.value, c.victims.affiliation) for c in claims_of(text, outlet="Wire") if c.metric == "wounded"] == [(0, None)]


def test_a_denial_of_any_losses_is_a_claim_of_none_asserted():
    from helpers import claims_of
    (c,) = claims_of("Russia denied any aircraft were damaged in the blasts.", outlet="Wire")
    assert (c.metric, c.value, c.stance, c.claimant.affiliation) == ("destroyed", 0, "asserted", "Russia")
