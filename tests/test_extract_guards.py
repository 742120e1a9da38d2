"""Hostile and oversized input ends as a recorded Problem with a reason; the rest is still read."""

from __future__ import annotations

import io
import zipfile

import pytest

from extract_helpers import NonSeekable, all_text, problems, run, run_bytes, texts_by_member
from fixtures_files import build_hostile, make_tar_gz, make_zip
from scanner.extract import ExtractLimits, Problem, TableSegment, TextSegment, extract


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    cases, planted = build_hostile(root)
    return root, cases, planted


def test_each_hostile_file_ends_as_a_problem(hostile):
    root, cases, _ = hostile
    for case in cases:
        segs = run(root / case.path)
        matching = [p for p in problems(segs) if p.member == case.member and p.kind == case.kind]
        assert matching, (case.path, problems(segs))
        assert all(w in matching[0].message.lower() for w in case.words), (case.path, matching[0].message)


def test_the_rest_of_each_archive_is_still_scanned(hostile):
    root, _, planted = hostile
    for p in planted:
        texts = texts_by_member(run(root / p.path))
        assert p.value in texts.get(p.member, ""), p
    # the escaping member was never opened
    assert "escaped-member" not in all_text(run(root / "escape.zip"))


def test_sparse_file_is_not_read(hostile):
    root, _, _ = hostile
    with open(root / "huge.log", "rb") as f:
        stream = NonSeekable(f)
        segs = list(extract("huge.log", stream, 2 * 1024 ** 3, ExtractLimits()))
    assert stream.bytes_read == 0
    assert segs[0].kind == "skipped" and "2.0 GB" in segs[0].message


def test_unsized_stream_stops_at_the_object_cap():
    data = b"x@example.jp 090-1111-2222\n" * 40_000  # ~1 MB
    stream = NonSeekable(data)
    limits = ExtractLimits(max_object_bytes=100_000)
    segs = list(extract("big.log", stream, None, limits))
    assert stream.bytes_read <= 100_000 + 1
    assert any(p.kind == "truncated" for p in problems(segs))
    assert "x@example.jp" in all_text(segs)


def test_huge_text_scans_head_and_samples():
    lines = [f"line {i:07d} user{i}@example.jp\n".encode() for i in range(200_000)]
    data = b"".join(lines)
    limits = ExtractLimits(max_text_chars=1_000_000)
    segs = run_bytes("huge.txt", data, limits)
    text = all_text(segs)
    assert len(text) <= 1_000_000
    assert "user0@example.jp" in text  # head
    assert "user199" in text  # a sample near the end
    assert "line 0100" in text or "line 0099" in text or "line 0101" in text  # a sample in the middle
    trunc = [p for p in problems(segs) if p.kind == "truncated"]
    assert len(trunc) == 1 and "samples" in trunc[0].message
    # sample windows start and end on whole lines
    for seg in segs:
        if isinstance(seg, TextSegment):
            for ln in seg.text.splitlines():
                assert ln.startswith("line ") and ln.endswith("@example.jp"), ln


def test_huge_csv_is_sampled_with_the_header():
    rows = [f"{i},user{i}@example.jp,090-{i % 10000:04d}-0000\n" for i in range(100_000)]
    data = ("id,email,tel\n" + "".join(rows)).encode()
    segs = run_bytes("big.csv", data, ExtractLimits(max_text_chars=500_000))
    tables = [s for s in segs if isinstance(s, TableSegment)]
    assert all(t.header == ["id", "email", "tel"] for t in tables)
    ids = [int(r[0]) for t in tables for r in t.rows]
    assert ids[0] == 0 and max(ids) > 90_000
    assert all(len(r) == 3 for t in tables for r in t.rows)
    assert any(p.kind == "truncated" for p in problems(segs))


def test_member_count_and_depth_limits():
    many = make_zip({f"f{i}.txt": f"m{i}@example.jp\n".encode() for i in range(30)})
    segs = run_bytes("many.zip", many, ExtractLimits(archive_max_members=10))
    assert len(texts_by_member(segs)) == 10
    assert any("more than the 10 limit" in p.message for p in problems(segs))
    nested = b"deep@example.jp\n"
    name = "a.txt"
    for level in range(5):
        nested = make_zip({name: nested})
        name = f"l{level}.zip"
    segs = run_bytes("nest.zip", nested, ExtractLimits(archive_max_depth=3))
    assert "deep@example.jp" not in all_text(segs)
    assert any(p.kind == "skipped" and "nested deeper" in p.message for p in problems(segs))
    segs = run_bytes("nest.zip", nested, ExtractLimits(archive_max_depth=6))
    assert "deep@example.jp" in all_text(segs)


def test_total_expansion_budget_is_shared_across_levels():
    blob = ("y" * 99 + "\n").encode() * 20_000  # 2 MB, compresses well but under the ratio limit
    inner = make_zip({"a.txt": blob, "b.txt": blob})
    outer = make_zip({"inner.zip": inner, "c.txt": blob})
    segs = run_bytes("x.zip", outer, ExtractLimits(archive_max_bytes=3_000_000, archive_max_ratio=100_000))
    msgs = [p.message for p in problems(segs)]
    assert any("expands beyond" in m for m in msgs), msgs


def test_tar_gz_escape_and_links():
    data = make_tar_gz({"../up.txt": b"up@example.jp\n", "ok/a.txt": b"ok@example.jp\n"})
    segs = run_bytes("t.tar.gz", data)
    assert "ok@example.jp" in all_text(segs) and "up@example.jp" not in all_text(segs)
    assert any(p.member == "../up.txt" and p.kind == "error" for p in problems(segs))


def test_problem_messages_never_quote_content():
    secret = "秘密太郎 secret.person@example.jp 090-9999-8888"
    cases = {
        "bad.json": ('{"name": "' + secret + '", oops}').encode(),
        "bad.xml": f"<a><b>{secret}</b><c></a>".encode(),
        "bad.xlsx": b"PK\x03\x04" + secret.encode() * 10,
        "bad.pdf": b"%PDF-1.4\n" + secret.encode() + b"\n%%EOF",
        "bad.parquet": b"PAR1" + secret.encode() + b"PAR1",
        "bad.csv": ("a,b\n" + secret + ',"unterminated\n').encode() + b"\x00" * 3,
        "bad.eml": b"From: " + secret.encode() + b"\nSubject: x\nTo: y\nMIME-Version: 1.0\n"
                   b"Content-Type: multipart/mixed; boundary=zz\n\n--zz\n" + secret.encode(),
        "bad.gz": b"\x1f\x8b\x08\x00" + secret.encode(),
    }
    for name, data in cases.items():
        for p in problems(run_bytes(name, data)):
            for piece in ("秘密", "secret", "9999", "oops", "unterminated"):
                assert piece not in p.message, (name, p.message)


def test_empty_and_tiny_inputs():
    assert run_bytes("empty.txt", b"") == []
    assert run_bytes("empty.csv", b"") == []
    segs = run_bytes("one.txt", b"a")
    assert segs == [TextSegment("a", "", None)]


def test_corrupt_zip_member_does_not_stop_the_others():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("a.txt", b"first@example.jp\n")
        zf.writestr("b.xlsx", b"PK\x03\x04 not really")
        zf.writestr("c.txt", b"third@example.jp\n")
    segs = run_bytes("z.zip", buf.getvalue())
    text = all_text(segs)
    assert "first@example.jp" in text and "third@example.jp" in text
    assert [p.member for p in problems(segs)] == ["b.xlsx"]
    assert isinstance(problems(segs)[0], Problem) and problems(segs)[0].kind == "error"


def test_xml_entity_expansion_is_not_performed():
    lol = ('<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
           + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
           + ']><r><x>&i;</x><e>bomb@example.jp</e></r>')
    segs = run_bytes("lol.xml", lol.encode())
    assert len(all_text(segs)) < 10_000
    assert "bomb@example.jp" in all_text(segs)


def test_deeply_nested_json_does_not_crash():
    data = b"[" * 100_000 + b"]" * 100_000
    segs = run_bytes("deep.json", data)
    assert all(isinstance(s, (TextSegment, TableSegment, Problem)) for s in segs)
    assert any(p.kind == "error" for p in problems(segs))


def test_ooxml_package_bomb_is_refused():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/worksheets/sheet1.xml", b" " * (50 << 20))
    segs = run_bytes("book.xlsx", buf.getvalue())
    assert [(p.kind, "bomb" in p.message) for p in problems(segs)] == [("error", True)]
