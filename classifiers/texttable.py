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

import re
from dataclasses import dataclass, field

from .base import Entity
from .columns import VALUE_CHECKS, _name_cell, classify_header, column_verdict

__all__ = ["TableFindings", "scan_tables", "may_hold_table"]

_MAX_FIELDS = 60
_FORM_ROWS = 12  # rows looked at to tell a "label<TAB>value" form from a table
_JSONISH = re.compile(r"\s*[{\[]|\s*\"[^\"]*\"\s*:")
# "key": "value" / "key": 123 pairs (JSON, JSON Lines, dict literals): the key is the value's label
_PAIR = re.compile(r'"(?P<k>[^"\n]{1,60})"\s*:\s*(?:"(?P<v>[^"\n]{0,300})"|(?P<n>[0-9][0-9.\-]{0,30}))')


@dataclass
class TableFindings:
    entities: list[Entity] = field(default_factory=list)
    suppress: list[tuple[int, int]] = field(default_factory=list)  # spans of negative (order/price…) cells
    cells: list[tuple[int, int, str | None]] = field(default_factory=list)  # every data cell and its column type


_DELIMS = ("\t", "|", "¦", ",")


def may_hold_table(text: str) -> bool:
    """Cheap test: could `text` contain a delimited table or JSON-style key/value pairs?"""
    return "\t" in text or "|" in text or "¦" in text or text.count(",") >= 4 or '":' in text or '" :' in text


def _delimiter(line: str) -> str | None:
    for d in _DELIMS:
        if d in line:
            return d
    return None


def _split(line: str, base: int, delim: str) -> list[tuple[int, int]]:
    """Fields of a line; a pipe table's outer pipes (| a | b |) do not make empty first/last fields."""
    if delim in "|¦":
        lead = len(line) - len(line.lstrip())
        body = line.strip()
        if body.startswith(delim):
            lead += 1
            body = body[1:]
        if body.endswith(delim):
            body = body[:-1]
        return _fields(body, base + lead, delim)
    return _fields(line, base, delim)


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


def _is_header(text: str, line: str, fields: list[tuple[int, int]]) -> bool:
    """A header line: not JSON, no empty field, and at least one field names a PI type or an order/price field."""
    if _JSONISH.match(line) or not all(text[s:e].strip() for s, e in fields):
        return False
    return any(classify_header(text[s:e]).pii_type or classify_header(text[s:e]).negative for s, e in fields)


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
    if '":' in text or '" :' in text:
        _pairs(text, min_score, found)
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
        header = _split(line, start, delim)
        k = len(header)
        if not _is_header(text, line, header):
            # not a header: unless the next line is one (a title line above the header), skip the rows of this
            # headerless block in one go
            j = i + 1
            while j < n and shape[j][:2] == (delim, count) and j - i < 10_000:
                j += 1
            nxt = lines[i + 1]
            i = i + 1 if j - i <= 2 or _is_header(text, nxt[1], _split(nxt[1], nxt[0], delim)) else j
            continue
        block = []
        j = i + 1
        while j < len(lines):
            s2, l2 = lines[j]
            if not l2.strip():
                break
            f2 = _split(l2, s2, delim)
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


def _pairs(text: str, min_score: float, found: TableFindings) -> None:
    """JSON-style "key": value pairs: the key, read like a column header, labels its value."""
    for m in _PAIR.finditer(text):
        hm = classify_header(m.group("k"))
        g = "v" if m.group("v") is not None else "n"
        s, e = m.span(g)
        v = text[s:e]
        b0, b1 = len(v) - len(v.lstrip()), len(v.rstrip())
        if b1 <= b0:
            continue
        s, e = s + b0, s + b1
        if hm.negative:
            found.suppress.append((s, e))
            continue
        found.cells.append((s, e, hm.pii_type))
        if hm.pii_type is None or hm.confidence < 0.6:
            continue
        if hm.pii_type == "PERSON" and hm.confidence < 0.8:
            ok = _name_cell(text[s:e], strong_only=True)  # a generic "name" key names places and products too
        else:
            ok = VALUE_CHECKS[hm.pii_type](text[s:e])
        if ok and hm.confidence * 0.95 >= min_score:
            found.entities.append(Entity(hm.pii_type, s, e, round(min(0.95, hm.confidence), 3), "keyvalue"))


def _table(text: str, header: list[tuple[int, int]], rows: list[list[tuple[int, int]]], min_score: float,
           found: TableFindings) -> None:
    matches = [classify_header(text[s:e]) for s, e in header]
    if not any(m.pii_type or m.negative for m in matches):
        return
    # "label<TAB>value" lines (a form, not a table): data rows whose cells read like labels too
    # (judged on the first rows, where a form shows its labels; counted only as far as the verdict needs: one
    # labelled row, or half of the rows, or no hope of half)
    head = rows[:_FORM_ROWS]
    need = 1 if len(header) <= 3 else max(1, (len(head) + 1) // 2)
    labelled = 0
    for r, row in enumerate(head):
        if labelled >= need or labelled + len(head) - r < need:
            break
        if any(_is_label(text[s:e]) for s, e in row[0:4:2]):  # a form's labels: first column (and third)
            labelled += 1
    if labelled >= need:
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
        for _idx, s, e in spans:
            if chk(text[s:e]):
                found.entities.append(Entity(verdict[0], s, e, min(0.95, verdict[1]), "texttable"))
