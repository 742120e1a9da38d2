"""Formats met in session 12: headers typed with one full-width space between labels over rows that do not line up,
slash lists with an empty last cell and a row number before the name, three-column tables whose values read like
labels, family members with a note in their bracket, bilingual passport labels, Latin names with a comma in CSV."""

from __future__ import annotations

import pytest

from engine_helpers import found


CREW = ("No.\u3000Name\u3000\u3000\u3000\u3000\u3000\u3000Nationality\u3000Sex\u3000Date of Birth\u3000\u3000Passport No."
        "\u3000\u3000Rank\n"
        "1\u3000\u3000HUANG Jianming\u3000\u3000\u3000CHN\u3000\u3000\u3000\u3000M\u3000\u30001974.06.03\u3000\u3000E48219375"
        "\u3000\u3000Master\n"
        "2\u3000\u3000LI Wei\u3000\u3000\u3000\u3000\u3000\u3000\u3000CHN\u3000\u3000\u3000\u3000M\u3000\u30001989.12.17"
        "\u3000\u3000E61037724\u3000\u30002/O\n")


def test_header_of_one_space_labels_over_unaligned_rows():
    assert found(CREW, "DATE_OF_BIRTH") == ["1974.06.03", "1989.12.17"]
    assert found(CREW, "JP_PASSPORT") == ["E48219375", "E61037724"]
    # the same header with single ASCII spaces only
    flat = CREW.replace("\u3000", " ", 0)
    flat = "No. Name Nationality Sex Date of Birth Passport No. Rank\n" + flat.split("\n", 1)[1]
    assert found(flat, "JP_PASSPORT") == ["E48219375", "E61037724"]


def test_aligned_header_still_read_by_position():
    text = ("背番号 氏名\u3000\u3000\u3000\u3000生年月日\u3000\u3000\u3000\u3000学年 保険証記号・番号\u3000\u3000\u3000\u3000保護者\n"
            " 1     川口 颯\u3000\u3000\u3000\u3000H26.5.12\u3000\u30004年 0124・558\u3000\u3000\u3000川口 誠\n"
            " 5     本田 蓮\u3000\u3000\u3000\u3000H26.9.30\u3000\u30004年 4450・1207\u3000\u3000本田 絵美\n")
    assert found(text, "DATE_OF_BIRTH") == ["H26.5.12", "H26.9.30"]


def test_slash_list_with_row_numbers_and_empty_last_cells():
    text = ("No. 氏名 ／ 生年月日 ／ 住所 ／ 祝 ／ 出欠 ／ 送迎 ／ 備考\n"
            " 1  仲宗根 ウト　／ 大正13年2月10日 ／ 字今泊1180番地 ／ 白寿 ／ 欠 ／ － ／ 記念品は自宅へ届ける\n"
            " 2  玉城 ヨシ　／ 昭和3年7月7日 ／ （施設入所中） ／ － ／ 欠 ／ － ／\n"
            " 3  比嘉 カマド　／ 昭和11年4月18日 ／ 字今泊876番地の3 ／ 米寿 ／ 出 ／ 要 ／\n")
    assert found(text, "PERSON") == ["仲宗根 ウト", "玉城 ヨシ", "比嘉 カマド"]
    assert found(text, "DATE_OF_BIRTH") == ["大正13年2月10日", "昭和3年7月7日", "昭和11年4月18日"]


def test_three_column_table_whose_third_column_reads_like_a_label():
    text = "氏名,生年月日,状況\n佐藤 勇気,平成10年5月2日,知的障害\n阿部 浩之,昭和61年12月19日,脳性まひ\n"
    assert found(text, "DATE_OF_BIRTH") == ["平成10年5月2日", "昭和61年12月19日"]


def test_label_value_form_is_still_no_table():
    text = "氏名\t山田 花子\t生年月日\t1990/01/02\n住所\t東京都\t電話\t03-1234-5678\n"
    # a form's labels are not read as a header over values: the date needs its own label, which it has
    assert found(text, "DATE_OF_BIRTH") == ["1990/01/02"]


def test_box_drawn_table_with_rules():
    text = ("┌─────┬──────────┐\n│氏名　　　│生年月日　　　　　│\n├─────┼──────────┤\n"
            "│佐藤 勇気│平成10年5月2日　　│\n│阿部 浩之│昭和61年12月19日│\n└─────┴──────────┘\n")
    assert found(text, "DATE_OF_BIRTH") == ["平成10年5月2日", "昭和61年12月19日"]


def test_family_member_with_a_note_in_the_bracket():
    text = ("家族割引 申込書\n　契約者 高田 健一　生年月日 1972年4月18日\n"
            "　②高田 蒼（長男・高校生）　2008年1月25日　080-3092-7716\n"
            "　③新井 トシ（妻の母・別住所）　1946年7月7日　070-4418-5520\n")
    assert found(text, "DATE_OF_BIRTH") == ["1972年4月18日", "2008年1月25日", "1946年7月7日"]


def test_family_bracket_with_an_event_is_no_birth_date():
    text = "家族の状況\n　高田 蒼（長男・高校生）　2024年4月1日 入学\n"
    assert found(text, "DATE_OF_BIRTH") == []


@pytest.mark.parametrize("text, value", [
    ("Passport No./Passeport No. 523819076", "523819076"),
    ("He travels on a Mexican passport, number G08172635.", "G08172635"),
    ("Passport No. / 旅券番号: TR4471902", "TR4471902"),
])
def test_passport_labels(text, value):
    assert found(text, "JP_PASSPORT") == [value]


def test_passport_label_without_a_number_word_keeps_plain_digits_out():
    assert found("Passport photos: 2 copies, fee 3500 yen, ref 120497385.", "JP_PASSPORT") == []


def test_licence_named_without_drivers():
    assert found("My Japanese license: No. 806755747265, my residence card is attached.",
                 "JP_DRIVERS_LICENSE") == ["806755747265"]
    assert found("Software license key: 806755747265-ABCD", "JP_DRIVERS_LICENSE") == []


def test_latin_name_with_a_comma_in_an_unquoted_csv_cell():
    text = ("No.,Name,Dept,運転免許証番号,種類\n1,Carlos Souza,Sales,102763537534,普通\n"
            "3,Oyelaran, Tunde,Sales,917160686977,普通(AT)\n4,西村 彩花,Admin,730768189797,普通\n")
    assert found(text, "PERSON") == ["Carlos Souza", "Oyelaran, Tunde", "西村 彩花"]
    assert found(text, "JP_DRIVERS_LICENSE") == ["102763537534", "917160686977", "730768189797"]


def test_reading_column_of_a_master_of_things_is_no_name():
    text = ("code,icd10,name,name_kana,category\n8830491,F41.0,パニック障害,ﾊﾟﾆｯｸｼｮｳｶﾞｲ,精神\n"
            "8843120,F43.2,適応障害,ﾃｷｵｳｼｮｳｶﾞｲ,精神\n8830015,G40.9,てんかん,ﾃﾝｶﾝ,神経\n")
    assert found(text, "PERSON") == []
    goods = ("hinmoku_cd,hinmoku_nm,kana,kibo,tesuryo\nK-031,学習机,ガクシュウヅクエ,袖付き,1000\n"
             "K-112,いす,イス,キャスター付き,500\nK-205,自転車,ジテンシャ,26インチ以下,500\n")
    assert found(goods, "PERSON") == []


def test_reading_column_after_names_under_an_unknown_header():
    text = ("背番号\t選手名\tふりがな\t学年\n10\t高橋 蓮\tたかはし れん\t6\n1\t佐々木 陽翔\tささき はると\t6\n"
            "2\t山口 湊\tやまぐち みなと\t5\n")
    assert "たかはし れん" in found(text, "PERSON")
    assert "ささき はると" in found(text, "PERSON")


@pytest.mark.parametrize("text", [
    "9:00　連続ドラマ「港町ラプソディ」第12話（再）　漁師の娘・汐見 渚が東京から戻った幼なじみと再会する\n"
    "13:55　ミステリー劇場「加賀路殺人事件」　刑事・氷見 修一郎が老舗旅館の密室に挑む（再）\n",
    "連続ドラマ「港町ラプソディ」第13話\nシーン8　汐見鮮魚店・店先（夕）\n　　店じまいをする汐見 渚（28）。軽トラックが止まり、坂口 透（30）が降りてくる。\n"
    "透　「渚、まだ店開いとるがか」\n",
    "連載小説「氷見線の夜明け」第84回　これまでのあらすじ\n高岡の鋳物工場で働く佐伯澄子（34）は、十年前に姿を消した兄・佐伯俊介の消息を追って、"
    "氷見の漁村を訪ねる。網元の老人・岩瀬伝蔵は…\n",
])
def test_characters_of_fiction_are_no_people(text):
    assert found(text, "PERSON") == []


def test_real_people_beside_a_work_of_fiction():
    text = ("芸名　月島 リオ\n主な出演　ドラマ「潮騒ダイアリー」（2024）\n本名　筒井 理央\n担当マネージャー　牧 俊介　080-3652-0917\n"
            "乙の所属タレント月島 リオ（本名：筒井 理央、以下「出演者」という。）\n")
    names = found(text, "PERSON")
    assert "牧 俊介" in names and names.count("筒井 理央") == 2


def test_a_spoon_is_no_name():
    assert found("しょうゆ 大さじ4、みりん 大さじ4、砂糖 大さじ1、酒 大さじ2\n", "PERSON") == []


def test_chinese_headers_and_hyphenated_romanised_names():
    text = ("No | 姓名 | 拼音 | 性別 | 出生日期 | 護照號碼 | 籍貫\n1 | 王建国 | WANG JIANGUO | 男 | 1964.05.12 | EJ4127783 | 上海\n"
            "2 | 李秀兰 | LI XIULAN | 女 | 1966.10.03 | EJ4127784 | 上海\n3 | 赵磊 | ZHAO LEI | 男 | 1988.01.29 | E93358126 | 江苏\n")
    assert found(text, "JP_PASSPORT") == ["EJ4127783", "EJ4127784", "E93358126"]
    assert "LI XIULAN" in found(text, "PERSON")
    tw = ("No,氏名(漢字),氏名(英字),性別,生年月日,旅券番号\n1,林 志明,LIN CHIH-MING,M,1958/04/17,312845069\n"
          "2,林 陳秀英,LIN CHEN HSIU-YING,F,1961/11/30,312845070\n3,黃 建宏,HUANG CHIEN-HUNG,M,1966/02/08,355102847\n")
    assert "LIN CHIH-MING" in found(tw, "PERSON")


def test_manifest_whose_labels_and_values_are_one_space_apart():
    text = ("SEQ NAME                      SEX DOB      PASSPORT   EXP      NAT ROOM  REMARKS\n"
            "001 AOKI/HARUTO               M   03MAY08  TZ8959551  12MAR30  JPN 1201\n"
            "002 IWASAKI/SOTA              M   21AUG08  MZ4193984  04JUN29  JPN 1201\n"
            "003 KUROKI/RIKU               M   09JAN09  RE6980501  18FEB30  JPN 1202  ASTHMA-INHALER\n")
    assert found(text, "DATE_OF_BIRTH") == ["03MAY08", "21AUG08", "09JAN09"]
    assert "SEX DOB" not in found(text, "PERSON")


@pytest.mark.parametrize("text, names", [
    ("9. 今後の対応　大江乗務員は3/10〜3/23休業（労災申請中）。", ["大江"]),
    ("昨日の件、宇佐美運転士から事情を聞きました。", ["宇佐美"]),
    ("転記者：内田　照合：堀", ["内田", "堀"]),
    ("署名は本人の意思確認のうえスタッフ代筆（立会い 阪本）", ["阪本"]),
    ("運行管理者確認 金城㊞", ["金城"]),
])
def test_crews_checkers_and_seals(text, names):
    assert found(text, "PERSON") == names


def test_seal_after_a_department_is_no_name():
    assert found("第一営業部㊞　総務課㊞ 経理㊞", "PERSON") == []


def test_address_and_name_in_one_column():
    text = ("番号 | 質取年月日 | 貸付金額 | 質置主 住所・氏名 | 生年月日\n"
            "5819 | R6.9.17 | 60,000 | 東京都台東区東上野3-8-2-405 堀江 信之 | S45.1.28\n"
            "5823 | R6.9.21 | 120,000 | 東京都台東区根岸1-4-10 根岸コーポ2B 吉田 恒夫 | S31.8.15\n")
    assert found(text, "ADDRESS") == ["東京都台東区東上野3-8-2-405", "東京都台東区根岸1-4-10 根岸コーポ2B"]
    assert found(text, "PERSON") == ["堀江 信之", "吉田 恒夫"]


def test_serial_number_is_no_passport():
    assert found("旅券 TS4395566 確認済\nカメラ Nikon Z6II ボディ SN 6021774\n", "JP_PASSPORT") == ["TS4395566"]


@pytest.mark.parametrize("text, names", [
    ("host_family:\n  names: [Mark Bellamy, Jennifer Bellamy]\n", ["Mark Bellamy", "Jennifer Bellamy"]),
    ("Host parents: Sione Taufa (52, bus driver)\n", ["Sione Taufa"]),
    ("Next of kin 2: Hayashi Aminah (mother)\n", ["Hayashi Aminah"]),
    ("Student surname: TAKAHASHI   Given name(s): MIO\n", ["TAKAHASHI", "MIO"]),
    ("Family name: MORIKAWA\u3000Given name: RYOTA\n", ["MORIKAWA", "RYOTA"]),
])
def test_english_form_labels(text, names):
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text", ["names: [Tokyo Office, Osaka Office]\n", "Requested by: Sakura Ryugaku Support\n"])
def test_english_labels_over_no_names(text):
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text, date", [
    ("┃ 生年月日　　　　　明・大・(昭)・平　３８年　４月　２日\n", "３８年　４月　２日"),
    ("あなたの生年月日　明・大・㊣・平・令　57年 4月 2日　　世帯主の氏名 新美 啓介\n", "57年 4月 2日"),
    ("① 氏名　長谷川　結菜　　生年月日　(平)・令　２９年１２月　１日\n", "２９年１２月　１日"),
    ("【夫】敏夫\n父　浅井源一　母　ふじ　長男\n出生　昭和八年七月拾五日\n", "昭和八年七月拾五日"),
    ("【妻】澄子\n出生　昭和拾壱年弐月弐拾九日\n", "昭和拾壱年弐月弐拾九日"),
    ("(2) 生まれたとき　令和６年５月３日　午前１０時１５分\n", "令和６年５月３日"),
    ("0 @I1@ INDI\n1 NAME 悟 /佐久間/\n1 SEX M\n1 BIRT\n2 DATE 30 SEP 1966\n1 RESI\n", "30 SEP 1966"),
    ("支給要件児童\n　1 中野 蓮　　2019年（令和元年）5月1日　長男　同居\n", "2019年（令和元年）5月1日"),
])
def test_birth_dates_of_registers_and_forms(text, date):
    assert found(text, "DATE_OF_BIRTH") == [date]


def test_register_event_dates_are_no_birth_dates():
    text = "【夫】敏夫\n出生　昭和八年七月拾五日\n婚姻　昭和参拾六年五月拾日\n届出日　昭和参拾六年五月拾日\n"
    assert found(text, "DATE_OF_BIRTH") == ["昭和八年七月拾五日"]


@pytest.mark.parametrize("text, address", [
    ("Billing address: Ward No. 11, Butwal Sub-Metropolitan City, Rupandehi, Lumbini Province, Nepal\n",
     "Ward No. 11, Butwal Sub-Metropolitan City, Rupandehi, Lumbini Province, Nepal"),
    ("  住所：Jl. Cempaka No. 17, RT 03/RW 05, Kel. Sukaluyu, Kota Bandung, Jawa Barat\n",
     "Jl. Cempaka No. 17, RT 03/RW 05, Kel. Sukaluyu, Kota Bandung, Jawa Barat"),
    ('    "address": "Ward No. 4, Bharatpur Metropolitan City, Chitwan, Bagmati Province, Nepal",\n',
     "Ward No. 4, Bharatpur Metropolitan City, Chitwan, Bagmati Province, Nepal"),
])
def test_addresses_abroad_after_an_address_label(text, address):
    assert found(text, "ADDRESS") == [address]


def test_address_label_over_no_address_abroad():
    assert found("IP address: 10.0.0.1, 10.0.0.2, 10.0.0.3 (district servers)\n", "ADDRESS") == []
    assert found("E-mail address: a@example.com, b@example.com, c@example.com (city office)\n", "ADDRESS") == []


def test_unknown_katakana_word_before_san_is_a_name():
    text = "ガンボルドさん、申請書を確認。デウィさんは提出済み。ケアマネさんとヘルパーさん、スクールカウンセラーさんにも連絡。"
    assert found(text, "PERSON") == ["ガンボルド", "デウィ"]


def test_katakana_company_before_sama_is_no_name():
    assert found("来客（ノースゲート様）　会議室B\n", "PERSON") == []


def test_family_register_and_genealogy_names():
    text = "戸主　庄吉\n　出生　明治拾参年五月拾八日\n　父　亡阿部儀右衛門　母　ヨシ　長男\n"
    assert found(text, "PERSON") == ["庄吉", "阿部儀右衛門", "ヨシ"]
    ged = "0 @I1@ INDI\n1 NAME 勇 /佐久間/\n2 GIVN 勇\n2 SURN 佐久間\n1 SEX M\n"
    assert found(ged, "PERSON") == ["勇 /佐久間/", "勇", "佐久間"]
    assert found("Mother: MATSUOKA Jennifer Anne (née WALSH)\n", "PERSON")[-1] == "WALSH"


def test_hangul_name_column():
    text = ("No. | 氏名(英) | 한글 | カナ | 生年月日\n1 | KIM MINJUN | 김민준 | キム ミンジュン | 2002.03.14\n"
            "2 | PARK SEOYEON | 박서연 | パク ソヨン | 2003.08.29\n")
    assert "김민준" in found(text, "PERSON") and "박서연" in found(text, "PERSON")


def test_textbook_dialogue_names_are_characters():
    text = ("第12課　会話「アルバイトの 面接」\n店長：いらっしゃいませ。\nリン：はい。リンです。よろしく お願いします。\n"
            "店長：リンさんは どちらの 国の 方ですか。\n店長：山田さんが 仕事を 教えます。\n")
    assert found(text, "PERSON") == []


def test_department_numbered_like_a_lesson_is_no_story():
    text = "みなと損保 損害サービス第二課の石川です。\n吉川様ご本人が事故後に心療内科を受診されました。\n"
    assert "吉川" in found(text, "PERSON")


def test_my_number_column_under_a_generic_header():
    text = ("当社規程では個人番号の記載を禁止している。\n店舗 | 台帳No. | 顧客名 | 記載内容 | 措置\n"
            "川口店 | K-0611 | 阿部 力 | 2753 5399 2057 | 黒塗り済\n川口店 | K-0688 | 内田 真由美 | 262100535380 | 黒塗り済\n")
    assert found(text, "JP_MY_NUMBER") == ["2753 5399 2057", "262100535380"]


@pytest.mark.parametrize("text, value", [("旅券番号：C 2904715\n", "C 2904715"),
                                          ("①前田 結衣さん 旅券 TZ-8509042、有効期限 2026/01/22\n", "TZ-8509042")])
def test_passport_written_with_a_space_or_hyphen(text, value):
    assert found(text, "JP_PASSPORT") == [value]


def test_airline_names_in_a_name_column_without_their_title():
    text = ("SEQ  NAME                 SEX  DOB      PASSPORT\n001  KOJIMA/HARUTO MSTR   M    30JUN17  TK1234567\n"
            "002  ESPINOSA/MARIA ISABEL F   06JUN08  P7720418B\n003  AOKI/HARUTO          M    03MAY08  TZ8959551\n")
    names = found(text, "PERSON")
    assert "KOJIMA/HARUTO" in names and "AOKI/HARUTO" in names


def test_checker_column_of_surnames_that_are_also_words():
    text = ("日付,時刻,区分,運転者,測定値(mg/L),確認者\n2024-06-03,06:42,運転前,原田 聡,0.00,山岸\n"
            "2024-06-03,06:55,運転前,Phan Thi Lan,0.00,山岸\n2024-06-03,17:20,運転後,原田 聡,0.00,岸本\n")
    assert found(text, "PERSON").count("山岸") == 2


def test_padded_cell_of_an_author_column_is_no_name():
    text = ("No.  | 書名                                 | 著者            | 出版社\n"
            "-----+--------------------------------------+-----------------+--------\n"
            "0873 | 成瀬は天下を取りにいく               | 宮島未奈        | 新潮社\n"
            "0874 | 世界は経営でできている               | 岩尾俊兵        | 講談社\n")
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text", ["【夕】鮭の塩焼き 肉じゃが 胡麻和え\n", "震度4　輪島市、珠洲市\n震度3　能登町、穴水町、志賀町\n"])
def test_dishes_and_quake_lists(text):
    assert found(text, "PERSON") == [] and found(text, "ADDRESS") == []


def test_split_address_columns_of_a_shop_export():
    text = ('"注文番号","注文者名字","注文者名前","注文者郵便番号","注文者住所都道府県","注文者住所郡市区","注文者住所それ以降の住所"\n'
            '"1","小野寺","美咲","980-0811","宮城県","仙台市青葉区","一番町3-7-12 ライオンズ一番町1104"\n'
            '"2","井上","直樹","330-0063","埼玉県","さいたま市浦和区","高砂2-14-9"\n')
    addresses = found(text, "ADDRESS")
    assert "宮城県" in addresses and "仙台市青葉区" in addresses and "高砂2-14-9" in addresses


def test_double_ruled_box_table():
    text = ("資格確認書 交付・回収台帳（国保年金課 資格係）\n╔════════╦══════════════╦═══════════╦════════╦═══════════╗\n"
            "║ 処理日         ║ 氏名                       ║ 生年月日             ║ 記号           ║ 番号                 ║\n"
            "╠════════╬══════════════╬═══════════╬════════╬═══════════╣\n"
            "║ 2024-12-03     ║ 今泉 陽介                  ║ 1979-04-02           ║ 倉02-14         ║ 118204               ║\n"
            "║ 2024-12-05     ║ 福留 あかね                ║ 1996-12-31           ║ 倉05-03         ║ 230917               ║\n"
            "╚════════╩══════════════╩═══════════╩════════╩═══════════╝\n")
    assert found(text, "DATE_OF_BIRTH") == ["1979-04-02", "1996-12-31"]
    assert found(text, "JP_HEALTH_INSURANCE") == ["倉02-14", "118204", "倉05-03", "230917"]


@pytest.mark.parametrize("text, values", [
    ("保険：国保　保険者番号 138016　記号・番号：練あ・2093714\n", ["練あ・2093714"]),
    ("確認書類② 健康保険証　記号 広島 番号 204471（保険者番号 34010015）\n", ["広島", "204471"]),
])
def test_health_insurance_symbols_in_kanji_and_kana(text, values):
    assert found(text, "JP_HEALTH_INSURANCE") == values


def test_role_surname_and_given_name_columns():
    text = ('"注文番号","注文者名字","注文者名前","注文者名字フリガナ","注文者名前フリガナ","送付先名字","送付先名前"\n'
            '"1","小野寺","美咲","オノデラ","ミサキ","小野寺","美咲"\n"2","井上","直樹","イノウエ","ナオキ","井上","敏子"\n')
    names = found(text, "PERSON")
    assert {"小野寺", "美咲", "オノデラ", "ミサキ", "敏子"} <= set(names)
    assert found(text, "ADDRESS") == []


@pytest.mark.parametrize("text, date", [
    ("氏　名　白鳥 恵理子\n生年月日　明治・大正・昭和・[平成]　3年 4月 26日\n", "3年 4月 26日"),
    ("　生年月日　　S49・11・3\n", "S49・11・3"),
    ("氏 名 濱 口　義 則　　生年月日 明 大 昭 平 令 4 5年 1 0月 3日 男\n", "4 5年 1 0月 3日"),
])
def test_more_era_forms(text, date):
    assert found(text, "DATE_OF_BIRTH") == [date]


@pytest.mark.parametrize("text", ["20:05 WB担当 白石 了解です！26日で調整します。\n", "19:50 早瀬 明日ですか？\n"])
def test_chat_speaker_then_an_ordinary_word_is_no_full_name(text):
    assert all(" " not in n for n in found(text, "PERSON"))


def test_employment_insurance_number_is_no_health_insurance():
    text = "雇用保険受給資格者証\n被保険者番号：1106-203874-5\n離職年月日：令和6年7月31日\n"
    assert found(text, "JP_HEALTH_INSURANCE") == []


def test_firmware_column_holds_no_ip_addresses():
    text = "機器ID  設置  ファーム  IP\nPC-01  教卓  91.12.0.1  ―\nPC-02  教卓  91.12.0.1  ―\n"
    assert found(text, "IP_ADDRESS") == []


@pytest.mark.parametrize("text", ['{"name":"John Doe","email":"john.doe@example.com"}\n',
                                  '{"name_kana":"テスト","email":"dummy-0001@example.invalid","phone":"000-0000-0001"}\n',
                                  "Contact: ops@build.test or admin@localhost.localhost\n"])
def test_stand_in_and_reserved_mailboxes_are_no_addresses(text):
    assert found(text, "EMAIL_ADDRESS") == []


def test_real_mailbox_at_an_example_domain_stays():
    assert found("メール：y.sato@example.jp\n", "EMAIL_ADDRESS") == ["y.sato@example.jp"]


def test_a_unit_before_one_kanji_is_no_surname():
    assert found("フローリング部分補修\t箇所\t8,500\t3cm角まで\n", "PERSON") == []


def test_quad_listed_after_a_version_under_a_software_label():
    text = "ソフトウェア：コンソール 5.12.9.0／モーターコントローラ 10.4.2.77\n"
    assert found(text, "IP_ADDRESS") == []
    assert found("サーバ一覧：web 10.0.3.15、db 10.0.3.16\n", "IP_ADDRESS") == ["10.0.3.15", "10.0.3.16"]
