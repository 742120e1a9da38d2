"""End to end through `piscan scan`: inventory, report, exit codes, incremental scans, no leaks."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from configs import INQUIRERS_POLICY, SHARE_INQUIRIES_REGISTER

import pytest

from scanner.config import load_config
from scanner.inventory import Inventory
from scanner.pipeline import ScanOptions, run_scan

EMAILS = ["hanako.sato@example.co.jp", "ichiro.suzuki@example.jp", "k.tanaka@example.com"]

CONFIG = """
[scan]
workers = 1

[[sources]]
name = "share"
kind = "filesystem"
path = "share"
region = "JP"
exclude = ["**/*.tmp"]

[[sources]]
name = "crm"
kind = "sqlite"
path = "crm.sqlite"
region = "aws:ap-northeast-1"

""" + SHARE_INQUIRIES_REGISTER + """

[[register]]
source = "crm"
location = "main.contacts"
categories = ["inquirers"]
purposes = ["support"]

""" + INQUIRERS_POLICY


@pytest.fixture()
def workspace(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.delenv("PISCAN_HMAC_KEY", raising=False)
    share = tmp_path / "share"
    (share / "inquiries").mkdir(parents=True)
    (share / "exports").mkdir()
    (share / "inquiries" / "2024.txt").write_text(f"お問い合わせ: {EMAILS[0]} より\n", encoding="utf-8")
    (share / "exports" / "list.csv").write_text(
        "id,email\n" + "".join(f"{i},{e}\n" for i, e in enumerate(EMAILS)), encoding="utf-8")
    (share / "exports" / "skip.tmp").write_text(EMAILS[2], encoding="utf-8")
    db = sqlite3.connect(tmp_path / "crm.sqlite")
    db.execute("CREATE TABLE contacts(id INTEGER PRIMARY KEY, email TEXT)")
    db.executemany("INSERT INTO contacts(email) VALUES(?)", [(e,) for e in EMAILS])
    db.commit()
    db.close()
    (tmp_path / "piscan.toml").write_text(CONFIG, encoding="utf-8")
    return tmp_path


def scan(ws: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "scanner.cli", "scan", "-c", str(ws / "piscan.toml"),
                           "-o", str(ws / "out"), *args], capture_output=True, text=True, timeout=600,
                          cwd=ws, env={**os.environ, "COLUMNS": "200"})


def test_scan_end_to_end(workspace: Path):
    r = scan(workspace)
    assert r.returncode == 1, r.stderr  # the exports/ folder is an undeclared store
    report = json.loads((workspace / "out" / "report.json").read_text(encoding="utf-8"))
    assert report["schema_version"] == 1
    assert set(report) >= {"scan", "sources", "locations", "mismatches", "summary"}
    assert {s["name"]: s["status"] for s in report["sources"]} == {"share": "ok", "crm": "ok"}
    crm = next(s for s in report["sources"] if s["name"] == "crm")
    assert crm["region"] == "aws:ap-northeast-1" and crm["objects_scanned"] == 1
    locs = {(l["source"], l["location"]): l for l in report["locations"]}
    assert locs[("share", "exports/list.csv")]["pii"]["EMAIL_ADDRESS"]["count"] == 3
    assert locs[("share", "inquiries/2024.txt")]["categories"] == ["inquirers"]
    assert locs[("crm", "main.contacts")]["pii"]["EMAIL_ADDRESS"]["count"] == 3
    assert ("share", "exports/skip.tmp") not in locs  # excluded
    ms = report["mismatches"]
    assert {(m["kind"], m["location"]) for m in ms} == {("UNDECLARED_STORE", "exports/list.csv")}
    for m in ms:
        assert m["severity"] in ("low", "medium", "high", "critical") and len(m["fingerprint"]) >= 16
    assert report["summary"]["mismatches_by_kind"]["UNDECLARED_STORE"] == 1
    # nothing planted leaks: report, terminal output, inventory, key file aside
    inv_bytes = b"".join(p.read_bytes() for p in (workspace / ".piscan").glob("inventory.sqlite*"))
    outputs = [r.stdout, r.stderr, (workspace / "out" / "report.json").read_text(encoding="utf-8")]
    for e in EMAILS:
        assert all(e not in o for o in outputs)
        assert e.encode() not in inv_bytes
    assert "exports/list.csv" in r.stdout  # summary names the mismatch


def test_fail_on_and_baseline(workspace: Path):
    assert scan(workspace, "--fail-on", "critical").returncode == 0
    first = json.loads((workspace / "out" / "report.json").read_text(encoding="utf-8"))
    baseline = workspace / "baseline.json"
    baseline.write_text(json.dumps({"mismatches": first["mismatches"]}), encoding="utf-8")
    assert scan(workspace, "--baseline", str(baseline)).returncode == 0
    assert scan(workspace, "--baseline", str(workspace / "missing.json")).returncode == 2


def test_missing_source_path_exits_3(workspace: Path):
    cfg = (workspace / "piscan.toml").read_text(encoding="utf-8")
    cfg = cfg.replace('path = "share"', 'path = "no-such-dir"')
    (workspace / "piscan.toml").write_text(cfg, encoding="utf-8")
    r = scan(workspace)
    assert r.returncode == 3, r.stdout + r.stderr
    report = json.loads((workspace / "out" / "report.json").read_text(encoding="utf-8"))
    share = next(s for s in report["sources"] if s["name"] == "share")
    assert share["status"] == "error" and "does not exist" in share["error"]
    assert "Traceback" not in r.stderr


def test_unreadable_file_is_an_object_error(workspace: Path, monkeypatch):
    """Fault injection: root reads every file, so the permission error is raised on open."""
    real_open = os.open
    locked = workspace / "share" / "inquiries" / "locked.txt"
    locked.write_text(EMAILS[1], encoding="utf-8")

    def fake_open(path, *a, **kw):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *a, **kw)

    monkeypatch.setattr("connectors.filesystem.os.open", fake_open)
    config = load_config(workspace / "piscan.toml")
    out = run_scan(config, ScanOptions(fail_on="critical"))
    assert out.exit_code == 3
    errs = {e["location"]: e["error"] for e in out.report["errors"]}
    assert errs["inquiries/locked.txt"] == "permission denied"
    assert EMAILS[1] not in json.dumps(out.report, ensure_ascii=False)


def test_object_error_recorded_and_scan_goes_on(workspace: Path):
    bad = workspace / "share" / "inquiries" / "broken.xlsx"
    bad.write_bytes(b"PK\x03\x04" + b"\x00" * 50)  # a truncated zip container
    r = scan(workspace, "--fail-on", "critical")
    assert r.returncode == 3
    report = json.loads((workspace / "out" / "report.json").read_text(encoding="utf-8"))
    errs = {e["location"]: e["error"] for e in report["errors"]}
    assert "inquiries/broken.xlsx" in errs
    assert any(l["location"] == "exports/list.csv" for l in report["locations"])


def test_incremental_scan_carries_over_unchanged_objects(workspace: Path):
    config = load_config(workspace / "piscan.toml")
    first = run_scan(config, ScanOptions())
    second = run_scan(config, ScanOptions())
    inv = Inventory(config.scan.inventory)
    try:
        reused = {s["name"]: s["objects_reused"] for s in inv.sources(second.scan_id)}
        assert reused["share"] == 2 and reused["crm"] == 1
        assert inv.findings(first.scan_id).keys() == inv.findings(second.scan_id).keys()
        # value hashes of carried-over objects are still found by locate
        from scanner.hashing import Hasher, load_key
        h = Hasher(load_key(config.scan.hmac_key_file))("EMAIL_ADDRESS", EMAILS[0].upper())
        hits = {(x["source"], x["location"]) for x in inv.locate({h: "q"}, second.scan_id)}
        assert hits == {("share", "inquiries/2024.txt"), ("share", "exports/list.csv"), ("crm", "main.contacts")}
        # a changed file is read again, a deleted one leaves the inventory
        (workspace / "share" / "inquiries" / "2024.txt").write_text("変更: " + EMAILS[1], encoding="utf-8")
        (workspace / "share" / "exports" / "list.csv").unlink()
        third = run_scan(config, ScanOptions())
        reused = {s["name"]: s["objects_reused"] for s in inv.sources(third.scan_id)}
        assert reused["share"] == 0
        assert ("share", "exports/list.csv") not in inv.findings(third.scan_id)
        full = run_scan(config, ScanOptions(full=True))
        assert all(s["objects_reused"] == 0 for s in inv.sources(full.scan_id))
    finally:
        inv.close()
    assert first.exit_code == 1 and third.exit_code == 0


def test_parallel_workers_give_same_findings(workspace: Path):
    config = load_config(workspace / "piscan.toml")
    one = run_scan(config, ScanOptions(full=True, workers=1))
    two = run_scan(config, ScanOptions(full=True, workers=2))
    strip = lambda rep: sorted((l["source"], l["location"], json.dumps(l["pii"], sort_keys=True))  # noqa: E731
                               for l in rep["locations"])
    assert strip(one.report) == strip(two.report)


def test_user_recognizer_takes_part_in_scans(workspace: Path):
    """A Presidio YAML recognizer named in the config finds its type; the policy can allow it."""
    (workspace / "recognizers.yaml").write_text(
        'recognizers:\n  - name: "Employee id"\n    supported_language: "ja"\n'
        '    supported_entity: "EMPLOYEE_ID"\n    patterns:\n      - name: "emp"\n'
        '        regex: "EMP-[0-9]{6}"\n        score: 0.9\n', encoding="utf-8")
    (workspace / "share" / "inquiries" / "staff.txt").write_text("担当者コード EMP-204918 です", encoding="utf-8")
    cfg = (workspace / "piscan.toml").read_text(encoding="utf-8")
    cfg = cfg.replace("[scan]\n", '[scan]\nrecognizers = ["recognizers.yaml"]\n')
    (workspace / "piscan.toml").write_text(cfg, encoding="utf-8")
    out = run_scan(load_config(workspace / "piscan.toml"), ScanOptions())
    loc = next(l for l in out.report["locations"] if l["location"] == "inquiries/staff.txt")
    assert loc["pii"]["EMPLOYEE_ID"]["count"] == 1
    assert "EMP-204918" not in json.dumps(out.report)
    assert any(m["kind"] == "UNDECLARED_TYPE" and m["pii_type"] == "EMPLOYEE_ID" for m in out.report["mismatches"])
    cfg = cfg.replace('pii_types = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"]',
                      'pii_types = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "EMPLOYEE_ID"]')
    (workspace / "piscan.toml").write_text(cfg, encoding="utf-8")
    out = run_scan(load_config(workspace / "piscan.toml"), ScanOptions())
    assert not any(m["pii_type"] == "EMPLOYEE_ID" for m in out.report["mismatches"])


def test_broken_recognizer_file_is_a_config_error(workspace: Path):
    (workspace / "bad.yaml").write_text('recognizers:\n  - name: x\n    supported_entity: X\n'
                                        '    patterns:\n      - name: p\n        regex: "([a"\n'
                                        '        score: 0.5\n', encoding="utf-8")
    cfg = (workspace / "piscan.toml").read_text(encoding="utf-8").replace("[scan]\n", '[scan]\nrecognizers = ["bad.yaml"]\n')
    (workspace / "piscan.toml").write_text(cfg, encoding="utf-8")
    r = scan(workspace)
    assert r.returncode == 2 and "bad.yaml" in r.stderr and "regex" in r.stderr and "Traceback" not in r.stderr


def test_unwritable_inventory_and_output_are_clear_errors(workspace: Path):
    blocker = workspace / "blocker"
    blocker.write_text("a file where a folder should be", encoding="utf-8")
    r = scan(workspace, "-o", str(blocker / "out"))
    assert r.returncode == 2 and "cannot write the reports" in r.stderr and "Traceback" not in r.stderr
    cfg = (workspace / "piscan.toml").read_text(encoding="utf-8")
    cfg = cfg.replace("[scan]\n", '[scan]\ninventory = "blocker/inv.sqlite"\nhmac_key_file = "key"\n')
    (workspace / "piscan.toml").write_text(cfg, encoding="utf-8")
    r = scan(workspace)
    assert r.returncode == 2 and "cannot open the inventory" in r.stderr and "Traceback" not in r.stderr


def test_quiet_before_or_after_the_command_name(workspace: Path):
    for args in (["-q", "scan", "-c", str(workspace / "piscan.toml"), "-o", str(workspace / "o1")],
                 ["scan", "-c", str(workspace / "piscan.toml"), "-o", str(workspace / "o2"), "--quiet"]):
        r = subprocess.run([sys.executable, "-m", "scanner.cli", *args], capture_output=True, text=True,
                           timeout=300, cwd=workspace)
        assert r.returncode == 1 and r.stdout == "" and "Traceback" not in r.stderr
    r = scan(workspace, "-v")
    assert r.returncode == 1 and "Sources" in r.stdout and "INFO" in r.stderr
    assert all(e not in r.stderr for e in EMAILS)  # log lines carry no raw value
