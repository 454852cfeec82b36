"""The ledger database on a real SQLite file."""
from tollbook.pipeline import run
from tollbook.store import Ledger, database_url

from paths import FIXTURES

SEEDS = sorted(str(p) for p in (FIXTURES / "seeds").glob("*.txt"))


def _ingest(ledger, paths):
    return [ledger.add(i.document, i.claims) for i in run(paths)]


def test_ingest_is_idempotent(tmp_path):
    db = str(tmp_path / "l.db")
    with Ledger.open(db) as ledger:
        first = _ingest(ledger, SEEDS)
        again = _ingest(ledger, SEEDS)
        assert [r.new for r in first] == [True, True] and [r.new for r in again] == [False, False]
        docs, n = ledger.count()
        assert docs == 2 and n == sum(r.claims for r in first) == 10


def test_claims_round_trip_and_filters(tmp_path):
    with Ledger.open(str(tmp_path / "l.db")) as ledger:
        _ingest(ledger, SEEDS)
        got = list(ledger.claims())
        direct = [c for i in run(SEEDS) for c in i.claims]
        assert sorted(c.to_dict()["claim_id"] for c in got) == sorted(c.claim_id for c in direct)
        assert {c.to_dict()["claim_id"]: c.to_dict() for c in got} == {c.claim_id: c.to_dict() for c in direct}
        killed_ru = list(ledger.claims(metric="killed", victims="russia"))
        assert {c.value for c in killed_ru} == {498, None}
        assert {c.claimant.name for c in ledger.claims(claimant="ukrain")} == {"Ukrainian official (unnamed)"}
        assert {c.value for c in ledger.claims(since="2022-03-03", until="2022-03-03")} == {498, 1597, 2870, 3700, None}


def test_a_failed_document_leaves_nothing_behind(tmp_path):
    with Ledger.open(str(tmp_path / "l.db")) as ledger:
        item = next(iter(run(SEEDS[:1])))
        broken = list(item.claims) + [item.claims[0]]  # duplicate primary key: the insert fails
        try:
            ledger.add(item.document, broken)
        except Exception:
            pass
        assert ledger.count() == (0, 0)
        assert ledger.add(item.document, item.claims).new


def test_database_urls():
    assert database_url("x.db") == "sqlite:///x.db"
    assert database_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"


WIRE = str(FIXTURES / "wire" / "march-2022.jsonl")


def _state(ledger):
    """Everything the ledger holds, in a fixed order (timestamps aside)."""
    from sqlalchemy import select

    from tollbook.tables import metadata

    with ledger.engine.connect() as conn:
        return {name: sorted(tuple(str(v) for k, v in row._mapping.items() if k != "ingested_at")
                             for row in conn.execute(select(t)))
                for name, t in metadata.tables.items()}


def test_a_batch_stores_what_one_by_one_stores(tmp_path):
    """One transaction for a batch writes the same documents, claims, entries and conflicts as
    a document at a time; a copy already stored, or earlier in the same batch, is not new."""
    items = list(run(SEEDS + [WIRE]))
    assert len(items) > 5
    with Ledger.open(str(tmp_path / "one.db")) as one, Ledger.open(str(tmp_path / "batch.db")) as batch:
        singly = [one.add(i.document, i.claims) for i in items]
        first = batch.add_many([(i.document, list(i.claims)) for i in items[:3]])
        rest = batch.add_many([(i.document, list(i.claims)) for i in items[2:] + items[:1]])
        assert [r.new for r in first] == [True] * 3
        assert [r.new for r in rest] == [False] + [True] * (len(items) - 3) + [False]
        assert [r.claims for r in first + rest[1:-1]] == [r.claims for r in singly]
        copy = items[4]
        again = batch.add_many([(copy.document, list(copy.claims)), (copy.document, list(copy.claims))])
        assert [r.new for r in again] == [False, False]
        assert _state(batch) == _state(one)
        assert batch.count_entries() > 0 and batch.conflicts()


def test_a_document_failing_mid_batch_is_stored_by_none_and_the_rest_go_in(tmp_path):
    """A document whose write fails (two claims with one id) rolls back the batch's
    transaction; the batch is written again a document at a time, and that document alone is
    missing: no row of it in any table, its entries never made."""
    items = list(run(SEEDS + [WIRE]))
    bad = items[3]
    broken = list(bad.claims) + [bad.claims[0]]
    batch = [(i.document, list(i.claims)) for i in items]
    batch[3] = (bad.document, broken)
    with Ledger.open(str(tmp_path / "b.db")) as ledger, Ledger.open(str(tmp_path / "ref.db")) as ref:
        results = ledger.add_many(batch)
        assert isinstance(results[3], Exception)
        assert all(not isinstance(r, Exception) and r.new for i, r in enumerate(results) if i != 3)
        for i, item in enumerate(items):
            if i != 3:
                ref.add(item.document, item.claims)
        assert _state(ledger) == _state(ref)
        assert ledger.document(bad.document.content_hash) is None
        assert ledger.add(bad.document, bad.claims).new  # and it can be stored once mended


def test_a_failure_in_the_ledger_step_leaves_no_part_of_its_document(tmp_path, monkeypatch):
    """The batch's documents and claims are written first, then each document's entries: a
    failure there, after other documents' entries are in, undoes the whole transaction, and the
    retry a document at a time leaves out only the document that fails."""
    from tollbook import ledger as ledger_module

    items = list(run(SEEDS + [WIRE]))
    bad = items[4].document.content_hash
    real = ledger_module.add_document

    def failing(conn, doc_key, found, *rest):
        if doc_key == bad:
            raise RuntimeError("the disk is full")
        return real(conn, doc_key, found, *rest)

    monkeypatch.setattr(ledger_module, "add_document", failing)
    with Ledger.open(str(tmp_path / "b.db")) as led, Ledger.open(str(tmp_path / "ref.db")) as ref:
        results = led.add_many([(i.document, list(i.claims)) for i in items])
        assert [isinstance(r, Exception) for r in results] == [i == 4 for i in range(len(items))]
        assert "the disk is full" in str(results[4])
        for i, item in enumerate(items):
            if i != 4:
                ref.add(item.document, item.claims)
        assert _state(led) == _state(ref)
        assert led.count()[0] == len(items) - 1


def _older_layout(ledger):
    """Turn a ledger's indexes back into those of a ledger made before ix_entries_find."""
    with ledger.engine.begin() as conn:
        conn.exec_driver_sql("DROP INDEX ix_entries_find")
        conn.exec_driver_sql("CREATE INDEX ix_entries_lookup ON entries "
                             "(claimant_key, metric, value_key, victims_affiliation, as_of)")


def _index_names(ledger):
    from sqlalchemy import inspect

    return {ix["name"] for ix in inspect(ledger.engine).get_indexes("entries")}


def check_upgrade_on_open(db, fresh_db):
    """A ledger with the older indexes, opened: the lookup index is added, the retired one
    dropped, nothing stored changes, and later documents join the same entries as in a ledger
    made with the new layout."""
    items = list(run(SEEDS + [WIRE]))
    with Ledger.open(db) as old:
        old.add_many([(i.document, list(i.claims)) for i in items[:4]])
        _older_layout(old)
        assert "ix_entries_lookup" in _index_names(old) and "ix_entries_find" not in _index_names(old)
        before = _state(old)
    with Ledger.open(db) as led, Ledger.open(fresh_db) as fresh:
        names = _index_names(led)
        assert "ix_entries_find" in names and "ix_entries_lookup" not in names
        assert _state(led) == before
        led.add_many([(i.document, list(i.claims)) for i in items[4:]])
        fresh.add_many([(i.document, list(i.claims)) for i in items[:4]])
        fresh.add_many([(i.document, list(i.claims)) for i in items[4:]])
        assert _state(led) == _state(fresh)
        assert led.count_entries() > 0 and led.conflicts()


def test_an_older_ledger_gets_the_lookup_index_when_opened(tmp_path):
    check_upgrade_on_open(str(tmp_path / "old.db"), str(tmp_path / "fresh.db"))


def test_the_entry_lookup_reads_the_index_alone(tmp_path):
    """SQLite answers the lookup of a claim's entry from ix_entries_find without reading
    the table (the plan says COVERING INDEX), whether the claim names its victims' side or not."""
    from tollbook import ledger as ledger_module
    from tollbook.prepared import Prepared

    with Ledger.open(str(tmp_path / "l.db")) as led, led.engine.connect() as conn:
        for name in ("find", "find_dated", "find_any", "find_any_dated"):
            sql, _, order, *_ = Prepared._plan(ledger_module._stmts()[name], conn, None)
            args = [None] * len(order) if order else {}
            plan = " ".join(r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, tuple(args)))
            assert "COVERING INDEX ix_entries_find" in plan, (name, plan)


def test_none_is_bound_as_null_without_the_adapter_search(tmp_path):
    import sqlite3

    with Ledger.open(str(tmp_path / "l.db")) as ledger:
        _ingest(ledger, SEEDS)
        # the adapter a ledger registers for None is found at once and hands None back
        adapt = sqlite3.adapters[(type(None), sqlite3.PrepareProtocol)]
        assert adapt(None) is None
        with ledger.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw.execute("SELECT ? IS NULL, typeof(?)", (None, None)).fetchone() == (1, "null")
            # claims without a place or a part were written with NULL, not a text or a zero
            rows = raw.execute("SELECT typeof(location), typeof(part_of) FROM claims WHERE location IS NULL").fetchall()
            assert rows and set(rows) <= {("null", "null"), ("null", "text")}
        # and what was stored reads back as what was extracted
        direct = {c.claim_id: c.to_dict() for i in run(SEEDS) for c in i.claims}
        assert {c.claim_id: c.to_dict() for c in ledger.claims()} == direct


def test_a_documents_segments_are_written_as_the_encoder_writes_them():
    import json

    from tollbook.records import Segment, replace
    from tollbook.store import _segments_text

    cases = [(), (Segment(0, 0, 5),), (Segment(0, 0, 5), Segment(7, 9, 10**20)), (Segment(True, 0, 1),),
             (Segment(0.5, 1, 2),), (replace(Segment(1, 2, 3), length=4),), (Segment(-1, 2, 3), Segment("x", 0, 0))]
    for segments in cases:
        assert _segments_text(segments) == json.dumps([vars(s) for s in segments]), segments


def test_documents_stored_before_are_found_in_a_batch_of_any_size(tmp_path):
    from tollbook.records import Document
    from tollbook.store import _stored

    docs = [Document(doc_id=f"d{i}", raw=f"text {i}", text=f"text {i}") for i in range(1200)]
    with Ledger.open(str(tmp_path / "l.db")) as ledger:
        ledger.add_many([(d, []) for d in docs[::3]])
        keys = sorted({d.content_hash for d in docs})
        with ledger.engine.connect() as conn:
            assert _stored(conn, keys) == {d.content_hash for d in docs[::3]} and _stored(conn, []) == set()
        got = ledger.add_many([(d, []) for d in docs])  # (over the 500 values of one look)
        assert [r.new for r in got] == [i % 3 != 0 for i in range(len(docs))]


def test_a_new_ledger_has_pages_of_16_kb_and_an_older_one_keeps_its_own(tmp_path):
    import sqlite3

    new = str(tmp_path / "new.db")
    with Ledger.open(new) as ledger:
        _ingest(ledger, SEEDS)
    assert sqlite3.connect(new).execute("PRAGMA page_size").fetchone()[0] == 16384
    # a ledger made with SQLite's 4 KB pages (as ledgers were before) opens, takes documents
    # and is read back as it was, its pages as they were
    old = str(tmp_path / "old.db")
    conn = sqlite3.connect(old)
    conn.execute("PRAGMA page_size=4096")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE made_before (x)")
    conn.commit()
    conn.close()
    with Ledger.open(old) as ledger:
        _ingest(ledger, SEEDS)
        assert ledger.count() == (2, 10)
    assert sqlite3.connect(old).execute("PRAGMA page_size").fetchone()[0] == 4096
