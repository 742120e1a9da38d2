"""Records that text extraction yields, its limits, and its per-call context.

`extract` turns one object into a stream of segments: TextSegment (free text with
where it came from), TableSegment (a header-aware block of rows) and Problem (a
reason why part or all of the object could not be read). Problem messages are
built by piscan itself and never quote file content; `reason()` turns a library
exception into its class name plus a generic description for the same purpose.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ExtractLimits:
    max_text_chars: int = 20_000_000
    max_object_bytes: int = 200 * 1024 * 1024
    archive_max_depth: int = 3
    archive_max_bytes: int = 512 * 1024 * 1024
    archive_max_ratio: int = 200
    archive_max_members: int = 10_000


@dataclass
class TextSegment:
    text: str
    where: str = ""
    member: str | None = None


@dataclass
class TableSegment:
    header: list[str] | None
    rows: list[list[str]]
    where: str = ""
    member: str | None = None


@dataclass
class Problem:
    kind: str  # "error" | "skipped" | "truncated"
    message: str
    member: str | None = None


Segment = TextSegment | TableSegment | Problem

TABLE_BATCH_ROWS = 5_000
TEXT_CHUNK_CHARS = 100_000


class ExtractError(Exception):
    """A format handler's verdict on the whole object: carries a content-free message."""

    def __init__(self, message: str, kind: str = "error"):
        super().__init__(message)
        self.message, self.kind = message, kind


@dataclass
class ArchiveBudget:
    """Bytes expanded so far out of archives, shared by every nesting level of one object."""

    limit: int
    used: int = 0


@dataclass
class Context:
    """Where an extraction runs: nesting depth, member path prefix, shared archive budget."""

    limits: ExtractLimits
    depth: int = 0
    member: str | None = None
    budget: ArchiveBudget | None = None
    text_chars: int = 0  # characters emitted for this object so far
    notes: list[str] = field(default_factory=list)

    def shared_budget(self) -> ArchiveBudget:
        """The expansion budget of the whole object (created by the outermost archive)."""
        if self.budget is None:
            self.budget = ArchiveBudget(self.limits.archive_max_bytes)
        return self.budget

    def child(self, member_name: str) -> "Context":
        path = member_name if self.member is None else f"{self.member}!/{member_name}"
        return Context(self.limits, self.depth + 1, path, self.shared_budget())


def reason(exc: BaseException, what: str) -> str:
    """A content-free description of a library exception: never str(exc), which may quote data."""
    return f"{what} ({type(exc).__name__})"


def human_bytes(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if n < 1024 or unit == "TB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} B"
