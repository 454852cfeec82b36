"""End to end in a real browser: Debian's chromium driven by Playwright, against the app served
by uvicorn on a free local port, with the demo articles and wire fixtures loaded.

Screenshots of each page go to test-artifacts/ (look at them)."""
import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("TOLLBOOK_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

try:
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - reported as a skip with its reason
    sync_playwright = None

pytestmark = [
    pytest.mark.skipif(sync_playwright is None, reason="browser tests skipped: playwright is not installed"),
    pytest.mark.skipif(not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists(),
                       reason=f"browser tests skipped: no chromium at {CHROMIUM} (apt-get install chromium)"),
]

ARTICLE = ("Shelling kills four in Kherson\n\n"
           "Four civilians were killed and nine were wounded when shells hit a market in Kherson on Saturday, "
           "the regional governor said.")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    from tollbook.web import create_app
    from tollbook.web.app import WebSettings
    from web.conftest import make_db

    db = make_db(tmp_path_factory.mktemp("browser") / "ledger.db")
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(WebSettings(db=db)), host="127.0.0.1", port=port, log_level="warning"))
    t = threading.Thread(target=srv.run, daemon=True)
    t.start()
    deadline = time.time() + 20
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    t.join(timeout=10)


@pytest.fixture(scope="module")
def page(server):
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        pg = browser.new_page(viewport={"width": 1280, "height": 900})
        errors: list[str] = []
        pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        pg.on("pageerror", lambda e: errors.append(str(e)))
        pg.errors = errors
        yield pg
        browser.close()


def shot(page, name):
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_ledger_and_filter(page, server):
    page.goto(server + "/")
    assert page.locator("table.entries tbody tr").count() >= 10
    shot(page, "ledger")
    page.fill("input[name=victims]", "Russia")
    page.select_option("select[name=metric]", "killed")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**/?*victims=Russia*")
    headings = page.locator(".group h2").all_inner_texts()
    assert headings and all(h.startswith("Russia") and "killed" in h for h in headings)
    assert "Russian Ministry of Defence" in page.inner_text("main")
    shot(page, "ledger-filtered")


def test_entry_shows_the_highlighted_sentence(page, server):
    page.goto(server + "/?victims=Russia&metric=killed")
    page.locator("a.fig", has_text="498").first.click()
    page.wait_for_url("**/entries/*")
    marks = page.locator("p.evidence mark")
    assert marks.count() >= 4
    assert "498 Russian troops have been killed" in marks.first.inner_text()
    bg = marks.first.evaluate("m => getComputedStyle(m).backgroundColor")
    assert bg not in ("rgba(0, 0, 0, 0)", "transparent")
    shot(page, "entry")


def test_timeline_chart_is_drawn(page, server):
    page.goto(server + "/timeline?victims=Russia&metric=killed")
    page.wait_for_selector("#chart[data-drawn='1']", timeout=15000)
    # drawn, not just loaded: one trace per claimant, with points on the plot
    assert page.locator("#chart .scatterlayer .trace").count() >= 2
    assert page.locator("#chart .scatterlayer .point").count() >= 3
    assert "Russian Ministry of Defence" in page.locator("#chart .legend").text_content()
    assert not [e for e in page.errors if "Content Security Policy" in e]
    shot(page, "timeline")


def test_conflicts_page(page, server):
    page.goto(server + "/conflicts")
    assert page.locator(".conflict").count() == 1
    assert "General Staff" in page.inner_text(".conflict")
    shot(page, "conflicts")


def test_ingest_pasted_article_shows_its_claims(page, server):
    page.goto(server + "/ingest")
    shot(page, "ingest")
    page.fill("textarea[name=text]", ARTICLE)
    page.fill("input[name=outlet]", "Test Wire")
    page.click("form.ingest button[type=submit]")
    page.wait_for_url("**/documents/*")
    claims = page.locator(".doc-claims li.claim")
    assert claims.count() == 2
    text = page.inner_text(".doc-claims")
    assert "4" in text and "killed" in text and "9" in text and "wounded" in text
    assert page.locator(".doc-text mark").count() >= 1
    shot(page, "document")
    page.goto(server + "/?place=Kherson")
    assert page.locator("table.entries tbody tr").count() == 2


def test_api_docs_render_every_operation(page, server):
    import json
    import urllib.request

    spec = json.load(urllib.request.urlopen(server + "/openapi.json"))
    operations = sum(1 for ops in spec["paths"].values() for m in ops if m in ("get", "post", "put", "delete", "patch"))
    assert operations >= 8
    page.goto(server + "/docs")
    page.wait_for_selector(".opblock", timeout=15000)
    assert page.locator(".opblock").count() == operations
    assert "Unable to render" not in page.inner_text("body")
    assert not [e for e in page.errors if "Content Security Policy" in e]
    shot(page, "api-docs")


def test_unknown_entry_shows_the_html_404_page(page, server):
    resp = page.goto(server + "/entries/no-such-entry")
    assert resp.status == 404
    assert page.inner_text("h1").startswith("404")
    assert "No entry 'no-such-entry' in this ledger" in page.inner_text(".error")
    assert page.locator("header.top nav a").count() >= 5  # the site's own page, not a JSON body
    shot(page, "error-404")
