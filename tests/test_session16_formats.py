"""Formats met in session 16: a labelled address whose building wraps to an indented line, CSV rows whose last field
is a date before the next row's number, a rent ledger's transfer columns printed by their codes only, a school's
insurance table led by class codes, names of foreign trainees in capitals (Vietnamese family-middle-given, one-word
Indonesian names, a Myanmar name before さん), counter and tally roles before a surname, staff columns under English
headers, a foreign family name in katakana before a Japanese given name, accounts held abroad and IBANs, a payment
gateway's published test card numbers in a test plan, and a property listing's location column."""

from __future__ import annotations

from engine_helpers import found
from classifiers.normalize import normalize


# -- addresses ---------------------------------------------------------------------------------------------------

def test_a_labelled_address_keeps_its_building_on_the_indented_next_line():
    text = ("転居先：〒343-0044 埼玉県越谷市大泊512番地1\n"
            "　　　　グリーンヒル大泊 2号棟 301号室\n"
            "　　　　家賃 59,000円、共益費 3,000円\n")
    assert found(text, "ADDRESS") == ["埼玉県越谷市大泊512番地1\n　　　　グリーンヒル大泊 2号棟 301号室"]
    text = "住所　東京都世田谷区北沢2-31-7\n　　　パークサイド下北 103\n氏名　宇野 千尋　　　㊞\n"
    assert found(text, "ADDRESS") == ["東京都世田谷区北沢2-31-7\n　　　パークサイド下北 103"]


def test_the_indented_next_field_is_no_building():
    text = "住所　千葉県松戸市常盤平2丁目9番地の11 ハイツ常盤203\n　　住民票コード 77311417846\n"
    assert found(text, "ADDRESS") == ["千葉県松戸市常盤平2丁目9番地の11 ハイツ常盤203"]
    text = "住所：東京都港区芝5-2-1\n    電話 03-1234-5678\n"
    assert found(text, "ADDRESS") == ["東京都港区芝5-2-1"]


def test_a_property_listing_location_column_is_the_buildings():
    text = ("物件番号 | 物件名 | 所在地 | 最寄駅 | 間取り | 面積 | 賃料\n"
            "---|---|---|---|---|---|---\n"
            "T-10588 | ハイツ菊名 | 横浜市港北区菊名6丁目 | 「菊名」徒歩9分 | 2DK | 41.30㎡ | 89,000\n"
            "T-10921 | メゾン大倉山 | 横浜市港北区大倉山3丁目 | 「大倉山」徒歩4分 | 1K | 23.40㎡ | 69,000\n")
    assert found(text, "ADDRESS") == []
    # a tenant list's 住所 column is still the tenants'
    text = ("氏名 | 住所 | 賃料\n---|---|---\n"
            "佐藤 健 | 横浜市港北区菊名6-3-12 | 89,000\n山本 葵 | 横浜市港北区大倉山3-1-4 | 69,000\n")
    assert found(text, "ADDRESS") == ["横浜市港北区菊名6-3-12", "横浜市港北区大倉山3-1-4"]


# -- numbers -----------------------------------------------------------------------------------------------------

def test_a_csv_rows_last_date_is_not_joined_to_the_next_rows_number():
    text = ("claim_no,payee_name,bank_code,bank_name,branch_code,branch_name,acct_type,acct_no,amount,pay_date\n"
            "24-301-100287,上田 修,0005,三菱UFJ,462,梅田新道,1,0725518,184800,2024-11-18\n"
            "24-301-100311,松本 里奈,0009,三井住友,101,本店営業部,1,8830172,53200,2024-11-18\n")
    assert "\n24-301-100311" in normalize(text).text
    assert found(text, "JP_BANK_ACCOUNT") == ["0725518", "8830172"]
    # a phone number wrapped inside a sentence is still joined
    assert normalize("電話は03-6407-\n5265まで").text == "電話は03-6407-5265まで"


def test_a_rent_ledgers_transfer_columns_by_their_codes():
    text = ("ｺﾞｳｼﾂ ｹｲﾔｸｼｬﾒｲ(ｶﾅ)     ﾁﾝﾘｮｳ  ｺﾞｳｹｲ  ｷﾞﾝｺｳ ｼﾃﾝ ｼｭ ｺｳｻﾞﾊﾞﾝｺﾞｳ ﾆｭｳｷﾝﾋﾞ\n"
            "0101  ﾀｶﾊｼ ﾘｮｳﾀ          68000   71500  0138  205  1  1104857    11/27\n"
            "0201  ｲﾄｳ ｹﾝｲﾁﾛｳ         70000   81500  9900  018  2  0347261    11/27\n")
    assert found(text, "JP_BANK_ACCOUNT") == ["1104857", "0347261"]
    # the same shape of numbers with no word of a bank or an account: a parts list
    assert found("部品表\n0138  205  1  1104857\n0140  206  2  1104858\n", "JP_BANK_ACCOUNT") == []


def test_an_insurance_table_led_by_class_codes_is_no_form():
    text = ("令和6年度 修学旅行 健康保険証情報一覧\n\n"
            "| 組-番 | 生徒氏名 | 保険者名 | 記号 | 番号 | 枝番 |\n|---|---|---|---|---|---|\n"
            "| 2-1-03 | 伊東 湊 | 全国健康保険協会 東京支部 | 4102128 | 731 | 02 |\n"
            "| 2-3-05 | 中川 陽向 | 全国健康保険協会 埼玉支部 | 1107463 | 1152 | 04 |\n")
    # (the 枝番 column too, since session 19: the holder's two digits are part of the card's 記号・番号・枝番)
    assert found(text, "JP_HEALTH_INSURANCE") == ["4102128", "731", "02", "1107463", "1152", "04"]
    assert found(text, "PERSON") == ["伊東 湊", "中川 陽向"]


def test_accounts_abroad_by_their_label_and_ibans_by_their_check():
    text = ("受取銀行 Vietcombank　SWIFT/BIC：BFTVVNVX\n  口座番号 A/C No.：0101000617329\n金額 120,000\n")
    assert found(text, "JP_BANK_ACCOUNT") == ["0101000617329"]
    text = "返還先：海外送金 Bank Mandiri, KCP Bandung Dago, Account No. 1320019847715, SWIFT BMRIIDJA\n"
    assert found(text, "JP_BANK_ACCOUNT") == ["Bank Mandiri, KCP Bandung Dago, Account No. 1320019847715"]
    assert found("Beneficiary: K. Weber\nIBAN: DE89 3704 0044 0532 0130 00\n", "JP_BANK_ACCOUNT") == [
        "DE89 3704 0044 0532 0130 00"]
    assert found("Beneficiary: K. Weber\nIBAN: DE89 3704 0044 0532 0130 01\n", "JP_BANK_ACCOUNT") == []


def test_gateway_test_cards_in_a_test_plan_are_no_ones():
    text = ("| ブランド | テスト番号 | 期待結果 |\n|---|---|---|\n| Visa | 4242 4242 4242 4242 | 承認 |\n"
            "| Mastercard | 5555 5555 5555 4444 | 承認 |\n")
    assert found(text, "CREDIT_CARD") == []
    # … but the same number in a customer's record is reported (no testing word: it may be real)
    assert found("お客様 カード番号：4242 4242 4242 4242 有効期限 12/28", "CREDIT_CARD") == ["4242 4242 4242 4242"]


# -- names -------------------------------------------------------------------------------------------------------

def test_vietnamese_names_in_capitals_by_their_shape():
    text = "　1. PHAM THI THU TRANG（ファム ティ トゥ チャン）　2号修了予定\n　・NGUYEN DUC THANH（1号）：入国後講習修了\n"
    assert found(text, "PERSON") == ["PHAM THI THU TRANG", "ファム ティ トゥ チャン", "NGUYEN DUC THANH"]
    assert found("対象実習生：TRẦN THỊ HƯƠNG（チャン ティ フオン）", "PERSON") == ["TRẦN THỊ HƯƠNG", "チャン ティ フオン"]
    # capitals that are no name, and a Vietnamese sentence's lower-case words
    assert found("TOKYO SALES TEAM の会議。JAPAN POST BANK で振込。", "PERSON") == []
    assert found("7. Khi có động đất: tắt bếp ga, mở cửa.", "PERSON") == []


def test_names_in_capitals_before_an_honorific_or_after_a_colleague_word():
    text = "鍵の受け渡しは石黒まで。SHRESTHAさんのオリエンテーションはAUNG KO KOさんに依頼済み。"
    assert found(text, "PERSON") == ["石黒", "SHRESTHA", "AUNG KO KO"]
    assert found("両手押しボタンは同僚 DEWI ANGGRAINI が誤って押下。", "PERSON") == ["DEWI ANGGRAINI"]
    assert found("ITさんに確認。NHKさん、ABCさんへ連絡。", "PERSON") == []


def test_a_one_word_name_in_capitals_in_a_name_column():
    text = ("社員番号,氏名(ローマ字),氏名(カナ),国籍\nM-2301,NGUYEN VAN NAM,グエン ヴァン ナム,ベトナム\n"
            "M-2312,SUPRIYADI,スプリヤディ,インドネシア\nM-2313,UNKNOWN,不明,-\n")
    assert found(text, "PERSON") == ["NGUYEN VAN NAM", "グエン ヴァン ナム", "SUPRIYADI", "スプリヤディ"]


def test_counter_and_tally_roles_before_a_surname():
    assert found("確認者 菅野　　交付者 小田切　　入力時刻 11:42", "PERSON") == ["菅野", "小田切"]
    assert found("遠州プレス 製造課　集計：村松", "PERSON") == ["村松"]
    assert found("顧問: 栗原 / 副顧問: Emily Carter (ALT)", "PERSON") == ["栗原", "Emily Carter"]
    assert found("集計：9月分まで\n顧問：税理士法人みらい", "PERSON") == []


def test_staff_columns_under_english_headers():
    text = ("receipt_no,service,name_kana,name,handled_by,status\n"
            "A001,住民票写し,ｵｶﾞﾜ ﾕｳｽｹ,小川 雄介,荻原,完了\nA002,印鑑証明,ﾂﾂﾞｷ ｻﾁｺ,都築 幸子,戸田,完了\n")
    assert {"荻原", "戸田"} <= set(found(text, "PERSON"))


def test_katakana_names_before_kun_and_a_foreign_family_name_with_a_japanese_given_name():
    assert found("今朝 寮長のトゥアン君から連絡があり、", "PERSON") == ["トゥアン"]
    text = "請求者　　ハートリー 恵美（HARTLEY Emi）　生年月日 昭和50年11月21日"
    assert found(text, "PERSON") == ["ハートリー 恵美", "HARTLEY Emi"]
    assert found("Name (katakana): プラダン アーラヴ", "PERSON") == ["プラダン アーラヴ"]


# -- the second wave's formats -----------------------------------------------------------------------------------

def test_korean_headers_name_their_columns():
    text = ("room\t성명\tNAME(ROMAJI)\t여권번호\t생년월일\t휴대폰\n"
            "2101\t김민수\tKIM MINSU\tM52804417\t1971.03.22\t010-3384-2219\n"
            "2102\t최영호\tCHOI YOUNGHO\tM60318852\t1966.06.30\t010-2290-4471\n")
    assert found(text, "JP_PASSPORT") == ["M52804417", "M60318852"]
    assert found(text, "DATE_OF_BIRTH") == ["1971.03.22", "1966.06.30"]
    assert found(text, "PHONE_NUMBER") == ["010-3384-2219", "010-2290-4471"]


def test_banks_named_in_hiragana_or_read_out_in_katakana():
    assert found("お支払口座　しおかぜ銀行 和歌山駅前支店 普通 口座番号 2081946", "JP_BANK_ACCOUNT") == [
        "しおかぜ銀行 和歌山駅前支店 普通 口座番号 2081946"]
    # a verb before a bank the list knows is no part of its name
    assert found("前に利用していたりそな銀行 豊中支店 普通預金 0617733 は解約済み", "JP_BANK_ACCOUNT") == [
        "りそな銀行 豊中支店 普通預金 0617733"]
    assert found("ﾌﾘｶｴ ｺｳｻﾞ      : ｲﾖｷﾞﾝｺｳ ﾏﾂﾔﾏｴｷﾏｴ ﾌﾂｳ 1402285\n", "JP_BANK_ACCOUNT") == [
        "ｲﾖｷﾞﾝｺｳ ﾏﾂﾔﾏｴｷﾏｴ ﾌﾂｳ 1402285"]


def test_a_driving_history_certificate_and_a_foreign_passport_after_its_country():
    text = ('"顧客番号","氏名","確認書類","書類番号"\n"C00481127","中谷 裕一","運転免許証","621278830154"\n'
            '"C00481140","森下 一郎","運転経歴証明書","650081274493"\n')
    assert found(text, "JP_DRIVERS_LICENSE") == ["621278830154", "650081274493"]
    assert found("  Passport      : Russian Federation, No. 753108842\n", "JP_PASSPORT") == ["753108842"]
    assert found("Passport renewal fee No. 12345678 paid.", "JP_PASSPORT") == []


def test_names_in_capitals_before_sama_and_chinese_mail_labels():
    text = "添乗員 1名（TAN BEE LIAN 様、携帯 +65 9127 4408）\n・LIM AH KOW 様（78）… 和式布団不可\n"
    assert found(text, "PERSON") == ["TAN BEE LIAN", "LIM AH KOW"]
    assert found("JTB OSAKA 様、ANA SALES 様、HIS 様", "PERSON") == []
    text = "发件人：赵 静 <zhaojing@huaxia-travel.com.cn>\n1. 原名单第7号因签证未下发取消，改为 钱 晓燕（护照号 EH2281634）"
    assert found(text, "PERSON") == ["赵 静", "钱 晓燕"]


def test_a_crossed_out_address_is_a_forms_pattern():
    assert found("メール：PCからのメールを受信できるアドレス（例：xxxxx@example.com）", "EMAIL_ADDRESS") == []
    assert found("メール：xxx@xxx.co.jp / max@maxx.jp", "EMAIL_ADDRESS") == ["max@maxx.jp"]


def test_legacy_kana_listing_with_large_kana():
    text = ("CUSTNO ｼﾒｲ(ｶﾅ)          ｾｲﾈﾝｶﾞﾂﾋﾟ TEL           ZIP      ｼﾞﾕｳｼﾖ\n"
            "000812 ｵｵﾆｼ ｹｲｽｹ       19620915  0798-22-6614  662-0832 ﾋﾖｳｺﾞｹﾝ ﾆｼﾉﾐﾔｼ ｼﾞﾖｳﾄｳﾁﾖｳ 4-7\n"
            "000813 ﾏﾂｳﾗ ｶﾅｺ        19880403  03-3861-2207  111-0053 ﾄｳｷﾖｳﾄ ﾀｲﾄｳｸ ｱｻｸｻﾊﾞｼ 1-22-16-501\n")
    assert found(text, "DATE_OF_BIRTH") == ["19620915", "19880403"]
    assert found(text, "ADDRESS") == ["ﾋﾖｳｺﾞｹﾝ ﾆｼﾉﾐﾔｼ ｼﾞﾖｳﾄｳﾁﾖｳ 4-7", "ﾄｳｷﾖｳﾄ ﾀｲﾄｳｸ ｱｻｸｻﾊﾞｼ 1-22-16-501"]
    assert "ｾｲﾈﾝｶﾞﾂﾋﾟ" not in found(text, "PERSON")


# -- the third wave's formats ------------------------------------------------------------------------------------

def test_a_peoples_register_with_a_pets_column_keeps_their_birth_dates():
    text = ("受付No,氏名,フリガナ,性別,生年月日,年齢,ペット\n0001,江藤 和子,エトウ カズコ,女,1941/05/18,83,なし\n"
            "0002,古賀 健一,コガ ケンイチ,男,1976/11/02,47,犬1（柴）\n")
    assert found(text, "DATE_OF_BIRTH") == ["1941/05/18", "1976/11/02"]
    # a veterinary register: its birth dates are the animals'
    text = "飼い主氏名,ペット名,種,生年月日\n佐藤 健,モモ,柴,2019/04/02\n山本 葵,レオ,猫,2021/08/15\n"
    assert found(text, "DATE_OF_BIRTH") == []


def test_a_kigo_bango_column_typed_by_the_rows_document():
    text = ("受付No\t氏名\t確認書類\t記号・番号\t保険者番号\n"
            "AL-0112\t楠本 奈緒子\t健康保険証\t1160・2048\t06110217\n"
            "AL-0131\t峯岸 大地\t運転免許証\t401703385120\t—\n")
    assert found(text, "JP_DRIVERS_LICENSE") == ["401703385120"]
    assert "401703385120" not in found(text, "JP_HEALTH_INSURANCE")


def test_a_transfer_listing_read_by_its_kana_bank_names():
    text = ("0138 ﾖｺﾊﾏｷﾞﾝｺｳ      312 ｻｶﾞﾐｵｵﾉ        1 6031847 ｸﾎﾞﾀ ﾋﾛｼ\n"
            "0150 ｽﾙｶﾞｷﾞﾝｺｳ      201 ﾊﾏﾏﾂ           1 1183092 ｽｷﾞﾓﾄ ﾏｻｶｽﾞ\n")
    assert found(text, "JP_BANK_ACCOUNT") == ["6031847", "1183092"]


def test_made_up_and_stand_in_values_are_no_ones():
    assert found("・変換例（架空）：記号 10000 番号 00000001 → 〇〇八店 普通 0000000", "JP_HEALTH_INSURANCE") == []
    text = "| 電話番号 | 090-0000-0000 | 日中つながる番号 |\n| メールアドレス | sample@example.com | お知らせに使用 |\n"
    assert found(text, "PHONE_NUMBER") == [] and found(text, "EMAIL_ADDRESS") == []
    assert found("TEL 03-3000-0001 / taro.yamada@example.com", "PHONE_NUMBER") == ["03-3000-0001"]
    assert found("追加運転者：有・無　（有の場合は別紙に記入）", "PERSON") == []
    assert found("解約返戻金なし（契約者・被保険者 申立人）", "PERSON") == []
    assert found("後見人候補者事情説明書（候補者：申立人 香織）", "PERSON") == ["香織"]


def test_a_birth_date_cell_with_the_age_after_it():
    text = "| No | 氏名 | 生年月日（年齢） |\n|----|------|------|\n| 1 | 江口 浩二 | S51.8.17（48） |\n| 2 | 高瀬 涼 | H9.2.3 (27歳) |\n"
    assert found(text, "DATE_OF_BIRTH") == ["S51.8.17", "H9.2.3"]


def test_romanised_disease_headers_and_broadcast_accounts():
    text = ("receipt_no,kana,name,birth,byomei,tensu\nR1,ｲｼｶﾜ ﾀｸﾐ,石川 拓海,1988-03-14,急性上気道炎,412\n"
            "R2,ﾓﾘﾀ ｻﾁｺ,森田 幸子,1951-09-30,高血圧症;脂質異常症,1186\n")
    assert found(text, "SPECIAL_CARE") == ["急性上気道炎", "高血圧症;脂質異常症"]
    assert found("13/12/2024 09:00 - AMIGO Oficial: Salário de novembro depositado.", "PERSON") == []


def test_a_designated_citys_kana_address_with_small_or_large_kana():
    for text in ("キタキュウシュウシ コクラキタク ウオマチ 1-2-3", "ｷﾀｷﾕｳｼﾕｳｼ ｺｸﾗｷﾀｸ ｳｵﾏﾁ 1-2-3"):
        assert found(text, "ADDRESS") == [text]
