"""Acceptance of the foundation: the demo scan with config.example.toml.

Exits 1, reports a mismatch of every kind with all its fields, reports the ones
examples/demo/expected.json lists, and leaks none of the planted values into the
report, the terminal output or the inventory.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
KINDS = {"UNDECLARED_STORE", "UNDECLARED_TYPE", "REGION", "PURPOSE", "SPECIAL_CARE"}


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> dict:
    ws = tmp_path_factory.mktemp("demo")
    shutil.copy(ROOT / "config.example.toml", ws / "config.example.toml")
    shutil.copytree(ROOT / "examples", ws / "examples")
    env = {**os.environ, "COLUMNS": "160"}
    env.pop("PISCAN_HMAC_KEY", None)
    r = subprocess.run([sys.executable, "-m", "scanner.cli", "scan", "-c", "config.example.toml", "-o", "out"],
                       cwd=ws, capture_output=True, text=True, timeout=900, env=env)
    report = json.loads((ws / "out" / "report.json").read_text(encoding="utf-8"))
    return {"ws": ws, "run": r, "report": report}


def test_demo_exits_1_with_summary(demo):
    r = demo["run"]
    assert r.returncode == 1, r.stderr[-2000:]
    assert "Mismatches" in r.stdout and "UNDECLARED_STORE" in r.stdout
    assert "Traceback" not in r.stderr


def test_demo_reports_every_mismatch_kind_with_all_fields(demo):
    ms = demo["report"]["mismatches"]
    assert {m["kind"] for m in ms} == KINDS
    for m in ms:
        for key in ("kind", "severity", "source", "location", "pii_type", "category", "message", "fingerprint"):
            assert key in m
        assert m["source"] and m["location"] and m["message"] and m["pii_type"]
        assert m["severity"] in ("low", "medium", "high", "critical")
        if m["kind"] != "UNDECLARED_STORE":
            assert m["category"], m


def test_demo_reports_the_intended_mismatches(demo):
    expected = json.loads((ROOT / "examples" / "demo" / "expected.json").read_text(encoding="utf-8"))
    got = demo["report"]["mismatches"]
    missing = []
    for e in expected["mismatches"]:
        if not any(m["kind"] == e["kind"] and m["source"] == e["source"] and m["location"] == e["location"]
                   and (e.get("pii_type") is None or m["pii_type"] == e["pii_type"]) for m in got):
            missing.append((e["kind"], e["source"], e["location"], e.get("pii_type")))
    assert not missing


def test_demo_clean_locations_have_no_mismatch(demo):
    expected = json.loads((ROOT / "examples" / "demo" / "expected.json").read_text(encoding="utf-8"))
    ms = demo["report"]["mismatches"]
    for source, locations in expected["clean"].items():
        if source == "comment":
            continue
        for loc in locations:
            assert not [m for m in ms if m["source"] == source and m["location"] == loc], (source, loc)
    with_pii = {(l["source"], l["location"]) for l in demo["report"]["locations"]}
    for source, locations in expected["no_pi"].items():
        if source == "comment":
            continue
        for loc in locations:
            assert (source, loc) not in with_pii, (source, loc)


def test_demo_sources_all_scanned(demo):
    for s in demo["report"]["sources"]:
        assert s["status"] == "ok" and s["objects_scanned"] > 0, s
    assert not demo["report"]["errors"]


def test_no_planted_value_leaks(demo):
    planted = json.loads((ROOT / "examples" / "demo" / "planted.json").read_text(encoding="utf-8"))["values"]
    ws = demo["ws"]
    texts = {"stdout": demo["run"].stdout, "stderr": demo["run"].stderr,
             "report.json": (ws / "out" / "report.json").read_text(encoding="utf-8")}
    inv_dir = ws / ".piscan"
    inventory = b"".join(p.read_bytes() for p in inv_dir.glob("inventory.sqlite*"))
    leaks = []
    for v in {p["value"] for p in planted}:
        if len(v) < 4:
            continue
        for name, t in texts.items():
            if v in t:
                leaks.append((name, v))
        if v.encode("utf-8") in inventory:
            leaks.append(("inventory", v))
    assert not leaks, leaks[:10]
