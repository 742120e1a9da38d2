"""Data files shipped with the classifiers (gazetteer, phrase dictionaries) and a cached loader for them.

Files are plain UTF-8 text: `#` starts a comment line, blank lines are ignored, TSV files split on tabs.
`lines(name)` and `rows(name)` read a file once per process and return immutable tuples.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_DIR = Path(__file__).parent


def path(name: str) -> Path:
    """The absolute path of a data file shipped in this package."""
    return _DIR / name


@lru_cache(maxsize=None)
def lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a data file, stripped."""
    out = []
    with path(name).open(encoding="utf-8") as fh:
        for raw in fh:
            line = raw.strip()
            if line and not line.startswith("#"):
                out.append(line)
    return tuple(out)


@lru_cache(maxsize=None)
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """Tab-separated rows of a data file (comments and blank lines skipped)."""
    return tuple(tuple(col.strip() for col in line.split("\t")) for line in lines(name))
