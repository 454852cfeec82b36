"""Server-rendered pages: ledger, entry, conflicts, timeline, documents, ingest."""
from __future__ import annotations

import math
from urllib.parse import urlencode

from fastapi import APIRouter, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse

from ..render import entry_figure
from ..sources import decode
from .api import ingest_payload
from .security import allow_write
from .views import chart_series, document_pieces, paragraph_around

router = APIRouter(include_in_schema=False)
METRICS = ["killed", "wounded", "casualties", "captured", "missing", "displaced", "destroyed", "shot_down"]


def _render(request: Request, name: str, **ctx) -> HTMLResponse:
    ctx.setdefault("token_required", bool(request.app.state.settings.token))
    return request.app.state.templates.TemplateResponse(request, name, {"figure": entry_figure, **ctx})


def _pages(total: int, page: int, per: int, params: dict) -> dict:
    last = max(1, math.ceil(total / per))
    keep = {k: v for k, v in params.items() if v not in (None, "")}
    link = lambda p: "?" + urlencode({**keep, "page": p})  # noqa: E731
    return {"page": page, "last": last, "total": total, "prev": link(page - 1) if page > 1 else None,
            "next": link(page + 1) if page < last else None}


@router.get("/", response_class=HTMLResponse)
def ledger_page(request: Request, claimant: str | None = None, victims: str | None = None, metric: str | None = None,
                place: str | None = None, since: str | None = None, until: str | None = None, q: str | None = None,
                sort: str = Query("group", pattern="^(group|as_of|value|documents)$"), page: int = Query(1, ge=1)):
    per = request.app.state.settings.page_size
    filters = dict(metric=metric or None, claimant=claimant or None, victims=victims or None, place=place or None,
                   since=since or None, until=until or None, text=q or None)
    led = request.app.state.ledger
    total = led.count_entries(**filters)
    items = [e.to_dict() for e in led.entries(limit=per, offset=(page - 1) * per, sort=sort, **filters)]
    groups: list[tuple[str, list[dict]]] = []
    for d in items:
        v = d["victims"]
        who = " ".join(x for x in (v["affiliation"], v["kind"] if v["kind"] != "unspecified" else None) if x) or "Unspecified victims"
        title = f"{who} · {d['metric'].replace('_', ' ')}" + (f" ({d['unit']})" if d["unit"] != "people" else "")
        if not groups or groups[-1][0] != title:
            groups.append((title, []))
        groups[-1][1].append(d)
    params = dict(claimant=claimant, victims=victims, metric=metric, place=place, since=since, until=until, q=q, sort=sort)
    return _render(request, "ledger.html", groups=groups, params=params, metrics=METRICS,
                   pages=_pages(total, page, per, params), total=total)


@router.get("/entries/{entry_id}", response_class=HTMLResponse)
def entry_page(request: Request, entry_id: str):
    led = request.app.state.ledger
    e = led.entry(entry_id)
    if e is None:
        raise HTTPException(404, f"No entry {entry_id[:80]!r} in this ledger.")
    reports = []
    for r in led.entry_reports(entry_id):
        evidence = [paragraph_around(r["text"], ev.start, ev.end) for ev in r["claim"].evidence]
        reports.append({**r, "evidence": evidence})
    return _render(request, "entry.html", e=e.to_dict(), reports=reports)


@router.get("/conflicts", response_class=HTMLResponse)
def conflicts_page(request: Request, metric: str | None = None, victims: str | None = None, page: int = Query(1, ge=1)):
    per = request.app.state.settings.page_size
    items = request.app.state.ledger.conflicts(metric=metric or None, victims=victims or None, limit=per + 1,
                                               offset=(page - 1) * per)
    more = len(items) > per
    params = dict(metric=metric, victims=victims)
    keep = {k: v for k, v in params.items() if v}
    return _render(request, "conflicts.html", conflicts=[c.to_dict() for c in items[:per]], params=params, metrics=METRICS,
                   prev="?" + urlencode({**keep, "page": page - 1}) if page > 1 else None,
                   next="?" + urlencode({**keep, "page": page + 1}) if more else None)


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(request: Request, victims: str | None = None, metric: str | None = "killed"):
    series = chart_series(request.app.state.ledger.timeline(victims=victims or None, metric=metric or None))
    return _render(request, "timeline.html", series=series, params=dict(victims=victims, metric=metric), metrics=METRICS)


@router.get("/documents", response_class=HTMLResponse)
def documents_page(request: Request, q: str | None = None, page: int = Query(1, ge=1)):
    per = request.app.state.settings.page_size
    led = request.app.state.ledger
    docs = led.documents(limit=per, offset=(page - 1) * per, text=q or None)
    return _render(request, "documents.html", docs=docs, params={"q": q},
                   pages=_pages(led.count_documents(), page, per, {"q": q}))


@router.get("/documents/{doc_key}", response_class=HTMLResponse)
def document_page(request: Request, doc_key: str):
    d = request.app.state.ledger.document(doc_key)
    if d is None:
        raise HTTPException(404, f"No document {doc_key[:80]!r} in this ledger.")
    return _render(request, "document.html", d=d, pieces=document_pieces(d), claims=[c.to_dict() for c in d["claims"]])


@router.get("/ingest", response_class=HTMLResponse)
def ingest_form(request: Request):
    return _render(request, "ingest.html", error=None)


@router.post("/ingest", response_class=HTMLResponse)
async def ingest_submit(request: Request, text: str = Form(""), outlet: str = Form(""), url: str = Form(""),
                        published: str = Form(""), token: str = Form(""), file: UploadFile | None = File(None)):
    settings = request.app.state.settings
    allow_write(request, token or None)
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
        res = ingest_payload(request, body, html, name, url or None, outlet or None, published or None)
    except HTTPException as e:
        return _render(request, "ingest.html", error=str(e.detail))
    return RedirectResponse(f"/documents/{res['doc_key']}?new={int(res['new'])}", status_code=303)
