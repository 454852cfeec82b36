"""The sentence behind each ledger entry, for listings that show one line per entry: read from
the entry's claims (not its documents' full text), many entries per query."""
from __future__ import annotations

import json
from typing import Iterable

from sqlalchemy import and_, func, select

from .tables import MEMBER_ORDER, claims, documents, entry_claims

BATCH = 500


def first_sentences(ledger, entry_ids: Iterable[str]) -> dict[str, str]:
    """entry id -> the first evidence sentence of its earliest report (the order of the entry
    page: published first, then document id), and '(+N more)' when other documents carry it."""
    ids = list(dict.fromkeys(entry_ids))
    out: dict[str, str] = {}
    with ledger.engine.connect() as conn:
        for i in range(0, len(ids), BATCH):
            part = ids[i:i + BATCH]
            n_docs = dict(conn.execute(
                select(entry_claims.c.entry_id, func.count(func.distinct(entry_claims.c.doc_key)))
                .where(entry_claims.c.entry_id.in_(part)).group_by(entry_claims.c.entry_id)).all())
            rows = conn.execute(
                select(entry_claims.c.entry_id, claims.c.record)
                .select_from(entry_claims.join(claims, and_(claims.c.doc_key == entry_claims.c.doc_key,
                                                             claims.c.claim_id == entry_claims.c.claim_id))
                             .join(documents, documents.c.doc_key == entry_claims.c.doc_key))
                .where(entry_claims.c.entry_id.in_(part))
                .order_by(entry_claims.c.entry_id, *MEMBER_ORDER))
            for eid, record in rows:
                if eid in out:
                    continue
                evidence = json.loads(record).get("evidence") or []
                if not evidence:
                    continue
                more = n_docs.get(eid, 1) - 1
                out[eid] = evidence[0]["sentence"].strip() + (f" (+{more} more)" if more > 0 else "")
    return out
