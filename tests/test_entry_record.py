"""An entry's claimant and place with their JSON, kept for the next entry with the same ones:
always the text the standard encoder gives of that very value."""
import json

import pytest

from tollbook.entry_record import _claimant_of, _claimant_texts, _place_texts, place_key

CLAIMANTS = [
    {"text": "the police", "name": "police", "affiliation": None, "kind": "official", "person": None,
     "implied": False, "party": None},
    {"text": "x", "name": "ministry", "affiliation": None, "kind": "government", "person": None,
     "implied": False, "party": "Ruritania"},  # a state's organ takes its state's side
    {"name": "Émile Zola", "affiliation": "Ruritania", "kind": "person", "person": "Émile Zola", "implied": True,
     "party": "Ruritania"},
    {"name": "agency\x7f", "affiliation": None, "kind": "media", "person": None, "implied": False, "party": None},
    # equal values of other types are written apart (1 is not true, 1.0 not 1)
    {"name": "n", "affiliation": None, "kind": "media", "person": None, "implied": 1, "party": None},
    {"name": 1, "affiliation": None, "kind": "media", "person": None, "implied": True, "party": None},
    {"name": 1.0, "affiliation": None, "kind": "media", "person": None, "implied": True, "party": None},
    {"name": ["a list"], "affiliation": None, "kind": "media", "person": None, "implied": False, "party": None},
]


@pytest.mark.parametrize("claimant", CLAIMANTS)
def test_a_claimant_and_its_json_are_those_of_the_claimant_itself(claimant):
    for _ in range(2):  # (the second time from what is kept)
        got, text, ascii_text = _claimant_texts(claimant)
        want = _claimant_of(claimant)
        assert got == want and type(got["name"]) is type(want["name"])
        assert text == json.dumps(want, ensure_ascii=False) and ascii_text == json.dumps(want)


PLACES = [
    None, (),
    (("country", "Ruritania"), ("name", "Strelsau"), ("text", "in Strelsau")),
    (("country", "Ruritania"), ("name", "Ruritania"), ("text", "Ruritania")),  # a whole country: no place key
    (("country", None), ("name", "Zürich"), ("text", "Zürich")),
    (("country", "X"), ("name", 1), ("text", "1")), (("country", "X"), ("name", 1.0), ("text", "1")),
    (("country", "X"), ("name", ["odd"]), ("text", "odd")),
]


@pytest.mark.parametrize("place", PLACES)
def test_a_place_and_its_json_are_those_of_the_place_itself(place):
    for _ in range(2):
        got, text, ascii_text, key = _place_texts(place)
        want = dict(place) if place else None
        assert got == want and json.dumps(got) == json.dumps(want)
        assert text == json.dumps(want, ensure_ascii=False) and ascii_text == json.dumps(want)
        assert key == place_key(want)
