"""Sentence splitting: offsets true to the text, and no sentence without end."""
import time

import pytest

from tollbook.extract.sentences import MAX_SENTENCE, split_sentences

SPLITS = [
    ("Two men were shot. Police said one died.", ["Two men were shot.", "Police said one died."]),
    # an abbreviation or an initial does not end a sentence
    ("Dr. Smith said J. Doe died. He was 40.", ["Dr. Smith said J. Doe died.", "He was 40."]),
    # a line break does
    ("Five killed\nToll rises", ["Five killed", "Toll rises"]),
    # a full stop glued to the next sentence by careless page text, after a word of three
    # letters or more; not after a short one, nor before a lower-case word
    ("Three were injured.Christopher Lee, 19, died.", ["Three were injured.", "Christopher Lee, 19, died."]),
    ("He was taken to St.Mary hospital.", ["He was taken to St.Mary hospital."]),
    ("Go to example.com for more.", ["Go to example.com for more."]),
    ("Two men died.12-year-old boy hurt", ["Two men died.", "12-year-old boy hurt"]),
    # wire headlines joined by ";"
    ("Five killed;Toll rises", ["Five killed", "Toll rises"]),
    # ... the next title in Cyrillic, lost to "?" marks, or a dash for none
    ("Two hurt - army;Двое раненых", ["Two hurt - army", "Двое раненых"]),
    ("Two hurt - army;?? ?????", ["Two hurt - army", "?? ?????"]),
    ("Two hurt - army;-;-", ["Two hurt - army", "-", "-"]),
    # ... not a ";" inside a word of careless page text
    ("It won;t be long; we hope", ["It won;t be long; we hope"]),
]


@pytest.mark.parametrize("text,want", SPLITS)
def test_split(text, want):
    assert [s.text for s in split_sentences(text)] == want


def test_a_page_without_full_stops_is_cut_at_clause_breaks_within_the_limit():
    text = "the convoy moved on through the valley, and the shelling went on " * 1000
    got = split_sentences(text)
    assert len(got) > 1 and all(len(s.text) <= MAX_SENTENCE for s in got)
    assert all(text[s.start:s.end] == s.text for s in got)
    # each piece but the last ends at a comma: a clause, not the middle of a word
    assert all(s.text.endswith(",") for s in got[:-1])


def test_one_endless_word_is_cut_at_the_limit():
    text = "x" * (3 * MAX_SENTENCE + 5)
    assert [len(s.text) for s in split_sentences(text)] == [MAX_SENTENCE] * 3 + [5]


def test_runs_of_stops_and_long_words_split_in_linear_time():
    text = ("." * 100_000 + " a") + (" " + "y" * 100_000 + ". B")
    t = time.perf_counter()
    split_sentences(text)
    assert time.perf_counter() - t < 2.0


@pytest.mark.parametrize("window", [
    "said Dr.", "the U.S.", "in Washington D.C.!?", "no.", "...", "x !.", "Jan;", "St", "", "a_b.c..",
    "İstanbul.", "Gen\u00b2.", "(Mr.", "end of it?!", " 5.", "a.!b.",
])
def test_the_word_before_a_stop_reads_as_the_pattern_does(window):
    from tollbook.extract.sentences import _LAST_WORD, _last_word

    text = "Lead-in words " + window
    for lo in (0, 5, len(text) - len(window)):
        word = _LAST_WORD.search(text, lo, len(text))
        assert _last_word(text, lo, len(text)) == (word.group(1).lower().rstrip(".") if word else "")


@pytest.mark.parametrize("line", [
    "Two died. Three were hurt! Was it a bomb? Police said so; Toll rises",
    "Five killed;Toll rises. Officials spoke.",
    "He was taken to St.Mary hospital... Later he died. \"It was awful.\" She left.",
    "No stop in this line at all",
    "Dots... dots... Dots!! What?! 1.5 million. 2.0 A.M. U.S. Army",
    "a.b.c.d.e.f.g.h. J. K. L. M. Nine.",  # dense in stops: searched as before
    ".;.;.;.;Xx",
    "Two hurt - army;-;?? ???;Двое;x",
    "Three were injured.Christopher Lee, 19, died.(Photo) [Update] Next.",
])
def test_stops_are_found_where_the_boundary_search_finds_them(line):
    from tollbook.extract.sentences import _BOUNDARY, _boundaries

    for variant in (line, line.upper(), line.lower()):
        assert [m.span() for m in _boundaries(variant)] == [m.span() for m in _BOUNDARY.finditer(variant)]
