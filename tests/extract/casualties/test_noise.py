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
    # ages whose "year-old" is written once, after the last
    "A father shot and killed his 8- and 6-year-old daughters on Tuesday.",
    "The 14-, 15- and 17-year-old suspects were charged in the killing.",
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
    # a rate: a word, then "per" a number, "capita" or "cent" (where "Up to 12 troops were wounded" counts)
    "Up to 12 troops per capita were wounded, the study said.",
    "Some 15 soldiers per cent of the unit were killed.",
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



# (sentence, the figures counted): a figure per unit of time is a rate, not a toll; a day
# named, a thing of that name or a communiqué's "per day" (its last 24 hours) are no rate
@pytest.mark.parametrize("sentence,want", [
    ("The army is losing up to 90 men a day on that front, the minister said.", []),
    ("Roughly 40 conscripts are killed every day in the assaults.", []),
    ("The brigade suffered an average of 30 casualties per week.", []),
    ("The enemy lost up to 70 servicemen per day in the south.", [70]),
    # the rate's words may stand well after the figure
    ("Analysts think 800 enemy marines were being killed or wounded each day.", []),
    ("Shelling killed 6 people a day after the talks collapsed.", [6]),
    ("Two people were hurt at a day care in the city.", [2]),
    # a span of time, not a frequency: a toll
    ("Kyiv said 3,000 enemy troops had died a month into the assault.", [3000]),
    ("The fever killed 35 villagers within a week.", [35]),
    ("Storms killed 9 people over a week in the north.", [9]),
    ("Three soldiers were killed a week apart on the same road.", [3]),
    # a rate's partner in its clause is a rate too
    ("Up to 90 troops are dying a day and another 300 are wounded, the minister said.", []),
    ("He said up to 70 soldiers a day were being killed and 400 wounded.", []),
    ("Two people were killed a day after the vote and 5 were wounded.", [2, 5]),
    # but not a figure after a span of time, nor after a frequency that counts no one
    ("Artillery pounded the town for a week and 52 residents were killed, the governor said.", [52]),
    ("The bombardment went on every day and 18 people died, officials said.", [18]),
    ("Kyiv said 900 enemy troops were killed in a day and 250 more were wounded.", [900, 250]),
    ("The agency said 14 civilians died over a week and 31 were hurt.", [14, 31]),
])
def test_a_rate_is_no_toll(sentence, want):
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


# Windows before a figure, for the tests is_noise makes of a window's end before its patterns
# (each pattern is tried at every position, the test once): wherever a pattern matches, its
# test says it may.
_WINDOWS = [
    "two boys, 7 and ", "the girls, aged ", "three men, both ", "the children, all ", "people, believed to be ",
    "two women,", "the victims, 12, 14 and", "the men, 19,\n", "four people, 3, ", "Sons, 7 And ",
    "two children under ", "a woman OVER ", "boys younger than ", "girls under the age of ", "a man older  than\n",
    "kids under", "men over the", "a man, who said ", "the father of ", "route ", "aged ", "covid-", "",
    "police said that ", "the toll rose to ", "a 17-year-old and ", "Ages: 12, 14 and ", "the ages of ",
    "women and children under ", "the men, thought to be ", "the people,\u00a0", "two girls, 7 and\u2003",
]


@pytest.mark.parametrize("window", _WINDOWS)
def test_a_window_that_an_age_pattern_matches_passes_its_test(window):
    from tollbook.extract.casualties import noise

    stripped = window.rstrip()
    if noise._AGE_LIST.search(window) or noise._AGE_LIST_LAST.search(window):
        assert stripped.endswith(noise._AGE_LIST_ENDS)
    if noise._AGE_BOUND.search(window):
        assert window[-1:].isspace() and stripped.lower().endswith(noise._AGE_BOUND_ENDS)
    ends, _ = noise._label_ends()
    assert noise._ends_in_label(stripped.lower()) == stripped.lower().endswith(tuple(ends))


@pytest.mark.parametrize("sentence, counted", [
    ("Two boys, 7 and 5, were shot.", [2]),  # ages listed after the people they describe
    ("Three girls, aged 4, 6 and 9, were wounded.", [3]),
    ("Two children under 5 were killed.", [2]),  # an age bound, not a count
    ("Two women over 80 died.", [2]),
    ("The men, both 19, were killed.", []),
    ("A local official said that 2 people were killed.", [2]),
])
def test_ages_and_age_bounds_are_no_counts(sentence, counted):
    assert [m.figure.value for m in mentions(sentence)] == counted
