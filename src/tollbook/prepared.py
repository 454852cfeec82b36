"""Statements of the write path, run straight on the database driver.

Ingest runs some fifteen small statements per document. Through SQLAlchemy each execution is
checked, compiled from its cache, wrapped and its result set up again: measured, that costs
about 0.1 ms a statement, more than SQLite's own work, and made up ~45% of the writer's time.
A :class:`Prepared` statement is compiled once per database dialect (and set of columns) to its
SQL text; each execution then goes to the driver's cursor on the SQLAlchemy connection's own
open transaction, so commit and rollback stay SQLAlchemy's and a failure still rolls back
everything the transaction wrote. SQLite's driver keeps the statements prepared by their text;
psycopg prepares those it sees often on the server.

Values go through the same bind processors SQLAlchemy would apply (``Float`` on SQLite), and
rows come back as named tuples. A statement this cannot compile to plain text (expanding IN
lists, result processors) simply runs through SQLAlchemy.
"""
from __future__ import annotations

from collections import namedtuple
from operator import itemgetter
from typing import Any, Iterable, Mapping

from sqlalchemy.engine import Connection


class Prepared:
    """A Core statement compiled once per dialect; :meth:`all`, :meth:`one`, :meth:`run`."""

    def __init__(self, stmt) -> None:
        self.stmt = stmt
        self._plans: dict[tuple, Any] = {}
        self._keys: dict[tuple[str, ...], tuple[str, ...]] = {}  # names given -> the columns among them
        self._runs: dict[tuple[str, ...], tuple] = {}  # names given -> (dialect, plan) last used
        self._rows: dict[tuple[str, ...], tuple] = {}  # run_rows: names -> (dialect, sql, values of a row)

    def _plan(self, conn: Connection, keys: Iterable[str] | None):
        dialect = conn.dialect
        cache_key = (dialect.name, dialect.driver, keys)
        plan = self._plans.get(cache_key, False)
        if plan is not False:
            return plan
        plan = None
        try:
            comp = self.stmt.compile(dialect=dialect, column_keys=list(keys) if keys is not None else None)
            processors = getattr(comp, "_bind_processors", None)
            results = [c[3].result_processor(dialect, None) for c in getattr(comp, "_result_columns", [])]
            sql = str(comp)
            if processors is not None and "POSTCOMPILE" not in sql and not any(results):
                # Values the statement holds itself (a literal compared with); not the columns an
                # INSERT or UPDATE writes, which every execution gives (SQLAlchemy marks them
                # REQUIRED): merging those placeholders into each row's values cost ~2% of the
                # writer's instructions, for values the row's own then replaced.
                given = set(keys) if keys is not None else ()
                defaults = {k: v for k, v in comp.construct_params(_check=False).items() if v is not None and k not in given}
                order = tuple(comp.positiontup) if comp.positional else None
                # (positional: the processors by position, applied to the values once in order)
                at = tuple((i, processors[n]) for i, n in enumerate(order) if n in processors) if order is not None else ()
                plan = (sql, defaults, order, dict(processors), _getter(order), at)
                plan = (*plan, _values_of(plan))
        except Exception:  # noqa: BLE001 - anything unusual runs the ordinary way
            plan = None
        self._plans[cache_key] = plan
        return plan

    @staticmethod
    def _args(plan, params: Mapping[str, Any]):
        return plan[6](params)

    @staticmethod
    def _values(plan, params: Mapping[str, Any]):
        """The values the driver is given for ``params`` (what :func:`_values_of` makes a
        function of, for each plan once)."""
        _, defaults, _, processors, getter, at = plan[:6]
        values = {**defaults, **params} if defaults else params
        if getter is not None:
            return _converted(getter(values), at) if at else getter(values)
        if processors:
            values = dict(values)
            for name, fn in processors.items():
                v = values.get(name)
                if v is not None:
                    values[name] = fn(v)
        return values

    def _cursor(self, conn: Connection, params: Mapping[str, Any] | None, keys):
        plan = self._plan(conn, keys)
        if plan is None:
            return None
        cur = conn.connection.dbapi_connection.cursor()
        cur.execute(plan[0], self._args(plan, params or {}))
        return cur

    def all(self, conn: Connection, params: Mapping[str, Any] | None = None) -> list:
        """The rows of a SELECT, as named tuples."""
        cur = self._cursor(conn, params, None)
        if cur is None:
            return conn.execute(self.stmt, dict(params or {})).all()
        try:
            rows = cur.fetchall()
            if not rows:  # (most lookups of the write path find nothing: no row class to make)
                return rows
            names = tuple(d[0] for d in cur.description)
        finally:
            cur.close()
        cls = _row_class(names)
        return [cls._make(r) for r in rows]

    def one(self, conn: Connection, params: Mapping[str, Any] | None = None):
        rows = self.all(conn, params)
        if len(rows) != 1:
            raise LookupError(f"expected one row, got {len(rows)}")
        return rows[0]

    def run(self, conn: Connection, params: Mapping[str, Any] | list[Mapping[str, Any]]) -> None:
        """Execute an INSERT, UPDATE or DELETE for one set of values or many (executemany);
        INSERT and UPDATE write exactly the columns the values name."""
        many = isinstance(params, list)
        if many and not params:
            return
        first = params[0] if many else params
        names = tuple(first)
        # (the plan of these names on this dialect, found with one look: ~9,000 runs a
        # 2,000-article ingest, each of which hashed its names twice over)
        dialect = conn.dialect
        got = self._runs.get(names)
        if got is not None and got[0] is dialect:
            plan = got[1]
        else:
            keys = self._keys.get(names)
            if keys is None:
                columns = {c.key for c in getattr(self.stmt, "table").columns}
                keys = self._keys[names] = tuple(k for k in names if k in columns)
            plan = self._plan(conn, keys)
            self._runs[names] = (dialect, plan)
        if plan is None:
            conn.execute(self.stmt, params)
            return
        cur = conn.connection.dbapi_connection.cursor()
        try:
            if many:
                cur.executemany(plan[0], list(map(plan[6], params)))
            else:
                cur.execute(plan[0], plan[6](params))
        finally:
            cur.close()

    def run_rows(self, conn: Connection, names: tuple[str, ...], rows: list[tuple]) -> None:
        """:meth:`run` of many rows, each the tuple of the values of ``names`` (columns, in
        that order): no dict made of each row and read back (a claim's row has 23 values;
        ~5,700 claims a 2,000-article ingest)."""
        if not rows:
            return
        dialect = conn.dialect
        got = self._rows.get(names)
        if got is None or got[0] is not dialect:
            got = self._rows[names] = (dialect, *_rows_plan(self._plan(conn, names), names))
        _, sql, values = got
        if sql is None:  # (a driver that takes values by name, or a statement that adds its own)
            self.run(conn, [dict(zip(names, r)) for r in rows])
            return
        cur = conn.connection.dbapi_connection.cursor()
        try:
            cur.executemany(sql, rows if values is None else list(map(values, rows)))
        finally:
            cur.close()


def _rows_plan(plan, names: tuple[str, ...]) -> tuple:
    """(SQL, the values the driver is given for a row of ``names``' values, None where that is
    the row itself) of a plan, for :meth:`Prepared.run_rows`; (None, None) where its values are
    not taken by position, or not exactly those of ``names``."""
    if plan is None or plan[2] is None or plan[1] or sorted(plan[2]) != sorted(names) or len(set(names)) != len(names):
        return None, None
    order, at = plan[2], plan[5]
    perm = tuple(names.index(n) for n in order)
    same = perm == tuple(range(len(names)))
    if same and not at:
        return plan[0], None
    pick = None if same else (itemgetter(*perm) if len(perm) > 1 else (lambda row: (row[perm[0]],)))
    return plan[0], (lambda row: _converted(row, at)) if pick is None else (lambda row: _converted(pick(row), at))


def _values_of(plan):
    """``Prepared._values`` of ``plan`` as a function of the parameters alone, made once a plan:
    the plan's parts not unpacked again for each row (~20,000 rows a 2,000-article ingest), and
    where nothing is converted or added, the getter of the values itself."""
    _, defaults, _, _, getter, at = plan
    if getter is not None and not at:
        if not defaults:
            return getter
        return lambda params: getter({**defaults, **params})
    if getter is not None and not defaults:
        return lambda params: _converted(getter(params), at)
    return lambda params: Prepared._values(plan, params)


def _converted(values, at) -> list:
    """``values`` as a list, the one at each position of ``at`` ((position, processor) pairs)
    converted by its processor where it is not None."""
    out = list(values)
    for i, fn in at:
        v = out[i]
        if v is not None:
            out[i] = fn(v)
    return out


def _getter(order: tuple[str, ...] | None):
    """The positional values of a statement's parameters, in their order (None: by name)."""
    if order is None:
        return None
    if len(order) > 1:
        return itemgetter(*order)
    return (lambda values: (values[order[0]],)) if order else (lambda values: ())


_ROW_CLASSES: dict[tuple[str, ...], type] = {}


def _row_class(names: tuple[str, ...]) -> type:
    cls = _ROW_CLASSES.get(names)
    if cls is None:
        cls = _ROW_CLASSES[names] = namedtuple("Row", names, rename=True)
    return cls
