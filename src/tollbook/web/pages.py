"""Server-rendered pages: ledger, entry, claims, conflicts, timeline, documents, ingest."""
from __future__ import annotations

import json
from types import SimpleNamespace
from urllib.parse import quote

from fastapi import APIRouter, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse
from starlette.concurrency import run_in_threadpool

from ..outlets import outlet_of
from ..records import Claim
from ..render import entry_figure
from ..sources import METADATA_CHARS, decode
from .api import ingest_payload
from .browse import CLAIMS, COLUMNS, CONFLICTS, DOCUMENTS, LEDGER, count, facets, page_of, read_query, select_rows
from .security import allow_write
from .timeline import timeline_chart, timeline_entries
from .views import conflict_of, document_pieces, entry_of, paragraph_around, series_traces

router = APIRouter(include_in_schema=False)
METRICS = ["killed", "wounded", "casualties", "captured", "missing", "displaced", "destroyed", "shot_down"]


def _render(request: Request, name: str, **ctx) -> HTMLResponse:
    ctx.setdefault("token_required", bool(request.app.state.settings.token))
    return request.app.state.templates.TemplateResponse(request, name, {"figure": entry_figure, **ctx})


LEGACY_SORTS = {"as_of": "as_of", "value": "value", "documents": "documents"}  # ?sort= before column sorting


def _params(request: Request) -> dict:
    """The query parameters, with the old ``sort=`` names read as column sorts (newest first, ...)."""
    params = dict(request.query_params)
    legacy = params.pop("sort", None)
    if legacy in LEGACY_SORTS and not params.get("_sort") and not params.get("_sort_desc"):
        params["_sort_desc"] = LEGACY_SORTS[legacy]
    return params


def _table(request: Request, view, page: int, per: int | None = None):
    """(query, paging, facets, rows) for one table view; the rows as SQLAlchemy rows."""
    q = read_query(view, _params(request))
    per = per or request.app.state.settings.page_size
    with request.app.state.ledger.engine.connect() as conn:
        total = count(conn, q)
        pages = page_of(q, total, page, per)
        rows = select_rows(conn, q, COLUMNS[view.name], limit=per, offset=pages["offset"])
        facet_list = facets(conn, q, total=total)
    return q, pages, facet_list, rows


def _group_title(d: dict) -> str:
    v = d["victims"]
    who = " ".join(x for x in (v["affiliation"], v["kind"] if v["kind"] != "unspecified" else None) if x) or "Unspecified victims"
    return f"{who} · {d['metric'].replace('_', ' ')}" + (f" ({d['unit']})" if d["unit"] != "people" else "")


@router.get("/", response_class=HTMLResponse)
def ledger_page(request: Request, page: int = Query(1, ge=1)):
    q, pages, facet_list, rows = _table(request, LEDGER, page)
    items = [entry_of(r).to_dict() for r in rows]
    groups: list[tuple[str | None, list[dict]]] = []
    if q.sort is None:  # the default order reads as sections: one heading per victim group and metric
        for d in items:
            title = _group_title(d)
            if not groups or groups[-1][0] != title:
                groups.append((title, []))
            groups[-1][1].append(d)
    elif items:
        groups.append((None, items))
    params = {k: q.params.get(k) for k in ("claimant", "victims", "metric", "place", "since", "until", "q")}
    return _render(request, "ledger.html", groups=groups, params=params, metrics=METRICS, q=q, facets=facet_list,
                   pages=pages, total=pages["total"], export="/ledger")


@router.get("/claims", response_class=HTMLResponse)
def claims_page(request: Request, page: int = Query(1, ge=1)):
    q, pages, facet_list, rows = _table(request, CLAIMS, page)
    items = [{"claim": Claim.from_dict(json.loads(r.record)).to_dict(), "doc_key": r.doc_key,
              "outlet": outlet_of(r.outlet, r.url, json.loads(r.record)["doc_id"])} for r in rows]
    return _render(request, "claims.html", items=items, q=q, facets=facet_list, pages=pages, metrics=METRICS,
                   export="/claims")


# An entry's page shows this many reports (each with its document read for the evidence's
# paragraph): a claim that thousands of outlets carry is shown a page at a time.
REPORTS_PER_PAGE = 100


@router.get("/entries/{entry_id}", response_class=HTMLResponse)
def entry_page(request: Request, entry_id: str, page: int = Query(1, ge=1)):
    led = request.app.state.ledger
    e = led.entry(entry_id)
    if e is None:
        raise HTTPException(404, f"No entry {entry_id[:80]!r} in this ledger.")
    # (the ledger's paging, its links to this entry's pages)
    here = SimpleNamespace(link=lambda page=None: f"/entries/{quote(entry_id)}" + (f"?page={page}" if page else ""))
    pages = page_of(here, len(e.claims), page, REPORTS_PER_PAGE)
    reports = []
    for r in led.entry_reports(entry_id, limit=REPORTS_PER_PAGE, offset=pages["offset"]):
        evidence = [paragraph_around(r["text"], ev.start, ev.end) for ev in r["claim"].evidence]
        reports.append({**r, "evidence": evidence})
    shown = [r["claim"].claim_id for r in reports]
    checks = {(r.doc_key, r.claim.claim_id): r.verdict for r in led.checked(verdicts=None, claim_ids=shown)} if shown else {}
    return _render(request, "entry.html", e=e.to_dict(), reports=reports, checks=checks, pages=pages)


@router.get("/conflicts", response_class=HTMLResponse)
def conflicts_page(request: Request, page: int = Query(1, ge=1)):
    q, pages, facet_list, rows = _table(request, CONFLICTS, page)
    return _render(request, "conflicts.html", conflicts=[conflict_of(r).to_dict() for r in rows], q=q, facets=facet_list,
                   pages=pages, metrics=METRICS, export="/conflicts")


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(request: Request, victims: str | None = None, metric: str | None = "killed",
                  by: str = Query("party", pattern="^(party|claimant)$"), s: list[str] = Query([])):
    led = request.app.state.ledger
    by_claimant = timeline_entries(led, victims=victims or None, metric=metric or None)
    chart = timeline_chart(by_claimant, chosen=[x[:300] for x in s[:100]], by=by)
    # a party's own published series: a line behind the news reports, clipped to their span
    chart["traces"] = series_traces(led.series_lines(victims or None, metric or None), chart["traces"]) + chart["traces"]
    return _render(request, "timeline.html", chart=chart, params=dict(victims=victims, metric=metric, by=by),
                   metrics=METRICS)


@router.get("/check", response_class=HTMLResponse)
def check_page(request: Request, party: str | None = None, since: str | None = None, all: str | None = None):
    led = request.app.state.ledger
    found = led.checked(party=party or None, since=since or None, verdicts=None if all else ("stale", "differs"))[:1000]
    return _render(request, "check.html", reports=[r.to_dict() for r in found], checks=[r.verdict for r in found],
                   series=led.series(), params=dict(party=party, since=since, all=bool(all)))


@router.get("/documents", response_class=HTMLResponse)
def documents_page(request: Request, page: int = Query(1, ge=1)):
    q, pages, facet_list, rows = _table(request, DOCUMENTS, page)
    docs = [{**r._mapping, "outlet_shown": outlet_of(r.outlet, r.url, r.doc_id)} for r in rows]
    return _render(request, "documents.html", docs=docs, q=q, facets=facet_list, pages=pages, export="/documents")


@router.get("/documents/{doc_key}", response_class=HTMLResponse)
def document_page(request: Request, doc_key: str):
    d = request.app.state.ledger.document(doc_key)
    if d is None:
        raise HTTPException(404, f"No document {doc_key[:80]!r} in this ledger.")
    checks = {r.claim.claim_id: r.verdict for r in request.app.state.ledger.checked(verdicts=None, doc_key=doc_key)}
    return _render(request, "document.html", d=d, pieces=document_pieces(d), claims=[c.to_dict() for c in d["claims"]],
                   checks=checks)


@router.get("/ingest", response_class=HTMLResponse)
def ingest_form(request: Request):
    return _render(request, "ingest.html", error=None)


@router.post("/ingest", response_class=HTMLResponse)
async def ingest_submit(request: Request, text: str = Form(""), outlet: str = Form(""), url: str = Form(""),
                        published: str = Form(""), token: str = Form(""), file: UploadFile | None = File(None)):
    settings = request.app.state.settings
    allow_write(request, token or None)
    for label, value in (("outlet", outlet), ("URL", url), ("date", published)):  # file names: the parser's limit
        if len(value) > METADATA_CHARS:
            return _render(request, "ingest.html", error=f"{label} longer than {METADATA_CHARS:,} characters")
    body, html, name = text, False, None
    if file is not None and file.filename:
        data = await file.read(settings.max_upload_bytes + 1)
        if len(data) > settings.max_upload_bytes:
            return _render(request, "ingest.html", error=f"{file.filename}: larger than {settings.max_upload_bytes:,} bytes")
        try:
            body = decode(data, file.filename)
        except ValueError as e:
            return _render(request, "ingest.html", error=f"{file.filename}: {e}")
        html, name = file.filename.lower().endswith((".html", ".htm")), file.filename
    if not body.strip():
        return _render(request, "ingest.html", error="Paste an article or choose a file.")
    if len(body.encode("utf-8")) > settings.max_upload_bytes:
        return _render(request, "ingest.html", error=f"text larger than {settings.max_upload_bytes:,} bytes")
    try:
        res = await run_in_threadpool(ingest_payload, request, body, html, name, url or None, outlet or None,
                                      published or None)
    except HTTPException as e:
        return _render(request, "ingest.html", error=str(e.detail))
    return RedirectResponse(f"/documents/{res['doc_key']}?new={int(res['new'])}", status_code=303)
