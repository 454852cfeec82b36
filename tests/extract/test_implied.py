"""Whose claim an unattributed wire headline carries: (headline, expected side or None)."""
import pytest

from helpers import claims_of

WIRE = "Example Wire"  # an outlet of no side

# (headline, [(metric, value, claimant affiliation, implied)])
HEADLINES = [
    # forces announcing the enemy they destroyed: the killer's side
    ("Russian paratroopers destroyed up to 40 Ukrainian servicemen near the river",
     [("killed", 40, "Russia", True)]),
    ("Ukrainian marines eliminated 15 Russian soldiers overnight", [("killed", 15, "Ukraine", True)]),
    ("Over 60 Ukrainian soldiers were eliminated by Russian artillery", [("killed", 60, "Russia", True)]),
    # a formation eliminated: its men killed, how many not said; the enemy claims it
    ("Border guards neutralized a Russian assault unit near the town", [("killed", None, "Ukraine", True)]),
    # losses counted in formations, not men: the enemy's count of them
    ("The troops of the Russian Federation lost more than two companies killed and wounded near the town",
     [("casualties", None, "Ukraine", True)]),
    # equipment destroyed, singular, by named forces
    ("Ukrainian gunners destroyed a Russian howitzer", [("destroyed", 1, "Ukraine", True)]),
    # deaths blamed on one side's fire: the other side's count
    ("Three DPR militiamen killed by Ukrainian mortar fire", [("killed", 3, "Russia", True)]),
    # a headline's day toll of a side's own dead: that side's communiqué
    ("Ukrainian border guard killed in drone attack", [("killed", 1, "Ukraine", True)]),
    ("Two Ukrainian civilians wounded near the front", [("wounded", 2, "Ukraine", True)]),
    # prisoners are announced by who took them, not by their own side
    ("Two Russian paratroopers captured near the river", [("captured", 2, "Ukraine", True)]),
    # ... but not the dead of a group called by a name its enemies give it: counted by either side
    ("Around 30 separatists killed near the airport in army assault", [("killed", 30, None, False)]),
    ("Twelve pro-Russian rebels killed in fighting near the border", [("killed", 12, None, False)]),
    # a source named but unknown to the tables: the figure is hers, of no side a headline implies
    ("Three Ukrainian volunteers killed near the river, their mothers say", [("killed", 3, None, False)]),
    # a wire service's version tag before the source is no part of it
    ("REFILE-Ukraine's army says four Russian paratroopers killed near the river", [("killed", 4, "Ukraine", False)]),
    # a side's dead said to be among a toll's dead are a part of it, not the side's own count
    ("Three Ukrainian medics were among the dead after the rocket hit the depot", [("killed", 3, None, False)]),
    ("Two Russian sappers among dead in the bridge blast", [("killed", 2, None, False)]),
    # a war total of a side's dead is not thereby its own count: the outlet's voice
    ("More than 15,000 Russian troops killed since the invasion", [("killed", 15000, None, False)]),
    # soldiers blamed on nobody: no side's fire is named
    ("Three Ukrainian soldiers killed in clashes in the east", [("killed", 3, "Ukraine", True)]),
    # civilians whose deaths are blamed on one side: the other side speaks
    ("Four people died in a village after shelling by Russian troops", [("killed", 4, "Ukraine", True)]),
    ("Ukrainian shelling kills two residents of a Donetsk suburb", [("killed", 2, "Russia", True)]),
    # the army of the country where they fell, in a headline's day toll
    ("Three soldiers killed in a blast in eastern Ukraine", [("killed", 3, "Ukraine", True)]),
    # a side's losses counted in its enemy's communiqué
    ("Losses of the Russian army in battles with Ukrainian forces amounted to 120 people",
     [("casualties", 120, "Ukraine", True)]),
    # shelling blamed, not a kill announced
    ("Ukrainian artillery fire kills two DPR militiamen", [("killed", 2, "Russia", True)]),
    # "Losses of X came to N people": X's forces' losses, whatever the people are called
    ("Losses of Russia on the southern front came to 60 people - operational command", [("casualties", 60, "Ukraine", True)]),
    ("Losses of Ukraine near the river amounted to 45 people over two days - militia", [("casualties", 45, "Russia", True)]),
    # ... not a country's people lost to a storm: no forces, no enemy's count
    ("Losses of Ukraine's population in the Odesa storm came to 12 people - governor", [("casualties", 12, "Ukraine", True)]),
    ("Losses of Ukraine from the spring storm came to 14 people - governor", [("casualties", 14, "Ukraine", True)]),
    # "X lost N soldiers": X's losses, counted by its enemy
    ("Russia lost 400 soldiers in a single day near the city", [("casualties", 400, "Ukraine", True)]),
    # ... translated word for word, the forces named after the verb: the same
    ("Over 25 people lost the AFU near the village in a day", [("casualties", 25, "Russia", True)]),
    # "shelling of X" names the target; "by Y" names who fired
    ("A teacher was wounded in the shelling of a DPR village by Ukrainian artillery", [("wounded", 1, "Russia", True)]),
    # "Ukraine separatists" are not Ukraine's side
    ("Ukraine separatists shoot down a plane, killing five crew", [("shot_down", 1, None, False), ("killed", 5, None, False)]),
    # a side named as the subject of the kill; a side's equipment lost, unattributed: the enemy's count
    ("Ukraine shoots down Russian jet over the coast", [("shot_down", 1, "Ukraine", True)]),
    ("Russian jet shot down near the border", [("shot_down", 1, "Ukraine", True)]),
    ("Russia destroys Ukrainian tank near the river", [("destroyed", 1, "Russia", True)]),
    # "killed by Y forces" boasts for Y; "killed by sniper fire from Y positions" blames Y
    ("Two LPR soldiers killed by mortar fire from Ukrainian Armed Forces positions - militia",
     [("killed", 2, "Russia", True)]),
    # a side's losses without a count: its enemy speaks of them
    ("The enemy suffered heavy losses near the bridge, Ukrainian commanders said of the Russian assault",
     [("casualties", None, "Ukraine", False)]),
    # a named source is never given an implied side: whose governor is not said
    ("Governor describes the losses of Russian troops in two towns", [("casualties", None, None, False)]),
    # a headline reporting a side's casualties: that side's own report
    ("Russian casualties reported after the river crossing", [("casualties", None, "Russia", True)]),
    # a side speaking after a ";" speaks of its own report, not the figure's before it
    ("12 killed in shelling; Kremlin says talks are frozen", [("killed", 12, None, False)]),
    # a side's word naming a place is no blame of the troops named after it; the place it names
    # ("in Ukrainian village") gives a headline's bare role that place's side, as a town's name would
    ("Crowd in Ukrainian village calls for troops to go after an armoured vehicle kills a man - TV", [("killed", 1, "Ukraine", True)]),
    ("Crowd in the village calls for troops to go after an armoured vehicle kills a man - TV", [("killed", 1, None, False)]),
    # forces named as one party to a fight are not blamed for its dead: no side says whose count
    ("Ukrainian troops and separatists clash near the airport, six dead", [("killed", 6, None, False)]),
    ("Ukrainian soldiers, pro-Russian fighters clash near the port, five dead", [("killed", 5, None, False)]),
    ("Russian forces clash with Ukrainian troops near the river, nine dead", [("killed", 9, None, False)]),
    ("Seven dead in clashes between Ukrainian troops and rebels", [("killed", 7, None, False)]),
    # ... nor is a side named before another clause's forces ("in Ukraine as army …")
    ("Nine killed in Ukraine as army battles to retake the town", [("killed", 9, None, False)]),
    # ... but a side's forces shelling a town are blamed for the dead there
    ("Four killed as Ukrainian troops shell rebel town", [("killed", 4, "Russia", True)]),
    # nothing shows whose figure it is: the outlet's own voice
    ("Six killed as fighting flares in eastern Ukraine", [("killed", 6, None, False)]),
    # outside a conflict the lexicon knows, nothing is implied
    ("Two British tourists were killed in a crash in Spain", [("killed", 2, None, False)]),
    ("Afghan commandos killed 9 militants in a night raid", [("killed", 9, None, False)]),
]


@pytest.mark.parametrize("headline,want", HEADLINES, ids=[h[0][:45] for h in HEADLINES])
def test_implied_claimant(headline, want):
    got = [(c.metric, c.value, c.claimant.affiliation, c.claimant.implied) for c in claims_of(headline, outlet=WIRE)]
    assert got == want


def test_a_named_source_replaces_the_implied_one():
    text = ("Russian troops destroyed 35 Ukrainian soldiers in a day\n\n"
            "The Russian Defence Ministry said 35 Ukrainian soldiers were destroyed near the town.")
    (c,) = claims_of(text, outlet=WIRE)
    assert (c.claimant.name, c.claimant.implied, len(c.evidence)) == ("Russian Ministry of Defence", False, 2)


def test_a_side_s_dead_in_a_story_s_body_are_the_outlet_s_voice():
    text = ("Fighting goes on in the east\n\nThe front moved little this week. Shelling continued near the river. "
            "Commanders rotated units. Supplies were short. Roads were mined. "
            "Figures show at least 40 Ukrainian civilians have been killed in the region.")
    c = next(c for c in claims_of(text, outlet=WIRE) if c.value == 40)
    assert (c.claimant.name, c.claimant.affiliation, c.claimant.implied) == (WIRE, None, False)


def test_state_media_keeps_its_own_voice():
    (c,) = claims_of("Two Ukrainian soldiers killed in shelling", outlet="Ukrinform")
    assert (c.claimant.name, c.claimant.affiliation, c.claimant.implied) == ("Ukrinform", "Ukraine", False)


def test_each_headline_of_a_digest_has_its_own_outlet():
    text = "Five soldiers killed in an ambush;Three civilians wounded in a market blast"
    got = [c.claimant.name for c in claims_of(text, outlet="Wire One;Wire Two")]
    assert got == ["Wire One", "Wire Two"]


def test_a_headline_trailer_before_a_digest_join_names_the_source():
    (c, w) = claims_of("Two soldiers killed, five wounded in a day - Ukraine military;Kovalenko", outlet="A;B")
    assert (c.claimant.name, w.claimant.name) == ("General Staff of the Armed Forces of Ukraine",) * 2


def test_a_generic_trailer_takes_the_side_the_report_shows():
    (c,) = claims_of("Two Ukrainian servicemen killed overnight - military spokesman", outlet=WIRE)
    assert (c.claimant.text, c.claimant.affiliation, c.claimant.implied) == ("military spokesman", "Ukraine", True)


def test_a_headline_role_is_not_the_party_named_before_it():
    # "- command" here is the command of the dead militiaman, not the Ukrainian military just named
    (c,) = claims_of("Militiaman killed in shelling by Ukrainian military - command", outlet=WIRE)
    assert (c.claimant.name, c.claimant.affiliation) == ("Command", "Russia")


def test_a_count_is_not_a_source():
    (c,) = claims_of("Four reported killed in fighting near the border", outlet=WIRE)
    assert c.claimant.name == WIRE


def test_bare_officials_in_a_country_at_war_are_that_country_s():
    (c,) = claims_of("Seven killed in clashes in eastern Ukraine: officials", outlet=WIRE)
    assert (c.claimant.name, c.claimant.affiliation, c.claimant.implied) == ("Officials", "Ukraine", True)
    (c,) = claims_of("Seven killed in clashes in Ohio: officials", outlet=WIRE)
    assert (c.claimant.name, c.claimant.affiliation) == ("Officials", None)


def test_bare_officials_in_a_city_held_since_2014_are_of_the_side_holding_it():
    (c,) = claims_of("Four people killed in Gorlovka bus station shelling - city council", outlet=WIRE)
    assert (c.claimant.affiliation, c.claimant.implied) == ("Russia", True)
    # the province is split: its name before "region" is no held city
    (c,) = claims_of("Four people killed in Donetsk region shelling - city council", outlet=WIRE)
    assert c.claimant.affiliation == "Ukraine"
    # the held city is in another clause than the figure
    hurt, dead = claims_of("In Sumy region officials said two people were hurt and in Makiivka three were killed.", outlet=WIRE)
    assert (hurt.value, hurt.claimant.affiliation, dead.value, dead.claimant.affiliation) == (2, "Ukraine", 3, "Russia")


def test_a_ministry_named_without_a_side_takes_the_side_the_report_shows():
    (c,) = claims_of("Marines wounded in night attacks of Russia-led forces in Donetsk region - Interior ministry", outlet=WIRE)
    assert (c.claimant.affiliation, c.claimant.implied) == ("Ukraine", True)


def test_rebels_named_by_the_country_they_fight_in_speak_for_its_adversary():
    (c,) = claims_of("Rebels in Ukraine say two soldiers were killed in an ambush", outlet=WIRE)
    assert (c.claimant.name, c.claimant.affiliation) == ("Rebels in Ukraine", "Russia")
    # a side's own word is no country the rebels fight in
    (d,) = claims_of("Ukrainian shelling kills one civilian - DPR militia", outlet=WIRE)
    assert d.claimant.affiliation == "Russia"


# (sentence, the side its named claimant speaks for)
CLAIMANT_SIDES = [
    # the country's name inside a word for the side the rebels serve: that side, not its adversary
    ("Pro-Russian rebels said three Ukrainian marines were killed near the airport.", "Russia"),
    ("Russian separatists said three Ukrainian marines were killed near the airport.", "Russia"),
    ("Pro-Ukraine partisans said three Russian officers were killed in a car bomb.", "Ukraine"),
    # against a side: of no side the words settle
    ("Anti-Kremlin Russian rebels said three Russian border guards were killed.", None),
    # the country by name, as a word of its own: the rebels fight it
    ("Ukraine's rebels said three soldiers were killed near the airport.", "Russia"),
    ("Separatists in eastern Ukraine said three soldiers were killed near the airport.", "Russia"),
    # soldiers of no side named: the place they fell in does not say whose officials tell of them;
    # civilians there are the place's, as are the officials telling of them
    ("Officials confirmed on Sunday that navy commander Ivan Orlov was killed in fighting in the city of Kherson.", None),
    ("Three soldiers were killed in shelling in the city of Kherson, officials said.", None),
    ("Three civilians were killed in shelling in the city of Kherson, officials said.", "Ukraine"),
    # ... but "our" or "enemy" soldiers are counted by the side of the place
    ("Three of our defenders were killed in shelling in the city of Kherson, officials said.", "Ukraine"),
    # a state's service over a place one side holds and the other claims: either side's
    ("A Ukrainian drone shot down a Russian jet over Horlivka, the air force said.", None),
    ("Two soldiers were wounded near Horlivka, the brigade said.", None),
    # ... over a place no one else holds: the country's
    ("A Russian missile killed two people in Odesa, the air force said.", "Ukraine"),
    # a place's authorities are its holder's
    ("Shelling killed two people in Horlivka, local officials said.", "Russia"),
    # rebels named by a people within a side's state fight that state: no side (fail on dbb5875)
    ("Chechen rebels said 14 federal troops were killed in an ambush.", None),
    ("Chechen Islamist insurgents said 14 policemen died in the raid.", None),
    # ... nor a nationality with a people's name between, in a civil war
    ("Syrian Kurdish rebels said 14 Turkish soldiers were killed near the border.", None),
    # ... but that people's forces are of the side they serve, and a land a side holds is its
    ("Chechen fighters said 14 Ukrainian soldiers were killed near Bakhmut.", "Russia"),
    ("DPR rebels said 14 civilians were killed by Ukrainian shelling.", "Russia"),
    # a proxy speaks for its backer only in a war of two states the tables know (fail on dbb5875) ...
    ("An Iranian-backed militia said 14 of its fighters were killed in an air strike.", None),
    ("Rwandan-backed M23 said 14 soldiers were killed near the lake.", None),
    ("Turkish-backed Syrian rebels said 14 Kurdish fighters were killed.", None),
    ("The US-backed Syrian Democratic Forces said 14 militants were killed.", None),
    ("Iranian-backed militias shelled the base overnight. The militia said 14 soldiers were killed.", None),
    # ... and a backer of no state gives rebels no side of their own country's (fail on dbb5875)
    ("Western-backed Syrian rebels said 14 soldiers were killed.", None),
    # ... where its own words name its country, that country (fail on dbb5875)
    ("Saudi-backed Yemeni government forces said 14 rebels were killed.", "Yemen"),
    ("US-backed Iraqi forces said 14 militants were killed in the raid.", "Iraq"),
    # ... but a third state backing them leaves which side they fight for unsaid
    ("Russian-backed Syrian government forces said 14 rebels were killed.", None),
    ("Ukraine-supported Belarusian volunteers said 6 Russian soldiers died in the raid.", None),
    # fighters of one side's people backed by its enemy fight for the backer, not their state
    ("Kyiv-backed Russian partisans said 9 Russian border guards were killed near Kursk.", "Ukraine"),
    ("Moscow-backed Ukrainian militiamen said 9 Ukrainian soldiers died in the assault.", "Russia"),
    # armed groups fighting their own state, named with its people's word: no state's side
    ("The Syrian Democratic Forces said 9 militants were killed in the raid.", None),
    ("The Libyan National Army said 9 fighters died near the port.", None),
    ("The Sudanese Rapid Support Forces said 9 soldiers were killed.", None),
    # ... but a state's own army keeps its state
    ("The Afghan National Army said 9 Taliban fighters were killed.", "Afghanistan"),
    # rebels named for the side they serve keep it, whatever people they are of
    ("Fighters of a pro-Kyiv Russian militia said 9 Russian border guards died near Kursk.", "Ukraine"),
    ("A pro-Russian Ukrainian militia said 9 Ukrainian soldiers died near Kreminna.", "Russia"),
    # a country's own people's fighters, named with its name first, are its own
    ("Ukraine's Crimean Tatar partisans said 9 Russian soldiers were killed near Dzhankoi.", "Ukraine"),
    # ... and in that war, the backer's (unchanged)
    ("Moscow-backed separatists said 14 Ukrainian soldiers were killed near Donetsk.", "Russia"),
    ("Kremlin-backed separatists in Ukraine's east said 14 soldiers were killed.", "Russia"),
    ("Russia-backed separatists shelled the town. The separatists said 14 soldiers were killed.", "Russia"),
    # the outlet's own voice, the rebels only named (unchanged)
    ("Fourteen soldiers were killed in clashes with Chechen rebels.", None),
]


def test_a_proxys_own_dead_take_no_side_from_its_backer():
    (c,) = claims_of("An Iranian-backed militia said 14 of its fighters were killed in an air strike.", outlet=WIRE)
    assert c.victims.affiliation is None
    assert claims_of("Iranian-backed militias have threatened to kill the 14 hostages.", outlet=WIRE) == []


@pytest.mark.parametrize("sentence, side", CLAIMANT_SIDES)
def test_a_named_claimant_speaks_for_the_side_its_words_show(sentence, side):
    (c,) = claims_of(sentence, outlet=WIRE)
    assert c.claimant.affiliation == side


def test_a_headline_role_speaks_for_the_side_holding_the_place():
    (c,) = claims_of("Militiaman killed by mortar fire in Lugansk republic - operations command", outlet=WIRE)
    assert (c.claimant.name, c.claimant.affiliation) == ("Operations command", "Russia")
    (d,) = claims_of("Two soldiers killed near Kharkiv - officials", outlet=WIRE)
    assert d.claimant.affiliation == "Ukraine"


def test_a_headline_figure_beside_a_side_s_words_is_that_side_s():
    (c,) = claims_of("Two soldiers killed as Ukraine warns of escalating violence in east", outlet=WIRE)
    assert (c.claimant.affiliation, c.claimant.implied) == ("Ukraine", True)
    # not a side: the outlet's own voice
    (d,) = claims_of("Two soldiers killed as the mayor warns of escalation", outlet=WIRE)
    assert (d.claimant.name, d.claimant.implied) == (WIRE, False)
    # not a headline: a story's body speaks in the outlet's voice
    text = ("Fighting goes on\\n\\nThe front held. Supplies ran short. Roads were mined. Crews rotated. Rain fell. "
            "Two soldiers were killed as Ukraine warned of escalating violence.")
    e = next(c for c in claims_of(text, outlet=WIRE) if c.value == 2)
    assert (e.claimant.name, e.claimant.implied) == (WIRE, False)


# (sentence, expected: may it name a held place, the side holding the figure's clause)
HELD_GATE = [
    ("2 people were killed in Kharkiv on Monday", False, None),
    ("Shelling of Donetsk killed 3 civilians", True, "Russia"),
    ("SHELLING OF HORLIVKA KILLED 3 CIVILIANS", True, "Russia"),
    ("a strike on Sevastopol's port wounded 4", True, None),  # a possessive: no place held
    ("4 were hurt in the Luhansk region", True, None),  # the region: not the held republic
    ("Mr Crimeanson said 4 died", True, None),  # the word inside a name: looked at, not held
]


@pytest.mark.parametrize("sentence,may,side", HELD_GATE)
def test_held_side_gate(sentence, may, side):
    from tollbook.extract.implied import _may_name_held, held_side
    assert _may_name_held(sentence) is may
    at = next(i for i, c in enumerate(sentence) if c.isdigit())
    assert held_side(sentence, at, at + 1) == side


def test_held_gate_passes_every_held_place():
    """The gate lets through every name the "held" table knows, in any case."""
    from tollbook.extract.implied import _held_in, _may_name_held, _table
    for name, holder in _table()["held_by"].items():
        for written in (name, name.upper(), name.title()):
            sentence = f"3 were killed in {written} on Monday"
            assert _may_name_held(sentence), written
            assert _held_in(sentence, 0, len(sentence)) == holder, written


# (text, whether it names a side of a known conflict)
NAMES_A_SIDE = [
    ("Two people were shot in Ohio", False),
    ("Russian forces shelled the town", True),
    ("RUSSIAN FORCES SHELLED THE TOWN", True),
    ("shelled by the AFU overnight", True),
    ("anti-Russian protesters marched", False),  # a side's word after a hyphen: not the side
    ("pro-Russian fighters", True),  # the side's own hyphenated word
    ("the Russianness of the town", False),  # inside a longer word
    ("a strike near Kyiv's airport", True),
    ("Kyiv\u2019s airport", True),
    ("Ukraine", True),
    ("the Kremlin, said officials", True),
    ("Mr Kievson said", False),
    ("Ukrain\u0130an soldiers", True),  # a letter lower case does not match alike: read as written
]


@pytest.mark.parametrize("text,expected", NAMES_A_SIDE)
def test_names_a_side(text, expected):
    from tollbook.extract.implied import _any_side_lowered, _patterns, names_a_side
    assert _any_side_lowered() is not None
    assert names_a_side(text) is expected
    assert names_a_side(text) is bool(_patterns()["any_side"].search(text))  # the pattern as written


# documents: whether one of their sentences may name a held place is asked of the whole
# document once (may_name_held); where it says no, no sentence of it does
HELD_DOCUMENTS = [
    "Two people were killed in Kharkiv.\nA third died later, officials said.",
    "Shelling of Donetsk killed 3 civilians. Officials in Kyiv said so.",
    "SHELLING OF HORLIVKA KILLED 3 CIVILIANS.\nTHE CITY WAS QUIET.",
    "ΣΑΚΙ: blasts at the base in Saky wounded 4. Ukraine said nothing.",
    "İzmir: two died in a crash. Police in Sakı said one was a driver.",  # no lower case of its own
    "A strike on Sevastopol's port wounded 4.",
    "Nothing held here: 5 died in Odesa.",
]


@pytest.mark.parametrize("text", HELD_DOCUMENTS)
def test_a_document_asked_once_for_a_held_place(text):
    from tollbook.extract.implied import _may_name_held, held_side, may_name_held
    from tollbook.extract.sentences import split_sentences
    doc_may = may_name_held(text)
    assert doc_may is may_name_held(text, text.lower())
    for s in split_sentences(text):
        assert doc_may or not _may_name_held(s.text), s.text
        if not doc_may:
            assert all(held_side(s.text, i, i + 1) is None for i in range(len(s.text)))
