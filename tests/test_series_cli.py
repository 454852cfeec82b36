"""`tollbook series …` run as a user runs it (a real process) and through click's runner."""
import json
import subprocess
import sys

from click.testing import CliRunner

from tollbook.cli import main

from test_series import staff_csv

FLAGS = ["--party", "General Staff of the Armed Forces of Ukraine", "--affiliation", "Ukraine", "--kind", "military",
         "--victims", "Russia/military", "--map", "personnel=killed|casualties:people@personnel*",
         "--map", "tank=destroyed:tanks", "--since", "2022-02-24"]


def test_series_import_list_show_from_flags(tmp_path):
    db, csv = str(tmp_path / "l.db"), str(staff_csv(tmp_path / "gs.csv", days=3))
    out = subprocess.run([sys.executable, "-m", "tollbook", "series", "import", csv, "--db", db, *FLAGS],
                         capture_output=True, text=True, check=True)
    assert "gs.csv: 6 figure(s): 6 new day(s), 0 revised, 0 unchanged; 0 error(s)" in out.stderr
    again = CliRunner().invoke(main, ["series", "import", csv, "--db", db, *FLAGS])
    assert again.exit_code == 0 and "0 new day(s), 0 revised, 6 unchanged" in again.output
    listed = [json.loads(x) for x in CliRunner().invoke(main, ["series", "list", "--db", db, "--format", "jsonl"]).output.splitlines()]
    assert sorted((s["metric"], s["unit"], s["days"]) for s in listed) == [("destroyed", "tanks", 3), ("killed", "people", 3)]
    (tanks,) = [s for s in listed if s["unit"] == "tanks"]
    shown = CliRunner().invoke(main, ["series", "show", tanks["series_id"], "--db", db, "--format", "jsonl"])
    recs = [json.loads(x) for x in shown.output.splitlines()]
    assert [(r["period"]["end"], r["value"], r["scope"], r["source"]["line"]) for r in recs] == [
        ("2022-07-29", 1700, "cumulative", 2), ("2022-07-30", 1710, "cumulative", 3), ("2022-07-31", 1720, "cumulative", 4)]


def test_series_import_reports_bad_lines_and_usage(tmp_path):
    db = str(tmp_path / "l.db")
    csv = staff_csv(tmp_path / "gs.csv", days=2, extra="2022-08-01,many,about,1,2\n")
    r = CliRunner().invoke(main, ["series", "import", str(csv), "--db", db, *FLAGS])
    assert r.exit_code == 1 and "tollbook: gs.csv:4: personnel: 'many' is not a number" in r.output
    assert "5 new day(s)" in r.output  # the rest of the file is stored
    r = CliRunner().invoke(main, ["series", "import", str(csv), "--db", db, "--party", "X", "--victims", "Russia"])
    assert r.exit_code != 0 and "--map" in r.output
    r = CliRunner().invoke(main, ["series", "import", "--db", db])
    assert r.exit_code != 0 and "give series files" in r.output


def test_demo_and_import_carry_the_bundled_general_staff_series(tmp_path):
    db = str(tmp_path / "demo.db")
    r = CliRunner().invoke(main, ["demo", "--db", db, "--format", "jsonl"])
    assert r.exit_code == 0 and "General Staff series of Russian losses (16 series" in r.output
    listed = {(s["metric"], s["unit"]): s for s in map(json.loads, CliRunner().invoke(
        main, ["series", "list", "--db", db, "--format", "jsonl"]).output.splitlines())}
    assert listed[("killed", "people")]["first"] == "2022-02-25" and listed[("killed", "people")]["days"] >= 1600
    assert listed[("destroyed", "armoured_vehicles")]["revised_days"] > 0  # the corrections file revised days
    r = CliRunner().invoke(main, ["series", "import", "--general-staff", "--db", db])
    assert r.exit_code == 0 and " 0 new day(s), 0 revised" in r.output  # already there: nothing changes


def test_check_lists_reports_that_do_not_match(tmp_path):
    from test_check import REPORTS

    db = str(tmp_path / "l.db")
    news = tmp_path / "news.jsonl"
    news.write_text("\n".join(json.dumps({"id": f"report-{n}", "text": REPORTS[n], "outlet": f"Outlet {n}",
                                          "published": "2022-08-12"}) for n in ("rounded", "late", "wrong", "tanks")) + "\n",
                    encoding="utf-8")
    assert CliRunner().invoke(main, ["ingest", str(news), "--db", db, "--jobs", "0"]).exit_code == 0
    r = CliRunner().invoke(main, ["series", "import", str(staff_csv(tmp_path / "gs.csv")), "--db", db, *FLAGS])
    assert "checked news claims: 1 differs, 2 matches, 1 stale" in r.output
    rows = [json.loads(x) for x in CliRunner().invoke(main, ["check", "--db", db, "--format", "jsonl"]).output.splitlines()]
    assert [(x["doc_id"], x["verdict"], x["outlet"], x["series_value"]) for x in rows] == [
        ("report-late", "stale", "Outlet late", 43_500), ("report-wrong", "differs", "Outlet wrong", 43_500)]
    assert rows[0]["matched_as_of"] == "2022-08-05" and rows[0]["evidence"].startswith("The General Staff")
    table = CliRunner().invoke(main, ["check", "--db", db, "--format", "table", "--all"]).output
    assert table.count("matches") == 2 and "41,750 on 2022-08-05" in table
    assert CliRunner().invoke(main, ["check", "--db", db, "--format", "jsonl", "--since", "2022-09-01"]).output == ""
    assert CliRunner().invoke(main, ["check", "--db", db, "--format", "jsonl", "--party", "Russia"]).output == ""
    csv_out = CliRunner().invoke(main, ["check", "--db", db, "--format", "csv"]).output.splitlines()
    assert csv_out[0].startswith("verdict,party,outlet") and len(csv_out) == 3


def test_a_ministry_series_from_a_toml_mapping_on_the_command_line(tmp_path):
    """Any party: a ministry's own tally of its civilians, read by a TOML mapping file."""
    (tmp_path / "ministry.toml").write_text(
        'party = "Ukraine"\nvictims = "Ukraine/civilian"\ndate_column = "Day"\n'
        '[claimant]\nname = "Ukrainian Ministry of Health"\naffiliation = "Ukraine"\nkind = "government"\n'
        '[columns]\n"Deaths" = "killed:people"\n', encoding="utf-8")
    (tmp_path / "health.csv").write_text("Day,Deaths\n01.08.2022,310\n02.08.2022,318\n", encoding="utf-8")
    db = str(tmp_path / "l.db")
    r = CliRunner().invoke(main, ["series", "import", str(tmp_path / "health.csv"), "--mapping", str(tmp_path / "ministry.toml"),
                                  "--db", db])
    assert r.exit_code == 0 and "2 new day(s)" in r.output
    (s,) = map(json.loads, CliRunner().invoke(main, ["series", "list", "--db", db, "--format", "jsonl"]).output.splitlines())
    assert (s["party"], s["claimant"]["name"], s["victims"]["affiliation"], s["victims"]["kind"], s["first"], s["last"]) == (
        "Ukraine", "Ukrainian Ministry of Health", "Ukraine", "civilian", "2022-08-01", "2022-08-02")


def test_a_mapping_holding_what_no_store_holds_is_read_as_the_replacement_character(tmp_path):
    # half a surrogate pair and NUL, escaped in the mapping's JSON: the import died with a
    # traceback (the first) or was refused by PostgreSQL (the second)
    (tmp_path / "m.json").write_text(
        '{"party": "Ukraine", "victims": "Ukraine/civilian", "date_column": "Day", "claimant": '
        '{"name": "Regional \\ud800 office\\u0000", "affiliation": "Ukraine", "kind": "government"}, '
        '"columns": {"Deaths": "killed:people"}}', encoding="utf-8")
    (tmp_path / "d.csv").write_text("Day,Deaths\n01.08.2022,5\n", encoding="utf-8")
    db = str(tmp_path / "l.db")
    r = CliRunner().invoke(main, ["series", "import", str(tmp_path / "d.csv"), "--mapping", str(tmp_path / "m.json"), "--db", db])
    assert r.exit_code == 0 and "1 new day(s)" in r.output
    (s,) = map(json.loads, CliRunner().invoke(main, ["series", "list", "--db", db, "--format", "jsonl"]).output.splitlines())
    assert s["claimant"]["name"] == "Regional \ufffd office\ufffd"
