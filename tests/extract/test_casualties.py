"""Tables of (sentence, expected mentions): the wording news uses, and wording that must yield nothing."""
import pytest

from tollbook.extract.casualties import mentions

# (sentence, [(metric, value, unit, victims words)])
POSITIVE = [
    ("A roadside bomb killed 14 soldiers near the border on Tuesday.", [("killed", 14, "people", "soldiers")]),
    ("Two police officers were wounded in the exchange of fire.", [("wounded", 2, "people", "police officers")]),
    ("The strike on the market left 9 dead and 31 injured.", [("killed", 9, "people", ""), ("wounded", 31, "people", "")]),
    ("The shelling killed 3 residents and hurt 17 more.", [("killed", 3, "people", "residents"), ("wounded", 17, "people", "more")]),
    ("A man was killed and his brother injured after the raid.", [("killed", 1, "people", "man"), ("wounded", 1, "people", "brother")]),
    ("An elderly woman died in hospital two days later.", [("killed", 1, "people", "elderly woman")]),
    ("The death toll from the quake rose to 212 on Sunday.", [("killed", 212, "people", "")]),
    ("Officials put the number of injured at 85.", [("wounded", 85, "people", "")]),
    ("Eleven workers remain missing after the blast.", [("missing", 11, "people", "workers")]),
    ("At least 40 fighters were taken prisoner in the operation.", [("captured", 40, "people", "fighters")]),
    ("Air defences shot down 12 drones overnight.", [("shot_down", 12, "drones", "drones")]),
    ("Four tanks were destroyed in the ambush.", [("destroyed", 4, "tanks", "tanks")]),
    ("The gunmen opened fire, killing five and wounding eight.", [("killed", 5, "people", ""), ("wounded", 8, "people", "")]),
    # a verb's second object counted, the first not: people are never "destroyed" but killed
    ("Paratroopers destroyed an enemy mortar and nine invaders overnight.", [("killed", 9, "people", "invaders")]),
    ("Rangers destroyed a bridge, a fuel depot, 40 occupiers and 15 pieces of equipment.",
     [("destroyed", 1, "depots", "fuel depot"), ("killed", 40, "people", "occupiers"), ("destroyed", 15, "equipment", "pieces of equipment")]),
    # those aboard a vehicle blown up or destroyed died with it
    ("Partisans blew up a car with three occupiers near the station.", [("killed", 3, "people", "occupiers")]),
    ("Drones destroyed a tank with four crew members inside.",
     [("destroyed", 1, "tanks", "tank"), ("killed", 4, "people", "crew members")]),
    ("Sappers blew up two enemy tanks.", [("destroyed", 2, "tanks", "enemy tanks")]),
    # losses in formations ("a company" of soldiers), counted without a number of men
    ("The enemy lost up to a battalion near the village.", [("casualties", None, "people", "up to a battalion")]),
    ("Losses of the brigade in the fighting amounted to a company of personnel.",
     [("casualties", None, "people", "a company of personnel")]),
    # victims by the dozen, killed and wounded not told apart
    ("Massive strikes and dozens of victims: the enemy shelled ten regions", [("casualties", None, "people", "victims")]),
    # a formation of fighters eliminated: killed, no count of people
    ("Marines eliminated two sabotage and reconnaissance groups overnight.",
     [("killed", None, "people", "two sabotage and reconnaissance groups")]),
    ("The brigade says it wiped out an enemy mortar crew.", [("killed", None, "people", "enemy mortar crew")]),
    ("86 sick, 7 dead in outbreak at care home", [("killed", 7, "people", "")]),
    ("12 arrested, 2 killed in clashes at the port", [("killed", 2, "people", "")]),
    # "both" as two, beside someone more
    ("Both gunmen and one guard were killed in the clash.", [("killed", 2, "people", "gunmen"), ("killed", 1, "people", "guard")]),
    ("At least 16 others, including both nurses and patients, were injured.", [("wounded", 16, "people", "others")]),
    # a headline drops the article before any person word, those ending like agents too
    ("Ukrainian opera singer killed in shelling", [("killed", 1, "people", "Ukrainian opera singer")]),
    ("Retired Teacher Killed In Crash", [("killed", 1, "people", "Retired Teacher")]),
    # one piece of military equipment, with its article, where something is destroyed or downed
    ("Near the river a fighter jet of the invaders was shot down.", [("shot_down", 1, "aircraft", "fighter jet of the invaders")]),
    ("Gunners destroyed two ammunition depots and an enemy command post.",
     [("destroyed", 2, "depots", "ammunition depots"), ("destroyed", 1, "command_posts", "enemy command post")]),
    ("The brigade says it destroyed a Russian tank near the bridge.", [("destroyed", 1, "tanks", "Russian tank")]),
    ("A crew of three died when a missile destroyed their howitzer.", [("killed", 3, "people", ""), ("destroyed", 1, "artillery", "howitzer")]),
    # people named first are people, whatever equipment follows; a person in a vehicle is a person
    ("Officials said 150 soldiers and military equipment were destroyed in the strike.", [("killed", 150, "people", "soldiers and military equipment")]),
    ("A woman in the vehicle was taken to the hospital with non-life-threatening injuries.", [("wounded", 1, "people", "woman in the vehicle")]),
    # a side's abbreviation after the noun, as translated communiqués write it
    ("Artillery destroyed up to 60 military AFU near the village.", [("killed", 60, "people", "military AFU")]),
    # a noun phrase never spans "and" or a count: "the border police and 1 member" is not "the … member"
    ("Shelling killed 1 member of the border police and 1 member of the militia.",
     [("killed", 1, "people", "member of the border police"), ("killed", 1, "people", "member of the militia")]),
    ("Police say an 8th teen was injured in the shooting.", [("wounded", 1, "people", "8th teen")]),
    # a toll named by its relative clause
    ("The number of villagers who died in the flood has risen to 14.", [("killed", 14, "people", "")]),
    ("The number of people who were injured in the blast rose to 41.", [("wounded", 41, "people", "")]),
    # an aside says how the victim was hurt; the verb after it says the victim died
    ("A pensioner, injured by shelling on Monday, died in hospital, officials said.", [("killed", 1, "people", "pensioner")]),
    ("Two civilians and three attackers were killed in the clash.",
     [("killed", 2, "people", "civilians"), ("killed", 3, "people", "attackers")]),
    ("The flood displaced more than 20,000 families, the agency said.", [("displaced", 20000, "people", "families")]),
    ("Dozens of protesters were hurt when police charged the crowd.", [("wounded", None, "people", "protesters")]),
    ("A 19-year-old was shot dead outside a nightclub.", [("killed", 1, "people", "19-year-old")]),
    ("A 19-year-old man was shot dead outside a nightclub.", [("killed", 1, "people", "19-year-old man")]),
    ("At least one soldier was killed at the checkpoint.", [("killed", 1, "people", "soldier")]),
    ("The police chief was killed by a roadside bomb.", [("killed", 1, "people", "police chief")]),
    # military communiqués: losses, "lost", "eliminated"
    ("The battalion lost about 70 servicemen in two days of fighting.", [("casualties", 70, "people", "servicemen")]),
    ("Enemy losses on this axis amounted to 90 soldiers, the command said.", [("casualties", 90, "people", "")]),
    ("The regiment lost four tanks in the river crossing.", [("destroyed", 4, "tanks", "tanks")]),
    ("Special forces eliminated 23 saboteurs in the forest.", [("killed", 23, "people", "saboteurs")]),
    ("Drone crews eliminated 12 Russians and a mortar.", [("killed", 12, "people", "Russians")]),
    ("Up to 80 servicemen lost in the southern direction per day", [("casualties", 80, "people", "servicemen")]),
    ("Artillery destroyed up to 45 military units of the brigade overnight.",
     [("destroyed", 45, "military_units", "military units of the brigade")]),
    # translated reports that give no count
    ("A missile hit the square, there is a dead person", [("killed", 1, "people", "")]),
    ("After the strike on the depot there are dead and wounded", [("casualties", None, "people", "")]),
    ("One man was found dead in the alley, along with two other shooting victims.",
     [("killed", 1, "people", "man"), ("shot", 2, "people", "other")]),
    # a claim without a count; "first death" is one
    ("Border guards killed in overnight attack - ministry", [("killed", None, "people", "Border guards")]),
    ("Army reports first combat death since the truce", [("killed", 1, "people", "")]),
    ("Heavy casualties reported after the strike on the depot", [("casualties", None, "people", "")]),
    # headline English without articles
    ("Landmine kills Ukrainian soldier near the front", [("killed", 1, "people", "Ukrainian soldier")]),
    ("Police officer wounded in Kandahar blast", [("wounded", 1, "people", "Police officer")]),
    # armour and air targets have units of their own; "first casualties" have no count
    ("Marines destroyed three enemy BMPs near the village.", [("destroyed", 3, "armoured_vehicles", "enemy BMPs")]),
    ("Air defence destroyed 14 air targets overnight.", [("destroyed", 14, "air_targets", "air targets")]),
    ("The army reports its first combat casualties in a month", [("casualties", None, "people", "")]),
    # "N or M" is a range
    ("Three or four villagers were wounded by the shell.", [("wounded", None, "people", "villagers")]),
]

NEGATIVE = [
    # the sick and the arrested are not the dead counted after them
    "Forty sick, none dead after the water was poisoned.",
    # a camera's capture; both kinds of people, not two people; a question's asker is no victim
    "Surveillance footage captured the suspect leaving the store.",
    "Both men and women were among the wounded.",
    "Both Russia and Ukraine mostly count the casualties they inflict on each other.",
    # a person word before another noun names a thing ("a sniper rifle"), not a person
    "At the range he shot a newly developed sniper rifle.",
    "The detective interviewed hundreds of victims and witnesses over the years.",
    # a span of time, not people
    "Two decades ago the town buried its dead after the flood.",
    "A reporter asked why so many reservists had died.",
    # what someone meant to do, not what was done
    "The men plotted to kill two guards at the depot.",
    "He tried to kill his neighbor with a kitchen knife.",
    "She helped plan the murder of her husband, prosecutors said.",
    "Youths attempted to kill a theft suspect, torching his house.",
    # the weapon, not the loss; and a burnt car is no war claim
    "A Russian tank shelled the school from the edge of the village.",
    "A drone hovered over the square for an hour.",
    "A car was destroyed by the fire on Elm Street.",
    # "for" ends like "mayor" but names nobody; a helicopter is no agent
    "Alert for missing hiker continues",
    "Helicopter shot at over the sea",
    # a car with people in it, fired at, is not blown up; "blew up at" is anger
    "The gunman fired at a car with two people inside.",
    "He blew up at two officers during the hearing.",
    # a unit of flats, a business, a group without a word of war: no formation of fighters
    "The fire destroyed a unit of the apartment complex.",
    "The merger will eliminate two small companies.",
    "The firm lost two companies as clients last year.",
    "Genocide is the intent to destroy the group in whole or in part.",
    # a picture's caption describes one wreck; it counts none
    "Smoke rises from an enemy tank destroyed by artillery",
    # questions, not claims
    "Officers could not say if the driver had died.",
    "It was unclear whether two of the hostages were killed.",
    "For a moment nobody knew if the baby was dead or alive.",
    "The airline suffered losses of $40 million in the quarter.",
    "The town's shops are suffering losses since the bridge closed.",
    "Police found the injured boy and two others at the house.",
    "The factory lost 300 jobs after the sanctions.",
    "The team lost 3 games in a row.",
    "He lost 20 pounds before the race.",
    "A rocket hit the farm and 38 cows were killed.",
    "These were the first civilian deaths in the district.",
    "Two drivers lost control on the icy road.",
    "There were no casualties in the fire.",
    "The war began on February 24, 2022.",
    "Russia first entered Ukraine in 2014.",
    "She was knifed over 50 times in the attack, police said - 34 years later.",
    "Summer Time Rendering Episode 20 release date and time.",
    "The unit can incinerate one body at a time.",
    "The 25-year-old suspect was arrested on Main Street.",
    "The victim, 34, lived at 1200 Elm Street.",
    "Aid worth $20 million was pledged for the wounded.",
    "The convoy stretched 40 miles north of the capital.",
    "Around 300 vehicles crossed the border on Monday.",
    "The shooting happened at about 6 p.m. on Friday.",
    "Call 252-555-1411 with information about the killing.",
    "He served 12 years in prison for the killing.",
    "Police fired 30 rounds during the deadly standoff.",
    "How many soldiers have died is not known.",
    "She is the third child under the age of 6 to be wounded this month.",
    "A 5 yo girl was hit in the hand by a stray round.",
    "Four workers were not hurt when the scaffold fell.",
    "The man who fired was shot in the head and detained.",
    "The nurse found bruises on both arms.",
    "Children younger than 12 were wounded less often than adults, the study found.",
    "Neighbours told Action News 5 the men ran toward the park after the shooting.",
]


@pytest.mark.parametrize("sentence,want", POSITIVE, ids=[s[:40] for s, _ in POSITIVE])
def test_mentions(sentence, want):
    got = [(m.metric, m.figure.value, m.unit, m.victims_text) for m in mentions(sentence)]
    assert got == want


@pytest.mark.parametrize("sentence", NEGATIVE, ids=[s[:40] for s in NEGATIVE])
def test_no_casualty_figure(sentence):
    assert mentions(sentence) == []


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


def test_range_and_vague_bounds():
    (m,) = mentions("Between 2,000 and 4,000 soldiers have been killed, officials estimate.")
    assert (m.figure.value, m.figure.low, m.figure.high, m.figure.qualifier) == (None, 2000, 4000, "range")


@pytest.mark.parametrize("sentence", [
    "Marcus Tate, 15, of 2210 N. Elm St., was hit by a bullet in the leg.",
    "On 11700 Robertson, one person has been killed.",
])
def test_a_house_number_is_no_count(sentence):
    assert all(m.figure.value not in (2210, 11700) for m in mentions(sentence))


# war reporting's own words for captured, missing and combined losses
WAR_WORDS = [
    ("The army said 200 marines had surrendered in the port city.", [("captured", 200)]),
    ("About 30 people were feared buried in the rubble of the block.", [("missing", 30)]),
    ("Officials estimated the enemy had sustained up to 60,000 deaths and injuries.", [("casualties", 60000)]),
    ("Analysts estimated that 9,000 soldiers had been killed, wounded, captured or missing.", [("casualties", 9000)]),
    ("The strike was deadlier than first thought, killing closer to 600 people.", [("killed", 600)]),
    ("The official death toll had reached 1,351 by then.", [("killed", 1351)]),
    # a surrender without a count is none; "the rubble" with nobody buried is none
    ("The garrison refused to surrender.", []),
    ("Crews cleared the rubble on Monday.", []),
]


@pytest.mark.parametrize("sentence,want", WAR_WORDS, ids=[w[0][:40] for w in WAR_WORDS])
def test_war_words(sentence, want):
    from helpers import claims_of
    assert [(c.metric, c.value) for c in claims_of(sentence)] == want


def test_a_toll_of_a_side_names_its_victims():
    from helpers import claims_of
    (c,) = claims_of("Kyiv puts the Russian deaths at almost 20,000.")
    assert (c.metric, c.value, c.victims.affiliation, c.claimant.name) == ("killed", 20000, "Russia", "Ukrainian government")
    (d,) = claims_of("The death toll rose to 12.")
    assert d.victims.affiliation is None


def test_both_fates_are_not_two_people():
    from helpers import claims_of
    assert [(c.metric, c.value) for c in claims_of("The army lost 7,000 soldiers, both killed and wounded.")] == [("casualties", 7000)]
    assert [(c.metric, c.value) for c in claims_of("Both men were killed.")] == [("killed", 2)]


def test_a_long_victim_phrase_before_its_verb():
    from helpers import claims_of
    text = "Two residents of the village of Lypci in the Kharkiv region in the north were killed on Monday, police said."
    assert [(c.metric, c.value) for c in claims_of(text)] == [("killed", 2)]


def test_prisoners_of_war_who_died_are_dead_not_captured():
    from helpers import claims_of
    got = [(c.metric, c.low, c.high) for c in claims_of("Dozens of prisoners of war were feared dead after the strike on the camp.")]
    assert got == [("killed", 24, 99)]
    assert [(c.metric, c.value) for c in claims_of("The army said it took 40 prisoners of war.")] == [("captured", 40)]


# a party's claim that nothing was lost is a figure of zero; the outlet's own "no casualties" is none
ZEROS = [
    ("Blasts hit the air base on Tuesday. No warplanes were damaged, the defence ministry said.",
     [("destroyed", 0, "aircraft")]),
    ("The fire caused no casualties, the regional governor said.", [("casualties", 0, "people")]),
    ("There were no casualties in the fire.", []),
]


@pytest.mark.parametrize("text,want", ZEROS, ids=[z[0][:40] for z in ZEROS])
def test_a_claim_of_no_losses(text, want):
    from helpers import claims_of
    assert [(c.metric, c.value, c.unit) for c in claims_of(text)] == want


def test_a_side_denying_its_own_losses_speaks_of_its_own_equipment():
    from helpers import claims_of
    (c,) = claims_of("No warplanes were damaged, Russia's Defence Ministry said.")
    assert (c.value, c.claimant.affiliation, c.victims.affiliation) == (0, "Russia", "Russia")
