"""A sentence's stance words (extract/stance.py DENIED, HEDGED): searched lower-cased with the
words grouped by first letter, they are found where the case-insensitive pattern finds them."""
import re

import pytest

from tollbook.extract.stance import DENIED, HEDGED


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
    for c in (DENIED, HEDGED.words):
        assert c.found(sentence) == (re.search(c.rx.pattern, sentence, re.I) is not None)
        assert c.found(sentence, sentence.lower()) == c.found(sentence)


# (text, who states "12 …" and how): a denial is the stance of the speaker who makes it, not of
# a figure another speaker states in the same sentence
STANCES = [
    ("Officials said 12 soldiers were killed in the strike; Moscow denied responsibility.", ("Officials", "asserted")),
    # a speaker's figure, then the speaker's denial of another's named figure: the first stands
    ("Governor says 12 soldiers killed, denies rebel figure of 300", ("Governor", "asserted")),
    ("Kyiv says 12 soldiers killed, denies Russian figure of 300", ("Ukrainian government", "asserted")),
    ("The governor said 12 soldiers died but rejected rebel claims that 300 were killed.", ("Governor", "asserted")),
    ("Kyiv said 12 civilians were killed, while Russia said the figure was false.", ("Ukrainian government", "asserted")),
    ("Moscow said 12 soldiers were killed, a figure Kyiv dismissed.", ("Kremlin", "asserted")),
    ("Moscow denied that 12 sailors had died.", ("Kremlin", "denied")),
    ("Kyiv said 12 civilians were killed; Moscow called the figure false.", ("Ukrainian government", "asserted")),
    ("The minister dismissed reports that 12 soldiers had died and said the front was stable.", ("Minister", "denied")),
    # "said reports that … were false": the speaker's denial, the speaker named as before
    ("The navy said reports that 12 sailors had drowned were false.", ("Navy", "denied")),
    # a speaker who will not confirm a figure, or is checking reports of it, does not state it
    ("The navy refused to confirm that 12 sailors had drowned.", ("Example Wire", "asserted")),
    ("The navy said it was checking reports that 12 sailors had drowned.", ("Example Wire", "asserted")),
    ("The navy has not independently verified the deaths of 12 sailors.", ("Example Wire", "asserted")),
    ("The navy has yet to confirm that 12 sailors had drowned.", ("Example Wire", "asserted")),
    # a denial around "according to X": the denier's, denied
    ("The navy rejected reports that the storm, according to the union, killed 12 sailors.", ("Navy", "denied")),
    # a side denying its own losses, the verb a gerund: its figure, denied
    ("The front was quiet on Monday. Moscow denied losing 12 tanks near the river.", ("Kremlin", "denied")),
]


@pytest.mark.parametrize("text,expected", STANCES, ids=[r[0][:40] for r in STANCES])
def test_a_denial_is_the_stance_of_its_own_speaker(text, expected):
    from helpers import claims_of

    got = [(c.claimant.name, c.stance) for c in claims_of(text, outlet="Example Wire") if c.value == 12]
    assert got == [expected]


# "May" the month hedges nothing; "may" the verb does
MAY = [
    ("On 3 May 2022, shelling killed two civilians, the governor said.", "asserted"),
    ("In May, shelling killed two civilians, the governor said.", "asserted"),
    ("May 3: shelling killed two civilians, the governor said.", "asserted"),
    ("Shelling may have killed two civilians, the governor said.", "hedged"),
    # "it is possible that …" hedges as "possibly" does; "as soon as possible" does not
    ("The governor said it was possible that shelling killed two civilians.", "hedged"),
    ("Shelling killed two civilians, the governor said, and repairs would start as soon as possible.", "asserted"),
    ("Shelling killed two civilians, the governor said; crews did everything possible that night.", "asserted"),
    ("The governor said it is not possible that shelling killed two civilians.", "asserted"),
]


@pytest.mark.parametrize("sentence, stance", MAY)
def test_the_month_of_may_hedges_nothing(sentence, stance):
    from helpers import claims_of

    (c,) = claims_of(sentence, outlet="Example Wire")
    assert c.stance == stance
