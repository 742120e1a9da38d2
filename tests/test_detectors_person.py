"""PERSON detector: kanji/kana/Latin names with honorifics, labels and pairs; hard negatives; offsets."""

from __future__ import annotations

import pytest

from classifiers.person import PersonDetector


@pytest.fixture(scope="module")
def det() -> PersonDetector:
    return PersonDetector(use_english_model=False)


def names(det: PersonDetector, text: str) -> list[str]:
    return [text[e.start:e.end] for e in det.detect(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("山田太郎様、いつもお世話になっております。", ["山田太郎"]),
        ("営業部の佐藤様にご連絡ください", ["佐藤"]),
        ("株式会社高橋印刷 佐藤 様", ["佐藤"]),
        ("木村拓哉さんが来社しました", ["木村拓哉"]),
        ("田中部長に確認します", ["田中"]),
        ("昨日、佐藤花子が来社した。", ["佐藤花子"]),
        ("有限会社岡田食品の山崎です。", ["山崎"]),
        ("長谷川 明美", ["長谷川 明美"]),
    ],
)
def test_kanji_names_with_honorific_or_pair(det, text, expected):
    assert names(det, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("氏名：鈴木 一郎", ["鈴木 一郎"]),
        ("お名前: 高橋\u3000美咲 様", ["高橋\u3000美咲"]),
        ("担当者：営業部 田中", ["田中"]),
        ("【氏名】 渡辺 直子", ["渡辺 直子"]),
        ("出席者：近藤（記）・高橋さん，岡田\u3000修平・鈴木課長", ["近藤", "高橋", "岡田\u3000修平", "鈴木"]),
        ("確認者：渡辺\n", ["渡辺"]),
    ],
)
def test_labels(det, text, expected):
    assert names(det, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("フリガナ：ヤマダ タロウ", ["ヤマダ タロウ"]),
        ("【ふりがな】 わたなべ なおこ", ["わたなべ なおこ"]),
        ("参加者: ヤマダ タロウ、サトウ ハナコ", ["ヤマダ タロウ", "サトウ ハナコ"]),
        ("94944,田中\u3000さゆり,タナカサユリ,F", ["田中\u3000さゆり", "タナカサユリ"]),
    ],
)
def test_kana_names(det, text, expected):
    assert names(det, text) == expected


def test_full_width_and_half_width_input_maps_back_to_original_offsets(det):
    text = "ｶﾅ：ｽｽﾞｷ ｲﾁﾛｳ／氏名：鈴木　一郎"
    ents = list(det.detect(text))
    got = [text[e.start:e.end] for e in ents]
    assert "ｽｽﾞｷ ｲﾁﾛｳ" in got  # half-width kana with voiced marks: offsets index the original string
    assert "鈴木　一郎" in got
    assert all(e.detector == "person" and e.type == "PERSON" for e in ents)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dear Mr. Taro Yamada,", ["Taro Yamada"]),
        ("Name: YAMADA Taro", ["YAMADA Taro"]),
        ("Ｎａｍｅ： Ｔａｒｏ Ｙａｍａｄａ", ["Ｔａｒｏ Ｙａｍａｄａ"]),
        ("Cc: Takuma Saito <t.saito@example.com>", ["Takuma Saito"]),
        ("Dear Nakajima-san,", ["Nakajima"]),
        ("Hello Nanami MATSUMOTO,", ["Nanami MATSUMOTO"]),
    ],
)
def test_latin_names_in_context(det, text, expected):
    assert names(det, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "中村屋のパンを買った",
        "田中町3丁目で工事があります",
        "渋谷駅で待ち合わせ",
        "大阪出張の件",
        "お客様各位",
        "皆様へ",
        "合同会社吉田銀行",
        "株式会社山田商事と福田情報株式会社の契約",
        "部長と課長が出席します",
        "データ ベース サービス",
        "鹿児島県鹿児島市東千石町4-20-23",
        "京都市中京区\u3000烏丸通六丁目18番23号",
        "Hello World",
        "Osaka Branch, Tokyo Office",
        "ちゃんと確認した。先生に聞いた。",
        "お疲れ様です。ご苦労様でした。お互い様です。おかげさまで",
        "ご家族様へ。神様仏様。王様ゲーム。奥様へ",
        "社員番号\t社員名\tフリガナ\tマイナンバー\t電話番号",
        "なお、田中製作所の見積もりを添付します。",
        "Product Name: Widget Pro\nCompany Name: Acme Corp",
        '{"name": "Widget Pro", "price": 1200}',
        '{"name": "高級茶碗セット", "stock": 3}',
        "確認者：システム",
        "口座名義：マツモトシヨウジ\n口座名義：(カ)ヤマダ",
    ],
)
def test_hard_negatives(det, text):
    assert names(det, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("いつも森さんにはお世話になっています。", ["森"]),
        ("作業者: 林 治 / 確認: 小林 直人", ["林 治", "小林 直人"]),
        ("なお、弊社の村上部長が同席いたします。", ["村上"]),
        ("扶養家族：山本　美加子（妻）、佐藤零（長男）", ["山本　美加子", "佐藤零"]),
        ("＊氏名（漢字） / 田中 陽子（たなか　ようこ）", ["田中 陽子", "たなか　ようこ"]),
        ("13:33 <Ana SANTOS> 請求額は確定しました", ["Ana SANTOS"]),
        ("12:36 <松田くみ子> お客様の電話番号は", ["松田くみ子"]),
        ("エミリー・ミラー 殿", ["エミリー・ミラー"]),
        ("氏名（カナ） ティ・ラン・チャン", ["ティ・ラン・チャン"]),
        ("　　取締役 鈴木 稔　印", ["鈴木 稔"]),
        ('{"id": 51494, "name": "渡辺零"}', ["渡辺零"]),
        ("出席者：林課長、高橋（記）", ["林", "高橋"]),
    ],
)
def test_forms_lists_readings_and_chat(det, text, expected):
    assert names(det, text) == expected


def test_detect_many_matches_detect(det):
    texts = ["山田太郎様", "お客様各位", "氏名：鈴木 一郎"]
    assert det.detect_many(texts) == [list(det.detect(t)) for t in texts]


def test_assume_normalized_skips_renormalisation_with_the_same_result():
    from classifiers.normalize import normalize

    raw = "お名前：高橋　美咲 様／ﾌﾘｶﾞﾅ：ﾀｶﾊｼ ﾐｻｷ"
    text = normalize(raw).text
    fast = PersonDetector(use_english_model=False)
    fast.assume_normalized = True
    assert [(e.start, e.end) for e in fast.detect(text)] == [
        (e.start, e.end) for e in PersonDetector(use_english_model=False).detect(text)
    ]
    assert [text[e.start:e.end] for e in fast.detect(text)] == ["高橋 美咲", "タカハシ ミサキ"]


def test_attendee_list_after_bare_label(det):
    assert names(det, "11月定例会\n参加：松岡、平野、森（記録）\n・来期予算案") == ["松岡", "平野", "森"]
    assert names(det, "出席 予定の確認をお願いします。") == []
    assert names(det, "欠席：なし") == []


def test_station_exit_is_not_a_surname(det):
    assert names(det, "JR中央線「吉祥寺駅」北口より徒歩5分") == []
    assert names(det, "渋谷駅南口から徒歩3分") == []


def test_sign_off_on_the_same_line(det):
    assert names(det, "Thanks for the update. Best regards, Emily Clark") == ["Emily Clark"]
    assert names(det, "Best regards, Tokyo Office") == []
