"""The timeline's chart data: running totals, period figures and unknown spans apart; series
per party when records carry it; a picker, not a dump, for many series; colours told apart."""
import dataclasses

from tollbook.ledger import Entry
from tollbook.web.timeline import DEFAULT_PICK, MAX_SERIES, scope_of, timeline_chart


def _e(eid, who, value, as_of, start=None, side="Russia", party=None, **extra):
    claimant = {"name": who, "affiliation": None, "kind": "government", "person": None, "implied": False}
    if party:
        claimant["party"] = party
    return Entry(entry_id=eid, metric="killed", unit="people", value=value, low=None, high=None, qualifier="exact",
                 stance="asserted", victims={"text": "soldiers", "affiliation": side, "kind": "military"},
                 claimant=claimant, location=None, as_of=as_of, first_as_of=as_of, period_start=start,
                 documents=("d",), outlets=("o",), via=(), claims=("c",), independent_reports=1)


class _Scoped:
    """An entry as the coming records will be: with a ``scope``."""

    def __init__(self, entry, scope):
        self.entry, self.scope, self.entry_id = entry, scope, entry.entry_id

    def to_dict(self):
        return {**self.entry.to_dict(), "scope": self.scope}

    def __getattr__(self, name):
        return getattr(self.entry, name)


def test_scope_from_the_record_else_from_the_dates():
    assert scope_of({"scope": "event", "period_start": "2022-02-24", "as_of": "2022-09-01"}) == "event"
    assert scope_of({"period_start": "2022-02-24", "as_of": "2022-09-01"}) == "cumulative"
    assert scope_of({"period_start": "2022-08-31", "as_of": "2022-09-01"}) == "interval"
    assert scope_of({"period_start": None, "as_of": "2022-09-01"}) is None
    assert scope_of({"period_start": "garbage", "as_of": "2022-09-01"}) is None


def test_a_days_figure_is_a_bar_not_a_fall_of_the_running_total():
    series = {"General Staff": [_e("a", "General Staff", 51000, "2022-09-01", "2022-02-24"),
                                _e("b", "General Staff", 950, "2022-09-02", "2022-09-01"),
                                _e("c", "General Staff", 51950, "2022-09-02", "2022-02-24")]}
    chart = timeline_chart(series)
    kinds = {t["kind"]: t for t in chart["traces"]}
    assert kinds["cumulative"]["y"] == [51000, 51950]  # the line only rises
    assert kinds["interval"]["y"] == [950] and kinds["interval"]["start"] == ["2022-09-01"]
    assert len(chart["points"]) == 3


def test_records_scope_overrides_the_dates():
    e = _Scoped(_e("a", "MoD", 40, "2022-09-01", "2022-02-24"), "event")
    (trace,) = timeline_chart({"MoD": [e]})["traces"]
    assert trace["kind"] == "interval"


def test_series_per_party_when_claimants_carry_one():
    series = {"General Staff": [_e("a", "General Staff", 51000, "2022-09-01", "2022-02-24", party="Ukraine")],
              "President Zelensky": [_e("b", "President Zelensky", 52000, "2022-09-05", "2022-02-24", party="Ukraine")]}
    by_party = timeline_chart(series, by="party")
    assert [s["name"] for s in by_party["series"]] == ["Ukraine"] and by_party["has_party"]
    by_claimant = timeline_chart(series, by="claimant")
    assert {s["name"] for s in by_claimant["series"]} == {"General Staff", "President Zelensky"}
    # without party on the records, the claimant names the series
    plain = {k: [dataclasses.replace(e, claimant={**e.claimant, "party": None}) for e in v] for k, v in series.items()}
    assert {s["name"] for s in timeline_chart(plain)["series"]} == {"General Staff", "President Zelensky"}


def test_many_series_give_a_picker_and_distinct_styles():
    series = {f"Claimant {i:02d}": [_e(f"e{i}-{j}", f"Claimant {i:02d}", 10 * i + j, f"2022-03-{j + 1:02d}", "2022-02-24")
                                    for j in range(1 + i % 3)] for i in range(30)}
    chart = timeline_chart(series)
    assert chart["picker"] and len(chart["series"]) == 30 > MAX_SERIES
    drawn = [s for s in chart["series"] if s["drawn"]]
    assert len(drawn) == DEFAULT_PICK and all(s["count"] == 3 for s in drawn)  # the busiest first
    styles = {(t["colour"], t["dash"]) for t in timeline_chart(series, chosen=[f"Claimant {i:02d}" for i in range(30)])["traces"]}
    assert len(styles) == 30
    assert len({s["colour"] for s in chart["series"][:24]}) == 24
    picked = timeline_chart(series, chosen=["Claimant 07", "nobody"])
    assert [s["name"] for s in picked["series"] if s["drawn"]] == ["Claimant 07"]


def test_undated_and_figureless_entries_are_left_out():
    series = {"X": [_e("a", "X", 5, None), _e("b", "X", None, "2022-03-01")]}
    assert timeline_chart(series)["traces"] == []


def test_without_dates_a_war_wide_figure_of_forces_is_a_total_and_a_towns_civilians_unknown():
    forces = {"victims": {"kind": "military"}, "location": None, "as_of": "2022-03-03"}
    assert scope_of(forces) == "cumulative"
    assert scope_of({**forces, "location": {"name": "Ukraine", "country": "Ukraine"}}) == "cumulative"
    assert scope_of({**forces, "location": {"name": "Kharkiv", "country": "Ukraine"}}) is None
    assert scope_of({"victims": {"kind": "civilian"}, "location": None, "as_of": "2022-03-03"}) is None


def test_the_page_draws_every_dated_figure_each_in_its_place(client):
    import re

    html = client.get("/timeline", params={"metric": "killed"}).text
    spans = re.findall(r"<td class=\"date\">(cumulative|interval|event|not stated)", html)
    # running totals and the figures that are not (a town's toll) are all listed, each with its span
    assert "cumulative" in spans and set(spans) - {"cumulative"} and "Kharkiv" in html
