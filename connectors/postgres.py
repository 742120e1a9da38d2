"""PostgreSQL: tables, views, materialized views and foreign tables, sampled read-only.

Locations are `database.schema.table`. Every session is read-only from the
first statement (`default_transaction_read_only`, `SET SESSION CHARACTERISTICS
AS TRANSACTION READ ONLY`) with `statement_timeout` and `lock_timeout`, runs in
autocommit (no long-lived snapshot), and quotes every identifier. A table's
sample never needs a full scan: the row count comes from the catalog
(`pg_class.reltuples` scaled to the relation's current size, or the planner's
estimate when the table was never analysed) and large tables are read with
`TABLESAMPLE SYSTEM (p)`, small ones and views with `LIMIT`. Cells come back as
text cut server-side (`left(col::text, N)`); bytea and `lo` large objects are
kept only when they hold UTF-8 text. A lost connection fails the table being
read and is re-opened for the next one.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

import psycopg
from psycopg.conninfo import conninfo_to_dict

from scanner.errors import ObjectError, SourceError
from scanner.records import ObjectRef

from .base import Column, TableContent
from .sql_common import (ServerSqlConnector, cell_cap, database_selected, one_line, pg_error_message,
                         quote_double, redact, rows_to_text, subsample, tablesample_percent)

SYSTEM_SCHEMAS = ("pg_catalog", "information_schema", "pg_toast")
RELKINDS = {"r": "table", "p": "partitioned table", "v": "view", "m": "materialized view",
            "f": "foreign table"}
SAMPLEABLE = ("r", "m", "p")  # relkinds that support TABLESAMPLE SYSTEM
_TID = re.compile(r"\(\d+,\d+\)")

LIST_SQL = """
SELECT n.nspname, c.relname, c.relkind, coalesce(obj_description(c.oid, 'pg_class'), '')
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')
  AND NOT c.relispartition
  AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
  AND n.nspname !~ '^pg_(toast_)?temp_'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid
                    AND d.deptype = 'e')
ORDER BY n.nspname, c.relname
"""

TABLE_SQL = """
SELECT c.oid, c.relkind, c.reltuples::float8, c.relpages::bigint,
       CASE WHEN c.relkind IN ('r', 'm')
            THEN pg_catalog.pg_relation_size(c.oid) / current_setting('block_size')::bigint END,
       CASE WHEN c.relkind = 'p'
            THEN (SELECT sum(greatest(p.reltuples, 0))::float8
                  FROM pg_catalog.pg_partition_tree(c.oid) t
                  JOIN pg_catalog.pg_class p ON p.oid = t.relid WHERE t.isleaf) END,
       CASE WHEN c.relkind = 'p'
            THEN (SELECT bool_or(p.reltuples < 0)
                  FROM pg_catalog.pg_partition_tree(c.oid) t
                  JOIN pg_catalog.pg_class p ON p.oid = t.relid WHERE t.isleaf) END,
       coalesce(obj_description(c.oid, 'pg_class'), '')
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = %s AND c.relname = %s
"""

COLUMNS_SQL = """
SELECT a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod),
       coalesce(pg_catalog.col_description(a.attrelid, a.attnum), ''),
       t.typname, coalesce(bt.typname, t.typname)
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_catalog.pg_type bt ON bt.oid = t.typbasetype AND t.typtype = 'd'
WHERE a.attrelid = %s AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY a.attnum
"""

DATABASES_SQL = """
SELECT datname FROM pg_catalog.pg_database
WHERE datallowconn AND NOT datistemplate AND has_database_privilege(datname, 'CONNECT')
ORDER BY datname
"""


class PostgresConnector(ServerSqlConnector):
    kind = "postgres"

    def __init__(self, source, settings=None):
        super().__init__(source, settings)
        try:
            info = conninfo_to_dict(self.url)
        except psycopg.ProgrammingError as exc:
            raise SourceError(f"source {source.name!r}: invalid PostgreSQL URL: {one_line(exc)}") from None
        self.url_database: str | None = info.get("dbname") or None
        self.host = info.get("host") or "localhost"
        self.port = info.get("port") or "5432"
        self._conn: psycopg.Connection | None = None
        self._conn_db: str | None = None

    # -- connections -------------------------------------------------------------------
    def _open(self, database: str | None) -> psycopg.Connection:
        kw: dict[str, Any] = {"connect_timeout": max(1, self.connect_timeout),
                              "application_name": "piscan",
                              # read-only and bounded from the very first statement
                              "options": (f"-c default_transaction_read_only=on "
                                          f"-c statement_timeout={self.statement_timeout_ms} "
                                          f"-c lock_timeout={self.statement_timeout_ms}")}
        if database:
            kw["dbname"] = database
        password = self._secret()
        if password is not None:
            kw["password"] = password
        for key in ("sslmode", "sslrootcert"):
            if self.options.get(key):
                kw[key] = self.options[key]
        where = f"{self.host}:{self.port}/{database or ''}"
        try:
            conn = psycopg.connect(self.url, autocommit=True, prepare_threshold=None, **kw)
        except psycopg.Error as exc:
            raise SourceError(f"cannot connect to PostgreSQL at {where}: "
                              f"{redact(one_line(str(exc)), password)}") from None
        try:
            # repeated as statements: a pooler may drop startup options
            conn.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
            conn.execute("SELECT pg_catalog.set_config('default_transaction_read_only', 'on', false), "
                         "pg_catalog.set_config('statement_timeout', %s, false), "
                         "pg_catalog.set_config('lock_timeout', %s, false), "
                         "pg_catalog.set_config('idle_in_transaction_session_timeout', %s, false), "
                         "pg_catalog.set_config('search_path', 'pg_catalog', false)",
                         (str(self.statement_timeout_ms),) * 3)
        except psycopg.Error as exc:
            conn.close()
            raise SourceError(f"cannot set up a read-only session on {where}: "
                              f"{pg_error_message(exc, password)}") from None
        return conn

    def connection(self, database: str | None = None) -> psycopg.Connection:
        """The live read-only session on `database` (re-opened when lost or on another database)."""
        database = database or self.url_database
        conn = self._conn
        if conn is not None and (self._conn_db != database or conn.closed or conn.broken):
            self._discard()
            conn = None
        if conn is not None:
            try:  # the backend may have been terminated while we were idle
                conn.execute("SELECT 1")
            except psycopg.Error:
                self._discard()
                conn = None
        if conn is None:
            conn = self._open(database)
            self._conn, self._conn_db = conn, database
        return conn

    def _discard(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except Exception:  # noqa: BLE001 - closing a dead connection
                pass
        self._conn, self._conn_db = None, None

    def close(self) -> None:
        self._discard()

    def check(self) -> None:
        self.connection(self._first_database())

    def _first_database(self) -> str:
        dbs = self.options.get("databases") or []
        return self.url_database or (dbs[0] if dbs else "postgres")

    # -- enumeration -------------------------------------------------------------------
    def databases(self) -> list[str]:
        """The configured `databases`, else the URL's database, else every connectable one."""
        if self.options.get("databases"):
            return list(self.options["databases"])
        if self.url_database:
            return [self.url_database]
        try:
            conn = self.connection("postgres")
        except SourceError:  # no maintenance database: any connectable one will do
            conn = self.connection("template1")
        return [r[0] for r in conn.execute(DATABASES_SQL).fetchall()]

    def list_objects(self) -> Iterator[ObjectRef]:
        for db in self.databases():
            if not database_selected(db, self.source.include):
                continue
            try:
                rows = self.connection(db).execute(LIST_SQL).fetchall()
            except SourceError as exc:
                # one database we cannot open: recorded against it, the others go on
                yield self.ref(db, kind="error", meta={"database": db, "error": str(exc)})
                continue
            except psycopg.Error as exc:
                self._drop_if_broken()
                yield self.ref(db, kind="error",
                               meta={"database": db, "error": f"cannot list tables: {pg_error_message(exc)}"})
                continue
            for schema, table, relkind, comment in rows:
                loc = f"{db}.{schema}.{table}"
                if self.selected(loc):
                    yield self.ref(loc, kind="table", meta={
                        "database": db, "schema": schema, "table": table,
                        "type": RELKINDS.get(relkind, relkind), "comment": comment})

    # -- reading -----------------------------------------------------------------------
    def read(self, ref: ObjectRef) -> TableContent:
        meta = ref.meta
        if meta.get("error"):
            raise ObjectError(meta["error"])
        db, schema, table = meta["database"], meta["schema"], meta["table"]
        try:
            conn = self.connection(db)
        except SourceError as exc:
            raise ObjectError(str(exc)) from None
        try:
            return self._read(conn, schema, table)
        except psycopg.Error as exc:
            self._drop_if_broken()
            raise ObjectError(pg_error_message(exc, self._password)) from None

    def _drop_if_broken(self) -> None:
        conn = self._conn
        if conn is not None and (conn.closed or conn.broken):
            self._discard()

    def _read(self, conn: psycopg.Connection, schema: str, table: str) -> TableContent:
        info = conn.execute(TABLE_SQL, (schema, table)).fetchone()
        if info is None:
            raise ObjectError("table no longer exists")
        oid, relkind, reltuples, relpages, cur_pages, part_tuples, part_unanalysed, comment = info
        cols = conn.execute(COLUMNS_SQL, (oid,)).fetchall()
        columns = [Column(name=c[0], type=c[1], comment=c[2]) for c in cols]
        estimate = _catalog_estimate(relkind, reltuples, relpages, cur_pages, part_tuples, part_unanalysed)
        if self.metadata_only or not columns:
            return TableContent(columns=columns, estimated_rows=estimate, metadata_only=self.metadata_only,
                                comment=comment)
        qualified = f"{quote_double(schema)}.{quote_double(table)}"
        if estimate is None:
            estimate = self._planner_estimate(conn, qualified)
        n = self.sample_rows
        cap = cell_cap(n, len(cols))
        select = ", ".join(_select_expr(c[0], c[3], c[4], cap) for c in cols)
        notes: list[str] = []
        rows: list | None = None
        if relkind in SAMPLEABLE and estimate is not None and estimate > 2 * n:
            p, picks = self._sample_tids(conn, qualified, estimate, n)
            if len(picks) >= min(n, estimate) // 2:
                rows = self._fetch_tids(conn, select, picks)
                notes.append(f"sampling: TABLESAMPLE SYSTEM ({p:.4g}%)")
            else:  # the estimate was far off (bloat, stale statistics)
                notes.append("TABLESAMPLE returned too few rows: read the first rows instead")
        if rows is not None:
            sampled = True
        else:
            rows = conn.execute(f"SELECT {select} FROM {qualified} LIMIT {int(n)}").fetchall()
            sampled = len(rows) >= n
            if sampled:
                notes.append("sampling: first rows (LIMIT)")
        return TableContent(columns=columns, rows=rows_to_text(rows, max_chars=cap),
                            estimated_rows=_int(estimate), sampled=sampled, comment=comment, notes=notes)

    def _sample_tids(self, conn, qualified: str, estimate: float, n: int) -> tuple[float, list]:
        """Row addresses (relation, ctid) from `TABLESAMPLE SYSTEM`, thinned at random to n.

        SYSTEM picks whole pages, so it is asked for about 10n rows (10n small
        addresses spread over ~10x more pages than n rows would be) and n of them are
        kept at random; the rows kept are then read by TID, so memory holds n rows.
        """
        p = tablesample_percent(estimate, n, oversample=10.0)
        # identifiers may hold '%': statements naming them are sent without parameters
        def sql(percent: float) -> str:
            return (f"SELECT tableoid::pg_catalog.regclass::text, ctid FROM {qualified} "
                    f"TABLESAMPLE SYSTEM ({percent:.6f}) LIMIT {int(100 * n)}")
        picks = conn.execute(sql(p)).fetchall()
        if len(picks) < n and p < 100.0:  # stale estimate or unlucky pages: one wider draw
            p = min(100.0, p * 8)
            more = conn.execute(sql(p)).fetchall()
            if len(more) > len(picks):
                picks = more
        return p, subsample(picks, n, self._rng)

    def _fetch_tids(self, conn, select: str, picks: list) -> list:
        """The rows at the given (relation, ctid) addresses: TID scans, one per partition."""
        by_rel: dict[str, list[str]] = {}
        for rel, tid in picks:
            tid = str(tid)
            if _TID.fullmatch(tid):
                by_rel.setdefault(rel, []).append(tid)
        rows: list = []
        for rel, tids in by_rel.items():
            # `rel` is PostgreSQL's own quoted regclass output; tids are validated "(block,offset)"
            array = "'{" + ",".join(f'"{t}"' for t in tids) + "}'::pg_catalog.tid[]"
            rows.extend(conn.execute(f"SELECT {select} FROM ONLY {rel} WHERE ctid = ANY({array})").fetchall())
        return rows

    def _planner_estimate(self, conn, qualified: str) -> float | None:
        """The planner's row estimate (never-analysed tables, views, foreign tables)."""
        try:
            plan = conn.execute(f"EXPLAIN (FORMAT JSON) SELECT * FROM {qualified}").fetchone()[0]
        except psycopg.errors.InsufficientPrivilege:
            raise
        except psycopg.Error:
            if self._conn is not None and (self._conn.closed or self._conn.broken):
                raise
            return None
        if isinstance(plan, str):
            import json
            plan = json.loads(plan)
        try:
            return float(plan[0]["Plan"]["Plan Rows"])
        except (KeyError, IndexError, TypeError, ValueError):
            return None


def _catalog_estimate(relkind: str, reltuples: float | None, relpages: int | None, cur_pages: int | None,
                      part_tuples: float | None, part_unanalysed: bool | None) -> float | None:
    """Rows from pg_class: density (reltuples / relpages) times the current size, like the planner."""
    if relkind == "p":
        return None if part_unanalysed or part_tuples is None else float(part_tuples)
    if relkind not in ("r", "m") or reltuples is None:
        return None
    if cur_pages == 0:
        return 0.0
    if reltuples < 0:  # never vacuumed or analysed
        return None
    if relpages and relpages > 0 and cur_pages is not None:
        return reltuples / relpages * cur_pages
    return None if reltuples == 0 else float(reltuples)


def _select_expr(name: str, typname: str, basetype: str, cap: int) -> str:
    col = quote_double(name)
    if basetype == "bytea":
        return f"substring({col} from 1 for {int(cap)})"
    if typname == "lo":  # the lo extension's large-object reference
        return (f"CASE WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_largeobject_metadata m "
                f"WHERE m.oid = {col}::oid) THEN pg_catalog.lo_get({col}::oid, 0, {int(cap)}) END")
    return f"left({col}::text, {int(cap)})"


def _int(x: float | None) -> int | None:
    return None if x is None else int(round(x))
