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


def test_variant_kanji_of_names_fold_one_to_one():
    from classifiers import get_engine

    for text, folded in [("髙橋 伸也様", "高橋 伸也様"), ("山﨑 誠一郎", "山崎 誠一郎"), ("𠮷田 ひかり", "吉田 ひかり"),
                         ("濵田さん", "浜田さん")]:
        n = normalize(text)
        assert n.text == folded and len(n.text) == len(text)
    text = "総務部　髙橋様、𠮷田 ひかり様"
    spans = [text[e.start:e.end] for e in get_engine(None).analyze(text) if e.type == "PERSON"]
    assert spans == ["髙橋", "𠮷田 ひかり"]  # reported spans keep the original characters


def test_labels_on_other_lines_belong_to_their_own_line():
    from classifiers import get_engine

    def found(text, t):
        return [text[e.start:e.end] for e in get_engine(None).analyze(text) if e.type == t]

    # 件 (a counter suffix) starts the next line: it says nothing about the FAX number before it
    fax = "TEL：0288-22-1150　FAX：0288-22-1151\n件名：外壁塗料 見積の件"
    assert found(fax, "PHONE_NUMBER") == ["0288-22-1150", "0288-22-1151"]
    # "OS" ends the previous (long) log line: not a version label for the IP starting this line
    log = ('203.0.113.14 - - [03/Nov/2026:10:12:44 +0900] "GET / HTTP/1.1" 200 5120 "-" "Mozilla/5.0 (iPhone; '
           'CPU iPhone OS 17_5 like Mac OS X)"\n203.0.113.15 - - [03/Nov/2026:10:12:58 +0900] "POST /login HTTP/1.1" 302')
    assert found(log, "IP_ADDRESS") == ["203.0.113.14", "203.0.113.15"]
    # a short label line above still labels the value below it, negative or positive
    assert found("注文番号\n0312345678", "PHONE_NUMBER") == []
    assert found("電話番号\n0312345678", "PHONE_NUMBER") == ["0312345678"]
    # signature letters T: / F: label bare numbers
    assert found("山田 太郎\nT:0285233952\nF:0285233953", "PHONE_NUMBER") == ["0285233952", "0285233953"]


def test_spaces_around_separators_between_digits_are_dropped():
    for text, want in [("〒 981 - 3133", "〒 981-3133"), ("H4 . 9 . 16", "H4.9.16"), ("981- 3133", "981-3133"),
                       ("047-470-2318 / 080-1207-6635", "047-470-2318 / 080-1207-6635"), ("手順1. 2回", "手順1. 2回")]:
        n = normalize(text)
        assert n.text == want
        assert n.span_to_original(0, len(n.text)) == (0, len(text))


def test_one_scan_finds_the_spaces_of_the_four_space_patterns():
    # _SPACED_ANY (one scan) must find exactly the spaces _SPACED_CJK, _SPACED_SEP, _SPACED_ADDR and _DIGIT_HINT
    # match, and _WRAPPED_HINT every text _WRAPPED matches in
    import importlib
    import random

    nm = importlib.import_module("classifiers.normalize")  # (the package exports the function under this name)
    pieces = ["0", "1", " ", " ", "-", ".", "丁目", "番地", "番", "号", "生", "ア", "\n"]
    rnd = random.Random(7)
    for _ in range(20000):
        t = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 14)))
        union = {m.start() for rx in (nm._SPACED_CJK, nm._SPACED_SEP, nm._SPACED_ADDR, nm._DIGIT_HINT)
                 for m in rx.finditer(t)}
        assert {m.start() for m in nm._SPACED_ANY.finditer(t)} == union, t
        if nm._WRAPPED.search(t):
            assert nm._WRAPPED_HINT.search(t), t


def test_normalized_text_is_the_text_of_normalize():
    from classifiers.normalize import normalized_text

    for s in ("氏名", "ｶﾞｸｾｲ", "カ゛ク", "090ー1234", "生 年 月 日", "a\nb", "ＴＥＬ", "髙橋", "name", "first name", ""):
        assert normalized_text(s) == normalize(s).text, s
