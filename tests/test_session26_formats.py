"""Formats met in session 26's sets: a union's officers and a library's branch heads after their surnames, staff
columns and staff in brackets, notes stamped with their author, glued roles, chat handles after a display name or
before a time, login keys, quoted new surnames, readings and katakana labels; numbers read out in kanji digits; an
estate's block and room after a lot number; and the misreadings the sets showed (宇都宮支部長, 那覇 after a name, a
URL path's number, a mascot's profile, a library owning the address before it)."""

from __future__ import annotations

from engine_helpers import found


def test_union_officers_after_their_surnames():
    text = ("出席：室井委員長、島田副委員長、三上書記長、井口・大竹・山根各執行委員\n"
            "欠席：五十嵐執行委員（出張）\n")
    assert found(text, "PERSON") == ["室井", "島田", "三上", "井口", "大竹", "山根", "五十嵐"]


def test_library_branch_heads_after_their_surnames():
    text = "出席：岡部館長、三浦（障害者サービス）\n　　　勝田台分館 河辺分館長、八千代台分館 佐藤分館長\n"
    assert {"河辺", "佐藤"} <= set(found(text, "PERSON"))


def test_a_branch_named_after_its_city_is_no_surname():
    text = "組合長　室井 健吾\n　　　　　宇都宮支部長　五十嵐 真由美\n"
    assert found(text, "PERSON") == ["室井 健吾", "五十嵐 真由美"]
    cell = "2025/04/14\tK-10077\t岩崎 信夫\t川崎・工機課\t岩崎 トミ\t母\n"
    assert "川崎" not in found(cell, "PERSON")
    # … while a head of a centre keeps the surname a city shares (小松市 is a city)
    assert found("上長（小松センター長）へは措置のみ伝達する。\n", "PERSON") == ["小松"]


def test_an_attendant_column_and_a_previous_handler_column_hold_staff():
    text = ("日付\t男性会員\t立会\t結果\n3/2\t林田 大輔\t佐伯\t希望\n3/3\t森 健太郎\t堀江\t希望\n"
            "3/9\t柴田 浩二\t小野寺\t保留\n")
    assert found(text, "PERSON") == ["林田 大輔", "佐伯", "森 健太郎", "堀江", "柴田 浩二", "小野寺"]
    calls = ("No\t予約日時\tお客様名\t用件\t前回担当\t状態\n1\t6/16 10:00\t長谷川 由美子\t精算額\t仲村渠\t済\n"
             "3\t6/16 13:00\t鶴田 修\t再引落日\t宮城\t不在\n")
    assert {"仲村渠", "宮城"} <= set(found(calls, "PERSON"))


def test_a_unit_owners_column_holds_names_with_katakana_given_names():
    text = ('"部屋番号","区分所有者","議決権数"\n"0201","宇野 健太","1"\n"1003","田村 ハル","1"\n'
            '"0415","株式会社東邦テクノ","1"\n"1305","安田 トシ","1"\n')
    assert found(text, "PERSON") == ["宇野 健太", "田村 ハル", "安田 トシ"]


def test_staff_surnames_in_brackets_after_a_role_or_a_team():
    text = "2412-02｜12/03｜手袋｜職員（吉永）　｜保管中\n4月25日（土）　高津エリア　　班：T-2（西岡・斎藤）\n"
    assert found(text, "PERSON") == ["吉永", "西岡", "斎藤"]
    assert not found("研修員（東京本社）\n", "PERSON")


def test_a_note_stamped_with_its_time_and_author():
    text = ("[2025-05-20 10:12 上原] 入電。定期便の発送を止めたい。\n"
            "[2025-05-21 15:02 金城] 長男より入電。\n[2025-05-21 15:30 完了]\n")
    assert found(text, "PERSON") == ["上原", "金城"]


def test_a_role_glued_before_a_surname():
    text = "LINE トーク履歴：縁ブライダル 担当佐伯\n2024/05/08(水)\n19:02 佐伯 美和 こんばんは\n"
    assert found(text, "PERSON") == ["佐伯", "佐伯 美和"]
    assert found("ご都合が悪い場合は担当早瀬（090-7731-4052）までご連絡ください。\n", "PERSON") == ["早瀬"]


def test_chat_handles_after_a_display_name_and_before_a_time():
    text = ("[09:12] 三上 聡 (@s.mikami): おはようございます。\n[09:22] 室井 健吾 (@muroi): 了解\n"
            "#mypage-ops\n[yuki.takeda] 09:12　ログイン疑い\nkenta.ishii  11:09\n昨日の品触れ\n")
    assert found(text, "PERSON") == ["三上 聡", "s.mikami", "室井 健吾", "muroi", "yuki.takeda", "kenta.ishii"]
    # … not a version or a plain word before a time
    assert not found("release  10:30\nadmin  09:12\n", "PERSON")


def test_login_keys_and_export_stamps_with_romanised_names():
    text = ('joiners:\n  - login: teruya.maho\n  - login: admin\n{"login_id": "kabira.yuto"}\n'
            "export exported_by=okabe.yukio\n")
    assert found(text, "PERSON") == ["teruya.maho", "kabira.yuto", "okabe.yukio"]


def test_a_quoted_new_surname_and_a_reading_label():
    assert found("菊池さん10月に入籍されてます。新姓は「大塚」。\n", "PERSON") == ["菊池", "大塚"]
    assert found("  ※読み仮名：たかはし りょうすけ\n", "PERSON") == ["たかはし りょうすけ"]
    text = "Name in katakana          : シュナイダー ヨナス マクシミリアン\nConcierge: Grace Wong\n"
    assert found(text, "PERSON") == ["シュナイダー ヨナス マクシミリアン", "Grace Wong"]
    assert found("Name on card: DANIEL J WHITFIELD\n", "PERSON") == ["DANIEL J WHITFIELD"]


def test_a_city_in_brackets_after_a_latin_name_is_no_native_name():
    text = "英語窓口 → Joana Ramos（那覇）へ転送\nCHEN YI-TING（陳 怡婷）\n"
    assert found(text, "PERSON") == ["Joana Ramos", "CHEN YI-TING", "陳 怡婷"]


def test_numbers_read_out_in_kanji_digits():
    call = ("CU: 電話番号は、えっと、〇九〇の、四一七二の、三八五五です\n"
            "OP: 復唱いたします。〇九〇 四一七二 三八五五でお間違いないでしょうか。\n")
    assert found(call, "PHONE_NUMBER") == ["〇九〇の、四一七二の、三八五五", "〇九〇 四一七二 三八五五"]
    assert found("OP: 郵便番号をお願いします\nCU: 二二三の〇〇六二、横浜市港北区日吉本町\n", "POSTAL_CODE") == ["二二三の〇〇六二"]
    card = "OP: カード番号をお願いします\nCU: 四三一五、八九二三、九九一六、一九四四\n"
    assert found(card, "CREDIT_CARD") == ["四三一五、八九二三、九九一六、一九四四"]
    # … not a year, a wrong check or a number without a phone word before it
    assert not found("電話で二〇二四年一二月の件\n", "PHONE_NUMBER")
    assert not found("CU: 四三一五、八九二三、九九一六、一九四五\nカード\n", "CREDIT_CARD")
    assert not found("在庫は〇九〇の四一七二の三八五五個です\n", "PHONE_NUMBER")


def test_an_estates_block_and_room_after_the_lot_number():
    assert found("住所：横浜市港南区日野中央2-3-1 日野台団地14-208\n", "ADDRESS") == [
        "横浜市港南区日野中央2-3-1 日野台団地14-208"]
    assert found("住所：横浜市港南区日野中央2-3-123 月見台ハイツ\n", "ADDRESS") == ["横浜市港南区日野中央2-3-123 月見台ハイツ"]
    # … while a spaced OCR date still reads as one
    assert found("生年月日：2024 年 1 月 1 日\n", "DATE_OF_BIRTH") == ["2024 年 1 月 1 日"]


def test_an_address_followed_by_the_public_library_at_it():
    text = "# 差出人：〒276-0046 千葉県八千代市大和田新田312-5 八千代市立中央図書館 障害者サービス係\n"
    assert found(text, "ADDRESS") == ["千葉県八千代市大和田新田312-5"]
    assert not found("東京都板橋区立高島第五小学校で運動会\n", "ADDRESS")


def test_a_number_in_a_url_path_is_no_phone_number():
    assert not found('{"api":"GET /v2/customers/0961-775-302","caller":"crm-batch"}\n', "PHONE_NUMBER")
    assert found("TEL/03-1234-5678\n", "PHONE_NUMBER") == ["03-1234-5678"]


def test_a_mascots_profile_names_no_one():
    text = ("組合マスコット「ミナトくん」プロフィール（教宣部 制作資料）\n\n"
            "名前：ミナトくん（ひらがな表記は「みなとくん」）\n誕生日：5月1日（メーデー生まれという設定）\n"
            "デザイン：山田 太郎\n")
    assert found(text, "PERSON") == ["山田 太郎"]
    assert not found(text, "DATE_OF_BIRTH")


def test_a_ruled_roster_whose_header_has_full_width_brackets():
    text = ("学籍番号   氏名（旅券表記）              国籍          生年月日     旅券番号\n"
            "---------- ----------------------------- ------------- ------------ ------------\n"
            "JL24-0412  NGUYEN THI LAN                ベトナム      2003/05/14   C7395120\n"
            "JL24-0415  TRAN VAN MINH                 ベトナム      2001/11/02   N2241876\n"
            "JL25-0102  ZHANG WEI                     中国          2004/02/29   E81736204\n")
    assert found(text, "DATE_OF_BIRTH") == ["2003/05/14", "2001/11/02", "2004/02/29"]
    assert found(text, "JP_PASSPORT") == ["C7395120", "N2241876", "E81736204"]
    assert "ZHANG WEI" in found(text, "PERSON")


def test_an_address_code_column_holds_no_postal_codes():
    text = ("区分 住民票コード   氏名（漢字）        生年月日     旧住所コード  相違項目\n"
            "---- ----------- ------------------ ---------- ------------ ------------\n"
            "01   17280848298 蒲生　紀美子           S22.08.15  21204-0118   外字\n"
            "01   48784995642 髙橋　勇               S51.03.02  21204-0233   縮退\n"
            "03   18905072265 早瀬　蓮               R02.06.09  21204-0415   異動日\n")
    assert not found(text, "POSTAL_CODE")
    assert found(text, "PERSON") == ["蒲生\u3000紀美子", "髙橋\u3000勇", "早瀬\u3000蓮"]


def test_review_mentions_by_romanised_name_handles():
    text = ("cc @kenji-watanabe — looks related\n> **aya-murakami** commented: Customer data\n"
            "[10:17] m.kuroda: @hiroki.abe 番号を貼らないでください\n")
    assert found(text, "PERSON") == ["kenji-watanabe", "aya-murakami", "m.kuroda", "hiroki.abe"]
    # … not a mailbox, a package or a social account's underscore handle
    assert not found("mail taro.yamada@example.com, npm @types-node, @takagi_shu さん\n", "PERSON")


def test_a_road_number_is_no_block_number():
    assert not found("  place_text: 相模原市南区 国道16号 上り 古淵駅入口交差点\n", "ADDRESS")
    assert not found("発生場所　　世田谷区　国道２４６号　桜新町交差点\n", "ADDRESS")
    assert found("住所：相模原市南区古淵2-16-3\n", "ADDRESS") == ["相模原市南区古淵2-16-3"]


def test_a_city_the_gazetteer_lacks_after_a_postal_code():
    text = "中村 恵美（なかむら えみ）\n〒372-0823 東和市緑町3丁目8番12号 グリーンヒル緑町203\n"
    assert found(text, "ADDRESS") == ["東和市緑町3丁目8番12号 グリーンヒル緑町203"]
    assert found("住所　　〒372-0856　東和市新田町1021-4\n", "ADDRESS") == ["東和市新田町1021-4"]


def test_a_surname_before_whose_mobile_it_is():
    text = "・年末年始の緊急連絡は 星野携帯（080-5521-0936）→ 不通時 阿久津携帯（090-2218-4470）。\n"
    assert found(text, "PERSON") == ["星野", "阿久津"]


def test_a_staff_label_then_a_unit_and_a_surname():
    text = "支給日 2025/12/10）作成者: 本部経理 宮本\n担当：武蔵小杉校 吉川\n塾内模試でも拡大版を用意する（事務：田村）。\n"
    assert found(text, "PERSON") == ["宮本", "吉川", "田村"]
    assert not found("担当：営業部 課長\n作成者：総務部 2024/12/01\n", "PERSON")


def test_a_city_the_gazetteer_lacks_after_a_registration_label():
    assert found("　住民登録地　東和市泉町1丁目9番3号\n", "ADDRESS") == ["東和市泉町1丁目9番3号"]
    assert found("送付先：東和市元町１丁目４番２号\n", "ADDRESS") == ["東和市元町１丁目４番２号"]


def test_yaml_and_json_staff_keys_with_romanised_names():
    text = ('severity: medium\nassignee: kaneko.shota\n  decided_by: saeki.misaki\n'
            '{"relation":"母","staff":"tamura","query_by":"fujii.shinichi","agent":"mozilla"}\nstaff=admin\n')
    assert found(text, "PERSON") == ["kaneko.shota", "saeki.misaki", "tamura", "fujii.shinichi"]


def test_katakana_digits_are_no_name():
    text = "相談者：ティー、ドット、ゼロハチゼロハチ、アットマーク、example.ne.jp です。\n"
    assert "ゼロハチゼロハチ" not in found(text, "PERSON")


def test_a_card_number_under_an_account_key_is_a_card():
    text = '{\n  "acctNumber": "4297521178502554",\n  "cardExpiryDate": "2811"\n}\n'
    assert found(text, "CREDIT_CARD") == ["4297521178502554"]
    assert not found(text, "JP_BANK_ACCOUNT")


def test_a_property_code_and_unit_are_no_address():
    text = ("日付　　曜　時間帯　　　物件コード　号室　作業　　　　　　　発注番号　　　　　　状態\n"
            "5/1　　木　9:00-13:00　MJ-0142　302　ハウスクリーニング　WO-2025-0501-01　　手配済\n"
            "5/2　　金　9:00-12:00　MJ-0311　215　フローリング補修　　WO-2025-0502-01　　手配済\n"
            "5/2　　金　13:00-16:00 MJ-0311　215　ハウスクリーニング　WO-2025-0502-02　　手配済\n")
    assert not found(text, "ADDRESS")
    assert not found("2025-04-27 05:31:48 [ERROR] building=MJ-0311 unit=508 status=LITIGATION\n", "ADDRESS")


def test_a_clinical_coordinator_column_holds_staff():
    text = ("screening_no,subject_code,氏名,フリガナ,判定,担当CRC\n"
            "SCR-015-011,SGP-015-007,大竹 清,オオタケ キヨシ,適格,佐伯\n"
            "SCR-015-012,,吉永 和子,ヨシナガ カズコ,不適格,佐伯\n"
            "SCR-015-013,SGP-015-008,北原 聡子,キタハラ サトコ,適格,小野寺\n")
    assert found(text, "PERSON").count("佐伯") == 2
    assert "小野寺" in found(text, "PERSON")


def test_a_birthday_corner_in_hiragana_with_dates_after_the_names():
    text = ("★７月のおたんじょうび★\n　あおき　そうくん（３年）　　　７月３日\n"
            "　きむら　たくみくん（２年）　　７月２８日\n\n★新しい先生★\n")
    assert found(text, "DATE_OF_BIRTH") == ["７月３日", "７月２８日"]
    assert not found("★７月の行事★\n　プール開き　　　７月３日\n", "DATE_OF_BIRTH")


def test_spots_and_branches_are_no_names():
    assert not found("客：はい、エントランスの前です。オートロックも開けられなくて。\n", "PERSON")
    assert not found("顧客: 駐車場の奥です。\n", "PERSON")
    text = "野口 雅人（経理）　10:02\n  梅田校さん、中途解約の返金の件です。\n藤井 亮（梅田校）　10:09\n"
    assert found(text, "PERSON") == ["野口 雅人", "藤井 亮"]


def test_a_company_in_brackets_after_a_latin_name_is_no_reading():
    text = "Kenta Yoshida（ライブエッジ）　16:05\n｜Daniel Kim（パーティー）　｜仮交際\n次女 Sofia Oliveira（ソフィア）2021/10/30生\n"
    assert found(text, "PERSON") == ["Kenta Yoshida", "Daniel Kim", "Sofia Oliveira", "ソフィア"]


def test_a_country_or_a_city_in_brackets_after_a_name():
    text = ("2位　Pierre Lefèvre（フランス）　2:43:02\n3位　Anna Kowalska（ポーランド）　3:02:47\n"
            "- **Nguyen Van Thanh様**（川口）：住所に部屋番号追加済。\n- **久保田様**（福岡）：コンプラ室の確認対象\n")
    assert found(text, "PERSON") == ["Pierre Lefèvre", "Anna Kowalska", "Nguyen Van Thanh", "久保田"]


def test_dated_log_writers_and_surnames_before_their_mobile():
    text = ("2025/10/18　荒木　　配達完了（ルートC・3番目）。\n2025/10/22　井上　　LINEで連絡あり\n"
            "緊急連絡：事務所 042-758-3310　／　野口携帯 090-7712-0458\n")
    assert found(text, "PERSON") == ["荒木", "井上", "野口"]
    assert not found("2025/10/22　完了　　LINEで連絡\n", "PERSON")


def test_chat_speakers_with_handles_the_name_lists_lack():
    text = "[03:58] tilak.gurung: 7区 出発します\n[04:31] bui.duc: 習志野台の集合ポスト\n[05:00] cron.daily: done\n"
    assert found(text, "PERSON") == ["tilak.gurung", "bui.duc"]


def test_who_is_on_duty():
    assert found("当番　佐藤\n", "PERSON") == ["佐藤"]
    assert not found("当番表は別紙のとおり\n", "PERSON")


def test_a_law_offices_staff_columns():
    text = ("案件番号\t依頼者氏名\tフリガナ\t手続\t担当弁護士\t担当事務\n"
            "R6-0931\t金子 浩二\tカネコ コウジ\t任意整理\t三浦\t野口\n"
            "R6-0944\t小野寺 由美子\tオノデラ ユミコ\t自己破産\t三浦\t石原\n"
            "R6-1027\t佐々木 健太\tササキ ケンタ\t個人再生\t久保田\t野口\n")
    names = found(text, "PERSON")
    assert {"三浦", "野口", "石原", "久保田"} <= set(names)


def test_a_weekday_then_a_dish_is_no_name():
    text = "日　曜　昼食\n5　 木　ごはん　厚焼き卵　ひじきの煮物\n6　 金　うどん（えび天は除去可）　かぼちゃの煮物\n"
    assert not found(text, "PERSON")
