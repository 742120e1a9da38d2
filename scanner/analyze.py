"""Classify the content of one object and aggregate masked, hashed findings.

File content goes through text extraction (scanner.extract) and the classifier
engine; table samples go straight to the engine's structured classification.
Raw values live only inside these functions: what leaves is counts, masked
examples and HMACs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable, Sequence

from classifiers import Engine

from .masking import mask_value
from .records import ObjectRef, ObjectResult

TEXT_CHUNK = 200_000  # characters handed to the engine at once


@dataclass
class Collector:
    """Accumulates findings for one location."""

    result: ObjectResult
    hasher: Callable[[str, str], str]
    examples_per_type: int = 3

    def add(self, pii_type: str, value: str, score: float, column: str | None = None) -> None:
        value = value.strip()
        if not value:
            return
        tf = self.result.finding(pii_type)
        tf.count += 1
        tf.score = max(tf.score, score)
        h = self.hasher(pii_type, value)
        if h not in tf.hashes:
            tf.hashes.add(h)
            if len(tf.examples) < self.examples_per_type:
                masked = mask_value(pii_type, value)
                if masked and masked not in tf.examples:
                    tf.examples.append(masked)
        if column:
            tf.columns.add(column)


def chunks(text: str, size: int = TEXT_CHUNK) -> Iterable[tuple[int, str]]:
    """Split long text at line breaks into pieces of about `size` characters."""
    if len(text) <= size:
        yield 0, text
        return
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            nl = text.rfind("\n", start + size // 2, end)
            if nl != -1:
                end = nl + 1
        yield start, text[start:end]
        start = end


def collect_text(engine: Engine, col: Collector, text: str, where: str = "") -> None:
    pieces = [piece for _, piece in chunks(text)]
    for piece, entities in zip(pieces, engine.analyze_many(pieces)):
        for e in entities:
            col.add(e.type, piece[e.start:e.end], e.score, where or None)


def cell_text(v: Any) -> str | None:
    if v is None:
        return None
    if isinstance(v, (bytes, bytearray, memoryview)):
        try:
            return bytes(v).decode("utf-8")
        except UnicodeDecodeError:
            return None
    if isinstance(v, float) and v != v:  # NaN
        return None
    s = str(v)
    return s if s.strip() else None


def collect_table(engine: Engine, col: Collector, header: Sequence[str] | None,
                  rows: Sequence[Sequence[Any]], where: str = "") -> None:
    text_rows = [[cell_text(v) for v in row] for row in rows]
    analysis = engine.analyze_table(list(header) if header else None, text_rows)
    for ce in analysis.entities:
        try:
            cell = text_rows[ce.row][ce.column]
        except IndexError:
            continue
        if cell is None:
            continue
        name = header[ce.column] if header and ce.column < len(header) else f"column {ce.column + 1}"
        col.add(ce.type, cell[ce.start:ce.end], ce.score, f"{where}:{name}" if where else name)


def collect_schema(engine: Engine, result: ObjectResult, columns: Sequence[tuple[str, str, str]]) -> None:
    """Classify an empty table from its column names, types and comments alone."""
    for v in engine.classify_schema(list(columns)):
        tf = result.finding(v.pii_type)
        if tf.count == 0:
            tf.schema_only = True
        tf.score = max(tf.score, v.confidence)
        tf.columns.add(columns[v.column][0])


def new_result(ref: ObjectRef, location: str | None = None) -> ObjectResult:
    return ObjectResult(source=ref.source, location=location or ref.location, version=ref.version)
