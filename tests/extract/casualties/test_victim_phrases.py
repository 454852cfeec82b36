"""Victims without a number: a singular person or thing, a headline's bare noun, a name, a pronoun: tables of (sentence, expected mentions)."""
from helpers import found_test, none_test

# (sentence, [(metric, value, unit, victims words)])
FOUND = [
    # a headline opened by a label ("Police: ", "UPDATE: ") is a headline all the same
    ("Police: Toddler accidentally shot, killed", [("killed", 1, "people", "Toddler")]),
    ("Sheriff: Woman critically hurt in driveway dispute", [("wounded", 1, "people", "Woman")]),
    ("Police: Soldier, civilian killed in clashes", [("killed", 1, "people", "Soldier"), ("killed", 1, "people", "civilian")]),
    # an aircraft named by its model, beside a loss: one (or as many as counted) of its unit
    ("Gunners shot down a Russian Su-34 over the river.", [("shot_down", 1, "aircraft", "Russian Su-34")]),
    ("The army said it downed two Ka-52s near the dam.", [("shot_down", 2, "helicopters", "Ka-52s")]),
    ("Air defences shot down a US-made F-16C near the border, the ministry said.", [("shot_down", 1, "aircraft", "US-made F-16C")]),
    ("The army says it downed a Chinese-built F-7 over the valley.", [("shot_down", 1, "aircraft", "Chinese-built F-7")]),
    # "a second", "a third" before "was" hurt or killed: one more of the same
    ("Two miners were killed and a third was hurt in the blast.", [("killed", 2, "people", "miners"), ("wounded", 1, "people", "miners")]),
    # people nouns that are also a count of the captured are the object of "killed"
    ("The shelling of the camp killed 31 prisoners of war and wounded 20 others.",
     [("killed", 31, "people", "prisoners of war"), ("wounded", 20, "people", "others")]),
    ("The raid killed 6 hostages.", [("killed", 6, "people", "hostages")]),
    ("The rebels said they had captured 25 prisoners.", [("captured", 25, "people", "prisoners")]),
    # "both" as two, beside someone more
    ("Both gunmen and one guard were killed in the clash.", [("killed", 2, "people", "gunmen"), ("killed", 1, "people", "guard")]),
    ("At least 16 others, including both nurses and patients, were injured.", [("wounded", 16, "people", "others")]),
    # a word of two kinds is a person where a verb of its fate follows it, or nothing does
    ("A Chechen general was killed in the ambush.", [("killed", 1, "people", "Chechen general")]),
    ("Sappers killed a marine.", [("killed", 1, "people", "marine")]),
    ("Police said a bank official was wounded in the robbery.", [("wounded", 1, "people", "bank official")]),
    # a headline drops the article before any person word, those ending like agents too
    ("Ukrainian opera singer killed in shelling", [("killed", 1, "people", "Ukrainian opera singer")]),
    ("Retired Teacher Killed In Crash", [("killed", 1, "people", "Retired Teacher")]),
    # one piece of military equipment, with its article, where something is destroyed or downed
    ("Near the river a fighter jet of the invaders was shot down.", [("shot_down", 1, "aircraft", "fighter jet of the invaders")]),
    ("Gunners destroyed two ammunition depots and an enemy command post.",
     [("destroyed", 2, "depots", "ammunition depots"), ("destroyed", 1, "command_posts", "enemy command post")]),
    ("The brigade says it destroyed a Russian tank near the bridge.", [("destroyed", 1, "tanks", "Russian tank")]),
    # a launcher, an air defence system by its model, ships sunk, a missile intercepted: one each
    ("Officials said an S-300 launcher was destroyed at the airfield.", [("destroyed", 1, "rocket_launchers", "S-300 launcher")]),
    ("The navy says it destroyed a Russian Tor air defense system.", [("destroyed", 1, "air_defence", "Russian Tor air defense system")]),
    ("Sea drones sank a Russian landing ship off the peninsula.", [("destroyed", 1, "ships", "Russian landing ship")]),
    ("A Russian frigate was sunk in the strait, the navy said.", [("destroyed", 1, "ships", "Russian frigate")]),
    ("An Iranian-made cruise missile was intercepted over the port.", [("shot_down", 1, "missiles", "Iranian-made cruise missile")]),
    ("Air defences intercepted a drone near the refinery before dawn.", [("shot_down", 1, "drones", "drone")]),
    # as a ministry words it, with no air defence named: still one downed
    ("The ministry said it intercepted a hostile drone over the province.", [("shot_down", 1, "drones", "hostile drone")]),
    ("A crew of three died when a missile destroyed their howitzer.", [("killed", 3, "people", ""), ("destroyed", 1, "artillery", "howitzer")]),
    ("Police say an 8th teen was injured in the shooting.", [("wounded", 1, "people", "8th teen")]),
    ("A 19-year-old was shot dead outside a nightclub.", [("killed", 1, "people", "19-year-old")]),
    ("A 19-year-old man was shot dead outside a nightclub.", [("killed", 1, "people", "19-year-old man")]),
    # a name after a killing verb, its age before it (read back from the name), the spaces between however many
    ("The crash killed 4-year-old  Lena Marsh and her grandfather.",
     [("killed", 1, "people", "Lena Marsh"), ("killed", 1, "people", "grandfather")]),
    # the words as written where lower-casing would split them otherwise: a dotted capital I
    # (two characters lower-cased), an age in title case (the age pattern is lower-case)
    ("A soldier from İzmir was killed at the border.", [("killed", 1, "people", "soldier from İzmir")]),
    ("A 5-Year-Old boy was wounded in the crossfire.", [("wounded", 1, "people", "A 5-Year-Old boy")]),
    # an age alone, with no person noun in the sentence
    ("Later that night a 3-month-old died at the clinic.", [("killed", 1, "people", "3-month-old")]),
    # a piece of equipment is a victim only in a sentence of losses (asked only where a word may
    # be a victim at all): not the tank that rolled past, but the tank destroyed
    ("Two guards were killed as a tank rolled past the gate.", [("killed", 2, "people", "guards")]),
    ("A tank was destroyed and two guards were killed at the gate.",
     [("destroyed", 1, "tanks", "tank"), ("killed", 2, "people", "guards")]),
    # a two-word noun's first word and a piece of equipment, each found only by its own key
    ("A police officer was wounded when a sniper fired on the checkpoint.", [("wounded", 1, "people", "police officer")]),
    # a claim without a count; "first death" is one
    ("Border guards killed in overnight attack - ministry", [("killed", None, "people", "Border guards")]),
    ("Army reports first combat death since the truce", [("killed", 1, "people", "")]),
    # headline English without articles
    ("Landmine kills Ukrainian soldier near the front", [("killed", 1, "people", "Ukrainian soldier")]),
    ("Police officer wounded in Kandahar blast", [("wounded", 1, "people", "Police officer")]),
    # an article and its noun with more than one space between words (the words between a single
    # space apart are passed by unread; any other gap is read for a digit or a mark)
    ("A  young\tfarmer was killed in the raid.", [("killed", 1, "people", "young\tfarmer")]),
    ("Gunmen shot dead a\u00a0retired\nteacher.", [("killed", 1, "people", "retired\nteacher")]),
    # people by their tie to the shooter or the place: partners past and present, in-laws,
    # co-workers, classmates, a bar's patrons, a shop's customers
    ("The gunman fatally shot his fiancee in the driveway.", [("killed", 1, "people", "fiancee")]),
    ("He wounded a co-worker and a customer before fleeing.", [("wounded", 1, "people", "co-worker"), ("wounded", 1, "people", "customer")]),
    ("A patron was shot outside the bar.", [("shot", 1, "people", "patron")]),
    ("Police said he killed his ex-wife and her stepmother.", [("killed", 1, "people", "ex-wife"), ("killed", 1, "people", "stepmother")]),
    ("A classmate was wounded in the hallway.", [("wounded", 1, "people", "classmate")]),
    # a named person's own verb of wounds of violence: suffered, sustained, treated for (with an
    # age or an aside between), as "a woman suffered a gunshot wound" is one
    ("Dana Whitfield, 23, suffered a gunshot wound to the hip.", [("wounded", 1, "people", "Dana Whitfield")]),
    ("Omar Haddad sustained non-life-threatening injuries in the crossfire.", [("wounded", 1, "people", "Omar Haddad")]),
    ("Pieter Vos had suffered a bullet wound to the back.", [("shot", 1, "people", "Pieter Vos")]),
    ("Lena Brook, a cashier, was treated for a bullet wound and released.", [("shot", 1, "people", "Lena Brook")]),
    # a name set off after the noun phrase of a counted victim is that one victim, by the name
    ("A driver was killed and a passenger, Rosa Lind, 40, was wounded.",
     [("killed", 1, "people", "driver"), ("wounded", 1, "people", "Rosa Lind")]),
    ("The pastor's nephew, Eli Grant, 19, died at the scene.", [("killed", 1, "people", "Eli Grant")]),
    # ... with a name's own verb of violent wounds too; one more victim ("a third"), counted once
    ("A cook, Ivo Marsh, 52, suffered a gunshot wound to the arm.", [("wounded", 1, "people", "Ivo Marsh")]),
    ("Her cousin, Lena Okafor, 27, sustained a gunshot wound to the shoulder.", [("wounded", 1, "people", "Lena Okafor")]),
    ("A clerk was killed and a customer, Abel Stone, 58, suffered a gunshot wound.",
     [("killed", 1, "people", "clerk"), ("wounded", 1, "people", "Abel Stone")]),
    ("A third rider, Abel Stone, 58, sustained a gunshot wound.", [("wounded", 1, "people", "Abel Stone")]),
    ("A third rider, Abel Stone, 58, was wounded.", [("wounded", 1, "people", "Abel Stone")]),
]

# sentences with no casualty figure
NONE = [
    # a labelled headline with no one killed or hurt
    "Police: Suspect arrested in Dover robbery",
    # the same words as another kind of word: no person
    "The general strike killed the city's trade for a week.",
    "A private clinic was destroyed in the fire.",
    # a drone "intercepted" as a seizure (carrying, ferrying, smuggled goods) is seized, not downed
    "Prison staff intercepted a drone ferrying phones over the wall.",
    # a letter and number that is a car, a race or a hangar, not an aircraft, even beside a loss
    "Lightning destroyed his F-250 work truck on the ranch.",
    "The blaze destroyed a Su-27 hangar at the museum.",
    "Floods destroyed an F-1 team's garage near the circuit.",
    # a model with no loss beside it; a rifle's model is no aircraft
    "The Su-25 pilot ejected safely over the field.",
    "The hunter fired a second shot at the deer.",
    # a title-case headline's possessive is no name: nobody counted
    "Report Says Army Killed Its Own Men",
    # a person word before another noun names a thing ("a sniper rifle"), not a person
    "At the range he shot a newly developed sniper rifle.",
    # a span of time, not people
    "Two decades ago the town buried its dead after the flood.",
    # the weapon, not the loss; and a burnt car is no war claim
    "A Russian tank shelled the school from the edge of the village.",
    "A drone hovered over the square for an hour.",
    # "for" ends like "mayor" but names nobody; a helicopter is no agent
    "Alert for missing hiker continues",
    "Helicopter shot at over the sea",
    # a picture's caption describes one wreck; it counts none
    "Smoke rises from an enemy tank destroyed by artillery",
    "Police found the injured boy and two others at the house.",
    "These were the first civilian deaths in the district.",
    "The unit can incinerate one body at a time.",
    "The nurse found bruises on both arms.",
    # a mark between the article and the noun, one or two words back from it: no one noun phrase
    # (where "A retired army officer was wounded at the gate" is one)
    "A retired, army officer was wounded at the gate.",
    "A retired army, officer was wounded at the gate.",
    # a named person's ailment that is no wound; a name before a participle ("found ... Elm
    # Street suffering from"), whose name may be a street's; a name after "with" ("received")
    "Victor Lamb suffered a broken wrist in the fall.",
    # a name's injuries of no stated violence: as often a player's or a driver's
    "Striker Leon Brandt sustained a minor injury in the first half.",
    "Rafa Costa suffered injuries to his shoulder in training.",
    "Greta Holm was treated for minor injuries after her van left the road.",
    "Victor Lamb suffered a stroke at his desk.",
    "Deputies found a motorist near Pine Road and W. Elm suffering from shock.",
]


test_found = found_test(FOUND)


test_none = none_test(NONE)


# The gates written letter first (the engine skips ahead to it) find the same sentences as the
# plain forms they stand for: (sentence, whether "\s(?:him|her)\b" is there, whether "\s+and\s+"
# opens a count or a pronoun, whether it opens a person's name)
GATES = [
    ("Gunmen shot him near the market.", True, False, False),
    ("They found her\tdead at home.", True, False, False),
    ("Other people there were hurt, hmm, hi.", False, False, False),
    ("The driver and his son were killed.", False, True, False),
    ("Ana Ruiz, 30, and\u00a0Tom Lee, 41, died.", False, False, True),
    ("Sand and two trucks were lost.", False, True, False),
    ("The band and Hank left.", False, False, True),
    ("Hand-and-foot wounds, andante.", False, False, False),
]


def test_gates_find_what_their_plain_forms_find():
    import re

    from tollbook.extract.casualties.coordination import _AND_NAME, _PERSON_NAME
    from tollbook.extract.casualties.victim_phrases import _AND_GROUP_RX, _GROUP, _OBJECT_PRONOUN

    for sentence, pronoun, group, name in GATES:
        assert bool(_OBJECT_PRONOUN.search(sentence.lower())) is pronoun is bool(re.search(r"\s(?:him|her)\b", sentence.lower())), sentence
        assert bool(_AND_GROUP_RX.search(sentence)) is group is bool(re.search(r"\s+and\s+" + _GROUP, sentence)), sentence
        assert bool(_AND_NAME.search(sentence)) is name is bool(re.search(r"\s+and\s+" + _PERSON_NAME, sentence)), sentence


# Sentences lower-cased with no "-old" in them split into the same words, at the same offsets,
# by the lower-case split as by the full one (words with digits, apostrophes, hyphens, an
# underscore; digits alone; a figure written with "-year" but no age)
SPLITS = [
    "The militia's co-founder and 14 guards were hurt at 3pm.",
    "O’Malley, 41, and ex-sergeant Lee_2 died in the 12-hour siege.",
    "  A 9-year sentence, 7 men shot--twice, un-named; 2nd wave...",
    "",
    "42",
]


def test_lower_case_split_finds_the_same_words():
    from tollbook.extract.casualties.victim_phrases import _WORD_SPLIT, _WORD_SPLIT_LOW

    for sentence in SPLITS:
        low = sentence.lower()
        assert "-old" not in low
        assert _WORD_SPLIT_LOW.split(low) == _WORD_SPLIT.split(low), sentence


# A name before what may follow it finds the same names with its letters read possessively:
# (sentence, the names found)
APPOSED = [
    ("Police named the victim as Okafor, a driver from the port.", ["Okafor"]),
    ("They killed Dmitri who had come to help.", ["Dmitri"]),
    ("The man killed was O'hara-lee.", ["O'hara-lee"]),
    ("The man killed was O'Hara-Smith.", ["Smith"]),  # (a capital inside starts a name of its own)
    ("Mckay in the car; Boyd. Alvarez;Li.", ["Mckay", "Boyd", "Alvarez"]),
    ("She saw Petrov-", ["Petrov-"]),
    ("Petrov-Ivanova said so", []),
    ("Ends with Nadia", ["Nadia"]),
    ("Kovalenko's brother, a medic, was shot.", []),
]


def test_apposed_names_read_possessively_find_the_same_names():
    import re

    from tollbook.extract.casualties.victim_phrases import _NAME_APPOSED

    plain = re.compile(_NAME_APPOSED.pattern.replace("{2,}+", "{2,}", 1))
    assert plain.pattern != _NAME_APPOSED.pattern
    for sentence, names in APPOSED:
        found = [m.group("name") for m in _NAME_APPOSED.finditer(sentence)]
        assert found == [m.group("name") for m in plain.finditer(sentence)] == names, sentence
