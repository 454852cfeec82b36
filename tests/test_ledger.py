"""The cross-outlet ledger on a real SQLite database: the seeds, and wire copy written for these
tests (tests/fixtures/wire): one claim in several outlets, a revision, a contradiction, and a
city figure inside a country-wide one."""
import json

import pytest
from click.testing import CliRunner

from tollbook.cli import main
from tollbook.ledger import gap, interval
from tollbook.pipeline import run
from tollbook.store import Ledger

from paths import FIXTURES

SEEDS = sorted(str(p) for p in (FIXTURES / "seeds").glob("*.txt"))
WIRE = str(FIXTURES / "wire" / "march-2022.jsonl")


def build(tmp_path, paths, name="l.db"):
    ledger = Ledger.open(str(tmp_path / name))
    for item in run(paths):
        ledger.add(item.document, item.claims)
    return ledger


def find(entries, **want):
    out = []
    for e in entries:
        d = e.to_dict()
        if all((d["claimant"]["name"] if k == "claimant" else d["victims"]["affiliation"] if k == "side"
                else d["victims"]["kind"] if k == "kind" else d[k]) == v for k, v in want.items()):
            out.append(d)
    return out


def test_seed_ledger(tmp_path):
    with build(tmp_path, SEEDS) as ledger:
        es = ledger.entries()
        mod = "Russian Ministry of Defence"
        for metric, value in (("killed", 498), ("wounded", 1597)):
            (d,) = find(es, metric=metric, value=value, claimant=mod, side="Russia", kind="military")
            assert len(d["documents"]) == 2 and d["independent_reports"] == 1
            assert d["via"] == ["Sputnik"] and len(d["claims"]) == 2
        for metric, value in (("killed", 21), ("wounded", 112)):
            (d,) = find(es, metric=metric, value=value, claimant="Ukrainian official (unnamed)")
            assert d["location"]["name"] == "Kharkiv"
        for metric, value in (("killed", 2870), ("wounded", 3700)):
            (d,) = find(es, metric=metric, value=value, claimant=mod, side="Ukraine", kind="military")
            assert d["claimant"]["person"] == "Igor Konashenkov"
        assert ledger.conflicts() == []


@pytest.fixture
def wire(tmp_path):
    with build(tmp_path, [WIRE]) as ledger:
        yield ledger


def test_one_claim_in_three_outlets_is_one_entry(wire):
    (d,) = find(wire.entries(), metric="killed", value=498)
    assert d["claimant"]["name"] == "Russian Ministry of Defence"
    assert d["documents"] == ["wire-a", "wire-b", "wire-c"]
    assert d["outlets"] == ["Northern Courier", "Harbour Times", "Valley Post"]
    # wire-b repeats wire-a's wording; wire-c relays Reuters: one independent report
    assert d["independent_reports"] == 1 and d["via"] == ["Reuters"]


def test_contradiction_between_claimants(wire):
    (c,) = wire.conflicts()
    d = c.to_dict()
    assert (d["metric"], d["victims"]) == ("killed", {"affiliation": "Russia", "kind": "military"})
    names = sorted(e["claimant"]["name"] for e in d["entries"])
    assert names == ["General Staff of the Armed Forces of Ukraine", "Russian Ministry of Defence"]
    assert d["gap"] == 5800 - 498
    assert d["period"] == {"start": "2022-03-02", "end": "2022-03-03"}


def test_revision_is_a_timeline_point_not_a_conflict(wire):
    series = wire.timeline(victims="Russia", metric="killed")
    mod = [(e.as_of, e.value) for e in series["Russia"]]  # by party: the ministry is Russia
    assert mod == [("2022-03-03", 498), ("2022-03-25", 1351)]
    assert all("1351" not in json.dumps(c.to_dict()) for c in wire.conflicts())


def test_city_figure_inside_country_figure_is_no_conflict(wire):
    (city,) = find(wire.entries(), metric="killed", value=21)
    (country,) = find(wire.entries(), metric="killed", value=227)
    assert city["location"]["name"] == "Kharkiv" and country["location"]["name"] == "Ukraine"
    assert len(wire.conflicts()) == 1


def test_one_more_document_updates_entries_and_conflicts(tmp_path):
    with build(tmp_path, [WIRE]) as ledger:
        before = {e.entry_id: e for e in ledger.entries()}
        extra = tmp_path / "extra.jsonl"
        extra.write_text(json.dumps({
            "id": "wire-h", "outlet": "Coast Gazette", "published": "2022-03-03",
            "text": "US officials estimated that 3,000 Russian soldiers had been killed so far."}) + "\n")
        (item,) = list(run([str(extra)]))
        ledger.add(item.document, item.claims)
        after = {e.entry_id: e for e in ledger.entries()}
        assert set(after) - set(before) and set(before) <= set(after)
        pairs = {tuple(sorted(e.claimant["name"] for e in c.entries)) for c in ledger.conflicts()}
        assert ("Russian Ministry of Defence", "US officials") in pairs
        assert ("General Staff of the Armed Forces of Ukraine", "US officials") in pairs
        # the same copy again changes nothing
        assert not ledger.add(item.document, item.claims).new
        assert len(ledger.entries()) == len(after)


# one story updated under its id on one day: two texts, one claim
UPDATED = [{"id": "wire-7", "published": "2022-03-02", "outlet": "Example Wire",
            "text": "Seven people were killed in Kharkiv on Tuesday, police said."},
           {"id": "wire-7", "published": "2022-03-02", "outlet": "Example Wire",
            "text": "Police said seven people were killed in Kharkiv on Tuesday."}]


def _entry_claims(tmp_path, name: str, docs: list[dict]) -> list[list[str]]:
    path = tmp_path / f"{name}.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in docs))
    with build(tmp_path, [str(path)], f"{name}.db") as ledger:
        return [e.claims for e in ledger.entries()]


def test_an_entrys_claims_keep_one_order_whichever_report_of_a_day_came_first(tmp_path):
    # reports of one date and id are ordered by their text's key, not by when they were stored
    # (which is what an engine returns first when nothing else tells them apart)
    first = _entry_claims(tmp_path, "ab", UPDATED)
    second = _entry_claims(tmp_path, "ba", UPDATED[::-1])
    assert len(first) == 1 and len(first[0]) == 2
    assert first == second


@pytest.mark.parametrize("a,b,apart", [
    ((498, None, None, "exact"), (5800, 5800, None, "at_least"), 5302),
    ((100, None, None, "about"), (108, None, None, "exact"), 0),
    ((None, 24, 99, "vague"), (120, None, None, "exact"), 21),
    ((None, 2000, 4000, "range"), (3500, None, None, "exact"), 0),
])
def test_intervals(a, b, apart):
    assert gap(interval(*a), interval(*b)) == pytest.approx(apart)


@pytest.mark.parametrize("fmt", ["table", "jsonl", "csv"])
def test_cli_faces(tmp_path, fmt):
    db = str(tmp_path / "c.db")
    r = CliRunner().invoke(main, ["ingest", "--db", db, WIRE])
    assert r.exit_code == 0
    for cmd in (["ledger"], ["conflicts"], ["timeline", "--victims", "Russia", "--metric", "killed"]):
        r = CliRunner().invoke(main, cmd + ["--db", db, "--format", fmt])
        assert r.exit_code == 0, r.output
        assert "Russian Ministry of Defence" in r.stdout
    rows = CliRunner().invoke(main, ["ledger", "--db", db, "--format", "jsonl"]).stdout.splitlines()
    keys = {"entry_id", "metric", "unit", "value", "low", "high", "qualifier", "victims", "claimant", "location",
            "as_of", "documents", "outlets", "via", "claims", "independent_reports"}
    assert all(keys <= set(json.loads(r)) for r in rows)
    conf = [json.loads(l) for l in CliRunner().invoke(main, ["conflicts", "--db", db, "--format", "jsonl"]).stdout.splitlines()]
    assert {"metric", "victims", "location", "period", "entries", "gap"} <= set(conf[0])


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_export(tmp_path, fmt):
    db = str(tmp_path / "e.db")
    CliRunner().invoke(main, ["ingest", "--db", db, WIRE])
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["export", "--db", db, "--format", fmt, "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{n}.{fmt}" for n in ("claims", "conflicts", "entries"))
    if fmt == "parquet":
        import pyarrow.parquet as pq
        assert pq.read_table(out / "entries.parquet").num_rows == 6
        assert pq.read_table(out / "conflicts.parquet").num_rows == 1
    elif fmt == "jsonl":
        assert len((out / "claims.jsonl").read_text().splitlines()) == 9


def test_entries_written_on_ingest_equal_a_full_recompute(tmp_path):
    from sqlalchemy import select

    from tollbook.ledger import refresh_entry
    from tollbook.tables import entries

    with build(tmp_path, SEEDS + [WIRE]) as ledger:
        before = {e.entry_id: e.to_dict() for e in ledger.entries()}
        with ledger.engine.begin() as conn:
            for eid in conn.execute(select(entries.c.entry_id)).scalars().all():
                refresh_entry(conn, eid)
        assert {e.entry_id: e.to_dict() for e in ledger.entries()} == before


def test_entries_written_whole_hold_every_column_their_refresh_writes(tmp_path):
    """A new entry of one claim goes in with one INSERT of its refreshed row: every column
    equals what refreshing it from the stored claims writes."""
    from sqlalchemy import select

    from tollbook.ledger import refresh_entry
    from tollbook.tables import entries

    with build(tmp_path, SEEDS + [WIRE]) as ledger, ledger.engine.begin() as conn:
        stored = {r.entry_id: r._asdict() for r in conn.execute(select(entries))}
        assert any(r["n_claims"] == 1 for r in stored.values()) and any(r["n_claims"] > 1 for r in stored.values())
        for eid in stored:
            refresh_entry(conn, eid)
        assert {r.entry_id: r._asdict() for r in conn.execute(select(entries))} == stored


def test_an_entry_whose_refresh_changes_what_lookups_read_is_written_in_two_steps():
    """A claim with an empty as-of date: its first row says "", its refresh says no date; a
    later claim of the document must see the first row, so the entry is not written whole."""
    from dataclasses import replace
    from types import SimpleNamespace

    from tollbook.ledger import _entry_row, _whole_entry, member_reports
    from tollbook.records import Period

    claim = next(c for item in run(SEEDS) for c in item.claims if c.period.end)
    member = SimpleNamespace(record=None, doc_id="d", outlet="Example Wire", url=None, via="[]")
    assert _whole_entry(_entry_row(claim, "k"), member_reports([member], [claim.to_dict()])[0]) is not None
    undated = replace(claim, period=Period(claim.period.start, ""))
    assert _whole_entry(_entry_row(undated, "k"), member_reports([member], [undated.to_dict()])[0]) is None


def test_an_implied_claimant_never_contradicts_a_named_party_of_its_side(tmp_path):
    from tollbook.store import Ledger
    from tollbook.pipeline import process
    from tollbook.records import Source
    ledger = Ledger.open(str(tmp_path / "l.db"))
    docs = [
        Source("a", "Russian troops destroyed 40 Ukrainian soldiers near Kupiansk in a day", outlet="Example Wire", published="2022-10-01"),
        Source("b", "The Russian Defence Ministry said 90 Ukrainian soldiers had been killed near Kupiansk in a day.",
               outlet="Example Wire", published="2022-10-01"),
        Source("c", "Ukraine's General Staff said 5 Ukrainian soldiers had been killed near Kupiansk in a day.",
               outlet="Example Wire", published="2022-10-01"),
    ]
    for s in docs:
        item = process(s)
        ledger.add(item.document, item.claims)
    pairs = {tuple(sorted(e.claimant["name"] for e in c.entries)) for c in ledger.conflicts()}
    assert ("Russia (implied)", "Russian Ministry of Defence") not in pairs
    assert ("General Staff of the Armed Forces of Ukraine", "Russian Ministry of Defence") in pairs


# --- parties, scopes and places (tests/fixtures/wire/parties-2022.jsonl) ------------------

PARTIES = str(FIXTURES / "wire" / "parties-2022.jsonl")


@pytest.fixture
def parties(tmp_path):
    with build(tmp_path, [PARTIES]) as ledger:
        yield ledger


def test_one_partys_claim_under_three_names_and_two_agencies_is_one_entry(parties):
    (d,) = [e.to_dict() for e in parties.entries() if e.value == 1842]
    assert d["party"] == "Russia" and d["claimant"]["affiliation"] == "Russia"
    assert d["documents"] == ["party-a", "party-b", "party-c"]
    assert sorted(d["via"]) == ["AFP", "Reuters"]
    # every speaker kept: the ministry, its spokesman, the Kremlin
    assert {(s["name"], s["person"]) for s in d["speakers"]} == {
        ("Russian Ministry of Defence", None), ("Russian Ministry of Defence", "Igor Konashenkov"), ("Kremlin", None)}


def test_a_days_figure_never_contradicts_a_running_total(parties):
    pairs = {tuple(sorted(e.value for e in c.entries)) for c in parties.conflicts()}
    assert (1842, 6000) in pairs  # two parties' running totals a day apart: a dispute
    assert all(320 not in p for p in pairs)  # the General Staff's 24 hours is no total
    (daily,) = [e for e in parties.entries() if e.value == 320]
    assert daily.scope == "interval"


def test_a_citys_count_never_contradicts_a_countrys(parties):
    values = {e.value for c in parties.conflicts() for e in c.entries}
    assert not values & {34, 516}


def test_a_partys_new_figure_is_a_revision_on_its_timeline(parties):
    series = parties.timeline(victims="Russia", metric="killed")
    assert [(e.first_as_of, e.value) for e in series["Russia"]] == [("2022-03-10", 1842), ("2022-03-25", 2611)]
    # the General Staff's daily figure is no point on a series of totals
    assert "Ukraine" not in series
    assert all({e.party for e in c.entries} != {"Russia"} for c in parties.conflicts())


@pytest.mark.parametrize("a,b,ok", [
    # (scope, place, as_of, start, party, kind) twice
    (("cumulative", "", "2022-03-10", None, "p:ru", "military"), ("cumulative", "", "2022-03-15", None, "p:ua", "military"), True),
    (("cumulative", "", "2022-03-01", None, "p:ru", "military"), ("cumulative", "", "2022-03-15", None, "p:ua", "military"), False),
    (("cumulative", "", "2022-03-10", None, "p:ru", "military"), ("interval", "", "2022-03-10", None, "p:ua", "military"), False),
    (("event", "Kramatorsk", "2022-04-08", None, "p:ru", "military"), ("event", "Kramatorsk", "2022-04-08", None, "p:ua", "government"), True),
    (("event", "Kramatorsk", "2022-04-08", None, "p:ru", "military"), ("event", "Kramatorsk", "2022-04-12", None, "p:ua", "government"), False),
    (("event", "", "2022-04-08", None, "p:ru", "military"), ("event", "", "2022-04-08", None, "p:ua", "government"), False),
    ((None, "Kharkiv", "2022-04-08", None, "p:ru", "military"), (None, "", "2022-04-08", None, "p:ua", "government"), False),
    (("cumulative", "", "2022-03-10", None, "bbc", "media"), ("cumulative", "", "2022-03-10", None, "cnn", "media"), False),
    (("cumulative", "", "2022-03-10", None, "p:ru", "military"), ("cumulative", "", "2022-03-10", None, "p:ru", "government"), False),
    (("cumulative", "", "2022-03-10", "2022-02-24", "p:ru", "military"), ("cumulative", "", "2022-03-10", "2022-03-07", "p:ua", "military"), False),
])
def test_which_figures_can_contradict(a, b, ok):
    from types import SimpleNamespace
    from tollbook.conflicts import comparable
    keys = ("scope", "location", "as_of", "period_start", "party", "claimant_kind")
    view = lambda x: SimpleNamespace(**dict(zip(keys, x)), victims_kind="military", country_wide=False)
    assert comparable(view(a), view(b)) is ok


def test_unclear_figures_and_growing_tolls_are_no_disputes():
    from types import SimpleNamespace
    from tollbook.conflicts import comparable, interval, toll_grew
    def view(party, kind="civilian", country_wide=False, scope=None, place="", as_of="2022-06-27"):
        return SimpleNamespace(scope=scope, location=place, as_of=as_of, period_start=None, party=party,
                               claimant_kind="official", victims_kind=kind, country_wide=country_wide)
    # "26 wounded" and "about 60 wounded" with no place and no scope: unclear, never compared
    assert not comparable(view("p:ua"), view("p:un"))
    # nor are they when stated for the whole country ("one killed in Ukraine"); totals say so
    assert not comparable(view("p:ua", country_wide=True), view("p:un", country_wide=True))
    assert comparable(view("p:ua", scope="cumulative"), view("p:un", scope="cumulative"))
    # an event's early count of 10 and the next day's 18 is a toll rising; the other way round a dispute
    early, late = view("a", place="Kremenchuk"), view("b", place="Kremenchuk", as_of="2022-06-28")
    assert comparable(early, late)
    assert toll_grew(early, interval(10, None, None, "exact"), late, interval(18, None, None, "at_least"))
    assert not toll_grew(early, interval(18, None, None, "exact"), late, interval(10, None, None, "exact"))


# --- one claim whatever its reports leave unsaid ------------------------------------------

def _reports(tmp_path, variants):
    """A ledger of one wire sentence per document, each claim changed by ``variants[i]``."""
    from dataclasses import replace
    from tollbook.pipeline import process
    from tollbook.records import Source
    ledger = Ledger.open(str(tmp_path / "v.db"))
    text = "The Russian Defence Ministry said 40 Ukrainian soldiers had been killed in a strike on a camp near Kupiansk."
    for i, change in enumerate(variants):
        item = process(Source(f"d{i}", f"{text} Desk {i} filed this report.", outlet=f"Outlet {i}", published="2022-10-01"))
        ledger.add(item.document, [change(c, replace) for c in item.claims])
    return ledger


def _no_side(c, replace):
    return replace(c, victims=replace(c.victims, affiliation=None))


def _no_side_elsewhere(c, replace):
    return replace(c, victims=replace(c.victims, affiliation=None), location=replace(c.location, name="Izyum", text="Izyum"))


def test_a_report_that_leaves_the_victims_side_unsaid_joins_the_partys_entry(tmp_path):
    keep = lambda c, replace: c
    # the side said first, then unsaid; and unsaid first, then said: one entry with the side
    for order in ([keep, _no_side], [_no_side, keep]):
        with _reports(tmp_path, order) as ledger:
            (e,) = [x for x in ledger.entries() if x.value == 40]
            assert e.documents == ("d0", "d1") and e.victims["affiliation"] == "Ukraine"
        (tmp_path / "v.db").unlink()


def test_a_report_with_no_side_joins_no_entry_when_the_party_has_two_sides_of_that_figure(tmp_path):
    sides = lambda side: (lambda c, replace: replace(c, victims=replace(c.victims, affiliation=side)))
    with _reports(tmp_path, [sides("Ukraine"), sides("Russia"), _no_side]) as ledger:
        found = {x.documents for x in ledger.entries() if x.value == 40}
        assert found == {("d0",), ("d1",), ("d2",)}


def test_a_report_with_no_side_and_another_place_stays_apart(tmp_path):
    with _reports(tmp_path, [lambda c, replace: c, _no_side_elsewhere]) as ledger:
        assert {x.documents for x in ledger.entries() if x.value == 40} == {("d0",), ("d1",)}


def test_a_hedged_report_is_the_same_claim_but_a_denial_is_not(tmp_path):
    hedged = lambda c, replace: replace(c, stance="hedged")
    denied = lambda c, replace: replace(c, stance="denied")
    with _reports(tmp_path, [lambda c, replace: c, hedged, denied]) as ledger:
        assert {x.documents for x in ledger.entries() if x.value == 40} == {("d0", "d1"), ("d2",)}


@pytest.mark.parametrize("side,candidates,chosen", [
    ("Ukraine", [("a", "Russia"), ("b", "Ukraine")], "b"),  # its own side first
    ("Ukraine", [("a", ""), ("b", "Russia")], "a"),  # else an entry with no side
    ("Ukraine", [("a", "Russia")], None),  # never the other side
    ("", [("a", "Ukraine"), ("b", "Ukraine")], "a"),  # unsaid: the one side the party gave
    ("", [("a", "Ukraine"), ("b", "Russia")], None),  # two sides: ambiguous, a new entry
    ("", [("a", "Russia"), ("b", "")], "b"),  # an entry with no side, as before
    ("", [], None),
])
def test_which_entry_a_claim_joins(side, candidates, chosen):
    from tollbook.ledger import pick_entry
    assert pick_entry(side, candidates) == chosen


def test_an_entrys_victims_come_from_the_reports_that_say_them():
    """Given the sides and kinds its reports state and their first victims' words (as
    entry_summary.summarise sums them up: tests/test_entry_summary.py)."""
    from tollbook.ledger import entry_victims
    # one report unsaid, one saying Russian soldiers
    assert entry_victims("", "unspecified", "", {"Russia"}, {"military"}, "soldiers") == ("Russia", "military", "soldiers")
    # an entry's own side and words stay when a report leaves them unsaid
    assert entry_victims("Russia", "military", "troops", set(), set(), "") == ("Russia", "military", "troops")
    # two reports naming two sides and kinds: neither is the entry's
    assert entry_victims("", "unspecified", "", {"Russia", "Ukraine"}, {"military", "civilian"}, "soldiers")[:2] == ("", "unspecified")


def test_an_outlets_part_of_a_partys_total_is_no_rival_count():
    from types import SimpleNamespace
    from tollbook.conflicts import interval, media_part
    outlet, party = SimpleNamespace(claimant_kind="media"), SimpleNamespace(claimant_kind="official")
    # "193 of them children" in an outlet beside the UN's 2,300 dead: a part
    assert media_part(outlet, interval(193, None, None, "exact"), party, interval(2300, None, None, "at_least"))
    # a party's dozen generals beside an outlet's "thousands" of soldiers: a part too
    assert media_part(party, interval(12, None, None, "about"), outlet, interval(None, 2000, 9999, "vague"))
    # an outlet's count well above a party's, but within ten times: set side by side
    assert not media_part(outlet, interval(2500, None, None, "at_least"), party, interval(1189, None, None, "exact"))
    # two parties a tenth apart still dispute; a zero is a denial, never a part
    assert not media_part(party, interval(498, None, None, "exact"), party, interval(5840, None, None, "exact"))
    assert not media_part(outlet, interval(7, None, None, "at_least"), party, interval(0, None, None, "exact"))


def test_a_rate_per_day_is_a_span_not_a_total():
    from tollbook.extract.scope import scope
    s = "The president said up to 80 soldiers are being killed a day in the east."
    assert scope(s, s.index("80")) == "interval"
    s = "He said 90 troops a day were being lost."
    assert scope(s, s.index("90")) == "interval"
    s = "Four people were killed a day after the strike."
    assert scope(s, s.index("Four")) != "interval"


@pytest.mark.parametrize("words_a,words_b,ok", [
    # a count of children, generals or bodies is a part of all the dead, not a rival count
    ("civilians", "children", False),
    ("Russian soldiers", "Russian generals", False),
    ("people", "bodies", False),
    # the same group on both sides, or none named, can be rivals
    ("children", "Ukrainian children", True),
    ("of its soldiers", "Russian troops", True),
    # "two more" adds to a toll told before
    ("people", "more", False),
])
def test_counts_of_one_group_only_are_rivals(words_a, words_b, ok):
    from types import SimpleNamespace
    from tollbook.conflicts import comparable
    def view(party, words):
        return SimpleNamespace(scope="cumulative", location="", as_of="2022-05-30", period_start=None, party=party,
                               claimant_kind="official", victims_kind="civilian", victims_text=words, country_wide=False)
    assert comparable(view("p:un", words_a), view("p:ua", words_b)) is ok


@pytest.mark.parametrize("figure,conflicts", [("several", 0), ("nine", 1)])
def test_a_vague_word_is_no_count_to_dispute(tmp_path, figure, conflicts):
    from tollbook.pipeline import process
    from tollbook.records import Source
    ledger = Ledger.open(str(tmp_path / "v.db"))
    texts = {"a": "The Russian Defence Ministry said 40 Russian soldiers were killed in a strike on a base in Crimea.",
             "b": f"Ukraine's General Staff said {figure} Russian soldiers were killed in a strike on a base in Crimea."}
    for k, text in texts.items():
        item = process(Source(k, text, outlet=f"Outlet {k}", published="2022-08-10"))
        ledger.add(item.document, item.claims)
    assert len(ledger.conflicts()) == conflicts


@pytest.mark.parametrize("entries_kept", [True, False])
def test_a_claim_carried_by_many_outlets_is_summed_up_without_reading_its_reports_again(tmp_path, monkeypatch, entries_kept):
    """Each new report of a claim refreshes its entry: the reports read before are kept, not
    decoded again (that grew with the square of the outlets carrying it); where the writer does
    not keep the entry (PostgreSQL, a second thread), the ledger keeps its reports."""
    from tollbook import ledger as ledger_module
    from tollbook.entry_cache import EntryCache
    from tollbook.records import Source
    from tollbook.pipeline import process

    if not entries_kept:
        monkeypatch.setattr(EntryCache, "usable", staticmethod(lambda conn: False))
    read = []
    real = ledger_module.member_reports
    monkeypatch.setattr(ledger_module, "member_reports", lambda rows, recs: read.append(len(rows)) or real(rows, recs))
    own = []  # (a document's own claims are read off the claims themselves)
    real_own = ledger_module.claim_report
    monkeypatch.setattr(ledger_module, "claim_report", lambda *args: own.append(1) or real_own(*args))
    n = 30
    with Ledger.open(str(tmp_path / "l.db")) as led:
        for i in range(n):
            # every outlet in its own words, the tenth ones relaying an agency
            text = (f"Outlet {i} reports: Russia's defence ministry said 498 Ukrainian soldiers were killed "
                    f"near Bakhmut on Monday, the {i}th account says.")
            p = process(Source(f"doc{i:02}", text, f"https://outlet{i}.example/story", None, "2023-03-06"))
            if i % 10 == 9:
                p = process(Source(f"doc{i:02}", text + " The story was reported by Reuters.", f"https://outlet{i}.example/story",
                                   None, "2023-03-06"))
            led.add(p.document, p.claims)
        (entry,) = [e.to_dict() for e in led.entries() if e.value == 498]
        assert len(entry["documents"]) == len(entry["outlets"]) == len(entry["claims"]) == n
        assert entry["via"] == ["Reuters"] and entry["independent_reports"] == n - 3
    # each document's own claim read once, never the others' again (before: 1 + 2 + ... + n)
    assert len(own) == n and not read


def test_outlets_follow_a_new_table_of_known_domains(tmp_path, monkeypatch):
    """Aliases naming a domain's outlet, given mid-run: an entry refreshed after that names
    every report's outlet from the new table, the earlier report's too."""
    from dataclasses import replace

    from tollbook import outlets
    from tollbook.lexicon import user_aliases

    item = next(p for p in run(SEEDS) if p.claims)
    first = replace(item.document, outlet=None, url="https://news.example/a")
    second = replace(item.document, doc_id="again", text=item.document.text + "\n", outlet=None, url="https://news.example/b")
    aliases = tmp_path / "aliases.json"
    aliases.write_text(json.dumps({"outlets": {"news.example": "Example News"}}))
    try:
        with Ledger.open(str(tmp_path / "l.db")) as led:
            led.add(first, item.claims)
            monkeypatch.setenv("TOLLBOOK_ALIASES", str(aliases))
            user_aliases.cache_clear()
            outlets.known_domains.cache_clear()
            led.add(second, item.claims)
            shared = [e.to_dict() for e in led.entries() if len(e.to_dict()["documents"]) == 2]
        assert shared and all(d["outlets"] == ["Example News"] for d in shared)
    finally:
        monkeypatch.delenv("TOLLBOOK_ALIASES")
        user_aliases.cache_clear()
        outlets.known_domains.cache_clear()


@pytest.mark.parametrize("claimant", [
    {"text": "the ministry", "name": "Russian Ministry of Defence", "affiliation": None, "kind": "military",
     "person": None, "implied": False, "party": "Russia"},
    {"text": "", "name": "Kyiv Post", "affiliation": None, "kind": "media", "person": None, "implied": False, "party": None},
    {"name": "Igor", "kind": "official", "person": "Igor K"},  # an older record: fields missing
    {"name": "the governor", "affiliation": "Ukraine", "kind": "official", "party": "Ukraine", "implied": True},
])
def test_an_entrys_claimant_from_a_record_is_the_one_from_the_claimant(claimant):
    """The entry's claimant read from a report's claimant record is what the claimant record
    itself gives (same fields, same order, a state's organ on its state's side)."""
    from types import SimpleNamespace

    from tollbook.ledger import _claimant_of, _claimant_summary

    got = _claimant_of(claimant)
    assert got == _claimant_summary(SimpleNamespace(**{"party": None, **claimant}))
    assert list(got) == ["name", "affiliation", "kind", "person", "implied", "party"]


def test_a_claim_many_outlets_carry_is_written_as_a_full_recompute_would_write_it(tmp_path):
    """Reports of one claim joining in no order (dates shuffled, several a batch) are summed up
    as they join (entry_summary.Tally); its long lists are written once for the record and the
    columns: every column equals a refresh from the stored claims, and each JSON text is what
    json.dumps writes (outlets with non-ASCII letters and a DEL character among them)."""
    import random

    from sqlalchemy import select

    from tollbook.ledger import refresh_entry
    from tollbook.tables import entries

    rnd = random.Random(3)
    docs = [{"id": f"carried-{i}", "published": rnd.choice(["2023-03-05", "2023-03-06", None]),
             "outlet": rnd.choice(["Київ Post", "Daily\x7fWire", "Example Wire", f"Outlet {i % 7}"]),
             "text": f"Russia's defence ministry said 498 Ukrainian soldiers were killed in Bakhmut on Monday, report {i} said."}
            for i in range(60)]
    path = tmp_path / "carried.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in docs))
    with build(tmp_path, [str(path)]) as ledger, ledger.engine.begin() as conn:
        stored = {r.entry_id: r._asdict() for r in conn.execute(select(entries))}
        assert max(r["n_claims"] for r in stored.values()) > 32  # (long enough to be written once)
        for r in stored.values():
            assert r["record"] == json.dumps(json.loads(r["record"]), ensure_ascii=False)
            for col in ("documents", "outlets", "via", "claims"):
                assert r[col] == json.dumps(json.loads(r[col]))
                assert json.loads(r[col]) == json.loads(r["record"])[col]
        for eid in stored:
            refresh_entry(conn, eid)
        assert {r.entry_id: r._asdict() for r in conn.execute(select(entries))} == stored


@pytest.mark.parametrize("paths", [SEEDS + [WIRE], "carried"])
def test_a_refresh_sets_only_the_columns_that_change_and_stores_what_setting_all_stores(tmp_path, monkeypatch, paths):
    """Where the writer knows the row as stored, a refresh's UPDATE sets only the columns whose
    values change (an index's entry is rewritten for each column it holds that is set), and
    the ledger holds what it holds when every column is set again."""
    import re

    from sqlalchemy import event, select

    from tollbook import ledger as ledger_module
    from tollbook.tables import conflicts, entries

    if paths == "carried":  # (one claim in many outlets, on several dates: its dates change as they join)
        docs = [{"id": f"r{i}", "published": f"2023-03-0{1 + i % 7}", "outlet": f"Outlet {i % 5}",
                 "text": f"Police said 3 people were killed in a shooting in Springfield, report {i} said."} for i in range(12)]
        path = tmp_path / "carried.jsonl"
        path.write_text("".join(json.dumps(d) + "\n" for d in docs))
        paths = [str(path)]

    def stored(name):
        sets = []
        ledger = Ledger.open(str(tmp_path / name))
        event.listen(ledger.engine, "connect", lambda conn, _: conn.set_trace_callback(
            lambda sql: sets.append(sql.split(" WHERE ")[0]) if sql.startswith("UPDATE entries") else None))
        ledger.engine.dispose()
        with ledger:
            ledger.add_many([(item.document, item.claims) for item in run(paths)])
            with ledger.engine.connect() as conn:
                rows = {t.name: sorted(map(tuple, conn.execute(select(t)))) for t in (entries, conflicts)}
        return rows, [set(re.findall(r"(?:SET |, )(\w+)=", s)) for s in sets]

    some, some_sets = stored("some.db")
    monkeypatch.setattr(ledger_module, "_changed", lambda values, row: values)
    every, every_sets = stored("every.db")
    assert some == every and some["entries"]
    assert len(some_sets) == len(every_sets) > 0
    assert all(len(s) == 18 for s in every_sets)
    assert all({"record", "n_claims", "claims"} <= s for s in some_sets)
    assert any(not s & {"as_of", "first_as_of", "location", "victims_affiliation", "victims_kind"} for s in some_sets)
