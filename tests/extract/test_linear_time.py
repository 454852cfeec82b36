"""Hostile text runs in time linear in its length: patterns that once backtracked without end,
each with the answer it must still give on ordinary text."""
import time
from pathlib import Path

import pytest

from helpers import claims_of
from tollbook.extract.casualties import mentions
from tollbook.extract.casualty_words import CANDIDATE
from tollbook.extract.claims import CUE_SPACING, DENSE_DOCUMENT_CUES, MAX_CUES
from tollbook.pipeline import process
from tollbook.records import Source
from tollbook.sources import InputError
from tollbook.extract.implied import _agent
from tollbook.extract.sentences import MAX_SENTENCE

WIRE = "Example Wire"


def _seconds(text: str) -> float:
    t = time.perf_counter()
    claims_of(text, outlet=WIRE)
    return time.perf_counter() - t


# (headline, [(metric, value, claimant affiliation)]): the agent of a kill verb still speaks
AGENTS = [
    ("Ukrainian marines eliminated 15 Russian soldiers overnight", [("killed", 15, "Ukraine")]),
    # the subject is the clause after the last colon or semicolon
    ("Fighting went on all day; Russian gunners destroyed 12 Ukrainian soldiers near the river",
     [("killed", 12, "Russia")]),
    # a side itself as the subject
    ("Ukraine says it has downed 4 Russian helicopters near the city", [("shot_down", 4, "Ukraine")]),
]


@pytest.mark.parametrize("headline,want", AGENTS, ids=[a[0][:40] for a in AGENTS])
def test_the_agent_of_a_kill_verb_still_speaks(headline, want):
    assert [(c.metric, c.value, c.claimant.affiliation) for c in claims_of(headline, outlet=WIRE)] == want


def test_forces_and_verbs_over_and_over_do_not_backtrack():
    # once seconds for 1 KB and growing with the cube of the length; read in full below the
    # not-prose bound (claims.MAX_CUES: each "destroyed" is a casualty word), and the agent
    # pattern itself on ten times that
    text = "Russian " + "forces destroyed " * (MAX_CUES - 5) + ": 12 Ukrainian soldiers were killed."
    assert _seconds(text) < 2.0
    assert [(c.metric, c.value) for c in claims_of(text, outlet=WIRE)] == [("killed", 12)]
    t = time.perf_counter()
    _agent("Russian " + "forces destroyed " * 1000 + ": ")
    assert time.perf_counter() - t < 2.0


# Passes once quadratic in the figures of a sentence, each with what it must still find.
# (sentence, [(metric, value, victims words, part_of)])
SENTENCE_PASSES = [
    # the toll after "bringing" counts the death just told, which becomes its part
    ("One more soldier died on Monday, bringing the toll to 7.",
     [("killed", 7, "", None), ("killed", 1, "more soldier", 0)]),
    # a figure without victim words borrows them from the nearest figure before it ...
    ("Shelling killed 4 civilians and wounded 9 on Sunday.", [("killed", 4, "civilians", None), ("wounded", 9, "civilians", None)]),
    # ... or else from the first after it
    ("At least 3 died and 5 soldiers were wounded.", [("killed", 3, "soldiers", None), ("wounded", 5, "soldiers", None)]),
    # a name with an age and another after "and": two ages, not counts (read from a window before the figure)
    ("Dana Fox, 61 and Lee Fox, 64 were found dead.", [("killed", 1, "Dana Fox", None), ("killed", 1, "Lee Fox", None)]),
    # a figure right after another's cue takes no object: "1 killed 3 injured", spaces aside
    ("1 killed   3 injured in the blast.", [("killed", 1, "", None), ("wounded", 3, "", None)]),
]


@pytest.mark.parametrize("sentence,want", SENTENCE_PASSES, ids=[s[0][:40] for s in SENTENCE_PASSES])
def test_sentence_passes_still_find(sentence, want):
    got = [(m.metric, m.figure.value, m.victims_text, m.part_of) for m in mentions(sentence)]
    assert got == want


@pytest.mark.parametrize("unit", ["({} killed) ", "{} killed, ", "aged {}, ", "{} people were killed and "])
def test_a_sentence_of_a_thousand_figures_is_read_in_linear_time(unit):
    # "bringing the toll" before the figures: words that could make any later one a toll
    sentence = ("Shelling went on, bringing the toll higher: " + "".join(unit.format(k) for k in range(1, 400)))[:MAX_SENTENCE]
    t = time.perf_counter()
    mentions(sentence)
    assert time.perf_counter() - t < 2.0


def test_a_page_of_relays_without_line_breaks_is_read_in_linear_time():
    from tollbook.extract.attribution import relay_marks

    small, large = "Aides met, according to Reuters, and talked. " * 2_000, "Aides met, according to Reuters, and talked. " * 32_000
    t = time.process_time()
    relay_marks(small)
    t_small = time.process_time() - t
    t = time.process_time()
    assert len(relay_marks(large)) == 32_000
    assert time.process_time() - t < max(40 * t_small, 0.5)  # (16 times the text: linear, generously)


def _run_of_tolls(n: int) -> str:
    """One sentence naming casualties ``n`` times: "(1 killed) (2 killed) …"."""
    return "".join(f"({k} killed) " for k in range(1, n + 1)).strip() + "."


def test_a_sentence_naming_casualties_a_hundred_times_is_still_read():
    got = [c.value for c in claims_of(_run_of_tolls(MAX_CUES), outlet=WIRE)]
    assert sorted(got) == list(range(1, MAX_CUES + 1))


def test_a_sentence_naming_casualties_more_than_a_hundred_times_is_not_prose():
    # a run of figures is a table or a page made to be slow: none of its figures is read, and
    # the sentences around it are read as ever
    text = "Shelling killed 4 civilians on Monday. " + _run_of_tolls(MAX_CUES + 1) + " Later 2 soldiers were wounded."
    got = [(c.metric, c.value) for c in claims_of(text, outlet=WIRE)]
    assert got == [("killed", 4), ("wounded", 2)]


def test_a_figure_repeated_stays_apart_within_a_sentence_and_merges_across_them():
    # the merge compares a draft only with those of other sentences (the latest of its figure):
    # the three of the first sentence are three groups; the next sentence restates the first
    got = [[e.start for e in c.evidence] for c in claims_of("(12 killed) (12 killed) (12 killed). (12 killed) (12 killed).", outlet=WIRE)]
    assert got == [[0, 37], [0], [0]]


def _tolls_page(n: int) -> str:
    """``n`` sentences of one toll each: "1 people were killed. 2 people were killed. …"."""
    return " ".join(f"{k} people were killed." for k in range(1, n + 1))


def test_a_page_of_tolls_is_read_up_to_the_bound():
    page = _tolls_page(DENSE_DOCUMENT_CUES)
    assert len(page) < DENSE_DOCUMENT_CUES * CUE_SPACING  # as dense as the bound's spacing
    got = process(Source("tolls", page))
    assert not isinstance(got, InputError)
    assert sorted(c.value for c in got.claims) == list(range(1, DENSE_DOCUMENT_CUES + 1))


def test_a_page_denser_in_tolls_than_prose_is_refused_by_name():
    # every figure read costs the same passes: a megabyte of tolls is a table or a page made to
    # be slow; one clear line, nothing read
    got = process(Source("tolls", _tolls_page(DENSE_DOCUMENT_CUES + 1), origin="page.txt"))
    assert isinstance(got, InputError)
    assert str(got).startswith("page.txt: names casualties 1,001 times in ")
    assert "not prose" in str(got)


def test_long_prose_is_read_whatever_its_length():
    # real articles, over and over: more casualty words than the bound, but spread as in prose
    seeds = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"
    article = " ".join(p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt")))
    text = "\n\n".join([article] * 40)
    assert len(CANDIDATE.findall(text.lower())) > DENSE_DOCUMENT_CUES
    got = process(Source("long", text))
    assert not isinstance(got, InputError)
    assert len(got.claims) > 0


def _killed(text: str) -> list[tuple[int | None, str]]:
    found = process(Source("t", text, None, WIRE, "2024-05-01")).claims
    return [(c.value, c.victims.text) for c in found if c.metric == "killed"]


def test_a_group_named_again_takes_its_count_from_within_reach():
    """ "The hostages were killed" takes the count of the group counted before, among the latest
    ANAPHORA_REACH figures (each such sentence once read back through every figure before it);
    past that reach it takes no other group's count, and gives no figure."""
    from tollbook.extract.claims import ANAPHORA_REACH

    seized = "Gunmen seized 7 hostages in the village on Monday. "
    later = "The hostages were killed on Friday, the police said."

    def between(n: int) -> str:
        return "".join(f"Elsewhere {k + 2} soldiers were wounded by shelling. " for k in range(n))

    assert _killed(seized + between(ANAPHORA_REACH - 50) + later) == [(7, "hostages")]
    assert _killed(seized + between(ANAPHORA_REACH + 50) + later) == []  # not a soldiers' count
    # the nearest group, of another name, where nothing else was counted
    assert _killed("Kidnappers seized four engineers near the mine. " + later) == [(4, "hostages")]


def test_a_long_run_of_digit_groups_is_read_in_linear_time():
    # "1 111 111 …": a run of three-digit groups (a number grouped by spaces is read from its
    # first group only, whole or not at all); once tried from every group to every end
    from tollbook.extract.numbers import find_figures

    run = "Officials said 1" + " 111" * 8000
    t = time.perf_counter()
    find_figures(run + " 5 people")
    find_figures(run + " people")
    assert time.perf_counter() - t < 2.0


def test_a_number_too_long_to_be_a_count_loses_nothing_else():
    # a 5,000-digit number once stopped the whole document (Python will not convert it, nor
    # will the ledger store a count past a float's range); it is no count, the rest is read
    text = "Officials said " + "9" * 5000 + " people were killed. Officials said 12 people were wounded."
    assert [(c.metric, c.value) for c in claims_of(text, outlet=WIRE)] == [("wounded", 12)]
