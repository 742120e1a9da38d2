"""Well-known people who died long ago (夏目漱石, 羽柴秀吉, 大隈重信): under the APPI only a living person's data is
personal information, so their names in essays, textbooks, museum guides, book lists and news are no one's PI.

`is_historical(span)` answers whether a PERSON span is such a name, written whole (family and given name, spaces and
middle dots ignored): `data/historical_figures.txt` lists them, one per line. A surname alone (北条) or a given name
alone is never taken for one: those are everyday names. `died_long_ago(text, end)` answers whether a name ending at
`end` is followed by life years long past (マルティン・ルター（1483〜1546）, 天野清蔵 (1871-1939)): whoever the name is,
that person is not living.
"""

from __future__ import annotations

import re
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


# life years in brackets right after a name: a birth year, then a later death year
_LIFE_YEARS = re.compile(r"[ \t]?[（(]([0-9]{3,4})[年]?[ \t]?[〜~\-–－ー][ \t]?([0-9]{3,4})[年]?[)）]")
# (the same, for a search: without the optional space first, the regex engine scans for the brackets)
_LIFE_YEARS_HINT = re.compile(_LIFE_YEARS.pattern.removeprefix(r"[ \t]?"))


def may_name_life_years(text: str) -> bool:
    """Cheap document test: does the text hold a bracket of two years anywhere?"""
    return _LIFE_YEARS_HINT.search(text) is not None


def died_long_ago(text: str, end: int) -> bool:
    """Whether life years long past follow the name ending at `end` (a death before 2000, or a birth before 1900): a
    term of office in brackets (山田 太郎（2010-2015）) is not taken for them."""
    m = _LIFE_YEARS.match(text, end)
    return m is not None and int(m.group(1)) < int(m.group(2)) and (int(m.group(2)) < 2000 or int(m.group(1)) < 1900)
