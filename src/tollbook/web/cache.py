"""Answers to reads, kept until the ledger changes.

Pages and API reads depend only on the request's path and query and on the ledger's contents,
so a rendered answer can be given again until anything is written. SQLite tells a connection
when another connection (in this or any other process: an ``ingest`` running beside the
server) has committed: ``PRAGMA data_version`` changes. One connection of our own, which
never writes, asks it before each cached read; on a change every kept answer is dropped.
Other databases (PostgreSQL) are not cached.

After a write, the first read of a page makes its new answer; reads of the same page that
arrive while it is being made get the answer from just before the write (one step old, never
older) instead of queueing behind it, so a running ingest does not turn every read into a miss.
"""
from __future__ import annotations

import asyncio
import sqlite3
import threading
from collections import OrderedDict
from urllib.parse import unquote

CACHED_PREFIXES = ("/api/ledger", "/api/conflicts", "/api/timeline", "/api/claims", "/conflicts", "/timeline",
                   "/entries/", "/documents", "/claims", "/ledger.")  # the table pages and their exports too


class LedgerVersion:
    """A number that changes whenever the SQLite ledger at ``path`` is committed to."""

    def __init__(self, path: str) -> None:
        # Asked on the event loop: never wait for a lock (busy: answer without the cache).
        self.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False, timeout=0)
        self.lock = threading.Lock()

    def __call__(self) -> int | None:
        """The version, or None when SQLite cannot tell right now."""
        with self.lock:
            try:
                return self.conn.execute("PRAGMA data_version").fetchone()[0]
            except sqlite3.Error:
                return None

    def close(self) -> None:
        self.conn.close()


class ResponseCache:
    """ASGI middleware: a GET of a ledger page or API read answered from memory while the
    ledger is unchanged. Bounded: ``max_items`` answers, ``max_bytes`` in all."""

    def __init__(self, app, version: LedgerVersion, max_items: int = 512, max_bytes: int = 64_000_000,
                 max_item_bytes: int = 2_000_000) -> None:
        self.app, self.version = app, version
        self.max_items, self.max_bytes, self.max_item_bytes = max_items, max_bytes, max_item_bytes
        self.items: OrderedDict[tuple, tuple[dict, bytes]] = OrderedDict()
        self.previous: dict[tuple, tuple[dict, bytes]] = {}  # the answers of the version before
        self.size = 0
        self.seen = None
        self.lock = threading.Lock()
        self.hits = self.misses = 0
        self.pending: dict[tuple, asyncio.Event] = {}  # answers being made (one per key at a time)

    def _cacheable(self, scope) -> bool:
        if scope["type"] != "http" or scope["method"] != "GET":
            return False
        # An answer that may depend on who asks (a cookie, credentials) is never shared.
        if any(name in (b"cookie", b"authorization", b"x-tollbook-token") for name, _ in scope["headers"]):
            return False
        return scope["path"] == "/" or scope["path"].startswith(CACHED_PREFIXES)

    async def __call__(self, scope, receive, send):
        if not self._cacheable(scope):
            return await self.app(scope, receive, send)
        key = (scope["path"], scope.get("query_string", b""))
        for _ in range(2):
            version = self.version()
            if version is None:
                return await self.app(scope, receive, send)
            kept = self._get(key, version)
            if kept is not None:
                start, body = kept
                await send(start)
                await send({"type": "http.response.body", "body": body})
                return
            making = self.pending.get(key)
            if making is None:
                break
            before = self.previous.get(key)
            if before is not None:
                start, body = before
                await send(start)
                await send({"type": "http.response.body", "body": body})
                return
            # The same read is being answered: wait for it rather than make it again (after a
            # write every client misses at once; one of them renders, the others reuse it).
            await making.wait()
        self.misses += 1
        done = self.pending[key] = asyncio.Event()
        start: dict = {}
        chunks: list[bytes] = []
        size = 0

        async def capture(msg):
            nonlocal size
            if msg["type"] == "http.response.start":
                start.update(msg)
            elif msg["type"] == "http.response.body" and size <= self.max_item_bytes:
                chunks.append(msg.get("body", b""))
                size += len(chunks[-1])
            await send(msg)

        try:
            await self.app(scope, receive, capture)
            personal = any(name.lower() in (b"set-cookie", b"vary") for name, _ in start.get("headers", []))
            if start.get("status") == 200 and size <= self.max_item_bytes and not personal:
                self._keep(key, version, start, b"".join(chunks))
        finally:
            if self.pending.get(key) is done:
                del self.pending[key]
            done.set()

    def _get(self, key, version):
        with self.lock:
            if version != self.seen:
                self.previous = dict(self.items)
                self.items = OrderedDict()
                self.size, self.seen = 0, version
            kept = self.items.get(key)
            if kept is not None:
                self.items.move_to_end(key)
                self.hits += 1
            return kept

    def _keep(self, key, version, start: dict, body: bytes) -> None:
        with self.lock:
            if version != self.seen or key in self.items:
                return
            self.items[key] = (start, body)
            self.size += len(body)
            while self.items and (len(self.items) > self.max_items or self.size > self.max_bytes):
                _, (_, old) = self.items.popitem(last=False)
                self.size -= len(old)


def sqlite_path(url: str) -> str | None:
    """The file of an ``sqlite:///path`` URL (None for other databases and in-memory ones)."""
    if not url.startswith("sqlite:///"):
        return None
    path = unquote(url.removeprefix("sqlite:///").split("?", 1)[0])
    return path if path and path != ":memory:" else None
