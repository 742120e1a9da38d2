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
"""

from __future__ import annotations

import bisect
import ipaddress
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Callable, Sequence

from .context import PREFECTURES
from .credit_card import is_valid_card
from .date_of_birth import is_birth_date_value
from .drivers_license import is_plausible_license
from .my_number import is_valid_my_number
from .normalize import normalize
from .phone import _jp_valid
from .resident_code import is_valid_resident_code

if TYPE_CHECKING:  # pragma: no cover
    from .engine import ColumnVerdict, Engine, TableAnalysis

__all__ = ["HeaderMatch", "classify_header", "analyze_table", "classify_schema", "VALUE_CHECKS"]

MAX_SAMPLE = 500  # cells per column used for value shares
_CELL_SEP = "\n\n"


# ----------------------------------------------------------------------------------------------- headers
@dataclass(frozen=True)
class HeaderMatch:
    pii_type: str | None  # None: no PI type recognised
    confidence: float
    negative: bool = False  # an order/product/price/tracking column: numbers in it are not identifiers


_CAMEL = re.compile(r"([a-z0-9])([A-Z])")
_SPLIT = re.compile(r"[^0-9a-z\u3040-\u30ff\u3400-\u9fff々〒]+")

# (type, confidence, Japanese substrings, English tokens, English compounds (substring of the joined tokens))
_RULES: tuple[tuple[str, float, tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    ("IP_ADDRESS", 0.9, ("ipアドレス", "接続元ip", "ip"), ("ip", "ipaddr", "ipv4", "ipv6"),
     ("ipaddress", "ipaddr", "clientip", "remoteip", "sourceip", "srcip", "remoteaddr", "remotehost")),
    ("EMAIL_ADDRESS", 0.9, ("メール", "eメール", "mail"), ("email", "mail", "mailaddress", "emailaddress"),
     ("email", "mailaddr", "mailto")),
    ("JP_MY_NUMBER", 0.95, ("マイナンバー", "個人番号"), ("mynumber",), ("mynumber", "kojinbango", "individualnumber")),
    ("JP_RESIDENT_CODE", 0.9, ("住民票コード", "住民票"), (), ("residentcode", "juminhyo", "jumin")),
    ("JP_DRIVERS_LICENSE", 0.9, ("免許",), (), ("driverslicense", "driverlicense", "drivinglicen", "licenseno",
                                                 "licensenumber", "licenceno", "licencenumber", "menkyo")),
    ("JP_PASSPORT", 0.9, ("パスポート", "旅券"), ("passport",), ("passport",)),
    ("JP_HEALTH_INSURANCE", 0.85, ("保険証", "被保険者", "保険者番号", "健康保険", "保険記号", "保険番号"), (),
     ("insuranceno", "insurancenumber", "insurancecard", "insuranceid", "insurancesymbol", "hokensho", "hihokensha")),
    ("JP_BANK_ACCOUNT", 0.9, ("口座番号", "口座"), (), ("accountnumber", "accountno", "bankaccount", "acctno", "acctnum",
                                                     "kouza", "koza")),
    ("CREDIT_CARD", 0.9, ("クレジット", "カード番号"), ("pan",), ("cardnumber", "cardno", "creditcard", "ccnumber", "ccnum",
                                                           "cardnum")),
    ("DATE_OF_BIRTH", 0.95, ("生年月日", "誕生日", "生年"), ("dob", "birthday", "birth", "birthdate", "born"),
     ("birth", "dateofbirth", "birthday", "seinengappi")),
    ("POSTAL_CODE", 0.95, ("郵便番号", "〒", "郵便"), ("zip", "zipcode", "postal", "postcode", "postalcode"),
     ("zipcode", "postalcode", "postcode", "yubin")),
    ("PHONE_NUMBER", 0.9, ("電話", "携帯", "tel", "fax", "ファックス", "内線"),
     ("tel", "phone", "mobile", "fax", "telephone", "cell", "cellphone", "telno", "phoneno", "tel1", "tel2"),
     ("phone", "telno", "telnum", "telephone", "mobileno", "mobilenum", "faxno", "contactnumber", "denwa", "keitai")),
    ("ADDRESS", 0.9, ("住所", "所在地", "番地", "送付先", "届け先", "配送先", "居所"),
     ("address", "addr", "street", "address1", "address2", "addressline", "addressline1"),
     ("address", "street", "jusho", "juusho")),
    ("SPECIAL_CARE", 0.8, ("病歴", "既往歴", "病名", "診断", "障害", "障がい", "犯罪", "前科", "信条", "宗教", "人種",
                           "疾患", "持病", "服薬", "要配慮"), ("diagnosis", "disability", "religion", "race", "criminal"),
     ("medicalhistory", "diagnosis", "disability", "religion", "criminalrecord")),
)

_PERSON_JA_STRONG = ("氏名", "フリガナ", "ふりがな", "お名前", "名前")
_PERSON_JA_EXACT = ("姓", "名", "姓名", "セイ", "メイ", "かな", "カナ", "せい", "めい", "みょうじ", "苗字", "名字")
_PERSON_JA_ROLES = ("担当者", "代表者", "申込者", "契約者", "受取人", "依頼人", "依頼者", "差出人", "送り主", "保護者",
                    "応募者", "候補者", "利用者", "購入者", "注文者", "患者", "顧客", "社員", "従業員", "会員", "本人",
                    "家族", "学生", "生徒", "講師", "医師", "作成者", "承認者", "担当", "連絡者", "紹介者", "同居人")
_PERSON_EN_QUAL = ("first", "last", "family", "given", "full", "middle", "sur", "customer", "contact", "person",
                   "employee", "member", "patient", "applicant", "candidate", "holder", "recipient", "sender",
                   "kana", "furigana", "romaji", "staff", "user", "client", "owner", "parent", "guardian", "emergency",
                   "shimei", "namae", "sei", "mei")
_PERSON_EN_COMPOUND = ("firstname", "lastname", "fullname", "surname", "familyname", "givenname", "middlename",
                       "furigana", "kananame", "namekana", "shimei", "namae", "customername", "contactname")
_NON_PERSON_JA = ("会社", "法人", "商品", "品名", "店舗", "店名", "部署", "件名", "団体", "製品", "ファイル", "銀行名",
                  "支店名", "施設", "学校", "病院名", "建物", "物件", "地名", "駅名", "プロジェクト", "サービス", "名称",
                  "ブランド", "科目", "商号", "屋号", "機種", "型式", "アカウント名", "ユーザー名", "ホスト", "ドメイン",
                  "都道府県", "市区町村", "組織", "取引先名", "メーカー", "役職", "拠点", "チーム", "グループ", "イベント")
_NON_PERSON_EN = ("product", "item", "company", "file", "filename", "host", "hostname", "domain", "table", "column",
                  "bank", "branch", "shop", "store", "brand", "project", "service", "category", "city", "country",
                  "street", "building", "model", "app", "device", "org", "organization", "organisation", "dept",
                  "department", "team", "group", "event", "course", "school", "business", "corp", "vendor",
                  "supplier", "partner", "account", "screen", "display", "nick", "nickname", "login", "role", "tag",
                  "field", "sheet", "plan", "campaign", "site", "region", "prefecture", "ward", "town", "station")
_NEGATIVE_JA = ("注文", "請求", "伝票", "追跡", "品番", "型番", "商品", "製品", "法人番号", "価格", "金額", "合計", "数量",
                "単価", "在庫", "シリアル", "管理番号", "受付番号", "予約番号", "問い合わせ番号", "問合せ番号", "送り状",
                "売上", "税", "ロット", "バージョン", "社員番号", "会員番号", "顧客番号", "登録番号")
_NEGATIVE_EN = ("order", "invoice", "tracking", "sku", "product", "item", "price", "amount", "total", "qty",
                "quantity", "version", "corporate", "serial", "jan", "isbn", "lot", "sales", "tax", "cost", "count",
                "stock", "inventory", "shipment", "parcel", "ticket", "reservation", "booking")


def _header_parts(header: str) -> tuple[str, list[str], str]:
    h = normalize(str(header)).text.strip()
    low = _CAMEL.sub(r"\1_\2", h).lower()
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
_NON_PERSON_JA_RX = _alt(_NON_PERSON_JA)
_PERSON_JA_STRONG_RX = _alt(_PERSON_JA_STRONG)
_PERSON_EN_COMPOUND_RX = _alt(_PERSON_EN_COMPOUND)
_NEGATIVE_JA_RX = _alt(_NEGATIVE_JA)
_JA_CLEAN = re.compile(r"[\s（）()【】\[\]・/_:：-]")
_NON_PERSON_EN_SET = frozenset(_NON_PERSON_EN)
_PERSON_EN_QUAL_SET = frozenset(_PERSON_EN_QUAL)
_NEGATIVE_EN_SET = frozenset(_NEGATIVE_EN)


def _person_header(low: str, tokens: list[str], joined: str) -> float:
    """Confidence that a header names a person-name column (0 when not)."""
    ja = _JA_CLEAN.sub("", low)
    if _NON_PERSON_JA_RX.search(ja) and not ("氏名" in ja or "フリガナ" in ja or "ふりがな" in ja):
        return 0.0
    if _PERSON_JA_STRONG_RX.search(ja):
        return 0.9 if "名前" not in ja or ja in ("名前", "お名前") or "氏名" in ja else 0.8
    if ja in _PERSON_JA_EXACT or ja.rstrip("漢字カナかな") in ("姓", "名", "セイ", "メイ") and ja:
        return 0.85
    if (ja.endswith("名") or ja.endswith("氏名")) and any(ja.startswith(r) for r in _PERSON_JA_ROLES):
        return 0.85
    if ja in _PERSON_JA_ROLES:
        return 0.75
    if not tokens:
        return 0.0
    if _NON_PERSON_EN_SET.intersection(tokens):
        return 0.0
    if _PERSON_EN_COMPOUND_RX.search(joined):
        return 0.85
    if "name" in tokens or joined.endswith("name") or joined.startswith("name"):
        if _PERSON_EN_QUAL_SET.intersection(tokens) or any(joined.startswith(q) for q in ("first", "last", "full", "sur", "given", "family")):
            return 0.85
        if joined in ("name", "names", "nm"):
            return 0.6
        return 0.5 if joined.endswith("name") and len(tokens) <= 2 else 0.0
    return 0.0


def classify_header(header: Any) -> HeaderMatch:
    """The PI type a column header names (Japanese or English, any case style), with a confidence."""
    if header is None:
        return HeaderMatch(None, 0.0)
    h = str(header)
    if len(h) > 80:
        return HeaderMatch(None, 0.0)
    return _classify_header(h)


@lru_cache(maxsize=8192)
def _classify_header(header: str) -> HeaderMatch:
    low, tokens, joined = _header_parts(header)
    if not low:
        return HeaderMatch(None, 0.0)
    ja = low.replace(" ", "")
    best: HeaderMatch | None = None
    for pii, conf, ja_rx, ascii_rx, en_tokens, compounds_rx in _COMPILED_RULES:
        hit = (
            (ja_rx is not None and ja_rx.search(ja) is not None)
            or not en_tokens.isdisjoint(tokens)
            or (compounds_rx is not None and compounds_rx.search(joined) is not None)
            # ascii words inside Japanese headers (TEL番号, IPアドレス)
            or (ascii_rx is not None and ascii_rx.search(ja) is not None)
        )
        if hit:
            if pii == "ADDRESS" and any(t in ("email", "mail", "ip", "mac", "url", "web", "wallet") for t in tokens):
                continue
            if pii == "PHONE_NUMBER" and ("連絡先" not in ja and any(t in ("count", "type", "flag") for t in tokens)):
                continue
            best = HeaderMatch(pii, conf)
            break
    pconf = _person_header(low, tokens, joined)
    if pconf and (best is None or best.pii_type in ("ADDRESS",) and "住所" not in ja and pconf >= 0.85):
        best = HeaderMatch("PERSON", pconf)
    negative = _NEGATIVE_JA_RX.search(ja) is not None or not _NEGATIVE_EN_SET.isdisjoint(tokens)
    if best is not None and (best.confidence >= 0.8 or not negative):
        return best
    if negative:
        return HeaderMatch(None, 0.0, negative=True)
    if "連絡先" in ja:
        return HeaderMatch("PHONE_NUMBER", 0.6)
    return best or HeaderMatch(None, 0.0)


# ------------------------------------------------------------------------------------------ cell values
_EMAIL_CELL = re.compile(r"(?:mailto:)?[A-Za-z0-9][A-Za-z0-9._%+\-]*@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,24}")
_PHONE_CELL = re.compile(r"\+?[\d\-\s().]{9,20}")
_POSTAL_CELL = re.compile(r"(?:〒\s?)?\d{3}-?\d{4}")
_PASSPORT_CELL = re.compile(r"[A-Za-z]{2}\s?\d{7}")
_BANK_CELL = re.compile(r"(?:(?:普通|当座|貯蓄)(?:預金)?[\s:：]*)?\d{6,8}|1\d{4}-\d{7,8}")
_HEALTH_CELL = re.compile(r"[0-9A-Za-z][0-9A-Za-z\-・ ]{0,15}")
_IDLIKE = re.compile(r"[0-9A-Za-z\-_ ]+")
_KANJI = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヶ"
_NAME_STRONG = re.compile(
    rf"[{_KANJI}]{{1,4}}[ \u3000][{_KANJI}\u3041-\u3096\u30a1-\u30fa\u30fc]{{1,5}}"
    r"|[\u30a1-\u30fa\u30fc]{1,8}[ \u3000・][\u30a1-\u30fa\u30fc]{1,8}"
    r"|[\u3041-\u3096\u30fc]{1,8}[ \u3000][\u3041-\u3096\u30fc]{1,8}"
)
_NAME_WEAK = re.compile(
    rf"[{_KANJI}]{{2,7}}|[{_KANJI}]{{1,4}}[\u3041-\u3096\u30a1-\u30fa\u30fc]{{1,4}}|[\u30a1-\u30fa\u30fc]{{2,14}}|[\u3041-\u3096]{{2,12}}"
    r"|[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){1,2}|[A-Z]{2,}(?: [A-Z]{2,}){1,2}|[A-Z][a-z]+,? [A-Z][a-z]+"
)
_NOT_NAME = re.compile(
    r"株式会社|有限会社|合同会社|合資会社|\(株\)|㈱|\(有\)|㈲|法人|協会|組合|財団|社団|学校|病院|医院|クリニック|銀行|"
    r"支店|店$|屋$|センター|事務所|工場|商事|商会|製作所|ホテル|Inc\b|Ltd\b|LLC\b|Corp\b|Co\.|GmbH|"
    r"[都道府県市区町村]$|駅$|[0-9]|@"
)
_PREF_RX = re.compile("^(?:" + "|".join(PREFECTURES) + ")")
_ADDRESS_CELL = re.compile(
    rf"(?:{'|'.join(PREFECTURES)})?[{_KANJI}\u30a1-\u30fa\u30fc]{{1,10}}[市区町村郡].{{0,40}}?(?:\d|丁目|番地|番|号)"
    r"|\d{1,6}[ \-]?[A-Za-z0-9 .'\-]{2,40}\b(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Lane|Ln|Dr|Drive|Way|Court|Ct)\b.*"
)
_EMPTYISH = frozenset(["", "-", "なし", "無し", "特になし", "無", "n/a", "na", "none", "null", "nil", "—", "ー", "×", "0"])


_MYNUM_CELL = re.compile(r"[0-9]{4}[- ]?[0-9]{4}[- ]?[0-9]{4}")
_RESIDENT_CELL = re.compile(r"[0-9]{4}[- ]?[0-9]{4}[- ]?[0-9]{3}")
_LICENSE_CELL = re.compile(r"(?:第\s?)?[0-9]{4}[- ]?[0-9]{4}[- ]?[0-9]{4}(?:\s?号)?")
_CARD_CELL = re.compile(r"[0-9][0-9 \-]{12,22}[0-9]")


def _ip_cell(v: str) -> bool:
    try:
        ipaddress.ip_address(v)
    except ValueError:
        return False
    return v.count(".") == 3 or ":" in v


def _phone_cell(v: str) -> bool:
    if not _PHONE_CELL.fullmatch(v):
        return False
    d = "".join(c for c in v if c.isdigit())
    if v.startswith("+"):
        import phonenumbers  # noqa: PLC0415

        try:
            return phonenumbers.is_valid_number(phonenumbers.parse(v, None))
        except phonenumbers.NumberParseException:
            return False
    return d.startswith("0") and len(d) in (10, 11) and _jp_valid(d) is not False


def _name_cell(v: str, strong_only: bool) -> bool:
    if len(v) > 40 or _NOT_NAME.search(v):
        return False
    if _NAME_STRONG.fullmatch(v):
        return True
    return not strong_only and _NAME_WEAK.fullmatch(v) is not None


def _address_cell(v: str) -> bool:
    return bool(_PREF_RX.match(v) and len(v) >= 5) or _ADDRESS_CELL.match(v) is not None


def _special_cell(v: str) -> bool:
    return v.lower() not in _EMPTYISH and not _IDLIKE.fullmatch(v)


VALUE_CHECKS: dict[str, Callable[[str], bool]] = {
    "EMAIL_ADDRESS": lambda v: _EMAIL_CELL.fullmatch(v) is not None,
    "PHONE_NUMBER": _phone_cell,
    "POSTAL_CODE": lambda v: _POSTAL_CELL.fullmatch(v) is not None,
    "JP_MY_NUMBER": lambda v: _MYNUM_CELL.fullmatch(v) is not None and is_valid_my_number(v),
    "JP_RESIDENT_CODE": lambda v: _RESIDENT_CELL.fullmatch(v) is not None and is_valid_resident_code(v),
    "JP_DRIVERS_LICENSE": lambda v: _LICENSE_CELL.fullmatch(v) is not None and is_plausible_license(v),
    "JP_PASSPORT": lambda v: _PASSPORT_CELL.fullmatch(v) is not None,
    "JP_BANK_ACCOUNT": lambda v: _BANK_CELL.fullmatch(v) is not None,
    "JP_HEALTH_INSURANCE": lambda v: _HEALTH_CELL.fullmatch(v) is not None and any(c.isdigit() for c in v),
    "CREDIT_CARD": lambda v: _CARD_CELL.fullmatch(v) is not None and is_valid_card(v),
    "IP_ADDRESS": _ip_cell,
    "DATE_OF_BIRTH": is_birth_date_value,
    "PERSON": lambda v: _name_cell(v, strong_only=False),
    "ADDRESS": _address_cell,
    "SPECIAL_CARE": _special_cell,
}

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
    for c in range(ncols):
        cells: list[tuple[int, str]] = []
        for r, row in enumerate(rows):
            if row is None or c >= len(row) or row[c] is None:
                continue
            s = _cell_text(row[c])
            if s.strip():
                cells.append((r, s))
        hm = classify_header(header[c] if header is not None and c < len(header) else None)

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
        chk = VALUE_CHECKS.get(vtype) if vtype else None
        for i, (r, s) in enumerate(cells):
            ents = found.get(i, [])
            if hm.negative:
                ents = [e for e in ents if e[0] not in _NUMERIC_TYPES]
            if vtype is not None:
                b0, b1 = _stripped_bounds(s)
                value = normalize(s[b0:b1]).text
                if chk is not None and chk(value):
                    # the whole cell is a value of the column's type: it replaces partial and other guesses
                    same = [e[3] for e in ents if e[0] == vtype]
                    ents = [e for e in ents if e[0] != vtype and (e[2] - e[1]) < 0.9 * (b1 - b0)]
                    ents.append((vtype, b0, b1, max(same + [verdict[1]])))
            for t, st, en, sc in ents:
                out.entities.append(CellEntity(t, r, c, st, en, sc))
    return out


def column_verdict(
    hm: HeaderMatch, sample: Sequence[tuple[int, str]], found: dict[int, list] | None = None
) -> tuple[str, float, str] | None:
    """(type, confidence, basis) for a column from its header match and its sampled (index, value) cells.

    `found` maps a sample index to the free-text entities (type, start, end, score) seen in that cell.
    """
    found = found or {}
    n = len(sample)
    if not n:
        if hm.pii_type is not None:
            return hm.pii_type, round(hm.confidence * 0.8, 3), "header"
        return None

    def share(t: str) -> float:
        chk = VALUE_CHECKS[t]
        if t == "PERSON" and hm.pii_type == "PERSON" and hm.confidence < 0.8:
            # a generic `name` header: names must look like names, not like product or place names
            strong = sum(1 for _, v in sample if _name_cell(v, strong_only=True)) / n
            weak = sum(1 for _, v in sample if _name_cell(v, strong_only=False)) / n
            return 1.0 if strong >= 0.7 or (weak >= 0.8 and strong >= 0.3) else strong
        hits = 0
        for i, v in sample:
            if chk(v) or (t in _ENGINE_EVIDENT and _covered(found.get(i, ()), t, len(v), _ENGINE_EVIDENT[t])):
                hits += 1
        return hits / n

    if hm.pii_type is not None:
        sh = share(hm.pii_type)
        need = 0.5 if hm.confidence >= 0.8 else 0.7
        if hm.pii_type == "SPECIAL_CARE":
            need = 0.3
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
    for c, col in enumerate(columns):
        name, typ, comment = (list(col) + ["", "", ""])[:3]
        hm = classify_header(name)
        if hm.pii_type is None and comment:
            hm = classify_header(comment)
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
