"""Structured data: classify table columns from their header and the share of sampled values that match.

A column (database column, CSV/XLSX column, JSON key) gets a verdict from two pieces of evidence: its header
(`classify_header`: Japanese and English, snake/camel case — 氏名, フリガナ, customer_email, tel_no, birthDate …)
and the share of its non-empty sampled cells that are, on their own, a value of the type (`VALUE_CHECKS`:
checksums, formats, calendar dates, name and address shapes). A header alone is not enough when values
exist (a `name` column of product names is not PERSON), and values alone are enough only for self-evident
types (a column of e-mail addresses or Luhn-valid card numbers). Headers of order, product, price or
tracking columns suppress number-shaped identifiers in their cells. `analyze_table` returns the cell
entities found by the free-text engine plus whole-cell entities for cells of a confidently typed column
(e.g. 佐藤 花子 in a 氏名 column), offsets into str(cell); `classify_schema` works from names, types and
comments alone for empty tables, with lower confidence.

Some headers name a narrower family with its own value check (`value_check`): a surname or given-name column
(姓, メイ, sei, lastName) holds single kanji and short kana; an address-line-2 column (住所2, 建物名, line2) holds
a building and room (中日ビル9階); a 血圧 column states a condition only when the reading is high. Some need the
other columns of the table (`contextual_matches`): bare 記号 / 番号 are a health-insurance card's fields beside an
insurance column, and special-care columns such as アレルギー, 判定, 所見 or 休職事由 count only in a table about
persons (a 判定 column of an inspection sheet is not a health record). 保険者番号 (an insurer's number) is not PI.
An address split over columns (都道府県 | 市区町村 | 町域 | 番地 | 建物名, Mailing City / Mailing State, pref / city /
street) gives an address in each part, but a prefecture or city column alone (配送先都道府県 of an order summary,
a statistics table) does not. Date columns of events (異動日, 入社年月日, created_at) are negative: their dates are
no birth dates. A person's role before a name word names a name column (児童名, 購入者カナ, 送り先名, billing_name,
guest_name; 被保険者氏名 is the insured's name, not the card); beside a role's surname column (児童姓), its 名
column holds the given name; honorific and relationship columns (連名1敬称, 続柄) are no name columns. The finding
and judgement columns of a health check (所見, 判定) record a result even when it is 異常なし or A.
"""

from __future__ import annotations

import bisect
import ipaddress
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Callable, Sequence

from . import data
from .context import PREFECTURES, PREFECTURES_ROMAJI
from .credit_card import is_valid_card
from .date_of_birth import is_birth_date_value
from .health_insurance import SCHEMES as HEALTH_SCHEMES
from .base import digits_of
from .email import stand_in_address
from .my_number import is_valid_my_number
from .passport import other_passport_shape
from .normalize import normalize, normalized_text
from .phone import _foreign_valid, _intl_possible, _jp_valid, wrong_length_0x0
from .resident_code import is_valid_resident_code

if TYPE_CHECKING:  # pragma: no cover
    from .engine import ColumnVerdict, Engine, TableAnalysis

__all__ = ["HeaderMatch", "NOT_PERSONAL", "classify_header", "contextual_matches", "value_check", "analyze_table", "classify_schema",
           "VALUE_CHECKS"]

MAX_SAMPLE = 500  # cells per column used for value shares
_CELL_SEP = "\n\n"


# ----------------------------------------------------------------------------------------------- headers
@dataclass(frozen=True)
class HeaderMatch:
    pii_type: str | None  # None: no PI type recognised
    confidence: float
    negative: bool = False  # an order/product/price/tracking column: numbers in it are not identifiers
    # a narrower family within the type, which changes the value check or needs neighbouring columns
    # (see `value_check` and `contextual_matches`): "name_part" (姓, 名, セイ, first/last name), "name_part_ja"
    # (family/given: Japanese script only), "line2" (住所2, 建物名, address line 2), "bp" (血圧), "bp1" (収縮期血圧: one half), "scp"
    # (needs a person column: アレルギー, 内服), "scm" (needs a person and another medical column: 判定, 所見),
    # "sct" (needs a person column and a condition word in the value: 休職事由, 障害)
    kind: str = ""


_CAMEL = re.compile(r"([a-z0-9])([A-Z])")
_SPLIT = re.compile(r"[^0-9a-z\u3040-\u30ff\u3400-\u9fff々〒]+")

# (type, confidence, Japanese substrings, English tokens, English compounds (substring of the joined tokens))
_RULES: tuple[tuple[str, float, tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    ("IP_ADDRESS", 0.9, ("ipアドレス", "接続元ip", "ip"), ("ip", "ipaddr", "ipv4", "ipv6"),
     ("ipaddress", "ipaddr", "clientip", "remoteip", "sourceip", "srcip", "remoteaddr", "remotehost")),
    ("EMAIL_ADDRESS", 0.9, ("メール", "eメール", "mail", "이메일"), ("email", "mail", "mailaddress", "emailaddress"),
     ("email", "mailaddr", "mailto")),
    ("JP_MY_NUMBER", 0.95, ("マイナンバー", "個人番号"), ("mynumber",), ("mynumber", "kojinbango", "individualnumber")),
    ("JP_RESIDENT_CODE", 0.9, ("住民票コード", "住民票", "住基"), (), ("residentcode", "juminhyo", "jumin", "jukicode", "jukino")),
    ("JP_DRIVERS_LICENSE", 0.9, ("免許",), (), ("driverslicense", "driverlicense", "drivinglicen", "licenseno",
                                                 "licensenumber", "licenceno", "licencenumber", "menkyo")),
    ("JP_PASSPORT", 0.9, ("パスポート", "旅券", "護照", "护照", "여권"), ("passport",), ("passport", "hochieu")),
    ("JP_HEALTH_INSURANCE", 0.85, ("保険証", "被保険者", "保険者番号", "健康保険", "保険記号", "保険番号", "健保記号", "健保番号", "健保証",
                                  "国保記号", "国保番号", "被保番", "被保記号"), (),
     ("insuranceno", "insurancenumber", "insurancecard", "insuranceid", "insurancesymbol", "hokensho", "hihokensha",
      "kenpokigo", "kenpobango", "kenpono", "healthinsurance", "hokenkigo", "hokenbango", "hokenshokigo",
      "hokenshobango", "kokuhokigo", "kokuhobango", "kenpokigou", "hihokenshoban", "insurancekigo", "insurancebango",
      "insurancesymbol",
      # the insured's number (insured_no, ltc_insured_no for 介護保険, InsuredCardSymbol of the eligibility check)
      "insuredno", "insurednum", "insuredcard", "insuredid", "insuredsymbol", "kaigohokenno", "kaigohokenbango",
      "insuredkigo", "insuredbango", "insuredkigou", "insuredbangou",
      # JP Core FHIR's Coverage extensions (JP_Coverage_InsuredPersonSymbol, …Number, …SubNumber)
      "insuredpersonsymbol", "insuredpersonnumber", "insuredpersonsubnumber")),
    ("JP_BANK_ACCOUNT", 0.9, ("口座番号", "口座"), ("iban",), ("accountnumber", "accountno", "bankaccount", "acctno", "acctnum",
                                                     "kouza", "koza", "kontonummer", "bankverbindung")),
    # a bare `account` (a transaction-monitoring export: account, cp_account): an account only when most of its
    # values are account numbers (a login's account column is no bank's)
    ("JP_BANK_ACCOUNT", 0.7, (), ("account", "acct"), ("cpaccount", "counterpartyaccount", "payeeaccount")),
    ("CREDIT_CARD", 0.9, ("クレジット", "カード番号"), ("pan",), ("cardnumber", "cardno", "creditcard", "ccnumber", "ccnum",
                                                           "cardnum")),
    # (Chinese, Korean and Vietnamese headers too, as foreign residents' forms and agents' lists write them: 出生日期,
    # 电话/手机, 地址/住址, 邮编; 생년월일, 여권번호, 휴대폰, 주소; Ngày sinh, Số điện thoại, Địa chỉ, Số hộ chiếu — read
    # without their diacritics)
    ("DATE_OF_BIRTH", 0.95, ("生年月日", "誕生日", "生年", "出生日", "出生年月日", "생년월일", "생일", "セイネン"), ("dob", "birthday", "birth", "birthdate", "born", "seinen", "seinenbi", "ymd_birth"),
     ("birth", "dateofbirth", "birthday", "seinengappi", "ngaysinh",
      # (German, French, Spanish, Portuguese: Geburtsdatum, date de naissance, fecha de nacimiento, data de nascimento)
      "geburtsdatum", "gebdatum", "geburtstag", "datedenaissance", "fechadenacimiento", "datadenascimento")),
    ("POSTAL_CODE", 0.95, ("郵便番号", "〒", "郵便", "邮编", "邮政编码", "우편번호"), ("zip", "zipcode", "postal", "postcode", "postalcode", "plz"),
     ("zipcode", "postalcode", "postcode", "yubin", "postleitzahl", "codepostal", "codigopostal")),
    ("PHONE_NUMBER", 0.9, ("電話", "携帯", "tel", "fax", "ファックス", "内線", "电话", "手机", "手機", "휴대폰", "핸드폰",
                           "전화"),
     # (a telephony export's caller: ani, msisdn, caller_id)
     ("tel", "phone", "mobile", "fax", "telephone", "cell", "cellphone", "telno", "phoneno", "tel1", "tel2", "ani",
      "msisdn"),
     ("phone", "telno", "telnum", "telephone", "mobileno", "mobilenum", "faxno", "contactnumber", "denwa", "keitai",
      "msisdn", "callerid", "callernumber", "callingnumber", "callingno", "calledno", "callednumber", "anumber",
      "bnumber", "callee", "calleeno", "dialednumber", "dialedno",
      "dienthoai", "telefon", "telefono", "telefone", "rufnummer", "handynummer", "mobilnummer")),
    ("ADDRESS", 0.9, ("住所", "所在地", "番地", "送付先", "届け先", "配送先", "居所", "地址", "住址", "주소"),
     ("address", "addr", "street", "address1", "address2", "addressline", "addressline1"),
     ("address", "street", "jusho", "juusho", "diachi", "anschrift", "adresse", "strasse", "wohnort", "direccion",
      "endereco", "domicile", "straße")),
)

_PERSON_JA_STRONG = ("氏名", "フリガナ", "ふりがな", "お名前", "名前", "連名")
_PERSON_JA_EXACT = ("姓", "名", "姓名", "セイ", "メイ", "かな", "カナ", "せい", "めい", "みょうじ", "苗字", "名字", "kana", "yomi",
                    "カタカナ", "カタカナ表記", "カタカナ氏名", "氏名カタカナ",  # (a foreign name's katakana beside it)
                    "なまえ", "おなまえ",  # (a children's list written in hiragana)
                    "旧姓", "旧氏", "旧姓名",  # (an alumni list's maiden names)
                    "yomigana", "よみ", "読み", "よみがな", "読み仮名", "読みがな", "ヨミ",
                    # a name's romanisation beside it (姓名 | 拼音, 氏名 | ローマ字, 英文姓名)
                    "拼音", "ローマ字", "英字", "英文姓名", "英文名", "英字名",
                    # … or in Chinese characters beside a passport's romanisation (Name (Passport) | 中文名)
                    "中文名", "中文姓名", "漢字名", "漢字氏名", "漢字表記",
                    # … or in Hangul (氏名(英) | 한글 | 漢字)
                    "한글", "이름", "성명", "한글이름", "한글 이름", "한글성명",
                    # … or in the applicant's own script (Name (passport) | नाम, Name | ชื่อ, Name | အမည်)
                    "नाम", "नाम थर", "पुरा नाम", "ชื่อ", "ชื่อ-นามสกุล", "ชื่อ นามสกุล", "အမည်", "নাম", "ឈ្មោះ", "الاسم", "اسم")
_PERSON_JA_ROLES = ("お迎え者", "迎え者", "引取者", "引き取り者", "送迎者", "担当者", "代表者", "申込者", "契約者", "受取人", "依頼人", "依頼者", "差出人", "送り主", "保護者",
                    "応募者", "候補者", "利用者", "購入者", "注文者", "患者", "顧客", "社員", "従業員", "会員", "本人",
                    "家族", "学生", "生徒", "講師", "医師", "作成者", "承認者", "担当", "連絡者", "紹介者", "同居人",
                    "確認者", "点検者", "受付者", "対応者", "記入者", "入力者", "決裁者", "面接官", "運転者",
                    # a counter's or a desk's log: who received, handled or checked it (受付 | 原, 担当SV | 宮城)
                    "受付", "確認", "点検", "検印", "担当SV", "担当CS", "担当OP", "担当オペ",
                    # the people of a register or an order (児童姓 | 児童名, 世帯主, 送り先名, 購入者カナ)
                    "児童", "園児", "幼児", "世帯主", "被保険者", "受給者", "入居者", "入所者", "宿泊者", "参加者", "受講者",
                    "受診者", "請求者", "申請者", "届出人", "配偶者", "扶養者", "相手方", "加入者", "組合員", "職員",
                    "区分所有者", "所有者", "居住者",
                    "送り先", "お届け先", "届け先", "届先", "配送先", "送付先", "宛先", "請求先", "依頼主", "荷受人", "乗客",
                    "旅客", "出席者", "会員様", "お客様",
                    # the staff columns of a sales, press or service listing (当社担当 | 森本, 同行 | 石原)
                    "当社担当", "弊社担当", "自社担当", "社内担当", "営業担当", "担当営業", "担当記者", "同行者", "同行",
                    # the other people of a log (通訳者 | 劉 静, 相談者, 付添者, 発見者)
                    "通訳者", "通訳", "翻訳者", "相談者", "訪問者", "面会者", "付添者", "付添人", "介助者", "引受人", "身元引受人",
                    "同伴者", "執筆者", "著者", "撮影者", "講演者", "登壇者", "発表者", "司会者", "指導者", "監督者", "責任者",
                    "当番者", "運転手", "作業者", "検査者", "評価者", "面接者", "審査者", "署名者", "申出者", "届出者", "通報者",
                    "発見者", "目撃者", "被害者", "加害者",
                    # the staff columns of salons, clubs and clinics (スタイリスト | 早瀬, 主担当 | 大西, コーチ | 樋口)
                    "スタイリスト", "担当スタイリスト", "指名スタイリスト", "アシスタント", "主担当", "副担当", "施術者",
                    "施術担当", "セラピスト", "ネイリスト", "アイリスト", "トレーナー", "担当トレーナー", "コーチ",
                    "担当コーチ", "インストラクター", "担当インストラクター", "監督", "担任", "担当医", "主治医",
                    "本人確認者",
                    # the people of a team sheet, a prize list, a programme or a crew list (選手名, 当選者, 出演者)
                    "選手", "当選者", "受賞者", "入賞者", "出演者", "出場者", "演奏者", "使用者", "乗員", "船員", "乗務員",
                    "引率者", "留学生", "研修生", "実習生",
                    # the staff columns of a ward list, an operating schedule or a diet order (担当Ns | 西尾, 術者 | 宇佐美)
                    "担当看護師", "担当ns", "受持ち", "受け持ち", "受持看護師", "術者", "執刀医", "助手", "第一助手",
                    "麻酔医", "麻酔科医", "麻酔科", "器械出し", "外回り", "指示医", "依頼医", "担当栄養士", "栄養士",
                    "担当薬剤師", "担当技師", "担当pt", "担当ot", "担当st", "担当msw",
                    # a welfare office's or a vet's staff (担当CW | 須藤, 担当福祉司, 獣医師 | 和田)
                    "担当cw", "担当sw", "担当psw", "担当cm", "ケースワーカー", "担当ケースワーカー", "児童福祉司", "担当福祉司",
                    "担当相談員", "相談員", "獣医師", "担当獣医師", "担当獣医", "担当crc", "担当cra", "crc", "cra",
                    # a dental clinic's book (担当Dr | 潮見, 担当DH | 村瀬, 担当DA, 担当TC)
                    "担当dr", "担当dh", "担当da", "担当tc", "担当歯科医", "担当歯科衛生士", "歯科衛生士",
                    # a driving school's instructors and examiners (担当指導員 | 岸本, 検定員 | 長谷部)
                    "指導員", "担当指導員", "検定員", "教官", "担当教官",
                    # who took out, lent, returned or received a key or an item (持出者 | 小林, 返却者, 受領者)
                    "持出者", "持出し者", "持ち出し者", "貸出者", "返却者", "受領者", "受取者", "回収者", "記録者", "立会者",
                    "立会人", "立会", "立ち会い", "同席者",
                    # who handled a case before or now (前回担当 | 宮城, 最終対応者)
                    "前回担当", "今回担当", "次回担当", "最終担当", "前任担当", "対応担当", "受付担当",
                    # a crew named by its leader (班 | 岩淵, 担当班 | 保科: a clear-out's or a mover's work schedule)
                    "班", "担当班", "作業班",
                    # a law or accounting office's staff columns (担当弁護士 | 三浦, 担当事務 | 野口)
                    "担当弁護士", "弁護士", "担当事務", "事務担当", "担当税理士", "税理士", "担当司法書士", "司法書士",
                    "担当社労士", "社労士", "担当行政書士", "行政書士",
                    # whom a support log or an interview list is about (対象者 | グエン ヴァン クオン)
                    "対象者", "支援対象者", "被面談者",
                    # the name a team's uniform carries on its back (背ネーム(ローマ字) | SUZUKI.Y)
                    "背ネーム")
# (the roles by their first character: a header can only start with the roles starting with its first character)
_ROLES_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _r in _PERSON_JA_ROLES:
    _ROLES_BY_FIRST[_r[0]] = _ROLES_BY_FIRST.get(_r[0], ()) + (_r,)
del _r
# what may follow a role in a name column's header (購入者カナ, 受給者フリガナ, 被保険者氏名漢字)
_ROLE_NAME_TAIL = re.compile(r"(?:氏名|名前|姓名|名|姓|セイ|メイ)?(?:漢字|カナ|かな|フリガナ|ふりがな|ローマ字|英字|読み)?")
_ROLE_PART_TAIL = re.compile(r"(?:姓|セイ|せい|苗字|名字)(?:漢字|カナ|かな|フリガナ|ふりがな|ローマ字|英字)?")
_PERSON_EN_QUAL = ("first", "last", "family", "given", "full", "middle", "sur", "customer", "contact", "person",
                   "employee", "member", "patient", "applicant", "candidate", "holder", "recipient", "sender",
                   "kana", "furigana", "romaji", "staff", "user", "client", "owner", "parent", "guardian", "emergency",
                   "shimei", "namae", "sei", "mei", "kanji", "roman", "roma", "latin", "alphabet", "en", "ja", "jp", "eng",
                   # the parties of an order or a booking (billing_name, Shipping Name, buyer-name, guest_name)
                   "billing", "bill", "shipping", "ship", "buyer", "purchaser", "orderer", "guest", "passenger",
                   "traveler", "traveller", "insured", "payer", "consignee", "addressee",
                   # the forms of a person's name in HR systems (Preferred_Name, Legal_Name_First, Local Name)
                   "preferred", "legal", "local", "native", "birth", "maiden", "display", "passport",
                   # relatives and other parties of a file (Father's name, spouse_name, student name, tenant name)
                   "father", "mother", "spouse", "husband", "wife", "son", "daughter", "child", "sibling",
                   "beneficiary", "student", "pupil", "tenant", "driver", "witness", "referee", "nominee")
_PERSON_EN_COMPOUND = ("firstname", "lastname", "fullname", "surname", "familyname", "givenname", "middlename",
                       "furigana", "kananame", "namekana", "namekatakana", "katakananame", "shimei", "namae", "customername",
                       "contactname",
                       # romanised Japanese keys of in-house systems (kokyaku_mei, shain_mei, kanja_mei, riyosha_mei)
                       "hogosha", "hogoshamei", "hogoshashimei", "kokyakumei", "kokyakushimei", "shainmei", "shainshimei", "kanjamei", "kanjashimei", "riyoshamei",
                       "riyoushamei", "keiyakushamei", "kaiinmei", "kaiinshimei", "juchushamei", "moushikomishamei",
                       "preferredname", "displayname", "knownas", "nickname", "legalname",
                       "hovaten", "hoten",  # (Vietnamese: Họ và tên, Họ tên)
                       # (German, French, Spanish and Portuguese HR systems: Nachname, Vorname, prénom, apellido)
                       "nachname", "vorname", "familienname", "prenom", "apellido", "sobrenome")
_PERSON_EN_ROLES = frozenset(("assignee", "reporter", "requester", "requestor", "approver", "reviewer", "creator",
                              "author", "assigned", "owner", "recipient", "sender", "signer", "guarantor",
                              # the people a register lists (student | Hana Suzuki, guest | 田村 ケン)
                              "student", "pupil", "patient", "guest", "candidate", "applicant", "employee", "passenger",
                              "attendee", "participant", "tenant", "resident", "insured", "beneficiary", "traveller",
                              "traveler", "visitor", "nominee",
                              # the staff a booking or a lesson names (stylist | サキ, nailist, coach, instructor)
                              "stylist", "nailist", "therapist", "esthetician", "technician", "instructor", "coach",
                              "trainer", "teacher", "tutor", "caregiver", "nurse", "doctor", "physician", "interpreter",
                              # a clinical trial's coordinators and monitors (crc | 小野寺, CRA)
                              "crc", "cra",
                              # who handled a record at a counter or a desk (handled_by | 荻原, clerk, caseworker)
                              "handled", "handler", "staff", "clerk", "operator", "checked", "processed", "entered",
                              "interviewer", "inspector", "counselor", "counsellor", "caseworker"))
_NON_PERSON_JA = ("会社", "法人", "商品", "品名", "店舗", "店名", "部署", "件名", "団体", "製品", "ファイル", "銀行名",
                  "支店名", "施設", "学校", "病院名", "建物", "物件", "地名", "駅名", "プロジェクト", "サービス", "名称",
                  "ブランド", "科目", "商号", "屋号", "機種", "型式", "アカウント名", "ユーザー名", "ホスト", "ドメイン",
                  "都道府県", "市区町村", "組織", "取引先名", "メーカー", "役職", "拠点", "チーム", "グループ", "イベント",
                  # what a name column's neighbours hold about the person: 連名1敬称 (様, くん), 続柄, 性別
                  "敬称", "続柄", "性別", "年齢", "職業", "肩書")
_NON_PERSON_EN = ("product", "item", "company", "file", "filename", "host", "hostname", "domain", "table", "column",
                  "bank", "branch", "shop", "store", "brand", "project", "service", "category", "city", "country",
                  "street", "building", "model", "app", "device", "org", "organization", "organisation", "dept",
                  "department", "team", "group", "event", "course", "school", "business", "corp", "vendor",
                  "supplier", "partner", "account", "screen", "display", "nick", "nickname", "login", "role", "tag",
                  "field", "sheet", "plan", "campaign", "site", "region", "prefecture", "ward", "town", "station")
_NEGATIVE_JA = ("注文", "請求", "伝票", "追跡", "品番", "型番", "商品", "製品", "法人番号", "価格", "金額", "合計", "数量",
                "単価", "在庫", "シリアル", "管理番号", "受付番号", "予約番号", "問い合わせ番号", "問合せ番号", "送り状",
                "売上", "税", "ロット", "バージョン", "社員番号", "会員番号", "顧客番号", "登録番号", "ファーム",
                # a utility's or a service's own account numbers (お客さま番号 0312-558-904 is shaped like a phone number)
                "お客さま番号", "お客様番号", "需要家番号", "契約番号", "供給地点")
# a date column of an event (異動日, 入社年月日, 発行日, created_at, opened_on): its dates are no birth dates, whatever
# the row says beside them (出生 | 2024-10-04 is the day a birth was registered)
_EVENT_DATE_WORDS = ("異動", "入社", "退社", "退職", "入学", "卒業", "発行", "交付", "取得", "喪失", "届出", "受付", "契約", "登録",
                     "更新", "作成", "申込", "来院", "受診", "入院", "退院", "死亡", "転入", "転出", "転居", "開始", "終了", "解約",
                     "処理", "入金", "出荷", "発送", "注文", "受注", "予約", "提出", "記入", "変更")
# (one alternative per word, each starting with its literal: a fast scan)
_EVENT_DATE_JA = re.compile("|".join(w + "(?:年月日|日付|日時|日)$" for w in _EVENT_DATE_WORDS))
_EVENT_DATE_EN = re.compile(r"^(?:created|updated|modified|opened|closed|issued|expires?|expiry|ordered|registered|"
                            r"joined|hired|shipped|paid|submitted|received)(?:at|on|date|time)?$")
_NEGATIVE_EN = ("order", "invoice", "tracking", "sku", "product", "item", "price", "amount", "total", "qty",
                "quantity", "version", "corporate", "serial", "jan", "isbn", "lot", "sales", "tax", "cost", "count",
                "stock", "inventory", "shipment", "parcel", "ticket", "reservation", "booking", "firmware", "fw")


_ACCENTED = re.compile("[\u00c0-\u024f\u1e00-\u1eff]")


# letters NFD does not take apart (Đ, ı, ł, ø …): their plain forms, of the same length (a name keeps its shape)
_PLAIN_LETTERS = str.maketrans("đĐıłŁøØħĦ", "dDilLoOhH")


def _without_accents(s: str) -> str:
    """Latin letters without their diacritics (Ngày sinh → Ngay sinh, Địa chỉ → Dia chi, Yılmaz → Yilmaz)."""
    s = s.translate(_PLAIN_LETTERS)
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def _header_parts(header: str) -> tuple[str, list[str], str]:
    h = normalized_text(str(header)).strip()
    if _ACCENTED.search(h) is not None:
        h = _without_accents(h)
    low = (_CAMEL.sub(r"\1_\2", h) if _CAMEL.search(h) is not None else h).lower()
    tokens = [t for t in _SPLIT.split(low) if t]
    return low, tokens, "".join(tokens)


def _alt(words) -> re.Pattern | None:
    words = [w for w in words if w]
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))) if words else None


_COMPILED_RULES = [
    (pii, conf, _alt([w for w in ja_words if not w.isascii()]),
     re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(w) for w in ja_words if w.isascii()) + r")(?![a-z])")
     if any(w.isascii() for w in ja_words) else None,
     frozenset(en_tokens), _alt(en_compounds))
    for pii, conf, ja_words, en_tokens, en_compounds in _RULES
]
# the words of all rules at once: a header none of them hits skips the rule loop (most cells and most lines asked
# about are no headers); an ascii word hits a rule's `ascii_rx` exactly when it hits this union (same lookarounds)
_ANY_RULE_JA = _alt([w for _, _, ja_words, _, _ in _RULES for w in ja_words if not w.isascii()])
_ANY_RULE_ASCII = re.compile("|".join(  # (w(?<![a-z]w): the lookbehind after the word, a literal first)
    f"{re.escape(w)}(?<![a-z]{re.escape(w)})(?![a-z])" for _, _, ja_words, _, _ in _RULES for w in ja_words if w.isascii()))
_ANY_RULE_TOKENS = frozenset(t for _, _, _, en_tokens, _ in _RULES for t in en_tokens)
_ANY_RULE_COMPOUND = _alt([w for _, _, _, _, en_compounds in _RULES for w in en_compounds])
_NON_PERSON_JA_RX = _alt(_NON_PERSON_JA)
_PERSON_JA_STRONG_RX = _alt(_PERSON_JA_STRONG)
_PERSON_EN_COMPOUND_RX = _alt(_PERSON_EN_COMPOUND)
_NEGATIVE_JA_RX = _alt(_NEGATIVE_JA)
_PARTY_BEFORE_CONTACT = re.compile(r"(?:請求|注文|申込|依頼)者(?:の)?連絡先")
_JA_CLEAN = re.compile(r"[\s（）()【】\[\]・/_:：-]")
_NON_PERSON_EN_SET = frozenset(_NON_PERSON_EN)
_PERSON_EN_QUAL_SET = frozenset(_PERSON_EN_QUAL)
_NEGATIVE_EN_SET = frozenset(_NEGATIVE_EN)
# the other social-insurance schemes, whose numbers are no health-insurance card's (雇用保険, 年金, 労災)
_OTHER_INSURANCE = frozenset(("employment", "unemployment", "koyo", "koyou", "pension", "nenkin", "rosai", "welfare"))

# Narrower header families (HeaderMatch.kind).
# Name parts: a column of surnames or given names holds single kanji (拓), short kana (ノト) or one Latin word.
_NAME_PART_JA = frozenset(("姓", "名", "セイ", "メイ", "せい", "めい", "苗字", "名字", "みょうじ"))
_ROLE_TAIL_END = frozenset("名姓イナながみ字")  # the last characters _ROLE_NAME_TAIL can end a header with
_NAME_PART_SPLIT = re.compile(r"[\s（）()【】\[\]・/_:：\-]+")
_NAME_PART_EN = ("firstname", "lastname", "givenname", "familyname", "middlename", "surname", "forename", "nachname",
                 "vorname", "familienname", "prenom", "apellido", "sobrenome")
_NAME_PART_TOKENS = frozenset(("sei", "mei"))
_NAME_ORDER_TOKENS = frozenset(("first", "last", "middle"))
_ROMAN_TOKENS = frozenset(("roman", "romaji", "roma", "alpha", "alphabet", "en"))
_NAME_PART_JA_TOKENS = frozenset(("family", "given"))  # generic English words: Japanese-script values only
# (… unless a surname key stands beside them, as a passport reader's record has it)
_SURNAME_KEYS = frozenset(("surname", "last_name", "lastname", "family_name", "familyname", "last name", "family name"))
_NAME_MOD_TOKENS = frozenset(("kana", "kanji", "furigana", "hurigana", "romaji", "roman", "roma", "yomi", "name", "ja", "jp",
                              "en", "alpha", "1", "2", "katakana", "hiragana"))
_NAME_PART_ANY_TOKENS = _NAME_PART_TOKENS | _NAME_PART_JA_TOKENS
_ROLE_TAIL_TOKENS = frozenset(("to", "by", "names", "full")) | _NAME_MOD_TOKENS  # (assigned_to, student name; not student_id)
_NAME_WORD_TOKENS = _NAME_PART_ANY_TOKENS | _NAME_MOD_TOKENS
# Address line 2: the building and room part of an address (住所2, 建物名・部屋番号, addressLine2, line2)
_LINE2_JA = re.compile(r"建物名|建物・部屋|マンション名|ビル名|アパート名|部屋番号|号室|方書|番地以降|住所[2-9](?!\d)|"
                       r"^(?:旧|新|現|変更前|変更後)?建物$")
# address line 2 in English: (address|addr|line|street|jusho|juusho)[2-9]$, ^(address|addr)?line[2-9], buildingname,
# ^building$, ^bldg, apartment, ^apt(no|number)?$, roomnumber, roomno — searched as the unanchored alternatives (each a
# literal first: a fast scan) or matched as the anchored ones
_LINE2_EN_FREE = re.compile(r"address[2-9]$|addr[2-9]$|line[2-9]$|street[2-9]$|jusho[2-9]$|juusho[2-9]$|buildingname|"
                            r"apartment|roomnumber|roomno")
_LINE2_EN_START = re.compile(r"(?:address|addr)?line[2-9]|building$|bldg|apt(?:no|number)?$")
_LINE1_EN = re.compile(r"(?:address|addr|street|line)1$")
# The insurer's public number (保険者番号) identifies an insurer, not a person: not PI (被保険者番号 is).
# (lookbehinds after the literal they guard: the patterns start with a literal, which sre scans for)
_INSURER = re.compile(r"保険者(?<!被保険者)(?:番号|no|コード|cd|id|名|名称)|insurer|hokenjab")
_INSURER_EN = re.compile(r"hoken(?:(?<!hihoken)s?ha(?:no|num|bang|code|cd|id|mei|name)|ja(?:no|bang|mei))")
# Parts of an address split over columns or keys (都道府県 | 市区町村 | 町域 | 番地 | 建物名; pref/city/street/building,
# Mailing City / Mailing State): a prefecture, city or town column holds part of someone's address only beside a
# street-level address column (番地, street, 住所, address line) — alone it is a statistics or store table's
# (都道府県 | 市区町村 | 人口). HeaderMatch.kind "addr_pref" / "addr_city" / "addr_town" (no type until
# `contextual_matches` finds that column), "addr_street" (番地: block numbers count: 3-19-5, 3丁目21番1号), and
# "addr_bldg" (a building column beside such parts: a building name without a room counts, 基町パークハイツ).
_ADDR_PART_JA = {
    **dict.fromkeys(("都道府県", "都道府県名", "県名", "都府県"), "addr_pref"),
    **dict.fromkeys(("市区町村", "市区町村名", "市町村", "市町村名", "市区郡", "市区郡町村", "市郡", "市区", "市区町村郡"), "addr_city"),
    **dict.fromkeys(("町域", "町域名", "町名", "町丁目", "町丁", "大字", "大字町丁目", "町村名", "字"), "addr_town"),
    **dict.fromkeys(("番地", "丁目番地", "番地等", "丁目番地号", "番地号", "町域番地", "町名番地", "番地・号", "地番",
                     # (a shop's export: 注文者住所都道府県 | 注文者住所郡市区 | 注文者住所それ以降の住所)
                     "それ以降の住所", "以降の住所", "番地以降", "町名以降"), "addr_street"),
}
_ADDR_PART_JA.update(dict.fromkeys(("郡市区", "市区郡町村名", "郡市区町村"), "addr_city"))
_ADDR_PREFIX_JA = re.compile(r"^(?:(?:注文者|購入者|お客様|顧客|会員|申込者|契約者|依頼主|受取人|送付先|お届け先|届け先|配送先)?"
                             r"(?:現住所|住所|所在地|お届け先|届け先|届先|配送先|送付先|請求先|勤務先|居所|自宅|本人|"
                             r"変更前|変更後|転居前|転居先|転出先|転入前|移転先|旧|新|前|現))")
_ADDR_PART_EN = {"pref": "addr_pref", "prefecture": "addr_pref", "todofuken": "addr_pref", "state": "addr_pref",
                 "province": "addr_pref", "region": "addr_pref", "city": "addr_city", "locality": "addr_city", "municipality": "addr_city", "shikuchoson": "addr_city",
                 "shichoson": "addr_city", "town": "addr_town", "choiki": "addr_town", "chouiki": "addr_town",
                 "banchi": "addr_street"}
_ADDR_QUAL = frozenset(("mailing", "shipping", "ship", "billing", "bill", "home", "work", "office", "customer",
                        "contact", "delivery", "addr", "address", "jusho", "juusho", "current", "residence",
                        "residential", "postal", "name", "kanji", "kana", "recipient", "sender", "permanent"))
_ADDR_NEEDS_QUAL = frozenset(("state", "province", "region"))  # a bare "state" is a status (open, active)
_ADDR_PARTS = frozenset(("addr_pref", "addr_city", "addr_town"))
# Special-care columns. Strong headers name the data itself; the others need neighbouring columns (a person in
# the row; for 判定/所見 also another medical column) or a condition word in the value (休職事由, 障害).
_SC_STRONG_JA = re.compile(
    r"病歴|既往|現病|病名|傷病|診断名|疾患|疾病名|持病|服薬|服用薬|処方薬|常用薬|併用薬|内服薬|持参薬|使用中の薬|通院歴|入院歴|手術歴|治療歴|要介護|要支援|介護度|"
    r"介護認定|介護区分|障害名|障害等級|障害の|障害区分|障害者|障害支援|障がい|障碍|手帳等級|犯罪|前科|犯歴|逮捕歴|信条|宗教|宗旨|"
    # a probation or corrections register's offence and release columns (罪名 | 窃盗（万引き）, 釈放区分 | 仮釈放)
    r"罪名|罪種|非行名|非行内容|非行事実|前歴|薬物歴|使用薬物|受刑|刑期|釈放区分|観察種別|"
    r"宗派|信仰|信教|(?<![法個])人種|民族|門地|要配慮|副作用|有害事象")
_SC_STRONG_EN = re.compile(r"medicalhistory|diagnos|disabilit|religio|criminal|disease|illness|ethnicity|carelevel|"
                           r"supportlevel|shienkubun|youkaigo|^(?:shou)?byou?mei$|^shobyou?(?:mei)?$|kiou?reki|"
                           r"comorbid|medication|^race$|^faith$|adverse|eventterm|^indications?$|^reactions?$")
_SC_PERSON_JA = re.compile(r"アレルギー|内服|処方|投薬|お薬|服用|薬剤|"
                           # a child's food allergy in a school-lunch register (原因食物 | 卵, 除去品目 | えび;かに)
                           r"原因食物|除去品目|除去食材|除去食品|アレルゲン|アナフィラキシー")
_SC_PERSON_EN = re.compile(r"allerg|prescription|^medicine")
_SC_BP = re.compile(r"血圧|bloodpressure|^bp$|^bp(?:sys|dia)|^bpmmhg$")
_SC_MEDICAL_JA = re.compile(r"判定|所見|検査結果|診断|健康状態|体調|病状|主訴|症状|^(?:検査|転帰|[a-z]{2,5}結果)$")
_SC_MEDICAL_EN = re.compile(r"^(?:findings?|judge?ments?|symptoms?|(?:chief)?complaints?(?:and)?(?:observations?)?|"
                            r"presentillness|history|outcome|"
                            r"pasthistory|anamnesis)$")
_SC_TERM_JA = re.compile(r"(?:休職|退職|欠勤|休暇|休業|休学)(?:事由|理由)|障害|配慮事項|健康上の配慮")
# header endings that make a special-care word name a date, a number, an amount, a person or a place instead
_SC_NOT = re.compile(r"(?:日|日付|年月日|日時|時刻|期間|date|番号|コード|code|id|no|数|件数|率|料|費|額|金|者|医|科|機関|病院|先|元|"
                     r"ファイル|file|url)$")
# columns that identify a person (for the neighbour rules): IDs of employees, patients, members …
_PERSON_ID = re.compile(r"(?:社員|従業員|職員|患者|会員|顧客|利用者|受診者|受検者|生徒|学生|児童|入居者|入所者|被保険者|組合員|"
                        r"受給者|契約者|member|employee|staff|patient|user|customer|student|resident|person)(?:id|番号|no|num|"
                        r"number|コード|code|cd)|^(?:patient)?initials?$|イニシャル")
_MEDICAL_COL = re.compile(r"受診|健診|検診|健康診断|診察|患者|来院|身長|体重|bmi|視力|聴力|血糖|hba1c|尿|心電図|血圧|カルテ|病名|"
                          r"症状|主訴|発症|"
                          r"病歴|既往|patient|checkup|height|weight|^bp")
# scm headers that are medical whatever the other columns (a nurse's log: complaint / observation, 主訴, 症状)
_SC_INHERENT = re.compile(r"主訴|症状|病状|体調|健康状態|転帰|symptom|complaint")
_ID_NUMBER_WORD = re.compile(r"番号|記号|no|number|num|id|コード|code")
_ID_TYPES = frozenset(("JP_HEALTH_INSURANCE", "JP_PASSPORT", "JP_DRIVERS_LICENSE", "JP_MY_NUMBER", "JP_RESIDENT_CODE"))
_INS_ID_WORD = re.compile(r"番号|記号|証|no|number|id|コード|枝番")
# a bank's or branch's name column (its cells name places and banks: 川口, 渋谷中央, 三菱ＵＦＪ銀行)
_BANK_PLACE_HEADER = re.compile(r"(?:振込先|受取|取引|引落し?|引落先|入金先|給与振込)?(?:銀行|金融機関|支店|取引店)"
                                r"(?:名|名称)?(?:カナ|かな|フリガナ|漢字)?")
_BANK_PLACE_HEADER_EN = re.compile(r"(?:bank|branch)(?:name)?(?:kana)?")
# a column of districts or neighbourhoods (地区 | 小鎚, 町名, 大字, 校区, 行政区): place names, often surnames too
# (… or of a cooperative's or a company's branch offices, named after their towns: 支所 | 古川, 営業所, 支部)
_PLACE_HEADER = re.compile(r"(?:所在|対象|担当|居住|所属|取扱|管轄)?(?:地区|地域|行政区|校区|学区|集落|エリア|方面|支所|営業所|支部|出張所)"
                           r"(?:名|名称|コード|CD)?"
                           # a trip's places: a highway's interchanges, stations and stops, a rental's branches
                           # (入口IC | 仙台宮城, 乗車駅, 出発店 | 白石)
                           r"|(?:入口|出口|乗車|降車|出発|到着|返却|発|着|経由)(?:[Ii][Cc]|ＩＣ|ｉｃ|インター|駅|停留所|バス停|地|店|店舗|営業所)"
                           r"|(?:[Ii][Cc]|インター|駅|最寄り?駅|停留所)(?:名|名称)?")
_PLACE_HEADER_EN = re.compile(r"(?:district|area|neighbou?rhood|locality|zone)(?:name)?")
# the creators of works in a catalogue, a loan history or an exhibition list (著者 | 夏目漱石, 作者 | 葛飾北斎):
# public authors and artists, named as the work's credit, not personal information held about them
_CREATOR_HEADER = re.compile(r"(?:主|原|共)?(?:著者|作者|作家|編者|訳者|著編者|編著者|監修者|画家|絵師|作画|画|絵|文|著)(?:名|等)?")


# the headers of a column of things, whose whole cells are never a person's name (品名 | リングブロワ, 機種 | …); a subset
# of the non-person headers: not a trading partner's or account's name, which may be a sole proprietor's
_THING_JA = _alt(("商品", "品名", "品目", "製品", "機種", "型式", "メーカー", "ブランド", "ファイル", "件名", "科目", "駅名",
                  "地名", "建物", "物件名", "施設名", "プロジェクト", "サービス名", "部署", "店舗", "店名", "銀行名", "支店名",
                  "最寄駅", "最寄り駅", "沿線"))
_THING_EN = frozenset(("product", "item", "file", "filename", "host", "hostname", "domain", "model", "device", "brand",
                       "category", "building", "station", "sku"))


def thing_header(header: str) -> bool:
    """Whether a column's header names things (品名, 機種, product): its whole cells are no person's name."""
    low, tokens, _ = _header_parts(header)
    ja = low.replace(" ", "")
    if "氏名" in ja or "名前" in ja or "担当" in ja or "者" in ja:
        return False
    return _THING_JA.search(ja) is not None or (bool(tokens) and all(w in _THING_EN or w == "name" for w in tokens)
                                                and any(w in _THING_EN for w in tokens))


# a card's other fields in the eligibility check's XML (InsuredCardClassification, InsuredCardValidDate …)
_CARD_OTHER_FIELD = re.compile(r"(?i)classification|validdate|expir|issuedate|class$|type$|kind$|status$")


def _insured_other_field(ja: str) -> bool:
    """Does the header name another field of the insured person (被保険者 + 生年月日, 住所, 電話番号 …)?"""
    head, sep, rest = ja.partition("被保険者")
    if not sep or not rest or _INS_ID_WORD.search(rest) and not _INS_OTHER_FIELD.search(rest):
        return False
    return not any(w in head or w in rest for w in ("保険証", "健康保険", "保険記号", "保険番号", "健保", "国保"))


_INS_OTHER_FIELD = re.compile(r"生年月日|誕生日|生年|住所|所在|郵便|電話|携帯|連絡先|メール|mail|性別|年齢|職業|勤務先|続柄")
_INS_ROW = re.compile(r"保険|社保|国保|健保|けんぽ|共済|insur|hoken")
# the scheme written before a card's field (社保 記号・番号, 協会けんぽ 記号)
_INS_SCHEME_HEAD = re.compile(r"(?:社保|国保|健保|協会けんぽ|けんぽ|組合健保|共済)")
_BANK_ROW = re.compile(r"口座|銀行|ゆうちょ|貯金|bank|account|koza|kouza")
_INS_SYMBOL = frozenset(("記号", "証記号", "kigo", "kigou", "symbol", "記号番号", "記号及び番号", "記号と番号", "記号番号枝番", "記号枝番"))
_INS_NUMBER = frozenset(("番号", "証番号", "bango", "bangou", "number", "no"))
_INS_BRANCH = frozenset(("枝番", "枝番号", "eda", "edaban", "branch"))  # (branch: only right after symbol, number)


# an amount column: a premium, fee, allowance or total (健康保険料, 住民税額, 通勤手当), never an identifier
_PAYROLL_COL = re.compile(r"基本給|所得税|住民税|手当|支給|控除|差引|賞与|残業代|時間外")
_PREMIUM_COLS = frozenset(("健康保険", "健保", "介護保険", "社会保険", "社保", "協会けんぽ", "健康保険組合"))
# (… and their totals: 健康保険料計, 手当合計)
_AMOUNT_HEADER = re.compile(r"(?:保険料|料金|手数料|金額|税額|支給額|控除額|手当|額(?<=[^番]額)|料|円|premium|amount|fee)"
                            r"(?:計|合計|小計|累計|total)?$")
_STATS_COL = re.compile(r"件数|人数|患者数|報告数|届出数|割合|率|今週|前週|前年|定点|累計|合計|平均|^count|^total|rate$|percent|%|"
                        # a fee table by care level or condition (要介護度 | 単位数 | 1割負担): prices, no person
                        r"単位数|負担|料金|利用料|単価|金額|費用|^price|^fee|^cost|^amount")
# a code master of conditions (病名コード | ICD-10 | 傷病名 | 傷病名カナ | 更新日): reference data naming no one, unless
# a column says when or how the condition was someone's (開始日, 転帰, 診断日)
_CODE_COL = re.compile(r"コード|^icd|^code$|_code$|^cd$|_cd$|^code ?no|マスタ|master")
_COURSE_COL = re.compile(r"開始|発症|診断日|転帰|受診|治療|入院|通院|退院|既往|onset|diagnosed|admitted|outcome")
NOT_PERSONAL = "not_personal"  # HeaderMatch.kind of a column about no person (a pet's name, birth date, diagnosis)
# columns that make a table a register of animals, and the columns about their owners in it
_HUMAN_NAME_COL = re.compile(r"氏名|お名前|様名|顧客|会員|契約者|申込者|予約者|ふりがな|フリガナ|カナ|担当|スタッフ|staff|customer|"
                             r"client|member|guardian")
_ANIMAL_COL = re.compile(r"^種$|species|breed|^pets?(?:_|$)|pet_?(?:name|type|kind)|microchip|犬種|猫種|動物種|動物名|患畜|品種|ペット|畜種|"
                         r"マイクロチップ")
_PETS_ALONE = re.compile(r"ペット|pets?|ペット同伴|同伴ペット|ペットの有無|ペット有無")
_CHECK_RESULT = re.compile(r"(?:照合|一致|照合結果|確認結果|(?i:[_ ]?(?:match|matched|check|verified|verify)))$")
_THING_KEY = re.compile(r"(?i)(?:cat|category|product|prod|item|goods|article|genre|brand)[_ \-]?(?:id|code|cd|no)|sku")
_PARENT_KEY = re.compile(r"(?i)parent[_ \-]?(?:cat(?:egory)?[_ \-]?)?id")
_GENERIC_NAME = re.compile(r"(?i)(?:display[_ ]?)?(?:name|nm)(?:[_ \-]?(?:ja|jp|en|kana|kanji|local|short|full|disp))?")
_FIRST_LAST = re.compile(r"([a-z]*)[_ .\-]?(first|last)")
_READING_COL = re.compile(r"フリガナ|ふりがな|ﾌﾘｶﾞﾅ|カナ|ｶﾅ|よみ|ヨミ|読み|読み仮名|ローマ字|(?i:kana|furigana|reading|yomi|romaji)")
# (… or a place's: 都道府県 | 都道府県（カナ）, 駅名 | よみ)
_COMPANY_COL = re.compile(r"商号|法人名|会社名|社名|取引先名?|企業名|名称|店舗?名|施設名|団体名|事業所名|事業者名|"
                          r"都道府県|市区町村|地名|駅名|町名|地域名|"
                          r"company|vendor|supplier|corporat|organi[sz]ation|business_?name|prefecture|city|station")


def _reads_a_thing(hs: list[str], c: int) -> bool:
    """Is column c a reading (or romanisation) of a company's or a place's name: named so itself (都道府県（カナ）), or
    right after such a column (商号又は名称 | フリガナ)?"""
    h = _clean(hs[c]).lower() if len(hs[c]) <= 80 else ""
    if not _READING_COL.search(h) or "氏名" in h or "名前" in h:
        return False
    if _COMPANY_COL.search(h) is not None:
        return True
    prev = _clean(hs[c - 1]).lower() if c and len(hs[c - 1]) <= 80 else ""
    return bool(prev) and _COMPANY_COL.search(prev) is not None and "氏名" not in prev and "名前" not in prev


# (… a pet insurance's policyholder, a breeder's buyer, a clinic's applicant: people in a table about animals)
_OWNER_COL = re.compile(r"owner|飼い主|飼主|所有者|client|customer|顧客|holder|insured|applicant|buyer|purchaser|guardian|"
                        r"guest|contact|emergency|契約者|申込者|購入者|被保険者|保護者|オーナー|連絡先|緊急")
_NATIONALITY_COL = re.compile(r"nat|nationality|citizenship|国籍|国・地域|country of citizenship")
_TRAVEL_DOC_COL = re.compile(r"doc[\-_ .]?(?:no|num|number|#)\.?|document[\-_ .]?(?:no|num|number)\.?|travel ?doc(?:ument)?"
                             r"(?:[\-_ .]?(?:no|number))?|旅行書類番号|書類番号")
_ECCUBE_NAME_PARTS = frozenset(("name01", "name02", "kana01", "kana02", "name1", "name2", "kana1", "kana2"))
_MYNUM_ABBREV = frozenset(("kojinno", "kojinnum", "kojinnumber", "mynumberno"))
_DL_ABBREV = frozenset(("dlno", "dlnumber", "dlnum", "dlid", "licno", "licnum", "licnumber", "licnorm", "menkyono", "menkyobango"))
_HI_ABBREV = frozenset(("hisymbol", "hinumber", "hino", "hikigo", "hibango", "hicardno", "hicardnumber", "healthinssymbol",
                        "healthinsnumber", "healthinsno", "healthinskigo", "healthinsbango", "healthinscardno",
                        # (ins_symbol / ins_number beside an insurer_no column of a patient master)
                        "inssymbol", "insnumber", "inskigo", "insbango", "inscardno", "inscardsymbol", "inscardnumber",
                        "hibranch", "hieda", "hiedaban", "insbranch", "inseda", "insedaban"))
# the holder of an account or card: a name column (口座名義, 名義人(カナ), account holder, cardholder name)
_HOLDER = re.compile(r"名義(?:人)?(?:カナ|かな|フリガナ|漢字|ローマ字|英字)?$")
_HOLDER_EN = re.compile(r"^(?:account|acct|card|bank)?holder(?:name)?(?:kana|romaji)?$|^(?:account|acct)name(?:kana)?$|^meigi")
# identity columns that make a table's generic `name` column a person's name (a table with a 個人番号 or a birth
# date column lists people, not products)
_IDENTITY_TYPES = frozenset(("JP_MY_NUMBER", "JP_RESIDENT_CODE", "JP_DRIVERS_LICENSE", "JP_PASSPORT",
                             "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH", "CREDIT_CARD", "JP_BANK_ACCOUNT"))
# columns that put a person in a table (a statistics table about conditions has none of them); payment numbers
# alone do not: a card or account can be a company's
_PERSONAL_COLUMN_TYPES = (_IDENTITY_TYPES - {"CREDIT_CARD", "JP_BANK_ACCOUNT"}) | {"PERSON", "EMAIL_ADDRESS",
                                                                                 "PHONE_NUMBER", "ADDRESS"}


# one test for the common case of no special-care word at all
# ((?<![法個])人種 written as 人種(?<![法個]人種), (?:休職|…)(?:事由|理由) as 休職(?:事由|理由)|…: every alternative starts
# with a literal, and sre scans for those characters instead of trying every alternative at every position)
_SC_ANY_JA = re.compile("|".join(r.pattern for r in (_SC_STRONG_JA, _SC_PERSON_JA, _SC_TERM_JA, _SC_MEDICAL_JA))
                        .replace("(?<![法個])人種", "人種(?<![法個]人種)")
                        .replace("(?:休職|退職|欠勤|休暇|休業|休学)(?:事由|理由)",
                                 "|".join(w + "(?:事由|理由)" for w in ("休職", "退職", "欠勤", "休暇", "休業", "休学")))
                        + "|血圧")
_SC_ANY_EN = re.compile("|".join(r.pattern for r in (_SC_STRONG_EN, _SC_PERSON_EN, _SC_MEDICAL_EN, _SC_BP)))


def _top_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regex source (split at the | outside groups and classes)."""
    out, depth, cls, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if cls:
            cls = c != "]"
        elif c == "[":
            cls = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


# _SC_ANY_EN.search split in two: the alternatives anchored at the start (^race$) tried once with match, the others
# searched for (all start with a literal: a fast scan, where one ^ alternative makes sre try every position)
_SC_ANY_EN_PARTS = _top_alternatives(_SC_ANY_EN.pattern)
_SC_ANY_EN_FREE = re.compile("|".join(a for a in _SC_ANY_EN_PARTS if not a.startswith("^")))
_SC_ANY_EN_START = re.compile("|".join(a[1:] for a in _SC_ANY_EN_PARTS if a.startswith("^")))


def _role_name_part(tokens: list[str]) -> bool:
    """A person's role, then a part of a name (nominee_family, applicant_given, guest_surname)."""
    return len(tokens) == 2 and tokens[1] in ("family", "given", "surname") and tokens[0] in _PERSON_EN_ROLES


def _name_part_kind(low: str, tokens: list[str], joined: str) -> str:
    """"name_part" / "name_part_ja" when a person header names only the surname or the given name."""
    if _role_name_part(tokens):
        return "name_part"
    for part in _NAME_PART_SPLIT.split(low):
        if part and (part in _NAME_PART_JA or part.rstrip("漢字カナかなフリガナふりがなよみ読ヨミ") in _NAME_PART_JA):
            return "name_part"
        if part and any(part.startswith(r) and _ROLE_PART_TAIL.fullmatch(part, len(r))
                        for r in _ROLES_BY_FIRST.get(part[0], ())):
            return "name_part"  # 児童姓, 保護者セイ
    if any(w in joined for w in _NAME_PART_EN):
        return "name_part"
    toks = set(tokens)
    if "name" in joined and toks & _NAME_ORDER_TOKENS:
        return "name_part"  # name_last, legalName_first (a JSON name object's parts read with its key)
    if len(toks) == 2 and toks & _NAME_ORDER_TOKENS and toks & _ROMAN_TOKENS:
        return "name_part"  # last_roman, first_romaji: one part of a romanised name (HOSOKAWA | KOHARU)
    if toks and toks <= _NAME_PART_TOKENS | _NAME_PART_JA_TOKENS | _NAME_MOD_TOKENS:
        if toks & _NAME_PART_TOKENS:
            return "name_part"
        if toks & _NAME_PART_JA_TOKENS and "name" not in toks:
            return "name_part_ja"
    return ""


def _addr_part(ja: str, tokens: list[str], cleaned: str | None = None) -> str:
    """The HeaderMatch.kind of a header naming one part of a split address (see `_ADDR_PART_JA`), or ""."""
    c = _JA_CLEAN.sub("", ja) if cleaned is None else cleaned
    if not c.isascii():
        return _ADDR_PART_JA.get(_ADDR_PREFIX_JA.sub("", c) or c, "")
    toks = [t for t in tokens if t not in _ADDR_QUAL]
    if len(toks) != 1 or toks[0] not in _ADDR_PART_EN or toks[0] in _ADDR_NEEDS_QUAL and len(tokens) == 1:
        return ""
    return _ADDR_PART_EN[toks[0]]


# a header of one half of a blood-pressure reading (収縮期血圧, 最低血圧, 血圧（上）)
_SC_BP_HALF = re.compile(r"収縮期|拡張期|最高血圧|最低血圧|血圧[(（]?[上下]")


def _special_header(ja: str, joined: str) -> HeaderMatch | None:
    """A special-care header (see the families above), or None."""
    if not (_SC_ANY_JA.search(ja) or _SC_ANY_EN_FREE.search(joined) or _SC_ANY_EN_START.match(joined)) or _SC_NOT.search(
            ja) or _SC_NOT.search(joined):
        return None
    if _SC_BP.search(ja) or _SC_BP.search(joined):
        return HeaderMatch("SPECIAL_CARE", 0.8, kind="bp1" if _SC_BP_HALF.search(ja) else "bp")
    if _SC_STRONG_JA.search(ja) or _SC_STRONG_EN.search(joined):
        return HeaderMatch("SPECIAL_CARE", 0.8)
    if _SC_PERSON_JA.search(ja) or _SC_PERSON_EN.search(joined):
        return HeaderMatch("SPECIAL_CARE", 0.8, kind="scp")
    if _SC_TERM_JA.search(ja):
        return HeaderMatch("SPECIAL_CARE", 0.8, kind="sct")
    if _SC_MEDICAL_JA.search(ja) or _SC_MEDICAL_EN.search(joined):
        return HeaderMatch("SPECIAL_CARE", 0.8, kind="scm")
    return None


_DOER_HEAD = re.compile(r"[\u4e00-\u9fff]{2,4}者")
# (the doers that are firms or a kind of person: 事業者, 発注者, 製造者, 障害者 …)
_FIRM_DOERS = frozenset(("障害", "感染", "被害", "加害", "事業", "発注", "受注", "製造", "販売", "提供", "運営", "出資", "元請", "下請", "納入", "仕入", "輸入",
                         "輸出", "出荷", "配送", "運送", "施工", "設置", "管理", "所有", "賃貸", "保険", "契約", "加入"))


def _verbal_noun(w: str) -> bool:
    """A word the dictionary files as a verbal noun (是正, 引継): what a doer of it (…者) did (imported late: nlp)."""
    from . import nlp  # noqa: PLC0415

    return nlp.can_be(w, "名詞", "普通名詞", "サ変可能")


def _person_header(low: str, tokens: list[str], joined: str, cleaned: str | None = None) -> float:
    """Confidence that a header names a person-name column (0 when not); `cleaned`: _JA_CLEAN.sub("", low), if known."""
    ja = _JA_CLEAN.sub("", low) if cleaned is None else cleaned
    if _NON_PERSON_JA_RX.search(ja) and not ("氏名" in ja or "フリガナ" in ja or "ふりがな" in ja):
        return 0.0
    if _PERSON_JA_STRONG_RX.search(ja):
        return 0.9 if "名前" not in ja or ja in ("名前", "お名前") or "氏名" in ja else 0.8
    if ja in _PERSON_JA_EXACT or ja.rstrip("漢字カナかなフリガナふりがなよみ読ヨミ") in ("姓", "名", "セイ", "メイ") and ja:
        return 0.85
    if ja and ja[-1] in _ROLE_TAIL_END and any(ja.startswith(r) and _ROLE_NAME_TAIL.fullmatch(ja, len(r)) and len(ja) > len(r)
                                             for r in _ROLES_BY_FIRST.get(ja[0], ())):
        return 0.85
    if ja in _PERSON_JA_ROLES or (ja[-1:].isdigit() and ja.rstrip("0123456789") in _PERSON_JA_ROLES):
        return 0.75  # (お迎え者1, 担当者2: the numbered columns of one role)
    if 3 <= len(ja) <= 5 and ja[-1] == "者" and _DOER_HEAD.fullmatch(ja) is not None and ja[:-1] not in _FIRM_DOERS \
            and _verbal_noun(ja[:-1]):
        return 0.75  # 是正者, 引継者, 搬入者: who did what the column records (a staff column)
    if not tokens:
        return 0.0
    if not _NON_PERSON_EN_SET.isdisjoint(tokens):
        return 0.0
    toks = set(tokens)
    parts = _NAME_PART_ANY_TOKENS
    if toks <= _NAME_WORD_TOKENS and toks & parts:  # sei, mei_kana, family, given
        return 0.85 if toks & _NAME_PART_TOKENS or "name" in toks else 0.8
    if _PERSON_EN_COMPOUND_RX.search(joined):
        return 0.85
    if len(tokens) <= 2 and toks & _PERSON_EN_ROLES and toks - _PERSON_EN_ROLES <= _ROLE_TAIL_TOKENS:
        return 0.8  # Assignee, Reporter, created_by: people in ticket and workflow exports
    if _role_name_part(tokens):
        return 0.8  # nominee_family, applicant_given: a part of a listed person's name
    if len(tokens) == 2 and tokens[1] in ("kana", "furigana", "yomi", "romaji", "kanji", "roman", "roma", "alpha",
                                          "alphabet", "en", "katakana", "hiragana") and tokens[0] in _PERSON_EN_QUAL_SET:
        return 0.8  # client_kana, customer_furigana, guest_romaji, last_roman: a person's name read or romanised
    if "name" in tokens or joined.endswith("name") or joined.startswith("name"):
        if _PERSON_EN_QUAL_SET.intersection(tokens) or any(joined.startswith(q) for q in ("first", "last", "full", "sur", "given", "family")):
            return 0.85
        if joined in ("name", "names", "nm"):
            return 0.6
        return 0.5 if joined.endswith("name") and len(tokens) <= 2 else 0.0
    return 0.0


def _ip_header(ja: str, tokens: list[str], ja_rx, ascii_rx, en_tokens, compounds_rx) -> bool:
    """An IP-address header hit that is not an accident of joined words: the IP compound (ipaddress, clientip)
    must start at a word of the header (ship_address and zip_address contain "ipaddress" too)."""
    if (ja_rx is not None and ja_rx.search(ja)) or not en_tokens.isdisjoint(tokens) or (
            ascii_rx is not None and ascii_rx.search(ja)):
        return True
    pos, starts = 0, set()
    for t in tokens:
        starts.add(pos)
        pos += len(t)
    joined = "".join(tokens)
    return any(m.start() in starts for m in compounds_rx.finditer(joined))


_NO_MATCH = HeaderMatch(None, 0.0)  # (frozen: one instance serves every header that names nothing)


def classify_header(header: Any) -> HeaderMatch:
    """The PI type a column header names (Japanese or English, any case style), with a confidence."""
    if header is None:
        return _NO_MATCH
    h = str(header)
    if len(h) > 80:
        return _NO_MATCH
    return _classify_str(h)


_TEAM_NAME_HEADERS = frozenset(("班名", "作業班名", "担当班名", "班名称"))


@lru_cache(maxsize=8192)
def _classify_str(h: str) -> HeaderMatch:
    """`classify_header` of a header string of up to 80 characters (memoised: headers, keys and labels repeat, and
    the katakana test would otherwise run on every call)."""
    if _KATA_HEADER.search(h) is not None:
        h = _kana_header(h)
    if _CHECK_RESULT.search(h) is not None:
        # 氏名照合 | 一致, name_match | Y: whether a value matched when it was checked, not the value
        return HeaderMatch(None, 0.0, kind=NOT_PERSONAL)
    if h.strip() in _TEAM_NAME_HEADERS:
        return HeaderMatch(None, 0.0, kind=NOT_PERSONAL)  # 班名 | A班: a team's name (班 alone names its leader)
    hm = _classify_header(h)
    if hm.pii_type is None and not hm.negative and h[-1:] in ")）" and len(h) > 3:
        # a note in brackets after the label (遺失者（判明分）, 担当（正）): the label says what the column holds
        b = max(h.rfind("("), h.rfind("（"))
        if b > 0:
            pm = _classify_str(h[:b].strip())
            if pm.pii_type is not None:
                return pm
    if hm.negative and ("/" in h or "／" in h):
        # a column for either of two numbers (個人番号／基礎年金番号: a My Number, or the pension number of one who has
        # none): the PI one names it, its values decide
        for part in re.split("[/／]", h):
            pm = _classify_str(part.strip()) if part.strip() and part != h else _NO_MATCH
            if pm.pii_type is not None:
                return pm
    if hm.pii_type == "JP_HEALTH_INSURANCE" and h.isascii() and _CARD_OTHER_FIELD.search(h) is not None:
        return _NO_MATCH  # InsuredCardValidDate, InsuredCardClassification: the card's other fields
    return hm


# Headers of legacy systems written in (half-width) katakana readings: ｾｲﾈﾝｶﾞｯﾋﾟ, ﾕｳﾋﾞﾝ, ｼﾞｭｳｼｮ, ｼﾒｲ — read as the
# words they spell (the longest reading first)
_KANA_LABELS = {
    "セイネンガッピ": "生年月日", "セイネンガツピ": "生年月日", "セイネンガピ": "生年月日", "タンジョウビ": "誕生日", "ユウビンバンゴウ": "郵便番号", "ユウビンバン": "郵便番号",
    "ユウビン": "郵便", "ジュウショ": "住所", "ジユウシヨ": "住所", "シメイ": "氏名", "ナマエ": "名前",
    "デンワバンゴウ": "電話番号", "デンワ": "電話", "ケイタイ": "携帯", "コジンバンゴウ": "個人番号",
    "コウザバンゴウ": "口座番号", "コウザ": "口座", "メイギ": "名義", "メンキヨ": "免許", "メンキョ": "免許",
    "リヨケン": "旅券", "リョケン": "旅券", "ヒホケンシヤ": "被保険者", "ヒホケンシャ": "被保険者",
    "タントウシヤ": "担当者", "タントウシャ": "担当者", "ケンコウホケン": "健康保険", "ホケンシヨウ": "保険証", "ホケンショウ": "保険証",
    "ビヨウレキ": "病歴", "キオウレキ": "既往歴",
}
_KANA_LABEL_RX = re.compile("|".join(sorted(_KANA_LABELS, key=len, reverse=True)))
_KATA_HEADER = re.compile(r"[\uff66-\uff9f\u30a1-\u30fa]{3}")


@lru_cache(maxsize=4096)
def _kana_header(h: str) -> str:
    """`h` with katakana readings of label words replaced by the words (ｾｲﾈﾝｶﾞｯﾋﾟ → 生年月日)."""
    k = unicodedata.normalize("NFKC", h)
    out = _KANA_LABEL_RX.sub(lambda m: _KANA_LABELS[m.group()], k)
    return out if out != k else h


# the words after `birth` in a header that is about something else than the date (birth_place, Birth Name)
_BIRTH_OTHER = frozenset(("place", "city", "country", "town", "state", "province", "prefecture", "location", "name",
                          "weight", "order", "rank", "certificate", "cert", "registration"))
_BIRTH_OTHER_COMPOUND = re.compile("birth(?:place|name|country|city|weight)")
_SURNAME_TAIL = re.compile(r"(?:名字|苗字)(?:フリガナ|ふりがな|カナ|かな|ｶﾅ|漢字|読み)?$")
_GIVEN_TAIL = re.compile(r"名前(?=(?:フリガナ|ふりがな|カナ|かな|ｶﾅ|漢字|読み)?$)")


_SEINEN_IN_WORD = re.compile(r"[厚発衛学]生年")


@lru_cache(maxsize=8192)
def _classify_header(header: str) -> HeaderMatch:
    low, tokens, joined = _header_parts(header)
    if not low:
        return _NO_MATCH
    ja = low.replace(" ", "")
    if (_INSURER.search(ja) or "insurer" in joined or _INSURER_EN.search(joined) or "整理番号" in ja or "整理記号" in ja
            or (("雇用保険" in ja or "労災" in ja or "年金" in ja) and ("番号" in ja or "記号" in ja))
            or "保険証券" in ja):  # (任意保険証券番号: an insurance policy's number, not a health-insurance card's)
        # (雇用保険被保険者番号, 労災保険番号, 基礎年金番号: another insurance's numbers, not a health-insurance card's)
        # (被保険者整理番号, 事業所整理記号: an employer's filing numbers and codes, not the card's)
        return HeaderMatch(None, 0.0, negative=True)
    if _AMOUNT_HEADER.search(ja) and not _SC_ANY_JA.search(ja):
        return HeaderMatch(None, 0.0, negative=True)  # 健康保険料, 雇用保険料, 支給額: amounts, not identifiers
    if joined in _ECCUBE_NAME_PARTS:
        # EC-CUBE's customer and order tables (dtb_customer: name01 | name02 | kana01 | kana02), the most common
        # Japanese shop package: the family and given names and their readings
        return HeaderMatch("PERSON", 0.85, kind="name_part")
    if joined in _HI_ABBREV:
        return HeaderMatch("JP_HEALTH_INSURANCE", 0.85)  # hi_symbol / hi_number: health-insurance card fields
    if joined in _MYNUM_ABBREV:
        return HeaderMatch("JP_MY_NUMBER", 0.9)  # kojin_no: a resident register's 個人番号
    if joined in _DL_ABBREV:
        return HeaderMatch("JP_DRIVERS_LICENSE", 0.85)  # dl_number, dl_no: a driving licence's number
    cja = _JA_CLEAN.sub("", ja)  # (= _JA_CLEAN.sub("", low): the cleaning removes the spaces too)
    if _SURNAME_TAIL.search(cja):
        # the surname of a role (注文者名字, 送付先名字, お届け先苗字フリガナ): not the order or the address its role names
        return HeaderMatch("PERSON", 0.85, kind="name_part")
    if (_BANK_PLACE_HEADER.fullmatch(cja) or _BANK_PLACE_HEADER_EN.fullmatch(joined) or _PLACE_HEADER.fullmatch(cja)
            or _PLACE_HEADER_EN.fullmatch(joined) or _CREATOR_HEADER.fullmatch(cja)):
        return HeaderMatch(None, 0.0, kind=NOT_PERSONAL)  # 支店名 | 川口: a bank's branch, named after its town
    if _HOLDER.search(cja) or _HOLDER_EN.search(joined):
        return HeaderMatch("PERSON", 0.85)  # 口座名義(カナ), 名義人, account holder: the holder's name, not the account
    best: HeaderMatch | None = None
    rules = _COMPILED_RULES if (_ANY_RULE_JA.search(ja) is not None or not _ANY_RULE_TOKENS.isdisjoint(tokens)
                                or _ANY_RULE_COMPOUND.search(joined) is not None
                                or _ANY_RULE_ASCII.search(ja) is not None) else ()
    # (生年 inside another word is no birth: 厚生年金 a pension, 事故発生年月日 when it happened, 衛生年報 a report)
    ja_dob = _SEINEN_IN_WORD.sub("〓", ja) if "生年" in ja else ja
    for pii, conf, ja_rx, ascii_rx, en_tokens, compounds_rx in rules:
        hit = (
            (ja_rx is not None and ja_rx.search(ja_dob if pii == "DATE_OF_BIRTH" else ja) is not None)
            or not en_tokens.isdisjoint(tokens)
            or (compounds_rx is not None and compounds_rx.search(joined) is not None)
            # ascii words inside Japanese headers (TEL番号, IPアドレス)
            or (ascii_rx is not None and ascii_rx.search(ja) is not None)
        )
        if hit:
            if pii == "POSTAL_CODE" and ("address" in tokens or "addr" in tokens) and not any(
                    t in ("code", "cd", "no", "number", "zip", "zipcode", "postcode") for t in tokens):
                continue  # postalAddress (LDAP), postal_address: an address
            if pii == "IP_ADDRESS" and not _ip_header(ja, tokens, ja_rx, ascii_rx, en_tokens, compounds_rx):
                continue  # ship-address-2, zip_address: "ipaddress" across a word boundary
            if pii == "ADDRESS" and any(t in ("email", "mail", "ip", "mac", "url", "web", "wallet") for t in tokens):
                continue
            if pii == "JP_HEALTH_INSURANCE" and _insured_other_field(ja):
                continue  # 被保険者生年月日, 被保険者住所: a field of the insured person, not the card
            if pii == "PHONE_NUMBER" and ("連絡先" not in ja and any(t in ("count", "type", "flag") for t in tokens)):
                continue
            if pii == "PHONE_NUMBER" and "cell" in tokens and any(t in ("id", "site", "tower", "name", "no") for t in tokens):
                continue  # cell_id, cell_site: a base station's cell, not a mobile phone
            if pii == "DATE_OF_BIRTH" and (not _BIRTH_OTHER.isdisjoint(tokens) or _BIRTH_OTHER_COMPOUND.search(joined)) and (
                    "date" not in tokens and "dob" not in tokens):
                continue  # birth_place, country_of_birth, birth_name, birth_weight: another fact about a birth (but
                # Date and place of birth, a crew list's column, begins with the date)
            best = HeaderMatch(pii, conf)
            break
    if "mrz" in tokens or joined.startswith("mrz"):
        return HeaderMatch(None, 0.0)  # mrz_line2: a passport's machine-readable line (the MRZ reader's), no address line
    line2 = (_LINE2_JA.search(ja) is not None or _LINE2_EN_FREE.search(joined) is not None
             or _LINE2_EN_START.match(joined) is not None)
    if best is not None and best.pii_type == "ADDRESS" and (cja.endswith(("コード", "cd", "id")) or joined.endswith(
            ("code", "_cd", "_id"))):
        return HeaderMatch(None, 0.0)  # 旧住所コード, address_code: a register's code for the address, not the address
    if best is not None and best.pii_type == "ADDRESS" and line2:
        best = HeaderMatch("ADDRESS", best.confidence, kind="line2")
    part = _addr_part(ja, tokens, cja) if best is None or best.pii_type == "ADDRESS" and not best.kind else ""
    if part and best is not None:  # 住所（都道府県）, address_city: an address column holding that part
        best = HeaderMatch("ADDRESS", best.confidence, kind=part)
    elif part and best is None:
        return HeaderMatch(None, 0.0, kind=part)
    pconf = _person_header(low, tokens, joined, cja)
    if pconf and (best is None or best.pii_type in ("ADDRESS",) and "住所" not in ja and pconf >= 0.85
                  # 被保険者氏名, 被保険者カナ: the insured person's name, not the card
                  or best.pii_type in _ID_TYPES and pconf >= 0.85 and not (
                      _INS_ID_WORD if best.pii_type == "JP_HEALTH_INSURANCE" else _ID_NUMBER_WORD).search(ja)):
        # (氏名(旅券記載), 免許証記載の氏名: the name as the document writes it)
        best = HeaderMatch("PERSON", pconf, kind=_name_part_kind(low, tokens, joined))
    if best is None and line2 and not ja.startswith("物件"):  # (物件／号室: a property listing's unit, no address line)
        best = HeaderMatch("ADDRESS", 0.85, kind="line2")
    if (best is None or best.pii_type == "ADDRESS" and not best.kind) and _LINE1_EN.search(joined):
        # address line 1 (Shipping Address1, addr1, street1): the street part, its city in another column
        best = HeaderMatch("ADDRESS", 0.85 if best is None else best.confidence, kind="line1")
    if best is not None and best.pii_type == "JP_BANK_ACCOUNT" and best.confidence < 0.8 and "id" in tokens:
        return HeaderMatch(None, 0.0)  # account_id, user account id: no bank's
    if best is not None and best.pii_type == "JP_BANK_ACCOUNT" and best.confidence < 0.8 and not best.kind:
        best = HeaderMatch("JP_BANK_ACCOUNT", best.confidence, kind="acct7")  # (a bare `account`: see _RULES)
    if best is not None and best.pii_type == "JP_HEALTH_INSURANCE" and not _OTHER_INSURANCE.isdisjoint(tokens):
        return HeaderMatch(None, 0.0, negative=True)  # employment_insurance_no, pension_insurance_no: another scheme's
    if best is None:
        best = _special_header(ja, joined)
    negative = _NEGATIVE_JA_RX.search(ja) is not None or not _NEGATIVE_EN_SET.isdisjoint(tokens) or (
        best is None and (_EVENT_DATE_JA.search(cja) is not None
                          or _EVENT_DATE_EN.match(joined) is not None))
    if best is not None and (best.confidence >= 0.8 or not negative):
        return best
    if negative and "連絡先" in ja and _PARTY_BEFORE_CONTACT.search(ja) is not None:
        return HeaderMatch("PHONE_NUMBER", 0.6)  # 請求者連絡先: the claimant's phone (請求 names a person there, no invoice)
    if negative:
        return HeaderMatch(None, 0.0, negative=True)
    if "連絡先" in ja:
        return HeaderMatch("PHONE_NUMBER", 0.6)
    return best or _NO_MATCH


# ------------------------------------------------------------------------------------------ cell values
_EMAIL_CELL = re.compile(r"(?:mailto:)?[A-Za-z0-9][A-Za-z0-9._%+\-]*@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,24}")
_PHONE_CELL = re.compile(r"\+?[\d\-\s().]{9,20}")
_POSTAL_CELL = re.compile(r"(?:〒\s?)?\d{3}[- ]?\d{4}")
# postal codes of other countries in a zip column: US 94109(-1234), Brazil 01304-001, Canada M5H 2M5, UK SW1A 1AA,
# Netherlands 1012 AB, Sweden 411 17, Portugal 4050-031
_INTL_POSTAL_CELL = re.compile(r"\d{5}(?:-\d{3,4})?|\d{4}(?:-\d{3}| ?[A-Z]{2})|\d{3} \d{2}|"
                               r"[A-Z]\d[A-Z] ?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}")
_PASSPORT_CELL = re.compile(r"[A-Za-z]{2}\s?\d{7}")
_BANK_CELL = re.compile(  # 1234567 / 普通 1234567 / 群馬銀行 伊勢崎支店 普通 0231855 / ゆうちょ 10450-27714881 / 0101000593812
    r"(?:[^\s\d,]{1,16}(?:銀行|信用金庫|信金|信用組合|労働金庫|農協|バンク|Bank)[\s/・]*)?"
    r"(?:[^\s\d,]{1,12}(?:支店|出張所|営業部|本店|支所|店)(?:[(（]\d{3}[)）])?[\s/・]*)?"
    r"(?:(?:普通|当座|貯蓄)(?:預金)?[\s:：]*)?\d{6,8}|(?:ゆうちょ(?:銀行)?[\s:：]*)?1\d{4}-\d{7,8}"
    # a short form: bank and branch without 銀行 and 支店, then 普 or 当 (みずほ 大宮 普 1402276)
    r"|[^\s\d,]{1,12}[ 　]+[^\s\d,]{1,12}[ 　]+(?:普通?|当座?|貯蓄)[ 　]*\d{6,8}"
    r"|\d{9,17}"  # (an account abroad: Vietnam, the Philippines, India … use 9 to 17 digits)
    r"|[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?")  # (… or its IBAN, under a header naming the account)
# 練馬12, 杉並・3388106, 01-23; the scheme may lead (国保 穴02-3318)
_HEALTH_CELL = re.compile(r"(?:(?:" + "|".join(HEALTH_SCHEMES) + r") )?(?:[\u4e00-\u9fff]{1,4}[ ・]?|[\u30a1-\u30fa]{1,3}[ ・\-]?"
                          r"|[\u3041-\u3096]{1,2}[ ・\-]?)?"  # (a hiragana one: よ1, a National Health Insurance's)
                          r"[0-9A-Za-z][0-9A-Za-z\-・ ]{0,15}")  # (a katakana symbol too: ｲﾀ1, ト-51)
# a National Health Insurance card's symbol of a place and a kana (東京あ, 川口い)
_EMPLOYMENT_NUMBER = re.compile(r"[0-9]{4}-[0-9]{6}-[0-9]")
_HEALTH_KANA_SYMBOL = re.compile(r"[\u4e00-\u9fff]{1,4}[\u3041-\u3096]")
_IDLIKE = re.compile(r"[0-9A-Za-z\-_ ]+")
_KANJI = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f々〆ヶ"
_NAME_STRONG = re.compile(
    # (a surname may hold a katakana ツ, ッ, ノ or ケ between its kanji: 三ツ木, 一ノ瀬, 八ッ橋)
    rf"[{_KANJI}](?:[{_KANJI}]|[ツッノケ](?=[{_KANJI}])){{0,3}}[ \u3000][{_KANJI}\u3041-\u3096\u30a1-\u30fa\u30fc]{{1,5}}"
    r"|[\u30a1-\u30fa\u30fc]{1,8}(?:[ \u3000・][\u30a1-\u30fa\u30fc]{1,10}){1,5}"  # (フェレイラ ドス サントス アナ ベアトリス)
    r"|[\u3041-\u3096\u30fc]{1,8}[ \u3000][\u3041-\u3096\u30fc]{1,8}"
    # a foreign surname in katakana and a Japanese given name (サントス 直子, ガルシア・美加子)
    rf"|[\u30a1-\u30fa\u30fc]{{2,8}}[ \u3000・][{_KANJI}]{{1,3}}(?<![部課室係局店社用式型品版系会])[\u3041-\u3096]{{0,2}}"
    # a DICOM or HL7 person name, its parts joined by carets (SUMI^KENTA): a format only names take
    r"|[A-Z]{2,}\^[A-Z]{2,}(?:\^[A-Z]{1,})?"
)
_NAME_WEAK = re.compile(
    # (a Korean name in Hangul, two to four syllables: 김민준, 남궁민수)
    r"[\uac00-\ud7a3]{2,4}|"
    # (a name in Devanagari, Bengali, Thai, Myanmar, Khmer or Arabic letters, one to four words: सुजन केसी, อรุณี ศรีสุข)
    r"(?:[\u0900-\u09ff]{2,16}|[\u0e00-\u0e7f]{2,20}|[\u1000-\u109f]{2,20}|[\u1780-\u17ff]{2,20}|[\u0600-\u06ff]{2,16})"
    r"(?: (?:[\u0900-\u09ff]{2,16}|[\u0e00-\u0e7f]{2,20}|[\u1000-\u109f]{2,20}|[\u1780-\u17ff]{2,20}|[\u0600-\u06ff]{2,16})){0,3}|"
    rf"[{_KANJI}]{{2,7}}|[{_KANJI}]{{1,4}}[\u3041-\u3096\u30a1-\u30fa\u30fc]{{1,4}}|[\u30a1-\u30fa\u30fc]{{2,14}}|[\u3041-\u3096]{{2,12}}"
    rf"|[\u30a1-\u30fa\u30fc]{{2,8}}[{_KANJI}]{{1,3}}(?<![部課室係局店社用式型品版系会])[\u3041-\u3096]{{0,2}}"
    r"|[A-Z][a-z]+(?:[ \-](?:(?:[A-Z]'|Mc)?[A-Z][a-z]+|bin|binti|bint|van|von|de|da|dos|das|del|di|al|el|la|le)){1,4}"
    # a given name of two syllables joined by a hyphen (Lin Pei-shan, Kim Ji-hoon)
    r"|[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+|[A-Z][a-z]+-[a-z]+ [A-Z][a-z]+"
    # … and a middle initial (Daniel R. Whitfield)
    r"|[A-Z][a-z]+ [A-Z]\. ?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
    # (an airline's SURNAME/GIVEN, as manifests and PNRs write it: AOKI/HARUTO, ESPINOSA/MARIA ISABEL)
    r"|[A-Z]{2,}/[A-Z]{2,}(?: [A-Z]{2,}){0,2}"
    # (in capitals, a Taiwanese or Korean given name's syllables joined by a hyphen: LIN CHIH-MING)
    r"|[A-Z]{2,}(?: [A-Z]{2,}(?:-[A-Z]{2,})?){1,3}|[A-Z][a-z]+,? [A-Z][a-z]+"
    # (a middle initial in capitals: DAVID R. PARKER)
    r"|[A-Z]{2,} [A-Z]\.? [A-Z]{2,}"
    # the family name in capitals before or after the given names (BHANDARI Kamal, PERERA Nuwan Chaminda, Ahmad FAUZI)
    # (a hyphenated given name, an apostrophe in the family name: Jean-Pierre MOREL, Liam O'BRIEN)
    r"|[A-Z]{2,}(?: [A-Z][a-z]+(?:-[A-Za-z][a-z]+)?){1,3}"
    r"|[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)?){0,2} (?:[A-Z]'|MC|Mc)?[A-Z]{2,}(?:-[A-Z]{2,})?"
    # the family name first, a comma after it (Hwang, Seung-min; HENDERSON, SARAH ANNE)
    r"|[A-Z][a-z]+(?:-[A-Z][a-z]+)?, [A-Z][a-z]+(?:[ \-][A-Za-z][a-z]+){0,2}|[A-Z]{2,}, [A-Z]{2,}(?: [A-Z]{2,}){0,2}"
    # Latin American names: two family names (and a particle) before or after the given names, in capitals or not
    # (SOUZA OLIVEIRA, JOAO PAULO; NAKAMURA DA SILVA EDUARDO KENJI; Tamashiro Vargas, Lucia)
    r"|[A-Z]{2,}(?: (?:DA|DE|DO|DOS|DAS|DEL|LA|Y))?(?: [A-Z]{2,}){1,2}, [A-Z]{2,}(?: [A-Z]{2,}){0,3}"
    r"|[A-Z]{2,}(?: (?:DA|DE|DO|DOS|DAS|DEL|LA|Y))?(?: [A-Z]{2,}){3,5}"
    r"|[A-Z][a-z]+(?: (?:da|de|do|dos|das|del|la|y))?(?: [A-Z][a-z]+){1,2}, [A-Z][a-z]+(?: [A-Z][a-z]+){0,3}"
    # a passport's Taiwanese or Hong Kong name, family name first with a comma (LIN, CHIA-HUI; TSAI HSU, SHU-FEN;
    # WONG, Hiu Tung), and Irish capitals (O'CONNELL SARAH)
    r"|[A-Z]{2,}(?: [A-Z]{2,})?, [A-Z]{2,}-[A-Z]{2,}|[A-Z]{2,}, [A-Z][a-z]+(?:[ \-][A-Za-z][a-z]+){0,2}"
    r"|O'[A-Z]{2,}(?: [A-Z]{2,}){1,2}|[A-Z]{2,}(?: [A-Z]{2,})? O'[A-Z]{2,}"
)
_NOT_NAME = re.compile(
    r"株式会社|有限会社|合同会社|合資会社|\(株\)|㈱|\(有\)|㈲|法人|協会|組合|財団|社団|学校|病院|医院|クリニック|銀行|"
    r"支店|店$|屋$|センター|事務所|工場|商事|商会|製作所|ホテル|Inc\b|Ltd\b|LLC\b|Corp\b|Co\.|GmbH|"
    r"都$|道$|府$|県$|市$|区$|町$|村$|駅$|0|1|2|3|4|5|6|7|8|9|@|"  # (literals only: a fast scan)
    # (a department or a shared account where a person's name would be: 経理部, 経理 共有, 総務課)
    r"^(?:経理|総務|人事|庶務|広報|法務|財務|情シス|情報システム)[ ]?(?:部|課|室|係|担当|チーム|グループ)?$|共有|共用|"
    r"^テスト|^ﾃｽﾄ|^ダミー|^サンプル|^てすと|^TEST$|^[Tt]est$|^[Dd]ummy$|^[Ss]ample$|^ユーザー?$|^ﾕｰｻﾞｰ?$|"  # (a test entry's placeholder)
    # (a bilingual passport's Hindi field labels, Surname / उपनाम: the label, not the name)
    r"^(?:उपनाम|नाम|दिया गया नाम|पिता|माता|जन्म|लिंग|राष्ट्रीयता)$"
)
_PREF_RX = re.compile("^(?:" + "|".join(PREFECTURES) + ")")
_ADDRESS_CELL = re.compile(
    rf"(?:{'|'.join(PREFECTURES)})?[{_KANJI}\u30a1-\u30fa\u30fc]{{1,10}}[市区町村郡].{{0,40}}?(?:\d|丁目|番地|番|号)"
    r"|\d{1,6}[ \-]?[A-Za-z0-9 .'\-]{2,40}\b(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Lane|Ln|Dr|Drive|Way|Court|Ct)\b.*"
    # an Indonesian or Malaysian street (Jl. Margonda Raya No. 114, Beji, Depok …)
    r"|(?:Jl|Jln|Jalan)\.? [A-Z][A-Za-z .'\-]{1,40}(?:No\.? ?)?\d{1,5}[A-Za-z]?,.{4,120}"
    # a town and its block numbers without the city, as a ward's own lists write them (赤羽台三丁目1番14-205号)
    # (a town's name may hold hiragana after its first character: 松が岡2-3-11, 緑が丘三丁目1番)
    rf"|[{_KANJI}\u30a1-\u30fa\u30fc][{_KANJI}\u3041-\u3096\u30a1-\u30fa\u30fc]{{0,9}}(?:[0-9一二三四五六七八九十]{{1,3}}丁目[0-9一二三四五六七八九十]{{1,4}}番|"
    r"[0-9]{1,5}番地"
    # … or with hyphenated block numbers, as a 町内会 roster writes its own town (桜ヶ丘3-2-5)
    r"|[0-9]{1,3}-[0-9]{1,4}(?:-[0-9]{1,5})?(?![0-9\-]))"
    # … or a rural town in kanji and its lot's number alone, as a village's list writes it (地徳3390, 柴刈 1190-3)
    rf"|[{_KANJI}]{{2,6}} ?[0-9]{{3,5}}(?:-[0-9]{{1,4}})?(?![0-9\-])"
    # the block alone, as a roster of one town writes it (三丁目十二番地の二), or a rural lot (字今泊1180番地)
    r"|[0-9一二三四五六七八九十]{1,3}丁目[0-9一二三四五六七八九十百]{1,4}番.*"
    rf"|(?:大字[{_KANJI}\u30a1-\u30fa\u30fc]{{1,6}}?)?字[{_KANJI}\u30a1-\u30fa\u30fc]{{1,8}}?[0-9一二三四五六七八九十百千]{{1,5}}番地.*"
)
_EMPTYISH = frozenset(["", "-", "なし", "無し", "特になし", "無", "n/a", "na", "none", "null", "nil", "—", "ー", "×", "0"])


_MYNUM_CELL = re.compile(r"[0-9]{4}[- ]?[0-9]{4}[- ]?[0-9]{4}")
_RESIDENT_CELL = re.compile(r"[0-9]{4}[- ]?[0-9]{4}[- ]?[0-9]{3}")
_LICENSE_CELL = re.compile(r"(?:第\s?)?[0-9]{4}[- ]?[0-9]{4}[- ]?[0-9]{4}(?:\s?号)?")
_CARD_CELL = re.compile(r"[0-9][0-9 \-]{12,22}[0-9]")


_IPV4_CELL = re.compile(r"(?:0|[1-9][0-9]{0,2})(?:\.(?:0|[1-9][0-9]{0,2})){3}")  # (ipaddress's own syntax)


def _ip_cell(v: str) -> bool:
    if v.count(".") != 3 and ":" not in v:
        return False  # (what the answer below needs anyway: no parse, and no exception, for most cells)
    if _IPV4_CELL.fullmatch(v) is not None:  # (the common case without the ipaddress module's exceptions)
        return all(int(octet) <= 255 for octet in v.split("."))
    try:
        ipaddress.ip_address(v)
    except ValueError:
        return False
    return v.count(".") == 3 or ":" in v


_NANP_CELL = re.compile(r"\([2-9][0-9]{2}\) ?[2-9][0-9]{2}-[0-9]{4}|[2-9][0-9]{2}[-.][2-9][0-9]{2}[-.][0-9]{4}")


_NOT_DIGIT = re.compile(r"[^0-9]+")


def _phone_cell(v: str) -> bool:
    if not _PHONE_CELL.fullmatch(v):
        return False
    if v.startswith("+"):
        import phonenumbers  # noqa: PLC0415

        try:
            return _intl_possible(v)  # (+44 (0)7700 900412: possible in its country, in a phone column)
        except phonenumbers.NumberParseException:
            return False
    if _NANP_CELL.fullmatch(v):
        return True  # a North American number in a phone column: (415) 555-0187, 646-555-0192
    d = _NOT_DIGIT.sub("", v)
    if d.startswith("0") and len(d) in (10, 11):
        ok = _jp_valid(d)
        # (a possible-only 0X0 number of ten digits written without separators: a card or member number)
        return ok is True or (ok is None and not (len(d) == len(v) and wrong_length_0x0(d)))
    if d.startswith("81") and len(d) in (11, 12) and len(d) == len(v) and d[2] != "0":
        return _jp_valid("0" + d[2:]) is True  # an SMS gateway's MSISDN: 819012778840, +81 without its plus
    return False


_FOREIGN_PHONE_CELL = re.compile(r"(?:\(\d{1,4}\) ?)?\d{2,5}(?:[ \-]\d{2,5}){1,3}")


def _named_phone_cell(v: str) -> bool:
    """A cell of a column a header names a phone column: also another country's national form, grouped as phone
    numbers are written (0211 6873 2245, (19) 99812-4471, 139-1652-0478), valid for one of the usual countries."""
    if _phone_cell(v):
        return True
    v = v.strip()
    d = _NOT_DIGIT.sub("", v)
    return (8 <= len(d) <= 13 and _FOREIGN_PHONE_CELL.fullmatch(v) is not None and _DATE_SHAPE.fullmatch(v) is None
            and _foreign_valid(v))


_DATE_SHAPE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{4}")


def _role_surname(v: str) -> bool:
    """A surname alone (坂口, ナカノ), as a role's column (確認者, 担当) holds it (person's checks; imported late)."""
    v = v.strip()
    if 2 <= len(v) <= 6 and all("\u30a1" <= c <= "\u30fa" or c == "ー" for c in v):
        # a surname in katakana (ナカノ, サトウ: a salon's or a call centre's staff column)
        from .person import _common_word, _kana_class, _names  # noqa: PLC0415
        # (サトウ is also sugar; ナガイ, which the dictionary also reads as 長い, is no common word written so)
        return v in _names().family_kana and (_kana_class(v) >= 1 or not _common_word(v))
    if "・" in v and len(v) <= 14:
        # two or three staff in one cell (香川・西): each a surname; a one-kanji one beside a longer one
        parts = v.split("・")
        return 2 <= len(parts) <= 3 and all(parts) and any(len(p) >= 2 for p in parts) and all(
            _role_surname(p) or (len(p) == 1 and _one_kanji_surname(p)) for p in parts)
    if not 1 <= len(v) <= 4:
        return False
    from .person import _bare_surname  # noqa: PLC0415
    # (a role's header is as sure a cue as a label: a surname that is also an ordinary word, 山岸, 岸本, counts)
    return _bare_surname(v, 0)


def _one_kanji_surname(v: str) -> bool:
    from .person import _surname  # noqa: PLC0415
    return "\u4e00" <= v <= "\u9fff" and _surname(v)


def staff_header(hm: HeaderMatch) -> bool:
    """A role's column (確認者, 担当, 受取人: confidence 0.75): full names, or surnames alone as staff sign a log."""
    return hm.pii_type == "PERSON" and not hm.kind and 0.7 <= hm.confidence < 0.8


_DIRECTION_KANJI = frozenset("東西南北中上下左右前後内外本新旧")


def one_kanji_staff(sample: Sequence[tuple[int, str]]) -> bool:
    """A staff column of one-kanji surnames only, none a direction (受付 | 関, 関, 関; 確認者 | 堀; not 確認者 | 東, 東)."""
    return len(sample) >= 2 and all(len(v) == 1 and v not in _DIRECTION_KANJI and _one_kanji_surname(v) for _, v in sample)


def staff_pieces(v: str) -> list[tuple[int, int]]:
    """The (start, end) of each surname in a staff cell listing two or three with ・ (香川・西), else []."""
    if "・" not in v or not _role_surname(v):
        return []
    out, p0 = [], 0
    for part in v.split("・"):
        out.append((p0, p0 + len(part)))
        p0 += len(part) + 1
    return out


def _latin_known(v: str) -> bool:
    """A Latin-script cell made of known name words (person.latin_name_known; imported late: person imports this)."""
    if not v.isascii() or len(v) > 40 or " " not in v:
        return False
    from .person import latin_name_known  # noqa: PLC0415
    return latin_name_known(v) and _NOT_NAME.search(v) is None and v not in _COUNTRY_NAMES


def _name_cell(v: str, strong_only: bool) -> bool:
    if _ACCENTED.search(v) is not None:
        v = _without_accents(v)  # TRẦN VĂN MINH, José García: the shape of their letters without the diacritics
    if len(v) > 40 or not (_NAME_STRONG.fullmatch(v) or not strong_only and _NAME_WEAK.fullmatch(v)) or v in _COUNTRY_NAMES:
        return False
    # (the shape first: most cells that are no names fail it at once)
    # (名義 | 代表名義, 本人名義: whose name a line is in, not the name)
    return _NOT_NAME.search(v) is None and v not in _FORM_LABEL_WORDS and not v.endswith("名義")


# the labels of a blank form's next fields, read into a name column's cell (お名前 ⏎ 年齢　　歳　　性別)
_FORM_LABEL_WORDS = frozenset((
    "年齢", "性別", "職業", "続柄", "住所", "氏名", "名前", "お名前", "電話", "電話番号", "備考", "連絡先", "生年月日", "国籍",
    "本籍", "所属", "役職", "肩書", "学年", "学校", "勤務先", "趣味", "特技", "資格", "署名", "捺印", "印鑑", "記入日", "日付",
    "年月日", "フリガナ", "ふりがな", "メール", "携帯", "自宅", "関係", "本人", "保護者", "緊急連絡先", "血液型", "身長", "体重",
    # a reporter's or a contact's kind in a name column (reporter | 医師, 報告者 | 薬剤師, 申出者 | 家族)
    "医師", "薬剤師", "看護師", "歯科医師", "保健師", "患者", "家族", "消費者", "担当者", "不明", "匿名", "匿名希望", "未記入",
    "代表", "同上",
    # a record's status where its name was (2100045815,退会済み,,,: a closed membership, 削除済, 欠番)
    "退会", "退会済", "退会済み", "削除", "削除済", "削除済み", "退職", "退職済", "退職済み", "欠番", "空き", "空室", "該当なし",
    "なし", "無し", "未登録", "非公開", "抹消", "抹消済", "抹消済み", "解約", "解約済", "解約済み", "停止", "休会", "休会中",
    # a role or a place where a staff column's name would be (担当 | 店主, 受付者 | 会長, 報告者 | 管理人, 社宅, 御中)
    "店主", "店長", "会長", "社長", "管理人", "大家", "オーナー", "社宅", "御中", "本社", "事務局", "名乗らず", "自社", "当社",
    "全員", "各自", "担当", "係", "受付", "窓口", "上司", "部長", "課長", "係長", "主任", "院長", "先生", "所長", "支店長",
    "合同", "共同", "全班", "応援",  # (a job two crews do together: 班 | 合同)
    # a party's roles on a blank roster's rows (区分 | リーダー, メンバー: 登山届, team entries)
    "リーダー", "サブリーダー", "メンバー", "隊長", "副隊長", "会員", "ゲスト", "スタッフ", "引率者", "同行者", "補欠",
))


_LATIN_GIVEN = re.compile(r"[A-Z][a-z]{1,19}")


_LATIN_CAPS_ONE = re.compile(r"[A-Z]{4,20}")
_NO_ONE_CAPS = frozenset("NONE NULL UNKNOWN TEST DUMMY SAMPLE VACANT EMPTY BLANK TBD TBA PENDING DELETED N/A".split())


def _named_cell(v: str) -> bool:
    """A cell of a column a header names a person's (氏名, 連名, guest_name): a name, or a given name alone (Tom), or a
    single name in capitals, as a passport writes a person with one name (SUPRIYADI)."""
    return _name_cell(v, strong_only=False) or (
        _LATIN_GIVEN.fullmatch(v) is not None and not _NOT_NAME.search(v) and v not in _COUNTRY_NAMES) or (
        _LATIN_CAPS_ONE.fullmatch(v) is not None and v not in _NO_ONE_CAPS and not _NOT_NAME.search(v)
        and v.capitalize() not in _COUNTRY_NAMES and not _no_name_word(v))


def _no_name_word(v: str) -> bool:
    """A word the Latin stop list holds (SALES, TOKYO): no one's name (person_latin, imported late)."""
    from .person_latin import _X, _word_flags  # noqa: PLC0415
    return bool(_word_flags(v) & _X)


# a record's status written in its kana name fields (the reading of 退会済み, 削除済み)
_STATUS_KANA = frozenset("タイカイ タイカイズミ タイカイスミ サクジョ サクジョズミ サクジョスミ タイショク マッショウ カイヤク".split())


# the countries and regions a code table or a nationality column lists (name_ja | ベトナム, name_en | Viet Nam): no
# person's names, though a master table's header may say "name"
_COUNTRY_NAMES = frozenset((
    "ベトナム 中国 韓国 台湾 香港 マカオ 北朝鮮 朝鮮 日本 フィリピン ネパール インドネシア ブラジル ペルー スリランカ ミャンマー タイ "
    "アメリカ アメリカ合衆国 米国 英国 インド バングラデシュ パキスタン モンゴル マレーシア シンガポール カンボジア ラオス "
    "ウズベキスタン アフガニスタン トルコ イラン エジプト ナイジェリア ガーナ ケニア メキシコ アルゼンチン ボリビア コロンビア "
    "チリ カナダ オーストラリア ニュージーランド イギリス フランス ドイツ イタリア スペイン ポルトガル オランダ ベルギー スイス "
    "スウェーデン ノルウェー フィンランド デンマーク ポーランド ウクライナ ロシア 無国籍 その他 不明"
).split()) | frozenset((
    "Viet Nam|Vietnam|Việt Nam|Việt|Trung Quốc|Hàn Quốc|Nhật Bản|China|Korea|Republic of Korea|South Korea|North Korea|Taiwan|Hong Kong|Japan|Philippines|"
    "Pilipinas|Nepal|Indonesia|Brazil|Brasil|Peru|Perú|Sri Lanka|Myanmar|Thailand|United States|USA|United Kingdom|UK|"
    "India|Bangladesh|Pakistan|Mongolia|Malaysia|Singapore|Cambodia|Laos|Uzbekistan|Turkey|Iran|Egypt|Nigeria|Ghana|Kenya|"
    "Mexico|Argentina|Bolivia|Colombia|Chile|Canada|Australia|New Zealand|France|Germany|Italy|Spain|Portugal|"
    "Netherlands|Belgium|Switzerland|Sweden|Norway|Finland|Denmark|Poland|Ukraine|Russia|Stateless|Other|Unknown"
).split("|"))


def _address_cell(v: str) -> bool:
    return (bool(_PREF_RX.match(v) and len(v) >= 5) or _ADDRESS_CELL.match(v) is not None
            or (v.count(",") >= 2 and _FOREIGN_ADDRESS_CELL.fullmatch(v.strip()) is not None
                and _VERSION_PART.search(v) is None)
            or ("," in v and _EU_ADDRESS_CELL.fullmatch(v.strip()) is not None))


# an address abroad in Latin letters (diacritics too), three or more comma-separated parts and a number in one of
# them (27 Lê Đình Lý, Thạc Gián, Thanh Khê, Đà Nẵng; Seoul, Mapo-gu, Yanghwa-ro 45, 1203-ho): under an address label
_FOREIGN_PART = r"[0-9A-Za-z\u00c0-\u024f\u1e00-\u1eff][0-9A-Za-z\u00c0-\u024f\u1e00-\u1eff .'/#\-]{0,40}"
# a European street, its number, then the postcode and the town (Am Hochfeld 23, 41464 Neuss; 12 rue des Lilas, 69003
# Lyon)
_EU_ADDRESS_CELL = re.compile(r"(?:[A-ZÄÖÜ][\w.'\-]*(?: [\w.'\-]+){0,4} [0-9]{1,4}[a-zA-Z]?|[0-9]{1,4}[a-z]?,? [\w.'\-]+(?: [\w.'\-]+){0,4})"
                              r", ?[0-9]{4,5} [A-ZÄÖÜ][\w\-]+(?: [\w\-]+){0,3}")
_VERSION_PART = re.compile(r"(?<![^ ,])v?[0-9]+\.[0-9]+")  # (v1.2.3, 2.0.0: a list of versions, no address)
_FOREIGN_ADDRESS_CELL = re.compile(rf"(?=[^\n]*[0-9])(?=[^\n]*[A-Za-z\u00c0-\u024f\u1e00-\u1eff]{{3}}){_FOREIGN_PART}"
                                   rf"(?:, ?{_FOREIGN_PART}){{2,7}}")


# values of a special-care column that state nothing (none, normal, not applicable)
_SC_EMPTY = _EMPTYISH | frozenset([
    "なし。", "特記なし", "特記事項なし", "異常なし", "所見なし", "該当なし", "該当無し", "非該当", "自立", "不明", "不詳", "未回答",
    "未記入", "いいえ", "ない", "ありません", "問題なし", "正常", "良好", "a", "a判定", "no", "n", "false", "―", "－", "unknown",
    "未定", "確認中", "tbd", "pending",
    # (no result at all: the check was not taken, 未受診, or is still to come)
    "未受診", "未実施", "未測定", "未検査", "受診予定", "予約済", "未提出", "欠席",
])
_NUMERICISH = re.compile(r"[0-9\s/\-.:,年月日時分秒]+")


def _special_cell(v: str) -> bool:
    v = v.strip()
    if v.lower() in _SC_EMPTY or _NUMERICISH.fullmatch(v):
        return False
    return not (_IDLIKE.fullmatch(v) and any(c.isdigit() for c in v))  # codes (A12, 2024-001) are not conditions


_BP_CELL = re.compile(r"([0-9]{2,3}) ?/ ?([0-9]{2,3})(?: ?mmhg)?", re.I)


def _bp_cell(v: str) -> bool:
    """A blood-pressure reading (a plausible systolic/diastolic pair), or a word that states one (高値)."""
    m = _BP_CELL.fullmatch(v.strip())
    if m is not None:  # a named person's reading is a health-check result, high or not
        return 60 <= int(m.group(1)) <= 260 and 30 <= int(m.group(2)) <= 160
    return _special_cell(v) and not any(c.isdigit() for c in v)


def _bp_half_cell(v: str) -> bool:
    """One half of a reading in its own column (収縮期血圧 | 拡張期血圧: 168 | 104), or a whole reading."""
    v = v.strip()
    return 30 <= int(v) <= 260 if v.isdigit() else _bp_cell(v)


@lru_cache(maxsize=1)
def _sc_term_rx() -> re.Pattern:
    words: set[str] = set()
    for row in data.rows("special_care.tsv"):
        if len(row) >= 3 and row[0] == "term" and row[1] in ("medical", "disability", "health_check"):
            words.update(w for w in row[2].split() if len(w) >= 2 and w.upper() not in ("判定", "血圧", "BMI", "LD"))
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                      + r"|[病症癌]|がん|障害|障がい|疾患|骨折|ヘルニア|手術|入院|療養|治療|通院|加療|負傷|怪我|けが|傷病|メンタル")


def _sc_term_cell(v: str) -> bool:
    """A value that names a condition or disability (a 休職事由 of うつ病, not 育児休業)."""
    return _special_cell(v) and _sc_term_rx().search(v) is not None


_KANJI_PART = re.compile(rf"[{_KANJI}][{_KANJI}\u3041-\u3096]{{0,4}}")
# (a given name of hiragana and a final kanji: ふみ子, きよ江, はる美)
_KANA_PART = re.compile(r"[\u30a1-\u30fa][\u30a1-\u30fa\u30fc]{0,11}|[\u3041-\u3096][\u3041-\u3096\u30fc]{0,11}"
                        r"|[\u3041-\u3096]{1,3}[子江代枝美恵乃世絵]")
# (Western names keep their accents: Chloé, Björn, Núñez, Łukasz)
_LATIN_PART = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž]+(?:[\-'][A-Za-zÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž]+)*"
                         r"|[A-ZÀ-ÖØ-ÞĀ-ž]{2,}(?:[\-'][A-ZÀ-ÖØ-ÞĀ-ž]{2,})*")


# as _NOT_NAME, but surnames end in 村 and 町 (中村, 野村, 大町)
_NOT_NAME_PART = re.compile(_NOT_NAME.pattern.replace("都$|道$|府$|県$|市$|区$|町$|村$", "都$|道$|府$|県$|市$|区$|郡$"))


def _name_part_cell(v: str, latin: bool) -> bool:
    """A surname or given name on its own (拓, 千尋, ヨシダ, Olivia, MATSUDA), or a full name."""
    if len(v) > 30 or v.lower() in _SC_EMPTY or _NOT_NAME_PART.search(v) or v in _FORM_LABEL_WORDS or v in _STATUS_KANA:
        return False  # (退会済, タイカイズミ: a closed record's placeholder in its name fields)
    if _KANJI_PART.fullmatch(v) or _KANA_PART.fullmatch(v) or _name_cell(v, strong_only=False) and not v.isascii():
        return True
    return latin and (_LATIN_PART.fullmatch(v) is not None or _name_cell(v, strong_only=False))


_ROOM_TAIL = re.compile(r"(?:[ \-#]?(?:[A-Z][ \-]?)?[0-9]{1,5}(?:-[0-9]{1,4})?[A-Z]?(?:号室|号|階|F|f)?)$")
_ROOM_WORD = re.compile(r"号室|階|F$")
_LATIN_UNIT = re.compile(
    r"(?i)(?:apt|apartment|room|rm|suite|ste|unit|flat|bldg|building|floor|fl|#)\.? ?#?[a-z0-9\-]{1,6}\b")
_LETTER = re.compile(rf"[{_KANJI}\u3041-\u3096\u30a1-\u30fa\u30fcA-Za-z]")


_PROPERTY_CODE = re.compile(r"[A-Z]{2,4}[-‐][0-9]{3,6}(?:[ \u3000/／]+[0-9]{2,4})?$")


def _building_cell(v: str) -> bool:
    """The building/room part of an address (ベイサイドレジデンス1204, 中日ビル9階, 503号室, Apt 4B)."""
    v = v.strip()
    if not v or len(v) > 50 or "@" in v or _NUMERICISH.fullmatch(v):
        return False
    if _PROPERTY_CODE.match(v):
        return False  # MJ-0311, MJ-0142　302: a property's code (and room), which locates no one without the address
    if _LATIN_UNIT.match(v):
        return True
    m = _ROOM_TAIL.search(v)  # a building name alone (本社ビル) may be a facility list: a room or floor is needed
    if m is None or m.start() >= len(v):
        return False
    head = v[:m.start()]
    return (_LETTER.search(head) is not None and not head.endswith(("年", "月", "日", "円", "線", "駅", "第"))) \
        or _ROOM_WORD.search(m.group()) is not None


def _line2_cell(v: str) -> bool:
    return _address_cell(v) or _building_cell(v)


_PREF_NAMES = frozenset(PREFECTURES) | frozenset(p[:-1] for p in PREFECTURES if p[-1] in "都府県")
_LATIN_PLACE = re.compile(r"[A-Z][A-Za-z.'\-]*(?: [A-Z][A-Za-z.'\-]*){0,3}")
# (a city column often holds the town too: 新潟市中央区万代, 那覇市久茂地)
_CITY_CELL = re.compile(rf"[{_KANJI}\u3041-\u3096\u30a1-\u30fa\u30fc]{{1,10}}[市区町村郡]"
                        rf"(?:[{_KANJI}\u3041-\u3096\u30a1-\u30fa\u30fc]{{1,10}}[市区町村])?"
                        rf"(?:[{_KANJI}\u3041-\u3096\u30a1-\u30fa\u30fcヶ]{{1,10}})?")
_TOWN_CELL = re.compile(rf"[{_KANJI}\u3041-\u3096\u30a1-\u30fa\u30fc0-9]{{1,20}}")
_NUMERAL = "0-9一二三四五六七八九十〇"
# block numbers, with the town or 丁目 before them: 3-19-5, 12-3-1102, 3丁目21番1号, 一番町二丁目4-17, 加納町4-3-8
_STREET_CELL = re.compile(
    rf"(?:[{_KANJI}\u3041-\u3096\u30a1-\u30fa\u30fc]{{1,12}})?[{_NUMERAL}]{{1,4}}"
    rf"(?:(?:-|丁目|番地の|番地|番|号|の)[{_NUMERAL}]{{1,5}}){{0,4}}(?:丁目|番地|番|号)?(?: ?[^\s@]{{1,25}})?")
_NUMERAL_CHARS = frozenset("0123456789一二三四五六七八九十〇")
_NOT_TOWN = re.compile(r"株式会社|有限会社|合同会社|\(株\)|㈱|法人|店$|支店|営業所|センター")
_NOT_STREET = re.compile(r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|0\d{1,4}-\d{1,4}-\d{4}|\d{5,}")


def _pref_cell(v: str) -> bool:
    return v in _PREF_NAMES or (_LATIN_PLACE.fullmatch(v) is not None and len(v) <= 30)


def _city_cell(v: str) -> bool:
    return _CITY_CELL.fullmatch(v) is not None or _address_cell(v) or (
        _LATIN_PLACE.fullmatch(v) is not None and len(v) <= 40)


def _town_cell(v: str) -> bool:
    return ((_TOWN_CELL.fullmatch(v) is not None and not v.isdigit()) or _LATIN_PLACE.fullmatch(v) is not None
            or _address_cell(v)) and v.lower() not in _EMPTYISH and not _NOT_TOWN.search(v)


def _street_cell(v: str) -> bool:
    return _address_cell(v) or (len(v) <= 40 and _STREET_CELL.fullmatch(v) is not None
                                and _NOT_STREET.fullmatch(v) is None and any(c in _NUMERAL_CHARS for c in v))


# a street part written in romaji (Kamimaezu 2-14-8, 1-2-3 Chuo)
_ROMAJI_STREET = re.compile(r"[A-Z][a-z]+(?:[ \-][A-Za-z]+){0,2},? [0-9]{1,4}(?:-[0-9]{1,4}){1,3}"
                            r"|[0-9]{1,4}(?:-[0-9]{1,4}){1,3},? [A-Z][a-z]+(?:[ \-][A-Za-z]+){0,2}")


def _line1_cell(v: str) -> bool:
    """An address's line 1: the street part (北沢3-21-7, 菊水3条2丁目4-18, Kamimaezu 2-14-8) or a whole address."""
    v = v.strip()
    return _street_cell(v) or _ROMAJI_STREET.fullmatch(v) is not None


def _seven_digit_account(v: str) -> bool:
    """A Japanese account number alone: seven digits (a bare `account` column's values; longer ids are no bank's)."""
    v = v.strip()
    return len(v) == 7 and v.isdigit() and v != "0000000"


def _bldg_cell(v: str) -> bool:
    """A building beside the other parts of a split address: its name alone is enough (基町パークハイツ)."""
    v = v.strip()
    return (0 < len(v) <= 50 and "@" not in v and v.lower() not in _SC_EMPTY and _LETTER.search(v) is not None
            and not _NUMERICISH.fullmatch(v)) or _line2_cell(v)


def _whole_address_cell(v: str) -> bool:
    """An address beyond its municipality (千葉県船橋市本町1-2-3, not 千葉県船橋市 of a store list's 所在地（市区）)."""
    v = v.strip()
    return _address_cell(v) and not (len(v) <= 14 and v[-1:] in "市区町村郡" and not any(c.isdigit() for c in v))


_ADDR_PART_CHECKS = {"addr_pref": _pref_cell, "addr_city": _city_cell, "addr_town": _town_cell,
                     "addr_street": _street_cell, "addr_bldg": _bldg_cell, "addr_whole": _whole_address_cell}


def _stand_in_mailbox(v: str) -> bool:
    """dummy-0001@example.invalid, john.doe@example.com: a stand-in's address (the e-mail detector's own test)."""
    local, _, domain = v.strip().rpartition("@")
    return stand_in_address(local, domain)


VALUE_CHECKS: dict[str, Callable[[str], bool]] = {
    "EMAIL_ADDRESS": lambda v: _EMAIL_CELL.fullmatch(v) is not None and not _stand_in_mailbox(v),
    "PHONE_NUMBER": _phone_cell,
    "POSTAL_CODE": lambda v: (_POSTAL_CELL.fullmatch(v) is not None or _INTL_POSTAL_CELL.fullmatch(v) is not None) and len(
        set(c for c in v if c.isdigit())) > 1,
    "JP_MY_NUMBER": lambda v: _MYNUM_CELL.fullmatch(v) is not None and is_valid_my_number(v),
    "JP_RESIDENT_CODE": lambda v: _RESIDENT_CELL.fullmatch(v) is not None and is_valid_resident_code(v),
    # (the header is the licence label: as after 運転免許証 in text, an unknown commission code is still a licence)
    "JP_DRIVERS_LICENSE": lambda v: _LICENSE_CELL.fullmatch(v) is not None and len(set(digits_of(v))) > 2,
    # a passport column also holds other countries' numbers (548120937, C4812273, P3381920B)
    "JP_PASSPORT": lambda v: _PASSPORT_CELL.fullmatch(v) is not None or other_passport_shape(v.strip()),
    # (not 0000000; not a card number under an acctNumber key: 4297521178502554 passes Luhn with a card's prefix)
    "JP_BANK_ACCOUNT": lambda v: _BANK_CELL.fullmatch(v) is not None and len(set(digits_of(v))) > 1 and not (
        len(v) >= 14 and v.isdigit() and is_valid_card(v)),
    # (not the 4-6-1 digits of an employment-insurance number: 雇用保険 資格取得届's 被保険者番号 column)
    "JP_HEALTH_INSURANCE": lambda v: (_HEALTH_CELL.fullmatch(v) is not None and any(c.isdigit() for c in v)
                                      and _EMPLOYMENT_NUMBER.fullmatch(v.strip()) is None)
    or _HEALTH_KANA_SYMBOL.fullmatch(v) is not None,
    "CREDIT_CARD": lambda v: _CARD_CELL.fullmatch(v) is not None and is_valid_card(v),
    "IP_ADDRESS": _ip_cell,
    "DATE_OF_BIRTH": is_birth_date_value,
    "PERSON": lambda v: _name_cell(v, strong_only=False),
    "ADDRESS": _address_cell,
    "SPECIAL_CARE": _special_cell,
}

_NAME_PART_CHECKS = {"name_part": lambda v: _name_part_cell(v, True),
                     "name_part_ja": lambda v: _name_part_cell(v, False)}
# a grade of a health check, with its note (A, D2, E（治療中）), or a reading or finding in its place
_GRADE_NOTE = re.compile(r"[A-Ea-e][12]?[ \u3000]?(?:[(（][^()（）]{1,12}[)）])?")


def _exam_cell(v: str) -> bool:
    v = v.strip()
    return bool(v) and v not in _NORMAL_WORDS and (_GRADE_NOTE.fullmatch(v) is not None or _bp_cell(v) or _result_cell(v))


# an examination's bare "normal" or a dash (正常, －): nothing written down, where 異常なし and the grade A are results
_NORMAL_WORDS = frozenset(("正常", "なし", "-", "－"))


_SPECIAL_CHECKS = {"bp": _bp_cell, "bp1": _bp_half_cell, "sct": _sc_term_cell, "scg": _exam_cell}
# the examinations of a health check, as a results table heads their columns
_EXAM_COL = re.compile(r"血圧|肝機能|脂質|血中脂質|糖代謝|血糖|貧血|心電図|胸部[XxＸｘ]線|胸部レントゲン|尿検査|尿|腎機能|聴力|視力|"
                       r"眼底|便潜血|肺機能|腹部超音波|胃部|胃|代謝|尿酸|肥満|血液|血液一般|腎|肝|(?:総合)?判定")
# a cell of a health-check finding or judgement column (所見, 判定) that records no result
_NO_RESULT = _EMPTYISH | frozenset(("未受診", "未実施", "対象外", "欠席", "不明", "未定", "確認中", "―", "－", "未回答", "未記入",
                                    "tbd", "pending", "n/a",
                                    # an eligibility verdict (a trial's screening roster: 判定 | 適格), no finding
                                    "適格", "不適格", "保留", "eligible", "ineligible"))
_GRADE = re.compile(r"[A-Ha-h][0-9]?")


def _result_cell(v: str) -> bool:
    """A result of a named person's health check (異常なし, A, D2, 特記事項なし included: what was found is the record)."""
    v = v.strip()
    if v.lower() in _NO_RESULT or _NUMERICISH.fullmatch(v):
        return False
    return _GRADE.fullmatch(v) is not None or _special_cell(v) or v.lower() in _SC_EMPTY


def value_check(hm: HeaderMatch) -> Callable[[str], bool] | None:
    """The check a cell value of a column with this header must pass (narrower families have their own)."""
    t = hm.pii_type
    if t is None:
        return None
    if t == "PERSON" and hm.kind in _NAME_PART_CHECKS:
        return _NAME_PART_CHECKS[hm.kind]
    if t == "PERSON" and not hm.kind and hm.confidence >= 0.85:
        return _named_cell
    if t == "ADDRESS" and hm.kind == "line2":
        return _line2_cell
    if t == "ADDRESS" and hm.kind == "line1":
        return _line1_cell
    if t == "JP_BANK_ACCOUNT" and hm.kind == "acct7":
        return _seven_digit_account
    if t == "ADDRESS" and hm.kind in _ADDR_PART_CHECKS:
        return _ADDR_PART_CHECKS[hm.kind]
    if t == "SPECIAL_CARE":
        return _SPECIAL_CHECKS.get(hm.kind, _result_cell if hm.kind == "scm" else _special_cell)
    if t == "PHONE_NUMBER" and hm.confidence >= 0.85:
        return _named_phone_cell
    return VALUE_CHECKS[t]


def _clean(h: str) -> str:
    # (memoised for header-sized strings: the headers of the tables of a share repeat, their combinations do not)
    return _clean_memo(h) if len(h) <= 80 else _JA_CLEAN.sub("", _header_parts(h)[0])


@lru_cache(maxsize=8192)
def _clean_memo(h: str) -> str:
    return _JA_CLEAN.sub("", _header_parts(h)[0])


_CONTEXT_KINDS = frozenset(("scp", "scm", "sct", "bp", "bp1"))


def contextual_matches(headers: Sequence[Any], identity_upgrade: bool = True,
                       insurance: bool = False) -> list[HeaderMatch]:
    """`_contextual_matches`, memoised on the header strings (exports repeat the same header in every file; long
    key lists of JSON texts are not kept). `insurance`: the table's title says it lists health-insurance cards
    (被保険者台帳, 健康保険組合 …), which its columns need not repeat."""
    if len(headers) > 64:
        return _contextual_matches(headers, identity_upgrade, insurance)
    return list(_contextual_matches_cached(tuple("" if h is None else str(h) for h in headers), identity_upgrade,
                                           insurance))


_CARD_SLIP_MEMBER = frozenset(("会員番号", "カード会員番号"))
_CARD_SLIP_EXPIRY = frozenset(("有効期限", "カード有効期限", "有効期限(YYMM)", "有効期限（YYMM）"))
_CARD_SLIP_OTHER = frozenset(("承認番号", "加盟店番号", "加盟店", "端末番号", "伝票番号", "売上日"))


@lru_cache(maxsize=8192)
def _column_flags(h: str) -> tuple[bool, bool]:
    """(an animal register's column, a nationality column), memoised per header (of up to 80 characters)."""
    return (len(h) <= 40 and _ANIMAL_COL.search(h.lower()) is not None,
            _NATIONALITY_COL.fullmatch(_clean(h).lower()) is not None)


def animal_header(h: str) -> bool:
    """A column or key of an animal register (species, breed, pet_name, 犬種, マイクロチップ)."""
    return _column_flags(h)[0] if len(h) <= 80 else False


def owner_header(h: str) -> bool:
    """A column or object key naming the people of an animal register (owner, customer, holder, 飼い主, 契約者)."""
    return _OWNER_COL.search(h.lower()) is not None


@lru_cache(maxsize=4096)
def _contextual_matches_cached(headers: tuple[str, ...], identity_upgrade: bool,
                               insurance: bool) -> tuple[HeaderMatch, ...]:
    return tuple(_contextual_matches(headers, identity_upgrade, insurance))


def _contextual_matches(headers: Sequence[Any], identity_upgrade: bool = True,
                        insurance: bool = False) -> list[HeaderMatch]:
    """`classify_header` for each header of one table, with the rules that need the neighbouring columns.

    - bare 記号 / 番号 columns (番号 right after 記号) are the symbol and number of a health-insurance card when
      another column of the row mentions insurance (保険者番号, 保険証 …) or `insurance` (the table's title does),
      and no column a bank account;
    - a generic `name` column is a person's name when the table also has an identity column (a My Number,
      a birth date, a bank account …; `identity_upgrade`, off for the keys of a JSON text, whose nested objects
      are not one table);
    - special-care columns other than the strong ones (アレルギー, 血圧, 判定, 所見, 休職事由 …) need a column
      that identifies a person (a name, a contact, an employee/patient ID); 判定 and 所見 also need another
      medical column (血圧, 受診日, 既往歴 …), so an inspection sheet's 判定 column is not a health record;
    - three or more examination columns (血圧 | 肝機能 | 脂質 | 血糖 …) beside a person's column are a health check's
      results by examination: each holds the person's grade (A, D2, E（治療中）) or finding.
    """
    hs = ["" if h is None else str(h) for h in headers]
    ms = [classify_header(h) for h in hs]
    flags = [_column_flags(h) if len(h) <= 80 else _column_flags.__wrapped__(h) for h in hs]
    if any(animal for animal, _ in flags) and not (
            all(_PETS_ALONE.fullmatch(h.strip().lower()) for (animal, _), h in zip(flags, hs) if animal)
            and any(_HUMAN_NAME_COL.search(h.lower()) for h in hs)):
        # (a people's register whose only animal column says whether they brought pets, 氏名 | … | ペット — an
        # evacuation shelter's roster —, is no table of animals)
        # a table of animals (a veterinary or pet-shop register): its birth dates and names are the pets'
        # (but a column named for people only — 氏名, お名前, 顧客名, ふりがな, staff — is the owner's: a salon's
        # customer list with a ペット column)
        ms = [HeaderMatch(None, 0.0, kind=NOT_PERSONAL)
              if m.pii_type in ("DATE_OF_BIRTH", "PERSON", "SPECIAL_CARE") and not _OWNER_COL.search(h.lower())
              and not (m.pii_type == "PERSON" and _HUMAN_NAME_COL.search(h.lower()))
              else m for h, m in zip(hs, ms)]
    if any(nationality for _, nationality in flags):
        # a travel-document column next to a nationality column (an APIS manifest, a hotel register): DOC-NO,
        # document number are passport numbers there
        ms = [HeaderMatch("JP_PASSPORT", 0.8) if m.pii_type is None and not m.negative
              and _TRAVEL_DOC_COL.fullmatch(_clean(h).lower()) else m for h, m in zip(hs, ms)]
    if any(h.strip() in _CARD_SLIP_MEMBER for h in hs):
        # a card sales slip's export (売上日 | 加盟店番号 | 会員番号 | 有効期限 | 承認番号): its 会員番号 is the card
        # company's member number, the card's own number
        cleaned = {h.strip() for h in hs}
        if cleaned & _CARD_SLIP_EXPIRY and cleaned & _CARD_SLIP_OTHER:
            ms = [HeaderMatch("CREDIT_CARD", 0.8) if h.strip() in _CARD_SLIP_MEMBER else m for h, m in zip(hs, ms)]
    if any(m.kind in _ADDR_PARTS for m in ms):
        if any(m.pii_type == "ADDRESS" and m.kind not in _ADDR_PARTS for m in ms):
            # a split address (都道府県 | 市区町村 | 番地 | 建物名): each part is an address, a building name even
            # without a room
            ms = [HeaderMatch("ADDRESS", max(0.85, m.confidence), kind=m.kind) if m.kind in _ADDR_PARTS
                  else HeaderMatch("ADDRESS", m.confidence, kind="addr_bldg")
                  if m.pii_type == "ADDRESS" and m.kind == "line2" else m for m in ms]
        else:  # a prefecture or city alone (配送先都道府県 of an order summary) is no one's address: whole addresses only
            ms = [HeaderMatch("ADDRESS", m.confidence, kind="addr_whole") if m.kind in _ADDR_PARTS
                  and m.pii_type == "ADDRESS" else m for m in ms]
    if any(m.pii_type in (None, "PERSON") and _READING_COL.search(h) for h, m in zip(hs, ms)):
        # a reading or romanised column of a company's or a place's name (商号又は名称 | フリガナ, 都道府県 | 都道府県（カナ）
        # | ローマ字) reads the company or the place
        ms = [HeaderMatch(None, 0.0, kind=NOT_PERSONAL) if m.pii_type in (None, "PERSON") and _reads_a_thing(hs, c) else m
              for c, m in enumerate(ms)]
    if hs and (_THING_KEY.fullmatch(hs[0].strip()) or any(_PARENT_KEY.fullmatch(h.strip()) for h in hs)):
        # a master of things keyed by their id (cat_id | parent_id | name_ja | name_en, sku | name): the name columns
        # name the things (an order's sku or item_id beside the buyer's name is not the row's key)
        ms = [HeaderMatch(None, 0.0, kind=NOT_PERSONAL) if m.pii_type == "PERSON" and _GENERIC_NAME.fullmatch(h.strip())
              else m for h, m in zip(hs, ms)]
    if any(_FIRST_LAST.fullmatch(h.strip().lower()) for h in hs):
        # guest_first | guest_last (an OTA's export), first | last: a person's given name and surname side by side
        fl = [_FIRST_LAST.fullmatch(h.strip().lower()) for h in hs]
        pairs = {(f.group(1), f.group(2)) for f in fl if f is not None}
        ms = [HeaderMatch("PERSON", 0.85, kind="name_part")
              if f is not None and m.pii_type is None and not m.negative
              and (f.group(1), "last" if f.group(2) == "first" else "first") in pairs else m for f, m in zip(fl, ms)]
    if any(m.kind == "name_part_ja" for m in ms) and any(h.strip().lower() in _SURNAME_KEYS for h in hs):
        # surname | given (a passport scan's record): beside a surname column, given and family take any script
        ms = [HeaderMatch("PERSON", m.confidence, kind="name_part") if m.kind == "name_part_ja" else m for m in ms]
    if any(m.kind == "name_part" for m in ms) and any("名字" in h or "苗字" in h for h in hs):
        # 注文者名字 | 注文者名前 | 注文者名字フリガナ | 注文者名前フリガナ: beside its role's 名字 column, 名前 is the given name
        cl = [_clean(h) if len(h) <= 40 else "" for h in hs]
        surnames = {_SURNAME_TAIL.sub("", c) for c in cl if _SURNAME_TAIL.search(c)}
        ms = [HeaderMatch("PERSON", 0.85, kind="name_part")
              if (g := _GIVEN_TAIL.search(c)) is not None and c[:g.start()] in surnames else m for c, m in zip(cl, ms)]
    if any(m.kind == "name_part" for m in ms):
        # 児童姓 | 児童名, 保護者セイ | 保護者メイ: beside its surname column, a 名 column holds the given name
        cleaned = [_clean(h) if len(h) <= 40 else "" for h in hs]
        stems = {c[:-1] for c, m in zip(cleaned, ms) if m.kind == "name_part" and c.endswith("姓")} | {
            c[:-2] for c, m in zip(cleaned, ms) if m.kind == "name_part" and c.endswith("セイ")}
        if stems - {""}:
            ms = [HeaderMatch("PERSON", m.confidence, kind="name_part")
                  if m.pii_type == "PERSON" and not m.kind and (c.endswith("名") and c[:-1] in stems
                                                                 or c.endswith("メイ") and c[:-2] in stems) else m
                  for c, m in zip(cleaned, ms)]
    if identity_upgrade and any(m.pii_type == "PERSON" and m.confidence < 0.7 and not m.kind for m in ms) and any(
            m.pii_type in _IDENTITY_TYPES for m in ms):
        # (not a role's column, 確認者 or 担当 at 0.75: its surnames are staff's, checked as such)
        ms = [HeaderMatch("PERSON", 0.8) if m.pii_type == "PERSON" and m.confidence < 0.7 and not m.kind else m
              for m in ms]
    if any(m.pii_type == "SPECIAL_CARE" for m in ms) and not any(
            m.pii_type in _PERSONAL_COLUMN_TYPES for m in ms) and not any(_PERSON_ID.search(_clean(h).lower()) for h in hs) \
            and (any(_STATS_COL.search(h.lower()) for h in hs)
                 or (any(_CODE_COL.search(h.lower()) for h in hs) and not any(_COURSE_COL.search(h.lower()) for h in hs))):
        # a statistics table or code master of conditions (疾病名 | 今週 | 前週, 病名 | 件数, 病名コード | 傷病名): no
        # person in it
        ms = [HeaderMatch(None, 0.0) if m.pii_type == "SPECIAL_CARE" else m for m in ms]
    if any(m.pii_type == "JP_HEALTH_INSURANCE" for m in ms):
        cl = [_clean(h) if len(h) <= 80 else "" for h in hs]
        if sum(1 for c in cl if _AMOUNT_HEADER.search(c) or _PAYROLL_COL.search(c)) >= 2:
            # a wage ledger (基本給 | 総支給額 | 健康保険 | 厚生年金 | 所得税): a bare 健康保険 column holds the premium
            ms = [HeaderMatch(None, 0.0, negative=True) if m.pii_type == "JP_HEALTH_INSURANCE" and c in _PREMIUM_COLS
                  else m for c, m in zip(cl, ms)]
    if sum(1 for h in hs if _EXAM_COL.fullmatch(h.strip())) >= 3 and any(
            m.pii_type == "PERSON" or _PERSON_ID.search(_clean(h)) for h, m in zip(hs, ms)):
        # a health check's result table by examination (氏名 | 血圧 | 肝機能 | 脂質 | 血糖 | 総合判定 over B | A | C …):
        # each examination's column holds the person's grade or finding
        ms = [HeaderMatch("SPECIAL_CARE", 0.8, kind="scg") if _EXAM_COL.fullmatch(h.strip()) and (
            m.pii_type is None or m.kind == "bp") and not m.negative else m for h, m in zip(hs, ms)]
    kinds = {m.kind for m in ms if m.pii_type == "SPECIAL_CARE"}
    if not kinds & _CONTEXT_KINDS:
        joined = "\n".join(hs)
        if "記号" not in joined and "kigo" not in joined and "ymbol" not in joined and "KIGO" not in joined:
            return ms
    cleaned = [_clean(h) if len(h) <= 80 else "" for h in hs]
    out = list(ms)
    # (a card's 枝番 — its holder's two digits, in 記号-番号-枝番 or a column after 記号 | 番号 — belongs to no bank
    # account: the columns are a card's even beside a payout's account columns)
    branch = any("枝番" in c and "記号" in c for c in cleaned) or any(
        c in _INS_BRANCH and i > 1 and cleaned[i - 1] in _INS_NUMBER and cleaned[i - 2] in _INS_SYMBOL
        for i, c in enumerate(cleaned))
    insurance = branch or (insurance or any(_INS_ROW.search(c) for c in cleaned)) and not any(
        _BANK_ROW.search(c) for c in cleaned)
    if insurance:
        for c, h in enumerate(cleaned):
            if ms[c].pii_type is not None or ms[c].negative:
                continue
            sch = _INS_SCHEME_HEAD.match(h)
            if sch is not None and sch.end() < len(h):
                h = h[sch.end():]  # (社保 記号・番号, 協会けんぽ 記号: the scheme, then the card's fields)
            if h in _INS_SYMBOL or ((h in _INS_NUMBER or h in _INS_BRANCH) and c > 0 and (
                    cleaned[c - 1] in (_INS_NUMBER if h in _INS_BRANCH else _INS_SYMBOL)
                    or (out[c - 1].pii_type == "JP_HEALTH_INSURANCE" and (
                        "番号" in cleaned[c - 1] if h in _INS_BRANCH else "記号" in cleaned[c - 1])))):
                out[c] = HeaderMatch("JP_HEALTH_INSURANCE", 0.85)
    if kinds & _CONTEXT_KINDS:
        for c, m in enumerate(ms):
            if m.pii_type != "SPECIAL_CARE" or m.kind not in _CONTEXT_KINDS:
                continue
            others = [j for j in range(len(ms)) if j != c]
            person = any(ms[j].pii_type not in (None, "SPECIAL_CARE") or _PERSON_ID.search(cleaned[j]) for j in others)
            medical = m.kind != "scm" or _SC_INHERENT.search(cleaned[c]) is not None or any(
                (ms[j].pii_type == "SPECIAL_CARE" and ms[j].kind in ("", "scp", "bp", "bp1"))
                or _MEDICAL_COL.search(cleaned[j])
                for j in others)
            if not (person and medical):
                out[c] = HeaderMatch(None, 0.0)
    return out


# Types a column of values proves without any header: (minimum share, minimum cells)
_SELF_EVIDENT = {
    "EMAIL_ADDRESS": (0.6, 1), "CREDIT_CARD": (0.8, 2), "IP_ADDRESS": (0.8, 2), "PHONE_NUMBER": (0.8, 2),
    "JP_MY_NUMBER": (0.9, 3), "POSTAL_CODE": (0.9, 3),
}
# Types found by the free-text engine whose cell coverage also counts as value evidence.
_ENGINE_EVIDENT = {"PERSON": 0.6, "ADDRESS": 0.6}
_NUMERIC_TYPES = {"JP_MY_NUMBER", "JP_RESIDENT_CODE", "JP_DRIVERS_LICENSE", "JP_PASSPORT", "JP_HEALTH_INSURANCE",
                  "JP_BANK_ACCOUNT", "CREDIT_CARD", "POSTAL_CODE", "PHONE_NUMBER", "DATE_OF_BIRTH"}


def _cell_text(value: Any) -> str:
    if isinstance(value, bytes):
        return ""
    return str(value)


def _stripped_bounds(s: str) -> tuple[int, int]:
    start = len(s) - len(s.lstrip())
    end = len(s.rstrip())
    return start, end


# --------------------------------------------------------------------------------------------- tables
def analyze_table(engine: "Engine", header: Sequence[Any] | None, rows: Sequence[Sequence[Any]]) -> "TableAnalysis":
    """Cell entities and column verdicts for a sampled table (see the module docstring)."""
    from .engine import CellEntity, ColumnVerdict, TableAnalysis  # noqa: PLC0415

    out = TableAnalysis()
    min_score = engine.options.min_score
    wanted = set(engine.options.types)
    ncols = max([len(header or [])] + [len(r) for r in rows if r is not None] or [0])
    matches = contextual_matches(list(header or []) + [None] * (ncols - len(header or [])))
    for c in range(ncols):
        cells: list[tuple[int, str]] = []
        for r, row in enumerate(rows):
            if row is None or c >= len(row) or row[c] is None:
                continue
            s = _cell_text(row[c])
            if s.strip():
                cells.append((r, s))
        hm = matches[c]

        # 1. free-text entities, one engine pass per column
        found: dict[int, list] = {}
        if cells:
            starts: list[int] = []
            pos = 0
            for _, s in cells:
                starts.append(pos)
                pos += len(s) + len(_CELL_SEP)
            joined = _CELL_SEP.join(s for _, s in cells)
            for e in engine.analyze(joined):
                i = bisect.bisect_right(starts, e.start) - 1
                cs = starts[i]
                if e.end > cs + len(cells[i][1]):
                    continue  # crosses a cell boundary
                found.setdefault(i, []).append((e.type, e.start - cs, e.end - cs, e.score))

        # 2. value shares -> verdict
        sample = [(i, normalize(s.strip()).text) for i, (_, s) in enumerate(cells[:MAX_SAMPLE])]
        verdict = column_verdict(hm, sample, found)

        if verdict is not None and (not wanted or verdict[0] in wanted):
            out.columns.append(ColumnVerdict(c, verdict[0], round(verdict[1], 3), verdict[2]))

        # 3. cell entities: free-text results, corrected by the column verdict
        vtype = verdict[0] if verdict is not None and verdict[1] >= min_score else None
        chk = (value_check(hm) if vtype == hm.pii_type else VALUE_CHECKS.get(vtype)) if vtype else None
        for i, (r, s) in enumerate(cells):
            ents = found.get(i, [])
            if hm.negative:
                ents = [e for e in ents if e[0] not in _NUMERIC_TYPES]
            if vtype is not None:
                b0, b1 = _stripped_bounds(s)
                value = normalize(s[b0:b1]).text
                pieces = staff_pieces(value) if vtype == "PERSON" and hm.confidence < 0.8 and b1 - b0 == len(value) else []
                if pieces:
                    # 香川・西 in a staff column: each surname a name
                    ents = [e for e in ents if e[0] != vtype] + [(vtype, b0 + a, b0 + b, verdict[1]) for a, b in pieces]
                elif chk is not None and chk(value):
                    # the whole cell is a value of the column's type: it replaces partial and other guesses
                    same = [e[3] for e in ents if e[0] == vtype]
                    ents = [e for e in ents if e[0] != vtype and (e[2] - e[1]) < 0.9 * (b1 - b0)]
                    ents.append((vtype, b0, b1, max(same + [verdict[1]])))
            for t, st, en, sc in ents:
                out.entities.append(CellEntity(t, r, c, st, en, sc))
    return out


# the prefectures as a name column of a place table writes them (北海道, 千葉県, 千葉, Chiba, CHIBA)
_PREFECTURE_NAMES = frozenset(
    [p for p in PREFECTURES] + [p[:-1] for p in PREFECTURES if p != "北海道"] + list(PREFECTURES_ROMAJI)
    + [p.upper() for p in PREFECTURES_ROMAJI] + [p + "-ken" for p in PREFECTURES_ROMAJI] + ["Tokyo-to", "Osaka-fu", "Kyoto-fu"])

# … those that are no one's surname (a suffixed name, 東京都, 香川県; Tokyo, Osaka, Hokkaido …)
_PREFECTURE_ONLY = frozenset(
    list(PREFECTURES) + ["Tokyo-to", "Osaka-fu", "Kyoto-fu"] + [p + "-ken" for p in PREFECTURES_ROMAJI]
    + [w for p in ("Hokkaido", "Tokyo", "Osaka", "Kanagawa", "Aichi", "Okinawa", "Gunma", "Gifu", "Ehime", "Niigata",
                   "Aomori", "Iwate", "Hyogo", "Saitama", "Kyoto", "Oita", "Tochigi", "Shizuoka") for w in (p, p.upper())])


# a foreign name as written in Latin letters or katakana (Htet Htet Wai, Ayşe Demir, ハミドゥッラー)
_FOREIGN_NAME_SHAPE = re.compile(r"[A-ZÀ-ÞĐ][^\s0-9]+(?: [A-ZÀ-ÞĐ][^\s0-9]+){1,3}|[\u30a1-\u30fa\u30fc・ ]{3,20}")


def column_verdict(
    hm: HeaderMatch, sample: Sequence[tuple[int, str]], found: dict[int, list] | None = None,
    check: Callable[[str], bool] | None = None,
) -> tuple[str, float, str] | None:
    """(type, confidence, basis) for a column from its header match and its sampled (index, value) cells.

    `found` maps a sample index to the free-text entities (type, start, end, score) seen in that cell; `check`, if
    given, is `value_check(hm)` (a caller's memoised one, whose answers it reuses for the cells).
    """
    found = found or {}
    n = len(sample)
    if not n:
        if hm.pii_type is not None:
            return hm.pii_type, round(hm.confidence * 0.8, 3), "header"
        return None

    def share(t: str) -> float:
        chk = (check or value_check(hm)) if t == hm.pii_type else VALUE_CHECKS[t]
        if t == "PERSON" and sum(1 for _, v in sample if v.strip() in _PREFECTURE_NAMES) * 2 >= n and any(
                v.strip() in _PREFECTURE_ONLY for _, v in sample):
            # a `name_en` column of prefectures (Hokkaido, Chiba, Okinawa): places, some also surnames (one at least
            # no one's: a staff column of 香川 and 西 is people)
            return 0.0
        if t == "PERSON" and staff_header(hm):
            # a role's column (確認者, 担当, 受取人): full names, or surnames alone as staff sign a log
            hits = sum(1 for _, v in sample if _name_cell(v, strong_only=True) or _role_surname(v) or _latin_known(v))
            if hits and hits < n:  # (a one-kanji surname, 西 or 林, counts beside longer ones)
                hits += sum(1 for _, v in sample if len(v.strip()) == 1 and _one_kanji_surname(v.strip()))
            elif not hits and one_kanji_staff(sample):
                hits = n  # (… or fills the column alone: 確認者 | 堀, 堀, 堀)
            if 0.5 <= hits / n < 1 and n >= 4 and all(
                    _name_cell(v, strong_only=True) or _role_surname(v) or _latin_known(v)
                    or (_FOREIGN_NAME_SHAPE.fullmatch(v.strip()) and _name_cell(v, strong_only=False)) for _, v in sample):
                return 1.0  # (half known names, the rest foreign names in Latin or katakana: an interpreters' column)
            return hits / n
        if t == "PERSON" and hm.pii_type == "PERSON" and hm.confidence < 0.8:
            # a generic `name` header: names must look like names, not like product or place names
            strong = sum(1 for _, v in sample if _name_cell(v, strong_only=True) or _latin_known(v)) / n
            weak = sum(1 for _, v in sample if _name_cell(v, strong_only=False)) / n
            return 1.0 if strong >= 0.7 or (weak >= 0.8 and strong >= 0.3) else strong
        hits = 0
        for i, v in sample:
            if chk(v) or (t in _ENGINE_EVIDENT and _covered(found.get(i, ()), t, len(v), _ENGINE_EVIDENT[t])):
                hits += 1
        return hits / n

    if hm.pii_type == "SPECIAL_CARE":
        # share among the cells that state something (a column of なし with two allergies is still one);
        # narrow checks (a high blood pressure, a condition word) need one hit
        chk = check or value_check(hm)
        stated = [v for _, v in sample if v.strip().lower() not in _SC_EMPTY]
        hits = sum(1 for v in stated if chk(v))
        if hits and hits >= (1 if hm.kind in _SPECIAL_CHECKS else 0.3 * len(stated)):
            return hm.pii_type, min(1.0, 0.5 + 0.5 * hits / len(stated) * hm.confidence + 0.1), "header+values"
    elif hm.pii_type is not None:
        sh = share(hm.pii_type)
        need = 0.5 if hm.confidence >= 0.8 else 0.7
        if sh >= need:
            return hm.pii_type, min(1.0, 0.5 + 0.5 * sh * hm.confidence + 0.1), "header+values"
    if hm.negative:
        return None
    best = None
    for t, (need, min_n) in _SELF_EVIDENT.items():
        if n < min_n:
            continue
        sh = share(t)
        if sh >= need and (best is None or sh > best[1]):
            best = (t, sh)
    for t in _ENGINE_EVIDENT:
        if best is None and n >= 2:
            sh = sum(1 for i, v in sample if _covered(found.get(i, ()), t, len(v), 0.6)) / n
            if sh >= 0.7:
                best = (t, sh)
    if best is not None:
        return best[0], min(0.95, 0.45 + 0.5 * best[1]), "values"
    return None


def _covered(ents: Sequence[tuple], t: str, length: int, ratio: float) -> bool:
    return length > 0 and sum(e[2] - e[1] for e in ents if e[0] == t) >= ratio * length


def classify_schema(columns: Sequence[tuple[str, str, str]], min_score: float = 0.5) -> list["ColumnVerdict"]:
    """Verdicts from (name, type, comment) only: header confidence scaled down, basis "schema"."""
    from .engine import ColumnVerdict  # noqa: PLC0415

    out = []
    names = contextual_matches([(list(col) + [""])[0] for col in columns])
    for c, col in enumerate(columns):
        name, typ, comment = (list(col) + ["", "", ""])[:3]
        hm = names[c]
        if hm.pii_type is None and comment and not classify_header(name).pii_type:
            hm = classify_header(comment)
            if hm.kind in _CONTEXT_KINDS:
                continue
        if hm.pii_type is None:
            continue
        conf = hm.confidence * 0.75
        t = (typ or "").lower()
        if hm.pii_type == "DATE_OF_BIRTH" and any(k in t for k in ("date", "time")):
            conf += 0.1
        if hm.pii_type in ("JP_MY_NUMBER", "PHONE_NUMBER", "POSTAL_CODE", "CREDIT_CARD") and any(k in t for k in ("bool", "float", "double", "real")):
            continue
        if conf >= min_score:
            out.append(ColumnVerdict(c, hm.pii_type, round(min(conf, 0.8), 3), "schema"))
    return out
