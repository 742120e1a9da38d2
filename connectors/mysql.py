"""MySQL and MariaDB: base tables and views, sampled through read-only transactions.

MySQL has no level between the server and a database (a "schema" *is* a
database), so a location is `database.database.table`: the same three parts
as PostgreSQL's `database.schema.table`, so that a register glob such as
`crm.*.customers` or `crm.*` means the same thing for both engines. Each
session is `SET SESSION TRANSACTION READ ONLY` and every read runs inside
`START TRANSACTION READ ONLY`, bounded by `max_statement_time` (MariaDB) or
`max_execution_time` (MySQL) and `lock_wait_timeout`; identifiers are always
backtick-quoted. The row count comes from `information_schema.TABLES`; a large
table whose primary key starts with an integer column is sampled by key
ranges (random starting keys in [min, max], a short index range from each),
anything else is read with `LIMIT`. A lost connection fails the table being
read and is re-opened for the next one.
"""

from __future__ import annotations

from typing import Any, Iterator
from urllib.parse import unquote, urlsplit

import pymysql

from scanner.errors import ObjectError, SourceError
from scanner.records import ObjectRef

from .base import Column, TableContent
from .sql_common import (ServerSqlConnector, cell_cap, chunk_size, database_selected, key_range_starts,
                         mysql_error_message, one_line, quote_backtick, rows_to_text, subsample)

SYSTEM_SCHEMAS = ("mysql", "sys", "performance_schema", "information_schema")
INTEGER_TYPES = ("tinyint", "smallint", "mediumint", "int", "integer", "bigint")
TABLE_TYPES = {"BASE TABLE": "table", "SYSTEM VERSIONED": "table", "VIEW": "view"}
KEY_RANGE_CHUNKS = 50

LIST_SQL = """
SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_TYPE, COALESCE(TABLE_COMMENT, '')
FROM information_schema.TABLES
WHERE TABLE_SCHEMA = %s AND TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED', 'VIEW')
ORDER BY TABLE_NAME
"""

TABLE_SQL = """
SELECT TABLE_TYPE, TABLE_ROWS, COALESCE(TABLE_COMMENT, '')
FROM information_schema.TABLES WHERE TABLE_SCHEMA = %s AND TABLE_NAME = %s
"""

COLUMNS_SQL = """
SELECT COLUMN_NAME, COLUMN_TYPE, COALESCE(COLUMN_COMMENT, ''), LOWER(DATA_TYPE)
FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = %s AND TABLE_NAME = %s
ORDER BY ORDINAL_POSITION
"""

PK_SQL = """
SELECT COLUMN_NAME FROM information_schema.STATISTICS
WHERE TABLE_SCHEMA = %s AND TABLE_NAME = %s AND INDEX_NAME = 'PRIMARY'
ORDER BY SEQ_IN_INDEX
"""


class MysqlConnector(ServerSqlConnector):
    kind = "mysql"

    def __init__(self, source, settings=None):
        super().__init__(source, settings)
        try:
            parts = urlsplit(self.url)
            port = parts.port or 3306
        except ValueError as exc:
            raise SourceError(f"source {source.name!r}: invalid MySQL URL: {one_line(exc)}") from None
        if parts.scheme.split("+")[0] not in ("mysql", "mariadb"):
            raise SourceError(f"source {source.name!r}: expected a mysql:// or mariadb:// URL")
        self.host = parts.hostname or "localhost"
        self.port = port
        self.user = unquote(parts.username) if parts.username else None
        self.url_database = unquote(parts.path.lstrip("/")) or None
        self.mariadb: bool | None = None
        self._conn: pymysql.connections.Connection | None = None

    # -- connections -------------------------------------------------------------------
    def _open(self) -> pymysql.connections.Connection:
        password = self._secret()
        kw: dict[str, Any] = dict(host=self.host, port=self.port, user=self.user,
                                  password=password or "", charset="utf8mb4", autocommit=True,
                                  connect_timeout=max(1, self.connect_timeout),
                                  read_timeout=self.statement_timeout_ms / 1000 + 30,
                                  write_timeout=self.statement_timeout_ms / 1000 + 30,
                                  program_name="piscan")
        if self.options.get("ssl_disabled"):
            kw["ssl_disabled"] = True
        elif self.options.get("ssl_ca"):
            kw.update(ssl_ca=self.options["ssl_ca"], ssl_verify_cert=True, ssl_verify_identity=True)
        where = f"{self.host}:{self.port}"
        try:
            conn = pymysql.connect(**kw)
        except (pymysql.Error, OSError) as exc:
            raise SourceError(f"cannot connect to MySQL at {where}: {mysql_error_message(exc, password)}") from None
        try:
            with conn.cursor() as cur:
                cur.execute("SET SESSION TRANSACTION READ ONLY")
                cur.execute("SELECT VERSION()")
                version = cur.fetchone()[0] or ""
                self.mariadb = "mariadb" in version.lower()
                seconds = max(1, self.statement_timeout_ms // 1000)
                if self.mariadb:
                    cur.execute("SET SESSION max_statement_time = %s", (self.statement_timeout_ms / 1000,))
                else:
                    cur.execute("SET SESSION max_execution_time = %s", (self.statement_timeout_ms,))
                cur.execute("SET SESSION lock_wait_timeout = %s", (seconds,))
        except pymysql.Error as exc:
            conn.close()
            raise SourceError(f"cannot set up a read-only session on {where}: "
                              f"{mysql_error_message(exc, password)}") from None
        return conn

    def connection(self) -> pymysql.connections.Connection:
        """The live read-only session (re-opened when it was lost)."""
        conn = self._conn
        if conn is not None:
            try:  # the server may have killed us while we were idle
                conn.ping(reconnect=False)
            except (pymysql.Error, OSError):
                self._discard()
                conn = None
        if conn is None:
            conn = self._conn = self._open()
        return conn

    def _discard(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except Exception:  # noqa: BLE001 - closing a dead connection
                pass
        self._conn = None

    def close(self) -> None:
        self._discard()

    def check(self) -> None:
        self.connection()

    def _query(self, sql: str, args: Any = None) -> list[tuple]:
        with self.connection().cursor() as cur:
            cur.execute(sql, args)
            return list(cur.fetchall())

    # -- enumeration -------------------------------------------------------------------
    def databases(self) -> list[str]:
        """The configured `databases`, else the URL's database, else every visible non-system one."""
        if self.options.get("databases"):
            return list(self.options["databases"])
        if self.url_database:
            return [self.url_database]
        rows = self._query("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA ORDER BY SCHEMA_NAME")
        return [r[0] for r in rows if r[0].lower() not in SYSTEM_SCHEMAS]

    def list_objects(self) -> Iterator[ObjectRef]:
        for db in self.databases():
            if not database_selected(db, self.source.include):
                continue
            try:
                rows = self._query(LIST_SQL, (db,))
            except SourceError as exc:
                yield self.ref(db, kind="error", meta={"database": db, "error": str(exc)})
                continue
            except (pymysql.Error, OSError) as exc:
                self._discard_if_lost(exc)
                yield self.ref(db, kind="error",
                               meta={"database": db, "error": f"cannot list tables: {mysql_error_message(exc)}"})
                continue
            for schema, table, ttype, comment in rows:
                loc = f"{db}.{schema}.{table}"
                if self.selected(loc):
                    yield self.ref(loc, kind="table", meta={
                        "database": db, "schema": schema, "table": table,
                        "type": TABLE_TYPES.get(ttype, ttype.lower()),
                        "comment": "" if ttype == "VIEW" else comment})

    # -- reading -----------------------------------------------------------------------
    def read(self, ref: ObjectRef) -> TableContent:
        meta = ref.meta
        if meta.get("error"):
            raise ObjectError(meta["error"])
        try:
            conn = self.connection()
        except SourceError as exc:
            raise ObjectError(str(exc)) from None
        try:
            with conn.cursor() as cur:
                cur.execute("START TRANSACTION READ ONLY")
                try:
                    content = self._read(cur, meta["schema"], meta["table"])
                except BaseException:
                    try:
                        cur.execute("ROLLBACK")
                    except Exception:  # noqa: BLE001 - the original error is the one to report
                        pass
                    raise
                cur.execute("COMMIT")
                return content
        except (pymysql.Error, OSError) as exc:
            self._discard_if_lost(exc)
            raise ObjectError(mysql_error_message(exc, self._password)) from None

    def _discard_if_lost(self, exc: BaseException) -> None:
        conn = self._conn
        lost = isinstance(exc, (pymysql.err.InterfaceError, OSError)) or (
            isinstance(exc, pymysql.err.OperationalError) and exc.args and exc.args[0] in (2006, 2013, 2055, 1927))
        if conn is not None and (lost or not conn.open):
            self._discard()

    def _read(self, cur, schema: str, table: str) -> TableContent:
        cur.execute(TABLE_SQL, (schema, table))
        info = cur.fetchone()
        if info is None:
            raise ObjectError("table no longer exists or is not visible to this account")
        ttype, table_rows, comment = info
        is_view = ttype == "VIEW"
        cur.execute(COLUMNS_SQL, (schema, table))
        cols = cur.fetchall()
        columns = [Column(name=c[0], type=c[1], comment=c[2]) for c in cols]
        estimate = None if is_view or table_rows is None else int(table_rows)
        comment = "" if is_view else comment
        if self.metadata_only or not columns:
            return TableContent(columns=columns, estimated_rows=estimate, metadata_only=self.metadata_only,
                                comment=comment)
        qualified = f"{quote_backtick(schema)}.{quote_backtick(table)}"
        n = self.sample_rows
        cap = cell_cap(n + n // 4, len(cols))  # key ranges fetch up to 1.25 n rows
        select = ", ".join(f"LEFT({quote_backtick(c[0])}, {cap})" for c in cols)
        notes: list[str] = []
        rows: list | None = None
        if not is_view and estimate is not None and estimate > 2 * n:
            cur.execute(PK_SQL, (schema, table))
            pk = [r[0] for r in cur.fetchall()]
            types = {c[0]: c[3] for c in cols}
            if pk and types.get(pk[0]) in INTEGER_TYPES:
                rows = self._key_ranges(cur, select, qualified, pk, len(cols), n)
                if len(rows) >= min(n, estimate) // 2:
                    notes.append("sampling: random primary-key ranges")
                else:
                    rows = None
        if rows is None:
            # identifiers may hold '%': statements naming them are sent without parameters
            cur.execute(f"SELECT {select} FROM {qualified} LIMIT {int(n)}")
            rows = list(cur.fetchall())
            sampled = len(rows) >= n
            if sampled:
                notes.append("sampling: first rows (LIMIT)")
        else:
            sampled = True
        return TableContent(columns=columns, rows=rows_to_text(rows, len(cols), cap), estimated_rows=estimate,
                            sampled=sampled, comment=comment, notes=notes)

    def _key_ranges(self, cur, select: str, qualified: str, pk: list[str], width: int, n: int) -> list:
        """Short primary-key ranges from random starting keys: index seeks only, no full scan."""
        first = quote_backtick(pk[0])
        cur.execute(f"SELECT MIN({first}), MAX({first}) FROM {qualified}")
        lo, hi = cur.fetchone()
        if lo is None:
            return []
        starts = key_range_starts(int(lo), int(hi), KEY_RANGE_CHUNKS, self._rng)
        per = chunk_size(n, len(starts))
        keys = ", ".join(quote_backtick(k) for k in pk)
        order = ", ".join(quote_backtick(k) for k in pk)
        cur.execute(" UNION ALL ".join(
            f"(SELECT {select}, {keys} FROM {qualified} WHERE {first} >= {int(k)} ORDER BY {order} LIMIT {per})"
            for k in starts))
        seen: set = set()
        rows = []
        for row in cur.fetchall():
            key = tuple(row[width:])
            if key not in seen:
                seen.add(key)
                rows.append(row[:width])
        return subsample(rows, n, self._rng)
