"""Hostile text runs in time linear in its length: patterns that once backtracked without end,
each with the answer it must still give on ordinary text."""
import time

import pytest

from helpers import claims_of

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
    # once seconds for 1 KB and growing with the cube of the length
    text = "Russian " + "forces destroyed " * 600 + ": 12 Ukrainian soldiers were killed."
    assert _seconds(text) < 2.0
