"""Through `piscan scan`: hostile files are recorded as errors or skips with a reason, the rest is scanned,
and every format of the fixture tree reaches the report."""

from __future__ import annotations

import json
import sqlite3

import pytest

from fixtures_files import build_hostile, build_tree
from service_helpers import POLICY, scan_cli

CONFIG = """
[[sources]]
name = "share"
kind = "filesystem"
path = "share"
region = "JP"

[[register]]
source = "share"
location = "**"
categories = ["customers"]
purposes = ["support"]
""" + POLICY


@pytest.mark.slow
def test_hostile_files_are_recorded_and_the_scan_completes(tmp_path):
    cases, planted = build_hostile(tmp_path / "share")
    code, report, out = scan_cli(tmp_path, CONFIG)
    assert code == 3, out  # objects could not be scanned; no gating mismatch
    errors = {e["location"]: e["error"] for e in report["errors"]}
    db = sqlite3.connect(tmp_path / ".piscan" / "inventory.sqlite")
    rows = {loc: (status, error, json.loads(notes) if notes and notes.startswith("[") else notes)
            for loc, status, error, notes in db.execute(
                "SELECT location, status, error, notes FROM objects WHERE scan_id=(SELECT MAX(scan_id) FROM objects)")}
    for case in cases:
        loc = case.path if case.member is None else f"{case.path}!/{case.member}"
        assert loc in rows, (loc, sorted(rows))
        status, error, notes = rows[loc]
        assert status == case.kind, (loc, rows[loc])
        reason = (error or "") + " " + json.dumps(notes, ensure_ascii=False)
        assert all(w in reason.lower() for w in case.words), (loc, reason)
        if case.kind == "error":
            assert loc in errors
    found = {(l["location"]) for l in report["locations"] if "EMAIL_ADDRESS" in l["pii"]}
    for p in planted:
        loc = p.path if p.member is None else f"{p.path}!/{p.member}"
        assert loc in found, loc
    text = json.dumps(report, ensure_ascii=False)
    assert not [p.value for p in planted if p.value in text]


@pytest.mark.slow
def test_every_format_reaches_the_report(tmp_path):
    planted = build_tree(tmp_path / "share")
    code, report, out = scan_cli(tmp_path, CONFIG)
    assert code == 0, out
    pii = {l["location"]: l["pii"] for l in report["locations"]}
    missing = []
    for p in planted:
        loc = p.path if p.member is None else f"{p.path}!/{p.member}"
        if p.pii_type not in pii.get(loc, {}):
            missing.append((loc, p.pii_type))
    assert not missing
    assert not report.get("errors")
    text = json.dumps(report, ensure_ascii=False)
    assert not [p.value for p in planted if p.value in text]


def test_huge_text_is_sampled_and_marked_truncated(tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    with open(share / "access.log", "w", encoding="utf-8") as f:
        for i in range(100_000):
            f.write(f"2024-04-01T00:00:{i % 60:02d} GET /item/{i} user{i}@example.com\n")
    config = CONFIG.replace("[[sources]]", "[scan]\nmax_text_chars = 200000\n\n[[sources]]", 1)
    code, report, out = scan_cli(tmp_path, config)
    assert code == 0, out
    db = sqlite3.connect(tmp_path / ".piscan" / "inventory.sqlite")
    status, truncated, notes = db.execute("SELECT status, truncated, notes FROM objects WHERE location='access.log'").fetchone()
    assert status == "ok" and truncated == 1
    assert "samples of the rest" in notes and "scanned the first" in notes
    loc = next(l for l in report["locations"] if l["location"] == "access.log")
    count = loc["pii"]["EMAIL_ADDRESS"]["count"]
    assert 1_000 < count < 10_000  # the head and the samples, not all 100,000 lines
