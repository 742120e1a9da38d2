"""Structured data: column verdicts from headers plus value shares, whole-cell entities, schema-only verdicts,
and delimited tables pasted into free text. All values are synthetic."""

from __future__ import annotations

import pytest

from classifiers.columns import classify_header
from classifiers.engine import Engine, EngineOptions
from classifiers.my_number import my_number_check_digit

ENGINE = Engine(EngineOptions())


def mynum(first11: str) -> str:
    return first11 + str(my_number_check_digit(first11))


@pytest.mark.parametrize("header,expected", [
    ("氏名", "PERSON"), ("お名前", "PERSON"), ("フリガナ", "PERSON"), ("担当者名", "PERSON"), ("first_name", "PERSON"),
    ("LastName", "PERSON"), ("customer_email", "EMAIL_ADDRESS"), ("メールアドレス", "EMAIL_ADDRESS"),
    ("tel_no", "PHONE_NUMBER"), ("電話番号", "PHONE_NUMBER"), ("携帯TEL", "PHONE_NUMBER"), ("birthDate", "DATE_OF_BIRTH"),
    ("生年月日", "DATE_OF_BIRTH"), ("マイナンバー", "JP_MY_NUMBER"), ("個人番号", "JP_MY_NUMBER"),
    ("口座番号", "JP_BANK_ACCOUNT"), ("住所", "ADDRESS"), ("address1", "ADDRESS"), ("zip_code", "POSTAL_CODE"),
    ("郵便番号", "POSTAL_CODE"), ("ip_address", "IP_ADDRESS"), ("email_address", "EMAIL_ADDRESS"),
    ("運転免許証番号", "JP_DRIVERS_LICENSE"), ("passport_no", "JP_PASSPORT"), ("住民票コード", "JP_RESIDENT_CODE"),
    ("card_number", "CREDIT_CARD"), ("既往歴", "SPECIAL_CARE"),
])
def test_header_types(header, expected):
    assert classify_header(header).pii_type == expected


@pytest.mark.parametrize("header", ["product_name", "商品名", "会社名", "注文番号", "order_id", "price", "file_name",
                                    "hostname", "tracking_no", "法人番号", "created_at"])
def test_non_pi_headers(header):
    assert classify_header(header).pii_type is None


def test_order_headers_are_negative():
    assert classify_header("注文番号").negative and classify_header("order_id").negative


def _verdicts(ta):
    return {v.column: (v.pii_type, v.basis) for v in ta.columns}


def test_name_column_of_products_is_not_person():
    rows = [["ワイヤレスイヤホン"], ["オーガニック緑茶 500ml"], ["ステンレスボトル"], ["USB-Cケーブル 1m"]]
    ta = ENGINE.analyze_table(["name"], rows)
    assert _verdicts(ta) == {}
    assert [e for e in ta.entities if e.type == "PERSON"] == []


def test_name_header_column_gets_whole_cell_person_entities():
    rows = [["佐藤 花子"], ["山田太郎"], ["鈴木　一郎"]]
    ta = ENGINE.analyze_table(["氏名"], rows)
    assert _verdicts(ta)[0] == ("PERSON", "header+values")
    cells = {(e.row, e.start, e.end) for e in ta.entities if e.type == "PERSON"}
    assert cells == {(0, 0, 5), (1, 0, 4), (2, 0, 5)}


def test_unnamed_email_column_from_values():
    rows = [["a.sato@example.jp"], ["taro@example.co.jp"], ["h-suzuki@example.com"]]
    ta = ENGINE.analyze_table(["col3"], rows)
    assert _verdicts(ta)[0] == ("EMAIL_ADDRESS", "values")
    assert len([e for e in ta.entities if e.type == "EMAIL_ADDRESS"]) == 3


def test_my_number_column_checks_values_and_offsets_into_str_cell():
    good = [mynum("31415926535"), int(mynum("27182818284")), mynum("12345678901")]
    bad = str(good[0])[:-1] + str((int(str(good[0])[-1]) + 1) % 10)
    ta = ENGINE.analyze_table(["マイナンバー", "備考"], [[good[0], ""], [good[1], None], [good[2], "x"], [bad, "y"]])
    assert _verdicts(ta)[0][0] == "JP_MY_NUMBER"
    rows = sorted(e.row for e in ta.entities if e.type == "JP_MY_NUMBER")
    assert rows == [0, 1, 2]  # the invalid check digit is not reported
    e = next(x for x in ta.entities if x.row == 1)
    assert (e.start, e.end) == (0, 12)


def test_order_number_column_suppresses_identifiers():
    rows = [[mynum("31415926535")], [mynum("27182818284")], [mynum("12345678901")]]
    ta = ENGINE.analyze_table(["注文番号"], rows)
    assert ta.entities == [] and ta.columns == []


def test_birth_date_column_reports_dates_without_labels():
    ta = ENGINE.analyze_table(["birth_date", "created_at"], [["1985/04/01", "2024/01/05"], ["昭和60年4月1日", "2023/3/3"]])
    assert {e.column for e in ta.entities if e.type == "DATE_OF_BIRTH"} == {0}


def test_phone_column_header_and_values():
    ta = ENGINE.analyze_table(["TEL"], [["03-1234-5678"], ["090 1234 5678"], ["0120-123-456"]])
    assert _verdicts(ta)[0] == ("PHONE_NUMBER", "header+values")
    assert len([e for e in ta.entities if e.type == "PHONE_NUMBER"]) == 3


def test_empty_table_uses_header_only():
    ta = ENGINE.analyze_table(["メールアドレス", "name"], [])
    assert _verdicts(ta) == {0: ("EMAIL_ADDRESS", "header"), 1: ("PERSON", "header")}
    assert all(v.confidence < 0.8 for v in ta.columns)


def test_classify_schema_lower_confidence():
    verdicts = ENGINE.classify_schema([("customer_email", "varchar(255)", ""), ("name", "text", ""),
                                       ("dob", "date", ""), ("c1", "text", "電話番号"), ("price", "int", "")])
    got = {v.column: v.pii_type for v in verdicts}
    # a generic `name` column next to a birth-date column names people
    assert got == {0: "EMAIL_ADDRESS", 1: "PERSON", 2: "DATE_OF_BIRTH", 3: "PHONE_NUMBER"}
    assert all(v.basis == "schema" and v.confidence <= 0.8 for v in verdicts)
    without_identity = ENGINE.classify_schema([("name", "text", ""), ("price", "int", "")])
    assert without_identity == []  # a bare `name` (products, places …) stays below the threshold


# ------------------------------------------------------------------------------ tables inside free text
def test_csv_pasted_in_text_uses_its_header():
    n = mynum("31415926535")
    text = ("扶養家族一覧\n続柄,氏名,生年月日,個人番号\n"
            f"配偶者,山田 花子,1987/05/06,{n}\n長男,山田 一郎,H27.4.1,{mynum('27182818284')}\n")
    got = {(e.type, text[e.start:e.end]) for e in ENGINE.analyze(text)}
    assert ("DATE_OF_BIRTH", "1987/05/06") in got and ("DATE_OF_BIRTH", "H27.4.1") in got
    assert ("JP_MY_NUMBER", n) in got


def test_table_cells_take_labels_only_from_their_own_header():
    # the 7-digit employee numbers sit right under a 口座番号 header cell of the previous line
    text = "社員ID,氏名,口座番号\n6911350,藤田 桃子,0986569\n3486164,岡田 舞,4457362\n"
    got = {(e.type, text[e.start:e.end]) for e in ENGINE.analyze(text)}
    assert ("JP_BANK_ACCOUNT", "0986569") in got
    assert ("JP_BANK_ACCOUNT", "6911350") not in got and ("JP_BANK_ACCOUNT", "3486164") not in got


def test_price_list_columns_are_not_identifiers():
    text = "品番\t商品名\t価格\n123-4567\tノートPC\t148400\n765-4321\tLEDライト\t1700\n"
    assert [e for e in ENGINE.analyze(text) if e.type == "POSTAL_CODE"] == []


def test_key_value_lines_are_not_a_table():
    text = "●氏名\t井上くみ子\n◆生年月日\t1940.11.13\n身長 157.1cm"
    assert ("DATE_OF_BIRTH", "1940.11.13") in {(e.type, text[e.start:e.end]) for e in ENGINE.analyze(text)}


def test_json_keys_label_their_values():
    text = ('{\n  "name": "山田 太郎",\n  "zipCode": "965-0247",\n  "birthday": "1981-07-21",\n'
            '  "order_id": "123456789018",\n  "tel": "090-1234-5678",\n  "city": {"name": "San Francisco"}\n}')
    got = {(e.type, text[e.start:e.end]) for e in ENGINE.analyze(text)}
    assert {("POSTAL_CODE", "965-0247"), ("DATE_OF_BIRTH", "1981-07-21"), ("PHONE_NUMBER", "090-1234-5678")} <= got
    assert not any(v == "123456789018" for _, v in got)
    assert ("PERSON", "San Francisco") not in got


def test_markdown_pipe_table():
    n = mynum("31415926535")
    text = f"| 氏名 | 生年月日 | 個人番号 |\n|---|---|---|\n| 山田 花子 | 1987/05/06 | {n} |\n"
    got = {(e.type, text[e.start:e.end]) for e in ENGINE.analyze(text)}
    assert {("DATE_OF_BIRTH", "1987/05/06"), ("JP_MY_NUMBER", n)} <= got


def test_title_line_above_the_header():
    text = "顧客一覧,2024年度,本社\n氏名,生年月日,メール\n山田 花子,1985/04/01,h@example.jp\n佐藤 一郎,1990/12/24,s@example.jp\n"
    got = {(e.type, text[e.start:e.end]) for e in ENGINE.analyze(text)}
    assert {("DATE_OF_BIRTH", "1985/04/01"), ("DATE_OF_BIRTH", "1990/12/24")} <= got


def test_a_code_master_of_conditions_names_no_one():
    from classifiers import get_engine

    master = ("病名コード,ICD-10,傷病名,傷病名カナ,採択区分,更新日\n"
              "8843927,E11.9,２型糖尿病・合併症なし,ニガタトウニョウビョウ・ガッペイショウナシ,1,2024/04/01\n"
              "8834716,I48.9,心房細動,シンボウサイドウ,1,2022/06/01\n")
    assert get_engine(None).analyze(master) == []
    # a patient's diagnosis list with a course column is about someone
    chart = "患者ID,ICD-10,傷病名,開始日,転帰\nP-0012,I48.9,心房細動,2022/06/01,継続\n"
    assert any(e.type == "SPECIAL_CARE" for e in get_engine(None).analyze(chart))


def test_address_column_of_town_and_block_numbers_without_the_city():
    from classifiers import get_engine

    text = ("番号   氏名            生年月日           性別  住所\n"
            "2401   石原　幸子       昭和24年 3月18日    女    赤羽台三丁目1番14-205号\n"
            "2403   江藤　キヨ       大正14年 6月 1日    女    赤羽台三丁目4番8号\n")
    got = [text[e.start:e.end] for e in get_engine(None).analyze(text) if e.type == "ADDRESS"]
    assert got == ["赤羽台三丁目1番14-205号", "赤羽台三丁目4番8号"]


@pytest.mark.parametrize("header,expected", [
    ("後期高齢被保番", "JP_HEALTH_INSURANCE"), ("hoken_kigou", "JP_HEALTH_INSURANCE"),
    ("hoken_bangou", "JP_HEALTH_INSURANCE"), ("hihokensha_bango", "JP_HEALTH_INSURANCE"),
    ("insurance_kigo", "JP_HEALTH_INSURANCE"), ("出生年月日", "DATE_OF_BIRTH"), ("passportNo", "JP_PASSPORT"),
    ("jusho1", "ADDRESS"), ("jusho2", "ADDRESS"),
])
def test_more_header_types(header, expected):
    assert classify_header(header).pii_type == expected


@pytest.mark.parametrize("header", ["hokenshaNo", "hokensha_bango", "被保険者整理番号", "事業所整理記号", "異動日",
                                    "入社年月日", "受付日時", "opened_on", "issued"])
def test_insurer_filing_and_event_date_headers_are_negative(header):
    m = classify_header(header)
    assert m.pii_type is None and m.negative


def test_phone_cells_take_north_american_numbers():
    from classifiers.columns import VALUE_CHECKS

    chk = VALUE_CHECKS["PHONE_NUMBER"]
    assert chk("(415) 555-0187") and chk("646-555-0192") and chk("090-1234-5678")
    assert not chk("123-456-7890") and not chk("2024-11-01")


def test_town_and_block_numbers_are_an_address_cell():
    from classifiers.columns import VALUE_CHECKS

    chk = VALUE_CHECKS["ADDRESS"]
    assert chk("桜ヶ丘3-2-5") and chk("桜ヶ丘3-5-1 コーポ桜102")
    assert not chk("TEL03-1234-5678") and not chk("受付2024-10-01")
