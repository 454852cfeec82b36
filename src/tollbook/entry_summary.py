"""What an entry shows of its reports: documents, outlets, relays, speakers, dates, place,
scope, the claimant it names and how many reports are independent.

An entry is refreshed each time a report joins it, from the summary of every report it holds
(they come in the member order, tables.MEMBER_ORDER: which outlet comes first and which report
of a wording counts as the independent one depend on it). A report is read once into a :class:`Report`,
the few facts the summary needs; the summary is then a pass over reports, not over their
claims' JSON: a claim carried by thousands of outlets is refreshed at each new report without
decoding thousands of records again (where the writer keeps the reports: ledger.refresh_entry).
Where the writer keeps an entry (entry_cache), its :class:`Tally` keeps the summary up as
reports join, in whatever order, at the cost of the new reports, not of every one held.
"""
from __future__ import annotations

import dataclasses
import re
import threading
from bisect import bisect_left
from collections import Counter, OrderedDict
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter

from .records import _quick_init


@dataclass(frozen=True, slots=True)
class Report:
    """One member claim of an entry, as the entry's summary reads it."""

    doc_id: str
    outlet: str
    via: tuple[str, ...]  # the agencies its document relays
    sentences: tuple[str, ...]  # its evidence sentences
    start: str | None  # its period
    end: str | None
    place: tuple | None  # its location's (field, value) pairs, in key order
    speaker: tuple[str, str | None]  # (name, person)
    scope: str | None
    rank: tuple  # how well it names its claimant (lowest first: see claimant_rank)
    claimant: dict
    victims: dict
    claim_id: str
    _wordings: frozenset[str] | None = field(default=None, compare=False, repr=False)

    @property
    def wordings(self) -> frozenset[str]:
        """Its evidence sentences as wordings (lower-cased words only), read when first asked
        for: only an entry of several reports compares them, and most entries have one."""
        w = self._wordings
        if w is None:
            w = frozenset(map(wording, self.sentences))
            object.__setattr__(self, "_wordings", w)
        return w


def _slot_init(cls: type) -> type:
    """A frozen slots dataclass whose ``__init__`` sets each field through its slot's own
    setter, not ``object.__setattr__`` by name as the one ``dataclass`` writes: the same
    arguments, defaults and instance, in half the time (a report is made for every claim
    stored and every member read back)."""
    params, body, env = [], [], {"_new": object.__new__}
    for f in dataclasses.fields(cls):
        if f.default_factory is not dataclasses.MISSING or not f.init or f.kw_only:
            raise TypeError(f"{cls.__name__}.{f.name}: only plain fields")
        if f.default is not dataclasses.MISSING:
            env[f"_d_{f.name}"] = f.default
            params.append(f"{f.name}=_d_{f.name}")
        else:
            params.append(f.name)
        env[f"_s_{f.name}"] = cls.__dict__[f.name].__set__
        body.append(f" _s_{f.name}(self, {f.name})")
    if hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__}: no __post_init__")
    exec(f"def __init__(self, {', '.join(params)}):\n" + "\n".join(body) + "\n", env)
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init
    return cls


_slot_init(Report)


def claimant_rank(c: dict) -> tuple:
    """A claimant an entry shows before others: a named one with a side before an implied or
    sideless one, then one whose side and office are known."""
    return (bool(c.get("implied")), c.get("affiliation") is None and not c.get("party"), c.get("kind") == "media",
            c.get("affiliation") is None, c.get("kind") == "unknown")


def report(doc_id: str, outlet: str, via: tuple[str, ...], rec: dict) -> Report:
    """The :class:`Report` of a member claim (``rec``: the claim's record, ``Claim.to_dict``)."""
    loc = rec["location"]
    c = rec["claimant"]
    return Report(doc_id, outlet, via, tuple(e["sentence"] for e in rec["evidence"]),
                  rec["period"]["start"], rec["period"]["end"], tuple(sorted(loc.items())) if loc else None,
                  (c["name"], c.get("person")), rec.get("scope"), claimant_rank(c), c, rec["victims"], rec["claim_id"])


def claim_report(doc_id: str, outlet: str, via: tuple[str, ...], c) -> Report:
    """``report(doc_id, outlet, via, c.to_dict())`` read off a ``records.Claim`` itself: the
    writer builds the reports of the claims it stores without their records as dicts (the
    record's text is written out, record_text.claim_text)."""
    k, v, loc, p = c.claimant, c.victims, c.location, c.period
    claimant = {"text": k.text, "name": k.name, "affiliation": k.affiliation, "kind": k.kind, "person": k.person,
                "implied": k.implied, "party": k.party}
    # (a location's fields sorted by name, as report() sorts its record's items)
    place = (("country", loc.country), ("name", loc.name), ("text", loc.text)) if loc else None
    # (claimant_rank of the claimant, read off its fields)
    affiliation, kind = k.affiliation, k.kind
    rank = (bool(k.implied), affiliation is None and not k.party, kind == "media", affiliation is None, kind == "unknown")
    return Report(doc_id, outlet, via, tuple([e.sentence for e in c.evidence]), p.start, p.end, place,
                  (k.name, k.person), c.scope, rank, claimant,
                  {"text": v.text, "affiliation": v.affiliation, "kind": v.kind}, c.claim_id)


@lru_cache(maxsize=4096)
def wording(sentence: str) -> str:
    """A sentence as a wording: two reports in the same words are one report repeated."""
    return _NON_WORD.sub(" ", sentence.lower()).strip()


_NON_WORD = re.compile(r"\W+")


@_quick_init
@dataclass(frozen=True)
class Summary:
    documents: list[str]
    outlets: list[str]
    via: list[str]
    independent: int
    as_of: str | None
    first_as_of: str | None
    period_start: str | None
    place: tuple | None  # the place shown, as Report.place
    speakers: list[tuple[str, str | None]]
    scope: str | None
    claimant: dict | None  # the representative report's claimant (None: no reports)
    sides: frozenset[str]  # the victims' sides the reports state
    kinds: frozenset[str]  # the victims' kinds they state, other than "unspecified"
    victims_text: str  # the first victims' words stated
    claims: list[str]


def summarise(reports: list[Report]) -> Summary:
    """The summary of an entry's reports, given in the member order."""
    if len(reports) == 1:  # most entries: one report, summed up without counting
        r = reports[0]
        v = r.victims
        return Summary([r.doc_id], [r.outlet], list(dict.fromkeys(r.via)), 0 if r.via else 1, r.end or None, r.end or None, r.start or None,
                       r.place, [r.speaker], r.scope or None, r.claimant,
                       frozenset([v["affiliation"]]) if v.get("affiliation") else frozenset(),
                       frozenset([v["kind"]]) if v.get("kind") and v.get("kind") != "unspecified" else frozenset(),
                       v.get("text") or "", [r.claim_id])
    # (each field read in one pass of map: a claim thousands of outlets carry is summarised
    # again at each new report)
    doc_ids = list(map(_DOC_ID, reports))
    vias = list(map(_VIA, reports))
    # Independent reports: documents that relay no agency, counting one wording once.
    wordings: set[str] = set()
    independent = 0
    seen_docs: set[str] = set()
    for r, doc_id, via in zip(reports, doc_ids, vias):
        if doc_id in seen_docs:
            continue
        seen_docs.add(doc_id)
        if via or r.wordings & wordings:
            wordings |= r.wordings
            continue
        wordings |= r.wordings
        independent += 1
    ends = list(filter(None, map(_END, reports)))
    starts = list(filter(None, map(_START, reports)))
    places = Counter(filter(None, map(_PLACE, reports)))
    scopes = Counter(filter(None, map(_SCOPE, reports)))
    victims = list(map(_VICTIMS, reports))
    return Summary(
        documents=list(dict.fromkeys(doc_ids)),
        outlets=list(dict.fromkeys(map(_OUTLET, reports))),
        via=list(dict.fromkeys(v for via in vias if via for v in via)),
        independent=independent,
        as_of=max(ends) if ends else None, first_as_of=min(ends) if ends else None,
        period_start=min(starts) if starts else None,
        place=_best_place(places) if places else None,
        speakers=list(dict.fromkeys(map(_SPEAKER, reports))),
        scope=max(scopes.items(), key=lambda kv: (kv[1], kv[0]))[0] if scopes else None,
        # the first of the best-ranked (min keeps the first of equals)
        claimant=min(reports, key=_RANK).claimant if reports else None,
        sides=frozenset(a for a in (v.get("affiliation") for v in victims) if a),
        kinds=frozenset(k for k in (v.get("kind") for v in victims) if k and k != "unspecified"),
        victims_text=next((t for t in (v.get("text") for v in victims) if t), ""),
        claims=list(map(_CLAIM_ID, reports)),
    )


_DOC_ID, _VIA, _END, _START, _PLACE, _SCOPE, _VICTIMS, _OUTLET, _SPEAKER, _RANK, _CLAIM_ID = (
    attrgetter(f) for f in ("doc_id", "via", "end", "start", "place", "scope", "victims", "outlet", "speaker", "rank", "claim_id"))


def _best_place(places: Counter) -> tuple:
    """The place an entry shows among its reports' (``(field, value)`` tuples and how many
    reports name each): a town says more than its country, then the most named."""
    return max(places.items(), key=lambda item: _place_score(*item))[0]


def _place_score(place: tuple, n: int) -> tuple:
    """How a place named by ``n`` reports ranks: a town before a country, then by ``n``."""
    loc = dict(place)
    return (loc["name"] != loc.get("country"), n)


class _FirstSeen:
    """Values in the order of their first occurrence among members (``dict.fromkeys`` of them
    in the member order), kept up as members join anywhere in that order: each value's first
    place, and the values sorted by it (two lists side by side: read out as one copy)."""

    __slots__ = ("first", "places", "values")

    def __init__(self) -> None:
        self.first: dict = {}  # value -> its first place
        self.places: list[tuple] = []  # the first places, sorted (a place belongs to one value)
        self.values: list = []  # the value of each

    def see(self, value, place: tuple) -> None:
        old = self.first.get(value)
        if old is not None:
            if old <= place:
                return
            i = bisect_left(self.places, old)
            del self.places[i], self.values[i]
        self.first[value] = place
        i = bisect_left(self.places, place)
        self.places.insert(i, place)
        self.values.insert(i, value)


class Tally:
    """An entry's members (``(member key, Report)``, entry_cache.member_key) and the summary
    of their reports, kept up as members join in any order: :meth:`summary` is
    :func:`summarise` of the reports in the member order. A member joins at the cost of its
    own report and of placing it (a bisection), not of every report the entry holds: a claim
    thousands of outlets carry is refreshed at each new report. (One exception: a report that
    comes before the report of its document counted so far changes which one counts, and the
    independent reports are counted again, once for the reports joining together.)"""

    def __init__(self, members=()) -> None:
        # (what is kept up is built when a member first joins or the summary is first asked
        # for: most entries hold one report and never are)
        self._held: list[tuple] | None = list(members)

    def _build(self) -> None:
        held, self._held = self._held, None
        self._reset()
        self.add(held)

    def _reset(self) -> None:
        self._keys: list[tuple] = []  # the member keys, sorted
        self._reports: list[Report] = []  # the report of each
        self._claims: list[str] = []  # its claim's id
        # (the documents' first places are the keys of their first reports: the ones that count)
        self._docs, self._outlets, self._speakers, self._via = _FirstSeen(), _FirstSeen(), _FirstSeen(), _FirstSeen()
        self._wording_first: dict[str, tuple] = {}  # wording -> (key, doc_id) of the first such report
        self._independent: set[str] = set()  # doc_ids of independent reports
        self._ends: list = []  # [latest, earliest] period end
        self._start = None
        self._places: dict[tuple, list] = {}  # place -> [reports naming it, first key]
        self._scopes: Counter = Counter()
        self._claimant: tuple | None = None  # (rank, key, claimant) of the first best-ranked
        self._sides: set[str] = set()
        self._kinds: set[str] = set()
        self._victims_text: tuple | None = None  # (key, text) of the first stated

    def __len__(self) -> int:
        return len(self._held) if self._held is not None else len(self._keys)

    def add(self, members) -> None:
        """Members joining (``(member key, Report)``, keys not held yet), in any order."""
        if self._held is not None:
            self._build()
        keys, doc_first = self._keys, self._docs.first
        recount = False
        for key, r in sorted(members):
            first = doc_first.get(r.doc_id)
            i = bisect_left(keys, key)
            keys.insert(i, key)
            self._reports.insert(i, r)
            self._claims.insert(i, r.claim_id)
            self._join(key, r)  # (places the document at this key if it is its first)
            if first is None:
                self._independence(key, r)
            elif first > key:
                # an earlier report of a document already counted: which of its reports counts
                # changes, and with it what the others are independent of: counted again, once
                recount = True
        if recount:
            self._wording_first, self._independent = {}, set()
            for key, r in zip(keys, self._reports):
                if doc_first[r.doc_id] == key:
                    self._independence(key, r)

    def _independence(self, key: tuple, r: Report) -> None:
        """Independent: no relay, and none of its wordings in a document before it (``r``: a
        document's first report); a document after it that was independent and shares a
        wording no longer is."""
        earlier = False
        for w in r.wordings:
            got = self._wording_first.get(w)
            if got is not None and got[0] < key:
                earlier = True
                continue
            if got is not None:
                self._independent.discard(got[1])
            self._wording_first[w] = (key, r.doc_id)
        if not r.via and not earlier:
            self._independent.add(r.doc_id)

    def _join(self, key: tuple, r: Report) -> None:
        self._docs.see(r.doc_id, key)
        self._outlets.see(r.outlet, key)
        self._speakers.see(r.speaker, key)
        for i, v in enumerate(r.via):
            self._via.see(v, (key, i))
        if r.end:
            ends = self._ends
            if not ends:
                ends[:] = [r.end, r.end]
            else:
                ends[0], ends[1] = max(ends[0], r.end), min(ends[1], r.end)
        if r.start and (self._start is None or r.start < self._start):
            self._start = r.start
        if r.place:
            got = self._places.get(r.place)
            if got is None:
                self._places[r.place] = [1, key]
            else:
                got[0] += 1
                got[1] = min(got[1], key)
        if r.scope:
            self._scopes[r.scope] += 1
        if self._claimant is None or (r.rank, key) < self._claimant[:2]:
            self._claimant = (r.rank, key, r.claimant)
        v = r.victims
        if v.get("affiliation"):
            self._sides.add(v["affiliation"])
        if v.get("kind") and v.get("kind") != "unspecified":
            self._kinds.add(v["kind"])
        if v.get("text") and (self._victims_text is None or key < self._victims_text[0]):
            self._victims_text = (key, v["text"])

    def summary(self) -> Summary:
        """:func:`summarise` of the members' reports in the member order."""
        if self._held is not None:
            self._build()
        ends, places = self._ends, self._places
        place = None
        if places:
            # (_best_place of them counted in the member order: the first of the best)
            scored = {p: _place_score(p, n) for p, (n, _) in places.items()}
            best = max(scored.values())
            place = min((first, p) for p, (_, first) in places.items() if scored[p] == best)[1]
        return Summary(
            documents=self._docs.values[:], outlets=self._outlets.values[:], via=self._via.values[:],
            independent=len(self._independent),
            as_of=ends[0] if ends else None, first_as_of=ends[1] if ends else None, period_start=self._start,
            place=place, speakers=self._speakers.values[:],
            scope=max(self._scopes.items(), key=lambda kv: (kv[1], kv[0]))[0] if self._scopes else None,
            claimant=self._claimant[2] if self._claimant else None,
            sides=frozenset(self._sides), kinds=frozenset(self._kinds),
            victims_text=self._victims_text[1] if self._victims_text else "",
            claims=self._claims[:],
        )


class KeptReports:
    """Reports already read of one ledger's members, by member (``(doc_key, claim_id)``), the
    most recently used kept (at most ``limit``); safe to share between threads. A stored claim
    and its document never change, so what was read of them holds; only the outlet a URL names
    depends on the table of known domains: a new table (``domains``, compared by identity)
    drops everything."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._kept: OrderedDict[tuple, Report] = OrderedDict()
        self._domains: object = None
        self._lock = threading.Lock()

    def _check(self, domains: object) -> None:
        if domains is not self._domains:
            self._kept.clear()
            self._domains = domains

    def find(self, keys: list[tuple], domains: object) -> list[Report] | None:
        """The reports of ``keys``, in their order; None unless every one is kept."""
        with self._lock:
            self._check(domains)
            kept = self._kept
            out = [kept.get(k) for k in keys]
            if None in out:
                return None
            for k in keys:
                kept.move_to_end(k)
            return out

    def keep(self, keys: list[tuple], reports: list[Report], domains: object) -> None:
        with self._lock:
            self._check(domains)
            kept = self._kept
            for k, r in zip(keys, reports):
                kept[k] = r
                kept.move_to_end(k)
            while len(kept) > self.limit:
                kept.popitem(last=False)
