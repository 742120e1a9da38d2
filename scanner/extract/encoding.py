"""Text encoding detection with a Japanese-first heuristic, and lazy incremental decoding.

Order of trust: a BOM (UTF-8, UTF-16, UTF-32), strict UTF-8, ISO-2022-JP escape
sequences, then CP932 versus EUC-JP by strict decoding and a plausibility score
(kana and common punctuation versus half-width katakana and unassigned code
points), and only then charset-normalizer. A sample nobody can decode with
confidence raises EncodingError, so the object is recorded as an error instead of
being scanned as mojibake. A head that is pure ASCII leaves the decision to the
first chunk that is not (LazyDecoder).
"""

from __future__ import annotations

import codecs
import unicodedata
from functools import lru_cache

from .sniff import utf16_bomless

BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it shares the prefix
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
ISO2022_ESCAPES = (b"\x1b$B", b"\x1b$@", b"\x1b(J", b"\x1b(I", b"\x1b$(D", b"\x1b$(Q", b"\x1b$(O")
DETECT_SAMPLE = 256 * 1024


class EncodingError(Exception):
    pass


def _strict(data: bytes, encoding: str, final: bool) -> str | None:
    try:
        return codecs.getincrementaldecoder(encoding)("strict").decode(data, final)
    except (UnicodeDecodeError, LookupError):
        return None


def is_plain_ascii(data: bytes) -> bool:
    return data.isascii() and b"\x1b" not in data


@lru_cache(maxsize=8192)
def _char_weight(ch: str) -> float:
    o = ord(ch)
    if 0x3040 <= o <= 0x30FF or 0x3000 <= o <= 0x303F or 0xFF01 <= o <= 0xFF5E:
        return 2.0  # kana, CJK punctuation, full-width ASCII
    if 0x4E00 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF:
        try:
            lead = ch.encode("euc_jp")[0]
        except UnicodeEncodeError:
            try:
                ch.encode("cp932")  # NEC / IBM extension kanji (髙, 﨑): rare but real in names
                return 0.5
            except UnicodeEncodeError:
                return -1.0
        return 1.0 if 0xB0 <= lead <= 0xCF else -0.5  # JIS level 1 (common) vs level 2 (rare)
    if 0xFF61 <= o <= 0xFF9F:
        return 0.5  # half-width katakana: common in legacy data, also in mojibake
    if 0xE000 <= o <= 0xF8FF or unicodedata.category(ch) in ("Cn", "Co", "Cc"):
        return -3.0
    return -0.5


def japanese_score(text: str) -> float:
    """Plausibility of decoded text as Japanese (or mostly ASCII): from -1 (mojibake) to 1."""
    total = weight = 0.0
    for ch in text[:65536]:
        if ch < "\x80":
            continue
        w = _char_weight(ch)
        weight += w
        total += abs(w)
    return weight / total if total else 0.0


def detect(sample: bytes, final: bool = True) -> str:
    """Return a Python codec name for `sample`, or raise EncodingError."""
    for bom, enc in BOMS:
        if sample.startswith(bom):
            return enc
    if is_plain_ascii(sample):
        return "ascii"
    if sample.isascii() and any(esc in sample for esc in ISO2022_ESCAPES):
        if _strict(sample, "iso2022_jp_ext", final) is not None:
            return "iso2022_jp_ext"
        if _strict(sample, "iso2022_jp_2", final) is not None:
            return "iso2022_jp_2"
    if _strict(sample, "utf-8", final) is not None:
        return "utf-8"
    bomless = utf16_bomless(sample)
    if bomless and _strict(sample[: len(sample) // 2 * 2], bomless, False) is not None:
        return bomless
    candidates = {}
    for enc in ("cp932", "euc_jis_2004", "euc_jp"):
        text = _strict(sample, enc, final)
        if text is not None:
            candidates[enc] = japanese_score(text)
    if "euc_jp" in candidates and "euc_jis_2004" in candidates:
        candidates.pop("euc_jis_2004")
    if candidates:
        best = max(candidates, key=lambda e: candidates[e])
        if candidates[best] > (0.0 if len(candidates) == 1 else 0.2):
            return best
    return _normalizer(sample)


def _normalizer(sample: bytes) -> str:
    from charset_normalizer import from_bytes

    try:
        best = from_bytes(sample[:65536], threshold=0.1).best()
    except Exception:  # pragma: no cover - library failure treated as undecidable
        best = None
    if best is None or best.encoding is None:
        raise EncodingError("cannot determine text encoding")
    enc = best.encoding
    # mis-decoded Japanese typically comes back as a single-byte code page full of symbols
    if best.chaos > 0.1:
        raise EncodingError("cannot determine text encoding")
    try:
        codecs.lookup(enc)
    except LookupError:
        raise EncodingError("cannot determine text encoding") from None
    return enc


class LazyDecoder:
    """Incremental decoder that decides the encoding on the first non-ASCII data it sees."""

    def __init__(self, encoding: str | None = None):
        self.encoding: str | None = None
        self._dec = None
        self._pending = b""
        self.replaced = 0
        if encoding and encoding != "ascii":
            self._set(encoding)

    def _set(self, encoding: str) -> None:
        self.encoding = encoding
        self._dec = codecs.getincrementaldecoder(encoding)("replace")

    def decode(self, data: bytes, final: bool = False) -> str:
        if self._dec is None:
            data = self._pending + data
            self._pending = b""
            if is_plain_ascii(data):
                return data.decode("ascii")
            # keep ASCII up to the last newline before the first non-ASCII byte; decide on the rest
            first = next((i for i, b in enumerate(data) if b >= 0x80 or b == 0x1b), 0)
            cut = data.rfind(b"\n", 0, first) + 1
            head, rest = data[:cut].decode("ascii"), data[cut:]
            if len(rest) < 4096 and not final:
                self._pending = rest
                return head
            self._set(detect(rest[:DETECT_SAMPLE], final=final or len(rest) <= DETECT_SAMPLE))
            return head + self._decode(rest, final)
        return self._decode(data, final)

    def _decode(self, data: bytes, final: bool) -> str:
        text = self._dec.decode(data, final)
        if "\ufffd" in text:
            self.replaced += text.count("\ufffd")
        return text

    def flush(self) -> str:
        return self.decode(b"", final=True)
