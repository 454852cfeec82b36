"""The check: each news claim of a party against the series that party published.

For a claim whose claimant speaks for a series' party (``Speakers``) and whose metric, unit and
victims the series covers, the figure is read as the range its words allow ("more than 43,000":
43,000 up to the next 1,000; "nearly 43,000": above 42,000 up to 43,000; a bare "43,000": rounded,
42,500 to 43,500; "2,511": exactly; never wider than a tenth of the figure) and compared with the series around the claim's as-of date:

- ``matches``: a day within :data:`LAG_DAYS` of the claim (publication lag) fits, or, for a
  figure of one day ("950 killed on Sunday"), the increase of a day in the week before fits;
- ``stale``: only an earlier day (up to :data:`WINDOW_DAYS` before) fits: the outlet repeated
  an old figure; the day is named;
- ``differs``: a running total that no day within :data:`WINDOW_DAYS` fits: a misreport or a
  misattribution;
- ``not a tally``: a small figure of one event (partisans killed 70) that is neither the total
  nor a day's increase: the series does not speak to it;
- ``no series``: the party publishes series about these victims, but not this metric and unit;
- ``no figure`` (a vague claim) and ``undated`` (no as-of date).

Every revision of a day counts: a figure the party published and later corrected still matches.
"""
from __future__ import annotations

import bisect
import datetime as dt
import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator

from sqlalchemy import and_, delete, or_, select
from sqlalchemy.engine import Connection

from .lexicon import data_json
from .records import Claim
from .series import Series, all_series
from .tables import claims, documents, series_checks, series_points

LAG_DAYS = 2
WINDOW_DAYS = 14
DAY_WINDOW = 7  # a figure of one day ("on Sunday") is looked for in the week before the report
NOT_MATCHING = ("stale", "differs")
PAGE = 2000  # claims read at a time when checking the whole ledger


@dataclass(frozen=True)
class Verdict:
    verdict: str
    series_id: str | None = None
    party: str = ""
    claim_as_of: str | None = None
    series_as_of: str | None = None  # the series' day nearest before the claim's date
    series_value: float | None = None
    matched_as_of: str | None = None  # the day that fits (stale: the earlier day the outlet repeated)
    matched_value: float | None = None
    basis: str | None = None  # "cumulative" or "daily" (the day's increase)
    note: str | None = None


@lru_cache(maxsize=1)
def _words() -> dict:
    d = data_json("series_check.json")
    return {k: tuple(v) for k, v in d.items() if not k.startswith("_")}


def _has(text: str, words: Iterable[str]) -> bool:
    t = f" {text.lower()} "
    return any(f" {w} " in t or f" {w}," in t or f" {w}." in t for w in words)


def precision(x: float) -> float:
    """The rounding unit of a written figure: 43,000 -> 1,000; 950 -> 10; 2,511 -> 1."""
    if x <= 0 or not float(x).is_integer():
        return 1.0
    n, p = int(x), 1
    while n % 10 == 0 and n >= 10:
        n //= 10
        p *= 10
    return float(p)


def report_range(c: Claim) -> tuple[float, float] | None:
    """The counts a reported figure allows, from its qualifier and its own words."""
    if c.value is None:
        if c.low is not None and c.high is not None:
            return float(c.low), float(c.high)
        return None
    x, p = float(c.value), precision(float(c.value))
    words = c.count_text or ""
    w = _words()
    # "more than 43,000" was cut at the figure's precision (43,000 to 43,999) and a bare "43,000"
    # rounded to it (42,500 to 43,500), but never by more than a tenth ("nearly 1,000" is not 400).
    slack = max(1.0, min(p, 0.1 * x))
    if c.qualifier == "at_least" or _has(words, w["above_words"]):
        return x, x + slack - (1 if slack > 1 else 0)
    if c.qualifier == "at_most" or _has(words, w["below_words"]):
        return x - slack + (1 if slack > 1 else 0), x
    half = max(0.5, min(p / 2, 0.1 * x))
    return x - half, x + half


def _fits(values, rng: tuple[float, float]) -> float | None:
    for v in values:
        if rng[0] <= v <= rng[1]:
            return v
    return None


def _shift(day: str, n: int) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=n)).isoformat()


class Days:
    """A series' days, each with every revision's value (current value last)."""

    def __init__(self, rows: Iterable[tuple[str, float]]) -> None:
        by_day: dict[str, list[float]] = {}
        for day, value in rows:
            by_day.setdefault(day, []).append(value)
        self.days = sorted(by_day)
        self.values = [by_day[d] for d in self.days]

    def between(self, lo: str, hi: str) -> Iterator[tuple[str, list[float]]]:
        i = bisect.bisect_left(self.days, lo)
        while i < len(self.days) and self.days[i] <= hi:
            yield self.days[i], self.values[i]
            i += 1

    def on_or_before(self, day: str) -> tuple[str, float] | None:
        i = bisect.bisect_right(self.days, day) - 1
        return (self.days[i], self.values[i][-1]) if i >= 0 else None

    def increase(self, day: str) -> list[float]:
        """The day's increase over the day before (every revision pairing), if both are in the series."""
        i = bisect.bisect_left(self.days, day)
        if i <= 0 or i >= len(self.days) or self.days[i] != day or self.days[i - 1] != _shift(day, -1):
            return []
        return [v - u for v in self.values[i] for u in self.values[i - 1]]


def _tally_like(c: Claim, s: Series, at_date: float | None) -> bool:
    """Whether a figure claims to be the series' running total. Far below it (a tenth or less:
    "12 generals killed to date", one region's dead) it is a part, not the total."""
    if at_date and c.value is not None and c.value < 0.1 * at_date:
        return False
    if getattr(c, "scope", None) == "cumulative":
        return True
    if getattr(c, "scope", None) in ("event", "interval"):
        return False
    text = " ".join(e.sentence for e in c.evidence)
    if _has(text, _words()["tally_words"]):
        return True
    if c.period.start and s.since and c.period.start <= _shift(s.since, 7):
        return True
    return at_date is not None and c.value is not None and c.value >= 0.5 * at_date


def _day_like(c: Claim) -> bool:
    if getattr(c, "scope", None) in ("event", "interval"):
        return True
    return _has(" ".join(e.sentence for e in c.evidence), _words()["day_words"])


def judge(c: Claim, s: Series, days: Days, as_of: str | None) -> Verdict:
    """The verdict on one claim against one series (pure)."""
    base = dict(series_id=s.series_id, party=s.party, claim_as_of=as_of)
    if not as_of:
        return Verdict("undated", **base)
    if not any(True for _ in days.between(_shift(as_of, -WINDOW_DAYS), _shift(as_of, LAG_DAYS))):
        return Verdict("no series", **base, note="the series has no figures within two weeks of this date")
    near = days.on_or_before(as_of)
    base.update(series_as_of=near[0] if near else None, series_value=near[1] if near else None)
    rng = report_range(c)
    if rng is None:
        return Verdict("no figure", **base)

    def nearest(window, fit):
        found = [(abs((dt.date.fromisoformat(d) - dt.date.fromisoformat(as_of)).days), d > as_of, d, v)
                 for d, vals in window for v in [fit(d, vals)] if v is not None]
        return min(found)[2:] if found else None

    cum = lambda d, vals: _fits(vals, rng)  # noqa: E731
    daily = lambda d, vals: _fits(days.increase(d), rng)  # noqa: E731
    lag = list(days.between(_shift(as_of, -LAG_DAYS), _shift(as_of, LAG_DAYS)))
    day_hit = nearest(lag, daily)
    day_like = _day_like(c)
    if day_like and not day_hit:
        # "on Sunday", "earlier this week": a day's figure is told for days after.
        day_hit = nearest(days.between(_shift(as_of, -DAY_WINDOW), _shift(as_of, LAG_DAYS)), daily)
    if day_hit and day_like:
        return Verdict("matches", **base, matched_as_of=day_hit[0], matched_value=day_hit[1], basis="daily",
                       note=f"the increase reported on {day_hit[0]}")
    hit = nearest(lag, cum)
    if hit:
        return Verdict("matches", **base, matched_as_of=hit[0], matched_value=hit[1], basis="cumulative")
    earlier = list(days.between(_shift(as_of, -WINDOW_DAYS), _shift(as_of, -LAG_DAYS - 1)))
    old = max(((d, v) for d, vals in earlier for v in [cum(d, vals)] if v is not None), default=None)
    if old:
        return Verdict("stale", **base, matched_as_of=old[0], matched_value=old[1], basis="cumulative",
                       note=f"the figure of {old[0]}, {(dt.date.fromisoformat(as_of) - dt.date.fromisoformat(old[0])).days} days before")
    if day_hit:
        return Verdict("matches", **base, matched_as_of=day_hit[0], matched_value=day_hit[1], basis="daily",
                       note=f"the increase reported on {day_hit[0]}")
    if _tally_like(c, s, base["series_value"]):
        later = list(days.between(_shift(as_of, LAG_DAYS + 1), _shift(as_of, WINDOW_DAYS)))
        ahead = nearest(later, cum)
        note = f"fits only the later figure of {ahead[0]}" if ahead else None
        return Verdict("differs", **base, basis="cumulative", note=note)
    return Verdict("not a tally", **base)


# --- running the check over stored claims ------------------------------------------------------

class Checker:
    """The series of a ledger, loaded once, judging claims."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.series = all_series(conn)
        self._days: dict[str, Days] = {}
        self._speakers: dict[tuple, list[Series]] = {}  # a claimant's series (the rule per claimant, once)

    def days(self, sid: str) -> Days:
        if sid not in self._days:
            p = series_points.c
            self._days[sid] = Days(self.conn.execute(select(p.as_of, p.value).where(p.series_id == sid)
                                                     .order_by(p.as_of, p.current, p.revision)).all())
        return self._days[sid]

    def verdict(self, c: Claim, published: str | None = None) -> Verdict | None:
        """The verdict on a claim, or None when no series' party speaks through its claimant."""
        if c.stance == "denied":
            return None
        cl = c.claimant
        key = (cl.name, cl.affiliation, cl.kind, getattr(cl, "party", None))
        mine = self._speakers.get(key)
        if mine is None:
            mine = self._speakers[key] = [s for s in self.series if s.speakers.speaks_for(cl)]
        if not mine:
            return None
        as_of = c.period.end or (published or "")[:10] or None
        for s in mine:
            if s.covers(c):
                return judge(c, s, self.days(s.series_id), as_of)
        aff = getattr(c.victims, "affiliation", None)
        if aff and any((s.victims.affiliation or "") == aff for s in mine):
            return Verdict("no series", party=mine[0].party, claim_as_of=as_of)
        return None


def _row(doc_key: str, claim_id: str, v: Verdict) -> dict:
    return dict(doc_key=doc_key, claim_id=claim_id, series_id=v.series_id, party=v.party, verdict=v.verdict,
                claim_as_of=v.claim_as_of, series_as_of=v.series_as_of, series_value=v.series_value,
                matched_as_of=v.matched_as_of, matched_value=v.matched_value, basis=v.basis, note=v.note)


def check_document(conn: Connection, doc_key: str, found: Iterable[Claim], published: str | None = None,
                   checker: Checker | None = None) -> int:
    """Judge the claims of one stored document (on an open transaction); returns how many got a verdict."""
    checker = checker or Checker(conn)
    if not checker.series:
        return 0
    rows = [_row(doc_key, c.claim_id, v) for c in found for v in [checker.verdict(c, published)] if v is not None]
    if rows:
        conn.execute(series_checks.insert(), rows)
    return len(rows)


def check_all(conn: Connection) -> dict[str, int]:
    """Judge every stored claim afresh (after a series import); returns counts per verdict."""
    checker = Checker(conn)
    conn.execute(delete(series_checks))
    counts: dict[str, int] = {}
    if not checker.series:
        return counts
    affs = sorted({s.victims.affiliation or "" for s in checker.series} | ({""} if any(s.unnamed_victims for s in checker.series) else set()))
    q = (select(claims.c.doc_key, claims.c.claim_id, claims.c.record, documents.c.published)
         .select_from(claims.join(documents, documents.c.doc_key == claims.c.doc_key))
         .where(or_(claims.c.victims_affiliation.in_(affs), claims.c.victims_affiliation.is_(None)) if "" in affs
                else claims.c.victims_affiliation.in_(affs)).order_by(claims.c.doc_key, claims.c.claim_id).limit(PAGE))
    batch = []
    after = None
    while True:
        # Keyset pages: memory stays bounded however many claims the ledger holds.
        page = conn.execute(q if after is None else q.where(
            or_(claims.c.doc_key > after[0], and_(claims.c.doc_key == after[0], claims.c.claim_id > after[1])))).all()
        for doc_key, claim_id, record, published in page:
            c = Claim.from_dict(json.loads(record))
            v = checker.verdict(c, published)
            if v is None:
                continue
            counts[v.verdict] = counts.get(v.verdict, 0) + 1
            batch.append(_row(doc_key, c.claim_id, v))
        if batch:
            conn.execute(series_checks.insert(), batch)
            batch = []
        if len(page) < PAGE:
            break
        after = (page[-1][0], page[-1][1])
    if batch:
        conn.execute(series_checks.insert(), batch)
    return counts


@dataclass(frozen=True)
class Report:
    """A checked news report: the claim, where it appeared and the verdict."""

    claim: Claim
    doc_key: str
    doc_id: str
    outlet: str
    url: str | None
    published: str | None
    verdict: Verdict
    metric: str | None
    unit: str | None

    def to_dict(self) -> dict:
        v = self.verdict
        return {"verdict": v.verdict, "party": v.party, "outlet": self.outlet, "doc_id": self.doc_id,
                "doc_key": self.doc_key, "url": self.url, "published": self.published,
                "claim_id": self.claim.claim_id, "metric": self.claim.metric, "unit": self.claim.unit,
                "value": self.claim.value, "qualifier": self.claim.qualifier, "count_text": self.claim.count_text,
                "claimant": self.claim.claimant.name, "victims": self.claim.victims.affiliation,
                "claim_as_of": v.claim_as_of, "series_id": v.series_id, "series_as_of": v.series_as_of,
                "series_value": _num(v.series_value), "matched_as_of": v.matched_as_of,
                "matched_value": _num(v.matched_value), "basis": v.basis, "note": v.note,
                "evidence": self.claim.evidence[0].sentence if self.claim.evidence else ""}


def _num(x):
    return int(x) if isinstance(x, float) and x.is_integer() else x


def reports(conn: Connection, party: str | None = None, since: str | None = None, until: str | None = None,
            verdicts: Iterable[str] | None = NOT_MATCHING, doc_key: str | None = None,
            claim_ids: Iterable[str] | None = None) -> list[Report]:
    """Checked reports, filtered; by default those that do not match (stale, differs)."""
    from .outlets import outlet_of

    k, d = series_checks.c, documents.c
    q = (select(series_checks, claims.c.record, d.doc_id, d.outlet, d.url, d.published)
         .select_from(series_checks.join(claims, (claims.c.doc_key == k.doc_key) & (claims.c.claim_id == k.claim_id))
                      .join(documents, d.doc_key == k.doc_key))
         .order_by(k.claim_as_of, d.doc_id, k.claim_id))
    if verdicts is not None:
        q = q.where(k.verdict.in_(list(verdicts)))
    if party:
        q = q.where(k.party.ilike(f"%{party}%"))
    if since:
        q = q.where(k.claim_as_of >= since)
    if until:
        q = q.where(k.claim_as_of <= until)
    if doc_key:
        q = q.where(k.doc_key == doc_key)
    if claim_ids is not None:
        q = q.where(k.claim_id.in_(list(claim_ids)))
    sids = {s.series_id: s for s in all_series(conn)}
    out = []
    for r in conn.execute(q):
        v = Verdict(r.verdict, r.series_id, r.party, r.claim_as_of, r.series_as_of, r.series_value, r.matched_as_of,
                    r.matched_value, r.basis, r.note)
        s = sids.get(r.series_id)
        out.append(Report(Claim.from_dict(json.loads(r.record)), r.doc_key, r.doc_id, outlet_of(r.outlet, r.url, r.doc_id),
                          r.url, r.published, v, s.metric if s else None, s.unit if s else None))
    return out
