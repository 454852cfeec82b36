"""A figure's own cue, before it, as a toll, after it, or through a group: tables of (sentence, expected mentions)."""
from helpers import found_test, none_test

# (sentence, [(metric, value, unit, victims words)])
FOUND = [
    # "both" of a group of people is two of them ("both parties" of a fight), not "both armies"
    ("After the brawl outside the bar, both parties were wounded.", [("wounded", 2, "people", "parties")]),
    # turning the gun on oneself, in news of a shooting, is a death
    ("He shot his neighbor and then turned the rifle on himself.",
     [("shot", 1, "people", "neighbor"), ("killed", 1, "people", "himself")]),
    # "as many" after a count is that count again
    ("About 50 rebels died and as many were captured.", [("killed", 50, "people", "rebels"), ("captured", 50, "people", "rebels")]),
    # a toll that "numbered" so many
    ("By nightfall the dead numbered at least 40.", [("killed", 40, "people", "")]),
    # victims named by what hit them: shot, with no verb of their own
    ("Deputies located three other gunshot victims behind the store.", [("shot", 3, "people", "other gunshot victims")]),
    ("Two shooting victims drove themselves to the clinic.", [("shot", 2, "people", "shooting victims")]),
    # an age range between the figure and its cue, with no commas, is no part of the count
    ("Officers said four men between the ages of 19 and 44 were shot.", [("shot", 4, "people", "men")]),
    ("Three girls ranging in age from 12 to 15 were wounded.", [("wounded", 3, "people", "girls")]),
    ("Two other riders ranging from their late teens to early 30s were treated at a local hospital and released.",
     [("wounded", 2, "people", "other riders")]),
    # taken, then killed: what befell them in the end
    ("A trader was abducted on the road before being shot and killed.", [("killed", 1, "people", "trader")]),
    ("Three aid workers were kidnapped before being executed.", [("killed", 3, "people", "aid workers")]),
    # shot or wounded, then pronounced dead, or dead on a named day: killed
    ("The 40-year-old driver suffered several gunshot wounds and was pronounced dead at the scene.", [("killed", 1, "people", "40-year-old driver")]),
    ("A nurse was shot in the neck Friday, and died Saturday at the hospital.", [("killed", 1, "people", "nurse")]),
    # bodies recovered, pulled out, exhumed: that many dead
    ("Divers recovered 6 bodies from the lake.", [("killed", 6, "people", "bodies")]),
    ("Forensic teams exhumed 40 more bodies near the forest.", [("killed", 40, "people", "more bodies")]),
    ("Rescuers recovered 3 bodies overnight.", [("killed", 3, "people", "bodies")]),
    # ... or handed over or repatriated after a swap: that many dead
    ("The border guards handed over the bodies of 12 sailors at the crossing.", [("killed", 12, "people", "sailors")]),
    ("The navy said it had repatriated the bodies of 12 sailors.", [("killed", 12, "people", "sailors")]),
    # (not bodies returned or received elsewhere: "the hospital returned the bodies of 3 patients")
    ("The clinic returned the bodies of 12 patients to their families.", []),
    ("A roadside bomb killed 14 soldiers near the border on Tuesday.", [("killed", 14, "people", "soldiers")]),
    ("Two police officers were wounded in the exchange of fire.", [("wounded", 2, "people", "police officers")]),
    ("The strike on the market left 9 dead and 31 injured.", [("killed", 9, "people", ""), ("wounded", 31, "people", "")]),
    ("The shelling killed 3 residents and hurt 17 more.", [("killed", 3, "people", "residents"), ("wounded", 17, "people", "more")]),
    ("A man was killed and his brother injured after the raid.", [("killed", 1, "people", "man"), ("wounded", 1, "people", "brother")]),
    ("An elderly woman died in hospital two days later.", [("killed", 1, "people", "elderly woman")]),
    ("The death toll from the quake rose to 212 on Sunday.", [("killed", 212, "people", "")]),
    # a toll "this week" or "so far", or of a group named ("the number of civilians killed")
    ("The storms raised the death toll this week to 212.", [("killed", 212, "people", "")]),
    ("The number of civilians killed since the spring rose to 212.", [("killed", 212, "people", "")]),
    # ... not "deaths last week of his wife": a toll of no figure
    ("The man suspected in the shooting deaths last week of his wife and son died on Tuesday.",
     [("killed", 1, "people", "wife"), ("killed", 1, "people", "son")]),
    # a toll counted since a time: the running total
    ("The death toll since the quake struck has risen to 212.", [("killed", 212, "people", "")]),
    ("Total losses since the war began stand at 41,000, the staff said.", [("casualties", 41000, "people", "")]),
    ("Officials put the number of injured at 85.", [("wounded", 85, "people", "")]),
    ("Eleven workers remain missing after the blast.", [("missing", 11, "people", "workers")]),
    ("At least 40 fighters were taken prisoner in the operation.", [("captured", 40, "people", "fighters")]),
    # "took … prisoner" with the captives between the two words
    ("Ukrainian forces took 12 Russian servicemen prisoner near the village.", [("captured", 12, "people", "Russian servicemen")]),
    ("The gunman took 2 hostages at the bank.", [("captured", 2, "people", "hostages")]),
    ("The gunmen opened fire, killing five and wounding eight.", [("killed", 5, "people", ""), ("wounded", 8, "people", "")]),
    # a toll named by its relative clause
    ("The number of villagers who died in the flood has risen to 14.", [("killed", 14, "people", "")]),
    ("The number of people who were injured in the blast rose to 41.", [("wounded", 41, "people", "")]),
    # an aside says how the victim was hurt; the verb after it says the victim died
    ("A pensioner, injured by shelling on Monday, died in hospital, officials said.", [("killed", 1, "people", "pensioner")]),
    ("The flood displaced more than 20,000 families, the agency said.", [("displaced", 20000, "people", "families")]),
    ("Dozens of protesters were hurt when police charged the crowd.", [("wounded", None, "people", "protesters")]),
    ("At least one soldier was killed at the checkpoint.", [("killed", 1, "people", "soldier")]),
    ("The police chief was killed by a roadside bomb.", [("killed", 1, "people", "police chief")]),
    # military communiqués: losses, "lost", "eliminated"
    ("The battalion lost about 70 servicemen in two days of fighting.", [("casualties", 70, "people", "servicemen")]),
    ("Enemy losses on this axis amounted to 90 soldiers, the command said.", [("casualties", 90, "people", "")]),
    ("Special forces eliminated 23 saboteurs in the forest.", [("killed", 23, "people", "saboteurs")]),
    ("Drone crews eliminated 12 Russians and a mortar.", [("killed", 12, "people", "Russians")]),
    ("Up to 80 servicemen lost in the southern direction per day", [("casualties", 80, "people", "servicemen")]),
    # "N or M" is a range
    ("Three or four villagers were wounded by the shell.", [("wounded", None, "people", "villagers")]),    # a transcript in capitals: each word may be an acronym or a word, read one way only
    ("TWO SOLDIERS WERE KILLED IN THE ATTACK ON THE BORDER POST.", [("killed", 2, "people", "SOLDIERS")]),
    ("THREE CHILDREN AND THEIR MOTHER WERE INJURED WHEN THE ROOF COLLAPSED.",
     [("wounded", 3, "people", "CHILDREN"), ("wounded", 1, "people", "MOTHER")]),
    ("OFFICERS SAY 4 MEN WERE SHOT OUTSIDE THE BAR.", [("shot", 4, "people", "MEN")]),
    # injuries described, not a gunshot's: wounded; a gunshot wound alone may have killed since
    ("Twelve passengers suffered serious injuries when the bus overturned.", [("wounded", 12, "people", "passengers")]),
    ("Three miners sustained severe injuries after the roof gave way.", [("wounded", 3, "people", "miners")]),
    ("Two men were found suffering from a gunshot wound.", [("shot", 2, "people", "men")]),
    # an age bound after the people is part of their words, never a count of its own
    ("Two girls younger than 8 were among the dead.", [("killed", 2, "people", "girls younger than 8")]),
    ("Three boys under 12 were wounded by the shell.", [("wounded", 3, "people", "boys under 12")]),
    ("An elderly man over 90 was killed in the shelling.", [("killed", 1, "people", "elderly man over 90")]),
    ("The shelling killed 40 people over 3 days.", [("killed", 40, "people", "people")]),
    # two fates joined, no figure for each: casualties
    ("The gunmen stormed the bus station, killing and wounding 16 travellers.", [("casualties", 16, "people", "travellers")]),
    ("Dozens of miners were injured or dead after the collapse.", [("casualties", None, "people", "miners")]),
    ("About 30 passengers were wounded or dead when rescuers arrived.", [("casualties", 30, "people", "passengers")]),
    ("The blast left 9 workers dead or injured.", [("casualties", 9, "people", "workers")]),
    # a hearsay perfect infinitive: the figure is the victims ("are said to have died")
    ("Up to 40 soldiers are said to have died in the ambush.", [("killed", 40, "people", "soldiers")]),
    ("About 300 families were said to have fled their homes after the floods.", [("displaced", 300, "people", "families")]),
    # a relative clause between the victims and their verb
    ("Two men who attacked the checkpoint were killed by the guards.", [("killed", 2, "people", "men")]),
    # (the "who" looked for before either shape, in any case)
    ("Two men Who stormed the gate were shot dead.", [("killed", 2, "people", "men")]),
    ("One boy who was struck by a stray bullet has died.", [("killed", 1, "people", "boy")]),
    ("Four officers who answered the call were wounded.", [("wounded", 4, "people", "officers")]),
    # ... with a figure in it that is a preposition's object: not the subject of the verb after it
    ("Three raiders who fired on 15 villagers were shot dead by the guards.", [("killed", 3, "people", "raiders")]),
    ("Five attackers who threw grenades at 30 shoppers were killed in the shootout.", [("killed", 5, "people", "attackers")]),
    ("Two medics who ran toward 5 soldiers were killed by the blast.", [("killed", 2, "people", "medics")]),
    # a preposition that opens the sentence is no object's: a word is missing ("at least")
    ("At 9 fishermen were wounded in the storm.", [("wounded", 9, "people", "fishermen")]),
    # a second figure after "and" has its own fate; the first keeps its own
    ("20 marines were captured, and 14 died.", [("captured", 20, "people", "marines"), ("killed", 14, "people", "marines")]),
    ("Ten hostages were taken prisoner and several died.", [("captured", 10, "people", "hostages"), ("killed", None, "people", "hostages")]),
    # what befell them in the end, however far after the wound: "and later died"
    ("A 60-year-old farmer sustained severe injuries when the mine went off under his tractor and later died in hospital.",
     [("killed", 1, "people", "60-year-old farmer")]),
    ("Two porters were shot when the guards fired across the yard and subsequently died.", [("killed", 2, "people", "porters")]),
    # ... each shape of it read where its words are (befell's gate: every shape holds one of them)
    ("A man was shot by police and taken off life support on Friday.", [("killed", 1, "people", "man")]),
    ("A driver was wounded in the crash and later passed away.", [("killed", 1, "people", "driver")]),
    ("A hostage was captured before being beheaded.", [("killed", 1, "people", "hostage")]),
    ("A boy was shot in the leg and is expected to survive.", [("wounded", 1, "people", "boy")]),
    # ... after a list of what was done to them ("kidnapped, tortured and killed"); a list of
    # other victims before the "and" is theirs ("2 guards shot, a driver and a cook killed")
    ("Four herders were abducted, beaten and later killed.", [("killed", 4, "people", "herders")]),
    ("3 guards shot, driver and cook killed in ambush", [("shot", 3, "people", "guards")]),
    # ... or after what else was done to them first, however later ("arrested and later found dead")
    ("Five traders were arrested and later found dead near the river.", [("killed", 5, "people", "traders")]),
    ("Five traders were arrested and later released on bail.", []),
    ("The gunshot death of a boy is under investigation.", [("killed", 1, "people", "boy")]),
    # "one of the four died": the one died ("died" is no participle of the four), not the four
    ("One of the four died at the hospital.", [("killed", 1, "people", "")]),
    ("Four people were shot at the club; one of the four died.", [("shot", 4, "people", "people"), ("killed", 1, "people", "people")]),
    ("One of three soldiers killed was a medic.", [("killed", 3, "people", "soldiers")]),
    # ... or "but died": the same subject's death, not another's
    ("The woman was rushed to a hospital, but died a short time later.", [("killed", 1, "people", "woman")]),
    ("A man was shot in the chest and taken to a hospital, but died the next day.", [("killed", 1, "people", "man")]),
    ("Two men were shot on Elm Street, but neither died.", [("shot", 2, "people", "men")]),
    ("A man was shot in the leg, but his brother died.", [("shot", 1, "people", "man"), ("killed", 1, "people", "brother")]),
    # ... nor of one told after "and" and a new subject ("and the driver was hit as well, but died")
    ("Two hikers were hurt in the fall, and a third man was struck too, but later died.", [("wounded", 2, "people", "hikers")]),
    ("The deputy was hurt in the chase, and the driver was hit as well, but died of his injuries.", [("wounded", 1, "people", "deputy")]),
    ("A girl was shot in the foot and the boy next to her was hit in the neck but died at the scene.", [("shot", 1, "people", "girl")]),
    # "N of the M ...": the whole's own words after its figure, as many as after a bare figure
    ("Gunners shot down three of the five approaching hostile attack drones.",
     [("shot_down", 3, "drones", "of the five approaching hostile attack drones")]),
    ("Guards shot dead two of the six heavily armed masked raiders.", [("killed", 2, "people", "of the six heavily armed masked raiders")]),
    # each fate with its own figure is two figures
    ("The gunmen stormed the bus station, killing six and wounding ten.", [("killed", 6, "people", ""), ("wounded", 10, "people", "")]),
    # a trip to a hospital named or described, as to "the hospital": hit (died or not)
    ("Two cyclists were rushed to Harbor View Medical Center after the crash.", [("shot", 2, "people", "cyclists")]),
    ("The driver was taken to the regional trauma centre with burns.", [("shot", 1, "people", "driver")]),
    ("A girl was airlifted to Lakeside Children's Hospital.", [("shot", 1, "people", "girl")]),
    ("Three hikers were transported to St. Agnes Memorial Hospital in Easton.", [("shot", 3, "people", "hikers")]),
    # "and later died" after a comma and a new subject is that subject's death, not the figure's
    ("Three hikers were injured in the fall, a fourth was flown out and later died.", [("wounded", 3, "people", "hikers")]),
    ("Twenty sailors were captured in the raid, their captain was hit by a shell and later died.",
     [("captured", 20, "people", "sailors")]),
    # a part of a whole: the whole's words end at a participle after its noun
    ("Drones destroyed two of the six armoured trucks carrying Ukrainian troops.",
     [("destroyed", 2, "vehicles", "of the six armoured trucks")]),
    ("Snipers killed two of the seven fighters attacking Ukrainian trenches.", [("killed", 2, "people", "of the seven fighters")]),
    # "near" before a figure is "about", not a preposition taking the figure as its object
    ("The governor said near 200 people have been killed since March.", [("killed", 200, "people", "people")]),
    # a share of a group whose fate comes first: the group's figure counts those victims
    ("Half of the 60 people killed in the raid were farmers.", [("killed", 60, "people", "people")]),
    ("None of the three guards shot at the gate is in danger.", [("shot", 3, "people", "guards")]),
    # ... and so does a relative clause
    ("Most of the 25 miners who died were young.", [("killed", 25, "people", "miners")]),
    ("Half the 40 hikers who were injured have gone home.", [("wounded", 40, "people", "hikers")]),
    # the whole group, or each of it, is the victims
    ("All 30 climbers were injured.", [("wounded", 30, "people", "climbers")]),
    ("Each of the 12 guards was wounded.", [("wounded", 12, "people", "guards")]),
    # "of" with no share before it is no share
    ("A total of 14 miners were killed.", [("killed", 14, "people", "miners")]),
    # a part of a whole a number names: the part is the count, the whole names what it counts
    ("Air defences shot down 31 of 40 drones overnight, the air force said.", [("shot_down", 31, "drones", "of 40 drones")]),
    ("19 out of 25 attack drones were downed over the region.", [("shot_down", 19, "drones", "out of 25 attack drones")]),
    # "intercepted" things are shot down; people "intercepted" are no casualties
    ("Air defences intercepted 12 cruise missiles overnight.", [("shot_down", 12, "missiles", "cruise missiles")]),
    ("Six of nine miners died in the collapse.", [("killed", 6, "people", "of nine miners")]),
    ("Fifteen of sixty drones were shot down.", [("shot_down", 15, "drones", "of sixty drones")]),
    ("12 of 15 tanks were destroyed by drones, which were launched at night.", [("destroyed", 12, "tanks", "of 15 tanks")]),
    # ... or a whole the clause opens with, no cue of its own before its comma
    ("Of the 12 tanks, 9 were destroyed.", [("destroyed", 9, "tanks", "Of the 12 tanks")]),
    ("Of 15 passengers, 4 were injured.", [("wounded", 4, "people", "Of 15 passengers")]),
    ("Of 12 rockets, 9 were shot down, and of 8 drones, 6 were destroyed.",
     [("shot_down", 9, "missiles", "Of 12 rockets"), ("destroyed", 6, "drones", "of 8 drones")]),
    # a gallery's label "N of M" before a caption: neither number is a part or a whole
    ("Photo 3 of 9 A woman died after the blast.", [("killed", 1, "people", "woman")]),
    ("Slide 4 of 20 Three people were wounded in the crash.", [("wounded", 3, "people", "people")]),
    # a partitive's own verb with its object is what they did: only the object was hurt
    ("Two masked men came in, and one of them shot the cashier in the arm.", [("shot", 1, "people", "cashier")]),
    # ... and the figure before's own "of them" opens no subset for the next group
    ("The gunman fired on the crew, killing three of them and wounding two others.",
     [("killed", 3, "people", "of them"), ("wounded", 2, "people", "others")]),
    ("Raiders shot the guards, killing four of them and wounding a fifth man.",
     [("killed", 4, "people", "of them"), ("wounded", 1, "people", "fifth man")]),
    # a partitive's own verb of no object, a time after it; a clause inside the subject
    ("Two of them died a few hours later.", [("killed", 2, "people", "")]),
    ("Nine of the 12 people aboard when the plane came down were killed.", [("killed", 9, "people", "")]),
    ("One of the riders who was hurt after the race died.", [("killed", 1, "people", "")]),
    ("Two of the girls were hurt while a third was killed.", [("wounded", 2, "people", ""), ("killed", 1, "people", "")]),
    # a bare "shoot" after a verb of seeing ends the victim words: the one shot is after it
    ("Neighbours saw a gunman shoot a cashier dead outside the shop.", [("killed", 1, "people", "cashier")]),
]

# sentences with no casualty figure
NONE = [
    # ... and the one who shoots is no victim: "a soldier shoot my brother dead" counts no soldier
    "I watched a soldier shoot my brother dead.",
    # "body" that only modifies another noun is no body found
    "Detectives retrieved 5 body camera recordings from the patrol unit.",
    "The platoon recovered 25 body armor plates from the abandoned depot.",
    # a gun turned on others is no suicide, nor a count
    "The guard turned the gun on the robbers.",
    # one "gunshot victim" in passing is most often one counted already
    "The clinic locks its doors whenever a gunshot victim arrives.",
    # people pulled from a fire, weapons recovered: no dead
    "Firefighters pulled 3 people from the burning car.",
    "Officers recovered 12 rifles from the house.",
    "Border police intercepted 3 smugglers near the crossing.",
    # a participle right after a whole a number names is the whole's: the part is no count of its fate
    "Four of 9 people hurt were children.",
    "Four of 9 people hurt in the crash were children.",
    "Only 3 of 10 wounded survived.",
    "The march took 3 days and the prisoners were exhausted.",
    # a camera's capture; both kinds of people, not two people; a question's asker is no victim
    "Surveillance footage captured the suspect leaving the store.",
    "The losses of both armies were heavy.",
    "The losses of both sides were heavy near the river.",
    "Four workers were not hurt when the scaffold fell.",
    "The man who fired was shot in the head and detained.",
    # a perfect infinitive with an object is active: the figure fired
    "Two brothers are believed to have shot the guards.",
    "Five men were said to have killed the guards.",
    # a relative clause that reports or holds a clause of its own is not the victims'
    "Two men who said that soldiers were killed were questioned.",
    "Two men who fled when guards were wounded were detained.",
    # ... nor one that holds another who: the second who's verb is its own; nor a plural
    # figure with "was" (the verb of someone else in the clause)
    "Three nurses who cared for the climbers who were injured spoke on Tuesday.",
    "Two drivers who saw the cyclist who had been killed stopped to help.",
    "Two drivers who passed the cyclist was killed.",
    # a figure that is a verb's object, before an infinitive, is not what the cue later counts
    "The siren sent most villagers to the cellars and helped cut the number of deaths.",
    "The alarm prompted dozens to leave early and so lowered the likely deaths.",
    # a figure that is a preposition's object is not the subject of the verb after it
    "Two gunboats whose crews fired on 40 fishermen were wounded.",
    "The drone that dived at 6 scouts were wounded.",
    # a center that is no hospital; a place by a hospital
    "Three students were taken to the Science Center on a field trip.",
    "Five trucks were taken to the medical center parking lot.",
    # a share of a group as the subject of the verb: the figure is the group, not the victims
    "Half of the 300 recruits were killed in the first week.",
    "Most of the 80 villagers died of cold.",
    "Two-thirds of the 45 crew members were wounded.",
    "A third of the 90 pupils were hurt.",
    "Half the 30 climbers were injured.",
    "Some of their 12 officers have been captured.",
    "Two thirds of 900 recruits were wounded.",
    "Half of all 60 passengers were hurt.",
]


test_found = found_test(FOUND)


test_none = none_test(NONE)


def test_who_shapes_need_who():
    """_right_match tries its two relative-clause shapes only where the text holds "who"."""
    from tollbook.extract.casualties.figure_cues import _WHO_DIED, _WHO_THEN_CUE, _WHO_WORDS
    from tollbook.required import required_words

    for rx in (_WHO_DIED, _WHO_THEN_CUE):
        assert required_words(rx.pattern, rx.flags) == _WHO_WORDS


def test_later_death_words_gate_every_later_death_shape():
    """befell reads its shapes of a death after the cue ("and later died", "where he died",
    "taken off life support") only where the text holds one of their words: each shape's
    every match holds one."""
    from tollbook.extract.casualties import figure_cues as fc
    from tollbook.extract.casualties.shapes import patterns
    from tollbook.required import holds_one_of

    for rx in (patterns()["then_died"], fc._HAS_DIED, fc._AND_LATER_DIED, fc._BUT_DIED, fc._SHOT_DIES, fc._WHERE_DIED,
               fc._OFF_LIFE_SUPPORT, fc._BEFORE_BEING_KILLED):
        assert holds_one_of(rx.pattern, rx.flags, fc._LATER_DEATH_WORDS), rx.pattern
    assert not holds_one_of(fc._SURVIVED.pattern, fc._SURVIVED.flags, fc._LATER_DEATH_WORDS)  # (the test can fail)
