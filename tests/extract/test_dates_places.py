import datetime as dt
import re

import pytest

from tollbook.extract.dates import after_event, as_of, infer_published, period
from tollbook.resolve import find_location
from helpers import claims_of

THU = dt.date(2022, 3, 3)


@pytest.mark.parametrize("sentence,want", [
    ("Five people were killed on Thursday.", "2022-03-03"),  # same weekday as the article: that day
    ("Five people were killed on Tuesday.", "2022-03-01"),
    ("Five people were killed yesterday.", "2022-03-02"),
    ("On March 2, the toll rose to 40.", "2022-03-02"),
    ("By 28 February, 352 civilians had died.", "2022-02-28"),
    ("Twelve were hurt.", "2022-03-03"),
])
def test_as_of(sentence, want):
    assert as_of(sentence, THU).isoformat() == want


PUB = dt.date(2022, 6, 30)
AFTER = [
    # counted from the last date the story wrote before the sentence
    ("Two days after the attack, officials said 14 were dead.", "The depot was hit on May 2.", dt.date(2022, 5, 4)),
    ("About a week after the strike, the council put the toll at 90.", "It was struck on 16 March. Rescue went on.", dt.date(2022, 3, 23)),
    ("A month later, the ministry said 40 had died.", "The siege began on April 1.", dt.date(2022, 5, 1)),
    # a date of its own wins; nothing written before, or a sum past publication, gives nothing
    ("Two days after the attack, on May 9, officials said 14 were dead.", "The depot was hit on May 2.", None),
    ("Two days after the attack, officials said 14 were dead.", "The depot was hit overnight.", None),
    ("Ten days later, officials said 14 were dead.", "The depot was hit on June 25.", None),
    # "since" starts a period: not the event counted from
    ("A week later the toll was 12.", "Fighting has raged since March 3.", None),
]


@pytest.mark.parametrize("sentence,before,want", AFTER, ids=[a[0][:40] for a in AFTER])
def test_a_date_counted_from_the_event_told_before(sentence, before, want):
    text = before + " " + sentence
    assert after_event(sentence, text, len(before) + 1, PUB) == want


def test_since_the_invasion_starts_the_period():
    p = period("498 soldiers died since the invasion began.", "russia invaded ukraine", THU)
    assert (p.start, p.end) == ("2022-02-24", "2022-03-03")
    assert period("498 soldiers died since the invasion began.", "an unrelated war", THU).start is None


def test_dateline_weekday_with_month_and_day():
    assert infer_published("Kyiv, Thursday (3/3), officials said") == THU


@pytest.mark.parametrize("sentence,name,country", [
    ("Shelling of Kharkov killed 4.", "Kharkiv", "Ukraine"),
    ("Fighting near Kiev left 10 dead.", "Kyiv", "Ukraine"),
    ("A blast in Kunduz province killed two.", "Kunduz", "Afghanistan"),
    ("Three died in Ukraine.", "Ukraine", "Ukraine"),
    ("Three died, the Police said.", None, None),
    # a preposition is a whole word: not the end of "cabin" or "photo"
    ("Two died at a cabin Kharkiv families rent.", None, None),
    ("A photo Kharkiv residents shared showed two dead.", None, None),
    ("Donations poured into Kharkiv after two died.", "Kharkiv", "Ukraine"),
    # a name right after the shortest opening ("in X"); no capital after the first word: no place
    ("at Kyiv two died.", "Kyiv", "Ukraine"),
    ("two died in the old town on the river.", None, None),
    # a sentence may open with the preposition ("In the Odesa region, …"), not a word holding it
    ("In the Odesa region, a drone wounded two.", "Odesa", "Ukraine"),
    ("Near Bakhmut, two soldiers died.", "Bakhmut", "Ukraine"),
    ("Inside Kharkiv's metro, two died.", None, None),
    # ... but where the story stands gives way to where the dead were, and to any other place named
    ("In Kyiv, officials said a drone killed three in Belgorod.", "Belgorod", "Russia"),
    ("Near Bakhmut, troops shelled the hamlet of Zarichne Pole, killing five.", None, None),
    # ... but a capital after "in" that is no place leaves it be
    ("In Kherson, two people were killed in Monday's shelling.", "Kherson", "Ukraine"),
    # a town named before a US state is that state's, not a namesake abroad
    ("In Odessa, Texas, a gunman killed two.", "Odessa", "United States"),
    ("A gunman killed two in Odessa, Texas, on Sunday.", "Odessa", "United States"),
    # ... only a state's name that ends its phrase, and not Georgia's own towns
    ("Two died in Kharkiv, Washington-based analysts said.", "Kharkiv", "Ukraine"),
    ("In Tbilisi, Georgia, a blast killed two.", "Tbilisi", "Georgia"),
    # a place's name that names a unit is not where anyone was ("of the Azov brigade": not Azov in Russia)
    ("Two died, a medic of the Azov brigade said.", None, None),
    ("Two died, a medic of the Azov Brigade said in Kharkiv.", "Kharkiv", "Ukraine"),
    ("Two died, a spokesman for the Donbas battalion said.", None, None),
    # a country's possessive before its war, attack or army owns it: no place ("from Russia's
    # invasion"); the place named after it is read instead; "in Russia's Kursk region" still is
    ("News on Russia's war in Ukraine: two died overnight.", "Ukraine", "Ukraine"),
    ("Two soldiers died in Kyiv's offensive this week.", None, None),
    ("Two soldiers died from Russia's shelling, officials said.", None, None),
    ("A drone killed two in Russia's Kursk region.", "Russia", "Russia"),
    ("Shelling killed two in Russia's south.", "Russia", "Russia"),
    # a capitalised article or an outlet's initials is no place: GeoNames lists airport codes
    # and English words among a city's names, which the gazetteer leaves out
    ("Two were hurt in the blast, according to The Associated Press.", None, None),
    ("Three people died, according to NBC News.", None, None),
    ("Two officers of the GRU were killed.", None, None),
    ("Relatives of the two men killed gathered at Soul Food Kitchen on Monday.", None, None),
    ("A soldier from Gold Star Company was wounded.", None, None),
    ("Two were shot near Luck Avenue overnight.", None, None),
    # ... its old and transliterated spellings stay, and an abbreviation news uses
    ("Two people died in Kiev overnight.", "Kyiv", "Ukraine"),
    ("A gunman wounded three in NYC on Friday.", "New York City", "United States"),
    ("Shelling killed two in Zaporozhye.", "Zaporizhzhya", "Ukraine"),
    # of two towns of one name, one ten times the other's size is the one news means
    ("A gunman killed two in Las Vegas on Sunday.", "Las Vegas", "United States"),
    ("An air strike killed two in Damascus.", "Damascus", "Syria"),
    # ... a US state's short form after a town keeps the American town; an English name kept
    ("A man was shot dead in Melbourne, Fla., police said.", "Melbourne", "United States"),
    ("A stampede in Mecca killed 70 pilgrims.", "Makkah", "Saudi Arabia"),
    # a settlement a people's word places; near a country is outside it
    ("Three dead after shelling in a Russian border town near Ukraine.", "Russia", "Russia"),
    ("Drones hit a depot near Russia on Monday, killing two.", None, None),
    # ... but a place of the country named after "near" still is ("near Ukraine's capital")
    ("A drone killed two near Ukraine's Pokrovsk.", "Ukraine", "Ukraine"),
    # a country someone came from or went to is no place of what the sentence tells; a town is
    ("Shelling killed six in the city as envoys met counterparts from Russia in Belarus.", "Belarus", "Belarus"),
    ("Rockets killed six, hours before a convoy of aid to Ukraine set off.", None, None),
    ("Six evacuees from Mariupol were killed on the road.", "Mariupol", "Ukraine"),
    ("A convoy bound to Ukraine's Zaporizhzhia was shelled, killing six.", "Ukraine", "Ukraine"),
    ("Six children were killed in the war, and many were taken to Russia.", None, None),
    # ... and no settlement is placed by the occupier's word ("a Russian occupied city")
    ("A glide bomb killed five in the Russian occupied city.", None, None),
])
def test_places(sentence, name, country):
    loc = find_location(sentence)
    assert (loc.name if loc else None, loc.country if loc else None) == (name, country)


def test_a_story_s_lead_may_be_placed_by_where_someone_went():
    # what a lead is about: "a tribute to Ukraine" (claims read the first sentences so)
    assert find_location("The singer paid a tribute to Ukraine on Sunday.") is None
    assert find_location("The singer paid a tribute to Ukraine on Sunday.", went=True).country == "Ukraine"


@pytest.mark.parametrize("text,stance", [
    ("The ministry denied reports that 300 soldiers were killed.", "denied"),
    ("As many as 40 people may have died in the fire.", "hedged"),
    ("Forty people died in the fire, officials said.", "asserted"),
])
def test_stance(text, stance):
    assert claims_of(text)[0].stance == stance


def test_same_claim_twice_is_one_record():
    text = ("Nine miners were killed in the collapse, the company said.\n\n"
            "Rescuers worked through the night.\n\nThe company said nine miners were killed.")
    (c,) = claims_of(text)
    assert c.value == 9 and len(c.evidence) == 2


def test_different_victims_with_the_same_figure_stay_apart():
    text = "A man was killed in the first attack. Hours later a woman was killed in a second attack."
    assert [c.victims.text for c in claims_of(text)] == ["man", "woman"]


def test_two_parties_figures_are_never_one_inside_the_other():
    from helpers import claims_of
    text = ("Ukraine's General Staff said 7,000 Russian soldiers had been killed.\n\n"
            "The Russian Defence Ministry said 498 Russian soldiers had been killed.")
    claims = claims_of(text)
    assert [c.value for c in claims] == [7000, 498]
    assert all(c.part_of is None for c in claims)


def test_a_claim_counted_from_the_event_is_dated_then_not_at_publication():
    text = ("Report faults the theatre strike\n\nThe theatre was struck on March 16, the government said. "
            "About a week after the attack, the city council said the death toll was around 300.")
    (c,) = claims_of(text, published="2022-06-30")
    assert (c.value, c.period.end) == (300, "2022-03-23")


@pytest.mark.parametrize("sentence,want", [
    # "since <date>, when it said": the date the figure was given
    ("It has not updated its figures since 25 March, when it said that 1,351 soldiers had been killed.", "2022-03-25"),
    # the war's start after "invasion of <country> on" starts the period, never dates the figure
    ("The toll rose to 12 since the invasion of Ukraine on 24 February.", "2022-06-06"),
])
def test_as_of_of_a_figure_given_on_a_date_it_was_last_updated(sentence, want):
    assert period(sentence, sentence.lower(), dt.date(2022, 6, 6)).end == want


@pytest.mark.parametrize("text,want", [
    # a day of a written date is no count
    ("Since Russia invaded on 24 February, at least 4,031 civilians have been killed, the UN said.", [4031]),
    ("The strike on March 3 killed 9 people, officials said.", [9]),
    # an epidemic's cases and deaths are no casualties of violence
    ("The agency has recorded over 83,000 mpox cases and 66 deaths.", []),
    ("Shelling killed 5 people near a Covid hospital, the mayor said.", [5]),
])
def test_figures_that_are_no_casualty_counts(text, want):
    assert [c.value for c in claims_of(text)] == want


def test_two_figures_at_two_named_towns_are_two_claims():
    text = ("Shelling hit a brewery in Donetsk, killing one person, the separatist authorities said. "
            "Elsewhere, blasts at the air base near Saky killed one person.")
    assert [c.location.name for c in claims_of(text)] == ["Donetsk", "Saky"]


@pytest.mark.parametrize("sentence,want", [
    # a month named with "in" that ended before the story dates the figure to its last day
    ("The same region was struck before and five were wounded in an attack in March.", "2022-03-31"),
    ("Four died in a raid in December.", "2021-12-31"),
    # the story's own month, or a month after it, dates nothing
    ("Four died in a raid in April.", "2022-04-18"),
])
def test_a_past_month_dates_a_figure(sentence, want):
    assert as_of(sentence, dt.date(2022, 4, 18)).isoformat() == want


@pytest.mark.parametrize("written", ["on March 3, 2022", "the 3rd of March", "2022-03-03", "3/3/2022", "Sept. 30"])
def test_every_written_date_holds_a_digit(written):
    # a sentence without a digit is not searched for dates: every date pattern needs one
    from tollbook.extract.dates import _DATE_PATTERNS

    assert any(rx.search(written) for rx in _DATE_PATTERNS)
    spelled = written.translate(str.maketrans("0123456789", "oizeasbtgn"))
    assert not any(rx.search(spelled) for rx in _DATE_PATTERNS)


@pytest.mark.parametrize("written", ["on March 3, 2022", "the 3rd of March", "2022-03-03", "3/3/2022", "Sept. 30", "in late May",
                                     "in December", "yesterday", "tonight", "this morning", "on Monday", "last week",
                                     "two days later", "a week after the strike", "a month later"])
def test_every_written_date_holds_the_words_it_is_looked_for_by(written):
    # a date pattern runs only over a sentence holding what its matches hold (a month's first
    # letters, a relative day, a unit of time): each pattern that finds the date is let run
    from tollbook.extract import dates as d

    month, relative, unit = d._holds(f"Four were killed {written}.")
    low = written.lower()
    assert not any(rx.flags & re.IGNORECASE for rx in d._DATE_PATTERNS_LOW)  # read on the lower-cased text
    for rx, go in zip(d._DATE_PATTERNS_LOW, ("-" in low, month, month, "/" in low)):
        assert go or not rx.search(low)
    assert month or not (d._PART_OF_MONTH.search(written) or d._IN_MONTH.search(written))
    assert relative or not d._RELATIVE.search(written)
    assert unit or not d._AFTER_EVENT.search(written)


@pytest.mark.parametrize("sentence,want", [
    # capitals, and letters whose lower case is not what a case-insensitive pattern matches
    ("ON MARCH 2, THE TOLL ROSE TO 40.", "2022-03-02"),
    ("On March 2 in İzmir, the toll rose to 40.", "2022-03-02"),
    ("Five people were killed on TUESDAY.", "2022-03-01"),
])
def test_dates_in_any_case(sentence, want):
    assert as_of(sentence, THU).isoformat() == want


# (sentence counting from the event told before, the date it gives, or None)
AFTER_EVENT = [
    ("About a week after the attack, the council said 12 had died.", "2022-03-23"),
    ("Two days later, officials said 12 had died.", "2022-03-18"),
    ("TWO DAYS LATER, officials said 12 had died.", "2022-03-18"),
    ("Two days after that, 12 had died.", "2022-03-18"),
    ("Days passed and 12 had died.", None),  # a unit of time, but no "after" or "later"
    ("Officials said 12 had died.", None),
]


@pytest.mark.parametrize("sentence,expected", AFTER_EVENT)
def test_dates_counted_from_the_event_before(sentence, expected):
    import datetime as dt
    from tollbook.extract.dates import _AFTER_WORDS, after_event
    assert _AFTER_WORDS == ("after", "later")
    before = "A missile struck the theatre on March 16. "
    got = after_event(sentence, before + sentence, len(before), dt.date(2022, 4, 1))
    assert (got.isoformat() if got else None) == expected


@pytest.mark.parametrize("sentence,digits,want", [
    ("Since the attack on 24 February, 300 people have died.", "24", True),
    ("Since March 3, 300 people have died.", "3", True),
    ("SINCE THE ATTACK ON 24 FEBRUARY, 300 PEOPLE HAVE DIED.", "24", True),
    ("Since the attack 24 people have died.", "24", False),
    ("Since the 24 March attacks, 300 people have died.", "300", False),  # not a day: past 31
])
def test_a_day_of_a_written_date_is_no_count(sentence, digits, want):
    from tollbook.extract.dates import is_day_of_month
    start = sentence.index(digits)
    assert is_day_of_month(sentence, start, start + len(digits)) is want
