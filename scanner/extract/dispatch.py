"""The extraction entry point: size cap, content sniffing, handler choice, error capture.

Every handler is a generator `(name, Input, size, Context) -> segments`. Whatever a
handler raises becomes one Problem for that object or archive member (its message
built from the exception class, never from the exception text), so a hostile or
broken file can never stop the scan. Segments are stamped with the archive member
path they came from.
"""

from __future__ import annotations

import posixpath
from typing import BinaryIO, Iterator

from . import archive, mail, markup, office, parquet, pdf, structured, text
from .segments import Context, ExtractError, ExtractLimits, Problem, Segment, human_bytes, reason
from .sniff import sniff
from .streams import Input

HEAD_BYTES = 64 * 1024

HANDLERS = {
    "text": text.extract_text,
    "csv": text.extract_csv,
    "json": structured.extract_json,
    "jsonl": structured.extract_jsonl,
    "xml": markup.extract_xml,
    "html": markup.extract_html,
    "eml": mail.extract_eml,
    "xlsx": office.extract_xlsx,
    "docx": office.extract_docx,
    "pptx": office.extract_pptx,
    "pdf": pdf.extract_pdf,
    "parquet": parquet.extract_parquet,
    "zip": archive.extract_zip,
    "tar": archive.extract_tar,
    "gzip": archive.extract_gzip,
    "bz2": archive.extract_bz2,
    "xz": archive.extract_xz,
}
FORMAT_NAMES = {"text": "text file", "csv": "CSV file", "json": "JSON document", "jsonl": "JSON Lines file",
                "xml": "XML document", "html": "HTML document", "eml": "e-mail message",
                "xlsx": "XLSX workbook", "docx": "DOCX document", "pptx": "PPTX presentation",
                "pdf": "PDF", "parquet": "Parquet file", "zip": "zip archive", "tar": "tar archive",
                "gzip": "gzip stream", "bz2": "bzip2 stream", "xz": "xz stream"}


def extract(name: str, stream: BinaryIO, size: int | None, limits: ExtractLimits | None = None) -> Iterator[Segment]:
    """Yield the text, tables and problems of one object (see the package docstring)."""
    yield from run(name, stream, size, Context(limits or ExtractLimits()))


def extract_child(member_name: str, stream: BinaryIO, size: int | None, ctx: Context) -> Iterator[Segment]:
    """Extract an archive member or attachment one nesting level down."""
    child = ctx.child(member_name)
    yield from run(posixpath.basename(member_name.replace("\\", "/")) or member_name, stream, size, child)


def detect_format(name: str, head: bytes) -> str:
    return sniff(name, head)


def run(name: str, stream: BinaryIO, size: int | None, ctx: Context) -> Iterator[Segment]:
    limits = ctx.limits
    if size is not None and size > limits.max_object_bytes:
        yield Problem("skipped", f"object is {human_bytes(size)}, larger than the "
                      f"{human_bytes(limits.max_object_bytes)} object size limit", ctx.member)
        return
    inp = Input(stream, limits.max_object_bytes)
    fmt = "text"
    try:
        head = inp.peek(HEAD_BYTES)
        if not head:
            return
        fmt = sniff(name, head)
        if fmt.startswith("binary:"):
            yield Problem("skipped", f"binary content ({fmt[7:]})", ctx.member)
            return
        for seg in HANDLERS[fmt](name, inp, size, ctx):
            if seg.member is None:
                seg.member = ctx.member
            yield seg
    except ExtractError as exc:
        yield Problem(exc.kind, exc.message, ctx.member)
    except MemoryError:
        yield Problem("error", f"{FORMAT_NAMES.get(fmt, fmt)} needs more memory than available", ctx.member)
    except RecursionError:
        yield Problem("error", f"{FORMAT_NAMES.get(fmt, fmt)} is nested too deeply", ctx.member)
    except Exception as exc:  # a broken or hostile file must not stop the scan
        yield Problem("error", reason(exc, f"cannot read {FORMAT_NAMES.get(fmt, fmt)}"), ctx.member)
