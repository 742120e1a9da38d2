"""Formats met in session 25's fifteen sets: birth labels with a note, birthday corners, second birth dates and crew
lists' birth columns; officials in public roles, bibliographies, eponyms, mascots and ships; chat handles with accented
capitals, couples, names with a bracketed birth date or field label, phone owners, reviewers' comments; probation
registers' offence columns; addresses after someone's home, いろは lots and labels' building columns; and the
misreadings the sets showed (給料手当, TEL-2024-11-0042, 金　夜回り)."""

from __future__ import annotations

from engine_helpers import found


def test_a_birth_label_with_a_note_in_brackets_keeps_its_date():
    text = ("氏名：川島 亮太（カワシマ リョウタ）\n"
            "　生年月日（懸賞応募時の登録）：1992年12月30日\n"
            "【生年月日（会員登録時）】2002年10月5日\n")
    assert found(text, "DATE_OF_BIRTH") == ["1992年12月30日", "2002年10月5日"]
    # … while the note's word alone (登録日) still names another date
    assert not found("会員登録日：2024年10月5日\n", "DATE_OF_BIRTH")


def test_a_birth_date_two_spaces_after_a_reading_in_brackets():
    text = ("受講者一覧\n"
            "3　 黒岩 優太（クロイワ ユウタ）　　2003/08/19　　普通AT　　第502108450172号\n"
            "4　 Santos Rodrigo（サントス ロドリゴ）1988/06/30　　普通　　　第503107626185号\n")
    assert found(text, "DATE_OF_BIRTH") == ["2003/08/19", "1988/06/30"]
    # … not a date an event follows
    assert not found("3　 黒岩 優太（クロイワ ユウタ）　　2003/08/19 入社\n", "DATE_OF_BIRTH")


def test_a_newsletter_birthday_corner_lists_birthdays():
    text = ("社内報『おおとり通信』2024年11月号　　　🎂 今月のお誕生日さん 🎂\n"
            "今月お誕生日を迎える皆さん、おめでとうございます！\n\n"
            "【本社】\n"
            "　11/19　丹羽 一輝さん（総務課）\n"
            "　11月3日　土屋 綾乃さん（総務）\n"
            "---------------------------------------------------\n"
            "今月のイベント：11月15日（金）創立記念日／11月20日 安全衛生委員会\n")
    assert found(text, "DATE_OF_BIRTH") == ["11/19", "11月3日"]
    church = ("――――― １２月のお誕生日 ―――――\n"
              "　12/5 根本 節子姉　　12/19 根岸 房江姉\n"
              "　（掲載を希望されない方は事務所までお知らせください）\n")
    assert found(church, "DATE_OF_BIRTH") == ["12/5", "12/19"]
    # a heading alone, and a form's birthday field, list nothing else
    assert not found("誕生日会のお知らせ\n\n　12/5 10:00 集合　ホール\n", "DATE_OF_BIRTH")


def test_a_date_after_a_posthumous_names_secular_name_and_before_its_age_at_death_is_no_birth_date():
    text = ("No\t納骨\t戒名\t没年月日\t備考\n"
            "D-03\t納 R6.4.28\t春岳妙華信女（俗名 松浦 華子）S61.4.9 行年17\t法事は土曜以外で\n")
    assert "S61.4.9" not in found(text, "DATE_OF_BIRTH")


def test_a_name_introduced_after_a_particle_with_a_katakana_given_name():
    assert found("10:47 ゆうこ: 母は田島 キヨです。電話は私の携帯で\n", "PERSON") == ["田島 キヨ"]


def test_a_surname_before_a_mobile_number_in_a_phone_tree():
    text = "■ 連絡体制\n　配車トラブル時：土門 070-5596-3302　→　榊原 090-2285-6104\n"
    assert found(text, "PERSON") == ["土門", "榊原"]
    # … not a word the dictionary reads as a thing or an office
    assert not found("携帯 090-1111-2222 / 本社 090-1234-5678 / 営業 090-2222-3334\n", "PERSON")


def test_a_proceedings_contents_whose_titles_mention_participants_is_still_published():
    text = ("第12回 地域看護学会 学術集会 抄録集　目次\n\n"
            "【特別講演】\n　地域で暮らし続けることを支える看護\n　　深町 直子（北陵大学 看護学部）\n\n"
            "【一般演題（口演）】\n"
            "　O-04 運動療法アプリ継続要因：RCT参加者の面接から\n"
            "　　　 ○脇田 香織、堤 雄一郎（瀬戸内医療大学病院）             …… 30\n")
    assert not found(text, "PERSON")


def test_the_authors_of_a_bibtex_export_are_published():
    text = ("@article{kennedy1993,\n"
            "  author    = {Kennedy, Robert S. and Lane, Norman E.},\n"
            "  title     = {Simulator Sickness Questionnaire},\n"
            "  year      = {1993}\n}\n")
    assert not found(text, "PERSON")
    ris = "TY  - JOUR\nAU  - Hart, Sandra G.\nTI  - Development of NASA-TLX\nER  - \n"
    assert not found(ris, "PERSON")


def test_an_eponym_is_no_person():
    text = "期待度数5未満のセルがある場合は Fisher の正確検定、連続変数は Pearson の相関係数を用いた。"
    assert not found(text, "PERSON")
    assert found("担当 Fisher 様 (fisher@example.com)", "PERSON") == ["Fisher"]


def test_a_price_list_pack_size_is_no_drug_answer():
    text = ("院内コード      JANコード        品名                               規格          仕入単価\n"
            "040207000162   4987174720027   点耳薬（抗菌・抗真菌）             15mL            1,120\n"
            "※定期便の管理番号はカルテ番号とは別\n")
    assert not found(text, "SPECIAL_CARE")
    assert found("カルテ番号 123\n常用薬：アムロジピン5mg 1錠\n", "SPECIAL_CARE") == ["アムロジピン5mg 1錠"]


def test_a_breeding_record_dogs_birth_dates_are_no_ones():
    text = ("母犬　　：COCO（犬舎名 Plume Rouge）　生年 2020.05.14　MC 392334164935508\n"
            "父犬　　：TEDDY of Plume Rouge　生年 2019.11.02\n")
    assert not found(text, "DATE_OF_BIRTH")


def test_a_picture_book_animal_is_no_person():
    assert not found("09　だいじょうぶ だよ、ゾウさん　　　4歳〜\n", "PERSON")


def test_a_line_talk_partner_and_speaker_without_the_honorific_after_a_space():
    text = ("[LINE] 松井 先生 とのトーク履歴\n"
            "18:40\t松井 先生\t了解しました。20時で大丈夫ですよ。\n"
            "10:03\t拓也\t先生、ちょっと相談なんですが\n"
            "10:12\t松井 先生\t連絡くれてありがとう。\n")
    names = found(text, "PERSON")
    assert "松井" in names and "拓也" in names
    assert not any("先生" in n for n in names)


def test_tab_chat_speakers_with_vietnamese_letters_and_a_role_before_the_surname():
    text = ("09:40\tĐỗ Nhung\tおはようございます！\n"
            "09:42\tコーディネーター戸田\tありがとうございます\n"
            "09:43\tĐỗ Nhung\tはい\n")
    assert found(text, "PERSON") == ["Đỗ Nhung", "戸田", "Đỗ Nhung"]


def test_a_couples_second_given_name_after_a_middle_dot():
    text = ('"KN-Y-1187","榊原 俊介・香織","さかきばら しゅんすけ","養育/養子縁組"\n'
            '"KN-Y-0934","千田 浩二・由美子","ちだ こうじ","養育"\n')
    names = found(text, "PERSON")
    assert "香織" in names and "由美子" in names
    assert found("代表 山田 太郎・田中 花子\n", "PERSON") == ["山田 太郎", "田中 花子"]


def test_a_welfare_offices_caseworker_column():
    text = ("No.     氏名             カナ                 性 生年月日    担当児相  担当CW     特記\n"
            "24-058  髙橋 琉生        タカハシ ルイ         男 2012/03/04  北部      須藤       \n"
            "24-061  森 陽菜          モリ ヒナ             女 2010/06/15  中央      宮本       \n")
    names = found(text, "PERSON")
    assert "須藤" in names and "宮本" in names


def test_a_drawn_table_whose_corner_cell_is_blank():
    text = ("　┌────┬──────────┬──────────┬────┐\n"
            "　│　　　　│ 氏名　　　　　　　 │ 生年月日　　　　　 │ 性別　 │\n"
            "　├────┼──────────┼──────────┼────┤\n"
            "　│ 児童１ │ 福士　陽太　　　　 │ 2016年5月30日　　　 │ 男　　 │\n"
            "　│ 児童２ │ 福士　凛　　　　　 │ 2024年11月17日　　　│ 男　　 │\n"
            "　└────┴──────────┴──────────┴────┘\n")
    assert found(text, "DATE_OF_BIRTH") == ["2016年5月30日", "2024年11月17日"]
    # … while an indented "label : value" block is no table (its bank account stays one phrase)
    form = ("  Full name (passport)   : MEHTA RAHUL\n"
            "  Katakana               : メータ ラフル\n"
            "  Salary account         : Sumitomo Mitsui Banking Corporation, Kiba Branch, Ordinary 2290417\n")
    assert found(form, "JP_BANK_ACCOUNT") == ["Sumitomo Mitsui Banking Corporation, Kiba Branch, Ordinary 2290417"]


def test_a_dogs_birth_date_on_a_rabies_registration():
    text = "│犬の名前　　　　　　ポチ\n│犬の生年月日　　　　令和５年１２月２日\n│マイクロチップ番号　392 682 651 131 87\n"
    assert not found(text, "DATE_OF_BIRTH")


def test_officials_in_their_public_roles():
    assert not found("主催：高城修一郎後援会　／　日時：2025年1月19日（日）14:00〜\n本会は、高城修一郎の政治理念に賛同し\n", "PERSON")
    results = (" 当落  候補者名              党派           得票数        得票率\n"
               " 当    高城 修一郎            無所属         24,816.000    18.42%\n"
               "       浜野 こうじ            日本維新の会   17,402.000    12.91%\n")
    assert not found(results, "PERSON")
    minutes = ("出席委員　　委員長　岡部 隆之、副委員長　西村 香織\n欠席委員　　なし\n"
               "説明者　　　県土整備部長　藤巻 信也\n会議に付した事件\n　議案第８７号\n")
    assert not found(minutes, "PERSON")
    assert not found("埼玉県議会議長　松崎 俊一　様\n", "PERSON")
    # … while a meeting's chair in private minutes, and a supporter on a form, are people
    assert found("議長　伊東 正和　㊞\n議事録署名人　新井 ひろみ\n", "PERSON") == ["伊東 正和", "新井 ひろみ"]
    assert found("入会者：鈴木 一郎（090-1234-5678）\n", "PERSON") == ["鈴木 一郎"]


def test_a_budget_rows_allowance_is_no_account_type():
    text = ("科目コード,大区分,科目,DV被害者支援,難民支援,合計\n"
            "511-01,事業費,給料手当,4800000,2880000,10560000\n")
    assert not found(text, "JP_BANK_ACCOUNT")
    assert found("振込先：りそな銀行 梅田支店 当 1234567\n", "JP_BANK_ACCOUNT") == ["りそな銀行 梅田支店 当 1234567"]


def test_a_ships_name_under_its_heading():
    text = "RECEIVING SHIP\n  Name: TAIYO PIONEER                IMO No.: 9784321\nMASTER\n  Name: Kenji Watanabe\n"
    assert found(text, "PERSON") == ["Kenji Watanabe"]


def test_an_interpreters_column_of_foreign_names_and_a_case_number_after_a_name():
    text = ("日付\t言語\t通訳者\t相談者（ケースNo.）\t場所\n"
            "9/3\tビルマ語\tHtet Htet Wai\tトゥー・アウン・ミン（RS-23-0412）\t入管\n"
            "9/5\tクルド語\tRojda Aslan\tカヤ・メフメット（RS-23-0455）\t事務所\n"
            "9/10\tダリー語\tハミドゥッラー\tファルハード・ラフィーミー（RS-24-0009）\t診療所\n"
            "9/12\tベトナム語\tPham Thi Hoa\tグエン ティ ラン（KH-2024-0219）\t事務所\n"
            "9/17\t英語\tDaniel Weber\tンバルガ・クリステル（RS-24-0031）\t入管\n")
    names = found(text, "PERSON")
    assert "Htet Htet Wai" in names and "ハミドゥッラー" in names
    assert "トゥー・アウン・ミン" in names and "グエン ティ ラン" in names
    assert not any("RS-" in n for n in names)


def test_latin_names_before_honorifics_in_crew_lists_and_with_field_labels_after_them():
    assert found("浜口先生、Parkさん\n\nお世話になっております。\n", "PERSON") == ["浜口", "Park"]
    assert not found("Central Parkさんの件\n", "PERSON")
    crew = (" a) TOKUNAGA SHO / Cadet (E) / JPN / DOB 18JUN2003\n"
            " b) MANALO RICHARD DIZON / Chief Cook / PHL / DOB 12OCT1985\n")
    assert found(crew, "PERSON") == ["TOKUNAGA SHO", "MANALO RICHARD DIZON"]
    form = " 2 氏名 Name ........ RAHIMI（姓 Family name）　FARHAD（名 Given name）\n"
    assert found(form, "PERSON") == ["RAHIMI", "FARHAD"]
    assert not found("Name (Surname/Given) : 未記入\n", "PERSON")


def test_a_name_with_its_birth_date_or_age_in_brackets():
    text = "子：Gabriel（2018.2.6生）、Sofia（2023.5.30生）\n子：陽菜（2019.4.1生）\n"
    names = found(text, "PERSON")
    assert names == ["Gabriel", "Sofia", "陽菜"]
    assert not found("原則として子が成人（１８歳）に達するまで。2026年2月末 定年（60歳）\n", "PERSON")


def test_a_slack_exports_latin_handles_after_a_dated_stamp():
    text = ("[2024-06-10 20:11] takeshi.mori: 第5節のA会場の件、抗議文が来ました\n"
            "[2024-06-10 20:15] ayaka_fujii: 登録システムの画面キャプチャ確認しました。\n")
    assert found(text, "PERSON") == ["takeshi.mori", "ayaka_fujii"]


def test_a_probation_registers_offence_and_release_columns():
    text = ("No\t氏名\t罪名\t釈放区分\t担当保護司\n"
            "1\t佐藤 健一\t窃盗（万引き）\t仮釈放\t松井\n"
            "2\t田中 翔\t詐欺（特殊詐欺の受け子）\t満期釈放\t宮下\n"
            "3\t鈴木 大輔\t道路交通法違反（無免許）\t仮釈放\t松井\n")
    care = found(text, "SPECIAL_CARE")
    assert "窃盗（万引き）" in care and "仮釈放" in care


def test_a_fixed_width_listings_header_is_no_labelled_fact():
    text = ("No 事件番号     対象者氏名      生年月日   種別  罪名/非行名           期間終了   区分\n"
            "-- ------------ --------------- ---------- ----- --------------------- ---------- ----\n"
            "01 R05-1-0221   上野 恭介       H18.09.12   1号   窃盗（オートバイ盗）   R06.09.11  短期\n"
            "02 R05-3-0987   須藤 宗一       S49.02.03   3号   覚醒剤取締法違反      R06.07.20  一般\n")
    care = found(text, "SPECIAL_CARE")
    assert not any("期間終了" in c for c in care)
    assert "窃盗（オートバイ盗）" in care


def test_addresses_a_visit_log_brackets_an_iroha_lot_and_a_labels_building_column():
    log = (" 11:10 東住吉町会 片桐会長宅（東住吉1-8-4）— 東川の草刈りのお礼\n"
           "大須賀 徹 様 | 自宅葬（上安松1102-3） | 12/6 18:00\n")
    assert found(log, "ADDRESS") == ["東住吉1-8-4", "上安松1102-3"]
    assert found("〒289-1115 千葉県八街市八街ほ788-12\nTEL 043-444-8120\n", "ADDRESS") == ["千葉県八街市八街ほ788-12"]
    label = "359-1124  埼玉県所沢市東住吉５－２          グランドール東住吉３０４   石渡　美由紀\n"
    assert found(label, "ADDRESS") == ["埼玉県所沢市東住吉５－２          グランドール東住吉３０４"]
    assert found("板橋区成増2-14-9      090-3356-7712\n", "ADDRESS") == ["板橋区成増2-14-9"]


def test_passports_after_a_crew_lists_ppt_and_a_bracketed_country_with_wa():
    crew = (" a) TOKUNAGA SHO / Cadet (E) / JPN / DOB 18JUN2003 / PPT TS1580073 exp 16OCT2034\n"
            " b) MANALO RICHARD / Chief Cook / PHL / DOB 12OCT1983 / PPT P3390471A exp 22FEB2031\n")
    assert found(crew, "JP_PASSPORT") == ["TS1580073", "P3390471A"]
    assert found("夫のパスポート（ブラジル）番号は GB719054 です。\n", "JP_PASSPORT") == ["GB719054"]
    assert not found("slides.ppt 2 MB AB1234567\n", "JP_PASSPORT")


def test_birth_dates_in_a_crew_lists_date_and_place_column_a_csv_row_with_an_amount_and_a_second_record():
    crew = ("No.|6. Family name, given names      |8. Nationality |9. Date and place of birth        |10. ID type & No.\n"
            "---+---------------------------------+--------------+----------------------------------+------------------\n"
            " 1 |HAMAGUCHI, MASAYOSHI              |JAPAN         |1967-05-30 KAGOSHIMA           |PASSPORT TH8015534\n"
            " 2 |MIYAZATO, KOJI                    |JAPAN         |1975-12-01 NAHA                |PASSPORT TK1234567\n")
    assert found(crew, "DATE_OF_BIRTH") == ["1967-05-30", "1975-12-01"]
    csv = ("No,氏名（漢字）,SURNAME,GIVEN NAME,性別,生年月日,旅券番号,有効期限,部屋割,備考\n"
           "6,石渡 美由紀,ISHIWATA,MIYUKI,F,1978-05-09,TK3740609,2033-08-01,C(ツイン),\n"
           "7,竹之内 亘,TAKENOUCHI,WATARU,M,1969-04-03,TZ5691136,2032-10-14,D(シングル),シングル差額 18,000円\n")
    assert found(csv, "DATE_OF_BIRTH") == ["1978-05-09", "1969-04-03"]
    second = "生年月日：1994年2月1日（旅券上の記載：1994年1月1日）\n"
    assert found(second, "DATE_OF_BIRTH") == ["1994年2月1日", "1994年1月1日"]
    assert found("生年月日：1994年2月1日（2024年4月1日入社）\n", "DATE_OF_BIRTH") == ["1994年2月1日"]


def test_a_mascot_named_as_one_is_no_person():
    text = ("研修ナビゲーター：ほしまるくん（当社公式キャラクター）\n"
            "　ほしまるくん「表示名は誰でも名乗れるよ！」\n"
            "担当：山田 花子さん（キャラクターデザイン担当）\n")
    assert found(text, "PERSON") == ["山田 花子"]


def test_a_phone_owners_surname_in_brackets_and_a_claimants_contact_column():
    text = "1F で宮内がお迎えします。携帯 090-6140-2287（宮内）\nFAX 03-1234-5679（総務）、090-1111-2222（自宅）\n"
    assert found(text, "PERSON").count("宮内") >= 1
    assert "総務" not in found(text, "PERSON") and "自宅" not in found(text, "PERSON")
    csv = ('"受付番号","患者氏名","請求者","続柄","請求者連絡先","確認書類"\n'
           '"K24-0281","岡本 誠一","岡本 誠一","本人","045-781-3302","運転免許証"\n'
           '"K24-0282","西村 さくら","西村 さくら","本人","080-2216-9047","マイナンバーカード"\n')
    assert found(csv, "PHONE_NUMBER") == ["045-781-3302", "080-2216-9047"]


def test_a_call_records_tel_prefixed_id_is_no_phone_number():
    text = '<record id="TEL-2024-11-0042" channel="phone">\n【電話応対メモ】CS-TEL-250617-009　受電\n'
    assert not found(text, "PHONE_NUMBER")
    assert found("Handy 0151 2748 3306\n", "PHONE_NUMBER") == ["0151 2748 3306"]


def test_a_weekday_then_a_verb_noun_is_no_name():
    text = " 1/3　　　 金　夜回り（ルートA・B）　　　　　 20:00-23:00\n担当：山田 太郎\n佐藤 一郎って人\n"
    assert found(text, "PERSON") == ["山田 太郎", "佐藤 一郎"]


def test_a_reviewers_comment_led_by_their_surname():
    text = "【三浦：担当者の連絡先は速報と同一なので記載省略可】\n【注意：個人情報を含む】【補足：後日】\n"
    assert found(text, "PERSON") == ["三浦"]


def test_surnames_joined_by_a_middle_dot_after_a_department():
    text = "　担当　医事課 診療情報管理係　上原・森下　電話\n"
    assert found(text, "PERSON") == ["上原", "森下"]
    places = "在庫拠点：認定中古車センター 川越・所沢\n通関部 成田・東京 合算\n"
    assert not found(places, "PERSON")


def test_romanised_name_part_columns_and_a_uniforms_back_name():
    text = ("member_no\tlast_name\tfirst_name\tlast_roman\tfirst_roman\tsex\tbirth\n"
            "BD25-0311\t細川\t心春\tHOSOKAWA\tKOHARU\tF\t2014.08.21\n"
            "BD25-0312\t大野\t健太郎\tOHNO\tKENTARO\tM\t2013.04.05\n")
    names = found(text, "PERSON")
    assert "HOSOKAWA" in names and "KENTARO" in names
    order = ("受付No.|選手名|背ネーム(ローマ字)|背番号\n"
             "001|中村 拓海|NAKAMURA|1\n004|高田 陽翔|TAKADA|8\n006|牧野 翔真|MAKINO|10\n")
    assert "NAKAMURA" in found(order, "PERSON")


def test_a_phone_trees_surname_before_the_full_name_in_brackets():
    text = " │    ├ 水谷（水谷 陽翔）……………… ０９０－１１１１－２２２２\n"
    assert found(text, "PERSON") == ["水谷", "水谷 陽翔"]
