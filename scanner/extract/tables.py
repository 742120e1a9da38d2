"""Helpers shared by table formats: cell rendering, header detection, row batching.

A first row is taken as a header when every cell reads like a label (short,
non-empty, unique, no `@`, not mostly digits) and the rows below do not; that is
what makes `メールアドレス` or `tel` inform classification of the column below it.
"""

from __future__ import annotations

import datetime as _dt
import decimal
import re
from typing import Any, Iterable, Iterator

from .segments import TABLE_BATCH_ROWS, TableSegment

_DIGITS = re.compile(r"\d")


def cell_text(value: Any) -> str:
    """Render a cell as the string a person would read in it."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    if isinstance(value, decimal.Decimal):
        return format(value, "f")
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return ""
    return str(value)


def _label_like(cell: str) -> bool:
    c = cell.strip()
    if not c or len(c) > 64 or "@" in c:
        return False
    digits = len(_DIGITS.findall(c))
    return digits <= max(2, len(c) // 4)


def looks_like_header(first: list[str], following: Iterable[list[str]] = ()) -> bool:
    cells = [c.strip() for c in first]
    if not cells or not all(_label_like(c) for c in cells if c) or sum(1 for c in cells if c) < max(1, len(cells) // 2):
        return False
    nonempty = [c for c in cells if c]
    if len(set(nonempty)) != len(nonempty):
        return False
    following = list(following)
    if not following:
        return len(cells) > 1
    # a header differs from the data: some column below holds non-label values
    for row in following:
        for c in row:
            if c.strip() and not _label_like(c):
                return True
    # all-label data (e.g. names only): accept when the first row has no value repeated below it
    below = {c.strip() for row in following for c in row}
    return not (set(nonempty) & below)


def batched_tables(header: list[str] | None, rows: Iterator[list[str]], where: str = "",
                   batch: int = TABLE_BATCH_ROWS) -> Iterator[TableSegment]:
    buf: list[list[str]] = []
    for row in rows:
        buf.append(row)
        if len(buf) >= batch:
            yield TableSegment(header, buf, where)
            buf = []
    if buf:
        yield TableSegment(header, buf, where)


class CharBudget:
    """Counts characters handed to the classifier; `spend` is False once the budget is gone."""

    def __init__(self, limit: int):
        self.limit, self.used, self.exhausted = limit, 0, False

    def spend(self, n: int) -> bool:
        if self.used + n > self.limit:
            self.exhausted = True
            return False
        self.used += n
        return True

    def spend_row(self, row: list[str]) -> bool:
        return self.spend(sum(len(c) for c in row) + len(row))
