"""Batch ingest: every core, a Dask cluster, and recovery from kill -9 without loss or doubles."""
import gzip
import json
import os
import signal
import subprocess
import sys
import threading
import time

from sqlalchemy import select

from tollbook.batch import ingest_all
from tollbook.sources import read_sources
from tollbook.store import Ledger
from tollbook.tables import claims, conflicts, documents, entries

from paths import FIXTURES

WIRE = [json.loads(l) for l in (FIXTURES / "wire" / "march-2022.jsonl").read_text().splitlines()]


def make_batch(path, n):
    """n wire stories: the fixtures with their figures and dates varied, so each is a new document."""
    with open(path, "w") as f:
        for i in range(n):
            d = dict(WIRE[i % len(WIRE)])
            d["id"] = f"{d['id']}-{i}"
            d["text"] = d["text"].replace("498", str(498 + i % 7)).replace("21 civilians", f"{21 + i % 5} civilians") + f"\n\nUpdate {i}."
            d["published"] = f"2022-03-{1 + i % 28:02d}"
            f.write(json.dumps(d) + "\n")
    return path


def snapshot(db):
    with Ledger.open(db) as ledger, ledger.engine.connect() as conn:
        return {
            "documents": sorted(conn.execute(select(documents.c.doc_key)).scalars()),
            "claims": sorted(conn.execute(select(claims.c.record)).scalars()),
            "entries": sorted(conn.execute(select(entries.c.record)).scalars()),
            "conflicts": sorted(map(tuple, conn.execute(select(conflicts.c.entry_a, conflicts.c.entry_b, conflicts.c.gap)))),
        }


def test_parallel_run_equals_serial_run(tmp_path):
    batch = make_batch(tmp_path / "b.jsonl", 120)
    for jobs, name in ((0, "serial.db"), (2, "parallel.db")):
        with Ledger.open(str(tmp_path / name)) as ledger:
            stats = ingest_all(ledger, read_sources([str(batch)]), jobs=jobs)
            assert (stats.new, stats.failed) == (120, 0)
    assert snapshot(str(tmp_path / "serial.db")) == snapshot(str(tmp_path / "parallel.db"))


def test_one_bad_document_never_stops_the_batch(tmp_path):
    batch = make_batch(tmp_path / "b.jsonl", 10)
    lines = batch.read_text().splitlines()
    lines.insert(4, "{broken")
    lines.insert(7, json.dumps({"id": "empty", "text": "   "}))
    (tmp_path / "bad.jsonl").write_text("\n".join(lines) + "\n")
    gz = tmp_path / "more.jsonl.gz"
    gz.write_bytes(gzip.compress(make_batch(tmp_path / "c.jsonl", 3).read_bytes()))
    errors = []
    with Ledger.open(str(tmp_path / "l.db")) as ledger:
        stats = ingest_all(ledger, read_sources([str(tmp_path / "bad.jsonl"), str(gz)]), jobs=2, on_error=errors.append)
    assert (stats.new, stats.failed) == (10, 2)
    assert [e.origin.rsplit(":", 1)[1] for e in errors] == ["5", "8"]


def test_kill_9_then_rerun_gives_the_uninterrupted_ledger(tmp_path):
    batch = make_batch(tmp_path / "b.jsonl", 400)
    ref = str(tmp_path / "ref.db")
    cmd = [sys.executable, "-m", "tollbook", "ingest", "--jobs", "2", "--no-progress"]
    subprocess.run(cmd + [str(batch), "--db", ref], check=True, capture_output=True)
    # The run to kill reads the same stories from a pipe fed a line every few milliseconds, so
    # it cannot finish before the kill however fast the machine is (a file of 400 short stories
    # can be stored whole between two looks at the database).
    db = str(tmp_path / "killed.db")
    proc = subprocess.Popen(cmd + ["-", "--db", db], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    killed = threading.Event()

    def feed():
        try:
            for line in batch.read_bytes().splitlines(keepends=True):
                if killed.wait(0.01):
                    return
                proc.stdin.write(line)
                proc.stdin.flush()
        except (BrokenPipeError, ValueError, OSError):
            pass

    feeder = threading.Thread(target=feed, daemon=True)
    feeder.start()
    deadline = time.time() + 60
    stored = 0
    while time.time() < deadline and stored < 50:
        time.sleep(0.2)
        try:
            with Ledger.open(db) as ledger:
                stored = ledger.count()[0]
        except Exception:
            stored = 0
    os.killpg(proc.pid, signal.SIGKILL)
    killed.set()
    feeder.join()
    proc.wait()
    partial = snapshot(db)
    assert 0 < len(partial["documents"]) < 400, "the kill must land mid-batch"
    r = subprocess.run(cmd + [str(batch), "--db", db], capture_output=True, text=True)
    assert r.returncode == 0 and "already in the ledger" in r.stderr
    assert snapshot(db) == snapshot(ref)


def test_dask_local_cluster_into_postgres(tmp_path, postgres):
    from distributed import LocalCluster

    batch = make_batch(tmp_path / "b.jsonl", 60)
    pg = postgres.fresh_database("dask")
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with Ledger.open(pg) as ledger:
            stats = ingest_all(ledger, read_sources([str(batch)]), cluster=cluster.scheduler_address)
    assert (stats.new, stats.failed) == (60, 0)
    lite = str(tmp_path / "lite.db")
    with Ledger.open(lite) as ledger:
        ingest_all(ledger, read_sources([str(batch)]), jobs=0)
    a, b = snapshot(pg), snapshot(lite)
    assert a["claims"] == b["claims"] and a["documents"] == b["documents"]
    assert [json.loads(x)["entry_id"] for x in a["entries"]] == [json.loads(x)["entry_id"] for x in b["entries"]]


def test_a_document_failing_in_the_ledger_step_loses_only_itself(tmp_path, monkeypatch):
    """All of a batch goes in one commit; one document whose ledger entries cannot be written
    (here a failure forced in the middle of it) is reported by name and leaves no row of its
    own, and every other document of the commit is stored."""
    from tollbook import ledger as ledger_module
    from tollbook.tables import entry_claims

    batch = make_batch(tmp_path / "b.jsonl", 60)
    bad_id = json.loads(batch.read_text().splitlines()[30])["id"]
    real = ledger_module.add_document

    def failing(conn, doc_key, found, doc=None, *rest):
        if doc is not None and doc.doc_id == bad_id:
            raise RuntimeError("no space left on device")
        return real(conn, doc_key, found, doc, *rest)

    monkeypatch.setattr(ledger_module, "add_document", failing)
    errors = []
    with Ledger.open(str(tmp_path / "l.db")) as ledger:
        stats = ingest_all(ledger, read_sources([str(batch)]), jobs=0, on_error=errors.append)
        with ledger.engine.connect() as conn:
            ids = set(conn.execute(select(documents.c.doc_id)).scalars())
            keys = set(conn.execute(select(documents.c.doc_key)).scalars())
            orphans = {k for t in (claims, entry_claims) for k in conn.execute(select(t.c.doc_key)).scalars()} - keys
    assert (stats.new, stats.failed) == (59, 1)
    assert len(errors) == 1 and "no space left on device" in errors[0].message
    assert bad_id not in ids and len(ids) == 59 and not orphans



def test_a_batch_sets_the_collector_back_as_it_found_it(tmp_path):
    """During a batch the objects made before it are left out of collections (gc.freeze) and the
    young ones are collected less often; afterwards both are as before, even when two batches
    overlap in two threads or a batch fails."""
    import gc
    import threading

    from tollbook import batch as batch_module

    before = gc.get_threshold()
    frozen_before = gc.get_freeze_count()
    seen = []

    class Watching:
        def add_many(self, docs):
            seen.append((gc.get_threshold()[0], gc.get_freeze_count()))
            return [_Stored(len(c)) for _, c in docs]

    src = make_batch(tmp_path / "b.jsonl", 3)
    ingest_all(Watching(), read_sources([str(src)]), jobs=0)
    assert seen and all(young >= batch_module.GC_YOUNG and frozen > frozen_before for young, frozen in seen)
    assert (gc.get_threshold(), gc.get_freeze_count()) == (before, frozen_before)

    # two batches at once: the one that ends first leaves the other's setting alone
    inside, release = threading.Event(), threading.Event()

    def held():
        with batch_module.quiet_gc():
            inside.set()
            release.wait(10)

    t = threading.Thread(target=held)
    t.start()
    inside.wait(10)
    ingest_all(Watching(), read_sources([str(src)]), jobs=0)
    assert gc.get_threshold()[0] >= batch_module.GC_YOUNG  # the other batch still runs
    release.set()
    t.join(10)
    assert (gc.get_threshold(), gc.get_freeze_count()) == (before, frozen_before)

    class Failing:
        def add_many(self, docs):
            raise RuntimeError("the database went away")

    try:
        ingest_all(Failing(), read_sources([str(src)]), jobs=0)
    except RuntimeError:
        pass
    assert (gc.get_threshold(), gc.get_freeze_count()) == (before, frozen_before)


def test_what_a_written_group_leaves_alive_is_left_out_of_collections_until_the_batch_ends(tmp_path):
    """After each group is written, what is alive then (the writer's kept entries, results on
    their way) is set aside (gc.freeze) as what existed before the batch was; not after a
    group with a document that failed (its error's traceback holds a cycle, collected as ever);
    and everything is collected again once the batch ends."""
    import gc

    seen = []

    class Watching:
        def __init__(self, fail=None):
            self.fail, self.kept = fail, []

        def add_many(self, docs):
            seen.append(gc.get_freeze_count())
            self.kept.append([object() for _ in range(50)] + [{} for _ in range(50)])  # (alive: tracked)
            out = []
            for d, c in docs:
                out.append(RuntimeError("disk full") if d.doc_id == self.fail else _Stored(len(c)))
            return out

    frozen_before = gc.get_freeze_count()
    src = make_batch(tmp_path / "b.jsonl", 5)
    ingest_all(Watching(), read_sources([str(src)]), jobs=0, group=1)
    assert len(seen) == 5 and all(b > a for a, b in zip(seen, seen[1:]))  # (each group's kept dicts set aside)
    assert gc.get_freeze_count() == frozen_before

    seen.clear()
    second = json.loads(src.read_text().splitlines()[1])["id"]
    ingest_all(Watching(fail=second), read_sources([str(src)]), jobs=0, group=1)
    assert seen[1] > seen[0] and seen[2] == seen[1]  # (nothing set aside after the group that failed)
    assert gc.get_freeze_count() == frozen_before


class _Stored:
    def __init__(self, claims):
        self.new, self.claims = True, claims


def test_a_group_that_fell_back_to_one_document_at_a_time_is_not_set_aside(tmp_path, monkeypatch):
    """A group whose one transaction failed (a lock, a race) is stored a document at a time; its
    error, raised through SQLAlchemy, holds a cycle through its traceback's frames, which held the
    whole group: nothing is set aside from collections after it, and the frames are let go, so
    the batch leaves that group's garbage to the collector (a real ledger, a real failure)."""
    import gc

    from sqlalchemy import text

    from tollbook import batch as batch_module
    from tollbook import store

    real, groups, settled = store._store_many, [0], []

    def once_a_group(conn, docs, *rest, **kw):
        if len(docs) > 1:
            groups[0] += 1
            if groups[0] % 2 == 0:
                conn.execute(text("SELECT * FROM no_such_table"))  # (fails through SQLAlchemy)
        return real(conn, docs, *rest, **kw)

    monkeypatch.setattr(store, "_store_many", once_a_group)
    real_settle = batch_module.settle_gc
    monkeypatch.setattr(batch_module, "settle_gc", lambda: (settled.append(groups[0]), real_settle()))
    src = make_batch(tmp_path / "b.jsonl", 40)
    with Ledger.open(str(tmp_path / "l.db")) as ledger:
        gc.collect()
        stats = ingest_all(ledger, read_sources([str(src)]), jobs=0, group=5)
        left = gc.collect()
    assert stats.new == 40 and stats.failed == 0
    assert settled and all(g % 2 == 1 for g in settled)  # (only after groups written whole)
    assert left < 2000, left
