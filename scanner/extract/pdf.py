"""PDF text through pypdf, page by page.

A PDF whose pages carry no text layer (a scan) is skipped with that reason; an
encrypted PDF that an empty password does not open is an error. pypdf's own
warnings and exception texts are never passed on (they can quote content).
"""

from __future__ import annotations

import logging
from typing import Iterator

from .segments import Context, ExtractError, Problem, Segment, TextSegment, reason
from .streams import Input, spool

logging.getLogger("pypdf").setLevel(logging.ERROR)


def extract_pdf(name: str, inp: Input, size: int | None, ctx: Context) -> Iterator[Segment]:
    from pypdf import PdfReader

    f = spool(inp, "PDF")
    try:
        try:
            reader = PdfReader(f, strict=False)
            if reader.is_encrypted:
                try:
                    ok = reader.decrypt("")
                except Exception:
                    ok = 0
                if not ok:
                    raise ExtractError("PDF is encrypted with a password", "skipped")
            pages = reader.pages
            n_pages = len(pages)
        except ExtractError:
            raise
        except Exception as exc:
            raise ExtractError(reason(exc, "corrupt or unreadable PDF")) from None
        used, found, failed = 0, False, 0
        for i in range(n_pages):
            try:
                text = pages[i].extract_text() or ""
            except Exception:
                failed += 1
                continue
            if not text.strip():
                continue
            found = True
            if used + len(text) > ctx.limits.max_text_chars:
                yield Problem("truncated", f"PDF text exceeds the {ctx.limits.max_text_chars:,}-character "
                              f"budget: scanned pages 1-{i}")
                break
            used += len(text)
            yield TextSegment(text, f"page {i + 1}")
        if failed:
            yield Problem("error", f"text of {failed} of {n_pages} pages could not be extracted")
        if not found and not failed:
            yield Problem("skipped", f"PDF has no text layer ({n_pages} pages; scanned images need OCR)")
    finally:
        f.close()
