"""SQLite database file: every table and view, columns with declared types, sampled rows.

Opened read-only (`mode=ro` URI); identifiers always quoted.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Iterator

from scanner.errors import ObjectError, SourceError
from scanner.records import ObjectRef

from .base import Column, Connector, TableContent


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class SqliteConnector(Connector):
    kind = "sqlite"

    def __init__(self, source, settings=None):
        super().__init__(source, settings)
        self.path = Path(self.options["path"])
        default_rows = getattr(settings, "sample_rows", 1000) if settings is not None else 1000
        self.sample_rows = int(self.options.get("sample_rows", default_rows))
        self.metadata_only = bool(self.options.get("metadata_only", False))
        self._conn: sqlite3.Connection | None = None

    def _connect(self) -> sqlite3.Connection:
        if self._conn is None:
            if not self.path.is_file():
                raise SourceError(f"database file not found: {self.path}")
            try:
                self._conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
                self._conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.DatabaseError as exc:
                self._conn = None
                raise SourceError(f"cannot open SQLite database: {exc}") from None
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
        try:
            cols = [Column(name=r[1], type=r[2] or "") for r in
                    conn.execute(f"PRAGMA table_info({quote_ident(table)})").fetchall()]
            if self.metadata_only:
                return TableContent(columns=cols, metadata_only=True)
            est = conn.execute(f"SELECT max(rowid) FROM {quote_ident(table)}").fetchone()[0] \
                if ref.meta.get("type") == "table" else None
            if est and est > self.sample_rows * 4:
                # random rowid probes: no full scan on large tables
                q = (f"SELECT * FROM {quote_ident(table)} WHERE rowid IN "
                     f"(SELECT abs(random()) % {int(est)} + 1 FROM generate_series(1, ?))")
                try:
                    rows = conn.execute(q, (self.sample_rows * 2,)).fetchmany(self.sample_rows)
                except sqlite3.OperationalError:  # no generate_series extension
                    step = max(1, est // self.sample_rows)
                    rows = conn.execute(
                        f"SELECT * FROM {quote_ident(table)} WHERE rowid % ? = 0 LIMIT ?",
                        (step, self.sample_rows)).fetchall()
                sampled = True
            else:
                rows = conn.execute(f"SELECT * FROM {quote_ident(table)} LIMIT ?",
                                    (self.sample_rows,)).fetchall()
                sampled = False
        except sqlite3.DatabaseError as exc:
            raise ObjectError(f"cannot read table: {exc}") from None
        return TableContent(columns=cols, rows=rows, estimated_rows=est, sampled=sampled)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
