"""Table views in Datasette's manner over the ledger's tables: exact-value facets with counts
that narrow the view, a row count, column sorting and the whole filtered view as CSV or JSON.

A :class:`View` names its table, the facets it offers (URL parameter -> column), the columns
it sorts by and its free-text filters. :func:`read_query` turns a request's parameters into a
:class:`Query` (bad values raise :class:`BadParameter` naming the parameter); ``select_rows``,
``count``, ``facets`` and ``stream`` run it. The URL is the whole state: the same URL gives the
same rows, and every link (facet, sort, page, export) is built from it.
"""
from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Iterator
from urllib.parse import urlencode

from sqlalchemy import func, or_, select, tuple_
from sqlalchemy.engine import Connection

from ..outlets import outlet_of
from ..tables import claims, conflicts, documents, entries
from .errors import BadParameter, iso_date

NONE = "__none__"  # the facet value for "not stated" (NULL or empty)
FACET_SIZE = 12


def _like_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@dataclass(frozen=True)
class Facet:
    """An exact-value filter with counts. ``column`` groups in SQL; ``json_list`` columns (a
    JSON array of names) and ``json_key`` columns (a JSON object; ``key`` names the field) are
    counted in Python over the filtered rows' column only."""

    param: str
    label: str
    column: Callable
    kind: str = "column"  # column | json_list | json_key
    key: str = ""
    shown: Callable[[str], str] = str
    ascii: bool = True  # how the column's JSON was written (json.dumps' ensure_ascii)
    none_label: str = "not stated"

    def _json(self, value: str) -> str:
        return json.dumps(value, ensure_ascii=self.ascii)

    def where(self, value: str):
        col = self.column()
        if self.kind == "json_list":
            return col.like(f"%{_like_escape(self._json(value))}%", escape="\\")
        if self.kind == "json_key":
            if value == NONE:
                return or_(col.is_(None), col.like(f'%"{self.key}": null%'), ~col.like(f'%"{self.key}": %'))
            frag = f'"{self.key}": {self._json(value)}'
            return or_(col.like(f"%{_like_escape(frag)},%", escape="\\"), col.like(f"%{_like_escape(frag)}}}%", escape="\\"))
        if value == NONE:
            return or_(col.is_(None), col == "")
        return col == value


@dataclass(frozen=True)
class View:
    name: str
    table: object
    facets: tuple[Facet, ...]
    sorts: dict[str, Callable]  # sort key -> column
    default_order: Callable[[], tuple]
    text: dict[str, Callable] = field(default_factory=dict)  # free-text param -> (value -> where)
    dates: tuple[str, ...] = ()  # date params: since / until compare ``date_column``
    date_column: Callable | None = None
    tiebreak: Callable | None = None
    path: str = "/"  # the page's path, for links
    keys: Callable[[], list] = lambda: []  # the columns that name one row


@dataclass(frozen=True)
class Query:
    view: View
    facets: dict[str, str]
    text: dict[str, str]
    since: str | None
    until: str | None
    sort: str | None
    desc: bool
    params: dict[str, str]  # the URL's parameters this query understood, for links

    def where(self) -> list:
        v = self.view
        out = [f.where(self.facets[f.param]) for f in v.facets if f.param in self.facets]
        out += [v.text[k](val) for k, val in self.text.items()]
        if self.since and v.date_column is not None:
            out.append(v.date_column() >= self.since)
        if self.until and v.date_column is not None:
            out.append(v.date_column() <= self.until)
        return out

    def order(self) -> tuple:
        v = self.view
        if self.sort:
            col = v.sorts[self.sort]()
            col = col.desc().nulls_last() if self.desc else col.asc().nulls_last()
            return (col, *v.tiebreak()) if v.tiebreak else (col,)
        return v.default_order()

    # --- links ---------------------------------------------------------------------------

    def link(self, path: str | None = None, **change) -> str:
        """This query's URL with ``change`` applied (None removes a parameter); paging restarts."""
        p = {k: v for k, v in self.params.items() if k != "page"}
        for k, val in change.items():
            if val is None:
                p.pop(k, None)
            else:
                p[k] = val
        return (self.view.path if path is None else path) + ("?" + urlencode(p) if p else "")

    def sort_link(self, key: str) -> str:
        """Sort by ``key``: descending first for figures and dates, then flipping on each click."""
        if self.sort == key:
            return self.link(_sort=key if self.desc else None, _sort_desc=None if self.desc else key)
        return self.link(_sort=None, _sort_desc=key)

    def sort_mark(self, key: str) -> str:
        return ("▼" if self.desc else "▲") if self.sort == key else ""


def read_query(view: View, params, extra: tuple[str, ...] = ()) -> Query:
    """The view's query from request parameters (a mapping); unknown parameters are ignored."""
    def get(name):
        value = params.get(name)
        if value is not None and len(value) > 500:
            raise BadParameter(name, "longer than 500 characters")
        return value or None

    facets = {f.param: get(f.param) for f in view.facets if get(f.param)}
    text = {k: get(k) for k in view.text if get(k)}
    since = iso_date("since", get("since")) if "since" in view.dates else None
    until = iso_date("until", get("until")) if "until" in view.dates else None
    if since and until and since > until:
        raise BadParameter("since", f"{since} is after until {until}")
    sort, desc = get("_sort"), False
    if get("_sort_desc"):
        sort, desc = get("_sort_desc"), True
    if sort and sort not in view.sorts:
        raise BadParameter("_sort_desc" if desc else "_sort", f"{sort[:40]!r} is not a column of this table "
                           f"(one of: {', '.join(view.sorts)})")
    keep = {**facets, **text, **({"since": since} if since else {}), **({"until": until} if until else {})}
    if sort:
        keep["_sort_desc" if desc else "_sort"] = sort
    for name in extra:
        if get(name):
            keep[name] = get(name)
    return Query(view, facets, text, since, until, sort, desc, keep)


def _needs_documents(q: Query, columns=()) -> bool:
    """A claims query joins the documents table only for what lives there (the outlet)."""
    if q.view.name != "claims":
        return False
    return "outlet" in q.facets or q.sort == "outlet" or any(getattr(c, "table", None) is documents for c in columns)


def base(q: Query, columns, documents_too: bool | None = None) -> object:
    cols = list(columns) if isinstance(columns, (list, tuple)) else [columns]
    stmt = select(*cols)
    if q.view.name == "claims" and (documents_too if documents_too is not None else _needs_documents(q, cols)):
        stmt = stmt.select_from(claims.join(documents, documents.c.doc_key == claims.c.doc_key))
    elif q.view.name == "conflicts":
        stmt = stmt.select_from(_conflict_join())
    else:
        stmt = stmt.select_from(q.view.table)
    for w in q.where():
        stmt = stmt.where(w)
    return stmt


def count(conn: Connection, q: Query) -> int:
    return conn.execute(base(q, func.count())).scalar_one()


FACET_SCAN_MAX = 100_000  # more rows than this in view: facets wait for a narrower view (about 1 s at 100k claims)


def facets(conn: Connection, q: Query, size: int = FACET_SIZE, total: int | None = None) -> list[dict] | None:
    """Each facet's top values with counts, over the rows the query keeps (one scan of the
    facet columns, not one query per facet). Above
    :data:`FACET_SCAN_MAX` rows it returns None (the page says to narrow the view)."""
    if total is not None and total > FACET_SCAN_MAX:
        return None
    fs = q.view.facets
    cols = list(dict.fromkeys(f.column() for f in fs))
    rows = conn.execute(base(q, cols)).all()
    # One pass over the facet columns; each column's texts counted at C speed, then each
    # distinct JSON text read once.
    by_text = [Counter(r[i] for r in rows) for i in range(len(cols))]
    tallies: list[dict] = []
    for f in fs:
        tally: dict[str, int] = {}
        for raw, n in by_text[cols.index(f.column())].items():
            if f.kind == "column":
                v = raw if raw not in (None, "") else NONE
                tally[v] = tally.get(v, 0) + n
            elif f.kind == "json_list":
                for name in set(json.loads(raw) if raw else ()):
                    tally[name] = tally.get(name, 0) + n
            else:
                v = (json.loads(raw) if raw else {}).get(f.key) or NONE
                tally[v] = tally.get(v, 0) + n
        tallies.append(tally)
    out = []
    for f, tally in zip(fs, tallies):
        if f.kind == "json_key" and set(tally) <= {NONE}:
            continue  # a field no record carries yet (e.g. the claimant's party)
        counts = sorted(tally.items(), key=lambda kv: (-kv[1], kv[0]))[: size + 1]
        chosen = q.facets.get(f.param)
        items = [{"value": v, "label": f.none_label if v == NONE else f.shown(v), "count": n,
                  "selected": v == chosen, "link": q.link(**{f.param: None if v == chosen else v})}
                 for v, n in counts[:size]]
        if chosen and not any(i["selected"] for i in items):
            items.insert(0, {"value": chosen, "label": f.none_label if chosen == NONE else f.shown(chosen), "count": 0,
                             "selected": True, "link": q.link(**{f.param: None})})
        if items:
            out.append({"param": f.param, "label": f.label, "values": items, "more": len(counts) > size})
    return out


def page_of(q: Query, total: int, page: int, per: int) -> dict:
    """Paging for ``total`` rows; a page past the last is answered with the last and a note."""
    last = max(1, math.ceil(total / per))
    note = None
    if page > last:
        note = f"There are {total:,} rows: page {page:,} is past the last page ({last:,}); showing page {last:,}."
        page = last
    link = lambda p: q.link(page=p) if p > 1 else q.link()  # noqa: E731
    return {"page": page, "last": last, "total": total, "offset": (page - 1) * per, "note": note,
            "prev": link(page - 1) if page > 1 else None, "next": link(page + 1) if page < last else None}


def select_rows(conn: Connection, q: Query, columns, limit: int | None = None, offset: int = 0) -> list:
    """One page of rows. The page's keys are chosen first (sorting and skipping only the keys,
    not the wide rows), then those rows fetched: a deep page costs a sort of keys, not of records."""
    keys = q.view.keys()
    stmt = base(q, keys).order_by(*q.order())
    if limit is not None:
        stmt = stmt.limit(limit)
    if offset:
        stmt = stmt.offset(offset)
    wanted = [tuple(r) for r in conn.execute(stmt)]
    if not wanted:
        return []
    key_cols = [c for c in keys]
    fetch = select(*columns, *[c.label(f"_key{i}") for i, c in enumerate(key_cols)])
    if q.view.name == "claims":
        fetch = fetch.select_from(claims.join(documents, documents.c.doc_key == claims.c.doc_key))
    elif q.view.name == "conflicts":
        fetch = fetch.select_from(_conflict_join())
    match = tuple_(*key_cols).in_(wanted) if len(key_cols) > 1 else key_cols[0].in_([w[0] for w in wanted])
    found = {tuple(getattr(r, f"_key{i}") for i in range(len(key_cols))): r for r in conn.execute(fetch.where(match))}
    return [found[w] for w in wanted if w in found]


def stream(engine, q: Query, columns, batch: int = 500) -> Iterator:
    """Every row of the query, read in batches from one server-side cursor (memory bounded)."""
    with engine.connect() as conn:
        result = conn.execution_options(stream_results=True, yield_per=batch).execute(base(q, columns).order_by(*q.order()))
        yield from result


# --- the views -----------------------------------------------------------------------------

def _contains(col):
    return lambda value: func.lower(col).like(f"%{_like_escape(value.lower())}%", escape="\\")


def _entries_text(value: str):
    pat = f"%{_like_escape(value.lower())}%"
    c = entries.c
    return or_(*(func.lower(x).like(pat, escape="\\") for x in (c.victims_text, c.claimant, c.location, c.outlets)))


def _victims(value: str):
    pat = f"%{_like_escape(value.lower())}%"
    c = entries.c
    return or_(*(func.lower(x).like(pat, escape="\\") for x in (c.victims_affiliation, c.victims_kind, c.victims_text)))


def _shown_metric(v: str) -> str:
    return v.replace("_", " ")


E = entries.c
LEDGER = View(
    name="ledger", table=entries,
    facets=(
        Facet("metric", "Metric", lambda: E.metric, shown=_shown_metric),
        Facet("side", "Victims' side", lambda: E.victims_affiliation),
        Facet("kind", "Victims' kind", lambda: E.victims_kind),
        # the party column when the schema has one (records with Claimant.party), else the JSON field
        Facet("party", "Claimant's party", lambda: E.party) if "party" in E
        else Facet("party", "Claimant's party", lambda: E.claimant, kind="json_key", key="party"),
        *((Facet("scope", "Span", lambda: E.scope, none_label="not said"),) if "scope" in E else ()),
        Facet("claimant_name", "Claimant", lambda: E.claimant, kind="json_key", key="name"),
        Facet("location", "Place", lambda: E.location, none_label="no town or region"),
        Facet("outlet", "Outlet", lambda: E.outlets, kind="json_list"),
    ),
    sorts={"claimant": lambda: E.claimant_key, "value": lambda: func.coalesce(E.value, E.low), "location": lambda: E.location,
           "as_of": lambda: E.as_of, "documents": lambda: E.n_documents, "independent": lambda: E.independent_reports,
           "metric": lambda: E.metric, "side": lambda: E.victims_affiliation},
    default_order=lambda: (E.victims_affiliation, E.victims_kind, E.metric, E.as_of.asc().nulls_first(), E.entry_id),
    text={"claimant": _contains(E.claimant), "victims": _victims, "place": _contains(E.location_record), "q": _entries_text},
    dates=("since", "until"), date_column=lambda: E.as_of, tiebreak=lambda: (E.entry_id,), keys=lambda: [E.entry_id],
)

C = claims.c
D = documents.c
CLAIMS = View(
    name="claims", table=claims,
    facets=(
        Facet("metric", "Metric", lambda: C.metric, shown=_shown_metric),
        Facet("side", "Victims' side", lambda: C.victims_affiliation),
        Facet("kind", "Victims' kind", lambda: C.victims_kind),
        *((Facet("party", "Claimant's party", lambda: C.claimant_party),) if "claimant_party" in C else ()),
        Facet("claimant_name", "Claimant", lambda: C.claimant_name),
        *((Facet("scope", "Span", lambda: C.scope, none_label="not said"),) if "scope" in C else ()),
        Facet("location", "Place", lambda: C.location),
        Facet("outlet", "Outlet", lambda: D.outlet),
        Facet("stance", "Stance", lambda: C.stance),
    ),
    sorts={"doc": lambda: C.doc_id, "metric": lambda: C.metric, "value": lambda: func.coalesce(C.value, C.low),
           "claimant": lambda: C.claimant_name, "location": lambda: C.location, "as_of": lambda: C.as_of,
           "outlet": lambda: D.outlet},
    default_order=lambda: (C.doc_id, C.position, C.claim_id),
    text={"claimant": _contains(C.claimant_name), "victims": _contains(C.victims_affiliation), "q": _contains(C.record)},
    dates=("since", "until"), date_column=lambda: C.as_of, tiebreak=lambda: (C.doc_key, C.claim_id), path="/claims",
    keys=lambda: [C.doc_key, C.claim_id],
)

DOCUMENTS = View(
    name="documents", table=documents,
    facets=(Facet("outlet", "Outlet", lambda: D.outlet),),
    sorts={"title": lambda: D.title, "outlet": lambda: D.outlet, "published": lambda: D.published,
           "claims": lambda: D.n_claims, "added": lambda: D.ingested_at},
    default_order=lambda: (D.ingested_at.desc(), D.doc_id),
    text={"q": _contains(D.text)},
    dates=("since", "until"), date_column=lambda: D.published, tiebreak=lambda: (D.doc_key,), path="/documents",
    keys=lambda: [D.doc_key],
)

K = conflicts.c
_EA, _EB = entries.alias("ea"), entries.alias("eb")


def _conflict_join():
    return conflicts.join(_EA, _EA.c.entry_id == K.entry_a).join(_EB, _EB.c.entry_id == K.entry_b)


def _conflict_claimant(value: str):
    pat = f"%{_like_escape(value.lower())}%"
    return or_(func.lower(_EA.c.claimant).like(pat, escape="\\"), func.lower(_EB.c.claimant).like(pat, escape="\\"))


CONFLICTS = View(
    name="conflicts", table=conflicts,
    facets=(
        Facet("metric", "Metric", lambda: K.metric, shown=_shown_metric),
        Facet("side", "Victims' side", lambda: K.victims_affiliation),
        Facet("kind", "Victims' kind", lambda: K.victims_kind),
        Facet("location", "Place", lambda: K.location, none_label="no town or region"),
    ),
    sorts={"period": lambda: K.period_end, "gap": lambda: K.gap, "metric": lambda: K.metric,
           "side": lambda: K.victims_affiliation},
    default_order=lambda: (K.metric, K.victims_affiliation, K.period_end, K.entry_a, K.entry_b),
    text={"victims": lambda v: or_(_contains(K.victims_affiliation)(v), _contains(K.victims_kind)(v)),
          "claimant": _conflict_claimant},
    dates=("since", "until"), date_column=lambda: K.period_end, tiebreak=lambda: (K.entry_a, K.entry_b), path="/conflicts",
    keys=lambda: [K.entry_a, K.entry_b],
)

# Row columns each view reads (the conflicts' entries come as their stored JSON records).
COLUMNS = {
    "ledger": [entries],
    "claims": [C.record, C.doc_key, D.outlet, D.url],
    "documents": [D.doc_key, D.doc_id, D.outlet, D.url, D.published, D.title, D.n_claims, D.ingested_at],
    "conflicts": [K.metric, K.victims_affiliation, K.victims_kind, K.location, K.period_start, K.period_end, K.gap,
                  _EA.c.record.label("a"), _EB.c.record.label("b")],
}


def document_outlet(row) -> str:
    return outlet_of(row.outlet, row.url, row.doc_id)


__all__ = ["CLAIMS", "COLUMNS", "CONFLICTS", "DOCUMENTS", "LEDGER", "NONE", "Facet", "Query", "View", "count", "facets",
           "page_of", "read_query", "select_rows", "stream"]
