"""Archives (zip, tar, gzip, bzip2, xz): members extracted recursively with guards.

Guards, all per top-level object: nesting depth (`archive_max_depth`), total bytes
expanded across every level (`archive_max_bytes`), expansion ratio per member and
per stream (`archive_max_ratio`, checked on declared sizes and again while
reading, since headers can lie), member count (`archive_max_members`), and member
names that are absolute or climb out with `..` (recorded as an error for that
member, never opened). A guard that trips ends that member or archive with a
Problem; the rest of the scan goes on. Zip member names stored in CP932 without
the UTF-8 flag are decoded as Japanese.
"""

from __future__ import annotations

import bz2
import gzip
import lzma
import posixpath
import re
import tarfile
import zipfile
from typing import Iterator

from .segments import Context, ExtractError, Problem, Segment, human_bytes, reason
from .streams import Counted, Input, Prefixed, spool

RATIO_FLOOR = 1024 * 1024  # expansion below this many bytes is never called a bomb
_DRIVE = re.compile(r"^[A-Za-z]:")


class ArchiveLimit(ExtractError):
    """A decompression guard tripped (raised from inside a member's stream)."""


def unsafe_name(name: str) -> bool:
    n = name.replace("\\", "/")
    if n.startswith("/") or _DRIVE.match(n):
        return True
    return any(part == ".." for part in n.split("/"))


def _depth_ok(ctx: Context) -> Problem | None:
    if ctx.depth >= ctx.limits.archive_max_depth:
        return Problem("skipped", f"archive nested deeper than {ctx.limits.archive_max_depth} levels: not opened")
    return None


def _guarded(stream, ctx: Context, packed: int | None, what: str) -> Counted:
    """Wrap a decompressed stream: shared byte budget and ratio checked on every read."""
    budget = ctx.shared_budget()
    lim = ctx.limits

    def on_read(n: int) -> None:
        budget.used += n
        counted.total += n
        if budget.used > budget.limit:
            raise ArchiveLimit(f"archive expands beyond the {human_bytes(budget.limit)} limit "
                               "(decompression bomb?): rest not scanned")
        if packed is not None and counted.total > RATIO_FLOOR and counted.total > lim.archive_max_ratio * max(packed, 1):
            raise ArchiveLimit(f"{what} expands more than {lim.archive_max_ratio}:1 "
                               "(decompression bomb?): not scanned further")

    counted = Counted(stream, on_read)
    counted.total = 0
    return counted


def _zip_name(info: zipfile.ZipInfo) -> str:
    if info.flag_bits & 0x800:
        return info.filename
    try:
        raw = info.filename.encode("cp437")
    except UnicodeEncodeError:
        return info.filename
    for enc in ("utf-8", "cp932"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return info.filename


def extract_zip(name: str, inp: Input, size: int | None, ctx: Context) -> Iterator[Segment]:
    from .dispatch import extract_child

    p = _depth_ok(ctx)
    if p:
        yield p
        return
    f = spool(inp, "zip archive")
    try:
        try:
            zf = zipfile.ZipFile(f)
        except Exception as exc:
            raise ExtractError(reason(exc, "corrupt or truncated zip archive")) from None
        lim = ctx.limits
        budget = ctx.shared_budget()
        infos = [i for i in zf.infolist() if not i.is_dir()]
        if len(infos) > lim.archive_max_members:
            yield Problem("error", f"archive has {len(infos):,} members, more than the "
                          f"{lim.archive_max_members:,} limit: only the first {lim.archive_max_members:,} scanned")
            infos = infos[: lim.archive_max_members]
        for info in infos:
            mname = _zip_name(info)
            member_path = mname if ctx.member is None else f"{ctx.member}!/{mname}"
            if unsafe_name(mname):
                yield Problem("error", "member name is absolute or escapes the archive with '..': not opened",
                              member_path)
                continue
            if info.flag_bits & 0x1:
                yield Problem("skipped", "member is encrypted", member_path)
                continue
            if info.file_size > RATIO_FLOOR and info.file_size > lim.archive_max_ratio * max(info.compress_size, 1):
                yield Problem("error", f"member declares a {info.file_size // max(info.compress_size, 1):,}:1 "
                              f"compression ratio, over the {lim.archive_max_ratio}:1 limit (zip bomb?): not opened",
                              member_path)
                continue
            if budget.used + info.file_size > budget.limit:
                yield Problem("error", f"archive expands beyond the {human_bytes(budget.limit)} limit "
                              "(zip bomb?): this and later members not scanned", member_path)
                break
            try:
                stream = zf.open(info)
            except Exception as exc:
                yield Problem("error", reason(exc, "member cannot be opened"), member_path)
                continue
            with stream:
                guarded = _guarded(stream, ctx, info.compress_size, "member")
                yield from extract_child(mname, guarded, info.file_size, ctx)
            if budget.used >= budget.limit:
                break
        zf.close()
    finally:
        f.close()


def extract_tar(name: str, inp: Input, size: int | None, ctx: Context, raw=None) -> Iterator[Segment]:
    from .dispatch import extract_child

    p = _depth_ok(ctx)
    if p:
        yield p
        return
    lim = ctx.limits
    budget = ctx.shared_budget()
    try:
        tf = tarfile.open(fileobj=raw if raw is not None else inp, mode="r|*")
    except Exception as exc:
        raise ExtractError(reason(exc, "corrupt or unreadable tar archive")) from None
    count = 0
    try:
        while True:
            try:
                ti = tf.next()
            except ArchiveLimit:
                raise
            except Exception as exc:
                yield Problem("error", reason(exc, "tar archive is corrupt or truncated; scanned up to the damage"))
                break
            if ti is None:
                break
            if not ti.isreg():
                continue
            count += 1
            member_path = ti.name if ctx.member is None else f"{ctx.member}!/{ti.name}"
            if count > lim.archive_max_members:
                yield Problem("error", f"archive has more than {lim.archive_max_members:,} members: the rest not scanned")
                break
            if unsafe_name(ti.name):
                yield Problem("error", "member name is absolute or escapes the archive with '..': not opened",
                              member_path)
                continue
            if budget.used + ti.size > budget.limit:
                yield Problem("error", f"archive expands beyond the {human_bytes(budget.limit)} limit: "
                              "this and later members not scanned", member_path)
                break
            stream = tf.extractfile(ti)
            if stream is None:
                continue
            guarded = _guarded(stream, ctx, None, "member")
            yield from extract_child(ti.name, guarded, ti.size, ctx)
    finally:
        tf.close()


def _inner_name(name: str, suffixes: tuple[str, ...]) -> str:
    base = posixpath.basename(name.replace("\\", "/"))
    low = base.lower()
    for s in suffixes:
        if low.endswith(s) and len(base) > len(s):
            inner = base[: -len(s)]
            return inner + ".tar" if s in (".tgz", ".tbz2", ".txz") else inner
    return base + ".out"


def _compressed(name: str, inp: Input, size: int | None, ctx: Context, opener, suffixes, what) -> Iterator[Segment]:
    from .dispatch import extract_child

    p = _depth_ok(ctx)
    if p:
        yield p
        return
    packed = size
    try:
        stream = opener(inp)
        guarded = _guarded(stream, ctx, packed if packed else None, what)
        head = guarded.read(512)
    except ArchiveLimit:
        raise
    except Exception as exc:
        raise ExtractError(reason(exc, f"corrupt or truncated {what}")) from None
    if len(head) >= 262 and head[257:262] == b"ustar":
        yield from extract_tar(name, inp, size, ctx, raw=Prefixed(head, guarded))
        return
    inner = _inner_name(name, suffixes)
    yield from extract_child(inner, Prefixed(head, guarded), None, ctx)


def extract_gzip(name, inp, size, ctx):
    return _compressed(name, inp, size, ctx, lambda s: gzip.GzipFile(fileobj=s, mode="rb"),
                       (".tgz", ".gz", ".gzip"), "gzip stream")


def extract_bz2(name, inp, size, ctx):
    return _compressed(name, inp, size, ctx, lambda s: bz2.BZ2File(s, mode="rb"), (".tbz2", ".bz2"), "bzip2 stream")


def extract_xz(name, inp, size, ctx):
    return _compressed(name, inp, size, ctx, lambda s: lzma.LZMAFile(s, mode="rb"), (".txz", ".xz"), "xz stream")
