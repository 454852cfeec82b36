"""Numbers that are not counts: ages, years, times, money, measures, addresses; both kinds, not two people: tables of (sentence, expected mentions)."""
import pytest

from tollbook.extract.casualties import mentions
from helpers import none_test

# sentences with no casualty figure
NONE = [
    "Both men and women were among the wounded.",
    "Both Russia and Ukraine mostly count the casualties they inflict on each other.",
    "The war began on February 24, 2022.",
    "Russia first entered Ukraine in 2014.",
    "She was knifed over 50 times in the attack, police said - 34 years later.",
    "Summer Time Rendering Episode 20 release date and time.",
    "The 25-year-old suspect was arrested on Main Street.",
    "The victim, 34, lived at 1200 Elm Street.",
    "Aid worth $20 million was pledged for the wounded.",
    "The convoy stretched 40 miles north of the capital.",
    "Around 300 vehicles crossed the border on Monday.",
    "The shooting happened at about 6 p.m. on Friday.",
    "Call 252-555-1411 with information about the killing.",
    "He served 12 years in prison for the killing.",
    "Police fired 30 rounds during the deadly standoff.",
    "She is the third child under the age of 6 to be wounded this month.",
    "A 5 yo girl was hit in the hand by a stray round.",
    "Children younger than 12 were wounded less often than adults, the study found.",
    "Neighbours told Action News 5 the men ran toward the park after the shooting.",
    "COVID-19 killed more residents than the war.",
    "Residents of block no. 7 were wounded when the roof fell.",
    # the number dialed; an occasion ("in one case", "at one point"), not a person
    "A cousin called 911 and the wounded were driven to the clinic.",
    "Neighbors dialed 911 when they heard the shots.",
    "Deputies went to the farm after receiving a 911 reporting a loose horse.",
    "The 911 call came in just after midnight from the farm.",
]


# (sentence, the figures counted): the occasion or the call is no figure; the people after it are
@pytest.mark.parametrize("sentence,want", [
    ("In one case, a 19-year-old woman was taken to the hospital with minor injuries.", [1]),
    ("At one point, three people were wounded.", [3]),
    ("In one incident, two officers were hurt.", [2]),
    # "a 911": a call
    ("Deputies went to the farm after receiving a 911 reporting a man shot.", [1]),
])
def test_an_occasion_or_a_call_is_no_count(sentence, want):
    assert [m.figure.value for m in mentions(sentence)] == want


test_none = none_test(NONE)


@pytest.mark.parametrize("sentence", [
    "Marcus Tate, 15, of 2210 N. Elm St., was hit by a bullet in the leg.",
    "On 11700 Robertson, one person has been killed.",
])
def test_a_house_number_is_no_count(sentence):
    assert all(m.figure.value not in (2210, 11700) for m in mentions(sentence))


# a label before a number, however it is written (a phrase of two words, a hyphen, a stop,
# capitals, a run of spaces, a long s nearby): the number is the label's, not a count
@pytest.mark.parametrize("sentence,number", [
    ("Two cars collided on ROUTE   9 and the driver was killed.", 9),
    ("The father of 3 was wounded by a stray bullet.", 3),
    ("Soldiers at checkpoint 12 were wounded, the ſtaff said, and two died.", 12),
    ("Flight 17 was shot down and 298 people were killed.", 17),
])
def test_a_number_after_a_label_is_no_count(sentence, number):
    found = mentions(sentence)
    assert found and all(m.figure.value != number for m in found)
