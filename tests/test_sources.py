"""Reading inputs, including bad ones: each problem names the file (and line); the rest go on."""
import json

from tollbook.pipeline import run
from tollbook.sources import InputError, Repeat, read_sources, without_repeats


def _errors(items):
    return [str(i) for i in items if isinstance(i, InputError)]


def test_jsonl_records_and_malformed_lines(tmp_path):
    p = tmp_path / "batch.jsonl"
    p.write_text("\n".join([
        json.dumps({"id": "a", "text": "Two soldiers were killed, the army said.", "outlet": "Wire", "published": "2022-03-01"}),
        "{not json",
        json.dumps({"id": "b"}),
        json.dumps({"id": "c", "text": "Three civilians were injured."}),
    ]), encoding="utf-8")
    items = list(read_sources([str(p)]))
    assert [i.doc_id for i in items if not isinstance(i, InputError)] == ["a", "c"]
    errs = _errors(items)
    assert errs[0].startswith(f"{p}:2: malformed JSON")
    assert errs[1] == f"{p}:3: record has no 'text' or 'html' string"


def test_a_lone_surrogate_is_read_as_the_replacement_character(tmp_path):
    # JSON's escapes can write half a surrogate pair, which no UTF-8 holds: left in, the
    # document could be neither printed nor stored; a whole pair is one character as ever
    p = tmp_path / "batch.jsonl"
    p.write_text('{"id": "a\\udc00", "text": "Nine villagers were wounded \\ud800 by shelling.", "outlet": "Wire\\udfff"}\n'
                 '{"id": "b", "text": "Four miners died \\ud83d\\ude00 underground."}\n', encoding="utf-8")
    a, b = run([str(p)])
    assert (a.document.doc_id, a.document.text, a.document.outlet) == \
        ("a\ufffd", "Nine villagers were wounded \ufffd by shelling.", "Wire\ufffd")
    assert [(c.metric, c.value) for c in a.claims] == [("wounded", 9)]
    assert b.document.text == "Four miners died \U0001F600 underground."


def test_an_id_too_long_to_index_is_shortened_the_same_way_each_time(tmp_path):
    from tollbook.sources import ID_CHARS

    p = tmp_path / "ids.jsonl"
    ids = ["k" * 3000 + "-first", "k" * 3000 + "-second"]
    p.write_text("".join(json.dumps({"id": i, "text": f"{n} pilgrims were hurt in the crush."}) + "\n"
                         for n, i in enumerate(ids, 2)), encoding="utf-8")
    first, second = (x.document.doc_id for x in run([str(p)]))
    assert len(first) == len(second) == ID_CHARS and first != second
    assert first.startswith("kkk") and first == next(run([str(p)])).document.doc_id


def test_a_document_read_twice_is_a_repeat_not_a_second_story(tmp_path):
    p = tmp_path / "batch.jsonl"
    same = {"id": "a", "text": "Two soldiers were killed, the army said."}
    p.write_text("\n".join(json.dumps(r) for r in [
        same,
        {"id": "b", "text": same["text"]},  # another outlet's copy: its own document
        {"id": "a", "text": "Three soldiers were killed, the army said."},  # same id, new text: kept
        same,
    ]), encoding="utf-8")
    items = list(without_repeats(read_sources([str(p), str(p)])))
    kept = [(i.doc_id, i.origin) for i in items if not isinstance(i, Repeat)]
    assert kept == [("a", f"{p}:1"), ("b", f"{p}:2"), ("a", f"{p}:3")]
    repeats = [str(i) for i in items if isinstance(i, Repeat)]
    assert repeats == [f"{p}:4: same document as {p}:1; skipped"] + [
        f"{p}:{n}: same document as {p}:{m}; skipped" for n, m in ((1, 1), (2, 2), (3, 3), (4, 1))]


def test_bad_files_are_named_and_the_batch_goes_on(tmp_path, fixtures):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x03ELF")
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 attack: four people were killed, police said.".encode("cp1252"))
    (tmp_path / "bad.txt").write_bytes(b"caf\x81\x8d\x8f\x90\x9d")
    (tmp_path / "nothing.html").write_text("<html><body><nav>Home</nav></body></html>")
    paths = [str(tmp_path / n) for n in ("empty.txt", "binary.txt", "latin.txt", "bad.txt", "nothing.html", "missing.txt")]
    items = list(run(paths + [str(fixtures / "seeds" / "004_2befd56c9bfed2ab.txt")]))
    errs = _errors(items)
    assert errs == [
        f"{tmp_path / 'empty.txt'}: empty file",
        f"{tmp_path / 'binary.txt'}: binary file, not text",
        f"{tmp_path / 'bad.txt'}: cannot decode text (tried UTF-8, UTF-16, Windows-1252)",
        f"{tmp_path / 'nothing.html'}: HTML page has no article text",
        f"{tmp_path / 'missing.txt'}: no such file or directory",
    ]
    ok = [i for i in items if not isinstance(i, InputError)]
    assert [i.document.doc_id for i in ok] == ["latin.txt", "004_2befd56c9bfed2ab.txt"]
    assert ok[0].claims[0].value == 4 and "Café" in ok[0].document.text


def test_html_article_is_extracted_with_date_and_outlet(fixtures):
    (item,) = list(run([str(fixtures / "daily-star-article.html")]))
    assert item.document.published.startswith("2022-03-02")
    assert item.document.outlet == "Daily Star"
    assert "Gran knifed" not in item.document.text
    values = sorted((c.metric, c.value) for c in item.claims if c.value)
    assert ("killed", 498) in values and ("wounded", 1597) in values and ("killed", 21) in values
    assert all(c.value not in (50, 34) for c in item.claims)


def test_directory_is_read_recursively(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "x.txt").write_text("Five people died.")
    (tmp_path / "a" / "notes.bin").write_bytes(b"\x00")
    items = list(read_sources([str(tmp_path)]))
    assert [i.doc_id for i in items] == ["x.txt"]


def test_csv_with_column_mapping(tmp_path):
    import csv

    p = tmp_path / "export.csv"
    with p.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["article_id", "body", "source_name", "date"])
        w.writerow(["n1", "Four soldiers were killed, the army said.", "Wire A", "2022-03-04"])
        w.writerow(["n2", "", "Wire B", "2022-03-04"])
    items = list(read_sources([str(p)], columns={"id": "article_id", "text": "body", "outlet": "source_name", "published": "date"}))
    assert items[0].doc_id == "n1" and items[0].outlet == "Wire A" and items[0].published == "2022-03-04"
    assert str(items[1]) == f"{p}:3: record has empty text"
    (err,) = list(read_sources([str(p)], columns={"text": "content"}))
    assert "no column 'content'" in str(err)


def test_warc_archive_pages(tmp_path, fixtures):
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    p = tmp_path / "crawl.warc.gz"
    with p.open("wb") as f:
        w = WARCWriter(f, gzip=True)
        for uri, ctype, body in [("https://news.example/star", "text/html; charset=utf-8", (fixtures / "daily-star-article.html").read_bytes()),
                                 ("https://news.example/logo.png", "image/png", b"\x89PNG")]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(uri, "response", payload=BytesIO(body), http_headers=headers))
    items = list(run([str(p)]))
    assert len(items) == 1
    (item,) = items
    assert item.document.doc_id == "https://news.example/star" and item.document.url == "https://news.example/star"
    assert {(c.metric, c.value) for c in item.claims} >= {("killed", 498), ("wounded", 1597)}
    bad = tmp_path / "bad.warc"
    bad.write_bytes(b"this is not a warc file at all")
    (err,) = list(read_sources([str(bad)]))
    assert isinstance(err, InputError) and "not a readable WARC" in err.message
