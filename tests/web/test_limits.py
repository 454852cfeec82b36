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


def test_every_write_field_has_a_size_limit(client):
    assert client.post("/api/documents", json={"text": GOOD, "outlet": "o" * 20_000_000}).status_code == 413
    for field in ("id", "url", "outlet", "published"):
        r = client.post("/api/documents", json={"text": GOOD, field: "x" * 5000})
        assert r.status_code == 422, field
    for field in ("outlet", "url", "published"):
        r = client.post("/ingest", data={"text": GOOD, field: "x" * 5000})
        assert "longer than 4,096 characters" in r.text, field
    n = client.get("/api/documents").json()["items"]
    r = client.post("/ingest", data={"text": GOOD}, files={"file": ("n" * 4200 + ".txt", GOOD.encode(), "text/plain")})
    assert r.status_code == 400 and client.get("/api/documents").json()["items"] == n  # the multipart parser's limit
    assert client.post("/ingest", data={"text": GOOD, "token": "t" * 20_000_000}).status_code == 413

    def chunks():  # no Content-Length: the body is counted as it arrives
        yield b'{"text": "'
        for _ in range(100):
            yield b"x" * 100_000
        yield b'"}'

    r = client.post("/api/documents", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_only_http_and_https_urls_become_links(client):
    hostile = ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
               "data:text/html,<script>alert(1)</script>", "vbscript:x", "//evil.example/x", "http://a b.example/"]
    for i, url in enumerate(hostile + ["https://news.example/story?id=1"]):
        r = client.post("/api/documents", json={"id": f"u{i}", "text": f"{GOOD} Story {i}.", "url": url})
        assert r.status_code == 201
        key = r.json()["doc_key"]
        page = client.get(f"/documents/{key}").text
        links = [a.split('"')[1] for a in page.split('href=')[1:] if a.startswith('"')]
        external = [l for l in links if not l.startswith(("/", "?"))]
        entry = client.get(f"/api/documents/{key}").json()["entries"]
        entry_pages = [client.get(f"/entries/{e}").text for e in entry.values()]
        if url in hostile:
            assert external == [], url
            assert all("javascript:" not in p.lower().split("source:")[0] or 'href="javascript' not in p.lower()
                       for p in entry_pages)
            assert not any('href="' + url.replace("&", "&amp;").replace("<", "&lt;") in p for p in entry_pages)
        else:
            assert external == [url]
