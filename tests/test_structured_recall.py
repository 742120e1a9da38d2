"""Structured data in the formats real exports use: name parts in their own columns, address line 2, health-insurance
symbol/number columns, special-care columns, SQL dumps, quoted CSV rows, key-value forms and dependants in 扶養
forms — positives and the negatives that look like them. All values are synthetic."""

from __future__ import annotations

import pytest

from classifiers.columns import classify_header, contextual_matches, value_check
from classifiers.engine import Engine, EngineOptions

ENGINE = Engine(EngineOptions())


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
    assert not sc & {"A", "異常なし", "2026/06/12"}


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
