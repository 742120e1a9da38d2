"""The connector interface every data store implements.

A connector lists the objects of one source (files, archive-free blobs, tables)
as ObjectRefs, and reads one object as Content: a byte stream for files and
blobs (FileContent) or a bounded sample of rows for tables (TableContent).
Text extraction, classification and policy are not its business.
"""

from __future__ import annotations

import fnmatch
import re
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, BinaryIO, Callable, Iterable, Iterator, Sequence

from scanner.config import Source
from scanner.records import ObjectRef
from scanner.regions import Region, parse_region


@dataclass
class FileContent:
    """A file or blob: `open()` returns a binary stream (the caller closes it)."""

    name: str
    open: Callable[[], BinaryIO]
    size: int | None = None


@dataclass
class Column:
    name: str
    type: str = ""
    comment: str = ""


@dataclass
class TableContent:
    """A bounded sample of a table's rows; `rows` may be empty (schema-only classification)."""

    columns: list[Column]
    rows: Iterable[Sequence[Any]] = ()
    estimated_rows: int | None = None
    sampled: bool = False
    metadata_only: bool = False
    comment: str = ""
    notes: list[str] = field(default_factory=list)


Content = FileContent | TableContent


class ForwardStream:
    """A forward-only binary stream over an SDK body; `first` is data already fetched.

    Closing it closes the underlying body (and so its connection), whatever happened.
    """

    def __init__(self, body: Any, first: bytes = b""):
        self._body, self._first = body, first

    def read(self, n: int | None = -1) -> bytes:
        if self._first:
            if n is None or n < 0:
                out, self._first = self._first + self._body.read(), b""
                return out
            out, self._first = self._first[:n], self._first[n:]
            return out
        return self._body.read() if n is None or n < 0 else self._body.read(n)

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def close(self) -> None:
        try:
            self._body.close()
        except Exception:  # noqa: BLE001 - closing a dropped connection may fail again
            pass

    def __enter__(self) -> "ForwardStream":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Connector(ABC):
    """One data store. Subclasses set `kind` and implement list_objects and read."""

    kind: str = ""

    def __init__(self, source: Source, settings: Any = None):
        self.source = source
        self.options = source.options
        self.settings = settings

    # -- what every connector provides -------------------------------------------------
    def region(self) -> Region:
        """Where the store lies: the config's `region`, else unknown (buckets override)."""
        return parse_region(self.source.region)

    def check(self) -> None:
        """Raise SourceError when the store cannot be reached at all (called once per scan)."""

    @abstractmethod
    def list_objects(self) -> Iterator[ObjectRef]:
        """Yield every selected object (include/exclude applied through `selected`)."""

    @abstractmethod
    def read(self, ref: ObjectRef) -> Content:
        """Return the content of one object; raise ObjectError for a per-object failure."""

    def close(self) -> None:
        """Release connections."""

    def __enter__(self) -> "Connector":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- helpers ------------------------------------------------------------------------
    def selected(self, location: str) -> bool:
        return location_selected(location, self.source.include, self.source.exclude)

    def ref(self, location: str, **kw: Any) -> ObjectRef:
        return ObjectRef(source=self.source.name, location=location, **kw)


@lru_cache(maxsize=4096)
def glob_regex(pattern: str) -> re.Pattern[str]:
    """Compile a location glob: `**` crosses `/`, `*` and `?` do not; case-sensitive."""
    out, i = [], 0
    while i < len(pattern):
        c = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
            continue
        if pattern.startswith("**", i):
            out.append(".*")
            i += 2
            continue
        if c == "*":
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[":
            j = pattern.find("]", i + 1)
            if j == -1:
                out.append(re.escape(c))
            else:
                out.append(fnmatch.translate(pattern[i:j + 1])[4:-3])
                i = j + 1
                continue
        else:
            out.append(re.escape(c))
        i += 1
    return re.compile("".join(out) + r"\Z")


def location_matches(location: str, pattern: str) -> bool:
    """True when the glob matches the location or one of its parent folders / containers.

    `hr` and `hr/**` both cover `hr/2024/staff.csv`; `exports/*.zip` covers
    `exports/a.zip!/list.csv`; `crm.public.*` covers the table `crm.public.customers`.
    """
    pattern = pattern.strip().rstrip("/") or "**"
    rx = glob_regex(pattern)
    if rx.match(location):
        return True
    # parents: path folders and archive containers
    for i, ch in enumerate(location):
        if ch == "/" or (ch == "!" and location.startswith("!/", i)):
            if rx.match(location[:i]):
                return True
    return False


def location_selected(location: str, include: Sequence[str], exclude: Sequence[str]) -> bool:
    if include and not any(location_matches(location, p) for p in include):
        return False
    return not any(location_matches(location, p) for p in exclude)
