"""Errors as the asker reads them: an HTML page for the HTML routes (404, 400 naming the
parameter that was wrong), JSON for ``/api/*`` and ``/openapi.json``."""
from __future__ import annotations

import datetime as dt

from fastapi import FastAPI, HTTPException, Request
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..sources import well_formed_tree

TITLES = {400: "Bad request", 401: "Token required", 404: "Not found", 405: "Method not allowed",
          413: "Too large", 422: "Bad request", 429: "Too many requests"}


class BadParameter(HTTPException):
    """One query parameter that cannot be used; the message names it and says why."""

    def __init__(self, name: str, problem: str) -> None:
        super().__init__(400, f"{name}: {problem}")
        self.name = name


def iso_date(name: str, value: str | None) -> str | None:
    """``value`` as YYYY-MM-DD (a month or year is widened: since=2022-03 -> 2022-03-01), or a
    :class:`BadParameter` saying it is not a date; empty is no filter."""
    if not value:
        return None
    v = value.strip()
    for fmt, fill in (("%Y-%m-%d", ""), ("%Y-%m", "-01"), ("%Y", "-01-01")):
        try:
            dt.datetime.strptime(v, fmt)
            return v + fill
        except ValueError:
            continue
    raise BadParameter(name, f"{value[:40]!r} is not a date (write YYYY-MM-DD)")


def _wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path == "/api" or path.startswith("/openapi")


def _validation_lines(exc: RequestValidationError) -> list[str]:
    lines = []
    for err in exc.errors():
        loc = [str(x) for x in err.get("loc", ()) if x not in ("query", "path", "body", "form", "header")]
        name = ".".join(loc) or "request"
        got = err.get("input")
        shown = f" (got {str(got)[:40]!r})" if isinstance(got, (str, int, float)) else ""
        lines.append(f"{name}: {err.get('msg', 'not valid').lower()}{shown}")
    return lines


def install(app: FastAPI) -> None:
    def page(request: Request, status: int, lines: list[str]):
        return request.app.state.templates.TemplateResponse(
            request, "error.html", {"status": status, "title": TITLES.get(status, "Error"), "lines": lines,
                                    "token_required": False}, status_code=status)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if _wants_json(request):
            return await http_exception_handler(request, exc)
        detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"There is no page at {request.url.path[:200]}."
        return page(request, exc.status_code, [detail])

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError):
        if _wants_json(request):
            # (the errors echo what was sent: a lone surrogate in it, which no UTF-8 holds, is
            # shown as U+FFFD, or the answer itself could not be written)
            return await request_validation_exception_handler(request, RequestValidationError(well_formed_tree(exc.errors())))
        return page(request, 400, _validation_lines(exc))
