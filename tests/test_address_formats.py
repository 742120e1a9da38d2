"""ADDRESS / POSTAL_CODE formats added for held-out sets G/H: addresses of other countries (Malaysia, the Philippines,
Hong Kong, Sweden, Portugal/Brazil), OCR text with O for 0, a bare designated-city ward, places that are not
addresses (a district before a road or crossing, a land-register lot), and address labels that contain a negative
word for postal codes (請求先)."""

from __future__ import annotations

import pytest

from classifiers.address import AddressDetector
from classifiers.postal_code import PostalCodeDetector


@pytest.fixture(scope="module")
def det() -> AddressDetector:
    return AddressDetector()


def spans(det, text: str) -> list[str]:
    return [text[e.start:e.end] for e in det.detect(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("502\tAhmad\tMYS\tNo. 12, Jalan SS 2/64, 47300 Petaling Jaya, Selangor\t+60 12-384 9920",
         "No. 12, Jalan SS 2/64, 47300 Petaling Jaya, Selangor"),
        ("  Address           : Unit 12B, Greenbelt Residences, 128 Legaspi St., Makati City 1229, Metro Manila\n  Next",
         "Unit 12B, Greenbelt Residences, 128 Legaspi St., Makati City 1229, Metro Manila"),
        (" Address Västra Hamngatan 8, lgh 1203, 411 17 Göteborg\n Country SWEDEN",
         "Västra Hamngatan 8, lgh 1203, 411 17 Göteborg"),
        ('JP-1,Tomás Oliveira,"Rua Augusta 1508, ap. 42, São Paulo - SP",01304-001,BR',
         "Rua Augusta 1508, ap. 42, São Paulo - SP"),
        ("  Address: Flat 9C, Tower 2, Harbour Heights, 5 Fook Yum Road, North Point, Hong Kong\n  Passport: X",
         "Flat 9C, Tower 2, Harbour Heights, 5 Fook Yum Road, North Point, Hong Kong"),
        ("(1043,'Lucas','Rua do Almada 212, 4050-031 Porto, Portugal','1986-01-30')",
         "Rua do Almada 212, 4050-031 Porto, Portugal"),
    ],
)
def test_addresses_of_other_countries(det, text, expected):
    assert spans(det, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "We met on Main Street, then went home.",
        "I live at 12 Baker Street, London, and work nearby.",  # one part, no postcode, no label: not enough
        "Apply via Street View, Google Maps or Bing.",
        "Via Rail, Toronto, Canada runs daily.",  # a street word without a number and without premises
        "In 2019, Smith Road, a new route, opened.",
    ],
)
def test_western_prose_is_not_an_address(det, text):
    assert spans(det, text) == []


def test_romanised_japanese_address_keeps_its_postal_code_out(det):
    text = "Address: 2-8-11 Kamirenjaku, Mitaka-shi, Tokyo 181-0012, Japan"
    assert spans(det, text) == ["2-8-11 Kamirenjaku, Mitaka-shi, Tokyo"]


def test_ocr_letter_o_for_zero_and_wrapped_building_line(det):
    text = "住所  愛知県名古屋市昭和区八事本町1O2番地3\n      八事ハイツ2O5\n交付  令和O4年O6月1O日"
    assert spans(det, text) == ["愛知県名古屋市昭和区八事本町1O2番地3\n      八事ハイツ2O5"]


def test_bare_designated_city_ward(det):
    assert spans(det, "（昭和14年2月9日生、緑区鳴海町字小森48番地の3）が来庁。") == ["緑区鳴海町字小森48番地の3"]
    assert spans(det, "港北区新横浜2-14-27 新横浜第一ビル6F") == ["港北区新横浜2-14-27 新横浜第一ビル6F"]
    assert spans(det, "西区大会3-5で勝利") == []


@pytest.mark.parametrize(
    "text",
    [
        "事故場所  埼玉県さいたま市浦和区高砂2丁目 県道65号線 交差点",
        "1 土地  所在 世田谷区桜丘三丁目  地番 1234番5  地目 宅地",
    ],
)
def test_district_named_as_a_place_is_not_an_address(det, text):
    assert spans(det, text) == []


def test_road_number_is_not_a_room(det):
    text = "住所 埼玉県さいたま市浦和区高砂2丁目3-4 県道65号線沿い"
    assert spans(det, text) == ["埼玉県さいたま市浦和区高砂2丁目3-4"]


def test_full_address_with_chome_only_is_kept(det):
    assert spans(det, "住所 世田谷区桜丘三丁目22番9号") == ["世田谷区桜丘三丁目22番9号"]


def test_postal_code_after_billing_address_label():
    d = PostalCodeDetector()
    text = "請求先: 460-0008 名古屋市中区栄3-6-15"
    assert [text[e.start:e.end] for e in d.detect(text)] == ["460-0008"]
    assert list(d.detect("請求書番号 460-0008")) == []


def test_building_names_with_a_space_and_numbered_buildings():
    from classifiers import get_engine

    def addrs(text):
        return [text[e.start:e.end] for e in get_engine(None).analyze(text) if e.type == "ADDRESS"]

    assert addrs("12月から 上尾市柏座1-9-30 ライオンズ上尾第2 806 になります") == ["上尾市柏座1-9-30 ライオンズ上尾第2 806"]
    assert addrs("<住所>川越市砂新田3-5-11 平岡工務店 社員寮201</住所>") == ["川越市砂新田3-5-11 平岡工務店 社員寮201"]
    assert addrs("住所 大阪市北区梅田1-1-3 大阪駅前第3ビル 12F 山田商事") == ["大阪市北区梅田1-1-3 大阪駅前第3ビル 12F"]
