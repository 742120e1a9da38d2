"""The per-object stage: read one object through its connector, classify it, return results.

`scan_object(job)` is a plain function over picklable records, so the same code runs
in-process, in a process pool or on a Dask worker. Connectors, the classifier engine
and the HMAC key are cached per process.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from classifiers import EngineOptions, get_engine
from connectors import TableContent, make_connector
from connectors.base import Connector

from .analyze import Collector, collect_schema, collect_table, collect_text, new_result
from .config import Source
from .errors import PiscanError
from .extract import ExtractLimits, Problem, TableSegment, TextSegment, extract
from .hashing import Hasher, load_key
from .records import ObjectRef, ObjectResult

log = logging.getLogger("piscan.worker")


@dataclass(frozen=True)
class WorkerContext:
    """Settings every job needs; identical for all jobs of a scan."""

    key_file: str
    examples_per_type: int = 3
    min_score: float = 0.5
    recognizer_files: tuple[str, ...] = ()
    limits: dict[str, int] = field(default_factory=dict)
    sample_rows: int = 1000
    metadata_only: bool = False


@dataclass(frozen=True)
class Job:
    source: dict[str, Any]
    ref: ObjectRef
    ctx: WorkerContext


_connectors: dict[tuple, Connector] = {}
_hashers: dict[str, Hasher] = {}


class _Settings:
    def __init__(self, ctx: WorkerContext):
        self.sample_rows = ctx.sample_rows
        self.metadata_only = ctx.metadata_only
        for k, v in ctx.limits.items():
            setattr(self, k, v)


def _connector(source: dict[str, Any], ctx: WorkerContext) -> Connector:
    key = (source["name"], repr(sorted(source["options"].items())), ctx.sample_rows, ctx.metadata_only)
    conn = _connectors.get(key)
    if conn is None:
        src = Source.from_dict(source)
        if ctx.metadata_only:
            src.options = {**src.options, "metadata_only": True} if src.kind in ("postgres", "mysql", "sqlite") \
                else src.options
        conn = _connectors[key] = make_connector(src, _Settings(ctx))
    return conn


def _hasher(ctx: WorkerContext) -> Hasher:
    h = _hashers.get(ctx.key_file)
    if h is None:
        h = _hashers[ctx.key_file] = Hasher(load_key(Path(ctx.key_file)))
    return h


def close_connectors() -> None:
    for c in _connectors.values():
        try:
            c.close()
        except Exception:  # noqa: BLE001 - best effort on shutdown
            pass
    _connectors.clear()


def safe_error(exc: BaseException) -> str:
    """An error message that cannot carry scanned content."""
    if isinstance(exc, PiscanError):
        return str(exc)
    if isinstance(exc, ImportError):  # names a module, never data
        return f"{type(exc).__name__}: {exc}"
    if isinstance(exc, MemoryError):
        return "out of memory while reading the object"
    if isinstance(exc, OSError) and exc.strerror:
        return f"{type(exc).__name__}: {exc.strerror}"
    return f"{type(exc).__name__} while reading the object"


def scan_object(job: Job) -> list[ObjectResult]:
    """Scan one object; never raises for a problem with the object itself."""
    ref, ctx = job.ref, job.ctx
    if ref.kind == "error":
        return [ObjectResult(ref.source, ref.location, status="error", error=ref.meta.get("error", "unreadable"))]
    result = new_result(ref)
    try:
        conn = _connector(job.source, ctx)
        engine = get_engine(EngineOptions(min_score=ctx.min_score, recognizer_files=ctx.recognizer_files))
        content = conn.read(ref)
        col = Collector(result, _hasher(ctx), ctx.examples_per_type)
        if isinstance(content, TableContent):
            return [_scan_table(engine, result, col, content)]
        return _scan_file(engine, ref, result, content, ctx)
    except Exception as exc:  # noqa: BLE001 - recorded per object, the scan goes on
        log.debug("object %s:%s failed: %s", ref.source, ref.location, type(exc).__name__)
        result.status = "error"
        result.error = safe_error(exc)
        return [result]


def _scan_table(engine, result: ObjectResult, col: Collector, content: TableContent) -> ObjectResult:
    header = [c.name for c in content.columns]
    rows = list(content.rows)
    if rows:
        collect_table(engine, col, header, rows)
        result.bytes_scanned = sum(len(str(v)) for r in rows for v in r if v is not None)
    if not rows or content.metadata_only:
        collect_schema(engine, result, [(c.name, c.type, c.comment) for c in content.columns])
        result.notes.append("metadata only: classified from column names" if content.metadata_only
                            else "no rows: classified from column names")
    if content.sampled:
        result.notes.append(f"sampled {len(rows)} of about {content.estimated_rows} rows")
    result.notes.extend(content.notes)
    return result


def _scan_file(engine, ref: ObjectRef, result: ObjectResult, content, ctx: WorkerContext) -> list[ObjectResult]:
    limits = ExtractLimits(**{k: v for k, v in ctx.limits.items() if k in ExtractLimits.__dataclass_fields__})
    members: dict[str, ObjectResult] = {}
    hasher = _hasher(ctx)

    def target(member: str | None) -> tuple[ObjectResult, Collector]:
        if not member:
            return result, Collector(result, hasher, ctx.examples_per_type)
        r = members.get(member)
        if r is None:
            r = members[member] = new_result(ref, f"{ref.location}!/{member}")
        return r, Collector(r, hasher, ctx.examples_per_type)

    size = 0
    with content.open() as stream:
        for seg in extract(content.name, stream, content.size, limits):
            r, col = target(getattr(seg, "member", None))
            if isinstance(seg, TextSegment):
                size += len(seg.text)
                collect_text(engine, col, seg.text, seg.where)
            elif isinstance(seg, TableSegment):
                size += sum(len(c or "") for row in seg.rows for c in row)
                collect_table(engine, col, seg.header, seg.rows, seg.where)
            elif isinstance(seg, Problem):
                if seg.kind == "truncated":
                    r.truncated = True
                    r.notes.append(seg.message)
                elif seg.kind == "skipped":
                    r.status = "skipped"
                    r.notes.append(seg.message)
                else:
                    r.status, r.error = "error", seg.message
    result.bytes_scanned = content.size if content.size is not None else size
    return [result, *members.values()]
