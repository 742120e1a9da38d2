"""Bounded, peekable input streams and spooling for formats that need random access.

Connectors hand over streams that may not be seekable (S3, GCS, SMB bodies). The
Input wrapper counts what it reads, refuses to go past the object byte cap (it
reports end-of-file and sets `hit_limit`), lets sniffers peek at the head, and
can skip forward (seeking when the underlying stream allows it). `spool` copies
an Input into a SpooledTemporaryFile for zip/xlsx/pdf/parquet readers.
"""

from __future__ import annotations

import io
import tempfile
from typing import BinaryIO

from .segments import ExtractError, human_bytes

READ_CHUNK = 1024 * 1024
SPOOL_IN_MEMORY = 8 * 1024 * 1024


class Input(io.RawIOBase):
    """Read-only view of a binary stream that stops at `limit` bytes."""

    def __init__(self, raw: BinaryIO, limit: int):
        super().__init__()
        self.raw, self.limit = raw, limit
        self.pos = 0  # bytes handed out to the caller
        self._buf = b""  # read from raw but not yet handed out
        self._raw_pos = 0
        self.hit_limit = False
        try:
            self._seekable = bool(raw.seekable())
        except Exception:
            self._seekable = False

    def readable(self) -> bool:
        return True

    def _fill(self, n: int) -> None:
        while len(self._buf) < n:
            room = self.limit - self._raw_pos
            if room <= 0:
                # probe one byte: is there more beyond the cap?
                if not self.hit_limit and self.raw.read(1):
                    self.hit_limit = True
                return
            data = self.raw.read(min(max(n - len(self._buf), 65536), room))
            if not data:
                return
            self._raw_pos += len(data)
            self._buf += data

    def peek(self, n: int) -> bytes:
        self._fill(n)
        return self._buf[:n]

    def read(self, n: int = -1) -> bytes:
        if n is None or n < 0:
            parts = []
            while True:
                chunk = self.read(READ_CHUNK)
                if not chunk:
                    return b"".join(parts)
                parts.append(chunk)
        if not self._buf:
            self._fill(n)
        out, self._buf = self._buf[:n], self._buf[n:]
        self.pos += len(out)
        return out

    def readinto(self, b) -> int:
        data = self.read(len(b))
        b[: len(data)] = data
        return len(data)

    def skip(self, n: int) -> None:
        """Move forward n bytes without keeping them (seeks when the stream allows it)."""
        take = min(n, len(self._buf))
        self._buf = self._buf[take:]
        self.pos += take
        n -= take
        if n <= 0:
            return
        n = min(n, self.limit - self._raw_pos)
        if self._seekable:
            try:
                self.raw.seek(n, io.SEEK_CUR)
                self._raw_pos += n
                self.pos += n
                return
            except (OSError, ValueError):
                self._seekable = False
        while n > 0:
            data = self.raw.read(min(n, READ_CHUNK))
            if not data:
                return
            self._raw_pos += len(data)
            self.pos += len(data)
            n -= len(data)


def spool(inp: Input, what: str) -> BinaryIO:
    """Copy the rest of `inp` to a temporary file (in memory while small) and rewind it."""
    tmp = tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY)
    try:
        while True:
            chunk = inp.read(READ_CHUNK)
            if not chunk:
                break
            tmp.write(chunk)
    except BaseException:
        tmp.close()
        raise
    if inp.hit_limit:
        tmp.close()
        raise ExtractError(f"{what} is larger than the {human_bytes(inp.limit)} object limit", "skipped")
    tmp.seek(0)
    return tmp


class Prefixed(io.RawIOBase):
    """A stream that first returns `head`, then the rest of `rest` (to re-read a peeked header)."""

    def __init__(self, head: bytes, rest: BinaryIO):
        super().__init__()
        self._head, self._rest = head, rest

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        if self._head:
            if n is None or n < 0:
                out, self._head = self._head + self._rest.read(), b""
                return out
            out, self._head = self._head[:n], self._head[n:]
            return out
        return self._rest.read(n)

    def readinto(self, b) -> int:
        data = self.read(len(b))
        b[: len(data)] = data
        return len(data)


class Counted(io.RawIOBase):
    """Counts bytes read through it and enforces the shared archive expansion budget."""

    def __init__(self, raw: BinaryIO, on_read=None):
        super().__init__()
        self.raw, self.count, self.on_read = raw, 0, on_read

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        data = self.raw.read(n)
        self.count += len(data)
        if self.on_read is not None:
            self.on_read(len(data))
        return data

    def readinto(self, b) -> int:
        data = self.read(len(b))
        b[: len(data)] = data
        return len(data)
