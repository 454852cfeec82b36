"""Shared test helpers: run the real pipeline on a piece of text."""
from tollbook.clean import clean
from tollbook.extract import extract_claims
from tollbook.records import Source


def claims_of(text: str, doc_id: str = "t", **meta):
    return extract_claims(clean(Source(doc_id, text, **meta)))


def summary(text: str):
    """(metric, value, qualifier) of every claim in a text, in order."""
    return [(c.metric, c.value, c.qualifier) for c in claims_of(text)]


def mention_rows(found):
    """(metric, value, unit, victims words) of each casualty mention, the rows of the pass tables."""
    return [(m.metric, m.figure.value, m.unit, m.victims_text) for m in found]
