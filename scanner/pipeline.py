"""The scan pipeline: crawl → extract → classify → aggregate → inventory → policy → report.

`run_scan` drives the stages; the per-object work is `worker.scan_object`, run by an
executor. Unchanged objects (same version as in the last completed scan) are carried
over from the inventory instead of being read again, unless `full` is set.
"""

from __future__ import annotations

import gc
import json
from contextlib import contextmanager
import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from connectors import make_connector

from .baseline import load_baseline
from .config import Config, Source
from .errors import PiscanError
from .executors import make_executor
from .inventory import Inventory
from .policy import LocationFacts, at_or_above, evaluate
from .records import ObjectRef, ObjectResult
from .regions import lenient_region, parse_region
from .report_model import build_report
from .worker import Job, WorkerContext, safe_error

log = logging.getLogger("piscan.pipeline")
BATCH = 200


@dataclass
class ScanOptions:
    outdir: Path | None = None
    formats: list[str] = field(default_factory=lambda: ["json"])
    sources: list[str] = field(default_factory=list)
    baseline: Path | None = None
    fail_on: str | None = None
    full: bool = False
    executor: str = "local"
    scheduler: str | None = None
    workers: int | None = None
    metadata_only: bool = False
    progress: bool = False


@dataclass
class ScanOutcome:
    scan_id: str
    exit_code: int
    report: dict
    files: list[Path]
    gating: int


class _Progress:
    """A rich progress line on a terminal; silent otherwise."""

    def __init__(self, enabled: bool):
        self.p = None
        if enabled and sys.stderr.isatty():
            from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self.p = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                              TextColumn("{task.completed} objects"), TimeElapsedColumn(), transient=True)
            self.p.start()
        self.task = None

    def source(self, name: str) -> None:
        if self.p:
            self.task = self.p.add_task(f"scanning {name}", total=None)

    def advance(self, n: int = 1) -> None:
        if self.p and self.task is not None:
            self.p.advance(self.task, n)

    def close(self) -> None:
        if self.p:
            self.p.stop()


def classifiers_fingerprint() -> str:
    """Hash of the classifier code and data: a new piscan version never reuses stale results."""
    import hashlib

    import classifiers

    h = hashlib.sha256()
    root = Path(classifiers.__file__).parent
    for p in sorted(root.rglob("*")):
        if p.is_file() and p.suffix in (".py", ".json", ".txt", ".tsv", ".yaml", ".csv"):
            h.update(p.relative_to(root).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()


def detection_key(ctx: WorkerContext) -> str:
    """What decides an object's findings besides its content: results are reused only when it matches."""
    import hashlib

    parts = [classifiers_fingerprint(), str(ctx.min_score), str(ctx.examples_per_type), str(ctx.sample_rows),
             str(ctx.metadata_only), json.dumps(ctx.limits, sort_keys=True)]
    for f in ctx.recognizer_files:
        try:
            parts.append(hashlib.sha256(Path(f).read_bytes()).hexdigest())
        except OSError:
            parts.append(f)
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:16]


def run_scan(config: Config, options: ScanOptions) -> ScanOutcome:
    """Run one scan and return its outcome (the exit code included)."""
    sources = [s for s in config.sources if s.enabled]
    if options.sources:
        names = {s.name for s in config.sources}
        for n in options.sources:
            if n not in names:
                raise PiscanError(f"--source {n}: no such source in {config.path.name} "
                                  f"(defined: {', '.join(sorted(names))})")
        sources = [s for s in config.sources if s.name in options.sources]
    baseline = load_baseline(options.baseline)
    fail_on = options.fail_on or config.scan.fail_on
    workers = options.workers or config.scan.workers
    s = config.scan
    ctx = WorkerContext(
        key_file=str(s.hmac_key_file), examples_per_type=s.examples_per_type, min_score=s.min_score,
        recognizer_files=tuple(str(p) for p in s.recognizers), sample_rows=s.sample_rows,
        metadata_only=options.metadata_only,
        limits={"max_text_chars": s.max_text_chars, "max_object_bytes": s.max_object_bytes,
                "archive_max_depth": s.archive_max_depth, "archive_max_bytes": s.archive_max_bytes,
                "archive_max_ratio": s.archive_max_ratio, "archive_max_members": s.archive_max_members})
    from .hashing import load_key
    load_key(s.hmac_key_file)  # create the key file once, before any worker needs it

    inv = Inventory(s.inventory)
    detection = detection_key(ctx)
    scan_id = inv.start_scan(str(config.path), {
        "sources": [x.name for x in sources], "full": options.full, "executor": options.executor,
        "metadata_only": options.metadata_only, "fail_on": fail_on, "detection": detection})
    progress = _Progress(options.progress)
    executor = make_executor(options.executor, workers, options.scheduler)
    regions: dict[str, str] = {}
    try:
        for src in sources:
            progress.source(src.name)
            previous = None if options.full else inv.last_scan_of_source(src.name, detection)
            regions[src.name] = _scan_source(inv, scan_id, previous, src, ctx, executor, progress, options)
    finally:
        executor.close()
        progress.close()

    with _no_gc():  # many small acyclic objects: the cyclic collector would only slow this down
        findings = inv.findings(scan_id)
        facts = _location_facts(findings, regions)
        mismatches = evaluate(config, facts)
    inv.record_mismatches(scan_id, mismatches, baseline)
    gating = [m for m in mismatches if m.fingerprint not in baseline and at_or_above(m.severity, fail_on)]
    failed = any(r["status"] == "error" for r in inv.sources(scan_id)) or any(
        e["status"] == "error" for e in inv.errors(scan_id))
    exit_code = 1 if gating else (3 if failed else 0)
    inv.finish_scan(scan_id, "complete", exit_code)
    with _no_gc():
        report = build_report(inv, scan_id, config, findings)
    inv.close()
    files: list[Path] = []
    if options.outdir is not None:
        from reports import render_all
        try:
            files = render_all(report, options.outdir, options.formats)
        except OSError as exc:
            raise PiscanError(f"{options.outdir}: cannot write the reports ({exc.strerror or exc}); "
                              f"the scan {scan_id} is in the inventory: `piscan report` can write them again") from None
    return ScanOutcome(scan_id, exit_code, report, files, len(gating))


def _scan_source(inv: Inventory, scan_id: str, previous: str | None, src: Source, ctx: WorkerContext,
                 executor, progress: _Progress, options: ScanOptions) -> str:
    """Scan one source; returns its region text. Source-level failures are recorded, not raised."""
    region = parse_region(src.region).text
    try:
        conn = make_connector(src, None)
    except Exception as exc:  # noqa: BLE001 - e.g. a missing optional dependency
        inv.record_source(scan_id, src.name, src.kind, region, "error", safe_error(exc), 0, 0, 0)
        return region
    try:
        conn.check()
        region = conn.region().text
        prev_versions = inv.previous_versions(previous, src.name) if previous else {}
        carried: list[str] = []

        def jobs() -> Iterator[Job]:
            for ref in conn.list_objects():
                if ref.version is not None and prev_versions.get(ref.location) == ref.version:
                    carried.append(ref.location)
                    if len(carried) >= 5000:
                        inv.carry_over(previous, scan_id, src.name, carried[:])
                        progress.advance(len(carried))
                        carried.clear()
                    continue
                yield Job(src.to_dict(), ref, ctx)

        batch: list[ObjectResult] = []
        for results in executor.run(jobs()):
            batch.extend(results)
            progress.advance()
            if len(batch) >= BATCH:
                inv.record_objects(scan_id, batch)
                batch.clear()
        inv.record_objects(scan_id, batch)
        if carried:
            inv.carry_over(previous, scan_id, src.name, carried)
        status, error = "ok", None
    except Exception as exc:  # noqa: BLE001 - a source failure never aborts the scan
        log.debug("source %s failed", src.name, exc_info=False)
        status, error = "error", safe_error(exc)
    finally:
        try:
            conn.close()
        except Exception:  # noqa: BLE001
            pass
    n, nbytes, reused = inv.object_stats(scan_id, src.name)
    inv.record_source(scan_id, src.name, src.kind, region, status, error, n, nbytes, reused)
    log.info("source %s: %s, %d objects (%d unchanged), %d bytes", src.name, status, n, reused, nbytes)
    return region


@contextmanager
def _no_gc():
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _location_facts(findings: dict, regions: dict[str, str]) -> list[LocationFacts]:
    return [LocationFacts(source=source, location=location, region=lenient_region(regions.get(source)),
                          pii={t: f.count for t, f in types.items()},
                          schema_only={t for t, f in types.items() if f.schema_only})
            for (source, location), types in findings.items()]
