"""What might have happened, what was meant, what was asked: no claim: tables of (sentence, expected mentions)."""
from helpers import none_test

# sentences with no casualty figure
NONE = [
    "A reporter asked why so many reservists had died.",
    # a harm denied right before the victims: not done
    "Even where the mines do not kill the driver, they wreck the truck.",
    # parts of a body counted are no people
    "She kept driving even after both her legs were wounded.",
    # places captured are no people
    "Trade fell as the army captured several other towns where the mill sold its flour.",
    "Capturing the Azure Coast port city was a key aim of the offensive, the generals said.",
    # what someone meant to do, not what was done
    "The men plotted to kill two guards at the depot.",
    "He tried to kill his neighbor with a kitchen knife.",
    "She helped plan the murder of her husband, prosecutors said.",
    "Youths attempted to kill a theft suspect, torching his house.",
    # questions, not claims
    "Officers could not say if the driver had died.",
    "It was unclear whether two of the hostages were killed.",
    "For a moment nobody knew if the baby was dead or alive.",
    "How many soldiers have died is not known.",
]


test_none = none_test(NONE)


def test_people_captured_near_a_place_are_still_counted():
    from tollbook.extract.casualties import mentions
    got = [(m.metric, m.figure.count_text) for m in mentions("The army captured Ivan Petrov near the town and 40 soldiers.")]
    assert ("captured", "Ivan Petrov") in got and ("captured", "40") in got
