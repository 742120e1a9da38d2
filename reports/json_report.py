"""JSON report (`report.json`), schema_version 1 as DESIGN.md fixes it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .base import Renderer


class JsonRenderer(Renderer):
    format = "json"
    filenames = ("report.json",)

    def render(self, report: dict[str, Any], outdir: Path) -> list[Path]:
        path = outdir / "report.json"
        tmp = path.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        tmp.replace(path)
        return [path]
