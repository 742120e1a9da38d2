"""The inventory: a SQLite database of every scan, object, PI finding and mismatch.

It holds counts, masked examples and keyed hashes, never raw values. Writes are
transactional (one transaction per batch of objects), so a crash leaves whole
objects or none, and a later scan can carry over unchanged objects' results.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator

from .errors import PiscanError
from .records import ObjectResult, TypeFinding

SCHEMA_VERSION = 1
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS scans(
    id TEXT PRIMARY KEY, started_at TEXT NOT NULL, finished_at TEXT, config TEXT,
    status TEXT NOT NULL DEFAULT 'running', exit_code INTEGER, options TEXT);
CREATE TABLE IF NOT EXISTS source_runs(
    scan_id TEXT NOT NULL, name TEXT NOT NULL, kind TEXT, region TEXT, status TEXT, error TEXT,
    objects_scanned INTEGER DEFAULT 0, bytes_scanned INTEGER DEFAULT 0, objects_reused INTEGER DEFAULT 0,
    PRIMARY KEY(scan_id, name));
CREATE TABLE IF NOT EXISTS objects(
    scan_id TEXT NOT NULL, source TEXT NOT NULL, location TEXT NOT NULL, container TEXT NOT NULL,
    version TEXT, status TEXT NOT NULL, error TEXT, bytes INTEGER DEFAULT 0, truncated INTEGER DEFAULT 0,
    notes TEXT, reused INTEGER DEFAULT 0, hash_scan TEXT,
    PRIMARY KEY(scan_id, source, location));
CREATE INDEX IF NOT EXISTS objects_container ON objects(scan_id, source, container);
CREATE TABLE IF NOT EXISTS findings(
    scan_id TEXT NOT NULL, source TEXT NOT NULL, location TEXT NOT NULL, pii_type TEXT NOT NULL,
    count INTEGER NOT NULL, examples TEXT, score REAL, columns TEXT, schema_only INTEGER DEFAULT 0,
    PRIMARY KEY(scan_id, source, location, pii_type));
CREATE TABLE IF NOT EXISTS value_hashes(
    scan_id TEXT NOT NULL, source TEXT NOT NULL, location TEXT NOT NULL, pii_type TEXT NOT NULL,
    hash TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS value_hashes_hash ON value_hashes(hash, scan_id);
CREATE INDEX IF NOT EXISTS value_hashes_loc ON value_hashes(scan_id, source, location);
CREATE TABLE IF NOT EXISTS mismatches(
    scan_id TEXT NOT NULL, kind TEXT NOT NULL, severity TEXT NOT NULL, source TEXT, location TEXT,
    pii_type TEXT, category TEXT, message TEXT, fingerprint TEXT NOT NULL, baselined INTEGER DEFAULT 0);
CREATE INDEX IF NOT EXISTS mismatches_scan ON mismatches(scan_id);
"""


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _json_list(text: str | None) -> list:
    return json.loads(text) if text and text != "[]" else []


def container_of(location: str) -> str:
    """The stored object a location lives in: `a.zip!/b.csv` → `a.zip`."""
    return location.split("!/", 1)[0]


class Inventory:
    def __init__(self, path: Path):
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
        except (OSError, sqlite3.Error) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            raise PiscanError(f"{self.path}: cannot open the inventory ({reason})") from None
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)
        cols = {r[1] for r in self.db.execute("PRAGMA table_info(objects)")}
        if "hash_scan" not in cols:  # inventories written before hashes were shared across scans
            self.db.execute("ALTER TABLE objects ADD COLUMN hash_scan TEXT")
            self.db.execute("UPDATE objects SET hash_scan = scan_id")
        self.db.execute("INSERT OR IGNORE INTO meta VALUES('schema_version', ?)", (str(SCHEMA_VERSION),))

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        else:
            self.db.execute("COMMIT")

    # -- scans ---------------------------------------------------------------------------
    def start_scan(self, config_path: str, options: dict[str, Any]) -> str:
        scan_id = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ") + "-" + uuid.uuid4().hex[:6]
        with self.transaction() as db:
            db.execute("INSERT INTO scans(id, started_at, config, options) VALUES(?,?,?,?)",
                       (scan_id, now(), config_path, json.dumps(options, sort_keys=True)))
        return scan_id

    def finish_scan(self, scan_id: str, status: str, exit_code: int) -> None:
        with self.transaction() as db:
            db.execute("UPDATE scans SET finished_at=?, status=?, exit_code=? WHERE id=?",
                       (now(), status, exit_code, scan_id))

    def scan(self, scan_id: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT id, started_at, finished_at, config, status, exit_code, options "
                              "FROM scans WHERE id=?", (scan_id,)).fetchone()
        if not row:
            return None
        keys = ("id", "started_at", "finished_at", "config", "status", "exit_code", "options")
        d = dict(zip(keys, row))
        d["options"] = json.loads(d["options"] or "{}")
        return d

    def resolve_scan(self, ref: str | None = "latest", completed_only: bool = True) -> str | None:
        """A scan id from an id, an unambiguous id prefix, `latest` or `previous`."""
        cond = "WHERE status != 'running'" if completed_only else ""
        if ref in (None, "latest", "previous"):
            rows = self.db.execute(f"SELECT id FROM scans {cond} ORDER BY started_at DESC, rowid DESC LIMIT 2").fetchall()
            idx = 1 if ref == "previous" else 0
            return rows[idx][0] if len(rows) > idx else None
        rows = self.db.execute("SELECT id FROM scans WHERE id LIKE ? ORDER BY id", (ref + "%",)).fetchall()
        return rows[0][0] if len(rows) == 1 else None

    def last_scan_of_source(self, source: str, detection: str) -> str | None:
        """The latest completed scan that read `source` fine with the same detection settings."""
        for scan_id, options in self.db.execute(
                "SELECT s.id, s.options FROM scans s JOIN source_runs r ON r.scan_id = s.id "
                "WHERE s.status = 'complete' AND r.name = ? AND r.status = 'ok' "
                "ORDER BY s.started_at DESC, s.rowid DESC LIMIT 20", (source,)):
            if json.loads(options or "{}").get("detection") == detection:
                return scan_id
        return None

    def list_scans(self) -> list[dict[str, Any]]:
        rows = self.db.execute("SELECT id, started_at, finished_at, status, exit_code FROM scans "
                               "ORDER BY started_at DESC, rowid DESC").fetchall()
        return [dict(zip(("id", "started_at", "finished_at", "status", "exit_code"), r)) for r in rows]

    # -- sources -------------------------------------------------------------------------
    def record_source(self, scan_id: str, name: str, kind: str, region: str, status: str,
                      error: str | None, objects: int, nbytes: int, reused: int) -> None:
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO source_runs VALUES(?,?,?,?,?,?,?,?,?)",
                       (scan_id, name, kind, region, status, error, objects, nbytes, reused))

    def sources(self, scan_id: str) -> list[dict[str, Any]]:
        rows = self.db.execute("SELECT name, kind, region, status, error, objects_scanned, bytes_scanned, "
                               "objects_reused FROM source_runs WHERE scan_id=? ORDER BY rowid", (scan_id,)).fetchall()
        keys = ("name", "kind", "region", "status", "error", "objects_scanned", "bytes_scanned", "objects_reused")
        return [dict(zip(keys, r)) for r in rows]

    # -- objects and findings ------------------------------------------------------------
    def record_objects(self, scan_id: str, results: Iterable[ObjectResult], reused: bool = False) -> None:
        with self.transaction() as db:
            for r in results:
                replace = db.execute("SELECT 1 FROM objects WHERE scan_id=? AND source=? AND location=?",
                                     (scan_id, r.source, r.location)).fetchone() is not None
                db.execute("INSERT OR REPLACE INTO objects VALUES(?,?,?,?,?,?,?,?,?,?,?,?)",
                           (scan_id, r.source, r.location, container_of(r.location), r.version, r.status,
                            r.error, r.bytes_scanned, int(r.truncated), json.dumps(r.notes, ensure_ascii=False),
                            int(reused), scan_id))
                if replace:  # an object recorded again (a retried job): drop its earlier rows
                    db.execute("DELETE FROM findings WHERE scan_id=? AND source=? AND location=?",
                               (scan_id, r.source, r.location))
                    db.execute("DELETE FROM value_hashes WHERE scan_id=? AND source=? AND location=?",
                               (scan_id, r.source, r.location))
                for ty, tf in r.pii.items():
                    db.execute("INSERT INTO findings VALUES(?,?,?,?,?,?,?,?,?)",
                               (scan_id, r.source, r.location, ty, tf.count,
                                json.dumps(tf.examples, ensure_ascii=False), tf.score,
                                json.dumps(sorted(tf.columns), ensure_ascii=False), int(tf.schema_only)))
                    db.executemany("INSERT INTO value_hashes VALUES(?,?,?,?,?)",
                                   [(scan_id, r.source, r.location, ty, h) for h in sorted(tf.hashes)])

    def previous_versions(self, scan_id: str, source: str) -> dict[str, str]:
        """container location → version for objects scanned OK in `scan_id`."""
        rows = self.db.execute("SELECT location, version FROM objects WHERE scan_id=? AND source=? "
                               "AND location=container AND status='ok' AND version IS NOT NULL",
                               (scan_id, source)).fetchall()
        return dict(rows)

    def carry_over(self, from_scan: str, to_scan: str, source: str, containers: list[str]) -> int:
        """Carry unchanged objects (and their archive members) from one scan into another.

        Objects and findings rows are copied; value hashes stay where they were written and
        the new rows point at them through `hash_scan`."""
        with self.transaction() as db:
            db.execute("CREATE TEMP TABLE IF NOT EXISTS carry(container TEXT PRIMARY KEY)")
            db.execute("DELETE FROM carry")
            db.executemany("INSERT OR IGNORE INTO carry VALUES(?)", ((c,) for c in containers))
            args = (to_scan, from_scan, source)
            n = db.execute(
                "INSERT OR REPLACE INTO objects SELECT ?, o.source, o.location, o.container, o.version, o.status, "
                "o.error, o.bytes, o.truncated, o.notes, 1, coalesce(o.hash_scan, o.scan_id) FROM carry c "
                "JOIN objects o ON o.scan_id = ? AND o.source = ? AND o.container = c.container", args).rowcount
            db.execute(
                "INSERT OR REPLACE INTO findings SELECT ?, f.source, f.location, f.pii_type, f.count, f.examples, "
                "f.score, f.columns, f.schema_only FROM carry c JOIN objects o "
                "ON o.scan_id = ? AND o.source = ? AND o.container = c.container "
                "JOIN findings f ON f.scan_id = o.scan_id AND f.source = o.source AND f.location = o.location", args)
            # value hashes are not copied: the carried rows point at the scan that stored them (hash_scan)
            db.execute("DELETE FROM carry")
        return n

    def object_stats(self, scan_id: str, source: str) -> tuple[int, int, int]:
        row = self.db.execute("SELECT count(*), coalesce(sum(bytes),0), coalesce(sum(reused),0) FROM objects "
                              "WHERE scan_id=? AND source=? AND location=container AND status='ok'",
                              (scan_id, source)).fetchone()
        return row[0], row[1], row[2]

    def errors(self, scan_id: str) -> list[dict[str, Any]]:
        rows = self.db.execute("SELECT source, location, status, error FROM objects WHERE scan_id=? AND "
                               "status != 'ok' ORDER BY source, location", (scan_id,)).fetchall()
        return [dict(zip(("source", "location", "status", "error"), r)) for r in rows]

    def findings(self, scan_id: str) -> dict[tuple[str, str], dict[str, TypeFinding]]:
        out: dict[tuple[str, str], dict[str, TypeFinding]] = {}
        decoded: dict[str | None, list] = {}  # masked examples repeat across objects: decode each text once

        def as_list(text: str | None) -> list:
            hit = decoded.get(text)
            if hit is None:
                hit = decoded[text] = _json_list(text)
            return list(hit)

        for source, location, ty, count, examples, score, columns, schema_only in self.db.execute(
                "SELECT source, location, pii_type, count, examples, score, columns, schema_only FROM findings "
                "WHERE scan_id=? ORDER BY source, location, pii_type", (scan_id,)):
            out.setdefault((source, location), {})[ty] = TypeFinding(
                count=count, examples=as_list(examples), score=score or 0.0,
                columns=set(as_list(columns)), schema_only=bool(schema_only))
        return out

    def locate(self, hashes: dict[str, str], scan_id: str) -> list[dict[str, Any]]:
        """Locations of a scan holding any of the given {hash: label} values."""
        out = []
        for h, label in hashes.items():
            for source, location, ty in self.db.execute(
                    "SELECT DISTINCT v.source, v.location, v.pii_type FROM value_hashes v JOIN objects o "
                    "ON o.scan_id = ? AND o.source = v.source AND o.location = v.location "
                    "AND o.hash_scan = v.scan_id WHERE v.hash = ?", (scan_id, h)):
                out.append({"query": label, "source": source, "location": location, "pii_type": ty})
        return out

    # -- mismatches ----------------------------------------------------------------------
    def record_mismatches(self, scan_id: str, mismatches: Iterable[Any], baseline: set[str]) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM mismatches WHERE scan_id=?", (scan_id,))
            for m in mismatches:
                db.execute("INSERT INTO mismatches VALUES(?,?,?,?,?,?,?,?,?,?)",
                           (scan_id, m.kind, m.severity, m.source, m.location, m.pii_type, m.category,
                            m.message, m.fingerprint, int(m.fingerprint in baseline)))

    def mismatches(self, scan_id: str) -> list[dict[str, Any]]:
        keys = ("kind", "severity", "source", "location", "pii_type", "category", "message", "fingerprint",
                "baselined")
        rows = self.db.execute(f"SELECT {', '.join(keys)} FROM mismatches WHERE scan_id=? ORDER BY rowid",
                               (scan_id,)).fetchall()
        return [dict(zip(keys, r)) | {"baselined": bool(r[-1])} for r in rows]
