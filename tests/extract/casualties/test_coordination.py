"""Figures sharing a cue with a neighbour: a verb's second object, coordinated subjects, "along with": tables of (sentence, expected mentions)."""
from helpers import found_test, none_test

# (sentence, [(metric, value, unit, victims words)])
FOUND = [
    # a figure whose fate follows it borrows no words from a later group; a verb's object lends them
    ("Two dead, two officers wounded in shootout", [("killed", 2, "people", ""), ("wounded", 2, "people", "officers")]),
    ("Police say shooting that wounded 9-year-old girl in park was accidental",
     [("shot", 1, "people", "9-year-old girl"), ("wounded", 1, "people", "9-year-old girl")]),
    # a wedding's groom and bride are people
    ("The attack on the wedding party killed the groom and his two brothers.",
     [("killed", 1, "people", "groom"), ("killed", 2, "people", "brothers")]),
    # a verb's second object counted, the first not: people are never "destroyed" but killed
    ("Paratroopers destroyed an enemy mortar and nine invaders overnight.", [("killed", 9, "people", "invaders")]),
    ("Rangers destroyed a bridge, a fuel depot, 40 occupiers and 15 pieces of equipment.",
     [("destroyed", 1, "depots", "fuel depot"), ("killed", 40, "people", "occupiers"), ("destroyed", 15, "equipment", "pieces of equipment")]),
    ("86 sick, 7 dead in outbreak at care home", [("killed", 7, "people", "")]),
    ("12 arrested, 2 killed in clashes at the port", [("killed", 2, "people", "")]),
    # a noun phrase never spans "and" or a count: "the border police and 1 member" is not "the … member"
    ("Shelling killed 1 member of the border police and 1 member of the militia.",
     [("killed", 1, "people", "member of the border police"), ("killed", 1, "people", "member of the militia")]),
    ("Two civilians and three attackers were killed in the clash.",
     [("killed", 2, "people", "civilians"), ("killed", 3, "people", "attackers")]),
    ("One man was found dead in the alley, along with two other shooting victims.",
     [("killed", 1, "people", "man"), ("shot", 2, "people", "other shooting victims")]),
    # a later group "also" hurt lends its words to no figure before it
    ("The army said 12 had died, with 30 hurt and four nurses at the clinic also injured.",
     [("killed", 12, "people", ""), ("wounded", 30, "people", ""), ("wounded", 4, "people", "nurses at the clinic")]),
    # a verb left out after "and" and a side's name: that side's count of the same things
    ("The Russians lost 300 tanks and Ukraine 200 in the battle.",
     [("destroyed", 300, "tanks", "tanks"), ("destroyed", 200, "tanks", "tanks")]),
    ("Moscow lost 40 soldiers and Kyiv 25 in the clashes.",
     [("casualties", 40, "people", "soldiers"), ("casualties", 25, "people", "soldiers")]),
    # ... not after a name that is no side's
    ("Shelling killed 4 soldiers and Smith 3 on Monday.", [("killed", 4, "people", "soldiers")]),
    # but a shared noun at the end is shared
    ("Raiders killed 4 and wounded 9 villagers.", [("killed", 4, "people", "villagers"), ("wounded", 9, "people", "villagers")]),
]

# sentences with no casualty figure
NONE = [
    # the sick and the arrested are not the dead counted after them
    "Forty sick, none dead after the water was poisoned.",
]


test_found = found_test(FOUND)


test_none = none_test(NONE)
