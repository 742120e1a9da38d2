"""Formats met in session 19: a rural address whose plain lot number stands a space after the 大字/字 town
(佐賀県杵島郡白石町大字今泉字新開 1290)."""

from __future__ import annotations

from engine_helpers import found


# -- addresses -------------------------------------------------------------------------------------------------------

def test_a_spaced_lot_number_that_closes_the_field_belongs_to_the_address():
    assert found("ご自宅　〒849-1101 佐賀県杵島郡白石町大字今泉字新開 1290\n電話 0954-65-2211\n", "ADDRESS") == [
        "佐賀県杵島郡白石町大字今泉字新開 1290"]
    assert found("①所有者 和田 勘一（岐阜県郡上市明宝大谷 482、0575-87-2106）本人\n", "ADDRESS") == ["岐阜県郡上市明宝大谷 482"]
    assert found("〒869-6101　熊本県球磨郡多良木町大字多良木 1550（実家）\n", "ADDRESS") == ["熊本県球磨郡多良木町大字多良木 1550"]


def test_a_number_spelt_out_digit_by_digit_is_not_cut_at_its_first_digit():
    assert found("住所 新潟県 阿賀野市 保田 61 8 7\n", "ADDRESS") != ["新潟県 阿賀野市 保田 61"]
    assert found("東京都千代田区丸の内 2024年度の計画\n", "ADDRESS") == []


# -- bank accounts ---------------------------------------------------------------------------------------------------

def test_an_inline_account_in_english_with_its_deposit_type():
    assert found("  MUFG Bank, Kichijoji Branch, Ordinary Deposit, Account No. 0375512\n", "JP_BANK_ACCOUNT") == [
        "MUFG Bank, Kichijoji Branch, Ordinary Deposit, Account No. 0375512"]
    assert found("  The Chiba Bank, Ltd., Kashiwa Branch, Ordinary Deposit No. 3018845\n", "JP_BANK_ACCOUNT") == [
        "The Chiba Bank, Ltd., Kashiwa Branch, Ordinary Deposit No. 3018845"]


def test_an_inline_account_in_a_list_read_out_or_in_a_table_cell():
    text = "・りそな銀行浦和中央支店 普通口座 1049238\n・同支店 総合口座定期 0817732\n"
    assert found(text, "JP_BANK_ACCOUNT") == ["りそな銀行浦和中央支店 普通口座 1049238", "同支店 総合口座定期 0817732"]
    assert found("客：通帳だと…鶴見支店、普通、1133009。\n", "JP_BANK_ACCOUNT") == ["鶴見支店、普通、1133009"]
    assert found("No｜金融機関・口座｜残高\n1｜三菱UFJ 池袋 普 0228714｜12,883,410\n", "JP_BANK_ACCOUNT") == [
        "三菱UFJ 池袋 普 0228714"]


# -- health insurance: the holder's 枝番 -------------------------------------------------------------------------------

def test_a_cards_branch_number_after_its_symbol_and_number():
    text = "保険証の記載内容です。\n　記号：31051207　番号：184　枝番：00\n　氏名：松永 浩之\n"
    assert found(text, "JP_HEALTH_INSURANCE") == ["31051207", "184", "00"]
    assert found("被保険者証\n記号 8O41    番号 1O27    (枝番) 01\n", "JP_HEALTH_INSURANCE")[-1] == "01"
    assert found("健康保険 資格確認\n  記号・番号・枝番 6021・334・00\n", "JP_HEALTH_INSURANCE") == ["6021・334・00"]


def test_a_branch_number_alone_is_no_card():
    assert found("部品表　枝番 01 の部品は廃番\n", "JP_HEALTH_INSURANCE") == []
    assert found("健康保険組合\n書類番号 2024-118　枝番 02\n", "JP_HEALTH_INSURANCE") == []


def test_a_branch_column_after_symbol_and_number_columns_even_beside_a_payout_account():
    text = ("記号\t番号\t枝番\t受診者氏名\t支給額\t銀行CD\t支店CD\t種目\t口座番号\n"
            "4410\t0318\t00\t田村 雅人\t177,970\t0005\t071\t1\t1408823\n"
            "5102\t1134\t01\t野口 悟\t200\t0010\t455\t2\t0093315\n")
    assert found(text, "JP_HEALTH_INSURANCE") == ["4410", "0318", "00", "5102", "1134", "01"]
    assert found(text, "JP_BANK_ACCOUNT") == ["1408823", "0093315"]


# -- not personal ----------------------------------------------------------------------------------------------------

def test_a_reading_column_after_a_company_name_reads_the_company():
    text = ("法人番号,商号又は名称,フリガナ,法人種別,所在地(都道府県)\n"
            "4180002014563,有限会社タケウチ包装,タケウチホウソウ,有限会社,愛知県\n"
            "2030001091208,関東スチールサービス株式会社,カントウスチールサービス,株式会社,埼玉県\n")
    assert found(text, "PERSON") == []
    assert found("会員番号,氏名,フリガナ,電話\n1,竹内 隆,タケウチ タカシ,03-1234-5678\n", "PERSON") == [
        "竹内 隆", "タケウチ タカシ"]


def test_a_log_key_in_capitals_is_no_east_asian_name():
    text = "2024-10-07 12:31:17.009,WRN,W-0410,バーコード読取NG JAN=4560217830415 ロット=H2410\n"
    assert found(text, "PERSON") == []
    assert found("・LI SIYU（24A022）…印鑑なし、サインで可。\n", "PERSON") == ["LI SIYU"]


def test_an_open_period_and_a_format_hint_are_no_birth_dates():
    assert found("生年月日の和暦変換：令和元年（2019-05-01〜）の境界も要確認\n", "DATE_OF_BIRTH") == []
    assert found("  - id: ask_birthday\n    parse: [iso8601, wareki_short]   # H8.11.30 形式も可\n",
                 "DATE_OF_BIRTH") == []


# -- percent-encoded text --------------------------------------------------------------------------------------------

def test_names_and_addresses_percent_encoded_in_a_query_string():
    text = ('203.0.113.7 - - [15/Jun/2024:10:02:11 +0900] "POST /reserve?name=%E9%AB%98%E6%A9%8B+%E7%BE%8E%E5%92%B2'
            '&kana=%E3%82%BF%E3%82%AB%E3%83%8F%E3%82%B7+%E3%83%9F%E3%82%B5%E3%82%AD&zip=176-0013'
            '&address=%E6%9D%B1%E4%BA%AC%E9%83%BD%E7%B7%B4%E9%A6%AC%E5%8C%BA%E8%B1%8A%E7%8E%89%E5%8C%974-17-3 HTTP/1.1" 200\n')
    assert found(text, "PERSON") == ["%E9%AB%98%E6%A9%8B+%E7%BE%8E%E5%92%B2",
                                     "%E3%82%BF%E3%82%AB%E3%83%8F%E3%82%B7+%E3%83%9F%E3%82%B5%E3%82%AD"]
    assert found(text, "ADDRESS") == ["%E6%9D%B1%E4%BA%AC%E9%83%BD%E7%B7%B4%E9%A6%AC%E5%8C%BA%E8%B1%8A%E7%8E%89%E5%8C%974-17-3"]


def test_a_legacy_cgis_shift_jis_escapes():
    text = "GET /cgi-bin/siryo.cgi?mode=confirm&name=%E2V%93%A1+%8C%92%88%EA&kana=%83T%83C%83g%83E+%83P%83%93%83C%83%60&zip=251-0037\n"
    assert found(text, "PERSON") == ["%E2V%93%A1+%8C%92%88%EA", "%83T%83C%83g%83E+%83P%83%93%83C%83%60"]


def test_percent_signs_and_ascii_escapes_are_left_alone():
    from classifiers.normalize import normalize
    assert normalize("50%OFF、100%還元").text == "50%OFF、100%還元"
    assert normalize("q=%41%42").text == "q=%41%42"


# -- staff columns ---------------------------------------------------------------------------------------------------

def test_a_checkers_column_of_one_kanji_surnames_beside_an_identity_column():
    text = ("No | 氏名 | 個人番号 | 確認日 | 確認者\n"
            "01 | 山田 太郎 | 1987 3787 7439 | 2025/04/02 | 堀\n"
            "02 | 佐藤 花子 | 8794-5292-2101 | 2025/04/02 | 堀\n")
    assert found(text, "PERSON") == ["山田 太郎", "堀", "佐藤 花子", "堀"]
    text = "No | 氏名 | 個人番号 | 確認者\n01 | 山田 太郎 | 1987 3787 7439 | 東\n02 | 佐藤 花子 | 8794-5292-2101 | 東\n"
    assert found(text, "PERSON") == ["山田 太郎", "佐藤 花子"]


# -- Chinese names ---------------------------------------------------------------------------------------------------

def test_chinese_names_as_chat_speakers_addressed_and_in_numbered_rows():
    text = ("2024-09-12 21:14  刘建国：张老师您好，我这个月的工资好像少了两万多日元\n"
            "2024-09-12 21:31  张敏（登録支援機関 通訳）：收到，是住民税从这个月开始扣了\n"
            "2024-09-13 12:48  刘建国：好的谢谢老师👍\n")
    assert found(text, "PERSON") == ["刘建国", "张", "张敏", "刘建国"]
    text = "序号 / 姓名 / 出生日期 / 护照号\n1 赵雪梅 / 1999年3月8日 / EK3029184\n2 周婷 / 2001年11月22日 / EK5570312\n"
    assert found(text, "PERSON") == ["赵雪梅", "周婷"]
    assert found("実習生氏名：陈晓燕（陳暁燕 / チン ギョウエン）\n", "PERSON")[:2] == ["陈晓燕", "陳暁燕"]


def test_an_unknown_city_after_an_address_label_with_a_full_block_number():
    text = "　新住所 → 北浜市和地山3-8-21\n　旧住所 → 北浜市萩丘1丁目5番7号 サンハイツ萩丘 305号\n"
    assert found(text, "ADDRESS") == ["北浜市和地山3-8-21", "北浜市萩丘1丁目5番7号 サンハイツ萩丘 305号"]
    assert found("住所：大阪府吹田市中央5丁目3番地の22　要介護1（R5.11認定）\n", "ADDRESS") == ["大阪府吹田市中央5丁目3番地の22"]
    assert found("所在地：市内各所 5箇所\n", "ADDRESS") == []


# -- telephony exports -----------------------------------------------------------------------------------------------

def test_a_callers_number_column_and_an_sms_gateways_msisdn():
    text = ("call_id\tstart\tani\tdnis\tagent\tcustomer\n"
            "K24061801\t2024-06-18 09:01:12\t0492663021\t0120558320\t三浦\t福田 康夫\n"
            "K24061803\t2024-06-18 09:05:30\t08034271169\t0120558321\t大河内\t森 美由紀\n")
    assert found(text, "PHONE_NUMBER")[:1] == ["0492663021"]
    text = ('"send_id","dest_msisdn","name","status"\n"S0711-00001","819012778840","青木 崇","DELIVERED"\n'
            '"S0711-00002","818055016273","石川 美奈","DELIVERED"\n')
    assert found(text, "PHONE_NUMBER") == ["819012778840", "818055016273"]


# -- names in exports and logs ---------------------------------------------------------------------------------------

def test_an_otas_first_and_last_columns_and_a_hotel_departments_staff():
    text = ("itinerary_id\trate_plan\tguest_first\tguest_last\tguest_phone\n"
            "7392041855621\tBAR-RO\tHaruto\tFujimoto\t81-80-3391-0457\n"
            "7392041877310\tBAR-BB\tSofia\tRicci\t39 347 882 1094\n")
    assert found(text, "PERSON") == ["Haruto", "Fujimoto", "Sofia", "Ricci"]
    text = ("No.\t拾得日時\t場所\t品名\t拾得者\t処理\n"
            "L-1101\t11/02 10:40\t812号室\t充電器\tHK 比嘉\t保管\n"
            "L-1102\t11/03 11:15\t1004号室\t眼鏡\tFR 宮城\t返却\n")
    assert found(text, "PERSON") == ["比嘉", "宮城"]


def test_a_form_word_and_a_korean_field_label_are_no_names():
    assert found("法令上の義務であることを説明（多言語説明カード 様式F-07 を使用）。\n", "PERSON") == []
    text = "1) 최지우 / CHOI JIWOO / 여권번호 M82047316 / 대한민국\n"
    assert "여권번호" not in found(text, "PERSON")


def test_an_ordinal_step_after_a_surname_is_the_next_field():
    assert found("査定者 田所　二次査定 秋元　2024/08/26\n", "PERSON") == ["田所", "秋元"]
    assert found("事務局確認欄：三好　面接日 2024年10月8日\n", "PERSON") == ["三好"]


# -- hard negatives of wave 2 and 3 ----------------------------------------------------------------------------------

def test_check_results_slots_channels_areas_products_and_job_ids_are_not_personal():
    text = ("session_id        op_id   氏名照合  生年月日照合  住所照合  判定\n"
            "VRF-20240530-0086 OP2231  一致      一致          一致      OK\n"
            "VRF-20240530-0088 OP1907  一致      不一致        一致      NG\n")
    assert found(text, "PERSON") == []
    assert found("[M2-4] 照合OK →「ただいまのご請求金額は、〈金額〉円です。」\n", "PERSON") == []
    assert found(" (1) 受付窓口：マイページ（24時間）／カスタマーセンター（9:00〜18:00）\n", "PERSON") == []
    assert found("■停電区域　川口市　栄町一丁目の一部（1番〜12番）\n", "ADDRESS") == []
    assert found("920MHz帯 無線マルチホップ（Wi-SUN FAN 1.0）／1:N 無線\n", "PERSON") == []
    assert found("2025-04-01 02:03:11 INFO job=DIRECTORY_SYNC jobId=202504010203 → AzureAD connector\n",
                 "JP_MY_NUMBER") == []


# -- birth dates in listings -----------------------------------------------------------------------------------------

def test_a_birth_date_one_space_after_the_name_under_a_birth_date_header():
    text = ("社員番号 氏名 生年月日 免許番号 免許種類\n"
            "S20418 前田 直人 1982年9月14日 第621204183350号 普通・中\n"
            "S20655 橋本 彩 1993年2月7日 第621504476120号 普通\n")
    assert found(text, "DATE_OF_BIRTH") == ["1982年9月14日", "1993年2月7日"]
    assert found("No 氏名 生年月日 年齢\nT-021 菊池 ハツ 大正13年10月2日 99\n", "DATE_OF_BIRTH") == ["大正13年10月2日"]
    assert found("担当 前田 直人 2024年9月14日 入社\n", "DATE_OF_BIRTH") == []


def test_a_support_chats_agent_speaker():
    text = "[15:20:31] Agent Chen: Hi there, I'm sorry\n[15:21:48] Customer: thanks\n2024-08-14 07:55:42  Agent Aiko: Hello\n"
    assert found(text, "PERSON") == ["Chen", "Aiko"]
    assert found("Agent Note: check the queue\n", "PERSON") == []


def test_a_reading_column_of_a_place_reads_the_place():
    text = ("コード,都道府県,都道府県（カナ）,ローマ字,エリア\n01,北海道,ﾎｯｶｲﾄﾞｳ,Hokkaido,北海道・東北\n"
            "05,秋田県,ｱｷﾀｹﾝ,Akita,北海道・東北\n06,山形県,ﾔﾏｶﾞﾀｹﾝ,Yamagata,北海道・東北\n")
    assert found(text, "PERSON") == []


# -- licences --------------------------------------------------------------------------------------------------------

def test_a_licence_number_grouped_2_2_4_4_and_on_a_driving_record_certificate():
    assert found("本人確認書類として運転免許証のコピーを同封します（免許証番号 45 18 0362 2190）。\n",
                 "JP_DRIVERS_LICENSE") == ["45 18 0362 2190"]
    assert found("0018852 2024/08/20 新規 運転経歴証明書 450877102264  新井 トミ子\n",
                 "JP_DRIVERS_LICENSE") == ["450877102264"]


def test_a_full_bank_name_then_a_branch_without_its_suffix_and_the_type():
    text = "[2024/06/14 9:05] 三浦 智子（窓口）: 西武信金 国分寺 普 0224815　ｻｶｲﾀﾞ ｼﾞｭﾝｺ\n"
    assert found(text, "JP_BANK_ACCOUNT") == ["西武信金 国分寺 普 0224815"]


def test_a_chinese_name_before_a_japanese_honorific_in_a_chinese_text():
    text = ("2024-09-13 09:22  高木 修：説明不足でした。劉建国さんの口座変更の件もその時に\n"
            "2024-09-13 09:25  张敏（通訳）：他说想把工资卡换掉\n")
    assert "劉建国" in found(text, "PERSON")


def test_a_hiragana_given_name_as_a_line_speaker():
    text = ("2024/08/18(日)\n09:02\tゆかり（颯太ママ）\tおはようございます！\n09:05\tMika Ogawa\t小川です。\n"
            "09:06\tゆかり（颯太ママ）\tはい！\n")
    assert found(text, "PERSON").count("ゆかり") == 2
    text = "09:02\tうみねこ\tおはよう\n09:05\tうみねこ\tまた明日\n"
    assert found(text, "PERSON") == []


def test_the_name_columns_of_a_master_of_things_name_the_things():
    text = ("cat_id\tparent_id\tdepth\tname_ja\tname_en\tfee_class\n1000\t0\t1\tファッション\tFashion\tA\n"
            "1100\t1000\t2\tレディース\tWomen\tA\n1200\t1000\t2\tメンズ\tMen\tA\n")
    assert found(text, "PERSON") == []
    text = ("order_id\tship_date\tname_kanji\tname_kana\tsku\tqty\nA-77120031\t2024-12-02\t吉川 沙織\tヨシカワ サオリ\tTEA-04\t1\n"
            "A-77120032\t2024-12-02\t渡邉 光太郎\tワタナベ コウタロウ\tCUP-01\t2\n")
    assert found(text, "PERSON") == ["吉川 沙織", "ヨシカワ サオリ", "渡邉 光太郎", "ワタナベ コウタロウ"]


def test_an_english_inline_account_with_a_slash_c_no():
    text = "    → MUFG Bank, Ltd. Shin-Marunouchi Branch, Ordinary a/c No. 0228133\n"
    assert found(text, "JP_BANK_ACCOUNT") == ["MUFG Bank, Ltd. Shin-Marunouchi Branch, Ordinary a/c No. 0228133"]


def test_a_nurserys_children_born_after_2015_under_a_birth_date_header():
    text = ("組　　氏名　　　　　　　生年月日　　　身長　 体重　 所見\n"
            "ほし　清水 颯太　　H31.04.22　108.2　17.8　異常なし\n"
            "ほし　原田 結菜　　R1.06.03　 104.9　15.1　心雑音\n")
    assert found(text, "DATE_OF_BIRTH") == ["H31.04.22", "R1.06.03"]
    text = ("号室\t氏名\t生年月日\n101\t岡部 拓也\t1992/2/11\n\n［退去者履歴］\n号室\t氏名\t入居日\t退去日\n"
            "108\t新堀 悠斗\t2021/4/1\t2025/1/31\n")
    assert "2021/4/1" not in found(text, "DATE_OF_BIRTH")
