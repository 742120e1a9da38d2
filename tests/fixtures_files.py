"""Builds a tree of files in every supported format and encoding, each with planted synthetic PI.

Nothing binary is committed: `build_tree(root)` writes the files at test time and
returns the list of planted probes (value, file, archive member) that extraction
must find. Probe values are hand-made fakes (example.jp e-mail addresses, 090
phone numbers); surrounding names and addresses come from Faker ja_JP with a
fixed seed. `build_hostile(root)` writes the files that must end as a recorded
problem: a zip bomb, a zip with `../` members, a truncated XLSX, a PDF without a
text layer, a 2 GB sparse file, an undecidable encoding, a binary file.
"""

from __future__ import annotations

import bz2
import csv
import email.message
import gzip
import io
import json
import lzma
import os
import tarfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from faker import Faker

fake = Faker("ja_JP")
fake.seed_instance(20240501)


@dataclass(frozen=True)
class Planted:
    value: str  # the raw probe (an e-mail address or a phone number)
    pii_type: str  # EMAIL_ADDRESS | PHONE_NUMBER
    path: str  # file path relative to the tree root
    member: str | None = None  # archive member path ("inner.zip!/a.csv")


class _Probes:
    def __init__(self) -> None:
        self.n = 0
        self.planted: list[Planted] = []

    def email(self, path: str, member: str | None = None) -> str:
        self.n += 1
        v = f"probe{self.n:03d}.{fake.romanized_name().split()[-1].lower()}@example.jp"
        self.planted.append(Planted(v, "EMAIL_ADDRESS", path, member))
        return v

    def phone(self, path: str, member: str | None = None) -> str:
        self.n += 1
        v = f"090-{1000 + self.n:04d}-{(self.n * 7919) % 10000:04d}"
        self.planted.append(Planted(v, "PHONE_NUMBER", path, member))
        return v


def _people(p: _Probes, path: str, n: int = 3, member: str | None = None):
    return [(fake.name(), fake.address(), p.email(path, member), p.phone(path, member)) for _ in range(n)]


def _csv_bytes(rows, header=("氏名", "住所", "メールアドレス", "電話番号"), delimiter=",", encoding="utf-8") -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    if header:
        w.writerow(header)
    w.writerows(rows)
    return buf.getvalue().encode(encoding)


def _prose(people) -> str:
    lines = ["お客様各位", "", "以下の通りご連絡先を更新しました。"]
    for name, addr, mail, tel in people:
        lines.append(f"{name}様（{addr}）メール: {mail} 電話: {tel}")
    lines.append("よろしくお願いいたします。")
    return "\n".join(lines) + "\n"


# -- PDF (hand-written: no PDF-writing library needed) ----------------------------------------

def make_pdf(lines: list[str] | None) -> bytes:
    """A one-page PDF; `lines` of ASCII text in Helvetica, or None for a page with only a drawing."""
    if lines is None:
        content = b"0.5 g 72 600 200 100 re f"
    else:
        ops = [b"BT /F1 12 Tf 72 720 Td 14 TL"]
        for ln in lines:
            esc = ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(b"(" + esc.encode("latin-1") + b") Tj T*")
        ops.append(b"ET")
        content = b"\n".join(ops)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


# -- Office ---------------------------------------------------------------------------------

def make_xlsx(sheets: dict[str, list[list]]) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def make_docx(paragraphs: list[str], table: list[list[str]] | None = None, header: str | None = None) -> bytes:
    import docx

    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for i, row in enumerate(table):
            for j, v in enumerate(row):
                t.cell(i, j).text = v
    if header:
        d.sections[0].header.paragraphs[0].text = header
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def make_pptx(title: str, body: str, table: list[list[str]], notes: str) -> bytes:
    import pptx
    from pptx.util import Inches

    prs = pptx.Presentation()
    s1 = prs.slides.add_slide(prs.slide_layouts[1])
    s1.shapes.title.text = title
    s1.placeholders[1].text = body
    s1.notes_slide.notes_text_frame.text = notes
    s2 = prs.slides.add_slide(prs.slide_layouts[5])
    s2.shapes.title.text = "顧客一覧"
    shape = s2.shapes.add_table(len(table), len(table[0]), Inches(0.5), Inches(1.5), Inches(9), Inches(3))
    for i, row in enumerate(table):
        for j, v in enumerate(row):
            shape.table.cell(i, j).text = v
    buf = io.BytesIO()
    prs.save(buf)
    return buf.getvalue()


def make_parquet(columns: dict[str, list]) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    buf = io.BytesIO()
    pq.write_table(pa.table(columns), buf)
    return buf.getvalue()


def make_zip(members: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def make_tar_gz(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tf:
        for name, data in members.items():
            ti = tarfile.TarInfo(name)
            ti.size = len(data)
            tf.addfile(ti, io.BytesIO(data))
    return buf.getvalue()


def make_eml(subject: str, sender: str, to: str, body: str, html: str, attachment: tuple[str, bytes]) -> bytes:
    msg = email.message.EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = "Mon, 01 Apr 2024 09:00:00 +0900"
    msg["Message-ID"] = "<fixture-1@example.jp>"
    msg.set_content(body, charset="iso-2022-jp")
    msg.add_alternative(html, subtype="html")
    name, data = attachment
    msg.add_attachment(data, maintype="text", subtype="csv", filename=name)
    return msg.as_bytes()


# -- the tree -------------------------------------------------------------------------------

def build_tree(root: Path) -> list[Planted]:
    """Write every format/encoding under `root`; return every planted probe."""
    root = Path(root)
    p = _Probes()
    files: dict[str, bytes] = {}

    def put(path: str, data: bytes) -> None:
        files[path] = data

    # plain text in every Japanese encoding
    for path, enc in [("text/utf8.txt", "utf-8"), ("text/utf8_bom.txt", "utf-8-sig"),
                      ("text/utf16_bom.txt", "utf-16"), ("text/utf16be_bom.txt", "utf-16-be"),
                      ("text/sjis.txt", "cp932"), ("text/eucjp.txt", "euc_jp"),
                      ("text/iso2022jp.txt", "iso2022_jp"), ("text/no_extension", "cp932")]:
        data = _prose(_people(p, path, 2)).encode(enc)
        if enc == "utf-16-be":
            data = b"\xfe\xff" + data
        put(path, data)
    # CSV / TSV
    put("tables/customers_utf8.csv", _csv_bytes([list(x) for x in _people(p, "tables/customers_utf8.csv", 4)]))
    put("tables/customers_sjis.csv",
        _csv_bytes([list(x) for x in _people(p, "tables/customers_sjis.csv", 4)], encoding="cp932"))
    put("tables/staff.tsv", _csv_bytes([list(x) for x in _people(p, "tables/staff.tsv", 3)], delimiter="\t",
                                       header=("name", "address", "email", "tel"), encoding="euc_jp"))
    # Excel's "Unicode text" export: tab-delimited UTF-16 with a BOM, under a .txt name
    put("tables/excel_unicode.txt", _csv_bytes([list(x) for x in _people(p, "tables/excel_unicode.txt", 3)],
                                               delimiter="\t", encoding="utf-16"))
    put("tables/no_header.csv", _csv_bytes([list(x) for x in _people(p, "tables/no_header.csv", 3)], header=None))
    # JSON / JSONL
    path = "data/crm.json"
    people = _people(p, path, 3)
    doc = {"exported": "2024-04-01", "customers": [
        {"id": i, "name": n, "contact": {"email": m, "tel": t}, "tags": ["vip"]} for i, (n, _, m, t) in enumerate(people)],
        "owner": {"name": fake.name(), "email": p.email(path), "phones": [p.phone(path)]}}
    put(path, json.dumps(doc, ensure_ascii=False, indent=2).encode())
    path = "data/events.jsonl"
    put(path, "\n".join(json.dumps({"event": "signup", "user": {"name": n, "email": m}, "tel": t}, ensure_ascii=False)
                        for n, _, m, t in _people(p, path, 3)).encode() + b"\n")
    # XML / HTML
    path = "data/members.xml"
    items = "".join(f'<member id="{i}"><name>{n}</name><email>{m}</email><tel>{t}</tel></member>'
                    for i, (n, _, m, t) in enumerate(_people(p, path, 2)))
    put(path, f'<?xml version="1.0" encoding="Shift_JIS"?>\n<members>{items}</members>\n'.encode("cp932"))
    path = "web/contact.html"
    ppl = _people(p, path, 2)
    put(path, ("<!DOCTYPE html><html><head><title>お問い合わせ</title><style>p{color:red}</style></head><body>"
               + "".join(f"<p>{n} <a href='mailto:{m}'>メール</a> 電話 <b>{t}</b></p>" for n, _, m, t in ppl)
               + "<script>var x='not text';</script></body></html>").encode())
    # Office
    path = "office/list.xlsx"
    s1 = _people(p, path, 3)
    s2 = _people(p, path, 2)
    put(path, make_xlsx({"顧客一覧": [["氏名", "住所", "メール", "電話"]] + [list(x) for x in s1],
                         "退会者": [["name", "email", "tel"]] + [[n, m, t] for n, _, m, t in s2]}))
    path = "office/letter.docx"
    ppl = _people(p, path, 2)
    put(path, make_docx([f"{ppl[0][0]}様", f"ご連絡は {ppl[0][2]} まで（電話 {ppl[0][3]}）。"],
                        [["氏名", "メール", "電話"], [ppl[1][0], ppl[1][2], ppl[1][3]]],
                        header=f"担当: {p.email(path)}"))
    path = "office/deck.pptx"
    ppl = _people(p, path, 3)
    put(path, make_pptx("営業報告", f"担当 {ppl[0][0]} {ppl[0][2]} {ppl[0][3]}",
                        [["氏名", "メール", "電話"], [ppl[1][0], ppl[1][2], ppl[1][3]]],
                        f"メモ: {ppl[2][2]} / {ppl[2][3]}"))
    path = "office/disguised.txt"  # a DOCX with a .txt name: sniffed by content
    ppl = _people(p, path, 1)
    put(path, make_docx([f"{ppl[0][0]} {ppl[0][2]} {ppl[0][3]}"]))
    # PDF, Parquet
    path = "docs/invoice.pdf"
    put(path, make_pdf(["Invoice 2024-04", f"Contact: {p.email(path)}", f"Phone: {p.phone(path)}"]))
    path = "data/export.parquet"
    ppl = _people(p, path, 3)
    put(path, make_parquet({"name": [x[0] for x in ppl], "email": [x[2] for x in ppl], "tel": [x[3] for x in ppl],
                            "age": [31, 45, 27]}))
    # e-mail with an HTML part and a CSV attachment
    path = "mail/inquiry.eml"
    sender, to = p.email(path), p.email(path)
    body = _prose(_people(p, path, 1))
    html = "<p>" + " ".join(f"{n} {m} {t}" for n, _, m, t in _people(p, path, 1)) + "</p>"
    att = _csv_bytes([list(x) for x in _people(p, path, 2, member="attendees.csv")], encoding="cp932")
    put(path, make_eml("お問い合わせの件", sender, to, body, html, ("attendees.csv", att)))
    # archives: zip (with a nested zip), tar.gz, gz
    path = "archive/export.zip"
    inner = make_zip({"deep/notes.txt": _prose(_people(p, path, 1, member="inner.zip!/deep/notes.txt")).encode("euc_jp")})
    put(path, make_zip({
        "list.csv": _csv_bytes([list(x) for x in _people(p, path, 2, member="list.csv")], encoding="cp932"),
        "sheet.xlsx": make_xlsx({"Sheet1": [["氏名", "メール", "電話"]] + [[n, m, t] for n, _, m, t in
                                                                      _people(p, path, 2, member="sheet.xlsx")]}),
        "inner.zip": inner,
    }))
    path = "archive/backup.tar.gz"
    put(path, make_tar_gz({
        "backup/a.txt": _prose(_people(p, path, 1, member="backup/a.txt")).encode("utf-8"),
        "backup/b.json": json.dumps({"email": p.email(path, "backup/b.json")}).encode(),
    }))
    path = "archive/plain.tar"
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tf:
        data = _csv_bytes([list(x) for x in _people(p, path, 1, member="dir/list.csv")], encoding="euc_jp")
        ti = tarfile.TarInfo("dir/list.csv")
        ti.size = len(data)
        tf.addfile(ti, io.BytesIO(data))
        link = tarfile.TarInfo("dir/link")
        link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
        tf.addfile(link)
    put(path, buf.getvalue())
    path = "archive/notes.txt.xz"
    put(path, lzma.compress(_prose(_people(p, path, 1, member="notes.txt")).encode("utf-16")))
    path = "archive/sjis_names.zip"  # member name stored in CP932 without the UTF-8 flag (Windows Explorer)
    placeholder = make_zip({"XXXXXX.csv": _csv_bytes([list(x) for x in _people(p, path, 1, member="顧客名.csv")],
                                                     encoding="cp932")})
    put(path, placeholder.replace(b"XXXXXX.csv", "顧客名.csv".encode("cp932")))
    path = "archive/log.txt.gz"
    put(path, gzip.compress(_prose(_people(p, path, 1, member="log.txt")).encode("cp932")))
    path = "archive/data.csv.bz2"
    put(path, bz2.compress(_csv_bytes([list(x) for x in _people(p, path, 1, member="data.csv")])))

    for rel, data in files.items():
        f = root / rel
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(data)
    return p.planted


# -- hostile files ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Hostile:
    path: str
    kind: str  # expected Problem kind: "error" | "skipped"
    words: tuple[str, ...]  # words the Problem message must contain (lower case)
    member: str | None = None


def build_hostile(root: Path, sparse_gb: int = 2) -> tuple[list[Hostile], list[Planted]]:
    """Write files that must end as a recorded Problem; also returns probes planted beside the trouble."""
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    p = _Probes()
    p.n = 500
    out: list[Hostile] = []
    # zip bomb: 64 MB of zeros deflates to ~64 KB (ratio ~1000:1)
    zb = io.BytesIO()
    with zipfile.ZipFile(zb, "w", zipfile.ZIP_DEFLATED) as zf:
        with zf.open("zeros.txt", "w") as w:
            chunk = b"\0" * (1 << 20)
            for _ in range(64):
                w.write(chunk)
        zf.writestr("ok.txt", f"連絡先 {p.email('bomb.zip', 'ok.txt')}\n")
    (root / "bomb.zip").write_bytes(zb.getvalue())
    out.append(Hostile("bomb.zip", "error", ("ratio",), "zeros.txt"))
    # gzip bomb: the header says nothing, the ratio is caught while reading
    (root / "bomb.txt.gz").write_bytes(gzip.compress(b"a" * (64 << 20), 9))
    out.append(Hostile("bomb.txt.gz", "error", ("bomb",), "bomb.txt"))
    # zip whose members climb out of the archive
    (root / "escape.zip").write_bytes(make_zip({
        "../../etc/evil.txt": b"escaped-member@example.jp\n",
        "/abs/evil.txt": b"x\n",
        "fine/readme.txt": f"{p.email('escape.zip', 'fine/readme.txt')}\n".encode(),
    }))
    out.append(Hostile("escape.zip", "error", ("escapes",), "../../etc/evil.txt"))
    out.append(Hostile("escape.zip", "error", ("absolute",), "/abs/evil.txt"))
    # truncated XLSX
    full = make_xlsx({"Sheet1": [["email"], [p.email("unused", None)]]})
    p.planted.pop()
    (root / "truncated.xlsx").write_bytes(full[: len(full) // 2])
    out.append(Hostile("truncated.xlsx", "error", ("xlsx",)))
    # a scanned PDF: no text layer
    (root / "scan.pdf").write_bytes(make_pdf(None))
    out.append(Hostile("scan.pdf", "skipped", ("no text layer",)))
    # a sparse file bigger than the object size cap
    with open(root / "huge.log", "wb") as f:
        f.truncate(sparse_gb * 1024 ** 3)
    out.append(Hostile("huge.log", "skipped", ("larger than",)))
    # undecidable encoding: UTF-8 and EUC-JP halves mixed with random high bytes
    import random

    rnd = random.Random(7)
    (root / "garbled.txt").write_bytes(bytes(rnd.randrange(0x80, 0x100) for _ in range(4000)))
    out.append(Hostile("garbled.txt", "error", ("encoding",)))
    # binary content under a text name
    (root / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(2048))
    out.append(Hostile("photo.txt", "skipped", ("binary",)))
    # a file that is fine, to show the scan goes on
    (root / "fine.txt").write_text(f"担当 {p.email('fine.txt')} {p.phone('fine.txt')}\n", encoding="utf-8")
    return out, p.planted
