"""Formats met in session 18: a common word read as a surname and a given name (原則子が), a number's counter read
as a surname (212日継続), a conjunction after a room (MRI室 及び), Zengin records shown in a file viewer's record
column (`D001 |2…`) and headers with a long company code, Japan Post Bank's 記号-番号 pair after 通帳の記号・番号は."""

from __future__ import annotations

from engine_helpers import ENGINE, found


# -- words that read as names ---------------------------------------------------------------------------------------

def test_a_common_word_and_a_counter_are_no_names_but_a_name_in_a_run_stays():
    assert found("育児休業：原則子が1歳まで（保育所に入れない等の場合）\n", "PERSON") == []
    assert found("・MRSA：解除は原則行わない（保菌が続くため）。\n", "PERSON") == []
    assert found("休業災害　　　 ：0件（無災害 212日継続）\n", "PERSON") == []
    assert found("納入場所　県立中央病院 放射線部 MRI室 及び 各病棟\n", "PERSON") == []
    assert found("担当者は東和也さんです。\n", "PERSON") == ["東和也"]
    assert found("担当　山田 及 様\n", "PERSON") == ["山田 及"]


# -- bank accounts ---------------------------------------------------------------------------------------------------

ZENGIN_VIEW = (
    "[全銀協フォーマット プレビュー]  ファイル: SOHFURI_20241025.txt\n"
    "REC  |RAW\n"
    "H    |1210000182236ｶ)ﾏﾙﾐﾂｼﾖｳｼﾞ                            10250179ﾁﾊﾞｷﾞﾝｺｳ      102ﾌﾅﾊﾞｼ          13351207\n"
    "D001 |20005ﾐﾂﾋﾞｼﾕｰｴﾌｼﾞｪｲ  117ﾀｶｼﾏﾀﾞｲﾗ     000010682215ｵｸﾑﾗ ﾋﾛｼ                    00004125000\n"
    "D002 |20001ﾐｽﾞﾎ           080ﾔｴｽｸﾞﾁ      000012407716ｶ)ﾄｳﾖｳﾊﾟｯｸｻﾌﾟﾗｲ              00010330000\n"
    "T    |8000002000014455000\n"
)


def test_zengin_records_in_a_viewers_record_column():
    assert found(ZENGIN_VIEW, "JP_BANK_ACCOUNT") == ["3351207", "0682215", "2407716"]
    assert found(ZENGIN_VIEW, "PERSON") == ["ｵｸﾑﾗ ﾋﾛｼ"]


def test_a_zengin_header_with_a_twelve_digit_company_code():
    text = ("1210000004127839ｶ)ｵｰｼｬﾝﾌｰｽﾞ                             02250005ﾐﾂﾋﾞｼUFJ       231ｺﾞﾀﾝﾀﾞ         10318842\n"
            "20009ﾐﾂｲｽﾐﾄﾓ       652ｼﾝｼﾞｭｸﾆｼｸﾞﾁ    000012274081ﾀﾁﾊﾞﾅ ｼﾝｺﾞ                    00003981200\n"
            "8000001000003981200\n9\n")
    assert found(text, "JP_BANK_ACCOUNT") == ["0318842", "2274081"]


def test_japan_post_banks_pair_after_its_passbook_label():
    assert found("（通帳の記号・番号は 10180-57382041 です。念のため両方）\n", "JP_BANK_ACCOUNT") == ["10180-57382041"]
    row = "K24-1002,シルバ レナト,0,ゆうちょ,128,普通,0877412,記号番号 12860-08774121 から変換\n"
    assert found(row, "JP_BANK_ACCOUNT") == ["0877412", "12860-08774121"]
    # the same shape after a health card's 記号番号 is that card's
    assert found("保険証の記号番号 12860-08774125 です\n", "JP_BANK_ACCOUNT") == []


def test_a_national_health_insurance_symbol_of_a_place_and_a_kana_in_a_symbol_column():
    text = ("患者コード,氏名,生年月日,保険者番号,記号,番号,主病名\n"
            "00037,柳田 さゆり,H02.03.04,01130012,東京あ,41722,気管支喘息\n"
            "00052,鶴田 キヨ,T15.01.20,138149,川口い,0712935,骨粗鬆症\n"
            "00115,石黒 大和,R03.09.12,06139916,5520,1033,アトピー性皮膚炎\n")
    assert found(text, "JP_HEALTH_INSURANCE") == ["東京あ", "41722", "川口い", "0712935", "5520", "1033"]


# -- passports -------------------------------------------------------------------------------------------------------

def test_another_countrys_passport_after_short_words_an_arrow_a_number_word_or_the_issuing_country():
    assert found("and yung passport no. ko P4812273B kasi nag renew ako\n", "JP_PASSPORT") == ["P4812273B"]
    assert found("my passport was renewed, new number X7802261\n", "JP_PASSPORT") == ["X7802261"]
    assert found("오세진 씨는 여권 새로 발급받아서 번호 바뀌었어요 → M22906471\n", "JP_PASSPORT") == ["M22906471"]
    assert found("旅券：USA A31855027　カルテID 0082-7741\n", "JP_PASSPORT") == ["A31855027"]
    assert found("旅券 ネパール 10893427\n", "JP_PASSPORT") == ["10893427"]
    assert found("旅券 Pasaporte N° 10583372（有効期限 2028/05/19）\n", "JP_PASSPORT") == ["10583372"]
    # a fee and a receipt number after the label are no passport's number; digits alone need a country or No.
    assert found("パスポート更新の手数料は 16000 円、受付番号 12345678 です\n", "JP_PASSPORT") == []


def test_a_licence_named_in_a_foreign_residents_language():
    assert found("Habilitação japonesa: sim   nº 492301187420\n", "JP_DRIVERS_LICENSE") == ["492301187420"]
    assert found("운전면허 번호: 302107743318\n", "JP_DRIVERS_LICENSE") == ["302107743318"]


def test_a_fixed_width_date_of_birth_column_whose_dates_hold_spaces():
    text = ("NAME            DATE OF BIRTH   SEX\n"
            "KATO HIDEAKI    03 SEP 1971     M\n"
            "NISHI YUTO      26 FEB 1992     M\n")
    assert found(text, "DATE_OF_BIRTH") == ["03 SEP 1971", "26 FEB 1992"]


def test_health_insurance_cards_in_a_combined_column_a_romanised_sql_table_and_a_hyphenated_label():
    text = ("【退職者 保険証（資格確認書）回収状況】\n\n"
            "No  氏名            記号-番号-枝番       回収  備考\n"
            "--  --------------  -------------------  ----  ------\n"
            "1   中野 敦子        4102-3121-00        済   本人分\n"
            "2   青木 蓮          4102-2877-00        未   任意継続を希望\n")
    assert found(text, "JP_HEALTH_INSURANCE") == ["4102-3121-00", "4102-2877-00"]
    text = ("-- Table structure for table `hihokensha`\nCREATE TABLE `hihokensha` (\n  `id` int NOT NULL,\n"
            "  `kigo` varchar(8) NOT NULL,\n  `bango` varchar(8) NOT NULL,\n  `shimei` varchar(40) NOT NULL\n);\n"
            "INSERT INTO `hihokensha` VALUES\n(20411,'4102','3120','三浦 ひかり'),\n(20412,'4103','15','中野 敦子');\n")
    assert found(text, "JP_HEALTH_INSURANCE") == ["4102", "3120", "4103", "15"]
    assert found("  健保 記号-番号 : 4102-1377\n", "JP_HEALTH_INSURANCE") == ["4102-1377"]
    assert found("後期高齢者医療被保険者証\n　被保険者番号　0412 7785\n", "JP_HEALTH_INSURANCE") == ["0412 7785"]


def test_an_account_whose_note_in_brackets_holds_a_counters_character():
    assert found("みずほ銀行 渋谷支店 普通 5528190（個人口座）\n", "JP_BANK_ACCOUNT") == ["みずほ銀行 渋谷支店 普通 5528190"]
    assert found("在庫 1234567（個）\n", "JP_BANK_ACCOUNT") == []


def test_an_account_in_an_xml_elements_attributes_and_read_out_in_half_width_kana():
    text = ('<Payee bankCode="0116" branchCode="215" branchName="旭川中央" type="1" number="3312087" holder="ｸﾄﾞｳ ﾉﾘｺ" />\n')
    assert found(text, "JP_BANK_ACCOUNT") == ["3312087"]
    assert found('{"item": "pen", "number": "3312087"}\n', "JP_BANK_ACCOUNT") == []
    text = "ﾌﾘｺﾐｻｷ: ｱｵﾓﾘ ｷﾞﾝｺｳ ﾊﾁﾉﾍ ｼﾃﾝ ﾌﾂｳ 0528716\nﾒｲｷﾞ  : ﾀﾑﾗ ｻｷ\n"
    assert found(text, "JP_BANK_ACCOUNT") == ["ｱｵﾓﾘ ｷﾞﾝｺｳ ﾊﾁﾉﾍ ｼﾃﾝ ﾌﾂｳ 0528716"]


def test_an_address_abroad_in_an_address_cell():
    text = ("date,room,name,nationality,passport,address\n"
            '2025-08-17,0702,PARK JI-HOON,韓国,M58213097,"Seoul, Mapo-gu, Yanghwa-ro 45, 1203-ho"\n'
            '2025-08-17,0703,NGUYEN THI LAN,ベトナム,C2948173,"27 Lê Đình Lý, Thạc Gián, Thanh Khê, Đà Nẵng"\n')
    assert found(text, "ADDRESS") == ["Seoul, Mapo-gu, Yanghwa-ro 45, 1203-ho", "27 Lê Đình Lý, Thạc Gián, Thanh Khê, Đà Nẵng"]
    assert found(text, "PERSON") == ["PARK JI-HOON", "NGUYEN THI LAN"]
    text = "<AddressInDestination>105 Vo Nguyen Giap, Khue My, Ngu Hanh Son, Da Nang</AddressInDestination>\n"
    assert found(text, "ADDRESS") == ["105 Vo Nguyen Giap, Khue My, Ngu Hanh Son, Da Nang"]
    # places without a number are no one's address
    assert found("name,address\nKim,\"Tokyo, Osaka, Kyoto\"\n", "ADDRESS") == []


# -- birth dates -----------------------------------------------------------------------------------------------------

def test_birth_dates_read_out_on_a_call_in_korean_and_as_an_airlines_ddmmmyy():
    text = "ご本人確認のため生年月日をお願いいたします。\n顧客: 昭和63年の、えー、2月29日。\n"
    assert found(text, "DATE_OF_BIRTH") == ["昭和63年の、えー、2月29日"]
    assert found("OP: 生年月日もお願いできますか。\nCU: えっと、平成4年の11月9日です。\n", "DATE_OF_BIRTH") == ["平成4年の11月9日"]
    assert found(" - 생년월일: 1992년 8월 19일\n", "DATE_OF_BIRTH") == ["1992년 8월 19일"]
    assert found("  Passport TK4821093 / JPN / DOB 02JAN90 / M / exp 14AUG29\n", "DATE_OF_BIRTH") == ["02JAN90"]
    assert found("契約日 2024年の4月1日\n", "DATE_OF_BIRTH") == []


def test_a_date_answering_the_turn_that_asked_for_the_birth_date():
    text = ("13:04 STAFF : ご本人確認のため生年月日とご登録の電話番号をお願いします\n"
            "13:05 USER : 1990年3月4日、080-3364-1127 です\n")
    assert found(text, "DATE_OF_BIRTH") == ["1990年3月4日"]
    # the answer names another day: a booking's date is no birth date
    assert found("OP: 生年月日をお願いします\nCU: ご予約は2024年5月1日です\n", "DATE_OF_BIRTH") == []


def test_an_airline_manuals_input_example_is_no_ones_passport():
    text = "【入力例】（実在しない値）\n　SSR DOCS HZ HK1 P/JPN/XX0000000/JPN/01JAN00/M/01JAN30/NIHON/TARO\n"
    assert ENGINE.analyze(text) == []


def test_a_surname_with_a_katakana_tsu_in_a_name_column():
    text = ('"日付","区分","氏名","車両"\n"2025/10/03","乗務前","三ツ木 春香","川越 400 さ 7-77"\n'
            '"2025/10/03","乗務前","仁科 圭","川越 400 さ 7-78"\n')
    assert found(text, "PERSON") == ["三ツ木 春香", "仁科 圭"]


def test_birth_dates_of_a_family_list_after_a_slash_and_in_a_forms_xml_with_an_era_code():
    text = ("扶養控除等申告書\n  (1) 宇佐美 葵（ウサミ アオイ） 長女 / H30.6.21 / 個人番号 346369939304\n"
            "  (2) 宇佐美 蒼空（ウサミ ソラ） 長男 / R3.1.9 / 個人番号 992974593338\n")
    assert found(text, "DATE_OF_BIRTH") == ["H30.6.21", "R3.1.9"]
    assert found('<被保険者><氏名>岸本 玲奈</氏名>\n<生年月日 gengo="7">090812</生年月日></被保険者>\n',
                 "DATE_OF_BIRTH") == ["090812"]
    assert found('<生年月日 元号="5">540914</生年月日>\n', "DATE_OF_BIRTH") == ["540914"]


def test_a_holders_name_in_a_personal_documents_file_name():
    text = ("DOC-25-01187,運転免許証,K250401,20250401_K250401_濱崎涼_運転免許証_表.pdf,451908122592\n"
            "DOC-25-01192,運転免許証,K250405,20250401_K250405_笹原直樹_運転免許証_表.pdf,441093861471\n")
    assert found(text, "PERSON") == ["濱崎涼", "笹原直樹"]
    assert found("添付: 見積書_山田製作所_2024.pdf, 議事録_営業会議_0401.docx, 履歴書_テンプレート_営業部.docx\n",
                 "PERSON") == []


def test_a_postal_code_before_an_address_read_out_in_half_width_kana():
    text = "001387ﾈﾓﾄ ｼｭｳｲﾁ           S47/12/03 H07/04/01 270-2261 ﾁﾊﾞｹﾝ ﾏﾂﾄﾞｼ ﾄｷﾜﾀﾞｲﾗ 3-21-5-402\n"
    assert found(text, "POSTAL_CODE") == ["270-2261"]


# -- stand-ins, places and specifications ----------------------------------------------------------------------------

def test_a_forms_reading_hints_places_named_after_people_and_a_layouts_field_lengths():
    assert found("　名義：セイ　メイ（全角カナ、姓と名の間に全角スペース）\n", "PERSON") == []
    assert found("　フリガナ：マルマル マルマル\n", "PERSON") == []
    text = "CGK,WIII,スカルノ・ハッタ国際空港,ジャカルタ,ID\nDEL,VIDP,インディラ・ガンディー国際空港,デリー,IN\n"
    assert found(text, "PERSON") == []
    text = "項番 項目 桁数 属性\n　02　記号　　　　　　　 8　　 文字　　 全角可、左詰め\n　03　番号　　　　　　　 8　　 文字\n"
    assert found(text, "JP_HEALTH_INSURANCE") == []
    assert found("保険証 記号 8 番号 12\n", "JP_HEALTH_INSURANCE") == ["8", "12"]


def test_an_input_examples_date_and_a_cast_lists_birthdays_are_no_ones():
    text = "（生年月日をチャットに書かないでください）\nQ5. 入力例に「1980年1月1日」とありますが、この形式でよいですか。\n"
    assert found(text, "DATE_OF_BIRTH") == []
    text = ("TVアニメ「つゆだく！麺戦記」エピソードガイド\n【主要キャラクター】\n"
            "天城リク（あまぎ りく）……主人公。16歳。誕生日：7月18日、身長158cm。\n"
            "【エピソード】\n第1話「天城庵、閉店の危機」（7/4放送）\n第2話「かえしは眠らせろ」（7/11放送）\n")
    assert found(text, "DATE_OF_BIRTH") == []


def test_a_signatures_name_without_its_seal_and_a_speakers_surname_without_the_title():
    assert found("上記の状態を確認しました。\n借主署名　斉藤勇気　　　管理会社　東和管理\n", "PERSON") == ["斉藤勇気"]
    assert found("上記のとおり届け出ます。　　　本人署名　柏木 亮　印\n", "PERSON") == ["柏木 亮"]
    assert found("電子署名 有効\n", "PERSON") == []
    assert found("[09:30] 大野 亮: はい\n[09:31] 横山 部長: 入院の件は\n", "PERSON") == ["大野 亮", "横山"]


def test_the_head_of_a_chinese_companys_name_is_no_name():
    assert found("当社は2019年より上海恒达精密机械有限公司から精密シャフトを継続購入\n", "PERSON") == []
    assert found("role: Sales Director, 上海鴻発貿易有限公司\n", "PERSON") == []


def test_a_german_hr_tables_columns():
    text = ("INSERT INTO `mitarbeiter` (`id`,`nachname`,`vorname`,`geburtsdatum`,`anschrift`,`iban`,`telefon`) VALUES\n"
            "(20417,'Kraemer','Sabine','1979-05-17','Am Hochfeld 23, 41464 Neuss','DE27300500002560722377','02102 938 114'),\n"
            "(20588,'Brandt','Lukas','1993-02-26','Schirmerstraße 9, 40211 Düsseldorf','DE77300500005512387439',"
            "'+49 151 2345 6789');\n")
    assert found(text, "DATE_OF_BIRTH") == ["1979-05-17", "1993-02-26"]
    assert found(text, "ADDRESS") == ["Am Hochfeld 23, 41464 Neuss", "Schirmerstraße 9, 40211 Düsseldorf"]
    assert found(text, "JP_BANK_ACCOUNT") == ["DE27300500002560722377", "DE77300500005512387439"]
    assert found(text, "PHONE_NUMBER") == ["02102 938 114", "+49 151 2345 6789"]
    assert "Sabine" in found(text, "PERSON") and "Lukas" in found(text, "PERSON")


def test_a_surname_after_a_department_before_a_date_or_a_label_and_a_phone_trees_surnames():
    assert found("（受付）介護保険課 柴田　R7.8.4\n", "PERSON") == ["柴田"]
    assert found("回答者：川口市 市民税課 増田　電話 048-258-1110\n", "PERSON") == ["増田"]
    assert found("（11/21 学生課 中野 聴取）\n", "PERSON") == ["中野"]
    text = "　├─①石井（042-447-8812）→ 上野（080-6621-0937）→ 遠藤（042‐461‐2259）\n"
    assert found(text, "PERSON") == ["石井", "上野", "遠藤"]
    assert found("本社（03-1234-5678）、大阪支店（06-1234-5678）、代表（03-1234-5679）\n", "PERSON") == []


def test_more_birth_date_forms_and_the_days_that_are_not_births():
    assert found("顧客　平成の2年、3月4日生まれです。\n", "DATE_OF_BIRTH") == ["平成の2年、3月4日"]
    assert found("Herr Shunsuke Okabe, geb. 12.06.1985 in Osaka/Japan\n", "DATE_OF_BIRTH") == ["12.06.1985"]
    assert found("生年月日 S430915\n", "DATE_OF_BIRTH") == ["S430915"]
    assert found("品番 H080419 生産\n", "DATE_OF_BIRTH") == []
    text = "　　生　【出生日】昭和８年５月３日　【出生地】静岡県浜名郡\n　　婚　姻　【婚姻日】昭和３４年３月１５日\n"
    assert found(text, "DATE_OF_BIRTH") == ["昭和８年５月３日"]
    text = "　生年月日　1987年9月3日\n　個人番号　825828869433\n　令和7年1月1日現在の住所　埼玉県川口市\n"
    assert found(text, "DATE_OF_BIRTH") == ["1987年9月3日"]
    text = "OP　生年月日をお願いいたします。\n顧客　平成の2年、3月4日生まれです。\nOP　平成2年3月4日、ありがとうございます。\n"
    assert found(text, "DATE_OF_BIRTH") == ["平成の2年、3月4日", "平成2年3月4日"]
    text = "生年月日　平成18年1月30日　続柄 子\n住民となった年月日　平成18年1月30日\n"
    assert found(text, "DATE_OF_BIRTH") == ["平成18年1月30日"]


# -- numbers read out on a call --------------------------------------------------------------------------------------

def test_phone_and_card_numbers_read_out_on_a_call():
    text = "OP: ご登録のお電話番号をお願いできますでしょうか。\n客: えっと、ゼロキューゼロの4178の3326です。\n"
    assert found(text, "PHONE_NUMBER") == ["ゼロキューゼロの4178の3326"]
    assert found("客：携帯のほうがいいです。ゼロハチゼロ、6621、7409。\n", "PHONE_NUMBER") == ["ゼロハチゼロ、6621、7409"]
    assert found("OP: カード番号をどうぞ。\n客: 4983の5478の3897の5046。\n", "CREDIT_CARD") == ["4983の5478の3897の5046"]
    # without a question for the number, or with an invalid check digit, no one's number
    assert found("客: ゼロキューゼロの4178の3326です。\n", "PHONE_NUMBER") == []
    assert found("OP: カード番号をどうぞ。\n客: 4983の5478の3897の5047。\n", "CREDIT_CARD") == []


def test_a_name_in_quotes_after_its_label_and_the_next_fields_label_cut_off():
    assert found("[ギフト:]のし 内祝 名入れ「川端」 / [配送日時指定:]6月15日\n", "PERSON") == ["川端"]
    assert found("のし（御歳暮・名入れ：宇佐美）\n", "PERSON") == ["宇佐美"]
    assert found("名入れ「山田商店」\n", "PERSON") == []
    assert found("担当：杉浦　二次確認：乾\n", "PERSON")[0] == "杉浦"
    assert found("  妻 長谷川 トミ子：全額 → 振込\n", "PERSON") == ["長谷川 トミ子"]


def test_an_account_whose_type_and_number_stand_under_the_bank_and_branch_line():
    text = "  お振込先　埼玉りそな銀行　川口支店\n            当座　０３８１５２７\n            口座名義　カ）リバーサイド\n"
    assert found(text, "JP_BANK_ACCOUNT") == ["埼玉りそな銀行　川口支店\n            当座　０３８１５２７"]


def test_a_romanised_sql_table_of_a_national_health_insurance_database():
    text = ("-- Host: kokuho-db02.internal    Database: kokuho_prod\n"
            "INSERT INTO `t_shikaku` (`setai_no`,`kigo`,`bango`,`shimei`,`seinengappi`) VALUES\n"
            "(30211456,'小山01','18834','渡部 拓海','1991-10-27'),\n(30213090,'小山02','4407','安藤 勝利','1962-06-02');\n")
    assert found(text, "JP_HEALTH_INSURANCE") == ["小山01", "18834", "小山02", "4407"]


def test_birth_dates_wrapped_spaced_or_in_the_next_field_after_a_name():
    assert found("あなたの生年月日　平成８年\n２月２８日\nあなたの個人番号\n", "DATE_OF_BIRTH") == ["平成８年\n２月２８日"]
    assert found("生年月日 1981 年（昭和 56 年） 8 月 24 日\n", "DATE_OF_BIRTH") == ["1981 年（昭和 56 年） 8 月 24 日"]
    assert found("  Date of Birth .......... 03 / 17 / 1991 (MM/DD/YYYY)\n", "DATE_OF_BIRTH") == ["03 / 17 / 1991"]
    assert found("OKADA YUKA　女　1981-07-02　护照 TS0772463（配偶 spouse）\n", "DATE_OF_BIRTH") == ["1981-07-02"]
    assert found("担当 山田 太郎　2024/04/01 入社\n", "DATE_OF_BIRTH") == []


def test_version_numbers_after_fixed_in_a_library_or_firmware_are_no_addresses():
    assert found("stricter keep-alive (fixed in 10.2.9.4).\n", "IP_ADDRESS") == []
    assert found("・ライブラリ更新：OpenSSL 3.0.15、Electron 32.2.5.0\n", "IP_ADDRESS") == []
    assert found("ADV C3826F       2RB09187          ファーム 91.12.0.1    ―\n", "IP_ADDRESS") == []
    assert found("login from 10.4.2.7 failed\n", "IP_ADDRESS") == ["10.4.2.7"]


def test_prize_winners_after_their_town_a_wrapped_post_bank_account_and_a_deaths_day():
    text = "　青森県弘前市　三上 節子／埼玉県所沢市　島田 健／\n"
    assert found(text, "PERSON") == ["三上 節子", "島田 健"]
    assert found("# 件数: 6名 / 前月比 +1（木村 陸 新規）\n", "PERSON") == ["木村 陸"]
    text = "お振込先：ゆうちょ銀行 〇一八店（ゼロイチハチ店）\n普通 3812405\n口座名義：オザワ ミノル\n"
    assert found(text, "JP_BANK_ACCOUNT") == ["ゆうちょ銀行 〇一八店（ゼロイチハチ店）\n普通 3812405"]


def test_a_name_with_its_title_in_brackets_and_a_trade_name_in_katakana():
    assert found("08:41\tたかこ（店長）\tおはよう☀️ 今日の仕込み\n", "PERSON") == ["たかこ"]
    assert found("飯田(店長)  |  通し  |  通し\n", "PERSON") == ["飯田"]
    assert found("メニュー（店長）おすすめ\n", "PERSON") == []
    assert "デザインオフィス アヤ" not in found("口座名義：ツツミ　アヤカ（デザインオフィス アヤ）\n", "PERSON")


def test_a_particle_after_a_surname_and_an_hl7_specifications_placeholders():
    assert found("担当：看護主任 倉田 由紀（生活相談員 水野 不在時は 倉田 まで）\n", "PERSON") == ["倉田 由紀", "水野", "倉田"]
    text = ("MSH|^~\\&|LIS|HOSP|EMR|HOSP|20241111||ORU^R01|1|P|2.5\n"
            "PID|1||<患者ID>^^^<施設コード>^PI||<カナ姓>^<カナ名>^^^^^L^P~<漢字姓>^<漢字名>^^^^^L^I||YYYYMMDD|<性別>\n")
    assert found(text, "PERSON") == []


def test_a_home_directory_named_after_its_user():
    assert found("sudo: kmori : TTY=pts/2 ; PWD=/home/kaito.mori ; USER=root\n", "PERSON") == ["kaito.mori"]
    assert found(" \\\\fs01\\home$\\ikeda.mariko                  12.4 GB\n", "PERSON") == ["ikeda.mariko"]
    assert found("/home/deploy.bot/app\n \\\\fs01\\home$\\build.server   1 GB\n", "PERSON") == []


def test_a_role_or_a_place_in_a_staff_column_is_no_name():
    text = ("No,氏名,電話,生年月日,来店日,メニュー,担当,備考\n"
            "0001,佐藤 勝利,0258-33-1746,S30.11.02,2025/01/18,カット,店主,\n"
            "0002,伊藤 翔太,090-2207-5843,H8.4.3,2025/01/20,カット,山口,\n")
    got = found(text, "PERSON")
    assert "店主" not in got and "佐藤 勝利" in got and "伊藤 翔太" in got


def test_the_author_of_a_note_named_in_its_heading():
    assert found("--- 情報システム課 対応メモ (片山) 2024-11-30 ---\n", "PERSON") == ["片山"]
    assert found("[開発メモ 城戸]\n- データ2件目\n", "PERSON") == ["城戸"]
    assert found("※ベンダー(須藤)所見: CXF の LoggingFeature が本番で有効\n", "PERSON") == ["須藤"]
    assert found("メモ（重要）: 来週の会議\n所見(異常なし)\n", "PERSON") == []


def test_a_printed_transfer_listing_with_a_clearing_house_column():
    text = ("総合振込 明細（種目 1=普通）\n"
            "1 0017 ｻｲﾀﾏﾘｿﾅ        352 ｲﾙﾏ            0000 1 4418207 ﾎﾘ ﾅｵｷ                      0000218400\n"
            "2 0000 ｷﾞﾝｺｳﾒｲ         000 ｼﾃﾝﾒｲ           0000 1 0000000 ｳｹﾄﾘﾆﾝﾒｲ                 0000000000\n")
    assert found(text, "JP_BANK_ACCOUNT") == ["4418207"]


def test_a_my_number_in_a_field_objects_value_and_a_licence_cell_without_its_printed_frame():
    text = ('{"customer": {\n  "my_number": {\n    "value": "206256160630",\n    "verified_by": "個人番号カード"\n  }\n}}\n')
    assert found(text, "JP_MY_NUMBER") == ["206256160630"]
    text = "氏名,運転免許証番号\n山田 太郎,第559134022100号\n佐藤 花子,第460311189005号\n"
    assert found(text, "JP_DRIVERS_LICENSE") == ["559134022100", "460311189005"]


def test_a_role_or_a_facility_after_a_surname_and_a_hiragana_word_head_are_no_names():
    assert found("　・森委員より、ケース重量表示が\n", "PERSON") == ["森"]
    assert found("加工場 森工場より直送\n", "PERSON") == []
    assert found("・D-0561 荒木　けん引は社内運行で未使用。\n", "PERSON") == ["荒木"] or \
        found("・D-0561 荒木　けん引は社内運行で未使用。\n", "PERSON") == []
    assert found("受付 宮坂 きみ子（匿名希望）\n", "PERSON") == ["宮坂 きみ子"]
    text = "F24-1007-01　野口 達也　　　　平成８年２月１１日　　　３１h　　R6.10.11\n"
    assert found(text, "DATE_OF_BIRTH") == ["平成８年２月１１日"]


def test_an_operators_role_code_before_a_surname():
    text = "[2024-05-20 10:03:02] OP_Yamane: この度はご愁傷様でございます。\n[2024-05-20 10:03:40] 顧客: はい\n"
    assert found(text, "PERSON") == ["Yamane"]
    assert found("ERROR_Code: 5\nOP_Start: 10\n", "PERSON") == []


def test_a_name_in_chinese_characters_after_its_field_label():
    assert found("[2] 氏名 PIAO XIUYING　漢字併記 朴 秀英\n", "PERSON") == ["PIAO XIUYING", "朴 秀英"]
    assert found("1.3 中文姓名 Chinese name\n冈田 春树\n", "PERSON") == ["冈田 春树"]
    assert "李 俊豪" in found("　漢字表記 / Name in Chinese characters：李 俊豪\n", "PERSON")
    assert found("Contact person: Sales Dept.\n", "PERSON") == []


def test_a_chinese_name_before_its_romanisation_in_capitals():
    text = "1. 刘晓晴 LIU XIAOQING 护照 EH6628173 出生 1989.05.12\n2. 赵明 ZHAO MING 护照 EH6628174\n"
    assert found(text, "PERSON") == ["刘晓晴", "LIU XIAOQING", "赵明", "ZHAO MING"]


def test_ocr_misreadings_s_for_5_and_b_for_8_inside_a_number_with_other_misreadings():
    assert found("携帯電話 O8O-4l27-S9O3\n", "PHONE_NUMBER") == ["O8O-4l27-S9O3"]
    assert found("振込先  八十二銀行 吉田支店 普通 O4l2B5S\n", "JP_BANK_ACCOUNT") == ["八十二銀行 吉田支店 普通 O4l2B5S"]
    from classifiers.normalize import normalize
    for code in ("型番 SB-2048 在庫 12345", "B1F 12345 S2", "ロット AB1OO2S", "ver 2.1O.S"):
        assert normalize(code).text == code


def test_a_spreadsheet_saved_as_csv_with_two_title_rows_above_its_header():
    text = ("社員名簿（2024年10月1日現在）,,,,,,\n株式会社ミナトテック　総務部作成　※社外秘,,,,,,\n"
            "社員番号,氏名,フリガナ,性別,生年月日(西暦),入社日,電話番号（携帯）\n"
            "10023,佐々木 亮介,ササキ リョウスケ,1,1978/04/12,2001/04/01,090-3172-5584\n"
            "10031,北原 しおり,キタハラ シオリ,2,1983/11/30,2006/04/01,080-4419-2061\n")
    assert found(text, "DATE_OF_BIRTH") == ["1978/04/12", "1983/11/30"]
    # a data dictionary's rows are no table of people
    text = ("学籍簿CSV 項目定義書 v2.3\nNo,項目名,型,桁,必須,備考\n1,学籍番号,文字,8,○,連番\n2,氏名,文字,40,○,全角\n"
            "3,氏名カナ,文字,40,○,全角カタカナ\n4,性別,文字,1,○,M/F/X\n")
    assert found(text, "PERSON") == []


def test_our_sides_attendees_and_the_people_a_headcount_names():
    assert found("当方：松永、石井（SE同行）\n", "PERSON") == ["松永", "石井"]
    assert found("設備 ㈱タカセ設備 2名（高瀬、仲宗根）\n交通誘導 2名\n", "PERSON") == ["高瀬", "仲宗根"]
    assert found("応募 3名（男性、女性）\n", "PERSON") == []


def test_a_direct_debit_file_whose_records_leave_the_type_out():
    text = ("1910000123456ｶ)ﾊﾏﾏﾂｶｲｺﾞ                               04300138ｼｽﾞｵｶｷﾞﾝｺｳ     021ﾊﾏﾏﾂ          11234567\n"
            "20138ｼｽﾞｵｶｷﾞﾝｺｳ     021ﾊﾏﾏﾂ          00001047736ﾔﾏｸﾞﾁ ﾀｹｵ                    00000254800\n"
            "29900ﾕｳﾁﾖｷﾞﾝｺｳ      248             00003318027ｵｵﾀ ｶｽﾞｴ                     00000442000\n")
    assert found(text, "JP_BANK_ACCOUNT")[-2:] == ["1047736", "3318027"]


def test_an_accounts_number_element_beside_its_bank_element_and_an_english_word_after_a_card_label():
    text = ('<Transfer seq="1">\n    <Bank code="9900" name="ゆうちょ銀行"/><Branch code="018" name="〇一八"/>\n'
            '    <Type>普通</Type><Number>3847201</Number>\n    <Amount>336000</Amount>\n  </Transfer>\n')
    assert found(text, "JP_BANK_ACCOUNT") == ["3847201"]
    assert found("<Order><Item>pen</Item><Number>3847201</Number></Order>\n", "JP_BANK_ACCOUNT") == []
    text = "the health insurance card number (記号/番号) should come back from the 健保\n"
    assert found(text, "JP_HEALTH_INSURANCE") == []


def test_ocr_misreadings_in_a_date_written_with_its_units():
    assert found("生年月日   昭和 5B年 l2月 2日     性別 女\n", "DATE_OF_BIRTH") == ["昭和 5B年 l2月 2日"]
    assert found("氏 名   千 葉 大 輔          平成 ll 年 4 月 2 日 生\n", "DATE_OF_BIRTH") == ["平成 ll 年 4 月 2 日"]
    from classifiers.normalize import normalize
    assert normalize("BS 12 年 3 月 5 日").text == "BS 12年3月5日"


def test_ocr_misreadings_in_a_hyphenated_number_whose_groups_are_fixed_one_by_one():
    assert found("新電話番号 (自宅)  O297-4S-2O8l\n", "PHONE_NUMBER") == ["O297-4S-2O8l"]
    assert found("電話番号 (O48)6S3-7l29\n", "PHONE_NUMBER") == ["(O48)6S3-7l29"]
    from classifiers.normalize import normalize
    for code in ("型番 SB-2048", "AB-1S", "postcode SO14 3AB"):
        assert normalize(code).text == code


def test_a_letter_to_an_editor_and_an_account_number_key_beside_bank_keys():
    assert found("Dear Editor,\n\nYour November 29 article was\n", "PERSON") == []
    assert found("Dear Emily Brown,\nThanks\n", "PERSON") == ["Emily Brown"]
    text = '{"bank":{"bank_code":"7171","branch_code":"081","account_no":"072-914538-6"},"cpf":"Y"}\n'
    assert found(text, "JP_BANK_ACCOUNT") == ["072-914538-6"]
    assert found('{"order_id":"A1","account_no":"072-914538-6"}\n', "JP_BANK_ACCOUNT") == []


def test_a_business_cards_romanised_name_under_the_name():
    text = "第二営業部　部長\n\n矢代　圭一郎\nKeiichiro Yashiro\n\n〒105-0014 東京都港区芝2-14-7\n"
    assert found(text, "PERSON") == ["矢代　圭一郎", "Keiichiro Yashiro"]
    assert found("担当\n山田 太郎\nSales Manager\n", "PERSON") == ["山田 太郎"]
    assert found("山田 太郎\nTokyo Office\n", "PERSON") == ["山田 太郎"]
