"""Spreadsheet report (`report.xlsx`, openpyxl): sheets Summary, Mismatches, Locations, Sources, Errors.

Each table sheet has a styled, frozen header row, an autofilter and column widths
fitted to the content (East Asian wide characters count double). The workbook is
written in openpyxl's write-only (streaming) mode, so a large report does not hold
a cell object per value. Every text cell is stored as a string, never a formula.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any, Callable, Iterable

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from .base import Renderer
from .tables import (ERROR_COLUMNS, LOCATION_COLUMNS, MISMATCH_COLUMNS, SOURCE_COLUMNS, clean, error_rows,
                     location_rows, mismatch_rows, source_rows, summary_counts, write_atomic)

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="305496")
TITLE_FONT = Font(bold=True, size=14)
BOLD = Font(bold=True)
SEVERITY_FILL = {"critical": PatternFill("solid", fgColor="F4B6B6"), "high": PatternFill("solid", fgColor="F8CBAD"),
                 "medium": PatternFill("solid", fgColor="FFE699"), "low": PatternFill("solid", fgColor="DDEBF7")}
WRAP = Alignment(wrap_text=True, vertical="top")
MAX_WIDTH = {"message": 80, "examples": 50, "error": 70}
MAX_CELL_CHARS = 32767  # Excel's limit for one cell
HEADERS = {"pii_type": "PI type", "objects_scanned": "objects", "bytes_scanned": "bytes"}


def _width(value: Any) -> int:
    text = clean(value)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cell(ws, value: Any, **style) -> WriteOnlyCell:
    if isinstance(value, bool):
        value = "yes" if value else ""
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        value = clean(value)
    c = WriteOnlyCell(ws, value=value)
    if isinstance(value, str):
        c.data_type = "s"  # a location named "=HYPERLINK(...)" stays text
    for k, v in style.items():
        setattr(c, k, v)
    return c


def _table_sheet(wb: Workbook, title: str, columns: tuple[str, ...],
                 rows: Callable[[], Iterable[dict[str, Any]]]) -> None:
    """A table sheet; `rows` is called twice (sizing pass, writing pass) to stream, not hold, the rows."""
    ws = wb.create_sheet(title)
    headers = [HEADERS.get(c, c.replace("_", " ")) for c in columns]
    widths = [_width(h) for h in headers]
    n = 0
    for n, r in enumerate(rows(), start=1):
        if n <= 5000:
            widths = [max(w, _width(r[c])) for w, c in zip(widths, columns)]
    for i, col in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(i)].width = min(max(widths[i - 1] + 2, 8), MAX_WIDTH.get(col, 45))
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{n + 1}"
    ws.append([_cell(ws, h, font=HEADER_FONT, fill=HEADER_FILL) for h in headers])
    for r in rows():
        ws.append([_data_cell(ws, col, r[col]) for col in columns])


def _data_cell(ws, col: str, value: Any) -> Any:
    """A plain value where possible (fast); a styled or text-forced cell only where needed."""
    if isinstance(value, bool):
        value = "yes" if value else ""
    elif value is None:
        value = ""
    elif isinstance(value, str):
        value = clean(value)[:MAX_CELL_CHARS]
    if col in MAX_WIDTH:
        return _cell(ws, value, alignment=WRAP)
    if col == "severity" and value in SEVERITY_FILL:
        return _cell(ws, value, fill=SEVERITY_FILL[value])
    if isinstance(value, str) and value.startswith("="):
        return _cell(ws, value)  # stored as text, not as a formula
    return value


def _summary_sheet(wb: Workbook, report: dict[str, Any]) -> None:
    ws = wb.create_sheet("Summary")
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 60
    s = summary_counts(report)
    scan = report.get("scan") or {}

    def row(label: str, value: Any = None, font=None) -> None:
        ws.append([_cell(ws, label, font=font or BOLD), _cell(ws, value, alignment=Alignment(horizontal="left"))]
                  if value is not None else [_cell(ws, label, font=font or BOLD)])

    row("piscan report", font=TITLE_FONT)
    row("Scan", scan.get("id"))
    row("Started", scan.get("started_at"))
    row("Finished", scan.get("finished_at"))
    row("Configuration", scan.get("config"))
    ws.append([])
    row("Locations with personal information", s["locations_with_pii"])
    row("Mismatches", s["mismatches"])
    row(f"Gating (at or above {s['fail_on']}, not baselined)", s["gating"])
    row("Accepted by the baseline", s["baselined"])
    row("Sources scanned", s["sources"])
    row("Sources that failed", s["sources_failed"])
    row("Objects that could not be scanned", s["objects_failed"])
    ws.append([])
    row("Mismatches by severity", font=TITLE_FONT)
    for sev in ("critical", "high", "medium", "low"):
        ws.append([_cell(ws, sev, fill=SEVERITY_FILL[sev]), _cell(ws, s["by_severity"].get(sev, 0))])
    ws.append([])
    row("Mismatches by kind", font=TITLE_FONT)
    for kind, n in s["by_kind"].items():
        ws.append([_cell(ws, kind), _cell(ws, n)])
    ws.append([])
    ws.append([_cell(ws, "Examples are masked; piscan never stores or reports raw values.")])


class XlsxRenderer(Renderer):
    format = "xlsx"
    filenames = ("report.xlsx",)

    def render(self, report: dict[str, Any], outdir: Path) -> list[Path]:
        path = outdir / "report.xlsx"
        wb = Workbook(write_only=True)
        _summary_sheet(wb, report)
        _table_sheet(wb, "Mismatches", MISMATCH_COLUMNS, lambda: mismatch_rows(report))
        _table_sheet(wb, "Locations", LOCATION_COLUMNS, lambda: location_rows(report))
        _table_sheet(wb, "Sources", SOURCE_COLUMNS, lambda: source_rows(report))
        _table_sheet(wb, "Errors", ERROR_COLUMNS, lambda: error_rows(report))
        wb.properties.creator = "piscan"
        write_atomic(path, lambda tmp: wb.save(tmp))
        return [path]
