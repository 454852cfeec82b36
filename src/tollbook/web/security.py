"""Request security helpers shared by the pages and the API: settings, the write token, the
per-client write limit, the request body cap and the Content-Security-Policy. Imports nothing
else of the web package, so ``app``, ``api`` and ``pages`` can all import it without a circle."""
from __future__ import annotations

import hmac
import os
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field

from fastapi import HTTPException, Request

from ..limits import limits

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


def check_token(settings: WebSettings, supplied: str | None) -> None:
    """Refuse a write (401) when a token is configured and ``supplied`` is not it."""
    if settings.token and not (supplied and hmac.compare_digest(supplied.encode(), settings.token.encode())):
        raise HTTPException(401, "a valid token is required (TOLLBOOK_TOKEN)")


def client_of(request: Request) -> str:
    return request.client.host if request.client else "?"


def allow_write(request: Request, supplied: str | None) -> None:
    """The token and the rate limit, in that order, for one write request."""
    check_token(request.app.state.settings, supplied)
    request.app.state.rate.check(client_of(request))


def refuse_nul(request: Request) -> None:
    """Every route's first check: an address holding NUL ("%00" in its path or query) is refused
    with 400. PostgreSQL's text refuses NUL, so a filter or a key holding one failed there with
    500 (on SQLite it simply matched nothing)."""
    if "\x00" in request.url.path or "%00" in request.url.query:
        raise HTTPException(400, "the address holds a NUL character (%00)")
