"""SQLite database file: every table and view, columns with declared types, sampled rows.

Opened read-only (`mode=ro` URI, plus `PRAGMA query_only`); identifiers always
quoted. Locations are `main.table`. A large table is sampled by random rowid
probes (no full scan); small tables and views are read with `LIMIT`. Cells
come back as text (shared rules in sql_common: binary values only when they
are UTF-8 text).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Iterator

from scanner.errors import ObjectError, SourceError
from scanner.records import ObjectRef

from .base import Column, Connector, TableContent
from .sql_common import (metadata_only_setting, one_line, quote_double, rows_to_text, sample_rows_setting,
                         subsample)

quote_ident = quote_double  # kept for callers of the original name


class SqliteConnector(Connector):
    kind = "sqlite"

    def __init__(self, source, settings=None):
        super().__init__(source, settings)
        self.path = Path(self.options["path"])
        self.sample_rows = sample_rows_setting(self.options, settings)
        self.metadata_only = metadata_only_setting(self.options, settings)
        self._conn: sqlite3.Connection | None = None

    def _connect(self) -> sqlite3.Connection:
        if self._conn is None:
            if not self.path.is_file():
                raise SourceError(f"database file not found: {self.path}")
            try:
                self._conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
                self._conn.execute("PRAGMA query_only = ON")
                self._conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.DatabaseError as exc:
                self._conn = None
                raise SourceError(f"cannot open SQLite database: {one_line(exc)}") from None
            self._conn.text_factory = lambda b: b.decode("utf-8", "replace")
        return self._conn

    def check(self) -> None:
        self._connect()

    def list_objects(self) -> Iterator[ObjectRef]:
        conn = self._connect()
        rows = conn.execute(
            "SELECT name, type FROM sqlite_master WHERE type IN ('table','view') "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name").fetchall()
        version = f"{self.path.stat().st_size}:{self.path.stat().st_mtime_ns}"
        for name, typ in rows:
            loc = f"main.{name}"
            if self.selected(loc):
                yield self.ref(loc, kind="table", version=version, meta={"table": name, "type": typ})

    def read(self, ref: ObjectRef) -> TableContent:
        conn = self._connect()
        table = ref.meta.get("table") or ref.location.split(".", 1)[1]
        qt = quote_double(table)
        n = self.sample_rows
        try:
            cols = [Column(name=r[1], type=r[2] or "") for r in
                    conn.execute(f"PRAGMA table_info({qt})").fetchall()]
            if self.metadata_only:
                return TableContent(columns=cols, metadata_only=True)
            est = conn.execute(f"SELECT max(rowid) FROM {qt}").fetchone()[0] \
                if ref.meta.get("type") == "table" else None
            if est and est > n * 4:
                # random rowid probes (rowid lookups, no full scan on large tables)
                q = (f"WITH RECURSIVE probe(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM probe WHERE i < ?) "
                     f"SELECT * FROM {qt} WHERE rowid IN "
                     f"(SELECT abs(random()) % {int(est)} + 1 FROM probe)")
                rows = subsample(conn.execute(q, (n * 2,)).fetchall(), n)
                sampled = True
            else:
                rows = conn.execute(f"SELECT * FROM {qt} LIMIT ?", (n,)).fetchall()
                sampled = False
        except sqlite3.DatabaseError as exc:
            raise ObjectError(f"cannot read table: {one_line(exc)}") from None
        return TableContent(columns=cols, rows=rows_to_text(rows), estimated_rows=est, sampled=sampled)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
