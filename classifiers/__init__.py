"""Japanese-aware PI classifiers: one detector per PI type, an engine that runs them.

`get_engine(EngineOptions(...))` is the entry point (text: `analyze`, `analyze_many`; tables: `analyze_table`,
`classify_schema`). `classifiers.presidio_integration` (imported on demand, Presidio is heavy) exposes every
detector as a Presidio recognizer and builds a GiNZA `AnalyzerEngine`; see docs/classifiers.md.
"""

from . import regex_cache as _regex_cache

_regex_cache.install()  # before the detector modules compile their patterns (see regex_cache)

from .base import Detector, Entity, Pattern, PatternDetector  # noqa: E402,F401
from .engine import CellEntity, ColumnVerdict, Engine, EngineOptions, TableAnalysis, get_engine  # noqa: E402,F401
from .normalize import Normalized, normalize  # noqa: E402,F401
