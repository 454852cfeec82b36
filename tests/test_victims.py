"""Victim phrases: kind and side from their nouns (victims.py, data/victims.json)."""
import pytest

from tollbook.victims import resolve_victims


# (victim words, kind): "members" of an armed group are fighters; of a family, the public, a
# crew, no kind the word says
MEMBERS = [
    ("members of the militia", "military"),
    ("four members of one family", "unspecified"),
    ("members of the public", "unspecified"),
    ("two members of the same household", "unspecified"),
]


@pytest.mark.parametrize("words, kind", MEMBERS)
def test_members_are_of_the_group_they_belong_to(words, kind):
    assert resolve_victims(words).kind == kind
