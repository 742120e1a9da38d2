"""Formats met in session 13: example forms filled with a stand-in (the birth date, account and insurance values of the
example are no one's), masked card symbols, bare surnames that repeat a full name in lists and CSV cells, staff roles
written as a verb (運転：堤　添乗：三上, 査閲：北条), and a staff surname followed by the next field's label."""

from __future__ import annotations

from engine_helpers import ENGINE, found


def test_birth_date_of_an_example_form_is_no_one_s():
    text = ("【記入例】\n利用者登録申込書\nふりがな\u3000\u3000としょ\u3000たろう\n氏\u3000\u3000名\u3000\u3000図書\u3000太郎\n"
            "生年月日\u3000\u3000昭和・平成・令和\u300050 年\u30001 月\u30001 日\n")
    assert found(text, "DATE_OF_BIRTH") == []
    assert found(text, "PERSON") == []


def test_account_of_an_example_form_is_no_one_s():
    text = ("預金口座振替依頼書\u3000― 記入例 ―\n"
            "│ 金融機関名\u3000\u3000○○銀行\u3000\u3000\u3000支店名\u3000\u3000△△支店 │\n"
            "│ 預金種目\u3000\u3000\u3000①普通\u30002当座\u3000\u3000\u3000口座番号\u30001234567（右詰め） │\n"
            "│ 口座名義（カナ）ヤマダ\u3000タロウ │\n")
    assert found(text, "JP_BANK_ACCOUNT") == []


def test_real_form_after_an_example_keeps_its_values():
    text = ("記入例：氏名 山田 太郎\n\n氏名：佐々木 実\n生年月日：昭和52年3月4日\n")
    assert found(text, "DATE_OF_BIRTH") == ["昭和52年3月4日"]
    assert found(text, "PERSON") == ["佐々木 実"]


def test_masked_insurance_symbol_is_no_value():
    assert found("保険者番号\u30000613XXXX\u3000記号 XXXX\u3000番号 XX\n", "JP_HEALTH_INSURANCE") == []
    assert found("健康保険証 記号 ＸＸＸ 番号 ＸＸ\n", "JP_HEALTH_INSURANCE") == []
    assert found("健康保険証 記号 1234 番号 56\n", "JP_HEALTH_INSURANCE") == ["1234", "56"]


def test_surnames_of_full_names_in_slash_lists():
    text = ("伝票No,申請者,参加者（社外）,参加者（社内）\n"
            "EX-0412,蔦谷 功一,北辰化成工業 八木沢様,浅見/蔦谷\n"
            "EX-0440,浅見 啓太,ナカジマ化工 三宅工場長,\n")
    names = found(text, "PERSON")
    assert names.count("浅見") == 1 and names.count("蔦谷") == 1


def test_partners_of_a_law_firm_are_its_name():
    text = "佐伯・湊総合法律事務所\n弁護士\u3000佐伯 潤\n佐伯が担当します。\n"
    assert text.index("佐伯") not in [e.start for e in ENGINE.analyze(text) if e.type == "PERSON"]


def test_staff_roles_written_as_the_task():
    assert found("送迎バス乗車名簿\u3000B便\u3000運転：堤\u3000添乗：三上\n", "PERSON") == ["堤", "三上"]
    assert found("作業シート\u3000作成：R7.2.10 水野／査閲：北条\n", "PERSON") == ["水野", "北条"]
    assert found("受付スタッフ：今泉\u3000\u3000初回来館：6/15\n", "PERSON") == ["今泉"]


def test_staff_surname_before_the_next_field_label():
    assert found("当社記入欄：受付者 楠本\u3000引取予定 5/23\u3000見積回答 6/3\n", "PERSON") == ["楠本"]
    assert found("作成：国際交流課 新田\u3000最終更新 2024-09-20\n", "PERSON") == ["新田"]
    # a real given name of four kanji-free pieces still pairs
    assert found("担当：森岡\u3000健太郎\n", "PERSON") == ["森岡 健太郎"] or found("担当：森岡\u3000健太郎\n", "PERSON") == ["森岡\u3000健太郎"]


CHAT = ("19:42 早瀬理沙 こんばんは。先日ご紹介いただいた求人、応募したいです\n"
        "19:45 WB担当 白石 早瀬さん、ご連絡ありがとうございます！\n"
        "19:50 早瀬理沙 はい\n"
        "19:52 WB担当 白石 承知しました\n")


def test_chat_speakers_after_a_time_written_with_spaces():
    names = found(CHAT, "PERSON")
    assert names.count("早瀬理沙") == 2
    assert names.count("白石") == 2 and "早瀬" in names
    assert "白石 早瀬" not in names  # the writer, then whom they address: two people


def test_timetable_places_are_no_speakers():
    assert found("07:10 大宮 発\n08:10 大宮 発\n09:10 大宮 発\n", "PERSON") == []


def test_spaced_full_names_stay_whole_in_chats():
    text = "[10:05] 大塚 み ゆき（法務）\n了解です\n[10:07] 大塚 み ゆき（法務）\nお願いします\n"
    assert "大塚" not in found(text, "PERSON")


def test_one_character_family_name_before_a_given_name_stays_one_name():
    text = "鶴 真理子 様\n２年３組 鶴 大河さんの件でご連絡いたします。\n"
    assert "鶴 大河" in found(text, "PERSON")


def test_us_street_with_a_two_letter_direction():
    text = "My contact details in the US:\n2217 NW 63rd St, Apt 4B, Seattle, WA 98107\n"
    assert found(text, "ADDRESS") == ["2217 NW 63rd St, Apt 4B, Seattle, WA 98107"]
    text = "The old one was 2210 SE Hawthorne Blvd, Portland, OR 97214 - we moved out in May.\n"
    assert found(text, "ADDRESS") == ["2210 SE Hawthorne Blvd, Portland, OR 97214"]


def test_tower_of_a_complex_after_its_name():
    text = "住所：神奈川県川崎市中原区小杉町2-276-1 パークシティ武蔵小杉 ミッドスカイ2208\n"
    assert found(text, "ADDRESS") == ["神奈川県川崎市中原区小杉町2-276-1 パークシティ武蔵小杉 ミッドスカイ2208"]


def test_rural_lot_letters_and_a_building_without_a_room_word():
    assert found("住所：〒927-1324 石川県珠洲市清水町ロ-18\n", "ADDRESS") == ["石川県珠洲市清水町ロ-18"]
    assert found("住所：能美市大成町ヘ112 グランコート大成301\n", "ADDRESS") == ["能美市大成町ヘ112 グランコート大成301"]
    # a lot number then the next field stays out
    assert found("住所：能美市大成町ヘ112 電話 0761-55-1234\n", "ADDRESS") == ["能美市大成町ヘ112"]


def test_product_column_of_a_price_list_holds_no_names():
    text = ("品番,品名,仕様,定価\nMDP-25S,ダイヤフラムポンプ,アルミ 25A,320000\nBL-22T,リングブロワ,三相200V 2.2kW,376000\n"
            "RGN-75,減速機,減速比1/30,143000\n")
    assert found(text, "PERSON") == []
    # a staff column beside it still holds names
    text = "品名,担当者\nリングブロワ,佐藤 健一\n減速機,高橋 美咲\nドレントラップ,松本 大輔\n"
    assert found(text, "PERSON") == ["佐藤 健一", "高橋 美咲", "松本 大輔"]


def test_area_of_a_property_or_an_incident_is_no_address():
    listing = ("■物件名　パークヒルズ光が丘 7階\n■価格　4,280万円（税込）\n■所在地　東京都練馬区高松六丁目\n"
               "■交通　都営大江戸線「光が丘」駅 徒歩9分\n■専有面積　72.18㎡（3LDK）\n")
    assert found(listing, "ADDRESS") == []
    assert found("発生場所：豊島区西池袋一丁目先路上\n罪名：傷害\n", "ADDRESS") == []
    # a resident's address to its 丁目 in a letter, and a property with its block number, stay addresses
    assert found("現住所　大阪府吹田市山田西2丁目\n電話 06-6876-1234\n", "ADDRESS") == ["大阪府吹田市山田西2丁目"]
    sale = listing.replace("高松六丁目", "高松六丁目3番12号")
    assert found(sale, "ADDRESS") == ["東京都練馬区高松六丁目3番12号"]


def test_staff_columns_of_key_ledgers_and_kana_headers():
    text = ("| 日付 | 物件 | 鍵No. | 持出者 | 返却時刻 | 確認者 |\n|------|------|-------|--------|----------|--------|\n"
            "| 6/22 | 桜新町 新築1号棟 | K-233 | 小林 | 17:20 | 松井 |\n| 6/22 | グリーンテラス奥沢 203 | K-198 | 中島 | 13:55 | 松井 |\n"
            "| 6/23 | 桜新町 新築2号棟 | K-234 | 小林 | 17:40 | 森本 |\n")
    assert found(text, "PERSON").count("小林") == 2
    text = ("ｺｷｬｸｺｰﾄﾞ,ｼﾒｲ,ｼｭﾍﾞﾂ,ﾀﾝﾄｳｼｬ\n0000712,武田 紗希,ｺｳﾆｭｳ,ﾅｶｼﾞﾏ\n0000715,栗山 登,ﾊﾞｲｷｬｸ,ﾅｶｼﾞﾏ\n"
            "0000721,小林 剛,ｺｳﾆｭｳ,ﾉｸﾞﾁ\n")
    assert found(text, "PERSON") == ["武田 紗希", "ﾅｶｼﾞﾏ", "栗山 登", "ﾅｶｼﾞﾏ", "小林 剛", "ﾉｸﾞﾁ"]


def test_role_before_a_surname_in_a_staff_column():
    text = ("日付\t氏名\t様子\t記録者\n2024-12-16\t安藤 颯\t宿題\t加藤\n2024-12-16\t石井 杏\t休息\t看護 本田\n"
            "2024-12-16\t江口 美桜\t欠席\t加藤\n")
    assert "本田" in found(text, "PERSON") and "看護 本田" not in found(text, "PERSON")


def test_hiragana_given_name_speaking_after_a_time_stamp():
    text = ("09:47 ゆうき: 小野寺さん朝からすみません！！\n09:48 小野寺: おはようございます。お怪我はないですか？\n"
            "09:48 ゆうき: ケガはないです\n09:52 小野寺: 写真を送ってください\n")
    assert found(text, "PERSON").count("ゆうき") == 2


def test_parents_named_by_their_child_in_a_tab_chat():
    text = "19:46\tみさきママ\tありがとうございます\n20:13\tそうたパパ（中島）\tすみません\n20:20\t青葉母\tうちのです！\n"
    names = found(text, "PERSON")
    assert "みさき" in names and "中島" in names and "青葉" in names


def test_note_signed_with_its_date_at_the_end_of_the_line():
    assert found("登記識別情報届いたとのこと、お礼の電話でした。\n7/2\u3000西田\n", "PERSON") == ["西田"]
    assert found("相続案件メモ\u30002024-相-0021\u3000（最終更新 6/7 三宅）\n", "PERSON") == ["三宅"]
    assert found("10/1 東京\n4/1 開始\n", "PERSON") == []


def test_ex_husband_is_a_relation():
    text = "母によると、元夫（大塚 隆史）が面会交流時に腕をつかんだ。\n対応方針：父（元夫）がお迎えに来ても引き渡さない。\n"
    assert "元夫" not in found(text, "PERSON")


def test_full_names_in_hiragana():
    assert found(" 1\u3000\u3000\u3000│あおき そうた\u3000\u3000\u3000│Aoki Sota\n", "PERSON")[0] == "あおき そうた"
    assert found("客：いのうえ まさこです\n", "PERSON") == ["いのうえ まさこ"]
    assert found("おおきな かぶ を ぬきました\nみんなで いっしょに あそびます\n", "PERSON") == []


def test_romaji_municipalities_and_vietnamese_units_are_places():
    text = "55 Otsu, Aza Kashiwabara, Oaza Hanyu, Higashine-shi, Yamagata 999-3763, Japan\n"
    assert found(text, "PERSON") == []
    text = "Mother: LE THI HOA, +84 912 408 337\nThon 3, Xa Hoang Dong, Huyen Hoang Hoa, Tinh Thanh Hoa, Viet Nam\n"
    assert found(text, "PERSON") == ["LE THI HOA"]


def test_officers_of_an_association_by_their_title():
    assert found("6. 議事録署名人\u3000武田 洋子理事、柴田 源蔵理事\n", "PERSON") == ["武田 洋子", "柴田 源蔵"]


def test_surname_in_the_bracket_after_a_chat_speaker():
    text = "05:10\u3000ゆうき: 了解\n05:11\u3000かずや(奥山): 了解です。うちは明日から\n05:12\u3000かずや(奥山): はい\n"
    assert found(text, "PERSON").count("奥山") == 2


def test_baptism_and_death_dates_are_no_birth_dates():
    text = "<Member>\n<BirthDate>1967-04-22</BirthDate>\n<BaptismDate>1990-12-24</BaptismDate>\n</Member>\n"
    assert found(text, "DATE_OF_BIRTH") == ["1967-04-22"]
    text = "生年月日：昭和14年2月14日\u3000\u3000没年月日：令和7年6月8日\u3000\u3000行年 86\n"
    assert found(text, "DATE_OF_BIRTH") == ["昭和14年2月14日"]


def test_temples_and_halls_are_no_people():
    text = "見積書\n宗教法人 西光寺 様\n永代供養塔の見積\n"
    assert found(text, "PERSON") == []
    text = "永代供養納骨堂「光明殿」のご案内\n【使用区画】光明殿 2階 B列 17番\n"
    assert found(text, "PERSON") == []
    assert found("住職：小野寺 誠\n檀家の皆様へ\n", "PERSON") == ["小野寺 誠"]
    assert found("山田 太一殿\n下記のとおり通知します。\n", "PERSON") == ["山田 太一"]


def test_posthumous_baptismal_and_church_names():
    text = "一、令和六年一月十五日\u3000寂\n\u3000\u3000戒名\u3000恵照貞心大姉\n\u3000\u3000俗名\u3000関 ハル\n\u3000\u3000行年\u3000百二歳\n"
    assert found(text, "PERSON") == ["恵照貞心大姉", "関 ハル"]
    text = "法名\t俗名\t没年月日\t行年\n釋浄信\t藤井 康夫\t2023-04-11\t88\n釋重教\t中村 重雄\t2024-12-30\t91\n"
    assert found(text, "PERSON") == ["釋浄信", "藤井 康夫", "釋重教", "中村 重雄"]
    text = "礼拝のお知らせ\n・岸本 修兄が5月29日に心筋梗塞で緊急入院されました。\n・大橋兄 施設訪問 6/17\n"
    assert found(text, "PERSON") == ["岸本 修", "大橋"]
    assert found("父の兄が来ます。\n", "PERSON") == []


def test_staff_abbreviations_before_surnames_and_signatures():
    assert "松岡" in found("確認：NS 松岡 ✓\u3000受付 今井 ✓\n", "PERSON")
    assert found("ネイルオフ時のアセトンは換気扇の下で。 ―大野\n", "PERSON") == ["大野"]
    assert found("［系統 31］ 名古屋駅 ― 栄 ― 今池 ― 池下\n", "PERSON") == []
    assert found("ワンカラー（ハンド）担当：リコ\n", "PERSON") == ["リコ"]
    assert found("return 503 /maintenance.html;  # 「ただいまメンテナンス中です」\n", "PERSON") == []


def test_goods_records_under_a_generic_name_key():
    text = ('{"items": [\n {"code": "H-101-2011", "name": "くみあい高度化成444", "jan": "4945678101283", "price": 3410},\n'
            ' {"code": "H-110-0019", "name": "林檎名人 有機化成", "jan": "4945678110193", "price": 3320}\n]}\n')
    assert found(text, "PERSON") == []
    assert found('{"id": 7, "name": "山田 太郎", "email": "t.yamada@example.jp"}\n', "PERSON") == ["山田 太郎"]


def test_numbers_after_dai_are_no_lots_but_iwate_chiwari_are():
    assert found("東根市農業委員会\n農地法第52条に基づき、市内で締結された\n", "ADDRESS") == []
    assert found("旅館業営業許可：京都市指令保医セ第2019-412号\n", "ADDRESS") == []
    assert found("住所\u3000大槌町小鎚第23地割45番地\n", "ADDRESS") == ["大槌町小鎚第23地割45番地"]
    assert found("ご住所：岩手県紫波郡矢巾町大字南矢幅第7地割112番地\n", "ADDRESS") == ["岩手県紫波郡矢巾町大字南矢幅第7地割112番地"]


def test_fee_tables_clinics_disclaimers_roles_and_phrases():
    assert found('第1段階,世帯全員が市民税非課税の方 等,0.285,"20,930円"\n', "PERSON") == []
    assert found("内科：東雲ファミリークリニック\n\u3000歯科：豊洲あおば歯科（訪問歯科）\n", "PERSON") == []
    text = "例文\n「リンさん、おはようございます。」\n※ 例文に出てくる名前（「リンさん」「マリアさん」など）は架空の人物です。\n"
    assert found(text, "PERSON") == []
    # a fixture's note that its values are dummies keeps them: they are data
    text = "# NOTE: 値はすべてダミーです（実在の人物・番号とは関係ありません）\ntaro:\n  customer_name: 佐藤 花子\n"
    assert found(text, "PERSON") == ["佐藤 花子"]
    assert found("「5/17 光の間 新郎様」のように施行日と会場で特定\n", "PERSON") == []
    assert found("早めの相談が回復への近道です。\n", "PERSON") == []
    assert found("お世話になっております。営業部の近藤です。\n", "PERSON") == ["近藤"]


def test_staff_handles_in_logs_and_chats():
    text = 'note="ディンプルキー2本" staff=K.Arai\n2024-12-26 operator=yamaguchi.s result=ANSWERED\n'
    assert found(text, "PERSON") == ["K.Arai", "yamaguchi.s"]
    assert found("[10:03] kenta.ogawa: 顧客No出ますか？\n", "PERSON") == ["kenta.ogawa"]
    # a login that is a mailbox's local part is the mailbox, and plain logins are no names
    assert found("login ok user=s.kato@example.org staff=admin\n", "PERSON") == []


def test_staff_lists_after_task_roles():
    assert "日下部" in found("リーダー\u3000：石丸 航\n作業員\u3000\u3000：日下部、小松\n", "PERSON")


def test_my_numbers_in_a_space_aligned_dependants_table():
    text = (" 区分      氏名              続柄  生年月日          個人番号        所得見積額\n"
            " A 源泉控除 金沢 綾         妻    昭61.09.04       7752 0528 5964  0円\n"
            " B 控除対象 金沢 蒼汰       子    平19.05.21       707194748147  0円\n"
            " C 16歳未満 金沢 ひより     子    平28.12.08       768773996674  ―\n")
    assert found(text, "JP_MY_NUMBER") == ["7752 0528 5964", "707194748147", "768773996674"]


def test_account_holder_kinds_in_a_name_column():
    text = ("║ No ║ 氏名 ║ 続柄 ║ 電話番号 ║ 名義 ║\n║ 1 ║ 北村 正人 ║ 本人 ║ 090-2284-6610 ║ 代表 ║\n"
            "║ 2 ║ 北村 由美子 ║ 妻 ║ 090-2284-6611 ║ 本人名義 ║\n║ 3 ║ 北村 蓮 ║ 長男 ║ 080-5512-3097 ║ 代表名義 ║\n")
    assert found(text, "PERSON") == ["北村 正人", "北村 由美子", "北村 蓮"]


def test_address_wrapped_to_a_deep_value_column():
    text = ("  ご住所　　　　　　　：〒460-0011\n                        愛知県名古屋市中区大須3丁目\n"
            "                        41番12号 大須ハイツ203\n  お電話番号　　　　　：052-251-6630\n")
    assert found(text, "ADDRESS") == ["愛知県名古屋市中区大須3丁目\n                        41番12号 大須ハイツ203"]


def test_client_version_and_spoken_numbers():
    assert found("-- 互換性: クライアント 10.4.0.17 以上 / API スキーマ 2024.08\n", "IP_ADDRESS") == []
    assert found("サーバ 10.4.0.17 に接続\n", "IP_ADDRESS") == ["10.4.0.17"]
    text = "OP: ご契約のお電話番号をお願いいたします。\n客: えーと、090の5521の8034です。\n"
    assert found(text, "PHONE_NUMBER") == ["090の5521の8034"]
    assert found("第2の3の1234\n", "PHONE_NUMBER") == []


def test_kana_header_row_is_no_name():
    text = "ｹｲﾔｸNO   ｼﾒｲ(ｶﾅ)             ｾｲﾈﾝｶﾞｯﾋﾟ  ﾕｳﾋﾞﾝ    ﾃﾞﾝﾜ\n00081123 ﾖｺﾔﾏ ｹｲｽｹ          19660412   9218041  0762418830\n"
    assert "ｾｲﾈﾝｶﾞｯﾋﾟ  ﾕｳﾋﾞﾝ" not in found(text, "PERSON")


def test_associations_offices_and_ward_schools():
    assert found("法泉寺 ご住職様\n寺務所の皆様\nいつも大変お世話になっております。檀家の高瀬です。\n", "PERSON") == ["高瀬"]
    assert found("６\u3000前在籍校\u3000\u3000\u3000東京都板橋区立高島第五小学校\n", "ADDRESS") == []
    assert found("住所\u3000東京都立川市曙町2-8-18\n", "ADDRESS") == ["東京都立川市曙町2-8-18"]
    assert found("住所\u3000東京都葛飾区立石7-1-1\n", "ADDRESS") == ["東京都葛飾区立石7-1-1"]


def test_childrens_lists_and_scheme_symbol_columns():
    text = ("出席番号│なまえ　　　　　　│おたんじょうび\n 1　　　│あおき そうた　　　│5月9日\n 2　　　│にしむら あおば　　│12月14日\n"
            " 3　　　│みうら ゆず　　　　│3月27日\n")
    assert found(text, "PERSON") == ["あおき そうた", "にしむら あおば", "みうら ゆず"]
    text = ("No | Name (romaji) | 携帯 | 社保 記号・番号\n1 | Raj Gurung | 080-6643-1902 | -\n"
            "2 | NGUYEN VAN THIEN | 070-2284-5517 | 5201・1187\n3 | Bat-Erdene Ganbold | 090-3318-2290 | 7712・204\n")
    assert found(text, "JP_HEALTH_INSURANCE") == ["5201・1187", "7712・204"]


def test_particles_readings_roles_and_desks_are_no_names():
    assert found("08:00 勤務交代。夜勤 安西 より引継ぎ：異常なし\n", "PERSON") == ["安西"]
    assert found("ふりがな\u3000\u3000とうきょうと おおたく\n住所\u3000東京都大田区\n", "PERSON") == []
    assert found("担当：オペレーター ミナミ（社員番号 H-2231）\n", "PERSON") == ["ミナミ"]
    assert found("From: ハルカゼチケット カスタマーサポート <support@harukaze-ticket.jp>\n", "PERSON") == []
    assert found("担当：グエン ティ ラン\n", "PERSON") == ["グエン ティ ラン"]


def test_chat_display_names_with_shop_firm_or_emoji():
    text = ("10:15\tヤマブキ練馬 石田\t高橋様、こんにちは！\n10:41\t高橋健一\tありがとうございます！\n"
            "10:44\tヤマブキ練馬 石田\t来週10/10に登録予定\n")
    assert found(text, "PERSON").count("石田") == 2
    text = "06:58\t鉄川@テツ鳶\t了解です。\n07:10\t湊 健一郎\tよろしく\n07:13\t鉄川@テツ鳶\tOK\n"
    assert found(text, "PERSON").count("鉄川") == 2
    text = "19:02\tゆうな🍓\tカードの期限\n19:05\tアオバサポート\tお待たせしました\n19:06\tゆうな🍓\tありがとう\n"
    assert found(text, "PERSON").count("ゆうな") == 2
    text = "09:02 まゆ🌸 おはようございます、小林です！\n09:02 まゆ🌸 車検証の写真送りますね\n"
    assert found(text, "PERSON").count("まゆ") == 2


def test_doers_columns_and_one_kanji_staff_columns():
    text = ("| No | 指摘箇所 | 責任会社 | 是正者 | 是正日 |\n|----|----|----|----|----|\n"
            "| 1 | B棟5F 外部足場 | テツ鳶工業 | 鉄川 | 10/24 |\n| 2 | 1F 資材置場 | ミナト設備工業 | 石黒 | 10/25 |\n"
            "| 3 | 詰所横 | 光電設 | 宮坂 | 10/24 |\n")
    assert found(text, "PERSON") == ["鉄川", "石黒", "宮坂"]
    text = ("日付\t入館\t訪問者氏名\t会社名\t受付者\n10/07\t08:52\t浜田 俊介\t浜田電設株式会社\t関\n"
            "10/07\t09:05\t岡部 奈央\t株式会社ライトリンク\t関\n10/07\t10:14\t坂本 陸\t（個人）\t関\n")
    assert found(text, "PERSON") == ["浜田 俊介", "関", "岡部 奈央", "関", "坂本 陸", "関"]
    assert found("区分\t障害者\t扶養\nA\t該当\tなし\nB\tなし\tあり\nC\tなし\tなし\n", "PERSON") == []


def test_id_number_keyed_after_its_document_type_in_json():
    text = ('{"visitors": [\n  {"name": "佐藤 一郎", "id_checked": "運転免許証",\n      "id_number": "218050592380"},\n'
            '  {"name": "Liam Walker", "id_checked": "passport",\n      "id_number": "Z8830412"},\n'
            '  {"name": "山本 花", "id_checked": "社員証",\n      "id_number": "E-20931"}\n]}\n')
    assert found(text, "JP_DRIVERS_LICENSE") == ["218050592380"]
    assert found(text, "JP_PASSPORT") == ["Z8830412"]


def test_service_account_numbers_shaped_like_phone_numbers():
    text = ("振替日\tお客さま番号\t銀行名\t口座番号\t預金者名\n2025-04-28\t0312-558-904\tﾘｿﾅ\t4817206\tﾑﾗｶﾐ ｶｽﾞﾔ\n"
            "2025-04-28\t0312-558-912\tﾐﾂﾋﾞｼUFJ\t0739915\tｻｶｲ ﾄﾓﾐ\n2025-04-28\t0312-558-920\tﾕｳﾁﾖ\t2281604\tｵｶﾀﾞ ｼﾝｲﾁ\n")
    assert found(text, "PHONE_NUMBER") == []
    text = "お客さま番号：0220-447-913（電気）／G0220-447-914（ガス）\n電話：019-635-2217 TEL03-3456-7890\n"
    assert found(text, "PHONE_NUMBER") == ["019-635-2217", "03-3456-7890"]


def test_health_insurance_in_log_key_values_and_card_fields_in_xml():
    text = "2024-06-03 08:31:10 INFO 受付No=0012 資格確認=保険証(目視) 保険者番号=06139842 記号=4120 番号=338\n"
    assert found(text, "JP_HEALTH_INSURANCE") == ["4120", "338"]
    text = ("<ResultOfQualificationConfirmation>\n  <InsuredCardClassification>01</InsuredCardClassification>\n"
            "  <InsuredCardSymbol>4120</InsuredCardSymbol>\n  <InsuredIdentificationNumber>338</InsuredIdentificationNumber>\n"
            "  <InsuredCardValidDate>20240401</InsuredCardValidDate>\n</ResultOfQualificationConfirmation>\n")
    assert found(text, "JP_HEALTH_INSURANCE") == ["4120", "338"]


def test_place_named_by_its_position_is_no_name():
    text = "\u3000大和田山 中腹広場 ……… 海抜 28.7m\n\u3000林道 上の平 入口 ………… 海抜 21.3m\n"
    assert found(text, "PERSON") == []


def test_by_before_a_surname_and_handles_with_an_initial_in_tab_chats():
    assert "堤" in found("未収金交渉メモ\u3000（手書き→入力 by 堤）\n患者：若林 哲也\n", "PERSON")
    assert found("sorted by 日付. written by hand\n", "PERSON") == []
    text = "21:01\t奥村 かおり\t3班了解です。\n21:05\tTsuyoshi.M\t付き添います\n22:31\tTsuyoshi.M\t到着しました\n"
    assert found(text, "PERSON").count("Tsuyoshi.M") == 2
