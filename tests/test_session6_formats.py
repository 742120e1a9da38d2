"""Formats met in session 6 (heldout_s after its first look): fields of the insured person, era tick boxes, licence
columns with unknown commission codes, box-drawn forms, 告知書 questions, statistics of judgements, accounts abroad.

Every value here is synthetic.
"""

from __future__ import annotations

import pytest

from classifiers.columns import VALUE_CHECKS, classify_header
from classifiers.engine import Engine, EngineOptions

ENGINE = Engine(EngineOptions())


def found(text: str, pii: str) -> list[str]:
    return [text[e.start:e.end] for e in ENGINE.analyze(text) if e.type == pii]


# a special-care fact is personal information only about someone the text identifies (engine._about_someone):
# the statements below are tested in a record that names its person
WHO = "氏名：佐藤 陽子\n"


@pytest.mark.parametrize("header, pii", [
    ("被保険者生年月日", "DATE_OF_BIRTH"),  # a field of the insured person, not the card
    ("被保険者の生年月日", "DATE_OF_BIRTH"),
    ("被保険者住所", "ADDRESS"),
    ("被保険者電話番号", "PHONE_NUMBER"),
    ("被保険者郵便番号", "POSTAL_CODE"),
    ("被保険者氏名", "PERSON"),
    ("被保険者番号", "JP_HEALTH_INSURANCE"),  # the card's own fields stay the card's
    ("被保険者記号", "JP_HEALTH_INSURANCE"),
    ("被保険者証番号", "JP_HEALTH_INSURANCE"),
    ("被保険者番号（枝番）", "JP_HEALTH_INSURANCE"),
])
def test_insured_person_fields(header, pii):
    assert classify_header(header).pii_type == pii


def test_insured_person_birth_date_column_is_no_card():
    text = ('"証券番号","被保険者","続柄","被保険者生年月日","受取人生年月日"\n'
            '"945807302157","勅使河原 亮","本人","1979-08-14","1982-01-30"\n'
            '"368193036426","鬼塚 ひなた","子","2012-05-05","1980-11-19"\n')
    assert found(text, "DATE_OF_BIRTH") == ["1979-08-14", "1982-01-30", "2012-05-05", "1980-11-19"]
    assert found(text, "JP_HEALTH_INSURANCE") == []


@pytest.mark.parametrize("text, value", [
    ("生年月日　　　　　□明治 □大正 ■昭和 □平成　４９年　３月１６日", "４９年　３月１６日"),  # the ticked era
    ("生年月日 明治・大正・昭和・平成 49年3月16日（満50歳）", "49年3月16日"),  # circled on paper, lost in OCR
    ("生年月日：☐昭和 ☑平成 元年 5月 1日", "平成 元年 5月 1日"),  # (the era touches the year: the usual form)
])
def test_era_tick_boxes(text, value):
    assert found(text, "DATE_OF_BIRTH") == [value]


@pytest.mark.parametrize("text", [
    "契約日 昭和・平成・令和 5年3月16日",  # no birth label
    "生年月日　□昭和 ■平成 70年1月1日",  # no such date in the ticked era (平成 ended in its 31st year)
    "生年月日　□昭和 ■平成 8年13月1日",
])
def test_era_tick_boxes_need_a_birth_label_and_a_real_date(text):
    assert found(text, "DATE_OF_BIRTH") == []


def test_licence_column_takes_unknown_commission_codes():
    # the header is the licence label, as 運転免許証 is in text: an unknown commission code (66) is still a licence
    check = VALUE_CHECKS["JP_DRIVERS_LICENSE"]
    assert check("第662256060327号") and check("6622 5606 0327")
    assert not check("111111111111") and not check("66225606032")
    text = ("社員No,氏名,所属,免許証番号,種類\n10321,野口 勇人,営業1課,第662256060327号,普通\n"
            "10477,犬飼 みのり,営業2課,495197370870,準中型\n")
    assert [v.strip("第号") for v in found(text, "JP_DRIVERS_LICENSE")] == ["662256060327", "495197370870"]


def test_box_drawn_form_is_read_as_fields():
    text = ("┏━━━━━━┯━━━━━━━━━━━━━━━━━━━━┓\n"
            "┃被保険者　　│ 朝倉　瑞穂　　　　　　┃\n"
            "┠──────┼────────────────────┨\n"
            "┃傷病名　　　│ 子宮筋腫　　　　　　　┃\n"
            "┃入院期間　　│ 2024年9月3日 ～ 2024年9月12日（10日間）┃\n"
            "┃手術名　　　│ 腹腔鏡下子宮筋腫核出術　┃\n"
            "┃医療機関　　│ さいたま市内の総合病院　婦人科　┃\n"
            "┗━━━━━━┷━━━━━━━━━━━━━━━━━━━━┛\n")
    got = found(text, "SPECIAL_CARE")
    assert got == ["子宮筋腫", "腹腔鏡下子宮筋腫核出術"]  # the values, not the labels below the first
    assert not any("│" in v or "┃" in v for v in got)


@pytest.mark.parametrize("text, want", [
    # a 告知書 question is no fact; the answer below it is
    ("被保険者氏名：東海林 誠\n質問１　現在、入院中または医師から入院・手術をすすめられていますか　□はい ■いいえ\n"
     "　→ 病名：高血圧症", ["高血圧症"]),
    # a question in a later clause asks about something else
    ("[CU] はい あと すいません 俺ペースメーカー入ってるんですけど ジャンプスタートって大丈夫ですか", ["俺ペースメーカー入ってる"]),
    # the reporting tail after a field's statement is no part of it
    ("被保険者氏名：山田 太郎\n・告知事項　2022年に甲状腺機能低下症と診断、現在も服薬中とのことで、告知書を再提出いたします",
     ["2022年に甲状腺機能低下症と診断、現在も服薬中"]),
    ("被保険者氏名：山田 太郎\n死亡原因　膵臓がん（2023年11月診断、化学療法後に緩和ケア病棟へ入院）",
     ["膵臓がん（2023年11月診断、化学療法後に緩和ケア病棟へ入院）"]),
    ("被災者氏名：山田 太郎\n傷病名・部位　右手示指・中指の挫滅創、右手示指末節部切断", ["右手示指・中指の挫滅創、右手示指末節部切断"]),
])
def test_special_care_statements(text, want):
    assert found(WHO + text, "SPECIAL_CARE") == want


@pytest.mark.parametrize("text", [
    "2023年度実績：照会件数 18,402件、Ｂ判定 211件、Ｃ判定 3件",  # statistics of judgements
    "氏名：山田 太郎\n備考　契約から2年経過済のため告知義務違反の調査は不要。",  # an insurance term, no offence
    "質問５　視力・聴力・言語・そしゃく機能の障害、手足の欠損または機能障害がありますか　□はい ■いいえ",
])
def test_special_care_clean(text):
    assert found(text, "SPECIAL_CARE") == []


def test_account_abroad_in_an_account_column():
    text = (" 依頼人               | 受取人                 | 続柄 | 受取銀行              | 受取口座番号\n"
            " NGUYEN VAN TUAN      | NGUYEN VAN HUNG        | 父   | Vietcombank Nghe An   | 0101000593812\n"
            " TRAN THI MAI         | TRAN VAN BINH          | 父   | Agribank Thai Binh    | 3206205114873\n")
    assert found(text, "JP_BANK_ACCOUNT") == ["0101000593812", "3206205114873"]


@pytest.mark.parametrize("text, names", [
    # after a name label, a pair where one piece is a known name part and the other an ordinary word (東雲: dawn)
    ("氏　　名　東雲　陽輝　　　性別：男", ["東雲　陽輝"]),
    ("氏名　嘉数 ツル子（カカズ ツルコ）", ["嘉数 ツル子", "カカズ ツルコ"]),
    ("利用者名 四十物 キヨ 殿　　生年月日 1936年6月12日", ["四十物 キヨ"]),
    # a kanji name and its reading in brackets, piece for piece
    ("■保護者\n　父　東雲　航（シノノメ　ワタル）　勤務先：株式会社ABC", ["東雲　航", "シノノメ　ワタル"]),
    ("児童氏名（ふりがな）　小鳥遊　ことね（たかなし　ことね）", ["小鳥遊　ことね", "たかなし　ことね"]),
    # the name of a person in a role (委員名, 児童名, 主治医名)
    ("民生委員 活動記録　委員名：五十嵐 トシ子　担当地区：第７地区", ["五十嵐 トシ子"]),
    ("主治医名：五十嵐 修", ["五十嵐 修"]),
    # welfare and school professions after or before a name
    ("担当は高階社会福祉士。", ["高階"]),
    ("引率の養護教諭 瀬川 が夜間の血糖測定に立ち会います。", ["瀬川"]),
    # a kanji surname and a hiragana given name before an honorific
    ("永井さん宅（0463-35-2284）→ 伊佐 りおさん宅（090-8830-1172）", ["永井", "伊佐 りお"]),
])
def test_session6_names(text, names):
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text", [
    "東京 本社（とうきょう ほんしゃ）",  # a place and an ordinary word with their readings
    "品川 駅前（しながわ えきまえ）",
    "委員名：未定　担当地区：第７地区",
    "社会福祉士の資格取得を目指す。",
    "教諭の皆様へ",
])
def test_session6_not_names(text):
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text, names", [
    ("署名　東海林　誠　　　面接士 蓮見（社員番号 440218）", ["東海林　誠", "蓮見"]),  # an insurance interviewer
    ("判定：取引可（コンプライアンス部 春日 確認済 2024/10/31）", ["春日"]),  # who checked it, in a bracket
    ("チェック：相手方 榎本 隆 該当なし（御手洗確認）", ["榎本 隆", "御手洗"]),
    ("口座番号 1184406　受付 羽鳥　検印 及川", ["羽鳥", "及川"]),  # 検印 is the next field, not a given name
])
def test_session6_roles(text, names):
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text", ["（要確認）", "（本人確認済）", "（上長確認済み）", "（事務局確認）", "（安全確認）"])
def test_checked_by_needs_a_surname(text):
    assert found(text, "PERSON") == []


def test_branch_name_column_is_no_person():
    text = ('"社員番号","氏名","銀行名","支店コード","支店名","預金種目","口座番号"\n'
            '"000205","片桐 みゆ","埼玉りそな銀行","421","川口","1","5530918"\n'
            '"000206","根本 圭","三井住友銀行","654","新宿西口","1","7722041"\n')
    assert found(text, "PERSON") == ["片桐 みゆ", "根本 圭"]
    assert found(text, "JP_BANK_ACCOUNT") == ["5530918", "7722041"]


@pytest.mark.parametrize("text, names", [
    ("検察官江副 俊介並びに\n国選弁護人大隈 理沙各出席の上", ["江副 俊介", "大隈 理沙"]),  # roles written onto names
    ("通知人宍戸　麻衣（以下「通知人」）", ["宍戸　麻衣"]),
    ("相続人は相談者と長男土屋 浩二、長女西田 里美の3名。", ["土屋 浩二", "西田 里美"]),
    ("奉還町支店 普通 1123584（原口 誠名義）", ["原口 誠"]),
    ("高知県高知市本町五丁目１－３３　岡本 信也方", ["岡本 信也"]),
    ("１　渡部　昭二　　妻 節子　　　　緑が丘3-1-4", ["渡部　昭二", "節子"]),  # a given name alone after a relation
    ("宮 脇　 聡 子   様   （ ミヤワキ  サトコ ）     女", ["宮 脇　 聡 子", "ミヤワキ  サトコ"]),  # OCR padding
    ('{"applicant":{"name":"王 偉","kana":"ワン ウェイ"}}', ["王 偉", "ワン ウェイ"]),
])
def test_attached_and_padded_names(text, names):
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text", [
    "担当：弁護士 上原　折返し予定",  # (the surname is found; 折返 is no given name)
    "取締役会 議事録", "弁護士 費用", "妻 同居", "父 不明",
])
def test_attached_names_need_a_name(text):
    assert all(" " not in v for v in found(text, "PERSON"))


@pytest.mark.parametrize("text, value", [
    ("生年月日   昭和 4 8 年 1 1 月  3 日  （ 5 3 歳 ）", "昭和 4 8 年 1 1 月  3 日"),  # fax OCR spacing
    ("③ 生年月日  7.平成  10 年 03 月 16 日       ④ 種別  1.男", "平成  10 年 03 月 16 日"),
    ("生年月日（初回のみ） 昭和2 2年  5月  3日", "昭和2 2年  5月  3日"),
])
def test_spaced_era_birth_dates(text, value):
    assert found(text, "DATE_OF_BIRTH") == [value]


def test_spaced_era_date_needs_a_birth_label():
    assert found("契約日 昭和 4 8 年 1 1 月 3 日", "DATE_OF_BIRTH") == []


def test_blank_spreadsheet_row_does_not_end_a_table():
    text = ("No\t氏名\t生年月日\t障害の種類\n1\t戸叶 悟\t1988/02/29\t肢体不自由\n\t\t\t\n"
            "2\t鮫島 典子\t1968/08/21\t聴覚障害\n")
    assert found(text, "DATE_OF_BIRTH") == ["1988/02/29", "1968/08/21"]


def test_csv_cell_with_line_breaks():
    text = ('"LastName","FirstName","MailingState","MailingCity","MailingStreet","Birthdate"\n'
            '"藤井","聡","愛知県","名古屋市守山区","守山2-5-30\n守山セントラルビル3F","1971-05-14"\n'
            '"能登","与四郎","石川県","金沢市","片町2-3-1","1944-01-09"\n')
    assert found(text, "ADDRESS") == ["愛知県", "名古屋市守山区", "守山2-5-30\n守山セントラルビル3F", "石川県", "金沢市",
                                      "片町2-3-1"]
    assert found(text, "DATE_OF_BIRTH") == ["1971-05-14", "1944-01-09"]


@pytest.mark.parametrize("text, want", [
    ("氏名：山田 花子\nQ2 既往歴　☑ケロイド体質　□糖尿病　□心臓病　☑てんかん　□その他", ["ケロイド体質", "てんかん"]),
    ("氏名：山田 花子\n既往歴 □なし ■あり（高血圧）　服薬 なし", ["高血圧"]),
])
def test_every_ticked_option(text, want):
    assert found(text, "SPECIAL_CARE") == want


def test_fax_spaced_insurance_card_numbers():
    text = "協会けんぽ 資格確認書\n記号   1 7 0 2 4      番号   3 1\n"
    assert found(text, "JP_HEALTH_INSURANCE") == ["1 7 0 2 4", "3 1"]


@pytest.mark.parametrize("text, want", [
    ("瀬尾さんですが、適応障害の診断で12月末まで休職延長になりました。", ["適応障害の診断"]),
    ("班員\t山田 太郎\t090-1111-2222\t持病（てんかん）あり、発作時は救急要請", ["持病（てんかん）あり、発作時は救急要請"]),
    ("氏名：山田 太郎\n請求する病気やけがの名称   うつ病（反復性うつ病性障害）", ["うつ病（反復性うつ病性障害）"]),
])
def test_special_care_session6_u(text, want):
    assert found(text, "SPECIAL_CARE") == want


def test_what_a_form_asks_about_is_no_fact():
    text = "現在の通院・服薬の有無、健康診断で異常を指摘されたことの有無等を正しく告知してください"
    assert found(text, "SPECIAL_CARE") == []


@pytest.mark.parametrize("text, names", [
    ("② 被保険者氏名  (氏) 黒川      (名) 亮太", ["黒川", "亮太"]),  # a name in two labelled fields
    ("①外国人の氏名（ローマ字）   姓 PHAM    名 HUNG    ミドルネーム VAN", ["PHAM", "HUNG"]),
    ('{"displayName": "勅使河原 ハル", "userPrincipalName": "h.t@example.co.jp"}', ["勅使河原 ハル"]),
    ("氏名 山田 名刺", ["山田"]),  # 名刺 is no given name
])
def test_split_fields_and_display_names(text, names):
    assert found(text, "PERSON") == names


def test_split_name_fields_need_names():
    assert found("姓 必須 名 必須", "PERSON") == []


@pytest.mark.parametrize("text, want", [
    # medical fields of a personal record (a trial's CRF, an adverse-event report, an ambulance record)
    ("被験者：K.T.（患者ID 0012）\n生年月日：1961/03/02\n対象疾患　：2型糖尿病（罹病期間 9年）\n合併症　　：高血圧症、脂質異常症",
     ["2型糖尿病（罹病期間 9年）", "高血圧症、脂質異常症"]),
    ("患者氏名：山田 花子　78歳\n副作用等の名称又は症状、異常所見：間質性肺炎\n使用理由（疾患名、症状名）：関節リウマチ",
     ["間質性肺炎", "関節リウマチ"]),
    ("■個別記録\n・石黒 亮さん（統合失調症）\n　調理では野菜の下ごしらえを担当", ["統合失調症"]),  # a condition after a name
])
def test_special_care_medical_records(text, want):
    assert found(text, "SPECIAL_CARE") == want


@pytest.mark.parametrize("text", [
    "【試験の概要】\n対象疾患：2型糖尿病\n主要評価項目：HbA1c変化量",  # a protocol: no one's record
    "9.2.1 重度の腎機能障害患者又は透析中の末期腎不全患者　本剤の効果が期待できない。",  # a kind of patient
    "相談票\n氏名：\n主訴：例）生活費・住まい・就労・障害・医療・DV・その他",  # a template's example
])
def test_special_care_medical_not_facts(text):
    assert found(text, "SPECIAL_CARE") == []


@pytest.mark.parametrize("text", ["A81.0　　クロイツフェルト・ヤコブ病", "橋本病の治療"])
def test_eponymous_diseases_are_no_people(text):
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text, value", [
    ("Mobile (UK)     : +44 (0)7700 900412", "+44 (0)7700 900412"),  # a reserved UK range: possible, labelled
    ("电话 Tel：021-5888 3172　邮箱 Email：a@example.cn", "021-5888 3172"),  # other countries' national forms
    ("Handy: 0151 2748 3306", "0151 2748 3306"),
])
def test_foreign_phone_numbers_after_a_label(text, value):
    assert found(text, "PHONE_NUMBER") == [value]


@pytest.mark.parametrize("text", ["Order No. 0151 2748 3306", "注文番号 139-1652-0478", "Mobile (JP, from 2026-11-01)"])
def test_foreign_phone_numbers_need_a_label(text):
    assert found(text, "PHONE_NUMBER") == []


def test_foreign_phone_numbers_in_a_phone_column():
    text = ('Worker ID,First,Last,City,Phone,Country\n100341,Jonas,Weber,"40237 Düsseldorf",0211 6873 2245,Germany\n'
            '100342,Ana,Silva,"Campinas - SP, 13025-320",(19) 99812-4471,Brazil\n')
    assert found(text, "PHONE_NUMBER") == ["0211 6873 2245", "(19) 99812-4471"]


@pytest.mark.parametrize("text, value", [
    ("your new flat at Kaiserswerther Straße 115, 3. OG links, 40474 Düsseldorf\nwas accepted",
     "Kaiserswerther Straße 115, 3. OG links, 40474 Düsseldorf"),
    ("Asakaze Europe GmbH\nAm Seestern 24, 40547 Düsseldorf\n", "Am Seestern 24, 40547 Düsseldorf"),
    ("Address: B-1104, Sunrise Meadows, Varthur Road, Bengaluru, Karnataka 560087",
     "B-1104, Sunrise Meadows, Varthur Road, Bengaluru, Karnataka 560087"),
    ("Address: NO 22, 4TH MAIN ROAD, K K NAGAR, MADURAI 625020, TAMIL NADU",
     "NO 22, 4TH MAIN ROAD, K K NAGAR, MADURAI 625020, TAMIL NADU"),
    ("Current address      : Số 27 ngõ 84 phố Chùa Láng, phường Láng Thượng, quận Đống Đa, Hà Nội",
     "Số 27 ngõ 84 phố Chùa Láng, phường Láng Thượng, quận Đống Đa, Hà Nội"),
])
def test_german_indian_vietnamese_addresses(text, value):
    assert found(text, "ADDRESS") == [value]


def test_indian_pin_needs_address_parts():
    assert found("Revenue grew 12%, Karnataka 560087 units", "ADDRESS") == []


@pytest.mark.parametrize("text, value", [
    ("Passport number ....... V3391026\nPassport expiry ....... 2031-01-01", "V3391026"),  # a dotted leader
    ("出生日期 1992年11月3日　护照号 EH4418207", "EH4418207"),  # a Chinese label
    ("Passport no. ...... FX482917  (República Federativa do Brasil)", "FX482917"),
])
def test_passport_labels_of_other_forms(text, value):
    assert found(text, "JP_PASSPORT") == [value]


@pytest.mark.parametrize("text, want", [
    ("Teams: his son Ren has type 1 diabetes and uses an insulin pump", ["has type 1 diabetes and uses an insulin pump"]),
    ("I have type 1 diabetes.", ["have type 1 diabetes"]),
])
def test_english_statements_about_a_named_person(text, want):
    assert found(WHO + text, "SPECIAL_CARE") == want


@pytest.mark.parametrize("text", [
    "Patients have diabetes in 10% of cases.", "Diabetes is common. Type 1 diabetes affects 5%.",
    "Rent            : GBP 2,150 pcm, paid by company; deposit GBP 2,480",  # GBP is no blood pressure
])
def test_english_not_statements(text):
    assert found(text, "SPECIAL_CARE") == []


@pytest.mark.parametrize("text, names", [
    ("Given name(s) ......... Priya Lakshmi\nNationality ........... Indian", ["Priya Lakshmi"]),  # dotted leaders
    ("Candidate ........ Bradley J. Conway\nAlso known as .... Brad Conway", ["Bradley J. Conway", "Brad Conway"]),
    ("Name of Mother: MEENAKSHI SUBRAMANIAM\nName of Spouse: LAVANYA VENKATESH",
     ["MEENAKSHI SUBRAMANIAM", "LAVANYA VENKATESH"]),
    ("> My husband Takuya is already in Düsseldorf.", ["Takuya"]),  # a relative named after the relation word
    ("My wife Grace Okafor\nwill be travelling", ["Grace Okafor"]),
    ("JP home     wife Tomiko: +84 90 312 7788", ["Tomiko"]),
    ("Name (Hangul)   : 김지훈", ["김지훈"]),  # Hangul names as a field value or beside their romanisation
    ("HR contact      : 이도현 (Lee Do-hyun), HR", ["이도현", "Lee Do-hyun"]),
])
def test_english_and_korean_names(text, names):
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text", ["My wife and I will travel.", "Her daughter The Best", "Total ........... Amount due",
                                  "Subject: Visa renewal", "서울특별시 마포구 월드컵북로 396"])
def test_english_and_korean_not_names(text):
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text, value", [
    ("・４班　熊谷　亮介さん（さくら台2-15-1 ハイム桜台102）", "さくら台2-15-1 ハイム桜台102"),  # a circular's town
    ("５班　長谷川　トメ様（本町二丁目７番３号）におかれましては", "本町二丁目７番３号"),
])
def test_town_address_after_a_person(text, value):
    assert found(text, "ADDRESS") == [value]


@pytest.mark.parametrize("text", ["山田さん（営業2-1担当）", "佐藤様（第3-2期）"])
def test_town_address_needs_a_town(text):
    assert found(text, "ADDRESS") == []


@pytest.mark.parametrize("text, names", [
    ("To: Shoji Osamu <o.shoji@asakaze.example.co.jp>", ["Shoji Osamu"]),  # the address repeats the name
    ("Dear Shoji-san,\n\nThank you", ["Shoji"]),
    ("Submitted : 2026-09-02 by Anjali Deshpande (HRBP India)", ["Anjali Deshpande"]),  # a note, not a reading
    ("Employee involved : Karthik Ramaswamy, Warehouse Supervisor", ["Karthik Ramaswamy"]),
])
def test_latin_names_session6(text, names):
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text", ["From: Sales Team <sales.team@example.com>", "the Tokyo-san office"])
def test_latin_not_names_session6(text):
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text, names", [
    ("人事担当 Company contact：陈美玲（Chen Meiling）人事经理", ["陈美玲", "Chen Meiling"]),  # characters + romanisation
    ("① 妻　李娜（LI NA）　出生日期 1992年11月3日", ["李娜", "LI NA"]),
])
def test_chinese_names_with_their_romanisation(text, names):
    assert found(text, "PERSON") == names


def test_a_place_with_its_english_name_is_no_person():
    assert found("東京本社（Tokyo Head Office）", "PERSON") == []


def test_key_equals_value_lines():
    text = ("kokyaku_mei = 勅使河原 真澄\nbirth_ymd = 19850401\nyubin_bango = 1540017\njusho1 = 東京都世田谷区世田谷4-18-6\n"
            "jusho2 = ベルメゾン松陰203\ntel_no = 0354278816\n")
    assert found(text, "POSTAL_CODE") == ["1540017"]
    assert found(text, "ADDRESS") == ["東京都世田谷区世田谷4-18-6", "ベルメゾン松陰203"]  # (no wrap into jusho2)
    assert found(text, "DATE_OF_BIRTH") == ["19850401"]


def test_half_width_katakana_headers():
    text = ('"ｶｲｲﾝNO","ｼﾒｲ","ｶﾅ","ｾｲﾈﾝｶﾞｯﾋﾟ","ﾕｳﾋﾞﾝ","ｼﾞｭｳｼｮ","TEL"\n'
            '"0004412","松平　清子","ﾏﾂﾀﾞｲﾗ ｷﾖｺ","S32.07.15","781-0084","高知県高知市はりまや町2-4-8","088-882-1055"\n'
            '"0004414","鶴見　伸之介","ﾂﾙﾐ ｼﾝﾉｽｹ","H02.11.30","862-0950","熊本県熊本市中央区水前寺5-2-17","096-383-9012"\n')
    assert found(text, "DATE_OF_BIRTH") == ["S32.07.15", "H02.11.30"]
    assert found(text, "POSTAL_CODE") == ["781-0084", "862-0950"]


def test_pandas_dataframe_output():
    text = ("Out[14]:\n"
            "   kokyaku_id       shimei    shimei_kana  birth_ymd yubin_bango                 jusho1        tel_no\n"
            "0     1002331       鬼頭 湊      キトウ ミナト   20030912     4600002  愛知県名古屋市中区丸の内1-4-12   05212348876\n"
            "1     1002332       一円 清   イチエン キヨシ   19380105     5220063       滋賀県彦根市中央町3-8    0749222041\n")
    assert found(text, "DATE_OF_BIRTH") == ["20030912", "19380105"]
    assert found(text, "POSTAL_CODE") == ["4600002", "5220063"]
    assert found(text, "PHONE_NUMBER") == ["05212348876", "0749222041"]


@pytest.mark.parametrize("text, names", [
    ("2025/03/02 20:11:05,ユーザー,石橋 あかり,こんばんは！明日の15時って空いてますか", ["石橋 あかり"]),
    ("回覧順　漆原→我妻→金城→ファム→籾山→班長へ戻す", ["漆原", "我妻", "ファム", "籾山"]),  # an order of households
    ("回覧後は次のお宅へ回してください。（今西 → 北村 → 髙橋 → 松室 → 会所）", ["今西", "北村", "髙橋", "松室"]),
])
def test_hiragana_given_names_and_name_chains(text, names):
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text", ["東京 さくら", "経路：品川→新宿→池袋→大宮", "品川→池袋→上野", "申請→承認→決裁→経理"])
def test_chains_and_pairs_that_are_no_names(text):
    assert found(text, "PERSON") == []


def test_two_phone_numbers_joined_by_a_slash():
    assert found("緊急連絡先：次女 三浦 由紀　022-271-5563／080-1294-6650", "PHONE_NUMBER") == ["022-271-5563", "080-1294-6650"]
    assert found("日付 2024/03/12", "PHONE_NUMBER") == []


def test_kokuho_symbol_of_a_municipality():
    text = "保険証　　　記号 大津市国　番号 0081273　（国民健康保険）"
    assert found(text, "JP_HEALTH_INSURANCE") == ["大津市国", "0081273"]


def test_prize_list_is_no_name():
    assert found("1等　1本　　金", "PERSON") == []


@pytest.mark.parametrize("text, want", [
    ("3　　　　御手洗 悠人様（7歳）卵アレルギー（加熱卵も不可・エピペン持参）　デザート別対応",
     ["卵アレルギー（加熱卵も不可・エピペン持参）"]),  # a guest's allergy in an allergy sheet's row
    ("菅原　利三郎さん（花巻市桜町二丁目）14日、肺炎のため死去、86歳。", ["14日、肺炎のため死去"]),  # a cause of death
])
def test_allergy_rows_and_causes_of_death(text, want):
    assert found(text, "SPECIAL_CARE") == want


def test_allergy_notice_is_no_fact():
    assert found("お客様へ：アレルギーのある方はお申し出ください", "SPECIAL_CARE") == []


@pytest.mark.parametrize("text, names", [
    ("On Mon, Nov 2, 2026 at 9:03 AM Grace Okonkwo-Tanaka wrote:\n>> Hello,", ["Grace Okonkwo-Tanaka"]),  # reply header
    ("John Smith <john@example.com> wrote:", ["John Smith"]),
    ("> My husband (Daisuke) is in Cc in case", ["Daisuke"]),
    ('From: "Pereira, Lucas" <l.pereira@sakura.example.co.jp>', ["Pereira, Lucas"]),  # family name first, mail confirms
])
def test_mail_thread_names(text, names):
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text", ["On Tue, Sales Team <sales@example.com> wrote:",
                                  'From: "Support, Acme" <help@acme.example.com>'])
def test_mail_thread_not_names(text):
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text, value", [
    ("0031259  ｱﾗｶｷ ﾕｷ  S54.03.08  022-256-3381  983-0852 ｾﾝﾀﾞｲｼ ﾐﾔｷﾞﾉｸ ﾂﾂｼﾞｶﾞｵｶ 2-4-11      ﾏｯｼｮ",
     "ｾﾝﾀﾞｲｼ ﾐﾔｷﾞﾉｸ ﾂﾂｼﾞｶﾞｵｶ 2-4-11"),  # a designated city in half-width katakana, without its prefecture
])
def test_katakana_city_addresses(text, value):
    assert found(text, "ADDRESS") == [value]


def test_katakana_city_needs_an_address():
    assert found("センダイシ ノ ジンコウ 100マン", "ADDRESS") == []


def test_insurance_number_label_with_a_qualifier():
    assert found("※被保険者証番号（国保）：00274831", "JP_HEALTH_INSURANCE") == ["00274831"]


def test_no_surname_in_a_verb_suffix():
    assert found("ご注文の品を%NAME%（配達パートナー）がお届け中です。", "PERSON") == []


@pytest.mark.parametrize("text, want", [
    ("Marcus has a below-knee amputation of the left leg and uses a prosthesis; his manager agreed.",
     ["has a below-knee amputation of the left leg and uses a prosthesis"]),
    ("I have hearing loss in my left ear.", ["have hearing loss"]),
])
def test_english_disability_statements(text, want):
    assert found(WHO + text, "SPECIAL_CARE") == want


def test_english_condition_word_alone_is_no_fact():
    assert found("The stroke unit opened.", "SPECIAL_CARE") == []


@pytest.mark.parametrize("header", ["Preferred_Name", "Local_Name", "known_as", "Legal_Name_First"])
def test_hr_name_headers(header):
    assert classify_header(header).pii_type == "PERSON"


def test_preferred_name_column():
    text = ("Worker_ID,Legal_Name_First,Legal_Name_Last,Preferred_Name,Date_of_Birth\n"
            "100482,Emily,Hartmann,Emmy,1988-03-21\n100517,Oluwaseun,Adeyemi,Seun,1993-11-05\n")
    assert "Emmy" in found(text, "PERSON") and "Seun" in found(text, "PERSON")


def test_role_label_with_a_place_named_family():
    assert found("受診者：嘉手納 美咲　様　　1996/11/02生（29歳）", "PERSON") == ["嘉手納 美咲"]
    assert found("受付：総務 花子", "PERSON") == []


def test_placeholders_of_masked_test_data():
    text = '生年月日 → "1900-01-01"、旅券番号 → "XX0000000"（テスト用）'
    assert found(text, "DATE_OF_BIRTH") == [] and found(text, "JP_PASSPORT") == []
    assert found("生年月日：1900年1月2日", "DATE_OF_BIRTH") == ["1900年1月2日"]
