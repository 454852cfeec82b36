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


def test_an_entry_many_outlets_carry_is_shown_a_page_of_reports_at_a_time(tmp_path, monkeypatch):
    """A page holds REPORTS_PER_PAGE reports (each read with its document's text): a claim
    that thousands of outlets carry is not read whole for one request."""
    from tollbook.pipeline import process
    from tollbook.records import Source
    from tollbook.store import Ledger
    from tollbook.web import pages

    monkeypatch.setattr(pages, "REPORTS_PER_PAGE", 10)
    db = str(tmp_path / "carried.db")
    with Ledger.open(db) as led:
        done = [process(Source(f"story-{i:02}", f"Officials in Kharkiv said 14 civilians were killed on Monday, story {i} says.",
                               f"https://outlet{i}.example/a", None, "2023-03-06")) for i in range(25)]
        led.add_many([(p.document, list(p.claims)) for p in done])
        (eid,) = [e.entry_id for e in led.entries() if e.value == 14]
    with TestClient(create_app(WebSettings(db=db))) as c:
        first, third = c.get(f"/entries/{eid}").text, c.get(f"/entries/{eid}", params={"page": 3}).text
        past = c.get(f"/entries/{eid}", params={"page": 9}).text
    assert first.count('<article class="report">') == 10 and f'href="/entries/{eid}?page=2"' in first
    assert "page 1 of 3" in first and "← previous" not in first
    # the last page: the five left, a way back, none on; a page past it shows the last
    assert third.count('<article class="report">') == 5 and f'href="/entries/{eid}?page=2"' in third and "next →" not in third
    assert past.count('<article class="report">') == 5 and "page 3 of 3" in past
    # every report once across the pages, in the member order
    ids = [s.split("story-")[1][:2] for s in (first + third).split('<article class="report">')[1:]]
    assert len(set(ids)) == 15
