"""Worker processes: they die with their parent, and a document over its time budget is
stopped and named while the rest of the batch goes on."""
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tollbook.batch import ingest_all
from tollbook.parallel import worker_pool
from tollbook.sources import InputError, read_sources
from tollbook.store import Ledger
from tollbook.workers import WorkerPool

from paths import long_prose
from test_batch import make_batch


def _children() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                fields = (d / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            kids.setdefault(int(fields[1]), []).append(int(d.name))
    return kids


def descendants(pid: int) -> set[int]:
    kids, out, todo = _children(), set(), [pid]
    while todo:
        for c in kids.get(todo.pop(), []):
            if c not in out:
                out.add(c)
                todo.append(c)
    return out


def alive(pid: int) -> bool:
    """Running, not a zombie waiting to be reaped."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_workers_die_with_their_parent(tmp_path):
    batch = make_batch(tmp_path / "b.jsonl", 3000)
    cmd = [sys.executable, "-m", "tollbook", "ingest", "--jobs", "2", "--no-progress", str(batch), "--db", str(tmp_path / "l.db")]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seen: set[int] = set()
    deadline = time.time() + 60
    while time.time() < deadline and len(seen) < 3:  # the fork server and two workers
        time.sleep(0.2)
        seen |= descendants(proc.pid)
    assert len(seen) >= 3 and proc.poll() is None, "the workers must be running when the parent is killed"
    time.sleep(1)
    seen |= descendants(proc.pid)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    # the workers go at once; the fork server exits through the interpreter's shutdown, with
    # the parser loaded (~2 s with the tests on one loaded core): a wait for it, not a sleep
    deadline = time.time() + 60
    while [p for p in seen if alive(p)] and time.time() < deadline:
        time.sleep(0.1)
    assert [p for p in seen if alive(p)] == []


def catastrophic(item: str) -> str:
    """CPU-bound and uninterruptible in its thread: exponential backtracking inside `re`."""
    if item == "hostile":
        re.match(r"(a+)+$", "a" * 64 + "!")
    return item.upper()


def test_an_item_over_the_budget_is_stopped_and_the_rest_goes_on():
    started = time.monotonic()
    with WorkerPool(2, budget=1.0, on_timeout=lambda item, why: f"timeout: {item}: {why}") as pool:
        first = pool.submit(catastrophic, ["a", "hostile", "b"])
        second = pool.submit(catastrophic, ["c", "d"])
        out = first.result(timeout=60)
        assert out[0] == "A" and out[2] == "B"
        assert out[1].startswith("timeout: hostile: took longer than 1 s")
        assert second.result(timeout=60) == ["C", "D"]
        # the replaced worker takes new work
        assert pool.submit(catastrophic, ["e"]).result(timeout=60) == ["E"]
    assert time.monotonic() - started < 30


def test_batch_ingest_names_the_document_over_the_budget(tmp_path, monkeypatch):
    """A real, long (1.5 MB) article cannot be read in 0.2 s: it is stopped and named; the
    short ones before and after it are stored."""
    batch = make_batch(tmp_path / "b.jsonl", 6)
    lines = batch.read_text().splitlines()
    lines.insert(3, json.dumps({"id": "long", "text": long_prose(1_500_000)}))
    batch.write_text("\n".join(lines) + "\n")
    monkeypatch.setenv("TOLLBOOK_DOCUMENT_SECONDS", "0.2")
    errors: list[InputError] = []
    with Ledger.open(str(tmp_path / "l.db")) as ledger:
        stats = ingest_all(ledger, read_sources([str(batch)]), jobs=2, on_error=errors.append)
    assert (stats.new, stats.failed) == (6, 1), errors
    (err,) = errors
    assert err.origin == f"{batch}:4" and "took longer than 0.2 s" in err.message


def env_of(name: str):
    return os.environ.get(name)


def test_workers_see_the_environment_of_their_owner_now(monkeypatch):
    """Workers come from a fork server started earlier: they still read the owner's current
    environment (extraction reads TOLLBOOK_ALIASES)."""
    with WorkerPool(1, budget=5, on_timeout=lambda item, why: why) as pool:
        assert pool.submit(env_of, ["TOLLBOOK_TEST_MARK"]).result(timeout=60) == [None]
    monkeypatch.setenv("TOLLBOOK_TEST_MARK", "now")
    with WorkerPool(1, budget=5, on_timeout=lambda item, why: why) as pool:
        assert pool.submit(env_of, ["TOLLBOOK_TEST_MARK"]).result(timeout=60) == ["now"]


def test_pool_from_a_thread_serves_many_callers():
    import concurrent.futures as cf

    with worker_pool(2, budget=5) as pool, cf.ThreadPoolExecutor(4) as threads:
        outs = list(threads.map(lambda i: pool.submit(catastrophic, [f"x{i}"]).result(timeout=60)[0], range(20)))
    assert outs == [f"X{i}" for i in range(20)]


def party_named(name: str):
    from tollbook.records import Claimant
    from tollbook.resolve import party_of

    return "tollbook.warm" in sys.modules, party_of(Claimant(f"the {name}", name, None, "military"))


def test_workers_start_warm_yet_read_the_aliases_their_owner_sets_now(tmp_path, monkeypatch):
    """The fork server runs a document before it forks (patterns and lexicons built once,
    there); a worker whose owner has set TOLLBOOK_ALIASES since reads those aliases, not the
    lexicons of the warm-up, and one whose owner has unset them again no longer does."""
    extra = tmp_path / "aliases.json"
    extra.write_text(json.dumps({"parties": {"Freedonia": {"names": ["freedonia"], "organs": ["freedonian border command"]}}}))

    def ask() -> tuple:
        with WorkerPool(1, budget=30, on_timeout=lambda item, why: why) as pool:
            return pool.submit(party_named, ["Freedonian Border Command"]).result(timeout=60)[0]

    monkeypatch.delenv("TOLLBOOK_ALIASES", raising=False)
    assert ask() == (True, None)
    monkeypatch.setenv("TOLLBOOK_ALIASES", str(extra))
    assert ask() == (True, "Freedonia")
    monkeypatch.delenv("TOLLBOOK_ALIASES")
    assert ask() == (True, None)


def parser_loaded(_):
    from tollbook.extract import parse

    return parse._nlp.cache_info().currsize == 1 and parse.available()


def test_workers_start_with_the_parser_loaded_unless_it_is_turned_off(monkeypatch):
    """The fork server loads the dependency parser once, so no worker loads it on its first
    document that needs it; a worker whose owner turned the parser off has none."""
    from tollbook.extract import parse

    if not parse.available():
        pytest.skip("spaCy or its model is not installed: no parser to load")
    monkeypatch.delenv("TOLLBOOK_PARSER", raising=False)
    with WorkerPool(1, budget=30, on_timeout=lambda item, why: why) as pool:
        assert pool.submit(parser_loaded, [None]).result(timeout=60) == [True]
    monkeypatch.setenv("TOLLBOOK_PARSER", "0")
    with WorkerPool(1, budget=30, on_timeout=lambda item, why: why) as pool:
        assert pool.submit(parser_loaded, [None]).result(timeout=60) == [False]


MAIN_SCRIPT = '''
import os, sys
with open(sys.argv[1] if __name__ == "__main__" else os.environ["RUNS_LOG"], "a") as f:
    f.write(f"{os.getpid()}\\n")

def shout(word):
    return word.upper() + "!"

if __name__ == "__main__":
    os.environ["RUNS_LOG"] = sys.argv[1]
    from tollbook.parallel import worker_pool
    for _ in range(2):
        with worker_pool(2, budget=30) as pool:
            print(pool.submit(shout, ["one", "two"]).result(timeout=60))
'''


def test_a_script_runs_once_in_the_fork_server_not_again_in_every_worker(tmp_path):
    """A worker needs its owner's main script run (a function defined there can be sent to
    it); the fork server runs it once for every worker it forks: two pools of two workers
    run it twice in all (the script itself, the fork server), not five times (itself and each of four workers)."""
    script, runs = tmp_path / "script.py", tmp_path / "runs.log"
    script.write_text(MAIN_SCRIPT)
    out = subprocess.run([sys.executable, str(script), str(runs)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[:2] == ["['ONE!', 'TWO!']"] * 2
    pids = runs.read_text().split()
    assert len(pids) == 2 and len(set(pids)) == 2


def slow_upper(item: str) -> str:
    if item == "hostile":
        re.match(r"(a+)+$", "a" * 64 + "!")
    elif item.startswith("slow"):
        time.sleep(0.5)
    return item.upper()


def test_a_busy_worker_has_its_next_chunk_sent_ahead_and_a_stop_loses_neither():
    """While a worker is on a chunk, its next one is sent ahead (it need not wait for the
    owner between chunks), unless that chunk is too long to send without waiting; when the
    worker is stopped on an item over the budget, both its chunks still come back whole."""
    from tollbook.workers import AHEAD_BYTES

    with WorkerPool(1, budget=1.0, on_timeout=lambda item, why: f"timeout: {item}") as pool:
        first = pool.submit(slow_upper, ["slow a", "slow b", "slow c"])
        second = pool.submit(slow_upper, ["d"])
        big = pool.submit(slow_upper, ["x" * (AHEAD_BYTES + 1)])
        time.sleep(0.4)
        slot = pool.slots[0]
        assert [t.future for t in slot.tasks] == [first, second]  # the long one waits its turn
        assert first.result(timeout=60) == ["SLOW A", "SLOW B", "SLOW C"]
        assert second.result(timeout=60) == ["D"]
        assert big.result(timeout=60) == ["X" * (AHEAD_BYTES + 1)]

        stopped = pool.submit(slow_upper, ["e", "hostile", "f"])
        ahead = pool.submit(slow_upper, ["g", "h"])
        assert stopped.result(timeout=60) == ["E", "timeout: hostile", "F"]
        assert ahead.result(timeout=60) == ["G", "H"]
        assert pool.submit(slow_upper, ["i"]).result(timeout=60) == ["I"]


def test_chunks_go_to_idle_workers_before_any_is_sent_ahead():
    """Two chunks for two idle workers run side by side (neither waits behind the other as a
    chunk sent ahead)."""
    with WorkerPool(2, budget=30, on_timeout=lambda item, why: why) as pool:
        time.sleep(0.5)  # both workers started
        first = pool.submit(slow_upper, ["slow a"])
        second = pool.submit(slow_upper, ["slow b"])
        time.sleep(0.2)
        assert sorted(len(s.tasks) for s in pool.slots) == [1, 1]
        assert first.result(timeout=60) == ["SLOW A"] and second.result(timeout=60) == ["SLOW B"]


class Counted(str):
    """A string that counts how often it is pickled (in this process: by the dispatcher)."""

    pickled = 0

    def __reduce__(self):
        Counted.pickled += 1
        return (str, (str(self),))


def test_a_long_chunk_waiting_for_an_idle_worker_is_pickled_once():
    from tollbook.workers import AHEAD_BYTES

    Counted.pickled = 0
    with WorkerPool(1, budget=30, on_timeout=lambda item, why: why) as pool:
        busy = pool.submit(slow_upper, ["slow a"])
        time.sleep(0.2)
        long = pool.submit(slow_upper, [Counted("x" * (AHEAD_BYTES + 1))])
        others = [pool.submit(slow_upper, [f"w{i}"]) for i in range(5)]  # each wakes the dispatcher
        assert busy.result(timeout=60) == ["SLOW A"]
        assert long.result(timeout=60) == ["X" * (AHEAD_BYTES + 1)]
        assert [f.result(timeout=60) for f in others] == [[f"W{i}"] for i in range(5)]
    assert Counted.pickled == 1


def patterns_built(_):
    from tollbook.extract.casualties.shapes import patterns

    return patterns.cache_info().currsize


def test_a_worker_keeps_the_warm_tables_when_its_owner_changed_only_a_bound(tmp_path, monkeypatch):
    """A time or size bound is read afresh for each input: a worker whose owner set one keeps
    what the fork server built (rebuilding it cost a first document ~0.2 s, more than a tight
    budget); aliases change the tables, so a worker whose owner set them builds them afresh."""
    def built() -> int:
        with WorkerPool(1, budget=30, on_timeout=lambda item, why: why) as pool:
            return pool.submit(patterns_built, [None]).result(timeout=60)[0]

    monkeypatch.delenv("TOLLBOOK_ALIASES", raising=False)
    monkeypatch.delenv("TOLLBOOK_DOCUMENT_SECONDS", raising=False)
    assert built() == 1  # (the fork server runs from here on, with the settings of now)
    monkeypatch.setenv("TOLLBOOK_DOCUMENT_SECONDS", "7")
    monkeypatch.setenv("TOLLBOOK_MAX_DOCUMENT_BYTES", "123456")
    assert built() == 1
    extra = tmp_path / "aliases.json"
    extra.write_text(json.dumps({"outlets": {"example.org": "Example News"}}))
    monkeypatch.setenv("TOLLBOOK_ALIASES", str(extra))
    assert built() == 0
