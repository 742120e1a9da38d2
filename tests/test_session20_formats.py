"""Formats met in session 20: health-insurance cards read out on a call, in a ruled table's cell, under romanised log
keys and in English."""

from __future__ import annotations

from engine_helpers import found


# -- health insurance ------------------------------------------------------------------------------------------------

def test_a_card_read_out_on_a_call():
    text = "Op：お手元に保険証はございますか。\n発信者：はい。記号が…５２１４、番号が３０８です。\n"
    assert found(text, "JP_HEALTH_INSURANCE") == ["５２１４", "３０８"]


def test_a_card_in_a_ruled_tables_cell_with_spaces_around_its_separator():
    text = "公費負担医療の受給者番号 |　　　| 被保険者証・被保険者手帳の記号・番号 | 8103 ・ 1157\n"
    assert found(text, "JP_HEALTH_INSURANCE") == ["8103 ・ 1157"]
    text = "被保険者証 記号／番号 3108 ／ 2207\n被保険者氏名 長尾 美穂\n"
    assert found(text, "JP_HEALTH_INSURANCE") == ["3108 ／ 2207"]
    text = "│被保険者証  記号    │４４７０３１５                            │\n"
    assert found(text, "JP_HEALTH_INSURANCE") == ["４４７０３１５"]


def test_romanised_log_keys_without_a_japanese_insurance_word():
    text = "Mar 3 10:02:11 elig[2201]: op=OP017 type=shikaku kigo=7702 bango=1185 eda=00 birth=19750823 result=OK\n"
    assert found(text, "JP_HEALTH_INSURANCE") == ["7702", "1185", "00"]
    assert found("Mar 3 10:02:11 app[2201]: kigo=ABC status=ok\n", "JP_HEALTH_INSURANCE") == []


def test_an_insured_cards_symbol_and_number_in_english():
    assert found("My own insured card symbol/number is 6120 / 418, Insurer No. 06080215.\n",
                 "JP_HEALTH_INSURANCE") == ["6120 / 418"]
    assert found("Insured card symbol/number (new): 27150066 / 91\n", "JP_HEALTH_INSURANCE") == ["27150066 / 91"]


# -- cards -----------------------------------------------------------------------------------------------------------

def test_a_card_slip_exports_member_number_column_is_the_card():
    text = ("売上日,加盟店番号,端末番号,伝票番号,会員番号,有効期限,承認番号,金額,区分\n"
            "2024/07/08,1234567890123,T001,00421,3572692126129846,2812,551930,6380,一括\n"
            "2024/07/08,1234567890123,T001,00422,4771-29**-****-9673,2705,551931,12980,一括\n"
            "2024/07/08,1234567890123,T001,00423,36369623412985,2609,551932,3190,リボ\n")
    assert found(text, "CREDIT_CARD") == ["3572692126129846", "36369623412985"]


def test_a_shops_member_number_column_stays_unreported():
    text = ("会員番号,氏名,ポイント,有効期限\n3572692126129846,山田 太郎,120,2026/03\n"
            "36369623412985,佐藤 花子,40,2026/05\n")
    assert found(text, "CREDIT_CARD") == []


def test_a_municipal_symbol_in_hiragana_and_a_card_read_out_with_wa():
    text = "新被保険者証（資格確認書）　保険者番号 138057　記号 ふじ12　番号 40217　枝番 01\n"
    assert found(text, "JP_HEALTH_INSURANCE") == ["ふじ12", "40217", "01"]
    assert found("保険証の記号は1234、番号は56です\n", "JP_HEALTH_INSURANCE") == ["1234", "56"]
    assert found("保険証の記号番号は 記号 4301 番号 1187 です\n", "JP_HEALTH_INSURANCE") == ["4301", "1187"]


def test_a_clerks_shorthand_for_the_late_elderly_card():
    assert found("①堀内 善三様 → 資格喪失後受診。後期の番号 41190283 に変わってました\n",
                 "JP_HEALTH_INSURANCE") == ["41190283"]


def test_a_receipt_files_records_without_symbol_and_with_the_patients_birth_date():
    text = ("IR,1,13,1,1312345678,,まつもと内科クリニック,50610,00,0359124471\n"
            "RE,1,1112,50610,オオツキ　チヨコ,2,3220814,,,,,,,00041,,,,,,,,,,,大槻　千代子\n"
            "HO,39131012,,41250718,3,1230,,,,\n")
    assert found(text, "JP_HEALTH_INSURANCE") == ["41250718"]
    assert found(text, "DATE_OF_BIRTH") == ["3220814"]


def test_an_employment_insurance_number_column_is_no_health_card_and_its_era_coded_birth_dates_are():
    text = ("被保険者番号,氏名,フリガナ,性別,生年月日,資格取得年月日\n"
            "5012-734561-2,石田 翔太,イシダ ショウタ,1,4-140630,20250401\n"
            "5012-734562-0,松尾 彩花,マツオ アヤカ,2,3-621027,20250401\n")
    assert found(text, "JP_HEALTH_INSURANCE") == []
    assert found(text, "DATE_OF_BIRTH") == ["4-140630", "3-621027"]


# -- my number, licence ----------------------------------------------------------------------------------------------

def test_a_my_number_in_a_forms_twelve_boxes():
    text = " 氏　名     西 村　隆\n 個人番号   ｜6｜6｜8｜2｜8｜3｜2｜6｜3｜5｜8｜5｜\n"
    assert found(text, "JP_MY_NUMBER") == ["6｜6｜8｜2｜8｜3｜2｜6｜3｜5｜8｜5"]
    assert found(" 個人番号   ｜6｜6｜8｜2｜8｜3｜2｜6｜3｜5｜8｜4｜\n", "JP_MY_NUMBER") == []  # (a wrong check digit)
    assert found("| 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 0 | 1 | 8 |\n", "JP_MY_NUMBER") == []  # (no label)


def test_a_dl_number_column():
    text = ("INSERT INTO hr.employees (emp_no, full_name, birth_date, dl_number) VALUES "
            "('e20611', '原田 啓介', '1984-04-11', '304512098731');\n")
    assert found(text, "JP_DRIVERS_LICENSE") == ["304512098731"]


# -- bank accounts ---------------------------------------------------------------------------------------------------

def test_an_account_read_out_with_no_and_a_shinkin_bank_in_hiragana():
    assert found("顧客：えーと、湘南しんきんの辻堂支店、普通の8812057、オノデラ ナツミ、娘です。\n", "JP_BANK_ACCOUNT") == [
        "湘南しんきんの辻堂支店、普通の8812057"]
    assert found("口座は川口本町支店の普通預金 0652183です。\n", "JP_BANK_ACCOUNT") == ["川口本町支店の普通預金 0652183"]


def test_a_test_rows_zero_account_is_no_account():
    text = "氏名,生年月日,銀行コード,支店コード,預金種目,口座番号\nﾃｽﾄ ﾕｰｻﾞｰ,H1.1.1,9999,999,1,0000000\n山田 太郎,S50.1.1,0005,118,1,0783326\n"
    assert found(text, "JP_BANK_ACCOUNT") == ["0783326"]


# -- addresses and names ---------------------------------------------------------------------------------------------

def test_a_rosters_town_with_hiragana_in_its_name_under_an_address_header():
    text = ("会員番号,班,世帯主氏名,フリガナ,住所,電話番号\nM-0101,1,鈴木 一郎,スズキ イチロウ,松が岡2-3-11,0466-22-1045\n"
            "M-0102,1,松本 和子,マツモト カズコ,松が岡2-3-14,0466-22-8810\n")
    assert found(text, "ADDRESS") == ["松が岡2-3-11", "松が岡2-3-14"]


def test_a_test_users_placeholder_names_and_a_katakana_label_are_no_names():
    text = ("INSERT INTO `customers` (`id`,`last_name`,`first_name`,`last_kana`,`first_kana`) VALUES "
            "(10233,'比嘉','翔太','ヒガ','ショウタ'),(10234,'テスト','ユーザー','テスト','ユーザー');\n")
    assert "ユーザー" not in found(text, "PERSON")
    text = "状態: 処理中   カテゴリー: 給与計算 / 全銀データ作成   マイルストーン: 2024年6月度\n"
    assert found(text, "PERSON") == []
    assert found("作成：ハヤシ\n", "PERSON") == ["ハヤシ"]


# -- special care ----------------------------------------------------------------------------------------------------

def test_each_half_of_a_blood_pressure_reading_in_its_own_column():
    text = ("社員番号,氏名,生年月日,受診日,収縮期血圧,拡張期血圧,総合判定\n"
            "E10231,宮本 沙織,1994/12/20,2024/07/09,112,70,A\nE08817,佐野 龍之介,1972/03/15,2024/07/09,168,104,D\n")
    assert {"112", "70", "168", "104"} <= set(found(text, "SPECIAL_CARE"))


def test_every_item_of_a_numbered_diagnosis_list():
    text = ("患者氏名：大槻 千代子（オオツキ チヨコ）様　女性\n生年月日：昭和22年8月14日（77歳）\n\n"
            "傷病名：1) 慢性心不全の疑い\n　　　　2) 発作性心房細動\n　　　　3) 2型糖尿病\n紹介目的：精査・加療のお願い\n")
    got = found(text, "SPECIAL_CARE")
    assert "発作性心房細動" in got and "2型糖尿病" in got
    assert not any("紹介目的" in g for g in got)


# -- names -----------------------------------------------------------------------------------------------------------

def test_a_gradebook_export_with_item_columns_named_with_colons():
    text = ('"First name","Last name","ID number","Institution","Email address","Quiz: 第1回小テスト (Real)",'
            '"Assignment: レポート課題1 (Real)","Course total (Real)"\n'
            '"拓海","井上","23S0418","北陸学院大学","23s0418@st.example.ac.jp","8.00","72.00","94.50"\n'
            '"結衣","大西","23S0422","北陸学院大学","23s0422@st.example.ac.jp","9.50","80.00","106.50"\n')
    assert found(text, "PERSON") == ["拓海", "井上", "結衣", "大西"]


def test_names_in_their_own_script_and_relatives_columns():
    text = ("| # | Name (passport) | नाम | DOB (AD) | Passport No. | Father's name |\n|---|---|---|---|---|---|\n"
            "| 1 | KC SUJAN | सुजन केसी | 2005-08-27 | PA1182046 | Ram Bahadur KC |\n"
            "| 2 | THAPA ANISHA | अनिशा थापा | 2004-12-03 | PA0977315 | Dil Bahadur Thapa |\n")
    got = found(text, "PERSON")
    assert {"सुजन केसी", "अनिशा थापा", "Ram Bahadur KC", "Dil Bahadur Thapa"} <= set(got)
    assert "उपनाम" not in found("Surname / उपनाम\nSUBRAMANIAM\nGiven Name(s) / दिया गया नाम\nRAJESH\n", "PERSON")


def test_chinese_characters_after_a_romanised_name():
    assert found("1) WANG FANG / 王芳 — Female, DOB 2003.05.06\n", "PERSON") == ["WANG FANG", "王芳"]
    assert "黄子涵" in found("1 | G23-0071 | HUANG ZIHAN（黄子涵） | 中国 | 138214\n", "PERSON")
    assert found("Project Alpha (王道)\n", "PERSON") == []


def test_a_greeting_card_lists_kind_column_and_hiragana_given_names():
    text = ("区分,姓,名,連名,〒,住所1,住所2,敬称\nお客様,松本,ふみ子,,399-8301,長野県安曇野市穂高有明2105-3,,様\n"
            "お客様,北村,隆,洋子,231-0023,神奈川県横浜市中区山下町234-1,,様\n")
    assert {"松本", "ふみ子", "北村", "洋子"} <= set(found(text, "PERSON"))


def test_chat_lines_whose_speaker_has_a_role_in_brackets_or_an_office_before_an_underscore():
    text = ("08:12 木下(添乗員) おはようございます。点呼で体調不良1名です\n08:15 松岡(本社OP) 了解です。\n")
    assert found(text, "PERSON") == ["木下", "松岡"]
    text = "10:05 つばさ司法書士事務所_関 ありがとうございます。\n10:06 つばさ司法書士事務所_関 承知しました\n"
    assert found(text, "PERSON") == ["関", "関"]
    assert found("10:05 会議(第2) 開始\n10:30 本社(東京) 終了\n", "PERSON") == []


def test_korean_and_thai_names_in_their_scripts():
    text = "상담원(이수진) 21:15  안녕하세요 박지훈 고객님.\n"
    assert found(text, "PERSON") == ["이수진", "박지훈"]
    assert found("서울에 사는 김민지라고 합니다. 저희 어머니(박정숙)는\n", "PERSON") == ["김민지", "박정숙"]
    assert found("ดิฉันชื่อ นางสาวพิมพ์ชนก ศรีสุข อายุ 31 ปี\n", "PERSON") == ["พิมพ์ชนก ศรีสุข"]
    assert found("ชื่อ บริษัท สยาม จำกัด\n", "PERSON") == []


def test_roles_that_name_who_took_a_record_and_therapists():
    assert found("起票 谷口　検印 西村　オンライン入力 2024/05/17\n", "PERSON") == ["谷口", "西村"]
    assert found("（ST 川上 と相談）\n", "PERSON") == ["川上"]


def test_a_host_extracts_birth_column_in_era_letters_or_era_codes():
    text = ("SYOKEN-NO  KANA-NAME            KANJI-NAME  SEINEN  SX ZIP     TEL           SYU  PREM\n"
            "0031877201 ﾅｶﾞｻﾜ ｹｲｺ           長沢　圭子  S351107 2  3980002 0261-22-4419  YR01 0012400\n"
            "0031877364 ｺﾊﾞﾔｼ ﾉﾎﾞﾙ          小林　昇    S280315 1  3900874 0263-32-1180  SS03 0031750\n")
    assert found(text, "DATE_OF_BIRTH") == ["S351107", "S280315"]
    from classifiers.date_of_birth import is_birth_date_value
    assert is_birth_date_value("3580203") and is_birth_date_value("4030917")  # (e-Tax codes: 昭和58, 平成3)
    assert not is_birth_date_value("2130826")


def test_a_desk_or_company_before_the_person_in_a_roles_value():
    assert found("受付日時：2024年9月17日 18:40　　受付者：運行管理 原田\n", "PERSON") == ["原田"]
    assert found("引率責任者：教頭 島田 康弘　　旅行会社担当：南風トラベル 岩崎\n", "PERSON") == ["島田 康弘", "岩崎"]
    assert found("受付：入院係 鶴田　極度額 100万円 説明済\n", "PERSON") == ["鶴田"]
    assert found("担当：総務部 会議室\n", "PERSON") == []


# -- phones, passports -----------------------------------------------------------------------------------------------

def test_a_korean_or_thai_number_after_its_label():
    assert found("네 알겠습니다. 연락처는 010-3382-9017, 이메일로 해주세요\n", "PHONE_NUMBER") == ["010-3382-9017"]
    assert found("휴대폰: 010-3382-9017\n", "PHONE_NUMBER") == ["010-3382-9017"]
    assert found("เบอร์โทร: 081-234-5678\n", "PHONE_NUMBER") == ["081-234-5678"]


def test_a_passport_number_spaced_out_by_ocr():
    assert found("お名前　　LIU WEN\n旅券番号　E H 2 2 0 4 1 7 8\n", "JP_PASSPORT") == ["E H 2 2 0 4 1 7 8"]


# -- not personal ----------------------------------------------------------------------------------------------------

def test_a_networks_range_and_a_version_by_its_japanese_label_are_no_addresses():
    text = "| 業務端末 | 10.64.0.0/20 | 110 |\n| ゲスト Wi-Fi | 192.168.200.0/24 | 300 |\ninterface 192.168.1.10/24\n"
    assert found(text, "IP_ADDRESS") == ["192.168.1.10"]
    assert found("- 無線AP: 48台、コントローラ版数 8.10.190.0\n", "IP_ADDRESS") == []


def test_an_mrz_line_key_and_a_count_within_a_city_are_no_addresses():
    assert found("mrz_line2          : TR48213570JPN9203155F3103157<<<<<<<<<<<<<<02\n", "ADDRESS") == []
    assert found("店舗は船橋市内3店舗に分散\n", "ADDRESS") == []
    assert found("住所：東京都千代田区内神田1-2-3\n", "ADDRESS") == ["東京都千代田区内神田1-2-3"]


def test_a_rural_lot_number_after_its_town_under_an_address_header():
    text = ("| 時刻 | 対象者 | 住所 | 方法 |\n|---|---|---|---|\n| 06:40 | 古賀 勲さん | 地徳3390 | 訪問 |\n"
            "| 07:05 | 原口 キヨさん | 地徳3412-1 | 電話 |\n")
    assert found(text, "ADDRESS") == ["地徳3390", "地徳3412-1"]


def test_a_hiragana_nickname_that_speaks_three_times_after_time_stamps():
    text = ("14:02 みう: ホールのバイトに応募したいです！\n14:05 ハナマル食堂 採用窓口: 大歓迎です\n"
            "14:09 みう: 高2です。\n14:10 みう: 電話番号は後で送ります\n")
    assert found(text, "PERSON") == ["みう", "みう", "みう"]
    assert found("10:00 まとめ: ok\n10:01 まとめ: ok\n10:02 まとめ: ok\n", "PERSON") == []


def test_chat_handles_with_a_team_and_support_staff_prefixed_with_cs():
    text = ("[08:41] tsuda.hiromi (ICN): 5東病棟で昨日から陽性が3名\n[08:44] tsuda.hiromi (ICN): 経過まとめます\n"
            "[08:52] kanemoto.takuya (ICD 金本): 了解。\n[09:10] kanemoto.takuya (ICD 金本): 報告は後で\n")
    got = found(text, "PERSON")
    assert got.count("tsuda.hiromi") == 2 and got.count("金本") == 2
    text = "20:41 ゆっこ: すみません\n20:43 CS松井: お問い合わせありがとうございます\n20:48 CS松井: 確認いたしました。\n"
    assert found(text, "PERSON").count("松井") == 2


def test_a_telephony_exports_calling_and_called_columns_but_not_its_cell_ids():
    text = ("record_id,start_time,calling_no,called_no,call_type,cell_id\n"
            "CDR0000918273,2024-01-28 22:14:05,819031187745,81359807712,VOICE,440-10-5521-203\n"
            "CDR0000918274,2024-01-29 07:41:33,818044120583,819031187745,VOICE_MT,440-10-5530-117\n")
    got = found(text, "PHONE_NUMBER")
    assert "819031187745" in got and "81359807712" in got and not any(g.startswith("440-10") for g in got)
    assert found("# 契約者: 平野 誠一  MSISDN: +81-90-3118-7745  請求番号 INV-202401-00918273\n", "PHONE_NUMBER") == [
        "+81-90-3118-7745"]


def test_a_payroll_transfer_files_account_column_beside_kana_names():
    text = ("*KYUYO-FB  SHAIN  ｼﾒｲ(ｶﾅ)             BKCD SHTN SB KOZANO  KINGAKU\n"
            "E00417    ｵｵﾆｼ ﾀｶﾕｷ           0001 478 1 3309182 0000360662\n"
            "E00422    ﾐﾔﾓﾄ ｱﾔｶ            0005 037 1 0871264 0000232564\n"
            "F0101   ｸﾞｴﾝ ｳﾞｱﾝ ﾌﾝ          0288 ｵｵｶﾞｷｼﾝｷﾝ 014  1   0412883    182,443\n")
    assert found(text, "JP_BANK_ACCOUNT") == ["3309182", "0871264", "0412883"]
    # (the same shape in a parts listing is no account: see test_bank_formats)
    assert found("No コード 品名 工場 工程名 区分 ロット\n01 0001 ﾎﾞﾙﾄ 123 ｵｵﾐﾔ 1 1184502\n", "JP_BANK_ACCOUNT") == []


def test_an_ocr_forms_account_number_with_letters_for_digits():
    text = " 預金種目   ☑普通  □当座\n 口座番号 (右詰めでご記入ください)\n  6 O 3 l 9 5 7\n フリガナ   ｻｶｸﾞﾁ ﾘｮｳｽｹ\n"
    assert found(text, "JP_BANK_ACCOUNT") == ["6 O 3 l 9 5 7"]
    assert found(" お引落口座   三菱ＵＦＪ銀行 三宮支店 普通 O 8 4 7 7 2 l\n", "JP_BANK_ACCOUNT") == [
        "三菱ＵＦＪ銀行 三宮支店 普通 O 8 4 7 7 2 l"]


def test_test_accounts_ids_and_a_date_before_a_line_break_are_no_accounts_or_phones():
    assert found("| 口座番号 | 1 / 7 | N | 1:普通 2:当座（テスト環境は 9999999 固定） |\n", "JP_BANK_ACCOUNT") == []
    assert found("department: 第二営業部\nemployeeID: 0031187\n", "JP_BANK_ACCOUNT") == []
    assert found('山田製作所,"2,480",2024/10/01\n4010-0022,4901234567900,ステンレス\n', "PHONE_NUMBER") == []
    assert found("TEL 03-\n1234-5678\n", "PHONE_NUMBER") == ["03-\n1234-5678"]


def test_a_phrasebooks_korean_word_before_ipnida_is_no_name():
    assert found("ZH: 地震了。请躲到桌子下面。　KO: 지진입니다. 책상 아래로 들어가세요.\n", "PERSON") == []


def test_a_passport_style_name_and_its_katakana_reading_in_brackets():
    text = "Applicant / 申請人\n  Name in full: TRAN THI BICH NGOC　（チャン ティ ビック ゴック）\n"
    assert found(text, "PERSON") == ["TRAN THI BICH NGOC", "チャン ティ ビック ゴック"]
    assert found("Meeting with APPLE JAPAN（アップル ジャパン）\n", "PERSON") == []
    assert found("3 氏名　Family name LIU　Given name YUTING　（漢字 劉 雨婷）\n", "PERSON")[:2] == ["LIU", "YUTING"]


def test_an_ocr_forms_letter_spaced_name_with_a_wide_gap_is_one_name():
    assert found(" 氏 名    田 所   佳 代            生年月日  昭和 5 7 年 2 月\n", "PERSON") == ["田 所   佳 代"]
    assert found("患者氏名  松 浦   和 夫       様\n", "PERSON") == ["松 浦   和 夫"]
    assert found("記録  山田   会議室\n", "PERSON") != ["山田   会議室"]


def test_a_messenger_export_whose_help_desk_names_its_agent_in_brackets():
    text = ("[Mar 4, 2024 7:52 PM] Maria Cristina: Magandang gabi po.\n"
            "[Mar 4, 2024 7:55 PM] Help Desk (Joy Mercado): Magandang gabi po!\n"
            "[Mar 4, 2024 8:01 PM] Help Desk (Joy Mercado): May anak po ba kayo\n")
    assert found(text, "PERSON").count("Joy Mercado") == 2


def test_numbered_role_columns_lic_no_keys_and_a_hosts_key_before_an_ip():
    text = ("クラス,園児名,園児カナ,お迎え者1,続柄1,電話1\nぱんだ,青木 晴,アオキ ハル,青木 未来,母,090-3381-6602\n"
            "ぱんだ,ソウザ ガブリエル,ソウザ ガブリエル,ソウザ マリアナ,母,080-6654-2271\n")
    assert "ソウザ マリアナ" in found(text, "PERSON")
    text = ("INSERT INTO `users` (`id`,`name`,`dob`,`lic_no`) VALUES (48811,'河野 里奈','1993-09-17','301200448132'),"
            "(48812,'丸山 剛','1980-01-05','459900873210');\n")
    assert found(text, "JP_DRIVERS_LICENSE") == ["301200448132", "459900873210"]
    assert found("[2024-04-26 16:44:19.601] INFO  gw-node=172.16.40.22 version=2.8.0.114 retry=0\n", "IP_ADDRESS") == [
        "172.16.40.22"]


def test_a_places_reading_a_schedules_katakana_words_and_a_serial_in_pairs_are_not_personal():
    assert found("041009,宮城県,仙台市,ﾐﾔｷﾞｹﾝ,ｾﾝﾀﾞｲｼ\n", "PERSON") == []
    assert found("会員番号,氏名カナ,電話\n101,ﾀﾅｶｻﾕﾘ,090-1234-5678\n102,ﾐﾔｷﾞｹﾝｼﾞ,090-1234-5679\n", "PERSON") == [
        "ﾀﾅｶｻﾕﾘ", "ﾐﾔｷﾞｹﾝｼﾞ"]
    assert found("08:45　フル 整列開始\n09:00　フル スタート\n09:25　10km 整列開始\n", "PERSON") == []
    assert found("[9:08] ブラウン マイケル\n[9:10] ブラウン マイケル\n", "PERSON") == ["ブラウン マイケル"] * 2
    assert found("SECOM Passport for Web    00:E8:4B:21:9F:6C:07:D3\n", "IP_ADDRESS") == []
    assert found("src=2001:db8:4a1:20::1f\n", "IP_ADDRESS") == ["2001:db8:4a1:20::1f"]


# -- birth dates -----------------------------------------------------------------------------------------------------

def test_an_ocr_birth_date_spaced_out_with_letters_for_digits():
    assert found(" 生年月日   昭和 5 6 年 l l 月 l 4 日   ( 4 2 歳 )\n", "DATE_OF_BIRTH") == ["昭和 5 6 年 l l 月 l 4 日"]
    assert found(" 生年月日   2OO2 / O4 / l8      性別\n", "DATE_OF_BIRTH") == ["2OO2 / O4 / l8"]
    assert found(" 作成日   2OO2 / O4 / l8\n", "DATE_OF_BIRTH") == []


def test_an_oracle_printouts_birth_date_column():
    text = ("    社員番号 氏名            生年月日    電話\n    700120 服部 貴之        08-JAN-74   052-763-2218\n"
            "    700121 松井 優子        27-SEP-89   080-3381-5092\n")
    assert found(text, "DATE_OF_BIRTH") == ["08-JAN-74", "27-SEP-89"]


def test_a_resident_registers_kojin_no_and_a_host_extracts_kana_birth_header():
    text = ("INSERT INTO `t_jumin` (`atena_no`,`shimei_kanji`,`seinengappi`,`jumin_cd`,`kojin_no`) VALUES "
            "('0004102255','北村 遼','1990-07-08','47681648786','986561067026');\n")
    assert found(text, "JP_MY_NUMBER") == ["986561067026"]
    from classifiers.columns import classify_header
    assert classify_header("ｾｲﾈﾝ").pii_type == "DATE_OF_BIRTH"


# -- addresses abroad ------------------------------------------------------------------------------------------------

def test_any_street_before_a_uk_postcode_or_a_us_state_and_zip():
    assert found("Home address: Flat 6, 22 Queensway, Bletchley, Milton Keynes MK2 2SA\n", "ADDRESS") == [
        "Flat 6, 22 Queensway, Bletchley, Milton Keynes MK2 2SA"]
    assert found("Lead | Nagasawa Audio UK Ltd | Unit 9, Brackmills Industrial Estate, Northampton NN4 7PB\n",
                 "ADDRESS") == ["Unit 9, Brackmills Industrial Estate, Northampton NN4 7PB"]
    assert found("   Extended-stay apartment: 4150 Easton Station, Apt 312, Columbus, OH 43219 (60 nights)\n",
                 "ADDRESS") == ["4150 Easton Station, Apt 312, Columbus, OH 43219"]
    assert found("Order 12 Boxes, Sent to Depot, QX 90210 ready\n", "ADDRESS") == []


def test_a_branch_type_and_account_hyphenated_and_a_test_systems_insurance_number():
    assert found("09:12 口座振替の返却、取引なしで戻ってます。201-普-3068152\n", "JP_BANK_ACCOUNT") == ["201-普-3068152"]
    assert found("通帳お届け。0325-普通-0104477\n", "JP_BANK_ACCOUNT") == ["0325-普通-0104477"]
    assert found("| HK-001 | 被保険者番号 9999999999 | テスト用番号として許可 |\n", "JP_HEALTH_INSURANCE") == []


def test_a_phone_chats_speakers_between_time_and_message_and_a_firms_latin_name():
    text = ("21:04 真紀　今日お母さんの施設行ってきた。\n21:05 真紀　最近は私のこと「妹」って呼ぶ…\n"
            "21:07 康弘　そうか。\n21:16 康弘　それでOK\n")
    assert found(text, "PERSON") == ["真紀", "真紀", "康弘", "康弘"]
    assert found("12:30　仰　　　 仰\n12:35　仰　　　 横\n12:40　横　　　 仰\n", "PERSON") == []
    assert found("DATA RETENTION SCHEDULE - Nagasawa Audio UK Ltd (Appendix C)\n", "PERSON") == []


def test_a_uk_account_after_its_sort_code():
    assert found("Bank: Lloyds   Sort code: 30-96-34         Account no.: 17728841\n", "JP_BANK_ACCOUNT") == ["17728841"]
    assert found("Existing details on file: Barclays, 20-26-78, 55179304\n", "JP_BANK_ACCOUNT") == [
        "Barclays, 20-26-78, 55179304"]
    assert found("Meeting 12-05-24 10000000 attendees\n", "JP_BANK_ACCOUNT") == []
