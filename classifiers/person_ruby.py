"""Names written with ruby (furigana) inline, as text converted from Word or HTML keeps it: 藤原(ふじわら)蒼(あおい),
山田（やまだ）太郎（たろう）. The family name with its reading, then the given name with its reading, is one name: the
whole span is reported. The family name must be a surname the dictionary knows (or a listed name) whose reading the
bracket gives, so ordinary words with a gloss (漢字(かんじ)練習(れんしゅう)) are not taken.
"""

from __future__ import annotations

import re

from . import nlp
from .base import matches_before

_K = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々"
_RUBY_NAME = re.compile(
    rf"(?<![{_K}])([{_K}]{{1,4}})[(（]([\u3041-\u3096\u30a1-\u30fa\u30fc]{{1,10}})[)）][ \u3000]?"
    rf"([{_K}]{{1,4}})[(（]([\u3041-\u3096\u30a1-\u30fa\u30fc]{{1,10}})[)）]"
)
# the first bracketed reading (a scan led by the bracket, fast): a name's match starts at most 4 characters before one,
# and `_RUBY_NAME` (led by a lookbehind, tried at every position) is tried only there
_RUBY_HINT = re.compile(r"[(（][\u3041-\u3096\u30a1-\u30fa\u30fc]{1,10}[)）]")
_TO_KATA = {c: c + 0x60 for c in range(0x3041, 0x3097)}


def _reads(word: str, reading: str, pos: str) -> bool:
    kata = reading.translate(_TO_KATA)
    return any(r == kata for r in nlp.readings(word, pos))


def ruby_names(t: str, out: list) -> None:
    """Append (start, end, score) for every ruby-annotated name in `t` (see the module docstring)."""
    for m in matches_before(_RUBY_NAME, t, _RUBY_HINT, 4):
        fam, fr, giv, gr = m.groups()
        if not nlp.can_be(fam, "名詞", "固有名詞", "人名", "姓") or not _reads(fam, fr, "姓"):
            continue
        if (len(giv) > 1 and nlp.can_be(giv, "名詞", "普通名詞")
                and not nlp.can_be(giv, "名詞", "固有名詞", "人名", "名") and not _reads(giv, gr, "名")):
            continue  # (a one-kanji given name, 蒼(あおい), is also an ordinary word: its reading decides nothing)
        out.append((m.start(), m.end(), 0.85))


def may_hold_ruby(t: str) -> bool:
    return ")" in t or "）" in t
