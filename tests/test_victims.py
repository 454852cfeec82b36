"""Victim phrases: kind and side from their nouns (victims.py, data/victims.json)."""
import pytest

from tollbook.victims import equipment_unit, resolve_victims


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


@pytest.mark.parametrize("words,unit", [
    ("Russian Su-25", "aircraft"),
    ("two MiG-29s", "aircraft"),
    ("Mi-8 transport", "helicopters"),
    ("a Tu-22M3 bomber", "aircraft"),
    ("AK-47 rifles", None),
    ("route I-95", None),
    ("two B-52s", "aircraft"),
    ("an F-150 pickup", None),
    ("a B-12 supplement", None),
    ("a MiG-29 simulator", None),
])
def test_an_aircraft_model_names_its_unit(words, unit):
    assert equipment_unit(words) == unit


@pytest.mark.parametrize("words", ["12 guerrillas", "12 partisans"])
def test_guerrillas_and_partisans_are_fighters(words):
    assert resolve_victims(words).kind == "military"


@pytest.mark.parametrize("words,side", [
    # a people's word or a country's name gives the victims' side
    ("Irish aid workers", "Ireland"),
    ("two Nepalese guards", "Nepal"),
    ("Japanese tourists", "Japan"),
    # ... victims of two sides at war named together are of neither; allies', of the first
    ("Russian and Ukrainian soldiers", None),
    ("Ukrainian and Polish volunteers", "Ukraine"),
    # ... but a country named past the phrase's head is not a second side of it
    ("the Ukrainian military in battles with the forces of Russia and the DPR", "Ukraine"),
])
def test_the_side_the_victims_words_name(words, side):
    assert resolve_victims(words).affiliation == side


@pytest.mark.parametrize("words", ["five generals", "two colonels", "three reservists", "a major general", "two paratroopers",
                                   "Lt Gen Ivan Petrenko", "Maj Gen Oleh Bondar", "Col. Pavlo Sydor"])
def test_ranks_and_reservists_are_soldiers(words):
    assert resolve_victims(words).kind == "military"


def test_a_generation_is_no_rank():
    assert resolve_victims("three Gen Z protesters").kind == "civilian"
