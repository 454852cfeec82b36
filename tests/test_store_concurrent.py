"""Two processes opening the same new ledger at once: both create or find the schema, both
store their documents."""
import multiprocessing
import subprocess
import sys

from tollbook.store import Ledger

from test_batch import make_batch


def _open_and_add(db: str, barrier, n: int, out) -> None:
    from tollbook.pipeline import process
    from tollbook.records import Source

    barrier.wait()
    try:
        with Ledger.open(db) as ledger:
            item = process(Source(f"doc-{n}", f"{n + 2} soldiers were killed in the raid, the army said."))
            ledger.add(item.document, item.claims)
        out.put((n, "ok"))
    except Exception as e:  # reported to the test, which fails with it
        out.put((n, f"{e.__class__.__name__}: {e}"))


def test_two_processes_create_the_same_new_ledger_at_once(tmp_path):
    ctx = multiprocessing.get_context("fork")
    for round_ in range(12):
        db = str(tmp_path / f"new-{round_}.db")
        barrier, out = ctx.Barrier(2), ctx.Queue()
        procs = [ctx.Process(target=_open_and_add, args=(db, barrier, n, out)) for n in range(2)]
        for p in procs:
            p.start()
        for p in procs:
            p.join(60)
        results = sorted(out.get(timeout=5) for _ in procs)
        assert results == [(0, "ok"), (1, "ok")], (round_, results)
        with Ledger.open(db) as ledger:
            assert ledger.count()[0] == 2


def test_two_ingest_commands_on_one_new_ledger(tmp_path):
    a, b = make_batch(tmp_path / "a.jsonl", 5), make_batch(tmp_path / "b.jsonl", 8)
    db = str(tmp_path / "l.db")
    cmds = [[sys.executable, "-m", "tollbook", "ingest", "--jobs", "0", "--no-progress", "--db", db, str(p)] for p in (a, b)]
    procs = [subprocess.Popen(c, stderr=subprocess.PIPE, text=True) for c in cmds]
    errs = [p.communicate(timeout=120)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errs
    with Ledger.open(db) as ledger:
        assert ledger.count()[0] == 8  # the 5 of a are the first 5 of b
