"""The engine: offsets into the original text, thresholds, overlap resolution, robustness, speed."""

from __future__ import annotations

import time

import pytest

from classifiers.base import Detector, Entity
from classifiers.engine import Engine, EngineOptions, get_engine, resolve_overlaps


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineOptions(free_text=False))


def test_detect_contract_example(engine):
    text = "連絡先: taro.yamada@example.co.jp / 090-1234-5678"
    got = [(e.type, text[e.start:e.end]) for e in engine.analyze(text)]
    assert got == [("EMAIL_ADDRESS", "taro.yamada@example.co.jp"), ("PHONE_NUMBER", "090-1234-5678")]
    assert all(0 <= e.score <= 1 for e in engine.analyze(text))


def test_offsets_survive_length_changing_normalisation(engine):
    text = "ｶﾞｷﾞｸﾞ様 電話：０９０－１２３４－５６７８ メール ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ"
    got = {e.type: text[e.start:e.end] for e in engine.analyze(text)}
    assert got["PHONE_NUMBER"] == "０９０－１２３４－５６７８"
    assert got["EMAIL_ADDRESS"] == "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ"


def test_min_score_filters():
    low = Engine(EngineOptions(min_score=0.2, free_text=False))
    default = Engine(EngineOptions(free_text=False))
    text = "参照 0312345678"  # a bare 10-digit number: low score
    assert any(e.type == "PHONE_NUMBER" for e in low.analyze(text))
    assert default.analyze(text) == []


def test_types_option_restricts():
    e = Engine(EngineOptions(types=("EMAIL_ADDRESS",), free_text=False))
    assert [x.type for x in e.analyze("a@example.jp 090-1234-5678")] == ["EMAIL_ADDRESS"]


def test_resolve_overlaps_prefers_score_then_priority():
    a = Entity("JP_MY_NUMBER", 0, 12, 0.9)
    b = Entity("JP_DRIVERS_LICENSE", 0, 12, 0.6)
    c = Entity("CREDIT_CARD", 0, 12, 0.9)
    assert resolve_overlaps([b, a]) == [a]
    assert resolve_overlaps([a, c]) == [c]  # equal score: CREDIT_CARD has priority


def test_resolve_overlaps_keeps_postal_code_inside_address():
    addr = Entity("ADDRESS", 0, 30, 0.9)
    pc = Entity("POSTAL_CODE", 1, 9, 0.95)
    assert set(resolve_overlaps([addr, pc])) == {addr, pc}


def test_eleven_digit_mobile_is_phone_not_resident_code():
    e = Engine(EngineOptions(min_score=0.2, free_text=False))
    got = [x.type for x in e.analyze("連絡先 09012345678")]
    assert got == ["PHONE_NUMBER"]


class _Boom(Detector):
    name = "boom"
    pii_types = ("PERSON",)

    def detect(self, text):
        raise RuntimeError("detector bug with secret " + text)


def test_a_failing_detector_does_not_stop_analysis(engine, caplog):
    e = Engine(EngineOptions(free_text=False))
    e.detectors.append(_Boom())
    text = "a@example.jp 山田太郎"
    got = [x.type for x in e.analyze(text)]
    assert got == ["EMAIL_ADDRESS"]
    assert "山田太郎" not in caplog.text and "a@example.jp" not in caplog.text


def test_empty_and_non_string(engine):
    assert engine.analyze("") == []
    assert engine.analyze(None) == []  # type: ignore[arg-type]


def test_analyze_many_keeps_order(engine):
    out = engine.analyze_many(["a@example.jp", "", "携帯 090-1234-5678"])
    assert [[e.type for e in r] for r in out] == [["EMAIL_ADDRESS"], [], ["PHONE_NUMBER"]]


def test_analyze_many_in_batches_equals_analyze_one_by_one(caplog):
    """The detector-major batch path gives exactly what `analyze` gives, text by text, across batch borders,
    for empty and non-string items, a repeated string object, a text long enough to be chunked, and a
    detector that raises (skipped for that text only, without the text in the log)."""
    from classifiers.engine import BATCH_DOCS, CHUNK_CHARS

    docs = [
        "氏名：山田 太郎\n生年月日：昭和60年4月1日\n住所：〒150-0041 東京都渋谷区神南1-2-3\n携帯 090-1234-5678",
        "個人番号 1234 5678 9018、メール taro@example.jp、口座 普通 1234567",
        "注文番号 123456789012 の商品は発送済みです。合計 12,800円",
        "氏名,電話番号,メール\n佐藤花子,03-1234-5678,hanako@example.com\n鈴木一郎,06-2345-6789,ichiro@example.net",
        "", None, "持病の通院のため、田中様は毎週水曜日に早退します。",
    ]
    long_text = "平素よりお世話になっております。\n" * (CHUNK_CHARS // 17 + 3) + "携帯 090-1234-5678\n"
    texts = (docs * (BATCH_DOCS // len(docs) + 2)) + [long_text, docs[0]]
    assert len(texts) > BATCH_DOCS
    engine = get_engine(EngineOptions())  # every detector, PERSON / ADDRESS / SPECIAL_CARE included
    got = engine.analyze_many(texts)
    assert got == [engine.analyze(t) for t in texts]
    assert {e.type for e in got[0]} >= {"PERSON", "DATE_OF_BIRTH", "ADDRESS", "PHONE_NUMBER"}

    e = Engine(EngineOptions(free_text=False))
    e.detectors.insert(0, _Boom())
    out = e.analyze_many(["a@example.jp 山田太郎", "b@example.jp"])
    assert [[x.type for x in r] for r in out] == [["EMAIL_ADDRESS"], ["EMAIL_ADDRESS"]]
    assert "山田太郎" not in caplog.text and "b@example.jp" not in caplog.text


def test_get_engine_is_cached():
    assert get_engine(EngineOptions(free_text=False)) is get_engine(EngineOptions(free_text=False))


def test_identifier_throughput_well_above_one_mb_per_second(engine):
    para = ("株式会社サンプル営業部の担当です。平素より格別のお引き立てを賜り、誠にありがとうございます。"
            "ご注文番号 123456789012 の商品は 2024年5月10日 に発送いたしました。合計 12,800円（税込）です。"
            "お問い合わせは TEL 03-1234-5678 または support@example.co.jp までご連絡ください。\n")
    text = para * 2000
    engine.analyze(text[:5000])
    t = time.process_time()
    for i in range(0, len(text), 4000):
        engine.analyze(text[i:i + 4000])
    rate = len(text.encode()) / (time.process_time() - t) / 1e6
    assert rate > 1.0, f"{rate:.2f} MB/s (CPU time)"


def test_long_text_is_chunked_with_true_offsets(engine):
    from classifiers.engine import CHUNK_CHARS

    filler = "平素より大変お世話になっております。本件について確認いたします。\n"
    text = filler * (CHUNK_CHARS // len(filler) + 5) + "携帯 ０９０－１２３４－５６７８\n" + filler * 10
    text = "連絡 a@example.jp\n" + text
    got = [(e.type, text[e.start:e.end]) for e in engine.analyze(text)]
    assert got == [("EMAIL_ADDRESS", "a@example.jp"), ("PHONE_NUMBER", "０９０－１２３４－５６７８")]


@pytest.mark.parametrize("text", [
    "1-" * 50000, "0 " * 50000, "生 " * 50000, "a@" * 50000, "1." * 50000, "1" * 100000, "ab:" * 40000,
    "1ー" * 50000, "a,b,c\n" * 20000, "|" * 100000, "a" * 100000 + "@", "a@" + "a." * 50000 + "1",
    "記号 1 番号 2 " * 10000, "氏名\t生年月日\n" + "山田\t1985/04/01\n" * 10000,
])
def test_hostile_inputs_stay_linear(engine, text):
    t = time.process_time()
    engine.analyze(text)
    assert time.process_time() - t < 3.0


def test_long_dumps_and_tables_keep_their_header_across_chunks():
    import random
    import re

    from classifiers import get_engine
    from classifiers.engine import CHUNK_CHARS

    rnd = random.Random(3)
    rows = [f"({i},'山田 太郎','{rnd.randint(1950, 2000)}-0{rnd.randint(1, 9)}-1{rnd.randint(0, 9)}')" for i in range(6000)]
    sql = "INSERT INTO `customers` (`id`,`name`,`birth_date`) VALUES " + ",".join(rows) + ";\n"
    csv = "社員ID,氏名,生年月日\n" + "".join(f"{i},佐藤 花子,19{rnd.randint(50, 99)}/0{rnd.randint(1, 9)}/15\n" for i in range(7000))
    for text, n in [(sql, 6000), (csv, 7000)]:
        assert len(text) > 2 * CHUNK_CHARS
        dates = [text[e.start:e.end] for e in get_engine(None).analyze(text) if e.type == "DATE_OF_BIRTH"]
        assert len(dates) == n
        assert all(re.fullmatch(r"[0-9]{4}[-/][0-9]{2}[-/][0-9]{2}", d) for d in dates)


def test_special_care_needs_someone_in_the_text():
    from classifiers import get_engine

    leaflet = ("医療費控除の対象となるもの\n・医師による診療・治療の対価（人工透析、不妊治療を含む）\n"
               "・治療のための医薬品の購入費\n")
    assert [e for e in get_engine(None).analyze(leaflet) if e.type == "SPECIAL_CARE"] == []
    note = "面談記録\n本人より、うつ病で通院中との申告あり。\n"
    # a statement about someone the text does not identify is no personal information (a case summary, a
    # phrasebook line, a training example) …
    assert [e for e in get_engine(None).analyze(note) if e.type == "SPECIAL_CARE"] == []
    # … it is once the record names its person, or is keyed by a person's record number
    named = "面談記録　社員：佐藤 陽子\n本人より、うつ病で通院中との申告あり。\n"
    assert any(e.type == "SPECIAL_CARE" for e in get_engine(None).analyze(named))
    keyed = "社員番号 004127 面談記録\n本人より、うつ病で通院中との申告あり。\n"
    assert any(e.type == "SPECIAL_CARE" for e in get_engine(None).analyze(keyed))
    company_only = "お問い合わせ 0120-123-456（平日9時〜17時）\n本人より、うつ病で通院中との申告あり。\n"
    assert [e for e in get_engine(None).analyze(company_only) if e.type == "SPECIAL_CARE"] == []
