"""The classifier engine: runs every detector over text and tables (PLACEHOLDER API, see issue 3)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Sequence

from .base import Entity


@dataclass(frozen=True)
class EngineOptions:
    min_score: float = 0.5
    recognizer_files: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CellEntity:
    """An entity inside one table cell: offsets index str(cell)."""

    type: str
    row: int
    column: int
    start: int
    end: int
    score: float


@dataclass(frozen=True)
class ColumnVerdict:
    column: int
    pii_type: str
    confidence: float
    basis: str  # "header" | "values" | "header+values" | "schema"


@dataclass
class TableAnalysis:
    entities: list[CellEntity] = field(default_factory=list)
    columns: list[ColumnVerdict] = field(default_factory=list)


_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


class Engine:
    def __init__(self, options: EngineOptions):
        self.options = options

    def analyze(self, text: str) -> list[Entity]:
        return [Entity("EMAIL_ADDRESS", m.start(), m.end(), 0.95, "email") for m in _EMAIL.finditer(text)]

    def analyze_many(self, texts: Sequence[str]) -> list[list[Entity]]:
        return [self.analyze(t) for t in texts]

    def analyze_table(self, header: Sequence[str] | None, rows: Sequence[Sequence[Any]]) -> TableAnalysis:
        out = TableAnalysis()
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                if cell is None:
                    continue
                for e in self.analyze(str(cell)):
                    out.entities.append(CellEntity(e.type, r, c, e.start, e.end, e.score))
        return out

    def classify_schema(self, columns: Sequence[tuple[str, str, str]]) -> list[ColumnVerdict]:
        return []


@lru_cache(maxsize=4)
def get_engine(options: EngineOptions | None = None) -> Engine:
    """The process-wide engine for these options (models load once per process)."""
    return Engine(options or EngineOptions())
