"""Well-known people who died long ago (夏目漱石, 羽柴秀吉, 大隈重信): under the APPI only a living person's data is
personal information, so their names in essays, textbooks, museum guides, book lists and news are no one's PI.

`is_historical(span)` answers whether a PERSON span is such a name, written whole (family and given name, spaces and
middle dots ignored): `data/historical_figures.txt` lists them, one per line. A surname alone (北条) or a given name
alone is never taken for one: those are everyday names.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from . import data

_DROP = str.maketrans("", "", " \u3000・･")


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    return frozenset(data.lines("historical_figures.txt"))


def is_historical(span: str) -> bool:
    """Is `span` (a PERSON span's text) the whole name of a listed historical figure?"""
    return 2 <= len(span) <= 16 and _listed(span)


@lru_cache(maxsize=20_000)
def _listed(span: str) -> bool:  # (memoised: the same names recur across documents)
    key = unicodedata.normalize("NFKC", span).translate(_DROP)
    return len(key) >= 2 and key in _names()
