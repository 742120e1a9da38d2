"""Formats met in session 11's sets: special-care facts only about someone identified, sports and salon staff
by surname and title or role, names across a misaligned space-aligned column, counters that are no surnames."""

from __future__ import annotations

import pytest

from classifiers import get_engine

ENGINE = get_engine(None)


def found(text: str, pii: str) -> list[str]:
    return [text[e.start:e.end] for e in ENGINE.analyze(text) if e.type == pii]


@pytest.mark.parametrize("text", [
    "・持病があります：糖尿病／高血圧／ぜんそく。 I have a chronic illness: diabetes / high blood pressure.",
    "（2）「先方部長は持病のため長時間の会議が難しい」→ 要配慮個人情報にあたるので記録しない",
    "リワーク：精神疾患により休職した人の職場復帰を支援するプログラム。",
    "対象：18歳以上で自殺企図により救急搬送され、研究参加に文書同意した者",
])
def test_special_care_about_no_one_identified(text):
    assert found(text, "SPECIAL_CARE") == []


@pytest.mark.parametrize("text", [
    "氏名：佐藤 陽子\nリワーク：精神疾患により休職中。",
    "患者ID,傷病名,開始日,転帰\nP-0012,心房細動,2022/06/01,継続\n",
    "e-mail: y.sato@example.jp\n持病：糖尿病で通院中",
])
def test_special_care_about_someone_identified(text):
    assert found(text, "SPECIAL_CARE")


@pytest.mark.parametrize("text, name", [
    ("健康調査票は8/7までに樋口コーチへお願いします。", "樋口"),
    ("森監督の方針で、夏合宿は3泊とします。", "森"),
    ("肩の痛みは北川トレーナーに相談済み。", "北川"),
    ("医療脱毛。麻酔クリームのみ使用。　医師：柳田\n", "柳田"),
    ("担当スタイリスト：早瀬　次回 4/12\n", "早瀬"),
])
def test_staff_by_title_or_role(text, name):
    assert found(text, "PERSON") == [name]


@pytest.mark.parametrize("text", ["ヘッドコーチが交代した。", "現場監督に連絡。", "映画監督として知られる。", "1年担任が集まる。"])
def test_title_words_alone_are_no_names(text):
    assert found(text, "PERSON") == []


def test_name_across_a_misaligned_column_stays_whole():
    text = ("会員番号　 氏名　　　　　年齢　血圧　　　体調\n"
            "LB-18842　中島 和夫　　71　　162/98　普通\n"
            "LB-20117　小田切 房子　68　　128/76　良好\n"
            "LB-21006　今井 和子　　66　　118/70　良好\n")
    assert found(text, "PERSON") == ["中島 和夫", "小田切 房子", "今井 和子"]


def test_counter_after_a_price_is_no_surname():
    text = "品番　　　　返礼品名　　　　寄附額　　配送\nFS-24-001　マグカップ　10,000円　　通年\n"
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("header", ["スタイリスト", "主担当", "アシスタント", "コーチ", "担当トレーナー", "本人確認者", "担任"])
def test_staff_column_headers(header):
    from classifiers.columns import classify_header

    assert classify_header(header).pii_type == "PERSON"


def test_staff_column_of_a_booking_export():
    text = ("予約番号,来店日時,お客様名,電話番号,メニュー,スタイリスト,指名\n"
            "BE72019384,2024/12/03 10:00,大西 真由,09031827740,カット+カラー,藤本,あり\n"
            "BE72019877,2024/12/03 11:30,谷口 健太,08011934625,メンズカット,野口,なし\n"
            "BE72020451,2024/12/03 13:00,柴田 綾乃,07055206613,縮毛矯正,早瀬,あり\n"
            "BE72020813,2024/12/03 15:00,荒木 詩織,09045581209,カット+パーマ,藤本,あり\n")
    names = found(text, "PERSON")
    assert {"藤本", "早瀬", "大西 真由", "柴田 綾乃"} <= set(names)
