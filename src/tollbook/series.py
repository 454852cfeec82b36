"""A party's own published series: the running tallies a party publishes (a general staff's
daily count of the enemy's losses, a UN mission's verified civilian deaths), imported from CSV
with a mapping and kept with every revision.

A mapping says who published the file (the claimant and its party), whose losses it counts
(the victims), which column holds the date and, for each figure column, the metric and unit it
states in the words extraction uses (``killed:people``, ``destroyed:tanks``). Each dated figure
is a claim of that party with scope ``cumulative`` whose evidence is the file and line.

Importing is idempotent: a figure already stored is left alone; a later file that changes a
day adds a revision (the earlier figure is kept). A *corrections* file holds the changes a party
announced with a day's figures ("of today's increase, -25 armoured vehicles are a correction"):
each non-zero cell revises the party's tally of the day before it.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from .records import Claim, Claimant, Evidence, Period, Victims, stable_id
from .series_map import (_QUALIFIERS, ColumnMap, Mapping, MappingError, Speakers, _norm, bundled_general_staff,  # noqa: F401
                         load_mapping, mapping_files, mapping_from_dict, mapping_from_flags, parse_map, parse_victims)
from .tables import series, series_points

MAX_FILE_BYTES = 50_000_000


@dataclass(frozen=True)
class SeriesPoint:
    """One dated figure of a series, as one revision."""

    series_id: str
    as_of: str
    value: float
    qualifier: str
    revision: int
    source: str
    line: int
    note: str | None = None
    column: str | None = None


@dataclass(frozen=True)
class ImportResult:
    source: str
    rows: int
    new: int  # days not stored before
    revised: int  # days stored before with another figure: a revision added
    unchanged: int
    errors: int


@dataclass(frozen=True)
class SeriesError:
    """A line of a series file that could not be read."""

    source: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.message}"


def series_id(m: Mapping, col: ColumnMap) -> str:
    return stable_id("series", _norm(m.claimant.name or m.party), col.metric, col.unit, m.victims.affiliation or "",
                     m.victims.kind)


# --- reading -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Row:
    """One figure read from a file: its day, column, value and line."""

    as_of: str
    column: ColumnMap
    value: float
    qualifier: str
    line: int


def _date(text: str) -> str | None:
    text = text.strip()
    for fmt in ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%Y/%m/%d"):
        try:
            return dt.datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _number(text: str) -> float | None:
    t = text.strip().replace(",", "").replace("\u202f", "").replace(" ", "").lstrip("~≈+")
    try:
        v = float(t)
    except ValueError:
        return None
    return v if v == v and abs(v) < 1e15 else None


def read_rows(path: str | Path, m: Mapping, name: str | None = None) -> Iterator[Row | SeriesError]:
    """The figures of a series file, one :class:`Row` per non-empty mapped cell; a line that
    cannot be read is one :class:`SeriesError` naming file and line."""
    path = Path(path)
    name = name or path.name
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            yield SeriesError(name, 0, f"larger than {MAX_FILE_BYTES:,} bytes")
            return
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as e:
        yield SeriesError(name, 0, f"cannot read: {e.strerror or e}")
        return
    except UnicodeDecodeError:
        yield SeriesError(name, 0, "not UTF-8 text")
        return
    if "\x00" in text:
        yield SeriesError(name, 0, "binary file, not CSV")
        return
    sample = text[:4096]
    delim = "\t" if sample.count("\t") > sample.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delim)
    header = next(reader, None)
    if not header:
        yield SeriesError(name, 1, "empty file")
        return
    header = [h.strip() for h in header]
    index = {h: i for i, h in enumerate(header)}
    missing = [c for c in [m.date_column] + [c.column for c in m.columns] if c not in index]
    if m.date_column in missing or len(missing) == len(m.columns) + (m.date_column in missing):
        yield SeriesError(name, 1, f"no column {', '.join(repr(c) for c in missing)} (columns: {', '.join(header[:20])})")
        return
    cols = [c for c in m.columns if c.column in index]
    seen: set[tuple[str, str]] = set()
    while True:
        try:
            rec = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            yield SeriesError(name, reader.line_num, f"malformed CSV: {e}")
            continue
        line = reader.line_num
        if not any(x.strip() for x in rec):
            continue
        day = _date(rec[index[m.date_column]]) if index[m.date_column] < len(rec) else None
        if day is None:
            yield SeriesError(name, line, f"no date in column {m.date_column!r}")
            continue
        for c in cols:
            cell = rec[index[c.column]].strip() if index[c.column] < len(rec) else ""
            if not cell:
                continue
            value = _number(cell)
            if value is None:
                yield SeriesError(name, line, f"{c.column}: {cell[:40]!r} is not a number")
                continue
            if not m.corrections and value < 0:
                yield SeriesError(name, line, f"{c.column}: a running total cannot be negative ({cell[:40]})")
                continue
            if m.corrections and value == 0:
                continue
            key = (day, c.metric + ":" + c.unit)
            if key in seen:
                yield SeriesError(name, line, f"{c.column}: a second figure for {day} ({c.metric} {c.unit}); kept the first")
                continue
            seen.add(key)
            q = "exact"
            if c.qualifier_column and c.qualifier_column in index and index[c.qualifier_column] < len(rec):
                q = m.qualifiers.get(rec[index[c.qualifier_column]].strip().lower(), "exact")
            yield Row(day, c, value, q if q in _QUALIFIERS else "exact", line)


# --- storing -----------------------------------------------------------------------------

def _ensure_series(conn: Connection, m: Mapping, col: ColumnMap) -> str:
    sid = series_id(m, col)
    row = dict(series_id=sid, party=m.party,
               claimant=json.dumps({"name": m.claimant.name, "affiliation": m.claimant.affiliation, "kind": m.claimant.kind}),
               metric=col.metric, metrics=json.dumps(list(col.metrics)), unit=col.unit,
               victims_affiliation=m.victims.affiliation or "", victims_kind=m.victims.kind, victims_text=m.victims.text,
               victim_kinds=json.dumps(list(m.kinds())), unnamed_victims=int(col.unit in m.unnamed_victims), speakers=json.dumps(m.speakers.to_dict()), since=m.since,
               column=col.column)
    if conn.execute(select(series.c.series_id).where(series.c.series_id == sid)).first():
        if not m.corrections:
            conn.execute(update(series).where(series.c.series_id == sid).values(
                {k: v for k, v in row.items() if k not in ("series_id", "column")}))
    else:
        conn.execute(series.insert(), row)
    return sid


def _days(conn: Connection, sid: str) -> dict[str, list]:
    """Every stored revision of a series by day, oldest revision first."""
    p = series_points.c
    out: dict[str, list] = {}
    for r in conn.execute(select(p.as_of, p.revision, p.value, p.qualifier, p.source, p.line, p.note)
                          .where(p.series_id == sid).order_by(p.as_of, p.revision)):
        out.setdefault(r.as_of, []).append(r)
    return out


def import_file(conn: Connection, path: str | Path, m: Mapping, name: str | None = None,
                on_error: Callable[[SeriesError], None] | None = None) -> ImportResult:
    """Read one series file and store its figures on an open transaction (the caller commits
    it whole). Unreadable lines are passed to ``on_error`` and skipped."""
    name = name or Path(path).name
    rows: list[Row] = []
    errors = 0
    for item in read_rows(path, m, name):
        if isinstance(item, SeriesError):
            errors += 1
            if on_error:
                on_error(item)
        else:
            rows.append(item)
    now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    by_col: dict[ColumnMap, list[Row]] = {}
    for r in rows:
        by_col.setdefault(r.column, []).append(r)
    new = revised = unchanged = 0
    inserts: list[dict] = []
    retire: list[tuple[str, str]] = []
    for col, col_rows in by_col.items():
        sid = _ensure_series(conn, m, col)
        days = _days(conn, sid)
        ordered = sorted(days)
        for r in sorted(col_rows, key=lambda r: r.as_of):
            if m.corrections:
                # The day's figure already holds the correction: it revises the tally before it.
                i = _before(ordered, r.as_of)
                if i is None:
                    errors += 1
                    if on_error:
                        on_error(SeriesError(name, r.line, f"{col.column}: a correction on {r.as_of} but no earlier day in the series"))
                    continue
                target = ordered[i]
                value = days[target][0].value + r.value
                note = f"corrected by {r.value:+,g} with the figures of {r.as_of}"
                day, qualifier = target, days[target][-1].qualifier
            else:
                day, value, qualifier, note = r.as_of, r.value, r.qualifier, None
            revs = days.get(day)
            # The same file again changes nothing: a day is unchanged when the party's latest
            # published figure (or, for a correction, that correction) is already stored.
            if m.corrections:
                same = any(x.note is not None and x.value == value for x in revs or ())
            else:
                published = [x for x in revs or () if x.note is None]
                same = bool(published) and published[-1].value == value and published[-1].qualifier == qualifier
            if same:
                unchanged += 1
                continue
            if revs:
                revised += 1
                retire.append((sid, day))
            else:
                new += 1
            rev = len(revs) if revs else 0
            inserts.append(dict(series_id=sid, as_of=day, revision=rev, value=value, qualifier=qualifier, current=1,
                                source=name, line=r.line, column=col.column, note=note, imported_at=now))
            days.setdefault(day, []).append(_Stored(day, rev, value, qualifier, name, r.line, note))
            if day not in ordered:
                ordered.insert(_insert_at(ordered, day), day)
    p = series_points.c
    for sid, day in retire:
        conn.execute(update(series_points).where(p.series_id == sid, p.as_of == day).values(current=0))
    if inserts:
        conn.execute(series_points.insert(), inserts)
    return ImportResult(name, len(rows), new, revised, unchanged, errors)


@dataclass(frozen=True)
class _Stored:
    as_of: str
    revision: int
    value: float
    qualifier: str
    source: str
    line: int
    note: str | None


def _before(ordered: list[str], day: str) -> int | None:
    import bisect

    i = bisect.bisect_left(ordered, day) - 1
    return i if i >= 0 else None


def _insert_at(ordered: list[str], day: str) -> int:
    import bisect

    return bisect.bisect_left(ordered, day)


# --- reading back ------------------------------------------------------------------------

@dataclass(frozen=True)
class Series:
    series_id: str
    party: str
    claimant: dict
    metric: str
    metrics: tuple[str, ...]
    unit: str
    victims: Victims
    victim_kinds: tuple[str, ...]
    speakers: Speakers
    since: str | None
    column: str
    unnamed_victims: bool = False

    def covers(self, claim) -> bool:
        """Whether a claim is about this series' metric, unit and victims."""
        v = getattr(claim, "victims", None)
        if v is None or getattr(claim, "metric", None) not in self.metrics or getattr(claim, "unit", None) != self.unit:
            return False
        aff = getattr(v, "affiliation", None) or ""
        if aff != (self.victims.affiliation or "") and not (self.unnamed_victims and not aff):
            return False
        return getattr(v, "kind", None) in self.victim_kinds

    def to_dict(self) -> dict:
        return {"series_id": self.series_id, "party": self.party, "claimant": self.claimant, "metric": self.metric,
                "metrics": list(self.metrics), "unit": self.unit,
                "victims": {"text": self.victims.text, "affiliation": self.victims.affiliation, "kind": self.victims.kind},
                "since": self.since, "column": self.column}


def _series(r) -> Series:
    return Series(r.series_id, r.party, json.loads(r.claimant), r.metric, tuple(json.loads(r.metrics)), r.unit,
                  Victims(r.victims_text or "", r.victims_affiliation or None, r.victims_kind),
                  tuple(json.loads(r.victim_kinds)), Speakers.from_dict(json.loads(r.speakers)), r.since, r.column,
                  bool(r.unnamed_victims))


def all_series(conn: Connection, party: str | None = None) -> list[Series]:
    q = select(series).order_by(series.c.party, series.c.metric, series.c.unit, series.c.series_id)
    out = [_series(r) for r in conn.execute(q)]
    if party:
        p = party.lower()
        out = [s for s in out if p in s.party.lower() or p in (s.claimant.get("name") or "").lower()]
    return out


def points(conn: Connection, series_id: str, current_only: bool = True) -> list[SeriesPoint]:
    p = series_points.c
    q = select(series_points).where(p.series_id == series_id).order_by(p.as_of, p.revision)
    if current_only:
        q = q.where(p.current == 1)
    return [SeriesPoint(r.series_id, r.as_of, r.value, r.qualifier, r.revision, r.source, r.line, r.note, r.column)
            for r in conn.execute(q)]


def point_claim(s: Series, pt: SeriesPoint) -> Claim:
    """A series figure as a claim of its party: the evidence is the file and line."""
    c = s.claimant
    value = int(pt.value) if float(pt.value).is_integer() else pt.value
    text = f"{pt.source} line {pt.line}: {pt.column or s.column} = {value:,}" + (f" ({pt.note})" if pt.note else "")
    return Claim(doc_id=f"series:{pt.source}", claim_id=stable_id("point", s.series_id, pt.as_of, pt.revision),
                 metric=s.metric, unit=s.unit, value=value, low=None, high=None, qualifier=pt.qualifier,
                 count_text=f"{value:,}", victims=s.victims,
                 claimant=Claimant(text=c.get("name") or s.party, name=c.get("name"), affiliation=c.get("affiliation"),
                                   kind=c.get("kind") or "official"),
                 period=Period(s.since, pt.as_of), evidence=(Evidence(text, 0, len(text)),))


def point_record(s: Series, pt: SeriesPoint) -> dict:
    """The claim record of a series figure, with ``scope`` and where it came from."""
    return {**point_claim(s, pt).to_dict(), "scope": "cumulative", "series_id": s.series_id, "revision": pt.revision,
            "source": {"file": pt.source, "line": pt.line}, "note": pt.note}
