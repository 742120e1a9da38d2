"""Placeholder names of templates, forms and API documentation (John Doe, 山田 太郎 after 例:, Taro Yamada in an SDK's
sample values, ＸＸＸＸ　ＸＸ on a sample card): stand-ins for a person, not a person.

John/Jane Doe are placeholders wherever they stand. The Japanese stand-ins (山田太郎, 山田花子, 鈴木一郎, their readings and
romanisations) are real names too, so they count as placeholders only where an example cue (例, 記入例, example, e.g.,
sample, template, 見本) stands on the same line before them or on one of the three lines above (a test fixture whose
values a comment calls ダミー is data and keeps them). A name part alone ("givenName": "Taro") is a placeholder when the
other part of the same stand-in is within a few lines.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# the stand-ins as (family, given) pairs, in every script a form asks for
_PAIRS = (
    ("doe", "john"), ("doe", "jane"),
    ("yamada", "taro"), ("yamada", "hanako"), ("suzuki", "ichiro"),
    ("山田", "太郎"), ("山田", "花子"), ("鈴木", "一郎"),
    ("ヤマダ", "タロウ"), ("ヤマダ", "ハナコ"), ("スズキ", "イチロウ"),
    ("やまだ", "たろう"), ("やまだ", "はなこ"), ("すずき", "いちろう"),
    ("ドウ", "ジョン"), ("ドゥ", "ジョン"), ("ドウ", "ジェーン"),
    # the stand-ins of phrasebooks, style guides and legal form examples (John Smith; 鈴木花子; 甲野太郎, 乙山花子)
    ("smith", "john"), ("スミス", "ジョン"), ("suzuki", "hanako"), ("鈴木", "花子"), ("スズキ", "ハナコ"),
    ("甲野", "太郎"), ("甲野", "一郎"), ("乙山", "花子"), ("乙山", "春子"), ("丙川", "次郎"), ("丙川", "三郎"),
    # a test fixture's member (テスト　ハナコ, TEST TARO): テスト is no family name
    ("テスト", "タロウ"), ("テスト", "ハナコ"), ("テスト", "太郎"), ("テスト", "花子"), ("test", "taro"), ("test", "hanako"),
    # a form's hint for the reading (名義：セイ　メイ, フリガナ：マルマル マルマル): the words for the parts, or the marks
    ("セイ", "メイ"), ("マルマル", "マルマル"),
)
_ALWAYS = frozenset(("doe", "ドウ", "ドゥ", "甲野", "乙山", "丙川", "テスト", "test", "セイ", "マルマル"))  # (a family part that makes the stand-in a placeholder without a cue)
_FULL: dict[str, tuple[str, str]] = {}
_PART: dict[str, list[tuple[str, str]]] = {}
for _f, _g in _PAIRS:
    _FULL[_f + _g] = _FULL[_g + _f] = (_f, _g)
    _PART.setdefault(_f, []).append((_f, _g))
    _PART.setdefault(_g, []).append((_f, _g))
del _f, _g

# (例 as a label or in brackets, not inside 定例 or 事例; English cue words not inside a mail domain: t@example.co.jp)
_CUE = re.compile(r"(?i)記入例|例[:：)）]|[(（]例|見本|サンプル|テンプレート|雛形|ひな形|e\.g\.|for instance|[○〇◯]{2}|"
                  r"(?<![@.\w-])(?:example|sample|template|placeholder)(?![.\w-])")
# … the same cues in two patterns without (?i), for scans of a whole text: the Japanese ones (which have no case) on
# the text, the English ones on its lower-cased copy. A case-insensitive pattern has no literal start the regex
# engine can scan for: it is tried at every position of a long document.
_CUE_JA = re.compile(r"記入例|例[:：)）]|[(（]例|見本|サンプル|テンプレート|雛形|ひな形|[○〇◯]{2}")
_CUE_EN = re.compile(r"e\.g\.|for instance|(?<![@.\w-])(?:example|sample|template|placeholder)(?![.\w-])")
_SEP = re.compile(r"[\s,，・.]+")
_CUE_LINES = 3
_PART_REACH = 160


def _key(s: str) -> str:
    return _SEP.sub("", unicodedata.normalize("NFKC", s)).lower()


# teaching material, a phrasebook or a style guide: its example people are stand-ins wherever they stand in it
_DOC_CUE_JA = re.compile(r"例文|フレーズ集|会話例|ロールプレイ|英会話|練習問題|表記例|記載例|記入要領|書き方の例")
_DOC_CUE_EN = re.compile(  # (on the lower-cased text: see _CUE_EN)
    r"(?<![\w-])(?:role[- ]?play|useful (?:phrases|expressions)|phrasebook|style guide|exercise)(?![\w-])")


def _doc_cue_in(text: str, low: str) -> bool:
    """Does `text` (`low`: its lower-cased copy) hold a cue of teaching material?"""
    return _DOC_CUE_JA.search(text) is not None or _DOC_CUE_EN.search(low) is not None


_LAST_DOC: list = [None, False]  # (the last text asked about and its answer: the spans of one text ask in turn)


def _doc_cued(text: str) -> bool:
    """Is the text teaching material, a phrasebook or a style guide (`_DOC_CUE`)?"""
    if _LAST_DOC[0] is not text:
        low = text.lower()
        _LAST_DOC[0] = text
        _LAST_DOC[1] = (any(w in text for w in _CUE_LITERALS) or any(w in low for w in _CUE_LITERALS_LOW)) and (
            _doc_cue_in(text, low))
    return _LAST_DOC[1]


def _cued(text: str, start: int) -> bool:
    if _doc_cued(text) or _CUE.search(text, 0, min(start, 120)) is not None:
        return True  # (teaching material; or a document titled as an example: 【記入例】 住所・氏名変更届)
    lo = start
    for _ in range(_CUE_LINES + 1):
        lo = text.rfind("\n", 0, lo - 1) if lo > 0 else -1
        if lo < 0:
            lo = 0
            break
    return _CUE.search(text, lo, start) is not None


# a masked or sample card's name: ＸＸＸＸ　ＸＸ, ○○ ○○, **** **
_MASK_NAME = re.compile(r"[XxＸｘ○〇●◯＊*×]+(?:[ \u3000・]+[XxＸｘ○〇●◯＊*×]+)*")


@lru_cache(maxsize=20_000)
def _stand_in(span: str) -> "bool | tuple[str, tuple[str, str] | None, list[tuple[str, str]] | None] | None":
    """What the text of a PERSON span (at most 24 characters; the same names recur across documents: memoised) may
    stand in for: True for a mask, (key, the stand-in it spells whole, the stand-ins it is a part of) when its key is
    a stand-in's, else None (most names)."""
    if _MASK_NAME.fullmatch(span):
        return True
    k = _key(span)
    pair = _FULL.get(k)
    pairs = _PART.get(k) if pair is None else None
    if pair is None and not pairs:
        # 図書 太郎, 港 花子, としょ たろう: a form's own example, any family part before a stand-in given name
        # (a placeholder only where an example cue stands before it, as the fixed stand-ins are)
        # (the given part whole: 福島 健太郎 is no 太郎; written without a space, a family part of one or two)
        if not k.endswith(_GIVEN_STAND_INS):
            return None
        pieces = _SEP.split(unicodedata.normalize("NFKC", span).strip().lower())
        g = next((g for g in _GIVEN_STAND_INS if (pieces[-1] == g if len(pieces) > 1 else (
            k.endswith(g) and 0 < len(k) - len(g) <= 2))), None)
        return None if g is None else (k, ("", g), None)
    return (k, pair, pairs)


# a family part right before a span of a given name alone (the name detector left it out: 市役所　太郎)
_WORD_BEFORE = re.compile(r"[\u3400-\u9fff々ぁ-ゖァ-ヺー]{1,4}[ \u3000]{1,2}$")
_GIVEN_STAND_INS = ("太郎", "花子", "一郎", "たろう", "はなこ", "いちろう", "タロウ", "ハナコ", "イチロウ", "taro", "hanako",
                    "ichiro")


def is_placeholder(text: str, start: int, end: int) -> bool:
    """Whether the PERSON span text[start:end] is a template's or a document's stand-in name."""
    if end - start > 24:
        return False
    found = _stand_in(text[start:end])
    if found is None or found is True:
        return found is True
    k, pair, pairs = found
    if pair is not None:
        return pair[0] in _ALWAYS or _cued(text, start)
    around = _key(text[max(0, start - _PART_REACH):min(len(text), end + _PART_REACH)])
    for f, g in pairs:
        other = g if k == f else f
        if other in around:
            return f in _ALWAYS or _cued(text, start)
    # a stand-in given name whose family part the name detector left out (市役所　太郎 on a 記入例)
    return k in _GIVEN_STAND_INS and _WORD_BEFORE.search(text, max(0, start - 8), start) is not None and _cued(text, start)


def may_hold_placeholder(text: str) -> bool:
    """A cheap test before `is_placeholder` is asked of each PERSON span."""
    # (one-character tests on the text as it is first — x and ｘ in its lower case are x, X, ｘ and Ｘ in it —, the
    # lower-cased copy only for the Latin stand-ins)
    if ("x" in text or "X" in text or "ｘ" in text or "Ｘ" in text or "○" in text or "＊" in text or "*" in text
            or "山田" in text or "鈴木" in text or "ヤマダ" in text or "スズキ" in text or "やまだ" in text or "すずき" in text
            or "ドウ" in text or "ドゥ" in text or "甲野" in text or "乙山" in text or "丙川" in text or "スミス" in text
            or "テスト" in text or "セイ" in text or "マルマル" in text):
        return True
    low = text.lower()
    if "doe" in low or "yamada" in low or "suzuki" in low or "smith" in low or "test" in low:
        return True
    # (a form's own example needs a cue: its words looked for as literals first, the two cue scans only then)
    return (any(w in text for w in _CUE_LITERALS) or any(w in low for w in _CUE_LITERALS_LOW)) and (
        _CUE_JA.search(text) is not None or _CUE_EN.search(low) is not None or _doc_cue_in(text, low))


# every cue of _CUE and _DOC_CUE holds one of these
_CUE_LITERALS = ("例", "見本", "サンプル", "テンプレート", "雛形", "ひな形", "○○", "〇〇", "◯◯", "フレーズ", "ロールプレイ",
                 "英会話", "練習問題", "記入要領")
_CUE_LITERALS_LOW = ("example", "sample", "template", "placeholder", "e.g.", "for instance", "role", "phrase", "style guide",
                     "exercise")
