"""A worker's results handed to the writer's process (handoff.pack, pickled, handoff.unpack) come
back as the same results."""
import pickle

import pytest

from tollbook.handoff import pack, unpack
from tollbook.pipeline import Processed, process
from tollbook.records import Document, Source, replace
from tollbook.sources import InputError


def _through(result, source):
    return unpack(pickle.loads(pickle.dumps(pack(result), 5)), source)


SOURCES = [
    # the cleaned text is the raw text
    Source("a", "Three soldiers were killed in the attack, the army said.", outlet="Daily Post", published="2024-05-02"),
    # cleaning changes the text (a widget line taken out, spaces)
    Source("b", "Share this story\n\nPolice said   two people were wounded   in a shooting on Main Street.\n"),
    # no figure at all
    Source("c", "The weather was mild on Tuesday."),
    Source("d", "<html><body><article><p>Officials said 12 civilians were killed in the strike.</p></article></body></html>",
           url="https://example.org/x", html=True),
]


@pytest.mark.parametrize("source", SOURCES, ids=lambda s: s.doc_id)
def test_same_result_after_the_hand_off(source):
    result = process(source)
    back = _through(result, pickle.loads(pickle.dumps(source)))
    assert back == result
    if isinstance(result, Processed):
        assert type(back.document) is Document and back.document.raw == result.document.raw


def test_a_document_whose_raw_text_is_not_the_sources_is_sent_whole():
    source = Source("e", "Two people were killed, police said.")
    result = process(source)
    other = replace(result, document=replace(result.document, raw="Two people were killed, police said. "))
    back = _through(other, source)
    assert back == other and back.document.raw.endswith(" ")


def test_errors_and_unknown_things_go_as_they_are():
    err = InputError("f.jsonl:3", "no text left after cleaning")
    assert _through(err, Source("x", "")) == err
    assert unpack(pack(42), Source("x", "")) == 42
