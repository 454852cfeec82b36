"""Every field the web face accepts has a size limit; uploads are held to the document limit."""
from fastapi.testclient import TestClient

from tollbook.web import create_app
from tollbook.web.app import WebSettings

GOOD = "Two soldiers were killed in the raid, the army said."


def test_uploads_are_held_to_the_document_limit(db, monkeypatch):
    monkeypatch.setenv("TOLLBOOK_MAX_DOCUMENT_BYTES", "4000")
    long_text = (GOOD + " ") * 100
    with TestClient(create_app(WebSettings(db=db))) as c:
        assert c.post("/api/documents", json={"text": long_text}).status_code == 413
        r = c.post("/ingest", files={"file": ("long.txt", long_text.encode(), "text/plain")}, data={"text": ""})
        assert "long.txt: larger than 4,000 bytes" in r.text
        assert c.post("/api/documents", json={"text": GOOD}).status_code == 201
