"""Formats met in session 11's sets: special-care facts only about someone identified, sports and salon staff
by surname and title or role, names across a misaligned space-aligned column, counters that are no surnames."""

from __future__ import annotations

import pytest

from engine_helpers import ENGINE, found


@pytest.mark.parametrize("text", [
    "・持病があります：糖尿病／高血圧／ぜんそく。 I have a chronic illness: diabetes / high blood pressure.",
    "（2）「先方部長は持病のため長時間の会議が難しい」→ 要配慮個人情報にあたるので記録しない",
    "リワーク：精神疾患により休職した人の職場復帰を支援するプログラム。",
    "対象：18歳以上で自殺企図により救急搬送され、研究参加に文書同意した者",
])
def test_special_care_about_no_one_identified(text):
    assert found(text, "SPECIAL_CARE") == []


@pytest.mark.parametrize("text", [
    "氏名：佐藤 陽子\nリワーク：精神疾患により休職中。",
    "患者ID,傷病名,開始日,転帰\nP-0012,心房細動,2022/06/01,継続\n",
    "e-mail: y.sato@example.jp\n持病：糖尿病で通院中",
])
def test_special_care_about_someone_identified(text):
    assert found(text, "SPECIAL_CARE")


@pytest.mark.parametrize("text, name", [
    ("健康調査票は8/7までに樋口コーチへお願いします。", "樋口"),
    ("森監督の方針で、夏合宿は3泊とします。", "森"),
    ("肩の痛みは北川トレーナーに相談済み。", "北川"),
    ("医療脱毛。麻酔クリームのみ使用。　医師：柳田\n", "柳田"),
    ("担当スタイリスト：早瀬　次回 4/12\n", "早瀬"),
])
def test_staff_by_title_or_role(text, name):
    assert found(text, "PERSON") == [name]


@pytest.mark.parametrize("text", ["ヘッドコーチが交代した。", "現場監督に連絡。", "映画監督として知られる。", "1年担任が集まる。"])
def test_title_words_alone_are_no_names(text):
    assert found(text, "PERSON") == []


def test_name_across_a_misaligned_column_stays_whole():
    text = ("会員番号　 氏名　　　　　年齢　血圧　　　体調\n"
            "LB-18842　中島 和夫　　71　　162/98　普通\n"
            "LB-20117　小田切 房子　68　　128/76　良好\n"
            "LB-21006　今井 和子　　66　　118/70　良好\n")
    assert found(text, "PERSON") == ["中島 和夫", "小田切 房子", "今井 和子"]


def test_counter_after_a_price_is_no_surname():
    text = "品番　　　　返礼品名　　　　寄附額　　配送\nFS-24-001　マグカップ　10,000円　　通年\n"
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("header", ["スタイリスト", "主担当", "アシスタント", "コーチ", "担当トレーナー", "本人確認者", "担任"])
def test_staff_column_headers(header):
    from classifiers.columns import classify_header

    assert classify_header(header).pii_type == "PERSON"


def test_staff_column_of_a_booking_export():
    text = ("予約番号,来店日時,お客様名,電話番号,メニュー,スタイリスト,指名\n"
            "BE72019384,2024/12/03 10:00,大西 真由,09031827740,カット+カラー,藤本,あり\n"
            "BE72019877,2024/12/03 11:30,谷口 健太,08011934625,メンズカット,野口,なし\n"
            "BE72020451,2024/12/03 13:00,柴田 綾乃,07055206613,縮毛矯正,早瀬,あり\n"
            "BE72020813,2024/12/03 15:00,荒木 詩織,09045581209,カット+パーマ,藤本,あり\n")
    names = found(text, "PERSON")
    assert {"藤本", "早瀬", "大西 真由", "柴田 綾乃"} <= set(names)


@pytest.mark.parametrize("text", [
    "1. 『ノルウェイの森 上』 村上春樹著　　返却期限 2024/06/18\n",
    "日本の民俗 第12巻 愛知 / 柳田国男 監修\n",
    "資料番号 K-0415　「天満天神祭図」 長谷川貞信 筆\n",
    "タイトル　　　吾輩は猫である / 夏目漱石 [著]\n",
    "第2展示室\n伊能忠敬は延享2年（1745）、上総国山辺郡小関村に生まれました。\n",
    "No　作品名　　　　　作者　　　　時代　　　所蔵\n1　風神雷神図屏風　　俵屋宗達　　江戸時代　建仁寺\n2　夏秋草図屏風　　　酒井抱一　　江戸時代　東京国立博物館\n",
])
def test_authors_and_historical_figures_are_no_personal_data(text):
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text, name", [
    ("江戸時代の古文書講座　講師：佐藤 花子さん（学芸員）", "佐藤 花子"),
    ("返却期限のお知らせ\n利用者：中村 恵 様\n『ノルウェイの森』 ほか1点", "中村 恵"),
    ("作成：山田 一郎（総務部）\n議事録", "山田 一郎"),
])
def test_people_near_titles_and_history_still_found(text, name):
    assert name in found(text, "PERSON")


def test_card_number_shaped_like_a_0x0_phone_is_no_phone():
    text = "ts\tcard_no\tname\n2024-07-02T09:14:33+09:00\t0200337481\t近藤 真由美\n2024-07-02T09:15:02+09:00\t0200512096\t有村 ちひろ\n"
    assert found(text, "PHONE_NUMBER") == []
    assert found("利用者番号 0200118093　電話 090-1234-5678", "PHONE_NUMBER") == ["090-1234-5678"]


def test_foreign_trainee_names_in_a_list():
    text = ("入国者一覧\nNo　氏名　　　　　　　生年月日　　　旅券番号\n1　Rizal Maulana　　　2002-03-19　　E3817264\n"
            "2　Fajar Nugroho　　　2001-11-07　　E4402195\n")
    names = found(text, "PERSON")
    assert "Rizal Maulana" in names and "Fajar Nugroho" in names


@pytest.mark.parametrize("text", [
    "VESSEL PARTICULARS\nName: OCEAN CAMELLIA                 Type: Bulk Carrier\n",
    "time_utc,mmsi,ship_name,call_sign\n03:58:21,352001874,OCEAN CAMELLIA,3FWK7\n03:58:30,431012345,AKATSUKI MARU,JL6512\n",
])
def test_ship_names_are_no_persons(text):
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text", [
    "【記入例】\n利用者登録申込書\nふりがな　　としょ　たろう\n氏　　名　　図書　太郎\n",
    "令和○年○月○日　住所 ○○県○○市○○町○-○　氏名 山田 花子\n",
])
def test_form_examples_are_no_persons(text):
    assert found(text, "PERSON") == []


def test_a_real_name_ending_in_taro_is_no_example():
    assert found("船主：宮城 幸太郎　住所：沖縄県うるま市勝連平安名3104-2\n提出先：○○漁業協同組合", "PERSON") == ["宮城 幸太郎"]


def test_adverse_event_report_by_initials():
    form = ("【患者情報】\n　イニシャル：T.K.　　性別：男　　年齢：72歳\n　原疾患：潰瘍性大腸炎（全大腸炎型）\n"
            "【副作用】\n　副作用名：間質性肺炎\n　転帰：軽快（2024/10/01時点）\n")
    assert found(form, "SPECIAL_CARE") == ["潰瘍性大腸炎（全大腸炎型）", "間質性肺炎", "軽快（2024/10/01時点）"]
    line_list = ("case_id,received,initials,age,sex,indication,event_term_pt,seriousness,outcome,reporter\n"
                 "PV-JP-2024-002210,2024-05-14,M.S.,54,F,クローン病,敗血症,入院,回復,医師\n"
                 "PV-JP-2024-003017,2024-07-02,Y.O.,38,M,潰瘍性大腸炎,帯状疱疹（播種性）,入院,回復,医師\n")
    assert "クローン病" in found(line_list, "SPECIAL_CARE") and found(line_list, "PERSON") == []
    glossary = "イニシャル：患者を特定しないよう氏名の頭文字で記載する。\n有害事象：医薬品が投与された患者に生じた好ましくない事象。"
    assert found(glossary, "SPECIAL_CARE") == []


def test_dialogue_speakers_beside_a_named_one():
    text = ("文字起こし　個別インタビュー\n\n中井：今日はありがとうございます。まず、日本に来たきっかけから。\n"
            "ラクシュミ：2016年に夫の仕事で来ました。\n中井：最初はお仕事は？\nラクシュミ：最初はしていません。\n"
            "中井：地域の人との付き合いはどうですか。\nラクシュミ：同じマンションの人が親切です。\n")
    # (the line whose answer starts with a number, left by the speaker rule as a field's value would be, is found
    # as another mention of a name found)
    assert found(text, "PERSON").count("ラクシュミ") == 3
    oral = "宮本：お生まれはこちらですか。\n李：そう、東九条。\n宮本：お仕事は。\n李：中学出て、西陣の織屋さんで住み込み。\n"
    assert found(oral, "PERSON").count("李") == 2
    # (a script of roles is no dialogue between people)
    roles = "ナレーション：春の訪れ。\nインタビュアー：どうですか。\nナレーション：桜が咲いた。\nインタビュアー：ありがとう。\n"
    assert found(roles, "PERSON") == []


def test_zoom_chat_senders_and_recipients():
    text = ("10:21:07 From 吉川梓 to 中井 修平(Direct Message): すみません、子どもが起きたので\n"
            "10:34:55 From たっちゃんママ to Everyone: 避難所の情報はこのサイトが便利です\n")
    assert found(text, "PERSON") == ["吉川梓", "中井 修平", "たっちゃんママ"]


@pytest.mark.parametrize("text", [
    "英会話フレーズ集　Unit 1 自己紹介\n1. はじめまして。山田太郎と申します。\n   Nice to meet you. My name is Taro Yamada.\n"
    "6. It's S-M-I-T-H, Smith. John Smith.\n",
    "【記入例】 住所・氏名変更届（社員用）\n\n　提出日　　令和○年○月○日\n　所属　　　営業部 第一課\n　社員番号　　0012345\n"
    "　氏名　　　　山田　太郎　　（フリガナ　ヤマダ　タロウ）\n",
    "相続関係説明図（記載例）\n被相続人　甲野　太郎\n　├── 長男　甲野　一郎（分割）\n　└── 長女　乙山　春子（相続放棄）\n",
])
def test_example_people_of_teaching_material_and_forms(text):
    assert found(text, "PERSON") == []


def test_example_address_and_its_code_on_a_form():
    text = "旧住所　　　〒100-0000　東京都千代田区○○町1-2-3\n新住所　　　〒100-0000　東京都千代田区△△町4-5-6\n"
    assert found(text, "ADDRESS") == [] and found(text, "POSTAL_CODE") == []
    real = "住所：〒100-0005 東京都千代田区丸の内1-2-3\n"
    assert found(real, "ADDRESS") == ["東京都千代田区丸の内1-2-3"] and found(real, "POSTAL_CODE") == ["100-0005"]


def test_history_by_a_western_year_before_meiji():
    assert found("問2 1837年、元大坂町奉行所与力の大塩平八郎が、民衆の救済を訴えて挙兵した。", "PERSON") == []


def test_a_number_before_a_bracket_is_no_old_year():
    # (1234） is the end of a phone or extension number, not a year before 1868 in brackets: names stay names
    assert found("担当（内線 1234）\nお世話になっております。藤沢店の増田です。", "PERSON") == ["増田"]


@pytest.mark.parametrize("text, name", [
    ("第1条　相続人長尾キヨ子は、次の遺産を取得する。", "長尾キヨ子"),
    ("遺言者桐山 文雄は次の通り遺言する。", "桐山 文雄"),
    ("兵庫県尼崎市潮江2丁目17番3-908号\n金 成民 様\n\n件名：帰化許可申請", "金 成民"),
])
def test_names_on_legal_roles_and_korean_surnames(text, name):
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text", ["相続人全員の合意により分割する。", "被告は原告に対し金100万円を支払え。"])
def test_legal_roles_alone_are_no_names(text):
    assert found(text, "PERSON") == []


def test_a_roster_of_surname_lists():
    text = ("日付　　　　早番　　　　　　遅番\n12/1(日)　中川・吉村　　　宮﨑・加藤\n12/3(火)　加藤・小島　　　中川・宮﨑\n"
            "12/5(木)　吉村・加藤　　　中川・宮﨑\n")
    assert found(text, "PERSON").count("中川") == 3
    assert found("産地リレー：長野・青森・岩手、山形・秋田・宮城、福島・茨城・栃木", "PERSON") == []


def test_real_name_written_onto_the_word_and_reading_keys():
    assert "吉岡 大翔" in found("「こいつの本名吉岡 大翔な。住所は特定済み」", "PERSON")
    assert "大森一輝" in found("本名大森一輝で、去年それで逮捕された", "PERSON")
    assert found("本名は公開していません。", "PERSON") == []
    text = '[{"case": "PR-2025-003", "client": "PERERA KASUN", "client_kana": "ペレラ・カスン", "type": "永住許可申請"}]'
    assert "ペレラ・カスン" in found(text, "PERSON")


@pytest.mark.parametrize("text, name", [
    ("7/2　店長大西が電話でお詫び。", "大西"),
    ("11:35　展示監視員佐野が泣いているお子さんを保護", "佐野"),
    ("12:49 隊員大城が119番通報", "大城"),
])
def test_surname_written_onto_a_staff_role(text, name):
    assert found(text, "PERSON") == [name]


@pytest.mark.parametrize("text", ["看護師長の判断で中止した。", "課長代理が出席した。", "部長会議にて決定。", "職員全員が参加した。"])
def test_staff_roles_before_ordinary_words(text):
    assert found(text, "PERSON") == []


def test_birth_dates_run_together_with_the_next_column():
    text = ("健康保険・厚生年金保険 被保険者一覧（抜粋）　出力日 2024/09/30\n\n"
            "被保険者氏名　　　生年月日　　　　　　健康保険証 記号　番号　　標準報酬月額　資格取得日\n"
            "佐々木 健太郎　　昭和47年4月18日　記号 31884201　番号 231　　　710千円　　平成7年4月1日\n"
            "松永 拓海　　　　平成6年8月1日　　記号 31884201　番号 912　　　320千円　　平成29年4月1日\n"
            "北条 あかり　　　昭和63年1月26日　記号 31884201　番号 1770　　 380千円　　平成29年4月1日\n")
    assert found(text, "DATE_OF_BIRTH") == ["昭和47年4月18日", "平成6年8月1日", "昭和63年1月26日"]
    ranges = ("年齢    生年月日の範囲                        男性      女性\n"
              "20歳    2003年10月 2日 ～ 2004年10月 1日     1,345円   1,480円\n"
              "30歳    1993年10月 2日 ～ 1994年10月 1日     1,820円   2,115円\n"
              "40歳    1983年10月 2日 ～ 1984年10月 1日     2,690円   2,640円\n")
    assert found(ranges, "DATE_OF_BIRTH") == []


def test_a_note_in_brackets_is_no_value_of_its_column():
    text = ("| 社員番号 | 氏名 | 個人番号 | 扶養親族 | 扶養親族の個人番号 |\n"
            "| 100231 | 佐々木 健太郎 | 2942 2336 2480 | 佐々木 典子（配偶者） | 8004 0737 7393 |\n"
            "| 100587 | 大久保 美咲 | 299347280882 | — | — |\n"
            "| 100912 | 松永 拓海 | 8325-6693-8028 | 松永 遥（長女） | 343146965835 |\n"
            "| 101122 | Raj Malhotra | 0487 1072 2031 | Priya Malhotra（配偶者） | （未収集） |\n")
    numbers = found(text, "JP_MY_NUMBER")
    assert "8004 0737 7393" in numbers and "343146965835" in numbers


def test_special_care_of_a_blank_plan_with_example_names():
    text = ("食物アレルギー個別取組プラン（記入例）\n児童氏名：山田 太郎（やまだ たろう）　保護者：山田 花子\n"
            "アナフィラキシーの既往：有・無　　エピペン処方：有・無\n原因食物：■鶏卵（加熱卵も不可）　アナフィラキシーの既往：無\n")
    assert [e for e in ENGINE.analyze(text) if e.type in ("PERSON", "SPECIAL_CARE")] == []


def test_my_number_on_a_resident_record_copy():
    text = "住民票の写し\t○\t個人番号入りの住民票が提出された（0424 5549 9865）。収集不可のため黒塗りした。"
    assert found(text, "JP_MY_NUMBER") == ["0424 5549 9865"]


@pytest.mark.parametrize("text, value", [
    ("返金先口座　　常陽銀行　みらい平支店　普通　口座番号 1427596", "常陽銀行　みらい平支店　普通　口座番号 1427596"),
    ("給与振込口座　三井住友銀行 自由が丘支店 普通 4817260", "三井住友銀行 自由が丘支店 普通 4817260"),
    ("振込予定口座：三菱UFJ銀行 丸の内支店 普通 0517728", "三菱UFJ銀行 丸の内支店 普通 0517728"),
])
def test_branch_names_with_hiragana(text, value):
    assert found(text, "JP_BANK_ACCOUNT") == [value]


def test_a_complete_address_is_not_run_on_into_the_next_field():
    text = "　住所　東京都練馬区石神井町３－２４－９\n担当地域包括支援センター　浦和区南部地域包括支援センター　担当 岩田\n"
    assert found(text, "ADDRESS") == ["東京都練馬区石神井町３－２４－９"]


def test_food_allergies_in_a_school_lunch_register():
    text = ("組,番,氏名,ふりがな,原因食物,対応,対象日\n1,14,坂本 葵,さかもと あおい,卵,除去食,7/1\n"
            "1,3,井上 心春,いのうえ こはる,乳,代替食,7/2\n2,22,木村 陸,きむら りく,えび;かに;いか,除去食,7/4\n")
    assert found(text, "SPECIAL_CARE") == ["卵", "乳", "えび;かに;いか"]
    menu = "献立名,エネルギー,原因食物\n肉じゃが,420,卵\nすまし汁,35,小麦\nぶどうゼリー,80,なし\n"
    assert found(menu, "SPECIAL_CARE") == []


def test_japan_post_bank_branch_by_kanji_numerals():
    text = "ご返金先　ゆうちょ銀行 〇一八店（ゼロイチハチ店） 普通 2417593\n"
    assert found(text, "JP_BANK_ACCOUNT") == ["ゆうちょ銀行 〇一八店（ゼロイチハチ店） 普通 2417593"]


def test_an_employment_insurance_number_further_along_its_line():
    text = "☑ 雇用保険被保険者証（前職）　　済　　　被保険者番号 5108-447392-6\n☐ 健康保険証　　　　　　未\n"
    assert found(text, "JP_HEALTH_INSURANCE") == []


def test_the_birth_date_of_a_form_example():
    text = ("算定基礎届 記入例（見本）\n　被保険者整理番号 1　氏名 年金 太郎　生年月日 5-500101　適用年月 9年9月\n"
            "　従前の標準報酬月額 健保 280千円\n")
    assert found(text, "PERSON") == [] and found(text, "DATE_OF_BIRTH") == []


@pytest.mark.parametrize("text, name", [
    ("いつも母がお世話になっております。日下部 キミの娘の真理です。", "日下部 キミ"),
    ("件名：母（305号 日下部キミ）の入院について", "日下部キミ"),
    ("「あー、もしもし、猪瀬です、猪瀬 ハナ。粟宮の。」", "猪瀬 ハナ"),
])
def test_kanji_surname_with_a_katakana_given_name(text, name):
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text", ["東京 ドームで待ち合わせ。", "本日 マリオの日です。"])
def test_katakana_words_after_kanji_are_no_names(text):
    assert found(text, "PERSON") == []


def test_health_insurance_keys_and_spaced_phone_brackets():
    text = '{"name": "佐藤 花子", "health_ins_symbol": "4301", "health_ins_number": "21"}'
    assert found(text, "JP_HEALTH_INSURANCE") == ["4301", "21"]
    assert found("電話番号     048 ( 254 ) 3310", "PHONE_NUMBER") == ["048 ( 254 ) 3310"]


def test_tsv_rows_whose_empty_last_cell_was_left_off():
    text = ("貸出日\t返却日\t車両No\t氏名\t区分\t免許証番号\t旅券番号\t連絡先\t備考\n"
            "2024/10/01\t2024/10/01\tSC-03\t比嘉 拓海\t国内\t953708805480\t\t098-861-4027\n"
            "2024/10/01\t2024/10/03\tSC-05\tLEE JIHOON\t海外\t（国際免許 確認済）\tM48127735\t+82-10-4418-2093\tKR\n"
            "2024/10/02\t2024/10/02\tSC-01\t金城 さくら\t国内\t713716621500\t\t090-7740-2218\n")
    assert found(text, "JP_DRIVERS_LICENSE") == ["953708805480", "713716621500"]
    assert found(text, "JP_PASSPORT") == ["M48127735"]


def test_a_passenger_name_list():
    text = ("PNL\nJW73/26JUL KIX PART1\n-TPE013Y\n1MORIOKA/AIRIMISS .L/8NWQ4D\n.R/CHML HK1\n"
            ".R/DOCS HK1/P/JPN/TK0021054/JPN/03NOV16/F/11AUG29/MORIOKA/AIRI\n2KANNO/RYOTAMR/KANNO/SAKIMRS .L/6TP2ZK\n"
            ".R/DOCS HK1/P/TWN/351847269/TWN/22JAN95/F/30APR32/CHEN/YIHAN\n")
    assert found(text, "JP_PASSPORT") == ["TK0021054", "351847269"]
    assert found(text, "DATE_OF_BIRTH") == ["03NOV16", "22JAN95"]
    assert {"MORIOKA/AIRI", "KANNO/RYOTA", "KANNO/SAKI", "CHEN/YIHAN"} <= set(found(text, "PERSON"))


@pytest.mark.parametrize("text, value", [
    ("8:30　SJ-A-027　　　石神井台三丁目２２番５号 大沢様方前。", "石神井台三丁目２２番５号"),
    ("うち 上石神井一丁目３０番１１号 のアパート", "上石神井一丁目３０番１１号"),
    ("回収漏れ。石神井台五丁目１１－３０　ラポール石神井２０２ ウィリアムズ様", "石神井台五丁目１１－３０　ラポール石神井２０２"),
])
def test_a_town_block_without_its_city(text, value):
    assert found(text, "ADDRESS") == [value]


def test_a_town_block_without_house_numbers_is_no_address():
    assert found("収集カレンダー：石神井台三丁目・四丁目は毎週火曜", "ADDRESS") == []
