"""Delimited tables inside free text (CSV/TSV pasted into mail, exported lists): header-aware cell entities.

People paste spreadsheets into text: a header line (氏名, 生年月日, 個人番号, 電話番号, mail …) followed by rows
separated by tabs or commas. A value in such a row has no label beside it, so the free-text detectors cannot
tell a birth date from an order date or a My Number from a tracking number; the header can. `scan_tables`
finds blocks of at least two consecutive lines with the same delimiter and field count whose first line
reads as a header (`classifiers.columns.classify_header`), decides each column with the same rules as
structured data (`column_verdict`: header plus the share of values that fit), and returns whole-cell
entities for the fitting cells, plus the cell spans of order/product/price columns, inside which the engine
drops number-shaped identifiers, and every other data cell with its column's type: inside a table, a value
that needs a label (a My Number, a birth date, an account number) may only take it from its own column header,
not from a neighbouring cell. Delimiters: tab, |, ¦ and comma. Quotes around a cell are not part of its span.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .base import Entity
from .columns import VALUE_CHECKS, classify_header, column_verdict

__all__ = ["TableFindings", "scan_tables", "may_hold_table"]

_MAX_FIELDS = 60


@dataclass
class TableFindings:
    entities: list[Entity] = field(default_factory=list)
    suppress: list[tuple[int, int]] = field(default_factory=list)  # spans of negative (order/price…) cells
    cells: list[tuple[int, int, str | None]] = field(default_factory=list)  # every data cell and its column type


_DELIMS = ("\t", "|", "¦", ",")


def may_hold_table(text: str) -> bool:
    """Cheap test: could `text` contain a delimited table?"""
    return "\t" in text or "|" in text or "¦" in text or text.count(",") >= 4


def _delimiter(line: str) -> str | None:
    for d in _DELIMS:
        if d in line:
            return d
    return None


def _fields(line: str, base: int, delim: str) -> list[tuple[int, int]]:
    """(start, end) spans of the fields of one line (double quotes protect delimiters), quotes excluded."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(line)
    while i <= n:
        if i < n and line[i] == '"':
            j = line.find('"', i + 1)
            while j != -1 and j + 1 < n and line[j + 1] == '"':
                j = line.find('"', j + 2)
            if j == -1:
                j = n
            out.append((base + i + 1, base + j))
            k = line.find(delim, j)
            if k == -1:
                break
            i = k + 1
        else:
            k = line.find(delim, i)
            if k == -1:
                out.append((base + i, base + n))
                break
            out.append((base + i, base + k))
            i = k + 1
        if len(out) > _MAX_FIELDS:
            return []
    return out


def _is_label(cell: str) -> bool:
    """Does a data cell read like a field label (short, no digits, names a PI type or an order/price field)?"""
    cell = cell.strip(" ・●◆■＊*-【】[]:：")
    if not cell or len(cell) > 15 or "@" in cell or any(c.isdigit() for c in cell):
        return False
    m = classify_header(cell)
    return m.pii_type is not None or m.negative


def _lines(text: str) -> list[tuple[int, str]]:
    out = []
    pos = 0
    for raw in text.split("\n"):
        line = raw[:-1] if raw.endswith("\r") else raw
        out.append((pos, line))
        pos += len(raw) + 1
    return out


def scan_tables(text: str, min_score: float = 0.5) -> TableFindings:
    """Entities and suppressed spans from every headed delimited table in (normalised) `text`."""
    found = TableFindings()
    if not may_hold_table(text):
        return found
    lines = _lines(text)
    shape = []
    for _, line in lines:
        d = _delimiter(line)
        shape.append((d, line.count(d) if d else 0, '"' in line))
    i = 0
    n = len(lines)
    while i < n:
        start, line = lines[i]
        delim, count, quoted = shape[i]
        # cheap shape test first: the next line must use the same delimiter the same number of times
        if delim is None or i + 1 >= n or shape[i + 1][0] != delim or (
                shape[i + 1][1] != count and not quoted and not shape[i + 1][2]):
            i += 1
            continue
        header = _fields(line, start, delim)
        k = len(header)
        if not any(classify_header(text[s:e]).pii_type or classify_header(text[s:e]).negative for s, e in header):
            i += 1
            continue
        block = []
        j = i + 1
        while j < len(lines):
            s2, l2 = lines[j]
            if not l2.strip():
                break
            f2 = _fields(l2, s2, delim)
            if len(f2) != k:
                break
            block.append(f2)
            j += 1
        if k >= 2 and block:
            _table(text, header, block, min_score, found)
            i = j
        else:
            i += 1
    return found


def _table(text: str, header: list[tuple[int, int]], rows: list[list[tuple[int, int]]], min_score: float,
           found: TableFindings) -> None:
    matches = [classify_header(text[s:e]) for s, e in header]
    if not any(m.pii_type or m.negative for m in matches):
        return
    # "label<TAB>value" lines (a form, not a table): data rows whose cells read like labels too
    labelled = sum(1 for row in rows if any(_is_label(text[s:e]) for s, e in row))
    if labelled and (len(header) <= 3 or labelled * 2 >= len(rows)):
        return
    for c, hm in enumerate(matches):
        cells = [row[c] for row in rows]
        if hm.negative:
            found.suppress.extend(cells)
            continue
        found.cells.extend((s, e, hm.pii_type) for s, e in cells)
        if hm.pii_type is None:
            continue
        spans = []
        sample = []
        for idx, (s, e) in enumerate(cells):
            v = text[s:e]
            b0 = len(v) - len(v.lstrip())
            b1 = len(v.rstrip())
            if b1 > b0:
                spans.append((idx, s + b0, s + b1))
                sample.append((idx, v[b0:b1]))
        verdict = column_verdict(hm, sample)
        if verdict is None or verdict[1] < min_score:
            found.cells[-len(cells):] = [(s, e, None) for s, e in cells]
            continue
        chk = VALUE_CHECKS[verdict[0]]
        for idx, s, e in spans:
            if chk(text[s:e]):
                found.entities.append(Entity(verdict[0], s, e, min(0.95, verdict[1]), "texttable"))
