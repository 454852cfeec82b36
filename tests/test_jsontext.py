"""The write path's JSON encoders write exactly what json.dumps writes."""
import json

import pytest

from tollbook.jsontext import both_strings, dumps, dumps_sorted, dumps_text, dumps_text_with, written_twice

VALUES = [
    "plain", "Київ – «quoted» \"and\" back\\slash\n", 12, -0.0, 2.5, 1e300, float("inf"), None, True,
    [], {}, ["gva-1", "ukr-2"], {"b": 1, "a": [None, {"z": "é", "y": 3.0}]},
    {"location": {"text": "near Izium", "name": "Izium", "country": "Ukraine"}, "value": 12, "via": ["AFP"]},
]


@pytest.mark.parametrize("value", VALUES)
def test_each_encoder_writes_what_json_dumps_writes(value):
    assert dumps(value) == json.dumps(value)
    assert dumps_text(value) == json.dumps(value, ensure_ascii=False)
    assert dumps_sorted(value) == json.dumps(value, sort_keys=True)


def test_what_json_cannot_encode_is_refused_the_same_way():
    with pytest.raises(TypeError):
        dumps({"when": object()})


@pytest.mark.parametrize("value", [v for v in VALUES if isinstance(v, dict)] + [
    {"documents": ["d1", "Київ"], "n": 2, "claims": ["c\x7f", "c2"], "record": {"a": [1.5, None]}}])
def test_a_dict_written_with_some_values_already_written_is_what_json_dumps_writes(value):
    for given in ([], list(value)[:1], list(value)):
        encoded = {k: dumps_text(value[k]) for k in given}
        assert dumps_text_with(value, encoded) == json.dumps(value, ensure_ascii=False)


def test_lists_written_twice_are_each_what_json_dumps_writes():
    values = {"plain": ["d1", "d2"], "letters": ["Київ", "é"], "del": ["a\x7fb"], "marks": ["\"q\"\n\\", "\u2028"], "none": []}
    text, ascii_text = written_twice(values)
    assert text == {k: json.dumps(v, ensure_ascii=False) for k, v in values.items()}
    assert ascii_text == {k: json.dumps(v) for k, v in values.items()}


class _Label(str):
    pass


@pytest.mark.parametrize("items", [
    [], ["one-outlet.example"], ["d1", "d2", "d3"], ["Київ"], ["é", "plain"], ["a\x7fb"], ["\"q\"\n\\", "\u2028\t"],
    [_Label("a label")], ("a", "tuple"),
    # not strings: written as json.dumps writes them
    [1, 2.5], [None], ["text", 3], [["nested"]], [True],
])
def test_a_list_of_strings_written_twice_is_what_json_dumps_writes(items):
    assert both_strings(items) == (json.dumps(items, ensure_ascii=False), json.dumps(items))
