"""Ingest progress: the input's size is known for files (a bar with share, bytes, rate and time
remaining); not for URLs or stdin (a spinner)."""
import io
import json

from rich.console import Console

from tollbook.batch import ingest_all
from tollbook.progress import ReadMeter, input_sizes
from tollbook.sources import read_sources
from tollbook.store import Ledger

from paths import FIXTURES

SEEDS = sorted(str(p) for p in (FIXTURES / "seeds").glob("*.txt"))


def _jsonl(path, n):
    text = ("Four civilians were killed and nine were wounded when shells hit a market in Kherson on Saturday, "
            "the regional governor said. ")
    path.write_text("".join(json.dumps({"id": f"d{i}", "text": f"Story {i}. " + text * 3}) + "\n" for i in range(n)))
    return path


def test_sizes_of_files_and_directories_and_none_for_urls_or_stdin(tmp_path):
    (tmp_path / "a.txt").write_text("x" * 10)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.jsonl").write_text("y" * 25)
    (tmp_path / "sub" / "notes.pdf").write_text("z" * 99)  # not an input kind: read_path skips it
    sizes = input_sizes([str(tmp_path)])
    assert sizes == {str(tmp_path / "a.txt"): 10, str(tmp_path / "sub" / "b.jsonl"): 25}
    assert input_sizes([str(tmp_path / "a.txt"), "-"]) is None
    assert input_sizes(["https://example.org/a"]) is None


def test_the_meter_rises_with_the_sources_read_and_ends_at_the_total(tmp_path):
    big = _jsonl(tmp_path / "big.jsonl", 40)
    small = tmp_path / "small.txt"
    small.write_text("Two soldiers were killed, the army said.")
    paths = [str(big), str(small)]
    meter = ReadMeter(input_sizes(paths))
    seen = []
    for _ in meter.watch(read_sources(paths)):
        seen.append(meter.read)
    assert seen == sorted(seen) and seen[0] > 0
    assert seen[19] < meter.total * 0.6 < seen[38]  # halfway through the big file is about half
    assert seen[-1] == meter.total  # the big file counted whole once the next one starts


def test_progress_shows_share_bytes_and_time_remaining(tmp_path):
    src = _jsonl(tmp_path / "in.jsonl", 60)
    paths = [str(src)]
    meter = ReadMeter(input_sizes(paths))
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=160, color_system=None)
    with Ledger.open(str(tmp_path / "p.db")) as ledger:
        stats = ingest_all(ledger, meter.watch(read_sources(paths)), jobs=0, progress=True, meter=meter,
                           console=console, group=8)
    assert stats.new == 60
    text = out.getvalue()
    assert "100%" in text and "eta" in text and "kB" in text and "60 documents" in text


def test_without_a_size_the_progress_is_a_spinner(tmp_path):
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=160, color_system=None)
    with Ledger.open(str(tmp_path / "s.db")) as ledger:
        ingest_all(ledger, read_sources(SEEDS), jobs=0, progress=True, console=console)
    text = out.getvalue()
    assert "2 documents" in text and "%" not in text and "eta" not in text
