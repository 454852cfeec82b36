"""What the writer knows of the entries it has just written, so that the next report of an
entry refreshes it without reading its members and its row back from the database.

Refreshing an entry (ledger.refresh_entry) needs the summary of every member claim, in the
member order (tables.MEMBER_ORDER), and the entry's row. An entry a document has just written
or refreshed is kept here as the refresh left it: the row as stored and the tally of its
members (entry_summary.Tally), each member with the key that places it in the member order. A
later report joins the tally at its place and the refresh reads nothing. Only an entry not
kept (another process wrote it, or it was dropped to bound memory) is read back as before.

What is kept must be what the database holds, so it is used only while nobody else has
written: on SQLite, ``PRAGMA data_version`` tells whether another connection has committed
since this one's last transaction, and the connection's ``total_changes`` whether anything
else wrote through this very connection. Either, a rollback, or another connection from the
pool drops everything kept. Other databases keep nothing (every refresh reads, as before).
"""
from __future__ import annotations

import datetime as dt
import re
from collections import OrderedDict, namedtuple
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Mapping

if TYPE_CHECKING:
    from .entry_summary import Tally

# Entries kept at most, and their members at most (each member's report, entry_summary.Report,
# a few KB: an entry many outlets repeat can hold thousands)
LIMIT = 4096
MEMBERS_LIMIT = 50_000
# Entries whose lookup columns are kept at most (a few hundred bytes each)
FOUND_LIMIT = 200_000

# What the lookup of a claim's entry (ledger._find_entry) reads of an entry, found by its key
# (claimant_key, metric, value_key, unit)
Found = namedtuple("Found", "entry_id stance victims_affiliation victims_kind location as_of first_as_of")

SPAN_DAYS = 31  # an entry whose dates span more is looked at by every dated lookup of its key
BUCKET_DAYS = 8
_MANY = object()  # (a group of several claimants: EntryCache.groups)
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@lru_cache(maxsize=8192)
def day_number(text: str | None) -> int | None:
    """The day number of a date written YYYY-MM-DD (whose text sorts as its day), else None."""
    if text is None or len(text) != 10 or not _ISO_DAY.fullmatch(text):
        return None
    try:
        return dt.date.fromisoformat(text).toordinal()
    except ValueError:
        return None


class KeyEntries:
    """Every stored entry of one key, placed by date so that a dated lookup looks only at the
    entries whose dates can hold its window: the undated ones; those whose latest date falls
    from the window's start to SPAN_DAYS past its end (an entry fits when its latest date is
    on or after the start and its first on or before the end); and those spanning longer or
    dated otherwise."""

    __slots__ = ("all", "where", "buckets")

    def __init__(self) -> None:
        self.all: dict[str, Found] = {}
        self.where: dict[str, object] = {}  # entry id -> its bucket ("none", "odd" or a number)
        self.buckets: dict[object, dict[str, Found]] = {}

    def __len__(self) -> int:
        return len(self.all)

    def values(self):
        return self.all.values()

    def put(self, f: Found) -> bool:
        """Add or move an entry; whether it is new."""
        old = self.where.get(f.entry_id)
        if f.as_of is None:
            place: object = "none"
        else:
            last, first = day_number(f.as_of), day_number(f.first_as_of)
            place = last // BUCKET_DAYS if last is not None and first is not None and last - first <= SPAN_DAYS else "odd"
        if old is not None and old != place:
            del self.buckets[old][f.entry_id]
        self.buckets.setdefault(place, {})[f.entry_id] = f
        self.where[f.entry_id] = place
        self.all[f.entry_id] = f
        return old is None

    def candidates(self, lo: str | None, hi: str | None):
        """The entries a lookup with this window (``lo`` None: no window) may return: a set
        that holds every one it returns."""
        start, end = day_number(lo), day_number(hi)
        if lo is None or start is None or end is None:
            yield from self.all.values()
            return
        for place in ("none", "odd", *range(start // BUCKET_DAYS, (end + SPAN_DAYS) // BUCKET_DAYS + 1)):
            got = self.buckets.get(place)
            if got:
                yield from got.values()

    def rows(self, stances: tuple[str, ...], va: str, lo: str | None, hi: str | None) -> list:
        """The rows the ledger's lookup query (``find``, ``find_any`` and their ``_dated``
        forms) returns: of the claim's stances; of its side or none (when it says one, ``va``);
        whose dates can hold the claim's (when it has one: ``lo``..``hi``); the newest first
        (no date last), by id; at most 50."""
        rows = [r for r in self.candidates(lo, hi) if r.stance in stances and (not va or r.victims_affiliation in (va, ""))
                and (lo is None or r.as_of is None or (r.as_of >= lo and r.first_as_of is not None and r.first_as_of <= hi))]
        if len(rows) > 1:  # (most lookups find one entry or none)
            rows.sort(key=lambda r: r.entry_id)
            rows.sort(key=lambda r: (r.as_of is not None, r.as_of or ""), reverse=True)  # (stable: ids stay in order)
        return rows[:50]


def member_key(published: str | None, doc_id: str, doc_key: str, position: int, claim_id: str) -> tuple:
    """A member's place in tables.MEMBER_ORDER: published (no date first), doc_id, doc_key,
    position, claim_id. (Text compares as SQLite's BINARY collation does: by code point.)"""
    return (published is not None, published or "", doc_id, doc_key, position, claim_id)


class EntryCache:
    """Entries as last written by this writer: ``entry_id -> (row as stored, members)``, the
    members an entry_summary.Tally of ``(member_key, entry_summary.Report)``."""

    def __init__(self, limit: int | None = None, found_limit: int | None = None, members_limit: int | None = None) -> None:
        self.limit = LIMIT if limit is None else limit
        self.found_limit = FOUND_LIMIT if found_limit is None else found_limit
        self.members_limit = MEMBERS_LIMIT if members_limit is None else members_limit
        self.entries: OrderedDict[str, tuple[Any, Tally]] = OrderedDict()
        self.members = 0  # members of the entries kept
        # Every entry of a key, for the keys looked up (or all keys: ``whole``, when the ledger
        # had no entry as keeping began): a claim's lookup then needs no query.
        self.found: dict[tuple, KeyEntries] = {}
        self.found_rows = 0
        self.whole: bool | None = None  # None: not known yet
        # Where every entry is known (``whole``): the claimant key of each comparison group's
        # entries that are not denials (metric, unit, side, kind, place), or _MANY for two or
        # more; an entry whose group holds no other claimant has no rival to look for. (An
        # entry refreshed into another group leaves its key in the old one: a look too many.)
        self.groups: dict[tuple, str] = {}
        self.conflicted: set[str] = set()  # ... and the entries in a conflict (ledger.refresh_conflicts)
        self._conn = None  # the DB-API connection whose writes this reflects
        self._changes = -1  # its total_changes after our last commit
        self._version = None  # its PRAGMA data_version then
        self._domains: object = None  # the table of known domains its reports' outlets are from

    # --- validity: called by the store around each transaction ---------------------------

    @staticmethod
    def usable(conn) -> bool:
        return conn.dialect.name == "sqlite"

    def begin(self, dbapi_conn, domains: object = None) -> None:
        """Before a transaction's first statement: drop everything if this connection is
        another, or wrote anything since our last commit, or the table of known domains
        (``domains``, by identity: the outlets of the reports kept) is another."""
        if dbapi_conn is not self._conn or getattr(dbapi_conn, "total_changes", None) != self._changes \
                or domains is not self._domains:
            self.clear()
            self._conn, self._domains = dbapi_conn, domains

    def writing(self, dbapi_conn) -> None:
        """Once the transaction has written (its snapshot is then the newest): drop everything
        if another connection has committed since our last transaction."""
        version = dbapi_conn.execute("PRAGMA data_version").fetchone()[0]
        if version != self._version:
            self._forget()
            self._version = version

    def committed(self, dbapi_conn) -> None:
        self._changes = dbapi_conn.total_changes

    def clear(self) -> None:
        self._forget()
        self._conn, self._changes, self._version = None, -1, None

    def _forget(self) -> None:
        self.entries.clear()
        self.members = 0
        self.found.clear()
        self.found_rows, self.whole = 0, None
        self.groups, self.conflicted = {}, set()

    # --- the entries ---------------------------------------------------------------------

    def take(self, entry_id: str) -> tuple[Any, Tally] | None:
        """An entry kept, taken out to be changed (its members no longer counted): ``put`` it
        back as refreshed. (A tally grows in place: counted when put back, not before.)"""
        found = self.entries.pop(entry_id, None)
        if found is not None:
            self.members -= len(found[1])
        return found

    def put(self, entry_id: str, row, members: Tally, wrote: bool = True) -> None:
        """Keep an entry as just written: its row as stored and its members (the least
        recently used entries make room; one with more members than all may hold is not kept).
        ``wrote``: False when :meth:`wrote` has had this very row already."""
        before = self.entries.pop(entry_id, None)
        if before is not None:
            self.members -= len(before[1])
        if len(members) <= self.members_limit:
            self.entries[entry_id] = (row, members)
            self.members += len(members)
            while len(self.entries) > self.limit or self.members > self.members_limit:
                self.members -= len(self.entries.popitem(last=False)[1][1])
        if wrote:
            self.wrote(vars(row))

    # --- the lookup of a claim's entry ---------------------------------------------------

    def of_key(self, key: tuple) -> KeyEntries | None:
        """Every stored entry of ``key``, or None when that is not known here."""
        found = self.found.get(key)
        if found is None and self.whole:
            found = self.found[key] = KeyEntries()
        return found

    def loaded(self, key: tuple, rows: list[Found]) -> KeyEntries:
        """Every stored entry of ``key``, as just read from the database."""
        self.found[key] = found = KeyEntries()
        for r in rows:
            found.put(r)
        self._grew(len(found))
        return found

    def wrote(self, row: Mapping[str, Any]) -> None:
        """An entry row just inserted or updated (all its columns): its key's entries, if
        kept, follow."""
        found = self.of_key((row["claimant_key"], row["metric"], row["value_key"], row["unit"]))
        if found is not None:
            self._grew(found.put(Found(row["entry_id"], row["stance"], row["victims_affiliation"], row["victims_kind"],
                                       row["location"], row["as_of"], row["first_as_of"])))
        if self.whole and row["stance"] != "denied":
            group = (row["metric"], row["unit"], row["victims_affiliation"], row["victims_kind"], row["location"])
            had = self.groups.get(group)
            if had is None:
                self.groups[group] = row["claimant_key"]
            elif had != row["claimant_key"]:
                self.groups[group] = _MANY

    def may_rival(self, row) -> bool:
        """Whether an entry (``row``, as stored) may have a rival: an entry of its comparison
        group from another claimant that is not a denial (ledger.refresh_conflicts). False only
        where every entry is known here."""
        if not self.whole:
            return True
        had = self.groups.get((row.metric, row.unit, row.victims_affiliation, row.victims_kind, row.location))
        return had is not None and had != row.claimant_key

    def may_conflict(self, entry_ids: list[str]) -> list[str]:
        """Those of the entries that may be in a conflict: all but where every entry is known
        here, then those a conflict written (:meth:`conflicting`) names."""
        if not self.whole:
            return entry_ids
        return [eid for eid in entry_ids if eid in self.conflicted]

    def conflicting(self, rows) -> None:
        """Conflicts just written (their rows: entry_a, entry_b)."""
        if self.whole:
            for r in rows:
                self.conflicted.update((r["entry_a"], r["entry_b"]))

    def _grew(self, n: int) -> None:
        self.found_rows += n
        if self.found_rows > self.found_limit:  # too many to keep: look keys up again
            self.found.clear()
            self.found_rows, self.whole = 0, False
            self.groups, self.conflicted = {}, set()
