"""The JSON API: the same filters and paging as the pages; POST /api/documents ingests."""
from __future__ import annotations

from fastapi import APIRouter, Header, HTTPException, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from ..records import Source
from ..sources import METADATA_CHARS, InputError, well_formed
from .security import allow_write
from .views import chart_series, series_traces
from .writes import process_in_worker

router = APIRouter(prefix="/api", tags=["api"])
Limit = Query(50, ge=1, le=1000)
Offset = Query(0, ge=0)


class DocumentIn(BaseModel):
    """A document to ingest; the text (or HTML) is held to the upload limit (413 past it),
    every other field to 4,096 characters."""

    id: str | None = Field(None, max_length=METADATA_CHARS, description="document id; default: a hash of the text")
    text: str | None = None
    html: str | None = None
    url: str | None = Field(None, max_length=METADATA_CHARS)
    outlet: str | None = Field(None, max_length=METADATA_CHARS)
    published: str | None = Field(None, max_length=METADATA_CHARS)


def _ledger(request: Request):
    return request.app.state.ledger


@router.get("/claims")
def api_claims(request: Request, metric: str | None = None, claimant: str | None = None, victims: str | None = None,
               since: str | None = None, until: str | None = None, limit: int = Limit, offset: int = Offset):
    items = _ledger(request).claims(metric=metric, claimant=claimant, victims=victims, since=since, until=until,
                                    limit=limit, offset=offset)
    return JSONResponse({"items": [c.to_dict() for c in items], "limit": limit, "offset": offset})


@router.get("/ledger")
def api_ledger(request: Request, metric: str | None = None, claimant: str | None = None, victims: str | None = None,
               place: str | None = None, since: str | None = None, until: str | None = None, q: str | None = None,
               sort: str = Query("group", pattern="^(group|as_of|value|documents)$"), limit: int = Limit, offset: int = Offset):
    filters = dict(metric=metric, claimant=claimant, victims=victims, place=place, since=since, until=until, text=q)
    led = _ledger(request)
    # JSONResponse: plain data, so FastAPI's per-value encoder (most of the time of a page) is skipped
    return JSONResponse({"total": led.count_entries(**filters), "limit": limit, "offset": offset,
                         "items": [e.to_dict() for e in led.entries(limit=limit, offset=offset, sort=sort, **filters)]})


@router.get("/ledger/{entry_id}")
def api_entry(request: Request, entry_id: str):
    e = _ledger(request).entry(entry_id)
    if e is None:
        raise HTTPException(404, "no such entry")
    return e.to_dict()


@router.get("/conflicts")
def api_conflicts(request: Request, metric: str | None = None, victims: str | None = None, limit: int = Limit, offset: int = Offset):
    items = _ledger(request).conflicts(metric=metric, victims=victims, limit=limit, offset=offset)
    return JSONResponse({"items": [c.to_dict() for c in items], "limit": limit, "offset": offset})


@router.get("/timeline")
def api_timeline(request: Request, victims: str | None = None, metric: str | None = None):
    news = chart_series(_ledger(request).timeline(victims=victims, metric=metric))
    own = series_traces(_ledger(request).series_lines(victims, metric), news)
    return {"victims": victims, "metric": metric, "series": news, "own_series": own}


@router.get("/check")
def api_check(request: Request, party: str | None = None, since: str | None = None, until: str | None = None,
              all: bool = False):
    """Checked news reports of a party's figures: stale and differing ones (``all``: every verdict)."""
    items = _ledger(request).checked(party=party, since=since, until=until, verdicts=None if all else ("stale", "differs"))
    return {"items": [r.to_dict() for r in items]}


@router.get("/documents")
def api_documents(request: Request, limit: int = Limit, offset: int = Offset, q: str | None = None):
    return {"items": _ledger(request).documents(limit=limit, offset=offset, text=q), "limit": limit, "offset": offset}


@router.get("/documents/{doc_key}")
def api_document(request: Request, doc_key: str):
    d = _ledger(request).document(doc_key)
    if d is None:
        raise HTTPException(404, "no such document")
    d["claims"] = [c.to_dict() for c in d["claims"]]
    return d


@router.post("/documents", status_code=201)
def api_ingest(request: Request, doc: DocumentIn, authorization: str | None = Header(None),
               x_tollbook_token: str | None = Header(None)):
    settings = request.app.state.settings
    supplied = x_tollbook_token or (authorization.removeprefix("Bearer ").strip() if authorization else None)
    allow_write(request, supplied)
    body = doc.text if doc.text is not None else doc.html
    if not body or not body.strip():
        raise HTTPException(422, "send 'text' or 'html'")
    # ("surrogatepass": a lone surrogate, read as U+FFFD below, is three bytes as U+FFFD is)
    if len(body.encode("utf-8", "surrogatepass")) > settings.max_upload_bytes:
        raise HTTPException(413, f"document larger than {settings.max_upload_bytes} bytes")
    return ingest_payload(request, body, doc.html is not None and doc.text is None, doc.id, doc.url, doc.outlet, doc.published)


def ingest_payload(request: Request, body: str, html: bool, doc_id: str | None, url: str | None, outlet: str | None,
                   published: str | None) -> dict:
    import hashlib

    # (the API's and the form's one entry: what no store holds read as U+FFFD before the id is hashed)
    body = well_formed(body)
    doc_id, url, outlet, published = (well_formed(v) if v is not None else None for v in (doc_id, url, outlet, published))
    doc_id = doc_id or "api-" + hashlib.sha1(body.encode("utf-8")).hexdigest()[:12]
    item = process_in_worker(request.app, Source(doc_id, body, url, outlet, published, html, origin=doc_id))
    if isinstance(item, InputError):
        raise HTTPException(422, str(item))
    claims = item.claims
    with request.app.state.write_lock:  # one writer at a time; readers never wait for extraction
        result = _ledger(request).add(item.document, claims)
    return {"doc_key": result.doc_key, "doc_id": result.doc_id, "new": result.new, "claims": [c.to_dict() for c in claims]}
