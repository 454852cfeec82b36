"""The cross-outlet ledger: the reports of one claim merged into an entry, contradictions
between claimants, and each claimant's figures over time.

An entry gathers the claims of one party (``Claimant.party``: "Russia" whether the ministry,
its spokesman or "the Russian military" spoke; the claimant's name when it has no party) with
the same metric, unit, stance, victim group and figure whose place and as-of dates are
compatible (a missing place or date matches any). It lists every speaker, document, outlet and
evidence sentence, and counts how many of its reports are independent: documents that relay an
agency (``via``) or repeat another's wording are not.

Two entries conflict when conflicts.comparable says a journalist would set them side by side
(different parties, same victims, place and scope) and their figures cannot both be true; an
entry is compared with each other party's comparable entry nearest to it in time. A party
changing its own figure is a revision on its timeline, never a conflict.

Everything is incremental: adding a document touches only the entries its claims join and
the conflicts of those entries.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from types import SimpleNamespace
from functools import lru_cache
from operator import itemgetter
from typing import Iterable

from sqlalchemy import and_, bindparam, delete, insert, or_, select, update
from sqlalchemy.engine import Connection

from .entry_summary import KeptReports, Report, Summary, Tally, claim_report, report, summarise
from .conflicts import CONFLICT_DAYS, comparable, days_apart as _days, effective_scope, gap, interval, media_part, toll_grew, vague  # noqa: F401
from .entry_cache import EntryCache, Found, KeyEntries, day_number, member_key
from .outlets import known_domains, outlet_of
from .jsontext import dumps
from .entry_record import _claimant_summary, _num, place_key
from .entry_record import _claimant_of, entry_victims  # noqa: F401 - (tests read them here)
from .entry_record import summarised as _summarised
from .prepared import Prepared
from .records import Claim, Document, stable_id
from .resolve import normalise
from .tables import MEMBER_ORDER, claims, conflicts, documents, entries, entry_claims

SAME_CLAIM_DAYS = 3
SAME_TOTAL_DAYS = 7


@dataclass(frozen=True)
class Entry:
    entry_id: str
    metric: str
    unit: str
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    stance: str
    victims: dict
    claimant: dict
    location: dict | None
    as_of: str | None
    first_as_of: str | None
    period_start: str | None
    documents: tuple[str, ...]
    outlets: tuple[str, ...]
    via: tuple[str, ...]
    claims: tuple[str, ...]
    independent_reports: int
    party: str | None = None
    scope: str | None = None
    speakers: tuple[dict, ...] = ()  # every claimant that stated it: {"name", "person"}

    def to_dict(self) -> dict:
        return {
            "entry_id": self.entry_id, "metric": self.metric, "unit": self.unit, "value": _num(self.value),
            "low": _num(self.low), "high": _num(self.high), "qualifier": self.qualifier, "stance": self.stance,
            "victims": self.victims, "claimant": self.claimant, "location": self.location,
            "as_of": self.as_of, "first_as_of": self.first_as_of, "period_start": self.period_start,
            "documents": list(self.documents), "outlets": list(self.outlets), "via": list(self.via),
            "claims": list(self.claims), "independent_reports": self.independent_reports,
            "party": self.party, "scope": self.scope, "speakers": list(self.speakers),
        }


@dataclass(frozen=True)
class Conflict:
    metric: str
    victims: dict
    location: str | None
    period: dict
    entries: tuple[Entry, Entry]
    gap: float

    def to_dict(self) -> dict:
        return {"metric": self.metric, "victims": self.victims, "location": self.location, "period": self.period,
                "entries": [e.to_dict() for e in self.entries], "gap": _num(self.gap)}


# --- pure rules --------------------------------------------------------------------------

def claimant_key(c: Claim, doc_key: str) -> str:
    """What entries merge on: the claimant's party, else its name (media by outlet)."""
    party = getattr(c.claimant, "party", None)
    if party:
        return "party:" + normalise(party)
    if not c.claimant.name:
        return f"?{doc_key}"  # nobody we can name: never merged with another document
    if c.claimant.kind == "media" and not c.claimant.text:
        return "media:" + normalise(c.claimant.name)
    return normalise(c.claimant.name)


def value_key(c: Claim) -> str:
    return f"v{c.value:g}" if c.value is not None else f"r{c.low}-{c.high}"


def _kind_ok(a: str, b: str) -> bool:
    return a == b or "unspecified" in (a, b)


# --- writing -----------------------------------------------------------------------------
# The write path runs for every claim ingested: its statements are built once and run on the
# database driver with bound parameters (prepared.py: SQLAlchemy's per-execution work cost more
# than SQLite's own).

@lru_cache(maxsize=1)
def _stmts() -> dict:
    e = entries.c
    b = bindparam
    join = entry_claims.join(claims, and_(claims.c.doc_key == entry_claims.c.doc_key,
                                          claims.c.claim_id == entry_claims.c.claim_id)) \
        .join(documents, documents.c.doc_key == entry_claims.c.doc_key)
    # A claim's own victims' side or none: a report that leaves the side unsaid can join the
    # party's entry of that figure (and an entry with no side can take a report that says it).
    # (fixed lists, not expanding ones: stances "st1", "st2"; sides "va" and "")
    find_any = select(e.entry_id, e.victims_kind, e.victims_affiliation, e.location, e.as_of, e.first_as_of).where(
        e.claimant_key == b("ck"), e.metric == b("metric"), e.value_key == b("vk"),
        e.unit == b("unit"), e.stance.in_([b("st1"), b("st2")]))
    find = find_any.where(e.victims_affiliation.in_([b("va"), b("no_va")]))
    dated = or_(e.as_of.is_(None), and_(e.as_of >= b("lo"), e.first_as_of <= b("hi")))
    newest = (e.as_of.desc().nulls_last(), e.entry_id)
    return {k: Prepared(v) for k, v in {
        # Only entries whose dates can hold the claim's: the lookup stays small however many
        # reports of "1 killed" an outlet has made over the years.
        "find": find.order_by(*newest).limit(50),
        "find_dated": find.where(dated).order_by(*newest).limit(50),
        "find_any": find_any.order_by(*newest).limit(50),
        "find_any_dated": find_any.where(dated).order_by(*newest).limit(50),
        # every entry of a key, for the writer to keep (entry_cache), and whether there is any
        "of_key": select(e.entry_id, e.stance, e.victims_affiliation, e.victims_kind, e.location, e.as_of, e.first_as_of)
        .where(e.claimant_key == b("ck"), e.metric == b("metric"), e.value_key == b("vk"), e.unit == b("unit")),
        "any": select(e.entry_id).limit(1),
        "link": insert(entry_claims),
        "new": insert(entries),
        # (with each member's place in the order, for the entries the writer keeps: entry_cache)
        "members": select(claims.c.record, documents.c.doc_id, documents.c.outlet, documents.c.url, documents.c.via,
                          documents.c.published, documents.c.doc_key, claims.c.position, claims.c.claim_id)
        .select_from(join).where(entry_claims.c.entry_id == b("eid")).order_by(*MEMBER_ORDER),
        "member_keys": select(entry_claims.c.doc_key, entry_claims.c.claim_id)
        .select_from(join).where(entry_claims.c.entry_id == b("eid")).order_by(*MEMBER_ORDER),
        "row": select(entries).where(e.entry_id == b("eid")),
        "update": update(entries).where(e.entry_id == b("eid")),
        "unlink": delete(conflicts).where(or_(conflicts.c.entry_a == b("eid"), conflicts.c.entry_b == b("eid"))),
        "rivals": select(e.entry_id, e.claimant_key, e.claimant, e.as_of, e.value, e.low, e.high, e.qualifier,
                         e.scope, e.location, e.period_start, e.location_record, e.victims_kind, e.victims_text).where(
            e.metric == b("metric"), e.unit == b("unit"), e.victims_affiliation == b("va"), e.victims_kind == b("vkind"),
            e.location == b("loc"), e.as_of >= b("lo"), e.as_of <= b("hi"), e.claimant_key != b("ck"), e.stance != "denied"),
        "conflict": insert(conflicts),
    }.items()}


def add_document(conn: Connection, doc_key: str, found: Iterable[Claim], doc: Document | None = None,
                 dicts: list[dict] | None = None, kept: EntryCache | None = None,
                 known: KeptReports | None = None, via: str | None = None) -> set[str]:
    """Join each claim of a just-stored document to its entry (or a new one); refresh those
    entries and their conflicts. Returns the entry ids touched. ``dicts``: the claims'
    ``to_dict()``, when the caller has them; ``kept``: the entries this writer knows as
    stored (entry_cache), which it refreshes without reading them back, and keeps up;
    ``known``: the reports of members the ledger keeps (entry_summary.KeptReports), for the
    entries it does not keep; ``via``: the document's relays as stored (its ``via`` column),
    when the caller has them."""
    found = list(found)
    touched: set[str] = set()
    new: dict[str, SimpleNamespace] = {}  # entries made by this document: their first row
    whole: dict[str, SimpleNamespace] = {}  # ... written whole at once (one claim so far)
    inserted: dict[str, dict] = {}  # ... the row each was inserted with
    mine: dict[str, list] = {}  # each entry's members from this document: (place, report)
    links = []
    if via is None:
        via = dumps(sorted({v for c in found for v in c.via}))
    member = SimpleNamespace(record=None, doc_id=doc.doc_id, outlet=doc.outlet, url=doc.url, via=via) if doc else None
    if member is None:
        kept = None
    # the document's reports, read once for every entry they join (and kept for later ones)
    if member is None:
        reports = []
    elif dicts is None:  # (read off the claims: their records as dicts are not needed)
        outlet, relays = outlet_of(doc.outlet, doc.url, doc.doc_id), _relays(via)
        reports = [claim_report(doc.doc_id, outlet, relays, c) for c in found]
    else:
        reports = member_reports([member] * len(found), dicts)
    for k, c in enumerate(found):
        keys = claim_keys(c, doc_key)
        eid = _find_entry(conn, c, doc_key, kept, keys)
        if eid is None:
            # (the claimant's JSON is the whole entry's when it is written whole: encoded once)
            first = _entry_row(c, doc_key, keys, claimant=member is None)
            eid = first["entry_id"]
            new[eid] = row = SimpleNamespace(**first)
            done = _whole_entry(first, reports[k], row) if member is not None else None
            if done is None:
                if first["claimant"] is None:
                    first["claimant"] = row.claimant = dumps(_claimant_summary(c.claimant))
            else:
                first["claimant"] = row.claimant = done.claimant
            # (written whole: the row as stored, whose Float columns hold floats, bound the same)
            written = inserted[eid] = first if done is None else vars(done)
            _stmts()["new"].run(conn, written)
            if done is not None:
                whole[eid] = done
            if kept is not None:
                kept.wrote(written)
        elif eid in whole:  # a second claim of this document joins a new entry: refreshed below
            del whole[eid]
        links.append((doc_key, c.claim_id, eid))
        touched.add(eid)
        if member is not None:
            key = member_key(doc.published, doc.doc_id, doc_key, c.evidence[0].start if c.evidence else 0, c.claim_id)
            mine.setdefault(eid, []).append((key, reports[k]))
    if links:
        _stmts()["link"].run_rows(conn, _LINK_NAMES, links)
    if known is not None and found and member is not None:
        known.keep([(doc_key, c.claim_id) for c in found], reports, known_domains())
    rows = {}
    for eid in sorted(touched):
        if eid in whole:
            rows[eid] = whole[eid]
        # A new entry holds only this document's claims: no need to read them back.
        elif eid in new and eid in mine:
            rows[eid] = refresh_entry(conn, eid, row=new[eid], reports=[r for _, r in mine[eid]], stored=inserted[eid])
        elif kept is None:
            rows[eid] = refresh_entry(conn, eid, known=known)
        else:
            rows[eid] = _refresh_kept(conn, eid, kept, mine[eid])
            continue
        if kept is not None:
            # (an entry written whole is kept with the row its insert gave the lookup already)
            kept.put(eid, rows[eid], Tally(mine[eid]), wrote=eid not in whole)
    refresh_conflicts(conn, touched, fresh=set(new), rows=rows, kept=kept)
    return touched


_LINK_NAMES = ("doc_key", "claim_id", "entry_id")  # (a claim's link to its entry: its values in this order)


def _refresh_kept(conn: Connection, eid: str, kept: EntryCache, mine: list) -> SimpleNamespace:
    """Refresh a stored entry that claims of this document (``mine``: (member key, report))
    have joined: from what ``kept`` knows of it, else from the database; and keep it as
    refreshed."""
    known = kept.take(eid)
    if known is None:
        got, reports = _read_members(conn, eid)
        row = _stmts()["row"].one(conn, {"eid": eid})
        tally = Tally([(member_key(r.published, r.doc_id, r.doc_key, r.position, r.claim_id), rep) for r, rep in zip(got, reports)])
    else:
        row, tally = known
        tally.add(mine)  # (a failed transaction forgets every entry kept: store.Ledger._write)
    now = refresh_entry(conn, eid, row=row, summary=tally.summary(), stored=row)
    kept.put(eid, now, tally)
    return now


# What a later claim's lookup (_find_entry) reads of an entry besides the columns it is found by.
_FOUND_BY = ("victims_affiliation", "victims_kind", "location", "as_of", "first_as_of")
_FOUND_BY_VALUES = itemgetter(*_FOUND_BY)


def _whole_entry(first: dict, rep: Report, row: SimpleNamespace | None = None) -> SimpleNamespace | None:
    """A new entry of one claim as its refresh would leave it, to be written in one INSERT
    (instead of its first row, then the refresh's UPDATE): the row as stored, every column
    (``row``: ``first`` as a namespace, when the caller has it). None when the refresh would
    change what a lookup reads (another claim of the same document would then see other
    values than before the refresh)."""
    values, now = _summarised(first["entry_id"], summarise([rep]), row or SimpleNamespace(**first))
    if _FOUND_BY_VALUES(values) != _FOUND_BY_VALUES(first):
        return None
    return now


def claim_keys(c: Claim, doc_key: str) -> tuple[str, str, str]:
    """A claim's claimant key, value key and place key: what its entry is found by and written
    with (worked out once a claim: the lookup and a new entry's row both need them)."""
    return claimant_key(c, doc_key), value_key(c), place_key(c.location.__dict__ if c.location else None)


def _find_entry(conn: Connection, c: Claim, doc_key: str, kept: EntryCache | None = None,
                keys: tuple[str, str, str] | None = None) -> str | None:
    end = c.period.end
    ck, vk, loc = keys or claim_keys(c, doc_key)
    known = None
    if kept is not None:
        # (the entries of its key as kept, without the query's values made: most are kept)
        known = kept.of_key((ck, c.metric, vk, c.unit))
        if known is None:
            known = _key_entries(conn, kept, {"ck": ck, "metric": c.metric, "vk": vk, "unit": c.unit})
        if not len(known) and (not end or day_number(end) is not None):
            # No entry of its key (two claims in three start one): nothing to look at. (A date
            # that is not YYYY-MM-DD goes the whole way, to fail or not as before.)
            return None
    stances = stance_group(c.stance)
    # a party restating the same running total within a week is still that claim
    total = effective_scope(getattr(c, "scope", None), loc, c.victims.kind, c.location is not None and not loc) == "cumulative"
    window = SAME_TOTAL_DAYS if total else SAME_CLAIM_DAYS
    lo = hi = None
    if end:
        lo, hi = days_around(end, window)
    va = c.victims.affiliation or ""
    if known is not None:
        rows = known.rows(stances, va, lo, hi)
    else:
        params = {"ck": ck, "metric": c.metric, "vk": vk, "unit": c.unit, "st1": stances[0], "st2": stances[-1]}
        name = "find" if va else "find_any"
        if va:
            params["va"], params["no_va"] = va, ""
        if end:
            rows = _stmts()[name + "_dated"].all(conn, {**params, "lo": lo, "hi": hi})
        else:
            rows = _stmts()[name].all(conn, params)
    fits = [r for r in rows if _kind_ok(r.victims_kind, c.victims.kind)
            and not (loc and r.location and loc != r.location)
            and not (end and r.as_of and min(_days(end, r.as_of), _days(end, r.first_as_of)) > window)
            # across a side said and unsaid the place must agree too, not merely not clash
            and ((r.victims_affiliation or "") == va or (r.location or "") == loc)]
    return pick_entry(va, [(r.entry_id, r.victims_affiliation or "") for r in fits])


def _key_entries(conn: Connection, kept: EntryCache, params: dict) -> KeyEntries | None:
    """Every stored entry of a claim's key (claimant, metric, figure, unit), as the writer
    keeps them (entry_cache): read once per key, or never when the ledger had none."""
    key = (params["ck"], params["metric"], params["vk"], params["unit"])
    known = kept.of_key(key)
    if known is None:
        if kept.whole is None:
            kept.whole = not _stmts()["any"].all(conn)
            known = kept.of_key(key)
        if known is None:
            known = kept.loaded(key, [Found(*r) for r in _stmts()["of_key"].all(conn, params)])
    return known


@lru_cache(maxsize=4096)
def days_around(day: str, days: int) -> tuple[str, str]:
    """The dates ``days`` before and after ``day`` (YYYY-MM-DD), as text: every claim's lookup
    and every entry's rivals ask it of the few dates a batch's reports carry."""
    d = dt.date.fromisoformat(day)
    return (d - dt.timedelta(days=days)).isoformat(), (d + dt.timedelta(days=days)).isoformat()


def stance_group(stance: str) -> tuple[str, ...]:
    """The stances one entry holds: a claim asserted and the same claim hedged ("reportedly",
    "may have") are one claim; a denial is never merged with what it denies."""
    return ("denied",) if stance == "denied" else ("asserted", "hedged")


def pick_entry(side: str, candidates: list[tuple[str, str]]) -> str | None:
    """The entry a claim with victims' side ``side`` ("" when unsaid) joins, among the
    party's entries of its figure that fit (``(entry_id, entry's side)``, best first): one of
    its own side, else one with no side; a claim with no side joins a sided entry only when
    every fitting entry names the same side (two sides would make the report ambiguous)."""
    same = [eid for eid, s in candidates if s == side]
    if same:
        return same[0]
    if side:
        return next((eid for eid, s in candidates if not s), None)
    sides = {s for _, s in candidates}
    return candidates[0][0] if len(sides) == 1 else None


def _entry_row(c: Claim, doc_key: str, keys: tuple[str, str, str] | None = None, claimant: bool = True) -> dict:
    """The first row of a new entry for claim ``c`` (its refresh fills in the rest; ``keys``:
    its :func:`claim_keys`, when the caller has them; ``claimant``: False leaves the claimant's
    JSON None, for the caller to fill in)."""
    ck, vk, loc = keys or claim_keys(c, doc_key)
    return {
        "entry_id": stable_id("entry", doc_key, c.claim_id), "metric": c.metric, "unit": c.unit, "claimant_key": ck,
        "claimant": dumps(_claimant_summary(c.claimant)) if claimant else None, "party": _party_label(c),
        "scope": getattr(c, "scope", None),
        "victims_affiliation": c.victims.affiliation or "", "victims_kind": c.victims.kind, "victims_text": c.victims.text,
        "location": loc, "location_record": None, "value": c.value, "low": c.low, "high": c.high,
        "qualifier": c.qualifier, "stance": c.stance, "value_key": vk, "as_of": c.period.end, "first_as_of": c.period.end,
        "period_start": c.period.start, "n_claims": 0, "n_documents": 0, "independent_reports": 0,
        "documents": "[]", "outlets": "[]", "via": "[]", "claims": "[]", "record": None,
    }


def _party_label(c: Claim) -> str:
    return getattr(c.claimant, "party", None) or c.claimant.name or ""


def refresh_entry(conn: Connection, entry_id: str, row=None, reports: list[Report] | None = None,
                  known: KeptReports | None = None, summary: Summary | None = None, stored=None) -> SimpleNamespace:
    """Recompute an entry's documents, outlets, relays, dates and place from its claims
    (``row``: the entry, ``reports``: the members' reports, or ``summary``: theirs, when the
    caller has them already; ``known``: the reports the ledger keeps; ``stored``: the row as
    the database holds it, when the caller knows it: a row read here is). Returns the entry's
    row as now stored.

    Where the stored row is known, the UPDATE sets only the columns whose values change: SQLite
    rewrites an index's entry for every column set that it holds, changed or not, and most
    reports joining an entry change neither its dates nor its place nor its victims (none of
    the entries' three indexes is then touched)."""
    if summary is None:
        summary = summarise(reports if reports is not None else _members_reports(conn, entry_id, known))
    if row is None:
        row = stored = _stmts()["row"].one(conn, {"eid": entry_id})
    values, now = _summarised(entry_id, summary, row)
    if stored is not None:
        values = _changed(values, stored)
    if values:  # (a refresh that changes nothing writes nothing)
        _stmts()["update"].run(conn, {"eid": entry_id, **values})
    return now


def _changed(values: dict, stored) -> dict:
    """Those of ``values`` that differ from the row ``stored`` (a dict, a namespace or a row as
    read), value and type: an unchanged column written again would store the same."""
    old = stored if type(stored) is dict else vars(stored) if type(stored) is SimpleNamespace else stored._asdict()
    return {k: v for k, v in values.items() if (o := old.get(k, _UNSET)) is not v and (type(o) is not type(v) or o != v)}


_UNSET = object()  # (a column the stored row does not hold: written)


# Reports read of entries' members, kept between refreshes by each ledger (store.Ledger): a
# claim that hundreds of outlets carry is refreshed at each new report, and decoding every
# member's claim again each time grew with the square of its reports (1,000 outlets: the last
# 250 took 4-9 s). (Where the writer keeps the entry itself, entry_cache, nothing is read.)
REPORTS_KEPT = 20_000


def _members_reports(conn: Connection, entry_id: str, known: KeptReports | None) -> list[Report]:
    """An entry's reports in the member order: those ``known`` if every member's is, else read."""
    st = _stmts()
    if known is not None:
        keys = [(k.doc_key, k.claim_id) for k in st["member_keys"].all(conn, {"eid": entry_id})]
        reports = known.find(keys, known_domains())
        if reports is not None:
            return reports
    rows, reports = _read_members(conn, entry_id)
    if known is not None:
        known.keep([(r.doc_key, r.claim_id) for r in rows], reports, known_domains())
    return reports


def _read_members(conn: Connection, entry_id: str) -> tuple[list, list[Report]]:
    """An entry's members as stored (their rows) and their reports, in the member order."""
    rows = _stmts()["members"].all(conn, {"eid": entry_id})
    return rows, member_reports(rows, [json.loads(r.record) for r in rows])


def member_reports(rows: list, recs: list[dict]) -> list[Report]:
    """The reports of an entry's members (``rows``: their documents' fields, ``recs``: their claims)."""
    return [report(r.doc_id, outlet_of(r.outlet, r.url, r.doc_id), _relays(r.via), rec) for r, rec in zip(rows, recs)]


@lru_cache(maxsize=4096)
def _relays(via: str | None) -> tuple[str, ...]:
    """A document's relays from their JSON list (the ``via`` column)."""
    return tuple(json.loads(via or "[]"))


def _same_side_inferred(a: str, b: str) -> bool:
    """An implied claimant ("Russia (implied)") is an inference about whose figure a report
    carries: it never contradicts a named party of the same side."""
    ca, cb = json.loads(a), json.loads(b)
    return (ca.get("implied") or cb.get("implied")) and ca.get("affiliation") is not None \
        and ca.get("affiliation") == cb.get("affiliation")


def _view(r) -> SimpleNamespace:
    """An entry row as conflicts.comparable reads it."""
    c = json.loads(r.claimant)
    return SimpleNamespace(party=r.claimant_key, claimant_kind=c.get("kind"), location=r.location, scope=r.scope,
                           as_of=r.as_of, period_start=r.period_start, victims_kind=r.victims_kind,
                           victims_text=r.victims_text, country_wide=r.location_record is not None and not r.location)


def refresh_conflicts(conn: Connection, entry_ids: set[str], fresh: set[str] = frozenset(), rows: dict | None = None,
                      kept: EntryCache | None = None) -> None:
    """Recompute the conflicts of some entries against each other claimant's comparable entry
    nearest in time (``fresh`` entries were just created and have none to drop; ``rows``: the
    entries' rows as stored, when the caller has them; ``kept``: the entries the writer keeps,
    which may know that an entry's group has no other claimant, or that it is in no conflict)."""
    if not entry_ids:
        return
    st = _stmts()
    entry_ids = sorted(entry_ids)
    # (one executemany for them all: the statement's set-up once, not once an entry; none
    # for entries the writer knows are in no conflict)
    gone = [eid for eid in entry_ids if eid not in fresh]
    st["unlink"].run(conn, [{"eid": eid} for eid in (gone if kept is None else kept.may_conflict(gone))])
    # Only figures about a side or a place are comparable: "5 people killed" somewhere and
    # "12 people killed" somewhere else are two events, not a contradiction.
    rows = rows or {}
    mine = [r for r in (rows.get(eid) or st["row"].one(conn, {"eid": eid}) for eid in entry_ids)
            if r.as_of is not None and r.stance != "denied" and (r.victims_affiliation or r.location)]
    found: dict[tuple[str, str], dict] = {}
    for a in mine:
        if kept is not None and not kept.may_rival(a):  # (three entries in four, on a new ledger)
            continue
        lo, hi = days_around(a.as_of, CONFLICT_DAYS)
        others = st["rivals"].all(conn, {
            "metric": a.metric, "unit": a.unit, "va": a.victims_affiliation, "vkind": a.victims_kind, "loc": a.location,
            "lo": lo, "hi": hi, "ck": a.claimant_key})
        if not others:  # (most entries have no rival: nothing of theirs to read)
            continue
        ia = interval(a.value, a.low, a.high, a.qualifier)
        # Each other claimant's figure nearest in time: its say at that moment. Comparing with
        # every report in the window would grow with the square of a busy week's reports.
        nearest: dict[str, object] = {}
        va = _view(a)
        # (a party's named speaker before an implied one of the same day)
        for b in sorted(others, key=lambda b: (_days(b.as_of, a.as_of), '"implied": true' in b.claimant, b.entry_id)):
            if b.claimant_key not in nearest and comparable(va, _view(b)):
                nearest[b.claimant_key] = b
        for b in nearest.values():
            if _same_side_inferred(a.claimant, b.claimant):
                continue
            ib = interval(b.value, b.low, b.high, b.qualifier)
            g = gap(ia, ib)
            if g <= 0 or vague(a.qualifier) or vague(b.qualifier) or toll_grew(va, ia, _view(b), ib) or media_part(va, ia, _view(b), ib):
                continue
            x, y = sorted((a.entry_id, b.entry_id))
            found[(x, y)] = dict(entry_a=x, entry_b=y, metric=a.metric, victims_affiliation=a.victims_affiliation,
                                 victims_kind=a.victims_kind, location=a.location, gap=g,
                                 period_start=min(a.as_of, b.as_of), period_end=max(a.as_of, b.as_of))
    if found:
        st["conflict"].run(conn, list(found.values()))
        if kept is not None:
            kept.conflicting(found.values())


# --- reading -----------------------------------------------------------------------------
