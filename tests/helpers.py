"""Shared test helpers: run the real pipeline on a piece of text."""
import pytest

from tollbook.clean import clean
from tollbook.extract import extract_claims
from tollbook.records import Source


def claims_of(text: str, doc_id: str = "t", **meta):
    return extract_claims(clean(Source(doc_id, text, **meta)))


def summary(text: str):
    """(metric, value, qualifier) of every claim in a text, in order."""
    return [(c.metric, c.value, c.qualifier) for c in claims_of(text)]


def total(text: str, metric: str):
    """A document total of a text: the sum of the values of its claims of ``metric`` that are
    not parts of a larger figure and not denied (what the scorers add)."""
    return sum(c.value for c in claims_of(text) if c.metric == metric and c.value is not None
               and c.part_of is None and c.stance != "denied")


def mention_rows(found):
    """(metric, value, unit, victims words) of each casualty mention, the rows of the pass tables."""
    return [(m.metric, m.figure.value, m.unit, m.victims_text) for m in found]


def found_test(table):
    """The test of a casualty pass table: each (sentence, expected mention rows) as found."""
    from tollbook.extract.casualties import mentions

    @pytest.mark.parametrize("sentence,want", table, ids=[s[:40] for s, _ in table])
    def test_found(sentence, want):
        assert mention_rows(mentions(sentence)) == want

    return test_found


def none_test(sentences):
    """The test of sentences that must yield no casualty mention."""
    from tollbook.extract.casualties import mentions

    @pytest.mark.parametrize("sentence", sentences, ids=[s[:40] for s in sentences])
    def test_none(sentence):
        assert mentions(sentence) == []

    return test_none
