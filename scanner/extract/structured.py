"""JSON and JSON Lines: key-aware text and tables out of structured documents.

JSON arrays of objects become tables (keys are the header, nested objects are
flattened to `a.b` columns); every other string or number is grouped by its key
path (`customers[].contact.email`) into one TextSegment per path, so the path can
inform classification. JSON Lines are read line by line into tables of 5,000
rows. A document too big to parse whole, or not valid JSON, is scanned as text.
"""

from __future__ import annotations

import json
from typing import Any, Iterator

from .segments import Context, Problem, Segment
from .streams import Input
from .tables import batched_tables, cell_text
from .text import TextSource, extract_text, lines, text_segments

MAX_COLUMNS = 512


def _flatten(obj: dict, prefix: str = "", out: dict | None = None, lists: list | None = None):
    out = {} if out is None else out
    for k, v in obj.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            _flatten(v, key + ".", out, lists)
        elif isinstance(v, list):
            if lists is not None:
                lists.append((key, v))
        else:
            out[key] = v
    return out


class _Collector:
    """Walks a JSON value, producing tables for arrays of objects and text grouped by path."""

    def __init__(self) -> None:
        self.text: dict[str, list[str]] = {}
        self.tables: list[tuple[str, list[str], list[list[str]]]] = []

    def add(self, path: str, value: Any) -> None:
        if value is None or isinstance(value, bool):
            return
        s = cell_text(value)
        if s:
            self.text.setdefault(path or "$", []).append(s)

    def walk(self, value: Any, path: str) -> None:
        stack = [(value, path)]
        while stack:
            v, p = stack.pop()
            if isinstance(v, dict):
                for k, sub in reversed(list(v.items())):
                    stack.append((sub, f"{p}.{k}" if p else str(k)))
            elif isinstance(v, list):
                objs = [x for x in v if isinstance(x, dict)]
                if len(objs) >= 2 and len(objs) >= len(v) * 0.8:
                    self._table(objs, p, stack)
                    for x in v:
                        if not isinstance(x, dict):
                            stack.append((x, p + "[]"))
                else:
                    for x in reversed(v):
                        stack.append((x, p + "[]"))
            else:
                self.add(p, v)

    def _table(self, objs: list[dict], path: str, stack: list) -> None:
        header: dict[str, None] = {}
        flat_rows = []
        for o in objs:
            lists: list = []
            flat = _flatten(o, lists=lists)
            for k in flat:
                if len(header) < MAX_COLUMNS:
                    header.setdefault(k, None)
            flat_rows.append(flat)
            for k, lv in lists:
                stack.append((lv, f"{path}[].{k}" if path else f"[].{k}"))
        cols = list(header)
        rows = [[cell_text(r.get(c)) for c in cols] for r in flat_rows]
        self.tables.append((path or "$", cols, rows))


def extract_json(name: str, inp: Input, size: int | None, ctx: Context) -> Iterator[Segment]:
    src = TextSource(inp, size, ctx)
    if src.sampled or (size is None and src.windows[0].length is not None):
        # too big to parse whole: fall back to sampled plain text
        if size is None:
            yield from _json_unsized(name, inp, src, ctx)
            return
        yield from extract_text(name, inp, size, ctx)
        return
    text = "".join(src.chunks(src.windows[0]))
    yield from _json_document(name, text, src, ctx)


def _json_unsized(name, inp, src, ctx):
    text = "".join(src.chunks(src.windows[0]))
    problem = src.finish()
    if problem is None:
        yield from _json_document(name, text, src, ctx)
        return
    yield from text_segments(lines(iter([text])))
    yield problem


def _json_document(name: str, text: str, src: TextSource, ctx: Context) -> Iterator[Segment]:
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError) as exc:
        # maybe JSON Lines under a .json name
        if text.count("\n") > 1 and _jsonl_like(text):
            yield from _jsonl_lines(iter(text.splitlines()), "")
            return
        pos = f" at line {exc.lineno} column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else ""
        yield Problem("error", f"not valid JSON{pos}; scanned as plain text")
        yield from text_segments(lines(iter([text])))
        return
    del text
    col = _Collector()
    try:
        col.walk(doc, "")
    except RecursionError:
        yield Problem("error", "JSON nested too deeply; scanned partly")
    for path, cols, rows in col.tables:
        yield from batched_tables(cols, iter(rows), path)
    for path, values in col.text.items():
        yield from text_segments((v + "\n" for v in values), path)
    problem = src.finish()
    if problem:
        yield problem


def _jsonl_like(text: str) -> bool:
    first = [ln for ln in text.splitlines()[:5] if ln.strip()]
    try:
        return bool(first) and all(isinstance(json.loads(ln), (dict, list)) for ln in first)
    except ValueError:
        return False


def extract_jsonl(name: str, inp: Input, size: int | None, ctx: Context) -> Iterator[Segment]:
    src = TextSource(inp, size, ctx)
    bad = 0
    for w in src.windows:
        where = ""  # samples keep the same column names as the head
        counter = [0]
        yield from _jsonl_lines(lines(src.chunks(w), drop_first=w.index > 0, drop_last=src.sampled),
                                where, counter)
        bad += counter[0]
    if bad:
        yield Problem("error", f"{bad} lines were not valid JSON and were skipped")
    problem = src.finish()
    if problem:
        yield problem


def _jsonl_lines(line_iter: Iterator[str], where: str, counter: list | None = None) -> Iterator[Segment]:
    batch: list[dict] = []
    texts = _Collector()

    def flush():
        header: dict[str, None] = {}
        for flat in batch:
            for k in flat:
                if len(header) < MAX_COLUMNS:
                    header.setdefault(k, None)
        cols = list(header)
        return batched_tables(cols, iter([[cell_text(f.get(c)) for c in cols] for f in batch]), where)

    for line in line_iter:
        line = line.strip()
        if not line:
            continue
        try:
            obj = json.loads(line)
        except (ValueError, RecursionError):
            if counter is not None:
                counter[0] += 1
            continue
        if isinstance(obj, dict):
            lists: list = []
            batch.append(_flatten(obj, lists=lists))
            for k, v in lists:
                texts.walk(v, k)
            if len(batch) >= 5000:
                yield from flush()
                batch = []
        else:
            texts.walk(obj, where)
    if batch:
        yield from flush()
    for path, cols, rows in texts.tables:
        yield from batched_tables(cols, iter(rows), path)
    for path, values in texts.text.items():
        yield from text_segments((v + "\n" for v in values), path)
