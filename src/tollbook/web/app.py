"""The FastAPI application: pages, JSON API, security headers, token and rate limits.

Article text is untrusted: templates autoescape everything, no page runs inline script, and a
Content-Security-Policy forbids it. Write endpoints need ``TOLLBOOK_TOKEN`` when it is set.

Extraction never runs in the server process: a document goes to a worker process with the
time budget of :mod:`tollbook.limits`, so a slow or hostile document cannot hold the
interpreter while pages are read; ledger writes run one at a time off the event loop. Request
bodies are capped before they are read whole.
"""
from __future__ import annotations

import hmac
import os
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from ..limits import limits
from ..store import Ledger

CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


@dataclass
class WebSettings:
    """Everything the web face can be told, in one place."""

    db: str | None = None
    token: str | None = field(default_factory=lambda: os.environ.get("TOLLBOOK_TOKEN") or None)
    # an upload is one document: within TOLLBOOK_MAX_DOCUMENT_BYTES too
    max_upload_bytes: int = field(default_factory=lambda: min(2_000_000, limits().document_bytes))
    writes_per_minute: int = 30
    page_size: int = 50
    workers: int = 1  # extraction processes for writes (each document within TOLLBOOK_DOCUMENT_SECONDS)
    cache: bool = True  # keep answers to reads until the (SQLite) ledger changes
    max_pending_writes: int = 8  # writes waiting for extraction at once; more get 503 (reads keep their threads)

    @property
    def max_request_bytes(self) -> int:
        """A write's whole body: the document (JSON escapes may make it 4x) and its fields."""
        return 4 * self.max_upload_bytes + 65536


class BodyLimit:
    """ASGI middleware: a request body over ``limit`` bytes gets 413 before it is held whole."""

    def __init__(self, app, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            return await self.app(scope, receive, send)
        declared = dict(scope["headers"]).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.limit:
            return await self._refuse(send)
        seen, started, over = 0, False, False

        async def counted():
            nonlocal seen, over
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > self.limit:
                    over = True
                    raise _BodyTooLarge
            return msg

        async def tracked(msg):
            nonlocal started
            if over:  # the app's answer to a body cut short (400) is replaced by the 413
                return
            started = started or msg["type"] == "http.response.start"
            await send(msg)

        try:
            await self.app(scope, counted, tracked)
        except _BodyTooLarge:
            pass
        if over and not started:
            await self._refuse(send)

    async def _refuse(self, send) -> None:
        from starlette.responses import JSONResponse

        await JSONResponse({"detail": f"request body larger than {self.limit:,} bytes"}, status_code=413)(
            {"type": "http"}, None, send)


class _BodyTooLarge(Exception):
    pass


def process_in_worker(app: FastAPI, source):
    """``process(source)`` in one of the app's worker processes (started on first use):
    a Processed, or an InputError (also when it ran over the time budget). At most
    ``max_pending_writes`` wait at once (503 beyond), so a flood of writes cannot take every
    thread that reads are answered on."""
    from ..parallel import process_one, worker_pool

    if not app.state.write_slots.acquire(blocking=False):
        raise HTTPException(503, "too many documents being read right now; try again shortly")
    try:
        with app.state.pool_lock:
            if app.state.pool is None:
                app.state.pool = worker_pool(app.state.settings.workers)
            pool = app.state.pool
        return pool.submit(process_one, [source]).result()[0]
    finally:
        app.state.write_slots.release()


class RateLimit:
    """At most ``per_minute`` writes per client in any 60 seconds."""

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self.hits: dict[str, deque] = defaultdict(deque)

    def check(self, client: str) -> None:
        now = time.monotonic()
        q = self.hits[client]
        while q and now - q[0] > 60:
            q.popleft()
        if len(q) >= self.per_minute:
            raise HTTPException(429, "too many writes; try again in a minute")
        q.append(now)


def plotly_js() -> Path:
    """plotly.js as shipped inside the plotly Python package: the chart works offline."""
    return Path(str(resources.files("plotly").joinpath("package_data", "plotly.min.js")))


def create_app(settings: WebSettings | None = None) -> FastAPI:
    settings = settings or WebSettings()
    # Swagger UI from the swagger-ui-bundle package, not a CDN (see the /docs route).
    app = FastAPI(title="tollbook", description="A ledger of casualty claims read out of news text.",
                  version=__import__("tollbook").__version__, docs_url=None, redoc_url=None)
    app.state.settings = settings
    app.state.ledger = Ledger.open(settings.db)
    app.state.rate = RateLimit(settings.writes_per_minute)
    app.state.pool, app.state.pool_lock, app.state.write_lock = None, threading.Lock(), threading.Lock()
    app.state.write_slots = threading.BoundedSemaphore(settings.max_pending_writes)
    app.add_middleware(BodyLimit, limit=settings.max_request_bytes)
    from .cache import LedgerVersion, ResponseCache, sqlite_path

    path = sqlite_path(str(app.state.ledger.engine.url))
    app.state.version = LedgerVersion(path) if settings.cache and path else None
    if app.state.version:
        app.add_middleware(ResponseCache, version=app.state.version)
    here = Path(__file__).parent
    app.state.templates = Jinja2Templates(directory=str(here / "templates"))
    from .views import web_url

    app.state.templates.env.filters["web_url"] = web_url
    app.mount("/static", StaticFiles(directory=str(here / "static")), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    import swagger_ui_bundle

    app.mount("/vendor/swagger", StaticFiles(directory=swagger_ui_bundle.swagger_ui_path), name="swagger")

    @app.get("/docs", include_in_schema=False)
    def docs(request: Request):
        return app.state.templates.TemplateResponse(request, "docs.html", {})

    @app.get("/vendor/plotly.min.js", include_in_schema=False)
    def vendor_plotly():
        return FileResponse(plotly_js(), media_type="application/javascript")

    @app.on_event("shutdown")
    def _close():
        if app.state.pool is not None:
            app.state.pool.close()
            app.state.pool = None
        if app.state.version:
            app.state.version.close()
        app.state.ledger.close()

    from . import api, pages
    app.include_router(api.router)
    app.include_router(pages.router)
    return app


def check_token(settings: WebSettings, supplied: str | None) -> None:
    if settings.token and not (supplied and hmac.compare_digest(supplied.encode(), settings.token.encode())):
        raise HTTPException(401, "a valid token is required (TOLLBOOK_TOKEN)")


def client_of(request: Request) -> str:
    return request.client.host if request.client else "?"
