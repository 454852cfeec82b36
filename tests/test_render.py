"""Tables for people: text columns wrap to the terminal, figures are never cut, each group's
heading once, vague figures as words; and the CLI's --evidence column."""
import pytest
from click.testing import CliRunner

from tollbook.cli import main
from tollbook.ledger import Entry
from tollbook.render import entries_table, entry_figure, fitted, vague_words

from paths import FIXTURES

WIRE = str(FIXTURES / "wire" / "march-2022.jsonl")


def _entry(eid, metric="killed", unit="people", value=None, low=None, high=None, qualifier="exact", side="Russia",
           claimant="Russian Ministry of Defence", outlets=("Harbour Times",)):
    return Entry(entry_id=eid, metric=metric, unit=unit, value=value, low=low, high=high, qualifier=qualifier,
                 stance="asserted", victims={"text": "troops", "affiliation": side, "kind": "military"},
                 claimant={"name": claimant, "affiliation": None, "kind": "government", "person": None, "implied": False},
                 location=None, as_of="2022-03-03", first_as_of="2022-03-03", period_start=None,
                 documents=("d1",), outlets=tuple(outlets), via=(), claims=("c1",), independent_reports=1)


def test_figures_are_never_cut_and_text_wraps_to_the_width():
    cols = [("claimant", "text"), ("figure", "num"), ("as of", "fixed"), ("outlets", "text")]
    rows = [["General Staff of the Armed Forces of Ukraine, as relayed by several regional outlets", "70,000–80,000",
             "2022-03-03", "Harbour Times, Northern Courier, Valley Post, Test Wire, Another Outlet"]]
    for width in (60, 80, 250):
        lines = list(fitted(cols, rows, width))
        assert all(len(line) <= width for line in lines), (width, lines)
        assert "70,000–80,000" in "\n".join(lines) and "2022-03-03" in "\n".join(lines)
        words = " ".join(lines[1:]).split()
        assert "Ukraine," in words and "Courier," in words  # words wrap whole, none cut
    assert len(list(fitted(cols, rows, 250))) == 2  # wide enough: heading and one line


@pytest.mark.parametrize("low, high, words", [(2000, 9999, "thousands"), (24, 99, "dozens"), (200, 999, "hundreds"),
                                              (20000, 99999, "tens of thousands"), (2, None, "numerous")])
def test_vague_bounds_are_shown_as_words(low, high, words):
    assert vague_words(low, high) == words
    assert entry_figure({"value": None, "low": low, "high": high, "qualifier": "vague"}) == words


def test_precise_and_ranged_figures_keep_their_numbers():
    assert entry_figure({"value": 1351, "low": None, "high": None, "qualifier": "exact"}) == "1,351"
    assert entry_figure({"value": None, "low": 2000, "high": 3000, "qualifier": "range"}) == "2,000–3,000"
    # vague bounds no lexicon words give fall back to the numbers
    assert entry_figure({"value": None, "low": 7, "high": 70, "qualifier": "vague"}) == "7–70"


def test_each_group_heading_appears_once_even_when_rows_interleave():
    items = [_entry("a", value=5), _entry("b", metric="wounded", value=7), _entry("c", value=9),
             _entry("d", metric="destroyed", unit="tanks", value=3), _entry("e", metric="wounded", value=1)]
    lines = list(entries_table(items, width=120))
    headings = [line for line in lines if line.startswith("== ")]
    assert headings == ["== Russia military — killed", "== Russia military — wounded", "== Russia military — destroyed (tanks)"]
    body = "\n".join(lines)
    assert body.index(" 5 ") < body.index(" 9 ") < body.index("== Russia military — wounded")


def test_ledger_and_conflicts_take_an_evidence_column(tmp_path):
    db = str(tmp_path / "w.db")
    assert CliRunner().invoke(main, ["ingest", "--db", db, WIRE]).exit_code == 0
    r = CliRunner(env={"COLUMNS": "200"}).invoke(main, ["ledger", "--db", db, "--format", "table", "--evidence",
                                                        "--claimant", "General Staff"])
    assert r.exit_code == 0 and "evidence" in r.stdout.splitlines()[1]
    assert "5,800" in r.stdout and "soldiers had been killed" in " ".join(r.stdout.split())
    r = CliRunner(env={"COLUMNS": "200"}).invoke(main, ["conflicts", "--db", db, "--format", "table", "--evidence"])
    text = " ".join(r.stdout.split())
    assert r.exit_code == 0 and "evidence A" in text and "498 Russian servicemen had been killed" in text
    assert all(len(line) <= 200 for line in r.stdout.splitlines())


def test_evidence_sentences_are_the_entry_pages_first_report(tmp_path):
    from tollbook.evidence import first_sentences
    from tollbook.store import Ledger

    db = str(tmp_path / "e.db")
    assert CliRunner().invoke(main, ["ingest", "--db", db, WIRE]).exit_code == 0
    with Ledger.open(db) as ledger:
        entries = ledger.entries()
        got = first_sentences(ledger, [e.entry_id for e in entries])
        assert set(got) == {e.entry_id for e in entries}
        for e in entries:
            reports = ledger.entry_reports(e.entry_id)
            first = reports[0]["claim"].evidence[0].sentence.strip()
            more = len({r["doc_key"] for r in reports}) - 1
            assert got[e.entry_id] == first + (f" (+{more} more)" if more else "")
