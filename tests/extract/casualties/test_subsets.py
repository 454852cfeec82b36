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
