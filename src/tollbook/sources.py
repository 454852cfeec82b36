"""Read inputs into :class:`Source` records: text, HTML and JSONL files, directories, stdin.

Bad input never stops a batch: each problem becomes an :class:`InputError` naming the file
(and line), yielded in place of the source it spoils.
"""
from __future__ import annotations

import gzip
import hashlib
import io
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator

from .records import Source

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
CSV_SUFFIXES = {".csv", ".tsv"}
WARC_SUFFIXES = {".warc"}
KNOWN = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES | WARC_SUFFIXES
FIELDS = ("id", "text", "html", "url", "outlet", "published")
ENCODINGS = ("utf-8-sig", "cp1252")


@dataclass(frozen=True)
class InputError:
    """One input that could not be read: ``origin`` is "path" or "path:line"."""

    origin: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


@dataclass(frozen=True)
class Repeat:
    """A document read before in the same run (same id, same text): its claims are already
    out, so it is skipped; not an error. ``first`` is where it was read first."""

    origin: str
    first: str

    def __str__(self) -> str:
        return f"{self.origin}: same document as {self.first}; skipped"


def without_repeats(items: Iterable[Source | InputError]) -> Iterator[Source | InputError | Repeat]:
    """The items, with a :class:`Repeat` in place of each document read before: one story
    is counted once however often a batch carries it."""
    seen: dict[tuple[str, bytes], str] = {}
    for item in items:
        if isinstance(item, Source):
            key = (item.doc_id, hashlib.blake2b(item.raw.encode("utf-8", "surrogatepass"), digest_size=16).digest())
            if key in seen:
                yield Repeat(item.origin or item.doc_id, seen[key])
                continue
            seen[key] = item.origin or item.doc_id
        yield item


def decode(data: bytes, origin: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise ValueError("binary file, not text")
    for enc in ENCODINGS:
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise ValueError("cannot decode text (tried UTF-8, UTF-16, Windows-1252)")


def _read_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    # A .warc.gz is a series of gzip members, one per record: warcio reads it as it is.
    if path.suffix == ".gz" and not path.name.lower().endswith(".warc.gz"):
        data = gzip.decompress(data)
    return data


def read_csv(stream: "str | IO[str]", origin: str, columns: dict[str, str] | None = None) -> Iterator[Source | InputError]:
    """Rows of a CSV (or TSV) file; ``columns`` maps our fields (id, text, html, url, outlet,
    published) to the file's column names, which otherwise are taken as they are."""
    import csv
    import io

    columns = columns or {}
    delimiter = "\t" if origin.lower().removesuffix(".gz").endswith(".tsv") else ","
    reader = csv.DictReader(io.StringIO(stream) if isinstance(stream, str) else stream, delimiter=delimiter)
    missing = [c for c in columns.values() if reader.fieldnames and c not in reader.fieldnames]
    if missing:
        yield InputError(origin, f"no column {', '.join(map(repr, missing))} (columns: {', '.join(reader.fieldnames or [])})")
        return
    try:
        for row in reader:
            rec = {f: row.get(columns.get(f, f)) for f in FIELDS}
            yield from_record(rec, f"{origin}:{reader.line_num}", f"{Path(origin).name}:{reader.line_num}")
    except csv.Error as e:
        yield InputError(f"{origin}:{reader.line_num}", f"malformed CSV ({e})")
    except UnicodeDecodeError:
        yield InputError(f"{origin}:{reader.line_num + 1}", "cannot decode text (CSV files must be UTF-8)")


def read_warc(data: "bytes | IO[bytes]", origin: str) -> Iterator[Source | InputError]:
    """The HTML responses archived in a WARC file (warcio), one source per page."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    import zlib

    stream = io.BytesIO(data) if isinstance(data, bytes) else data
    first = stream.read(65536)
    stream.seek(0)
    head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(first) if first[:2] == b"\x1f\x8b" else first
    if not head.lstrip()[:5] == b"WARC/":
        yield InputError(origin, "not a readable WARC file (no WARC/1.x record header)")
        return
    n = 0
    try:
        for n, record in enumerate(ArchiveIterator(stream), 1):
            if record.rec_type != "response":
                continue
            ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
            if "html" not in ctype and "text/plain" not in ctype:
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{origin}:record {n}"
            try:
                body = decode(record.content_stream().read(), where)
            except ValueError as e:
                yield InputError(where, str(e))
                continue
            date = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
            yield Source(uri or where, body, url=uri, published=date, html="html" in ctype, origin=where)
    except ArchiveLoadFailed as e:
        yield InputError(origin, f"not a readable WARC file ({e})")
        return
    if n == 0:
        yield InputError(origin, "not a readable WARC file (no records)")


def _kind(path: Path) -> str:
    name = path.name.lower().removesuffix(".gz")
    suffix = Path(name).suffix
    if suffix in CSV_SUFFIXES:
        return "csv"
    if suffix in WARC_SUFFIXES:
        return "warc"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    return "text"


def from_record(rec: object, origin: str, default_id: str) -> Source | InputError:
    """A :class:`Source` from one JSON object (``id``, ``text`` or ``html``, metadata)."""
    if not isinstance(rec, dict):
        return InputError(origin, "expected a JSON object")
    text, html = rec.get("text"), rec.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        return InputError(origin, "record has no 'text' or 'html' string")
    body = text if isinstance(text, str) else html
    if not body.strip():
        return InputError(origin, "record has empty text")
    doc_id = str(rec.get("id") or rec.get("doc_id") or default_id)
    meta = {k: (str(rec[k]) if rec.get(k) is not None else None) for k in ("url", "outlet", "published")}
    return Source(doc_id, body, html=not isinstance(text, str), origin=origin, **meta)


def read_jsonl(stream: Iterable[str | InputError], name: str) -> Iterator[Source | InputError]:
    for lineno, line in enumerate(stream, 1):
        if isinstance(line, InputError):
            yield line
            continue
        if not line.strip():
            continue
        origin = f"{name}:{lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            yield InputError(origin, f"malformed JSON ({e.msg} at column {e.colno})")
            continue
        yield from_record(rec, origin, f"{Path(name).name}:{lineno}")


def read_path(path: Path, columns: dict[str, str] | None = None) -> Iterator[Source | InputError]:
    origin = str(path)
    if not path.exists():
        yield InputError(origin, "no such file or directory")
        return
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            if Path(child.name.lower().removesuffix(".gz")).suffix in KNOWN - {""}:
                yield from read_path(child, columns)
        return
    kind = _kind(path)
    if kind in ("jsonl", "csv", "warc"):
        # Archives can be large: read them as streams, never whole.
        yield from _read_stream(path, kind, columns)
        return
    try:
        data = _read_bytes(path)
        if not data.strip():
            yield InputError(origin, "empty file")
            return
        text = decode(data, origin)
    except (OSError, ValueError, EOFError) as e:
        yield InputError(origin, str(e) or e.__class__.__name__)
        return
    if not text.strip():
        yield InputError(origin, "empty file")
    else:
        yield Source(path.name, text, html=kind == "html", origin=origin)


def _open(path: Path) -> IO[bytes]:
    if path.suffix == ".gz" and not path.name.lower().endswith(".warc.gz"):
        return gzip.open(path, "rb")
    return path.open("rb")


def _read_stream(path: Path, kind: str, columns: dict[str, str] | None) -> Iterator[Source | InputError]:
    origin = str(path)
    try:
        with _open(path) as f:
            head = f.read(4096)
            f.seek(0)
            if not head.strip():
                yield InputError(origin, "empty file")
                return
            if kind == "warc":
                yield from read_warc(f, origin)
            elif b"\x00" in head:
                yield InputError(origin, "binary file, not text")
            elif kind == "jsonl":
                yield from read_jsonl(_decoded_lines(f, origin), origin)
            else:
                yield from read_csv(io.TextIOWrapper(f, encoding="utf-8-sig", newline=""), origin, columns)
    except (OSError, EOFError) as e:
        yield InputError(origin, str(e) or e.__class__.__name__)


def _decoded_lines(f: IO[bytes], origin: str) -> Iterator[str | InputError]:
    for lineno, raw in enumerate(f, 1):
        try:
            yield decode(raw, f"{origin}:{lineno}")
        except ValueError as e:
            yield InputError(f"{origin}:{lineno}", str(e))


def read_sources(paths: Iterable[str], stdin: IO[str] | None = None,
                 fetch: "Callable[[str], Source | InputError] | None" = None,
                 columns: dict[str, str] | None = None) -> Iterator[Source | InputError]:
    """Every source named by ``paths`` ("-" is JSONL on standard input; http(s) URLs are
    fetched with ``fetch``), errors in place. ``columns`` maps record fields to CSV columns."""
    for p in paths:
        if p.startswith(("http://", "https://")):
            if fetch is None:
                yield InputError(p, "URLs need a fetcher (the command line provides one)")
            else:
                yield fetch(p)
        elif p == "-":
            yield from read_jsonl(stdin if stdin is not None else sys.stdin, "<stdin>")
        else:
            yield from read_path(Path(p), columns)
