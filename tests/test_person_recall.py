"""PERSON, Japanese script: bare surnames in the places office documents put them (role labels, departments,
signatures, minutes speakers, mentions, prose cues), 姓/名 split fields, katakana names joined by ・ — and the
ordinary text around those places that must stay clean. All names are invented."""

from __future__ import annotations

import pytest

from classifiers.person import PersonDetector


@pytest.fixture(scope="module")
def det() -> PersonDetector:
    return PersonDetector(use_english_model=False)


def names(det: PersonDetector, text: str) -> list[str]:
    return [text[e.start:e.end] for e in det.detect(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # role labels with a bare surname, lists of them, a title after the name
        ("【外来】 内科　担当医：石原\n患者：岡本 和子", ["石原", "岡本 和子"]),
        ("※変更があれば担任 佐久間 までご連絡ください。", ["佐久間"]),
        ("評価者：長尾 部長\n総合評価：A", ["長尾"]),
        ("面接官：北村、杉山\n経歴：営業8年", ["北村", "杉山"]),
        ("伝言メモ 受付:小野寺\n用件：見積依頼", ["小野寺"]),
        ("記録：菅野\n\n1. 進捗報告", ["菅野"]),
        ("幹事：西村\n会費：5000円", ["西村"]),
        ("同乗者：早川、松下", ["早川", "松下"]),
        ("招へい人：荒木（日本国籍）", ["荒木"]),
        ("担当コーディネーター：吉川（yoshikawa@example.jp）", ["吉川"]),
        ("上長コメント：大川　了解。優先で対応のこと。", ["大川"]),
        ("お相手は由美さん（旧姓 森田）です。", ["由美", "森田"]),
        ("契約者：黒川 修　証券番号 AB1234567", ["黒川 修"]),
        ("上長確認：安藤", ["安藤"]),
        ("宅地建物取引士：大竹（登録番号 東京第123456号）", ["大竹"]),
        ("主治医：循環器内科 大野\n薬剤師：田島", ["大野", "田島"]),
        ("みなと司法書士事務所　司法書士 新田\n", ["新田"]),
        ("担当：トラベルデスク 吉永", ["吉永"]),
        ("副会長：原田\n会計：今村 恵", ["原田", "今村 恵"]),
        # a department, team or title before the surname; the department is not part of the span
        ("以上　経理部長 大島", ["大島"]),
        ("連絡窓口：人事部 野口（noguchi@example.co.jp）", ["野口"]),
        ("担当：総務 中野\n※当日は受付で", ["中野"]),
        ("お祝い金の取りまとめは総務 桑原まで。", ["桑原"]),
        ("投稿は広報室 宇佐美（内線4127）まで。", ["宇佐美"]),
        ("ご確認をお願いします。\n給与計算チーム　竹下", ["竹下"]),
        ("Cc: 情報システム部 横山、中西", ["横山", "中西"]),
        ("同席：SE 大友", ["大友"]),
        # parentheses after a role or unit, an enumerated 連絡網 line, a contact note after the name
        ("11/20 一次受付（今村）折返し希望", ["今村"]),
        ("結果を健康管理室（保坂）へ提出してください。", ["保坂"]),
        ("⑤古賀（派遣）→ 派遣元", ["古賀"]),
        ("不明点は担当 星（携帯 090-1234-5678）まで", ["星"]),
        # signatures
        ("ご返送ください。\n\n関東精工株式会社　宇治原\n03-2222-3333", ["宇治原"]),
        ("了解です。\n村井 / 経理部 / 内線 4410", ["村井"]),
        ("配慮すべき点があれば教えてください。\n> 植田\n", ["植田"]),
        # prose cues
        ("当日は弊社小田も同行いたします。", ["小田"]),
        ("配送担当の秋元に確認します。", ["秋元"]),
        ("緊急連絡先は守屋の携帯（090-1111-2222）です。", ["守屋"]),
        ("受信時点で 藤井 または 石黒 に連絡してください。", ["藤井", "石黒"]),
        ("書類は高知市本町1-2-3 ハイツ201、杉田宛てでお願いします。", ["杉田"]),
        ("ご担当の川端様から追加発注の打診あり。", ["川端"]),
        ("件名：提出のお願い\n牧野さん\n\n先日の件です。", ["牧野"]),
        ("@松浦 明日の会議資料を置きました", ["松浦"]),
        ("Could you share 土屋-san's direct line?", ["土屋"]),
    ],
)
def test_bare_surnames_in_office_places(det, text, expected):
    assert names(det, text) == expected


def test_minutes_speakers_and_bullet_assignments(det):
    text = "議事録\n・長谷部：前年比120%で推移。\n・小西：新規3件。\n・ファン：問い合わせが増加。\n・島田：共有禁止。\n以上"
    assert names(det, text) == ["長谷部", "小西", "ファン", "島田"]
    text = "分担案です。\n・仙台：高橋、佐々木\n・盛岡・秋田：中川\n・郡山：前田さん"
    assert names(det, text) == ["高橋", "佐々木", "中川", "前田"]


def test_split_sei_mei_fields_without_the_next_label(det):
    text = "お名前（姓）：遠藤　（名）：結衣\nフリガナ（セイ）：エンドウ　（メイ）：ユイ\nメール：x@example.jp"
    assert names(det, text) == ["遠藤", "結衣", "エンドウ", "ユイ"]
    assert names(det, "セイ：カワノ　メイ：ケンイチ") == ["カワノ", "ケンイチ"]


def test_katakana_given_names_that_are_field_words_stay_names(det):
    # カナ (加奈) is a given name in a cell; a chat speaker's katakana name is followed by a colon
    assert names(det, "C977282,山田加奈,ﾔﾏﾀﾞ ｶﾅ,昭和53年") == ["山田加奈", "ﾔﾏﾀﾞ ｶﾅ"]
    assert names(det, "了解です\n[15:07] キム ミンジュ: 会議は1/2です") == ["キム ミンジュ"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("（ベンダー側）宇野 浩、ケビン・マーフィー（PMO）", ["宇野 浩", "ケビン・マーフィー"]),
        ("情シスのカルロス・サントスです。", ["カルロス・サントス"]),
        ("③Ngo Van Minh（ゴ・ヴァン・ミン）　070-1234-5678", ["Ngo Van Minh", "ゴ・ヴァン・ミン"]),
        ("N27-003,Nguyen Van Minh,ｸﾞｴﾝ ｳﾞｧﾝ ﾐﾝ,立命館大学", ["Nguyen Van Minh", "ｸﾞｴﾝ ｳﾞｧﾝ ﾐﾝ"]),
        ("顧客問い合わせ：ミラー様（Acme US）のSSO", ["ミラー"]),
        ("※ウォン様はベジタリアン対応", ["ウォン"]),
        ("会計　キャサリン 林　catherine@example.jp", ["キャサリン 林"]),
    ],
)
def test_katakana_foreign_names(det, text, expected):
    assert names(det, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # role labels followed by something else than a person
        "受付：9:00～17:00\n記録：別紙参照\n進行：順調\n窓口：本社1階\n幹事：総務部\n担当医：未定",
        "確認：済\n承認：未\n受付 中",
        "議長：理事長\n第1号議案 → 原案どおり承認",
        "セイ：　メイ：\n※必須項目です",
        # departments followed by figures, places and words
        "東日本営業部 売上 84,210千円\n海外営業部 22,480千円",
        "第2営業部 千葉エリアの新規開拓\n開発部 品川オフィスへ移転\n物流センター 千葉 第2倉庫",
        "営業部（東京）\n総務課（内線1234）\n受付（1F）\n③千葉（支店）",
        "株式会社 山田\n代表取締役",
        # bullets of places, specs and topics
        "・結論：継続審議とする\n・日時：12月1日\n・場所：第1会議室",
        "・秋田：新店舗オープン\n・盛岡：売上前年比110%",
        "・上野：改装工事中\n・中野：通常営業\n・品川：移転準備\n・大塚：閉店予定",
        "・候補地：上野、中野\n・担当エリア：新宿、渋谷",
        # prose cues without a person
        "弊社工場は24時間稼働しております。当社比で20%の改善となりました。",
        "担当の者から折り返しご連絡いたします。部長の判断で中止となった。",
        "会社の携帯から連絡します。本人の携帯番号は共有しないでください。",
        "お支払いは現金 または カードで。上野 または 新宿の店舗でお受け取りください。",
        "※弔電は式場宛てにお願いします。請求書は経理部宛てでお願いします。",
        "@channel 明日の定例は中止です",
        "ご確認をお願いします。\n以上\n",
        # katakana business phrases, companies and roles with 様/さん
        "サービス・センター、ロサンゼルス・ドジャース、ニューヨーク・ヤンキース、ディズニー・リゾート",
        "ワーク・ライフ・バランス、ボールペン・ノート、データ・サイエンス講座",
        "ソニー様、ローソン様とのお取引。ゲスト様、オーナー様、スタッフさん",
        "㈱マルカワ様は前年比120%で推移",
        "八百屋さん、大家さん、お客様",
        "3425M\t東京\t06:40\t熱海\t08:21\t15",
        "・シーザー・サラダ\n・エッグ・ベネディクト\n・カサ・ミラ\n・ポール・スミス 財布\n木 ピラティス・ベーシック",
        "薬剤師：確認済\n看護師：2名\n講師：外部講師\n会計：3,000円\n監事：2名",
        "栄養士 監修のレシピ\n診療科：内科 小児科 皮膚科\n外科 中央棟",
        "品番,品名\nA-1,カスタマーサポート パック\nA-2,シーザー サラダ セット",
        "宛先：有限会社 大野塗装 御中",
    ],
)
def test_hard_negatives(det, text):
    assert names(det, text) == []


# -- document-level rules: propagation, chat speakers, letter-spaced names, new role labels ----------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("E10502,三ツ木 玲奈,ミツギ レナ\n異動者 三ツ木 玲奈は来月から、三ツ木 玲奈さん",
         ["三ツ木 玲奈", "ミツギ レナ", "三ツ木 玲奈", "三ツ木 玲奈"]),
        ("front-desk 引継ぎ\n石井: 1205のお客様、明朝\n前川: 了解です\n石井: 忘れ物台帳", ["石井", "前川", "石井"]),
        ("19:02 はるか: 山崎さん、先日の内見\n19:05 山崎 ｜ ミナト不動産: ありがとうございます\n19:11 はるか: 兄でもいいですか",
         ["はるか", "山崎", "山崎", "はるか"]),
        ("[06:40] 総務 今泉: 了解です\n[06:42] 宮本: 電車止まってます", ["今泉", "宮本"]),
        ("[2026-11-18 09:05] 佐々木\nVPNに接続できません\n[2026-11-18 09:48] 佐々木\nつながりました", ["佐々木", "佐々木"]),
        ("11/18 21:14 スタッフ大谷：ご連絡ありがとうございます\n11/18 21:16 前田：はい", ["大谷", "前田"]),
        ("氏名　司法書士　日 野 　 隆 之\n", ["日 野 \u3000 隆 之"]),
        ("氏　名　　森 下 　 雄 一 郎\n生年月日", ["森 下 \u3000 雄 一 郎"]),
        ("ふりがな　　すがわら　　ともや\n", ["すがわら\u3000\u3000ともや"]),
        ("担当獣医師：大塚\n同居動物：ココア（猫）、レオ（猫）", ["大塚"]),
        ("監督：近藤　マネージャー：大石 めぐみ", ["近藤", "大石 めぐみ"]),
    ],
)
def test_document_rules(det, text, expected):
    assert names(det, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # one "Word: text" line is a field, not a chat; fields with numbers after the colon
        "期間: 3日\n会計: 3,000円\n場所: 本社",
        "[09:00] 開始\n[09:30] 休憩\n[10:00] 再開: 第2部",
        "10:00 受付: 1階ロビー\n10:30 開会: 大ホール",
        # a found surname is not propagated into places and companies
        "石井様よりご連絡。\n石井町の石井工業へ、石井駅から徒歩5分",
        # wide gaps between ordinary words (tables, aligned forms)
        "品目   数量\n会議室   3\n部署  総務",
        "監督：文部科学省\n獣医師：2名",
    ],
)
def test_document_rules_negatives(det, text):
    got = names(det, text)
    assert got in ([], ["石井"]), got


def test_titles_before_a_bare_surname_and_katakana_given_names():
    from classifiers import get_engine

    def names(text):
        return [text[e.start:e.end] for e in get_engine(None).analyze(text) if e.type == "PERSON"]

    assert names("受信者：指令員 塩谷\n") == ["塩谷"]
    assert names("部会長 阿部、会計 千葉 美佐子、JA営農指導員 高野\n") == ["阿部", "千葉 美佐子", "高野"]
    assert names("本日は作業員 大城（協力会社）が負傷") == ["大城"]
    assert names("鈴木 ケン\n") == ["鈴木 ケン"]
    for text in ["会計 2,000円", "職員 全員に周知します", "田中 コーヒー 500円", "山田 テスト環境", "会議室 ラウンジ"]:
        assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # role words and abbreviations around a bare surname (welfare, clinical and police records)
        ("担当CW　青木　　査察指導員　片山\n", ["青木", "片山"]),
        ("R6.11.19　片山SVと協議。", ["片山"]),
        ("主治医：森田Dr.　　受持ち：小野寺", ["森田"]),
        ("パニック値連絡: 11:05 病棟 森Nsへ電話連絡済", ["森"]),
        ("依頼科: 腎臓内科   依頼医: 中條\n", ["中條"]),
        ("受理 12/3 川口／所属長確認 石黒課長", ["川口", "石黒"]),
        ("警察：海老名署交通課 小松巡査長 受理済", ["小松"]),
        ("受理警察官　相模大野駅前交番　巡査 小田切\n", ["小田切"]),
        ("記録者 相談支援専門員 野口\nケースNo. K-2023-018", ["野口"]),
        ("（担当事務 野口）", ["野口"]),
        ("14:00〜15:10　担当弁護士：椎名　相談料：初回無料", ["椎名"]),
        ("Assignee: 土屋　→ 顧客対応チケット", ["土屋"]),
        # koseki fields, a kin word joined to the surname, kana+子 given names after a label
        ("戸籍に記録されている者　【名】正治\n　　【生年月日】昭和43年8月22日", ["正治"]),
        ("相 手 方　　：夫 橘　圭介（S61.2.14生）", ["橘　圭介"]),
        ("利用者氏名：田端 ヨシ子 様（タバタ ヨシコ）", ["田端 ヨシ子", "タバタ ヨシコ"]),
        ("氏名 奥村 トミ　続柄 母", ["奥村 トミ"]),
        # chat and log lines: a note after the speaker, a bracketed writer after a time stamp, a dated staff column
        ("14:05 関口（2号車）：入れました！\n14:07 関口（2号車）：合ってます。", ["関口", "関口"]),
        ("2024-04-18 10:02 [久保] 未適用の端末を確認\n", ["久保"]),
        ("日付　　面談者　　　内容\n10/15　　須藤・小池　　月例面談。", ["須藤", "小池"]),
        # XML elements named for a name
        ("<氏名カナ>ファム ティ トゥ</氏名カナ>\n<氏名>PHAM THI THU</氏名>", ["ファム ティ トゥ", "PHAM THI THU"]),
    ],
)
def test_roles_titles_logs_and_fields(det, text, expected):
    assert names(det, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2019年より2型糖尿病で当科通院中の方です。",  # 方 is "the person"
        "医療機関名　堺ひかり総合病院",  # a facility's name
        "運賃 1,390円　発店 福井羽水センター",  # a unit after a number; a depot
        "  西の風 やや強く 海上では 西の風 強く",  # an adjective's stem
        "2 指定管理者      大和・鈴木建設グループ（代表団体 鈴木建設株式会社）",  # a consortium of companies
        "所轄税務署長：川越　　給与の支払者の名称：有限会社",  # the tax office, by its town
        "10/15　　月例　　面談\n11/05　　東京　　出張",  # a dated log without a staff column
        "<会社名>山田工業</会社名>",
    ],
)
def test_roles_titles_logs_negatives(det, text):
    assert names(det, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relation label, then the name and a telephone number; a child named by a given name alone
        ("【緊急連絡先】 妻 グエン ティ ラン　070-4412-8831", ["グエン ティ ラン"]),
        ("子　　：長女 ひなた（令和元年10月3日生、保育園）", ["ひなた"]),
        # a surname and a hiragana given name the dictionary lacks, at a field's end
        ("　②近藤　つむぎ　R3.12.2　　続柄 長女", ["近藤　つむぎ"]),
        # a kanji name confirmed by its reading in brackets or in the next table cell
        ("拾 得 者　竹内　蒼（ﾀｹｳﾁ ｱｵｲ）　電話", ["竹内　蒼", "ﾀｹｳﾁ ｱｵｲ"]),
        ("<tr><td>402</td><td>大森 陸斗</td><td>オオモリ リクト</td><td>居住</td></tr>", ["大森 陸斗", "オオモリ リクト"]),
        ("<tr><td>501</td><td>川島 キヨ</td><td>カワシマ キヨ</td><td>居住</td></tr>", ["川島 キヨ", "カワシマ キヨ"]),
        # a note in a CSV cell signed at its end; a signature block in quoted mail
        ('"11/05","本日の訪問は10時半頃です。あおぞら訪問看護 片山","配信済"', ["片山"]),
        ('"11/06","退院は下旬の予定と聞いています。三浦","既読"', ["三浦"]),
        ("> 田嶋さん\n>\n> 坂下\n> 090-7384-1206", ["田嶋", "坂下"]),
        # the given part of a foreign name found in the document, with a honorific or in a self-introduction
        ("グエン ヴァン ハイ 様\n（ハイ様）\nこんばんは、ハイです。", ["グエン ヴァン ハイ", "ハイ", "ハイ"]),
    ],
)
def test_relations_readings_cells_and_name_parts(det, text, expected):
    assert names(det, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "件名：【ご予約確認】ハワイ・ホノルル 6日間（予約番号 HNL-88213-K）",  # a duration, not a phone number
        "長女 なし",
        "佐藤 おねがい\n鈴木 こんにちは",  # a verbal noun, a greeting after a surname
        "会議室（カイギシツ）",
        "よろしく。\n\n東京\n03-1234-5678",  # a place above a phone line
        '"a","申込内容 確認済","b"',
        "ハイ、わかりました。グエン ヴァン ハイ",  # "yes" with no honorific after it
    ],
)
def test_relations_readings_cells_and_name_parts_negatives(det, text):
    assert names(det, text) == [] or names(det, text) == ["グエン ヴァン ハイ"]


# -- chat exports, staff marks, fixed-width rosters (session 4) ----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a chat exported with tabs (LINE for PC): time, speaker, message
        ("19:02\tTuan\tこんばんは\n19:05\tホアン\tわかりました\n19:07\t山田 健\tはい", ["Tuan", "ホアン", "山田 健"]),
        # a speaker named by a given name, a full name with a space, a role word before the surname
        ("[2024/09/14 21:03] 母: おくるね\n[2024/09/14 21:06] 健太: ありがと\n[2024/09/14 21:07] 健太: そう",
         ["健太", "健太"]),
        ("[10:05] 阿部 ひなた: はい\n[10:09] 阿部 ひなた: お願いします", ["阿部 ひなた", "阿部 ひなた"]),
        ("[18:41] 大家 田島: こんばんは\n[18:42] 大家 田島: よろしく", ["田島", "田島"]),
        ("[13:39] 前田 零: メアドです\n[13:45] 前田 零: 確定しました", ["前田 零", "前田 零"]),
        ("[13:03] アナ・サントス: 了解\n[13:21] アナ・サントス: はい", ["アナ・サントス", "アナ・サントス"]),
        ("ブラウン 17:43\n確定しました\n佐藤 17:45\nブラウンさん、どうなりました？", ["ブラウン", "佐藤"]),
        # the partner of a saved talk; a child's name in the speaker's note (結衣母 = 結衣's mother)
        ("[LINE] 東海ワーク 生活支援（ホアン）とのトーク履歴\n保存日時：2024/10/06", ["ホアン"]),
        ("[LINE] 山田 太郎とのトーク履歴", ["山田 太郎"]),
        ("11/25 07:48 中川 智美（結衣母）: おはようございます", ["中川 智美", "結衣"]),
        # staff marks: a seal's box, the writer of a note, who received a call, who keyed a form
        ("施設長確認印：［松井］\n受付者印［森下］", ["松井", "森下"]),
        ("10:15 入浴。　　（記：大塚）\n16:40 参加。　　（記：ｸﾞｴﾝ ﾃｨ ﾊｲ）", ["大塚", "ｸﾞｴﾝ ﾃｨ ﾊｲ"]),
        ("【家族連絡メモ】 10/5 15:20 受電　受：大塚", ["大塚"]),
        ("転記者 岸本\n受付担当 坂本　入力 長島", ["岸本", "坂本", "長島"]),
        ("上記に訂正済（荻原）。\n本人へ確認依頼（12/3 湯浅）", ["荻原", "湯浅"]),
        ("相談記録（執行委員 小宮山 記）", ["小宮山"]),
        ("入塾申込書（受付者 ｲﾄｳ）", ["ｲﾄｳ"]),
        # a title or role abbreviation after the surname, a role word before it
        (" 9:30 嘱託医 石黒 Dr 回診。", ["石黒"]),
        ("風除室にて浅野隊員が声掛け。上長（小松センター長）へ伝達。", ["浅野", "小松"]),
        ("乗務員の渡部に確認。作業員の大城が転倒。", ["渡部", "大城"]),
        ("ホテル潮見 フロント　金子\nTEL 0557-81-4420", ["金子"]),
        ("<td>総務部 大谷</td><td>11:40</td>", ["大谷"]),
        # a numbered label, a romanised name after a qualifier, a surname and given name in katakana in a listing
        ("運転者3　Lukas Brandt　国際運転免許証", ["Lukas Brandt"]),
        ("氏名（英字）WANG HAORAN　　（漢字）王 浩然", ["WANG HAORAN", "王 浩然"]),
        ("ローマ字（カード表記）RIKA OWADA", ["RIKA OWADA"]),
        ("201  中村 キヨ     ﾅｶﾑﾗ ｷﾖ          T15.08.21", ["中村 キヨ", "ﾅｶﾑﾗ ｷﾖ"]),
        ("0031-0117  菅谷 ヨシ子      千葉県山武郡芝山町", ["菅谷 ヨシ子"]),
        # a kanji name and its romanisation or reading in brackets (after a honorific too)
        ("■同行者\n藤宮 颯（FUJIMIYA HAYATE）　旅券番号", ["藤宮 颯", "FUJIMIYA HAYATE"]),
        ("お客様：渡部 ユリ 様（ﾜﾀﾅﾍﾞ ﾕﾘ）初回", ["渡部 ユリ", "ﾜﾀﾅﾍﾞ ﾕﾘ"]),
        # a bank-kana holder name of a name found in the row
        ("E1,久住 亮介,クスミ リョウスケ,0005,3810472,ｸｽﾐ ﾘﾖｳｽｹ,", ["久住 亮介", "クスミ リョウスケ", "ｸｽﾐ ﾘﾖｳｽｹ"]),
        # XML name elements in English, and the parts of a <name> element
        ("<w>\n  <nameRoman>DEWI LESTARI</nameRoman>\n  <nameKana>デウィ　レスタリ</nameKana>\n</w>",
         ["DEWI LESTARI", "デウィ\u3000レスタリ"]),
        ("<name><kanji>Weber Jonas</kanji><kana>ウェーバー ヨナス</kana></name>", ["Weber Jonas", "ウェーバー ヨナス"]),
    ],
)
def test_chat_staff_marks_and_rosters(det, text, expected):
    assert names(det, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "はい合ってます。管理費込みで68,000円です",  # a unit after a number
        "P-004 | 上海代表処 | | 上海市浦东新区",  # an office, not 上海 the surname with a title
        "口座名義：ｱﾙﾃｷｶｸ(ｶ\n\n※旧口座",  # a company's account name in bank kana (カ = 株式会社)
        "振込先 名義 サクラカンリ（カ）",
        "車名：ホンダ フリード e:HEV",  # a maker and a model
        "車両 Vehicle: トヨタ ヤリスクロス  登録番号",
        "（上記）（下記）（特記）日記",  # 記 after an ordinary word
        "下記：本人確認書類\n特記：なし",
        "09:00\t会議\t資料\n10:00\tミーティング\t打合せ",  # a timetable, not a chat
        "ミーティング 18:00\n資料共有 19:00",
        "経理部 サービス。総務部 システムの",  # katakana words after a department
        "<product><name>Blue Widget</name><productName>Super Cleaner</productName></product>",
        "参加者2名 合計3人 作業員5 名",
        "ミラー様（Acme US）のSSOエラー",  # a company in brackets after a honorific
        "{\"user_name\":\"admin\",\"display_name\":\"Sales Bot\"}",
    ],
)
def test_chat_staff_marks_and_rosters_negatives(det, text):
    assert [n for n in names(det, text) if n not in ("ミラー",)] == []
