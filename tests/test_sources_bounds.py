"""Inputs are read within bounds: a gzip bomb, a giant JSONL line, an oversized CSV cell or a
document over the size limit is named by file and line, the rest of the file is read, and
memory stays small."""
import csv
import gzip
import json
import tracemalloc
import zlib
from io import BytesIO

import pytest

from tollbook.sources import InputError, Source, read_sources

GOOD = "Two soldiers were killed in the raid, the army said."


def _gzip_stream(path, pieces):
    """Write a gzip file from pieces (bytes, or (byte, count) runs) without holding it whole."""
    with gzip.open(path, "wb", compresslevel=1) as f:
        for p in pieces:
            if isinstance(p, tuple):
                byte, n = p
                block = byte * (1 << 20)
                for _ in range(n >> 20):
                    f.write(block)
            else:
                f.write(p)


def _read_with_peak(paths):
    tracemalloc.start()
    try:
        items = list(read_sources([str(p) for p in paths]))
        return items, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _record(i, text=GOOD):
    return (json.dumps({"id": f"d{i}", "text": text}) + "\n").encode()


def test_a_text_gzip_bomb_is_refused_without_being_inflated(tmp_path):
    bomb = tmp_path / "bomb.txt.gz"
    _gzip_stream(bomb, [(b"a", 200 << 20)])  # 200 MB of one byte, ~200 KB on disk
    assert bomb.stat().st_size < 2_000_000
    (err,), peak = _read_with_peak([bomb])
    assert isinstance(err, InputError) and err.origin == str(bomb)
    assert "over the 5,000,000-byte limit (TOLLBOOK_MAX_DOCUMENT_BYTES)" in err.message
    assert peak < 30_000_000


def test_a_giant_jsonl_line_is_skipped_and_the_records_after_it_are_read(tmp_path):
    p = tmp_path / "batch.jsonl.gz"
    _gzip_stream(p, [_record(1), b'{"id": "huge", "text": "', (b"x", 60 << 20), b'"}\n', _record(3)])
    items, peak = _read_with_peak([p])
    assert [i.doc_id for i in items if isinstance(i, Source)] == ["d1", "d3"]
    (err,) = [i for i in items if isinstance(i, InputError)]
    assert err.origin == f"{p}:2" and "a line longer than" in err.message
    assert peak < 60_000_000  # one capped line (4x the document limit), never the 60 MB one


def test_a_jsonl_gzip_bomb_stops_at_the_file_cap_and_keeps_what_came_before(tmp_path, monkeypatch):
    monkeypatch.setenv("TOLLBOOK_MAX_FILE_BYTES", "1000000")
    p = tmp_path / "many.jsonl.gz"
    _gzip_stream(p, [_record(i) for i in range(40_000)])  # ~3 MB decompressed
    items = list(read_sources([str(p)]))
    sources = [i for i in items if isinstance(i, Source)]
    assert 5_000 < len(sources) < 40_000 and sources[0].doc_id == "d0"
    assert isinstance(items[-1], InputError) and items[-1].origin == str(p)
    assert "decompresses to more than 1,000,000 bytes (TOLLBOOK_MAX_FILE_BYTES)" in items[-1].message


def test_the_document_limit_holds_for_every_input_kind(tmp_path, monkeypatch):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    monkeypatch.setenv("TOLLBOOK_MAX_DOCUMENT_BYTES", "4000")
    long_text = (GOOD + " ") * 100  # 5,200 bytes
    (tmp_path / "long.txt").write_text(long_text)
    (tmp_path / "short.txt").write_text(GOOD)
    (tmp_path / "long.html").write_text(f"<html><body><p>{long_text}</p></body></html>")
    (tmp_path / "b.jsonl").write_text(_record(1).decode() + _record(2, long_text).decode() + _record(3).decode())
    with (tmp_path / "c.csv").open("w", newline="") as f:
        w = csv.writer(f)
        w.writerows([["id", "text"], ["r1", GOOD], ["r2", long_text], ["r3", GOOD]])
    with (tmp_path / "w.warc.gz").open("wb") as f:
        w = WARCWriter(f, gzip=True)
        for uri, body in [("https://x.example/long", long_text), ("https://x.example/short", GOOD)]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/plain")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(uri, "response", payload=BytesIO(body.encode()), http_headers=headers))
    names = ["long.txt", "short.txt", "long.html", "b.jsonl", "c.csv", "w.warc.gz"]
    items = list(read_sources([str(tmp_path / n) for n in names]))
    errors = sorted(i.origin.removeprefix(str(tmp_path) + "/") for i in items if isinstance(i, InputError))
    assert errors == ["b.jsonl:2", "c.csv:3", "long.html", "long.txt", "w.warc.gz:record 1"]
    assert all("4,000-byte limit" in i.message for i in items if isinstance(i, InputError))
    kept = [i.doc_id for i in items if isinstance(i, Source)]
    assert kept == ["short.txt", "d1", "d3", "r1", "r3", "https://x.example/short"]


def test_csv_cells_past_the_old_field_limit_are_read_and_a_bad_row_does_not_end_the_file(tmp_path, monkeypatch):
    p = tmp_path / "c.csv"
    big = (GOOD + " ") * 4000  # ~208 KB: past csv's default 128 KB field limit, within the document limit
    with p.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerows([["id", "text"], ["r1", GOOD], ["r2", big], ["r3", GOOD]])
    assert [i.doc_id for i in read_sources([str(p)])] == ["r1", "r2", "r3"]
    # a cell past the field limit (here the document limit) names its row; the rows after it are read
    monkeypatch.setenv("TOLLBOOK_MAX_DOCUMENT_BYTES", "150000")
    items = list(read_sources([str(p)]))
    assert [i.doc_id for i in items if isinstance(i, Source)] == ["r1", "r3"]
    (err,) = [i for i in items if isinstance(i, InputError)]
    assert err.origin == f"{p}:3"


def test_corrupt_gzip_is_one_line(tmp_path):
    p = tmp_path / "bad.jsonl.gz"
    data = gzip.compress(_record(1) * 1000)
    p.write_bytes(data[:200] + b"\x00" * 50 + data[250:])
    q = tmp_path / "bad.txt.gz"
    q.write_bytes(b"\x1f\x8b" + b"garbage" * 10)
    items = list(read_sources([str(p), str(q)]))
    errors = [i for i in items if isinstance(i, InputError)]
    assert [e.origin for e in errors] == [str(p), str(q)]


@pytest.mark.parametrize("field", ["id", "url", "outlet", "published"])
def test_metadata_fields_have_a_size_limit(tmp_path, field):
    p = tmp_path / "m.jsonl"
    p.write_text(json.dumps({"id": "x", "text": GOOD, field: "y" * 10_000}) + "\n" + _record(2).decode())
    items = list(read_sources([str(p)]))
    assert isinstance(items[0], InputError) and f"'{field}' is longer than" in items[0].message
    assert items[1].doc_id == "d2"


def test_zlib_is_not_imported_for_nothing():
    assert zlib.MAX_WBITS  # the reader handles zlib.error from corrupt members
