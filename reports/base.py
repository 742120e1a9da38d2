"""The renderer interface every report format implements."""

from __future__ import annotations

from abc import ABC, abstractmethod
from pathlib import Path
from typing import Any


class Renderer(ABC):
    """Turns a report document (scanner.report_model) into files in an output folder."""

    format: str = ""
    filenames: tuple[str, ...] = ()

    @abstractmethod
    def render(self, report: dict[str, Any], outdir: Path) -> list[Path]:
        """Write the files and return their paths."""
