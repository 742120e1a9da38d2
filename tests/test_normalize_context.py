"""Offset-preserving normalisation and nearest-label context words."""

from __future__ import annotations

from classifiers.context import ContextWords
from classifiers.normalize import normalize


def test_full_width_and_hyphens_one_to_one():
    n = normalize("ＴＥＬ：０９０－１２３４‐５６７８　ａ＠ｂ．ｊｐ")
    assert n.text == "TEL:090-1234-5678 a@b.jp"
    assert n.identity and n.span_to_original(4, 17) == (4, 17)


def test_long_vowel_mark_only_between_digits():
    assert normalize("コーヒー 090ー1234ー5678").text == "コーヒー 090-1234-5678"


def test_half_width_katakana_composed_with_offsets():
    src = "ｶﾞｸｾｲ 090-1234-5678"
    n = normalize(src)
    assert n.text == "ガクセイ 090-1234-5678"
    s, e = n.text.index("090"), len(n.text)
    assert src[slice(*n.span_to_original(s, e))] == "090-1234-5678"
    assert src[slice(*n.span_to_original(0, 4))] == "ｶﾞｸｾｲ"


def test_plain_text_returned_as_is():
    text = "普通のテキストです。"
    n = normalize(text)
    assert n.text is text and n.identity


def test_context_nearest_label_and_compounds():
    cw = ContextWords(["免許"], negative=["注文"])
    t = "運転免許証番号 123 注文番号 456"
    assert cw.evaluate(t, t.index("123"), t.index("123") + 3) == 1  # compound 運転免許証番号 contains 免許
    assert cw.evaluate(t, t.index("456"), t.index("456") + 3) == -1  # nearest label is 注文
    assert cw.evaluate("abc 123", 4, 7) == 0


def test_context_ascii_word_boundaries_and_sides():
    cw = ContextWords(["tel", ("号", 2, "after")], common_negative=False)
    assert cw.evaluate("hotel 123", 6, 9) == 0
    assert cw.evaluate("TEL090", 3, 6) == 1
    assert cw.evaluate("番号 123", 3, 6) == 0  # 号 counts only after the value
    assert cw.evaluate("第123号", 1, 4) == 1
