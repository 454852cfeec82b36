"""Request security helpers shared by the pages and the API: settings, the write token, the
per-client write limit and the Content-Security-Policy. Imports nothing else of the web
package, so ``app``, ``api`` and ``pages`` can all import it without a circle."""
from __future__ import annotations

import hmac
import os
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field

from fastapi import HTTPException, Request

CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


@dataclass
class WebSettings:
    """Everything the web face can be told, in one place."""

    db: str | None = None
    token: str | None = field(default_factory=lambda: os.environ.get("TOLLBOOK_TOKEN") or None)
    max_upload_bytes: int = 2_000_000
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
