"""Acceptance: the claims a careful analyst reads out of the two seed articles
(tests/fixtures/seeds/expected.json), and nothing else."""
import json

import pytest

from tollbook.pipeline import run
from tollbook.records import Claim

from paths import FIXTURES

SEEDS = FIXTURES / "seeds"
EXPECTED = json.loads((SEEDS / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def extracted() -> dict[str, list[Claim]]:
    out = {}
    for item in run([str(p) for p in sorted(SEEDS.glob("*.txt"))]):
        out[item.document.doc_id] = list(item.claims)
    return out


def _ok(want, got) -> bool:
    if isinstance(want, dict) and "any_of" in want:
        return got in want["any_of"]
    return got == want


def _side(value):
    return value if value is not None else "unknown"


def _matches(exp: dict, c: Claim, doc_id: str) -> bool:
    if c.metric != exp["metric"] or c.value != exp["value"]:
        return False
    if exp.get("unit") and c.unit != exp["unit"]:
        return False
    if not _ok(exp["victims"]["side"], _side(c.victims.affiliation)) or not _ok(exp["victims"]["kind"], c.victims.kind):
        return False
    return c.claimant.affiliation == exp["claimant"]["side"]


def _find(exp, doc_id, claims):
    return [c for c in claims if _matches(exp, c, doc_id)]


REQUIRED = [e for e in EXPECTED["claims"] if e["required"]]


@pytest.mark.parametrize("exp", REQUIRED, ids=[e["id"] for e in REQUIRED])
def test_required_claim_found_in_every_document(exp, extracted):
    for doc_id in exp["found_in"]:
        hits = _find(exp, doc_id, extracted[doc_id])
        assert len(hits) == 1, f"{exp['id']} in {doc_id}: {[c.to_dict() for c in extracted[doc_id]]}"
        c = hits[0]
        if c.value is not None and isinstance(exp["qualifier"], (str, dict)) and doc_id == exp["found_in"][0]:
            assert _ok(exp["qualifier"], c.qualifier)
        assert c.claimant.name == exp["claimant"]["canonical_like"]
        if "person" in exp["claimant"]:
            assert c.claimant.person and c.claimant.person in exp["claimant"]["person"]
        if "location" in exp:
            assert c.location is not None and c.location.name == exp["location"].split(",")[0]
            assert c.location.country == exp["location"].split(", ")[1]
        sentences = " ".join(e.sentence for e in c.evidence)
        assert any(ev in sentences for ev in exp["evidence"]), sentences
        for e in c.evidence:
            assert e.sentence  # offsets point at the cleaned text of the document


def test_evidence_offsets_point_at_the_sentence(extracted):
    for item in run([str(p) for p in sorted(SEEDS.glob("*.txt"))]):
        for c in item.claims:
            for e in c.evidence:
                assert item.document.text[e.start:e.end] == e.sentence


def test_nothing_else_is_extracted(extracted):
    allowed = EXPECTED["claims"]
    for doc_id, claims in extracted.items():
        for c in claims:
            assert any(_matches(e, c, doc_id) and doc_id in e["found_in"] for e in allowed), c.to_dict()


def test_repeated_statement_is_one_claim_with_two_evidence_spans(extracted):
    killed = [c for c in extracted["000_a552ea93be08c458.txt"] if c.metric == "killed" and c.value == 498]
    wounded = [c for c in extracted["000_a552ea93be08c458.txt"] if c.metric == "wounded" and c.value == 1597]
    assert len(killed) == 1 and len(killed[0].evidence) == 2
    assert len(wounded) == 1 and len(wounded[0].evidence) == 2


def test_see_also_lines_are_removed_and_kept(extracted):
    doc = next(i.document for i in run([str(SEEDS / "000_a552ea93be08c458.txt")]))
    removed = " ".join(r.text for r in doc.removed)
    assert "knifed over 50 times" in removed and "Episode 20" in removed and "Leave a Reply" in removed
    assert "knifed" not in doc.text and "498" in doc.text
    # The map back to the raw text holds for every kept character.
    i = doc.text.index("He said:")
    assert doc.raw[doc.raw_offset(i): doc.raw_offset(i) + 8] == "He said:"


def test_sputnik_is_recorded_as_the_relay(extracted):
    for c in extracted["004_2befd56c9bfed2ab.txt"]:
        assert c.via == ("Sputnik",)
    assert all(c.via == () for c in extracted["000_a552ea93be08c458.txt"])


def test_as_of_date_from_the_dateline(extracted):
    c = next(c for c in extracted["004_2befd56c9bfed2ab.txt"] if c.value == 2870)
    assert c.period.end == "2022-03-03"
