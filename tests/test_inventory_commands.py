"""`piscan report`, `diff`, `locate` and `baseline` through the real CLI on a scanned tmp workspace."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from configs import INQUIRERS_POLICY, SHARE_INQUIRIES_REGISTER

import pytest

ROOT = Path(__file__).resolve().parents[1]
EMAILS = ["hanako.sato@example.co.jp", "ichiro.suzuki@example.jp", "k.tanaka@example.com"]
PHONES = ["090-1234-5678", "03-5555-0123", "080-2345-6789"]

CONFIG = """
[scan]
workers = 1

[[sources]]
name = "share"
kind = "filesystem"
path = "share"
region = "JP"

""" + SHARE_INQUIRIES_REGISTER + """

""" + INQUIRERS_POLICY


def fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


@pytest.fixture()
def ws(tmp_path: Path) -> Path:
    share = tmp_path / "share"
    (share / "inquiries").mkdir(parents=True)
    (share / "exports").mkdir()
    (share / "inquiries" / "2024.txt").write_text(
        f"お問い合わせ: {EMAILS[0]} 電話 {PHONES[0]}\n", encoding="utf-8")
    (share / "exports" / "list.csv").write_text(
        "id,email,phone\n" + "".join(f"{i},{e},{p}\n" for i, (e, p) in enumerate(zip(EMAILS[1:], PHONES[1:]))),
        encoding="utf-8")
    (tmp_path / "piscan.toml").write_text(CONFIG, encoding="utf-8")
    return tmp_path


def piscan(ws: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": "200", "PYTHONPATH": str(ROOT)}
    env.pop("PISCAN_HMAC_KEY", None)
    return subprocess.run([sys.executable, "-m", "scanner.cli", *args], cwd=ws, capture_output=True, text=True,
                          timeout=300, env=env)


def scan(ws: Path, *args: str) -> subprocess.CompletedProcess:
    return piscan(ws, "-q", "scan", "-c", "piscan.toml", "-o", "out", *args)


def assert_no_raw(text: str) -> None:
    low = text.lower()
    for v in EMAILS + PHONES:
        assert v.lower() not in low, v
        assert fullwidth(v).lower() not in low, v
    assert "09012345678" not in text


# -- report ------------------------------------------------------------------------------
def test_report_rerenders_a_past_scan(ws):
    assert scan(ws).returncode == 1
    first = json.loads((ws / "out" / "report.json").read_text(encoding="utf-8"))
    r = piscan(ws, "report", "-c", "piscan.toml", "-o", "again", "--format", "json,html,csv,md")
    assert r.returncode == 0, r.stderr
    assert {p.name for p in (ws / "again").iterdir()} == {"report.json", "report.html", "locations.csv",
                                                          "mismatches.csv", "report.md"}
    again = json.loads((ws / "again" / "report.json").read_text(encoding="utf-8"))
    assert again["scan"]["id"] == first["scan"]["id"]
    assert again["mismatches"] == first["mismatches"] and again["locations"] == first["locations"]
    # by id prefix, into the default folder
    r = piscan(ws, "report", "-c", "piscan.toml", first["scan"]["id"][:17], "--format", "sarif")
    assert r.returncode == 0, r.stderr
    assert (ws / "piscan-report" / "report.sarif").is_file()
    for path in (ws / "again").iterdir():
        assert_no_raw(path.read_text(encoding="utf-8-sig"))


def test_report_errors_are_clear(ws):
    r = piscan(ws, "report", "-c", "piscan.toml")
    assert r.returncode == 2 and "no inventory yet" in r.stderr and "Traceback" not in r.stderr
    assert scan(ws).returncode == 1
    r = piscan(ws, "report", "-c", "piscan.toml", "19990101T000000Z-nosuch")
    assert r.returncode == 2 and "no such scan" in r.stderr
    r = piscan(ws, "report", "-c", "piscan.toml", "--format", "pdf")
    assert r.returncode == 2 and "unknown format" in r.stderr


# -- diff --------------------------------------------------------------------------------
def test_diff_new_and_resolved_mismatches_and_changed_locations(ws):
    assert scan(ws).returncode == 1
    r = piscan(ws, "diff", "-c", "piscan.toml")
    assert r.returncode == 2 and "two completed scans" in r.stderr
    # a new undeclared store, a location with more PI, a location gone
    (ws / "share" / "exports" / "new.csv").write_text(f"email\n{EMAILS[2]}\n", encoding="utf-8")
    (ws / "share" / "inquiries" / "2024.txt").write_text(
        f"お問い合わせ: {EMAILS[0]} / {EMAILS[1]} 電話 {PHONES[0]}\n", encoding="utf-8")
    (ws / "share" / "exports" / "list.csv").unlink()
    assert scan(ws).returncode == 1

    r = piscan(ws, "diff", "-c", "piscan.toml", "--json")
    assert r.returncode == 1, r.stderr
    d = json.loads(r.stdout)
    assert {(m["location"], m["pii_type"]) for m in d["new_mismatches"]} == {("exports/new.csv", "EMAIL_ADDRESS")}
    assert {(m["location"], m["pii_type"]) for m in d["resolved_mismatches"]} == {
        ("exports/list.csv", "EMAIL_ADDRESS"), ("exports/list.csv", "PHONE_NUMBER")}
    locs = d["locations"]
    assert [x["location"] for x in locs["added"]] == ["exports/new.csv"]
    assert [x["location"] for x in locs["removed"]] == ["exports/list.csv"]
    changed = {x["location"]: x["changes"] for x in locs["changed"]}
    assert changed["inquiries/2024.txt"]["EMAIL_ADDRESS"] == {"old": 1, "new": 2}

    human = piscan(ws, "diff", "-c", "piscan.toml")
    assert human.returncode == 1
    assert "New mismatches (1)" in human.stdout and "exports/new.csv" in human.stdout
    assert "~ share:inquiries/2024.txt  EMAIL_ADDRESS 1→2" in human.stdout
    assert_no_raw(human.stdout + r.stdout)

    # the other way round, the deleted export is "new" and the new file "resolved"
    back = piscan(ws, "diff", "-c", "piscan.toml", d["new"], d["old"], "--json")
    assert back.returncode == 1, back.stderr
    b = json.loads(back.stdout)
    assert {m["location"] for m in b["new_mismatches"]} == {"exports/list.csv"}
    assert {m["location"] for m in b["resolved_mismatches"]} == {"exports/new.csv"}

    # only resolved mismatches: exit 0
    (ws / "share" / "exports" / "new.csv").unlink()
    assert scan(ws).returncode == 0
    r = piscan(ws, "diff", "-c", "piscan.toml", "--json")
    assert r.returncode == 0, r.stdout
    d3 = json.loads(r.stdout)
    assert d3["new_mismatches"] == [] and {m["location"] for m in d3["resolved_mismatches"]} == {"exports/new.csv"}


def test_diff_same_scan_is_empty_and_exit_0(ws):
    assert scan(ws).returncode == 1
    r = piscan(ws, "diff", "-c", "piscan.toml", "latest", "latest", "--json")
    assert r.returncode == 0
    d = json.loads(r.stdout)
    assert d["new_mismatches"] == [] and d["resolved_mismatches"] == []
    assert d["locations"] == {"added": [], "removed": [], "changed": []}


# -- locate ------------------------------------------------------------------------------
@pytest.mark.parametrize("spelling", [EMAILS[1], EMAILS[1].upper(), fullwidth(EMAILS[1]), f"  {EMAILS[1]} "])
def test_locate_finds_an_email_in_any_spelling(ws, spelling):
    assert scan(ws).returncode == 1
    r = piscan(ws, "locate", "-c", "piscan.toml", "--email", spelling, "--json")
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    q = d["queries"][0]
    assert q["type"] == "EMAIL_ADDRESS" and q["found"] == 1
    assert q["locations"] == [{"source": "share", "location": "exports/list.csv", "pii_type": "EMAIL_ADDRESS"}]
    assert "@example.jp" in q["query"].lower()
    assert_no_raw(r.stdout + r.stderr)
    assert spelling.strip() not in r.stdout


def test_locate_human_output_phone_notations_and_not_found(ws):
    assert scan(ws).returncode == 1
    r = piscan(ws, "locate", "-c", "piscan.toml", "--phone", "+81 90 1234 5678", "--email", EMAILS[0],
               "--email", "nobody@example.org")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert any(line.startswith("PHONE_NUMBER") and "found in 1 location" in line for line in lines)
    assert "  share:inquiries/2024.txt" in lines
    assert any("n***@example.org: not found" in line for line in lines)
    assert_no_raw(r.stdout + r.stderr)
    assert "nobody@example.org" not in r.stdout

    miss = piscan(ws, "locate", "-c", "piscan.toml", "--my-number", "123456789018")
    assert miss.returncode == 1 and "not found" in miss.stdout and "123456789018" not in miss.stdout
    usage = piscan(ws, "locate", "-c", "piscan.toml")
    assert usage.returncode == 2 and "at least one" in usage.stderr


def test_locate_reads_values_from_stdin_and_files(ws):
    assert scan(ws).returncode == 1
    env = {**os.environ, "COLUMNS": "200", "PYTHONPATH": str(ROOT)}
    env.pop("PISCAN_HMAC_KEY", None)
    values = f"# request 2026-11\nemail {EMAILS[1]}\nphone: +81 90 1234 5678\n\nmy-number=123456789018\n"
    r = subprocess.run([sys.executable, "-m", "scanner.cli", "locate", "-c", "piscan.toml", "--values-from", "-",
                        "--json"], cwd=ws, input=values, capture_output=True, text=True, timeout=300, env=env)
    assert r.returncode == 0, r.stderr
    found = {q["type"]: q["found"] for q in json.loads(r.stdout)["queries"]}
    assert found == {"EMAIL_ADDRESS": 1, "PHONE_NUMBER": 1, "JP_MY_NUMBER": 0}
    assert_no_raw(r.stdout + r.stderr)
    assert "123456789018" not in r.stdout

    (ws / "req.txt").write_text(f"email {EMAILS[2]}\nfax 03-1111-2222\n", encoding="utf-8")
    bad = piscan(ws, "locate", "-c", "piscan.toml", "--values-from", "req.txt")
    assert bad.returncode == 2 and "req.txt:2: unknown kind 'fax'" in bad.stderr
    assert "03-1111-2222" not in bad.stderr and "Traceback" not in bad.stderr
    missing = piscan(ws, "locate", "-c", "piscan.toml", "--values-from", "nope.txt")
    assert missing.returncode == 2 and "nope.txt: file not found" in missing.stderr


def test_locate_without_the_key_fails_clearly(ws):
    assert scan(ws).returncode == 1
    (ws / ".piscan" / "hmac.key").unlink()
    r = piscan(ws, "locate", "-c", "piscan.toml", "--email", EMAILS[1])
    assert r.returncode == 2 and "HMAC key" in r.stderr
    assert not (ws / ".piscan" / "hmac.key").exists()  # locate never creates a fresh key
    assert_no_raw(r.stdout + r.stderr)


# -- baseline ----------------------------------------------------------------------------
def test_baseline_create_makes_the_scan_pass_and_update_tracks_changes(ws):
    assert scan(ws).returncode == 1
    r = piscan(ws, "baseline", "create", "-c", "piscan.toml", "-o", "baseline.json")
    assert r.returncode == 0, r.stderr
    doc = json.loads((ws / "baseline.json").read_text(encoding="utf-8"))
    assert doc["version"] == 1 and doc["created_at"]
    assert len(doc["mismatches"]) == 2
    for e in doc["mismatches"]:
        assert set(e) == {"fingerprint", "kind", "source", "location", "pii_type", "category"}
        assert e["location"] == "exports/list.csv"
    assert "2 mismatches" in r.stdout

    assert scan(ws, "--baseline", "baseline.json").returncode == 0

    # a reviewer annotates an entry; a new undeclared store appears
    doc["mismatches"][0]["reason"] = "ticket PRIV-12"
    (ws / "baseline.json").write_text(json.dumps(doc), encoding="utf-8")
    (ws / "share" / "exports" / "new.csv").write_text(f"email\n{EMAILS[2]}\n", encoding="utf-8")
    assert scan(ws, "--baseline", "baseline.json").returncode == 1
    r = piscan(ws, "baseline", "update", "-c", "piscan.toml", "-o", "baseline.json")
    assert r.returncode == 0, r.stderr
    assert "1 added, 0 removed" in r.stdout
    assert scan(ws, "--baseline", "baseline.json").returncode == 0
    doc = json.loads((ws / "baseline.json").read_text(encoding="utf-8"))
    assert len(doc["mismatches"]) == 3
    assert [e.get("reason") for e in doc["mismatches"]].count("ticket PRIV-12") == 1

    # the old export is deleted: its entries leave the baseline
    (ws / "share" / "exports" / "list.csv").unlink()
    assert scan(ws, "--baseline", "baseline.json").returncode == 0
    r = piscan(ws, "baseline", "update", "-c", "piscan.toml", "-o", "baseline.json")
    assert "0 added, 2 removed" in r.stdout
    doc = json.loads((ws / "baseline.json").read_text(encoding="utf-8"))
    assert [e["location"] for e in doc["mismatches"]] == ["exports/new.csv"]
    assert_no_raw((ws / "baseline.json").read_text(encoding="utf-8"))


def test_baseline_errors(ws):
    assert scan(ws).returncode == 1
    r = piscan(ws, "baseline", "update", "-c", "piscan.toml", "-o", "missing.json")
    assert r.returncode == 2 and "not found" in r.stderr and "baseline create" in r.stderr
    (ws / "bad.json").write_text("{not json", encoding="utf-8")
    r = piscan(ws, "baseline", "update", "-c", "piscan.toml", "-o", "bad.json")
    assert r.returncode == 2 and "bad.json" in r.stderr and "Traceback" not in r.stderr
    r = piscan(ws, "baseline", "create", "-c", "piscan.toml", "-o", "no/such/dir/b.json")
    assert r.returncode == 2 and "does not exist" in r.stderr
