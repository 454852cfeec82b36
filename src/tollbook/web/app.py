"""The FastAPI application: pages, JSON API, security headers, token and rate limits.

Article text is untrusted: templates autoescape everything, no page runs inline script, and a
Content-Security-Policy forbids it. Write endpoints need ``TOLLBOOK_TOKEN`` when it is set.
"""
from __future__ import annotations

import hmac
import os
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
    here = Path(__file__).parent
    app.state.templates = Jinja2Templates(directory=str(here / "templates"))
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
