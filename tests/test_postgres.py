"""Every ledger command against a real PostgreSQL server gives what it gives on SQLite."""

import json
import random
import string

from click.testing import CliRunner

from tollbook.cli import main

from paths import FIXTURES

SOURCES = sorted(str(p) for p in (FIXTURES / "seeds").glob("*.txt")) + [str(FIXTURES / "wire" / "march-2022.jsonl")]
COMMANDS = [["claims"], ["ledger"], ["conflicts"], ["timeline", "--victims", "Russia", "--metric", "killed"],
            ["claims", "--metric", "wounded", "--victims", "russia"], ["ledger", "--place", "kharkiv"]]


def _out(db, cmd):
    r = CliRunner().invoke(main, cmd + ["--db", db, "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    return sorted(r.stdout.splitlines())


def test_every_command_matches_sqlite(postgres, tmp_path):
    pg = postgres.fresh_database("cmds")
    lite = str(tmp_path / "lite.db")
    for db in (pg, lite):
        r = CliRunner().invoke(main, ["ingest", "--db", db, "--jobs", "0", *SOURCES])
        assert r.exit_code == 0, r.output
    for cmd in COMMANDS:
        assert _out(pg, cmd) == _out(lite, cmd), cmd
    assert len(_out(pg, ["conflicts"])) == 1
    # ingesting again changes nothing
    r = CliRunner().invoke(main, ["ingest", "--db", pg, "--jobs", "0", *SOURCES])
    assert "9 already in the ledger" in r.stderr
    out = tmp_path / "x"
    assert CliRunner().invoke(main, ["export", "--db", pg, "--format", "csv", "--out", str(out)]).exit_code == 0
    assert len((out / "claims.csv").read_text().splitlines()) == 1 + 19


def test_web_api_on_postgres(postgres):
    from fastapi.testclient import TestClient

    from tollbook.web import create_app
    from tollbook.web.app import WebSettings

    pg = postgres.fresh_database("web")
    with TestClient(create_app(WebSettings(db=pg))) as c:
        r = c.post("/api/documents", json={"id": "pg-1", "text": "Twelve miners were killed in the blast, officials said."})
        assert r.status_code == 201
        assert [e["value"] for e in c.get("/api/ledger").json()["items"]] == [12]
        assert c.get("/").status_code == 200


def test_series_import_and_check_match_sqlite(postgres, tmp_path):
    import json

    from test_check import REPORTS
    from test_series import staff_csv
    from test_series_cli import FLAGS

    news = tmp_path / "news.jsonl"
    news.write_text("\n".join(json.dumps({"id": f"report-{n}", "text": REPORTS[n], "outlet": "Example Wire",
                                          "published": "2022-08-12"}) for n in ("rounded", "late", "wrong", "tanks")) + "\n",
                    encoding="utf-8")
    csv = str(staff_csv(tmp_path / "gs.csv"))
    pg, lite = postgres.fresh_database("series"), str(tmp_path / "lite.db")
    for db in (pg, lite):
        assert CliRunner().invoke(main, ["series", "import", csv, "--db", db, *FLAGS]).exit_code == 0
        assert CliRunner().invoke(main, ["ingest", "--db", db, "--jobs", "0", str(news)]).exit_code == 0
        assert CliRunner().invoke(main, ["series", "import", csv, "--db", db, *FLAGS]).exit_code == 0  # idempotent
    for cmd in (["check", "--all"], ["check"], ["series", "list"]):
        assert _out(pg, cmd) == _out(lite, cmd), cmd
    assert [json.loads(x)["verdict"] for x in _out(pg, ["check"])] == ["differs", "stale"]


def test_table_pages_and_exports_match_sqlite(postgres, tmp_path):
    """Facets, sorting, key-first paging and the streamed exports on PostgreSQL give the rows
    SQLite gives."""
    from fastapi.testclient import TestClient

    from tollbook.web import create_app
    from tollbook.web.app import WebSettings

    pg = postgres.fresh_database("tables")
    lite = str(tmp_path / "tables.db")
    urls = ["/ledger.json?side=Russia&_sort_desc=value", "/ledger.json?outlet=Harbour+Times",
            "/ledger.json?claimant_name=Russian+Ministry+of+Defence", "/claims.json?metric=killed&outlet=Valley+Post",
            "/conflicts.json", "/documents.json?_sort=published"]
    got = {}
    for db in (pg, lite):
        assert CliRunner().invoke(main, ["ingest", "--db", db, "--jobs", "0", *SOURCES]).exit_code == 0
        with TestClient(create_app(WebSettings(db=db, page_size=3))) as c:
            pages = [c.get(u) for u in ("/?side=Russia&page=2", "/claims?_sort_desc=as_of&page=3", "/documents?outlet=Harbour+Times")]
            assert all(p.status_code == 200 for p in pages)
            got[db] = [[{k: v for k, v in r.items() if k != "ingested_at"} for r in c.get(u).json()] for u in urls]
    assert got[pg] == got[lite] and all(got[lite])


def test_an_older_ledger_gets_the_lookup_index_on_postgres(postgres):
    from test_store import check_upgrade_on_open

    check_upgrade_on_open(postgres.fresh_database("upgrade"), postgres.fresh_database("upgrade_fresh"))


def test_an_entrys_claims_are_in_the_same_order_as_on_sqlite(postgres, tmp_path):
    # two reports of one date and id (a story updated under its id) in one entry: nothing but
    # the order of their keys tells them apart, and each engine returns ties as it likes
    path = tmp_path / "updated.jsonl"
    path.write_text("".join(json.dumps({"id": "wire-7", "published": "2022-03-02", "outlet": "Example Wire", "text": t}) + "\n"
                            for t in ("Police said seven people were killed in Kharkiv on Tuesday.",
                                      "Seven people were killed in Kharkiv on Tuesday, police said.",
                                      "On Tuesday seven people were killed in Kharkiv, police said.")))
    pg = postgres.fresh_database("order")
    lite = str(tmp_path / "lite.db")
    for db in (pg, lite):
        assert CliRunner().invoke(main, ["ingest", "--db", db, "--jobs", "0", str(path)]).exit_code == 0
    got = {db: [json.loads(line)["claims"] for line in _out(db, ["ledger"])] for db in (pg, lite)}
    assert len(got[lite]) == 1 and len(got[lite][0]) == 3
    assert got[pg] == got[lite]


def test_values_longer_than_postgres_holds_are_stored_there(postgres, tmp_path):
    # PostgreSQL's index holds at most 2,704 bytes a row: an id of junk and one junk "word"
    # before "said" were refused there and stored on SQLite
    rnd = random.Random(5)  # (letters in no pattern: a compressed key would fit)
    junk = "".join(rnd.choice(string.ascii_lowercase) for _ in range(3000))
    p = tmp_path / "long.jsonl"
    # ... nor an outlet of junk, the claimant's name where no one else speaks; and a publication
    # date longer than its column was refused there too
    p.write_text(json.dumps({"id": junk, "text": "Officials said 12 people were killed in the town."}) + "\n"
                 + json.dumps({"id": "w2", "text": junk.capitalize() + " said 17 people were killed."}) + "\n"
                 + json.dumps({"id": "w3", "outlet": junk[::-1], "text": "Nine people were killed in the town."}) + "\n"
                 + json.dumps({"id": "w4", "published": "Tuesday, March 14, 2023 10:45 AM EDT", "text": "Four people were killed."}) + "\n",
                 encoding="utf-8")
    pg = postgres.fresh_database("long")
    r = CliRunner().invoke(main, ["ingest", "--db", pg, "--jobs", "0", str(p)])
    assert r.exit_code == 0 and "4 new document(s)" in r.stderr, r.output
    rows = [json.loads(c) for c in _out(pg, ["claims"])]
    assert sorted(c["value"] for c in rows) == [4, 9, 12, 17]
    assert {c["period"]["end"] for c in rows if c["value"] == 4} == {"2023-03-14"}


def test_characters_no_store_holds_are_replaced_on_both_stores(postgres, tmp_path):
    # NUL (PostgreSQL's text refuses it) and half a surrogate pair (no UTF-8 holds it), both
    # escaped in JSON: each is read as U+FFFD, and the document is stored on either database
    p = tmp_path / "odd.jsonl"
    p.write_text('{"id": "odd-1", "text": "Officials said 12 people were killed in the\\u0000 town. 14 soldiers were wounded \\ud800 there."}\n',
                 encoding="utf-8")
    pg, lite = postgres.fresh_database("odd"), str(tmp_path / "odd.db")
    for db in (pg, lite):
        r = CliRunner().invoke(main, ["ingest", "--db", db, "--jobs", "0", str(p)])
        assert r.exit_code == 0, r.output
    assert _out(pg, ["claims"]) == _out(lite, ["claims"])
    assert sorted((c["metric"], c["value"]) for c in map(json.loads, _out(pg, ["claims"]))) == [("killed", 12), ("wounded", 14)]
