"""Japanese-aware PI classifiers: one detector per PI type, an engine that runs them."""

from .base import Detector, Entity  # noqa: F401
from .engine import CellEntity, ColumnVerdict, Engine, EngineOptions, TableAnalysis, get_engine  # noqa: F401
