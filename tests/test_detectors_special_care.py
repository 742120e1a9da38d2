"""SPECIAL_CARE detector: labelled values and statements about a person; generic mentions are not flagged."""

from __future__ import annotations

import pytest

from classifiers.special_care import SpecialCareDetector


@pytest.fixture(scope="module")
def det() -> SpecialCareDetector:
    return SpecialCareDetector()


def spans(det: SpecialCareDetector, text: str) -> list[str]:
    return [text[e.start:e.end] for e in det.detect(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("病歴: 糖尿病", "糖尿病"),
        ("既往歴：心筋梗塞（2019年）", "心筋梗塞（2019年）"),
        ("【持病】 気管支喘息", "気管支喘息"),
        ("信仰: キリスト教", "キリスト教"),
        ("前科: あり", "あり"),
        ("障害の有無：あり", "あり"),
        ("所見：脂質異常症（要治療）", "脂質異常症（要治療）"),
        ("賞罰：道路交通法違反（罰金刑）", "道路交通法違反（罰金刑）"),
        ("障害者手帳\t身体障害者手帳 2級", "身体障害者手帳 2級"),
    ],
)
def test_labelled_values(det, text, expected):
    assert spans(det, text) == [expected]


@pytest.mark.parametrize("text", ["既往歴：なし", "宗教：なし", "判定：A", "特記事項：特になし", "賞罰：なし", "出身：東京都",
                                  "健康診断結果 個人票"])
def test_empty_or_unrelated_values_are_not_flagged(det, text):
    assert spans(det, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("産業医コメント：本人はうつ病と診断され休職中とのこと。", "うつ病と診断され休職中"),
        ("山田さんは糖尿病で通院中です。", "糖尿病で通院中"),
        ("田中さんが適応障害のため、来月から時短勤務となる。", "適応障害"),
        ("身体障害者手帳 2級を所持している", "身体障害者手帳 2級を所持している"),
        ("下肢に障害があり車椅子を使用している", "下肢に障害があり車椅子を使用している"),
        ("窃盗罪で懲役1年執行猶予3年の判決を受けた", "窃盗罪で懲役1年執行猶予3年の判決を受けた"),
        ("本人は前科あり", "前科あり"),
        ("逮捕歴あり", "逮捕歴あり"),
        ("ストーカー被害に遭っている", "ストーカー被害に遭っている"),
        ("熱心なイスラム教徒である", "熱心なイスラム教徒である"),
        ("被差別部落の出身である", "被差別部落の出身である"),
        ("健康診断で要精密検査と判定された", "健康診断で要精密検査と判定された"),
        ("今日は心療内科の通院で午後休みます", "心療内科の通院"),
        ("今日はがんの定期検診で午後休みます", "がんの定期検診"),
        ("B型肝炎ウイルスのキャリアである", "B型肝炎ウイルスのキャリアである"),
    ],
)
def test_statements_about_a_person(det, text, expected):
    assert spans(det, text) == [expected]


def test_full_width_input_offsets_index_the_original(det):
    text = "既往歴：ＨＩＶ感染症（服薬中）"
    (e,) = det.detect(text)
    assert text[e.start:e.end] == "ＨＩＶ感染症（服薬中）"
    assert e.type == "SPECIAL_CARE" and e.detector == "special_care"


def test_weak_phrase_needs_a_person(det):
    assert spans(det, "社員の鈴木さんは服薬中です。") == ["服薬中"]
    assert spans(det, "入院中の患者様へのお見舞いは面会時間内にお願いします。") == []


@pytest.mark.parametrize(
    "text",
    [
        "システム障害が発生しました。障害対応を実施中です。",
        "ネットワーク障害の影響で通信障害が発生",
        "糖尿病予防サプリ 1,980円\nロキソニンS 12錠 698円\n高血圧の方向け減塩しょうゆ 450円",
        "刑法犯の認知件数は前年比5%減少し、逮捕者数も減少した。",
        "特殊詐欺被害にご注意ください",
        "障害者手帳をお持ちの方は入場無料です",
        "病院の住所は東京都渋谷区です",
        "健康診断の受診は来月10日までに予約してください",
        "がん検診のご案内：対象者全員に受診票を送付します。",
    ],
)
def test_hard_negatives(det, text):
    assert spans(det, text) == []


def test_applies_is_a_cheap_prefilter(det):
    assert not det.applies("明日の会議は10時からです。資料を送付します。")
    assert det.applies("既往歴：なし")


def test_a_labelled_history_list_is_one_value(det):
    # a field's value is one span, however many conditions it lists; other lists (副病名) give one span per item
    assert spans(det, "既往歴：2型糖尿病、高血圧症") == ["2型糖尿病、高血圧症"]
    assert spans(det, "持病：喘息、花粉症、腰痛") == ["喘息、花粉症、腰痛"]
    assert spans(det, "副病名：高血圧症、脂質異常症") == ["高血圧症", "脂質異常症"]
    assert spans(det, "既往歴：なし、特記事項なし") == []
