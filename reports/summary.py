"""The terminal summary printed after a scan (rich tables; plain text without a TTY)."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

SEV_STYLE = {"critical": "bold red", "high": "red", "medium": "yellow", "low": "cyan"}


def print_summary(report: dict[str, Any], console: Console, max_rows: int = 20) -> None:
    scan = report["scan"]
    console.print(f"[bold]piscan scan {scan['id']}[/bold]")
    t = Table(title="Sources", title_justify="left")
    for col in ("source", "kind", "region", "status", "objects", "bytes"):
        t.add_column(col, justify="right" if col in ("objects", "bytes") else "left")
    for s in report["sources"]:
        status = s["status"] if not s.get("error") else f"{s['status']}: {s['error']}"
        t.add_row(s["name"], s["kind"], s["region"], status, str(s["objects_scanned"]), str(s["bytes_scanned"]))
    console.print(t)

    summary = report["summary"]
    k = Table(title="Mismatches", title_justify="left")
    k.add_column("kind")
    k.add_column("count", justify="right")
    for kind, n in summary["mismatches_by_kind"].items():
        k.add_row(kind, str(n))
    console.print(k)

    ms = report["mismatches"]
    if ms:
        # one row per problem and place: the PI types of that place are listed together
        groups: dict[tuple, list[str]] = {}
        for m in ms:
            key = (m["severity"], m["kind"], f"{m['source']}:{m['location']}", m.get("category") or "")
            groups.setdefault(key, []).append(m.get("pii_type") or "")
        rows = list(groups.items())
        d = Table(title=f"Most severe mismatches ({min(len(rows), max_rows)} of {len(rows)} places, "
                        f"{len(ms)} mismatches)", title_justify="left")
        for col in ("severity", "kind", "where", "PI types", "category"):
            d.add_column(col, overflow="fold")
        for (sev, kind, where, category), types in rows[:max_rows]:
            d.add_row(f"[{SEV_STYLE.get(sev, '')}]{sev}[/]", kind, where, ", ".join(t for t in types if t), category)
        console.print(d)
    by_sev = summary["mismatches_by_severity"]
    console.print(
        f"{summary['locations_with_pii']} locations with personal information; mismatches: "
        + ", ".join(f"{n} {s}" for s, n in reversed(list(by_sev.items()))))
    if report.get("errors"):
        console.print(f"[yellow]{len(report['errors'])} objects could not be scanned[/yellow] "
                      "(listed under \"errors\" in report.json)")
