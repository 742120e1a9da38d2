"""Helpers for the extraction tests: run `extract` on a file and index what came out."""

from __future__ import annotations

import io
from pathlib import Path

from scanner.extract import ExtractLimits, Problem, TableSegment, TextSegment, extract


class NonSeekable(io.RawIOBase):
    """A forward-only stream, like an S3 / GCS / SMB body."""

    def __init__(self, data_or_file):
        super().__init__()
        self._f = io.BytesIO(data_or_file) if isinstance(data_or_file, bytes) else data_or_file
        self.bytes_read = 0

    def readable(self):
        return True

    def seekable(self):
        return False

    def read(self, n=-1):
        data = self._f.read(n)
        self.bytes_read += len(data)
        return data

    def readinto(self, b):
        data = self.read(len(b))
        b[: len(data)] = data
        return len(data)


def run(path: Path | str, limits: ExtractLimits | None = None, seekable: bool = True, sized: bool = True):
    path = Path(path)
    with open(path, "rb") as f:
        stream = f if seekable else NonSeekable(f)
        return list(extract(path.name, stream, path.stat().st_size if sized else None, limits or ExtractLimits()))


def run_bytes(name: str, data: bytes, limits: ExtractLimits | None = None, sized: bool = True):
    return list(extract(name, NonSeekable(data), len(data) if sized else None, limits or ExtractLimits()))


def texts_by_member(segments) -> dict[str | None, str]:
    """All extracted text per archive member (tables flattened to tab-separated lines)."""
    out: dict[str | None, list[str]] = {}
    for s in segments:
        if isinstance(s, TextSegment):
            out.setdefault(s.member, []).append(s.text)
        elif isinstance(s, TableSegment):
            lines = ["\t".join(s.header or [])] + ["\t".join(r) for r in s.rows]
            out.setdefault(s.member, []).append("\n".join(lines))
    return {k: "\n".join(v) for k, v in out.items()}


def all_text(segments) -> str:
    return "\n".join(texts_by_member(segments).values())


def problems(segments) -> list[Problem]:
    return [s for s in segments if isinstance(s, Problem)]
