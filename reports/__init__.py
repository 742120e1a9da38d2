"""Report renderers: one module per format, all implementing reports.base.Renderer.

`RENDERERS` maps a `--format` name to its renderer (imported lazily, so a scan
that writes only JSON never imports openpyxl); `render_all` writes the requested
formats into one folder. The files each format writes are listed in DESIGN.md.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from .base import Renderer

RENDERERS = {
    "json": "reports.json_report:JsonRenderer",
    "html": "reports.html:HtmlRenderer",
    "csv": "reports.csv_report:CsvRenderer",
    "xlsx": "reports.xlsx:XlsxRenderer",
    "sarif": "reports.sarif:SarifRenderer",
    "junit": "reports.junit:JunitRenderer",
    "md": "reports.markdown:MarkdownRenderer",
}
ALL_FORMATS = ("json", "html", "csv", "xlsx", "sarif", "junit", "md")


def renderer(fmt: str) -> Renderer:
    module, _, name = RENDERERS[fmt].partition(":")
    return getattr(importlib.import_module(module), name)()


def render_all(report: dict[str, Any], outdir: Path, formats: list[str]) -> list[Path]:
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    for fmt in formats:
        files.extend(renderer(fmt).render(report, outdir))
    return files
