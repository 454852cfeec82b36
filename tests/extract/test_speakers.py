"""One sentence's attributions, walked on its tokens: (sentence, [(cue, source, content)]),
offsets read back as the words they cover."""
import pytest

from tollbook.extract.speakers import sentence_attributions


def words(sentence, span):
    return sentence[span.start:span.end] if span is not None else None


FOUND = [
    # "according to X" between commas inside a clause: the clause goes on after it
    ("A blast that, according to the coroner, killed nine sailors shook the port.",
     [("according to", "the coroner", "A blast that")]),
    ("The governor said four people died in the fire.", [("said", "The governor", "four people died in the fire")]),
    # a body that has documented deaths states them
    ("The monitors have documented 40 civilian deaths in the valley.",
     [("documented", "The monitors", "40 civilian deaths in the valley")]),
    # "as reported by X", "per X" at a clause's edge: as "according to X"
    ("As reported by the coast guard, nine sailors drowned.", [("As reported by", "the coast guard", "nine sailors drowned")]),
    ("Nine sailors drowned, per the regional governor.", [("per", "the regional governor", "Nine sailors drowned")]),
    # a count its owner made is the owner's words: the owner without its possessive mark
    ("By the coast guard's count, nine sailors drowned.", [("count", "the coast guard", "nine sailors drowned")]),
    ("Nine sailors drowned, by the Port Authority’s latest tally.", [("tally", "the Port Authority", "Nine sailors drowned")]),
    # ... each count its own clause's; one at the end reaches back only to its clause's start,
    # and not over another speaker's cue
    ("By the coast guard's count, nine sailors drowned, and by the navy's count, four divers died.",
     [("count", "the coast guard", "nine sailors drowned"), ("count", "the navy", "four divers died")]),
    ("The mayor said nine sailors drowned, and four divers died, by the navy's count.",
     [("said", "The mayor", "nine sailors drowned, and four divers died, by the navy's count"), ("count", "the navy", "four divers died")]),
    ("The mayor said nine sailors drowned, by the navy's count.", [("said", "The mayor", "nine sailors drowned, by the navy's count")]),
    # "to" between capitals is inside a name, not "going to say"
    ("The Campaign to Ban Cluster Munitions said nine farmers died.",
     [("said", "The Campaign to Ban Cluster Munitions", "nine farmers died")]),
    ("The UN Special Envoy to Yemen said nine fishermen drowned.",
     [("said", "The UN Special Envoy to Yemen", "nine fishermen drowned")]),
    ("Four people died in the fire, the governor said.", [("said", "the governor", "Four people died in the fire")]),
    # an apposition is part of who speaks
    ("Ana Diaz, a spokeswoman for the county, said two deputies were hurt.",
     [("said", "Ana Diaz, a spokeswoman for the county", "two deputies were hurt")]),
    ("Nine miners are missing, according to the mine's owner.",
     [("according to", "the mine's owner", "Nine miners are missing")]),
    # marks alone, or "that" alone, after the cue: nothing is said in this sentence
    ("The governor said: “…”", [("said", "The governor", None)]),
    ("Officials said that.", [("said", "Officials", None)]),
    # what the speaker was doing is no part of them; the addressee is no content
    ("Sirko, at the time, told reporters three were hurt.", [("told", "Sirko", "three were hurt")]),
    # "quoted … as saying": the one quoted says it, the one quoting relays it
    ("The agency quoted a port official as saying nine sailors drowned.",
     [("quoted", "The agency", "a port official as saying nine sailors drowned"),
      ("saying", "a port official", "nine sailors drowned")]),
    ("The port official was quoted by the agency as saying nine sailors drowned.",
     [("saying", "The port official", "nine sailors drowned")]),
    # ", adding that …" after a cue: the same speaker goes on
    ("Nine sailors drowned, the port said in a statement, adding that four were rescued.",
     [("said", "the port", "Nine sailors drowned"), ("adding", "the port", "four were rescued")]),
    # ", citing X," between a speaker and the cue: the speaker is before it
    ("The agency, citing a port official, reported that nine sailors drowned.",
     [("citing", "a port official", "The agency"), ("reported", "The agency", "nine sailors drowned")]),
    # a common noun's speaker, what it was doing or a relative clause between it and the cue
    ("A port official, speaking on condition of anonymity, said nine sailors drowned.",
     [("said", "A port official", "nine sailors drowned")]),
    ("The port authority, which keeps no crew lists, said nine sailors drowned.",
     [("said", "The port authority, which keeps no crew lists", "nine sailors drowned")]),
    # a people's adjective before "claims" is its speaker, unless compared with ("than Russian estimates")
    ("Russian claims of 40 soldiers killed could not be checked.",
     [("claims", "Russian", "of 40 soldiers killed could not be checked")]),
    # ", citing X," after a circumstance: what is said runs on after it
    ("The ministry said on Monday, citing police, that 12 people died.",
     [("said", "The ministry", "12 people died"), ("citing", "police", "The ministry said on Monday")]),
    # an addressee and a circumstance followed by a figure: what is said runs through them
    ("The minister told Parliament in Kyiv at least 30 soldiers died.",
     [("told", "The minister", "Parliament in Kyiv at least 30 soldiers died")]),
    # a people's adjective before "estimates", "claims", "reports": a noun, no speaker
    ("Kyiv says 12 soldiers died, far fewer than Russian estimates.",
     [("says", "Kyiv", "12 soldiers died, far fewer than Russian estimates")]),
    # ... and after any comparison a few words before ("below U.S. estimates", "than official reports")
    ("The governor said 40 sailors drowned, a toll well below NATO estimates.",
     [("said", "The governor", "40 sailors drowned, a toll well below NATO estimates")]),
    # a short circumstance (a day, a channel) and no "that": what is said starts after it
    ("The navy said on Friday nine sailors drowned.", [("said", "The navy", "nine sailors drowned")]),
    ("The port wrote in a post on its Telegram channel at least nine sailors drowned.",
     [("wrote", "The port", "at least nine sailors drowned")]),
    ("Officials said late on Tuesday the ferry had sunk.", [("said", "Officials", "the ferry had sunk")]),
    # ... not a second circumstance ("at a dinner"), a year, or a place
    ("\"We will rebuild,\" the mayor said on Sunday at a dinner for volunteers.",
     [("said", "the mayor", "We will rebuild")]),
    ("The senator said in May 2019, citing the audit.", [("said", "The senator", None), ("citing", "the audit", "The senator said in May 2019")]),
    # an outlet that has verified deaths states them
    ("The paper has verified the deaths of nine sailors.", [("verified", "The paper", "the deaths of nine sailors")]),
    # an aside between spaced dashes before the cue: the speaker is before it
    ("The port authority - citing radar data - said nine sailors drowned.",
     [("said", "The port authority", "nine sailors drowned")]),
    # an aside between commas after the cue, then "that": what is said follows "that"
    ("The navy said, without giving details, that nine sailors drowned.",
     [("said", "The navy", "nine sailors drowned")]),
    # a cue's noun form right after a cue is its object, no cue of its own
    ("The navy dismissed reports that nine sailors drowned.",
     [("dismissed", "The navy", "reports that nine sailors drowned")]),
    # "about" before a count is "roughly", not a topic: what is said starts there
    ("The coast guard said about 40 sailors drowned.", [("said", "The coast guard", "about 40 sailors drowned")]),
    ("Rescuers said about a dozen climbers were missing.",
     [("said", "Rescuers", "about a dozen climbers were missing")]),
    ("The mayor told reporters about forty houses burned.",
     [("told", "The mayor", "reporters about forty houses burned")]),
    # ... nor before a time of day ("about 2 a.m.": when, not how many)
    ("Deputies said about 2 a.m. Sunday.", [("said", "Deputies", None)]),
    ("Deputies said about 11 pm.", [("said", "Deputies", None)]),
    # ... but before anything else it names the topic: nothing said in this sentence
    ("The coast guard said about the storm that it was the worst in years.",
     [("said", "The coast guard", "it was the worst in years")]),
    # "put the figure at": what is said is the value after "at", not the clause before
    ("Kyiv says 900 sailors died, while analysts put the figure at about half that.",
     [("says", "Kyiv", "900 sailors died, while analysts put the figure at about half that"),
      ("put the figure", "analysts", "at about half that")]),
    # "claims", "reports" after a possessive are nouns: no cue of their own ("Moscow's said" would be one: "has said")
    ("Despite the port's claims that it was safe, nine sailors drowned, the captain said.",
     [("said", "the captain", "Despite the port's claims that it was safe, nine sailors drowned")]),
    # a source cited between the cue and what is said: what is said runs on after it
    ("The agency reported, citing a hospital source, that nine people had died.",
     [("reported", "The agency", "nine people had died"), ("citing", "a hospital source", "The agency reported")]),
    # a named addressee ends where a circumstance begins: what is said is before the cue
    ("Three sailors drowned, the port's director, Ivan Sirko, told Coastal Radio Network in a phone interview.",
     [("told", "the port's director, Ivan Sirko", "Three sailors drowned")]),
    # a name second, after its article, and the description before it ending in a common noun
    ("The coastal defence agency, the KDS, said its boats sank two landing craft.",
     [("said", "The coastal defence agency, the KDS", "its boats sank two landing craft")]),
    # what is said ends at a semicolon after which another speaker speaks, not at one in a list
    ("The mayor said 12 homes were hit; Moscow called the report false.", [("said", "The mayor", "12 homes were hit")]),
    ("Police said one man was shot in the leg; the other was shot in the arm.",
     [("said", "Police", "one man was shot in the leg; the other was shot in the arm")]),
    # "continued" is a cue where what it says is a quotation: closed before its speaker, or
    # opened after it and running to the sentence's end
    ("“The roads are closed,” the mayor continued.", [("continued", "the mayor", "The roads are closed")]),
    ("The mayor continued: “The roads are closed.”", [("continued", "The mayor", "“The roads are closed.”")]),
    ("She continued, “The roads are closed.”", [("continued", "She", "“The roads are closed.”")]),
    ("The flooding continued: “we left at dawn,” a farmer said.",
     [("said", "a farmer", "The flooding continued: “we left at dawn")]),
    # a count after a preposition is no speaker of a participle after it ("up from 30 reported")
    ("The coast guard said nine sailors drowned, up from 3 reported at noon.",
     [("said", "The coast guard", "nine sailors drowned, up from 3 reported at noon")]),
    # a clause with a participle after it before an inverted cue is what is said, the source after the cue
    ("A storm hit the harbour, sinking 9 boats, said Ivan Sirko, head of the port authority.",
     [("said", "Ivan Sirko, head of the port authority", "A storm hit the harbour, sinking 9 boats")]),
    # a leading participle's phrase without a comma is no part of the source
    ("Speaking to Reuters the harbour master said nine sailors drowned.",
     [("said", "the harbour master", "nine sailors drowned")]),
    # ... the source is past its adjunct's own phrase, at the last determiner not after a preposition
    ("Speaking at the wake of a fisherman the harbour master said nine sailors drowned.",
     [("said", "the harbour master", "nine sailors drowned")]),
    ("Speaking in Oslo the harbour master and the mayor said nine sailors drowned.",
     [("said", "the harbour master and the mayor", "nine sailors drowned")]),
    # two speakers joined by "and" before a participle's aside are the speakers
    ("The harbour master and the mayor, speaking at the quay, said nine sailors drowned.",
     [("said", "The harbour master and the mayor", "nine sailors drowned")]),
    ("Writing on Facebook the mayor said nine sailors drowned.", [("said", "the mayor", "nine sailors drowned")]),
    # a relative clause after the speaker's noun is part of the source, not the source itself
    ("A marine who swam ashore said nine sailors drowned.", [("said", "A marine who swam ashore", "nine sailors drowned")]),
    ("A diver who was pulled from the water told reporters that nine sailors drowned.",
     [("told", "A diver who was pulled from the water", "nine sailors drowned")]),
    ("The skipper who lost his boat said nine sailors drowned.", [("said", "The skipper who lost his boat", "nine sailors drowned")]),
    # ... not a clause that opens with another speaker ("who police say"): theirs
    ("The man who police say fired the shots was arrested.", [("say", "police", "fired the shots was arrested")]),
    # ... nor a speaker named before "revealed:" (no "N of X" that names no party)
    ("The Pentagon revealed: nine sailors drowned.", [("revealed", "The Pentagon", "nine sailors drowned")]),
    # ... "reported:" before a colon stays a speaker's cue (an officer's report)
    ("Officer Dana Lee reported: nine sailors drowned.", [("reported", "Officer Dana Lee", "nine sailors drowned")]),
]

# sentences in which no one is reported as saying anything
NONE = [
    "The bridge collapsed on Tuesday evening.",
    "Rescuers worked through the night to reach the trapped workers.",
    # "continued" says nothing where no quotation follows
    "The mayor continued to visit the flooded streets.",
    # a count of no one named, of a day, or "by" that does not open a clause
    "By some estimates, nine sailors drowned.",
    "By Friday's count, nine sailors had drowned.",
    "Storms driven by the region's warm currents flooded the port.",
    # what an inverted cue denies is no speaker ("…, denies rebel figure of 300")
    "Nine sailors drowned, denies rebel figure of 300",
    # "per" of a rate is no source
    "Nine sailors drowned per week, on average, in the storms.",
    "The flooding continued for a week, and the roads stayed closed.",
    # a headline's "X revealed:" is passive: X is what was revealed, not who revealed it
    "Full horror of the mine flood revealed: nine miners died",
]


@pytest.mark.parametrize("sentence,want", FOUND, ids=[s[:40] for s, _ in FOUND])
def test_found(sentence, want):
    got = [(words(sentence, a.cue), words(sentence, a.source), words(sentence, a.content)) for a in sentence_attributions(sentence)]
    assert got == want


@pytest.mark.parametrize("sentence", NONE, ids=[s[:40] for s in NONE])
def test_none(sentence):
    assert sentence_attributions(sentence) == []


# (sentence, whether a cue of it may say nothing of its own sentence, so that what it says is
# the sentence before): told from the characters, never False where the rules find such a cue
SAYS_THE_ONE_BEFORE = [
    ("She said.", True),
    ("Police said in a statement.", True),  # an adjunct, then nothing said
    ("Police said that.", True),
    ("Police told reporters.", True),  # an addressee
    ("He reportedly said on Tuesday.", True),
    ("The ministry's spokesman, Igor Konashenkov, said.", True),  # an apposition
    ("Sen. Bernie Sanders (I-Vt.) said.", True),  # a parenthesis may hide any mark
    (", said the governor.", True),  # the source after the cue
    ("Police said at least 12 died.", True),  # (what follows is said, but the test cannot tell)
    # a letter whose lower case is longer (the dotted İ): not looked at
    ("İzmir police said two people died.", True),
    # a plain word follows the cue: what it says follows
    ("The governor said two people died.", False),
    ("The governor said so on Monday.", False),
    # a mark no source holds comes before any cue
    ("Officials: two died, police said.", False),
    ("“We lost,” he said.", False),  # (a quotation is followed back by the caller)
    # no cue, or a capital one
    ("Two soldiers died near the river.", False),
    ("Said the governor: nothing.", False),
    ("", False),
]


@pytest.mark.parametrize("sentence,expected", SAYS_THE_ONE_BEFORE)
def test_a_cue_may_say_the_sentence_before(sentence, expected):
    from tollbook.extract.speakers import may_say_the_sentence_before

    assert may_say_the_sentence_before(sentence) is expected
    if any(a.content is None and a.content_before for a in sentence_attributions(sentence)):
        assert expected


def test_saying_the_sentence_before_is_read_once_whatever_the_sentence():
    # many cue words before any mark, words the rules walk over, a cue chained in one long word:
    # each character read a bounded number of times (a sentence is at most 4,000 characters)
    import time

    from tollbook.extract.speakers import may_say_the_sentence_before

    hostile = ["x" + "-said" * 799, "also " * 400 + "said " * 399, "he said x " * 399, "said" + " " * 3990 + "x"]
    t = time.process_time()
    for _ in range(50):
        for s in hostile:
            may_say_the_sentence_before(s)
    assert time.process_time() - t < 5  # ~0.1 s on a loaded machine
    assert [may_say_the_sentence_before(s) for s in hostile] == [True, True, False, True]


def test_a_sentence_read_again_is_not_walked_again(monkeypatch):
    from tollbook.extract import speakers

    sentence = "A spokesman for the regional council said on Friday that nine people were hurt."
    first = sentence_attributions(sentence)
    walked = []
    monkeypatch.setattr(speakers, "_walked", lambda s: walked.append(s) or [])
    again = sentence_attributions(sentence)
    assert again == first and walked == []
    assert again is not first  # (each caller gets its own list)
    try:
        assert sentence_attributions(sentence + " ") == [] and walked == [sentence + " "]  # (a new sentence is walked)
    finally:
        speakers._read.cache_clear()  # (what the stand-in walked is not kept for other tests)
