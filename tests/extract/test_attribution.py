import pytest

from tollbook.extract.attribution import attribution_phrases, relay_marks, relays
from helpers import claims_of

# (sentence, first claimant phrase or None)
PHRASES = [
    ("Five soldiers were killed, the army said on Monday.", "the army"),
    ("Twelve people died, according to the regional governor.", "the regional governor"),
    ("The health ministry said 40 people had been injured.", "The health ministry"),
    ("“Seven of our men were wounded,” a battalion commander told reporters.", "a battalion commander"),
    ("The monitoring group's latest report said 300 civilians had died.", "The monitoring group"),
    ("Three people were killed in the crash, said Anna Petrova.", "Anna Petrova"),
    ("Enemy losses reached 45 people in a day, reported in the republic", "the republic"),
    ("Police: Two dead after a shooting at a bar", "Police"),
    ("North: two villages shelled overnight", None),
    ("Heavy casualties reported in the fighting", None),
    ("The monitoring mission has documented 310 civilian deaths since March.", "The monitoring mission"),
    ("Three people were killed in the crash on Monday.", None),
    ("It is believed that many more died in the fire.", None),
]


@pytest.mark.parametrize("sentence,who", PHRASES, ids=[p[0][:40] for p in PHRASES])
def test_attribution_phrase(sentence, who):
    got = attribution_phrases(sentence)
    assert (got[0].text if got else None) == who


def test_relays_name_the_agency():
    assert relays("Quoted from TASS, the ministry said ...") == ("TASS",)
    assert relays("Reporting by our correspondent in Kyiv.") == ()


# (text, (outlet, whether it relays the whole text) of each relay): a credit of the text itself
# relays every figure; "according to X" or "told X" only its own sentence's; a picture's credit none
RELAY_MARKS = [
    ("Launched from Sputnik, on Thursday the institute said twelve people died.", [("Sputnik", True)]),
    ("Twelve people died in the blast, according to CNN.", [("CNN", False)]),
    ("An aide to the minister told the BBC that the talks had stalled.", [("BBC", False)]),
    ("Via Reuters\n\nTwelve people died in the blast on Monday, officials said.", [("Reuters", True)]),
    ("Twelve people died in the blast, officials said. This story was first reported by AFP.", [("AFP", True)]),
    ("Smoke rises over the port. (Planet Labs via AP) Twelve people died in the blast.", []),
    ("Photo via Reuters. Twelve people died in the blast.", []),
]


@pytest.mark.parametrize("text,want", RELAY_MARKS, ids=[t[:30] for t, _ in RELAY_MARKS])
def test_relay_marks_say_what_each_relay_covers(text, want):
    assert [(r.name, r.whole) for r in relay_marks(text)] == want


# (text, (claimant name, affiliation, kind, person) of the last claim)
RESOLVED = [
    ("Ukraine's General Staff said 1,200 Russian soldiers had been killed in the past day.",
     ("General Staff of the Armed Forces of Ukraine", "Ukraine", "military", None)),
    ("Defence Ministry spokesman Igor Konashenkov spoke on Friday. He said 63 Ukrainian servicemen were captured.",
     ("Russian Ministry of Defence", "Russia", "military", "Igor Konashenkov")),
    ("A Ukrainian official said 14 civilians were killed in the shelling. Two more died later, they added.",
     ("Ukrainian official (unnamed)", "Ukraine", "official", None)),
    ("US officials estimate that 7,000 Russian troops have died.", ("US officials", "United States", "official", None)),
    ("The Russian Defence Ministry briefed reporters. Later the ministry said 12 drones were shot down.",
     ("Russian Ministry of Defence", "Russia", "military", None)),
    ("Battles with the forces of the LPR went on. Enemy losses reached 45 people in a day, the republic reported.",
     ("Luhansk People's Republic", "Russia", "government", None)),
    # a group the story defined by its backer, then named bare (an accent typed for the apostrophe)
    ("The town has been held by Kremlin-backed rebels since 2015. A shell hit a school, killing two pupils, "
     "the rebels\u00b4 health department said.",
     ("Rebels’ health department", "Russia", "government", None)),
]


def test_a_bare_group_defined_two_ways_has_no_side():
    text = ("Russia-backed militias and pro-Kyiv militias clashed. Five fighters died, the militia commander said.")
    assert claims_of(text)[-1].claimant.affiliation is None


@pytest.mark.parametrize("text,want", RESOLVED, ids=[r[0][:40] for r in RESOLVED])
def test_claimant_resolved_across_sentences(text, want):
    c = claims_of(text)[-1].claimant
    assert (c.name, c.affiliation, c.kind, c.person) == want


def test_outlet_voice_when_nobody_is_named():
    (c,) = claims_of("Three people were killed in a crash on the highway.", outlet="Daily Example")
    assert (c.claimant.name, c.claimant.kind) == ("Daily Example", "media")


# who can be a claimant: (text, claimant name or the outlet) in our own words
WHO = [
    # a party named with its side's word and a place: a speaker
    ("Moscow-backed separatists in the region said an attack killed 12 prisoners.", "Moscow-backed separatists in the region"),
    # a thing is no speaker: the outlet's own voice
    ("One such image showed that 40 people were killed.", "Example Wire"),
    # a person by kinship is a speaker
    ("The boy's mother said two of her sons were killed.", "Boy's mother"),
    # in a story's body, a figure blamed on one side's weapons is still the outlet's own voice
    ("Shelling continued\n\nThe front held. Supplies ran short. Roads were mined. Crews rotated. Rain fell. "
     "A video suggesting Ukrainian missiles were behind the attack, where 52 people were killed, is fake.", "Example Wire"),
]


@pytest.mark.parametrize("text,name", WHO, ids=[w[0][:40] for w in WHO])
def test_who_can_speak(text, name):
    from helpers import claims_of
    got = [c.claimant.name for c in claims_of(text, outlet="Example Wire")]
    assert got and all(g == name for g in got)


def test_a_state_outlet_speaks_for_its_state():
    from helpers import claims_of
    (c,) = claims_of("Eleven people were killed at a training ground, Russia's state news agency TASS reported.",
                     outlet="Example Wire")
    assert (c.claimant.name, c.claimant.kind, c.claimant.affiliation) == ("TASS", "media", "Russia")


def test_a_military_base_attacked_is_no_blame():
    from helpers import claims_of
    (c,) = claims_of("Death toll in shooting at Russian military base rises to 22, reports claim", outlet="Example Wire")
    assert (c.value, c.claimant.affiliation, c.claimant.implied) == (22, None, False)


def test_it_is_the_country_a_sentence_opens_with_not_one_named_as_a_place():
    text = ("Russia keeps military deaths secret and has not updated its casualty figures in Ukraine "
            "since 25 March, when it said that 1,351 Russian soldiers had been killed.")
    (c,) = claims_of(text)
    assert (c.claimant.text, c.claimant.affiliation) == ("it", "Russia")


@pytest.mark.parametrize("sentence", [p[0] for p in PHRASES] + [
    "Two soldiers killed in shelling - Defence Ministry",
    "Police: Two dead after a shooting, the mayor said - local media",
    # no dash or colon: none (the lead needs a colon, the trailer a dash or a colon)
    "Police say two dead after a shooting",
    "Two soldiers killed in shelling, Defence Ministry says",
    "",
])
def test_headline_phrases_are_the_headline_ones_of_all(sentence):
    # the headline-only pass finds exactly the headline phrases of the full pass, in its order
    full = [a for a in attribution_phrases(sentence) if a.headline]
    assert attribution_phrases(sentence, headline_only=True) == full


REPORTS = [
    # an unnamed report is the one party the story credits with its other counts
    ("A missile hit a mall in Kremenchuk. Kyiv said the strike killed and injured many civilians. "
     "According to the latest casualty report, 20 people were killed.", ("Ukraine", True)),
    # no party in the story: the outlet's own voice
    ("A missile hit a mall. According to the latest casualty report, 20 people were killed.", (None, False)),
    # two parties: none is credited
    ("Kyiv said the strike killed many civilians. Moscow said it killed dozens of soldiers. "
     "According to the latest report, 20 people were killed.", (None, False)),
]


@pytest.mark.parametrize("text,want", REPORTS, ids=[r[0][-60:] for r in REPORTS])
def test_an_unnamed_report_is_the_party_the_story_credits(text, want):
    c = [c for c in claims_of(text, outlet="Wire") if c.value == 20][0].claimant
    assert (c.affiliation, c.implied) == want


@pytest.mark.parametrize("text", [
    "Quoted from TASS, the ministry said. According to REUTERS, and citing the bbc",
    "Launched from Sputnik. The governor told Interfax-Ukraine that nine died, reports Ukrinform.",
    "Two died, the AP reporter said; relayed by the Associated Press",
])
def test_relays_read_alike_lower_cased_or_not(text):
    # text is searched lower-cased, unless it holds a letter whose lower case a regex does not
    # match as it does case-insensitively (the dotless "ı" of Bakı): then as it is
    assert relays(text) == relays(text + " Bakı") == relays(text + " Kyïv")
    assert relays(text)


def test_it_opening_a_sentence_is_the_country_that_opened_the_one_before():
    text = ("The Russian military denied the killings. Ukraine has opened an investigation into the town. "
            "It says 410 bodies have been found.")
    (c,) = claims_of(text)
    assert (c.claimant.text, c.claimant.affiliation) == ("It", "Ukraine")


@pytest.mark.parametrize("sentence,who", [
    ("Two soldiers killed in shelling - Defence Ministry", ["Defence Ministry"]),
    ("Two soldiers killed in shelling\u00a0\u2014\u00a0operations command  ", ["operations command"]),
    ("Four dead in blast :   officials", ["officials"]),
    # only the last mark can open a trailer: the words after it hold no other
    ("Kharkiv - two killed: regional governor", ["regional governor"]),
    ("Shelling: two killed - in Kharkiv.", []),
    ("Two killed in shelling, officials said", []),
])
def test_a_headline_trailer_follows_the_last_dash_or_colon(sentence, who):
    assert [a.text for a in attribution_phrases(sentence, headline_only=True)] == who


# (sentence, where a headline's trailer may start: the whitespace before its last dash or colon)
TRAILER_STARTS = [
    ("Two soldiers killed - Defence Ministry", len("Two soldiers killed")),
    ("Two killed – ministry: update", len("Two killed – ministry")),  # the last mark, no space before it
    ("Police: two dead", len("Police")),
    ("Pro-Russian forces shelled the town", len("Pro")),
    ("Two soldiers killed —  ", len("Two soldiers killed")),
    ("No mark at all", None),
    ("", None),
]


@pytest.mark.parametrize("sentence,start", TRAILER_STARTS)
def test_where_a_trailer_may_start(sentence, start):
    from tollbook.extract.attribution import _trailer_start

    assert _trailer_start(sentence) == start


# a headline's own phrases where the sentence's last mark decides: a trailer ends the line,
# so a line ending in a full stop or a semicolon has none, but "Police: …" opens it whatever ends it
HEADLINE_ENDS = [
    ("Two soldiers killed in shelling - Defence Ministry", ["Defence Ministry"]),
    ("Two soldiers killed in shelling - Defence Ministry.", []),
    ("Two soldiers killed in shelling - Defence Ministry  \n", ["Defence Ministry"]),
    ("Three wounded in Kharkiv: governor", ["governor"]),
    ("Three wounded in Kharkiv: governor;", []),
    ("Three wounded in Kharkiv – regional governor (updated)", []),
    ("Two dead after a shooting -   ", []),
    ("Police: Two dead after a shooting.", ["Police"]),
]


@pytest.mark.parametrize("sentence,want", HEADLINE_ENDS)
def test_a_trailer_ends_the_line_a_lead_opens_it(sentence, want):
    assert [a.text for a in attribution_phrases(sentence, headline_only=True)] == want
    assert [a.text for a in attribution_phrases(sentence) if a.headline] == want


# (text, the claimant's words, its side): a source named by what the person does, not by an
# office, speaks for no side; a state outlet's side is not given to the figure it quotes
OWN_VOICE = [
    ("According to the retired analyst, roughly 8,000 soldiers died in the spring.", "the retired analyst", None),
    ("A military historian said 8,000 soldiers died in the spring.", "A military historian", None),
    ("The blogger wrote that 8,000 soldiers died in the spring.", "The blogger", None),
]


@pytest.mark.parametrize("text,words,side", OWN_VOICE, ids=[o[1] for o in OWN_VOICE])
def test_a_source_of_no_office_is_no_outlet_s_voice(text, words, side):
    (c,) = claims_of(text, outlet="RT")
    assert (c.claimant.text, c.claimant.affiliation) == (words, side)
