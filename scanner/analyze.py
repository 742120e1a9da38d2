"""Classify the content of one object and aggregate masked, hashed findings.

File content goes through text extraction (scanner.extract) and the classifier
engine; table samples go straight to the engine's structured classification.
Raw values live only inside these functions: what leaves is counts, masked
examples and HMACs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Sequence

from classifiers import Engine

from .masking import mask_value
from .records import ObjectRef, ObjectResult



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


def collect_text(engine: Engine, col: Collector, text: str, where: str = "") -> None:
    """Entities of `text` into the collector (the engine cuts long text into chunks that keep their table header)."""
    for e in engine.analyze(text):
        col.add(e.type, text[e.start:e.end], e.score, where or None)


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
