"""What the writer knows of the entries it has just written, so that the next report of an
entry refreshes it without reading its members and its row back from the database.

Refreshing an entry (ledger.refresh_entry) needs every member claim, in the member order
(tables.MEMBER_ORDER), and the entry's row. An entry a document has just written or refreshed
is kept here as the refresh left it: the row as stored and its members, each with the key that
places it in the member order. A later report adds its own members at their place and the
refresh reads nothing. Only an entry not kept (another process wrote it, or it was dropped to
bound memory) is read back as before.

What is kept must be what the database holds, so it is used only while nobody else has
written: on SQLite, ``PRAGMA data_version`` tells whether another connection has committed
since this one's last transaction, and the connection's ``total_changes`` whether anything
else wrote through this very connection. Either, a rollback, or another connection from the
pool drops everything kept. Other databases keep nothing (every refresh reads, as before).
"""
from __future__ import annotations

from collections import OrderedDict
from typing import Any

# Entries kept at most (each with its members' claims as dicts: a few KB)
LIMIT = 4096


def member_key(published: str | None, doc_id: str, doc_key: str, position: int, claim_id: str) -> tuple:
    """A member's place in tables.MEMBER_ORDER: published (no date first), doc_id, doc_key,
    position, claim_id. (Text compares as SQLite's BINARY collation does: by code point.)"""
    return (published is not None, published or "", doc_id, doc_key, position, claim_id)


class EntryCache:
    """Entries as last written by this writer: ``entry_id -> (row as stored, members)``, the
    members a sorted list of ``(member_key, member row, claim dict)``."""

    def __init__(self, limit: int | None = None) -> None:
        self.limit = LIMIT if limit is None else limit
        self.entries: OrderedDict[str, tuple[Any, list]] = OrderedDict()
        self._conn = None  # the DB-API connection whose writes this reflects
        self._changes = -1  # its total_changes after our last commit
        self._version = None  # its PRAGMA data_version then

    # --- validity: called by the store around each transaction ---------------------------

    @staticmethod
    def usable(conn) -> bool:
        return conn.dialect.name == "sqlite"

    def begin(self, dbapi_conn) -> None:
        """Before a transaction's first statement: drop everything if this connection is
        another, or wrote anything since our last commit."""
        if dbapi_conn is not self._conn or getattr(dbapi_conn, "total_changes", None) != self._changes:
            self.clear()
            self._conn = dbapi_conn

    def writing(self, dbapi_conn) -> None:
        """Once the transaction has written (its snapshot is then the newest): drop everything
        if another connection has committed since our last transaction."""
        version = dbapi_conn.execute("PRAGMA data_version").fetchone()[0]
        if version != self._version:
            self.entries.clear()
            self._version = version

    def committed(self, dbapi_conn) -> None:
        self._changes = dbapi_conn.total_changes

    def clear(self) -> None:
        self.entries.clear()
        self._conn, self._changes, self._version = None, -1, None

    # --- the entries ---------------------------------------------------------------------

    def get(self, entry_id: str) -> tuple[Any, list] | None:
        found = self.entries.get(entry_id)
        if found is not None:
            self.entries.move_to_end(entry_id)
        return found

    def put(self, entry_id: str, row, members: list) -> None:
        self.entries[entry_id] = (row, members)
        self.entries.move_to_end(entry_id)
        while len(self.entries) > self.limit:
            self.entries.popitem(last=False)
