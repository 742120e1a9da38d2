"""CSV reports: `locations.csv` (one row per location × PI type) and `mismatches.csv`.

Written as UTF-8 with a byte-order mark and CRLF line ends, so Excel on a Japanese
Windows opens them without mojibake. Cells that a spreadsheet would run as a
formula (starting with `=`, `+`, `-`, `@`, tab or CR) are prefixed with `'`:
file and table names come from the scanned stores and must not execute.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any, Iterable

from .base import Renderer
from .tables import LOCATION_COLUMNS, MISMATCH_COLUMNS, clean, location_rows, mismatch_rows, write_atomic

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: Any) -> str:
    """One CSV cell: booleans as true/false, text cleaned and defused against formula injection."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = clean(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def write_csv(path: Path, columns: tuple[str, ...], rows: Iterable[dict[str, Any]]) -> None:
    def write(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh, lineterminator="\r\n")
            w.writerow(columns)
            for row in rows:
                w.writerow([cell(row[c]) for c in columns])

    write_atomic(path, write)


class CsvRenderer(Renderer):
    format = "csv"
    filenames = ("locations.csv", "mismatches.csv")

    def render(self, report: dict[str, Any], outdir: Path) -> list[Path]:
        locations, mismatches = outdir / "locations.csv", outdir / "mismatches.csv"
        write_csv(locations, LOCATION_COLUMNS, location_rows(report))
        write_csv(mismatches, MISMATCH_COLUMNS, mismatch_rows(report))
        return [locations, mismatches]
