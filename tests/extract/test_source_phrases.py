"""The source phrase's edges, walked on tokens (extract/source_phrases.py): tables of (words
around a cue, the source phrase read, or None where the words are no speaker)."""
import pytest

from tollbook.extract.source_phrases import apposition_back, circumstance_cut, np_back, np_forward, tokens


def _at(toks, word: str) -> int:
    return [t.lower for t in toks].index(word)


# the words before a cue ("said"): where the speaker's noun phrase begins
BEFORE_THE_CUE = [
    ("The court and the ministry said", "The court and the ministry"),  # both speak
    ("In a statement the ministry said", "the ministry"),  # a leading adjunct is no speaker
    ("On Tuesday the ministry said", "the ministry"),
    ("Both Mr. King and Mr. Schultz say", "Mr. King and Mr. Schultz"),  # the two, not the quantifier
    ("Russia's defence ministry said", "Russia's defence ministry"),
    ("They were killed, officials said", "officials"),  # the clause before ends at the comma
    ("The village that was shelled said", None),  # a verb before the cue: a clause, not a speaker
    ("At least 12 people were killed, said", None),
    # a quantity that opens with "about", "at least", "over" is no leading adjunct
    ("About four in ten voters in the county say", "About four in ten voters in the county"),
    ("At least half of voters in each state say", "At least half of voters in each state"),
    # but "over/about N days" is a span of time: a leading adjunct
    ("Over two days the regional governor said", "the regional governor"),
    # a dash with a space before it ends the phrase (a dateline, an aside), a hyphen does not
    ("KYIV - The regional governor said", "The regional governor"),
    ("Some say he is tired - others say", "others"),
]


@pytest.mark.parametrize("words,expected", BEFORE_THE_CUE)
def test_the_speaker_before_a_cue_starts_at_a_clause_edge(words, expected):
    toks = tokens(words)
    j = len(toks) - 2  # the word before the cue
    k = np_back(toks, j)
    assert (None if k is None else words[toks[k].start:toks[j].end]) == expected


# the words after an inverted cue ("said X"): where the speaker's noun phrase ends
AFTER_THE_CUE = [
    ("said Olena Petrenko, a spokeswoman for the administration.", "Olena Petrenko, a spokeswoman for the administration"),
    ("said Ivan Sirko, head of the council, a regional body.", "Ivan Sirko, head of the council, a regional body"),
    ("said the governor of the region in 2015", "the governor of the region"),  # a date is no part of the speaker
    ("said on Monday that 12 died", None),  # an adjunct, not a speaker
    ("said Saturday", None),
    # a short parenthesis after the name (party and state) is part of it
    ("said Rep. Ivan Sirko (D-Texas), a member of the committee.", "Rep. Ivan Sirko (D-Texas), a member of the committee"),
    ("said Rep. Ivan Sirko (D-Texas).", "Rep. Ivan Sirko (D-Texas)"),
    ("said the agency (which runs the port).", "the agency"),  # not a clause in one
    # the words that belong to a date end the speaker with it ("last week", "early Monday")
    ("said a poll taken last week", "a poll taken"),
    ("said the council last month", "the council"),
]


@pytest.mark.parametrize("words,expected", AFTER_THE_CUE)
def test_the_speaker_after_a_cue_ends_at_a_clause_edge(words, expected):
    toks = tokens(words)
    end = np_forward(toks, 1, allow_apposition=True)
    assert (None if end is None else words[toks[1].start:toks[end - 1].end]) == expected


# "NAME, A DESCRIPTION, said": the source runs from the name, a circumstance cut off
APPOSED = [
    ("Olena Petrenko, a spokeswoman for the regional administration, said", "Olena Petrenko, a spokeswoman for the regional administration"),
    ("A senior officer, Ivan Sirko, said", "A senior officer, Ivan Sirko"),  # the description first, then the name
    ("A local lawyer, J. R. Sirko, said", "A local lawyer, J. R. Sirko"),  # initials and their dots are part of the name
    ("A local lawyer, Ivan Sirko-Petrenko, said", "A local lawyer, Ivan Sirko-Petrenko"),
    ("Sirko, speaking to reporters in the capital, said", "Sirko"),  # what he was doing is no part of him
    ("Sirko, at a briefing on Monday, said", "Sirko"),
    ("The soldiers, they said", None),  # a pronoun after the comma: another clause
    # the name second, with or without its article, after a description that ends in a common noun
    ("Ukraine's coastal defence agency, the KDS, said", "Ukraine's coastal defence agency, the KDS"),
    ("Ukraine's coastal defence agency, KDS, said", "Ukraine's coastal defence agency, KDS"),
    ("Kovalenko, Sirko, said", None),  # two names: a list, no description
    ("The Kovalenko Brigade, the Ninth, said", "The Kovalenko Brigade, the Ninth"),  # (an article opens the first)
    # a description with a comma of its own, or after an age, runs back to the name that opens the sentence
    ("Ivan Sirko, a delegate from Austin, Texas, said", "Ivan Sirko, a delegate from Austin, Texas"),
    ("Ivan Sirko, head of the council, a regional body, said", "Ivan Sirko, head of the council, a regional body"),
    ("Ivan Sirko, 54, a farmer from the valley, said", "Ivan Sirko, 54, a farmer from the valley"),
    # ... not to an adverb, a date or a place that opens it
    ("Meanwhile, a delegate from Austin, Texas, said", "a delegate from Austin, Texas"),
    ("On Tuesday, a delegate from Austin, Texas, said", "a delegate from Austin, Texas"),
    ("In Austin, the head of the council, a regional body, said", None),
]


@pytest.mark.parametrize("words,expected", APPOSED)
def test_an_apposed_speaker_runs_from_the_name(words, expected):
    toks = tokens(words)
    j = _at(toks, "said") - 1  # the comma before the cue
    start = apposition_back(toks, j)
    got = None if start is None else words[toks[start].start:toks[circumstance_cut(toks, start, j)].end]
    assert got == expected


# "NAME, ..., <circumstance>," before a cue (the last comma given): where the source ends. Only
# the last description is looked at; what the speaker was doing is cut off, what they are stays
CUT = [
    ("Ivan Sirko, a general, speaking in Kyiv,", "Ivan Sirko, a general"),  # the last comma after the name decides
    ("Ivan Sirko, a general,", "Ivan Sirko, a general"),
    ("Sirko, in Kyiv,", "Sirko"),
    ("Sirko, unlike his deputy,", "Sirko"),
    ("Sirko, commander of the brigade,", "Sirko, commander of the brigade"),
    ("Sirko,", "Sirko"),  # no comma between the name and the last: nothing to cut
    ("Ivan Sirko, 54, of the valley road,", "Ivan Sirko, 54, of the valley road"),  # where a person is from, after their age
]


@pytest.mark.parametrize("words,expected", CUT)
def test_a_circumstance_after_the_name_is_cut_off(words, expected):
    toks = tokens(words)
    assert words[:toks[circumstance_cut(toks, 0, len(toks) - 1)].end] == expected
