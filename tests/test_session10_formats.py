"""Formats met in session 10: nursery notes that call children by a given name with ちゃん/くん and relatives by a
given name after the relation (母・恵理, 息子の拓真, パパ（達也）, 大地ママ), staff columns of bare surnames in
markdown tables (当社担当 | 森本, 担当 | 香川・西), chat display names with a role and an underscore (相談員_小松:),
surnames listed with ・ (村井・岡部で), press and case-work titles (記者, デスク, 顧問, 児童福祉司), and the look-alikes
each rule must leave alone (赤ちゃん, pets, pen names, lists of prefectures).

Every value here is synthetic.
"""

from __future__ import annotations

import pytest

from classifiers.engine import Engine, EngineOptions

ENGINE = Engine(EngineOptions())


def found(text: str, pii: str) -> list[str]:
    return [text[e.start:e.end] for e in ENGINE.analyze(text) if e.type == pii]


# a special-care fact is personal information only about someone the text identifies (engine._about_someone):
# the statements below are tested in a record that names its person
WHO = "氏名：佐藤 陽子\n"


def test_children_by_given_name_and_honorific():
    text = ("＜園から＞\nゆいちゃんは今日、園庭でダンゴムシを見つけて「ひなたくん、みてー！」と大喜び。\n"
            "13:20　樹くん お昼寝（〜14:50）。大地くんはおじいさまとお帰りになりました。\n")
    names = found(text, "PERSON")
    for n in ("ゆい", "ひなた", "樹", "大地"):
        assert n in names


@pytest.mark.parametrize("text", [
    "赤ちゃんとお姉ちゃんとおばあちゃんが来ました。みんなちゃんと並んだ。",
    "ポチくんとモモちゃん（柴犬）のトリミング予約。",
    "足がむくんで重い。夜トイレに3回起きる。",
])
def test_no_child_name_in_look_alikes(text):
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text, name", [
    ("　母・恵理：スーパーフレッシュ館 パート", "恵理"),
    ("息子の拓真をどうぞよろしくお願いいたします。", "拓真"),
    ("蓮は夜中に2回起きて、パパ（達也）が抱っこであやしてくれました。", "達也"),
    ("今日は母の真由がお迎えです。", "真由"),
    ("一番泣いたのは娘のさくら（10歳）でした。", "さくら"),
    ("15:04 ちえ（大地ママ）：すみません！", "大地"),
])
def test_relatives_by_given_name(text, name):
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text", [
    "白石 健,妻・長男・次男,2018/09/01",
    "母の日のプレゼントを選ぶ。父の仕事の都合で転居。",
    "ペンネーム：ひまわりママ",
])
def test_relatives_look_alikes(text):
    assert all(n not in ("長男", "日", "仕事", "ひまわり") for n in found(text, "PERSON"))


def test_staff_column_of_surnames_in_markdown():
    text = ("| 代理店名 | 担当者 | 電話 | 当社担当 |\n|---|---|---|---|\n"
            "| 株式会社東北マテハン | 佐藤 浩一 | 022-555-1408 | 佐々木 |\n"
            "| 北陸産機株式会社 | 能登 清 | 076-555-2271 | 野口 |\n"
            "| 四国テクノ商会 | 近藤 昌平 | 089-955-3302 | 森本 |\n")
    names = found(text, "PERSON")
    assert {"佐々木", "野口", "森本"} <= set(names)


def test_staff_column_with_two_surnames_and_one_kanji():
    text = ("| # | 取材先 | 氏名 | 日時 | 担当 | 状況 |\n|---|---|---|---|---|---|\n"
            "| 1 | 古民家カフェ | 安藤 結衣 | 8/7 14:00 | 香川 | 確定 |\n"
            "| 2 | 株式会社モリタ精機 | 森田 圭吾 | 8/9 10:30 | 香川・西 | 確定 |\n"
            "| 3 | 農業法人 あおぞら | 竹内 修 | 調整中 | 西 | 通訳要 |\n"
            "| 4 | 個人 | 笹川 ゆず | 8/20 13:00 | 香川 | 自宅工房 |\n")
    names = found(text, "PERSON")
    assert names.count("西") == 2 and names.count("香川") == 3


def test_one_kanji_staff_alone_is_not_enough():
    text = "日時,申請者,確認書類,確認者\n1/22 09:05,北 浩二,運転免許証,東\n1/22 09:18,中谷 フミ,旅券,東\n1/23 10:00,松本 沙耶,旅券,東\n"
    assert "東" not in found(text, "PERSON")


def test_chat_role_underscore_speaker():
    text = ("[17:02] 相談員_小松: 年末年始の引継ぎです。\n[17:03] 相談員_小松: 継続ケースのみ。\n"
            "[17:06] SV_西村: 了解です。\n")
    assert found(text, "PERSON").count("小松") == 2 and "西村" in found(text, "PERSON")


@pytest.mark.parametrize("text, names", [
    ("結果：要措置（指定医 竹内・溝口）→ 同日 措置入院", ["竹内", "溝口"]),
    ("当て取材は村井・岡部で。岡部さんは明日戻ります。", ["村井", "岡部"]),
])
def test_surname_lists(text, names):
    assert set(names) <= set(found(text, "PERSON"))


def test_place_lists_are_no_surname_lists():
    assert found("担当地域：宮城・岩手・福島。北陸は富山・石川・福井。", "PERSON") == []


@pytest.mark.parametrize("text, name", [
    ("対応：明日午前に野々村デスクから謝罪の電話。", "野々村"),
    ("・03 村瀬顧問は7/20～8/5ご旅行のため", "村瀬"),
    ("児童相談所 平野児童福祉司が来園し面談。", "平野"),
])
def test_press_and_casework_titles(text, name):
    assert name in found(text, "PERSON")


def test_title_words_alone_are_no_names():
    assert found("受付デスク、PCデスク、フロントデスクで。新聞記者と雑誌記者。技術顧問、法律顧問。", "PERSON") == []


def test_staff_surname_after_particle_is_propagated():
    text = "石原さんに確認します。\n弊社SEの石原と確認し、概算見積を添付いたしました。"
    assert found(text, "PERSON").count("石原") == 2


def test_given_name_of_a_found_full_name_alone():
    text = ("相談者: 名前言ったほうがいい？ 中島 あかりです。\n"
            "相談員: 教えてくれてありがとう、あかりさん。\nほし組の西田 結愛の母です。\n結愛が昨夜から熱があるため休みます。")
    names = found(text, "PERSON")
    assert {"中島 あかり", "あかり", "西田 結愛", "結愛"} <= set(names)


def test_self_introduction_look_alikes():
    assert found("東京 大阪です。本日 晴天です。", "PERSON") == []


@pytest.mark.parametrize("text, n", [
    ("consult_id 'C' + 年(4) + 連番(8)  例: C202400000001\nmy_number char(12) 平文禁止", 0),
    ("個人番号：C202400000001", 0),
    ("個人番号：202400000001", 1),
    ("個人番号：No202400000001", 1),
])
def test_my_number_after_a_one_letter_prefix_is_a_code(text, n):
    assert len(found(text, "JP_MY_NUMBER")) == n


@pytest.mark.parametrize("text, name", [
    ("氏名　小松 一颯　　生年月日　令和2年1月14日", "小松 一颯"),
    ("園児名：石井 心春（こはる）　ぱんだ組", "石井 心春"),
    ("児童氏名（ふりがな）：加藤 実桜（かとう みお）", "加藤 実桜"),
])
def test_modern_given_names_in_name_fields(text, name):
    assert name in found(text, "PERSON")


def test_ordinary_word_of_name_kanji_is_no_given_name():
    assert "田中 太陽光" not in found("氏名：田中 太陽光", "PERSON")


def test_question_word_before_desu_is_no_surname():
    assert found("Q2　閲覧できる事項は何ですか。\nQ4　申出に必要な書類は何ですか。", "PERSON") == []


def test_country_master_table_is_no_name_column():
    text = ("code,name_ja,name_en,name_native,主な対応言語\nVN,ベトナム,Viet Nam,Việt Nam,vi\nCN,中国,China,中国,zh\n"
            "PH,フィリピン,Philippines,Pilipinas,tl/en\nNP,ネパール,Nepal,Nepal,ne\nBR,ブラジル,Brazil,Brasil,pt\n"
            "XX,無国籍,Stateless,-,-\nZZ,その他,Other,-,-\n")
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text, n", [
    ("Version 10.4.2.118 (build 2024.06.03-rc2)   Supersedes 10.4.1.97", 0),
    ("Checksums (SHA-256): installer_10.4.2.118.msi  9f3c1a7e0b", 0),
    ("host 10.4.1.97 ok", 1),
    ("src=10.0.0.5. next", 1),
])
def test_version_quads_in_release_notes(text, n):
    assert len(found(text, "IP_ADDRESS")) == n


@pytest.mark.parametrize("text", [
    "Photo ID type: Passport (United Kingdom)   ID No.: 548120937",
    "Passport No. (for My Number card application only): 584301762",
])
def test_passport_label_with_a_long_note(text):
    assert found(text, "JP_PASSPORT") == [text[-9:]]


def test_capitalised_family_names_in_a_name_column():
    text = ("受付日\t氏名\t生年月日\t国籍\n2024/05/02\tBHANDARI Kamal\t1996/03/11\tネパール\n"
            "2024/05/07\tNGUYEN THI LAN\t2001/07/30\tベトナム\n2024/05/13\tPERERA Nuwan Chaminda\t1988/05/24\tスリランカ\n"
            "2024/05/28\tSantos Miguel Angelo\t2020/02/14\tフィリピン\n2024/05/29\tSiti Nurhaliza PUTRI\t1999/01/02\tインドネシア\n")
    names = set(found(text, "PERSON"))
    assert {"BHANDARI Kamal", "NGUYEN THI LAN", "PERERA Nuwan Chaminda", "Santos Miguel Angelo", "Siti Nurhaliza PUTRI"} <= names


def test_interpreter_column_is_a_person_column():
    text = ("日時 | 医療機関 | 言語 | 通訳者 | 内容\n07/02 10:15 | 南町クリニック | 中国語 | 劉 静 | 食事指導\n"
            "07/05 14:00 | 県立中央病院 | ポルトガル語 | 中村 ヘレナ | 吸入薬\n07/09 09:30 | 北山整形外科 | ベトナム語 | ファム・ティ・トゥー | 骨折\n"
            "07/11 16:00 | あおば歯科 | タガログ語 | Reyes Anna Marie | 抜歯\n")
    assert {"劉 静", "中村 ヘレナ", "ファム・ティ・トゥー", "Reyes Anna Marie"} <= set(found(text, "PERSON"))


def test_relatives_in_katakana_with_honorific():
    text = "妻のロサさんが対応し、長男ディエゴくん（12歳）は在宅。夫のラムさんの日本語力。母のヘルパーさんも同席。"
    names = found(text, "PERSON")
    assert {"ロサ", "ディエゴ", "ラム"} <= set(names) and "ヘルパー" not in names


def test_attendance_brackets_after_organisations():
    text = ("出席：国際交流協会（小野寺、佐々木）、市福祉課（岡本）、教育委員会（石川）、\n"
            "　　　保健センター（保健師 矢島）\n記録：岡本\n")
    assert {"小野寺", "佐々木", "岡本", "石川", "矢島"} <= set(found(text, "PERSON"))


def test_attendance_sites_are_no_names():
    text = "出席：部長、各支社長（さいたま・川越・熊谷）、損害サービス課\n"
    assert not {"川越", "熊谷"} & set(found(text, "PERSON"))


def test_slash_list_after_a_label_still_read():
    text = "24/06/09（日）　受付担当：渡部／ロドリゲス\n受付時刻｜発信者｜折返し先\n"
    assert {"渡部", "ロドリゲス"} <= set(found(text, "PERSON"))


@pytest.mark.parametrize("text, names", [
    ("　2. Ahmad FAUZI（アフマド・ファウジ）　技能実習1号", ["Ahmad FAUZI", "アフマド・ファウジ"]),
    ("■ Fernandes Lucas（フェルナンデス ルーカス）　入社日", ["Fernandes Lucas", "フェルナンデス ルーカス"]),
])
def test_latin_name_with_its_katakana_reading(text, names):
    assert set(names) <= set(found(text, "PERSON"))


def test_place_with_its_katakana_reading_is_no_name():
    assert found("Tokyo Station（トウキョウ ステーション）で集合。Grand Hotel（グランド ホテル）", "PERSON") == []


@pytest.mark.parametrize("text", [
    "　・重い腎機能障害のある人、透析を受けている人\n　・妊婦または妊娠している可能性のある人",
    "・（＿＿）のアレルギーがあります。 I'm allergic to (＿＿).\n・妊娠しています（＿＿週）。 I am pregnant (＿＿ weeks).",
    "精神障害者保健福祉手帳：1級から3級までの等級がある。有効期間は2年。",
])
def test_special_care_of_no_one(text):
    assert found(text, "SPECIAL_CARE") == []


def test_special_care_of_a_person_still_found():
    names = found(WHO + "既往歴：糖尿病（2015年〜）、高血圧で通院中。父は透析を受けている。", "SPECIAL_CARE")
    assert len(names) == 2


def test_romanised_japanese_name_key():
    text = '{"id":88231,"kokyaku_mei":"赤嶺 ユキ","tel_no":"098-123-4567"}'
    assert found(text, "PERSON") == ["赤嶺 ユキ"]


def test_known_given_name_with_an_unknown_surname():
    names = found("Met with Tom Harlan (VP Sales) and Linda Osei (Channel Ops).", "PERSON")
    assert {"Tom Harlan", "Linda Osei"} <= set(names)


@pytest.mark.parametrize("text", [
    "Sales Report — San Jose Liaison Office",
    "01-18 Martin Luther King Jr. Day | holiday",
    "Hung Yen Plant / Office 2F",
])
def test_known_given_name_inside_a_longer_capitalised_run(text):
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text, values", [
    ("Health insurance (Japan): National Health Insurance, symbol 41 / number 228790", ["41", "228790"]),
    ("Insurance card symbol: 1234, number: 56", ["1234", "56"]),
    ("Ticker symbol AAPL number 3", []),
])
def test_health_insurance_in_english(text, values):
    assert found(text, "JP_HEALTH_INSURANCE") == values


def test_parents_with_their_childs_given_name():
    text = "10/6(日)　 練習 城北中央公園　　　 高橋（蓮）・森（大翔）　　090-1187-4402\n"
    assert {"高橋", "蓮", "森", "大翔"} <= set(found(text, "PERSON"))


def test_places_in_brackets_are_no_parents():
    assert found("本社（東京）・支社（大阪）。会議室（大）・会議室（小）", "PERSON") == []


def test_staff_written_onto_tanto_in_brackets():
    assert "野口" in found("石原 航さんもメンズカット予約（担当野口）。", "PERSON")


def test_staff_roles_as_keys():
    text = "- booking: 1\n  nailist: ゆりな\n  menu: ハンドジェル\n- booking: 2\n  nailist: サキ\n  menu: フット\n"
    assert {"ゆりな", "サキ"} <= set(found(text, "PERSON"))
