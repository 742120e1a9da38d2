"""Formats met in session 24: a shop list's 古物商許可番号 column, masked addresses in an anonymised extract, the
officers of a published securities report or meeting notice, a published conference programme, a prefix read
into a name (本同意書), blank party rosters (リーダー, メンバー), compact Zengin records, a long fixed-width header
label, identity-document number columns typed by shape, a form's next label after a surname, roles in a reading's
brackets, letters addressed to a secretariat, and trial screening rosters (併用薬 | 判定 = 適格)."""

from __future__ import annotations

from engine_helpers import found


def test_a_permit_number_column_of_public_safety_commission_numbers_is_no_licence():
    text = ("古物商許可・店舗一覧\n"
            "店舗名　　　　　　　　　許可公安委員会　　　古物商許可番号　　　　　　　主な取扱品目\n"
            "高円寺店　　　　　　　　東京都公安委員会　　第304352118806号　　　　　時計・写真機・衣類\n"
            "西船橋店　　　　　　　　千葉県公安委員会　　第441130009287号　　　　　皮革・ゴム製品・貴金属\n")
    assert not found(text, "JP_DRIVERS_LICENSE")
    # … while a licence labelled on its own line under a permit line above stays a licence
    rental = ("貸渡人　：株式会社ミナトレンタリース　羽田営業所\n"
              "　　　　　事業許可番号 関自旅二第3318号\n"
              "借受人氏名：久保田 誠一\n"
              "運転者(1)：同上　　免許証番号 第450301234561号\n")
    assert found(rental, "JP_DRIVERS_LICENSE") == ["450301234561"]


def test_an_address_masked_after_its_city_is_no_address():
    text = ("No,店舗,取引日,品目,代価,相手方氏名,相手方住所,職業\n"
            '1,0415,2024/11/02,時計類,"1,180,000",●● ●●,東京都杉並区●●●,会社員\n'
            '2,0415,2024/11/07,皮革製品,"96,000",●● ●●,埼玉県和光市●●●,パート\n')
    assert not found(text, "ADDRESS")
    assert found("住所：東京都杉並区阿佐谷北1-2-3 ●●ハイツ\n", "ADDRESS") == ["東京都杉並区阿佐谷北1-2-3"]


def test_the_officers_of_a_published_securities_report_are_public():
    text = ("第一部【企業情報】\n（２）【役員の状況】\n①　役員一覧\n"
            "役職名　　　　　　　氏名　　　　　生年月日　　　　　　略歴\n"
            "代表取締役社長　　　桐生　正憲　　1958年４月19日生　1981年４月　当社入社\n"
            "取締役 生産本部長　　鹿島　祐二　　1966年５月16日生　1989年４月　当社入社\n")
    assert not found(text, "PERSON") and not found(text, "DATE_OF_BIRTH")
    notice = ("（証券コード　6473）\n2024年6月26日\n株主各位\n東邦精機工業株式会社\n代表取締役社長　桐生　正憲\n\n"
              "第87回定時株主総会決議ご通知\n\n本件は、原案どおり承認可決され、桐生正憲、鹿島祐二の各氏が取締役に選任されました。\n")
    assert not found(notice, "PERSON")
    # … but a shareholder's own statement still names the shareholder
    statement = "（証券コード　6473）\n配当金計算書\n山田 太郎 様\n所有株式数 300株\n"
    assert "山田 太郎" in found(statement, "PERSON")


def test_a_published_programme_names_its_speakers_without_contact_details():
    text = ("第31回年次大会 プログラム\n■ 10:00　特別講演（A会場）\n"
            "　「コーパスから見た日本語の百年」　梶原 典子（本郷言語研究所）\n"
            "　司会：佐々木 昭彦（東北文理大学）\n"
            "■ 13:45　セッション4A「音声・韻律」　座長：上村 浩（長崎外国語総合大学）\n")
    assert not found(text, "PERSON")
    internal = ("【社内用】セミナー運営進行表\n18:00　座長到着　座長：北摂大学 林 英明先生／携帯 080-9003-1256\n"
                "18:35　特別講演（相沢先生）\n")
    assert "林 英明" in found(internal, "PERSON")


def test_a_prefix_and_a_noun_are_no_name():
    assert not found("第5条（個人情報）当社は、本同意書に記載された個人情報を、保険手続きにのみ利用します。\n", "PERSON")
    assert found("本田太郎様、前田敦子さん\n", "PERSON") == ["本田太郎", "前田敦子"]


def test_a_place_before_made_is_no_surname():
    assert not found("顧客Bから指摘があったが、小屋まで\n近いと判断して行動を継続した。\n", "PERSON")
    assert found("詳細は山田まで。\n", "PERSON") == ["山田"]


def test_a_blank_roster_of_party_roles_names_no_one():
    w = "\u3000"
    blank = f"男・女{w * 3}年{w * 2}月{w * 2}日{w * 16}（{w * 3}）{w * 2}－{w * 4}\n"
    text = (f"区分{w * 2}氏名{w * 5}性別{w}生年月日{w * 4}年齢{w}住所{w * 10}電話（携帯）{w * 4}緊急連絡先（氏名・電話）\n"
            f"リーダー{w * 8}{blank}メンバー{w * 8}{blank}メンバー{w * 8}{blank}")
    assert not found(text, "PERSON")


def test_a_mountaineering_writer_of_the_past_is_no_one_s_pi():
    assert not found("> 深田久弥『日本百名山』で「常念岳は安曇野のどこからでも見える」と紹介された。\n", "PERSON")


def test_compact_zengin_records_without_bank_names():
    text = ("1 21000000001東邦精機工業株式会社ハイトウキン　　0617 0001ﾐｽﾞﾎ     001ﾄｳｷﾖｳｴｲｷﾞﾖｳﾌﾞ 1\n"
            "2 0005 251 13827104ｲｿﾍﾞ ﾏｻｵ                     000000036000   00031402\n"
            "2 0009 680 17015563ﾄﾞｲ ﾖｼｺ                      000000004800   00031405\n"
            "8 000002000000040800\n9\n")
    assert {"3827104", "7015563"} <= set(found(text, "JP_BANK_ACCOUNT"))
    assert "ｲｿﾍﾞ ﾏｻｵ" in found(text, "PERSON")


def test_a_fixed_width_header_with_a_long_label():
    text = ("Conf.#   Room type  Guest name (as passport)           Arr.   Dep.   Nts  Nationality  Passport No.   "
            "Contact                     Billing    Remarks\n"
            "GT40112  SGL NS     EKLUND, Jonas Erik                 10/16  10/20   4  SWE          91847263       "
            "+46 70 318 22 94             Master     late arrival ~23:30\n"
            "GT40113  SGL NS     NGUYEN, Van Hung                   10/15  10/21   6  VNM          C7305914       "
            "nvhung@hnuls.edu.vn        Guest      \n"
            "GT40114  SGL NS     OKONKWO, Chidinma                  10/15  10/22   7  NGA          B01846329      "
            "+234 803 552 1947           Guest      Muslim; halal breakfast please\n")
    assert set(found(text, "JP_PASSPORT")) == {"91847263", "C7305914", "B01846329"}


def test_an_identity_document_number_column_typed_by_its_values():
    text = ("ID,氏名,カナ,生年月日,最終確認住所,確認書類番号,登録日\n"
            "W-031,薬師寺 翼,ヤクシジ ツバサ,1999/02/14,東京都足立区西新井栄町2-7-19,309123846705,2023/09/02\n"
            "W-044,三浦 梓,ミウラ アズサ,1988/11/30,千葉県松戸市松戸1880-4,441511093374,2024/01/15\n"
            "W-052,陳 浩,チン コウ,1994/07/07,埼玉県川口市芝新町11-3-205,TR1427763,2024/03/01\n")
    assert set(found(text, "JP_DRIVERS_LICENSE")) == {"309123846705", "441511093374"}
    assert found(text, "JP_PASSPORT") == ["TR1427763"]


def test_a_form_label_after_a_surname_is_no_given_name():
    text = ("（社内メモ・提出前確認用）\n代表取締役 桐生 生年月日 昭和33年4月19日（印鑑証明書記載と一致）\n")
    assert found(text, "PERSON") == ["桐生"]


def test_a_role_in_brackets_after_a_name_is_no_reading():
    assert found("作成：名嘉真 徹（チーフインストラクター）　2024/08/05\n", "PERSON") == ["名嘉真 徹"]
    assert "サトウ ケン" in found("担当：佐藤 健（サトウ ケン）\n", "PERSON")


def test_letters_addressed_to_a_secretariat_or_organizers():
    for text in ("Dear Secretariat,\n\nThank you for your reply.\n", "Dear Organizers,\n\nPlease find attached.\n"):
        assert not found(text, "PERSON"), text


def test_a_trial_screening_roster():
    text = ("No,スクリーニング番号,氏名,フリガナ,性別,生年月日,主な既往歴・合併症,併用薬,判定,備考\n"
            '1,SCR-0101,佐々木 颯太,ササキ ソウタ,男,1968/04/12,"2型糖尿病、高血圧症","メトホルミン500mg、アムロジピン5mg",適格,\n'
            '2,SCR-0102,東海林 美和,ショウジ ミワ,女,1975/09/30,"2型糖尿病","シタグリプチン50mg",不適格,\n')
    care = found(text, "SPECIAL_CARE")
    assert "メトホルミン500mg、アムロジピン5mg" in care and "シタグリプチン50mg" in care
    assert "適格" not in care and "不適格" not in care


def test_book_tables_name_their_authors_only_as_public_figures():
    text = ("No. ISBN               書名                           著者        本体価格  数量  装備\n"
            " 1  978-4-10-353437-1  街とその不確かな壁             村上 春樹   2,700     3     フィルム・IC・ラベル\n"
            " 2  978-4-334-10176-3  ブラック・ショーマンと覚醒する女たち 東野 圭吾 1,800   4     フィルム・IC・ラベル\n"
            " 3  978-4-10-354951-1  成瀬は天下を取りにいく         宮島 未奈   1,705     5     フィルム・IC・ラベル\n")
    assert not found(text, "PERSON")


def test_a_scope_in_a_program_s_name_is_no_ipv6_address():
    assert not found("#2  std::bad_alloc in AssetStreamer::LoadBundle\n", "IP_ADDRESS")
    assert found("申込時IP：2400:4050:a2c1:8f00::1b\n", "IP_ADDRESS") == ["2400:4050:a2c1:8f00::1b"]


def test_a_blank_form_s_next_label_is_no_medical_fact():
    w = "\u3000"
    text = (f"問{w}診{w}票{w}（人間ドック・生活習慣病予防健診）\n※太枠内をご記入のうえ、受診当日にお持ちください。\n\n"
            f"受診日{w * 4}年{w * 2}月{w * 2}日{w * 3}受診者番号（センター記入）＿＿＿＿＿＿\n"
            f"ふりがな{w}＿＿＿＿＿＿＿＿＿＿\n氏{w}名{w * 2}＿＿＿＿＿＿＿＿＿＿{w * 2}性別{w}男 ・ 女\n"
            f"生年月日{w}昭和・平成{w * 3}年{w * 2}月{w * 2}日（{w * 2}歳）\n\n"
            f"1．これまでにかかった病気{w}□なし{w}□あり →（病名：{w * 15}年齢：{w * 2}）\n"
            f"2．現在治療中の病気{w * 4}□なし{w}□あり →（病名：{w * 8}医療機関：{w * 7}）\n")
    assert not found(text, "SPECIAL_CARE")


def test_a_birth_date_typed_in_a_bug_report_is_an_example():
    assert not found("- [WB-2291] 生年月日に和暦「R1.5.1」を入力するとH31として保存される不具合を修正。\n", "DATE_OF_BIRTH")


def test_a_wide_export_whose_payment_method_reads_like_a_label():
    head = ('"受付番号","寄付日時","決済方法","決済状況","寄付金額","お礼品名","寄付者氏名","郵便番号","住所","電話番号",'
            '"メールアドレス","生年月日","性別"\n')
    rows = ('"SF2412010000381","2024/12/01 00:12:08","クレジットカード","決済完了","12000","さくらんぼ","小野寺 紗希",'
            '"980-0014","宮城県仙台市青葉区本町3-6-11","090-3318-5527","saki.onodera@icloud.com","1991/07/22","女"\n'
            '"SF2412010000402","2024/12/01 00:31:40","クレジットカード","決済完了","30000","米","劉 偉",'
            '"135-0063","東京都江東区有明1-4-20","080-4407-2196","liu.wei.tokyo@gmail.com","1986/02/14","男"\n')
    assert set(found(head + rows, "DATE_OF_BIRTH")) == {"1991/07/22", "1986/02/14"}


def test_insurance_card_columns_named_with_their_scheme():
    text = ("| 社員番号 | 氏名 | フリガナ | 生年月日 | 区分 | 協会けんぽ 記号 | 番号 |\n"
            "|---|---|---|---|---|---|---|\n"
            "| S-21877 | 丸山 拓海 | マルヤマ タクミ | 2002/07/14 | 雇入時 | 40102218 | 611 |\n"
            "| S-21878 | Pham Van Long | ファム ヴァン ロン | 1999/12/01 | 雇入時 | 40102218 | 612 |\n")
    assert set(found(text, "JP_HEALTH_INSURANCE")) == {"40102218", "611", "612"}
    kokuho = ("# 令和6年度 四街道市国民健康保険 特定健康診査 対象者抽出\n"
              "宛名番号,記号,番号,氏名,カナ,性別,生年月日\n"
              "00731185,よ1,2041187,石毛 文雄,イシゲ フミオ,1,1951-09-12\n"
              "00731402,よ2,2041188,石毛 久子,イシゲ ヒサコ,2,1954-03-02\n")
    assert {"よ1", "よ2", "2041187"} <= set(found(kokuho, "JP_HEALTH_INSURANCE"))


def test_a_chat_export_with_the_date_the_weekday_and_the_speaker_s_office():
    text = ("2025/01/07(火) 13:05 五十嵐 (本郷ライスセンター): お世話になってます。\n"
            "2025/01/07(火) 13:06 大沼 (ふるさと納税係): 承知しました\n")
    assert found(text, "PERSON") == ["五十嵐", "大沼"]


def test_a_letter_to_a_town_office_in_english():
    assert not found("Dear Yunosawa Town office,\n\nI made a donation last year.\n", "PERSON")


def test_a_health_check_result_table_by_examination():
    text = ("社員番号,氏名,年齢,血圧,肝機能,脂質,血糖,総合判定\n"
            "T10382,岡野 隆,55,B,A,C,E,E（治療中）\n"
            "T12047,坂口 勇,62,152/96,B,正常,B,D2\n")
    care = found(text, "SPECIAL_CARE")
    assert {"B", "C", "E（治療中）", "152/96", "D2"} <= set(care)
    assert "正常" not in care and "55" not in care


def test_a_game_s_character_roster_names_characters():
    text = ("# アストラル・レギオン 非公式攻略Wiki / キャラクター一覧\n\n"
            "| キャラクター名 | レア | 属性 | ロール | 誕生日 | 身長 |\n|---|---|---|---|---|---|\n"
            "| 蒼炎の騎士 レオンハルト | ★5 | 火 | アタッカー | 7月7日 | 182cm |\n"
            "| 田中一郎（モブ村人A） | ★3 | 土 | サポーター | 4月1日 | 170cm |\n\n"
            "- 「田中一郎」はエイプリルフールイベントの配布キャラ。\n")
    assert not found(text, "PERSON")
    # … while a support ticket with an in-game character's name field still names its customer
    ticket = "お名前：岩淵 健太\nフリガナ：イワブチ ケンタ\nキャラクター名：ルナ\n担当：小宮山（CS2課）\n"
    assert "岩淵 健太" in found(ticket, "PERSON")


def test_a_former_title_after_a_name_is_not_its_last_character():
    assert found("2015年に亡くなった任天堂の岩田聡元社長がGDCで語った。\n", "PERSON") == ["岩田聡"]
    assert found("鈴木一郎前社長は退任した。\n", "PERSON") == ["鈴木一郎"]


def test_sensory_and_fatigue_conditions_stated_about_someone():
    assert found("氏名：山田 花子\n聴覚過敏あり、作業時はイヤーマフ使用\n", "SPECIAL_CARE") == ["聴覚過敏あり"]


def test_a_latin_name_before_a_doctor_s_title():
    assert "Okafor" in found("出席：榊原院長（議長）、佐伯医師、Okafor医師（非常勤）\n", "PERSON")
    assert not found("Johnson医師会の資料\n", "PERSON")


def test_a_book_s_author_credit_and_a_mayor_named_after_the_office_are_public():
    assert not found("●『かいけつゾロリ』シリーズ　原 ゆたか さく・え（ポプラ社）\n", "PERSON")
    assert not found("海見市（市長：浜口 達彦）は、ふるさと大使の任命を発表した。\n", "PERSON")
    assert found("会長：佐藤 一郎\n担当：山田 太郎（作業員）\n", "PERSON") == ["佐藤 一郎", "山田 太郎"]


def test_a_staff_column_of_surnames_in_katakana():
    text = ("日付   利用者番号  氏名             手続           確認書類          受付\n"
            "07/03  0202503005  須賀 里香子      再発行（紛失）  運転免許証        木暮\n"
            "07/09  0202503004  持田 耕介        住所変更        在留カード        ナガイ\n"
            "07/15  0202212877  鴨下 詩織        再発行（破損）  健康保険証        木暮\n"
            "07/22  0201907731  戸部 瑛太        氏名変更        パスポート        ナガイ\n")
    assert found(text, "PERSON").count("ナガイ") == 2


def test_the_end_of_a_ups_tracking_number_is_no_phone_number():
    assert not found("1Z 9F7 W42 04 1183 6620 | (partner) | UPS | TRANSFER\n", "PHONE_NUMBER")
    assert found("TEL 04-1183-6620\n", "PHONE_NUMBER") == ["04-1183-6620"]


def test_an_example_address_masked_before_its_town():
    assert not found("| 現住所 | 【記入例】○○県○○市○○町一丁目２番３号 | 日本での滞在先 |\n", "ADDRESS")


def test_a_bracket_far_longer_than_a_reading_is_no_reading():
    text = "14:20-15:10　星野ユウ × 永井ケンジ（アコースティックセッション）\n集計：ステージ・データバンク（主要4社）\n"
    names = found(text, "PERSON")
    assert "アコースティックセッション" not in names and "ステージ・データバンク" not in names
    assert "グエン・ヴァン・ミン" in found("2. ミンさん（グエン・ヴァン・ミン）のご両親の送金記録です\n", "PERSON")


def test_someone_who_died_long_ago_is_named_with_life_years():
    text = "宗教改革者マルティン・ルター（1483〜1546）は説いた。\n開祖の没後は、二代教主・天野清蔵（1871〜1939）が教団を率いた。\n"
    assert not found(text, "PERSON")
    assert found("代表 山田 太郎（2010-2015）\n", "PERSON") == ["山田 太郎"]


def test_clergy_before_and_after_a_name():
    text = "記録者：牧師　石動　恵\n導師　　西照寺 住職 木場 了信 様\n照合: 瀬川長老\n"
    assert found(text, "PERSON") == ["石動\u3000恵", "木場 了信", "瀬川"]
    assert not found("長老会の決定により、執事会を開く。住職不在。\n", "PERSON")


def test_a_shop_account_s_chat_line_signed_by_its_writer():
    text = ("10:16\tBuyForYou（真鍋）\tお問い合わせありがとうございます\n10:20\tChiaki.M\tはい\n"
            "10:35\tBuyForYou（真鍋）\t確認しました\n")
    assert found(text, "PERSON").count("真鍋") == 2
