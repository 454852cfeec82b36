"""Fetching pages and feeds from a real HTTP server on 127.0.0.1, and the guard that refuses
private addresses unless --allow-private."""
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner

from tollbook import fetch as fetch_mod
from tollbook.cli import main
from tollbook.feeds import parse_feed
from tollbook.fetch import Fetcher, FetchError, FetchPolicy, fetch_source, public_address
from tollbook.sources import InputError

from paths import FIXTURES

ARTICLE = (FIXTURES / "daily-star-article.html").read_bytes()
PAGES = {
    "/a1.html": b"<html><head><title>Blast</title></head><body><article><h1>Blast in market</h1><p>Six people were killed and "
                b"twenty were wounded when a bomb exploded in a crowded market on Monday, police said. Officials said the "
                b"toll could rise as rescuers searched the debris.</p></article></body></html>",
    "/a2.html": b"<html><body><article><h1>Ferry sinks</h1><p>Eleven passengers are missing after a ferry sank in a storm, the "
                b"coast guard said on Tuesday. Rescue teams were searching the area through the night.</p></article></body></html>",
}


def _feed(port):
    items = "".join(f"<item><title>t{i}</title><link>http://127.0.0.1:{port}{p}</link><guid>g{i}</guid>"
                    f"<pubDate>Mon, 07 Mar 2022 10:00:00 GMT</pubDate></item>" for i, p in enumerate(PAGES))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{items}</channel></rss>'.encode()


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *a):
        pass

    def do_GET(self):
        port = self.server.server_address[1]
        routes = {
            "/article.html": (200, "text/html; charset=utf-8", ARTICLE),
            "/feed.xml": (200, "application/rss+xml", _feed(port)),
            "/big": (200, "text/html", b"<p>" + b"x" * 3000 + b"</p>"),
            "/image.png": (200, "image/png", b"\x89PNG...."),
            **{p: (200, "text/html", body) for p, body in PAGES.items()},
        }
        if self.path == "/to-private":
            self.send_response(302)
            self.send_header("Location", f"http://127.0.0.1:{port}/article.html")
            self.end_headers()
            return
        code, ctype, body = routes.get(self.path, (404, "text/plain", b"not found"))
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()


FAST = dict(per_host_interval=0)


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "10.1.2.3", "192.168.0.7", "169.254.169.254", "::1", "0.0.0.0"])
def test_private_addresses_are_refused(host):
    with pytest.raises(FetchError, match="non-public"):
        public_address(host, 80)


@pytest.mark.parametrize("host", [
    "::ffff:127.0.0.1", "::ffff:10.0.0.1",        # IPv4-mapped
    "::127.0.0.1", "::169.254.169.254",           # IPv4-compatible
    "64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe",      # NAT64 of 127.0.0.1, 169.254.169.254
    "2002:7f00:1::1", "2002:c0a8:1::1",           # 6to4 of 127.0.0.1, 192.168.0.1
    "2001:0:4136:e378:8000:63bf:f5ff:fffe",       # Teredo whose client is 10.0.0.1 (obfuscated)
])
def test_ipv6_forms_of_private_ipv4_are_refused(host):
    with pytest.raises(FetchError, match="non-public"):
        public_address(host, 80)


@pytest.mark.parametrize("host", ["8.8.8.8", "2606:4700:4700::1111", "64:ff9b::808:808", "2002:808:808::1"])
def test_public_addresses_pass_in_every_form(host):
    assert public_address(host, 80) == host


def test_guard_refuses_local_server_without_allow_private(server):
    with Fetcher(FetchPolicy(**FAST)) as f:
        err = fetch_source(f, server + "/article.html")
    assert isinstance(err, InputError) and "refused" in err.message and err.origin.endswith("/article.html")


def test_guard_applies_after_redirects(server, monkeypatch):
    # The first host passes the check (as a public host would); its redirect points inside.
    real = fetch_mod.public_address
    monkeypatch.setattr(fetch_mod, "public_address", lambda h, p: "127.0.0.1" if h == "news.test" else real(h, p))
    port = server.rsplit(":", 1)[1]
    with Fetcher(FetchPolicy(**FAST)) as f:
        with pytest.raises(FetchError, match="non-public"):
            f.get(f"http://news.test:{port}/to-private")


def test_allow_private_fetches_and_limits_hold(server):
    with Fetcher(FetchPolicy(allow_private=True, max_bytes=2000, **FAST)) as f:
        src = fetch_source(f, server + "/a1.html")
        assert src.html and "Six people were killed" in src.raw
        assert "over the 2,000-byte cap" in fetch_source(f, server + "/big").message
        assert "content type 'image/png'" in fetch_source(f, server + "/image.png").message
        assert "HTTP 404" in fetch_source(f, server + "/missing").message
        assert "not an http(s) URL" in fetch_source(f, "file:///etc/passwd").message


def test_cli_ingests_urls(server, tmp_path):
    db = str(tmp_path / "u.db")
    r = CliRunner().invoke(main, ["ingest", "--db", db, "--allow-private", server + "/article.html", server + "/image.png"])
    assert r.exit_code == 1 and "image.png: refused" in r.stderr and "ingested 1 new document(s)" in r.stderr
    r = CliRunner().invoke(main, ["claims", "--db", db, "--format", "jsonl", "--metric", "killed"])
    assert {json.loads(l)["value"] for l in r.stdout.splitlines()} >= {498, 21}
    r = CliRunner().invoke(main, ["extract", "--format", "jsonl", server + "/a1.html"])
    assert r.exit_code == 1 and "refused" in r.stderr


def test_cli_extract_reads_urls_and_files_in_one_run(server, tmp_path):
    """The HTTP client is made at the first URL (a run over files only goes without it)."""
    article = tmp_path / "local.txt"
    article.write_text("Two soldiers were wounded in shelling, the ministry said.", encoding="utf-8")
    r = CliRunner().invoke(main, ["extract", "--format", "jsonl", "--allow-private", str(article), server + "/a1.html"])
    assert r.exit_code == 0, r.output
    rows = [json.loads(l) for l in r.stdout.splitlines()]
    assert {(c["doc_id"].rsplit("/", 1)[-1], c["metric"], c["value"]) for c in rows} >= {("local.txt", "wounded", 2), ("a1.html", "killed", 6)}


def test_feed_watch_takes_only_new_items(server, tmp_path):
    db = str(tmp_path / "f.db")
    args = ["watch", server + "/feed.xml", "--db", db, "--rounds", "1", "--allow-private"]
    r = CliRunner().invoke(main, args)
    assert r.exit_code == 0, r.output
    assert "2 new item(s), 2 stored, 0 error(s)" in r.stderr
    r = CliRunner().invoke(main, args)
    assert "0 new item(s)" in r.stderr
    rows = [json.loads(l) for l in CliRunner().invoke(main, ["claims", "--db", db, "--format", "jsonl"]).stdout.splitlines()]
    assert sorted((c["metric"], c["value"]) for c in rows) == [("killed", 6), ("missing", 11), ("wounded", 20)]
    assert all(c["period"]["end"] == "2022-03-07" for c in rows if c["metric"] != "missing")


def test_parse_feed_atom_and_garbage():
    atom = (b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>x1</id><title>A</title>'
            b'<link href="https://example.org/a"/><updated>2022-03-05T10:00:00Z</updated></entry></feed>')
    (item,) = parse_feed(atom)
    assert (item.key, item.link, item.published) == ("x1", "https://example.org/a", "2022-03-05")
    with pytest.raises(ValueError):
        parse_feed(b"<html><body>hello</body></html>")


def test_a_page_over_the_document_limit_is_refused(server, monkeypatch):
    monkeypatch.setenv("TOLLBOOK_MAX_DOCUMENT_BYTES", "2500")
    with Fetcher(FetchPolicy(allow_private=True)) as f:
        assert "over the 2,500-byte cap" in fetch_source(f, server + "/big").message
        assert not isinstance(fetch_source(f, server + "/a1.html"), InputError)
