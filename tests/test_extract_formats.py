"""Every format and encoding in the fixture tree is extracted in full, planted probes included."""

from __future__ import annotations

from collections import defaultdict

import pytest

from fixtures_files import build_tree
from extract_helpers import problems, run, texts_by_member
from scanner.extract import TableSegment, TextSegment


@pytest.fixture(scope="module")
def tree(tmp_path_factory):
    root = tmp_path_factory.mktemp("formats")
    planted = build_tree(root)
    return root, planted


def _by_file(planted):
    files = defaultdict(list)
    for p in planted:
        files[p.path].append(p)
    return files


@pytest.mark.parametrize("seekable", [True, False], ids=["seekable", "stream"])
def test_every_planted_value_is_extracted(tree, seekable):
    root, planted = tree
    missing = []
    for path, probes in _by_file(planted).items():
        segs = run(root / path, seekable=seekable, sized=seekable)
        assert not [p for p in problems(segs)], (path, problems(segs))
        texts = texts_by_member(segs)
        for p in probes:
            if p.value not in texts.get(p.member, ""):
                missing.append((p.path, p.member, p.pii_type))
    assert not missing
    # the tree really covers every format family
    exts = {p.path.rsplit(".", 1)[-1] for p in planted}
    assert {"txt", "csv", "tsv", "json", "jsonl", "xml", "html", "xlsx", "docx", "pptx", "pdf",
            "parquet", "eml", "zip", "gz", "bz2"} <= exts
    assert len(planted) >= 100


def test_no_mojibake_in_japanese_encodings(tree):
    root, _ = tree
    for name in ("utf8.txt", "utf8_bom.txt", "utf16_bom.txt", "utf16be_bom.txt", "sjis.txt", "eucjp.txt",
                 "iso2022jp.txt", "no_extension"):
        text = texts_by_member(run(root / "text" / name))[None]
        assert text.startswith("お客様各位"), name
        assert "よろしくお願いいたします。" in text, name
        assert "\ufffd" not in text, name


def test_csv_header_is_detected_and_rows_are_tables(tree):
    root, _ = tree
    segs = run(root / "tables" / "customers_sjis.csv")
    tables = [s for s in segs if isinstance(s, TableSegment)]
    assert len(tables) == 1
    assert tables[0].header == ["氏名", "住所", "メールアドレス", "電話番号"]
    assert len(tables[0].rows) == 4 and all(len(r) == 4 for r in tables[0].rows)
    tsv = [s for s in run(root / "tables" / "staff.tsv") if isinstance(s, TableSegment)][0]
    assert tsv.header == ["name", "address", "email", "tel"]
    excel = [s for s in run(root / "tables" / "excel_unicode.txt") if isinstance(s, TableSegment)]
    assert excel and excel[0].header == ["氏名", "住所", "メールアドレス", "電話番号"]  # sniffed as a table
    headerless = [s for s in run(root / "tables" / "no_header.csv") if isinstance(s, TableSegment)][0]
    assert headerless.header is None and len(headerless.rows) == 3


def test_xlsx_every_sheet_with_header(tree):
    root, _ = tree
    tables = [s for s in run(root / "office" / "list.xlsx") if isinstance(s, TableSegment)]
    assert [t.where for t in tables] == ["sheet 顧客一覧", "sheet 退会者"]
    assert tables[0].header == ["氏名", "住所", "メール", "電話"]
    assert tables[1].header == ["name", "email", "tel"]


def test_json_is_key_aware(tree):
    root, _ = tree
    segs = run(root / "data" / "crm.json")
    tables = {s.where: s for s in segs if isinstance(s, TableSegment)}
    assert "customers" in tables
    assert tables["customers"].header[:4] == ["id", "name", "contact.email", "contact.tel"]
    wheres = {s.where for s in segs if isinstance(s, TextSegment)}
    assert {"owner.email", "owner.phones[]", "exported"} <= wheres


def test_structured_locations(tree):
    root, _ = tree
    wheres = {s.where for s in run(root / "data" / "members.xml") if isinstance(s, TextSegment)}
    assert "members/member/email" in wheres and "members/member@id" in wheres
    html = texts_by_member(run(root / "web" / "contact.html"))[None]
    assert "not text" not in html and "color:red" not in html
    pdf = [s for s in run(root / "docs" / "invoice.pdf") if isinstance(s, TextSegment)]
    assert pdf and pdf[0].where == "page 1"
    slides = {s.where for s in run(root / "office" / "deck.pptx")}
    assert {"slide 1", "slide 2 table 1"} <= slides
    members = {s.member for s in run(root / "archive" / "export.zip")}
    assert members == {"list.csv", "sheet.xlsx", "inner.zip!/deep/notes.txt"}
    eml = run(root / "mail" / "inquiry.eml")
    assert {"headers", "body"} <= {s.where for s in eml if s.member is None}
    assert any(s.member == "attendees.csv" and isinstance(s, TableSegment) for s in eml)


def test_content_beats_extension(tree):
    root, _ = tree
    segs = run(root / "office" / "disguised.txt")  # a DOCX named .txt
    assert segs and all(isinstance(s, TextSegment) for s in segs)
    assert "PK" not in segs[0].text


def test_an_enormous_insert_line_is_cut_between_rows_and_each_piece_keeps_its_head():
    from scanner.extract.segments import TEXT_CHUNK_CHARS
    from scanner.extract.text import text_segments

    rows = [f"({i},'山田 太郎','19{50 + i % 50}-05-15')" for i in range(12000)]
    line = "INSERT INTO `customers` (`id`,`name`,`birth_date`) VALUES " + ",".join(rows) + ";\n"
    assert len(line) > 3 * TEXT_CHUNK_CHARS
    segs = [s.text for s in text_segments(iter([line, "-- end\n"]))]
    assert len(segs) >= 4
    assert all(s.startswith("INSERT INTO `customers` (`id`,`name`,`birth_date`) VALUES (") for s in segs)
    assert sum(s.count("'山田 太郎'") for s in segs) == 12000  # no row lost or cut in two
