"""What a figure counts over (extract/scope.py) and the date it is stated for (extract/dates.py)."""
import datetime as dt

import pytest

from tollbook.extract.dates import period
from tollbook.extract.scope import counts_disease, scope
from helpers import claims_of


@pytest.mark.parametrize("sentence,want", [
    ("The ministry said 2,300 soldiers had been killed since the start of the operation.", "cumulative"),
    ("So far 740 civilians have died, the monitors said.", "cumulative"),
    ("Kyiv says Moscow has lost 14,000 troops.", "cumulative"),
    ("Ukraine said 5,300 Russian soldiers had died during the first two weeks of the war.", "cumulative"),
    ("As of 3 April, 1,417 civilians had been killed.", "cumulative"),
    ("The General Staff said 150 Russian soldiers were killed in the past 24 hours.", "interval"),
    ("Shelling overnight killed four people in Mykolaiv.", "interval"),
    ("The army says it loses up to 100 soldiers a day.", "interval"),
    ("The strike on the railway station killed 52 people.", "event"),
    ("A missile hit a block of flats, killing 23 people.", "event"),
    ("Twenty people have been killed in the attack so far.", "event"),  # one attack's toll to date
    ("About a week after the bombing, the council put the toll at around 300.", "event"),
    ("Nine people died.", None),
    # a comment on the event in a relative clause is no running total
    ("Ten jets were destroyed in a string of blasts at the base, which would mark a turning point in the war.", "event"),
])
def test_scope(sentence, want):
    assert scope(sentence) == want


def test_each_figure_reads_its_own_clause():
    s = "The General Staff said 150 Russian soldiers were killed in the past 24 hours, bringing the total since the invasion to 21,000."
    assert scope(s, s.index("150")) == "interval"
    assert scope(s, s.index("21,000")) == "cumulative"


@pytest.mark.parametrize("sentence", [
    "A local official said that 2 people were killed in the town.",  # no scope word: ruled out at once
    "Nine people died.", "The hostages were killed on Monday, a resident added.",
    "The General Staff said 150 Russian soldiers were killed in the past 24 hours, bringing the total since the invasion to 21,000.",
    "Twenty people have been killed in the attack so far.", "Shelling overnight killed four people in Mykolaiv.",
    "İzmir: 4 dead in the ATTACK", "İzmir: 4 dead", "ſo far 3 died",  # lower case is not what the patterns match
])
def test_a_sentence_without_scope_words_is_ruled_out_as_its_clauses_would_be(sentence):
    """scope() rules out at once a sentence holding none of the scope words: what reading its
    clause and the sentence, kind by kind, says."""
    from tollbook.extract import scope as S

    for at in range(0, len(sentence), 7):
        read = next((k for text in (S.clause(sentence, at), sentence) for k in [S._kinds(text)] if k), frozenset())
        want = None if not read else next((k for k in ("cumulative", "interval", "event") if k in read), "cumulative")
        assert scope(sentence, at) == want


FRI = dt.date(2022, 4, 8)
WAR = "russia invaded ukraine"


@pytest.mark.parametrize("sentence,start,end", [
    # the start of the counted period is never the date the figure is stated for
    ("The UN said 1,600 civilians had been killed since the invasion on 24 February.", "2022-02-24", "2022-04-08"),
    ("Kyiv said 19,000 invaders had died since Russia invaded on Feb. 24.", "2022-02-24", "2022-04-08"),
    ("Since the war began on February 24, monitors have recorded 1,600 deaths.", "2022-02-24", "2022-04-08"),
    ("On 25 March, the ministry said 1,351 soldiers had been killed.", None, "2022-03-25"),
    ("As of Tuesday, 1,611 civilians had died.", None, "2022-04-05"),
    ("By 2 April, 1,417 civilians had died.", None, "2022-04-02"),
    ("The last update was in late March, when the toll stood at 1,351.", None, "2022-03-25"),
    # a story's past is not the date of the figure
    ("Forty were killed, some of them captured after the fall of the port in late March.", None, "2022-04-08"),
    ("Five people died since 1 April.", "2022-04-01", "2022-04-08"),
])
def test_period(sentence, start, end):
    p = period(sentence, WAR, FRI)
    assert (p.start, p.end) == (start, end)


def test_claims_carry_their_scope():
    (c,) = claims_of("The ministry said 2,300 soldiers had been killed since the start of the operation.")
    assert c.scope == "cumulative" and c.to_dict()["scope"] == "cumulative"


def test_a_split_word_around_the_figure_bounds_nothing():
    from tollbook.extract.scope import clause
    s = "Five died on Monday, bringing the total since March to 40, officials said."
    at = s.index("bringing")  # inside ", bringing": the clause runs from the sentence's start to the next split
    assert clause(s, at) == s
    assert clause(s, s.index("40")).startswith(", bringing")
    assert clause(s, 0) == s[:s.index(", bringing")]


def test_a_sentence_of_many_figures_is_read_once_per_clause():
    import time
    from tollbook.extract.implied import held_side
    # every figure once read the whole sentence again: a thousand figures, a thousand readings
    sentence = "In the Donetsk republic " + "".join(f"{k} were killed, " for k in range(1, 300)) + "officials said."
    starts = [i for i in range(len(sentence)) if sentence[i].isdigit() and not sentence[i - 1].isdigit()]
    t = time.perf_counter()
    kinds = {scope(sentence, at) for at in starts}
    sides = {held_side(sentence, at, at + 1) for at in starts}
    assert time.perf_counter() - t < 2.0
    assert kinds == {None} and sides == {"Russia"}


def test_one_event_takes_its_scope_from_any_of_its_sentences_and_the_story_s_place():
    text = ("Ten jets destroyed in base blasts\n\n"
            "Ten jets were destroyed in a string of explosions at an air base in Crimea, officials said. "
            "The ministry said the explosion did not harm anyone, but 10 jets were hit in the blast.")
    (c,) = [c for c in claims_of(text, outlet="Wire") if c.metric == "destroyed"]
    assert (c.scope, c.location.name) == ("event", "Crimea")


def test_a_place_qualified_as_annexed_is_still_the_place():
    from tollbook.resolve import find_location
    assert find_location("a fire at an air base in Russian-annexed Crimea on Tuesday").name == "Crimea"


@pytest.mark.parametrize("sentence,want", [
    ("The cholera outbreak has caused 300 deaths and over 10,000 cases.", True),
    ("THE COVID-19 PANDEMIC: 12 DEATHS AND 400 INFECTIONS.", True),
    # a disease named, but no cases counted; cases of no disease
    ("Shelling killed 5 people near a Covid hospital.", False),
    ("Police opened 12 cases after 3 were killed.", False),
    # infections confirmed are an epidemic's, whether or not it is named
    ("The region has reported over 40,000 confirmed infections and about 900 deaths.", True),
    ("Doctors treated 12 wounded soldiers for infections; 3 died.", False),
])
def test_a_sentence_counting_a_disease(sentence, want):
    assert counts_disease(sentence) is want
