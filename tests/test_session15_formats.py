"""Formats met in session 15: fixed-width listings typed with half-width katakana (lined up by those widths before
normalisation widened them) and with amounts whose thousands commas are no delimiters, 全銀 data records whose
clearing-house code is padded, a header naming two numbers (個人番号／基礎年金番号), a postal code cell run into the
address, a double-checker's label, and dates and postal codes whose digits an OCR engine misread (S47. ll. 3O)."""

from __future__ import annotations

from engine_helpers import found
from classifiers.columns import classify_header
from classifiers.normalize import normalize


def test_half_width_kana_listing_with_amounts_reads_its_account_column():
    text = ("講師謝金 振込一覧\n"
            "NO 氏名            ｶﾅ                銀行ｺｰﾄﾞ 支店ｺｰﾄﾞ 種別 口座番号  金額\n"
            "01 相良 美和     ｻｶﾞﾗ ﾐﾜ           0001     215      1    3391047   5,000\n"
            "02 寺島 航       ﾃﾗｼﾏ ﾜﾀﾙ          0005     630      1    7082215  12,500\n"
            "03 石黒 奈央     ｲｼｸﾞﾛ ﾅｵ          0009     104      2    0457719   3,000\n")
    assert found(text, "JP_BANK_ACCOUNT") == ["3391047", "7082215", "0457719"]
    assert {"相良 美和", "寺島 航", "石黒 奈央"} <= set(found(text, "PERSON"))


def test_payroll_export_with_half_width_kana_reads_birth_dates_and_accounts():
    text = ("*PAYEXP v2 FIXED 120  BR=NGO  PERIOD=202410\n"
            "EMPNO   NAME_KANA                 NAME_KANJI      BIRTH    BANK BR  TYP ACCTNO   GROSS     NET\n"
            "N30211  ｶﾜｺﾞｴ ﾘｮｳﾀ               川越亮太        19900412 0005 211 1   5521840  0231000   0190410\n"
            "N30214  ﾐﾅﾐ ｱｶﾈ                   南茜            19870830 0009 404 1   1184093  0198500   0162300\n")
    assert found(text, "DATE_OF_BIRTH") == ["19900412", "19870830"]
    assert found(text, "JP_BANK_ACCOUNT") == ["5521840", "1184093"]


def test_amounts_alone_do_not_make_a_fixed_width_line_comma_separated():
    # a table read by its columns must not swallow a row that fits only by running two columns together
    text = ("時間　　お名前　　　　　人数　席　　　　連絡先　　　　　　　　　コース　　　　　　受\n"
            "17:30　江口 様　　　　２　カウンター　090-4128-3307　おまかせ 11,000　　　Ｔ\n"
            "18:00　薬師寺 様　　　６　座敷　　　06-6312-4491（会社）　 法事あと 精進料理　　Ｙ\n")
    assert "薬師寺" in found(text, "PERSON")


def test_zengin_data_record_with_padded_clearing_code():
    text = ("1210000000000ｻｸﾗｼﾞﾝｻﾞｲ(ｶ                        10150005ﾐﾂﾋﾞｼﾕｰｴﾌｼﾞｪｲ 251ｳﾒﾀﾞ          10038814\n"
            "20005ﾐﾂﾋﾞｼﾕｰｴﾌｼﾞｪｲ 318ﾓﾘｸﾞﾁ          0000  14810372ﾅｶﾉ ﾁｻﾄ                       0000184220\n"
            "8000001000000184220\n9\n")
    assert found(text, "JP_BANK_ACCOUNT") == ["0038814", "4810372"]
    assert "ﾅｶﾉ ﾁｻﾄ" in found(text, "PERSON")


def test_double_checker_label():
    assert found("※ 件数 4 / 合計 50,726,000 円  ※ 二重チェック: 北村・桑原（11/08 09:40）\n", "PERSON") == ["北村", "桑原"]


def test_header_naming_my_number_or_pension_number_is_a_my_number_column():
    assert classify_header("個人番号／基礎年金番号").pii_type == "JP_MY_NUMBER"
    assert classify_header("個人番号/基礎年金番号").pii_type == "JP_MY_NUMBER"
    assert classify_header("基礎年金番号").pii_type is None


def test_postal_code_cell_run_into_the_address():
    text = ("ｺｰﾄﾞ     ｼﾒｲ                ﾕｳﾋﾞﾝ    ｼﾞｭｳｼｮ\n"
            "0031177  ｱﾗｶｷ ﾕｷ           983-0852 ｾﾝﾀﾞｲｼ ﾐﾔｷﾞﾉｸ ﾂﾂｼﾞｶﾞｵｶ 2-4-11\n"
            "0031260  ﾓﾁﾂﾞｷ ﾒｸﾞﾐ       980-0021 ｾﾝﾀﾞｲｼ ｱｵﾊﾞｸ ﾁｭｳｵｳ 4-9-2\n")
    assert found(text, "POSTAL_CODE") == ["983-0852", "980-0021"]


def test_ocr_misread_digits_of_dates_and_postal_codes_are_fixed_in_place():
    for raw, fixed in (("生年月日 S47. ll. 3O (5l歳)", "生年月日 S47. 11. 30 (5l歳)"),
                       ("氏 名 井上 翔太 (H7.6.l4 生)", "氏 名 井上 翔太 (H7.6.14 生)"),
                       ("生年月日 2OO1年l2月5日", "生年月日 2001年12月5日"),
                       ("〒 8l2-OO11 福岡市", "〒 812-0011 福岡市")):
        n = normalize(raw)
        assert n.text.replace(" ", "") == fixed.replace(" ", "")
    # letters that are letters stay: a version string, a code of letters only, a date with no real digit
    for raw in ("version v2.l.O released", "code lOl-OOOl here", "IO.IO.2O x"):
        assert normalize(raw).text == raw


def test_ocr_misread_birth_date_is_found_at_its_original_offsets():
    text = "患者氏名 大野 由紀子      生年月日 S47. ll. 3O  (5l歳)\n"
    assert found(text, "DATE_OF_BIRTH") == ["S47. ll. 3O"]
    assert found("(H7.6.l4 生)\n事故証明", "DATE_OF_BIRTH") == ["H7.6.l4"]


def test_support_centre_roles_name_latin_people():
    assert found("Evaluator: Cecilia Ramos\n", "PERSON") == ["Cecilia Ramos"]
    assert found("- Note redacted by Dexter Lim (Tier-2 admin) at 11:58\n", "PERSON") == ["Dexter Lim"]
    assert "Thanawat Wongsakul" in found("(requested by Thanawat Wongsakul, approved by Siriporn Chaiyaphum)\n", "PERSON")
    assert found("Signed: M. C. Ramos / 2024-05-10\n", "PERSON") == ["M. C. Ramos"]
    assert found("Escalated by: Tier 2 Support\n", "PERSON") == []


def test_filipino_names_with_ma_and_a_particle_surname():
    assert found("Evaluator: Ma. Cecilia Ramos (\"Ces\")\n", "PERSON")[:1] == ["Ma. Cecilia Ramos"]
    assert found("Agent: Dela Cruz, Maria Kristine\n", "PERSON") == ["Dela Cruz, Maria Kristine"]
    assert found("DE LEON, JOSE RIZAL\n", "PERSON") == ["DE LEON, JOSE RIZAL"]
    assert found("Pasig City, Metro Manila\n", "PERSON") == []


def test_japanese_role_before_a_latin_name_but_not_before_a_way_of_working():
    assert found("2025/06/02 電話にて本人確認済（通訳 Dilani Perera）\n", "PERSON") == ["Dilani Perera"]
    assert found("対応：Remote Work\n勤務：Hybrid Shift\n", "PERSON") == []


def test_capitals_name_before_birth_date_or_passport_on_its_line():
    text = ("The following guests are Korean nationals.\n\n"
            "1. CHOI DONGHYUN   DOB 14 MAR 1979   Passport No. M31840627\n"
            "2. YOON SANGHO     DOB 21 JAN 1966   Passport No. M57123904\n")
    assert found(text, "PERSON") == ["CHOI DONGHYUN", "YOON SANGHO"]
    assert found("SURNAME GIVEN    DOB         PASSPORT NO\nROOM TYPE   DOB\n", "PERSON") == []


def test_passport_romanisation_and_chinese_name_columns():
    text = ("Rm  | Name (Passport)       | 中文名 | Sex | DOB        | Passport No.\n"
            "RM1 | LIN, CHIA-HUI         | 林佳慧 | F | 1985/03/14 | 352918406\n"
            "RM2 | TSAI HSU, SHU-FEN     | 蔡許淑芬 | F | 1960/01/19 | 318804286\n"
            "RM3 | WONG, Hiu Tung        | 黃曉彤 | F | 1992/12/08 | 366120759\n")
    names = found(text, "PERSON")
    assert {"LIN, CHIA-HUI", "TSAI HSU, SHU-FEN", "WONG, Hiu Tung", "林佳慧", "蔡許淑芬", "黃曉彤"} <= set(names)


def test_a_note_in_brackets_after_a_header_keeps_its_label():
    assert classify_header("遺失者（判明分）").pii_type == "PERSON"
    assert classify_header("担当（正）").pii_type == "PERSON"
    assert classify_header("品名（規格）").pii_type is None
    assert classify_header("金額（税込）").negative


def test_ocr_misread_block_numbers_and_short_numbers_are_fixed():
    n = normalize("甲 住 所 埼玉県川口市栄町2-ll-4 サンハイツ川口6O8")
    assert n.text.endswith("栄町2-11-4 サンハイツ川口608")
    for raw in ("ISO 9OOl 認証", "CO2 H2O O2 濃度", "Il 1 here"):
        assert normalize(raw).text == raw
    text = "住所 〒277-OOO5 千葉県柏市柏4-8-l5 柏ハイツ3O2\n"
    assert found(text, "ADDRESS") == ["千葉県柏市柏4-8-l5 柏ハイツ3O2"]


def test_passport_number_in_a_box_drawn_form_cell():
    assert found("│旅券番号        │C4815527                    │\n", "JP_PASSPORT") == ["C4815527"]
    assert found("| Passport | 2024-10-01 | issued |\n", "JP_PASSPORT") == []


def test_rehab_diagnosis_label_and_a_date_field_after_the_value():
    text = "氏名：中島 光男\n算定病名：右中大脳動脈領域脳梗塞　発症日：2024/10/12\n"
    assert found(text, "SPECIAL_CARE") == ["右中大脳動脈領域脳梗塞"]


def test_customs_declaration_parties():
    assert found("Shipper name       : WHITMORE, DANIEL JAMES\n", "PERSON") == ["WHITMORE, DANIEL JAMES"]
    assert found("Shipper: Sakura Logistics Co.\n", "PERSON") == []


def test_two_column_box_form_rows_name_their_values():
    text = ("┌────────────────┬────────────────────────────┐\n"
            "│氏名（ローマ字）│NGUYEN THI HOA                    │\n"
            "│氏名（カナ）    │グエン ティ ホア                    │\n"
            "│犬の名前        │こたろう                          │\n"
            "└────────────────┴────────────────────────────┘\n")
    assert found(text, "PERSON") == ["NGUYEN THI HOA", "グエン ティ ホア"]
    assert found("| 項目 | 内容 |\n|---|---|\n| 名前 | 商品名 |\n| お名前 | 記入例 |\n", "PERSON") == []


def test_short_bank_name_after_a_sentence_end():
    text = "画像見ました。りそな 西宮 普通 1003847 ですね。\n"
    assert found(text, "JP_BANK_ACCOUNT") == ["りそな 西宮 普通 1003847"]


def test_era_year_with_its_western_year_in_brackets_before_nen():
    assert found("生年月日：昭和58（1983）年2月17日\n", "DATE_OF_BIRTH") == ["昭和58（1983）年2月17日"]
    assert found("生年月日：S58（1983）年2月17日\n", "DATE_OF_BIRTH") == ["S58（1983）年2月17日"]


def test_dicom_caret_names_in_a_log():
    text = ('2024-08-21 10:02:11 modality=PX pid=P0013402 name="SUMI^KENTA" dob=19910819 sex=M\n'
            '2024-08-21 10:09:40 modality=IO pid=P0015009 name="OHNO^YUKARI" dob=19790725 tooth=36\n')
    assert found(text, "PERSON") == ["SUMI^KENTA", "OHNO^YUKARI"]


def test_clinic_staff_after_a_latin_role_abbreviation():
    assert found("訪問スケジュール　Dr 伊藤 真理子 / DH 水野　車両V-03\n", "PERSON") == ["伊藤 真理子", "水野"]
    assert found("担当 Ns 堀江\n", "PERSON") == ["堀江"]
    assert found("CM 出演の件、OT 申請、ST 検査\n", "PERSON") == []


def test_a_code_label_beside_a_birth_label_splits_into_two_columns():
    text = ("PTNO  KANA                KANJI           SX BIRTH    TEL\n"
            "20114 ｻｶｲ ﾏｻｵ            酒井 正雄        1  19420108 0584-78-2201\n"
            "20115 ｻｶｲ ｸﾐｺ            酒井 久美子      2  19490630 0584-78-2201\n")
    assert found(text, "DATE_OF_BIRTH") == ["19420108", "19490630"]
    text = "SEQ  FULL NAME        DOB\n001  JOHN SMITH       1980-01-02\n002  MARY JONES       1975-03-04\n"
    assert found(text, "PERSON") == ["JOHN SMITH", "MARY JONES"]


def test_pipe_table_with_row_numbers_is_no_pandas_printout():
    text = ("No | 学籍番号 | 氏名            | 続柄   | 個人番号               | 提出方法\n"
            "1  | 25A0412  | 中西 美咲       | 本人   | 885827025498           | 郵送(専用封筒)\n"
            "1  | 25A0412  | 中西 隆         | 父     | 6416 7916 8601         | 郵送\n")
    assert found(text, "JP_MY_NUMBER") == ["885827025498", "6416 7916 8601"]
    assert found(text, "JP_DRIVERS_LICENSE") == []


def test_indonesian_street_address_in_an_xml_element():
    text = ("<contact>\n  <phone>+62 812 1130 1184</phone>\n"
            "  <address>Jl. Margonda Raya No. 114, Beji, Depok, Jawa Barat 16424</address>\n</contact>\n")
    assert found(text, "ADDRESS") == ["Jl. Margonda Raya No. 114, Beji, Depok, Jawa Barat 16424"]


def test_a_quoted_identifier_said_to_be_an_example():
    assert found("説明会資料の「口座番号 1234567」は記入例です。\n", "JP_BANK_ACCOUNT") == []
    assert found("振込先は「みずほ銀行 渋谷支店 普通 1234567」はい、そうです。\n", "JP_BANK_ACCOUNT") != []
