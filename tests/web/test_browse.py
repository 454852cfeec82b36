"""The table pages' URLs: facets, counts, sorting, paging limits and whole-view exports."""
import csv
import io
import json

import pytest
from fastapi.testclient import TestClient

from tollbook.web import create_app
from tollbook.web.app import WebSettings


@pytest.fixture
def small_pages(db):
    with TestClient(create_app(WebSettings(db=db, page_size=3))) as c:
        yield c


def test_csv_and_json_exports_hold_the_whole_filtered_view_not_one_page(small_pages):
    page = small_pages.get("/?metric=killed").text
    assert "page 1 of" in page  # more than one page of 3 ...
    api = small_pages.get("/api/ledger", params={"metric": "killed", "limit": 1000}).json()
    r = small_pages.get("/ledger.csv?metric=killed")
    assert r.headers["content-type"].startswith("text/csv") and "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == api["total"] > 3  # ... but the export is every matching row
    assert [x["entry_id"] for x in rows] == [e["entry_id"] for e in api["items"]]
    as_json = small_pages.get("/ledger.json?metric=killed").json()
    assert [e["entry_id"] for e in as_json] == [x["entry_id"] for x in rows]


@pytest.mark.parametrize("name", ["ledger", "claims", "conflicts", "documents"])
def test_every_table_exports_csv_and_json_with_the_same_rows(client, name):
    rows = list(csv.DictReader(io.StringIO(client.get(f"/{name}.csv").text)))
    objects = client.get(f"/{name}.json").json()
    assert len(rows) == len(objects) >= 1


def test_facet_values_filter_exactly_and_not_stated_is_a_value(client):
    all_rows = client.get("/ledger.json").json()
    ids = lambda rows: sorted(e["entry_id"] for e in rows)  # noqa: E731
    russia = client.get("/ledger.json?side=Russia").json()
    assert russia and ids(russia) == ids(e for e in all_rows if e["victims"]["affiliation"] == "Russia")
    unstated = client.get("/ledger.json?side=__none__").json()
    assert ids(unstated) == ids(e for e in all_rows if e["victims"]["affiliation"] is None)
    mod = client.get("/ledger.json", params={"claimant_name": "Russian Ministry of Defence"}).json()
    assert mod and {e["claimant"]["name"] for e in mod} == {"Russian Ministry of Defence"}
    outlet = client.get("/ledger.json", params={"outlet": "Valley Post"}).json()
    assert outlet and all("Valley Post" in e["outlets"] for e in outlet)


def test_facet_counts_follow_the_filters(client):
    page = client.get("/?side=Russia").text
    total = int(page.split('<strong class="total">')[1].split("<")[0])
    assert total == len(client.get("/ledger.json?side=Russia").json())


def test_conflict_and_claim_facets(client):
    assert len(client.get("/conflicts.json?metric=killed").json()) == 1
    assert client.get("/conflicts.json?metric=wounded").json() == []
    killed = client.get("/claims.json?metric=killed&side=Russia").json()
    assert killed and all(c["metric"] == "killed" and c["victims"]["affiliation"] == "Russia" for c in killed)
    assert all("outlet" in c for c in killed)


def test_sort_by_a_column_both_ways(client):
    down = [e["as_of"] for e in client.get("/ledger.json?_sort_desc=as_of").json() if e["as_of"]]
    up = [e["as_of"] for e in client.get("/ledger.json?_sort=as_of").json() if e["as_of"]]
    assert down == sorted(down, reverse=True) and up == sorted(up) and down != up


def test_unknown_sort_column_is_a_400_naming_the_columns(client):
    r = client.get("/?_sort=evil")
    assert r.status_code == 400 and "_sort: &#39;evil&#39; is not a column" in r.text and "as_of" in r.text
    assert client.get("/ledger.csv?_sort=evil").status_code == 400


def test_a_page_past_the_last_shows_the_last_with_a_note(small_pages):
    r = small_pages.get("/?page=999")
    assert r.status_code == 200
    assert "page 999 is past the last page" in r.text and "page 999 of" not in r.text


def test_a_bad_date_is_a_400_that_says_so(client):
    r = client.get("/?since=2022-13-45")
    assert r.status_code == 400 and "since: &#39;2022-13-45&#39; is not a date" in r.text
    r = client.get("/?since=2022-04-01&until=2022-03-01")
    assert r.status_code == 400 and "is after until" in r.text


def test_a_search_with_no_results_offers_no_next_page(small_pages):
    r = small_pages.get("/documents?q=zzzz-no-such-words")
    assert "No documents match" in r.text and "next →" not in r.text
    assert "<strong class=\"total\">0</strong>" in r.text


def test_hostile_parameters_are_escaped_and_bounded(client):
    r = client.get("/", params={"claimant": '"><script>alert(1)</script>'})
    assert r.status_code == 200 and "<script>alert(1)" not in r.text
    assert client.get("/", params={"q": "x" * 501}).status_code == 400
    assert client.get("/ledger.json", params={"side": "100%"}).json() == []  # LIKE wildcards are literal


@pytest.mark.parametrize("path, export, link", [
    ("/", "/ledger.json", lambda r: f'href="/entries/{r["entry_id"]}"'),
    ("/claims", "/claims.json", lambda r: f'<a href="/documents/'),  # checked by document id below
    ("/documents", "/documents.json", lambda r: f'href="/documents/{r["doc_key"]}"')])
def test_every_page_is_the_matching_slice_of_the_whole_view(small_pages, path, export, link):
    """Pages fetch their rows by key after sorting only the keys: the same rows, in the same
    order, as the export of the whole view, for the default order and a column sort."""
    import re

    for sort in ("", "_sort_desc=as_of" if path != "/documents" else "_sort_desc=claims"):
        whole = small_pages.get(f"{export}?{sort}").json()
        assert len(whole) > 6
        for page in (1, 2, 3):
            html = small_pages.get(f"{path}?{sort}&page={page}").text
            expected = whole[(page - 1) * 3: page * 3]
            body = html.split("<tbody>", 1)[1] if "<tbody>" in html else ""
            if path == "/claims":
                shown = re.findall(r'<td><a href="/documents/[^"]+">([^<]+)</a></td>', body)
                assert shown == [r["doc_id"] for r in expected]
            else:
                positions = [body.find(link(r)) for r in expected]
                assert all(p >= 0 for p in positions) and positions == sorted(positions)
                assert body.count("<tr") == len(expected) or path == "/"


def test_facets_wait_for_a_narrower_view_past_the_scan_limit(client, monkeypatch):
    from tollbook.web import browse

    monkeypatch.setattr(browse, "FACET_SCAN_MAX", 3)
    html = client.get("/").text
    assert 'class="facet"' not in html and "facets-off" in html and "narrow the view" in html
    narrow = client.get("/?claimant_name=Russian+Ministry+of+Defence&metric=wounded").text
    assert 'class="facet"' in narrow and "facets-off" not in narrow


def test_exports_stream_in_chunks_with_every_row():
    from tollbook.web.exports import _chunks

    lines = [f"row {i}\r\n" for i in range(10000)]
    chunks = list(_chunks(iter(lines), size=1000))
    assert "".join(chunks) == "".join(lines) and 50 < len(chunks) < 200
