"""Formats met in session 27's sets (a driving school, home nursing, an agricultural cooperative, a waterworks bureau, a
wedding hall, an airline's customer relations, an international student office, a veterinary hospital)."""

from __future__ import annotations

from engine_helpers import found


def test_a_city_and_ward_the_gazetteer_does_not_know_then_a_block_number():
    rows = ("お客さま番号\t氏名\t電話\t使用場所\n41-0711-0203\t漆原 健吾\t045-842-6619\t湊浜市港南区丸山台1-22-5\n"
            "41-0711-0228\t今村 亮\t080-2251-7090\t湊浜市港南区丸山台1-23-1 丸山台ハイツB-3\n")
    assert found(rows, "ADDRESS") == ["湊浜市港南区丸山台1-22-5", "湊浜市港南区丸山台1-23-1 丸山台ハイツB-3"]
    assert found("いつもお世話になっております。湊浜市栄区本郷台3-8-21に住む者です。\n", "ADDRESS") == ["湊浜市栄区本郷台3-8-21"]
    # … but a known city's area without its block number stays no address, as before
    assert found("場所：名古屋市東区東桜一丁目 交差点（信号あり）\n", "ADDRESS") == []


def test_rare_surnames_the_dictionary_lacks_in_staff_boxes():
    text = ("【担当者記入欄】　受付者 四十物　　検印 済\n受付 蛯名　　印鑑照合 帷子　　役席 馬場園\n"
            "受付者　一戸 沙織　　確認者　七五三掛　　日付 3/5\n受付日 2025.03.27　受付店 047　担当 石動\n")
    assert found(text, "PERSON") == ["四十物", "蛯名", "帷子", "馬場園", "一戸 沙織", "七五三掛", "石動"]
    # … while a date's or a numeral's look-alikes stay unlisted
    assert found("受付日 四月一日　担当 佐藤\n", "PERSON") == ["佐藤"]


def test_a_judge_a_branch_head_and_a_caretaker_before_their_surnames():
    assert found("視力 左1.0　色彩 正常　運動能力 正常　　判定者 根本\n", "PERSON") == ["根本"]
    assert found("決裁欄　支所長 勅使河原　／　審査課 鰐淵　／　金融部長（押印）\n", "PERSON") == ["勅使河原", "鰐淵"]
    assert found("S-44 │日野台グリーンハイツ管理棟 │管理人 宇佐美 │045-833-2190\n", "PERSON") == ["宇佐美"]


def test_two_families_side_by_side_head_a_wedding_sheet():
    text = "ご祝儀 お預り台帳（受付用）　2025/10/18 鷹野家・江島家　　新郎側受付：宍戸 航\n"
    assert found(text, "PERSON") == ["鷹野", "江島", "宍戸 航"]
    assert found("昼食：弁当（吉野家・松屋・やよい軒から事前選択）\n", "PERSON") == []


def test_a_nominee_s_family_and_given_columns_and_a_name_katakana_key():
    csv = ("partner_univ,nominee_family,nominee_given,gender,dob\nUniversité de Lyon,Dubois,Chloé,F,2004-03-17\n"
           "Universidad de Salamanca,Fernández Ruiz,Mateo,M,2003-11-05\nUniversität Heidelberg,Becker,Hannah,F,2002-08-29\n")
    assert found(csv, "PERSON") == ["Dubois", "Chloé", "Fernández Ruiz", "Mateo", "Becker", "Hannah"]
    rows = ('[{"id":1,"name":"Zhou Hanyu","name_katakana":"シュウ・カンウ","dob":"2005-10-30"},\n'
            ' {"id":2,"name":"Kim Minjun","name_katakana":"キム・ミンジュン","dob":"2006-04-27"}]\n')
    assert found(rows, "PERSON") == ["Zhou Hanyu", "シュウ・カンウ", "Kim Minjun", "キム・ミンジュン"]


def test_a_vacant_row_inside_a_ruled_listing_does_not_end_it():
    text = ("部屋   学籍番号 氏名(ﾛｰﾏ字)              国籍 性 入居日     本人携帯\n"
            "------ -------- ------------------------ ---- -- ---------- ---------------\n"
            "A-104  23E4420  KASUN PERERA             LKA  M  2023/04/01 090-3307-5186\n"
            "A-105  (空室)\n"
            "B-201  24L0117  PARK SOYEON              KOR  F  2024/09/25 080-6671-0392\n"
            "B-203  24X9003  LUCIE MOREAU             FRA  F  2024/09/25 070-2290-4475\n"
            "------ -------- ------------------------ ---- -- ---------- ---------------\n"
            "在室 3 / 定員 4\n")
    assert found(text, "PERSON") == ["KASUN PERERA", "PARK SOYEON", "LUCIE MOREAU"]


def test_the_self_before_a_romanised_name_is_no_name_in_characters():
    log = ("日時\t担当\tお客さま番号\t相手\t電話\n2025-03-04 10:12\t今泉\t43-2210-0547\t本人(鷲尾 孝之)\t090-7741-0358\n"
           "2025-03-04 11:02\t葛西\t43-2213-0473\t本人(Nguyen Thi Lan)\t080-1234-5678\n")
    names = found(log, "PERSON")
    assert "本人" not in names and {"鷲尾 孝之", "Nguyen Thi Lan"} <= set(names)


def test_a_role_in_brackets_after_a_kana_speaker_is_no_reading():
    chat = "19:02 ゆい（チューター）: みなさん、明日の区役所いく人ー？\n19:05 ゆい（チューター）: 在留カードとパスポート\n"
    assert found(chat, "PERSON") == ["ゆい", "ゆい"]
    # … while another of the speaker's names stays one
    assert "グエン・ヴァン・ミン" in found("2. ミンさん（グエン・ヴァン・ミン）のご両親から連絡がありました。\n", "PERSON")


def test_two_places_joined_by_or_are_no_surnames():
    text = "那覇空港の天候により、福岡または鹿児島へ目的地を変更する場合があります。\n担当は丸山 または 西田 にご連絡ください。\n"
    assert found(text, "PERSON") == ["丸山", "西田"]


def test_chat_speakers_written_as_an_initial_and_a_surname():
    chat = ("[08:14] kubodera.m: 了解です。3号車、今日も使います\n[08:20] usami_hideto: 2限の比嘉さん、MT車\n"
            "[09:15] m_toriumi: 了解です。\n[09:34] m.sakakibara: 横から失礼します\n")
    assert found(chat, "PERSON") == ["kubodera.m", "usami_hideto", "比嘉", "m_toriumi", "m.sakakibara"]
    # … not a short nickname, nor a bot
    assert found("[09:30] hiro_k (hiro.k.1978): 海外発送\n[09:36] deploy_bot: done\n", "PERSON") == []


def test_a_club_named_with_a_city_and_a_given_name_is_no_person():
    text = "特定非営利活動法人 船橋ひかりジュニアスポーツクラブ\n入 会 申 込 書\n"
    assert found(text, "PERSON") == []


def test_parents_and_their_children_in_a_markdown_duty_table():
    text = ("| 日付 | 内容 | 当番1 | 当番2 |\n|---|---|---|---|\n| 7/5(土) | 練習 第2球技場 | 桜井（颯真） | 五十嵐（莉子） |\n"
            "| 7/6(日) | 練習試合 | 比嘉（芽依） | 百瀬（陽菜） |\n")
    assert found(text, "PERSON") == ["桜井", "颯真", "五十嵐", "莉子", "比嘉", "芽依", "百瀬", "陽菜"]


def test_slack_export_speakers_before_a_bracketed_time():
    text = ("takayuki.shishido [21:03]\n新しく野球部を手伝いたいという方の件です。\n\n"
            "nanako.ashida [21:05]\nありがとうございます。\n")
    assert found(text, "PERSON") == ["takayuki.shishido", "nanako.ashida"]


def test_an_account_after_a_japanese_staff_label():
    text = "# 1月分 出力日時 2024-12-01 09:12 出力者 m.teraoka\n作成者：kenta.ogawa\n担当者: admin\n更新者 system_batch\n"
    assert found(text, "PERSON") == ["m.teraoka", "kenta.ogawa"]
    assert found("出力: 2024-12-02 09:14  出力者: jinji_kasahara\n", "PERSON") == []  # (the HR desk's account)


def test_guards_on_standby_and_on_traffic_duty():
    text = "02:15:40  Z06  192.168.50.21  待機員 大門 出動指令\n  誘導員 水嶋 に対し接遇の再指導（11/13）\n"
    assert found(text, "PERSON") == ["大門", "水嶋"]


def test_staff_then_client_in_a_booking_grid():
    grid = ("| 時間 | 月 | 火 | 水 |\n|---|---|---|---|\n| 07:00 | 片桐：森本様 | 片桐：宍戸様 | — |\n"
            "| 19:00 | 蓮見：一ノ瀬様 | メモ：三津橋様 | 備考：今泉様 |\n")
    assert found(grid, "PERSON") == ["片桐", "森本", "片桐", "宍戸", "蓮見", "一ノ瀬", "三津橋", "今泉"]


def test_a_card_taken_over_the_phone_is_still_a_card():
    text = "18:31 伊集院様 ホテル予約金(電話受付) 11,000円 クレジット(電話) 4558 1834 5800 8721 承認 220987\n"
    assert found(text, "CREDIT_CARD") == ["4558 1834 5800 8721"]


def test_an_insurance_policy_number_column_is_no_health_insurance():
    text = ("ID       種別        任意保険証券番号     ETCカード\n2t-01    2t平ボディ   PL-4420-118730      ****-5501\n"
            "2t-03    2tロング箱   PL-4420-118731      ****-5502\n軽-02    軽トラ       PL-4420-118733      ****-5504\n")
    assert found(text, "JP_HEALTH_INSURANCE") == []


def test_a_surname_spelt_with_a_small_kana_between_its_kanji():
    chat = ("2025/11/02(日)\n10:14\t藤ヶ谷 凛\tこんにちは！成人式で母の振袖を持ち込みでお願いしてる者です\n"
            "10:15\t花結 三鷹店\tいつもありがとうございます。\n10:16\t藤ヶ谷 凛\t長襦袢の袖丈\n")
    assert found(chat, "PERSON") == ["藤ヶ谷 凛", "藤ヶ谷 凛"]


def test_a_json_record_s_by_key_names_who_wrote_it():
    rows = ('  {"at": "2024-10-14", "by": "s.takanashi", "text": "生前整理のご相談"},\n'
            '  {"at": "2024-11-20", "by": "y.numajiri", "text": "INV-2411"},\n'
            '  {"at": "2024-11-21", "by": "system", "text": "auto"}\n')
    assert found(rows, "PERSON") == ["s.takanashi", "y.numajiri"]


def test_a_crew_s_surnames_with_slashes_in_a_cell_and_a_crew_leader():
    table = ("│No │日付 │車両        │作業員              │集合\n│1  │12/2 │2t-01/2t-03 │岩淵/大槻/宮下      │ 8:30\n"
             "│2  │12/2 │軽-02       │長谷部/小鳥遊       │13:00\n│3  │12/3 │1.5t-01     │保科/金城           │ 9:00\n")
    assert found(table, "PERSON") == ["岩淵", "大槻", "宮下", "長谷部", "小鳥遊", "保科", "金城"]
    assert found("| 区分 | 東京/大阪 | 入金/出金 | 品川/大井 |\n|---|---|---|---|\n| 件数 | 3 | 4 | 5 |\n", "PERSON") == []
    assert found("搬出時は声かけ必須（岩淵班長）。\n", "PERSON") == ["岩淵"]


def test_camel_case_by_keys_and_a_role_s_surname_in_brackets():
    audit = '  "audit": {"lastModifiedBy": "chinen.k", "clientIp": "10.2.3.4", "createdBy": "system"}\n'
    assert found(audit, "PERSON") == ["chinen.k"]
    text = "保護者様へのご連絡が担当コーチ（岩渕）個人からのみとなり、\n担当看護師（鬼塚）が支えきれず転倒。\n"
    assert found(text, "PERSON") == ["岩渕", "鬼塚"]


def test_sites_in_brackets_on_an_attendance_line_are_no_attendees():
    text = "出席：相談室、空港カウンター（羽田・伊丹・新千歳・福岡・那覇）、情報システム部\n"
    assert not {"羽田", "那覇"} & set(found(text, "PERSON"))  # (the attendance finder leaves the sites; see _labels)
    assert found("出席：国際交流協会（小野寺、佐々木、山田）、市福祉課（岡本）\n", "PERSON") == ["小野寺", "佐々木", "山田", "岡本"]


def test_a_bank_s_counter_and_checker_before_their_surnames():
    assert found("　受付 倉科　検印 征矢\n受付行員 百瀬　スキャン日 2025-04-01\n", "PERSON") == ["倉科", "征矢", "百瀬"]


def test_a_licence_number_in_dai_go_is_no_my_number():
    text = ("ご本人確認書類　☑運転免許証　□マイナンバーカード　□パスポート\n"
            "　番号　第４８２１０４３３９８７０号　有効期限 令和９年０９月０３日\n")
    assert found(text, "JP_MY_NUMBER") == []


def test_one_character_chinese_and_korean_surnames():
    text = "稲毛海岸院（大城）：承知しました。李先生に確認しておきます。\n通訳は当社スタッフ 陳 が同行します。\n担当 朴\n"
    assert found(text, "PERSON") == ["李", "陳", "朴"]
    assert found("李白の詩を読む。張り紙をする。劉備と関羽。\n", "PERSON") == []


def test_a_chat_export_s_header_of_a_name_then_a_date_and_time():
    chat = ("雲母 亜希子  2025/03/03 10:14\nKS-2025-0004817 の件です。\n\n七五三掛 修  2025/03/03 10:20\n確認します。\n\n"
            "薬袋 航  4/1 9:12\n承知しました\n会議室  4/1 9:30\n")
    assert found(chat, "PERSON") == ["雲母 亜希子", "七五三掛 修", "薬袋 航"]


def test_a_day_then_an_hour_is_not_one_spaced_number():
    from classifiers.normalize import normalize

    # (4/1 9:12 had become 4/19:12: the day and the hour read as one number spaced out)
    assert normalize("薬袋 航  4/1 9:12").text == "薬袋 航  4/1 9:12"
    assert normalize("5/2 8時に集合").text == "5/2 8時に集合"
    assert normalize("生年月日 1 9 8 5年").text == "生年月日 1985年"


def test_a_passport_reader_s_given_key_beside_its_surname_key():
    rows = ('{"t":"2024-11-13T15:02","surname":"PARK","given":"JIHOON","passport_no":"M48291733","room":"1011"}\n'
            '{"t":"2024-11-13T15:40","surname":"THORNTON","given":"MICHAEL JAMES","passport_no":"548201937","room":"0807"}\n')
    assert found(rows, "PERSON") == ["PARK", "JIHOON", "THORNTON", "MICHAEL JAMES"]


def test_reviewer_and_op_keys_name_staff_accounts_but_not_a_mailbox():
    log = ('2024-11-14 AUDIT reviewer=n.sudo order=HC10544 action=approve\n'
           '{"t":"2024-11-13T15:40","room":"0807","op":"yuasa.k","result":"OK"}\n'
           '2025-01-10 export reviewer=mori.haruka.0921@example.ne.jp rows=7\n')
    assert found(log, "PERSON") == ["n.sudo", "yuasa.k"]


def test_a_dental_book_s_doctor_and_hygienist_columns():
    csv = ("予約ID,予約日,患者氏名,電話番号,担当Dr,担当DH,予約内容\n"
           "R2506-00412,2025/06/03,千葉 浩二,047-436-5581,潮見,村瀬,定期検診・PMTC\n"
           "R2506-00414,2025/06/03,宇佐美 蓮,080-6650-3129,藤堂,根本,小児 シーラント\n"
           "R2506-00416,2025/06/03,牧野 遥斗,070-3318-4452,李,,初診 左下痛み\n")
    names = found(csv, "PERSON")
    assert {"潮見", "村瀬", "藤堂", "根本", "李"} <= set(names)


def test_a_family_that_sends_someone_and_two_families_sharing_one_ie():
    text = ("当日は介護タクシーで来館とのこと。江島家から運転手が同行します。\n"
            "# export: 招待客リスト_2025-11-22_百瀬・小野寺家.csv\n2025/10/18 鷹野家・江島家\n")
    assert found(text, "PERSON") == ["江島", "百瀬", "小野寺", "鷹野", "江島"]
    assert found("実家から通う。専門家から助言。吉野家から出前。\n", "PERSON") == []


def test_a_katakana_staff_role_then_the_surname_and_a_chief_after_it():
    text = ("ご不明点は担当プランナー仁科、または経理までご連絡ください。\nスタジオ・ルーチェ（カメラマン 藍沢）：前撮りなし\n"
            "介助スタッフ手配（栗栖チーフへ相談）\n")
    assert found(text, "PERSON") == ["仁科", "藍沢", "栗栖"]
    assert found("スタッフ一同、リーダー研修、マネージャー会議、ドライバー募集のお知らせ\n", "PERSON") == []


def test_a_surname_then_honnin_names_the_person_themself():
    text = "※ 訂正前の記載（奥寺本人による誤記）\n申込者本人が来店。ご本人確認。山田本人が来店。本人確認書類。\n"
    assert found(text, "PERSON") == ["奥寺", "山田"]


def test_a_health_check_not_taken_is_no_result():
    tsv = ("学籍番号\t氏名\t受診日\t身長\t体重\t胸部X線\t尿検査\t血圧\n"
           "24E1102\tRahman Tanvir\t2024/10/03\t175.6\t80.3\t未受診\t未受診\t未受診\n"
           "24E1107\tLe Thi Hoa\t2024/10/03\t158.2\t50.1\t異常なし\t要再検\t118/72\n")
    assert "未受診" not in [v for v in found(tsv, "SPECIAL_CARE")]


def test_a_premium_total_column_is_no_health_insurance_number():
    csv = ("支給年月,部門コード,部門名,支給人数,総支給額,健康保険料計,介護保険料計,厚生年金保険料計\n"
           "2025-03,100-2001,製造一課,23,6482150,318744,42138,592680\n2025-03,100-2002,製造二課,18,4921300,242100,29811,450180\n"
           "2025-03,200-3001,品質保証課,6,1788400,88452,13260,164700\n")
    assert found(csv, "JP_HEALTH_INSURANCE") == []


def test_a_prefecture_key_beside_the_whole_address_is_no_address_of_its_own():
    rec = ('{"customer_id":"C-240912-0031","name":"猪俣 拓海","tel":"090-2271-5830",\n'
           ' "address":{"zip":"213-0011","pref":"神奈川県","full":"神奈川県川崎市高津区久本3-5-18 ライオンズ久本507"}}\n')
    assert found(rec, "ADDRESS") == ["神奈川県川崎市高津区久本3-5-18 ライオンズ久本507"]


def test_a_shop_or_desk_speaker_with_the_writer_s_surname_in_brackets():
    chat = ("13:05 桜新町店（水野）　いつもありがとうございます。\n13:14 桜新町店（水野）　承知しました。\n"
            "17:44 みどり台DS（三好）　ご連絡ありがとうございます\n09:00 会議（大阪）　開始\n")
    assert found(chat, "PERSON") == ["水野", "水野", "三好"]


def test_interchange_and_station_columns_hold_places_not_surnames():
    csv = ('"利用年月日","時刻","入口IC","出口IC","通行料金","借受人"\n'
           '"2024/06/23","09:03","仙台南","白石","830","東海林 篤"\n"2024/06/24","14:40","泉","古川","1070","森田 康介"\n'
           '"2024/06/28","07:45","仙台宮城","村田","720","大城 奈々"\n')
    assert found(csv, "PERSON") == ["東海林 篤", "森田 康介", "大城 奈々"]


def test_the_two_who_checked_it_and_a_facility_head_before_the_surname():
    text = "食後の服薬 確認済（熊谷／八木橋）。\n照合（入金／出金）\n12/2 15:00 施設長 伊集院・看護師 舟橋 が来所された。\n"
    assert found(text, "PERSON") == ["熊谷", "八木橋", "伊集院", "舟橋"]


def test_an_at_mention_of_a_three_part_name():
    chat = "[07:34] aya.jonouchi: @Nguyen Thi Lan ありがとう！とろみは「中間」に変更です\n"
    assert "Nguyen Thi Lan" in found(chat, "PERSON")


def test_a_crew_column_names_its_leader_but_a_team_name_column_does_not():
    table = ("| 日付 | 便 | お客様 | 内容 | 班 | 連絡先 |\n|---|---|---|---|---|---|\n"
             "| 12/2 | A1 | 御手洗 様 | 遺品整理 | 岩淵 | 048-771-3905 |\n| 12/3 | B1 | 百目鬼 沙織 様 | 粗大ごみ回収 | 保科 | 070-3349-1186 |\n"
             "| 12/5 | A2 | 金子 雄二 様 | 不用品回収 | 長谷部 | 080-3317-4462 |\n| 12/7 | A1 | 森 一郎 様 | 清掃 | 合同 | 090-5572-0318 |\n")
    names = found(table, "PERSON")
    assert {"岩淵", "保科", "長谷部"} <= set(names) and "合同" not in names
    teams = "班名,人数,リーダー\n桜,4,小松 健\n梅,3,森 花子\n松,5,林 一郎\n"
    assert not {"桜", "梅", "松"} & set(found(teams, "PERSON"))


def test_a_desk_word_before_a_surname_and_a_radio_log_s_callers():
    att = "出席：索道課 鷲見、レンタル 小松崎、ロッジ 一ノ瀬、総務 笹川（記録）\n寄附者：ジェームス 岡田 様\n"
    assert found(att, "PERSON") == ["鷲見", "小松崎", "一ノ瀬", "笹川", "ジェームス 岡田"]
    radio = "時刻   発信        内容\n09:02  P1 辺見     山頂パトロール開始\n13:02  P2 鶴見     コース外へ\n"
    assert found(radio, "PERSON") == ["辺見", "鶴見"]
    shifts = ("| 日付 | 早番 | 遅番 |\n|---|---|---|\n| 11/1(金) | 百目鬼 / 安齋 | 金城 / 桑原 |\n")
    assert found(shifts, "PERSON") == ["百目鬼", "安齋", "金城", "桑原"]


def test_a_fire_brigade_s_officers_and_an_area_head():
    text = ("篠原分団長から連絡あり。代わりに掛川副分団長に連絡します。\n乗車4名、運転 篠原、機関員 掛川。\n"
            "担当エリア長 越智 までご連絡ください。\n")
    assert found(text, "PERSON") == ["篠原", "掛川", "篠原", "掛川", "越智"]
