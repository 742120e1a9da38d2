"""`piscan detect`: JSON Lines in, JSON Lines out, offsets are Python string indices."""

from __future__ import annotations

import json
import subprocess
import sys


def detect(stdin: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "scanner.cli", "detect", *args], input=stdin,
                          capture_output=True, text=True, timeout=300)


def spans(text: str, entities: list[dict]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for e in entities:
        out.setdefault(e["type"], []).append(text[e["start"]:e["end"]])
    return out


def test_issue_example():
    text = "連絡先: taro.yamada@example.co.jp / 090-1234-5678"
    r = detect(json.dumps({"text": text}, ensure_ascii=False) + "\n")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert len(lines) == 1
    ents = json.loads(lines[0])["entities"]
    got = spans(text, ents)
    assert got["EMAIL_ADDRESS"] == ["taro.yamada@example.co.jp"]
    assert got["PHONE_NUMBER"] == ["090-1234-5678"]
    for e in ents:
        assert set(e) == {"type", "start", "end", "score"} and 0 < e["score"] <= 1


def test_one_output_line_per_record_in_order():
    texts = ["メールはtaro@example.jp", "なにもない文章です。", "", "お客様 hanako@example.co.jp",
             "絵文字😀のあと jiro@example.com"]
    r = detect("".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts))
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(out) == len(texts)
    assert spans(texts[0], out[0]["entities"]).get("EMAIL_ADDRESS") == ["taro@example.jp"]
    assert out[1]["entities"] == [] and out[2]["entities"] == []
    assert spans(texts[4], out[4]["entities"]).get("EMAIL_ADDRESS") == ["jiro@example.com"]  # astral char before


def test_plain_mode_and_file_argument(tmp_path):
    f = tmp_path / "in.txt"
    f.write_text("a@example.jp\n\nb@example.jp\n", encoding="utf-8")
    r = detect("", "--plain", str(f))
    assert r.returncode == 0
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(out) == 3 and out[1]["entities"] == []


def test_bad_input_is_a_usage_error():
    r = detect("this is not json\n")
    assert r.returncode == 2 and "Traceback" not in r.stderr and "--plain" in r.stderr
    r = detect('{"body": "x"}\n')
    assert r.returncode == 2 and "'text'" in r.stderr
