"""Claimants: the document-wide tests the claimant stage makes, against the functions they stand for."""
import pytest

from tollbook.extract.claimants import _Sources, _source_claimant, _speaker
from tollbook.extract.recall import _Context
from tollbook.extract.implied import names_a_side
from tollbook.extract.sentences import split_sentences

# (text, whether it names a side of a known conflict: the parser is spent on it)
AT_WAR = [
    ("Ukrainian forces shelled the town. Two died.", True),
    ("Two died, the Kremlin said.", True),
    ("A pro-Russian official said two died.", True),
    ("The DPR said so; RUSSIANS too.", True),
    ("Shelling near Kyiv’s outskirts killed two.", True),
    ("Prussia and Ukrainianness are no side.", False),  # inside a word, or running on after it
    ("Anti-Russian protests; a non-Ukrainian.", False),  # a hyphen before the word
    ("Police said two people were shot in Ohio.", False),
    # letters whose lower case is not what case-insensitivity matches: the pattern reads the text
    ("İstanbul talks: Russia said two died.", True),
    ("İstanbul talks: two died.", False),
    ("", False),
]


@pytest.mark.parametrize("text,expected", AT_WAR)
def test_a_story_is_at_war_where_it_names_a_side(text, expected):
    assert names_a_side(text) is expected
    assert _Sources(text, split_sentences(text)).at_war is expected


# (text, the figure, the cue of the attribution that holds it, or None)
COVERING = [
    # its own sentence's cue: the sentence after is not needed
    ("Twelve soldiers died, the ministry said. He added that talks went on.", "Twelve", "said"),
    # the sentence after says it (", she said." with nothing before it) ...
    ("Twelve soldiers died in the attack. She said.", "Twelve", "said"),
    # ... but not where words before its speaker are what is said
    ("Twelve soldiers died in the attack. That is what the governor said.", "Twelve", None),
    # a quotation closed two sentences later by its speaker
    ("“We lost twelve men. Two more died later” in the shelling, the colonel said.", "twelve", "said"),
    # its own cue holds the whole sentence's words after it; a later one holds more
    ("Police said twelve people died. “It was awful,” she said.", "twelve", "said"),
    ("Twelve people died in the fire on Monday.", "Twelve", None),
    # its own cue's content runs back over a long quotation: the short "She said." after it
    # holds less, and is read
    # a quotation opened in its sentence and closed two later: that one is read
    ("“We lost twelve men. It was hard. Two more died” there, the colonel said.", "twelve", "said"),
    # one opened after its sentence and closed later holds only what follows its opening
    ("Twelve soldiers died. “We fought. It was hard,” the colonel said.", "Twelve", None),
    ("Twelve soldiers died. “We fought. It was hard. We left,” the colonel said.", "Twelve", None),
    ("“We lost four men in the long and bitter fighting for the village near the river crossing last week. "
     "Twelve died” there, the colonel said. She said.", "Twelve", "said"),
]


@pytest.mark.parametrize("text,figure,cue", COVERING)
def test_the_innermost_attribution_is_found_without_reading_further(text, figure, cue):
    sentences = split_sentences(text)
    start = text.index(figure)
    k = next(i for i, s in enumerate(sentences) if s.start <= start < s.end)
    lazy, full = _Sources(text, sentences), _Sources(text, sentences)
    full._sentence(k)  # every attribution that may reach it read first
    got = lazy._innermost(k, start, start + len(figure))
    assert got == full._innermost(k, start, start + len(figure))
    # the same given the text lower-cased, as claim extraction gives it
    assert _Sources(text, sentences, text.lower())._innermost(k, start, start + len(figure)) == got
    assert (text[got.cue.start:got.cue.end] if got else None) == cue
    if text.endswith("She said."):
        assert text[got.source.start:got.source.end] == "She"


# (text, the party the claim of "12 soldiers" is credited to): a pronoun or a role word takes
# the nearest party before it that fits, however many are named before that
RESOLVED = [
    # "officials" are a body's people, not the resident heard last
    ("Officials said the depot burned. The fire raged all night, a resident added. Officials said 12 workers were hurt.",
     "Officials"),
    # a quotation never closed runs on over no sentence: the speakers after it are not its own
    ("The mayor said: “The town was shelled at night. Twelve people were killed, the regional governor said.", "Example Wire"),
    # two people of one surname: which one speaks is not said
    ("Ivan Sirko, a spokesman for Ukraine's navy, spoke at the pier. Olena Sirko, a teacher, listened. “Twelve sailors died,” Sirko said.",
     "Sirko"),
    # a person's name that is also a group's short name is the person's
    ("Wagner, a spokesman for the German interior ministry, said 12 people were killed.",
     "Spokesman for the German interior ministry (unnamed)"),
    # a surname speaker the story introduced with a description that names a side: that party
    ("Ivan Sirko, a spokesman for Ukraine's navy, spoke at the pier. “Twelve sailors died,” Sirko said.",
     "Spokesman for Ukraine's navy"),
    # ... not one whose description names no side (a bare title would take the story's country's)
    ("President Ivan Sirko spoke at the pier in Kyiv. “Twelve sailors died,” Sirko said.", "Sirko"),
    # a group's armed or military wing speaks, as a military
    ("Talks stalled. The armed wing said 12 soldiers were killed in the ambush.", "Armed wing"),
    # a body's own press office speaks for the body, not as media; a junta is a military's
    ("Troops killed 12 insurgents in a raid, the navy's media office said.", "Navy's media office"),
    ("The country's junta said 12 rebels died in the fighting.", "Country's junta"),
    # another's "put the figure at" a value of their own does not take the figure before it
    ("Kyiv says 12 soldiers died, while analysts put the figure at about half that.", "Ukrainian government"),
    # a speaker made long by the place it serves is still a speaker
    ("The head of the Russian-installed council in the Kherson region said 12 soldiers were killed.",
     "Head of the Russian-installed council in the Kherson region"),
    # a think tank by its short name, a group by its chief's title, an independent outlet
    ("ISW said 12 soldiers were killed in the failed assault.", "Institute for the Study of War"),
    ("The Wagner boss said 12 of his fighters died in the town.", "Wagner Group"),
    ("Mediazona said it had confirmed the names of 12 soldiers killed.", "Mediazona"),
    # officials the tables know by name speak for their body
    ("Prigozhin said 12 of his fighters were killed near the town.", "Wagner Group"),
    ("Gladkov said on Telegram that 12 people were hurt.", "Russian regional authorities"),
    ("Budanov said 12 saboteurs were captured.", "Ukrainian Ministry of Defence"),
    # a quotation a cue opens runs on over the sentences after it, to its closing mark
    ("The mayor said: “Two homes burned. Twelve people were hurt in the blaze.”", "Mayor"),
    ('The mayor said: "Two homes burned. Twelve people were hurt in the blaze."', "Mayor"),
    # ... not past it, nor where the marks are mixed up (a quotation closed by a straight mark)
    ("The mayor said: “Two homes burned.” Twelve people were hurt in the blaze.", "Example Wire"),
    ('The mayor said: “Two homes burned" on Monday. Twelve people were hurt in the blaze.', "Example Wire"),
    # a clause before a participle's aside and an inverted cue is no speaker
    ("In Odesa, a Russian drone hit a school, injuring 12 people, said Oleh Kiper, head of the regional military administration.",
     "Ukrainian regional military administration"),
    # a previous count the figure is compared with is not who speaks
    ("The mayor said 12 more people died in hospital, up from 30 reported on Monday.", "Mayor"),
    # a relative clause describes the speaker, it does not name them, before the cue or after it
    ("A Russian conscript who surrendered near the river said 12 men of his platoon were killed.", "Russian conscript"),
    ("Twelve sappers died clearing the field, said a Ukrainian officer who asked not to be named.",
     "Ukrainian officer"),
    # "the ministry": the last ministry named, though a staff spoke after it
    ("Russia's Defence Ministry said the strikes hit depots. Ukraine's General Staff said the front held. "
     "The ministry said 12 soldiers were killed.", "Russian Ministry of Defence"),
    # ... and no police force, rescuers or officials of no side heard before (no body of a state)
    ("Police said 40 people were killed when a missile hit a shop in Dnipro. The ministry said 12 people were wounded.", "Ministry"),
    ("Officials said 40 people were killed when a missile hit a shop in Dnipro. The army said 12 people were wounded.", "Army"),
    ("Rescuers said 40 people were killed when a missile hit a shop in Dnipro. The ministry said 12 people were wounded.", "Ministry"),
    # ... but officials of a side, or a staff, are that side's body
    ("Russian officials said 40 Ukrainian soldiers were killed near Kupiansk. The ministry said 12 were captured.", "Russian officials"),
    ("Ukraine's General Staff said 40 Russian soldiers were killed near Kupiansk. The army said 12 were captured.",
     "General Staff of the Armed Forces of Ukraine"),
    # "it": the last body named, not the person named by surname after it
    ("Ukraine's General Staff said the front held. Zelenskyy spoke of courage. "
     "It said 12 soldiers were killed.", "General Staff of the Armed Forces of Ukraine"),
    # a pronoun with no party before it to refer to names no one (not "It" as a party)
    ("Shelling went on all night near the river. It said 12 soldiers were killed.", None),
    ("Shelling went on all night near the river. He said 12 soldiers were killed.", None),
    # ... but one inside another speaker's words in its sentence is that speaker
    ("Ukrainian prosecutors said they had confirmed the deaths of 12 soldiers.", "Ukrainian prosecutors"),
    # ... not where a group named between may be who "they" are
    ("Kyiv's officials said that once the Russian units pulled back, they reported 12 soldiers dead.", None),
    # "it" with a country bare as its sentence's subject and no party named since: that country
    ("The Kremlin said talks stalled. Ukraine has begun an inquiry. It says 12 soldiers were killed.", "Ukraine"),
    # "an official", "a spokesman": someone the story has not named, never the party named before
    ("Kremlin spokesman Dmitry Peskov said the talks had stalled. In Kherson, shelling killed 12 soldiers on "
     "Tuesday, an official said.", "Official (unnamed)"),
    ("The Defence Ministry in Moscow said its troops advanced. Shelling killed 12 soldiers near the town, a "
     "spokesman said.", "Spokesman (unnamed)"),
    # ... but "a statement" is most often the statement of the body just named
    ("Ukraine's General Staff issued its morning update. 12 soldiers were killed, a statement said.",
     "General Staff of the Armed Forces of Ukraine"),
    # a president's name as one outlet spells it; a brigade speaking of itself
    ("President Volodymyr Zelenskiy said 12 soldiers were killed.", "Ukrainian government"),
    ("The brigade said 12 soldiers were killed in the assault.", "Brigade"),
    ("Two jets collided and 12 soldiers were killed, the air force said.", "Air force"),
    # bare "officials": of a party that spoke before, not of one the story only named
    ("Kyiv and Moscow swapped prisoners on Friday. Shelling killed 12 soldiers, officials said.", "Officials"),
    # ... nor one person of no office who spoke before ("officials" are many)
    ("Four generals killed, warns retired U.S. Gen. John Miller\n\nMiller said four of the deaths had been confirmed. In the "
     "latest blow, officials confirmed on Sunday that 12 soldiers were killed in fighting, AFP reported.", "Officials"),
    ("More than 12 soldiers are missing, the ombudsman said.", "Ombudsman"),
    # "the Foreign Office" is Britain's, wherever the dead were
    ("Twelve British aid workers have been killed in eastern Ukraine, the Foreign Office said.", "UK Foreign Office"),
    # a quantity of speakers is kept in the attribution; the claimant is the people it counts
    ("Over 100 residents said 12 people were killed in the raid.", "Residents"),
    # "he" is one person: not the officials named before; the reporter who spoke is named by no
    # table, so "he" refers to no party: a nameless speaker
    ("Three civilians died in the town, according to local officials. A reporter at the scene said a school "
     "was hit. He added that 12 people were hurt.", None),
    # ... but a person named, whose title ends in a plural noun, is one person: "he"
    ("Gen. Olena Hrytsenko, commander of the marines, said three soldiers were killed. She said 12 soldiers were hurt.",
     "Commander of the marines"),
    # a speaker who neither makes nor denies a figure others report: the outlet's, unnamed reports
    ("The Kremlin's spokesman declined to comment on reports that 12 soldiers had died.", "Example Wire"),
    # "he" is the person who spoke in a sentence just before, though that one stated no figure
    ("A shell hit the harbour, Mayor Ivan Sirko wrote on Telegram. He said 12 sailors drowned.", "Mayor Ivan Sirko"),
    ("Rescuers reached the pier, Petrenko said. Twelve sailors drowned, he told reporters.", "Petrenko"),
    # ... the one who spoke, not a person only named in what he said, quoted or not
    ('President Volodymyr Zelenskiy spoke in Lviv on Monday. "Putin will not win," he said. He added that 12 soldiers died.',
     "Ukrainian government"),
    ("President Volodymyr Zelenskiy spoke in Lviv on Monday. He said Putin would not win. He added that 12 soldiers died.",
     "Ukrainian government"),
    # ... but after a speaker named in full, "he" may be either: of two sides, not said
    ("Kremlin spokesman Dmitry Peskov said Zelenskiy had lost control of his army. He said 12 Ukrainian soldiers had surrendered.",
     None),
    ("Foreign Minister Dmytro Kuleba said Sergei Shoigu had visited the front. He told the troops that 12 Ukrainian soldiers had died.",
     None),
    # ... past at most a few people named only in a quotation: which of many is meant is not said
    ('"Putin, Biden, Macron, Scholz, Erdogan, Shoigu, Lavrov, Kuleba and Peskov all lied," a villager said. '
     "He said 12 soldiers died.", None),
    # ... a person named by a role alone ("the governor"), not a body ("the ministry")
    ("The regional governor said the shelling stopped at dawn. Earlier he had said 12 people were hurt.", "Regional governor"),
    # ... only from the sentence before: further back, someone unnamed may have come between
    ("The governor of Belgorod said the region came under fire overnight. A paramedic described the scene. He said 12 people were hurt.",
     None),
    ("Foreign Minister Dmytro Kuleba said talks had stalled. The governor of Belgorod said the region came under fire overnight. "
     "A paramedic described the scene. He said 12 people were hurt.", None),
    ("The defence ministry said the shelling stopped at dawn. He said 12 people were hurt.", None),
    # ... and no one where the speaker is no one a table knows
    ('"Putin ordered the strike," a villager shouted. He said 12 soldiers died.', None),
    # ... not one who spoke two sentences before, with someone else named in between
    ("Chief Anna Berg said the pier was closed. The skipper, Tom Reed, was arrested later. He said 12 sailors drowned.", None),
    ("The Russian navy said its ships were safe. Ukrainian officials disputed that. They said 12 sailors drowned.", None),
    # "they" a body that spoke just before; not a person named by a people's word
    ("The port authority of the self-proclaimed Donetsk People’s Republic said the pier was shut. They said 12 sailors drowned.",
     "Port authority of the self-proclaimed Donetsk People’s Republic"),
    ("German, a 40-year-old docker, said the pier shook. They said 12 sailors drowned.", None),
    # "it" after a body that spoke is that body, not a party named inside what it said
    ("The Russian Defence Ministry said its jets hit a Ukrainian military depot. It said 12 soldiers died.",
     "Russian Ministry of Defence"),
    ("Ukraine's navy said it had struck the Russian Black Sea Fleet. It said 12 sailors drowned.", "Ukraine's navy"),
    # ... nor forces named in what it said ("it" is one body)
    ("The Russian Defence Ministry said Ukrainian forces attacked its posts. It said 12 soldiers died.", "Russian Ministry of Defence"),
    # ... but a party that is the subject of what was said may be "it"
    ("Ukraine's army said the Russian Defence Ministry had lied. It claimed 12 soldiers died.", "Russian Ministry of Defence"),
    # a trailing "per X" or "as reported by X" is the source only of words no one else said,
    # and "per" only of a name; not of a figure it qualifies alone
    ("Twelve sailors drowned, per harbour master Ana Ruiz.", "Harbour master Ana Ruiz"),
    ("The mayor said 12 sailors drowned, per the latest count.", "Mayor"),
    ("The mayor said 12 sailors drowned, not 9 as reported by the port.", "Mayor"),
    # a body's statement or report after an inverted cue speaks for the body
    ("Twelve sailors drowned, said the navy's statement.", "Navy"),
    # a party's report or update as a source is the party's
    ("The Ukrainian General Staff's morning update said 12 tanks were destroyed.", "General Staff of the Armed Forces of Ukraine"),
    # ... not a day's ("Tuesday's bulletin"): no party
    ("Tuesday's bulletin said 12 sailors drowned.", "Example Wire"),
    # "according to X" inside a clause: the clause's figure after it is X's ...
    ("The blast that, according to the coroner, killed 12 sailors shook the port.", "Coroner"),
    # ... but not a new clause that opens after it
    ("Nine sailors drowned, according to the coroner, and 12 fishermen are missing.", "Example Wire"),
    # ... nor inside another speaker's words, whose figure it stays
    ("The mayor said the blast, according to first reports, killed 12 sailors.", "Mayor"),
    # "according to its report" names no one of its own: the speaker whose words hold it, else
    # the party "its" refers to
    ("The Ukrainian military said Russian forces lost 12 tanks over the past day, according to its daily update.",
     "General Staff of the Armed Forces of Ukraine"),
    ("Ukraine's General Staff issued new figures. Twelve tanks were destroyed, according to its daily report.",
     "General Staff of the Armed Forces of Ukraine"),
    # an outlet's own tally or count is the outlet's claim
    ("Twelve sailors drowned, according to an AFP tally.", "AFP"),
    ("Twelve sailors drowned, according to the BBC's own count of obituaries.", "BBC"),
    # a sentence that is one quotation, right after a speaker's quotation: the same speaker goes on
    ('"The ferry capsized at dawn," the port spokesman said. "Twelve passengers drowned."', "Port spokesman"),
    ('"The ferry capsized at dawn," the port spokesman said.\n\n"Twelve passengers drowned."', "Port spokesman"),
    # ... not past a sentence of the outlet's own, nor after words not quoted
    ('"The ferry capsized at dawn," the port spokesman said. Divers arrived. "Twelve passengers drowned."', "Example Wire"),
    ('The port spokesman said the ferry capsized. "Twelve passengers drowned."', "Example Wire"),
    ('Nine sailors drowned, the port spokesman said. "Twelve more are missing."', "Example Wire"),
    # ... even where the dead are the silent side's own (no report of theirs is implied)
    ("The Kremlin declined to comment on reports that 12 Russian soldiers had died.", "Example Wire"),
    ("Asked about claims that 12 soldiers were killed, the ministry said it had no information.", "Example Wire"),
    ("A Pentagon official said he could not confirm reports that 12 soldiers were killed.", "Example Wire"),
]


@pytest.mark.parametrize("text,party", RESOLVED, ids=[str(r[1]) for r in RESOLVED])
def test_a_pronoun_or_role_takes_the_nearest_party_that_fits(text, party):
    from helpers import claims_of

    got = [c.claimant.name for c in claims_of(text, outlet="Example Wire") if c.value == 12]
    assert got == [party]


# (text, the side of a bare body's "12"): a body named by its role alone is of the latest party
# named before it, but not of one named only as a counted group (the dead, the fought)
BARE_BODIES = [
    ("Ukrainian forces killed 12 Wagner fighters, the southern command said.", "Ukraine"),
    # nor is a body named by a role a pronoun-like word stands for ("the military")
    ("Ukrainian forces killed 12 Wagner fighters near the river, the military said.", "Ukraine"),
    ("Ukraine's army killed 30 Wagner fighters. The military said 12 tanks were destroyed.", "Ukraine"),
    # (a count in capitals at a sentence's start is a count too)
    ("Four Wagner fighters were killed near the river. The defence ministry said 12 tanks were destroyed.", None),
    ("The Russian army killed dozens of Ukrainian soldiers. The defence ministry said 12 tanks were destroyed.", "Russia"),
    # a year or a day before a party is no count
    ("Moscow held. In 2023 Ukrainian forces struck the port. The defence ministry said 12 tanks were destroyed.", "Ukraine"),
]


@pytest.mark.parametrize("text,side", BARE_BODIES, ids=[r[0][:30] for r in BARE_BODIES])
def test_a_bare_body_is_not_of_the_group_counted_before_it(text, side):
    from helpers import claims_of

    got = [c.claimant.affiliation for c in claims_of(text, outlet="Example Wire") if c.value == 12 and c.claimant.kind != "media"]
    assert got == [side]


def test_a_speaker_named_again_is_looked_for_among_the_latest_recalled():
    # "Monastyrskyi said" after "Interior Minister Denys Monastyrskyi told reporters": the speaker
    # named before by surname, among the latest _RECALLED speakers heard, as a pronoun's party
    # is (a page of thousands of speakers, each new, was read back whole for each one)
    from tollbook.extract.recall import _RECALLED, _Context
    from tollbook.records import Claimant

    text = "x" * 100
    ctx = _Context(text, split_sentences(text))
    ctx.add(0, Claimant("Denys Monastyrskyi", "Ukrainian government", "Ukraine", "government", "Denys Monastyrskyi"))
    assert ctx.same_person("Monastyrskyi").person == "Denys Monastyrskyi"
    for k in range(_RECALLED - 1):
        ctx.add(k + 1, Claimant(f"Official {k}", None, None, "official", f"Speaker Number{k}"))
    assert ctx.same_person("Monastyrskyi").person == "Denys Monastyrskyi"  # the 200th latest
    ctx.add(_RECALLED, Claimant("Someone Else", None, None, "official", "Someone Else"))
    assert ctx.same_person("Monastyrskyi") is None  # past the latest 200
    assert ctx.same_person("Else").person == "Someone Else"


# (speakers heard in order as (text, kind, person), words naming one again, the person or text
# of the speaker they name, or None)
SAME_PERSON = [
    ([("Denys Monastyrskyi", "government", "Denys Monastyrskyi")], "Monastyrskyi", "Denys Monastyrskyi"),
    # the latest of two by the same surname
    ([("Anna Kovalenko", "official", "Anna Kovalenko"), ("Olena Kovalenko", "official", "Olena Kovalenko")],
     "Kovalenko", "Olena Kovalenko"),
    # an outlet is no person named again, and does not hide the person heard before it
    ([("Anna Reuters", "official", "Anna Reuters"), ("Reuters", "media", None)], "Reuters", "Anna Reuters"),
    ([("Reuters", "media", None)], "Reuters", None),
    # no person: the last word of what named the speaker
    ([("the Donetsk administration", "official", None)], "Administration", "the Donetsk administration"),
    # the stored name is matched whatever its case; the words must end in a capital
    ([("Oleh SYNIEHUBOV", "official", "Oleh SYNIEHUBOV")], "Synyehubov", None),
    ([("Oleh SYNIEHUBOV", "official", "Oleh SYNIEHUBOV")], "Syniehubov", "Oleh SYNIEHUBOV"),
    ([("Oleh Syniehubov", "official", "Oleh Syniehubov")], "governor syniehubov", None),
    ([("Oleh Syniehubov", "official", "Oleh Syniehubov")], "", None),
    # an empty name is no one's
    ([("", "official", None)], "Anyone", None),
]


@pytest.mark.parametrize("heard,words,named", SAME_PERSON)
def test_a_speaker_named_again_is_the_latest_heard_by_that_last_word(heard, words, named):
    from tollbook.extract.recall import _Context
    from tollbook.records import Claimant

    text = "x" * 100
    ctx = _Context(text, split_sentences(text))
    for pos, (said, kind, person) in enumerate(heard):
        ctx.add(pos, Claimant(said, None, None, kind, person))
    got = ctx.same_person(words)
    assert (got and (got.person or got.text)) == named


# (text, the figure, the cue that holds it or None, whether the story was looked at for a side):
# a figure the rules leave unattributed goes to the parser only in a sentence holding a form of
# the parser's verbs, and only then is the whole story scanned for a side (at_war)
PARSER_GATE = [
    # no reporting verb in the figure's sentence: nothing to parse, the story is not scanned
    ("Russian forces shelled the town. Twelve soldiers died near the river.", "Twelve", None, False),
    ("Twelve soldiers died near the river on Monday.", "Twelve", None, False),
    # a reporting verb the rules cannot place the speaker of: scanned, and parsed if at war
    ("Large majorities of soldiers in six Russian units going to the front said twelve comrades died.",
     "twelve", "said", True),
    # scanned, not at war: not parsed
    ("Large majorities of voters in six states going to the polls said twelve people died.", "twelve", None, True),
]


@pytest.mark.parametrize("text,figure,cue,scanned", PARSER_GATE)
def test_the_parser_and_the_side_scan_wait_for_a_reporting_verb(text, figure, cue, scanned):
    from tollbook.extract import parse

    sentences = split_sentences(text)
    start = text.index(figure)
    k = next(i for i, s in enumerate(sentences) if s.start <= start < s.end)
    sources = _Sources(text, sentences)
    got = sources.covering(k, start, start + len(figure))
    assert (sources._at_war is not None) is scanned
    if parse.available() or cue is None:
        assert (text[got.cue.start:got.cue.end] if got else None) == cue


def test_the_parties_named_before_a_place_are_read_as_far_as_asked():
    # the document's named parties are read only as far as the latest pronoun asks; asked later
    # or earlier, and with speakers heard in between (one where a party is named, not read yet),
    # each place has the parties named and heard before it, in the order of the text, the one
    # named before the one heard at the same place
    from tollbook.extract.recall import _Context
    from tollbook.records import Claimant

    text = "The Kremlin met. Then the Pentagon met. Later the United Nations met."
    ctx = _Context(text, split_sentences(text))
    pentagon, un = text.index("the Pentagon"), text.index("the United Nations")

    def names(pos):
        return [m.claimant.name for m in ctx.before(pos)]

    assert names(pentagon) == ["Kremlin"]
    ctx.add(un, Claimant("a spokesman", "Spokesman", None, "official", None))
    ctx.add(text.index("Then"), Claimant("an envoy", "Envoy", None, "official", None))
    assert names(len(text)) == ["Kremlin", "Envoy", "US officials", "United Nations", "Spokesman"]
    assert names(pentagon) == ["Kremlin", "Envoy"]
    assert names(0) == []


# (text, the side of whoever states "12 people"): a body of a place its title names is not the
# body of the country the story named last ("the Defence Ministry" after "Russia" is Russia's)
PLACE_IN_TITLE = [
    ("Israel's military said the strikes hit a camp; Gaza's health ministry said 12 people were killed.", None),
    ("Russia's army said it had taken the town. The mayor of Kharkiv said 12 people were killed.", "Ukraine"),
    # ... named before the title too ("Kherson's governor", "the Kherson governor")
    ("Kherson's governor said 12 people were killed.", "Ukraine"),
    # ... a held city's name before "governor" names the oblast Ukraine governs, not the city
    ("The Luhansk governor said 12 people were killed.", "Ukraine"),
    ("The Sevastopol governor said 12 people were killed.", "Russia"),
    # "the country's" is the country its own sentence names, not the body named last; two named
    # there leave it unsaid
    ("Russia's army said it had taken the town. Floods in Egypt killed 12 people, according to the country's interior minister.", "Egypt"),
    # ... the country of its place, not a people's word ("Ukrainian drones": the attackers)
    ("Ukrainian drones killed 12 people in Belgorod, the country's defence minister said.", "Russia"),
    # ... and none where a people's word names another country than the place's
    ("Moldovan strikes killed 12 people in Transnistria's capital, Tiraspol, in Moldova, the country's army said.", "Moldova"),
    ("Russian strikes killed 12 people in Syria on Tuesday, the country's defence ministry said.", None),
]


@pytest.mark.parametrize("text,side", PLACE_IN_TITLE, ids=[r[0][-45:] for r in PLACE_IN_TITLE])
def test_a_body_of_a_place_named_in_its_title_is_not_the_last_countrys(text, side):
    from helpers import claims_of

    got = [c.claimant.affiliation for c in claims_of(text, outlet="Example Wire") if c.value == 12]
    assert got == [side]


# (text, the side of whoever states "12 soldiers"): a state's outlet speaks for its state; a
# country's other media, named by its adjective or as independent, for none
MEDIA_SIDES = [
    ("Russian state media said 12 soldiers were killed.", "Russia"),
    ("Iran's semi-official news agency said 12 soldiers were killed.", "Iran"),
    ("Ukrainian media reported that 12 soldiers were killed.", None),
    ("Verstka, an independent Russian outlet, said 12 soldiers were killed.", None),
    # a privately owned outlet by name speaks for no side, a state's agency by name for its state
    ("UNIAN reported that 12 soldiers were killed.", None),
    ("Ukrinform reported that 12 soldiers were killed.", "Ukraine"),
    # ... in a headline's trailer too
    ("12 soldiers killed in overnight shelling - Ukrinform", "Ukraine"),
    ("12 soldiers killed in overnight shelling - UNIAN", None),
    # a broadcaster's service in a language is the broadcaster's, not the language's country's
    ("The BBC's Ukrainian service reported that 12 soldiers were killed.", None),
    ("Radio Liberty's Russian service reported that 12 soldiers were killed.", None),
]


@pytest.mark.parametrize("text,side", MEDIA_SIDES, ids=[r[0][:30] for r in MEDIA_SIDES])
def test_only_a_states_own_outlet_speaks_for_its_side(text, side):
    from helpers import claims_of

    got = [(c.claimant.kind, c.claimant.affiliation) for c in claims_of(text, outlet="Example Wire") if c.value == 12]
    assert got == [("media", side)]


# (text, the claimant's kind and side for "12 soldiers"): a state's services speak by their
# role words (security, intelligence, emergency, border, national guard), never as the outlet
# and never as a news agency; with no country named, their side is not the country named last
SERVICES = [
    ("Belarus's security service said 12 soldiers were killed.", ("official", "Belarus")),
    ("The Syrian intelligence agency said 12 soldiers were killed.", ("official", "Syria")),
    ("Turkey's emergency services said 12 soldiers were killed.", ("official", "Turkey")),
    ("Poland's border guard service said 12 soldiers were killed.", ("official", "Poland")),
    ("Iraq's national guard said 12 soldiers were killed.", ("official", "Iraq")),
    ("Russia's Investigative Committee said 12 soldiers were killed.", ("official", "Russia")),
    ("Latvian intelligence said 12 soldiers were killed.", ("unknown", "Latvia")),
    # a town named after a capital abroad is no country ("Rome police" in Georgia)
    ("Rome police said 12 soldiers were killed.", ("official", None)),
    ("Greece police said 12 soldiers were killed.", ("official", None)),
    # an intelligence service reports on places it does not govern: they give it no side
    ("Turkish troops lost 12 soldiers in Kharkiv, the intelligence agency said.", ("official", None)),
    # fighters named as others call them speak, but the place gives them no side: they fight its state
    ("Twelve soldiers were killed near Kramatorsk, insurgents said.", ("unknown", None)),
    ("Twelve villagers killed in eastern Ukraine: rebels", ("unknown", None)),
    # ... nor their own country's name, in a war against their own state ("Syrian rebels"); the
    # side they are said to serve stays theirs ("pro-Russian separatists")
    ("Chadian rebels said 12 soldiers were killed near the border.", ("unknown", None)),
    ("Myanmar insurgents said 12 soldiers were killed in the hills.", ("unknown", None)),
    ("Pro-Russian separatists said 12 soldiers were killed.", ("unknown", "Russia")),
    # a fighting service counting the dead of the place's side is not shown to be of that side
    ("The national guard said its snipers killed 12 Ukrainian soldiers near Kupiansk.", ("official", None)),
    ("Talks in Moscow stalled. The emergency services said 12 soldiers were killed.", ("official", None)),
    # ... nor the ministry of defence that commands them, whichever side's soldiers it counts
    ("The defence ministry said 12 Ukrainian soldiers had been killed near Bakhmut.", ("military", None)),
    ("Twelve Ukrainian marines died near Krynky, according to the Ministry of Defense.", ("military", None)),
    # ... nor a bare army or "ministry" telling of the other side's troops killing them
    ("Russian paratroopers killed 12 Ukrainian soldiers near Bakhmut, the ministry said.", ("government", None)),
    ("Russian paratroopers killed 12 Ukrainian soldiers near Bakhmut, the army said.", ("military", None)),
    # ... but an army that tells of its side's dead with no enemy named as their killer may be theirs
    ("Twelve Ukrainian soldiers died near Bakhmut, the army said.", ("military", "Ukraine")),
    # ... and a place's own authority is its side's
    ("Russian paratroopers killed 12 Ukrainian soldiers near Bakhmut, the regional governor said.", ("government", "Ukraine")),
]


@pytest.mark.parametrize("text,expected", SERVICES, ids=[r[0][:30] for r in SERVICES])
def test_a_states_services_speak_by_their_role(text, expected):
    from helpers import claims_of

    got = [(c.claimant.kind, c.claimant.affiliation) for c in claims_of(text, outlet="Example Wire") if c.value == 12]
    assert got == [expected]


# (words before a cue, whether they name someone who can speak)
SPEAKERS = [
    ("Olena Petrenko", True),  # a name: its last word capitalised
    ("Brig. Gen. Ivan Sirko", True),
    ("olena petrenko", False),  # no capital, no known party, no person noun
    ("the boy's mother", True),  # a person noun, its possessive read off
    ("Ukrainian officials", True),
    ("the Defence Ministry", True),
    ("an eyewitness", False),
    ("KYIV REGIONAL DESK", False),  # a dateline in capitals
    ("KYIV", True),  # one word in capitals: a place that may speak for its government
    ("One such image", False),  # a thing
    ("a video shared by Ivan Sirko", False),  # ends in a name, but a thing is what shows it
    ("a survey by Kyiv Institute", True),
    ("Sirko: the", False),
    ("", False),
]


@pytest.mark.parametrize("words,expected", SPEAKERS)
def test_a_speaker_is_a_party_a_person_or_a_name(words, expected):
    assert _speaker(words) is expected


# (document, the source phrase, the side it speaks for): a group named bare is of the side the
# story defined it with earlier; the text before is read only for such a group
DEFINED_GROUPS = [
    ("Russia-backed separatists seized the town on Monday. The separatists' health office said 4 people were killed.",
     "The separatists' health office", "Russia"),
    ("Kyiv-backed partisans and Russia-backed partisans clashed. The partisans' press office said 4 people were killed.",
     "The partisans' press office", None),  # defined with two sides: neither
    ("Rebels seized the town on Monday. The rebels' health office said 4 people were killed.",
     "The rebels' health office", None),  # never defined by a side
    ("Russia-backed separatists seized the town. A local doctor said 4 people were killed.", "A local doctor", None),
]


@pytest.mark.parametrize("text,words,side", DEFINED_GROUPS)
def test_a_group_named_bare_speaks_for_the_side_it_was_defined_with(text, words, side):
    c = _source_claimant(words, text.index(words), _Context(text, split_sentences(text)))
    assert c is not None and c.affiliation == side


# (source words, the claimant's name and side): figures or data from a body are that body's
DATA_OF = [
    ("Figures from Ukraine's health ministry", ("Ukraine's health ministry", "Ukraine")),
    ("Preliminary data from the Russian Defence Ministry", ("Russian Ministry of Defence", "Russia")),
    ("Estimates released by the Kremlin", ("Kremlin", "Russia")),
    # a day's data is no one's, nor is a town's (where they come from); a country may speak
    ("Data from Monday", None),
    ("Data from Kherson", None),
    ("Figures from Ukraine", ("Ukraine", "Ukraine")),
    ("Figures from Kyiv", ("Ukrainian government", "Ukraine")),  # (a capital named for its state)
]


@pytest.mark.parametrize("words,want", DATA_OF)
def test_figures_from_a_body_are_that_bodys(words, want):
    text = f"Talks stalled. {words} show 12 soldiers died."
    c = _source_claimant(words, text.index(words), _Context(text, split_sentences(text)))
    assert (c if c is None else (c.name, c.affiliation)) == want


# (sentence, the claimant's kind and side): an outlet's service in a language is the outlet's
# (no side); a name holding a thing's word ("Study") is still a name
SOURCE_WORDS = [
    ("The BBC Ukrainian service has verified 12 deaths among Ukrainian medics.", ("media", None)),
    ("The Centre for the Study of Border Conflicts said Russia had lost 12 tanks near the river.", ("unknown", None)),
    # ... and one the tables know is that body
    ("The Institute for the Study of War said Russia had lost 12 tanks near the river.", ("ngo", "Institute for the Study of War")),
    # a source that names a group of no table is that group, not the outlet: a watchdog, a
    # charity, a think tank, a name with "to" in it
    ("The watchdog said 12 reporters had been killed since the spring.", ("ngo", None)),
    ("A Riga-based think tank said 12 Russian soldiers died near the river.", ("unknown", None)),
    ("The Campaign to Ban Cluster Munitions said 12 farmers died near the river.", ("unknown", None)),
    # a country described by another party's words is still that country
    ("Britain, a large donor to the UN children's agency, said 12 refugees drowned.", ("unknown", "United Kingdom")),
    # a group named, then described by its kind: the group's name stays
    ("Mercy Relief, a charity, said 12 villagers were killed near the river.", ("ngo", None)),
    # "by X's count": X's figure, not the outlet's
    ("By the UN's count, 12 farmers died near the river.", ("international", "United Nations")),
]


@pytest.mark.parametrize("text, want", SOURCE_WORDS)
def test_source_words_name_the_party(text, want):
    from helpers import claims_of

    (c,) = claims_of(text, outlet="Example Wire")
    assert (c.claimant.kind, c.claimant.affiliation) == want and c.claimant.name != "Example Wire"


def test_a_group_named_then_described_by_its_kind_keeps_its_name():
    from helpers import claims_of

    (c,) = claims_of("Mercy Relief, a charity, said 12 villagers were killed near the river.", outlet="Example Wire")
    assert (c.claimant.name, c.claimant.kind) == ("Mercy Relief", "ngo")
    # (a person described by a group they lead is not that group)
    (c,) = claims_of("Ana Ruiz, the founder of a local charity, said 12 villagers were killed.", outlet="Example Wire")
    assert c.claimant.name != "Ana Ruiz" or c.claimant.kind != "ngo"



# (text, the party the claim of "12 soldiers" is credited to, the outlets it comes through): an
# outlet that cites its source relays that source's figure; a state outlet's bare "the ministry"
# is its own state's
CITED = [
    ("Twelve soldiers died in the night, TASS reported, citing the defence ministry.",
     "Russian Ministry of Defence", ("TASS",)),
    ("Ukrinform, citing the General Staff of the Armed Forces of Ukraine, said 12 soldiers were captured.",
     "General Staff of the Armed Forces of Ukraine", ("Ukrinform",)),
    ("Citing the regional military administration, Ukrinform said 12 soldiers were hurt.",
     "Ukrainian regional military administration", ("Ukrinform",)),
    # a source cited that names no body or side: the outlet's report stays the outlet's
    ("Twelve soldiers died in the night, TASS reported, citing witnesses.", "TASS", ()),
    # an outlet that quotes or cites its source "as saying": the source's figure, relayed; a
    # state outlet's bare ministry is its state's
    ("RIA Novosti cited the defence ministry as saying that 12 Ukrainian marines had been killed near Krynky.",
     "Russian Ministry of Defence", ("RIA Novosti",)),
    ("The regional governor was quoted by Interfax as saying 12 soldiers died.", "Regional governor", ("Interfax",)),
    # ... an outlet of no state's gives its source no side
    ("Reuters quoted the defence ministry as saying 12 soldiers died.", "Defence ministry", ("Reuters",)),
    # ... nor does a state outlet to a source it does not name
    ("TASS quoted a ministry source as saying 12 soldiers died.", "Ministry source (unnamed)", ("TASS",)),
    # ... only its army or bare ministry: any other body may be of either side (the place says)
    ("RIA Novosti quoted the health ministry as saying 12 soldiers died in a blast in Kharkiv.", "Health ministry", ("RIA Novosti",)),
    ("Ukrinform, citing the regional governor, said 12 soldiers died in Belgorod.", "Regional governor", ("Ukrinform",)),
    # not an outlet: the speaker's own figure, whatever it cites
    ("The city council said 12 soldiers were killed, citing eyewitnesses.", "City council", ()),
    # a speaker the outlet is said to quote, between the speaker and the cue: the speaker's
    # figure, relayed (these fail on dbb5875: the outlet's, or no one's)
    ("A farmer quoted by Reuters said 12 soldiers were killed.", "Farmer", ("Reuters",)),
    ("The regional governor, quoted by Interfax, said 12 soldiers died.", "Regional governor", ("Interfax",)),
    ("Twelve soldiers died, the regional governor, cited by Interfax, said.", "Regional governor", ("Interfax",)),
    ("Villagers quoted by Ukrinform said 12 soldiers died.", "Villagers", ("Ukrinform",)),
    # ... a state outlet's bare ministry is its state's, as when it quotes "as saying"
    ("The defence ministry, cited by TASS, said 12 soldiers died.", "Russian Ministry of Defence", ("TASS",)),
    # ... but figures an outlet cites are no speaker, and the outlet's own voice stays its own
    ("Figures cited by the UN show 12 soldiers died.", "Example Wire", ()),
    # ... nor a statement or an assessment an outlet carries: the outlet's words, as before
    ("A statement quoted by TASS said 12 soldiers died in the raid.", "TASS", ()),
    ("An intelligence assessment cited by the Guardian said 12 soldiers died.", "Example Wire", ("Guardian",)),
    # ... and a speaker no table knows leaves the outlet's voice, relayed by the outlet quoting it
    ("A witness quoted by AFP said 12 soldiers were killed.", "Example Wire", ("AFP",)),
    # ... an outlet relaying is named once, with or without its article
    ("An assessment by British intelligence, cited by the BBC, said 12 soldiers died.", "Assessment by British intelligence", ("BBC",)),
    ("Twelve soldiers were killed, a witness quoted by AFP said.", "Example Wire", ("AFP",)),
    ("Reuters said 12 soldiers died in the night.", "Reuters", ()),
    # the outlet relays the figure it cites, not the story's others
    ("Ukraine's General Staff said 12 soldiers were missing. Separately, TASS quoted Russia's defence ministry as saying 40 died.",
     "General Staff of the Armed Forces of Ukraine", ()),
]


# (text, the story's outlet, the outlets the figure 12 reaches it through): an outlet a sentence
# credits relays that sentence's figures only; the story's own outlet relays nothing
VIA = [
    ("Twelve soldiers were killed in the shelling, the army said. Separately, a diplomat told Sky News that the "
     "talks had stalled.", "Example Wire", ()),
    ("Twelve soldiers were killed in the shelling, the army said, according to Sky News.", "Example Wire", ("Sky News",)),
    ("Twelve soldiers were killed in the shelling, an army spokesman told Sky News.", "Sky News", ()),
    ("Twelve soldiers were killed in the shelling, the army said. This story was first reported by Sky News.",
     "Example Wire", ("Sky News",)),
    # a relay in brackets after the figures is no picture's credit
    ("Twelve soldiers were killed in the shelling, the army said (via Sky News).", "Example Wire", ("Sky News",)),
    # the one who told an outlet, speaking on by a pronoun in the same paragraph
    ("The mayor told Sky News on Monday that the town was cut off. He said 12 soldiers were killed in the shelling.",
     "Example Wire", ("Sky News",)),
    # a short line that does not open with its relay is no credit of the whole text
    ("Two died, according to CNN.\nLater the mayor said 12 soldiers were killed in the shelling.", "Example Wire", ()),
]


@pytest.mark.parametrize("text,outlet,via", VIA, ids=[c[0][-40:] for c in VIA])
def test_an_outlet_relays_the_figures_its_sentence_holds(text, outlet, via):
    from helpers import claims_of

    (c,) = [c for c in claims_of(text, outlet=outlet) if c.value == 12]
    assert c.via == via


# (text, the side of the source an outlet cites for the figure 12): a state outlet's own army or
# bare ministry is its state's; any other body it cites is of the side the words give, or none
CITED_SIDE = [
    ("TASS quoted the military as saying 12 soldiers died.", "Russia"),
    ("RIA Novosti quoted the health ministry as saying 12 people died.", None),
    ("RIA Novosti, citing the regional governor, said 12 people died.", None),
    ("Ukrinform quoted the emergency service as saying 12 people died.", None),
]


# (text, the side of whoever states the figure 12): "the ministry" is of the country of the body
# named last; an authority of one place named without it ("the regional governor") is not, where
# its sentence names a place of another side
RECALLED_SIDE = [
    # speakers are where the sentence opens ("In Kyiv, officials said …"), the dead where it names after
    ("In Kyiv, officials said Ukrainian drones hit a depot in Belgorod, killing 12 Russian soldiers.", "Ukraine"),
    # a generic office "of" a function is no owner named ("The Ministry of Defence")
    ("Russia's defence ministry said its forces held the line. The Ministry of Defence said 12 soldiers died near Donetsk.",
     "Russia"),
    # a body whose words name its owner is no body of the country of the army named last
    ("The Israeli army said its troops killed 20 militants. Hamas's armed wing said its fighters killed 12 soldiers.", None),
    ("Chechen leader Ramzan Kadyrov praised his fighters. A drone hit a farm in the Odesa region, wounding 12 people, the "
     "regional governor said.", "Ukraine"),
    ("Chechen leader Ramzan Kadyrov praised his fighters. A drone hit a market in Kharkiv, wounding 12 people, city officials said.",
     "Ukraine"),
    ("Russia's defence ministry said the strikes went on. Twelve soldiers died, the ministry said.", "Russia"),
]


# (text, the person and side of whoever states the figure 12): "the governor", "the spokesman"
# recall one whose words named that role (before the name, or set off after it), not anyone
# named last ("the official" any officeholder); where none did, the role alone, of no one named
RECALLED_ROLE = [
    # fail on dbb5875: Kadyrov (Russia's) and the mayor had been "the governor"
    ("Chechen leader Ramzan Kadyrov praised his fighters. A drone hit a market in Odesa, wounding 12 people, "
     "the governor said.", (None, "Ukraine")),
    ("Kharkiv mayor Ihor Terekhov said four people died in the strike. The governor said 12 were wounded.", (None, None)),
    ("Igor Konashenkov spoke on Monday. Later the spokesman said 12 Ukrainian soldiers had died.", (None, None)),
    # the role named before the name, or after it, is recalled (unchanged)
    ("Governor Oleh Syniehubov visited the site on Monday. Twelve people were wounded, the governor said.",
     ("Oleh Syniehubov", "Ukraine")),
    ("Serhiy Haidai, the governor of Luhansk oblast, spoke on Monday. The governor said 12 soldiers were wounded.",
     ("Serhiy Haidai", "Ukraine")),
    # ... a long title set off before the name, or after it, and a title that is the role in
    # other words (fail on eef6942: the governor, no one named)
    ("The governor of Ukraine's southern Mykolaiv region, Vitaliy Kim, toured the port. Twelve people were wounded, "
     "the governor said.", ("Vitaliy Kim", "Ukraine")),
    ("Vitaliy Kim, the head of the Mykolaiv Regional Military Administration, toured the port. Twelve people were "
     "wounded, the governor said.", ("Vitaliy Kim", "Ukraine")),
    # ... but an administration of another kind is no governor's
    ("Jake Sullivan, a senior administration official, spoke on Monday. Twelve people were wounded, the governor said.",
     (None, None)),
    # ... nor the spokesman of a body whose head is the governor
    ("Ivan Petrenko, a spokesman for the regional administration, said two died. Twelve people were wounded, "
     "the governor said.", (None, None)),
    # ... nor one whose title follows another clause's words ("regional administration")
    ("After talks at the regional administration on Monday, the city's mayor, Ivan Petrenko, said two died. "
     "Twelve people were wounded, the governor said.", (None, None)),
    ("Acting on orders of the regional military administration, police chief Ivan Petrenko said two died. "
     "Twelve people were wounded, the governor said.", (None, "Ukraine")),
    ("Defence ministry spokesman Igor Konashenkov spoke on Monday. Later the spokesman said 12 Ukrainian soldiers had died.",
     ("Igor Konashenkov", "Russia")),
    # "the official": whoever held an office named last (unchanged)
    ("Defence ministry spokesman Igor Konashenkov spoke on Monday. Later the official said 12 Ukrainian soldiers had died.",
     ("Igor Konashenkov", "Russia")),
]


@pytest.mark.parametrize("text,expected", RECALLED_ROLE, ids=[c[0][:50] for c in RECALLED_ROLE])
def test_a_role_recalls_one_named_in_that_role(text, expected):
    from helpers import claims_of

    (c,) = [c for c in claims_of(text, outlet="Example Wire") if c.value == 12]
    assert (c.claimant.person, c.claimant.affiliation) == expected


# (text, the side of whoever states the figure 12): a governor is of the place the title names,
# not an authority the occupier installed, nor one whose sentence names that place's side striking;
# a role inside a body the tables know is of its side, not a defector or a target of it
TITLE_SIDE = [
    ("Mykolaiv's governor said 12 people were killed in the shelling.", "Ukraine"),
    # ... where the sentence names the place's side at all (as who struck, or whose dead), not said
    ("Mykolaiv's governor said Russian shelling killed 12 civilians and a Ukrainian medic.", None),
    ("The Kherson governor said 12 Ukrainian saboteurs were killed crossing the river.", None),
    ("An officer of the SBU said 12 soldiers were killed in the raid.", "Ukraine"),
    ("A former officer of the FSB, now in exile, said 12 soldiers were killed in the raid.", None),
    ("Berdiansk's occupation governor said 12 people were killed in the shelling.", None),
    ("The Mariupol administration said a missile killed 12 people.", None),
    ("The Kherson regional governor said 12 civilians were killed by Ukrainian drones overnight.", None),
    ("Sources in the FSB said 12 soldiers were killed in the raid.", "Russia"),
    ("A defector from the SBU said 12 soldiers were killed in the raid.", None),
    ("Gur said 12 soldiers were killed in the raid.", None),
    # ... the place its title names, not the holder of a place the story named before
    ("Shelling hit Donetsk overnight, the separatist authorities said, and one person was killed. "
     "The Poltava regional governor said 12 people were wounded in a strike.", "Ukraine"),
    # speakers of two sides named together speak for neither, wherever the fighting is
    ("Fighting near Izium\n\nRussian and Ukrainian officials said 12 people were killed in fighting around the town.", None),
]


@pytest.mark.parametrize("text,side", TITLE_SIDE, ids=[c[0][:40] for c in TITLE_SIDE])
def test_a_title_gives_a_side_only_where_it_says_whose(text, side):
    from helpers import claims_of

    (c,) = [c for c in claims_of(text, outlet="Example Wire") if c.value == 12]
    assert c.claimant.affiliation == side


@pytest.mark.parametrize("text,side", RECALLED_SIDE, ids=[c[0][:40] for c in RECALLED_SIDE])
def test_a_local_authority_is_not_of_the_body_named_last(text, side):
    from helpers import claims_of

    (c,) = [c for c in claims_of(text, outlet="Example Wire") if c.value == 12]
    assert c.claimant.affiliation == side


@pytest.mark.parametrize("text,side", CITED_SIDE, ids=[c[0][:40] for c in CITED_SIDE])
def test_a_state_outlet_gives_its_side_only_to_its_army(text, side):
    from helpers import claims_of

    (c,) = [c for c in claims_of(text, outlet="Example Wire") if c.value == 12]
    assert c.claimant.affiliation == side


@pytest.mark.parametrize("text,party,via", CITED, ids=[c[0][:40] for c in CITED])
def test_an_outlet_citing_its_source_relays_it(text, party, via):
    from helpers import claims_of

    (c,) = [c for c in claims_of(text, outlet="Example Wire") if c.value == 12]
    assert (c.claimant.name, c.via) == (party, via)


# (text, the party the claim of the figure 600 is credited to, its stance, its victims' side): a
# figure inside a claim the sentence names as a party's is that party's, asserted, whoever's
# words hold it or deny it; "its" there is not the claim's party
CLAIMS_NAMED = [
    # two claims named: the last before the figure holds it
    ("Observers compared Kyiv's claims of a breakthrough and Moscow's claim of 600 Ukrainian dead.",
     "Kremlin", "asserted", "Ukraine"),
    ("The mayor said nobody was hurt, countering Moscow's claim that 600 soldiers were killed there.",
     "Kremlin", "asserted", None),
    ("Kyiv rejected the Russian defence ministry's claim that 600 Ukrainian soldiers were killed.",
     "Russian Ministry of Defence", "asserted", "Ukraine"),
    ("Moscow called Ukrainian claims that 600 of its soldiers were killed a lie.", "Ukraine", "asserted", None),
    # a figure or toll "given by" a party right after it is that party's
    ("The toll of 600 released by the Kremlin on Friday was far below Kyiv's estimates.", "Kremlin", "asserted", "Russia"),
    ("The figure of 600 dead given to reporters was low, the mayor said.", "Mayor", "asserted", None),
    # ... not one "not released by" a party, nor attacks "claimed by" a group
    ("The toll of 600 was not released by the army, the mayor said.", "Mayor", "asserted", None),
    ("The toll of 600 in attacks claimed by the group was the year's highest, the mayor said.", "Mayor", "asserted", None),
    # a claim of something else, then a figure in another clause: not the claim's
    ("Despite the army's claims that it strikes only military sites, 600 people were killed, the mayor said.",
     "Mayor", "asserted", None),
]


@pytest.mark.parametrize("text,party,stance,side", CLAIMS_NAMED, ids=[c[0][:40] for c in CLAIMS_NAMED])
def test_a_figure_in_a_claim_named_as_a_party_s_is_that_party_s(text, party, stance, side):
    from helpers import claims_of

    (c,) = [c for c in claims_of(text, outlet="Example Wire") if c.value == 600]
    assert (c.claimant.name, c.stance, c.victims.affiliation) == (party, stance, side)


# (text, the figure, the party whose claim it is not, its victims' side): a figure past the end
# of a party's claim (another's words after "and said", a relative clause, the claim judged by
# others) is not that party's
CLAIMS_ENDED = [
    ("Kyiv dismissed Moscow's claim that it had taken the bridge and said 70 Russian soldiers were killed there.",
     70, "Kremlin", "Russia"),
    ("Moscow dismissed Ukrainian claims of huge losses and said 70 of its troops had been wounded.",
     70, "Ukraine", "Russia"),
    ("Kyiv dismissed Moscow's claim that it had seized the town where 70 civilians were killed in May.",
     70, "Kremlin", "Ukraine"),
    ("The army's claim that the raid hit only fighters was disputed by villagers who said 70 civilians died.",
     70, "Army", None),
    ("Kyiv denied Moscow's claim that the blast at a school that killed 70 people was set off by Ukrainian troops.",
     70, "Kremlin", "Ukraine"),
]


@pytest.mark.parametrize("text,value,party,side", CLAIMS_ENDED, ids=[c[0][:40] for c in CLAIMS_ENDED])
def test_a_figure_past_a_claim_s_end_is_not_the_claim_s(text, value, party, side):
    from helpers import claims_of

    (c,) = [c for c in claims_of(text, outlet="Example Wire") if c.value == value]
    assert c.claimant is None or c.claimant.name != party
    assert c.victims.affiliation == side


# (text): a pronoun that found no one to refer to takes a named speaker's claim of the same figure
# only where both count victims of one kind (soldiers, or not soldiers)
NAMELESS_APART = [
    "Smoke rose over the square at dawn. He said three people died near the church. "
    "Police officials said three soldiers died in another blast at a checkpoint.",
]


@pytest.mark.parametrize("text", NAMELESS_APART)
def test_a_nameless_speaker_s_figure_of_other_victims_stays_its_own(text):
    from helpers import claims_of

    got = sorted((c.victims.text, c.claimant.name if c.claimant else None) for c in claims_of(text, outlet="Example Wire") if c.value == 3)
    assert [v for v, _ in got] == ["people", "soldiers"]
    assert dict(got)["people"] is None


# (text, who states the figure 12): a group named by one or two capitals and a number speaks
# ("M23 rebels", "G7 leaders"); a count, or a station's call sign ending a headline, does not
CODED_NAMES = [
    ("M23 rebels said 12 soldiers were killed near the lake.", "M23 rebels"),
    ("G7 leaders said 12 civilians were killed in the strike.", "G7 leaders"),
    ("Twelve people were hurt in a crash on the I5 freeway, the fire department said.", "Fire department"),
    ("12 shot outside a bar downtown - WKTV5", "Example Wire"),
    ("Police said 12 were hurt. 5 witnesses said the gunman fled.", "Police"),
]


# (text, who states the figure 12): people named by the plural of a person's word speak, as its
# listed plurals do ("homicide detectives", "pro-Iranian militias")
PLURAL_SPEAKERS = [
    ("According to Houston homicide detectives, 12 people were shot outside the club.", "Houston homicide detectives"),
    ("Pro-Iranian militias said 12 soldiers were killed in the strike.", "Pro-Iranian militias"),
    ("Twelve people were shot, the detectives said.", "Detectives"),
    # ... not a plural of things
    ("Twelve people were shot, the reports said.", "Example Wire"),
]


@pytest.mark.parametrize("text, party", CODED_NAMES + PLURAL_SPEAKERS)
def test_who_states_the_figure_twelve(text, party):
    from helpers import claims_of

    claims = [c for c in claims_of(text, outlet="Example Wire") if c.value == 12]
    assert claims and {c.claimant.name for c in claims} == {party}
