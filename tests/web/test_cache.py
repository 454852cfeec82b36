"""Answers to reads are kept only while the ledger is unchanged: a write from anywhere (the
server itself, or an `ingest` in another process) is seen by the next read."""
import subprocess
import sys

from fastapi.testclient import TestClient
from sqlalchemy import inspect

from tollbook.pipeline import process
from tollbook.records import Source
from tollbook.store import Ledger
from tollbook.web import create_app
from tollbook.web.app import WebSettings


def test_a_write_elsewhere_is_seen_by_the_next_read(db, tmp_path):
    with TestClient(create_app(WebSettings(db=db))) as c:
        before = c.get("/api/ledger").json()["total"]
        page = c.get("/").text
        assert c.get("/api/ledger").json()["total"] == before and c.get("/").text == page  # kept
        with Ledger.open(db) as other:  # another connection, as another process would be
            item = process(Source("elsewhere", "Forty-two sailors were killed when the ship sank in Odesa, the navy said."))
            other.add(item.document, item.claims)
        after = c.get("/api/ledger").json()
        assert after["total"] == before + 1
        assert c.get("/api/ledger", params={"q": "sailors"}).json()["total"] == 1
        batch = tmp_path / "more.txt"
        batch.write_text("Seventeen miners were killed in the blast, the company said.")
        subprocess.run([sys.executable, "-m", "tollbook", "ingest", "--db", db, "--jobs", "0", "--no-progress", str(batch)],
                       check=True, capture_output=True)
        assert c.get("/api/ledger").json()["total"] == before + 2
        assert c.get("/api/ledger", params={"q": "miners"}).json()["total"] == 1


def test_a_write_through_the_server_is_seen_by_the_next_read(client):
    before = client.get("/api/ledger").json()["total"]
    r = client.post("/api/documents", json={"text": "Nine firefighters were injured in Lviv, officials said."})
    assert r.status_code == 201
    assert client.get("/api/ledger").json()["total"] == before + 1


def test_the_page_order_index_is_added_to_an_existing_ledger(db):
    with Ledger.open(db) as led, led.engine.begin() as conn:
        conn.exec_driver_sql("DROP INDEX ix_entries_page")
    with Ledger.open(db) as led:
        assert "ix_entries_page" in {ix["name"] for ix in inspect(led.engine).get_indexes("entries")}


def test_answers_for_someone_are_never_shared(db):
    with TestClient(create_app(WebSettings(db=db))) as c:
        c.get("/api/ledger")
        cache = next(m for m in _middleware(c.app) if m.__class__.__name__ == "ResponseCache")
        hits = cache.hits
        c.get("/api/ledger")
        assert cache.hits == hits + 1
        c.get("/api/ledger", headers={"Cookie": "session=a"})
        c.get("/api/ledger", headers={"Authorization": "Bearer x"})
        assert cache.hits == hits + 1


def _middleware(app):
    node = app.middleware_stack
    while node is not None:
        yield node
        node = getattr(node, "app", None)


def test_the_table_pages_and_exports_are_kept_until_a_write(db):
    """/claims and the exports (/ledger.csv, ...) came with the table pages: kept like the other reads."""
    with TestClient(create_app(WebSettings(db=db))) as c:
        cache = next(m for m in _middleware(c.app) if m.__class__.__name__ == "ResponseCache")
        for url in ("/claims", "/ledger.csv", "/claims.json?metric=killed", "/conflicts.csv"):
            first = c.get(url)
            hits = cache.hits
            assert c.get(url).content == first.content and cache.hits == hits + 1, url
        rows = len(c.get("/ledger.json").json())
        with Ledger.open(db) as other:
            item = process(Source("later", "Eleven dockers were killed in the port of Odesa, the navy said."))
            other.add(item.document, item.claims)
        assert len(c.get("/ledger.json").json()) == rows + 1
