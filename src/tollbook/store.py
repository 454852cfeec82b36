"""The ledger database: SQLite by default, any SQLAlchemy URL (PostgreSQL) for teams.

Documents are keyed by a hash of their cleaned text, so ingesting the same document again
changes nothing. Each document is written in one transaction with its claims: a failure
leaves no half-written document behind.
"""
from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterable, Iterator

from sqlalchemy import (Column, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text, create_engine,
                        event, func, select)
from sqlalchemy.engine import Engine

from .records import Claim, Document

DEFAULT_DB = "tollbook.db"
metadata = MetaData()

documents = Table(
    "documents", metadata,
    Column("doc_key", String(64), primary_key=True),
    Column("doc_id", Text, nullable=False, index=True),
    Column("url", Text), Column("outlet", Text), Column("published", String(32)), Column("title", Text),
    Column("raw", Text, nullable=False), Column("text", Text, nullable=False),
    Column("removed", Text, nullable=False), Column("segments", Text, nullable=False),
    Column("n_claims", Integer, nullable=False), Column("ingested_at", String(32), nullable=False),
)

claims = Table(
    "claims", metadata,
    Column("doc_key", String(64), ForeignKey("documents.doc_key", ondelete="CASCADE"), primary_key=True),
    Column("claim_id", String(32), primary_key=True),
    Column("doc_id", Text, nullable=False),
    Column("metric", String(16), nullable=False), Column("unit", String(32), nullable=False),
    Column("value", Float), Column("low", Float), Column("high", Float), Column("qualifier", String(16)),
    Column("victims_affiliation", Text), Column("victims_kind", String(16)),
    Column("claimant_name", Text), Column("claimant_affiliation", Text), Column("claimant_kind", String(16)),
    Column("location", Text), Column("period_start", String(10)), Column("as_of", String(10)),
    Column("stance", String(16)), Column("part_of", String(32)),
    Column("position", Integer, nullable=False),
    Column("record", Text, nullable=False),
    Index("ix_claims_metric_victims", "metric", "victims_affiliation"),
    Index("ix_claims_claimant", "claimant_name"),
    Index("ix_claims_as_of", "as_of"),
)


def database_url(db: str | None = None) -> str:
    """``--db`` / ``TOLLBOOK_DB`` as an SQLAlchemy URL: a bare path is an SQLite file."""
    db = db or os.environ.get("TOLLBOOK_DB") or DEFAULT_DB
    if "://" in db:
        return db.replace("postgres://", "postgresql+psycopg://", 1).replace("postgresql://", "postgresql+psycopg://", 1)
    return f"sqlite:///{Path(db).expanduser()}"


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


@dataclass(frozen=True)
class IngestResult:
    doc_key: str
    doc_id: str
    claims: int
    new: bool


class Ledger:
    """The store behind every command. Open with :meth:`open`; close when done."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, db: str | None = None, create: bool = True) -> "Ledger":
        url = database_url(db)
        engine = create_engine(url, future=True)
        if url.startswith("sqlite"):
            event.listen(engine, "connect", _sqlite_pragmas)
        if create:
            metadata.create_all(engine)
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
        key = doc.content_hash
        found = list(found)
        with self.engine.begin() as conn:
            if conn.execute(select(documents.c.doc_key).where(documents.c.doc_key == key)).first():
                return IngestResult(key, doc.doc_id, 0, False)
            conn.execute(documents.insert().values(
                doc_key=key, doc_id=doc.doc_id, url=doc.url, outlet=doc.outlet, published=doc.published,
                title=doc.title, raw=doc.raw, text=doc.text,
                removed=json.dumps([asdict(r) for r in doc.removed]),
                segments=json.dumps([asdict(s) for s in doc.segments]),
                n_claims=len(found), ingested_at=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            ))
            if found:
                conn.execute(claims.insert(), [_claim_row(key, c) for c in found])
        return IngestResult(key, doc.doc_id, len(found), True)

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

    def count(self) -> tuple[int, int]:
        with self.engine.connect() as conn:
            return (conn.execute(select(func.count()).select_from(documents)).scalar_one(),
                    conn.execute(select(func.count()).select_from(claims)).scalar_one())


def _claim_row(key: str, c: Claim) -> dict:
    return dict(
        doc_key=key, claim_id=c.claim_id, doc_id=c.doc_id, metric=c.metric, unit=c.unit, value=c.value,
        low=c.low, high=c.high, qualifier=c.qualifier, victims_affiliation=c.victims.affiliation,
        victims_kind=c.victims.kind, claimant_name=c.claimant.name, claimant_affiliation=c.claimant.affiliation,
        claimant_kind=c.claimant.kind, location=c.location.name if c.location else None,
        period_start=c.period.start, as_of=c.period.end, stance=c.stance, part_of=c.part_of,
        position=c.evidence[0].start if c.evidence else 0, record=json.dumps(c.to_dict(), ensure_ascii=False),
    )
