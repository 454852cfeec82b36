"""The FastAPI application: pages, JSON API, security headers, token and rate limits (web/security.py).

Article text is untrusted: templates autoescape everything, no page runs inline script, and a
Content-Security-Policy forbids it. Write endpoints need ``TOLLBOOK_TOKEN`` when it is set.

Extraction never runs in the server process: a document goes to a worker process with the
time budget of :mod:`tollbook.limits`, so a slow or hostile document cannot hold the
interpreter while pages are read; ledger writes run one at a time off the event loop. Request
bodies are capped before they are read whole.
"""
from __future__ import annotations

import threading
from importlib import resources
from pathlib import Path

from fastapi import Depends, FastAPI, Request
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from ..store import Ledger
from . import api, errors, exports, pages
from .security import CSP, BodyLimit, RateLimit, WebSettings, refuse_nul
from .writes import process_in_worker  # noqa: F401 (its home before the split)

__all__ = ["WebSettings", "create_app", "plotly_js", "process_in_worker"]


def plotly_js() -> Path:
    """plotly.js as shipped inside the plotly Python package: the chart works offline."""
    return Path(str(resources.files("plotly").joinpath("package_data", "plotly.min.js")))


def swagger_ui_static() -> Path:
    """Swagger UI 5 as shipped in the swagger-ui-py package (it reads the OpenAPI 3.1 document
    FastAPI writes; swagger-ui-bundle's 4.15 cannot), served from here, not a CDN."""
    return Path(str(resources.files("swagger_ui").joinpath("static")))


def create_app(settings: WebSettings | None = None) -> FastAPI:
    settings = settings or WebSettings()
    # Swagger UI from the swagger-ui-bundle package, not a CDN (see the /docs route).
    app = FastAPI(title="tollbook", description="A ledger of casualty claims read out of news text.",
                  version=__import__("tollbook").__version__, docs_url=None, redoc_url=None,
                  dependencies=[Depends(refuse_nul)])
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
    errors.install(app)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    app.mount("/vendor/swagger", StaticFiles(directory=swagger_ui_static()), name="swagger")

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

    app.include_router(api.router)
    app.include_router(exports.router)
    app.include_router(pages.router)
    return app

