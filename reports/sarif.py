"""SARIF 2.1.0 report (`report.sarif`) for code-scanning dashboards and CI annotations.

One rule per mismatch kind; one result per mismatch with its level from the severity
(critical/high → error, medium → warning, low → note), the mismatch fingerprint as a
partial fingerprint, and the place as an artifact URI `source/location`
(percent-encoded). Mismatches accepted by a baseline carry an external suppression.
Sources and objects that could not be scanned become tool execution notifications.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .base import Renderer
from .tables import clean, sorted_mismatches, write_atomic

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"critical": "error", "high": "error", "medium": "warning", "low": "note"}
FINGERPRINT_KEY = "piscanMismatch/v1"

RULES = {
    "UNDECLARED_STORE": ("UndeclaredStore", "Personal information in an undeclared store",
                         "Personal information was found in a location that no [[register]] entry covers.",
                         "Register the store with the categories and purposes it serves, or delete the data."),
    "UNDECLARED_TYPE": ("UndeclaredType", "PI type not allowed by the store's categories",
                        "A PI type was found that none of the store's declared policy categories allows.",
                        "Remove the data or declare a category that allows the type."),
    "REGION": ("Region", "Store outside the allowed regions",
               "The store's region is outside its categories' allowed regions, or unknown where the policy "
               "requires a known one.",
               "Move the data, set the source's region, or amend the policy's cross-border terms."),
    "PURPOSE": ("Purpose", "Purpose of use not in the policy",
                "The store declares a purpose that none of its categories lists.",
                "Drop the purpose, or add it to the policy (using PI outside its purposes needs consent)."),
    "SPECIAL_CARE": ("SpecialCare", "Special-care information or My Number without a legal basis",
                     "要配慮個人情報 or My Number is held where no category explicitly allows it.",
                     "Remove the data or restrict it to a store whose category lists the type."),
}


def _version() -> str:
    try:
        from scanner import __version__
        return __version__
    except ImportError:  # pragma: no cover
        return "0"


def artifact_uri(source: str, location: str) -> str:
    """A relative URI reference `source/location`; ':' is encoded so no segment reads as a scheme."""
    return quote(f"{clean(source)}/{clean(location)}", safe="/!$&'()*+,;=@-._~")


def _utc(timestamp: str) -> str:
    return timestamp[:-6] + "Z" if timestamp.endswith("+00:00") else timestamp


def _rule(kind: str) -> dict[str, Any]:
    name, short, full, help_text = RULES.get(kind, (kind.title().replace("_", ""), kind, kind, kind))
    return {"id": kind, "name": name, "shortDescription": {"text": short}, "fullDescription": {"text": full},
            "help": {"text": help_text}, "defaultConfiguration": {"level": "error"},
            "properties": {"tags": ["privacy", "personal-information"]}}


def build_sarif(report: dict[str, Any]) -> dict[str, Any]:
    mismatches = sorted_mismatches(report)
    kinds = list(RULES) + sorted({m["kind"] for m in mismatches} - set(RULES))
    index = {k: i for i, k in enumerate(kinds)}
    results = []
    for m in mismatches:
        result: dict[str, Any] = {
            "ruleId": m["kind"], "ruleIndex": index[m["kind"]],
            "level": LEVELS.get(m.get("severity"), "warning"),
            "message": {"text": clean(m.get("message")) or m["kind"]},
            "locations": [{
                "physicalLocation": {"artifactLocation": {"uri": artifact_uri(m["source"], m["location"])}},
                "logicalLocations": [{"name": clean(m["location"]),
                                      "fullyQualifiedName": clean(f"{m['source']}:{m['location']}")}],
            }],
            "partialFingerprints": {FINGERPRINT_KEY: clean(m["fingerprint"])},
            "properties": {k: v for k, v in (("severity", m.get("severity")), ("source", clean(m["source"])),
                                             ("piType", m.get("pii_type")), ("category", m.get("category")))
                           if v},
        }
        if m.get("baselined"):
            result["suppressions"] = [{"kind": "external", "status": "accepted",
                                       "justification": "accepted in the piscan baseline file"}]
        results.append(result)
    notifications = []
    for s in report.get("sources", []):
        if s.get("status") == "error":
            notifications.append({"level": "error",
                                  "message": {"text": clean(f"source {s['name']} could not be scanned: "
                                                            f"{s.get('error') or 'unknown error'}")}})
    for e in report.get("errors", []):
        notifications.append({
            "level": "warning",
            "message": {"text": clean(f"{e['source']}:{e['location']} could not be scanned: {e.get('error')}")},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(e["source"],
                                                                                          e["location"])}}}]})
    scan = report.get("scan") or {}
    invocation: dict[str, Any] = {"executionSuccessful": not notifications}
    if scan.get("started_at"):
        invocation["startTimeUtc"] = _utc(scan["started_at"])
    if scan.get("finished_at"):
        invocation["endTimeUtc"] = _utc(scan["finished_at"])
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [{
            "tool": {"driver": {"name": "piscan", "version": _version(), "semanticVersion": _version(),
                                "rules": [_rule(k) for k in kinds]}},
            "automationDetails": {"id": f"piscan/{scan.get('id') or 'scan'}"},
            "invocations": [invocation],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


class SarifRenderer(Renderer):
    format = "sarif"
    filenames = ("report.sarif",)

    def render(self, report: dict[str, Any], outdir: Path) -> list[Path]:
        path = outdir / "report.sarif"
        doc = build_sarif(report)
        write_atomic(path, lambda tmp: tmp.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n",
                                                      encoding="utf-8"))
        return [path]
