"""The claim and entry records written out field by field are exactly what the standard
encoder writes of their dicts, whatever the values (and a value of an unexpected type is
written the standard way)."""
from __future__ import annotations

import json
from dataclasses import replace
from types import SimpleNamespace

import pytest

from tollbook.entry_summary import claim_report, report
from tollbook.ledger import Entry, _summarised
from tollbook.entry_summary import summarise
from tollbook.record_text import claim_text, entry_text, strings, text_of, value
from tollbook.records import Claim, Claimant, Evidence, Location, Period, Victims


def _claim(**kw) -> Claim:
    base = Claim(
        doc_id="d1", claim_id="c1", metric="killed", unit="people", value=12, low=None, high=None, qualifier="exact",
        count_text="twelve", victims=Victims("soldiers", "Ukraine", "military"),
        claimant=Claimant("the ministry", "Ministry of Defence", "Russia", "government", None, False, "Russia"),
        via=("AFP",), location=Location("near the town", "Kupiansk", "Ukraine"), period=Period("2023-03-01", "2023-03-06"),
        stance="asserted", part_of=None, evidence=(Evidence("The ministry said twelve soldiers died.", 0, 40),),
        derived_from=(), scope="event")
    return replace(base, **kw)


CLAIMS = [
    _claim(),
    _claim(location=None, via=(), scope=None, period=Period()),
    _claim(value=None, low=10, high=20, qualifier="range", derived_from=("c0", "c9")),
    _claim(value=2.5, count_text="2½"),  # a figure that is not a whole number
    _claim(victims=Victims("мирні жителі «Київ»", None, "civilian"),
           evidence=(Evidence("Line one\nwith \"quotes\", a back\\slash\tand a\x7fDEL", 3, 9),
                     Evidence("A second sentence – with a dash.", 10, 20))),
    _claim(claimant=Claimant("", None, None, "unknown", "Jane Roe", True, None), evidence=()),
    _claim(stance="denied", part_of="c0", via=("Reuters", "AP")),
]


@pytest.mark.parametrize("claim", CLAIMS)
def test_a_claims_text_is_what_the_standard_encoder_writes_of_its_dict(claim):
    assert claim_text(claim) == json.dumps(claim.to_dict(), ensure_ascii=False)


@pytest.mark.parametrize("odd", [dict(claim_id=None), dict(via=("AFP", 3)), dict(claimant=Claimant("x", "y", None, "media", None, 1, None))])
def test_a_value_of_an_unexpected_type_is_written_the_standard_way(odd):
    claim = _claim(**odd)
    with pytest.raises(TypeError):
        claim_text(claim)
    assert text_of(claim_text, claim.to_dict, claim) == json.dumps(claim.to_dict(), ensure_ascii=False)


@pytest.mark.parametrize("v", ["a", "é\n", None, 0, -3, 10**20, 2.5, float("inf"), True, False, [1, "b"], {"k": None}])
def test_each_value_as_json_writes_it(v):
    assert value(v) == json.dumps(v, ensure_ascii=False)


@pytest.mark.parametrize("items", [[], ["x"], ("a", "Київ", "q\"\n")])
def test_strings_as_json_writes_them(items):
    assert strings(items) == json.dumps(list(items), ensure_ascii=False)


@pytest.mark.parametrize("claim", CLAIMS)
def test_a_claims_report_read_off_the_claim_is_the_report_of_its_record(claim):
    assert claim_report("d1", "Outlet", ("AFP",), claim) == report("d1", "Outlet", ("AFP",), claim.to_dict())


def _row(**kw) -> SimpleNamespace:
    row = dict(entry_id="e1", metric="killed", unit="people", claimant_key="party:russia", claimant='{"name": "x"}',
               party="Russia", scope=None, victims_affiliation="", victims_kind="unspecified", victims_text="",
               location="", location_record=None, value=12.0, low=None, high=None, qualifier="exact",
               value_key="v12", stance="asserted", as_of=None, first_as_of=None, period_start=None, n_claims=0,
               n_documents=0, independent_reports=0, documents="[]", outlets="[]", via="[]", claims="[]", record=None)
    row.update(kw)
    return SimpleNamespace(**row)


@pytest.mark.parametrize("claims, row", [
    (CLAIMS[:1], _row()),
    (CLAIMS[1:3], _row(value=None, low=10.0, high=20.0, qualifier="range")),
    (CLAIMS[3:5], _row(value=2.5, victims_text="мирні")),
    (CLAIMS[4:], _row(value=float("inf"), stance="denied")),
])
def test_an_entrys_record_is_what_the_standard_encoder_writes_of_its_dict(claims, row):
    reports = [claim_report(f"d{i}", f"Outlet «{i}»", ("AFP",) if i else (), c) for i, c in enumerate(claims)]
    values, now = _summarised("e1", summarise(reports), row)
    # the entry as the ledger reads it back, written out the standard way
    rec = json.loads(values["record"])
    expected = Entry(**{**{k: rec[k] for k in ("entry_id", "metric", "unit", "value", "low", "high", "qualifier",
                                                   "stance", "victims", "claimant", "location", "as_of", "first_as_of",
                                                   "period_start", "independent_reports", "party", "scope")},
                        "documents": tuple(rec["documents"]), "outlets": tuple(rec["outlets"]), "via": tuple(rec["via"]),
                        "claims": tuple(rec["claims"]), "speakers": tuple(rec["speakers"])}).to_dict()
    assert values["record"] == json.dumps(expected, ensure_ascii=False)
    assert values["claimant"] == json.dumps(rec["claimant"]) and values["outlets"] == json.dumps(rec["outlets"])
    assert values["location_record"] == (json.dumps(rec["location"]) if rec["location"] else None)


def test_an_entrys_record_with_a_value_the_template_does_not_write_is_written_the_standard_way():
    reports = [claim_report("d1", "Outlet", (), CLAIMS[0])]
    odd = _row(metric=None)  # (never so in a ledger: the template refuses it, the standard encoder writes null)
    values, _ = _summarised("e1", summarise(reports), odd)
    assert json.loads(values["record"])["metric"] is None
    with pytest.raises(TypeError):
        entry_text("e1", SimpleNamespace(metric=1j, unit="u", qualifier="q", stance="s"), None, None, None,
                   ("", None, "k"), "{}", "null", (None, None, None), ("[]",) * 4, 0, None, None, [])


@pytest.mark.parametrize("claimant", [
    Claimant("the paper", "The Daily Example", None, "media", None, False, None),
    Claimant("officials", "officials", None, "official", None, False, "Ruritania"),  # a party, no side
    Claimant("", None, None, "unknown", None, False, None),
    Claimant("the army", "the army", "Ruritania", "military", None, True, "Ruritania"),  # implied
    Claimant("x", "y", None, "media", None, 1, None),  # implied, not as a bool
    Claimant("a witness", "a witness", None, "witness", "Jo Doe", False, None),
])
def test_a_claims_report_ranks_its_claimant_as_the_report_of_its_record(claimant):
    claim = _claim(claimant=claimant)
    assert claim_report("d1", "Outlet", (), claim) == report("d1", "Outlet", (), claim.to_dict())
