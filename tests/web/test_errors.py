"""HTML routes answer errors with an HTML page saying what was wrong; /api/* answers JSON."""
import pytest

from tollbook.web.errors import BadParameter, iso_date


def test_unknown_entry_is_an_html_404_page(client):
    r = client.get("/entries/no-such-entry")
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert "No entry &#39;no-such-entry&#39; in this ledger" in r.text and "<h1" in r.text


def test_unknown_path_is_an_html_404_naming_the_path(client):
    r = client.get("/no/such/page")
    assert r.status_code == 404 and "/no/such/page" in r.text


def test_a_page_number_that_is_not_a_number_is_a_400_naming_the_parameter(client):
    r = client.get("/?page=abc")
    assert r.status_code == 400 and r.headers["content-type"].startswith("text/html")
    assert "page:" in r.text and "&#39;abc&#39;" in r.text


def test_api_errors_stay_json(client):
    r = client.get("/api/ledger/no-such-entry")
    assert r.status_code == 404 and r.json() == {"detail": "no such entry"}
    r = client.get("/api/ledger?limit=abc")
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["query", "limit"]


def test_hostile_path_is_escaped_on_the_404_page(client):
    r = client.get("/<script>alert(1)</script>")
    assert r.status_code == 404 and "<script>alert" not in r.text


@pytest.mark.parametrize("given, expected", [("2022-03-05", "2022-03-05"), ("2022-03", "2022-03-01"),
                                             ("2022", "2022-01-01"), ("", None), (None, None)])
def test_dates_are_read_or_widened(given, expected):
    assert iso_date("since", given) == expected


@pytest.mark.parametrize("bad", ["2022-13-01", "yesterday", "05/03/2022", "2022-02-30"])
def test_a_bad_date_names_its_parameter(bad):
    with pytest.raises(BadParameter) as e:
        iso_date("until", bad)
    assert e.value.status_code == 400 and str(e.value.detail).startswith("until: ")


def test_an_address_holding_nul_is_a_400(client):
    # PostgreSQL's text refuses NUL: a filter or a key holding one was a 500 there
    r = client.get("/api/claims", params={"claimant": "a\x00b"})
    assert r.status_code == 400 and "NUL" in r.json()["detail"]
    assert client.get("/documents/%00").status_code == 400
    assert client.get("/", params={"q": "\x00"}).status_code == 400
    assert client.get("/api/ledger", params={"q": "harbour"}).status_code == 200
