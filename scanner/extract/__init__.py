"""Text extraction: any file-like object in, text and table segments out.

`extract(name, stream, size, limits)` sniffs the content (magic bytes first, the
name's extension only as a hint), decodes text in any common Japanese encoding,
and yields TextSegment / TableSegment records for the classifiers plus Problem
records for whatever could not be read (corrupt, undecidable encoding, binary,
too large, decompression bomb, truncated). Streams are read forward only and
bounded by ExtractLimits; formats that need random access are spooled to a
temporary file. Supported: plain text, CSV/TSV, JSON/JSONL, XML/HTML, XLSX, DOCX,
PPTX, PDF, Parquet, .eml e-mail, and zip/tar/gzip/bzip2/xz archives (recursively).
"""

from __future__ import annotations

from .dispatch import detect_format, extract
from .segments import ExtractLimits, Problem, Segment, TableSegment, TextSegment

__all__ = ["ExtractLimits", "TextSegment", "TableSegment", "Problem", "Segment", "extract", "detect_format"]
