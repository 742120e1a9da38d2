"""Formats met in session 17: a stand-in given name on a 記入例 after an institution's word (市役所　太郎), a test
fixture's テスト　ハナコ, test card numbers in a test plan's table, a card number's head that is no My Number, the
住基 key of a JSON record, a caller's number after 発信番号, a Sapporo address's block after 丁目 (本通9丁目南1-30), a tax
accountant's office named after its partner, a mail log's msgid=<…@host>, an id glued to a letter (uid=u7730215),
the hands of a bank's back office (点検, 査定, 審査役) and the seal's place after a name (石黒 印)."""

from __future__ import annotations

from engine_helpers import ENGINE, found


# -- stand-ins and test values --------------------------------------------------------------------------------------

def test_a_stand_in_given_name_after_an_institutions_word_on_a_form_example():
    text = ("児童手当 認定請求書　記入例（窓口掲示用）\n\n請求者　フリガナ　　　シヤクショ　タロウ\n"
            "　　　　氏名　　　　　市役所　太郎　　　　← 戸籍上の氏名を楷書で\n")
    assert found(text, "PERSON") == []
    assert found("申込者：田中 太郎 様 お元気ですか\n", "PERSON") == ["田中 太郎"]


def test_a_test_fixtures_member_and_test_cards_in_a_test_plans_table():
    text = ("【QA】カード決済API 結合テスト仕様書（抜粋）\n"
            "No. ケース　　　　　　　　　入力カード番号　　　　　　期待結果\n"
            "T01 正常オーソリ　　　　　　4111 1111 1111 1111　　　 APPROVED\n"
            "T02 正常オーソリ(MC)　　　 5555 5555 5555 4444　　　 APPROVED\n"
            "T05 有効期限切れ　　　　　 4111 1111 1111 1111 / 01/20　REJECT\n"
            "テスト会員名：TEST TARO / テスト　ハナコ（固定値）\n")
    assert [e for e in ENGINE.analyze(text)] == []
    # a real card in a real table stays
    text = "氏名,カード番号\n森田 彩花,5197 9930 2229 3698\n"
    assert found(text, "CREDIT_CARD") == ["5197 9930 2229 3698"]


def test_the_head_of_a_longer_grouped_number_is_no_my_number():
    assert found("番号 4111 1111 1111 1111 を入力\n", "JP_MY_NUMBER") == []
    assert found("個人番号 6893 5363 6659 を確認\n", "JP_MY_NUMBER") == ["6893 5363 6659"]


# -- identifiers, phones, mail ids ---------------------------------------------------------------------------------

def test_a_resident_code_under_a_juki_key():
    text = '{"shimei":"長谷部 清","kojin_no":"091564237367","juki_code":"38375958268","kubun":"一般"}\n'
    assert found(text, "JP_RESIDENT_CODE") == ["38375958268"]


def test_a_callers_number_after_hasshin_bango():
    text = "受付担当:佐々木 彩\n発信番号 0466-28-3319（登録番号と一致）\n"
    assert found(text, "PHONE_NUMBER") == ["0466-28-3319"]


def test_a_message_id_key_in_a_log_line_is_no_mailbox():
    assert found("jp tmpl=LOCK_NOTICE_v3 msgid=<20241019014102.77A1@mx.ib.example>\n", "EMAIL_ADDRESS") == []
    assert found("postfix/cleanup[12]: 4A1B: message-id=<abc@mail.example.jp>\n", "EMAIL_ADDRESS") == []
    assert found("postfix/qmgr[9]: 4A1B: from=<taro@example.co.jp>, size=812\n", "EMAIL_ADDRESS") == ["taro@example.co.jp"]


def test_an_id_glued_to_a_lower_case_letter_is_no_account():
    text = "ALERT acct.lock uid=u7730215 rule=R-17\n"
    assert found(text, "JP_BANK_ACCOUNT") == []
    assert found("振込先：みずほ銀行 渋谷支店 普通 7730215\n", "JP_BANK_ACCOUNT") != []


# -- addresses and names -------------------------------------------------------------------------------------------

def test_a_sapporo_block_after_its_chome():
    text = "送付先：登録住所（〒003-0026 札幌市白石区本通9丁目南1-30 ラフィーネ白石401）\n"
    assert found(text, "ADDRESS") == ["札幌市白石区本通9丁目南1-30 ラフィーネ白石401"]


def test_a_tax_accountants_office_named_after_its_partner():
    text = "〒060-0042 札幌市中央区大通西１０丁目４ 南大通ビル５Ｆ 小松税理士事務所\n"
    assert found(text, "PERSON") == []
    assert found("担当は小松税理士です。\n", "PERSON") == ["小松"]


def test_the_hands_of_a_back_office_record_and_a_seals_place():
    assert found("・処理者 木村　点検 吉岡\n", "PERSON") == ["木村", "吉岡"]
    assert found("査定：安藤　結論：医療保険 特別条件\n", "PERSON") == ["安藤"]
    assert found("審査役 石黒 印\n", "PERSON") == ["石黒"]
    assert found("点検：済\n査定：A\n審査：否決\n", "PERSON") == []


def test_a_grouped_card_number_followed_by_its_expiry():
    text = "電話で別カード聞きました → 5198 9677 1593 8941 12/27\n"
    assert found(text, "CREDIT_CARD") == ["5198 9677 1593 8941"]
    assert found("カード 5198 9677 1593 8941 12:30 受付\n", "CREDIT_CARD") == ["5198 9677 1593 8941"]


def test_a_two_character_label_spaced_wide_at_a_lines_start():
    text = "TOEIC 865 / 普通自動車免許\n旅  券      MZ0637218  (有効期限 2032.11.14)\n"
    assert found(text, "JP_PASSPORT") == ["MZ0637218"]
    # a name spaced the same way in the middle of a line keeps its own span
    assert found("　設 楽　 孝　　Takashi Shitara\n", "PERSON")[0] == "設 楽\u3000 孝"


# -- structured values -----------------------------------------------------------------------------------------------

def test_a_python_dicts_single_quoted_keys_label_their_values():
    text = ("cleaned_data = {'last_name': '須藤', 'first_name': '花音', 'last_name_kana': 'スドウ', "
            "'first_name_kana': 'カノン', 'birth': '1999-04-02', 'product': 'Pro'}\n")
    assert found(text, "PERSON") == ["須藤", "花音", "スドウ", "カノン"]
    assert found(text, "DATE_OF_BIRTH") == ["1999-04-02"]
    text = ("ZenginFormatError: {'holder': 'ﾔﾏﾓﾄ ﾀｸﾐ', 'bank': '9900', 'branch': '028', 'account': '3895126', "
            "'amount': 231480}\n")
    assert found(text, "JP_BANK_ACCOUNT") == ["3895126"]
    assert found('{"user": "x", "account": "1234567"}\n', "JP_BANK_ACCOUNT") == []


def test_a_name_column_of_prefectures_is_no_name_column():
    text = ("INSERT INTO `prefectures` (`code`,`name`,`name_en`) VALUES\n"
            "(1,'北海道','Hokkaido'),(11,'埼玉県','Saitama'),(12,'千葉県','Chiba'),(13,'東京都','Tokyo'),\n"
            "(14,'神奈川県','Kanagawa'),(27,'大阪府','Osaka'),(47,'沖縄県','Okinawa');\n")
    assert found(text, "PERSON") == []
    assert found("last_name,first_name\nChiba,Taro\nSato,Hanako\nTanaka,Ken\n", "PERSON")[:2] == ["Chiba", "Taro"]


def test_a_label_after_a_comma_belongs_to_the_next_value():
    text = "- 回線（東京第2 / ラック B-07）：NOC 24h 0120-557-301、契約番号 DC-TKY2-000871\n"
    assert found(text, "PHONE_NUMBER") == ["0120-557-301"]


def test_an_insurers_short_name_and_a_hyphen_in_a_health_insurance_symbol():
    text = "保険: 記号 都市-41　番号 1029　（国保以外／本人）\n"
    assert found(text, "JP_HEALTH_INSURANCE") == ["都市-41", "1029"]
    assert found("被保険者証等記号 二工-58　番号 7042\n", "JP_HEALTH_INSURANCE") == ["二工-58", "7042"]


def test_an_address_on_the_indented_line_under_its_postal_code_keeps_its_building():
    text = ("現住所　　　〒227-0062\n　　　　　　横浜市青葉区青葉台1-3-8\n　　　　　　 グランレーヴ青葉台 507\n"
            "携帯電話　　090 7713 2084\n")
    assert found(text, "ADDRESS") == ["横浜市青葉区青葉台1-3-8\n　　　　　　 グランレーヴ青葉台 507"]


def test_the_person_after_a_bracketed_role_in_a_meeting_record():
    text = ("出席者　　　本人、長女 浜野 由美\n"
            "　　　　　　デイサービスかがやき（生活相談員）　石動 和樹\n"
            "　　　　　　ヘルパーステーションさくら（サ責）　森永\n")
    assert found(text, "PERSON") == ["浜野 由美", "石動 和樹", "森永"]
    assert found("受付窓口（受付）　9:00開始\n", "PERSON") == []


def test_people_of_history_are_no_ones_personal_data():
    text = ("【名作を読み直す】夏目漱石『こころ』──「先生」の沈黙を聞く\n"
            "　明治天皇の崩御と乃木希典の殉死に触発されて、先生は自らも命を絶つ決意をする。\n"
            "　黒幕説　──　朝廷、足利義昭、羽柴秀吉らの関与を想定するもの\n")
    assert found(text, "PERSON") == []
    # a living namesake's surname with another given name, or the surname alone, stays a name
    text = "担当：夏目 花子（総務課）\n連絡先：夏目様 090-1234-5678\n"
    assert "夏目 花子" in found(text, "PERSON")


def test_a_household_named_by_its_surname_after_the_address():
    text = ">   〒399-0011 長野県松本市寿北7-12-3 長谷部方\n>   電話 0263-58-2214（母が出ます）\n"
    assert found(text, "PERSON") == ["長谷部"]
    assert found("〒183-0045 東京都府中市美好町2-38-5 高田 聡子方\n", "PERSON") == ["高田 聡子"]


def test_a_surname_after_a_role_label_then_the_sentence_goes_on():
    assert found("　　職長 江口が119番通報、10:48 救急搬送。\n", "PERSON") == ["江口"]
    assert found("深夜業への就業不可を職長 江口へ伝達済。\n", "PERSON") == ["江口"]
    assert found("職長 会議が長引いた\n受付 本日は休み\n", "PERSON") == []


def test_a_japanese_account_written_in_english_is_one_phrase():
    text = "Also my Japanese account is still open:\n  Shizuoka Bank, Hamamatsu Ekimae branch, futsu 0619375\n"
    assert found(text, "JP_BANK_ACCOUNT") == ["Shizuoka Bank, Hamamatsu Ekimae branch, futsu 0619375"]
    text = "  Shinsei Bank (SBI Shinsei), Head Office, Ordinary 3124406\n"
    assert found(text, "JP_BANK_ACCOUNT") == ["Shinsei Bank (SBI Shinsei), Head Office, Ordinary 3124406"]


def test_health_insurance_symbols_in_four_and_four_digits_and_with_a_municipalitys_kana():
    text = "補助書類：健康保険証（全国健康保険協会）記号 3105 0962　番号 27　保険者番号 01130012\n"
    assert found(text, "JP_HEALTH_INSURANCE") == ["3105 0962", "27"]
    text = "国民健康保険証 記号 調ふ12 番号 0045871 口頭確認\n"
    assert found(text, "JP_HEALTH_INSURANCE") == ["調ふ12", "0045871"]


def test_a_date_before_the_next_fields_birth_label_is_not_its_birth_date():
    text = "④離職年月日 令和7年5月20日　　生年月日 平成7年12月1日\n"
    assert found(text, "DATE_OF_BIRTH") == ["平成7年12月1日"]
    text = "　　収入（年額）1,428,000円（老齢基礎・厚生年金）\n　　被扶養者になった日 9-071101\n"
    assert found(text, "DATE_OF_BIRTH") == []
    assert found("090-1234-5678（携帯）\n", "PHONE_NUMBER") == ["090-1234-5678"]


def test_role_addresses_at_the_reserved_example_domains_also_in_columns():
    assert found("送信元: noreply@example.com / 返信先: support@example.com\n", "EMAIL_ADDRESS") == []
    text = "INSERT INTO users (id,name,email) VALUES (1,'テスト','test@example.com');\n"
    assert found(text, "EMAIL_ADDRESS") == []
    assert found("窓口: support@shop-abc.co.jp\n", "EMAIL_ADDRESS") == ["support@shop-abc.co.jp"]


def test_an_address_line_1_column_holds_the_street_part():
    text = ("Name,Email,Shipping Name,Shipping Address1,Shipping Address2,Shipping City,Shipping Zip,Shipping Province\n"
            "#1042,a@b.jp,小林 さくら,西新4-7-15-302,,福岡市早良区,814-0002,JP-40\n"
            "#1043,c@d.jp,中村 陽斗,菊水3条2丁目4-18,ｷｸｽｲﾊｲﾂ 105,札幌市白石区,003-0803,JP-01\n"
            "#1044,e@f.jp,Mao Morita,Kamimaezu 2-14-8,Villa Osu 402,Nagoya-shi Naka-ku,460-0013,JP-23\n")
    got = found(text, "ADDRESS")
    assert {"西新4-7-15-302", "菊水3条2丁目4-18", "Kamimaezu 2-14-8"} <= set(got)
    text = ("INSERT INTO `members` (`id`,`last_name`,`zip`,`pref`,`addr1`,`addr2`,`tel`) VALUES\n"
            "(100231,'桜井','9800803','宮城県','仙台市青葉区国分町2-9-5','ﾗｲｵﾝｽﾞﾏﾝｼｮﾝ 808','022-217-4410'),\n"
            "(100233,'野口','7600017','香川県','高松市番町4-2-18','番町ハイム301','087-861-3327');\n")
    assert {"宮城県", "仙台市青葉区国分町2-9-5", "ﾗｲｵﾝｽﾞﾏﾝｼｮﾝ 808", "香川県"} <= set(found(text, "ADDRESS"))


def test_a_household_named_as_a_contact_and_a_name_forms_bracketed_parts():
    text = "保護者連絡先：片山家 046-231-7742　梅田家 090-2208-3316\n"
    assert found(text, "PERSON") == ["片山", "梅田"]
    assert found("保護者面談（森永家：母／川口家：父）\n", "PERSON") == ["森永", "川口"]
    assert found("作家 090-1111-2222\n農家 3軒\n", "PERSON") == []
    assert found("②氏名（ﾌﾘｶﾞﾅ）ｳｴﾉ ﾘｸ　（氏）上野（名）陸\n", "PERSON") == ["ｳｴﾉ ﾘｸ", "上野", "陸"]


def test_a_counter_logs_reception_column_holds_staff_surnames():
    text = ("日付 | 受付 | 種別 | カード番号 | 氏名 | 生年月日\n"
            "7/2 | 原 | 再発行 | 6021-0034-1158-220 | 上野 弘子 | S33.5.6\n"
            "7/3 | 柴田 | 住所変更 | 6021-0051-0937-114 | 安藤 勝也 | 1975/11/20\n"
            "7/9 | 柴田 | 退会 | 6021-0012-2205-019 | 石田 遥 | H4.8.15\n")
    assert {"柴田", "上野 弘子"} <= set(found(text, "PERSON"))


def test_the_people_of_an_exams_exercise_are_characters():
    text = ("［４］太郎さんと花子さんは、7けたの数の各位の数の和について話し合っています。\n"
            "　　太郎：「各位の数の和は 28 だね。」\n　　花子：「じゃあ 9 で割った余りは？」\n"
            "　各位の数の和を9で割った余りを求めなさい。（8点）\n")
    assert found(text, "PERSON") == []
    text = ("Read the passage and answer the questions.\n  Emily Carter, a new student, joined the brass band.\n"
            " (1) Why was Emily surprised on her first day?\n")
    assert found(text, "PERSON") == []
    assert found("担任：古川 真理\n保護者：森永 香織（母）\n", "PERSON") == ["古川 真理", "森永 香織"]


def test_a_my_number_read_out_on_a_call_is_no_phone_number():
    text = ("大野 里奈: お母さまの個人番号が読み取り不可で…本人に電話したら「6556 4711 9014」とのこと。\n")
    assert found(text, "JP_MY_NUMBER") == ["6556 4711 9014"]
    assert found("電話 0312 3456 7890 にかけてください\n", "JP_MY_NUMBER") == []


def test_an_account_in_one_cell_with_slashes():
    text = ("L25-0401,瀬戸 美咲,8284,三菱UFJ/武蔵小金井/普通/0264913,75,1048,OK\n"
            "L25-0402,佐野 健,205,横浜銀行/相模原/普通/6031187,75,1049,OK\n")
    assert found(text, "JP_BANK_ACCOUNT") == ["三菱UFJ/武蔵小金井/普通/0264913", "横浜銀行/相模原/普通/6031187"]


def test_health_insurance_symbol_and_number_in_english_prose_but_not_a_yucho_account():
    text = "Health insurance (Kyokai Kenpo) details:\nMy own card is symbol 27 number 1043.\n"
    assert found(text, "JP_HEALTH_INSURANCE") == ["27", "1043"]
    text = "Health insurance cards were reissued.\n  Insured: Symbol 81 / No. 2204\n"
    assert found(text, "JP_HEALTH_INSURANCE") == ["81", "2204"]
    text = "Benefits enrolment — health insurance\n  Card symbol / number        : 4102・1377  (unchanged)\n"
    assert found(text, "JP_HEALTH_INSURANCE") == ["4102・1377"]
    text = ("[New account]   Bank: Japan Post Bank (Yucho)\n"
            "                Symbol (記号): 10170   Number (番号): 28391041\n")
    assert found(text, "JP_HEALTH_INSURANCE") == []


def test_an_employment_insurance_key_is_no_health_insurance_card():
    text = '{"employment_insurance_no": "1102-331874-9", "health_insurance": {"symbol": "10", "number": "502"}}\n'
    assert "1102-331874-9" not in found(text, "JP_HEALTH_INSURANCE")


def test_romanised_health_insurance_keys_in_a_log_line():
    text = ('09:12:01 evac_id=E-0031 dob=1938-04-22 doc=保険証 kigo=06170024 bango=318 care="要介護4"\n'
            '09:15:44 evac_id=E-0032 dob=1941-11-02 doc=資格確認書 kigo_bango="3201・1142" care="-"\n')
    assert found(text, "JP_HEALTH_INSURANCE") == ["06170024", "318", "3201・1142"]
    assert found("user kigo=ABC bango=12\n", "JP_HEALTH_INSURANCE") == []


def test_a_fixed_width_listings_address_stops_where_the_next_column_starts():
    text = ("No  工事日   契約者            住所                                                  連絡先\n"
            "01  11/18(月) 森田 大樹       東京都板橋区成増2-14-9                               090-3356-7712\n"
            "02  11/18(月) 石田 美香       東京都練馬区光が丘3-3-1-512                          080-6632-0918\n")
    assert found(text, "ADDRESS") == ["東京都板橋区成増2-14-9", "東京都練馬区光が丘3-3-1-512"]


def test_a_fixed_width_listing_whose_cells_hold_a_slash():
    text = ("No.  Nama / 氏名                      Jenis kelamin  Tgl. lahir / 生年月日   No. Paspor / 旅券番号   Asal / 出身\n"
            "1    DIMAS ADITYA NUGROHO        L / 男          12-08-2002             E1832047                Jawa Tengah\n"
            "2    SITI NURHALIZA              P / 女          30-01-2003             E1832211                Jawa Barat\n")
    assert found(text, "PERSON") == ["DIMAS ADITYA NUGROHO", "SITI NURHALIZA"]
    assert found(text, "DATE_OF_BIRTH") == ["12-08-2002", "30-01-2003"]
    assert found(text, "JP_PASSPORT") == ["E1832047", "E1832211"]


def test_a_fixed_width_rows_empty_last_cell_keeps_it_a_row():
    text = (" 住所               世帯主          電話            備考\n"
            " 緑ヶ丘3-1-2     田村 幸雄       0476-22-3109    班長\n"
            " 緑ヶ丘3-1-5     和田 節子       0476-22-7781    \n"
            " 緑ヶ丘3-1-8     岡本 浩         080-3317-2254   R6.5転入\n")
    assert found(text, "ADDRESS") == ["緑ヶ丘3-1-2", "緑ヶ丘3-1-5", "緑ヶ丘3-1-8"]


def test_a_surname_after_its_initial_where_a_record_names_who_did_it():
    assert found("Entered 2024-07-09 by P. Sato -> re-checked\n", "PERSON") == ["P. Sato"]
    assert found("# analyst: S. Kawai   next review: 2025-03-11\n", "PERSON") == ["S. Kawai"]
    text = "matter_id,client_name,responsible\nKIT-1,WANG Lihua,K. Inaba\nKIT-2,TRAN Van Duc,K. Inaba\n"
    assert "K. Inaba" in found(text, "PERSON")
    assert found("See Fig. 3. Results in J. Appl. Phys. 12 (2020).\n", "PERSON") == []


def test_a_guest_lists_relation_cell_is_no_name():
    text = "No\t側\t関係\t氏名\tふりがな\t敬称\n1\t新郎\t上司\t大崎 恒彦\tおおさき つねひこ\t様\n"
    assert found(text, "PERSON") == ["大崎 恒彦", "おおさき つねひこ"]


def test_a_name_after_another_names_label_and_a_companys_team():
    assert found("3,変更（氏名）,佐藤 美優（旧姓 菅原）,サトウ ミユ,H6.2.3\n", "PERSON")[:2] == ["佐藤 美優", "菅原"]
    assert found("Dear Sakura Life team,\n\nI am relocating.\n", "PERSON") == []


def test_a_date_whose_own_label_says_what_it_is_before_an_age():
    text = "故人：栗原 勝利　　生年月日：昭和18年12月24日　　死亡日：2024年7月19日（80歳）\n"
    assert found(text, "DATE_OF_BIRTH") == ["昭和18年12月24日"]
    assert found("年金受取開始日：2024年12月1日（65歳到達後の最初の応当日）\n", "DATE_OF_BIRTH") == []
    assert found("申請者　　森 幸雄（死亡者の弟）　昭和22年1月5日生\n", "DATE_OF_BIRTH") == ["昭和22年1月5日"]
    text = "  MUFG Bank, Shimbashi Branch (branch 051), Savings (futsu) 0338271\n"
    assert found(text, "JP_BANK_ACCOUNT") == ["MUFG Bank, Shimbashi Branch (branch 051), Savings (futsu) 0338271"]


# -- format readers -----------------------------------------------------------------------------------------------

def test_a_dicom_header_dumps_names_birth_date_and_address():
    text = ("(0008,0090) PN [KUBOTA^RYOSUKE]                          #  14, 1 ReferringPhysicianName\n"
            "(0010,0010) PN [SAKAMOTO^KAZUE=坂本^和恵=サカモト^カズエ]    #  46, 1 PatientName\n"
            "(0010,0020) LO [0004418230]                             #  10, 1 PatientID\n"
            "(0010,0030) DA [19470615]                               #   8, 1 PatientBirthDate\n"
            "(0010,1040) LO [3-12-5 HIGASHI-MACHI, MINAMI-KU, SAGAMIHARA-SHI, KANAGAWA] #  50, 1 PatientAddress\n"
            "(0008,0020) DA [20240222]                               #   8, 1 StudyDate\n")
    assert found(text, "PERSON") == ["KUBOTA^RYOSUKE", "SAKAMOTO^KAZUE", "坂本^和恵", "サカモト^カズエ"]
    assert found(text, "DATE_OF_BIRTH") == ["19470615"]
    assert found(text, "ADDRESS") == ["3-12-5 HIGASHI-MACHI, MINAMI-KU, SAGAMIHARA-SHI, KANAGAWA"]
    text = "(0010, 0010) Patient's Name                      PN: 'TANAKA^HANAKO'\n(0010, 0030) Patient's Birth Date   DA: '19800102'\n"
    assert found(text, "PERSON") == ["TANAKA^HANAKO"] and found(text, "DATE_OF_BIRTH") == ["19800102"]


def test_an_hl7_messages_operator_and_insured():
    text = ("MSH|^~\\&|HIS|HP|GW|HP|20240412093318||ADT^A08^ADT_A01|1|P|2.5\n"
            "EVN||20240412093318|||u20318^佐々木^美穂\n"
            "PID|0001||0012047731^^^^PI||川端^修一^^^^^^L^I||19580302|M\n"
            "IN1|1|01^社保^JHSD0001|06139952|全国健康保険協会 東京支部|||||1207|3158|20230401||||川端^修一^^^^^^L^I|SEL^本人^HL70063|19580302\n")
    names = found(text, "PERSON")
    assert "佐々木^美穂" in names and names.count("川端^修一") == 2 and "SEL^本人" not in names
    assert found(text, "DATE_OF_BIRTH") == ["19580302", "19580302"]


def test_chinese_taiwanese_and_korean_names_in_capitals_where_the_record_shows_a_name():
    text = "1. 刘晓晴 LIU XIAOQING 护照 EH6628173 出生 1989.05.12\n2. 赵明 ZHAO MING 护照 EH6628174\n"
    assert found(text, "PERSON") == ["刘晓晴", "LIU XIAOQING", "赵明", "ZHAO MING"]  # (session 18: the hanzi too)
    text = "1,김영수,KIM YOUNGSOO,M,1956.03.18,M12870442\n2,이정희,LEE JUNGHEE,F,1958.07.02,M12870443\n"
    assert found(text, "PERSON") == ["KIM YOUNGSOO", "LEE JUNGHEE"]
    assert found("持卡人：HUANG CHIH HAO\n", "PERSON") == ["HUANG CHIH HAO"]
    assert found("Name 姓名　CHANG WEI-LUN　　國籍 台湾\n", "PERSON") == ["CHANG WEI-LUN"]
    assert found("THE BANK SAID NO. HE WENT HOME. LI NING SHOES ON SALE.\n", "PERSON") == []


def test_passport_and_birth_labels_in_the_languages_of_foreign_guests():
    assert found("HP: +60 12-738 4410   Paspor: A58120394\n", "JP_PASSPORT") == ["A58120394"]
    assert found("護照號碼：310482957\n行動電話：+886 933-218-604\n", "JP_PASSPORT") == ["310482957"]
    assert found("PANCHANOK WONGPAISAN พาสปอร์ต AD1458836\n", "JP_PASSPORT") == ["AD1458836"]
    text = " - 동행: 한미숙 / HAN MISOOK, 여권 M30915267, 생년월일 1961.04.30\n"
    assert found(text, "DATE_OF_BIRTH") == ["1961.04.30"]
    text = "Tên trên hộ chiếu DELA CRUZ MARIA ANGELICA, số P4417265B, ngày sinh 07 JUN 1994\n"
    assert found(text, "DATE_OF_BIRTH") == ["07 JUN 1994"]


def test_an_anime_cast_with_its_voice_actors_names_no_one():
    text = ("■キャラクター\n◆アルト・ヴェルナー（CV：天野 蒼真）\n　年齢：17歳　誕生日：7月7日　身長：168cm\n"
            "◆ガレス・ドレイク（CV：大門 剛志）\n　年齢：42歳　誕生日：11月3日\n")
    assert [e for e in ENGINE.analyze(text)] == []


def test_a_date_in_the_column_after_a_name_is_a_birth_date():
    assert found("06:30:01 INFO  0021345 ｻﾄｳ ﾀｹｼ       1962/04/18 保険者=01130012\n", "DATE_OF_BIRTH") == ["1962/04/18"]
    text = "  0008823147  藤本 一郎  1948-07-14  HbA1c 8.4\n  0011402960  宮下 奈緒  1990-11-03  HBs抗原 陽性\n"
    assert found(text, "DATE_OF_BIRTH") == ["1948-07-14", "1990-11-03"]
    assert found("  ID 0019930417 齋藤 由美子（サイトウ ユミコ）S52.8.19\n", "DATE_OF_BIRTH") == ["S52.8.19"]
    assert found("山田 太郎  2010/04/01 入社\n佐藤 花子  2024/04/01\n", "DATE_OF_BIRTH") == []


def test_fhir_coverage_extensions_and_etax_birth_dates():
    text = ('{"extension": [{"url": "http://jpfhir.jp/fhir/core/Extension/StructureDefinition/'
            'JP_Coverage_InsuredPersonSymbol", "valueString": "４１０２"}, {"url": "http://jpfhir.jp/fhir/core/'
            'Extension/StructureDefinition/JP_Coverage_InsuredPersonNumber", "valueString": "２８８１３"}]}\n')
    assert found(text, "JP_HEALTH_INSURANCE") == ["４１０２", "２８８１３"]
    text = ('<SHOTOKU>\n  <SEINENGAPPI gengo="3">49-08-19</SEINENGAPPI>\n  <KOFU_DATE gengo="5">06-12-01</KOFU_DATE>\n'
            '  <nyuenbi>2024-04-01</nyuenbi>\n</SHOTOKU>\n')
    assert found(text, "DATE_OF_BIRTH") == ["49-08-19"]


def test_a_police_officers_or_a_nurses_title_before_a_name():
    assert found("I am Detective Rachel Hollis, Seattle Police Department.\n", "PERSON") == ["Rachel Hollis"]
    assert found("We watched the Detective Conan movie.\n", "PERSON") == []


def test_a_checked_number_under_a_header_its_rows_do_not_line_up_with():
    text = ("【被扶養者】\nNo 続柄 氏名　　　　　　　　　フリガナ　　　　　　　　生年月日　　　　　　　　　個人番号　　　　　　　　職業・年収\n"
            "1  妻　 真壁 由香　　　マカベ ユカ　　　1992/02/03　　　6686-2748-3741　　パート・年収 96万円\n"
            "2  長男 真壁 湊　　　　マカベ ミナト　　令和2年5月19日　　690358047552　　　なし\n")
    assert found(text, "JP_MY_NUMBER") == ["6686-2748-3741", "690358047552"]


def test_an_mt103_payment_messages_parties():
    text = ("{4:\n:20:OT2408210173\n:23B:CRED\n:32A:240821USD18500,00\n:50K:/2470002187703\nSAKAGUCHI TAKUMI\n"
            "2-5-18 MINAMIAOYAMA MINATO-KU\nTOKYO JAPAN 107-0062\n:52A:MNTOJPJT\n:59:/0721449305\nLIM WEI MING\n"
            "BLK 412 ANG MO KIO AVE 10\n#08-1135 SINGAPORE 560412\n:59F:/DE44500105175407324931\n1/ULUGBEK TRADE LLC\n"
            "2/12 AMIR TEMUR STREET\n:71A:SHA\n-}\n")
    assert found(text, "JP_BANK_ACCOUNT") == ["2470002187703", "0721449305", "DE44500105175407324931"]
    assert "LIM WEI MING" in found(text, "PERSON") and "ULUGBEK TRADE LLC" not in found(text, "PERSON")
    assert "BLK 412 ANG MO KIO AVE 10\n#08-1135 SINGAPORE 560412" in found(text, "ADDRESS")
    assert "107-0062" in found(text, "POSTAL_CODE")


def test_a_bare_account_column_of_seven_digit_numbers():
    text = ("alert_id,created,cust_no,cust_name,account,amount_jpy\n"
            "TM-1,2024-09-02,0055120871,鶴見 大輔,6028813,9800000\nTM-2,2024-09-02,0012007715,岡部 正美,1187402,4500000\n")
    assert found(text, "JP_BANK_ACCOUNT") == ["6028813", "1187402"]
    text = "service,account,region\nAWS,482910375516,ap-northeast-1\nAWS,402118990123,us-east-1\n"
    assert found(text, "JP_BANK_ACCOUNT") == []


def test_a_licence_number_spaced_between_dai_and_go():
    assert found("運転免許証\n　番号 第 43 1502 8841 30 号　交付 令和5年09月12日\n", "JP_DRIVERS_LICENSE") == ["43 1502 8841 30"]
    assert found("議案 第 1 2 号\n", "JP_DRIVERS_LICENSE") == []


def test_a_forms_hint_of_a_phone_number_and_published_example_ibans_are_no_ones():
    text = '.hint,"例：090-0000-0000","e.g. +1 202 555 0100","z. B. +49 30 000000","ex. : +33 1 00 00 00 00"\n'
    assert found(text, "PHONE_NUMBER") == []
    assert found("連絡先（例：日中）090-1234-5678\n", "PHONE_NUMBER") == ["090-1234-5678"]
    text = "SEPA のテストには次のIBANを使用してください。\n  - DE89 3704 0044 0532 0130 00 … 成功\n口座番号 0000001〜0000009\n"
    assert found(text, "JP_BANK_ACCOUNT") == []
    assert found("IBAN: DE89 3704 0044 0532 0130 00\n", "JP_BANK_ACCOUNT") == ["DE89 3704 0044 0532 0130 00"]


def test_a_licence_grouped_2_4_4_2_and_a_resident_code_grouped_3_4_4_after_its_label():
    text = "NGY-MD,2024-09-07,買受,小池 元気,1995-12-01,名古屋市天白区植田3-1402,運転免許証,54 8205 4477 90,中西\n"
    assert found(text, "JP_DRIVERS_LICENSE") == ["54 8205 4477 90"]
    assert found("  住民票コード　　139 5829 4705\n", "JP_RESIDENT_CODE") == ["139 5829 4705"]
    assert found("電話 090 1234 5678 12\n", "JP_DRIVERS_LICENSE") == []


def test_a_csv_whose_first_row_has_more_commas_than_its_header():
    text = ("No,到着日,客室,氏名,国籍,旅券番号,住所,電話\n"
            "1,2026/01/11,608,Daniel Okafor,NGA,A07719254,14 Adeola Odeku Street, Victoria Island, Lagos,+234 803 551 2094\n"
            "2,2026/01/11,611,Maria Santos,PHL,P4401927B,22 Kalayaan Ave., Diliman, Quezon City 1101,+63 917 802 4416\n")
    assert found(text, "JP_PASSPORT") == ["A07719254", "P4401927B"]
    assert "14 Adeola Odeku Street, Victoria Island, Lagos" in found(text, "ADDRESS")


def test_airline_style_family_slash_given_names_in_a_travel_text():
    text = "Passenger names on tickets: SUWANNARAT/KITTI, SUWANNARAT/PORN, WANG/LEI MR.\n"
    assert found(text, "PERSON") == ["SUWANNARAT/KITTI", "SUWANNARAT/PORN", "WANG/LEI"]
    text = "Flight HND/FRA departs. Use TCP/IP AND/OR UDP for the booking API. FARE NONEND/CHG RES/TKTG\n"
    assert found(text, "PERSON") == []


def test_a_licence_grouped_by_its_parts():
    assert found("　 免許証番号 62 05 123481 90（大阪府公安委員会）\n", "JP_DRIVERS_LICENSE") == ["62 05 123481 90"]


def test_a_row_code_with_a_kanji_part_leads_a_table_not_a_form():
    text = ("交付番号|請求日|請求者区分|本籍|筆頭者|対象者氏名|生年月日|用途\n"
            "R5-身-1184|2024-03-08|本人(郵送)|岐阜県高山市本町二丁目１８番地|乾 誠|乾 龍之介|H13.01.30|警備業(就職)\n"
            "R5-身-1185|2024-03-08|代理人(弁護士)|岐阜県高山市上岡本町３丁目２２１番地|坂下 房吉|坂下 明宏|S53.10.02|宅建業\n")
    assert found(text, "DATE_OF_BIRTH") == ["H13.01.30", "S53.10.02"]


def test_a_study_coordinators_role_before_a_surname():
    assert found("# 作成: CRC 井手口　確認: 有馬\n", "PERSON") == ["井手口", "有馬"]
    assert found("記録者：RA 佐伯\n", "PERSON") == ["佐伯"]
    assert found("RA 規制の強化について\n", "PERSON") == []


def test_a_name_element_with_a_european_family_name():
    assert found("<Lead>\n  <Name>Hannah Schäfer</Name>\n  <Company>Schäfer Logistik KG</Company>\n</Lead>\n", "PERSON") == [
        "Hannah Schäfer"]
    assert found("<Item>\n  <Name>Apple Watch</Name>\n</Item>\n", "PERSON") == []


def test_a_mascots_quoted_name_is_no_ones():
    assert found("市内循環バス「ぐるっとくん」東ルート（右回り）時刻表\n", "PERSON") == []
    assert found("イメージキャラクター「まもるくん」も応援しています！\n", "PERSON") == []
    assert found("今日は「はやとくん」がお迎えの時間に泣いてしまいました。\n", "PERSON") == ["はやと"]


def test_romanised_place_words_are_no_names():
    assert found("Kanazawa Ekimae      Twin (non-smoking)   TWN   12,900\n", "PERSON") == []
    assert found("Dear Haruka Machida,\nThank you.\n", "PERSON") == ["Haruka Machida"]


def test_a_listed_companys_timely_disclosure_names_its_officers_publicly():
    text = ("各位\n　　　　会社名　株式会社サンプル電鉄\n　　　　代表者名　代表取締役社長執行役員　鷲尾 恒一\n"
            "　　　　（コード番号：9218　東証プライム）\n　　　　問合せ先　取締役常務執行役員 経営企画本部長　瀬川 里美\n\n"
            "　　　代表取締役の異動および役員人事に関するお知らせ\n\n新任代表取締役の略歴\n　戸倉 博之（とくら ひろゆき）\n")
    assert found(text, "PERSON") == []
    assert found("社員番号 9218 東証 研修\n担当：鷲尾 恒一\n", "PERSON") == ["鷲尾 恒一"]
