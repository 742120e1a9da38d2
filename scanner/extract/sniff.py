"""Decide an object's format from its first bytes, using the file name only as a hint.

Magic bytes win: a `.txt` that starts with `PK\\x03\\x04` is opened as a zip (or an
OOXML document), an `.xlsx` that is really text is read as text, and anything that
looks binary (known binary signatures, NUL bytes, control characters) is skipped
whatever its extension says.
"""

from __future__ import annotations

import posixpath

TEXT_EXTS = {"csv": "csv", "tsv": "csv", "tab": "csv", "json": "json", "geojson": "json",
             "jsonl": "jsonl", "ndjson": "jsonl", "xml": "xml", "html": "html", "htm": "html",
             "xhtml": "html", "eml": "eml", "mht": "eml", "mhtml": "eml"}

# signature -> (format, description); formats "binary:..." are skipped
MAGIC: list[tuple[int, bytes, str]] = [
    (0, b"%PDF-", "pdf"),
    (0, b"PAR1", "parquet"),
    (0, b"\x1f\x8b", "gzip"),
    (0, b"BZh", "bz2"),
    (0, b"\xfd7zXZ\x00", "xz"),
    (0, b"PK\x03\x04", "zip"),
    (0, b"PK\x05\x06", "zip"),  # empty zip
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "binary:legacy Office / OLE2 document"),
    (0, b"\x89PNG\r\n\x1a\n", "binary:PNG image"),
    (0, b"\xff\xd8\xff", "binary:JPEG image"),
    (0, b"GIF87a", "binary:GIF image"),
    (0, b"GIF89a", "binary:GIF image"),
    (0, b"II*\x00", "binary:TIFF image"),
    (0, b"MM\x00*", "binary:TIFF image"),
    (0, b"BM", None),  # too weak alone; checked below
    (0, b"\x7fELF", "binary:ELF executable"),
    (0, b"MZ", None),
    (0, b"SQLite format 3\x00", "binary:SQLite database"),
    (0, b"7z\xbc\xaf\x27\x1c", "binary:7-Zip archive (not supported)"),
    (0, b"Rar!\x1a\x07", "binary:RAR archive (not supported)"),
    (0, b"\x00\x00\x00\x18ftyp", "binary:MP4 video"),
    (0, b"\x00\x00\x00\x20ftyp", "binary:MP4 video"),
    (0, b"ID3", "binary:MP3 audio"),
    (0, b"OggS", "binary:Ogg media"),
    (0, b"RIFF", "binary:RIFF media"),
    (0, b"\xca\xfe\xba\xbe", "binary:Java class / Mach-O"),
    (0, b"wOFF", "binary:web font"),
    (257, b"ustar", "tar"),
]

OOXML = {"word/": "docx", "xl/": "xlsx", "ppt/": "pptx"}


def extension(name: str) -> str:
    base = posixpath.basename(name.replace("\\", "/")).lower()
    return base.rsplit(".", 1)[1] if "." in base else ""


def sniff(name: str, head: bytes) -> str:
    """Return a format: text, csv, json, jsonl, xml, html, eml, pdf, parquet, zip, docx,
    xlsx, pptx, tar, gzip, bz2, xz, or `binary:<what>` (skipped)."""
    ext = extension(name)
    for off, sig, fmt in MAGIC:
        if head[off:off + len(sig)] == sig and fmt:
            if fmt == "zip":
                return _zip_kind(head, ext)
            return fmt
    if head[:2] == b"MZ" and b"This program cannot be run in DOS mode" in head[:512]:
        return "binary:Windows executable"
    if _looks_binary(head):
        return "binary:binary data"
    text_fmt = TEXT_EXTS.get(ext)
    stripped = _text_head(head)
    if text_fmt:
        return text_fmt
    if stripped.startswith(b"<?xml") or stripped.startswith(b"<"):
        low = stripped[:512].lower()
        if low.startswith(b"<!doctype html") or low.startswith(b"<html") or b"<html" in low[:256]:
            return "html"
        if stripped.startswith(b"<?xml"):
            return "xml"
    if _looks_like_email(stripped):
        return "eml"
    if ext in SNIFF_TABLE_EXTS and _looks_delimited(head):
        return "csv"
    return "text"


SNIFF_TABLE_EXTS = {"", "txt", "dat", "out", "export", "lst"}


def _looks_delimited(head: bytes) -> bool:
    """Tab- or comma-separated rows under a neutral name (Excel's 'text (tab-delimited)' export)."""
    rows = [ln for ln in head[:16384].replace(b"\r", b"").split(b"\n")[:-1] if ln.strip()][:20]
    if len(rows) < 3:
        return False
    for sep, least in ((b"\t", 1), (b",", 2)):
        counts = {ln.count(sep) for ln in rows}
        if len(counts) == 1 and counts.pop() >= least:
            return True
    return False


def _zip_kind(head: bytes, ext: str) -> str:
    # OOXML packages store [Content_Types].xml and part names in local headers near the start
    window = head[:65536]
    if b"[Content_Types].xml" in window or ext in ("docx", "xlsx", "pptx", "xlsm", "docm", "pptm"):
        for prefix, fmt in OOXML.items():
            if prefix.encode() in window:
                return fmt
        if ext in ("docx", "docm"):
            return "docx"
        if ext in ("xlsx", "xlsm"):
            return "xlsx"
        if ext in ("pptx", "pptm"):
            return "pptx"
    return "zip"


def _text_head(head: bytes) -> bytes:
    for bom in (b"\xef\xbb\xbf",):
        if head.startswith(bom):
            head = head[len(bom):]
    return head.lstrip()


def utf16_bomless(head: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' for BOM-less UTF-16: NUL bytes mostly at one parity (ASCII)
    or decoded text that reads as Japanese, with almost no control characters either way."""
    from .encoding import japanese_score

    sample = head[: min(len(head), 8192) // 2 * 2]
    if len(sample) < 8 or b"\x00" not in sample:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    best, best_score = None, 0.3
    for enc, zeros, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        try:
            text = sample.decode(enc)
        except UnicodeDecodeError:
            try:
                text = sample[:-2].decode(enc)  # the sample may end inside a surrogate pair
            except UnicodeDecodeError:
                continue
        bad = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\t\n\r\f") or 0xE000 <= ord(ch) <= 0xF8FF
                  or 0xFFF0 <= ord(ch))
        if bad > len(text) * 0.01:
            continue
        ascii_share = sum(1 for ch in text if " " <= ch < "\x7f" or ch in "\t\n\r") / max(1, len(text))
        score = max(japanese_score(text), 1.0 if ascii_share > 0.5 and zeros > 2 * other else 0.0)
        if score > best_score:
            best, best_score = enc, score
    return best


def _looks_binary(head: bytes) -> bool:
    sample = head[:8192]
    if not sample:
        return False
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")) or utf16_bomless(sample):
        return False
    if sample.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > 0.05 * len(sample)


def _looks_like_email(head: bytes) -> bool:
    lines = head[:4096].split(b"\n", 20)[:20]
    keys = set()
    for line in lines:
        if b":" in line and not line[:1].isspace():
            keys.add(line.split(b":", 1)[0].strip().lower())
    return {b"from", b"subject"} <= keys and (b"to" in keys or b"date" in keys) and (
        b"message-id" in keys or b"mime-version" in keys or b"received" in keys)
