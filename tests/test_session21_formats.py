"""Formats met in session 21: legacy fixed-width records (a postal code before a phone number or a kana city), a
spreadsheet's two-line header, FHIR identifiers under JP Core's OIDs, JAHIS お薬手帳 files, e-Gov XML birth dates,
parents writing to a school, hotel and committee roles, recent given names, and what must stay unreported."""

from __future__ import annotations

from engine_helpers import found
from classifiers.columns import classify_header


# -- columns ---------------------------------------------------------------------------------------------------------

def test_a_pension_premium_column_is_no_birth_date():
    assert classify_header("厚生年金").pii_type is None
    assert classify_header("事故発生年月日").pii_type is None
    assert classify_header("生年月日").pii_type == "DATE_OF_BIRTH"
    assert classify_header("出生年月日").pii_type == "DATE_OF_BIRTH"
    head = "支給年月,社員番号,氏名,基本給,健康保険,厚生年金,雇用保険,所得税,差引支給額\n"
    rows = "".join(f"2024-12,E0041{i},大西 隆之,380000,22638,4026{i},2640,11830,360662\n" for i in range(6))
    text = head + rows
    assert found(text, "POSTAL_CODE") == [] and found(text, "DATE_OF_BIRTH") == []


def test_romanised_and_maiden_name_columns():
    assert classify_header("name_roma").pii_type == "PERSON"
    assert classify_header("旧姓").pii_type == "PERSON"
    assert classify_header("roma").pii_type is None


def test_a_spreadsheets_two_line_header():
    text = ("社員名簿　2024年4月1日現在,,,,,,,\n（人事部　取扱注意）,,,,,,,\n"
            "社員番号,基本情報,,,,,連絡先,\n,氏名,氏名（カナ）,生年月日,入社日,所属コード,住所,携帯電話\n"
            "E10231,中西 遼,ナカニシ リョウ,1988/07/23,2012/04/01,310-2201,東京都江東区豊洲5-6-15,080-4127-3390\n"
            "E10458,宇野 沙織,ウノ サオリ,1993/01/30,2015/04/01,310-2204,神奈川県川崎市中原区小杉町3-264-3,090-8852-1164\n")
    assert found(text, "POSTAL_CODE") == []  # (所属コード: a department's code, not a postal code)
    assert found(text, "DATE_OF_BIRTH") == ["1988/07/23", "1993/01/30"]
    assert "ウノ サオリ" in found(text, "PERSON")


def test_a_fhir_coverages_identifiers_under_jp_cores_oids():
    text = ('{"resourceType": "Coverage", "identifier": [\n'
            '  {"system": "urn:oid:1.2.392.100495.20.3.61", "value": "06132013"},\n'
            '  {"system": "urn:oid:1.2.392.100495.20.3.62", "value": "2018"},\n'
            '  {"system": "urn:oid:1.2.392.100495.20.3.63", "value": "906"},\n'
            '  {"value": "01", "system": "urn:oid:1.2.392.100495.20.3.64"}]}\n')
    assert found(text, "JP_HEALTH_INSURANCE") == ["2018", "906", "01"]  # (not .61, the insurer's number)


# -- postal codes ----------------------------------------------------------------------------------------------------

def test_a_records_code_before_its_phone_number_then_the_address():
    text = "00001 ﾀﾅｶ ﾏｻﾙ     田中　勝     19550312    7900003 089-941-2270  愛媛県松山市三番町４－１２－３\n"
    assert found(text, "POSTAL_CODE") == ["7900003"]
    # the region must match: 79 is Ehime, not Tokyo
    text = "00001 ﾀﾅｶ ﾏｻﾙ     田中　勝     19550312    7900003 03-3941-2270  東京都港区芝5-1-1\n"
    assert found(text, "POSTAL_CODE") == []


def test_a_code_before_a_designated_or_large_city_in_kana():
    assert found("0004521876 ﾓﾘｶﾜ ﾋﾏﾘ   5050409 2 336-0017 ｻｲﾀﾏｼ ﾐﾅﾐｸ ﾐﾅﾐｳﾗﾜ 2-14-9-305\n",
                 "POSTAL_CODE") == ["336-0017"]
    assert found("D20240622222810862536 5550012ｵｵｻｶｼ ﾆｼﾖﾄﾞｶﾞﾜｸ ﾐﾃｼﾞﾏ 2-7-19\n", "POSTAL_CODE") == ["5550012"]
    assert found("D20240622999250563426 6610002ｱﾏｶﾞｻｷｼ ﾂｶｸﾞﾁﾎﾝﾏﾁ 4-11-3\n", "POSTAL_CODE") == ["6610002"]
    assert found("D20240622999250563426 1610002ｱﾏｶﾞｻｷｼ ﾂｶｸﾞﾁﾎﾝﾏﾁ 4-11-3\n", "POSTAL_CODE") == []  # (16: Tokyo)


# -- addresses -------------------------------------------------------------------------------------------------------

def test_an_address_stops_before_the_next_fields_label():
    text = "世帯主：沢田 隆之　住所：川口市北野二丁目6番11号　電話：048-975-3312\n加入者\n"
    assert found(text, "ADDRESS") == ["川口市北野二丁目6番11号"]
    assert found("住所：川口市北野二丁目6番11号 メゾン北野 203\n", "ADDRESS") == ["川口市北野二丁目6番11号 メゾン北野 203"]


# -- names -----------------------------------------------------------------------------------------------------------

def test_a_masked_card_holder_is_no_name():
    assert found("FORM OF PAYMENT : CC VI XXXXXXXXXXXX4471\nENDORSEMENTS : NON-END\n", "PERSON") == []


def test_name_labels_as_ocr_reads_them():
    text = "Passport No. / 旅券番号 TR4829157\nSurnarne / 姓   SUZUKI\nGiven narne / 名   HANAKO\n"
    assert found(text, "PERSON") == ["SUZUKI", "HANAKO"]


def test_hotel_and_committee_roles_before_a_surname():
    assert found("受付：丹羽　確認：料理長 今枝\n", "PERSON") == ["丹羽", "今枝"]
    assert found("社内確認：当日フロント 吉田、レストラン担当 堀。\n", "PERSON") == ["吉田", "堀"]
    assert found("承認：所属長 西村　人事部 受付 11/06\n", "PERSON") == ["西村"]
    assert found("出席：委員長 森田（代表取締役）、長谷川（管理本部長）\n", "PERSON") == ["森田", "長谷川"]


def test_a_parent_names_the_child():
    assert found("いつもお世話になっております。2年3組 蓮の母です。\n", "PERSON") == ["蓮"]
    assert found("おはようございます。中川 蒼空の母です。\n", "PERSON") == ["中川 蒼空"]
    assert found("木曜キッズBクラスの佐藤 ゆいの母です。\n", "PERSON") == ["佐藤 ゆい"]
    assert found("4年2組藤井 さくらの母です。\n", "PERSON") == ["藤井 さくら"]
    assert found("こちらは私の母です。あれはうちの父です。\n", "PERSON") == []
    assert found("（青木 恭子、いつもの祖母です）\n", "PERSON") == ["青木 恭子"]


def test_recent_given_names():
    assert found("出力者: 竹内 颯 出力日時: 2024-06-03 10:15\n", "PERSON") == ["竹内 颯"]


# -- passports and birth dates ---------------------------------------------------------------------------------------

def test_a_passport_label_wrapped_before_its_number_word():
    assert found("For your guest register, my passport\nnumber is 559104872 (UK) and my address is\n",
                 "JP_PASSPORT") == ["559104872"]


def test_a_jahis_medication_notebooks_patient_record():
    text = "JAHISTC08,1\n1,高橋　優斗,1,20150303,231-0023,神奈川県横浜市中区山下町118-2-603,045-663-2291\n"
    assert found(text, "DATE_OF_BIRTH") == ["20150303"]
    assert found("1,高橋　優斗,1,20150303,231-0023\n", "DATE_OF_BIRTH") == []  # (no JAHIS header: an unknown row)


def test_an_egov_xml_birth_date_with_its_era_code():
    text = '<Shimei>山田 ひなた</Shimei>\n<SeinenGappi gengo="7">140130</SeinenGappi>\n'
    assert found(text, "DATE_OF_BIRTH") == ["140130"]
    assert found('<SeinenGappi gengo="7">141330</SeinenGappi>\n', "DATE_OF_BIRTH") == []  # (no 13th month)


def test_a_customers_code_before_a_delivery_label_is_no_postal_code():
    text = "（医薬品卸 配送便）　照会日時 2024/12/10 08:15\n得意先コード 128-4471　納品先 阿佐谷店（店番 01）\n"
    assert found(text, "POSTAL_CODE") == []
    assert found("納品先住所：〒128-0001 東京都台東区\n", "POSTAL_CODE") == ["128-0001"]


def test_a_department_or_shared_account_in_a_name_column():
    text = ("ticket_id\tcreated_at\trequester_name\trequester_email\n"
            "88123\t2024-11-01 09:12\t後藤 里奈\trina.goto@biglobe.ne.jp\n"
            "88201\t2024-11-06 08:59\t経理部\tkeiri@yamamoto-kogyo.co.jp\n"
            "88202\t2024-11-06 09:10\t経理 共有\tkeiri2@yamamoto-kogyo.co.jp\n")
    assert found(text, "PERSON") == ["後藤 里奈"]


def test_an_account_abroad_after_its_bank_named_in_english():
    text = "9. 送金元口座 / Remittance account：Vietcombank – Nghe An Branch　Account No.：0101002384417\n"
    assert found(text, "JP_BANK_ACCOUNT") == ["0101002384417"]
    assert found("Bank: HSBC Hong Kong, Account No: 123-456789-001\n", "JP_BANK_ACCOUNT") == ["123-456789-001"]
    assert found("Electricity bill\nAccount No: 123456789012\n", "JP_BANK_ACCOUNT") == []


def test_a_name_label_with_a_signature_qualifier():
    assert found("氏名（自署）　石井 颯\n\n下記の口座への振込を依頼します。\n", "PERSON") == ["石井 颯"]


# -- the second wave's formats ---------------------------------------------------------------------------------------

def test_a_card_number_under_a_logs_pan_key():
    text = "2024-11-24 03:11:52 ERROR gateway timeout order=EC24112404471 pan=36189786636307 (masking bypassed)\n"
    assert found(text, "CREDIT_CARD") == ["36189786636307"]


def test_counter_staff_labels_and_a_title_in_brackets():
    assert found("受付スタッフ印: 北野\n", "PERSON") == ["北野"]
    assert found("確認者（店長）：三上\n", "PERSON") == ["三上"]
    assert found("受付者：吉川　調剤：中島（薬剤師）\n", "PERSON") == ["吉川", "中島"]
    assert found("送信ステータス：未送信（2件）　操作者：谷口\n", "PERSON") == ["谷口"]
    assert found("調剤：ロキソプロフェン錠60mg 3錠\n", "PERSON") == []


def test_names_a_headcount_lists():
    assert found("■出面　鳶工 5名（石田、上原、村井、フェルナンデス、小池）\n", "PERSON") == [
        "石田", "上原", "村井", "フェルナンデス", "小池"]
    assert found("09:11 返信: 工藤、西尾、森田、グエンの4名。\n", "PERSON") == ["工藤", "西尾", "森田", "グエン"]
    assert found("営業、総務、経理の3名が出席\n", "PERSON") == []


def test_a_katakana_name_with_sex_and_age_in_a_log():
    assert found("22:14 walk-in  ﾏﾂﾀﾞ ｺｳｷ 男 24歳  調理中に包丁で左手掌を切創\n", "PERSON") == ["ﾏﾂﾀﾞ ｺｳｷ"]


def test_a_role_or_a_loanword_is_no_name():
    assert found("実施者：支援担当者 Siti Rahmawati（通訳兼務）、責任者 林 英樹\n", "PERSON") == [
        "Siti Rahmawati", "林 英樹"]
    assert found("事故受付 トークスクリプト（自動車・初期受付）　改訂 2024.04\n", "PERSON") == []


def test_a_district_named_in_a_projects_or_a_sites_name():
    assert found("工事名称：（仮称）名東区高針二丁目共同住宅新築工事のうち型枠工事\n", "ADDRESS") == []
    assert found("被害の場所　　武蔵野市吉祥寺南町１丁目先路上\n", "ADDRESS") == []
    assert found("住所：名古屋市名東区高針二丁目5番3号\n", "ADDRESS") == ["名古屋市名東区高針二丁目5番3号"]


def test_a_list_of_properties_towns_is_no_ones_address():
    text = ("物件CD,物件名,所在地（町域まで）,最寄駅,徒歩分,構造\n"
            "BLD-0388,メゾンサクラガオカ,東京都世田谷区桜丘五丁目,千歳船橋,9,木造\n"
            "BLD-0412,シティコート大濠,福岡県福岡市中央区荒戸二丁目,大濠公園,5,RC\n")
    assert found(text, "ADDRESS") == []
    text = ("担保番号,債務者名,所有者名,物件種別,所在地,地番\n"
            "C24-0031,倉田 正人,倉田 正人,土地,長野県松本市島内4521番3,4521番3\n"
            "C24-0058,上條 悟,上條 悟,建物,長野県松本市中央2丁目5番18号,中央二丁目58番\n")
    assert found(text, "ADDRESS") == ["長野県松本市島内4521番3", "長野県松本市中央2丁目5番18号"]


def test_a_health_card_symbol_in_katakana_and_a_policys_number():
    text = "保険者番号 : 06273019\n記号 : ト-51     番号 : 3308     枝番 : 00\n"
    assert found(text, "JP_HEALTH_INSURANCE") == ["ト-51", "3308", "00"]
    assert found("証券記号番号：L-7730-291885\n被保険者：真田 航平\n", "JP_HEALTH_INSURANCE") == []


def test_a_patients_id_on_a_refund_form_is_no_account():
    text = "返金振込依頼書\n患者ID：0158822　　患者氏名：今井 さくら\n振込先：みずほ銀行 渋谷支店 普通 1234567\n"
    assert found(text, "JP_BANK_ACCOUNT") == ["みずほ銀行 渋谷支店 普通 1234567"]


def test_a_reserved_range_of_twelve_digit_numbers():
    text = "テスト用番号帯は 99 で始まる範囲（990000000000〜999999999999）。個人番号は表示しない。\n"
    assert found(text, "JP_MY_NUMBER") == []
    assert found("個人番号：1234 5678 9018\n", "JP_MY_NUMBER") == ["1234 5678 9018"]


# -- the third wave's formats ----------------------------------------------------------------------------------------

def test_weekdays_in_katakana_are_no_name():
    text = "0001 ﾀｶﾀﾞ ｼｹﾞﾙ   0422-51-7734   1000273846  ﾖｳｶｲｺﾞ3  ｹﾞﾂ ｽｲ ｷﾝ\n0002 ﾂｼﾞ ﾏｻｴ          S15.11.3\n"
    assert found(text, "PERSON") == ["ﾀｶﾀﾞ ｼｹﾞﾙ", "ﾂｼﾞ ﾏｻｴ"]


def test_an_area_of_several_districts_is_no_address():
    assert found("停電区域：水戸市見和一丁目・二丁目の一部、同市元吉田町の一部\n", "ADDRESS") == []
    assert found("住所：水戸市見和一丁目5-3\n", "ADDRESS") == ["水戸市見和一丁目5-3"]


def test_a_name_ocr_spaced_out_character_by_character():
    assert found("サービス提供責任者あて\n利用者：大 塚  フ ミ 様（87）\n", "PERSON") == ["大 塚  フ ミ"]


def test_an_identifier_cell_with_a_note_in_brackets():
    text = ("No\t氏名\tローマ字\t性別\t生年月日\t旅券番号\t有効期限\n"
            "4\t佐藤 葵\tSATO AOI\tF\t2011/05/03\tTR4827166\t2031/06/30\n"
            "5\t王 浩然\tWANG HAORAN\tM\t2011/11/03\tE48277163（中国）\t2031/06/30\n")
    assert found(text, "JP_PASSPORT") == ["TR4827166", "E48277163"]


def test_a_log_keys_number_is_no_phone():
    text = "2024-11-02 10:15:02 INFO [profile] tel change cust=30009913 old=03-3702-5188 new=080-9921-4410\n"
    assert found(text, "PHONE_NUMBER") == ["03-3702-5188", "080-9921-4410"]


def test_an_eligibility_logs_symbol_number_and_branch_keys():
    text = ('{"ts":"2024-12-05T09:07:45+09:00","insurer_no":"138230","name":"中島 文子","birth":"1950-10-02",'
            '"symbol":"ｲﾀ1","number":"0228417","branch":"01","consent":{"drug_info":false}}\n')
    assert found(text, "JP_HEALTH_INSURANCE") == ["ｲﾀ1", "0228417", "01"]
    assert found('{"bank":"みずほ銀行","branch":"01","account":"1234567"}\n', "JP_HEALTH_INSURANCE") == []


def test_a_records_code_before_its_phone_then_a_prefecture_in_kana():
    text = "00012034 ｵｶﾀﾞ ﾄﾓﾔ             1 S550322 2510025 0466223318  ｶﾅｶﾞﾜｹﾝ ﾌｼﾞｻﾜｼ ｶｸﾞﾇﾏｲｼｶﾞﾐ 1-2-3\n"
    assert found(text, "POSTAL_CODE") == ["2510025"]
    text = "00012035 ﾆｼﾑﾗ ｶｵﾘ             2 H040817 2510025 08033912275 ﾄｳｷﾖｳﾄ ｽｷﾞﾅﾐｸ ｺｳｴﾝｼﾞ 1-2-3\n"
    assert found(text, "POSTAL_CODE") == []  # (25: Kanagawa, not Tokyo)
