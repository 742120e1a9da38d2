"""Formats met in session 8: a role or title before a bare surname followed by what the person did (課長 柳田
了承済), chat exports whose speaker carries a role (松田(配車)) or an initial (Halim R.), kana fields of four words,
Latin names in a slash-separated guest list, special-care fields written as a heading with the value on the next
line (3. 既往歴⏎　…), injury fields, English diagnoses and a writer's own creed.

Every value here is synthetic.
"""

from __future__ import annotations

import pytest

from classifiers.engine import Engine, EngineOptions

ENGINE = Engine(EngineOptions())


def found(text: str, pii: str) -> list[str]:
    return [text[e.start:e.end] for e in ENGINE.analyze(text) if e.type == pii]


@pytest.mark.parametrize("text, name", [
    ("相談窓口を案内、供給停止は保留（課長 柳田 了承済）。", "柳田"),
    ("5/7 店長 荒木 確認の上、該当欄を黒塗りした。", "荒木"),
    ("2024-06-05 出力 / 出力者 岩崎\n", "岩崎"),
    ("フリガナ：スガワラ ダイスケ\n受付スタッフ 岡田\n", "岡田"),
])
def test_role_before_bare_surname(text, name):
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text", [
    "2024年度 課長 会議 確認事項\n",
    "出力者 一覧\n",
    "受付スタッフ 募集中\n",
])
def test_role_before_ordinary_word_is_no_name(text):
    assert found(text, "PERSON") == []


def test_verbal_noun_after_surname_is_no_given_name():
    assert found("学年主任 土屋　引率看護師 宮城 さやか（派遣元：株式会社メディ）", "PERSON") == ["土屋", "宮城 さやか"]


def test_tab_chat_speakers_with_role_and_initial():
    text = ("24/07/08(月)\n06:02\t松田(配車)\tおはようございます。本日の変更です\n"
            "06:05\tHalim R.\tはい わかりました。4t ですか\n06:06\t松田(配車)\t4t でお願いします\n")
    assert found(text, "PERSON") == ["松田", "Halim R.", "松田"]


def test_kana_field_of_four_words():
    assert found("カナ表記：チャン ティ ホン ニュン\n備考：原本は本人保管\n", "PERSON") == ["チャン ティ ホン ニュン"]


def test_latin_name_after_slash_in_guest_list():
    text = "B卓：Nadia Kowalski 様／大西 彩 様／Ahmad Faiz 様"
    assert found(text, "PERSON") == ["Nadia Kowalski", "大西 彩", "Ahmad Faiz"]


def test_url_path_before_honorific_is_no_name():
    assert found("詳細は https://example.com/Guide 様式をご覧ください", "PERSON") == []


def test_heading_labels_with_value_on_next_line():
    text = ("産業医面談記録\n氏名：三好 由紀子\n1. 本人の訴え\n　特になし\n2. 所見\n　抑うつ気分あり（PHQ-9 14点：中等度）\n"
            "3. 既往歴\n　2019年 十二指腸潰瘍（内服治療にて軽快）\n4. 就業区分\n　就業制限（時間外労働 月20時間以内）\n")
    got = found(text, "SPECIAL_CARE")
    assert "2019年 十二指腸潰瘍（内服治療にて軽快）" in got
    assert "就業制限（時間外労働 月20時間以内）" in got
    assert "特になし" not in got


def test_heading_label_followed_by_next_field_is_empty():
    text = "紹介状（様式）\n患者氏名：\n既往歴及び家族歴：\n症状経過及び検査結果：\n治療経過：\n"
    assert found(text, "SPECIAL_CARE") == []


def test_heading_label_with_field_lines_after_it():
    text = "【健診結果】\n＊受診日: 令和3年4月17日\n氏名：吉田 智也\n身長 170.2cm\n"
    assert found(text, "SPECIAL_CARE") == []


def test_injury_field():
    text = "被災者：森田 健二（42歳）\n負傷内容：右鎖骨骨折、右肘挫創（全治約6週間の見込み）\n"
    assert found(text, "SPECIAL_CARE") == ["右鎖骨骨折、右肘挫創（全治約6週間の見込み）"]


def test_english_diagnosis_and_creed():
    text = ("Ms. Emily Carter has been diagnosed with major depressive disorder.\n"
            "I am Ahmed Khan. As a practising Muslim, I pray five times a day.\n")
    got = found(text, "SPECIAL_CARE")
    assert any("major depressive disorder" in g for g in got)
    assert "practising Muslim" in got


def test_english_creed_in_general_prose_is_not_reported():
    assert found("As a rule, Muslim staff may take prayer breaks.\n", "SPECIAL_CARE") == []


APIS = """APIS MANIFEST  FLT JL7015  NRT-HNL  DEP 2024-12-26
SEQ SURNAME        GIVEN NAMES      DOB         SEX NAT DOC  DOC NO      EXP         ISS
001 WATANABE       SHOTA            1992-03-08  M   JPN P    TR7740215   2031-05-19  JPN
002 KEALOHA        NOELANI GRACE    1987-12-02  F   USA P    568213094   2029-08-30  USA
003 LINDQVIST      ERIK JOHAN       1958-05-14  M   SWE P    92104587    2028-02-11  SWE
TOTAL PAX 3
"""


def test_fixed_width_manifest_with_glued_sequence_and_code_columns():
    assert found(APIS, "PERSON") == ["WATANABE", "SHOTA", "KEALOHA", "NOELANI GRACE", "LINDQVIST", "ERIK JOHAN"]
    assert found(APIS, "JP_PASSPORT") == ["TR7740215", "568213094", "92104587"]


def test_full_name_header_over_two_word_names_stays_one_column():
    text = "FULL NAME      DOB         NAT\nJOHN SMITH     1980-01-02  USA\nMARY JONES     1982-03-04  GBR\n"
    assert found(text, "PERSON") == ["JOHN SMITH", "MARY JONES"]


def test_japanese_labels_glued_in_one_header_cell():
    text = ("背番号 氏名　　　　　　　　生年月日　　　　学年 保険証記号・番号　　　　　保護者\n"
            " 1     川口 颯　　　　H26.5.12　　4年 0124・558　　　川口 誠\n"
            " 5     本田 蓮　　　　H26.9.30　　4年 4450・1207　　本田 絵美\n"
            " 7     佐野 陽向　　　H27.1.8　　 4年 8861・92　　　佐野 大輔\n")
    assert found(text, "JP_HEALTH_INSURANCE") == ["0124・558", "4450・1207", "8861・92"]
    assert "川口 颯" in found(text, "PERSON")


def test_name_and_reading_labels_in_one_cell_are_not_split():
    text = "番号  氏名 フリガナ    電話\n1     山田 太郎       03-1234-5678\n2     佐藤 花子       03-2345-6789\n"
    assert found(text, "PERSON") == ["山田 太郎", "佐藤 花子"]


def test_passport_column_with_four_letters_in_nine():
    text = ('"guest_name","nationality","passport_no","date_of_birth"\n'
            '"Jonas Müller","DEU","C4F7K2R91","1988-02-17"\n"Claire Dupont","FRA","19AV48213","1975-11-03"\n')
    assert found(text, "JP_PASSPORT") == ["C4F7K2R91", "19AV48213"]


def test_log_line_after_a_date_is_not_joined_to_it():
    text = ("2024-11-08T14:03:30+09:00 INFO webcheckin step=passport_scan doc_no=EM4418203 dob=1993-04-25\n"
            "2024-11-08T14:03:31+09:00 WARN webcheckin ocr_confidence=0.71 retry=1 build=4.18.2.1093\n")
    assert found(text, "DATE_OF_BIRTH") == ["1993-04-25"]


def test_wrapped_phone_number_is_still_joined():
    assert found("電話：03-6407-\n5265\n", "PHONE_NUMBER") == ["03-6407-\n5265"]


def test_document_type_cell_with_a_note():
    text = ("No | 受付日 | 契約者名 | 確認書類 | 書類番号等 | 生年月日\n"
            "1 | 5/02 | 須藤 健太郎 | 運転免許証 | 451703382614 | 1991/07/19\n"
            "2 | 5/05 | Rafael Souza Lima | 旅券(ブラジル) | FX381642 | 1988/09/14\n")
    assert found(text, "JP_PASSPORT") == ["FX381642"]


@pytest.mark.parametrize("text, name", [
    ("同伴者1: 丸山 美紀　生年月日 1987年6月9日\n同伴者2: 丸山 陽翔　生年月日 2017年12月24日\n", "丸山 陽翔"),
    ("事務局確認欄：三好　面接日 2024年10月8日\n", "三好"),
    ("Name: Noah Schmidt    Katakana: ノア シュミット\n", "ノア シュミット"),
])
def test_companion_staff_box_and_katakana_labels(text, name):
    assert name in found(text, "PERSON")


def test_staff_box_label_without_a_name():
    assert found("事務局確認欄：済　面接日 2024年10月8日\n", "PERSON") == []


def test_csv_cells_after_a_disability_cell_are_no_list_items():
    text = ("No,氏名,所属,障害種別・等級,手帳交付日,カウント,配慮事項\n"
            "1,古川 純一,物流センター,身体障害者手帳 4級（下肢機能障害）,2011/05/10,1,立ち作業は休憩\n"
            "2,野口 圭,第2製造課,精神障害者保健福祉手帳 3級（双極性障害）,2021/02/16,1,夜勤なし\n")
    got = found(text, "SPECIAL_CARE")
    assert "精神障害者保健福祉手帳 3級（双極性障害）" in got
    assert not any(g in ("2021/02/16", "1", "2011/05/10") for g in got)


def test_health_check_items_without_colons_are_separate_values():
    text = ("受診者2：佐藤 次郎　生年月日 1979/3/4\n"
            "身長 172cm　体重 70kg　血圧 128/84　胸部X線 右上肺野に陳旧性陰影　総合判定 C（要精密検査：呼吸器内科）\n")
    got = found(text, "SPECIAL_CARE")
    assert "右上肺野に陳旧性陰影" in got and "C（要精密検査：呼吸器内科）" in got


def test_english_medical_label_and_deafness():
    text = ("Participant roster\n#1 Margaret Ellison (DOB 14 Mar 1951)\n   Medical: atrial fibrillation, on warfarin\n"
            "#2 David Rosenberg (DOB 2 Sep 1963)\n   Medical: none\n")
    assert found(text, "SPECIAL_CARE") == ["atrial fibrillation, on warfarin"]
    assert found("My partner Adaeze is profoundly deaf and needs a flashing alarm.", "SPECIAL_CARE") == [
        "is profoundly deaf"]


@pytest.mark.parametrize("text", [
    "発行：健康管理室\n◆ 健康診断の「要精密検査」は放置しないで\n昨年度、当社で「要精密検査」と判定された方の6割が受診しました。\n",
    "判定区分\nA 異常なし   B 軽度異常         C 要再検査・生活改善   D 要医療\n",
    "# 判定区分: A 異常なし / B 要経過観察 / C 要精密検査 / D 要治療 / E 治療中\n",
    "ヒンドゥー教徒の多くは牛肉を口にせず、菜食を守る人が多い。\n",
])
def test_health_check_terms_legends_and_general_statements(text):
    assert found(text, "SPECIAL_CARE") == []


def test_json_key_whose_value_is_an_object():
    text = '{"name": "佐藤 花子", "health": {"disability": {"certificate": true, "grade": "1級"}}}'
    assert "{" not in found(text, "SPECIAL_CARE")
    assert found('{"name": "佐藤 花子", "medical_history": "2型糖尿病"}', "SPECIAL_CARE") == ["2型糖尿病"]


def test_arrest_for_any_law_violation_by_a_named_police():
    text = ("契約者の山田 太郎は、2024年5月21日、携帯電話不正利用防止法違反（他人名義の携帯電話の譲渡）の疑いで"
            "警視庁に逮捕された。\n")
    got = found(text, "SPECIAL_CARE")
    assert len(got) == 1 and got[0].endswith("の疑いで警視庁に逮捕された")


def test_law_violation_of_a_company_is_no_arrest():
    assert found("弊社は景品表示法違反の疑いで消費者庁の調査を受けた。\n", "SPECIAL_CARE") == []


@pytest.mark.parametrize("text, name", [
    ("Họ và tên/Full name: TRẦN THỊ HỒNG NHUNG\nQuốc tịch/Nationality: VIỆT NAM\n", "TRẦN THỊ HỒNG NHUNG"),
    ("Full name: Trần Thị Hồng Nhung\n", "Trần Thị Hồng Nhung"),
    ("Name: Jonas Müller\n", "Jonas Müller"),
])
def test_latin_names_with_accents_after_a_label(text, name):
    assert found(text, "PERSON") == [name]


def test_camel_case_product_after_name_label_is_no_name():
    assert found("Product Name: GitHub Enterprise\n", "PERSON") == []


def test_property_location_to_the_ward_only_is_no_address():
    assert found("所在地　　　東京都杉並区（詳細はお問い合わせ時にご案内）\n", "ADDRESS") == []
    assert found("所在地：東京都杉並区阿佐谷北4-17-2\n", "ADDRESS") == ["東京都杉並区阿佐谷北4-17-2"]


def test_reading_label_is_no_given_name():
    text = "本人氏名 石橋 湊　ふりがな いしばし みなと　学年 小学3年\n"
    assert found(text, "PERSON") == ["石橋 湊", "いしばし みなと"]


def test_tab_chat_speaker_with_role_before_surname_and_caller_labels():
    text = ("10/03(木)\n09:12\t管理 竹内\t福井様 おはようございます。\n"
            "11:53\t管理 竹内\t承知しました。\n")
    assert found(text, "PERSON").count("竹内") == 2
    assert found("2024/08/27 16:20　架電者 岡本（契約課）\n", "PERSON") == ["岡本"]


def test_household_members_with_sex_and_relation_after_the_date():
    text = ("住民異動届（転入）\n世帯員\n　氏名　　　　　　生年月日　　　　性別 続柄\n"
            "　山崎 亮太　平成2年4月9日　男　世帯主\n　山崎 葵　　平成4年10月30日　女　妻\n"
            "　山崎 蓮　　令和3年7月1日　男　子\n")
    assert found(text, "DATE_OF_BIRTH") == ["平成2年4月9日", "平成4年10月30日", "令和3年7月1日"]


def test_children_listed_with_relation_before_the_date():
    text = ("児童手当 認定請求書\n請求者\n　氏名　井上 圭介\n児童\n　1 井上 詩　長女　2019/12/04　同居\n"
            "　2 井上 陸斗　長男　2024/09/21　同居（出生）\n")
    assert found(text, "DATE_OF_BIRTH") == ["2019/12/04", "2024/09/21"]


def test_bank_account_cell_in_short_form():
    text = ("社員No|氏名　　　　|年税額　|振込口座（給与口座）\n"
            "1001 |岡本 大輔　|148,200|みずほ 大宮 普 1402276\n"
            "1004 |金子 真由美|62,800 |りそな 浦和 普 6630918\n"
            "1012 |丸山 直人　|0      |武蔵野 与野 普 0219447\n")
    assert found(text, "JP_BANK_ACCOUNT") == ["みずほ 大宮 普 1402276", "りそな 浦和 普 6630918", "武蔵野 与野 普 0219447"]


def test_chat_speaker_with_hiragana_given_name():
    text = ("24/12/02(月)\n10:14 上田 こころ: 予約の変更をお願いしたいです。\n"
            "10:20 ひまわり歯科: 12/13 10:30 が空いております。\n10:22 上田 こころ: 13日でお願いします。\n")
    assert found(text, "PERSON") == ["上田 こころ", "上田 こころ"]


def test_json_list_of_given_names():
    text = '{"resourceType": "Patient", "name": [{"use": "official", "family": "大塚", "given": ["俊介"]}]}'
    assert found(text, "PERSON") == ["大塚", "俊介"]
    assert found('{"tags": ["vip", "late_checkin"], "given": []}', "PERSON") == []


@pytest.mark.parametrize("text, name", [
    ("面接日 令和6年5月8日　福祉事務所 保護第一課　面接員 西田\n", "西田"),
    ("所得割 7割減額相当　決裁 小林\n", "小林"),
    ("［担当者メモ 5/31 宮田］カード番号が本文に記載されていたため削除。\n", "宮田"),
    ("差額は高額療養費で後日申請を案内済み。（佐伯）\n", "佐伯"),
    ("2024-09-30 シュレッダー廃棄（立会 森）\n", "森"),
    ("当直表（内科系）　作成：医局秘書 村上\n", "村上"),
])
def test_office_roles_before_bare_surnames(text, name):
    assert found(text, "PERSON") == [name]


@pytest.mark.parametrize("text", ["今月の予定は以上です。（以上）\n", "決裁 済\n", "立会 不要\n"])
def test_office_roles_without_a_name(text):
    assert found(text, "PERSON") == []


def test_cancer_words_keep_their_ga():
    text = "氏名：山田 太郎\n　令和6年5月に大腸がんが見つかり手術、現在も抗がん剤治療のため通院中。\n"
    got = found(text, "SPECIAL_CARE")
    assert "抗がん剤治療のため通院中" in got
    assert any(g.endswith("見つかり") for g in got)


def test_tour_company_and_consul_are_no_names():
    assert found("Sakura Heritage Tours — Kyoto, Nara & Hakone, 7 days (Group SHT-0415)\n", "PERSON") == []
    text = "Dear Consul,\nWe, the Organising Committee of the Kyoto Marathon, invite Mr. John Kamau.\n"
    assert found(text, "PERSON") == ["John Kamau"]


def test_numbered_diagnoses_after_a_label_without_colon():
    text = ("訪問看護指示書\n患者氏名 山田 太郎 様\n"
            "主たる傷病名 (1) 慢性心不全 (2) 2型糖尿病 (3) 仙骨部褥瘡（DESIGN-R d2）\n")
    assert found(text, "SPECIAL_CARE") == ["慢性心不全", "2型糖尿病", "仙骨部褥瘡（DESIGN-R d2）"]
