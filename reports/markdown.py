"""Markdown report (`report.md`) for pull-request comments, wikis and chat.

A summary, the mismatch table (most severe first) and the locations with their PI
types and masked examples. Table cells are escaped: `|`, backslashes, Markdown
emphasis/link characters and `&`/`<`/`>` cannot break the table or inject HTML, and
newlines become spaces.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from .base import Renderer
from .tables import clean, mismatch_rows, summary_counts, write_atomic

_MD_SPECIAL = re.compile(r"([\\`*\[\]|#~])")
_MD_UNDERSCORE = re.compile(r"(?<![0-9A-Za-z])_|_(?![0-9A-Za-z])")  # intraword `_` never emphasises


def md(value: Any) -> str:
    """Text for one Markdown table cell."""
    text = clean(value).replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
    text = _MD_UNDERSCORE.sub(r"\\_", _MD_SPECIAL.sub(r"\\\1", text))
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Markup(str):
    """A cell already written in Markdown (not escaped again)."""


def code(value: Any) -> str:
    """A code span: no emphasis or HTML inside, only `|` (the table's separator) needs escaping."""
    text = clean(value).replace("\r\n", " ").replace("\n", " ").replace("\r", " ").replace("|", "\\|")
    if not text:
        return ""
    run = max((len(m) for m in re.findall(r"`+", text)), default=0)
    fence = "`" * (run + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _table(headers: list[str], rows: list[list[Any]]) -> list[str]:
    out = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    out += ["| " + " | ".join(c if isinstance(c, Markup) else md(c) for c in r) + " |" for r in rows]
    return out


def _pii_text(pii_type: str, finding: dict[str, Any]) -> str:
    examples = " ".join(code(x) for x in finding.get("examples") or [])
    return f"{md(pii_type)} ×{int(finding.get('count') or 0)}" + (f": {examples}" if examples else "")


def build_markdown(report: dict[str, Any]) -> str:
    s = summary_counts(report)
    scan = report.get("scan") or {}
    lines = [f"# piscan report — scan {md(scan.get('id'))}", ""]
    lines.append(f"Started {md(scan.get('started_at'))}, finished {md(scan.get('finished_at'))}; "
                 f"configuration {md(scan.get('config'))}.")
    lines.append("")
    lines.append("## Summary")
    lines.append("")
    lines += _table(["", "count"], [
        ["Locations with personal information", s["locations_with_pii"]],
        ["Mismatches", s["mismatches"]],
        [f"Gating (at or above {s['fail_on']}, not baselined)", s["gating"]],
        ["Accepted by the baseline", s["baselined"]],
        ["Sources that failed", f"{s['sources_failed']} of {s['sources']}"],
        ["Objects that could not be scanned", s["objects_failed"]],
    ])
    lines.append("")
    sev = s["by_severity"]
    lines.append("By severity: " + ", ".join(f"**{sev.get(k, 0)}** {k}" for k in ("critical", "high", "medium", "low")))
    lines.append("")
    lines.append("By kind: " + ", ".join(f"{md(k)} {n}" for k, n in s["by_kind"].items()))
    lines.append("")

    lines.append("## Mismatches")
    lines.append("")
    rows = [[m["severity"] + (" (baselined)" if m["baselined"] else ""), m["kind"],
             f"{m['source']}:{m['location']}", m["pii_type"], m["category"], m["message"],
             Markup(code(m["fingerprint"]))]
            for m in mismatch_rows(report)]
    if rows:
        lines += _table(["severity", "kind", "where", "PI type", "category", "message", "fingerprint"], rows)
    else:
        lines.append("No mismatches.")
    lines.append("")

    lines.append("## Locations")
    lines.append("")
    loc_rows = []
    for loc in report.get("locations", []):
        pii = loc.get("pii") or {}
        loc_rows.append([f"{loc['source']}:{loc['location']}", loc.get("region"),
                         ", ".join(loc.get("categories") or []) or "(undeclared)",
                         Markup("; ".join(_pii_text(t, f) for t, f in sorted(pii.items())))])
    if loc_rows:
        lines += _table(["where", "region", "categories", "PI (masked examples)"], loc_rows)
    else:
        lines.append("No personal information found.")
    lines.append("")

    lines.append("## Sources")
    lines.append("")
    lines += _table(["source", "kind", "region", "status", "objects", "bytes", "error"],
                    [[x.get("name"), x.get("kind"), x.get("region"), x.get("status"), x.get("objects_scanned"),
                      x.get("bytes_scanned"), x.get("error") or ""] for x in report.get("sources", [])])
    errors = report.get("errors", [])
    if errors:
        lines.append("")
        lines.append("## Objects that could not be scanned")
        lines.append("")
        lines += _table(["where", "error"], [[f"{e['source']}:{e['location']}", e.get("error")] for e in errors])
    lines.append("")
    lines.append("_Examples are masked; piscan never stores or reports raw values._")
    return "\n".join(lines) + "\n"


class MarkdownRenderer(Renderer):
    format = "md"
    filenames = ("report.md",)

    def render(self, report: dict[str, Any], outdir: Path) -> list[Path]:
        path = outdir / "report.md"
        text = build_markdown(report)
        write_atomic(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))
        return [path]
