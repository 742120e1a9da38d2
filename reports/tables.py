"""Flat rows and small text helpers shared by the tabular renderers (CSV, XLSX, Markdown, HTML).

Every renderer reads the same report document (scanner.report_model); this module
turns its nested parts into flat rows in one agreed column order, decides which
mismatches are gating (not baselined, at or above the scan's `fail_on`), and cleans
text that a file format cannot hold (XML-illegal control characters, lone surrogates).
"""

from __future__ import annotations

import re
from typing import Any, Iterator

SEVERITY_RANK = {"low": 0, "medium": 1, "high": 2, "critical": 3}
DEFAULT_FAIL_ON = "high"

MISMATCH_COLUMNS = ("severity", "kind", "source", "location", "pii_type", "category", "message",
                    "fingerprint", "baselined", "gating")
LOCATION_COLUMNS = ("source", "location", "region", "categories", "purposes", "pii_type", "count", "examples")
SOURCE_COLUMNS = ("name", "kind", "region", "status", "error", "objects_scanned", "bytes_scanned")
ERROR_COLUMNS = ("source", "location", "error")

# XML 1.0 forbids C0 controls other than tab/newline/CR, U+FFFE/U+FFFF and lone surrogates.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")


def clean(value: Any) -> str:
    """Text safe for any output format: None → "", illegal characters → U+FFFD."""
    if value is None:
        return ""
    return _XML_ILLEGAL.sub("\ufffd", str(value))


def fail_on(report: dict[str, Any]) -> str:
    """The severity threshold the scan gated on (`scan.fail_on` when recorded, else `high`)."""
    value = (report.get("scan") or {}).get("fail_on")
    return value if value in SEVERITY_RANK else DEFAULT_FAIL_ON


def is_gating(mismatch: dict[str, Any], threshold: str) -> bool:
    """A mismatch fails the scan unless a baseline accepts it or it is below the threshold."""
    return (not mismatch.get("baselined")
            and SEVERITY_RANK.get(mismatch.get("severity"), 0) >= SEVERITY_RANK[threshold])


def sorted_mismatches(report: dict[str, Any]) -> list[dict[str, Any]]:
    """Most severe first, then by kind and place (stable for equal keys)."""
    return sorted(report.get("mismatches", []),
                  key=lambda m: (-SEVERITY_RANK.get(m.get("severity"), 0), m.get("kind") or "",
                                 m.get("source") or "", m.get("location") or "", m.get("pii_type") or ""))


def mismatch_rows(report: dict[str, Any]) -> Iterator[dict[str, Any]]:
    threshold = fail_on(report)
    for m in sorted_mismatches(report):
        yield {"severity": m.get("severity"), "kind": m.get("kind"), "source": m.get("source"),
               "location": m.get("location"), "pii_type": m.get("pii_type") or "",
               "category": m.get("category") or "", "message": m.get("message"),
               "fingerprint": m.get("fingerprint"), "baselined": bool(m.get("baselined")),
               "gating": is_gating(m, threshold)}


def location_rows(report: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """One row per location × PI type."""
    for loc in report.get("locations", []):
        for pii_type, f in sorted((loc.get("pii") or {}).items()):
            yield {"source": loc.get("source"), "location": loc.get("location"), "region": loc.get("region"),
                   "categories": "; ".join(loc.get("categories") or []),
                   "purposes": "; ".join(loc.get("purposes") or []),
                   "pii_type": pii_type, "count": int(f.get("count") or 0),
                   "examples": " | ".join(f.get("examples") or [])}


def source_rows(report: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for s in report.get("sources", []):
        yield {k: s.get(k) for k in SOURCE_COLUMNS}


def error_rows(report: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for e in report.get("errors", []):
        yield {k: e.get(k) for k in ERROR_COLUMNS}


def summary_counts(report: dict[str, Any]) -> dict[str, Any]:
    """Headline numbers every human-facing format shows."""
    ms = report.get("mismatches", [])
    threshold = fail_on(report)
    sources = report.get("sources", [])
    return {
        "locations_with_pii": report.get("summary", {}).get("locations_with_pii", len(report.get("locations", []))),
        "mismatches": len(ms),
        "gating": sum(1 for m in ms if is_gating(m, threshold)),
        "baselined": sum(1 for m in ms if m.get("baselined")),
        "fail_on": threshold,
        "sources": len(sources),
        "sources_failed": sum(1 for s in sources if s.get("status") == "error"),
        "objects_failed": len(report.get("errors", [])),
        "by_severity": dict(report.get("summary", {}).get("mismatches_by_severity", {})),
        "by_kind": dict(report.get("summary", {}).get("mismatches_by_kind", {})),
    }


def write_atomic(path, write) -> None:
    """Write through a temporary file beside `path` and rename it into place."""
    from pathlib import Path

    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    try:
        write(tmp)
        tmp.replace(path)
    finally:
        if tmp.exists():
            tmp.unlink()
