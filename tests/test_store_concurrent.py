"""Two processes opening the same new ledger at once: both create or find the schema, both
store their documents."""
import multiprocessing
import subprocess
import sys

import pytest

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


def test_a_writer_waits_for_another_processs_long_write(tmp_path, monkeypatch):
    """Another process holding the ledger's write lock longer than sqlite3's own default wait
    (5 s) delays a document; it does not fail it."""
    import sqlite3
    import time

    from tollbook.pipeline import process
    from tollbook.records import Source

    db = str(tmp_path / "busy.db")
    with Ledger.open(db):
        pass
    # (read before the lock is taken: on a loaded machine the first reading may take seconds of the 6.5)
    item = process(Source("late", "Four soldiers were killed in the raid, the army said."))
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sqlite3, sys, time\n"
        f"c = sqlite3.connect({db!r}, isolation_level=None)\n"
        "c.execute('BEGIN IMMEDIATE'); print('locked', flush=True); time.sleep(6.5); c.execute('COMMIT')\n")],
        stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    t = time.monotonic()
    with Ledger.open(db) as ledger:
        ledger.add(item.document, item.claims)
        assert ledger.count()[0] == 1
    assert time.monotonic() - t > 5  # it did wait for the holder
    holder.wait(30)
    # with sqlite3's default wait the same write fails: the setting is what made it pass
    c = sqlite3.connect(db, timeout=0.1, isolation_level=None)
    c.execute("BEGIN IMMEDIATE")
    monkeypatch.setenv("TOLLBOOK_SQLITE_WAIT", "0.2")
    with pytest.raises(Exception, match="locked"):
        with Ledger.open(db, create=False) as ledger:
            ledger.add(process(Source("later", "Two soldiers were killed, the army said.")).document, [])
    c.execute("ROLLBACK")


def test_a_ledger_left_half_made_is_refused_after_the_wait(tmp_path, monkeypatch):
    """Tables without a schema row are taken for a ledger still being created, for
    TOLLBOOK_SQLITE_WAIT seconds; then for another version's, refused by name."""
    import time

    from sqlalchemy import create_engine

    from tollbook.store import SchemaError
    from tollbook.tables import metadata

    db = tmp_path / "half.db"
    metadata.create_all(create_engine(f"sqlite:///{db}"))
    monkeypatch.setenv("TOLLBOOK_SQLITE_WAIT", "1")
    t = time.monotonic()
    with pytest.raises(SchemaError, match="half.db"):
        Ledger.open(str(db))
    assert time.monotonic() - t >= 1


def test_a_half_made_ledger_whose_wait_ends_during_a_look_is_looked_at_once_more(tmp_path, monkeypatch):
    """The deadline may pass while a look is under way (a loaded machine): that look found the
    ledger half-made, and the answer is still the refusal by name, not the internal signal."""
    from sqlalchemy import create_engine

    from tollbook import store
    from tollbook.tables import metadata

    db = tmp_path / "half.db"
    engine = create_engine(f"sqlite:///{db}")
    metadata.create_all(engine)
    # the deadline is set at 0 + 5; the first look starts at 0 and the clock then reads 100
    readings = iter([0.0, 0.0])
    monkeypatch.setattr("time.sleep", lambda s: None)
    with pytest.raises(store.SchemaError, match="half.db"):
        store._check_schema(engine, str(db), wait=5.0, clock=lambda: next(readings, 100.0))


def test_a_creator_whose_step_failed_finishes_the_ledger_it_began(tmp_path, monkeypatch):
    """A process that began creating a new ledger and had a step fail midway (a lock held by
    the other process opening it) finishes it: it does not wait for a creator that may itself
    be waiting, and the ledger opens whole."""
    import sqlite3

    from sqlalchemy.exc import OperationalError

    from tollbook import store
    from tollbook.tables import metadata

    real = metadata.create_all
    failed = []

    def fails_once_midway(bind, **kw):
        if not failed:
            failed.append(True)
            metadata.tables["documents"].create(bind)  # part of the layout made, no schema row
            raise OperationalError("CREATE TABLE entries", {}, sqlite3.OperationalError("database is locked"))
        return real(bind, **kw)

    monkeypatch.setattr(metadata, "create_all", fails_once_midway)
    monkeypatch.setenv("TOLLBOOK_SQLITE_WAIT", "1")
    db = tmp_path / "new.db"
    with Ledger.open(str(db)) as ledger:  # within the wait: an error here is a creator waiting on itself
        assert failed and ledger.count()[0] == 0
    monkeypatch.setattr(metadata, "create_all", real)
    with Ledger.open(str(db)) as ledger:
        assert ledger.count()[0] == 0
