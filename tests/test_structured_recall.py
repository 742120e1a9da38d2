"""Structured data in the formats real exports use: name parts in their own columns, address line 2, health-insurance
symbol/number columns, special-care columns, SQL dumps, quoted CSV rows, key-value forms and dependants in 扶養
forms — positives and the negatives that look like them. All values are synthetic."""

from __future__ import annotations

import pytest

from classifiers.columns import classify_header, contextual_matches, value_check
from classifiers.engine import Engine, EngineOptions
from classifiers.my_number import my_number_check_digit

ENGINE = Engine(EngineOptions())


def mynum(first11: str) -> str:
    return first11 + str(my_number_check_digit(first11))


def found(text: str) -> set[tuple[str, str]]:
    return {(e.type, text[e.start:e.end]) for e in ENGINE.analyze(text)}


def typed(text: str, pii: str) -> set[str]:
    return {v for t, v in found(text) if t == pii}


# ------------------------------------------------------------------------------------------- headers
@pytest.mark.parametrize("header", ["sei", "mei", "sei_kana", "meiKana", "姓", "名", "セイ", "メイ（カナ）", "firstName",
                                    "last_name", "Surname", "Given name / 名", "お名前（姓）", "lastNameKana"])
def test_name_part_headers(header):
    m = classify_header(header)
    assert m.pii_type == "PERSON" and m.kind == "name_part" and m.confidence >= 0.8


@pytest.mark.parametrize("header", ["氏名", "フリガナ", "full_name", "担当者名"])
def test_full_name_headers_are_not_parts(header):
    assert classify_header(header).kind == ""


def test_family_given_keys_take_japanese_script_only():
    m = classify_header("family")
    assert m.pii_type == "PERSON" and m.kind == "name_part_ja"
    chk = value_check(m)
    assert chk("森") and chk("モリ") and not chk("Roboto") and not chk("Noto Sans")
    assert classify_header("fontFamily").pii_type is None


@pytest.mark.parametrize("header", ["住所2", "address2", "addressLine2", "line2", "建物名", "建物名・部屋番号", "マンション名"])
def test_address_line2_headers(header):
    m = classify_header(header)
    assert m.pii_type == "ADDRESS" and m.kind == "line2"


def test_line2_values():
    chk = value_check(classify_header("住所2"))
    for v in ("ベイサイドレジデンス1204", "中日ビル9階", "大通ハイム503号室", "SS30ビル 12階", "Apt 4B", "日吉ハイツ302",
              "東京都港区芝公園4-2-8"):
        assert chk(v), v
    for v in ("1204", "2024/04/01", "本館", "090-1234-5678", "a@example.jp"):
        assert not chk(v), v


def test_insurer_number_is_not_pi_but_insured_number_is():
    assert classify_header("保険者番号").pii_type is None and classify_header("保険者番号").negative
    assert classify_header("被保険者番号").pii_type == "JP_HEALTH_INSURANCE"


def test_symbol_number_columns_need_an_insurance_column_and_no_bank():
    ms = contextual_matches(["患者ID", "氏名", "保険者番号", "記号", "番号"])
    assert [m.pii_type for m in ms[3:]] == ["JP_HEALTH_INSURANCE", "JP_HEALTH_INSURANCE"]
    assert ms[2].pii_type is None
    bank = contextual_matches(["氏名", "ゆうちょ口座", "記号", "番号", "健康保険料"])
    assert bank[2].pii_type is None and bank[3].pii_type is None
    plain = contextual_matches(["番号", "氏名", "記号"])
    assert plain[0].pii_type is None and plain[2].pii_type is None


@pytest.mark.parametrize("header,kind", [("既往歴", ""), ("傷病名", ""), ("要介護度", ""), ("宗旨", ""), ("Religion", ""),
                                         ("アレルギー", "scp"), ("内服", "scp"), ("血圧", "bp"), ("判定", "scm"),
                                         ("所見", "scm"), ("休職事由", "sct"), ("障害", "sct")])
def test_special_care_headers(header, kind):
    m = classify_header(header)
    assert m.pii_type == "SPECIAL_CARE" and m.kind == kind


@pytest.mark.parametrize("header", ["診断日", "傷病手当金", "処方箋番号", "主治医"])
def test_special_words_in_date_amount_or_person_headers(header):
    assert classify_header(header).pii_type != "SPECIAL_CARE"


def test_ambiguous_special_columns_need_their_neighbours():
    health = contextual_matches(["社員番号", "氏名", "受診日", "血圧", "判定", "所見"])
    assert [m.pii_type for m in health[3:]] == ["SPECIAL_CARE"] * 3
    inspection = contextual_matches(["製品", "検査項目", "判定", "所見", "担当者"])
    assert inspection[2].pii_type is None and inspection[3].pii_type is None
    menu = contextual_matches(["メニュー", "価格", "アレルギー"])
    assert menu[2].pii_type is None


# ---------------------------------------------------------------------------------------- CSV in text
def test_name_part_columns():
    text = ("member_id,sei,mei,sei_kana,mei_kana,email\n"
            "M1,坂口,拓,サカグチ,タク,t.s@example.jp\n"
            "M2,野村,千尋,ノムラ,チヒロ,c.n@example.jp\n")
    got = typed(text, "PERSON")
    assert {"坂口", "拓", "サカグチ", "タク", "野村", "千尋", "ノムラ", "チヒロ"} <= got


def test_address2_column():
    text = ("顧客ID,氏名,住所1,住所2,電話\n"
            "C1,佐藤 花子,神奈川県横浜市中区山下町99-1,みなとハイツ1204,045-000-1234\n"
            "C2,鈴木 一郎,大阪府大阪市北区梅田9-9-9,,06-0000-1234\n"
            "C3,田中 次郎,愛知県名古屋市中区栄9-1-1,栄ビル9階,052-000-1234\n")
    got = typed(text, "ADDRESS")
    assert {"みなとハイツ1204", "栄ビル9階"} <= got


def test_patient_ledger_symbol_number_and_insurer():
    text = ("患者ID,氏名,生年月日,保険者番号,記号,番号,既往歴,アレルギー\n"
            "P1,西田 和子,S22.10.5,39131015,2201,87,脳梗塞,ペニシリン\n"
            "P2,大塚 陽介,H2.3.4,06130427,4408112,15,気管支喘息,なし\n"
            "P3,杉本 琴音,R2.6.10,138065,練馬12,3356,なし,卵・乳\n")
    got = found(text)
    ins = {v for t, v in got if t == "JP_HEALTH_INSURANCE"}
    assert {"2201", "87", "4408112", "15", "練馬12", "3356"} <= ins
    assert not ins & {"39131015", "06130427", "138065"}
    sc = {v for t, v in got if t == "SPECIAL_CARE"}
    assert {"ペニシリン", "卵・乳", "脳梗塞", "気管支喘息"} <= sc and "なし" not in sc


def test_health_check_table():
    text = ("定期健康診断 結果一覧\n社員番号\t氏名\t受診日\t血圧\t判定\t所見\n"
            "A1\t大島 隆\t2026/06/12\t158/96\tC 要再検査\t高血圧\n"
            "A2\t細川 由紀\t2026/06/12\t118/72\tA\t異常なし\n"
            "A3\t柳田 誠\t2026/06/13\t142/90\tE 治療継続\t糖尿病\n")
    sc = typed(text, "SPECIAL_CARE")
    # a named person's blood-pressure reading is a health-check result (APPI 要配慮個人情報), high or not
    assert {"158/96", "142/90", "118/72", "C 要再検査", "E 治療継続", "高血圧", "糖尿病"} <= sc
    # … and so is a clean one: A and 異常なし are what the check found (the sets' 所見 / 判定 convention)
    assert {"A", "異常なし"} <= sc
    assert "2026/06/12" not in sc


def test_care_level_and_leave_reason_columns():
    text = ("No.\t利用者名\t要介護度\n1\t石川 トミ\t要介護3\n2\t髙野 正\t要支援2\n3\t木村 一\t自立\n")
    assert {"要介護3", "要支援2"} <= typed(text, "SPECIAL_CARE") and "自立" not in typed(text, "SPECIAL_CARE")
    text = ("社員番号,氏名,休職開始,休職事由\nE1,三浦 綾,2026/05/15,うつ病（通院加療中）\n"
            "E2,千葉 健,2026/10/01,育児休業\n")
    sc = typed(text, "SPECIAL_CARE")
    assert any("うつ病" in v for v in sc) and "育児休業" not in sc


def test_inspection_and_menu_tables_are_not_special_care():
    text = "製品\t検査項目\t判定\t所見\t担当者\nA-100\t外観\tNG\t傷あり\t山田\nA-101\t寸法\tOK\t-\t山田\n"
    assert typed(text, "SPECIAL_CARE") == set()
    text = "メニュー,価格,アレルギー,カロリー,提供時間\nオムライス,980,卵・乳・小麦,820,昼\nカレー,880,乳・小麦,760,終日\n"
    assert typed(text, "SPECIAL_CARE") == set()


def test_incident_table_disorder_column_needs_a_condition():
    text = "日時,担当者,障害,対応\n2026/11/01,佐藤 花子,DB接続断,再起動\n2026/11/02,佐藤 花子,メール遅延,設定変更\n"
    assert typed(text, "SPECIAL_CARE") == set()


def test_bank_symbol_number_columns_are_not_health_insurance():
    text = "氏名,ゆうちょ記号,記号,番号\n佐藤 花子,ゆうちょ,10180,12345671\n鈴木 一郎,ゆうちょ,10220,76543211\n"
    assert typed(text, "JP_HEALTH_INSURANCE") == set()


# --------------------------------------------------------------------------------------------- JSON
def test_json_family_given_and_line2():
    text = ('{"name": {"family": "森", "given": "遥", "kana": "モリ ハルカ"},\n'
            ' "address": {"postalCode": "223-0061", "line1": "神奈川県横浜市港北区日吉9-9-9", "line2": "日吉ハイツ302"}}')
    got = found(text)
    assert {("PERSON", "森"), ("PERSON", "遥"), ("ADDRESS", "日吉ハイツ302")} <= got


def test_json_font_family_is_not_a_person():
    text = '{"fonts": [{"family": "Noto Sans", "weight": 400}, {"family": "Roboto", "weight": 700}]}'
    assert typed(text, "PERSON") == set()


# ---------------------------------------------------------------------------------------------- SQL
def test_sql_insert_column_list_labels_tuples():
    text = ("INSERT INTO customers (id, name, name_kana, birth_date, tel, zip, addr) VALUES\n"
            "(3001, '阿部 聡子', 'アベ サトコ', '1974-05-21', '0742-00-3391', '630-8213', '奈良県奈良市登大路町99-1'),\n"
            "(3002, '上原 翼', 'ウエハラ ツバサ', '2001-08-08', NULL, '900-0015', '沖縄県那覇市久茂地9丁目9-9');\n")
    got = found(text)
    assert {("DATE_OF_BIRTH", "1974-05-21"), ("DATE_OF_BIRTH", "2001-08-08"), ("POSTAL_CODE", "630-8213"),
            ("POSTAL_CODE", "900-0015"), ("PERSON", "阿部 聡子")} <= got
    assert not any("'" in v for _, v in got)


def test_sql_insert_without_columns_uses_create_table():
    text = ("CREATE TABLE `members` (\n  `id` int NOT NULL,\n  `dob` date DEFAULT NULL, -- 生年月日 (例: 1990-01-01)\n"
            "  `memo` varchar(64),\n  PRIMARY KEY (`id`)\n);\n"
            "INSERT INTO `members` VALUES (1,'1988-10-30','a, b (c)'),(2,'1990-02-14','it''s');\n")
    assert typed(text, "DATE_OF_BIRTH") == {"1988-10-30", "1990-02-14"}


def test_sql_dates_of_other_columns_stay_unlabelled():
    text = ("INSERT INTO orders (order_id, customer, created_at, ship_date) VALUES\n"
            "(1, 'C-1', '1985-04-01', '1985-04-03'), (2, 'C-2', '1990-12-24', '1990-12-26');\n")
    assert typed(text, "DATE_OF_BIRTH") == set()


def test_one_row_statements_are_read_together():
    text = ("INSERT INTO public.members (id, name, birth_date) VALUES (1, '山田 花子', '1985-04-01');\n"
            "INSERT INTO public.products (id, name, released) VALUES (1, 'りんご', '1986-05-02');\n"
            "INSERT INTO public.members (id, name, birth_date) VALUES (2, '佐藤 一郎', '1990-01-01');\n")
    assert typed(text, "DATE_OF_BIRTH") == {"1985-04-01", "1990-01-01"}


def test_pg_copy_block():
    text = ("COPY public.patients (id, full_name, birth_date, diagnosis) FROM stdin;\n"
            "1\t山田 花子\t1985-04-01\t2型糖尿病\n2\t佐藤 一郎\t\\N\t\\N\n\\.\n")
    got = found(text)
    assert {("DATE_OF_BIRTH", "1985-04-01"), ("PERSON", "山田 花子"), ("SPECIAL_CARE", "2型糖尿病")} <= got


# ----------------------------------------------------------------------------------------- postal code
@pytest.mark.parametrize("text,code", [
    ('"1187","大野 美咲","556-0011","大阪府大阪市浪速区難波中9-9-9"', "556-0011"),
    ("(1, 'a@example.jp', '630-8213', '奈良県奈良市登大路町99-1')", "630-8213"),
    ("1187\t556-0011\t大阪府大阪市浪速区難波中9-9-9", "556-0011"),
])
def test_postal_code_before_address_in_next_field(text, code):
    assert code in typed(text, "POSTAL_CODE")


@pytest.mark.parametrize("text", ["zip CHAR(8), -- 郵便番号 (例: 000-0000)", "郵便番号：123-4567（記入例）",
                                  "郵便番号 例: 100-0001", '"SKU-1","556-0011","2026-01-01"'])
def test_postal_placeholders_and_unrelated_fields(text):
    assert typed(text, "POSTAL_CODE") == set()


# ---------------------------------------------------------------------------------------- health card
def test_kokuho_combined_symbol_with_place_name():
    text = "受付票（国民健康保険）\n被保険者証 記号・番号：札幌北 31・2045678\n"
    assert "札幌北 31・2045678" in typed(text, "JP_HEALTH_INSURANCE")


# ------------------------------------------------------------------------------------ key-value forms
def test_name_part_and_building_form_fields():
    text = ("お名前（姓）：野村　（名）：早紀\nフリガナ（セイ）：ノムラ　（メイ）：サキ\n"
            "建物名・部屋番号：紺屋町パレス701\nご職業：会社員\n")
    got = found(text)
    assert {("PERSON", "野村"), ("PERSON", "早紀"), ("PERSON", "サキ"), ("ADDRESS", "紺屋町パレス701")} <= got
    assert ("PERSON", "会社員") not in got


def test_english_name_fields():
    text = "First name: Olivia\nLast name: Bennett\nLast login: 2026-11-09 21:47\nBuilding: Main\n"
    got = found(text)
    assert {("PERSON", "Olivia"), ("PERSON", "Bennett")} <= got
    assert not any(v.startswith("2026") or v == "Main" for _, v in got)


def test_form_labels_of_other_things_are_left_alone():
    text = "会社名：株式会社サンプル\n品名：りんご\n建物名：本館\n店名：駅前店\n"
    got = found(text)
    assert not any(t in ("PERSON", "ADDRESS") and v in ("本館", "りんご", "駅前店") for t, v in got)


# ------------------------------------------------------------------------------------------ 扶養 forms
def test_dependant_birth_dates_after_relation_words():
    text = ("給与所得者の扶養控除等（異動）申告書\n控除対象扶養親族\n"
            "　松本 大和　長男　H23.9.9\n　松本 結衣　長女　平成26年4月30日\n")
    assert {"H23.9.9", "平成26年4月30日"} <= typed(text, "DATE_OF_BIRTH")


@pytest.mark.parametrize("text", [
    "扶養家族の異動\n妻　2024/4/1 資格取得\n長男　2025年4月1日 入学\n",
    "家族手当の支給\n妻　契約日 2024/04/01\n",
    "業務日報　2026/11/01\n長男　2020/05/05\n",  # no family document
])
def test_relation_dates_that_are_not_births(text):
    assert typed(text, "DATE_OF_BIRTH") == set()


def test_label_and_value_lines_without_colon():
    text = "PASSPORT\nSurname / 姓　MATSUDA\nGiven name / 名　YUKI\nNationality / 国籍　JAPAN\n建物名　紺屋町パレス701\n"
    got = found(text)
    assert {("PERSON", "MATSUDA"), ("PERSON", "YUKI"), ("ADDRESS", "紺屋町パレス701")} <= got
    assert ("PERSON", "JAPAN") not in got


def test_header_lines_are_not_label_value_pairs():
    text = "First Name  Last Name\nSurname (required)\n姓 名\nsei mei\n"
    assert typed(text, "PERSON") == set()


# ------------------------------------------------------------------------------------ database tables
def test_database_table_name_parts_line2_and_special_columns():
    header = ["patient_id", "sei", "mei", "address2", "allergy", "blood_pressure"]
    rows = [["P1", "斎藤", "拓", "中日ビル9階", "ペニシリン", "158/96"],
            ["P2", "能登", "百合", "", "なし", "118/72"],
            ["P3", "森", "遥", "日吉ハイツ302", "卵", "142/90"]]
    ta = ENGINE.analyze_table(header, rows)
    got = {(e.column, rows[e.row][e.column][e.start:e.end]) for e in ta.entities}
    assert {(1, "斎藤"), (2, "拓"), (1, "森"), (2, "遥"), (3, "中日ビル9階"), (4, "ペニシリン"), (5, "158/96")} <= got
    assert (4, "なし") not in got and (5, "118/72") in got


def test_database_menu_allergy_column_without_person_is_not_special():
    ta = ENGINE.analyze_table(["menu", "allergy", "price"], [["オムライス", "卵・乳", 980], ["カレー", "小麦", 880]])
    assert [e for e in ta.entities if e.type == "SPECIAL_CARE"] == []
    assert [v for v in ENGINE.classify_schema([("menu", "text", ""), ("allergy", "text", "")])] == []


def test_pdf_and_table_layouts_of_held_out_forms():
    from classifiers import get_engine

    def found(text):
        return [(e.type, text[e.start:e.end]) for e in get_engine(None).analyze(text)]

    resume = "現 住 所　　〒 981 - 3133\n　　　　　　宮城県仙台市泉区泉中央一丁目\n　　　　　　７番地の１　泉中央ハイツ４０５号\n"
    assert found(resume) == [("POSTAL_CODE", "981 - 3133"),
                             ("ADDRESS", resume[resume.index("宮城県"):resume.index("４０５号") + 4])]
    kyosai = " 生年月日　H4 . 9 . 16\n 住所　〒420 0852　静岡市葵区紺屋町１７－１"
    assert [t for t, _ in found(kyosai)] == ["DATE_OF_BIRTH", "POSTAL_CODE", "ADDRESS"]
    assert ("POSTAL_CODE", "577-0818") in found("<address>\n  <postalCode>577-0818</postalCode>\n</address>")
    fuyo = "扶養親族\n (2) 竹内 文子　母（同居老親）　S23.6.30　個人番号：未記入"
    assert ("DATE_OF_BIRTH", "S23.6.30") in found(fuyo)
    roster = ("|号室|入居者|電話|引落口座|\n|101|堤 信吾|090-7238-0041|群馬銀行 伊勢崎支店 普通 0231855|\n"
              "|102|空室|-|-|\n|201|竹田 理沙|070-1182-4456|ゆうちょ 10450-27714881|")
    assert [v for t, v in found(roster) if t == "JP_BANK_ACCOUNT"] == ["群馬銀行 伊勢崎支店 普通 0231855",
                                                                       "ゆうちょ 10450-27714881"]


def test_semicolon_tables_health_insurance_abbreviations_and_other_layouts():
    from classifiers import get_engine

    def found(text):
        return [(e.type, text[e.start:e.end]) for e in get_engine(None).analyze(text)]

    alumni = ("会員番号;氏名;卒年;メール;郵便番号;住所;年会費\n"
              "T42-0018;沢田 理恵;1994;rie.sawada@example.net;980-0011;仙台市青葉区上杉1-9-14;納入済\n"
              "T42-0025;浅野 香;1995;kaori-asano@example.jp;984 0051;仙台市若林区新寺二丁目1番6号;未納")
    assert [v for t, v in found(alumni) if t == "POSTAL_CODE"] == ["980-0011", "984 0051"]
    payroll = ("社員番号\t氏名\t口座番号\t健保記号\t健保番号\nE1021\t安田 直人\t3381205\t4150\t218\n"
               "E1044\t丸山 千尋\t2047731\t4150\t305")
    assert [v for t, v in found(payroll) if t == "JP_HEALTH_INSURANCE"] == ["4150", "218", "4150", "305"]
    assert ("JP_RESIDENT_CODE", "10756 900728") in found("住民票コード　10756 900728")
    # a valid number in the Japanese grouping is not dropped by a negative word further away
    assert ("PHONE_NUMBER", "0422-27-5140") in found("口座に誤りがある場合は、0422-27-5140（さくら管理 松永）まで")
    assert [v for t, v in found("生年月日 Date of birth: 1997年08月14日 (Aug 14, 1997)\n氏名") if t == "DATE_OF_BIRTH"] == [
        "1997年08月14日", "Aug 14, 1997"]
    ocr = "住　所　　埼玉県所沢市緑町二丁目十四番地の六\n　　　　　グリーンヒル所沢 三〇五号\n住民となった日"
    assert [v for t, v in found(ocr) if t == "ADDRESS"] == [ocr[ocr.index("埼玉県"):ocr.index("三〇五号") + 4]]


def test_fixed_width_tables_and_label_value_lines():
    from classifiers import get_engine

    def found(text):
        return [(e.type, text[e.start:e.end]) for e in get_engine(None).analyze(text)]

    shaho = ("事業所整理記号：33-ﾄｸﾏ　　事業所番号：04117\n"
             "No  氏名              生年月日        被保険者証 記号  番号   住民票コード\n"
             "1   平野 結衣       H15.07.12      33100457       2381   88448160739\n"
             "2   オリベイラ ルーカス H06.04.23      33100457       2382   33208184712\n"
             "3   伊東 蒼         H11.10.30      33100457       2383   8212 4410 777\n")
    got = found(shaho)
    # every row, including the one whose long name pushes its fields out of line (read by column)
    assert [v for t, v in got if t == "JP_HEALTH_INSURANCE"] == ["33100457", "2381", "33100457", "2382",
                                                                 "33100457", "2383"]
    assert ("DATE_OF_BIRTH", "H11.10.30") in got and ("PERSON", "伊東 蒼") in got
    assert ("JP_RESIDENT_CODE", "33208184712") in got  # (its name and birth date share a cell: one space apart)
    # two-cell "label  value" lines are a form, not a table: their values keep their own labels
    kyc = "●自宅住所 / 〒638-8234  福井県福井市大手962番地の25\n記号 1948  番号 3294572\n"
    assert "3294572" in [v for t, v in found(kyc) if t == "JP_HEALTH_INSURANCE"]
    assert found("会議は  10時から  第3会議室で\n資料は  事前に  共有します") == []


def test_labels_inside_a_generic_cell_european_addresses_and_spaced_brackets():
    from classifiers import get_engine

    def found(text):
        return [(e.type, text[e.start:e.end]) for e in get_engine(None).analyze(text)]

    ledger = ("取引日 | 品目 | 相手方氏名 | 確認書類・番号\n2026/05/02 | 腕時計 | 西園寺 蓮 | 運転免許証 第301648279053号\n"
              "2026/05/02 | バッグ | CHEN Xiaoming | 旅券 TR4417290\n2026/05/04 | カメラ | 橋爪 邦夫 | 社員証 301648279053")
    got = found(ledger)
    assert ("JP_DRIVERS_LICENSE", "301648279053") in got and ("JP_PASSPORT", "TR4417290") in got
    assert sum(1 for t, _ in got if t == "JP_DRIVERS_LICENSE") == 1  # 社員証 is no licence label
    for addr in ["Schillerstraße 14, 60313 Frankfurt am Main, Germany", "12 Rue des Lilas, 69003 Lyon, France",
                 "220 Park Avenue South, Suite 1400, New York, NY 10003"]:
        assert ("ADDRESS", addr) in found("住所: " + addr + "\n")
    assert ("PHONE_NUMBER", "044 (511) 6038") in found("電話：044 (511) 6038")


def test_fixed_width_rows_read_by_column():
    """Fixed-width lists whose cells hold single spaces and commas, miss a cell or carry a sub-line per person."""
    from classifiers import get_engine

    def found(text):
        return [(e.type, text[e.start:e.end]) for e in get_engine(None).analyze(text)]

    register = ("IN     OUT    室   氏名                     住所                                   国籍   旅券番号     備考\n"
                "11/15  11/16  萩   Lee Min-jun / 이민준     12, Dosan-daero 81-gil, Gangnam-gu     韓国   M48120937    東京→京都\n"
                "11/16  11/18  楓   Sophie Marchand          17 rue des Tanneurs, 69002 Lyon        FRA    22CK81427\n"
                "11/18  11/20  萩   小西 恭子                横浜市青葉区美しが丘1-9-3               日本   -            自宅\n")
    got = found(register)
    assert ("JP_PASSPORT", "M48120937") in got and ("JP_PASSPORT", "22CK81427") in got
    assert ("PERSON", "小西 恭子") in got
    manifest = ("SEQ  NAME                     G  DOB       NAT  DOC  DOC-NO       EXP       SEAT  REMARKS\n"
                "001  KOJIMA/RYOKO MS           F  12MAR85   JPN  P    TK4471209    04JUL31   03A   FQTV MJ40028117\n"
                "002  WATTANAPONG/SIRIPORN MS   F  15JAN95   THA  P    AC7731592    08MAY28   24F\n")
    got = found(manifest)
    assert ("DATE_OF_BIRTH", "12MAR85") in got and ("DATE_OF_BIRTH", "15JAN95") in got
    assert ("JP_PASSPORT", "TK4471209") in got and ("JP_PASSPORT", "AC7731592") in got
    assert not any(t == "DATE_OF_BIRTH" for t, v in got if v in ("04JUL31", "08MAY28"))  # expiry dates
    # a document number without a nationality column is no passport
    assert not any(t == "JP_PASSPORT" for t, _ in found(manifest.replace("NAT", "CLS")))
    # a letter-spaced form label over a value line is no table
    form = "氏    名  鈴木  悠真\n生年月日  2004年11月30日生\n所    属  経営学部 経営学科 3年次\n"
    assert ("PERSON", "属") not in found(form)


def test_name_columns_without_a_person():
    ledger = ('"顧客No","氏名","ﾌﾘｶﾞﾅ","電話"\n'
              '"C-1","長谷部 崇","ﾊｾﾍﾞ ﾀｶｼ","048-822-4416"\n'
              '"C-2","(株)浦和ﾃｸﾉｻｰﾋﾞｽ","ｳﾗﾜﾃｸﾉｻｰﾋﾞｽ","048-887-0012"\n'
              '"C-3","株式会社ライフハウス","ﾗｲﾌﾊｳｽ","03-6804-1190"\n')
    got = typed(ledger, "PERSON")
    assert {"長谷部 崇", "ﾊｾﾍﾞ ﾀｶｼ"} <= got
    assert not got & {"ｳﾗﾜﾃｸﾉｻｰﾋﾞｽ", "ﾗｲﾌﾊｳｽ"}  # a company and its reading
    expense = ("医療を受けた方の氏名,支払先の名称,支払った医療費の額\n奥村 健太郎,川越中央クリニック,\"38,400\"\n"
               "奥村 陸,かわごえ矯正歯科,\"330,000\"\n合計,,\"368,400\"\n")
    assert typed(expense, "PERSON") == {"奥村 健太郎", "奥村 陸"}
    dump = ("INSERT INTO `customers` (`id`,`name`,`name_kana`,`tel`) VALUES (1,'吉岡 里美','ヨシオカ サトミ','080-9021-6634'),"
            "(2,'テスト 用','テスト ヨウ',NULL);\n")
    got = typed(dump, "PERSON")
    assert "ヨシオカ サトミ" in got and "テスト ヨウ" not in got
    # a CRM row names the company and its contact side by side: the contact stays
    crm = "会社名,姓,名,役職\n東邦ケミカル株式会社,篠崎,大介,購買部 課長\n有限会社ながの精密,宮坂,誠,代表取締役\n"
    assert {"篠崎", "大介", "宮坂", "誠"} <= typed(crm, "PERSON")


# ------------------------------------------------------------------------------- fixed-width listings with a rule
def test_ruled_listing_with_half_width_kana_reads_every_column():
    """A 台帳 printed with a rule of dash runs under its header: half-width katakana (widened by normalisation),
    cells one space apart, era dates, an insured-number column and a condition column."""
    rule = ("---- ------------- ------------------ ------------ --------------- ------------------------ ---- "
            "---------------\n")
    text = ("特別養護老人ホーム 入所者台帳（抜粋）\n"
            "居室 氏名          ﾌﾘｶﾞﾅ              生年月日     後期高齢被保番  主病名                   続柄 連絡先\n"
            + rule +
            "301  野口 スミ     ﾉｸﾞﾁ ｽﾐ            T14.03.02    13990011        ｱﾙﾂﾊｲﾏｰ型認知症          長女 0467-00-1111\n"
            "302  宮下 勘太郎   ﾐﾔｼﾀ ｶﾝﾀﾛｳ         S06.11.20    13990029        脳梗塞後遺症(右片麻痺)   夫   090-0000-2222\n"
            + rule +
            "※取扱注意\n")
    got = found(text)
    assert {("DATE_OF_BIRTH", "T14.03.02"), ("DATE_OF_BIRTH", "S06.11.20"), ("JP_HEALTH_INSURANCE", "13990011"),
            ("JP_HEALTH_INSURANCE", "13990029"), ("PHONE_NUMBER", "0467-00-1111"), ("PHONE_NUMBER", "090-0000-2222"),
            ("PERSON", "野口 スミ"), ("PERSON", "ﾐﾔｼﾀ ｶﾝﾀﾛｳ")} <= got
    sc = {v for t, v in got if t == "SPECIAL_CARE"}
    assert {"ｱﾙﾂﾊｲﾏｰ型認知症", "脳梗塞後遺症(右片麻痺)"} <= sc
    assert ("SPECIAL_CARE", "長女") not in got


def test_ruled_register_symbol_number_columns_take_the_title():
    """Bare 記号 / 番号 columns of a 被保険者台帳: the title names the insurance, the columns do not."""
    text = ("被保険者台帳（抜粋）        みどり健康保険組合\n"
            " 記号   番号  氏名                 ﾌﾘｶﾞﾅ               生年月日    取得日\n"
            " ----- ----- -------------------- ------------------- ----------- ----------\n"
            " 3051  0042  村上 亮介            ﾑﾗｶﾐ ﾘｮｳｽｹ          S58.09.14   H20.04.01\n"
            " 3051  0107  SILVA ANA            ｼﾙﾊﾞ ｱﾅ             H07.01.30   R03.10.01\n")
    got = found(text)
    assert {v for t, v in got if t == "JP_HEALTH_INSURANCE"} == {"3051", "0042", "0107"}
    assert {v for t, v in got if t == "DATE_OF_BIRTH"} == {"S58.09.14", "H07.01.30"}  # not the 取得日
    # the same columns under a bank's title are a passbook's symbol and number
    bank = text.replace("被保険者台帳（抜粋）        みどり健康保険組合", "ゆうちょ銀行 口座一覧")
    assert not any(t == "JP_HEALTH_INSURANCE" for t, _ in found(bank))


def test_ruled_listing_right_aligned_amounts_and_empty_cells():
    text = ("社員番号 氏名         ｶﾅ                生年月日   電話番号        給与\n"
            "-------- ------------ ----------------- ---------- --------------- --------\n"
            "A0012    佐藤 一郎    ｻﾄｳ ｲﾁﾛｳ          1980/04/01 090-0000-1111    300,000\n"
            "A0013    鈴木 花子    ｽｽﾞｷ ﾊﾅｺ                     03-0000-4444      280,000\n"
            "A0014    ｸﾞｴﾝ ﾃｨ ﾊｲ   ｸﾞｴﾝ ﾃｨ ﾊｲ        1995/12/31                   1,200\n")
    got = found(text)
    assert {("DATE_OF_BIRTH", "1980/04/01"), ("DATE_OF_BIRTH", "1995/12/31"), ("PHONE_NUMBER", "03-0000-4444"),
            ("PERSON", "ｸﾞｴﾝ ﾃｨ ﾊｲ")} <= got
    assert not any(v in ("300,000", "280,000") for _, v in got)


def test_ruled_parts_list_stays_clean():
    text = ("部品番号     品名                   材質       数量  単位  備考\n"
            "------------ ---------------------- ---------- ----- ----- --------------\n"
            "150-0041     ブラケット(L)          SS400          2  個    溶融亜鉛めっき\n"
            "530-0047     六角ボルト M10×30      SUS304         8  本\n"
            "812-0011     防振ゴム φ40           NBR            4  個    硬度 60\n")
    assert found(text) == set()


def test_fixed_width_cell_overflowing_into_the_next_column():
    text = ("No  氏名              生年月日        被保険者証 記号  番号   住民票コード\n"
            "1   平山 結         H15.07.12      33100999       2381   88448160739\n"
            "2   オリベイラ ルーカス H06.04.23      33100999       2382   33208184712\n")
    assert {"H15.07.12", "H06.04.23"} <= typed(text, "DATE_OF_BIRTH")


def test_compact_header_over_fixed_width_rows():
    """A header whose labels are one space apart (①被保険者整理番号 ②氏名 …) over rows with one field per label."""
    text = ("①被保険者整理番号 ②氏名 ③生年月日 ④適用年月 ⑤個人番号\n"
            f"12  坂本 修    5-580214  6-9  {mynum('60199204538')}\n"
            f"47  飯塚 彩    7-080627  6-9  {mynum('15803355860')}\n")
    got = found(text)
    assert {("DATE_OF_BIRTH", "5-580214"), ("DATE_OF_BIRTH", "7-080627")} <= got
    assert ("JP_MY_NUMBER", mynum("60199204538")) in got
    assert not any(t == "JP_HEALTH_INSURANCE" for t, _ in got)  # 被保険者整理番号 is the employer's filing number


# ---------------------------------------------------------------------------------- CSV cells and rows
def test_excel_text_formula_cells():
    """="0452317790": a spreadsheet export keeps the leading zero of a phone number with a text formula."""
    text = '"患者ID","氏名","電話番号","メール"\n"P-1","石田 陽",="0450000790",""\n"P-2","堀内 勇",="09000018820",""\n'
    assert typed(text, "PHONE_NUMBER") == {"0450000790", "09000018820"}


def test_csv_row_with_unquoted_commas_in_an_address_or_date():
    text = ("No,宛名,郵便番号,住所1,住所2,電話\n"
            "1,山口 修,390-0811,長野県松本市中央2-4-11,,0263-00-5571\n"
            "2,Daniel Moreau,,12 rue des Lilas, 69003 Lyon, France,,\n"
            "3,石川 奈緒,158-0094,東京都世田谷区玉川3-20-8,二子玉川テラス707,03-0000-1182\n")
    got = typed(text, "ADDRESS")
    assert {"12 rue des Lilas, 69003 Lyon, France", "二子玉川テラス707"} <= got
    text = "続柄,氏名,生年月日\n母,サントス 稔,昭和51年12月11日\n長女,サントス 直子,Aug. 9, 1955\n"
    assert "Aug. 9, 1955" in typed(text, "DATE_OF_BIRTH")
    assert {"サントス 稔", "サントス 直子"} <= typed(text, "PERSON")


def test_pipe_row_with_an_empty_last_cell_keeps_the_table():
    text = ("受付 | 氏名 | 生年月日 | 保険種別 | 記号 | 番号 | 枝番\n---|---|---|---|---|---|---\n"
            "A012 | 秋田 智子 | 1979/05/30 | 協会けんぽ | 21020999 | 1137 | 00\n"
            "A014 | 榎田 勝 | 1951/03/03 | 国保 | 船橋市国4 | 702999 | \n"
            "A015 | Maria Sousa | 1988/07/19 | 組合健保 | 5512 | 3084 | 01\n")
    got = found(text)
    assert {("DATE_OF_BIRTH", "1951/03/03"), ("DATE_OF_BIRTH", "1988/07/19"), ("JP_HEALTH_INSURANCE", "船橋市国4"),
            ("JP_HEALTH_INSURANCE", "702999")} <= got


def test_event_date_columns_are_no_birth_dates():
    text = ('"連携ID","異動事由","異動日","氏名","生年月日"\n'
            '"J-1","転入","2024-10-01","堀田 未来","1994-08-19"\n'
            '"J-2","出生","2024-10-04","安田 凪","2024-09-27"\n')
    assert typed(text, "DATE_OF_BIRTH") == {"1994-08-19", "2024-09-27"}


def test_north_american_numbers_in_a_phone_column():
    text = ('"Name","Phone","City"\n"Megan Carter","(415) 555-0187","San Francisco"\n'
            '"Tom Lee","646-555-0192","New York"\n')
    assert {"(415) 555-0187", "646-555-0192"} <= typed(text, "PHONE_NUMBER")


# --------------------------------------------------------------------------------------- split addresses
def test_split_address_columns_each_part_is_an_address():
    text = ("会員ID,氏名,郵便番号,都道府県,市区町村,町域,番地,建物名・部屋番号,電話番号\n"
            "M1,浜口 紗英,812-0011,福岡県,福岡市博多区,博多駅前,3-19-5,博多ランドスクエア1204,092-000-7726\n"
            "M2,安達 ひとみ,730-0011,広島県,広島市中区,基町,12-3-1102,基町パークハイツ,082-000-6043\n"
            "M3,寺田 沙耶,900-0015,沖縄県,那覇市,久茂地,3丁目21番1号,,098-000-2238\n")
    got = typed(text, "ADDRESS")
    assert {"福岡県", "福岡市博多区", "博多駅前", "3-19-5", "博多ランドスクエア1204", "広島県", "基町", "12-3-1102",
            "基町パークハイツ", "那覇市", "3丁目21番1号"} <= got
    crm = ('"Contact","Mailing Street","Mailing City","Mailing State","Mailing Zip","Country"\n'
           '"Megan Carter","500 Howard St Suite 400","San Francisco","CA","94105","US"\n'
           '"結衣 片山","北区梅田2-4-9 ブリーゼ梅田18F","大阪市","大阪府","530-0001","JP"\n')
    got = typed(crm, "ADDRESS")
    assert {"San Francisco", "CA", "大阪市", "大阪府", "500 Howard St Suite 400"} <= got
    assert not got & {"US", "JP"}


def test_prefecture_or_city_alone_is_no_address():
    text = ("受注番号\t受注日\t配送先都道府県\t点数\t金額\nORD-1\t2026/11/01\t神奈川県\t3\t8,940\n"
            "ORD-2\t2026/11/01\t京都府\t1\t2,200\n")
    assert typed(text, "ADDRESS") == set()
    stats = "都道府県,市区町村,人口,世帯数\n東京都,港区,260000,150000\n大阪府,北区,140000,90000\n"
    assert typed(stats, "ADDRESS") == set()
    stores = '{"store": "渋谷店", "pref": "東京都", "city": "渋谷区", "address": "https://example.com/map"}'
    assert typed(stores, "ADDRESS") == set()


def test_split_address_headers():
    for h, kind in (("都道府県", "addr_pref"), ("市区町村", "addr_city"), ("町域", "addr_town"), ("pref", "addr_pref"),
                    ("Mailing City", "addr_city"), ("shipping_state", "addr_pref")):
        m = classify_header(h)
        assert m.kind == kind and m.pii_type is None, h
    assert classify_header("番地").kind == "addr_street" and classify_header("番地").pii_type == "ADDRESS"
    assert classify_header("state").kind == ""  # a bare state is a status
    assert classify_header("jusho2").kind == "line2"


# ------------------------------------------------------------------------------------------- JSON nesting
def test_json_romaji_insurance_keys_and_nested_generic_keys():
    text = ('{"hihokensha": {"shimei_kanji": "葛城 大和", "hoken_kigou": "61120999", "hoken_bangou": "312",\n'
            ' "hokensha_bangou": "06139999", "jusho": {"jusho1": "神奈川県川崎市多摩区登戸9999-2", "jusho2": "ヴィラ登戸305"}},\n'
            ' "passport": {"number": "C4812999", "expires": "2029-08-15"},\n'
            ' "insurance": {"insurer_no": "06130012", "kigo": "0601", "bango": "2215"},\n'
            ' "order": {"number": "123456789"}}')
    got = found(text)
    assert {("JP_HEALTH_INSURANCE", "61120999"), ("JP_HEALTH_INSURANCE", "312"), ("JP_HEALTH_INSURANCE", "0601"),
            ("JP_HEALTH_INSURANCE", "2215"), ("JP_PASSPORT", "C4812999"), ("ADDRESS", "ヴィラ登戸305")} <= got
    assert not any(v in ("06139999", "06130012", "2029-08-15", "123456789") for _, v in got)


def test_json_questionnaire_keys_in_a_patient_record():
    text = ('{"patient": {"name": "西田 加奈子", "birth_date": "1990-02-14"},\n'
            ' "questionnaire": {"chief_complaint": "3日前から咳と発熱", "history": "小児喘息の既往", "allergy": "ペニシリン系"}}')
    assert {"3日前から咳と発熱", "小児喘息の既往", "ペニシリン系"} <= typed(text, "SPECIAL_CARE")
    git = '{"repo": "billing", "history": "rebased onto main", "author": "ci-bot"}'
    assert typed(git, "SPECIAL_CARE") == set()


# --------------------------------------------------------------------------------------------------- XML
def test_xml_elements_and_attributes():
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<workers>\n  <worker id="TR-1">\n'
            '    <nameRoman>DEWI LESTARI</nameRoman>\n    <passportNo>X2258999</passportNo>\n'
            '    <residenceCardNo>TM50221999DA</residenceCardNo>\n'
            '    <healthInsurance kigo="23119999" bango="812" hokenshaNo="01239999"/>\n'
            '    <name><kanji>須田 恵美</kanji><kana>スダ エミ</kana></name>\n'
            '    <address>\n      <zip>980-0811</zip>\n      <pref>宮城県</pref>\n      <city>仙台市青葉区</city>\n'
            '      <street>一番町二丁目4-17</street>\n      <building>一番町ヒルズ 1502</building>\n    </address>\n'
            '  </worker>\n</workers>\n')
    got = found(text)
    assert {("JP_PASSPORT", "X2258999"), ("JP_HEALTH_INSURANCE", "23119999"), ("JP_HEALTH_INSURANCE", "812"),
            ("PERSON", "DEWI LESTARI"), ("PERSON", "須田 恵美"), ("ADDRESS", "宮城県"), ("ADDRESS", "仙台市青葉区"),
            ("ADDRESS", "一番町二丁目4-17"), ("ADDRESS", "一番町ヒルズ 1502")} <= got
    assert not any(v in ("01239999", "TM50221999DA") for _, v in got)


def test_xml_form_inputs_and_project_files():
    form = '<form><input name="tel" value="03-0000-5678"><input type="hidden" name="zip" value="105-0011"></form>'
    assert {("PHONE_NUMBER", "03-0000-5678"), ("POSTAL_CODE", "105-0011")} <= found(form)
    pom = ("<project>\n  <groupId>com.example</groupId>\n  <artifactId>passport-service</artifactId>\n"
           "  <version>1.2.3</version>\n  <name>Passport Service</name>\n</project>\n")
    assert found(pom) == set()


# -------------------------------------------------------------------------------------------------- YAML
def test_yaml_nested_passport_and_flow_maps():
    text = ("# 外国籍社員マスタ\n- employee_id: F-0117\n  name_en: \"Tran Van Duc\"\n  date_of_birth: 1997-04-22\n"
            "  passport:\n    number: C4812999\n    expires: 2029-08-15\n  residence_card_no: UH48203999KA\n"
            "  salary_account: {bank: 十六銀行, branch: 豊明支店, type: 普通, number: \"1472999\"}\n"
            "- employee_id: F-0123\n  name_en: \"Maria Cristina Santos\"\n  passport:\n    number: P2840999A\n"
            "    expires: 2028-02-27\n")
    got = found(text)
    assert {("JP_PASSPORT", "C4812999"), ("JP_PASSPORT", "P2840999A"), ("JP_BANK_ACCOUNT", "1472999")} <= got
    assert not any(v in ("2029-08-15", "2028-02-27", "UH48203999KA") for _, v in got)


def test_yaml_configs_stay_clean():
    k8s = ("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: billing-api\nspec:\n  replicas: 3\n"
           "  template:\n    spec:\n      containers:\n        - name: api\n"
           "          image: registry.example.com/b:1.4\n"
           "          env:\n            - name: PASSPORT_SERVICE_URL\n              value: \"http://passport:8080\"\n")
    assert found(k8s) == set()
    server = "server:\n  address: 0.0.0.0\n  port: 8080\n  city: Tokyo\n  region: ap-northeast-1\n"
    assert found(server) == set()
    mail = "From: 総務部\nTo: 全社員\nSubject: 年末調整のお知らせ\nDate: 2024-11-01\n\n本文です。\n"
    assert typed(mail, "ADDRESS") == set()


# ------------------------------------------------------------------------------------ identifiers, odd places
def test_my_number_in_a_personal_or_corporate_number_field():
    mn = mynum("71119683621")
    text = (f"│支払を│氏名又は名称 真田 透\n│　　　　│個人番号又は法人番号 {mn}\n"
            "│支払者│氏名又は名称 株式会社ルミナ出版\n│　　　│個人番号又は法人番号 1010001158273\n")
    assert typed(text, "JP_MY_NUMBER") == {mn}
    assert typed(f"法人番号 {mn}", "JP_MY_NUMBER") == set()


def test_my_number_with_a_romaji_column_named_in_the_document():
    mn = mynum("80833969179")
    text = (f"-- NOTE: ID240614 の kojin_bango は届出書記載の誤りを訂正 2024-07-03\n-- 訂正後の値 = {mn}（反映済）\n")
    assert typed(text, "JP_MY_NUMBER") == {mn}


def test_long_ruled_listing_keeps_its_header_in_every_chunk():
    """A listing longer than one analysis chunk: the header and its rule are carried into the later chunks."""
    head = "入所者台帳\n居室 氏名          生年月日     主病名\n---- ------------- ------------ ------------------------\n"
    rows = "".join(f"{100 + i:<4} 山本 キヨ{i % 10}   S07.02.{i % 28 + 1:02d}    高血圧症\n" for i in range(3000))
    assert sum(1 for e in ENGINE.analyze(head + rows) if e.type == "DATE_OF_BIRTH") == 3000


# ------------------------------------------------------------------------------------------ round 2 (sets Q, R)
def test_ship_address_headers_are_not_ip_addresses():
    """ship-address-1 holds "ipaddress" across a word boundary; clientIp / remote_addr stay IP columns."""
    assert classify_header("ship-address-2").pii_type == "ADDRESS"
    assert classify_header("ship_address1").pii_type == "ADDRESS"
    assert classify_header("postalAddress").pii_type == "ADDRESS"
    for h in ("client_ip", "clientIpAddress", "remote_addr", "ip_address", "接続元IP"):
        assert classify_header(h).pii_type == "IP_ADDRESS", h
    assert classify_header("postal_code").pii_type == "POSTAL_CODE"


def test_amazon_style_split_address_labels_the_state_beside_the_street():
    text = ("order-id\tbuyer-name\tship-address-1\tship-address-2\tship-state\tship-postal-code\n"
            "503-4481923-7710254\t綿貫 さとみ\t千葉市中央区中央3-10-8\tセントラル千葉406\t千葉県\t260-0013\n"
            "250-7730018-3349611\t猪俣 慎也\t札幌市中央区北1条西7丁目1-1\t\t北海道\t0600001\n")
    assert {"千葉市中央区中央3-10-8", "セントラル千葉406", "千葉県", "北海道"} <= typed(text, "ADDRESS")
    # a statistics table whose only address column is the prefecture labels none
    stats = "ship-state\torders\tsales\n千葉県\t120\t1,980,000\n北海道\t88\t1,204,000\n"
    assert typed(stats, "ADDRESS") == set()


def test_shopify_style_csv_with_a_status_column_is_a_table_not_a_form():
    """paid / refunded cells are statuses (paid_at is an event date header), not the labels of a form."""
    text = ("Name,Email,Financial Status,billing_name,billing_address1,billing_address2,billing_phone\n"
            "#1043,mina.kurisu@example.com,paid,Mina Kurisu,\"東京都調布市布田1-47-2\",ハイツ布田201,+819033817025\n"
            "#1046,lukas.becker@example.de,refunded,Lukas Becker,\"Yamashitacho 27, Naka-ku, Yokohama\",Apt. 905,"
            "+49 151 2384 6610\n"
            "#1047,k.goto@example.jp,paid,Kaito GOTO,\"2-14-5 Minamikarasuyama, Setagaya-ku\",Sunny Court 3F,"
            "+81 90-2298-1406\n")
    assert {"Mina Kurisu", "Lukas Becker", "Kaito GOTO"} <= typed(text, "PERSON")
    assert {"ハイツ布田201", "Apt. 905", "Sunny Court 3F"} <= typed(text, "ADDRESS")


def test_json_address_object_state_is_an_address_part():
    text = ('{"billing_details": {"name": "KANAE URUSHIBARA", "address": {"postal_code": "171-0021", '
            '"state": "東京都", "city": "豊島区", "line1": "西池袋1-21-5", "line2": "アーバン池袋 1103"}}}')
    assert {"東京都", "豊島区", "西池袋1-21-5", "アーバン池袋 1103"} <= typed(text, "ADDRESS")
    status = '{"payment": {"state": "succeeded", "id": "pi_3PX"}, "order": {"state": "shipped"}}'
    assert typed(status, "ADDRESS") == set()


def test_json_escaped_space_in_a_name_value():
    text = '{"member_id":884213,"name":"漆原\\u3000加奈恵","kana":"ウルシバラ カナエ","birthday":"1987-11-02"}'
    assert "漆原\\u3000加奈恵" in typed(text, "PERSON")


def test_vcard_adr_street_locality_region_is_one_address():
    text = ("BEGIN:VCARD\nVERSION:3.0\nN:朝比奈;隼人;;;\nFN:朝比奈 隼人\n"
            "ADR;TYPE=WORK:;;芝浦3-4-1 グランパークタワー22F;港区;東京都;108-0023;日本\nEND:VCARD\n"
            "BEGIN:VCARD\nVERSION:3.0\nFN:Oliver Bennett\nADR;TYPE=HOME:;;6-12-4 Roppongi, Minato-ku;Tokyo;;106-0032;Japan\n"
            "END:VCARD\n")
    assert {"芝浦3-4-1 グランパークタワー22F;港区;東京都", "6-12-4 Roppongi, Minato-ku;Tokyo"} <= typed(text, "ADDRESS")
    assert {"108-0023", "106-0032"} <= typed(text, "POSTAL_CODE")
    # a locality and region without a street (a work card's 港区;東京都) is no one's address
    assert typed("BEGIN:VCARD\nFN:朝比奈 隼人\nADR;TYPE=WORK:;;;港区;東京都;;日本\nEND:VCARD\n", "ADDRESS") == set()


def test_role_name_headers_and_paired_name_parts():
    for h in ("児童名", "世帯主", "送り先名", "購入者カナ", "被保険者氏名", "お届け先名", "billing_name", "Shipping Name", "guest_name"):
        assert classify_header(h).pii_type == "PERSON", h
    assert classify_header("児童姓").kind == "name_part"
    assert classify_header("被保険者番号").pii_type == "JP_HEALTH_INSURANCE"
    assert classify_header("連名1敬称").pii_type is None  # 様, くん: an honorific, no one's name
    ms = contextual_matches(["児童姓", "児童名", "保護者氏名"])
    assert [m.kind for m in ms] == ["name_part", "name_part", ""]
    text = ('"学年","組","児童姓","児童名","保護者氏名","電話"\n'
            '"4","2","今泉","湊斗","今泉 佳奈","0463-94-3318"\n'
            '"4","3","重田","颯","重田 ちか","0463-95-0072"\n')
    assert {"今泉", "湊斗", "重田", "颯", "今泉 佳奈", "重田 ちか"} <= typed(text, "PERSON")


def test_nengajo_csv_given_name_alone_and_honorific_columns():
    text = ('"氏名","敬称","住所1","連名1","連名1敬称"\n'
            '"勅使河原 亮","様","愛知県名古屋市中区栄三丁目１５－３３","結翔","くん"\n'
            '"Sarah Whitfield","様","港区南麻布4-11-30","Tom","様"\n')
    person = typed(text, "PERSON")
    assert {"結翔", "Tom", "Sarah Whitfield"} <= person
    assert not person & {"くん", "様"}


def test_relationship_cells_are_not_form_labels():
    """配偶者 | 高橋 陽一 | 1970.9.17: a 続柄 value, though 配偶者 is also a role header."""
    text = "続柄 | 氏名 | 生年月日 | 個人番号\n長男 | 高橋 太郎 | 昭57.4.25 | 399723240050\n配偶者 | 高橋 陽一 | 1970.9.17 | 7022 3743 4530\n"
    assert {"昭57.4.25", "1970.9.17"} <= typed(text, "DATE_OF_BIRTH")


def test_tab_table_ends_at_a_title_line():
    """A section title without tabs ends the table: the 口座 form below is not read as its rows."""
    text = ("氏名\t生年月日\t続柄\t同居・別居\n一ノ瀬　湊\tH28.10.02\t長男\t同居\n【振込先口座】（請求者名義の口座に限る）\n"
            "金融機関名\t京葉銀行\t支店名\t前原支店\n預金種目\t普通\t口座番号\t5038117\n")
    assert typed(text, "PERSON") == {"一ノ瀬　湊"}
    assert "H28.10.02" in typed(text, "DATE_OF_BIRTH")


def test_reading_cell_beside_a_company_only_in_a_reading_column():
    """ファン・ミンジュン in 依頼者 beside 株式会社ネクサス in 相手方: a person, not the company's reading."""
    text = ("| No | 依頼者 | 相手方 | 事件の概要 |\n|---|---|---|---|\n| 1 | 岡本 直樹 | 岡本 由紀子 | 離婚 |\n"
            "| 3 | ファン・ミンジュン | 株式会社ネクサス | 未払残業代 |\n")
    assert "ファン・ミンジュン" in typed(text, "PERSON")
    kana = "氏名\tフリガナ\t電話\n(株)ライフハウス\tライフハウス\t03-1234-5678\n山田 花子\tヤマダ ハナコ\t090-1234-5678\n"
    assert "ライフハウス" not in typed(kana, "PERSON")


def test_name_cells_with_honorific_company_or_second_script():
    text = ("No. | お届け先名 | 住所 | 電話\n1 | 瀬戸口 康介 様 | 長崎県諫早市福田町3-18 | 0957-22-4410\n"
            "2 | 株式会社石動電機 総務部 石動 かおる 様 | 石川県金沢市本町2丁目15番1号 | 076-224-1187\n"
            "3 | 廿日出 聡様 | 広島県広島市中区基町11-10 | 082-221-5063\n")
    person = typed(text, "PERSON")
    assert {"瀬戸口 康介", "石動 かおる", "廿日出 聡"} <= person
    assert not any("様" in p or "株式会社" in p or "総務部" in p for p in person)
    reg = ("No.\t部屋\t氏名\t国籍\t旅券番号\n5\t1102\tLin Pei-shan（林 佩珊）\tTWN\t358812047\n"
           "6\t1103\t中川 智美（母）\t日本\t—\n7\t1104\t李 偉／リ ウェイ\tCHN\tEH3718264\n8\t1105\t匿名（窓口現金）\t日本\t—\n")
    person = typed(reg, "PERSON")
    assert {"Lin Pei-shan", "林 佩珊", "中川 智美", "李 偉", "リ ウェイ"} <= person
    assert not person & {"母", "匿名", "窓口現金"}


def test_fixed_width_manifest_with_one_space_labels():
    """SEQ SURNAME / SEX NAT DOC PASSPORT NO: labels one space apart, columns where every line leaves a blank."""
    text = ("PASSENGER MANIFEST / APIS   FLT NU8821  OKA-TPE  02JUL24\n"
            "SEQ SURNAME        GIVEN NAME     DOB      SEX NAT DOC PASSPORT NO  EXP      SEAT SSR\n"
            "001 NAKASONE       TATSUYA        14FEB82 M   JPN P   TK4821937    03MAY31  12A\n"
            "002 NAKASONE       MIKA           02SEP84 F   JPN P   TR7710284    19NOV28  12B\n"
            "006 PHAM           QUOC BAO       05OCT96 M   VNM P   C8830215     17AUG32  15A\n"
            "007 SANTOS         MARIA CLARA    21JAN79 F   PHL P   P6620418B    09MAR30  15B\n"
            "TOTAL PAX 4 (ADT 4 / CHD 0 / INF 0)  BAGS 5 / 82KG   GROUP LEADER: SANTOS MARIA MOB +81 80 3362 1958\n")
    assert {"NAKASONE", "TATSUYA", "MIKA", "PHAM", "QUOC BAO", "SANTOS", "MARIA CLARA"} <= typed(text, "PERSON")
    assert typed(text, "DATE_OF_BIRTH") == {"14FEB82", "02SEP84", "05OCT96", "21JAN79"}  # (EXP is no birth date)
    assert typed(text, "JP_PASSPORT") == {"TK4821937", "TR7710284", "C8830215", "P6620418B"}


def test_fixed_length_records_read_by_their_layout():
    text = ("* 1-8 顧客番号 / 9-38 氏名ｶﾅ / 39-46 生年月日 / 47 性別(1男2女) / 48-54 郵便番号\n"
            "* 55-114 住所ｶﾅ / 115-127 電話番号 / 128-135 最終更新日 / 136-160 FILLER\n"
            "00012045" + "ﾅｶｿﾈ ﾀﾂﾔ".ljust(30) + "19780419" + "1" + "9000015" + "ｵｷﾅﾜｹﾝ ﾅﾊｼ ｸﾓｼﾞ 3-8-2".ljust(60)
            + "098-861-4420 20240401\n"
            "00012047" + "ﾂﾈﾖｼ ｶｽﾞﾏ".ljust(30) + "19890117" + "1" + "0040053" + "ﾎｯｶｲﾄﾞｳ ｻｯﾎﾟﾛｼ 1-5-12".ljust(60)
            + "090-4471-203820240522\n")
    assert typed(text, "DATE_OF_BIRTH") == {"19780419", "19890117"}
    assert {"098-861-4420", "090-4471-2038"} <= typed(text, "PHONE_NUMBER")
    assert "20240522" not in typed(text, "DATE_OF_BIRTH") | typed(text, "PHONE_NUMBER")
    # numbered notes (1-7 歩行, 4-15 …) are no layout
    notes = "特記事項 1-7 歩行：つかまれば可。 4-15 夜間の徘徊が月2〜3回あり。\n0001234519780419\n"
    assert typed(notes, "DATE_OF_BIRTH") == set()


def test_ldif_person_entries():
    text = ("dn: cn=Higa Ruka,ou=People,dc=corp,dc=example,dc=co,dc=jp\nobjectClass: inetOrgPerson\ncn: Higa Ruka\n"
            "sn: Higa\ngivenName: Ruka\nmail: r.higa@corp.example.co.jp\n"
            "postalAddress: 沖縄県那覇市久茂地3-21-1 那覇オフィス4F\n"
            "manager: cn=Amano Kengo,ou=People,dc=corp,dc=example,dc=co,dc=jp\n\n"
            "dn: cn=ec-team,ou=Groups,dc=corp,dc=example,dc=co,dc=jp\nobjectClass: groupOfNames\ncn: ec-team\n"
            "member: cn=Higa Ruka,ou=People,dc=corp,dc=example,dc=co,dc=jp\n")
    person = typed(text, "PERSON")
    assert {"Higa Ruka", "Higa", "Ruka", "Amano Kengo"} <= person
    assert "ec-team" not in person
    assert "沖縄県那覇市久茂地3-21-1 那覇オフィス4F" in typed(text, "ADDRESS")


def test_key_value_log_fields():
    text = ("2024-07-02 14:03:41,660 ERROR c.n.pay.AuthorizeClient - authorize failed code=G42 orderId=ORD-240702-88502 "
            "pan=371049049549023 exp=2612 amt=49800 holder=OLIVER BENNETT\n"
            "2024-07-02 14:05:12,930 ERROR c.n.pay.AuthorizeClient - authorize failed code=G54 amt=8800 "
            "holder=KENJI DOMEKI cip=60.112.208.14\n")
    assert {"OLIVER BENNETT", "KENJI DOMEKI"} <= typed(text, "PERSON")
    assert typed("GET /search?q=tokyo&page=2&lang=ja&sort=new HTTP/1.1", "PERSON") == set()


def test_id_type_and_number_columns_typed_row_by_row():
    text = ("INSERT INTO contracts (contract_no, holder_name, id_type, id_number, shop_code) VALUES\n"
            "('MC-9027-118830', '滝本 悠', 'DL', '441309571846', '4412091'),\n"
            "('MC-9027-118831', 'CHEN MEILING', 'PASSPORT', 'TS5062913', '4412091'),\n"
            "('MC-9027-118832', '鈴木 タマ', 'HIC', '39-1120-4481', '4412093');\n"
            "-- id_type: DL=運転免許証, PASSPORT=旅券, HIC=健康保険証\n")
    assert typed(text, "JP_DRIVERS_LICENSE") == {"441309571846"}
    assert typed(text, "JP_PASSPORT") == {"TS5062913"}
    assert typed(text, "JP_HEALTH_INSURANCE") == {"39-1120-4481"}
    other = "name\tid_type\tid_number\nA\tMEMBER\t301234567890\nB\tCOUPON\t441309571846\n"
    assert typed(other, "JP_DRIVERS_LICENSE") == set()


def test_hl7_observation_results_of_a_patient():
    text = ("MSH|^~\\&|KENSHIN|CLINIC0017|HRSYS|NLCORP|20240620180210||ORU^R01^ORU_R01|MSG000184223|P|2.5\n"
            "PID|1||E100482^^^^PI||朝比奈^隼人^^^^^L^I||19860527|M\n"
            "OBX|1|NM|9A751000000000001^収縮期血圧^JLAC10||148|mm[Hg]|90-129|H|||F\n"
            "OBX|2|NM|9N001000000000001^身長^JLAC10||171.2|cm||N|||F\n"
            "OBX|3|ST|9A110000000000001^心電図所見^L||完全右脚ブロック||||||F\n"
            "OBX|4|NM|3D045000000000001^HbA1c^JLAC10||5.4|%|4.6-6.2|N|||F\n"
            "OBX|5|ST|9N501000000000001^総合判定^L||A 異常なし||||||F\n")
    assert typed(text, "SPECIAL_CARE") == {"148", "完全右脚ブロック", "A 異常なし"}
    no_patient = "MSH|^~\\&|LAB|X|Y|Z|20240620||ORU^R01|M1|P|2.5\nOBX|1|NM|9A751^収縮期血圧^JLAC10||148|mm[Hg]|90-129|H|||F\n"
    assert typed(no_patient, "SPECIAL_CARE") == set()


def test_phone_with_ocr_letters_or_kanji_numerals_after_a_label():
    assert typed("調剤　ひまわり薬局 駅前店　TEL O48-822-7193", "PHONE_NUMBER") == {"O48-822-7193"}
    assert typed("　電話は前と同じ 〇八八―八二三―五一四〇 です。", "PHONE_NUMBER") == {"〇八八―八二三―五一四〇"}
    assert typed("携帯：〇九〇－一二三四－五六七八", "PHONE_NUMBER") == {"〇九〇－一二三四－五六七八"}
    assert typed("TEL:O3-l234-5678", "PHONE_NUMBER") == {"O3-l234-5678"}
    # never without the label, nor a numbered reference after it
    assert typed("〒 九〇一―二一二六 那覇市〇八八―八二三―五一四〇", "PHONE_NUMBER") == set()
    assert typed("電話で話した件、第〇八八―八二三―五一四〇号", "PHONE_NUMBER") == set()
    assert typed("hotel room O48-822-7193", "PHONE_NUMBER") == set()


def test_foreign_passport_numbers_listed_after_one_label():
    text = ("We have our passports (mine: Z4418263, Priya's: W7720518) and the residence cards issued at Narita.")
    assert typed(text, "JP_PASSPORT") == {"Z4418263", "W7720518"}
    assert typed("Passport nos. C8830215 / P6620418B.", "JP_PASSPORT") == {"C8830215", "P6620418B"}
    assert typed("パスポート番号：本人 TK1234567、妻 TR7654321", "JP_PASSPORT") == {"TK1234567", "TR7654321"}
    # a date, a booking reference, a number in the next sentence
    assert typed("Passport expires 20300101 and the order AB1234567 was placed.", "JP_PASSPORT") == set()
    assert typed("passport and flight, booking: K4481920", "JP_PASSPORT") == set()
    assert typed("Please bring your passport. Order ID: X1234567", "JP_PASSPORT") == set()


def test_other_permits_of_a_public_safety_commission_are_no_licence():
    text = "古物台帳（買取）　リユースショップ 厚木店　古物商許可 神奈川県公安委員会 第452760008812号"
    assert typed(text, "JP_DRIVERS_LICENSE") == set()
    assert typed("警備業認定 東京都公安委員会 第301234567890号", "JP_DRIVERS_LICENSE") == set()
    assert typed("確認方法：運転免許証 第810234588892号（提示）", "JP_DRIVERS_LICENSE") == {"810234588892"}
    assert typed("運転免許証番号（登録済）：301234567890", "JP_DRIVERS_LICENSE") == {"301234567890"}
    assert typed("古物商許可証を確認。運転免許証 第810234588892号", "JP_DRIVERS_LICENSE") == {"810234588892"}


def test_name_pieces_keep_airline_names_and_skip_descriptions():
    """KOJIMA/RYOKO MS is one airline-style name (no piece RYOKO MS); a description column whose header row is a data
    row naming 氏名 is no name column for its words before brackets (出勤打刻（丸め前）)."""
    manifest = ("SEQ  NAME                        G  DOB       NAT  DOC  DOC-NO       EXP\n"
                "001  KOJIMA/RYOKO MS              F  12MAR85   JPN  P    TK4471209    04JUL31\n"
                "002  KOJIMA/HARUTO MSTR           M  30JUN17   JPN  P    TK4471210    11AUG27\n")
    person = typed(manifest, "PERSON")
    assert not person & {"RYOKO MS", "HARUTO MSTR"}
    spec = ("列番号\t列名\t型\t例\t説明\n1\tstaff_id\tstring\tST-00000\tスタッフID（氏名は出力しない）\n"
            "2\tdate\tdate\t2024-09-01\t勤務日\n3\tin\ttime\t09:00\t出勤打刻（丸め前）\n4\tout\ttime\t18:00\t退勤打刻\n"
            "5\tbreak\tint\t60\t休憩（分）\n6\tnote\tstring\t時差出勤\t備考（個人情報・健康情報を入力しないこと）\n")
    assert typed(spec, "PERSON") == set()
