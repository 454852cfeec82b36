"""The per-document time budget kept in one process (limits.time_budget), and the limits read
from the environment."""
import re
import signal
import threading
import time
from pathlib import Path

import pytest

from tollbook.limits import OverBudget, time_budget
from tollbook.pipeline import process, process_within_budget, run
from tollbook.records import Source
from tollbook.sources import InputError

from paths import tolls_by_speakers

SEEDS = Path(__file__).resolve().parent / "fixtures" / "seeds"


def _article() -> str:
    return " ".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))


def test_a_pattern_stuck_backtracking_is_stopped_at_the_budget():
    # a nested quantifier over a run of "a" that fails at its end: hours of backtracking
    t = time.perf_counter()
    with pytest.raises(OverBudget, match=r"took longer than 0.2 s \(TOLLBOOK_DOCUMENT_SECONDS\)"):
        with time_budget(0.2):
            re.match(r"(a+)+$", "a" * 40 + "b")
    assert time.perf_counter() - t < 5
    assert signal.getitimer(signal.ITIMER_REAL)[0] == 0  # no timer left running


def test_a_budget_whose_first_stop_is_dropped_stops_the_block_again():
    """Raised while a garbage collector's callback runs, the stop is printed and dropped: the
    budget reminds the block until it ends."""
    dropped = 0
    t = time.perf_counter()
    with pytest.raises(OverBudget):
        with time_budget(0.1):
            while time.perf_counter() - t < 10:
                try:
                    while time.perf_counter() - t < 10:
                        pass
                except OverBudget:
                    dropped += 1  # as the interpreter drops it in a callback: once
                    if dropped > 1:
                        raise
    assert dropped == 2 and time.perf_counter() - t < 5
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)  # no reminder left running


def test_a_block_within_its_budget_runs_to_its_end_and_leaves_the_handler_as_it_was():
    before = signal.getsignal(signal.SIGALRM)
    with time_budget(5):
        got = sum(range(1000))
    assert got == 499500
    assert signal.getsignal(signal.SIGALRM) is before
    assert signal.getitimer(signal.ITIMER_REAL)[0] == 0


def test_a_timer_of_the_callers_own_is_left_alone():
    # a program (or a benchmark) that keeps its own timer: the budget does not replace it
    signal.signal(signal.SIGALRM, lambda *a: None)
    signal.setitimer(signal.ITIMER_REAL, 30)
    try:
        with time_budget(0.01):
            time.sleep(0.05)  # past the budget, but the caller's timer is the one running
        assert signal.getitimer(signal.ITIMER_REAL)[0] > 25
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, signal.SIG_DFL)


def test_outside_the_main_thread_the_block_runs_without_a_budget():
    out = []

    def work():
        with time_budget(0.01):
            time.sleep(0.05)
            out.append("done")

    t = threading.Thread(target=work)
    t.start()
    t.join()
    assert out == ["done"]


def test_a_document_over_its_budget_is_an_error_naming_it():
    got = process_within_budget(Source("slow", _article() * 5, origin="slow.txt"), seconds=0.001)
    assert isinstance(got, InputError)
    assert str(got) == "slow.txt: took longer than 0.001 s (TOLLBOOK_DOCUMENT_SECONDS); stopped"


def test_the_batch_goes_on_after_a_document_over_its_budget(monkeypatch):
    # a long document (about a second of reading: tolls each said by a new person, every
    # sentence its own) over a quarter-second budget, then a short one
    big = Source("big", tolls_by_speakers(300_000), origin="big.txt")
    small = Source("small", "Shelling killed 3 civilians in Kharkiv, the governor said.", origin="small.txt")
    process(small)  # patterns compiled and the parser loaded outside the budget
    monkeypatch.setenv("TOLLBOOK_DOCUMENT_SECONDS", "0.25")
    got = list(run([big, small]))
    assert isinstance(got[0], InputError) and str(got[0]) == "big.txt: took longer than 0.25 s (TOLLBOOK_DOCUMENT_SECONDS); stopped"
    assert [(c.metric, c.value) for c in got[1].claims] == [("killed", 3)]


def test_a_load_done_once_a_process_is_not_in_a_documents_budget():
    # the block outside the budget runs past it; the budget goes on after it, with what was left
    from tollbook.limits import outside_budget

    t = time.perf_counter()
    with pytest.raises(OverBudget):
        with time_budget(0.3):
            with outside_budget():
                time.sleep(0.6)
            while time.perf_counter() - t < 5:
                pass
    assert 0.6 < time.perf_counter() - t < 5  # (stopped after the sleep, not during it)
    assert signal.getitimer(signal.ITIMER_REAL)[0] == 0


def test_the_parser_loads_in_full_even_under_a_tight_budget():
    # loading the model takes longer than this budget: once stopped halfway, a document was
    # lost, and a half-imported package could leave the parser unavailable for the run
    from tollbook.extract import parse

    parse._nlp.cache_clear()
    with time_budget(0.05):
        assert parse.available()
