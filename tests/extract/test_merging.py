"""Drafts merged and linked within a document: (text, expected claims as (metric, value,
victims words, sentences of evidence, part of another claim))."""
import pytest

from helpers import claims_of

CASES = [
    # the same figure restated by the same source is one claim with both sentences
    ("Two soldiers were killed in the shelling of the village, the army said on Monday. In its evening "
     "update the army said two soldiers had been killed in the village.",
     [("killed", 2, "soldiers", 2, False)]),
    # a figure equal to the sum of the others is their total
    ("A man was found dead in the car. A woman was found dead in the house. 2 fatalities.",
     [("killed", 1, "man", 1, True), ("killed", 1, "woman", 1, True), ("killed", 2, "", 1, False)]),
    # a smaller figure is part of the story's toll, unless its sentence tells of another incident
    ("Four people died in the fire, officials said. Two of the dead were children, the fire chief said. "
     "Three people died in an unrelated crash elsewhere in the county.",
     [("killed", 4, "people", 1, False), ("killed", 2, "", 1, True), ("killed", 3, "people", 1, False)]),
    # losses of no count, one side's and both sides', are two claims, not one restated
    ("Troops fought house by house to keep the village, with both Ukrainian and Russian forces suffering heavy losses, "
     "Petro Hnat, head of the village council, said. In the spring Russia suffered heavy losses "
     "trying to storm the hills.",
     [("casualties", None, "", 1, False), ("casualties", None, "", 1, False)]),
    # a man and a woman are two people, not one restated
    ("A man was shot dead on Main Street. A woman was shot dead on Elm Street.",
     [("killed", 1, "man", 1, False), ("killed", 1, "woman", 1, False)]),
    # an attacker's death is no part of a toll of named victims (three officers); of "people" it may be
    ("Three officers were killed in the ambush on Friday. The gunman died after deputies shot him.",
     [("killed", 3, "officers", 1, False), ("killed", 1, "gunman", 1, False)]),
    ("Three people were killed in the ambush on Friday. The gunman died after deputies shot him.",
     [("killed", 3, "people", 1, False), ("killed", 1, "gunman", 1, True)]),
    # a headline's round "kills 14" restates the body's "at least 14": one claim, not one inside the other
    ("Drone strike kills 14 in port city, officials say\n\nA drone strike killed at least 14 people in the port city "
     "on Sunday, officials said. The strike hit a market. Rescuers searched the ruins. Power was cut. Schools closed.",
     [("killed", 14, "", 2, False)]),
    # ... a title line over a short story too
    ("Drone strike kills 14 in port city, officials say\n\nA drone strike killed at least 14 people in the port city "
     "on Sunday, officials said. The strike hit a market.",
     [("killed", 14, "", 2, False)]),
    # ... but in a story's body "at least 14 people" and "14 attackers" are two counts (the
    # attackers may be among the people, as above)
    ("Gunmen stormed the port on Sunday.\n\nAt least 14 people were killed in the raid, officials said. The strike hit "
     "a market. Rescuers searched the ruins. Power was cut. Schools closed. In all, 14 attackers were killed.",
     [("killed", 14, "people", 1, False), ("killed", 14, "attackers", 1, True)]),
    # a story's first sentence that ends in a full stop is its lede, not a title: a later "at
    # least 14" elsewhere is another count
    ("Fourteen people were killed in a flood in the valley, officials said. Roads were cut. Rescuers searched the "
     "banks. Power was lost. Schools closed. In a separate flood upriver, at least 14 people were killed, officials said.",
     [("killed", 14, "people", 1, False), ("killed", 14, "people", 1, False)]),
    # a title's figure restates one body figure: the one of its bounds, not another of other bounds
    ("Blast kills 14 at port market\n\nA blast killed 14 people at the port market on Sunday, officials said. "
     "At least 14 people were killed in a similar blast upriver last month, police said.",
     [("killed", 14, "", 2, False), ("killed", 14, "people", 1, False)]),
    # a roundup of the year: each country's toll stands alone, the smaller no part of the larger
    ("The year in review\n\nMonsoon floods in Bangladesh killed 900 people over the summer, officials said. "
     "Later in the year, 300 protesters were killed in Sudan, a rights group said. Markets fell. Prices rose. Fuel ran short. Schools closed.",
     [("killed", 900, "people", 1, False), ("killed", 300, "protesters", 1, False)]),
    # ... but one country's figure is part of a toll that names it too
    ("The earthquake killed 9,000 people in Chile and Peru, officials said. In Peru, at least 2,000 people died, "
     "officials said. Roads were cut. Rescuers searched the ruins. Power was lost. Schools closed.",
     [("killed", 9000, "people", 1, False), ("killed", 2000, "people", 1, True)]),
    # ... but the dead of a toll may come from a town in another country
    ("Shelling killed 12 people in Kharkiv on Monday, officials said. Roads were cut. Rescuers searched the ruins. "
     "Power was lost. Two of those killed were students from Minsk, officials said. Schools closed.",
     [("killed", 12, "people", 1, False), ("killed", 2, "", 1, True)]),
]


@pytest.mark.parametrize("text,want", CASES, ids=[t[:40] for t, _ in CASES])
def test_merged_and_linked(text, want):
    got = [(c.metric, c.value, c.victims.text, len(c.evidence), c.part_of is not None) for c in claims_of(text)]
    assert got == want


def test_a_part_among_the_dead_is_stated_by_who_gave_the_toll():
    # in the outlet's own voice, "among the dead" counts a part of the toll its source gave;
    # a figure of its own ("died in hospital") stays the outlet's
    text = "Regional officials said 12 people were killed in the strike on the market. "
    among = claims_of(text + "Two children were among the dead.", outlet="Daily Bugle")
    assert [(c.value, c.part_of is not None, c.claimant.name) for c in among] == [
        (12, False, "Regional officials"), (2, True, "Regional officials")]
    died = claims_of(text + "Two children died in hospital.", outlet="Daily Bugle")
    assert [(c.value, c.claimant.name, c.claimant.kind) for c in died][1] == (2, "Daily Bugle", "media")
    # another incident counted in between: the part is of that one, in the outlet's voice
    other = claims_of(text + "Hours later a second strike killed 5 people in a nearby village. Two children were among the dead.",
                      outlet="Daily Bugle")
    assert [(c.value, c.claimant.name) for c in other][-1] == (2, "Daily Bugle")
    # the toll told again in between is still the toll
    again = claims_of(text + "The strike on the market killed at least 12 people. Two children were among the dead.",
                      outlet="Daily Bugle")
    assert [(c.value, c.claimant.name) for c in again][-1] == (2, "Regional officials")


def test_a_running_tally_of_people_shot_is_no_incidents_toll():
    # the story's two shot are not a part of the city's count for the year
    text = ("Two brothers were shot outside a corner store on Pine Street late Friday, police said. "
            "Doctors said both should recover. "
            "Officers found shell casings near the store. "
            "No arrests have been made. "
            "More than 60 people have been shot in the city so far this year, according to police figures. "
            "Detectives want to hear from witnesses.")
    got = [(c.metric, c.value, c.part_of is not None) for c in claims_of(text)]
    assert ("casualties", 2, False) in got and ("casualties", 60, False) in got


def test_a_figure_told_without_a_place_is_at_the_storys_place_not_a_later_towns():
    # the raid's one dead (the story's place, in the outlet's voice) and the school's one dead in
    # another town, told by another source later, are two claims: the outlet's stays its own
    text = ("Ukraine says 4 Russian helicopters destroyed at Crimea airfield\n\n"
            "Ukraine said Tuesday that four Russian helicopters were destroyed in a raid on an airfield in Crimea. "
            "The raid, which killed one person and injured six, sent plumes of smoke over the bay. "
            "Firefighters worked through the night. "
            "In the city of Donetsk, under separatist control for years, a Ukrainian shell hit a school, killing one person "
            "and wounding three, the separatist emergency ministry said. "
            "The airfield had been hit before in the spring.")
    killed = [(c.claimant.kind, c.location.name, len(c.evidence)) for c in claims_of(text, outlet="Example Wire") if c.metric == "killed"]
    assert killed == [("media", "Crimea", 1), ("government", "Donetsk", 1)]


# (document, the claimants of its claims of 14): a country speaking in a headline restates its
# own body named further down (the body is the claimant); another country, or the country's
# outlet, is another claim
COUNTRY_AND_ORGAN = [
    ("Poland says it downed 14 drones\nPoland's air force said on Monday it had downed 14 drones over the lake.",
     ["Poland's air force"]),
    ("Israel says it downed 14 drones\nThe Iranian army said on Monday it had downed 14 drones over the gulf.",
     ["Israel", "The Iranian army"]),
    # a person of the country is no body of its state
    ("Poland says 14 killed in blast\nA Polish nurse told the paper that 14 of her patients were killed in the blast.",
     ["Poland", "A Polish nurse"]),
]


@pytest.mark.parametrize("text,want", COUNTRY_AND_ORGAN, ids=[t[:30] for t, _ in COUNTRY_AND_ORGAN])
def test_a_country_speaking_restates_its_own_body(text, want):
    assert [c.claimant.text for c in claims_of(text, outlet="Example Wire") if c.value == 14] == want


# (article, the claimants of the figure 7): a role named short in a headline and in full below is
# one speaker restating one figure, named in full; a deputy is someone else
ONE_ROLE = [
    ("Shelling kills 7 in Kherson, governor says\n\nShelling killed seven people in Kherson on Monday, the regional governor said. "
     "Rescuers searched the harbour. Roads were closed. Ferries stopped. Power was cut. Schools shut.",
     ["Regional governor"]),
    ("Shelling kills 7 in Kherson, mayor says\n\nShelling killed seven people in Kherson on Monday, the deputy mayor said. "
     "Rescuers searched the harbour. Roads were closed. Ferries stopped. Power was cut. Schools shut.",
     ["Mayor", "Deputy mayor"]),
]


@pytest.mark.parametrize("text,want", ONE_ROLE, ids=["regional", "deputy"])
def test_a_role_named_short_and_in_full_is_one_speaker(text, want):
    assert [c.claimant.name for c in claims_of(text, outlet="Example Wire") if c.value == 7] == want
