"""What every casualty pass reads (shapes.py): here, the word before a figure read backwards."""
import pytest

from tollbook.extract.casualties.shapes import _LAST_WORD, after_metric, before_cue, last_word


@pytest.mark.parametrize("window", [
    "gunmen killed ", "shot and killed  ", "wounded\n", "the officer's ", "anti-tank ", "killed", "", "   ",
    "killed, ", "a 25-year-old ", "İstanbul ", "x\u00b2 ", "killed\u2009", "word_with_underscore ", "’s ",
    "killed \nX", "ends with a newline\n\n", "(killed) ",
    # (a last word of letters or digits alone is read whole; any other character, a character at a time)
    "no-break\u00a0killed ", "tab\tkilled ", "1,200 ", "killed2 ", "x-killed ", "\u00e9t\u00e9 ",
])
def test_the_word_before_the_spaces_reads_as_the_pattern_does(window):
    text = "Lead-in words " + window
    for lo in (0, 5, len(text) - len(window), len(text) - 2, len(text)):
        m = _LAST_WORD.search(text, max(lo, 0))
        assert last_word(text, max(lo, 0)) == (m.group(1) if m else None)


# (words before a figure, whether a cue before it is read there)
BEFORE = [
    ("Gunmen shot and killed ", True),
    ("The blast wounded the ", True),
    ("He said he had seen ", False),
    ("killed", False),  # a cue must be followed by the space before the figure
]


@pytest.mark.parametrize("text,cued", BEFORE, ids=[b[0] for b in BEFORE])
def test_a_cue_before_a_figure(text, cued):
    assert bool(before_cue(text)) is cued


# (a wound phrase after a figure, its metric): the words of data/cues.json wound_words, tried
# in order, so "non-fatal" is read before the "fatal" inside it
WOUNDS = [
    ("sustained non-fatal wounds", "wounded"),
    ("sustained nonfatal gunshot wounds", "wounded"),
    ("suffered non-life-threatening injuries", "wounded"),
    ("suffered minor bullet wounds", "wounded"),
    ("sustained fatal injuries", "killed"),
    ("suffered mortal wounds", "killed"),
    ("suffering from a gunshot wound", "shot"),
    ("suffered a gun  shot wound", "shot"),
    ("received bullet wounds", "shot"),
    ("suffered a graze wound", "shot"),
    ("sustained severe injuries", "wounded"),
    ("being treated for shrapnel wounds", "wounded"),
]


@pytest.mark.parametrize("cue,metric", WOUNDS, ids=[w[0] for w in WOUNDS])
def test_a_wound_phrase_reads_its_kind_of_wound(cue, metric):
    assert after_metric(cue) == metric


# has_word: a word of the set as a whole run of letters a-z of the text lower-cased, nothing more:
# (text, whether one of "killed", "toll", "in", "k" is there)
WHOLE_WORDS = [
    ("two men were killed", True),
    ("Killed", True),
    ("KILLED.", True),
    ("12killed", True),  # (a digit is no letter)
    ("killed_2", True),  # (nor an underscore)
    ("skilled workers", False),
    ("killedx", False),
    ("the tolls rose", False),
    ("toll-free", True),
    ("a toll", True),
    ("iN", True),
    ("within", False),
    ("éin", True),  # (a letter beyond a-z is not one of them)
    ("K", True),
    ("\u212a", True),  # the Kelvin sign, "k" lower-cased
    ("İn", False),  # "i̇n" lower-cased: a dot between
    ("", False),
    ("kill ed", False),
]


def test_has_word_finds_the_whole_words_a_word_list_finds():
    import re

    from tollbook.extract.casualties.shapes import has_word

    words = frozenset({"killed", "toll", "in", "k", "", "o'clock"})
    for text, want in WHOLE_WORDS:
        as_list = not words.isdisjoint(re.findall(r"[a-z]+", text.lower()))
        assert has_word(words, text) is want is as_list, text


# (the words after a figure, the victims they name): words cut off inside a name after "of" run
# on to the name's end, where the side is often named; not through an armed group's name
VICTIMS_AFTER = [
    (" sailors of the Northern Fleet of the Navy of Ruritania were killed", "sailors of the Northern Fleet of the Navy of Ruritania"),
    (" crew members of the 3rd Coastal Defence Battalion of Freedonia died", "crew members of the 3rd Coastal Defence Battalion of Freedonia"),
    (" fighters of the Mountain Liberation Front of Ruritania were killed", "fighters of the Mountain Liberation"),
    (" residents of the town were killed in Freedonia", "residents of the town"),
    # a country inside a name, an owner of what follows, a day: where the name ends
    (" members of the Wind Brigade of the Moldova Legion here died", "members of the Wind Brigade"),
    (" fighters of the Hill Defence Forces of Moldova's north died", "fighters of the Hill Defence Forces"),
    (" soldiers of the Freedonian Army Tuesday, officials said", "soldiers of the Freedonian Army"),
    # ... but a side's forces named in full end it ("of the Ukrainian Ground Forces")
    (" crew members of the 5th Brigade of the Polish Land Forces died", "crew members of the 5th Brigade of the Polish Land Forces"),
]


@pytest.mark.parametrize("text,want", VICTIMS_AFTER, ids=[v[1][:30] for v in VICTIMS_AFTER])
def test_victim_words_cut_inside_a_name_run_to_its_end(text, want):
    from tollbook.extract.casualties.shapes import victims_after

    assert victims_after(text) == want
