"""Small serialisable records passed between pipeline stages.

An ObjectRef goes in (what to scan), an ObjectResult comes out (masked and hashed
findings, never raw values). Both are plain dataclasses so that a process pool or
a Dask worker can ship them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class ObjectRef:
    """One scannable object: a file, an archive member, a table or a bucket key."""

    source: str
    location: str
    kind: str = "file"  # "file" | "table"
    size: int | None = None
    version: str | None = None  # etag / generation / size+mtime: identity for incremental scans
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass
class TypeFinding:
    """Everything kept about one PI type in one object."""

    count: int = 0
    examples: list[str] = field(default_factory=list)  # masked
    hashes: set[str] = field(default_factory=set)  # HMAC-SHA256 of normalised values
    score: float = 0.0  # best confidence seen
    columns: set[str] = field(default_factory=set)  # columns / keys / sheets where found
    schema_only: bool = False  # inferred from column names only, no value seen

    def to_dict(self) -> dict[str, Any]:
        return {
            "count": self.count,
            "examples": list(self.examples),
            "hashes": sorted(self.hashes),
            "score": round(self.score, 3),
            "columns": sorted(self.columns),
            "schema_only": self.schema_only,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "TypeFinding":
        return cls(
            count=d.get("count", 0),
            examples=list(d.get("examples", [])),
            hashes=set(d.get("hashes", [])),
            score=d.get("score", 0.0),
            columns=set(d.get("columns", [])),
            schema_only=d.get("schema_only", False),
        )


@dataclass
class ObjectResult:
    """What scanning one object produced."""

    source: str
    location: str
    status: str = "ok"  # "ok" | "error" | "skipped"
    error: str | None = None
    bytes_scanned: int = 0
    version: str | None = None
    truncated: bool = False
    notes: list[str] = field(default_factory=list)
    pii: dict[str, TypeFinding] = field(default_factory=dict)

    def finding(self, pii_type: str) -> TypeFinding:
        tf = self.pii.get(pii_type)
        if tf is None:
            tf = self.pii[pii_type] = TypeFinding()
        return tf

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["pii"] = {k: v.to_dict() for k, v in self.pii.items()}
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "ObjectResult":
        d = dict(d)
        pii = {k: TypeFinding.from_dict(v) for k, v in d.pop("pii", {}).items()}
        return cls(**d, pii=pii)
