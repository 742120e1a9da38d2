"""Formats met in session 22: owners' and buyers' columns in tables about animals (a pet insurer's claims, a
breeder's ledger, a clinic's booking JSON), a CSV's title and note rows above its header, a 婚姻届's 氏 / 名 fields,
a relation after its label, foreigners' names written family name first, buildings named in English or in katakana
after a plain lot number, katakana given names with a kanji ending, given names as speakers in minutes, and what
must stay unreported."""

from __future__ import annotations

from engine_helpers import found


# -- tables about animals and their owners ------------------------------------------------------------------------

def test_a_pet_insurers_claims_keep_the_policyholders():
    text = ("claim_no,holder_name,holder_kana,holder_dob,zip,pet_name,species,diagnosis,claim_amount\n"
            "C240401-0012,佐藤 由香,サトウ ユカ,1990-07-15,060-0807,ムギ,犬,膝蓋骨脱臼,84200\n"
            "C240401-0013,Tanaka Ryo,タナカ リョウ,1978/11/02,4600008,きなこ,猫,膀胱炎,12650\n"
            "C240402-0001,金子 さおり,カネコ サオリ,1969-01-30,921-8025,ペコ,うさぎ,不正咬合,9900\n")
    assert sorted(found(text, "PERSON")) == sorted(["佐藤 由香", "Tanaka Ryo", "金子 さおり", "サトウ ユカ",
                                                     "タナカ リョウ", "カネコ サオリ"])
    assert found(text, "DATE_OF_BIRTH") == ["1990-07-15", "1978/11/02", "1969-01-30"]
    assert not any(n in found(text, "PERSON") for n in ("ムギ", "きなこ", "ペコ"))


def test_a_breeders_ledger_keeps_its_buyers():
    text = ("| 管理No | 引渡日 | 購入者 | フリガナ | 〒 | 犬種/性別 | MC番号 |\n|---|---|---|---|---|---|---|\n"
            "| HT-23-041 | 2023/10/08 | 福田 圭 | フクダ ケイ | 400-0031 | Mダックス/♀ | 392148000107728 |\n"
            "| HT-23-052 | 2023/12/02 | 宮崎 優子 | ミヤザキ ユウコ | 409-3866 | Mダックス/♂ | 392148000107731 |\n")
    assert {"福田 圭", "宮崎 優子"} <= set(found(text, "PERSON"))


def test_a_clinic_booking_json_reads_owner_and_pet_apart():
    text = ('{\n  "owner": {\n    "last_name": "西村",\n    "first_name": "葵",\n    "last_name_kana": "ニシムラ",\n'
            '    "first_name_kana": "アオイ",\n    "birthday": "1995-04-22"\n  },\n'
            '  "pets": [\n    {"name": "ゴマ", "species": "cat", "birthday": "2024-01-10"}\n  ]\n}\n')
    assert found(text, "PERSON") == ["西村", "葵", "ニシムラ", "アオイ"]
    assert found(text, "DATE_OF_BIRTH") == ["1995-04-22"]  # not the cat's


def test_a_pet_hotels_guest_object_is_a_person():
    text = ('{"booking": {"guest": {"name": "吉川 大翔", "name_kana": "ヨシカワ ヒロト"},\n'
            ' "pet": {"name": "ココ", "breed": "トイプードル", "birthday": "2021-03-03"}}}\n')
    assert "吉川 大翔" in found(text, "PERSON")
    assert "ココ" not in found(text, "PERSON")


# -- tables, forms, names -----------------------------------------------------------------------------------------

def test_a_csvs_title_and_note_rows_above_the_header():
    text = ('"丸山運送株式会社 給与台帳(抜粋) 2024年10月支給分","","","","","",""\n'
            '"出力者: 総務 野口","出力日時: 2024/10/25 18:02","※個人番号列は取扱担当者のみ閲覧可","","","",""\n'
            '"社員No","氏名","ｼﾒｲ","生年月日","振込銀行","支店","口座番号"\n'
            '"M0412","中村 大樹","ﾅｶﾑﾗ ﾀﾞｲｷ","1988/06/14","三菱UFJ","新木場","0827711"\n'
            '"M0419","斉藤 リナ","ｻｲﾄｳ ﾘﾅ","1996/02/29","ゆうちょ","〇一八","3310458"\n'
            '"M0431","金子 亮","ｶﾈｺ ﾘｮｳ","1979/11/03","城北信金","新井","2093365"\n')
    assert found(text, "DATE_OF_BIRTH") == ["1988/06/14", "1996/02/29", "1979/11/03"]
    assert found(text, "JP_BANK_ACCOUNT") == ["0827711", "3310458", "2093365"]


def test_a_marriage_registrations_family_and_given_name_fields():
    text = "(1)氏名　　　　氏 中川　名 大輔　　　　　氏 藤井　名 美咲\n"
    assert found(text, "PERSON") == ["中川", "大輔", "藤井", "美咲"]


def test_a_relation_after_its_label_is_no_given_name():
    text = "(4)父母の氏名　　夫　父 中川 隆　　母 恵子　続き柄 長男\n"
    names = found(text, "PERSON")
    assert "恵子" in names and not any("長男" in n for n in names)


def test_foreigners_written_family_name_first():
    assert found("3\t1108\tIvanov Sergei\ts.ivanov@example.com\t2024年9月\n", "PERSON") == ["Ivanov Sergei"]
    assert found("| K-42 | 2024/07/19 | 1103 | Gupta Rohan | 帰国中のエアコン工事立会 |\n", "PERSON") == ["Gupta Rohan"]
    assert found("Grace Park\n", "PERSON") != ["Park Grace"]  # (a weak word leads no family-first pair)


def test_a_katakana_given_name_with_its_kanji_ending():
    assert found("■ご納骨予定の方\n　1. 堀内 トシ子（母）　令和6年12月\n", "PERSON") == ["堀内 トシ子"]
    assert found("東京 ハルカ子供\n", "PERSON") == []


def test_given_names_as_speakers_in_minutes():
    text = ("出席：野村 玲子（修一の妻）、田村 恭子（長女）\n2. 意見\n　・恭子：両親とも門徒だった。\n"
            "　・玲子：費用は按分が良いのでは。\n")
    names = found(text, "PERSON")
    assert names.count("恭子") == 1 and names.count("玲子") == 1


# -- addresses ------------------------------------------------------------------------------------------------------

def test_a_building_named_in_english_after_the_lot():
    text = "Address in Japan : 東京都港区六本木6-12-4 Roppongi Hills Residence B-2108\n"
    assert found(text, "ADDRESS") == ["東京都港区六本木6-12-4 Roppongi Hills Residence B-2108"]
    text = "Address: 東京都千代田区丸の内1-1-1 Marunouchi Building 12F, Tokyo\n"
    assert found(text, "ADDRESS") == ["東京都千代田区丸の内1-1-1 Marunouchi Building 12F"]


def test_a_katakana_building_and_room_after_a_plain_lot_number():
    text = "被害者住所：〒236-0016 横浜市金沢区谷津町384 ロイヤルシティ金沢文庫902\n"
    assert found(text, "ADDRESS") == ["横浜市金沢区谷津町384 ロイヤルシティ金沢文庫902"]


def test_a_count_of_halls_in_a_city_is_no_address():
    assert found("拠点　本社（名古屋市中区）、会館 12か所（名古屋市内8、春日井市2）\n", "ADDRESS") == []


def test_a_calendar_events_organiser_and_attendees():
    text = ("BEGIN:VEVENT\nORGANIZER;CN=高橋 誠司:mailto:s.takahashi@example.com\n"
            "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Yuna Park:mailto:yuna.hm@example.com\n"
            "ATTENDEE;CUTYPE=ROOM;CN=会議室A:mailto:room-a@example.com\n"
            'ATTENDEE;CN="Sales Team":mailto:sales@example.com\nEND:VEVENT\n')
    assert found(text, "PERSON") == ["高橋 誠司", "Yuna Park"]


def test_a_wedding_couple_by_label_and_romanised_given_names():
    text = ("Groom: NAKAGAWA DAISUKE  Passport No. TR4418207\n"
            "Bride: KAWATA MIKU (旧姓 坂口 / SAKAGUCHI MIKU)  DOB 1993-02-14\n")
    assert {"NAKAGAWA DAISUKE", "KAWATA MIKU", "SAKAGUCHI MIKU"} <= set(found(text, "PERSON"))


def test_a_bullet_train_is_no_name():
    assert found("Day 4  Thu 15 May  Shinkansen Nozomi 215 Tokyo 09:00 → Kyoto 11:15\n", "PERSON") == []


def test_a_legacy_records_era_birth_date_after_the_name():
    text = ("*LAYOUT SEQ(4) KBN(1) UKE(8) KANA(20) KANJI(12) BIRTH(7) SEX(1) OLD_ADDR(30)\n"
            "0001120240329ｻｲﾄｳ ｺｳｼﾞ          斎藤　浩二  S530704M藤沢市亀井野3-21-7\n"
            "0003120240329ﾊﾏﾀﾞ ｼﾝｲﾁ         浜田　信一  H080211M藤沢市石川4-2-10\n"
            "0001024871ﾀｶﾊｼ ｹﾝｲﾁ         高橋　健一  S33/04/02 0422-51-3390\n")
    assert found(text, "DATE_OF_BIRTH") == ["S530704", "H080211", "S33/04/02"]


def test_a_birth_date_in_a_pipe_row_after_the_name_and_reading():
    text = ("No|Nome|カナ|生年月日|在留資格|電話\n"
            "1|Ana Paula Nakamura Oliveira|アナ パウラ ナカムラ オリベイラ|1988.09.22|定住者|080-5102-3948\n")
    assert found(text, "DATE_OF_BIRTH") == ["1988.09.22"]
    assert found("3|山田 花子|2019.04.01 入社|営業部\n", "DATE_OF_BIRTH") == []


def test_phone_numbers_before_a_slash_and_with_middle_dots():
    text = "連絡先：080‐7213‐0469／23l0561@s.naniwa-law.example.ac.jp\n"
    assert found(text, "PHONE_NUMBER") == ["080‐7213‐0469"]
    text = "　電話　　　　092（663）4018／０８０（５５１７）２２３９\n"
    assert found(text, "PHONE_NUMBER") == ["092（663）4018", "０８０（５５１７）２２３９"]
    assert found("┃ 携帯　　　　　　 090･1652･3380\n", "PHONE_NUMBER") == ["090･1652･3380"]
    assert found("期間 2024/01/15-2024/03/31 分割 1・2・3・4\n", "PHONE_NUMBER") == []


def test_romanised_addresses_in_the_japanese_order_and_with_bare_city_names():
    cases = {
        "Tirahan: Aichi-ken Toyohashi-shi Ushikawa-dori 2-14-8\n": "Aichi-ken Toyohashi-shi Ushikawa-dori 2-14-8",
        "Endereço: Shizuoka-ken, Hamamatsu-shi, Chuo-ku, Sumiyoshi 2-14-8, Apto 203\n":
            "Shizuoka-ken, Hamamatsu-shi, Chuo-ku, Sumiyoshi 2-14-8, Apto 203",
        "Address: Osaka-shi Kita-ku Tenma 1-8-22, Residence Tenma 1104\n":
            "Osaka-shi Kita-ku Tenma 1-8-22, Residence Tenma 1104",
        "Address: 2-5-1 Minami-Ohsawa, Hachioji, Tokyo 192-0397\n": "2-5-1 Minami-Ohsawa, Hachioji, Tokyo",
    }
    for text, want in cases.items():
        assert found(text, "ADDRESS") == [want], text
    text = "Stay: Hotel Hakone Gardens, 1297 Gora, Hakone-machi, Ashigarashimo-gun, Kanagawa 250-0408\n"
    assert not any(a.startswith("Ashigarashimo") for a in found(text, "ADDRESS"))
    assert found("We visited Nagoya-shi in 2024, 3 times.\n", "ADDRESS") == []


def test_an_sql_updates_assignments():
    text = ("BEGIN;\nUPDATE members\n   SET last_name   = '遠藤',\n       first_name  = '光',\n"
            "       birth_date  = DATE '1990-04-02'\n WHERE member_id = 100234;\n")
    assert found(text, "PERSON") == ["遠藤", "光"]
    assert found("UPDATE products SET name = '光', price = 980 WHERE id = 7;\n", "PERSON") == []


# -- branch offices, station exits, fixed-width rows, withholding slips, letters ------------------------------------

def test_a_branch_office_column_is_a_place_not_a_surname():
    text = ("組合員番号,氏名,支所,電話\n"
            "10231,佐々木 一郎,古川,0229-22-1234\n"
            "10232,高橋 和子,岩出山,0229-72-5678\n")
    people = found(text, "PERSON")
    assert "佐々木 一郎" in people and "高橋 和子" in people
    assert not any(p in ("古川", "岩出山") for p in people)


def test_a_buildings_exit_is_not_the_surname_higashiguchi():
    assert not found("お荷物の受け取りはパッケージセンター東口です。", "PERSON")
    assert found("本日の担当の東口です。よろしくお願いします。", "PERSON") == ["東口"]


def test_a_fixed_width_rows_compact_birth_date_after_a_sex_code():
    text = ("ｶﾅｼﾒｲ               ｾｲ ｾｲﾈﾝｶﾞｯﾋﾟ\n"
            "ｷﾑﾗ ｶﾂﾄｼ            1 19560214\n")
    assert found(text, "DATE_OF_BIRTH") == ["19560214"]


def test_a_labelled_my_number_survives_a_row_of_amounts():
    text = ("支払金額 | 源泉徴収税額 | 社会保険料\n"
            "3,600,000 | 82,500 | 512,340\n"
            "(個人番号) 388099990846 | - | -\n")
    assert found(text, "JP_MY_NUMBER") == ["388099990846"]


def test_a_title_before_a_family_name_that_is_also_a_word():
    assert "Park" in found("Dear Ms. Park,\nThank you for your order.", "PERSON")
