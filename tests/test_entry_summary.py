"""An entry's summary of its reports (entry_summary.py): a pass over reports read once."""
from __future__ import annotations

import pytest

import random

from tollbook.entry_cache import member_key
from tollbook.entry_summary import Report, Tally, claimant_rank, report, summarise, wording


def _rec(claim_id="c1", sentence="Officials said 12 soldiers were killed.", start=None, end="2023-03-06", location=None,
         claimant=None, scope=None, victims=None):
    return {"claim_id": claim_id, "evidence": [{"sentence": sentence}], "period": {"start": start, "end": end},
            "location": location, "claimant": claimant or {"name": "the ministry", "affiliation": "Russia", "kind": "military"},
            "scope": scope, "victims": victims or {"text": "soldiers", "affiliation": "Ukraine", "kind": "military"}}


def _report(doc_id="d1", outlet="Outlet A", via=(), **kw) -> Report:
    return report(doc_id, outlet, via, _rec(**kw))


def test_a_report_reads_what_the_summary_needs():
    r = _report(location={"name": "Bakhmut", "country": "Ukraine"}, claimant={"name": "Igor", "person": "Igor K", "kind": "official"})
    assert r.place == (("country", "Ukraine"), ("name", "Bakhmut"))
    assert r.speaker == ("Igor", "Igor K")
    assert r.wordings == frozenset({"officials said 12 soldiers were killed"})
    assert r.rank == claimant_rank(r.claimant)


@pytest.mark.parametrize("reports, independent", [
    # two outlets in their own words: two independent reports
    ([_report("d1", sentence="Kyiv said 12 died."), _report("d2", sentence="Twelve died, Kyiv says.")], 2),
    # the second repeats the first's words (punctuation and case aside): one
    ([_report("d1", sentence="Kyiv said 12 died."), _report("d2", sentence="KYIV SAID 12 DIED")], 1),
    # a document relaying an agency is never independent, and its words count as seen
    ([_report("d1", via=("Reuters",), sentence="Kyiv said 12 died."), _report("d2", sentence="Kyiv said 12 died")], 0),
    # two claims of one document: the document counts once
    ([_report("d1", claim_id="a"), _report("d1", claim_id="b", sentence="Other words.")], 1),
    ([], 0),
])
def test_independent_reports(reports, independent):
    assert summarise(reports).independent == independent


def test_lists_keep_the_member_order_once_each():
    s = summarise([_report("d2", "B", ("AFP",), claim_id="x"), _report("d1", "A", ("Reuters", "AFP"), claim_id="y"),
                   _report("d2", "B", ("AFP",), claim_id="z")])
    assert (s.documents, s.outlets, s.via, s.claims) == (["d2", "d1"], ["B", "A"], ["AFP", "Reuters"], ["x", "y", "z"])


def test_dates_are_the_latest_and_earliest_said():
    s = summarise([_report(end="2023-03-05", start="2022-02-24"), _report(end=None), _report(end="2023-03-07", start="2023-01-01")])
    assert (s.as_of, s.first_as_of, s.period_start) == ("2023-03-07", "2023-03-05", "2022-02-24")
    assert (summarise([_report(end=None)]).as_of, summarise([]).period_start) == (None, None)


def test_a_town_says_more_than_its_country_then_the_most_named():
    country = {"name": "Ukraine", "country": "Ukraine"}
    town, other = {"name": "Bakhmut", "country": "Ukraine"}, {"name": "Soledar", "country": "Ukraine"}
    s = summarise([_report(location=country), _report(location=country), _report(location=town)])
    assert dict(s.place) == town
    # equally named towns: the first named
    assert dict(summarise([_report(location=other), _report(location=town)]).place) == other
    assert dict(summarise([_report(location=town), _report(location=other), _report(location=other)]).place) == other


def test_scope_most_said_then_by_name():
    assert summarise([_report(scope="event"), _report(scope="cumulative"), _report(scope="event")]).scope == "event"
    assert summarise([_report(scope="interval"), _report(scope="cumulative")]).scope == "interval"
    assert summarise([_report()]).scope is None


def test_the_claimant_shown_is_the_first_best_named():
    implied = {"name": "Russia (implied)", "affiliation": "Russia", "kind": "government", "implied": True}
    sideless = {"name": "a spokesman", "kind": "official"}
    named = {"name": "the ministry", "affiliation": "Russia", "kind": "military"}
    also = {"name": "the defence ministry", "affiliation": "Russia", "kind": "military"}
    s = summarise([_report(claimant=implied), _report(claimant=sideless), _report(claimant=named), _report(claimant=also)])
    assert s.claimant == named
    assert summarise([]).claimant is None


def test_victims_sides_kinds_and_first_words():
    s = summarise([_report(victims={"text": "", "affiliation": None, "kind": "unspecified"}),
                   _report(victims={"text": "troops", "affiliation": "Ukraine", "kind": "military"}),
                   _report(victims={"text": "servicemen", "affiliation": "Ukraine", "kind": "military"})])
    assert (s.sides, s.kinds, s.victims_text) == ({"Ukraine"}, {"military"}, "troops")


def test_speakers_once_each_in_order():
    a = {"name": "Igor", "person": "Igor K", "affiliation": "Russia", "kind": "military"}
    b = {"name": "the ministry", "affiliation": "Russia", "kind": "military"}
    assert summarise([_report(claimant=a), _report(claimant=b), _report(claimant=a)]).speakers == [("Igor", "Igor K"), ("the ministry", None)]


@pytest.mark.parametrize("sentence, expected", [
    ("Twelve died, officials say.", "twelve died officials say"),
    ("  12 killed -- 3 hurt!", "12 killed 3 hurt"),
])
def test_wording(sentence, expected):
    assert wording(sentence) == expected


def test_kept_reports_all_or_none_in_order_and_bounded():
    from tollbook.entry_summary import KeptReports

    table, other = {}, {}
    kept = KeptReports(limit=3)
    a, b, c, d = (_report(claim_id=x) for x in "abcd")
    kept.keep([1, 2], [a, b], table)
    assert kept.find([2, 1], table) == [b, a]
    assert kept.find([1, 3], table) is None  # one not kept: read them all
    kept.find([1], table)  # 1 used last: 2 is the oldest
    kept.keep([3, 4], [c, d], table)
    assert kept.find([2], table) is None and kept.find([1, 3, 4], table) == [a, c, d]
    # another table of known domains (the outlets a URL names may differ): nothing kept holds
    assert kept.find([1], other) is None


@pytest.mark.parametrize("one", [
    _report(),
    _report(end="", start="", scope=""),  # an empty date is no date, an empty scope none
    _report(via=("AFP", "AFP"), end=None, start="2022-02-24", scope="event", location={"name": "Kyiv", "country": "Ukraine"},
            victims={"text": "", "affiliation": None, "kind": "unspecified"}),
])
def test_one_report_summed_up_as_any_number(one):
    """The shortcut for an entry of one report says what the pass over reports says."""
    from tollbook import entry_summary

    many = entry_summary.summarise([one, one])
    alone = entry_summary.summarise([one])
    assert alone == entry_summary.Summary(**{**many.__dict__, "claims": many.claims[:1], "independent": 0 if one.via else 1})


def test_kept_reports_shared_by_threads():
    """One thread keeping a document's reports while another looks an entry's up: neither
    fails (the look-up's members may be dropped for room at the same moment)."""
    import threading

    from tollbook.entry_summary import KeptReports

    kept, table, errors = KeptReports(limit=50), {}, []
    one = _report()

    def keep():
        for i in range(20_000):
            kept.keep([(i % 200,)], [one], table)

    def find():
        try:
            for i in range(20_000):
                kept.find([((i + k) % 200,) for k in range(5)], table)
        except Exception as e:  # noqa: BLE001 - what the test looks for
            errors.append(e)

    threads = [threading.Thread(target=keep), threading.Thread(target=find)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def test_a_reports_wordings_are_read_when_first_asked_for_and_not_compared():
    """A report keeps its evidence sentences; their wordings are made the first time an entry
    of several reports compares them, and two reports differing only in whether that has
    happened yet are equal."""
    a = report("d1", "Outlet A", (), _rec(sentence="Kyiv said 12 died."))
    b = report("d1", "Outlet A", (), _rec(sentence="Kyiv said 12 died."))
    assert a.sentences == ("Kyiv said 12 died.",)
    assert a.wordings == frozenset({"kyiv said 12 died"}) and a.wordings is a.wordings
    assert a == b  # b's wordings not read yet
    # a report of two sentences: both wordings
    rec = _rec()
    rec["evidence"] = [{"sentence": "Twelve died."}, {"sentence": "KYIV: twelve died"}]
    assert report("d2", "Outlet B", (), rec).wordings == frozenset({"twelve died", "kyiv twelve died"})


# --- Tally: the summary kept up as members join in any order --------------------------------

def _members(rnd: random.Random, n: int) -> list[tuple]:
    """``n`` members of one entry, made to collide: few documents (one may hold several
    claims), few outlets, relays, wordings, places, scopes, claimants, victims and dates."""
    towns = [None, {"name": "Ukraine", "country": "Ukraine"}, {"name": "Bakhmut", "country": "Ukraine"},
             {"name": "Soledar", "country": "Ukraine"}]
    claimants = [{"name": "the ministry", "affiliation": "Russia", "kind": "military"},
                 {"name": "a source", "kind": "unknown", "implied": True}, {"name": "Kyiv", "affiliation": "Ukraine", "kind": "government"}]
    out = []
    for i in range(n):
        doc = f"d{rnd.randrange(max(n // 2, 1))}"
        published = rnd.choice([None, "2023-03-05", "2023-03-06"])
        rec = _rec(claim_id=f"c{i}", sentence=rnd.choice(["Kyiv said 12 died.", "Twelve died, Kyiv says.", "KYIV SAID 12 DIED", "Other words."]),
                   start=rnd.choice([None, "2022-02-24", "2023-01-01"]), end=rnd.choice([None, "", "2023-03-05", "2023-03-07"]),
                   location=rnd.choice(towns), claimant=rnd.choice(claimants), scope=rnd.choice([None, "cumulative", "incident"]),
                   victims=rnd.choice([{"text": "", "kind": "unspecified"}, {"text": "soldiers", "affiliation": "Ukraine", "kind": "military"},
                                       {"text": "people", "kind": "civilian"}]))
        r = report(doc, rnd.choice(["A", "B", "C"]), tuple(rnd.sample(["AFP", "Reuters", "AP"], rnd.randrange(3))), rec)
        # (a document's key follows from it, as a stored document's does: its id, date and text)
        out.append((member_key(published, doc, f"k-{doc}-{published}", rnd.randrange(500), f"c{i}"), r))
    return out


@pytest.mark.parametrize("seed", range(40))
def test_a_tally_sums_up_as_the_reports_in_member_order_whatever_order_they_join(seed):
    rnd = random.Random(seed)
    members = _members(rnd, rnd.randrange(1, 30))
    shuffled = members[:]
    rnd.shuffle(shuffled)
    tally = Tally()
    k = 0
    while k < len(shuffled):  # joining a few at a time, as a document's claims do
        step = rnd.randrange(1, 4)
        tally.add(shuffled[k:k + step])
        k += step
        assert tally.summary() == summarise([r for _, r in sorted(shuffled[:k])])
    assert len(tally) == len(members)
    assert Tally(members).summary() == summarise([r for _, r in sorted(members)])


def test_an_earlier_copy_of_a_counted_document_changes_which_report_counts():
    # d1's first report repeats d0's words (not independent); a report of d1 placed before it,
    # in its own words, then counts instead: d1 becomes independent
    first = (member_key("2023-03-05", "d0", "k0", 0, "a"), _report("d0", sentence="Kyiv said 12 died."))
    later = (member_key("2023-03-06", "d1", "k1", 50, "b"), _report("d1", sentence="Kyiv said 12 died."))
    earlier = (member_key("2023-03-06", "d1", "k1", 10, "c"), _report("d1", sentence="Twelve soldiers died, said Kyiv."))
    tally = Tally([first, later])
    assert tally.summary().independent == 1
    tally.add([earlier])
    assert tally.summary().independent == 2 == summarise([first[1], earlier[1], later[1]]).independent


def test_a_new_report_before_an_independent_one_in_the_same_words_takes_its_place():
    a = (member_key("2023-03-06", "d2", "k2", 0, "a"), _report("d2", sentence="Kyiv said 12 died."))
    b = (member_key("2023-03-05", "d1", "k1", 0, "b"), _report("d1", sentence="KYIV SAID 12 DIED"))
    tally = Tally([a])
    tally.add([b])
    s = tally.summary()
    assert (s.independent, s.documents) == (1, ["d1", "d2"])


def test_an_empty_tally_is_the_summary_of_no_reports():
    assert Tally().summary() == summarise([])


def test_a_report_is_made_as_its_dataclass_makes_it():
    import dataclasses

    from tollbook.entry_summary import Report

    args = ("d1", "outlet.example", ("AP",), ("Two were killed.",), "2024-01-01", "2024-01-02",
            (("country", "X"), ("name", "Y"), ("text", "Y")), ("police", None), "incident", (False,), {"name": "police"},
            {"kind": "civilian"}, "c1")
    r = Report(*args)
    assert [getattr(r, f.name) for f in dataclasses.fields(Report)] == [*args, None]
    assert r == Report(*args[:-1], claim_id="c1") and r.wordings == frozenset(["two were killed"])
    assert Report(*args, _wordings=frozenset(["w"])).wordings == frozenset(["w"])
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.doc_id = "d2"
    with pytest.raises(TypeError):
        Report(*args[:-1])
