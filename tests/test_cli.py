"""The command line, run as a user runs it (a real process) and through click's runner."""
import json
import os
import subprocess
import sys

from click.testing import CliRunner

from tollbook.cli import main

from paths import FIXTURES, tolls_by_speakers

SEEDS = sorted(str(p) for p in (FIXTURES / "seeds").glob("*.txt"))


def test_extract_jsonl_is_the_claim_schema():
    out = subprocess.run([sys.executable, "-m", "tollbook", "extract", "--format", "jsonl", *SEEDS],
                         capture_output=True, text=True, check=True)
    rows = [json.loads(l) for l in out.stdout.splitlines()]
    assert len(rows) == 10
    keys = {"doc_id", "claim_id", "metric", "unit", "value", "low", "high", "qualifier", "count_text", "victims",
            "claimant", "via", "location", "period", "stance", "part_of", "evidence", "scope"}
    assert all(keys <= set(r) for r in rows)
    assert set(rows[0]["claimant"]) == {"text", "name", "affiliation", "kind", "person", "implied", "party"}


def test_extract_reads_jsonl_from_stdin():
    line = json.dumps({"id": "wire-1", "text": "Seven people were killed, police said."})
    r = CliRunner().invoke(main, ["extract", "--format", "jsonl", "-"], input=line + "\n{bad\n")
    assert r.exit_code == 1
    (row,) = [json.loads(l) for l in r.stdout.splitlines()]
    assert (row["doc_id"], row["value"], row["claimant"]["name"]) == ("wire-1", 7, "Police")
    assert "<stdin>:2: malformed JSON" in r.stderr


def test_extract_names_a_document_over_its_time_budget_and_goes_on(tmp_path):
    # a real process: the budget is kept by a timer signal in its main thread
    long = tmp_path / "long.txt"
    long.write_text(tolls_by_speakers(400_000), encoding="utf-8")
    short = tmp_path / "short.txt"
    short.write_text("Seven people were killed, police said.", encoding="utf-8")
    # (the patterns are compiled before the first budget starts)
    out = subprocess.run([sys.executable, "-m", "tollbook", "extract", "--format", "jsonl", str(long), str(short)],
                         capture_output=True, text=True, env={**os.environ, "TOLLBOOK_DOCUMENT_SECONDS": "0.3"})
    assert out.returncode == 1
    assert f"{long}: took longer than 0.3 s (TOLLBOOK_DOCUMENT_SECONDS); stopped" in out.stderr
    assert [(r["doc_id"], r["value"]) for r in map(json.loads, out.stdout.splitlines()) if r["doc_id"] == "short.txt"] == [("short.txt", 7)]


def test_extract_prints_a_repeated_document_once():
    line = json.dumps({"id": "wire-1", "text": "Seven people were killed, police said."})
    r = CliRunner().invoke(main, ["extract", "--format", "jsonl", "-"], input=f"{line}\n{line}\n")
    assert r.exit_code == 0
    assert [json.loads(l)["value"] for l in r.stdout.splitlines()] == [7]
    assert "<stdin>:2: same document as <stdin>:1; skipped" in r.stderr


def test_ingest_then_claims(tmp_path):
    db = str(tmp_path / "t.db")
    runner = CliRunner()
    r = runner.invoke(main, ["ingest", "--db", db, *SEEDS, str(tmp_path / "missing.txt")])
    assert r.exit_code == 1 and "missing.txt: no such file or directory" in r.stderr
    assert "ingested 2 new document(s) with 10 claim(s)" in r.stderr
    r = runner.invoke(main, ["ingest", "--db", db, *SEEDS])
    assert r.exit_code == 0 and "2 already in the ledger" in r.stderr
    r = runner.invoke(main, ["claims", "--db", db, "--format", "csv", "--metric", "wounded"])
    lines = r.stdout.splitlines()
    assert lines[0].startswith("doc_id,claim_id,metric") and len(lines) == 1 + 4
    assert "claimant_implied" in lines[0].split(",")
    r = runner.invoke(main, ["claims", "--db", db, "--format", "table", "--claimant", "Ukrainian official"])
    assert "Kharkiv" in r.stdout and "Ukrainian official (unnamed)" in r.stdout


def test_tollbook_db_environment_variable(tmp_path, monkeypatch):
    monkeypatch.setenv("TOLLBOOK_DB", str(tmp_path / "env.db"))
    r = CliRunner().invoke(main, ["ingest", SEEDS[0]])
    assert r.exit_code == 0 and (tmp_path / "env.db").exists()


def test_demo_builds_a_fresh_ledger(tmp_path):
    db = str(tmp_path / "demo.db")
    for _ in range(2):
        r = CliRunner().invoke(main, ["demo", "--db", db, "--format", "jsonl"])
        assert r.exit_code == 0
        assert len(r.stdout.splitlines()) == 8  # ledger entries: the relayed MoD figures merge


def test_extract_of_files_starts_without_the_database_or_the_http_client(tmp_path):
    """SQLAlchemy and httpx take half a second to import: `extract` over files needs neither."""
    article = tmp_path / "a.txt"
    article.write_text("Four soldiers were killed in shelling, the ministry said.", encoding="utf-8")
    probe = ("import sys\nfrom tollbook.cli import main\n"
             "try:\n    main(['extract', '--format', 'jsonl', sys.argv[1]])\nexcept SystemExit:\n    pass\n"
             "print('loaded', *sorted(m for m in ('sqlalchemy', 'httpx') if m in sys.modules), file=sys.stderr)")
    out = subprocess.run([sys.executable, "-c", probe, str(article)], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout)["value"] == 4
    assert out.stderr.strip().splitlines()[-1] == "loaded"



def test_a_value_undecodable_as_utf8_is_matched_not_a_traceback(tmp_path):
    # the system hands an argument that is not UTF-8 to Python as lone surrogates; a file name
    # keeps them (and is opened), a value to match is read with U+FFFD
    db = str(tmp_path / "l.db")
    odd = tmp_path / "harbour\udcff.txt"
    odd.write_text("Officials said 7 people were killed.", encoding="utf-8")
    r = CliRunner().invoke(main, ["ingest", "--db", db, "--jobs", "0", str(odd)])
    assert r.exit_code == 0, r.output
    for cmd in (["claims", "--claimant", "x\udcff"], ["ledger", "--place", "x\udcff"], ["series", "list", "--party", "x\udcff"]):
        r = CliRunner().invoke(main, cmd + ["--db", db, "--format", "jsonl"])
        assert r.exit_code == 0 and r.exception is None, (cmd, r.output)
