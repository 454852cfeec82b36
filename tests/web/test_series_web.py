"""The series check in the web face: the verdict on the entry and document pages, /api/check,
and the timeline drawing the party's series as a line with the news reports as points
(API through FastAPI's client; the chart in Debian's chromium)."""
import threading
import time

import pytest
from fastapi.testclient import TestClient

from tollbook.pipeline import run
from tollbook.records import Source
from tollbook.store import Ledger
from tollbook.web import create_app
from tollbook.web.app import WebSettings

from test_check import REPORTS
from test_series import staff_csv, staff_mapping
from web.test_browser import CHROMIUM, _free_port, page, pytestmark as browser_marks, shot  # noqa: F401

NAMES = ("rounded", "late", "wrong", "tanks")


def _db(tmp_path) -> str:
    db = str(tmp_path / "series-web.db")
    with Ledger.open(db) as led:
        led.import_series([staff_csv(tmp_path / "gs.csv")], staff_mapping())
        for item in run([Source(f"report-{n}", REPORTS[n], outlet=f"Outlet {n}", published="2022-08-12", origin=n) for n in NAMES]):
            led.add(item.document, item.claims)
    return db


@pytest.fixture
def client(tmp_path):
    with TestClient(create_app(WebSettings(db=_db(tmp_path)))) as c:
        yield c


def test_api_check_lists_the_reports_that_do_not_match(client):
    items = client.get("/api/check").json()["items"]
    assert sorted((i["doc_id"], i["verdict"]) for i in items) == [("report-late", "stale"), ("report-wrong", "differs")]
    late = next(i for i in items if i["verdict"] == "stale")
    assert (late["outlet"], late["matched_as_of"], late["series_value"]) == ("Outlet late", "2022-08-05", 43_500)
    every = client.get("/api/check", params={"all": "true"}).json()["items"]
    assert {i["doc_id"] for i in every} == {f"report-{n}" for n in NAMES}


def test_entry_and_document_pages_show_the_verdict_with_the_series_figure(client):
    late = next(i for i in client.get("/api/check").json()["items"] if i["verdict"] == "stale")
    html = client.get(f"/documents/{late['doc_key']}").text
    assert 'data-verdict="stale"' in html and "43,500 on 2022-08-12" in html and "figure of 2022-08-05 (41,750)" in html
    entries = client.get("/api/ledger", params={"victims": "Russia", "metric": "killed"}).json()["items"]
    wrong = next(e for e in entries if e["value"] == 52_000)
    html = client.get(f"/entries/{wrong['entry_id']}").text
    assert 'data-verdict="differs"' in html and "Ukraine's own series: 43,500 on 2022-08-12" in html


def test_api_timeline_carries_the_series_clipped_to_the_reports(client):
    body = client.get("/api/timeline", params={"victims": "Russia", "metric": "killed"}).json()
    (own,) = body["own_series"]
    assert own["kind"] == "series" and own["x"][0] == "2022-07-29" and own["y"][-1] == 44_000
    assert {p for s in body["series"] for p in s["x"]} == {"2022-08-12"}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    db = _db(tmp_path_factory.mktemp("series-browser"))
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


@pytest.mark.skipif(any(m.args and m.args[0] for m in browser_marks), reason="browser tests skipped: no chromium or playwright")
def test_timeline_draws_the_series_as_a_line_and_the_reports_as_points(page, server):  # noqa: F811
    page.goto(server + "/timeline?victims=Russia&metric=killed")
    try:
        page.wait_for_selector("#chart[data-drawn='1']", timeout=15000)
    except Exception:
        raise AssertionError(f"chart not drawn: {page.errors}")
    legend = page.locator("#chart .legend").text_content()
    assert "General Staff of the Armed Forces of Ukraine (own series)" in legend
    # the series is a line (a path, no markers); the reports are points
    assert page.locator("#chart .scatterlayer .trace .js-line").count() >= 1
    assert page.locator("#chart .scatterlayer .point").count() >= 3
    assert not [e for e in page.errors if "Content Security Policy" in e]
    shot(page, "timeline-series")


def test_check_page_lists_stale_and_differing_reports(client):
    html = client.get("/check").text
    assert html.count('data-verdict="stale"') == 1 and html.count('data-verdict="differs"') == 1
    assert "Outlet late" in html and "report-wrong" in html and 'data-verdict="matches"' not in html
    every = client.get("/check", params={"all": "1"}).text
    assert every.count('data-verdict="matches"') == 2
    assert "No stale or differing reports." in client.get("/check", params={"party": "Nobody"}).text


@pytest.mark.skipif(any(m.args and m.args[0] for m in browser_marks), reason="browser tests skipped: no chromium or playwright")
def test_check_page_in_the_browser(page, server):  # noqa: F811
    page.goto(server + "/check")
    assert page.locator(".check-list tbody tr").count() == 2
    assert page.locator(".series-check .tag.warn").count() == 2
    page.click("nav a[href='/check']")
    shot(page, "check")
