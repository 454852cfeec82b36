"""The whole filtered view of a table page as CSV or JSON: ``/ledger.csv``, ``/claims.json``,
... take the page's own parameters (facets, filters, sort) and stream every row, not one page,
read in batches from one cursor so memory stays bounded however large the ledger."""
from __future__ import annotations

import json
from typing import Callable, Iterable, Iterator

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse

from ..outlets import outlet_of
from ..records import Claim
from ..render import CSV_FIELDS, conflicts_csv, entries_csv, flat
from ..render import _csv as csv_lines
from .browse import CLAIMS, COLUMNS, CONFLICTS, DOCUMENTS, LEDGER, read_query, stream
from .views import conflict_of, entry_of

router = APIRouter(include_in_schema=False)

DOCUMENT_FIELDS = ["doc_key", "doc_id", "title", "outlet", "url", "published", "n_claims", "ingested_at"]


def _claim(row) -> Claim:
    return Claim.from_dict(json.loads(row.record))


def _claim_row(row) -> dict:
    c = _claim(row)
    return {**flat(c), "outlet": outlet_of(row.outlet, row.url, c.doc_id)}


def _claim_dict(row) -> dict:
    d = json.loads(row.record)
    return {**d, "outlet": outlet_of(row.outlet, row.url, d["doc_id"])}


def _document(row) -> dict:
    d = dict(row._mapping)
    d["outlet"] = outlet_of(d["outlet"], d["url"], d["doc_id"])
    return {k: d[k] for k in DOCUMENT_FIELDS}


# view name -> (view, CSV lines from rows, JSON object of a row)
TABLES: dict[str, tuple] = {
    "ledger": (LEDGER, lambda rows: entries_csv(entry_of(r) for r in rows), lambda r: entry_of(r).to_dict()),
    "claims": (CLAIMS, lambda rows: csv_lines((_claim_row(r) for r in rows), CSV_FIELDS + ["outlet"]), _claim_dict),
    "conflicts": (CONFLICTS, lambda rows: conflicts_csv(conflict_of(r) for r in rows), lambda r: conflict_of(r).to_dict()),
    "documents": (DOCUMENTS, lambda rows: csv_lines((_document(r) for r in rows), DOCUMENT_FIELDS), _document),
}


def _json_array(rows: Iterable, one: Callable) -> Iterator[str]:
    yield "["
    first = True
    for r in rows:
        yield ("\n" if first else ",\n") + json.dumps(one(r), ensure_ascii=False)
        first = False
    yield "\n]\n"


def _chunks(pieces: Iterable[str], size: int = 1 << 16) -> Iterator[str]:
    """Pieces joined into chunks of about ``size`` characters: the server hands each chunk to the
    socket from a worker thread, so a chunk per row would cost a thread hop per row."""
    buf: list[str] = []
    n = 0
    for p in pieces:
        buf.append(p)
        n += len(p)
        if n >= size:
            yield "".join(buf)
            buf, n = [], 0
    if buf:
        yield "".join(buf)


def _export(request: Request, name: str, fmt: str) -> StreamingResponse:
    view, to_csv, to_json = TABLES[name]
    params = dict(request.query_params)
    legacy = params.pop("sort", None)
    if legacy in ("as_of", "value", "documents") and not params.get("_sort") and not params.get("_sort_desc"):
        params["_sort_desc"] = legacy
    q = read_query(view, params)  # bad parameters answer 400 before any row is sent
    rows = stream(request.app.state.ledger.engine, q, COLUMNS[name])
    if fmt == "csv":
        body = (line + "\r\n" for line in to_csv(rows))
        media = "text/csv; charset=utf-8"
    else:
        body = _json_array(rows, to_json)
        media = "application/json"
    return StreamingResponse(_chunks(body), media_type=media,
                             headers={"Content-Disposition": f'attachment; filename="{name}.{fmt}"'})


def _route(name: str, fmt: str):
    def export(request: Request):
        return _export(request, name, fmt)
    export.__name__ = f"export_{name}_{fmt}"
    return export


for _name in TABLES:
    for _fmt in ("csv", "json"):
        router.add_api_route(f"/{_name}.{_fmt}", _route(_name, _fmt), methods=["GET"])
