"""Formats met in held-out documents: passports of any country, passport MRZ lines, vCards, mail/calendar ids,
private IPv4 networks, aligned form labels, and the name layouts of chats, signatures, news and family forms."""

from __future__ import annotations

from classifiers import get_engine
from classifiers.mrz import check_digit
from classifiers.passport import other_passport_shape

ENGINE = get_engine()


def found(text: str) -> set[tuple[str, str]]:
    return {(e.type, text[e.start:e.end]) for e in ENGINE.analyze(text)}


def test_other_countries_passports_after_a_label():
    assert ("JP_PASSPORT", "P7720194A") in found("Passport No.      : P7720194A")
    assert ("JP_PASSPORT", "583920174") in found("a copy (passport no. 583920174).")
    assert ("JP_PASSPORT", "W8820417") in found("My passport is W8820417. Also")
    assert not any(t == "JP_PASSPORT" for t, _ in found("Passport Expiry: 20250101"))
    assert not any(t == "JP_PASSPORT" for t, _ in found("型番 AB1234567 在庫"))
    assert other_passport_shape("C01X00T47") and not other_passport_shape("ABCDEFG1") and not other_passport_shape("1111111")


def test_passport_column_holds_any_country():
    text = ("Room\tGuest Name\tNationality\tPassport No.\tTel\n"
            "501\tOliver Bennett\tAUS\tPA4418273\t+61 412 558 019\n"
            "503\tEmily Carter\tUSA\t548120937\t+1 415-555-0147\n")
    got = found(text)
    assert {("JP_PASSPORT", "PA4418273"), ("JP_PASSPORT", "548120937")} <= got


def test_mrz_lines():
    line2 = "TK4829163" + str(check_digit("TK4829163")) + "JPN" + "920203" + str(check_digit("920203")) + "F3207198" + "<" * 14 + "04"
    text = "P<JPNKAWABATA<<MIHO" + "<" * 25 + "\n" + line2 + "\n"
    got = found(text)
    assert {("JP_PASSPORT", "TK4829163"), ("DATE_OF_BIRTH", "920203"), ("PERSON", "KAWABATA<<MIHO")} <= got
    bad_line2 = "TK4829163" + str((int(line2[9]) + 1) % 10) + line2[10:]
    assert not any(t == "DATE_OF_BIRTH" for t, _ in found(bad_line2 + "\n"))  # alone, a wrong check digit is no MRZ
    # under a first MRZ line the layout is enough (OCR misreads a digit now and then)
    assert ("JP_PASSPORT", "TK4829163") in found("P<JPNKAWABATA<<MIHO" + "<" * 25 + "\n" + bad_line2 + "\n")


def test_vcard_names_and_postal_code():
    text = ("BEGIN:VCARD\nVERSION:3.0\nN:松浦;恵理子;;;\nFN:松浦 恵理子\nX-PHONETIC-LAST-NAME:マツウラ\n"
            "ADR;TYPE=HOME:;;中央区日本橋蛎殻町1-28-6-903;東京都;;103-0014;日本\nEND:VCARD\n")
    got = found(text)
    assert {("PERSON", "松浦"), ("PERSON", "恵理子"), ("PERSON", "松浦 恵理子"), ("PERSON", "マツウラ"),
            ("POSTAL_CODE", "103-0014")} <= got


def test_message_ids_and_uids_are_not_mailboxes():
    text = ("Message-ID: <e41b7a0c-22f9-4d1e-b3aa-8c0f5d6e9a71@example.ne.jp>\nFrom: taro@example.jp\n"
            "UID:holiday-20240429@calendar.example.jp\n")
    emails = {v for t, v in found(text) if t == "EMAIL_ADDRESS"}
    assert emails == {"taro@example.jp"}


def test_private_networks_are_addresses_and_upgrades_are_versions():
    assert ("IP_ADDRESS", "10.0.3.15") in found('10.0.3.15 - - [12/May/2024:10:00:02 +0900] "GET / HTTP/1.1" 200')
    assert ("IP_ADDRESS", "10.8.0.11") in found("      - targets: ['10.8.0.11:9100']")
    assert not any(t == "IP_ADDRESS" for t, _ in found("Upgraded from 5.12.7.3. Minimum client: 5.10"))


def test_aligned_labels_reach_their_values():
    assert ("POSTAL_CODE", "530-0041") in found("Postal Code               : 530-0041")
    assert ("POSTAL_CODE", "530-0041") in found("郵便番号          530-0041")
    assert not any(t == "POSTAL_CODE" for t, _ in found("品番                530-0041"))


def test_latin_name_layouts():
    assert ("PERSON", "KASHIWAGI RISA") in found("Applicant Name (Romaji)   : KASHIWAGI RISA")
    assert ("PERSON", "T. Morioka") in found("Screening Result : 承認  Operator: T. Morioka")
    assert ("PERSON", "J. Hartmann") in found("Guest signature: J. Hartmann")
    assert ("PERSON", "REYES, Marco Antonio D.") in found("Name of applicant : REYES, Marco Antonio D.\n")
    got = found("姓/Surname\nKAWABATA\n名/Given name\nMIHO\n国籍/Nationality\nJAPAN\n")
    assert {("PERSON", "KAWABATA"), ("PERSON", "MIHO")} <= got and ("PERSON", "JAPAN") not in got
    chat = "[2024/02/14 9:12] Sato, Kenji (佐藤 健二): おはよう\n[2024/02/14 9:13] Sato, Kenji (佐藤 健二): はい\n"
    assert ("PERSON", "Sato, Kenji") in found(chat)


def test_japanese_name_layouts():
    got = found("現場にいた自称飲食店経営小松 康平容疑者（39）を逮捕した。小松容疑者は否認している。")
    assert {("PERSON", "小松 康平"), ("PERSON", "小松")} <= got
    assert ("PERSON", "沢井") in found("広報担当 副署長 沢井  047-391-0110")
    assert ("PERSON", "鯨岡\u3000キミ子") in found("同居特別障害者：該当（母\u3000鯨岡\u3000キミ子）")
    assert ("PERSON", "木下 トミ") in found("10時の木下 トミ様宅ですよね")
    assert ("PERSON", "新垣") in found("担当 Staff: 新垣")
    assert not any(t == "PERSON" for t, _ in found("父 の日のプレゼント。母 親として。"))


def test_holder_and_identity_columns():
    text = ("社員番号\tName\t個人番号\t口座番号\t口座名義(ｶﾅ)\n"
            "E2301\tNGUYEN VAN MINH\t203844628496\t4471820\tｸﾞｴﾝ ｳﾞｱﾝ ﾐﾝ\n"
            "E2303\tLI WEI\t514731912347\t3029916\tﾘ ｳｴｲ\n")
    got = found(text)
    assert {("PERSON", "NGUYEN VAN MINH"), ("PERSON", "LI WEI"), ("PERSON", "ﾘ ｳｴｲ")} <= got
    assert not any(t == "JP_BANK_ACCOUNT" and "ｳ" in v for t, v in got)


def _zengin_record(bank: str, bank_name: str, branch: str, branch_name: str, acct: str, name: str, amount: int) -> str:
    rec = ("2" + bank + bank_name.ljust(15) + branch + branch_name.ljust(15) + "0000" + "1" + acct + name.ljust(30)
           + str(amount).rjust(10, "0") + "0" + " " * 20 + " " + " " + " " * 7)
    assert len(rec) == 120
    return rec


def test_zengin_transfer_file_accounts():
    header = ("1" + "21" + "0" + "0000012345" + "ｶ)ﾀｶｾｷｺｳｷﾞﾖｳ".ljust(40) + "0725" + "0005" + "ﾐﾂﾋﾞｼﾕｰｴﾌｼﾞｪｲ".ljust(15) + "412"
              + "ﾋﾛｼﾏ".ljust(15) + "1" + "3301927" + " " * 17)
    body = [_zengin_record("0005", "ﾐﾂﾋﾞｼﾕｰｴﾌｼﾞｪｲ", "412", "ﾋﾛｼﾏ", "1184520", "ﾅｶﾞｾ ﾀｸﾔ", 286400),
            _zengin_record("9900", "ﾕｳﾁﾖ", "408", "ﾖﾝｾﾞﾛﾊﾁ", "5521083", "ﾄﾞｲ ｱﾔｶ", 197600)]
    text = "\n".join([header] + body + ["8" + "000002" + "000000484000".rjust(12, "0"), "9"]) + "\n"
    accounts = {v for t, v in found(text) if t == "JP_BANK_ACCOUNT"}
    assert accounts == {"3301927", "1184520", "5521083"}


def test_accounts_cards_and_premiums():
    got = found(" - Salary account: SMBC Shinjuku Branch, Ordinary 8830214\n")
    assert ("JP_BANK_ACCOUNT", "SMBC Shinjuku Branch, Ordinary 8830214") in got
    sql = "('MC-1', 'bank', '千葉銀行 柏支店 普通 4406215', '4412091', '2024-04-06'),"
    assert {v for t, v in found(sql) if t == "JP_BANK_ACCOUNT"} == {"千葉銀行 柏支店 普通 4406215"}
    assert ("CREDIT_CARD", "3590 5119 8153 4346") in found("法人カード 3590 5119 8153 4346 で支払い")
    assert not any(t == "CREDIT_CARD" for t, _ in found("伝票 3590 5119 8153 4346"))
    payroll = ("社員番号,氏名,健康保険料,雇用保険料,差引支給額\n"
               "E10231,岩渕 紗季,15510,1768,237517\nE10388,大槻 航平,18953,2259,290568\n")
    assert not any(t == "JP_HEALTH_INSURANCE" for t, _ in found(payroll))
    assert not any(t == "JP_HEALTH_INSURANCE" for t, _ in found("雇用保険被保険者番号  2208-441905-3"))


def test_names_next_to_other_scripts_and_sign_offs():
    got = found("--\n小野寺 彩 / Aya Onodera\nKitaura Seiki Co.\n")
    assert {("PERSON", "小野寺 彩"), ("PERSON", "Aya Onodera")} <= got
    assert ("PERSON", "Ryo") in found('"body": "Please reset it (first time). Thanks, Ryo",')
    assert not any(t == "PERSON" for t, _ in found("Thanks, Tokyo Office team"))


def test_animal_registers_hold_no_personal_birth_dates():
    text = ("INSERT INTO patients (id, owner_id, pet_name, species, breed, birth_date, diagnosis) VALUES\n"
            " (5510, 1021, 'こむぎ', 'dog', 'トイプードル', '2015-03-08', '僧帽弁閉鎖不全症 ステージB2'),\n"
            " (5511, 1021, 'だいず', 'cat', '雑種', '2019-10-01', '慢性腎臓病 IRIS2');\n")
    got = found(text)
    assert not any(t in ("DATE_OF_BIRTH", "PERSON", "SPECIAL_CARE") for t, _ in got)
    people = "INSERT INTO members (id, name, birth_date) VALUES (1, '山田 太郎', '1985-03-08');\n"
    assert ("DATE_OF_BIRTH", "1985-03-08") in found(people)


def test_booking_records_and_pdf_forms():
    text = "  1) UNO/KENTARO MR    DOB 27MAR1988  PP TR2290417  EXP 12JUN2029\n"
    got = found(text)
    assert {("PERSON", "UNO/KENTARO"), ("DATE_OF_BIRTH", "27MAR1988"), ("JP_PASSPORT", "TR2290417")} <= got
    assert not any(t == "DATE_OF_BIRTH" and v == "12JUN2029" for t, v in got)
    form = "【本人】\n氏      名    宇野  健太郎              フ リ ガ ナ    ウノ  ケンタロウ\n所　　属　物流管理部\n"
    got = found(form)
    assert {("PERSON", "宇野  健太郎"), ("PERSON", "ウノ  ケンタロウ")} <= got
    assert not any(t == "PERSON" and v.startswith("所") for t, v in got)


def test_signed_notes_and_households():
    assert ("PERSON", "加賀谷") in found("利用明細と照合し修正済（加賀谷）\n")
    assert ("PERSON", "堀口") in found("- [x] ACL縮小（09/02 11:40 堀口）\n")
    assert ("PERSON", "大河内") in found("家計簿_2024_10.tsv（大河内家）\n")
    assert not any(t == "PERSON" for t, _ in found("会場は本社（東京）。次回は来週（未定）。農家へ嫁ぐ。"))


def test_health_insurance_abbreviated_columns():
    sql = ("INSERT INTO hr.employee (emp_no, name_kanji, hi_symbol, hi_number) VALUES\n"
           "('E08712', '堀口 真司', '4102', '96'),\n('E09871', '三浦 彩花', '4102', '241');\n")
    got = found(sql)
    assert {("JP_HEALTH_INSURANCE", "4102"), ("JP_HEALTH_INSURANCE", "96"), ("JP_HEALTH_INSURANCE", "241")} <= got


def test_fixed_width_header_with_single_spaced_narrow_columns():
    text = ("住民票コード  世帯番号    氏名              性別 生年月日    住所\n"
            "25849391855  0031842957  有村 陽菜         女   H30.04.12  鹿児島市紫原6丁目14-3\n"
            "88294258480  0031850112  東 湊             男   H30.09.30  鹿児島市宇宿2丁目8-21-402\n")
    got = found(text)
    assert {("DATE_OF_BIRTH", "H30.04.12"), ("DATE_OF_BIRTH", "H30.09.30"), ("PERSON", "東 湊")} <= got


def test_hl7_message_fields():
    text = ("MSH|^~\\&|HIS|GH|LIS|LAB|20240611093015||OML^O21|MSG1|P|2.5\n"
            "PID|1||0044271^^^GH^PI||筒井^亮介^^^^^L^I~ﾂﾂｲ^ﾘｮｳｽｹ^^^^^L^P||19740307|M|||埼玉県さいたま市浦和区常盤6-4-18^^^^330-0061^JPN^H\n"
            "PV1|1|O|NAI||||0312^中西^美穂^^^^^^L\n")
    got = found(text)
    assert {("PERSON", "筒井^亮介"), ("PERSON", "ﾂﾂｲ^ﾘｮｳｽｹ"), ("DATE_OF_BIRTH", "19740307"), ("POSTAL_CODE", "330-0061"),
            ("PERSON", "中西^美穂")} <= got


def test_box_drawn_tables_and_action_cells():
    text = ("┌───┬────────┬──────────┬──────────────┐\n"
            "│No.│氏名    │生年月日  │住民票コード  │\n"
            "├───┼────────┼──────────┼──────────────┤\n"
            "│ 1 │稲垣 真理│昭和６０年１月２２日│26952940758│\n"
            "└───┴────────┴──────────┴──────────────┘\n")
    assert ("DATE_OF_BIRTH", "昭和６０年１月２２日") in found(text)
    csv = ('"記録番号","取引種別","氏名","生年月日"\n"KY1","口座開設","金子 雄一郎","1979/08/14"\n'
           '"KY2","住所変更","佐々木 恵","1988/12/05"\n')
    assert {("DATE_OF_BIRTH", "1979/08/14"), ("DATE_OF_BIRTH", "1988/12/05")} <= found(csv)


def test_spaced_address_numbers_encoded_mails_and_yaml_names():
    assert ("ADDRESS", "東京都江東区大島 5 丁目 40 番 2 号") in found("住所：東京都江東区大島 5 丁目 40 番 2 号\n")
    assert ("EMAIL_ADDRESS", "mao.kobayashi%40example.jp") in found("GET /v1/members?email=mao.kobayashi%40example.jp HTTP/1.1")
    got = found('applicant:\n  name: "Silva Pedro Henrique"\nproduct:\n  name: "Widget Pro Max"\n')
    assert ("PERSON", "Silva Pedro Henrique") in got and not any("Widget" in v for _, v in got)
    assert ("PERSON", "古賀") in found("出庫前 04:52（対面・点呼者 古賀）アルコール 0.00mg/L")


def test_statistics_tables_about_conditions_name_no_one():
    text = "| 疾病名 | 今週 | 前週 |\n|---|---|---|\n| 手足口病 | 9.42 | 7.15 |\n| 感染性胃腸炎 | 5.10 | 4.88 |\n"
    assert not any(t == "SPECIAL_CARE" for t, _ in found(text))
    people = "| 氏名 | 病名 |\n|---|---|\n| 山田 太郎 | 2型糖尿病 |\n| 佐藤 花子 | 高血圧症 |\n"
    assert ("SPECIAL_CARE", "2型糖尿病") in found(people)


def test_readings_in_brackets_and_operator_roles():
    got = found("受付者: 今井（スタッフ）\nチェック担当: 上野（パラリーガル）\n")
    assert ("PERSON", "今井") in got and not any(v in ("スタッフ", "パラリーガル") for _, v in got)
    assert ("PERSON", "ヤマダ タロウ") in found("山田 太郎（ヤマダ タロウ）様")
    assert ("PERSON", "小池") in found("オペレーター(小池): 本人確認のため、お名前をお願いします\n")
    assert ("PERSON", "石塚") in found("対応：石塚（障害福祉係）\n")


def test_airline_docs_blank_forms_timetables_and_versions():
    pnr = " 10 SSR DOCS NH HK1 P/JPN/MZ7730418/JPN/02JUN85/M/15AUG29/SUZUKI/HARUTO/P1\n"
    assert {("JP_PASSPORT", "MZ7730418"), ("DATE_OF_BIRTH", "02JUN85"), ("PERSON", "SUZUKI/HARUTO")} <= found(pnr)
    assert found("患者　氏名：＿＿＿＿＿＿　生年月日：明・大・昭・平・令　　年　　月　　日\n") == set()
    assert found("月  07:15 モーニングヨガ(45)\n金  19:00 キックボクシング(45)\n") == set()
    assert found("Ubuntu 22.04 / WSL kernel 5.15.153.1\n") == set()
    csv = ("患者氏名,生年月日,保険者番号,記号・番号,処方元\n長谷部 千尋,1983/04/22,06131528,4105・2208,みなみ高円寺デンタルクリニック\n"
           "大森 悠斗,2016/12/03,138131,7720-115,杉並こどもクリニック\n")
    got = found(csv)
    assert ("JP_HEALTH_INSURANCE", "4105・2208") in got and not any(t == "SPECIAL_CARE" for t, _ in got)


def test_workflow_exports_and_key_value_dumps():
    csv = ("Key,Summary,Assignee,Reporter,Created\nOPS-1207,DB timeout,Yuki Tanabe,Hiroshi Kondo,2024-09-18\n"
           "OPS-1208,Login error,Aya Fukuda,Yuki Tanabe,2024-09-19\n")
    assert {("PERSON", "Yuki Tanabe"), ("PERSON", "Hiroshi Kondo"), ("PERSON", "Aya Fukuda")} <= found(csv)
    got = found("PassengerDto(lastName=OKADA, firstName=MIKI, passportNo=TK4821907)")
    assert {("PERSON", "OKADA"), ("PERSON", "MIKI")} <= got
    assert found("fileName=Report Q3, userName=admin\n") == set()


def test_titles_and_sensei_one_space_after_the_name():
    assert ("PERSON", "篠田") in found("資材部 岩城 智美 様、工務課 篠田 課長\n")
    assert ("PERSON", "真田") in found("紹介先：県立中央病院 眼科　真田 先生 御侍史\n")
    assert not any(t == "PERSON" for t, _ in found("学校の先生に相談。開発 課長 会議\n"))


def test_identifier_labels_a_field_away():
    text = '{"customer":{"verified_by":"drivers_license","verified_value":"631705528019"}}'
    assert ("JP_DRIVERS_LICENSE", "631705528019") in found(text)


def test_late_elderly_insurance_numbers_and_kanji_symbols():
    assert ("JP_HEALTH_INSURANCE", "17035922") in found("医療保険：後期高齢者 17035922\n")
    assert not any(t == "JP_HEALTH_INSURANCE" for t, _ in found("後期高齢者の人数 12345678人\n"))
    csv = "患者氏名,保険者番号,記号・番号\n大森 悠斗,138131,杉並・3388106\n長谷部 千尋,06131528,4105・2208\n"
    assert ("JP_HEALTH_INSURANCE", "杉並・3388106") in found(csv)
