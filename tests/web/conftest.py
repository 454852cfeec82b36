import pytest
from fastapi.testclient import TestClient

from tollbook.pipeline import run
from tollbook.store import Ledger
from tollbook.web import create_app
from tollbook.web.app import WebSettings

from paths import FIXTURES

SOURCES = sorted(str(p) for p in (FIXTURES / "seeds").glob("*.txt")) + [str(FIXTURES / "wire" / "march-2022.jsonl")]


def make_db(path) -> str:
    with Ledger.open(str(path)) as ledger:
        for item in run(SOURCES):
            ledger.add(item.document, item.claims)
    return str(path)


@pytest.fixture
def db(tmp_path):
    return make_db(tmp_path / "web.db")


@pytest.fixture
def client(db):
    with TestClient(create_app(WebSettings(db=db))) as c:
        yield c
