import pytest

from tollbook.extract.numbers import find_figures, parse_number

# (text, [(value, low, high, qualifier)])
CASES = [
    ("Some 498 soldiers", [(498, None, None, "about")]),
    ("at least 21 people", [(21, 21, None, "at_least")]),
    ("more than 7,000 troops", [(7000, 7000, None, "at_least")]),
    ("over 300 civilians", [(300, 300, None, "at_least")]),
    ("around 2,870", [(2870, None, None, "about")]),
    ("nearly 13,800", [(13800, None, None, "about")]),
    ("up to 40 fighters", [(40, None, 40, "at_most")]),
    ("as many as 500 soldiers", [(500, None, 500, "at_most")]),
    ("as many as 213 soldiers", [(213, None, None, "exact")]),  # emphasis, not a bound
    ("between 2,000 and 4,000 soldiers", [(None, 2000, 4000, "range")]),
    ("2,000–4,000 soldiers", [(None, 2000, 4000, "range")]),
    ("from 10 to 15 people", [(None, 10, 15, "range")]),
    ("twenty-one people", [(21, None, None, "exact")]),
    ("one hundred and twelve people", [(112, None, None, "exact")]),
    ("a dozen villagers", [(12, None, None, "exact")]),
    ("up to a hundred soldiers", [(100, None, 100, "at_most")]),
    ("a hundred and twenty people", [(120, None, None, "exact")]),
    ("more than a thousand people", [(1000, 1000, None, "at_least")]),
    ("a man and a woman", []),
    ("half a dozen guards", [(6, None, None, "exact")]),
    ("1.2 million refugees", [(1200000, None, None, "exact")]),
    ("dozens of civilians", [(None, 24, 99, "vague")]),
    ("hundreds of people", [(None, 200, 999, "vague")]),
    ("tens of thousands of people", [(None, 20000, 99999, "vague")]),
    ("“uncountable” losses", [(None, 1000, None, "vague")]),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0] for c in CASES])
def test_figures(text, want):
    got = [(f.value, f.low, f.high, f.qualifier) for f in find_figures(text)]
    assert got == want


@pytest.mark.parametrize("text,value", [("1,597", 1597), ("seventy-three", 73), ("two thousand", 2000), ("3.5k", 3500), ("a couple", 2)])
def test_parse_number(text, value):
    assert parse_number(text) == value


def test_count_text_keeps_the_words_as_written():
    (f,) = find_figures("the toll stood at roughly 1,300 dead")
    assert f.count_text == "roughly 1,300"
