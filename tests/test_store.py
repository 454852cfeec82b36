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
