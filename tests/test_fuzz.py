"""Fuzzing (Hypothesis): random and mutated inputs never make extraction or an input reader
raise, and never run past a time budget. Extraction runs in a worker process with the budget,
so a hang is a failure with its input, not a stuck test run."""
import csv
import gzip
import io
import json
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tollbook.clean import clean
from tollbook.extract import extract_claims
from tollbook.html import article_from_html
from tollbook.records import Source
from tollbook.sources import InputError, read_sources
from tollbook.workers import WorkerPool

from paths import FIXTURES

SEEDS = [p.read_text() for p in sorted((FIXTURES / "seeds").glob("*.txt"))]
WIRE = [json.loads(line)["text"] for line in (FIXTURES / "wire" / "march-2022.jsonl").read_text().splitlines()]
REAL = SEEDS + WIRE
BUDGET = 10.0  # seconds per input: far above what any of these small inputs needs
FUZZ = settings(max_examples=40, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture])

WORDS = ["killed", "wounded", "dead", "injured", "soldiers", "civilians", "said", "according to", "at least", "more than",
         "Ukraine", "Russia", "ministry", "police", "12", "1,351", "three", "dozens", "hundreds", "'", '"', ",", ".", "\n",
         "(", ")", ":", "forces", "destroyed", "captured", "missing", "on March 3, 2022", "General Staff", "—", "–", "%"]


@st.composite
def mutated(draw, pieces=REAL):
    """A real article cut, spliced, with words, characters and bytes of noise put in."""
    text = draw(st.sampled_from(pieces))
    for _ in range(draw(st.integers(0, 6))):
        op = draw(st.sampled_from(["cut", "insert", "word", "splice", "case"]))
        i = draw(st.integers(0, len(text)))
        j = draw(st.integers(i, min(len(text), i + 400)))
        if op == "cut":
            text = text[:i] + text[j:]
        elif op == "insert":
            text = text[:i] + draw(st.text(max_size=40)) + text[i:]
        elif op == "word":
            text = text[:i] + " ".join(draw(st.lists(st.sampled_from(WORDS), max_size=12))) + text[i:]
        elif op == "splice":
            other = draw(st.sampled_from(pieces))
            k = draw(st.integers(0, len(other)))
            text = text[:i] + other[k:k + 300] + text[j:]
        else:
            text = text[:i] + text[i:j].upper() + text[j:]
    return text[:3000]


TEXTS = st.one_of(st.text(max_size=600), st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join), mutated())


def extract_text(item):
    text, html = item
    src = Source("fuzz", text, html=html)
    if html:
        art = article_from_html(text, None)
        if art is None:
            return 0
        doc = clean(src, text=art.text, title=art.title)
    else:
        doc = clean(src)
    claims = extract_claims(doc)
    for c in claims:  # every claim is a well-formed record tied to the text
        c.to_dict()
        for ev in c.evidence:
            assert 0 <= ev.start <= ev.end <= len(doc.text)
    return len(claims)


@pytest.fixture(scope="module")
def pool():
    with WorkerPool(1, budget=BUDGET, on_timeout=lambda item, why: ("timeout", why)) as p:
        yield p


def _run(pool, item):
    fut = pool.submit(extract_text, [item])
    try:
        (out,) = fut.result(timeout=BUDGET + 30)
    except Exception as e:  # the error raised inside the worker, with the input
        raise AssertionError(f"extraction raised {e!r} on {item!r}") from e
    assert not (isinstance(out, tuple) and out[0] == "timeout"), f"over {BUDGET} s on {item!r}"
    return out


@FUZZ
@given(text=TEXTS)
def test_extract_never_raises_or_hangs_on_text(pool, text):
    assert _run(pool, (text, False)) >= 0


@FUZZ
@given(body=st.one_of(mutated(), st.text(max_size=300)),
       wrap=st.sampled_from(["<html><body><article><p>{}</p></article></body></html>", "<p>{}", "{}</div></td>",
                             "<html><head><title>{}</title></head><body>{}</body>", "<<<{}>>>", "<script>{}</script>"]))
def test_extract_never_raises_or_hangs_on_html(pool, body, wrap):
    assert _run(pool, (wrap.replace("{}", body), True)) >= 0


def _read(path):
    start = time.monotonic()
    items = list(read_sources([str(path)]))
    assert time.monotonic() - start < BUDGET
    assert all(isinstance(i, (Source, InputError)) for i in items)
    for i in items:
        if isinstance(i, InputError):
            assert i.origin.startswith(str(path)) and i.message
    return items


def _mutate_bytes(data: bytes, draw) -> bytes:
    for _ in range(draw(st.integers(0, 5))):
        i = draw(st.integers(0, len(data)))
        op = draw(st.sampled_from(["flip", "cut", "insert", "truncate"]))
        if op == "flip" and i < len(data):
            data = data[:i] + bytes([data[i] ^ draw(st.integers(1, 255))]) + data[i + 1:]
        elif op == "cut":
            data = data[:i] + data[i + draw(st.integers(0, 50)):]
        elif op == "insert":
            data = data[:i] + draw(st.binary(max_size=20)) + data[i:]
        else:
            data = data[:i]
    return data


def _jsonl(texts):
    return "".join(json.dumps({"id": f"d{k}", "text": t, "outlet": "Wire"}) + "\n" for k, t in enumerate(texts)).encode()


def _csv(texts):
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["id", "text", "published"])
    w.writerows([f"r{k}", t, "2022-03-01"] for k, t in enumerate(texts))
    return out.getvalue().encode()


def _warc(texts):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=False)
    for k, t in enumerate(texts):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        fixed = {"WARC-Record-ID": f"<urn:uuid:00000000-0000-0000-0000-{k:012d}>", "WARC-Date": "2022-03-01T00:00:00Z"}
        w.write_record(w.create_warc_record(f"https://x.example/{k}", "response", payload=io.BytesIO(f"<p>{t}</p>".encode()),
                                            http_headers=headers, warc_headers_dict=fixed))
    return buf.getvalue()


MAKERS = {".jsonl": _jsonl, ".csv": _csv, ".tsv": lambda ts: _csv(ts).replace(b",", b"\t"), ".warc": _warc,
          ".txt": lambda ts: "\n\n".join(ts).encode(), ".html": lambda ts: "".join(f"<p>{t}</p>" for t in ts).encode()}


@FUZZ
@given(data=st.data(), suffix=st.sampled_from(sorted(MAKERS)), gz=st.booleans(),
       texts=st.lists(st.one_of(st.text(max_size=200), mutated()), min_size=1, max_size=4))
def test_every_reader_survives_mutated_files(tmp_path_factory, data, suffix, gz, texts):
    raw = _mutate_bytes(MAKERS[suffix](texts), data.draw)
    if gz:
        raw = gzip.compress(raw, mtime=0)
        if data.draw(st.booleans()):
            raw = _mutate_bytes(raw, data.draw)
    path = tmp_path_factory.mktemp("fuzz") / ("input" + suffix + (".gz" if gz else ""))
    path.write_bytes(raw)
    _read(path)


@FUZZ
@given(raw=st.binary(max_size=2000), suffix=st.sampled_from(sorted(MAKERS) + [".jsonl.gz", ".txt.gz", ".warc.gz"]))
def test_every_reader_survives_random_bytes(tmp_path_factory, raw, suffix):
    path = tmp_path_factory.mktemp("fuzz") / ("input" + suffix)
    path.write_bytes(raw)
    _read(path)
