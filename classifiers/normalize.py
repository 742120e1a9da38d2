"""Offset-preserving text normalisation for Japanese text (NFKC-style, narrowed to what detectors need).

Detectors run on a normalised copy of the text: full-width ASCII (０-９, Ａ-Ｚ, ａ-ｚ, ＠, ．, －, （ …) becomes
ASCII, every hyphen and dash variant (‐ ‑ ‒ – — ― − ﹣ －) becomes '-', the katakana prolonged sound mark
(ー, ｰ) becomes '-' only between two digits (so コーヒー stays), the ideographic space becomes ' ', and
half-width katakana becomes full-width katakana (ｶﾞ → ガ). Almost every mapping is one character to one
character, so offsets usually stay identical; only composing a half-width voiced mark shortens the text, and
then an index map is kept. `Normalized.span_to_original` turns a span of the normalised text back into the
span of the original text. Texts that contain nothing to change are returned as-is (one regex search).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = ["Normalized", "normalize", "HYPHENS"]

# Hyphen / dash / minus variants written inside numbers. 'ー' and 'ｰ' are handled separately (context).
HYPHENS = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d\u02d7\u2500\u2501"

_TABLE: dict[int, int] = {}
for _cp in range(0xFF01, 0xFF5F):  # full-width ASCII block -> ASCII
    _TABLE[_cp] = _cp - 0xFEE0
for _ch in HYPHENS:
    _TABLE[ord(_ch)] = ord("-")
_TABLE[0x3000] = ord(" ")  # ideographic space
_TABLE[0x00A0] = ord(" ")  # no-break space
_TABLE[0xFF5E] = ord("~")
_TABLE[0x301C] = ord("~")  # wave dash
_TABLE[0xFFE0] = ord("¢")
_TABLE[0xFFE5] = ord("¥")  # full-width yen
_TABLE[0xFF61] = ord("。")
_TABLE[0xFF62] = ord("「")
_TABLE[0xFF63] = ord("」")
_TABLE[0xFF64] = ord("、")
_TABLE[0xFF65] = ord("・")
# half-width katakana (U+FF66..U+FF9D) -> full-width, one to one; voiced marks handled below
for _cp in range(0xFF66, 0xFF9E):
    _full = unicodedata.normalize("NFKC", chr(_cp))
    if len(_full) == 1:
        _TABLE[_cp] = ord(_full)
_TABLE[0xFF70] = ord("ー")
_TABLE[0xFF9E] = 0x309B  # ﾞ -> ゛ (composed below when it follows a kana)
_TABLE[0xFF9F] = 0x309C  # ﾟ -> ゜

_NEEDS = re.compile("[" + re.escape("".join(chr(c) for c in _TABLE)) + "]")
_VOICED = re.compile("[\u30a0-\u30ff][\u309b\u309c]")
_LONG_BETWEEN_DIGITS = re.compile(r"(?<=[0-9])[\u30fc](?=[0-9])")


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalised text and the way back to the original offsets."""

    original: str
    text: str
    _index: tuple[int, ...] | None = None  # normalised index -> original index (len(text)+1 entries), or identity

    @property
    def identity(self) -> bool:
        return self._index is None

    def to_original(self, i: int) -> int:
        """Map one normalised index (0..len(text)) to the original index."""
        if self._index is None:
            return i
        return self._index[i]

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of `text` to the half-open span of `original` that produced it."""
        if self._index is None:
            return start, end
        return self._index[start], self._index[end]


def _compose(text: str) -> tuple[str, tuple[int, ...] | None]:
    """Compose katakana + (half-width) voiced mark into one character, keeping an index map."""
    if not _VOICED.search(text):
        return text, None
    out: list[str] = []
    index: list[int] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if i + 1 < n and text[i + 1] in "\u309b\u309c" and "\u30a0" <= ch <= "\u30ff":
            mark = "\u3099" if text[i + 1] == "\u309b" else "\u309a"
            composed = unicodedata.normalize("NFC", ch + mark)
            if len(composed) == 1:
                out.append(composed)
                index.append(i)
                i += 2
                continue
        out.append(ch)
        index.append(i)
        i += 1
    index.append(n)
    return "".join(out), tuple(index)


def normalize(text: str) -> Normalized:
    """Normalise `text` for detection; see the module docstring for what changes."""
    if not _NEEDS.search(text):
        if "\u30fc" in text and _LONG_BETWEEN_DIGITS.search(text):
            return Normalized(text, _LONG_BETWEEN_DIGITS.sub("-", text))
        return Normalized(text, text)
    t = text.translate(_TABLE)
    if "\u30fc" in t:
        t = _LONG_BETWEEN_DIGITS.sub("-", t)
    if "\u309b" in t or "\u309c" in t:
        t, index = _compose(t)
        return Normalized(text, t, index)
    return Normalized(text, t)
