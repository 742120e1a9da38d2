"""Report renderers: one module per format, all implementing reports.base.Renderer."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from .base import Renderer

RENDERERS = {
    "json": "reports.json_report:JsonRenderer",
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
