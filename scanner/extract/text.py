"""Plain text and delimited text (CSV/TSV): decoding, chunking and huge-file sampling.

Text is read as byte windows: the whole object when it fits the text budget,
otherwise its head (half the budget) and evenly spaced samples of the rest (the
other half), and the caller is told so with a `truncated` Problem. Each window is
decoded incrementally (see encoding.LazyDecoder) and handed out in chunks of at
most TEXT_CHUNK_CHARS characters, cut at line ends. CSV/TSV files go through the
csv module over the same windows, with the header detected once from the head.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from typing import Iterator

from classifiers.texttable import insert_head, row_cut

from .encoding import DETECT_SAMPLE, EncodingError, LazyDecoder, detect, is_plain_ascii
from .segments import (TEXT_CHUNK_CHARS, Context, ExtractError, Problem, Segment, TextSegment,
                       human_bytes)
from .sniff import extension
from .streams import Input
from .tables import batched_tables, looks_like_header

READ = 256 * 1024
SAMPLE_WINDOWS = 32


@dataclass
class Window:
    index: int  # 0 = head
    offset: int
    length: int | None  # None: to the end


def plan_windows(size: int | None, budget: int) -> tuple[list[Window], bool]:
    """Byte windows to read and whether that leaves part of the object unread."""
    if size is not None and size <= budget:
        return [Window(0, 0, None)], False
    head = budget // 2
    rest_budget = budget - head
    if size is None:
        return [Window(0, 0, budget)], False  # decide later: Input.hit_limit / leftover bytes
    rest = size - head
    n = SAMPLE_WINDOWS if rest_budget >= SAMPLE_WINDOWS * 4096 else max(1, rest_budget // 4096)
    win = rest_budget // n
    stride = rest // n
    windows = [Window(0, 0, head)]
    for k in range(n):
        windows.append(Window(k + 1, head + k * stride + max(0, (stride - win) // 2), win))
    return windows, True


def _window_encoding(encoding: str | None, head: bytes) -> str | None:
    """The codec to decode a window that does not start at the BOM."""
    if encoding == "utf-8-sig":
        return "utf-8"
    if encoding == "utf-16":
        return "utf-16-be" if head.startswith(b"\xfe\xff") else "utf-16-le"
    if encoding == "utf-32":
        return "utf-32-be" if head.startswith(b"\x00\x00\xfe\xff") else "utf-32-le"
    return encoding


class TextSource:
    """Decoded text of an Input, window by window."""

    def __init__(self, inp: Input, size: int | None, ctx: Context):
        self.inp, self.size, self.ctx = inp, size, ctx
        self.budget = ctx.limits.max_text_chars
        head = inp.peek(DETECT_SAMPLE)
        self.head = head
        if is_plain_ascii(head) and (size is None or size > len(head)):
            self.encoding = None  # decide on the first non-ASCII chunk
        else:
            try:
                self.encoding = detect(head, final=size is not None and size <= len(head))
            except EncodingError as exc:
                raise ExtractError(str(exc)) from None
        self.windows, self.sampled = plan_windows(size, self.budget)
        self.truncation: Problem | None = None
        self.decoder: LazyDecoder | None = None

    def chunks(self, w: Window) -> Iterator[str]:
        """Decoded text of one window, in pieces of about READ bytes."""
        inp = self.inp
        if w.index == 0:
            dec = LazyDecoder(self.encoding)
            self.decoder = dec
        else:
            gap = w.offset - inp.pos
            if gap > 0:
                inp.skip(gap)
            enc = _window_encoding(self.encoding or (self.decoder.encoding if self.decoder else None), self.head)
            if enc and enc.startswith(("utf-16", "utf-32")):
                unit = 2 if enc.startswith("utf-16") else 4
                mis = inp.pos % unit
                if mis:
                    inp.skip(unit - mis)
            dec = LazyDecoder(enc)
        remaining = w.length
        try:
            while remaining is None or remaining > 0:
                data = inp.read(READ if remaining is None else min(READ, remaining))
                if not data:
                    break
                if remaining is not None:
                    remaining -= len(data)
                text = dec.decode(data)
                if text:
                    yield text
            tail = dec.flush()
            if tail:
                yield tail
        except EncodingError as exc:
            raise ExtractError(str(exc)) from None
        if w.index == 0 and self.encoding is None:
            self.encoding = dec.encoding

    def finish(self) -> Problem | None:
        """A `truncated` Problem when part of the object was not read."""
        last = self.windows[-1]
        if self.sampled:
            head = self.windows[0].length or 0
            sampled = sum(w.length or 0 for w in self.windows[1:])
            return Problem("truncated", f"text of {human_bytes(self.size or 0)} exceeds the "
                           f"{self.budget:,}-character budget: scanned the first {human_bytes(head)} "
                           f"and {len(self.windows) - 1} samples of the rest ({human_bytes(sampled)})")
        if self.size is None and last.length is not None and (self.inp.hit_limit or self.inp.peek(1)):
            return Problem("truncated", f"text exceeds the {self.budget:,}-character budget: "
                           f"scanned the first {human_bytes(last.length)} only")
        if self.inp.hit_limit:
            return Problem("truncated", f"object exceeds the {human_bytes(self.inp.limit)} size limit: "
                           "scanned the first part only")
        return None


EDGE_LINE_MAX = 10_000  # a partial edge line longer than this is kept (one-line files)


def lines(chunks: Iterator[str], drop_first: bool = False, drop_last: bool = False) -> Iterator[str]:
    """Split decoded pieces into lines (keeping line ends); optionally drop partial edge lines
    (the cut-off lines at the edges of a sample window) when they are of ordinary length."""
    carry = ""
    first = True
    for piece in chunks:
        piece = carry + piece
        parts = piece.splitlines(keepends=True)
        carry = ""
        if parts and (not parts[-1].endswith(("\n", "\r")) or parts[-1].endswith("\r")):
            carry = parts.pop()  # unfinished (or maybe the first half of \r\n)
        for line in parts:
            if first:
                first = False
                if drop_first and len(line) <= EDGE_LINE_MAX:
                    continue
            yield line
        if len(carry) > EDGE_LINE_MAX * 10:  # an enormous line: hand it out in pieces
            first = False
            yield carry
            carry = ""
    if carry:
        if first and drop_first and len(carry) <= EDGE_LINE_MAX:
            return
        if drop_last and len(carry) <= EDGE_LINE_MAX:
            return
        yield carry


def text_segments(lines_iter: Iterator[str], where: str = "") -> Iterator[TextSegment]:
    buf: list[str] = []
    n = 0
    for line in lines_iter:
        if n + len(line) > TEXT_CHUNK_CHARS and buf:
            yield TextSegment("".join(buf), where)
            buf, n = [], 0
        head = ""
        while len(line) > TEXT_CHUNK_CHARS:  # one enormous line (a dump's multi-row INSERT): cut between rows,
            cut = row_cut(line, TEXT_CHUNK_CHARS // 2, TEXT_CHUNK_CHARS)  # each piece keeps the INSERT head
            if cut == -1:
                cut = TEXT_CHUNK_CHARS
            yield TextSegment(head + line[:cut], where)
            head = head or insert_head(line)
            line = line[cut:]
        if head:
            line = head + line
        buf.append(line)
        n += len(line)
    if buf:
        yield TextSegment("".join(buf), where)


def extract_text(name: str, inp: Input, size: int | None, ctx: Context) -> Iterator[Segment]:
    src = TextSource(inp, size, ctx)
    for w in src.windows:
        where = ""  # samples keep the same column names as the head
        yield from text_segments(lines(src.chunks(w), drop_first=w.index > 0, drop_last=src.sampled), where)
    problem = src.finish()
    if problem:
        yield problem
    if src.decoder and src.decoder.replaced > 100:
        yield Problem("error", f"{src.decoder.replaced} byte sequences were not valid "
                      f"{src.decoder.encoding or 'text'} and were skipped")


def _dialect(name: str, sample: str) -> str:
    """The delimiter: tab for .tsv/.tab, else the most consistent of , TAB ; | over the first lines."""
    ext = extension(name)
    if ext in ("tsv", "tab"):
        return "\t"
    lines_ = sample.splitlines()[:20]
    best, best_score = ",", -1.0
    for d in (",", "\t", ";", "|"):
        counts = [ln.count(d) for ln in lines_ if ln.strip()]
        if not counts or max(counts) == 0:
            continue
        common = max(set(counts), key=counts.count)
        score = counts.count(common) / len(counts) * (1 if common else 0) + (0.01 * common)
        if score > best_score:
            best, best_score = d, score
    return best


def extract_csv(name: str, inp: Input, size: int | None, ctx: Context) -> Iterator[Segment]:
    src = TextSource(inp, size, ctx)
    header: list[str] | None = None
    delimiter = ","
    bad_rows = 0
    for w in src.windows:
        ln = lines(src.chunks(w), drop_first=w.index > 0, drop_last=src.sampled)
        if w.index == 0:
            # peek at the first lines to choose the delimiter and the header
            first_lines: list[str] = []
            for line in ln:
                first_lines.append(line)
                if len(first_lines) >= 20:
                    break
            delimiter = _dialect(name, "".join(first_lines))
            ln = _chain(first_lines, ln)
        reader = csv.reader(ln, delimiter=delimiter, quotechar='"', strict=False)
        counter = _BadRows()
        rows = _rows(reader, counter)
        if w.index == 0:
            probe = []
            for r in rows:
                probe.append(r)
                if len(probe) >= 6:
                    break
            if probe and looks_like_header(probe[0], probe[1:]):
                header = [c.strip() for c in probe[0]]
                probe = probe[1:]
            rows = _chain(probe, rows)
        where = ""  # samples keep the same column names as the head
        yield from batched_tables(header, rows, where)
        bad_rows += counter.n
    problem = src.finish()
    if problem:
        yield problem
    if bad_rows:
        yield Problem("error", f"{bad_rows} malformed CSV rows could not be parsed and were skipped")


class _BadRows:
    def __init__(self) -> None:
        self.n = 0


def _chain(first: list, rest: Iterator) -> Iterator:
    yield from first
    yield from rest


def _rows(reader, counter: _BadRows) -> Iterator[list[str]]:
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error:
            counter.n += 1
            if counter.n > 10_000:
                return
            continue
        if row and any(c.strip() for c in row):
            yield row
