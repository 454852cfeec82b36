"""The entries the writer keeps (entry_cache): a ledger written with them holds exactly what one
written by reading every entry back holds, also when another connection, another write on the
same connection, or a rolled-back batch changes the database under them."""
import sqlite3

import pytest
from sqlalchemy import select

from tollbook import entry_cache
from tollbook.entry_cache import EntryCache, member_key
from tollbook.pipeline import run
from tollbook.store import Ledger
from tollbook.tables import entries, metadata

from paths import FIXTURES

SEEDS = sorted(str(p) for p in (FIXTURES / "seeds").glob("*.txt"))
WIRE = str(FIXTURES / "wire" / "march-2022.jsonl")


@pytest.fixture(scope="module")
def items():
    return list(run(SEEDS + [WIRE]))


def state(ledger):
    """Every table's rows, in a fixed order (timestamps aside)."""
    with ledger.engine.connect() as conn:
        return {name: sorted(tuple(str(v) for k, v in row._mapping.items() if k != "ingested_at")
                             for row in conn.execute(select(t)))
                for name, t in metadata.tables.items()}


def reading_back(monkeypatch):
    """Make every ledger read each entry back from the database (nothing kept)."""
    monkeypatch.setattr(EntryCache, "usable", staticmethod(lambda conn: False))


def reference(tmp_path, monkeypatch, docs, name="ref.db"):
    with monkeypatch.context() as m:
        reading_back(m)
        with Ledger.open(str(tmp_path / name)) as ref:
            for d in docs:
                ref.add(d.document, d.claims)
            return state(ref)


def test_entries_joined_by_later_reports_are_refreshed_from_what_was_kept(tmp_path, monkeypatch, items):
    reads = []
    with Ledger.open(str(tmp_path / "k.db")) as led:
        real = led._kept.take

        def take(eid):
            found = real(eid)
            reads.append(found is not None)
            return found

        monkeypatch.setattr(led._kept, "take", take)
        for i in range(0, len(items), 3):
            led.add_many([(d.document, list(d.claims)) for d in items[i:i + 3]])
        got = state(led)
    # the wire copy's reports join entries of earlier documents, and each is known without a read
    assert reads and all(reads)
    assert got == reference(tmp_path, monkeypatch, items)


def test_a_report_stored_by_another_connection_is_seen(tmp_path, monkeypatch, items):
    """Another process adds a report to an entry this writer keeps: the writer's next report of
    that entry reads it back (PRAGMA data_version said someone else committed)."""
    db = str(tmp_path / "shared.db")
    with Ledger.open(db) as mine, Ledger.open(db) as other:
        for i, d in enumerate(items):
            (other if i % 3 == 1 else mine).add(d.document, d.claims)
        assert state(mine) == reference(tmp_path, monkeypatch, items)


def test_a_write_on_the_same_connection_is_seen(tmp_path, monkeypatch, items):
    """Something else writes an entry through the writer's own connection: what was kept is
    dropped (the connection's total_changes moved), and the entry's next refresh reads it."""
    with Ledger.open(str(tmp_path / "w.db")) as led:
        half = len(items) // 2
        for d in items[:half]:
            led.add(d.document, d.claims)
        with led.engine.begin() as conn:
            conn.execute(entries.update().values(victims_text="edited by hand"))
        for d in items[half:]:
            led.add(d.document, d.claims)
        got = state(led)
    with monkeypatch.context() as m:
        reading_back(m)
        with Ledger.open(str(tmp_path / "r.db")) as ref:
            for d in items[:half]:
                ref.add(d.document, d.claims)
            with ref.engine.begin() as conn:
                conn.execute(entries.update().values(victims_text="edited by hand"))
            for d in items[half:]:
                ref.add(d.document, d.claims)
            assert got == state(ref)
    assert any("edited by hand" in str(r) for r in got["entries"])


def test_a_batch_rolled_back_leaves_nothing_kept(tmp_path, monkeypatch, items):
    """A batch that fails after some of its entries were kept rolls back: those kept entries
    are forgotten, so storing the documents again gives each entry its members once."""
    from tollbook import ledger as ledger_module

    real = ledger_module.add_document
    calls = []

    def failing_once(conn, doc_key, *rest):
        calls.append(doc_key)
        if len(calls) == len(items) - 1:
            raise RuntimeError("the disk is full")
        return real(conn, doc_key, *rest)

    with Ledger.open(str(tmp_path / "f.db")) as led:
        monkeypatch.setattr(ledger_module, "add_document", failing_once)
        with pytest.raises(RuntimeError):
            led._write([(d.document, list(d.claims)) for d in items])
        assert not led._kept.entries
        monkeypatch.setattr(ledger_module, "add_document", real)
        led.add_many([(d.document, list(d.claims)) for d in items])
        got = state(led)
    assert got == reference(tmp_path, monkeypatch, items)


def test_kept_entries_are_bounded_and_the_ledger_is_the_same(tmp_path, monkeypatch, items):
    monkeypatch.setattr(entry_cache, "LIMIT", 2)
    monkeypatch.setattr(entry_cache, "FOUND_LIMIT", 3)
    monkeypatch.setattr(entry_cache, "MEMBERS_LIMIT", 3)
    with Ledger.open(str(tmp_path / "b.db")) as led:
        assert led._kept.limit == 2
        for d in items:
            led.add(d.document, d.claims)
        assert len(led._kept.entries) <= 2 and led._kept.found_rows <= 3 and led._kept.members <= 3
        assert led._kept.members == sum(len(m) for _, m in led._kept.entries.values())
        assert led._kept.whole is False  # (past the bound the keys are read again, one by one)
        got = state(led)
    assert got == reference(tmp_path, monkeypatch, items)


def test_the_least_recently_used_entry_goes_first():
    from types import SimpleNamespace

    kept = EntryCache(limit=2)
    for i in (1, 2):
        kept.put(f"e000{i}", SimpleNamespace(**_entry(i)), [])
    kept.put("e0001", *kept.take("e0001"))  # (refreshed: the most recently used)
    kept.put("e0003", SimpleNamespace(**_entry(3)), [])
    assert list(kept.entries) == ["e0001", "e0003"]


def test_members_kept_are_bounded_too():
    """An entry many outlets repeat holds many members: the entries kept hold 5 at most here,
    the oldest making room, and an entry of more than 5 is not kept at all."""
    from types import SimpleNamespace

    kept = EntryCache(members_limit=5)
    kept.put("e0001", SimpleNamespace(**_entry(1)), [1, 2])
    kept.put("e0002", SimpleNamespace(**_entry(2)), [1, 2])
    kept.put("e0001", SimpleNamespace(**_entry(1)), [1, 2, 3])  # grown: counted again, not twice
    assert list(kept.entries) == ["e0002", "e0001"] and kept.members == 5
    kept.put("e0003", SimpleNamespace(**_entry(3)), [1])
    assert list(kept.entries) == ["e0001", "e0003"] and kept.members == 4
    kept.put("e0004", SimpleNamespace(**_entry(4)), list(range(6)))
    assert "e0004" not in kept.entries and kept.members == 4


def test_an_entry_grown_in_place_is_counted_as_it_grows():
    """The writer takes an entry, adds the new reports to its tally (the same object) and puts
    it back: the members counted are those kept, so the bound holds."""
    from types import SimpleNamespace

    kept = EntryCache(members_limit=5)
    kept.put("e0001", SimpleNamespace(**_entry(1)), [1, 2])
    kept.put("e0002", SimpleNamespace(**_entry(2)), [1])
    row, members = kept.take("e0001")
    assert kept.members == 1 and kept.take("e0001") is None
    members += [3, 4]  # (grown in place)
    kept.put("e0001", row, members)
    assert kept.members == 5 == sum(len(m) for _, m in kept.entries.values())
    row, members = kept.take("e0001")
    members.append(5)
    kept.put("e0001", row, members)  # 6 in all: the oldest makes room
    assert list(kept.entries) == ["e0001"] and kept.members == 5


def test_member_order_is_the_databases():
    """member_key sorts as tables.MEMBER_ORDER does on SQLite: no date first, then text by
    code point (accents and other scripts after ASCII), then position and claim id."""
    rows = [(None, "b", "k2", 5, "c1"), ("2022-03-01", "a", "k1", 7, "c2"), ("2022-03-01", "a", "k1", 12, "c0"),
            ("2022-02-28", "é", "k3", 0, "c9"), ("2022-02-28", "z", "k4", 0, "c9"), (None, "Ω", "k5", 1, "c1"),
            ("2022-02-28", "z", "k0", 0, "c9"), (None, "b", "k2", 5, "c0")]
    con = sqlite3.connect(":memory:")
    con.execute("CREATE TABLE m (published TEXT, doc_id TEXT, doc_key TEXT, position INTEGER, claim_id TEXT)")
    con.executemany("INSERT INTO m VALUES (?, ?, ?, ?, ?)", rows)
    by_db = con.execute("SELECT * FROM m ORDER BY published ASC NULLS FIRST, doc_id, doc_key, position, claim_id").fetchall()
    assert sorted(rows, key=lambda r: member_key(*r)) == by_db


def test_postgresql_keeps_nothing_and_stores_the_same(postgres, tmp_path, items):
    with Ledger.open(postgres.fresh_database("kept")) as pg, Ledger.open(str(tmp_path / "lite.db")) as lite:
        for led in (pg, lite):
            led.add_many([(d.document, list(d.claims)) for d in items])
        assert not pg._kept.entries and lite._kept.entries
        want = state(lite)
        assert state(pg)["entries"] == want["entries"] and state(pg)["conflicts"] == want["conflicts"]


# --- the lookup of a claim's entry from what is kept ----------------------------------------

def _entry(i, **kw):
    row = dict(entry_id=f"e{i:04d}", metric="killed", unit="people", claimant_key="party:russia", claimant="{}",
               party="Russia", victims_affiliation="", victims_kind="military", location="", value=12.0,
               qualifier="exact", value_key="v12", stance="asserted", as_of=None, first_as_of=None,
               n_claims=1, n_documents=1, independent_reports=1, documents="[]", outlets="[]", via="[]", claims="[]")
    row.update(kw)
    return row


def test_the_kept_lookup_returns_what_the_query_returns(tmp_path):
    """Entries of one key with every shape the lookup filters and orders on (sides said and
    unsaid, stances, dates missing, empty or spread, ties, more than 50): for claims of each
    stance, side and date, the rows from what is kept equal the query's, in its order."""
    import itertools

    from tollbook import ledger as lg
    from tollbook.entry_cache import Found

    # (dates in the window and out, a long span, and text that is no YYYY-MM-DD date)
    days = [None, "", "2022-03-01", "2022-03-04", "2022-03-09", "2022-02-20", "2022-04-30", "2022-3-05", "20220305"]
    rows = []
    for i, (va, stance, as_of, first) in enumerate(itertools.product(
            ["", "Ukraine", "Russia"], ["asserted", "hedged", "denied"], days, [None, "2022-03-02", "2022-02-27", "2021-12-01"])):
        rows.append(_entry(i, victims_affiliation=va, stance=stance, as_of=as_of, first_as_of=first if as_of else None))
    rows += [_entry(1000 + i, as_of="2022-03-03", first_as_of="2022-03-03") for i in range(60)]  # over the limit of 50
    rows.append(_entry(2000, claimant_key="party:ukraine"))  # another key
    with Ledger.open(str(tmp_path / "q.db")) as led, led.engine.begin() as conn:
        conn.execute(entries.insert(), rows)
        kept = EntryCache()
        key = ("party:russia", "killed", "v12", "people")
        params = {"ck": key[0], "metric": key[1], "vk": key[2], "unit": key[3]}
        known = kept.loaded(key, [Found(*r) for r in lg._stmts()["of_key"].all(conn, params)])
        assert len(known) == len(rows) - 1
        for stance, va, (lo, hi) in itertools.product(["asserted", "denied"], ["", "Ukraine"],
                                                      [(None, None), ("2022-02-26", "2022-03-05"), ("2022-03-06", "2022-03-12"), ("2022-04-20", "2022-04-26")]):
            st = lg.stance_group(stance)
            p = {**params, "st1": st[0], "st2": st[-1]}
            name = "find" if va else "find_any"
            if va:
                p["va"], p["no_va"] = va, ""
            if lo:
                name, p = name + "_dated", {**p, "lo": lo, "hi": hi}
            want = [tuple(r) for r in lg._stmts()[name].all(conn, p)]
            got = [(r.entry_id, r.victims_kind, r.victims_affiliation, r.location, r.as_of, r.first_as_of)
                   for r in known.rows(st, va, lo, hi)]
            assert got == want and want, (stance, va, lo)


def _lookups(led, docs):
    """Statements run while storing ``docs``, by kind: lookups by key, and all of them."""
    seen = []
    raw = led.engine.raw_connection()
    raw.driver_connection.set_trace_callback(seen.append)
    raw.close()
    led.add_many([(d.document, list(d.claims)) for d in docs])
    with led.engine.connect() as conn:
        conn.connection.driver_connection.set_trace_callback(None)
    finds = [s for s in seen if s.startswith(("SELECT entries.entry_id, entries.victims_kind",  # a claim's lookup
                                              "SELECT entries.entry_id, entries.stance"))]  # a key's entries
    return finds, seen


def test_a_new_ledger_looks_no_entry_up_and_an_old_one_each_key_once(tmp_path, items):
    """Counted: into a new ledger no claim's lookup queries the database (every entry there
    was written by this writer); into a ledger written before, each key is read once, and
    fewer statements run per document than with a query per claim."""
    from tollbook.ledger import claimant_key, value_key

    first, later = items[:2], items[2:]
    with Ledger.open(str(tmp_path / "n.db")) as led:
        finds, _ = _lookups(led, first)
        assert finds == []
    with Ledger.open(str(tmp_path / "n.db")) as led:  # reopened: nothing kept
        finds, seen = _lookups(led, later)
    keys = {(claimant_key(c, d.document.content_hash), c.metric, value_key(c), c.unit) for d in later for c in d.claims}
    assert 0 < len(finds) == len(keys) < sum(len(d.claims) for d in later)


def test_an_entry_whose_group_has_no_other_claimant_looks_for_no_rival(tmp_path, monkeypatch, items):
    """Into a new ledger the writer knows every entry: an entry whose comparison group (metric,
    unit, side, kind, place) holds no other claimant's entry runs no query for rivals, and the
    conflicts are those found by querying for every entry."""
    def rivals(seen):
        return [s for s in seen if s.startswith("SELECT entries.entry_id, entries.claimant_key, entries.claimant")]

    with Ledger.open(str(tmp_path / "k.db")) as led:
        _, seen = _lookups(led, items)
        got = state(led)
    with monkeypatch.context() as m:
        reading_back(m)
        with Ledger.open(str(tmp_path / "r.db")) as ref:
            _, seen_ref = _lookups(ref, items)
            want = state(ref)
    assert got == want and want["conflicts"]
    assert 0 < len(rivals(seen)) < len(rivals(seen_ref))


def test_a_group_of_one_claimant_has_no_rival_only_where_every_entry_is_known():
    from types import SimpleNamespace

    kept = EntryCache()
    row = {"entry_id": "e1", "metric": "killed", "unit": "people", "victims_affiliation": "A", "victims_kind": "civilian",
           "location": "X", "claimant_key": "party:a", "stance": "asserted", "value_key": "v5", "as_of": None,
           "first_as_of": None}
    same_group = SimpleNamespace(**{**row, "entry_id": "e2"})
    kept.wrote(row)
    assert kept.may_rival(same_group)  # (whole not known: the query decides)
    kept.whole = True
    kept.wrote(row)
    assert not kept.may_rival(same_group)
    assert kept.may_rival(SimpleNamespace(**{**row, "claimant_key": "party:b"}))
    assert not kept.may_rival(SimpleNamespace(**{**row, "location": "Y"}))
    kept.wrote({**row, "entry_id": "e3", "claimant_key": "party:c", "stance": "denied"})  # a denial is no rival
    assert not kept.may_rival(same_group)
    kept.wrote({**row, "entry_id": "e4", "claimant_key": "party:b"})
    assert kept.may_rival(same_group)
    kept.clear()
    assert kept.may_rival(same_group)


def test_an_entry_in_no_conflict_is_unlinked_only_where_that_is_not_known():
    kept = EntryCache()
    assert kept.may_conflict(["e1", "e2"]) == ["e1", "e2"]
    kept.conflicting([{"entry_a": "e1", "entry_b": "e3"}])  # (not known whole: not needed)
    kept.whole = True
    assert kept.may_conflict(["e1", "e2"]) == []
    kept.conflicting([{"entry_a": "e1", "entry_b": "e3"}])
    assert kept.may_conflict(["e1", "e2", "e3"]) == ["e1", "e3"]
    kept.clear()
    assert kept.may_conflict(["e1", "e2"]) == ["e1", "e2"]
