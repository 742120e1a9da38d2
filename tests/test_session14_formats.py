"""Formats met in session 14: the records of foreign residents and students (Chinese names in Chinese text,
Vietnamese and Chinese table headers, accented names in name columns, bilingual labels of residence cards, names in
capitals after roles that name a person, unknown Latin names before さん/様, addresses abroad wrapped onto an indented
line or held in an XML element), chat lines whose speaker is a desk with the surname in brackets, and the scans that
were made cheaper without changing what they find."""

from __future__ import annotations

import re

from engine_helpers import found
from classifiers import placeholders
from classifiers.address import _ABROAD_LABEL, _abroad_labels


def test_chinese_names_in_chinese_text():
    text = ("姓名：陈浩\u3000（拼音：CHEN HAO）\n性别：男\n经费支付人：父亲 陈志刚\u3000物流公司 经理\n"
            "紧急联系人：母亲 林秀梅\u3000+86 136 0411 2875\n")
    names = found(text, "PERSON")
    assert {"陈浩", "陈志刚", "林秀梅"} <= set(names)


def test_chinese_name_of_a_japanese_form_and_a_parent_named_after_the_child():
    assert "刘 佳怡" in found("氏名 Name：LIU JIAYI\u3000漢字：刘 佳怡\u3000カナ：リュウ\u3000ジアイー\n", "PERSON")
    assert found("20:31 赵雨桐妈妈：老师您好，想问一下第二期学费什么时候交？\n", "PERSON") == ["赵雨桐"]


def test_japanese_kin_words_before_a_japanese_name_are_not_read_as_chinese():
    assert found("父は林業、母は王子製紙に勤務。兄 高校教師。\n", "PERSON") == []


def test_vietnamese_and_chinese_headers_classify_their_columns():
    text = ("STT | Họ và tên | Ngày sinh | Số hộ chiếu | Trình độ\n"
            "1 | TRẦN VĂN MINH | 21/09/2000 | C4471298 | NAT N4\n"
            "2 | LÊ VĂN ĐẠT | 05/12/1999 | P0582214 | J.TEST F\n")
    assert found(text, "PERSON") == ["TRẦN VĂN MINH", "LÊ VĂN ĐẠT"]
    assert found(text, "DATE_OF_BIRTH") == ["21/09/2000", "05/12/1999"]
    text = "姓名,出生日期,手机,地址\n陈浩,2002-11-03,139 4082 6613,辽宁省大连市沙河口区西安路63号\n"
    assert found(text, "DATE_OF_BIRTH") == ["2002-11-03"]
    assert found(text, "PHONE_NUMBER") == ["139 4082 6613"]


def test_bilingual_label_of_a_residence_card():
    assert found("在留カード\n氏名 NAME\u3000NGUYEN THI HOA\n生年月日 1999年03月14日\n", "PERSON") == ["NGUYEN THI HOA"]
    assert found("氏名 NAME\n", "PERSON") == []


def test_names_in_capitals_after_roles_that_name_a_person():
    assert found("前住所：国外（スリランカ）\n世帯主：DISSANAYAKE RUWAN\n", "PERSON") == ["DISSANAYAKE RUWAN"]
    assert found("\u3000学生：KASUN JAYAWARDENA（2024-0288）\n", "PERSON") == ["KASUN JAYAWARDENA"]
    # (a role that names an act, not a person: capitals after it are no name)
    assert found("受付：REMOTE WORK\n", "PERSON") == []
    assert found("学生：3名\n学生：在籍中\n", "PERSON") == []


def test_unknown_latin_names_before_a_japanese_honorific():
    assert found("寮A-07のJasur Karimovさん、昨夜入院しました\n", "PERSON") == ["Jasur Karimov"]
    assert found("支払者：叔父 Nimal Perera 様（横浜市在住）\n", "PERSON") == ["Nimal Perera"]
    assert found("Red Hatさんとの打ち合わせ。Sales Teamさんへ連絡。\n", "PERSON") == []


def test_desk_speakers_with_the_surname_in_brackets():
    text = "10:15 サポート(小松): ありがとうございます！\n10:20 サポート(小松): 確認します。\n"
    assert found(text, "PERSON") == ["小松", "小松"]
    text = "[19:18] Toto Support (Sasaki): thank you\n[19:21] Toto Support (Sasaki): OK.\n"
    assert found(text, "PERSON") == ["Sasaki", "Sasaki"]
    assert found("09:00 受付(東京): 開始\n09:10 受付(大阪): 終了\n", "PERSON") == []
    assert found("氏名（本名）\u3000：鶴田 沙耶\nフリガナ（本名）：ツルタ サヤ\n", "PERSON") == ["鶴田 沙耶", "ツルタ サヤ"]


def test_no_particle_in_a_surname_after_a_role():
    assert found("車両故障で遅延。ドライバー 藤原 から 21:50 に詫び電話済み。\n", "PERSON") == ["藤原"]


def test_address_abroad_wrapped_or_in_an_xml_element():
    text = ("5. Permanent address: Putalibazar Municipality Ward No. 9, Syangja,\n"
            "   Gandaki Province, Nepal\n6. Mobile: +977-984-1234567\n")
    assert found(text, "ADDRESS") == ["Putalibazar Municipality Ward No. 9, Syangja,\n   Gandaki Province, Nepal"]
    text = "<HomeAddress>Kageshwori Manohara-6, Kathmandu, Bagmati Province, Nepal</HomeAddress>\n"
    assert found(text, "ADDRESS") == ["Kageshwori Manohara-6, Kathmandu, Bagmati Province, Nepal"]
    # (a version list in an element is no address)
    assert found("<BuildAddress>v1.2.3, v1.2.4, v2.0.0 release</BuildAddress>\n", "ADDRESS") == []


def test_abroad_labels_found_near_their_key_words_are_the_full_scan_s():
    texts = [
        "Permanent address: Ward No. 7, Lekhnath, Pokhara\n住所：Jl. Cempaka No. 17, Kota Bandung\n"
        "Residential_Address : 12 Main St, Springfield, IL\n帰国後の住所（英語）：House 5, Road 3, Dhaka\n",
        "no label here\n" * 50 + "Sponsor's Address: 1 High St, Leeds, UK\n",
        "住所 住所 住所：\n\"address\": \"Ward 4, Bharatpur, Chitwan\"\n",
    ]
    for t in texts:
        assert [m.span() for m in _abroad_labels(t)] == [m.span() for m in _ABROAD_LABEL.finditer(t)]


def test_teaching_material_cues_split_by_case_find_what_the_case_insensitive_scan_finds():
    old_doc = re.compile(r"(?i)例文|フレーズ集|会話例|ロールプレイ|英会話|練習問題|表記例|記載例|記入要領|書き方の例|"
                         r"(?<![\w-])(?:role[- ]?play|useful (?:phrases|expressions)|phrasebook|style guide|exercise)(?![\w-])")
    for t in ("Useful Phrases for the front desk", "ROLE-PLAY: check-in", "英会話の例文", "an exercise-book", "Exercise 3",
              "記入例：山田 太郎", "Example: John Smith", "t@example.co.jp", "no cue", "Style Guide 2024"):
        low = t.lower()
        assert placeholders._doc_cue_in(t, low) == (old_doc.search(t) is not None)
        assert (placeholders._CUE_JA.search(t) is not None or placeholders._CUE_EN.search(low) is not None) == (
            placeholders._CUE.search(t) is not None)


def test_identifiers_written_as_examples_are_no_one_s():
    assert found("差出人の旅券番号欄：必要。記入例「AB1234567（見本）」。\n", "JP_PASSPORT") == []
    assert found("口座番号（例）0012345\n", "JP_BANK_ACCOUNT") == []
    assert found("カード番号 例：4111 1111 1111 1111\n", "CREDIT_CARD") == []
    # (定例, 事例 are no example cue)
    assert found("定例会議 旅券番号 TK1234567\n", "JP_PASSPORT") == ["TK1234567"]


def test_a_card_slip_prints_the_card_as_its_member_number():
    assert found("カード会社 AMEX\n会員番号  3758 713248 02348\n有効期限  **/**\n", "CREDIT_CARD") == ["3758 713248 02348"]
    assert found("ポイントカード番号：5331 4559 3200 7909\n", "CREDIT_CARD") == []


def test_a_status_where_a_name_was_is_no_name():
    text = "会員番号,氏名,カナ,生年月日\n2100045813,山田 花子,ヤマダ ハナコ,1980-01-02\n2100045815,退会済み,,\n"
    assert found(text, "PERSON") == ["山田 花子", "ヤマダ ハナコ"]


def test_branch_in_brackets_after_each_attendee_is_no_person():
    text = "出席：木下（本町）、宮田（金沢本町）、桑原（新町）\n出席：国際交流協会（小野寺、佐々木）\n"
    assert found(text, "PERSON") == ["木下", "宮田", "桑原", "小野寺", "佐々木"]


def test_insurance_symbol_and_number_columns_of_a_patient_master():
    text = ("INSERT INTO patient_master (patient_id, name_kanji, insurer_no, ins_symbol, ins_number) VALUES\n"
            "(120331, '福島 直樹', '06070018', '郡山 14', '2208'),\n(120332, '安藤 美里', '01070017', '8140921', '57');\n")
    assert found(text, "JP_HEALTH_INSURANCE") == ["郡山 14", "2208", "8140921", "57"]


def test_us_address_on_two_lines_and_a_ph_label():
    text = ("Consignee: Jennifer L. Kowalczyk\n           1482 Alder Creek Rd, Apt 3B\n"
            "           Portland, OR 97214\n           USA   Ph: (503) 555-0187\n")
    assert found(text, "ADDRESS") == ["1482 Alder Creek Rd, Apt 3B\n           Portland, OR 97214"]
    assert found(text, "PHONE_NUMBER") == ["(503) 555-0187"]
    assert found("Version 2 Release Notes\nPortland, OR 97214\n", "ADDRESS") == []
    assert found("graph: 503-555-0187 nodes\n", "PHONE_NUMBER") == []


def test_names_written_onto_an_investigator_s_roles():
    text = "18時52分、対象者中山 隆之は通用口から退出。調査員遠藤が車両で追尾した。\n帰宅 撮影者宮本\n"
    assert found(text, "PERSON") == ["中山 隆之", "遠藤", "宮本"]
    assert found("対象者本人は不在。調査員全員で確認。同僚数名と会食。\n", "PERSON") == []


def test_latin_greetings_and_inverted_names():
    assert found("Dear Ms McKenzie,\n", "PERSON") == ["McKenzie"]
    assert found("Dear Mr. O'Connor,\n", "PERSON") == ["O'Connor"]
    assert found("Dear Claims Team,\n", "PERSON") == []
    assert found("Full name (as in passport) : DELA CRUZ, MARIA CRISTINA\n", "PERSON") == ["DELA CRUZ, MARIA CRISTINA"]


def test_korean_names_in_hangul():
    text = "[이지혜] [오전 9:02] 오늘 출근 못할 것 같아요\n[박성호] [오전 9:10] 괜찮아?\n"
    assert found(text, "PERSON") == ["이지혜", "박성호"]
    text = "2025년 2월 10일 오후 3:12, 최지원 : 한승우 씨 여권 사본 다시 보내주세요\n"
    assert found(text, "PERSON") == ["최지원", "한승우"]
    assert found("인사팀 최지원 과장님께,\n안녕하세요. 신오쿠보점 박성호입니다.\n", "PERSON") == ["최지원", "박성호"]
    assert found("(2101,'尹 素羅',NULL,'윤소라','1988-10-02'),\n", "PERSON") == ["尹 素羅", "윤소라"]
    # places, languages, documents and the people an honorific follows that are no names
    text = "- 경력증명서: 서울 본점\n- 냉면 : 한국 13,000원\n- 여권번호: M48120937\n선생님께 감사드립니다. 고객님, 손님 여러분.\n"
    assert found(text, "PERSON") == []


def test_names_in_zengin_records_and_letters_without_a_decomposition():
    text = ("1210000012345６ｶ)ｸﾓﾉｽ                                   06250001ﾐｽﾞﾎ          243ｼﾌﾞﾔ\n"
            "20005ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ  462ｶﾒｲﾄﾞ          000010738215ｸﾞｴﾝ ﾃｲ ﾗﾝ                   0000250000\n"
            "20001ﾐｽﾞﾎ           110ｼﾌﾞﾔﾁﾕｳｵｳ      000013318207(ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ              0000120000\n"
            "8000002000000370000\n9\n")
    assert found(text, "PERSON") == ["ｸﾞｴﾝ ﾃｲ ﾗﾝ"]
    assert found(text, "JP_BANK_ACCOUNT") == ["0738215", "3318207"]
    text = "社員番号\t氏名\t生年月日\n004221\tEmre Yılmaz\t1993/07/22\n004222\tŁukasz Nowak\t1990/01/02\n"
    assert found(text, "PERSON") == ["Emre Yılmaz", "Łukasz Nowak"]


def test_katakana_column_beside_a_foreign_name():
    text = ("No\tHọ tên\tカタカナ\tNgày sinh / 生年月日\n1\tĐỗ Thị Hương\tド・ティ・フオン\t12/04/2001\n"
            "2\tVũ Quang Minh\tヴー・クアン・ミン\t28/09/1999\n")
    assert found(text, "PERSON") == ["Đỗ Thị Hương", "ド・ティ・フオン", "Vũ Quang Minh", "ヴー・クアン・ミン"]


def test_insurance_symbol_and_number_keys_of_nested_records_beside_a_bank_object():
    text = ('{\n  "insured": {\n    "hokensha_no": "01110015",\n    "kigo": "11020437",\n    "bango": "281",\n'
            '    "name": "井上 和代"\n  },\n  "bank": {\n    "bank_name": "ゆうちょ銀行",\n    "kigo": "10180",\n'
            '    "bango": "41726381"\n  }\n}\n')
    assert found(text, "JP_HEALTH_INSURANCE") == ["11020437", "281"]
    text = ("- record_id: KYC-24-10-0031\n  applicant:\n    name: 後藤 美咲\n  documents:\n    - type: health_insurance\n"
            "      insurer_no: \"06132015\"\n      symbol: \"2104\"\n      number: \"1187\"\n")
    assert found(text, "JP_HEALTH_INSURANCE") == ["2104", "1187"]


def test_bank_accounts_of_co_ops_post_office_branches_english_and_csv_rows():
    assert found("・部長：JAとまこまい広域 厚真支所 普通貯金 0057341\n", "JP_BANK_ACCOUNT") == [
        "JAとまこまい広域 厚真支所 普通貯金 0057341"]
    assert found("→ ゆうちょ銀行 〇一八店（ゼロイチハチ） 普通 4710382 開設済み。\n", "JP_BANK_ACCOUNT") == [
        "ゆうちょ銀行 〇一八店（ゼロイチハチ） 普通 4710382"]
    assert found("Please use MUFG Bank, Ebisu Branch, ordinary account 4021837.\n", "JP_BANK_ACCOUNT") == [
        "MUFG Bank, Ebisu Branch, ordinary account 4021837"]
    text = "区分,金融機関,支店名,種別,口座番号,残高\n預貯金,福井銀行,本店営業部,普通,4418206,1861204\n"
    assert found(text, "JP_BANK_ACCOUNT") == ["4418206"]


def test_a_seven_digit_code_of_the_address_s_own_region_before_it():
    assert found("1,松下\u3000健一,1,19620915,4600008,愛知県名古屋市中区栄３－１８－２\n", "POSTAL_CODE") == ["4600008"]
    assert found("西村\u3000義男    S320814  2740813  船橋市西習志野2-8-14\n", "POSTAL_CODE") == ["2740813"]
    # (a number of another region before an address is no code of it)
    assert found("会員番号 4512345,東京都港区芝1-2-3\n", "POSTAL_CODE") == []


def test_a_grade_after_an_origin_seeds_no_name():
    text = ("品目\u3000\u3000\u3000産地\u3000\u3000等級\u3000\u3000入荷量(t)\nりんご\u3000\u3000長野\u3000\u3000秀L\u3000\u3000\u300042.3\n"
            "りんご\u3000\u3000青森\u3000\u3000秀M\u3000\u3000\u3000118.6\n※産地リレーは長野→青森へ移行中。\n")
    assert found(text, "PERSON") == []


def test_latin_american_and_nikkei_names():
    assert found("Nome completo (como no passaporte): SOUZA OLIVEIRA, JOÃO PAULO\n", "PERSON") == [
        "SOUZA OLIVEIRA, JOÃO PAULO"]
    assert found("Apellidos y nombres: HIGA YONAMINE, Rosa María\n", "PERSON") == ["HIGA YONAMINE, Rosa María"]
    assert found("Data de cadastro: 12/09/2024         Coordenador(a): Patrícia Kato\n", "PERSON") == ["Patrícia Kato"]
    text = ("社員番号,氏名,フリガナ,派遣先\nHM0402,\"NAKAMURA DA SILVA, EDUARDO KENJI\",ﾅｶﾑﾗ ﾀﾞ ｼﾙﾊﾞ ｴﾄﾞｩｱﾙﾄﾞ ｹﾝｼﾞ,遠州精工\n"
            "HM0391,\"FERREIRA DOS SANTOS, ANA BEATRIZ\",ﾌｪﾚｲﾗ ﾄﾞｽ ｻﾝﾄｽ ｱﾅ ﾍﾞｱﾄﾘｽ,天竜電装\n")
    assert found(text, "PERSON") == ["NAKAMURA DA SILVA, EDUARDO KENJI", "ﾅｶﾑﾗ ﾀﾞ ｼﾙﾊﾞ ｴﾄﾞｩｱﾙﾄﾞ ｹﾝｼﾞ",
                                     "FERREIRA DOS SANTOS, ANA BEATRIZ", "ﾌｪﾚｲﾗ ﾄﾞｽ ｻﾝﾄｽ ｱﾅ ﾍﾞｱﾄﾘｽ"]
    assert found("被災者氏名: ロドリゲス ウエダ マルコス ビニシウス（社員番号 HM0418）\n", "PERSON") == [
        "ロドリゲス ウエダ マルコス ビニシウス"]
    assert found("2024/10/15 HM0402    中村 エドゥアルド 健二    住民票\n", "PERSON") == ["中村 エドゥアルド 健二"]
    # a surname, then a word or a model: no Nikkei name; an account held by a role: no four-part name
    assert found("本日 山田 ミーティング 開始。日野 デュトロ 2RG-XZU655M。五島 フェリー 5月3日\n", "PERSON") == []
    assert "ベンゴシ サエキ ジュン アズカリキン" not in found("口座名義：ベンゴシ サエキ ジュン アズカリキン\n", "PERSON")


def test_messenger_dates_and_titles_of_indonesian_filipino_and_iberian_speakers():
    text = ("[Hun 3, 2024 8:04 PM] Grace Mendoza: Hi po!\n[Hun 3, 2024 8:07 PM] Grace Mendoza: Ay naku.\n")
    assert found(text, "PERSON") == ["Grace Mendoza", "Grace Mendoza"]
    text = "12/06/24 21:16 - Rina Wulandari: Sudah bilang ke Pak Hasegawa (shunin)?\n"
    assert "Hasegawa" in found(text, "PERSON")
    assert "Rosa María Higa" in found("保護者様 / Sra. Rosa María Higa\n", "PERSON")


def test_birth_dates_kept_as_timestamps_and_a_pet_s_birth_date():
    text = ("INSERT INTO customers (id, name, birthday, created_at) VALUES\n"
            "(1203,'梅田 花子','1994-08-21 00:00:00','2022-11-03 10:02:11');\n")
    assert found(text, "DATE_OF_BIRTH") == ["1994-08-21 00:00:00"]
    text = '{"name":"徳島 太郎","dob":{"$date":"1983-05-09T00:00:00Z"},"created":{"$date":"2023-05-09T10:00:00Z"}}\n'
    assert found(text, "DATE_OF_BIRTH") == ["1983-05-09T00:00:00Z"]
    text = ("犬の登録申請書\n\u3000名前\u3000ハチ\u3000\u3000種類\u3000シベリアン・ハスキー\u3000\u3000毛色\u3000黒白\n"
            "\u3000生年月日\u30002024年2月14日\u3000\u3000性別\u3000メス\n\u3000飼い主氏名\u3000山田 太郎\u3000\u3000飼い主生年月日\u30001980年5月1日\n")
    assert found(text, "DATE_OF_BIRTH") == ["1980年5月1日"]


def test_birth_dates_in_brackets_after_a_name_and_birthdays_without_a_year():
    assert found("│植田 蓮（1992.3.18）        │旅券 TR4418211\n", "DATE_OF_BIRTH") == ["1992.3.18"]
    assert found("配偶者 桜井 隆（1977-05-06）同時加入\n", "DATE_OF_BIRTH") == ["1977-05-06"]
    assert found("お誕生日\u3000\u30002月29日（お誕生月にクーポンをお送りします）\n", "DATE_OF_BIRTH") == ["2月29日"]
    assert found("赤ちゃん\u3000男の子\u300010月3日生まれ\n", "DATE_OF_BIRTH") == ["10月3日"]
    # the date a signer signed, a recent event, a rule about everyone born on a day: no birth dates
    assert found("上長承認：岸本 一郎（2019/10/02）\n山田 太郎（2025/04/01）\n", "DATE_OF_BIRTH") == []
    assert found("※4月1日生まれは前の学年になります。早生まれ（1月1日〜4月1日生まれ）の方\n", "DATE_OF_BIRTH") == []


def test_a_csv_header_behind_a_comment_mark():
    text = ("# 列: 銀行コード,銀行名,支店コード,支店名,預金種目,口座番号,受取人名,金額\n"
            "0010,ﾐｽﾞﾎ,051,ｼﾌﾞﾔ,1,2047715,ｻﾄｳ ﾏﾘｺ,3280\n0005,ﾐﾂﾋﾞｼﾕｰｴﾌｼﾞｪｲ,263,ｲｹﾌﾞｸﾛ,1,0339182,ﾜﾀﾅﾍﾞ ｼﾝｲﾁ,15400\n")
    assert found(text, "JP_BANK_ACCOUNT") == ["2047715", "0339182"]


def test_ec_cube_name_columns():
    text = ("INSERT INTO `dtb_customer` (`id`,`name01`,`name02`,`kana01`,`kana02`,`email`) VALUES\n"
            "(30211,'西村','陽菜','ニシムラ','ヒナ','hina.n@example.jp'),\n"
            "(30215,'退会済','退会済','タイカイズミ','タイカイズミ','DELETED-30215');\n")
    assert found(text, "PERSON") == ["西村", "陽菜", "ニシムラ", "ヒナ"]


def test_a_double_checker_and_a_facility_head():
    assert found("夜勤者（6/17 Tran Van Duc）\u3000ダブルチェック：長谷川\n", "PERSON") == ["Tran Van Duc", "長谷川"]
    assert found("施設長室にて森田施設長が結果を伝達済み。\n", "PERSON") == ["森田"]
    assert found("ダブルチェック：済\u3000Wチェック：なし\n", "PERSON") == []


def test_done_by_an_emoji_display_name_and_a_japanese_role_before_a_latin_name():
    assert found("Approved (ref 8812) / reviewed by H. Kimura\n", "PERSON") == ["H. Kimura"]
    assert found("Powered by Google Cloud. Checked by System Admin.\n", "PERSON") == []
    assert found("2025/01/14 10:02 Fang🌸: 你好\n2025/01/14 10:15 Fang🌸: 谢谢\n", "PERSON") == ["Fang", "Fang"]
    assert found("受付：2025/06/20\u3000担当 Emily\n", "PERSON") == ["Emily"]
    assert found("担当 IT部\u3000スタッフ Support\n", "PERSON") == []


def test_a_child_s_given_name_after_a_relation():
    assert found("配偶者（32歳）、長女 ひなたちゃん（2019/5生）\n", "PERSON") == ["ひなた"]


def test_room_and_building_before_a_romanised_address_and_odm_item_attributes():
    text = "Address in Japan: Room 205, Sakura International House, 2-14-9 Koishikawa, Bunkyo-ku, Tokyo 112-0002\n"
    assert found(text, "ADDRESS") == ["Room 205, Sakura International House, 2-14-9 Koishikawa, Bunkyo-ku, Tokyo"]
    text = ('<ItemGroupData ItemGroupOID="demographics">\n  <ItemData ItemOID="first_name" Value="誠"/>\n'
            '  <ItemData ItemOID="last_name" Value="高畑"/>\n  <ItemData ItemOID="dob" Value="1990-04-02"/>\n</ItemGroupData>\n')
    assert found(text, "PERSON") == ["誠", "高畑"]
    assert found(text, "DATE_OF_BIRTH") == ["1990-04-02"]
