"""Whose victims: the side a document shows when the victims' own words name none.
Tables of (text, [(metric, value, victims' side)])."""
import pytest

from helpers import claims_of

WIRE = "Example Wire"

CASES = [
    # civilians and people of no stated kind take the side of the place they were in
    ("A missile struck a market in Kharkiv on Tuesday, killing 9 people, the mayor said.", [("killed", 9, "Ukraine")]),
    # a part of a group is of the group's side, unless its own words name another
    ("Kyiv said 700 Russian soldiers, including 90 conscripts, were killed near Bakhmut.",
     [("killed", 700, "Russia"), ("killed", 90, "Russia")]),
    # but people whose own words name their country are of that country ("Britons", "Americans")
    ("Three Britons were killed in a drone strike in Zaporizhzhia, the mayor said.", [("killed", 3, "United Kingdom")]),
    # people an authority a side installed counts are of the side that holds its places, not
    # of the country on the map; one installed by its own country is that country's
    ("The Moscow-installed mayor of Enerhodar said a drone killed 4 residents near the plant.", [("killed", 4, "Russia")]),
    ("Russian-appointed officials in Kherson said Ukrainian shelling killed 4 people.", [("killed", 4, "Russia")]),
    ("The Kyiv-appointed governor of Kherson said Russian shelling killed 4 people.", [("killed", 4, "Ukraine")]),
    # ... but soldiers whose words give their side keep it
    ("Russian-appointed officials in Kherson said 4 Ukrainian marines were killed on the river.", [("killed", 4, "Ukraine")]),
    # ... also where the sentence opens with the place the authority is in
    ("In Berdiansk, the Russian-installed mayor said a drone killed 4 residents near the port.", [("killed", 4, "Russia")]),
    # ... not any appointee: "newly appointed" says no side put it there
    ("In Kharkiv, Russia's newly appointed ombudsman said 4 civilians were killed.", [("killed", 4, "Ukraine")]),
    # ... and of another place the map gives the other side, or its own side's strike, not said
    ("The Moscow-installed mayor of Enerhodar said shelling of Nikopol across the river killed 4 people.", [("killed", 4, None)]),
    ("Russian-installed officials in Kherson said a Russian missile hit a market across the river, killing 4 people.",
     [("killed", 4, None)]),
    # ... and the state's own appointee of a place it lost is no installed authority: "governor
    # of Luhansk" names the oblast, not the held city
    ("The Kyiv-appointed governor of Luhansk said Russian shelling killed 4 people in Kreminna.", [("killed", 4, "Ukraine")]),
    # the total a side's losses bring the count to is of the same side
    ("Kyiv said Russian forces lost 1,100 troops in a day, bringing their total losses to 600,000.",
     [("casualties", 1100, "Russia"), ("casualties", 600000, "Russia")]),
    ("Kyiv said Russian forces lost 1,100 troops in a day, bringing their overall losses to 600,000.",
     [("casualties", 1100, "Russia"), ("casualties", 600000, "Russia")]),
    # ... not a toll another clause counts (Kyiv's civilians, in Kyiv's words)
    ("Kyiv said Russian forces lost 1,100 troops in a day; the toll of civilians rose to 600.",
     [("casualties", 1100, "Russia"), ("killed", 600, "Ukraine")]),
    # ... but not the oblast its name before "governor" names
    ("Luhansk Governor Ivan Sirko said 3 people were killed in the shelling.", [("killed", 3, "Ukraine")]),
    # a city held by one side since 2014 is that side's
    ("Shelling hit a bus stop in Horlivka, killing 3 people, local officials said.", [("killed", 3, "Russia")]),
    # "Donetsk regional head" names the province's Ukrainian administration, not the held city
    ("Strike on Kramatorsk\n\nThe Donetsk regional head wrote that the death toll had risen to 30.", [("killed", 30, "Ukraine")]),
    # the story's place carries over to a sentence that names none
    ("Rockets hit a station in Kramatorsk\n\nAbout 100 people were injured, local officials said.", [("wounded", 100, "Ukraine")]),
    # "another N" are of the group counted just before them
    ("The ministry said 300 Russian soldiers had been killed and another 900 wounded.",
     [("killed", 300, "Russia"), ("wounded", 900, "Russia")]),
    # a speaker's own men ("his", "her"): the speaker's side, wherever they fell; not where
    # another is named between the speaker and them
    ("A Russian officer held near Kupiansk said 14 men from his company had died.", [("killed", 14, "Russia")]),
    ("Kyiv said Moscow's general had lost 900 of his soldiers in the assault.", [("casualties", 900, "Russia")]),  # the general's
    # "we lost" in a speaker's words: the speaker's side
    ("“We lost eleven men in the assault on the bridge,” a Russian platoon leader told the paper.", [("casualties", 11, "Russia")]),
    ("Our battalion has lost 30 men since May, the Ukrainian commander said.", [("casualties", 30, "Ukraine")]),
    ("The Russian colonel said his regiment had lost 70 men in the assault.", [("casualties", 70, "Russia")]),
    # an addressee before "that" is no one between the speaker and their men
    ("A Russian major told the Tass reporter that his company had lost 25 men.", [("casualties", 25, "Russia")]),
    ("The Ukrainian sergeant told the paper that 9 of his men had been killed.", [("killed", 9, "Ukraine")]),
    # ... but someone described after "that" is another (the enemy captain's men: the enemy's)
    ("The Ukrainian sergeant told the paper that the enemy captain had lost 9 of his men.", [("casualties", 9, "Russia")]),
    # "the enemy lost" in a side's words: its adversary's losses
    ("“The enemy lost up to 90 men near the bridge,” Ukraine's army said.", [("casualties", 90, "Russia")]),
    # ... not in the outlet's words
    ("The enemy lost up to 90 men near the bridge.", [("casualties", 90, None)]),
    # ... nor where the enemy is only named in the owner's words ("gunners facing the enemy")
    ("Gunners facing the enemy have lost 90 men, the Ukrainian army said.", [("casualties", 90, None)]),
    # the peoples of Ukraine's neighbours and allies, and of North Korea
    ("Three Estonian volunteers were killed near the river, their unit said.", [("killed", 3, "Estonia")]),
    ("Ukraine's army said 12 North Korean soldiers were killed in the village.", [("killed", 12, "North Korea")]),
    # "Brit", "Brits": the UK's
    ("Two Brits were killed near the front line, the Foreign Office said.", [("killed", 2, "United Kingdom")]),
    # the owner after a cue and a short circumstance ("said on Telegram …") is the clause's subject
    ("Ukraine's navy said on Telegram Russian marines had lost 90 men near the bridge.", [("casualties", 90, "Russia")]),
    ("Russia's navy said in a statement Ukraine lost 90 marines near the bridge.", [("casualties", 90, "Ukraine")]),
    # "it lost" after the speaker's cue: the speaker's own
    ("Poland's army said later it lost 9 soldiers in the exercise.", [("casualties", 9, "Poland")]),
    ("Poland's army said on Telegram that it lost 9 soldiers in the exercise.", [("casualties", 9, "Poland")]),
    # ... not where another party named between is who "it" is
    ("Poland's army said Belarus had admitted it lost 9 soldiers near the border.", [("casualties", 9, None)]),
    # the owner of losses is not cut at a participle describing it ("posted in", "accused of")
    ("Russian marines posted in Crimea have lost 12 men, the general staff said.", [("casualties", 12, "Russia")]),
    # the speaker's "their" after another speaker inside their words is not the speaker's own
    ('"Moscow is lying," the Ukrainian president said. "They claim only 12 of their soldiers died."', [("killed", 12, None)]),
    # an addressee other than the press may be whose "his" it is
    ("The Ukrainian envoy told the Russian general that his brigade had lost 12 men.", [("casualties", 12, None)]),
    # weapons launched or fired by a side are that side's
    ("Kyiv said its gunners downed 14 of 16 missiles fired by Russia at the port.", [("shot_down", 14, "Russia")]),
    ("Moscow said it destroyed 9 drones launched by Ukraine overnight.", [("destroyed", 9, "Ukraine")]),
    # ... and only the counted things right before the verb, not another count before them (Kyiv's own)
    ("Kyiv said it lost 5 helicopters and shot down 12 drones launched by Russia.", [("destroyed", 5, "Ukraine"), ("shot_down", 12, "Russia")]),
    # ... not those brought down by a side's guns
    ("The ministry said 9 drones were shot down by Russian air defences.", [("shot_down", 9, None)]),
    # the owner of losses is the subject nearest the verb, after the source before it
    ("Figures from Kyiv's border guards show Belarus has lost 300 troops.", [("casualties", 300, "Belarus")]),
    ("Satellite images analysed by Ukraine's intelligence indicate Russia lost 40 aircraft.", [("destroyed", 40, "Russia")]),
    ("According to Kyiv, Russia has lost 41,000 troops since the spring.", [("casualties", 41000, "Russia")]),
    # "his" of someone the speaker describes: not the speaker's side (the enemy commander's men are the enemy's); a speaker after the figure gives none
    ("Ukraine's military said the enemy commander had lost 200 of his men near the river.", [("casualties", 200, "Russia")]),
    ("Sirko said 40 of his agents had been captured, according to officials of the other side.", [("captured", 40, None)]),
    # another speaker's "we lost" quoted inside a speaker's words: not the speaker's side
    ("The Ukrainian commander said the prisoners had told him, “we lost 40 men.”", [("casualties", 40, None)]),
    # an aside between the owner and "has lost"
    ("Kyiv said Russia, which attacked in the spring, has lost 9,000 troops.", [("casualties", 9000, "Russia")]),
    # soldiers are never placed: armies fight on the enemy's ground
    ("Twelve soldiers were killed near Bakhmut, the report said.", [("killed", 12, None)]),
    # an authority speaking of the place it governs, with no place named
    ("Local Russia-installed officials said the strike killed two people and wounded 16 others.",
     [("killed", 2, "Russia"), ("wounded", 16, "Russia")]),
    # "the enemy" in a side's statement is its adversary
    ("Ukraine's General Staff said 120 enemy soldiers were killed in the past day.", [("killed", 120, "Russia")]),
    # soldiers at a base or training ground are the side's that holds the place
    ("Eleven soldiers were killed on a training ground in the Belgorod region, the ministry said.", [("killed", 11, "Russia")]),
    ("A drone hit an air base in Crimea, killing 14 soldiers, officials said.", [("killed", 14, "Russia")]),
    ("A missile hit a training ground near Lviv, killing 35 soldiers, officials said.", [("killed", 35, "Ukraine")]),
    # a base named by its side: its soldiers
    ("Twenty soldiers died in a shooting at a Russian military base, the outlet reported.", [("killed", 20, "Russia")]),
    # soldiers anywhere else are still not placed
    ("Eleven soldiers were killed in fighting near Belgorod, the ministry said.", [("killed", 11, None)]),
    # outside a known conflict nothing is placed
    ("Two people were killed in a shooting in Chicago, police said.", [("killed", 2, None)]),
    # "the cost of Russia's war" names an owner, not where the dead were
    ("The UN has put the human cost of Russia's war at 4,000 civilians killed in Ukraine.", [("killed", 4000, "Ukraine")]),
    # the side named right after the figure and its fate ("on the Russian side"); not "both
    # sides", nor a place ("the Ukrainian side of the border"), nor a side that is another's
    # (the attacker's, their units')
    ("A former colonel reckoned that 6,500 had been killed on the Russian side by the spring.", [("killed", 6500, "Russia")]),
    ("The analyst said about 2,000 had died on Ukraine's side by then.", [("killed", 2000, "Ukraine")]),
    ("In Kharkiv, a retired officer said some 900 soldiers were killed on both sides.", [("killed", 900, None)]),
    ("A retired officer said 40 soldiers were killed on the Ukrainian side of the border.", [("killed", 40, None)]),
    ("A retired officer said 11 villagers were killed by rockets fired from launchers on the Russian side.", [("killed", 11, None)]),
    ("A retired officer said 7 volunteers died in fighting with units on the Ukrainian side.", [("killed", 7, None)]),
    # the side named before the figure is not the one named after it
    ("On the Russian side, a retired officer said 30 soldiers were killed.", [("killed", 30, None)]),
    # equipment an onlooker (no side) sees destroyed at a base is the side's that holds it; not
    # the drones or missiles sent at it; a side's "we destroyed" is of its enemy's, wherever
    # they stood (not placed)
    ("Photographs from a private satellite firm show 7 warplanes destroyed at a Russian air base.", [("destroyed", 7, "Russia")]),
    ("Explosions shook an air base in Crimea. Photographs show that 3 jets were destroyed at the air base.", [("destroyed", 3, "Russia")]),
    ("A Russian air base was attacked overnight; a local news site said 12 drones were destroyed near the air base.", [("destroyed", 12, None)]),
    ("Blasts hit an airfield near Kherson. Ukraine said it destroyed 4 helicopters at the airfield.", [("destroyed", 4, "Russia")]),
    # things a side "lost" are that side's, as its lost soldiers are
    ("Analysts said Russia has lost more than 40 tanks in the push.", [("destroyed", 40, "Russia")]),
    # a total of both sides' dead is no one side's, whoever counts it (fail on dbb5875: the speaker's)
    ("The fighting has killed 30,000 people on both sides since May, Ukrainian officials said.", [("killed", 30000, None)]),
    ("Moscow's officials said the clashes had killed 300 people on all sides.", [("killed", 300, None)]),
    ("The war killed 4,000 Russian troops, bringing the combined toll of both sides to 7,000, Ukrainian officials said.",
     [("killed", 7000, None), ("killed", 4000, "Russia")]),
    # ... but its own words may name the side, and a place's two sides are not two armies (unchanged)
    ("Both sides agreed that 30 Ukrainian marines were killed near the river.", [("killed", 30, "Ukraine")]),
    ("A Russian strike killed 30 civilians on both sides of the river in Kherson, the governor said.",
     [("killed", 30, "Ukraine")]),
    # ... nor both sides doing something else in the figure's clause
    ("Russia said 200 of its soldiers were killed in battles that both sides call the hardest yet.", [("killed", 200, "Russia")]),
    ("Kyiv said 30 of its troops were killed as both sides fought for the bridge.", [("killed", 30, "Ukraine")]),
    ("Kyiv said 30 of its soldiers were killed in fighting that was costly for both sides.", [("killed", 30, "Ukraine")]),
    ("Moscow said 40 of its troops died on both sides of the river crossing.", [("killed", 40, "Russia")]),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:50] for c in CASES])
def test_victims_side(text, want):
    got = [(c.metric, c.value, c.victims.affiliation) for c in claims_of(text, outlet=WIRE)]
    assert got == want


def test_the_story_s_place_is_found_before_its_first_figure():
    text = ("What weapon was used in the station attack?\n\n"
            "An investigation found that a cluster bomb was used in the attack on the railway station in Kramatorsk. "
            "More than 50 people died when the missile struck the station.")
    (c,) = claims_of(text, outlet=WIRE)
    assert (c.value, c.victims.affiliation) == (50, "Ukraine")


@pytest.mark.parametrize("text,want", [
    # a sentence that puts its dead in a country at no war is no side's, whatever the story's place
    ("Kyiv braces for winter\n\nShelling hit Kharkiv again on Monday, officials in Ukraine said. "
     "In a separate story, floods in Pakistan killed 40 people this week.", [(40, None)]),
    ("Kyiv braces for winter\n\nShelling hit Kharkiv again on Monday, officials in Ukraine said. "
     "Protests in Iran over the death of a young woman in custody went on.", [(1, None)]),
    # ... nor a sentence soon after one set there, none between naming the war or a place at war
    ("Kyiv braces for winter\n\nShelling hit Kharkiv again on Monday, officials in Ukraine said. "
     "Crowds marched across Peru after the death of a farmer in custody. Since then, at least 30 marchers have been killed.",
     [(1, None), (30, None)]),
    ("Kyiv braces for winter\n\nShelling hit Kharkiv again on Monday, officials in Ukraine said. "
     "A cyclone struck the coast of Mozambique last month. Since then, at least 30 people have died.", [(30, None)]),
    ("Kyiv braces for winter\n\nShelling hit Kharkiv again on Monday, officials in Ukraine said. "
     "A cyclone struck the coast of Mozambique last month. In Ukraine, Russian drones hit Odesa. At least 30 people have died.",
     [(30, "Ukraine")]),
    ("Kyiv braces for winter\n\nShelling hit Kharkiv again on Monday, officials in Ukraine said. "
     "A cyclone struck the coast of Mozambique last month. Russian drones hit the port overnight. At least 30 people have died.",
     [(30, "Ukraine")]),
    # ... even where it only passes by ("leaders met in Germany"): the next figures with no place of
    # their own take no side (lost, not wrong: "the meeting is in Houston … 21 died in a school
    # shooting" must not be the war's)
    ("War in the east\n\nA Russian missile hit a block of flats in Dnipro. Leaders gathered in Germany to discuss "
     "sanctions. Rescuers said 30 people were injured.", [(30, None)]),
    # "fighting with Russian troops" is fighting against them: no side given
    ("War in the east\n\nShelling hit Kharkiv. Ten soldiers were killed fighting with Russian troops near the town, "
     "the Ukrainian army said.", [(10, None)]),
    # soldiers taken prisoner while defending a village are people, not a place taken
    ("War in the east\n\nRussian troops captured 12 Ukrainian soldiers defending the village, Moscow said.", [(12, "Ukraine")]),
    # a country the sentence's people came from or went to is no place of its dead
    ("Latest news of the war in Ukraine\n\nAs the country's second city reeled under rockets that left 30 people dead, "
     "officials said, diplomats sat down with delegates from Russia in Belarus.", [(30, "Ukraine")]),
    ("Latest news of the war in Ukraine\n\nThe president said 90 children have been killed in the war and 2,000 have been "
     "taken to Russia.", [(90, "Ukraine")]),
    # ... and a sentence set abroad that names the war keeps the story's side
    ("Kyiv braces for winter\n\nShelling hit Kharkiv again on Monday, officials in Ukraine said. "
     "Russian missiles fired at Odesa crossed Moldova, where the foreign minister met envoys. Six people were killed.",
     [(6, "Ukraine")]),
    # ... but not a country where something came from, a city abroad, or where a speaker opens
    ("Kyiv braces for winter\n\nShelling hit Kharkiv again on Monday, officials in Ukraine said. "
     "Nine people were killed in the shelling, the envoy told reporters at a briefing in Brussels.", [(9, "Ukraine")]),
    ("Kyiv braces for winter\n\nShelling hit Kharkiv again on Monday, officials in Ukraine said. "
     "Eight people were killed in the shelling, the UN said in Geneva.", [(8, "Ukraine")]),
    ("Kyiv braces for winter\n\nShelling hit Kharkiv again on Monday, officials in Ukraine said. "
     "In Germany, the chancellor said 8 people were killed in the shelling.", [(8, "Ukraine")]),
    ("Kyiv braces for winter\n\nShelling hit Kharkiv again on Monday, officials in Ukraine said. "
     "Drones made in Iran hit the city overnight. Drones from Iran killed 12 people overnight.", [(12, "Ukraine")]),
    # soldiers named by their rank are soldiers: whose, the place they fell in does not say
    ("War in the east\n\nShelling went on around Kharkiv, officials said. Five generals have been killed in the fighting.",
     [(5, None)]),
    # ... but a side confirming deaths of soldiers of no side named confirms its own; not a body of no side
    ("War in the east\n\nKyiv has confirmed the deaths of five colonels in the fighting.", [(5, "Ukraine")]),
    ("War in the east\n\nThe UN has confirmed the deaths of five peacekeepers in the fighting.", [(5, None)]),
    ("War in the east\n\nShelling hit Kharkiv. The UK has confirmed the deaths of medic John Smith, who was killed near Bakhmut.",
     [(1, "United Kingdom")]),
    # ... not the enemy's fighters, militants or a group's commanders it confirms dead
    ("War in the east\n\nKyiv has confirmed the deaths of five Wagner commanders in the fighting.", [(5, None)]),
    ("War in the east\n\nMoscow has confirmed the deaths of 30 militants in a raid.", [(30, None)]),
    # the side the victims served, named after their fate, is theirs, wherever they fell
    ("War in the east\n\nShelling hit Kharkiv. The baker's nephew Oleg, 31, has been killed serving in the Russian army near Izium.",
     [(1, "Russia")]),
    ("War in the east\n\nShelling hit Kharkiv. Two Danes were taken prisoner while fighting with the Ukrainian army at Izium.",
     [(2, "Denmark")]),
    ("War in the east\n\nShelling hit Kharkiv. Two volunteers were taken prisoner while fighting with the Ukrainian army at Izium.",
     [(2, "Ukraine")]),
    # a soldier told of with his kin ("the father of a soldier killed"): whose, the place does not say;
    # kin of no soldier are the place's
    ("War in the east\n\nShelling hit Kharkiv. The president met the father of a soldier killed in eastern Ukraine.", [(1, None)]),
    ("War in the east\n\nShelling hit Kharkiv. A woman and her son were killed in Kherson on Monday.",
     [(1, "Ukraine"), (1, "Ukraine")]),
    # a person named as the victim, described right before the name by a soldier's calling: a
    # soldier, whose side the place of death does not tell; not a resident
    ("War in the east\n\nShelling hit Kharkiv. Officials said navy commander Ivan Orlov was killed near Kherson.", [(1, None)]),
    ("War in the east\n\nShelling hit Kharkiv. Police officer Ivan Orlov was killed in Kherson on Monday.", [(1, None)]),
    ("War in the east\n\nShelling hit Kharkiv. Local teacher Ivan Orlov was killed in Kherson on Monday.", [(1, "Ukraine")]),
    # a person named as the victim, described right before the name by a people's word: that country's
    ("War in the east\n\nShelling hit Kharkiv. Police in Ukraine said award-winning Canadian photographer Ann Roy was killed.",
     [(1, "Canada")]),
    # ... journalists and aid workers only: a soldier or a volunteer may serve another side
    ("War in the east\n\nShelling hit Kharkiv. Belarusian volunteer Ales Kastus was killed near Bakhmut.", [(1, "Ukraine")]),
    # ... not a people's word further off, past a verb ("Russian troops shot dead journalist X")
    ("War in the east\n\nShelling hit Kharkiv. Russian troops shot dead photographer Ann Roy near Kyiv.", [(1, "Ukraine")]),
    # ... a side claiming to have killed soldiers of no side named counts its enemy's
    ("War in the east\n\nKyiv claims to have killed 12 colonels since the spring.", [(12, "Russia")]),
    ("War in the east\n\nMoscow said it had killed more than 300 servicemen in a week.", [(300, "Ukraine")]),
    ("War in the east\n\nKyiv claims to have killed 12 militants since the spring.", [(12, None)]),
    # ... and one it claims to have killed, named by a pronoun, in a city it holds
    ("War in the east\n\nShelling hit Kharkiv. Ukraine's army claimed to have killed him in a raid.", [(1, "Russia")]),
    # ... an army's, not a security service's, which may kill its own country's people
    ("War in the east\n\nGunmen attacked a police post in Dagestan. Russia's FSB claimed to have killed him in a shootout.",
     [(1, "Russia")]),
    # ... and the man it claims to have killed is its enemy
    ("War in the east\n\nA general died near Kherson. The Azov brigade later claimed to have killed him.", [(1, "Russia")]),
    # ... not where "it" or "they" may be another ("said that they had killed 9 soldiers")
    ("War in the east\n\nRussian forces attacked a unit near the river. Kyiv said that they had killed 9 soldiers.", [(9, None)]),
    # ... and a place of a side at war is read as ever
    ("Kyiv braces for winter\n\nOfficials in Ukraine said 12 people were killed in shelling overnight.", [(12, "Ukraine")]),
])
def test_dead_in_a_country_at_no_war_take_no_side_from_the_story(text, want):
    assert [(c.value, c.victims.affiliation) for c in claims_of(text, outlet=WIRE)] == want


def test_a_headline_s_dead_take_the_side_the_body_gives_them():
    text = ("Dozens feared dead after airstrike hits a school\n\n"
            "Dozens of people are feared dead after an airstrike leveled a school in eastern Ukraine on Saturday.")
    got = [(c.metric, c.victims.affiliation) for c in claims_of(text, outlet=WIRE)]
    assert got == [("killed", "Ukraine")]


def test_a_side_s_losses_of_troops_are_not_placed():
    (c,) = claims_of("The army admitted suffering significant losses of troops in Ukraine.", outlet=WIRE)
    assert c.victims.affiliation is None


# whose officials: the side of the place they speak of, a held city's holder included
CLAIMANT_SIDES = [
    ("Explosions at an air base in Crimea\n\nOne person was killed and nine were wounded, local authorities said.",
     [("killed", 1, "Russia"), ("wounded", 9, "Russia")]),
    ("Shelling of Kharkiv\n\nFour people were killed, officials said.", [("killed", 4, "Ukraine")]),
    # a named person of no known office speaks for no side the place could give
    ("Shelling of Kharkiv\n\nFour people were killed, Smith said.", [("killed", 4, None)]),
    # a body of an occupation is the occupier's, the adversary of the place's country
    ("Shelling of Kherson\n\nFour people were killed, the occupation authorities in Kherson said.", [("killed", 4, "Russia")]),
    ("Shelling of Kherson\n\nFour people were killed, occupation officials said.", [("killed", 4, "Russia")]),
    # ... a body whose words only mention an occupation is not one of it
    ("Shelling of Kharkiv\n\nFour people were killed, police documenting the occupation said.", [("killed", 4, "Ukraine")]),
    # ... where the place is one a side holds, that holder
    ("Shelling of Donetsk\n\nFour people were killed, occupation officials said.", [("killed", 4, "Russia")]),
]


@pytest.mark.parametrize("text,want", CLAIMANT_SIDES, ids=[c[0][-40:] for c in CLAIMANT_SIDES])
def test_claimant_side_from_the_place(text, want):
    assert [(c.metric, c.value, c.claimant.affiliation) for c in claims_of(text, outlet=WIRE)] == want


def test_a_quote_mark_left_open_far_back_does_not_swallow_the_paragraph():
    from tollbook.extract.attributions import find_attributions
    text = "“A stray mark. " + "And a long paragraph of page text. " * 30 + "Officials said 12 people died."
    (a,) = find_attributions(text)
    assert text[a.source.start:a.source.end] == "Officials"


def test_near_a_border_is_not_inside_it():
    from tollbook.resolve import find_location
    assert find_location("a shooting at a base near the Ukraine border") is None
    assert find_location("a strike near Kharkiv").name == "Kharkiv"


def test_an_outlet_described_before_its_name_is_media():
    (c,) = [c for c in claims_of("Reports grew, with independent news outlet SOTA suggesting that 22 soldiers had died.",
                                 outlet=WIRE)]
    assert (c.claimant.name, c.claimant.kind) == ("Independent news outlet SOTA", "media")


# whose losses: the side that suffered or sustained them
SUFFERERS = [
    ("Officials estimated that Russian forces have sustained up to 60,000 deaths and injuries.", "Russia"),
    ("The Kremlin spokesman admitted that the country had suffered significant losses of troops.", "Russia"),
    ("Officials said that Russian troops had incurred 5,000 deaths.", "Russia"),
    # the losses counted in a "with" phrase after them: the same side's, not that of the place
    ("Analysts said the Russian units had suffered badly, with at least 700 killed near Avdiivka.", "Russia"),
    # nobody named as suffering them: no side
    ("Officials estimated that up to 60,000 deaths and injuries had occurred.", None),
    # ... nor the two sides named together
    ("Troops fought house by house to keep the village, with both Ukrainian and Russian forces suffering heavy losses, "
     "Petro Hnat, head of the village council, said.", None),
]


@pytest.mark.parametrize("text,side", SUFFERERS, ids=[s[0][:40] for s in SUFFERERS])
def test_the_side_that_suffered_the_losses(text, side):
    (c,) = claims_of(text, outlet=WIRE)
    assert c.victims.affiliation == side


def test_a_headline_toll_takes_who_they_are_from_the_body():
    text = ("Death toll in shooting at Russian military base rises to 22\n\n"
            "An independent outlet said that 22 soldiers have died.")
    (c,) = claims_of(text, outlet=WIRE)
    assert (c.value, c.victims.kind, c.victims.affiliation) == (22, "military", "Russia")


PRISONERS = [
    # prisoners of war of the one nationality the story gives them
    ("Strike on prison kills Ukrainian prisoners of war\n\nOfficials said the blast killed 40 prisoners and wounded 70 others.",
     [("killed", 40, "Ukraine", "military"), ("wounded", 70, "Ukraine", "military")]),
    # else the adversary of the side holding the place they are held in; figures naming nobody are theirs
    ("Shelling hits prison holding POWs in Donetsk People's Republic\n\n\u201cThe toll so far: 30 killed, 80 wounded,\u201d a separatist official said.",
     [("killed", 30, "Ukraine", "military"), ("wounded", 80, "Ukraine", "military")]),
    # prisoners the story does not lead with take no side from it
    ("A missile struck a market in Kharkiv on Tuesday, killing 9 people, the mayor said. Talks on prisoners of war went on.",
     [("killed", 9, "Ukraine", "unspecified")]),
]


@pytest.mark.parametrize("text,want", PRISONERS, ids=[c[0][:50] for c in PRISONERS])
def test_prisoners_of_war_are_the_side_opposite_their_captors(text, want):
    got = [(c.metric, c.value, c.victims.affiliation, c.victims.kind) for c in claims_of(text, outlet=WIRE)]
    assert got == want


@pytest.mark.parametrize("text,kind", [
    # a side's count of its enemy's dead, named by nationality alone, is of soldiers
    ("Ukraine puts the Russian deaths at almost 19,000.", "military"),
    # the side's own count of its own people so named is not
    ("Ukraine puts the Ukrainian deaths at 300.", "unspecified"),
])
def test_the_enemy_s_dead_by_nationality_are_soldiers(text, kind):
    (c,) = claims_of(text, outlet=WIRE)
    assert c.victims.kind == kind


def test_every_figure_at_a_base_takes_its_side_in_a_sentence_of_ninety():
    # the military place is read once for the sentence, not once for each of its figures
    sentence = "At a Russian military base, " + "".join(f"{k} soldiers were killed and " for k in range(1, 90)) + "1 wounded."
    got = {(c.victims.affiliation, c.victims.kind) for c in claims_of(sentence, outlet=WIRE) if c.metric == "killed"}
    assert got == {("Russia", "military")}


@pytest.mark.parametrize("before,want", [
    ("Russian forces have sustained up to ", "Russia"),
    ("RUSSIAN FORCES HAVE SUSTAINED UP TO ", "Russia"),
    ("Ukraine has incurred ", "Ukraine"),
    ("Russian forces have lost up to ", None),
    ("Both Ukrainian and Russian forces have sustained up to ", None),
    ("Ukrainian and allied forces have sustained up to ", "Ukraine"),
])
def test_the_side_that_suffered_the_losses_counted_after(before, want):
    from tollbook.extract.sides import sufferer_side
    from tollbook.records import Claimant
    assert sufferer_side(before, Claimant("", "Outlet", None, "media", None)) == want


@pytest.mark.parametrize("text,want", [
    # a verb left out: each figure is the side named before it
    ("Russia lost 300 tanks and Ukraine 200 over the summer, analysts said.", [(300, "Russia"), (200, "Ukraine")]),
    ("Kyiv lost 40 soldiers and Moscow 25 in the clashes.", [(40, "Ukraine"), (25, "Russia")]),
    # a verb of killing left out: whose dead the second figure counts is not said (none taken)
    ("Ukrainian forces killed 50 Russian troops and Russia 30, officials said.", [(50, "Russia")]),
])
def test_a_gapped_verb_s_figures_are_each_of_the_side_before_it(text, want):
    assert [(c.value, c.victims.affiliation) for c in claims_of(text, outlet=WIRE)] == want


@pytest.mark.parametrize("text,side", [
    # soldiers of no named side killed in one side's strike, in the figure's clause: the other side's
    ("The ministry said 14 servicemen died in a Ukrainian missile strike on the barracks.", "Russia"),
    ("Nine soldiers were killed in shelling by Russian forces overnight, the brigade said.", "Ukraine"),
    # both sides' fire, or a strike in another clause, or a side named as the place: none
    ("Russian and Ukrainian artillery exchanges killed 14 soldiers near the river.", None),
    ("Fourteen soldiers died in the fighting, as Russia's bombardment of the city went on.", None),
    ("A foreign volunteer soldier was killed in Ukraine by mortar fire.", None),
    # a side's weapon word naming a person, a unit or a target, not the strike that killed: none
    ("Five soldiers were killed while training Ukrainian drone operators near the river, officials said.", None),
    ("Eight soldiers were killed in a raid on a Ukrainian rocket battery.", None),
    ("Eight soldiers were killed after a Russian artillery unit was struck.", None),
])
def test_soldiers_killed_in_one_side_s_strike_are_the_other_side_s(text, side):
    (c,) = [c for c in claims_of(text, outlet=WIRE) if c.metric == "killed"]
    assert c.victims.affiliation == side


@pytest.mark.parametrize("text,metric,side", [
    # soldiers or weapons of no named side that one side's forces killed or destroyed: the other side's
    ("Russian paratroopers killed 14 soldiers near the river, the ministry in Moscow said.", "killed", "Ukraine"),
    ("Ukrainian gunners destroyed nine tanks near the crossing, the brigade said.", "destroyed", "Russia"),
    ("The regiment said Ukrainian drones killed 14 soldiers near the river.", "killed", "Russia"),
    # ... the speaker's own forces ("its", "our"): the speaker's adversary's
    ("The Russian ministry said its forces had killed up to 14 soldiers near the river.", "killed", "Ukraine"),
    ("The Ukrainian army said its units destroyed a depot and killed 14 soldiers near the river.", "killed", "Russia"),
    # ... the speaker itself ("it", "we") right after its cue: its adversary's
    ("The Russian army said it had killed 14 soldiers near the river.", "killed", "Ukraine"),
    ("Ukraine's defence ministry said it destroyed nine tanks and killed 14 soldiers near the river.", "killed", "Russia"),
    # ... not where another party is named between ("said Moscow claimed it …")
    ("Ukraine's army said the Kremlin claimed it had killed 14 soldiers near the river.", "killed", None),
    # a side's strike whose participle kills or destroys: what it killed is the other side's
    ("Russian gunners shelled a trench near the river, killing 14 soldiers, the ministry in Moscow said.", "killed", "Ukraine"),
    ("Ukraine's army said it had struck a depot in Crimea, destroying 14 tanks.", "destroyed", "Russia"),
    # ... not where the striker is of no side
    ("Gunners shelled a trench near the river, killing 14 soldiers.", "killed", None),
    # what a side's own air defences shoot down is the other side's, quoted or not
    ("The Ukrainian army said its air defences shot down 14 drones near the river.", "shot_down", "Russia"),
    ("“Our air defence downed 14 drones near the river,” the Russian governor said.", "shot_down", "Ukraine"),
    ("Ukraine's navy said it had shot down 14 of 16 missiles near the river.", "shot_down", "Russia"),
    # "executed" is killed: prisoners a side's troops executed are the other side's
    ("Kyiv said Russian troops executed 14 prisoners of war near the river.", "killed", "Ukraine"),
    # ... not past what the speaker's words start with: the forces are after the cue
    ("Ukraine's army said Russian forces killed 14 soldiers near the river.", "killed", "Ukraine"),
    # no side's forces, both sides', or another clause between: none
    ("Russian and Ukrainian forces killed 14 soldiers near the river.", "killed", None),
    ("Russian troops shelled the bridge where 14 soldiers were sheltering.", "killed", None),
    ("The brigade said unknown gunmen killed 14 soldiers near the river.", "killed", None),
])
def test_soldiers_killed_by_one_side_s_forces_are_the_other_side_s(text, metric, side):
    found = [c for c in claims_of(text, outlet=WIRE) if c.metric == metric and c.victims.kind == "military"]
    assert found and all(c.victims.affiliation == side for c in found) or not found and side is None


@pytest.mark.parametrize("text,value,side", [
    # a coordinated object of the same verb is the same side's
    ("Ukrainian forces destroyed 14 tanks and 9 howitzers near the river, the brigade said.", 9, "Russia"),
    # not another subject's figure, nor the first subject's past a second one
    ("Russian paratroopers killed 14 soldiers and Ukrainian gunners killed 9 near the river.", 9, None),
    # not a side naming a place or a source before bare troops
    ("In Russian-held Lysychansk, troops killed 14 soldiers near the river.", 14, None),
    ("According to a Russian officer, troops killed 14 soldiers near the river.", 14, None),
    # not "its forces" in another's report inside the speaker's words
    ("The Ukrainian army dismissed a Russian report that its units killed 14 soldiers near the river.", 14, None),
    # not the dead of another clause, the killers' own, fighters of no army, things that are no arms
    ("Russian troops blew up the bridge and 14 soldiers drowned in the river.", 14, None),
    ("Russian barrier troops killed 14 soldiers who tried to retreat from the town.", 14, None),
    ("Russian troops killed 14 militants near the river.", 14, None),
    ("Russian troops destroyed 14 fishing boats near the river.", 14, None),
    # not outside the war the sides are in
    ("Russian aviation killed 14 fighters in Syria's Idlib province.", 14, None),
    ("Russian troops killed 14 soldiers during the war of 2008, Tbilisi said.", 14, None),
    ("Russian special forces killed 14 soldiers in Dagestan.", 14, None),
    # not their own: friendly fire, a brawl, a group named among the dead, things abandoned
    ("Russian forces killed 14 soldiers in a friendly-fire incident near the river.", 14, None),
    ("Ukrainian troops killed 14 soldiers of the Northern Legion near the river.", 14, None),
    ("Russian troops destroyed 14 abandoned tanks near the river.", 14, None),
    # nor a people's adjective opening a unit's name ("Russian Volunteer Corps fighters")
    ("Russian Volunteer Corps gunners killed 14 soldiers near the river.", 14, None),
])
def test_the_killers_side_only_where_the_forces_are_the_subject_of_that_figure(text, value, side):
    found = [c for c in claims_of(text, outlet=WIRE) if c.value == value]
    assert found and all(c.victims.affiliation == side for c in found)


@pytest.mark.parametrize("text,side", [
    # a loss right after the speaker's own cue is the speaker's
    ("The Polish army admitted losing up to 14 soldiers near the river.", "Poland"),
    # (not a loss of something else the figure is in: "admitted losing control of the town where …")
    ("The Polish army admitted losing control of the town where 14 soldiers died.", None),
    ("Moscow acknowledged having lost 14 soldiers near the river.", "Russia"),
    # ... not another party's admission inside the speaker's words
    ("Ukraine said Russia had admitted losing 14 soldiers near the river.", "Russia"),
])
def test_a_loss_admitted_by_its_speaker_is_the_speakers(text, side):
    (c,) = [c for c in claims_of(text, outlet=WIRE) if c.value == 14]
    assert c.victims.affiliation == side


@pytest.mark.parametrize("text,outlet,want", [
    # "the enemy" as the owner of losses after a circumstance ("Near X, over the week, the enemy
    # lost"): a side's speaker's adversary, and soldiers (never the place's people)
    ("Along the eastern front the invaders have lost 700 soldiers this month, the Ukrainian army said.", WIRE,
     [("casualties", 700, "Russia", "military")]),
    ("Since the spring the occupiers have lost 9,000 people near Zaporizhzhia, the Ukrainian president said.", WIRE,
     [("casualties", 9000, "Russia", "military")]),
    ("Over the past week the adversary lost 300 people near Kramatorsk, the Russian ministry said.", WIRE,
     [("casualties", 300, "Ukraine", "military")]),
    # ... in the outlet's own voice, of no side: soldiers of no one said (not the place's)
    ("Near Kramatorsk the enemy lost 60 people over the past day.", WIRE, [("casualties", 60, None, "military")]),
    # ... an outlet that speaks for a side: its adversary
    ("Near Kramatorsk the enemy lost 60 people over the past day.", "Ukrinform", [("casualties", 60, "Russia", "military")]),
    ("Near Kramatorsk the enemy lost 60 people over the past day.", "TASS", [("casualties", 60, "Ukraine", "military")]),
    # ... not the enemy only named inside a circumstance (the brigade's, whoever's it is)
    ("In the village near enemy positions the 93rd brigade lost 12 men, the Ukrainian army said.", WIRE,
     [("casualties", 12, None, "military")]),
    ("In battles with the enemy the brigade lost 40 men, the Ukrainian army said.", WIRE,
     [("casualties", 40, None, "military")]),
])
def test_the_enemy_as_owner_of_losses_after_a_circumstance(text, outlet, want):
    got = [(c.metric, c.value, c.victims.affiliation, c.victims.kind) for c in claims_of(text, outlet=outlet)]
    assert got == want


@pytest.mark.parametrize("text,want", [
    # a figure after "and" or "with" in the clause of one a side "lost", its words lent: the same
    # side's (not the place's people)
    ("Kyiv said Russia lost 80 people killed and 140 wounded near Kramatorsk.", [(80, "Russia"), (140, "Russia")]),
    ("Moscow said Ukraine lost 80 people killed near Belgorod, with another 140 wounded.", [(80, "Ukraine"), (140, "Ukraine")]),
    # ... not a figure of another clause ("while …")
    ("Kyiv said Russia lost 80 soldiers near the river, while 12 were wounded in Kramatorsk.", [(80, "Russia"), (12, None)]),
    # ... nor one with a verb, a cause or a place of its own ("were wounded in a strike on …")
    ("Kyiv said Russia lost 150 soldiers near the river overnight and 9 were wounded in a strike on Sumy.", [(150, "Russia"), (9, None)]),
    ("Moscow said Ukraine lost 250 troops near the dam, with 11 killed in a strike on Zaporizhzhia.", [(250, "Ukraine"), (11, None)]),
])
def test_a_figure_sharing_the_words_of_a_side_s_loss_is_that_side_s(text, want):
    assert [(c.value, c.victims.affiliation) for c in claims_of(text, outlet=WIRE)] == want


@pytest.mark.parametrize("text,want", [
    # "the enemy", "occupiers", "our soldiers" name a side only as their speaker sees it: a
    # speaker whose side only the place it speaks of shows (both sides fight there) gives none
    ("A spokesman said 150 enemy soldiers were killed near Kramatorsk.", [("killed", 150, None)]),
    ("Forty occupiers were killed near Horlivka, a regional official said.", [("killed", 40, None)]),
    ("The official said 30 of our soldiers were killed near Kramatorsk.", [("killed", 30, None)]),
    ("Shelling of Kharkiv\n\nTwelve enemy soldiers were killed near the city, officials said.", [("killed", 12, None)]),
    # ... a speaker whose words or title give its side: that side's adversary, or its own
    ("Kherson's governor said 12 enemy saboteurs were killed near the river.", [("killed", 12, "Russia")]),
    ("Three of our defenders were killed, the mayor of Belgorod wrote on Telegram.", [("killed", 3, "Russia")]),
    ("The Russian-installed governor of Zaporizhzhia said 12 enemy saboteurs were killed near Enerhodar.", [("killed", 12, "Ukraine")]),
    ("Ukraine's southern command said 40 enemy soldiers were killed near Kherson.", [("killed", 40, "Russia")]),
    # ... a speaker named by a pronoun: the title it was named by before
    ("The mayor of Kharkiv said 4 were killed in the raid. He said 3 of our defenders were also wounded.",
     [("killed", 4, "Ukraine"), ("wounded", 3, "Ukraine")]),
    ("Kharkiv governor Ivan Marko said 2 were killed. He said 15 occupiers were killed near Kupiansk.",
     [("killed", 2, "Ukraine"), ("killed", 15, "Russia")]),
    # ... or a headline's killers (its implied source)
    ("Ukrainian gunners kill 40 enemy soldiers near Kramatorsk", [("killed", 40, "Russia")]),
])
def test_the_enemy_of_a_speaker_whose_side_only_the_place_shows_is_not_said(text, want):
    assert [(c.metric, c.value, c.victims.affiliation) for c in claims_of(text, outlet=WIRE)] == want


@pytest.mark.parametrize("text,want", [
    # "their" in the words of one body or place ("it", "Kyiv", "the ministry") is of others it
    # named (the attackers'), not the speaker's own: none said
    ("Ukraine's General Staff said Russian forces had attacked near Kramatorsk. It said 40 of their soldiers were killed.", None),
    ("Russia said its troops repelled an attack near Kramatorsk and that 40 of their soldiers were killed.", None),
    ("Kyiv said Russian troops had attacked and 40 of their soldiers were killed.", None),
    # ... but the speaker's own in the words of many ("officials", "police", "they"), and "its" always
    ("Ukrainian officials said 40 of their soldiers were killed near Kramatorsk.", "Ukraine"),
    ("Ukrainian police said 40 of their officers were killed near Kramatorsk.", "Ukraine"),
    ("Ukraine's General Staff said 40 of its soldiers were killed near Kramatorsk.", "Ukraine"),
])
def test_their_dead_are_the_speaker_s_own_only_in_the_words_of_many(text, want):
    (c,) = [c for c in claims_of(text, outlet=WIRE) if c.value == 40]
    assert c.victims.affiliation == want


def test_a_headline_s_war_owned_by_a_country_is_not_the_story_s_place():
    # "Russia's war in Ukraine": Russia owns the war; the story stands in Ukraine, its dead Ukraine's
    text = ("The latest on Russia's war in Ukraine\n\n"
            "As Kharkiv reeled under rockets that left 30 people dead, officials said, envoys met for talks.")
    got = [(c.value, c.victims.affiliation, c.claimant.affiliation) for c in claims_of(text, outlet=WIRE)]
    assert got == [(30, "Ukraine", "Ukraine")]
