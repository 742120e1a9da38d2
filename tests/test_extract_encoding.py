"""Japanese encodings are decoded correctly; an undecidable encoding is an error, not mojibake."""

from __future__ import annotations

import random

import pytest

from extract_helpers import all_text, problems, run_bytes
from scanner.extract.encoding import EncodingError, detect

SAMPLES = {
    "prose": "山田太郎様、いつもお世話になっております。東京都渋谷区神南一丁目の件でご連絡いたします。",
    "names": "渡邊 齊藤 廣瀬 澤田 濱田 櫻井 髙橋 﨑山",
    "address": "〒060-0001 北海道札幌市中央区北一条西２丁目",
    "halfwidth": "ﾔﾏﾀﾞ ﾀﾛｳ,ｻﾄｳ ﾊﾅｺ,ｶﾌﾞｼｷｶﾞｲｼｬ ｻﾝﾌﾟﾙ",
    "mixed": "Order #1234: 田中 一郎 (tanaka@example.jp) 03-1234-5678 ￥12,000",
}


ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp932", "shift_jis", "euc_jp", "iso2022_jp"]
# half-width-kana-only EUC-JP is byte-for-byte valid CP932 kanji: genuinely ambiguous, left out
AMBIGUOUS = {("halfwidth", "euc_jp")}


def _representable(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
        return True
    except UnicodeEncodeError:
        return False


CASES = [(s, e) for s in SAMPLES for e in ENCODINGS if _representable(SAMPLES[s], e) and (s, e) not in AMBIGUOUS]


@pytest.mark.parametrize("sample,encoding", CASES)
def test_round_trip(sample, encoding):
    text = SAMPLES[sample]
    data = ((text + "\n") * 3).encode(encoding)  # utf-16-le: no BOM
    segs = run_bytes("sample.log", data)  # .log: never sniffed as a table
    assert not problems(segs)
    assert all_text(segs) == (text + "\n") * 3


def test_cases_cover_every_encoding():
    assert {e for _, e in CASES} == set(ENCODINGS) and len(CASES) >= 34


def test_ascii_head_then_shift_jis_late_in_a_large_file():
    data = b"id,comment\n" + b"".join(b"%d,plain ascii row\n" % i for i in range(30_000))
    data += "30001,山田太郎 090-1234-5678\n".encode("cp932")
    segs = run_bytes("late.csv", data, sized=False)
    assert not problems(segs)
    assert "30001\t山田太郎 090-1234-5678" in all_text(segs)


def test_undecidable_bytes_are_an_error():
    rnd = random.Random(3)
    data = bytes(rnd.randrange(0x80, 0x100) for _ in range(5000))
    with pytest.raises(EncodingError):
        detect(data)
    segs = run_bytes("x.txt", data)
    assert [(p.kind, p.message) for p in segs] == [("error", "cannot determine text encoding")]


def test_western_single_byte_text_still_decodes():
    text = "Café résumé — Zürich straße, contact: jose@example.es\n" * 20
    segs = run_bytes("w.txt", text.encode("cp1252"))
    assert not [p for p in problems(segs) if p.kind == "error"]
    assert "jose@example.es" in all_text(segs)
