"""The garbage collector is off while a document is read (collector.py) and as it was after."""
import gc
import threading

import pytest

from tollbook import pipeline
from tollbook.collector import no_collections
from tollbook.records import Source


@pytest.fixture(autouse=True)
def collector_restored():
    was = gc.isenabled()
    yield
    (gc.enable if was else gc.disable)()


def test_a_document_is_read_with_the_collector_off_and_it_is_on_again_after(monkeypatch):
    seen = []
    real = pipeline.extract_claims
    monkeypatch.setattr(pipeline, "extract_claims", lambda doc: seen.append(gc.isenabled()) or real(doc))
    gc.enable()
    out = pipeline.process(Source("d", "Police said two people were killed in the blast."))
    assert [c.value for c in out.claims] == [2]
    assert seen == [False] and gc.isenabled()


def test_a_document_that_fails_leaves_the_collector_on(monkeypatch):
    def boom(doc):
        raise RuntimeError("bad page")
    monkeypatch.setattr(pipeline, "extract_claims", boom)
    gc.enable()
    out = pipeline.process(Source("d", "Two people were killed."))
    assert "bad page" in out.message and gc.isenabled()


def test_a_collector_the_caller_turned_off_stays_off():
    gc.disable()
    with no_collections():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_the_collector_comes_back_when_the_last_of_two_threads_reading_is_done():
    gc.enable()
    inside, release = threading.Event(), threading.Event()

    def reading():
        with no_collections():
            inside.set()
            release.wait(10)

    t = threading.Thread(target=reading)
    t.start()
    inside.wait(10)
    with no_collections():
        pass
    assert not gc.isenabled()  # the other thread still reads its document
    release.set()
    t.join(10)
    assert gc.isenabled()
