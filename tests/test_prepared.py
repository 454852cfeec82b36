"""Write-path statements run on the driver (prepared.py), on SQLite and a real PostgreSQL."""
import pytest
from sqlalchemy import Column, Float, Integer, MetaData, String, Table, bindparam, create_engine, insert, select, update

from tollbook.prepared import Prepared

meta = MetaData()
tolls = Table("tolls", meta, Column("name", String(32), primary_key=True), Column("killed", Float),
              Column("n", Integer, nullable=False, default=0))

ADD = Prepared(insert(tolls))
BY_NAME = Prepared(select(tolls.c.name, tolls.c.killed).where(tolls.c.name == bindparam("who")))
FIRST_TWO = Prepared(select(tolls.c.name).order_by(tolls.c.name).limit(2))
SET = Prepared(update(tolls).where(tolls.c.name == bindparam("who")))
AMONG = Prepared(select(tolls.c.name).where(tolls.c.name.in_(bindparam("names", expanding=True))).order_by(tolls.c.name))


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request, tmp_path):
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'p.db'}"
    else:
        server = request.getfixturevalue("postgres")
        url = server.fresh_database("prepared").replace("postgresql://", "postgresql+psycopg://", 1)
    eng = create_engine(url)
    meta.create_all(eng)
    yield eng
    eng.dispose()


def test_rows_written_and_read_back_with_their_types(engine):
    with engine.begin() as conn:
        ADD.run(conn, {"name": "Irpin", "killed": 7, "n": 1})  # an int into a Float column
        ADD.run(conn, [{"name": "Bucha", "killed": None, "n": 2}, {"name": "Hostomel", "killed": 2.5, "n": 3}])
    with engine.connect() as conn:
        row = BY_NAME.one(conn, {"who": "Irpin"})
        assert (row.name, row.killed) == ("Irpin", 7.0) and isinstance(row.killed, float)
        assert BY_NAME.all(conn, {"who": "Kyiv"}) == []
        assert [r.name for r in FIRST_TWO.all(conn)] == ["Bucha", "Hostomel"]  # the LIMIT's own value
        # an expanding IN list is not plain text: it runs through SQLAlchemy, same answer
        assert [r.name for r in AMONG.all(conn, {"names": ["Irpin", "Bucha", "Lviv"]})] == ["Bucha", "Irpin"]
        with pytest.raises(LookupError):
            BY_NAME.one(conn, {"who": "Kyiv"})


def test_an_update_writes_only_the_columns_it_names(engine):
    with engine.begin() as conn:
        ADD.run(conn, {"name": "Irpin", "killed": 7, "n": 1})
        SET.run(conn, {"who": "Irpin", "killed": 9})
    with engine.connect() as conn:
        assert tuple(conn.execute(select(tolls)).one()) == ("Irpin", 9.0, 1)


def test_statements_share_the_transaction_so_a_rollback_undoes_them(engine):
    with pytest.raises(RuntimeError):
        with engine.begin() as conn:
            ADD.run(conn, {"name": "Irpin", "killed": 7, "n": 1})
            conn.execute(insert(tolls), {"name": "Bucha", "killed": 1, "n": 1})  # SQLAlchemy's own, same transaction
            SET.run(conn, {"who": "Bucha", "killed": 3})
            raise RuntimeError("the batch fails half-way")
    with engine.connect() as conn:
        assert conn.execute(select(tolls)).all() == []
    with pytest.raises(Exception):
        with engine.begin() as conn:
            ADD.run(conn, {"name": "Irpin", "killed": 7, "n": 1})
            ADD.run(conn, {"name": "Irpin", "killed": 8, "n": 1})  # the driver's own error: duplicate key
    with engine.connect() as conn:
        assert conn.execute(select(tolls)).all() == []


class _Shouted(__import__("sqlalchemy").types.TypeDecorator):
    """A column whose values are written upper-cased: a bind processor whose work shows."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return value.upper() if value is not None else None


notes = Table("notes", meta, Column("id", Integer, primary_key=True), Column("said", _Shouted(64)),
              Column("place", String(32)), Column("heard", _Shouted(64)), Column("killed", Float))
NOTE = Prepared(insert(notes))
RESAY = Prepared(update(notes).where(notes.c.id == bindparam("which")))


def test_values_are_processed_at_their_own_place_among_the_parameters(engine):
    """Processed columns between unprocessed ones, many rows at once, and NULLs left alone: each
    value that needs its column's processing gets it, no other."""
    with engine.begin() as conn:
        NOTE.run(conn, [{"id": 1, "said": "twelve killed", "place": "Irpin", "heard": None, "killed": 12},
                        {"id": 2, "said": None, "place": "bucha", "heard": "by radio", "killed": None}])
        RESAY.run(conn, {"which": 2, "heard": "from a neighbour", "place": "hostomel"})
    with engine.connect() as conn:
        rows = conn.execute(select(notes).order_by(notes.c.id)).all()
    assert [tuple(r) for r in rows] == [(1, "TWELVE KILLED", "Irpin", None, 12.0),
                                        (2, None, "hostomel", "FROM A NEIGHBOUR", None)]


FEW = Prepared(select(tolls.c.name).where(tolls.c.killed < 5, tolls.c.name != "Lviv").order_by(tolls.c.name))


def test_a_row_is_written_from_its_own_values_and_the_statement_keeps_its_literals(engine):
    """The columns an INSERT writes come from each row alone (no placeholder for them merged into
    every row); a SELECT's own literals (a number, a name compared with) still bind."""
    with engine.begin() as conn:
        ADD.run(conn, [{"name": "Irpin", "killed": 2, "n": 4}, {"name": "Lviv", "killed": 1, "n": 5}])
        ADD.run(conn, {"name": "Bucha", "killed": 9, "n": 0})
    with engine.connect() as conn:
        assert [tuple(r) for r in conn.execute(select(tolls).order_by(tolls.c.name))] == [
            ("Bucha", 9.0, 0), ("Irpin", 2.0, 4), ("Lviv", 1.0, 5)]
        assert [r.name for r in FEW.all(conn)] == ["Irpin"]
        dialect = (conn.dialect.name, conn.dialect.driver)
    writes = [plan for key, plan in ADD._plans.items() if key[:2] == dialect and key[2] == ("name", "killed", "n")]
    assert writes and writes[0][1] == {}  # nothing to merge into a row that names every column
    reads = [plan for key, plan in FEW._plans.items() if key[:2] == dialect]
    assert reads and sorted(reads[0][1].values(), key=str) == [5, "Lviv"]


@pytest.mark.parametrize("names", [("name", "killed", "n"), ("n", "name", "killed"), ("killed", "n", "name")])
def test_rows_given_as_tuples_are_written_as_the_same_rows_by_name(engine, names):
    rows = [{"name": "Irpin", "killed": 7, "n": 1}, {"name": "Bucha", "killed": None, "n": 2},
            {"name": "Hostomel", "killed": 2.5, "n": 3}]
    with engine.begin() as conn:
        ADD.run_rows(conn, names, [tuple(r[k] for k in names) for r in rows])
        ADD.run_rows(conn, names, [])  # nothing to write
    with engine.connect() as conn:
        got = conn.execute(select(tolls.c.name, tolls.c.killed, tolls.c.n).order_by(tolls.c.name)).all()
    assert [tuple(r) for r in got] == sorted((r["name"], r["killed"], r["n"]) for r in rows)
    assert all(isinstance(r.killed, float) for r in got if r.killed is not None)  # an int into a Float column
