"""ADDRESS detector: Japanese addresses with/without prefecture, digits in every width, buildings; Western
addresses; hard negatives (bare prefecture/city, station, HQ city); the gazetteer itself."""

from __future__ import annotations

import pytest

from classifiers.address import AddressDetector, municipalities, prefectures


@pytest.fixture(scope="module")
def det() -> AddressDetector:
    return AddressDetector()


def spans(det: AddressDetector, text: str) -> list[str]:
    return [text[e.start:e.end] for e in det.detect(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("東京都渋谷区千駄ヶ谷4-21-1", "東京都渋谷区千駄ヶ谷4-21-1"),
        ("大阪府大阪市北区梅田三丁目1番3号 ABCマンション 101号室", "大阪府大阪市北区梅田三丁目1番3号 ABCマンション 101号室"),
        ("北海道石狩郡当別町白樺町58番地の3", "北海道石狩郡当別町白樺町58番地の3"),
        ("神奈川県横浜市西区みなとみらい2-2-1 ランドマークタワー15階", "神奈川県横浜市西区みなとみらい2-2-1 ランドマークタワー15階"),
        ("愛知県名古屋市中区三の丸三丁目1番2号", "愛知県名古屋市中区三の丸三丁目1番2号"),
        ("松山市一番町九丁目37番11号 コーポ第2 607号室", "松山市一番町九丁目37番11号 コーポ第2 607号室"),
        ("岐阜県大野郡白川村大字荻町2606に住んでいる。", "岐阜県大野郡白川村大字荻町2606"),
        ("千葉県　浦安市　勝どき１８５７番地佐々木第一ビル 8階", "千葉県　浦安市　勝どき１８５７番地佐々木第一ビル 8階"),
    ],
)
def test_japanese_addresses(det, text, expected):
    assert spans(det, text) == [expected]


def test_full_width_digits_and_hyphens(det):
    text = "住所：東京都渋谷区千駄ヶ谷４－２１－１ 渋谷ビル2F"
    assert spans(det, text) == ["東京都渋谷区千駄ヶ谷４－２１－１ 渋谷ビル2F"]


def test_postal_code_is_left_out_of_the_span(det):
    text = "〒151-0051 東京都渋谷区千駄ヶ谷4-21-1"
    (e,) = det.detect(text)
    assert text[e.start:e.end] == "東京都渋谷区千駄ヶ谷4-21-1"
    assert e.type == "ADDRESS" and e.detector == "address"


def test_without_prefecture_when_the_municipality_is_known(det):
    assert spans(det, "渋谷区千駄ヶ谷4-21-1にお越しください") == ["渋谷区千駄ヶ谷4-21-1"]
    assert spans(det, "福岡市博多区博多駅前2丁目1-1") == ["福岡市博多区博多駅前2丁目1-1"]


def test_label_context_accepts_an_address_without_block_number(det):
    assert spans(det, "住所: 東京都港区六本木") == ["東京都港区六本木"]
    assert spans(det, "東京都港区六本木で会食") == []


def test_wrapped_line_inside_a_form_is_joined(det):
    text = "住 所  石川県 金沢市 香林坊五丁目2\n6番7号 パークハイツ 1334\n受 付 日  令和4年"
    assert spans(det, text) == ["石川県 金沢市 香林坊五丁目2\n6番7号 パークハイツ 1334"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4-21-1 Sendagaya, Shibuya-ku, Tokyo 151-0051", "4-21-1 Sendagaya, Shibuya-ku, Tokyo"),
        ("Maison Sakura 910, 3-18-7 Marunouchi, Chiyoda-ku, Tokyo", "Maison Sakura 910, 3-18-7 Marunouchi, Chiyoda-ku, Tokyo"),
        ("Ship to 123 Main St, Springfield, IL 62704 please", "123 Main St, Springfield, IL 62704"),
    ],
)
def test_western_addresses(det, text, expected):
    assert spans(det, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "東京都の天気は晴れ",
        "大阪出張の件",
        "本社：東京",
        "本社は東京都千代田区にあります",
        "渋谷駅で待ち合わせ",
        "東京都内で3-4人",
        "横浜市で1-2月に開催",
        "横浜市では1-2に分けて",
        "札幌市の人口は約197万人",
        "品番 ABC-123, 数量 3",
    ],
)
def test_hard_negatives(det, text):
    assert spans(det, text) == []


def test_gazetteer_covers_every_prefecture_and_designated_city_wards():
    assert len(prefectures()) == 47
    munis = municipalities()
    assert len(munis) > 1700
    for name in ("札幌市中央区", "札幌市", "横浜市港北区", "千代田区", "当別町", "石狩郡当別町", "青ヶ島村", "那覇市"):
        assert name in munis


def test_asahikawa_jo_dori_and_uk_addresses():
    from classifiers import get_engine

    def addrs(text):
        return [text[e.start:e.end] for e in get_engine(None).analyze(text) if e.type == "ADDRESS"]

    assert addrs("住所：北海道旭川市4条通8丁目右2号") == ["北海道旭川市4条通8丁目右2号"]
    assert addrs("Our UK office: 14 Quayside Road, Southampton SO14 3QX") == ["14 Quayside Road, Southampton SO14 3QX"]
    assert addrs("Flat 2, 10 Park Lane, London W1K 1AA, UK") == ["Flat 2, 10 Park Lane, London W1K 1AA, UK"]
    assert addrs("Route 66 Road trip, see map SO14 3QX later") == []  # a postcode alone is no address
