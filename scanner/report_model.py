"""Builds the report document (JSON report schema_version 1) from the inventory.

Rendering is kept apart: every renderer in reports/ consumes this dict, so a report
can be re-rendered later from the inventory without scanning again.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from . import MISMATCH_KINDS, SEVERITIES
from .config import Config
from .inventory import Inventory
from .policy import register_entries

SCHEMA_VERSION = 1


def build_report(inv: Inventory, scan_id: str, config: Config,
                 findings: dict | None = None) -> dict[str, Any]:
    scan = inv.scan(scan_id) or {}
    sources = []
    errors = inv.errors(scan_id)
    err_by_source = Counter(e["source"] for e in errors if e["status"] == "error")
    regions = {}
    for s in inv.sources(scan_id):
        regions[s["name"]] = s["region"]
        error = s["error"]
        if error is None and err_by_source.get(s["name"]):
            n = err_by_source[s["name"]]
            error = f"{n} object{'s' if n != 1 else ''} could not be scanned (see errors)"
        sources.append({"name": s["name"], "kind": s["kind"], "region": s["region"], "status": s["status"],
                        "error": error, "objects_scanned": s["objects_scanned"],
                        "bytes_scanned": s["bytes_scanned"]})
    locations = []
    if findings is None:
        findings = inv.findings(scan_id)
    for (source, location), types in findings.items():
        entries = register_entries(config, source, location)
        locations.append({
            "source": source, "location": location, "region": regions.get(source, "unknown"),
            "categories": list(dict.fromkeys(c for e in entries for c in e.categories)),
            "purposes": list(dict.fromkeys(p for e in entries for p in e.purposes)),
            "pii": {t: {"count": f.count, "examples": list(f.examples)} for t, f in types.items()},
        })
    mismatches = [{k: m[k] for k in ("kind", "severity", "source", "location", "pii_type", "category",
                                     "message", "fingerprint")} | ({"baselined": True} if m["baselined"] else {})
                  for m in inv.mismatches(scan_id)]
    by_kind = Counter(m["kind"] for m in mismatches)
    by_sev = Counter(m["severity"] for m in mismatches)
    return {
        "schema_version": SCHEMA_VERSION,
        "scan": {"id": scan_id, "started_at": scan.get("started_at"), "finished_at": scan.get("finished_at"),
                 "config": scan.get("config"), "fail_on": (scan.get("options") or {}).get("fail_on")},
        "sources": sources,
        "locations": locations,
        "mismatches": mismatches,
        "summary": {
            "locations_with_pii": len(locations),
            "mismatches_by_kind": {k: by_kind.get(k, 0) for k in MISMATCH_KINDS},
            "mismatches_by_severity": {s: by_sev.get(s, 0) for s in SEVERITIES},
        },
        "errors": [{"source": e["source"], "location": e["location"], "error": e["error"]}
                   for e in errors if e["status"] == "error"],
    }
