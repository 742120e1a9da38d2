"""JUnit XML report (`report.junit.xml`) for CI test dashboards (GitLab, Jenkins, GitHub actions).

One testsuite per source; in it one testcase per location holding PI, with one
`<failure>` per gating mismatch (message = the mismatch message) — non-gating ones
(baselined or below `fail_on`) are listed in `<system-out>` — plus one testcase per
source, "source scan", that errors when the source or some of its objects could not
be scanned. Written with xml.etree, so the output is always well-formed.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path
from typing import Any

from .base import Renderer
from .tables import clean, fail_on, is_gating, sorted_mismatches, write_atomic

SOURCE_CASE = "source scan"


def _el(parent: ET.Element, tag: str, text: str | None = None, **attrs: Any) -> ET.Element:
    e = ET.SubElement(parent, tag, {k: clean(v) for k, v in attrs.items() if v is not None})
    if text:
        e.text = clean(text)
    return e


def build_junit(report: dict[str, Any]) -> ET.Element:
    threshold = fail_on(report)
    by_place: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for m in sorted_mismatches(report):
        by_place[(m["source"], m["location"])].append(m)
    places: dict[str, dict[str, None]] = defaultdict(dict)  # source -> ordered set of locations
    for loc in report.get("locations", []):
        places[loc["source"]][loc["location"]] = None
    for source, location in by_place:
        places[source].setdefault(location, None)
    errors_by_source: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for e in report.get("errors", []):
        errors_by_source[e["source"]].append(e)
    sources = {s["name"]: s for s in report.get("sources", [])}
    names = list(sources) + sorted(set(places) - set(sources))

    scan = report.get("scan") or {}
    root = ET.Element("testsuites", {"name": "piscan"})
    totals = {"tests": 0, "failures": 0, "errors": 0}
    for name in names:
        suite = _el(root, "testsuite", name=name, timestamp=scan.get("started_at"), hostname="piscan")
        counts = {"tests": 0, "failures": 0, "errors": 0}
        src = sources.get(name, {})
        # the source itself: did it scan?
        counts["tests"] += 1
        case = _el(suite, "testcase", classname=f"piscan.{name}", name=SOURCE_CASE)
        objs = errors_by_source.get(name, [])
        if src.get("status") == "error" or objs:
            counts["errors"] += 1
            if src.get("status") == "error":
                message = f"source {name} could not be scanned: {src.get('error') or 'unknown error'}"
            else:
                message = f"{len(objs)} object{'s' if len(objs) != 1 else ''} of source {name} could not be scanned"
            detail = "\n".join(f"{e['location']}: {e.get('error')}" for e in objs)
            _el(case, "error", detail or message, message=message, type="ScanError")
        elif src:
            _el(case, "system-out", f"{src.get('objects_scanned', 0)} objects, {src.get('bytes_scanned', 0)} bytes "
                                    f"scanned; region {src.get('region')}")
        for location in places.get(name, {}):
            counts["tests"] += 1
            case = _el(suite, "testcase", classname=f"piscan.{name}", name=location)
            ms = by_place.get((name, location), [])
            gating = [m for m in ms if is_gating(m, threshold)]
            for m in gating:
                _el(case, "failure", f"{m['severity']} {m['kind']} {m.get('pii_type') or ''}\n"
                                     f"fingerprint {m['fingerprint']}\n{m['message']}",
                    message=m["message"], type=m["kind"])
            if gating:
                counts["failures"] += 1
            rest = [m for m in ms if not is_gating(m, threshold)]
            if rest:
                _el(case, "system-out", "\n".join(
                    f"{'baselined' if m.get('baselined') else 'below ' + threshold} {m['severity']} {m['kind']} "
                    f"{m.get('pii_type') or ''} ({m['fingerprint']}): {m['message']}" for m in rest))
        suite.set("tests", str(counts["tests"]))
        suite.set("failures", str(counts["failures"]))
        suite.set("errors", str(counts["errors"]))
        suite.set("skipped", "0")
        for k in totals:
            totals[k] += counts[k]
    for k, v in totals.items():
        root.set(k, str(v))
    return root


class JunitRenderer(Renderer):
    format = "junit"
    filenames = ("report.junit.xml",)

    def render(self, report: dict[str, Any], outdir: Path) -> list[Path]:
        path = outdir / "report.junit.xml"
        tree = ET.ElementTree(build_junit(report))
        ET.indent(tree)
        write_atomic(path, lambda tmp: tree.write(tmp, encoding="utf-8", xml_declaration=True))
        return [path]
