"""Deterministic generator of a labelled corpus of Japanese business documents.

Each record is one document: `{"id", "kind", "hard_negative", "traps", "text",
"entities": [{"type", "start", "end"}]}` with Python string offsets.  Document
kinds imitate what a scanner meets on a company file share: e-mails with
signatures, 履歴書/エントリーシート, customer CSV exports, inquiry-form dumps,
invoices and orders, 社員台帳, 給与振込口座届, health-check notes, 議事録, chat
logs, server logs, English-Japanese mail, KYC forms -- and hard-negative
documents (no PI at all) full of look-alikes: tracking and 法人番号 numbers,
prices, ordinary dates, versions, company and place names, システム障害 reports,
pharmacy lists, crime statistics, Luhn-invalid cards, bad-check-digit My
Numbers.  Labels follow the conventions in docs/benchmarks.md (names without
honorifics, addresses without the 〒 code, which is its own POSTAL_CODE span).

Usage: python -m bench.corpus [--docs 2000] [--seed 20261125] [-o FILE]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from typing import Callable, Iterator

from faker import Faker

if __package__ in (None, ""):  # run as a script: make `bench` importable
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))

from bench.corpus_values import SPECIAL_CARE_FIELDS, Values  # noqa: E402

DEFAULT_SEED = 20261125
DEFAULT_DOCS = 2000

PI_TYPES = ("PERSON", "ADDRESS", "POSTAL_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "JP_MY_NUMBER",
            "JP_DRIVERS_LICENSE", "JP_PASSPORT", "JP_RESIDENT_CODE", "JP_HEALTH_INSURANCE", "JP_BANK_ACCOUNT",
            "CREDIT_CARD", "IP_ADDRESS", "SPECIAL_CARE")

HARD_NEGATIVE_KINDS = (
    "tracking_number", "corporate_number", "order_number", "invoice_number", "product_code", "ticket_number", "price",
    "ordinary_date", "version_string", "build_number", "company_name", "place_name", "station_name", "system_failure",
    "pharmacy_list", "crime_statistics", "luhn_invalid_card", "bad_my_number", "time", "zip_like", "masked_card",
    "jan_code", "model_number", "customer_number", "employee_id", "legal_definition", "meeting_id", "uuid_hash",
    "code_snippet", "insurer_number", "age", "health_generic",
)

PHONE_LABELS = ["電話番号", "TEL", "Tel.", "携帯", "連絡先", "電話", "Phone", "携帯電話", "℡", "直通", "お電話番号", "Mobile",
                "携帯番号", "TEL", "tel", "連絡先電話番号", "電話（日中）"]
EMAIL_LABELS = ["メール", "E-mail", "Email", "メールアドレス", "Mail", "e-mail", "mail", "Eメール", "連絡先メール", "E-Mail",
                "メールアドレス（PC）"]
ADDRESS_LABELS = ["住所", "ご住所", "現住所", "所在地", "自宅住所", "Address", "住所（自宅）", "お届け先", "連絡先住所"]
NAME_LABELS = ["氏名", "お名前", "名前", "氏　名", "Name", "申込者氏名", "ご氏名", "氏名（漢字）", "ご契約者名"]
KANA_LABELS = ["フリガナ", "ふりがな", "カナ", "氏名（カナ）", "フリガナ（全角カナ）", "セイメイ", "氏名カナ"]
DOB_LABELS = ["生年月日", "生年月日", "生年月日", "誕生日", "Date of Birth", "DOB", "生年月日（西暦）", "Birth date", "生年月日(和暦)"]
BULLETS = ["", "", "■", "・", "●", "◆", "- ", "【", "＊"]


class Doc:
    """Accumulates text and records labelled spans at their exact offsets."""

    def __init__(self, kind: str, hard_negative: bool = False):
        self.kind = kind
        self.hard_negative = hard_negative
        self.parts: list[str] = []
        self.n = 0
        self.ents: list[dict] = []
        self.traps: list[str] = []

    def t(self, *parts: str) -> "Doc":
        for p in parts:
            self.parts.append(p)
            self.n += len(p)
        return self

    def e(self, typ: str, s: str) -> "Doc":
        assert typ in PI_TYPES, typ
        assert s and s == s.strip(), repr(s)
        self.ents.append({"type": typ, "start": self.n, "end": self.n + len(s)})
        return self.t(s)

    def x(self, kind: str, s: str) -> "Doc":
        """Unlabelled look-alike text of a hard-negative kind."""
        assert kind in HARD_NEGATIVE_KINDS, kind
        if kind not in self.traps:
            self.traps.append(kind)
        return self.t(s)

    @property
    def text(self) -> str:
        return "".join(self.parts)


# ----------------------------------------------------------------------------
# reusable field writers


def lab(v: Values, label: str) -> str:
    b = v.pick(BULLETS)
    if b == "【":
        return f"【{label}】" + v.pick(["", " "])
    return f"{b}{label}{v.colon()}"


def w_name_field(d: Doc, v: Values, p: dict, kana: bool = True) -> None:
    d.t(lab(v, v.pick(NAME_LABELS))).e("PERSON", v.name(p)).t("\n")
    if kana and v.chance(0.7):
        d.t(lab(v, v.pick(KANA_LABELS))).e("PERSON", v.name(p, v.pick(["kana", "kana", "hira", "halfkana"]))).t("\n")


def w_postal_address(d: Doc, v: Values, label: str | None = None, nl: str = "\n") -> None:
    """〒 + postal code + address in one of the common layouts."""
    form = v.r.randrange(7)
    if label is None:
        label = v.pick(ADDRESS_LABELS)
    if form <= 2:
        d.t(lab(v, label) + v.pick(["〒", "〒", "〒 ", "〒"])).e("POSTAL_CODE", v.postal_code()).t(v.pick([" ", "　", "\n", "  "]))
        d.e("ADDRESS", v.address()).t(nl)
    elif form == 3:
        d.t(lab(v, v.pick(["郵便番号", "〒", "郵便番号", "ZIP"]))).e("POSTAL_CODE", v.postal_code()).t("\n")
        d.t(lab(v, label)).e("ADDRESS", v.address()).t(nl)
    elif form == 4:
        d.t(lab(v, label)).e("POSTAL_CODE", v.postal_code(plain=True)).t(" ").e("ADDRESS", v.address()).t(nl)
    elif form == 5:
        d.t(lab(v, label)).e("ADDRESS", v.address()).t(nl)
    else:
        paren = v.chance(0.5)
        d.t(lab(v, label)).e("ADDRESS", v.address(0.3)).t("（〒" if paren else " 〒").e("POSTAL_CODE", v.postal_code())
        d.t("）" if paren else "").t(nl)


def w_phone(d: Doc, v: Values, label: str | None = None, kind: str | None = None) -> None:
    d.t(lab(v, label or v.pick(PHONE_LABELS))).e("PHONE_NUMBER", v.phone(kind)).t("\n")


def w_email(d: Doc, v: Values, p: dict | None = None, company: bool = False) -> None:
    d.t(lab(v, v.pick(EMAIL_LABELS))).e("EMAIL_ADDRESS", v.email(p, company)).t("\n")


def w_dob(d: Doc, v: Values, age: bool = True) -> None:
    bd = v.birth_date()
    d.t(lab(v, v.pick(DOB_LABELS))).e("DATE_OF_BIRTH", v.date_text(bd))
    if age and v.chance(0.4):
        d.x("age", v.pick([f"（満{2026 - bd.year}歳）", f" ({2026 - bd.year}歳)", f"　{2026 - bd.year}才"]))
    d.t("\n")


def w_company_sig(d: Doc, v: Values, p: dict) -> None:
    """A Japanese e-mail signature block."""
    line = v.pick(["────────────────", "-----------------------------", "＝＝＝＝＝＝＝＝＝＝＝＝", "━━━━━━━━━━━━━━", "--"])
    d.t("\n", line, "\n")
    d.x("company_name", v.f.company()).t(v.pick([" ", "\n"])).t(v.pick(["営業部", "総務部 人事課", "カスタマーサポート", "経理部", "情報システム部", "開発本部"]))
    d.t(v.pick(["\n", " "]))
    d.e("PERSON", v.name(p, v.pick(["kanji_sp", "kanji", "kanji_sp"])))
    if v.chance(0.3):
        d.t("（").e("PERSON", v.name(p, "romaji")).t("）")
    d.t("\n")
    if v.chance(0.6):
        d.t("〒").e("POSTAL_CODE", v.postal_code()).t(v.pick([" ", "　"])).e("ADDRESS", v.address()).t("\n")
    tl = v.pick(["TEL", "Tel", "TEL.", "電話", "T"])
    d.t(f"{tl}{v.pick([':', '：', ' ', '. '])}").e("PHONE_NUMBER", v.phone("land")).t(v.pick(["", "", "", "（代表）", "(代)", " 内線" + v.digits(3, True)]))
    if v.chance(0.5):
        d.t(v.pick(["  FAX: ", " / FAX ", "\nFAX："])).e("PHONE_NUMBER", v.phone("land"))
    d.t("\n")
    if v.chance(0.5):
        d.t(v.pick(["携帯: ", "Mobile: ", "携帯：", "M. "])).e("PHONE_NUMBER", v.phone("mobile")).t("\n")
    d.t(v.pick(["E-mail: ", "Mail：", "Email: ", "mail: ", "mailto:", "✉ "])).e("EMAIL_ADDRESS", v.email(p, True)).t("\n")
    if v.chance(0.3):
        d.t("URL: https://www.example.co.jp/\n")
    d.t(line, "\n")


def w_prose_filler(d: Doc, v: Values) -> None:
    """Ordinary business prose, sometimes with look-alike numbers."""
    k = v.r.randrange(8)
    if k == 0:
        d.t("先日の打ち合わせでは大変お世話になりました。ご提示いただいた条件で社内調整を進めております。\n")
    elif k == 1:
        d.t("納期は").x("ordinary_date", v.date_text(v.recent_date(), False)).t("を予定しております。ご確認ください。\n")
    elif k == 2:
        d.t("ご注文番号 ").x("order_number", v.order_number()).t(" の件、在庫を確保いたしました。\n")
    elif k == 3:
        d.t("見積金額は").x("price", v.price()).t("となります。\n")
    elif k == 4:
        d.t("会議は").x("time", v.time_text()).t("から").x("place_name", v.pick(["本社3階会議室", "大阪支社", "名古屋オフィス", "福岡営業所"])).t("で行います。\n")
    elif k == 5:
        d.t("システムの").x("version_string", v.version()).t("へのアップデートは週末に実施します。\n")
    elif k == 6:
        d.t("引き続きよろしくお願いいたします。\n")
    else:
        d.t("本件の問い合わせ番号は").x("ticket_number", v.pick([f"#{v.digits(6, True)}", f"INC{v.digits(7)}", f"REQ-{v.digits(5)}"])).t("です。\n")


# ----------------------------------------------------------------------------
# PI document kinds


def _tame(phrase: str) -> str:
    """The 'because' connective that fits after a predicate (通院中のため / 受けているため)."""
    return "のため" if phrase.endswith(("中", "者")) else "ため"


def k_email(d: Doc, v: Values) -> None:
    me, you = v.person(), v.person()
    q = v.pick(['', '', '"'])
    d.t("From: " + q).e("PERSON", v.name(me, v.pick(["kanji_sp", "kanji", "romaji"]))).t(q + " <").e("EMAIL_ADDRESS", v.email(me, True)).t(">\n")
    d.t("To: ").e("EMAIL_ADDRESS", v.email(you, v.chance(0.5))).t("\n")
    if v.chance(0.3):
        c = v.person()
        d.t("Cc: ").e("PERSON", v.name(c, "romaji")).t(" <").e("EMAIL_ADDRESS", v.email(c, True)).t(">\n")
    d.t("Date: ").x("ordinary_date", v.pick(["Mon, 25 Nov 2026 10:12:03 +0900", "2026年11月25日 9:41", "Tue, 3 Sep 2024 17:20:55 +0900"])).t("\n")
    d.t("Subject: ", v.pick(["お見積りの件", "【ご確認】契約書送付について", "Re: 打ち合わせ日程", "ご注文ありがとうございます", "請求書送付のご案内", "採用面接のご案内"]), "\n\n")
    d.x("company_name", v.f.company()).t(v.pick(["\n", " "]))
    d.e("PERSON", you["last"] if v.chance(0.5) else v.name(you)).t(v.pick(["様", " 様", "様\n", "さま"])).t("\n\n")
    d.t("いつもお世話になっております。").x("company_name", v.f.company()).t("の").e("PERSON", me["last"]).t("です。\n")
    for _ in range(v.r.randint(1, 3)):
        w_prose_filler(d, v)
    if v.chance(0.3):
        d.t("お急ぎの場合は私の携帯").t(v.pick(["（", " ", "："])).e("PHONE_NUMBER", v.phone("mobile")).t(v.pick(["）までご連絡ください。\n", " までお電話ください。\n"]))
    if v.chance(0.2):
        d.t("なお、弊社の").e("PERSON", v.person()["last"]).t(v.pick(["が", "部長が", "課長も"])).t("同席いたします。\n")
    w_company_sig(d, v, me)


def k_resume(d: Doc, v: Values) -> None:
    p = v.person()
    d.t(v.pick(["履　歴　書", "履歴書", "【履歴書】"]), "\n", v.pick(["", "令和6年11月1日現在\n", "2026年4月1日 現在\n"]))
    d.t(lab(v, v.pick(["ふりがな", "フリガナ"]))).e("PERSON", v.name(p, v.pick(["hira", "kana"]))).t("\n")
    d.t(lab(v, v.pick(["氏名", "氏　　名", "名前"]))).e("PERSON", v.name(p)).t("\n")
    w_dob(d, v)
    d.t(lab(v, "性別"), "女" if p["female"] else "男", "\n")
    w_postal_address(d, v, v.pick(["現住所", "住所"]))
    w_phone(d, v, v.pick(["電話", "携帯電話", "TEL", "連絡先"]))
    w_email(d, v, p)
    d.t("\n学歴・職歴\n")
    y = v.r.randint(2004, 2020)
    d.t(f"{y}年3月　{v.pick(['東京', '大阪', '北海', '早稲田', '同志社', '九州'])}{v.pick(['大学', '工業大学', '学院大学'])} {v.pick(['経済学部', '工学部', '文学部'])} 卒業\n")
    d.t(f"{y}年4月　").x("company_name", v.company()).t(" 入社\n")
    if v.chance(0.5):
        d.t(f"{y + v.r.randint(2, 6)}年{v.r.randint(1, 12)}月　一身上の都合により退職\n")
    d.t("\n免許・資格\n", v.pick(["普通自動車第一種運転免許 取得", "日商簿記2級", "TOEIC 820点", "基本情報技術者試験 合格"]), "\n")
    if v.chance(0.35):
        d.t(lab(v, "運転免許証番号")).e("JP_DRIVERS_LICENSE", v.licence()).t("\n")
    if v.chance(0.25):
        cat, prose, field = v.special_care(v.pick(["medical", "disability"]))
        d.t(lab(v, v.pick(["健康状態", "特記事項", "持病"]))).e("SPECIAL_CARE", field).t("\n")
    else:
        d.t(lab(v, "健康状態"), v.pick(["良好", "特になし"]), "\n")
    d.t("本人希望記入欄：", v.pick(["貴社規定に従います。", "勤務地は首都圏を希望します。", "特になし"]), "\n")


def k_entry_sheet(d: Doc, v: Values) -> None:
    p = v.person()
    d.t(v.pick(["エントリーシート", "ENTRY SHEET", "2027年度 新卒採用 エントリーシート"]), "\n")
    d.t("受付番号：").x("ticket_number", f"ES-{v.digits(6)}").t("\n")
    w_name_field(d, v, p)
    if v.chance(0.5):
        d.t("Name (Roman): ").e("PERSON", v.name(p, "romaji")).t("\n")
    w_dob(d, v)
    d.t(lab(v, "大学"), v.pick(["東京", "京都", "名古屋", "広島", "立命館"]), "大学 ", v.pick(["法学部", "理工学部", "商学部"]), "\n")
    w_email(d, v, p)
    w_phone(d, v, kind="mobile")
    if v.chance(0.7):
        w_postal_address(d, v)
    if v.chance(0.3):
        d.t("休暇中の連絡先：").e("ADDRESS", v.address()).t("（実家）\n")
    d.t("自己PR：\n")
    d.t(v.pick(["大学時代は", "学生時代に", "私は"]))
    d.x("place_name", v.pick(["京都", "沖縄", "北海道", "福岡", "横浜"])).t(v.pick(["の観光案内ボランティアに参加し、", "でのアルバイトを通じて、", "出身で、"]))
    d.t("チームで成果を出す力を身につけました。").x("ordinary_date", f"{v.r.randint(2022, 2025)}年{v.r.randint(1, 12)}月").t("には")
    d.x("station_name", v.pick(["梅田駅", "博多駅", "高田馬場駅", "吉祥寺駅", "名古屋駅"])).t("周辺の清掃活動を企画しました。\n")


def k_customer_csv(d: Doc, v: Values) -> None:
    cols_all = ["id", "name", "kana", "gender", "dob", "zip", "addr", "tel", "email", "registered", "amount"]
    cols = ["id", "name"] + [c for c in cols_all[2:] if v.chance(0.65)]
    heads = {"id": ["顧客ID", "会員番号", "customer_id", "No"], "name": ["氏名", "name", "顧客名", "お名前", "NAME"],
             "kana": ["フリガナ", "kana", "氏名カナ"], "gender": ["性別", "gender"], "dob": ["生年月日", "birthday", "birth_date", "誕生日"],
             "zip": ["郵便番号", "zip", "〒"], "addr": ["住所", "address", "住所1"], "tel": ["電話番号", "tel", "TEL", "phone"],
             "email": ["メールアドレス", "email", "mail"], "registered": ["登録日", "created_at", "入会日"],
             "amount": ["累計購入額", "amount", "購入金額"]}
    sep = v.pick([",", ",", ",", "\t"])
    quote = v.chance(0.3)
    d.t(sep.join(v.pick(heads[c]) for c in cols), "\n")
    for _ in range(v.r.randint(2, 8)):
        p = v.person()
        for i, c in enumerate(cols):
            if i:
                d.t(sep)
            q = '"' if quote and c not in ("id", "amount") else ""
            d.t(q)
            if c == "id":
                d.x("customer_number", v.pick([f"C{v.digits(6)}", v.digits(8, True), str(v.r.randint(1, 99999))]))
            elif c == "name":
                d.e("PERSON", v.name(p, v.pick(["kanji_sp", "kanji", "kanji_fwsp"])))
            elif c == "kana":
                d.e("PERSON", v.name(p, v.pick(["kana", "halfkana"])))
            elif c == "gender":
                d.t(v.pick(["男", "女", "M", "F", "1", "2"]))
            elif c == "dob":
                d.e("DATE_OF_BIRTH", v.date_text(v.birth_date()).replace(",", ""))
            elif c == "zip":
                d.e("POSTAL_CODE", v.postal_code())
            elif c == "addr":
                d.e("ADDRESS", v.address(0.85))
            elif c == "tel":
                d.e("PHONE_NUMBER", v.phone(v.pick(["land", "mobile", "mobile"])))
            elif c == "email":
                d.e("EMAIL_ADDRESS", v.email(p))
            elif c == "registered":
                d.x("ordinary_date", v.date_text(v.recent_date(), False).replace(",", ""))
            else:
                d.x("price", str(v.r.randint(0, 999999)))
            d.t(q)
        d.t("\n")


def k_inquiry_form(d: Doc, v: Values) -> None:
    p = v.person()
    d.t(v.pick(["【お問い合わせフォーム】", "お問い合わせがありました。", "=== Webフォーム送信内容 ===", "■お問い合わせ内容"]), "\n")
    d.t("送信日時：").x("ordinary_date", v.date_text(v.recent_date(), False)).t(" ").x("time", v.time_text()).t("\n")
    if v.chance(0.2):
        d.t(lab(v, v.pick(NAME_LABELS))).e("PERSON", v.name(p)).t("（").e("PERSON", v.name(p, "hira")).t("）\n")
    else:
        w_name_field(d, v, p)
    if v.chance(0.4):
        d.t(lab(v, "会社名")).x("company_name", v.company()).t("\n")
    w_email(d, v, p)
    w_phone(d, v)
    if v.chance(0.5):
        w_postal_address(d, v)
    d.t(lab(v, "お問い合わせ種別"), v.pick(["商品について", "ご注文について", "返品・交換", "その他"]), "\n")
    d.t(lab(v, "お問い合わせ内容"), "\n")
    k = v.r.randrange(4)
    if k == 0:
        d.t("注文番号").x("order_number", v.order_number()).t("で購入した商品がまだ届きません。")
        d.t("追跡番号").x("tracking_number", v.tracking_number()).t("で調べても反映されていません。\n")
    elif k == 1:
        d.t("引っ越したので届け先を").e("ADDRESS", v.address()).t("に変更してください。\n")
    elif k == 2:
        d.t("型番").x("model_number", v.product_code()).t("の在庫はありますか。\n")
    else:
        d.t("折り返しは").e("PHONE_NUMBER", v.phone("mobile")).t(v.pick(["にお願いします。", "までお願いします（平日夜）。"]), "\n")
    if v.chance(0.6):
        d.t(v.pick(["送信元IP：", "REMOTE_ADDR: ", "IPアドレス: "])).e("IP_ADDRESS", v.ip()).t("\n")
        d.t("User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/").x("version_string", f"{v.r.randint(100, 131)}.0.{v.r.randint(4000, 6999)}.{v.r.randint(10, 200)}").t(" Safari/537.36\n")


def k_invoice(d: Doc, v: Values) -> None:
    cust = v.person()
    d.t(v.pick(["請　求　書", "御請求書", "請求書", "INVOICE / 請求書"]), "\n")
    d.t("請求書番号：").x("invoice_number", v.invoice_number()).t("\n")
    d.t("発行日：").x("ordinary_date", v.date_text(v.recent_date(), False)).t("\n\n")
    if v.chance(0.5):
        d.x("company_name", v.company()).t(" 御中\n")
        if v.chance(0.6):
            d.t(v.pick(["ご担当：", "担当 ", ""])).e("PERSON", v.name(cust)).t(v.pick([" 様", "様"])).t("\n")
    else:
        d.e("PERSON", v.name(cust)).t(v.pick([" 様", "様", " 殿"])).t("\n")
        if v.chance(0.5):
            d.t("〒").e("POSTAL_CODE", v.postal_code()).t(" ").e("ADDRESS", v.address()).t("\n")
    d.t("\n下記の通りご請求申し上げます。\n")
    total = 0
    for _ in range(v.r.randint(1, 4)):
        qty, unit = v.r.randint(1, 20), v.r.randint(300, 90000)
        total += qty * unit
        d.t(v.pick(["コピー用紙A4", "トナーカートリッジ", "保守サービス料", "ノートPC", "システム開発費", "出張費"]), " ")
        d.x("product_code", v.product_code()).t(f" {qty} × ").x("price", f"{unit:,}円").t("\n")
    d.t("合計金額：").x("price", f"¥{int(total * 1.1):,}（税込）").t("\n")
    d.t("お支払期限：").x("ordinary_date", v.date_text(v.recent_date(), False)).t("\n")
    d.t(v.pick(["お振込先：", "振込先\n", "【お振込先】"])).e("JP_BANK_ACCOUNT", v.bank_inline(v.bank())).t("\n")
    if v.chance(0.5):
        d.t("口座名義：").x("company_name", v.pick(["カ）", "ユ）", ""]) + v.f.last_kana_name() + v.pick(["シヨウジ", "コウギヨウ", "セイサクシヨ"])).t("\n")
    d.t("\n").x("company_name", v.f.company()).t("\n")
    d.t("登録番号：").x("corporate_number", v.invoice_registration()).t("\n")
    d.t("〒").e("POSTAL_CODE", v.postal_code()).t(" ").e("ADDRESS", v.address()).t("\n")
    d.t("TEL ").e("PHONE_NUMBER", v.phone("land")).t("\n")


def k_order(d: Doc, v: Values) -> None:
    p = v.person()
    d.t(v.pick(["【ご注文確認】", "ご注文ありがとうございます。", "注文書", "発注内容のご確認"]), "\n")
    d.t("注文番号：").x("order_number", v.order_number()).t("\n注文日時：").x("ordinary_date", v.date_text(v.recent_date(), False)).t(" ").x("time", v.time_text()).t("\n")
    d.t("\n■お届け先\n")
    d.t("〒").e("POSTAL_CODE", v.postal_code()).t("\n").e("ADDRESS", v.address()).t("\n")
    d.e("PERSON", v.name(p)).t(v.pick([" 様", "様"]), "\n")
    if v.chance(0.7):
        d.t("電話番号：").e("PHONE_NUMBER", v.phone()).t("\n")
    d.t("\n■ご注文商品\n")
    for _ in range(v.r.randint(1, 3)):
        d.t(v.pick(["オーガニック緑茶 100g", "ワイヤレスイヤホン", "USB-Cケーブル 2m", "冷凍餃子 50個入", "ハンドクリーム"]), " JAN:").x("jan_code", v.jan()).t(" ")
        d.x("price", v.price()).t("\n")
    d.t("\n■お支払い方法\n")
    if v.chance(0.5):
        d.t("クレジットカード（").x("masked_card", v.pick(["VISA ****-****-****-", "************", "JCB 下4桁 ", "xxxx-xxxx-xxxx-"]) + v.digits(4)).t("）\n")
    elif v.chance(0.5):
        d.t("クレジットカード番号：").e("CREDIT_CARD", v.card()).t("  有効期限：", f"{v.r.randint(1, 12):02d}/{v.r.randint(26, 31)}", "\n")
    else:
        d.t("代金引換\n")
    d.t("\n配送業者：", v.pick(["ヤマト運輸", "佐川急便", "日本郵便"]), "\nお問い合わせ伝票番号：").x("tracking_number", v.tracking_number()).t("\n")
    d.t("お届け予定：").x("ordinary_date", v.date_text(v.recent_date(), False)).t(" ").x("time", v.pick(["午前中", "14時～16時", "19:00-21:00"])).t("\n")


def k_employee_ledger(d: Doc, v: Values) -> None:
    p = v.person()
    d.t(v.pick(["社員台帳", "従業員名簿", "【人事データ】社員情報", "社員カード"]), "\n")
    d.t(lab(v, "社員番号")).x("employee_id", v.pick([v.digits(7, True), f"E{v.digits(5)}", v.digits(6, True)])).t("\n")
    w_name_field(d, v, p)
    w_dob(d, v)
    d.t(lab(v, "入社日")).x("ordinary_date", v.date_text(v.recent_date(), True)).t("\n")
    d.t(lab(v, "所属"), v.pick(["営業部", "経理部", "製造部 第二課", "情報システム部"]), "\n")
    w_postal_address(d, v)
    w_phone(d, v)
    if v.chance(0.6):
        d.t(lab(v, v.pick(["個人番号", "マイナンバー", "個人番号（マイナンバー）"]))).e("JP_MY_NUMBER", v.my_number()).t("\n")
    if v.chance(0.5):
        d.t(lab(v, "基礎年金番号"), f"{v.digits(4, True)}-{v.digits(6)}", "\n")
    if v.chance(0.15):
        d.t(lab(v, v.pick(["住民票コード", "住民票ｺｰﾄﾞ"]))).e("JP_RESIDENT_CODE", v.resident_code()).t("\n")
    if v.chance(0.5):
        w_health_insurance(d, v)
    if v.chance(0.3):
        d.t(lab(v, v.pick(["運転免許証番号", "免許証番号", "運転免許証 番号"]))).e("JP_DRIVERS_LICENSE", v.licence()).t("\n")
    if v.chance(0.5):
        e = v.person()
        d.t(lab(v, "緊急連絡先")).e("PERSON", v.name(e)).t(v.pick(["（", "(", " "]), v.pick(["妻", "夫", "父", "母", "兄"]), v.pick(["） ", ") ", " "])).e("PHONE_NUMBER", v.phone("mobile")).t("\n")
    if v.chance(0.3):
        d.t("扶養家族：")
        for i in range(v.r.randint(1, 3)):
            if i:
                d.t("、")
            d.e("PERSON", v.pick([v.person()["first"], v.name(v.person())]))
            d.t(v.pick(["（長男）", "（妻）", "（長女）", ""]))
        d.t("\n")


def w_health_insurance(d: Doc, v: Values) -> None:
    form = v.r.randrange(5)
    if form <= 1:
        d.t(v.pick(["健康保険証 ", "被保険者証 ", "保険証", ""]), v.pick(["記号", "記号：", "記号 "])).e("JP_HEALTH_INSURANCE", v.insurance_symbol())
        d.t(v.pick(["　番号", " 番号：", "  番号 ", "\n番号："])).e("JP_HEALTH_INSURANCE", v.insurance_number()).t("\n")
    elif form == 2:
        d.t(lab(v, v.pick(["被保険者証記号・番号", "保険証記号番号", "健康保険 記号・番号"]))).e("JP_HEALTH_INSURANCE", f"{v.insurance_symbol()}{v.pick(['・', '-', ' '])}{v.insurance_number()}").t("\n")
    elif form == 3:
        d.t(lab(v, "保険証記号")).e("JP_HEALTH_INSURANCE", v.insurance_symbol()).t("\n")
        d.t(lab(v, "保険証番号")).e("JP_HEALTH_INSURANCE", v.insurance_number()).t("\n")
    else:
        d.t(lab(v, "保険者番号")).x("insurer_number", v.pick(["0", "06", "01", "31", "32"]) + v.digits(6)).t("\n")
        d.t("記号 ").e("JP_HEALTH_INSURANCE", v.insurance_symbol()).t(" 番号 ").e("JP_HEALTH_INSURANCE", v.insurance_number()).t("\n")


def k_payroll_account(d: Doc, v: Values) -> None:
    p = v.person()
    d.t(v.pick(["給与振込口座届", "給与振込先口座 変更届", "【給与振込口座】"]), "\n")
    d.t(lab(v, "提出日")).x("ordinary_date", v.date_text(v.recent_date(), True)).t("\n")
    d.t(lab(v, "社員番号")).x("employee_id", v.digits(7, True)).t("\n")
    d.t(lab(v, "氏名")).e("PERSON", v.name(p)).t("\n")
    b = v.bank()
    if v.chance(0.5):
        d.t(lab(v, "金融機関名"), b["bank"], "\n", lab(v, "支店名"), b["branch"], f"（{b['branch_code']}）\n")
        d.t(lab(v, "預金種別"), b["type"], "\n", lab(v, "口座番号")).e("JP_BANK_ACCOUNT", b["number"]).t("\n")
    else:
        d.t(lab(v, v.pick(["振込先", "振込口座", "口座"]))).e("JP_BANK_ACCOUNT", v.bank_inline(b)).t("\n")
    d.t(lab(v, v.pick(["口座名義（カナ）", "口座名義", "名義人"]))).e("PERSON", v.name(p, v.pick(["kana", "halfkana"]))).t("\n")
    if v.chance(0.3):
        d.t("※賞与の振込先も同一口座とします。\n")


def k_health_check(d: Doc, v: Values) -> None:
    p = v.person()
    d.t(v.pick(["健康診断結果 個人票", "定期健康診断 結果通知", "産業医面談記録", "【健診結果】"]), "\n")
    d.t(lab(v, "受診日")).x("ordinary_date", v.date_text(v.recent_date(), True)).t("\n")
    d.t(lab(v, "氏名")).e("PERSON", v.name(p)).t("\n")
    if v.chance(0.6):
        w_dob(d, v)
    # a blood-pressure reading in a named person's health-check result is 健康診断の結果 (APPI): labelled;
    # height and weight alone state no health judgement: not labelled (see docs/benchmarks.md)
    d.t(f"身長 {v.r.randint(150, 185)}.{v.r.randint(0, 9)}cm　体重 {v.r.randint(45, 95)}.{v.r.randint(0, 9)}kg　")
    d.e("SPECIAL_CARE", f"血圧 {v.r.randint(100, 170)}/{v.r.randint(60, 105)}").t("\n")
    cat, prose, field = v.special_care(v.pick(["medical", "health_check", "health_check", "disability"]))
    d.t(lab(v, v.pick(SPECIAL_CARE_FIELDS[cat] + ["所見"]))).e("SPECIAL_CARE", field).t("\n")
    if v.chance(0.6):
        cat2, prose2, _ = v.special_care(v.pick(["medical", "disability"]))
        d.t("産業医コメント：本人は").e("SPECIAL_CARE", prose2).t(v.pick(["とのこと。業務量の調整を推奨する。\n", "。経過観察とする。\n", _tame(prose2) + "、時間外労働を制限する。\n"]))
    if v.chance(0.3):
        d.t("次回面談：").x("ordinary_date", v.date_text(v.recent_date(), False)).t(" ").x("time", v.time_text()).t("\n")


def k_minutes(d: Doc, v: Values) -> None:
    people = [v.person() for _ in range(v.r.randint(2, 5))]
    d.t(v.pick(["議事録", "定例会議 議事録", "【議事録】プロジェクト進捗会議"]), "\n")
    d.t("日時：").x("ordinary_date", v.date_text(v.recent_date(), False)).t(" ").x("time", v.time_text()).t("\n")
    d.t("場所：").x("place_name", v.pick(["本社 会議室A", "Zoom", "大阪支社 5F", "Teams"])).t("\n出席者：")
    for i, q in enumerate(people):
        if i:
            d.t(v.pick(["、", "、", "，", ", ", "・", "　/　"]))
        if v.chance(0.5):
            d.e("PERSON", q["last"]).t(v.pick(["", "部長", "課長", "（記）", "さん"]))
        else:
            d.e("PERSON", v.name(q))
    d.t("\n\n1. 前回の振り返り\n")
    d.t("・").x("system_failure", v.pick(["先週発生したシステム障害", "ネットワーク障害", "決済サーバの障害"])).t("について、").e("PERSON", people[0]["last"]).t("より報告。")
    d.t("チケット").x("ticket_number", f"#{v.digits(4, True)}").t("で管理する。\n")
    d.t("2. 新製品\n・").x("product_code", v.product_code()).t("の出荷は").x("ordinary_date", f"{v.r.randint(1, 12)}月{v.r.randint(1, 28)}日").t("予定。価格は").x("price", v.price()).t("。\n")
    if v.chance(0.3):
        q = people[-1]
        sc = v.special_care("medical")[1]
        d.t("3. その他\n・").e("PERSON", q["last"]).t("さんが").e("SPECIAL_CARE", sc).t(_tame(sc) + "、来月から時短勤務となる。\n")
    if v.chance(0.3):
        d.t("・顧客").e("PERSON", v.name(v.person())).t("様の連絡先を").e("PHONE_NUMBER", v.phone()).t("に更新済み。\n")
    d.t("次回：").x("ordinary_date", v.date_text(v.recent_date(), False)).t("\n")


def k_chat(d: Doc, v: Values) -> None:
    people = [v.person() for _ in range(v.r.randint(2, 3))]
    h, m = v.r.randint(8, 18), v.r.randint(0, 59)
    style = v.r.randrange(3)
    for i in range(v.r.randint(4, 8)):
        q = people[i % len(people)]
        m += v.r.randint(1, 7)
        ts = f"{h + m // 60}:{m % 60:02d}"
        if style == 0:
            d.t("[").x("time", ts).t("] ").e("PERSON", v.name(q, "kanji_sp")).t(": ")
        elif style == 1:
            d.e("PERSON", q["last"]).t(" ").x("time", ts).t("\n")
        else:
            d.x("time", ts).t(" <").e("PERSON", v.name(q, v.pick(["romaji", "kanji"]))).t("> ")
        k = v.r.randrange(10)
        other = people[(i + 1) % len(people)]
        if k == 0:
            d.t("お客様の電話番号は").e("PHONE_NUMBER", v.phone()).t("です")
        elif k == 1:
            d.t("メアドこれです ").e("EMAIL_ADDRESS", v.email())
        elif k == 2:
            d.e("PERSON", other["last"]).t(v.honorific() + "、").x("order_number", v.order_number()).t("の件どうなりました？")
        elif k == 3:
            d.t("今日は").e("SPECIAL_CARE", v.pick(["持病の通院", "心療内科の通院", "人工透析", "がんの術後検診"])).t("で午後休みます")
        elif k == 4:
            d.t("了解です！")
        elif k == 5:
            d.t("本番サーバ").e("IP_ADDRESS", v.ipv4()).t("が応答しません")
        elif k == 6:
            d.t("宛先は").e("ADDRESS", v.address()).t("でお願いします")
        elif k == 7:
            d.x("ordinary_date", f"{v.r.randint(1, 12)}/{v.r.randint(1, 28)}").t("の会議、").x("time", v.time_text()).t("からに変更です")
        elif k == 8:
            d.t("お疲れさまです。資料共有しました")
        else:
            d.t("請求額は").x("price", v.price()).t("で確定しました")
        d.t("\n")


def k_access_log(d: Doc, v: Values) -> None:
    for _ in range(v.r.randint(3, 8)):
        k = v.r.randrange(6)
        ts = f"2026-11-{v.r.randint(1, 28):02d}T{v.r.randint(0, 23):02d}:{v.r.randint(0, 59):02d}:{v.r.randint(0, 59):02d}+09:00"
        if k == 0:
            d.e("IP_ADDRESS", v.ip()).t(f' - - [{v.r.randint(1, 28):02d}/Nov/2026:{v.r.randint(0, 23):02d}:{v.r.randint(10, 59)}:{v.r.randint(10, 59)} +0900] "GET /api/v1/orders/{v.digits(6)} HTTP/1.1" 200 {v.r.randint(100, 99999)}\n')
        elif k == 1:
            d.t(f"Nov {v.r.randint(1, 28)} {v.r.randint(10, 23)}:{v.r.randint(10, 59)}:{v.r.randint(10, 59)} web01 sshd[{v.r.randint(1000, 99999)}]: Failed password for invalid user admin from ").e("IP_ADDRESS", v.ipv4()).t(f" port {v.r.randint(1024, 65535)} ssh2\n")
        elif k == 2:
            d.t('{"ts":"').x("ordinary_date", ts).t('","level":"INFO","msg":"login ok","user":"').e("EMAIL_ADDRESS", v.email()).t('","client_ip":"').e("IP_ADDRESS", v.ip()).t('"}\n')
        elif k == 3:
            d.t(f"{ts} WARN  [app] ").x("version_string", f"release {v.version()}").t(f" request_id={v.digits(8)}-{v.digits(4)} latency={v.r.randint(1, 3000)}ms\n")
        elif k == 4:
            d.t(f"{ts} INFO X-Forwarded-For: ").e("IP_ADDRESS", v.ipv4()).t(", ").e("IP_ADDRESS", v.ipv4()).t("\n")
        else:
            d.t(f"{ts} ERROR connection to ").e("IP_ADDRESS", v.ip()).t(f":{v.pick([5432, 3306, 443, 6379])} refused (retry {v.r.randint(1, 5)}/5)\n")


def k_mixed_mail(d: Doc, v: Values) -> None:
    p, me = v.person(), v.person()
    d.t(v.pick(["Dear ", "Hi ", "Hello "])).e("PERSON", v.pick([p["last_en"], v.name(p, "romaji")])).t(v.pick(["-san,", ",", " san,"]), "\n\n")
    d.t("Thank you for your inquiry. いつもお世話になっております。\n")
    d.t("Please find the shipping details below / 送付先は以下の通りです。\n\n")
    d.t("Name: ").e("PERSON", v.name(p, "romaji")).t("\n")
    addr, pc = v.address_en()
    d.t("Address: ").e("ADDRESS", addr)
    if pc:
        d.t(" ").e("POSTAL_CODE", pc)
    d.t("\n")
    d.t(v.pick(["Phone: ", "Tel: ", "Mobile: "])).e("PHONE_NUMBER", v.phone(v.pick(["intl_jp", "intl"]))).t("\n")
    d.t("Email: ").e("EMAIL_ADDRESS", v.email(p)).t("\n")
    if v.chance(0.3):
        d.t("Date of birth: ").e("DATE_OF_BIRTH", v.date_text(v.birth_date(), False)).t("\n")
    if v.chance(0.3):
        d.t("Passport No.: ").e("JP_PASSPORT", v.passport()).t("\n")
    d.t("\nThe meeting is scheduled for ").x("ordinary_date", v.pick(["December 3, 2026", "Nov. 28", "2026-12-01"])).t(" at ").x("time", v.pick(["10:00 JST", "3 pm", "15:30"])).t(".\n")
    d.t("Best regards,\n").e("PERSON", v.name(me, "romaji")).t("\n").x("company_name", v.pick(["Example Trading Co., Ltd.", "ACME Japan K.K.", v.company()])).t("\n")
    d.t("Tel: ").e("PHONE_NUMBER", v.phone("intl_jp")).t(" / mail: ").e("EMAIL_ADDRESS", v.email(me, True)).t("\n")


def k_kyc(d: Doc, v: Values) -> None:
    p = v.person()
    d.t(v.pick(["本人確認書類 受付記録", "口座開設申込書（本人確認）", "【本人確認】", "入居申込書"]), "\n")
    d.t(lab(v, "受付番号")).x("ticket_number", f"{v.digits(4, True)}-{v.digits(5)}").t("\n")
    w_name_field(d, v, p)
    w_dob(d, v)
    w_postal_address(d, v)
    docs = v.r.sample(["mn", "lic", "pass", "res", "ins"], v.r.randint(1, 3))
    for k in docs:
        if k == "mn":
            d.t(lab(v, v.pick(["個人番号", "マイナンバー", "個人番号（12桁）", "My Number"]))).e("JP_MY_NUMBER", v.my_number()).t("\n")
        elif k == "lic":
            fmt = v.r.randrange(3)
            if fmt == 0:
                d.t("運転免許証 第").e("JP_DRIVERS_LICENSE", v.licence()).t("号\n")
            else:
                d.t(lab(v, v.pick(["運転免許証番号", "免許証番号", "免許証No.", "Driver's License No."]))).e("JP_DRIVERS_LICENSE", v.licence()).t("\n")
            if v.chance(0.4):
                d.t("有効期限：").x("ordinary_date", v.date_text(v.recent_date(), True)).t("まで\n")
        elif k == "pass":
            d.t(lab(v, v.pick(["旅券番号", "パスポート番号", "Passport No.", "旅券No"]))).e("JP_PASSPORT", v.passport()).t("\n")
        elif k == "res":
            d.t(lab(v, v.pick(["住民票コード", "住民票コード（11桁）"]))).e("JP_RESIDENT_CODE", v.resident_code()).t("\n")
        else:
            w_health_insurance(d, v)
    w_phone(d, v)
    d.t("確認者：").e("PERSON", v.person()["last"]).t("\n")


def k_dependents(d: Doc, v: Values) -> None:
    p = v.person()
    d.t(v.pick(["給与所得者の扶養控除等（異動）申告書", "マイナンバー収集台帳", "扶養家族届"]), "\n")
    d.t(lab(v, "提出年月日")).x("ordinary_date", v.date_text(v.recent_date(), True)).t("\n")
    d.t(lab(v, "氏名")).e("PERSON", v.name(p)).t("  個人番号 ").e("JP_MY_NUMBER", v.my_number()).t("\n")
    d.t("生年月日 ").e("DATE_OF_BIRTH", v.date_text(v.birth_date())).t("\n")
    sep = v.pick(["\t", " | ", ",", "　|　"])
    d.t(sep.join(["続柄", "氏名", "生年月日", "個人番号"]), "\n")
    for rel in v.r.sample(["配偶者", "長男", "長女", "次男", "母"], v.r.randint(1, 3)):
        q = v.person()
        q["last"], q["last_kana"] = p["last"], p["last_kana"]
        d.t(rel, sep).e("PERSON", v.name(q)).t(sep).e("DATE_OF_BIRTH", v.date_text(v.birth_date())).t(sep).e("JP_MY_NUMBER", v.my_number()).t("\n")


def k_card_application(d: Doc, v: Values) -> None:
    p = v.person()
    d.t(v.pick(["クレジットカード決済 申込内容", "会費お支払いカード登録", "【決済エラー報告】"]), "\n")
    d.t("カード名義：").e("PERSON", v.name(p, "romaji").upper()).t("\n")
    d.t(v.pick(["カード番号：", "Card No. ", "クレジットカード番号 ", "カード番号"])).e("CREDIT_CARD", v.card()).t("\n")
    d.t("有効期限：", f"{v.r.randint(1, 12):02d}/{v.r.randint(26, 32)}", "\n")
    if v.chance(0.5):
        d.t("ご利用金額：").x("price", v.price()).t("\n")
    if v.chance(0.4):
        d.t("別カード：").e("CREDIT_CARD", v.card_format(v.card_digits())).t("（予備）\n")
    if v.chance(0.5):
        d.t("ポイントカード番号：").x("luhn_invalid_card", v.card_format(v.card_digits(False))).t("\n")
    w_email(d, v, p)
    if v.chance(0.5):
        d.t("アクセス元：").e("IP_ADDRESS", v.ip()).t("\n")


def k_hr_interview(d: Doc, v: Values) -> None:
    p, hr = v.person(), v.person()
    d.t(v.pick(["人事面談記録", "休職者 面談メモ", "【社外秘】相談窓口 記録"]), "\n")
    d.t("面談日：").x("ordinary_date", v.date_text(v.recent_date(), False)).t("　面談者：").e("PERSON", v.name(hr)).t("\n")
    d.t("対象者：").e("PERSON", v.name(p)).t("（").x("employee_id", f"社員番号{v.digits(6, True)}").t("）\n")
    for _ in range(v.r.randint(1, 2)):
        cat, prose, field = v.special_care()
        if v.chance(0.5):
            d.t(v.pick(["本人によると、", "面談の結果、本人が", "相談内容：", "本人は"])).e("SPECIAL_CARE", prose).t(v.pick(["ことが分かった。\n", "と申告があった。\n", "。\n"]))
        else:
            d.t(lab(v, v.pick(SPECIAL_CARE_FIELDS[cat]))).e("SPECIAL_CARE", field).t("\n")
    if v.chance(0.4):
        d.t(lab(v, "賞罰"), "なし\n")
    d.t("今後の対応：", v.pick(["産業医と連携し配置転換を検討する。", "定期的にフォロー面談を行う。", "本人の同意を得て上長に共有する。"]), "\n")


def k_visitor_log(d: Doc, v: Values) -> None:
    d.t(v.pick(["入館受付記録", "来客記録簿", "Visitor Log"]), "\n")
    d.t("日付,時刻,会社名,氏名,連絡先,訪問先\n")
    dt = v.date_text(v.recent_date(), False).replace(",", "")
    for _ in range(v.r.randint(2, 6)):
        q = v.person()
        d.x("ordinary_date", dt).t(",").x("time", f"{v.r.randint(9, 18)}:{v.r.randint(0, 59):02d}").t(",").x("company_name", v.company()).t(",")
        d.e("PERSON", v.name(q)).t(",").e("PHONE_NUMBER", v.phone(v.pick(["mobile", "land"]))).t(",").e("PERSON", v.person()["last"]).t(v.pick(["部長", "課長", "様", ""]) + "\n")


def k_notice_letter(d: Doc, v: Values) -> None:
    p = v.person()
    d.t("〒").e("POSTAL_CODE", v.postal_code()).t("\n").e("ADDRESS", v.address()).t("\n")
    if v.chance(0.15):
        d.e("PERSON", v.person()["last"]).t("様方\n")
    d.e("PERSON", v.name(p)).t(v.pick([" 様", "　様", " 殿", "様"]), "\n\n")
    d.t(v.pick(["ご契約内容変更のお知らせ", "更新手続きのご案内", "年会費のご案内"]), "\n")
    d.t("お客様番号：").x("customer_number", v.digits(11, True)).t("\n")
    d.t("平素より格別のご高配を賜り厚く御礼申し上げます。").x("ordinary_date", v.date_text(v.recent_date(), True)).t("より料金プランが変更となります。\n")
    d.t("月額料金：").x("price", v.price()).t("\n")
    if v.chance(0.5):
        d.t("ご登録の生年月日（").e("DATE_OF_BIRTH", v.date_text(v.birth_date())).t("）に誤りがある場合はご連絡ください。\n")
    d.t("お問い合わせ：").e("PHONE_NUMBER", v.phone("free")).t("（受付時間 ").x("time", "9:00～18:00").t("）\n")


def k_prose_pi(d: Doc, v: Values) -> None:
    """Free prose with PI scattered inside sentences (no field labels)."""
    p = v.person()
    k = v.r.randrange(6)
    if v.chance(0.3):
        d.e("PERSON", p["last"]).t(v.honorific())
    else:
        d.e("PERSON", v.name(p)).t(v.pick(["さん", "様", "氏", ""]))
    if v.chance(0.3):
        d.t("（").x("age", f"{v.r.randint(20, 70)}歳").t("）")
    if k == 0:
        d.t("は").e("DATE_OF_BIRTH", v.date_text(v.birth_date())).t(v.pick(["生まれで、", "生。"]))
        d.e("ADDRESS", v.address()).t("に住んでいる。\n")
    elif k == 1:
        d.t("の連絡先は").e("PHONE_NUMBER", v.phone()).t("、メールは").e("EMAIL_ADDRESS", v.email(p)).t("です。\n")
    elif k == 2:
        d.t("から、個人番号").e("JP_MY_NUMBER", v.my_number()).t("の通知カードを受領しました。\n")
    elif k == 3:
        d.t("の振込先は").e("JP_BANK_ACCOUNT", v.bank_inline(v.bank())).t("です。\n")
    elif k == 4:
        d.t("は").e("SPECIAL_CARE", v.special_care()[1]).t("と聞いている。\n")
    else:
        d.t("の運転免許証番号").t(v.pick(["は", "：", " "])).e("JP_DRIVERS_LICENSE", v.licence()).t("、旅券番号は").e("JP_PASSPORT", v.passport()).t("です。\n")
    if v.chance(0.5):
        d.t("担当は").e("PERSON", v.person()["last"]).t("でした。\n")


def k_hr_csv(d: Doc, v: Values) -> None:
    """An HR master export: identifiers in columns, context only in the header."""
    cols = ["emp", "name"] + [c for c in ("kana", "dob", "mn", "lic", "bank", "tel", "mail", "joined") if v.chance(0.55)]
    if not any(c in cols for c in ("mn", "lic", "bank")):
        cols.append(v.pick(["mn", "lic", "bank"]))
    heads = {"emp": ["社員番号", "emp_no", "従業員ID"], "name": ["氏名", "社員名", "name"], "kana": ["カナ氏名", "フリガナ"],
             "dob": ["生年月日", "birth_date"], "mn": ["個人番号", "マイナンバー", "my_number"], "lic": ["運転免許証番号", "免許証番号"],
             "bank": ["銀行名,支店名,口座種別,口座番号", "振込銀行,振込支店,種別,口座番号"], "tel": ["携帯番号", "電話番号", "tel"],
             "mail": ["メール", "email"], "joined": ["入社日", "hire_date"]}
    sep = "," if "bank" in cols or v.chance(0.6) else "\t"
    d.t(sep.join(v.pick(heads[c]) for c in cols).replace(",", sep), "\n")
    for _ in range(v.r.randint(2, 7)):
        p = v.person()
        for i, c in enumerate(cols):
            if i:
                d.t(sep)
            if c == "emp":
                d.x("employee_id", v.digits(v.pick([5, 6, 7]), True))
            elif c == "name":
                d.e("PERSON", v.name(p, v.pick(["kanji_sp", "kanji", "kanji_fwsp"])))
            elif c == "kana":
                d.e("PERSON", v.name(p, v.pick(["kana", "halfkana"])))
            elif c == "dob":
                d.e("DATE_OF_BIRTH", v.date_text(v.birth_date()).replace(",", ""))
            elif c == "mn":
                d.e("JP_MY_NUMBER", v.my_number())
            elif c == "lic":
                d.e("JP_DRIVERS_LICENSE", v.licence())
            elif c == "bank":
                b = v.bank()
                d.t(b["bank"], sep, b["branch"], sep, v.pick(["普通", "当座", "1", "普"]), sep).e("JP_BANK_ACCOUNT", b["number"])
            elif c == "tel":
                d.e("PHONE_NUMBER", v.phone("mobile"))
            elif c == "mail":
                d.e("EMAIL_ADDRESS", v.email(p, True))
            else:
                d.x("ordinary_date", v.date_text(v.recent_date(), False).replace(",", ""))
        d.t("\n")


def _spaced(s: str) -> str:
    return " ".join(s)


def k_pdf_form(d: Doc, v: Values) -> None:
    """Text as PDF extraction leaves it: letter-spaced labels, values broken across lines."""
    p = v.person()
    d.t(_spaced(v.pick(["申込書", "届出書", "登録申請書"])), "\n\n")
    d.t(_spaced("氏名"), "  ").e("PERSON", v.name(p, "kanji_sp")).t("\n")
    d.t(_spaced("生年月日"), "  ").e("DATE_OF_BIRTH", v.date_text(v.birth_date())).t("\n")
    k = v.r.randrange(4)
    if k == 0:  # phone broken at a hyphen
        ph = v.phone("land").replace(" ", "-")
        cut = ph.rfind("-") + 1 if "-" in ph else 6
        d.t(_spaced("電話番号"), "  ").e("PHONE_NUMBER", ph[:cut] + "\n" + ph[cut:]).t("\n")
    elif k == 1:  # address wrapped onto a second line
        addr = v.address()
        cut = max(4, len(addr) // 2)
        d.t(_spaced("住所"), "  ").e("ADDRESS", (addr[:cut] + "\n" + addr[cut:]).replace("\n ", "\n").replace(" \n", "\n")).t("\n")
    elif k == 2:
        mn = "".join(ch for ch in v.my_number() if ch.isdigit())
        d.t(_spaced("個人番号"), "  ").e("JP_MY_NUMBER", " ".join(mn)).t("\n")
    else:
        d.t(_spaced("メールアドレス"), "  ").e("EMAIL_ADDRESS", v.email(p)).t("\n")
        d.t(_spaced("携帯"), "  ").e("PHONE_NUMBER", " ".join(v.phone("mobile").replace("-", ""))).t("\n")
    d.t(_spaced("受付日"), "  ").x("ordinary_date", v.date_text(v.recent_date(), True)).t("\n")


def k_contract(d: Doc, v: Values) -> None:
    """A contract's signature page: parties with addresses and representatives."""
    rep_a, rep_b = v.person(), v.person()
    d.t(v.pick(["業務委託契約書", "秘密保持契約書", "売買基本契約書", "賃貸借契約書"]), "\n\n")
    d.t("本契約の成立を証するため、本書2通を作成し、甲乙記名押印の上、各1通を保有する。\n\n")
    d.x("ordinary_date", v.date_text(v.recent_date(), True)).t("\n\n")
    for side, rp in (("甲", rep_a), ("乙", rep_b)):
        d.t(f"（{side}）" if v.chance(0.5) else f"{side}：")
        d.e("ADDRESS", v.address()).t("\n")
        if side == "乙" and v.chance(0.4):  # an individual party (landlord, freelancer)
            d.t("　　").e("PERSON", v.name(rp)).t("　印\n")
        else:
            d.t("　　").x("company_name", v.company()).t("\n　　", v.pick(["代表取締役", "代表取締役社長", "取締役", "代表社員"]), " ")
            d.e("PERSON", v.name(rp)).t(v.pick(["　印", "", " ㊞"]), "\n")
    d.t("\n契約金額：").x("price", f"金{v.r.randint(10, 5000) * 10000:,}円").t("（消費税別）\n")


def k_call_transcript(d: Doc, v: Values) -> None:
    """A call-centre transcript: PI spoken in dialogue, no field labels."""
    p = v.person()
    op = v.person()
    a, c = v.pick([("オペレーター", "お客様"), ("OP", "CS"), ("担当", "顧客"), ("A", "B")])
    d.t(v.pick(["通話記録", "【応対履歴】", "コールログ"]), " ").x("ordinary_date", v.date_text(v.recent_date(), False)).t(" ").x("time", v.time_text()).t("\n")
    d.t(f"{a}：お電話ありがとうございます。").x("company_name", v.company()).t("、").e("PERSON", op["last"]).t("でございます。\n")
    d.t(f"{c}：").t(v.pick(["あの、", "すみません、", ""])).t("契約の件で電話しました。").e("PERSON", v.name(p, v.pick(["kanji_sp", "kanji"]))).t("です。\n")
    d.t(f"{a}：ご本人確認のため、生年月日をお願いいたします。\n")
    d.t(f"{c}：").e("DATE_OF_BIRTH", v.date_text(v.birth_date())).t(v.pick(["です。", "生まれです。", "。"]), "\n")
    if v.chance(0.6):
        d.t(f"{a}：ご登録のご住所をお願いします。\n{c}：").e("ADDRESS", v.address()).t(v.pick(["です。", "になります。", ""]), "\n")
    if v.chance(0.6):
        d.t(f"{a}：折り返しのお電話番号は").t(v.pick(["ご登録の", ""])).t("こちらでよろしいですか。\n")
        d.t(f"{c}：いえ、携帯の").e("PHONE_NUMBER", v.phone("mobile")).t("にお願いします。\n")
    if v.chance(0.3):
        d.t(f"{c}：実は、").e("SPECIAL_CARE", v.special_care("medical")[1]).t("。それで平日の昼間は出られないことがあります。\n")
    d.t(f"{a}：承知いたしました。").e("PERSON", p["last"]).t("様、本日はありがとうございました。\n")


def k_json_records(d: Doc, v: Values) -> None:
    """An API / export dump: JSON objects (pretty or one per line) with PI in string values."""
    keys = {"name": ["name", "full_name", "customerName", "氏名"], "kana": ["kana", "name_kana", "フリガナ"],
            "tel": ["tel", "phone", "phoneNumber", "電話番号"], "email": ["email", "mail", "emailAddress"],
            "zip": ["zip", "postal_code", "zipCode"], "addr": ["address", "addr1", "住所"],
            "dob": ["birthday", "birth_date", "dob", "生年月日"], "ip": ["last_login_ip", "remote_addr", "ip"]}
    chosen = ["name"] + [k for k in ("kana", "tel", "email", "zip", "addr", "dob", "ip") if v.chance(0.55)]
    names = {k: v.pick(keys[k]) for k in chosen}
    pretty = v.chance(0.5)
    n = v.r.randint(1, 3)
    d.t("[\n" if pretty else "")
    for i in range(n):
        p = v.person()
        d.t("  {\n" if pretty else "{")
        d.t(('    "id": ' if pretty else '"id": ')).x("customer_number", str(v.r.randint(1000, 999999))).t(",\n" if pretty else ", ")
        for j, k in enumerate(chosen):
            d.t(("    " if pretty else "") + f'"{names[k]}": "')
            if k == "name":
                d.e("PERSON", v.name(p, v.pick(["kanji_sp", "kanji", "romaji"])))
            elif k == "kana":
                d.e("PERSON", v.name(p, "kana"))
            elif k == "tel":
                d.e("PHONE_NUMBER", v.phone(v.pick(["mobile", "land"])))
            elif k == "email":
                d.e("EMAIL_ADDRESS", v.email(p))
            elif k == "zip":
                d.e("POSTAL_CODE", v.postal_code(plain=v.chance(0.5)))
            elif k == "addr":
                d.e("ADDRESS", v.address())
            elif k == "dob":
                d.e("DATE_OF_BIRTH", v.pick([f"{b.year}-{b.month:02d}-{b.day:02d}" for b in [v.birth_date()]] + [v.date_text(v.birth_date(), False).replace(",", "")]))
            else:
                d.e("IP_ADDRESS", v.ip())
            d.t('"' + ("," if j < len(chosen) - 1 else "") + ("\n" if pretty else " "))
        d.t(("  }" + ("," if i < n - 1 else "") + "\n") if pretty else "}\n")
    d.t("]\n" if pretty else "")


PI_KINDS: dict[str, tuple[Callable[[Doc, Values], None], float]] = {
    "email": (k_email, 10), "resume": (k_resume, 5), "entry_sheet": (k_entry_sheet, 3), "customer_csv": (k_customer_csv, 6),
    "inquiry_form": (k_inquiry_form, 6), "invoice": (k_invoice, 5), "order": (k_order, 5), "employee_ledger": (k_employee_ledger, 6),
    "payroll_account": (k_payroll_account, 3), "health_check": (k_health_check, 4), "minutes": (k_minutes, 4), "chat": (k_chat, 5),
    "access_log": (k_access_log, 4), "mixed_mail": (k_mixed_mail, 4), "kyc": (k_kyc, 7), "dependents": (k_dependents, 3),
    "card_application": (k_card_application, 4), "hr_interview": (k_hr_interview, 3), "visitor_log": (k_visitor_log, 2),
    "notice_letter": (k_notice_letter, 3), "prose": (k_prose_pi, 4), "hr_csv": (k_hr_csv, 3), "pdf_form": (k_pdf_form, 2),
    "contract": (k_contract, 2), "call_transcript": (k_call_transcript, 2),
    "json_records": (k_json_records, 3),
}


# ----------------------------------------------------------------------------
# hard-negative document kinds (no PI at all)


def n_shipping_notice(d: Doc, v: Values) -> None:
    d.t(v.pick(["【発送完了のお知らせ】", "商品発送のご案内", "出荷通知"]), "\n")
    d.t("お客様のご注文商品を発送いたしました。\n注文番号：").x("order_number", v.order_number()).t("\n")
    if v.chance(0.3):  # a 16-digit reference that happens to be Luhn-valid: still not a card
        d.t(v.pick(["受付番号：", "決済ID：", "お問い合わせ番号 "])).x("order_number", _luhn16(v)).t("\n")
    d.t(v.pick(["お問い合わせ伝票番号：", "追跡番号：", "送り状番号 "])).x("tracking_number", v.tracking_number()).t("\n")
    if v.chance(0.5):
        d.t("（2個口）").x("tracking_number", v.tracking_number()).t("\n")
    d.t("お届け予定日：").x("ordinary_date", v.date_text(v.recent_date(), False)).t(" ").x("time", v.pick(["午前中", "14:00～16:00", "18時～20時"])).t("\n")
    d.t("配送状況は配送業者のサイトでご確認いただけます。\n")
    d.t("ご請求金額：").x("price", v.price()).t("\n")


def _luhn16(v: Values) -> str:
    body = (v.pick(["4", "5", "35"]) + v.digits(14))[:15]
    return body + str(Values.luhn_check(body))


def _same_day_in(day, year: int):
    """`day` moved to `year`; 29 February becomes the 28th in a common year."""
    return day.replace(year=year, day=28) if (day.month, day.day) == (2, 29) else day.replace(year=year)


def n_corporate_profile(d: Doc, v: Values) -> None:
    name = v.company()
    d.t("会社概要\n商号：").x("company_name", name).t("\n法人番号：").x("corporate_number", v.corporate_number()).t("\n")
    d.t("設立：").x("ordinary_date", v.date_text(_same_day_in(v.recent_date(), v.r.randint(1950, 2015)), True)).t("\n")
    d.t("資本金：").x("price", f"{v.r.randint(10, 9000)}百万円" if v.chance(0.5) else v.price()).t("\n")
    d.t("従業員数：", f"{v.r.randint(10, 5000)}名（").x("ordinary_date", f"{v.r.randint(2020, 2026)}年4月").t("現在）\n")
    d.t("事業所：").x("place_name", "、".join(v.r.sample(["東京", "大阪", "名古屋", "福岡", "札幌", "仙台", "広島", "金沢"], 3)))
    d.t("\n主要取引先：").x("company_name", f"{v.company()}、{v.company()}").t("\n")
    d.t("適格請求書発行事業者登録番号：").x("corporate_number", v.invoice_registration()).t("\n")


def n_price_list(d: Doc, v: Values) -> None:
    d.t(v.pick(["御見積書", "価格表", "商品一覧"]), "\n見積番号：").x("invoice_number", v.invoice_number()).t("\n")
    d.t("有効期限：").x("ordinary_date", v.date_text(v.recent_date(), True)).t("\n")
    for _ in range(v.r.randint(3, 7)):
        d.t(v.pick(["LEDライト", "会議用テーブル", "ノートPC", "ライセンス（年額）", "保守契約", "複合機リース", "スチール棚"]), "  ")
        d.x("product_code", v.product_code()).t("  ").x("price", v.price()).t("\n")
    d.t("JANコード：").x("jan_code", v.jan()).t("\n")
    d.t("型番：").x("model_number", v.pick(["TK", "MZ", "RE", "KX", "AB"]) + v.digits(7)).t("（受注生産）\n")
    d.t("部品番号：").x("zip_like", v.zip_like()).t("\n")


def n_release_notes(d: Doc, v: Values) -> None:
    d.t(v.pick(["リリースノート", "Release Notes", "更新履歴"]), " ").x("version_string", v.version()).t("\n")
    d.t("リリース日：").x("ordinary_date", v.date_text(v.recent_date(), False)).t("\n")
    d.t("ビルド番号：").x("build_number", f"{v.r.randint(2019, 2026)}{v.digits(4)}.{v.r.randint(1, 99)}").t("\n")
    for _ in range(v.r.randint(2, 5)):
        d.t("- ").x("ticket_number", v.pick([f"JIRA-{v.digits(4, True)}", f"#{v.digits(4, True)}", f"PRJ-{v.digits(3, True)}"]))
        d.t(v.pick([" ログイン画面の表示崩れを修正", " CSV出力の文字化けを修正", " 検索性能を改善", " 依存ライブラリを更新（"]))
        if d.parts[-1].endswith("（"):
            d.x("version_string", f"{v.r.randint(1, 9)}.{v.r.randint(0, 20)}.{v.r.randint(0, 9)}.{v.r.randint(0, 9)}").t("）")
        d.t("\n")
    d.t("対応OS：Windows 11 (").x("build_number", f"10.0.{v.r.randint(22000, 26100)}.{v.r.randint(1, 4000)}").t("), macOS ").x("version_string", f"{v.r.randint(12, 15)}.{v.r.randint(0, 7)}").t("\n")
    d.t("ファイルバージョン ").x("version_string", f"{v.r.randint(1, 9)}.{v.r.randint(0, 9)}.{v.r.randint(0, 9)}.{v.r.randint(1, 250)}").t("\n")


def n_news_places(d: Doc, v: Values) -> None:
    places = ["京都の嵐山", "北海道の富良野", "沖縄の石垣島", "長野県の松本市", "石川県の金沢市", "愛知県豊田市", "静岡県浜松市"]
    st = ["新宿駅", "大宮駅", "梅田駅", "高田馬場駅", "藤沢駅", "中村区役所前", "吉祥寺駅", "小松空港", "岡山駅", "豊田市駅"]
    d.t(v.pick(["【地域ニュース】", "観光ガイド", "週末のおでかけ情報"]), "\n")
    d.x("place_name", v.pick(places)).t(v.pick(["で紅葉が見頃を迎え、", "では新しい商業施設が開業し、", "で秋祭りが開かれ、"]))
    d.t("多くの観光客でにぎわった。").x("ordinary_date", f"{v.r.randint(1, 12)}月{v.r.randint(1, 28)}日").t("には")
    d.x("station_name", v.pick(st)).t("から臨時バスが運行される。\n")
    d.x("place_name", v.pick(["大阪府", "福岡県", "神奈川県", "東京都"])).t("によると、来場者数は前年比").x("price", f"{v.r.randint(101, 140)}%").t("だった。\n")
    d.t("会場へは").x("station_name", v.pick(st)).t("から徒歩").x("time", f"{v.r.randint(3, 20)}分").t("。入場料は").x("price", v.price()).t("。\n")
    d.t("主催：").x("company_name", v.company()).t("\n")


def n_incident_report(d: Doc, v: Values) -> None:
    d.t(v.pick(["障害報告書", "【障害発生のお知らせ】", "インシデント報告"]), "\n")
    d.t("管理番号：").x("ticket_number", f"INC{v.digits(7)}").t("\n発生日時：").x("ordinary_date", v.date_text(v.recent_date(), False)).t(" ").x("time", v.time_text()).t("\n")
    d.t("概要：").x("system_failure", v.pick(["決済システムにおいてシステム障害が発生し", "ネットワーク機器の障害により", "ストレージ障害のため", "通信障害の影響で"]))
    d.t("、サービスが約").x("time", f"{v.r.randint(10, 180)}分間").t("停止しました。\n")
    d.t("原因：").x("version_string", f"ミドルウェア {v.version()}").t("の既知の不具合。\n")
    d.t("対応：").x("build_number", f"パッチ Build {v.r.randint(1000, 9999)}").t("を適用し復旧。").x("system_failure", "障害対応手順書").t("を改訂します。\n")
    d.t("影響件数：").x("price", f"{v.r.randint(10, 50000):,}件").t("\n")


def n_pharmacy_list(d: Doc, v: Values) -> None:
    items = ["ロキソニンS 12錠", "パブロンゴールドA微粒 44包", "ガスター10 6錠", "太田胃散 140g", "バファリンA 40錠", "イブA錠 60錠",
             "正露丸 100粒", "キャベジンコーワα 300錠", "アレグラFX 28錠", "新ビオフェルミンS錠 130錠", "マキロンs 75ml", "目薬 ロートCキューブ"]
    d.t(v.pick(["ドラッグストア 売上上位商品", "医薬品 発注リスト", "常備薬の購入一覧（総務部）"]), "\n")
    for it in v.r.sample(items, v.r.randint(3, 7)):
        d.x("pharmacy_list", it).t("  ").x("jan_code", v.jan()).t("  ").x("price", v.price(3.6)).t("\n")
    d.t("※第1類医薬品は薬剤師の説明が必要です。\n")
    d.x("health_generic", v.pick(["インフルエンザ予防接種は", "健康診断の受診は", "ストレスチェックの実施は"])).t("来月").x("ordinary_date", f"{v.r.randint(1, 28)}日").t("までに予約してください。\n")


def n_crime_stats(d: Doc, v: Values) -> None:
    d.t(v.pick(["【ニュース】", "統計速報", "防犯だより"]), "\n")
    d.x("crime_statistics", f"警察庁のまとめによると、{v.r.randint(2019, 2025)}年の刑法犯認知件数は{v.r.randint(50, 90)}万{v.r.randint(1000, 9999)}件で、前年より{v.r.randint(1, 9)}.{v.r.randint(0, 9)}%増加した。")
    d.t("\n").x("crime_statistics", f"特殊詐欺の被害額は約{v.r.randint(300, 700)}億円に上り、")
    d.x("place_name", v.pick(["東京都", "大阪府", "愛知県", "埼玉県"])).t("が最も多かった。\n")
    d.x("crime_statistics", v.pick(["窃盗事件の検挙率は", "ストーカー相談件数は", "DV相談件数は"])).t("前年並みだった。\n")
    d.t("不審な電話があった場合は最寄りの").x("place_name", v.pick(["渋谷警察署", "中央警察署", "博多警察署"])).t("へ相談してください。\n")


def n_bad_numbers(d: Doc, v: Values) -> None:
    d.t(v.pick(["マイナンバー入力チェック結果", "入力エラー一覧", "【バリデーションエラー】"]), "\n")
    for _ in range(v.r.randint(2, 4)):
        k = v.r.randrange(3)
        d.t(f"行{v.r.randint(2, 500)}：")
        if k == 0:
            d.t(v.pick(["個人番号 ", "マイナンバー：", "個人番号"])).x("bad_my_number", v.my_number_bad()).t(" → チェックデジット不一致\n")
        elif k == 1:
            d.t("カード番号 ").x("luhn_invalid_card", v.card_format(v.card_digits(False))).t(" → 番号が正しくありません\n")
        else:
            d.t("会員番号 ").x("luhn_invalid_card", v.card_format(v.card_digits(False))).t(" → 有効期限切れ\n")
    d.t("修正後、").x("ordinary_date", v.date_text(v.recent_date(), False)).t("までに再提出してください。\n")


def n_schedule(d: Doc, v: Values) -> None:
    d.t(v.pick(["【会議のご案内】", "オンライン説明会のお知らせ", "社内研修スケジュール"]), "\n")
    d.t("日時：").x("ordinary_date", v.date_text(v.recent_date(), v.chance(0.3))).t(" ").x("time", v.time_text()).t("\n")
    d.t("場所：").x("place_name", v.pick(["本社 大会議室", "オンライン（Zoom）", "品川研修センター", "大阪支社 セミナールーム"])).t("\n")
    d.t("ミーティングID: ").x("meeting_id", f"{v.digits(3, True)} {v.digits(4)} {v.digits(4)}").t("\nパスコード: ").x("meeting_id", v.digits(6)).t("\n")
    d.t("内線：").x("zip_like", v.digits(4, True)).t("\n")
    d.t("議題：").x("system_failure", v.pick(["障害対応の振り返り", "システム障害時の連絡体制", "BCP（事業継続計画）"])).t("\n")
    d.t("参加費：").x("price", v.pick(["無料", v.price()])).t("\n")


def n_legal_text(d: Doc, v: Values) -> None:
    k = v.r.randrange(3)
    if k == 0:
        d.x("legal_definition", "要配慮個人情報とは、本人の人種、信条、社会的身分、病歴、犯罪の経歴、犯罪により害を被った事実その他本人に対する不当な差別、偏見その他の不利益が生じないようにその取扱いに特に配慮を要するものとして政令で定める記述等が含まれる個人情報をいいます。")
        d.t("\n当社は、法令に基づく場合を除き、あらかじめ本人の同意を得ることなく要配慮個人情報を取得しません。\n")
    elif k == 1:
        d.x("legal_definition", "障害者雇用促進法に基づき、民間企業の法定雇用率は2.5%に引き上げられました。").t("\n")
        d.x("health_generic", "当社では、障害のある方も働きやすい職場づくりに取り組んでいます。健康経営の一環として、がん検診の費用を補助します。").t("\n")
    else:
        d.x("legal_definition", "個人番号（マイナンバー）は、社会保障、税及び災害対策の手続のためにのみ利用し、法令で定められた場合を除き第三者に提供しません。")
        d.t("\n個人番号が記載された書類は施錠できる書庫に保管し、保存期間経過後は速やかに廃棄します。\n")
    d.t("制定日：").x("ordinary_date", v.date_text(v.recent_date(), True)).t("\n").x("company_name", v.company()).t(" 代表取締役社長\n")


def n_it_config(d: Doc, v: Values) -> None:
    d.t(v.pick(["# 設定ファイル", "## 開発メモ", "構成管理メモ"]), "\n")
    d.t("app_version = \"").x("version_string", v.version()).t("\"\n")
    d.t("request_id: ").x("uuid_hash", str(__import__("uuid").UUID(int=v.r.getrandbits(128), version=4))).t("\n")
    d.t("commit: ").x("uuid_hash", "".join(v.pick("0123456789abcdef") for _ in range(40))).t("\n")
    d.t("sha256: ").x("uuid_hash", "".join(v.pick("0123456789abcdef") for _ in range(64))).t("\n")
    d.t("mac: ").x("uuid_hash", ":".join(f"{v.r.randint(0, 255):02X}" for _ in range(6))).t("\n")
    d.t("timeout = ").x("time", f"{v.r.randint(1, 120)}s").t("\nport = 8080\n")
    d.x("code_snippet", v.pick(["std::vector<std::string> names;\nstd::map<int, std::string>::iterator it;", "for (auto& x : a::b::c) {}",
                                "SELECT name, email FROM users WHERE id = ?;", "if (cnt >= 1000) { retry(3); }",
                                "ERROR ::1 is not allowed", "a = b ? c : d; x = dict[::2]"])).t("\n")


def n_stats_report(d: Doc, v: Values) -> None:
    d.t(v.pick(["月次売上報告", "四半期決算サマリー", "在庫レポート"]), "（").x("ordinary_date", f"{v.r.randint(2023, 2026)}年{v.r.randint(1, 12)}月").t("）\n")
    for metric in v.r.sample(["売上高", "営業利益", "受注件数", "在庫数", "出荷数", "経常利益"], v.r.randint(3, 6)):
        d.t(metric, "：")
        if metric in ("受注件数", "在庫数", "出荷数"):
            d.x("price", v.pick([f"{v.r.randint(100, 99999):,}件", f"{v.r.randint(1000000, 9999999)}", f"{v.r.randint(100, 9999)}個"]))
        else:
            d.x("price", v.pick([f"{v.r.randint(1000000, 9999999)}円", v.price(9), f"{v.r.randint(10, 9999):,}百万円"]))
        d.t("\n")
    d.t("前年同月比：", f"{v.r.randint(80, 130)}.{v.r.randint(0, 9)}%\n")
    d.t("最多受注：").x("company_name", v.company()).t("（").x("place_name", v.pick(["大阪", "名古屋", "仙台", "福岡"])).t("）\n")
    d.t("担当部署コード：").x("zip_like", v.zip_like()).t("\n")
    d.t("顧客番号 ").x("customer_number", v.digits(11, True)).t(" の契約更新を確認。\n")


HN_KINDS: dict[str, tuple[Callable[[Doc, Values], None], float]] = {
    "neg_shipping_notice": (n_shipping_notice, 4), "neg_corporate_profile": (n_corporate_profile, 3),
    "neg_price_list": (n_price_list, 3), "neg_release_notes": (n_release_notes, 3), "neg_news_places": (n_news_places, 3),
    "neg_incident_report": (n_incident_report, 3), "neg_pharmacy_list": (n_pharmacy_list, 2), "neg_crime_stats": (n_crime_stats, 2),
    "neg_bad_numbers": (n_bad_numbers, 3), "neg_schedule": (n_schedule, 3), "neg_legal_text": (n_legal_text, 2),
    "neg_it_config": (n_it_config, 2), "neg_stats_report": (n_stats_report, 2),
}
HARD_NEGATIVE_SHARE = 0.3


def _draw(v: Values, table: dict) -> str:
    names = list(table)
    return v.r.choices(names, weights=[table[n][1] for n in names])[0]


def generate(n: int = DEFAULT_DOCS, seed: int = DEFAULT_SEED) -> Iterator[dict]:
    """Yield `n` labelled documents; the same (n, seed) always gives the same corpus."""
    rng = random.Random(seed)
    fake = Faker("ja_JP")
    fake.seed_instance(seed)
    v = Values(rng, fake)
    for i in range(n):
        hard = rng.random() < HARD_NEGATIVE_SHARE
        table = HN_KINDS if hard else PI_KINDS
        kind = _draw(v, table)
        d = Doc(kind, hard)
        table[kind][0](d, v)
        text = d.text
        if hard:
            assert not d.ents, kind
        yield {"id": f"doc-{seed}-{i:05d}", "kind": kind, "hard_negative": hard, "traps": d.traps,
               "text": text, "entities": d.ents}


HANDMADE = __import__("pathlib").Path(__file__).resolve().parent / "handmade.txt"
_MARK = __import__("re").compile(r"\{\{([A-Z_]+):(.*?)\}\}", __import__("re").S)


def parse_marked(src: str, name: str = "handmade") -> list[dict]:
    """Documents written by hand with inline `{{TYPE:text}}` labels (see bench/handmade.txt)."""
    docs, cur = [], None
    for line in src.splitlines(keepends=True):
        if line.startswith("=== "):
            head = line[4:].split()
            cur = {"kind": head[0], "hard_negative": "hard" in head[1:], "raw": []}
            docs.append(cur)
        elif cur is not None:
            cur["raw"].append(line)
    out = []
    for i, d in enumerate(docs):
        raw = "".join(d["raw"]).strip("\n") + "\n"
        text, ents, pos = [], [], 0
        for m in _MARK.finditer(raw):
            text.append(raw[pos:m.start()])
            start = sum(map(len, text))
            assert m.group(1) in PI_TYPES, m.group(1)
            ents.append({"type": m.group(1), "start": start, "end": start + len(m.group(2))})
            text.append(m.group(2))
            pos = m.end()
        text.append(raw[pos:])
        assert not (d["hard_negative"] and ents), d["kind"]
        out.append({"id": f"{name}-{i:03d}", "kind": d["kind"], "hard_negative": d["hard_negative"], "traps": [],
                    "text": "".join(text), "entities": ents})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=DEFAULT_DOCS, help="number of documents (default %(default)s)")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed (default %(default)s)")
    ap.add_argument("-o", "--output", default="-", help="output JSON Lines file (default stdout)")
    a = ap.parse_args(argv)
    out = sys.stdout if a.output == "-" else open(a.output, "w", encoding="utf-8")
    try:
        for rec in generate(a.docs, a.seed):
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
