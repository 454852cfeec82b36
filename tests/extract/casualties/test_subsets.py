"""Figures that are parts of others point at the larger figure."""
import pytest

from tollbook.extract.casualties import mentions


@pytest.mark.parametrize("sentence,whole,part", [
    ("The UN said 136 civilians were killed, of whom 13 were children.", 136, 13),
    ("Six people, including two children, were injured by the blast.", 6, 2),
    ("The attack killed 10 people, among them four police officers.", 10, 4),
])
def test_subsets_point_at_the_larger_figure(sentence, whole, part):
    ms = mentions(sentence)
    values = [m.figure.value for m in ms]
    assert values == [whole, part]
    assert ms[1].part_of == 0 and ms[1].metric == ms[0].metric


def test_a_death_that_brings_the_toll_is_part_of_it():
    # the verbs that bring a toll are data/cues.json "bringing"
    ms = mentions("A third soldier died on Tuesday, pushing the toll to 9.")
    assert [(m.figure.value, m.victims_text, m.part_of) for m in ms] == [(9, "", None), (1, "third soldier", 0)]


# a list right after a group, adding up to it, names the group's members: (value, victims, part_of)
@pytest.mark.parametrize("sentence,want", [
    ("Five other people, two boys and three men, were wounded.",
     [(5, "other people", None), (2, "boys", 0), (3, "men", 0)]),
    ("Four victims, one woman and three men, were hurt in the crash.",
     [(4, "victims", None), (1, "woman", 0), (3, "men", 0)]),
    # the whole the group was taken from is no victim count
    ("Three of the four passengers, a woman, a boy and a baby, were injured.",
     [(3, "passengers", None), (1, "woman", 0), (1, "boy", 0), (1, "baby", 0)]),
    # groups that name their own kind: separate groups
    ("Five soldiers, two civilians and a child were killed.",
     [(5, "soldiers", None), (2, "civilians", None), (1, "child", None)]),
])
def test_a_list_that_adds_up_to_a_group_is_its_parts(sentence, want):
    assert [(m.figure.value, m.victims_text, m.part_of) for m in mentions(sentence)] == want


# a subset's list goes on after "and" or a comma, every item a part of the group, up to a verb
# of the list's own; how badly some were hurt, with no verb, is a part of the hurt:
# (metric, value, victims, part_of)
@pytest.mark.parametrize("sentence,want", [
    ("Shelling killed 19 people, including a nurse and four children, officials said.",
     [("killed", 19, "people", None), ("killed", 1, "nurse", 0), ("killed", 4, "children", 0)]),
    ("Gunmen seized 30 travellers, including 8 women, 5 boys and a priest.",
     [("captured", 30, "travellers", None), ("captured", 8, "women", 0), ("captured", 5, "boys", 0), ("captured", 1, "priest", 0)]),
    ("The blast hurt 40 workers, twelve of them seriously.",
     [("wounded", 40, "workers", None), ("wounded", 12, "of them", 0)]),
    ("Nine pupils were injured, three critically.",
     [("wounded", 9, "pupils", None), ("wounded", 3, "pupils", 0)]),
    # an item bigger than the whole, or "N more", is no part of the list
    ("Eight miners died, including two engineers and 15 more at a second shaft.",
     [("killed", 8, "miners", None), ("killed", 2, "engineers", 0)]),
    ("Shelling killed 6 people, including a doctor and 20 residents of the next town.",
     [("killed", 6, "people", None), ("killed", 1, "doctor", 0)]),
    # "other" items are still parts of the list
    ("Seven people died, including a driver and three other passengers.",
     [("killed", 7, "people", None), ("killed", 1, "driver", 0), ("killed", 3, "other passengers", 0)]),
    # the list's last items have a verb of their own: another group
    ("Two guards died and 11 people, including four guards and seven visitors, were injured.",
     [("killed", 2, "guards", None), ("wounded", 11, "people", None), ("wounded", 4, "guards", 1), ("wounded", 7, "visitors", 1)]),
])
def test_a_subset_list_and_how_badly_some_were_hurt(sentence, want):
    assert [(m.metric, m.figure.value, m.victims_text, m.part_of) for m in mentions(sentence)] == want


# "both" or "all three" after a count of the same metric restates it: one mention, not two;
# (metric, value, victims) of each mention
@pytest.mark.parametrize("sentence,want", [
    ("Police said two men were shot and both died.", [("killed", 2, "men")]),
    ("Three women were gunned down in Dover last week and all three died.", [("killed", 3, "women")]),
    # another metric: the shot were the dead, both told
    ("Three men were shot on Elm Street; all three died at the hospital.", [("shot", 3, "men"), ("killed", 3, "men")]),
    # ... not "both" or "all N" with victim words of its own, another noun: others, maybe of another side
    ("Two hikers were killed on the trail on Monday and both gunmen were killed by deputies on Tuesday.",
     [("killed", 2, "hikers"), ("killed", 2, "gunmen")]),
    ("Two clerks were hurt in the robbery, and both robbers were hurt as well.", [("wounded", 2, "clerks"), ("wounded", 2, "robbers")]),
    ("Four villagers died in the raid, and all four crew members of the boat were killed when it sank.",
     [("killed", 4, "villagers"), ("killed", 4, "crew members of the boat")]),
    ("Two French sailors were killed by the blast, and both Spanish divers were killed when their boat capsized.",
     [("killed", 2, "French sailors"), ("killed", 2, "Spanish divers")]),
    # two counts with no "both" or "all": two groups
    ("Two soldiers were killed in the north and two civilians died in the south.",
     [("killed", 2, "soldiers"), ("killed", 2, "civilians")]),
])
def test_both_or_all_restate_a_count(sentence, want):
    assert [(m.metric, m.figure.value, m.victims_text) for m in mentions(sentence)] == want
