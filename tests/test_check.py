"""The check of news reports against the series their party published: sentences written for
these tests, run through the real pipeline into a real SQLite ledger."""
import pytest

from tollbook.check import precision, report_range
from tollbook.pipeline import run
from tollbook.records import Source
from tollbook.series import mapping_from_flags
from tollbook.store import Ledger

from helpers import claims_of
from test_series import staff_csv, staff_mapping

# The test series (test_series.staff_csv): personnel 40,000 on 2022-07-29, +250 a day
# (41,750 on 2022-08-05, 43,000 on 08-10, 43,500 on 08-12); tanks 1,700 +10 a day (1,840 on
# 08-12); armoured vehicles 3,900 +20 a day (4,180 on 08-12).
REPORTS = {
    "rounded": "Ukraine's General Staff said more than 43,000 Russian soldiers have been killed since the invasion began.",
    "late": "The General Staff of Ukraine's armed forces said 41,750 Russian soldiers had been killed so far.",
    "wrong": "The General Staff of Ukraine's armed forces said 52,000 Russian soldiers had been killed so far.",
    "tanks": "Ukraine's General Staff said its forces had destroyed 1,840 Russian tanks since the war began.",
    "armour": "Ukraine's armed forces said they had destroyed 4,180 Russian armoured vehicles since February 24.",
    "day": "Ukraine's General Staff said 250 Russian soldiers were killed in the past 24 hours.",
    "event": "Ukraine's General Staff said 12 Russian soldiers were killed when a bridge was struck near the river.",
    "wounded": "Ukraine's General Staff said 300 Russian soldiers were wounded in the fighting.",
    "kremlin": "The Russian Defence Ministry said 52,000 Russian soldiers had been killed so far.",
    "generals": "Ukraine's General Staff said 14 Russian generals have been killed since the invasion began.",
    # (no shooter named: "its forces shot down two aircraft" would make them the enemy's)
    "aircraft": "Ukraine's General Staff said two aircraft were shot down on Wednesday.",
}


def _docs(names, published="2022-08-12", outlet="Example Wire"):
    return [Source(f"report-{n}", REPORTS[n], outlet=outlet, published=published, origin=n) for n in names]


def _ledger(tmp_path, names, published="2022-08-12", import_first=True):
    led = Ledger.open(str(tmp_path / "l.db"))
    path = staff_csv(tmp_path / "gs.csv")
    if import_first:
        led.import_series([path], staff_mapping())
    for item in run(_docs(names, published)):
        led.add(item.document, item.claims)
    if not import_first:
        led.import_series([path], staff_mapping())
    return led


def _verdicts(led, **kw):
    return {r.doc_id.removeprefix("report-"): r for r in led.checked(verdicts=None, **kw)}


@pytest.mark.parametrize("import_first", [True, False])
def test_acceptance_rounded_late_wrong_and_equipment(tmp_path, import_first):
    """Checked on ingest (series first) or on import (news first): the same verdicts."""
    with _ledger(tmp_path, ["rounded", "late", "wrong", "tanks", "armour"], import_first=import_first) as led:
        got = _verdicts(led)
    assert {k: r.verdict.verdict for k, r in got.items()} == {
        "rounded": "matches", "late": "stale", "wrong": "differs", "tanks": "matches", "armour": "matches"}
    late = got["late"].verdict
    assert (late.matched_as_of, late.matched_value, late.series_as_of, late.series_value) == ("2022-08-05", 41_750, "2022-08-12", 43_500)
    assert "2022-08-05, 7 days before" in late.note
    assert got["wrong"].verdict.series_value == 43_500 and got["wrong"].verdict.matched_as_of is None
    assert got["rounded"].verdict.matched_as_of in ("2022-08-10", "2022-08-11", "2022-08-12")
    assert (got["tanks"].unit, got["tanks"].verdict.matched_value) == ("tanks", 1_840)
    assert (got["armour"].unit, got["armour"].verdict.matched_value) == ("armoured_vehicles", 4_180)


def test_publication_lag_of_two_days_still_matches(tmp_path):
    # Reported on 08-14 with the figure of 08-12: within the lag, not stale.
    with _ledger(tmp_path, ["tanks"], published="2022-08-14") as led:
        v = _verdicts(led)["tanks"].verdict
    assert v.verdict == "matches" and v.matched_as_of == "2022-08-12"


def test_a_days_figure_matches_the_days_increase_and_an_event_is_not_a_tally(tmp_path):
    with _ledger(tmp_path, ["day", "event", "wounded", "kremlin", "generals"]) as led:
        got = _verdicts(led)
        listed = [r.doc_id for r in led.checked()]
    assert got["day"].verdict.verdict == "matches" and got["day"].verdict.basis == "daily"
    assert got["event"].verdict.verdict == "not a tally"
    assert got["generals"].verdict.verdict == "not a tally"  # a running count, but of a part (generals), not the total
    assert got["wounded"].verdict.verdict == "no series"  # the party counts Russian losses, but not the wounded
    assert "kremlin" not in got  # another party's figure is not checked against Ukraine's series
    assert listed == []  # `tollbook check` lists only stale and differing reports


def test_a_revised_day_still_matches_what_the_party_first_said(tmp_path):
    with _ledger(tmp_path, ["late"], published="2022-08-06") as led:
        later = staff_csv(tmp_path / "gs-later.csv", personnel=lambda i: 40_000 + 250 * i + (100 if i == 7 else 0))
        led.import_series([later], staff_mapping())
        v = _verdicts(led)["late"].verdict
    assert v.verdict == "matches" and v.matched_as_of == "2022-08-05" and v.matched_value == 41_750


@pytest.mark.parametrize("sentence, low, high", [
    ("Ukraine's General Staff said more than 43,000 Russian soldiers have been killed.", 43_000, 43_999),
    ("Ukraine's General Staff said nearly 43,000 Russian soldiers have been killed.", 42_001, 43_000),
    ("Ukraine's General Staff said 43,000 Russian soldiers have been killed.", 42_500, 43_500),
    ("Ukraine's General Staff said 2,511 Russian tanks have been destroyed.", 2_510.5, 2_511.5),
    ("Ukraine's General Staff said nearly 1,000 Russian soldiers were killed in a day.", 901, 1_000),
])
def test_the_range_a_reported_figure_allows(sentence, low, high):
    (c,) = claims_of(sentence)
    assert report_range(c) == (low, high)


def test_precision():
    assert [precision(x) for x in (43_000, 950, 2_511, 7, 1_000_000)] == [1_000, 10, 1, 1, 1_000_000]



def test_any_party_a_un_series_of_civilians(tmp_path):
    csv = tmp_path / "un.csv"
    csv.write_text("as_of,civilians killed,civilians injured\n2022-08-07,5400,7400\n2022-08-14,5500,7700\n", encoding="utf-8")
    m = mapping_from_flags("UN Human Rights Monitoring Mission in Ukraine", "Ukraine/civilian",
                           ["civilians killed=killed:people", "civilians injured=wounded:people"],
                           date_column="as_of", affiliation="United Nations", kind="international")
    texts = {"un-ok": "The UN human rights office said 5,500 civilians had been killed in Ukraine since February 24.",
             "un-old": "The UN human rights office said 5,400 civilians had been killed in Ukraine since February 24.",
             "un-wrong": "The UN human rights office said 9,100 civilians had been injured in Ukraine since February 24."}
    with Ledger.open(str(tmp_path / "l.db")) as led:
        for item in run([Source(k, t, outlet="Example Wire", published="2022-08-15", origin=k) for k, t in texts.items()]):
            led.add(item.document, item.claims)
        (res,) = led.import_series([csv], m)
        got = {r.doc_id: r.verdict for r in led.checked(verdicts=None, party="United Nations")}
    assert res.new == 4
    assert {k: v.verdict for k, v in got.items()} == {"un-ok": "matches", "un-old": "stale", "un-wrong": "differs"}
    assert got["un-old"].matched_as_of == "2022-08-07"


def test_a_partys_equipment_claim_naming_no_side_counts_where_the_mapping_says_so(tmp_path):
    from tollbook.series import mapping_from_dict

    csv = tmp_path / "air.csv"
    csv.write_text("date,aircraft\n2022-08-08,230\n2022-08-09,230\n2022-08-10,232\n", encoding="utf-8")
    spec = {"party": "Ukraine", "claimant": {"name": "General Staff of the Armed Forces of Ukraine", "affiliation": "Ukraine",
                                            "kind": "military"},
            "victims": "Russia/military", "columns": {"aircraft": "destroyed|shot_down:aircraft"}}
    (c,) = claims_of(REPORTS["aircraft"])
    assert c.victims.affiliation is None  # "two aircraft": whose is not written
    for unnamed, expected in (([], {}), (["aircraft"], {"report-aircraft": "matches"})):
        with Ledger.open(str(tmp_path / f"l{len(unnamed)}.db")) as led:
            led.import_series([csv], mapping_from_dict({**spec, "unnamed_victims": unnamed}))
            for item in run(_docs(["aircraft"], published="2022-08-10")):
                led.add(item.document, item.claims)
            got = {r.doc_id: r.verdict for r in led.checked(verdicts=None)}
        assert {k: v.verdict for k, v in got.items()} == expected
    assert got["report-aircraft"].basis == "daily" and got["report-aircraft"].matched_as_of == "2022-08-10"


def test_checking_the_whole_ledger_reads_it_in_pages(tmp_path, monkeypatch):
    import tollbook.check as check

    names = ["rounded", "late", "wrong", "tanks", "armour", "day", "event"]
    with _ledger(tmp_path, names) as led:
        whole = led.recheck()
        monkeypatch.setattr(check, "PAGE", 2)
        paged = led.recheck()
        assert paged == whole and sum(whole.values()) == len(names)
        assert {r.doc_id for r in led.checked(verdicts=None)} == {f"report-{n}" for n in names}


def test_a_report_from_before_the_series_began_has_no_series(tmp_path):
    with _ledger(tmp_path, ["wrong", "rounded"], published="2022-05-01") as led:
        got = _verdicts(led)
    assert {k: v.verdict.verdict for k, v in got.items()} == {"wrong": "no series", "rounded": "no series"}
    assert "no figures within two weeks" in got["wrong"].verdict.note
