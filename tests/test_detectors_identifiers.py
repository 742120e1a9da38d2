"""Structured-identifier detectors: valid, invalid-checksum, full-width, context and hard-negative cases.

Every value here is synthetic (check digits computed, reserved example domains, test card numbers).
"""

from __future__ import annotations

import pytest

from classifiers.engine import Engine, EngineOptions
from classifiers.my_number import is_valid_my_number, my_number_check_digit
from classifiers.resident_code import is_valid_resident_code, resident_check_digit

ENGINE = Engine(EngineOptions(free_text=False))


def found(text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start:e.end]) for e in ENGINE.analyze(text)]


def types(text: str) -> set[str]:
    return {t for t, _ in found(text)}


def mynum(first11: str) -> str:
    return first11 + str(my_number_check_digit(first11))


def rescode(first10: str) -> str:
    return first10 + str(resident_check_digit(first10))


# ----------------------------------------------------------------------------------------- checksums
def test_my_number_check_digit_matches_stdnum():
    from stdnum.jp import in_

    for p in ("12345678901", "98765432109", "31415926535", "27182818284", "00000000001"):
        assert str(my_number_check_digit(p)) == in_.calc_check_digit(p)
    assert is_valid_my_number("123456789018")
    assert not is_valid_my_number("123456789019")
    assert not is_valid_my_number("111111111111")


def test_resident_code_check_digit():
    code = rescode("1234567890")
    assert is_valid_resident_code(code)
    bad = code[:-1] + str((int(code[-1]) + 1) % 10)
    assert not is_valid_resident_code(bad)


# ----------------------------------------------------------------------------------------- e-mail
@pytest.mark.parametrize("text,value", [
    ("連絡先: taro.yamada@example.co.jp / 090-1234-5678", "taro.yamada@example.co.jp"),
    ("メールはtaro@example.jpです", "taro@example.jp"),
    ("E-mail：hanako_suzuki+news@mail.example.com。", "hanako_suzuki+news@mail.example.com"),
    ("<a href=\"mailto:info@example.org\">", "info@example.org"),
])
def test_email_found_with_exact_span(text, value):
    assert ("EMAIL_ADDRESS", value) in found(text)


def test_email_full_width():
    text = "メール：ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ まで"
    assert found(text) == [("EMAIL_ADDRESS", "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ")]


@pytest.mark.parametrize("text", ["icon@2x.png", "@mention だけ", "user@localhost", "a..b@example.com"])
def test_email_negatives(text):
    assert "EMAIL_ADDRESS" not in types(text)


# ----------------------------------------------------------------------------------------- phone
@pytest.mark.parametrize("text,value", [
    ("携帯 090-1234-5678", "090-1234-5678"),
    ("TEL:03-1234-5678", "03-1234-5678"),
    ("代表 (03)1234-5678", "(03)1234-5678"),
    ("FAX 06(6123)4567", "06(6123)4567"),
    ("フリーダイヤル 0120-123-456", "0120-123-456"),
    ("0800-123-4567へ", "0800-123-4567"),
    ("IP電話 050-1234-5678", "050-1234-5678"),
    ("電話番号09012345678です", "09012345678"),
    ("直通 0466-12-3456", "0466-12-3456"),
    ("+81-90-1234-5678", "+81-90-1234-5678"),
    ("+81 3 1234 5678", "+81 3 1234 5678"),
    ("US office +1 415-555-0132", "+1 415-555-0132"),
    ("090 1234 5678", "090 1234 5678"),
])
def test_phone_found(text, value):
    assert ("PHONE_NUMBER", value) in found(text)


def test_phone_full_width_offsets_into_original():
    text = "電話：０９０－１２３４－５６７８まで"
    ents = ENGINE.analyze(text)
    assert [(e.type, e.start, e.end) for e in ents] == [("PHONE_NUMBER", 3, 16)]
    assert text[3:16] == "０９０－１２３４－５６７８"


def test_phone_katakana_long_mark_as_hyphen():
    assert found("TEL 090ー1234ー5678") == [("PHONE_NUMBER", "090ー1234ー5678")]


@pytest.mark.parametrize("text", [
    "注文番号 0312345678",  # order-number label
    "2024-01-15 に出荷",  # date
    "品番 012-345-678",  # too few digits
    "合計 0,120,123円",
    "ISBN 0123456789",
    "v0.12.3456",
])
def test_phone_negatives(text):
    assert "PHONE_NUMBER" not in types(text)


def test_bare_ten_digits_need_context():
    assert "PHONE_NUMBER" not in types("参照 0312345678 を確認")
    assert ("PHONE_NUMBER", "0312345678") in found("自宅電話 0312345678")


# ----------------------------------------------------------------------------------------- postal code
@pytest.mark.parametrize("text,value", [
    ("〒150-0002 東京都渋谷区渋谷2-21-1", "150-0002"),
    ("〒1500002", "1500002"),
    ("郵便番号：530-0001", "530-0001"),
    ("530-0001 大阪市北区梅田1-1", "530-0001"),
    ("〒１５０－０００２", "１５０－０００２"),
])
def test_postal_code_found(text, value):
    assert ("POSTAL_CODE", value) in found(text)


@pytest.mark.parametrize("text", ["品番 123-4567 の在庫", "内線 123-4567", "会員番号 1234567", "045-123-4567"])
def test_postal_code_negatives(text):
    assert "POSTAL_CODE" not in types(text)


# ----------------------------------------------------------------------------------------- My Number
def test_my_number_with_context_and_formats():
    n = mynum("31415926535")
    assert ("JP_MY_NUMBER", n) in found(f"個人番号{n}です")  # glued to kanji: no \b needed
    assert ("JP_MY_NUMBER", f"{n[:4]} {n[4:8]} {n[8:]}") in found(f"マイナンバー: {n[:4]} {n[4:8]} {n[8:]}")
    assert ("JP_MY_NUMBER", f"{n[:4]}-{n[4:8]}-{n[8:]}") in found(f"My Number {n[:4]}-{n[4:8]}-{n[8:]}")
    fw = n.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    assert ("JP_MY_NUMBER", fw) in found(f"個人番号：{fw}")


def test_my_number_invalid_check_digit_rejected():
    n = mynum("31415926535")
    bad = n[:-1] + str((int(n[-1]) + 1) % 10)
    assert "JP_MY_NUMBER" not in types(f"個人番号 {bad}")


def test_my_number_needs_context():
    n = mynum("27182818284")
    assert "JP_MY_NUMBER" not in types(f"参照 {n}")


@pytest.mark.parametrize("label", ["注文番号", "お問い合わせ番号", "伝票番号", "請求書番号", "追跡番号", "管理番号"])
def test_my_number_hard_negatives(label):
    n = mynum("12345678901")
    assert types(f"{label}: {n}") == set()


def test_corporate_number_13_digits_not_my_number():
    assert types("法人番号 1234567890123") == set()
    assert types("個人番号 1234567890123") == set()  # 13 digits is never a My Number


# ----------------------------------------------------------------------------------------- resident code
def test_resident_code():
    code = rescode("5432109876")
    assert ("JP_RESIDENT_CODE", code) in found(f"住民票コード {code}")
    bad = code[:-1] + str((int(code[-1]) + 1) % 10)
    assert "JP_RESIDENT_CODE" not in types(f"住民票コード {bad}")
    assert "JP_RESIDENT_CODE" not in types(f"番号 {code}")


# ----------------------------------------------------------------------------------------- driver's licence
def test_drivers_license():
    assert ("JP_DRIVERS_LICENSE", "301234567890") in found("運転免許証番号 第301234567890号")
    assert ("JP_DRIVERS_LICENSE", "４５１２３４５６７８９０") in found("免許証番号：４５１２３４５６７８９０")
    assert "JP_DRIVERS_LICENSE" not in types("番号 991234567890")  # 99 is no commission code
    # … but a number written right after its licence label is taken at a lower score (a person wrote it so)
    assert [e.score for e in ENGINE.analyze("運転免許証番号 991234567890") if e.type == "JP_DRIVERS_LICENSE"] == [0.6]
    assert "JP_DRIVERS_LICENSE" not in types("免許の更新は 991234567890 まで")
    assert "JP_DRIVERS_LICENSE" not in types("追跡番号 301234567890")
    assert "JP_DRIVERS_LICENSE" not in types("資料 301234567890")


# ----------------------------------------------------------------------------------------- passport
def test_passport():
    assert ("JP_PASSPORT", "TK1234567") in found("旅券番号: TK1234567")
    assert ("JP_PASSPORT", "ＴＲ７６５４３２１") in found("パスポート ＴＲ７６５４３２１")
    assert "JP_PASSPORT" not in types("型番 AB1234567")
    assert "JP_PASSPORT" not in types("品番AB1234567X")


# ----------------------------------------------------------------------------------------- health insurance
def test_health_insurance():
    got = found("健康保険証 記号 1234 番号 56")
    assert ("JP_HEALTH_INSURANCE", "1234") in got and ("JP_HEALTH_INSURANCE", "56") in got
    assert ("JP_HEALTH_INSURANCE", "12345678") in found("被保険者番号：12345678")
    assert "JP_HEALTH_INSURANCE" not in types("ゆうちょ銀行 記号 12345 番号 12345678")


# ----------------------------------------------------------------------------------------- bank account
def test_bank_account():
    # bank, branch and type on the same line belong to the account; a label glued before them does not
    assert found("振込先：みずほ銀行 渋谷支店 普通 1234567") == [("JP_BANK_ACCOUNT", "みずほ銀行 渋谷支店 普通 1234567")]
    assert ("JP_BANK_ACCOUNT", "三菱UFJ銀行池袋支店 普通口座 No.7954962") in found(
        "振込先は三菱UFJ銀行池袋支店 普通口座 No.7954962です。")
    assert ("JP_BANK_ACCOUNT", "埼玉りそな銀行 / 本店（店番545） / （普） / 口座番号8204019") in found(
        "【お振込先】埼玉りそな銀行 / 本店（店番545） / （普） / 口座番号8204019")
    assert ("JP_BANK_ACCOUNT", "7654321") in found("預金種別：当座\n口座番号 7654321")
    assert ("JP_BANK_ACCOUNT", "１２３４５６７") in found("口座番号：１２３４５６７")
    assert "JP_BANK_ACCOUNT" not in types("〒1234567")
    assert "JP_BANK_ACCOUNT" not in types("受付番号 1234567")
    assert "JP_BANK_ACCOUNT" not in types("在庫数 1234567 個")


# ----------------------------------------------------------------------------------------- credit card
@pytest.mark.parametrize("value", [
    "4111 1111 1111 1111", "4111-1111-1111-1111", "5555555555554444", "3530 1113 3330 0000",
    "3782 822463 10005", "3056 930902 5904",
])
def test_credit_card_valid(value):
    assert ("CREDIT_CARD", value) in found(f"カード番号 {value}")


def test_credit_card_full_width_and_invalid():
    assert ("CREDIT_CARD", "４１１１－１１１１－１１１１－１１１１") in found("カード：４１１１－１１１１－１１１１－１１１１")
    assert "CREDIT_CARD" not in types("カード番号 4111 1111 1111 1112")  # Luhn fails
    assert "CREDIT_CARD" not in types("カード番号 9111 1111 1111 1115")  # no issuer
    assert "CREDIT_CARD" not in types("注文番号 4111111111111111")


# ----------------------------------------------------------------------------------------- IP address
def test_ip_address():
    assert ("IP_ADDRESS", "192.168.10.25") in found("接続元IP: 192.168.10.25")
    assert ("IP_ADDRESS", "203.0.113.7") in found("access from 203.0.113.7.")
    assert ("IP_ADDRESS", "2001:db8::1") in found("IPv6アドレス 2001:db8::1 から")
    assert "IP_ADDRESS" not in types("バージョン 1.2.3.4 をリリース")
    assert "IP_ADDRESS" not in types("ver 10.2.0.1")
    assert "IP_ADDRESS" not in types("v1.2.3.4")
    assert "IP_ADDRESS" not in types("OID 1.3.6.1.4.1.311")
    assert "IP_ADDRESS" not in types("999.1.1.1")
    assert "IP_ADDRESS" not in types("12:30:45 開始, MAC 00:1A:2B:3C:4D:5E")


# ----------------------------------------------------------------------------------------- date of birth
@pytest.mark.parametrize("text,value", [
    ("生年月日：昭和60年4月1日", "昭和60年4月1日"),
    ("生年月日 S60.4.1", "S60.4.1"),
    ("誕生日 H2.3.4", "H2.3.4"),
    ("DOB: 1985/04/01", "1985/04/01"),
    ("1985年4月1日生まれ", "1985年4月1日"),
    ("平成元年1月8日生", "平成元年1月8日"),
    ("Date of birth: April 1, 1985", "April 1, 1985"),
    ("生年月日：１９８５年０４月０１日", "１９８５年０４月０１日"),
])
def test_date_of_birth_found(text, value):
    assert ("DATE_OF_BIRTH", value) in found(text)


@pytest.mark.parametrize("text", [
    "1985年4月1日に設立",  # no birth context
    "入社日：2010年4月1日",
    "生年月日: 昭和65年1月1日",  # Showa ended in year 64
    "生年月日 1985/02/30",  # no such day
    "発行日 2020/04/01 (生年月日欄は空欄)",
])
def test_date_of_birth_negatives(text):
    assert "DATE_OF_BIRTH" not in types(text)


def test_nearest_label_decides():
    got = found("生年月日：1985年4月1日 入社日：2010年4月1日")
    assert got == [("DATE_OF_BIRTH", "1985年4月1日")]


# ------------------------------------------------------------------------ generalisation (hand-written, not generated)
HARD_NEGATIVES = ["ご注文番号：1234-5678-9012 の商品を発送しました", "お問い合わせ番号 4567-8901-2345", "請求書番号 INV-2024-000123",
 "合計金額 ￥1,234,567（税込）", "法人番号 7010001008844", "JANコード 4901234567894", "バージョン 2.10.3.4 をリリース",
 "製品番号 AB1234567", "2024年4月1日より施行", "会議は10:00-11:30、会議室 3-201", "口座振替日 2024/05/27",
 "ISBN978-4-06-123456-7", "TEL予約受付 10:00～18:00", "部品番号 123-4567", "型番 TK1234567",
 "第3四半期の売上は1,234,567,890円", "ミーティングID: 812 3456 7890", "追跡番号 4111 1111 1111 1111",
 "Zoom パスコード 123456", "管理番号: 0312345678", "予約番号 09012345678", "契約日 1985年4月1日",
 "図1.2.3.4を参照", "第1.2.3.4条", "user@localhost", "foo@bar", "価格 ¥12,345-", "在庫 1234567 個",
 "受注No.123456789018", "伝票番号：3456-7890-1234", "シリアル: 4532015112830366", "整理番号 1500002",
 "有効期限 2027/12/31", "登録番号 T1234567890123", "郵便振替 00120-1-123456", "座席番号 12-345",
 "1985年に創業、2024年4月1日に移転", "100-200-3000件", "ver.192.168.1.1", "buildId 10.0.19045.3693",
 "2024-05-10 10:23:45 INFO started", "商品コード 0120123456", "Order #4111111111111111",
 "品番：030-1234-5678", "会員番号：1234-5678-9018", "No.1234567", "資料番号 2024-0123-4567",
 "株価 1,234円 (+1.2%)", "ロット番号 20240401-123", "特許第1234567号", "社員番号 123456789018",
]
POSITIVES = [("TEL：03（1234）5678", "PHONE_NUMBER"), ("携帯電話 ０８０ー１２３４ー５６７８", "PHONE_NUMBER"), ("電話 03.1234.5678", "PHONE_NUMBER"),
 ("マイナンバー：1234-5678-9018", "JP_MY_NUMBER"), ("郵便番号：〒150-0002", "POSTAL_CODE"), ("生年月日：1985年(昭和60年)4月1日", "DATE_OF_BIRTH"),
 ("ｔｅｌ：０３－１２３４－５６７８", "PHONE_NUMBER"), ("Birthday: 1985-04-01", "DATE_OF_BIRTH"), ("Tel. 03-1234-5678", "PHONE_NUMBER"),
 ("Mail: Taro.Yamada+work@Example.CO.JP", "EMAIL_ADDRESS"), ("お客様の個人番号は 1234 5678 9018 です", "JP_MY_NUMBER"),
 ("〒530-0001大阪府大阪市北区梅田1-1-1", "POSTAL_CODE"), ("住所：530-0001 大阪市北区梅田", "POSTAL_CODE"),
 ("カード番号：4111-1111-1111-1111 有効期限 12/28", "CREDIT_CARD"), ("接続元 203.0.113.45", "IP_ADDRESS"),
 ("client=2001:db8:85a3::8a2e:370:7334", "IP_ADDRESS"), ("パスポート番号はTR1234567です", "JP_PASSPORT"),
 ("運転免許証 第３０１２３４５６７８９０号", "JP_DRIVERS_LICENSE"), ("三井住友銀行 新宿支店 普通預金 1234567", "JP_BANK_ACCOUNT"),
 ("被保険者証 記号 12345 番号 67", "JP_HEALTH_INSURANCE"), ("H元.5.1生まれ", "DATE_OF_BIRTH"), ("誕生日は4月1日（1990年生）", None),
 ("生年月日 1985/4/1（39歳）", "DATE_OF_BIRTH"), ("緊急連絡先：090-1111-2222（母）", "PHONE_NUMBER"),
 ("電話番号\n03-1234-5678", "PHONE_NUMBER"), ("生年月日\n1985年4月1日", "DATE_OF_BIRTH"), ("個人番号\n123456789018", "JP_MY_NUMBER"),
 ("TEL 0120-12-3456", "PHONE_NUMBER"), ("(086) 123-4567", "PHONE_NUMBER"), ("TEL:+81-3-1234-5678", "PHONE_NUMBER"),
 ("口座番号(普通)1234567", "JP_BANK_ACCOUNT"), ("IP: 10.0.0.1", "IP_ADDRESS"), ("住民票コード：12345678903", "JP_RESIDENT_CODE"),
]


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_hard_negatives_flag_nothing(text):
    assert found(text) == []


@pytest.mark.parametrize("text,pii_type", [p for p in POSITIVES if p[1]])
def test_real_world_formats(text, pii_type):
    assert pii_type in types(text)


def test_north_american_numbers_need_a_label():
    assert found("Phone: (415) 555-0132") == [("PHONE_NUMBER", "(415) 555-0132")]
    assert found("ref 415-555-0132") == []


def test_birth_label_belongs_to_the_first_date_after_it():
    assert found("生年月日 1985年4月1日（満39歳）、2024年4月1日入社") == [("DATE_OF_BIRTH", "1985年4月1日")]
    chat = "[2025/11/20 10:02] 担当: ご本人確認のため生年月日をお願いします\n[2025/11/20 10:03] お客様: 1979年8月14日です"
    assert found(chat) == [("DATE_OF_BIRTH", "1979年8月14日")]  # timestamps are not dates of birth


def test_identifier_labels_as_field_names_and_tags():
    from classifiers import get_engine

    xml = "<Resident>\n  <IndividualNumber>950107500829</IndividualNumber>\n  <ResidentCode>13036264742</ResidentCode>"
    yaml = 'applicant:\n  license_number: "730519824436"\n  passportNo: TK1234567\n  order_number: "950107500829"'
    for text, want in [(xml, [("JP_MY_NUMBER", "950107500829"), ("JP_RESIDENT_CODE", "13036264742")]),
                       (yaml, [("JP_DRIVERS_LICENSE", "730519824436"), ("JP_PASSPORT", "TK1234567")])]:
        got = [(e.type, text[e.start:e.end]) for e in get_engine(None).analyze(text)]
        assert got == want


def test_label_in_an_earlier_cell_of_the_same_row():
    from classifiers import get_engine

    csv = ("受付日時,氏名,本人確認書類,書類番号\n2026-11-18 09:04,斉藤 光太郎,運転免許証,301204567890\n"
           "2026-11-18 09:52,松本 すみれ,旅券,TP3347120\n2026-11-18 10:10,木下 茂,保険証,950107500829")
    got = [(e.type, csv[e.start:e.end]) for e in get_engine(None).analyze(csv) if e.type.startswith("JP_")]
    # (each row's 本人確認書類 cell names the document its 書類番号 is the number of: 保険証 → the card's number)
    assert got == [("JP_DRIVERS_LICENSE", "301204567890"), ("JP_PASSPORT", "TP3347120"),
                   ("JP_HEALTH_INSURANCE", "950107500829")]
    # a header two lines up is no label for a generic column
    ids = "社員ID,個人番号,氏名\n123456789018,(未提出),山田 太郎"
    assert [e.type for e in get_engine(None).analyze(ids)] == ["PERSON"]


def test_bank_account_form_fields_and_wrapped_lines():
    from classifiers import get_engine

    def accounts(text):
        return [text[e.start:e.end] for e in get_engine(None).analyze(text) if e.type == "JP_BANK_ACCOUNT"]

    assert accounts("預金種目：普通　口座番号：5118236　名義：ﾅｶｼﾞﾏ ｱｷｺ") == ["5118236"]
    assert accounts("出金先口座　三井住友銀行 住吉支店 普通\n8813205\n勤務先　神戸港運") == ["三井住友銀行 住吉支店 普通\n8813205"]
    assert accounts("引落口座：ゆうちょ銀行\n記 号　13960\n番 号　28471531\n預金者氏名　黒田 亮") == ["28471531"]
    assert accounts("振込先：みずほ銀行 渋谷支店 普通 1234567") == ["みずほ銀行 渋谷支店 普通 1234567"]
    assert accounts("注文番号\n1234567") == []


def test_fast_japanese_phone_validity_agrees_with_phonenumbers():
    import random

    import phonenumbers

    from classifiers.phone import _jp_valid

    rnd = random.Random(7)
    for _ in range(5000):
        pre = rnd.choice(["3", "6", "90", "80", "70", "50", "120", "800", "4", "5", "7", "8", "9", "1", "2", "466", "570"])
        d = "0" + pre + "".join(rnd.choice("0123456789") for _ in range(rnd.choice([8, 9, 10]) - len(pre) + 1))
        num = phonenumbers.PhoneNumber(country_code=81, national_number=int(d[1:]))
        ref = True if phonenumbers.is_valid_number(num) else (None if phonenumbers.is_possible_number(num) else False)
        assert _jp_valid(d) is ref, d


def test_futsu_in_other_compounds_is_no_account_type():
    text = "三井住友銀行 集荷センター\n※普通便 4417203 は欠品のため翌便に振替\n普通車 2209871 台"
    assert [v for t, v in found(text) if t == "JP_BANK_ACCOUNT"] == []
    assert ("JP_BANK_ACCOUNT", "みずほ銀行 渋谷支店 普通 1234567") in found("みずほ銀行 渋谷支店 普通 1234567")


def test_version_quads_after_app_or_joined_to_a_version_by_an_arrow():
    assert [v for t, v in found("stepup-portal app=2.14.0.3 host=web02") if t == "IP_ADDRESS"] == []
    assert [v for t, v in found("エンジン jp-tel 5.12.9.0 → 5.12.10.2 へ更新") if t == "IP_ADDRESS"] == []
    got = [v for t, v in found("接続元 203.0.113.5 → 198.51.100.7 に変更") if t == "IP_ADDRESS"]
    assert got == ["203.0.113.5", "198.51.100.7"]


def test_passport_label_with_its_reading_in_brackets():
    assert ("JP_PASSPORT", "C4812273") in found("旅券（パスポート）番号：C4812273（ベトナム、有効期限 2030年）")


def test_zengin_direct_debit_records_with_a_blank_clearing_code():
    rec = ("20133ﾐｻｰﾉ           021ﾖﾉ                 10876542ｲﾜｻ ﾕｷｺ                       00000264000S2304118            0\n")
    assert ("JP_BANK_ACCOUNT", "0876542") in found(rec)


def test_card_number_in_a_member_number_column():
    table = ("| No | 債権者名 | 契約番号・会員番号 | 残高 |\n|---|---|---|---|\n"
             "| 1 | ミライカード株式会社 | 5292-4202-8552-0108（本人控えより） | 872,315 |\n"
             "| 2 | スマートペイ | 4111111111111111 | 94,870 |\n")
    cards = [v for t, v in found(table) if t == "CREDIT_CARD"]
    assert cards == ["5292-4202-8552-0108"]  # ungrouped digits in a contract-number column stay contract numbers


def test_english_account_types_and_card_taken_over_the_phone():
    text = "Refund account:\n  SMBC Trust Bank, Azabu Branch (店番 411), Ordinary 6204417\n"
    assert ("JP_BANK_ACCOUNT", "SMBC Trust Bank, Azabu Branch (店番 411), Ordinary 6204417") in found(text)
    assert ("CREDIT_CARD", "4209 1853 6914 2427") in found("支払：クレジット（電話口で聞き取り）4209 1853 6914 2427")


def test_postal_code_line_before_a_kana_city_and_the_next_address_of_a_list():
    got = found("内定通知書\n330-0844\nさいたま市大宮区下町2-17-3\n")
    assert ("POSTAL_CODE", "330-0844") in got
    from classifiers import get_engine

    lst = "〒253-0044 茅ヶ崎市新栄町1-1\n253-0045 茅ヶ崎市十間坂2-3\n"
    got = [(e.type, lst[e.start:e.end]) for e in get_engine(None).analyze(lst)]
    assert ("ADDRESS", "茅ヶ崎市新栄町1-1") in got and ("POSTAL_CODE", "253-0045") in got
    assert ("ADDRESS", "茅ヶ崎市十間坂2-3") in got


def test_software_names_before_an_address_count_only_when_they_touch_it():
    # a client address quoted after a user agent (nginx "$http_x_forwarded_for"), or after a host name
    log = ('10.20.4.17 - - [14/Jun/2024:09:12:03 +0900] "GET / HTTP/1.1" 200 1 "-" '
           '"Mozilla/5.0 (Windows NT 10.0) Chrome/125.0.6422.142 Safari/537.36" "126.208.71.33" rt=0.041')
    assert [v for t, v in found(log) if t == "IP_ADDRESS"] == ["10.20.4.17", "126.208.71.33"]
    assert [v for t, v in found("api-02（10.20.8.12）のエラーレート 34%") if t == "IP_ADDRESS"] == ["10.20.8.12"]
    # … but a version right after its software's name is no address
    for text in ("WSL kernel 5.15.153.1 を適用", "Safari/604.1.2.3", "OS 10.2.11.5 に更新", "Android 14.2.1.3"):
        assert "IP_ADDRESS" not in types(text), text


# --- speed-ups that must answer exactly as the plain code they replace (random texts, fixed seeds) ---

def _texts(pieces, n, seed, most=8):
    import random

    rnd = random.Random(seed)
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, most))) for _ in range(n)]


def test_word_lists_answer_as_substring_tests():
    from classifiers.base import WordLists, batch_facts

    lists = [("account", "account number", "bank", "a/c", "口座", "銀行"), ("dob", "birth", "birthday", "生年月日"),
             ("passport", "assport", "旅券"), ("生年", "年月"), ("my number", "mynumber", "個人番号")]
    wl = WordLists()
    bits = [wl.register(ws) for ws in lists]
    words = sorted({w for ws in lists for w in ws}) + ["x", " ", "ACCOUNT", "Bank", "生", "月日", "a", "b/c", "\n"]
    for t in _texts(words, 3000, 1):
        with batch_facts([t]):
            got = wl.present(t)
        low = t.lower()
        assert [bool(got >> b & 1) for b in bits] == [any(w in low for w in ws) for ws in lists], t


def test_finditer_at_is_finditer():
    from classifiers.base import finditer_at
    from classifiers.date_of_birth import _RELATION_START, _RELATION_WORD

    for t in _texts(["長男", "次女", "妻", "配偶者", "実父", "子", "子供", "（同居）", " ", "：", "H23.9.9", "昭和", "あ"], 2000, 3):
        assert ([m.span() for m in finditer_at(_RELATION_WORD, _RELATION_START, t)]
                == [m.span() for m in _RELATION_WORD.finditer(t)])


def test_luhn_and_japanese_numbers_as_the_libraries_answer():
    import random

    import phonenumbers
    from stdnum import luhn

    from classifiers.credit_card import luhn_ok
    from classifiers.phone import _is_valid, _jp_simple_valid

    rnd = random.Random(4)
    for _ in range(3000):
        d = "".join(rnd.choice("0123456789") for _ in range(rnd.randint(0, 19)))
        assert luhn_ok(d) == luhn.is_valid(d), d
    heads = ["3", "6", "45", "90", "80", "50", "120", "0", "00", "078", "0120", "0002", "00376800"]
    for _ in range(3000):
        digits = rnd.choice(heads) + "".join(rnd.choice("0123456789") for _ in range(rnd.randint(0, 12)))
        number = "+81" + "".join(rnd.choice(["", "-", " "]) + (f"({g})" if rnd.random() < 0.15 else g)
                                 for g in (digits[:2], digits[2:6], digits[6:]) if g)
        try:
            num = phonenumbers.parse(number, None)
            want = phonenumbers.is_valid_number(num)
            assert _is_valid(num) == want, number
        except phonenumbers.NumberParseException:
            want = False
        assert _jp_simple_valid(number) in (None, want), number


def test_north_american_numbers_found_from_their_gate():
    from classifiers.phone import _NANP, _NANP_GATE, _nanp_numbers

    for t in _texts(["(415) ", "(415)", "415-", "415.", "555-0132", "555.0132", "-", ".", " ", "1", "(", ")", "x"], 3000, 5):
        assert [m.span() for m in _nanp_numbers(t, _NANP_GATE.search(t))] == [m.span() for m in _NANP.finditer(t)], t


def test_email_candidates_found_from_the_at_signs():
    from classifiers.base import PatternDetector
    from classifiers.email import EmailDetector

    d = EmailDetector()
    pieces = ["taro", "@", "example", ".jp", ".", "-", "_", "%40", "%", "=", "&", "?", "/", ":", "メール", "1", " ",
              "x" * 30, "@@", "+", "\n", "icon@2x.png"]
    for t in _texts(pieces, 4000, 6, 12):
        assert list(d.candidates(t)) == list(PatternDetector.candidates(d, t)), t


def test_nearest_label_found_from_the_reversed_window():
    # `_find` takes the label ending nearest to the value from one search of the reversed window; the plain scan,
    # position by position from the value backwards, must give the same answer
    from classifiers.context import ContextWords

    def plain(ctx, text, lo, hi):
        win = text[lo:hi].lower()
        n = len(win)
        best = (0, -1, 0, "both")
        for i in range(n - 1, -1, -1):
            for word, pol, maxd, side, asc in ctx._by_first.get(win[i], ()):
                if side == "after" or not win.startswith(word, i):
                    continue
                if asc and not ctx._bounded(text, lo + i, len(word), word):
                    continue
                d = n - i - len(word)
                if d <= maxd and (best[1] < 0 or d < best[1] or (d == best[1] and len(word) > best[2])):
                    best = (pol, d, len(word), side)
                break
        return best

    ctx = ContextWords(["電話", "tel", "電話番号", ("t:", 2, "before"), "番号へ", ("号", 1, "after")],
                       negative=["注文番号", "hotel", ("円", 1, "after")], before=20)
    pieces = ["電話", "番号", "注文", "tel", "TEL", "hotel", "t:", "へ", " ", ":", "1", "円", "号", "x", "\n"]
    for t in _texts(pieces, 3000, 7):
        for lo, hi in ((0, len(t)), (len(t) // 3, len(t))):
            assert ctx._find(t, lo, hi, True) == plain(ctx, t, lo, hi), (t, lo, hi)


def test_long_numbers_looked_for_from_the_seven_digit_trigger():
    import re

    from classifiers.base import LONG_NUMBER, SEVEN_DIGITS, batch_facts, match_start

    long_rx, seven = re.compile(LONG_NUMBER), re.compile(SEVEN_DIGITS)
    for t in _texts(["1", "2", "1234", "56789", "-", " ", ".", "x", "12345678"], 3000, 8, 12):
        with batch_facts([t]):
            m = long_rx.search(t)
            assert match_start(t, long_rx) == (m.start() if m else -1), t
        for m in long_rx.finditer(t):
            assert seven.match(t, m.start() + 1), t


def test_date_starts_skipped_only_where_no_date_starts():
    import re

    from classifiers import date_of_birth as dob

    plain = re.compile(r"[0-9](?<![0-9.\-/][0-9])|[明大昭平令MTSHR]|[一二](?=[〇一二三四五六七八九]{3}年)"
                       r"|[JjFfMmAaSsOoNnDd](?<![A-Za-z][JjFfMmAaSsOoNnDd])(?i:an|eb|ar|pr|ay|un|ul|ug|ep|ct|ov|ec)")
    pieces = ["1985", "19", "2004", "1", "5", "12", "-", "/", ".", " ", "年", "月", "日", "生", "生まれ", "昭和", "平", "S",
              "M", "元", "(", "Mar", "MAR", "ſep", "st", "一九八五", "年生", "x", "130826", "7-", "2 0 0 4 "]
    for t in _texts(pieces, 3000, 9):
        kept = {m.start() for m in dob._DATE_START.finditer(t)}
        for m in plain.finditer(t):
            if m.start() not in kept:
                i = m.start()
                assert not (dob._DATES.match(t, i) or dob._DATES_SPACED.match(t, i) or dob._PARTIAL.match(t, i)), (t, i)
