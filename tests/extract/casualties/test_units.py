"""What a figure counts: people or a kind of equipment; only losses make a thing a claim: tables of (sentence, expected mentions)."""
from helpers import found_test, none_test

# (sentence, [(metric, value, unit, victims words)])
FOUND = [
    ("Air defences shot down 12 drones overnight.", [("shot_down", 12, "drones", "drones")]),
    # what the people lost were doing is no part of the noun phrase: they are people
    ("The battalion lost 14 men holding the crossing.", [("casualties", 14, "people", "men holding the crossing")]),
    # bodies found with wounds were killed, whatever wounded them
    ("The bodies of four men were found with stab wounds.", [("killed", 4, "people", "The bodies of four men")]),
    ("The bodies of four men were found with gunshot wounds.", [("killed", 4, "people", "The bodies of four men")]),
    ("Four tanks were destroyed in the ambush.", [("destroyed", 4, "tanks", "tanks")]),
    # those aboard a vehicle blown up or destroyed died with it
    ("Partisans blew up a car with three occupiers near the station.", [("killed", 3, "people", "occupiers")]),
    ("Drones destroyed a tank with four crew members inside.",
     [("destroyed", 1, "tanks", "tank"), ("killed", 4, "people", "crew members")]),
    ("Sappers blew up two enemy tanks.", [("destroyed", 2, "tanks", "enemy tanks")]),
    ("Four armoured vehicles were blown up near the bridge.", [("destroyed", 4, "armoured_vehicles", "armoured vehicles")]),
    # people named first are people, whatever equipment follows; a person in a vehicle is a person
    ("Officials said 150 soldiers and military equipment were destroyed in the strike.", [("killed", 150, "people", "soldiers and military equipment")]),
    ("A woman in the vehicle was taken to the hospital with non-life-threatening injuries.", [("wounded", 1, "people", "woman in the vehicle")]),
    # patients "sent" to a hospital by its name, or to a medical or trauma center
    ("The storm sent four people to Northgate Medical Center.", [("wounded", 4, "people", "people")]),
    ("The blast sent two workers to the county trauma center.", [("wounded", 2, "people", "workers")]),
    # a side's abbreviation after the noun, as translated communiqués write it
    ("Artillery destroyed up to 60 military AFU near the village.", [("killed", 60, "people", "military AFU")]),
    ("The regiment lost four tanks in the river crossing.", [("destroyed", 4, "tanks", "tanks")]),
    ("Artillery destroyed up to 45 military units of the brigade overnight.",
     [("destroyed", 45, "military_units", "military units of the brigade")]),
    # armour and air targets have units of their own; "first casualties" have no count
    ("Marines destroyed three enemy BMPs near the village.", [("destroyed", 3, "armoured_vehicles", "enemy BMPs")]),
    ("Air defence destroyed 14 air targets overnight.", [("destroyed", 14, "air_targets", "air targets")]),
    # a bomber by its model or its kind is an aircraft; a bomber alone, a person
    ("The air force said it destroyed a Tu-160 bomber on the ground.", [("destroyed", 1, "aircraft", "Tu-160 bomber")]),
    ("Two strategic bombers were destroyed at the airfield.", [("destroyed", 2, "aircraft", "strategic bombers")]),
    ("The bomber and four guards were killed at the gate.", [("killed", 1, "people", "bomber"), ("killed", 4, "people", "guards")]),
    # translated word for word, the forces that lost them named after the verb: their losses
    ("Over 25 people lost the AFU near the village in a day.", [("casualties", 25, "people", "people")]),
    ("Up to 70 servicemen lost the enemy during the assault.", [("casualties", 70, "people", "servicemen")]),
]

# sentences with no casualty figure
NONE = [
    "A car was destroyed by the fire on Elm Street.",
    # sent to a center that is no hospital
    "The school sent 30 pupils to the Science Center.",
    # a car with people in it, fired at, is not blown up; "blew up at" is anger
    "The gunman fired at a car with two people inside.",
    "He blew up at two officers during the hearing.",
    # people "blown up" (by a mine) may have lived; a bridge is no equipment
    "Three soldiers were blown up by a mine.",
    "Two bridges were blown up by retreating troops.",
    # a unit of flats, a business, a group without a word of war: no formation of fighters
    "The fire destroyed a unit of the apartment complex.",
    "The merger will eliminate two small companies.",
    "The firm lost two companies as clients last year.",
    "Genocide is the intent to destroy the group in whole or in part.",
    "The factory lost 300 jobs after the sanctions.",
    "The team lost 3 games in a row.",
    "He lost 20 pounds before the race.",
    "A rocket hit the farm and 38 cows were killed.",
    "Two drivers lost control on the icy road.",
    # ... but not a people's homes, a match or touch with units lost
    "Forty families lost their homes in the flood.",
    "Eleven players lost the final on penalties.",
    "Three patrols lost contact with units near the ridge.",
    # ... nor forces of no side, or the enemy, with no battle or day told after them
    "Two officers lost the trust of the troops during the siege.",
    "Two soldiers lost the enemy in the fog.",
    "Five soldiers lost the unit during the night retreat.",
]


test_found = found_test(FOUND)


test_none = none_test(NONE)
