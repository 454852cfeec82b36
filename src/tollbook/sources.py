"""Read inputs into :class:`Source` records: text, HTML and JSONL files, directories, stdin.

Bad input never stops a batch: each problem becomes an :class:`InputError` naming the file
(and line), yielded in place of the source it spoils. Every input is read as a stream within
the bounds of :mod:`.limits`: a document over the size limit, a line too long to be one, or a
``.gz`` file that decompresses past its cap is refused by name, and memory stays bounded.
"""
from __future__ import annotations

import codecs
import gzip
import hashlib
import io
import json
import re
import sys
import zlib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator

from .limits import limits
from .records import Source

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
CSV_SUFFIXES = {".csv", ".tsv"}
WARC_SUFFIXES = {".warc"}
KNOWN = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES | WARC_SUFFIXES
FIELDS = ("id", "text", "html", "url", "outlet", "published")
ENCODINGS = ("utf-8-sig", "cp1252")
METADATA_CHARS = 4096  # an id, URL, outlet or date longer than this is not one


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
    if data.find(b"\x00", 0, 4096) >= 0:  # (not a copy of the line's first 4 KB to look in)
        raise ValueError("binary file, not text")
    for enc in ENCODINGS:
        if enc == "utf-8-sig" and not data.startswith(codecs.BOM_UTF8):
            enc = "utf-8"  # (the same text: utf-8-sig's decoder, written in Python, only drops a BOM)
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise ValueError("cannot decode text (tried UTF-8, UTF-16, Windows-1252)")


def too_large(text: str, origin: str, limit: int | None = None) -> InputError | None:
    """The error for a document over the size limit (``TOLLBOOK_MAX_DOCUMENT_BYTES``, or
    ``limit`` when the caller has read it), or None."""
    if limit is None:
        limit = limits().document_bytes
    if len(text) * 4 <= limit:  # a character is at most four bytes of UTF-8
        return None
    size = len(text) if len(text) > limit else len(text.encode("utf-8", "surrogatepass"))
    if size <= limit:
        return None
    return InputError(origin, f"document of {size:,}+ bytes is over the {limit:,}-byte limit "
                              "(TOLLBOOK_MAX_DOCUMENT_BYTES); skipped")


def _over_limit(origin: str) -> InputError:
    limit = limits().document_bytes
    return InputError(origin, f"document is over the {limit:,}-byte limit (TOLLBOOK_MAX_DOCUMENT_BYTES); skipped")


class TooLarge(OSError):
    """A compressed file decompressed past its cap (``TOLLBOOK_MAX_FILE_BYTES``)."""


class _Capped(io.RawIOBase):
    """A decompressing stream that stops with :class:`TooLarge` past ``cap`` bytes."""

    def __init__(self, inner: IO[bytes], cap: int) -> None:
        self.inner, self.cap, self.count = inner, cap, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, pos: int, whence: int = 0) -> int:
        if (pos, whence) != (0, 0):
            raise io.UnsupportedOperation("only a rewind to the start")
        self.count = 0
        return self.inner.seek(0)

    def readinto(self, buf) -> int:
        n = self.inner.readinto(buf)
        self.count += n or 0
        if self.count > self.cap:
            raise TooLarge(f"decompresses to more than {self.cap:,} bytes (TOLLBOOK_MAX_FILE_BYTES); stopped here")
        return n

    def close(self) -> None:
        self.inner.close()
        super().close()


def _read_bytes(path: Path) -> bytes | None:
    """The bytes of a one-document file, or None when they are over the document limit."""
    limit = limits().document_bytes
    with _open(path) as f:
        data = f.read(limit + 1)
    return None if len(data) > limit else data


class _Overlong:
    """Stands for a line longer than the cap; the line itself was skipped, never held."""


def bounded_lines(stream: IO, cap: int) -> Iterator[str | bytes | _Overlong]:
    """The lines of ``stream`` (text or bytes); a line longer than ``cap`` is read through in
    pieces and yielded as an :class:`_Overlong` marker, so memory stays within ``cap``."""
    while True:
        line = stream.readline(cap + 1)
        if not line:
            return
        if len(line) > cap and line[-1:] not in ("\n", b"\n"):
            while True:
                rest = stream.readline(1 << 16)
                if not rest or rest[-1:] in ("\n", b"\n"):
                    break
            yield _Overlong()
            continue
        yield line


def _line_cap() -> int:
    """A JSONL or CSV line holds one document and its fields; JSON escapes (\\u0434) can make
    the line several times the document's bytes."""
    return 4 * limits().document_bytes + 65536


def read_csv(stream: "str | IO[str]", origin: str, columns: dict[str, str] | None = None) -> Iterator[Source | InputError]:
    """Rows of a CSV (or TSV) file; ``columns`` maps our fields (id, text, html, url, outlet,
    published) to the file's column names, which otherwise are taken as they are. A bad row
    (malformed, a cell over the document limit, a line too long) is named and skipped; the
    rows after it are read."""
    import csv

    columns = columns or {}
    delimiter = "\t" if origin.lower().removesuffix(".gz").endswith(".tsv") else ","
    limit = limits().document_bytes
    csv.field_size_limit(max(limit, 131072))
    base = Path(origin).name
    lines = _CountedLines(io.StringIO(stream) if isinstance(stream, str) else stream, _line_cap())
    reader = csv.DictReader(lines, delimiter=delimiter)
    try:
        fieldnames = reader.fieldnames
    except csv.Error as e:
        yield InputError(f"{origin}:{reader.reader.line_num}", f"malformed CSV header ({e})")
        return
    except UnicodeDecodeError:
        yield InputError(f"{origin}:1", "cannot decode text (CSV files must be UTF-8)")
        return
    missing = [c for c in columns.values() if fieldnames and c not in fieldnames]
    if missing:
        yield InputError(origin, f"no column {', '.join(map(repr, missing))} (columns: {', '.join(fieldnames or [])})")
        return
    while True:
        before = lines.overlong
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            yield InputError(f"{origin}:{reader.reader.line_num}", f"malformed CSV ({e}); row skipped")
            continue
        except UnicodeDecodeError:
            yield InputError(f"{origin}:{reader.reader.line_num + 1}", "cannot decode text (CSV files must be UTF-8)")
            return
        where = f"{origin}:{reader.reader.line_num}"
        if lines.overlong != before:
            yield InputError(where, f"a line longer than {lines.cap:,} characters; row skipped")
            continue
        rec = {f: row.get(columns.get(f, f)) for f in FIELDS}
        yield from_record(rec, where, f"{base}:{reader.reader.line_num}", limit)


class _CountedLines:
    """Lines for the csv module, each at most ``cap`` characters; an over-long line is read
    through, counted in ``overlong`` and handed on empty."""

    def __init__(self, stream: IO[str], cap: int) -> None:
        self.cap, self.overlong = cap, 0
        self.lines = bounded_lines(stream, cap)

    def __iter__(self) -> "_CountedLines":
        return self

    def __next__(self) -> str:
        line = next(self.lines)
        if isinstance(line, _Overlong):
            self.overlong += 1
            return "\n"
        return line


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
            limit = limits().document_bytes
            raw = record.content_stream().read(limit + 1)
            if len(raw) > limit:  # the rest of the record is skipped as a stream
                yield _over_limit(where)
                continue
            try:
                body = decode(raw, where)
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


def from_record(rec: object, origin: str, default_id: str, limit: int | None = None) -> Source | InputError:
    """A :class:`Source` from one JSON object (``id``, ``text`` or ``html``, metadata;
    ``limit``: the size limit in bytes, when the caller has read it)."""
    if not isinstance(rec, dict):
        return InputError(origin, "expected a JSON object")
    text, html = rec.get("text"), rec.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        return InputError(origin, "record has no 'text' or 'html' string")
    body = text if isinstance(text, str) else html
    if not body.strip():
        return InputError(origin, "record has empty text")
    big = too_large(body, origin, limit)
    if big:
        return big
    for k in ("id", "doc_id", "url", "outlet", "published"):
        if isinstance(rec.get(k), str) and len(rec[k]) > METADATA_CHARS:
            return InputError(origin, f"'{k}' is longer than {METADATA_CHARS:,} characters; skipped")
    doc_id = str(rec.get("id") or rec.get("doc_id") or default_id)
    meta = {k: (str(rec[k]) if rec.get(k) is not None else None) for k in ("url", "outlet", "published")}
    return Source(doc_id, body, html=not isinstance(text, str), origin=origin, **meta)


# what no store can hold: a lone surrogate (JSON's escapes can write one, "\\ud800" with no second
# half; no UTF-8 holds it) and NUL (PostgreSQL's text refuses it; SQLite takes it)
_UNWRITABLE = re.compile("[\x00\ud800-\udfff]")


def _unwritable(s: str) -> bool:
    return "\x00" in s or (not s.isascii() and _UNWRITABLE.search(s) is not None)


def well_formed(s: str) -> str:
    """``s`` with each character no store can hold (a lone surrogate, NUL) as U+FFFD, the
    replacement character: left in, the document could be neither printed nor stored."""
    return _UNWRITABLE.sub("\ufffd", s) if _unwritable(s) else s


def well_formed_tree(value):
    """``value`` (a tree of dicts, lists and scalars, as JSON gives) with every string
    :func:`well_formed`, keys included."""
    if isinstance(value, str):
        return well_formed(value)
    if isinstance(value, dict):
        return {well_formed_tree(k): well_formed_tree(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(well_formed_tree(v) for v in value)
    return value


# A document's id is indexed, and PostgreSQL's index holds at most 2,704 bytes a row: a longer id
# (a URL with its tracking, an id field of junk) keeps its first characters and a hash of the rest.
# So does an outlet past OUTLET_CHARS (it may name the claimant, whose name is indexed too).
ID_CHARS = 512
OUTLET_CHARS = 600  # (four bytes a character at most: 2,400 bytes)
# the column a publication date is kept in (PostgreSQL holds it to its length; SQLite does not)
PUBLISHED_CHARS = 32


def _shortened(text: str, most: int) -> str:
    """``text`` past ``most`` characters: its head, "…" and a hash of the whole (the same text
    always gives the same short one)."""
    if len(text) <= most:
        return text
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()
    return text[:most - len(digest) - 1] + "…" + digest


def _published(text: str | None) -> str | None:
    """A publication date longer than its column ("Tuesday, March 14, 2023 10:45 AM EDT") as the
    calendar date it names; none where it names none."""
    if text is None or len(text) <= PUBLISHED_CHARS:
        return text
    from .extract.dates import parse_date

    day = parse_date(text)
    return day.isoformat() if day else None


def storable(src: Source) -> Source:
    """``src`` as every store can hold it, the pipeline's first step whoever made it: every text
    :func:`well_formed`; an id past ``ID_CHARS`` and an outlet past ``OUTLET_CHARS`` characters
    shortened; a publication date past its column read as the date it names."""
    doc_id, outlet, published = _shortened(src.doc_id, ID_CHARS), src.outlet, _published(src.published)
    outlet = _shortened(outlet, OUTLET_CHARS) if outlet is not None else None
    if doc_id is src.doc_id and outlet is src.outlet and published is src.published \
            and not any(t is not None and _unwritable(t) for t in (src.raw, src.url, outlet, published, src.origin, doc_id)):
        return src
    return replace(src, doc_id=well_formed(doc_id), raw=well_formed(src.raw), origin=well_formed(src.origin),
                   url=src.url and well_formed(src.url), outlet=outlet and well_formed(outlet),
                   published=published and well_formed(published))


def read_jsonl(stream: Iterable[str | InputError | _Overlong], name: str) -> Iterator[Source | InputError]:
    # (the file's name and the size limit read once a file, not once a line: reading the
    # environment's limits for every document was ~10% of what ingest's reading cost)
    base, limit = Path(name).name, limits().document_bytes
    for lineno, line in enumerate(stream, 1):
        if isinstance(line, InputError):
            yield line
            continue
        origin = f"{name}:{lineno}"
        if isinstance(line, _Overlong):
            yield InputError(origin, f"a line longer than {_line_cap():,} characters (4x TOLLBOOK_MAX_DOCUMENT_BYTES); skipped")
            continue
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            yield InputError(origin, f"malformed JSON ({e.msg} at column {e.colno})")
            continue
        except RecursionError:
            yield InputError(origin, "malformed JSON (nested too deeply)")
            continue
        yield from_record(rec, origin, f"{base}:{lineno}", limit)


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
        if data is None:
            yield _over_limit(origin)
            return
        if not data.strip():
            yield InputError(origin, "empty file")
            return
        text = decode(data, origin)
    except (OSError, ValueError, EOFError, zlib.error) as e:
        yield InputError(origin, str(e) or e.__class__.__name__)
        return
    if not text.strip():
        yield InputError(origin, "empty file")
    else:
        yield Source(path.name, text, html=kind == "html", origin=origin)


def _open(path: Path) -> IO[bytes]:
    # A .warc.gz is a series of gzip members, one per record: warcio reads it as it is.
    if path.suffix == ".gz" and not path.name.lower().endswith(".warc.gz"):
        return io.BufferedReader(_Capped(gzip.open(path, "rb"), limits().file_bytes))
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
    except (OSError, EOFError, zlib.error) as e:
        yield InputError(origin, str(e) or e.__class__.__name__)


def _decoded_lines(f: IO[bytes], origin: str) -> Iterator[str | InputError | _Overlong]:
    for lineno, raw in enumerate(bounded_lines(f, _line_cap()), 1):
        if isinstance(raw, _Overlong):
            yield raw
            continue
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
            stream = stdin if stdin is not None else sys.stdin
            lines = bounded_lines(stream, _line_cap()) if hasattr(stream, "readline") else stream
            yield from read_jsonl(lines, "<stdin>")
        else:
            yield from read_path(Path(p), columns)
