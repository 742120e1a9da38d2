"""PERSON detector: Japanese names in kanji and kana, and Latin-script names, with context.

Cheap regex triggers find the few places where a name can be — a honorific (様, さん, 氏, 殿, 先生, くん,
ちゃん) or job title after a kanji/kana run, a label (氏名, お名前, 担当者, 代表者, Name: …), a role label
whose value must be a surname (担当医, 受付, 記録, 面接官 …), a furigana field (フリガナ, カナ) or a 姓/名/
セイ/メイ field, a space between two short kanji or katakana words (山田 太郎, ヤマダ タロウ), a kanji run
that starts with something the dictionary knows as a surname, the fixed places of a bare surname in office
writing (総務課 野田, 健康管理室（保科）, a signature or sign-off line, 弊社辻も, 配送担当の北原に, minutes
speakers ・長谷川：, @mentions), katakana names joined by ・ (ケビン・マーフィー), a Latin word pair after Mr./
Dear/Name: or made of known romanised Japanese names, chat exports (speaker columns of tab-separated or bracketed
logs, the partner of a saved LINE talk), XML name elements, a Latin name and its katakana rendering in neighbouring
table cells, a kanji name and its romaji in brackets — and only those short windows go through SudachiPy
(part of speech 名詞-固有名詞-人名-姓/名, one shared tokenizer). Company, place and shop names (株式会社…,
中村屋, 田中町, 渋谷駅) are rejected because the tokenizer does not split them into 姓/名, or by the
company words around them. Spans cover family + given name without honorific or label. An English spaCy
model, when installed, adds Latin-script names found by its NER in English windows (see docs).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Callable, Iterable, Sequence

from . import data, nlp, person_latin, regex_cache
from .base import Detector, Entity, entities_in_original, matches_before
from .address import PREF_READINGS
from .normalize import Normalized
from .person_chinese import chinese_names
from .person_ruby import ruby_names
from .person_latin import (
    _COMPANY_WORDS as _LATIN_COMPANY, _E as _E_FLAG, _G as _G_FLAG, _HAS_CAPS, _KNOWN, _LATIN_NAME_RE, _LATIN_SMALL, _LATIN_STOP, _RF, _RG,
    _ROMAJI_SHAPE as _ROMAJI_SHAPE_RE, _W as _W_FLAG, _X as _X_FLAG, _Pair, _first_char_alternation, _flags, _matches,
    _line_matches,
    _kana_to_romaji, _latin_names as _latin_name_table, _romaji_key, _thing_name, find_latin_names, latin_place, latin_stopped,
)


__all__ = ["PersonDetector"]

NAME = "person"

_K = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff々〆"  # kanji
_KATA = r"\u30a1-\u30fa\u30fc"  # katakana incl. ー (no middle dot)
_HIRA = r"\u3041-\u3096"
_KANJI_RUN = re.compile(rf"[{_K}][{_K}ノヶケ]{{2,9}}")
_HONORIFIC = re.compile(r"(?:様(?!式)|さま|さん|氏(?!名)|殿|先生|くん|君(?!が)|ちゃん)")
# the window before a honorific or title that `_name_in_window` reads: the kanji/kana characters (at most 12) that end
# there, with at most one space inside, after a kanji/kana character (山田 太郎様); the leftmost start in the last 12
_NAME_WINDOW = re.compile(rf"(?:[{_K}ノヶ{_KATA}{_HIRA}]+ )?[{_K}ノヶ{_KATA}{_HIRA}]*\Z")
_TITLES = (
    "部長|課長|係長|社長|会長|副社長|専務|常務|取締役|主任|主査|室長|所長|店長|支店長|院長|理事長|"
    "教授|准教授|講師|医師|弁護士|税理士|会計士|看護師|次長|本部長|事業部長|代表|"
    # news and court writing: 小松康平容疑者, 山田被告, 被告人田中 is handled as a role before the name
    "容疑者|被疑者|被告人|被告|受刑者|死刑囚|"
    # police ranks, written after the name in reports and intake memos (小松巡査長, 岡部巡査部長)
    "巡査長|巡査部長|巡査|警部補|警部|警視|"
    # guards and rescue teams (浅野隊員が声掛け, 関口隊長), a crew's leader (岩淵班長)
    "隊員|隊長|班長|副班長|"
    # a fire brigade's officers, an area's head (篠原分団長, 掛川副分団長, 黒沢団長, 越智エリア長)
    "分団長|副分団長|団長|副団長|エリア長|"
    # care, school and clinic staff, heads of a unit (森相談員, 鈴木 信吾指導員, 津田産業医, 小松センター長)
    "指導員|相談員|支援員|保健師|薬剤師|産業医|センター長|事務長|工場長|園長|校長|教頭|館長|師長|看護師長|施設長|副施設長|"
    # a co-op's officers (衛藤 和代総代, 甲斐 茂総代, 佐藤組合長)
    "総代|組合長|副組合長|"
    # welfare, school and care professions after a name (高階社会福祉士, 瀬川教諭, 野口保育士)
    "社会福祉士|精神保健福祉士|介護福祉士|養護教諭|教諭|保育士|民生委員|保護司|管理栄養士|理学療法士|作業療法士|"
    # the press, advisers and case workers (岸記者, 山崎デスク, 村瀬顧問, 平野児童福祉司, 原口保護観察官)
    "記者|デスク|編集長|支局長|顧問|相談役|児童福祉司|ケースワーカー|保護観察官|観察官|福祉専門官|調査官|"
    # sports clubs and lessons (樋口コーチへ提出, 森監督, 北川トレーナー, 岡インストラクター, 西田師範)
    "コーチ|監督|トレーナー|インストラクター|師範|主将|副将|担任|チーフ|"
    # the crews of buses, taxis, trains and ships (大江乗務員は, 宇佐美運転士から, 野々村 修乗務員)
    "乗務員|運転士|車掌|機長|船長|航海士|機関士|"
    # clergy after a name (石動牧師, 瀬川長老, 木場住職)
    "牧師|神父|司祭|長老|執事|住職|副住職|宮司|禰宜|"
    # a ward's deputy heads (西尾副師長; 5東 副師長 is a ward and a title, no name)
    "副師長|副看護師長|主任看護師|看護部長|"
    # the officers of a co-op or an association (武田 洋子理事, 柴田監事)
    "理事|監事|常務理事|専務理事|"
    # a union's and an association's officers (室井委員長、島田副委員長、三上書記長、宇佐美支部長)
    "委員長|副委員長|書記長|書記次長|執行委員|中央執行委員|支部長|副支部長|分会長|分館長|副館長"
)


_TITLE = re.compile(_first_char_alternation(_TITLES.split("|")))
_TITLE_SET = frozenset(_TITLES.split("|"))
# both in one scan: no honorific shares a character with a title's start or end (nor is inside one), so the two never
# overlap and one scan finds exactly the matches of the two scans (one flat alternation: every branch starts with a
# literal, which keeps the scan fast); a match that is a title word is a title
_HONORIFIC_WORDS = "様 さま さん 氏 殿 先生 くん 君 ちゃん".split()  # (the words of `_HONORIFIC`, for the check below)
assert _HONORIFIC.pattern.startswith("(?:") and _TITLE.pattern.startswith("(?:") and not any(
    w in x or x in w or any(w[-k:] == x[:k] or x[-k:] == w[:k] for k in range(1, min(len(w), len(x))))
    for w in _HONORIFIC_WORDS for x in _TITLE_SET
), "honorifics and titles must never overlap for _HONORIFIC_OR_TITLE"
_HONORIFIC_OR_TITLE = re.compile("(?:" + _HONORIFIC.pattern[3:-1] + "|" + _TITLE.pattern[3:-1] + ")")
# a title that starts the name of an office or a phone line, not a person's title (上海代表処, 社長室, 代表番号)
_TITLE_COMPOUND = re.compile(
    r"代表(?:処|事務所|部|団|番号|電話|者|印|取締役|幹事)|(?:社長|院長|所長|室長|会長|店長)室|(?:部長|課長|店長)会"
    # a professional's office named after its partner (小松税理士事務所, 林弁護士法人)
    r"|(?:弁護士|税理士|会計士)(?:事務所|法人)"
    # a fee or a contract named after the role (月額顧問料, 顧問契約, 講師料, 顧問先)
    r"|(?:顧問|講師|監督|理事|監事|相談役)(?:料|契約|先|報酬)"
)
_TITLE_COMPOUND_NEXT = frozenset("処事部団番電者印取幹室会法料契先報")
_LABEL_WORDS = (
    r"(?:お名前|御名前|氏名|名前|フルネーム|ご?担当者?名?|代表者名?|代表取締役(?:社長)?|申込者(?:氏名|名)?|"
    r"契約者(?:氏名|名)?|利用者名?|受取人(?:氏名|名)?|依頼(?:人|者)名?|差出人|送り主|患者(?:氏名|名)|"
    r"社員名|従業員名|被保険者(?:氏名|名)?|保護者(?:氏名|名)?|応募者(?:氏名|名)?|候補者名?|"
    r"(?:緊急)?連絡先氏名|記入者|作成者|承認者|申請者(?:氏名|名)?|宛名|名義人?|口座名義人?|本人氏名|"
    r"(?:確認|面談|対象|出席|参加|同席|回答|対応|受付|訪問|来訪|来客|責任|発信|送信|報告|依頼|立会|紹介|推薦|入力|更新|"
    r"登録|実施|記録|点検|検査|承認|決裁|起票|発注|購入|購読|相談|通報|被保険|扶養|作業|検収|監督|指導|面接|引率|運転|"
    r"管理|保証|連帯保証|質問|投稿|受講)者(?:名|氏名)?|扶養家族|家族|"
    r"メンバー|宛先|差出人|送付先氏名|参加|出席|欠席|同席|Cc|CC|To|From|Attendees|Members|Name|NAME|Full name|Full Name)"
)
# a qualifier in brackets after a name label: 氏名（漢字）, Name (Romaji), Name (as in passport)
_NAME_QUALIFIER = (
    r"(?:漢字|姓名|フルネーム|自署|自筆|署名|楷書|正式|戸籍上|店長|副店長|責任者|管理者|上長|ローマ字|英字|英語|ローマ字表記|ふりがな|フリガナ|よみがな|(?:カード|パスポート|旅券|通帳|口座|券面)?表記|旅券|パスポート|"
    r"Roman|Romaji|ROMAJI|Kanji|KANJI|English|Latin|[Kk]atakana|KATAKANA|[Kk]ana|KANA|"
    r"(?:[Aa]s )?(?:[Ss]hown |[Ww]ritten )?(?:in|on) (?:[Pp]assport|ID|[Cc]ard)|[Ff]ull(?: [Nn]ame)?|[Ff]amily, [Gg]iven|"
    r"[Ll]ast, [Ff]irst|[Ss]urname(?:, | first)?(?:[Gg]iven [Nn]ame)?)"
)
# (after a qualifier the value may follow at once: 氏名（英字）WANG HAORAN, ローマ字（カード表記）RIKA OWADA)
_LABEL_SEP = (
    r"[ \t]*(?:[(（]" + _NAME_QUALIFIER + r"[)）](?:[ \t]*[】」』\]])?[ \t]*(?:[:：=／/][ \t]*)?"
    r"|[】」』\]][ \t]*(?:[:：=／/][ \t]*)?|[ \t]*(?:[:：=／/]|[ \t])[ \t]*|「)"
)
# Labels are found from their last character (a cheap character-class scan), then confirmed backwards.
# (`_LABEL_HIT` starts with a character class of every possible first character, so the engine skips other positions
# fast; a top-level alternation would be tried at every position)


def _expand_label_words() -> frozenset[str]:
    """Every label word `_LABEL_WORDS` matches, as a set (labels are confirmed by set look-ups)."""
    bases = (
        "お名前 御名前 氏名 名前 フルネーム 担当 担当者 担当者名 担当名 ご担当 ご担当者 ご担当者名 代表者 代表者名 代表取締役 "
        "代表取締役社長 利用者 利用者名 依頼人 依頼者 依頼人名 依頼者名 差出人 送り主 患者氏名 患者名 社員名 従業員名 候補者 "
        "候補者名 連絡先氏名 緊急連絡先氏名 記入者 作成者 承認者 宛名 名義 名義人 口座名義 口座名義人 本人氏名 扶養家族 家族 "
        "メンバー 宛先 送付先氏名 Cc CC To From Attendees Members Name NAME Full name Full Name "
        "Staff Agent Operator Driver Assignee Received by Prepared by Checked by Handled by Approved by "
        "ローマ字 ローマ字氏名 英字氏名 氏名英字 ローマ字表記 "
        "参加 出席 欠席 同席 芸名 本名 源氏名 ペンネーム 俗名 法名 戒名 "
        "署名 ご署名 本人署名 受領署名 借主署名 貸主署名 自署 名入れ 当方 先方 弊社側 当社側"
    ).split()
    words = set(bases) | {"Full name", "Full Name"}
    # letter-spaced labels of printed forms (氏　　名, お 名 前): the normalised text has one to four spaces
    for w in ("氏名", "名前", "お名前", "姓名"):
        for n in range(1, 5):
            words.add((" " * n).join(w))
    for stem in "申込者 契約者 受取人 被保険者 保護者 応募者 申請者".split():
        words |= {stem, stem + "氏名", stem + "名"}
    # the name of a person in a role (委員名：, 児童名：, 主治医名：), and its 氏名
    for stem in ("委員 会員 児童 生徒 園児 学生 職員 選手 入居者 入所者 被害者 加害者 相手方 主治医 医師 担当医 講師 教員 "
                 "顧客 故人 被相続人 相続人 申出人 届出人 請求者 患者 乗客 宿泊者 施主 喪主 世帯主 代理人 後見人 "
                 "保佐人 補助人 ケアマネ ケアマネジャー 相談員 担当ケアマネ 実習生 研修生 受験者 受検者 被験者").split():
        words |= {stem + "名", stem + "氏名"}
    words.add("相手方")
    for p in ("確認 面談 対象 出席 参加 同席 回答 対応 受付 訪問 来訪 来客 責任 発信 送信 報告 依頼 立会 紹介 推薦 入力 更新 "
              "登録 実施 記録 点検 検査 承認 決裁 起票 発注 購入 購読 相談 通報 被保険 扶養 作業 検収 監督 指導 面接 引率 運転 "
              "管理 保証 連帯保証 質問 投稿 受講").split():
        words |= {p + "者", p + "者名", p + "者氏名"}
    return frozenset(words)


# Role labels that office forms put before a bare surname (担当医：加納, 受付：宮下, 面接官：新井、小松). These words
# also head ordinary fields (受付：9:00～, 記録：別紙), so their value must be a surname or a full name (_role_value_ok).
# (katakana roles that end in ー only: a label is found from its last character, and ト/ス/ア end many field names)
_ROLE_ROLES = (
    "医 医師 歯科医 看護師 保健師 薬剤師 弁護士 税理士 社労士 司法書士 行政書士 会計士 講師 教員 職員 社員 営業 "
    "コーディネーター ドライバー アドバイザー カウンセラー マネージャー マネジャー ケアマネジャー ケアマネージャー "
    "デザイナー ディレクター プランナー ヘルパー トレーナー オペレーター"
).split()
# professions written before a name or as a field label (宅地建物取引士：大竹, 司法書士 新田, 担当整備士：堀口)
_PRO_TITLES = (
    "宅地建物取引士 宅建士 取引士 司法書士 行政書士 社労士 社会保険労務士 弁理士 中小企業診断士 技術士 建築士 一級建築士 "
    "整備士 担当整備士 薬剤師 管理薬剤師 看護師 保健師 助産師 保育士 介護福祉士 社会福祉士 栄養士 管理栄養士 技師 "
    "臨床検査技師 診療放射線技師 理学療法士 作業療法士 言語聴覚士 歯科衛生士 美容師 調理師 税理士 弁護士 公認会計士 "
    "教諭 養護教諭 精神保健福祉士 介護支援専門員 主任介護支援専門員 民生委員 保護司"
)
# family relations before a name (扶養 forms, emergency contacts, family trees: 長女 高野 ひなた, 母 鯨岡 キミ子)
_KIN_WORDS = (
    "父 母 妻 夫 長男 長女 次男 次女 二男 二女 三男 三女 四男 四女 祖父 祖母 孫 兄 姉 弟 妹 配偶者 息子 娘 義父 義母 "
    "実父 実母 養父 養母 叔父 叔母 伯父 伯母 甥 姪 嫁 婿"
).split()
_KIN_SET = frozenset(_KIN_WORDS)
_ROLE_WORDS = frozenset(
    "パラリーガル 事務員 補助者 "
    "担任 副担任 主治医 受付 一次受付 記録 書記 記入 面接官 試験官 評価者 一次評価者 二次評価者 考課者 幹事 同乗者 "
    "上長 上司 部下 招へい人 招聘人 被招へい人 司会 窓口 連絡窓口 世帯主 喪主 施主 筆頭者 保証人 連帯保証人 身元保証人 "
    "代理人 立会人 相続人 申請人 請求者 受診者 旧姓 旧氏 通称 起案 起案者 決裁者 後任 前任 同行 同行者 発表者 座長 議長 "
    "作業者 責任者 担当営業 営業担当 記入者 回答者 確認 承認 上長確認 "
    "上司確認 上長承認 検印 添乗員 係員 担当係員 乗務員 引率 引率者 講師 主任講師 "
    "プランナー コーディネーター ドライバー トレーナー アドバイザー カウンセラー ディレクター マネージャー "
    "会長 副会長 理事長 副理事長 理事 監事 事務局長 会計 班長 組長 部会長 "
    "オペレーター 獣医師 担当獣医師 獣医 担当医師 監督 コーチ 産業医 担当産業医 "
    "署長 副署長 検察官 裁判官 裁判長 弁護人 書記官 賃貸人 賃借人 貸主 借主 売主 買主 相談員 生活相談員 送迎 "
    "審査担当 受付担当 対応者 夜勤 日勤 当直 点呼者 運転者 介助者 介護者 面会者 来訪者 訪問者 相談者 申出者 通報者 "
    "発見者 届出人 届出者 学長 校長 園長 支店長 対応 新郎 新婦 "
    # construction sites and insurance interviews (職長：石動 梓, 安全衛生責任者：…, 面接士 蓮見)
    "職長 安全衛生責任者 統括安全衛生責任者 現場代理人 主任技術者 監理技術者 作業主任者 安全管理者 衛生管理者 "
    "安全運転管理者 副安全運転管理者 面接士 診査医 査定者 査定担当 調査員 損害調査員 鑑定人 "
    # who received, wrote or ordered a record (受理：川口, 作成：森, 依頼医：中條, 執刀医 …)
    "受理 受理者 作成 起票 起票者 記載 記載者 応対 応対者 上席 依頼医 紹介医 執刀医 指示医 読影医 麻酔医 報告医 "
    # who checked, witnessed or received a record (照合：堀, 立会い 阪本, 受領者：安藤), the crews and managers of a fleet
    # a ward's handover and shift (送り：加賀谷　受け：西尾, 本日リーダー：西尾 ／ サブ：加賀谷)
    "送り 受け リーダー サブ サブリーダー 本日リーダー 日勤リーダー 夜勤リーダー "
    "照合 照合者 立会い 立会 立ち会い 受領者 運転士 運行管理者 配車係 配車担当 エリアMGR MGR エリアマネージャー "
    # who double-checked a dispensing or a medication round (ダブルチェック：長谷川)
    "ダブルチェック Wチェック 二重チェック ダブルチェック者 "
    # who wrote, received or keyed a memo (（記：大塚）, 受：小池, 転記者 岸本, 入力 長島), guards and doctors on duty
    "記 受 入力 転記 転記者 文責 聴取者 隊員 隊長 警備員 嘱託医 当番医 "
    # welfare, school and disaster staff (生活支援員 宮坂, 教頭 佐藤, スクールソーシャルワーカー 菊地, 測定者：竹下)
    "支援員 生活支援員 就労支援員 職業指導員 指導員 児童指導員 相談支援専門員 サービス管理責任者 ケースワーカー "
    "ソーシャルワーカー スクールソーシャルワーカー 教頭 副校長 教務主任 学年主任 通訳 通訳者 測定者 検査者 記録者 "
    "ボランティア 団員 分団長 班員 "
    # companions and the staff box of a form (同伴者2: 丸山 陽翔, 事務局確認欄：三好)
    "同伴者 ご同伴者 付添人 付添者 確認欄 受付欄 担当欄 架電者 受電者 処理者 "
    # interviewers, approvers and writers of public-office and school records (面接員 西田, 決裁 小林, 立会 森)
    "面接員 決裁 立会 秘書 医局秘書 指導主事 一次回答 二次回答 担当者メモ "
    # the staff of a hotel, an inn or a restaurant (確認：料理長 今枝, 当日フロント 吉田, 支配人 平田)
    "料理長 調理長 板長 女将 若女将 仲居 支配人 副支配人 総支配人 フロント 当日フロント 宿直 コンシェルジュ 入力者 受付者 "
    # who approved a request or chaired a committee (承認：所属長 西村, 出席：委員長 森田（代表取締役）)
    "所属長 委員長 副委員長 "
    # who keyed, dispensed or stamped a counter's record (操作者：谷口, 調剤：中島, 受付スタッフ印: 北野, 担当事務：松下)
    "操作者 調剤 調剤者 受付スタッフ 受付スタッフ印 担当スタッフ 担当事務 事務担当 病棟クラーク 医療クラーク "
    # the other names of a person (戸籍名：林 彩, 本名 …)
    "戸籍名 本名 戸籍上の氏名 "
    # a school's or a trainee office's ledger (学生：KASUN JAYAWARDENA, 留学生 陳 浩, 実習生：グエン・ヴァン・ミン)
    "学生 留学生 実習生 研修生 "
    # a pet's owner and a co-op's inspectors (飼い主 ヤマグチ, 検査員：中沢)
    "飼い主 飼主 検査員 検品者 検品担当 "
    # bank and insurance back offices (役席：鈴木, 検証者 三浦, 取扱者：原田, 照会者 石川, 募集人 大西, 調査役 石川)
    "役席 検証者 取扱者 照会者 照合者 募集人 入力確認 調査役 対応者メモ 担当SC 担当CA 担当CS "
    # … and the hands of a back office's record (点検 吉岡, 査定：安藤, 審査役 石黒)
    "点検 査定 審査 審査役 "
    # clergy before a name (牧師　石動　恵, 住職 木場 了信, 導師 …, 司祭 川端 修一)
    "牧師 主任牧師 副牧師 神父 司祭 執事 長老 住職 副住職 導師 宮司 禰宜 "
    # salons, clinics and pools (担当スタイリスト：早瀬, アシスタント 原, 医師：柳田, 店長 吉岡, 監視員 小松)
    "医師 店長 副店長 スタイリスト 担当スタイリスト アシスタント 施術者 施術担当 レジ担当 監視員 "
    # care staff (担当ケアマネ：岸本, サ責 佐伯, 夜勤者 古川)
    "ケアマネ 担当ケアマネ 前任ケアマネ サ責 夜勤者 日勤者 早番 遅番 "
    # reviewers, drivers and escorts, front-desk staff, interviewers (査閲：北条, 運転：堤　添乗：三上, 受付スタッフ：今泉)
    "査閲 査閲者 運転 添乗 受付スタッフ 担当スタッフ 聞き取り 聴き取り 聴取 受けた人 受けた者 作業員 集金人 拡張員 配達員 "
    # a tally's, a club's, an exam's and a counter's hands (集計：村松, 顧問: 栗原, 監督：大和田, 交付者 平岡)
    "集計 集計者 顧問 副顧問 監督 試験監督 交付者 交付 発行者 "
    # a prescription's and a pharmacy's hands, a building's staff, clinics' and prisons' specialists (処方医: 石原,
    # 監査: 佐野, 管理員 栗田, 警備 新井田, 心理士 岡部, 福祉専門官 小西, 面談 大河内)
    "処方医 処方医師 監査 監査者 鑑査 鑑査者 管理員 警備 警備担当 心理士 臨床心理士 公認心理師 心理職 福祉専門官 専門官 "
    "面談 面談者 面接者 処理 大家 家主 二次 "
    # an aptitude test's judge, a building's caretaker, a co-op's and a bank's desks (判定者 根本, 管理人 宇佐美, 支所長
    # 勅使河原, 印鑑照合 帷子, 渉外 四十物)
    "判定者 判定医 管理人 支所長 印鑑照合 渉外 渉外担当 "
    # a security firm's guards on standby and on traffic duty (待機員 大門, 誘導員 水嶋)
    "待機員 誘導員 交通誘導員 指令員 副隊長 "
    # a bank's counter and its checker's seal (受付行員 百瀬, 検印 征矢)
    "行員 受付行員 窓口担当 検印 "
    # the heads of a facility named before the surname (施設長 伊集院, 院長 木暮)
    "施設長 副施設長 事務長 院長 副院長 看護師長 看護部長 "
    # a fire brigade's and an area's officers and crews (消防団長 黒沢, 機関員 掛川, エリア長 越智)
    "消防団長 団長 副団長 分団長 副分団長 機関員 エリア長 担当エリア長 "
    "".split()
    + _KIN_WORDS
    + _PRO_TITLES.split()
    + [p + r for p in ("担当", "ご担当") for r in _ROLE_ROLES]
)


_BASE_LABELS = _expand_label_words()
_ROLE_SET = _ROLE_WORDS - _BASE_LABELS  # labels that were there before keep their looser value check
_LABEL_SET = _BASE_LABELS | _ROLE_SET
_LABEL_LENS_BY_END: dict[str, tuple[int, ...]] = {  # last character -> lengths of the labels that end with it
    c: tuple(sorted({len(w) for w in _LABEL_SET if w[-1] == c}, reverse=True)) for c in {w[-1] for w in _LABEL_SET}
}
_LABEL_ENDS = "".join(sorted({w[-1] for w in _LABEL_SET if not w.isascii()}))
# (it consumes the last character of a Japanese label or the first letter of an English one; lookbehinds pick
# the branch)
# (the Japanese branch first tests the one character after the label, and the English words sit behind one
# lookbehind for their capitals: a Japanese label character that is no label end then fails after two cheap tests)
_LABEL_HIT = re.compile(
    rf"[{_LABEL_ENDS}CTFAMNSODRPH](?:(?<=[{_LABEL_ENDS}])(?=[ \t(（】」』\]:：=／/0-9「])"
    # (a number may follow the label: 運転者3 Lukas Brandt, 同行者2：…)
    r"(?=(?:[0-9]{1,2}(?=[ \t:：=]))?[ \t]*(?:[(（]" + _NAME_QUALIFIER + r"[)）]|[】」』\]]|[:：=／/]|[ \t]|「))|"
    r"(?<=[CTFAMNSODRPH])(?:(?:(?<=C)[cC]|(?<=T)o|(?<=F)rom|(?<=A)ttendees|(?<=M)embers|(?<=N)(?:ame|AME)|(?<=S)taff|(?<=A)gent|(?<=A)ssignee|(?<=O)perator|(?<=D)river|(?<=R)eceived by|(?<=P)repared by|"
    r"(?<=C)hecked by|(?<=H)andled by|(?<=A)pproved by)(?=[ \t]*(?:\(" + _NAME_QUALIFIER + r"\)[ \t]*)?:)|"
    r"(?<=N)(?:ame|AME)(?=[ \t]{2,}[A-Z])))"  # a form column without a colon: " Name  Mai Shimazaki-Lund"
)


_LABEL_SEP_RE = re.compile(_LABEL_SEP)
_HONORIFIC_GAP = re.compile(r"[ \t]{0,6}(?:様|さま|さん|殿|氏)(?=[ \t]{0,6}[(（])")
_KANA_LABEL = re.compile(
    r"(?:フリガナ|ふりがな|よみがな|読み仮名|読みがな|Name in [Kk]atakana|フ {1,3}リ {1,3}ガ {1,3}ナ|カナ|ヨミ|セイメイ|Furigana|Katakana|KATAKANA|Kana|よみ(?=[)）]))(?:氏名|表記)?[)）]?[ \t]*(?:[(（][^)）\n]{1,8}[)）])?(?:[)）】」』\]][ \t]*(?:[:：=／/][ \t]*)?|[ \t]*(?:[:：=／/]|[ \t])[ \t]*)"
)
_KANA_VALUE = re.compile(rf"[{_KATA}]{{1,12}}(?:(?:[ \t・]| {{2}})?[{_KATA}]{{1,12}}){{0,3}}|[{_HIRA}ー]{{1,12}}(?:[ \t]?[{_HIRA}ー]{{1,12}})?")
# the space or ・ after a katakana word and before another (ヤマダ タロウ, ケビン・マーフィー) or a kanji one (キャサリン 林)
# (led by the separator, a fast scan; the katakana before it is checked by a lookbehind)
_KATA_SEP = re.compile(rf"(?: (?<=[{_KATA}] )(?=[{_KATA}{_K}])|・(?<=[{_KATA}]・)(?=[{_KATA}]))")
# its space branch alone, for a text without ・: a scan led by one literal character (two alternatives are a character
# set, which the regex engine tests far more slowly at each position) — the same matches there
_KATA_SPACE = re.compile(rf" (?<=[{_KATA}] )(?=[{_KATA}{_K}])")
# the family part before that space: a whole run of 1-4 kanji (ノ/ヶ inside only), searched in the 4 characters before it
# (searches in a window that end with \Z start with a lookahead for the match's first character: the necessary
# condition, tested fast at each start position before the rest is tried — the same matches)
_FAMILY_BEFORE = re.compile(rf"(?=[{_K}ノヶ])(?<![{_K}ノヶ])[{_K}ノヶ]{{0,3}}[{_K}]\Z")
# the word before a name in `_after_unit` (総務課, 情報システム部, SE): kanji, katakana, ASCII letters and digits
_UNIT_BEFORE = re.compile(rf"[{_K}ノヶ{_KATA}0-9A-Za-z]*\Z")
# a short date before the value of a role label (受理 12/3 川口, 記録 11/19 青木)
_DATE_LEAD = re.compile(r"[RHS]?[0-9]{1,4}[/.][0-9]{1,2}(?:[/.][0-9]{1,2})?[ \t]+(?=[^\x00-\x7f])")
# a label's value: up to the next separator, bracket or double space, at most 24 characters
_VALUE_RE = re.compile(r"(?:[^\n\r\t,、。，．/|;；()（）「」【】<>\[\]:： ]| (?![ \t]))+")
_ORG_WORDS = re.compile(r"株式会社|有限会社|合同会社|[(（]株[)）]|㈱|部$|課$|室$|センター|チーム|グループ")
_COMPANY_FORM = re.compile(r"株式会社|有限会社|合同会社")
_NAME_VALUE = re.compile(rf"[{_K}{_KATA}{_HIRA}ノヶ]+(?: [{_K}{_KATA}{_HIRA}ノヶ]+)?")
_KANA_COMPANY = re.compile(
    r"[(（]カ[)）]|[(（]ユ[)）]|[(（]ド[)）]|カブシキ|ユウゲン|ゴウドウ|ガイシ[ャヤ]|カイシ[ャヤ]|(?:シ[ョヨ]ウジ|コウギ[ョヨ]ウ|ケンセツ|"
    r"シ[ョヨ]ウカイ|サンギ[ョヨ]ウ|ギンコウ|ホケン|シ[ョヨ]クヒン|ウンユ|インサツ|デンキ|ブツサン|ブッサン|セイサクシ[ョヨ]|"
    r"コウムテン|ツウシン|ノウリン|スイサン|コウサン|ジム[シ]?[ョヨ]|ホ[ー]?ルディングス)$"
)
_TITLE_END = re.compile(_first_char_alternation(_TITLES.split("|")) + "$")
_JSON_NAME = re.compile(
    r'"(?:name|full_?name|fullName|customer_?name|contact_?name|person|氏名|名前|お名前|担当者|顧客名|社員名|'
    r'display_?[Nn]ame|real_?[Nn]ame|sender_?[Nn]ame|author_?[Nn]ame)"\s*:\s*"([^"\n]{1,40})"'
)
# a user's display or real name in a chat export or an API payload
_JSON_HANDLE = re.compile(
    r'"(?:real_?[Nn]ame|display_?[Nn]ame|user_?[Nn]ame|sender_?[Nn]ame|author_?[Nn]ame|from_?[Nn]ame|nick_?[Nn]ame)"'
    r'\s*:\s*"([A-Za-z][A-Za-z._\- ]{1,30})"'
)


@lru_cache(maxsize=20_000)
def _handle_words_known(v: str) -> bool:
    """A handle of one to three name words (katagiri, ryo.kubota, Priya): each a romanised Japanese name or a known
    given or family name; at least one four letters long or more."""
    parts = [p for p in re.split(r"[._\- ]", v) if p]
    if not 1 <= len(parts) <= 3 or not all(p.isalpha() for p in parts) or max(len(p) for p in parts) < 4:
        return False
    names = _names()
    for p in parts:
        k = _romaji_key(p)
        f = _flags(p[:1].upper() + p[1:].lower(), names)
        if not (k in names.family_roma or k in names.given_roma or f & (_KNOWN & ~_W_FLAG)) or f & _X_FLAG:
            return False
    return True


_HANDLE_SEP = re.compile(r"[._\-]")
# a headcount, then the people it counts in brackets (㈱タカセ設備 2名（高瀬、仲宗根）)
_COUNTED_NAMES = re.compile(r"[0-9０-９]名[（(]([\u4e00-\u9fff々\u30a1-\u30fa\u30fc]{1,8}(?:[、・,，][\u4e00-\u9fff々\u30a1-\u30fa\u30fc]{1,8}){0,7})[)）]")
# … and the names a count closes (工藤、西尾、森田、グエンの4名)
_NAMES_COUNTED = re.compile(r"(?<![\u4e00-\u9fff々\u30a1-\u30fa\u30fc])([\u4e00-\u9fff々\u30a1-\u30fa\u30fc]{1,8}(?:、[\u4e00-\u9fff々\u30a1-\u30fa\u30fc]{1,8}){1,7})"
                            r"の[0-9０-９一二三四五六七八九十]{1,2}名")
# a business card's romanised name on the line under the name (矢代　圭一郎⏎Keiichiro Yashiro)
_LATIN_NAME_LINE = re.compile(r"[ \t]*([A-Z][a-z]+(?: [A-Z][a-z]+){1,2}|[A-Z]{2,}(?: [A-Z]{2,}){1,2})[ \t]*(?:\n|$)")


def _romanised_next_lines(t: str, cands: list) -> None:
    for s, e, _ in list(cands):
        ls = t.rfind("\n", 0, s) + 1
        le = t.find("\n", e)
        if le < 0 or t[ls:s].strip() or t[e:le].strip() or not _is_kanji_char(t[s]):
            continue  # (only a name that fills its line)
        m = _LATIN_NAME_LINE.match(t, le + 1)
        if m is not None and not any(w.capitalize() in _LATIN_STOP for w in m.group(1).split()):
            cands.append((m.start(1), m.end(1), 0.8))


# a chat speaker written as a role code and a surname (OP_Yamane:, CS_Tanaka:, SV-Kato:)
_ROLE_HANDLE = re.compile(r"(?:OP|CS|SV|AG|OPE|CC|TL|CR|CSR)(?<![A-Za-z0-9][A-Z][A-Z])(?<![A-Za-z0-9][A-Z][A-Z][A-Z])"
                          r"[_\-]([A-Z][a-z]{2,15})(?=[ \t]*[:：)）])")
# a home directory named after its user, two name words joined by a dot or an underscore
_HOME_DIR = re.compile(r"(?:/home/|\\home\$?\\|/Users/|\\Users\\)([A-Za-z]{2,}[._][A-Za-z]{2,})(?![A-Za-z0-9.@])")


# a surname named as someone's new or former one, quoted (新姓は「大塚」, 旧姓「石田」)
_QUOTED_SURNAME = re.compile(r"(?:新姓|旧姓|旧氏|新しい姓|結婚後の姓|婚姻後の姓)(?:は|が)?[ \t]?「([\u4e00-\u9fff々]{1,4})」")


# a note's or a forwarding stamp's time with its author's surname before the closing bracket ([2025-05-20 10:12 上原],
# [… 転送 6/23 10:02 儀間])
_TIMED_AUTHOR = re.compile(r":(?<=[0-9]:)[0-5][0-9][ \t]+([\u4e00-\u9fff々]{2,4})\]")


# a code review's or an issue tracker's mention of a member by a handle made of a romanised name (cc @kenji-watanabe,
# Reviewer: @daichi-ishii, **aya-murakami** commented) — not a mailbox (taro@example.com: a character before the @)
# (hyphened or dotted, as GitHub and Slack accounts are; a social account's @takagi_shu or a LINE ID is a brand as
# often)
_HANDLE_MENTION = re.compile(r"@(?<![A-Za-z0-9._%+\-]@)([A-Za-z]{2,}[-.][A-Za-z]{2,})(?![A-Za-z0-9@_\-]|\.[A-Za-z])"
                             r"|\*\*([A-Za-z]{2,}[-.][A-Za-z]{2,})\*\* commented")


# a staff label, then the staff member's unit and surname (作成者: 本部経理 宮本, 担当：武蔵小杉校 吉川), or a role and a
# surname in brackets (（事務：田村）)
_UNIT_THEN_SURNAME = re.compile(  # (one character class first, which the regex engine scans for; then the words)
    r"[担作記出対受確承報（(](?:(?<=[担作記出対受確承報])"
    r"(?:(?<=担)当者?|(?<=作)成者?|(?<=記)録者?|(?<=出)力者|(?<=対)応者?|(?<=受)付者?|(?<=確)認者?|(?<=承)認者?|(?<=記)入者"
    r"|(?<=報)告者)[ \t]*[:：][ \t]*"
    r"(?:[^\s:：()（）]{0,10}(?:部|課|係|校|店|室|センター|経理|総務|事務局|支店|営業所|本部|グループ|チーム)"
    r"|(?:OP|CS|SV|ID|No\.?)[-‐ ]?[0-9]{2,5})[ \t]+"
    r"([\u4e00-\u9fff々]{1,4})(?=[ \t]*(?:$|\n|[（(、,／/)）])|[ \t]{2})"
    r"|(?<=[（(])(?:事務|担当|記録|確認|対応|受付|作成|入力|会計|庶務|書記)[ \t]*[：:][ \t]?([\u4e00-\u9fff々]{1,4})[)）])",
    re.M)


def _unit_then_surname(t: str, out: list) -> None:
    for m in _UNIT_THEN_SURNAME.finditer(t):
        g = 1 if m.group(1) else 2
        if _bare_surname(m.group(g), 1):
            out.append((*m.span(g), 0.75))


# digits read out in katakana (ゼロハチゼロハチ, an address or a number spelt on a call): no name
_KATA_DIGITS = re.compile(r"(?:ゼロ|レイ|マル|イチ|ワン|ニー|ニ|サン|ヨン|ゴー|ゴ|ロク|ナナ|シチ|ハチ|キュウ|キュー|キュ|ジュウ|[ 　・])+")


# the Latin initials a katakana word's first sound may be written with (ソ: s, c, z; ラ: r, l; a vowel: a vowel, h, j …)
_KANA_INITIALS = {"a": "aeiouhjyw", "i": "aeiouhjy", "u": "aeiouhwv", "e": "aeiouhjy", "o": "aeiouhw", "k": "kcqgx",
                  "g": "gjkh", "s": "sczx", "z": "zjsx", "t": "tcd", "d": "dtj", "n": "n", "h": "hfw", "b": "bvp",
                  "p": "pb", "m": "m", "y": "yjie", "r": "rl", "w": "wvoh", "v": "vbw"}


def _country_name(w: str) -> bool:
    """A country's name (Pierre Lefèvre（フランス）: where he is from, not his name read out)."""
    from .columns import _COUNTRY_NAMES  # noqa: PLC0415 - (columns imports this module's callers)

    return w in _COUNTRY_NAMES


def _initial_fits(latin: str, kana: str) -> bool:
    """Whether a katakana reading can start as one of the Latin words does (Sophia（ソフィア）, not Kenta
    Yoshida（ライブエッジ）): a cheap test that a loanword in brackets is the name read out, not something else."""
    try:
        sound = unicodedata.name(kana[0]).split()[-1].lower()
    except ValueError:
        return True
    fits = _KANA_INITIALS.get(sound[0], sound[0])
    return any(w[:1].lower() in fits for w in latin.replace(",", " ").split())


# a spot relative to a place (…の前, …の奥, …の横): one kanji that is also a rare surname
_SPOT_NOUNS = frozenset("前奥横隣中上下外内先裏表脇側後")


# a chat's display name with the member's handle after it ([09:12] 三上 聡 (@s.mikami):, 井口 奈緒（@nao.iguchi）)
_AT_HANDLE = re.compile(r"[ \t]?[(（]@([A-Za-z][A-Za-z0-9._\-]{1,30})[)）]")


def _at_handles(t: str, cands: list) -> None:
    ends = {e for _, e, sc in cands if sc >= 0.7}
    for m in _AT_HANDLE.finditer(t):
        if m.start() in ends:
            v = m.group(1).rstrip("._-")
            if not any(c.isdigit() for c in v) or _log_handle_ok(v):
                cands.append((m.start(1), m.start(1) + len(v), 0.75))


def _speaker_handle(v: str) -> bool:
    """A chat speaker's handle of two name-like words (tilak.gurung, bui.duc at [03:58] …:): the speaker's place vouches
    for names the romanised lists lack, unless a word is an ordinary English one (system.bot, admin.user)."""
    parts = _SPEAKER_SEP.split(v)
    if len(parts) != 2 or not all(p.isalpha() and p.islower() and p not in _TECH_WORDS for p in parts):
        return False
    if min(map(len, parts)) == 1:
        # an initial and a romanised surname (kubodera.m, m_toriumi, m.sakakibara): the surname shaped as romaji
        # (a known one, or one of five letters or more: hiro_k is a nickname's)
        word = max(parts, key=len)
        return len(word) <= 12 and word.capitalize() not in _LATIN_STOP and (
            _romaji_key(word) in _names().family_roma if len(word) < 5 else _ROMAJI_SHAPE_RE.fullmatch(word) is not None)
    # (usami_hideto: two words joined by an underscore are a name as well)
    return all(3 <= len(p) <= 12 and p.capitalize() not in _LATIN_STOP for p in parts) and (
        "." in v or all(_ROMAJI_SHAPE_RE.fullmatch(p) is not None for p in parts))


_SPEAKER_SEP = re.compile(r"[._]")
_TECH_WORDS = frozenset("cron daily weekly job jobs batch svc service noreply reply notify notifier deploy ops dev prod "
                        # (a department's account: jinji_kasahara is the HR desk's, soumu.kanri the general affairs')
                        "jinji soumu somu keiri eigyo eigyou kanri shomu houmu homu kikaku joho jouhou "
                        "test monitor backup sync log logs app api web bot bots hook hooks mail alert alerts".split())


def _log_handle_ok(v: str) -> bool:
    """A staff handle of a log or a chat (K.Arai, yamaguchi.s, kenta.ogawa, T.Mochizuki): romanised name words, with
    one-letter initials beside them."""
    parts = [p for p in _HANDLE_SEP.split(v) if p]
    words = [p for p in parts if len(p) > 1]
    if not 1 <= len(words) <= 2 or len(parts) > 3 or not all(p.isalpha() for p in parts) or max(map(len, words)) < 4:
        return False
    if len(words) == 1 and len(parts) == 1:
        return False  # (one word alone is a plain login or an English word: admin, batch)
    names = _names()
    known = [_romaji_key(p) in names.family_roma or _romaji_key(p) in names.given_roma for p in words]
    # (a surname the romanised list lacks beside a known given name: tsuda.hiromi, kanemoto.takuya)
    return all(known) or (len(words) == 2 and any(known) and all(
        _ROMAJI_SHAPE_RE.fullmatch(p.lower()) is not None for p in words))


# a log's staff field (staff=K.Arai, operator=yamaguchi.s) and a chat's Latin handle after a time ([10:03] kenta.ogawa:,
# [2024-06-10 20:11] takeshi.mori:)
# (not user=: a login, often a mailbox's local part, which older sets leave to EMAIL_ADDRESS or unlabelled)
# (also a YAML or JSON key: assignee: kaneko.shota, "decided_by": "saeki.misaki")
# (the keys that name a staff member, shared with `_LOG_KEY_HINT`)
_STAFF_KEYS = ("staff", "operator", "assignee", "agent", "worker", "driver", "clerk", "reviewer", "approver", "checker")
_LOG_HANDLE = re.compile(r"(?<![A-Za-z_])(?:" + "|".join(_STAFF_KEYS)
                         + r"|[a-z]{2,12}_by|(?<=\")by(?=\")|(?<=\")op(?=\")"
                         r"|(?:created|updated|modified|lastModified|approved|assigned|reviewed|requested|owned)By)"
                         r"(?:=|\"?[ \t]*:[ \t]*)\"?([A-Za-z][A-Za-z._\-]{1,30})")
# (a role or team in brackets may stand between the handle and its colon: [08:41] tsuda.hiromi (ICN): …)
_CHAT_HANDLE = re.compile(r"(?m)^\[?(?:[0-9]{4}[-/][0-9]{1,2}[-/][0-9]{1,2}[ T])?[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?\]?"
                          r"[ \t]+([A-Za-z][A-Za-z._\-]{2,30})"
                          r"(?:[ \t]?\([^()\n:]{1,16}\))?:[ \t]")


_LOG_KEY_HINT = re.compile(  # (each alternative starts with its word: the regex engine scans for their first letters)
    "|".join(w + r"(?:=|\"?[ \t]*:)" for w in _STAFF_KEYS + ("_by", '"by', "By", '"op'))
    + "|login")
# an account list's login key with a romanised name as its value (- login: teruya.maho, "login_id": "kabira.yuto")
# (the whole value: not the local part of a mailbox, login_id=t.kondo.77@example.jp)
_LOGIN_KEY = re.compile(r"(?<![A-Za-z_])login(?:_id|_name)?\"?[ \t]*[:=][ \t]*\"?([A-Za-z][A-Za-z._\-]{2,30})"
                        r"(?![A-Za-z0-9._@\-])")
# a chat export's line head: the member's handle, then the time (kenta.ishii  11:09, [yuki.takeda] 09:12)
# (the time may stand in brackets, as a Slack export prints it: takayuki.shishido [21:03])
_HANDLE_THEN_TIME = re.compile(r"(?m)^\[?([A-Za-z][A-Za-z._\-]{2,30})\]?[ \t]{1,3}\[?[0-2]?[0-9]:[0-5][0-9](?![0-9])")
_HANDLE_TIME_HINT = re.compile(r"[a-z]\]?[ \t]{1,3}\[?[0-2]?[0-9]:[0-5][0-9]")
_CHAT_HANDLE_HINT = re.compile(r":[0-5][0-9]\]?[ \t]+[A-Za-z][A-Za-z._\-]{2,30}(?:[ \t]?\([^()\n:]{1,16}\))?:")


# a staff label in Japanese, then the staff member's account (出力者 m.teraoka, 作成者：kenta.ogawa, 担当(OBA.T))
_JA_LABEL_HANDLE = re.compile(r"(?:出力|作成|登録|更新|承認|受付|確認|対応|入力|記入|担当)者?[ \t]*[:：]?[ \t]*[(（]?"
                              r"([A-Za-z][A-Za-z._\-]{2,30})(?![A-Za-z0-9@._\-])")


# a staff role in katakana, then the surname, glued or one space apart (担当プランナー仁科, カメラマン 藍沢)
_KATA_ROLE_SURNAME = re.compile(rf"(?:プランナー|カメラマン|コーディネーター|スタイリスト|トレーナー|インストラクター|ドライバー|"
                                rf"オペレーター|マネージャー|リーダー|チーフ|アシスタント|ヘアメイク|アテンダー)[ ]?([{_K}]{{2,4}})(?![{_K}])")


# a chat line whose speaker is a shop or a desk with the writer's surname in brackets, after the time (13:05
# 桜新町店（水野）　…, 17:44 みどり台DS（三好）　…)
_DESK_SPEAKER = re.compile(rf"(?m)^[ \t]*\[?[0-2]?[0-9]:[0-5][0-9]\]?[ \t]+[^\s（()）:：]{{1,16}}[（(]([{_K}]{{1,4}})[)）]"
                           r"(?:[ \t\u3000]|[:：])")


# a radio log's line: the time, the caller's call sign, then the caller's surname and a gap (09:02  P1 辺見     山頂…)
_CALL_SIGN_CALLER = re.compile(rf"(?m)^[ \t]*[0-2]?[0-9]:[0-5][0-9][ \t]+[A-Z][0-9]{{1,2}}[ \t]+([{_K}]{{2,4}}|[A-Z][a-z]{{2,12}})"
                               r"(?=[ \t]{2,}|\t)")


def _call_sign_callers(t: str, out: list) -> None:
    for m in _line_matches(_CALL_SIGN_CALLER, t, _MINUTES):
        w = m.group(1)
        if _bare_surname(w, 1) if _is_kanji_char(w[0]) else _romaji_key(w) in _names().family_roma:
            out.append((*m.span(1), 0.75))


def _desk_speakers(t: str, out: list) -> None:
    for m in _line_matches(_DESK_SPEAKER, t, _MINUTES):
        if _bare_surname(m.group(1), 1):
            out.append((*m.span(1), 0.75))


def _surname_in_person(t: str, out: list) -> None:
    """A surname then 本人 (奥寺本人による誤記, 山田本人が来店): the person themself, named."""
    p = t.find("本人")
    while p >= 0:
        ws = _run_start(t, p, _is_kanji_char)
        if 2 <= p - ws <= 4 and _bare_surname(t[ws:p], 1):
            out.append((ws, p, 0.7))
        p = t.find("本人", p + 2)


def _kata_role_surnames(t: str, out: list) -> None:
    for m in _KATA_ROLE_SURNAME.finditer(t):
        if _bare_surname(m.group(1), 1):
            out.append((*m.span(1), 0.7))


# a booking grid's cell: the staff member, a colon, then the client with 様 (片桐：森本様, ソン：体験（吉永様）)
_STAFF_CLIENT_CELL = re.compile(rf"(?m)(?:^|(?<=[|｜\t]))[ \t]*([{_K}]{{1,4}}|[{_KATA}]{{2,6}})[：:]"
                                rf"(?=[ \t]?[^\n|｜:：]{{0,10}}?[{_K}{_KATA}]{{1,6}}様)")


def _staff_client_cells(t: str, out: list) -> None:
    for m in _STAFF_CLIENT_CELL.finditer(t):
        w = m.group(1)
        if _bare_surname(w, 1) if _is_kanji_char(w[0]) else (
                not _common_word(w) and w not in _KANA_ROLE and not _kata_loanword(w)):
            out.append((*m.span(1), 0.7))


# a chat export's message header on a line of its own: the writer's name, a gap, then the date and time (雲母 亜希子
# 2025/03/03 10:14, 薬袋 航  4/1 9:12)
_NAME_DATE_HEADER = re.compile(rf"(?m)^([{_K}]{{1,4}}(?: [{_K}\u3041-\u3096{_KATA}]{{1,5}})?)[ \t]{{2,}}"
                               r"(?:[0-9]{4}[/\-])?[0-9]{1,2}[/\-][0-9]{1,2}(?:\([^)\n]{1,3}\))?[ \t]+[0-2]?[0-9]:[0-5][0-9]"
                               r"(?::[0-5][0-9])?[ \t]*$")


def _name_date_headers(t: str, out: list) -> None:
    for m in _line_matches(_NAME_DATE_HEADER, t, _MINUTES):
        name = m.group(1)
        fam, _, giv = name.partition(" ")
        if _bare_surname(fam, 0 if giv else 1):
            out.append((*m.span(1), 0.75))


def _ja_label_handles(t: str, out: list) -> None:
    for m in _JA_LABEL_HANDLE.finditer(t):
        v = m.group(1).rstrip(".-_")
        if _log_handle_ok(v) or (_speaker_handle(v.lower()) and (v.islower() or v.isupper())):
            out.append((m.start(1), m.start(1) + len(v), 0.75))


def _log_handles(t: str, out: list) -> None:
    rxs = ((_LOG_HANDLE,) if "=" in t or ":" in t else ()) + ((_CHAT_HANDLE, _HANDLE_THEN_TIME) if ":" in t and "." in t else ()) + (
        (_LOGIN_KEY,) if "login" in t or "ogin_id" in t else ())
    for rx in rxs:
        for m in rx.finditer(t):
            v = m.group(1).rstrip(".-_")
            nxt = t[m.start(1) + len(v):m.start(1) + len(v) + 2]
            if nxt[:1] == "@" or nxt[:1].isdigit() or (nxt[:1] == "." and nxt[1:].isalnum()):
                continue  # (a mailbox's local part: mori.haruka.0921@…, kenta.ogawa@…)
            if (_log_handle_ok(v) or (
                    rx is not _LOGIN_KEY and _speaker_handle(v)) or (
                    rx is _LOG_HANDLE and len(v) >= 4 and v.isalpha() and v.islower()
                    and _romaji_key(v) in _names().family_roma)):  # ("staff":"tamura": a staff key's surname alone)
                out.append((m.start(1), m.start(1) + len(v), 0.75))  # (not the local part of a mailbox)


_LATIN_CELL_WORDS = re.compile(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)?")


@lru_cache(maxsize=20_000)
def latin_name_known(v: str) -> bool:
    """A cell that reads as a Latin-script person's name (Jessica Park, Sato, Yuki, HENDERSON, SARAH ANNE): two to
    four name words (a comma after the first allowed), one of them a known given or family name or a romanised
    Japanese name, none a word that is no name (Team, Sales, Tokyo)."""
    parts = v.replace(",", " ").split()
    if not 2 <= len(parts) <= 4 or not all(_LATIN_CELL_WORDS.fullmatch(p) for p in parts):
        return False
    if latin_place(v, 0, len(v)):
        return False  # San Francisco, Kuala Lumpur
    names = _names()
    known = False
    for p in parts:
        w = p[:1].upper() + p[1:].lower() if p.isupper() else p
        f = _flags(w, names)
        if f & _X_FLAG:
            return False
        k = _romaji_key(p)
        known = known or k in names.family_roma or k in names.given_roma or bool(f & (_KNOWN & ~_W_FLAG))
    return known


# an airline booking's SURNAME/GIVEN as a JSON value, maybe with a title key after it
_PNR_VALUE = re.compile(
    r"[A-Z]{2,20}(?:[ \-][A-Z]{2,20})?/[A-Z]{2,20}(?: [A-Z]{2,20}){0,2}(?: (?:MR|MS|MRS|MISS|MSTR))?"
)
_PNR_TITLE = re.compile(r'\s*,\s*"(?:title|salutation|prefix)"\s*:\s*"(?:MR|MS|MRS|MISS|MSTR|DR|Mr|Ms|Mrs)\.?"')
# an XML element named for a person's name (<氏名>PHAM THI THU</氏名>, <氏名カナ>, <被保険者氏名>, <ローマ字氏名>)
_XML_NAME = re.compile(r"<([^<>/\s=]{0,10}(?:氏名|名前)(?:カナ|フリガナ|ローマ字|漢字)?)>([^<>\n]{1,40})</\1>")
# English element names of a person's name: name, nameRoman, familyName, full_name, customerName … and, inside a
# <name> element, its parts by script or order (kanji, kana, roman, family, given)
_XML_NAME_EN = re.compile(
    r"<([A-Za-z]{0,12}[_\-]?(?:[Nn]ame|NAME)(?:[_\-]?[A-Za-z]{1,8})?|family|given|surname|first|last|middle|kanji|kana|"
    r"katakana|hiragana|roman|romaji|latin|sei|mei)(?:\s[^<>\n]{0,80})?>([^<>\n]{1,40})</\1>"
)
_XML_NAME_PARENT = re.compile(
    r"<(?:[A-Za-z]{0,12}(?:[Nn]ame|NAME)|氏名|名前)(?:\s[^<>]*)?>(?:\s*<[^/<>][^<>]*>[^<>]*</[^<>]+>)*\s*\Z"
)
_XML_PART_TAGS = frozenset(
    "family given surname first last middle kanji kana katakana hiragana roman romaji latin sei mei".split()
)
# what comes before or after "name" in an element's name
_XML_PERSON_HEADS = frozenset(
    "full first last family given sur middle maiden customer contact person guest member employee staff student "
    "patient applicant passenger pax holder account cardholder owner driver user display nick kanji kana roman romaji "
    "latin en ja jp english local native legal billing shipping recipient sender emergency parent guardian".split()
)
_XML_THING_HEADS = frozenset(
    "user display nick account product item company corp org organization file host server domain shop store bank "
    "branch brand model service plan course event venue building street city station app tag type class group team "
    "project job task field column table key param attr category dept department section unit".split()
)


def _xml_tag_kind(tag: str) -> str | None:
    """'part' (a part of a <name> element: kanji, family …), 'plain' (name), 'person' (nameRoman, familyName …) or
    None (productName, fileName, hostName …)."""
    low = tag.lower()
    if low in _XML_PART_TAGS:
        return "part"
    head, _, tail = low.replace("-", "_").partition("name")
    head, tail = head.strip("_"), tail.strip("_")
    if not head and not tail:
        return "plain"
    if head in _XML_THING_HEADS or tail in _XML_THING_HEADS:
        return None
    if (not head or head in _XML_PERSON_HEADS) and (not tail or tail in _XML_PERSON_HEADS):
        return "person"
    return None


@lru_cache(maxsize=20_000)
def _latin_xml_value(value: str, plain: bool) -> bool:
    """A Latin value of a name element: one to four capitalised or upper-case words, none a stop or company word (a
    plain <name> element may hold a product: there the words must be known names)."""
    words = value.replace(",", " ").split()
    if not 1 <= len(words) <= 4 or not all(
        _CAP_WORD.fullmatch(w.rstrip(".")) or _CAP_WORD_ACCENTED.fullmatch(w) or re.fullmatch(r"[A-Z]\.?", w)
        for w in words
    ):
        return False
    if any(w.rstrip(".") in _LATIN_STOP for w in words):
        return False
    if plain:
        names = _names()
        fl = [_flags(w.rstrip("."), names) for w in words]
        if len(words) < 2 or any(f & _X_FLAG for f in fl):
            return False
        # every word a known name, or a known given name first and the rest shaped as names (Hannah Schäfer)
        return all(f & (_KNOWN | _RG | _RF) for f in fl) or (
            bool(fl[0] & _G_FLAG) and not fl[0] & _W_FLAG and all(_CAP_WORD_ACCENTED.fullmatch(w) for w in words[1:]))
    return True


# a capitalised word with the accented letters of European names (Schäfer, Jörg, Müller, Núñez)
_CAP_WORD_ACCENTED = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{1,14}(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{1,14})?")


_LIST_SPAN = 160  # a list of names after a label is read up to this many characters (or the line end)
_LIST_SEP = re.compile(r"[、,，/・]")
_LIST_ITEM = re.compile(rf"(?:[^、,，/・\n]|(?<=[{_KATA}])・(?=[{_KATA}]))+")
# a list item that ends in a company word (鈴木建設グループ, 山田工業、…): the list names companies
_COMPANY_ITEM = re.compile(
    rf"[{_K}{_KATA}](?:建設|工業|工務店|商事|商店|産業|興業|製作所|運輸|電機|株式会社|有限会社|グループ|共同企業体|JV|"
    r"事務所|法律事務所|合同事務所|会計事務所|特許事務所)"
    r"(?=[、,，/・(（\n]|$)"
)
# (up to five parts: a Latin American name's two family names and two given names, ロドリゲス ウエダ マルコス ビニシウス)
_FOREIGN_KANA = re.compile(rf"[{_KATA}]{{2,10}}(?:[・ ][{_KATA}]{{1,10}}){{1,4}}")
_ITEM_TAIL = re.compile(  # (the words grouped by their first character: see `_first_char_alternation`)
    r"(?:[(（][^)）]*[)）]?|"
    + _first_char_alternation("様 さん さま 氏 殿 君 くん ちゃん 先生".split() + _TITLES.split("|"))
    + r")\s*$"
)
_INTRO_AFTER = re.compile(
    r"(?:です|と申します|でございます|でした|より|が担当|まで(?:ご連絡|お問い合わせ|お願い|。|\n)|宛て?[にでへ]|"
    r"が(?:同席|伺|参り|参上|対応|訪問|ご連絡|連絡|ご案内|説明))"
)
# on "\n" + text (possessive repeats: what follows each can never start inside it — the same matches, less backtracking)
_CHAT = re.compile(rf"\n[ \t]*+([{_K}]{{1,4}}+)(?:[ 　]([{_K}]{{1,4}}+))?[ \t]++[0-9]{{1,2}}:[0-9]{{2}}")
# (a katakana speaker, ブラウン 17:43, is looked for only in a log where a kanji one was found)
_CHAT_KANA = re.compile(rf"\n[ \t]*([{_KATA}]{{2,8}})[ \t]+[0-9]{{1,2}}:[0-9]{{2}}")
_CELL_SEP = r'[,\t|"<>\n]'
# a table cell of katakana (タナカサユリ, group 1) or of kanji and hiragana (田中さゆり, group 2): one scan for both
# (possessive repeats: a cell separator can never be inside the cell's text — the same matches, with less backtracking)
_CELL_RE = re.compile(rf"{_CELL_SEP}(?:([{_KATA}]{{4,14}}+)|([{_K}][{_K}\u3041-\u3096]{{1,7}}+))(?={_CELL_SEP})")


_NAME_CELL = re.compile(rf"^[{_K}][{_K}\u3041-\u3096]+$")
_HIRA_NOT_GIVEN = ("から", "まで", "より", "です", "ます", "でし", "まし", "しか", "だけ", "など", "ので", "のに", "けど", "たち", "ども", "さん", "さま", "くん", "ちゃん")
# after a space (a kanji before it is checked in code): a hiragana given name (山田 さゆり, group 1) or a katakana
# given name ending at a field boundary (坂本 ハル, group 2) — one scan for both
# (possessive repeats here and below: what follows each is disjoint from it — the same matches, less backtracking)
_KANJI_SP_GIVEN = re.compile(
    # (a hiragana given name ends the word: not the head of a word a kanji goes on with, 荒木　けん引, but 様 may follow)
    rf" (?:([\u3041-\u3096]{{2,4}}+)(?![\u3041-\u3096]|(?![様殿氏君宛子江代枝美恵乃世絵])[\u4e00-\u9fff])|([{_KATA}]{{2,4}}+)(?=[ \t|,、\n(（子江代枝美恵]|$))"
)
# the end of a field in a fixed-width or delimited listing (two spaces, a tab, a cell separator, the line end)
_WIDE_END = re.compile(r"(?:  |[ ]?[\t|,\n]|$)")
# where a field of a form or table ends after a name (so "山田 ひなた" is the whole value, not the start of a phrase)
_FIELD_END = re.compile(r"(?:$|[\n\t,|<(（]| (?![\u3041-\u3096]))")
_PHONE_PIECE = re.compile(r"\+?[0-9][0-9()\-]{8,}")  # a telephone number after a name in a contact line
_TO_KATA = {c: c + 0x60 for c in range(0x3041, 0x3097)}
_KANJI_HIRA_FIELD = re.compile(
    rf"[ \t\n\r\f\v,、。:：/|]()()([{_K}]{{1,3}}+)([\u3041-\u3096]{{3,4}}+)(?![\u3041-\u3096])"
)
_KIN_ONE = frozenset("夫妻父母兄姉弟妹孫娘")  # one-kanji family relations written before a name
_PLACE_BEFORE = set("都道府県市区町村郡")
_PLACE_AFTER = re.compile(r"^(?:丁目|番地|丁|町|通|[0-9]|[一二三四五六七八九十]+丁)")
# a company form right before a name (株式会社山田, （株）田中): `_company_before` tests the 12 characters before a
# name with one suffix test, as a search of `(?:株式会社|…|[(（]株[)）]|㈱|㈲)\Z` there would (and a little faster)
_COMPANY_FORMS = tuple(
    "株式会社 有限会社 合同会社 合資会社 合名会社 一般社団法人 財団法人 医療法人 学校法人 (株) (株） （株) （株） ㈱ ㈲".split()
)


def _company_before(t: str, i: int) -> bool:
    """A company form ends at index i, within the 12 characters before it."""
    return t.endswith(_COMPANY_FORMS, max(0, i - 12), i)


_COMPANY_AFTER = re.compile(
    r"^[ \t]*(?:株式会社|有限会社|合同会社|合資会社|[(（]株[)）]|㈱|商事|商店|商会|工業|建設|銀行|証券|保険|"
    r"不動産|運輸|印刷|製作所|工務店|興業|産業|電機|電気|食品|物産|ホールディングス|グループ|本舗|屋|堂|"
    r"駅|線|町|村|市|区|郡|県|通り|大学|高校|病院|医院|クリニック|ビル|ホテル|記念|賞|財団|事務所|"
    # professional offices named after a partner or a place (奈良あおば法律事務所, 林・岡本合同事務所)
    r"法律事務所|特許事務所|会計事務所|合同事務所|税理士事務所|"
    # a politician's supporters' association or office named after them (高城修一郎後援会, 高城修一郎 選挙事務所)
    r"後援会|連合後援会|選挙事務所|事務所|を支える会|を応援する会|"
    # a clinic named after a founder or a place (豊洲あおば歯科, 高橋内科)
    r"歯科|内科|外科|眼科|皮膚科|耳鼻科|耳鼻咽喉科|小児科|整形外科|産婦人科|調剤薬局|薬局|動物病院|接骨院|整骨院|鍼灸院|治療院|"
    # facilities named after a place or a founder (堺ひかり総合病院, 福井羽水センター)
    r"総合病院|総合|センター|会館|学園|幼稚園|保育園|営業所|支店|本店|倉庫|"
    # a society or medical corporation named after a founder or a virtue (医療法人 恵愛会): 会 alone, not 会長
    r"会(?![\u3400-\u9fff]))"
)
_ORG_UNIT = re.compile(
    r"(?:部|課|室|係|班|店|局|署|所|センター|チーム|グループ|支社|支店|本社|営業所|事業部|本部|株式会社|有限会社|"
    r"合同会社|[(（]株[)）]|㈱|社長|部長|課長|係長|主任|取締役|代表|会長|専務|常務|担当)$"
)
# (OCR and PDF text pad the bracket and double the space: 宮 脇　 聡 子   様   （ ミヤワキ  サトコ ）)
_READING_AFTER = re.compile(
    rf"[ \t]{{0,6}}[(（] ?([{_KATA}\u3041-\u3096][{_KATA}\u3041-\u3096・ ]{{0,19}}[{_KATA}\u3041-\u3096]"
    r"|[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){1,2}) ?[)）]"
)
# the name in its own script after a romanised one (Lee Min-jun / 이민준, Chen Yu-ting（陳 妤婷）,
# Keiko Whitfield (ホイットフィールド 恵子)): Hangul, or a short kanji family and given name, in brackets or after a slash
_NATIVE_AFTER = re.compile(
    rf"[ \t]?(?:/[ \t]?([\uac00-\ud7a3]{{2,5}})(?![\uac00-\ud7a3])|[(（]([\uac00-\ud7a3]{{2,5}}|[{_K}]{{1,2}} [{_K}]{{1,3}}|"
    rf"[{_KATA}]{{2,12}} [{_K}]{{1,3}}|[{_K}]{{1,3}} [{_KATA}]{{2,12}})[)）])"
)


@lru_cache(maxsize=20_000)
def _reading_ok(name: str, reading: str) -> bool:
    """Is the bracketed text after a name its reading (今井（イマイ）), not a note (今井（スタッフ）)?

    A Latin rendering passes; kana must start with a reading the dictionary gives the name's first part, or,
    when the dictionary gives none, must not be an ordinary word."""
    if reading[0].isascii():
        # (a Latin name's Latin bracket is a note: Anjali Deshpande (HRBP India); so is a bracket of ordinary words:
        # 中井 修平(Direct Message))
        return not name[:1].isascii() and not latin_stopped(reading, _names())
    kana = reading.replace(" ", "").replace("・", "").translate(_TO_KATA)
    if any(map(_is_kanji_char, name)) and len(kana) > sum(3 if _is_kanji_char(c) else 1 for c in name
                                                         if c not in " \u3000・") + 1:
        return False  # 永井ケンジ（アコースティックセッション）: longer than any reading of the name (a kanji reads in 3 at most)
    head = name.split(" ")[0].split("\u3000")[0]
    if any(p.endswith(_KANA_BUSINESS_TAILS) or p in _KANA_BUSINESS or p in _KANA_ROLE or p.endswith(_KANA_ROLE_TAILS)
           for p in re.split(r"[ ・]", reading)):
        # ツツミ　アヤカ（デザインオフィス アヤ）: the holder's trade name; 名嘉真 徹（チーフインストラクター）: a role
        return False
    if not _KANJI_CHARS.match(head):
        if all("\u3041" <= c <= "\u3096" or "\u30a1" <= c <= "\u30fc" or c in " \u3000・" for c in name):
            # a kana name's kana bracket is the name again, another of their names (ミンさん（グエン・ヴァン・ミン）,
            # タナカ ミホ（カワムラ）) or a note (ゆい（チューター）: her role, an ordinary word)
            pos = nlp.surface_pos(kana)
            return kana == "".join(c for c in name if c not in " \u3000・").translate(_TO_KATA) or not (
                pos and all(p[1] != "固有名詞" for p in pos))
        return True  # a Latin name: its bracket is a rendering
    known = nlp.readings(head, "姓") | nlp.readings(head, "名")
    if known:
        return any(kana.startswith(k) for k in known)
    return not _common_word(kana)


_KANA_ROLE_TAILS = ("インストラクター", "ガイド", "リーダー", "マネージャー", "マネジャー", "スタッフ", "ディレクター", "トレーナー",
                    "コーディネーター", "アドバイザー", "エンジニア", "オペレーター", "ドライバー", "コーチ")
_BEFORE_READING = re.compile(rf"(?<![{_K}ノヶ])([{_K}ノヶ]{{1,4}})(?: ([{_K}ノヶ]{{1,4}}))? ?\Z")


def _name_before_reading(t: str, p: int, reading: str) -> tuple[int, int] | None:
    """The kanji name before the bracket at p whose found reading is inside it (竹内 蒼（タケウチ アオイ）): the
    bracket makes it a name even when the dictionary does not know its given name. The surname's reading must
    begin the kana."""
    m = _BEFORE_READING.search(t, max(0, p - 12), p)
    if m is None or not _KATA_CHARS.match(reading.replace(" ", "").replace("・", "").translate(_TO_KATA)):
        return None
    kana = reading.replace(" ", "").replace("・", "").translate(_TO_KATA)
    for g in ([1, 2] if m.group(2) else [1]):
        fam = m.group(g)
        if _surname(fam) and any(kana.startswith(k) and len(kana) > len(k) for k in nlp.readings(fam, "姓")):
            return m.start(g), m.end(2) if m.group(2) else m.end(1)
    return None


# a kanji name and its kana reading in brackets, piece for piece: 東雲 航（シノノメ ワタル）, 小鳥遊 ことね（たかなし ことね）
_READING_IN_BRACKETS = rf"([{_KATA}{_HIRA}]{{2,8}}) ([{_KATA}{_HIRA}]{{1,8}})[)）]"
_NAME_AND_READING = re.compile(
    rf"(?<![{_K}ノヶ{_KATA}{_HIRA}])([{_K}ノヶ]{{1,4}}) ([{_K}ノヶ{_KATA}{_HIRA}]{{1,4}})[(（]" + _READING_IN_BRACKETS)
# the bracket of such a reading, led by the literal bracket (a fast scan): `_NAME_AND_READING` (led by a lookbehind,
# tried at every position) then runs from 9 characters before the first one — the longest name and its space
_READING_OPEN = re.compile(r"\((?=" + _READING_IN_BRACKETS + ")")
_READING_OPEN_WIDE = re.compile(r"（(?=" + _READING_IN_BRACKETS + ")")


# A full name written onto the word before or after it, without a label's separator: 長男土屋 浩二 (a relation),
# （原口 誠名義） (an account holder), 高知市本町五丁目１－３３　岡本 信也方 (care of, after an address)
_FULL = rf"([{_K}ノヶ]{{1,4}} [{_K}ノヶ{_KATA}{_HIRA}]{{1,4}})"
# (the relation word not after a kanji: the lookbehind sits after its first character, so that the scan is led by
# those characters — see `_first_char_alternation`)
_KIN_ATTACHED = re.compile(
    _first_char_alternation(
        "長男|長女|次男|次女|二男|二女|三男|三女|妻|夫|父|母|祖父|祖母|孫|兄|姉|弟|妹|息子|娘|配偶者".split("|"), _K
    )
    + r"[(（]?" + _FULL + rf"(?![{_K}ノヶ{_KATA}])")  # (or in brackets: 母（服部 かず子、昭和15年生まれ）)
# a legal or corporate role written onto a full name, or a few spaces before it (検察官江副 俊介, 国選弁護人大隈 理沙,
# 通知人宍戸　麻衣, 監査役    道明寺 忠, 宅地建物取引士  梶ヶ谷 直人)
_ROLE_ATTACHED = re.compile(
    r"(?:検察官|国選弁護人|私選弁護人|弁護人|弁護士|被通知人|通知人|申立人|相手方|原告|被告人|被告|債権者|債務者|"
    r"裁判官|裁判長|書記官|司法書士|行政書士|税理士|宅地建物取引士|監査役|取締役|代表取締役|代表理事|理事|監事|清算人|"
    r"管財人|後見人|保佐人|補助人|遺言執行者|相続人|被相続人|"
    # the other people of a case file (訴外田辺 晴美, 被害者浅見 浩之, 証人小宮山 健)
    r"訴外|補助参加人|利害関係人|参加人|証人|被害者|加害者|目撃者|参考人|被疑者|"
    # wills, estates and applications (遺言者桐山 文雄, 受遺者, 申請人, 公証人)
    r"遺言者|受遺者|申請人|申述人|公証人|公証員|届出人|"
    # a person's real name written onto the word (本名小野寺 真白, 実名大森 一輝)
    r"本名|実名|戸籍名|"
    # an investigator's report (対象者中山 隆之は, 同僚矢部 静香と, 撮影者宮本)
    r"調査対象者|対象者|調査員|撮影者|同僚|交際相手|知人|友人)[ ]{0,4}" + _FULL)  # (what follows is trimmed off)
# … and a surname alone written onto such a role, a particle after it (調査員遠藤が, 撮影者宮本⏎, 対象者中山は)
_ROLE_SURNAME = re.compile(
    rf"(?:調査対象者|対象者|調査員|撮影者|同僚|交際相手)([{_K}々]{{1,3}})(?=[はがのをにとへもや、。（(\s]|$)")
# a surname written onto 担当, before the copula, or before 担当 in brackets (担当小西です, （三宅担当）)
_DESK_SURNAME = re.compile(rf"(?<![{_K}])担当([{_K}々]{{1,3}})(?=です|でした|でございます|が(?:対応|伺|承|担当)|より|から)"
                           rf"|[(（]([{_K}々]{{1,3}})担当[)）]")
# the same roles with the full name written on without a space (相続人長尾キヨ子は, 遺言者桐山文雄は): the run is split
# where a surname the dictionary knows meets a given name it knows (or a kana given name with 子: キヨ子)
_ROLE_JOINED = re.compile(
    r"(?:相続人|被相続人|遺言者|受遺者|遺言執行者|申請人|申立人|申述人|相手方|原告|被告人|被告|債権者|債務者|後見人|"
    rf"被後見人|保佐人|届出人|証人|被害者|加害者|被疑者|本名|実名)([{_K}々]{{1,3}}(?:[{_K}々]{{1,3}}|[{_KATA}]{{1,3}}子))"
    r"(?=[はがのをにと、及並（(\s]|$)")
_HOLDER_ATTACHED = re.compile(r"[(（]" + _FULL + r" ?名義[)）]")
# a katakana full name after a legal role (成年後見人 ホウジョウ シロウ, 代理人 ミラー ジョン)
_ROLE_KANA = re.compile(rf"(?:成年後見人|後見人|保佐人|補助人|代理人|申立人|相続人|被相続人|喪主|施主|保証人|連帯保証人|契約者|借主|貸主|"
                        rf"受取人|名義人)[ ]?([{_KATA}]{{2,8}} [{_KATA}]{{2,8}})(?![{_KATA}])")
_LATE = re.compile(rf"故(?<![{_K}]故)[ ]?" + _FULL)  # (故 堤 文子 通夜: the deceased; not the 故 of 事故)
_CARE_OF = re.compile(r"(?<=[0-9号地階室 ])" + r" " + _FULL + r"方(?=[ \n,、)）]|$)")
_CARE_OF_HINT = re.compile("方")  # (led by a lookbehind, `_CARE_OF` is tried only in the 10 characters before a 方)
_HOLDER_HINT = re.compile("名義")  # (`_HOLDER_ATTACHED` is tried only at the brackets in the 11 characters before)
# a name that names a disease, a law or a prize after it (クロイツフェルト・ヤコブ病, 橋本病, ダウン症候群, ノーベル賞)
_EPONYM_AFTER = re.compile(r"病(?!院|棟|室)|症候群|症|反射|徴候|賞|効果|定理")
# … or a place named after a person (スカルノ・ハッタ国際空港, インディラ・ガンディー国際空港, 野口英世記念館)
_FACILITY_AFTER = re.compile(r"国際空港|空港|記念(?:館|公園|病院|財団|碑|像|図書館|美術館)|大通り|通り|国際|財団|美術館|博物館|文学館")
_FACILITY_FIRST = frozenset("国空記大通財美博文")
# … or the first characters of a Chinese company's name (上海鴻|発貿易有限公司, 上海恒|达精密机械有限公司)
_HANZI_COMPANY = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:有限公司|有限责任公司|公司|集团|集團|贸易|貿易有限)")
# the credit of a work after its creator's name (村上春樹著, 柳田国男 監修, 長谷川貞信 筆, 本阿弥光悦書・, 夏目漱石 [著]):
# a public author or artist named as a work's credit, in a catalogue, a loan list or an exhibition text
_CREATOR_AFTER = re.compile(
    rf" {{0,2}}(?:[\[［(（](?:著|編|編著|訳|作|絵|文|画|監修|作・絵|文・絵|作・画)[\]］)）]|"
    rf"(?:編著|監修|下絵|作画|原作|脚本|著|編|訳|筆|画|絵|作|書)(?![{_K}{_HIRA}]))")
_CREATOR_FIRST = frozenset(" [［(（編監下作原脚著訳筆画絵書")
# what dates a text to before modern times: an era year before 明治 (延享2年, 寛政12年), a year before 1868 in brackets,
# a period (江戸時代, 幕末): names written there without a space or honorific are historical figures (伊能忠敬, 葛飾北斎)
_ERAS = frozenset((
    "慶長 元和 寛永 正保 慶安 承応 明暦 万治 寛文 延宝 天和 貞享 元禄 宝永 正徳 享保 元文 寛保 延享 寛延 宝暦 明和 安永 天明 "
    "寛政 享和 文化 文政 天保 弘化 嘉永 安政 万延 文久 元治 慶応 天正 文禄 永禄 天文 弘治 元亀 応仁 文明 明応 永正 大永 享禄").split())
# (a year before 1868: 1745年, （1745）; led by its literal first digit, a fast scan)
_OLD_YEAR = re.compile(r"[(（]1(?:[0-7][0-9]{2}|8[0-5][0-9]|86[0-7])年?(?:[〜～\-–][0-9]{2,4}年?)?[)）]|"
                       r"1(?<![0-9]1)(?:[0-7][0-9]{2}|8[0-5][0-9]|86[0-7])年(?!代|度)")
_PERIOD = re.compile(r"(?:江戸|室町|鎌倉|平安|奈良|飛鳥|安土桃山|戦国)時代|幕末|(?:1[0-8]|十[一-九]?|[一-九])世紀")


def _history_in(t: str, lo: int, hi: int) -> bool:
    """Does t[lo:hi] date itself before modern times: an era year before 明治 (延享2年, 寛政12年), a year before 1868
    (1745年, （1745）), a period (江戸時代, 幕末, 18世紀)? (The era years are found from each 年 back: a scan for one
    character, where an alternation of fifty era names would test each position of the text.)"""
    if _OLD_YEAR.search(t, lo, hi) is not None:
        return True
    i = t.find("年", lo, hi)
    while i >= 0:
        j = i
        while j > lo and ("0" <= t[j - 1] <= "9" or t[j - 1] == "元"):
            j -= 1
        if j < i and j - 2 >= lo and t[j - 2:j] in _ERAS:
            return True
        i = t.find("年", i + 1, hi)
    if t.find("時代", lo, hi) >= 0 or t.find("幕末", lo, hi) >= 0 or t.find("世紀", lo, hi) >= 0:
        return _PERIOD.search(t, lo, hi) is not None
    return False


_KIN_CHARS = "男女妻夫父母孫兄姉弟妹息娘偶"
# what `_attached_names` needs somewhere in the text: 方, 名義, 故, a relation's character or the end of a role (官人士役事外者);
# one scan for all of them (led by one character class; 名 counts only before 義)
_ATTACHED_CUE = re.compile(rf"[方{_KIN_CHARS}官人士役事名外者故員僚手](?:(?<=名)義|(?<!名))|本名|実名")
# (found from its space, a literal: a scan led by the kanji would try every kanji of the text)
_SPACED_PAIR = re.compile(rf" (?<=[{_K}ノヶ] )(?=[{_K}ノヶ{_KATA}{_HIRA}])")


# a name in two labelled fields on one line: (氏) 黒川      (名) 亮太, 姓 PHAM    名 HUNG (forms and their OCR)
# (every branch of the first group starts with a character, and 姓's lookbehind follows it: a scan led by "(", "（"
# and "姓" instead of a match tried at every position)
_SPLIT_NAME_FIELDS = re.compile(
    rf"(?:\((?:氏|姓)[)）]|（(?:氏|姓)[)）]|姓(?<![{_K}]姓))[ ]{{0,4}}([{_K}ノヶ]{{1,4}}|[{_KATA}]{{2,8}}|[A-Z][A-Za-z\-]{{1,20}})[ ]{{1,10}}"
    rf"(?:[(（]名[)）]|(?<![{_K}])名)[ ]{{0,4}}([{_K}ノヶ{_HIRA}]{{1,4}}|[{_KATA}]{{2,8}}|[A-Z][A-Za-z\-]{{1,20}})(?![{_K}{_KATA}A-Za-z])")


# A Korean name in Hangul: a common surname syllable and one to three more syllables, as a field's value (Name : 김지훈)
# or beside its romanisation (박서연 / PARK SEOYEON, 이도현 (Lee Do-hyun))
# (led by the surname syllable, a fast scan: the lookbehind after it tests the character before it, the same matches)
_HANGUL_NAME = re.compile(
    r"([김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구나민진지엄채원천방공현함변염여추"
    r"도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용](?<![\uac00-\ud7a3].)[\uac00-\ud7a3]{1,3})"
    # (the name ends the word, or an honorific or 입니다 is written onto it: 박성호입니다, 최지원님께, 한승우씨는)
    r"(?:(?![\uac00-\ud7a3])|(?=입니다|님[ 께과은이의,]|씨[ 는가의에,]|(?:이)?라고 (?:합니다|해요|합니당|하는)))")
# … after a field's separator or a name label (성명: 한승우, 한글　김리나), as a chat line's speaker (KakaoTalk's PC export
# [이지혜] [오전 9:02] …, its phone export 2025년 2월 10일 오후 3:12, 최지원 : …), or in quotes (a SQL or YAML value)
_HANGUL_BEFORE = re.compile(
    r"(?:[:：=]|한글|성명|성함|이름|한글명|한글이름|(?:^|\n)\[|(?:오전|오후) [0-9]{1,2}:[0-9]{2}, |['\"]"
    # (in brackets after a role or a relative: 상담원(이수진), 어머니(박정숙))
    r"|(?:상담원|직원|담당자?|가이드|기사|통역|어머니|아버지|어머님|아버님|남편|아내|아들|딸|엄마|아빠)[ \t]*[(（])[ \t]*\Z")
# … before its romanisation (한승우 / HAN SEUNGWOO), a title or an honorific (최지원 과장님께, 한승우 씨, 박성호입니다, 박성호 드림)
_HANGUL_AFTER = re.compile(
    r"[ \t]*(?:[/／][ \t]*|[(（][ \t]*)[A-Z][A-Za-z]|[ \t]?(?:씨|님|고객님|회원님|과장|부장|차장|대리|주임|사원|팀장|점장|실장|이사|사장|선생|"
    r"교수|회장|총무|입니다|이라고|라고 합니다|라고 해요|드림)")
# … and what a speaker or a quoted value is followed by
_HANGUL_CLOSE = {"[": re.compile(r"\] \[(?:오전|오후) "), ", ": re.compile(r" : "), "'": re.compile("'"), '"': re.compile('"'),
                 "(": re.compile(r"[ \t]*[)）]"), "（": re.compile(r"[ \t]*[)）]")}
# Hangul words that start with a surname's syllable but name a place, a language, a document or a role
_HANGUL_STOP = frozenset(
    "서울 한국 한국어 부산 인천 대구 광주 대전 울산 제주 도쿄 오사카 본점 지점 본사 회사 여권 여권번호 번호 주소 전화 이름 성명 "
    "생년월일 사진 확인 미정 남자 여자 남성 여성 기혼 미혼 신규 기존 정규직 계약직 조리사 점장 과장 부장 사원 대리 팀장 이사 "
    "사장 인사팀 총무 경리 회계 사택 기숙사 학생 유학생 비자 영주권 주민등록 국적 성별 연락처 비고 메모 공지 안내 문의 "
    "한글 한글명 이메일 휴대폰 전화번호 우편번호 신청서 증명서 진단서 계약서 여권사본 하늘식당 식당 매장 주방 홀 "
    # (the people an honorific follows that are no names: 선생님, 고객님, 손님, 어머님)
    "선생 고객 손님 회원 부모 부모님 어머 어머니 아버지 가족 형님 누나 동생 언니 오빠 사모 원장 교장 직원 여러분 모두 "
    "담당 담당자 신청자 본인 기사 조리 주인 사용자 이용자 "
    # (a phrasebook's words before 입니다: 지진입니다, 정전입니다)
    "지진 정전 안내 주의 도움 소방서 구급차 연락 지역 지금 이번 이상 이하 이후 이전 오늘 시간 정보 주소지 우리 여기 거기 "
    "저기 이쪽 저쪽 고장 화재 대피 대피소 안전 위험".split())


def _hangul_names(t: str, first: int, out: list) -> None:
    """Korean names in Hangul in the places above (see `_HANGUL_NAME`), from the first candidate at `first`."""
    for m in _HANGUL_NAME.finditer(t, first):
        w = m.group(1)
        if w in _HANGUL_STOP:
            continue
        b = _HANGUL_BEFORE.search(t, max(0, m.start() - 24), m.start())
        if b is not None:
            cue = b.group().strip(" \t")
            close = _HANGUL_CLOSE.get("[" if cue.endswith("[") else ", " if cue.endswith(",") else cue[-1:])
            if close is None or (close.match(t, m.end()) is not None and (cue[-1:] not in "'\"" or len(w) == 3)):
                out.append((m.start(1), m.end(1), 0.8))  # (a quoted value only as a name of three syllables)
                continue
        if _HANGUL_AFTER.match(t, m.end()):
            out.append((m.start(1), m.end(1), 0.8))


# A Thai name (given name, a space, family name) after ชื่อ (name: ดิฉันชื่อ …) or a title (คุณ, นาย, นาง, นางสาว)
_THAI_NAME = re.compile(r"(?:ชื่อ|คุณ|นางสาว|นาย|นาง)[ \t]*(?:นางสาว|นาย|นาง|คุณ)?[ \t]*"
                        r"([\u0e01-\u0e2e][\u0e01-\u0e4e]{1,19} [\u0e01-\u0e2e][\u0e01-\u0e4e]{1,19})(?=[ \t)\n(（,.]|$)")
_THAI_NOT = ("บริษัท", "โรงแรม", "ร้าน", "โรงเรียน", "มหาวิทยาลัย", "ธนาคาร", "โรงพยาบาล", "สกุล", "นามสกุล", "ผู้")


def _thai_names(t: str, out: list) -> None:
    for m in _THAI_NAME.finditer(t):
        if not m.group(1).startswith(_THAI_NOT):
            out.append((m.start(1), m.end(1), 0.8))


# a kanji surname and a hiragana given name with a space between (石橋 あかり, as chat exports and rosters write them)
_SPACE_HIRA = re.compile(r" (?=[\u3041-\u3096]{2,4}(?![\u3041-\u3096\u3400-\u9fff]))")


# an order of households or people joined by arrows (回覧順　漆原→我妻→金城→ファム→籾山→班長へ戻す, (今西 → 北村 → …))
_CHAIN_ITEM = rf"[{_K}々]{{1,4}}|[{_KATA}]{{2,8}}"
_CHAIN = re.compile(rf"(?:{_CHAIN_ITEM})(?: ?[→⇒] ?(?:{_CHAIN_ITEM})){{2,}}")
_CHAIN_ITEM = re.compile(_CHAIN_ITEM)
_ARROW = re.compile("[→⇒]")  # (`_CHAIN`, led by the kanji class, is tried only in the 9 characters before an arrow)


def _name_chains(t: str, out: list) -> None:
    """The surnames of an arrow-joined order of three items or more, when most items are surnames (a route of
    stations or a workflow of departments is not)."""
    for m in matches_before(_CHAIN, t, _ARROW, 9):
        items = [(i.start(), i.end()) for i in _CHAIN_ITEM.finditer(m.group())]
        g = m.group()
        ok = [(a, b) for a, b in items
              if _bare_surname(g[a:b], 1) or (_is_kata_char(g[a]) and _kana_person(g[a:b]))]
        if len(ok) < 2 or len(ok) * 2 <= len(items) or all(
                _is_kanji_char(g[a]) and nlp.can_be(g[a:b], "名詞", "固有名詞", "地名") for a, b in ok) or any(
                (a, b) not in ok and not _surname(g[a:b]) and nlp.can_be(g[a:b], "名詞", "固有名詞", "地名")
                for a, b in items) or any(
                _is_kata_char(g[a]) and nlp.can_be(g[a:b], "名詞", "固有名詞", "地名")
                and not nlp.can_be(g[a:b], "名詞", "固有名詞", "人名") for a, b in ok):
            continue  # (a route: 品川→池袋→上野, every item a place; 新千歳 → 羽田 → ロンドン, a foreign place among them)
        out.extend((m.start() + a, m.start() + b, 0.7) for a, b in ok)


def _kanji_hira_pairs(t: str, out: list) -> None:
    """A surname the dictionary knows and a hiragana word that can be a given name (`_hira_given`),
    one space apart, the pair standing alone in its field (a delimiter, a bracket or the line's edge around it)."""
    for m in _matches(_SPACE_HIRA, t):
        b = m.start()
        if b == 0 or not _is_kanji_char(t[b - 1]):
            continue
        a = _run_start(t, b, _is_kanji_char)
        e = b + 1
        while e < len(t) and "\u3041" <= t[e] <= "\u3096":
            e += 1
        fam, giv = t[a:b], t[b + 1:e]
        if not 1 <= len(fam) <= 3 or (a > 0 and t[a - 1] not in _PAIR_EDGE) or (e < len(t) and t[e] not in _PAIR_EDGE):
            continue
        if len(fam) == 1 and fam in _WEEKDAY_CHARS and nlp.can_be(giv, "名詞", "普通名詞"):
            continue  # 金　うどん: a menu's or a timetable's weekday, then a dish
        if _surname(fam) and _hira_given(giv):
            out.append((a, e, 0.75))


_WEEKDAY_CHARS = frozenset("月火水木金土日")
_PAIR_EDGE = frozenset(",\t\n|;\"'()（）「」『』【】[]:：/／、 ")


def _split_name_fields(t: str, out: list) -> None:
    """Both parts of a name written in a form's two fields, 氏/姓 then 名 (the labels make them a name; the parts must
    be of one script and read as a name after a label)."""
    for m in _matches(_SPLIT_NAME_FIELDS, t):
        fam, giv = m.group(1), m.group(2)
        if fam[0].isascii() != giv[0].isascii():
            continue
        if not fam[0].isascii() and _label_value_rel(fam + " " + giv) != (0, len(fam) + 1 + len(giv)):
            continue
        out.append((m.start(1), m.end(1), 0.8))
        out.append((m.start(2), m.end(2), 0.8))


# an English sign-off label before a Japanese surname (Checked by 加藤 / Approved 杉山, Checked: 宮本)
_EN_ROLE_JA = re.compile(
    rf"(?:Checked|Approved|Reviewed|Verified|Prepared|Entered|Handled|Received|Confirmed|Processed|Signed|Input|"
    # (or a bare "by" after a Japanese note: 手書き→入力 by 堤)
    rf"(?<=[^\x00-\x7f] )by)"
    rf"(?:[ \t]+by)?[ \t]*[:：]?[ \t]*([{_K}]{{1,4}})(?![{_K}ノヶ])")
_EN_ROLE_HINT = re.compile(r"(?:ed|Input|by)(?:[ \t]+by)?[ \t]*[:：]?[ \t]*[\u4e00-\u9fff]")


# a chat export's line: a time, then a speaker's given name in kana, then a space (05:50 のぶこ 了解です)
# (a display name may end in an emoji: 09:02 まゆ🌸 おはようございます)
_STAMP_SPEAKER = re.compile(rf"(?m)^\[?[0-2]?[0-9]:[0-5][0-9]\]?[ \t]+([{_HIRA}]{{2,5}}|[{_KATA}]{{2,6}})"
                            r"(?:[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?)?[ \t]+(?=\S)")


# … or a kanji name written without a space, or a role then a surname (19:42 早瀬理沙 こんばんは, 19:45 WB担当 白石 …)
_STAMP_KANJI = re.compile(
    rf"(?m)^\[?[0-2]?[0-9]:[0-5][0-9]\]?[ \t]+(?:[^\s:：]{{0,8}}(?:担当|スタッフ|係|店員|受付)[ \t]+)?"
    # (not a family name before a given name of its own: 佐藤 真由美, 大塚 み ゆき are found as names elsewhere)
    rf"([{_K}]{{2,6}})[ \t]+(?=\S)(?![{_K}]{{1,3}}(?:[ \t（(]|$)|[{_HIRA}{_KATA}]{{1,3}}[ \t（(])")


_STAMP_KANJI_HINT = re.compile(rf":[0-5][0-9]\]?[ \t]+(?:[^\s:：]{{0,8}}[ \t]+)?[{_K}]")


def _stamp_speakers(t: str, out: list) -> None:
    """Speakers of a chat export written with spaces (two such lines or more): given names in kana, and kanji names
    or surnames that speak on two lines or more."""
    ks = list(_STAMP_KANJI.finditer(t)) if _STAMP_KANJI_HINT.search(t) is not None else ()
    if len(ks) >= 2:
        counts: dict[str, int] = {}
        for m in ks:
            counts[m.group(1)] = counts.get(m.group(1), 0) + 1
        for m in ks:
            w = m.group(1)
            # (a full name by the dictionary, or a surname that is no place: 07:10 大宮 発 is a timetable)
            if counts[w] >= 2 and (_bare_surname(w, 2) or (not _bare_surname(w, 0) and _bare_run(w, 0))):
                out.append((m.start(1), m.end(1), 0.75))
    ms = list(_line_matches(_STAMP_SPEAKER, t, _MINUTES))  # (tried at the starts of lines with a time only)
    if len(ms) < 2:
        return
    for m in ms:
        w = m.group(1)
        if "\u3041" <= w[0] <= "\u3096":
            # (a name the lists know in katakana, or a woman's name in こ: のぶこ is two tokens to the tokenizer)
            ok = w.translate(_TO_KATA) in _names().given_kana or (len(w) == 3 and w[-1] == "こ")
        else:
            ok = w in _names().given_kana and w not in _KANA_ROLE and w not in _KANA_BUSINESS
        if ok:
            out.append((m.start(1), m.end(1), 0.75))


# a performer's stage name, which names the person too (芸名「星乃あかり」, 芸　　名：KOTONE, 芸名：REN)
_STAGE_NAME = re.compile(r"芸名[ \t]*(?:[:：][ \t]*|[「『])([^」』()（）、,。\s:：]{1,16})")


def _stage_names(t: str, out: list) -> None:
    for m in _STAGE_NAME.finditer(t):
        v = m.group(1)
        if not _common_word(v) and v not in _LABEL_SET:
            out.append((m.start(1), m.end(1), 0.8))


def _en_roles_ja(t: str, out: list) -> None:
    for m in matches_before(_EN_ROLE_JA, t, _EN_ROLE_HINT, 9):
        if _bare_surname(m.group(1), 0):
            out.append((m.start(1), m.end(1), 0.75))


# a Nikkei name: a Japanese surname, a Latin given name in katakana, and a Japanese given name after it or not
# (中村 エドゥアルド 健二, 小林 ペレイラ チアゴ, 比嘉 バレンティナ), as Brazilian and Peruvian families of Japanese descent
# write them in Japan
_NIKKEI = re.compile(
    rf"(?<![{_K}ノヶ])([{_K}]{{1,3}}) ([{_KATA}]{{3,10}}(?: [{_KATA}]{{3,10}})?)(?: ([{_K}]{{1,3}}))?(?![{_K}{_KATA}ノヶ])")
_NIKKEI_HINT = re.compile(rf"[{_K}] [{_KATA}]{{3}}")


@lru_cache(maxsize=20_000)
def _kana_given_name(p: str) -> bool:
    """A katakana word the dictionary reads as a person's name (エドゥアルド, テレサ; フェルナンダ as two name parts), or
    a listed given name's reading."""
    pos = nlp.surface_pos(p)
    if pos:  # (a name that is no common noun too: not エイド, フェリー, ウェディング, メール)
        return any(q[2] == "人名" for q in pos) and not any(q[1] == "普通名詞" for q in pos)
    return p in _names().given_kana or any(x[3][2] == "人名" for x in nlp.tokenize(p))


def _nikkei_names(t: str, out: list) -> None:
    for m in matches_before(_NIKKEI, t, _NIKKEI_HINT, 2):
        fam, kana, giv = m.groups()
        if not _bare_surname(fam, 1) or (giv and not _known_given(giv)):
            continue
        parts = kana.split(" ")
        if any(p in _KANA_BUSINESS or p in _KANA_ROLE or p in _READING_STOP or not _kana_given_name(p) for p in parts):
            continue  # 山田 ミーティング, 日野 デュトロ, 大河内 マイナンバー: a word or a model after the surname
        if not giv and len(parts) == 1 and parts[0] in _names().family_kana:
            continue  # 高橋 サトウ: the surname's reading, or another's
        out.append((m.start(), m.end(), 0.75))


def _role_surnames(t: str, out: list) -> None:
    if "者" in t or "員" in t or "同僚" in t or "交際相手" in t:
        for m in _ROLE_SURNAME.finditer(t):
            if _bare_surname(m.group(1), 1):
                out.append((m.start(1), m.end(1), 0.7))
    if "担当" in t:
        for m in _DESK_SURNAME.finditer(t):
            g = 1 if m.group(1) else 2
            if _bare_surname(m.group(g), 2):
                out.append((m.start(g), m.end(g), 0.7))


def _word_after_surname(given: str) -> bool:
    """Whether the "given name" after a surname opens with an ordinary word of two or more characters (生年月日,
    本人確認), as a form's next label does."""
    toks = nlp.tokenize(given)
    w = toks[0][0] if toks else ""
    return len(w) >= 2 and _plain_noun(w)


def _attached_names(t: str, out: list) -> None:
    """Full names written onto a relation word, a holder's 名義 or a care-of 方 (see `_KIN_ATTACHED` …): the pair
    must start with a surname the dictionary knows and read as a name after a label."""
    if "人 " in t or "主 " in t:
        for m in _ROLE_KANA.finditer(t):
            if _KANA_COMPANY.search(m.group(1)) is None and all(p not in _KANA_BUSINESS and p not in _KANA_ROLE and (
                    nlp.can_be(p, "名詞", "固有名詞", "人名") or not _common_word(p)) for p in m.group(1).split(" ")):
                out.append((m.start(1), m.end(1), 0.75))
    for m in _ROLE_JOINED.finditer(t):
        run = m.group(1)
        for i in range(1, min(3, len(run) - 1) + 1):
            fam, giv = run[:i], run[i:]
            if _surname(fam) and (_known_given(giv) or (giv[-1] == "子" and _is_kata_char(giv[0]))):
                out.append((m.start(1), m.end(1), 0.75))
                break
    for rx, gate in ((_KIN_ATTACHED, None), (_ROLE_ATTACHED, None), (_HOLDER_ATTACHED, "名義"), (_CARE_OF, "方"),
                     (_LATE, "故")):
        if gate is not None and gate not in t:
            continue
        for m in (matches_before(rx, t, _CARE_OF_HINT, 10, " ") if rx is _CARE_OF
                  else matches_before(rx, t, _HOLDER_HINT, 11, "(（") if rx is _HOLDER_ATTACHED else _matches(rx, t)):
            name = m.group(1)
            fam, given = name.split(" ", 1)
            if not _surname(fam):
                continue
            # the given name may run into the next word (長女西田 里美の3名, 検察官江副 俊介並びに): the longest
            # part of it that reads as a name
            known = next((k for k in range(len(given), 0, -1) if _known_given(given[:k])), 0)
            if not known and _word_after_surname(given):
                continue  # 代表取締役 桐生 生年月日 …, 新任取締役 能登谷 本人確認: a surname, then a form's next label
            for k in ([known] if known else range(len(given), 0, -1)):
                cand = fam + " " + given[:k]
                if _label_value_rel(cand) == (0, len(cand)) and (
                        known or not nlp.can_be(given[:k], "名詞", "普通名詞")):  # (弁護士 上原　折返し予定)
                    out.append((m.start(1), m.start(1) + len(cand), 0.75))
                    break


@lru_cache(maxsize=20_000)
def _word_readings(word: str) -> frozenset[str]:
    """Every katakana reading the dictionary gives `word` as one entry (any part of speech: 東雲 → シノノメ)."""
    return frozenset(m.reading_form() for m in nlp.sudachi_dictionary().lookup(word))


# a Chinese or Korean name in characters with its romanisation in brackets: 陈美玲（Chen Meiling）, 李娜（LI NA）
_PINYIN_TAIL = re.compile(r"[(（] ?((?:[A-Z][a-z]+|[A-Z]{2,})(?:[ -](?:[A-Z][a-z]+|[A-Z]{2,})){1,2}) ?[)）]")
_PAREN_CAP = re.compile(r"[(（](?= ?[A-Z])")  # (where a romanisation in brackets can start)
_PAREN_CAP_ASCII = re.compile(r"\((?= ?[A-Z])")  # (the same without "（", led by a literal: a faster scan)


def _pinyin_brackets(t: str, out: list) -> None:
    """A name in characters followed by its romanisation in brackets, family name first, the family name one of the
    East Asian family names of data/names_latin.txt: both are the person's name."""
    table = None
    for p in _matches(_PAREN_CAP if "（" in t else _PAREN_CAP_ASCII, t):
        b = p.start()
        if b < 2 or not _is_kanji_char(t[b - 1]):
            continue
        a = _run_start(t, b, _is_kanji_char)
        m = _PINYIN_TAIL.match(t, b)
        if m is None or not 2 <= b - a <= 4:
            continue
        table = table or _names()
        fam = m.group(1).split(" ")[0].split("-")[0]
        if _ORG_WORDS.search(t, a, b) or not _flags(fam, table) & _E_FLAG:
            continue
        if t[a:b] in _SELF_WORDS or t[a:b] in _LABEL_SET or t[a:b] in _KIN_SET:
            continue  # 本人(Nguyen Thi Lan), 担当(Kim Minjun): who the bracket's person is, not their name in characters
        out.append((a, b, 0.8))
        out.append((m.start(1), m.end(1), 0.8))


def _bracketed_readings(t: str, out: list) -> None:
    """A kanji name followed by its reading in brackets, piece for piece, where the reading of one piece is what the
    dictionary gives that word (東雲 航（シノノメ ワタル）: 東雲 reads シノノメ): the name and its reading, both. The
    reading makes the pair a name even when the dictionary files its words as ordinary nouns."""
    h = _READING_OPEN.search(t)
    if "（" in t:
        w = _READING_OPEN_WIDE.search(t)
        if w is not None and (h is None or w.start() < h.start()):
            h = w
    if h is None:
        return
    for m in _NAME_AND_READING.finditer(t, max(0, h.start() - 9)):
        fam, giv, kf, kg = m.group(1), m.group(2), m.group(3).translate(_TO_KATA), m.group(4).translate(_TO_KATA)
        if _unit_word(fam) or _ORG_WORDS.search(fam + giv) or _common_word(kf + kg):
            continue
        if _KANJI_CHARS.match(giv) and nlp.can_be(giv, "名詞", "普通名詞") and not nlp.can_be(giv, "名詞", "固有名詞", "人名"):
            continue  # 東京 本社（とうきょう ほんしゃ）: a place and an ordinary word
        if not _surname(fam) and nlp.can_be(fam, "名詞", "固有名詞", "地名"):
            continue
        if kf in _word_readings(fam) or (_KANJI_CHARS.match(giv) and kg in _word_readings(giv)) or giv.translate(_TO_KATA) == kg:
            out.append((m.start(1), m.end(2), 0.8))
            out.append((m.start(3), m.end(4), 0.8))


def _reads_as(name: str, reading: str) -> bool:
    """Does the kana `reading` begin with a reading the dictionary gives the surname that begins the kanji `name`?"""
    kana = reading.replace(" ", "").replace("・", "").translate(_TO_KATA)
    fam = name.split(" ")[0]
    if not (_KATA_CHARS.match(kana) and _KANJI_CHARS.match(fam) and _surname(fam)):
        return False
    if any(kana.startswith(k) and len(kana) > len(k) for k in nlp.readings(fam, "姓")):
        return True
    # 久住 亮介 | クスミ リョウスケ: the dictionary lacks this reading of the surname, but the given name's is the second part
    parts, kparts = name.split(" "), reading.translate(_TO_KATA).split(" ")
    if len(parts) != 2 or len(kparts) != 2 or not _KANJI_CHARS.match(parts[1]) or len(kparts[0]) < 2:
        return False
    g = kparts[1].translate(_BIG_KANA)
    return any(r.translate(_BIG_KANA) == g for r in nlp.readings(parts[1], "名"))


# one table cell to the next (HTML, tab, comma, pipe), and a cell of a kanji name or of its kana reading
# (a fixed-width listing steps by two spaces or more: 201  中村 キヨ     ﾅｶﾑﾗ ｷﾖ)
_CELL_STEP = r'(?:</t[dh]>[ \t\n]*<t[dh][^<>]{0,40}>| ?[\t,|] ?|",")| {2,}'
_NEXT_READING = re.compile(
    r"(?:" + _CELL_STEP + rf')([{_KATA}]{{2,12}}(?: [{_KATA}]{{1,12}}){{0,2}})(?=</t[dh]>| ?[\t,|"\n]|  |$)'
)
_CELL_STEP_FIRST = frozenset('< \t,|"')  # the characters a `_CELL_STEP` can start with
_PREV_KANJI = re.compile(
    rf'(?=[{_K}ノヶ])(?:^|(?<=[>\t,|"\n])|(?<=[>\t,|] )|(?<=  ))([{_K}ノヶ]{{1,4}} [{_K}ノヶ{_KATA}{_HIRA}]{{1,6}}|[{_K}ノヶ]{{2,6}})(?:'
    + _CELL_STEP + r")\Z"
)


def _reading_cell(t: str, s: int, e: int) -> tuple[int, int] | None:
    """A found name's reading in the next table cell (大森 陸斗 | オオモリ リクト), or a found reading's kanji name in
    the cell before it (川島 キヨ | カワシマ キヨ): the pair confirms the one the detector missed."""
    if _is_kanji_char(t[s]):
        if t[e:e + 1] not in _CELL_STEP_FIRST:
            return None  # (no cell step can start here: tested by the caller too, before the call)
        m = _NEXT_READING.match(t, e)
        if m and _reads_as(t[s:e], m.group(1)):
            return m.span(1)
    elif _is_kata_char(t[s]) and s > 1 and (t[s - 1] in _CELL_EDGE or t[s - 2] in _CELL_EDGE or t[s - 2] == " "):
        m = _PREV_KANJI.search(t, max(0, s - 60), s)  # (the reading starts a cell: after a separator or a gap)
        if m and _reads_as(m.group(1), t[s:e]):
            return m.span(1)
    return None


# -- bare surnames in fixed places (see PersonDetector._bare_surnames) ---------------------------------------
# 健康管理室（保科）, ⑤杉本（派遣）, 星（携帯 …）: the text is normalised, so "（" is "("
# (the same scan of "(" finds a note's writer （執行委員 小宮山 記）, a parent named after the child （結衣母）, and a
# romanised name in brackets （FUJIMIYA HAYATE） for `_romaji_in_brackets`: groups w, c and r)
# (the writer's branch first looks ahead for the "記)" it needs, within the 21 characters it can span: most brackets
# hold no such note, and the lazy scan behind it tries every length)
_PAREN = re.compile(
    rf"\((?:([{_K}]{{1,4}}+)\)|(?=携帯|内線|直通|TEL|Tel|tel|電話|ext|Ext|mail|Mail|メール|e-mail|E-mail|email)"
    rf"|(?=[^()\n]{{0,21}}記\))[^()\n]{{0,16}}?(?<![{_K}])(?P<w>[{_K}]{{1,4}}) ?記\)"
    rf"|(?P<c>[{_K}]{{1,3}}|[{_HIRA}]{{2,4}})の?(?:母|父|ママ|パパ)\)"
    rf"|(?P<r>(?=[A-Z][A-Za-z]{{1,15}} [A-Z][A-Za-z]{{1,15}}\)))"
    # a dated note: （09/02 11:40 堀口）, （12/3 湯浅）
    rf"|[0-9][0-9/:\- ]{{2,18}}[ ](?P<d>[{_K}]{{1,4}})\))"
)
_WORD_BEFORE_PAREN = re.compile(rf"[{_K}ノヶ{_KATA}]*\Z")  # (searched in the 12 characters before: always matches)
_WEEKDAYS = frozenset("月火水木金土日")
# a note that was acted on and signed by who did it: 訂正済（荻原）。, 確認済み（森）
_DONE_WORDS = ("済", "済み", "了", "完了", "訂正", "修正", "確認", "対応", "連絡", "返却", "送付", "受領", "処理")
# a seal's box with the name of who stamped it (受付者印［森下］, 確認印：（松井）)
_SEAL = re.compile(rf"印[ \t]*:?[ \t]*[\[(]([{_K}]{{1,4}})[\])]")
# (and the families of a wedding or a funeral: 村上家・吉川家 ご両家, 小野寺家 通夜, 村上・吉川両家)
# (and a household named as a school's or a club's contact: 保護者連絡先：片山家 046-…, 面談（森永家：母）)
# (… and a family that sends, hosts or sits on one side: 江島家から運転手が同行, 鷹野家側の親族)
_HOUSEHOLD = re.compile(r"家(?=[)）]|の(?:墓|方|皆|人)|へ嫁|に嫁|を継|の長|の次|の当主|一同|から|より|側|・[^\n・]{1,4}家|[ 　]?(?:ご両家|両家|通夜|告別式|葬儀|"
                        r"法要|之墓|代々)|[ \t]*[:：/／]?[ \t]*(?:母|父|祖母|祖父|[0-9]))")
_HOUSE_BRANDS = frozenset(("吉野家",))  # (a chain of restaurants, not the Yoshino family)
_BOTH_FAMILIES = re.compile(rf"([{_K}]{{1,4}})・([{_K}]{{1,4}})(?:ご)?両家")
# two families side by side, as a wedding's or a funeral's papers head them (鷹野家・江島家, 勅使河原家・真壁家)
_FAMILY_PAIR = re.compile(rf"(?<![{_K}])([{_K}]{{1,4}}?)家?・([{_K}]{{1,4}}?)家(?![{_K}])")
_PAREN_ROLE_END = ("部", "課", "室", "係", "班", "局", "チーム", "グループ", "受付", "担当", "記録", "窓口", "記入",
                   "オペレーター", "スタッフ", "担当者", "乗務員", "係員", "ドライバー", "受付者", "対応者",
                   # who found or handled it, and the back-office functions (夜勤者（古川）が発見, 総務（内藤）へ提出,
                   # 対応者メモ（荻野）：)
                   "者", "メモ", "総務", "人事", "経理", "営業", "事務", "看護", "医事")
_PAREN_PLACE = ("本社", "支社", "支店", "営業所", "工場", "店", "事業所", "倉庫", "センター", "会場", "駅")
_ENUM_CHARS = frozenset("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")
_MORE_NAME = re.compile(rf"[、,・] ?([{_K}]{{1,4}})(?![{_K}])")
_DEPT_WORDS = frozenset(
    "総務 人事 経理 営業 広報 法務 財務 企画 購買 秘書 庶務 品管 品証 情シス 開発 設計 製造 物流 資材 調達 監査 技術 "
    "SE PM フロント レセプション".split()
)
_UNIT_SUFFIXES = ("部", "課", "室", "係", "班", "局", "チーム", "グループ", "センター", "デスク", "オフィス", "カウンター")
_TITLE_WORDS = tuple(_TITLES.split("|")) + ("リーダー", "マネージャー", "局長", "副会長", "理事", "監事", "班長",
                                             "指令員", "指導員", "委員", "相談員", "作業員", "職員", "係員", "書記長", "書記",
                                             "住職", "会計", "署長", "検察官", "裁判官", "裁判長", "弁護人",
                                             "専門員", "支援員", "事務", "巡査", "巡査長", "巡査部長", "警部補", "警部",
                                             # who did something to a record (出力者 岩崎, 受付スタッフ 岡田)
                                             "スタッフ", "出力者", "作成者", "記入者", "入力者", "確認者", "承認者", "対応者",
                                             "報告者", "受付者", "申請者", "責任者", "管理者", "担当者",
                                             # (a counter's and a record's hands: 交付者 平岡, 聴取者 内田, 集計：村松)
                                             "交付者", "聴取者", "集計者", "集計", "点検者", "審査者", "発行者", "引率",
                                             "顧問", "副顧問", "監督", "生活指導",
                                             # role abbreviations of welfare and care records (担当CW 青木, SV 片山)
                                             "CW", "SV", "MSW", "PSW",
                                             # a meter reader's, an investigator's, a reviewer's name on a slip,
                                             # who is on duty (当番：高槻 翔)
                                             "検針員", "調査員", "レビュー", "当番") + tuple(
    _PRO_TITLES.split()
)
# what may follow a bare surname after a department (総務 米田まで, 広報室 沢口（内線…）, 海外営業部 小池⏎,
# 課長 柳田 了承済: what the person did)
# (two spaces end a field in a form: 担当CW 青木  査察指導員 片山)
# (… or one space, then a date or the next field's label: 介護保険課 柴田　R7.8.4, 市民税課 増田　電話 048-…)
_UNIT_FOLLOW = re.compile(r"(?: {2}|[ \t]*(?:$|\n|[()、,，。;<・]|まで|宛|に|へ|が|は|も|より|から|です|の|と|確認|了承|承認|対応|記入|作成|受付|受領|立会|同席|聴取)"
                          r"|[ \t](?:[0-9]{1,4}[/.年-]|[RHS][0-9]{1,2}\.|電話|TEL|Tel|内線|携帯|保存|記録|印|㊞))")
# last characters of the words after which `_after_unit` looks at a name (a space may stand between)
_UNIT_END = frozenset({w[-1] for w in _DEPT_WORDS | set(_UNIT_SUFFIXES) | set(_TITLE_WORDS)} | {"社", " "})
_CHECKED_BY = re.compile(rf"[(（](?:[^()（）\n]{{0,20}}[ 　、])?([{_K}]{{2,4}})[ 　]?(?:確認|承認)済?み?(?:[ 　][0-9/.]{{4,10}})?[)）]")
# … or the two who checked it after the check, with a slash (確認済（熊谷／八木橋）, ダブルチェック：石井／グエン)
_CHECKED_PAIR = re.compile(rf"(?:確認|承認|チェック|照合)済?み?(?:[(（]|[:：][ 　]?)(?:[^()（）\n:：]{{0,12}}[：:][ 　]?)?"
                           rf"([{_K}]{{2,4}}|[{_KATA}]{{2,6}})[／/]([{_K}]{{2,4}}|[{_KATA}]{{2,6}})(?=[)）\s、。]|$)")
# two kanji runs of 1-4 characters with one space between (山田 太郎): the regex finds the space and the given part
# (a lookahead, so that it can be the family part of the next pair); `_pairs` walks back over the family part, which is
# much faster than a pattern led by a lookbehind over the kanji class. One space, or two (PDF-extracted forms).
# Only the spaces that `_pairs` can use are matched: after a kanji (a family part's end) or a `_UNIT_END` character
# (a department before a bare surname), or the last two of three spaces or more (a wider gap after a department);
# checked by a lookbehind after the literal space, so the scan stays a fast literal one. The spaces left out are those
# that `_pairs` skipped (nothing before them to check), and leaving them out moves no other match: a space after a
# space is matched only where a match of two spaces ends the gap, just where the pattern without the lookbehinds did.
_KANJI_PAIR = re.compile(
    rf" (?:(?<=[{_K}{''.join(sorted(re.escape(c) for c in _UNIT_END - {' '}))}] ) ?|(?<=  ) )"
    rf"(?=([{_K}][{_K}ノヶ]{{0,3}})(?![{_K}ノヶ]))"
)
_COMMENT_BY = re.compile(rf"(?:上長|上司|担当者?|評価者|承認者)コメント: *([{_K}]{{1,4}})(?![{_K}])")
_OUR_STAFF = re.compile(rf"社の?([{_K}]{{1,6}})(?=[もがはのにをとへや、。,]|から|より|まで|\s|$)")  # 弊社辻も
# 配送担当の北原に, 後任の藤原が / 柴田の携帯
_NO = re.compile(
    rf"の(?:(?=携帯|スマホ|内線|直通|社用携帯|個人携帯|メール|メアド|自宅|デスク)|([{_K}]{{1,6}})"
    r"(?=[にがはもをへとや、。]|から|より|まで|宛|さん|様|氏))"
)
_ROLE_NO = (
    "担当", "担当者", "上司", "部下", "同僚", "後任", "前任", "窓口", "部長", "課長", "係長", "主任", "店長", "社長", "所長",
    "室長", "院長", "秘書", "担任", "主治医", "担当医", "同期", "先輩", "後輩", "講師", "医師", "看護師", "弁護士",
    "税理士", "事務",
    # staff on a vehicle, a site or a desk (乗務員の渡部に, 作業員の大城が, ドライバーの岡部へ)
    "乗務員", "作業員", "係員", "職員", "隊員", "指導員", "相談員", "添乗員", "ドライバー", "運転手", "スタッフ",
)
_OR_WORD = re.compile(r"または")
_OR_NEXT = re.compile(rf" ?([{_K}]{{1,4}})(?![{_K}])(?= ?(?:に|へ|まで|宛|さん|様|が|から))")
_MENTION = re.compile(rf"@([{_K}]{{1,4}})(?![{_K}])")
_LATIN_HONORIFIC = re.compile(r"-(?=san\b)")
# a role abbreviation of clinical and welfare records right after a surname (森田Dr., 森Nsへ, 片山SVと協議)
# (led by the letters, a fast scan: the Japanese character before, maybe after one space, is checked in the loop)
# (and the therapists of a rehabilitation or care record: 訪問リハ 岩田 PT, ST 川上と相談, OT 森)
_ROLE_ABBR_AFTER = re.compile(r"(?:Dr|Ns|NS|SV|CW|MSW|PSW|PT|OT|ST)(?![A-Za-z])\.?")
# a "・label: text" line: a minutes speaker (・長谷川：…) or a label and a list of surnames (・仙台：髙橋、佐々木)
_BULLET_LINE = re.compile(r"・[ \t]*([^:\n]{1,12}):(?![/0-9])[ \t]*(?=\S)")
# one kanji word, maybe quoted, on the line after a sentence: a sign-off (…ください。⏎> 白井)
# (possessive: what follows each repeat is disjoint from it)
_SIGNOFF = re.compile(rf"。\n(?:> ?)*+([{_K}]{{1,4}}+) *+(?=\n|$)")
_SPEAKER_WORD = re.compile(rf"[{_K}]{{1,4}}|[{_KATA}]{{2,8}}")
_NAME_LIST = re.compile(rf"[{_K}、, ]{{1,40}}")
_BULLET_ITEM = re.compile(rf"[{_K}]{{1,4}}")
_PLACE_LABEL = re.compile(r"地|先|所|場|駅|店|エリア|地域|拠点|住所|候補|方面|行き|経由|路線|名称|品")
_SPLIT_FIELD = re.compile(
    rf"(?:\((姓|名|セイ|メイ|せい|めい)\)|(?<![^\s,、|/])(姓|名|セイ|メイ)(?:\([^)\n]{{1,6}}\))?)[ \t]*:[ \t]*"
    rf"([{_K}]{{1,5}}|[{_KATA}]{{1,10}}|[\u3041-\u3096]{{2,8}})(?![{_K}{_KATA}\u3041-\u3096])"
)
# (the label and its colon, led by the label's first character: `_SPLIT_FIELD`, led by a lookbehind, is tried only
# there and at the "(" before)
_SPLIT_FIELD_HINT = re.compile(r"(?:姓|名|セイ|メイ|せい|めい)\)?(?:\([^)\n]{1,6}\))?[ \t]*:")
# the name fields of a family register certificate (戸籍に記録されている者 【名】正治): the given name alone
_KOSEKI_FIELD = re.compile(
    rf"【(名|氏)】[ \t]*([{_K}]{{1,5}}|[{_KATA}]{{1,10}}|[\u3041-\u3096]{{2,8}})(?![{_K}{_KATA}\u3041-\u3096])"
)
# a dated log line with a staff column: the date, a wide gap, surnames (joined by ・), a wide gap (10/15  須藤・小池  …)
_DATED_STAFF = re.compile(
    rf"(?m)^[ \t]*[0-9]{{1,2}}/[0-9]{{1,2}}(?:\([^)\n]{{1,3}}\))? {{2,}}([{_K}]{{1,4}}(?:・[{_K}]{{1,4}}){{0,3}}) {{2,}}(?=\S)"
)
# (its date from the "/" on, led by the literal: `_DATED_STAFF` is tried only at the start of such lines)
_DATED_STAFF_HINT = re.compile(r"/[0-9]{1,2}(?:\([^)\n]{1,3}\))? {2,}")
_SENTENCE_END = re.compile(r"(?:[。!?]|です|ます|ください|ません|します|申し上げます)\s*$")
# a surname that ends a quoted CSV cell after a sentence, or after the sender's office and a space
# (led by one character class, a fast scan; after a space the office's word before it is checked in the loop)
_CELL_SIGN = re.compile(rf'[。!? ]([{_K}]{{1,4}})(?="(?:,|\n|$))')
_CELL_SIGN_HINT = re.compile(r'"(?:,|\n|$)')  # (`_CELL_SIGN` is tried in the 5 characters before a cell's end only)
# a line holding only a surname after a blank (or quoted blank) line, above a contact line
# (possessive repeats: giving back a ">" or a space never lets the rest match — the same matches, 4x faster)
_SIG_BLOCK = re.compile(rf"\n(?:> ?)*+[ \t]*+\n(?:> ?)*+[ \t]*+([{_K}]{{1,4}}+) *+(?=\n)")
_SIG_CONTACT = re.compile(r"(?:TEL|Tel|tel|E-?mail|Mail|mail|〒|電話|携帯|内線|ext|[0-9(+])")
_SIG_NEXT = re.compile(r"\s*(?:[-─━―=_*>]|TEL|Tel|tel|E-?mail|Mail|mail|〒|電話|内線|ext|http|[0-9(+]|$)")
_SIG_SLASH = re.compile(rf"\n([{_K}]{{1,4}}) ?[/|｜] ?[^\n]{{0,30}}?(?:部|課|室|チーム|グループ|株式会社|ext|内線|TEL|Tel)")
_KANA_RUN_CHARS = frozenset(chr(c) for c in range(0x30A1, 0x30FB)) | {"ー", "・", " "}
_CELL_EDGE = frozenset(',\t|"<>\n')
# the last word of a business's or a desk's katakana name (ハルカゼチケット カスタマーサポート, サトウモータース): a few of
# `_KANA_BUSINESS`'s words and the desks' own, as a tuple for str.endswith (not all of `_KANA_BUSINESS`: ホーム, ライフ
# and ケア end given names' readings too)
_KANA_DESK_TAILS = ("サポート", "センター", "デスク", "サービス", "チケット", "ショップ", "ストア", "モータース", "スタジオ",
                    "クリニック", "インフォメーション", "カウンター")
# the names of a record's fields in kana (a legacy export's header row)
_KANA_FIELD_WORDS = frozenset("セイネンガッピ セイネンガツピ セイネンガピ ユウビン ユウビンバンゴウ デンワ デンワバンゴウ ジュウショ "
                              "ジユウシヨ シハライ コウザ ケイヤク ケイヤクNO コキャクコード コキヤクコード セイベツ ネンレイ "
                              "ニュウカイビ ニユウカイビ".split())
_READING_STOP = frozenset(
    "セイ メイ せい めい カナ フリガナ ふりがな ヨミ よみ ヨミガナ よみがな カタカナ ひらがな セイメイ シメイ ナマエ".split()
)
# katakana words for a person's role or a business (ゲスト様, スタッフさん): the dictionary also lists them as names
_KANA_ROLE = frozenset(
    "ゲスト オーナー ユーザー メンバー クライアント パートナー カスタマー スタッフ ママ パパ ドライバー ヘルパー ケアマネ "
    "バイト パート ベテラン マネージャー マネジャー リーダー デザイナー エンジニア カメラマン モデル ナース シェフ ホスト "
    "ホステス オペレーター ディーラー ベンダー メーカー サプライヤー プロ アーティスト サンタ キャスト コーチ トレーナー "
    "チーム ショップ テナント ホテル ドクター シッター ベビー キッズ レディ マダム ボス ゴッド ジュニア シニア ビジター "
    "パイロット ライダー ランナー プレイヤー プランナー アドバイザー コンサル コンサルタント ディレクター プロデューサー "
    "アシスタント インターン ルーキー ベイビー ダーリン ハニー エンジェル プリンス プリンセス キング クイーン ヒーロー "
    "マスター サポーター ボランティア セラピスト カウンセラー コーディネーター オーディエンス リスナー フォロワー "
    "ミセス ミス ミスター ドナー レシピエント ペット".split()
)
# one-kanji nouns for "person" that are also surnames (方, 人): before です they are the noun
# (and the pronouns and question words before です: 事項は何ですか, 担当は私です, 次は誰ですか)
_PERSON_NOUNS = frozenset("方 人 者 身 分 何 誰 私 僕 俺 彼 自分 皆".split())
# the person a record is about, named as such (本人, ご本人, 申込者本人)
_SELF_WORDS = frozenset("本人 ご本人 御本人 当人 ご当人 申請者本人 申込者本人 契約者本人 利用者本人".split())
_HIRA_GIVEN = re.compile(r"^[\u3041-\u3096]{2,4}$")
_ANGLE = re.compile(r"<([^<>\n@]{2,24})>")
_CHAT_PREFIX = re.compile(r"[ \t]*(?:\[?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\]?[ \t]*)?")
_NOT_KANA_START = set("ンーッァィゥェォャュョヮヵヶ")
_NOT_NAME_TOKEN = frozenset(
    "お客 客 皆 各位 担当 担当者 御中 会員 社員 貴社 御社 弊社 当社 先方 皆さん 皆様 患者 利用者 家族 "
    "子供 子ども 職員 関係者 ユーザー お母 お父 おばあ おじい 神 仏 王 先輩 後輩 彼 彼女 自分 私 奥 旦那 殿 姫 坊 若 嬢 "
    "お嬢 お子 子 親御 父兄 神 女王 王子 姉 兄 弟 妹 祖父 祖母 孫 叔父 叔母 伯父 伯母 お孫 御 各".split()
)


# (compiled here, with the module: compiled on first use inside a document's analysis, the kanji class costs the
# regex compiler milliseconds then)
# (accented words too, as Vietnamese and Portuguese names are written: Đỗ Nhung, João Conceição)
_LATIN_HANDLE_WORD = "(?:[A-ZÀ-ÖØ-ÞĐ][a-zß-öø-ÿđ\u0101-\u017f\u01a1\u01b0\u1ea1-\u1ef9]+|[A-Z]{2,})"
_LATIN_HANDLE = re.compile(rf"{_LATIN_HANDLE_WORD}(?: {_LATIN_HANDLE_WORD}){{1,2}}")
_KANJI_HANDLE = re.compile(rf"[{_K}]{{1,4}}(?: ?[{_K}\u3041-\u3096]{{1,4}})?")


@lru_cache(maxsize=20_000)
def _handle_is_name(h: str) -> bool:
    """A chat speaker handle that looks like a person's name (山本明美, Ana SANTOS, サントス アナ)."""
    if _LATIN_HANDLE.fullmatch(h):
        words = h.split()
        if len(words) == 3 and _flags(words[0], _names()) & _E_FLAG:
            return words[0] not in _LATIN_STOP  # Nguyen Van An: a Vietnamese family name, then a middle and given name
        return not any(w in _LATIN_STOP for w in words)
    if _FOREIGN_KANA.fullmatch(h):
        return _foreign_parts_ok(h)
    if _KANJI_HANDLE.fullmatch(h):
        toks = nlp.tokenize(h)
        return bool(toks) and _is_name_pos(toks[0][3]) == "姓"
    return False


def _common_word(value: str) -> bool:
    """A single ordinary word (マイナンバー, サービス) rather than a name."""
    if " " in value or "・" in value:
        return False
    pos = nlp.surface_pos(value)
    return bool(pos) and not any(p[2] == "人名" and p[3] in ("姓", "名") for p in pos)


def _unknown_given(toks: list) -> bool:
    """True when a window ends in a short kanji word the dictionary does not call a name, right after a
    surname (清水 零, 山本 幹): given names outside the dictionary are common."""
    rev = [x for x in reversed(toks)]
    if len(rev) < 2:
        return False
    last = rev[0]
    hira = bool(_HIRA_GIVEN.match(last[0]))
    if _is_name_pos(last[3]) or last[0] in _NOT_NAME_TOKEN or (len(last[0]) > 2 and not hira) or not (
        _KANJI_CHARS.match(last[0]) or hira
    ):
        return False
    if hira and not (len(rev) > 2 and rev[1][3][0] == "空白"):
        return False
    spaced = rev[1][3][0] == "空白"
    if spaced and last[0] not in _listed() and any(p[2] == "サ変可能" for p in nlp.surface_pos(last[0])):
        return False  # 土屋 引率(看護師): a verbal noun after a surname is no given name
    if not spaced and any(p[1] == "普通名詞" or p[0] in ("動詞", "形容詞") for p in nlp.surface_pos(last[0])):
        return False  # without the space a common word after a surname is no given name (今+販売)
    prev = rev[2] if spaced and len(rev) > 2 else rev[1]
    return _is_name_pos(prev[3]) == "姓" or (prev[0] not in _NOT_NAME_TOKEN and _surname(prev[0]))


def _is_name_pos(pos: tuple) -> str:
    """'姓', '名' or '' for a SudachiPy POS."""
    if len(pos) >= 4 and pos[1] == "固有名詞" and pos[2] == "人名" and pos[3] in ("姓", "名"):
        return pos[3]
    return ""


_KATA_CHARS = re.compile(rf"^[{_KATA}]+$")
_KANJI_CHARS = re.compile(rf"^[{_K}ノヶ]+$")


def _plain_piece(s: str) -> bool:
    return bool(_KANJI_CHARS.match(s) or _KATA_CHARS.match(s))


def _latin_name_word(key: str) -> bool:
    """True when a romaji key is also a Western given name of data/names_latin.txt (anna, mari, ken, emi)."""
    return bool(_latin_name_table().get(key, 0) & _G_FLAG)


_BIG_KANA = str.maketrans("ァィゥェォッャュョヮ", "アイウエオツヤユヨワ")


class _Names:
    """Katakana readings and romaji keys of the common names in data/names_ja.txt (built lazily, or read from the
    start-up cache: see `_names`)."""

    def __init__(self, parts: tuple[frozenset[str], ...] | None = None) -> None:
        if parts is not None:
            (self.family_kana, self.given_kana, self.family_roma, self.given_roma,
             self.family_big, self.given_big) = parts
            return
        self.family_kana: set[str] = set()
        self.given_kana: set[str] = set()
        self.family_roma: set[str] = set()
        self.given_roma: set[str] = set()
        for line in data.lines("names_ja.txt"):
            kind, *words = line.split()
            more = len(kind) > 1  # (姓読 / 名読: names whose readings count, but that are not listed as bare surnames)
            kind = kind[0]
            kana = self.family_kana if kind == "姓" else self.given_kana
            roma = self.family_roma if kind == "姓" else self.given_roma
            for w in words:
                if w.isalpha() and all("\u30a1" <= c <= "\u30fa" or c == "ー" for c in w):
                    kana.add(w)  # (a name listed in katakana is its own reading: ウメ, トメ, the dictionary may know none)
                for r in nlp.readings(w, kind):
                    key = _romaji_key(_kana_to_romaji(r))
                    if more and (len(r) < 2 or len(key) < 3):
                        continue  # (ソウ, メイ: a two-letter romaji key matches too many words: SE, SO, ME)
                    kana.add(r)
                    if not (more and _latin_name_word(key)):
                        roma.add(key)  # (アンナ: "Anna" stays a Western name, not a romanised Japanese one)
        # bank and card kana write small kana large (リヨウスケ for リョウスケ): the readings in that form
        self.family_big = {r.translate(_BIG_KANA) for r in self.family_kana}
        self.given_big = {r.translate(_BIG_KANA) for r in self.given_kana}

    def parts(self) -> tuple[frozenset[str], ...]:
        return tuple(map(frozenset, (self.family_kana, self.given_kana, self.family_roma, self.given_roma,
                                     self.family_big, self.given_big)))


# an identity mapping: `entities_in_original` gives the spans of an identity `Normalized` back as they are
_IDENTITY = Normalized("", "")


@lru_cache(maxsize=1)
def _names() -> _Names:
    """The name tables, kept in `regex_cache`'s file for new processes under a digest of what they are built
    from: the name list, the code that reads it (this module, person_latin) and the SudachiPy dictionary."""
    h = hashlib.sha1(data.path("names_ja.txt").read_bytes())
    for module in (__file__, person_latin.__file__):
        h.update(Path(module).read_bytes())
    h.update(nlp.dictionary_stamp().encode())
    return _Names(regex_cache.derived("person.names", h.hexdigest(), lambda: _Names().parts()))


# the English half of a bilingual label after its Japanese half (氏名 NAME, 氏名 Name：, お名前 Full name)
_BILINGUAL_LABEL = re.compile(r"(?:NAME|Name|name|FULL NAME|Full [Nn]ame)(?![A-Za-z])[ \t]*[:：]?[ \t]*")


class PersonDetector(Detector):
    """Names of persons (PERSON) in Japanese and Latin script."""

    name = NAME
    pii_types = ("PERSON",)
    languages = ("ja", "en")  # Latin-script names / Western addresses are found in English text too
    #: the engine hands over text it has already normalised; True skips the (idempotent) re-normalisation
    assume_normalized = False

    def __init__(self, use_english_model: bool = True) -> None:
        self.use_english_model = use_english_model

    # -- public API -------------------------------------------------------------------------------------
    def detect(self, text: str) -> Iterable[Entity]:
        if not text:
            return []
        # (normalised text from the engine is its own mapping: no identity object to make and look up per document)
        norm = _IDENTITY if self.assume_normalized else nlp.normalized(text)
        t = text if self.assume_normalized else norm.text
        cands: list[tuple[int, int, float]] = []
        self._honorifics(t, cands)
        self._labels(t, cands)
        if "）" in t or ")" in t:
            _bracketed_roles(t, cands)
        if "方" in t:
            _care_of_surname(t, cands)
        if "氏" in t and ("(名)" in t or "（名）" in t or "名 " in t or "名\t" in t):
            _split_in_brackets(t, cands)
        self._kana_fields(t, cands)
        if '"' in t:
            self._json_names(t, cands)
        if "<" in t and "</" in t:  # (a one-character test first: an ASCII needle of two is slow in Japanese text)
            self._xml_names(t, cands)
        self._pairs(t, cands)
        self._bare_runs(t, cands)
        cells = "," in t or "\t" in t or "|" in t or "<" in t  # a delimited table or markup
        self._short_forms(t, cands, cells)
        caps_at = _HAS_CAPS.search(t)  # a capitalised or upper-case word: what every Latin finder needs
        wide = "  " in t  # a fixed-width listing or a form's gap
        self._bare_surnames(t, cands, caps_at is not None, wide, caps_at.start() if caps_at is not None else 0)
        n_before = len(cands)
        caps = find_latin_names(t, cands, _names, self.use_english_model, caps_at)  # (True when the text has one)
        if caps:
            if "（" in t or "(" in t:
                _kana_after_latin(t, cands, n_before)
            if "amily" in t or "urname" in t or "AMILY" in t or "URNAME" in t:
                _family_given_fields(t, cands)
        delimited = wide or cells
        if wide:
            _spaced_names(t, cands)
        if ":" in t or "]" in t:
            _speakers(t, cands)
        if ("(" in t or "（" in t) and (":" in t or "：" in t):
            _role_bracket_speakers(t, cands)
        if "\t" in t and ":" in t:
            _tab_speakers(t, cands)
        if ":" in t and ("(" in t or "（" in t or "_" in t):
            _stamped_speakers(t, cands)
        if ":" in t and " " in t:
            _stamped_bare_speakers(t, cands)
        if "From " in t:
            _zoom_chat(t, cands)
        _role_then_surname(t, cands)
        if _CLINICAL_ROLE_HINT.search(t) is not None:
            _role_then_surname(t, cands, _CLINICAL_ROLE)
        if "㊞" in t:
            _sealed_surnames(t, cands)
        if "さん" in t or "くん" in t or "君" in t:
            _unknown_kata_honorific(t, cands)
        if "父" in t or "戸主" in t or "INDI" in t or "née" in t or "nee " in t:
            _register_names(t, cands)
        _kanji_kata_names(t, cands)
        if "_" in t and "." in t:
            _file_name_people(t, cands)
        if "CN=" in t:
            _calendar_people(t, cands)
        if "（0" in t or "(0" in t or "携帯" in t or "自宅" in t:
            _surname_phone(t, cands)
        if " 090" in t or " 080" in t or " 070" in t:
            _surname_mobile(t, cands)
        if "）" in t or ")" in t:
            _phone_owner(t, cands)
        if "]" in t and ":" in t:
            for m in _TIMED_AUTHOR.finditer(t):  # [2025-05-20 10:12 上原] 入電。: a note's time, then its author
                if _surname(m.group(1)):
                    cands.append((*m.span(1), 0.75))
        if "【" in t:
            _bracket_commenters(t, cands)
        if "（" in t or "(" in t:
            _surname_then_full(t, cands)
        if ("（" in t or "(" in t) and _TITLE_IN_BRACKETS_HINT.search(t) is not None:
            _titled_in_brackets(t, cands)
        if "メモ" in t or "所見" in t or "追記" in t:
            _note_authors(t, cands)
        if "名（" in t or "名(" in t:
            for m in _COUNTED_NAMES.finditer(t):
                _counted_list(m, cands)
        if "名" in t and "、" in t:
            for m in _NAMES_COUNTED.finditer(t):
                _counted_list(m, cands)
        if "歳" in t:
            for m in _KANA_SEX_AGE.finditer(t):  # 22:14 walk-in  ﾏﾂﾀﾞ ｺｳｷ 男 24歳: a log's patient, sex and age
                if not all(_kata_loanword(w) for w in m.group(1).split(" ")):
                    cands.append((m.start(1), m.end(1), 0.75))
        if "_" in t and ":" in t:
            for m in _ROLE_HANDLE.finditer(t):  # [10:03:02] OP_Yamane: an operator's role code, then the surname
                if _romaji_key(m.group(1)) in _names().family_roma:
                    cands.append((m.start(1), m.end(1), 0.75))
        if "home" in t or "Users" in t:
            for m in _HOME_DIR.finditer(t):  # /home/kaito.mori, \\home$\\ikeda.mariko: a user's folder by the user's name
                if _handle_words_known(m.group(1)):
                    cands.append((*m.span(1), 0.75))
        if t.find("とのトーク", 0, 400) >= 0:  # (the header of a saved talk is its first line)
            _talk_partner(t, cands)
        if caps and delimited and ("カナ" in t or "ガナ" in t):  # a listing with a kana column (カナ, フリガナ)
            _latin_kana_cells(t, cands)
        if _SPACED_PAIR.search(t) is not None:  # (what the next two need: a kanji word, a space, a name part)
            if "(" in t or "（" in t:
                _bracketed_readings(t, cands)
            if _ATTACHED_CUE.search(t) is not None:
                _attached_names(t, cands)
        if "(" in t or "（" in t:
            _pinyin_brackets(t, cands)
            ruby_names(t, cands)
        chinese_names(t, cands, caps_at.start() if caps_at is not None else -1)
        if " " in t:
            _nikkei_names(t, cands)
        _role_surnames(t, cands)  # (gated inside on its roles' characters)
        if "名" in t and ("氏" in t or "姓" in t):
            _split_name_fields(t, cands)
        _kanji_hira_pairs(t, cands)
        if "生" in t and ("男" in t or "女" in t):
            _kin_birth_names(t, cands)
        if caps or " by " in t:
            _en_roles_ja(t, cands)
        if "芸名" in t:
            _stage_names(t, cands)
        if "ちゃん" in t or "くん" in t:
            _child_names(t, cands)
        if "です" in t or "申します" in t or "います" in t:
            _self_intros(t, cands)
        if _KIN_GIVEN_FORM.search(t) is not None or "ママ" in t or "パパ" in t or _KIN_KANA_FORM.search(t) is not None:
            _kin_given_forms(t, cands)
        if ":" in t and "\n" in t:
            _stamp_speakers(t, cands)
        if "/" in t or "." in t or "-" in t:
            _dated_signatures(t, cands)
        if " " in t:
            _hiragana_pairs(t, cands)
        if "様" in t and ("|" in t or "｜" in t or "\t" in t):
            _staff_client_cells(t, cands)
        if "  " in t and ":" in t:
            _name_date_headers(t, cands)
        if "ー" in t or "ン" in t or "フ" in t or "ト" in t:
            _kata_role_surnames(t, cands)
        if "本人" in t:
            _surname_in_person(t, cands)
        if ("）" in t or ")" in t) and ":" in t:
            _desk_speakers(t, cands)
        if "  " in t and ":" in t:
            _call_sign_callers(t, cands)
        if ("者" in t or "担当" in t) and _JA_LABEL_HANDLE.search(t) is not None:
            _ja_label_handles(t, cands)
        if (("=" in t or ":" in t or "login" in t) and _LOG_KEY_HINT.search(t) is not None) or (":" in t and (
                _CHAT_HANDLE_HINT.search(t) is not None or ("." in t and _HANDLE_TIME_HINT.search(t) is not None))):
            _log_handles(t, cands)
        if "釋" in t or "釈" in t or "兄" in t or "姉" in t or ("名" in t and _POSTHUMOUS_HINT.search(t) is not None):
            _religious_names(t, cands)
        if "→" in t:
            _name_chains(t, cands)
        hangul = _HANGUL_NAME.search(t)
        if hangul is not None:
            _hangul_names(t, hangul.start(), cands)
        if "ชื่อ" in t or "คุณ" in t:
            _thai_names(t, cands)
        if caps and ("(" in t or "（" in t):
            _latin_with_kana(t, cands)
        if "(" in t or "（" in t:
            _parent_child_pairs(t, cands)
            if "担当" in t:
                _staff_in_brackets(t, cands)
            if "員（" in t or "員(" in t or "者（" in t or "者(" in t or "班" in t or "フ（" in t or "付（" in t or (
                    "担当" in t and ("師（" in t or "師(" in t or "ー（" in t or "ー(" in t or "チ（" in t or "チ(" in t
                                   or "ト（" in t or "ト(" in t or "マネ（" in t or "マネ(" in t)):
                _role_then_bracket(t, cands)
        if _ATTENDANCE_HINT.search(t) is not None:
            _attendance_brackets(t, cands)
        if "・" in t:
            _surname_lists(t, cands)
        if "/" in t and ("│" in t or "|" in t or "\t" in t or "  " in t):
            _slash_crews(t, cands)
        if _PART_LABEL_HINT.search(t) is not None:
            _part_labels_after(t, cands)
        if "生）" in t or "生)" in t or "歳）" in t or "歳)" in t or "月）" in t or "才）" in t:
            _born_bracket_names(t, cands)
        if cands and "・" in t:
            _couple_given(t, cands)
        if "：" in t or ":" in t:
            _unit_then_surname(t, cands)
        if "姓「" in t or "姓は「" in t or "氏「" in t or "氏は「" in t:
            for m in _QUOTED_SURNAME.finditer(t):  # 新姓は「大塚」: a new or former surname quoted
                if _surname(m.group(1)):
                    cands.append((*m.span(1), 0.75))
        if cands and ("(@" in t or "（@" in t):
            _at_handles(t, cands)
        if "@" in t or "** comm" in t:
            for m in _HANDLE_MENTION.finditer(t):  # cc @kenji-watanabe, **aya-murakami** commented: a reviewer's account
                v = m.group(1) or m.group(2)
                if _log_handle_ok(v):
                    cands.append((*m.span(1 if m.group(1) else 2), 0.75))
        if cands:
            _propagate_ja(t, cands)
            if " " in t or "・" in t:
                _kana_parts(t, cands)
        if cands and caps:
            _romanised_next_lines(t, cands)
        if not cands:
            return []
        if "旧" in t or "通称" in t or "本名" in t:
            cands = [_without_name_label(t, c) for c in cands]
        best: dict[tuple[int, int], float] = {}
        for s, e, score in cands:
            if e - s > 3 and t[e - 1] in "印㊞":
                e -= 2 if t[e - 2] == " " else 1  # 署名　柏木 亮　印: the seal's place after the name (no name ends in 印)
            if e - s >= 3 and t[e - 1] == "各" and _TITLE.match(t, e) is not None:
                e -= 1  # 井口・大竹・山根各執行委員: "each" before the title the list's people share
            if e - s > 3 and t[e - 1] in _PARTICLE_LAST:
                sp = t.rfind(" ", s, e)
                if sp > s and t[sp + 1:e] in _PARTICLES:
                    e = sp  # 不在時は 倉田 まで: the particle after the surname is no given name
            if e - s > 3 and t[e - 1] in _TITLE_LAST:
                sp = t.rfind(" ", s, e)
                if sp > s and _TITLE.fullmatch(t, sp + 1, e) is not None:
                    e = sp  # [09:31] 横山 部長: the surname, without the title a speaker's label writes after it
            if e - s > 2 and t[e - 1] in _HONORIFIC_LAST:
                sp = t.rfind(" ", s, e)
                if sp > s and _HONORIFIC.fullmatch(t, sp + 1, e) is not None:
                    e = sp  # [LINE] 松井 先生 とのトーク履歴: the surname, without the honorific after a space
            if e - s <= 3 and t[e - 1] in _HONORIFIC_LAST and _HONORIFIC.fullmatch(t, s, e) is not None:
                continue  # 先生、ちょっと相談: an honorific alone (a part of 松井 先生 carried over) is no name
            if "\u30a1" <= t[s] <= "\u30fa" and e - s >= 5 and _is_kanji_char(t[e - 1]):
                sp = t.find(" ", s, e)
                if sp > s and _is_kanji_char(t[sp + 1]) and t[s:sp] in _DESK_WORDS and _bare_surname(t[sp + 1:e], 1):
                    s = sp + 1  # レンタル 小松崎, ロッジ 一ノ瀬: a desk's katakana word, then the surname
            if best.get((s, e), -1.0) < score:
                best[(s, e)] = score
        n_t = len(t)
        history: list = []  # (whether the text dates itself before modern times: asked once, for the first candidate
        # that could be a historical figure's name)
        titles = "『" in t
        hanzi_firms = "公司" in t or "集团" in t or "集團" in t or "貿易" in t or "贸易" in t
        cands = [
            (s, e, sc) for (s, e), sc in best.items()
            if not (
                _in_place(t, s, e) or (e < n_t and t[e] in "(（" and _kana_company_after(t, s, e))
                or (e < n_t and t[e] in "病症反徴賞効定" and _EPONYM_AFTER.match(t, e) is not None)
                or (e < n_t and t[e] in _FACILITY_FIRST and _FACILITY_AFTER.match(t, e) is not None)
                or (hanzi_firms and e < n_t and _is_kanji_char(t[e]) and _HANZI_COMPANY.match(t, e) is not None)
                or (e < n_t and t[e] in _CITY_UNIT_FIRST and _city_unit(t, s, e))
                or (e < n_t and t[e] in _CREATOR_FIRST and _CREATOR_AFTER.match(t, e) is not None)
                or (titles and _in_title(t, s, e)) or _historical(t, s, e, history)
                or (e < n_t and t[e - 1] in _KANJI_NUMERALS and t[e] in _KANJI_NUMERALS)  # 鶴下絵三十六歌仙
                or (e < n_t and t[e - 1] in "大小" and t.startswith("さじ", e))  # 酒 大さじ2: a spoon, not 酒 大
                or (e < n_t and t[e - 1] == "和" and t[e] == "え")  # 胡麻和え: a dish, not 胡麻 和
                or (e < n_t and t[e] in "りるれ" and _is_kanji_char(t[e - 1]) and " " in t[s:e])  # 金 夜回り: a verb
                or (e - s == 1 and s and t[s - 1].isascii() and t[s - 1].isalnum())  # 3cm角: a unit, not 角
                or t[s:e] in _CLINICAL_SHORT_WORDS
                or (e < n_t and t[e] == "殿" and _hall_after(t, s, e))  # 納骨堂「光明殿」: a hall, not 光明 殿
                or (t[e - 1] in _TEMPLE_END and "寺" in t[s:e] and _temple_name(t, t[s:e]))  # 西光寺 寺務所: a temple
                or t.endswith(_ORG_TAILS, s, e)  # 霞ヶ関北自治会, 住吉歯科, 寺務所: an association, a clinic, an office
                or (e < n_t and t[e] in "LMS" and (e + 1 == n_t or not t[e + 1].isalpha()) and not t[s].isascii())  # 秀L
                or (t[s].isascii() and (latin_place(t, s, e) or latin_stopped(t[s:e], _names())))
                or (e - s >= 6 and "\u30a1" <= t[s] <= "\u30fa" and _kata_loanword(t[s:e]))
                or (e - s >= 4 and "\u30a1" <= t[s] <= "\u30fa" and _KATA_DIGITS.fullmatch(t, s, e) is not None)
                or ("\u30a1" <= t[s] <= "\u30fa" and " " in t[s:e] and _KANA_WEEKDAYS.issuperset(t[s:e].split(" ")))
            )
        ]
        kata = False  # (a katakana candidate: its bank-kana form is looked for below)
        n_found = len(cands)
        for s, e, score in list(cands):
            first, after = t[s], t[e:e + 1]
            if "\u30a1" <= first <= "\u30fa":
                kata = True
            if s and t[s - 1] in "(（" and after in ")）":
                n = _name_before_reading(t, s - 1, t[s:e])
                if n:
                    cands.append((n[0], n[1], score))
            elif delimited and (after in _CELL_STEP_FIRST or not _is_kanji_char(first)):  # (see _reading_cell)
                n = _reading_cell(t, s, e)  # 大森 陸斗</td><td>オオモリ リクト: a name and its reading in the next cell
                if n:
                    cands.append((n[0], n[1], score))
            if after and after in " \t(（/様さ殿氏":
                r = _READING_AFTER.match(t, e) if t[e] in " \t(（/" else None
                if r is None and t[e] != "/" and t.find("(", e + 1, e + 16) > 0:
                    h = _HONORIFIC_GAP.match(t, e)  # 渡部 ユリ 様（ﾜﾀﾅﾍﾞ ﾕﾘ）: the reading after the honorific
                    if h:
                        r = _READING_AFTER.match(t, h.end())
                        if r and (r.group(1)[0].isascii() or r.group(1).count(" ") < t[s:e].count(" ")):
                            r = None  # ミラー様（Acme US）, 藤井 昭夫 様（ﾌｼﾞｲ）: a company, or a part only
                if r and r.group(1) not in _READING_STOP and _reading_ok(t[s:e], r.group(1)) and not (
                        first.isascii() and (_kata_loanword(r.group(1)) and not _initial_fits(t[s:e], r.group(1))
                                             or _country_name(r.group(1)))):
                    # (Kenta Yoshida（ライブエッジ）: his firm; Sophia（ソフィア） her name read out)
                    cands.append((r.start(1), r.end(1), score))
                elif t[s].isascii():
                    r = _NATIVE_AFTER.match(t, e)
                    if r and r.group(r.lastindex) not in _HANGUL_STOP and not _city_name(r.group(r.lastindex)):
                        # (CHOI JIWOO / 여권번호: the next field's label; Joana Ramos（那覇）: her office's city)
                        cands.append((r.start(r.lastindex), r.end(r.lastindex), score))
        if delimited and (kata or any("\u30a1" <= t[c[0]] <= "\u30fa" for c in cands[n_found:])):
            _bank_kana_forms(t, cands)
        resolved = _resolve(cands)
        if wide and resolved:
            resolved = _join_spaced_parts(t, resolved)
        return entities_in_original(norm, resolved, "PERSON", NAME)

    def detect_many(self, texts: Sequence[str]) -> list[list[Entity]]:
        return [list(self.detect(t)) for t in texts]

    # -- triggers -----------------------------------------------------------------------------------------
    def _honorifics(self, t: str, out: list) -> None:
        foreign = "・" in t or " " in t
        titles = []  # (looked at after the honorifics)
        for m in _matches(_HONORIFIC_OR_TITLE, t):
            if m.group(0) in _TITLE_SET:
                titles.append(m)
                continue
            h = m.start()
            if h >= 2 and t[h - 1] == " " and _name_char(t[h - 2]) and m.group(0) in ("様", "さま", "殿", "さん", "氏", "先生"):
                h -= 1
            if h == 0 or not _name_char(t[h - 1]):
                continue
            if foreign and _is_kata_char(t[h - 1]) and m.group(0) in ("様", "さま", "殿", "さん", "氏"):
                # a foreign name in katakana (マリア・ガルシア様)
                s0 = h
                while s0 > 0 and h - s0 < 32 and (_is_kata_char(t[s0 - 1]) or t[s0 - 1] in "・ "):
                    s0 -= 1
                while s0 < h and t[s0] in "・ ":
                    s0 += 1
                name = t[s0:h]
                if _FOREIGN_KANA.fullmatch(name) and _foreign_parts_ok(name):
                    out.append((s0, h, 0.75))
                    continue
            polite = m.group(0) in ("様", "さま", "殿", "さん", "氏", "先生")
            if (polite or m.group(0) in ("くん", "君")) and _is_kata_char(t[h - 1]):  # (a trainee's トゥアン君 too)
                # one katakana surname (ミラー様, ウォンさん), not a role (ゲスト様, スタッフさん)
                s0 = _run_start(t, h, _is_kata_char)
                if 1 <= h - s0 <= 5 and s0 >= 2 and t[s0 - 1] in " \u3000" and _is_kanji_char(t[s0 - 2]):
                    fs = _run_start(t, s0 - 1, _is_kanji_char)
                    if s0 - 1 - fs <= 3 and _bare_surname(t[fs:s0 - 1], 0):
                        out.append((fs, h, 0.8))  # 木下 トミ様: a kanji surname and a katakana given name
                        continue
                if (
                    2 <= h - s0 <= 10 and (s0 == 0 or t[s0 - 1] != "・") and _kana_person(t[s0:h])
                    and not _company_before(t, s0)
                ):
                    out.append((s0, h, 0.7))
                    continue
            if polite and "\u3041" <= t[h - 1] <= "\u3096":
                span = _kanji_hira_name(t, h)  # 伊佐 りおさん: a kanji surname and a hiragana given name
                if span:
                    out.append((span[0], span[1], 0.8))
                    continue
            span = self._name_before(t, h, require_name=True, polite=polite)
            if span:
                s, e, strong = span
                sp = t.find(" ", s, e)
                if t[(sp + 1 if sp > s else s):e] in _ROLE_WORDS:
                    continue  # 光の間 新郎様: the groom, honoured by his role
                if sp > s and (_two_surnames(t[s:sp], t[sp + 1:e]) or _given_then_surname(t[s:sp], t[sp + 1:e])):
                    s, strong = sp + 1, False  # 担当 白石 早瀬さん、…: the writer, then whom they address
                out.append((s, e, 0.9 if strong else 0.75))
        for m in titles:
            h = m.start()
            if t[m.end():m.end() + 1] in _TITLE_COMPOUND_NEXT and _TITLE_COMPOUND.match(t, h):
                continue  # 上海代表処, 社長室: the title starts an office's name
            if h >= 3 and t[h - 1] in "元前現" and _is_kanji_char(t[h - 2]):
                h -= 1  # 岩田聡元社長, 鈴木一郎前社長: a former or present title, not a given name's last character
            if h >= 2 and t[h - 1] == " " and _is_kanji_char(t[h - 2]):
                h -= 1  # 工務課 篠田 課長: a title one space after the name
            if h == 0 or not _name_char(t[h - 1]):
                continue
            span = self._name_before(t, h, require_name=True, family_needed=True)
            if span:
                out.append((span[0], span[1], 0.7))

    def _name_before(self, t: str, h: int, require_name: bool, family_needed: bool = False, polite: bool = False):
        """The name that ends at index h (before a honorific/title): (start, end, has_both_parts) or None."""
        ws = _NAME_WINDOW.search(t, max(0, h - 12), h).start()  # (always matches: at h, if not before)
        if ws >= h:
            return None
        r = _name_in_window(t[ws:h], family_needed, polite)
        if r is None:
            return None
        start, end = ws + r[0], ws + r[1]
        if _company_before(t, start):
            return None
        return start, end, r[2]

    def _labels(self, t: str, out: list) -> None:
        label_lens, label_set = _LABEL_LENS_BY_END, _LABEL_SET
        for h in _LABEL_HIT.finditer(t):
            le = h.end()
            lw = None  # the start of the longest label word ending at le (lengths by the word's last character)
            for n in label_lens.get(t[le - 1], ()):
                if n <= le and t[le - n:le] in label_set:
                    lw = le - n
                    break
            if lw is None or (t[lw].isascii() and lw > 0 and (t[lw - 1].isalnum() or _thing_name(t, lw))):
                continue
            if le - lw == 1 and t[lw] in "記受" and lw > 0 and _name_char(t[lw - 1]):
                continue  # a one-character role (記, 受) only on its own: not 下記：, 特記：, 感受
            if "0" <= t[le] <= "9":  # 運転者3 Lukas Brandt: a numbered label
                le += 2 if "0" <= t[le + 1:le + 2] <= "9" else 1
            m = _LABEL_SEP_RE.match(t, le)
            if not m:
                continue
            vs = m.end()
            if vs < len(t) and t[vs] in "NnF":
                b = _BILINGUAL_LABEL.match(t, vs)
                if b is not None:
                    vs = b.end()  # 氏名 NAME　NGUYEN THI HOA: the label's English half, as a residence card prints it
            if vs >= len(t) or t[vs] in "_＿…":
                continue  # a blank form field (氏名：＿＿＿＿): what follows belongs to the next field
            role = t[lw:le] in _ROLE_SET
            if role and (t[vs].isdigit() or t[vs] in "RHS"):
                d = _DATE_LEAD.match(t, vs)  # 受理 12/3 川口, 作成：R7.2.10 水野: the date of the act, then who did it
                if d:
                    vs = d.end()
            vm = _VALUE_RE.match(t, vs, vs + 24)
            value = vm.group(0).rstrip() if vm else ""
            if " " in value and t[vs + len(value):vs + len(value) + 1] in (":", "：") and _label_like(
                    value.rsplit(" ", 1)[1]):
                value = value.rsplit(" ", 1)[0]  # 担当：杉浦　二次確認：乾: the next field's label is no part of the name
            if value and value[0].isascii() and t[le - 2:le] == "署名":
                continue  # (signatures in Latin letters may stand several in a row: the Latin finders read them)
            if value:
                r = _label_value_rel(value)  # (`_label_value` on t[vs:vs + len(value)], which is `value`)
                span = None if r is None else (vs + r[0], vs + r[1])
                if not span and " " in value:
                    # 妻 グエン ティ ラン 070-4412-8831: the name, then the number (the normaliser made "　" one space)
                    pieces = value.split(" ")
                    d = next((i for i, p in enumerate(pieces) if _PHONE_PIECE.match(p)), 0)
                    if d:
                        span = self._label_value(t, vs, vs + len(" ".join(pieces[:d])))
                if not span and t[lw:le] in _KIN_SET and not (le - lw == 1 and lw and _is_kanji_char(t[lw - 1])) \
                        and _kin_given(t, vs, vs + len(value)):  # (not the 夫 of 敏夫)
                    out.append((vs, vs + len(value), 0.8))  # 長女 ひなた: a child is often named by a given name alone
                    continue
                if not span and (pm := _SURNAME_PARTICLE.match(value)) is not None and _surname(pm.group(1)) \
                        and _role_value_ok(pm.group(1), t[lw:le]):
                    span = (vs, vs + pm.end(1))  # 職長 江口が119番通報: the surname, then the sentence goes on
                if not span and " " in value and (role or t[le - 1] in "者当") and _DEPT_TAIL.search(
                        value.split(" ", 1)[0]) is not None:
                    # 受付者：運行管理 原田, 旅行会社担当：南風トラベル 岩崎: the desk or company, then the person
                    p0, rest = value.split(" ", 1)
                    pieces = rest.split(" ")
                    off = vs + len(p0) + 1
                    for k in (2, 1):
                        e2 = off + len(pieces[0]) + 1 + len(pieces[1]) if len(pieces) >= 2 else 0
                        if k == 2 and len(pieces) >= 2 and _KANJI_CHARS.match(pieces[1]) and not _known_given(
                                pieces[1]) and (not _plausible(pieces[1], "名") or nlp.can_be(pieces[1], "名詞", "普通名詞")
                                                or t[e2:e2 + 2].strip()[:1].isdigit()):
                            continue  # 受付：入院係 鶴田　極度額 100万円: the surname, then the next field
                        if len(pieces) >= k:
                            span = self._label_value(t, off, off + len(" ".join(pieces[:k])))
                            if span:
                                break
                if not span and " " in value and _KANJI_CHARS.match(value.split(" ", 1)[0]):
                    # "黒木 修 証券番号 AT88…", "吉村 了解": the name is the first one or two pieces
                    pieces = value.split(" ")
                    for k in (2, 1):
                        if k == 2 and pieces[1].startswith(_HIRA_NOT_GIVEN):
                            continue  # ドライバー 藤原 から 21:50 に…: a particle after the surname, no given name
                        if len(pieces) > k:
                            span = self._label_value(t, vs, vs + len(" ".join(pieces[:k])))
                            if span:
                                break
                if span and role and " " in t[span[0]:span[1]]:
                    first, second = t[span[0]:span[1]].split(" ", 1)
                    if len(second) >= 2 and _KANJI_CHARS.match(second) and not _known_given(second) and not _plausible(
                            second, "名"):
                        span = (span[0], span[0] + len(first))  # 保健師 北村 自宅訪問: the surname, then what was done
                if span and " " in t[span[0]:span[1]] and _NTH.match(t, t.index(" ", span[0]) + 1):
                    span = (span[0], t.index(" ", span[0]))  # 査定者 田所　二次査定 秋元: the surname, then the next field
                if span and t[span[1]:span[1] + 1] in (":", "：") and _KATA_CHARS.match(t[span[0]:span[1]]) \
                        and _kana_class(t[span[0]:span[1]]) < 2:
                    continue  # 作成   マイルストーン: 2024年6月度: a katakana word before a colon is the next field's label
                if span and (not role or _role_value_ok(t[span[0]:span[1]], t[lw:le]) or (
                        t[lw:le] in _KIN_SET and _known_given(t[span[0]:span[1]]))) and not (
                    t[le - 2:le] == "署長" and nlp.can_be(t[span[0]:span[1]], "名詞", "固有名詞", "地名")
                ):  # (所轄税務署長：川越 names the tax office, by its town)
                    out.append((span[0], span[1], 0.85))
            elif t[vs] not in "(（":
                continue  # no value, and no group note that a list of names would follow (出席者：（発注者側）…)
            le = t.find("\n", vs, vs + _LIST_SPAN)
            if _LIST_SEP.search(t, vs, vs + _LIST_SPAN if le < 0 else le):
                self._label_list(t, vs, out, role)

    def _label_list(self, t: str, vs: int, out: list, role: bool = False) -> None:
        """A list of names after a label (出席者：A、B・C（記）, D部長): each item checked on its own; an
        indented next line continues the list (出席者：（発注者側）A、B⏎　　（ベンダー側）C、D)."""
        for _ in range(4):
            le = t.find("\n", vs, vs + _LIST_SPAN)
            le = min(len(t), vs + _LIST_SPAN) if le < 0 else le
            dot = t.find("。", vs, le)
            if dot >= 0:
                le = dot  # (a list ends with its sentence: …ソフト食。とろみは「薄い・中間・濃い」)
            if _COMPANY_ITEM.search(t, vs, le):
                break  # 大和・鈴木建設グループ: a list of companies (a consortium), not of surnames
            for m in _LIST_ITEM.finditer(t, vs, le):
                s, e = m.start(), m.end()
                while s < e and t[s] == " ":
                    s += 1
                if t[s:s + 1] == "(":  # a leading group note: （発注者側）情報システム部 齋藤部長
                    c = t.find(")", s, e)
                    if 0 < c - s <= 10:
                        s = c + 1
                ob = max(t.rfind("(", vs, s + 1), t.rfind("（", vs, s + 1))
                if ob > 0 and t.find(")", ob, s) < 0 and t.find("）", ob, s) < 0 and _sites_bracket(t, ob):
                    continue  # 各支社長（さいたま・川越・熊谷）: the sites of a title, not names
                sp = t.find(" ", s, e)
                if sp > s and t[s:sp] in _KIN_SET:  # 長男 蒼空（H27.9.14生）、長女 芽依（R1.6.2生）
                    s = sp + 1
                    ke = _VALUE_RE.match(t, s, e)
                    if ke and _kin_given(t, s, s + len(ke.group(0).rstrip())):
                        out.append((s, s + len(ke.group(0).rstrip()), 0.8))
                        continue
                item = t[s:e]
                cut = _ITEM_TAIL.search(item)
                if cut:
                    e = s + cut.start()
                while e > s and t[e - 1] == " ":
                    e -= 1
                while s < e and t[s] == " ":
                    s += 1
                if e - s < 1 or e - s > 12:
                    continue
                span = self._label_value(t, s, e)
                if span and (not role or _role_value_ok(t[span[0]:span[1]])):
                    out.append((span[0], span[1], 0.8))
            if not t.startswith("\n  ", le) or t.startswith("\n   \n", le):
                break
            vs = le + 1

    def _label_value(self, t: str, vs: int, ve: int):
        """The name in the label value t[vs:ve] as (start, end), or None (memoised per distinct value)."""
        r = _label_value_rel(t[vs:ve])
        return None if r is None else (vs + r[0], vs + r[1])

    def _json_names(self, t: str, out: list) -> None:
        """`"name": "山田太郎"` in JSON or dict-like text; a user's display name (Slack, Teams exports) when it is
        a romanised name or made of known name words (katagiri, ryo.kubota, priya)."""
        if "name\"" in t or "Name\"" in t:
            for m in _matches(_JSON_HANDLE, t):
                v = m.group(1)
                if v.isascii() and _handle_words_known(v):
                    out.append((m.start(1), m.end(1), 0.75))
        for m in _matches(_JSON_NAME, t):
            value = m.group(1)
            if value[:1].isascii() and "/" in value:
                if _PNR_VALUE.fullmatch(value) and (
                    _PNR_TITLE.match(t, m.end()) or any(
                        _flags(w, _names()) & (_KNOWN | _RG | _RF) for w in re.split(r"[/ \-]", value) if w
                    )
                ):
                    out.append((m.start(1), m.end(1), 0.85))  # "name": "KUROSAWA/SHINJI", "title": "MR" (a booking)
                continue
            if value[:1].isascii():
                # a product or company can sit under "name" too: Latin values must look like Japanese names
                words = value.split()
                names = _names()
                if not (2 <= len(words) <= 3 and all(
                    _romaji_key(w) in names.family_roma or _romaji_key(w) in names.given_roma for w in words
                )):
                    continue
            span = self._label_value(t, m.start(1), m.end(1))
            if span:
                out.append((span[0], span[1], 0.85))

    def _xml_names(self, t: str, out: list) -> None:
        """`<氏名>山田 太郎</氏名>` in XML (e-Gov filings, exports): the element's text is the label's value.
        English element names too: <nameRoman>, <familyName>, and the parts of a <name> element (<name><kanji>…
        </kanji><kana>…</kana></name>, <name><family>PHAM</family><given>Thi Lan</given></name>)."""
        matches = list(_XML_NAME.finditer(t))
        if "ame" in t or "AME" in t:
            matches += _XML_NAME_EN.finditer(t)
        for m in matches:
            value = m.group(2).strip()
            if not value:
                continue
            vs = m.start(2) + m.group(2).index(value)
            if m.re is _XML_NAME_EN:
                tag = m.group(1)
                kind = _xml_tag_kind(tag)
                if kind is None or (
                    kind == "part" and not _XML_NAME_PARENT.search(t, max(0, m.start() - 200), m.start())
                ):
                    continue
                if value[0].isascii():
                    if _latin_xml_value(value, kind == "plain"):
                        out.append((vs, vs + len(value), 0.85))
                    continue
            kana = _KATA_CHARS.match(value.replace(" ", "").replace("・", ""))
            if kana and len(value.replace(" ", "")) >= 2 and not _KANA_COMPANY.search(value) and not _common_word(value):
                out.append((vs, vs + len(value), 0.85))  # a reading: ファム ティ トゥ
                continue
            span = self._label_value(t, vs, vs + len(value))
            if span:
                out.append((span[0], span[1], 0.85))

    def _kana_fields(self, t: str, out: list) -> None:
        # every label of `_KANA_LABEL` contains one of these (フリガナ, カナ: ナ; ふりがな: ふ; よみ(がな): み; ヨミ: ヨ; セイメイ:
        # セ; Kana, Furigana: ana): one-character tests are far cheaper than the scan, which is led by a set of
        # characters and so is tried at every position
        if not ("ナ" in t or "ふ" in t or "み" in t or "ヨ" in t or "セ" in t or "ana" in t):
            return
        for m in _matches(_KANA_LABEL, t):
            v = _KANA_VALUE.match(t, m.end())
            if not v:
                continue
            value = v.group(0).rstrip()
            if len(value.replace(" ", "")) < 2 or _common_word(value) or _KANA_COMPANY.search(value):
                continue
            if any(w in _KANA_FIELD_WORDS for w in value.split()):
                continue  # ｼﾒｲ(ｶﾅ)  ｾｲﾈﾝｶﾞｯﾋﾟ  ﾕｳﾋﾞﾝ: a header row in kana, the next fields' names
            if value.translate(_TO_KATA).startswith(PREF_READINGS):
                continue  # ふりがな とうきょうと おおたく: the reading of the address field below it
            out.append((v.start(), v.start() + len(value), 0.85))

    def _pairs(self, t: str, out: list) -> None:
        if " " not in t and "・" not in t:
            return
        names = None
        done = -1  # end of the last katakana phrase checked as a whole
        for h in _matches(_KATA_SEP if "・" in t else _KATA_SPACE, t):
            sp = h.start()  # the separator
            ne = sp + 1
            if not _is_kata_char(t[ne]):  # キャサリン 林: a foreign given name and a Japanese surname
                fs, ke = _run_start(t, sp, _is_kata_char), _run_end(t, ne, _is_kanji_char)
                giv, fam = t[fs:sp], t[ne:ke]
                if (
                    len(fam) <= 3 and 2 <= len(giv) <= 8 and (fs == 0 or t[fs - 1] != "・") and _kana_class(giv) == 2
                    and giv not in _KANA_ROLE and _bare_surname(fam, 0)
                ):
                    out.append((fs, ke, 0.7))
                continue
            if ne > done:
                done = self._kana_phrase(t, sp, out)
            fs, ge = _run_start(t, sp, _is_kata_char), _run_end(t, ne, _is_kata_char)
            fam, giv = t[fs:sp], t[ne:ge]
            if not (2 <= len(fam) <= 8 and 1 <= len(giv) <= 8) or (giv in _READING_STOP and t[ge:ge + 1] in (":", "：")):
                continue  # セイ：カワノ メイ：ケンイチ — the next field's label is no given name
            m = _Pair(fs, ge)
            if names is None:
                names = _names()
            f_ok = fam in names.family_kana or nlp.can_be(fam, "名詞", "固有名詞", "人名", "姓")
            g_ok = giv in names.given_kana or nlp.can_be(giv, "名詞", "固有名詞", "人名", "名")
            if f_ok and not g_ok and len(giv) >= 3:
                g_ok = giv in names.given_big  # ｸｽﾐ ﾘﾖｳｽｹ: a given name in bank kana
            if f_ok and g_ok:
                out.append((m.start(), m.end(), 0.8))
            elif (f_ok or g_ok) and t[sp] == " ":
                # one half known: accept only when the other half is no ordinary word
                other = giv if f_ok else fam
                if not any(p[1] == "普通名詞" for p in nlp.surface_pos(other)) and not (f_ok and fam in _KANA_MAKERS) \
                        and not other.endswith(_KANA_BUSINESS_TAILS):  # (デザインオフィス アヤ: a trade name)
                    # (トヨタ ヤリスクロス, ホンダ フリード: a maker and a model, not a surname and an unknown name)
                    out.append((m.start(), m.end(), 0.6))
        for h in _KANJI_PAIR.finditer(t):
            sp, gs, me = h.start(), h.start(1), h.end(1)
            c = t[sp - 1]  # (sp >= 1: the regex looks behind the space)
            if c in _UNIT_END:
                self._after_unit(t, gs - 1, me, out)
            if c in "ノヶ" or not _is_kanji_char(c):
                continue  # (the family part ends in a kanji: a necessary condition for `_FAMILY_BEFORE`)
            f = _FAMILY_BEFORE.search(t, max(0, sp - 4), sp)  # a whole kanji run of 1-4 before the space
            if f is None:
                continue
            ms = f.start()
            fam, giv = t[ms:sp], t[gs:me]
            if gs - sp == 2 and len(fam) == 1 and len(giv) == 1:
                continue  # 所  属, 住  所: a letter-spaced label, not a name
            if giv in _KIN_SET:
                continue  # 続き柄 長男, 続柄 妻: a relation after its label, no given name
            if len(giv) == 1 and giv in "及並又且若" and t[me:me + 1] in "びにはくし":
                continue  # MRI室 及び各病棟: a conjunction (及び, 並びに, 又は), not a one-kanji given name
            if len(giv) > 1 and giv[-1] in "印㊞様殿":  # (杉本 昭様の契約: the honorific is no part of the name)
                giv, me = giv[:-1], me - 1
            if ms and "0" <= t[ms - 1] <= "9":
                continue  # 1,390円 発店: a unit after a number, not a surname
            if fam in _PERSON_NOUNS and ms and t[ms - 1] == "の":
                continue  # 非課税の方 等: "the person", then "and so on"
            if me < len(t) and "\u3041" <= t[me] <= "\u3096" and len(giv) <= 2 and _inflected(t[gs:me + 3]):
                continue  # 西の風 強く: the "given name" is the stem of an adjective or verb
            if len(giv) == 1 and giv in "上下中奥前後東西南北" and t[me:me + 1] == "の":
                continue  # 林道 上の平: a place named by its position, no given name
            if me < len(t) and t[me] in "LMS" and (me + 1 == len(t) or not t[me + 1].isalpha()):
                continue  # りんご 長野 秀L: a grade after the origin (as the final filter says; no seed for propagation)
            score = _pair_score(fam, giv)
            if score is None and len(fam) >= 2 and fam[0] in _KIN_ONE:
                # 夫 橘 圭介 / 妻 金 美善: the normaliser joins a one-kanji relation to the surname (夫橘 圭介)
                score = _pair_score(fam[1:], giv)
                ms += 1
            if score is None or _company_before(t, ms) or _COMPANY_AFTER.match(t[me:me + 8]):
                continue
            out.append((ms, me, score))

    def _after_unit(self, t: str, sp: int, me: int, out: list) -> None:
        """The kanji run t[sp+1:me] after a space: a surname when a department, team or title stands before it
        (総務課 野田, 人事部長 水野, 情報システム部 横山、中西), or after a company at the line end in a signature
        (洛南印刷株式会社 宇治田⏎). Called by `_pairs` for the spaces that `_KANJI_PAIR` finds."""
        we = sp
        while we > 0 and t[we - 1] == " ":
            we -= 1
        ws = _UNIT_BEFORE.search(t, max(0, we - 14), we).start()  # kanji, katakana and ASCII letters/digits
        name = t[sp + 1:me]
        if not _unit_word(t[ws:we]):
            if (
                t.endswith(("株式会社", "有限会社", "合同会社"), ws, we) and t[ws] != "株"
                and t[me:me + 1] in ("\n", "") and _bare_surname(name, 0)
            ):
                out.append((sp + 1, me, 0.7))  # 洛南印刷株式会社 宇治田⏎
            return
        # (names joined by ・ — 診療情報管理係 上原・森下 — are no place names: 認定中古車センター 川越・所沢 lists sites)
        dotted = t.startswith("・", me)
        if _UNIT_FOLLOW.match(t, me) and _bare_run(name, 1 if dotted else 0):
            found = [(sp + 1, me, 0.75)]
            x = _MORE_NAME.match(t, me)
            while x and _bare_run(x.group(1), 1 if x.group().startswith("・") else 0):  # 情報システム部 横山、中西
                found.append((x.start(1), x.end(1), 0.7))
                x = _MORE_NAME.match(t, x.end())
            if dotted and (x is not None or not all(_surname(t[a:b]) for a, b, _ in found)):
                return  # (成田・東京: a list that holds a place, or goes on with one, lists places)
            out.extend(found)

    def _kana_phrase(self, t: str, i: int, out: list) -> int:
        """Katakana words joined by ・ around index i (ケビン・マーフィー, ゴ・ヴァン・ミン), or joined by spaces in a
        table cell (グエン ヴァン ミン): a person's name when `_kana_dot_name` says so. Returns the phrase end."""
        s0 = e0 = i
        while s0 > 0 and i - s0 < 40 and t[s0 - 1] in _KANA_RUN_CHARS:
            s0 -= 1
        n = len(t)
        while e0 < n and e0 - i < 40 and t[e0] in _KANA_RUN_CHARS:
            e0 += 1
        while s0 < e0 and t[s0] in "・ ":
            s0 += 1
        while e0 > s0 and t[e0 - 1] in "・ ":
            e0 -= 1
        phrase = t[s0:e0]
        if "・" in phrase and " " not in phrase:
            # every part only a name (ケビン・マーフィー), or a person's context: a reading after a Latin name
            # (Ngo Van Minh（ゴ・ヴァン・ミン）) or a self-introduction (カルロス・サントスです) — dishes, brands and
            # sights are also written so (シーザー・サラダ, ポール・スミス, カサ・ミラ)
            if _kana_dot_name(phrase) and not _COMPANY_AFTER.match(t[e0:e0 + 8]) and (
                all(_kana_class(p) == 2 for p in phrase.split("・"))
                or (s0 >= 2 and t[s0 - 1] in "(（" and t[s0 - 2].isascii() and t[s0 - 2].isalpha() and t[e0:e0 + 1] in ")）")
                or _INTRO_AFTER.match(t, e0)
            ) and not _company_before(t, s0):
                out.append((s0, e0, 0.7))
        elif (
            " " in phrase and phrase.count(" ") <= 3 and phrase.split(" ", 1)[0] not in _READING_STOP
            and (s0 == 0 or t[s0 - 1] in _CELL_EDGE)
            and (e0 == n or t[e0] in _CELL_EDGE) and _kana_dot_name(phrase.replace(" ", "・"))
            and all(len(p) <= 6 or _kana_class(p) > 0 for p in phrase.split(" "))  # not カスタマーサポート スミス
        ):
            out.append((s0, e0, 0.7))
        return e0

    def _bare_runs(self, t: str, out: list) -> None:
        # most runs hold no name: test the runs first (cached: a repeated run costs a look-up, less than making a set of
        # them), locate only those that do
        runs = _KANJI_RUN.findall(t)
        if not any(map(_run_names, runs)):
            return
        # where the runs are, without a second scan: each is the first occurrence of its text from the end of the one
        # before (an earlier copy of it would itself have been the match)
        e0 = 0
        for run in runs:
            s0 = t.find(run, e0)
            e0 = s0 + len(run)
            hits = _run_names(run)
            if not hits:
                continue
            if _company_before(t, s0):
                continue
            if s0 and t[s0 - 1].isdigit() and run[0] in _COUNTERS:
                hits = [h for h in hits if h[0]]  # 212日継続: a number's counter, not a surname
            for a, b, last in hits:
                if last and _COMPANY_AFTER.match(t[e0:e0 + 6]):
                    continue
                out.append((s0 + a, s0 + b, 0.75))

    def _short_forms(self, t: str, out: list, delimited: bool | None = None) -> None:
        """Surname self-introductions (…の山田です), chat-log speakers (山口 10:37), run-together katakana
        cells (タナカサユリ) and kanji family + hiragana given names (鈴木 さゆり)."""
        for m in _matches(_INTRO_AFTER, t):
            e = m.start()
            if e == 0 or not _is_kanji_char(t[e - 1]):
                continue
            s0 = _run_start(t, e, _is_kanji_char)
            if not 1 <= e - s0 <= 6 or _company_before(t, s0):
                continue
            if s0 and ("0" <= t[s0 - 1] <= "9" or (e - s0 == 1 and t[s0 - 1] in "〉》>」』)）]】")):
                continue  # 68,000円です, 〈金額〉円です: a unit after a number or a script's slot
            if "駅" in t[max(0, s0 - 2):s0]:  # 吉祥寺駅」北口より: a station exit, not 北口 the surname
                continue
            run = t[s0:e]
            if run in _EXIT_WORDS and s0 and not t[s0 - 1].isspace() and t[s0 - 1] not in "、。：:「（(のはが":
                continue  # パッケージセンター東口です: a building's exit written onto it, not the surname 東口
            if run in _PERSON_NOUNS:
                continue  # 通院中の方です: "the person", not the surname 方
            if e - s0 == 1 and s0 and t[s0 - 1] == "の" and run in _SPOT_NOUNS:
                continue  # エントランスの前です, 駐車場の奥です: a spot, not the surname 前 or 奥
            if s0 >= 2 and t[s0 - 1] == "の" and "\u3041" <= t[s0 - 2] <= "\u3096" and not _bare_surname(run, 1):
                continue  # 回復への近道です: a word after a phrase, which a surname that is also a word needs more than
            if e - s0 == 1 and s0 and (("\u3041" <= t[s0 - 1] <= "\u3096" and t[s0 - 1] not in "のはもがとに")
                                       or _is_kata_char(t[s0 - 1])):
                continue  # お届け中です, 作成し中, メンテナンス中: one kanji after a verb's kana is a suffix, not a surname
            if e - s0 <= 2 and s0 >= 2 and t[s0 - 1] == " ":
                fs = _run_start(t, s0 - 1, _is_kanji_char)
                if 1 <= s0 - 1 - fs <= 3 and _surname(t[fs:s0 - 1]):
                    if _common_word(run):
                        continue  # 白石 了解です, 早瀬 明日ですか: a chat speaker, then an ordinary word
                    out.append((fs, e, 0.7))
                    continue
            if e - s0 <= 3 and _surname(run):
                if (t[e] in "宛よ" or (t.startswith("まで", e) and t[e + 2:e + 3] in ("\n", "。"))) and (
                        not _bare_surname(run, 1)):
                    continue  # 式場宛てに, 本社より, 小屋まで⏎: a surname that is also an ordinary word needs more
                out.append((s0, e, 0.7))
            elif e - s0 >= 3:
                toks = nlp.tokenize(run)
                if len(toks) >= 2 and _is_name_pos(toks[0][3]) == "姓" and len(run) - len(toks[0][0]) <= 2:
                    rest = run[len(toks[0][0]):]
                    # 坂上様より: not the 様; 森委員より: not the role (委員, 係, 班長 …, an ordinary word after a surname)
                    if rest in _FACILITY_WORDS:
                        continue  # 森工場より直送, 川口店より: a place named after its town or owner
                    cut = _TITLE.fullmatch(rest) or _HONORIFIC.fullmatch(rest) or _plain_noun(rest)
                    out.append((s0, s0 + len(toks[0][0]) if cut else e, 0.7))
        if "<" in t:
            for m in _matches(_ANGLE, t):
                ls = t.rfind("\n", max(0, m.start() - 16), m.start()) + 1
                if (ls == 0 and m.start() > 16) or not _CHAT_PREFIX.fullmatch(t, ls, m.start()):
                    continue  # not a speaker at the start of a chat line (e.g. From: name <mail>)
                h = m.group(1).strip()
                if _handle_is_name(h):
                    hs = m.start(1) + m.group(1).index(h)
                    out.append((hs, hs + len(h), 0.7))
        if ":" in t:
            chat = False
            for m in _matches(_CHAT, "\n" + t):
                chat = True
                fam, giv = m.group(1), m.group(2)
                if _surname(fam) and not (fam in _WEEKDAYS and not giv):  # 金  19:00 (a timetable's Friday)
                    if giv and nlp.can_be(giv, "名詞", "固有名詞", "人名", "名"):
                        out.append((m.start(1) - 1, m.end(2) - 1, 0.75))
                    else:
                        out.append((m.start(1) - 1, m.end(1) - 1, 0.7))
            for m in _CHAT_KANA.finditer("\n" + t) if chat else ():
                fam = m.group(1)
                if fam not in _READING_STOP and fam not in _KANA_ROLE and (
                    _kana_class(fam) == 2 or fam + "さん" in t or fam + "様" in t
                ):  # (a katakana speaker must be only a name, or be called by it: ブラウンさん)
                    out.append((m.start(1) - 1, m.end(1) - 1, 0.7))
        if delimited is None:
            delimited = "," in t or "\t" in t or "|" in t or "<" in t
        kata_cells, name_cells = [], []  # (matches on "\n" + t + "\n": offsets one more than in t)
        if delimited or len(t) <= 16:
            for m in _CELL_RE.finditer("\n" + t + "\n"):
                if m.group(1):
                    kata_cells.append(m)
                elif delimited:
                    name_cells.append(m)
        for m in kata_cells:
            sc = _kata_cell_score(m.group(1))
            if sc:
                out.append((m.start(1) - 1, m.end(1) - 1, sc))
        hira_hits, kata_hits = [], []
        if " " in t:
            for m in _matches(_KANJI_SP_GIVEN, t):
                (hira_hits if m.group(1) else kata_hits).append(m)
        for m in hira_hits + kata_hits + list(_matches(_KANJI_HIRA_FIELD, t)):
            spaced = m.re is _KANJI_SP_GIVEN
            if spaced:  # "山田 さゆり", "坂本 ハル": a space between
                k = m.start() - 1
                if k < 0 or not _is_kanji_char(t[k]) or t[k] in "ノヶ":
                    continue
                ks = _run_start(t, k, _is_kanji_char)
                fam, hira, s0 = t[ks:k + 1], m.group(1) or m.group(2), ks
                if len(fam) > 4 or (m.group(1) and hira.startswith(_HIRA_NOT_GIVEN)):
                    continue  # (夜勤 安西 より引継ぎ: a particle after the surname, no given name)
            else:  # "加藤さゆり" at the start of a field
                fam, hira, s0 = m.group(3), m.group(4), m.start(3)
                if hira[0] in "はがをにでともの" or hira.startswith(_HIRA_NOT_GIVEN):
                    continue
                if _COMPANY_AFTER.match(t[m.end():m.end() + 6]) or (
                        m.end() < len(t) and "\u30a1" <= t[m.end()] <= "\u30fa"):
                    continue  # 堺ひかり総合病院, 船橋ひかりジュニアスポーツクラブ: a facility's or a club's name
            if spaced and m.group(2):
                # a katakana word after a surname is a given name only when it is the reading of a common one, or
                # a name the dictionary knows (キヨ, ヨシ子) that fills a field of a listing on its own
                kata, end = hira, m.end()
                if end < len(t) and t[end] in _GIVEN_END:
                    end += 1  # 菅谷 ヨシ子: a kanji that ends the given name
                if not _surname(fam):
                    continue
                if (end == m.end() and kata in _names().given_kana and not _common_word(kata)) or (
                    _WIDE_END.match(t, end) and _bare_surname(fam, 2) and not _common_word(kata)
                    and nlp.can_be(kata, "名詞", "固有名詞", "人名", "名") and kata not in _KANA_ROLE
                ):
                    out.append((s0, end, 0.75))
                continue
            if _surname(fam) and (nlp.can_be(hira, "名詞", "固有名詞", "人名", "名")
                                  or (len(hira) >= 3 and hira.translate(_TO_KATA) in _names().given_kana)):
                out.append((s0, m.end(), 0.8))
            elif spaced and _FIELD_END.match(t, m.end()) and _hira_given(hira) and _bare_surname(fam, 2):
                out.append((s0, m.end(), 0.7))  # 近藤 つむぎ R3.12.2: a given name the dictionary lacks, then the field ends
        for m in name_cells:
            sc = _name_cell_score(m.group(2))
            if sc:
                out.append((m.start(2) - 1, m.end(2) - 1, sc))

    def _bare_surnames(self, t: str, out: list, caps: bool = True, wide: bool | None = None, c0: int = 0) -> None:
        """Bare surnames that office writing puts in fixed places, each behind a substring test or a regex led by a
        literal: a role or department before them (健康管理室（保科）, 総務課 野田, 人事部長 水野), a contact note
        after them (星（携帯…）), a company line in a signature (洛南印刷株式会社 宇治田), 弊社X / 担当のXに /
        Xの携帯 / X または Y in prose, minutes speakers (・長谷川：…), @mentions, a sign-off line (> 白井) and
        姓/名 split form fields. Katakana names joined by ・ are found in `_pairs`. `caps` False: the text has no
        capitalised or upper-case word (`_HAS_CAPS`), so no role abbreviation (Dr, Ns, SV …) either; `wide`: whether the
        text has two spaces in a row (None: not known yet); `c0`: where the first such word starts, if known (no role
        abbreviation, two letters, starts before it)."""
        for m in _matches(_PAREN, t):
            p, name = m.start(), m.group(1)
            if m.lastgroup:
                if m.lastgroup == "w" and _bare_run(m.group("w"), 1):  # （執行委員 小宮山 記）: who wrote the note
                    out.append((m.start("w"), m.end("w"), 0.7))
                elif m.lastgroup == "c":  # 中川 智美（結衣母）: a parent named by the child's given name
                    g = m.group("c")
                    if _kanji_given(g) or (_HIRA_GIVEN.match(g) and _hira_given(g)):
                        out.append((m.start("c"), m.end("c"), 0.7))
                elif m.lastgroup == "r":
                    _romaji_in_brackets(t, p, out)
                elif m.lastgroup == "d" and _bare_surname(m.group("d"), 1):
                    out.append((m.start("d"), m.end("d"), 0.7))
                continue
            if name is not None and len(name) >= 3 and name[-1] in "母父" and _kanji_given(name[:-1]):
                out.append((m.start(1), m.end(1) - 1, 0.7))  # （結衣母）: a parent named by the child's given name
                continue
            if name is None:  # 担当 星（携帯 090-…）
                ws = _run_start(t, p, _is_kanji_char)
                w = t[ws:p]
                if 1 <= len(w) <= 4 and _surname(w) and (len(w) > 1 or t[ws - 1:ws] in (" ", ":", "、")):
                    out.append((ws, p, 0.7))
                continue
            ws = _WORD_BEFORE_PAREN.search(t, max(0, p - 12), p).start()  # the kanji/katakana (at most 12) before "("
            if t.endswith(_PAREN_ROLE_END, ws, p):
                if _bare_run(name, 0):
                    out.append((m.start(1), m.end(1), 0.75))
            elif t[m.end():m.end() + 1] in ("\n", "", "。") and _bare_surname(
                # (訂正済（荻原）: what was done, then who did it; …案内済み。（佐伯）: a note signed after its sentence)
                name, 0 if t.endswith(_DONE_WORDS, ws, p) else 1 if t[p - 1:p] == "。" else 2
            ):
                out.append((m.start(1), m.end(1), 0.7))  # a note signed at its end: …修正済（加賀谷）⏎
            elif 1 <= p - ws <= 4 and ws > 0 and not name.startswith(_PAREN_PLACE):
                b = ws - 1
                while b > 0 and t[b] in " \t":
                    b -= 1
                if t[b] in _ENUM_CHARS and _bare_run(t[ws:p], 0):  # ⑤杉本（派遣）in a 連絡網
                    out.append((ws, p, 0.7))
        if "印" in t:
            for m in _matches(_SEAL, t):  # 受付者印［森下］, 確認印：（松井）: the name in a seal's box
                if _bare_run(m.group(1), 0):
                    out.append((m.start(1), m.end(1), 0.75))
        if "家" in t:
            for m in _matches(_HOUSEHOLD, t):  # 大河内家, 丸山家へ嫁ぐ: a family named by its surname
                ws = _run_start(t, m.start(), _is_kanji_char)
                if 2 <= m.start() - ws <= 3 and _bare_surname(t[ws:m.start()], 1) and t[ws:m.end()] not in _HOUSE_BRANDS:
                    out.append((ws, m.start(), 0.7))
            if "・" in t:
                for m in _FAMILY_PAIR.finditer(t):  # 鷹野家・江島家, 百瀬・小野寺家: both surnames, each as one at least
                    if _bare_surname(m.group(1), 0) and _bare_surname(m.group(2), 0):
                        out.extend(((*m.span(1), 0.7), (*m.span(2), 0.7)))
            if "両家" in t:
                for m in _BOTH_FAMILIES.finditer(t):  # 村上・吉川両家
                    for g in (1, 2):
                        if _bare_surname(m.group(g), 1):
                            out.append((m.start(g), m.end(g), 0.7))
        if ("／" in t or "/" in t) and ("確認" in t or "承認" in t or "チェック" in t or "照合" in t):
            for m in _CHECKED_PAIR.finditer(t):  # 確認済（熊谷／八木橋）: both who checked, each a surname or a kana name
                if all(_bare_surname(w, 1) if _is_kanji_char(w[0]) else (
                        not _common_word(w) and not _kata_loanword(w) and w not in _KANA_ROLE) for w in m.groups()):
                    out.extend(((*m.span(1), 0.7), (*m.span(2), 0.7)))
        if "認" in t and ("確認" in t or "承認" in t):  # (a one-character test first: much the cheapest)
            for m in _matches(_CHECKED_BY, t):  # （御手洗確認）, （春日 確認済）: who checked it, in a bracket
                if _bare_run(m.group(1), 0):
                    out.append((m.start(1), m.end(1), 0.7))
        if "メ" in t and "コメント:" in t:
            for m in _matches(_COMMENT_BY, t):  # 上長コメント：吉村　了解。
                if _bare_run(m.group(1), 0):
                    out.append((m.start(1), m.end(1), 0.75))
        if "社" in t and ("弊社" in t or "当社" in t):
            for m in _matches(_OUR_STAFF, t):  # 弊社辻も同席
                if t[m.start() - 1:m.start()] in ("弊", "当") and _bare_run(m.group(1), 1):
                    out.append((m.start(1), m.end(1), 0.7))
        for m in _matches(_NO, t):
            p = m.start()
            if m.group(1):  # 配送担当の北原に
                if t.endswith(_ROLE_NO, max(0, p - 5), p) and _bare_run(m.group(1), 1):
                    out.append((m.start(1), m.end(1), 0.7))
                continue
            ws = _run_start(t, p, _is_kanji_char)  # 柴田の携帯
            if 1 <= p - ws <= 4 and _bare_surname(t[ws:p], 1):
                out.append((ws, p, 0.7))
        if "または" in t:
            for m in _matches(_OR_WORD, t):
                p = m.start()
                e = p - 1 if p and t[p - 1] == " " else p
                ws = _run_start(t, e, _is_kanji_char)
                a = t[ws:e]
                if not 1 <= len(a) <= 4:
                    continue
                nx = _OR_NEXT.match(t, m.end())
                if nx and _bare_surname(a, 1) and _bare_surname(nx.group(1), 1) and (
                        _bare_surname(a, 2) or _bare_surname(nx.group(1), 2)):  # 丸山 または 西田 に (not 福岡または鹿児島へ)
                    out.append((ws, e, 0.65))
                    out.append((nx.start(1), nx.end(1), 0.65))
                elif _bare_surname(a, 3):  # 藤井 または Nguyen に
                    out.append((ws, e, 0.65))
        at = t.find("@")
        while at >= 0:  # @小林 (a chat mention; mail addresses have ASCII after the @)
            if at + 1 < len(t) and _is_kanji_char(t[at + 1]):
                m = _MENTION.match(t, at)
                if m and _bare_run(m.group(1), 0):
                    out.append((m.start(1), m.end(1), 0.75))
            at = t.find("@", at + 1)
        if "-san" in t:
            for m in _matches(_LATIN_HONORIFIC, t):  # 土田-san's
                p = m.start()
                ws = _run_start(t, p, _is_kanji_char)
                if 1 <= p - ws <= 4 and _bare_run(t[ws:p], 0):
                    out.append((ws, p, 0.8))
        # (one-character tests first: each abbreviation contains one of them — Dr: D, Ns/NS: N, SV: V, CW/MSW/PSW: W,
        # PT/OT/ST: T)
        role_abbr = caps and ("D" in t or "N" in t or "V" in t or "W" in t or "T" in t)
        for m in _matches(_ROLE_ABBR_AFTER, t, c0) if role_abbr else ():
            p = m.start()
            if p and t[p - 1] == " ":
                p -= 1  # 石黒 Dr 回診
            if p and t[p - 1] >= "\x80":
                ws = _run_start(t, p, _is_kanji_char)
                if 1 <= p - ws <= 4 and _bare_run(t[ws:p], 0):
                    out.append((ws, p, 0.75))
                    continue
            if t[m.end():m.end() + 1] == " " and (p == 0 or not t[p - 1].isalnum()):
                we = m.end() + 1  # 記載：NS 松岡, 確認：Dr. 上田: the abbreviation before the surname
                while we < len(t) and _is_kanji_char(t[we]) and we - m.end() <= 5:
                    we += 1
                if 1 <= we - m.end() - 1 <= 4 and (we == len(t) or not _name_char(t[we])) \
                        and _bare_run(t[m.end() + 1:we], 0):
                    out.append((m.end() + 1, we, 0.75))
        if "姓" in t or "セイ" in t:
            for m in matches_before(_SPLIT_FIELD, t, _SPLIT_FIELD_HINT, 1):
                if _split_value_ok(m.group(3), m.group(1) or m.group(2)):
                    out.append((m.start(3), m.end(3), 0.8))
        if "【" in t:
            for m in _matches(_KOSEKI_FIELD, t):
                if _split_value_ok(m.group(2), "名" if m.group(1) == "名" else "姓"):
                    out.append((m.start(2), m.end(2), 0.8))
        if '"' in t:
            # an SMS or note in a CSV cell, signed at its end: …お休みします。三浦",
            for m in matches_before(_CELL_SIGN, t, _CELL_SIGN_HINT, 5, "。!? "):
                p = m.start()
                if t[p] == " " and not (p and (_is_kanji_char(t[p - 1]) or _is_kata_char(t[p - 1]))):
                    continue
                if _bare_surname(m.group(1), 1 if t[p] in "。!?" else 2):
                    out.append((m.start(1), m.end(1), 0.7))
        if "\n" not in t:
            return
        if ("  " in t if wide is None else wide) and "/" in t:
            for m in _line_matches(_DATED_STAFF, t, _DATED_STAFF_HINT):
                items = m.group(1).split("・")
                if all(_bare_surname(x, 2) for x in items):
                    p = m.start(1)
                    for x in items:
                        out.append((p, p + len(x), 0.7))
                        p += len(x) + 1
        for m in _matches(_SIGNOFF, t):
            nxt = t[m.end() + 1:m.end() + 12]
            if (not nxt.strip() or _SIG_NEXT.match(nxt)) and _bare_run(m.group(1), 1):
                out.append((m.start(1), m.end(1), 0.7))
        blank = "\n\n" in t or (">" in t and "\n>" in t)
        for m in _matches(_SIG_BLOCK, t) if blank else ():  # after a blank line: ⏎>⏎> 坂下⏎> 090-…
            nxt = t[m.end() + 1:m.end() + 20].lstrip("> \t")
            if _SIG_CONTACT.match(nxt) and _bare_run(m.group(1), 1):
                out.append((m.start(1), m.end(1), 0.7))
        if ":" in t:
            lines = []
            for m in _matches(_BULLET_LINE, t):
                ls = t.rfind("\n", 0, m.start()) + 1
                if not t[ls:m.start()].strip(" \t"):
                    lines.append(m)
            if lines:
                self._bullet_lines(t, lines, out)
        if "/" in t and " / " in t:
            for m in _matches(_SIG_SLASH, "\n" + t):  # 関口 / 企画部 / ext.2241
                if _bare_surname(m.group(1), 2):
                    out.append((m.start(1) - 1, m.end(1) - 1, 0.7))

    def _bullet_lines(self, t: str, lines: list, out: list) -> None:
        """Bulleted "label: text" lines: minutes speakers (・長谷川：…) and labels
        followed by nothing but surnames (・仙台：髙橋、佐々木). The speaker lines count when two or more start with a
        surname, none with another word (・秋田：… ・盛岡：… is a list of places) and one surname is no place name
        (・中野：… ・上野：… ・品川：… stays out); katakana speakers (・ファン：) count only inside such a group."""
        names, strong, other = [], 0, 0
        for m in lines:
            label = m.group(1).rstrip(" \t")
            le = t.find("\n", m.end())
            rest = t[m.end():le if le >= 0 else len(t)].rstrip(" \t")
            if _NAME_LIST.fullmatch(rest) and not _PLACE_LABEL.search(label):
                items = list(_BULLET_ITEM.finditer(t, m.end(), m.end() + len(rest)))
                if items and all(_bare_surname(x.group(0), 2) for x in items):
                    out.extend((x.start(), x.end(), 0.7) for x in items)
            if not _SPEAKER_WORD.fullmatch(label):
                other += 1
            elif _KANJI_CHARS.match(label):
                if _bare_surname(label, 1):
                    names.append(m)
                    strong += _bare_surname(label, 3)
                else:
                    other += 1
            elif _kana_person(label):
                names.append(m)
            else:
                other += 1
        if len(names) >= 2 and not other and strong:
            out.extend((m.start(1), m.start(1) + len(m.group(1).rstrip(" \t")), 0.7) for m in names)


_GIVEN_SUFFIX_TOKENS = frozenset("人斗太介助也哉")  # (what the tokenizer splits off a given name as a suffix)


@lru_cache(maxsize=50_000)
def _name_in_window(w: str, family_needed: bool, polite: bool):
    """The name at the end of the window `w` (cut before a honorific or title) as (start, end, has_both_parts)
    relative to `w`, or None; the company check before it is left to `PersonDetector._name_before` (cached per
    distinct window)."""
    ws = 0
    toks = nlp.tokenize(w)
    if len(toks) >= 2 and toks[-1][3][0] == "接尾辞" and toks[-1][0] in _GIVEN_SUFFIX_TOKENS and _is_name_pos(
            toks[-2][3]) == "名":
        # 悠人 read as 悠 (a given name) + 人 (a suffix): one given name
        toks = [*toks[:-2], (toks[-2][0] + toks[-1][0], toks[-2][1], toks[-1][2], toks[-2][3], toks[-2][4])]
    given_guess = _unknown_given(toks)
    kinds: list[str] = []
    start = end = None
    seen_space = False
    for surf, b, e, pos, oov in reversed(toks):
        if pos[0] == "空白":
            if start is None or seen_space:
                break
            seen_space = True
            continue
        k = _is_name_pos(pos) or ("名" if given_guess and not kinds else "")
        if not k and surf not in _NOT_NAME_TOKEN and _surname(surf) and (
            (kinds and kinds[-1] == "名") or not kinds
        ):
            k = "姓"
        if not k:
            if surf in _NOT_NAME_TOKEN:
                break
            # Unknown or rare pieces right before a honorific: accept a short kanji/katakana word once.
            if kinds or not (oov or pos[1] == "固有名詞") or not _plain_piece(surf) or len(surf) > 4:
                if not (start is not None and oov and _plain_piece(surf) and len(surf) <= 3 and len(kinds) == 1):
                    break
            k = "?"
        kinds.append(k)
        start = ws + b
        if end is None:
            end = ws + e
        if len(kinds) >= 3:
            break
    if start is None or end is None:
        return None
    kinds.reverse()
    if "姓" not in kinds and "名" not in kinds:
        return None
    if family_needed and kinds[0] != "姓":
        return None
    if kinds.count("?") and len(kinds) == 1:
        return None
    if len(kinds) == 1 and not _plausible(w[start:end], kinds[0]) and not (
        polite and kinds[0] == "姓" and _polite_surname(w[start:end])
    ):
        return None  # one word that is also an ordinary noun (葉君, パン教授): not enough on its own
    strong = len(kinds) >= 2 and kinds[0] == "姓"
    return start, end, strong


@lru_cache(maxsize=20_000)
def _inflected(w: str) -> bool:
    """True when the kanji at the start of `w` and the hiragana after them read as one verb or adjective (強く)."""
    toks = nlp.tokenize(w)
    return bool(toks) and toks[0][3][0] in ("動詞", "形容詞") and _is_kanji_char(toks[0][0][0]) and not _is_kanji_char(
        toks[0][0][-1])


@lru_cache(maxsize=50_000)
def _pair_score(fam: str, giv: str) -> float | None:
    """The score of a kanji family and given name written with a space (山田 太郎), or None when the two are no
    name; the company words around them are checked by `PersonDetector._pairs` (cached per distinct pair)."""
    if not nlp.can_be(fam, "名詞", "固有名詞", "人名", "姓"):
        return None
    if nlp.can_be(giv, "名詞", "固有名詞", "人名", "名"):
        score = 0.85
    else:
        toks = nlp.tokenize(giv)
        if not toks or not all(_is_name_pos(x[3]) == "名" or x[4] for x in toks):
            # a 1-2 kanji given name the dictionary does not know (前田 零), unless an ordinary word
            if not (len(giv) <= 2 and _surname(fam) and _plausible(giv, "名") and (
                    fam in _SINO_KOREAN_SURNAMES or not nlp.can_be(fam, "名詞", "固有名詞", "地名"))):
                return None  # (金 成民, 李 浩: the one-character surnames of Korean and Chinese residents, not places)
            if nlp.can_be(fam, "名詞", "普通名詞") and toks and all(_is_name_pos(x[3]) == "姓" for x in toks):
                return None  # 大家 田島: a role word (landlord) before a surname, not a family and a given name
        score = 0.7
    # the family part must not be read as a place or common word in this context
    if nlp.can_be(fam, "名詞", "固有名詞", "地名") and not nlp.can_be(giv, "名詞", "固有名詞", "人名", "名") and (
            fam not in _SINO_KOREAN_SURNAMES):
        return None
    return score


# the one-character surnames of Korean and Chinese residents that the dictionary also reads as places (金, 林, 王 …)
_SINO_KOREAN_SURNAMES = frozenset("金李朴崔張王林陳劉孫呉趙黄楊周徐鄭姜尹韓柳申洪梁宋")


_LATIN_STOP_BIG = _LATIN_STOP - _LATIN_SMALL  # stop words other than small words (de, van …)


# the parties of a case or a form named by their role where a name could stand (被保険者 申立人, 候補者：申立人 香織)
_PARTY_WORDS = ("申立人", "相手方", "申請者", "債務者", "債権者", "原告", "被告", "代理人", "同上", "同左", "本人")


@lru_cache(maxsize=50_000)
def _label_value_rel(value: str):
    """`PersonDetector._label_value` on a value alone: offsets are relative to its start (a pure function of the
    value, so it is cached; label values repeat a lot)."""
    vs, ve = 0, len(value)
    if value[:1] in "有無" and (len(value) == 1 or value[1] in "・/／ 　|｜,、"):
        return None  # 追加運転者：有・無: a form's yes/no options, no one's name
    for role in _PARTY_WORDS:
        if value.startswith(role):
            rest = value[len(role):]
            if not rest:
                return None  # 被保険者 申立人: a party named by its role, no name
            if rest[0] in " 　":
                r = _label_value_rel(rest.lstrip(" 　"))  # 候補者：申立人 香織: the role, then the name
                k = len(value) - len(rest.lstrip(" 　"))
                return None if r is None else (r[0] + k, r[1] + k)
            break
    # (a Latin name needs an ASCII first character: tested first, it spares Japanese values the two regex calls)
    lat = (_LATIN_NAME_RE.fullmatch(value) or _LATIN_NAME_RE.match(value)) if value[:1].isascii() else None
    if lat and value[0].isascii():
        words = lat.group(0).split()
        if words[0] in _LATIN_STOP or any(w.rstrip(".") in _LATIN_STOP_BIG for w in words):
            return None
        after = value[lat.end():].split(None, 1)
        if after and after[0].rstrip(".,") in _LATIN_COMPANY:
            return None  # Beispiel Handels GmbH: a company
        return vs, vs + lat.end()
    sp = value.find(" ")
    if sp > 0 and value[:sp] in _KANA_ROLE:  # オペレーター ミナミ: the role, then the name
        r = _label_value_rel(value[sp + 1:])
        return None if r is None else (sp + 1 + r[0], sp + 1 + r[1])
    fk = _FOREIGN_KANA.fullmatch(value)
    if fk and _foreign_parts_ok(value) and _KANA_COMPANY.search(value) is None and not any(
            w.endswith(_KANA_DESK_TAILS) for w in value.split(" ")):  # (not カブシキガイシャ ヤマダ, … カスタマーサポート)
        return vs, ve
    if len(value) > 3 and value[-1] in "印㊞" and value[-2] == " ":
        value = value[:-2].rstrip()  # 審査役 石黒 印: the seal's place after the name
        ve = vs + len(value)
    hm = _HONORIFIC.search(value) or _TITLE_END.search(value)
    if hm and hm.start() > 0:
        ve = vs + hm.start()
        value = value[:ve].rstrip()
        ve = vs + len(value)
    sp = value.find(" ")
    if sp > 0 and _two_surnames(value[:sp], value[sp + 1:]):
        return vs, vs + sp  # 担当 白石 早瀬さん、…: the writer, then the surname of whom they address
    if _KANA_COMPANY.search(value):
        return None  # a company's account name in bank kana (マツモトシヨウジ, (カ)ヤマダ)
    if _KATA_CHARS.match(value) and 2 <= len(value) <= 8 and (
        (not _common_word(value) and not any(p[1] == "普通名詞" for p in nlp.surface_pos(value)))
        or (len(value) >= 3 and value in _names().family_kana)  # 受付者 ｲﾄｳ: a surname's reading, also a word
        or (value in _names().given_kana and nlp.can_be(value, "名詞", "固有名詞", "人名", "一般"))  # 担当：リコ
    ):
        return vs, ve  # a foreign surname in katakana after a label (確認者：スミス)
    head = value.split(" ", 1)[0]
    if " " in value and (_ORG_UNIT.search(head) or _unit_word(head) or head in _KIN_SET or head in _ROLE_WORDS) \
            and not _surname(head):  # (作成：喪主 堤 俊介 — a role, then the name)
        r = _label_value_rel(value[len(head) + 1:ve])
        return None if r is None else (len(head) + 1 + r[0], len(head) + 1 + r[1])
    if (
        # (the last four characters: 奥村 トミ keeps its 村 — a company word there must not start a spaced tail)
        (len(value) > 4 and " " not in value[-4:] and _COMPANY_AFTER.search(value[-4:])) or _ORG_WORDS.search(value)
    ) and not _surname(value):  # (the dictionary look-up last: the company words are rarely there)
        # "営業部 山田" — keep only a trailing name-looking part.
        parts = value.rsplit(" ", 1)
        if len(parts) == 2 and not _COMPANY_FORM.search(parts[1]):
            k = ve - len(parts[1])
            r = _label_value_rel(value[k:ve])
            return None if r is None else (k + r[0], k + r[1])
        return None
    if len(value) > 12 or not _NAME_VALUE.fullmatch(value):
        return None
    toks = [x for x in nlp.tokenize(value) if x[3][0] != "空白"]
    if not toks:
        return None
    if len(toks) == 1 and toks[0][3][1:3] == ("固有名詞", "人名"):
        return vs, ve  # 王偉: one word the dictionary knows as a person's whole name (人名-一般)
    kinds = [_is_name_pos(x[3]) for x in toks]
    if (
        kinds[0] == "姓" and len(toks) >= 2 and len(value) - len(toks[0][0]) <= 2 and _KANJI_CHARS.match(value)
        and not nlp.can_be(value[len(toks[0][0]):], "名詞", "普通名詞", "サ変可能")  # 大野塗装: a trade, no name
    ):
        return vs, ve  # 佐藤零, 山本幹: a surname and a short given name the dictionary does not know
    if any(k for k in kinds):
        bad = [
            x for i, (x, k) in enumerate(zip(toks, kinds))
            if not k and not (x[4] or x[3][1] == "固有名詞") and len(toks) > 1
            and not (x[0] in _GIVEN_END and i and kinds[i - 1] == "名")  # ヨシ+子: one given name
        ]
        if bad and (" " not in value or not (_spaced_pair_ok(value) or _label_pair_ok(value))):
            return None
        return vs, ve
    # No token the dictionary calls a name: accept a short all-kanji or all-katakana value that looks
    # like "family given" (two pieces, space-separated) and has no common-noun piece.
    if " " in value and all(_plain_piece(p) and len(p) <= 5 for p in value.split(" ")):
        if all(x[4] or x[3][1] == "固有名詞" for x in toks):
            return vs, ve
    if len(toks) == 1 and _bare_surname(value, 0):
        return vs, ve  # 松下, read as a company by the tokenizer, is a surname after a label
    return None


# the readings of the prefectures, and a municipality's reading by its suffix (シ, ク, チョウ, マチ, ムラ, ソン after a place)
_PREF_READINGS = (
    "ホッカイドウ アオモリケン イワテケン ミヤギケン アキタケン ヤマガタケン フクシマケン イバラキケン トチギケン グンマケン "
    "サイタマケン チバケン トウキョウト カナガワケン ニイガタケン トヤマケン イシカワケン フクイケン ヤマナシケン ナガノケン "
    "ギフケン シズオカケン アイチケン ミエケン シガケン キョウトフ オオサカフ ヒョウゴケン ナラケン ワカヤマケン トットリケン "
    "シマネケン オカヤマケン ヒロシマケン ヤマグチケン トクシマケン カガワケン エヒメケン コウチケン フクオカケン サガケン "
    "ナガサキケン クマモトケン オオイタケン ミヤザキケン カゴシマケン オキナワケン").split()
_PLACE_READING = re.compile("(?:" + "|".join(_PREF_READINGS) + ")(?:[\u30a1-\u30fa\u30fc]{1,12}(?:シ|ク|チョウ|マチ|ムラ|ソン|グン))?"
                            "|[\u30a1-\u30fa\u30fc]{2,10}(?:シ|ク)[\u30a1-\u30fa\u30fc]{1,8}ク")


@lru_cache(maxsize=20_000)
def _kata_cell_score(run: str) -> float | None:
    """A table cell of run-together katakana (タナカサユリ): 0.75 / 0.65 when it splits into a family and a given
    name, else None (cached per distinct cell)."""
    if _KANA_COMPANY.search(run) or _PLACE_READING.fullmatch(run):
        return None  # (ミヤギケン, サッポロシ: a place's reading column, not 宮城 健)
    names = _names()
    for i in range(2, len(run) - 1):
        fam, giv = run[:i], run[i:]
        if not (fam in names.family_kana or nlp.can_be(fam, "名詞", "固有名詞", "人名", "姓")):
            continue
        if giv in names.given_kana or nlp.can_be(giv, "名詞", "固有名詞", "人名", "名"):
            return 0.75
        if len(giv) >= 2 and fam in names.family_kana and giv[0] not in _NOT_KANA_START and not nlp.surface_pos(giv):
            return 0.65
    return None


@lru_cache(maxsize=20_000)
def _name_cell_score(cell: str) -> float | None:
    """A table cell of kanji and hiragana (田中さゆり, 佐藤): 0.65 for a bare surname, 0.75 for a full name, else None."""
    # (both need a first token the dictionary files as a surname, so the cell starts with one: a look-up of its first
    # characters rules out most cells — 営業部, 東京都, 品名 — before the costlier tokenisation)
    if not any(_surname(cell[:k]) for k in range(1, min(len(cell), 6) + 1)):
        return None
    toks = nlp.tokenize(cell)
    if len(toks) == 1 and _is_name_pos(toks[0][3]) == "姓" and len(cell) <= 3 and _bare_surname(cell, 2):
        return 0.65
    if len(toks) >= 2 and _is_name_pos(toks[0][3]) == "姓" and all(_is_name_pos(x[3]) == "名" or x[4] for x in toks[1:]):
        return 0.75
    return None


@lru_cache(maxsize=200_000)
def _surname(word: str) -> bool:
    return nlp.can_be(word, "名詞", "固有名詞", "人名", "姓") or word in _rare_surnames() or (
        len(word) >= 3 and ("ヶ" in word or "ケ" in word or "ノ" in word or "ツ" in word or "ッ" in word)
        and _surname_without_infix(word))


# a desk's or a team's katakana word before a staff member's surname (レンタル 小松崎, ロッジ 一ノ瀬, フロント 森); only
# these: the dictionary files many foreign names as common words too (ジェームス, ヤング, ケラー, セラーノ)
_DESK_WORDS = frozenset("レンタル ロッジ フロント パトロール スクール センター デスク ショップ カウンター オフィス チーム グループ "
                        "ホール キッチン レストラン ホテル クリニック サロン スタジオ ラボ サポート".split())


_KANA_INFIX = re.compile(rf"(?<=[{_K}])[ヶケノツッ](?=[{_K}])")


@lru_cache(maxsize=20_000)
def _surname_without_infix(word: str) -> bool:
    """A surname written with a small kana between its kanji that the dictionary knows without it (藤ヶ谷: 藤谷,
    三ツ矢: 三矢): the kana only spells out the reading's particle."""
    bare = _KANA_INFIX.sub("", word)
    return bare != word and len(bare) >= 2 and nlp.can_be(bare, "名詞", "固有名詞", "人名", "姓")


@lru_cache(maxsize=1)
def _rare_surnames() -> frozenset[str]:
    """The surnames of data/names_ja.txt's "姓補" and "姓一" lines: real ones SudachiPy's dictionary does not list as
    surnames, and one-character Chinese and Korean ones."""
    return frozenset(w for line in data.lines("names_ja.txt") if line.split(maxsplit=1)[0] in ("姓補", "姓一")
                     for w in line.split()[1:])


@lru_cache(maxsize=50_000)
def _bare_surname(word: str, level: int = 0) -> bool:
    """A kanji word that stands for a person on its own (記録：森, 総務課 野田, 弊社辻も).

    level 0 (a role or label context): a surname per the dictionary, one character only if listed;
    1 (prose): also not an ordinary word unless listed (式場宛て); 2: also not a place name unless listed (・仙台：);
    3: not a place name even if listed (上野 または 新宿)."""
    if not 1 <= len(word) <= 4 or not _KANJI_CHARS.match(word) or not _surname(word):
        return False
    if level >= 3 and nlp.can_be(word, "名詞", "固有名詞", "地名"):
        return False  # 3: not a place name at all (上野 または 新宿)
    if word in _listed():
        return True
    if len(word) == 1 or (level >= 1 and not _plausible(word, "姓")):
        return False
    return level < 2 or not nlp.can_be(word, "名詞", "固有名詞", "地名")


@lru_cache(maxsize=50_000)
def _bare_run(run: str, level: int = 0) -> bool:
    """A kanji run that is one surname, or a surname and given name written together (弊社山田太郎)."""
    if _bare_surname(run, level):
        return True
    if len(run) < 2 or len(run) > 6:
        return False
    toks = nlp.tokenize(run)
    return (
        len(toks) >= 2 and _is_name_pos(toks[0][3]) == "姓" and _bare_surname(toks[0][0], level)
        and all(_is_name_pos(x[3]) == "名" for x in toks[1:])
    )


# a kanji that ends a given name after its kana part (ヨシ子, トミ江): the tokenizer splits it off as a word
_GIVEN_END = frozenset("子江代枝美恵")


@lru_cache(maxsize=20_000)
def _kanji_hira_name(t: str, h: int) -> tuple[int, int] | None:
    """The name ending at the honorific at `h` when it is a kanji surname, a space and a hiragana given name of two to
    four kana (伊佐 りおさん, 森 ひなたちゃん), else None."""
    s0 = h
    while s0 > 0 and h - s0 < 5 and "\u3041" <= t[s0 - 1] <= "\u3096":
        s0 -= 1
    given = t[s0:h]
    if not 2 <= len(given) <= 4 or s0 < 2 or t[s0 - 1] not in " \u3000" or given in _NOT_HIRA_GIVEN \
            or given.startswith(_HIRA_NOT_GIVEN) or given[-1] in "はがのにをともへで":
        return None
    fs = _run_start(t, s0 - 1, _is_kanji_char)
    if not 1 <= s0 - 1 - fs <= 3 or not _bare_surname(t[fs:s0 - 1], 0):
        return None
    return fs, h


def _hira_given(w: str) -> bool:
    """A hiragana word that can be a given name the dictionary does not know (ひなた, つむぎ): three or four kana
    making one noun (not a particle, verb, adverb or greeting)."""
    if not 3 <= len(w) <= 4 or not _HIRA_GIVEN.match(w) or w.startswith(_HIRA_NOT_GIVEN) or w in _NOT_HIRA_GIVEN:
        return False
    toks = nlp.tokenize(w)
    if len(toks) != 1 or toks[0][3][0] != "名詞" or toks[0][3][1] == "数詞" or toks[0][3][2] == "サ変可能":
        return False  # (おねがい, しごと: a verbal noun)
    return toks[0][3][1] == "固有名詞" or w[0] not in "おご"  # (おまかせ, ごめん: polite words)


# hiragana nouns that fill a form's field instead of a name
# (and the label of a reading field: 石橋 湊　ふりがな いしばし みなと)
_NOT_HIRA_GIVEN = frozenset("なし あり ふめい みてい みきにゅう いない いる べつ ほか ふりがな よみがな ふりかな なまえ しめい".split())


# kanji that modern given names are made of (颯, 桜, 陽, 結, 蒼 …): two or three of them after a surname in a name
# field are a given name even where the dictionary files the pair as a rare ordinary word (小松 一颯, 加藤 実桜)
_NAME_KANJI = frozenset(
    "一二大太翔陽颯蒼湊蓮悠優輝樹斗人介也真和翼空海凪晴希朔律奏陸碧暖瑛琉叶絆柊隼駿航遥遼拓壮心結愛美咲花"
    "菜奈莉桜凛葵彩紗唯芽依乃香華帆澪杏紬詩穂寧芭茉麻里央実未来歩千佳恵理子代江枝朋友智知由有佑祐裕雄勇健"
    "賢謙誠信昌正政聖晃光宏浩弘博洋孝隆崇貴敬幸福春夏秋冬月星雪虹朝夕日明耀彰章典則紀規"
)


def _name_kanji_given(w: str) -> bool:
    return 2 <= len(w) <= 3 and all(c in _NAME_KANJI for c in w) and (len(w) == 2 or not nlp.surface_pos(w))  # (太陽光)


def _two_surnames(a: str, b: str) -> bool:
    """Two kanji surnames in a row, the second never a given name (白石 早瀬): two people, not one's full name."""
    return (_KANJI_CHARS.match(a) is not None and _KANJI_CHARS.match(b) is not None and len(a) >= 2 and len(b) >= 2
            and _surname(a) and _surname(b) and not _known_given(b) and not nlp.can_be(b, "名詞", "固有名詞", "人名", "名"))


_TEMPLE_END = frozenset("寺院所守園")
_ORG_TAILS = ("自治会", "町内会", "商店会", "協議会", "組合", "協会", "寺務所", "事務所", "歯科", "医院", "クリニック", "薬局",
              "建設", "工業", "商事", "商店", "工務店", "製作所", "興業", "運輸",
              # a school's branch addressed like a person (梅田校さん, 藤井 亮（梅田校）)
              "校", "教室")


# a Buddhist posthumous name or a secular name after its label (戒名　慈雲院妙蓮日照大姉, 俗名　福田 ハル, 法名 釋浄信),
# or a 法名 alone in a register (釋浄信, 釈尼妙華); a baptismal name (洗礼名 アンナ)
_POSTHUMOUS = re.compile(
    rf"(?:戒名|法名|法号|授与戒名|俗名|洗礼名|霊名|BaptismalName>)[ \t]*[:：]?[ \t]*"
    rf"([{_K}{_KATA}][{_K}{_KATA} ]{{0,14}}[{_K}{_KATA}])(?=[ \t]*(?:[\n\t（(<,、]|$))")
_POSTHUMOUS_HINT = re.compile(r"戒名|法名|法号|俗名|洗礼名|霊名|BaptismalName")
_SHAKU_NAME = re.compile(rf"(?<![{_K}])[釋釈](?:尼)?[{_K}]{{2,3}}(?![{_K}])")
# a church's brothers and sisters (岸本 修兄, 大橋兄, 小池 ハナ姉): 兄 and 姉 as honorifics, in a church's text
_CHURCH_HONORIFIC = re.compile(rf"([{_K}]{{1,4}}(?: [{_K}{_KATA}]{{1,4}})?)[兄姉](?![{_K}妹弟])")
_REGISTER_HEADS = ("俗名", "法名", "戒名", "行年", "享年", "命日", "備考", "没年", "続柄", "施主")
_CHURCH_WORDS = ("教会", "礼拝", "牧師", "祈祷", "祈り", "聖餐", "洗礼", "長老", "信徒", "召天")


def _religious_names(t: str, out: list) -> None:
    """Posthumous, secular and baptismal names after their labels, 法名 in a temple's register, and a church's brothers
    and sisters (see the patterns above)."""
    for m in _POSTHUMOUS.finditer(t):
        v = m.group(1)
        if any(w in v for w in _REGISTER_HEADS):
            continue  # 法名 ⇥ 俗名 ⇥ 行年: a register's header row
        if m.group(0).startswith("俗名") or m.group(0).startswith("洗礼名") or m.group(0).startswith("Bap"):
            if _label_value_rel(v) is None and not _KATA_CHARS.match(v):
                continue
        out.append((m.start(1), m.end(1), 0.75))
    if ("釋" in t or "釈" in t) and any(w in t for w in ("法名", "過去帳", "戒名", "寂", "法要", "住職")):
        for m in _SHAKU_NAME.finditer(t):
            out.append((m.start(), m.end(), 0.7))
    if any(w in t for w in _CHURCH_WORDS):
        for m in _CHURCH_HONORIFIC.finditer(t):
            v = m.group(1)
            fam = v.split(" ")[0]
            if _church_surname(fam) and not (m.start() and t[m.start() - 1] in "のと"):
                out.append((m.start(1), m.end(1), 0.75))


def _church_surname(fam: str) -> bool:
    """The surname before a church's 兄 or 姉 (大橋兄), not a relation (父の兄)."""
    return _bare_surname(fam, 0) and fam not in _KIN_SET


_TEMPLE_SURNAMES = frozenset(("小野寺", "西園寺", "寺"))
_TEMPLE_TEXT_WORDS = ("住職", "檀家", "法要", "寺務所", "宗教法人", "納骨", "霊園", "坊守", "供養", "墓", "法事", "本堂", "過去帳",
                      "戒名", "法名", "寺院", "お布施", "御布施")


def _temple_name(t: str, v: str) -> bool:
    """A temple's name or its office in a text about a temple (西光寺, 法泉寺 寺務所, 西光寺 坊守, 西光寺霊園): a word of
    it, three kanji or more, ends in 寺 (the dictionary files many temples' names as surnames too; 小野寺 is one)."""
    if not any(w in t for w in _TEMPLE_TEXT_WORDS):
        return False
    for w in v.split(" "):
        k = w.find("寺")
        if k >= 2 and w[:k + 1] not in _TEMPLE_SURNAMES:
            return True
    return False


def _hall_after(t: str, s: int, e: int) -> bool:
    """殿 that names a hall (「光明殿」, 光明殿 2階, 光明殿B-17, 光明殿管理費), not the honorific after a name."""
    nxt = t[e + 1:e + 2]
    if nxt == " ":
        nxt = t[e + 2:e + 3]  # (光明殿 2階)
        return nxt != "" and nxt.isdigit()
    return (s > 0 and t[s - 1] in "「『\"") or nxt in ("」", "』") or (nxt != "" and (_is_kanji_char(nxt) or nxt.isalnum()))


def _given_then_surname(a: str, b: str) -> bool:
    """A given name, then a surname (@小川 健太 森様: the end of one name, then another's surname)."""
    return (_KANJI_CHARS.match(a) is not None and _KANJI_CHARS.match(b) is not None and _known_given(a)
            and not _surname(a) and _surname(b) and not _known_given(b))


def _compound_word(w: str) -> bool:
    """Four kanji that read as two or more ordinary words (引取予定, 最終更新): the next field, not a given name."""
    if len(w) < 4 or not _KANJI_CHARS.match(w):
        return False
    toks = nlp.tokenize(w)
    return len(toks) >= 2 and all(x[3][1] == "普通名詞" for x in toks)


def _spaced_pair_ok(value: str) -> bool:
    """'family given' with one ordinary word in it (佐藤 零) rather than a name and the text after it (平田 までお知らせ)."""
    pieces = value.split(" ")
    if len(pieces) == 2 and _compound_word(pieces[1]):
        return False
    if len(pieces) == 2 and _name_kanji_given(pieces[1]) and 1 <= len(pieces[0]) <= 3 and _surname(pieces[0]):
        return True  # 小松 一颯: a given name of name kanji the dictionary files as a rare word
    return (
        len(pieces) == 2 and all(_plain_piece(p) and len(p) <= 4 for p in pieces)
        and (not _KANJI_CHARS.match(pieces[0]) or _surname(pieces[0]))  # 大野塗装 御中: a company
        and not nlp.can_be(pieces[1], "名詞", "普通名詞", "サ変可能")  # 吉村 了解: a remark after the name
        and not _next_field_word(pieces[1]) and pieces[1] not in _LABEL_SET  # 羽鳥　検印: the next field's label
        # (山田 名刺: an ordinary word the dictionary never gives as a name is no given name; 零 is a digit)
        and not (_KANJI_CHARS.match(pieces[1]) and len(pieces[1]) >= 2 and nlp.can_be(pieces[1], "名詞", "普通名詞")
                 and not nlp.can_be(pieces[1], "名詞", "固有名詞", "人名"))
    )


_KATA_GIVEN = re.compile(rf"^[{_KATA}]{{1,3}}[子江代枝美恵]$")  # ツル子, トシ江: a katakana given name with its kanji end


def _label_pair_ok(value: str) -> bool:
    """After a name label, 'family given' where one piece is a known name part and the other a word the dictionary
    files as something else (東雲 陽輝: 東雲 is 'dawn'; 嘉数 ツル子; 四十物 キヨ)."""
    pieces = value.split(" ")
    if len(pieces) != 2:
        return False
    fam, giv = pieces
    if not (1 <= len(fam) <= 4 and _KANJI_CHARS.match(fam) and 1 <= len(giv) <= 4) or _compound_word(giv):
        return False
    if not (_plain_piece(giv) or _HIRA_GIVEN.match(giv) or _KATA_GIVEN.match(giv)):
        return False
    if _name_kanji_given(giv) and _surname(fam):
        return True  # (see _spaced_pair_ok)
    if nlp.can_be(giv, "名詞", "普通名詞", "サ変可能") or _next_field_word(giv) or giv in _LABEL_SET or _ORG_WORDS.search(value) \
            or _unit_word(fam) or not (_surname(fam) or len(nlp.tokenize(fam)) == 1):
        return False  # (記入例 一郎: a compound of ordinary words is no surname)
    if _KANJI_CHARS.match(giv) and len(giv) >= 2 and nlp.can_be(giv, "名詞", "普通名詞") \
            and not nlp.can_be(giv, "名詞", "固有名詞", "人名"):
        return False  # 山田 名刺: an ordinary word the dictionary never gives as a name
    return _surname(fam) or _known_given(giv) or _hira_given(giv) \
        or _KATA_GIVEN.match(giv) is not None


_NTH = re.compile(r"[一二三四五六七八九]次")


def _next_field_word(w: str) -> bool:
    """A word built on a verbal noun (相談料, 確認日) or an ordinal step (二次査定): the next field's label after a name
    in a form, not a given name."""
    if _NTH.match(w):
        return True
    toks = nlp.tokenize(w)
    return len(toks) >= 2 and toks[0][3][1:3] == ("普通名詞", "サ変可能") and not toks[0][4]


_NOT_POLITE = frozenset("大家 八百屋 花屋 仲居 大黒 薬師 八幡 不動 大仏 地蔵 観音 弁天 天神 稲荷 明神 女将 若旦那 番頭 親方 師匠".split())


def _polite_surname(w: str) -> bool:
    """A surname of two or more kanji that is also an ordinary word (川端様, 牧野さん, 片岡氏): 様/さん/氏 make it a
    person unless the word is a trade, role or deity that takes 様/さん itself (八百屋さん, 大黒様)."""
    return len(w) >= 2 and _KANJI_CHARS.match(w) is not None and w not in _NOT_POLITE and not w.endswith("屋")


@lru_cache(maxsize=20_000)
def _unit_word(w: str) -> bool:
    """A department, team or title written before a bare surname (総務課, 給与計算チーム, 人事部長, SE)."""
    if not w:
        return False
    if w in _DEPT_WORDS or w.endswith(_TITLE_WORDS):
        return True
    if w[-1] == "科" and 2 <= len(w) <= 5:  # 外科, 小児科: a clinical department
        return True
    return any(w.endswith(x) and len(w) - len(x) >= 2 for x in _UNIT_SUFFIXES)


@lru_cache(maxsize=20_000)
def _kana_class(w: str) -> int:
    """2: the dictionary knows this katakana word only as a person's name (ケビン); 1: as a name and as a word
    (ミラー, サントス); 0: not at all; -1: only as a word, a place or an organisation (ドジャース)."""
    pos = nlp.surface_pos(w)
    if not pos:
        return 0
    person = any(p[2] == "人名" for p in pos)
    other = any(p[1] == "普通名詞" or p[2] == "地名" or (p[1] == "固有名詞" and p[2] == "一般") or p[0] != "名詞" for p in pos)
    if person:
        return 1 if other else 2
    return -1


def _kana_person(w: str) -> bool:
    """A katakana word that can be a person's (sur)name and is no role or business word (ウォン, ミラー; not ゲスト)."""
    return (
        w not in _KANA_ROLE and w not in _KANA_BUSINESS and _kana_class(w) >= 1
        and not nlp.can_be(w, "名詞", "固有名詞", "一般")  # a company or brand (ソニー様, ホンダさん)
    )


@lru_cache(maxsize=20_000)
def _kana_dot_name(v: str) -> bool:
    """Katakana parts joined by ・ that name a person (ケビン・マーフィー, ゴ・ヴァン・ミン, イ・ジフン), not a product,
    team or place (サービス・センター, ロサンゼルス・ドジャース): no part is only an ordinary word, one is only a name."""
    parts = v.split("・")
    if len(v) < 4 or any(p in _KANA_ROLE or p in _KANA_BUSINESS for p in parts):
        return False
    classes = [_kana_class(p) for p in parts]
    if any(c < 0 and len(p) >= 3 for c, p in zip(classes, parts)):
        return False
    return 2 in classes


def _split_value_ok(v: str, kind: str) -> bool:
    """The value of a 姓/名/セイ/メイ field: a name-shaped word of the field's script, not a placeholder."""
    if v in _READING_STOP:
        return False  # the next field's label (セイ：　メイ：)
    given = kind in ("名", "メイ", "めい")
    if _KANJI_CHARS.match(v):
        if nlp.can_be(v, "名詞", "固有名詞", "人名", "名" if given else "姓"):
            return True
        return len(v) <= 3 and _plausible(v, "名" if given else "姓")
    if _KATA_CHARS.match(v):  # the reading of a 姓/名 field (エンドウ is also a word, 豌豆)
        return len(v) >= 2 and not _KANA_COMPANY.search(v) and (kind in ("セイ", "メイ") or not _common_word(v))
    return v not in ("なし", "ふめい", "みきにゅう", "みてい")


def _known_given(v: str) -> bool:
    """A given name alone, as family lists write it after the relation (妻 節子, 嫁 真理): one word the dictionary
    knows as a given name."""
    return 1 <= len(v) <= 4 and " " not in v and (nlp.can_be(v, "名詞", "固有名詞", "人名", "名") or v in _listed_given())


@lru_cache(maxsize=1)
def _listed_given() -> frozenset[str]:
    """The given names of data/names_ja.txt (with the recent ones SudachiPy's dictionary does not know as names: 颯, 湊斗)."""
    return frozenset(w for line in data.lines("names_ja.txt") if line.split(maxsplit=1)[0] == "名" for w in line.split()[1:])


# the words before a bracket that lists places (各支社長（さいたま・川越・熊谷）, 営業所（熊谷・本庄）)
_SITE_WORDS = ("支社長", "支店長", "支社", "支店", "営業所", "事業所", "拠点", "工場", "店舗", "店長", "所長", "地区", "エリア",
               "会場", "地域")


def _sites_bracket(t: str, ob: int) -> bool:
    """The bracket opening at `ob` lists the sites of the word before it (各支社長（さいたま・川越・熊谷））, not people."""
    return t.endswith(_SITE_WORDS, max(0, ob - 4), ob)


# a birth date or an age in brackets after a name (蒼空（H27.9.14生）, 芽依(5歳))
_BIRTH_NOTE = re.compile(r"[ ]?[(（](?:(?=[^()（）\n]{0,20}[0-9元])[^()（）\n]{1,20}生(?:まれ)?|[0-9]{1,3}歳)[)）]")


# a child's given name written onto the relation, then the birth date (長男蒼空（平成27年9月14日生）及び長女芽依…)
_KIN_BIRTH = re.compile(rf"(?:[長次二三四]男|[長次二三四]女)(?<![{_K}]..)([{_K}]{{1,3}}|[{_HIRA}]{{2,4}})(?=[ ]?[(（][^()（）\n]{{1,20}}生)")


def _kin_birth_names(t: str, out: list) -> None:
    for m in _KIN_BIRTH.finditer(t):
        if _kin_given(t, m.start(1), m.end(1)):
            out.append((m.start(1), m.end(1), 0.8))


# a child called by a given name and ちゃん or くん (ゆいちゃん, 樹くん, 大地くん が来所): nurseries, schools, family notes.
# Pets are called the same way, so a text about animals (犬, 猫, ワンちゃん, 飼い主, 動物病院 …) gets none of these.
_CHILD_HONORIFIC = re.compile("ちゃん|くん")
_PET_TEXT = re.compile(r"犬|猫|ペット|ワンちゃん|わんちゃん|ネコちゃん|にゃん|飼い主|獣医|動物|トリミング|ドッグ|キャット|ハムスター|インコ|"
                       r"うさぎ(?!組)|ウサギ|金魚|カメ|(?i:dog|cat|pet)")
# what stands before ちゃん/くん without being a name (赤ちゃん, お姉ちゃん, おばあちゃん, 皆くん)
_NOT_CHILD = frozenset("赤 姉 兄 弟 妹 孫 坊 娘 嬢 婆 爺 母 父 皆 子 僕 私 俺 王 殿 様 彼 女 男 奥 姪 甥 叔 伯 祖".split()) | frozenset(
    "ばあ じい にい ねえ かあ とう あか ちび ぼっ ぼう わん にゃん みんな ねこ いぬ おね おにい おば おじ おばあ おじい "
    "おねえ ばぁ じぃ ねぇ にぃ かぁ".split())


def _is_name_char_k(c: str) -> bool:
    return _is_kanji_char(c) or _is_kata_char(c)


def _child_names(t: str, out: list) -> None:
    if _PET_TEXT.search(t) is not None:
        return
    for m in _CHILD_HONORIFIC.finditer(t):
        h = m.start()
        if h == 0:
            continue
        c = t[h - 1]
        if _is_kanji_char(c):
            s = _run_start(t, h, _is_kanji_char)
            w = t[s:h]
            if not 1 <= len(w) <= 3 or w in _NOT_CHILD or w in _KIN_SET or (s >= 2 and t[s - 1] == " " and _is_name_char_k(t[s - 2])):
                continue  # (大塚 心美ちゃん: a full name, which the honorific's own finder reads)
            pos = nlp.surface_pos(w)
            if (pos and any(_is_name_pos(p) == "名" for p in pos)) or (not pos and len(w) >= 2):
                out.append((s, h, 0.75))
        elif "\u3041" <= c <= "\u3096":
            s = h
            while s > 0 and h - s < 5 and "\u3041" <= t[s - 1] <= "\u3096":
                s -= 1
            w = t[s:h]
            if h - s <= 4 and 2 <= len(w) and w not in _NOT_CHILD and w[0] not in "おご" and w[-1] not in "っゃゅょぁぃぅぇぉ" \
                    and (s == 0 or not _name_char(t[s - 1]) or _is_kanji_char(t[s - 1]) or _is_kata_char(t[s - 1])):
                if s and _name_char(t[s - 1]) and not (_hira_given(w) or _known_given(w)):
                    continue  # (足がむくんで: after a kanji the kana must be a given name the dictionary knows)
                if s >= 2 and t[s - 1] == " " and _is_name_char_k(t[s - 2]) and not (
                        _is_kanji_char(t[s - 2]) and t[_run_start(t, s - 1, _is_kanji_char):s - 1] in _KIN_SET):
                    continue  # (小野 こはるちゃん: a full name; not 長女 ひなたちゃん, a relation before the given name)
                out.append((s, h, 0.75))
            elif h - s >= 2:
                toks = nlp.tokenize(t[s:h]) if h - s <= 8 else []
                if len(toks) >= 2 and 2 <= len(toks[-1][0]) <= 4 and toks[-1][0] not in _NOT_CHILD \
                        and _is_name_pos(toks[-1][3]) == "名" and toks[-2][3][0] in ("助動詞", "助詞"):
                    out.append((h - len(toks[-1][0]), h, 0.75))  # 見ていたあんなちゃん


# a given name right after a relation and ・, の or a bracket (母・恵理：パート, 息子の拓真を, パパ（達也）が), or before
# ママ/パパ (大地ママ, ゆいママ): family notes name relatives by the given name alone
# (the relation words as `_first_char_alternation` writes them, the lookbehind after the first character: a pattern led
# by a lookbehind is tried at every position of the document)
_KIN_FORM_WORDS = "父 母 妻 夫 兄 姉 弟 妹 祖父 祖母 長男 長女 次男 次女 息子 娘 孫".split()
_KIN_GIVEN_FORM = re.compile(
    _first_char_alternation(_KIN_FORM_WORDS + ["パパ", "ママ"], _K) + r"([・の(（])"
    rf"([{_K}]{{1,3}}|[{_HIRA}]{{2,4}})(?=[)）(（:：、。 ・\n]|[はがをにともへで]|さん|ちゃん|くん|$)")
_PARENT_WORD = re.compile("ママ|パパ")
_GIVEN_PARENT = re.compile(rf"(?<![{_K}{_HIRA}])([{_K}]{{1,3}}|[{_HIRA}]{{2,4}})(?:ママ|パパ)(?![{_KATA}])")


# a relative in katakana with a honorific (妻のロサさん, 長男ディエゴくん, 夫のラムさん): a foreign family's given names
_KIN_KANA_FORM = re.compile(
    _first_char_alternation(_KIN_FORM_WORDS, _K) + rf"(?:の|・|[(（])?([{_KATA}]{{2,8}})"
    r"(?=さん|ちゃん|くん|様)")


def _kin_given_forms(t: str, out: list) -> None:
    for m in _KIN_KANA_FORM.finditer(t):
        if m.group(1) not in _KANA_ROLE:
            out.append((m.start(1), m.end(1), 0.8))
    for m in _KIN_GIVEN_FORM.finditer(t):
        s, e = m.start(2), m.end(2)
        v = m.group(2)
        if v in _NOT_CHILD or v in _KIN_SET or v[:2] in _KIN_SET or (
                len(v) == 2 and v[0] in "元前義実養継亡" and v[1] in _KIN_ONE):
            continue  # (妻・長男・次男, 父（元夫）: relations only)
        if m.group(1) == "の":
            ok = _hira_given(v) if not _is_kanji_char(v[0]) else (_known_given(v) and _plausible(v, "名"))
        else:
            ok = _kin_given(t, s, e)
        if ok:
            out.append((s, e, 0.8))
    for m in matches_before(_GIVEN_PARENT, t, _PARENT_WORD, 4):  # (tried only up to 4 characters before ママ/パパ)
        v = m.group(1)
        if v not in _NOT_CHILD and _known_given(v) and (len(v) <= 3 or _is_kanji_char(v[0])):
            out.append((m.start(1), m.end(1), 0.75))  # (not a pen name: ひまわりママ)


# a full name introducing its bearer (中島 あかりです, 田中 一郎と申します, 母は田島 キヨです): a chat, a call transcript, a
# letter
_SELF_INTRO = re.compile(rf"(?<![{_K}{_KATA}])(?:(?<=[はがもの])|(?<![{_HIRA}]))([{_K}]{{1,3}}) ([{_K}]{{1,3}}|[{_HIRA}]{{2,4}}|[{_KATA}]{{2,5}})"
                         r"(?=です|と申します|といいます|でございます)")


_INTRO_WORD = re.compile("です|と申します|といいます|でございます")


def _self_intros(t: str, out: list) -> None:
    # (tried only up to 9 characters before です or 申します: `matches_before`)
    for m in matches_before(_SELF_INTRO, t, _INTRO_WORD, 9):
        fam, giv = m.group(1), m.group(2)
        if _bare_surname(fam, 0) and (_known_given(giv) or _hira_given(giv) or _kanji_given(giv) or _kana_person(giv)):
            out.append((m.start(), m.end(), 0.8))
    if "の母" in t or "の父" in t or "の保護者" in t or "の祖" in t:
        for m in _PARENT_INTRO.finditer(t):  # 2年3組 蓮の母です, 中川 蒼空の父です: a parent writing to the school
            fam, giv = m.group(1), m.group(2)
            if giv in _NOT_CHILD or giv in _KIN_SET or giv in _NOT_PARENT_OF:
                continue
            if fam is not None and _bare_surname(fam, 0):
                if _known_given(giv) or _hira_given(giv) or _kanji_given(giv) or _kana_person(giv) or (
                        _KANJI_CHARS.fullmatch(giv) is not None and _TITLE.fullmatch(giv) is None
                        and _HONORIFIC.fullmatch(giv) is None and giv not in _ROLE_WORDS):
                    out.append((m.start(1), m.end(2), 0.8))  # (after a surname, a rare given name too: 蒼空)
            elif _known_given(giv) or _hira_given(giv):
                s = m.start(2)
                if s > 1 and t[s - 1] == " ":  # Bクラスの佐藤 ゆいの母です, 4年2組藤井 さくらの母です: the surname too
                    k = s - 1
                    while k > 0 and s - 1 - k < 4 and _is_kanji_char(t[k - 1]):
                        k -= 1
                    for j in range(k, s - 2):
                        if _bare_surname(t[j:s - 1], 0):
                            s = j
                            break
                out.append((s, m.end(2), 0.75))


@lru_cache(maxsize=8192)
def _kata_loanword(w: str) -> bool:
    """A katakana word that the dictionary reads as common nouns only, whole or in parts (トークスクリプト,
    マネージャー): no name, when no part is a proper noun and the word is no known name's reading."""
    if not _KATA_WORD.fullmatch(w) or w in _names().family_kana or w in _names().given_kana:
        return False
    return nlp.common_nouns_only(w, known=True)


_KATA_WORD = re.compile(r"[\u30a1-\u30fa\u30fc]+")
# the days of the week read out in katakana, as a legacy schedule prints them (ｹﾞﾂ ｽｲ ｷﾝ: Monday, Wednesday, Friday)
_KANA_WEEKDAYS = frozenset("ゲツ カ スイ モク キン ド ニチ".split())


_KANA_SEX_AGE = re.compile(r"(?<![\u30a1-\u30fa\u30fc])([\u30a1-\u30fa\u30fc]{2,8} [\u30a1-\u30fa\u30fc]{2,8})[ \t]+(?:男|女)(?:性)?[ \t]*"
                           r"[(（]?[0-9]{1,3}歳")


def _counted_list(m: re.Match, cands: list) -> None:
    """The names a headcount lists (鳶工 5名（石田、上原、村井、フェルナンデス、小池）): every item a known surname, or
    a foreign name in katakana beside at least two known surnames."""
    items = re.split(r"[、・,，]", m.group(1))
    known = sum(1 for x in items if _is_kanji_char(x[0]) and _surname(x) and not _common_word(x))
    if known == len(items) or (known >= 2 and all(
            (_is_kanji_char(x[0]) and _surname(x) and not _common_word(x))
            or (_KATA_WORD.fullmatch(x) is not None and len(x) >= 3 and not _kata_loanword(x)) for x in items)):
        p = m.start(1)
        for x in items:
            cands.append((p, p + len(x), 0.75))
            p += len(x) + 1


# a parent introducing themself by their child's name (2年3組 蓮の母です, 中川 蒼空の父でございます)
_PARENT_INTRO = re.compile(rf"(?<![{_K}{_KATA}{_HIRA}])(?:([{_K}]{{1,3}}) )?([{_K}]{{1,3}}|[{_HIRA}]{{2,4}}|[{_KATA}]{{2,5}})"
                           r"の(?:母|父|母親|父親|祖母|祖父|保護者)(?:です|でございます|と申します|になります)")
_NOT_PARENT_OF = frozenset("私 僕 俺 自分 うち わたし ぼく あなた 彼 彼女 友人 友達 主人 夫 妻 本人 生徒 児童 同級生 いつも こちら "
                           "そちら どなた みんな".split())


def _kin_given(t: str, s: int, e: int) -> bool:
    """A relation's value t[s:e] that is a given name alone: one the dictionary knows, in hiragana, or a short kanji
    word with a birth date or an age after it."""
    v = t[s:e]
    if not v or _HONORIFIC.match(v) is not None:
        return False  # (敏夫 様: no name)
    return _hira_given(v) or _known_given(v) or (
        len(v) <= 4 and _KANJI_CHARS.fullmatch(v) is not None and _BIRTH_NOTE.match(t, e) is not None)


# roles that name a person, not an act (世帯主, 学生: not 受付, 対応, 確認): a value in capitals after them is a name
_PERSON_ROLES = frozenset(
    "世帯主 喪主 施主 筆頭者 保証人 連帯保証人 身元保証人 代理人 相続人 申請人 請求者 受診者 新郎 新婦 賃貸人 賃借人 貸主 "
    "借主 売主 買主 飼い主 飼主 同伴者 ご同伴者 付添人 付添者 面会者 来訪者 訪問者 相談者 申出者 通報者 発見者 届出人 届出者 "
    "学生 生徒 児童 留学生 実習生 研修生 本人 本名 戸籍名".split())


# a role in brackets after an office's name, then the person (a care conference's attendees: デイサービスかがやき
# （生活相談員）　石動 和樹, ヘルパーステーションさくら（サ責）　森永)
_BRACKETED_ROLE = re.compile(rf"[)）](?<=[{_K}{_KATA}][)）])[ \t]+(?=[{_K}{_KATA}{_HIRA}A-Z])")


def _bracketed_roles(t: str, out: list) -> None:
    """The names after a bracketed role (see `_BRACKETED_ROLE`), checked as a role label's values are."""
    for m in _BRACKETED_ROLE.finditer(t):
        ob = max(t.rfind("(", max(0, m.start() - 13), m.start()), t.rfind("（", max(0, m.start() - 13), m.start()))
        role = t[ob + 1:m.start()]
        if ob < 0 or role not in _ROLE_SET:
            continue
        vs = m.end()
        vm = _VALUE_RE.match(t, vs, vs + 24)
        value = vm.group(0).rstrip() if vm else ""
        r = _label_value_rel(value) if value else None
        if r is not None and _role_value_ok(value[r[0]:r[1]], role):
            out.append((vs + r[0], vs + r[1], 0.85))


# the household an address's mail goes to, named by its surname alone after the number (長野県松本市寿北7-12-3
# 長谷部方; a full name there, 高田 聡子方, is `_CARE_OF`'s)
_CARE_OF_SURNAME = re.compile(r"(?<=[0-9０-９号] )([\u4e00-\u9fff々]{1,4})方(?=[ \t\n)）]|$)")


def _group_names(rx: re.Pattern, t: str, out: list, ok: Callable[[str], bool], score: float) -> None:
    """The first group of each match of `rx` that `ok` accepts, as a name candidate of `score`."""
    for m in rx.finditer(t):
        if ok(m.group(1)):
            out.append((m.start(1), m.end(1), score))


def _care_of_surname(t: str, out: list) -> None:
    _group_names(_CARE_OF_SURNAME, t, out, _surname, 0.8)


# a surname after a role label, then a particle and the rest of the sentence (職長 江口が…, 担当 佐藤から…)
_SURNAME_PARTICLE = re.compile(rf"([{_K}]{{1,3}})(?=[がはにへもと]|から|より|まで)")


# a name form's family and given parts, each after its bracketed label (（氏）上野（名）陸), or after its bare label
# as a 婚姻届 or 出生届 writes them (氏 中川　名 大輔)
_SPLIT_IN_BRACKETS = re.compile(rf"[(（]氏[)）][ \t]*([{_K}]{{1,4}})[ \t]*[(（]名[)）][ \t]*([{_K}{_HIRA}{_KATA}]{{1,4}})"
                                rf"|(?<![^\s:：)）])氏[ \t]*[:：]?[ \t]*([{_K}]{{1,4}})[ \t]+名[ \t]*[:：]?[ \t]*"
                                rf"([{_K}{_HIRA}{_KATA}]{{1,4}})(?![{_K}{_HIRA}{_KATA}])")


def _split_in_brackets(t: str, out: list) -> None:
    for m in _SPLIT_IN_BRACKETS.finditer(t):
        g = 1 if m.group(1) is not None else 3
        if _surname(m.group(g)) and m.group(g + 1) not in _KIN_SET:
            out.append((m.start(g), m.end(g), 0.85))
            out.append((m.start(g + 1), m.end(g + 1), 0.85))


# the relations and roles a guest list or a roster writes in a cell beside the names (新郎 | 上司 | 大崎 恒彦)
_RELATION_VALUES = frozenset("上司 同僚 友人 部下 恩師 先輩 後輩 知人 親族 親戚 来賓 主賓 同期 恩人 上長 元上司 元同僚 幼馴染 "
                             "旧友 隣人 近所 知り合い".split()) | _KIN_SET | _ROLE_WORDS


_NAME_LABEL_LEAD = ("旧姓 ", "旧氏 ", "旧姓:", "旧姓：", "通称 ", "本名 ")


def _without_name_label(t: str, c: tuple[int, int, float]) -> tuple[int, int, float]:
    """A candidate that took in the label of another name before it (（旧姓 菅原）): the name alone."""
    s, e, score = c
    for lab in _NAME_LABEL_LEAD:
        if t.startswith(lab, s) and e - s > len(lab):
            return (s + len(lab), e, score)
    return c


# where a request was taken (受付窓口：マイページ, 受付：ウェブ): a channel, not who took it
_KANA_CHANNELS = frozenset("マイページ ホームページ ウェブ ウェブサイト サイト アプリ メール チャット フォーム ポータル "
                           "コールセンター カスタマーセンター センター システム オンライン ネット インターネット".split())


def _role_value_ok(v: str, label: str = "") -> bool:
    """The value of a role label (受付, 記録, 担任 …): a surname or a full name, not a one-character word."""
    if v in _RELATION_VALUES:
        return False  # 新郎　上司: the guest's relation, the next cell
    if v[:1].isascii():
        # a Latin value after a role label must contain a known name word (対応：Remote Work is no person) — or,
        # after a role that names a person (`_PERSON_ROLES`), be a name in capitals as passports and residence cards
        # print it (世帯主：DISSANAYAKE RUWAN): two or three words, none a stop word or a word that is no name
        words = v.replace(",", " ").split()
        names = _names()
        if any(_flags(w, names) & _KNOWN for w in words):
            return True
        return label in _PERSON_ROLES and 2 <= len(words) <= 3 and all(
            len(w) >= 3 and w.isalpha() and w.isupper() and w.capitalize() not in _LATIN_STOP
            and not _flags(w, names) & _X_FLAG for w in words)
    if _KATA_CHARS.match(v.replace(" ", "").replace("・", "")):
        return v not in _KANA_CHANNELS  # katakana values are checked by _label_value already (受付：マイページ is a channel)
    first = v.split(" ", 1)[0]
    if " " in v:
        # (嘉手納 美咲: a family name the dictionary files as a place, before a given name it knows)
        second = v.split(" ", 1)[1]
        if first in _KIN_SET:
            return False  # 長女 芽依: a relation, then a given name (taken apart by the callers)
        if len(first) >= 2 and all(_is_kata_char(c) for c in first) and " " not in second and _known_given(second):
            return True  # ハートリー 恵美: a husband's foreign family name, her Japanese given name
        return _surname(first) or (1 <= len(first) <= 4 and _KANJI_CHARS.match(first) is not None
                                   and " " not in second and _known_given(second) and not _unit_word(first))
    return _bare_run(first, 0)


@lru_cache(maxsize=1)
def _listed() -> frozenset[str]:
    """The kanji names of data/names_ja.txt."""
    return frozenset(
        w for line in data.lines("names_ja.txt") if line.split(maxsplit=1)[0] in ("姓", "名", "姓一") for w in line.split()[1:]
    )


@lru_cache(maxsize=50_000)
def _plausible(word: str, kind: str) -> bool:
    """Without context, a name part must be a listed name or not also an ordinary word (風景, 中世, 見出)."""
    if word in _listed():
        return True
    return not any(p[1] == "普通名詞" or p[0] in ("動詞", "形容詞", "副詞") for p in nlp.surface_pos(word))


def _plain_noun(word: str) -> bool:
    """A common noun the dictionary never reads as a name or a place (原則, 西洋; not 東和, 森林)."""
    pos = nlp.surface_pos(word)
    return any(p[1] == "普通名詞" for p in pos) and not any(p[1] == "固有名詞" for p in pos)


# a surname with a phone number in brackets after it (→ 上野（080-6621-0937）→ 遠藤（042‐461‐2259）: a phone tree, a
# roster of contacts)
# (a bracketed phone number after a surname, or a surname inside the brackets before the number; `_SURNAME_PHONE`
# adds that no name character stands before the surname, `_GLUED_SURNAME_PHONE` is for a role glued before it)
_SURNAME_PHONE_BODY = (r"([\u4e00-\u9fff々]{1,4})[（(](?:携帯|自宅|TEL|Tel|tel)?[:：]?[ ]?"
                       r"0[0-9][0-9\-‐－ー− ]{7,12}[0-9][)）]"
                       # (… or inside the brackets before it: 運営本部（大野 080-2291-5063）)
                       r"|[（(]([\u4e00-\u9fff々]{1,4})[ ](?:携帯|TEL|Tel|tel)?[:：]?[ ]?0[0-9][0-9\-‐－ー− ]{7,12}[0-9][)）]")
_SURNAME_PHONE = re.compile(r"(?<![\u4e00-\u9fff々\u30a1-\u30fa])" + _SURNAME_PHONE_BODY)
_GLUED_SURNAME_PHONE = re.compile(_SURNAME_PHONE_BODY)


_SURNAME_LINE_PHONE = re.compile(r"(?<![\u4e00-\u9fff々\u30a1-\u30fa])([\u4e00-\u9fff々]{2,4})(?:携帯|自宅)(?:[（(]|[ \t]?)"
                                 r"0[0-9][0-9\-‐－ー−]{7,12}[0-9](?![0-9])")
_PHONE_BRACKET = re.compile(r"[（(](?:携帯|自宅|TEL|Tel|tel)?[:：]?[ ]?0[0-9]|[（(][\u4e00-\u9fff々]{1,4} (?:携帯|TEL|Tel|tel)?[:：]?[ ]?0[0-9]")


def _surname_phone(t: str, out: list) -> None:
    # (from the brackets a phone number opens, found by one scan: a match of `_SURNAME_PHONE` is tried only there)
    for b in _PHONE_BRACKET.finditer(t):
        i = b.start()
        if t[i + 1] == "0" or not _is_kanji_char(t[i + 1]):
            if i and _is_kanji_char(t[i - 1]):
                st = _run_start(t, i, _is_kanji_char)
                rx = _SURNAME_PHONE
                for role in _GLUED_ROLES:  # 担当早瀬（090-…）: the role glued before the surname
                    if t.startswith(role, st) and i - st > len(role):
                        st += len(role)
                        rx = _GLUED_SURNAME_PHONE
                        break
                m = rx.match(t, st)
            else:
                m = None
        else:
            m = _SURNAME_PHONE.match(t, i)
        if m is None:
            continue
        g = 1 if m.group(1) else 2
        name = m.group(g)
        if _surname(name) and not _common_word(name) and not _company_before(t, m.start(g)):
            out.append((m.start(g), m.end(g), 0.75))
    if "携帯" in t or "自宅" in t:
        for m in _SURNAME_LINE_PHONE.finditer(t):  # 星野携帯（080-…）: the surname, then whose line it is
            if _surname(m.group(1)) and not _common_word(m.group(1)):
                out.append((*m.span(1), 0.75))


# a surname, then the full name it shortens in brackets (├ 水谷（水谷 陽翔）…… 090-…): a phone tree's family, named by
# the child's name
# (the lookbehind after the first character, so that the pattern starts with its class: a fast scan)
_SURNAME_THEN_FULL = re.compile(rf"([{_K}](?<![{_K}][{_K}])[{_K}]{{0,3}})[（(]\1 [{_K}{_HIRA}{_KATA}]{{1,4}}[)）]")


def _surname_then_full(t: str, out: list) -> None:
    _group_names(_SURNAME_THEN_FULL, t, out, _surname, 0.75)


# a reviewer's comment in lenticular brackets, led by their surname (【三浦：担当者の連絡先は速報と同一…】)
_BRACKET_COMMENTER = re.compile(rf"【([{_K}]{{1,4}})[ ]?[:：]")


def _bracket_commenters(t: str, out: list) -> None:
    _group_names(_BRACKET_COMMENTER, t, out, lambda v: _bare_surname(v, 1) and not _common_word(v), 0.75)


# a phone number, then its owner's surname in brackets (携帯 090-6140-2287（宮内）, 〇九〇―三一五八―七七四〇（浩一）):
# a contact line's whose-number note
_PHONE_THEN_NAME = re.compile(rf"0(?<![0-9]0)[0-9]{{1,4}}[-‐－ー− ]?[0-9]{{1,4}}[-‐－ー− ]?[0-9]{{3,4}}[（(]([{_K}]{{1,4}})[)）]")


def _phone_owner(t: str, out: list) -> None:
    _group_names(_PHONE_THEN_NAME, t, out, lambda v: (_bare_surname(v, 0) or _kanji_given(v)) and not _common_word(v),
                 0.75)


# a surname, a space, then a mobile number (配車トラブル時：土門 070-5596-3302　→　榊原 090-2285-6104): a contact list
# or a phone tree; a mobile number is a person's, so the word before it, when the dictionary reads it as a surname
# and no place, is whose
_SPACE_MOBILE = re.compile(r" 0[789]0[-‐－ー− ]?[0-9]{4}[-‐－ー− ]?[0-9]{4}(?![0-9])")
_MOBILE_OWNER_BEFORE = frozenset(" \t\n:：、,→・/|（(")


def _surname_mobile(t: str, out: list) -> None:
    for m in _SPACE_MOBILE.finditer(t):
        e = m.start()
        s = _run_start(t, e, _is_kanji_char)
        if not 2 <= e - s <= 3 or (s and t[s - 1] not in _MOBILE_OWNER_BEFORE):
            continue
        name = t[s:e]
        if _bare_surname(name, 1) and not _common_word(name) and not _company_before(t, s):
            out.append((s, e, 0.75))


# a name part labelled in brackets after it (RAHIMI（姓 Family name）　FARHAD（名 Given name）, 山田（姓）　太郎（名）): a form
# that prints each field's label after its value
_PART_LABEL_AFTER = re.compile(
    rf"(?<![A-Za-z{_K}{_KATA}{_HIRA}])([A-Z][A-Za-z'\-]{{1,20}}|[{_K}]{{1,4}}|[{_KATA}]{{2,10}}|[{_HIRA}]{{2,6}})[ \t]?"
    r"[（(](?:姓|名|氏|名字|苗字|ミドルネーム|(?i:family name|given name|surname|first name|last name|middle name))"
    r"(?=[ \t)）/／])")
_PART_LABEL_HINT = re.compile(r"[（(](?:姓|名|氏|名字|苗字|ミドルネーム|(?i:family name|given name|surname|first name|last name))[ \t)）/／]")


def _part_labels_after(t: str, cands: list) -> None:
    for m in _PART_LABEL_AFTER.finditer(t):
        v = m.group(1)
        if v.isascii() and (v.capitalize() in _LATIN_STOP or v.lower() in ("name", "names", "full")):
            continue  # Name (Surname/Given) : OKABE/MISAKI: the label's own word
        if v.isupper() or v[:1].isupper() or _kana_or_kanji_name(v):
            cands.append((m.start(1), m.end(1), 0.8))


def _kana_or_kanji_name(v: str) -> bool:
    if _is_kanji_char(v[0]):  # (not a common noun the dictionary also knows as a name: 成人, 定年)
        return (_bare_surname(v, 1) or _known_given(v) or _kanji_given(v)) and not any(
            p[1] == "普通名詞" for p in nlp.surface_pos(v))
    return _known_given(v) or v in _names().family_kana or _hira_given(v)


# a name with its birth date or age in brackets right after it (子：Gabriel（2018.2.6生）、陽菜（2023.5.30生）, Leo (5歳)):
# a family list's members
_BORN_BRACKET = re.compile(r"[（(](?:(?:19|20)[0-9]{2}|[SHRT][0-9]{1,2}|昭和|平成|令和)[^）)\n]{2,12}生(?:まれ)?[)）]"
                           r"|[（(][0-9]{1,3}[ ]?(?:歳|才|か月|ヶ月)[)）]")
_LATIN_RUN_END = re.compile(r"(?<![A-Za-z])([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})[ ]?\Z")


def _born_bracket_names(t: str, cands: list) -> None:
    for m in _BORN_BRACKET.finditer(t):
        e = m.start()
        if e and t[e - 1] == " ":
            e -= 1
        if not e:
            continue
        c = t[e - 1]
        if c.isascii() and c.isalpha():
            w = _LATIN_RUN_END.search(t, max(0, e - 40), e)
            if w is not None and not any(x in _LATIN_STOP for x in w.group(1).split(" ")):
                cands.append((w.start(1), w.end(1), 0.75))
        elif _is_kanji_char(c) or _is_kata_char(c):
            s = _run_start(t, e, _is_kanji_char if _is_kanji_char(c) else _is_kata_char)
            v = t[s:e]
            if 1 <= len(v) <= 4 and v not in _KIN_SET and v not in _ROLE_WORDS and (
                    _kana_or_kanji_name(v) if _is_kanji_char(c) else _kana_person(v)) and not _common_word(v):
                cands.append((s, e, 0.75))


# a couple written as one name and the second given name after ・ (榊原 俊介・香織, 野々村 隆・彩): the spouse's given name
_COUPLE_GIVEN = re.compile(rf"・([{_K}々]{{1,3}}|[{_HIRA}]{{2,4}}|[{_KATA}]{{2,4}})(?![{_K}々{_HIRA}{_KATA}])")


def _couple_given(t: str, cands: list) -> None:
    for s, e, score in list(cands):
        if e < len(t) and t[e] == "・" and " " in t[s:e] and _is_kanji_char(t[s]):
            m = _COUPLE_GIVEN.match(t, e)
            if m is not None:
                g = m.group(1)
                if (_known_given(g) or _kanji_given(g) or _hira_given(g)) and not _surname(g):
                    cands.append((m.start(1), m.end(1), score))


# a name with its title in brackets after it, as a chat's speaker or a shift table writes it (たかこ（店長）, 飯田(店長))
_BRACKETED_TITLE = r"[（(](?:副?店長|部長|課長|係長|主任|社長|会長|副会長|リーダー|マネージャー|院長|園長|校長|担任|オーナー)[)）]"
_TITLE_IN_BRACKETS = re.compile(
    r"(?<![\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff々])([\u3041-\u3096]{2,4}|[\u30a1-\u30fa\u30fc]{2,5}|[\u4e00-\u9fff々]{1,3})"
    + _BRACKETED_TITLE)
_TITLE_IN_BRACKETS_HINT = re.compile(_BRACKETED_TITLE)
_HIRA_TO_KATA = str.maketrans({chr(c): chr(c + 0x60) for c in range(0x3041, 0x3097)})


def _titled_in_brackets(t: str, out: list) -> None:
    names = None
    for m in _TITLE_IN_BRACKETS.finditer(t):
        v = m.group(1)
        if _is_kanji_char(v[0]):
            ok = _surname(v) and not _common_word(v) and not any(p[1] == "普通名詞" for p in nlp.surface_pos(v))
        else:
            if names is None:
                names = _names()
            k = v.translate(_HIRA_TO_KATA)
            ok = (k in names.given_kana or k in names.family_kana or nlp.can_be(k, "名詞", "固有名詞", "人名", "名")
                  or nlp.can_be(k, "名詞", "固有名詞", "人名", "姓")) and not _common_word(v) and not _common_word(k)
        if ok:
            out.append((m.start(1), m.end(1), 0.75))


# the author of a note, named by surname in the note's bracketed heading (対応メモ (片山), [開発メモ 城戸], [医療情報部メモ
# 11/15 片山], メモ(インフラ 笠井), (須藤)所見, 所見(堤))
_K3 = r"[\u4e00-\u9fff々]{1,3}"
_NOTE_BY = re.compile(
    r"(?:メモ|所見|追記)[ \t]*[(（\[［【](?:[^()（）\[\]［］【】\n]{0,16}[ \t])?(" + _K3 + r")[)）\]］】]"
    r"|[\[［【(（][^()（）\[\]［］【】\n]{0,16}?(?:メモ|所見|追記)[^()（）\[\]［］【】\n]{0,14}?[ \t](" + _K3 + r")[)）\]］】]"
    r"|[(（](" + _K3 + r")[)）](?:所見|メモ|追記)")


def _note_authors(t: str, out: list) -> None:
    for m in _NOTE_BY.finditer(t):
        g = m.lastindex
        name = m.group(g)
        if _surname(name) and not _common_word(name) and not any(p[1] == "普通名詞" for p in nlp.surface_pos(name)):
            out.append((m.start(g), m.end(g), 0.75))


# a file's name with its parts joined by underscores (20250401_K250401_濱崎涼_運転免許証_表.pdf): a scanned document
# filed under its holder's name
_FILE_EXTS = r"(?:pdf|PDF|jpe?g|JPE?G|png|PNG|tiff?|TIFF?|heic|HEIC|xlsx?|docx?|csv|txt|zip|msg|eml)(?![A-Za-z0-9])"
_FILE_NAME = re.compile(r"[^\s,\"'|/\\<>()（）]{1,80}_[^\s,\"'|/\\<>()（）]{1,80}\." + _FILE_EXTS)
_FILE_PART = re.compile(r"[^_\-.]+")


# the personal documents such a file is (what makes a name in it its holder's)
_PERSONAL_DOC = re.compile(r"免許証|マイナンバー|個人番号|履歴書|職務経歴書|在留カード|保険証|住民票|身分証|パスポート|旅券|源泉徴収票|"
                           r"給与明細|雇用契約|労働条件通知|扶養|診断書|健康診断|健診|本人確認|身元保証|誓約書|戸籍|印鑑証明")


_FILE_EXT = re.compile(r"\." + _FILE_EXTS)
_FILE_TOKEN_START = re.compile(r"[^\s,\"'|/\\<>()（）]{1,160}$")


# an iCalendar event's organiser and attendees by their common name (ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Yuna Park:mailto:…),
# not a room or a resource booked with them (CUTYPE=ROOM)
_CALENDAR_CN = re.compile(r"^(?:ORGANIZER|ATTENDEE|CONTACT)(?P<params>[^:\n]*?);CN=(?P<q>\"?)(?P<n>[^:;\"\n,@]{2,60})(?P=q)[:;]",
                          re.MULTILINE)


def _calendar_people(t: str, out: list) -> None:
    for m in _CALENDAR_CN.finditer(t):
        if "CUTYPE=ROOM" in m.group("params") or "CUTYPE=RESOURCE" in m.group("params"):
            continue
        n = m.group("n").strip()
        if 2 <= len(n) and any(c.isalpha() for c in n) and not _CALENDAR_NOT_PERSON.search(n):
            s = m.start("n") + (len(m.group("n")) - len(m.group("n").lstrip()))
            out.append((s, s + len(n), 0.8))


_CALENDAR_NOT_PERSON = re.compile(r"(?i)room|会議室|team|チーム|group|グループ|部$|課$|center|センター|desk|窓口|calendar|"
                                  r"予約|株式会社|inc\.?$|ltd\.?$")


def _file_name_people(t: str, out: list) -> None:
    """Full names (a kanji run the dictionary reads as 姓 + 名, nothing else) between the underscores of a personal
    document's file name (…_濱崎涼_運転免許証_表.pdf)."""
    if _PERSONAL_DOC.search(t) is None:
        return
    for x in _FILE_EXT.finditer(t):
        st = _FILE_TOKEN_START.search(t, max(0, x.start() - 160), x.start())
        m = _FILE_NAME.match(t, st.start()) if st is not None else None
        if m is None or _PERSONAL_DOC.search(t, m.start(), m.end()) is None:
            continue
        for p in _FILE_PART.finditer(t, m.start(), m.end()):
            part = p.group()
            if 3 <= len(part) <= 6 and all(_is_kanji_char(c) for c in part):
                toks = nlp.tokenize(part)
                if len(toks) == 2 and _is_name_pos(toks[0][3]) == "姓" and _is_name_pos(toks[1][3]) == "名":
                    out.append((p.start(), p.end(), 0.8))


_TITLE_LAST = frozenset(w[-1] for w in _TITLE_SET)
_HONORIFIC_LAST = frozenset("様まん氏殿生君")
_FACILITY_WORDS = frozenset(("店", "工場", "農園", "支店", "営業所", "事務所", "本店", "商店", "医院", "病院", "工務店", "倉庫",
                             "出張所", "センター", "園", "寮", "邸"))
_PARTICLES = frozenset(("まで", "から", "より", "へ", "に", "が", "は", "も", "の", "と", "です", "宛", "宛て", "あて"))
_PARTICLE_LAST = frozenset(w[-1] for w in _PARTICLES)  # (the last characters of the titles: a cheap test first)


def _label_like(w: str) -> bool:
    """A word that reads as a form's label (二次確認, 承認者): its last token a common noun, none a name."""
    toks = nlp.tokenize(w)
    return bool(toks) and toks[-1][3][1] == "普通名詞" and all(tk[3][2] != "人名" for tk in toks)


# counters after a number that the dictionary also knows as (the first kanji of) a surname
_COUNTERS = frozenset("日年月回件人名個本台枚時分秒歳期号条項円週代")


_NOUN_PREFIXES = frozenset("本当各全同前旧新元現両他別該貴弊")


@lru_cache(maxsize=100_000)
def _run_names(run: str) -> tuple[tuple[int, int, bool], ...]:
    """姓+名 token pairs inside one kanji run: (start, end, ends_the_run), cached per distinct run."""
    n = len(run)
    if n < 3 or not (_surname(run[:2]) or (n > 3 and _surname(run[:3])) or (n <= 4 and _surname(run[:1]))):
        return ()
    toks = nlp.tokenize(run)
    hits = []
    for i in range(len(toks) - 1):
        a, b = toks[i], toks[i + 1]
        if _is_name_pos(a[3]) == "姓" and _is_name_pos(b[3]) == "名":
            if not (_plausible(a[0], "姓") and _plausible(b[0], "名")):
                continue
            if len(a[0]) == 1 and _plain_noun(a[0] + b[0][0]):
                continue  # 原則子が1歳まで: a word (原則) and its particle read as 原 則子
            if run[a[1]] in _NOUN_PREFIXES and b[2] - a[1] >= 4 and _plain_noun(run[a[1] + 1:b[2]]):
                continue  # 本同意書: a prefix (本, 当, 各) and a noun (同意書) read as 本同 意書
            nxt = toks[i + 2][0] if i + 2 < len(toks) else ""
            if nxt and _COMPANY_AFTER.match(nxt):
                continue
            if len(b[0]) >= 2 and b[0][-1] in "元前" and nxt and _TITLE.fullmatch(nxt):
                hits.append((a[1], b[2] - 1, False))  # 岩田聡元社長: the former president 岩田聡, not 聡元
                continue
            hits.append((a[1], b[2], i + 2 == len(toks)))
    return tuple(hits)


# makers whose names are also surnames (or readings of one): before an unknown katakana word they name a model
_KANA_MAKERS = frozenset(
    "トヨタ ホンダ ニッサン マツダ スバル スズキ ダイハツ ミツビシ レクサス イスズ ヤマハ カワサキ ヒノ ミツオカ "
    "ソニー パナソニック シャープ キヤノン ニコン オリンパス カシオ セイコー シチズン ブリヂストン ヨコハマ".split()
)
_KANA_BUSINESS = frozenset(
    "サービス センター サポート カスタマー システム データ ショップ ストア オフィス グループ チーム センター デスク "
    "マネージャー スタッフ メンバー ユーザー クライアント パートナー ゲスト オーナー ホテル クリニック ビル マンション "
    "プラザ タワー ネット ネットワーク ソリューション コンサルティング マーケティング テクノロジー ホールディングス "
    "カンパニー コーポレーション ファイナンス ライフ ケア ホーム ハウス フーズ エンジニアリング デザイン サロン "
    # places, venues, trades and company-name words that also read as names (ディズニー・リゾート, グランド・ホテル)
    "リゾート ランド パーク ワールド シティ タウン ストリート スクエア ガーデン ヒルズ ステーション ホール アリーナ "
    "スタジアム ドーム カフェ レストラン ベーカリー キッチン ダイニング インテリア ファッション ビューティー スポーツ "
    "クラブ スクール アカデミー カレッジ ラボ スタジオ ギャラリー ミュージアム シアター モール マート マーケット "
    "スーパー ファーマシー トラベル ツアー エアライン エクスプレス ロジスティクス トレーディング インターナショナル "
    "ジャパン アジア グローバル エンタープライズ テック テクノ エレクトロニクス モーターズ オート ハウジング ホームズ "
    "エステート キャピタル パートナーズ アソシエイツ メディア エンターテインメント プロダクション ミュージック ファーム "
    "ワークス グランド ロイヤル プレミアム スペシャル ビジネス プロジェクト プログラム プラン セット パック "
    "バンク データバンク リサーチ "
    # animals of picture books and zoos, with さん / くん (だいじょうぶ だよ、ゾウさん): no one's name
    "ゾウ クマ パンダ ライオン トラ サル ゴリラ コアラ カバ キリン ウサギ ネコ イヌ タヌキ キツネ ペンギン ワニ カメ "
    "ブタ ヒツジ ヤギ ウシ ウマ ネズミ リス ラッコ アザラシ イルカ クジラ カエル ヘビ フクロウ".split()
)


_KANA_BUSINESS_TAILS = tuple(w for w in _KANA_BUSINESS if len(w) >= 4)

# the bank kana of the roles and funds an account may be held as (ベンゴシ …, … アズカリキン, エフシーミナト カイケイ …)
_KANA_HOLDER_ROLES = frozenset("ベンゴシ ギョウセイショシ シホウショシ ゼイリシ シャロウシ カイケイ ダイヒョウ リジチョウ カイチョウ "
                               "ブカイ カンザイニン コウケンニン".split())
_KANA_HOLDER_TAILS = ("ジムショ", "アズカリキン", "アズカリキンクチ", "ブカイ", "クミアイ", "カイケイ", "ホウジン", "シヨウジ",
                      "ショウジ")


@lru_cache(maxsize=20_000)
def _foreign_parts_ok(value: str) -> bool:
    """A katakana name of 2-5 parts (マリア・ガルシア) that is not a business phrase (サービス・センター) (cached per value)."""
    parts = re.split(r"[・ ]", value)
    if not 2 <= len(parts) <= 5 or any(p in _KANA_BUSINESS or p.endswith(_KANA_BUSINESS_TAILS) for p in parts):
        return False  # (… or a compound ending in one: デザインオフィス アヤ, a trade name)
    if len(parts) >= 4 and any(p in _KANA_HOLDER_ROLES or p.endswith(_KANA_HOLDER_TAILS) for p in parts):
        # ベンゴシ サエキ ジュン アズカリキン: an account held by a role for others, not a four-part name
        return False
    common = [
        any(q[1] == "普通名詞" for q in nlp.surface_pos(p)) and not any(q[2] == "人名" for q in nlp.surface_pos(p))
        for p in parts
    ]
    return not all(common)


def _ends_place_name(t: str, end: int) -> bool:
    """True when a prefecture or municipality name from the gazetteer ends at `end` (鹿児島市|東千…)."""
    from .address import _name_index  # noqa: PLC0415 - the gazetteer lives with the ADDRESS detector

    return _place_suffix(t[max(0, end - _name_index()[1]):end])


@lru_cache(maxsize=20_000)
def _place_suffix(w: str) -> bool:
    """True when a gazetteer name (2 characters or more) ends `w` (ヶ/ヵ are read as ケ, one for one)."""
    from .address import _KE, _name_index  # noqa: PLC0415

    names = _name_index()[0]
    w = w.translate(_KE)
    n = len(w)
    return any(w[n - k:] in names for k in range(2, n + 1))


def _kana_company_after(t: str, s: int, e: int) -> bool:
    """True when a katakana candidate is an account name in bank kana followed by its company form (アルテキカク(カ,
    サクラカンリ（カ）: カ/ユ/ド/イ/ザイ/シヤ in brackets stand for 株式会社, 有限会社, 合同会社, 医療法人 …)."""
    if e + 1 >= len(t) or t[e] not in "(（" or not _is_kata_char(t[e - 1]):
        return False
    m = _KANA_FORM_AFTER.match(t, e + 1)
    return m is not None


_KANA_FORM_AFTER = re.compile(r"(?:カ|ユ|ド|イ|ザイ|シヤ|シャ|ゴ)(?:[)）]|[ \t]*(?:\n|$))")


_KANJI_NUMERALS = frozenset("〇一二三四五六七八九十百千万")


def _historical(t: str, s: int, e: int, history: list) -> bool:
    """A name written whole (no space, no honorific after it) within 150 characters of a pre-modern date or period:
    a historical figure (伊能忠敬は延享2年（1745）…, 横浜の下岡蓮杖, 俵屋宗達 … 江戸時代). `history`: the text's own
    answer, filled in by the first call that needs it."""
    if " " in t[s:e] or not _is_kanji_char(t[s]) or (e < len(t) and t[e] in "様さ氏殿先君くち" and
                                                     _HONORIFIC.match(t, e) is not None):
        return False
    if not history:
        history.append(_history_in(t, 0, len(t)))
    return history[0] and _history_in(t, max(0, s - 150), min(len(t), e + 150))


def latin_value_not_a_name(value: str) -> bool:
    """A Latin name-column value holding a word that is no name (ship_name | OCEAN CAMELLIA): for the table reader."""
    return latin_stopped(value, _names())


def _in_title(t: str, s: int, e: int) -> bool:
    """Is t[s:e] inside the 『…』 of a work's title (『ノルウェイの森 上』, 『大谷翔平 挑戦の軌跡』) on its line?"""
    o = t.rfind("『", max(0, s - 60), s)
    if o < 0 or t.find("』", o, s) >= 0 or t.find("\n", o, s) >= 0:
        return False
    c = t.find("』", e, e + 60)
    return c >= 0 and t.find("\n", e, c) < 0


# a branch, a plant or a section named after its city (宇都宮支部長, 川崎・工機課, 浜松工場): a place, not a surname
_CITY_UNIT_AFTER = re.compile(r"(?:支部|支店|支社|支局|工場|事業所|営業所|出張所|分会|本社)"
                              r"|・[\u4e00-\u9fff]{1,6}(?:課|部|係|工場|事業所|支店|営業所|センター)(?![\u4e00-\u9fff])")
_CITY_UNIT_FIRST = frozenset("支工事営出分本・")


def _city_unit(t: str, s: int, e: int) -> bool:
    return _CITY_UNIT_AFTER.match(t, e) is not None and _city_name(t[s:e])


def _city_name(w: str) -> bool:
    from .address import is_city_name  # noqa: PLC0415 - the gazetteer lives with the ADDRESS detector

    return is_city_name(w)


def _in_place(t: str, s: int, e: int) -> bool:
    """True when a Japanese candidate sits inside an address (after 市/区/町…, before 丁目/番地/digits)."""
    if t[s:s + 1].isascii():
        return False
    if t[s] in _PLACE_BEFORE and s > 0 and _is_kanji_char(t[s - 1]) and _ends_place_name(t, s + 1):
        return True
    b = s - 1
    if b >= 0 and t[b] == " ":
        b -= 1
    after = e < len(t) and t[e] in _PLACE_AFTER_FIRST and bool(_PLACE_AFTER.match(t[e:e + 4]))
    if b >= 0 and t[b] in _PLACE_BEFORE:
        # (but a full name a space after the place, no block number after it, is a person of that town: 青森県弘前市
        # 三上 節子／…, as a list of prize winners writes them)
        return after or b == s - 1 or " " not in t[s:e] or not _ends_place_name(t, b + 1)
    return after


_PLACE_AFTER_FIRST = frozenset("丁番町通0123456789一二三四五六七八九十")


def _is_kanji_char(c: str) -> bool:
    # (one-character string comparisons, and one test that rules out everything below U+3400: faster than ord())
    return "\u3400" <= c and (
        "\u4e00" <= c <= "\u9fff" or c <= "\u4dbf" or "\uf900" <= c <= "\ufaff" or "\U00020000" <= c <= "\U0002ffff"
    ) or c in "々〆ノヶ"


def _is_kata_char(c: str) -> bool:
    return "\u30a1" <= c <= "\u30fa" or c == "ー"


def _run_start(t: str, i: int, is_char) -> int:
    """Start of the run of `is_char` characters that ends at index i (exclusive).

    (For the kanji and katakana tests a regex finds it, 16 characters at a time, faster than a call per character.)"""
    tail = _RUN_TAIL.get(is_char)
    if tail is None:
        while i > 0 and is_char(t[i - 1]):
            i -= 1
        return i
    lo = max(0, i - 16)
    s = tail.search(t, lo, i).start()  # (always matches: at i, if not before)
    while s == lo and lo > 0 and is_char(t[lo - 1]):  # the run goes on before the 16 characters: on from there
        lo = max(0, s - 16)
        s = tail.search(t, lo, s).start()
    return s


def _run_end(t: str, i: int, is_char) -> int:
    """End of the run of `is_char` characters that starts at index i."""
    head = _RUN_HEAD.get(is_char)
    if head is not None:
        return head.match(t, i).end()
    n = len(t)
    while i < n and is_char(t[i]):
        i += 1
    return i


# the characters `_is_kanji_char` and `_is_kata_char` accept, as regexes for `_run_start` and `_run_end`
_RUN_TAIL = {_is_kanji_char: re.compile(rf"[{_K}ノヶ]*\Z"), _is_kata_char: re.compile(rf"[{_KATA}]*\Z")}
_RUN_HEAD = {_is_kanji_char: re.compile(rf"[{_K}ノヶ]*"), _is_kata_char: re.compile(rf"[{_KATA}]*")}


def _name_char(c: str) -> bool:
    """A kanji (with 々〆ノヶ), katakana (with ー) or hiragana character (one test rules out everything below 々)."""
    return "\u3005" <= c and (
        "\u4e00" <= c <= "\u9fff" or "\u3041" <= c <= "\u3096" or "\u30a1" <= c <= "\u30fa" or c == "ー"
        or "\u3400" <= c <= "\u4dbf" or "\uf900" <= c <= "\ufaff" or "\U00020000" <= c <= "\U0002ffff" or c in "々〆"
    )


_START, _END = itemgetter(0), itemgetter(1)


def _resolve(cands: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """Merge overlapping candidates: the widest span wins, with the best score of the overlap group."""
    if not cands:
        return []
    # by start, the widest first: two stable sorts on C-level keys (end descending, then start) give the order of the
    # key (start, -(end - start)) without a Python call per candidate
    cands.sort(key=_END, reverse=True)
    cands.sort(key=_START)
    out: list[list] = []
    for s, e, sc in cands:
        if out and s < out[-1][1]:
            last = out[-1]
            if e - s > last[1] - last[0]:
                last[0], last[1] = s, e
            else:
                last[1] = max(last[1], e) if e - last[0] <= 20 else last[1]
            last[2] = max(last[2], sc)
        else:
            out.append([s, e, sc])
    return [(s, e, sc) for s, e, sc in out]


# -- document-level rules -----------------------------------------------------------------------------------
# A letter-spaced OCR/PDF name (菅 原 　 智 也) is normalised to "菅原   智也": family and given name with a wide gap.
_SPACED = re.compile(
    rf"([{_K}ノヶ]{{1,8}}|[{_KATA}]{{2,12}}|[{_HIRA}]{{2,6}}) {{2,3}}([{_K}]{{1,4}}|[{_KATA}]{{2,8}}|[{_HIRA}]{{2,6}})"
    rf"(?=[ \t]*(?:\n|$|㊞|印|[(（]))"
)


# 2-3 spaces before a character that is no space or newline (led by the literal, so the engine skips fast; the
# character before the gap is checked in `_spaced_names`): written "  (?: )?", not " {2,3}", since only a literal
# at the very start gives the engine its fast scan — a repeat there is tried at every position
_GAP = re.compile(r"  (?: )?(?=[^ \n])")


def _kata(w: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "\u3041" <= c <= "\u3096" else c for c in w)


def _spaced_names(t: str, out: list) -> None:
    """Family name, a gap of 2-3 spaces, given name, at the end of a line (氏名 森 下 　 雄 一 郎)."""
    for g in _GAP.finditer(t):
        i = g.start()
        if not i:
            continue
        c = t[i - 1]
        if c in " \n" or not _name_char(c):
            continue
        j = i - 1
        while j > 0 and i - j < 12 and _name_char(t[j - 1]):
            j -= 1
        le = t.find("\n", i)
        le = len(t) if le < 0 else le
        if le - i > 20:
            continue
        m = _SPACED.search(t, j, le)
        if not m or m.end(1) != i:
            continue
        a, b = m.group(1), m.group(2)
        if _is_kanji_char(a[-1]):
            if not _KANJI_CHARS.match(b):
                continue
            toks = nlp.tokenize(a)
            # the surname is the end of the run (お名前青木, 氏名 日野): one or two tokens
            fs = None
            for k in (1, 2):
                if len(toks) >= k:
                    w = a[toks[-k][1]:]
                    if 1 <= len(w) <= 4 and (_surname(w) or w in _listed()):
                        fs = m.start(1) + toks[-k][1]
                        break
            if fs is None or len(a[fs - m.start(1):]) > 4 or (fs > 0 and t[fs - 1] in "0123456789"):
                continue  # (10,000円　　通年: a counter written onto its number is no surname)
            if not (nlp.can_be(b, "名詞", "固有名詞", "人名", "名") or (b in _listed())):
                continue
            if m.end(1) - fs == 1 and len(b) == 1 and not (fs > 0 and t[fs - 1] in " \t:：\n"):
                continue  # 1本　　金 (a prize list): one character each, written onto the word before
            out.append((fs, m.end(2), 0.8))
        else:
            if _is_kanji_char(b[0]):
                continue
            names = _names()
            ka, kb = _kata(a), _kata(b)
            fs = None
            for n in range(min(len(ka), 6), 1, -1):
                if ka[-n:] in names.family_kana:
                    fs = m.end(1) - n
                    break
            if fs is None or kb not in names.given_kana:
                continue
            out.append((fs, m.end(2), 0.8))


# Chat / log speaker lines: [time] (team) NAME: text, NAME | org: text, or a time stamp and a name alone
# (possessive repeats, `x{m,n}+`, where what follows can never start inside what they took: the same matches, without
# the engine trying every shorter length first — a word of up to 16 characters before the name is tried 16 times)
# (a colon within the line's first 80 characters is needed either way: checked first — written `.{0,80}:`, any colon
# there, which is one where the first colon is: the engine counts `.` and then looks back for the ":" faster than it
# tests a character class at each character)
_SPEAKER_LINE = re.compile(
    r"\n(?=.{0,80}:)[ \t]*+(?:\[?(?:[0-9]{4}[-/][0-9]{1,2}[-/][0-9]{1,2}(?:\([^)\n]{1,3}\))?[ T]?"
    r"|[0-9]{1,2}/[0-9]{1,2}(?:\([^)\n]{1,3}\))?[ ]?)?"
    r"[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\]?[ \t]*(?=\S))?"
    rf"(?:[^\s:|\[\]]{{1,16}}+[ \t]++|(?:スタッフ|オペレーター|担当|ドライバー|係員|店員|受付|CS|OP|SV)(?=[{_K}])|"
    # (a role joined to the name by an underscore, as chat display names are: 相談員_小松, SV_西村)
    r"[^\s:|\[\]_]{1,12}+_)?"
    # (a bracketed note may follow the name: 14:05 関口（2号車）：)
    rf"([{_K}ノヶ]{{1,4}}+|[{_HIRA}]{{2,4}}+|[{_KATA}]{{2,8}}+(?:・[{_KATA}]{{1,8}}+){{0,2}})[ \t]*+(?:\([^()\n:]{{1,12}}+\))?"
    r"(?:\|[^\n:|]{1,24}+)?(:|(?=\n|\Z))",
)
# the surname in the bracket after a speaker's given name (05:11 かずや(奥山): …)
_SPEAKER_BRACKET = re.compile(rf"[ \t]*\(([{_K}]{{1,4}})\)(?=:)"
)
_SPEAKER_ROLE = re.compile(r"(?:スタッフ|オペレーター|担当|ドライバー|係員|店員|受付|CS|OP|SV)\Z")
_HAS_TIME = re.compile(r"[0-9]:[0-9]{2}")
# a log or ticket line: a time stamp, then the writer's surname in square brackets (2024-04-18 10:02 [久保] …)
_STAMPED_BRACKET = re.compile(rf"[0-9]:[0-9]{{2}}(?::[0-9]{{2}})?\]?[ \t]+\[([{_K}]{{1,4}})\]")
# (the same from its colon on, led by the literal: `_STAMPED_BRACKET`, led by a digit, is tried only before it)
_STAMPED_BRACKET_HINT = re.compile(r":[0-9]{2}(?::[0-9]{2})?\]?[ \t]+\[")


_TEMPLE_WORDS = frozenset(("菩提寺", "檀那寺", "旦那寺", "寺院", "本山", "末寺", "神社", "教会"))


@lru_cache(maxsize=20_000)
def _speaker_ok(w: str) -> bool:
    """A speaker word (a surname, a name run, a given name, a katakana name) that names a person (cached per word)."""
    if _is_kanji_char(w[0]):
        if w in _TEMPLE_WORDS:
            return False  # 菩提寺：龍泉寺 — a form's field (the dictionary files 菩提寺 as a surname too)
        return _bare_surname(w, 1) or _bare_run(w, 1) or _kanji_given(w)
    if "\u3041" <= w[0] <= "\u3096":
        return w not in _HIRA_NOT_GIVEN and nlp.can_be(w, "名詞", "固有名詞", "人名", "名") and not nlp.can_be(
            w, "名詞", "普通名詞")
    if "・" in w:
        return _FOREIGN_KANA.fullmatch(w) is not None and _foreign_parts_ok(w)  # アナ・サントス:
    names = _names()
    return (w in names.family_kana or w in names.given_kana) and w not in _READING_STOP and _kana_person(w)


def _speakers(t: str, out: list) -> None:
    """Speakers of a chat/log: only where the layout repeats (two speaker lines or more in the document)."""
    hits = []
    t = "\n" + t
    n = len(t)
    for m in _SPEAKER_LINE.finditer(t):
        if m.group(2) != ":":
            if not _HAS_TIME.search(t, m.start(), m.start(1)):
                continue  # a name alone on its line only after a time stamp
        else:
            e = m.end()
            if e < n and t[e:e + 2].strip()[:1].isdigit() and not _HAS_TIME.search(t, m.start(), m.start(1)):
                continue  # 期間: 3日 / 会計: 3,000円 — a field, not a speaker
        hits.append(m)
    if "[" in t:
        for m in matches_before(_STAMPED_BRACKET, t, _STAMPED_BRACKET_HINT, 1):
            if _bare_run(m.group(1), 1):
                out.append((m.start(1) - 1, m.end(1) - 1, 0.75))
    if len(hits) < 2:
        return
    named: set[str] = set()
    others: list = []
    for m in hits:
        w = m.group(1)
        s = m.start(1)
        if s > 0 and _name_char(t[s - 1]) and not _SPEAKER_ROLE.search(t, max(0, s - 6), s):
            continue
        if s > 1 and t[s - 1] == " " and _is_kanji_char(t[s - 2]):
            fs = _run_start(t, s - 1, _is_kanji_char)  # [10:05] 阿部 ひなた: the surname is before the space
            if (fs == 0 or t[fs - 1] in " \t\n]") and _full_speaker(t[fs:s - 1], w):
                out.append((fs - 1, m.end(1) - 1, 0.8))
                continue
        elif s > 1 and t[s - 1] == " " and _is_kata_char(t[s - 2]) and _is_kata_char(w[0]):
            fs = _run_start(t, s - 1, _is_kata_char)  # [9:08] ブラウン マイケル: a foreign name in katakana
            if (fs == 0 or t[fs - 1] in " \t\n]") and _handle_is_name(t[fs:m.end(1)]) and not any(
                    _kana_class(p) < 0 for p in t[fs:m.end(1)].split(" ")):  # (09:00 フル スタート: a schedule's words)
                out.append((fs - 1, m.end(1) - 1, 0.8))
                continue
        if _speaker_ok(w):
            out.append((s - 1, m.end(1) - 1, 0.8))
            named.add(w)
            b = _SPEAKER_BRACKET.match(t, m.end(1)) if m.group(2) == ":" and t[m.end(1):m.end(1) + 3].find("(") >= 0 else None
            if b is not None and _bare_surname(b.group(1), 0):
                out.append((b.start(1) - 1, b.end(1) - 1, 0.75))
        elif m.group(2) == ":" and (s == 1 or t[s - 1] == "\n" or _STAMP_LEAD.fullmatch(
                t, t.rfind("\n", 0, s) + 1, s) is not None):  # (at the start of its line, or after a time: 09:47 ゆうき:)
            others.append(m)
    if others:
        # a dialogue (a transcript, an oral history) between a speaker known as a name and others who speak at the
        # start of their lines at least twice: those are people too (ラクシュミ：…, 李：…), unless a common word; without
        # a known name, a nickname in hiragana that speaks after a time stamp three times or more (14:02 みう: …)
        counts: dict[str, int] = {}
        for m in others:
            counts[m.group(1)] = counts.get(m.group(1), 0) + 1
        for m in others:
            w = m.group(1)
            if w in named:
                continue
            dialogue = _dialogue_speaker(w)
            if (named and counts[w] >= 2 and dialogue) or (
                    counts[w] >= 3 and _HIRA_WORD.fullmatch(w) is not None and w not in _HIRA_NOT_GIVEN
                    and (dialogue or not nlp.surface_pos(w))
                    and _HAS_TIME.search(t, t.rfind("\n", 0, m.start(1)) + 1, m.start(1))):
                out.append((m.start(1) - 1, m.end(1) - 1, 0.75))


# a chat line's speaker named by a role or a desk, the person's surname in brackets after it (10:15 サポート(小松): …,
# [19:18] Toto Support (Sasaki): …, 受付（白石）：…): the bracket before the colon names who wrote
_ROLE_BRACKET_SPEAKER = re.compile(
    r"(?m)^[ \t]*(?:\[?(?:[0-9]{4}[-/][0-9]{1,2}[-/][0-9]{1,2}[ T]?)?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\]?[ \t]+"
    # (Messenger's [Mar 4, 2024 7:55 PM])
    r"|\[[A-Z][a-z]{2,8}\.? [0-9]{1,2}, [0-9]{4},? [0-9]{1,2}:[0-9]{2}(?: ?[AP]M)?\][ \t]+)?"
    rf"[^\s():：（）\[\]][^\n():：（）]{{0,22}}?[ \t]?[(（](?:[A-Z]{{2,4}}[ \t])?([{_K}]{{1,4}}|[A-Z][a-z]{{2,12}}(?: [A-Z][a-z]{{2,14}})?)[)）][ \t]*[:：]")


_ROLE_BRACKET_HINT = re.compile(r"[)）][ \t]*[:：]")  # (on the first line of every match: only those lines are tried)
_HIRA_WORD = re.compile(f"[{_HIRA}]{{2,4}}")
_NAME_NOTES = frozenset("本名 旧姓 旧氏 通称 別名 芸名 愛称 戸籍 漢字 自署 代筆".split())
_NAME_FIELD_HEAD = re.compile("名|カナ|かな|ガナ|がな|ﾌﾘｶﾞﾅ")


# a chat export's line without a colon after the speaker: a time stamp, the surname with its role in brackets or after
# its office's display name and an underscore, then the message (08:12 木下(添乗員) おはようございます,
# 10:05 つばさ司法書士事務所_関 ありがとうございます)
_STAMPED_SPEAKER = re.compile(
    r"(?m)^[ \t]*\[?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\]?[ \t]+"
    rf"(?:([{_K}]{{1,4}})[(（][^()（）\n:：]{{1,12}}[)）]|[^\s_:：]{{1,20}}_([{_K}]{{1,4}}))[ \t]+(?=\S)")


# the end of a desk's, a department's or a company's name before a person in a role's value (see `_labels`)
_DEPT_TAIL = re.compile(r"(?:管理|課|部|室|係|班|センター|サポート|デスク|窓口|事務局|事務所|トラベル|旅行|営業所|支店|本社|"
                        r"グループ|チーム|株式会社|\(株\)|㈱)$")


# a Latin name's katakana reading in brackets right after it (TRAN THI BICH NGOC（チャン ティ ビック ゴック）, QUISPE
# MAMANI, Rosa Elena（キスペ ママニ ロサ エレナ）; a note may follow the reading: ĐINH VĂN TÚ（ディン ヴァン トゥ、技能実習2号）)
_KANA_READING_AFTER = re.compile(rf"[ \t]*[(（]([{_KATA}]{{1,12}}(?:[ ・][{_KATA}]{{1,12}}){{1,5}})(?=[)）、,，/／])")


# (on the normalised text, where the OCR's letter spacing is already closed up: 田所   佳代)
_SPACED_GIVEN = re.compile(rf" {{2,5}}([{_K}{_HIRA}]{{1,4}}|[{_KATA}]{{2,4}}|[{_K}{_HIRA}{_KATA}](?: [{_K}{_HIRA}{_KATA}]){{1,3}})"
                           rf"(?=[ \t]{{2}}|[ \t]*(?:\n|\Z|様|殿|[(（|]))")
_SPACED_OUT = re.compile(rf"[{_K}](?: [{_K}]){{1,3}}")  # (a name OCR spaced out character by character: 大 塚)
_NAME_FIELD_BEFORE = re.compile(r"(?:氏名|名前|者|人|主)[^\n]{0,8}\Z")


def _join_spaced_parts(t: str, spans: list) -> list:
    """An OCR'd or typed form leaves a wide gap between the family and the given name in a name field (氏 名  田 所
    佳 代, normalised 田所   佳代): a surname after a name label, then a known given name after the gap, is one name."""
    out = []
    for s, e, score in sorted(spans):
        g = _SPACED_GIVEN.match(t, e)
        fam = t[s:e] if " " not in t[s:e] else (t[s:e].replace(" ", "") if _SPACED_OUT.fullmatch(t, s, e) else "")
        giv = g.group(1).replace(" ", "") if g is not None else ""
        if g is not None and fam and _NAME_FIELD_BEFORE.search(t, max(0, s - 14), s) is not None \
                and (_known_given(giv) or ((" " in g.group(1) or fam != t[s:e]) and (_hira_given(giv) or _kana_person(giv)))) \
                and _bare_surname(fam, 0):
            out.append((s, g.end(1), score))  # (… or the two spaced out, 大 塚  フ ミ, 森 田  ひ な た)
            continue
        out.append((s, e, score))
    return _drop_joined(out)


def _drop_joined(spans: list) -> list:
    """Spans after `_join_spaced_parts`: a given name now inside a joined name is dropped."""
    spans = sorted(spans, key=lambda x: (x[0], -x[1]))
    out = []
    for sp in spans:
        if out and sp[0] >= out[-1][0] and sp[1] <= out[-1][1]:
            continue
        out.append(sp)
    return out


def _kana_after_latin(t: str, cands: list, first: int) -> None:
    """The katakana readings after the Latin names that `find_latin_names` added (from `first` on); and a run of
    capitalised words in passport style before a reading of as many katakana words, none of them an ordinary word
    (TRAN THI BICH NGOC（チャン ティ ビック ゴック）): the two forms of one name."""
    done = set()
    for c in cands[first:]:
        e = c[1]
        if e < len(t) and t[e] in " \t\u3000(（":
            m = _KANA_READING_AFTER.match(t, e)
            if m is not None and not (_kata_loanword(m.group(1)) and not _initial_fits(t[c[0]:e], m.group(1))):
                # (Kenta Yoshida（ライブエッジ）: his company)
                cands.append((m.start(1), m.end(1), 0.8))
                done.add(m.start(1))
    for m in _LATIN_THEN_KANA.finditer(t):
        if m.start(2) in done:
            continue
        latin, kana = m.group(1).replace(",", "").split(), _KANA_SPLIT.split(m.group(2))
        if not 2 <= len(latin) <= 5 or abs(len(latin) - len(kana)) > 1 or any(
                w in _KANA_ROLE or w in _KANA_BUSINESS or _kana_class(w) < 0 for w in kana):
            continue
        cands.append((m.start(1), m.end(1), 0.75))
        cands.append((m.start(2), m.end(2), 0.75))


_KANA_SPLIT = re.compile("[ ・]")
# (upper-case words, diacritics allowed, or a family name in capitals and a comma before capitalised given names)
_LATIN_THEN_KANA = re.compile(
    # (the first word's first letter, then the test of the letter before it: the regex engine scans for capitals)
    r"([A-Z\u00c0-\u00de\u0100-\u024f\u1e00-\u1eff](?<![A-Za-z\u00c0-\u024f\u1e00-\u1eff].)"
    r"[A-Z\u00c0-\u00de\u0100-\u024f\u1e00-\u1eff]{1,13}[ ,]{1,2}(?:[A-Z\u00c0-\u00de\u0100-\u024f\u1e00-\u1eff]{2,14}[ ,]{1,2}){0,3}"
    r"[A-Z\u00c0-\u00de\u0100-\u024f\u1e00-\u1eff]{1,14}(?:,? [A-Z][a-z]{1,14}){0,3})"
    rf"[ \t\u3000]*[(（]([{_KATA}]{{1,12}}(?:[ ・][{_KATA}]{{1,12}}){{1,5}})(?=[)）、,，/／])")


# a passport-style form's two name fields on one line (Family name LIU　Given name YUTING; Surname: KHAN  Given
# names: IMRAN ALI)
_FAMILY_GIVEN = re.compile(
    r"(?i:family name|surname|last name)[ \t]*[:：]?[ \t]*([A-Z][A-Za-z'\-]{1,20}(?: [A-Z][A-Za-z'\-]{1,20})?)"
    r"[ \t]+(?i:given names?|first names?)[ \t]*[:：]?[ \t]*([A-Z][A-Za-z'\-]{1,20}(?: [A-Z][A-Za-z'\-]{1,20}){0,2})"
    r"(?=[ \t]*(?:\n|\Z|[(（,]|[ \t]{2}))")


def _family_given_fields(t: str, cands: list) -> None:
    for m in _FAMILY_GIVEN.finditer(t):
        cands.append((m.start(1), m.end(1), 0.8))
        cands.append((m.start(2), m.end(2), 0.8))


def _stamped_speakers(t: str, out: list) -> None:
    """The speakers of `_STAMPED_SPEAKER` lines, when two lines at least have the layout."""
    found = [(m.span(1) if m.group(1) else m.span(2)) for m in _STAMPED_SPEAKER.finditer(t)]
    if len(found) < 2:
        return
    for s, e in found:
        if _bare_surname(t[s:e], 0):
            out.append((s, e, 0.75))


# a chat copied from a phone, the speaker between the time and the message with a space each side (21:04 真紀　今日…)
# a time's minutes: what every line of `_STAMP_SPEAKER` and `_STAMPED_BARE` holds
_MINUTES = re.compile(r":[0-5][0-9]")
_STAMPED_BARE = re.compile(rf"(?m)^[ \t]*[0-2]?[0-9]:[0-5][0-9][ \t]+([{_K}]{{2,4}}) (?=\S)(?![{_K}]{{1,3}}[ \t])")


def _stamped_bare_speakers(t: str, out: list) -> None:
    """The speakers of `_STAMPED_BARE` lines: a word that speaks twice or more and is a given name or a surname."""
    hits = list(_line_matches(_STAMPED_BARE, t, _MINUTES))
    if len(hits) < 3:
        return
    counts: dict[str, int] = {}
    for m in hits:
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    for m in hits:
        w = m.group(1)
        if counts[w] >= 2 and (_known_given(w) or _bare_surname(w, 1)):
            out.append((m.start(1), m.end(1), 0.75))


def _role_bracket_speakers(t: str, out: list) -> None:
    """The surnames of `_ROLE_BRACKET_SPEAKER` lines, where two lines at least have the layout or a time stamp leads
    the line (a chat, not a form's 記入者（山田）: field)."""
    hits = list(_line_matches(_ROLE_BRACKET_SPEAKER, t, _ROLE_BRACKET_HINT))
    if not hits or (len(hits) < 2 and not _HAS_TIME.search(t, hits[0].start(), hits[0].start(1))):
        return
    for m in hits:
        w = m.group(1)
        if w in _NAME_NOTES or _NAME_FIELD_HEAD.search(t, m.start(), m.start(1)) is not None:
            continue  # 氏名（本名）：…, フリガナ（本名）：…: a name field's label and its note, not a speaker
        if _is_kanji_char(w[0]) and _city_name(w) and t[m.start(1) - 2:m.start(1) - 1] in "様氏*":
            continue  # **久保田様**（福岡）：…: where the person named before the bracket is, not a speaker
        if _bare_surname(w, 0) if _is_kanji_char(w[0]) else (
                latin_name_known(w) if " " in w else _romaji_key(w) in _names().family_roma):
            out.append((m.start(1), m.end(1), 0.75))  # (Help Desk (Joy Mercado): a full name in Latin letters)


# a note signed with its date and the writer's surname at the end of its line or bracket (7/2　西田, （最終更新 6/7
# 三宅）, （松浦案件／R6.6.20 桐生）)
# (… or a dated log line's writer, two spaces before the entry: 2025/10/18　荒木　　配達完了)
_DATED_SIGN = re.compile(rf"(?<![0-9.])(?<![0-9]/)[RHS]?[0-9]{{1,4}}[/.][0-9]{{1,2}}(?:[/.][0-9]{{1,2}})?[ \t]+"
                         rf"([{_K}]{{1,4}})(?=[ \t]*(?:[)）]|\n|$)|[ \t]{{2}}[^ \t\n])")
_DATED_SIGN_HINT = re.compile(rf"[0-9][ \t]+[{_K}]{{1,4}}(?:[ \t]*(?:[)）]|\n|$)|[ \t]{{2}})")


def _dated_signatures(t: str, out: list) -> None:
    for m in matches_before(_DATED_SIGN, t, _DATED_SIGN_HINT, 12):
        if _bare_surname(m.group(1), 2):
            out.append((m.start(1), m.end(1), 0.7))
    if "。-" in t or "。 -" in t:
        for m in _DASH_SIGN.finditer(t):  # …換気扇の下で。 ―大野: a note signed after a dash
            if _bare_surname(m.group(1), 0):
                out.append((m.start(1), m.end(1), 0.7))


_DASH_SIGN = re.compile(rf"(?:(?<=。)|(?<=。[ \t]))-{{1,2}}[ \t]?([{_K}]{{1,4}})[ \t]*(?=\n|$)")


# a full name in hiragana, as children and their parents write them (あおき そうた, 客：いのうえ まさこです)
_HIRA_PAIR = re.compile(rf"(?<![{_HIRA}])([{_HIRA}]{{2,5}}) ([{_HIRA}]{{2,4}})(?:(?![{_HIRA}])|(?=です|さん|ちゃん|くん|と申))")
_HIRA_PAIR_HINT = re.compile(rf"[{_HIRA}] [{_HIRA}]")


def _hiragana_pairs(t: str, out: list) -> None:
    """Both words known names: the family name's reading and a given name's (each as the lists write it in katakana)."""
    names = None
    for m in matches_before(_HIRA_PAIR, t, _HIRA_PAIR_HINT, 5):
        if names is None:
            names = _names()
        fam, giv = m.group(1).translate(_TO_KATA), m.group(2).translate(_TO_KATA)
        if len(fam) >= 3 and fam in names.family_kana and giv in names.given_kana and fam not in _READING_STOP:
            out.append((m.start(), m.end(), 0.7))


_STAMP_LEAD = re.compile(r"\[?[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?\]?[ \t]+")
_SPEAKER_ROLE_WORDS = frozenset(("インタビュアー", "インタビュイー", "ナレーター", "ナレーション", "オペレーター", "スタッフ",
                                 "ゲスト", "ホスト", "モデレーター", "ファシリテーター", "アナウンス", "コメント", "メモ", "テロップ"))


def _dialogue_speaker(w: str) -> bool:
    """A speaker word of a dialogue that no name list knows: a katakana word that is no common noun (a foreign given
    name: ラクシュミ), or a one-character surname (李, 金, 林)."""
    if w in _SPEAKER_ROLE_WORDS:
        return False
    if _is_kata_char(w[0]):
        return len(w) >= 3 and all(_is_kata_char(c) for c in w) and not nlp.can_be(w, "名詞", "普通名詞")
    if "\u3041" <= w[0] <= "\u3096":
        # a given name in hiragana (ゆうき: ...), which the dictionary knows as one, or knows as no word at all
        return 2 <= len(w) <= 4 and _HIRA_GIVEN.fullmatch(w) is not None and w not in _HIRA_NOT_GIVEN and (
            nlp.can_be(w, "名詞", "固有名詞", "人名", "名") or (not nlp.surface_pos(w) and _hira_given(w)))
    return len(w) == 1 and _is_kanji_char(w) and nlp.can_be(w, "名詞", "固有名詞", "人名", "姓")


# a chat exported with tabs (LINE for PC: "19:02⇥Tuan⇥メッセージ"): a time stamp, the speaker, the message
# (led by the colon of the time, a fast scan; what stands before the time on its line is checked by _TAB_LEAD)
_TAB_SPEAKER = re.compile(r":[0-9]{2}(?::[0-9]{2})?\t([^\t\n]{1,24})\t(?=\S)")
_TAB_LEAD = re.compile(
    r"[ \t]*(?:[0-9]{4}[/.\-][0-9]{1,2}[/.\-][0-9]{1,2}(?:\([^)\n]{1,3}\))?[ \t]+)?(?:午前|午後)?[0-9]{1,2}"
)
_CAP_WORD = re.compile(r"[A-Z][a-z]{1,14}|[A-Z]{2,14}")
_PARENT_OF = ("パパ", "ママ", "母", "父")
_NAME_INITIAL = re.compile(r"([A-Z][a-z]{1,14}) [A-Z]\.?")
_CHAT_ROLES = frozenset(("管理", "事務", "本部", "店長", "窓口", "担当", "受付", "営業", "本社", "現場", "配車", "事務局"))


_EXIT_WORDS = frozenset("東口 西口 南口 北口 中央口 正門 裏門".split())


# a kanji surname with a katakana given name, as older women's names are written (日下部 キミの娘, 母（305号 日下部キミ）,
# 猪瀬 ハナ。, 堀内 トシ子（母）): found from the katakana run (a known given name), the surname read back from it
# (led by the katakana class, a fast scan; the lookbehind after the first character wants a kanji or a space before the
# run, and the particle or honorific after it is tested by the engine too: few runs reach the Python checks)
_KATA_RUN = re.compile(rf"[{_KATA}](?<=[{_K} ][{_KATA}])[{_KATA}]{{1,3}}+(?![{_KATA}])"
                       r"(?=[子江代枝恵]?(?:[のはがをにとも、。(（)）」\s]|さん|様|さま|殿|$))")


def _kanji_kata_names(t: str, out: list) -> None:
    names = _names()
    for m in _KATA_RUN.finditer(t):
        g, s = m.group(), m.start()
        if g not in names.given_kana:
            continue
        j = s - 1 if t[s - 1] == " " else s
        i = j
        while i > 0 and j - i < 4 and _is_kanji_char(t[i - 1]):
            i -= 1
        if i == j or (i > 0 and _name_char(t[i - 1])):
            continue
        fam = t[i:j]
        if 1 <= len(fam) <= 3 and _bare_surname(fam, 0) and not nlp.can_be(fam, "名詞", "普通名詞"):
            e = m.end()
            if e < len(t) and t[e] in "子江代枝恵" and not (e + 1 < len(t) and _is_kanji_char(t[e + 1])):
                e += 1  # 堀内 トシ子, 森 ハル江: a katakana given name with its kanji ending, as older women's are written
            out.append((i, e, 0.75))


# a staff role written onto a surname in a report's prose (店長大西が電話でお詫び, 展示監視員佐野が保護, 看護師長の — no):
# the surname is two or three kanji the dictionary knows as one, and a particle follows it
_STAFF_ROLES = (
    "副店長 店長 監視員 看護師長 看護師 職員 係長 課長 部長 主任 相談員 指導員 支援員 保育士 警備員 運転手 薬剤師 院長 所長 室長 "
    "事務長 教頭 校長 園長 師長 班長 工場長 支店長 次長 係員 隊員 教諭 学芸員 司書 館長 監督 コーチ 担任 副担任 主治医 担当医 "
    "ケアマネ 管理者 責任者 施設長 事業所長 生活相談員 介護職員 作業員 配達員 乗務員 添乗員 通訳 秘書").split()
_ROLE_THEN_SURNAME = re.compile(
    _first_char_alternation(sorted(_STAFF_ROLES, key=len, reverse=True)) + rf"([{_K}]{{2,3}})(?=[がはにとのもへ、（(]|より|から)")


# a katakana word the dictionary does not know, before an honorific (ガンボルドさん, ユスポワさん, デウィさん): a foreign
# name written in katakana (the katakana words it knows, オーナーさん, ヘルパーさん, ケアマネさん, are roles)
# (さん and くん only: a company is 様 as often as a person — ノースゲート様 — and a pet is ちゃん); nor a compound of
# words it knows (スクール・カウンセラーさん)
_KATA_HONORIFIC = re.compile(r"(?<![\u30a1-\u30fa\u30fc・])([\u30a1-\u30fa][\u30a1-\u30fa\u30fc]{2,9})(?=さん|くん|君(?!が))")


def _unknown_kata_honorific(t: str, out: list) -> None:
    for m in _KATA_HONORIFIC.finditer(t):
        w = m.group(1)
        if not nlp.surface_pos(w) and len(nlp.tokenize(w, "A")) == 1:
            out.append((m.start(1), m.end(1), 0.7))


# A family register typed out (戸籍, 除籍): each member's parents on one line, 父　広瀬実　母　ハナ　二女 (亡 marks the
# deceased), and the head of the house, 戸主　庄吉 / 前戸主　阿部儀右衛門; a genealogy file (GEDCOM): 1 NAME 勇 /佐久間/,
# 2 GIVN 勇, 2 SURN 佐久間; a maiden name in English, (née WALSH)
_REG_NAME = r"([\u3400-\u9fff々\u30a1-\u30fa\u30fc\u3041-\u3096]{1,8})"
_REG_PARENTS = re.compile(r"(?m)^[ \t]*(?:【[^】\n]{1,6}】[ \t]*)?父[ \t]+亡?" + _REG_NAME + r"[ \t]+母[ \t]+亡?" + _REG_NAME
                          + r"[ \t]+(?:長|次|二|三|四|五|六)?[男女](?![\u3400-\u9fff])")
_REG_HEAD = re.compile(r"(?m)^[ \t]*(?:前戸主|戸主)[ \t]+" + _REG_NAME + r"[ \t]*$")
_GEDCOM_NAME = re.compile(r"(?m)^[ \t]*1 NAME ([^\n/]{0,40}?/[^/\n]{1,40}/)[ \t]*$|^[ \t]*2 (?:GIVN|SURN) ([^\n]{1,40}?)[ \t]*$")
_NEE = re.compile(r"[(（]n[ée]e ([A-Z][A-Za-z'’\-]{1,24})[)）]")


def _register_names(t: str, out: list) -> None:
    if "父" in t and "母" in t:
        for m in _REG_PARENTS.finditer(t):
            for g in (1, 2):
                out.append((m.start(g), m.end(g), 0.8))
    if "戸主" in t:
        for m in _REG_HEAD.finditer(t):
            out.append((m.start(1), m.end(1), 0.8))
    if "INDI" in t and "NAME" in t:
        for m in _GEDCOM_NAME.finditer(t):
            g = 1 if m.group(1) is not None else 2
            out.append((m.start(g), m.end(g), 0.8))
    if "e " in t:
        for m in _NEE.finditer(t):
            out.append((m.start(1), m.end(1), 0.8))


# clinical shorthand that reads as a surname and a given name (全麻: general anaesthesia, 全介: full assistance)
_CLINICAL_SHORT_WORDS = frozenset(("全麻", "局麻", "腰麻", "伝麻", "静麻", "全介", "半介", "一部介"))

# a surname with a seal stamped after it (運行管理者確認 金城㊞, 検印 野口㊞): whoever checked the record
_SEALED = re.compile(rf"(?<![{_K}々ノヶ])([{_K}々]{{1,4}})[ ]?㊞")


def _sealed_surnames(t: str, out: list) -> None:
    for m in _SEALED.finditer(t):
        w = m.group(1)
        if _bare_surname(w, 0):  # (a seal is as sure a cue as a label)
            out.append((m.start(1), m.end(1), 0.75))


# a clinic's staff written by their role's Latin abbreviation, then the surname (DH 水野, チーフDH 水野, Ns 堀江, PT 小野,
# Dr. 所): a dental hygienist, a nurse, a therapist, a doctor
# (and a hotel's or a call centre's departments: HK 比嘉 for housekeeping, FR 佐野 for the front, SV 井上, F&B 當山)
_CLINICAL_ROLE = re.compile(rf"(?<![A-Za-z])(?:DH|DA|Ns|NS|PT|OT|ST|MSW|CW|CRC|CRA|RA|Dr\.?|DR\.?|HK|FR|FO|F&B|SV|GRO)"
                            rf"[ \t\u3000]?([{_K}々]{{1,4}})"
                            rf"(?![{_K}々\u3041-\u3096\u30a1-\u30fa])")
# (and a study's coordinators and assistants: CRC 井手口, RA 佐伯)
_CLINICAL_ROLE_HINT = re.compile(r"(?:DH|DA|Ns|NS|PT|OT|ST|MSW|CW|CRC|CRA|RA|Dr|DR|HK|FR|FO|&B|SV|GRO)"
                                 r"(?=\.?[ \t\u3000]?[\u3400-\u9fff])")


def _role_then_surname(t: str, out: list, rx: re.Pattern = _ROLE_THEN_SURNAME) -> None:
    """A surname written onto a staff role in prose (店長大西が, 監視員佐野が), or after a clinic role's abbreviation
    (`_CLINICAL_ROLE`: DH 水野)."""
    for m in rx.finditer(t):
        w = m.group(1)
        if _bare_surname(w, 1) and not nlp.can_be(w, "名詞", "普通名詞"):
            out.append((m.start(1), m.end(1), 0.7))


# a Zoom meeting's saved chat: "10:21:07 From 吉川梓 to 中井 修平(Direct Message):", "… From Sato Ken To Everyone:"
_ZOOM_LINE = re.compile(r"(?m)^[ \t]*[0-9]{1,2}:[0-9]{2}:[0-9]{2}[ \t]+From[ \t]+([^\n:]{1,30}?)[ \t]+[Tt]o[ \t]+"
                        r"([^\n:]{1,30}?)[ \t]*(?:[(（](?:Direct Message|[Pp]rivately|ダイレクトメッセージ)[)）])?[ \t]*:")
_ZOOM_NOT_NAME = frozenset(("everyone", "全員", "みなさん", "皆さん", "host", "ホスト", "waiting room", "待機室"))


def _zoom_chat(t: str, out: list) -> None:
    """The sender and the private recipient of each line of a saved Zoom chat (display names as their owners typed
    them: a name, a nickname such as たっちゃんママ)."""
    for m in _ZOOM_LINE.finditer(t):
        for g in (1, 2):
            v = m.group(g).strip()
            if v.lower() in _ZOOM_NOT_NAME or "@" in v or any(c.isdigit() for c in v):
                continue
            s = m.start(g) + (len(m.group(g)) - len(m.group(g).lstrip()))
            out.append((s, s + len(v), 0.8))


def _tab_speakers(t: str, out: list) -> None:
    """The speaker column of a tab-separated chat export (two such lines or more)."""
    hits = [m for m in _matches(_TAB_SPEAKER, t) if _TAB_LEAD.fullmatch(t, t.rfind("\n", 0, m.start()) + 1, m.start())]
    if len(hits) < 2:
        return
    for m in hits:
        w = m.group(1).strip(" ")
        if not w:
            continue
        s = m.start(1) + m.group(1).index(w)
        if w[-1] in ")）":  # 松田(配車): the speaker's role after the name
            p = max(w.rfind("("), w.rfind("（"))
            if p >= 1 and len(w) - p <= 10:
                if w[:p].endswith(_PARENT_OF) and _bare_surname(w[p + 1:-1], 1):
                    out.append((s + p + 1, s + len(w) - 1, 0.75))  # そうたパパ（中島）: the parent's surname
                elif w[:p].isascii() and _bare_surname(w[p + 1:-1], 1):
                    out.append((s + p + 1, s + len(w) - 1, 0.75))  # BuyForYou（真鍋）: a shop's account, then who writes
                    continue
                w = w[:p].rstrip(" ")
        if w.endswith(_PARENT_OF) and 2 <= len(w) - (2 if w[-1] in "パマ" else 1) <= 4:
            g = w[:-2] if w[-1] in "パマ" else w[:-1]  # そうたパパ, 青葉母: a parent named by the child's given name
            if _kanji_given(g) or _hira_given(g) or nlp.can_be(g, "名詞", "固有名詞", "人名", "名"):
                out.append((s, s + len(g), 0.75))
            continue
        k = len(w)
        while k > 1 and not (w[k - 1].isalnum() or _name_char(w[k - 1])):
            k -= 1  # まゆ🌸, ゆうな🍓: a display name's emoji is no part of it
        if k < len(w) and "\u3041" <= w[0] <= "\u30ff":
            w = w[:k]
        at = w.find("@")
        if at > 0 and _bare_surname(w[:at], 1):
            out.append((s, s + at, 0.75))  # 鉄川@テツ鳶: the speaker's surname, then the firm
            continue
        if _is_kata_char(w[0]) and _is_kanji_char(w[-1]):
            k = _run_start(w, len(w), _is_kanji_char)
            if w[:k] in _KANA_ROLE and _bare_surname(w[k:], 1):
                out.append((s + k, s + len(w), 0.75))  # コーディネーター戸田: the role, then the surname
                continue
        ini = _NAME_INITIAL.fullmatch(w)  # Halim R.
        if _chat_handle(ini.group(1) if ini else w) or (w.isascii() and "." in w and _log_handle_ok(w)):
            out.append((s, s + len(w), 0.8))  # (… or a handle with an initial: Tsuyoshi.M)
        elif " " in w:  # 管理 竹内: the speaker's role or department, then a surname
            role, name = w.rsplit(" ", 1) if w.count(" ") > 1 else w.split(" ", 1)
            if (_unit_word(role) or role in _ROLE_SET or role in _CHAT_ROLES) and _bare_surname(name, 1):
                out.append((s + len(role) + 1, s + len(w), 0.75))
            elif _bare_surname(name, 0) and not _surname(role.rsplit(" ", 1)[-1]) and _KANJI_CHARS.match(name):
                out.append((s + len(role) + 1, s + len(w), 0.75))  # ヤマブキ練馬 石田: the shop, then who writes


@lru_cache(maxsize=20_000)
def _chat_handle(w: str) -> bool:
    """A chat speaker's display name that is a person's name (Tuan, ホアン, 阿部 ひなた, 健太, Ana SANTOS)."""
    if w[0].isascii():
        if _CAP_WORD.fullmatch(w):
            return w not in _LATIN_STOP and not _flags(w, _names()) & _X_FLAG
        return _handle_is_name(w)
    if " " in w:
        fam, giv = w.split(" ", 1)
        if _KANJI_CHARS.match(fam) and " " not in giv and _full_speaker(fam, giv):
            return True
        return _handle_is_name(w)
    if _is_kata_char(w[0]):  # (only a name, or a Japanese name's reading: not ミーティング, which is also a 人名)
        return _KATA_CHARS.match(w) is not None and 2 <= len(w) <= 10 and _kana_person(w) and (
            _kana_class(w) == 2 or w in _names().family_kana or w in _names().given_kana
        )
    if "\u3041" <= w[0] <= "\u3096" and 2 <= len(w) <= 5 and all("\u3041" <= c <= "\u3096" for c in w) and (
            _hira_given(w) and (not (pos := nlp.surface_pos(w)) or any(p[2] == "人名" and p[3] == "名" for p in pos))):
        return True  # ゆかり（颯太ママ）: a given name in hiragana, as a LINE display name (not うみねこ, a word)
    return _speaker_ok(w) or (_KANJI_CHARS.match(w) is not None and _bare_run(w, 1))


# a Latin name in a table cell (LI HAORAN, REYES, John Carlo M.) and, in the next cell, its katakana rendering
# (リ・コウゼン, レイエス ジョン カルロ): the pair confirms both, as a kanji name and its reading do
_LATIN_CELL = re.compile(r"[A-Z][A-Za-z'\-]*(?:,? [A-Z][A-Za-z'\-]*\.?){1,4}(?= {2,}| ?[|\t,<])")
_KANA_NEXT_CELL = re.compile(
    rf"(?: *[|\t,] *| {{2,}}|</t[dh]>[ \t\n]*<t[dh][^<>]{{0,40}}>)([{_KATA}]{{1,12}}(?:[・ ][{_KATA}]{{1,12}}){{1,4}})"
    r"(?= {2,}| ?[|\t,<\n]|$)"
)


def _latin_kana_cells(t: str, out: list) -> None:
    for m in _matches(_LATIN_CELL, t):
        s = m.start()
        if s and not (t[s - 1] in "|\t,>\n" or (t[s - 1] == " " and (s < 2 or t[s - 2] in " |\t,>\n"))):
            continue
        k = _KANA_NEXT_CELL.match(t, m.end())
        if not k:
            continue
        words = [w.strip(",") for w in m.group(0).split(" ")]
        words = [w for w in words if not (len(w.rstrip(".")) == 1)]  # an initial (M.)
        parts = re.split(r"[・ ]", k.group(1))
        if len(words) != len(parts) or not _latin_kana_ok(tuple(words), tuple(parts)):
            continue
        out.append((s, m.end(), 0.75))
        out.append((k.start(1), k.end(1), 0.75))


@lru_cache(maxsize=20_000)
def _latin_kana_ok(words: tuple, parts: tuple) -> bool:
    names = _names()
    if any(w in _LATIN_STOP or _flags(w, names) & _X_FLAG for w in words):
        return False
    return not any(
        p in _KANA_BUSINESS or p in _KANA_ROLE or (len(p) >= 3 and _kana_class(p) < 0) for p in parts
    )


# a kanji name and its romanisation in brackets (藤宮 颯（FUJIMIYA HAYATE）, 清水零（Rei SHIMIZU）): when the romaji
# spells a reading of the surname, both are names, even when the dictionary does not know the given name
_ROMAJI_BRACKET = re.compile(r"\(([A-Z][A-Za-z]{1,15}) ([A-Z][A-Za-z]{1,15})\)")
_KANJI_BEFORE = re.compile(rf"(?<![{_K}ノヶツケ])([{_K}][{_K}ノヶツケ]{{0,3}})(?: ([{_K}ノヶ]{{1,4}}))? ?\Z")


def _romaji_in_brackets(t: str, p: int, out: list) -> None:
    """The bracket at p holds two capitalised words: the romanisation of the kanji name before it?"""
    m = _ROMAJI_BRACKET.match(t, p)
    if not m or not p or not (_is_kanji_char(t[p - 1]) or (t[p - 1] == " " and p > 1 and _is_kanji_char(t[p - 2]))):
        return
    k = _KANJI_BEFORE.search(t, max(0, p - 12), p)
    if k is None:
        return
    a, b = _romaji_key(m.group(1)), _romaji_key(m.group(2))
    if k.group(2):
        cuts = [(k.group(1), k.end(2))]
    else:
        run = k.group(1)
        cuts = [(run[:i], k.end(1)) for i in range(1, min(3, len(run) - 1) + 1)]
    for fam, end in cuts:
        keys = _surname_keys(fam)
        if (a in keys and _ROMAJI_SHAPE_RE.match(m.group(2))) or (b in keys and _ROMAJI_SHAPE_RE.match(m.group(1))):
            out.append((k.start(1), end, 0.8))
            out.append((m.start(1), m.end(2), 0.8))
            break


@lru_cache(maxsize=20_000)
def _surname_keys(fam: str) -> frozenset[str]:
    """Romaji keys of the readings the dictionary gives the kanji surname `fam`."""
    if not _surname(fam):
        return frozenset()
    return frozenset(_romaji_key(_kana_to_romaji(r)) for r in nlp.readings(fam, "姓"))


# the partner of a saved LINE talk: "[LINE] 山田 太郎とのトーク履歴", "… 生活支援（ホアン）とのトーク履歴"
_TALK_PARTNER = re.compile(r"(?:\(([^()\n]{1,16})\)|(?<![^\s\]])([^\s\]()]{1,16}(?: [^\s\]()]{1,8})?))\Z")


def _talk_partner(t: str, out: list) -> None:
    i = t.find("とのトーク")
    while i >= 0:
        m = _TALK_PARTNER.search(t, max(0, i - 40, t.rfind("\n", 0, i) + 1), i)
        i = t.find("とのトーク", i + 5)
        if m is None:
            continue
        g = 1 if m.group(1) else 2
        w = m.group(g)
        if _chat_handle(w) or (_KANJI_CHARS.match(w.replace(" ", "")) and " " in w and _pair_score(*w.split(" ", 1))):
            out.append((m.start(g), m.end(g), 0.8))
        elif g == 2 and " " in w and _chat_handle(w.split(" ")[-1]):
            k = m.end(g) - len(w.split(" ")[-1])  # 東海ワークブリッジ 担当 山本: the last word
            out.append((k, m.end(g), 0.8))


@lru_cache(maxsize=20_000)
def _kanji_given(w: str) -> bool:
    """A kanji word of two or three characters that the dictionary knows only as a given name (健太, 美咲): a chat
    speaker between relatives or friends is often named by it."""
    if not 2 <= len(w) <= 3 or _KANJI_CHARS.match(w) is None:
        return False
    pos = nlp.surface_pos(w)
    return bool(pos) and all(p[2] == "人名" for p in pos) and any(p[3] == "名" for p in pos)


@lru_cache(maxsize=20_000)
def _full_speaker(fam: str, giv: str) -> bool:
    """A chat speaker written as a surname, a space and a given name (阿部 ひなた, 森 健太, 林 キヨ)."""
    if not 1 <= len(fam) <= 4 or not _bare_surname(fam, 0) or (len(fam) == 1 and fam not in _listed()):
        return False
    if "\u3041" <= giv[0] <= "\u3096":
        return _hira_given(giv) or nlp.can_be(giv, "名詞", "固有名詞", "人名", "名") or (
            # (the speaker column makes a hiragana noun after a surname a given name: 上田 こころ)
            3 <= len(giv) <= 4 and _HIRA_GIVEN.match(giv) is not None and giv not in _NOT_HIRA_GIVEN
            and _bare_surname(fam, 1) and len(toks := nlp.tokenize(giv)) == 1 and toks[0][3][0] == "名詞")
    if _is_kata_char(giv[0]):
        return giv in _names().given_kana or nlp.can_be(giv, "名詞", "固有名詞", "人名", "名")
    return nlp.can_be(giv, "名詞", "固有名詞", "人名", "名") or (
        # (the speaker column makes a short kanji word after a surname a given name: 前田 零, 山本 幹)
        len(giv) <= 2 and _KANJI_CHARS.match(giv) is not None and not _surname(giv)
        and not nlp.can_be(giv, "名詞", "普通名詞", "サ変可能") and _bare_surname(fam, 1)
    )


_PROP_AFTER_OK = re.compile(rf"(?:{_HONORIFIC.pattern}|{_TITLES}|[^{_K}{_KATA}])")


def _bank_kana_forms(t: str, cands: list) -> None:
    """A found katakana name with small kana (クスミ リョウスケ) is a name where a listing writes it in bank kana, as a
    cell of its own (ｸｽﾐ ﾘﾖｳｽｹ in the account-holder column)."""
    seen = set()
    for k in range(len(cands)):
        s, e, _ = cands[k]
        if not "\u30a1" <= t[s] <= "\u30fa" or e - s > 24:
            continue
        name = t[s:e]
        big = name.translate(_BIG_KANA)
        if big == name or big in seen or not _KANA_NAME_CHARS.match(name):
            continue
        seen.add(big)
        i = t.find(big)
        while i >= 0:
            j = i + len(big)
            if (i == 0 or t[i - 1] in _CELL_EDGE or t[i - 1] == " ") and (
                j == len(t) or t[j] in _CELL_EDGE or t[j] == " "
            ):
                cands.append((i, j, 0.75))
            i = t.find(big, j)


_KANA_NAME_CHARS = re.compile(rf"^[{_KATA}]+(?:[ ・][{_KATA}]+){{1,3}}$")


# two or three surnames joined by ・ (村井・岡部で, 指定医 竹内・溝口, （金子・小山）): staff named together in a memo
_SURNAME_LIST = re.compile(
    rf"(?<![{_K}{_KATA}・])([{_K}]{{2,3}})・([{_K}]{{2,3}})(?:・([{_K}]{{2,3}}))?(?![{_K}{_KATA}・])")
# (its first ・ is 2 or 3 characters after a match's start: led by a lookbehind, the pattern is tried only there,
# through `matches_before` with this hint)
_SURNAME_LIST_HINT = re.compile("・")
_LIST_ROLE_BEFORE = re.compile(r"(?:指定医|監査|担当|同行|記者|出席|欠席|確認|記録|作成|対応|立会|面接官|講師|当番)[者:： ]{0,2}\Z")


# a Latin-script name and its katakana reading in brackets right after it (Ahmad FAUZI（アフマド・ファウジ）, Fernandes
# Lucas（フェルナンデス ルーカス）, LI WEI（リ ウェイ）): each word of the reading starts with the sound of its word
_LATIN_WITH_KANA = re.compile(
    rf"([A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+){{1,3}})[ ]?[(（]([{_KATA}]{{1,10}}(?:[ ・][{_KATA}]{{1,10}}){{1,3}})"
    rf"(?=[)）/／、,]| [{_K}{_KATA}])")
_SOUND_CLASS = str.maketrans("lvfzcqx", "rbhjkks")


def _sounds_alike(latin: str, kana: str) -> bool:
    a = latin.lower()[:1].translate(_SOUND_CLASS)
    r = _kana_to_romaji(kana)[:1].translate(_SOUND_CLASS)
    return bool(a) and a == r


def _latin_with_kana(t: str, out: list) -> None:
    for m in _LATIN_WITH_KANA.finditer(t):  # (led by a capital: a fast scan; the word boundary checked here)
        if m.start() and t[m.start() - 1].isascii() and t[m.start() - 1].isalpha():
            continue
        words = m.group(1).split(" ")
        kana = re.split("[ ・]", m.group(2))
        if len(words) != len(kana) or any(_flags(w, _names()) & _X_FLAG for w in words):
            continue  # (Tokyo Station, Grand Hotel: stop words and places)
        if all(map(_sounds_alike, words, kana)) or all(map(_sounds_alike, words, reversed(kana))):
            out.append((m.start(1), m.end(1), 0.8))
            out.append((m.start(2), m.end(2), 0.8))


# parents named by surname with their child's given name in brackets, two or more joined (duty rosters: 高橋（蓮）・
# 森（大翔）, 岡田（悠人）、金子（颯太）), and a staff surname written onto 担当 in brackets (（担当野口）)
_PARENT_CHILD = re.compile(rf"(?<![{_K}{_KATA}])([{_K}]{{1,3}})[（(]([{_K}]{{1,3}}|[{_HIRA}]{{2,4}})[)）]")
# (… or two cells of a table's row: | 桜井（颯真） | 五十嵐（莉子） |)
_PAIR_JOIN = re.compile(r"[ ]?[・、,][ ]?|[ \t]*[|｜][ \t]*")
_STAFF_IN_BRACKETS = re.compile(rf"[（(]担当[ ]?([{_K}]{{1,4}})[)）]")


_OPEN_BRACKET = re.compile(r"[（(]")


def _parent_child_pairs(t: str, out: list) -> None:
    # (led by a lookbehind, the pattern is tried only up to 3 characters before a bracket: `matches_before`)
    ms = list(matches_before(_PARENT_CHILD, t, _OPEN_BRACKET, 3))
    for k, m in enumerate(ms):
        joined = (k and _PAIR_JOIN.fullmatch(t, ms[k - 1].end(), m.start())) or (
            k + 1 < len(ms) and _PAIR_JOIN.fullmatch(t, m.end(), ms[k + 1].start()))
        if not joined:
            continue
        fam, giv = m.group(1), m.group(2)
        if _bare_surname(fam, 1) and (_known_given(giv) or _hira_given(giv) or _name_kanji_given(giv)):
            out.append((m.start(1), m.end(1), 0.75))
            out.append((m.start(2), m.end(2), 0.75))


def _staff_in_brackets(t: str, out: list) -> None:
    for m in _STAFF_IN_BRACKETS.finditer(t):
        if _bare_surname(m.group(1), 1):
            out.append((m.start(1), m.end(1), 0.75))


# a staff role, or a team, with its people's surnames in brackets after it (職員（吉永）, 班：T-2（西岡・斎藤）)
_ROLE_THEN_BRACKET = re.compile(rf"(?:職員|係員|スタッフ|受付者?|記録者|対応者|担当者|班[ \t]*[:：][^\n（(]{{0,10}}"
                                rf"|担当(?:看護師|保健師|医師|講師|コーチ|トレーナー|インストラクター|ドライバー|スタイリスト|ケアマネ))[（(]"
                                rf"([{_K}]{{1,4}}(?:[・、，,][{_K}]{{1,4}}){{0,3}})[)）]")


def _role_then_bracket(t: str, out: list) -> None:
    for m in _ROLE_THEN_BRACKET.finditer(t):
        parts, pos = [], m.start(1)
        for part in _ATTENDEE_SEP.split(m.group(1)):
            parts.append((pos, pos + len(part), part))
            pos += len(part) + 1
        if all(_bare_surname(p, 1) for _, _, p in parts):
            out.extend((a, b, 0.75) for a, b, _ in parts)


# an attendance line of minutes, the people in brackets after their organisation (出席：国際交流協会（小野寺、佐々木）、
# 市福祉課（岡本）、保健センター（保健師 矢島）), the line going on while the next lines are indented
_ATTENDANCE = re.compile(r"(?:出席者?|参加者|欠席者?|同席者?|陪席)[ \t]*[:：][^\n]*(?:\n[ \t\u3000]+[^\n]*)*")
_ATTENDANCE_HINT = re.compile(r"出席|参加者|欠席|同席|陪席")
_BRACKETED = re.compile(r"[(（]([^()（）\n]{1,30})[)）]")
_ATTENDEE_SEP = re.compile(r"[、・,，]")


def _attendance_brackets(t: str, out: list) -> None:
    name_ends = None  # (where the names found so far end: a bracket right after a person is a note on them)
    for line in _ATTENDANCE.finditer(t):
        for b in _BRACKETED.finditer(t, line.start(), line.end()):
            pos = b.start(1)
            if _sites_bracket(t, b.start()):
                continue
            if name_ends is None:
                name_ends = {e for _, e, _ in out}
            if b.start() in name_ends:
                continue  # 出席：木下（本町）、宮田（金沢本町）: each one's branch, not more people
            parts = _ATTENDEE_SEP.split(b.group(1))
            if _site_list(t, b.start(), parts):
                continue
            for part in parts:
                p0 = pos
                pos += len(part) + 1
                piece = part.strip()
                if " " in piece:
                    head, piece = piece.rsplit(" ", 1)
                    if head not in _ROLE_WORDS and not _TITLE.fullmatch(head):
                        continue
                if 1 <= len(piece) <= 4 and _KANJI_CHARS.match(piece) and _bare_surname(piece, 1):
                    s0 = p0 + part.index(piece) if " " not in part else p0 + part.rindex(piece)
                    out.append((s0, s0 + len(piece), 0.75))


def _site_list(t: str, b: int, parts: list[str]) -> bool:
    """Does the bracket at b list sites rather than people (空港カウンター（羽田・伊丹・新千歳・福岡・那覇）): three items or
    more, one of them no surname at all, and a 拠点 just before or most of them places or words as well?"""
    last = [x.strip().rsplit(" ", 1)[-1] for x in parts]
    if len(last) < 3 or all(_bare_surname(w, 0) for w in last):
        return False
    return t.find("拠点", max(0, b - 10), b) >= 0 or sum(1 for w in last if _bare_surname(w, 2)) * 2 < len(last)


@lru_cache(maxsize=1)
def _prefecture_stems() -> frozenset[str]:
    from .address import prefectures  # noqa: PLC0415  (宮城・岩手・福島: a list of prefectures)
    return frozenset(p[:-1] if p[-1] in "都府県" and len(p) > 2 else p for p in prefectures())


# a crew's surnames written with slashes in a table's cell (│岩淵/大槻/ナム/宮下 │, | 保科/金城 |)
# (led by the first name's first character, the test of the one before it after: the regex engine scans for kanji and
# katakana; that a cell starts there is asked of each match, `_cell_start`)
_SLASH_CREW = re.compile(rf"([{_K}{_KATA}](?<![{_K}{_KATA}/].)(?:(?<=[{_K}])[{_K}]{{1,3}}|(?<=[{_KATA}])[{_KATA}]{{1,4}})"
                         rf"(?:[ ]?/[ ]?(?:[{_K}]{{2,4}}|[{_KATA}]{{2,5}})){{1,5}})(?=[ \t]*(?:[│┃|｜\t\n]|$))")


_CREW_SLASH = re.compile("( ?/ ?)")  # (kept in the split: the parts' offsets count it)


def _cell_start(t: str, s: int) -> bool:
    """Does a table cell start at s (after a rule, a tab, two spaces or a line break, with spaces before s)?"""
    k = s
    while k > 0 and t[k - 1] in " \t":
        if t[k - 1] == "\t" or (k >= 2 and t[k - 2] == " " and t[k - 1] == " "):
            return True
        k -= 1
    return k == 0 or t[k - 1] in "│┃|｜\n"


def _slash_crews(t: str, cands: list) -> None:
    for m in _SLASH_CREW.finditer(t):
        if not _cell_start(t, m.start(1)):
            continue
        parts, pos = [], m.start(1)
        for p in _CREW_SLASH.split(m.group(1)):
            if "/" not in p:
                parts.append((pos, pos + len(p), p))
            pos += len(p)
        kanji = [x for x in parts if _is_kanji_char(x[2][0])]
        if len(kanji) < 2 or not all(_bare_surname(p, 0) for _, _, p in kanji) or not any(
                _bare_surname(p, 2) for _, _, p in kanji):
            continue  # (東京/大阪: places; 入金/出金: words; 品川/大井: surnames that are places too)
        for a, b, p in parts:
            if _is_kanji_char(p[0]) or not (_common_word(p) or _kata_loanword(p) or p in _KANA_ROLE):
                cands.append((a, b, 0.7))


def _surname_lists(t: str, cands: list) -> None:
    """Surnames listed with ・ where one of them is a name found elsewhere in the text, or a role word is before."""
    hits = list(matches_before(_SURNAME_LIST, t, _SURNAME_LIST_HINT, 3))
    if not hits:
        return
    known = {t[s:e] for s, e, sc in cands if sc >= 0.7 and e - s <= 4}
    known |= {t[s:e].split(" ", 1)[0] for s, e, sc in cands if sc >= 0.75 and " " in t[s:e]}
    lists = []
    for m in hits:
        parts = [g for g in m.groups() if g]
        if any(p in _prefecture_stems() for p in parts) or not all(_bare_surname(p, 1) for p in parts):
            continue
        lists.append((m, parts))
    # a roster (a shift table, a duty list: 12/1 中川・吉村 … 12/3 加藤・小島): three lists of surnames or more
    roster = len(lists) >= 3
    for m, parts in lists:
        if not (roster or any(p in known for p in parts) or _LIST_ROLE_BEFORE.search(t, max(0, m.start() - 6), m.start())):
            continue
        for k, p in enumerate(parts, 1):
            cands.append((m.start(k), m.end(k), 0.75))


def _propagate_ja(t: str, cands: list) -> None:
    """A Japanese name found with good confidence is a name at its other exact occurrences in the document."""
    seen: set[str] = set()
    once: set[str] = set()  # names found to be Latin or to occur once (several finders find the same name)
    surnames: list[tuple[str, int, int]] = []  # the family names of full names written once (and where they occur)
    found = None  # the spans of the candidates (built when a name first repeats: most documents have none that do)
    for k in range(len(cands)):  # (the candidates found before: those added here are not looked at again)
        s, e, sc = cands[k]
        if sc < 0.75 or e - s < 2 or e - s > 12:
            continue
        name = t[s:e]
        if name in seen or name in once:
            continue
        if name[0].isascii():
            once.add(name)
            continue
        # t[lo:end] holds every place of the name, so it is counted and looked for only there: from its first place to
        # the end of its last, found from the two ends of the text (the two searches read it once, not the whole text
        # each); for a full kanji name, from the first to the last place of its family name (which also tells whether
        # the family name occurs twice)
        sp = name.find(" ")
        fam = name[:sp] if sp >= 2 and _is_kanji_char(name[0]) else ""
        if fam:
            lo, hi = t.find(fam), t.rfind(fam)
            end = hi + len(name)
        else:
            lo, end = t.find(name), t.rfind(name) + len(name)
        if t.count(name, lo, end) < 2:
            once.add(name)
            if fam and hi - lo >= sp:  # (t.count(fam) > 1)
                surnames.append((fam, lo, hi + sp))
            continue
        if found is None:
            found = {(a, b) for a, b, _ in cands}
        seen.add(name)
        if len(seen) > 40:
            break
        kanji = _is_kanji_char(name[0])
        hira = "\u3041" <= name[0] <= "\u3096"
        if not (kanji or hira or _is_kata_char(name[0])):
            continue
        i = t.find(name, lo, end)
        while i >= 0:
            j = i + len(name)
            if (i, j) not in found and _prop_boundary(t, i, j, name, kanji, hira) and not _in_place(t, i, j):
                cands.append((i, j, 0.75))
                found.add((i, j))
            i = t.find(name, i + 1, end)
    if surnames:
        _propagate_surnames(t, cands, surnames)
    if " " in t:
        _propagate_given(t, cands)


# what may follow a bare surname that stands for a full name given earlier (田辺 晴美 … 田辺は、…「田辺」という)
# (or a list's separator, or a title: 浅見/蔦谷, 江藤 → 河野, 浅見支店長)
_SURNAME_AFTER = re.compile(r"(?:は|が|の|も|を|に|と|へ|や|から|より|まで|で(?![\u3040-\u309f]{0,1}[るきく])|」|』|、|。|\)|）|\s|$"
                            r"|[/／,，・→|｜]|" + _TITLE.pattern + ")")


def _propagate_given(t: str, cands: list) -> None:
    """The given name of a full name found in the text (中島 あかり, 西田 結愛) is that person where it stands alone
    (あかりさん, 結愛が昨夜から): notes, chats and letters call people by their given name after naming them once."""
    givens: set[str] = set()
    for s, e, sc in cands:
        if sc < 0.75 or e - s > 10:
            continue
        name = t[s:e]
        sp = name.find(" ")
        if sp < 1 or name.count(" ") != 1 or not _is_kanji_char(name[0]):
            continue
        g = name[sp + 1:]
        if 2 <= len(g) <= 4 and (_KANJI_CHARS.match(g) or _HIRA_GIVEN.match(g)) and g not in _NOT_HIRA_GIVEN:
            givens.add(g)
    if not givens or len(givens) > 20:
        return
    spans = sorted((a, b) for a, b, _ in cands)
    starts = [a for a, _ in spans]
    for g in givens:
        kanji = _is_kanji_char(g[0])
        i = t.find(g)
        while i >= 0:
            j = i + len(g)
            k = bisect_right(starts, i) - 1
            inside = k >= 0 and spans[k][1] > i
            before_ok = i == 0 or not _name_char(t[i - 1]) or (kanji and t[i - 1] in _PARTICLE_BEFORE)
            if not inside and before_ok and not (i >= 2 and t[i - 1] == " " and _name_char(t[i - 2])):
                hon = _HONORIFIC.match(t, j) is not None
                # (… or a speaker in minutes or a chat, at the start of a line or an item: ・恭子：賛成。)
                speaker = (j < len(t) and t[j] in ":：" and (i == 0 or t[i - 1] in "\n・ 　\t-*"))
                if hon or speaker or (kanji and _SURNAME_AFTER.match(t, j)) or (
                        not kanji and (j == len(t) or not _name_char(t[j]))):
                    if not _in_place(t, i, j):
                        cands.append((i, j, 0.75))
            i = t.find(g, j)


# roles written glued to the surname after them (縁ブライダル 担当佐伯, 受付堀江)
_GLUED_ROLES = ("担当", "担任", "受付", "主治医", "係", "支援員", "補助員", "指導員")


def _propagate_surnames(t: str, cands: list, surnames: list[tuple[str, int, int]]) -> None:
    """The family name of a full kanji name (田辺 晴美) is that person where it stands alone later, as legal
    briefs, minutes and memos refer to people (田辺は、…, 甲第11号証・田辺陳述書 is not taken: a word follows).
    `surnames`: (family name, its first place, the end of its last place) as `_propagate_ja` found them."""
    spans = sorted((a, b) for a, b, _ in cands)
    starts = [a for a, _ in spans]
    done: set[str] = set()
    for fam, i, end in surnames:
        if fam in done or len(fam) > 4 or not _surname(fam):
            continue
        done.add(fam)
        while i >= 0:
            j = i + len(fam)
            k = bisect_right(starts, i) - 1
            inside = k >= 0 and spans[k][1] > i
            if not inside and (i == 0 or not _name_char(t[i - 1]) or t[i - 1] in _PARTICLE_BEFORE
                               or t.endswith(_GLUED_ROLES, 0, i)) \
                    and _SURNAME_AFTER.match(t, j) \
                    and not _in_place(t, i, j) and not _firm_after(t, j):
                g = _GIVEN_AFTER.match(t, j)
                if g and _given_after_ok(t, g):
                    j = g.end()  # 村上 陽菜 …、村上 湊斗: another of the family, by the given name after the surname
                    k = bisect_right(starts, j - 1) - 1
                    if k >= 0 and spans[k][1] > i and not (spans[k][0] >= i + len(fam) and spans[k][1] <= j):
                        # (a candidate inside the given name, 湊斗 of 岡田 湊斗, is taken into the full name)
                        i = t.find(fam, j, end)
                        continue
                cands.append((i, j, 0.7))
            i = t.find(fam, j, end)


_FIRM_END = re.compile(r"(?:事務所|法律|会計|特許|会社|病院|医院|クリニック|銀行|工業|商事|商会|センター|支店)$")


def _firm_after(t: str, j: int) -> bool:
    """A list separator after a bare surname joins it to the next partner of a firm's name (佐伯・湊総合法律事務所)."""
    if t[j:j + 1] not in ("・", "/", "／"):
        return False
    k = j + 1
    while k < len(t) and k - j <= 16 and _name_char(t[k]):
        k += 1
    return _FIRM_END.search(t, j + 1, k) is not None


_GIVEN_AFTER = re.compile(
    rf" ([{_K}]{{1,3}}?|[{_HIRA}]{{2,4}}?|[{_KATA}]{{2,4}}|[{_KATA}{_HIRA}]{{1,3}}[子江代枝美恵])"
    rf"(?:(?![{_K}{_HIRA}{_KATA}])|(?=様|さま|さん|ちゃん|くん|君|殿|氏(?!名)))")


_GIVEN_END_KANA = re.compile(rf"[{_KATA}{_HIRA}]{{1,3}}[子江代枝美恵]")  # トシ子, キミ江
# a relation or a birth date in brackets after a name (岡田 蒼（長男 H26.9.3生）)
_KIN_OR_BIRTH = re.compile(r"[(（](?:" + "|".join(_KIN_WORDS) + r"|[^()（）\n]{0,12}[0-9])")


def _given_after_ok(t: str, g: re.Match) -> bool:
    """The word after a bare surname (in `_propagate_surnames`) is a given name of that family."""
    w = g.group(1)
    if _known_given(w) or _hira_given(w) or _GIVEN_END_KANA.fullmatch(w) is not None:
        return True
    if _is_kanji_char(w[0]):
        if _KIN_OR_BIRTH.match(t, g.end()) is not None:
            return True  # 岡田 蒼（長男 H26.9.3生）
        return len(w) >= 2 and not nlp.can_be(w, "名詞", "普通名詞") and _TITLE.match(w) is None
    return nlp.can_be(w, "名詞", "固有名詞", "人名") or not nlp.can_be(w, "名詞", "普通名詞")  # (トメ, ハル)


_PART_CUE = re.compile(r"(?:様|さま|さん|くん|ちゃん|です|でございます|と申します)")
_KANA_WORD_SEP = re.compile(r"[ ・]")


def _kana_parts(t: str, cands: list) -> None:
    """The first or last word of a found katakana name (グエン ヴァン ハイ) stands for that person elsewhere in the
    document when a honorific or a self-introduction follows it (ハイ様, こんばんは、ハイです): foreigners are called
    by a given name that is often an ordinary word (ハイ, ラン), which alone proves nothing."""
    parts: set[str] = set()
    for s, e, sc in cands:
        if sc >= 0.75 and ("\u30a1" <= t[s] <= "\u30fa" or t[s] == "ー") and e - s <= 24 and (
                " " in t[s:e] or "・" in t[s:e]):
            words = _KANA_WORD_SEP.split(t[s:e])
            parts.update(w for w in (words[0], words[-1]) if len(w) >= 2 and _KATA_CHARS.match(w))
    if not parts or len(parts) > 20:
        return
    found = {(s, e) for s, e, _ in cands}
    for w in parts:
        i = t.find(w)
        while i >= 0:
            j = i + len(w)
            if ((i, j) not in found and (i == 0 or not _is_kata_char(t[i - 1]) and t[i - 1] not in "・ ")
                    and _PART_CUE.match(t, j)):
                cands.append((i, j, 0.75))
                found.add((i, j))
            i = t.find(w, j)


_PROP_STOP = re.compile(r"(?:駅|町|市|区|村|郡|県|店|ビル|クリニック|病院|医院|寮|荘|館|線|通り|通|橋|川|山|工業|産業|商事|建設|不動産|株式会社|社|邸|家)")


# the particles that may stand right before a kanji name found elsewhere in the text (弊社SEの石原と, 11月からは佐々木が)
_PARTICLE_BEFORE = frozenset("のはがをにとでもへや")


def _prop_boundary(t: str, i: int, j: int, name: str, kanji: bool, hira: bool) -> bool:
    if i > 0:
        p = t[i - 1]
        if (_name_char(p) and not (kanji and p in _PARTICLE_BEFORE)) or (p.isascii() and p.isalnum()):
            return False
    if j < len(t):
        n = t[j]
        if _PROP_STOP.match(t, j):
            return False
        if hira:
            return not _name_char(n) or bool(_HONORIFIC.match(t, j))
        if _is_kanji_char(n) or _is_kata_char(n):
            return bool(_HONORIFIC.match(t, j) or _TITLE.match(t, j))
        if n.isascii() and n.isalnum():
            return False
    return True
