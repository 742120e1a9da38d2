#!/usr/bin/env python3
"""Generate the synthetic demo data under examples/demo/ from a fixed seed.

Writes a small company file share (`share/`: hr, sales, inquiries, marketing,
partners, contractors, recruiting, entrusted, exports, public) in .txt, .csv
(UTF-8 and CP932), .json, .xlsx, .docx and one .zip; a copy "synced from a US
bucket" (`backup_us/`); a small SQLite CRM (`crm.sqlite`); `planted.json`, the
manifest of every raw PI value written (type, file, source, location), which the
leak tests use; and `expected.json`, the policy mismatches config.example.toml
is meant to produce, and the locations that must produce none. Every value is
synthetic (Faker ja_JP plus hand-made formats, example.* e-mail domains,
TEST-NET IP addresses, Luhn-valid card numbers, My Numbers with a valid check
digit). Output is byte-for-byte deterministic: same seed, same bytes (zip
timestamps and Office document dates are pinned).

    python scripts/make_demo.py [--out examples/demo] [--seed 20240601]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import re
import shutil
import sqlite3
import sys
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import docx
import openpyxl
from faker import VERSION as faker_version
from faker import Faker
from stdnum import __version__ as stdnum_version
from stdnum import luhn
from stdnum.jp import in_ as my_number

_DEMO_DAY = date(2024, 6, 1)  # the day the demo files are dated (zip timestamps, ages)

SEED = 20240601
FIXED_DT = (2024, 6, 1, 9, 0, 0)
FIXED_ISO = "2024-06-01T09:00:00Z"
DOMAINS = ("example.com", "example.co.jp", "example.jp")
REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "examples" / "demo"
OWNED = ("share", "backup_us", "crm.sqlite", "planted.json", "expected.json")

# (prefecture, city/ward, town) triples that exist, so addresses read naturally.
PLACES = (
    ("東京都", "渋谷区", "千駄ヶ谷"), ("東京都", "新宿区", "西新宿"), ("東京都", "世田谷区", "三軒茶屋"),
    ("東京都", "港区", "芝浦"), ("東京都", "品川区", "大崎"), ("東京都", "練馬区", "豊玉北"),
    ("神奈川県", "横浜市西区", "みなとみらい"), ("神奈川県", "川崎市中原区", "小杉町"),
    ("埼玉県", "さいたま市大宮区", "桜木町"), ("千葉県", "千葉市美浜区", "中瀬"),
    ("大阪府", "大阪市北区", "梅田"), ("大阪府", "堺市堺区", "南瓦町"), ("京都府", "京都市下京区", "四条通"),
    ("兵庫県", "神戸市中央区", "三宮町"), ("愛知県", "名古屋市中区", "栄"), ("静岡県", "静岡市葵区", "呉服町"),
    ("福岡県", "福岡市博多区", "博多駅前"), ("北海道", "札幌市中央区", "北一条西"),
    ("宮城県", "仙台市青葉区", "一番町"), ("広島県", "広島市中区", "紙屋町"),
)
LANDLINE = (("03", 4), ("06", 4), ("045", 3), ("052", 3), ("092", 3), ("011", 3), ("075", 3), ("022", 3))
BANKS = ("みずほ銀行", "三菱UFJ銀行", "三井住友銀行", "りそな銀行", "横浜銀行", "千葉銀行", "福岡銀行")
BRANCHES = ("本店営業部", "渋谷支店", "新宿支店", "梅田支店", "名古屋支店", "横浜駅前支店", "札幌支店", "天神支店")
DEPARTMENTS = ("営業部", "マーケティング部", "総務部", "人事部", "開発部", "カスタマーサクセス部")
BUILDINGS = ("サンプルハイツ", "デモマンション", "テストコーポ", "グリーンヒルズ", "パークサイド")


@dataclass
class Person:
    name: str          # kanji, family and given name separated by a space
    kana: str          # katakana reading
    email: str
    mobile: str
    landline: str
    postal: str        # 151-0051
    address: str       # 東京都渋谷区千駄ヶ谷4-21-1 (no postal code)
    dob: date


class Demo:
    """The generator: one seeded Faker and one seeded Random, and the manifest of planted values."""

    def __init__(self, out: Path, seed: int):
        self.out = out
        self.fake = Faker("ja_JP")
        self.fake.seed_instance(seed)
        self.rng = random.Random(seed)
        self.planted: list[dict] = []
        self.emails: set[str] = set()
        self.numbers: set[str] = set()

    # -- values ----------------------------------------------------------------------
    def digits(self, n: int, first_nonzero: bool = True) -> str:
        while True:
            d = "".join(self.rng.choice("0123456789") for _ in range(n))
            if (not first_nonzero or d[0] != "0") and d not in self.numbers:
                self.numbers.add(d)
                return d

    def person(self, cp932: bool = False, min_age: int = 22, max_age: int = 64) -> Person:
        while True:
            last, last_kana, last_rom = self.fake.last_name_pair()
            first, first_kana, first_rom = self.fake.first_name_pair()
            name, kana = f"{last} {first}", f"{last_kana} {first_kana}"
            if cp932:
                try:
                    (name + kana).encode("cp932")
                except UnicodeEncodeError:
                    continue
            break
        local = f"{first_rom.lower()}.{last_rom.lower()}"
        domain = self.rng.choice(DOMAINS)
        email, n = f"{local}@{domain}", 2
        while email in self.emails:
            email, n = f"{local}{n}@{domain}", n + 1
        self.emails.add(email)
        pref, city, town = self.rng.choice(PLACES)
        chome, ban, go = self.rng.randint(1, 5), self.rng.randint(1, 30), self.rng.randint(1, 20)
        if self.rng.random() < 0.5:
            address = f"{pref}{city}{town}{chome}-{ban}-{go}"
        else:
            address = f"{pref}{city}{town}{chome}丁目{ban}番{go}号"
        if self.rng.random() < 0.4:
            address += f" {self.rng.choice(BUILDINGS)}{self.rng.randint(1, 9)}0{self.rng.randint(1, 9)}"
        area, mid = self.rng.choice(LANDLINE)
        landline = f"{area}-{self.digits(mid)}-{self.digits(4, False)}"
        mobile = f"{self.rng.choice(('090', '080', '070'))}-{self.digits(4)}-{self.digits(4, False)}"
        postal = f"{self.digits(3)}-{self.digits(4, False)}"
        dob = self.date_of_birth(min_age, max_age)
        return Person(name, kana, email, mobile, landline, postal, address, dob)

    def date_of_birth(self, min_age: int, max_age: int) -> date:
        """Faker's date_of_birth, but aged at the demo's fixed date (Faker's own counts from today, so the demo
        would change every day)."""
        start = _DEMO_DAY.replace(year=_DEMO_DAY.year - (max_age + 1))
        end = _DEMO_DAY.replace(year=_DEMO_DAY.year - min_age)
        dob = self.fake.date_time_ad(start_datetime=start, end_datetime=end).date()
        return dob if dob != start else dob + timedelta(days=1)

    def my_number(self, style: int = 0) -> str:
        d11 = self.digits(11)
        n = d11 + my_number.calc_check_digit(d11)
        assert my_number.is_valid(n)
        return (n, f"{n[:4]} {n[4:8]} {n[8:]}", f"{n[:4]}-{n[4:8]}-{n[8:]}")[style % 3]

    def card(self, style: int = 0) -> str:
        prefix = self.rng.choice(("4", "4", "3530", "3566", "52", "54"))  # Visa, JCB, Mastercard
        body = prefix + "".join(self.rng.choice("0123456789") for _ in range(15 - len(prefix)))
        n = body + luhn.calc_check_digit(body)
        assert luhn.is_valid(n)
        return n if style % 2 else f"{n[:4]}-{n[4:8]}-{n[8:12]}-{n[12:]}"

    def bank_account(self) -> str:
        kind = "普通" if self.rng.random() < 0.85 else "当座"
        return f"{self.rng.choice(BANKS)} {self.rng.choice(BRANCHES)} {kind} {self.digits(7)}"

    def health_insurance(self) -> str:
        return f"記号 {self.digits(8)} 番号 {self.rng.randint(1, 199)}"

    def ip(self) -> str:
        net = self.rng.choice(("192.0.2", "198.51.100", "203.0.113"))
        return f"{net}.{self.rng.randint(2, 254)}"

    @staticmethod
    def dob_text(d: date, style: int) -> str:
        if style % 4 == 0:
            return d.isoformat()
        if style % 4 == 1:
            return f"{d.year}/{d.month:02d}/{d.day:02d}"
        if style % 4 == 2:
            return f"{d.year}年{d.month}月{d.day}日"
        if d >= date(1989, 1, 8):
            era, y = "平成", d.year - 1988
        else:
            era, y = "昭和", d.year - 1925
        return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"

    def company(self) -> str:
        return self.fake.company()

    # -- manifest --------------------------------------------------------------------
    def plant(self, file: str, pii_type: str, value: str, location: str | None = None) -> str:
        """Record one raw value written to `file` (relative to the demo folder) and return it."""
        source, loc = _source_location(file, location)
        self.planted.append({"source": source, "location": loc, "file": file, "type": pii_type, "value": value})
        return value

    def plant_person(self, file: str, p: Person, fields: str, location: str | None = None,
                     dob_style: int | None = None) -> None:
        """Plant the fields of `p` named in `fields` (n=name k=kana e=email m=mobile l=landline z=postal a=address d=dob)."""
        table = {"n": ("PERSON", p.name), "k": ("PERSON", p.kana), "e": ("EMAIL_ADDRESS", p.email),
                 "m": ("PHONE_NUMBER", p.mobile), "l": ("PHONE_NUMBER", p.landline),
                 "z": ("POSTAL_CODE", p.postal), "a": ("ADDRESS", p.address)}
        for f in fields:
            if f == "d":
                self.plant(file, "DATE_OF_BIRTH", self.dob_text(p.dob, dob_style or 0), location)
            else:
                self.plant(file, *table[f], location)

    # -- writers ---------------------------------------------------------------------
    def path(self, rel: str) -> Path:
        p = self.out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        return p

    def write_text(self, rel: str, text: str, encoding: str = "utf-8") -> None:
        self.path(rel).write_bytes(text.encode(encoding))

    def write_csv(self, rel: str, header: list[str], rows: list[list], encoding: str = "utf-8") -> None:
        self.path(rel).write_bytes(csv_bytes(header, rows, encoding))

    def write_json(self, rel: str, obj) -> None:
        self.write_text(rel, json.dumps(obj, ensure_ascii=False, indent=2) + "\n")

    def write_xlsx(self, rel: str, sheets: dict[str, tuple[list[str], list[list]]]) -> None:
        wb = openpyxl.Workbook()
        wb.remove(wb.active)
        for title, (header, rows) in sheets.items():
            ws = wb.create_sheet(title)
            ws.append(header)
            for r in rows:
                ws.append(r)
        wb.properties.creator = "Demo Inc."
        wb.properties.created = wb.properties.modified = datetime(*FIXED_DT)
        buf = io.BytesIO()
        wb.save(buf)
        self.path(rel).write_bytes(normalise_zip(buf.getvalue()))

    def write_docx(self, rel: str, title: str, paragraphs: list[str],
                   table: tuple[list[str], list[list[str]]] | None = None) -> None:
        d = docx.Document()
        cp = d.core_properties
        cp.author = cp.last_modified_by = "Demo Inc."
        cp.title = title
        cp.created = cp.modified = datetime(*FIXED_DT)
        cp.revision = 1
        d.add_heading(title, level=1)
        for para in paragraphs:
            d.add_paragraph(para)
        if table:
            header, rows = table
            t = d.add_table(rows=1, cols=len(header))
            for i, h in enumerate(header):
                t.rows[0].cells[i].text = h
            for r in rows:
                cells = t.add_row().cells
                for i, v in enumerate(r):
                    cells[i].text = str(v)
        buf = io.BytesIO()
        d.save(buf)
        self.path(rel).write_bytes(normalise_zip(buf.getvalue()))

    def write_zip(self, rel: str, members: dict[str, bytes]) -> None:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in members.items():
                z.writestr(_zipinfo(name), data)
        self.path(rel).write_bytes(buf.getvalue())


def csv_bytes(header: list[str], rows: list[list], encoding: str) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue().encode(encoding)


def _zipinfo(name: str) -> zipfile.ZipInfo:
    zi = zipfile.ZipInfo(name, FIXED_DT)
    zi.compress_type = zipfile.ZIP_DEFLATED
    zi.external_attr = 0o644 << 16
    zi.create_system = 3
    return zi


_CORE_DATES = re.compile(r"(<dcterms:(created|modified)\b[^>]*>)[^<]*(</dcterms:\2>)")


def normalise_zip(data: bytes) -> bytes:
    """Rewrite an OOXML package with pinned member timestamps and document dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == "docProps/core.xml":
                body = _CORE_DATES.sub(lambda m: m.group(1) + FIXED_ISO + m.group(3), body.decode()).encode()
            z.writestr(_zipinfo(info.filename), body)
    return out.getvalue()


def _source_location(file: str, location: str | None) -> tuple[str, str]:
    if file == "crm.sqlite":
        return "crm", location or ""
    if file.startswith("share/"):
        return "share", location or file[len("share/"):]
    if file.startswith("backup_us/"):
        return "backup-us", location or file[len("backup_us/"):]
    raise ValueError(f"file outside the demo sources: {file}")


# ---------------------------------------------------------------------------------------
# the share
# ---------------------------------------------------------------------------------------

def make_hr(g: Demo) -> list[Person]:
    staff = [g.person(cp932=True) for _ in range(10)]
    f = "share/hr/employees_2024.csv"
    rows = []
    for i, p in enumerate(staff):
        g.plant_person(f, p, "nkdzaem", dob_style=i)
        rows.append([f"E{1001 + i}", p.name, p.kana, g.dob_text(p.dob, i), p.postal, p.address,
                     p.mobile, p.email, g.rng.choice(DEPARTMENTS)])
    g.write_csv(f, ["社員番号", "氏名", "フリガナ", "生年月日", "郵便番号", "住所", "携帯電話", "メールアドレス", "所属"],
                rows, "utf-8-sig")

    f = "share/hr/mynumber/mynumber_register_2024.csv"
    rows = []
    for i, p in enumerate(staff):
        mn = g.plant(f, "JP_MY_NUMBER", g.my_number(i))
        g.plant_person(f, p, "n")
        rows.append([f"E{1001 + i}", p.name, mn, "源泉徴収票・社会保険手続"])
    g.write_csv(f, ["社員番号", "氏名", "個人番号", "利用目的"], rows, "cp932")

    f = "share/hr/payroll/payroll_2024-04.xlsx"
    pay, ins = [], []
    for i, p in enumerate(staff):
        acct = g.plant(f, "JP_BANK_ACCOUNT", g.bank_account())
        hi = g.plant(f, "JP_HEALTH_INSURANCE", g.health_insurance())
        g.plant_person(f, p, "n")
        pay.append([f"E{1001 + i}", p.name, acct, g.rng.randrange(240000, 620000, 1000)])
        ins.append([f"E{1001 + i}", p.name, hi, "協会けんぽ 東京支部"])
    g.write_xlsx(f, {"給与振込": (["社員番号", "氏名", "振込先口座", "支給額"], pay),
                     "社会保険": (["社員番号", "氏名", "健康保険証 記号番号", "加入保険"], ins)})

    f = "share/hr/health/health_check_2024.docx"
    findings = ("血圧高値のため要再検査。既往歴：高血圧症（通院中）。", "異常なし。既往歴：気管支喘息。",
                "肝機能数値が高く要精密検査。既往歴：なし。", "BMI高値、保健指導対象。既往歴：糖尿病（服薬治療中）。")
    paras = ["労働安全衛生法第66条に基づく定期健康診断の結果（人事部・産業医限り）。"]
    rows = []
    for i, p in enumerate(staff[:4]):
        g.plant_person(f, p, "nd", dob_style=2)
        g.plant(f, "SPECIAL_CARE", findings[i])
        paras.append(f"氏名：{p.name}（社員番号 E{1001 + i}） 生年月日：{g.dob_text(p.dob, 2)} "
                     f"所見：{findings[i]}")
        rows.append([f"E{1001 + i}", p.name, findings[i]])
    g.write_docx(f, "2024年度 定期健康診断結果", paras, (["社員番号", "氏名", "所見"], rows))
    return staff


def make_sales(g: Demo) -> None:
    f = "share/sales/seminar_leads_2024-05.csv"
    rows = []
    for _ in range(12):
        p = g.person(cp932=True)
        g.plant_person(f, p, "nkel")
        rows.append(["オンライン接客セミナー2024春", g.company(), g.rng.choice(DEPARTMENTS), p.name, p.kana,
                     p.email, p.landline])
    g.write_csv(f, ["セミナー名", "会社名", "部署", "氏名", "フリガナ", "メールアドレス", "電話番号"], rows, "cp932")

    f = "share/sales/expo_business_cards_2024Q2.txt"
    lines = ["2024年 第2四半期 展示会 名刺交換メモ（営業部）", "=" * 40, ""]
    for _ in range(5):
        p = g.person()
        g.plant_person(f, p, "nel")
        lines += [f"■ {g.company()} {g.rng.choice(DEPARTMENTS)} {p.name} 様",
                  f"  連絡先: {p.landline} / {p.email}",
                  "  次回セミナーのご案内を希望。製品資料を送付済み。", ""]
    g.write_text(f, "\n".join(lines))

    # SPECIAL_CARE: disability and illness noted for seminar attendees in a sales-activities store
    f = "share/sales/seminar_attendees_2024-05.xlsx"
    needs = ("車椅子を使用（下肢障害）", "", "持病（てんかん）のため通路側の席を希望", "", "聴覚障害のため手話通訳を希望",
             "", "", "心臓病で通院中、長時間の着席が困難")
    rows = []
    for need in needs:
        p = g.person()
        g.plant_person(f, p, "nke")
        if need:
            g.plant(f, "SPECIAL_CARE", need)
        rows.append([g.company(), p.name, p.kana, p.email, need or "なし"])
    g.write_xlsx(f, {"参加者": (["会社名", "氏名", "フリガナ", "メールアドレス", "障害・病歴等の配慮事項"], rows)})

    # UNDECLARED_TYPE: card numbers and refund accounts in a sales-activities store
    f = "share/sales/seminar_fee_payments_2024.csv"
    rows = []
    for i in range(6):
        p = g.person()
        g.plant_person(f, p, "ne")
        card = g.plant(f, "CREDIT_CARD", g.card(i))
        acct = g.plant(f, "JP_BANK_ACCOUNT", g.bank_account())
        rows.append([f"P24-{301 + i}", p.name, p.email, card, f"{g.rng.randint(1, 12):02d}/{g.rng.randint(26, 30)}",
                     acct, 5500])
    g.write_csv(f, ["受付番号", "氏名", "メールアドレス", "カード番号", "有効期限", "返金先口座", "参加費"], rows)


def make_inquiries(g: Demo) -> None:
    f = "share/inquiries/web_form_2024-05.json"
    subjects = ("資料請求", "料金プランについて", "ログインできない", "解約手続きについて", "請求書の再発行")
    items = []
    for i in range(8):
        p = g.person()
        g.plant_person(f, p, "nkem")
        ip = g.plant(f, "IP_ADDRESS", g.ip())
        items.append({"id": f"Q-2405-{i + 1:03d}", "received_at": f"2024-05-{i * 3 + 1:02d}T10:{i * 7:02d}:00+09:00",
                      "name": p.name, "name_kana": p.kana, "email": p.email, "phone": p.mobile,
                      "subject": subjects[i % len(subjects)], "body": "お問い合わせ内容をご確認のうえご連絡ください。",
                      "remote_ip": ip})
    g.write_json(f, {"form": "contact", "exported_at": "2024-06-01T09:00:00+09:00", "inquiries": items})

    # SPECIAL_CARE: health, disability and creed notes about inquirers
    f = "share/inquiries/call_log_2024-06.txt"
    # (note, the special-care phrase inside it, planted as a SPECIAL_CARE value)
    notes = (("ご本人より「持病の糖尿病で通院中のため、平日日中は電話に出られない」との申告あり。病歴の記録は不要とお伝えした。",
              "持病の糖尿病で通院中"),
             ("身体障害者手帳（2級）をお持ちとのことで、書面ではなく音声での案内を希望。", "身体障害者手帳（2級）"),
             ("うつ病で休職中のため連絡はメールのみとしてほしいとのこと。", "うつ病で休職中"),
             ("信仰上の理由で土曜日の連絡は不可とのこと。", "信仰上の理由で土曜日の連絡は不可"))
    lines = ["2024年6月 電話問い合わせ記録（お問い合わせ窓口）", "-" * 40, ""]
    for i, (note, phrase) in enumerate(notes):
        p = g.person()
        g.plant_person(f, p, "nkme")
        g.plant(f, "SPECIAL_CARE", phrase)
        lines += [f"受付 6月{i * 4 + 3}日 10:{i * 10 + 5:02d}  担当: 窓口{'ABCD'[i]}",
                  f"お名前: {p.name} 様（{p.kana}）",
                  f"ご連絡先: {p.mobile} / {p.email}",
                  f"内容: {note}", ""]
    g.write_text(f, "\n".join(lines))


def make_marketing(g: Demo) -> None:
    f = "share/marketing/newsletter_subscribers_2024.xlsx"
    rows = []
    for _ in range(10):
        p = g.person()
        g.plant_person(f, p, "nke")
        rows.append([p.name, p.kana, p.email, g.company(), g.rng.choice(("セミナー", "Webフォーム", "展示会"))])
    g.write_xlsx(f, {"購読者": (["氏名", "フリガナ", "メールアドレス", "会社名", "登録経路"], rows)})

    # SPECIAL_CARE: My Number collected from prize winners in a marketing store
    f = "share/marketing/campaign_winners_2024.csv"
    rows = []
    for i in range(5):
        p = g.person()
        g.plant_person(f, p, "nzam")
        mn = g.plant(f, "JP_MY_NUMBER", g.my_number(i))
        rows.append([f"W{i + 1:02d}", p.name, p.postal, p.address, p.mobile, mn, "旅行券 10万円分"])
    g.write_csv(f, ["当選番号", "氏名", "郵便番号", "住所", "電話番号", "個人番号", "賞品"], rows)


def make_partners(g: Demo) -> None:
    f = "share/partners/partner_contacts.xlsx"
    rows = []
    for _ in range(8):
        p = g.person()
        g.plant_person(f, p, "nkel")
        rows.append([g.company(), g.rng.choice(DEPARTMENTS), p.name, p.kana, p.email, p.landline])
    g.write_xlsx(f, {"取引先担当者": (["会社名", "部署", "担当者", "フリガナ", "メールアドレス", "電話番号"], rows)})

    f = "share/partners/payees_2024.csv"
    rows = []
    for i in range(4):
        p = g.person(cp932=True)
        g.plant_person(f, p, "nzal")
        acct = g.plant(f, "JP_BANK_ACCOUNT", g.bank_account())
        rows.append([f"V{201 + i}", f"{p.name}（屋号：{p.name.split()[0]}デザイン事務所）", p.postal, p.address,
                     p.landline, acct])
    g.write_csv(f, ["取引先コード", "支払先", "郵便番号", "所在地", "電話番号", "振込先口座"], rows, "cp932")


def make_contractors(g: Demo) -> None:
    f = "share/contractors/contracted_staff_2024.csv"
    rows = []
    for i in range(6):
        p = g.person()
        g.plant_person(f, p, "nkdzame", dob_style=i + 1)
        mn = g.plant(f, "JP_MY_NUMBER", g.my_number(i))
        acct = g.plant(f, "JP_BANK_ACCOUNT", g.bank_account())
        rows.append([f"C{301 + i}", p.name, p.kana, g.dob_text(p.dob, i + 1), p.postal, p.address, p.mobile,
                     p.email, mn, acct])
    g.write_csv(f, ["契約番号", "氏名", "フリガナ", "生年月日", "郵便番号", "住所", "電話番号", "メールアドレス",
                    "個人番号（支払調書用）", "報酬振込先"], rows)


def make_recruiting(g: Demo) -> None:
    f = "share/recruiting/applicants/applicants_2025.csv"
    rows = []
    apps = [g.person(min_age=21, max_age=45) for _ in range(8)]
    for i, p in enumerate(apps):
        g.plant_person(f, p, "nkdemza", dob_style=i)
        rows.append([f"A2025-{i + 1:03d}", p.name, p.kana, g.dob_text(p.dob, i), p.email, p.mobile, p.postal,
                     p.address, g.rng.choice(("Webエンジニア", "営業", "カスタマーサクセス"))])
    g.write_csv(f, ["応募番号", "氏名", "フリガナ", "生年月日", "メールアドレス", "電話番号", "郵便番号", "住所",
                    "応募職種"], rows)

    for i, p in enumerate(apps[:2]):
        f = f"share/recruiting/applicants/resume_A2025-{i + 1:03d}.docx"
        g.plant_person(f, p, "nkdzame", dob_style=2)
        g.write_docx(f, "履歴書", [
            f"氏名：{p.name}", f"ふりがな：{p.kana}", f"生年月日：{g.dob_text(p.dob, 2)}",
            f"現住所：〒{p.postal} {p.address}", f"電話：{p.mobile}", f"E-mail：{p.email}",
            "学歴・職歴：大学卒業後、Web制作会社にてフロントエンド開発に従事。",
            "志望動機：顧客とのコミュニケーションを支える製品開発に携わりたい。"])

    f = "share/recruiting/agency/referrals_2025-01.json"
    items = []
    for i in range(5):
        p = g.person(min_age=24, max_age=50)
        g.plant_person(f, p, "nkdem")
        items.append({"candidate_id": f"AG-{7001 + i}", "agency": "デモ人材紹介株式会社", "name": p.name,
                      "kana": p.kana, "birth_date": g.dob_text(p.dob, 0), "email": p.email, "phone": p.mobile,
                      "desired_position": "営業", "summary": "法人営業経験5年。"})
    g.write_json(f, {"agency": "デモ人材紹介株式会社", "referrals": items})


def make_entrusted(g: Demo) -> None:
    f = "share/entrusted/client_member_list_2024.csv"
    rows = []
    for i in range(10):
        p = g.person(cp932=True, min_age=20, max_age=75)
        g.plant_person(f, p, "nkzamed", dob_style=1)
        rows.append([f"M{50001 + i}", p.name, p.kana, p.postal, p.address, p.mobile, p.email,
                     g.dob_text(p.dob, 1)])
    g.write_csv(f, ["会員番号", "氏名", "フリガナ", "郵便番号", "住所", "電話番号", "メールアドレス", "生年月日"],
                rows, "cp932")


def customer_rows(g: Demo, n: int, cp932: bool = False) -> list[tuple[Person, str]]:
    return [(g.person(cp932=cp932, min_age=25, max_age=70), g.company()) for _ in range(n)]


def make_exports(g: Demo) -> None:
    # UNDECLARED_STORE: a CRM export nobody registered
    f = "share/exports/customer_export_20240501.csv"
    rows = []
    for i, (p, co) in enumerate(customer_rows(g, 15)):
        g.plant_person(f, p, "nkemzad", dob_style=0)
        rows.append([f"CU{10001 + i}", co, p.name, p.kana, p.email, p.mobile, p.postal, p.address,
                     g.dob_text(p.dob, 0)])
    g.write_csv(f, ["顧客ID", "会社名", "氏名", "フリガナ", "メールアドレス", "電話番号", "郵便番号", "住所",
                    "生年月日"], rows)

    f = "share/exports/crm_dump_2024-05.zip"
    member = "customers.csv"
    rows = []
    for i, (p, co) in enumerate(customer_rows(g, 10, cp932=True)):
        g.plant_person(f, p, "nkeml", location=f"exports/crm_dump_2024-05.zip!/{member}")
        rows.append([f"CU{20001 + i}", co, p.name, p.kana, p.email, p.mobile, p.landline])
    g.write_zip(f, {member: csv_bytes(["顧客ID", "会社名", "氏名", "フリガナ", "メール", "携帯", "電話"], rows,
                                      "cp932")})


def make_public(g: Demo) -> None:
    g.write_text("share/public/press_release_2024-06.txt", "\n".join([
        "報道関係者各位",
        "",
        "デモ株式会社は、オンライン接客プラットフォームの新バージョンを提供開始しました。",
        "新バージョンでは、チャットと動画による接客の分析機能を強化し、導入企業の顧客対応品質の向上を支援します。",
        "提供開始日: 2024年6月3日",
        "提供形態: クラウドサービス（月額課金）",
        "",
        "本件に関するお問い合わせは、当社Webサイトのお問い合わせフォームからお願いいたします。",
        ""]))


def make_backup_us(g: Demo) -> None:
    # REGION: a copy of customer data synced from a bucket in us-east-1
    f = "backup_us/customers_2024-05.json"
    items = []
    for i, (p, co) in enumerate(customer_rows(g, 8)):
        g.plant_person(f, p, "nkemza")
        items.append({"customer_id": f"CU{30001 + i}", "company": co, "contact": p.name, "contact_kana": p.kana,
                      "email": p.email, "phone": p.mobile, "postal_code": p.postal, "address": p.address})
    g.write_json(f, {"synced_from": "s3://demo-crm-backup-us/customers/", "customers": items})


# ---------------------------------------------------------------------------------------
# the CRM database
# ---------------------------------------------------------------------------------------

def make_crm(g: Demo, staff: list[Person]) -> None:
    path = g.path("crm.sqlite")
    if path.exists():
        path.unlink()
    f = "crm.sqlite"
    con = sqlite3.connect(path)
    try:
        con.executescript("""
            CREATE TABLE customers (id INTEGER PRIMARY KEY, company TEXT, contact_name TEXT, contact_kana TEXT,
                                    email TEXT, phone TEXT, postal_code TEXT, address TEXT, birth_date TEXT,
                                    plan TEXT);
            CREATE TABLE inquiries (id INTEGER PRIMARY KEY, received_at TEXT, name TEXT, email TEXT, phone TEXT,
                                    subject TEXT, status TEXT);
            CREATE TABLE employees (id INTEGER PRIMARY KEY, name TEXT, name_kana TEXT, email TEXT, phone TEXT,
                                    department TEXT);
            CREATE TABLE products (id INTEGER PRIMARY KEY, name TEXT, monthly_fee INTEGER, description TEXT);
        """)
        rows = []
        for i, (p, co) in enumerate(customer_rows(g, 15)):
            g.plant_person(f, p, "nkemzad", location="main.customers", dob_style=0)
            rows.append((i + 1, co, p.name, p.kana, p.email, p.mobile, p.postal, p.address, g.dob_text(p.dob, 0),
                         g.rng.choice(("Standard", "Pro", "Enterprise"))))
        con.executemany("INSERT INTO customers VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
        rows = []
        for i in range(10):
            p = g.person()
            g.plant_person(f, p, "nem", location="main.inquiries")
            rows.append((i + 1, f"2024-05-{i * 2 + 2:02d} 1{i % 8}:30", p.name, p.email, p.mobile,
                         ("料金について", "機能について", "障害報告", "契約更新")[i % 4], ("対応中", "完了")[i % 2]))
        con.executemany("INSERT INTO inquiries VALUES (?,?,?,?,?,?,?)", rows)
        rows = []
        for i, p in enumerate(staff[:6]):
            g.plant_person(f, p, "nkel", location="main.employees")
            rows.append((i + 1, p.name, p.kana, p.email, p.landline, g.rng.choice(DEPARTMENTS)))
        con.executemany("INSERT INTO employees VALUES (?,?,?,?,?,?)", rows)
        con.executemany("INSERT INTO products VALUES (?,?,?,?)", [
            (1, "LA VIDA Standard", 50000, "チャット接客の基本機能"),
            (2, "LA VIDA Pro", 120000, "動画接客と分析機能"),
            (3, "LA VIDA Enterprise", 300000, "専任サポートとSLA")])
        con.commit()
    finally:
        con.close()


# ---------------------------------------------------------------------------------------
# what the example config should report
# ---------------------------------------------------------------------------------------

EXPECTED = {
    "config": "config.example.toml",
    "comment": ("Mismatches config.example.toml must report for this demo. pii_type null means the mismatch "
                "is about the store, not one type (any pii_type matches). location is the object holding the "
                "PI; register_location is the [[register]] glob it falls under, when any; needs names the capability "
                "(beyond the first detectors) a mismatch depends on."),
    "mismatches": [
        {"kind": "UNDECLARED_STORE", "source": "share", "location": "exports/customer_export_20240501.csv",
         "pii_type": None, "register_location": None,
         "why": "a CRM export of customer data in exports/, which no [[register]] entry covers"},
        {"kind": "UNDECLARED_STORE", "source": "share", "location": "exports/crm_dump_2024-05.zip!/customers.csv",
         "pii_type": None, "register_location": None,
         "why": "the same, inside a zip archive"},
        {"kind": "SPECIAL_CARE", "source": "share", "location": "marketing/campaign_winners_2024.csv",
         "pii_type": "JP_MY_NUMBER", "register_location": "marketing",
         "why": "My Number of prize winners in a store declared for customers and sales activities, "
                "neither of which allows JP_MY_NUMBER"},
        {"kind": "SPECIAL_CARE", "source": "share", "location": "inquiries/call_log_2024-06.txt",
         "pii_type": "SPECIAL_CARE", "register_location": "inquiries",
         "needs": "SPECIAL_CARE detector",
         "why": "notes on an inquirer's illness, disability and creed; the inquirers category allows no SPECIAL_CARE"},
        {"kind": "SPECIAL_CARE", "source": "share", "location": "sales/seminar_attendees_2024-05.xlsx",
         "pii_type": "SPECIAL_CARE", "register_location": "sales",
         "why": "disability and illness of seminar attendees in a column of a sales-activities list; "
                "sales_activities allows no SPECIAL_CARE"},
        {"kind": "PURPOSE", "source": "share", "location": "partners/partner_contacts.xlsx",
         "pii_type": None, "register_location": "partners",
         "purpose": "sales_related_information_and_commissioned_work",
         "why": "the business-partner store declares a sales-activities purpose (advertising) that the "
                "business_partners category does not list"},
        {"kind": "PURPOSE", "source": "share", "location": "partners/payees_2024.csv",
         "pii_type": None, "register_location": "partners",
         "purpose": "sales_related_information_and_commissioned_work",
         "why": "the same register entry covers the payee list: every location under partners/ is flagged"},
        {"kind": "REGION", "source": "backup-us", "location": "customers_2024-05.json",
         "pii_type": None, "register_location": "**",
         "why": "customer data in aws:us-east-1 (US); the customers category allows JP only"},
        {"kind": "UNDECLARED_TYPE", "source": "share", "location": "sales/seminar_fee_payments_2024.csv",
         "pii_type": "CREDIT_CARD", "register_location": "sales",
         "why": "card numbers in a sales-activities store; no category allows CREDIT_CARD"},
        {"kind": "UNDECLARED_TYPE", "source": "share", "location": "sales/seminar_fee_payments_2024.csv",
         "pii_type": "JP_BANK_ACCOUNT", "register_location": "sales",
         "why": "refund bank accounts in a sales-activities store, which sales_activities does not allow"},
    ],
    "clean": {
        "comment": "Locations that hold PI but are covered by the register with every type allowed: no mismatch.",
        "share": [
            "hr/employees_2024.csv", "hr/mynumber/mynumber_register_2024.csv", "hr/payroll/payroll_2024-04.xlsx",
            "hr/health/health_check_2024.docx", "sales/seminar_leads_2024-05.csv",
            "sales/expo_business_cards_2024Q2.txt", "inquiries/web_form_2024-05.json",
            "marketing/newsletter_subscribers_2024.xlsx",
            "contractors/contracted_staff_2024.csv", "recruiting/applicants/applicants_2025.csv",
            "recruiting/applicants/resume_A2025-001.docx", "recruiting/applicants/resume_A2025-002.docx",
            "recruiting/agency/referrals_2025-01.json", "entrusted/client_member_list_2024.csv"],
        "crm": ["main.customers", "main.inquiries", "main.employees"],
    },
    "no_pi": {"share": ["public/press_release_2024-06.txt"], "crm": ["main.products"]},
}


def generate(out: Path, seed: int = SEED) -> Demo:
    out.mkdir(parents=True, exist_ok=True)
    for name in OWNED:
        p = out / name
        if p.is_dir():
            shutil.rmtree(p)
        elif p.exists():
            p.unlink()
    g = Demo(out, seed)
    staff = make_hr(g)
    make_sales(g)
    make_inquiries(g)
    make_marketing(g)
    make_partners(g)
    make_contractors(g)
    make_recruiting(g)
    make_entrusted(g)
    make_exports(g)
    make_public(g)
    make_backup_us(g)
    make_crm(g, staff)
    head = json.dumps({"comment": "Every synthetic PI value written by scripts/make_demo.py (seed %d). None may "
                                  "appear in a report, the inventory or terminal output." % seed, "seed": seed,
                       "generator": {"faker": faker_version, "python-stdnum": stdnum_version}},
                      ensure_ascii=False)
    lines = ",\n".join("  " + json.dumps(v, ensure_ascii=False) for v in g.planted)
    g.write_text("planted.json", head[:-1] + ', "values": [\n' + lines + "\n]}\n")
    g.write_json("expected.json", EXPECTED)
    return g


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: examples/demo)")
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args(argv)
    g = generate(args.out, args.seed)
    files = [p for p in args.out.rglob("*") if p.is_file()]
    size = sum(p.stat().st_size for p in files)
    print(f"wrote {len(files)} files ({size / 1024:.0f} KiB) and {len(g.planted)} planted values to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
