"""The ledger read back: entries and conflicts filtered, sorted and paged, an entry's reports,
and each claimant's figures over time (what store.Ledger's reading methods return).
"""
from __future__ import annotations

import json
from typing import Iterator

from sqlalchemy import and_, func, or_, select
from sqlalchemy.engine import Connection

from .ledger import Conflict, Entry, _num
from .outlets import outlet_of
from .records import Claim
from .tables import MEMBER_ORDER, claims, conflicts, documents, entries, entry_claims


def entry_from_row(row) -> Entry:
    if row.record:
        return entry_from_record(row.record)
    return Entry(
        entry_id=row.entry_id, metric=row.metric, unit=row.unit, value=row.value, low=row.low, high=row.high,
        qualifier=row.qualifier, stance=row.stance,
        victims={"text": row.victims_text, "affiliation": row.victims_affiliation or None, "kind": row.victims_kind},
        claimant=json.loads(row.claimant), location=json.loads(row.location_record) if row.location_record else None,
        as_of=row.as_of, first_as_of=row.first_as_of, period_start=row.period_start,
        documents=tuple(json.loads(row.documents)), outlets=tuple(json.loads(row.outlets)), via=tuple(json.loads(row.via)),
        claims=tuple(json.loads(row.claims)), independent_reports=row.independent_reports,
    )


def filtered(q, t, metric=None, claimant=None, victims=None, since=None, until=None, place=None, text=None):
    if metric:
        q = q.where(t.c.metric == metric)
    if claimant:
        pat = f"%{claimant.lower()}%"
        q = q.where(func.lower(t.c.claimant).like(pat))
    if victims:
        pat = f"%{victims.lower()}%"
        q = q.where(or_(func.lower(t.c.victims_affiliation).like(pat), func.lower(t.c.victims_kind).like(pat),
                        func.lower(t.c.victims_text).like(pat)))
    if place:
        q = q.where(func.lower(t.c.location_record).like(f"%{place.lower()}%"))
    if since:
        q = q.where(t.c.as_of >= since)
    if until:
        q = q.where(t.c.as_of <= until)
    if text:
        pat = f"%{text.lower()}%"
        q = q.where(or_(func.lower(t.c.victims_text).like(pat), func.lower(t.c.claimant).like(pat),
                        func.lower(t.c.location).like(pat), func.lower(t.c.outlets).like(pat)))
    return q


SORTS = {
    "group": lambda c: (c.victims_affiliation, c.victims_kind, c.metric, c.as_of.asc().nulls_first(), c.entry_id),
    "as_of": lambda c: (c.as_of.desc().nulls_last(), c.entry_id),
    "value": lambda c: (c.value.desc().nulls_last(), c.entry_id),
    "documents": lambda c: (c.n_documents.desc(), c.entry_id),
}


def query_entries(conn: Connection, limit: int | None = None, offset: int = 0, sort: str = "group", **filters) -> list[Entry]:
    q = filtered(select(entries), entries, **filters).order_by(*SORTS[sort](entries.c))
    if limit is not None:
        q = q.limit(limit)
    if offset:
        q = q.offset(offset)
    return [entry_from_row(r) for r in conn.execute(q)]


def count_entries(conn: Connection, **filters) -> int:
    return conn.execute(filtered(select(func.count()).select_from(entries), entries, **filters)).scalar_one()


def get_entry(conn: Connection, entry_id: str) -> Entry | None:
    row = conn.execute(select(entries).where(entries.c.entry_id == entry_id)).first()
    return entry_from_row(row) if row else None


def _conflict_rows(conn: Connection, metric: str | None, victims: str | None, limit: int | None, offset: int):
    c = conflicts.c
    ea, eb = entries.alias("ea"), entries.alias("eb")
    q = (select(c.metric, c.victims_affiliation, c.victims_kind, c.location, c.period_start, c.period_end, c.gap,
                ea.c.record.label("a"), eb.c.record.label("b"))
         .select_from(conflicts.join(ea, ea.c.entry_id == c.entry_a).join(eb, eb.c.entry_id == c.entry_b))
         .order_by(c.metric, c.victims_affiliation, c.period_end, c.entry_a, c.entry_b))
    if metric:
        q = q.where(c.metric == metric)
    if victims:
        pat = f"%{victims.lower()}%"
        q = q.where(or_(func.lower(c.victims_affiliation).like(pat), func.lower(c.victims_kind).like(pat)))
    if limit is not None:
        q = q.limit(limit)
    if offset:
        q = q.offset(offset)
    return conn.execute(q)


def entry_from_record(text: str) -> Entry:
    d = json.loads(text)
    return Entry(**{**d, "documents": tuple(d["documents"]), "outlets": tuple(d["outlets"]),
                    "via": tuple(d["via"]), "claims": tuple(d["claims"])})


def query_conflicts(conn: Connection, metric: str | None = None, victims: str | None = None,
                    limit: int | None = None, offset: int = 0) -> list[Conflict]:
    return [Conflict(r.metric, {"affiliation": r.victims_affiliation or None, "kind": r.victims_kind}, r.location or None,
                     {"start": r.period_start, "end": r.period_end}, (entry_from_record(r.a), entry_from_record(r.b)), r.gap)
            for r in _conflict_rows(conn, metric, victims, limit, offset)]


def conflict_lines(conn: Connection, metric: str | None = None, victims: str | None = None,
                   limit: int | None = None, offset: int = 0) -> Iterator[str]:
    """Conflicts as JSON lines, the same objects as ``Conflict.to_dict``, assembled from the
    stored entry records without parsing them: listing a million-claim ledger stays fast."""
    dumps = json.dumps
    for metric_, aff, kind, loc, start, end, g, a, b in _conflict_rows(conn, metric, victims, limit, offset):
        yield (f'{{"metric": {dumps(metric_)}, "victims": {{"affiliation": {dumps(aff or None)}, "kind": {dumps(kind)}}}, '
               f'"location": {dumps(loc or None)}, "period": {{"start": {dumps(start)}, "end": {dumps(end)}}}, '
               f'"entries": [{a}, {b}], "gap": {dumps(_num(g))}}}')


def entry_reports(conn: Connection, entry_id: str, limit: int | None = None, offset: int = 0) -> list[dict]:
    """An entry's reports in the member order (``limit`` of them from ``offset``: a claim many
    outlets carry has thousands, each with its document's text)."""
    stmt = (select(documents.c.doc_key, documents.c.doc_id, documents.c.outlet, documents.c.url, documents.c.published,
                   documents.c.title, documents.c.text, documents.c.via, claims.c.record)
            .select_from(entry_claims.join(claims, and_(claims.c.doc_key == entry_claims.c.doc_key,
                                                         claims.c.claim_id == entry_claims.c.claim_id))
                         .join(documents, documents.c.doc_key == entry_claims.c.doc_key))
            .where(entry_claims.c.entry_id == entry_id).order_by(*MEMBER_ORDER))
    if limit is not None:
        stmt = stmt.limit(limit).offset(offset)
    rows = conn.execute(stmt).all()
    out = []
    for r in rows:
        d = dict(r._mapping)
        d["claim"] = Claim.from_dict(json.loads(d.pop("record")))
        d["via"] = json.loads(d["via"] or "[]")
        d["outlet"] = outlet_of(d["outlet"], d["url"], d["doc_id"])
        out.append(d)
    return out


def timeline(conn: Connection, victims: str | None = None, metric: str | None = None) -> dict[str, list[Entry]]:
    """Each party's running totals for a victim group and metric, in as-of order (dated ones
    only): a series never drops from a total to one day's or one attack's figure. A figure
    whose scope is unsaid counts as a total when it names no place narrower than a country and
    is about a side's forces (conflicts.effective_scope)."""
    e = entries.c
    totals = or_(e.scope == "cumulative", and_(e.scope.is_(None), e.location == "", e.victims_kind == "military"))
    q = filtered(select(entries).where(e.as_of.is_not(None), e.stance != "denied", totals), entries,
                 metric=metric, victims=victims).order_by(e.party, e.as_of, e.entry_id)
    out: dict[str, list[Entry]] = {}
    for row in conn.execute(q):
        out.setdefault(row.party or "?", []).append(entry_from_row(row))
    return out
