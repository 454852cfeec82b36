"""The ledger database: SQLite by default, any SQLAlchemy URL (PostgreSQL) for teams.

Documents are keyed by a hash of their cleaned text, so ingesting the same document again
changes nothing. Each document is written in one transaction with its claims: a failure
leaves no half-written document behind.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import threading
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from sqlalchemy import create_engine, event, func, select
from sqlalchemy.engine import Engine

from . import ledger, ledger_queries
from .check import check_document
from .entry_cache import EntryCache
from .entry_summary import KeptReports
from .outlets import known_domains
from .jsontext import dumps
from .prepared import Prepared
from .record_text import claim_text, text_of
from .records import Claim, Document, Segment
from .tables import RETIRED_INDEXES, SCHEMA_VERSION, claims, documents, entry_claims, meta, metadata

DEFAULT_DB = "tollbook.db"
def database_url(db: str | None = None) -> str:
    """``--db`` / ``TOLLBOOK_DB`` as an SQLAlchemy URL: a bare path is an SQLite file."""
    db = db or os.environ.get("TOLLBOOK_DB") or DEFAULT_DB
    if "://" in db:
        return db.replace("postgres://", "postgresql+psycopg://", 1).replace("postgresql://", "postgresql+psycopg://", 1)
    return f"sqlite:///{Path(db).expanduser()}"


class SchemaError(RuntimeError):
    """The database was made by another version of tollbook."""


def _check_schema(engine: Engine, url: str, wait: float = 5.0, clock=None) -> None:
    """Create the tables of a new database; refuse one written with another layout.

    Safe when several processes open the same new database at once: a step that loses a race
    (a table another process has just created, its schema row, a lock) is retried. A process
    that began creating the tables goes on until they are all made and the schema row is
    written: had it waited for the others after a failed step, two creators that each failed
    once would each wait for the other. One that found the layout half-made (tables but no
    schema row) from the start looks at it again for up to ``wait`` seconds before it takes it
    for another version's. The clock is read once a round: a round that began before the
    deadline and ended after it looks once more, as the last one."""
    import random
    import time

    from sqlalchemy.exc import IntegrityError, OperationalError, ProgrammingError

    clock = clock or time.monotonic
    deadline = clock() + wait
    making = [False]  # whether this process has begun creating the tables
    while True:
        last = clock() > deadline
        try:
            return _create_or_check(engine, half_made_ok=last, making=making)
        except (_HalfMade, IntegrityError, OperationalError, ProgrammingError):
            if last:
                raise
            time.sleep(0.02 + random.random() * 0.05)


class _HalfMade(Exception):
    """Tables without a schema row: another process may be creating them right now."""


def _create_or_check(engine: Engine, half_made_ok: bool, making: list[bool]) -> None:
    """One look: create what is missing, or check what is there. ``making[0]`` is set once this
    process begins creating tables; from then on a layout without its schema row is its own,
    to finish, not another's to wait for."""
    from sqlalchemy import inspect

    existing = set(inspect(engine).get_table_names())
    if existing and "documents" in existing:
        with engine.connect() as conn:
            version = conn.execute(select(meta.c.value).where(meta.c.key == "schema")).scalar() \
                if "tollbook_meta" in existing else None
        if version is None and not making[0] and not half_made_ok:
            raise _HalfMade
        if version != str(SCHEMA_VERSION) and not (version is None and making[0]):
            raise SchemaError(f"{engine.url.render_as_string(hide_password=True)}: made by another tollbook version "
                              f"(schema {version or 'unknown'}, this version uses {SCHEMA_VERSION}); "
                              "re-ingest into a new database")
        if version is not None and existing >= set(metadata.tables):
            _add_indexes(engine)
            return
    making[0] = True
    metadata.create_all(engine)
    with engine.begin() as conn:
        if conn.execute(select(meta.c.value).where(meta.c.key == "schema")).scalar() is None:
            conn.execute(meta.insert().values(key="schema", value=str(SCHEMA_VERSION)))


def _add_indexes(engine: Engine) -> None:
    """Indexes added since a database was made, and retired ones dropped (same schema
    version: indexes change no data). Another process doing the same at the same moment
    makes a step fail; _check_schema then looks again."""
    from sqlalchemy import inspect

    insp = inspect(engine)
    for table in metadata.sorted_tables:
        have = {ix["name"] for ix in insp.get_indexes(table.name)}
        for ix in table.indexes:
            if ix.name not in have:
                ix.create(engine, checkfirst=True)
        for name in sorted(have & set(RETIRED_INDEXES)):
            with engine.begin() as conn:
                conn.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")


def _bind_null_directly() -> None:
    """Let sqlite3 bind ``None`` without its search for an adapter. It binds int, float and
    str as they are, but for ``None`` it looks in its table of adapters, then for
    ``__adapt__`` on its protocol class and ``__conform__`` on ``None``, each miss raising and
    clearing an AttributeError: ~1,000 instructions a value, and the writer binds ~70 ``None``
    a document (~2% of its instructions, callgrind). An adapter for ``None`` found in the table
    at once, which returns it, binds the same NULL. (The table is the sqlite3 module's, for the
    whole process: any other user of it binds ``None`` as before, only sooner. ``{}.get`` is an
    adapter that costs no Python frame: ``None`` is never a key of that empty dict.)"""
    import sqlite3

    sqlite3.register_adapter(type(None), {}.get)


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    # Pages of 16 KB for a new ledger (one made before keeps its own: SQLite sets the size as
    # the file is created). A document's row (its raw and cleaned text) then fits in a page,
    # where at 4 KB it ran on into overflow pages, and a commit writes a quarter of the frames.
    # Measured on 2,000 GVA articles (`benchmarks/ingest_scale.py --writer 2000`-style, three
    # rounds alternated three times): the writer's CPU 0.310-0.321 -> 0.295-0.308 ms a
    # document, 33,170 -> 8,790 writes; 8 KB between them, 32 KB little more.
    cur.execute("PRAGMA page_size=16384")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    # A ledger of 100k articles is a gigabyte: the default 2 MB page cache thrashes (256 MB cap).
    cur.execute("PRAGMA cache_size=-262144")
    cur.execute("PRAGMA mmap_size=268435456")
    cur.execute("PRAGMA temp_store=MEMORY")
    cur.close()


@dataclass(frozen=True)
class IngestResult:
    doc_key: str
    doc_id: str
    claims: int
    new: bool


class Ledger:
    """The store behind every command. Open with :meth:`open`; close when done."""

    # The series and their days, kept between documents: reading them for every document ingested
    # would halve the ingest rate. Another process's import shows after at most this many seconds
    # (``tollbook check`` and every import judge all stored claims afresh anyway).
    CHECKER_SECONDS = 30.0

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        # whether the last add_many fell back to one document at a time (its group failed)
        self.fell_back = False
        self._checker = None
        self._checker_at = 0.0
        # the entries this writer has just written (entry_cache), for one thread at a time
        self._kept = EntryCache()
        self._kept_lock = threading.Lock()
        # the reports read of its entries' members (any thread): see ledger.REPORTS_KEPT
        self._reports = KeptReports(ledger.REPORTS_KEPT)

    def _checker_for(self, conn):
        import time

        from .check import Checker

        now = time.monotonic()
        if self._checker is None or now - self._checker_at > self.CHECKER_SECONDS:
            self._checker, self._checker_at = Checker(conn), now
        self._checker.conn = conn
        return self._checker

    @classmethod
    def open(cls, db: str | None = None, create: bool = True) -> "Ledger":
        url = database_url(db)
        # SQLite lets one writer in at a time: another process waits for it up to this long
        # (sqlite3's default, 5 s, is shorter than a loaded machine's batch commit)
        wait = float(os.environ.get("TOLLBOOK_SQLITE_WAIT", "60"))
        engine = create_engine(url, future=True, connect_args={"timeout": wait} if url.startswith("sqlite") else {})
        if url.startswith("sqlite"):
            _bind_null_directly()
            event.listen(engine, "connect", _sqlite_pragmas)
        if create:
            # a ledger another process is creating looks half-made until it is done: on a
            # loaded machine that may take longer than a few seconds
            _check_schema(engine, url, wait=max(wait, 5.0))
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Ledger":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- writing --------------------------------------------------------------------------

    def add(self, doc: Document, found: Iterable[Claim]) -> IngestResult:
        """Store a document and its claims in one transaction; an unchanged document is skipped."""
        return self._write([(doc, list(found))])[0]

    def add_many(self, batch: list[tuple[Document, list[Claim]]]) -> list[IngestResult | Exception]:
        """Store several documents in one transaction (a commit costs more than a document).
        Each document is still all-or-nothing: if any fails, the batch rolls back and its
        documents are stored one by one, so the failure is reported for that document only."""
        self.fell_back = False
        try:
            return self._write(batch)
        except Exception as e:
            # the group's error and its traceback (through SQLAlchemy, a cycle) hold the frames that
            # held the whole group: let them go now, and say the group fell back (batch.settle_gc)
            self.fell_back = True
            traceback.clear_frames(e.__traceback__)
            out: list[IngestResult | Exception] = []
            for doc, found in batch:
                try:
                    out.append(self.add(doc, found))
                except Exception as e:
                    out.append(e)
            return out

    def _write(self, batch: list[tuple[Document, list[Claim]]]) -> list[IngestResult]:
        """Store documents in one transaction, with the kept entries when no other thread has
        them; a failure forgets them (what they held may have been rolled back)."""
        kept = self._kept if self._kept_lock.acquire(blocking=False) else None
        try:
            with self.engine.begin() as conn:
                return _store_many(conn, batch, self._checker_for(conn), kept, self._reports)
        except BaseException:
            if kept is not None:
                kept.clear()
            raise
        finally:
            if kept is not None:
                self._kept_lock.release()

    # --- reading --------------------------------------------------------------------------

    def claims(self, metric: str | None = None, claimant: str | None = None, victims: str | None = None,
               since: str | None = None, until: str | None = None, limit: int | None = None,
               offset: int = 0) -> Iterator[Claim]:
        """Stored claims, filtered; ``claimant`` and ``victims`` match names or affiliations (case-insensitive)."""
        q = select(claims.c.record).order_by(claims.c.doc_id, claims.c.position, claims.c.claim_id)
        if metric:
            q = q.where(claims.c.metric == metric)
        if claimant:
            pat = f"%{claimant.lower()}%"
            q = q.where(func.lower(claims.c.claimant_name).like(pat) | func.lower(claims.c.claimant_affiliation).like(pat))
        if victims:
            pat = f"%{victims.lower()}%"
            q = q.where(func.lower(claims.c.victims_affiliation).like(pat) | func.lower(claims.c.victims_kind).like(pat))
        if since:
            q = q.where(claims.c.as_of >= since)
        if until:
            q = q.where(claims.c.as_of <= until)
        if limit is not None:
            q = q.limit(limit)
        if offset:
            q = q.offset(offset)
        with self.engine.connect() as conn:
            for (record,) in conn.execute(q):
                yield Claim.from_dict(json.loads(record))

    def entries(self, **kw) -> list[ledger.Entry]:
        """Ledger entries; filters: metric, claimant, victims, place, since, until, text; limit, offset, sort."""
        with self.engine.connect() as conn:
            return ledger_queries.query_entries(conn, **kw)

    def count_entries(self, **filters) -> int:
        with self.engine.connect() as conn:
            return ledger_queries.count_entries(conn, **filters)

    def entry(self, entry_id: str) -> ledger.Entry | None:
        with self.engine.connect() as conn:
            return ledger_queries.get_entry(conn, entry_id)

    def conflicts(self, **kw) -> list[ledger.Conflict]:
        with self.engine.connect() as conn:
            return ledger_queries.query_conflicts(conn, **kw)

    def conflict_lines(self, **kw) -> Iterator[str]:
        """Conflicts as JSON lines (fast path for listing and export)."""
        with self.engine.connect() as conn:
            yield from ledger_queries.conflict_lines(conn, **kw)

    def timeline(self, victims: str | None = None, metric: str | None = None) -> dict[str, list[ledger.Entry]]:
        with self.engine.connect() as conn:
            return ledger_queries.timeline(conn, victims=victims, metric=metric)

    def entry_reports(self, entry_id: str, limit: int | None = None, offset: int = 0) -> list[dict]:
        """The reports of an entry (all, or ``limit`` from ``offset``, in the member order): each
        its document (key, id, outlet, url, date, text) and claim."""
        with self.engine.connect() as conn:
            return ledger_queries.entry_reports(conn, entry_id, limit, offset)

    def documents(self, limit: int = 50, offset: int = 0, text: str | None = None) -> list[dict]:
        d = documents.c
        q = select(d.doc_key, d.doc_id, d.outlet, d.url, d.published, d.title, d.n_claims, d.ingested_at) \
            .order_by(d.ingested_at.desc(), d.doc_id).limit(limit).offset(offset)
        if text:
            q = q.where(func.lower(d.text).like(f"%{text.lower()}%"))
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def count_documents(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(documents)).scalar_one()

    def document(self, doc_key: str) -> dict | None:
        """A stored document with its text, what cleaning removed, the offset map and its claims."""
        with self.engine.connect() as conn:
            row = conn.execute(select(documents).where(documents.c.doc_key == doc_key)).first()
            if row is None:
                return None
            recs = conn.execute(select(claims.c.record).where(claims.c.doc_key == doc_key)
                                .order_by(claims.c.position, claims.c.claim_id)).scalars().all()
            links = dict(conn.execute(select(entry_claims.c.claim_id, entry_claims.c.entry_id)
                                      .where(entry_claims.c.doc_key == doc_key)).all())
        d = dict(row._mapping)
        d["removed"] = json.loads(d["removed"])
        d["segments"] = json.loads(d["segments"])
        d["via"] = json.loads(d["via"] or "[]")
        d["claims"] = [Claim.from_dict(json.loads(r)) for r in recs]
        d["entries"] = links
        return d

    # --- a party's own series (series.py) and the check of news claims against it (check.py) ---

    def import_series(self, paths, mapping, on_error=None, recheck: bool = True) -> list:
        """Import series files with one mapping, each file in one transaction, then (``recheck``)
        check every stored claim against the series again. Returns one ImportResult per file."""
        from . import check, series

        out = []
        self._checker = None
        for path in paths:
            with self.engine.begin() as conn:
                out.append(series.import_file(conn, path, mapping, on_error=on_error))
        if recheck:
            with self.engine.begin() as conn:
                check.check_all(conn)
        return out

    def recheck(self) -> dict[str, int]:
        from . import check

        self._checker = None
        with self.engine.begin() as conn:
            return check.check_all(conn)

    def series(self, party: str | None = None) -> list:
        from . import series

        with self.engine.connect() as conn:
            return series.all_series(conn, party)

    def series_summary(self, party: str | None = None) -> list[tuple]:
        """(series, days, first day, last day, days revised) for each series."""
        from sqlalchemy import case

        from .tables import series_points as sp

        with self.engine.connect() as conn:
            from . import series

            stats = {r.series_id: r for r in conn.execute(
                select(sp.c.series_id, func.count(func.distinct(sp.c.as_of)).label("n"), func.min(sp.c.as_of).label("first"),
                       func.max(sp.c.as_of).label("last"), func.sum(case((sp.c.revision > 0, 1), else_=0)).label("revised"))
                .group_by(sp.c.series_id))}
            return [(s, *(lambda r: (r.n, r.first, r.last, int(r.revised or 0)) if r else (0, None, None, 0))(stats.get(s.series_id)))
                    for s in series.all_series(conn, party)]

    def series_points(self, series_id: str, current_only: bool = True) -> list:
        from . import series

        with self.engine.connect() as conn:
            return series.points(conn, series_id, current_only)

    def series_lines(self, victims: str | None = None, metric: str | None = None) -> list[tuple]:
        """(series, current points) of the series a timeline selection covers: the metric among the
        series' metrics, the victims text in its affiliation or kind."""
        from . import series

        with self.engine.connect() as conn:
            out = []
            for s in series.all_series(conn):
                if metric and metric not in s.metrics:
                    continue
                if victims and not any(victims.lower() in (x or "").lower() for x in (s.victims.affiliation, s.victims.kind, s.victims.text)):
                    continue
                out.append((s, series.points(conn, s.series_id)))
            return out

    def checked(self, **kw) -> list:
        """Checked news reports (check.reports): by default those that do not match."""
        from . import check

        with self.engine.connect() as conn:
            return check.reports(conn, **kw)

    def count(self) -> tuple[int, int]:
        with self.engine.connect() as conn:
            return (conn.execute(select(func.count()).select_from(documents)).scalar_one(),
                    conn.execute(select(func.count()).select_from(claims)).scalar_one())


_INSERT_DOCUMENTS = Prepared(documents.insert())
_INSERT_CLAIMS = Prepared(claims.insert())


def _store_many(conn, batch: list[tuple[Document, list[Claim]]], checker=None,
                kept: EntryCache | None = None, known: KeptReports | None = None) -> list[IngestResult]:
    """Write documents, their claims and ledger entries on an open transaction: one look for
    the documents already stored, one insert of the new documents and one of all their claims,
    then each document's ledger entries in order (a document's entries see those of the
    documents before it, as when each is stored alone). ``kept``: the entries this writer
    knows as stored (entry_cache), kept up; the caller forgets them if the transaction fails;
    ``known``: the reports of members the ledger keeps (entry_summary.KeptReports)."""
    dbapi = None
    if kept is not None and EntryCache.usable(conn):
        dbapi = conn.connection.dbapi_connection
        kept.begin(dbapi, known_domains())
    else:
        kept = None
    keys = [doc.content_hash for doc, _ in batch]
    stored = _stored(conn, sorted(set(keys)))
    out: list[IngestResult] = []
    new: list[tuple[str, Document, list[Claim]]] = []
    for (doc, found), key in zip(batch, keys):
        if key in stored:  # stored before, or earlier in this batch
            out.append(IngestResult(key, doc.doc_id, 0, False))
            continue
        stored.add(key)
        new.append((key, doc, found))
        out.append(IngestResult(key, doc.doc_id, len(found), True))
    if not new:
        return out
    now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    # each document's relays, for its row and its entries' reports (ledger.add_document)
    vias = [dumps(sorted({v for c in found for v in c.via})) for _, _, found in new]
    _INSERT_DOCUMENTS.run_rows(conn, _DOCUMENT_NAMES, [(
        key, doc.doc_id, doc.url, doc.outlet, doc.published, doc.title, doc.raw, doc.text,
        # (flat records of scalars: their fields as asdict gives them, without its deep copy)
        dumps([vars(r) for r in doc.removed]) if doc.removed else "[]", _segments_text(doc.segments),
        via, len(found), now,
    ) for (key, doc, found), via in zip(new, vias)])
    if kept is not None:
        kept.writing(dbapi)
    _INSERT_CLAIMS.run_rows(conn, _CLAIM_NAMES, [_claim_values(key, c) for key, _, found in new for c in found])
    for (key, doc, found), via in zip(new, vias):
        if found:
            # (where the writer keeps entries with their reports, the ledger need not keep reports)
            ledger.add_document(conn, key, found, doc, None, kept, known if kept is None else None, via)
            check_document(conn, key, found, doc.published, checker)
    if kept is not None:
        kept.committed(dbapi)
    return out


def _segments_text(segments) -> str:
    """``dumps([vars(s) for s in segments])`` (a document's segments: most have one), written
    out for records of three ints (a third of the time); any other the standard way."""
    out = []
    for s in segments:
        d = vars(s)
        if type(s) is not Segment or tuple(d) != _SEGMENT_FIELDS:
            return dumps([vars(s) for s in segments])
        a, b, n = d.values()
        if type(a) is not int or type(b) is not int or type(n) is not int:
            return dumps([vars(s) for s in segments])
        out.append(f'{{"clean_start": {a}, "raw_start": {b}, "length": {n}}}')
    return "[" + ", ".join(out) + "]"


_SEGMENT_FIELDS = ("clean_start", "raw_start", "length")


def _stored(conn, keys: list[str]) -> set[str]:
    """Those of the document keys the ledger holds. (Where the driver takes ``?`` for a value,
    its statement is written here: SQLAlchemy's expanding list cost ~1.8 us a document.)"""
    if conn.dialect.paramstyle != "qmark":
        return set(conn.execute(select(documents.c.doc_key).where(documents.c.doc_key.in_(keys))).scalars())
    out: set[str] = set()
    cur = conn.connection.dbapi_connection.cursor()
    try:
        for i in range(0, len(keys), 500):  # (SQLite's bound on a statement's values: 32,766 since 3.32; 999 before)
            part = keys[i:i + 500]
            out.update(k for (k,) in cur.execute(f"SELECT doc_key FROM documents WHERE doc_key IN ({', '.join('?' * len(part))})", part))
    finally:
        cur.close()
    return out


# A document's row and a claim's: their columns in these orders (_store_many, _claim_values)
_DOCUMENT_NAMES = ("doc_key", "doc_id", "url", "outlet", "published", "title", "raw", "text", "removed", "segments", "via",
                   "n_claims", "ingested_at")
_CLAIM_NAMES = ("doc_key", "claim_id", "doc_id", "metric", "unit", "value", "low", "high", "qualifier", "victims_affiliation",
                "victims_kind", "claimant_name", "claimant_affiliation", "claimant_kind", "location", "period_start", "as_of",
                "stance", "part_of", "claimant_party", "scope", "position", "record")


def _claim_values(key: str, c: Claim) -> tuple:
    """A claim's row: the values of _CLAIM_NAMES."""
    v, k, p = c.victims, c.claimant, c.period
    return (key, c.claim_id, c.doc_id, c.metric, c.unit, c.value, c.low, c.high, c.qualifier, v.affiliation,
            v.kind, k.name, k.affiliation, k.kind, c.location.name if c.location else None, p.start, p.end,
            c.stance, c.part_of, getattr(k, "party", None), getattr(c, "scope", None),
            c.evidence[0].start if c.evidence else 0, text_of(claim_text, c.to_dict, c))

